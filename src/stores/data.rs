//! The trust data's binary form: compact, versioned, read without trusting
//! any length in it. Two files, so that the page loads the large one only
//! when an issuer is missing:
//!
//! - `data/trust-stores.bin` — each store (id, version, date, source), every
//!   root any store trusts (subject, key, validity, name constraints, the
//!   stores that trust it) and the fingerprints each store distrusts;
//! - `data/intermediates.bin` — public intermediate CA certificates, whole,
//!   and their index by subject (its compared form, sorted).
//!
//! Written by [`super::generate`] from `../shared/corpus`; the layout is
//! `MAGIC`, then fields as below, every length a big-endian `u16` or `u32`.

use crate::names::distinguished::NameKey;
use super::{StoreId, StoreSet};

pub const STORES_MAGIC: &[u8] = b"certdoctor trust stores 1\n";
pub const INTERMEDIATES_MAGIC: &[u8] = b"certdoctor intermediates 2\n";

/// What a trust data file could not be read as.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DataError {
    /// Not this format or not this version.
    Magic,
    /// Ends inside a field.
    Truncated,
    /// A store id this build does not know.
    UnknownStore(String),
    /// Text that is not UTF-8.
    Text,
    /// An index that names no certificate or is out of order.
    Index,
}

/// One store as the data describes it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoreRecord {
    pub id: StoreId,
    /// The platform's own version label ("jdk-17.0.2", "17.0.0_r1").
    pub version: String,
    /// When the list was taken (YYYY-MM-DD).
    pub date: String,
    /// Where it comes from (a URL or a file in the corpus).
    pub source: String,
}

/// One root, as much of it as path building needs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RootRecord {
    pub sha256: [u8; 32],
    pub stores: StoreSet,
    /// The subject Name, DER.
    pub subject: Vec<u8>,
    /// The SubjectPublicKeyInfo, DER.
    pub spki: Vec<u8>,
    /// Validity, seconds since the Unix epoch.
    pub not_before: i64,
    pub not_after: i64,
    /// The nameConstraints extension's value, if the root has one.
    pub name_constraints: Option<Vec<u8>>,
}

/// A fingerprint some stores distrust explicitly.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DistrustRecord {
    pub sha256: [u8; 32],
    pub stores: StoreSet,
}

/// `data/trust-stores.bin`, decoded.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StoresFile {
    /// The date the data describes (YYYY-MM-DD).
    pub date: String,
    pub stores: Vec<StoreRecord>,
    pub roots: Vec<RootRecord>,
    pub distrusted: Vec<DistrustRecord>,
}

/// `data/intermediates.bin`, decoded.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct IntermediatesFile {
    pub date: String,
    /// Where the certificates come from; each certificate names one.
    pub sources: Vec<String>,
    /// (index into `sources`, DER).
    pub certificates: Vec<(u8, Vec<u8>)>,
}

impl StoresFile {
    pub fn encode(&self) -> Vec<u8> {
        let mut out = Writer(STORES_MAGIC.to_vec());
        out.text(&self.date);
        out.u16(self.stores.len());
        for store in &self.stores {
            out.text(store.id.as_str());
            out.text(&store.version);
            out.text(&store.date);
            out.text(&store.source);
        }
        out.u16(self.roots.len());
        for root in &self.roots {
            out.0.extend_from_slice(&root.sha256);
            out.0.extend_from_slice(&root.stores.bits().to_be_bytes());
            out.bytes16(&root.subject);
            out.bytes16(&root.spki);
            out.0.extend_from_slice(&root.not_before.to_be_bytes());
            out.0.extend_from_slice(&root.not_after.to_be_bytes());
            out.bytes16(root.name_constraints.as_deref().unwrap_or_default());
        }
        out.u16(self.distrusted.len());
        for distrust in &self.distrusted {
            out.0.extend_from_slice(&distrust.sha256);
            out.0.extend_from_slice(&distrust.stores.bits().to_be_bytes());
        }
        out.0
    }

