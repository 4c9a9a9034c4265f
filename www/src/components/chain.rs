//! The chain as a client builds it, leaf first, and the corrected bundle to
//! download when the served one is wrong.

use certdoctor::chain::{AnchorSource, PathEnd};
use certdoctor::Lang;
use yew::prelude::*;

use crate::app::Analysis;
use crate::words::words;

#[derive(Properties, PartialEq)]
pub struct ChainProps {
    pub analysis: Analysis,
    pub lang: Lang,
}

/// `data:` URL of the corrected bundle: a download link needs no script and
/// no network, and the CSP does not restrict it.
fn data_url(pem: &str) -> String {
    use base64::Engine;
    format!("data:application/x-pem-file;base64,{}", base64::engine::general_purpose::STANDARD.encode(pem))
}

#[function_component]
pub fn ChainView(props: &ChainProps) -> Html {
    let text = words(props.lang);
    let report = &props.analysis.report;
    let Some(chain) = &report.chain else { return html! {} };
    let end = match &chain.end {
        PathEnd::Anchor { name, source } => html! {
            <li class="chain-node chain-anchor" data-end="anchor">
                <span class="chain-mark">{ "✓" }</span>
                { format!("{name} ({})", if *source == AnchorSource::Public { text.public_root } else { text.your_root }) }
            </li>
        },
        PathEnd::UntrustedRoot { certificate } => html! {
            <li class="chain-node chain-broken" data-end="untrusted-root">
                <span class="chain-mark">{ "✗" }</span>
                { if *certificate == chain.leaf { text.self_signed } else { text.untrusted_root } }
            </li>
        },
        PathEnd::MissingIssuer { issuer } => html! {
            <li class="chain-node chain-broken" data-end="missing-issuer">
                <span class="chain-mark">{ "✗" }</span>{ format!("{}: {issuer}", text.missing_issuer) }
            </li>
        },
    };
    html! {
        <section class="chain-section">
            <h2>{ text.chain }</h2>
            <ol class="chain">
                { for chain.path.iter().filter_map(|index| report.certificates.get(*index)).map(|certificate| html! {
                    <li class="chain-node" data-certificate={certificate.index.to_string()}>
                        <span class="chain-name">{ &certificate.name }</span>
                        <span class="chain-dates">{ format!("{} → {}", certificate.not_before.to_human(), certificate.not_after.to_human()) }</span>
                    </li>
                }) }
                { end }
            </ol>
            if let Some(opinion) = &report.second_opinion {
                <p class="second-opinion" data-accepted={opinion.accepted.to_string()}>
                    { format!("{}: {}", text.second_opinion, match &opinion.error {
                        None => text.accepted.to_string(),
                        Some(error) => format!("{} ({error})", text.rejected),
                    }) }
                </p>
            }
            if chain.bundle_needs_fixing {
                <p class="fix-download">
                    <a class="button" id="download-fullchain" download="fullchain.pem" href={data_url(&chain.fixed_bundle)}>
                        { text.download_fixed }
                    </a>
                    <span class="hint">{ text.download_hint }</span>
                </p>
            }
        </section>
    }
}
