//! The clients certdoctor speaks for, each a trust store and the rules it
//! enforces, and which of them refuse a chain for each finding.
//!
//! Every entry comes from the client's documented behaviour, cited where it
//! is decided. Where a client's store is not in the data (Chrome's own Root
//! Store), the closest one stands in and the comment says so.

use crate::certificate::KeyUsage;
pub use crate::client::{Client, ClientSet};
use crate::finding::{FindingKind, KeyOwner, Skipped};
use crate::flags::Flag;
use crate::keys::KeyAlgorithm;
use crate::names::constraints::{MalformedConstraint, Violation};
use crate::profile::{KeyDefect, Rule};

/// Clients that complete a chain whose intermediate the server does not
/// send: by fetching the AIA caIssuers URL (Chrome: "AIA fetching" in
/// Chromium's cert verifier; Apple's SecTrust fetches missing issuers;
/// CryptoAPI retrieves them by URL), or from a preloaded set (Firefox
/// ships every CCADB intermediate, "intermediate preloading", since 75).
fn completes_missing_intermediate(client: Client, has_url: bool, publicly_disclosed: bool) -> bool {
    match client {
        Client::Chrome | Client::Safari | Client::Windows => has_url,
        Client::Firefox => publicly_disclosed,
        _ => false,
    }
}

/// What a refusal depends on beyond the finding itself.
#[derive(Clone, Copy, Debug, Default)]
pub struct Situation {
    /// The path ends at a public store's root (not the user's own).
    pub public: bool,
    /// A CA on the path, or the anchor, has name constraints, which clients
    /// check every SAN entry of the leaf against.
    pub constrained: bool,
    /// The host the user named is covered by a SAN entry every client
    /// takes: a wildcard over a public suffix beside it is not relied on.
    pub host_covered: bool,
}

/// The clients that refuse a name reached only through a wildcard directly
/// over a public suffix (`suffix`, "co.uk" or "com").
///
/// Chromium refuses wildcards over the ICANN registries and unknown
/// top-level labels (X509Certificate::VerifyHostname); Apple's SecDNSMatch
/// refuses a wildcard before a single-label TLD and before a multi-label
/// one (CFNetwork's top-level-domain list); Java's HostnameChecker
/// refuses one over an ICANN public suffix when the chain ends at a root
/// of its cacerts. Over a single label (`*.com`, `*.lan`) OpenSSL's
/// X509_check_host (fewer than two dots: no wildcard; and so Python) and
/// mozilla::pkix and rustls-webpki ("at least two labels to follow the
/// wildcard label") match nothing either, while Go's matchHostnames and
/// Android's OkHostnameVerifier compare labels only and take both; over
/// "co.uk" OpenSSL, Firefox and rustls take it too.
fn over_public_suffix(suffix: &str, situation: Situation) -> ClientSet {
    use Client::*;
    let mut clients = if suffix.contains('.') {
        of(&[Chrome, Safari])
    } else {
        of(&[Chrome, Firefox, Safari, Openssl, Python, Rustls])
    };
    if situation.public {
        clients.insert(Java);
    }
    clients
}

fn all() -> ClientSet {
    ClientSet::all()
}

fn of(clients: &[Client]) -> ClientSet {
    ClientSet::of(clients)
}

fn none() -> ClientSet {
    ClientSet::empty()
}

