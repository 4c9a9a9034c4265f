//! A pile of CA certificates is a trust store, not a chain: a CA file such
//! as Debian's ca-certificates.crt, a server's `ssl_trusted_certificate`, a
//! Java or Python bundle. There is no leaf to build a path from, so instead
//! of picking one root as the "leaf" and calling the other 143 unrelated,
//! the bundle is reviewed entry by entry: what it holds, which entries have
//! expired or are about to, weak keys, duplicates and entries that are not
//! CAs. A root's own signature is never judged (nobody checks it).

use std::collections::HashSet;

use crate::certificate::Certificate;
use crate::finding::{Finding, FindingKind, KeyOwner};
use crate::options::Options;
use crate::{pairing, validity};

/// Whether the bundle (the certificates given as what the server sends,
/// not the user's roots) is a CA bundle: at least two certificates, every
/// one a CA or self-signed, and none that looks like a server certificate
/// issued by someone else (a CA certificate with DNS or IP names that is
/// not self-signed is a leaf wrongly marked CA:TRUE, and gets a chain).
pub fn is_ca_bundle(bundle: &[&Certificate]) -> bool {
    bundle.len() >= 2
        && bundle.iter().all(|certificate| certificate.is_ca == Some(true) || certificate.self_issued)
        && !bundle.iter().any(|certificate| !certificate.self_issued && certificate.has_names())
}

/// The review: a summary finding and one finding per concern.
pub fn review(bundle: &[&Certificate], options: &Options) -> Vec<Finding> {
    let mut findings = Vec::new();
    let mut seen = HashSet::new();
    let mut counts = Counts::default();
    for certificate in bundle {
        if !seen.insert(certificate.sha256.as_str()) {
            counts.duplicates += 1;
            let kind = FindingKind::ChainDuplicateCertificate {
                certificate: certificate.name.clone(),
                container: certificate.container,
                ca_bundle: true,
            };
            findings.push(Finding::about_certificate(kind, certificate.input, certificate.index));
            continue;
        }
        if certificate.self_issued {
            counts.roots += 1;
        } else {
            counts.intermediates += 1;
        }
        if let Some(finding) = validity::check(certificate, options.at, options.warn_days, true, false) {
            match finding.kind {
                FindingKind::CertExpired { .. } => counts.expired += 1,
                FindingKind::CertExpiringSoon { .. } => counts.expiring += 1,
                _ => {}
            }
            findings.push(finding);
        }
        let owner = KeyOwner::BundleCa { name: certificate.name.clone() };
        if let Some(kind) = pairing::weakness(&certificate.key, owner) {
            counts.weak_keys += 1;
            findings.push(Finding::about_certificate(kind, certificate.input, certificate.index));
        }
        if says_not_ca(certificate) {
            counts.not_ca += 1;
            let kind = FindingKind::CaBundleNotCa { certificate: certificate.name.clone() };
            findings.push(Finding::about_certificate(kind, certificate.input, certificate.index));
        }
    }
    let summary = FindingKind::InputCaBundle {
        certificates: bundle.len(),
        roots: counts.roots,
        intermediates: counts.intermediates,
        expired: counts.expired,
        expiring: counts.expiring,
        weak_keys: counts.weak_keys,
        duplicates: counts.duplicates,
        not_ca: counts.not_ca,
    };
    let mut inputs: Vec<usize> = bundle.iter().map(|certificate| certificate.input).collect();
    inputs.dedup();
    findings.insert(0, Finding { kind: summary, inputs, certificates: Vec::new(), refusal: None });
    findings
}

/// A certificate that is not a CA by its own words: basicConstraints
/// cA=FALSE, or a version 3 certificate without basicConstraints whose
/// keyUsage does not allow keyCertSign. Version 1 roots, which have no
/// extensions at all, are CAs by tradition and are accepted as such.
fn says_not_ca(certificate: &Certificate) -> bool {
    use crate::certificate::KeyUsage;
    match certificate.is_ca {
        Some(ca) => !ca,
        None => certificate.facts.version >= 2 && !certificate.key_usage_allows(KeyUsage::KeyCertSign),
    }
}

#[derive(Default)]
struct Counts {
    roots: usize,
    intermediates: usize,
    expired: usize,
    expiring: usize,
    weak_keys: usize,
    duplicates: usize,
    not_ca: usize,
}
