//! The chain as a client builds it, leaf at the top, drawn as a vertical
//! diagram: each certificate with its role, key and a validity bar, the
//! links between them, and how the path ends. Certificates a finding
//! concerns are highlighted; any can be opened for details. The corrected
//! bundle can be downloaded when the served one is wrong. Roles come from
//! the engine: nothing here decides what a certificate is.

use certdoctor::model::{AnchorSource, Certificate, PathEnd};
use certdoctor::{words, Code, Lang, Report, Timestamp, ValidityState};
use yew::prelude::*;

use crate::analysis::ReportRef;
use crate::download::data_url;
use crate::words::page_words;

#[derive(Properties, PartialEq)]
pub struct ChainProps {
    pub report: ReportRef,
    pub lang: Lang,
    pub highlighted: Vec<usize>,
    pub selected: Option<usize>,
    pub on_select: Callback<usize>,
    /// Trust the certificate at this index as a root.
    pub on_trust: Callback<usize>,
    /// Stop trusting the user's root certificate at this index.
    pub on_untrust: Callback<usize>,
}

/// Where `at` falls in the certificate's lifetime, per mille.
fn elapsed(certificate: &Certificate, at: Timestamp) -> u32 {
    let start = certificate.not_before.unix_seconds();
    let span = (certificate.not_after.unix_seconds() - start).max(1);
    ((at.unix_seconds() - start).clamp(0, span) as i128 * 1000 / span as i128) as u32
}

/// The certificate's validity as the report judged it (its expired, not
/// yet valid or expiring-soon finding), for the bar's colour and label.
fn validity_state(report: &Report, index: usize) -> ValidityState {
    report
        .findings
        .iter()
        .filter(|finding| finding.certificates.first() == Some(&index))
        .find_map(|finding| match finding.code() {
            Code::CertExpired => Some(ValidityState::Expired),
            Code::CertNotYetValid => Some(ValidityState::NotYetValid),
            Code::CertExpiringSoon => Some(ValidityState::Expiring),
            _ => None,
        })
        .unwrap_or(ValidityState::Valid)
}

fn state_class(state: ValidityState) -> &'static str {
    match state {
        ValidityState::Valid => "valid",
        ValidityState::Expiring => "expiring",
        ValidityState::Expired => "expired",
        ValidityState::NotYetValid => "not-yet-valid",
    }
}

#[derive(Properties, PartialEq)]
struct NodeProps {
    report: ReportRef,
    lang: Lang,
    index: usize,
    highlighted: bool,
    selected: bool,
    on_select: Callback<usize>,
}

#[function_component]
fn ChainNode(props: &NodeProps) -> Html {
    let (engine, text) = (words(props.lang), page_words(props.lang));
    let report = &props.report;
    let Some(certificate) = report.certificates().get(props.index) else { return html! {} };
    let Some(chain) = &report.chain else { return html! {} };
    let index = props.index;
    let state = validity_state(report, index);
    let keys: Vec<String> = report
        .keys()
        .iter()
        .filter(|key| key.is_private_key_of(index))
        .map(|key| report.inputs().get(key.input).map(|input| engine.input_name(&input.name).into_owned()).unwrap_or_default())
        .collect();
    let class = state_class(state);
    html! {
        <li class={classes!("chain-node", props.highlighted.then_some("highlighted"), props.selected.then_some("selected"), certificate.supplied_from.is_some().then_some("supplied"))}
            data-certificate={index.to_string()}>
            <button type="button" class="chain-card" onclick={props.on_select.reform(move |_| index)}>
                <span class="chain-role">{ engine.role(chain.role(index)) }</span>
                <span class="chain-name">{ &certificate.name }</span>
                <span class="chain-key">{ format!("{} · {}", engine.public_key(&certificate.key), certificate.signature_algorithm) }</span>
                <span class="chain-dates">{ format!("{} → {}", certificate.not_before.to_human(), certificate.not_after.to_human()) }</span>
                <progress class={classes!("validity", format!("validity-{class}"))} max="1000"
                    value={elapsed(certificate, report.checked_at).to_string()} aria-label={engine.validity(state)}></progress>
                <span class={classes!("validity-label", format!("validity-{class}"))}>{ engine.validity(state) }</span>
                <span class="visually-hidden">{ format!(" — {}", text.show_details) }</span>
                if let Some(source) = &certificate.supplied_from {
                    <span class="chain-supplied">{ format!("⊕ {} ({source})", engine.labels().supplied) }</span>
                }
                if !keys.is_empty() {
                    <span class="chain-key-pair">{ format!("🔑 {} ({})", text.private_key_here, keys.join(engine.list_separator())) }</span>
                }
            </button>
        </li>
    }
}

