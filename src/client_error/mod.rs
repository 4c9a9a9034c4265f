//! The error people paste: TLS client and server error lines recognised in
//! any text input, next to certificates or alone — which client said it,
//! which family of complaint it is ([`Family`]), and the details it carries
//! (host, depth, OpenSSL verify number, the names a certificate is valid
//! for, a symbolic code). `openssl s_client` transcripts are read for what
//! s_client saw ([`transcript`]).
//!
//! Recognition keys on the stable tokens of [`rules`], matched in one pass
//! over each line (Aho-Corasick), so a paste of any size costs time linear
//! in its length.

mod client_tokens;
mod code_rules;
mod details;
mod family;
mod general_rules;
mod rules;
mod setup_rules;
pub mod transcript;

use std::collections::HashMap;
use std::sync::OnceLock;

use serde::Serialize;

pub use details::Details;
use details::details;

pub use family::Family;

/// Who printed the error.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(feature = "transfer", derive(bincode::Encode, bincode::Decode))]
#[serde(rename_all = "kebab-case")]
pub enum ErrorClient {
    /// The `openssl` command (s_client, verify, pkcs12).
    OpensslCli,
    /// A program using OpenSSL, known only by OpenSSL's words.
    Openssl,
    Curl,
    /// Windows' TLS stack (Schannel), seen through any program.
    Schannel,
    Python,
    Node,
    Npm,
    Go,
    Docker,
    Kubectl,
    Java,
    Android,
    #[serde(rename = "okhttp")]
    OkHttp,
    #[serde(rename = "dotnet")]
    Dotnet,
    Chrome,
    Edge,
    Firefox,
    /// Safari, iOS and macOS apps (URLSession, SecTrust).
    Apple,
    Rustls,
    Nginx,
    Apache,
    Haproxy,
    Git,
    Wget,
    Postgresql,
    Mysql,
    Php,
    /// Ruby's `openssl` library (Net::HTTP, Faraday, Bundler, gem).
    Ruby,
    Dart,
    Openvpn,
    /// Erlang/OTP's `ssl` application (Elixir, RabbitMQ, Hex).
    Erlang,
    /// mbed TLS (ESP32, embedded devices).
    MbedTls,
    WolfSsl,
    /// Qt's QSslSocket.
    Qt,
    /// Subversion (svn, TortoiseSVN: serf over OpenSSL).
    Subversion,
    /// GnuTLS and what is built on it (apt, gnutls-cli).
    #[serde(rename = "gnutls")]
    GnuTls,
    /// Unity's UnityWebRequest (UnityTLS, its own verifier).
    Unity,
    /// A mini program's request (WeChat's `wx.request`, uni-app's
    /// `uni.request`: "request:fail …").
    MiniProgram,
    /// No client named itself.
    Unknown,
}

/// One recognised error.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "transfer", derive(bincode::Encode, bincode::Decode))]
pub struct ClientError {
    pub client: ErrorClient,
    pub family: Family,
    pub details: Details,
    /// The input it was in and its 1-based line.
    pub input: usize,
    pub line: usize,
    /// The line, cut to [`MAX_TEXT`] characters, control characters out.
    pub text: String,
}

/// Characters of an error line kept for the report.
const MAX_TEXT: usize = 500;
/// Bytes of a line looked at: an error line is short.
const MAX_LINE: usize = 4096;
/// Lines of an input looked at, and errors kept per input.
const MAX_LINES: usize = 20_000;
const MAX_ERRORS: usize = 20;

/// What one input's text holds.
#[derive(Debug, Default)]
pub struct Recognised {
    pub errors: Vec<ClientError>,
    /// The first line that reads like a TLS error but matched no rule.
    pub unrecognised: Option<(usize, String)>,
}

struct Matchers {
    families: Matcher,
    clients: Matcher,
}

