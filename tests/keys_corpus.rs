//! Keys, PKCS#12 files and key pairing on the public corpora in
//! `../shared/corpus`: pyca/cryptography's vectors (with the passwords its
//! MANIFEST lists), RustCrypto's format examples, badtls.io and
//! rustls-webpki. Files certdoctor deliberately does not read are listed, with
//! the reason, in `tests/data/pyca-keys-not-read.txt`; the test fails if that
//! list and reality drift apart in either direction.

mod common;

use std::collections::BTreeMap;
use std::path::Path;

use certdoctor::{analyze, Input, Options, Password, Report, Severity, Timestamp};
use common::{corpus, corpus_file};
use serde_json::Value;

fn at() -> Timestamp {
    Timestamp::parse("2025-06-01").unwrap()
}

fn analyze_files(files: &[&Path], passwords: &[&str]) -> Report {
    let inputs: Vec<Input> = files
        .iter()
        .map(|path| Input::new(path.file_name().unwrap().to_string_lossy(), std::fs::read(path).unwrap()))
        .collect();
    let mut options = Options::at(at());
    options.passwords = passwords.iter().map(|password| Password::new(*password)).collect();
    analyze(&inputs, &options)
}

fn codes(report: &Report) -> Vec<&'static str> {
    report.findings.iter().map(|finding| finding.code().as_str()).collect()
}

/// pyca's key description ("RSAPrivateKey-2048", "Ed25519PublicKey") as
/// (private, algorithm, bits).
fn expected_key(description: &str) -> (bool, String, Option<usize>) {
    let (name, bits) = match description.split_once('-') {
        Some((name, bits)) => (name, bits.parse().ok()),
        None => (description, None),
    };
    let private = name.ends_with("PrivateKey");
    let algorithm = name.trim_end_matches("PrivateKey").trim_end_matches("PublicKey");
    let algorithm = if algorithm == "EC" { "EC" } else { algorithm };
    (private, algorithm.to_string(), bits)
}

fn not_read_list(name: &str) -> BTreeMap<String, String> {
    let text =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data").join(name)).unwrap();
    text.lines()
        .filter(|line| !line.trim().is_empty() && !line.starts_with('#'))
        .map(|line| {
            let (path, reason) = line.split_once('\t').unwrap_or((line, ""));
            (path.trim().to_string(), reason.trim().to_string())
        })
        .collect()
}

#[test]
fn pyca_keys_are_read_with_their_passwords() {
    let base = corpus().join("pyca-cryptography-vectors");
    let probe: BTreeMap<String, Value> =
        serde_json::from_str(&std::fs::read_to_string(base.join("key_probe.json")).unwrap()).unwrap();
    let expected_not_read = not_read_list("pyca-keys-not-read.txt");
    let mut not_read = BTreeMap::new();
    let mut loadable = 0;
    let mut read = 0;
    for (file, entry) in &probe {
        let path = base.join(file);
        let password = entry["password"].as_str();
        let report = analyze_files(&[&path], password.as_slice());
        match entry["type"].as_str().unwrap() {
            "unloadable" => {
                // Broken on purpose: never a key, always a finding that says why.
                if !report.keys().is_empty() {
                    not_read.insert(file.clone(), "accepted although pyca rejects it".to_string());
                    continue;
                }
                assert!(
                    report.findings.iter().any(|finding| finding.severity() != Severity::Info),
                    "{file}: no finding for an unloadable key"
                );
            }
            kind => {
                loadable += 1;
                let (private, algorithm, bits) = expected_key(entry["key"].as_str().unwrap());
                assert_eq!(private, kind == "private", "{file}");
                let found = report.keys().iter().find(|key| key.private == private);
                match found {
                    Some(key)
                        if key.public_key.algorithm.name() == algorithm
                            && bits.is_none_or(|b| key.public_key.bits == b) =>
                    {
                        read += 1;
                    }
                    Some(key) => {
                        panic!("{file}: read as {:?}, expected {algorithm} {bits:?}", key.public_key)
                    }
                    None => {
                        not_read.insert(file.clone(), codes(&report).join(","));
                    }
                }
            }
        }
    }
    println!("pyca keys: read {read} of {loadable} loadable files; {} listed as not read", not_read.len());
    let listed: Vec<_> = expected_not_read.keys().collect();
    let actual: Vec<_> = not_read.keys().collect();
    assert_eq!(
        actual, listed,
        "not-read files differ from tests/data/pyca-keys-not-read.txt:\n{not_read:#?}"
    );
}

