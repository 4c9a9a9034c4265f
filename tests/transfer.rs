//! The page's engine sends each report to the page as bincode
//! (`transfer` feature: `Answer`, the report as `Report::for_transfer`
//! leaves it and its certificates apart, in parts): what arrives must
//! render exactly as the report itself, in both languages, while carrying
//! less.
#![cfg(feature = "transfer")]

mod common;

use bincode::config::standard;
use certdoctor::transfer::{self, Answer, Source, CERTIFICATES_PER_PART};
use certdoctor::{analyze, render, Input, Lang, Options, Report, Timestamp};

fn amazon(file: &str) -> Vec<u8> {
    common::read_corpus(&format!("rustls-webpki/tests/amazon/{file}"))
}

fn report(inputs: &[(&str, Vec<u8>)], host: &str, at: &str) -> Report {
    let inputs: Vec<Input> = inputs.iter().map(|(name, bytes)| Input::new(*name, bytes.clone())).collect();
    let mut options = Options::at(Timestamp::parse(at).unwrap());
    options.host = Some(host.to_string());
    analyze(&inputs, &options)
}

/// Sends `report` as the engine does and reads it back as the page does,
/// a part at a time; also says how many parts there were.
fn sent(report: &Report) -> (Report, usize, usize) {
    let bytes = transfer::encode(&Answer::new(report, vec![Source::Paste])).unwrap();
    let mut answer = transfer::decode::<Answer>(&bytes).unwrap().unpack();
    let parts = answer.parts_left();
    while answer.parts_left() > 0 {
        assert!(answer.unpack_part());
    }
    let (back, sources) = answer.into_report().unwrap();
    assert_eq!(sources, [Source::Paste]);
    (back, bytes.len(), parts)
}

/// What a report of `certificates` is sent in.
fn parts_for(certificates: usize) -> usize {
    certificates.div_ceil(CERTIFICATES_PER_PART)
}

fn rendered(report: &Report, lang: Lang) -> serde_json::Value {
    serde_json::to_value(render(report, lang, &common::controls())).unwrap()
}

fn assert_arrives_whole(report: &Report) {
    let (back, size, _) = sent(report);
    for lang in [Lang::En, Lang::Zh] {
        assert_eq!(rendered(&back, lang), rendered(report, lang), "{lang:?}");
    }
    // What the page uses beyond the JSON: each certificate's PEM (download,
    // "trust this root") and fingerprint.
    assert_eq!(back.certificates().len(), report.certificates().len());
    for (arrived, original) in back.certificates().iter().zip(report.certificates()) {
        assert_eq!(arrived.pem, original.pem);
        assert_eq!(arrived.fingerprint, original.fingerprint);
    }
    let whole = bincode::encode_to_vec(report, standard()).unwrap().len();
    assert!(size < whole, "sent {size} bytes, the whole report is {whole}");
}

#[test]
fn a_sent_report_renders_as_the_report_itself() {
    let messy = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/www/examples/messy.pem")).unwrap();
    assert_arrives_whole(&report(&[("messy.pem", messy)], "expired.rootca1.demo.amazontrust.com", "2025-02-23"));
}

#[test]
fn a_sent_report_keeps_the_intermediates_supplied_offline() {
    let report = report(
        &[("leaf.cer", amazon("valid.rootca1.demo.amazontrust.com.cer"))],
        "valid.rootca1.demo.amazontrust.com",
        "2025-02-23",
    );
    assert!(report.certificates().iter().any(|certificate| certificate.supplied_from.is_some()));
    assert_arrives_whole(&report);
}

/// A bundle of hundreds of certificates travels in parts, each decoded on
/// its own, and arrives whole and in order.
#[test]
fn a_large_report_travels_in_parts() {
    let limbo: serde_json::Value =
        serde_json::from_slice(&common::read_corpus("x509-limbo/limbo.json")).unwrap();
    let mut seen = std::collections::BTreeSet::new();
    let mut bundle = String::new();
    for case in limbo["testcases"].as_array().unwrap() {
        let peer = case["peer_certificate"].as_str().into_iter();
        for pem in peer.chain(case["untrusted_intermediates"].as_array().unwrap().iter().filter_map(|pem| pem.as_str())) {
            if seen.insert(pem.trim().to_string()) && seen.len() <= 3 * CERTIFICATES_PER_PART + 17 {
                bundle.push_str(pem.trim());
                bundle.push('\n');
            }
        }
    }
    let report = report(&[("bundle.pem", bundle.into_bytes())], "example.com", "2024-06-01");
    let certificates = report.certificates().len();
    assert!(certificates > 3 * CERTIFICATES_PER_PART, "{certificates}");
    let (_, _, parts) = sent(&report);
    assert_eq!(parts, parts_for(certificates));
    assert_arrives_whole(&report);
}
