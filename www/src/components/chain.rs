//! The chain as a client builds it, leaf at the top, drawn as a vertical
//! diagram: each certificate with its role, key and a validity bar, the
//! links between them, and how the path ends. Certificates a finding
//! concerns are highlighted; any can be opened for details. The corrected
//! bundle can be downloaded when the served one is wrong.

use certdoctor::certificate::Certificate;
use certdoctor::chain::{AnchorSource, PathEnd};
use certdoctor::{Code, Lang, Report, Timestamp};
use yew::prelude::*;

use crate::app::Analysis;
use crate::state::Action;
use crate::words::words;

#[derive(Properties, PartialEq)]
pub struct ChainProps {
    pub analysis: Analysis,
    pub lang: Lang,
    pub highlighted: Vec<usize>,
    pub selected: Option<usize>,
    pub on_action: Callback<Action>,
}

/// `data:` URL of a download: a link needs no script and no network, and
/// the CSP does not restrict it.
pub fn data_url(mime: &str, content: &str) -> String {
    use base64::Engine;
    format!("data:{mime};base64,{}", base64::engine::general_purpose::STANDARD.encode(content))
}

/// Where `at` falls in the certificate's lifetime, per mille.
fn elapsed(certificate: &Certificate, at: Timestamp) -> u32 {
    let start = certificate.not_before.unix_seconds();
    let span = (certificate.not_after.unix_seconds() - start).max(1);
    ((at.unix_seconds() - start).clamp(0, span) as i128 * 1000 / span as i128) as u32
}

/// The certificate's validity as the report judged it (its expired, not
/// yet valid or expiring-soon finding), for the bar's colour and label.
fn validity_state(report: &Report, index: usize) -> &'static str {
    report
        .findings
        .iter()
        .filter(|finding| finding.certificates.first() == Some(&index))
        .find_map(|finding| match finding.code() {
            Code::CertExpired => Some("expired"),
            Code::CertNotYetValid => Some("not-yet-valid"),
            Code::CertExpiringSoon => Some("expiring"),
            _ => None,
        })
        .unwrap_or("valid")
}

#[function_component]
pub fn ChainView(props: &ChainProps) -> Html {
    let text = words(props.lang);
    let report = &props.analysis.report;
    let Some(chain) = &report.chain else { return html! {} };
    let at = report.checked_at;
    let last = chain.path.len().saturating_sub(1);
    let node = |position: usize, certificate: &Certificate| {
        let index = certificate.index;
        let role = if position == 0 {
            text.role_leaf
        } else if position == last && certificate.self_issued {
            text.role_root
        } else {
            text.role_intermediate
        };
        let (elapsed, state) = (elapsed(certificate, at), validity_state(report, index));
        let highlighted = props.highlighted.contains(&index);
        let onclick = props.on_action.reform(move |_| Action::Select(Some(index)));
        let keys: Vec<String> = report
            .keys
            .iter()
            .filter(|key| key.private && key.certificates.contains(&index))
            .map(|key| report.inputs.get(key.input).map(|input| input.name.clone()).unwrap_or_default())
            .collect();
        html! {
            <li class={classes!("chain-node", highlighted.then_some("highlighted"), (props.selected == Some(index)).then_some("selected"))}
                data-certificate={index.to_string()}>
                <button type="button" class="chain-card" {onclick}>
                    <span class="chain-role">{ role }</span>
                    <span class="chain-name">{ &certificate.name }</span>
                    <span class="chain-key">{ format!("{} · {}", certificate.key.description(), certificate.signature_algorithm) }</span>
                    <span class="chain-dates">
                        { format!("{} → {}", certificate.not_before.to_human(), certificate.not_after.to_human()) }
                    </span>
                    <progress class={classes!("validity", format!("validity-{state}"))} max="1000" value={elapsed.to_string()}
                        aria-label={text.validity_state(state)}></progress>
                    <span class={classes!("validity-label", format!("validity-{state}"))}>{ text.validity_state(state) }</span>
                    <span class="visually-hidden">{ format!(" — {}", text.show_details) }</span>
                    if !keys.is_empty() {
                        <span class="chain-key-pair">{ format!("🔑 {} ({})", text.private_key_here, keys.join(", ")) }</span>
                    }
                </button>
            </li>
        }
    };
    let link = |ok: bool| {
        html! {
            <li class={classes!("chain-link", if ok { "link-ok" } else { "link-broken" })} aria-hidden="true">
                { if ok { "↓ " } else { "✗ " } }{ if ok { text.signed_by } else { text.link_missing } }
            </li>
        }
    };
    let end = match &chain.end {
        PathEnd::Anchor { name, source } => {
            let root_in_path = chain.path.len() > 1
                && report
                    .certificates
                    .get(chain.path[last])
                    .is_some_and(|certificate| certificate.self_issued);
            html! {
                <>
                    if !root_in_path { { link(true) } }
                    <li class="chain-node chain-anchor" data-end="anchor">
                        <div class="chain-card static">
                            <span class="chain-role">{ text.role_anchor }</span>
                            <span class="chain-name">{ format!("✓ {name}") }</span>
                            <span class="chain-key">{ if *source == AnchorSource::Public { text.public_root } else { text.your_root } }</span>
                            if *source == AnchorSource::User {
                                <span class="trust-row">
                                    <button type="button" class="button secondary" id="untrust-root"
                                        onclick={{ let name = name.clone(); props.on_action.reform(move |_| Action::UntrustRoot(name.clone())) }}>
                                        { text.stop_trusting }
                                    </button>
                                </span>
                            }
                        </div>
                    </li>
                </>
            }
        }
        PathEnd::UntrustedRoot { certificate } => {
            let trust = report.certificates.get(*certificate).map(|root| {
                let (name, pem) = (root.name.clone(), root.pem.clone());
                props.on_action.reform(move |_| Action::TrustRoot(name.clone(), pem.clone()))
            });
            html! {
                <li class="chain-node chain-broken" data-end="untrusted-root">
                    <div class="chain-card static">
                        <span class="chain-name">{ "✗ " }{ if *certificate == chain.leaf { text.self_signed } else { text.untrusted_root } }</span>
                        if let Some(onclick) = trust {
                            <span class="trust-row">
                                <button type="button" class="button secondary" id="trust-root" {onclick}>{ text.trust_root }</button>
                                <span class="hint">{ text.trust_root_hint }</span>
                            </span>
                        }
                    </div>
                </li>
            }
        }
        PathEnd::MissingIssuer { issuer } => html! {
            <>
                { link(false) }
                <li class="chain-node chain-broken" data-end="missing-issuer">
                    <div class="chain-card static">
                        <span class="chain-role">{ text.missing_issuer }</span>
                        <span class="chain-name">{ format!("✗ {issuer}") }</span>
                    </div>
                </li>
            </>
        },
    };
    html! {
        <section class="chain-section" aria-labelledby="chain-heading">
            <h2 id="chain-heading">{ text.chain }</h2>
            <ol class="chain">
                { for chain.path.iter().enumerate().filter_map(|(position, index)| {
                    let certificate = report.certificates.get(*index)?;
                    Some(html! {
                        <>
                            if position > 0 { { link(true) } }
                            { node(position, certificate) }
                        </>
                    })
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
                    <a class="button" id="download-fullchain" download="fullchain.pem"
                        href={data_url("application/x-pem-file", &chain.fixed_bundle)}>
                        { text.download_fixed }
                    </a>
                    <span class="hint">{ text.download_hint }</span>
                </p>
            }
        </section>
    }
}
