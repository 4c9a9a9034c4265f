//! The verdict banner, with the finding counts and the JSON report to
//! download.

use certdoctor::{render, words, Lang, Profile, Verdict};
use wasm_bindgen::JsValue;
use web_sys::HtmlAnchorElement;
use yew::prelude::*;

use crate::analysis::ReportRef;
use crate::download::data_url;
use crate::words::page_words;

#[derive(Properties, PartialEq)]
pub struct VerdictProps {
    pub report: ReportRef,
    pub lang: Lang,
}

#[function_component]
pub fn VerdictBanner(props: &VerdictProps) -> Html {
    let text = page_words(props.lang);
    let engine = words(props.lang);
    let report = &props.report;
    let value = report.verdict.as_str();
    let counts = report.counts();
    // The JSON is built when the link is clicked, not on every render: a
    // large bundle makes a large report.
    let on_json = {
        let report = props.report.clone();
        let lang = props.lang;
        Callback::from(move |event: MouseEvent| {
            let link: HtmlAnchorElement = event.target_unchecked_into();
            // Through the same serializer as the JavaScript API, then the
            // browser's JSON.stringify: no second serializer in the module.
            let serializer = serde_wasm_bindgen::Serializer::json_compatible();
            let rendered = render(&report, lang, &page_words(lang).controls);
            let json = serde::Serialize::serialize(&rendered, &serializer)
                .ok()
                .and_then(|value| {
                    js_sys::JSON::stringify_with_replacer_and_space(&value, &JsValue::NULL, &JsValue::from(2))
                        .ok()
                })
                .and_then(|text| text.as_string())
                .unwrap_or_default();
            link.set_href(&data_url("application/json", &json));
        })
    };
    let profile = match report.profile {
        Profile::Rfc5280 => Profile::Rfc5280,
        _ => Profile::Web,
    };
    let controls = &text.controls;
    let clients = report.clients.iter().map(|verdict| {
        let state = if verdict.works { "works" } else { "fails" };
        // The titles of the findings that make this client refuse.
        let reasons: Vec<String> = report
            .findings
            .iter()
            .filter(|finding| finding.refusal.is_some_and(|refusal| refusal.clients.contains(verdict.client)))
            .map(|finding| engine.explain(&finding.kind, controls).title)
            .collect();
        html! {
            <li>
                <details class={classes!("client", format!("client-{state}"))} data-client={verdict.client.as_str()}>
                    <summary>{ if verdict.works { "✓ " } else { "✗ " } }{ engine.client(verdict.client) }</summary>
                    <p class="client-store">{ engine.store(verdict.store) }</p>
                    if reasons.is_empty() {
                        <p>{ engine.labels().works }</p>
                    } else {
                        <ul>{ for reasons.iter().map(|reason| html! { <li>{ reason }</li> }) }</ul>
                    }
                </details>
            </li>
        }
    });
    let summary = engine.clients_summary(&report.clients);
    html! {
        <>
        // Nothing checked is not "OK": shown neutral, not green.
        <div class={classes!("verdict", if report.verdict == Verdict::Ok && report.checked_nothing() { "verdict-nothing".to_string() } else { format!("verdict-{value}") })}
            data-verdict={value} role="status">
            <div class="verdict-text">
                <strong>{ engine.headline(report.verdict, report.checked_nothing()) }</strong>
                <span class="checked-at">
                    { format!("{} {}", engine.labels().checked_at, report.checked_at.to_human()) }
                    { report.host.as_ref().map(|host| format!(" · {host}")).unwrap_or_default() }
                    { format!(" · {}", engine.counts(counts.errors, counts.warnings)) }
                    { format!(" · {}", engine.profile(profile)) }
                </span>
            </div>
            <a class="button secondary" id="download-report" download="certdoctor-report.json" href="#" onclick={on_json}>
                { text.download_report }
            </a>
        </div>
        if !report.clients.is_empty() {
            <section class="clients" aria-label={engine.labels().clients}>
                <p class="clients-summary">{ summary }</p>
                <ul class="client-list">{ for clients }</ul>
            </section>
        }
        </>
    }
}
