//! The facts inside findings, in English: format problems, profile rules,
//! constraint violations, keys, encryption schemes and notes.

use crate::certificate::{KeyUsage, PolicyKind};
use crate::finding::{LooksLike, Skipped, Structure};
use crate::formats::encryption::{KdfLimit, SchemeFamily, SchemeSummary, Unsupported};
use crate::formats::pkcs12::{Protection, SkippedPart};
use crate::formats::{jks, FormatError, Problem, X509Part};
use crate::keys::KeyUnsupported;
use crate::names::constraints::{MalformedConstraint, Violation};
use crate::profile::{CnDifference, KeyDefect, Rule};

pub(super) fn structure(structure: Structure) -> &'static str {
    match structure {
        Structure::Certificate => "certificate",
        Structure::CertificateRequest => "certificate request",
        Structure::Crl => "CRL",
        Structure::Pkcs7 => "PKCS#7 bundle",
        Structure::Pkcs12 => "PKCS#12 file",
        Structure::PrivateKey => "private key",
        Structure::EncryptedPrivateKey => "encrypted private key",
        Structure::DerObject => "DER object",
    }
}

pub(super) fn looks_like(what: LooksLike) -> &'static str {
    match what {
        LooksLike::Empty => "an empty file",
        LooksLike::SshPublicKey => "an SSH public key (not a TLS certificate)",
        LooksLike::PuttyKey => "a PuTTY key (not a TLS key)",
        LooksLike::Html => "an HTML or XML document",
        LooksLike::Json => "a JSON document",
    }
}

pub(super) fn keystore(kind: jks::Kind) -> &'static str {
    match kind {
        jks::Kind::Jks => "JKS",
        jks::Kind::Jceks => "JCEKS",
    }
}

pub(super) fn skipped(skipped: &Skipped, input: &str) -> String {
    match skipped {
        Skipped::Input { bytes, .. } => format!("{input} ({bytes} bytes)"),
        Skipped::RestOf { .. } => format!("the rest of {input}"),
        Skipped::AfterTheFirst { count } => format!("everything after the first {count}"),
        Skipped::Findings { code, more, .. } => {
            format!("{more} more findings of {} about {input}", code.as_str())
        }
        Skipped::NameConstraints { leaf } => {
            format!("the rest of the name-constraint checks on the path of \"{leaf}\"")
        }
        Skipped::Encrypted { structure: what, asked, limit, .. } => {
            format!("the {} in {input}, which asks for {asked} ({})", structure(*what), kdf_limit(*limit))
        }
        Skipped::RsaKey { bits, .. } => format!("a {bits}-bit RSA key in {input}"),
        Skipped::PathSearch { leaf } => format!("the rest of the search for a trusted path from \"{leaf}\""),
    }
}

fn kdf_limit(limit: KdfLimit) -> &'static str {
    match limit {
        KdfLimit::Iterations => "key-derivation iterations",
        KdfLimit::TotalWork => "total key-derivation work",
        KdfLimit::ScryptCost => "scrypt cost N",
        KdfLimit::ScryptBlockSize => "scrypt block size r",
        KdfLimit::ScryptParallelism => "scrypt parallelism p",
    }
}

pub(super) fn format_error(error: &FormatError) -> String {
    let problem = problem(&error.problem);
    match error.offset {
        Some(offset) => format!("{problem} (at byte {offset})"),
        None => problem,
    }
}

