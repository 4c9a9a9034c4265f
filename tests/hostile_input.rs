//! Inputs built to hurt: huge pastes, absurd work factors, lying lengths,
//! deep nesting. Each must end quickly in a finding that names the limit.

mod common;

use certdoctor::model::Limit;
use certdoctor::{analyze, FindingKind, Input, Options, Password, Report, Timestamp};
use common::read_corpus;

fn options(passwords: &[&str]) -> Options {
    let mut options = Options::at(Timestamp::parse("2025-06-01").unwrap());
    options.passwords = passwords.iter().map(|password| Password::new(*password)).collect();
    options
}

fn codes(report: &Report) -> Vec<&'static str> {
    report.findings.iter().map(|finding| finding.code().as_str()).collect()
}

/// A DER TLV with a definite length.
fn tlv(tag: u8, contents: &[u8]) -> Vec<u8> {
    common::der::tlv(tag, contents)
}

/// A PFX whose MAC asks for `iterations` iterations.
fn pfx_with_mac_iterations(iterations: u32) -> Vec<u8> {
    use common::der::{oid, sequence, unsigned_integer};
    let safe_contents = sequence(&[]);
    let auth_safe =
        sequence(&[&sequence(&[&oid("1.2.840.113549.1.7.1"), &tlv(0xa0, &tlv(0x04, &safe_contents))])]);
    let content_info = sequence(&[&oid("1.2.840.113549.1.7.1"), &tlv(0xa0, &tlv(0x04, &auth_safe))]);
    let mac = sequence(&[
        &sequence(&[&sequence(&[&oid("1.3.14.3.2.26"), &[0x05, 0x00]]), &tlv(0x04, &[0u8; 20])]),
        &tlv(0x04, &[1u8; 8]),
        &unsigned_integer(&iterations.to_be_bytes()),
    ]);
    sequence(&[&unsigned_integer(&[3]), &content_info, &mac])
}

#[test]
fn ten_million_iteration_pkcs12_is_refused_at_once() {
    let started = std::time::Instant::now();
    let report =
        analyze(&[Input::new("slow.p12", pfx_with_mac_iterations(10_000_000))], &options(&["a", "b"]));
    assert!(
        matches!(
            report.findings[0].kind,
            FindingKind::InputLimitExceeded { limit: Limit::KeyDerivation, .. }
        ),
        "{:?}",
        codes(&report)
    );
    // No work was done: far below the time even one million iterations take.
    assert!(started.elapsed().as_millis() < 500, "{:?}", started.elapsed());
}

#[test]
fn ten_megabyte_paste_is_cut_at_the_limit() {
    let cert = String::from_utf8(read_corpus("badtls.io/certs/domain-match.crt")).unwrap();
    let mut paste = cert.repeat(10 * 1024 * 1024 / cert.len() + 1);
    paste.truncate(10 * 1024 * 1024);
    let report = analyze(&[Input::new("huge.pem", paste.into_bytes())], &options(&[]));
    assert!(codes(&report).contains(&"input-limit-exceeded"), "{:?}", codes(&report));
}

#[test]
fn thousands_of_blocks_stop_at_the_block_limit() {
    let cert = String::from_utf8(read_corpus("badtls.io/certs/domain-match.crt")).unwrap();
    // 1.5 KiB each: 4500 blocks fit in the byte limit but not the block limit.
    let report = analyze(&[Input::new("many.pem", cert.repeat(4500).into_bytes())], &options(&[]));
    assert!(report.findings.iter().any(|finding| matches!(
        finding.kind,
        FindingKind::InputLimitExceeded { limit: Limit::PemBlocks | Limit::Certificates, .. }
    )));
    assert!(report.certificates().len() <= certdoctor::limits::MAX_CERTIFICATES);
}

#[test]
fn lying_lengths_and_deep_nesting_are_findings() {
    let mut deep = Vec::new();
    for _ in 0..5000 {
        deep.extend_from_slice(&[0x30, 0x80]);
    }
    let inputs = [
        Input::new("deep.der", deep),
        Input::new("liar.der", vec![0x30, 0x84, 0x7f, 0xff, 0xff, 0xff, 0x02, 0x01, 0x03]),
        Input::new("truncated.p12", pfx_with_mac_iterations(2048)[..40].to_vec()),
    ];
    let report = analyze(&inputs, &options(&[]));
    assert_eq!(report.inputs().len(), 3);
    for index in 0..3 {
        assert!(
            report.findings.iter().any(|finding| finding.inputs.contains(&index)),
            "input {index}: {:?}",
            codes(&report)
        );
    }
}

#[test]
fn huge_rsa_modulus_is_refused() {
    use common::der::{sequence, unsigned_integer};
    let mut modulus = vec![0xffu8; 4096]; // 32768 bits
    modulus[0] = 0x7f;
    let key = sequence(&[&unsigned_integer(&modulus), &unsigned_integer(&[1, 0, 1])]);
    let pem = common::to_pem("RSA PUBLIC KEY", &key);
    let report = analyze(&[Input::new("big.pem", pem.into_bytes())], &options(&[]));
    assert!(
        matches!(report.findings[0].kind, FindingKind::InputLimitExceeded { limit: Limit::RsaKeySize, .. }),
        "{:?}",
        codes(&report)
    );
}

#[test]
fn java_keystore_certificates_are_read_and_conversion_explained() {
    let store = std::fs::read(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/badtls.jks"))
        .unwrap();
    let report = analyze(&[Input::new("badtls.jks", store)], &options(&[]));
    let names: Vec<&str> =
        report.certificates().iter().map(|certificate| certificate.name.as_str()).collect();
    assert!(names.contains(&"Bad TLS Limited RSA CA"), "{names:?}");
    assert!(names.contains(&"jks.example"), "{names:?}");
    let keystore = report.findings.iter().find(|f| f.code().as_str() == "input-java-keystore").unwrap();
    match &keystore.kind {
        FindingKind::InputJavaKeystore { key_aliases, store, .. } => {
            assert_eq!(serde_json::to_value(store).unwrap(), "JKS");
            assert_eq!(key_aliases, &["server".to_string()]);
        }
        other => panic!("{other:?}"),
    }
    let words = certdoctor::words(certdoctor::Lang::En).explain(&keystore.kind, &common::controls());
    assert!(
        words.fix.commands().any(|command| command.starts_with("keytool -importkeystore")),
        "{}",
        words.fix
    );
}
