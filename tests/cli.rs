//! The CLI contract: exit codes, JSON shape, usage errors, on real
//! certificates from the badtls.io corpus.

mod common;

use std::io::Write;
use std::process::{Command, Output, Stdio};

use common::corpus_file;
use serde_json::Value;

fn certdoctor(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_certdoctor"))
        .args(args)
        .env_remove("NO_COLOR")
        .output()
        .expect("run certdoctor")
}

fn badtls(name: &str) -> String {
    corpus_file(&format!("badtls.io/certs/{name}")).display().to_string()
}

fn json_of(output: &Output) -> Value {
    serde_json::from_slice(&output.stdout).unwrap_or_else(|error| {
        panic!("stdout is not JSON ({error}): {}", String::from_utf8_lossy(&output.stdout))
    })
}

fn codes(report: &Value) -> Vec<String> {
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|finding| finding["code"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn expired_leaf_exits_1_with_cert_expired() {
    let output = certdoctor(&["check", &badtls("expired.crt"), "--json", "--at", "2023-06-01T00:00:00Z"]);
    assert_eq!(output.status.code(), Some(1), "{}", String::from_utf8_lossy(&output.stderr));
    let report = json_of(&output);
    assert_eq!(report["verdict"], "errors");
    let finding = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|finding| finding["code"] == "cert-expired")
        .expect("cert-expired finding");
    assert_eq!(finding["severity"], "error");
    assert_eq!(finding["certificates"], serde_json::json!([0]));
    assert_eq!(finding["context"]["not_after"], "2023-01-01T00:00:00Z");
    assert_eq!(finding["context"]["days"], 151);
    let title = finding["title"].as_str().unwrap();
    assert!(title.contains("expired.badtls.io") && title.contains("2023-01-01"), "{title}");
    assert!(finding["explanation"].as_str().unwrap().contains("151 days"));
    assert!(!finding["fix"].as_str().unwrap().is_empty());
    assert_eq!(report["certificates"][0]["name"], "expired.badtls.io");
    assert_eq!(report["certificates"][0]["key"]["algorithm"], "RSA");
}

#[test]
fn valid_leaf_exits_0_and_expiry_window_warns() {
    let root = badtls("ca.crt");
    let at_mid =
        certdoctor(&["check", &badtls("domain-match.crt"), "--root", &root, "--json", "--at", "2023-06-01"]);
    assert_eq!(at_mid.status.code(), Some(0));
    let report = json_of(&at_mid);
    assert!(!codes(&report).iter().any(|code| code.starts_with("cert-")), "{:?}", codes(&report));

    // 2024-01-01 is 17 days after 2023-12-15: inside the default 30-day window…
    let near_end =
        certdoctor(&["check", &badtls("domain-match.crt"), "--root", &root, "--json", "--at", "2023-12-15"]);
    assert_eq!(near_end.status.code(), Some(0), "warnings still exit 0");
    let report = json_of(&near_end);
    assert_eq!(report["verdict"], "warnings");
    assert_eq!(codes(&report), ["cert-expiring-soon"]);
    assert_eq!(report["findings"][0]["context"]["days"], 17);
    // …and outside a 10-day one.
    let narrow = certdoctor(&[
        "check",
        &badtls("domain-match.crt"),
        "--json",
        "--at",
        "2023-12-15",
        "--warn-days",
        "10",
    ]);
    assert!(!codes(&json_of(&narrow)).contains(&"cert-expiring-soon".to_string()));
}

#[test]
fn future_leaf_is_not_yet_valid() {
    let output = certdoctor(&["check", &badtls("future.crt"), "--json", "--at", "2023-06-01"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(codes(&json_of(&output)).contains(&"cert-not-yet-valid".to_string()));
}

#[test]
fn several_files_and_standard_input() {
    let expired = std::fs::read(badtls("expired.crt")).unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_certdoctor"))
        .args(["check", "-", &badtls("future.crt"), "--json", "--at", "2023-06-01"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(&expired).unwrap();
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    let report = json_of(&output);
    assert_eq!(report["inputs"][0]["name"], "standard input");
    assert_eq!(report["certificates"].as_array().unwrap().len(), 2);
    // The first leaf is the one checked; the second is not on its path.
    let found = codes(&report);
    assert!(found.contains(&"cert-expired".to_string()), "{found:?}");
    assert!(found.contains(&"chain-unrelated-certificate".to_string()), "{found:?}");
}

fn with_stdin(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_certdoctor"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    child.wait_with_output().unwrap()
}

#[test]
fn an_error_message_alone_on_standard_input_is_a_report_that_exits_0() {
    let line = b"x509: certificate signed by unknown authority\n";
    let output = with_stdin(&["check", "-", "--json"], line);
    assert_eq!(output.status.code(), Some(0), "{}", String::from_utf8_lossy(&output.stdout));
    let report = json_of(&output);
    assert_eq!(codes(&report), ["client-error"]);
    let error = &report["client_errors"][0];
    assert_eq!(error["client"], "go");
    assert_eq!(error["family"], "unknown-issuer");
    assert_eq!(error["line"], 1);
    assert!(error["codes"].as_array().unwrap().iter().any(|code| code == "chain-incomplete"), "{error}");

    // The readable report does not call an unchecked chain "OK", in either language.
    let text = with_stdin(&["check", "-"], line);
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(text.starts_with("NOTHING TO CHECK"), "{text}");
    assert!(text.contains("s_client"), "{text}");
    let chinese = with_stdin(&["check", "-", "--lang", "zh"], line);
    let chinese = String::from_utf8_lossy(&chinese.stdout);
    assert!(chinese.starts_with("无可检查"), "{chinese}");
}

#[test]
fn profile_and_depth_flags_reach_the_report() {
    // Amazon's demo leaf, its intermediates among 16, and its root.
    let dir = corpus_file("rustls-webpki/tests/amazon");
    let mut args: Vec<String> =
        ["check", "valid.rootca1.demo.amazontrust.com.cer"].iter().map(|a| a.to_string()).collect();
    let mut intermediates: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().into_string().unwrap())
        .filter(|name| name.len() == 9 && name.ends_with(".cer") && name[2..4] == *"m0")
        .collect();
    intermediates.sort();
    assert_eq!(intermediates.len(), 16);
    args.extend(intermediates);
    args =
        args.into_iter().map(|a| if a == "check" { a } else { dir.join(a).display().to_string() }).collect();
    let root = dir.join("AmazonRootCA1.cer").display().to_string();
    args.extend(
        ["--root", &root, "--no-public-roots", "--json", "--at", "2025-02-23T10:02:16Z"].map(String::from),
    );
    let run = |extra: &[&str]| {
        let all: Vec<&str> = args.iter().map(String::as_str).chain(extra.iter().copied()).collect();
        let output = certdoctor(&all);
        let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
        let codes: Vec<String> = report["findings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["code"].as_str().unwrap().to_string())
            .collect();
        (output.status.code(), report["profile"].as_str().unwrap().to_string(), codes)
    };
    let (status, profile, codes) = run(&[]);
    assert_eq!(profile, "rfc5280", "a path to --root is a private PKI");
    assert!(!codes.contains(&"chain-too-long".to_string()));
    assert_eq!(status, Some(0), "{codes:?}");
    assert_eq!(run(&["--profile", "web"]).1, "web");
    let (status, _, codes) = run(&["--max-depth", "0"]);
    assert_eq!(status, Some(1));
    assert!(codes.contains(&"chain-too-long".to_string()), "{codes:?}");
    assert!(!run(&["--max-depth", "1"]).2.contains(&"chain-too-long".to_string()));
}

#[test]
fn stores_choose_the_matrix_and_json_carries_it() {
    let leaf = common::corpus_file("rustls-webpki/tests/amazon/valid.rootca1.demo.amazontrust.com.cer");
    let leaf = leaf.to_str().unwrap();
    let output = certdoctor(&["check", leaf, "--at", "2025-02-23", "--stores", "mozilla,java", "--json"]);
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let stores: Vec<&str> =
        report["stores"].as_array().unwrap().iter().map(|s| s["store"].as_str().unwrap()).collect();
    assert_eq!(stores, ["mozilla", "java"]);
    let clients = report["clients"].as_array().unwrap();
    assert!(clients.iter().all(|c| ["mozilla", "java"].contains(&c["store"].as_str().unwrap())));
    let java = clients.iter().find(|c| c["client"] == "java").unwrap();
    assert_eq!(java["works"], false);
    assert_eq!(java["because"], serde_json::json!(["chain-incomplete"]));
    assert!(report["summary"].as_str().unwrap().starts_with("Fails in Java"));
    // The readable report names the clients too.
    let text = String::from_utf8(certdoctor(&["check", leaf, "--at", "2025-02-23"]).stdout).unwrap();
    assert!(text.contains("✗ Java chain-incomplete") && text.contains("Refused by: "), "{text}");
    let bad = certdoctor(&["check", leaf, "--stores", "mozilla,netscape"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("netscape"));
}

#[test]
fn any_verify_depth_is_accepted() {
    // Clients take any depth (OpenSSL's and nginx's are ints); a large one
    // never bites.
    let cert = badtls("domain-match.crt");
    for depth in ["255", "4294967295"] {
        let output = certdoctor(&["check", &cert, "--max-depth", depth, "--json"]);
        assert_ne!(
            output.status.code(),
            Some(2),
            "--max-depth {depth}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        assert!(!String::from_utf8_lossy(&output.stdout).contains("chain-too-long"));
    }
}

#[test]
fn usage_errors_exit_2_with_one_line() {
    let cert = badtls("expired.crt");
    let cases: [&[&str]; 10] = [
        &["check", &cert, "--frobnicate"],
        &["check", &cert, "--at", "last tuesday"],
        &["check", "/no/such/file.pem"],
        &["check"],
        &[],
        &["verify", &cert],
        &["check", &cert, "--lang", "fr"],
        &["check", &cert, "--host", "exa mple.com"],
        &["check", &cert, "--profile", "strict"],
        &["check", &cert, "--max-depth", "-1"],
    ];
    for args in cases {
        let output = certdoctor(args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        let stderr = String::from_utf8(output.stderr).unwrap();
        assert_eq!(stderr.lines().count(), 1, "{args:?}: {stderr}");
        assert!(stderr.starts_with("certdoctor: "), "{stderr}");
        assert!(output.stdout.is_empty(), "{args:?}");
    }
    let unknown = certdoctor(&["check", &cert, "--frobnicate"]);
    assert!(String::from_utf8_lossy(&unknown.stderr).contains("--frobnicate"));
}

#[test]
fn readable_report_in_both_languages_without_colour_when_piped() {
    let english = certdoctor(&["check", &badtls("expired.crt"), "--at", "2023-06-01"]);
    let text = String::from_utf8(english.stdout).unwrap();
    assert!(!text.contains('\u{1b}'), "no colour when not a terminal");
    assert!(text.contains("ERRORS"), "{text}");
    assert!(text.contains("[cert-expired]"), "{text}");
    assert!(text.contains("Fix: Renew"), "{text}");

    let chinese = certdoctor(&["check", &badtls("expired.crt"), "--at", "2023-06-01", "--lang", "zh"]);
    let text = String::from_utf8(chinese.stdout).unwrap();
    assert!(text.contains("已于 2023-01-01 00:00 UTC 过期"), "{text}");
    assert_eq!(chinese.status.code(), Some(1));
    // Chinese punctuation between a label and its text and between names.
    assert!(text.contains("修复：") && !text.contains("修复:"), "{text}");
    let refused = text.lines().find(|line| line.contains("拒绝的客户端")).expect("a refused-by line");
    assert!(refused.contains("拒绝的客户端：Chrome/Edge、Firefox、"), "{refused}");
}

#[test]
fn unreadable_inputs_become_findings_not_failures() {
    let dir = std::env::temp_dir().join(format!("certdoctor-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let junk = dir.join("notes.txt");
    std::fs::write(&junk, "this is not a certificate").unwrap();
    let truncated = dir.join("truncated.pem");
    let expired = std::fs::read_to_string(badtls("expired.crt")).unwrap();
    std::fs::write(&truncated, &expired[..expired.len() / 2]).unwrap();

    let output = certdoctor(&[
        "check",
        junk.to_str().unwrap(),
        truncated.to_str().unwrap(),
        &badtls("domain-match.crt"),
        "--json",
        "--at",
        "2023-06-01",
    ]);
    assert_eq!(output.status.code(), Some(1));
    let report = json_of(&output);
    let found = codes(&report);
    assert!(found.contains(&"input-unrecognised".to_string()), "{found:?}");
    assert!(found.contains(&"pem-malformed".to_string()), "{found:?}");
    // The good certificate is still read.
    assert_eq!(report["certificates"][0]["name"], "domain-match.badtls.io");
    std::fs::remove_dir_all(dir).ok();
}

#[test]
fn help_and_version() {
    let help = certdoctor(&["--help"]);
    assert_eq!(help.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&help.stdout).contains("certdoctor check FILE..."));
    let version = certdoctor(&["--version"]);
    assert_eq!(
        String::from_utf8_lossy(&version.stdout).trim(),
        format!("certdoctor {}", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn readable_report_says_which_key_belongs_where() {
    let output = certdoctor(&[
        "check",
        &badtls("domain-match.crt"),
        &badtls("host.key"),
        &badtls("client.key"),
        "--at",
        "2023-06-01",
    ]);
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(text.contains("✓ belongs to [1] domain-match.badtls.io"), "{text}");
    assert!(text.contains("matches no certificate or CSR given"), "{text}");
}

#[test]
fn passwords_from_a_file() {
    let p12 = corpus_file("pyca-cryptography-vectors/pkcs12/cert-key-aes256cbc.p12").display().to_string();
    let dir = std::env::temp_dir().join(format!("certdoctor-pw-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("passwords.txt");
    std::fs::write(&file, "wrong\r\ncryptography\n").unwrap();
    let output = certdoctor(&[
        "check",
        &p12,
        "--password-file",
        file.to_str().unwrap(),
        "--json",
        "--at",
        "2025-01-01",
    ]);
    let report = json_of(&output);
    assert_eq!(report["keys"].as_array().unwrap().len(), 1, "{:?}", codes(&report));
    assert!(!codes(&report).iter().any(|code| code.starts_with("password")));
    std::fs::remove_dir_all(dir).ok();
}

#[test]
fn names_cannot_drive_the_terminal() {
    let attack = common::hostile::terminal_escapes();
    let dir = std::env::temp_dir().join(format!("certdoctor-escape-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("escape.pem");
    std::fs::write(&path, &*attack.inputs[0].bytes).unwrap();
    for lang in ["en", "zh"] {
        let output = certdoctor(&["check", path.to_str().unwrap(), "--lang", lang, "--no-public-roots"]);
        let text = String::from_utf8(output.stdout).unwrap();
        assert!(!text.chars().any(|c| c.is_control() && c != '\n'), "{text:?}");
        // The name is shown, escaped, and the real verdict stands.
        assert!(text.contains("\\u{1b}[2J"), "{text}");
        assert_eq!(output.status.code(), Some(1));
    }
    std::fs::remove_dir_all(dir).ok();
}

/// A URL or `host:port` given as the host is checked for its host, as
/// people paste the address they connect to; the report names the host.
#[test]
fn a_url_given_as_the_host_is_checked_for_its_host() {
    let cert = badtls("domain-match.crt");
    let root = badtls("ca.crt");
    for typed in ["https://domain-match.badtls.io:8443/login?x=1", "domain-match.badtls.io:443"] {
        let output = certdoctor(&["check", &cert, "--root", &root, "--at", "2023-06-01", "--host", typed, "--json"]);
        assert_eq!(output.status.code(), Some(0), "{typed}: {}", String::from_utf8_lossy(&output.stderr));
        let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
        assert_eq!(report["host"], "domain-match.badtls.io");
        assert_eq!(report["verdict"], "ok", "{typed}");
    }
}
