//! Shared by the integration tests: where the corpus is.
#![allow(dead_code)]

use std::path::PathBuf;

/// `../shared/corpus` beside the repository (CI lays it there too), or
/// `CERTDOCTOR_CORPUS`.
pub fn corpus() -> PathBuf {
    std::env::var_os("CERTDOCTOR_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus"))
}

pub fn corpus_file(relative: &str) -> PathBuf {
    let path = corpus().join(relative);
    assert!(path.exists(), "corpus file missing: {}", path.display());
    path
}

pub fn read_corpus(relative: &str) -> Vec<u8> {
    std::fs::read(corpus_file(relative)).unwrap()
}