/// The clients that refuse the chain because of `kind`; `None` when the
/// finding is not about what clients accept (inputs, passwords, the
/// user's own limits).
pub fn refusing(kind: &FindingKind, situation: Situation) -> Option<ClientSet> {
    use Client::*;
    use FindingKind as K;
    Some(match kind {
        // The user's root's own dates: rustls-webpki takes a trust anchor as
        // a name and a key (RFC 5280 §6.1.1 (d)) and accepts the chain, as
        // its second opinion shows; OpenSSL (`openssl verify`: error 10 at
        // the root's depth), Go and the others are counted as refusing.
        K::CertExpired { ca_bundle: false, anchor: true, .. } | K::CertNotYetValid { anchor: true, .. } => {
            all().without(of(&[Rustls]))
        }
        // RFC 5280 §6.1.3 (a)(2): every verifier checks validity.
        K::CertExpired { ca_bundle: false, .. } | K::CertNotYetValid { .. } => all(),
        // Apple: "TLS server certificates must have a validity period of 825
        // days or fewer" (issued from 2019-07-01, any root; support.apple.com
        // HT210176) and 398 days for publicly trusted ones issued from
        // 2020-09-01 (HT211025); Chrome enforces 398 days for publicly
        // trusted certificates (ERR_CERT_VALIDITY_TOO_LONG).
        K::CertValidityTooLong { limit: 398, .. } => of(&[Safari, Chrome]),
        K::CertValidityTooLong { .. } => of(&[Safari]),
        // RFC 5280 §4.2: a critical extension not recognised MUST be
        // rejected, and every verifier does — on the user's root too
        // (`openssl verify`: error 34 at the root's depth), except
        // rustls-webpki, which takes the anchor as a name and a key.
        K::CertCriticalExtensionUnknown { anchor: true, .. } => all().without(of(&[Rustls])),
        K::CertCriticalExtensionUnknown { .. } => all(),
        // Revocation by default: Firefox (CRLite, for public CAs), Apple's
        // revocation service (public CAs), Windows (CryptoAPI fetches the
        // CRL or OCSP for any CA). Java, OpenSSL, Go, Python and rustls do
        // not check unless asked.
        K::CertRevoked { .. } if situation.public => of(&[Firefox, Safari, Windows]),
        K::CertRevoked { .. } => of(&[Windows]),
        K::NameMismatch { .. }
        | K::NameWildcardPublicSuffix { .. }
        | K::NameTrailingDot { .. }
        | K::NameAddressAsDnsName { .. }
        | K::NamePartialWildcard { .. }
        | K::NameNoSan { .. } => name_refusing(kind, situation),
        // The server cannot complete a handshake with the wrong key.
        K::KeyMismatch { .. } => all(),
        K::KeyWeak { owner: KeyOwner::BundleCa { .. }, .. } => return None,
        K::KeyWeak { algorithm: KeyAlgorithm::Rsa | KeyAlgorithm::Dsa, bits, .. } if *bits < 1024 => all(),
        // RSA 1024-2047: Apple requires 2048 (HT210176); OpenSSL's default
        // security level 2 (Debian, Ubuntu, Fedora) requires 2048, and so
        // Python; rustls-webpki's RSA algorithms start at 2048.
        K::KeyWeak { algorithm: KeyAlgorithm::Rsa | KeyAlgorithm::Dsa, .. } => {
            of(&[Safari, Openssl, Python, Rustls])
        }
        // Curves below P-256 (P-224, P-192): none of the mainstream
        // verifiers implements them for TLS.
        K::KeyWeak { .. } => all(),
        K::SignatureInvalid { .. } | K::SignatureUnverifiable { .. } => all(),
        // SHA-1 and MD5 below the root: rejected by Chrome and Firefox
        // (2017), Apple (iOS 13), Windows (2017), Java (jdk.certpath.
        // disabledAlgorithms "SHA1 usage TLSServer"), Android 9+, OpenSSL 3
        // at security level 1 and up, Go 1.18+, rustls; old Android accepts.
        K::SignatureWeakAlgorithm { .. } => all().without(of(&[AndroidOld])),
        K::TrustUntrustedRoot { .. } | K::TrustSelfSigned { .. } => all(),
        // Clients of a store without the root fail; so do those whose store
        // is reached only through a cross-sign the server does not send.
        K::TrustStoreMissing { missing, needs_intermediates, .. } => {
            let failing = missing.union(*needs_intermediates);
            ClientSet::of(
                &Client::ALL
                    .iter()
                    .copied()
                    .filter(|client| failing.contains(client.store()))
                    .collect::<Vec<_>>(),
            )
        }
        // The clients whose root programs stopped trusting the root's new
        // certificates, each by its own day (crate::stores::limits).
        K::TrustDistrustedAfter { limits, .. } => {
            ClientSet::of(&limits.iter().map(|limit| Client::of_program(limit.program)).collect::<Vec<_>>())
        }
        // A root's own pathLenConstraint: OpenSSL (X509_V_ERR_PATH_LENGTH_EXCEEDED
        // at the root's depth), Go (TooManyIntermediates for a root too) and
        // mozilla::pkix (CheckBasicConstraints runs for the trust anchor)
        // enforce it; rustls-webpki and Java's PKIX take only the anchor's
        // name and key.
        K::PathLengthExceeded { anchor: true, .. } => of(&[Firefox, Openssl, Python, Go]),
        K::IssuerNotCa { .. } | K::PathLengthExceeded { .. } => all(),
        K::EkuServerAuthMissing { .. } => all(),
        // nameConstraints on the leaf itself (RFC 5280 §4.2.1.10: only CAs
        // have it): verifiers apply a CA's constraints to what it issued and
        // read a leaf's as nothing — OpenSSL (strict mode too) and
        // rustls-webpki accept such a chain, as `openssl verify` and the
        // second opinion show.
        K::NameConstraintsViolated { violation: Violation::OnEndEntity, .. } => none(),
        // A host name in the common name alone, outside a CA's DNS
        // constraints: OpenSSL checks it (`openssl verify`: error 47); the
        // clients that ignore the common name refuse the leaf for lacking a
        // SAN already (name-no-san).
        K::NameConstraintsViolated { violation: Violation::CommonName { .. }, .. } => of(&[Openssl, Python]),
        // A dNSName constraint with a leading period (".example.com", as
        // many OpenSSL guides write it) that the names keep to: OpenSSL
        // (`openssl verify`: OK), Go, Chromium, mozilla::pkix and
        // rustls-webpki (its second opinion accepts) read it as "subdomains
        // only"; RFC 5280 has no such syntax (limbo's
        // rfc5280::nc::invalid-dnsname-leading-period).
        K::NameConstraintsViolated { violation: Violation::Malformed { constraint }, .. }
            if constraint.is_leading_period() =>
        {
            none()
        }
        // nameConstraints with no subtrees at all: Go refuses to parse the CA
        // ("x509: empty name constraints extension") and Chromium's parser
        // fails; OpenSSL (`openssl verify`: OK) and rustls-webpki accept it.
        K::NameConstraintsViolated { violation: Violation::Malformed { constraint: MalformedConstraint::NoSubtrees }, .. } => {
            of(&[Chrome, Go])
        }
        K::NameConstraintsViolated { .. } => all(),
        K::ChainIncomplete { ca_issuers, supplied, .. } => {
            let has_url = ca_issuers.is_some();
            let disclosed = supplied.is_some();
            ClientSet::of(
                &Client::ALL
                    .iter()
                    .copied()
                    .filter(|client| !completes_missing_intermediate(*client, has_url, disclosed))
                    .collect::<Vec<_>>(),
            )
        }
        // Order, extra roots, duplicates and strangers: every client in the
        // matrix builds its own path and ignores what it does not need.
        K::ChainOutOfOrder { .. }
        | K::ChainRootIncluded { .. }
        | K::ChainDuplicateCertificate { .. }
        | K::ChainUnrelatedCertificate { .. }
        | K::CertExpiringSoon { .. } => none(),
        K::CertProfileViolation { rule, .. } => rule_refusing(rule, situation),
        // A path search (or its name-constraint checks) that ran out before
        // a trusted path was proven: no client is shown as working on a path
        // nobody verified (rustls-webpki stops at its own budget too,
        // MaximumPathBuildCallsExceeded; OpenSSL at the first look-alike).
        K::InputLimitExceeded { skipped: Skipped::PathSearch { .. } | Skipped::NameConstraints { .. }, .. } => all(),
        // rustls rejected it: rustls refuses, by definition.
        K::SecondOpinionRejected { .. } | K::SecondOpinionDiverges { .. } => of(&[Rustls]),
        _ => return None,
    })
}

