//! Certificate signing requests (PKCS#10, RFC 2986): what they ask for and
//! the key they carry, so they can be paired with keys and certificates.

use serde::Serialize;
use x509_parser::certification_request::X509CertificationRequest;
use x509_parser::extensions::{GeneralName, ParsedExtension};
use x509_parser::prelude::FromDer;

use crate::certificate::public_key_of;
use crate::formats::{oid, FormatError, Problem, X509Part};
use crate::keys::PublicKey;

#[derive(Clone, Debug, Serialize)]
#[cfg_attr(feature = "transfer", derive(bincode::Encode, bincode::Decode))]
pub struct Request {
    /// Position in the report's list of requests.
    pub index: usize,
    pub input: usize,
    /// Subject CN, else the first requested DNS name, else the subject,
    /// else its key's SHA-256 fingerprint's start.
    pub name: String,
    pub subject: String,
    pub dns_names: Vec<String>,
    pub key: PublicKey,
    pub signature_algorithm: String,
    /// Private keys (indices) whose public key this request carries.
    pub keys: Vec<usize>,
    /// Certificates (indices) issued for this request's key.
    pub certificates: Vec<usize>,
}

impl Request {
    pub fn from_der(der: &[u8], index: usize, input: usize) -> Result<Self, FormatError> {
        let (_, parsed) = X509CertificationRequest::from_der(der)
            .map_err(|error| FormatError::new(Problem::X509 { part: X509Part::of_nom(&error) }))?;
        let info = &parsed.certification_request_info;
        let subject = info.subject.to_string();
        let mut dns_names = Vec::new();
        if let Some(extensions) = parsed.requested_extensions() {
            for extension in extensions {
                if let ParsedExtension::SubjectAlternativeName(san) = extension {
                    for name in &san.general_names {
                        if let GeneralName::DNSName(dns) = name {
                            dns_names.push((*dns).to_string());
                        }
                    }
                }
            }
        }
        let common_name =
            info.subject.iter_common_name().next().and_then(|cn| cn.as_str().ok()).map(str::to_string);
        let key = public_key_of(info.subject_pki.raw);
        let name = common_name
            .or_else(|| dns_names.first().cloned())
            .filter(|name| !name.is_empty())
            .or_else(|| (!subject.is_empty()).then(|| subject.clone()))
            .unwrap_or_else(|| format!("SHA-256 {}…", key.spki_sha256.get(..11).unwrap_or_default()));
        Ok(Self {
            index,
            input,
            name,
            subject,
            dns_names,
            key,
            signature_algorithm: oid::name(&parsed.signature_algorithm.algorithm),
            keys: Vec::new(),
            certificates: Vec::new(),
        })
    }
}
