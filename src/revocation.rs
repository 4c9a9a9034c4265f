//! Revocation from CRLs the user gave (RFC 5280 §6.3): a certificate on the
//! path whose serial number is listed by a CRL of its issuer, where the CRL's
//! signature verifies with that issuer's key.

use crate::certificate::Certificate;
use crate::chain::Chain;
use crate::crl::Crl;
use crate::finding::{Finding, FindingKind};
use crate::signature::{self, Outcome, Signed};

/// `cert-revoked` findings for the path. `issuers` are the certificates
/// whose keys may have signed a CRL (the bundle and the user's roots).
pub fn check(
    certificates: &[Certificate],
    issuers: &[&Certificate],
    chain: &Chain,
    crls: &[Crl],
) -> Vec<Finding> {
    let mut findings = Vec::new();
    for crl in crls {
        let Some(signed) = Signed::parse(&crl.der) else { continue };
        let Some(issuer) = issuers
            .iter()
            .filter(|candidate| candidate.subject_der == crl.issuer_der)
            .find(|candidate| signature::verify(&signed, &candidate.spki_der) == Outcome::Valid)
        else {
            continue;
        };
        // RFC 5280 §5.2.3: a CRL carries a non-critical cRLNumber; §4.2.1.3:
        // its issuer may sign CRLs only with cRLSign.
        let problem = match crl.number_critical {
            None => Some("it has no cRLNumber extension (RFC 5280 §5.2.3: MUST be present)"),
            Some(true) => {
                Some("its cRLNumber extension is marked critical (RFC 5280 §5.2.3: MUST be non-critical)")
            }
            Some(false)
                if issuer.key_usage.as_ref().is_some_and(|usage| !usage.iter().any(|u| u == "cRLSign")) =>
            {
                Some("its issuer's keyUsage does not allow cRLSign (RFC 5280 §4.2.1.3)")
            }
            Some(false) => None,
        };
        if let Some(reason) = problem {
            findings.push(Finding::about_input(
                FindingKind::InputUnparseable {
                    input: format!("the CRL of \"{}\"", issuer.name),
                    line: None,
                    what: "CRL".into(),
                    reason: format!("{reason}; revocation cannot be checked with it"),
                },
                crl.input,
            ));
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
