//! Generated scenarios, one per finding code: a small PKI (root →
//! intermediate → leaf) made with rcgen, judged at a fixed moment, bent in
//! exactly one way per test. Keys are fresh each run; every date, name and
//! structure is fixed, so each outcome is too.

mod common;

use certdoctor::{analyze, Input, Options, Profile, Timestamp, Verdict};
use common::pki::{assert_code, ca_params, codes, date, judge, judge_with, leaf_params, rules, Pki, AT, HOST};
use rcgen::{
    BasicConstraints, CertificateRevocationListParams, CertifiedIssuer, CustomExtension, DnType,
    ExtendedKeyUsagePurpose, GeneralSubtree, IsCa, KeyIdMethod, KeyPair, KeyUsagePurpose, NameConstraints,
    RevokedCertParams, SerialNumber,
};

#[test]
fn healthy_chain_has_no_findings_and_rustls_agrees() {
    let pki = Pki::healthy();
    let report =
        judge(&[&pki.leaf, &pki.intermediate.pem()], &[&pki.leaf_key], &[&pki.root.pem()], Some(HOST));
    assert_eq!(codes(&report), Vec::<&str>::new());
    assert_eq!(report.verdict, Verdict::Ok);
    let chain = report.chain.as_ref().unwrap();
    assert!(chain.trusted && !chain.bundle_needs_fixing);
    assert_eq!(report.keys()[0].certificates, [0]);
    assert!(report.second_opinion.as_ref().unwrap().accepted, "{:?}", report.second_opinion);
}

#[test]
fn chain_out_of_order() {
    let pki = Pki::healthy();
    let report = judge(&[&pki.intermediate.pem(), &pki.leaf], &[], &[&pki.root.pem()], Some(HOST));
    assert_code(&report, "chain-out-of-order");
    assert_eq!(report.verdict, Verdict::Warnings);
}

#[test]
fn chain_incomplete() {
    let pki = Pki::healthy();
    let report = judge(&[&pki.leaf], &[], &[&pki.root.pem()], Some(HOST));
    assert_code(&report, "chain-incomplete");
}

#[test]
fn chain_root_included() {
    let pki = Pki::healthy();
    let report =
        judge(&[&pki.leaf, &pki.intermediate.pem(), &pki.root.pem()], &[], &[&pki.root.pem()], Some(HOST));
    assert_code(&report, "chain-root-included");
    assert_eq!(
        report.chain.as_ref().unwrap().fixed_bundle,
        format!("{}{}", pem_of(&pki.leaf), pem_of(&pki.intermediate.pem()))
    );
}

/// The engine's PEM form of a PEM (line endings may differ).
fn pem_of(text: &str) -> String {
    common::to_pem("CERTIFICATE", &common::pem_blocks(text)[0])
}

#[test]
fn chain_duplicate_certificate() {
    let pki = Pki::healthy();
    let intermediate = pki.intermediate.pem();
    let report = judge(&[&pki.leaf, &intermediate, &intermediate], &[], &[&pki.root.pem()], Some(HOST));
    assert_code(&report, "chain-duplicate-certificate");
}

#[test]
fn chain_unrelated_certificate() {
    let pki = Pki::healthy();
    let other = Pki::healthy();
    let report = judge(
        &[&pki.leaf, &pki.intermediate.pem(), &other.intermediate.pem()],
        &[],
        &[&pki.root.pem()],
        Some(HOST),
    );
    assert_code(&report, "chain-unrelated-certificate");
}

