//! One certificate, every field a person checks by hand with
//! `openssl x509 -text`, decoded, and its PEM. Opening it moves the focus
//! here; closing it returns the page to the list.

use certdoctor::model::Certificate;
use certdoctor::{words, Lang, Words};
use yew::prelude::*;

use crate::analysis::ReportRef;
use crate::components::copy_button::CopyButton;
use crate::words::page_words;

#[derive(Properties, PartialEq)]
pub struct CertificateDetailsProps {
    pub report: ReportRef,
    pub lang: Lang,
    pub index: usize,
    pub on_close: Callback<()>,
}

fn list(engine: &dyn Words, values: &[String]) -> Html {
    if values.is_empty() {
        html! { <span class="muted">{ engine.labels().none }</span> }
    } else {
        html! { <ul class="plain">{ for values.iter().map(|value| html! { <li>{ value }</li> }) }</ul> }
    }
}

fn optional(engine: &dyn Words, value: &Option<String>) -> Html {
    match value {
        Some(value) => html! { <span class="mono">{ value }</span> },
        None => html! { <span class="muted">{ engine.labels().none }</span> },
    }
}

fn row(label: &str, value: Html) -> Html {
    html! { <><dt>{ label.to_string() }</dt><dd>{ value }</dd></> }
}

fn basic_constraints(engine: &dyn Words, certificate: &Certificate) -> String {
    match (certificate.is_ca, certificate.path_len) {
        (Some(true), Some(length)) => format!("CA: TRUE, pathlen {length}"),
        (Some(true), None) => "CA: TRUE".to_string(),
        (Some(false), _) => "CA: FALSE".to_string(),
        (None, _) => engine.labels().none.to_string(),
    }
}

/// The rows of extensions: usages, identifiers, where to fetch things.
fn extension_rows(engine: &dyn Words, certificate: &Certificate) -> Html {
    let labels = engine.labels();
    let names = |items: Vec<&str>| items.into_iter().map(str::to_string).collect::<Vec<_>>();
    let key_usage = names(certificate.key_usage.iter().flatten().map(|usage| usage.name()).collect());
    let extended = names(certificate.extended_key_usage.iter().flatten().map(|usage| usage.name()).collect());
    let policies: Vec<String> = certificate.policies.iter().map(|policy| engine.policy(policy)).collect();
    let scts: Vec<String> =
        certificate.scts.iter().map(|sct| format!("{} · {}", sct.timestamp.to_human(), sct.log_id)).collect();
    html! {
        <>
            { row(labels.basic_constraints, html! { basic_constraints(engine, certificate) }) }
            { row(labels.key_usage, list(engine, &key_usage)) }
            { row(labels.extended_key_usage, list(engine, &extended)) }
            { row(labels.subject_key_id, optional(engine, &certificate.subject_key_id)) }
            { row(labels.authority_key_id, optional(engine, &certificate.authority_key_id)) }
            { row(labels.ca_issuers, list(engine, &certificate.ca_issuers)) }
            { row("OCSP", list(engine, &certificate.ocsp)) }
            { row(labels.crl_distribution_points, list(engine, &certificate.crl_distribution_points)) }
            { row(labels.policies, list(engine, &policies)) }
            { row(&format!("{} ({})", labels.scts, certificate.scts.len()), list(engine, &scts)) }
            if !certificate.unknown_critical_extensions.is_empty() {
                { row(labels.unknown_critical, list(engine, &certificate.unknown_critical_extensions)) }
            }
        </>
    }
}

#[function_component]
pub fn CertificateDetails(props: &CertificateDetailsProps) -> Html {
    let (engine, text) = (words(props.lang), page_words(props.lang));
    let labels = engine.labels();
    let heading = use_node_ref();
    {
        let heading = heading.clone();
        use_effect_with(props.index, move |_| {
            if let Some(element) = heading.cast::<web_sys::HtmlElement>() {
                let _ = element.focus();
                element.scroll_into_view();
            }
        });
    }
    let Some(certificate) = props.report.certificates().get(props.index) else { return html! {} };
    let mono = |value: &str| html! { <span class="mono">{ value.to_string() }</span> };
    html! {
        <section class="details" id="certificate-details" aria-labelledby="details-heading" data-index={props.index.to_string()}>
            <div class="details-head">
                <h2 id="details-heading" tabindex="-1" ref={heading}>{ format!("{}{}{}", text.details, engine.labels().colon, certificate.name) }</h2>
                <button type="button" class="button secondary" id="close-details" onclick={props.on_close.reform(|_| ())}>{ text.close }</button>
            </div>
            <dl class="details-grid">
                { row(labels.subject, mono(&certificate.subject)) }
                { row(labels.issuer, mono(&certificate.issuer)) }
                { row(labels.names, list(engine, &certificate.names())) }
                { row(labels.serial, mono(&certificate.serial)) }
                { row(labels.valid, html! { format!("{} → {}", certificate.not_before.to_human(), certificate.not_after.to_human()) }) }
                { row(labels.key, html! { engine.public_key(&certificate.key) }) }
                { row(labels.signature_algorithm, html! { &certificate.signature_algorithm }) }
                { row("SHA-256", html! { <span class="mono fingerprint" data-field="sha256">{ &certificate.sha256 }</span> }) }
                { row("SHA-1", html! { <span class="mono fingerprint" data-field="sha1">{ &certificate.sha1 }</span> }) }
                { extension_rows(engine, certificate) }
            </dl>
            <div class="pem-head">
                <h3>{ "PEM" }</h3>
                <CopyButton text={certificate.pem.clone()} lang={props.lang} what={Some("PEM".to_string())} />
            </div>
            <pre class="pem" tabindex="0" aria-label="PEM">{ &certificate.pem }</pre>
        </section>
    }
}
