//! Findings with real context values, one or more per code and one per
//! variant of every typed fact inside them, for the words tests.

use crate::certificate::{ExtendedKeyUsage, KeyUsage};
use crate::finding::{
    Container, FindingKind as K, KeyOwner, KeyRef, Limit, LooksLike, Skipped, Structure, Supplied,
};
use crate::formats::encryption::{KdfLimit, SchemeFamily, SchemeSummary, Unsupported};
use crate::formats::pem::PemProblem;
use crate::formats::{jks, FormatError, Problem, X509Part};
use crate::keys::{KeyAlgorithm, KeyUnsupported};
use crate::names::constraints::{MalformedConstraint, Violation};
use crate::profile::{CnDifference, KeyDefect, Rule};
use crate::stores::limits::{Dating, IssuanceLimit, Program};
use crate::stores::{StoreId, StoreSet};
use crate::timestamp::Timestamp;

pub const LEAF: &str = "shop.example.net";
pub const CA: &str = "Example Issuing CA 7";
pub const ROOT: &str = "Example Root R9";
pub const FILE: &str = "bundle-0413.pem";

fn at(text: &str) -> Timestamp {
    Timestamp::parse(text).unwrap_or(Timestamp::from_unix_seconds(0))
}

fn s(text: &str) -> String {
    text.to_string()
}

fn key(private: bool) -> KeyRef {
    KeyRef {
        algorithm: KeyAlgorithm::Rsa,
        bits: 1024,
        curve: None,
        private,
        input: s("server-07.key"),
        line: Some(3),
    }
}

fn scheme() -> SchemeSummary {
    SchemeSummary {
        family: SchemeFamily::Pbes2,
        kdf: s("PBKDF2-HMAC-SHA-256"),
        iterations: Some(2048),
        cipher: s("AES-256-CBC"),
    }
}

/// Every variant of [`Problem`], with values.
pub fn problems() -> Vec<Problem> {
    use Problem as P;
    vec![
        P::Truncated,
        P::LengthTooLong,
        P::LengthBeyondData { claimed: 9431, available: 17 },
        P::IndefinitePrimitive,
        P::MissingEndOfContents,
        P::TooDeep { limit: 48 },
        P::HighTagNumber,
        P::TrailingBytes { count: 77 },
        P::UnexpectedTag { field: crate::label::Label("tbsCertificate"), expected: 0x30, found: 0x31 },
        P::MissingField { field: crate::label::Label("macSalt") },
        P::BitStringUnusedBits,
        P::EmptyBitString,
        P::EmptyInteger,
        P::NegativeInteger,
        P::IntegerTooLarge,
        P::MalformedOid,
        P::UnsupportedVersion { field: crate::label::Label("PFX.version"), found: 5 },
        P::Empty { field: crate::label::Label("authSafe") },
        P::UnrecognisedStructure,
        P::NotSignedData { content_type: s("1.2.840.113549.1.7.3") },
        P::BagsTooDeep { limit: 4 },
        P::MacAcceptedButDecryptionFailed,
        P::CrlNumberMissing,
        P::CrlNumberCritical,
        P::CrlIssuerWithoutCrlSign { issuer: s(CA) },
        P::CrlCriticalExtension { extension: s("1.3.6.1.4.1.99999.1") },
        P::ZeroIterations,
        P::ScryptCostNotPowerOfTwo { n: 1000 },
        P::KeyLengthMismatch { cipher: s("AES-256-CBC") },
        P::CipherParameters { cipher: s("RC2-CBC") },
        P::MissingDekInfo,
        P::DekInfoIv,
        P::DekInfoIvLength { cipher: s("AES-128-CBC"), bytes: 9, expected: 16 },
        P::EmptyRsaKey,
        P::ZeroComponent { field: crate::label::Label("prime1") },
        P::CurveMismatch { inner: s("1.3.132.0.34"), outer: s("1.2.840.10045.3.1.7") },
        P::NoCurve,
        P::ScalarOutOfRange,
        P::KeyLength { algorithm: crate::label::Label("Ed25519"), bytes: 31, expected: 32 },
        P::X509 { part: X509Part::Version },
        P::X509 { part: X509Part::SerialNumber },
        P::X509 { part: X509Part::AlgorithmIdentifier },
        P::X509 { part: X509Part::Name },
        P::X509 { part: X509Part::Validity },
        P::X509 { part: X509Part::PublicKey },
        P::X509 { part: X509Part::UniqueIdentifier },
        P::X509 { part: X509Part::Extensions },
        P::X509 { part: X509Part::Attributes },
        P::X509 { part: X509Part::Signature },
        P::X509 { part: X509Part::Structure },
        P::EntryTooLong { claimed: 65536, available: 12 },
        P::TooManyEntries { count: 20000, limit: 10000 },
        P::CertificateType { kind: s("PGP") },
        P::SecretKeyEntry,
        P::UnknownEntry { kind: 9 },
    ]
}

