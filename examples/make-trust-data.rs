//! Regenerates `data/trust-stores.bin` and `data/intermediates.bin` from
//! `../shared/corpus` (or `CERTDOCTOR_CORPUS`):
//!
//!     cargo run --release --example make-trust-data
//!
//! `tests/trust_data.rs` checks that the files in the repository are what
//! this writes.

#[path = "../tests/common/trust_sources.rs"]
mod trust_sources;

use std::path::PathBuf;

fn main() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let corpus =
        std::env::var_os("CERTDOCTOR_CORPUS").map(PathBuf::from).unwrap_or(root.join("../shared/corpus"));
    let (stores, intermediates) = certdoctor::stores::generate::generate(&trust_sources::read(&corpus));
    std::fs::write(root.join("data/trust-stores.bin"), &stores).expect("data/trust-stores.bin");
    std::fs::write(root.join("data/intermediates.bin"), &intermediates).expect("data/intermediates.bin");
    println!(
        "data/trust-stores.bin: {} bytes; data/intermediates.bin: {} bytes",
        stores.len(),
        intermediates.len()
    );
}
