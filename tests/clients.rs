//! Will it work for every client? The stores' view, the public
//! intermediates and the client matrix on real public chains (Amazon Trust
//! Services' demo sites) and on generated private ones.

mod common;

use certdoctor::client::Client;
use certdoctor::stores::{StoreId, StoreSet};
use certdoctor::{analyze, Input, Options, Profile, Report, Timestamp, Verdict};
use common::pki::{ca_params, client_error, codes, date, judge, judge_with, leaf_params, rules, stores_with, Pki, HOST};
use rcgen::{CertifiedIssuer, KeyPair};

fn amazon(file: &str) -> Vec<u8> {
    common::read_corpus(&format!("rustls-webpki/tests/amazon/{file}"))
}

fn check(inputs: &[(&str, Vec<u8>)], at: &str) -> Report {
    let inputs: Vec<Input> = inputs.iter().map(|(name, bytes)| Input::new(*name, bytes.clone())).collect();
    let mut options = Options::at(Timestamp::parse(at).unwrap());
    options.host = Some("valid.rootca1.demo.amazontrust.com".into());
    analyze(&inputs, &options)
}

fn works(report: &Report, client: Client) -> bool {
    report.clients.iter().find(|verdict| verdict.client == client).unwrap().works
}

fn because(report: &Report, client: Client) -> Vec<&'static str> {
    let verdict = report.clients.iter().find(|verdict| verdict.client == client).unwrap();
    verdict.because.iter().map(|code| code.as_str()).collect()
}

#[test]
fn a_leaf_alone_is_completed_offline_and_the_corrected_bundle_adds_the_intermediate() {
    let report = check(&[("leaf.cer", amazon("valid.rootca1.demo.amazontrust.com.cer"))], "2025-02-23");
    let chain = report.chain.as_ref().unwrap();
    assert!(chain.trusted);
    // The corrected bundle, byte for byte: the leaf, then M03 as Amazon
    // publishes it.
    let expected = [
        common::to_pem("CERTIFICATE", &amazon("valid.rootca1.demo.amazontrust.com.cer")),
        common::to_pem("CERTIFICATE", &amazon("r2m03.cer")),
    ]
    .concat();
    assert_eq!(chain.fixed_bundle.replace("\r\n", "\n"), expected);
    // Still an error: the server does not send it, and clients that do not
    // fetch issuers fail; Chrome, Safari, Windows (AIA) and Firefox
    // (preloading) complete it.
    assert_eq!(codes(&report)[0], "chain-incomplete");
    assert_eq!(report.verdict, Verdict::Errors);
    for client in [Client::Chrome, Client::Firefox, Client::Safari, Client::Windows] {
        assert!(works(&report, client), "{client:?}: {:?}", because(&report, client));
    }
    for client in [Client::Java, Client::Openssl, Client::Python, Client::Go, Client::Rustls, Client::Android]
    {
        assert_eq!(because(&report, client), ["chain-incomplete"], "{client:?}");
    }
}

#[test]
fn a_chain_trusted_by_mozilla_fails_on_old_android_without_the_cross_sign() {
    let served =
        [("leaf.cer", amazon("valid.rootca1.demo.amazontrust.com.cer")), ("r2m03.cer", amazon("r2m03.cer"))];
    let report = check(&served, "2025-02-23");
    let store = |id| report.stores.iter().find(|verdict| verdict.store == id).unwrap();
    assert!(store(StoreId::Mozilla).trusted && store(StoreId::Mozilla).through.is_empty());
    // Android 4.4 has only Starfield's root: reachable through Amazon Root
    // CA 1 cross-signed by Starfield, which this server does not send.
    assert_eq!(
        store(StoreId::Android44).root.as_deref(),
        Some("Starfield Services Root Certificate Authority - G2")
    );
    assert_eq!(store(StoreId::Android44).through, ["Amazon Root CA 1"]);
    assert_eq!(because(&report, Client::AndroidOld), ["trust-store-missing"]);
    // Old Android is not mainstream: a warning, not an error.
    assert_eq!(report.verdict, Verdict::Warnings, "{:?}", codes(&report));
    // Sending the cross-sign fixes it for every client.
    let mut with_cross_sign = served.to_vec();
    with_cross_sign.push(("rootca1.cer", amazon("rootca1.cer")));
    let report = check(&with_cross_sign, "2025-02-23");
    assert_eq!(report.verdict, Verdict::Ok, "{:?}", codes(&report));
    assert!(report.clients.iter().all(|verdict| verdict.works));
}

#[test]
fn a_root_one_store_distrusts_fails_only_that_stores_clients() {
    let pki = Pki::healthy();
    let every = StoreId::ALL;
    let stores = stores_with(&pki.root, &every, &[StoreId::Java]);
    let mut options = Options::at(Timestamp::parse(common::pki::AT).unwrap());
    options.host = Some(HOST.into());
    options.stores = Some(std::sync::Arc::new(stores));
    options.intermediates = None;
    let bundle = [pki.leaf.clone(), pki.intermediate.pem()].concat();
    let report = analyze(&[Input::new("fullchain.pem", bundle.into_bytes())], &options);
    let java = report.stores.iter().find(|verdict| verdict.store == StoreId::Java).unwrap();
    assert!(!java.trusted && java.distrusted, "{java:?}");
    assert_eq!(because(&report, Client::Java), ["trust-store-missing"]);
    assert!(works(&report, Client::Chrome) && works(&report, Client::Safari));
    assert_eq!(report.verdict, Verdict::Errors, "Java is mainstream");
}

/// A public root Mozilla's list dropped, that its older copies (Ubuntu's
/// 2014 one here) still hold: the clients of Mozilla's list are named, and
/// the words say that a system with an older copy of the list accepts it
/// until it updates (DigiCert's G1 roots since April 2026).
#[test]
fn a_root_mozilla_dropped_is_said_to_work_where_the_bundle_is_older() {
    let pki = Pki::healthy();
    let stores = stores_with(&pki.root, &[StoreId::Apple, StoreId::Windows, StoreId::Java, StoreId::Ubuntu], &[]);
    let mut options = Options::at(Timestamp::parse(common::pki::AT).unwrap());
    options.host = Some(HOST.into());
    options.stores = Some(std::sync::Arc::new(stores));
    options.intermediates = None;
    let bundle = [pki.leaf.clone(), pki.intermediate.pem()].concat();
    let report = analyze(&[Input::new("fullchain.pem", bundle.into_bytes())], &options);
    assert_eq!(because(&report, Client::Openssl), ["trust-store-missing"]);
    assert!(works(&report, Client::Safari) && works(&report, Client::Java));
    for (lang, words) in [(certdoctor::Lang::En, "Mozilla's list once had this root"), (certdoctor::Lang::Zh, "Mozilla 的列表曾经包含这个根证书")] {
        let rendered = certdoctor::render(&report, lang, &common::controls());
        let finding = rendered.findings.iter().find(|finding| finding.code() == "trust-store-missing").unwrap();
        assert!(finding.explanation.to_string().contains(words), "{}", finding.explanation);
    }
}

#[test]
fn an_826_day_leaf_under_a_private_root_fails_on_apple_only() {
    let mut leaf = leaf_params(&[HOST]);
    leaf.not_before = date(2025, 1, 1);
    leaf.not_after = date(2027, 4, 7); // 826 days
    let pki = Pki::with_leaf(leaf);
    let report = pki.judge(Some(HOST));
    assert_eq!(codes(&report), ["cert-validity-too-long"]);
    assert_eq!(because(&report, Client::Safari), ["cert-validity-too-long"]);
    assert!(report
        .clients
        .iter()
        .filter(|verdict| verdict.client != Client::Safari)
        .all(|verdict| verdict.works));
    assert_eq!(report.verdict, Verdict::Errors, "Apple is mainstream");
    // 825 days is allowed.
    let mut leaf = leaf_params(&[HOST]);
    leaf.not_before = date(2025, 1, 1);
    leaf.not_after = date(2027, 4, 6);
    let pki = Pki::with_leaf(leaf);
    let report = pki.judge(Some(HOST));
    assert_eq!(codes(&report), Vec::<&str>::new());
}

