//! The inputs as the engine read them: what each one holds, a button to
//! remove it, and a password field next to each one that needs a password.
//! The user's roots are listed with the roots, not here.

use certdoctor::model::{ItemKind, Source};
use certdoctor::{words, Code, Lang};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::analysis::Analysis;
use crate::secret::SharedSecret;
use crate::state::InputId;
use crate::words::page_words;

#[derive(Properties, PartialEq)]
pub struct InputListProps {
    pub analysis: Analysis,
    /// Whether a password was typed, by report input.
    pub has_password: Vec<bool>,
    pub lang: Lang,
    pub on_password: Callback<(InputId, SharedSecret)>,
    pub on_remove: Callback<InputId>,
}

/// "2 certificates, 1 private key".
fn summary(lang: Lang, kinds: &[ItemKind]) -> String {
    let mut counted: Vec<(ItemKind, usize)> = Vec::new();
    for kind in kinds {
        match counted.iter_mut().find(|(seen, _)| seen == kind) {
            Some((_, count)) => *count += 1,
            None => counted.push((*kind, 1)),
        }
    }
    counted.iter().map(|(kind, count)| words(lang).items(*kind, *count)).collect::<Vec<_>>().join(words(lang).list_separator())
}

#[function_component]
pub fn InputList(props: &InputListProps) -> Html {
    let text = page_words(props.lang);
    let engine = words(props.lang);
    let report = &props.analysis.report;
    let entries = report.inputs().iter().filter(|input| input.source == Source::Bundle).filter_map(|input| {
        let position = input.index;
        let source = props.analysis.source(position)?;
        let kinds: Vec<ItemKind> = input.items.iter().map(|item| item.kind).collect();
        let needs_password = report.findings.iter().any(|finding| {
            finding.inputs.contains(&position) && matches!(finding.code(), Code::PasswordRequired | Code::PasswordIncorrect)
        });
        let typed = props.has_password.get(position).copied().unwrap_or(false);
        let field_id = format!("password-{position}");
        let on_password = props.on_password.reform(move |event: InputEvent| {
            let field: HtmlInputElement = event.target_unchecked_into();
            (source, SharedSecret::new(field.value()))
        });
        let name = engine.input_name(&input.name).into_owned();
        Some(html! {
            <li class="input-entry" data-input={position.to_string()}>
                <div class="input-head">
                    <span class="input-name">{ name.clone() }</span>
                    <span class="input-kinds">{
                        if kinds.is_empty() { text.nothing_recognised.to_string() } else { summary(props.lang, &kinds) }
                    }</span>
                    <button type="button" class="remove" onclick={props.on_remove.reform(move |_| source)}
                        aria-label={format!("{} {name}", text.remove)}>{ "×" }</button>
                </div>
                if needs_password || typed {
                    <div class="password-row">
                        <label for={field_id.clone()}>{ text.password_label }</label>
                        <input id={field_id} class="password" type="password" autocomplete="off" oninput={on_password} />
                    </div>
                }
                if !input.notes.is_empty() {
                    <ul class="input-notes">
                        { for input.notes.iter().map(|note| html! { <li>{ engine.note(note) }</li> }) }
                    </ul>
                }
            </li>
        })
    });
    html! {
        <ul class="input-list" aria-label={text.inputs}>{ for entries }</ul>
    }
}