/// The clients that refuse the host for the leaf's names: what each one
/// matches, as its source says and local handshakes showed.
fn name_refusing(kind: &FindingKind, situation: Situation) -> ClientSet {
    use Client::*;
    use FindingKind as K;
    match kind {
        // No DNS name in the SAN (an address only) and a common name that
        // matches: OpenSSL's X509_check_host reads the CN when no dNSName
        // is there (`openssl verify -verify_hostname`: OK), and so Python
        // (checked against a local server); Java's HostnameChecker, Node
        // and old Android's OkHostnameVerifier do too. curl reads it only
        // when there is no DNS name and no address either (checked: with
        // an address, "no alternative certificate subject name matches";
        // with a URI alone it connects), and the browsers, Go, rustls and
        // current Android never. Windows' is not known.
        K::NameMismatch { common_name_matches: true, names, .. } if !names.is_empty() => {
            all().without(of(&[Python, Java, AndroidOld, Windows]))
        }
        K::NameMismatch { common_name_matches: true, .. } => {
            all().without(of(&[Openssl, Python, Java, AndroidOld, Windows]))
        }
        K::NameMismatch { .. } => all(),
        K::NameWildcardPublicSuffix { suffix, .. } => over_public_suffix(suffix, situation),
        // An entry with a trailing dot: Chromium strips it from presented
        // names (X509Certificate::VerifyHostname), curl's and Node's own
        // host checks strip it too, and Android's OkHostnameVerifier makes
        // every name absolute; OpenSSL's X509_check_host does not match it
        // (`openssl verify -verify_hostname`: error 62, and so Python),
        // mozilla::pkix and rustls-webpki allow only reference names to be
        // absolute (its second opinion refuses), Go's validHostnamePattern
        // finds an empty label, Apple's SecDNSMatch counts one label more,
        // and Java's SNIHostName refuses a trailing dot.
        K::NameTrailingDot { .. } => of(&[Firefox, Safari, Python, Go, Java, Rustls]),
        // An address written as a dNSName: Apple's SecPolicyCheckCertSSLHostname
        // compares every dNSName with the host as text first (SecDNSMatch)
        // and so accepts it; Chromium, mozilla::pkix, OpenSSL's
        // X509_check_ip (`openssl verify -verify_ip`: error 64, and so curl
        // and Python), Go, Java's matchIP, OkHostnameVerifier and
        // rustls-webpki (its second opinion refuses) look for an address
        // among iPAddress entries only. Windows' is not known.
        K::NameAddressAsDnsName { .. } => all().without(of(&[Safari, Windows])),
        // A wildcard inside a label: Java's HostnameChecker (RFC 2818's
        // "f*.com matches foo.com"), Node and OpenSSL's own check take it;
        // curl ("no alternative certificate subject name matches") and
        // Python (X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS) refuse it, checked
        // against a local server, and so do Chromium, mozilla::pkix, Apple,
        // Go, OkHostnameVerifier and rustls-webpki. Windows' is not known.
        K::NamePartialWildcard { .. } => all().without(of(&[Java, Windows])),
        // Without a SAN only the CN could match. Chrome (58), Firefox (48),
        // Apple (iOS 13), Go (1.15), rustls and Android (OkHostnameVerifier,
        // Android 9) never read it; OpenSSL's
        // X509_check_host, Java's HostnameChecker, CryptoAPI and old
        // Android fall back to it, and Python's hostname_checks_common_name
        // defaults to true.
        // For an IP address the CN is read by fewer still: OpenSSL's
        // X509_check_ip (`openssl verify -verify_ip`: error 64, and so
        // Python), Java's HostnameChecker.matchIP ("No subject alternative
        // names present") and Node look at iPAddress entries only; Windows
        // and old Android compare the CN as text.
        K::NameNoSan { common_name_matches: true, address: true, .. } => all().without(of(&[Windows, AndroidOld])),
        K::NameNoSan { common_name_matches: true, .. } => of(&[Chrome, Firefox, Safari, Go, Rustls, Android]),
        K::NameNoSan { .. } => all(),
        _ => none(),
    }
}

