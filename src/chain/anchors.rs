//! Trust anchors: a name and a key. The user's roots, and unless turned off
//! the Mozilla roots shipped in `webpki-roots`.

use serde::Serialize;

use crate::certificate::Certificate;
use crate::formats::ber::{encode, tag, Tlv};
use crate::names::constraints::Constraints;
use crate::names::distinguished::NameKey;

/// Where a trust anchor comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum AnchorSource {
    /// The Mozilla root store (webpki-roots).
    Public,
    /// A root the user gave (`--root`).
    User,
}

/// A trust anchor: a name and a key.
#[derive(Clone, Debug)]
pub struct Anchor {
    pub name: String,
    /// Contents of the subject Name (without its SEQUENCE header).
    pub subject: Vec<u8>,
    /// The subject in its compared form (RFC 5280 §7.1).
    pub subject_key: NameKey,
    /// The whole DER SubjectPublicKeyInfo.
    pub spki: Vec<u8>,
    pub source: AnchorSource,
    /// Name constraints of a user root.
    pub constraints: Option<Constraints>,
    /// For a user root: its certificate's index.
    pub certificate: Option<usize>,
}

impl Anchor {
    /// Anchors for the user's root certificates.
    pub fn from_certificate(certificate: &Certificate) -> Self {
        Self {
            name: certificate.name.clone(),
            subject: contents(&certificate.subject_der).to_vec(),
            subject_key: certificate.subject_key.clone(),
            spki: certificate.spki_der.clone(),
            source: AnchorSource::User,
            constraints: certificate.name_constraints.clone(),
            certificate: Some(certificate.index),
        }
    }

    /// The Mozilla roots, read once per process (the page analyses on every
    /// keystroke).
    pub fn public() -> &'static [Self] {
        static PUBLIC: std::sync::OnceLock<Vec<Anchor>> = std::sync::OnceLock::new();
        PUBLIC.get_or_init(Self::read_public)
    }

    fn read_public() -> Vec<Self> {
        webpki_roots::TLS_SERVER_ROOTS
            .iter()
            .map(|anchor| {
                let subject = anchor.subject.as_ref().to_vec();
                Self {
                    name: name_of(&subject),
                    subject_key: NameKey::of_contents(&subject),
                    spki: encode::tlv(tag::SEQUENCE, anchor.subject_public_key_info.as_ref()),
                    subject,
                    source: AnchorSource::Public,
                    constraints: None,
                    certificate: None,
                }
            })
            .collect()
    }
}

/// The CN (or whole name) of a Name given by its contents.
fn name_of(subject_contents: &[u8]) -> String {
    use x509_parser::prelude::FromDer;
    let wrapped = encode::tlv(tag::SEQUENCE, subject_contents);
    match x509_parser::x509::X509Name::from_der(&wrapped) {
        Ok((_, name)) => name
            .iter_common_name()
            .next()
            .and_then(|cn| cn.as_str().ok().map(str::to_string))
            .unwrap_or_else(|| name.to_string()),
        Err(_) => crate::formats::colon_hex(subject_contents),
    }
}

pub(super) fn contents(der: &[u8]) -> &[u8] {
    Tlv::parse_whole(der).map(|tlv| tlv.contents).unwrap_or(der)
}