#[test]
fn validity_findings() {
    let mut expired = leaf_params(&[HOST]);
    expired.not_before = date(2024, 1, 1);
    expired.not_after = date(2024, 12, 31);
    let mut future = leaf_params(&[HOST]);
    future.not_before = date(2025, 7, 1);
    let mut soon = leaf_params(&[HOST]);
    soon.not_after = date(2025, 6, 15);
    for (params, code) in
        [(expired, "cert-expired"), (future, "cert-not-yet-valid"), (soon, "cert-expiring-soon")]
    {
        let pki = Pki::with_leaf(params);
        let report = pki.judge(Some(HOST));
        assert_code(&report, code);
    }
    // A six-day certificate (Let's Encrypt's short-lived profile) is not
    // "expiring" with three days left (renewed with a third of its life
    // left), and is with one.
    for (not_before, expiring) in [(date(2025, 5, 29), false), (date(2025, 5, 27), true)] {
        let mut short = leaf_params(&[HOST]);
        short.not_before = not_before;
        short.not_after = not_before + time::Duration::days(6);
        let report = Pki::with_leaf(short).judge(Some(HOST));
        assert_eq!(codes(&report).contains(&"cert-expiring-soon"), expiring, "{:?}", codes(&report));
    }
}

#[test]
fn cert_validity_too_long_outside_a_private_pki() {
    let mut long = leaf_params(&[HOST]);
    long.not_after = date(2027, 1, 1);
    let pki = Pki::with_leaf(long);
    // Not trusted as the user's own root: judged as a public certificate.
    let report = judge(&[&pki.leaf, &pki.intermediate.pem(), &pki.root.pem()], &[], &[], Some(HOST));
    assert_code(&report, "cert-validity-too-long");
    // The user's own root may choose long lifetimes.
    let private = pki.judge(Some(HOST));
    assert!(!codes(&private).contains(&"cert-validity-too-long"));
}

#[test]
fn names() {
    let pki = Pki::healthy();
    let report =
        pki.judge(Some("shop.example.org"));
    assert_code(&report, "name-mismatch");

    let mut no_san = leaf_params(&[]);
    no_san.distinguished_name.push(DnType::CommonName, HOST);
    let pki = Pki::with_leaf(no_san);
    let report = pki.judge(Some(HOST));
    assert_code(&report, "name-no-san");
}

#[test]
fn key_mismatch_names_where_the_key_belongs() {
    let pki = Pki::healthy();
    let other = Pki::healthy();
    let report =
        judge(&[&pki.leaf, &pki.intermediate.pem()], &[&other.leaf_key], &[&pki.root.pem()], Some(HOST));
    assert_code(&report, "key-mismatch");
}

#[test]
fn trust_findings() {
    let pki = Pki::healthy();
    let report = judge(&[&pki.leaf, &pki.intermediate.pem(), &pki.root.pem()], &[], &[], Some(HOST));
    assert_code(&report, "trust-untrusted-root");

    let key = KeyPair::generate().unwrap();
    let mut params = leaf_params(&[HOST]);
    // Self-signed certificates need no authorityKeyIdentifier (RFC 5280 §4.2.1.1).
    params.use_authority_key_identifier_extension = false;
    let self_signed = params.self_signed(&key).unwrap().pem();
    let report = judge(&[&self_signed], &[], &[], Some(HOST));
    assert_code(&report, "trust-self-signed");
    assert!(!codes(&report).contains(&"cert-profile-violation"), "{:?}", codes(&report));
}

#[test]
fn issuer_not_ca() {
    let mut not_ca = ca_params("Not A CA");
    not_ca.is_ca = IsCa::ExplicitNoCa;
    let pki = Pki::with(not_ca, leaf_params(&[HOST]));
    let report = pki.judge(Some(HOST));
    assert_code(&report, "issuer-not-ca");
}

#[test]
fn path_length_exceeded() {
    let root =
        CertifiedIssuer::self_signed(ca_params("Scenario Root"), KeyPair::generate().unwrap()).unwrap();
    let mut first = ca_params("Intermediate With Path Length 0");
    first.is_ca = IsCa::Ca(BasicConstraints::Constrained(0));
    let first = CertifiedIssuer::signed_by(first, KeyPair::generate().unwrap(), &root).unwrap();
    let second =
        CertifiedIssuer::signed_by(ca_params("Second Intermediate"), KeyPair::generate().unwrap(), &first)
            .unwrap();
    let leaf = leaf_params(&[HOST]).signed_by(&KeyPair::generate().unwrap(), &second).unwrap().pem();
    let report = judge(&[&leaf, &second.pem(), &first.pem()], &[], &[&root.pem()], Some(HOST));
    assert_code(&report, "path-length-exceeded");
}

