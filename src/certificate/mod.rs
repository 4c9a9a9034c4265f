//! What a certificate says, read once into plain data.
//!
//! The rest of the engine (checks, explanations, the page) works on this
//! summary rather than on parser types, so the wording of every finding can
//! name the certificate the way a person recognises it.

mod extensions;
mod recent;
pub mod usage;

pub use recent::remember as remember_read;

use serde::Serialize;
use sha1::Sha1;
use sha2::{Digest, Sha256};
use x509_parser::extensions::GeneralName;
use x509_parser::prelude::{FromDer, X509Certificate};

use crate::formats::{colon_hex, oid, pem, Container, FormatError, Problem, X509Part};
use crate::keys::{self, KeyAlgorithm, PublicKey, PublicKeyId};
use crate::names::constraints::{self, ConstrainedNames, Constraints};
use crate::names::distinguished::NameKey;
use crate::timestamp::Timestamp;
use extensions::Extensions;
pub use usage::{ExtendedKeyUsage, KeyUsage, Policy, PolicyKind};

/// Whether a certificate came in the bundle or as one of the user's roots.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "transfer", derive(bincode::Encode, bincode::Decode))]
#[serde(rename_all = "kebab-case")]
pub enum Source {
    /// Given as something the server sends (a file, a paste).
    #[default]
    Bundle,
    /// Given as a trust anchor (`--root`, the page's roots).
    Root,
    /// Not given: found in the public intermediate set to supply an issuer
    /// the bundle lacks.
    Supplied,
}

/// One certificate read from the inputs.
#[derive(Clone, Debug, Serialize)]
#[cfg_attr(feature = "transfer", derive(bincode::Encode, bincode::Decode))]
pub struct Certificate {
    /// Position in [`crate::Report::certificates`].
    pub index: usize,
    /// Position of the input it came from in [`crate::Report::inputs`].
    pub input: usize,
    /// Whether it came in the bundle or as one of the user's roots.
    pub source: Source,
    /// For a certificate supplied from the public intermediate set: where
    /// that set took it from.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub supplied_from: Option<String>,
    /// The container it came out of (a .p7b, .pfx or keystore), whose
    /// certificates have no order; `None` for PEM and DER.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub container: Option<Container>,
    /// The name to show a person: the subject CN, else the first DNS name,
    /// else the whole subject, else its SHA-256 fingerprint's start.
    pub name: String,
    pub subject: String,
    pub issuer: String,
    /// Hex, colon-separated, as `openssl x509 -serial` shows it.
    pub serial: String,
    pub not_before: Timestamp,
    pub not_after: Timestamp,
    pub dns_names: Vec<String>,
    pub ip_addresses: Vec<String>,
    /// The certificate has a subjectAltName extension.
    pub has_san: bool,
    /// `Some(true)` for `basicConstraints CA:TRUE`, `None` without the extension.
    pub is_ca: Option<bool>,
    /// Subject and issuer are the same name (a root or a self-signed leaf).
    pub self_issued: bool,
    pub key: PublicKey,
    pub signature_algorithm: String,
    pub sha256: String,
    pub sha1: String,
    pub pem: String,
    /// `basicConstraints` pathLenConstraint.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub path_len: Option<u32>,
    /// Key usage bits; `None` without the extension.
    pub key_usage: Option<Vec<KeyUsage>>,
    /// Extended key usages; `None` without the extension.
    pub extended_key_usage: Option<Vec<ExtendedKeyUsage>>,
    /// Subject and authority key identifiers, colon hex.
    pub subject_key_id: Option<String>,
    pub authority_key_id: Option<String>,
    /// AIA caIssuers URLs: where the issuer certificate can be downloaded.
    pub ca_issuers: Vec<String>,
    /// AIA OCSP responder URLs.
    pub ocsp: Vec<String>,
    /// CRL distribution point URLs.
    pub crl_distribution_points: Vec<String>,
    /// The cRLIssuer names of its distribution points: who may revoke it by
    /// an indirect CRL.
    #[serde(skip)]
    pub crl_issuers: Vec<NameKey>,
    /// Embedded Certificate Transparency timestamps (RFC 6962 §3.3).
    pub scts: Vec<Sct>,
    /// certificatePolicies.
    pub policies: Vec<Policy>,
    /// Name constraints, on a CA that has them.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name_constraints: Option<Constraints>,
    /// rfc822Name SAN entries.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub emails: Vec<String>,
    /// URI SAN entries.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub uris: Vec<String>,
    /// directoryName SAN entries, DER, for name constraints.
    #[serde(skip)]
    pub directory_names: Vec<Vec<u8>>,
    /// SAN entries of forms name constraints are not evaluated for
    /// (otherName, x400Address, ediPartyName, registeredID).
    #[serde(skip)]
    pub other_name_kinds: Vec<crate::label::Label>,
    /// Critical extensions this engine (and most clients) do not know.
    pub unknown_critical_extensions: Vec<String>,
    #[serde(skip)]
    pub facts: Facts,
    #[serde(skip)]
    pub der: Vec<u8>,
    /// SHA-256 of the DER, as stores list distrusted certificates.
    #[serde(skip)]
    pub fingerprint: [u8; 32],
    #[serde(skip)]
    pub spki_der: Vec<u8>,
    #[serde(skip)]
    pub subject_der: Vec<u8>,
    #[serde(skip)]
    pub issuer_der: Vec<u8>,
    /// Subject and issuer in their compared form (RFC 5280 §7.1): how
    /// issuers are found.
    #[serde(skip)]
    pub subject_key: NameKey,
    #[serde(skip)]
    pub issuer_key: NameKey,
}

