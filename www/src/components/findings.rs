//! The findings, worst first, each with its explanation and fix. Hovering or
//! focusing one highlights the certificates it concerns in the chain; each
//! command in a fix can be copied with one click.

use certdoctor::Lang;
use yew::prelude::*;

use crate::app::Analysis;
use crate::state::Action;
use crate::words::{severity, words};

#[derive(Properties, PartialEq)]
pub struct FindingListProps {
    pub analysis: Analysis,
    pub lang: Lang,
    pub on_action: Callback<Action>,
}

/// Findings shown before "show all": a pasted CA bundle can have thousands,
/// and putting each into words and onto the page would freeze it.
const FIRST: usize = 50;

#[function_component]
pub fn FindingList(props: &FindingListProps) -> Html {
    let text = words(props.lang);
    let report = &props.analysis.report;
    let show_all = use_state(|| false);
    let shown = if *show_all { report.findings.len() } else { FIRST.min(report.findings.len()) };
    let hidden = report.findings.len() - shown;
    html! {
        <section class="findings-section" aria-labelledby="findings-heading">
            <h2 id="findings-heading">{ text.findings }</h2>
            if report.findings.is_empty() {
                <p class="no-findings">{ text.no_findings }</p>
            } else {
                <ol class="findings">
                    { for report.findings.iter().take(shown).map(|finding| {
                        let words = certdoctor::explain::explain(&finding.kind, props.lang);
                        let level = finding.severity().as_str();
                        let code = finding.code().as_str();
                        let concerned: Vec<usize> = finding.certificates.to_vec();
                        let enter = {
                            let concerned = concerned.clone();
                            props.on_action.reform(move |_: MouseEvent| Action::Highlight(concerned.clone()))
                        };
                        let focus = {
                            let concerned = concerned.clone();
                            props.on_action.reform(move |_: FocusEvent| Action::Highlight(concerned.clone()))
                        };
                        let leave = props.on_action.reform(|_: MouseEvent| Action::Highlight(Vec::new()));
                        html! {
                            <li class={classes!("finding", format!("finding-{level}"))}
                                data-code={code} data-severity={level}
                                onmouseenter={enter} onmouseleave={leave} onfocusin={focus}>
                                <div class="finding-head">
                                    <span class={classes!("badge", format!("badge-{level}"))}>{ severity(props.lang, finding.severity()) }</span>
                                    <h3>{ &words.title }</h3>
                                </div>
                                <p class="explanation">{ rich_text(&words.explanation, None) }</p>
                                <div class="fix">
                                    <h4>{ text.fix }</h4>
                                    <p>{ rich_text(&words.fix, Some(props.lang)) }</p>
                                </div>
                                <div class="finding-foot">
                                    if !concerned.is_empty() {
                                        <span class="concerns">{ text.concerns }</span>
                                        { for concerned.iter().filter_map(|index| report.certificates.get(*index)).map(|certificate| {
                                            let index = certificate.index;
                                            html! {
                                                <button type="button" class="chip" data-certificate={index.to_string()}
                                                    onclick={props.on_action.reform(move |_| Action::Select(Some(index)))}>
                                                    { &certificate.name }
                                                </button>
                                            }
                                        }) }
                                    }
                                    <code class="finding-code">{ code }</code>
                                </div>
                            </li>
                        }
                    }) }
                </ol>
                if hidden > 0 {
                    <button type="button" class="button secondary show-all" id="show-all-findings"
                        onclick={{ let show_all = show_all.clone(); move |_| show_all.set(true) }}>
                        { text.show_more(hidden) }
                    </button>
                }
            }
        </section>
    }
}

/// Text with `backtick` spans shown as code; with a language, each span
/// gets a copy button. Everything is inserted as text nodes, never as HTML,
/// so certificate fields cannot inject markup.
pub fn rich_text(text: &str, copy: Option<Lang>) -> Html {
    html! {
        { for text.split('`').enumerate().map(|(position, part)| {
            if position % 2 == 1 {
                html! {
                    <>
                        <code class="command">{ part }</code>
                        if let Some(lang) = copy {
                            <CopyButton text={part.to_string()} lang={lang} />
                        }
                    </>
                }
            } else {
                html! { { part } }
            }
        }) }
    }
}

#[derive(Properties, PartialEq)]
pub struct CopyButtonProps {
    pub text: String,
    pub lang: Lang,
    /// What is copied, for the button's accessible name; the text itself if unset.
    #[prop_or_default]
    pub what: Option<String>,
}

/// Copies `text` to the clipboard (no network, no storage) and says so.
#[function_component]
pub fn CopyButton(props: &CopyButtonProps) -> Html {
    let copied = use_state(|| false);
    let words = words(props.lang);
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
    let shown = if *copied { words.copied } else { words.copy };
    let label = format!("{shown}: {}", props.what.as_deref().unwrap_or(&props.text));
    html! {
        <button type="button" class="copy" {onclick} aria-label={label} data-copy={props.text.clone()}>
            { shown }
        </button>
    }
}
