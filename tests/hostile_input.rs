//! Inputs built to hurt: huge pastes, absurd work factors, lying lengths,
//! deep nesting, and one test per item of the security review (generated
//! by `common::hostile`). Each must end in a finding that names the limit
//! or the defect; how long each takes at full size is measured in a release
//! build by `cargo bench --bench hostile`, not here.

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

fn attack(attack: &common::hostile::Attack, roots: &[Vec<u8>]) -> Report {
    let mut options = Options::at(Timestamp::parse(attack.at).unwrap());
    options.public_roots = attack.public_roots;
    options.roots = roots.iter().map(|root| Input::new("root.pem", root.clone())).collect();
    analyze(&attack.inputs, &options)
}

fn limits_hit(report: &Report) -> Vec<Limit> {
    report
        .findings
        .iter()
        .filter_map(|finding| match finding.kind {
            FindingKind::InputLimitExceeded { limit, .. } => Some(limit),
            _ => None,
        })
        .collect()
}

#[test]
fn a_forged_signature_is_never_vouched_for() {
    for algorithm in [common::hostile::ECDSA_SHA3_256, common::hostile::UNKNOWN_ALGORITHM] {
        let report = attack(&common::hostile::forged_leaf(&common::corpus(), algorithm), &[]);
        assert!(codes(&report).contains(&"signature-unverifiable"), "{:?}", codes(&report));
        assert_eq!(report.verdict, certdoctor::Verdict::Errors);
        assert!(!report.chain.as_ref().unwrap().trusted);
    }
}

#[test]
fn cross_certified_meshes_end_in_a_named_budget() {
    let report = attack(&common::hostile::cross_certified(6), &[]);
    let hit = limits_hit(&report);
    assert!(
        hit.iter().any(|limit| matches!(limit, Limit::PathSearch | Limit::SignatureChecks)),
        "{:?}",
        codes(&report)
    );
    assert!(!codes(&report).contains(&"signature-invalid"), "{:?}", codes(&report));
    assert_eq!(report.verdict, certdoctor::Verdict::Errors, "no trusted path was proven");
    // Nor is any client shown as working on it.
    assert!(report.clients.iter().all(|verdict| !verdict.works), "{:?}", report.clients);
}

#[test]
fn the_costliest_keys_are_checked_within_the_signature_budget() {
    use common::hostile::{costly_signatures, CostlyKey};
    for kind in [CostlyKey::Rsa16384, CostlyKey::P521] {
        let report = attack(&costly_signatures(kind, certdoctor::limits::MAX_SIGNATURE_CHECKS + 10), &[]);
        // The keys were taken (not refused as malformed), every check ran
        // and failed, and the budget is what stopped the search.
        assert!(limits_hit(&report).contains(&Limit::SignatureChecks), "{:?}", codes(&report));
        assert!(!codes(&report).contains(&"key-unreadable"), "{:?}", codes(&report));
        assert_eq!(report.verdict, certdoctor::Verdict::Errors);
    }
}

#[test]
fn crl_checks_share_the_signature_budget() {
    let report = attack(&common::hostile::crl_flood(40, 30), &[]);
    assert!(limits_hit(&report).contains(&Limit::SignatureChecks), "{:?}", codes(&report));
    let many = attack(&common::hostile::crl_flood(2, certdoctor::limits::MAX_CRLS + 5), &[]);
    assert!(limits_hit(&many).contains(&Limit::Crls), "{:?}", codes(&many));
}

#[test]
fn begin_lines_without_end_are_scanned_once() {
    let report = attack(&common::hostile::pem_flood(5000, 1 << 20), &[]);
    assert!(limits_hit(&report).contains(&Limit::PemBlocks), "{:?}", codes(&report));
    assert!(
        report.findings.len() <= 2 * certdoctor::limits::MAX_FINDINGS_PER_CODE + 5,
        "{}",
        report.findings.len()
    );
}

#[test]
fn many_names_many_extensions_many_kinds_are_linear() {
    let names = attack(&common::hostile::names_against_names(5000), &[]);
    assert!(!names.certificates().is_empty(), "{:?}", codes(&names));
    let duplicates = attack(&common::hostile::duplicate_extensions(20_000), &[]);
    let rules: Vec<&str> = duplicates
        .findings
        .iter()
        .filter_map(|finding| match &finding.kind {
            FindingKind::CertProfileViolation { rule, .. } => Some(rule.id()),
            _ => None,
        })
        .collect();
    assert_eq!(rules.iter().filter(|rule| **rule == "duplicate-extension").count(), 1, "{rules:?}");
    let (kinds, root) = common::hostile::kinds_against_kinds(3000);
    let report = attack(&kinds, &[root]);
    assert!(codes(&report).contains(&"name-constraints-violated"), "{:?}", codes(&report));
}

#[test]
fn countless_items_are_counted_not_listed() {
    let empty = attack(&common::hostile::empty_certificates(50_000), &[]);
    assert!(limits_hit(&empty).contains(&Limit::Certificates), "{:?}", limits_hit(&empty));
    assert!(limits_hit(&empty).contains(&Limit::Findings), "{:?}", limits_hit(&empty));
    let unparseable = codes(&empty).iter().filter(|code| **code == "cert-unparseable").count();
    assert_eq!(unparseable, certdoctor::limits::MAX_FINDINGS_PER_CODE);
    let json = serde_json::to_string(&certdoctor::render(&empty, certdoctor::Lang::En, &common::controls()))
        .unwrap();
    assert!(json.len() < 1_000_000, "{} bytes of JSON", json.len());

    let junk = attack(&common::hostile::keystore_of_junk(9000), &[]);
    assert!(limits_hit(&junk).contains(&Limit::Certificates), "{:?}", limits_hit(&junk));

    let keys = attack(&common::hostile::many_keys(500), &[]);
    assert!(limits_hit(&keys).contains(&Limit::Keys), "{:?}", codes(&keys));
    assert_eq!(keys.keys().len(), certdoctor::limits::MAX_KEYS);
}

#[test]
fn a_url_from_a_certificate_never_becomes_a_command() {
    let report = attack(&common::hostile::url_injection(), &[]);
    let rendered = certdoctor::render(&report, certdoctor::Lang::En, &common::controls());
    let incomplete = rendered.findings.iter().find(|finding| finding.code() == "chain-incomplete").unwrap();
    assert!(incomplete.commands.iter().all(|command| !command.contains("evil")), "{:?}", incomplete.commands);
    // The URL is still shown, as text.
    assert!(incomplete.fix.to_string().contains("evil.example"), "{}", incomplete.fix);
    // A well-formed URL does become a download command (the control).
    let clean = common::hostile::forged_leaf(&common::corpus(), common::hostile::UNKNOWN_ALGORITHM);
    let _ = clean;
}
