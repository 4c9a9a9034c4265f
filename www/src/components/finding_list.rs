//! The findings, worst first, each with its explanation and fix. Hovering or
//! focusing one highlights the certificates it concerns in the chain; each
//! command in a fix can be copied with one click.

use certdoctor::{words, Finding, Lang};
use yew::prelude::*;

use crate::analysis::ReportRef;
use crate::components::client_said::finding_anchor;
use crate::components::text_view::TextView;
use crate::words::page_words;

#[derive(Properties, PartialEq)]
pub struct FindingListProps {
    pub report: ReportRef,
    pub lang: Lang,
    pub on_select: Callback<usize>,
    /// The certificates to highlight (empty: none).
    pub on_highlight: Callback<Vec<usize>>,
    /// How many to show before "show all" ([`FIRST`]; fewer while a large
    /// report is being drawn).
    #[prop_or(FIRST)]
    pub first: usize,
}

/// Findings shown before "show all": a pasted CA bundle can have thousands,
/// and putting each into words and onto the page would freeze it.
pub const FIRST: usize = 50;

#[derive(Properties, PartialEq)]
struct FindingProps {
    report: ReportRef,
    index: usize,
    lang: Lang,
    on_select: Callback<usize>,
    on_highlight: Callback<Vec<usize>>,
}

/// One finding: a component of its own, so that showing more findings
/// leaves those already shown as they are.
#[function_component]
fn FindingItem(props: &FindingProps) -> Html {
    match props.report.findings.get(props.index) {
        Some(item) => finding(props, item),
        None => Html::default(),
    }
}

fn finding(props: &FindingProps, finding: &Finding) -> Html {
    let (report, index) = (&props.report, props.index);
    let (engine, text) = (words(props.lang), page_words(props.lang));
    let explained = engine.explain(&finding.kind, &text.controls);
    let level = finding.severity().as_str();
    let code = finding.code().as_str();
    let concerned = finding.certificates.clone();
    let enter = {
        let concerned = concerned.clone();
        props.on_highlight.reform(move |_: MouseEvent| concerned.clone())
    };
    let focus = {
        let concerned = concerned.clone();
        props.on_highlight.reform(move |_: FocusEvent| concerned.clone())
    };
    let leave = props.on_highlight.reform(|_: MouseEvent| Vec::new());
    html! {
        <li class={classes!("finding", format!("finding-{level}"))} id={finding_anchor(index)} data-code={code} data-severity={level}
            onmouseenter={enter} onmouseleave={leave} onfocusin={focus}>
            <div class="finding-head">
                <span class={classes!("badge", format!("badge-{level}"))}>{ engine.severity(finding.severity()) }</span>
                <h3>{ explained.title }</h3>
            </div>
            <p class="explanation"><TextView text={explained.explanation} /></p>
            <div class="fix">
                <h4>{ engine.labels().fix }</h4>
                <p><TextView text={explained.fix} copy={Some(props.lang)} /></p>
            </div>
            <div class="finding-foot">
                if !concerned.is_empty() {
                    <span class="concerns">{ text.concerns }</span>
                    { for concerned.iter().filter_map(|index| report.certificates().get(*index)).map(|certificate| {
                        let index = certificate.index;
                        html! {
                            <button type="button" class="chip" data-certificate={index.to_string()}
                                onclick={props.on_select.reform(move |_| index)}>{ &certificate.name }</button>
                        }
                    }) }
                }
                <code class="finding-code">{ code }</code>
            </div>
        </li>
    }
}

#[function_component]
pub fn FindingList(props: &FindingListProps) -> Html {
    let engine = words(props.lang);
    let report = &props.report;
    let show_all = use_state(|| false);
    let shown = if *show_all { report.findings.len() } else { props.first.min(report.findings.len()) };
    let hidden = report.findings.len() - shown;
    html! {
        <section class="findings-section" aria-labelledby="findings-heading">
            <h2 id="findings-heading">{ engine.labels().findings }</h2>
            if report.findings.is_empty() {
                <p class="no-findings">{ engine.labels().no_findings }</p>
            } else {
                <ol class="findings">
                    { for (0..shown).map(|index| html! {
                        <FindingItem key={index} report={report.clone()} index={index} lang={props.lang}
                            on_select={props.on_select.clone()} on_highlight={props.on_highlight.clone()} />
                    }) }
                </ol>
                if hidden > 0 {
                    <button type="button" class="button secondary show-all" id="show-all-findings"
                        onclick={{ let show_all = show_all.clone(); move |_| show_all.set(true) }}>
                        { engine.show_more(hidden) }
                    </button>
                }
            }
        </section>
    }
}