/// Every variant of [`Rule`], with values.
pub fn rules() -> Vec<Rule> {
    use Rule as R;
    vec![
        R::SerialZero,
        R::SerialNegative,
        R::SerialTooLong { bytes: 23 },
        R::DuplicateExtension { extension: s("subjectAltName") },
        R::SignatureAlgorithmMismatch,
        R::AkiIssuerSerial,
        R::AkiCritical,
        R::SkiCritical,
        R::AiaCritical,
        R::AiaMalformed,
        R::NameConstraintsNotCritical,
        R::PolicyConstraintsNotCritical,
        R::SanCriticalWithSubject,
        R::SanNotCriticalWithEmptySubject,
        R::RsaModulusSize { bits: 2047 },
        R::KeyAlgorithm { key: KeyDefect::Dsa },
        R::KeyAlgorithm { key: KeyDefect::CaDsa },
        R::KeyAlgorithm { key: KeyDefect::Curve { curve: s("secp256k1") } },
        R::KeyAlgorithm { key: KeyDefect::Ed25519 },
        R::KeyAlgorithm { key: KeyDefect::Ed448 },
        R::KeyAlgorithm { key: KeyDefect::CannotSign { algorithm: s("X25519") } },
        R::KeyAlgorithm { key: KeyDefect::Unknown { algorithm: s("1.2.643.7.1.1.1.1") } },
        R::KeyAlgorithm { key: KeyDefect::HandshakeCurve { curve: s("P-521") } },
        R::KeyAlgorithm { key: KeyDefect::CaCurve { curve: s("secp256k1") } },
        R::KeyAlgorithm { key: KeyDefect::ExplicitCurve },
        R::KeyAlgorithm { key: KeyDefect::Unreadable },
        R::AkiMissing,
        R::EkuAnyWithoutServerAuth,
        R::PssSaltLength { salt: 222, hash: 32 },
        R::AkiMismatch { issuer: s("Example CA"), aki: s("0A:0B"), ski: s("0C:0D") },
        R::LeafIsCa,
        R::LeafEkuMissing,
        R::WildcardPublicSuffix { name: s("*.co.uk"), suffix: s("co.uk") },
        R::LeafKeyCertSign,
        R::NsCertTypeForbids,
        R::MustStaple { ocsp: false },
        R::MustStaple { ocsp: true },
        R::LeafKeyUsageTls { usages: vec![KeyUsage::KeyEncipherment], rsa_key_exchange: true },
        R::LeafKeyUsageTls { usages: vec![KeyUsage::KeyAgreement], rsa_key_exchange: false },
        R::LeafEkuCritical,
        R::LeafEkuAny,
        R::LeafEkuForbidden { usages: vec![ExtendedKeyUsage::CodeSigning, ExtendedKeyUsage::OcspSigning] },
        R::IssuerEncodingDiffers { issuer: s(CA) },
        R::CnNotExactlyInSan { cn: s("SHOP.example.net"), difference: CnDifference::LetterCase },
        R::CnNotExactlyInSan { cn: s("bücher.example"), difference: CnDifference::NotAscii },
        R::CnNotExactlyInSan {
            cn: s("192.000.002.001"),
            difference: CnDifference::AddressSpelling { address: s("192.0.2.1") },
        },
        R::CnNotExactlyInSan { cn: s("xn--mnchen-3ya.de"), difference: CnDifference::UnlistedIdn },
        R::SanInvalid { entry: s("-bad-.example") },
        R::DnsNameUnderscore { name: s("my_host.example") },
        R::SkiMissing,
        R::BasicConstraintsMissing,
        R::BasicConstraintsNotCritical,
        R::RootNotCa { says_not_ca: true },
        R::RootNotCa { says_not_ca: false },
        R::RootKeyCertSignMissing,
        R::CaKeyUsageMissing,
        R::PathLenWithoutCa,
        R::CaEmptySubject,
        R::RootAki,
    ]
}

