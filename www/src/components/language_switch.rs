//! The language of the page and of every finding.

use certdoctor::Lang;
use yew::prelude::*;

use crate::words::page_words;

#[derive(Properties, PartialEq)]
pub struct LanguageSwitchProps {
    pub lang: Lang,
    pub on_change: Callback<Lang>,
}

#[function_component]
pub fn LanguageSwitch(props: &LanguageSwitchProps) -> Html {
    let onchange = props.on_change.reform(|event: Event| {
        let select: web_sys::HtmlSelectElement = event.target_unchecked_into();
        Lang::parse(&select.value()).unwrap_or_default()
    });
    html! {
        <label class="switch">
            <span class="visually-hidden">{ page_words(props.lang).language }</span>
            <select id="language" {onchange}>
                <option value="en" selected={props.lang == Lang::En}>{ "English" }</option>
                <option value="zh" selected={props.lang == Lang::Zh}>{ "简体中文" }</option>
            </select>
        </label>
    }
}
