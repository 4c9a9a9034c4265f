//! How both targets turn fuzzer bytes into inputs: the first byte picks how
//! the rest is presented (as given, split in two inputs, or wrapped as a
//! PEM block of a common label) and whether passwords are offered, so that
//! the PEM, DER and password paths are all reached.

use certdoctor::{Input, Password};

pub struct Shaped {
    pub inputs: Vec<Input>,
    pub passwords: Vec<Password>,
}

const LABELS: [&str; 8] = [
    "CERTIFICATE",
    "PRIVATE KEY",
    "ENCRYPTED PRIVATE KEY",
    "PKCS7",
    "RSA PRIVATE KEY",
    "EC PRIVATE KEY",
    "CERTIFICATE REQUEST",
    "X509 CRL",
];

pub fn shape(data: &[u8]) -> Option<Shaped> {
    let (&mode, rest) = data.split_first()?;
    let passwords =
        if mode & 1 == 1 { vec![Password::new(""), Password::new("password")] } else { Vec::new() };
    let inputs = match mode >> 1 & 3 {
        0 => vec![Input::new("fuzz", rest.to_vec())],
        1 => {
            let cut = rest.first().map_or(0, |byte| usize::from(*byte) * rest.len() / 256);
            vec![Input::new("a", rest[..cut].to_vec()), Input::new("b", rest[cut..].to_vec())]
        }
        _ => {
            let label = LABELS[usize::from(mode >> 3) % LABELS.len()];
            let mut text = format!("-----BEGIN {label}-----\n");
            for chunk in base64(rest).as_bytes().chunks(64) {
                text.push_str(&String::from_utf8_lossy(chunk));
                text.push('\n');
            }
            text.push_str(&format!("-----END {label}-----\n"));
            vec![Input::new("fuzz.pem", text.into_bytes())]
        }
    };
    Some(Shaped { inputs, passwords })
}

fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let b = [chunk[0], *chunk.get(1).unwrap_or(&0), *chunk.get(2).unwrap_or(&0)];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            out.push(if i <= chunk.len() { ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char } else { '=' });
        }
    }
    out
}
