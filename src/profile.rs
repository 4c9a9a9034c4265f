//! The certificate profile: encoding rules from RFC 5280 §4 and the CA/Browser
//! Forum Baseline Requirements §7.1 that strict validators (rustls-webpki,
//! Go's crypto/x509, pyca/cryptography) enforce, judged by the certificate's
//! position on the path. Each broken rule is a [`Rule`] carrying the exact
//! facts; `finding::words` says it in each language.

use std::collections::HashSet;

use serde::Serialize;

use crate::certificate::{Certificate, ExtendedKeyUsage, KeyUsage};
use crate::keys::{KeyAlgorithm, KeyError, KeyUnsupported};
use crate::names::suffixes;
use crate::options::Profile;

/// Where a certificate sits on the path, as the profile sees it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Position {
    Leaf,
    Intermediate,
    /// The trust anchor's own certificate (given in the bundle or as a root).
    Root,
}

/// A broken rule: its stable kebab-case id (`rule` in JSON) and the facts.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "transfer", derive(bincode::Encode, bincode::Decode))]
#[serde(tag = "rule", rename_all = "kebab-case")]
#[non_exhaustive]
pub enum Rule {
    /// RFC 5280 §4.1.2.2: a positive serial number.
    SerialZero,
    /// RFC 5280 §4.1.2.2: a positive serial number; this one's DER INTEGER
    /// has its sign bit set.
    SerialNegative,
    /// RFC 5280 §4.1.2.2: at most 20 bytes.
    SerialTooLong { bytes: usize },
    /// RFC 5280 §4.2: each extension at most once.
    DuplicateExtension { extension: String },
    /// RFC 5280 §4.1.1.2: the same algorithm inside and outside.
    SignatureAlgorithmMismatch,
    /// RFC 5280 §4.2.1.1: authorityCertIssuer and authorityCertSerialNumber
    /// both or neither.
    AkiIssuerSerial,
    /// RFC 5280 §4.2.1.1: non-critical.
    AkiCritical,
    /// RFC 5280 §4.2.1.2: non-critical.
    SkiCritical,
    /// RFC 5280 §4.2.2.1: non-critical.
    AiaCritical,
    /// The authorityInfoAccess extension cannot be read.
    AiaMalformed,
    /// RFC 5280 §4.2.1.10: critical.
    NameConstraintsNotCritical,
    /// RFC 5280 §4.2.1.11: critical.
    PolicyConstraintsNotCritical,
    /// BR §7.1.2.7.12: non-critical when the subject is not empty.
    SanCriticalWithSubject,
    /// RFC 5280 §4.2.1.6: critical when the subject is empty.
    SanNotCriticalWithEmptySubject,
    /// BR §6.1.5: a whole number of bytes.
    RsaModulusSize { bits: usize },
    /// BR §6.1.5: RSA, or ECDSA on P-256/P-384/P-521.
    KeyAlgorithm { key: KeyDefect },
    /// RFC 5280 §4.2.1.1: an authorityKeyIdentifier with a key identifier.
    AkiMissing,
    /// RFC 5280 §4.2.1.1: the authorityKeyIdentifier's key identifier is the
    /// issuer's subjectKeyIdentifier. Judged with the path (chain::path),
    /// which knows the issuer.
    AkiMismatch { issuer: String, aki: String, ski: String },
    /// BR §7.1.2.7.8: a TLS server certificate is not a CA.
    LeafIsCa,
    /// BR §7.1.2.7.10: a TLS server certificate has an extendedKeyUsage.
    LeafEkuMissing,
    /// BR §3.2.2.6: no wildcard directly over a public suffix.
    WildcardPublicSuffix { name: String, suffix: String },
    /// RFC 5280 §4.2.1.3: keyCertSign only on CAs.
    LeafKeyCertSign,
    /// RFC 5280 §4.2.1.3, RFC 8446 §4.4.3: a TLS key must sign handshakes.
    LeafKeyUsageTls { usages: Vec<KeyUsage>, rsa_key_exchange: bool },
    /// A Netscape certificate type extension on the leaf that does not
    /// allow a TLS server: no rule of RFC 5280, but OpenSSL's and Java's
    /// purpose checks read it.
    NsCertTypeForbids,
    /// A TLS Feature extension listing status_request (RFC 7633, "OCSP
    /// must-staple"): Firefox refuses the certificate unless the server
    /// staples an OCSP response; `ocsp`: whether the certificate names an
    /// OCSP responder to get one from.
    MustStaple { ocsp: bool },
    /// BR §7.1.2.7.10: extendedKeyUsage non-critical.
    LeafEkuCritical,
    /// BR §7.1.2.7.10: no anyExtendedKeyUsage.
    LeafEkuAny,
    /// An RSASSA-PSS signature whose salt is not as long as its hash (RFC
    /// 4055 allows it; OpenSSL 3 signs with the longest salt by default).
    PssSaltLength { salt: usize, hash: usize },
    /// An extendedKeyUsage that allows any purpose but does not name
    /// serverAuth, on the leaf or a CA: valid for RFC 5280 (§4.2.1.12), but
    /// not every client takes anyExtendedKeyUsage for serverAuth.
    EkuAnyWithoutServerAuth,
    /// BR §7.1.2.7.10: no codeSigning, emailProtection, timeStamping or
    /// OCSPSigning next to serverAuth.
    LeafEkuForbidden { usages: Vec<ExtendedKeyUsage> },
    /// RFC 5280 §4.1.2.4: the issuer field is encoded as the issuer's
    /// subject is. The names match by RFC 5280's comparison (§7.1), so
    /// certdoctor, OpenSSL and Chrome find the issuer; clients that compare
    /// the bytes (Go, rustls, Firefox's NSS) do not.
    IssuerEncodingDiffers { issuer: String },
    /// BR §7.1.4.3: a common name repeats a SAN entry exactly.
    CnNotExactlyInSan { cn: String, difference: CnDifference },
    /// RFC 5280 §4.2.1.6: SAN entries are valid names.
    SanInvalid { entry: String },
    /// RFC 5280 §4.2.1.6, BR §7.1.4.2: no underscore in host names.
    DnsNameUnderscore { name: String },
    /// RFC 5280 §4.2.1.2: CA certificates have a subjectKeyIdentifier.
    SkiMissing,
    /// RFC 5280 §4.2.1.9: CA certificates have basicConstraints.
    BasicConstraintsMissing,
    /// RFC 5280 §4.2.1.9: critical in CA certificates.
    BasicConstraintsNotCritical,
    /// RFC 5280 §4.2.1.9: a version 3 root asserts cA to sign certificates.
    /// `says_not_ca`: its basicConstraints says cA=FALSE; otherwise it has
    /// neither basicConstraints nor a keyUsage that would let OpenSSL
    /// tolerate it as a CA.
    RootNotCa { says_not_ca: bool },
    /// RFC 5280 §4.2.1.3: a root that signs certificates allows keyCertSign.
    RootKeyCertSignMissing,
    /// RFC 5280 §4.2.1.3: CA certificates have keyUsage (OpenSSL's default
    /// `v3_ca` section leaves it out).
    CaKeyUsageMissing,
    /// RFC 5280 §4.2.1.9: a pathLenConstraint only where cA is asserted and
    /// keyUsage allows keyCertSign.
    PathLenWithoutCa,
    /// RFC 5280 §4.1.2.6: CA certificates have a subject.
    CaEmptySubject,
    /// BR §7.1.2.1.3: a root's authorityKeyIdentifier has a key identifier.
    RootAki,
}