/// Every variant of [`Violation`], with values.
pub fn violations() -> Vec<Violation> {
    use Violation as V;
    vec![
        V::Malformed { constraint: MalformedConstraint::NoSubtrees },
        V::Malformed { constraint: MalformedConstraint::DnsSyntax { constraint: s("*.bad.example") } },
        V::Malformed { constraint: MalformedConstraint::DnsSyntax { constraint: s(".example.com") } },
        V::Malformed { constraint: MalformedConstraint::IpLength { bytes: 5 } },
        V::Malformed { constraint: MalformedConstraint::DirectoryName },
        V::TooMuchWork { names: 1024, subtrees: 1024, limit: 250000 },
        V::ExcludedDns { name: s("intranet.corp.example"), subtree: s("corp.example") },
        V::OutsidePermittedDns {
            name: s("www.elsewhere.example"),
            permitted: vec![s("allowed.example"), s("other.example")],
        },
        V::ExcludedIp { address: s("10.1.2.3") },
        V::OutsidePermittedIp { address: s("198.51.100.7") },
        V::ExcludedDirectory { name: s("CN=Robot, O=Blocked Org"), subtree: s("O=Blocked Org") },
        V::OutsidePermittedDirectory { name: s("CN=Elsewhere, O=Other"), permitted: vec![s("O=Example")] },
        V::ExcludedEmail { address: s("alice@corp.example"), subtree: s("corp.example") },
        V::OutsidePermittedEmail { address: s("bob@elsewhere.example"), permitted: vec![s(".example.com")] },
        V::ExcludedUri { uri: s("https://intranet.corp.example/"), subtree: s(".corp.example") },
        V::OutsidePermittedUri { uri: s("urn:uuid:1234"), permitted: vec![s(".example.com")] },
        V::ExcludedKind { kind: crate::label::Label("rfc822Name") },
        V::OnEndEntity,
        V::CommonName { name: s("www.example.com") },
    ]
}

