//! Pairing: which private key belongs to which certificate and request, and
//! whether any key is too weak.
//!
//! Keys are compared by their whole public key (see [`crate::keys`]) when
//! the inputs are read; here the leaf the chain chose is held against the
//! private keys given.

use crate::certificate::Certificate;
use crate::finding::{Finding, FindingKind, KeyOwner};
use crate::intake::Intake;
use crate::keys::{KeyAlgorithm, PublicKey};

/// Minimum sizes (CA/Browser Forum Baseline Requirements §6.1.5).
const MIN_RSA_BITS: usize = 2048;
const MIN_EC_BITS: usize = 256;

/// The findings about keys and requests. `leaf` is the certificate the
/// private keys are expected to belong to; `anchor` the user's root the path
/// ends at, whose key is judged too.
/// `ca_bundle` when the bundle is reviewed as a CA bundle, which judges its
/// certificates' keys itself.
pub fn findings(
    intake: &Intake,
    leaf: Option<usize>,
    anchor: Option<usize>,
    ca_bundle: bool,
) -> Vec<Finding> {
    let mut findings = Vec::new();
    if let Some(finding) = mismatch(intake, leaf) {
        findings.push(finding);
    }
    let only_requests = intake.bundle().next().is_none();
    for request in &intake.requests {
        let input = intake.inputs.get(request.input).map(|input| input.name.clone()).unwrap_or_default();
        let kind =
            FindingKind::InputCsrNotCertificate { input, request: request.name.clone(), only_requests };
        findings.push(Finding::about_input(kind, request.input));
    }
    let bundle = intake.bundle().filter(|_| !ca_bundle);
    let judged = bundle.chain(anchor.and_then(|index| intake.certificates.get(index)));
    for certificate in judged {
        if let Some(kind) = weakness(&certificate.key, owner(certificate)) {
            findings.push(Finding::about_certificate(kind, certificate.input, certificate.index));
        }
    }
    for key in intake.keys.iter().filter(|key| key.certificates.is_empty()) {
        if let Some(kind) = weakness(&key.public_key, KeyOwner::Key { key: key.reference(&intake.inputs) }) {
            findings.push(Finding::about_input(kind, key.input));
        }
    }
    findings
}

fn owner(certificate: &Certificate) -> KeyOwner {
    if certificate.is_user_root() {
        KeyOwner::Root { name: certificate.name.clone() }
    } else {
        KeyOwner::Certificate { name: certificate.name.clone(), ca: certificate.is_ca == Some(true) }
    }
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
    let matches = first.certificates.first().and_then(certificate).map(owner).or_else(|| {
        let request = first.requests.first().and_then(|index| intake.requests.get(*index))?;
        Some(KeyOwner::Request { name: request.name.clone() })
    });
    let mut inputs = vec![leaf.input];
    inputs.extend(private_keys.iter().map(|key| key.input));
    inputs.dedup();
    Some(Finding {
        kind: FindingKind::KeyMismatch {
            certificate: leaf.name.clone(),
            keys: private_keys.iter().map(|key| key.reference(&intake.inputs)).collect(),
            matches,
        },
        inputs,
        certificates: vec![leaf.index],
        refusal: None,
    })
}

/// `key-weak` for RSA and DSA below 2048 bits and curves below 256 bits.
pub(crate) fn weakness(key: &PublicKey, owner: KeyOwner) -> Option<FindingKind> {
    let minimum = match key.algorithm {
        KeyAlgorithm::Rsa | KeyAlgorithm::Dsa => MIN_RSA_BITS,
        KeyAlgorithm::Ec => MIN_EC_BITS,
        _ => return None,
    };
    (key.bits > 0 && key.bits < minimum).then(|| FindingKind::KeyWeak {
        owner,
        algorithm: key.algorithm.clone(),
        bits: key.bits,
        minimum,
    })
}
