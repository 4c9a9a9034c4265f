//! PKCS#7 / CMS certificate bundles (`.p7b`, `.p7c`; RFC 5652 §5): the
//! certificates and CRLs of a SignedData, which is how Windows and many CAs
//! ship chains. BER (indefinite lengths) is accepted, as Windows writes it.

use super::ber::{tag, Tlv};
use super::oid::SIGNED_DATA;
use super::{FormatError, Problem};
use crate::budget::{MAX_CERTIFICATES, MAX_CRLS};

/// The certificates and CRLs of a bundle, as DER.
#[derive(Debug, Default)]
pub struct Bundle {
    pub certificates: Vec<Vec<u8>>,
    pub crls: Vec<Vec<u8>>,
}

/// True if `der` is a ContentInfo holding SignedData.
pub fn looks_like_pkcs7(der: &[u8]) -> bool {
    Tlv::parse_whole(der)
        .ok()
        .and_then(|info| info.children().expect(tag::OID, "contentType").ok().and_then(|oid| oid.oid().ok()))
        .is_some_and(|content_type| content_type == SIGNED_DATA)
}

/// Reads the certificates and CRLs of a SignedData ContentInfo.
pub fn read(der: &[u8]) -> Result<Bundle, FormatError> {
    let info = Tlv::parse_whole(der)?;
    let mut fields = info.children();
    let content_type_field = fields.expect(tag::OID, "contentType")?;
    let content_type = content_type_field.oid()?;
    if content_type != SIGNED_DATA {
        return Err(FormatError::at(content_type_field.offset, Problem::NotSignedData { content_type }));
    }
    let explicit = fields.expect(tag::context(0), "content")?;
    let signed_data = explicit.children().expect(tag::SEQUENCE, "SignedData")?;
    let mut parts = signed_data.children();
    parts.expect(tag::INTEGER, "version")?;
    parts.expect(tag::SET, "digestAlgorithms")?;
    parts.expect(tag::SEQUENCE, "encapContentInfo")?;
    let mut bundle = Bundle::default();
    // Beyond the engine's limits nothing is read: it would only be refused.
    if let Some(certificates) = parts.optional(tag::context(0))? {
        let mut reader = certificates.children();
        while !reader.is_empty() && bundle.certificates.len() <= MAX_CERTIFICATES {
            let certificate = reader.read()?;
            // Other CertificateChoices (attribute certificates…) are skipped.
            if certificate.tag == tag::SEQUENCE {
                bundle.certificates.push(certificate.raw.to_vec());
            }
        }
    }
    if let Some(crls) = parts.optional(tag::context(1))? {
        let mut reader = crls.children();
        while !reader.is_empty() && bundle.crls.len() <= MAX_CRLS {
            let crl = reader.read()?;
            if crl.tag == tag::SEQUENCE {
                bundle.crls.push(crl.raw.to_vec());
            }
        }
    }
    Ok(bundle)
}
