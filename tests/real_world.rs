//! Real-world PKI that certdoctor once judged wrongly (issue 11), one test
//! per behaviour: RFC 5280 name matching, the right code for a bad signature
//! by the user's root, delta CRLs and CRL scope, name constraints of every
//! name form, a self-signed leaf trusted as itself, profiles that mean what
//! they say, Unicode names, the order of containers, CA bundles and any
//! verify depth. Generated with rcgen at a fixed moment where no public
//! fixture exists.

mod common;

use certdoctor::{FindingKind, Profile, Report, Verdict};
use common::der::{oid, sequence, signed, tlv, unsigned_integer};
use common::pki::{assert_code, ca_params, codes, judge, judge_with, leaf_params, rules, Pki, HOST};
use rcgen::{
    CertifiedIssuer, CrlDistributionPoint, CustomExtension, DnType, DnValue, ExtendedKeyUsagePurpose,
    GeneralSubtree, IsCa, Issuer, KeyPair, KeyUsagePurpose, NameConstraints, SanType, SigningKey,
};

// 1. Names are compared as RFC 5280 §7.1 asks.

#[test]
fn an_issuer_encoded_differently_is_still_found_and_the_encoding_is_named() {
    let root = CertifiedIssuer::self_signed(ca_params("Name Root"), KeyPair::generate().unwrap()).unwrap();
    let mut intermediate = ca_params("Ignored");
    intermediate.distinguished_name = rcgen::DistinguishedName::new();
    intermediate
        .distinguished_name
        .push(DnType::OrganizationName, DnValue::Utf8String("Example Trust".into()));
    intermediate.distinguished_name.push(DnType::CommonName, DnValue::Utf8String("Example CA 1".into()));
    let intermediate_key = KeyPair::generate().unwrap();
    let intermediate = CertifiedIssuer::signed_by(intermediate, intermediate_key, &root).unwrap();
    // The leaf's issuer field: PrintableString, other letter case, two spaces.
    let mut as_written = ca_params("Ignored");
    as_written.distinguished_name = rcgen::DistinguishedName::new();
    as_written
        .distinguished_name
        .push(DnType::OrganizationName, DnValue::PrintableString("EXAMPLE  trust".try_into().unwrap()));
    as_written
        .distinguished_name
        .push(DnType::CommonName, DnValue::PrintableString("example ca 1".try_into().unwrap()));
    let signer = Issuer::new(as_written, intermediate.key());
    let leaf = leaf_params(&[HOST]).signed_by(&KeyPair::generate().unwrap(), &signer).unwrap().pem();
    let report = judge(&[&leaf, &intermediate.pem()], &[], &[&root.pem()], Some(HOST));
    assert!(!codes(&report).contains(&"chain-incomplete"), "{:?}", codes(&report));
    assert!(report.chain.as_ref().unwrap().trusted);
    assert_eq!(rules(&report), ["issuer-encoding-differs"]);
    // rustls compares bytes and rejects; that is what the rule explains.
    assert!(!report.second_opinion.as_ref().unwrap().accepted);
    assert!(!codes(&report).contains(&"second-opinion-rejected"));
}

// 2. A bad signature by the user's own root.

#[test]
fn a_bad_signature_by_the_users_root_is_signature_invalid_naming_both() {
    let pki = Pki::healthy();
    // A root of the same name with another key.
    let impostor =
        CertifiedIssuer::self_signed(ca_params("Scenario Root"), KeyPair::generate().unwrap()).unwrap();
    let report = judge(&[&pki.leaf, &pki.intermediate.pem()], &[], &[&impostor.pem()], Some(HOST));
    assert!(!codes(&report).contains(&"chain-incomplete"), "{:?}", codes(&report));
    let finding =
        report.findings.iter().find(|finding| finding.code().as_str() == "signature-invalid").unwrap();
    assert!(matches!(&finding.kind, FindingKind::SignatureInvalid { signed, signer }
        if signed == "Scenario Intermediate" && signer == "Scenario Root"));
    assert_eq!(finding.certificates.len(), 2);
}

// 3. Delta CRLs and the scope of a CRL.

