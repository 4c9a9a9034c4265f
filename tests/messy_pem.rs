//! Messy PEM as people paste it, built from a real certificate (badtls.io)
//! and from pyca's real-world fixtures. Each shape has its own test.

mod common;

use certdoctor::{analyze, Input, Options, Report, Timestamp};
use common::read_corpus;

fn certificate_pem() -> String {
    String::from_utf8(read_corpus("badtls.io/certs/domain-match.crt")).unwrap()
}

/// Analyses a paste at a time the certificate is valid, trusting its CA, so
/// that any finding comes from the paste's form.
fn check(text: &str) -> Report {
    let mut options = Options::at(Timestamp::parse("2023-06-01").unwrap());
    options.roots = vec![Input::new("ca.crt", read_corpus("badtls.io/certs/ca.crt"))];
    analyze(&[Input::new("paste", text.as_bytes().to_vec())], &options)
}

fn codes(report: &Report) -> Vec<&'static str> {
    report.findings.iter().map(|finding| finding.code().as_str()).collect()
}

fn assert_reads_one(text: &str) {
    let report = check(text);
    assert_eq!(report.bundle().count(), 1, "{:?}", codes(&report));
    assert_eq!(report.certificates()[0].name, "domain-match.badtls.io");
    assert!(codes(&report).is_empty(), "{:?}", codes(&report));
}

#[test]
fn crlf_line_endings() {
    assert_reads_one(&certificate_pem().replace('\n', "\r\n"));
}

#[test]
fn mixed_line_endings_and_leading_spaces_and_no_final_newline() {
    let pem = certificate_pem();
    let mixed: String = pem
        .lines()
        .enumerate()
        .map(|(n, line)| if n % 2 == 0 { format!("   {line}\r\n") } else { format!("\t{line}\n") })
        .collect();
    assert_reads_one(mixed.trim_end());
}

#[test]
fn collapsed_onto_one_line_by_a_web_form() {
    assert_reads_one(&certificate_pem().replace('\n', " "));
}

#[test]
fn openssl_s_client_showcerts_transcript() {
    let pem = certificate_pem();
    let transcript = format!(
        "CONNECTED(00000003)\ndepth=0 C = US, CN = domain-match.badtls.io\nverify error:num=20:unable to get local issuer certificate\n---\nCertificate chain\n 0 s:C = US, CN = domain-match.badtls.io\n   i:CN = Bad TLS Limited RSA CA\n   a:PKEY: rsaEncryption, 2048 (bit); sigalg: RSA-SHA256\n{pem}---\nServer certificate\nsubject=C = US, CN = domain-match.badtls.io\n---\nSSL handshake has read 1739 bytes and written 393 bytes\nVerification error: unable to get local issuer certificate\n---\n"
    );
    // The certificate is read once; the transcript's own lines are read as
    // what the client said, not as problems with the paste.
    let report = check(&transcript);
    assert_eq!(report.bundle().count(), 1, "{:?}", codes(&report));
    assert_eq!(report.certificates()[0].name, "domain-match.badtls.io");
    assert_eq!(codes(&report), ["client-error", "client-transcript"]);
}

#[test]
fn bag_attributes_from_openssl_pkcs12() {
    let pem = certificate_pem();
    let exported = format!(
        "Bag Attributes\n    localKeyID: 9E 1A 44 F0 1D 32 A4 4B 2F 97 D0 8F 63 8E 0D 8F 2A 0A 1D 6E\n    friendlyName: server\nsubject=C = US, CN = domain-match.badtls.io\nissuer=CN = Bad TLS Limited RSA CA\n{pem}"
    );
    assert_reads_one(&exported);
}

#[test]
fn missing_end_line_is_reported_and_the_rest_is_read() {
    let pem = certificate_pem();
    let chopped = pem.replace("-----END CERTIFICATE-----", "");
    let ca = String::from_utf8(read_corpus("badtls.io/certs/ca.crt")).unwrap();
    let report = check(&format!("{chopped}{ca}"));
    assert!(codes(&report).contains(&"pem-malformed"), "{:?}", codes(&report));
    assert!(report.certificates().iter().any(|certificate| certificate.name == "Bad TLS Limited RSA CA"));
}

#[test]
fn bad_base64_is_reported_with_its_line() {
    let pem = certificate_pem();
    let mut lines: Vec<String> = pem.lines().map(str::to_string).collect();
    lines[3].replace_range(10..11, "!");
    let report = check(&format!("intro line\n{}\n", lines.join("\n")));
    assert_eq!(codes(&report), ["pem-malformed"]);
    match &report.findings[0].kind {
        certdoctor::FindingKind::PemMalformed { line, problem, .. } => {
            assert_eq!(*line, 2);
            assert!(matches!(problem, certdoctor::model::PemProblem::BadBase64 { .. }));
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn json_escaped_newlines() {
    assert_reads_one(&certificate_pem().replace('\n', "\\n"));
}

/// A Kubernetes TLS secret as `kubectl get secret -o yaml` and `-o json`
/// print it (PEM base64-encoded once more under `data`), and the value
/// alone as `-o jsonpath='{.data.tls\.crt}'` prints it, wrapped by
/// `base64` at 76 columns.
#[test]
fn kubernetes_secret_data_base64_encoded_pem() {
    use base64::Engine;
    let wrapped = base64::engine::general_purpose::STANDARD.encode(certificate_pem());
    assert_reads_one(&format!(
        "apiVersion: v1\ndata:\n  tls.crt: {wrapped}\n  tls.key: \"\"\nkind: Secret\nmetadata:\n  name: web-tls\ntype: kubernetes.io/tls\n"
    ));
    assert_reads_one(&format!("{{\"apiVersion\":\"v1\",\"data\":{{\"tls.crt\":\"{wrapped}\"}},\"kind\":\"Secret\"}}"));
    let folded: Vec<&str> = wrapped.as_bytes().chunks(76).map(|line| std::str::from_utf8(line).unwrap()).collect();
    assert_reads_one(&folded.join("\n"));
}

#[test]
fn bare_base64_without_armour() {
    let body: String =
        certificate_pem().lines().filter(|line| !line.starts_with("-----")).collect::<Vec<_>>().join("\n");
    assert_reads_one(&body);
}

#[test]
fn pyca_real_world_fixtures() {
    let base = "pyca-cryptography-vectors/x509";
    for (file, certificates) in [
        ("cryptography.io.chain.pem", 2),
        ("cryptography.io.chain_with_garbage.pem", 2),
        ("cryptography.io.with_garbage.pem", 1),
        ("cryptography.io.with_headers.pem", 1),
        ("cryptography.io.old_header.pem", 1),
    ] {
        let text = String::from_utf8(read_corpus(&format!("{base}/{file}"))).unwrap();
        let report = check(&text);
        assert_eq!(report.bundle().count(), certificates, "{file}: {:?}", codes(&report));
        assert!(!codes(&report).contains(&"pem-malformed"), "{file}: {:?}", codes(&report));
    }
    // The CSR with the pre-RFC 7468 label.
    let old = String::from_utf8(read_corpus(&format!("{base}/requests/ec_sha256_old_header.pem"))).unwrap();
    assert_eq!(check(&old).requests().len(), 1);
}
