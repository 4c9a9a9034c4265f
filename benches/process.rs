//! The whole CLI process on the system CA bundle (`cargo bench --bench
//! process`): `certdoctor check /etc/ssl/certs/ca-certificates.crt --json`
//! against `openssl crl2pkcs7 -nocrl -certfile F | openssl pkcs7
//! -print_certs -text`, both with output to /dev/null, run alternately 60
//! times after 5 warm-up runs each. Prints each median, and how many times
//! faster certdoctor is. `-- --file=F` for another bundle.

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const RUNS: usize = 60;
const WARM_UP: usize = 5;

fn time(command: &mut Command) -> Duration {
    let started = Instant::now();
    let status = command.stdout(Stdio::null()).stderr(Stdio::null()).status().expect("the command starts");
    let elapsed = started.elapsed();
    assert!(status.code().is_some(), "the command ran to its end");
    elapsed
}

fn median(mut times: Vec<Duration>) -> f64 {
    times.sort();
    times[times.len() / 2].as_secs_f64() * 1000.0
}

fn main() {
    let file = std::env::args()
        .find_map(|arg| arg.strip_prefix("--file=").map(str::to_string))
        .unwrap_or_else(|| "/etc/ssl/certs/ca-certificates.crt".to_string());
    let certificates = std::fs::read_to_string(&file).map(|text| text.matches("BEGIN CERTIFICATE").count());
    let Ok(certificates) = certificates else {
        eprintln!("process: cannot read {file}; nothing measured");
        return;
    };
    let certdoctor = || {
        let mut command = Command::new(env!("CARGO_BIN_EXE_certdoctor"));
        command.args(["check", &file, "--json"]);
        command
    };
    let pipeline = format!("openssl crl2pkcs7 -nocrl -certfile '{file}' | openssl pkcs7 -print_certs -text");
    let openssl = || {
        let mut command = Command::new("sh");
        command.args(["-c", &pipeline]);
        command
    };
    let has_openssl = Command::new("openssl").arg("version").stdout(Stdio::null()).status().is_ok();
    for _ in 0..WARM_UP {
        time(&mut certdoctor());
        if has_openssl {
            time(&mut openssl());
        }
    }
    let (mut ours, mut theirs) = (Vec::new(), Vec::new());
    for _ in 0..RUNS {
        ours.push(time(&mut certdoctor()));
        if has_openssl {
            theirs.push(time(&mut openssl()));
        }
    }
    println!("{file}: {certificates} certificates, {RUNS} runs each, median wall time of the whole process");
    let ours = median(ours);
    println!("certdoctor check --json            {ours:>8.1} ms");
    if has_openssl {
        let theirs = median(theirs);
        println!("openssl crl2pkcs7 | pkcs7 -text    {theirs:>8.1} ms");
        println!("certdoctor is {:.1}x faster", theirs / ours);
    } else {
        println!("openssl is not installed: no comparison");
    }
}
