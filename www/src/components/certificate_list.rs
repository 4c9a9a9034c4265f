//! The certificates that were read, each with its key and a button to open
//! its details.

use certdoctor::{words, Lang};
use yew::prelude::*;

use crate::analysis::ReportRef;
use crate::words::page_words;

#[derive(Properties, PartialEq)]
pub struct CertificateListProps {
    pub report: ReportRef,
    pub lang: Lang,
    pub on_select: Callback<usize>,
}

/// Certificates listed before "show all".
const FIRST: usize = 20;

#[function_component]
pub fn CertificateList(props: &CertificateListProps) -> Html {
    let (engine, text) = (words(props.lang), page_words(props.lang));
    let labels = engine.labels();
    let report = &props.report;
    let show_all = use_state(|| false);
    let certificates = report.certificates();
    if certificates.is_empty() {
        return html! {};
    }
    let shown = if *show_all { certificates.len() } else { FIRST.min(certificates.len()) };
    let hidden = certificates.len() - shown;
    html! {
        <section class="certificates-section" aria-labelledby="certificates-heading">
            <h2 id="certificates-heading">{ labels.certificates }</h2>
            <ol class="certificates">
                { for certificates.iter().take(shown).map(|certificate| {
                    let index = certificate.index;
                    html! {
                        <li class="certificate" data-index={index.to_string()}>
                            <div class="certificate-head">
                                <h3>{ &certificate.name }</h3>
                                <button type="button" class="button secondary details-button"
                                    onclick={props.on_select.reform(move |_| index)}
                                    aria-label={format!("{}{}{}", text.show_details, labels.colon, certificate.name)}>
                                    { text.show_details }
                                </button>
                            </div>
                            <dl>
                                <dt>{ labels.issuer }</dt><dd>{ &certificate.issuer }</dd>
                                <dt>{ labels.valid }</dt>
                                <dd>{ format!("{} → {}", certificate.not_before.to_human(), certificate.not_after.to_human()) }</dd>
                                if certificate.has_names() {
                                    <dt>{ labels.names }</dt><dd>{ certificate.names_summary(12) }</dd>
                                }
                                <dt>{ labels.key }</dt>
                                <dd>{ format!("{} · {}", engine.public_key(&certificate.key), certificate.signature_algorithm) }</dd>
                                { for report.keys().iter().filter(|key| key.is_private_key_of(index)).map(|key| {
                                    let source = report.inputs().get(key.input).map(|input| engine.input_name(&input.name).into_owned()).unwrap_or_default();
                                    html! {
                                        <>
                                            <dt>{ labels.private_key }</dt>
                                            <dd class="key-pair">{ format!("✓ {source}") }</dd>
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
                    { engine.show_more(hidden) }
                </button>
            }
        </section>
    }
}
