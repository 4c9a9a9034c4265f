//! Each certificate on the path: the client's depth limit, the profile
//! rules by position, weak signatures, unknown critical extensions, CA
//! flags (RFC 5280 §4.2.1.9, §4.2.1.3), path lengths and EKU.

use super::anchors::contents;
use super::{Judge, PathEnd, Role};
use crate::certificate::{Certificate, ExtendedKeyUsage, KeyUsage};
use crate::finding::{Finding, FindingKind};
use crate::profile::{self, Position, Rule};
use crate::signature::{self, Signed};

/// The client's depth limit: intermediates between leaf and anchor, not
/// counting self-issued ones (a CA re-keying itself) or a root given in the
/// bundle.
pub(super) fn depth(judge: &Judge<'_>, findings: &mut Vec<Finding>) {
    let Some(limit) = judge.max_intermediates else { return };
    let (certificates, chain) = (judge.certificates, judge.chain);
    let intermediates: Vec<usize> =
        chain.path.iter().copied().filter(|index| chain.role(*index) == Role::Intermediate).collect();
    let counted = intermediates.iter().filter(|index| !certificates[**index].self_issued).count();
    if counted > limit {
        let leaf = judge.leaf();
        findings.push(Finding {
            kind: FindingKind::ChainTooLong { leaf: leaf.name.clone(), intermediates: counted, limit },
            inputs: vec![leaf.input],
            certificates: intermediates,
            refusal: None,
        });
    }
}

/// The profile of each certificate on the path, and of the user's root the
/// path ends at — unless that root is the leaf itself (a self-signed
/// certificate trusted as it is), which is judged as a leaf only: OpenSSL
/// and rustls-webpki accept it without CA flags.
pub(super) fn profile(judge: &Judge<'_>, findings: &mut Vec<Finding>) {
    let (certificates, chain) = (judge.certificates, judge.chain);
    let leaf_der = &certificates[chain.leaf].der;
    let anchor = chain.anchor.map(|index| &certificates[index]).filter(|root| root.der != *leaf_der);
    for (position, index) in chain.path.iter().enumerate() {
        let certificate = &certificates[*index];
        let next = chain.path.get(position + 1).copied();
        let issuer_has_ski = match chain.path.get(position + 1) {
            Some(issuer) => certificates[*issuer].subject_key_id.is_some(),
            None => anchor.is_none_or(|root| root.subject_key_id.is_some()),
        };
        let position = match chain.role(*index) {
            Role::Leaf => Position::Leaf,
            Role::Root => Position::Root,
            _ => Position::Intermediate,
        };
        violations(judge, certificate, position, issuer_has_ski, findings);
        issuer_encoding(judge, *index, next, findings);
        key_identifier(judge, certificate, next.map(|issuer| &certificates[issuer]).or(anchor), findings);
    }
    if let Some(root) = anchor {
        violations(judge, root, Position::Root, true, findings);
        anchor_path_length(judge, root, findings);
        for extension in &root.unknown_critical_extensions {
            let kind = FindingKind::CertCriticalExtensionUnknown {
                certificate: root.name.clone(),
                extension: extension.clone(),
                anchor: true,
            };
            findings.push(judge.about(kind, root));
        }
    }
}

/// RFC 5280 §4.2.1.1: `issued`'s authorityKeyIdentifier, if it has one, is
/// the subjectKeyIdentifier of the certificate whose key signed it. A
/// self-issued certificate is its own issuer and not judged.
fn key_identifier(
    judge: &Judge<'_>,
    issued: &Certificate,
    issuer: Option<&Certificate>,
    findings: &mut Vec<Finding>,
) {
    let Some(issuer) = issuer.filter(|_| !issued.self_issued) else { return };
    let (Some(aki), Some(ski)) = (&issued.authority_key_id, &issuer.subject_key_id) else { return };
    if aki != ski {
        let rule = Rule::AkiMismatch { issuer: issuer.name.clone(), aki: aki.clone(), ski: ski.clone() };
        let kind = FindingKind::CertProfileViolation { certificate: issued.name.clone(), rule };
        findings.push(judge.about(kind, issued));
    }
}

/// RFC 5280 §4.1.2.4: `issued`'s issuer field is encoded byte for byte as
/// its issuer's subject — the next certificate on the path, or the anchor
/// the path ends at.
fn issuer_encoding(judge: &Judge<'_>, issued: usize, issuer: Option<usize>, findings: &mut Vec<Finding>) {
    let (certificates, chain) = (judge.certificates, judge.chain);
    let certificate = &certificates[issued];
    if certificate.self_issued && issuer.is_none() && chain.anchor_subject.is_none() {
        return;
    }
    let (subject, name) = match issuer {
        Some(index) => (contents(&certificates[index].subject_der), certificates[index].name.as_str()),
        None => match (&chain.anchor_subject, &chain.end) {
            (Some(subject), PathEnd::Anchor { name, .. }) => (subject.as_slice(), name.as_str()),
            _ => return,
        },
    };
    if contents(&certificate.issuer_der) != subject {
        let rule = Rule::IssuerEncodingDiffers { issuer: name.to_string() };
        findings.push(judge.about(
            FindingKind::CertProfileViolation { certificate: certificate.name.clone(), rule },
            certificate,
        ));
    }
}