/// What is wrong with a certificate's key (BR §6.1.5).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "transfer", derive(bincode::Encode, bincode::Decode))]
#[serde(tag = "defect", rename_all = "kebab-case")]
pub enum KeyDefect {
    /// The server's own key is DSA: no TLS 1.3 scheme and no default
    /// cipher of the browsers, OpenSSL 3, Go or rustls signs with it.
    Dsa,
    /// A CA's key is DSA: OpenSSL and Java verify the certificates it
    /// signs; BoringSSL (Chrome, Android), NSS, Apple, Go (since 1.16) and
    /// rustls-webpki verify no DSA signature.
    CaDsa,
    Curve { curve: String },
    /// An Ed25519 key (RFC 8410): allowed by RFC 5280, not by BR §6.1.5,
    /// and not implemented in certificates by the browsers and platforms.
    Ed25519,
    /// An Ed448 key (RFC 8410): fewer clients still.
    Ed448,
    /// A key-agreement key (X25519, X448) that cannot sign anything.
    CannotSign { algorithm: String },
    /// An algorithm no client in the matrix implements, by OID.
    Unknown { algorithm: String },
    /// The server's own key on P-521: allowed for CAs' signatures, but
    /// Chromium's and Android's TLS stacks and Windows' default curve list
    /// no longer offer it for the handshake signature.
    HandshakeCurve { curve: String },
    /// A CA's key on another curve (secp256k1, brainpool): OpenSSL verifies
    /// the certificates it signs, the browsers, Apple's and Android's
    /// verifiers, Java since 16, Go and rustls-webpki implement no such
    /// curve. (The server's own key on one is `Curve`: no TLS stack offers
    /// it for the handshake.)
    CaCurve { curve: String },
    /// An EC key with its curve spelled out (explicit parameters) rather
    /// than named, as `openssl ecparam -param_enc explicit` writes it.
    ExplicitCurve,
    Unreadable,
}

/// How a common name differs from the SAN entry it almost is.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "transfer", derive(bincode::Encode, bincode::Decode))]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum CnDifference {
    /// Not in the ASCII (punycode) form SAN entries must use.
    NotAscii,
    /// The same address written another way.
    AddressSpelling { address: String },
    /// Only the letter case differs.
    LetterCase,
    /// An internationalised name that is not among the SAN entries.
    UnlistedIdn,
}

