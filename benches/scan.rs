//! `certdoctor scan` on a fleet (`cargo bench --bench scan`): 10,000
//! generated certificate sets — a folder each with `fullchain.pem` and
//! `privkey.pem`; one in ten expired, one in ten without its intermediate,
//! one in twenty with another site's key — scanned by the release binary,
//! as the table and as JSON lines, on one thread and on all cores. Prints
//! sets per second. `-- --sets=N` for another size; `-- --tree=DIR` only
//! writes the tree (and `DIR/root.pem`) for profiling by hand.

#[path = "../tests/common/mod.rs"]
mod common;

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Instant;

use common::pki::{ca_params, date, leaf_params, AT};
use rcgen::{CertifiedIssuer, KeyPair};

fn generate(base: &Path, sets: usize) -> String {
    let root = CertifiedIssuer::self_signed(ca_params("Fleet Root"), KeyPair::generate().unwrap()).unwrap();
    let intermediate =
        CertifiedIssuer::signed_by(ca_params("Fleet Intermediate"), KeyPair::generate().unwrap(), &root).unwrap();
    let chain = intermediate.pem();
    let mut previous_key = String::new();
    for index in 0..sets {
        let name = format!("site{index:05}.example.com");
        let mut params = leaf_params(&[&name]);
        if index % 10 == 3 {
            params.not_after = date(2025, 5, 1);
        }
        let key = KeyPair::generate().unwrap();
        let leaf = params.signed_by(&key, &intermediate).unwrap().pem();
        let folder = base.join(&name);
        std::fs::create_dir_all(&folder).unwrap();
        let fullchain = if index % 10 == 5 { leaf } else { leaf + &chain };
        std::fs::write(folder.join("fullchain.pem"), fullchain).unwrap();
        let key_pem = key.serialize_pem();
        let written = if index % 20 == 7 && !previous_key.is_empty() { &previous_key } else { &key_pem };
        std::fs::write(folder.join("privkey.pem"), written).unwrap();
        previous_key = key_pem;
    }
    let root_file = base.join("root.pem");
    std::fs::write(&root_file, root.pem()).unwrap();
    root_file.display().to_string()
}

fn run(tree: &Path, root: &str, jobs: Option<usize>, jsonl: bool) -> f64 {
    let mut command = Command::new(env!("CARGO_BIN_EXE_certdoctor"));
    command.arg("scan").arg(tree.join("sites")).args(["--root", root, "--no-public-roots", "--at", AT]);
    if let Some(jobs) = jobs {
        command.args(["--jobs", &jobs.to_string()]);
    }
    if jsonl {
        command.arg("--jsonl");
    }
    let started = Instant::now();
    let status = command.stdout(Stdio::null()).stderr(Stdio::null()).status().unwrap();
    let seconds = started.elapsed().as_secs_f64();
    assert_eq!(status.code(), Some(1), "the fleet has broken sets");
    seconds
}

fn main() {
    let sets = std::env::args()
        .find_map(|argument| argument.strip_prefix("--sets=").and_then(|n| n.parse().ok()))
        .unwrap_or(10_000usize);
    if let Some(tree) = std::env::args().find_map(|argument| argument.strip_prefix("--tree=").map(str::to_string)) {
        let tree = Path::new(&tree);
        let root = generate(&tree.join("sites"), sets);
        std::fs::rename(root, tree.join("root.pem")).unwrap();
        println!("wrote {sets} sets under {}", tree.display());
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let started = Instant::now();
    let root = generate(&dir.path().join("sites"), sets);
    // The root was written inside the tree; move it out so that it is not a set.
    let outside = dir.path().join("root.pem");
    std::fs::rename(&root, &outside).unwrap();
    let root = outside.display().to_string();
    println!("generated {sets} sets in {:.1} s", started.elapsed().as_secs_f64());
    let cores = std::thread::available_parallelism().map_or(1, usize::from);
    println!("{:<34} {:>9} {:>12}", "scan", "seconds", "sets/s");
    for (label, jobs, jsonl) in [
        ("table, 1 thread", Some(1), false),
        ("table, all cores", None, false),
        ("--jsonl, 1 thread", Some(1), true),
        ("--jsonl, all cores", None, true),
    ] {
        // Best of three: the first run also warms the file cache.
        let seconds = (0..3).map(|_| run(dir.path(), &root, jobs, jsonl)).fold(f64::INFINITY, f64::min);
        let label = if jobs.is_none() { format!("{label} ({cores})") } else { label.to_string() };
        println!("{label:<34} {seconds:>9.2} {:>12.0}", sets as f64 / seconds);
    }
}