fn problem(problem: &Problem) -> String {
    use Problem as P;
    match problem {
        P::Truncated => "the data ends in the middle of a value".into(),
        P::LengthTooLong => "a length field is longer than 4 bytes".into(),
        P::LengthBeyondData { claimed, available } => format!("a length of {claimed} runs past the end ({available} bytes left)"),
        P::IndefinitePrimitive => "an indefinite length on a primitive value".into(),
        P::MissingEndOfContents => "an indefinite length is never closed".into(),
        P::TooDeep { limit } => format!("values are nested more than {limit} levels deep"),
        P::HighTagNumber => "a tag in the high-number form, which these formats never use".into(),
        P::TrailingBytes { count } => format!("{count} unexpected bytes follow the structure"),
        P::UnexpectedTag { field, expected, found } => format!("{field}: expected tag 0x{expected:02x}, found 0x{found:02x}"),
        P::MissingField { field } => format!("{field} is missing"),
        P::BitStringUnusedBits => "a BIT STRING has unused bits or a constructed encoding".into(),
        P::EmptyBitString => "a BIT STRING is empty".into(),
        P::EmptyInteger => "an INTEGER is empty".into(),
        P::NegativeInteger => "an INTEGER is negative".into(),
        P::IntegerTooLarge => "an INTEGER is too large".into(),
        P::MalformedOid => "an OBJECT IDENTIFIER is malformed".into(),
        P::UnsupportedVersion { field, found } => format!("{field} is {found}, a version this format does not define"),
        P::Empty { field } => format!("{field} is empty"),
        P::UnrecognisedStructure => "it is not a certificate, key, request, CRL or bundle".into(),
        P::NotSignedData { content_type } => format!("the content is of type {content_type}, not a certificate bundle (SignedData)"),
        P::BagsTooDeep { limit } => format!("SafeContents are nested more than {limit} levels deep"),
        P::MacAcceptedButDecryptionFailed => "a part does not decrypt with the password its MAC accepts".into(),
        P::CrlNumberMissing => "it has no cRLNumber extension (RFC 5280 §5.2.3: MUST be present), so revocation cannot be checked with it".into(),
        P::CrlNumberCritical => "its cRLNumber extension is marked critical (RFC 5280 §5.2.3: MUST be non-critical), so revocation cannot be checked with it".into(),
        P::CrlIssuerWithoutCrlSign { issuer } => format!("its issuer \"{issuer}\" has a keyUsage without cRLSign (RFC 5280 §4.2.1.3), so revocation cannot be checked with it"),
        P::CrlCriticalExtension { extension } => format!("it has a critical extension {extension} that is not understood (RFC 5280 §5.2: such a CRL MUST NOT be used), so revocation cannot be checked with it"),
        P::ZeroIterations => "an iteration count of 0".into(),
        P::ScryptCostNotPowerOfTwo { n } => format!("the scrypt cost N = {n} is not a power of two"),
        P::KeyLengthMismatch { cipher } => format!("the derived key length does not fit {cipher}"),
        P::CipherParameters { cipher } => format!("the key or IV does not fit {cipher}"),
        P::MissingDekInfo => "the key is marked ENCRYPTED but has no DEK-Info header".into(),
        P::DekInfoIv => "the DEK-Info header has no IV in hex".into(),
        P::DekInfoIvLength { cipher, bytes, expected } => format!("the DEK-Info IV has {bytes} bytes; {cipher} needs {expected}"),
        P::EmptyRsaKey => "the RSA key has an empty modulus or exponent".into(),
        P::ZeroComponent { field } => format!("the RSA private key's {field} is zero"),
        P::CurveMismatch { inner, outer } => format!("the key names the curve {inner} but is labelled {outer}"),
        P::NoCurve => "the EC private key names no curve".into(),
        P::ScalarOutOfRange => "the EC private scalar is out of range for its curve".into(),
        P::KeyLength { algorithm, bytes, expected } => format!("the {algorithm} key has {bytes} bytes, not {expected}"),
        P::X509 { part } => format!("its {} cannot be read", x509_part(*part)),
        P::EntryTooLong { claimed, available } => format!("an entry claims {claimed} bytes but only {available} are left"),
        P::TooManyEntries { count, limit } => format!("{count} entries (more than {limit} are not read)"),
        P::CertificateType { kind } => format!("a certificate of type {kind}"),
        P::SecretKeyEntry => "a secret-key entry (a serialised Java object) stops the reading".into(),
        P::UnknownEntry { kind } => format!("an entry of unknown type {kind}"),
    }
}

fn x509_part(part: X509Part) -> &'static str {
    match part {
        X509Part::Version => "version",
        X509Part::SerialNumber => "serial number",
        X509Part::AlgorithmIdentifier => "algorithm identifier",
        X509Part::Name => "subject or issuer name",
        X509Part::Validity => "validity dates",
        X509Part::PublicKey => "public key",
        X509Part::UniqueIdentifier => "unique identifier",
        X509Part::Extensions => "extensions",
        X509Part::Attributes => "attributes",
        X509Part::Signature => "signature",
        X509Part::Structure => "outer structure (it is not X.509 DER, or it is cut short)",
    }
}

