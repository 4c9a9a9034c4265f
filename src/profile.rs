//! The certificate profile: encoding rules from RFC 5280 §4 and the CA/Browser
//! Forum Baseline Requirements §7.1 that strict validators (rustls-webpki,
//! Go's crypto/x509, pyca/cryptography) enforce, judged by the certificate's
//! role on the path. Each broken rule is a `cert-profile-violation` naming
//! the rule and the exact fact.

use crate::certificate::Certificate;

/// Where a certificate sits on the path.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    Leaf,
    Intermediate,
    /// The trust anchor's own certificate (given in the bundle or as a root).
    Root,
}

/// A broken rule: a stable kebab-case id and what exactly is wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Violation {
    pub rule: &'static str,
    pub detail: String,
}

fn violation(rule: &'static str, detail: impl Into<String>) -> Violation {
    Violation { rule, detail: detail.into() }
}

/// Every profile rule `certificate` breaks in `role`. `issuer_has_ski` says
/// whether its issuer has a subjectKeyIdentifier to refer to (old v1 roots
/// do not, and their subordinates rightly carry no authorityKeyIdentifier).
pub fn check(certificate: &Certificate, role: Role, issuer_has_ski: bool) -> Vec<Violation> {
    let facts = &certificate.facts;
    let mut out = Vec::new();
    let is_ca = facts.basic_constraints.is_some_and(|(ca, _)| ca);

    // Every certificate.
    let serial = facts.serial.as_slice();
    if role == Role::Root {
        // Roots are trusted as given; their serial is not judged.
    } else if serial.iter().all(|byte| *byte == 0) {
        out.push(violation(
            "serial-zero",
            "the serial number is 0 (RFC 5280 §4.1.2.2 requires a positive integer)",
        ));
    } else if serial.len() > 20 {
        out.push(violation(
            "serial-too-long",
            format!(
                "the serial number is {} bytes long; at most 20 are allowed (RFC 5280 §4.1.2.2)",
                serial.len()
            ),
        ));
    }
    for extension in &facts.duplicate_extensions {
        out.push(violation(
            "duplicate-extension",
            format!("the extension {extension} appears twice (RFC 5280 §4.2)"),
        ));
    }
    if facts.signature_algorithm_mismatch {
        out.push(violation(
            "signature-algorithm-mismatch",
            "the signature algorithm inside the certificate differs from the one outside (RFC 5280 §4.1.1.2)",
        ));
    }
    if let Some((critical, _, _)) = facts.authority_key_id {
        if critical {
            out.push(violation(
                "aki-critical",
                "authorityKeyIdentifier is marked critical (RFC 5280 §4.2.1.1: MUST be non-critical)",
            ));
        }
    }
    if facts.subject_key_id_critical == Some(true) {
        out.push(violation(
            "ski-critical",
            "subjectKeyIdentifier is marked critical (RFC 5280 §4.2.1.2: MUST be non-critical)",
        ));
    }
    match facts.authority_info_access {
        Some((true, _)) => out.push(violation(
            "aia-critical",
            "authorityInfoAccess is marked critical (RFC 5280 §4.2.2.1: MUST be non-critical)",
        )),
        Some((false, false)) => {
            out.push(violation("aia-malformed", "the authorityInfoAccess extension cannot be read"))
        }
        _ => {}
    }
    // A non-critical nameConstraints breaks RFC 5280 §4.2.1.10, but the Web
    // PKI accepts it (and clients still enforce it), so it is not judged.
    if facts.policy_constraints_critical == Some(false) {
        out.push(violation(
            "policy-constraints-not-critical",
            "policyConstraints is not marked critical (RFC 5280 §4.2.1.11: MUST be critical)",
        ));
    }
    match facts.san_critical {
        Some(true) if !facts.subject_empty => out.push(violation(
            "san-critical-with-subject",
            "subjectAltName is critical although the subject is not empty (BR §7.1.2.7.12: MUST be non-critical)",
        )),
        Some(false) if facts.subject_empty => out.push(violation(
            "san-not-critical-with-empty-subject",
            "the subject is empty but subjectAltName is not critical (RFC 5280 §4.2.1.6: MUST be critical)",
        )),
        _ => {}
    }
    if certificate.key.algorithm == "RSA" && !certificate.key.bits.is_multiple_of(8) {
        out.push(violation(
            "rsa-modulus-size",
            format!(
                "the RSA modulus is {} bits, not a whole number of bytes (BR §6.1.5)",
                certificate.key.bits
            ),
        ));
    }
    match (certificate.key.algorithm.as_str(), certificate.key.curve.as_deref()) {
        ("DSA", _) => out.push(violation(
            "key-algorithm",
            "the key is DSA, which no current TLS client accepts (BR §6.1.5)",
        )),
        ("EC", Some(curve)) if !matches!(curve, "P-256" | "P-384" | "P-521") => {
            out.push(violation(
                "key-algorithm",
                format!(
                    "the key is on the curve {curve}; only P-256, P-384 and P-521 are allowed (BR §6.1.5)"
                ),
            ));
        }
        (algorithm, _) if algorithm.starts_with("unreadable") => {
            out.push(violation("key-algorithm", format!("the public key cannot be used: {algorithm}")));
        }
        _ => {}
    }

    // Below the anchor: must say which key signed it (roots are trusted as given).
    if role != Role::Root
        && issuer_has_ski
        && facts.authority_key_id.is_none_or(|(_, key_id, _)| !key_id)
        && facts.version >= 2
    {
        out.push(violation(
            "aki-missing",
            "there is no authorityKeyIdentifier key identifier (RFC 5280 §4.2.1.1: MUST be present)",
        ));
    }

    match role {
        Role::Leaf => {
            // A CA certificate used as the leaf, or a leaf without EKU, is
            // valid for RFC 5280 (limbo's rfc5280 cases) though not for the
            // BR profile; clients accept both, so neither is judged here.
            if !is_ca
                && certificate
                    .key_usage
                    .as_ref()
                    .is_some_and(|usage| usage.iter().any(|u| u == "keyCertSign"))
            {
                out.push(violation(
                    "leaf-key-cert-sign",
                    "the keyUsage allows keyCertSign but the certificate is not a CA (RFC 5280 §4.2.1.3)",
                ));
            }
            match facts.extended_key_usage {
                None => {}
                Some((critical, any)) => {
                    if critical {
                        out.push(violation(
                            "leaf-eku-critical",
                            "extendedKeyUsage is critical (BR §7.1.2.7.10: MUST NOT be critical)",
                        ));
                    }
                    if any {
                        out.push(violation(
                            "leaf-eku-any",
                            "extendedKeyUsage contains anyExtendedKeyUsage (BR §7.1.2.7.10 forbids it)",
                        ));
                    }
                }
            }
            // BR §7.1.4.3 wants a CN to repeat a SAN entry exactly, but
            // clients ignore the CN, and limbo's RFC 5280 cases treat a stray
            // CN as valid; it is not judged.
            for name in &certificate.dns_names {
                if name.contains('_') {
                    out.push(violation("dns-name-underscore", format!("the DNS name \"{name}\" contains an underscore, which host names may not (RFC 5280 §4.2.1.6, BR §7.1.4.2)")));
                }
            }
        }
        // A version 1 root (no extensions at all) is a valid trust anchor.
        Role::Root if facts.version < 2 => {}
        Role::Intermediate | Role::Root => {
            if facts.subject_key_id_critical.is_none() {
                out.push(violation(
                    "ski-missing",
                    "the CA certificate has no subjectKeyIdentifier (RFC 5280 §4.2.1.2: MUST be present)",
                ));
            }
            match facts.basic_constraints {
                None => out.push(violation("basic-constraints-missing", "the CA certificate has no basicConstraints (RFC 5280 §4.2.1.9)")),
                // Trust anchors are taken as given by clients (rustls-webpki
                // uses only their name and key), so only intermediates are held
                // to this.
                Some((true, false)) if role == Role::Intermediate => out.push(violation("basic-constraints-not-critical", "basicConstraints is not marked critical (RFC 5280 §4.2.1.9: MUST be critical in CA certificates)")),
                _ => {}
            }
            if facts.subject_empty {
                out.push(violation(
                    "ca-empty-subject",
                    "the CA certificate's subject is empty (RFC 5280 §4.1.2.6)",
                ));
            }
            // A root's own authorityKeyIdentifier and extendedKeyUsage break
            // the BR profile, but clients use only a root's name and key (the
            // web-platform-tests root has both and is accepted), so they are
            // not judged.
        }
    }
    out
}