/// Findings about inputs, passwords and keys.
fn input_findings() -> Vec<K> {
    let mut out = vec![
        K::InputUnrecognised { input: s(FILE), bytes: 4411, looks_like: None },
        K::PemMalformed {
            input: s(FILE),
            line: 57,
            problem: PemProblem::MissingEnd { label: s("CERTIFICATE") },
        },
        K::PemMalformed {
            input: s(FILE),
            line: 58,
            problem: PemProblem::MismatchedEnd { begin: s("CERTIFICATE"), end: s("PRIVATE KEY") },
        },
        K::PemMalformed {
            input: s(FILE),
            line: 59,
            problem: PemProblem::BadBase64 {
                label: s("CERTIFICATE"),
                character: Some('*'),
                position: Some(733),
            },
        },
        K::PemMalformed {
            input: s(FILE),
            line: 60,
            problem: PemProblem::BadBase64 { label: s("CERTIFICATE"), character: None, position: None },
        },
        K::PemMalformed {
            input: s(FILE),
            line: 61,
            problem: PemProblem::UnknownLabel { label: s("FOO BAR") },
        },
        K::PemMalformed { input: s(FILE), line: 62, problem: PemProblem::Empty { label: s("CERTIFICATE") } },
        K::PemMalformed { input: s(FILE), line: 63, problem: PemProblem::BrokenMarker },
        K::InputSshKey { input: s("id_ed25519"), line: Some(4) },
        K::InputJavaKeystore {
            input: s("keystore.jks"),
            store: jks::Kind::Jks,
            certificates: 3,
            key_aliases: vec![s("tomcat")],
            incomplete: Some(FormatError::at(812, Problem::SecretKeyEntry)),
        },
        K::InputCsrNotCertificate { input: s("request.csr"), request: s(LEAF), only_requests: true },
        K::InputCsrNotCertificate { input: s("request.csr"), request: s(LEAF), only_requests: false },
        K::PasswordRequired { input: s("server.p12"), structure: Structure::Pkcs12 },
        K::PasswordIncorrect { input: s("server.p12"), structure: Structure::EncryptedPrivateKey, tried: 3 },
        K::KeyMismatch {
            certificate: s(LEAF),
            keys: vec![key(true)],
            matches: Some(KeyOwner::Certificate { name: s(CA), ca: true }),
        },
        K::KeyMismatch {
            certificate: s(LEAF),
            keys: vec![key(true)],
            matches: Some(KeyOwner::Request { name: s("api.example.net") }),
        },
        K::KeyWeak {
            owner: KeyOwner::Certificate { name: s(LEAF), ca: false },
            algorithm: KeyAlgorithm::Rsa,
            bits: 1024,
            minimum: 2048,
        },
        K::KeyWeak {
            owner: KeyOwner::Root { name: s(ROOT) },
            algorithm: KeyAlgorithm::Ec,
            bits: 224,
            minimum: 256,
        },
        K::KeyWeak {
            owner: KeyOwner::BundleCa { name: s(ROOT) },
            algorithm: KeyAlgorithm::Rsa,
            bits: 1024,
            minimum: 2048,
        },
        K::KeyWeak {
            owner: KeyOwner::Key { key: key(false) },
            algorithm: KeyAlgorithm::Rsa,
            bits: 1024,
            minimum: 2048,
        },
    ];
    for looks_like in
        [LooksLike::Empty, LooksLike::SshPublicKey, LooksLike::PuttyKey, LooksLike::Html, LooksLike::Json]
    {
        out.push(K::InputUnrecognised { input: s(FILE), bytes: 120, looks_like: Some(looks_like) });
    }
    for structure in [
        Structure::Certificate,
        Structure::CertificateRequest,
        Structure::Crl,
        Structure::Pkcs7,
        Structure::PrivateKey,
        Structure::DerObject,
    ] {
        out.push(K::InputUnparseable {
            input: s(FILE),
            line: Some(14),
            structure,
            error: FormatError::at(96, Problem::Truncated),
        });
    }
    for error in problems() {
        out.push(K::CertUnparseable { input: s(FILE), line: Some(21), error: FormatError::at(4242, error) });
    }
    let unsupported = [
        Unsupported::Scheme { oid: s("1.2.3.4.5") },
        Unsupported::Kdf { oid: s("1.2.3.4.6") },
        Unsupported::Prf { oid: s("1.2.3.4.7") },
        Unsupported::Cipher { oid: s("1.2.3.4.8") },
        Unsupported::AesGcm,
        Unsupported::MacDigest { oid: s("1.3.6.1.4.1.1722.12.2.1.16") },
        Unsupported::PublicKeyIntegrity { content_type: s("1.2.840.113549.1.7.2") },
        Unsupported::LegacyPemCipher { name: s("CAMELLIA-256-CBC") },
    ];
    for unsupported in unsupported {
        out.push(K::EncryptionUnsupported {
            input: s("legacy.p12"),
            structure: Structure::Pkcs12,
            unsupported,
            scheme: Some(scheme()),
        });
    }
    let reasons = [
        KeyUnsupported::ExplicitCurve,
        KeyUnsupported::NoPublicKey { algorithm: s("Ed448") },
        KeyUnsupported::Dsa,
        KeyUnsupported::UnknownAlgorithm { oid: s("1.2.3.99") },
        KeyUnsupported::CurveNotForTls { curve: s("secp256k1") },
        KeyUnsupported::DsaNotForTls,
        KeyUnsupported::KeyExchangeOnly { algorithm: s("X25519") },
    ];
    for reason in reasons {
        out.push(K::KeyUnsupported { input: s("odd.key"), line: Some(8), reason });
    }
    out.push(K::KeyUnreadable {
        input: s("broken.key"),
        line: Some(2),
        error: FormatError::at(19, Problem::NoCurve),
    });
    out
}

fn limit_findings() -> Vec<K> {
    let skipped = [
        (Limit::TotalBytes, 8 * 1024 * 1024, Skipped::Input { input: s("huge.pem"), bytes: 9_000_001 }),
        (Limit::PemBlocks, 4000, Skipped::RestOf { input: s("blocks.pem") }),
        (Limit::Certificates, 2000, Skipped::AfterTheFirst { count: 2000 }),
        (Limit::Keys, 100, Skipped::AfterTheFirst { count: 100 }),
        (Limit::Requests, 100, Skipped::AfterTheFirst { count: 100 }),
        (Limit::Crls, 100, Skipped::AfterTheFirst { count: 100 }),
        (Limit::NameComparisons, 2_000_000, Skipped::NameConstraints { leaf: s(LEAF) }),
        (
            Limit::Findings,
            100,
            Skipped::Findings {
                code: crate::finding::Code::CertUnparseable,
                input: s("flood.p7b"),
                more: 3_999_900,
            },
        ),
        (
            Limit::KeyDerivation,
            1_000_000,
            Skipped::Encrypted {
                input: s("firefox.p12"),
                structure: Structure::Pkcs12,
                asked: 10_000_000,
                limit: KdfLimit::Iterations,
            },
        ),
        (
            Limit::KeyDerivation,
            8_000_000,
            Skipped::Encrypted {
                input: s("many.p12"),
                structure: Structure::Pkcs12,
                asked: 9_000_000,
                limit: KdfLimit::TotalWork,
            },
        ),
        (
            Limit::KeyDerivation,
            65536,
            Skipped::Encrypted {
                input: s("scrypt.key"),
                structure: Structure::EncryptedPrivateKey,
                asked: 1_048_576,
                limit: KdfLimit::ScryptCost,
            },
        ),
        (
            Limit::KeyDerivation,
            16,
            Skipped::Encrypted {
                input: s("scrypt.key"),
                structure: Structure::EncryptedPrivateKey,
                asked: 64,
                limit: KdfLimit::ScryptBlockSize,
            },
        ),
        (
            Limit::KeyDerivation,
            16,
            Skipped::Encrypted {
                input: s("scrypt.key"),
                structure: Structure::EncryptedPrivateKey,
                asked: 99,
                limit: KdfLimit::ScryptParallelism,
            },
        ),
        (Limit::RsaKeySize, 16384, Skipped::RsaKey { input: s("big.key"), bits: 32768 }),
        (Limit::ContainerEntries, 10000, Skipped::RestOf { input: s("keystore.jks") }),
        (Limit::PathSearch, 4096, Skipped::PathSearch { leaf: s(LEAF) }),
        (Limit::SignatureChecks, 256, Skipped::PathSearch { leaf: s(LEAF) }),
    ];
    skipped
        .into_iter()
        .map(|(limit, maximum, skipped)| K::InputLimitExceeded { limit, maximum, skipped })
        .collect()
}

