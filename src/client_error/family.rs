//! What a client's error is about, and which of the engine's findings
//! could be the reason (`../shared/corpus/error-strings/README.md`).

use serde::Serialize;


/// The kind of complaint, whatever the client's wording.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[cfg_attr(feature = "transfer", derive(bincode::Encode, bincode::Decode))]
pub enum Family {
    /// No path to a trusted root (the generic "not trusted").
    #[serde(rename = "unknown-issuer")]
    UnknownIssuer,
    /// The client says the chain is partial.
    #[serde(rename = "missing-intermediate")]
    MissingIntermediate,
    /// The leaf itself is self-signed.
    #[serde(rename = "self-signed")]
    SelfSigned,
    #[serde(rename = "expired")]
    Expired,
    #[serde(rename = "not-yet-valid")]
    NotYetValid,
    /// The name or address is not covered.
    #[serde(rename = "hostname")]
    Hostname,
    #[serde(rename = "weak-signature")]
    WeakSignature,
    #[serde(rename = "weak-key")]
    WeakKey,
    /// A signature does not verify.
    #[serde(rename = "signature")]
    Signature,
    /// The issuer is not a CA, or a CA serves as the leaf.
    #[serde(rename = "ca-flag")]
    CaFlag,
    #[serde(rename = "pathlen")]
    Pathlen,
    #[serde(rename = "eku")]
    Eku,
    #[serde(rename = "name-constraints")]
    NameConstraints,
    #[serde(rename = "critical-extension")]
    CriticalExtension,
    #[serde(rename = "chain-too-long")]
    ChainTooLong,
    #[serde(rename = "revoked")]
    Revoked,
    /// A browser's lifetime limit.
    #[serde(rename = "validity-too-long")]
    ValidityTooLong,
    /// Apple's TLS certificate policy ("not standards compliant").
    #[serde(rename = "apple-policy")]
    ApplePolicy,
    /// Chrome's catch-all: the certificate breaks a rule it enforces.
    #[serde(rename = "cert-invalid")]
    CertInvalid,
    /// At start-up: the key does not pair with the first certificate.
    #[serde(rename = "key-mismatch")]
    KeyMismatch,
    /// The file is not PEM of the expected kind.
    #[serde(rename = "pem-syntax")]
    PemSyntax,
    /// An encrypted key or keystore: no password, or a wrong one.
    #[serde(rename = "password")]
    Password,
    /// A server log: the peer refused *our* certificate.
    #[serde(rename = "peer-rejected-our-cert")]
    PeerRejectedOurCert,
    /// The revocation server could not be reached.
    #[serde(rename = "revocation-unavailable")]
    RevocationUnavailable,
    /// The client's CA file or path is wrong.
    #[serde(rename = "ca-bundle-config")]
    CaBundleConfig,
    /// TLS version, cipher, plaintext on the TLS port: not a certificate.
    #[serde(rename = "protocol")]
    Protocol,
}

impl Family {
    pub const ALL: [Family; 26] = [
        Self::UnknownIssuer,
        Self::MissingIntermediate,
        Self::SelfSigned,
        Self::Expired,
        Self::NotYetValid,
        Self::Hostname,
        Self::WeakSignature,
        Self::WeakKey,
        Self::Signature,
        Self::CaFlag,
        Self::Pathlen,
        Self::Eku,
        Self::NameConstraints,
        Self::CriticalExtension,
        Self::ChainTooLong,
        Self::Revoked,
        Self::ValidityTooLong,
        Self::ApplePolicy,
        Self::CertInvalid,
        Self::KeyMismatch,
        Self::PemSyntax,
        Self::Password,
        Self::PeerRejectedOurCert,
        Self::RevocationUnavailable,
        Self::CaBundleConfig,
        Self::Protocol,
    ];

