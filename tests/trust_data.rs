//! The trust data in `data/` is what `examples/make-trust-data.rs` makes of
//! `../shared/corpus`, byte for byte, and it reads back as the stores and
//! intermediates the README describes.

mod common;

#[path = "common/trust_sources.rs"]
mod trust_sources;

use certdoctor::stores::{Intermediates, StoreId, TrustStores};

#[test]
fn the_data_files_are_regenerated_byte_for_byte_from_the_corpus() {
    let (stores, intermediates) =
        certdoctor::stores::generate::generate(&trust_sources::read(&common::corpus()));
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let shipped_stores = std::fs::read(root.join("data/trust-stores.bin")).unwrap();
    let shipped_intermediates = std::fs::read(root.join("data/intermediates.bin")).unwrap();
    // Compared by length and hash first, so a failure does not print a megabyte.
    assert_eq!(
        (stores.len(), stores == shipped_stores),
        (shipped_stores.len(), true),
        "data/trust-stores.bin is stale: cargo run --release --example make-trust-data"
    );
    assert_eq!(
        (intermediates.len(), intermediates == shipped_intermediates),
        (shipped_intermediates.len(), true),
        "data/intermediates.bin is stale: cargo run --release --example make-trust-data"
    );
}

#[test]
fn the_data_reads_back_as_eight_stores_and_the_public_intermediates() {
    let stores = TrustStores::builtin();
    let ids: Vec<StoreId> = stores.stores.iter().map(|store| store.id).collect();
    assert_eq!(ids, StoreId::ALL);
    let count = |id| stores.roots.iter().filter(|root| root.stores.contains(id)).count();
    // The lists' own counts (trust_stores_observatory, cfssl_trust).
    assert_eq!(count(StoreId::Mozilla), 121);
    assert_eq!(count(StoreId::Apple), 156);
    assert_eq!(count(StoreId::Android), 145);
    // OpenJDK 17.0.2's list, and the 24 roots added since (src/stores/added.rs).
    assert_eq!(count(StoreId::Java), 89 + 24);
    assert!(count(StoreId::Windows) > 300);
    assert!(count(StoreId::Android23) > 100 && count(StoreId::Android44) > 140);
    let java = stores.info(StoreId::Java).unwrap();
    assert_eq!(
        (java.version.as_str(), java.date.as_str()),
        ("jdk-17.0.2 + 24 roots OpenJDK added since (JDK-8304760 … JDK-8372351)", "2022-01-23")
    );
    // Windows and Java distrust fingerprints explicitly.
    let distrusting = |id| stores.distrusted.values().filter(|set| set.contains(id)).count();
    assert_eq!(distrusting(StoreId::Windows), 218);
    assert_eq!(distrusting(StoreId::Java), 38);
    let intermediates = Intermediates::builtin();
    assert!(intermediates.len() > 800, "{}", intermediates.len());
    assert_eq!(intermediates.all().count(), intermediates.len());
    // Amazon's RSA 2048 M01-M04, which cfssl_trust lacks, come from the
    // rustls-webpki corpus.
    let amazon =
        intermediates.all().filter(|c| c.name.starts_with("Amazon RSA 2048 M0")).count();
    assert_eq!(amazon, 4);
}
