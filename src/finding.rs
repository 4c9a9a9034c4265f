//! Findings: what the engine found, as data.
//!
//! A finding is a [`FindingKind`] — one variant per stable code, carrying the
//! facts (dates, names, sizes) that its explanation needs — plus the inputs
//! and certificates it concerns. Words are produced from this data in one
//! place, [`crate::explain`], so the CLI, the page and the JSON report say the
//! same thing in every language.

use serde::Serialize;

use crate::pem::PemProblem;
use crate::timestamp::Timestamp;

/// How bad a finding is. Ordered from worst to mildest.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Severity {
    /// Clients will refuse the certificate, or the input cannot be used.
    Error,
    /// Works today for most clients, but is risky or will break.
    Warning,
    /// Worth knowing; nothing to fix.
    Info,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Error => "error",
            Self::Warning => "warning",
            Self::Info => "info",
        }
    }
}

/// Every finding code certdoctor knows. The kebab-case names are a stable
/// interface: scripts match on them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Code {
    // Input.
    InputUnrecognised,
    PemMalformed,
    CertUnparseable,
    InputLimitExceeded,
    InputUnparseable,
    InputSshKey,
    InputJavaKeystore,
    InputCsrNotCertificate,
    PasswordRequired,
    PasswordIncorrect,
    EncryptionUnsupported,
    // Chain.
    ChainOutOfOrder,
    ChainIncomplete,
    ChainRootIncluded,
    ChainDuplicateCertificate,
    ChainUnrelatedCertificate,
    // Validity.
    CertExpired,
    CertNotYetValid,
    CertExpiringSoon,
    CertValidityTooLong,
    CertCriticalExtensionUnknown,
    CertRevoked,
    CertProfileViolation,
    // Names.
    NameMismatch,
    NameNoSan,
    // Keys.
    KeyMismatch,
    KeyWeak,
    KeyUnreadable,
    KeyUnsupported,
    // Signatures and trust.
    SignatureInvalid,
    SignatureWeakAlgorithm,
    TrustUntrustedRoot,
    TrustSelfSigned,
    IssuerNotCa,
    PathLengthExceeded,
    ChainTooLong,
    EkuServerAuthMissing,
    NameConstraintsViolated,
}

impl Code {
    /// All codes, in the order the README lists them.
    pub const ALL: [Code; 38] = [
        Code::InputUnrecognised,
        Code::PemMalformed,
        Code::CertUnparseable,
        Code::InputLimitExceeded,
        Code::InputUnparseable,
        Code::InputSshKey,
        Code::InputJavaKeystore,
        Code::InputCsrNotCertificate,
        Code::PasswordRequired,
        Code::PasswordIncorrect,
        Code::EncryptionUnsupported,
        Code::ChainOutOfOrder,
        Code::ChainIncomplete,
        Code::ChainRootIncluded,
        Code::ChainDuplicateCertificate,
        Code::ChainUnrelatedCertificate,
        Code::CertExpired,
        Code::CertNotYetValid,
        Code::CertExpiringSoon,
        Code::CertValidityTooLong,
        Code::CertCriticalExtensionUnknown,
        Code::CertRevoked,
        Code::CertProfileViolation,
        Code::NameMismatch,
        Code::NameNoSan,
        Code::KeyMismatch,
        Code::KeyWeak,
        Code::KeyUnreadable,
        Code::KeyUnsupported,
        Code::SignatureInvalid,
        Code::SignatureWeakAlgorithm,
        Code::TrustUntrustedRoot,
        Code::TrustSelfSigned,
        Code::IssuerNotCa,
        Code::PathLengthExceeded,
        Code::ChainTooLong,
        Code::EkuServerAuthMissing,
        Code::NameConstraintsViolated,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Code::InputUnrecognised => "input-unrecognised",
            Code::PemMalformed => "pem-malformed",
            Code::CertUnparseable => "cert-unparseable",
            Code::InputLimitExceeded => "input-limit-exceeded",
            Code::InputUnparseable => "input-unparseable",
            Code::InputSshKey => "input-ssh-key",
            Code::InputJavaKeystore => "input-java-keystore",
            Code::InputCsrNotCertificate => "input-csr-not-certificate",
            Code::PasswordRequired => "password-required",
            Code::PasswordIncorrect => "password-incorrect",
            Code::EncryptionUnsupported => "encryption-unsupported",
            Code::ChainOutOfOrder => "chain-out-of-order",
            Code::ChainIncomplete => "chain-incomplete",
            Code::ChainRootIncluded => "chain-root-included",
            Code::ChainDuplicateCertificate => "chain-duplicate-certificate",
            Code::ChainUnrelatedCertificate => "chain-unrelated-certificate",
            Code::CertExpired => "cert-expired",
            Code::CertNotYetValid => "cert-not-yet-valid",
            Code::CertExpiringSoon => "cert-expiring-soon",
            Code::CertValidityTooLong => "cert-validity-too-long",
            Code::CertCriticalExtensionUnknown => "cert-critical-extension-unknown",
            Code::CertRevoked => "cert-revoked",
            Code::CertProfileViolation => "cert-profile-violation",
            Code::NameMismatch => "name-mismatch",
            Code::NameNoSan => "name-no-san",
            Code::KeyMismatch => "key-mismatch",
            Code::KeyWeak => "key-weak",
            Code::KeyUnreadable => "key-unreadable",
            Code::KeyUnsupported => "key-unsupported",
            Code::SignatureInvalid => "signature-invalid",
            Code::SignatureWeakAlgorithm => "signature-weak-algorithm",
            Code::TrustUntrustedRoot => "trust-untrusted-root",
            Code::TrustSelfSigned => "trust-self-signed",
            Code::IssuerNotCa => "issuer-not-ca",
            Code::PathLengthExceeded => "path-length-exceeded",
            Code::ChainTooLong => "chain-too-long",
            Code::EkuServerAuthMissing => "eku-server-auth-missing",
            Code::NameConstraintsViolated => "name-constraints-violated",
        }
    }

    pub fn severity(self) -> Severity {
        match self {
            Code::CertExpiringSoon
            | Code::CertValidityTooLong
            | Code::ChainRootIncluded
            | Code::ChainDuplicateCertificate
            | Code::ChainUnrelatedCertificate
            | Code::ChainOutOfOrder
            | Code::InputLimitExceeded
            | Code::InputJavaKeystore
            | Code::KeyUnsupported => Severity::Warning,
            Code::InputCsrNotCertificate => Severity::Info,
            _ => Severity::Error,
        }
    }
}

