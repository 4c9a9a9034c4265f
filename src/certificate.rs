//! What a certificate says, read once into plain data.
//!
//! The rest of the engine (checks, explanations, the page) works on this
//! summary rather than on parser types, so the wording of every finding can
//! name the certificate the way a person recognises it.

use serde::Serialize;
use sha1::Sha1;
use sha2::{Digest, Sha256};
use x509_parser::extensions::{ExtendedKeyUsage, GeneralName, KeyUsage, ParsedExtension};
use x509_parser::objects::oid_registry;
use x509_parser::prelude::{FromDer, X509Certificate};

use crate::keys::{self, PublicKey, PublicKeyId};
use crate::timestamp::Timestamp;

/// One certificate read from the inputs.
#[derive(Clone, Debug, Serialize)]
pub struct Certificate {
    /// Position in [`crate::Report::certificates`].
    pub index: usize,
    /// Position of the input it came from in [`crate::Report::inputs`].
    pub input: usize,
    /// The name to show a person: the subject CN, else the first DNS name,
    /// else the whole subject.
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
    /// Key usage bits by name; `None` without the extension.
    pub key_usage: Option<Vec<String>>,
    /// Extended key usages by name (or dotted OID); `None` without the extension.
    pub extended_key_usage: Option<Vec<String>>,
    /// Subject and authority key identifiers, colon hex.
    pub subject_key_id: Option<String>,
    pub authority_key_id: Option<String>,
    /// AIA caIssuers URLs: where the issuer certificate can be downloaded.
    pub ca_issuers: Vec<String>,
    /// AIA OCSP responder URLs.
    pub ocsp: Vec<String>,
    /// CRL distribution point URLs.
    pub crl_distribution_points: Vec<String>,
    /// Embedded Certificate Transparency timestamps (RFC 6962 §3.3).
    pub scts: Vec<Sct>,
    /// certificatePolicies OIDs, named where known ("domain validated").
    pub policies: Vec<String>,
    /// Name constraints, on a CA that has them.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name_constraints: Option<crate::constraints::Constraints>,
    /// SAN entry types other than dNSName and iPAddress, for name constraints.
    #[serde(skip)]
    pub other_name_kinds: Vec<&'static str>,
    /// Critical extensions this engine (and most clients) do not know.
    pub unknown_critical_extensions: Vec<String>,
    #[serde(skip)]
    pub facts: Facts,
    #[serde(skip)]
    pub der: Vec<u8>,
    #[serde(skip)]
    pub spki_der: Vec<u8>,
    #[serde(skip)]
    pub subject_der: Vec<u8>,
    #[serde(skip)]
    pub issuer_der: Vec<u8>,
}

/// One embedded signed certificate timestamp.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Sct {
    /// The log's ID (SHA-256 of its key), base64 as CT log lists show it.
    pub log_id: String,
    pub timestamp: Timestamp,
}

/// Encoding facts that the profile checks ([`crate::profile`]) judge.
#[derive(Clone, Debug, Default)]
pub struct Facts {
    pub version: u32,
    pub serial: Vec<u8>,
    /// (critical, has keyIdentifier, has authorityCertIssuer, has authorityCertSerialNumber)
    pub authority_key_id: Option<(bool, bool, bool, bool)>,
    pub subject_key_id_critical: Option<bool>,
    /// (CA, critical)
    pub basic_constraints: Option<(bool, bool)>,
    pub key_usage_critical: Option<bool>,
    pub san_critical: Option<bool>,
    /// (critical, anyExtendedKeyUsage present)
    pub extended_key_usage: Option<(bool, bool)>,
    pub name_constraints_critical: Option<bool>,
    pub policy_constraints_critical: Option<bool>,
    /// (critical, could be read)
    pub authority_info_access: Option<(bool, bool)>,
    pub subject_empty: bool,
    pub common_names: Vec<String>,
    pub duplicate_extensions: Vec<String>,
    /// The outer and inner signature algorithms differ.
    pub signature_algorithm_mismatch: bool,
}

/// Why a DER blob is not a certificate we can read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnreadableCertificate {
    pub reason: String,
}