#[test]
fn an_intermediate_without_aki_works_in_browsers_and_fails_in_python_3_13() {
    let mut intermediate = ca_params("No-AKI Intermediate");
    intermediate.use_authority_key_identifier_extension = false;
    let pki = Pki::with(intermediate, leaf_params(&[HOST]));
    let report = pki.judge(Some(HOST));
    assert_eq!(codes(&report), ["cert-profile-violation"]);
    assert_eq!(because(&report, Client::Python), ["cert-profile-violation"]);
    for client in [Client::Chrome, Client::Firefox, Client::Safari, Client::Openssl, Client::Go, Client::Java]
    {
        assert!(works(&report, client), "{client:?}");
    }
    // Only a strict client refuses: a warning that names it.
    assert_eq!(report.verdict, Verdict::Warnings);
    let rendered = certdoctor::render(&report, certdoctor::Lang::En, &common::controls());
    assert!(
        rendered.summary.starts_with("Fails in Python ≥ 3.13; works in Chrome/Edge"),
        "{}",
        rendered.summary
    );
    // A strict RFC 5280 client's point of view makes it an error again.
    let mut options = Options::at(Timestamp::parse(common::pki::AT).unwrap());
    options.profile = Profile::Rfc5280;
    options.roots = vec![Input::new("root.pem", pki.root.pem().into_bytes())];
    let bundle = [pki.leaf.clone(), pki.intermediate.pem()].concat();
    let strict = analyze(&[Input::new("fullchain.pem", bundle.into_bytes())], &options);
    assert_eq!(strict.verdict, Verdict::Errors);
    // Python 3.13's words for it are tied to it (not read as an unknown
    // issuer, which nothing here explains).
    let said = "ssl.SSLCertVerificationError: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: \
                Missing Authority Key Identifier (_ssl.c:1028)";
    let report = judge(&[&pki.leaf, &pki.intermediate.pem()], &[said], &[&pki.root.pem()], Some(HOST));
    let (family, explained) = client_error(&report);
    assert_eq!(family.as_str(), "cert-invalid");
    assert_eq!(explained, ["cert-profile-violation"]);
}

#[test]
fn only_the_selected_stores_are_judged() {
    let mut options = Options::at(Timestamp::parse("2025-02-23").unwrap());
    options.selected_stores = StoreSet::of(&[StoreId::Mozilla, StoreId::Java]);
    let report =
        analyze(&[Input::new("leaf.cer", amazon("valid.rootca1.demo.amazontrust.com.cer"))], &options);
    let judged: Vec<StoreId> = report.stores.iter().map(|verdict| verdict.store).collect();
    assert_eq!(judged, [StoreId::Mozilla, StoreId::Java]);
    assert!(report.clients.iter().all(|verdict| [StoreId::Mozilla, StoreId::Java].contains(&verdict.store)));
}

/// OpenSSL's default `v3_ca` section writes CA certificates without
/// keyUsage: `openssl verify -x509_strict` refuses them (error 92), the
/// root included, and so does Python ≥ 3.13; nothing else does.
#[test]
fn a_root_without_key_usage_fails_in_python_3_13_only() {
    let mut root = ca_params("No-KU Root");
    root.key_usages.clear();
    let root = CertifiedIssuer::self_signed(root, KeyPair::generate().unwrap()).unwrap();
    let leaf_key = KeyPair::generate().unwrap();
    let leaf = leaf_params(&[HOST]).signed_by(&leaf_key, &root).unwrap().pem();
    let report = judge(&[&leaf], &[], &[&root.pem()], Some(HOST));
    assert_eq!(rules(&report), ["ca-key-usage-missing"]);
    assert_eq!(because(&report, Client::Python), ["cert-profile-violation"]);
    for client in [Client::Chrome, Client::Firefox, Client::Safari, Client::Openssl, Client::Go, Client::Java]
    {
        assert!(works(&report, client), "{client:?}");
    }
    assert_eq!(report.verdict, Verdict::Warnings);
}

/// A private root that allows no intermediate CA below it, over one: its
/// own constraint is enforced by OpenSSL (`openssl verify`: error 25 at the
/// root's depth), Go and Firefox; rustls-webpki takes only its name and
/// key. Before, certdoctor checked path lengths of intermediates only.
#[test]
fn a_roots_own_path_length_is_enforced_by_the_clients_that_judge_anchors() {
    let mut root = ca_params("Root pathlen 0");
    root.is_ca = rcgen::IsCa::Ca(rcgen::BasicConstraints::Constrained(0));
    let root = CertifiedIssuer::self_signed(root, KeyPair::generate().unwrap()).unwrap();
    let intermediate =
        CertifiedIssuer::signed_by(ca_params("Below the root"), KeyPair::generate().unwrap(), &root).unwrap();
    let leaf = leaf_params(&[HOST]).signed_by(&KeyPair::generate().unwrap(), &intermediate).unwrap().pem();
    let report = judge(&[&leaf, &intermediate.pem()], &[], &[&root.pem()], Some(HOST));
    assert_eq!(codes(&report), ["path-length-exceeded"]);
    for client in [Client::Openssl, Client::Python, Client::Go, Client::Firefox] {
        assert_eq!(because(&report, client), ["path-length-exceeded"], "{client:?}");
    }
    assert!(works(&report, Client::Rustls) && works(&report, Client::Java));
    assert_eq!(report.verdict, Verdict::Errors);
    // Straight from the root, nothing is exceeded.
    let direct = leaf_params(&[HOST]).signed_by(&KeyPair::generate().unwrap(), &root).unwrap().pem();
    let report = judge(&[&direct], &[], &[&root.pem()], Some(HOST));
    assert_eq!(codes(&report), Vec::<&str>::new());
}

/// A private root that has expired under a leaf that has not: OpenSSL
/// (`openssl verify`: error 10 at the root's depth) refuses it; rustls-webpki
/// takes a trust anchor as a name and a key and accepts it, which its second
/// opinion in the same report shows.
#[test]
fn an_expired_root_fails_except_where_an_anchor_is_a_name_and_a_key() {
    let mut root = ca_params("Expired Root");
    root.not_after = date(2025, 5, 1);
    let root = CertifiedIssuer::self_signed(root, KeyPair::generate().unwrap()).unwrap();
    let leaf = leaf_params(&[HOST]).signed_by(&KeyPair::generate().unwrap(), &root).unwrap().pem();
    let report = judge(&[&leaf], &[], &[&root.pem()], Some(HOST));
    assert_eq!(codes(&report), ["cert-expired"]);
    assert!(report.second_opinion.as_ref().is_some_and(|opinion| opinion.accepted), "{:?}", report.second_opinion);
    assert!(works(&report, Client::Rustls));
    for client in [Client::Openssl, Client::Python, Client::Go, Client::Firefox] {
        assert_eq!(because(&report, client), ["cert-expired"], "{client:?}");
    }
    assert_eq!(report.verdict, Verdict::Errors);
}

/// nameConstraints on a leaf break RFC 5280 (only CAs carry them), but
/// verifiers apply a CA's constraints to what it issued and read a leaf's as
/// nothing: OpenSSL, strict or not, and rustls-webpki accept the chain. A
/// warning under the clients' point of view; an error for `rfc5280`.
#[test]
fn name_constraints_on_a_leaf_refuse_no_client() {
    let mut leaf = leaf_params(&[HOST]);
    leaf.name_constraints = Some(rcgen::NameConstraints {
        permitted_subtrees: vec![rcgen::GeneralSubtree::DnsName("example.com".into())],
        excluded_subtrees: Vec::new(),
    });
    let pki = Pki::with_leaf(leaf);
    let report = pki.judge(Some(HOST));
    assert_eq!(codes(&report), ["name-constraints-violated"]);
    assert!(report.clients.iter().all(|verdict| verdict.works));
    assert!(report.second_opinion.as_ref().is_some_and(|opinion| opinion.accepted));
    assert_eq!(report.verdict, Verdict::Warnings);
    let strict = judge_with(Profile::Rfc5280, &[&pki.leaf, &pki.intermediate.pem()], &[&pki.root.pem()]);
    assert_eq!(strict.verdict, Verdict::Errors);
}

/// A private root with a critical extension nobody knows: OpenSSL refuses
/// it (`openssl verify`: error 34 at the root's depth); rustls-webpki takes
/// the anchor as a name and a key and accepts, as its second opinion shows.
#[test]
fn a_roots_unknown_critical_extension_fails_except_in_rustls() {
    let mut root = ca_params("Root with an unknown critical extension");
    let mut unknown = rcgen::CustomExtension::from_oid_content(&[1, 3, 6, 1, 4, 1, 55555, 1], vec![0x05, 0x00]);
    unknown.set_criticality(true);
    root.custom_extensions.push(unknown);
    let root = CertifiedIssuer::self_signed(root, KeyPair::generate().unwrap()).unwrap();
    let leaf = leaf_params(&[HOST]).signed_by(&KeyPair::generate().unwrap(), &root).unwrap().pem();
    let report = judge(&[&leaf], &[], &[&root.pem()], Some(HOST));
    assert_eq!(codes(&report), ["cert-critical-extension-unknown"]);
    assert!(report.second_opinion.as_ref().is_some_and(|opinion| opinion.accepted));
    assert!(works(&report, Client::Rustls));
    assert_eq!(because(&report, Client::Openssl), ["cert-critical-extension-unknown"]);
    assert_eq!(report.verdict, Verdict::Errors);
}

