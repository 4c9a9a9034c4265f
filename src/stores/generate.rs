//! Builds the trust data from its sources (bytes in, bytes out; the I/O is
//! `examples/make-trust-data.rs`'s), deterministically: the same corpus
//! gives the same bytes, which `tests/trust_data.rs` checks.
//!
//! - Stores given as trust_stores_observatory lists (YAML: version, date,
//!   the fingerprints trusted and blocked) take their certificates by
//!   fingerprint, with the roots added since the list was taken
//!   ([`super::added`]); stores given as PEM bundles (cfssl_trust's Ubuntu and old
//!   Android lists) are their certificates.
//! - An intermediate is kept when it is a CA certificate that may issue TLS
//!   server certificates (no EKU, serverAuth or anyExtendedKeyUsage), has
//!   not expired at the data's date, and its signature verifies with a
//!   stored root's key or another kept intermediate's: only certificates
//!   that lead to a public root.

use std::collections::{BTreeMap, HashMap};

use sha2::{Digest, Sha256};
use x509_parser::prelude::{FromDer, X509Certificate};

use super::data::{DistrustRecord, IntermediatesFile, RootRecord, StoreRecord, StoresFile};
use super::{StoreId, StoreSet};
use crate::names::distinguished::NameKey;
use crate::signature::{self, Outcome, Signed};
use crate::timestamp::Timestamp;

/// A store given as a trust_stores_observatory YAML list.
pub struct ListStore {
    pub id: StoreId,
    pub yaml: String,
    /// Where the list is (for the record).
    pub source: String,
}

/// A store given as a PEM bundle of its roots.
pub struct BundleStore {
    pub id: StoreId,
    pub pem: String,
    pub version: String,
    /// When the list was taken; empty to date it by its newest root's
    /// notBefore (for snapshots that carry no date of their own).
    pub date: String,
    pub source: String,
}

/// Everything the data is made from.
pub struct Sources {
    pub lists: Vec<ListStore>,
    pub bundles: Vec<BundleStore>,
    /// Certificates by lower-case SHA-256 hex (the observatory's
    /// `certificates/` folder), for the lists.
    pub certificates: HashMap<String, Vec<u8>>,
    /// Candidate intermediates: (source label, DER).
    pub intermediates: Vec<(String, Vec<u8>)>,
    /// The date the data describes: intermediates expired by then are left
    /// out.
    pub date: Timestamp,
}

/// The two data files: `trust-stores.bin` and `intermediates.bin`.
pub fn generate(sources: &Sources) -> (Vec<u8>, Vec<u8>) {
    let mut stores = Vec::new();
    let mut roots: BTreeMap<[u8; 32], (StoreSet, Vec<u8>)> = BTreeMap::new();
    let mut distrusted: BTreeMap<[u8; 32], StoreSet> = BTreeMap::new();
    for list in &sources.lists {
        let parsed = Yaml::read(&list.yaml);
        stores.push(StoreRecord {
            id: list.id,
            version: super::added::version(list.id, parsed.version.unwrap_or_default()),
            date: parsed.date,
            source: list.source.clone(),
        });
        // The list, and the roots added since it was taken (`super::added`).
        let added = super::added::ADDED.iter().filter(|(id, ..)| *id == list.id).map(|(_, sha256, ..)| sha256.to_string());
        for fingerprint in parsed.trusted.iter().cloned().chain(added) {
            if let Some(der) = sources.certificates.get(&fingerprint) {
                add_root(&mut roots, list.id, der);
            }
        }
        for fingerprint in &parsed.blocked {
            if let Some(sha256) = from_hex(fingerprint) {
                distrusted.entry(sha256).or_default().insert(list.id);
            }
        }
    }
    for bundle in &sources.bundles {
        let scan = crate::formats::pem::scan(bundle.pem.as_bytes(), usize::MAX);
        let mut newest = Timestamp::from_unix_seconds(i64::MIN);
        for block in scan.blocks.iter().filter(|block| block.label == crate::formats::pem::Label::Certificate)
        {
            add_root(&mut roots, bundle.id, &block.der);
            if let Ok((_, parsed)) = X509Certificate::from_der(&block.der) {
                newest = newest.max(Timestamp::from(parsed.validity().not_before));
            }
        }
        let date = if bundle.date.is_empty() { day(newest) } else { bundle.date.clone() };
        stores.push(StoreRecord {
            id: bundle.id,
            version: bundle.version.clone(),
            date,
            source: bundle.source.clone(),
        });
    }
    stores.sort_by_key(|store| store.id);
    let root_records: Vec<RootRecord> =
        roots.iter().filter_map(|(sha256, (stores, der))| root_record(*sha256, *stores, der)).collect();
    let date = day(sources.date);
    let intermediates = intermediates(sources, &root_records, &date);
    let stores_file = StoresFile {
        date,
        stores,
        roots: root_records,
        distrusted: distrusted
            .into_iter()
            .map(|(sha256, stores)| DistrustRecord { sha256, stores })
            .collect(),
    };
    (stores_file.encode(), intermediates.encode())
}

