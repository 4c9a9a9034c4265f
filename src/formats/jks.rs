//! Java keystores (JKS and JCEKS). The format (Sun's `JavaKeyStore`) is a
//! big-endian sequence of entries; trusted and chain certificates are stored
//! as plain DER and can be read without the store password. Private keys are
//! sealed with Sun's own scheme and are not read: the finding explains how to
//! convert the store to PKCS#12 with `keytool`.

use serde::Serialize;

use super::{FormatError, Problem};
use crate::budget::MAX_CERTIFICATES;

/// Which kind of keystore.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "transfer", derive(bincode::Encode, bincode::Decode))]
#[serde(rename_all = "UPPERCASE")]
pub enum Kind {
    Jks,
    Jceks,
}

impl Kind {
    pub fn name(self) -> &'static str {
        match self {
            Kind::Jks => "JKS",
            Kind::Jceks => "JCEKS",
        }
    }
}

/// What was read from a keystore.
#[derive(Debug)]
pub struct Keystore {
    pub certificates: Vec<Vec<u8>>,
    /// Aliases of private-key entries (their keys are not read).
    pub key_aliases: Vec<String>,
    /// Set when reading stopped early, with the reason.
    pub incomplete: Option<FormatError>,
}

/// Entries beyond this are not read.
const MAX_ENTRIES: u32 = 10_000;

pub fn kind_of(bytes: &[u8]) -> Option<Kind> {
    match bytes.get(..4)? {
        [0xfe, 0xed, 0xfe, 0xed] => Some(Kind::Jks),
        [0xce, 0xce, 0xce, 0xce] => Some(Kind::Jceks),
        _ => None,
    }
}

type Result<T> = std::result::Result<T, FormatError>;

struct Cursor<'a> {
    bytes: &'a [u8],
    /// Offset of `bytes` in the keystore.
    offset: usize,
}

impl<'a> Cursor<'a> {
    fn fail<T>(&self, problem: Problem) -> Result<T> {
        Err(FormatError::at(self.offset, problem))
    }

    fn take(&mut self, count: usize) -> Result<&'a [u8]> {
        if count > self.bytes.len() {
            let available = self.bytes.len() as u64;
            return self.fail(Problem::EntryTooLong { claimed: count as u64, available });
        }
        let (taken, rest) = self.bytes.split_at(count);
        self.bytes = rest;
        self.offset += count;
        Ok(taken)
    }

    fn u16(&mut self) -> Result<u16> {
        let bytes = self.take(2)?;
        Ok(u16::from_be_bytes([bytes[0], bytes[1]]))
    }

    fn u32(&mut self) -> Result<u32> {
        let bytes = self.take(4)?;
        Ok(u32::from_be_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]))
    }

    fn utf(&mut self) -> Result<String> {
        let length = usize::from(self.u16()?);
        Ok(String::from_utf8_lossy(self.take(length)?).into_owned())
    }

    fn blob(&mut self) -> Result<&'a [u8]> {
        // Checked against what is left before anything is allocated.
        let length = usize::try_from(self.u32()?).unwrap_or(usize::MAX);
        self.take(length)
    }
}

/// Reads the certificates of a keystore. Never fails: what cannot be read is
/// reported in `incomplete`.
pub fn read(bytes: &[u8]) -> Keystore {
    let mut store = Keystore { certificates: Vec::new(), key_aliases: Vec::new(), incomplete: None };
    if let Err(reason) = read_entries(bytes, &mut store) {
        store.incomplete = Some(reason);
    }
    store
}

fn read_entries(bytes: &[u8], store: &mut Keystore) -> Result<()> {
    let mut cursor = Cursor { bytes: bytes.get(4..).unwrap_or_default(), offset: 4 };
    let version = cursor.u32()?;
    if !matches!(version, 1 | 2) {
        return cursor.fail(Problem::UnsupportedVersion { field: crate::label::Label("keystore version"), found: version.into() });
    }
    let count = cursor.u32()?;
    if count > MAX_ENTRIES {
        return cursor.fail(Problem::TooManyEntries { count: count.into(), limit: MAX_ENTRIES.into() });
    }
    let mut read_certificate = |cursor: &mut Cursor<'_>| -> Result<()> {
        if version == 2 {
            let kind = cursor.utf()?;
            if kind != "X.509" {
                let kind: String = kind.chars().take(40).collect();
                return cursor.fail(Problem::CertificateType { kind });
            }
        }
        let blob = cursor.blob()?;
        // Beyond the engine's limit nothing is kept: it would only be refused.
        if store.certificates.len() <= MAX_CERTIFICATES {
            store.certificates.push(blob.to_vec());
        }
        Ok(())
    };
    for _ in 0..count {
        match cursor.u32()? {
            1 => {
                let alias = cursor.utf()?;
                let _timestamp = cursor.take(8)?;
                let _sealed_key = cursor.blob()?;
                let chain = cursor.u32()?;
                if chain > MAX_ENTRIES {
                    return cursor
                        .fail(Problem::TooManyEntries { count: chain.into(), limit: MAX_ENTRIES.into() });
                }
                for _ in 0..chain {
                    read_certificate(&mut cursor)?;
                }
                store.key_aliases.push(alias);
            }
            2 => {
                let _alias = cursor.utf()?;
                let _timestamp = cursor.take(8)?;
                read_certificate(&mut cursor)?;
            }
            3 => return cursor.fail(Problem::SecretKeyEntry),
            kind => return cursor.fail(Problem::UnknownEntry { kind }),
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry_trusted(der: &[u8]) -> Vec<u8> {
        let mut out = vec![0, 0, 0, 2, 0, 1, b'a'];
        out.extend_from_slice(&[0; 8]);
        out.extend_from_slice(&[0, 5]);
        out.extend_from_slice(b"X.509");
        out.extend_from_slice(&(der.len() as u32).to_be_bytes());
        out.extend_from_slice(der);
        out
    }

    #[test]
    fn reads_trusted_certificates_and_survives_lies() {
        let mut store = vec![0xfe, 0xed, 0xfe, 0xed, 0, 0, 0, 2, 0, 0, 0, 2];
        store.extend(entry_trusted(b"first"));
        store.extend(entry_trusted(b"second"));
        let read_back = read(&store);
        assert_eq!(read_back.certificates, [b"first".to_vec(), b"second".to_vec()]);
        assert!(read_back.incomplete.is_none());

        // Every truncation is reported, never a panic.
        for cut in 0..store.len() {
            let partial = read(&store[..cut]);
            assert!(partial.incomplete.is_some() || cut == store.len(), "{cut}");
        }
        // A length that lies.
        let mut lying = store.clone();
        let at = lying.len() - 10;
        lying[at] = 0xff;
        assert!(read(&lying).incomplete.is_some());
    }
}
