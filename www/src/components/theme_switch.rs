//! Light, dark, or the system's choice.

use certdoctor::Lang;
use yew::prelude::*;

use crate::state::Theme;
use crate::words::page_words;

#[derive(Properties, PartialEq)]
pub struct ThemeSwitchProps {
    pub theme: Theme,
    pub lang: Lang,
    pub on_change: Callback<Theme>,
}

#[function_component]
pub fn ThemeSwitch(props: &ThemeSwitchProps) -> Html {
    let words = page_words(props.lang);
    let onchange = props.on_change.reform(|event: Event| {
        let select: web_sys::HtmlSelectElement = event.target_unchecked_into();
        Theme::parse(&select.value())
    });
    html! {
        <label class="switch">
            <span class="visually-hidden">{ words.theme }</span>
            <select id="theme" {onchange}>
                { for [Theme::System, Theme::Light, Theme::Dark].into_iter().map(|theme| html! {
                    <option value={theme.as_str()} selected={props.theme == theme}>{ words.theme_name(theme) }</option>
                }) }
            </select>
        </label>
    }
}
