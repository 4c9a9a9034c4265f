//! Platform trust stores and the public intermediates, offline: which roots
//! Mozilla, Apple, Microsoft, Android (current, 4.4 and 2.3), Java and
//! Ubuntu trust (and which fingerprints they distrust), and a set of public
//! intermediate CA certificates to supply one a bundle lacks.
//!
//! The data is generated from `../shared/corpus` by
//! `examples/make-trust-data.rs` into `data/trust-stores.bin` and
//! `data/intermediates.bin` (see [`data`] for the layout). The native build
//! embeds both ([`TrustStores::builtin`], feature `embedded-data`); the page
//! loads them from its own origin when first needed and hands the bytes to
//! [`TrustStores::parse`] and [`Intermediates::parse`].

pub mod added;
pub mod data;
pub mod generate;
pub mod limits;

use std::collections::BTreeMap;
#[cfg(feature = "embedded-data")]
use std::sync::Arc;

use serde::Serialize;

use crate::certificate::{Certificate, Source};
use crate::flags::{Flag, Flags};
use crate::names::constraints::Constraints;
use crate::names::distinguished::NameKey;
use crate::timestamp::Timestamp;
pub use data::DataError;
use data::{IntermediatesFile, StoresFile};

/// The stores certdoctor knows, in the order reports list them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[cfg_attr(feature = "transfer", derive(bincode::Encode, bincode::Decode))]
pub enum StoreId {
    #[serde(rename = "mozilla")]
    Mozilla,
    #[serde(rename = "apple")]
    Apple,
    #[serde(rename = "windows")]
    Windows,
    #[serde(rename = "android")]
    Android,
    #[serde(rename = "android-4.4")]
    Android44,
    #[serde(rename = "android-2.3")]
    Android23,
    #[serde(rename = "java")]
    Java,
    #[serde(rename = "ubuntu")]
    Ubuntu,
}

impl StoreId {
    pub const ALL: [StoreId; 8] = [
        Self::Mozilla,
        Self::Apple,
        Self::Windows,
        Self::Android,
        Self::Android44,
        Self::Android23,
        Self::Java,
        Self::Ubuntu,
    ];

    /// The stable id, as in JSON and `--stores`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Mozilla => "mozilla",
            Self::Apple => "apple",
            Self::Windows => "windows",
            Self::Android => "android",
            Self::Android44 => "android-4.4",
            Self::Android23 => "android-2.3",
            Self::Java => "java",
            Self::Ubuntu => "ubuntu",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|id| id.as_str() == text)
    }
}

/// A set of stores.
pub type StoreSet = Flags<StoreId>;

impl Flag for StoreId {
    const ALL: &'static [Self] = &StoreId::ALL;

    fn position(self) -> usize {
        self as usize
    }
}

/// One store: which it is and which list it is.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct StoreInfo {
    pub id: StoreId,
    pub version: String,
    pub date: String,
    pub source: String,
}

/// A root that at least one store trusts.
#[derive(Clone, Debug)]
pub struct StoreRoot {
    pub sha256: [u8; 32],
    pub stores: StoreSet,
    /// The CN (or whole subject) to show.
    pub name: String,
    /// Contents of the subject Name (without its SEQUENCE header), and its
    /// compared form.
    pub subject: Vec<u8>,
    pub subject_key: NameKey,
    pub spki: Vec<u8>,
    pub not_before: Timestamp,
    pub not_after: Timestamp,
    pub constraints: Option<Constraints>,
    /// The stores that distrust it explicitly (looked up once, when read:
    /// judging a chain asks for every root of every store).
    pub distrusted: StoreSet,
}

/// The platform trust stores, ready to judge against.
#[derive(Debug, Default)]
pub struct TrustStores {
    /// The date the data describes.
    pub date: String,
    pub stores: Vec<StoreInfo>,
    pub roots: Vec<StoreRoot>,
    /// Fingerprints (SHA-256) each store distrusts explicitly.
    pub distrusted: BTreeMap<[u8; 32], StoreSet>,
    /// Roots whose certificates some clients trust only up to a day of
    /// issuance ([`limits`]), by fingerprint.
    pub limits: BTreeMap<[u8; 32], Vec<limits::IssuanceLimit>>,
}

