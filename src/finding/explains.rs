//! Which findings could explain each family of client error
//! (`../shared/corpus/error-strings/README.md`).

use super::Code;
use crate::client_error::Family;

impl Code {
    /// The findings that could be the reason for it. Generic complaints
    /// ("not trusted") list every finding that makes a chain untrusted: the
    /// client does not know which, and the chain decides.
    pub fn explaining(family: Family) -> &'static [Code] {
        use Code as C;
        use Family as F;
        match family {
            F::UnknownIssuer => &[
                C::ChainIncomplete,
                C::TrustUntrustedRoot,
                C::TrustInterception,
                C::TrustSelfSigned,
                C::TrustStoreMissing,
                C::TrustDistrustedAfter,
                C::ChainRootIncluded,
                C::SignatureInvalid,
                C::SignatureUnverifiable,
                C::CertExpired,
                C::NameMismatch,
                C::SignatureWeakAlgorithm,
            ],
            F::MissingIntermediate => &[C::ChainIncomplete],
            F::SelfSigned => &[C::TrustSelfSigned, C::TrustUntrustedRoot, C::TrustInterception, C::ChainUnrelatedCertificate],
            F::Expired => &[C::CertExpired, C::CertNotYetValid],
            F::NotYetValid => &[C::CertNotYetValid],
            F::Hostname => &[C::NameMismatch, C::NameWildcardPublicSuffix, C::NameTrailingDot, C::NameAddressAsDnsName, C::NamePartialWildcard, C::NameNoSan, C::TrustSelfSigned, C::TrustUntrustedRoot],
            F::WeakSignature => &[C::SignatureWeakAlgorithm, C::KeyWeak],
            F::WeakKey => &[C::KeyWeak],
            F::Signature => &[C::SignatureInvalid, C::ChainUnrelatedCertificate],
            F::CaFlag => &[C::IssuerNotCa, C::CertProfileViolation],
            F::Pathlen => &[C::PathLengthExceeded],
            F::Eku => &[C::EkuServerAuthMissing],
            F::NameConstraints => &[C::NameConstraintsViolated],
            F::CriticalExtension => &[C::CertCriticalExtensionUnknown],
            F::ChainTooLong => &[C::ChainTooLong],
            F::Revoked => &[C::CertRevoked],
            F::ValidityTooLong => &[C::CertValidityTooLong],
            F::ApplePolicy => &[
                C::CertValidityTooLong,
                C::EkuServerAuthMissing,
                C::NameNoSan,
                C::KeyWeak,
                C::SignatureWeakAlgorithm,
                C::CertProfileViolation,
            ],
            F::CertInvalid => &[
                C::CertCriticalExtensionUnknown,
                C::CertProfileViolation,
                C::EkuServerAuthMissing,
                C::IssuerNotCa,
                C::PathLengthExceeded,
            ],
            F::KeyMismatch => &[
                C::KeyMismatch,
                C::ChainOutOfOrder,
                C::PemMalformed,
                C::PasswordRequired,
                C::PasswordIncorrect,
            ],
            F::PemSyntax => &[
                C::PemMalformed,
                C::InputUnrecognised,
                C::InputCsrNotCertificate,
                C::KeyMismatch,
                C::PasswordRequired,
            ],
            F::Password => &[C::PasswordRequired, C::PasswordIncorrect],
            F::PeerRejectedOurCert => &[
                C::ChainIncomplete,
                C::TrustUntrustedRoot,
                C::TrustSelfSigned,
                C::CertExpired,
            ],
            F::RevocationUnavailable | F::CaBundleConfig | F::Protocol => &[],
        }
    }

}
