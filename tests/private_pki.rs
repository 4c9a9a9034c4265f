//! Private PKI: roots of the user's own, a root moved out of the bundle
//! (the page's "Trust this root"), and TLS interception — a chain for
//! public sites that ends at a private CA, explained as such (issue 15).

mod common;

use certdoctor::{FindingKind, Input, Options, Session, Severity, Timestamp, Verdict};
use common::pki::{ca_params, codes, judge, leaf_params, Pki, AT, HOST};
use rcgen::{CertifiedIssuer, KeyPair};

/// root → intermediate → leaf for `names`, the CAs named as given.
fn pki(root: &str, intermediate: &str, names: &[&str]) -> (String, String, String) {
    let root = CertifiedIssuer::self_signed(ca_params(root), KeyPair::generate().unwrap()).unwrap();
    let intermediate =
        CertifiedIssuer::signed_by(ca_params(intermediate), KeyPair::generate().unwrap(), &root).unwrap();
    let leaf = leaf_params(names).signed_by(&KeyPair::generate().unwrap(), &intermediate).unwrap().pem();
    (leaf, intermediate.pem(), root.pem())
}

fn interception(report: &certdoctor::Report) -> Option<(&Option<String>, &Vec<String>, bool, Severity)> {
    report.findings.iter().find_map(|finding| match &finding.kind {
        FindingKind::TrustInterception { product, names, yours, .. } => {
            Some((product, names, *yours, finding.severity()))
        }
        _ => None,
    })
}

#[test]
fn a_proxy_named_in_the_ca_is_interception_whatever_the_chain_lacks() {
    let (leaf, intermediate, root) = pki("Zscaler Root CA", "Zscaler Intermediate Root CA", &["www.google.com"]);
    let host = Some("www.google.com");
    // Root not given: the path stops at the intermediate's missing issuer.
    let report = judge(&[&leaf, &intermediate], &[], &[], host);
    let (product, names, yours, severity) = interception(&report).expect("interception");
    assert_eq!((product.as_deref(), names.as_slice(), yours), (Some("Zscaler"), &["www.google.com".to_string()][..], false));
    assert_eq!(severity, Severity::Info);
    // Root sent along: an untrusted root, and the same explanation.
    let report = judge(&[&leaf, &intermediate, &root], &[], &[], host);
    assert!(codes(&report).contains(&"trust-untrusted-root"), "{:?}", codes(&report));
    assert_eq!(interception(&report).unwrap().0.as_deref(), Some("Zscaler"));
    // Root trusted by the user: fine for the machines that trust it, and
    // still said to be interception.
    let report = judge(&[&leaf, &intermediate], &[], &[&root], host);
    assert_eq!(codes(&report), ["trust-interception"]);
    assert!(interception(&report).unwrap().2);
    assert_eq!(report.verdict, Verdict::Ok);
    let words = certdoctor::render(&report, certdoctor::Lang::En, &common::controls());
    let fix = words.findings[0].commands.join("\n");
    for command in ["update-ca-certificates", "keytool -importcert", "NODE_EXTRA_CA_CERTS", "http.sslCAInfo", "REQUESTS_CA_BUNDLE"] {
        assert!(fix.contains(command), "{command} in {fix}");
    }
}

#[test]
fn an_unnamed_private_ca_signing_for_public_sites_is_explained_as_interception() {
    let (leaf, intermediate, root) = pki("Acme Security Root", "Acme Security Issuing CA", &["login.microsoftonline.com"]);
    let report = judge(&[&leaf, &intermediate, &root], &[], &[], Some("login.microsoftonline.com"));
    let (product, names, yours, _) = interception(&report).expect("interception");
    assert_eq!((product, names.len(), yours), (&None, 1, false));
    let words = certdoctor::render(&report, certdoctor::Lang::Zh, &common::controls());
    let finding = words.findings.iter().find(|finding| finding.code() == "trust-interception").unwrap();
    assert!(finding.title.contains("TLS 拦截"), "{}", finding.title);
}

