//! A certificate's extensions (RFC 5280 §4.2), read in one pass into plain
//! data: the values the report shows and the encoding facts the profile
//! rules judge. A broken extension does not stop the others from being read.

use x509_parser::extensions::{
    AuthorityInfoAccess, DistributionPointName, GeneralName, ParsedExtension, X509Extension,
};

use super::usage::{ExtendedKeyUsage, KeyUsage, Policy};
use super::{AuthorityKeyIdFacts, BasicConstraintsFacts, Critical, Facts, NsCertType, Sct};
use crate::formats::{colon_hex, oid};
use crate::names::constraints::Constraints;
use crate::names::distinguished::NameKey;
use crate::timestamp::Timestamp;

/// What the extensions say.
#[derive(Default)]
pub(super) struct Extensions {
    pub path_len: Option<u32>,
    pub key_usage: Option<Vec<KeyUsage>>,
    pub extended_key_usage: Option<Vec<ExtendedKeyUsage>>,
    pub subject_key_id: Option<String>,
    pub authority_key_id: Option<String>,
    pub ca_issuers: Vec<String>,
    pub ocsp: Vec<String>,
    pub crl_distribution_points: Vec<String>,
    pub crl_issuers: Vec<NameKey>,
    pub scts: Vec<Sct>,
    pub policies: Vec<Policy>,
    pub unknown_critical: Vec<String>,
    pub name_constraints: Option<Constraints>,
}

/// AIA access methods (RFC 5280 §4.2.2.1).
const CA_ISSUERS: &str = "1.3.6.1.5.5.7.48.2";
const OCSP: &str = "1.3.6.1.5.5.7.48.1";
const AUTHORITY_INFO_ACCESS: &str = "1.3.6.1.5.5.7.1.1";
/// RFC 7633's TLS Feature extension ("must-staple" when it lists
/// status_request, 5).
const TLS_FEATURE: &str = "1.3.6.1.5.5.7.1.24";
const STATUS_REQUEST: u64 = 5;

