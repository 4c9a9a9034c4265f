//! The paste box and the host field.

use certdoctor::Lang;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::state::Action;
use crate::words::words;

#[derive(Properties, PartialEq)]
pub struct InputsProps {
    pub text: String,
    pub host: String,
    pub lang: Lang,
    pub on_action: Callback<Action>,
}

#[function_component]
pub fn Inputs(props: &InputsProps) -> Html {
    let text = words(props.lang);
    let on_paste = props.on_action.reform(|event: InputEvent| {
        let area: HtmlTextAreaElement = event.target_unchecked_into();
        Action::Paste(area.value())
    });
    let on_host = props.on_action.reform(|event: InputEvent| {
        let field: HtmlInputElement = event.target_unchecked_into();
        Action::Host(field.value())
    });
    html! {
        <section class="inputs">
            <label for="paste" class="field-label">{ text.paste_label }</label>
            <textarea id="paste" class="paste" spellcheck="false" autocomplete="off"
                placeholder={text.paste_placeholder} value={props.text.clone()} oninput={on_paste} />
            <label for="host" class="field-label">{ text.host_label }</label>
            <input id="host" class="host" type="text" inputmode="url" autocomplete="off" spellcheck="false"
                placeholder={text.host_placeholder} value={props.host.clone()} oninput={on_host} />
        </section>
    }
}
