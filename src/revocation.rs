//! Revocation from CRLs the user gave (RFC 5280 §6.3). For each certificate
//! on the path: the newest complete CRL of its issuer that covers it (by
//! the CRL's issuing distribution point), updated by the newest delta CRL
//! based on it; a CRL counts only when its signature verifies with a key of
//! its issuer's name, and a CRL with a critical extension that is not
//! understood is not used (RFC 5280 §5.2).

use std::cmp::Ordering;

use crate::budget::{Budget, Limit};
use crate::certificate::{Certificate, KeyUsage};
use crate::chain::Chain;
use crate::crl::{number_order, Crl, Reason, Revoked};
use crate::finding::{Finding, FindingKind, Skipped, Structure};
use crate::formats::Problem;
use crate::intake::InputSummary;
use crate::signature::{self, Outcome, Signed};

/// A CRL that may be used: its signature verified, its issuer known.
struct Usable<'a> {
    crl: &'a Crl,
    issuer: &'a Certificate,
}

/// `cert-revoked` findings for the path. `certificates` are all the
/// certificates read (the bundle and the user's roots), whose keys may have
/// signed a CRL. Only CRLs that could cover a certificate on the path are
/// looked at, and each signature check is charged to `budget`.
pub fn check(
    certificates: &[Certificate],
    inputs: &[InputSummary],
    chain: &Chain,
    crls: &[Crl],
    budget: &mut Budget,
) -> Vec<Finding> {
    let mut findings = Vec::new();
    let path: Vec<&Certificate> = chain.path.iter().map(|index| &certificates[*index]).collect();
    let relevant = crls.iter().filter(|crl| path.iter().any(|certificate| could_cover(crl, certificate)));
    let mut usable = Vec::new();
    for crl in relevant {
        match verify(crl, certificates, budget) {
            Verified::Yes(issuer) => match problem(crl, issuer) {
                Some(problem) => findings.push(unusable(crl, inputs, problem)),
                None => usable.push(Usable { crl, issuer }),
            },
            Verified::No => {}
            Verified::OutOfBudget => {
                let skipped = Skipped::RestOf { input: input_name(inputs, crl.input) };
                let maximum = Budget::maximum(Limit::SignatureChecks);
                let kind =
                    FindingKind::InputLimitExceeded { limit: Limit::SignatureChecks, maximum, skipped };
                findings.push(Finding::about_input(kind, crl.input));
                break;
            }
        }
    }
    for certificate in path {
        if let Some((entry, usable)) = status(certificate, &usable) {
            findings.push(Finding {
                kind: FindingKind::CertRevoked {
                    certificate: certificate.name.clone(),
                    serial: certificate.serial.clone(),
                    date: entry.date,
                    crl_issuer: usable.issuer.name.clone(),
                },
                inputs: vec![certificate.input, usable.crl.input],
                certificates: vec![certificate.index],
                refusal: None,
            });
        }
    }
    findings
}

fn input_name(inputs: &[InputSummary], index: usize) -> String {
    inputs.get(index).map(|input| input.name.clone()).unwrap_or_default()
}

enum Verified<'a> {
    Yes(&'a Certificate),
    No,
    OutOfBudget,
}

/// The certificate of the CRL's issuer name whose key signed it.
fn verify<'a>(crl: &Crl, certificates: &'a [Certificate], budget: &mut Budget) -> Verified<'a> {
    let Some(signed) = Signed::parse(&crl.der) else { return Verified::No };
    for candidate in certificates.iter().filter(|candidate| candidate.subject_key == crl.issuer_key) {
        if !budget.signature_costing(signature::cost(&candidate.spki_der)) {
            return Verified::OutOfBudget;
        }
        if signature::verify(&signed, &candidate.spki_der) == Outcome::Valid {
            return Verified::Yes(candidate);
        }
    }
    Verified::No
}