impl TrustStores {
    /// Reads `data/trust-stores.bin` (or the bytes the page loaded).
    pub fn parse(bytes: &[u8]) -> Result<Self, DataError> {
        let file = StoresFile::decode(bytes)?;
        let stores = file
            .stores
            .into_iter()
            .map(|store| StoreInfo {
                id: store.id,
                version: store.version,
                date: store.date,
                source: store.source,
            })
            .collect();
        // Inserted one by one: collecting would sort first, and bring a
        // sort's code into the page's engine for a few dozen entries.
        let mut distrusted = BTreeMap::new();
        for record in file.distrusted {
            distrusted.insert(record.sha256, record.stores);
        }
        let roots = file
            .roots
            .into_iter()
            .map(|record| {
                let distrusted = distrusted.get(&record.sha256).copied().unwrap_or_default();
                StoreRoot::of_record(record, distrusted)
            })
            .collect();
        Ok(Self { date: file.date, stores, roots, distrusted, limits: limits::builtin() })
    }

    /// The data built into the native build, read once per process.
    #[cfg(feature = "embedded-data")]
    pub fn builtin() -> Arc<Self> {
        static BUILTIN: std::sync::OnceLock<Arc<TrustStores>> = std::sync::OnceLock::new();
        BUILTIN
            .get_or_init(|| {
                Arc::new(Self::parse(include_bytes!("../../data/trust-stores.bin")).unwrap_or_default())
            })
            .clone()
    }

    /// The stores a fingerprint is distrusted by.
    pub fn distrusted_by(&self, sha256: &[u8; 32]) -> StoreSet {
        self.distrusted.get(sha256).copied().unwrap_or_default()
    }

    pub fn info(&self, id: StoreId) -> Option<&StoreInfo> {
        self.stores.iter().find(|store| store.id == id)
    }
}

impl StoreRoot {
    fn of_record(record: data::RootRecord, distrusted: StoreSet) -> Self {
        use crate::formats::ber::Tlv;
        let subject_key = NameKey::of_der(&record.subject);
        let subject =
            Tlv::parse_whole(&record.subject).map(|name| name.contents.to_vec()).unwrap_or_default();
        let constraints = record.name_constraints.as_deref().and_then(|value| {
            use x509_parser::prelude::FromDer;
            let (_, parsed) = x509_parser::extensions::NameConstraints::from_der(value).ok()?;
            Some(Constraints::from_extension(&parsed))
        });
        Self {
            sha256: record.sha256,
            stores: record.stores,
            name: display_name(&record.subject),
            subject,
            subject_key,
            spki: record.spki,
            not_before: Timestamp::from_unix_seconds(record.not_before),
            not_after: Timestamp::from_unix_seconds(record.not_after),
            constraints,
            distrusted,
        }
    }
}

/// The CN of a Name, else the whole name as text.
fn display_name(subject: &[u8]) -> String {
    use x509_parser::prelude::FromDer;
    if let Some(name) = crate::names::distinguished::common_name(subject) {
        return name;
    }
    match x509_parser::x509::X509Name::from_der(subject) {
        Ok((_, name)) => name
            .iter_common_name()
            .next()
            .and_then(|cn| cn.as_str().ok().map(str::to_string))
            .unwrap_or_else(|| name.to_string()),
        Err(_) => crate::formats::colon_hex(subject),
    }
}

/// The public intermediate set, read in place: each certificate found by
/// its subject through the file's own index, and parsed only when an
/// analysis can use it (a path from the certificates given may pass through
/// it). Reading the whole set up front cost a CLI run 25 ms, indexing it
/// 0.7 ms; an analysis touches a handful.
#[derive(Debug, Default)]
pub struct Intermediates {
    pub date: String,
    pub sources: Vec<String>,
    /// The data file, read in place.
    data: std::borrow::Cow<'static, [u8]>,
    /// Where each certificate's DER lies in `data` (start, end), and the
    /// index of its source in `sources`.
    entries: Vec<((usize, usize), usize)>,
    /// The certificates by subject, as the file gives them: (index into
    /// `entries`, where its subject's key lies in `data`), sorted by key.
    by_subject: Vec<(usize, (usize, usize))>,
    /// Parsed on first use (`None`: does not parse; left out). Boxed: a
    /// slot for each of 870 unboxed certificates was a megabyte of memory
    /// to map before anything was read.
    parsed: Vec<std::sync::OnceLock<Option<Box<Certificate>>>>,
}

/// The part of the public intermediate set an analysis can use, parsed
/// (`source` = [`Source::Supplied`]).
#[derive(Debug, Default)]
pub struct Relevant {
    pub certificates: Vec<Certificate>,
    /// For each certificate, its source's name.
    sources: Vec<String>,
}