/// YYYY-MM-DD.
fn day(at: Timestamp) -> String {
    at.to_rfc3339().get(..10).unwrap_or_default().to_string()
}

fn add_root(roots: &mut BTreeMap<[u8; 32], (StoreSet, Vec<u8>)>, store: StoreId, der: &[u8]) {
    let sha256: [u8; 32] = Sha256::digest(der).into();
    roots.entry(sha256).or_insert_with(|| (StoreSet::default(), der.to_vec())).0.insert(store);
}

fn root_record(sha256: [u8; 32], stores: StoreSet, der: &[u8]) -> Option<RootRecord> {
    let (_, parsed) = X509Certificate::from_der(der).ok()?;
    let validity = parsed.validity();
    let name_constraints = parsed
        .extensions()
        .iter()
        .find(|extension| extension.oid.to_id_string() == "2.5.29.30")
        .map(|extension| extension.value.to_vec());
    Some(RootRecord {
        sha256,
        stores,
        subject: parsed.subject().as_raw().to_vec(),
        spki: parsed.public_key().raw.to_vec(),
        not_before: validity.not_before.timestamp(),
        not_after: validity.not_after.timestamp(),
        name_constraints,
    })
}

/// The intermediates that lead to a stored root, in fingerprint order.
fn intermediates(sources: &Sources, roots: &[RootRecord], date: &str) -> IntermediatesFile {
    let mut labels: Vec<String> = Vec::new();
    // Candidates, first source first, each fingerprint once.
    let mut candidates: BTreeMap<[u8; 32], (usize, &[u8], Candidate)> = BTreeMap::new();
    for (label, der) in &sources.intermediates {
        let Some(candidate) = Candidate::of(der, sources.date) else { continue };
        let source = match labels.iter().position(|known| known == label) {
            Some(index) => index,
            None => {
                labels.push(label.clone());
                labels.len() - 1
            }
        };
        let sha256: [u8; 32] = Sha256::digest(der).into();
        candidates.entry(sha256).or_insert((source, der, candidate));
    }
    // Keys that are trusted so far, by subject: the roots, then each
    // intermediate whose signature one of them verifies, until none is added.
    let mut signers: HashMap<NameKey, Vec<Vec<u8>>> = HashMap::new();
    for root in roots {
        signers.entry(NameKey::of_der(&root.subject)).or_default().push(root.spki.clone());
    }
    let mut kept: BTreeMap<[u8; 32], (usize, Vec<u8>)> = BTreeMap::new();
    loop {
        let mut added = Vec::new();
        for (sha256, (source, der, candidate)) in &candidates {
            if kept.contains_key(sha256) {
                continue;
            }
            let Some(signed) = Signed::parse(der) else { continue };
            let verified = signers.get(&candidate.issuer).is_some_and(|keys| {
                keys.iter().any(|spki| signature::verify(&signed, spki) == Outcome::Valid)
            });
            if verified {
                added.push((
                    *sha256,
                    *source,
                    der.to_vec(),
                    candidate.subject.clone(),
                    candidate.spki.clone(),
                ));
            }
        }
        if added.is_empty() {
            break;
        }
        for (sha256, source, der, subject, spki) in added {
            signers.entry(subject).or_default().push(spki);
            kept.insert(sha256, (source, der));
        }
    }
    // Only the sources that gave a kept certificate are listed.
    let mut used: Vec<usize> = kept.values().map(|(source, _)| *source).collect();
    used.sort_unstable();
    used.dedup();
    let sources_out: Vec<String> = used.iter().map(|index| labels[*index].clone()).collect();
    let certificates = kept
        .into_values()
        .map(|(source, der)| (used.iter().position(|index| *index == source).unwrap_or(0) as u8, der))
        .collect();
    IntermediatesFile { date: date.to_string(), sources: sources_out, certificates }
}