/// A leaf whose serial is negative (its DER INTEGER's sign bit set, as
/// some private CAs write random serials), signed properly: Go ≥ 1.23
/// refuses to parse it; the other clients read the number as it is.
#[test]
fn a_negative_serial_fails_in_go_only() {
    use common::der::{oid, sequence, signed};
    use rcgen::SigningKey;
    let pki = Pki::healthy();
    let leaf_der = &common::pem_blocks(&pki.leaf)[0];
    let (_, parsed) = x509_parser::parse_x509_certificate(leaf_der).unwrap();
    let mut tbs = parsed.tbs_certificate.as_ref().to_vec();
    // leaf_params' serial 10 01, sign bit set.
    let at = tbs.windows(4).position(|window| window == [0x02, 0x02, 0x10, 0x01]).unwrap();
    tbs[at + 2] = 0x90;
    let signature = pki.intermediate.key().sign(&tbs).unwrap();
    let algorithm = sequence(&[&oid("1.2.840.10045.4.3.2")]);
    let negative = common::to_pem("CERTIFICATE", &signed(&tbs, &algorithm, &signature));
    let report = judge(&[&negative, &pki.intermediate.pem()], &[], &[&pki.root.pem()], Some(HOST));
    assert_eq!(codes(&report), ["cert-profile-violation"]);
    assert_eq!(because(&report, Client::Go), ["cert-profile-violation"]);
    for client in [Client::Chrome, Client::Firefox, Client::Safari, Client::Openssl, Client::Python, Client::Java]
    {
        assert!(works(&report, client), "{client:?}");
    }
    // Go is mainstream: an error that names it.
    assert_eq!(report.verdict, Verdict::Errors);
    let rendered = certdoctor::render(&report, certdoctor::Lang::En, &common::controls());
    assert!(rendered.summary.starts_with("Fails in Go"), "{}", rendered.summary);
    // Go's words for it are tied to it.
    let said = "tls: failed to parse certificate from server: x509: negative serial number";
    let report = judge(&[&negative, &pki.intermediate.pem()], &[said], &[&pki.root.pem()], Some(HOST));
    assert_eq!(client_error(&report).1, ["cert-profile-violation"]);
}

fn works_in(report: &Report, clients: &[Client]) {
    for client in clients {
        assert!(works(report, *client), "{client:?}: {:?}", because(report, *client));
    }
}

fn refused_by(report: &Report, clients: &[Client], code: &str) {
    for client in clients {
        assert_eq!(because(report, *client), [code], "{client:?}");
    }
}

fn second_opinion_accepts(report: &Report) -> bool {
    report.second_opinion.as_ref().is_some_and(|opinion| opinion.accepted)
}

/// A private CA with Ed25519 keys (RFC 8410), as rcgen or `openssl genpkey
/// -algorithm ed25519` make them: OpenSSL (`openssl verify`: OK), Go, Java
/// and rustls-webpki (its second opinion accepts) take the chain; Chrome,
/// Firefox, Safari, Windows and Android implement no Ed25519 in
/// certificates. Before, certdoctor said it works everywhere.
#[test]
fn an_ed25519_chain_fails_in_browsers_and_platforms_only() {
    use Client::*;
    let root = CertifiedIssuer::self_signed(ca_params("P-256 Root"), KeyPair::generate().unwrap()).unwrap();
    let ed25519 = || KeyPair::generate_for(&rcgen::PKCS_ED25519).unwrap();
    let intermediate = CertifiedIssuer::signed_by(ca_params("Ed25519 CA"), ed25519(), &root).unwrap();
    let leaf = leaf_params(&[HOST]).signed_by(&ed25519(), &intermediate).unwrap().pem();
    let bundle = [leaf.as_str(), &intermediate.pem()];
    let report = judge(&bundle, &[], &[&root.pem()], Some(HOST));
    assert_eq!(rules(&report), ["key-algorithm", "key-algorithm"]);
    assert!(second_opinion_accepts(&report));
    refused_by(&report, &[Chrome, Firefox, Safari, Windows, Android], "cert-profile-violation");
    works_in(&report, &[Openssl, Python, Go, Java, Rustls]);
    assert_eq!(report.verdict, Verdict::Errors);
    // RFC 5280 has no quarrel with Ed25519: a strict RFC 5280 client accepts.
    assert_eq!(judge_with(Profile::Rfc5280, &bundle, &[&root.pem()]).verdict, Verdict::Ok);
}

/// `pki`'s leaf with the P-521 key `spki` in place of its own, signed again
/// by the intermediate (rcgen's ring backend has no P-521).
fn leaf_with_p521_key(pki: &Pki) -> String {
    use common::der::{oid, sequence, tlv};
    use p521::elliptic_curve::sec1::ToSec1Point;
    let point = (p521::ProjectivePoint::GENERATOR * p521::Scalar::from(7u64)).to_affine();
    let spki = sequence(&[
        &sequence(&[&oid("1.2.840.10045.2.1"), &oid("1.3.132.0.35")]),
        &tlv(0x03, &[&[0u8][..], point.to_sec1_point(false).as_bytes()].concat()),
    ]);
    leaf_with_spki(pki, &spki)
}

/// `pki`'s leaf with the SubjectPublicKeyInfo `spki` in place of its own,
/// signed again by the intermediate.
fn leaf_with_spki(pki: &Pki, spki: &[u8]) -> String {
    use common::der::{oid, sequence, signed};
    use rcgen::SigningKey;
    let leaf_der = &common::pem_blocks(&pki.leaf)[0];
    let (_, parsed) = x509_parser::parse_x509_certificate(leaf_der).unwrap();
    let tbs = parsed.tbs_certificate.as_ref();
    let old_key = parsed.tbs_certificate.subject_pki.raw;
    let at = tbs.windows(old_key.len()).position(|window| window == old_key).unwrap();
    // The TBS's own header is rewritten for the new length.
    let header = if tbs[1] & 0x80 == 0 { 2 } else { 2 + usize::from(tbs[1] & 0x7f) };
    let contents = [&tbs[header..at], spki, &tbs[at + old_key.len()..]].concat();
    let tbs = sequence(&[&contents]);
    let signature = pki.intermediate.key().sign(&tbs).unwrap();
    let algorithm = sequence(&[&oid("1.2.840.10045.4.3.2")]);
    common::to_pem("CERTIFICATE", &signed(&tbs, &algorithm, &signature))
}

/// The server's own key on P-521 (a CA's P-521 signatures are fine):
/// Chromium and BoringSSL, Conscrypt and Windows' default curves do not
/// offer it for the handshake signature (Chrome: ERR_SSL_VERSION_OR_CIPHER_MISMATCH);
/// Firefox, Safari, OpenSSL, Go and rustls accept it.
#[test]
fn a_p521_server_key_fails_in_chrome_android_and_windows() {
    use Client::*;
    let pki = Pki::healthy();
    let leaf = leaf_with_p521_key(&pki);
    let report = judge(&[&leaf, &pki.intermediate.pem()], &[], &[&pki.root.pem()], Some(HOST));
    assert_eq!(rules(&report), ["key-algorithm"]);
    refused_by(&report, &[Chrome, Android, Windows], "cert-profile-violation");
    works_in(&report, &[Firefox, Safari, Openssl, Python, Go, Rustls, Java]);
    assert_eq!(report.verdict, Verdict::Errors);
    // Chrome's words for it are tied to it; with a P-256 key, to nothing.
    let said = "www.example.com uses an unsupported protocol. ERR_SSL_VERSION_OR_CIPHER_MISMATCH";
    let report = judge(&[&leaf, &pki.intermediate.pem()], &[said], &[&pki.root.pem()], Some(HOST));
    assert_eq!(client_error(&report).1, ["cert-profile-violation"]);
    let report = judge(&[&pki.leaf, &pki.intermediate.pem()], &[said], &[&pki.root.pem()], Some(HOST));
    assert_eq!(client_error(&report).1, Vec::<&str>::new());
}