/// Which engine limit an input ran into.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Limit {
    /// Total bytes over all inputs.
    TotalBytes,
    /// PEM blocks in all inputs.
    PemBlocks,
    /// Certificates read from all inputs.
    Certificates,
    /// Key-derivation work (PBKDF2, PKCS#12 KDF, scrypt) of an encrypted input.
    KeyDerivation,
    /// Size of an RSA key.
    RsaKeySize,
    /// Entries in a container (PKCS#12 bags, keystore entries).
    ContainerEntries,
}

/// A finding's code and the facts its explanation is built from.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "code", content = "context", rename_all = "kebab-case")]
pub enum FindingKind {
    /// Nothing in an input could be read as a certificate, key, CSR or bundle.
    InputUnrecognised {
        input: String,
        bytes: usize,
        looks_like: Option<String>,
    },
    /// A PEM block is broken (RFC 7468).
    PemMalformed {
        input: String,
        line: usize,
        problem: PemProblem,
    },
    /// A CERTIFICATE block (or DER file) is not a valid X.509 certificate.
    CertUnparseable {
        input: String,
        line: Option<usize>,
        reason: String,
    },
    /// Something was larger than the engine agrees to read.
    InputLimitExceeded {
        limit: Limit,
        maximum: u64,
        skipped: String,
    },
    /// A certificate request, CRL, PKCS#7 or PKCS#12 structure is broken.
    InputUnparseable {
        input: String,
        line: Option<usize>,
        what: String,
        reason: String,
    },
    /// An OpenSSH private key: not usable for TLS.
    InputSshKey {
        input: String,
        line: Option<usize>,
    },
    /// A Java keystore: certificates read, keys need converting.
    InputJavaKeystore {
        input: String,
        store: String,
        certificates: usize,
        key_aliases: Vec<String>,
        incomplete: Option<String>,
    },
    /// A CSR was given; `only_requests` when no certificate was given at all.
    InputCsrNotCertificate {
        input: String,
        request: String,
        only_requests: bool,
    },
    /// An encrypted input and no password to open it.
    PasswordRequired {
        input: String,
        what: String,
    },
    /// None of the passwords given opens an encrypted input.
    PasswordIncorrect {
        input: String,
        what: String,
        tried: usize,
    },
    /// An encryption scheme certdoctor cannot decrypt.
    EncryptionUnsupported {
        input: String,
        what: String,
        scheme: String,
    },
    /// The private key does not belong to the leaf certificate.
    KeyMismatch {
        certificate: String,
        keys: Vec<String>,
        matches: Option<String>,
    },
    /// RSA below 2048 bits or an elliptic curve below 256 bits.
    KeyWeak {
        subject: String,
        algorithm: String,
        bits: usize,
        minimum: usize,
    },
    /// The path stops at a certificate whose issuer is in neither the
    /// bundle nor the trust store (RFC 5280 §6.1).
    ChainIncomplete {
        certificate: String,
        missing_issuer: String,
        ca_issuers: Option<String>,
    },
    /// The bundle is not in leaf → issuer order (RFC 8446 §4.4.2).
    ChainOutOfOrder {
        served: Vec<String>,
        expected: Vec<String>,
    },
    /// The bundle carries the root, which clients must already have.
    ChainRootIncluded {
        root: String,
    },
    ChainDuplicateCertificate {
        certificate: String,
    },
    /// A certificate that is not on the leaf's path.
    ChainUnrelatedCertificate {
        certificate: String,
        leaf: String,
    },
    /// A server leaf valid for more than 398 days (CA/B Forum BR §6.3.2).
    CertValidityTooLong {
        certificate: String,
        days: i64,
        not_before: Timestamp,
        not_after: Timestamp,
    },
    /// A critical extension that clients do not understand (RFC 5280 §4.2).
    CertCriticalExtensionUnknown {
        certificate: String,
        extension: String,
    },
    /// The host is not covered by the leaf's subjectAltName (RFC 6125 §6.4).
    NameMismatch {
        certificate: String,
        host: String,
        names: Vec<String>,
    },
    /// The leaf has no subjectAltName (RFC 2818 §3.1: the CN is not used).
    NameNoSan {
        certificate: String,
        host: String,
        subject: String,
    },
    /// A signature on the path does not verify.
    SignatureInvalid {
        signed: String,
        signer: String,
    },
    /// SHA-1 or MD5 signature below the trust anchor.
    SignatureWeakAlgorithm {
        certificate: String,
        algorithm: String,
    },
    /// The path ends at a self-signed root that is not trusted.
    TrustUntrustedRoot {
        root: String,
        leaf: String,
    },
    /// The leaf signed itself and is not trusted.
    TrustSelfSigned {
        certificate: String,
    },
    /// An issuer is not allowed to issue certificates (RFC 5280 §4.2.1.9,
    /// §4.2.1.3).
    IssuerNotCa {
        issuer: String,
        issued: String,
        basic_constraints_ca: bool,
        key_cert_sign: bool,
    },
    /// More intermediate CAs below an issuer than its pathLenConstraint allows.
    PathLengthExceeded {
        issuer: String,
        limit: u32,
        below: usize,
    },
    /// More intermediate CAs than the client's verify depth allows
    /// (`--max-depth`).
    ChainTooLong {
        leaf: String,
        intermediates: usize,
        limit: usize,
    },
    /// An extendedKeyUsage on the path that excludes serverAuth.
    EkuServerAuthMissing {
        certificate: String,
        is_leaf: bool,
        usages: Vec<String>,
    },
    /// A name on the path breaks an issuer's name constraints.
    NameConstraintsViolated {
        certificate: String,
        issuer: String,
        detail: String,
    },
    /// A certificate on the path is revoked by a CRL that was given.
    CertRevoked {
        certificate: String,
        serial: String,
        date: Timestamp,
        crl_issuer: String,
    },
    /// An encoding rule of RFC 5280 / the Baseline Requirements is broken.
    CertProfileViolation {
        certificate: String,
        rule: String,
        detail: String,
    },
    /// A private or public key block is broken.
    KeyUnreadable {
        input: String,
        line: Option<usize>,
        reason: String,
    },
    /// A well-formed key of a kind that cannot be used or paired.
    KeyUnsupported {
        input: String,
        line: Option<usize>,
        reason: String,
    },
    /// `notAfter` is before the moment checked (RFC 5280 §4.1.2.5).
    CertExpired {
        certificate: String,
        not_after: Timestamp,
        at: Timestamp,
        days: i64,
    },
    /// `notBefore` is after the moment checked.
    CertNotYetValid {
        certificate: String,
        not_before: Timestamp,
        at: Timestamp,
        days: i64,
    },
    /// `notAfter` falls within the warning window.
    CertExpiringSoon {
        certificate: String,
        not_after: Timestamp,
        at: Timestamp,
        days: i64,
        warn_days: u32,
    },
}