impl Rule {
    /// The stable id, as in JSON.
    pub fn id(&self) -> &'static str {
        match self {
            Self::SerialZero => "serial-zero",
            Self::SerialNegative => "serial-negative",
            Self::SerialTooLong { .. } => "serial-too-long",
            Self::DuplicateExtension { .. } => "duplicate-extension",
            Self::SignatureAlgorithmMismatch => "signature-algorithm-mismatch",
            Self::AkiIssuerSerial => "aki-issuer-serial",
            Self::AkiCritical => "aki-critical",
            Self::SkiCritical => "ski-critical",
            Self::AiaCritical => "aia-critical",
            Self::AiaMalformed => "aia-malformed",
            Self::NameConstraintsNotCritical => "name-constraints-not-critical",
            Self::PolicyConstraintsNotCritical => "policy-constraints-not-critical",
            Self::SanCriticalWithSubject => "san-critical-with-subject",
            Self::SanNotCriticalWithEmptySubject => "san-not-critical-with-empty-subject",
            Self::RsaModulusSize { .. } => "rsa-modulus-size",
            Self::KeyAlgorithm { .. } => "key-algorithm",
            Self::AkiMissing => "aki-missing",
            Self::AkiMismatch { .. } => "aki-mismatch",
            Self::LeafIsCa => "leaf-is-ca",
            Self::LeafEkuMissing => "leaf-eku-missing",
            Self::WildcardPublicSuffix { .. } => "wildcard-public-suffix",
            Self::LeafKeyCertSign => "leaf-key-cert-sign",
            Self::LeafKeyUsageTls { .. } => "leaf-key-usage-tls",
            Self::NsCertTypeForbids => "ns-cert-type-forbids",
            Self::MustStaple { .. } => "must-staple",
            Self::LeafEkuCritical => "leaf-eku-critical",
            Self::LeafEkuAny => "leaf-eku-any",
            Self::PssSaltLength { .. } => "pss-salt-length",
            Self::EkuAnyWithoutServerAuth => "eku-any-without-server-auth",
            Self::LeafEkuForbidden { .. } => "leaf-eku-forbidden",
            Self::IssuerEncodingDiffers { .. } => "issuer-encoding-differs",
            Self::CnNotExactlyInSan { .. } => "cn-not-exactly-in-san",
            Self::SanInvalid { .. } => "san-invalid",
            Self::DnsNameUnderscore { .. } => "dns-name-underscore",
            Self::SkiMissing => "ski-missing",
            Self::BasicConstraintsMissing => "basic-constraints-missing",
            Self::BasicConstraintsNotCritical => "basic-constraints-not-critical",
            Self::RootNotCa { .. } => "root-not-ca",
            Self::RootKeyCertSignMissing => "root-key-cert-sign-missing",
            Self::CaKeyUsageMissing => "ca-key-usage-missing",
            Self::PathLenWithoutCa => "path-len-without-ca",
            Self::CaEmptySubject => "ca-empty-subject",
            Self::RootAki => "root-aki",
        }
    }

    /// Whether this is one of the Baseline Requirements' own rules, judged
    /// only under [`Profile::Web`] (a private PKI is not bound by it). The
    /// BR rules that are also about what clients accept (key algorithms
    /// clients cannot use, a wildcard over a public suffix, which browsers
    /// ignore under any root) are judged under both.
    pub fn web_pki_only(&self) -> bool {
        matches!(
            self,
            Self::LeafIsCa
                | Self::LeafEkuMissing
                | Self::SanCriticalWithSubject
                | Self::RsaModulusSize { .. }
                | Self::LeafEkuCritical
                | Self::LeafEkuAny
                | Self::LeafEkuForbidden { .. }
                | Self::CnNotExactlyInSan { .. }
                | Self::RootAki
        )
    }

    /// Whether clients enforce this Web PKI rule under any root, a private
    /// one too: Firefox (mozilla::pkix `CA_CERT_USED_AS_END_ENTITY`) and
    /// rustls-webpki (`CaUsedAsEndEntity`) refuse a CA certificate as the
    /// server's, and Apple requires an EKU with serverAuth (HT210176).
    pub fn enforced_under_any_root(&self) -> bool {
        matches!(self, Self::LeafIsCa | Self::LeafEkuMissing)
    }

    /// Whether this is no rule of RFC 5280 at all but a fact about what
    /// clients implement (Ed25519 and Ed448 are RFC 8410's, P-521 RFC
    /// 5480's, anyExtendedKeyUsage RFC 5280's own): judged for the Web PKI
    /// and by clients, not for a strict RFC 5280 client.
    pub fn client_support_only(&self) -> bool {
        matches!(
            self,
            Self::KeyAlgorithm {
                key: KeyDefect::Ed25519
                    | KeyDefect::Ed448
                    | KeyDefect::HandshakeCurve { .. }
                    | KeyDefect::CaCurve { .. }
                    | KeyDefect::CaDsa
            }
                | Self::EkuAnyWithoutServerAuth
                | Self::NsCertTypeForbids
                | Self::MustStaple { .. }
                | Self::PssSaltLength { .. }
        )
    }
}