impl Certificate {
    /// Its subjectAltName DNS names, then its IP addresses.
    pub fn names(&self) -> Vec<String> {
        self.dns_names.iter().chain(&self.ip_addresses).cloned().collect()
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

    /// Reads a DER certificate. `index` and `input` place it in the report.
    pub fn from_der(der: &[u8], index: usize, input: usize) -> Result<Self, UnreadableCertificate> {
        let (_, parsed) = X509Certificate::from_der(der)
            .map_err(|error| UnreadableCertificate { reason: error.to_string() })?;
        Ok(Self::from_parsed(&parsed, der, index, input))
    }

    fn from_parsed(parsed: &X509Certificate<'_>, der: &[u8], index: usize, input: usize) -> Self {
        let subject = parsed.subject().to_string();
        let issuer = parsed.issuer().to_string();
        let mut dns_names = Vec::new();
        let mut ip_addresses = Vec::new();
        let san = parsed.subject_alternative_name();
        let has_san = matches!(san, Ok(Some(_)));
        let mut other_name_kinds = Vec::new();
        if let Ok(Some(san)) = san {
            for name in &san.value.general_names {
                match name {
                    GeneralName::DNSName(dns) => dns_names.push((*dns).to_string()),
                    GeneralName::IPAddress(bytes) => ip_addresses.push(format_ip(bytes)),
                    GeneralName::OtherName(..) => other_name_kinds.push("otherName"),
                    GeneralName::RFC822Name(_) => other_name_kinds.push("rfc822Name"),
                    GeneralName::URI(_) => other_name_kinds.push("uniformResourceIdentifier"),
                    GeneralName::DirectoryName(_) => other_name_kinds.push("directoryName"),
                    _ => {}
                }
            }
        }
        let common_name =
            parsed.subject().iter_common_name().next().and_then(|cn| cn.as_str().ok()).map(str::to_string);
        let name =
            common_name
                .or_else(|| dns_names.first().cloned())
                .filter(|name| !name.is_empty())
                .unwrap_or_else(|| {
                    if subject.is_empty() {
                        "(empty subject)".to_string()
                    } else {
                        subject.clone()
                    }
                });
        let is_ca = match parsed.basic_constraints() {
            Ok(Some(constraints)) => Some(constraints.value.ca),
            _ => None,
        };
        let validity = parsed.validity();
        let mut key_usage = None;
        let mut extended_key_usage = None;
        let mut subject_key_id = None;
        let mut authority_key_id = None;
        let mut path_len = None;
        let mut ca_issuers = Vec::new();
        let mut ocsp = Vec::new();
        let mut crl_distribution_points = Vec::new();
        let mut scts = Vec::new();
        let mut policies = Vec::new();
        let mut unknown_critical_extensions = Vec::new();
        let mut name_constraints = None;
        let mut facts = Facts {
            version: parsed.version().0,
            serial: parsed.raw_serial().to_vec(),
            subject_empty: parsed.subject().iter().next().is_none(),
            common_names: parsed
                .subject()
                .iter_common_name()
                .filter_map(|cn| cn.as_str().ok().map(str::to_string))
                .collect(),
            signature_algorithm_mismatch: parsed.signature_algorithm != parsed.tbs_certificate.signature,
            ..Facts::default()
        };
        let mut seen_oids: Vec<String> = Vec::new();
        for extension in parsed.extensions() {
            let oid = extension.oid.to_id_string();
            if seen_oids.contains(&oid) {
                facts.duplicate_extensions.push(oid_name(&extension.oid));
            }
            seen_oids.push(oid.clone());
            let critical = extension.critical;
            match extension.parsed_extension() {
                ParsedExtension::UnsupportedExtension { .. } if critical => {
                    unknown_critical_extensions.push(oid_name(&extension.oid));
                }
                ParsedExtension::ParseError { .. } => {
                    if critical {
                        unknown_critical_extensions.push(oid_name(&extension.oid));
                    }
                    if oid == "1.3.6.1.5.5.7.1.1" {
                        facts.authority_info_access = Some((critical, false));
                    }
                }
                ParsedExtension::KeyUsage(usage) => {
                    facts.key_usage_critical = Some(critical);
                    key_usage = Some(key_usage_names(usage));
                }
                ParsedExtension::ExtendedKeyUsage(usage) => {
                    facts.extended_key_usage = Some((critical, usage.any));
                    extended_key_usage = Some(extended_key_usage_names(usage));
                }
                ParsedExtension::SubjectKeyIdentifier(id) => {
                    facts.subject_key_id_critical = Some(critical);
                    subject_key_id = Some(colon_hex(id.0));
                }
                ParsedExtension::AuthorityKeyIdentifier(aki) => {
                    facts.authority_key_id = Some((
                        critical,
                        aki.key_identifier.is_some(),
                        aki.authority_cert_issuer.is_some(),
                        aki.authority_cert_serial.is_some(),
                    ));
                    authority_key_id = aki.key_identifier.as_ref().map(|id| colon_hex(id.0));
                }
                ParsedExtension::BasicConstraints(constraints) => {
                    facts.basic_constraints = Some((constraints.ca, critical));
                    path_len = constraints.path_len_constraint;
                }
                ParsedExtension::SubjectAlternativeName(_) => facts.san_critical = Some(critical),
                ParsedExtension::PolicyConstraints(_) => facts.policy_constraints_critical = Some(critical),
                ParsedExtension::CertificatePolicies(list) => {
                    policies.extend(list.iter().map(|policy| policy_name(&policy.policy_id.to_id_string())));
                }
                ParsedExtension::NameConstraints(constraints) => {
                    facts.name_constraints_critical = Some(critical);
                    name_constraints = Some(crate::constraints::Constraints::from_extension(constraints));
                }
                ParsedExtension::AuthorityInfoAccess(access) => {
                    facts.authority_info_access = Some((critical, true));
                    for description in access.iter() {
                        if let GeneralName::URI(uri) = &description.access_location {
                            match description.access_method.to_id_string().as_str() {
                                "1.3.6.1.5.5.7.48.2" => ca_issuers.push((*uri).to_string()),
                                "1.3.6.1.5.5.7.48.1" => ocsp.push((*uri).to_string()),
                                _ => {}
                            }
                        }
                    }
                }
                ParsedExtension::SCT(list) => {
                    use base64::Engine;
                    for sct in list {
                        scts.push(Sct {
                            log_id: base64::engine::general_purpose::STANDARD.encode(sct.id.key_id),
                            timestamp: Timestamp::from_unix_seconds((sct.timestamp / 1000) as i64),
                        });
                    }
                }
                ParsedExtension::CRLDistributionPoints(points) => {
                    for point in points.iter() {
                        if let Some(x509_parser::extensions::DistributionPointName::FullName(names)) =
                            &point.distribution_point
                        {
                            for name in names {
                                if let GeneralName::URI(uri) = name {
                                    crl_distribution_points.push((*uri).to_string());
                                }
                            }
                        }
                    }
                }
                _ => {}
            }
        }
        Self {
            index,
            input,
            name,
            self_issued: parsed.subject().as_raw() == parsed.issuer().as_raw(),
            subject,
            issuer,
            serial: colon_hex(parsed.raw_serial()),
            not_before: validity.not_before.into(),
            not_after: validity.not_after.into(),
            dns_names,
            ip_addresses,
            has_san,
            is_ca,
            key: public_key_of(parsed.public_key().raw),
            signature_algorithm: oid_name(&parsed.signature_algorithm.algorithm),
            sha256: colon_hex(&Sha256::digest(der)),
            sha1: colon_hex(&Sha1::digest(der)),
            pem: to_pem("CERTIFICATE", der),
            path_len,
            key_usage,
            extended_key_usage,
            subject_key_id,
            authority_key_id,
            ca_issuers,
            ocsp,
            crl_distribution_points,
            scts,
            policies,
            unknown_critical_extensions,
            facts,
            name_constraints,
            other_name_kinds,
            der: der.to_vec(),
            spki_der: parsed.public_key().raw.to_vec(),
            subject_der: parsed.subject().as_raw().to_vec(),
            issuer_der: parsed.issuer().as_raw().to_vec(),
        }
    }
}

fn key_usage_names(usage: &KeyUsage) -> Vec<String> {
    let bits = [
        (usage.digital_signature(), "digitalSignature"),
        (usage.non_repudiation(), "contentCommitment"),
        (usage.key_encipherment(), "keyEncipherment"),
        (usage.data_encipherment(), "dataEncipherment"),
        (usage.key_agreement(), "keyAgreement"),
        (usage.key_cert_sign(), "keyCertSign"),
        (usage.crl_sign(), "cRLSign"),
        (usage.encipher_only(), "encipherOnly"),
        (usage.decipher_only(), "decipherOnly"),
    ];
    bits.iter().filter(|(set, _)| *set).map(|(_, name)| name.to_string()).collect()
}

fn extended_key_usage_names(usage: &ExtendedKeyUsage<'_>) -> Vec<String> {
    let known = [
        (usage.any, "anyExtendedKeyUsage"),
        (usage.server_auth, "serverAuth"),
        (usage.client_auth, "clientAuth"),
        (usage.code_signing, "codeSigning"),
        (usage.email_protection, "emailProtection"),
        (usage.time_stamping, "timeStamping"),
        (usage.ocsp_signing, "OCSPSigning"),
    ];
    let mut names: Vec<String> =
        known.iter().filter(|(set, _)| *set).map(|(_, name)| name.to_string()).collect();
    names.extend(usage.other.iter().map(|oid| oid.to_id_string()));
    names
}

/// The public key of a SubjectPublicKeyInfo; an unreadable one is kept as
/// an opaque key so that the certificate is still shown.
pub(crate) fn public_key_of(spki: &[u8]) -> PublicKey {
    keys::from_spki(spki).unwrap_or_else(|error| PublicKey {
        algorithm: format!("unreadable key ({error})"),
        bits: 0,
        curve: None,
        spki_sha256: colon_hex(&Sha256::digest(spki)),
        id: PublicKeyId::Other { algorithm: "unreadable".into(), key: spki.to_vec() },
    })
}

/// Short name of an OID from x509-parser's registry, else the dotted form.
pub(crate) fn oid_name(oid: &x509_parser::der_parser::oid::Oid<'_>) -> String {
    oid_registry().get(oid).map(|entry| entry.sn().to_string()).unwrap_or_else(|| oid.to_id_string())
}

/// Short name of a dotted OID, else the dotted form.
pub(crate) fn oid_name_str(dotted: &str) -> String {
    dotted
        .parse::<x509_parser::der_parser::oid::Oid<'static>>()
        .map(|oid| oid_name(&oid))
        .unwrap_or_else(|_| dotted.to_string())
}

fn format_ip(bytes: &[u8]) -> String {
    match bytes.len() {
        4 => std::net::Ipv4Addr::from([bytes[0], bytes[1], bytes[2], bytes[3]]).to_string(),
        16 => {
            let mut octets = [0u8; 16];
            octets.copy_from_slice(bytes);
            std::net::Ipv6Addr::from(octets).to_string()
        }
        _ => format!("(invalid address {})", colon_hex(bytes)),
    }
}

/// `AB:CD:…` in upper case.
pub fn colon_hex(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() * 3);
    for (position, byte) in bytes.iter().enumerate() {
        if position > 0 {
            out.push(':');
        }
        out.push_str(&format!("{byte:02X}"));
    }
    out
}

