//! `certdoctor scan` on a generated tree: the sets it finds (a Let's Encrypt
//! layout, a folder of several sites, folders with a fullchain and a key,
//! Kubernetes TLS secrets, a lone CA bundle), the table's worst-first order,
//! the JSON lines and the exit status.

mod common;

use std::path::Path;
use std::process::{Command, Output};

use base64::Engine;
use common::pki::{ca_params, date, leaf_params, AT};
use rcgen::{CertifiedIssuer, KeyPair};

struct Pki {
    root: String,
    intermediate: CertifiedIssuer<'static, KeyPair>,
}

impl Pki {
    fn new() -> Self {
        let root = CertifiedIssuer::self_signed(ca_params("Scan Root"), KeyPair::generate().unwrap()).unwrap();
        let intermediate =
            CertifiedIssuer::signed_by(ca_params("Scan Intermediate"), KeyPair::generate().unwrap(), &root).unwrap();
        Pki { root: root.pem(), intermediate }
    }

    /// A leaf for `name` valid until `until` (y, m, d), with its key.
    fn leaf(&self, name: &str, until: (i32, u8, u8)) -> (String, String) {
        let mut params = leaf_params(&[name]);
        params.not_after = date(until.0, until.1, until.2);
        let key = KeyPair::generate().unwrap();
        (params.signed_by(&key, &self.intermediate).unwrap().pem(), key.serialize_pem())
    }
}

fn write(path: &Path, text: &str) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

fn tree() -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().unwrap();
    let base = dir.path();
    let pki = Pki::new();
    let chain = pki.intermediate.pem();
    // Let's Encrypt: live/ links into archive/, which also keeps an old copy.
    let (shop, shop_key) = pki.leaf("shop.example.com", (2025, 12, 1));
    let archive = base.join("letsencrypt/archive/shop.example.com");
    write(&archive.join("fullchain1.pem"), &(shop.clone() + &chain));
    write(&archive.join("privkey1.pem"), &shop_key);
    write(&archive.join("fullchain0.pem"), "old");
    let live = base.join("letsencrypt/live/shop.example.com");
    std::fs::create_dir_all(&live).unwrap();
    std::os::unix::fs::symlink("../../archive/shop.example.com/fullchain1.pem", live.join("fullchain.pem")).unwrap();
    std::os::unix::fs::symlink("../../archive/shop.example.com/privkey1.pem", live.join("privkey.pem")).unwrap();
    write(&live.join("cert.pem"), &shop);
    write(&live.join("chain.pem"), &chain);
    // nginx: two sites side by side, a shared intermediate; b's key is a's.
    let (a, a_key) = pki.leaf("a.example.com", (2025, 12, 1));
    let (b, _) = pki.leaf("b.example.com", (2025, 12, 1));
    write(&base.join("nginx/a.example.com.crt"), &a);
    write(&base.join("nginx/a.example.com.key"), &a_key);
    write(&base.join("nginx/b.example.com.crt"), &b);
    write(&base.join("nginx/b.example.com.key"), &a_key);
    write(&base.join("nginx/intermediate.pem"), &chain);
    // An expired site and one without its intermediate.
    let (old, old_key) = pki.leaf("old.example.com", (2025, 5, 1));
    write(&base.join("sites/old/fullchain.pem"), &(old + &chain));
    write(&base.join("sites/old/privkey.pem"), &old_key);
    let (bare, bare_key) = pki.leaf("bare.example.com", (2025, 12, 1));
    write(&base.join("sites/bare/fullchain.pem"), &bare);
    write(&base.join("sites/bare/privkey.pem"), &bare_key);
    // Kubernetes: a list of two TLS secrets (data, stringData) and a config map.
    let (api, api_key) = pki.leaf("api.example.com", (2025, 6, 15));
    let (web, web_key) = pki.leaf("web.example.com", (2025, 12, 1));
    let b64 = |text: &str| base64::engine::general_purpose::STANDARD.encode(text);
    let indent = |text: &str| text.lines().map(|line| format!("      {line}\n")).collect::<String>();
    let manifest = format!(
        "apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: Secret\n  type: kubernetes.io/tls\n  metadata:\n    name: api-tls\n    namespace: prod\n  data:\n    tls.crt: {}\n    tls.key: {}\n- apiVersion: v1\n  kind: Secret\n  type: kubernetes.io/tls\n  metadata:\n    name: web-tls\n  stringData:\n    tls.crt: |\n{}    tls.key: |\n{}---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  mode: fast\n",
        b64(&(api + &chain)),
        b64(&api_key),
        indent(&(web + &chain)),
        indent(&web_key)
    );
    write(&base.join("k8s/secrets.yaml"), &manifest);
    // A lone CA bundle.
    write(&base.join("trust/ca-bundle.crt"), &(chain.clone() + &pki.root));
    write(&base.join("root.pem"), &pki.root);
    let root = base.join("root.pem").display().to_string();
    (dir, root)
}