fn matchers() -> &'static Matchers {
    static MATCHERS: OnceLock<Matchers> = OnceLock::new();
    MATCHERS.get_or_init(|| Matchers {
        families: Matcher::new(rules::family_tokens()),
        clients: Matcher::new(client_tokens::CLIENT_TOKENS.iter().map(|(token, _)| *token)),
    })
}

/// Finds the earliest token of a table that occurs in a line, ignoring
/// ASCII case. Tokens are indexed by their first three bytes (every token
/// has at least three), so each position of a line costs one lookup and a
/// comparison with the few tokens that start the same way (at most 20).
struct Matcher {
    /// Lowercased.
    tokens: Vec<Vec<u8>>,
    /// Token indices by first three bytes, in table order.
    by_prefix: HashMap<[u8; 3], Vec<usize>>,
    /// Whether any token starts with the byte pair `256 * first + second`.
    pairs: Vec<bool>,
}

impl Matcher {
    fn new<'a>(tokens: impl Iterator<Item = &'a str>) -> Self {
        let tokens: Vec<Vec<u8>> = tokens.map(|token| token.as_bytes().to_ascii_lowercase()).collect();
        let mut by_prefix: HashMap<[u8; 3], Vec<usize>> = HashMap::new();
        let mut pairs = vec![false; 1 << 16];
        for (index, token) in tokens.iter().enumerate() {
            if let [first, second, third, ..] = token[..] {
                by_prefix.entry([first, second, third]).or_default().push(index);
                pairs[usize::from(first) << 8 | usize::from(second)] = true;
            }
        }
        Self { tokens, by_prefix, pairs }
    }

    /// The index of the earliest token in the table that `line` contains.
    fn first(&self, line: &str) -> Option<usize> {
        let bytes = line.as_bytes();
        let mut best: Option<usize> = None;
        for start in 0..bytes.len().saturating_sub(2) {
            let [first, second, third] =
                [bytes[start], bytes[start + 1], bytes[start + 2]].map(|byte| byte.to_ascii_lowercase());
            if !self.pairs[usize::from(first) << 8 | usize::from(second)] {
                continue;
            }
            let Some(candidates) = self.by_prefix.get(&[first, second, third]) else { continue };
            for index in candidates.iter().copied().take_while(|index| best.is_none_or(|best| *index < best)) {
                let token = &self.tokens[index];
                if bytes.get(start..start + token.len()).is_some_and(|found| found.eq_ignore_ascii_case(token)) {
                    best = Some(index);
                    break;
                }
            }
            if best == Some(0) {
                break;
            }
        }
        best
    }
}

/// Recognises the error lines in `text` (input `input`).
pub fn recognise(text: &str, input: usize) -> Recognised {
    let mut out = Recognised::default();
    let mut in_pem = false;
    let (numbers, lines): (Vec<usize>, Vec<&str>) = lines_to_read(text).into_iter().unzip();
    for (index, line) in lines.iter().enumerate() {
        if out.errors.len() >= MAX_ERRORS {
            break;
        }
        if let Some(boundary) = pem_boundary(line) {
            in_pem = boundary == Boundary::Begin;
            continue;
        }
        if line.trim().is_empty() || (in_pem && is_base64_text(line)) || looks_like_base64(line) {
            continue;
        }
        // Built on the first line that needs it: a bundle of PEM blocks
        // alone never does.
        let matchers = matchers();
        let shown_line = *line;
        let line = &plain_quotes(line);
        let Some(rule) = matchers.families.first(line) else {
            if out.unrecognised.is_none() && reads_like_an_error(line) {
                out.unrecognised = Some((numbers[index], shown(line)));
            }
            continue;
        };
        let lower = line.to_ascii_lowercase();
        if warns_of_expiry(&lower) {
            continue;
        }
        let details = details(line, &lower);
        let family = details
            .openssl_error
            .and_then(Family::of_openssl)
            .or_else(|| Family::of_go_dates(&lower))
            .or_else(|| Family::of_schannel_alert(&lower))
            .or_else(|| rules::family_of_token(rule))
            .unwrap_or(Family::UnknownIssuer);
        // The client names itself on the line, or on one next to it.
        let client = [index, index.wrapping_sub(1), index + 1, index.wrapping_sub(2), index + 2]
            .iter()
            .filter_map(|near| lines.get(*near))
            .find_map(|near| matchers.clients.first(&plain_quotes(near)))
            .map_or(ErrorClient::Unknown, |rule| client_tokens::CLIENT_TOKENS[rule].1);
        let error = ClientError { client, family, details, input, line: numbers[index], text: shown(shown_line) };
        merge(&mut out.errors, error);
    }
    out
}

