//! Two stages: what was typed ([`parse`]) and what it means, files read and
//! values checked ([`Command::load`]). Every mistake is one line that says
//! how to put it right.

use std::ffi::OsString;
use std::io::Read;

use certdoctor::stores::{StoreId, StoreSet};
use certdoctor::{Input, Lang, Options, Password, Profile, Timestamp};

use super::scan::Scan;

pub const HELP: &str = "\
certdoctor — finds what is wrong with a TLS certificate chain and says how to fix it

USAGE:
    certdoctor check FILE... [OPTIONS]
    certdoctor scan PATH... [OPTIONS]

check: FILE is any mix of certificates, chains, keys, CSRs and bundles (PEM,
DER), error messages and s_client transcripts; `-` reads standard input.

scan: finds the certificate sets under each PATH (a file or a folder, read
recursively) and checks them all, in parallel: a folder with a certificate
and its key is one set, Let's Encrypt's live/NAME/ is one set checked for
NAME, a Kubernetes TLS secret (YAML or JSON) is one set, a lone bundle is
one set. Prints a table, worst first, or one JSON object per set.

OPTIONS:
    --host NAME          DNS name or IP address the certificate must be valid for
    --at TIME            check validity at TIME (RFC 3339, e.g. 2025-03-01T00:00:00Z,
                         or a date); default: now
    --root FILE          trust the certificates in FILE as roots (repeatable)
    --no-public-roots    trust only the --root certificates
    --stores LIST        the platform root stores to judge against, comma-separated:
                         mozilla, apple, windows, android, android-4.4,
                         android-2.3, java, ubuntu (default: all)
    --password PW        password for encrypted inputs (repeatable; tried on each)
    --password-file FILE read passwords from FILE, one per line (keeps them out of
                         the process list and shell history)
    --warn-days N        warn when a certificate expires within N days (default 30)
    --profile P          the verdict's point of view: auto (default: which clients
                         refuse — an error when a mainstream client does, a
                         warning when only strict or old ones do), web (a
                         browser under the CA/Browser Forum Baseline
                         Requirements) or rfc5280 (a strict RFC 5280 client)
    --max-depth N        at most N intermediate CAs between leaf and root, like
                         a client's verify depth (default: no limit)
    --json               print the report as one JSON object (check)
    --jsonl              print one JSON object per set, one per line (scan)
    --jobs N             threads to use (scan; default: all cores)
    --lang en|zh         language of the report (default en)
    --fix-chain OUT      write the corrected bundle (leaf, then intermediates in
                         order; no root, no extras) to OUT
    -h, --help           print this help
    -V, --version        print the version

EXIT STATUS:
    0  verdict ok or warnings     1  verdict errors     2  usage error
    (scan: 1 when any set has errors)
";

/// What was typed.
#[derive(Debug, Default)]
pub struct Typed {
    help: bool,
    version: bool,
    subcommand: Option<String>,
    files: Vec<OsString>,
    host: Option<String>,
    at: Option<String>,
    roots: Vec<OsString>,
    no_public_roots: bool,
    stores: Option<String>,
    passwords: Vec<Password>,
    password_files: Vec<OsString>,
    warn_days: Option<String>,
    profile: Option<String>,
    max_depth: Option<String>,
    json: bool,
    jsonl: bool,
    jobs: Option<String>,
    lang: Option<String>,
    fix_chain: Option<OsString>,
}

/// `--stores`: store ids, comma-separated, or `all`.
fn stores(list: &str) -> Result<StoreSet, UsageError> {
    if list.trim() == "all" {
        return Ok(StoreSet::all());
    }
    let mut set = StoreSet::default();
    for id in list.split(',').map(str::trim).filter(|id| !id.is_empty()) {
        let store = StoreId::parse(id).ok_or_else(|| {
            let known: Vec<&str> = StoreId::ALL.iter().map(|store| store.as_str()).collect();
            usage(format!("--stores takes store names from {}, not '{id}'", known.join(", ")))
        })?;
        set.insert(store);
    }
    if set.is_empty() {
        return Err(usage("--stores needs at least one store (or --no-public-roots for none)".to_string()));
    }
    Ok(set)
}

