//! Revocation from CRLs the user gave (RFC 5280 §6.3): a certificate on the
//! path whose serial number is listed by a CRL of its issuer, where the CRL's
//! signature verifies with that issuer's key.

use std::collections::HashSet;

use crate::budget::{Budget, Limit};
use crate::certificate::{Certificate, KeyUsage};
use crate::chain::Chain;
use crate::crl::Crl;
use crate::finding::{Finding, FindingKind, Skipped, Structure};
use crate::formats::Problem;
use crate::intake::InputSummary;
use crate::signature::{self, Outcome, Signed};

/// `cert-revoked` findings for the path. `certificates` are all the
/// certificates read (the bundle and the user's roots), whose keys may have
/// signed a CRL. Only CRLs of an issuer on the path are looked at, and each
/// signature check is charged to `budget`.
pub fn check(
    certificates: &[Certificate],
    inputs: &[InputSummary],
    chain: &Chain,
    crls: &[Crl],
    budget: &mut Budget,
) -> Vec<Finding> {
    let mut findings = Vec::new();
    let input_name = |index: usize| inputs.get(index).map(|input| input.name.clone()).unwrap_or_default();
    let path_issuers: HashSet<&[u8]> =
        chain.path.iter().map(|index| certificates[*index].issuer_der.as_slice()).collect();
    for crl in crls.iter().filter(|crl| path_issuers.contains(crl.issuer_der.as_slice())) {
        let Some(signed) = Signed::parse(&crl.der) else { continue };
        let mut issuer = None;
        for candidate in certificates.iter().filter(|candidate| candidate.subject_der == crl.issuer_der) {
            if !budget.signature() {
                let skipped = Skipped::RestOf { input: input_name(crl.input) };
                let maximum = Budget::maximum(Limit::SignatureChecks);
                let kind =
                    FindingKind::InputLimitExceeded { limit: Limit::SignatureChecks, maximum, skipped };
                findings.push(Finding::about_input(kind, crl.input));
                return findings;
            }
            if signature::verify(&signed, &candidate.spki_der) == Outcome::Valid {
                issuer = Some(candidate);
                break;
            }
        }
        let Some(issuer) = issuer else { continue };
        // RFC 5280 §5.2.3: a CRL carries a non-critical cRLNumber; §4.2.1.3:
        // its issuer may sign CRLs only with cRLSign.
        let problem = match crl.number_critical {
            None => Some(Problem::CrlNumberMissing),
            Some(true) => Some(Problem::CrlNumberCritical),
            Some(false) if !issuer.key_usage_allows(KeyUsage::CrlSign) => {
                Some(Problem::CrlIssuerWithoutCrlSign { issuer: issuer.name.clone() })
            }
            Some(false) => None,
        };
        if let Some(problem) = problem {
            let input = input_name(crl.input);
            let kind = FindingKind::InputUnparseable {
                input,
                line: None,
                structure: Structure::Crl,
                error: problem.into(),
            };
            findings.push(Finding::about_input(kind, crl.input));
            continue;
        }
        for index in &chain.path {
            let certificate = &certificates[*index];
            if certificate.issuer_der != crl.issuer_der
                || certificate.index == issuer.index && certificate.self_issued
            {
                continue;
            }
            if let Some(entry) = crl.revoked.iter().find(|entry| entry.serial == certificate.serial) {
                findings.push(Finding {
                    kind: FindingKind::CertRevoked {
                        certificate: certificate.name.clone(),
                        serial: certificate.serial.clone(),
                        date: entry.date,
                        crl_issuer: issuer.name.clone(),
                    },
                    inputs: vec![certificate.input, crl.input],
                    certificates: vec![certificate.index],
                });
            }
        }
    }
    findings
}
