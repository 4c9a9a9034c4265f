//! The page's engine thread sends each report to the page as bincode
//! (`transfer` feature, `Report::for_transfer`): what arrives must render
//! exactly as the report itself, in both languages, while carrying less.
#![cfg(feature = "transfer")]

mod common;

use bincode::config::standard;
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

/// Sends `report` as the engine thread does and reads it back.
fn sent(report: &Report) -> (Report, usize) {
    let bytes = bincode::encode_to_vec(report.for_transfer(), standard()).unwrap();
    let (back, read): (Report, usize) = bincode::decode_from_slice(&bytes, standard()).unwrap();
    assert_eq!(read, bytes.len());
    (back, bytes.len())
}

fn rendered(report: &Report, lang: Lang) -> serde_json::Value {
    serde_json::to_value(render(report, lang, &common::controls())).unwrap()
}

fn assert_arrives_whole(report: &Report) {
    let (back, size) = sent(report);
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