fn scan(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_certdoctor")).arg("scan").args(args).env_remove("NO_COLOR").output().unwrap()
}

#[test]
fn finds_every_kind_of_set_and_prints_one_json_line_each() {
    let (dir, root) = tree();
    let base = dir.path().display().to_string();
    let output = scan(&[&base, "--root", &root, "--no-public-roots", "--at", AT, "--jsonl"]);
    assert_eq!(output.status.code(), Some(1), "{}", String::from_utf8_lossy(&output.stderr));
    let lines: Vec<serde_json::Value> = String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect();
    let found: Vec<(String, String, String)> = lines
        .iter()
        .map(|line| {
            let name = line["set"]["name"].as_str().unwrap().trim_start_matches(&base).to_string();
            let codes: Vec<&str> =
                line["report"]["findings"].as_array().unwrap().iter().map(|f| f["code"].as_str().unwrap()).collect();
            (name, line["set"]["kind"].as_str().unwrap().to_string(), codes.join(","))
        })
        .collect();
    let expected = [
        ("/root.pem", "file", ""),
        ("/k8s/secrets.yaml (prod/api-tls)", "kubernetes-secret", "cert-expiring-soon"),
        ("/k8s/secrets.yaml (web-tls)", "kubernetes-secret", ""),
        ("/letsencrypt/live/shop.example.com", "letsencrypt", ""),
        ("/nginx/a.example.com", "folder", ""),
        ("/nginx/b.example.com", "folder", "key-mismatch"),
        ("/sites/bare", "folder", "chain-incomplete"),
        ("/sites/old", "folder", "cert-expired"),
        ("/trust/ca-bundle.crt", "file", "input-ca-bundle"),
    ];
    let found: Vec<(&str, &str, &str)> = found.iter().map(|(a, b, c)| (a.as_str(), b.as_str(), c.as_str())).collect();
    assert_eq!(found, expected);
    // Let's Encrypt: the live files, checked for the folder's name.
    let shop = &lines[3];
    assert_eq!(shop["set"]["host"], "shop.example.com");
    assert_eq!(shop["report"]["host"], "shop.example.com");
    let files: Vec<&str> = shop["set"]["files"].as_array().unwrap().iter().map(|f| f.as_str().unwrap()).collect();
    assert!(files[0].ends_with("live/shop.example.com/fullchain.pem") && files[1].ends_with("privkey.pem"), "{files:?}");
    // The secret's key belongs to its certificate.
    assert_eq!(lines[1]["report"]["keys"][0]["certificates"], serde_json::json!([0]));
}

#[test]
fn the_table_is_worst_first_and_in_both_languages() {
    let (dir, root) = tree();
    let base = dir.path().display().to_string();
    let output = scan(&[&base, "--root", &root, "--no-public-roots", "--at", AT, "--jobs", "2"]);
    assert_eq!(output.status.code(), Some(1));
    let text = String::from_utf8(output.stdout).unwrap();
    let statuses: Vec<&str> =
        text.lines().skip(1).take_while(|line| !line.is_empty()).map(|line| line.split_whitespace().next().unwrap()).collect();
    assert_eq!(statuses, ["expired", "expiring", "broken", "key", "ok", "ok", "ok", "ok", "ok"], "{text}");
    assert!(text.contains("2025-06-15 (in 14 days)"), "{text}");
    assert!(text.trim_end().ends_with("9 sets: 3 with errors, 1 with warnings, 5 fine"), "{text}");
    let chinese = String::from_utf8(
        scan(&[&base, "--root", &root, "--no-public-roots", "--at", AT, "--lang", "zh"]).stdout,
    )
    .unwrap();
    assert!(chinese.starts_with("状态"), "{chinese}");
    assert!(chinese.contains("已过期") && chinese.contains("9 组：3 组有错误"), "{chinese}");
}

#[test]
fn usage_mistakes_are_one_line() {
    for (args, says) in [
        (&["-"][..], "not standard input"),
        (&[".", "--host", "x.example"][..], "--host"),
        (&[".", "--jobs", "0"][..], "--jobs"),
    ] {
        let output = scan(args);
        assert_eq!(output.status.code(), Some(2));
        let stderr = String::from_utf8(output.stderr).unwrap();
        assert!(stderr.contains(says) && stderr.lines().count() == 1, "{stderr}");
    }
    let nothing = tempfile::tempdir().unwrap();
    let output = scan(&[&nothing.path().display().to_string()]);
    assert_eq!(output.status.code(), Some(0));
    assert!(String::from_utf8(output.stderr).unwrap().contains("No certificate sets found"));
}
