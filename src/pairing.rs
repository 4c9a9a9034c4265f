//! Pairing: which private key belongs to which certificate and request, and
//! whether any key is too weak.
//!
//! Keys are compared by their whole public key (see [`crate::keys`]). The
//! leaf is the one chain building chooses ([`crate::chain::choose_leaf`]).

use crate::certificate::Certificate;
use crate::finding::{Finding, FindingKind};
use crate::intake::Intake;

/// Minimum sizes (CA/Browser Forum Baseline Requirements §6.1.5).
const MIN_RSA_BITS: usize = 2048;
const MIN_EC_BITS: usize = 256;

/// Indices of the certificates whose public key is `id`.
fn certificates_with(certificates: &[Certificate], id: &crate::keys::PublicKeyId) -> Vec<usize> {
    certificates
        .iter()
        .filter(|certificate| certificate.key.id == *id)
        .map(|certificate| certificate.index)
        .collect()
}

/// Links keys, requests and certificates, and returns the findings. `leaf`
/// is the certificate the private keys are expected to belong to.
pub fn pair(intake: &mut Intake, leaf: Option<usize>) -> Vec<Finding> {
    let mut findings = Vec::new();
    for key in &mut intake.keys {
        key.certificates = certificates_with(&intake.certificates, &key.public_key.id);
        key.requests = intake
            .requests
            .iter()
            .filter(|request| request.key.id == key.public_key.id)
            .map(|request| request.index)
            .collect();
    }
    for request in &mut intake.requests {
        request.keys = intake
            .keys
            .iter()
            .filter(|key| key.requests.contains(&request.index))
            .map(|key| key.index)
            .collect();
        request.certificates = certificates_with(&intake.certificates, &request.key.id);
    }

    if let Some(finding) = mismatch(intake, leaf) {
        findings.push(finding);
    }

    for request in &intake.requests {
        findings.push(Finding::about_input(
            FindingKind::InputCsrNotCertificate {
                input: intake.inputs.get(request.input).map(|input| input.name.clone()).unwrap_or_default(),
                request: request.name.clone(),
                only_requests: intake.certificates.is_empty(),
            },
            request.input,
        ));
    }

    for certificate in &intake.certificates {
        if let Some(kind) = weakness(&certificate.key, format!("the certificate \"{}\"", certificate.name)) {
            findings.push(Finding::about_certificate(kind, certificate.input, certificate.index));
        }
    }
    for key in intake.keys.iter().filter(|key| key.certificates.is_empty()) {
        if let Some(kind) = weakness(&key.public_key, format!("the {}", key.describe(&intake.inputs))) {
            findings.push(Finding::about_input(kind, key.input));
        }
    }
    findings
}

/// `key-mismatch`: private keys were given, and none belongs to the leaf.
///
/// A key that matches a non-CA certificate has found its certificate. A key
/// that matches only a CA certificate is accepted when it came in the same
/// input (a PKCS#12 file for a CA), and is a mismatch when the leaf came
/// separately: a CA's key given by mistake.
fn mismatch(intake: &Intake, leaf: Option<usize>) -> Option<Finding> {
    let private_keys: Vec<_> = intake.keys.iter().filter(|key| key.private).collect();
    // With only CA certificates there is no leaf for a key to belong to.
    let leaf = intake.certificates.get(leaf?).filter(|leaf| leaf.is_ca != Some(true))?;
    let first = private_keys.first()?;
    let certificate = |index: &usize| intake.certificates.get(*index);
    let belongs = private_keys.iter().any(|key| {
        key.certificates.iter().filter_map(certificate).any(|matched| {
            matched.is_ca != Some(true) || matched.index == leaf.index || matched.input == leaf.input
        })
    });
    if belongs {
        return None;
    }
    let matches = first
        .certificates
        .first()
        .and_then(certificate)
        .map(|other| {
            if other.is_ca == Some(true) {
                format!("the CA certificate \"{}\"", other.name)
            } else {
                format!("the certificate \"{}\"", other.name)
            }
        })
        .or_else(|| {
            first
                .requests
                .first()
                .and_then(|index| intake.requests.get(*index))
                .map(|request| format!("the certificate request for \"{}\"", request.name))
        });
    let mut inputs = vec![leaf.input];
    inputs.extend(private_keys.iter().map(|key| key.input));
    inputs.dedup();
    Some(Finding {
        kind: FindingKind::KeyMismatch {
            certificate: leaf.name.clone(),
            keys: private_keys.iter().map(|key| key.describe(&intake.inputs)).collect(),
            matches,
        },
        inputs,
        certificates: vec![leaf.index],
    })
}

/// `key-weak` for RSA and DSA below 2048 bits and curves below 256 bits.
pub fn weakness(key: &crate::keys::PublicKey, subject: String) -> Option<FindingKind> {
    let minimum = match key.algorithm.as_str() {
        "RSA" | "DSA" => MIN_RSA_BITS,
        "EC" => MIN_EC_BITS,
        _ => return None,
    };
    (key.bits > 0 && key.bits < minimum).then(|| FindingKind::KeyWeak {
        subject,
        algorithm: key.algorithm.clone(),
        bits: key.bits,
        minimum,
    })
}
