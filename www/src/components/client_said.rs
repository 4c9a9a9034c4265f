//! "Your client said": the error messages and s_client transcripts found in
//! the inputs, at the top of the results, each linked to the findings that
//! explain it (or, when nothing pasted does, to its own finding, which says
//! what else causes it and how to find out).

use certdoctor::{words, Code, Finding, FindingKind, Lang, Report};
use yew::prelude::*;

use crate::analysis::ReportRef;
use crate::words::page_words;

#[derive(Properties, PartialEq)]
pub struct ClientSaidProps {
    pub report: ReportRef,
    pub lang: Lang,
}

/// The anchor of the finding at `index` in the finding list.
pub fn finding_anchor(index: usize) -> String {
    format!("finding-{index}")
}

/// The first finding with `code`, by its place in the list.
fn finding_with(report: &Report, code: Code) -> Option<(usize, &Finding)> {
    report.findings.iter().enumerate().find(|(_, finding)| finding.code() == code)
}

fn link(lang: Lang, report: &Report, index: usize, text: Option<&str>) -> Html {
    let Some(finding) = report.findings.get(index) else { return Html::default() };
    let label = match text {
        Some(text) => text.to_string(),
        None => words(lang).explain(&finding.kind, &page_words(lang).controls).title,
    };
    html! {
        <a class="said-link" href={format!("#{}", finding_anchor(index))} data-code={finding.code().as_str()}>{ label }</a>
    }
}

fn said(lang: Lang, report: &Report, index: usize, finding: &Finding) -> Option<Html> {
    let (engine, page) = (words(lang), page_words(lang));
    let title = engine.explain(&finding.kind, &page.controls).title;
    let (quote, links) = match &finding.kind {
        FindingKind::ClientError { family, text, explained_by, details, .. } => {
            let links = if !explained_by.is_empty() {
                html! {
                    <p class="said-why">{ page.explained_by }{ " " }
                        { for explained_by.iter().filter_map(|code| finding_with(report, *code))
                            .map(|(index, _)| link(lang, report, index, None)) }
                    </p>
                }
            } else if family.about_the_chain() && !details.says_what_it_is() {
                html! { <p class="said-why">{ link(lang, report, index, Some(page.not_explained)) }</p> }
            } else {
                html! { <p class="said-why">{ link(lang, report, index, Some(page.read_more)) }</p> }
            };
            (Some(text.clone()), links)
        }
        FindingKind::ClientTranscript { .. } => {
            (None, html! { <p class="said-why">{ link(lang, report, index, Some(page.read_more)) }</p> })
        }
        _ => return None,
    };
    Some(html! {
        <li class="said" data-code={finding.code().as_str()}>
            <strong class="said-title">{ title }</strong>
            if let Some(quote) = quote {
                <blockquote class="said-quote">{ quote }</blockquote>
            }
            { links }
        </li>
    })
}

#[function_component]
pub fn ClientSaid(props: &ClientSaidProps) -> Html {
    let report = &props.report;
    let items: Vec<Html> =
        report.findings.iter().enumerate().filter_map(|(index, finding)| said(props.lang, report, index, finding)).collect();
    if items.is_empty() {
        return Html::default();
    }
    html! {
        <section class="client-said" id="client-said" aria-labelledby="client-said-heading">
            <h2 id="client-said-heading">{ page_words(props.lang).client_said }</h2>
            <ul class="said-list">{ for items }</ul>
        </section>
    }
}
