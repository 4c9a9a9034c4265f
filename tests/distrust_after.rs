//! A public root whose new certificates some clients no longer trust
//! (`certdoctor::stores::limits`: Chrome by the leaf's earliest SCT, Apple
//! and Java by its notBefore), on a generated PKI whose root stands in for
//! such a root in every store.

mod common;

use certdoctor::client::Client;
use certdoctor::stores::limits::{Dating, IssuanceLimit, Program};
use certdoctor::stores::{StoreId, TrustStores};
use certdoctor::{analyze, Input, Options, Report, Timestamp, Verdict};
use common::pki::{date, leaf_params, stores_with, Pki, AT, HOST};
use rcgen::CertificateParams;

/// Every store trusts the PKI's root, with these clients' last days.
fn stores(pki: &Pki, limits: &[(Program, &str, Dating)]) -> TrustStores {
    use sha2::Digest;
    let mut stores = stores_with(&pki.root, &StoreId::ALL, &[]);
    let sha256: [u8; 32] = sha2::Sha256::digest(pki.root.der()).into();
    let limits = limits
        .iter()
        .map(|(program, day, dating)| IssuanceLimit {
            program: *program,
            last_day: Timestamp::parse(day).unwrap(),
            dating: *dating,
        })
        .collect();
    stores.limits.clear();
    stores.limits.insert(sha256, limits);
    stores
}

fn judge(pki: &Pki, stores: TrustStores, roots: &[String]) -> Report {
    let mut options = Options::at(Timestamp::parse(AT).unwrap());
    options.host = Some(HOST.into());
    options.stores = Some(std::sync::Arc::new(stores));
    options.intermediates = None;
    options.roots = roots.iter().map(|root| Input::new("root.pem", root.clone().into_bytes())).collect();
    let bundle = [pki.leaf.clone(), pki.intermediate.pem()].concat();
    analyze(&[Input::new("fullchain.pem", bundle.into_bytes())], &options)
}

fn because(report: &Report, client: Client) -> Vec<&'static str> {
    let verdict = report.clients.iter().find(|verdict| verdict.client == client).unwrap();
    verdict.because.iter().map(|code| code.as_str()).collect()
}

/// An embedded SCT list (RFC 6962 §3.3) with one timestamp: its signature
/// is not checked by anyone reading the date.
fn with_sct(mut params: CertificateParams, unix_millis: u64) -> CertificateParams {
    let mut sct = vec![0u8];
    sct.extend([7u8; 32]);
    sct.extend(unix_millis.to_be_bytes());
    sct.extend([0, 0, 4, 3, 0, 2, 0x30, 0x00]);
    let mut list = ((sct.len() + 2) as u16).to_be_bytes().to_vec();
    list.extend((sct.len() as u16).to_be_bytes());
    list.extend(sct);
    let mut value = vec![0x04, list.len() as u8];
    value.extend(list);
    params.custom_extensions.push(rcgen::CustomExtension::from_oid_content(&[1, 3, 6, 1, 4, 1, 11129, 2, 4, 2], value));
    params
}

/// The leaf (notBefore 2025-01-01, no SCT) is past Chrome's and Java's
/// last days and within Apple's: those two refuse it for this reason
/// alone, every other client takes the chain, and the finding says when
/// the leaf was issued and each client's day.
#[test]
fn a_leaf_issued_after_a_clients_last_day_fails_there_only() {
    let pki = Pki::healthy();
    let limits = [
        (Program::Chrome, "2024-12-31", Dating::EarliestSct),
        (Program::Apple, "2025-01-01", Dating::NotBefore),
        (Program::Java, "2024-06-30", Dating::NotBefore),
    ];
    let report = judge(&pki, stores(&pki, &limits), &[]);
    for client in [Client::Chrome, Client::Java] {
        assert_eq!(because(&report, client), ["trust-distrusted-after"], "{client:?}");
    }
    for verdict in report.clients.iter().filter(|verdict| ![Client::Chrome, Client::Java].contains(&verdict.client)) {
        assert!(verdict.works, "{:?}: {:?}", verdict.client, verdict.because);
    }
    assert_eq!(report.verdict, Verdict::Errors);
    let rendered = certdoctor::render(&report, certdoctor::Lang::En, &common::controls());
    let finding = rendered.findings.iter().find(|finding| finding.code() == "trust-distrusted-after").unwrap();
    let text = format!("{} {}", finding.title, finding.explanation);
    for words in ["Scenario Root", "up to 2024-12-31", "up to 2024-06-30", "2025-01-01 00:00 UTC", "Chrome/Edge and Java refuse"] {
        assert!(text.contains(words), "{words}: {text}");
    }
    assert!(!text.contains("Safari"), "Apple's day is not passed: {text}");
}

/// Chrome dates the leaf by its earliest embedded SCT, Java by notBefore:
/// a leaf whose notBefore is within both days but whose SCT is later
/// fails in Chrome only; within Chrome's day it works everywhere.
#[test]
fn chrome_dates_a_leaf_by_its_earliest_sct() {
    let limits = [(Program::Chrome, "2025-01-15", Dating::EarliestSct), (Program::Java, "2025-01-15", Dating::NotBefore)];
    let sct_day = |day: u8| (date(2025, 1, day).unix_timestamp() * 1000) as u64;
    let late = Pki::with_leaf(with_sct(leaf_params(&[HOST]), sct_day(20)));
    let report = judge(&late, stores(&late, &limits), &[]);
    assert_eq!(because(&report, Client::Chrome), ["trust-distrusted-after"]);
    assert!(report.clients.iter().filter(|verdict| verdict.client != Client::Chrome).all(|verdict| verdict.works));
    let early = Pki::with_leaf(with_sct(leaf_params(&[HOST]), sct_day(2)));
    let report = judge(&early, stores(&early, &limits), &[]);
    assert_eq!(report.verdict, Verdict::Ok, "{:?}", report.findings.iter().map(|f| f.code().as_str()).collect::<Vec<_>>());
}

/// A root the user gives is trusted as given: Chrome lifts its limits for
/// a root trusted explicitly, and the others have no limit on it.
#[test]
fn a_root_the_user_gives_has_no_limit() {
    let pki = Pki::healthy();
    let stores = stores(&pki, &[(Program::Chrome, "2024-06-30", Dating::EarliestSct)]);
    let report = judge(&pki, stores, &[pki.root.pem()]);
    assert!(report.findings.iter().all(|finding| finding.code().as_str() != "trust-distrusted-after"));
    assert!(report.clients.iter().all(|verdict| verdict.works));
}

/// The real table: Entrust's G2 root is limited for Chrome, Apple and
/// Java, and no root of the real data that is not in the table is.
#[test]
fn the_builtin_limits_name_the_roots_their_programs_limited() {
    let stores = TrustStores::builtin();
    let named = |sha256: &[u8; 32]| stores.roots.iter().find(|root| &root.sha256 == sha256).map(|root| root.name.clone());
    let mut names: Vec<String> = stores.limits.keys().filter_map(named).collect();
    names.sort();
    assert_eq!(names.len(), 14, "{names:?}");
    assert!(names.iter().all(|name| ["Entrust", "AffirmTrust", "Chambers", "ePKI", "HiPKI", "NetLock"].iter().any(|word| name.contains(word))));
}