/// `line` with typographic quotes and no-break spaces as ASCII ones:
/// Apple's and Microsoft's texts, and text copied from a web page or a
/// chat, write "can’t", “name” and no-break spaces where the rules (and
/// other copies of the same message) have "can't", "name" and spaces.
fn plain_quotes(line: &str) -> std::borrow::Cow<'_, str> {
    let plain = |c: char| match c {
        '\u{2018}' | '\u{2019}' => Some('\''),
        '\u{201c}' | '\u{201d}' => Some('"'),
        '\u{a0}' | '\u{202f}' => Some(' '),
        _ => None,
    };
    if !line.chars().any(|c| plain(c).is_some()) {
        return std::borrow::Cow::Borrowed(line);
    }
    std::borrow::Cow::Owned(line.chars().map(|c| plain(c).unwrap_or(c)).collect())
}

/// The first [`MAX_LINES`] lines of `text` with their numbers, each cut to
/// [`MAX_LINE`] bytes, without PEM blocks that hold base64 alone: a CA
/// bundle is nearly all of them, and reading them line by line was a
/// twentieth of checking one. Each line is looked at at most twice.
fn lines_to_read(text: &str) -> Vec<(usize, &str)> {
    let mut lines = Vec::new();
    let mut number = 0;
    let mut rest = text;
    while !rest.is_empty() && number < MAX_LINES {
        let (line, after) = next_line(rest);
        number += 1;
        rest = after;
        if pem_boundary(line) == Some(Boundary::Begin) {
            if let Some((body_lines, body_bytes)) = base64_body(rest) {
                number += body_lines;
                rest = &rest[body_bytes..];
                continue;
            }
        }
        lines.push((number, cut(line, MAX_LINE)));
    }
    lines
}

/// The first line of `text` (without its line ending) and what follows it.
fn next_line(text: &str) -> (&str, &str) {
    let (line, rest) = text.split_once('\n').unwrap_or((text, ""));
    (line.strip_suffix('\r').unwrap_or(line), rest)
}

/// If `text` starts with base64 lines up to a PEM END line, how many lines
/// and bytes they are (the END line not counted).
fn base64_body(text: &str) -> Option<(usize, usize)> {
    let (mut lines, mut bytes) = (0, 0);
    let mut rest = text;
    while !rest.is_empty() && lines < MAX_LINES {
        let (line, after) = next_line(rest);
        if let Some(boundary) = pem_boundary(line) {
            return (boundary == Boundary::End).then_some((lines, bytes));
        }
        if !is_base64_text(line) {
            return None;
        }
        lines += 1;
        bytes += rest.len() - after.len();
        rest = after;
    }
    None
}