pub(super) fn key_unsupported(reason: &KeyUnsupported) -> String {
    match reason {
        KeyUnsupported::ExplicitCurve => "it is an EC key with explicit curve parameters instead of a named curve".into(),
        KeyUnsupported::NoPublicKey { algorithm } => format!("it is a {algorithm} private key whose public key cannot be derived here and is not given with it, so it cannot be paired"),
        KeyUnsupported::Dsa => "it is a DSA private key; DSA is not used for TLS any more".into(),
        KeyUnsupported::UnknownAlgorithm { oid } => format!("it is a private key of the unknown algorithm {oid}"),
        KeyUnsupported::CurveNotForTls { curve } => format!("it is on the elliptic curve {curve}, which TLS clients do not accept"),
        KeyUnsupported::DsaNotForTls => "it is a DSA key, which TLS 1.3 and current browsers do not accept".into(),
        KeyUnsupported::KeyExchangeOnly { algorithm } => format!("it is an {algorithm} key, which is for key exchange, not for certificates"),
    }
}

pub(super) fn unsupported(what: &Unsupported) -> String {
    match what {
        Unsupported::Scheme { oid } => format!("the encryption scheme {oid}"),
        Unsupported::Kdf { oid } => format!("the key derivation function {oid}"),
        Unsupported::Prf { oid } => format!("PBKDF2 with the pseudo-random function {oid}"),
        Unsupported::Cipher { oid } => format!("the cipher {oid}"),
        Unsupported::AesGcm => "AES-GCM inside PBES2, which RFC 8018 does not define".into(),
        Unsupported::MacDigest { oid } => format!("an integrity MAC with the digest {oid}"),
        Unsupported::PublicKeyIntegrity { content_type } => {
            format!("public-key integrity ({content_type}); only password integrity is supported")
        }
        Unsupported::LegacyPemCipher { name } => format!("the legacy PEM cipher {name}"),
    }
}

pub(super) fn scheme(scheme: &SchemeSummary) -> String {
    let family = match scheme.family {
        SchemeFamily::Pbes2 => "PBES2",
        SchemeFamily::Pbes1 => "PBES1",
        SchemeFamily::Pkcs12Pbe => "PKCS#12 PBE",
        SchemeFamily::LegacyPem => "OpenSSL legacy PEM encryption",
    };
    match scheme.iterations {
        Some(iterations) => format!("{family} ({}, {iterations} iterations, {})", scheme.kdf, scheme.cipher),
        None => format!("{family} ({}, {})", scheme.kdf, scheme.cipher),
    }
}

pub(super) fn protection(protection: &Protection) -> String {
    match protection {
        Protection::Mac { hash, iterations } => {
            format!("PKCS#12 integrity: HMAC-{hash} MAC, {iterations} iterations")
        }
        Protection::Pbmac1 { hash, prf, iterations } => {
            format!("PKCS#12 integrity: PBMAC1 (HMAC-{hash}, PBKDF2-HMAC-{prf}, {iterations} iterations)")
        }
        Protection::NoMac => "PKCS#12 integrity: no MAC".into(),
        Protection::Certificates { scheme: used } => format!("PKCS#12 certificates: {}", scheme(used)),
        Protection::Key { scheme: used } => format!("PKCS#12 key: {}", scheme(used)),
    }
}

pub(super) fn skipped_part(part: &SkippedPart) -> String {
    match part {
        SkippedPart::EnvelopedData => {
            "PKCS#12: a part encrypted to a public key (EnvelopedData) was skipped".into()
        }
        SkippedPart::Content { oid } => format!("PKCS#12: a part of unknown type {oid} was skipped"),
        SkippedPart::CertificateType { oid } => format!("PKCS#12: a certificate of type {oid} was skipped"),
        SkippedPart::Bag { oid } => format!("PKCS#12: a bag of type {oid} was skipped"),
    }
}

pub(super) fn policy_kind(kind: PolicyKind) -> &'static str {
    match kind {
        PolicyKind::DomainValidated => "domain validated",
        PolicyKind::OrganizationValidated => "organization validated",
        PolicyKind::IndividualValidated => "individual validated",
        PolicyKind::ExtendedValidation => "extended validation",
        PolicyKind::AnyPolicy => "any policy",
    }
}

