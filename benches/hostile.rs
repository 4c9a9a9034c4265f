//! Every attack of the security review at full size, in a release build
//! (`cargo bench --bench hostile`): how long the analysis takes, its peak
//! memory (each case runs in a process of its own) and the size of its JSON
//! report. The targets: under 3 s natively, under 1 GiB, under 20 MB of
//! JSON. The regression tests (`tests/hostile_input.rs`) assert the
//! findings at small sizes; this measures.

#[path = "../tests/common/mod.rs"]
mod common;

use std::time::Instant;

use certdoctor::{analyze, render, Lang, Options, Timestamp};
use common::hostile::{self, Attack};

const MIB: usize = 1024 * 1024;

const CASES: usize = 15;

/// Case `index`, generated only when asked for: the inputs and the user's
/// roots.
fn attack(index: usize) -> Option<(Attack, Vec<Vec<u8>>)> {
    let corpus = common::corpus();
    Some(match index {
        0 => (hostile::forged_leaf(&corpus, hostile::ECDSA_SHA3_256), vec![]),
        1 => (hostile::cross_certified(11), vec![]),
        2 => (hostile::cross_certified(20), vec![]),
        3 => (hostile::crl_flood(2000, 1000), vec![]),
        4 => (hostile::pem_flood(4000, 8 * MIB - 4096), vec![]),
        5 => (hostile::names_against_names(40_000), vec![]),
        6 => (hostile::duplicate_extensions(300_000), vec![]),
        7 => {
            let (kinds, root) = hostile::kinds_against_kinds(100_000);
            (kinds, vec![root])
        }
        8 => (hostile::empty_certificates(4 * MIB - 64), vec![]),
        9 => (hostile::keystore_of_junk(10_000), vec![]),
        10 => (hostile::many_keys(40_000), vec![]),
        11 => (hostile::url_injection(), vec![]),
        12 => (hostile::terminal_escapes(), vec![]),
        13 => (hostile::costly_signatures(hostile::CostlyKey::Rsa16384, 1000), vec![]),
        14 => (hostile::costly_signatures(hostile::CostlyKey::P521, 2000), vec![]),
        _ => return None,
    })
}

/// Peak resident memory of this process, from /proc (Linux).
fn peak_memory_mib() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|line| line.starts_with("VmHWM:"))?;
    let kib: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib / 1024.0)
}

/// Runs case `index` in this process and prints one line of the table.
fn run_case(index: usize) {
    let Some((attack, roots)) = attack(index) else { return };
    let bytes: usize = attack.inputs.iter().map(|input| input.bytes.len()).sum();
    let mut options = Options::at(Timestamp::parse(attack.at).unwrap_or(Timestamp::from_unix_seconds(0)));
    options.public_roots = attack.public_roots;
    options.roots = roots.into_iter().map(|root| certdoctor::Input::new("root.pem", root)).collect();
    let before = peak_memory_mib().unwrap_or(0.0);
    let started = Instant::now();
    let report = analyze(&attack.inputs, &options);
    let json = serde_json::to_string(&render(&report, Lang::En, &common::controls())).unwrap_or_default();
    let elapsed = started.elapsed();
    let peak = peak_memory_mib().unwrap_or(0.0);
    println!(
        "| {} | {:.2} MiB | {:.3} s | {:.0} MiB (generation {:.0}) | {:.2} MB | {} findings ({}), verdict {} |",
        attack.name,
        bytes as f64 / MIB as f64,
        elapsed.as_secs_f64(),
        peak,
        before,
        json.len() as f64 / 1e6,
        report.findings.len(),
        most_common_codes(&report),
        report.verdict.as_str()
    );
}

/// Writes every case's inputs (and the user's roots, as inputs too) to
/// `directory/NN/`, for the page's measurement (`benches/page-hostile.mjs`).
fn dump(directory: &std::path::Path) {
    for index in 0..CASES {
        let Some((attack, roots)) = attack(index) else { continue };
        let case = directory.join(format!("{index:02}"));
        std::fs::create_dir_all(&case).expect("a directory for the case");
        std::fs::write(case.join("name.txt"), attack.name).expect("the case's name");
        for (number, input) in attack.inputs.iter().enumerate() {
            let name =
                std::path::Path::new(&input.name).file_name().map(|name| name.to_string_lossy().into_owned());
            let name = format!("{number}-{}", name.unwrap_or_default());
            std::fs::write(case.join(name), input.bytes.as_slice()).expect("an input");
        }
        for (number, root) in roots.iter().enumerate() {
            std::fs::write(case.join(format!("root-{number}.pem")), root).expect("a root");
        }
    }
}

/// The three most frequent finding codes, as "code ×count".
fn most_common_codes(report: &certdoctor::Report) -> String {
    let mut counts = std::collections::BTreeMap::<&str, usize>::new();
    for finding in &report.findings {
        *counts.entry(finding.code().as_str()).or_default() += 1;
    }
    let mut counts: Vec<_> = counts.into_iter().collect();
    counts.sort_by_key(|(_, count)| std::cmp::Reverse(*count));
    counts.iter().take(3).map(|(code, count)| format!("{code} ×{count}")).collect::<Vec<_>>().join(", ")
}

fn main() {
    let arguments: Vec<String> = std::env::args().collect();
    if let Some(index) = arguments.iter().find_map(|argument| argument.strip_prefix("--case=")) {
        run_case(index.parse().unwrap_or(usize::MAX));
        return;
    }
    if let Some(directory) = arguments.iter().find_map(|argument| argument.strip_prefix("--dump=")) {
        dump(std::path::Path::new(directory));
        return;
    }
    println!("| attack | input | analysis + JSON | peak memory | JSON | result |");
    println!("|---|---|---|---|---|---|");
    let me = std::env::current_exe().expect("the bench binary");
    for index in 0..CASES {
        let status = std::process::Command::new(&me).arg(format!("--case={index}")).status();
        if !status.as_ref().is_ok_and(|status| status.success()) {
            println!("| case {index} | failed: {status:?} |");
        }
    }
}
