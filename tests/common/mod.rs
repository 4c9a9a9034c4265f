//! Shared by the integration tests: where the corpus is.
#![allow(dead_code)]

use std::path::PathBuf;

pub mod hostile;
pub mod pki;

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

/// The DER of every PEM block in `text`, in order (test-side, so that tests
/// compare against the engine rather than through it).
pub fn pem_blocks(text: &str) -> Vec<Vec<u8>> {
    use base64::Engine;
    let mut blocks = Vec::new();
    let mut body: Option<String> = None;
    for line in text.lines().map(str::trim) {
        if line.starts_with("-----BEGIN") {
            body = Some(String::new());
        } else if line.starts_with("-----END") {
            if let Some(text) = body.take() {
                blocks.push(base64::engine::general_purpose::STANDARD.decode(text).unwrap());
            }
        } else if let Some(text) = body.as_mut() {
            text.push_str(line);
        }
    }
    blocks
}

/// `der` as a PEM block labelled `label`.
pub fn to_pem(label: &str, der: &[u8]) -> String {
    use base64::Engine;
    let body = base64::engine::general_purpose::STANDARD.encode(der);
    let lines: Vec<&str> =
        body.as_bytes().chunks(64).map(|chunk| std::str::from_utf8(chunk).unwrap()).collect();
    format!("-----BEGIN {label}-----\n{}\n-----END {label}-----\n", lines.join("\n"))
}

/// Minimal DER writing for crafted inputs.
pub mod der {
    pub fn tlv(tag: u8, contents: &[u8]) -> Vec<u8> {
        let mut out = vec![tag];
        let length = contents.len();
        if length < 0x80 {
            out.push(length as u8);
        } else {
            let bytes = length.to_be_bytes();
            let skip = bytes.iter().take_while(|byte| **byte == 0).count();
            out.push(0x80 | (bytes.len() - skip) as u8);
            out.extend_from_slice(&bytes[skip..]);
        }
        out.extend_from_slice(contents);
        out
    }

    pub fn sequence(parts: &[&[u8]]) -> Vec<u8> {
        tlv(0x30, &parts.concat())
    }

    /// A signed structure (a certificate, a CRL): the to-be-signed part,
    /// the algorithm and the signature as a BIT STRING.
    pub fn signed(tbs: &[u8], algorithm: &[u8], signature: &[u8]) -> Vec<u8> {
        sequence(&[tbs, algorithm, &tlv(0x03, &[&[0u8][..], signature].concat())])
    }

    /// A non-negative INTEGER from its big-endian magnitude.
    pub fn unsigned_integer(magnitude: &[u8]) -> Vec<u8> {
        let start = magnitude.iter().position(|byte| *byte != 0).unwrap_or(magnitude.len());
        let mut contents = Vec::new();
        if magnitude.get(start).is_none_or(|byte| byte & 0x80 != 0) {
            contents.push(0);
        }
        contents.extend_from_slice(&magnitude[start..]);
        tlv(0x02, &contents)
    }

    /// An OBJECT IDENTIFIER from its dotted form.
    pub fn oid(dotted: &str) -> Vec<u8> {
        let arcs: Vec<u64> = dotted.split('.').map(|arc| arc.parse().unwrap()).collect();
        let mut contents = Vec::new();
        let mut push = |mut value: u64| {
            let mut groups = vec![(value & 0x7f) as u8];
            value >>= 7;
            while value > 0 {
                groups.push(0x80 | (value & 0x7f) as u8);
                value >>= 7;
            }
            contents.extend(groups.iter().rev());
        };
        push(arcs[0] * 40 + arcs[1]);
        for arc in &arcs[2..] {
            push(*arc);
        }
        tlv(0x06, &contents)
    }
}

/// A shell's control names, for rendering in tests.
pub fn controls() -> certdoctor::Controls {
    certdoctor::Controls {
        password: "--password PW",
        root: "--root root.pem",
        rfc5280: "--profile rfc5280",
        fixed_bundle: "--fix-chain fullchain.pem",
    }
}
