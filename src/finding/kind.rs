//! A finding's code and the facts its words are built from: names, dates,
//! sizes and enums, never sentences (`finding::words` makes those).

pub use crate::formats::Container;
use serde::Serialize;

use super::{Code, Severity};
pub use crate::budget::Limit;
use crate::certificate::ExtendedKeyUsage;
use crate::formats::encryption::{KdfLimit, SchemeSummary, Unsupported};
use crate::formats::jks;
use crate::formats::pem::PemProblem;
use crate::formats::FormatError;
use crate::keys::{KeyAlgorithm, KeyEncoding, KeyUnsupported};
use crate::names::constraints::Violation;
use crate::client_error::{Details, ErrorClient, Family};
use crate::profile::Rule;
use crate::stores::limits::IssuanceLimit;
use crate::stores::StoreSet;
use crate::timestamp::Timestamp;

/// An issuer found in the public intermediate set.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "transfer", derive(bincode::Encode, bincode::Decode))]
pub struct Supplied {
    /// Where the set took it from.
    pub source: String,
    pub not_after: Timestamp,
}

/// What kind of structure a finding is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "transfer", derive(bincode::Encode, bincode::Decode))]
#[serde(rename_all = "kebab-case")]
pub enum Structure {
    Certificate,
    CertificateRequest,
    Crl,
    Pkcs7,
    Pkcs12,
    PrivateKey,
    EncryptedPrivateKey,
    /// A DER object that is none of the above.
    DerObject,
}

/// What an unrecognised input looks like instead.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "transfer", derive(bincode::Encode, bincode::Decode))]
#[serde(rename_all = "kebab-case")]
pub enum LooksLike {
    Empty,
    SshPublicKey,
    PuttyKey,
    Html,
    Json,
}

/// What a limit kept from being analysed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "transfer", derive(bincode::Encode, bincode::Decode))]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Skipped {
    /// A whole input.
    Input { input: String, bytes: usize },
    /// The rest of an input, from where the limit was reached.
    RestOf { input: String },
    /// Every item of the limit's kind after the first `count`.
    AfterTheFirst { count: usize },
    /// `more` findings of `code` about `input`, beyond those listed.
    Findings { code: Code, input: String, more: usize },
    /// The rest of the name-constraint checks on the path of `leaf`.
    NameConstraints { leaf: String },
    /// An encrypted structure whose key derivation asks for too much work.
    Encrypted { input: String, structure: Structure, asked: u64, limit: KdfLimit },
    /// An RSA key of this size.
    RsaKey { input: String, bits: usize },
    /// The rest of the search for a path: the one found so far is reported.
    PathSearch { leaf: String },
}

/// A key as the findings name it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "transfer", derive(bincode::Encode, bincode::Decode))]
pub struct KeyRef {
    pub algorithm: KeyAlgorithm,
    pub bits: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub curve: Option<String>,
    pub private: bool,
    pub input: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
}

/// Whose key a finding is about.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "transfer", derive(bincode::Encode, bincode::Decode))]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum KeyOwner {
    Certificate {
        name: String,
        ca: bool,
    },
    /// One of the user's roots.
    Root {
        name: String,
    },
    /// A certificate of a CA bundle reviewed as a trust store.
    BundleCa {
        name: String,
    },
    /// A certificate request.
    Request {
        name: String,
    },
    /// A key given on its own.
    Key {
        key: KeyRef,
    },
}