#[test]
fn eku_server_auth_missing() {
    let mut client = leaf_params(&[HOST]);
    client.extended_key_usages = vec![ExtendedKeyUsagePurpose::ClientAuth];
    let pki = Pki::with_leaf(client);
    let report = pki.judge(Some(HOST));
    assert_code(&report, "eku-server-auth-missing");
}

#[test]
fn name_constraints_violated() {
    let mut constrained = ca_params("Constrained Intermediate");
    constrained.name_constraints = Some(NameConstraints {
        permitted_subtrees: vec![GeneralSubtree::DnsName("example.com".into())],
        excluded_subtrees: vec![],
    });
    let pki = Pki::with(constrained.clone(), leaf_params(&["www.example.org"]));
    let report =
        pki.judge(Some("www.example.org"));
    assert_code(&report, "name-constraints-violated");
    let inside = Pki::with(constrained, leaf_params(&[HOST]));
    let report = judge(&[&inside.leaf, &inside.intermediate.pem()], &[], &[&inside.root.pem()], Some(HOST));
    assert!(!codes(&report).contains(&"name-constraints-violated"), "{:?}", codes(&report));
}

#[test]
fn directory_name_constraints_bind_the_subject() {
    let mut organisation = rcgen::DistinguishedName::new();
    organisation.push(DnType::CountryName, "NL");
    organisation.push(DnType::OrganizationName, "Example");
    let mut constrained = ca_params("Directory-Constrained Intermediate");
    constrained.name_constraints = Some(NameConstraints {
        permitted_subtrees: vec![GeneralSubtree::DirectoryName(organisation)],
        excluded_subtrees: vec![],
    });
    let leaf_in = |country: &str, organisation: &str| {
        let mut params = leaf_params(&[HOST]);
        params.distinguished_name = rcgen::DistinguishedName::new();
        params.distinguished_name.push(DnType::CountryName, country);
        params.distinguished_name.push(DnType::OrganizationName, organisation);
        params.distinguished_name.push(DnType::CommonName, HOST);
        params
    };
    let inside = Pki::with(constrained.clone(), leaf_in("NL", "Example"));
    let report = judge(&[&inside.leaf, &inside.intermediate.pem()], &[], &[&inside.root.pem()], Some(HOST));
    // Within them by RFC 5280; rustls-webpki evaluates no directoryName
    // constraints and refuses the chain, which only rustls clients feel.
    assert_eq!(codes(&report), ["second-opinion-diverges"]);
    let failing: Vec<_> = report.clients.iter().filter(|verdict| !verdict.works).map(|verdict| verdict.client).collect();
    assert_eq!(failing, [certdoctor::client::Client::Rustls]);
    let outside = Pki::with(constrained, leaf_in("NL", "Elsewhere"));
    let report =
        judge(&[&outside.leaf, &outside.intermediate.pem()], &[], &[&outside.root.pem()], Some(HOST));
    assert_eq!(codes(&report), ["name-constraints-violated"]);
    let words = certdoctor::render(&report, certdoctor::Lang::En, &common::controls()).findings[0]
        .explanation
        .to_string();
    assert!(
        words.contains("is outside the permitted subtrees")
            && words.contains("O=Elsewhere")
            && words.contains("O=Example"),
        "{words}"
    );
}

#[test]
fn cert_revoked_by_a_given_crl() {
    let pki = Pki::healthy();
    let crl = CertificateRevocationListParams {
        this_update: date(2025, 5, 1),
        next_update: date(2025, 7, 1),
        crl_number: SerialNumber::from(7u64),
        issuing_distribution_point: None,
        revoked_certs: vec![RevokedCertParams {
            serial_number: SerialNumber::from_slice(&[0x10, 0x01]),
            revocation_time: date(2025, 5, 2),
            reason_code: None,
            invalidity_date: None,
        }],
        key_identifier_method: KeyIdMethod::Sha256,
    }
    .signed_by(&pki.intermediate)
    .unwrap()
    .pem()
    .unwrap();
    let report = judge(&[&pki.leaf, &pki.intermediate.pem()], &[&crl], &[&pki.root.pem()], Some(HOST));
    assert_code(&report, "cert-revoked");
}