fn link(lang: Lang, ok: bool) -> Html {
    let text = page_words(lang);
    html! {
        <li class={classes!("chain-link", if ok { "link-ok" } else { "link-broken" })} aria-hidden="true">
            { if ok { "↓ " } else { "✗ " } }{ if ok { text.signed_by } else { text.link_missing } }
        </li>
    }
}

/// How the path ends: at an anchor, an untrusted root, or a missing issuer.
fn end(props: &ChainProps) -> Html {
    let (engine, text) = (words(props.lang), page_words(props.lang));
    let labels = engine.labels();
    let Some(chain) = &props.report.chain else { return html! {} };
    match &chain.end {
        PathEnd::Anchor { name, source, .. } => {
            let last = chain.path.last().copied().unwrap_or(chain.leaf);
            let root_in_path = chain.path.len() > 1 && chain.role(last) == certdoctor::model::Role::Root;
            html! {
                <>
                    if !root_in_path { { link(props.lang, true) } }
                    <li class="chain-node chain-anchor" data-end="anchor">
                        <div class="chain-card static">
                            <span class="chain-role">{ labels.anchor }</span>
                            <span class="chain-name">{ format!("✓ {name}") }</span>
                            <span class="chain-key">{ if *source == AnchorSource::Public { labels.public_root } else { labels.your_root } }</span>
                            if *source == AnchorSource::User {
                                <span class="trust-row">
                                    <button type="button" class="button secondary" id="untrust-root"
                                        onclick={{ let anchor = chain.anchor; props.on_untrust.reform(move |_| anchor.unwrap_or(usize::MAX)) }}>
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
            let index = *certificate;
            html! {
                <li class="chain-node chain-broken" data-end="untrusted-root">
                    <div class="chain-card static">
                        <span class="chain-name">{ "✗ " }{ if index == chain.leaf { labels.self_signed } else { labels.untrusted_root } }</span>
                        <span class="trust-row">
                            <button type="button" class="button secondary" id="trust-root"
                                onclick={props.on_trust.reform(move |_| index)}>{ text.trust_root }</button>
                            <span class="hint">{ text.trust_root_hint }</span>
                        </span>
                    </div>
                </li>
            }
        }
        PathEnd::MissingIssuer { issuer } => html! {
            <>
                { link(props.lang, false) }
                <li class="chain-node chain-broken" data-end="missing-issuer">
                    <div class="chain-card static">
                        <span class="chain-role">{ labels.missing_issuer }</span>
                        <span class="chain-name">{ format!("✗ {issuer}") }</span>
                    </div>
                </li>
            </>
        },
    }
}

#[function_component]
pub fn ChainView(props: &ChainProps) -> Html {
    let (engine, text) = (words(props.lang), page_words(props.lang));
    let labels = engine.labels();
    let report = &props.report;
    let Some(chain) = &report.chain else { return html! {} };
    html! {
        <section class="chain-section" aria-labelledby="chain-heading">
            <h2 id="chain-heading">{ labels.chain }</h2>
            <ol class="chain">
                { for chain.path.iter().enumerate().map(|(position, index)| html! {
                    <>
                        if position > 0 { { link(props.lang, true) } }
                        <ChainNode report={props.report.clone()} lang={props.lang} index={*index}
                            highlighted={props.highlighted.contains(index)} selected={props.selected == Some(*index)}
                            on_select={props.on_select.clone()} />
                    </>
                }) }
                { end(props) }
            </ol>
            if let Some(opinion) = &report.second_opinion {
                <p class="second-opinion" data-accepted={opinion.accepted.to_string()}>
                    { format!("{}{}{}", labels.second_opinion, labels.colon, match opinion.error {
                        None => labels.accepted.to_string(),
                        Some(error) => format!("{} ({error})", labels.rejected),
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
