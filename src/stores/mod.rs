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

pub mod data;
pub mod generate;

use std::collections::HashMap;
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
}

/// The platform trust stores, ready to judge against.
#[derive(Debug, Default)]
pub struct TrustStores {
    /// The date the data describes.
    pub date: String,
    pub stores: Vec<StoreInfo>,
    pub roots: Vec<StoreRoot>,
    /// Fingerprints (SHA-256) each store distrusts explicitly.
    pub distrusted: HashMap<[u8; 32], StoreSet>,
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
        let roots = file.roots.into_iter().map(StoreRoot::of_record).collect();
        let distrusted = file.distrusted.into_iter().map(|record| (record.sha256, record.stores)).collect();
        Ok(Self { date: file.date, stores, roots, distrusted })
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
    fn of_record(record: data::RootRecord) -> Self {
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
        }
    }
}

/// The CN of a Name, else the whole name as text.
fn display_name(subject: &[u8]) -> String {
    use x509_parser::prelude::FromDer;
    match x509_parser::x509::X509Name::from_der(subject) {
        Ok((_, name)) => name
            .iter_common_name()
            .next()
            .and_then(|cn| cn.as_str().ok().map(str::to_string))
            .unwrap_or_else(|| name.to_string()),
        Err(_) => crate::formats::colon_hex(subject),
    }
}

/// The public intermediate set, parsed.
#[derive(Debug, Default)]
pub struct Intermediates {
    pub date: String,
    pub sources: Vec<String>,
    /// The certificates (`source` = [`Source::Supplied`]).
    pub certificates: Vec<Certificate>,
    /// For each certificate, the index of its source in `sources`.
    certificate_sources: Vec<usize>,
}

impl Intermediates {
    /// Reads `data/intermediates.bin` (or the bytes the page loaded).
    /// Certificates that do not parse are left out.
    pub fn parse(bytes: &[u8]) -> Result<Self, DataError> {
        let file = IntermediatesFile::decode(bytes)?;
        let (certificates, certificate_sources) = file
            .certificates
            .iter()
            .filter_map(|(source, der)| {
                let certificate = Certificate::from_der(der, 0, 0, Source::Supplied).ok()?;
                Some((certificate, usize::from(*source)))
            })
            .unzip();
        Ok(Self { date: file.date, sources: file.sources, certificates, certificate_sources })
    }

    /// The data built into the native build, read once per process.
    #[cfg(feature = "embedded-data")]
    pub fn builtin() -> Arc<Self> {
        static BUILTIN: std::sync::OnceLock<Arc<Intermediates>> = std::sync::OnceLock::new();
        BUILTIN
            .get_or_init(|| {
                Arc::new(Self::parse(include_bytes!("../../data/intermediates.bin")).unwrap_or_default())
            })
            .clone()
    }

    /// Where the certificate at `index` came from.
    pub fn source_of(&self, index: usize) -> &str {
        self.certificate_sources
            .get(index)
            .and_then(|source| self.sources.get(*source))
            .map_or("", String::as_str)
    }
}
