//! The certificates that were read, and the details of one: every field a
//! person checks by hand with `openssl x509 -text`, decoded, and its PEM.

use certdoctor::Lang;
use yew::prelude::*;

use crate::app::Analysis;
use crate::components::findings::CopyButton;
use crate::state::Action;
use crate::words::words;

#[derive(Properties, PartialEq)]
pub struct CertificateListProps {
    pub analysis: Analysis,
    pub lang: Lang,
    pub on_action: Callback<Action>,
}

/// Certificates listed before "show all".
const FIRST: usize = 20;

#[function_component]
pub fn CertificateList(props: &CertificateListProps) -> Html {
    let text = words(props.lang);
    let report = &props.analysis.report;
    let show_all = use_state(|| false);
    if report.certificates.is_empty() {
        return html! {};
    }
    let shown = if *show_all { report.certificates.len() } else { FIRST.min(report.certificates.len()) };
    let hidden = report.certificates.len() - shown;
    html! {
        <section class="certificates-section" aria-labelledby="certificates-heading">
            <h2 id="certificates-heading">{ text.certificates }</h2>
            <ol class="certificates">
                { for report.certificates.iter().take(shown).map(|certificate| {
                    let index = certificate.index;
                    html! {
                        <li class="certificate" data-index={index.to_string()}>
                            <div class="certificate-head">
                                <h3>{ &certificate.name }</h3>
                                <button type="button" class="button secondary details-button"
                                    onclick={props.on_action.reform(move |_| Action::Select(Some(index)))}
                                    aria-label={format!("{}: {}", text.show_details, certificate.name)}>
                                    { text.show_details }
                                </button>
                            </div>
                            <dl>
                                <dt>{ text.issuer }</dt><dd>{ &certificate.issuer }</dd>
                                <dt>{ text.valid }</dt>
                                <dd>{ format!("{} → {}", certificate.not_before.to_human(), certificate.not_after.to_human()) }</dd>
                                if certificate.has_names() {
                                    <dt>{ text.names }</dt><dd>{ certificate.names_summary(12) }</dd>
                                }
                                <dt>{ text.key }</dt>
                                <dd>{ format!("{} · {}", certificate.key.description(), certificate.signature_algorithm) }</dd>
                                { for report.keys.iter().filter(|key| key.private && key.certificates.contains(&certificate.index)).map(|key| {
                                    let source = report.inputs.get(key.input).map(|input| input.name.as_str()).unwrap_or_default();
                                    html! {
                                        <>
                                            <dt>{ text.private_key }</dt>
                                            <dd class="key-pair">{ format!("✓ {} ({source})", text.matches) }</dd>
                                        </>
                                    }
                                }) }
                            </dl>
                        </li>
                    }
                }) }
            </ol>
            if hidden > 0 {
                <button type="button" class="button secondary show-all" id="show-all-certificates"
                    onclick={{ let show_all = show_all.clone(); move |_| show_all.set(true) }}>
                    { text.show_more(hidden) }
                </button>
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct CertificateDetailsProps {
    pub analysis: Analysis,
    pub lang: Lang,
    pub index: usize,
    pub on_action: Callback<Action>,
}

/// One certificate, every field. Opening it moves the focus here; closing
/// it returns the page to the list.
#[function_component]
pub fn CertificateDetails(props: &CertificateDetailsProps) -> Html {
    let text = words(props.lang);
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
    let Some(certificate) = props.analysis.report.certificates.get(props.index) else { return html! {} };
    let row = |label: &str, value: Html| html! { <><dt>{ label.to_string() }</dt><dd>{ value }</dd></> };
    let list = |values: &[String]| -> Html {
        if values.is_empty() {
            html! { <span class="muted">{ text.none }</span> }
        } else {
            html! { <ul class="plain">{ for values.iter().map(|value| html! { <li>{ value }</li> }) }</ul> }
        }
    };
    let optional = |value: &Option<String>| -> Html {
        match value {
            Some(value) => html! { <span class="mono">{ value }</span> },
            None => html! { <span class="muted">{ text.none }</span> },
        }
    };
    let basic_constraints = match certificate.is_ca {
        Some(true) => match certificate.path_len {
            Some(length) => format!("CA: TRUE, pathlen {length}"),
            None => "CA: TRUE".to_string(),
        },
        Some(false) => "CA: FALSE".to_string(),
        None => text.none.to_string(),
    };
    let scts: Vec<String> =
        certificate.scts.iter().map(|sct| format!("{} · {}", sct.timestamp.to_human(), sct.log_id)).collect();
    let onclose = props.on_action.reform(|_| Action::Select(None));
    html! {
        <section class="details" id="certificate-details" aria-labelledby="details-heading" data-index={props.index.to_string()}>
            <div class="details-head">
                <h2 id="details-heading" tabindex="-1" ref={heading}>{ format!("{}: {}", text.details, certificate.name) }</h2>
                <button type="button" class="button secondary" id="close-details" onclick={onclose}>{ text.close }</button>
            </div>
            <dl class="details-grid">
                { row(text.subject, html! { <span class="mono">{ &certificate.subject }</span> }) }
                { row(text.issuer, html! { <span class="mono">{ &certificate.issuer }</span> }) }
                { row(text.names, list(&certificate.names())) }
                { row(text.serial, html! { <span class="mono">{ &certificate.serial }</span> }) }
                { row(text.valid, html! { format!("{} → {}", certificate.not_before.to_human(), certificate.not_after.to_human()) }) }
                { row(text.key, html! { certificate.key.description() }) }
                { row(text.signature_algorithm, html! { &certificate.signature_algorithm }) }
                { row("SHA-256", html! { <span class="mono fingerprint" data-field="sha256">{ &certificate.sha256 }</span> }) }
                { row("SHA-1", html! { <span class="mono fingerprint" data-field="sha1">{ &certificate.sha1 }</span> }) }
                { row(text.basic_constraints, html! { basic_constraints }) }
                { row(text.key_usage, list(certificate.key_usage.as_deref().unwrap_or_default())) }
                { row(text.extended_key_usage, list(certificate.extended_key_usage.as_deref().unwrap_or_default())) }
                { row(text.subject_key_id, optional(&certificate.subject_key_id)) }
                { row(text.authority_key_id, optional(&certificate.authority_key_id)) }
                { row(text.ca_issuers, list(&certificate.ca_issuers)) }
                { row("OCSP", list(&certificate.ocsp)) }
                { row(text.crl_distribution_points, list(&certificate.crl_distribution_points)) }
                { row(text.policies, list(&certificate.policies)) }
                { row(&format!("{} ({})", text.scts, certificate.scts.len()), list(&scts)) }
                if !certificate.unknown_critical_extensions.is_empty() {
                    { row(text.unknown_critical, list(&certificate.unknown_critical_extensions)) }
                }
            </dl>
            <div class="pem-head">
                <h3>{ "PEM" }</h3>
                <CopyButton text={certificate.pem.clone()} lang={props.lang} what={Some("PEM".to_string())} />
            </div>
            <pre class="pem" tabindex="0" aria-label="PEM">{ &certificate.pem }</pre>
        </section>
    }
}
