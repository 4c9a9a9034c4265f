//! The inputs as the engine read them: what each one holds, a button to
//! remove it, and a password field next to each one that needs a password.

use certdoctor::intake::ItemKind;
use certdoctor::{Code, Lang};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::app::Analysis;
use crate::state::{Action, InputId};
use crate::words::{item_kind, words};

#[derive(Properties, PartialEq)]
pub struct InputListProps {
    pub analysis: Analysis,
    /// The password typed for each input, in the report's input order.
    pub passwords: Vec<String>,
    pub lang: Lang,
    pub on_action: Callback<Action>,
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
    counted.iter().map(|(kind, count)| item_kind(lang, *kind, *count)).collect::<Vec<_>>().join(", ")
}

/// The paste box's input is named "pasted text" for the engine (its
/// messages are in English and Chinese alike); shown in the page's language.
fn shown_name(text: &crate::words::Words, name: &str) -> String {
    match name.strip_prefix("pasted text") {
        Some(rest) => format!("{}{rest}", text.pasted_text),
        None => name.to_string(),
    }
}

#[function_component]
pub fn InputList(props: &InputListProps) -> Html {
    let text = words(props.lang);
    let report = &props.analysis.report;
    html! {
        <ul class="input-list" aria-label={text.inputs}>
            { for report.inputs.iter().enumerate().map(|(position, input)| {
                let source = props.analysis.sources.get(position).copied().unwrap_or(InputId::Paste);
                let kinds: Vec<ItemKind> = input.items.iter().map(|item| item.kind).collect();
                let needs_password = report.findings.iter().any(|finding| {
                    finding.inputs.contains(&position)
                        && matches!(finding.code(), Code::PasswordRequired | Code::PasswordIncorrect)
                });
                let typed = props.passwords.get(position).cloned().unwrap_or_default();
                let field_id = format!("password-{position}");
                let on_password = props.on_action.reform(move |event: InputEvent| {
                    let field: HtmlInputElement = event.target_unchecked_into();
                    Action::Password(source, field.value())
                });
                let remove = match source {
                    InputId::File(id) => {
                        let on_remove = props.on_action.reform(move |_: MouseEvent| Action::RemoveFile(id));
                        html! {
                            <button type="button" class="remove" onclick={on_remove}
                                aria-label={format!("{} {}", text.remove, shown_name(text, &input.name))}>{ "×" }</button>
                        }
                    }
                    InputId::Paste => {
                        let on_clear = props.on_action.reform(|_: MouseEvent| Action::Paste(String::new()));
                        html! {
                            <button type="button" class="remove" onclick={on_clear}
                                aria-label={format!("{} {}", text.remove, shown_name(text, &input.name))}>{ "×" }</button>
                        }
                    }
                };
                html! {
                    <li class="input-entry" data-input={position.to_string()}>
                        <div class="input-head">
                            <span class="input-name">{ shown_name(text, &input.name) }</span>
                            <span class="input-kinds">{
                                if kinds.is_empty() { text.nothing_recognised.to_string() } else { summary(props.lang, &kinds) }
                            }</span>
                            { remove }
                        </div>
                        if needs_password || !typed.is_empty() {
                            <div class="password-row">
                                <label for={field_id.clone()}>{ text.password_label }</label>
                                <input id={field_id} class="password" type="password" autocomplete="off"
                                    value={typed} oninput={on_password} />
                            </div>
                        }
                        if !input.notes.is_empty() {
                            <ul class="input-notes">
                                { for input.notes.iter().map(|note| html! { <li>{ note }</li> }) }
                            </ul>
                        }
                    </li>
                }
            }) }
        </ul>
    }
}