/// A version 3 root that says it is no CA — basicConstraints cA=FALSE, or
/// neither basicConstraints nor keyUsage: `openssl verify` refuses it in
/// every mode (error 79 at the root's depth, "invalid CA certificate") and
/// mozilla::pkix takes only a version 1 anchor as a CA without
/// basicConstraints; Go checks intermediates only, and rustls-webpki (its
/// second opinion accepts) and Java use the anchor's name and key. Without
/// basicConstraints but with keyCertSign, OpenSSL's default mode tolerates
/// it (`openssl verify`: OK; `-x509_strict`: error 79). Before, certdoctor
/// said fine (cA=FALSE) or named Python alone.
#[test]
fn a_root_that_is_no_ca_fails_in_openssl_python_and_firefox() {
    use Client::*;
    // rcgen writes no subjectKeyIdentifier without basicConstraints.
    let cases = [
        (rcgen::IsCa::ExplicitNoCa, true, &["root-not-ca"][..], &[Openssl, Python, Firefox][..]),
        (rcgen::IsCa::NoCa, false, &["root-not-ca", "ski-missing"][..], &[Openssl, Python, Firefox][..]),
        (rcgen::IsCa::NoCa, true, &["basic-constraints-missing", "ski-missing"][..], &[Python, Firefox][..]),
    ];
    for (is_ca, key_usage, expected, refusing) in cases {
        let mut root = ca_params("Root that is no CA");
        root.is_ca = is_ca;
        if !key_usage {
            root.key_usages.clear();
        }
        let root = CertifiedIssuer::self_signed(root, KeyPair::generate().unwrap()).unwrap();
        let leaf = leaf_params(&[HOST]).signed_by(&KeyPair::generate().unwrap(), &root).unwrap().pem();
        let report = judge(&[&leaf], &[], &[&root.pem()], Some(HOST));
        assert_eq!(rules(&report), expected);
        assert!(second_opinion_accepts(&report));
        refused_by(&report, refusing, "cert-profile-violation");
        works_in(&report, &[Chrome, Go, Java, Rustls]);
        assert_eq!(works(&report, Openssl), !refusing.contains(&Openssl));
        assert_eq!(report.verdict, Verdict::Errors);
    }
}

/// A root re-created with the same name and key but another
/// subjectKeyIdentifier, under a leaf that names the old one in its
/// authorityKeyIdentifier: OpenSSL does not take the new root as the issuer
/// (`openssl verify`: error 20, unable to get local issuer certificate) and
/// Java's issuer selector matches the identifier; browsers, Go and rustls
/// (its second opinion accepts) go by name and signature.
#[test]
fn an_authority_key_identifier_that_names_another_key_fails_in_openssl_and_java() {
    use Client::*;
    let key = KeyPair::generate().unwrap();
    let key_pem = key.serialize_pem();
    let root_with = |id: u8, key: KeyPair| {
        let mut root = ca_params("Re-created Root");
        root.key_identifier_method = rcgen::KeyIdMethod::PreSpecified(vec![id; 20]);
        CertifiedIssuer::self_signed(root, key).unwrap()
    };
    let original = root_with(1, key);
    let leaf = leaf_params(&[HOST]).signed_by(&KeyPair::generate().unwrap(), &original).unwrap().pem();
    let recreated = root_with(2, KeyPair::from_pem(&key_pem).unwrap());
    let report = judge(&[&leaf], &[], &[&recreated.pem()], Some(HOST));
    assert_eq!(rules(&report), ["aki-mismatch"]);
    assert!(second_opinion_accepts(&report));
    refused_by(&report, &[Openssl, Python, Java], "cert-profile-violation");
    works_in(&report, &[Chrome, Firefox, Safari, Go, Rustls]);
    assert_eq!(report.verdict, Verdict::Errors);
    // Under the root it names, nothing to say.
    assert_eq!(codes(&judge(&[&leaf], &[], &[&original.pem()], Some(HOST))), Vec::<&str>::new());
    // Java's and curl's "issuer not found" are tied to it; Go's would not be
    // (Go finds the issuer by name).
    for said in [
        "javax.net.ssl.SSLHandshakeException: PKIX path building failed: sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path to requested target",
        "curl: (60) SSL certificate problem: unable to get local issuer certificate",
    ] {
        let report = judge(&[&leaf], &[said], &[&recreated.pem()], Some(HOST));
        assert_eq!(client_error(&report).1, ["cert-profile-violation"], "{said}");
    }
    let said = "tls: failed to verify certificate: x509: certificate signed by unknown authority";
    let report = judge(&[&leaf], &[said], &[&recreated.pem()], Some(HOST));
    assert_eq!(client_error(&report).1, Vec::<&str>::new());
}

/// anyExtendedKeyUsage instead of serverAuth, on the leaf or on the CA
/// above it: Chrome, Go and Java take it for serverAuth; mozilla::pkix
/// matches serverAuth itself only, rustls-webpki refuses (RequiredEkuNotFound
/// in its second opinion), and so does OpenSSL's purpose check for a TLS
/// server (curl, Python 3.11 and Node against a local `openssl s_server`:
/// "unsuitable certificate purpose"; `openssl verify` without `-purpose
/// sslserver` says OK, which misled an earlier commit). Before, certdoctor
/// named rustls alone, through the second opinion.
#[test]
fn any_extended_key_usage_without_server_auth_fails_in_firefox_openssl_and_rustls() {
    use rcgen::ExtendedKeyUsagePurpose::Any;
    use Client::*;
    let mut any_leaf = leaf_params(&[HOST]);
    any_leaf.extended_key_usages = vec![Any];
    let mut any_ca = ca_params("Any-purpose CA");
    any_ca.extended_key_usages = vec![Any];
    for pki in [Pki::with_leaf(any_leaf), Pki::with(any_ca, leaf_params(&[HOST]))] {
        let report = pki.judge(Some(HOST));
        assert_eq!(rules(&report), ["eku-any-without-server-auth"]);
        assert!(!second_opinion_accepts(&report));
        refused_by(&report, &[Firefox, Openssl, Python, Rustls], "cert-profile-violation");
        works_in(&report, &[Chrome, Safari, Go, Java]);
        assert_eq!(report.verdict, Verdict::Errors);
        let said = "Certificate type not approved for application. Error code: SEC_ERROR_INADEQUATE_CERT_TYPE";
        let bundle = [pki.leaf.as_str(), &pki.intermediate.pem()];
        let report = judge(&bundle, &[said], &[&pki.root.pem()], Some(HOST));
        assert_eq!(client_error(&report).1, ["cert-profile-violation"]);
    }
}

/// An authorityInfoAccess marked critical (RFC 5280 §4.2.2.1: MUST NOT):
/// `openssl verify` refuses it in every mode (error 34, unhandled critical
/// extension), and so does rustls-webpki (its second opinion); Java's PKIX
/// checkers do not claim it. Before, a warning that named no client.
#[test]
fn a_critical_authority_information_access_fails_in_openssl_java_and_rustls() {
    use common::der::{oid, sequence, tlv};
    use Client::*;
    let url = b"http://ca.example/intermediate.cer";
    let access = sequence(&[&sequence(&[&oid("1.3.6.1.5.5.7.48.2"), &tlv(0x86, url)])]);
    let mut aia = rcgen::CustomExtension::from_oid_content(&[1, 3, 6, 1, 5, 5, 7, 1, 1], access);
    aia.set_criticality(true);
    let mut leaf = leaf_params(&[HOST]);
    leaf.custom_extensions.push(aia);
    let pki = Pki::with_leaf(leaf);
    let report = pki.judge(Some(HOST));
    assert_eq!(rules(&report), ["aia-critical"]);
    assert!(!second_opinion_accepts(&report));
    refused_by(&report, &[Openssl, Python, Java, Rustls], "cert-profile-violation");
    works_in(&report, &[Chrome, Firefox, Go]);
    assert_eq!(report.verdict, Verdict::Errors);
    let said = "javax.net.ssl.SSLHandshakeException: PKIX path validation failed: java.security.cert.CertPathValidatorException: Unrecognized critical extension(s)";
    let report = judge(&[&pki.leaf, &pki.intermediate.pem()], &[said], &[&pki.root.pem()], Some(HOST));
    assert_eq!(client_error(&report).1, ["cert-profile-violation"]);
}

