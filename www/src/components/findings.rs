//! The findings, worst first, each with its explanation and fix.

use certdoctor::Lang;
use yew::prelude::*;

use crate::app::Analysis;
use crate::words::{severity, words};

#[derive(Properties, PartialEq)]
pub struct FindingListProps {
    pub analysis: Analysis,
    pub lang: Lang,
}

#[function_component]
pub fn FindingList(props: &FindingListProps) -> Html {
    let text = words(props.lang);
    let rendered = props.analysis.report.render(props.lang);
    html! {
        <section class="findings-section">
            <h2>{ text.findings }</h2>
            if rendered.findings.is_empty() {
                <p class="no-findings">{ text.no_findings }</p>
            } else {
                <ol class="findings">
                    { for rendered.findings.iter().map(|finding| {
                        let level = finding.severity.as_str();
                        html! {
                            <li class={classes!("finding", format!("finding-{level}"))}
                                data-code={finding.code()} data-severity={level}>
                                <div class="finding-head">
                                    <span class={classes!("badge", format!("badge-{level}"))}>{ severity(props.lang, finding.severity) }</span>
                                    <h3>{ &finding.title }</h3>
                                </div>
                                <p class="explanation">{ rich_text(&finding.explanation) }</p>
                                <div class="fix">
                                    <h4>{ text.fix }</h4>
                                    <p>{ rich_text(&finding.fix) }</p>
                                </div>
                                <code class="finding-code">{ finding.code() }</code>
                            </li>
                        }
                    }) }
                </ol>
            }
        </section>
    }
}

/// Text with `backtick` spans shown as code. Everything is inserted as text
/// nodes, never as HTML, so certificate fields cannot inject markup.
pub fn rich_text(text: &str) -> Html {
    html! {
        { for text.split('`').enumerate().map(|(position, part)| {
            if position % 2 == 1 {
                html! { <code class="command">{ part }</code> }
            } else {
                html! { { part } }
            }
        }) }
    }
}