    /// The stable id, as in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::UnknownIssuer => "unknown-issuer",
            Self::MissingIntermediate => "missing-intermediate",
            Self::SelfSigned => "self-signed",
            Self::Expired => "expired",
            Self::NotYetValid => "not-yet-valid",
            Self::Hostname => "hostname",
            Self::WeakSignature => "weak-signature",
            Self::WeakKey => "weak-key",
            Self::Signature => "signature",
            Self::CaFlag => "ca-flag",
            Self::Pathlen => "pathlen",
            Self::Eku => "eku",
            Self::NameConstraints => "name-constraints",
            Self::CriticalExtension => "critical-extension",
            Self::ChainTooLong => "chain-too-long",
            Self::Revoked => "revoked",
            Self::ValidityTooLong => "validity-too-long",
            Self::ApplePolicy => "apple-policy",
            Self::CertInvalid => "cert-invalid",
            Self::KeyMismatch => "key-mismatch",
            Self::PemSyntax => "pem-syntax",
            Self::Password => "password",
            Self::PeerRejectedOurCert => "peer-rejected-our-cert",
            Self::RevocationUnavailable => "revocation-unavailable",
            Self::CaBundleConfig => "ca-bundle-config",
            Self::Protocol => "protocol",
        }
    }

    /// Whether the complaint is about a certificate at all.
    pub fn about_certificates(self) -> bool {
        !matches!(self, Self::RevocationUnavailable | Self::CaBundleConfig | Self::Protocol)
    }

    /// Whether it is about the chain a server sends (not local files, a
    /// password, the network or the protocol).
    pub fn about_the_chain(self) -> bool {
        self.about_certificates() && !matches!(self, Self::KeyMismatch | Self::PemSyntax | Self::Password)
    }

    /// Go's one message for both dates ("certificate has expired or is not
    /// yet valid: current time T is before/after D") says which it is by the
    /// word between the two times: before the start is not yet valid.
    /// `lower` is the line in ASCII lower case.
    pub fn of_go_dates(lower: &str) -> Option<Self> {
        let (_, times) = lower.split_once("expired or is not yet valid: current time ")?;
        if times.contains(" is before ") {
            Some(Self::NotYetValid)
        } else if times.contains(" is after ") {
            Some(Self::Expired)
        } else {
            None
        }
    }

    /// Schannel's event log names a TLS alert by its number (RFC 8446 §6):
    /// "A fatal alert was received from the remote endpoint … alert code is
    /// 48" is the other side refusing this side's certificate; "generated
    /// and sent" is this side refusing the other's. Alerts about neither
    /// certificate are the protocol's. `lower` is the line in ASCII lower
    /// case.
    pub fn of_schannel_alert(lower: &str) -> Option<Self> {
        let received = lower.contains("fatal alert was received");
        if !received && !lower.contains("fatal alert was generated") {
            return None;
        }
        let (_, after) = lower.split_once("alert code is ")?;
        let digits: String = after.chars().take_while(char::is_ascii_digit).collect();
        let code: u32 = digits.parse().ok()?;
        Some(match (received, code) {
            // bad_certificate, unsupported_certificate, certificate_revoked,
            // certificate_expired, certificate_unknown, unknown_ca.
            (true, 42..=46 | 48) => Self::PeerRejectedOurCert,
            (false, 44) => Self::Revoked,
            (false, 45) => Self::Expired,
            (false, 43) => Self::CertInvalid,
            (false, 42 | 46 | 48) => Self::UnknownIssuer,
            _ => Self::Protocol,
        })
    }

    /// The family of an OpenSSL verify error number (X509_V_ERR_*).
    pub fn of_openssl(number: u32) -> Option<Self> {
        Some(match number {
            // Untrusted, rejected, or no issuer that matches by name, AKID
            // or serial.
            2 | 19 | 20 | 27 | 29..=31 => Self::UnknownIssuer,
            21 => Self::MissingIntermediate,
            4 | 6 | 7 => Self::Signature,
            9 => Self::NotYetValid,
            10 => Self::Expired,
            // The CRL: missing, badly signed, out of date, out of scope.
            3 | 8 | 11 | 12 | 15 | 16 | 33 | 35 | 36 | 44 | 54 => Self::RevocationUnavailable,
            18 => Self::SelfSigned,
            22 => Self::ChainTooLong,
            23 => Self::Revoked,
            24 | 32 | 37 | 79 => Self::CaFlag,
            28 | 39 => Self::Eku,
            13 | 14 | 40..=43 | 45 | 71 | 77 => Self::CertInvalid,
            49 | 51..=53 => Self::NameConstraints,
            76 => Self::WeakSignature,
            // OpenSSL 3's strict checks (X509_V_ERR_SIGNATURE_ALGORITHM_INCONSISTENCY,
            // X509_V_ERR_PATHLEN_INVALID_FOR_NON_CA … X509_V_ERR_EC_KEY_EXPLICIT_PARAMS).
            78 | 80..=94 => Self::CertInvalid,
            25 => Self::Pathlen,
            26 => Self::Eku,
            34 => Self::CriticalExtension,
            47 | 48 => Self::NameConstraints,
            62 | 64 => Self::Hostname,
            66 | 67 => Self::WeakKey,
            68 => Self::WeakSignature,
            _ => return None,
        })
    }
}