impl Extensions {
    /// Reads every extension, recording encoding facts in `facts`.
    pub fn read(extensions: &[X509Extension<'_>], facts: &mut Facts) -> Self {
        let mut out = Self::default();
        // Each extension once in a HashMap: a hostile certificate can carry
        // hundreds of thousands.
        let mut seen: std::collections::HashMap<String, u32> = std::collections::HashMap::new();
        for extension in extensions {
            let id = extension.oid.to_id_string();
            let count = seen.entry(id.clone()).or_insert(0);
            *count += 1;
            if *count == 2 {
                facts.duplicate_extensions.push(oid::name(&extension.oid));
            }
            out.read_one(extension, &id, facts);
        }
        out
    }

    fn read_one(&mut self, extension: &X509Extension<'_>, id: &str, facts: &mut Facts) {
        let critical = extension.critical;
        if id == TLS_FEATURE {
            facts.must_staple |= lists_status_request(extension.value);
        }
        match extension.parsed_extension() {
            ParsedExtension::UnsupportedExtension { .. } if critical => {
                self.unknown_critical.push(oid::name(&extension.oid));
            }
            ParsedExtension::ParseError { .. } => {
                if critical {
                    self.unknown_critical.push(oid::name(&extension.oid));
                }
                if id == AUTHORITY_INFO_ACCESS {
                    facts.authority_info_access = Some(Critical { critical, readable: false });
                }
            }
            ParsedExtension::KeyUsage(usage) => {
                facts.key_usage_critical = Some(critical);
                self.key_usage = Some(KeyUsage::of(usage));
            }
            ParsedExtension::ExtendedKeyUsage(usage) => {
                facts.extended_key_usage = Some(Critical { critical, readable: true });
                self.extended_key_usage = Some(ExtendedKeyUsage::of(usage));
            }
            ParsedExtension::SubjectKeyIdentifier(id) => {
                facts.subject_key_id_critical = Some(critical);
                self.subject_key_id = Some(colon_hex(id.0));
            }
            ParsedExtension::AuthorityKeyIdentifier(aki) => {
                facts.authority_key_id = Some(AuthorityKeyIdFacts {
                    critical,
                    key_identifier: aki.key_identifier.is_some(),
                    issuer: aki.authority_cert_issuer.is_some(),
                    serial: aki.authority_cert_serial.is_some(),
                });
                self.authority_key_id = aki.key_identifier.as_ref().map(|id| colon_hex(id.0));
            }
            ParsedExtension::BasicConstraints(constraints) => {
                facts.basic_constraints = Some(BasicConstraintsFacts { ca: constraints.ca, critical });
                self.path_len = constraints.path_len_constraint;
            }
            ParsedExtension::SubjectAlternativeName(_) => facts.san_critical = Some(critical),
            ParsedExtension::PolicyConstraints(_) => facts.policy_constraints_critical = Some(critical),
            ParsedExtension::CertificatePolicies(list) => {
                self.policies.extend(list.iter().map(|policy| Policy::of(policy.policy_id.to_id_string())));
            }
            ParsedExtension::NameConstraints(constraints) => {
                facts.name_constraints_critical = Some(critical);
                self.name_constraints = Some(Constraints::from_extension(constraints));
            }
            ParsedExtension::AuthorityInfoAccess(access) => {
                facts.authority_info_access = Some(Critical { critical, readable: true });
                self.read_access(access);
            }
            ParsedExtension::SCT(list) => self.read_scts(list),
            ParsedExtension::NSCertType(types) => {
                facts.ns_cert_type = Some(NsCertType { ssl_server: types.ssl_server() });
            }
            ParsedExtension::CRLDistributionPoints(points) => {
                for point in points.iter() {
                    if let Some(DistributionPointName::FullName(names)) = &point.distribution_point {
                        self.crl_distribution_points.extend(uris(names));
                    }
                    for name in point.crl_issuer.iter().flatten() {
                        if let GeneralName::DirectoryName(name) = name {
                            self.crl_issuers.push(NameKey::of_der(name.as_raw()));
                        }
                    }
                }
            }
            _ => {}
        }
    }

    fn read_access(&mut self, access: &AuthorityInfoAccess<'_>) {
        for description in access.iter() {
            if let GeneralName::URI(uri) = &description.access_location {
                match description.access_method.to_id_string().as_str() {
                    CA_ISSUERS => self.ca_issuers.push((*uri).to_string()),
                    OCSP => self.ocsp.push((*uri).to_string()),
                    _ => {}
                }
            }
        }
    }

    fn read_scts(&mut self, list: &[x509_parser::extensions::SignedCertificateTimestamp<'_>]) {
        use base64::Engine;
        for sct in list {
            self.scts.push(Sct {
                log_id: base64::engine::general_purpose::STANDARD.encode(sct.id.key_id),
                // Milliseconds since 1970, at most u64::MAX / 1000 seconds.
                timestamp: Timestamp::from_unix_seconds(
                    i64::try_from(sct.timestamp / 1000).unwrap_or(i64::MAX),
                ),
            });
        }
    }
}

fn uris<'a>(names: &'a [GeneralName<'_>]) -> impl Iterator<Item = String> + 'a {
    names.iter().filter_map(|name| match name {
        GeneralName::URI(uri) => Some((*uri).to_string()),
        _ => None,
    })
}

/// Whether a TLS Feature extension's value (SEQUENCE OF INTEGER) lists
/// status_request; an unreadable one lists nothing.
fn lists_status_request(value: &[u8]) -> bool {
    let Ok(sequence) = crate::formats::ber::Tlv::parse_whole(value) else { return false };
    let mut features = sequence.children();
    while !features.is_empty() {
        match features.read().and_then(|feature| feature.small_uint()) {
            Ok(STATUS_REQUEST) => return true,
            Ok(_) => {}
            Err(_) => return false,
        }
    }
    false
}