/// Adds `error`, or folds it into an earlier one of the same client and
/// family (a stack trace, curl's trailer line), keeping the details found.
fn merge(errors: &mut Vec<ClientError>, error: ClientError) {
    let same = errors.iter_mut().find(|known| {
        known.family == error.family
            && (known.client == error.client || error.client == ErrorClient::Unknown || known.client == ErrorClient::Unknown)
    });
    match same {
        Some(known) => {
            if known.client == ErrorClient::Unknown {
                known.client = error.client;
            }
            let details = &mut known.details;
            details.host = details.host.take().or(error.details.host);
            details.depth = details.depth.or(error.details.depth);
            details.openssl_error = details.openssl_error.or(error.details.openssl_error);
            details.code = details.code.take().or(error.details.code);
            details.distrusted_after = details.distrusted_after.take().or(error.details.distrusted_after);
            details.legacy_pkcs12 |= error.details.legacy_pkcs12;
            details.keytool_reply |= error.details.keytool_reply;
            details.key_unreachable |= error.details.key_unreachable;
            details.client_certificate_missing |= error.details.client_certificate_missing;
            if details.names.is_empty() {
                details.names = error.details.names;
            }
        }
        None => errors.push(error),
    }
}

/// Which end of a PEM block a line is.
#[derive(PartialEq)]
enum Boundary {
    Begin,
    End,
}

/// A `-----BEGIN …-----` or `-----END …-----` line.
fn pem_boundary(line: &str) -> Option<Boundary> {
    let line = line.trim();
    if !line.ends_with("-----") {
        return None;
    }
    if line.starts_with("-----BEGIN ") {
        Some(Boundary::Begin)
    } else {
        line.starts_with("-----END ").then_some(Boundary::End)
    }
}

fn cut(line: &str, bytes: usize) -> &str {
    if line.len() <= bytes {
        return line;
    }
    let mut end = bytes;
    while !line.is_char_boundary(end) {
        end -= 1;
    }
    &line[..end]
}

/// The line for the report: control characters out, at most [`MAX_TEXT`]
/// characters.
fn shown(line: &str) -> String {
    let clean: String = line.trim().chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
    match clean.char_indices().nth(MAX_TEXT) {
        Some((end, _)) => format!("{}…", &clean[..end]),
        None => clean,
    }
}

/// A line of a PEM or base64 body: not prose.
fn looks_like_base64(line: &str) -> bool {
    // A long symbolic name (NSURLErrorServerCertificateHasUnknownRoot) is
    // letters only; 40 base64 characters without a digit, '+' or '/' are
    // about one in 4,000.
    let line = line.trim();
    line.len() >= 40
        && is_base64_text(line)
        && line.bytes().any(|byte| byte.is_ascii_digit() || byte == b'+' || byte == b'/')
}

/// Only base64 characters (a PEM body's last line may be short).
fn is_base64_text(line: &str) -> bool {
    line.trim().bytes().all(crate::formats::pem::is_base64_byte)
}

/// A monitor's warning that a certificate will expire ("expires in 3
/// day(s)", "即将过期"): not an error any client printed, and no family's
/// words ("has expired") would be true of it. The analysis of the pasted
/// certificate says how long it has left.
fn warns_of_expiry(lower: &str) -> bool {
    ["will expire", "expires in ", "expiring in ", "expiring soon", "about to expire", "即将过期", "即将到期"]
        .iter()
        .any(|words| lower.contains(words))
}

