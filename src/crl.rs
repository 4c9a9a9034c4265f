//! Certificate revocation lists (RFC 5280 §5), read so that revoked
//! certificates can be reported: the entries with their reasons, whether
//! the CRL is complete or a delta, and its scope (the issuing distribution
//! point).

use serde::Serialize;
use x509_parser::extensions::{DistributionPointName, GeneralName, ParsedExtension, X509Extension};
use x509_parser::prelude::FromDer;
use x509_parser::revocation_list::CertificateRevocationList;

use crate::formats::{colon_hex, FormatError, Problem, X509Part};
use crate::names::distinguished::NameKey;
use crate::timestamp::Timestamp;

/// Revoked entries beyond this are not listed (the count still is).
const MAX_LISTED: usize = 100_000;

/// CRL extensions (RFC 5280 §5.2).
const CRL_NUMBER: &str = "2.5.29.20";
const DELTA_CRL_INDICATOR: &str = "2.5.29.27";
const ISSUING_DISTRIBUTION_POINT: &str = "2.5.29.28";
const AUTHORITY_KEY_IDENTIFIER: &str = "2.5.29.35";
const ISSUER_ALT_NAME: &str = "2.5.29.18";
const FRESHEST_CRL: &str = "2.5.29.46";
const AUTHORITY_INFO_ACCESS: &str = "1.3.6.1.5.5.7.1.1";
/// CRL entry extensions (RFC 5280 §5.3).
const REASON_CODE: &str = "2.5.29.21";
const INVALIDITY_DATE: &str = "2.5.29.24";
const CERTIFICATE_ISSUER: &str = "2.5.29.29";

#[derive(Clone, Debug, Serialize)]
#[cfg_attr(feature = "transfer", derive(bincode::Encode, bincode::Decode))]
pub struct Crl {
    pub index: usize,
    pub input: usize,
    pub issuer: String,
    pub this_update: Timestamp,
    pub next_update: Option<Timestamp>,
    /// Serial numbers (colon hex, as certificates show them), dates, reasons.
    pub revoked: Vec<Revoked>,
    /// The cRLNumber, colon hex.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// For a delta CRL (RFC 5280 §5.2.4): the number of the complete CRL it
    /// updates, colon hex.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub delta_of: Option<String>,
    /// Which certificates it covers.
    pub scope: Scope,
    #[serde(skip)]
    pub der: Vec<u8>,
    #[serde(skip)]
    pub issuer_key: NameKey,
    /// The cRLNumber extension: `Some(critical)` when present.
    #[serde(skip)]
    pub number_critical: Option<bool>,
    /// A critical extension (of the CRL or an entry) this engine does not
    /// process: RFC 5280 §5.2 and §5.3 forbid using the CRL then.
    #[serde(skip)]
    pub unknown_critical: Option<String>,
}

/// The issuing distribution point (RFC 5280 §5.2.5): which certificates a
/// CRL covers. The default covers every certificate of its issuer.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "transfer", derive(bincode::Encode, bincode::Decode))]
pub struct Scope {
    /// The distribution point's URIs (a certificate must list one of them).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub distribution_points: Vec<String>,
    /// The distribution point is named in a way not compared here (a name
    /// relative to the issuer, a non-URI name): no certificate is matched.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub unmatchable_point: bool,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub only_user_certificates: bool,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub only_ca_certificates: bool,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub only_attribute_certificates: bool,
    /// An indirect CRL: entries may be about another issuer's certificates.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub indirect: bool,
}

#[derive(Clone, Debug, Serialize)]
#[cfg_attr(feature = "transfer", derive(bincode::Encode, bincode::Decode))]
pub struct Revoked {
    pub serial: String,
    pub date: Timestamp,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<Reason>,
    /// The issuer of the revoked certificate (RFC 5280 §5.3.3): the CRL's
    /// own issuer unless an indirect CRL names another.
    #[serde(skip)]
    pub issuer: NameKey,
}

/// CRLReason (RFC 5280 §5.3.1).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "transfer", derive(bincode::Encode, bincode::Decode))]
#[serde(rename_all = "kebab-case")]
pub enum Reason {
    Unspecified,
    KeyCompromise,
    CaCompromise,
    AffiliationChanged,
    Superseded,
    CessationOfOperation,
    CertificateHold,
    /// Only in delta CRLs: the certificate is no longer revoked (its hold
    /// was released).
    RemoveFromCrl,
    PrivilegeWithdrawn,
    AaCompromise,
    Unknown,
}

impl Reason {
    fn of_code(code: u8) -> Self {
        match code {
            0 => Self::Unspecified,
            1 => Self::KeyCompromise,
            2 => Self::CaCompromise,
            3 => Self::AffiliationChanged,
            4 => Self::Superseded,
            5 => Self::CessationOfOperation,
            6 => Self::CertificateHold,
            8 => Self::RemoveFromCrl,
            9 => Self::PrivilegeWithdrawn,
            10 => Self::AaCompromise,
            _ => Self::Unknown,
        }
    }
}

