//! The whole engine on arbitrary bytes: intake (PEM, DER, BER containers,
//! PKCS#12 with passwords, keystores), pairing, validity and rendering must
//! never panic. The first byte picks how the input is presented, so the
//! fuzzer reaches the PEM, DER and password paths alike.
#![no_main]

use certdoctor::{analyze, render, Controls, Input, Lang, Options, Password, Timestamp};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else { return };
    let mut options = Options::at(Timestamp::from_unix_seconds(1_700_000_000));
    if mode & 1 == 1 {
        options.passwords = vec![Password::new(""), Password::new("password")];
    }
    let inputs = match mode >> 1 & 3 {
        // As given.
        0 => vec![Input::new("fuzz", rest.to_vec())],
        // Split in two inputs at a point the data chooses.
        1 => {
            let cut = rest.first().map_or(0, |byte| usize::from(*byte) * rest.len() / 256);
            vec![Input::new("a", rest[..cut].to_vec()), Input::new("b", rest[cut..].to_vec())]
        }
        // Wrapped as a PEM block of each common label.
        _ => {
            use std::fmt::Write;
            let labels = ["CERTIFICATE", "PRIVATE KEY", "ENCRYPTED PRIVATE KEY", "PKCS7", "RSA PRIVATE KEY", "EC PRIVATE KEY", "CERTIFICATE REQUEST", "X509 CRL"];
            let label = labels[usize::from(mode >> 3) % labels.len()];
            let mut text = format!("-----BEGIN {label}-----\n");
            let encoded = base64_encode(rest);
            for chunk in encoded.as_bytes().chunks(64) {
                let _ = writeln!(text, "{}", String::from_utf8_lossy(chunk));
            }
            let _ = writeln!(text, "-----END {label}-----");
            vec![Input::new("fuzz.pem", text.into_bytes())]
        }
    };
    let report = analyze(&inputs, &options);
    let controls = Controls { password: "--password", root: "--root", rfc5280: "--profile rfc5280", fixed_bundle: "--fix-chain" };
    for lang in [Lang::En, Lang::Zh] {
        let _ = serde_json::to_string(&render(&report, lang, &controls));
    }
});

fn base64_encode(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let b = [chunk[0], *chunk.get(1).unwrap_or(&0), *chunk.get(2).unwrap_or(&0)];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}
