//! Copies a text to the clipboard (no network, no storage) and says so.

use certdoctor::{words, Lang};
use yew::prelude::*;

use crate::words::page_words;

#[derive(Properties, PartialEq)]
pub struct CopyButtonProps {
    pub text: String,
    pub lang: Lang,
    /// What is copied, for the button's accessible name; the text itself if unset.
    #[prop_or_default]
    pub what: Option<String>,
}

#[function_component]
pub fn CopyButton(props: &CopyButtonProps) -> Html {
    let copied = use_state(|| false);
    let (engine, page) = (words(props.lang), page_words(props.lang));
    let onclick = {
        let copied = copied.clone();
        let text = props.text.clone();
        Callback::from(move |_| {
            if let Some(window) = web_sys::window() {
                let _ = window.navigator().clipboard().write_text(&text);
                copied.set(true);
            }
        })
    };
    let shown = if *copied { page.copied } else { page.copy };
    let colon = engine.labels().colon;
    let label = format!("{shown}{colon}{}", props.what.as_deref().unwrap_or(&props.text));
    html! {
        <button type="button" class="copy" {onclick} aria-label={label} data-copy={props.text.clone()}>
            { shown }
        </button>
    }
}
