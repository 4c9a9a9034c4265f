//! The roots the user trusts for this page only, each with a button to stop.

use certdoctor::Lang;
use yew::prelude::*;

use crate::words::page_words;

#[derive(Properties, PartialEq)]
pub struct TrustedRootsProps {
    /// Their names.
    pub roots: Vec<String>,
    pub lang: Lang,
    pub on_untrust: Callback<String>,
}

#[function_component]
pub fn TrustedRoots(props: &TrustedRootsProps) -> Html {
    let text = page_words(props.lang);
    if props.roots.is_empty() {
        return html! {};
    }
    html! {
        <>
            <h2 class="field-label">{ text.your_roots }</h2>
            <ul class="trusted-roots">
                { for props.roots.iter().map(|name| {
                    let remove = name.clone();
                    html! {
                        <li>
                            <span>{ format!("✓ {name}") }</span>
                            <button type="button" class="remove" aria-label={format!("{}: {name}", text.stop_trusting)}
                                onclick={props.on_untrust.reform(move |_| remove.clone())}>{ "×" }</button>
                        </li>
                    }
                }) }
            </ul>
        </>
    }
}