fn usages(usages: &[KeyUsage]) -> String {
    usages.iter().map(|usage| usage.name()).collect::<Vec<_>>().join(", ")
}

pub(super) fn rule(rule: &Rule) -> String {
    use Rule as R;
    match rule {
        R::SerialZero => "the serial number is 0 (RFC 5280 §4.1.2.2 requires a positive integer)".into(),
        R::SerialNegative => "the serial number is negative (its encoding has the sign bit set; RFC 5280 §4.1.2.2 requires a positive integer)".into(),
        R::SerialTooLong { bytes } => format!("the serial number is {bytes} bytes long; at most 20 are allowed (RFC 5280 §4.1.2.2)"),
        R::DuplicateExtension { extension } => format!("the extension {extension} appears twice (RFC 5280 §4.2)"),
        R::SignatureAlgorithmMismatch => "the signature algorithm inside the certificate differs from the one outside (RFC 5280 §4.1.1.2)".into(),
        R::AkiIssuerSerial => "authorityKeyIdentifier has only one of authorityCertIssuer and authorityCertSerialNumber (RFC 5280 §4.2.1.1: both or neither)".into(),
        R::AkiCritical => "authorityKeyIdentifier is marked critical (RFC 5280 §4.2.1.1: MUST be non-critical)".into(),
        R::SkiCritical => "subjectKeyIdentifier is marked critical (RFC 5280 §4.2.1.2: MUST be non-critical)".into(),
        R::AiaCritical => "authorityInfoAccess is marked critical (RFC 5280 §4.2.2.1: MUST be non-critical)".into(),
        R::AiaMalformed => "the authorityInfoAccess extension cannot be read".into(),
        R::NameConstraintsNotCritical => "nameConstraints is not marked critical (RFC 5280 §4.2.1.10: MUST be critical)".into(),
        R::PolicyConstraintsNotCritical => "policyConstraints is not marked critical (RFC 5280 §4.2.1.11: MUST be critical)".into(),
        R::SanCriticalWithSubject => "subjectAltName is critical although the subject is not empty (BR §7.1.2.7.12: MUST be non-critical)".into(),
        R::SanNotCriticalWithEmptySubject => "the subject is empty but subjectAltName is not critical (RFC 5280 §4.2.1.6: MUST be critical)".into(),
        R::RsaModulusSize { bits } => format!("the RSA modulus is {bits} bits, not a whole number of bytes (BR §6.1.5)"),
        R::KeyAlgorithm { key } => match key {
            KeyDefect::Dsa => "the key is DSA, which TLS 1.3 does not have and the browsers, Android, Go, rustls and OpenSSL 3's default ciphers (curl, Python, Node) no longer accept (BR §6.1.5)".into(),
            KeyDefect::Curve { curve } => format!("the key is on the curve {curve}; only P-256, P-384 and P-521 are allowed (BR §6.1.5), and no TLS 1.3 client offers {curve} by default: the browsers, OpenSSL (curl, Python, Node), Java, Go and rustls fail the handshake"),
            KeyDefect::Ed25519 => "the key is Ed25519: OpenSSL, Go, Java 15+ and rustls accept it, but Chrome, Edge, Firefox, Safari, Windows and Android implement no Ed25519 in certificates or TLS handshakes (and BR §6.1.5 allows only RSA and ECDSA); reissue it with an ECDSA P-256 or RSA 2048 key".into(),
            KeyDefect::Ed448 => "the key is Ed448: only OpenSSL and Java accept it — Chrome, Edge, Firefox, Safari, Windows, Android, Go and rustls implement no Ed448 (and BR §6.1.5 allows only RSA and ECDSA); reissue it with an ECDSA P-256 or RSA 2048 key".into(),
            KeyDefect::CannotSign { algorithm } => format!("the key is {algorithm}, a key-agreement key that cannot sign, so no client can verify what it should sign; reissue it with an ECDSA P-256 or RSA 2048 key"),
            KeyDefect::Unknown { algorithm } => format!("the key's algorithm ({algorithm}) is not one any of the clients implements; reissue it with an ECDSA P-256 or RSA 2048 key"),
            KeyDefect::CaDsa => "the CA's key is DSA: the browsers, Apple, Android, Go and rustls cannot check the DSA signatures it makes; OpenSSL (curl, Python) and Java can (BR §6.1.5 allows RSA and ECDSA only). Have the chain issued by a CA with an RSA or ECDSA key".into(),
            KeyDefect::CaCurve { curve } => format!("the CA's key is on the curve {curve}; only P-256, P-384 and P-521 are allowed (BR §6.1.5) and implemented by the browsers, Apple, Android, Java, Go and rustls, which cannot check what this CA signs; OpenSSL (curl, Python) can. Have the chain issued by a CA with a P-256 or P-384 key (or RSA)"),
            KeyDefect::HandshakeCurve { curve } => format!("the server's key is on {curve}: Chrome, Edge, Android and Windows do not offer {curve} for the handshake signature and fail (Chrome: ERR_SSL_VERSION_OR_CIPHER_MISMATCH), while Firefox, Safari, OpenSSL and Go accept it; reissue it with a P-256 or P-384 key"),
            KeyDefect::ExplicitCurve => "its EC key spells out the curve's parameters instead of naming the curve (RFC 5480 §2.1.1: namedCurve only), which OpenSSL 3 (\"Certificate public key has explicit ECC parameters\"), Java, the browsers, Go and rustls refuse; make a new key on a named curve (`openssl ecparam -name prime256v1 -genkey`, without `-param_enc explicit`) and reissue the certificate".into(),
            KeyDefect::Unreadable => "the public key cannot be read".into(),
        },
        R::PssSaltLength { salt, hash } => format!("its RSASSA-PSS signature uses a {salt}-byte salt, not the {hash} bytes of its hash: Chrome, Firefox, Go and rustls accept RSASSA-PSS only with a salt as long as the hash, while OpenSSL, Java, Apple and Windows take any; have it signed again with the hash's length (OpenSSL: `-sigopt rsa_pss_saltlen:digest`)"),
        R::EkuAnyWithoutServerAuth => "its extendedKeyUsage allows any purpose (anyExtendedKeyUsage) but does not name serverAuth: Chrome, Go and Java take that for serverAuth, while OpenSSL (curl, Python, Node: \"unsuitable certificate purpose\"), Firefox and rustls do not and refuse it; reissue it with serverAuth in the extendedKeyUsage".into(),
        R::AkiMismatch { issuer, aki, ski } => format!("its authorityKeyIdentifier ({aki}) is not the subjectKeyIdentifier of \"{issuer}\" ({ski}), whose key signed it (RFC 5280 §4.2.1.1): OpenSSL — curl, Python — and Java look the issuer up by that identifier and do not find it (\"unable to get local issuer certificate\"), while browsers, Go and rustls match by name and signature; reissue it with the issuer's identifier, or use the issuer certificate that carries the identifier it names"),
        R::AkiMissing => "there is no authorityKeyIdentifier key identifier (RFC 5280 §4.2.1.1: MUST be present)".into(),
        R::LeafIsCa => "the certificate serving TLS is a CA certificate (basicConstraints cA=TRUE); BR §7.1.2.7.8 requires cA=FALSE, and Firefox and rustls refuse a CA certificate as a server's under any root, a self-signed one trusted as itself too (`openssl req -x509` makes one unless given `-addext basicConstraints=critical,CA:FALSE`)".into(),
        R::LeafEkuMissing => "there is no extendedKeyUsage extension; BR §7.1.2.7.10 requires one with serverAuth, and Apple requires it under any root".into(),
        R::WildcardPublicSuffix { name, suffix } => format!("the wildcard \"{name}\" covers every domain under the public suffix \"{suffix}\"; browsers do not honour it and CAs must not issue it (BR §3.2.2.6)"),
        R::LeafKeyCertSign => "the keyUsage allows keyCertSign but the certificate is not a CA (RFC 5280 §4.2.1.3)".into(),
        R::LeafKeyUsageTls { usages: list, rsa_key_exchange: true } => format!("the keyUsage ({}) lacks digitalSignature, so the key may not sign a TLS 1.3 or ECDHE handshake; only the old RSA key exchange, which modern clients no longer offer, can use it (RFC 5280 §4.2.1.3, RFC 8446 §4.4.3)", usages(list)),
        R::MustStaple { ocsp: false } => "it requires OCSP stapling (a TLS Feature extension with status_request, \"must-staple\") but names no OCSP responder, so no server can staple a response for it: Firefox refuses it (MOZILLA_PKIX_ERROR_REQUIRED_TLS_FEATURE_MISSING), the other clients ignore the extension; reissue it without must-staple (OpenSSL: drop `tlsfeature = status_request`; certbot: drop `--must-staple`)".into(),
        R::MustStaple { ocsp: true } => "it requires OCSP stapling (a TLS Feature extension with status_request, \"must-staple\"): Firefox refuses it whenever the server does not staple a fresh OCSP response (MOZILLA_PKIX_ERROR_REQUIRED_TLS_FEATURE_MISSING), the other clients ignore the extension; turn stapling on and keep it working (nginx: `ssl_stapling on; ssl_stapling_verify on;` with a `resolver`; Apache: `SSLUseStapling On` and an `SSLStaplingCache`), or reissue it without must-staple".into(),
        R::NsCertTypeForbids => "its Netscape certificate type extension (nsCertType) does not include an SSL server: OpenSSL's purpose check (curl, Python, Node: \"unsuitable certificate purpose\") and Java refuse it as a server's certificate, while the browsers, Go and rustls ignore the extension; reissue it without nsCertType (it is obsolete), or with nsCertType=server".into(),
        R::LeafKeyUsageTls { usages: list, rsa_key_exchange: false } => format!("the keyUsage ({}) lacks digitalSignature, so no TLS handshake may use this key (RFC 5280 §4.2.1.3, RFC 8446 §4.4.3)", usages(list)),
        R::LeafEkuCritical => "extendedKeyUsage is critical (BR §7.1.2.7.10: MUST NOT be critical)".into(),
        R::LeafEkuAny => "extendedKeyUsage contains anyExtendedKeyUsage (BR §7.1.2.7.10 forbids it)".into(),
        R::LeafEkuForbidden { usages } => format!("extendedKeyUsage puts {} next to serverAuth (BR §7.1.2.7.10: a TLS server certificate MUST NOT carry them)", usages.iter().map(|usage| usage.name()).collect::<Vec<_>>().join(", ")),
        R::IssuerEncodingDiffers { issuer } => format!("its issuer field names \"{issuer}\" encoded differently from that certificate's own subject (another string type, letter case or spacing). RFC 5280 §4.1.2.4 requires the same encoding; OpenSSL, Chrome, Apple and Java match the names anyway, but Go, rustls and Firefox compare the bytes and do not find the issuer (\"unknown authority\", UnknownIssuer, SEC_ERROR_UNKNOWN_ISSUER)"),
        R::CnNotExactlyInSan { cn, difference } => format!("the common name \"{cn}\" {} (BR §7.1.4.3)", cn_difference(difference)),
        R::SanInvalid { entry } => format!("the subjectAltName entry \"{entry}\" is not a valid host name or address (RFC 5280 §4.2.1.6)"),
        R::DnsNameUnderscore { name } => format!("the DNS name \"{name}\" contains an underscore, which host names may not (RFC 5280 §4.2.1.6, BR §7.1.4.2)"),
        R::SkiMissing => "the CA certificate has no subjectKeyIdentifier (RFC 5280 §4.2.1.2: MUST be present)".into(),
        R::BasicConstraintsMissing => "the CA certificate has no basicConstraints (RFC 5280 §4.2.1.9)".into(),
        R::BasicConstraintsNotCritical => "basicConstraints is not marked critical (RFC 5280 §4.2.1.9: MUST be critical in CA certificates)".into(),
        R::RootNotCa { says_not_ca: true } => "the root's basicConstraints says cA=FALSE, so it may not sign certificates (RFC 5280 §4.2.1.9): OpenSSL, Python and Firefox refuse it as a CA, while Go, Java and rustls use only its name and key; recreate it with basicConstraints=critical,CA:TRUE".into(),
        R::RootNotCa { says_not_ca: false } => "the root has neither basicConstraints nor keyUsage, so nothing says it may sign certificates (RFC 5280 §4.2.1.9): OpenSSL, Python and Firefox refuse it as a CA, while Go, Java and rustls use only its name and key; recreate it with basicConstraints=critical,CA:TRUE and keyUsage=critical,keyCertSign,cRLSign".into(),
        R::PathLenWithoutCa => "basicConstraints sets a path length, but the certificate is not a CA that may sign certificates (RFC 5280 §4.2.1.9: only with cA TRUE and keyCertSign)".into(),
        R::CaKeyUsageMissing => "a CA certificate has no keyUsage extension (RFC 5280 §4.2.1.3: CA certificates MUST include it, with keyCertSign)".into(),
        R::RootKeyCertSignMissing => "the root's keyUsage does not allow keyCertSign, so it may not sign certificates (RFC 5280 §4.2.1.3); OpenSSL refuses it as an issuer".into(),
        R::CaEmptySubject => "the CA certificate's subject is empty (RFC 5280 §4.1.2.6)".into(),
        R::RootAki => "the root's authorityKeyIdentifier has no key identifier (BR §7.1.2.1.3)".into(),
    }
}