impl Relevant {
    /// Where the certificate at `index` came from.
    pub fn source_of(&self, index: usize) -> &str {
        self.sources.get(index).map_or("", String::as_str)
    }
}

impl Intermediates {
    /// Reads `data/intermediates.bin` (or the bytes the page loaded).
    /// Certificates that do not parse are left out when used.
    pub fn parse(bytes: &[u8]) -> Result<Self, DataError> {
        Self::read(std::borrow::Cow::Owned(bytes.to_vec()))
    }

    fn read(data: std::borrow::Cow<'static, [u8]>) -> Result<Self, DataError> {
        let file = IntermediatesFile::locate(&data)?;
        let entries: Vec<((usize, usize), usize)> =
            file.certificates.into_iter().map(|(source, place)| (place, usize::from(source))).collect();
        let parsed = entries.iter().map(|_| std::sync::OnceLock::new()).collect();
        Ok(Self { date: file.date, sources: file.sources, data, entries, by_subject: file.by_subject, parsed })
    }

    /// The DER of the certificate at `index`.
    fn der(&self, index: usize) -> &[u8] {
        let ((start, end), _) = self.entries[index];
        &self.data[start..end]
    }

    /// The data built into the native build, read once per process.
    #[cfg(feature = "embedded-data")]
    pub fn builtin() -> Arc<Self> {
        static BUILTIN: std::sync::OnceLock<Arc<Intermediates>> = std::sync::OnceLock::new();
        BUILTIN
            .get_or_init(|| {
                let data = include_bytes!("../../data/intermediates.bin");
                Arc::new(Self::read(std::borrow::Cow::Borrowed(data)).unwrap_or_default())
            })
            .clone()
    }

    /// How many certificates the set holds.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Every certificate of the set that parses (each parsed now if it was
    /// not yet).
    pub fn all(&self) -> impl Iterator<Item = &Certificate> {
        (0..self.entries.len()).filter_map(|index| self.certificate(index))
    }

    fn certificate(&self, index: usize) -> Option<&Certificate> {
        self.parsed[index]
            .get_or_init(|| Certificate::from_der(self.der(index), 0, 0, Source::Supplied).ok().map(Box::new))
            .as_deref()
    }

    /// The certificates whose subject is `name`, in the set's order.
    fn with_subject<'a>(&'a self, name: &'a NameKey) -> impl Iterator<Item = usize> + 'a {
        let key = |(_, (start, end)): &(usize, (usize, usize))| &self.data[*start..*end];
        let first = self.by_subject.partition_point(|entry| key(entry) < name.as_bytes());
        self.by_subject[first..].iter().take_while(move |entry| key(entry) == name.as_bytes()).map(|(index, _)| *index)
    }

    /// Every certificate of the set that can issue one of `given` or, in
    /// turn, one of those: all a path from the given certificates can pass
    /// through, since issuers are found by subject. In the set's order.
    pub fn relevant(&self, given: &[Certificate]) -> Relevant {
        let mut wanted: Vec<NameKey> = given.iter().map(|certificate| certificate.issuer_key.clone()).collect();
        if wanted.is_empty() {
            return Relevant::default();
        }
        let mut taken = vec![false; self.entries.len()];
        while let Some(name) = wanted.pop() {
            for index in self.with_subject(&name) {
                if std::mem::replace(&mut taken[index], true) {
                    continue;
                }
                if let Some(certificate) = self.certificate(index) {
                    wanted.push(certificate.issuer_key.clone());
                }
            }
        }
        let mut relevant = Relevant::default();
        for (index, _) in taken.iter().enumerate().filter(|(_, taken)| **taken) {
            if let Some(certificate) = self.certificate(index) {
                relevant.certificates.push(certificate.clone());
                let source = self.sources.get(self.entries[index].1).cloned().unwrap_or_default();
                relevant.sources.push(source);
            }
        }
        relevant
    }
}

/// The subject Name (whole, header included) of a certificate's DER, read
/// without parsing the rest.
pub(super) fn subject_of(der: &[u8]) -> Option<&[u8]> {
    use crate::formats::ber::{tag, Tlv};
    let certificate = Tlv::parse_whole(der).ok()?;
    let tbs = certificate.children().expect(tag::SEQUENCE, "tbsCertificate").ok()?;
    let mut fields = tbs.children();
    fields.optional(0xa0).ok()?;
    for _ in 0..4 {
        fields.read().ok()?; // serial, signature, issuer, validity
    }
    Some(fields.expect(tag::SEQUENCE, "subject").ok()?.raw)
}