/// OCSP must-staple (RFC 7633's TLS Feature with status_request, as
/// `openssl req -addext tlsfeature=status_request` or certbot's
/// `--must-staple` ask for it): without an OCSP responder in the
/// certificate no server can staple, and Firefox refuses it
/// (MOZILLA_PKIX_ERROR_REQUIRED_TLS_FEATURE_MISSING); with one it depends
/// on the server, a warning that names no client. Before, not judged.
#[test]
fn ocsp_must_staple_fails_in_firefox_when_nothing_can_be_stapled() {
    use common::der::{oid, sequence, tlv};
    use Client::*;
    let must_staple = || rcgen::CustomExtension::from_oid_content(&[1, 3, 6, 1, 5, 5, 7, 1, 24], sequence(&[&tlv(0x02, &[5])]));
    let mut leaf = leaf_params(&[HOST]);
    leaf.custom_extensions.push(must_staple());
    let report = Pki::with_leaf(leaf).judge(Some(HOST));
    assert_eq!(rules(&report), ["must-staple"]);
    refused_by(&report, &[Firefox], "cert-profile-violation");
    works_in(&report, &[Chrome, Safari, Windows, Android, Java, Openssl, Python, Go, Rustls]);
    assert_eq!(report.verdict, Verdict::Errors);
    let said = "Error code: MOZILLA_PKIX_ERROR_REQUIRED_TLS_FEATURE_MISSING";
    let mut leaf = leaf_params(&[HOST]);
    leaf.custom_extensions.push(must_staple());
    let pki = Pki::with_leaf(leaf);
    let report = judge(&[&pki.leaf, &pki.intermediate.pem()], &[said], &[&pki.root.pem()], Some(HOST));
    assert_eq!(client_error(&report).1, ["cert-profile-violation"]);
    let ocsp = sequence(&[&sequence(&[&oid("1.3.6.1.5.5.7.48.1"), &tlv(0x86, b"http://ocsp.example")])]);
    let mut leaf = leaf_params(&[HOST]);
    leaf.custom_extensions.push(must_staple());
    leaf.custom_extensions.push(rcgen::CustomExtension::from_oid_content(&[1, 3, 6, 1, 5, 5, 7, 1, 1], ocsp));
    let report = Pki::with_leaf(leaf).judge(Some(HOST));
    assert_eq!(rules(&report), ["must-staple"]);
    assert!(report.clients.iter().all(|verdict| verdict.works));
    assert_eq!(report.verdict, Verdict::Warnings);
    // Another feature alone (status_request_v2, 17) asks for nothing.
    let mut leaf = leaf_params(&[HOST]);
    leaf.custom_extensions.push(rcgen::CustomExtension::from_oid_content(&[1, 3, 6, 1, 5, 5, 7, 1, 24], sequence(&[&tlv(0x02, &[17])])));
    assert!(rules(&Pki::with_leaf(leaf).judge(Some(HOST))).is_empty());
}

/// A self-signed certificate as `openssl req -x509` makes it by default
/// (cA=TRUE, no extendedKeyUsage), trusted as itself and serving its host:
/// mozilla::pkix refuses a CA certificate as the end entity even when it is
/// the trust anchor (ERROR_CA_CERT_USED_AS_END_ENTITY), rustls-webpki too
/// (its second opinion: CaUsedAsEndEntity), and Apple wants serverAuth in an
/// EKU and at most 825 days (HT210176) of every server's certificate;
/// OpenSSL takes it. Given without its key or a host, it is as often a CA
/// file and is not held to them. Before, "works in every client".
#[test]
fn a_self_signed_certificate_serving_tls_is_held_to_what_clients_require() {
    use Client::*;
    let params = |ca: bool, eku: bool, years: i32| {
        let mut params = rcgen::CertificateParams::new(vec![HOST.to_string()]).unwrap();
        params.distinguished_name.push(rcgen::DnType::CommonName, HOST);
        if ca {
            params.is_ca = rcgen::IsCa::Ca(rcgen::BasicConstraints::Unconstrained);
        }
        if eku {
            params.extended_key_usages = vec![rcgen::ExtendedKeyUsagePurpose::ServerAuth];
        }
        params.not_before = date(2025, 1, 1);
        params.not_after = date(2025 + years, 1, 1);
        params
    };
    let key = KeyPair::generate().unwrap();
    let pem = params(true, false, 1).self_signed(&key).unwrap().pem();
    let report = judge(&[&pem], &[], &[&pem], Some(HOST));
    assert_eq!(rules(&report), ["leaf-is-ca", "leaf-eku-missing"]);
    refused_by(&report, &[Firefox, Rustls, Safari], "cert-profile-violation");
    works_in(&report, &[Chrome, Windows, Android, Java, Openssl, Go]);
    // With its private key and no host: the server's certificate too.
    let report = judge(&[&pem, &key.serialize_pem()], &[], &[&pem], None);
    assert_eq!(rules(&report), ["leaf-is-ca", "leaf-eku-missing"]);
    // Alone, it may be a CA file.
    let report = judge(&[&pem], &[], &[&pem], None);
    assert!(report.clients.iter().all(|verdict| verdict.works), "{:?}", codes(&report));
    // A proper server certificate for ten years (`-days 3650`): Apple alone.
    let pem = params(false, true, 10).self_signed(&key).unwrap().pem();
    let report = judge(&[&pem], &[], &[&pem], Some(HOST));
    assert_eq!(codes(&report), ["cert-validity-too-long"]);
    refused_by(&report, &[Safari], "cert-validity-too-long");
    works_in(&report, &[Chrome, Firefox, Windows, Android, Java, Openssl, Go, Rustls]);
}

/// An empty dNSName beside the real one: not a host name (RFC 5280
/// §4.2.1.6), but ASCII, so Go parses the certificate and, like
/// rustls-webpki (its second opinion accepts), skips the entry. Before,
/// certdoctor said Go and rustls refuse.
#[test]
fn an_empty_dns_name_beside_the_real_one_refuses_no_client() {
    let mut leaf = leaf_params(&[HOST]);
    leaf.subject_alt_names.insert(0, rcgen::SanType::DnsName("".try_into().unwrap()));
    let pki = Pki::with_leaf(leaf);
    let report = pki.judge(Some(HOST));
    assert_eq!(rules(&report), ["san-invalid"]);
    assert!(second_opinion_accepts(&report));
    assert!(report.clients.iter().all(|verdict| verdict.works));
    assert_eq!(report.verdict, Verdict::Warnings);
}

/// An intermediate signed with RSASSA-PSS and the longest salt, as OpenSSL
/// 3.0 signs for `-sigopt rsa_padding_mode:pss` (tests/data/pss-max-salt):
/// `openssl verify` accepts it; Chromium and mozilla::pkix take only the
/// standard parameters (salt = hash length), Go puts other salts in no
/// bucket, and rustls-webpki refuses (its second opinion). Before,
/// certdoctor named rustls alone, through the second opinion.
#[test]
fn an_rsa_pss_signature_with_a_long_salt_fails_in_chrome_firefox_go_and_rustls() {
    use Client::*;
    let read = |file: &str| std::fs::read_to_string(format!("tests/data/pss-max-salt/{file}")).unwrap();
    let report = judge(&[&read("fullchain.pem")], &[], &[&read("root.pem")], Some(HOST));
    assert_eq!(rules(&report), ["pss-salt-length"]);
    assert!(!second_opinion_accepts(&report));
    refused_by(&report, &[Chrome, Firefox, Go, Rustls], "cert-profile-violation");
    works_in(&report, &[Safari, Windows, Openssl, Python, Java]);
    assert_eq!(report.verdict, Verdict::Errors);
    let words = certdoctor::render(&report, certdoctor::Lang::En, &common::controls());
    assert!(words.findings.iter().any(|finding| finding.explanation.to_string().contains("222-byte salt")));
    // Go's words for it are tied to it.
    let said = "tls: failed to verify certificate: x509: certificate signed by unknown authority (possibly because of \"x509: cannot verify signature: algorithm unimplemented\" while trying to verify candidate authority certificate \"PSS Test Intermediate\")";
    let report = judge(&[&read("fullchain.pem")], &[said], &[&read("root.pem")], Some(HOST));
    assert_eq!(client_error(&report).1, ["cert-profile-violation"]);
}

/// No subjectAltName, the name in the common name only: for a host name,
/// the clients that still read the CN (OpenSSL, Python, Java, Windows)
/// accept it. For an IP address they do not: OpenSSL's X509_check_ip
/// (`openssl verify -verify_ip`: error 64), and so Python, and Java's
/// HostnameChecker look for addresses in subjectAltName only. Before,
/// certdoctor said OpenSSL, Python and Java accept an address in the CN.
#[test]
fn an_address_in_the_common_name_alone_is_read_only_by_windows_and_old_android() {
    use Client::*;
    for (name, refusing, accepting) in [
        (HOST, &[Chrome, Firefox, Go, Rustls][..], &[Openssl, Python, Java, Windows][..]),
        ("192.0.2.10", &[Chrome, Firefox, Go, Rustls, Openssl, Python, Java][..], &[Windows, AndroidOld][..]),
    ] {
        let mut leaf = leaf_params(&[]);
        leaf.distinguished_name.push(rcgen::DnType::CommonName, name);
        let pki = Pki::with_leaf(leaf);
        let report = pki.judge(Some(name));
        assert_eq!(codes(&report), ["name-no-san"], "{name}");
        refused_by(&report, refusing, "name-no-san");
        works_in(&report, accepting);
    }
}