/// A mistake on the command line.
#[derive(Debug)]
pub struct UsageError(String);

impl std::fmt::Display for UsageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} (see certdoctor --help)", self.0)
    }
}

fn usage(message: impl Into<String>) -> UsageError {
    UsageError(message.into())
}

impl From<lexopt::Error> for UsageError {
    fn from(error: lexopt::Error) -> Self {
        // lexopt's messages are one line already.
        usage(error.to_string())
    }
}

/// Stage one: sorts the words into options and files.
pub fn parse(arguments: impl IntoIterator<Item = OsString>) -> Result<Typed, UsageError> {
    use lexopt::prelude::*;
    let mut typed = Typed::default();
    let mut parser =
        lexopt::Parser::from_iter(std::iter::once(OsString::from("certdoctor")).chain(arguments));
    while let Some(argument) = parser.next()? {
        match argument {
            Short('h') | Long("help") => typed.help = true,
            Short('V') | Long("version") => typed.version = true,
            Long("host") => typed.host = Some(string(parser.value()?, "--host")?),
            Long("at") => typed.at = Some(string(parser.value()?, "--at")?),
            Long("root") => typed.roots.push(parser.value()?),
            Long("no-public-roots") => typed.no_public_roots = true,
            Long("stores") => typed.stores = Some(string(parser.value()?, "--stores")?),
            Long("password") => typed.passwords.push(Password::new(string(parser.value()?, "--password")?)),
            Long("password-file") => typed.password_files.push(parser.value()?),
            Long("warn-days") => typed.warn_days = Some(string(parser.value()?, "--warn-days")?),
            Long("profile") => typed.profile = Some(string(parser.value()?, "--profile")?),
            Long("max-depth") => typed.max_depth = Some(string(parser.value()?, "--max-depth")?),
            Long("json") => typed.json = true,
            Long("jsonl") => typed.jsonl = true,
            Long("jobs") => typed.jobs = Some(string(parser.value()?, "--jobs")?),
            Long("lang") => typed.lang = Some(string(parser.value()?, "--lang")?),
            Long("fix-chain") => typed.fix_chain = Some(parser.value()?),
            Value(value) if typed.subcommand.is_none() => typed.subcommand = Some(string(value, "command")?),
            Value(value) => typed.files.push(value),
            // lexopt gives a bare `-` as a value, so anything here is an option.
            other => return Err(other.unexpected().into()),
        }
    }
    Ok(typed)
}

fn string(value: OsString, what: &str) -> Result<String, UsageError> {
    value.into_string().map_err(|value| usage(format!("{what} {value:?} is not valid UTF-8")))
}

/// What to do, with every file read.
pub enum Command {
    Help,
    Version,
    Check(Check),
    Scan(Scan),
}

pub struct Check {
    pub inputs: Vec<Input>,
    pub options: Options,
    pub json: bool,
    pub lang: Lang,
    /// Where to write the corrected bundle.
    pub fix_chain: Option<std::path::PathBuf>,
}

impl Command {
    /// Stage two: checks the values and reads the files.
    pub fn load(mut typed: Typed) -> Result<Self, UsageError> {
        if typed.help {
            return Ok(Self::Help);
        }
        if typed.version {
            return Ok(Self::Version);
        }
        match typed.subcommand.as_deref() {
            Some("check") => check(typed).map(Self::Check),
            Some("scan") => scan(&mut typed).map(Self::Scan),
            Some(other) => Err(usage(format!("unknown command '{other}': the commands are 'check' and 'scan'"))),
            None => Err(usage("no command given: try 'certdoctor check fullchain.pem'")),
        }
    }
}