#[test]
fn pyca_pkcs12_files_open_and_pair() {
    let base = corpus().join("pyca-cryptography-vectors");
    let probe: BTreeMap<String, Value> =
        serde_json::from_str(&std::fs::read_to_string(base.join("pkcs12_probe.json")).unwrap()).unwrap();
    assert_eq!(probe.len(), 31, "pkcs12_probe.json entries");
    for (file, entry) in &probe {
        let password = entry["password"].as_str();
        let report = analyze_files(&[&base.join(file)], password.as_slice());
        let certificates = usize::from(entry["has_cert"].as_bool().unwrap())
            + entry["additional_certs"].as_array().unwrap().len();
        assert_eq!(report.certificates().len(), certificates, "{file}: {:?}", codes(&report));
        let keys = usize::from(entry["has_key"].as_bool().unwrap());
        assert_eq!(report.keys().len(), keys, "{file}: {:?}", codes(&report));
        if entry["key_matches_cert"].as_bool() == Some(true) {
            assert!(!report.keys()[0].certificates.is_empty(), "{file}: key does not pair");
            assert!(!codes(&report).contains(&"key-mismatch"), "{file}");
        }
        // Without the password, a protected file asks for one; with a wrong
        // one it says so.
        if password.is_some() {
            let without = analyze_files(&[&base.join(file)], &[]);
            assert!(codes(&without).contains(&"password-required"), "{file}: {:?}", codes(&without));
            let wrong = analyze_files(&[&base.join(file)], &["not the password"]);
            assert!(codes(&wrong).contains(&"password-incorrect"), "{file}: {:?}", codes(&wrong));
        }
    }
}