/// Every profile rule `certificate` breaks at `position`. `issuer_has_ski`
/// says whether its issuer has a subjectKeyIdentifier to refer to (old v1
/// roots do not, and their subordinates rightly carry no
/// authorityKeyIdentifier). `profile` is [`Profile::Web`] or
/// [`Profile::Rfc5280`]: the Baseline Requirements' own rules are judged only
/// for the Web PKI, and RFC 5280's demand that nameConstraints be critical
/// only for private PKIs (the Web PKI accepts it non-critical, as clients
/// enforce it either way). `by_clients` (`--profile auto`) keeps, for a
/// private PKI too, the Baseline Requirements rules clients enforce under
/// any root ([`Rule::enforced_under_any_root`]).
pub fn check(
    certificate: &Certificate,
    position: Position,
    issuer_has_ski: bool,
    profile: Profile,
    by_clients: bool,
) -> Vec<Rule> {
    let mut out = Vec::new();
    encoding(certificate, position, profile, &mut out);
    key(certificate, position, &mut out);
    if position != Position::Root
        && !certificate.self_issued
        && issuer_has_ski
        && certificate.facts.authority_key_id.is_none_or(|aki| !aki.key_identifier)
        && certificate.facts.version >= 2
    {
        // Below the anchor: must say which key signed it. RFC 5280 §4.2.1.1
        // exempts self-signed certificates. A cross-signed CA used as a trust
        // anchor is not judged: limbo's own cve-2024-0567 success case anchors
        // at exactly such a certificate without an AKI.
        out.push(Rule::AkiMissing);
    }
    let usages = certificate.extended_key_usage.as_deref().unwrap_or_default();
    if position != Position::Root
        && usages.contains(&ExtendedKeyUsage::Any)
        && !usages.contains(&ExtendedKeyUsage::ServerAuth)
    {
        out.push(Rule::EkuAnyWithoutServerAuth);
    }
    match position {
        Position::Leaf => {
            leaf(certificate, &mut out);
            leaf_names(certificate, &mut out);
        }
        // A version 1 root (no extensions at all) is a valid trust anchor.
        Position::Root if certificate.facts.version < 2 => {}
        Position::Intermediate | Position::Root => ca(certificate, position, &mut out),
    }
    out.retain(|rule| {
        profile == Profile::Web
            || by_clients && (!rule.web_pki_only() || rule.enforced_under_any_root())
            || !rule.web_pki_only() && !rule.client_support_only()
    });
    out
}

/// Rules for every certificate: serial, extension encodings.
fn encoding(certificate: &Certificate, position: Position, profile: Profile, out: &mut Vec<Rule>) {
    let facts = &certificate.facts;
    let serial = facts.serial.as_slice();
    // Roots are trusted as given; their serial is not judged.
    if position != Position::Root {
        if serial.iter().all(|byte| *byte == 0) {
            out.push(Rule::SerialZero);
        } else if serial.first().is_some_and(|byte| byte & 0x80 != 0) {
            out.push(Rule::SerialNegative);
        } else if serial.len() > 20 {
            out.push(Rule::SerialTooLong { bytes: serial.len() });
        }
    }
    let is_ca = facts.basic_constraints.is_some_and(|constraints| constraints.ca);
    if certificate.path_len.is_some() && !(is_ca && certificate.key_usage_allows(KeyUsage::KeyCertSign)) {
        out.push(Rule::PathLenWithoutCa);
    }
    out.extend(
        facts
            .duplicate_extensions
            .iter()
            .map(|extension| Rule::DuplicateExtension { extension: extension.clone() }),
    );
    if facts.signature_algorithm_mismatch {
        out.push(Rule::SignatureAlgorithmMismatch);
    }
    // A root's own signature is checked by no one.
    if let Some((salt, hash)) = facts.pss_salt.filter(|_| position != Position::Root) {
        out.push(Rule::PssSaltLength { salt, hash });
    }
    if let Some(aki) = facts.authority_key_id {
        if aki.issuer != aki.serial {
            out.push(Rule::AkiIssuerSerial);
        }
        if aki.critical {
            out.push(Rule::AkiCritical);
        }
    }
    if facts.subject_key_id_critical == Some(true) {
        out.push(Rule::SkiCritical);
    }
    match facts.authority_info_access {
        Some(aia) if aia.critical => out.push(Rule::AiaCritical),
        Some(aia) if !aia.readable => out.push(Rule::AiaMalformed),
        _ => {}
    }
    if profile != Profile::Web && position != Position::Leaf && facts.name_constraints_critical == Some(false)
    {
        out.push(Rule::NameConstraintsNotCritical);
    }
    if facts.policy_constraints_critical == Some(false) {
        out.push(Rule::PolicyConstraintsNotCritical);
    }
    match facts.san_critical {
        Some(true) if !facts.subject_empty => out.push(Rule::SanCriticalWithSubject),
        Some(false) if facts.subject_empty => out.push(Rule::SanNotCriticalWithEmptySubject),
        _ => {}
    }
}

