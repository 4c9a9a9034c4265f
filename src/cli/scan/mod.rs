//! `certdoctor scan PATH...`: every certificate set under the paths (see
//! [`discover`]), analysed in parallel on all cores, printed as one JSON
//! object per set (`--jsonl`) or as a table, worst first. A progress line
//! on a terminal when there are more than a few hundred sets.

mod discover;
mod kubernetes;
mod table;

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use certdoctor::{render, words, Lang, Options, Session, Verdict};
use rayon::prelude::*;
use serde::Serialize;

use super::text::{clean, Colour};
pub use discover::SetKind;

/// More sets than this get a progress line on a terminal.
const PROGRESS_FROM: usize = 300;
/// Sets analysed before their output is written: bounds the memory a JSON
/// stream of many thousands of sets takes.
const CHUNK: usize = 512;

pub struct Scan {
    pub paths: Vec<PathBuf>,
    /// Everything but the host, which each set's layout may give.
    pub options: Options,
    pub jsonl: bool,
    pub lang: Lang,
    /// Threads to use (all cores when `None`).
    pub jobs: Option<usize>,
}

/// What `--jsonl` prints of a set, besides its report.
#[derive(Serialize)]
struct SetLine<'a> {
    name: &'a str,
    kind: SetKind,
    files: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    host: Option<&'a str>,
}

/// The options a set is judged with: the scan's, with the set's host. (The
/// roots and passwords were taken when the set was read.)
fn judging(base: &Options, host: Option<String>) -> Options {
    Options {
        at: base.at,
        host,
        roots: Vec::new(),
        public_roots: base.public_roots,
        stores: base.stores.clone(),
        selected_stores: base.selected_stores,
        intermediates: base.intermediates.clone(),
        passwords: Vec::new(),
        warn_days: base.warn_days,
        profile: base.profile,
        max_intermediates: base.max_intermediates,
    }
}

/// Analyses one set: its JSON line (for `--jsonl`) and its table row.
fn analyse(set: &discover::Set, scan: &Scan) -> (Option<String>, table::Row) {
    let session = Session::read(&set.inputs, &scan.options.roots, &scan.options.passwords);
    let report = session.judge(&judging(&scan.options, set.host.clone()));
    let row = table::Row::of(&report, &set.name);
    let line = scan.jsonl.then(|| {
        let rendered = render(&report, scan.lang, &super::controls(scan.lang));
        let about = SetLine {
            name: &set.name,
            kind: set.kind,
            files: set.files.iter().map(|path| path.display().to_string()).collect(),
            host: set.host.as_deref(),
        };
        serde_json::to_string(&serde_json::json!({ "set": about, "report": rendered })).unwrap_or_default()
    });
    (line, row)
}

/// A progress line on stderr, redrawn ten times a second until dropped.
struct Progress {
    done: Arc<AtomicUsize>,
    stop: Arc<AtomicBool>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Progress {
    fn start(total: usize, lang: Lang) -> Option<Self> {
        if total <= PROGRESS_FROM || !std::io::stderr().is_terminal() {
            return None;
        }
        let (done, stop) = (Arc::new(AtomicUsize::new(0)), Arc::new(AtomicBool::new(false)));
        let (counter, stopped) = (done.clone(), stop.clone());
        let thread = std::thread::spawn(move || {
            while !stopped.load(Ordering::Relaxed) {
                let count = counter.load(Ordering::Relaxed);
                let filled = count * 30 / total.max(1);
                eprint!("\r[{}{}] {}", "#".repeat(filled), " ".repeat(30 - filled), words(lang).scan_progress(count, total));
                std::thread::sleep(Duration::from_millis(100));
            }
            eprint!("\r\x1b[2K");
        });
        Some(Self { done, stop, thread: Some(thread) })
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

pub fn run(scan: &Scan) -> i32 {
    let mut skipped = discover::Skipped::default();
    let sets = discover::sets(&scan.paths, &mut skipped);
    let labels = words(scan.lang).scan();
    for (path, error) in &skipped.unreadable {
        eprintln!("certdoctor: {} '{}': {}", labels.not_read, clean(&path.display().to_string()), clean(error));
    }
    for path in &skipped.too_large {
        eprintln!("certdoctor: {} '{}': {}", labels.not_read, clean(&path.display().to_string()), labels.too_large);
    }
    if sets.is_empty() {
        eprintln!("certdoctor: {}", labels.no_sets);
        return 0;
    }
    let pool = match rayon::ThreadPoolBuilder::new().num_threads(scan.jobs.unwrap_or(0)).build() {
        Ok(pool) => pool,
        Err(error) => {
            eprintln!("certdoctor: cannot start worker threads: {error}");
            return super::EXIT_USAGE;
        }
    };
    let progress = Progress::start(sets.len(), scan.lang);
    let mut rows = Vec::with_capacity(sets.len());
    let mut stdout = std::io::BufWriter::new(std::io::stdout().lock());
    for chunk in sets.chunks(CHUNK) {
        let results: Vec<(Option<String>, table::Row)> = pool.install(|| {
            chunk
                .par_iter()
                .map(|set| {
                    let result = analyse(set, scan);
                    if let Some(progress) = &progress {
                        progress.done.fetch_add(1, Ordering::Relaxed);
                    }
                    result
                })
                .collect()
        });
        for (line, row) in results {
            if let Some(line) = line {
                if writeln!(stdout, "{line}").is_err() {
                    return 0; // The reader went away (a pipe into `head`).
                }
            }
            rows.push(row);
        }
        if stdout.flush().is_err() {
            return 0;
        }
    }
    drop(progress);
    let errors = rows.iter().any(|row| row.verdict == Verdict::Errors);
    if !scan.jsonl {
        table::sort(&mut rows);
        let text = table::render(&rows, scan.options.at, scan.lang, Colour::for_stdout());
        let _ = stdout.write_all(text.as_bytes());
    }
    let _ = stdout.flush();
    i32::from(errors)
}