/// One embedded signed certificate timestamp.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "transfer", derive(bincode::Encode, bincode::Decode))]
pub struct Sct {
    /// The log's ID (SHA-256 of its key), base64 as CT log lists show it.
    pub log_id: String,
    pub timestamp: Timestamp,
}

/// Encoding facts that the profile rules judge.
#[derive(Clone, Debug, Default)]
#[cfg_attr(feature = "transfer", derive(bincode::Encode, bincode::Decode))]
pub struct Facts {
    pub version: u32,
    pub serial: Vec<u8>,
    pub authority_key_id: Option<AuthorityKeyIdFacts>,
    pub subject_key_id_critical: Option<bool>,
    pub basic_constraints: Option<BasicConstraintsFacts>,
    pub key_usage_critical: Option<bool>,
    pub san_critical: Option<bool>,
    pub extended_key_usage: Option<Critical>,
    pub name_constraints_critical: Option<bool>,
    pub policy_constraints_critical: Option<bool>,
    pub authority_info_access: Option<Critical>,
    pub subject_empty: bool,
    pub common_names: Vec<String>,
    /// The subject's emailAddress attributes (PKCS #9).
    pub subject_emails: Vec<String>,
    pub duplicate_extensions: Vec<String>,
    /// The outer and inner signature algorithms differ.
    pub signature_algorithm_mismatch: bool,
    /// An RSASSA-PSS signature whose salt is not as long as its hash: the
    /// salt's length and the hash's.
    pub pss_salt: Option<(usize, usize)>,
    /// The Netscape certificate type extension (nsCertType), if present.
    pub ns_cert_type: Option<NsCertType>,
    /// A TLS Feature extension that lists status_request (RFC 7633,
    /// "OCSP must-staple").
    pub must_staple: bool,
}

/// What a Netscape certificate type extension allows, as far as TLS goes:
/// OpenSSL's and Java's purpose checks still read it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[cfg_attr(feature = "transfer", derive(bincode::Encode, bincode::Decode))]
pub struct NsCertType {
    pub ssl_server: bool,
}

impl Facts {
    /// What the certificate's own fields say (the extensions add the rest).
    fn of(parsed: &X509Certificate<'_>) -> Self {
        Facts {
            version: parsed.version().0,
            serial: parsed.raw_serial().to_vec(),
            subject_empty: parsed.subject().iter().next().is_none(),
            common_names: parsed
                .subject()
                .iter_common_name()
                .filter_map(|cn| cn.as_str().ok().map(str::to_string))
                .collect(),
            subject_emails: parsed
                .subject()
                .iter_email()
                .filter_map(|email| email.as_str().ok().map(str::to_string))
                .collect(),
            signature_algorithm_mismatch: parsed.signature_algorithm != parsed.tbs_certificate.signature,
            ..Facts::default()
        }
    }
}

