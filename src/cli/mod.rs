//! Command line: parse what was typed, read the files, analyse, print.
//!
//! Exit status: 0 when the verdict is `ok` or `warnings`, 1 when it is
//! `errors`, 2 for usage errors (one line on stderr).

mod args;
mod scan;
mod text;

use std::ffi::OsString;
use std::io::Write;

use certdoctor::stores::{Intermediates, TrustStores};
use certdoctor::{render, Controls, Lang, Options, Session, Verdict};

use args::Command;

pub const EXIT_USAGE: i32 = 2;

/// The CLI's own controls, as the fixes name them.
pub fn controls(lang: Lang) -> Controls {
    match lang {
        Lang::En => Controls {
            password: "--password PW, or --password-file FILE",
            root: "--root root.pem",
            rfc5280: "--profile rfc5280",
            fixed_bundle: "--fix-chain fullchain.pem",
        },
        Lang::Zh => Controls {
            password: "--password 密码，或 --password-file 文件",
            root: "--root root.pem",
            rfc5280: "--profile rfc5280",
            fixed_bundle: "--fix-chain fullchain.pem",
        },
    }
}

/// The built-in trust stores and public intermediates.
fn with_data(options: &mut Options) {
    options.stores = Some(TrustStores::builtin());
    options.intermediates = Some(Intermediates::builtin());
}

/// Runs the command line and returns the exit status.
pub fn run(arguments: impl IntoIterator<Item = OsString>) -> i32 {
    let command = match args::parse(arguments).and_then(args::Command::load) {
        Ok(command) => command,
        Err(error) => {
            eprintln!("certdoctor: {error}");
            return EXIT_USAGE;
        }
    };
    match command {
        Command::Help => {
            print!("{}", args::HELP);
            0
        }
        Command::Version => {
            println!("certdoctor {}", env!("CARGO_PKG_VERSION"));
            0
        }
        Command::Scan(mut scan) => {
            with_data(&mut scan.options);
            scan::run(&scan)
        }
        Command::Check(mut check) => {
            // The trust stores are parsed on another core while the inputs
            // are read: a third of a small run's time.
            let parsing = std::thread::spawn(TrustStores::builtin);
            let options = &check.options;
            let session = Session::read(&check.inputs, &options.roots, &options.passwords);
            let _ = parsing.join();
            with_data(&mut check.options);
            let report = session.judge(&check.options);
            if let Some(path) = &check.fix_chain {
                let Some(chain) = &report.chain else {
                    eprintln!("certdoctor: --fix-chain: no certificate to build a chain from");
                    return EXIT_USAGE;
                };
                if let Err(error) = std::fs::write(path, &chain.fixed_bundle) {
                    eprintln!("certdoctor: cannot write '{}': {error}", path.display());
                    return EXIT_USAGE;
                }
            }
            let rendered = render(&report, check.lang, &controls(check.lang));
            let mut stdout = std::io::stdout().lock();
            let written = if check.json {
                // Whole, then one write: stdout is line-buffered, and a
                // report of 144 certificates has 15,000 lines.
                serde_json::to_vec_pretty(&rendered).map_err(std::io::Error::from).and_then(|mut json| {
                    json.push(b'\n');
                    stdout.write_all(&json)
                })
            } else {
                let colour = text::Colour::for_stdout();
                stdout.write_all(text::render(&report, &rendered, check.lang, colour).as_bytes())
            };
            if let Err(error) = written.and_then(|()| stdout.flush()) {
                if error.kind() != std::io::ErrorKind::BrokenPipe {
                    eprintln!("certdoctor: cannot write the report: {error}");
                }
            }
            let status = if report.verdict == Verdict::Errors { 1 } else { 0 };
            // The process ends here: freeing the report and the session
            // piece by piece would be a twentieth of its time.
            std::mem::forget((report, session));
            status
        }
    }
}
