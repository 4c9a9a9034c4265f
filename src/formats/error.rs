//! Why a structure could not be read: a typed problem and the byte offset it
//! was found at. No prose here: `finding::words` renders a problem in each
//! language, and ASN.1 field names (`tbsCertificate`, `macSalt`) are kept as
//! the identifiers they are.

use serde::Serialize;

/// A problem at a byte offset of the structure being read (`None` where no
/// single position is to blame).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "transfer", derive(bincode::Encode, bincode::Decode))]
pub struct FormatError {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub offset: Option<usize>,
    #[serde(flatten)]
    pub problem: Problem,
}

impl FormatError {
    pub fn at(offset: usize, problem: Problem) -> Self {
        Self { offset: Some(offset), problem }
    }

    pub fn new(problem: Problem) -> Self {
        Self { offset: None, problem }
    }
}

impl From<Problem> for FormatError {
    fn from(problem: Problem) -> Self {
        Self::new(problem)
    }
}

/// What is wrong, with the values involved.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "transfer", derive(bincode::Encode, bincode::Decode))]
#[serde(tag = "problem", rename_all = "kebab-case")]
#[non_exhaustive]
pub enum Problem {
    // BER/DER (ITU-T X.690).
    /// The data ends in the middle of a value.
    Truncated,
    /// A length field of more than four bytes.
    LengthTooLong,
    /// A length that runs past the end of the data.
    LengthBeyondData {
        claimed: u64,
        available: u64,
    },
    /// An indefinite length on a primitive value.
    IndefinitePrimitive,
    /// An indefinite length never closed by end-of-contents octets.
    MissingEndOfContents,
    /// Nesting deeper than the reader allows.
    TooDeep {
        limit: usize,
    },
    /// The high tag number form, which these formats never use.
    HighTagNumber,
    /// Bytes after the end of the structure.
    TrailingBytes {
        count: usize,
    },
    /// A field with another tag than the one expected.
    UnexpectedTag {
        field: crate::label::Label,
        expected: u8,
        found: u8,
    },
    /// A field that is not there.
    MissingField {
        field: crate::label::Label,
    },
    /// A BIT STRING with unused bits, or in constructed form.
    BitStringUnusedBits,
    EmptyBitString,
    EmptyInteger,
    NegativeInteger,
    /// An INTEGER larger than 64 bits where a count is expected.
    IntegerTooLarge,
    MalformedOid,
    /// A field of version `found` where the format knows others.
    UnsupportedVersion {
        field: crate::label::Label,
        found: u64,
    },
    /// A field that may not be empty is empty.
    Empty {
        field: crate::label::Label,
    },

    /// A DER object that is none of the structures certdoctor reads.
    UnrecognisedStructure,

    // Containers.
    /// A PKCS#7 ContentInfo of another type than SignedData.
    NotSignedData {
        content_type: String,
    },
    /// PKCS#12 SafeContents nested deeper than allowed.
    BagsTooDeep {
        limit: usize,
    },
    /// A PKCS#12 part that does not decrypt with the password its MAC accepts.
    MacAcceptedButDecryptionFailed,

    // CRLs (RFC 5280 §5) that cannot be used to check revocation.
    /// No cRLNumber extension (§5.2.3: MUST be present).
    CrlNumberMissing,
    /// A critical cRLNumber extension (§5.2.3: MUST be non-critical).
    CrlNumberCritical,
    /// The CRL's issuer may not sign CRLs (§4.2.1.3: cRLSign).
    CrlIssuerWithoutCrlSign {
        issuer: String,
    },
    /// A critical extension, of the CRL or of an entry, that is not
    /// understood (§5.2, §5.3: the CRL MUST NOT be used).
    CrlCriticalExtension {
        extension: String,
    },

    // Password-based encryption parameters.
    ZeroIterations,
    ScryptCostNotPowerOfTwo {
        n: u64,
    },
    /// A derived key length that does not fit the cipher.
    KeyLengthMismatch {
        cipher: String,
    },
    /// An IV or key of the wrong size for the cipher.
    CipherParameters {
        cipher: String,
    },
    /// A legacy encrypted PEM key without a `DEK-Info` header.
    MissingDekInfo,
    /// `DEK-Info` without an IV, or with one that is not hex.
    DekInfoIv,
    /// `DEK-Info` with an IV of the wrong length.
    DekInfoIvLength {
        cipher: String,
        bytes: usize,
        expected: usize,
    },

    // Keys.
    /// An RSA key with an empty modulus or exponent.
    EmptyRsaKey,
    /// A private RSA component of zero.
    ZeroComponent {
        field: crate::label::Label,
    },
    /// An EC key that names a curve other than the one its wrapper names.
    CurveMismatch {
        inner: String,
        outer: String,
    },
    /// An EC private key that names no curve.
    NoCurve,
    /// An EC private scalar that is zero or not below the curve order.
    ScalarOutOfRange,
    /// A key of the wrong length for its algorithm.
    KeyLength {
        algorithm: crate::label::Label,
        bytes: usize,
        expected: usize,
    },

    // X.509, as x509-parser reports it.
    /// The part of a certificate, CSR or CRL that x509-parser could not read.
    X509 {
        part: X509Part,
    },

    // Java keystores.
    /// An entry that claims more bytes than are left.
    EntryTooLong {
        claimed: u64,
        available: u64,
    },
    /// More entries (or chain certificates) than are read.
    TooManyEntries {
        count: u64,
        limit: u64,
    },
    /// A certificate of another type than X.509.
    CertificateType {
        kind: String,
    },
    /// A secret-key entry (a serialised Java object) ends the reading.
    SecretKeyEntry,
    /// An entry of a type the format does not define.
    UnknownEntry {
        kind: u32,
    },
}

/// The part of an X.509 structure that failed to parse.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "transfer", derive(bincode::Encode, bincode::Decode))]
#[serde(rename_all = "kebab-case")]
pub enum X509Part {
    Version,
    SerialNumber,
    AlgorithmIdentifier,
    Name,
    Validity,
    PublicKey,
    UniqueIdentifier,
    Extensions,
    Attributes,
    Signature,
    /// The outer structure: not an X.509 object at all, or cut short.
    Structure,
}

impl X509Part {
    /// Where x509-parser's error points.
    pub fn of(error: &x509_parser::error::X509Error) -> Self {
        use x509_parser::error::X509Error as E;
        match error {
            E::InvalidVersion => Self::Version,
            E::InvalidSerial => Self::SerialNumber,
            E::InvalidAlgorithmIdentifier => Self::AlgorithmIdentifier,
            E::InvalidX509Name => Self::Name,
            E::InvalidDate => Self::Validity,
            E::InvalidSPKI => Self::PublicKey,
            E::InvalidSubjectUID | E::InvalidIssuerUID => Self::UniqueIdentifier,
            E::InvalidExtensions | E::DuplicateExtensions => Self::Extensions,
            E::InvalidAttributes | E::DuplicateAttributes => Self::Attributes,
            E::InvalidSignatureValue | E::SignatureVerificationError => Self::Signature,
            _ => Self::Structure,
        }
    }

    /// From a nom error as `from_der` returns it.
    pub fn of_nom(error: &x509_parser::nom::Err<x509_parser::error::X509Error>) -> Self {
        match error {
            x509_parser::nom::Err::Error(error) | x509_parser::nom::Err::Failure(error) => Self::of(error),
            x509_parser::nom::Err::Incomplete(_) => Self::Structure,
        }
    }
}