fn chain_findings() -> Vec<K> {
    vec![
        K::ChainIncomplete {
            certificate: s(LEAF),
            missing_issuer: s(CA),
            ca_issuers: Some(s("http://crt.example.net/ca7.cer")),
            container: None,
            supplied: None,
        },
        K::ChainIncomplete {
            certificate: s(LEAF),
            missing_issuer: s(CA),
            ca_issuers: Some(s("http://crt.example.net/ca7.cer")),
            container: None,
            supplied: Some(Supplied {
                source: s("cfssl_trust 2026.5.1 int-bundle.crt"),
                not_after: at("2030-01-01"),
            }),
        },
        K::ChainIncomplete {
            certificate: s(LEAF),
            missing_issuer: s(CA),
            ca_issuers: None,
            container: None,
            supplied: None,
        },
        K::ChainIncomplete {
            certificate: s(LEAF),
            missing_issuer: s(CA),
            ca_issuers: Some(s("http://crt.example.net/ca.cer")),
            container: Some(Container::Pkcs12),
            supplied: None,
        },
        K::ChainIncomplete {
            certificate: s(LEAF),
            missing_issuer: s(CA),
            ca_issuers: None,
            container: Some(Container::Pkcs7),
            supplied: Some(Supplied { source: s("corpus rustls-webpki"), not_after: at("2030-08-23") }),
        },
        K::ChainOutOfOrder { served: vec![s(CA), s(LEAF)], expected: vec![s(LEAF), s(CA)] },
        K::ChainRootIncluded { root: s(ROOT), container: None },
        K::ChainRootIncluded { root: s(ROOT), container: Some(Container::Pkcs7) },
        K::ChainDuplicateCertificate { certificate: s(CA), container: None, ca_bundle: false },
        K::ChainDuplicateCertificate {
            certificate: s(CA),
            container: Some(Container::Jks),
            ca_bundle: false,
        },
        K::ChainUnrelatedCertificate { certificate: s("stray.example.org"), leaf: s(LEAF), container: None },
        K::ChainUnrelatedCertificate {
            certificate: s("stray.example.org"),
            leaf: s(LEAF),
            container: Some(Container::Pkcs12),
        },
        K::CertExpired {
            certificate: s(LEAF),
            not_after: at("2023-01-01"),
            at: at("2023-06-01"),
            days: 151,
            ca_bundle: false,
            anchor: false,
        },
        K::CertExpired {
            certificate: s(ROOT),
            not_after: at("2023-01-01"),
            at: at("2023-06-01"),
            days: 151,
            ca_bundle: true,
            anchor: false,
        },
        K::CertExpired {
            certificate: s(ROOT),
            not_after: at("2023-01-01"),
            at: at("2023-06-01"),
            days: 151,
            ca_bundle: false,
            anchor: true,
        },
        K::InputCaBundle {
            certificates: 144,
            roots: 140,
            intermediates: 4,
            expired: 2,
            expiring: 1,
            weak_keys: 1,
            duplicates: 1,
            not_ca: 1,
        },
        K::InputCaBundle {
            certificates: 2,
            roots: 1,
            intermediates: 1,
            expired: 0,
            expiring: 0,
            weak_keys: 0,
            duplicates: 0,
            not_ca: 0,
        },
        K::CaBundleNotCa { certificate: s(LEAF) },
        K::ChainDuplicateCertificate { certificate: s(ROOT), container: None, ca_bundle: true },
        K::CertNotYetValid {
            certificate: s(LEAF),
            not_before: at("2024-07-04"),
            at: at("2024-06-01"),
            days: 33,
            anchor: false,
        },
        K::CertNotYetValid {
            certificate: s(ROOT),
            not_before: at("2024-07-04"),
            at: at("2024-06-01"),
            days: 33,
            anchor: true,
        },
        K::CertExpiringSoon {
            certificate: s(LEAF),
            not_after: at("2024-01-01"),
            at: at("2023-12-15"),
            days: 17,
            warn_days: 45,
            ca_bundle: false,
        },
        K::CertExpiringSoon {
            certificate: s(ROOT),
            not_after: at("2024-01-01"),
            at: at("2023-12-15"),
            days: 17,
            warn_days: 30,
            ca_bundle: true,
        },
        K::CertValidityTooLong {
            certificate: s(LEAF),
            days: 825,
            limit: 398,
            not_before: at("2024-01-01"),
            not_after: at("2026-04-05"),
        },
        K::CertValidityTooLong {
            certificate: s(LEAF),
            days: 826,
            limit: 825,
            not_before: at("2024-01-01"),
            not_after: at("2026-04-06"),
        },
        K::CertCriticalExtensionUnknown { certificate: s(LEAF), extension: s("1.3.6.1.4.1.55555.1"), anchor: false },
        K::CertCriticalExtensionUnknown { certificate: s(ROOT), extension: s("1.3.6.1.4.1.55555.1"), anchor: true },
        K::CertRevoked {
            certificate: s(LEAF),
            serial: s("10:01"),
            date: at("2025-05-02"),
            crl_issuer: s(CA),
        },
        K::NameMismatch {
            certificate: s(LEAF),
            host: s("pay.example.org"),
            names: vec![s(LEAF), s("www.example.net")],
            common_name_matches: false,
        },
        K::NameMismatch { certificate: s(LEAF), host: s("pay.example.org"), names: vec![], common_name_matches: false },
        K::NameMismatch {
            certificate: s("shop.example.net"),
            host: s("shop.example.net"),
            names: vec![s("192.0.2.10")],
            common_name_matches: true,
        },
        K::NameMismatch { certificate: s("shop.example.net"), host: s("shop.example.net"), names: vec![], common_name_matches: true },
        K::NameWildcardPublicSuffix {
            certificate: s(LEAF),
            host: s("shop.co.uk"),
            pattern: s("*.co.uk"),
            suffix: s("co.uk"),
        },
        K::NameWildcardPublicSuffix { certificate: s(LEAF), host: s("nas.lan"), pattern: s("*.lan"), suffix: s("lan") },
        K::NameTrailingDot { certificate: s(LEAF), host: s("shop.example.net"), entry: s("shop.example.net.") },
        K::NameAddressAsDnsName { certificate: s(LEAF), host: s("192.0.2.10"), entry: s("192.0.2.10") },
        K::NamePartialWildcard { certificate: s(LEAF), host: s("shop.example.net"), entry: s("s*.example.net") },
        K::NameNoSan {
            certificate: s(LEAF),
            host: s("pay.example.org"),
            subject: s("CN=shop.example.net"),
            common_name_matches: false,
            address: false,
        },
        K::NameNoSan {
            certificate: s(LEAF),
            host: s("shop.example.net"),
            subject: s("CN=shop.example.net"),
            common_name_matches: true,
            address: false,
        },
        K::NameNoSan {
            certificate: s(LEAF),
            host: s("192.0.2.10"),
            subject: s("CN=192.0.2.10"),
            common_name_matches: true,
            address: true,
        },
        K::SignatureInvalid { signed: s(LEAF), signer: s(CA) },
        K::SignatureUnverifiable { signed: s(LEAF), signer: s(CA), algorithm: s("1.2.840.10045.4.3.9") },
        K::SecondOpinionRejected { leaf: s(LEAF), error: s("UnsupportedSignatureAlgorithm") },
        K::SecondOpinionDiverges { leaf: s(LEAF), error: s("InvalidSignatureForPublicKey") },
        K::SecondOpinionDiverges { leaf: s(LEAF), error: s("NameConstraintViolation") },
        K::SecondOpinionDiverges { leaf: s(LEAF), error: s("MaximumPathBuildCallsExceeded") },
        K::SecondOpinionDiverges { leaf: s(LEAF), error: s("SomethingNew") },
        K::SignatureWeakAlgorithm { certificate: s(CA), algorithm: s("sha1WithRSAEncryption") },
        K::TrustUntrustedRoot { root: s(ROOT), leaf: s(LEAF) },
        K::TrustInterception { root: s("Zscaler Root CA"), product: Some(s("Zscaler")), names: vec![s("www.google.com")], yours: false },
        K::TrustInterception { root: s(ROOT), product: None, names: vec![s("www.google.com"), s("google.com")], yours: true },
        K::TrustInterception { root: s(ROOT), product: None, names: vec![], yours: false },
        K::TrustStoreMissing {
            root: s(ROOT),
            trusted_by: StoreSet::of(&[StoreId::Apple, StoreId::Windows, StoreId::Java]),
            missing: StoreSet::of(&[StoreId::Mozilla, StoreId::Android23]),
            distrusted: StoreSet::of(&[StoreId::Mozilla]),
            needs_intermediates: StoreSet::default(),
            intermediates: vec![],
        },
        K::TrustStoreMissing {
            root: s(ROOT),
            trusted_by: StoreSet::of(&[StoreId::Mozilla, StoreId::Apple]),
            missing: StoreSet::default(),
            distrusted: StoreSet::default(),
            needs_intermediates: StoreSet::of(&[StoreId::Android44, StoreId::Android23]),
            intermediates: vec![s("Example Root R9 (cross-signed by Old Root)")],
        },
        // A root Mozilla dropped (Ubuntu's 2014 copy of its list has it).
        K::TrustStoreMissing {
            root: s(ROOT),
            trusted_by: StoreSet::of(&[StoreId::Apple, StoreId::Windows, StoreId::Ubuntu]),
            missing: StoreSet::of(&[StoreId::Mozilla]),
            distrusted: StoreSet::default(),
            needs_intermediates: StoreSet::default(),
            intermediates: vec![],
        },
        K::TrustStoreMissing {
            root: s(ROOT),
            trusted_by: StoreSet::default(),
            missing: StoreSet::of(&[StoreId::Ubuntu]),
            distrusted: StoreSet::default(),
            needs_intermediates: StoreSet::default(),
            intermediates: vec![],
        },
        K::TrustDistrustedAfter {
            root: s("Entrust Root Certification Authority - G2"),
            leaf: s(LEAF),
            not_before: at("2025-06-02"),
            earliest_sct: Some(at("2025-06-03")),
            limits: vec![
                IssuanceLimit { program: Program::Chrome, last_day: at("2024-11-11"), dating: Dating::EarliestSct },
                IssuanceLimit { program: Program::Apple, last_day: at("2024-11-15"), dating: Dating::NotBefore },
                IssuanceLimit { program: Program::Java, last_day: at("2024-11-11"), dating: Dating::NotBefore },
            ],
        },
        K::TrustDistrustedAfter {
            root: s("HiPKI Root CA - G1"),
            leaf: s(LEAF),
            not_before: at("2025-09-01"),
            earliest_sct: None,
            limits: vec![IssuanceLimit { program: Program::Chrome, last_day: at("2025-07-31"), dating: Dating::EarliestSct }],
        },
        K::TrustSelfSigned { certificate: s(LEAF) },
        K::IssuerNotCa { issuer: s(CA), issued: s(LEAF), basic_constraints_ca: false, key_cert_sign: true },
        K::IssuerNotCa { issuer: s(CA), issued: s(LEAF), basic_constraints_ca: true, key_cert_sign: false },
        K::IssuerNotCa { issuer: s(CA), issued: s(LEAF), basic_constraints_ca: false, key_cert_sign: false },
        K::PathLengthExceeded { issuer: s(CA), limit: 0, below: 2, anchor: false },
        K::PathLengthExceeded { issuer: s(CA), limit: 0, below: 1, anchor: true },
        K::ChainTooLong { leaf: s(LEAF), intermediates: 3, limit: 1 },
        K::EkuServerAuthMissing {
            certificate: s(LEAF),
            is_leaf: true,
            usages: vec![ExtendedKeyUsage::ClientAuth, ExtendedKeyUsage::Other(s("1.2.3.4"))],
        },
        K::EkuServerAuthMissing {
            certificate: s(CA),
            is_leaf: false,
            usages: vec![ExtendedKeyUsage::CodeSigning],
        },
    ]
}

