//! What a certificate's key may be used for (RFC 5280 §4.2.1.3, §4.2.1.12)
//! and which policies it was issued under (§4.2.1.4), as types.

use serde::{Serialize, Serializer};

/// A keyUsage bit. Serialises as RFC 5280's name for it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(feature = "transfer", derive(bincode::Encode, bincode::Decode))]
pub enum KeyUsage {
    #[serde(rename = "digitalSignature")]
    DigitalSignature,
    #[serde(rename = "contentCommitment")]
    ContentCommitment,
    #[serde(rename = "keyEncipherment")]
    KeyEncipherment,
    #[serde(rename = "dataEncipherment")]
    DataEncipherment,
    #[serde(rename = "keyAgreement")]
    KeyAgreement,
    #[serde(rename = "keyCertSign")]
    KeyCertSign,
    #[serde(rename = "cRLSign")]
    CrlSign,
    #[serde(rename = "encipherOnly")]
    EncipherOnly,
    #[serde(rename = "decipherOnly")]
    DecipherOnly,
}

impl KeyUsage {
    /// RFC 5280's name.
    pub fn name(self) -> &'static str {
        match self {
            Self::DigitalSignature => "digitalSignature",
            Self::ContentCommitment => "contentCommitment",
            Self::KeyEncipherment => "keyEncipherment",
            Self::DataEncipherment => "dataEncipherment",
            Self::KeyAgreement => "keyAgreement",
            Self::KeyCertSign => "keyCertSign",
            Self::CrlSign => "cRLSign",
            Self::EncipherOnly => "encipherOnly",
            Self::DecipherOnly => "decipherOnly",
        }
    }

    /// The bits set in x509-parser's view of the extension, in RFC order.
    pub(crate) fn of(usage: &x509_parser::extensions::KeyUsage) -> Vec<Self> {
        let bits = [
            (usage.digital_signature(), Self::DigitalSignature),
            (usage.non_repudiation(), Self::ContentCommitment),
            (usage.key_encipherment(), Self::KeyEncipherment),
            (usage.data_encipherment(), Self::DataEncipherment),
            (usage.key_agreement(), Self::KeyAgreement),
            (usage.key_cert_sign(), Self::KeyCertSign),
            (usage.crl_sign(), Self::CrlSign),
            (usage.encipher_only(), Self::EncipherOnly),
            (usage.decipher_only(), Self::DecipherOnly),
        ];
        bits.iter().filter(|(set, _)| *set).map(|(_, usage)| *usage).collect()
    }
}

/// An extendedKeyUsage purpose. Serialises as its RFC 5280 name, or as the
/// dotted OID of a purpose without one.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "transfer", derive(bincode::Encode, bincode::Decode))]
pub enum ExtendedKeyUsage {
    Any,
    ServerAuth,
    ClientAuth,
    CodeSigning,
    EmailProtection,
    TimeStamping,
    OcspSigning,
    Other(String),
}

impl ExtendedKeyUsage {
    pub fn name(&self) -> &str {
        match self {
            Self::Any => "anyExtendedKeyUsage",
            Self::ServerAuth => "serverAuth",
            Self::ClientAuth => "clientAuth",
            Self::CodeSigning => "codeSigning",
            Self::EmailProtection => "emailProtection",
            Self::TimeStamping => "timeStamping",
            Self::OcspSigning => "OCSPSigning",
            Self::Other(oid) => oid,
        }
    }

    pub(crate) fn of(usage: &x509_parser::extensions::ExtendedKeyUsage<'_>) -> Vec<Self> {
        let known = [
            (usage.any, Self::Any),
            (usage.server_auth, Self::ServerAuth),
            (usage.client_auth, Self::ClientAuth),
            (usage.code_signing, Self::CodeSigning),
            (usage.email_protection, Self::EmailProtection),
            (usage.time_stamping, Self::TimeStamping),
            (usage.ocsp_signing, Self::OcspSigning),
        ];
        let mut purposes: Vec<Self> =
            known.into_iter().filter(|(set, _)| *set).map(|(_, purpose)| purpose).collect();
        purposes.extend(usage.other.iter().map(|oid| Self::Other(oid.to_id_string())));
        purposes
    }
}

impl Serialize for ExtendedKeyUsage {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.name())
    }
}

/// A certificatePolicies entry, with the CA/Browser Forum's meaning where it
/// has one.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "transfer", derive(bincode::Encode, bincode::Decode))]
pub struct Policy {
    pub oid: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<PolicyKind>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "transfer", derive(bincode::Encode, bincode::Decode))]
#[serde(rename_all = "kebab-case")]
pub enum PolicyKind {
    DomainValidated,
    OrganizationValidated,
    IndividualValidated,
    ExtendedValidation,
    AnyPolicy,
}

impl Policy {
    pub(crate) fn of(oid: String) -> Self {
        let kind = match oid.as_str() {
            "2.23.140.1.2.1" => Some(PolicyKind::DomainValidated),
            "2.23.140.1.2.2" => Some(PolicyKind::OrganizationValidated),
            "2.23.140.1.2.3" => Some(PolicyKind::IndividualValidated),
            "2.23.140.1.1" => Some(PolicyKind::ExtendedValidation),
            "2.5.29.32.0" => Some(PolicyKind::AnyPolicy),
            _ => None,
        };
        Self { oid, kind }
    }
}