#[test]
fn unknown_critical_extension() {
    let mut leaf = leaf_params(&[HOST]);
    let mut extension = CustomExtension::from_oid_content(&[1, 3, 6, 1, 4, 1, 55555, 1], vec![0x05, 0x00]);
    extension.set_criticality(true);
    leaf.custom_extensions.push(extension);
    let pki = Pki::with_leaf(leaf);
    let report = pki.judge(Some(HOST));
    assert_code(&report, "cert-critical-extension-unknown");
}

#[test]
fn signature_invalid_when_a_byte_changes() {
    let pki = Pki::healthy();
    let mut der = common::pem_blocks(&pki.leaf)[0].clone();
    let last = der.len() - 1;
    der[last] ^= 0x01;
    let tampered = common::to_pem("CERTIFICATE", &der);
    let report = judge(&[&tampered, &pki.intermediate.pem()], &[], &[&pki.root.pem()], Some(HOST));
    assert_code(&report, "signature-invalid");
}

#[test]
fn chain_too_long_for_the_clients_verify_depth() {
    let root =
        CertifiedIssuer::self_signed(ca_params("Scenario Root"), KeyPair::generate().unwrap()).unwrap();
    let first =
        CertifiedIssuer::signed_by(ca_params("First Intermediate"), KeyPair::generate().unwrap(), &root)
            .unwrap();
    let second =
        CertifiedIssuer::signed_by(ca_params("Second Intermediate"), KeyPair::generate().unwrap(), &first)
            .unwrap();
    let leaf = leaf_params(&[HOST]).signed_by(&KeyPair::generate().unwrap(), &second).unwrap().pem();
    let judge_depth = |max: Option<usize>| {
        let inputs = [Input::new("fullchain.pem", [leaf.as_str(), &second.pem(), &first.pem()].concat())];
        let mut options = Options::at(Timestamp::parse(AT).unwrap());
        options.public_roots = false;
        options.roots = vec![Input::new("root.pem", root.pem())];
        options.host = Some(HOST.into());
        options.max_intermediates = max;
        analyze(&inputs, &options)
    };
    assert_eq!(codes(&judge_depth(None)), Vec::<&str>::new());
    assert_eq!(codes(&judge_depth(Some(2))), Vec::<&str>::new());
    let short = judge_depth(Some(1));
    assert_eq!(codes(&short), ["chain-too-long"]);
    let words = certdoctor::render(&short, certdoctor::Lang::En, &common::controls()).findings[0]
        .explanation
        .to_string();
    assert!(words.contains("2 intermediate CA(s)") && words.contains("allows 1"), "{words}");
}