fn check(mut typed: Typed) -> Result<Check, UsageError> {
    if typed.files.is_empty() {
        return Err(usage("'check' needs at least one FILE, or '-' for standard input"));
    }
    if typed.jsonl || typed.jobs.is_some() {
        return Err(usage("--jsonl and --jobs are for 'scan'; 'check' prints one report (--json)"));
    }
    let mut stdin_used = false;
    let (mut options, lang) = common(&mut typed, &mut stdin_used)?;
    options.host = typed.host.as_deref().map(check_host).transpose()?;
    let inputs =
        typed.files.iter().map(|file| read_input(file, &mut stdin_used)).collect::<Result<Vec<_>, _>>()?;
    let fix_chain = typed.fix_chain.map(std::path::PathBuf::from);
    Ok(Check { inputs, options, json: typed.json, lang, fix_chain })
}

fn scan(typed: &mut Typed) -> Result<Scan, UsageError> {
    if typed.files.is_empty() {
        return Err(usage("'scan' needs at least one PATH (a file or a folder)"));
    }
    if typed.host.is_some() || typed.fix_chain.is_some() || typed.json {
        return Err(usage("--host, --fix-chain and --json are for 'check'; 'scan' takes each set's host from its layout and prints --jsonl"));
    }
    if typed.files.iter().any(|file| file == "-") {
        return Err(usage("'scan' reads files and folders, not standard input: use 'check -'"));
    }
    let jobs = typed
        .jobs
        .as_deref()
        .map(|text| {
            text.trim().parse::<usize>().ok().filter(|jobs| (1..=1024).contains(jobs)).ok_or_else(|| {
                usage(format!("--jobs takes a number of threads from 1 to 1024, not '{text}'"))
            })
        })
        .transpose()?;
    let (options, lang) = common(typed, &mut false)?;
    let paths = typed.files.iter().map(std::path::PathBuf::from).collect();
    Ok(Scan { paths, options, jsonl: typed.jsonl, lang, jobs })
}

/// The options `check` and `scan` share: the moment, the rules, the roots,
/// the stores, the passwords and the language.
fn common(typed: &mut Typed, stdin_used: &mut bool) -> Result<(Options, Lang), UsageError> {
    let at = match &typed.at {
        Some(text) => Timestamp::parse(text).map_err(|error| usage(format!("--at: {error}")))?,
        None => now(),
    };
    let warn_days = match &typed.warn_days {
        Some(text) => text.trim().parse::<u32>().ok().filter(|days| *days <= 3650).ok_or_else(|| {
            usage(format!("--warn-days takes a number of days from 0 to 3650, not '{text}'"))
        })?,
        None => 30,
    };
    let profile = match &typed.profile {
        Some(text) => Profile::parse(text.trim())
            .ok_or_else(|| usage(format!("--profile takes 'auto', 'web' or 'rfc5280', not '{text}'")))?,
        None => Profile::Auto,
    };
    let max_intermediates = typed
        .max_depth
        .as_deref()
        .map(|text| {
            // Any depth a client may be configured with (OpenSSL's and
            // nginx's are ints): a depth beyond any real chain just never
            // bites.
            text.trim().parse::<u32>().map(|depth| depth as usize).map_err(|_| {
                usage(format!("--max-depth takes a number of intermediates (0 or more), not '{text}'"))
            })
        })
        .transpose()?;
    let lang = match &typed.lang {
        Some(text) => Lang::parse(text).ok_or_else(|| usage(format!("--lang takes 'en' or 'zh', not '{text}'")))?,
        None => Lang::En,
    };
    let roots = typed.roots.iter().map(|file| read_input(file, stdin_used)).collect::<Result<Vec<_>, _>>()?;
    // The built-in data is added when the analysis runs (see `cli::run`).
    let mut options = Options::without_data(at);
    options.roots = roots;
    options.public_roots = !typed.no_public_roots;
    if let Some(list) = &typed.stores {
        options.selected_stores = stores(list)?;
    }
    let mut passwords = std::mem::take(&mut typed.passwords);
    for file in &typed.password_files {
        passwords.extend(read_passwords(file)?);
    }
    options.passwords = passwords;
    options.warn_days = warn_days;
    options.profile = profile;
    options.max_intermediates = max_intermediates;
    Ok((options, lang))
}