/// Why a CRL whose signature verifies still cannot be used.
fn problem(crl: &Crl, issuer: &Certificate) -> Option<Problem> {
    if let Some(extension) = &crl.unknown_critical {
        return Some(Problem::CrlCriticalExtension { extension: extension.clone() });
    }
    // RFC 5280 §5.2.3: a CRL carries a non-critical cRLNumber; §4.2.1.3:
    // its issuer may sign CRLs only with cRLSign.
    match crl.number_critical {
        None => Some(Problem::CrlNumberMissing),
        Some(true) => Some(Problem::CrlNumberCritical),
        Some(false) if !issuer.key_usage_allows(KeyUsage::CrlSign) => {
            Some(Problem::CrlIssuerWithoutCrlSign { issuer: issuer.name.clone() })
        }
        Some(false) => None,
    }
}

fn unusable(crl: &Crl, inputs: &[InputSummary], problem: Problem) -> Finding {
    let kind = FindingKind::InputUnparseable {
        input: input_name(inputs, crl.input),
        line: None,
        structure: Structure::Crl,
        error: problem.into(),
    };
    Finding::about_input(kind, crl.input)
}

/// Whether `crl` is about certificates of `certificate`'s issuer at all:
/// issued by it, or an indirect CRL (whose entries name their issuers).
fn could_cover(crl: &Crl, certificate: &Certificate) -> bool {
    crl.issuer_key == certificate.issuer_key
        || (crl.scope.indirect && certificate.crl_issuers.contains(&crl.issuer_key))
}

/// RFC 5280 §6.3.3 (b): the CRL's scope takes in this certificate.
fn covers(crl: &Crl, certificate: &Certificate) -> bool {
    let scope = &crl.scope;
    let is_ca = certificate.is_ca == Some(true);
    if !could_cover(crl, certificate)
        || scope.only_attribute_certificates
        || (scope.only_user_certificates && is_ca)
        || (scope.only_ca_certificates && !is_ca)
    {
        return false;
    }
    if scope.unmatchable_point {
        return false;
    }
    scope.distribution_points.is_empty()
        || scope.distribution_points.iter().any(|point| certificate.crl_distribution_points.contains(point))
}

/// The entry that revokes `certificate`, and the CRL it is in: the newest
/// complete CRL covering it, then the newest delta based on that CRL or a
/// later one (RFC 5280 §5.2.4), whose entries replace the complete CRL's.
/// A `removeFromCRL` entry is not a revocation.
fn status<'a>(certificate: &Certificate, usable: &'a [Usable<'a>]) -> Option<(&'a Revoked, &'a Usable<'a>)> {
    // A self-signed certificate is not checked against its own CRL.
    let covering = usable.iter().filter(|usable| {
        covers(usable.crl, certificate)
            && !(certificate.self_issued && usable.issuer.index == certificate.index)
    });
    let (complete, deltas): (Vec<&Usable<'_>>, Vec<&Usable<'_>>) =
        covering.partition(|usable| !usable.crl.is_delta());
    let complete = complete.into_iter().max_by(|a, b| newer(a.crl, b.crl))?;
    let entry_in = |crl: &'a Crl| {
        crl.revoked
            .iter()
            .find(|entry| entry.serial == certificate.serial && entry.issuer == certificate.issuer_key)
    };
    let base = complete.crl.number.as_deref().unwrap_or_default();
    let delta = deltas
        .into_iter()
        .filter(|delta| {
            delta.crl.issuer_key == complete.crl.issuer_key
                && number_order(delta.crl.delta_of.as_deref().unwrap_or_default(), base) != Ordering::Greater
        })
        .max_by(|a, b| newer(a.crl, b.crl));
    if let Some(delta) = delta {
        if let Some(entry) = entry_in(delta.crl) {
            return (entry.reason != Some(Reason::RemoveFromCrl)).then_some((entry, delta));
        }
    }
    entry_in(complete.crl)
        .filter(|entry| entry.reason != Some(Reason::RemoveFromCrl))
        .map(|entry| (entry, complete))
}

/// Orders CRLs by cRLNumber, then by thisUpdate.
fn newer(a: &Crl, b: &Crl) -> Ordering {
    number_order(a.number.as_deref().unwrap_or_default(), b.number.as_deref().unwrap_or_default())
        .then(a.this_update.cmp(&b.this_update))
}