#[test]
fn web_pki_rules_apply_to_public_chains_not_private_ones() {
    let mut odd = leaf_params(&[HOST]);
    odd.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    odd.extended_key_usages = Vec::new();
    let pki = Pki::with_leaf(odd);
    // The user's own root: a private PKI, judged by RFC 5280 — and, judged
    // by the clients, by the two Web PKI rules clients enforce under any
    // root: Firefox and rustls refuse a CA certificate as the server's
    // (rustls-webpki's second opinion says CaUsedAsEndEntity), Apple an
    // EKU-less one.
    let private = pki.judge(Some(HOST));
    assert_eq!(private.profile, Profile::Rfc5280);
    assert_eq!(rules(&private), ["leaf-is-ca", "leaf-eku-missing"]);
    assert_eq!(private.verdict, Verdict::Errors);
    assert!(private.second_opinion.as_ref().is_some_and(|opinion| !opinion.accepted));
    let refusing: Vec<&str> = private
        .clients
        .iter()
        .filter(|verdict| !verdict.works)
        .map(|verdict| verdict.client.as_str())
        .collect();
    assert_eq!(refusing, ["firefox", "safari", "rustls"]);
    // `--profile rfc5280` is RFC 5280 alone.
    let (intermediate, root) = (pki.intermediate.pem(), pki.root.pem());
    let (bundle, roots) = ([pki.leaf.as_str(), intermediate.as_str()], [root.as_str()]);
    assert_eq!(rules(&judge_with(Profile::Rfc5280, &bundle, &roots)), Vec::<&str>::new());
    // The same chain held to the Web PKI's rules.
    let web = judge_with(Profile::Web, &bundle, &roots);
    assert_eq!(web.profile, Profile::Web);
    assert_eq!(rules(&web), ["leaf-is-ca", "leaf-eku-missing"]);
    assert_eq!(web.verdict, Verdict::Errors);
    let fix = certdoctor::render(&web, certdoctor::Lang::En, &common::controls()).findings[0].fix.to_string();
    assert!(fix.contains("--profile rfc5280"), "{fix}");
    // Without the root given, the path is not private: auto means web.
    let untrusted = judge(&[&pki.leaf, &pki.intermediate.pem(), &pki.root.pem()], &[], &[], Some(HOST));
    assert_eq!(untrusted.profile, Profile::Web);
    assert!(rules(&untrusted).contains(&"leaf-is-ca"));
}

#[test]
fn wildcard_over_a_public_suffix_covers_a_host_only_for_lenient_clients() {
    let pki = Pki::with_leaf(leaf_params(&["*.co.uk"]));
    let report = pki.judge(Some("example.co.uk"));
    assert_code(&report, "name-wildcard-public-suffix");
    assert!(!codes(&report).contains(&"name-mismatch"));
    assert_eq!(rules(&report), ["wildcard-public-suffix"]);
    // One level down it is an ordinary wildcard.
    let pki = Pki::with_leaf(leaf_params(&["*.example.co.uk"]));
    let report =
        pki.judge(Some("www.example.co.uk"));
    assert_eq!(codes(&report), Vec::<&str>::new());
}

#[test]
fn roots_own_encoding_is_judged_as_strict_openssl_does() {
    // A root whose basicConstraints is not critical: Python 3.13+ (OpenSSL's
    // X509_STRICT) refuses it; rustls accepts it.
    let mut params = ca_params("Lax Root");
    params.is_ca = IsCa::NoCa;
    let mut basic_constraints =
        CustomExtension::from_oid_content(&[2, 5, 29, 19], vec![0x30, 0x03, 0x01, 0x01, 0xff]);
    basic_constraints.set_criticality(false);
    params.custom_extensions.push(basic_constraints);
    let root = CertifiedIssuer::self_signed(params, KeyPair::generate().unwrap()).unwrap();
    let leaf = leaf_params(&[HOST]).signed_by(&KeyPair::generate().unwrap(), &root).unwrap().pem();
    let report = judge(&[&leaf], &[], &[&root.pem()], Some(HOST));
    // rcgen writes no subjectKeyIdentifier when it is not told the
    // certificate is a CA, which RFC 5280 §4.2.1.2 also requires of roots.
    assert_eq!(rules(&report), ["ski-missing", "basic-constraints-not-critical"]);
    assert!(report.chain.as_ref().unwrap().trusted);
    assert!(report.second_opinion.as_ref().unwrap().accepted);
}

#[test]
fn leaf_key_usage_must_allow_signing_the_handshake() {
    let mut encipher_only = leaf_params(&[HOST]);
    encipher_only.key_usages = vec![KeyUsagePurpose::KeyEncipherment];
    let pki = Pki::with_leaf(encipher_only);
    let report = pki.judge(Some(HOST));
    assert_eq!(rules(&report), ["leaf-key-usage-tls"]);
    let words = certdoctor::render(&report, certdoctor::Lang::En, &common::controls()).findings[0]
        .explanation
        .to_string();
    // rcgen's keys are ECDSA: no handshake at all may use it.
    assert!(words.contains("keyEncipherment") && words.contains("no TLS handshake"), "{words}");
}