    pub fn decode(bytes: &[u8]) -> Result<Self, DataError> {
        let mut input = Reader::new(bytes, STORES_MAGIC)?;
        let date = input.text()?;
        let mut stores = Vec::new();
        for _ in 0..input.u16()? {
            let id = input.text()?;
            let id = StoreId::parse(&id).ok_or(DataError::UnknownStore(id))?;
            stores.push(StoreRecord {
                id,
                version: input.text()?,
                date: input.text()?,
                source: input.text()?,
            });
        }
        let mut roots = Vec::new();
        for _ in 0..input.u16()? {
            let sha256 = input.array()?;
            let stores = StoreSet::from_bits(input.u16()? as u16);
            let subject = input.bytes16()?.to_vec();
            let spki = input.bytes16()?.to_vec();
            let not_before = input.i64()?;
            let not_after = input.i64()?;
            let constraints = input.bytes16()?;
            let name_constraints = (!constraints.is_empty()).then(|| constraints.to_vec());
            roots.push(RootRecord { sha256, stores, subject, spki, not_before, not_after, name_constraints });
        }
        let mut distrusted = Vec::new();
        for _ in 0..input.u16()? {
            let sha256 = input.array()?;
            distrusted.push(DistrustRecord { sha256, stores: StoreSet::from_bits(input.u16()? as u16) });
        }
        Ok(Self { date, stores, roots, distrusted })
    }
}

impl IntermediatesFile {
    pub fn encode(&self) -> Vec<u8> {
        let mut out = Writer(INTERMEDIATES_MAGIC.to_vec());
        out.text(&self.date);
        out.u16(self.sources.len());
        for source in &self.sources {
            out.text(source);
        }
        out.u16(self.certificates.len());
        for (source, der) in &self.certificates {
            out.0.push(*source);
            out.bytes16(der);
        }
        // The certificates by subject, in its compared form, sorted: a
        // reader finds a name's certificates without reading any of them.
        let mut by_subject: Vec<(NameKey, usize)> = (self.certificates.iter().enumerate())
            .filter_map(|(index, (_, der))| Some((NameKey::of_der(super::subject_of(der)?), index)))
            .collect();
        by_subject.sort();
        out.u16(by_subject.len());
        for (key, index) in &by_subject {
            out.u16(*index);
            out.bytes16(key.as_bytes());
        }
        out.0
    }

    pub fn decode(bytes: &[u8]) -> Result<Self, DataError> {
        let located = Self::locate(bytes)?;
        let certificates =
            located.certificates.into_iter().map(|(source, (start, end))| (source, bytes[start..end].to_vec())).collect();
        Ok(Self { date: located.date, sources: located.sources, certificates })
    }

    /// Reads the file in place: each certificate's DER is left where it
    /// lies in `bytes` (copying 870 of them was a millisecond of every CLI
    /// run).
    pub fn locate(bytes: &[u8]) -> Result<LocatedIntermediates, DataError> {
        let mut input = Reader::new(bytes, INTERMEDIATES_MAGIC)?;
        let date = input.text()?;
        let mut sources = Vec::new();
        for _ in 0..input.u16()? {
            sources.push(input.text()?);
        }
        let mut certificates = Vec::new();
        for _ in 0..input.u16()? {
            let source = input.byte()?;
            certificates.push((source, input.place()?));
        }
        let mut by_subject: Vec<(usize, (usize, usize))> = Vec::new();
        for _ in 0..input.u16()? {
            let index = input.u16()?;
            let key = input.place()?;
            let ordered = by_subject.last().is_none_or(|(_, (start, end))| bytes[*start..*end] <= bytes[key.0..key.1]);
            if index >= certificates.len() || !ordered {
                return Err(DataError::Index);
            }
            by_subject.push((index, key));
        }
        Ok(LocatedIntermediates { date, sources, certificates, by_subject })
    }
}

/// An intermediates file read in place ([`IntermediatesFile::locate`]).
pub struct LocatedIntermediates {
    pub date: String,
    pub sources: Vec<String>,
    /// (index into `sources`, where the DER lies: start and end).
    pub certificates: Vec<(u8, (usize, usize))>,
    /// (index into `certificates`, where its subject's key lies), sorted by
    /// the key's bytes.
    pub by_subject: Vec<(usize, (usize, usize))>,
}

struct Writer(Vec<u8>);

impl Writer {
    /// Counts and lengths are at most 65535 (the generator's inputs are far
    /// smaller); a larger one is cut, never wrapped.
    fn u16(&mut self, value: usize) {
        self.0.extend_from_slice(&(value.min(usize::from(u16::MAX)) as u16).to_be_bytes());
    }

    fn bytes16(&mut self, bytes: &[u8]) {
        let bytes = &bytes[..bytes.len().min(usize::from(u16::MAX))];
        self.u16(bytes.len());
        self.0.extend_from_slice(bytes);
    }

    fn text(&mut self, text: &str) {
        self.bytes16(text.as_bytes());
    }
}

struct Reader<'a> {
    rest: &'a [u8],
    /// The length of the whole input.
    whole: usize,
}