impl FindingKind {
    pub fn code(&self) -> Code {
        match self {
            Self::InputUnrecognised { .. } => Code::InputUnrecognised,
            Self::PemMalformed { .. } => Code::PemMalformed,
            Self::CertUnparseable { .. } => Code::CertUnparseable,
            Self::InputLimitExceeded { .. } => Code::InputLimitExceeded,
            Self::CertExpired { .. } => Code::CertExpired,
            Self::CertNotYetValid { .. } => Code::CertNotYetValid,
            Self::CertExpiringSoon { .. } => Code::CertExpiringSoon,
            Self::InputUnparseable { .. } => Code::InputUnparseable,
            Self::InputSshKey { .. } => Code::InputSshKey,
            Self::InputJavaKeystore { .. } => Code::InputJavaKeystore,
            Self::InputCsrNotCertificate { .. } => Code::InputCsrNotCertificate,
            Self::PasswordRequired { .. } => Code::PasswordRequired,
            Self::PasswordIncorrect { .. } => Code::PasswordIncorrect,
            Self::EncryptionUnsupported { .. } => Code::EncryptionUnsupported,
            Self::KeyMismatch { .. } => Code::KeyMismatch,
            Self::KeyWeak { .. } => Code::KeyWeak,
            Self::KeyUnreadable { .. } => Code::KeyUnreadable,
            Self::KeyUnsupported { .. } => Code::KeyUnsupported,
            Self::ChainIncomplete { .. } => Code::ChainIncomplete,
            Self::ChainOutOfOrder { .. } => Code::ChainOutOfOrder,
            Self::ChainRootIncluded { .. } => Code::ChainRootIncluded,
            Self::ChainDuplicateCertificate { .. } => Code::ChainDuplicateCertificate,
            Self::ChainUnrelatedCertificate { .. } => Code::ChainUnrelatedCertificate,
            Self::CertValidityTooLong { .. } => Code::CertValidityTooLong,
            Self::CertCriticalExtensionUnknown { .. } => Code::CertCriticalExtensionUnknown,
            Self::NameMismatch { .. } => Code::NameMismatch,
            Self::NameNoSan { .. } => Code::NameNoSan,
            Self::SignatureInvalid { .. } => Code::SignatureInvalid,
            Self::SignatureWeakAlgorithm { .. } => Code::SignatureWeakAlgorithm,
            Self::TrustUntrustedRoot { .. } => Code::TrustUntrustedRoot,
            Self::TrustSelfSigned { .. } => Code::TrustSelfSigned,
            Self::IssuerNotCa { .. } => Code::IssuerNotCa,
            Self::PathLengthExceeded { .. } => Code::PathLengthExceeded,
            Self::ChainTooLong { .. } => Code::ChainTooLong,
            Self::EkuServerAuthMissing { .. } => Code::EkuServerAuthMissing,
            Self::NameConstraintsViolated { .. } => Code::NameConstraintsViolated,
            Self::CertRevoked { .. } => Code::CertRevoked,
            Self::CertProfileViolation { .. } => Code::CertProfileViolation,
        }
    }

