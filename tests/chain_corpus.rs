//! Chains from the corpus: badtls.io's server expectations and
//! rustls-webpki's real-world chains, as data-driven tests.

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use certdoctor::{analyze, Input, Options, Report, Timestamp, Verdict};
use common::corpus;
use serde_json::Value;

fn input(path: &Path) -> Input {
    Input::new(path.file_name().unwrap().to_string_lossy(), std::fs::read(path).unwrap())
}

fn run(files: &[PathBuf], roots: &[PathBuf], host: Option<&str>, at: &str) -> Report {
    let inputs: Vec<Input> = files.iter().map(|path| input(path)).collect();
    let mut options = Options::at(Timestamp::parse(at).unwrap());
    options.roots = roots.iter().map(|path| input(path)).collect();
    options.public_roots = false;
    options.host = host.map(str::to_string);
    analyze(&inputs, &options)
}

fn codes(report: &Report) -> Vec<&'static str> {
    report.findings.iter().map(|finding| finding.code().as_str()).collect()
}

#[test]
fn badtls_server_expectations() {
    let base = corpus().join("badtls.io");
    let expectations: Value =
        serde_json::from_str(&std::fs::read_to_string(base.join("expectations.json")).unwrap()).unwrap();
    let reason_codes = BTreeMap::from([
        ("no_san_cn_only", "name-no-san"),
        ("leaf_expired", "cert-expired"),
        ("leaf_not_yet_valid", "cert-not-yet-valid"),
        ("hostname_mismatch", "name-mismatch"),
        ("weak_signature_md5", "signature-weak-algorithm"),
        ("eku_not_server_auth", "eku-server-auth-missing"),
    ]);
    let mut checked = 0;
    for entry in expectations["entries"].as_array().unwrap() {
        if entry["purpose"] != "serverAuth" {
            continue;
        }
        let host = entry["host"].as_str().unwrap();
        let files = vec![
            base.join(entry["peer_certificate"].as_str().unwrap()),
            base.join(entry["peer_key"].as_str().unwrap()),
        ];
        let roots = vec![base.join(entry["trust_anchor"].as_str().unwrap())];
        let report = run(&files, &roots, Some(host), entry["validation_time"].as_str().unwrap());
        let found = codes(&report);
        let expected = entry["expected_result"].as_str().unwrap();
        if expected == "SUCCESS" {
            assert_ne!(report.verdict, Verdict::Errors, "{host}: {found:?}");
            assert!(report.chain.as_ref().unwrap().trusted, "{host}");
        } else {
            assert_eq!(report.verdict, Verdict::Errors, "{host}: {found:?}");
            for reason in entry["expected_reasons"].as_array().unwrap() {
                if let Some(code) = reason_codes.get(reason.as_str().unwrap()) {
                    assert!(found.contains(code), "{host}: expected {code}, found {found:?}");
                }
            }
        }
        assert!(!found.contains(&"key-mismatch"), "{host}: {found:?}");
        checked += 1;
    }
    assert_eq!(checked, 14);
}

#[test]
fn rustls_webpki_real_chains() {
    let base = corpus().join("rustls-webpki");
    let expectations: Value =
        serde_json::from_str(&std::fs::read_to_string(base.join("expectations.json")).unwrap()).unwrap();
    let mut checked = 0;
    for entry in expectations["entries"].as_array().unwrap() {
        let name = entry["name"].as_str().unwrap();
        if name.starts_with("amazon") {
            continue; // below, with the whole intermediate set
        }
        let mut files = vec![base.join(entry["peer"].as_str().unwrap())];
        files.extend(
            entry["intermediates"].as_array().unwrap().iter().map(|p| base.join(p.as_str().unwrap())),
        );
        let roots: Vec<PathBuf> =
            entry["anchors"].as_array().unwrap().iter().map(|p| base.join(p.as_str().unwrap())).collect();
        let report = run(&files, &roots, None, entry["time"].as_str().unwrap());
        let success = entry["expected"].as_str().unwrap().starts_with("SUCCESS");
        if name == "wpt" {
            // rustls-webpki uses only the anchor's name and key. Its wpt root
            // marks basicConstraints and nameConstraints non-critical, which
            // RFC 5280 forbids and OpenSSL's strict mode (Python 3.13+'s
            // default) rejects; certdoctor says exactly that and no more.
            let rules: Vec<String> = report
                .findings
                .iter()
                .map(|finding| match &finding.kind {
                    certdoctor::FindingKind::CertProfileViolation { certificate, rule, .. } => {
                        format!("{certificate}: {}", rule.id())
                    }
                    kind => kind.code().as_str().to_string(),
                })
                .collect();
            assert_eq!(
                rules,
                [
                    "web-platform-tests: name-constraints-not-critical",
                    "web-platform-tests: basic-constraints-not-critical"
                ]
            );
            assert!(report.chain.as_ref().unwrap().trusted);
            assert!(report.second_opinion.as_ref().unwrap().accepted);
            checked += 1;
            continue;
        }
        // These are rustls-webpki's expectations: the rustls column of the
        // client matrix must agree (other clients may differ: Apple refuses
        // leaves valid for more than 825 days, which some of these are).
        let rustls =
            report.clients.iter().find(|verdict| verdict.client == certdoctor::matrix::Client::Rustls);
        assert_eq!(rustls.map(|verdict| verdict.works), Some(success), "{name}: {:?}", codes(&report));
        if success {
            assert!(report.chain.as_ref().unwrap().trusted, "{name}");
        }
        checked += 1;
    }
    assert_eq!(checked, 8);
}

