//! Every finding code, listed once: its stable kebab-case name and its
//! severity. The names are an interface (scripts match on them); the
//! severities say what the verdict means.

use serde::Serialize;

use super::Severity;

macro_rules! codes {
    ($($(#[doc = $doc:literal])* $variant:ident = $name:literal, $severity:ident;)*) => {
        /// A finding code.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
        #[cfg_attr(feature = "transfer", derive(bincode::Encode, bincode::Decode))]
        #[non_exhaustive]
        pub enum Code {
            $($(#[doc = $doc])* #[serde(rename = $name)] $variant,)*
        }

        impl Code {
            /// All codes, in the order the README lists them.
            pub const ALL: &'static [Code] = &[$(Code::$variant,)*];

            /// The stable kebab-case name.
            pub fn as_str(self) -> &'static str {
                match self {
                    $(Code::$variant => $name,)*
                }
            }

            /// How bad a finding of this code is, unless its facts say
            /// otherwise ([`super::FindingKind::severity`]).
            pub fn severity(self) -> Severity {
                match self {
                    $(Code::$variant => Severity::$severity,)*
                }
            }
        }
    };
}

codes! {
    // Input.
    /// Nothing usable in a file or paste.
    InputUnrecognised = "input-unrecognised", Error;
    /// A broken PEM block.
    PemMalformed = "pem-malformed", Error;
    /// A certificate that is not valid X.509.
    CertUnparseable = "cert-unparseable", Error;
    /// A limit stopped the analysis somewhere.
    InputLimitExceeded = "input-limit-exceeded", Warning;
    /// A CSR, CRL, PKCS#7 or PKCS#12 structure is broken.
    InputUnparseable = "input-unparseable", Error;
    /// An OpenSSH private key.
    InputSshKey = "input-ssh-key", Error;
    /// A Java keystore.
    InputJavaKeystore = "input-java-keystore", Warning;
    /// A CSR where a certificate is expected.
    InputCsrNotCertificate = "input-csr-not-certificate", Info;
    /// A TLS error message a client or server printed, recognised.
    ClientError = "client-error", Info;
    /// Text that reads like a TLS error but is not one certdoctor knows.
    ClientErrorUnrecognised = "client-error-unrecognised", Info;
    /// An `openssl s_client` transcript: what s_client saw.
    ClientTranscript = "client-transcript", Info;
    /// Only CA certificates: reviewed as a CA bundle (a trust store), not
    /// as a server's chain.
    InputCaBundle = "input-ca-bundle", Info;
    /// A certificate in a CA bundle that is not a CA.
    CaBundleNotCa = "ca-bundle-not-ca", Warning;
    /// An encrypted input and no password.
    PasswordRequired = "password-required", Error;
    /// No password given opens an encrypted input.
    PasswordIncorrect = "password-incorrect", Error;
    /// An encryption or MAC scheme certdoctor cannot undo.
    EncryptionUnsupported = "encryption-unsupported", Error;
    // Chain.
    /// The bundle is not leaf → issuer → ….
    ChainOutOfOrder = "chain-out-of-order", Warning;
    /// An issuer is missing.
    ChainIncomplete = "chain-incomplete", Error;
    /// The bundle carries the root.
    ChainRootIncluded = "chain-root-included", Warning;
    /// A certificate appears twice.
    ChainDuplicateCertificate = "chain-duplicate-certificate", Warning;
    /// A certificate is not on the leaf's path.
    ChainUnrelatedCertificate = "chain-unrelated-certificate", Warning;
    // Validity.
    /// notAfter is before the moment checked.
    CertExpired = "cert-expired", Error;
    /// notBefore is after the moment checked.
    CertNotYetValid = "cert-not-yet-valid", Error;
    /// notAfter is within the warning window.
    CertExpiringSoon = "cert-expiring-soon", Warning;
    /// A TLS leaf valid for longer than browsers allow.
    CertValidityTooLong = "cert-validity-too-long", Warning;
    /// A critical extension clients do not understand.
    CertCriticalExtensionUnknown = "cert-critical-extension-unknown", Error;
    /// Revoked by a CRL that was given.
    CertRevoked = "cert-revoked", Error;
    /// An RFC 5280 / Baseline Requirements encoding rule is broken.
    CertProfileViolation = "cert-profile-violation", Error;
    // Names.
    /// The host is not covered by any SAN.
    NameMismatch = "name-mismatch", Error;
    /// The host is covered only by a wildcard over a public suffix.
    NameWildcardPublicSuffix = "name-wildcard-public-suffix", Error;
    /// The host is covered only by an entry with a trailing dot.
    NameTrailingDot = "name-trailing-dot", Error;
    /// The address is in the leaf only as a DNS name.
    NameAddressAsDnsName = "name-address-as-dns-name", Error;
    /// The host is covered only by a wildcard inside a label.
    NamePartialWildcard = "name-partial-wildcard", Error;
    /// No subjectAltName.
    NameNoSan = "name-no-san", Error;
    // Keys.
    /// The private key does not belong to the leaf.
    KeyMismatch = "key-mismatch", Error;
    /// RSA below 2048 bits, EC below 256 bits.
    KeyWeak = "key-weak", Error;
    /// A key block is damaged.
    KeyUnreadable = "key-unreadable", Error;
    /// A readable key of a kind TLS certificates cannot use.
    KeyUnsupported = "key-unsupported", Warning;
    // Signatures and trust.
    /// A signature on the path does not verify.
    SignatureInvalid = "signature-invalid", Error;
    /// A signature that certdoctor cannot check: the link is not vouched for.
    SignatureUnverifiable = "signature-unverifiable", Error;
    /// SHA-1/MD5 below the trust anchor.
    SignatureWeakAlgorithm = "signature-weak-algorithm", Error;
    /// The path ends at a root that is not trusted.
    TrustUntrustedRoot = "trust-untrusted-root", Error;
    /// The root is not trusted (or is distrusted) by some of the stores.
    TrustStoreMissing = "trust-store-missing", Error;
    /// Some clients trust the root only for certificates issued before a
    /// day, and the leaf was issued after it.
    TrustDistrustedAfter = "trust-distrusted-after", Error;
    /// A chain for public names ending at a private CA: TLS interception.
    TrustInterception = "trust-interception", Info;
    /// A self-signed leaf.
    TrustSelfSigned = "trust-self-signed", Error;
    /// An issuer lacks CA:TRUE or keyCertSign.
    IssuerNotCa = "issuer-not-ca", Error;
    /// A pathLenConstraint is exceeded.
    PathLengthExceeded = "path-length-exceeded", Error;
    /// More intermediate CAs than `--max-depth` allows.
    ChainTooLong = "chain-too-long", Error;
    /// An EKU on the path excludes serverAuth.
    EkuServerAuthMissing = "eku-server-auth-missing", Error;
    /// A name breaks an issuer's name constraints.
    NameConstraintsViolated = "name-constraints-violated", Error;
    /// rustls-webpki rejects the chain and certdoctor has no reason of its own.
    SecondOpinionRejected = "second-opinion-rejected", Error;
    /// rustls-webpki refuses what RFC 5280 allows, for a reason of its own:
    /// a warning for a rulebook, an error by the clients (rustls refuses).
    SecondOpinionDiverges = "second-opinion-diverges", Warning;
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
}
