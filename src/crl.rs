//! Certificate revocation lists (RFC 5280 §5), read so that revoked
//! certificates can be reported.

use serde::Serialize;
use x509_parser::prelude::FromDer;
use x509_parser::revocation_list::CertificateRevocationList;

use crate::formats::{colon_hex, FormatError, Problem, X509Part};
use crate::timestamp::Timestamp;

/// Revoked entries beyond this are not listed (the count still is).
const MAX_LISTED: usize = 100_000;

#[derive(Clone, Debug, Serialize)]
pub struct Crl {
    pub index: usize,
    pub input: usize,
    pub issuer: String,
    pub this_update: Timestamp,
    pub next_update: Option<Timestamp>,
    /// Serial numbers (colon hex, as certificates show them) and dates.
    pub revoked: Vec<Revoked>,
    #[serde(skip)]
    pub der: Vec<u8>,
    #[serde(skip)]
    pub issuer_der: Vec<u8>,
    /// The cRLNumber extension: `Some(critical)` when present.
    #[serde(skip)]
    pub number_critical: Option<bool>,
}

#[derive(Clone, Debug, Serialize)]
pub struct Revoked {
    pub serial: String,
    pub date: Timestamp,
}

impl Crl {
    pub fn from_der(der: &[u8], index: usize, input: usize) -> Result<Self, FormatError> {
        let (_, parsed) = CertificateRevocationList::from_der(der)
            .map_err(|error| FormatError::new(Problem::X509 { part: X509Part::of_nom(&error) }))?;
        Ok(Self {
            index,
            input,
            issuer: parsed.issuer().to_string(),
            this_update: parsed.last_update().into(),
            next_update: parsed.next_update().map(Into::into),
            revoked: parsed
                .iter_revoked_certificates()
                .take(MAX_LISTED)
                .map(|entry| Revoked {
                    serial: colon_hex(entry.raw_serial()),
                    date: entry.revocation_date.into(),
                })
                .collect(),
            der: der.to_vec(),
            issuer_der: parsed.issuer().as_raw().to_vec(),
            number_critical: parsed
                .extensions()
                .iter()
                .find(|extension| extension.oid.to_id_string() == "2.5.29.20")
                .map(|extension| extension.critical),
        })
    }
}
