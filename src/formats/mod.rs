//! The encodings and containers certdoctor reads: BER/DER, PEM armour,
//! password-based encryption, PKCS#7, PKCS#12 and Java keystores. Nothing
//! here knows about findings: a format returns what it held, or a typed
//! [`FormatError`] with the byte offset of the problem.

pub mod ber;
pub mod encryption;
pub mod error;
pub mod hash;
pub mod jks;
pub mod oid;
pub mod pem;
pub mod pkcs12;
pub mod pkcs7;
pub mod wrapped_pem;

pub use error::{FormatError, Problem, X509Part};

use serde::Serialize;

/// `AB:CD:…` in upper case, as OpenSSL prints serials and fingerprints.
pub fn colon_hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(bytes.len() * 3);
    for (position, byte) in bytes.iter().enumerate() {
        if position > 0 {
            out.push(':');
        }
        out.push(char::from(DIGITS[usize::from(byte >> 4)]));
        out.push(char::from(DIGITS[usize::from(byte & 0x0f)]));
    }
    out
}

/// A container an item came out of.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "transfer", derive(bincode::Encode, bincode::Decode))]
pub enum Container {
    #[serde(rename = "PKCS#7")]
    Pkcs7,
    #[serde(rename = "PKCS#12")]
    Pkcs12,
    #[serde(rename = "JKS")]
    Jks,
    #[serde(rename = "JCEKS")]
    Jceks,
}

impl Container {
    pub fn name(self) -> &'static str {
        match self {
            Self::Pkcs7 => "PKCS#7",
            Self::Pkcs12 => "PKCS#12",
            Self::Jks => "JKS",
            Self::Jceks => "JCEKS",
        }
    }
}