/// BR §6.1.5: the key's algorithm and size, and whether the clients can
/// use it where it sits: a CA's key to check the signatures it made, the
/// leaf's to check the server's handshake signature.
fn key(certificate: &Certificate, position: Position, out: &mut Vec<Rule>) {
    let key = &certificate.key;
    if key.algorithm == KeyAlgorithm::Rsa && !key.bits.is_multiple_of(8) {
        out.push(Rule::RsaModulusSize { bits: key.bits });
    }
    let defect = match &key.algorithm {
        KeyAlgorithm::Dsa => Some(if position == Position::Leaf { KeyDefect::Dsa } else { KeyDefect::CaDsa }),
        KeyAlgorithm::Ec if key.curve.is_some() && !key.on_tls_curve() => {
            let curve = key.curve.clone().unwrap_or_default();
            Some(if position == Position::Leaf { KeyDefect::Curve { curve } } else { KeyDefect::CaCurve { curve } })
        }
        KeyAlgorithm::Ec if position == Position::Leaf && key.curve.as_deref() == Some("P-521") => {
            Some(KeyDefect::HandshakeCurve { curve: "P-521".into() })
        }
        KeyAlgorithm::Ed25519 => Some(KeyDefect::Ed25519),
        KeyAlgorithm::Ed448 => Some(KeyDefect::Ed448),
        KeyAlgorithm::X25519 | KeyAlgorithm::X448 => {
            Some(KeyDefect::CannotSign { algorithm: key.algorithm.name().to_string() })
        }
        KeyAlgorithm::Other(algorithm) => Some(KeyDefect::Unknown { algorithm: algorithm.clone() }),
        KeyAlgorithm::Unreadable
            if key.problem == Some(KeyError::Unsupported { reason: KeyUnsupported::ExplicitCurve }) =>
        {
            Some(KeyDefect::ExplicitCurve)
        }
        KeyAlgorithm::Unreadable => Some(KeyDefect::Unreadable),
        KeyAlgorithm::Rsa | KeyAlgorithm::Ec => None,
    };
    if let Some(key) = defect {
        out.push(Rule::KeyAlgorithm { key });
    }
}

/// Rules for the certificate that serves TLS.
fn leaf(certificate: &Certificate, out: &mut Vec<Rule>) {
    let facts = &certificate.facts;
    let is_ca = facts.basic_constraints.is_some_and(|constraints| constraints.ca);
    // A CA certificate serving TLS, or a leaf without EKU, is valid for
    // RFC 5280 but not for the Web PKI (BR §7.1.2.7). A self-signed leaf is
    // its own anchor, bound by neither.
    let web_leaf = !certificate.self_issued;
    if web_leaf && is_ca {
        out.push(Rule::LeafIsCa);
    }
    if web_leaf && facts.extended_key_usage.is_none() {
        out.push(Rule::LeafEkuMissing);
    }
    // On a CA, OpenSSL reads nsCertType only when basicConstraints is
    // missing (check_ssl_ca), which is judged as such.
    if facts.ns_cert_type.is_some_and(|types| !types.ssl_server) {
        out.push(Rule::NsCertTypeForbids);
    }
    if facts.must_staple {
        out.push(Rule::MustStaple { ocsp: !certificate.ocsp.is_empty() });
    }
    if !is_ca && certificate.key_usage.as_ref().is_some_and(|usages| usages.contains(&KeyUsage::KeyCertSign))
    {
        out.push(Rule::LeafKeyCertSign);
    }
    // The key must be allowed to sign the handshake: TLS 1.3 and every
    // ECDHE suite sign with it (RFC 8446 §4.4.3, RFC 4492 §5.10), and only
    // the old RSA key exchange uses keyEncipherment instead. Firefox, and
    // Chrome for locally trusted roots, enforce this.
    if let Some(usages) = &certificate.key_usage {
        if !is_ca && !usages.contains(&KeyUsage::DigitalSignature) {
            let rsa_key_exchange =
                certificate.key.algorithm == KeyAlgorithm::Rsa && usages.contains(&KeyUsage::KeyEncipherment);
            out.push(Rule::LeafKeyUsageTls { usages: usages.clone(), rsa_key_exchange });
        }
    }
    if let Some(eku) = facts.extended_key_usage {
        if eku.critical {
            out.push(Rule::LeafEkuCritical);
        }
        let usages = certificate.extended_key_usage.as_deref().unwrap_or_default();
        if usages.contains(&ExtendedKeyUsage::Any) {
            out.push(Rule::LeafEkuAny);
        }
        let forbidden: Vec<ExtendedKeyUsage> = usages
            .iter()
            .filter(|usage| {
                matches!(
                    usage,
                    ExtendedKeyUsage::CodeSigning
                        | ExtendedKeyUsage::EmailProtection
                        | ExtendedKeyUsage::TimeStamping
                        | ExtendedKeyUsage::OcspSigning
                )
            })
            .cloned()
            .collect();
        if usages.contains(&ExtendedKeyUsage::ServerAuth) && !forbidden.is_empty() {
            out.push(Rule::LeafEkuForbidden { usages: forbidden });
        }
    }
}