/// A CA constrained to ".example.com", as OpenSSL guides write dNSName
/// constraints: RFC 5280 has no leading period, but OpenSSL (`openssl
/// verify`: OK for www.example.com, error 47 for example.com itself), Go,
/// Chromium, mozilla::pkix and rustls-webpki (its second opinion) read it as
/// "subdomains only". Before, certdoctor said every client refuses any
/// chain under it.
#[test]
fn a_leading_period_name_constraint_means_subdomains_only() {
    let mut ca = ca_params("Constrained CA");
    ca.name_constraints = Some(rcgen::NameConstraints {
        permitted_subtrees: vec![rcgen::GeneralSubtree::DnsName(".example.com".into())],
        excluded_subtrees: Vec::new(),
    });
    let below = Pki::with(ca.clone(), leaf_params(&[HOST]));
    let report = judge(&[&below.leaf, &below.intermediate.pem()], &[], &[&below.root.pem()], Some(HOST));
    assert_eq!(codes(&report), ["name-constraints-violated"]);
    assert!(second_opinion_accepts(&report));
    assert!(report.clients.iter().all(|verdict| verdict.works));
    assert_eq!(report.verdict, Verdict::Warnings);
    let strict = judge_with(Profile::Rfc5280, &[&below.leaf, &below.intermediate.pem()], &[&below.root.pem()]);
    assert_eq!(strict.verdict, Verdict::Errors);
    // The apex is not below it.
    let apex = Pki::with(ca, leaf_params(&["example.com"]));
    let report = judge(&[&apex.leaf, &apex.intermediate.pem()], &[], &[&apex.root.pem()], Some("example.com"));
    assert_eq!(codes(&report), ["name-constraints-violated"]);
    assert!(!second_opinion_accepts(&report));
    assert!(report.clients.iter().all(|verdict| !verdict.works));
}

/// x509-limbo's testcase `id`, judged from `profile`'s point of view.
fn limbo_report(id: &str, profile: Profile) -> Report {
    let limbo: serde_json::Value =
        serde_json::from_slice(&common::read_corpus("x509-limbo/limbo.json")).unwrap();
    let testcase = limbo["testcases"].as_array().unwrap().iter().find(|testcase| testcase["id"] == id).unwrap();
    let pems = |value: &serde_json::Value| -> Vec<String> {
        value.as_array().unwrap().iter().map(|pem| pem.as_str().unwrap().to_string()).collect()
    };
    let mut bundle = vec![testcase["peer_certificate"].as_str().unwrap().to_string()];
    bundle.extend(pems(&testcase["untrusted_intermediates"]));
    let at = testcase["validation_time"].as_str().unwrap_or(common::pki::AT);
    let mut options = Options::at(Timestamp::parse(at).unwrap());
    options.public_roots = false;
    options.profile = profile;
    options.host = testcase["expected_peer_name"]["value"].as_str().map(str::to_string);
    options.roots =
        pems(&testcase["trusted_certs"]).iter().map(|pem| Input::new("root.pem", pem.as_bytes().to_vec())).collect();
    analyze(&[Input::new("fullchain.pem", bundle.concat().into_bytes())], &options)
}

/// x509-limbo's own success cases that rustls-webpki refuses for reasons of
/// its own — a path through a self-issued re-key, directoryName
/// constraints: RFC 5280 accepts them (a warning for that rulebook), but
/// rustls clients fail, which the clients' view says (an error naming
/// rustls). Before, the matrix said rustls works.
#[test]
fn chains_rustls_refuses_for_reasons_of_its_own_fail_in_rustls_only() {
    for (id, error) in [
        ("pathlen::self-issued-certs-pathlen", "InvalidSignatureForPublicKey"),
        ("rfc5280::nc::permitted-dn-match", "NameConstraintViolation"),
    ] {
        let auto = limbo_report(id, Profile::Auto);
        assert!(codes(&auto).contains(&"second-opinion-diverges"), "{id}: {:?}", codes(&auto));
        assert_eq!(auto.second_opinion.as_ref().and_then(|opinion| opinion.error).map(|label| label.0), Some(error));
        assert_eq!(because(&auto, Client::Rustls), ["second-opinion-diverges"], "{id}");
        works_in(&auto, &[Client::Chrome, Client::Firefox, Client::Openssl, Client::Go, Client::Java]);
        assert_eq!(auto.verdict, Verdict::Errors, "{id}");
        assert_eq!(limbo_report(id, Profile::Rfc5280).verdict, Verdict::Warnings, "{id}");
    }
}

/// A SAN entry that is not a host name or address, below a CA with name
/// constraints, which every entry is checked against: rustls-webpki refuses
/// both (its second opinion), OpenSSL the unreadable address (`openssl
/// verify`: error 53) but not the name (OK). Before, the matrix said rustls
/// works, and OpenSSL for the address.
#[test]
fn a_malformed_san_entry_below_name_constraints_fails_where_it_is_checked() {
    use Client::*;
    for (id, openssl_refuses) in
        [("rfc5280::nc::nc-permits-invalid-dns-san", false), ("rfc5280::nc::nc-permits-invalid-ip-san", true)]
    {
        let report = limbo_report(id, Profile::Auto);
        assert!(!second_opinion_accepts(&report), "{id}");
        assert!(because(&report, Rustls).contains(&"cert-profile-violation"), "{id}: {:?}", codes(&report));
        assert_eq!(works(&report, Openssl), !openssl_refuses, "{id}: {:?}", because(&report, Openssl));
        assert_eq!(report.verdict, Verdict::Errors, "{id}");
    }
}

/// A leaf without subjectAltName under a CA constrained to other names:
/// OpenSSL checks a common name that looks like a host name against the
/// CA's DNS constraints (`openssl verify`: error 47) — the clients that read
/// the CN refuse it for that, those that ignore it for the missing SAN.
/// Before, certdoctor said OpenSSL and Python accept it.
#[test]
fn a_host_name_in_the_common_name_is_held_to_dns_constraints_by_openssl() {
    use Client::*;
    let constrained_to = |domain: &str| {
        let mut ca = ca_params("Constrained CA");
        ca.name_constraints = Some(rcgen::NameConstraints {
            permitted_subtrees: vec![rcgen::GeneralSubtree::DnsName(domain.into())],
            excluded_subtrees: Vec::new(),
        });
        ca
    };
    let cn_only = || {
        let mut leaf = leaf_params(&[]);
        leaf.distinguished_name.push(rcgen::DnType::CommonName, HOST);
        leaf
    };
    let outside = Pki::with(constrained_to("other.org"), cn_only());
    let report = judge(&[&outside.leaf, &outside.intermediate.pem()], &[], &[&outside.root.pem()], Some(HOST));
    assert_eq!(codes(&report), ["name-constraints-violated", "name-no-san"]);
    refused_by(&report, &[Openssl, Python], "name-constraints-violated");
    works_in(&report, &[Windows, Java]);
    let inside = Pki::with(constrained_to("example.com"), cn_only());
    let report = judge(&[&inside.leaf, &inside.intermediate.pem()], &[], &[&inside.root.pem()], Some(HOST));
    assert_eq!(codes(&report), ["name-no-san"]);
    works_in(&report, &[Openssl, Python, Windows, Java]);
}

/// A wildcard directly over a public suffix that the host relies on. Over
/// "co.uk": OpenSSL (`openssl verify -verify_hostname example.co.uk`: OK),
/// Firefox, Go, Android and rustls-webpki (its second opinion accepts)
/// take it; Chrome and Safari refuse it (Java too, under a public root).
/// Over a single label ("*.lan", common in home and office networks)
/// OpenSSL (error 62), mozilla::pkix and rustls-webpki match nothing
/// either, while Go, Android and Java under a private root take it.
/// Before, certdoctor said no client covers the host.
#[test]
fn a_wildcard_over_a_public_suffix_fails_in_browsers_and_works_in_some_tools() {
    use Client::*;
    let refused = |report: &Report, clients: &[Client]| {
        for client in clients {
            let codes = because(report, *client);
            assert!(codes.contains(&"name-wildcard-public-suffix"), "{client:?}: {codes:?}");
        }
    };
    let pki = Pki::with_leaf(leaf_params(&["*.co.uk"]));
    let report = pki.judge(Some("example.co.uk"));
    assert!(codes(&report).contains(&"name-wildcard-public-suffix"), "{:?}", codes(&report));
    assert!(second_opinion_accepts(&report));
    refused(&report, &[Chrome, Safari]);
    works_in(&report, &[Firefox, Openssl, Python, Go, Java, Android, Rustls]);
    assert_eq!(report.verdict, Verdict::Errors);
    // Chrome's words are tied to it; Java's are not, as Java takes it under
    // a private root.
    let bundle = [pki.leaf.as_str(), &pki.intermediate.pem()];
    let chrome = "NET::ERR_CERT_COMMON_NAME_INVALID";
    let report = judge(&bundle, &[chrome], &[&pki.root.pem()], Some("example.co.uk"));
    assert_eq!(client_error(&report).1, ["name-wildcard-public-suffix"]);
    let java = "javax.net.ssl.SSLHandshakeException: No subject alternative DNS name matching example.co.uk found.";
    let report = judge(&bundle, &[java], &[&pki.root.pem()], Some("example.co.uk"));
    assert_eq!(client_error(&report).1, Vec::<&str>::new());

    let pki = Pki::with_leaf(leaf_params(&["*.lan"]));
    let report = pki.judge(Some("nas.lan"));
    assert!(!second_opinion_accepts(&report));
    refused(&report, &[Chrome, Firefox, Safari, Openssl, Python, Rustls]);
    works_in(&report, &[Go, Java, Android]);

    // The host named by an entry of its own: the wildcard beside it is dead
    // weight, not a refusal.
    let pki = Pki::with_leaf(leaf_params(&["shop.co.uk", "*.co.uk"]));
    let report = pki.judge(Some("shop.co.uk"));
    assert_eq!(rules(&report), ["wildcard-public-suffix"]);
    assert!(report.clients.iter().all(|verdict| verdict.works));
    assert_eq!(report.verdict, Verdict::Warnings);
    // No host named: every name the wildcard would serve fails in browsers.
    let report = pki.judge(None);
    refused_by(&report, &[Chrome, Safari], "cert-profile-violation");
    works_in(&report, &[Firefox, Openssl, Go, Rustls]);
}

