//! A small PKI made with rcgen (root → intermediate → leaf for `HOST`),
//! judged at a fixed moment: the scenarios of `tests/scenarios.rs` and
//! `tests/real_world.rs` bend it one way per test.

use certdoctor::stores::data::{DistrustRecord, RootRecord, StoreRecord, StoresFile};
use certdoctor::stores::{StoreId, StoreSet, TrustStores};
use certdoctor::{analyze, Input, Options, Profile, Report, Timestamp};
use rcgen::{
    BasicConstraints, CertificateParams, CertifiedIssuer, DnType, ExtendedKeyUsagePurpose, IsCa, KeyPair,
    KeyUsagePurpose, SerialNumber,
};

/// The moment every scenario is judged at.
pub const AT: &str = "2025-06-01T00:00:00Z";
pub const HOST: &str = "www.example.com";

pub fn date(year: i32, month: u8, day: u8) -> time::OffsetDateTime {
    rcgen::date_time_ymd(year, month, day)
}

pub fn ca_params(name: &str) -> CertificateParams {
    let mut params = CertificateParams::new(Vec::<String>::new()).unwrap();
    params.distinguished_name.push(DnType::CommonName, name);
    params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    params.key_usages =
        vec![KeyUsagePurpose::KeyCertSign, KeyUsagePurpose::CrlSign, KeyUsagePurpose::DigitalSignature];
    params.not_before = date(2024, 1, 1);
    params.not_after = date(2034, 1, 1);
    params.use_authority_key_identifier_extension = true;
    params
}

pub fn leaf_params(names: &[&str]) -> CertificateParams {
    let mut params =
        CertificateParams::new(names.iter().map(|name| name.to_string()).collect::<Vec<_>>()).unwrap();
    if let Some(first) = names.first() {
        params.distinguished_name.push(DnType::CommonName, *first);
    }
    params.extended_key_usages = vec![ExtendedKeyUsagePurpose::ServerAuth];
    params.key_usages = vec![KeyUsagePurpose::DigitalSignature];
    params.not_before = date(2025, 1, 1);
    params.not_after = date(2025, 12, 1);
    params.use_authority_key_identifier_extension = true;
    params.serial_number = Some(SerialNumber::from_slice(&[0x10, 0x01]));
    params
}

/// A root, an intermediate and a leaf for `HOST`, with the leaf's key.
pub struct Pki {
    pub root: CertifiedIssuer<'static, KeyPair>,
    pub intermediate: CertifiedIssuer<'static, KeyPair>,
    pub leaf: String,
    pub leaf_key: String,
}

impl Pki {
    pub fn with(intermediate: CertificateParams, leaf: CertificateParams) -> Self {
        let root =
            CertifiedIssuer::self_signed(ca_params("Scenario Root"), KeyPair::generate().unwrap()).unwrap();
        let intermediate =
            CertifiedIssuer::signed_by(intermediate, KeyPair::generate().unwrap(), &root).unwrap();
        let leaf_key = KeyPair::generate().unwrap();
        let leaf_pem = leaf.signed_by(&leaf_key, &intermediate).unwrap().pem();
        Pki { root, intermediate, leaf: leaf_pem, leaf_key: leaf_key.serialize_pem() }
    }

    pub fn healthy() -> Self {
        Self::with(ca_params("Scenario Intermediate"), leaf_params(&[HOST]))
    }

    pub fn with_leaf(leaf: CertificateParams) -> Self {
        Self::with(ca_params("Scenario Intermediate"), leaf)
    }

    /// Analyses the leaf and its intermediate for `host`, trusting only the
    /// root.
    pub fn judge(&self, host: Option<&str>) -> Report {
        judge(&[&self.leaf, &self.intermediate.pem()], &[], &[&self.root.pem()], host)
    }
}

/// Analyses `bundle` (plus `extra` inputs) trusting only `roots`.
pub fn judge(bundle: &[&str], extra: &[&str], roots: &[&str], host: Option<&str>) -> Report {
    dump(bundle, extra, roots, host);
    let mut inputs = vec![Input::new("fullchain.pem", bundle.concat().into_bytes())];
    inputs.extend(
        extra
            .iter()
            .enumerate()
            .map(|(n, text)| Input::new(format!("extra{n}.pem"), text.as_bytes().to_vec())),
    );
    let mut options = Options::at(Timestamp::parse(AT).unwrap());
    options.public_roots = false;
    options.roots = roots
        .iter()
        .enumerate()
        .map(|(n, pem)| Input::new(format!("root{n}.pem"), pem.as_bytes().to_vec()))
        .collect();
    options.host = host.map(str::to_string);
    analyze(&inputs, &options)
}