/// A TLS-sounding error the rules do not know: worth saying so rather than
/// calling the input unreadable.
fn reads_like_an_error(line: &str) -> bool {
    let lower = line.to_ascii_lowercase();
    let failing = ["error", "failed", "exception", "fatal", "错误", "失败"].iter().any(|word| lower.contains(word));
    let tls = ["ssl", "tls", "certificate", "x509", "handshake", "证书"].iter().any(|word| lower.contains(word));
    failing && tls && !warns_of_expiry(&lower)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(text: &str) -> ClientError {
        let mut recognised = recognise(text, 0);
        assert_eq!(recognised.errors.len(), 1, "{text}: {:?}", recognised.errors);
        recognised.errors.remove(0)
    }

    #[test]
    fn base64_pem_bodies_are_skipped_and_lines_keep_their_numbers() {
        let text = "first\r\n-----BEGIN CERTIFICATE-----\nMAMC\nAQE=\n-----END CERTIFICATE-----\n\
                    -----BEGIN X-----\nnot: base64\n-----END X-----\nlast";
        let lines = lines_to_read(text);
        assert_eq!(
            lines,
            [
                (1, "first"),
                (5, "-----END CERTIFICATE-----"),
                (6, "-----BEGIN X-----"),
                (7, "not: base64"),
                (8, "-----END X-----"),
                (9, "last")
            ]
        );
        // A BEGIN line with no END after it is read as a line.
        assert_eq!(lines_to_read("-----BEGIN A-----\nQUJD"), [(1, "-----BEGIN A-----"), (2, "QUJD")]);
        let error = one("-----BEGIN CERTIFICATE-----\nMAMC\n-----END CERTIFICATE-----\n\ncurl: (60) SSL certificate problem: unable to get local issuer certificate");
        assert_eq!(error.line, 5);
    }

    #[test]
    fn families_clients_and_details() {
        let error = one("curl: (60) SSL certificate problem: unable to get local issuer certificate");
        assert_eq!((error.client, error.family), (ErrorClient::Curl, Family::UnknownIssuer));
        let error = one("tls: failed to verify certificate: x509: certificate is valid for a.example, b.example, not c.example");
        assert_eq!((error.client, error.family), (ErrorClient::Go, Family::Hostname));
        assert_eq!(error.details.names, ["a.example", "b.example"]);
        assert_eq!(error.details.host.as_deref(), Some("c.example"));
        let error = one("depth=0 CN = example.com\nverify error:num=21:unable to verify the first certificate");
        assert_eq!((error.family, error.details.openssl_error), (Family::MissingIntermediate, Some(21)));
        let error = one("AH02039: Certificate Verification: Error (20): unable to get local issuer certificate");
        assert_eq!(error.details.openssl_error, Some(20));
        assert_eq!(one("Error: certificate has expired { code: 'CERT_HAS_EXPIRED' }").details.code.as_deref(), Some("CERT_HAS_EXPIRED"));
    }

    #[test]
    fn a_stack_trace_is_one_error() {
        let trace = "javax.net.ssl.SSLHandshakeException: PKIX path building failed: sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path to requested target\n\tat sun.security.ssl.Alert.createSSLException(Alert.java:131)\nCaused by: sun.security.validator.ValidatorException: PKIX path building failed";
        let error = one(trace);
        assert_eq!((error.client, error.family, error.line), (ErrorClient::Java, Family::UnknownIssuer, 1));
    }

    #[test]
    fn certificates_and_prose_are_not_errors() {
        let pem = "-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUFADBaMQswCQYDVQQGEwJJ\n-----END CERTIFICATE-----";
        assert!(recognise(pem, 0).errors.is_empty());
        assert!(recognise("The quick brown fox.", 0).errors.is_empty());
        let odd = recognise("TLS handshake error: something new and strange", 0);
        assert!(odd.errors.is_empty() && odd.unrecognised.is_some());
    }

    #[test]
    fn no_token_is_listed_twice() {
        let mut seen = std::collections::HashSet::new();
        let twice: Vec<&str> = rules::family_tokens().filter(|token| !seen.insert(*token)).collect();
        assert!(twice.is_empty(), "{twice:?}");
    }

    #[test]
    fn a_warning_of_expiry_is_not_an_expired_certificate() {
        for warning in [
            "SSL CRITICAL - Certificate 'www.example.com' expires in 3 day(s) (2024-03-04 10:00 +0000/UTC).",
            "Warning: the certificate for www.example.com will expire on 2024-03-04",
            "SSL 证书即将过期",
            "ERROR: SSL certificate for www.example.com will expire in 3 days",
        ] {
            let recognised = recognise(warning, 0);
            assert!(recognised.errors.is_empty() && recognised.unrecognised.is_none(), "{warning}");
        }
        assert_eq!(one("SSL 证书已过期").family, Family::Expired);
        assert_eq!(one("curl: (60) SSL certificate problem: certificate has expired").family, Family::Expired);
    }
}
