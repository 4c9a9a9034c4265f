//! Reads the trust data's sources from `../shared/corpus` (see
//! `certdoctor::stores::generate`). Shared by `examples/make-trust-data.rs`,
//! which writes `data/*.bin`, and `tests/trust_data.rs`, which checks that
//! the files are what the corpus gives.

use std::collections::HashMap;
use std::path::Path;

use certdoctor::stores::generate::{BundleStore, ListStore, Sources};
use certdoctor::stores::StoreId;
use certdoctor::Timestamp;

/// The date the data describes: intermediates expired by then are left out.
pub const DATE: &str = "2026-11-27";

/// cfssl_trust's release (`trust-stores/README.md`). Its platform lists
/// are older snapshots; each is dated by its newest root.
const CFSSL: &str = "cfssl_trust 2026.5.1";

pub fn read(corpus: &Path) -> Sources {
    let stores = corpus.join("trust-stores");
    let observatory = stores.join("trust_stores_observatory");
    let lists = [
        (StoreId::Mozilla, "mozilla_nss"),
        (StoreId::Apple, "apple"),
        (StoreId::Windows, "microsoft_windows"),
        (StoreId::Android, "google_aosp"),
        (StoreId::Java, "openjdk"),
    ]
    .into_iter()
    .map(|(id, name)| ListStore {
        id,
        yaml: std::fs::read_to_string(observatory.join(format!("trust_stores/{name}.yaml"))).unwrap(),
        source: format!("trust_stores_observatory/trust_stores/{name}.yaml"),
    })
    .collect();
    let roots = stores.join("cfssl_trust/certdata/trusted_roots");
    let bundles =
        [(StoreId::Ubuntu, "ubuntu"), (StoreId::Android44, "kitkat"), (StoreId::Android23, "gingerbread")]
            .into_iter()
            .map(|(id, name)| BundleStore {
                id,
                pem: std::fs::read_to_string(roots.join(format!("{name}.pem"))).unwrap(),
                version: CFSSL.to_string(),
                date: String::new(),
                source: format!("cfssl_trust/certdata/trusted_roots/{name}.pem"),
            })
            .collect();
    let mut certificates = HashMap::new();
    for entry in std::fs::read_dir(observatory.join("certificates")).unwrap() {
        let path = entry.unwrap().path();
        let Some(fingerprint) = path.file_stem().and_then(|stem| stem.to_str()).map(str::to_string) else {
            continue;
        };
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        if let Some(der) = first_certificate(&text) {
            certificates.insert(fingerprint.to_ascii_lowercase(), der);
        }
    }
    let mut intermediates = Vec::new();
    let bundle = std::fs::read_to_string(stores.join("cfssl_trust/int-bundle.crt")).unwrap();
    for der in all_certificates(&bundle) {
        intermediates.push((format!("{CFSSL} int-bundle.crt"), der));
    }
    // Real public intermediates found anywhere else in the corpus (those
    // that lead to no stored root are dropped by the generator).
    let mut files = Vec::new();
    walk(corpus, &mut files);
    files.sort();
    for file in files {
        let relative = file.strip_prefix(corpus).unwrap_or(&file);
        if relative.starts_with("trust-stores") {
            continue;
        }
        let Ok(bytes) = std::fs::read(&file) else { continue };
        let label = format!("corpus {}", relative.iter().next().and_then(|part| part.to_str()).unwrap_or(""));
        match std::str::from_utf8(&bytes) {
            Ok(text) if text.contains("-----BEGIN CERTIFICATE-----") => {
                for der in all_certificates(text) {
                    intermediates.push((label.clone(), der));
                }
            }
            Ok(_) => {}
            Err(_) if bytes.first() == Some(&0x30) => intermediates.push((label, bytes)),
            Err(_) => {}
        }
    }
    Sources { lists, bundles, certificates, intermediates, date: Timestamp::parse(DATE).unwrap() }
}

/// Certificate files (by extension), under 64 KiB.
fn walk(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            walk(&path, out);
        } else if matches!(path.extension().and_then(|e| e.to_str()), Some("pem" | "crt" | "cer" | "der"))
            && entry.metadata().is_ok_and(|meta| meta.len() < 64 * 1024)
        {
            out.push(path);
        }
    }
}

fn first_certificate(text: &str) -> Option<Vec<u8>> {
    all_certificates(text).into_iter().next()
}

fn all_certificates(text: &str) -> Vec<Vec<u8>> {
    use base64::Engine;
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find("-----BEGIN CERTIFICATE-----") {
        let body = &rest[start + "-----BEGIN CERTIFICATE-----".len()..];
        let Some(end) = body.find("-----END CERTIFICATE-----") else { break };
        let compact: String = body[..end].chars().filter(|c| !c.is_whitespace()).collect();
        if let Ok(der) = base64::engine::general_purpose::STANDARD.decode(compact) {
            out.push(der);
        }
        rest = &body[end..];
    }
    out
}