fn now() -> Timestamp {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|elapsed| i64::try_from(elapsed.as_secs()).unwrap_or(i64::MAX))
        .unwrap_or(0);
    Timestamp::from_unix_seconds(seconds)
}

/// Accepts a DNS name or an IP address, and the host of a URL or of
/// `host:port` (what people paste: the address they connect to).
fn check_host(text: &str) -> Result<String, UsageError> {
    let host = certdoctor::typed_host(text);
    if host.parse::<std::net::IpAddr>().is_ok() {
        return Ok(host.to_string());
    }
    let valid = !host.is_empty()
        && host.len() <= 253
        && host.trim_end_matches('.').split('.').all(|label| {
            !label.is_empty()
                && label.len() <= 63
                && !label.chars().any(|c| c.is_whitespace() || c.is_control())
        });
    if valid {
        Ok(host.to_string())
    } else {
        Err(usage(format!("--host '{}' is not a DNS name or IP address", text.trim())))
    }
}

/// Input files are read whole but bounded: anything larger than the engine's
/// total limit is cut there, and the engine says so.
fn read_input(file: &OsString, stdin_used: &mut bool) -> Result<Input, UsageError> {
    let limit = certdoctor::limits::MAX_TOTAL_BYTES as u64 + 1;
    let mut bytes = Vec::new();
    if file == "-" {
        if *stdin_used {
            return Err(usage("'-' (standard input) can only be given once"));
        }
        *stdin_used = true;
        std::io::stdin()
            .lock()
            .take(limit)
            .read_to_end(&mut bytes)
            .map_err(|error| usage(format!("cannot read standard input: {error}")))?;
        return Ok(Input::own(certdoctor::OwnName::StandardInput, bytes));
    }
    let path = std::path::Path::new(file);
    let name = path.display().to_string();
    if path.is_dir() {
        return Err(usage(format!("'{name}' is a directory; give the files in it")));
    }
    std::fs::File::open(path)
        .and_then(|handle| handle.take(limit).read_to_end(&mut bytes))
        .map_err(|error| usage(format!("cannot read '{name}': {}", plain_io_error(&error))))?;
    Ok(Input::new(name, bytes))
}

/// One password per line; the file's bytes are wiped after reading.
fn read_passwords(file: &OsString) -> Result<Vec<Password>, UsageError> {
    let path = std::path::Path::new(file);
    let bytes =
        zeroize::Zeroizing::new(std::fs::read(path).map_err(|error| {
            usage(format!("cannot read '{}': {}", path.display(), plain_io_error(&error)))
        })?);
    let text =
        std::str::from_utf8(&bytes).map_err(|_| usage(format!("'{}' is not UTF-8 text", path.display())))?;
    Ok(text
        .lines()
        .map(|line| line.trim_end_matches('\r'))
        .filter(|line| !line.is_empty())
        .map(Password::new)
        .collect())
}

fn plain_io_error(error: &std::io::Error) -> String {
    match error.kind() {
        std::io::ErrorKind::NotFound => "no such file".to_string(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => error.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts() {
        for good in
            ["example.com", "example.com.", "192.0.2.1", "2001:db8::1", "xn--bcher-kva.example", "localhost"]
        {
            assert!(check_host(good).is_ok(), "{good}");
        }
        for bad in ["", "a..b", "two words", "https://", "https://two words/"] {
            assert!(check_host(bad).is_err(), "{bad}");
        }
        // What people paste: the host of a URL or of host:port.
        for (typed, host) in [("https://example.com/", "example.com"), ("example.com:443", "example.com")] {
            assert_eq!(check_host(typed).unwrap(), host);
        }
    }
}