/// Rules for the leaf's names.
fn leaf_names(certificate: &Certificate, out: &mut Vec<Rule>) {
    for name in &certificate.dns_names {
        if let Some(suffix) = name.strip_prefix("*.").filter(|suffix| suffixes::is_public_suffix(suffix)) {
            out.push(Rule::WildcardPublicSuffix { name: name.clone(), suffix: suffix.to_string() });
        }
    }
    // BR §7.1.4.3: a CN must repeat a SAN entry character for character. A
    // CN that names something else entirely is common and harmless (clients
    // ignore the CN, and limbo's own success cases, Web PKI ones included,
    // carry such CNs), so only a CN that is *almost* a SAN entry is judged:
    // another spelling of the same name or address, which lenient clients
    // would take for it.
    let entries = SanEntries::of(certificate);
    for cn in &certificate.facts.common_names {
        if let Some(difference) = entries.near_miss(cn) {
            out.push(Rule::CnNotExactlyInSan { cn: cn.clone(), difference });
        }
    }
    for name in certificate.dns_names.iter().filter(|name| !valid_dns_name(name)) {
        out.push(Rule::SanInvalid { entry: name.clone() });
    }
    for address in certificate.ip_addresses.iter().filter(|address| address.starts_with("(invalid")) {
        out.push(Rule::SanInvalid { entry: address.clone() });
    }
    for name in certificate.dns_names.iter().filter(|name| name.contains('_')) {
        out.push(Rule::DnsNameUnderscore { name: name.clone() });
    }
}

/// Rules for CA certificates: intermediates and roots with extensions.
fn ca(certificate: &Certificate, position: Position, out: &mut Vec<Rule>) {
    let facts = &certificate.facts;
    if facts.subject_key_id_critical.is_none() {
        out.push(Rule::SkiMissing);
    }
    match facts.basic_constraints {
        // A root without basicConstraints but with a keyUsage that allows
        // keyCertSign is still taken as a CA by OpenSSL (X509_check_ca: "if
        // key usage present it must have certSign so tolerate it"); without
        // either it is not.
        None if position == Position::Root && certificate.key_usage.is_none() => {
            out.push(Rule::RootNotCa { says_not_ca: false })
        }
        None => out.push(Rule::BasicConstraintsMissing),
        // Roots too: OpenSSL's X509_V_FLAG_X509_STRICT, which Python 3.13+
        // turns on by default, checks the anchor as well (rustls-webpki uses
        // only its name and key).
        Some(constraints) if constraints.ca && !constraints.critical => {
            out.push(Rule::BasicConstraintsNotCritical)
        }
        // An intermediate with cA=FALSE is reported as issuer-not-ca; the
        // root is not on the path, so it is judged here.
        Some(constraints) if !constraints.ca && position == Position::Root => {
            out.push(Rule::RootNotCa { says_not_ca: true })
        }
        _ => {}
    }
    // An intermediate without keyCertSign is reported as issuer-not-ca; the
    // root is not on the path, so it is judged here.
    if position == Position::Root && !certificate.key_usage_allows(KeyUsage::KeyCertSign) {
        out.push(Rule::RootKeyCertSignMissing);
    }
    // A CA without keyUsage at all, the root too (the strict check covers
    // the anchor, as `openssl verify -x509_strict` shows: error 92 at the
    // root's depth).
    if facts.basic_constraints.is_some_and(|constraints| constraints.ca) && certificate.key_usage.is_none() {
        out.push(Rule::CaKeyUsageMissing);
    }
    if facts.subject_empty {
        out.push(Rule::CaEmptySubject);
    }
    // A root's AKI, if any, must carry a key identifier. That it should
    // *only* repeat its own (BR §7.1.2.1.3), and carry no EKU, is not judged:
    // clients use only a root's name and key, and the web-platform-tests
    // root (issuer and serial in its AKI, an EKU) is accepted by rustls.
    if position == Position::Root && facts.authority_key_id.is_some_and(|aki| !aki.key_identifier) {
        out.push(Rule::RootAki);
    }
}

/// A certificate's SAN entries, looked up once per common name: a hostile
/// certificate may carry tens of thousands of both.
struct SanEntries<'a> {
    exact: HashSet<&'a str>,
    lower_case: HashSet<String>,
}

impl<'a> SanEntries<'a> {
    fn of(certificate: &'a Certificate) -> Self {
        let exact =
            certificate.dns_names.iter().chain(&certificate.ip_addresses).map(String::as_str).collect();
        let lower_case = certificate.dns_names.iter().map(|name| name.to_ascii_lowercase()).collect();
        Self { exact, lower_case }
    }