fn cn_difference(difference: &CnDifference) -> String {
    match difference {
        CnDifference::NotAscii => {
            "is not in its ASCII (punycode) form, as subjectAltName entries must be".into()
        }
        CnDifference::AddressSpelling { address } => {
            format!("is the address {address} written differently from the SAN entry")
        }
        CnDifference::LetterCase => "differs from a SAN entry only in letter case".into(),
        CnDifference::UnlistedIdn => "is an internationalised name that is not among the SAN entries".into(),
    }
}

pub(super) fn violation(violation: &Violation) -> String {
    use Violation as V;
    match violation {
        V::Malformed { constraint } => format!("the CA's {} is malformed", malformed(constraint)),
        V::TooMuchWork { names, subtrees, limit } => format!("checking {names} names against {subtrees} constraints would take more than {limit} comparisons; clients refuse such certificates"),
        V::ExcludedDns { name, subtree } => format!("{name} is in the excluded subtree {subtree}"),
        V::OutsidePermittedDns { name, permitted } => format!("{name} is outside the permitted subtrees {}", permitted.join(", ")),
        V::ExcludedIp { address } => format!("{address} is in an excluded address range"),
        V::OutsidePermittedIp { address } => format!("{address} is outside the permitted address ranges"),
        V::ExcludedDirectory { name, subtree } => format!("the directory name \"{name}\" is in the excluded subtree \"{subtree}\""),
        V::OutsidePermittedDirectory { name, permitted } => format!("the directory name \"{name}\" is outside the permitted subtrees \"{}\"", permitted.join("\", \"")),
        V::ExcludedEmail { address, subtree } => format!("the email address {address} is in the excluded subtree {subtree}"),
        V::OutsidePermittedEmail { address, permitted } => format!("the email address {address} is outside the permitted subtrees {}", permitted.join(", ")),
        V::ExcludedUri { uri, subtree } => format!("the host of the URI {uri} is in the excluded subtree {subtree}"),
        V::OutsidePermittedUri { uri, permitted } => format!("the host of the URI {uri} is outside the permitted subtrees {} (a URI without a host is outside every one)", permitted.join(", ")),
        V::ExcludedKind { kind } => format!("the certificate has a {kind} name and the CA excludes {kind} names"),
        V::OnEndEntity => "an end-entity certificate carries a nameConstraints extension, which only CAs may have (RFC 5280 §4.2.1.10)".into(),
        V::CommonName { name } => format!("the certificate has no DNS subjectAltName, so OpenSSL takes its common name \"{name}\" for its host name, and that name is outside the CA's DNS constraints"),
    }
}

fn malformed(constraint: &MalformedConstraint) -> String {
    match constraint {
        MalformedConstraint::NoSubtrees => {
            "nameConstraints with neither permitted nor excluded subtrees".into()
        }
        MalformedConstraint::DnsSyntax { constraint } => format!("dNSName constraint \"{constraint}\""),
        MalformedConstraint::IpLength { bytes } => format!("iPAddress constraint of {bytes} bytes"),
        MalformedConstraint::DirectoryName => "directoryName constraint".into(),
    }
}