#[test]
fn the_users_own_root_is_interception_only_when_its_name_says_so() {
    // A company's own CA for its own public domain.
    let (leaf, intermediate, root) = pki("Acme Root", "Acme Issuing CA", &["app.acme-corp.com"]);
    let report = judge(&[&leaf, &intermediate], &[], &[&root], Some("app.acme-corp.com"));
    assert!(interception(&report).is_none(), "{:?}", codes(&report));
    // A company's inspection CA, named as such.
    let (leaf, intermediate, root) = pki("Acme Root", "Acme SSL Inspection CA", &["www.bbc.co.uk"]);
    let report = judge(&[&leaf, &intermediate], &[], &[&root], Some("www.bbc.co.uk"));
    let (product, _, yours, _) = interception(&report).expect("interception");
    assert_eq!((product, yours), (&None, true));
}

#[test]
fn a_private_pki_for_private_or_reserved_names_is_not_interception() {
    for names in [&[HOST][..], &["git.corp"], &["nas.home.arpa"], &["db.internal", "10.0.0.1"]] {
        let (leaf, intermediate, root) = pki("Acme Root", "Acme Issuing CA", names);
        let report = judge(&[&leaf, &intermediate], &[], &[&root], Some(names[0]));
        assert!(interception(&report).is_none(), "{names:?}: {:?}", codes(&report));
    }
    // A public chain (Amazon's, at a date it was valid) is never interception.
    let amazon = |file: &str| common::read_corpus(&format!("rustls-webpki/tests/amazon/{file}"));
    let mut options = Options::at(Timestamp::parse("2025-02-23").unwrap());
    options.host = Some("valid.rootca1.demo.amazontrust.com".into());
    let inputs = [
        Input::new("leaf.der", amazon("valid.rootca1.demo.amazontrust.com.cer")),
        Input::new("intermediate.der", amazon("r2m03.cer")),
    ];
    let report = certdoctor::analyze(&inputs, &options);
    assert!(report.chain.as_ref().unwrap().trusted);
    assert!(interception(&report).is_none(), "{:?}", codes(&report));
}

#[test]
fn a_root_moved_out_of_the_bundle_is_the_users_root_and_not_served() {
    let pki = Pki::healthy();
    let bundle = [pki.leaf.clone(), pki.intermediate.pem(), pki.root.pem()].concat();
    let root = pki.root.pem();
    let fingerprint = |pem: &str| -> [u8; 32] {
        use sha2::Digest;
        sha2::Sha256::digest(&common::pem_blocks(pem)[0]).into()
    };
    let inputs = [Input::new("fullchain.pem", bundle.into_bytes())];
    let roots = [Input::new("root.pem", root.as_bytes().to_vec())];
    let mut options = Options::at(Timestamp::parse(AT).unwrap());
    options.public_roots = false;
    options.host = Some(HOST.into());
    // Given as a root but left in the bundle: the server sends it.
    let kept = Session::read(&inputs, &roots, &[]).judge(&options);
    assert_eq!(codes(&kept), ["chain-root-included"]);
    // Moved: the bundle no longer holds it, and the input says so.
    let session = Session::read_setting_aside(&inputs, &roots, &[], &[fingerprint(&root)]);
    let moved = session.judge(&options);
    assert_eq!(codes(&moved), Vec::<&str>::new());
    assert_eq!(moved.bundle().count(), 2);
    let notes = &moved.inputs()[0].notes;
    assert!(matches!(&notes[..], [certdoctor::model::Note::MovedToRoots { name }] if name == "Scenario Root"), "{notes:?}");
    assert!(moved.chain.as_ref().unwrap().trusted);
}

#[test]
fn curls_complaint_behind_a_proxy_is_tied_to_the_interception() {
    let (leaf, intermediate, root) = pki("Zscaler Root CA", "Zscaler Intermediate Root CA", &["pypi.org"]);
    let error = "curl: (60) SSL certificate problem: self signed certificate in certificate chain\n";
    let inputs = [Input::new("error.txt", error), Input::new("chain.pem", [leaf, intermediate, root].concat())];
    let mut options = Options::at(Timestamp::parse(AT).unwrap());
    options.public_roots = false;
    let report = certdoctor::analyze(&inputs, &options);
    let explained_by = report.findings.iter().find_map(|finding| match &finding.kind {
        FindingKind::ClientError { explained_by, .. } => Some(explained_by.clone()),
        _ => None,
    });
    let explained_by: Vec<&str> = explained_by.unwrap().iter().map(|code| code.as_str()).collect();
    assert!(explained_by.contains(&"trust-interception"), "{explained_by:?}");
}