/// The host covered only by an entry written with a trailing dot
/// ("example.com.", an absolute name): Chromium, curl and Node strip the
/// dot, and Android makes every name absolute; OpenSSL's X509_check_host
/// does not match it (`openssl verify -verify_hostname example.com`: error
/// 62) and so Python refuses, rustls-webpki (its second opinion refuses)
/// and mozilla::pkix allow only the reference name to be absolute, Go and
/// Apple find a label more, Java's SNIHostName refuses a trailing dot.
/// Before, certdoctor named rustls alone, through the second opinion.
#[test]
fn an_entry_with_a_trailing_dot_fails_in_firefox_safari_python_go_java_and_rustls() {
    use Client::*;
    let pki = Pki::with_leaf(leaf_params(&[&format!("{HOST}.")]));
    let report = pki.judge(Some(HOST));
    assert!(!second_opinion_accepts(&report));
    for client in [Firefox, Safari, Python, Go, Java, Rustls] {
        assert!(because(&report, client).contains(&"name-trailing-dot"), "{client:?}: {:?}", because(&report, client));
    }
    works_in(&report, &[Chrome, Openssl, Android]);
    assert_eq!(rules(&report), ["san-invalid"]);
    // Beside the same name without the dot, the entry is dead weight only.
    let pki = Pki::with_leaf(leaf_params(&[HOST, &format!("{HOST}.")]));
    let report = pki.judge(Some(HOST));
    assert!(second_opinion_accepts(&report));
    assert!(report.clients.iter().all(|verdict| verdict.works));
    assert_eq!(report.verdict, Verdict::Warnings);
}

/// A server key with explicit curve parameters (tests/data/explicit-ec):
/// OpenSSL 3 refuses it in every mode (`openssl verify`: error 94), Java's
/// ECParameters reads named curves only ("Only named ECParameters
/// supported"), and BoringSSL, mozilla::pkix, Go and rustls-webpki parse
/// named curves only. Before, certdoctor said only that the key "cannot be
/// read".
#[test]
fn a_key_with_explicit_curve_parameters_fails_everywhere_and_says_why() {
    let spki = &common::pem_blocks(&std::fs::read_to_string("tests/data/explicit-ec/spki.pem").unwrap())[0];
    let pki = Pki::healthy();
    let leaf = leaf_with_spki(&pki, spki);
    let report = judge(&[&leaf, &pki.intermediate.pem()], &[], &[&pki.root.pem()], Some(HOST));
    assert_eq!(rules(&report), ["key-algorithm"]);
    assert!(report.clients.iter().all(|verdict| !verdict.works));
    let rendered = certdoctor::render(&report, certdoctor::Lang::En, &common::controls());
    let json = serde_json::to_string(&rendered).unwrap();
    assert!(json.contains("explicit-curve") && json.contains("-param_enc explicit"), "{json}");
}

/// An address the leaf lists only as a DNS name (DNS:192.0.2.10), a
/// misissuance RFC 5280 §4.2.1.6 forbids: Apple compares each dNSName
/// with the host as text (SecDNSMatch) and accepts it; OpenSSL's
/// X509_check_ip (`openssl verify -verify_ip`: error 64), Chromium,
/// mozilla::pkix, Go, Java, OkHostnameVerifier and rustls-webpki (its
/// second opinion refuses) read iPAddress entries only. Before, certdoctor
/// said every client refuses it.
#[test]
fn an_address_written_as_a_dns_name_works_in_safari_only() {
    use Client::*;
    let mut leaf = leaf_params(&[]);
    leaf.subject_alt_names = vec![rcgen::SanType::DnsName("192.0.2.10".try_into().unwrap())];
    let pki = Pki::with_leaf(leaf);
    let report = pki.judge(Some("192.0.2.10"));
    assert!(!second_opinion_accepts(&report));
    refused_by(&report, &[Chrome, Firefox, Openssl, Python, Go, Java, Android, Rustls], "name-address-as-dns-name");
    works_in(&report, &[Safari]);
    assert_eq!(report.verdict, Verdict::Errors);
}

/// A leaf whose subjectAltName holds an address only, with the host in its
/// common name (common for internal services): OpenSSL's X509_check_host
/// reads the CN when no dNSName is there (`openssl verify
/// -verify_hostname`: OK), and Python (checked against a local `openssl
/// s_server`), Node (checked too), Java's HostnameChecker and old
/// Android's OkHostnameVerifier accept it; curl reads the CN only without
/// any SAN entry (checked: "no alternative certificate subject name
/// matches"), and the browsers, Go, rustls and current Android never.
/// Before, certdoctor said every client refuses it.
#[test]
fn an_address_only_san_with_the_host_in_the_common_name_works_where_the_cn_is_read() {
    use Client::*;
    let mut leaf = leaf_params(&[HOST]);
    leaf.subject_alt_names = vec![rcgen::SanType::IpAddress("192.0.2.10".parse().unwrap())];
    let pki = Pki::with_leaf(leaf);
    let report = pki.judge(Some(HOST));
    assert!(!second_opinion_accepts(&report));
    refused_by(&report, &[Chrome, Firefox, Safari, Openssl, Go, Android, Rustls], "name-mismatch");
    works_in(&report, &[Python, Java, AndroidOld]);
    // With a DNS name beside the address, the CN is read by no one.
    let mut leaf = leaf_params(&["other.example.net"]);
    leaf.distinguished_name.push(rcgen::DnType::CommonName, HOST);
    let pki = Pki::with_leaf(leaf);
    let report = pki.judge(Some(HOST));
    refused_by(&report, &[Python, Java, Openssl], "name-mismatch");
}

/// A server key on another curve (secp256k1) or DSA (tests/data/other-keys):
/// no TLS 1.3 signature scheme and no default group or cipher of OpenSSL 3
/// offers them — served by `openssl s_server`, curl, Python and Node fail
/// the handshake ("sslv3 alert handshake failure"), as the browsers, Go and
/// rustls do. Before, certdoctor said OpenSSL-based clients and Python
/// accept them.
#[test]
fn a_dsa_or_other_curve_server_key_fails_in_openssl_clients_too() {
    use Client::*;
    for (file, rule) in [("secp256k1.pem", "key-algorithm"), ("dsa.pem", "key-algorithm")] {
        let pem = std::fs::read_to_string(format!("tests/data/other-keys/{file}")).unwrap();
        let pki = Pki::healthy();
        let leaf = leaf_with_spki(&pki, &common::pem_blocks(&pem)[0]);
        let report = judge(&[&leaf, &pki.intermediate.pem()], &[], &[&pki.root.pem()], Some(HOST));
        assert!(rules(&report).contains(&rule), "{file}: {:?}", rules(&report));
        for client in [Chrome, Firefox, Safari, Android, Openssl, Python, Go, Rustls] {
            assert!(!works(&report, client), "{file}: {client:?}");
        }
    }
}

/// The chain `files` (leaf, intermediate, root) of tests/data/`folder`,
/// whose CA's key is of a kind some clients lack, judged for `host`: its
/// signatures are checked (neither unverifiable nor invalid), it breaks
/// `key-algorithm` alone, the clients `working` take it and those
/// `refusing` do not; with a byte of the leaf's signature changed, it is
/// `signature-invalid` and the working clients fail too. The report of the
/// intact chain is returned.
fn ca_key_chain(folder: &str, files: [&str; 3], host: &str, working: &[Client], refusing: &[Client]) -> Report {
    let [leaf, intermediate, root] = files.map(|file| std::fs::read_to_string(format!("tests/data/{folder}/{file}")).unwrap());
    let report = judge(&[&leaf, &intermediate], &[], &[&root], Some(host));
    let found = codes(&report);
    assert!(!found.contains(&"signature-unverifiable") && !found.contains(&"signature-invalid"), "{folder}: {found:?}");
    assert_eq!(rules(&report), ["key-algorithm"], "{folder} {files:?}");
    works_in(&report, working);
    refused_by(&report, refusing, "cert-profile-violation");
    let mut der = common::pem_blocks(&leaf)[0].clone();
    let last = der.len() - 1;
    der[last] ^= 1;
    let broken = common::to_pem("CERTIFICATE", &der);
    let broken = judge(&[&broken, &intermediate], &[], &[&root], Some(host));
    assert!(codes(&broken).contains(&"signature-invalid"), "{folder}: {:?}", codes(&broken));
    assert!(working.iter().all(|client| !works(&broken, *client)), "{folder} {files:?}");
    report
}