/// A finding's code and the facts its explanation is built from.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "transfer", derive(bincode::Encode, bincode::Decode))]
#[serde(tag = "code", content = "context", rename_all = "kebab-case")]
#[non_exhaustive]
pub enum FindingKind {
    /// Nothing in an input could be read as a certificate, key, CSR or bundle.
    InputUnrecognised { input: String, bytes: usize, looks_like: Option<LooksLike> },
    /// A PEM block is broken (RFC 7468).
    PemMalformed { input: String, line: usize, problem: PemProblem },
    /// A CERTIFICATE block (or DER file) is not a valid X.509 certificate.
    CertUnparseable { input: String, line: Option<usize>, error: FormatError },
    /// Something was larger than the engine agrees to handle.
    InputLimitExceeded { limit: Limit, maximum: u64, skipped: Skipped },
    /// A certificate request, CRL, PKCS#7 or PKCS#12 structure is broken.
    InputUnparseable { input: String, line: Option<usize>, structure: Structure, error: FormatError },
    /// An OpenSSH private key: not usable for TLS.
    InputSshKey { input: String, line: Option<usize> },
    /// A Java keystore: certificates read, keys need converting.
    InputJavaKeystore {
        input: String,
        store: jks::Kind,
        certificates: usize,
        key_aliases: Vec<String>,
        incomplete: Option<FormatError>,
    },
    /// A CSR was given; `only_requests` when no certificate was given at all.
    InputCsrNotCertificate { input: String, request: String, only_requests: bool },
    /// A TLS error message recognised in an input: who said it, what it is
    /// about, what it carries, and the findings present that explain it.
    ClientError {
        client: ErrorClient,
        family: Family,
        details: Details,
        line: usize,
        text: String,
        explained_by: Vec<Code>,
    },
    /// Text that reads like a TLS error but matched no rule.
    ClientErrorUnrecognised { input: String, line: usize, text: String },
    /// What an `openssl s_client` transcript says it saw, and whether the
    /// certificates pasted with it are the chain it lists.
    ClientTranscript {
        verify_code: Option<u32>,
        verify_text: Option<String>,
        protocol: Option<String>,
        cipher: Option<String>,
        no_peer_certificate: bool,
        /// The subjects s_client listed, depth 0 first.
        chain: Vec<String>,
        showcerts: bool,
        /// Certificates read from the same input.
        pasted: usize,
        /// Whether those are the chain s_client listed (`None` when it
        /// listed none).
        agrees: Option<bool>,
    },
    /// The bundle holds only CA certificates (or only self-signed ones):
    /// it is reviewed as a CA bundle. The counts of what the review found.
    InputCaBundle {
        certificates: usize,
        roots: usize,
        intermediates: usize,
        expired: usize,
        expiring: usize,
        weak_keys: usize,
        duplicates: usize,
        not_ca: usize,
    },
    /// A self-signed certificate in a CA bundle that is not a CA.
    CaBundleNotCa { certificate: String },
    /// An encrypted input and no password to open it.
    PasswordRequired { input: String, structure: Structure },
    /// None of the passwords given opens an encrypted input.
    PasswordIncorrect { input: String, structure: Structure, tried: usize },
    /// An encryption scheme certdoctor cannot decrypt.
    EncryptionUnsupported {
        input: String,
        structure: Structure,
        unsupported: Unsupported,
        scheme: Option<SchemeSummary>,
    },
    /// The private key does not belong to the leaf certificate.
    KeyMismatch { certificate: String, keys: Vec<KeyRef>, matches: Option<KeyOwner> },
    /// RSA below 2048 bits or an elliptic curve below 256 bits.
    KeyWeak { owner: KeyOwner, algorithm: KeyAlgorithm, bits: usize, minimum: usize },
    /// The path stops at a certificate whose issuer is in neither the
    /// bundle nor the trust store (RFC 5280 §6.1).
    ChainIncomplete {
        certificate: String,
        missing_issuer: String,
        ca_issuers: Option<String>,
        /// The container the certificate came in (the fix is to rebuild it).
        #[serde(skip_serializing_if = "Option::is_none")]
        container: Option<Container>,
        /// The issuer as certdoctor found it offline, in the public
        /// intermediate set (the corrected bundle includes it).
        #[serde(skip_serializing_if = "Option::is_none")]
        supplied: Option<Supplied>,
    },
    /// The bundle is not in leaf → issuer order (RFC 8446 §4.4.2).
    ChainOutOfOrder { served: Vec<String>, expected: Vec<String> },
    /// The bundle carries the root, which clients must already have.
    ChainRootIncluded {
        root: String,
        #[serde(skip_serializing_if = "Option::is_none")]
        container: Option<Container>,
    },
    ChainDuplicateCertificate {
        certificate: String,
        #[serde(skip_serializing_if = "Option::is_none")]
        container: Option<Container>,
        /// In a CA bundle reviewed as a trust store.
        #[serde(skip_serializing_if = "std::ops::Not::not")]
        ca_bundle: bool,
    },
    /// A certificate that is not on the leaf's path.
    ChainUnrelatedCertificate {
        certificate: String,
        leaf: String,
        #[serde(skip_serializing_if = "Option::is_none")]
        container: Option<Container>,
    },
    /// A server leaf valid for longer than clients accept (CA/B Forum BR
    /// §6.3.2).
    CertValidityTooLong {
        certificate: String,
        days: i64,
        limit: i64,
        not_before: Timestamp,
        not_after: Timestamp,
    },
    /// A critical extension that clients do not understand (RFC 5280 §4.2).
    CertCriticalExtensionUnknown {
        certificate: String,
        extension: String,
        /// On the user's root the path ends at (see [`FindingKind::CertExpired`]).
        #[serde(skip_serializing_if = "std::ops::Not::not")]
        anchor: bool,
    },
    /// The host is not covered by the leaf's subjectAltName (RFC 6125 §6.4).
    /// `common_name_matches`: the leaf lists no DNS names (an address or
    /// other names only) and its common name matches the host, which
    /// clients that fall back to the common name then take.
    NameMismatch { certificate: String, host: String, names: Vec<String>, common_name_matches: bool },
    /// The host is covered only by a wildcard directly over a public suffix
    /// (`pattern` "*.co.uk" over `suffix` "co.uk"): browsers refuse it, some
    /// other clients take it.
    NameWildcardPublicSuffix { certificate: String, host: String, pattern: String, suffix: String },
    /// The host is covered only by an entry written with a trailing dot
    /// (`entry` "example.com."), an absolute name RFC 5280 does not allow.
    NameTrailingDot { certificate: String, host: String, entry: String },
    /// The address `host` is in the leaf only as a dNSName `entry`, not as
    /// an iPAddress entry (RFC 5280 §4.2.1.6).
    NameAddressAsDnsName { certificate: String, host: String, entry: String },
    /// The host is covered only by a wildcard inside a label (`entry`
    /// "f*.example.com").
    NamePartialWildcard { certificate: String, host: String, entry: String },
    /// The leaf has no subjectAltName (RFC 2818 §3.1: the CN is not used).
    /// `address`: the host is an IP address, which OpenSSL, Python, Java
    /// and Node look for in subjectAltName only, never in the common name.
    NameNoSan { certificate: String, host: String, subject: String, common_name_matches: bool, address: bool },
    /// A signature on the path does not verify.
    SignatureInvalid { signed: String, signer: String },
    /// A signature with an algorithm certdoctor cannot check: the link is
    /// not part of any path it vouches for.
    SignatureUnverifiable { signed: String, signer: String, algorithm: String },
    /// rustls-webpki rejects the chain (`error` as it names it) and none of
    /// certdoctor's own findings explains why.
    SecondOpinionRejected { leaf: String, error: String },
    /// rustls-webpki rejects a chain that certdoctor's own rules accept, for
    /// a reason known to be rustls-webpki's own (`error` as it names it):
    /// rustls clients fail, others need not.
    SecondOpinionDiverges { leaf: String, error: String },
    /// SHA-1 or MD5 signature below the trust anchor.
    SignatureWeakAlgorithm { certificate: String, algorithm: String },
    /// The path ends at a self-signed root that is not trusted.
    TrustUntrustedRoot { root: String, leaf: String },
    /// The path ends at a public root some of the selected stores do not
    /// trust (or distrust): the clients that use those stores refuse it.
    TrustStoreMissing {
        root: String,
        trusted_by: StoreSet,
        missing: StoreSet,
        distrusted: StoreSet,
        /// Stores whose roots the leaf reaches only through public
        /// intermediates the server does not send (cross-signs), and those.
        #[serde(skip_serializing_if = "crate::flags::is_none")]
        needs_intermediates: StoreSet,
        #[serde(skip_serializing_if = "Vec::is_empty")]
        intermediates: Vec<String>,
    },
    /// The path ends at a public root whose certificates some clients
    /// trust only when issued up to a day, and the leaf was issued after
    /// it: `limits` are those clients' limits; `not_before` and
    /// `earliest_sct` the dates they read the leaf's issuance from.
    TrustDistrustedAfter {
        root: String,
        leaf: String,
        not_before: Timestamp,
        #[serde(skip_serializing_if = "Option::is_none")]
        earliest_sct: Option<Timestamp>,
        limits: Vec<IssuanceLimit>,
    },
    /// A certificate for public names whose path ends at a private CA (the
    /// user's root or an untrusted one): what a TLS-inspecting proxy or
    /// antivirus makes. `product` when a CA's name gives it away.
    TrustInterception { root: String, product: Option<String>, names: Vec<String>, yours: bool },
    /// The leaf signed itself and is not trusted.
    TrustSelfSigned { certificate: String },
    /// An issuer is not allowed to issue certificates (RFC 5280 §4.2.1.9,
    /// §4.2.1.3).
    IssuerNotCa { issuer: String, issued: String, basic_constraints_ca: bool, key_cert_sign: bool },
    /// More intermediate CAs below an issuer than its pathLenConstraint
    /// allows; `anchor` if the issuer is the user's root the path ends at
    /// (whose own constraints only some clients enforce).
    PathLengthExceeded { issuer: String, limit: u32, below: usize, anchor: bool },
    /// More intermediate CAs than the client's verify depth allows.
    ChainTooLong { leaf: String, intermediates: usize, limit: usize },
    /// An extendedKeyUsage on the path that excludes serverAuth.
    EkuServerAuthMissing { certificate: String, is_leaf: bool, usages: Vec<ExtendedKeyUsage> },
    /// A name on the path breaks an issuer's name constraints.
    NameConstraintsViolated { certificate: String, issuer: String, violation: Violation },
    /// A certificate on the path is revoked by a CRL that was given.
    CertRevoked { certificate: String, serial: String, date: Timestamp, crl_issuer: String },
    /// An encoding rule of RFC 5280 / the Baseline Requirements is broken.
    CertProfileViolation {
        certificate: String,
        #[serde(flatten)]
        rule: Rule,
    },
    /// A private or public key block is broken.
    KeyUnreadable { input: String, line: Option<usize>, error: FormatError },
    /// A well-formed key of a kind that cannot be used or paired.
    KeyUnsupported { input: String, line: Option<usize>, reason: KeyUnsupported },
    /// `notAfter` is before the moment checked (RFC 5280 §4.1.2.5).
    CertExpired {
        certificate: String,
        not_after: Timestamp,
        at: Timestamp,
        days: i64,
        /// In a CA bundle reviewed as a trust store: it verifies nothing any
        /// more, but clients skip it (a warning).
        #[serde(skip_serializing_if = "std::ops::Not::not")]
        ca_bundle: bool,
        /// The user's root the path ends at: clients that take a trust
        /// anchor as a name and a key (rustls-webpki) do not look at its dates.
        #[serde(skip_serializing_if = "std::ops::Not::not")]
        anchor: bool,
    },
    /// `notBefore` is after the moment checked.
    CertNotYetValid {
        certificate: String,
        not_before: Timestamp,
        at: Timestamp,
        days: i64,
        /// As for [`FindingKind::CertExpired`].
        #[serde(skip_serializing_if = "std::ops::Not::not")]
        anchor: bool,
    },
    /// `notAfter` falls within the warning window.
    CertExpiringSoon {
        certificate: String,
        not_after: Timestamp,
        at: Timestamp,
        days: i64,
        warn_days: u32,
        #[serde(skip_serializing_if = "std::ops::Not::not")]
        ca_bundle: bool,
    },
}