/// Every fixture: each code, and each variant of the facts inside.
pub fn all() -> Vec<K> {
    let mut out = input_findings();
    out.extend(limit_findings());
    out.extend(chain_findings());
    out.extend(violations().into_iter().map(|violation| K::NameConstraintsViolated {
        certificate: s(LEAF),
        issuer: s(CA),
        violation,
    }));
    out.extend(rules().into_iter().map(|rule| K::CertProfileViolation { certificate: s(LEAF), rule }));
    out.extend(client_errors());
    out
}

/// Every family of error message, explained by a finding and not, with
/// and without details; text that is not recognised; s_client transcripts.
fn client_errors() -> Vec<K> {
    use crate::client_error::{Details, ErrorClient, Family};
    use crate::finding::Code;
    let mut out = Vec::new();
    for (index, family) in Family::ALL.into_iter().enumerate() {
        let details = if index % 2 == 0 {
            Details {
                host: Some(s(LEAF)),
                depth: Some(1),
                openssl_error: Some(20),
                names: vec![s("www.example.net")],
                code: Some(s("NET::ERR_CERT_AUTHORITY_INVALID")),
                distrusted_after: None,
                legacy_pkcs12: false,
                keytool_reply: false,
                key_unreachable: false,
                client_certificate_missing: false,
            }
        } else {
            Details::default()
        };
        let client = [ErrorClient::Curl, ErrorClient::Java, ErrorClient::Go, ErrorClient::Unknown][index % 4];
        let text = s("curl: (60) SSL certificate problem: unable to get local issuer certificate");
        let explained_by = Code::explaining(family).iter().take(2).copied().collect();
        out.push(K::ClientError { client, family, details: details.clone(), line: 3, text: text.clone(), explained_by });
        out.push(K::ClientError { client, family, details, line: 7, text, explained_by: vec![] });
    }
    // Lines said as what they are beyond their family (`Details`), each
    // unexplained and explained: Java's distrust of a root's later
    // certificates, a PKCS#12 file OpenSSL 3 cannot open without its legacy
    // provider, keytool importing a CA's reply whose issuers the keystore
    // lacks, Windows with a certificate whose private key it cannot use, a
    // client certificate a server asked for and did not get.
    let said = [
        (
            Details { distrusted_after: Some(s("2024-11-11")), ..Details::default() },
            "TLS server certificate issued after 2024-11-11 and anchored by a distrusted legacy Entrust root CA",
            (ErrorClient::Java, Family::UnknownIssuer, Code::TrustDistrustedAfter, 1),
        ),
        (
            Details { legacy_pkcs12: true, ..Details::default() },
            "error:0308010C:digital envelope routines:inner_evp_generic_fetch:unsupported:Algorithm (RC2-40-CBC : 0)",
            (ErrorClient::OpensslCli, Family::Password, Code::PasswordIncorrect, 2),
        ),
        (
            Details { keytool_reply: true, ..Details::default() },
            "keytool error: java.lang.Exception: Failed to establish chain from reply",
            (ErrorClient::Java, Family::MissingIntermediate, Code::ChainIncomplete, 1),
        ),
        (
            Details { key_unreachable: true, ..Details::default() },
            "System.Security.Cryptography.CryptographicException: Keyset does not exist",
            (ErrorClient::Dotnet, Family::KeyMismatch, Code::KeyMismatch, 1),
        ),
        (
            Details { client_certificate_missing: true, ..Details::default() },
            "400 No required SSL certificate was sent",
            (ErrorClient::Nginx, Family::PeerRejectedOurCert, Code::CertExpired, 1),
        ),
    ];
    for (details, text, (client, family, code, line)) in said {
        for explained_by in [vec![], vec![code]] {
            out.push(K::ClientError { client, family, details: details.clone(), line, text: s(text), explained_by });
        }
    }
    out.push(K::ClientErrorUnrecognised { input: s("error.txt"), line: 2, text: s("TLS handshake error: something new") });
    for (showcerts, agrees, chain) in [(true, Some(true), 2), (false, None, 2), (true, Some(false), 1), (false, None, 0)] {
        out.push(K::ClientTranscript {
            verify_code: Some(if chain == 0 { 0 } else { 21 }),
            verify_text: (chain > 0).then(|| s("unable to verify the first certificate")),
            protocol: Some(s("TLSv1.3")),
            cipher: Some(s("TLS_AES_128_GCM_SHA256")),
            no_peer_certificate: chain == 0,
            chain: [s("CN = www.example.net"), s("CN = Example CA")].into_iter().take(chain).collect(),
            showcerts,
            pasted: chain,
            agrees,
        });
    }
    out
}