/// The authorityKeyIdentifier extension's shape (RFC 5280 §4.2.1.1).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[cfg_attr(feature = "transfer", derive(bincode::Encode, bincode::Decode))]
pub struct AuthorityKeyIdFacts {
    pub critical: bool,
    pub key_identifier: bool,
    /// authorityCertIssuer is present.
    pub issuer: bool,
    /// authorityCertSerialNumber is present.
    pub serial: bool,
}

/// The basicConstraints extension's shape (RFC 5280 §4.2.1.9).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[cfg_attr(feature = "transfer", derive(bincode::Encode, bincode::Decode))]
pub struct BasicConstraintsFacts {
    pub ca: bool,
    pub critical: bool,
}

/// An extension's criticality, and whether it could be read.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[cfg_attr(feature = "transfer", derive(bincode::Encode, bincode::Decode))]
pub struct Critical {
    pub critical: bool,
    pub readable: bool,
}

impl Certificate {
    /// Drops what only the checks read (the DER and its parts, the compared
    /// name forms); what a report shows, the PEM and fingerprint included,
    /// stays.
    #[cfg(feature = "transfer")]
    pub(crate) fn shed_check_data(&mut self) {
        for bytes in [&mut self.der, &mut self.spki_der, &mut self.subject_der, &mut self.issuer_der] {
            *bytes = Vec::new();
        }
        self.directory_names = Vec::new();
        self.subject_key = NameKey::default();
        self.issuer_key = NameKey::default();
    }

    /// Its subjectAltName DNS names, then its IP addresses.
    pub fn names(&self) -> Vec<String> {
        self.dns_names.iter().chain(&self.ip_addresses).cloned().collect()
    }