/// A key's encoding and the container it came in, for the report.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "transfer", derive(bincode::Encode, bincode::Decode))]
pub struct KeyFormat {
    pub encoding: KeyEncoding,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub container: Option<Container>,
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
            Self::InputCaBundle { .. } => Code::InputCaBundle,
            Self::ClientError { .. } => Code::ClientError,
            Self::ClientErrorUnrecognised { .. } => Code::ClientErrorUnrecognised,
            Self::ClientTranscript { .. } => Code::ClientTranscript,
            Self::CaBundleNotCa { .. } => Code::CaBundleNotCa,
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
            Self::NameWildcardPublicSuffix { .. } => Code::NameWildcardPublicSuffix,
            Self::NameTrailingDot { .. } => Code::NameTrailingDot,
            Self::NameAddressAsDnsName { .. } => Code::NameAddressAsDnsName,
            Self::NamePartialWildcard { .. } => Code::NamePartialWildcard,
            Self::NameNoSan { .. } => Code::NameNoSan,
            Self::SignatureInvalid { .. } => Code::SignatureInvalid,
            Self::SignatureUnverifiable { .. } => Code::SignatureUnverifiable,
            Self::SecondOpinionRejected { .. } => Code::SecondOpinionRejected,
            Self::SecondOpinionDiverges { .. } => Code::SecondOpinionDiverges,
            Self::SignatureWeakAlgorithm { .. } => Code::SignatureWeakAlgorithm,
            Self::TrustUntrustedRoot { .. } => Code::TrustUntrustedRoot,
            Self::TrustStoreMissing { .. } => Code::TrustStoreMissing,
            Self::TrustDistrustedAfter { .. } => Code::TrustDistrustedAfter,
            Self::TrustInterception { .. } => Code::TrustInterception,
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
    /// alone means the certificate itself is missing, and a path search
    /// that ran out proved no trusted path.
    pub fn severity(&self) -> Severity {
        match self {
            Self::InputCsrNotCertificate { only_requests: true, .. } => Severity::Error,
            // In a trust store, an expired root or a weak key verifies
            // nothing; clients skip it rather than fail.
            Self::CertExpired { ca_bundle: true, .. } => Severity::Warning,
            Self::KeyWeak { owner: KeyOwner::BundleCa { .. }, .. } => Severity::Warning,
            // Must-staple with a responder to staple from breaks no rule: a
            // reminder that the server must staple.
            Self::CertProfileViolation { rule: Rule::MustStaple { ocsp: true }, .. } => Severity::Warning,
            Self::InputLimitExceeded {
                skipped: Skipped::PathSearch { .. } | Skipped::NameConstraints { .. },
                ..
            } => Severity::Error,
            _ => self.code().severity(),
        }
    }
}
