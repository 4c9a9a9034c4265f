//! The examples a first visit can try.

use certdoctor::Lang;
use yew::prelude::*;

use crate::state::Example;
use crate::words::page_words;

#[derive(Properties, PartialEq)]
pub struct ExamplesProps {
    pub lang: Lang,
    pub on_example: Callback<Example>,
}

#[function_component]
pub fn Examples(props: &ExamplesProps) -> Html {
    let text = page_words(props.lang);
    html! {
        <>
            <h2 class="field-label examples-heading">{ text.examples }</h2>
            <ul class="examples">
                { for Example::ALL.iter().map(|example| {
                    let example = *example;
                    html! {
                        <li>
                            <button type="button" class="button secondary" id={format!("example-{}", example.id())}
                                onclick={props.on_example.reform(move |_| example)}>
                                { text.example_name(example) }
                            </button>
                            <span class="hint">{ text.example_hint(example) }</span>
                        </li>
                    }
                }) }
            </ul>
        </>
    }
}