    /// The names a CA's name constraints apply to.
    pub fn constrained_names(&self) -> ConstrainedNames<'_> {
        ConstrainedNames {
            subject: &self.subject_der,
            subject_text: &self.subject,
            directory_names: &self.directory_names,
            dns_names: &self.dns_names,
            ip_addresses: &self.ip_addresses,
            // RFC 5280 §4.2.1.10: the subject's emailAddress only when there
            // is no subjectAltName.
            emails: if self.has_san { &self.emails } else { &self.facts.subject_emails },
            uris: &self.uris,
            other_kinds: &self.other_name_kinds,
        }
    }

    pub fn has_names(&self) -> bool {
        !self.dns_names.is_empty() || !self.ip_addresses.is_empty()
    }

    /// The first `shown` names and how many more: "a, b (+7)". A certificate
    /// may carry hundreds.
    pub fn names_summary(&self, shown: usize) -> String {
        let names = self.names();
        let mut out = names.iter().take(shown).cloned().collect::<Vec<_>>().join(", ");
        if names.len() > shown {
            out.push_str(&format!(" (+{})", names.len() - shown));
        }
        out
    }

    /// Whether keyUsage, if present, allows `usage`.
    pub fn key_usage_allows(&self, usage: KeyUsage) -> bool {
        self.key_usage.as_ref().is_none_or(|usages| usages.contains(&usage))
    }

    /// Whether it was given as one of the user's roots.
    pub fn is_user_root(&self) -> bool {
        self.source == Source::Root
    }

    /// Whether it was given as part of the bundle (not a root, not
    /// supplied from the public intermediate set).
    pub fn is_given(&self) -> bool {
        self.source == Source::Bundle
    }

    /// Reads a DER certificate. `index` and `input` place it in the report.
    pub fn from_der(der: &[u8], index: usize, input: usize, source: Source) -> Result<Self, FormatError> {
        if let Some(known) = recent::get(der) {
            return Ok(Self { index, input, source, ..known });
        }
        let (_, parsed) = X509Certificate::from_der(der)
            .map_err(|error| FormatError::new(Problem::X509 { part: X509Part::of_nom(&error) }))?;
        Ok(recent::kept(Self::from_parsed(&parsed, der, index, input, source)))
    }

    fn from_parsed(
        parsed: &X509Certificate<'_>,
        der: &[u8],
        index: usize,
        input: usize,
        source: Source,
    ) -> Self {
        let san = SubjectAltNames::of(parsed);
        let fingerprint: [u8; 32] = Sha256::digest(der).into();
        let sha256 = colon_hex(&fingerprint);
        let subject = shown(parsed.subject().to_string());
        let mut facts = Facts::of(parsed);
        // Only an RSASSA-PSS signature has a salt: the outer structure is
        // read again for it alone.
        if parsed.signature_algorithm.algorithm == x509_parser::oid_registry::OID_PKCS1_RSASSAPSS {
            facts.pss_salt =
                crate::signature::Signed::parse(der).and_then(|signed| crate::signature::unusual_pss_salt(&signed));
        }
        let extensions = Extensions::read(parsed.extensions(), &mut facts);
        let name = display_name(facts.common_names.first(), &san.dns_names, &subject, &sha256);
        let validity = parsed.validity();
        let subject_key = NameKey::of_der(parsed.subject().as_raw());
        // A root's issuer is its subject, byte for byte: read once.
        let (issuer, issuer_key) = if parsed.issuer().as_raw() == parsed.subject().as_raw() {
            (subject.clone(), subject_key.clone())
        } else {
            (shown(parsed.issuer().to_string()), NameKey::of_der(parsed.issuer().as_raw()))
        };
        Self {
            index,
            input,
            source,
            container: None,
            supplied_from: None,
            name,
            // RFC 5280 §6.1: names that match, not bytes that are equal.
            self_issued: subject_key == issuer_key,
            subject,
            issuer,
            serial: colon_hex(parsed.raw_serial()),
            not_before: validity.not_before.into(),
            not_after: validity.not_after.into(),
            has_san: san.present,
            dns_names: san.dns_names,
            ip_addresses: san.ip_addresses,
            emails: san.emails,
            uris: san.uris,
            directory_names: san.directory_names,
            other_name_kinds: san.other_kinds,
            is_ca: facts.basic_constraints.map(|constraints| constraints.ca),
            key: public_key_of(parsed.public_key().raw),
            signature_algorithm: oid::name(&parsed.signature_algorithm.algorithm),
            sha1: colon_hex(&Sha1::digest(der)),
            sha256,
            pem: pem::encode("CERTIFICATE", der),
            path_len: extensions.path_len,
            key_usage: extensions.key_usage,
            extended_key_usage: extensions.extended_key_usage,
            subject_key_id: extensions.subject_key_id,
            authority_key_id: extensions.authority_key_id,
            ca_issuers: extensions.ca_issuers,
            ocsp: extensions.ocsp,
            crl_distribution_points: extensions.crl_distribution_points,
            crl_issuers: extensions.crl_issuers,
            scts: extensions.scts,
            policies: extensions.policies,
            unknown_critical_extensions: extensions.unknown_critical,
            name_constraints: extensions.name_constraints,
            facts,
            der: der.to_vec(),
            fingerprint,
            spki_der: parsed.public_key().raw.to_vec(),
            subject_der: parsed.subject().as_raw().to_vec(),
            issuer_der: parsed.issuer().as_raw().to_vec(),
            subject_key,
            issuer_key,
        }
    }
}

/// The subjectAltName entries the engine acts on.
struct SubjectAltNames {
    present: bool,
    dns_names: Vec<String>,
    ip_addresses: Vec<String>,
    emails: Vec<String>,
    uris: Vec<String>,
    directory_names: Vec<Vec<u8>>,
    other_kinds: Vec<crate::label::Label>,
}