#[test]
fn rustcrypto_keys_and_pkcs12_files() {
    let base = corpus().join("rustcrypto-formats");
    // Private keys and the public key file they must pair with.
    let pairs = [
        ("pkcs8/tests/examples/rsa2048-priv.pem", "pkcs8/tests/examples/rsa2048-pub.pem"),
        ("pkcs8/tests/examples/rsa2048-priv.der", "pkcs8/tests/examples/rsa2048-pub.der"),
        ("pkcs8/tests/examples/p256-priv.pem", "pkcs8/tests/examples/p256-pub.pem"),
        ("pkcs8/tests/examples/p256-priv.der", "spki/tests/examples/p256-pub.der"),
        ("pkcs8/tests/examples/ed25519-priv-pkcs8v1.pem", "pkcs8/tests/examples/ed25519-pub.pem"),
        ("pkcs1/tests/examples/rsa2048-priv.pem", "pkcs1/tests/examples/rsa2048-pub.pem"),
        ("pkcs1/tests/examples/rsa4096-priv.der", "pkcs1/tests/examples/rsa4096-pub.der"),
        ("sec1/tests/examples/p256-priv.pem", "spki/tests/examples/p256-pub.pem"),
        ("pkcs12/tests/examples/key.pem", "pkcs12/tests/examples/cert.pem"),
    ];
    for (private, public) in pairs {
        let report = analyze_files(&[&base.join(private), &base.join(public)], &[]);
        let [first, second] = report.keys() else {
            // The certificate case: one key and one certificate.
            assert_eq!(report.keys().len(), 1, "{private}: {:?}", codes(&report));
            assert_eq!(report.keys()[0].certificates, [0], "{private} pairs with {public}");
            continue;
        };
        assert!(first.private && !second.private, "{private}");
        assert_eq!(first.public_key, second.public_key, "{private} must pair with {public}");
    }
    // The PKCS#8 v2 example (RFC 8410 §10.3) carries its public key; the one
    // derived from the seed must be that one.
    let v2 = analyze_files(&[&base.join("pkcs8/tests/examples/ed25519-priv-pkcs8v2.der")], &[]);
    assert_eq!(v2.keys()[0].public_key.algorithm.name(), "Ed25519");
    let embedded = "19bf44096984cdfe8541bac167dc3b96c85086aa30b6b6cb0c5c38ad703166e1";
    let spki = format!("302a300506032b6570032100{embedded}");
    let spki: Vec<u8> =
        (0..spki.len()).step_by(2).map(|i| u8::from_str_radix(&spki[i..i + 2], 16).unwrap()).collect();
    let embedded = analyze(&[Input::new("embedded.der", spki)], &Options::at(at()));
    assert_eq!(v2.keys()[0].public_key, embedded.keys()[0].public_key);

    // 3-prime RSA shares its public key with nothing above; it must still read.
    let three_prime = analyze_files(&[&base.join("pkcs1/tests/examples/rsa2048-priv-3prime.der")], &[]);
    assert_eq!(three_prime.keys()[0].public_key.bits, 2048);

    // Encrypted PKCS#8 (password hunter42).
    for (file, readable) in [
        ("ed25519-encpriv-aes128-pbkdf2-sha1.der", true),
        ("ed25519-encpriv-aes256-pbkdf2-sha256.pem", true),
        ("ed25519-encpriv-aes256-scrypt.pem", true),
        ("ed25519-encpriv-des3-pbkdf2-sha256.der", true),
        ("ed25519-encpriv-des-pbkdf2-sha256.der", true),
        ("ed25519-encpriv-aes256-gcm-scrypt.der", false),
    ] {
        let path = base.join("pkcs8/tests/examples").join(file);
        let report =
            analyze_files(&[&path, &base.join("pkcs8/tests/examples/ed25519-pub.der")], &["hunter42"]);
        if readable {
            assert_eq!(report.keys().len(), 2, "{file}: {:?}", codes(&report));
            assert_eq!(report.keys()[0].public_key, report.keys()[1].public_key, "{file}");
            let scheme = serde_json::to_value(&report.keys()[0].encryption).unwrap();
            assert_eq!(scheme["family"], "pbes2", "{file}: {scheme}");
            let wrong = analyze_files(&[&path], &["hunter41"]);
            assert_eq!(codes(&wrong), ["password-incorrect"], "{file}");
        } else {
            assert_eq!(codes(&report), ["encryption-unsupported"], "{file}");
        }
    }

    // PKCS#12: example.pfx has no password, example2..17 use 1234, the PKITS
    // exports use "password". Every key pairs with its certificate.
    let pkcs12 = base.join("pkcs12/tests/examples");
    let mut opened = 0;
    for entry in std::fs::read_dir(&pkcs12).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        if !(name.ends_with(".pfx") || name.ends_with(".p12")) {
            continue;
        }
        let password = if name == "example.pfx" {
            ""
        } else if name.starts_with("example") {
            "1234"
        } else {
            "password"
        };
        let report = analyze_files(&[&path], &[password]);
        let found = codes(&report);
        if name == "example11.pfx" {
            // Integrity MAC with BLAKE2b-512 (an OpenSSL-only option): not supported.
            assert_eq!(found, ["encryption-unsupported"], "{name}");
            opened += 1;
            continue;
        }
        assert!(
            !found.iter().any(|code| code.starts_with("password")
                || code.starts_with("input-")
                || code == &"key-mismatch"),
            "{name}: {found:?}"
        );
        match name.as_str() {
            "example15.pfx" => {
                assert!(report.keys().is_empty() && !report.certificates().is_empty(), "{name}")
            }
            "example16.pfx" => {
                assert!(report.certificates().is_empty() && report.keys().len() == 1, "{name}")
            }
            _ => {
                assert_eq!(report.keys().len(), 1, "{name}");
                assert!(!report.keys()[0].certificates.is_empty(), "{name}: key does not pair");
            }
        }
        if name == "example7.pfx" {
            assert_eq!(report.certificates().len(), 2, "{name} has an extra certificate");
        }
        opened += 1;
    }
    assert_eq!(opened, 22);
}