    /// The code's severity, except where the facts change it: a CSR given
    /// alone means the certificate itself is missing.
    pub fn severity(&self) -> Severity {
        match self {
            Self::InputCsrNotCertificate { only_requests: true, .. } => Severity::Error,
            _ => self.code().severity(),
        }
    }
}

/// A finding and what it concerns.
#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    pub kind: FindingKind,
    /// Indices into [`crate::Report::inputs`].
    pub inputs: Vec<usize>,
    /// Indices into [`crate::Report::certificates`].
    pub certificates: Vec<usize>,
}

impl Finding {
    pub fn about_input(kind: FindingKind, input: usize) -> Self {
        Self { kind, inputs: vec![input], certificates: Vec::new() }
    }

    /// About the user's root certificate, which is neither an input nor in
    /// the report's certificate list.
    pub fn about_root(kind: FindingKind) -> Self {
        Self { kind, inputs: Vec::new(), certificates: Vec::new() }
    }

    pub fn about_certificate(kind: FindingKind, input: usize, certificate: usize) -> Self {
        Self { kind, inputs: vec![input], certificates: vec![certificate] }
    }

    pub fn code(&self) -> Code {
        self.kind.code()
    }

    pub fn severity(&self) -> Severity {
        self.kind.severity()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_kebab_case_and_serialise_as_named() {
        let mut seen = std::collections::HashSet::new();
        for code in Code::ALL {
            let name = code.as_str();
            assert!(seen.insert(name), "{name} twice");
            assert!(name.chars().all(|c| c.is_ascii_lowercase() || c == '-'), "{name}");
            assert_eq!(serde_json::to_value(code).unwrap(), name);
        }
    }

    #[test]
    fn kind_serialises_with_its_code() {
        let kind = FindingKind::CertExpired {
            certificate: "example.com".into(),
            not_after: Timestamp::from_unix_seconds(0),
            at: Timestamp::from_unix_seconds(86_400),
            days: 1,
        };
        let json = serde_json::to_value(&kind).unwrap();
        assert_eq!(json["code"], kind.code().as_str());
        assert_eq!(json["context"]["not_after"], "1970-01-01T00:00:00Z");
    }
}