/// Analyses `bundle` for `HOST` trusting only `roots`, from `profile`'s
/// point of view.
pub fn judge_with(profile: Profile, bundle: &[&str], roots: &[&str]) -> Report {
    let mut options = Options::at(Timestamp::parse(AT).unwrap());
    options.public_roots = false;
    options.profile = profile;
    options.host = Some(HOST.to_string());
    options.roots = roots.iter().map(|pem| Input::new("root.pem", pem.as_bytes().to_vec())).collect();
    analyze(&[Input::new("fullchain.pem", bundle.concat().into_bytes())], &options)
}

/// The profile rules broken, by id, in the report's order.
pub fn rules(report: &Report) -> Vec<&'static str> {
    report
        .findings
        .iter()
        .filter_map(|finding| match &finding.kind {
            certdoctor::FindingKind::CertProfileViolation { rule, .. } => Some(rule.id()),
            _ => None,
        })
        .collect()
}

/// The first client error's family and the codes that explain it.
pub fn client_error(report: &Report) -> (certdoctor::client_error::Family, Vec<&'static str>) {
    report
        .findings
        .iter()
        .find_map(|finding| match &finding.kind {
            certdoctor::FindingKind::ClientError { family, explained_by, .. } => {
                Some((*family, explained_by.iter().map(|code| code.as_str()).collect()))
            }
            _ => None,
        })
        .expect("a client-error finding")
}

pub fn codes(report: &Report) -> Vec<&'static str> {
    report.findings.iter().map(|finding| finding.code().as_str()).collect()
}

pub fn assert_code(report: &Report, code: &str) {
    assert!(codes(report).contains(&code), "expected {code} in {:?}", codes(report));
}

/// With `CERTDOCTOR_DUMP_SCENARIOS=DIR`, writes each scenario [`judge`]
/// runs to `DIR/TEST[-N]/` as the files a user would give — `fullchain.pem`,
/// `extraN.pem`, `rootN.pem` — and `scenario.json` with the host and the
/// moment, so that the page can be checked against the CLI on them
/// (`tests/browser/roots.test.mjs`).
fn dump(bundle: &[&str], extra: &[&str], roots: &[&str], host: Option<&str>) {
    use std::cell::Cell;
    thread_local!(static RUN: Cell<usize> = const { Cell::new(0) });
    let Some(dir) = std::env::var_os("CERTDOCTOR_DUMP_SCENARIOS") else { return };
    let test = std::thread::current().name().unwrap_or("scenario").replace("::", "-");
    let run = RUN.with(|run| {
        run.set(run.get() + 1);
        run.get()
    });
    let dir = std::path::Path::new(&dir).join(if run == 1 { test } else { format!("{test}-{run}") });
    std::fs::create_dir_all(&dir).unwrap();
    let mut files = vec![("fullchain.pem".to_string(), bundle.concat())];
    files.extend(extra.iter().enumerate().map(|(n, text)| (format!("extra{n}.pem"), text.to_string())));
    let roots: Vec<(String, String)> =
        roots.iter().enumerate().map(|(n, text)| (format!("root{n}.pem"), text.to_string())).collect();
    for (name, text) in files.iter().chain(&roots) {
        std::fs::write(dir.join(name), text).unwrap();
    }
    let names = |list: &[(String, String)]| list.iter().map(|(name, _)| name.clone()).collect::<Vec<_>>();
    let scenario = serde_json::json!({ "bundle": names(&files), "roots": names(&roots), "host": host, "at": AT });
    std::fs::write(dir.join("scenario.json"), scenario.to_string()).unwrap();
}

/// Trust data with one store root, trusted by `stores` and distrusted by
/// `distrusted`.
pub fn stores_with(
    root: &CertifiedIssuer<'static, KeyPair>,
    stores: &[StoreId],
    distrusted: &[StoreId],
) -> TrustStores {
    use sha2::Digest;
    use x509_parser::prelude::FromDer;
    let der = root.der().to_vec();
    let (_, parsed) = x509_parser::certificate::X509Certificate::from_der(&der).unwrap();
    let sha256: [u8; 32] = sha2::Sha256::digest(&der).into();
    let file = StoresFile {
        date: "2026-11-27".into(),
        stores: StoreId::ALL
            .iter()
            .map(|id| StoreRecord {
                id: *id,
                version: "test".into(),
                date: "2026-11-27".into(),
                source: "test".into(),
            })
            .collect(),
        roots: vec![RootRecord {
            sha256,
            stores: StoreSet::of(stores),
            subject: parsed.subject().as_raw().to_vec(),
            spki: parsed.public_key().raw.to_vec(),
            not_before: parsed.validity().not_before.timestamp(),
            not_after: parsed.validity().not_after.timestamp(),
            name_constraints: None,
        }],
        distrusted: vec![DistrustRecord {
            sha256,
            stores: StoreSet::of(distrusted),
        }],
    };
    TrustStores::parse(&file.encode()).unwrap()
}