/// A CA whose key is on secp256k1 (tests/data/secp256k1-ca, made with
/// OpenSSL 3: `openssl verify` says OK): its signature is checked, not
/// called unverifiable; OpenSSL and Python take the chain, the browsers,
/// Apple, Android, Java, Go and rustls implement no such curve. Before,
/// every client was shown failing on a signature certdoctor could not
/// check.
#[test]
fn a_ca_key_on_secp256k1_is_checked_and_fails_where_the_curve_is_missing() {
    use Client::*;
    let files = ["leaf.pem", "intermediate.pem", "root.pem"];
    ca_key_chain("secp256k1-ca", files, "k1.example.com", &[Openssl, Python], &[Chrome, Firefox, Safari, Android, Java, Go, Rustls]);
}

/// A CA whose key is on a brainpool curve (tests/data/brainpool-ca, made
/// with OpenSSL 3 by its `make.py`: `openssl verify` says OK for all three),
/// as Germany's and other European PKIs issue them: brainpoolP256r1 and
/// P384r1 signatures are checked and named by curve; the clients are those
/// of any CA on another curve (OpenSSL and Python take the chain). Before,
/// the curve was shown as its OID and every client failing on a signature
/// certdoctor could not check. brainpoolP512r1 is still one it cannot
/// check: said so, and no client shown working.
#[test]
fn a_ca_key_on_a_brainpool_curve_is_checked_where_certdoctor_can() {
    use Client::*;
    let missing = [Chrome, Firefox, Safari, Android, Java, Go, Rustls];
    for (tag, curve) in [("p256r1", "brainpoolP256r1"), ("p384r1", "brainpoolP384r1")] {
        let files = [format!("{tag}-leaf.pem"), format!("{tag}-intermediate.pem"), format!("{tag}-root.pem")];
        let report = ca_key_chain("brainpool-ca", files.each_ref().map(String::as_str), "bp.example.com", &[Openssl, Python], &missing);
        let ca = report.certificates().iter().find(|certificate| certificate.is_ca == Some(true) && !certificate.self_issued).unwrap();
        assert_eq!(ca.key.curve.as_deref(), Some(curve), "{tag}");
    }
    let read = |part: &str| std::fs::read_to_string(format!("tests/data/brainpool-ca/p512r1-{part}.pem")).unwrap();
    let report = judge(&[&read("leaf"), &read("intermediate")], &[], &[&read("root")], Some("bp.example.com"));
    let ca = report.certificates().iter().find(|certificate| certificate.is_ca == Some(true) && !certificate.self_issued).unwrap();
    assert_eq!(ca.key.curve.as_deref(), Some("brainpoolP512r1"));
    assert!(codes(&report).contains(&"signature-unverifiable"), "{:?}", codes(&report));
    assert!(report.clients.iter().all(|verdict| !verdict.works));
}

/// A CA whose key is DSA (tests/data/dsa-ca, made with OpenSSL 3 by its
/// `make.py`: `openssl verify` says OK): its dsa_with_SHA256 signature is
/// checked; OpenSSL, Python and Java take the chain, the browsers, Apple,
/// Android, Go and rustls verify no DSA signature. Before, every client was
/// shown failing on a signature certdoctor could not check, and the leaf's
/// algorithm was a bare OID.
#[test]
fn a_ca_key_on_dsa_is_checked_and_fails_where_dsa_is_gone() {
    use Client::*;
    let files = ["leaf.pem", "intermediate.pem", "root.pem"];
    let report = ca_key_chain("dsa-ca", files, "dsa.example.com", &[Openssl, Python, Java], &[Chrome, Firefox, Safari, Android, Go, Rustls]);
    assert_eq!(report.certificates()[0].signature_algorithm, "dsa_with_SHA256");
}

/// The leaf's own marks for what it is for, as OpenSSL's purpose check for
/// a TLS server reads them (curl against a local `openssl s_server`,
/// checked): a Netscape certificate type without SSL server
/// (nsCertType=client, as old easy-rsa setups made them) — Java's
/// EndEntityChecker reads it too, the others ignore it — and a keyUsage
/// with none of digitalSignature, keyEncipherment and keyAgreement
/// (keyCertSign or nonRepudiation alone: "unsuitable certificate
/// purpose"). Before, certdoctor said curl and Python accept them.
#[test]
fn a_leaf_marked_for_other_purposes_fails_in_openssl_clients() {
    use Client::*;
    // BIT STRING, 7 unused bits, the first bit (SSL client) set.
    let client_only = rcgen::CustomExtension::from_oid_content(&[2, 16, 840, 1, 113730, 1, 1], vec![0x03, 0x02, 0x07, 0x80]);
    let mut leaf = leaf_params(&[HOST]);
    leaf.custom_extensions = vec![client_only];
    let pki = Pki::with_leaf(leaf);
    let report = pki.judge(Some(HOST));
    assert_eq!(rules(&report), ["ns-cert-type-forbids"]);
    refused_by(&report, &[Openssl, Python, Java], "cert-profile-violation");
    works_in(&report, &[Chrome, Firefox, Safari, Go, Rustls]);
    // SSL server (the second bit) allowed: nothing to say.
    let mut leaf = leaf_params(&[HOST]);
    leaf.custom_extensions =
        vec![rcgen::CustomExtension::from_oid_content(&[2, 16, 840, 1, 113730, 1, 1], vec![0x03, 0x02, 0x06, 0x40])];
    let pki = Pki::with_leaf(leaf);
    let report = pki.judge(Some(HOST));
    assert_eq!(rules(&report), Vec::<&str>::new());

    for usage in [rcgen::KeyUsagePurpose::ContentCommitment, rcgen::KeyUsagePurpose::KeyAgreement] {
        let mut leaf = leaf_params(&[HOST]);
        leaf.key_usages = vec![usage];
        let pki = Pki::with_leaf(leaf);
        let report = pki.judge(Some(HOST));
        assert_eq!(rules(&report), ["leaf-key-usage-tls"], "{usage:?}");
        assert!(!works(&report, Firefox), "{usage:?}");
        // keyAgreement is one OpenSSL takes; nonRepudiation is not.
        let openssl_takes = usage == rcgen::KeyUsagePurpose::KeyAgreement;
        assert_eq!(works(&report, Openssl), openssl_takes, "{usage:?}");
        assert_eq!(works(&report, Python), openssl_takes, "{usage:?}");
    }
}

/// A subjectAltName with a URI alone (as SPIFFE workloads carry) and the
/// host in the common name: curl too reads the common name when there is
/// no DNS name and no address (checked against a local server, as Python
/// and Node were), so only the clients that never read it refuse.
#[test]
fn a_uri_only_san_with_the_host_in_the_common_name_works_in_curl_too() {
    use Client::*;
    let mut leaf = leaf_params(&[HOST]);
    leaf.subject_alt_names = vec![rcgen::SanType::URI("spiffe://example.org/svc".try_into().unwrap())];
    let pki = Pki::with_leaf(leaf);
    let report = pki.judge(Some(HOST));
    refused_by(&report, &[Chrome, Firefox, Safari, Go, Android, Rustls], "name-mismatch");
    works_in(&report, &[Openssl, Python, Java, AndroidOld]);
}

/// A wildcard inside a label ("f*.example.com"), checked against a local
/// server: curl ("no alternative certificate subject name matches") and
/// Python refuse it, Node and `openssl verify -verify_hostname` take it, as
/// Java's HostnameChecker does (RFC 2818's "f*.com matches foo.com").
/// Before, certdoctor said every client refuses it.
#[test]
fn a_wildcard_inside_a_label_works_in_java_only() {
    use Client::*;
    let pki = Pki::with_leaf(leaf_params(&["f*.example.com"]));
    let report = pki.judge(Some("foo.example.com"));
    assert!(!second_opinion_accepts(&report));
    refused_by(&report, &[Chrome, Firefox, Safari, Openssl, Python, Go, Android, Rustls], "name-partial-wildcard");
    works_in(&report, &[Java]);
}