impl SubjectAltNames {
    fn of(parsed: &X509Certificate<'_>) -> Self {
        let san = parsed.subject_alternative_name();
        let mut out = Self {
            present: matches!(san, Ok(Some(_))),
            dns_names: Vec::new(),
            ip_addresses: Vec::new(),
            emails: Vec::new(),
            uris: Vec::new(),
            directory_names: Vec::new(),
            other_kinds: Vec::new(),
        };
        if let Ok(Some(san)) = san {
            for name in &san.value.general_names {
                match name {
                    GeneralName::DNSName(dns) => out.dns_names.push((*dns).to_string()),
                    GeneralName::IPAddress(bytes) => out.ip_addresses.push(format_ip(bytes)),
                    GeneralName::RFC822Name(email) => out.emails.push((*email).to_string()),
                    GeneralName::URI(uri) => out.uris.push((*uri).to_string()),
                    GeneralName::DirectoryName(name) => out.directory_names.push(name.as_raw().to_vec()),
                    other => out.other_kinds.push(constraints::kind(other).into()),
                }
            }
        }
        out
    }
}

/// Names longer than any real one are cut, so that a hostile certificate
/// cannot make every mention of it megabytes long.
const MAX_SHOWN_NAME: usize = 1024;

fn shown(mut name: String) -> String {
    if name.len() > MAX_SHOWN_NAME {
        let mut end = MAX_SHOWN_NAME;
        while !name.is_char_boundary(end) {
            end -= 1;
        }
        name.truncate(end);
        name.push('…');
    }
    name
}

/// The subject CN, else the first DNS name, else the whole subject; a
/// certificate with none of them is named by its fingerprint, which reads
/// the same in every language.
fn display_name(common_name: Option<&String>, dns_names: &[String], subject: &str, sha256: &str) -> String {
    common_name
        .or(dns_names.first())
        .filter(|name| !name.is_empty())
        .map(|name| shown(name.clone()))
        .or_else(|| (!subject.is_empty()).then(|| subject.to_string()))
        .unwrap_or_else(|| format!("SHA-256 {}…", sha256.get(..11).unwrap_or(sha256)))
}

/// The public key of a SubjectPublicKeyInfo; an unreadable one is kept as
/// an opaque key so that the certificate is still shown.
pub(crate) fn public_key_of(spki: &[u8]) -> PublicKey {
    keys::from_spki(spki).unwrap_or_else(|error| PublicKey {
        algorithm: KeyAlgorithm::Unreadable,
        bits: 0,
        curve: None,
        spki_sha256: colon_hex(&Sha256::digest(spki)),
        problem: Some(error),
        id: PublicKeyId::Other { algorithm: "unreadable".into(), key: spki.to_vec() },
    })
}

fn format_ip(bytes: &[u8]) -> String {
    if let Ok(octets) = <[u8; 4]>::try_from(bytes) {
        return std::net::Ipv4Addr::from(octets).to_string();
    }
    if let Ok(octets) = <[u8; 16]>::try_from(bytes) {
        return std::net::Ipv6Addr::from(octets).to_string();
    }
    format!("(invalid address {})", colon_hex(bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_ip_addresses() {
        assert_eq!(format_ip(&[192, 0, 2, 1]), "192.0.2.1");
        let mut v6 = [0u8; 16];
        v6[0] = 0x20;
        v6[1] = 0x01;
        v6[2] = 0x0d;
        v6[3] = 0xb8;
        v6[15] = 1;
        assert_eq!(format_ip(&v6), "2001:db8::1");
        assert_eq!(format_ip(&[1, 2, 3]), "(invalid address 01:02:03)");
    }

    #[test]
    fn names_a_certificate_the_way_a_person_would() {
        let dns = vec!["www.example.com".to_string()];
        let cases: [(Option<&str>, &[String], &str, &str); 4] = [
            (Some("Example CA"), &dns, "CN=Example CA", "Example CA"),
            (None, &dns, "O=Example", "www.example.com"),
            (None, &[], "O=Example", "O=Example"),
            (None, &[], "", "SHA-256 AB:CD:EF:01…"),
        ];
        for (cn, dns_names, subject, expected) in cases {
            let cn = cn.map(str::to_string);
            assert_eq!(display_name(cn.as_ref(), dns_names, subject, "AB:CD:EF:01:23"), expected);
        }
    }
}
