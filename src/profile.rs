//! The certificate profile: encoding rules from RFC 5280 §4 and the CA/Browser
//! Forum Baseline Requirements §7.1 that strict validators (rustls-webpki,
//! Go's crypto/x509, pyca/cryptography) enforce, judged by the certificate's
//! role on the path. Each broken rule is a `cert-profile-violation` naming
//! the rule and the exact fact.

use crate::certificate::Certificate;
use crate::input::Profile;

/// Whether `rule` is one of the Baseline Requirements' own, judged only
/// under [`Profile::Web`] (a private PKI is not bound by it).
pub fn web_pki_only(rule: &str) -> bool {
    matches!(rule, LEAF_IS_CA | LEAF_EKU_MISSING)
}

const LEAF_IS_CA: &str = "leaf-is-ca";
const LEAF_EKU_MISSING: &str = "leaf-eku-missing";

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
/// `rules` is [`Profile::Web`] or [`Profile::Rfc5280`]: the Baseline
/// Requirements' own rules (a CA certificate or a leaf without EKU serving
/// TLS) are judged only for the Web PKI, and
/// RFC 5280's demand that nameConstraints be critical only for private PKIs
/// (the Web PKI accepts it non-critical, as clients enforce it either way).
pub fn check(certificate: &Certificate, role: Role, issuer_has_ski: bool, rules: Profile) -> Vec<Violation> {
    let web = rules == Profile::Web;
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
    if let Some((critical, _, issuer, serial)) = facts.authority_key_id {
        if issuer != serial {
            out.push(violation("aki-issuer-serial", "authorityKeyIdentifier has only one of authorityCertIssuer and authorityCertSerialNumber (RFC 5280 §4.2.1.1: both or neither)"));
        }
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
    if !web && role != Role::Leaf && facts.name_constraints_critical == Some(false) {
        out.push(violation(
            "name-constraints-not-critical",
            "nameConstraints is not marked critical (RFC 5280 §4.2.1.10: MUST be critical)",
        ));
    }
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

    // Below the anchor: must say which key signed it. RFC 5280 §4.2.1.1
    // exempts self-signed certificates. A cross-signed CA used as a trust
    // anchor is not judged: limbo's own cve-2024-0567 success case anchors
    // at exactly such a certificate without an AKI.
    if role != Role::Root
        && !certificate.self_issued
        && issuer_has_ski
        && facts.authority_key_id.is_none_or(|(_, key_id, _, _)| !key_id)
        && facts.version >= 2
    {
        out.push(violation(
            "aki-missing",
            "there is no authorityKeyIdentifier key identifier (RFC 5280 §4.2.1.1: MUST be present)",
        ));
    }

    match role {
        Role::Leaf => {
            // A CA certificate serving TLS, or a leaf without EKU, is valid
            // for RFC 5280 but not for the Web PKI (BR §7.1.2.7). A
            // self-signed leaf is its own anchor, bound by neither.
            let web_leaf = web && !certificate.self_issued;
            if web_leaf && is_ca {
                out.push(violation(
                    LEAF_IS_CA,
                    "the certificate serving TLS is a CA certificate (basicConstraints cA=TRUE); BR §7.1.2.7.8 requires cA=FALSE",
                ));
            }
            if web_leaf && facts.extended_key_usage.is_none() {
                out.push(violation(
                    LEAF_EKU_MISSING,
                    "there is no extendedKeyUsage extension; BR §7.1.2.7.10 requires one with serverAuth",
                ));
            }
            for name in certificate.dns_names.iter().filter(|name| name.starts_with("*.")) {
                if crate::suffixes::is_public_suffix(&name[2..]) {
                    out.push(violation(
                        "wildcard-public-suffix",
                        format!(
                            "the wildcard \"{name}\" covers every domain under the public suffix \"{}\"; browsers do not honour it and CAs must not issue it (BR §3.2.2.6)",
                            &name[2..]
                        ),
                    ));
                }
            }
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
            // The key must be allowed to sign the handshake: TLS 1.3 and every
            // ECDHE suite sign with it (RFC 8446 §4.4.3, RFC 4492 §5.10), and
            // only the old RSA key exchange uses keyEncipherment instead.
            // Firefox, and Chrome for locally trusted roots, enforce this.
            if let Some(usage) = &certificate.key_usage {
                if !is_ca && !usage.iter().any(|u| u == "digitalSignature") {
                    let rsa_key_exchange =
                        certificate.key.algorithm == "RSA" && usage.iter().any(|u| u == "keyEncipherment");
                    out.push(violation(
                        "leaf-key-usage-tls",
                        if rsa_key_exchange {
                            format!(
                                "the keyUsage ({}) lacks digitalSignature, so the key may not sign a TLS 1.3 or ECDHE handshake; only the old RSA key exchange, which modern clients no longer offer, can use it (RFC 5280 §4.2.1.3, RFC 8446 §4.4.3)",
                                usage.join(", ")
                            )
                        } else {
                            format!(
                                "the keyUsage ({}) lacks digitalSignature, so no TLS handshake may use this key (RFC 5280 §4.2.1.3, RFC 8446 §4.4.3)",
                                usage.join(", ")
                            )
                        },
                    ));
                }
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
            // BR §7.1.4.3: a CN must repeat a SAN entry character for
            // character. A CN that names something else entirely is common
            // and harmless (clients ignore the CN, and limbo's own success
            // cases, Web PKI ones included, carry such CNs), so only a CN
            // that is *almost* a SAN entry is judged: another spelling of the
            // same name or address, which lenient clients would take for it.
            for cn in &facts.common_names {
                if let Some(reason) = cn_near_miss(cn, &certificate.dns_names, &certificate.ip_addresses) {
                    out.push(violation(
                        "cn-not-exactly-in-san",
                        format!("the common name \"{cn}\" {reason} (BR §7.1.4.3)"),
                    ));
                }
            }
            for name in &certificate.dns_names {
                if !valid_dns_name(name) {
                    out.push(violation(
                        "san-invalid",
                        format!("the DNS name \"{name}\" is not a valid host name (RFC 5280 §4.2.1.6)"),
                    ));
                }
            }
            for address in &certificate.ip_addresses {
                if address.starts_with("(invalid") {
                    out.push(violation(
                        "san-invalid",
                        format!("an IP address entry is malformed: {address} (RFC 5280 §4.2.1.6)"),
                    ));
                }
            }
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
                // Roots too: OpenSSL's X509_V_FLAG_X509_STRICT, which
                // Python 3.13+ turns on by default, checks the anchor as well
                // (rustls-webpki uses only its name and key).
                Some((true, false)) => out.push(violation("basic-constraints-not-critical", "basicConstraints is not marked critical (RFC 5280 §4.2.1.9: MUST be critical in CA certificates)")),
                _ => {}
            }
            // An intermediate without keyCertSign is reported as issuer-not-ca;
            // the root is not on the path, so it is judged here.
            if role == Role::Root
                && certificate
                    .key_usage
                    .as_ref()
                    .is_some_and(|usage| !usage.iter().any(|u| u == "keyCertSign"))
            {
                out.push(violation(
                    "root-key-cert-sign-missing",
                    "the root's keyUsage does not allow keyCertSign, so it may not sign certificates (RFC 5280 §4.2.1.3); OpenSSL refuses it as an issuer",
                ));
            }
            if facts.subject_empty {
                out.push(violation(
                    "ca-empty-subject",
                    "the CA certificate's subject is empty (RFC 5280 §4.1.2.6)",
                ));
            }
            // A root's AKI, if any, must carry a key identifier. That it
            // should *only* repeat its own (BR §7.1.2.1.3), and carry no EKU,
            // is not judged: clients use only a root's name and key, and the
            // web-platform-tests root (issuer and serial in its AKI, an EKU)
            // is accepted by rustls.
            if role == Role::Root && facts.authority_key_id.is_some_and(|(_, key_id, _, _)| !key_id) {
                out.push(violation(
                    "root-aki",
                    "the root's authorityKeyIdentifier has no key identifier (BR §7.1.2.1.3)",
                ));
            }
        }
    }
    out
}

/// Why `cn` is another spelling of a SAN entry, if it is.
fn cn_near_miss(cn: &str, dns_names: &[String], ip_addresses: &[String]) -> Option<String> {
    if dns_names.iter().chain(ip_addresses).any(|name| name == cn) {
        return None;
    }
    if !cn.is_ascii() {
        return Some("is not in its ASCII (punycode) form, as subjectAltName entries must be".into());
    }
    if let Some(address) = loose_ip(cn) {
        return Some(format!("is the address {address} written differently from the SAN entry"));
    }
    if dns_names.iter().any(|name| name.eq_ignore_ascii_case(cn)) {
        return Some("differs from a SAN entry only in letter case".into());
    }
    if cn.split('.').any(|label| label.starts_with("xn--")) {
        return Some("is an internationalised name that is not among the SAN entries".into());
    }
    None
}

/// An IP address in any spelling people or old parsers accept: RFC 5952,
/// uncompressed or upper-case IPv6, IPv4 with leading zeros or in hex.
fn loose_ip(text: &str) -> Option<std::net::IpAddr> {
    if let Ok(address) = text.parse::<std::net::IpAddr>() {
        return Some(address);
    }
    if let Some(hex) = text.strip_prefix("0x").or_else(|| text.strip_prefix("0X")) {
        return u32::from_str_radix(hex, 16)
            .ok()
            .map(|value| std::net::IpAddr::from(std::net::Ipv4Addr::from(value)));
    }
    let parts: Vec<&str> = text.split('.').collect();
    if parts.len() == 4
        && parts
            .iter()
            .all(|part| !part.is_empty() && part.len() <= 3 && part.bytes().all(|b| b.is_ascii_digit()))
    {
        let octets: Vec<u8> = parts.iter().filter_map(|part| part.parse::<u8>().ok()).collect();
        if let [a, b, c, d] = octets[..] {
            return Some(std::net::IpAddr::from([a, b, c, d]));
        }
    }
    None
}

/// A host name: dot-separated labels of letters, digits and hyphens (not at
/// either end), 1 to 63 characters each; a wildcard only as the whole first
/// label.
fn valid_dns_name(name: &str) -> bool {
    let name = name.strip_suffix('.').unwrap_or(name);
    let labels: Vec<&str> = name.split('.').collect();
    !name.is_empty()
        && name.len() <= 253
        && labels.iter().enumerate().all(|(position, label)| {
            (position == 0 && *label == "*")
                || (!label.is_empty()
                    && label.len() <= 63
                    && !label.starts_with('-')
                    && !label.ends_with('-')
                    && label.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'))
        })
}