impl Crl {
    pub fn from_der(der: &[u8], index: usize, input: usize) -> Result<Self, FormatError> {
        let (_, parsed) = CertificateRevocationList::from_der(der)
            .map_err(|error| FormatError::new(Problem::X509 { part: X509Part::of_nom(&error) }))?;
        let issuer_key = NameKey::of_der(parsed.issuer().as_raw());
        let mut crl = Self {
            index,
            input,
            issuer: parsed.issuer().to_string(),
            this_update: parsed.last_update().into(),
            next_update: parsed.next_update().map(Into::into),
            revoked: Vec::new(),
            number: None,
            delta_of: None,
            scope: Scope::default(),
            der: der.to_vec(),
            issuer_key: issuer_key.clone(),
            number_critical: None,
            unknown_critical: None,
        };
        for extension in parsed.extensions() {
            crl.read_extension(extension);
        }
        let mut issuer = issuer_key;
        for entry in parsed.iter_revoked_certificates().take(MAX_LISTED) {
            let mut reason = None;
            for extension in entry.extensions() {
                match extension.oid.to_id_string().as_str() {
                    REASON_CODE => {
                        if let ParsedExtension::ReasonCode(code) = extension.parsed_extension() {
                            reason = Some(Reason::of_code(code.0));
                        }
                    }
                    // RFC 5280 §5.3.3: this entry and the ones after it are
                    // about that issuer's certificates.
                    CERTIFICATE_ISSUER if crl.scope.indirect => {
                        issuer = certificate_issuer(extension.value).unwrap_or_default();
                    }
                    INVALIDITY_DATE => {}
                    other if extension.critical => crl.unknown_critical = Some(other.to_string()),
                    _ => {}
                }
            }
            crl.revoked.push(Revoked {
                serial: colon_hex(entry.raw_serial()),
                date: entry.revocation_date.into(),
                reason,
                issuer: issuer.clone(),
            });
        }
        Ok(crl)
    }

    fn read_extension(&mut self, extension: &X509Extension<'_>) {
        match extension.oid.to_id_string().as_str() {
            CRL_NUMBER => {
                self.number_critical = Some(extension.critical);
                self.number = integer(extension.value).map(|number| colon_hex(&number));
            }
            DELTA_CRL_INDICATOR => {
                self.delta_of =
                    Some(integer(extension.value).map(|number| colon_hex(&number)).unwrap_or_default());
            }
            ISSUING_DISTRIBUTION_POINT => match extension.parsed_extension() {
                ParsedExtension::IssuingDistributionPoint(point) => {
                    self.scope = Scope {
                        only_user_certificates: point.only_contains_user_certs,
                        only_ca_certificates: point.only_contains_ca_certs,
                        only_attribute_certificates: point.only_contains_attribute_certs,
                        indirect: point.indirect_crl,
                        ..Scope::default()
                    };
                    match &point.distribution_point {
                        Some(DistributionPointName::FullName(names)) => {
                            for name in names {
                                match name {
                                    GeneralName::URI(uri) => {
                                        self.scope.distribution_points.push(uri.to_string())
                                    }
                                    _ => self.scope.unmatchable_point = true,
                                }
                            }
                        }
                        Some(DistributionPointName::NameRelativeToCRLIssuer(_)) => {
                            self.scope.unmatchable_point = true
                        }
                        None => {}
                    }
                }
                _ if extension.critical => {
                    self.unknown_critical = Some(ISSUING_DISTRIBUTION_POINT.to_string())
                }
                _ => {}
            },
            AUTHORITY_KEY_IDENTIFIER | ISSUER_ALT_NAME | FRESHEST_CRL | AUTHORITY_INFO_ACCESS => {}
            other if extension.critical => self.unknown_critical = Some(other.to_string()),
            _ => {}
        }
    }

    /// A delta CRL (RFC 5280 §5.2.4).
    pub fn is_delta(&self) -> bool {
        self.delta_of.is_some()
    }
}

/// The magnitude of a DER INTEGER, without leading zeros.
fn integer(der: &[u8]) -> Option<Vec<u8>> {
    let value = crate::formats::ber::Tlv::parse_whole(der).ok()?;
    Some(value.unsigned_bytes().ok()?.to_vec())
}

/// The directory name in a certificateIssuer entry extension (GeneralNames).
fn certificate_issuer(value: &[u8]) -> Option<NameKey> {
    let (_, names) = x509_parser::extensions::SubjectAlternativeName::from_der(value).ok()?;
    names.general_names.iter().find_map(|name| match name {
        GeneralName::DirectoryName(name) => Some(NameKey::of_der(name.as_raw())),
        _ => None,
    })
}

/// Compares two colon-hex CRL numbers as the integers they are.
pub fn number_order(a: &str, b: &str) -> std::cmp::Ordering {
    let digits = |text: &str| text.replace(':', "").trim_start_matches('0').to_ascii_lowercase();
    let (a, b) = (digits(a), digits(b));
    a.len().cmp(&b.len()).then_with(|| a.cmp(&b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crl_numbers_compare_as_integers() {
        use std::cmp::Ordering;
        assert_eq!(number_order("09", "0A"), Ordering::Less);
        assert_eq!(number_order("01:00", "FF"), Ordering::Greater);
        assert_eq!(number_order("00:05", "05"), Ordering::Equal);
    }
}