#[test]
fn badtls_keys_pair_with_their_certificates() {
    let cert = |name: &str| corpus_file(&format!("badtls.io/certs/{name}"));
    let servers = [
        "domain-match.crt",
        "wildcard.crt",
        "san-match.crt",
        "no-san.crt",
        "expired.crt",
        "future.crt",
        "weak-sig.crt",
        "bad-key-usage.crt",
    ];
    for server in servers {
        let report = analyze_files(&[&cert(server), &cert("host.key")], &[]);
        assert_eq!(report.keys()[0].certificates, [0], "{server}");
        assert!(!codes(&report).contains(&"key-mismatch"), "{server}");
    }
    for client in ["client-good.crt", "client-expired.crt", "client-revoked.crt"] {
        let report = analyze_files(&[&cert(client), &cert("client.key")], &[]);
        assert_eq!(report.keys()[0].certificates, [0], "{client}");
    }
    for (certificate, key) in [("ca.crt", "ca.key"), ("ca2.crt", "ca2.key"), ("ca.crt", "ca.pubkey")] {
        let report = analyze_files(&[&cert(certificate), &cert(key)], &[]);
        assert_eq!(report.keys()[0].certificates, [0], "{certificate} + {key}");
    }

    // The wrong key for a server: key-mismatch on the leaf.
    let report = analyze_files(&[&cert("client-good.crt"), &cert("host.key")], &[]);
    let mismatch =
        report.findings.iter().find(|f| f.code().as_str() == "key-mismatch").expect("key-mismatch");
    assert_eq!(mismatch.certificates, [0]);
    assert!(matches!(&mismatch.kind, certdoctor::FindingKind::KeyMismatch { matches: None, .. }));

    // The CA's key given with a leaf: the finding says whose key it is.
    let report = analyze_files(&[&cert("client-good.crt"), &cert("ca.crt"), &cert("ca.key")], &[]);
    let mismatch =
        report.findings.iter().find(|f| f.code().as_str() == "key-mismatch").expect("key-mismatch");
    match &mismatch.kind {
        certdoctor::FindingKind::KeyMismatch { matches, certificate, .. } => {
            assert_eq!(certificate, "Good TLS Client Certificate");
            let owner = matches.as_ref().map(|owner| certdoctor::words(certdoctor::Lang::En).owner(owner));
            assert_eq!(owner.as_deref(), Some("the CA certificate \"Bad TLS Limited RSA CA\""));
        }
        other => panic!("{other:?}"),
    }

    // Two server certificates and the key of one of them: it has found its
    // certificate, so nothing is wrong with the pairing.
    let report =
        analyze_files(&[&cert("client-good.crt"), &cert("domain-match.crt"), &cert("host.key")], &[]);
    assert!(!codes(&report).contains(&"key-mismatch"));
    assert_eq!(report.keys()[0].certificates, [1]);
}

#[test]
fn rustls_webpki_ed25519_public_key_pairs() {
    let base = corpus().join("rustls-webpki/tests/ed25519");
    let report = analyze_files(&[&base.join("ee.der"), &base.join("ee-pubkey.der")], &[]);
    assert_eq!(report.keys().len(), 1, "{:?}", codes(&report));
    assert_eq!(report.keys()[0].public_key.algorithm.name(), "Ed25519");
    assert_eq!(report.keys()[0].certificates, [0]);
    let other = analyze_files(&[&base.join("ca.der"), &base.join("ee-pubkey.der")], &[]);
    assert!(other.keys()[0].certificates.is_empty());
}

#[test]
fn pkcs7_bundles_pem_der_and_ber() {
    let base = corpus().join("pyca-cryptography-vectors/pkcs7");
    for (file, certificates) in [("isrg.pem", 1), ("amazon-roots.der", 2), ("amazon-roots.p7b", 2)] {
        let report = analyze_files(&[&base.join(file)], &[]);
        assert_eq!(report.certificates().len(), certificates, "{file}: {:?}", codes(&report));
    }
    let enveloped = analyze_files(&[&base.join("enveloped.pem")], &[]);
    assert!(codes(&enveloped).contains(&"input-unparseable"), "{:?}", codes(&enveloped));
}

#[test]
fn csr_is_explained_and_still_pairs() {
    let base = corpus().join("pyca-cryptography-vectors/x509/requests");
    let mut any = false;
    for entry in std::fs::read_dir(&base).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|ext| ext == "pem") && path.file_name().unwrap() == "rsa_sha256.pem" {
            let report = analyze_files(&[&path], &[]);
            assert_eq!(report.requests().len(), 1);
            assert_eq!(codes(&report), ["input-csr-not-certificate"]);
            assert_eq!(report.verdict.as_str(), "errors", "a CSR alone is not something a server can use");
            any = true;
        }
    }
    assert!(any, "rsa_sha256.pem request not found");
}