fn violations(
    judge: &Judge<'_>,
    certificate: &Certificate,
    position: Position,
    issuer_has_ski: bool,
    findings: &mut Vec<Finding>,
) {
    for rule in profile::check(certificate, position, issuer_has_ski, judge.profile, judge.by_clients) {
        let kind = FindingKind::CertProfileViolation { certificate: certificate.name.clone(), rule };
        findings.push(judge.about(kind, certificate));
    }
}

/// Weak signatures, unknown critical extensions, issuers that are not CAs,
/// path lengths and EKUs along the path.
pub(super) fn each_certificate(judge: &Judge<'_>, findings: &mut Vec<Finding>) {
    let (certificates, chain) = (judge.certificates, judge.chain);
    for (position, index) in chain.path.iter().enumerate() {
        let certificate = &certificates[*index];
        // A root's own signature is not checked by anyone, nor is any
        // self-signed certificate's (trusted as it is, or not at all).
        let is_root = chain.role(*index) == Role::Root;
        if !is_root && !certificate.self_issued {
            if let Some(algorithm) =
                Signed::parse(&certificate.der).map(|signed| signature::algorithm(&signed))
            {
                if algorithm.weak_hash {
                    let kind = FindingKind::SignatureWeakAlgorithm {
                        certificate: certificate.name.clone(),
                        algorithm: algorithm.name,
                    };
                    findings.push(judge.about(kind, certificate));
                }
            }
        }
        for extension in &certificate.unknown_critical_extensions {
            let kind = FindingKind::CertCriticalExtensionUnknown {
                certificate: certificate.name.clone(),
                extension: extension.clone(),
                anchor: false,
            };
            findings.push(judge.about(kind, certificate));
        }
        if position > 0 {
            issuer(judge, position, findings);
        }
        eku(judge, certificate, position == 0, is_root, findings);
    }
}

/// The user's root the path ends at, as the issuer of the CAs below it: its
/// own pathLenConstraint, which OpenSSL, Go and Firefox enforce (`openssl
/// verify`: error 25 at the root's depth) and RFC 5280's anchor, a name and
/// a key, does not carry.
fn anchor_path_length(judge: &Judge<'_>, root: &Certificate, findings: &mut Vec<Finding>) {
    let Some(limit) = root.path_len else { return };
    let below = cas_below(judge, judge.chain.path.len());
    if below > limit as usize {
        let kind = FindingKind::PathLengthExceeded { issuer: root.name.clone(), limit, below, anchor: true };
        findings.push(judge.about(kind, root));
    }
}

/// The intermediate CAs on the path below position `end` (the leaf not
/// counted), not counting self-issued ones (RFC 5280 §4.2.1.9); a root on
/// the path is self-issued.
fn cas_below(judge: &Judge<'_>, end: usize) -> usize {
    let path = &judge.chain.path;
    path.get(1..end).unwrap_or_default().iter().filter(|index| !judge.certificates[**index].self_issued).count()
}

/// The certificate at `position` (> 0) as the issuer of the one below it.
fn issuer(judge: &Judge<'_>, position: usize, findings: &mut Vec<Finding>) {
    let (certificates, path) = (judge.certificates, &judge.chain.path);
    let certificate = &certificates[path[position]];
    let issued = &certificates[path[position - 1]];
    let key_cert_sign = certificate.key_usage_allows(KeyUsage::KeyCertSign);
    if certificate.is_ca != Some(true) || !key_cert_sign {
        findings.push(Finding {
            kind: FindingKind::IssuerNotCa {
                issuer: certificate.name.clone(),
                issued: issued.name.clone(),
                basic_constraints_ca: certificate.is_ca == Some(true),
                key_cert_sign,
            },
            inputs: vec![certificate.input],
            certificates: vec![certificate.index, issued.index],
            refusal: None,
        });
    }
    let below = cas_below(judge, position);
    if let Some(limit) = certificate.path_len {
        if below > limit as usize {
            let kind =
                FindingKind::PathLengthExceeded { issuer: certificate.name.clone(), limit, below, anchor: false };
            findings.push(judge.about(kind, certificate));
        }
    }
}

fn eku(
    judge: &Judge<'_>,
    certificate: &Certificate,
    is_leaf: bool,
    is_root: bool,
    findings: &mut Vec<Finding>,
) {
    let Some(usages) = &certificate.extended_key_usage else { return };
    let allows = usages.iter().any(|u| matches!(u, ExtendedKeyUsage::ServerAuth | ExtendedKeyUsage::Any));
    if !allows && !is_root {
        let kind = FindingKind::EkuServerAuthMissing {
            certificate: certificate.name.clone(),
            is_leaf,
            usages: usages.clone(),
        };
        findings.push(judge.about(kind, certificate));
    }
}