/// The clients that enforce a profile rule. Python ≥ 3.13 turns on
/// OpenSSL's X509_V_FLAG_X509_STRICT (docs.python.org, ssl,
/// VERIFY_X509_STRICT; the checks are in OpenSSL's x509_vfy.c
/// check_extensions and v3_purp.c), which adds the RFC 5280 encoding checks
/// named below.
fn rule_refusing(rule: &Rule, situation: Situation) -> ClientSet {
    use Client::*;
    match rule {
        // OpenSSL marks a certificate with a repeated extension invalid in
        // every mode (EXFLAG_INVALID); Go, rustls-webpki, NSS and BoringSSL
        // refuse to parse it.
        Rule::DuplicateExtension { .. } => all(),
        // X509_V_ERR_SIGNATURE_ALGORITHM_INCONSISTENCY (strict); rustls-webpki
        // Error::SignatureAlgorithmMismatch; mozilla::pkix checks it too.
        Rule::SignatureAlgorithmMismatch => of(&[Python, Rustls, Firefox]),
        // A critical authorityInfoAccess: OpenSSL does not handle it as
        // critical (`openssl verify`: error 34, unhandled critical extension,
        // in every mode), nor does rustls-webpki (UnsupportedCriticalExtension,
        // as its second opinion shows) or Java's PKIX checkers ("Unrecognized
        // critical extension(s)"); Go and mozilla::pkix parse it.
        Rule::AiaCritical => of(&[Openssl, Python, Java, Rustls]),
        // X509_V_ERR_AUTHORITY_KEY_IDENTIFIER_CRITICAL (strict).
        Rule::AkiCritical => of(&[Python]),
        // X509_V_ERR_SUBJECT_KEY_IDENTIFIER_CRITICAL (strict).
        Rule::SkiCritical => of(&[Python]),
        // X509_V_ERR_EMPTY_SUBJECT_SAN_NOT_CRITICAL (strict).
        Rule::SanNotCriticalWithEmptySubject => of(&[Python]),
        // X509_V_ERR_MISSING_AUTHORITY_KEY_IDENTIFIER (strict): the case
        // "works in browsers, fails in Python ≥ 3.13".
        Rule::AkiMissing => of(&[Python]),
        // An authorityKeyIdentifier that names another key than the
        // issuer's subjectKeyIdentifier: OpenSSL does not take that
        // certificate as the issuer (X509_V_ERR_AKID_SKID_MISMATCH while
        // looking; `openssl verify`: error 20, unable to get local issuer
        // certificate) and Java's issuer selector matches the identifier
        // (AdaptableX509CertSelector); Chromium, mozilla::pkix, Go and
        // rustls-webpki find issuers by name and signature.
        Rule::AkiMismatch { .. } => of(&[Openssl, Python, Java]),
        // X509_V_ERR_KU_KEY_CERT_SIGN_INVALID_FOR_NON_CA (strict).
        Rule::LeafKeyCertSign => of(&[Python]),
        // X509_V_ERR_MISSING_SUBJECT_KEY_IDENTIFIER (strict).
        Rule::SkiMissing => of(&[Python]),
        // X509_V_ERR_CA_BCONS_NOT_CRITICAL (strict).
        Rule::BasicConstraintsNotCritical => of(&[Python]),
        // A CA certificate without basicConstraints — below the root an
        // issuer-not-ca for every client besides. A version 3 root without
        // it: mozilla::pkix takes only a v1 trust anchor as a CA without it
        // (CheckBasicConstraints), strict OpenSSL refuses it (error 79);
        // OpenSSL's default mode tolerates it when its keyUsage allows
        // keyCertSign, and refuses it in every mode when it says cA=FALSE
        // or has no keyUsage either (`openssl verify`: error 79 at the
        // root's depth). Go checks basicConstraints on intermediates only,
        // and rustls and Java take the anchor as a name and a key.
        Rule::BasicConstraintsMissing => of(&[Firefox, Python]),
        Rule::RootNotCa { .. } => of(&[Firefox, Openssl, Python]),
        // X509_V_ERR_KEYUSAGE_NO_CERTSIGN: OpenSSL checks the root's
        // keyUsage when it signs, in every mode.
        Rule::RootKeyCertSignMissing => of(&[Openssl, Python]),
        // X509_V_ERR_CA_CERT_MISSING_KEY_USAGE (strict), the root included.
        Rule::CaKeyUsageMissing => of(&[Python]),
        // X509_V_ERR_PATHLEN_INVALID_FOR_NON_CA and
        // X509_V_ERR_PATHLEN_WITHOUT_KU_KEY_CERT_SIGN (strict).
        Rule::PathLenWithoutCa => of(&[Python]),
        // X509_V_ERR_SUBJECT_NAME_EMPTY (strict).
        Rule::CaEmptySubject => of(&[Python]),
        // A CA certificate serving TLS: mozilla::pkix
        // MOZILLA_PKIX_ERROR_CA_CERT_USED_AS_END_ENTITY; rustls-webpki
        // Error::CaUsedAsEndEntity.
        Rule::LeafIsCa => of(&[Firefox, Rustls]),
        // Apple requires an EKU with serverAuth in TLS server certificates
        // (HT210176, any root); the others treat no EKU as any.
        Rule::LeafEkuMissing => of(&[Safari]),
        // TLS 1.3 and ECDHE sign with the key: Firefox checks keyUsage for
        // it (mozilla::pkix CheckKeyUsage), and so does Chrome for locally
        // trusted roots.
        // OpenSSL's purpose check for a TLS server wants one of
        // digitalSignature, keyEncipherment and keyAgreement in a leaf's
        // keyUsage (curl against a local server with keyCertSign or
        // nonRepudiation alone: "unsuitable certificate purpose"; with
        // keyEncipherment or keyAgreement alone it connects, checked).
        Rule::LeafKeyUsageTls { usages, .. }
            if !usages.iter().any(|usage| matches!(usage, KeyUsage::KeyEncipherment | KeyUsage::KeyAgreement)) =>
        {
            of(&[Firefox, Chrome, Openssl, Python])
        }
        Rule::LeafKeyUsageTls { .. } => of(&[Firefox, Chrome]),
        // A Netscape certificate type without sslServer on the leaf:
        // OpenSSL's purpose check (curl against a local server with
        // nsCertType=client: "unsuitable certificate purpose", checked;
        // with nsCertType=server it connects) and Java's EndEntityChecker
        // ("Netscape cert type does not permit use for SSL server"); the
        // others ignore the extension.
        Rule::NsCertTypeForbids => of(&[Openssl, Python, Java]),
        // OCSP must-staple (RFC 7633): Firefox (security.ssl.
        // enable_ocsp_must_staple, on by default) refuses the certificate
        // without a stapled OCSP response (MOZILLA_PKIX_ERROR_REQUIRED_TLS_
        // FEATURE_MISSING), which a server can only staple from the
        // responder the certificate names; the others ignore the extension.
        // With a responder it depends on the server: no client is named.
        Rule::MustStaple { ocsp: false } => of(&[Firefox]),
        Rule::MustStaple { ocsp: true } => none(),
        // RSASSA-PSS with a salt unlike the hash's length: Chromium and
        // mozilla::pkix accept only the standard parameter encodings (salt
        // = hash length), Go refuses other salts ("forces them into three
        // buckets"), rustls-webpki too (UnsupportedSignatureAlgorithm, as
        // its second opinion shows); OpenSSL (`openssl verify`: OK), Java,
        // Apple and CryptoAPI take any salt.
        Rule::PssSaltLength { .. } => of(&[Chrome, Firefox, Go, Rustls]),
        // anyExtendedKeyUsage without serverAuth, on the leaf or a CA:
        // mozilla::pkix matches only id-kp-serverAuth itself (MatchEKU;
        // SEC_ERROR_INADEQUATE_CERT_TYPE) and rustls-webpki requires it
        // (RequiredEkuNotFound, as its second opinion shows), and so does
        // OpenSSL's purpose check for a TLS server, on the leaf and on CAs
        // (curl, Python and Node: "unsuitable certificate purpose",
        // checked against a local server; `openssl verify` without
        // `-purpose sslserver` does not check it); Chromium, Go and Java
        // take any purpose as serverAuth.
        Rule::EkuAnyWithoutServerAuth => of(&[Firefox, Openssl, Python, Rustls]),
        // Every name under the wildcard, unless the host named is covered
        // by another entry.
        Rule::WildcardPublicSuffix { .. } if situation.host_covered => none(),
        Rule::WildcardPublicSuffix { suffix, .. } => over_public_suffix(suffix, situation),
        // Malformed SAN entries: Go refuses to parse a certificate whose
        // dNSName is not ASCII (IA5String: "x509: SAN dNSName is malformed")
        // or whose iPAddress is not 4 or 16 bytes ("x509: cannot parse IP
        // address of length"). An ASCII entry that is no host name (empty,
        // a wildcard in the middle) just never matches: Go and rustls-webpki
        // skip it, as the second opinion shows, and so do the others.
        // Below a CA with name constraints every entry is checked against
        // them: an unreadable address makes OpenSSL refuse (`openssl
        // verify`: error 53, unsupported or invalid name syntax) and
        // rustls-webpki (BadDer); a name that is no host name makes
        // rustls-webpki (MalformedDnsIdentifier) and Go ("cannot parse
        // dnsName") refuse, while OpenSSL accepts it (x509-limbo's
        // rfc5280::nc::nc-permits-invalid-*-san).
        Rule::SanInvalid { entry } if situation.constrained && entry.starts_with("(invalid") => {
            of(&[Openssl, Python, Go, Rustls])
        }
        Rule::SanInvalid { .. } if situation.constrained => of(&[Go, Rustls]),
        Rule::SanInvalid { entry, .. } if !entry.is_ascii() || entry.starts_with("(invalid") => of(&[Go]),
        Rule::SanInvalid { .. } => none(),
        // Issuer fields compared as bytes: Go (CertPool by RawSubject),
        // rustls-webpki, NSS (subject lookup by DER) do not find the issuer.
        Rule::IssuerEncodingDiffers { .. } => of(&[Go, Rustls, Firefox]),
        // DSA: TLS 1.3 has no DSA, and Chrome, Firefox, Apple, Windows'
        // browsers, current Android, Go and rustls dropped it; OpenSSL 3's
        // default ciphers have no DSS either (curl, Python and Node against
        // a server with a DSA key: "sslv3 alert handshake failure",
        // checked). Other curves (secp256k1, brainpool) for the server's
        // key: no TLS 1.3 signature scheme or default group offers them
        // (curl, Python and Node: handshake failure, checked), and Java 16
        // removed them. A CA's DSA key or one on another curve is
        // below.
        Rule::KeyAlgorithm { key: KeyDefect::Dsa } => {
            of(&[Chrome, Firefox, Safari, Windows, Android, Openssl, Python, Go, Rustls])
        }
        Rule::KeyAlgorithm { key: KeyDefect::Curve { .. } } => {
            of(&[Chrome, Firefox, Safari, Android, Java, Openssl, Python, Go, Rustls])
        }
        // Ed25519 in certificates: Chromium's verifier and TLS stack
        // (BoringSSL's default verify list) have none, Mozilla supports it
        // "not for signing certificates or for TLS handshakes" (CA/B Forum
        // servercert#451), Apple's and Windows' platform verifiers have
        // none; OpenSSL, Go, Java 15+ (JEP 339) and rustls-webpki accept it.
        Rule::KeyAlgorithm { key: KeyDefect::Ed25519 } => {
            of(&[Chrome, Firefox, Safari, Windows, Android, AndroidOld])
        }
        // Ed448: neither Go's crypto/x509 nor rustls-webpki has it either.
        Rule::KeyAlgorithm { key: KeyDefect::Ed448 } => {
            of(&[Chrome, Firefox, Safari, Windows, Android, AndroidOld, Go, Rustls])
        }
        // The server's key on P-521: Chromium and BoringSSL dropped
        // ecdsa_secp521r1_sha512 from the signatures they accept, Conscrypt
        // (Android) no longer enables secp521r1 in TLS (google/conscrypt#681),
        // and Windows' default ECC curve order is curve25519, P-256, P-384.
        Rule::KeyAlgorithm { key: KeyDefect::HandshakeCurve { .. } } => of(&[Chrome, Android, Windows]),
        // A CA's key on secp256k1 or brainpool: OpenSSL (curl, Python)
        // verifies what it signs (`openssl verify`: OK, tests/data/
        // secp256k1-ca); BoringSSL (Chrome, Android), NSS, Apple, Go and
        // rustls-webpki implement P-256/P-384 (P-521) only, and Java 16
        // removed the other curves (JDK-8251547). Windows: not known.
        Rule::KeyAlgorithm { key: KeyDefect::CaCurve { .. } } => of(&[Chrome, Firefox, Safari, Android, Java, Go, Rustls]),
        // A CA's DSA key: OpenSSL (curl, Python) and Java verify what it
        // signs (`openssl verify`: OK, tests/data/dsa-ca); BoringSSL,
        // mozilla::pkix, Apple's verifier, Go since 1.16 ("algorithm
        // unimplemented") and rustls-webpki have no DSA. Windows: not known.
        Rule::KeyAlgorithm { key: KeyDefect::CaDsa } => of(&[Chrome, Firefox, Safari, Android, Go, Rustls]),
        Rule::KeyAlgorithm { key: KeyDefect::CannotSign { .. } | KeyDefect::Unknown { .. } } => all(),
        // Explicit curve parameters: OpenSSL 3 refuses them in every mode
        // (`openssl verify`: error 94, "Certificate public key has explicit
        // ECC parameters"), Java's ECParameters takes named curves only,
        // BoringSSL, mozilla::pkix, Go and rustls-webpki parse named curves
        // only.
        Rule::KeyAlgorithm { key: KeyDefect::ExplicitCurve | KeyDefect::Unreadable } => all(),
        // Go ≥ 1.23 refuses to parse a certificate with a negative serial
        // ("x509: negative serial number"; GODEBUG x509negativeserial=1
        // lets it through). OpenSSL, NSS, BoringSSL, Schannel, Java and
        // rustls-webpki read the number as it is.
        Rule::SerialNegative => of(&[Go]),
        // The rest are requirements no client in the matrix checks: serial
        // numbers, AKI issuer/serial pairs, AIA and nameConstraints and
        // policyConstraints criticality, underscores, and the Baseline
        // Requirements' own rules (EKU contents and criticality, SAN
        // criticality, modulus sizes, CN copies of SAN entries, root AKIs).
        _ => none(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_intermediate_is_completed_only_by_clients_that_fetch_or_preload() {
        let kind = |url: bool, supplied: bool| FindingKind::ChainIncomplete {
            certificate: "leaf".into(),
            missing_issuer: "CA".into(),
            ca_issuers: url.then(|| "http://ca.example/ca.cer".to_string()),
            container: None,
            supplied: supplied.then(|| crate::finding::Supplied {
                source: "set".into(),
                not_after: crate::timestamp::Timestamp::from_unix_seconds(0),
            }),
        };
        let refused = |url, supplied| refusing(&kind(url, supplied), Situation::default()).unwrap();
        assert!(
            !refused(true, true).contains(Client::Chrome) && !refused(true, true).contains(Client::Firefox)
        );
        assert!(
            refused(false, true).contains(Client::Chrome) && !refused(false, true).contains(Client::Firefox)
        );
        assert!(refused(false, false).contains(Client::Firefox));
        for client in
            [Client::Java, Client::Openssl, Client::Python, Client::Go, Client::Rustls, Client::Android]
        {
            assert!(refused(true, true).contains(client), "{client:?}");
        }
    }
}