#[test]
fn amazon_trust_services_chains_out_of_sixteen_intermediates() {
    let base = corpus().join("rustls-webpki/tests/amazon");
    let mut intermediates: Vec<PathBuf> = Vec::new();
    for prefix in ["r2m", "r4m", "e2m", "e3m"] {
        for n in 1..=4 {
            intermediates.push(base.join(format!("{prefix}0{n}.cer")));
        }
    }
    let roots: Vec<PathBuf> = (1..=4).map(|n| base.join(format!("AmazonRootCA{n}.cer"))).collect();
    for ca in 1..=4 {
        for (kind, success) in [("valid", true), ("expired", false)] {
            let host = format!("{kind}.rootca{ca}.demo.amazontrust.com");
            let mut files = vec![base.join(format!("{host}.cer"))];
            files.extend(intermediates.iter().cloned());
            let report = run(&files, &roots, Some(&host), "2025-02-23T10:02:16Z");
            let found = codes(&report);
            assert_eq!(report.verdict != Verdict::Errors, success, "{host}: {found:?}");
            let chain = report.chain.as_ref().unwrap();
            assert!(chain.trusted, "{host}");
            assert_eq!(chain.path.len(), 2, "{host}: leaf and one intermediate");
            // The 15 other intermediates are extras, and the fixed bundle drops them.
            assert_eq!(
                found.iter().filter(|code| **code == "chain-unrelated-certificate").count(),
                15,
                "{host}"
            );
            assert!(chain.bundle_needs_fixing);
            assert_eq!(chain.fixed_bundle.matches("BEGIN CERTIFICATE").count(), 2);
            if !success {
                assert!(found.contains(&"cert-expired"), "{host}: {found:?}");
            }
        }
    }
}

#[test]
fn missing_intermediate_names_the_issuer_and_its_url() {
    let base = corpus().join("rustls-webpki/tests/amazon");
    let report = run(
        &[base.join("valid.rootca1.demo.amazontrust.com.cer")],
        &[base.join("AmazonRootCA1.cer")],
        Some("valid.rootca1.demo.amazontrust.com"),
        "2025-02-23T10:02:16Z",
    );
    let incomplete =
        report.findings.iter().find(|f| f.code().as_str() == "chain-incomplete").expect("chain-incomplete");
    match &incomplete.kind {
        certdoctor::FindingKind::ChainIncomplete { missing_issuer, ca_issuers, .. } => {
            assert!(missing_issuer.contains("Amazon"), "{missing_issuer}");
            assert!(ca_issuers.as_deref().is_some_and(|url| url.starts_with("http")), "{ca_issuers:?}");
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn root_included_out_of_order_and_duplicates() {
    let base = corpus().join("rustls-webpki/tests/netflix");
    let at = "2017-04-17T15:08:36Z";
    let roots = [base.join("ca.der")];
    // Intermediate first, then the leaf, the root and the intermediate again.
    let report = run(
        &[base.join("inter.der"), base.join("ee.der"), base.join("ca.der"), base.join("inter.der")],
        &roots,
        None,
        at,
    );
    let found = codes(&report);
    for code in ["chain-out-of-order", "chain-root-included", "chain-duplicate-certificate"] {
        assert!(found.contains(&code), "{code} missing from {found:?}");
    }
    assert_ne!(report.verdict, Verdict::Errors, "{found:?}");
    let chain = report.chain.as_ref().unwrap();
    assert!(chain.trusted && chain.bundle_needs_fixing);
    // The fixed bundle is the leaf, then the intermediate.
    let fixed = common::pem_blocks(&chain.fixed_bundle);
    assert_eq!(fixed.len(), 2);
    assert_eq!(fixed[0], std::fs::read(base.join("ee.der")).unwrap());
    assert_eq!(fixed[1], std::fs::read(base.join("inter.der")).unwrap());

    // Without the root: an untrusted path, then trusted by the public store?
    // netflix's 2017 root is not given: the path ends at the intermediate.
    let untrusted = run(&[base.join("ee.der"), base.join("inter.der")], &[], None, at);
    assert!(codes(&untrusted).contains(&"chain-incomplete"), "{:?}", codes(&untrusted));
}
