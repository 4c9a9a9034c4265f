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