/// A CRL entry: the serial and an optional reason code.
struct Entry(&'static [u8], Option<u8>);

fn extension(dotted: &str, critical: bool, value: &[u8]) -> Vec<u8> {
    let criticality = if critical { tlv(0x01, &[0xff]) } else { Vec::new() };
    sequence(&[&oid(dotted), &criticality, &tlv(0x04, value)])
}

/// A CRL by `issuer`, built field by field so that delta indicators,
/// issuing distribution points and unknown extensions can be set.
fn crl(issuer: &CertifiedIssuer<'static, KeyPair>, entries: &[Entry], extensions: &[Vec<u8>]) -> String {
    use x509_parser::prelude::FromDer;
    let (_, parsed) = x509_parser::certificate::X509Certificate::from_der(issuer.der()).unwrap();
    let algorithm = sequence(&[&oid("1.2.840.10045.4.3.2")]);
    let revoked: Vec<Vec<u8>> = entries
        .iter()
        .map(|Entry(serial, reason)| {
            let reason = reason.map(|code| sequence(&[&extension("2.5.29.21", false, &tlv(0x0a, &[code]))]));
            sequence(&[&unsigned_integer(serial), &tlv(0x17, b"250502000000Z"), &reason.unwrap_or_default()])
        })
        .collect();
    let revoked: Vec<&[u8]> = revoked.iter().map(Vec::as_slice).collect();
    let extensions: Vec<&[u8]> = extensions.iter().map(Vec::as_slice).collect();
    let tbs = sequence(&[
        &unsigned_integer(&[1]),
        &algorithm,
        parsed.subject().as_raw(),
        &tlv(0x17, b"250510000000Z"),
        &tlv(0x17, b"250710000000Z"),
        &if revoked.is_empty() { Vec::new() } else { sequence(&revoked) },
        &tlv(0xa0, &sequence(&extensions)),
    ]);
    let signature = issuer.key().sign(&tbs).unwrap();
    common::to_pem("X509 CRL", &signed(&tbs, &algorithm, &signature))
}

fn number(value: u8) -> Vec<u8> {
    extension("2.5.29.20", false, &unsigned_integer(&[value]))
}

fn delta_of(base: u8) -> Vec<u8> {
    extension("2.5.29.27", true, &unsigned_integer(&[base]))
}

/// An issuing distribution point: a URI, and onlyContainsCACerts.
fn scope(uri: Option<&str>, only_ca: bool) -> Vec<u8> {
    let point = uri.map(|uri| tlv(0xa0, &tlv(0xa0, &tlv(0x86, uri.as_bytes())))).unwrap_or_default();
    let only_ca = if only_ca { tlv(0x82, &[0xff]) } else { Vec::new() };
    extension("2.5.29.28", true, &sequence(&[&point, &only_ca]))
}

const LEAF_SERIAL: &[u8] = &[0x10, 0x01];
const CERTIFICATE_HOLD: u8 = 6;
const REMOVE_FROM_CRL: u8 = 8;
const KEY_COMPROMISE: u8 = 1;

fn revoked(pki: &Pki, crls: &[String]) -> bool {
    let crls: Vec<&str> = crls.iter().map(String::as_str).collect();
    let report = judge(&[&pki.leaf, &pki.intermediate.pem()], &crls, &[&pki.root.pem()], Some(HOST));
    codes(&report).contains(&"cert-revoked")
}

#[test]
fn a_delta_crl_releases_a_hold_and_remove_from_crl_is_not_a_revocation() {
    let pki = Pki::healthy();
    let on_hold = crl(&pki.intermediate, &[Entry(LEAF_SERIAL, Some(CERTIFICATE_HOLD))], &[number(5)]);
    assert!(revoked(&pki, std::slice::from_ref(&on_hold)), "a hold is a revocation while it lasts");
    let released =
        crl(&pki.intermediate, &[Entry(LEAF_SERIAL, Some(REMOVE_FROM_CRL))], &[number(6), delta_of(5)]);
    assert!(!revoked(&pki, &[on_hold.clone(), released.clone()]), "the delta released the hold");
    // A delta based on a later CRL than the one given does not apply.
    let too_new =
        crl(&pki.intermediate, &[Entry(LEAF_SERIAL, Some(REMOVE_FROM_CRL))], &[number(9), delta_of(8)]);
    assert!(revoked(&pki, &[on_hold, too_new]));
    // A delta alone is not a complete CRL.
    let delta_alone =
        crl(&pki.intermediate, &[Entry(LEAF_SERIAL, Some(KEY_COMPROMISE))], &[number(7), delta_of(5)]);
    assert!(!revoked(&pki, &[delta_alone]));
    // removeFromCRL in a complete CRL revokes nothing.
    let misused = crl(&pki.intermediate, &[Entry(LEAF_SERIAL, Some(REMOVE_FROM_CRL))], &[number(5)]);
    assert!(!revoked(&pki, &[misused]));
}

#[test]
fn a_crl_covers_only_its_scope() {
    let mut leaf = leaf_params(&[HOST]);
    leaf.crl_distribution_points =
        vec![CrlDistributionPoint { uris: vec!["http://crl.example/ca.crl".into()] }];
    let pki = Pki::with_leaf(leaf);
    let listed = [Entry(LEAF_SERIAL, Some(KEY_COMPROMISE))];
    let only_ca = crl(&pki.intermediate, &listed, &[number(1), scope(None, true)]);
    assert!(!revoked(&pki, &[only_ca]), "a CRL of CA certificates does not cover a leaf");
    let other_point =
        crl(&pki.intermediate, &listed, &[number(1), scope(Some("http://crl.example/other.crl"), false)]);
    assert!(!revoked(&pki, &[other_point]), "another distribution point's CRL");
    let this_point =
        crl(&pki.intermediate, &listed, &[number(1), scope(Some("http://crl.example/ca.crl"), false)]);
    assert!(revoked(&pki, &[this_point]));
}

#[test]
fn a_crl_with_an_unknown_critical_extension_is_not_used() {
    let pki = Pki::healthy();
    let unknown = extension("1.3.6.1.4.1.55555.7", true, &[0x05, 0x00]);
    let crl = crl(&pki.intermediate, &[Entry(LEAF_SERIAL, Some(KEY_COMPROMISE))], &[number(1), unknown]);
    let report = judge(&[&pki.leaf, &pki.intermediate.pem()], &[&crl], &[&pki.root.pem()], Some(HOST));
    assert!(!codes(&report).contains(&"cert-revoked"), "{:?}", codes(&report));
    assert_code(&report, "input-unparseable");
    let text = certdoctor::render(&report, certdoctor::Lang::En, &common::controls()).findings[0]
        .explanation
        .to_string();
    assert!(text.contains("1.3.6.1.4.1.55555.7"), "{text}");
}

// 4. Name constraints of every name form.

/// A leaf under an intermediate with `constraints`, with `san` entries.
fn constrained(constraints: NameConstraints, san: Vec<SanType>) -> Report {
    let mut intermediate = ca_params("Constrained Intermediate");
    intermediate.name_constraints = Some(constraints);
    let mut leaf = leaf_params(&[HOST]);
    leaf.subject_alt_names.extend(san);
    let pki = Pki::with(intermediate, leaf);
    pki.judge(Some(HOST))
}

fn email(address: &str) -> SanType {
    SanType::Rfc822Name(address.try_into().unwrap())
}

#[test]
fn email_constraints_are_evaluated_not_applied_to_every_address() {
    let excluded = |domain: &str| NameConstraints {
        permitted_subtrees: vec![],
        excluded_subtrees: vec![GeneralSubtree::Rfc822Name(domain.into())],
    };
    let report = constrained(excluded("evil.example"), vec![email("alice@good.example")]);
    assert!(!codes(&report).contains(&"name-constraints-violated"), "{:?}", codes(&report));
    let report = constrained(excluded("good.example"), vec![email("alice@good.example")]);
    assert_code(&report, "name-constraints-violated");
    let permitted = NameConstraints {
        permitted_subtrees: vec![
            GeneralSubtree::DnsName(HOST.into()),
            GeneralSubtree::Rfc822Name(".example.com".into()),
        ],
        excluded_subtrees: vec![],
    };
    let report = constrained(permitted.clone(), vec![email("bob@mail.example.com")]);
    assert!(!codes(&report).contains(&"name-constraints-violated"), "{:?}", codes(&report));
    let report = constrained(permitted, vec![email("bob@elsewhere.test")]);
    assert_code(&report, "name-constraints-violated");
}

/// nameConstraints with URI subtrees (rcgen has no URI subtree), as a
/// custom critical extension.
fn uri_constraints(permitted: &str) -> CustomExtension {
    let subtree = sequence(&[&tlv(0x86, permitted.as_bytes())]);
    let value = sequence(&[&tlv(0xa0, &subtree)]);
    let mut extension = CustomExtension::from_oid_content(&[2, 5, 29, 30], value);
    extension.set_criticality(true);
    extension
}

#[test]
fn uri_constraints_are_evaluated_by_host() {
    let with_uri = |uri: &str| {
        let mut intermediate = ca_params("URI-Constrained Intermediate");
        intermediate.custom_extensions.push(uri_constraints(".example.com"));
        let mut leaf = leaf_params(&[HOST]);
        leaf.subject_alt_names.push(SanType::URI(uri.try_into().unwrap()));
        let pki = Pki::with(intermediate, leaf);
        pki.judge(Some(HOST))
    };
    assert!(!codes(&with_uri("https://api.example.com/v1")).contains(&"name-constraints-violated"));
    assert_code(&with_uri("https://api.example.org/v1"), "name-constraints-violated");
    assert_code(&with_uri("urn:uuid:6e8bc430-9c3a-11d9-9669-0800200c9a66"), "name-constraints-violated");
}

#[test]
fn a_directory_name_in_the_san_is_held_to_directory_constraints() {
    let mut organisation = rcgen::DistinguishedName::new();
    organisation.push(DnType::OrganizationName, "Example");
    let mut intermediate = ca_params("Directory-Constrained Intermediate");
    intermediate.name_constraints = Some(NameConstraints {
        permitted_subtrees: vec![GeneralSubtree::DirectoryName(organisation)],
        excluded_subtrees: vec![],
    });
    let mut leaf = leaf_params(&[HOST]);
    leaf.distinguished_name = rcgen::DistinguishedName::new();
    leaf.distinguished_name.push(DnType::OrganizationName, "Example");
    leaf.distinguished_name.push(DnType::CommonName, HOST);
    // subjectAltName: dNSName HOST and a directoryName outside O=Example.
    let elsewhere = sequence(&[&tlv(0x31, &sequence(&[&oid("2.5.4.10"), &tlv(0x0c, b"Elsewhere")]))]);
    let san = sequence(&[&tlv(0x82, HOST.as_bytes()), &tlv(0xa4, &elsewhere)]);
    leaf.subject_alt_names.clear();
    leaf.custom_extensions.push(CustomExtension::from_oid_content(&[2, 5, 29, 17], san));
    let pki = Pki::with(intermediate, leaf);
    let report = pki.judge(Some(HOST));
    assert_code(&report, "name-constraints-violated");
}

// 5. A self-signed leaf trusted as itself.

#[test]
fn a_self_signed_leaf_trusted_as_itself_is_not_judged_as_a_ca() {
    let mut params = leaf_params(&[HOST]);
    params.use_authority_key_identifier_extension = false;
    let leaf = params.self_signed(&KeyPair::generate().unwrap()).unwrap().pem();
    let report = judge_with(Profile::Auto, &[&leaf], &[&leaf]);
    assert!(rules(&report).is_empty(), "{:?}", rules(&report));
    assert_eq!(report.verdict, Verdict::Ok, "{:?}", codes(&report));
}

// 6. Profiles that mean what they say.

#[test]
fn rfc5280_rules_leave_the_baseline_requirements_out_and_web_has_them_all() {
    let mut leaf = leaf_params(&[HOST]);
    leaf.extended_key_usages = vec![
        ExtendedKeyUsagePurpose::ServerAuth,
        ExtendedKeyUsagePurpose::CodeSigning,
        ExtendedKeyUsagePurpose::Any,
    ];
    // A critical SAN with a subject, and a critical EKU (as custom extensions).
    let san = sequence(&[&tlv(0x82, HOST.as_bytes())]);
    let mut san = CustomExtension::from_oid_content(&[2, 5, 29, 17], san);
    san.set_criticality(true);
    leaf.subject_alt_names.clear();
    leaf.custom_extensions.push(san);
    let pki = Pki::with_leaf(leaf);
    let bundle = [pki.leaf.as_str(), &pki.intermediate.pem()];
    let private = judge_with(Profile::Rfc5280, &bundle, &[&pki.root.pem()]);
    let web = judge_with(Profile::Web, &bundle, &[&pki.root.pem()]);
    for rule in ["leaf-eku-any", "leaf-eku-forbidden", "san-critical-with-subject"] {
        assert!(!rules(&private).contains(&rule), "{rule} under rfc5280: {:?}", rules(&private));
        assert!(rules(&web).contains(&rule), "{rule} missing under web: {:?}", rules(&web));
    }
}

// 7 and 8. Unicode names.

#[test]
fn a_unicode_common_name_that_is_the_san_entry_is_not_an_error() {
    let mut leaf = leaf_params(&["xn--bcher-kva.example"]);
    leaf.distinguished_name = rcgen::DistinguishedName::new();
    leaf.distinguished_name.push(DnType::CommonName, "bücher.example");
    let pki = Pki::with_leaf(leaf);
    let report = judge_with(Profile::Web, &[&pki.leaf, &pki.intermediate.pem()], &[&pki.root.pem()]);
    assert!(!rules(&report).contains(&"cn-not-exactly-in-san"), "{:?}", rules(&report));
}

#[test]
fn host_names_are_mapped_as_browsers_map_them() {
    let pki = Pki::with_leaf(leaf_params(&["www.example.com", "xn--fa-hia.de"]));
    let bundle = [pki.leaf.as_str(), &pki.intermediate.pem()];
    for (host, matches) in [
        ("ＷＷＷ．Ｅｘａｍｐｌｅ．ｃｏｍ", true),
        ("WWW.EXAMPLE.COM.", true),
        ("faß.de", true),
        ("FASS.de", false),
    ] {
        let report = judge(&bundle, &[], &[&pki.root.pem()], Some(host));
        assert_eq!(!codes(&report).contains(&"name-mismatch"), matches, "{host}: {:?}", codes(&report));
    }
}

// 9. Containers have no order.

fn p7b(certificates: &[&[u8]]) -> Vec<u8> {
    let signed_data = sequence(&[
        &unsigned_integer(&[1]),
        &tlv(0x31, &[]),
        &sequence(&[&oid("1.2.840.113549.1.7.1")]),
        &tlv(0xa0, &certificates.concat()),
        &tlv(0x31, &[]),
    ]);
    sequence(&[&oid("1.2.840.113549.1.7.2"), &tlv(0xa0, &signed_data)])
}

/// An unprotected PKCS#12 file of certificate bags.
fn p12(certificates: &[&[u8]]) -> Vec<u8> {
    let bags: Vec<Vec<u8>> = certificates
        .iter()
        .map(|der| {
            let cert_bag = sequence(&[&oid("1.2.840.113549.1.9.22.1"), &tlv(0xa0, &tlv(0x04, der))]);
            sequence(&[&oid("1.2.840.113549.1.12.10.1.3"), &tlv(0xa0, &cert_bag)])
        })
        .collect();
    let bags: Vec<&[u8]> = bags.iter().map(Vec::as_slice).collect();
    let data = |inner: &[u8]| sequence(&[&oid("1.2.840.113549.1.7.1"), &tlv(0xa0, &tlv(0x04, inner))]);
    sequence(&[&unsigned_integer(&[3]), &data(&sequence(&[&data(&sequence(&bags))]))])
}

fn judge_file(name: &str, bytes: Vec<u8>, roots: &[&str]) -> Report {
    let mut options = certdoctor::Options::at(certdoctor::Timestamp::parse(common::pki::AT).unwrap());
    options.public_roots = false;
    options.roots =
        roots.iter().map(|pem| certdoctor::Input::new("root.pem", pem.as_bytes().to_vec())).collect();
    certdoctor::analyze(&[certdoctor::Input::new(name, bytes)], &options)
}

#[test]
fn a_container_has_no_order_and_its_fix_rebuilds_it() {
    let pki = Pki::healthy();
    let leaf = common::pem_blocks(&pki.leaf).remove(0);
    let intermediate = pki.intermediate.der().to_vec();
    let report = judge_file("chain.p7b", p7b(&[&intermediate, &leaf]), &[&pki.root.pem()]);
    assert!(!codes(&report).contains(&"chain-out-of-order"), "{:?}", codes(&report));
    let report = judge_file("site.pfx", p12(&[&intermediate, &leaf]), &[&pki.root.pem()]);
    assert!(!codes(&report).contains(&"chain-out-of-order"), "{:?}", codes(&report));
    // A PEM file still has an order.
    let report = judge(&[&pki.intermediate.pem(), &pki.leaf], &[], &[&pki.root.pem()], Some(HOST));
    assert_code(&report, "chain-out-of-order");
    // The intermediate missing from a .pfx: the fix rebuilds the .pfx.
    let report = judge_file("site.pfx", p12(&[&leaf]), &[&pki.root.pem()]);
    let rendered = certdoctor::render(&report, certdoctor::Lang::En, &common::controls());
    let incomplete = rendered
        .findings
        .iter()
        .find(|finding| finding.kind.code() == certdoctor::Code::ChainIncomplete)
        .unwrap();
    assert!(
        incomplete.commands.iter().any(|command| command.starts_with("openssl pkcs12 -export")),
        "{:?}",
        incomplete.commands
    );
    assert!(!incomplete.fix.to_string().contains("cat leaf.pem"));
}

// 10. A pile of CA certificates is a trust store.

#[test]
fn a_ca_bundle_is_reviewed_as_a_trust_store() {
    let bundle = common::read_corpus("trust-stores/cfssl_trust/ca-bundle.crt");
    let report = judge_file("ca-bundle.crt", bundle, &[]);
    let found = codes(&report);
    // The summary first: it says how to read the rest.
    assert_eq!(found[0], "input-ca-bundle", "{found:?}");
    for wrong in [
        "chain-unrelated-certificate",
        "signature-weak-algorithm",
        "cert-profile-violation",
        "trust-untrusted-root",
    ] {
        assert!(!found.contains(&wrong), "{wrong} in {found:?}");
    }
    // 1024-bit roots are there, as warnings: the bundle fails no client.
    assert!(found.contains(&"key-weak"));
    assert_ne!(report.verdict, Verdict::Errors, "{found:?}");
    let summary = report.findings.iter().find_map(|finding| match finding.kind {
        FindingKind::InputCaBundle { certificates, roots, .. } => Some((certificates, roots)),
        _ => None,
    });
    let (certificates, roots) = summary.unwrap();
    assert!(certificates > 300 && roots > 300, "{certificates} certificates, {roots} roots");
    // A root and its intermediate, without a leaf, are a bundle too; a
    // leaf with them is a chain.
    let pki = Pki::healthy();
    let review = judge(&[&pki.intermediate.pem(), &pki.root.pem()], &[], &[], None);
    assert!(codes(&review).contains(&"input-ca-bundle"), "{:?}", codes(&review));
    let chain = judge(&[&pki.leaf, &pki.intermediate.pem(), &pki.root.pem()], &[], &[], None);
    assert!(!codes(&chain).contains(&"input-ca-bundle"));
}

#[test]
fn a_self_signed_certificate_in_a_ca_bundle_that_is_not_a_ca_is_named() {
    let pki = Pki::healthy();
    let mut params = leaf_params(&["pinned.example"]);
    params.is_ca = IsCa::ExplicitNoCa;
    params.key_usages = vec![KeyUsagePurpose::DigitalSignature];
    params.subject_alt_names.clear();
    let pinned = params.self_signed(&KeyPair::generate().unwrap()).unwrap().pem();
    let report = judge(&[&pki.root.pem(), &pinned], &[], &[], None);
    assert_code(&report, "ca-bundle-not-ca");
}

// 11. Any verify depth: tests/cli.rs `any_verify_depth_is_accepted`.