/// RFC 7468 armour with 64-character lines.
pub fn to_pem(label: &str, der: &[u8]) -> String {
    use base64::Engine;
    let body = base64::engine::general_purpose::STANDARD.encode(der);
    let mut out = format!("-----BEGIN {label}-----\n");
    for chunk in body.as_bytes().chunks(64) {
        out.push_str(&String::from_utf8_lossy(chunk));
        out.push('\n');
    }
    out.push_str(&format!("-----END {label}-----\n"));
    out
}

/// A certificate policy OID with the CA/Browser Forum's name for it.
fn policy_name(oid: &str) -> String {
    let name = match oid {
        "2.23.140.1.2.1" => "domain validated",
        "2.23.140.1.2.2" => "organization validated",
        "2.23.140.1.2.3" => "individual validated",
        "2.23.140.1.1" => "extended validation",
        "2.5.29.32.0" => "any policy",
        _ => return oid.to_string(),
    };
    format!("{oid} ({name})")
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
    fn pem_round_trip() {
        let der: Vec<u8> = (0u8..100).collect();
        let pem = to_pem("CERTIFICATE", &der);
        assert!(pem.lines().all(|line| line.len() <= 64));
        let scan = crate::pem::scan(pem.as_bytes(), 10);
        assert_eq!(scan.blocks[0].der, der);
    }

    #[test]
    fn rejects_garbage() {
        assert!(Certificate::from_der(&[0x30, 0x03, 0x02, 0x01, 0x01], 0, 0).is_err());
        assert!(Certificate::from_der(&[], 0, 0).is_err());
    }
}