impl<'a> Reader<'a> {
    fn new(bytes: &'a [u8], magic: &[u8]) -> Result<Self, DataError> {
        let rest = bytes.strip_prefix(magic).ok_or(DataError::Magic)?;
        Ok(Self { rest, whole: bytes.len() })
    }

    fn take(&mut self, count: usize) -> Result<&'a [u8], DataError> {
        if self.rest.len() < count {
            return Err(DataError::Truncated);
        }
        let (taken, rest) = self.rest.split_at(count);
        self.rest = rest;
        Ok(taken)
    }

    fn byte(&mut self) -> Result<u8, DataError> {
        Ok(self.take(1)?[0])
    }

    fn u16(&mut self) -> Result<usize, DataError> {
        let bytes = self.take(2)?;
        Ok(usize::from(u16::from_be_bytes([bytes[0], bytes[1]])))
    }

    fn i64(&mut self) -> Result<i64, DataError> {
        Ok(i64::from_be_bytes(self.array()?))
    }

    fn array<const N: usize>(&mut self) -> Result<[u8; N], DataError> {
        let mut out = [0u8; N];
        out.copy_from_slice(self.take(N)?);
        Ok(out)
    }

    fn bytes16(&mut self) -> Result<&'a [u8], DataError> {
        let length = self.u16()?;
        self.take(length)
    }

    /// Where the next length-prefixed field lies in the whole input (start,
    /// end), read past.
    fn place(&mut self) -> Result<(usize, usize), DataError> {
        let length = self.u16()?;
        let start = self.whole - self.rest.len();
        self.take(length)?;
        Ok((start, start + length))
    }

    fn text(&mut self) -> Result<String, DataError> {
        String::from_utf8(self.bytes16()?.to_vec()).map_err(|_| DataError::Text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_truncation() {
        let file = StoresFile {
            date: "2026-11-27".into(),
            stores: vec![StoreRecord {
                id: StoreId::Java,
                version: "jdk-17.0.2".into(),
                date: "2022-01-23".into(),
                source: "openjdk.yaml".into(),
            }],
            roots: vec![RootRecord {
                sha256: [7; 32],
                stores: StoreSet::of(&[StoreId::Java]),
                subject: vec![0x30, 0x00],
                spki: vec![0x30, 0x03, 0x02, 0x01, 0x05],
                not_before: -5,
                not_after: 1 << 40,
                name_constraints: None,
            }],
            distrusted: vec![DistrustRecord { sha256: [9; 32], stores: StoreSet::of(&[StoreId::Windows]) }],
        };
        let bytes = file.encode();
        assert_eq!(StoresFile::decode(&bytes), Ok(file));
        for cut in 0..bytes.len() {
            assert!(StoresFile::decode(&bytes[..cut]).is_err(), "cut at {cut}");
        }
        assert_eq!(IntermediatesFile::decode(&bytes), Err(DataError::Magic));
    }

    /// Two certificates with the same (empty) subject: the index finds
    /// both, in order; a file whose index names no certificate, or that is
    /// cut anywhere, is refused.
    #[test]
    fn the_subject_index_is_written_sorted_and_checked() {
        use crate::formats::ber::encode::{sequence, unsigned_integer};
        let certificate = |serial: u8| {
            let (name, empty) = (sequence(&[]), sequence(&[]));
            let tbs = sequence(&[&unsigned_integer(&[serial]), &empty, &name, &empty, &name]);
            sequence(&[&tbs])
        };
        let file = IntermediatesFile {
            date: "2026-11-28".into(),
            sources: vec!["test".into()],
            certificates: vec![(0, certificate(1)), (0, certificate(2))],
        };
        let bytes = file.encode();
        assert_eq!(IntermediatesFile::decode(&bytes).as_ref(), Ok(&file));
        let located = IntermediatesFile::locate(&bytes).unwrap();
        assert_eq!(located.by_subject.iter().map(|(index, _)| *index).collect::<Vec<_>>(), [0, 1]);
        // The last entry names a certificate that is not there.
        let mut broken = bytes.clone();
        let (_, (start, _)) = located.by_subject[1];
        broken[start - 4..start - 2].copy_from_slice(&7u16.to_be_bytes());
        assert_eq!(IntermediatesFile::locate(&broken).err(), Some(DataError::Index));
        for cut in 0..bytes.len() {
            assert!(IntermediatesFile::locate(&bytes[..cut]).is_err(), "cut at {cut}");
        }
    }
}