    /// How `cn` is another spelling of a SAN entry, if it is.
    fn near_miss(&self, cn: &str) -> Option<CnDifference> {
        if self.exact.contains(cn) {
            return None;
        }
        if !cn.is_ascii() {
            // The Unicode form of a SAN entry: BR §7.1.4.3 asks for the
            // A-label, but no client compares the CN with the SAN, and the
            // name is the same one.
            let ascii = crate::names::idna::to_ascii(cn);
            if self.exact.contains(ascii.as_str()) || self.lower_case.contains(&ascii) {
                return None;
            }
            return Some(CnDifference::NotAscii);
        }
        if let Some(address) = loose_ip(cn) {
            return Some(CnDifference::AddressSpelling { address: address.to_string() });
        }
        if self.lower_case.contains(&cn.to_ascii_lowercase()) {
            return Some(CnDifference::LetterCase);
        }
        if cn.split('.').any(|label| label.starts_with("xn--")) {
            return Some(CnDifference::UnlistedIdn);
        }
        None
    }
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
/// label; no trailing dot (RFC 5280 §4.2.1.6: the preferred name syntax).
fn valid_dns_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 253
        && name.split('.').enumerate().all(|(position, label)| {
            (position == 0 && label == "*")
                || (!label.is_empty()
                    && label.len() <= 63
                    && !label.starts_with('-')
                    && !label.ends_with('-')
                    && label.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_names_that_almost_are_san_entries() {
        let dns = ["www.example.com".to_string(), "xn--bcher-kva.example".to_string()];
        let ips = ["192.0.2.1".to_string()];
        let cases: [(&str, Option<CnDifference>); 8] = [
            ("www.example.com", None),
            ("elsewhere.example", None),
            ("WWW.Example.com", Some(CnDifference::LetterCase)),
            // The U-label of a SAN entry is the same name; another one is not.
            ("bücher.example", None),
            ("münchen.example", Some(CnDifference::NotAscii)),
            ("192.000.002.001", Some(CnDifference::AddressSpelling { address: "192.0.2.1".into() })),
            ("0xC0000201", Some(CnDifference::AddressSpelling { address: "192.0.2.1".into() })),
            ("xn--mnchen-3ya.de", Some(CnDifference::UnlistedIdn)),
        ];
        let entries = SanEntries {
            exact: dns.iter().chain(&ips).map(String::as_str).collect(),
            lower_case: dns.iter().map(|name| name.to_ascii_lowercase()).collect(),
        };
        for (cn, expected) in cases {
            assert_eq!(entries.near_miss(cn), expected, "{cn}");
        }
    }

    #[test]
    fn host_name_syntax() {
        let cases = [
            ("example.com", true),
            ("*.example.com", true),
            // An absolute name: RFC 5280 §4.2.1.6 has no trailing dot.
            ("example.com.", false),
            ("a.*.example.com", false),
            ("-bad.example", false),
            ("", false),
            ("exa mple.com", false),
        ];
        for (name, valid) in cases {
            assert_eq!(valid_dns_name(name), valid, "{name}");
        }
    }

    #[test]
    fn rule_ids_are_what_json_says() {
        let rules = [
            Rule::SerialTooLong { bytes: 21 },
            Rule::LeafIsCa,
            Rule::KeyAlgorithm { key: KeyDefect::Dsa },
            Rule::CnNotExactlyInSan { cn: "x".into(), difference: CnDifference::LetterCase },
        ];
        for rule in rules {
            assert_eq!(serde_json::to_value(&rule).unwrap()["rule"], rule.id());
        }
        assert!(Rule::LeafEkuMissing.web_pki_only() && !Rule::AkiMissing.web_pki_only());
    }
}

#[cfg(test)]
mod table {
    use super::*;
    use crate::certificate::Source;
    use rcgen::{
        BasicConstraints, CertificateParams, DnType, ExtendedKeyUsagePurpose, IsCa, KeyPair, KeyUsagePurpose,
        SerialNumber,
    };

    fn leaf() -> CertificateParams {
        let mut params = CertificateParams::new(vec!["rules.example".to_string()]).unwrap();
        params.distinguished_name.push(DnType::CommonName, "rules.example");
        params.extended_key_usages = vec![ExtendedKeyUsagePurpose::ServerAuth];
        params.key_usages = vec![KeyUsagePurpose::DigitalSignature];
        params.serial_number = Some(SerialNumber::from_slice(&[0x10, 0x01]));
        params
    }

    fn der_of(params: CertificateParams) -> Vec<u8> {
        let issuer_key = KeyPair::generate().unwrap();
        let mut issuer = CertificateParams::new(Vec::<String>::new()).unwrap();
        issuer.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        let issuer = rcgen::CertifiedIssuer::self_signed(issuer, issuer_key).unwrap();
        params.signed_by(&KeyPair::generate().unwrap(), &issuer).unwrap().der().to_vec()
    }

    fn rules_of(params: CertificateParams, position: Position, profile: Profile) -> Vec<&'static str> {
        rules_of_der(&der_of(params), position, profile)
    }

    fn rules_of_der(der: &[u8], position: Position, profile: Profile) -> Vec<&'static str> {
        let certificate = Certificate::from_der(der, 0, 0, Source::Bundle).unwrap();
        // No issuer key identifier to refer to: the AKI rule is left out.
        check(&certificate, position, false, profile, false).iter().map(Rule::id).collect()
    }

    /// rcgen writes serials as positive integers; the sign bit is set in
    /// the DER afterwards (the signature no longer matches, which the
    /// profile does not look at).
    #[test]
    fn a_negative_serial_is_named_and_a_positive_one_with_a_leading_zero_is_not() {
        let with_serial = |serial: &[u8]| {
            let mut params = leaf();
            params.serial_number = Some(SerialNumber::from_slice(serial));
            der_of(params)
        };
        // 0x90 0x01 is written as 00 90 01 (positive).
        assert_eq!(rules_of_der(&with_serial(&[0x90, 0x01]), Position::Leaf, Profile::Web), Vec::<&str>::new());
        let mut der = with_serial(&[0x10, 0x01]);
        let at = der.windows(4).position(|window| window == [0x02, 0x02, 0x10, 0x01]).unwrap();
        der[at + 2] = 0x90;
        assert_eq!(rules_of_der(&der, Position::Leaf, Profile::Web), ["serial-negative"]);
        assert!(rules_of_der(&der, Position::Intermediate, Profile::Rfc5280).contains(&"serial-negative"));
        // Roots are trusted as given.
        assert!(!rules_of_der(&der, Position::Root, Profile::Web).contains(&"serial-negative"));
    }

    #[test]
    fn rules_by_position_and_profile() {
        let with = |change: fn(&mut CertificateParams)| {
            let mut params = leaf();
            change(&mut params);
            params
        };
        type Case = (&'static str, CertificateParams, Position, Profile, &'static [&'static str]);
        let cases: Vec<Case> = vec![
            ("a sound leaf", leaf(), Position::Leaf, Profile::Web, &[]),
            (
                "a CA serving TLS, public",
                with(|p| p.is_ca = IsCa::Ca(BasicConstraints::Unconstrained)),
                Position::Leaf,
                Profile::Web,
                &["leaf-is-ca"],
            ),
            (
                "a CA serving TLS, private",
                with(|p| p.is_ca = IsCa::Ca(BasicConstraints::Unconstrained)),
                Position::Leaf,
                Profile::Rfc5280,
                &[],
            ),
            (
                "no EKU, public",
                with(|p| p.extended_key_usages.clear()),
                Position::Leaf,
                Profile::Web,
                &["leaf-eku-missing"],
            ),
            (
                "no EKU, private",
                with(|p| p.extended_key_usages.clear()),
                Position::Leaf,
                Profile::Rfc5280,
                &[],
            ),
            (
                "a key that cannot sign handshakes",
                with(|p| p.key_usages = vec![KeyUsagePurpose::KeyAgreement]),
                Position::Leaf,
                Profile::Web,
                &["leaf-key-usage-tls"],
            ),
            (
                "a path length on a CA whose keyUsage does not allow keyCertSign",
                with(|p| {
                    p.is_ca = IsCa::Ca(BasicConstraints::Constrained(0));
                    p.key_usages = vec![KeyUsagePurpose::DigitalSignature];
                }),
                Position::Leaf,
                Profile::Rfc5280,
                &["path-len-without-ca"],
            ),
            (
                "a path length on a CA that may sign certificates",
                with(|p| {
                    p.is_ca = IsCa::Ca(BasicConstraints::Constrained(0));
                    p.key_usages = vec![KeyUsagePurpose::KeyCertSign];
                }),
                Position::Leaf,
                Profile::Rfc5280,
                &[],
            ),
            (
                "serial zero",
                with(|p| p.serial_number = Some(SerialNumber::from_slice(&[0]))),
                Position::Leaf,
                Profile::Web,
                &["serial-zero"],
            ),
            (
                "serial zero on a root is not judged",
                with(|p| p.serial_number = Some(SerialNumber::from_slice(&[0]))),
                Position::Root,
                Profile::Web,
                &["ski-missing", "basic-constraints-missing", "root-key-cert-sign-missing"],
            ),
            (
                "a wildcard over a public suffix",
                with(|p| p.subject_alt_names = vec![rcgen::SanType::DnsName("*.co.uk".try_into().unwrap())]),
                Position::Leaf,
                Profile::Web,
                &["wildcard-public-suffix"],
            ),
            (
                "an underscore in a name",
                with(|p| {
                    p.subject_alt_names = vec![rcgen::SanType::DnsName("my_host.example".try_into().unwrap())]
                }),
                Position::Leaf,
                Profile::Web,
                &["dns-name-underscore"],
            ),
        ];
        for (name, params, position, profile, expected) in cases {
            assert_eq!(rules_of(params, position, profile), expected, "{name}");
        }
    }
}

