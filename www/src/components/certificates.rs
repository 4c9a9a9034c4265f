//! The certificates that were read.

use certdoctor::Lang;
use yew::prelude::*;

use crate::app::Analysis;
use crate::words::words;

#[derive(Properties, PartialEq)]
pub struct CertificateListProps {
    pub analysis: Analysis,
    pub lang: Lang,
}

#[function_component]
pub fn CertificateList(props: &CertificateListProps) -> Html {
    let text = words(props.lang);
    let report = &props.analysis.report;
    if report.certificates.is_empty() {
        return html! {};
    }
    html! {
        <section class="certificates-section">
            <h2>{ text.certificates }</h2>
            <ol class="certificates">
                { for report.certificates.iter().map(|certificate| {
                    let mut names = certificate.dns_names.clone();
                    names.extend(certificate.ip_addresses.iter().cloned());
                    html! {
                        <li class="certificate" data-index={certificate.index.to_string()}>
                            <h3>{ &certificate.name }</h3>
                            <dl>
                                <dt>{ text.issuer }</dt><dd>{ &certificate.issuer }</dd>
                                <dt>{ text.valid }</dt>
                                <dd>{ format!("{} → {}", certificate.not_before.to_human(), certificate.not_after.to_human()) }</dd>
                                if !names.is_empty() {
                                    <dt>{ text.names }</dt><dd>{ names.join(", ") }</dd>
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
        </section>
    }
}
