//! x509-limbo conformance (`../shared/corpus/x509-limbo/limbo.json`): every
//! SERVER testcase is analysed with its trusted certificates as the only
//! roots, its intermediates and peer certificate as the bundle, and its
//! expected peer name as the host. A testcase agrees when SUCCESS ↔ the
//! verdict is not `errors`. Every disagreement is listed, with a reason, in
//! `tests/data/limbo-disagreements.txt`; the test fails if that list and
//! reality drift apart in either direction.

mod common;

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use certdoctor::{analyze, Input, Options, Profile, Timestamp, Verdict};
use common::corpus;
use serde_json::Value;

/// Testcases without a validation time are checked at this fixed moment
/// (their certificates are valid from 1970 to 2969).
const DEFAULT_TIME: &str = "2025-01-01T00:00:00Z";

fn strings(value: &Value) -> Vec<String> {
    value
        .as_array()
        .map(|list| list.iter().filter_map(|v| v.as_str().map(str::to_string)).collect())
        .unwrap_or_default()
}

/// The entry for `id` in rustls-webpki's limbo exception list, wherever the
/// file nests it.
fn find_exception<'a>(value: &'a Value, id: &str) -> Option<&'a Value> {
    match value {
        Value::Object(map) => {
            map.get(id).or_else(|| map.values().find_map(|inner| find_exception(inner, id)))
        }
        Value::Array(list) => list.iter().find_map(|inner| find_exception(inner, id)),
        _ => None,
    }
}

#[test]
fn limbo_server_testcases() {
    let limbo: Value =
        serde_json::from_str(&std::fs::read_to_string(corpus().join("x509-limbo/limbo.json")).unwrap())
            .unwrap();
    let listed: BTreeMap<String, String> = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/limbo-disagreements.txt"),
    )
    .unwrap()
    .lines()
    .filter(|line| !line.trim().is_empty() && !line.starts_with('#'))
    .map(|line| {
        let (id, reason) = line.split_once('\t').unwrap_or((line, ""));
        (id.trim().to_string(), reason.trim().to_string())
    })
    .collect();

    let mut total = 0;
    let mut agree = 0;
    let (mut success_total, mut success_agree) = (0, 0);
    let mut slowest = (Duration::ZERO, String::new());
    let mut disagreements: BTreeMap<String, String> = BTreeMap::new();
    let mut webpki_agree = 0;
    let mut unexplained: Vec<(String, String)> = Vec::new();
    for testcase in limbo["testcases"].as_array().unwrap() {
        if testcase["validation_kind"] != "SERVER" {
            continue;
        }
        let id = testcase["id"].as_str().unwrap().to_string();
        let mut bundle = testcase["peer_certificate"].as_str().unwrap().to_string();
        for intermediate in strings(&testcase["untrusted_intermediates"]) {
            bundle.push_str(&intermediate);
            bundle.push('\n');
        }
        let mut inputs = vec![Input::new("bundle.pem", bundle.into_bytes())];
        let crls = strings(&testcase["crls"]);
        if !crls.is_empty() {
            inputs.push(Input::new("crls.pem", crls.join("\n").into_bytes()));
        }
        let at = testcase["validation_time"].as_str().unwrap_or(DEFAULT_TIME);
        let mut options = Options::at(Timestamp::parse(at).unwrap());
        options.public_roots = false;
        options.roots = strings(&testcase["trusted_certs"])
            .into_iter()
            .enumerate()
            .map(|(n, pem)| Input::new(format!("root{n}.pem"), pem.into_bytes()))
            .collect();
        options.host = testcase["expected_peer_name"]["value"].as_str().map(str::to_string);
        // limbo judges by rulebooks, not by clients: the webpki:: namespace
        // holds the Web PKI's own rules (limbo marks where they contradict
        // rfc5280:: with `conflicts_with`) and is judged as `--profile web`
        // would, the rest as `--profile rfc5280`.
        options.profile = if id.starts_with("webpki::") { Profile::Web } else { Profile::Rfc5280 };
        options.max_intermediates = testcase["max_chain_depth"].as_u64().map(|depth| depth as usize);

        let started = Instant::now();
        let report = analyze(&inputs, &options);
        let elapsed = started.elapsed();
        if elapsed > slowest.0 {
            slowest = (elapsed, id.clone());
        }

        let expected_success = testcase["expected_result"] == "SUCCESS";
        if let Some(opinion) = &report.second_opinion {
            if opinion.accepted == expected_success {
                webpki_agree += 1;
            }
            // rustls-webpki rejects but certdoctor finds no error: a gap.
            if !opinion.accepted && report.verdict != Verdict::Errors {
                unexplained.push((id.clone(), opinion.error.unwrap_or_default().to_string()));
            }
        }
        let agrees = (report.verdict != Verdict::Errors) == expected_success;
        total += 1;
        if expected_success {
            success_total += 1;
        }
        if agrees {
            agree += 1;
            if expected_success {
                success_agree += 1;
            }
        } else {
            let codes: Vec<String> = report
                .findings
                .iter()
                .filter(|f| f.severity() == certdoctor::Severity::Error)
                .map(|f| match &f.kind {
                    certdoctor::FindingKind::CertProfileViolation { rule, .. } => {
                        format!("cert-profile-violation({})", rule.id())
                    }
                    kind => kind.code().as_str().to_string(),
                })
                .collect();
            disagreements.insert(id, format!("expected {}; errors: {codes:?}", testcase["expected_result"]));
        }
    }
    println!(
        "limbo: {agree}/{total} agree ({success_agree}/{success_total} SUCCESS, {}/{} FAILURE); slowest {:?} ({})",
        agree - success_agree,
        total - success_total,
        slowest.0,
        slowest.1
    );
    println!("rustls-webpki (second opinion) agrees with limbo on {webpki_agree}/{total}");
    println!("rejected by rustls-webpki with no certdoctor error ({}): {unexplained:#?}", unexplained.len());
    // Each such case must be one where rustls-webpki is known to be wrong
    // (its own exception list says limbo expects SUCCESS and webpki fails),
    // or one of certdoctor's documented disagreements. Anything else is a
    // check certdoctor is missing.
    let exceptions: Value = serde_json::from_str(
        &std::fs::read_to_string(corpus().join("rustls-webpki/third-party/x509-limbo/exceptions.json"))
            .unwrap(),
    )
    .unwrap();
    let gaps: Vec<&(String, String)> = unexplained
        .iter()
        .filter(|(id, _)| !listed.contains_key(id))
        .filter(|(id, _)| {
            let known = find_exception(&exceptions, id);
            !known.is_some_and(|entry| entry["expected"] == "SUCCESS" && entry["actual"] == "FAILURE")
        })
        .collect();
    assert!(gaps.is_empty(), "rustls-webpki rejects and certdoctor finds no error: {gaps:#?}");
    let unlisted: Vec<_> = disagreements.iter().filter(|(id, _)| !listed.contains_key(*id)).collect();
    let fixed: Vec<_> = listed.keys().filter(|id| !disagreements.contains_key(*id)).collect();
    assert!(
        unlisted.is_empty(),
        "new disagreements (add a reason to tests/data/limbo-disagreements.txt or fix):\n{unlisted:#?}"
    );
    assert!(fixed.is_empty(), "listed disagreements that now agree (remove them):\n{fixed:#?}");
    assert_eq!(total, 198);
}