/// What the intermediate filter needs of a certificate.
struct Candidate {
    subject: NameKey,
    issuer: NameKey,
    spki: Vec<u8>,
}

impl Candidate {
    /// A CA certificate, not self-issued, able to issue TLS server
    /// certificates and not expired at `date`; `None` otherwise.
    fn of(der: &[u8], date: Timestamp) -> Option<Self> {
        use x509_parser::extensions::ParsedExtension;
        let (_, parsed) = X509Certificate::from_der(der).ok()?;
        let ca = parsed.basic_constraints().ok().flatten().is_some_and(|constraints| constraints.value.ca);
        let subject = NameKey::of_der(parsed.subject().as_raw());
        let issuer = NameKey::of_der(parsed.issuer().as_raw());
        let not_after = Timestamp::from(parsed.validity().not_after);
        let tls = parsed.extensions().iter().all(|extension| match extension.parsed_extension() {
            ParsedExtension::ExtendedKeyUsage(usage) => usage.server_auth || usage.any,
            _ => true,
        });
        (ca && subject != issuer && tls && not_after >= date).then(|| Self {
            subject,
            issuer,
            spki: parsed.public_key().raw.to_vec(),
        })
    }
}

/// The parts of a trust_stores_observatory list that matter.
struct Yaml {
    version: Option<String>,
    date: String,
    trusted: Vec<String>,
    blocked: Vec<String>,
}

impl Yaml {
    /// Reads the flat layout those lists use: `key: value` lines, and the
    /// `trusted_certificates:` and `blocked_certificates:` lists of
    /// `fingerprint:` entries.
    fn read(text: &str) -> Self {
        let mut out = Self { version: None, date: String::new(), trusted: Vec::new(), blocked: Vec::new() };
        let mut blocked = false;
        for line in text.lines() {
            let line = line.trim_start_matches(['-', ' ']);
            let Some((key, value)) = line.split_once(':') else { continue };
            let value = value.trim().trim_matches(['\'', '"']).to_string();
            match key {
                "version" if value != "null" => out.version = Some(value),
                "date_fetched" => out.date = value,
                "trusted_certificates" => blocked = false,
                "blocked_certificates" => blocked = true,
                "fingerprint" if blocked => out.blocked.push(value.to_ascii_lowercase()),
                "fingerprint" => out.trusted.push(value.to_ascii_lowercase()),
                _ => {}
            }
        }
        out
    }
}

pub(super) fn from_hex(text: &str) -> Option<[u8; 32]> {
    if text.len() != 64 {
        return None;
    }
    let mut out = [0u8; 32];
    for (index, byte) in out.iter_mut().enumerate() {
        *byte = u8::from_str_radix(text.get(index * 2..index * 2 + 2)?, 16).ok()?;
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_observatory_layout() {
        let yaml = "platform: OPENJDK\nversion: jdk-17.0.2\ndate_fetched: 2022-01-23\ntrusted_certificates:\n- subject_name: A\n  fingerprint: AA\nblocked_certificates:\n- subject_name: ' CERTIFICATE NOT IN REPO: Blacklisted'\n  fingerprint: bb\n";
        let parsed = Yaml::read(yaml);
        assert_eq!(parsed.version.as_deref(), Some("jdk-17.0.2"));
        assert_eq!(parsed.date, "2022-01-23");
        assert_eq!(parsed.trusted, ["aa"]);
        assert_eq!(parsed.blocked, ["bb"]);
        assert_eq!(Yaml::read("version: null\n").version, None);
    }
}
