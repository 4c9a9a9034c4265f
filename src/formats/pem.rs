//! PEM armour as people actually paste it (RFC 7468, with RFC 1421 headers).
//!
//! Text around the blocks is ignored: `openssl s_client -showcerts` chatter,
//! `Bag Attributes` lines written by `openssl pkcs12`, prose. Lines may end in
//! CRLF or LF, be indented, or have been collapsed onto one line by a web form
//! (blocks are found by their `-----BEGIN …-----` markers, not by lines), and
//! JSON-escaped `\n` sequences are accepted. A block that cannot be read is
//! reported with the line it starts on, and scanning goes on after it.

use base64::engine::general_purpose::{GeneralPurpose, GeneralPurposeConfig};
use base64::engine::DecodePaddingMode;
use base64::Engine;
use serde::Serialize;
use zeroize::Zeroizing;

/// The labels certdoctor understands (RFC 7468 §3 plus the OpenSSL and
/// OpenSSH ones found in the wild).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Label {
    Certificate,
    /// OpenSSL's "trusted certificate": DER certificate followed by trust
    /// settings.
    TrustedCertificate,
    CertificateRequest,
    Crl,
    /// PKCS#8 `PrivateKeyInfo`.
    PrivateKey,
    /// PKCS#8 `EncryptedPrivateKeyInfo`.
    EncryptedPrivateKey,
    /// PKCS#1 `RSAPrivateKey`, possibly with legacy OpenSSL encryption headers.
    RsaPrivateKey,
    /// SEC1 `ECPrivateKey`, possibly with legacy OpenSSL encryption headers.
    EcPrivateKey,
    DsaPrivateKey,
    EcParameters,
    DhParameters,
    /// `SubjectPublicKeyInfo`.
    PublicKey,
    /// PKCS#1 `RSAPublicKey`.
    RsaPublicKey,
    /// PKCS#7 / CMS `ContentInfo`, usually a certs-only SignedData bundle.
    Pkcs7,
    OpenSshPrivateKey,
}

impl Label {
    fn from_text(text: &str) -> Option<Self> {
        Some(match text {
            "CERTIFICATE" | "X509 CERTIFICATE" | "X.509 CERTIFICATE" => Self::Certificate,
            "TRUSTED CERTIFICATE" => Self::TrustedCertificate,
            "CERTIFICATE REQUEST" | "NEW CERTIFICATE REQUEST" => Self::CertificateRequest,
            "X509 CRL" => Self::Crl,
            "PRIVATE KEY" => Self::PrivateKey,
            "ENCRYPTED PRIVATE KEY" => Self::EncryptedPrivateKey,
            "RSA PRIVATE KEY" => Self::RsaPrivateKey,
            "EC PRIVATE KEY" => Self::EcPrivateKey,
            "DSA PRIVATE KEY" => Self::DsaPrivateKey,
            "EC PARAMETERS" => Self::EcParameters,
            "DH PARAMETERS" | "X9.42 DH PARAMETERS" => Self::DhParameters,
            "PUBLIC KEY" => Self::PublicKey,
            "RSA PUBLIC KEY" => Self::RsaPublicKey,
            "PKCS7" | "PKCS #7 SIGNED DATA" | "CMS" => Self::Pkcs7,
            "OPENSSH PRIVATE KEY" => Self::OpenSshPrivateKey,
            _ => return None,
        })
    }
}

/// One decoded block.
pub struct Block {
    pub label: Label,
    /// 1-based line of the `BEGIN` marker in the input.
    pub line: usize,
    /// RFC 1421 headers such as `Proc-Type` and `DEK-Info`, in order.
    pub headers: Vec<(String, String)>,
    pub der: Vec<u8>,
}

impl std::fmt::Debug for Block {
    // The body may be a private key: never print it.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Block")
            .field("label", &self.label)
            .field("line", &self.line)
            .field("der_len", &self.der.len())
            .finish_non_exhaustive()
    }
}

impl Drop for Block {
    fn drop(&mut self) {
        zeroize::Zeroize::zeroize(&mut self.der);
    }
}

/// What was wrong with a block.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "transfer", derive(bincode::Encode, bincode::Decode))]
#[serde(tag = "problem", rename_all = "kebab-case")]
pub enum PemProblem {
    /// `BEGIN` with no matching `END` before the next block or the end.
    MissingEnd { label: String },
    /// `BEGIN X` closed by `END Y`.
    MismatchedEnd { begin: String, end: String },
    /// A character outside the base64 alphabet (`character`, at the 1-based
    /// `position` of the base64 text), or base64 that does not decode
    /// (bad padding or length) when both are `None`.
    BadBase64 { label: String, character: Option<char>, position: Option<usize> },
    /// A label certdoctor does not know.
    UnknownLabel { label: String },
    /// The markers are there but nothing is between them.
    Empty { label: String },
    /// The `-----BEGIN` marker is not closed by `-----` on its line.
    BrokenMarker,
}

/// A problem and the 1-based line of the block it belongs to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LocatedProblem {
    pub line: usize,
    pub problem: PemProblem,
}

/// Everything found in one input.
#[derive(Debug, Default)]
pub struct Scan {
    pub blocks: Vec<Block>,
    pub problems: Vec<LocatedProblem>,
    /// True if any `-----BEGIN` marker was seen at all.
    pub saw_marker: bool,
    /// True if scanning stopped at the block limit.
    pub hit_block_limit: bool,
}

const BEGIN: &[u8] = b"-----BEGIN ";
const END: &[u8] = b"-----END ";
const DASHES: &[u8] = b"-----";
/// Labels are short; a marker whose label runs longer is not a marker.
const MAX_LABEL_LEN: usize = 64;

/// Standard base64, padded or not.
pub(crate) const BASE64: GeneralPurpose = GeneralPurpose::new(
    &base64::alphabet::STANDARD,
    GeneralPurposeConfig::new().with_decode_padding_mode(DecodePaddingMode::Indifferent),
);

/// Finds and decodes every PEM block in `input`, at most `max_blocks` of them.
pub fn scan(input: &[u8], max_blocks: usize) -> Scan {
    let mut scan = Scan::default();
    let mut cursor = 0;
    let mut lines = LineCounter::default();
    // Each marker is searched for once over the whole input: a flood of
    // BEGIN lines with no END must not make every block search to the end.
    let mut begins = Finder::new(input, BEGIN);
    let mut ends = Finder::new(input, END);
    while let Some(begin_at) = begins.next_from(cursor) {
        scan.saw_marker = true;
        if scan.blocks.len() + scan.problems.len() >= max_blocks {
            scan.hit_block_limit = true;
            break;
        }
        let line = lines.line_at(input, begin_at);
        let label_start = begin_at + BEGIN.len();
        let Some(label_end) = find_marker_close(input, label_start) else {
            scan.problems.push(LocatedProblem { line, problem: PemProblem::BrokenMarker });
            cursor = label_start;
            continue;
        };
        let label_text = text_of(&input[label_start..label_end]);
        let body_start = label_end + DASHES.len();
        let next_begin = begins.next_from(body_start);
        let end_at = ends.next_from(body_start).filter(|end| next_begin.is_none_or(|next| *end < next));

        let (body_end, problem, resume) = match end_at {
            Some(end_at) => {
                let end_label_start = end_at + END.len();
                let (end_label, resume) = match find_marker_close(input, end_label_start) {
                    Some(close) => (text_of(&input[end_label_start..close]), close + DASHES.len()),
                    None => (String::new(), end_label_start),
                };
                let problem = (end_label != label_text)
                    .then(|| PemProblem::MismatchedEnd { begin: label_text.clone(), end: end_label });
                (end_at, problem, resume)
            }
            None => {
                let stop = next_begin.unwrap_or(input.len());
                (stop, Some(PemProblem::MissingEnd { label: label_text.clone() }), stop)
            }
        };
        cursor = resume;

        let Some(label) = Label::from_text(&label_text) else {
            scan.problems
                .push(LocatedProblem { line, problem: PemProblem::UnknownLabel { label: label_text } });
            continue;
        };
        let had_structural_problem = problem.is_some();
        if let Some(problem) = problem {
            scan.problems.push(LocatedProblem { line, problem });
        }
        match decode_body(&input[body_start..body_end]) {
            Ok((_, der)) if der.is_empty() => {
                scan.problems.push(LocatedProblem { line, problem: PemProblem::Empty { label: label_text } });
            }
            Ok((headers, der)) => scan.blocks.push(Block { label, line, headers, der }),
            // A block with no END line usually runs into trailing prose; its
            // base64 error says nothing new, so report the structure only.
            Err(_) if had_structural_problem => {}
            Err((character, position)) => scan.problems.push(LocatedProblem {
                line,
                problem: PemProblem::BadBase64 { label: label_text, character, position },
            }),
        }
    }
    scan
}

/// The next occurrence of a needle at or after a position, for positions
/// that never go back: each part of the input is searched at most once.
struct Finder<'a> {
    haystack: &'a [u8],
    needle: &'static [u8],
    /// The last answer: searched from `from`, found at `at`.
    from: usize,
    at: Option<usize>,
    searched: bool,
}

impl<'a> Finder<'a> {
    fn new(haystack: &'a [u8], needle: &'static [u8]) -> Self {
        Self { haystack, needle, from: 0, at: None, searched: false }
    }

    fn next_from(&mut self, from: usize) -> Option<usize> {
        let still_valid = self.searched && from >= self.from && self.at.is_none_or(|at| from <= at);
        if !still_valid {
            self.at = find(self.haystack, self.needle, from);
            self.from = from;
            self.searched = true;
        }
        self.at
    }
}

fn find(haystack: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    let (&first, rest) = needle.split_first()?;
    let mut start = from;
    let haystack_len = haystack.len();
    while start + needle.len() <= haystack_len {
        let offset = haystack[start..haystack_len - rest.len()].iter().position(|byte| *byte == first)?;
        let candidate = start + offset;
        if haystack[candidate + 1..].starts_with(rest) {
            return Some(candidate);
        }
        start = candidate + 1;
    }
    None
}

/// The `-----` that closes a marker label, on the same line and not too far.
fn find_marker_close(input: &[u8], label_start: usize) -> Option<usize> {
    let window_end = input.len().min(label_start + MAX_LABEL_LEN + DASHES.len());
    let window = input.get(label_start..window_end)?;
    let close = find(window, DASHES, 0)?;
    if window[..close].iter().any(|byte| matches!(byte, b'\n' | b'\r')) {
        return None;
    }
    Some(label_start + close)
}

fn text_of(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).trim().to_string()
}

/// Line numbers of increasing offsets, counted once: scanning stays linear
/// however many blocks an input has.
#[derive(Default)]
struct LineCounter {
    offset: usize,
    newlines: usize,
}

impl LineCounter {
    fn line_at(&mut self, input: &[u8], offset: usize) -> usize {
        if offset >= self.offset {
            self.newlines += input[self.offset..offset].iter().filter(|byte| **byte == b'\n').count();
            self.offset = offset;
        }
        self.newlines + 1
    }
}

type Headers = Vec<(String, String)>;

/// Splits RFC 1421 headers from the base64 text and decodes the latter.
/// Where base64 went wrong: the offending character and its 1-based
/// position, or neither when the text does not decode as a whole.
type Base64Error = (Option<char>, Option<usize>);

fn decode_body(body: &[u8]) -> Result<(Headers, Vec<u8>), Base64Error> {
    // Nearly every block: base64 and white space alone, decoded straight
    // from the bytes after one pass that drops the space. Anything else
    // (headers, JSON escapes, a stray character) takes the way below.
    if let Some(base64_text) = plain_base64(body) {
        return BASE64.decode(base64_text.as_slice()).map(|der| (Headers::new(), der)).map_err(|_| (None, None));
    }
    // The body may be a private key: every copy of it is wiped when dropped.
    let raw = Zeroizing::new(String::from_utf8_lossy(body).into_owned());
    // A block pasted out of a JSON string keeps its escapes.
    let text = Zeroizing::new(raw.replace("\\r\\n", "\n"));
    let text = Zeroizing::new(text.replace("\\n", "\n"));
    let mut headers: Headers = Vec::new();
    let mut base64_text = Zeroizing::new(String::with_capacity(text.len()));
    let mut in_headers = true;
    for line in text.lines() {
        let line = line.trim();
        if in_headers {
            if line.is_empty() {
                if !headers.is_empty() {
                    in_headers = false;
                }
                continue;
            }
            if let Some((name, value)) = line.split_once(':') {
                headers.push((name.trim().to_string(), value.trim().to_string()));
                continue;
            }
            in_headers = false;
        }
        base64_text.extend(line.chars().filter(|c| !c.is_whitespace()));
    }
    if let Some((position, bad)) =
        base64_text.char_indices().find(|(_, c)| !u8::try_from(*c).is_ok_and(is_base64_byte))
    {
        return Err((Some(bad), Some(position + 1)));
    }
    check_and_decode(base64_text.as_bytes()).map(|der| (headers, der))
}

/// Whether `byte` is one of base64's characters (padding included).
pub fn is_base64_byte(byte: u8) -> bool {
    const fn table() -> [bool; 256] {
        let mut table = [false; 256];
        let mut byte = 0;
        while byte < 256 {
            let b = byte as u8;
            table[byte] = b.is_ascii_alphanumeric() || b == b'+' || b == b'/' || b == b'=';
            byte += 1;
        }
        table
    }
    const BASE64_BYTE: [bool; 256] = table();
    BASE64_BYTE[usize::from(byte)]
}

/// The base64 text of a body whose lines hold only base64 characters (white
/// space around them aside), without the space; `None` if it holds anything
/// else. Line by line: checking and copying byte by byte was an eighth of
/// reading a CA bundle.
fn plain_base64(body: &[u8]) -> Option<Zeroizing<Vec<u8>>> {
    let mut text = Zeroizing::new(Vec::with_capacity(body.len()));
    for line in body.split(|byte| *byte == b'\n') {
        let line = line.trim_ascii();
        if !line.iter().all(|byte| is_base64_byte(*byte)) {
            return None;
        }
        text.extend_from_slice(line);
    }
    Some(text)
}

/// Decodes ASCII base64 text (no whitespace), or says which character is
/// not base64 and where.
fn check_and_decode(text: &[u8]) -> Result<Vec<u8>, Base64Error> {
    if let Some(position) = text.iter().position(|byte| !is_base64_byte(*byte)) {
        return Err((Some(char::from(text[position])), Some(position + 1)));
    }
    BASE64.decode(text).map_err(|_| (None, None))
}

/// Decodes base64 without armour, as people sometimes paste a certificate
/// body alone. Returns `None` unless the whole text is base64.
pub fn decode_bare_base64(input: &[u8]) -> Option<Zeroizing<Vec<u8>>> {
    let text = std::str::from_utf8(input).ok()?;
    let compact: Zeroizing<String> = Zeroizing::new(text.chars().filter(|c| !c.is_whitespace()).collect());
    if compact.len() < 16 {
        return None;
    }
    BASE64.decode(compact.as_bytes()).ok().map(Zeroizing::new)
}

/// RFC 7468 armour with 64-character lines.
pub fn encode(label: &str, der: &[u8]) -> String {
    let mut out = String::with_capacity(2 * label.len() + 32 + der.len() / 3 * 4 + der.len() / 48 + 8);
    out.push_str("-----BEGIN ");
    out.push_str(label);
    out.push_str("-----\n");
    // 48 bytes make a line of 64 characters, padded only at the end.
    for chunk in der.chunks(48) {
        BASE64.encode_string(chunk, &mut out);
        out.push('\n');
    }
    out.push_str("-----END ");
    out.push_str(label);
    out.push_str("-----\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const BODY: &str = "MAMCAQE="; // SEQUENCE { INTEGER 1 }

    fn block(label: &str) -> String {
        format!("-----BEGIN {label}-----\n{BODY}\n-----END {label}-----\n")
    }

    #[test]
    fn reads_blocks_among_junk() {
        let input = format!(
            "depth=0 CN = example\nBag Attributes\n    localKeyID: 01 02\nsubject=/CN=x\n{}\n---\nServer certificate\n{}",
            block("CERTIFICATE"),
            block("PRIVATE KEY")
        );
        let scan = scan(input.as_bytes(), 100);
        assert!(scan.problems.is_empty(), "{:?}", scan.problems);
        let labels: Vec<_> = scan.blocks.iter().map(|b| b.label).collect();
        assert_eq!(labels, [Label::Certificate, Label::PrivateKey]);
        assert_eq!(scan.blocks[0].line, 5);
        assert_eq!(scan.blocks[0].der, [0x30, 0x03, 0x02, 0x01, 0x01]);
    }

    #[test]
    fn tolerates_crlf_indent_one_line_and_json_escapes() {
        let inputs = [
            block("CERTIFICATE").replace('\n', "\r\n"),
            block("CERTIFICATE").replace('\n', "\n   "),
            block("CERTIFICATE").replace('\n', " "),
            block("CERTIFICATE").replace('\n', "\\n"),
            block("CERTIFICATE").trim_end().to_string(),
            "-----BEGIN CERTIFICATE-----\nMAMC\r\nAQE\n-----END CERTIFICATE-----".to_string(),
        ];
        for input in inputs {
            let scan = scan(input.as_bytes(), 100);
            assert!(scan.problems.is_empty(), "{input:?}: {:?}", scan.problems);
            assert_eq!(scan.blocks.len(), 1, "{input:?}");
            assert_eq!(scan.blocks[0].der, [0x30, 0x03, 0x02, 0x01, 0x01], "{input:?}");
        }
    }

    #[test]
    fn reads_rfc1421_headers() {
        let input = "-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,00112233445566778899AABBCCDDEEFF\n\nMAMCAQE=\n-----END RSA PRIVATE KEY-----\n";
        let scan = scan(input.as_bytes(), 100);
        assert_eq!(scan.blocks.len(), 1);
        assert_eq!(scan.blocks[0].headers[0], ("Proc-Type".into(), "4,ENCRYPTED".into()));
        assert_eq!(scan.blocks[0].headers[1].0, "DEK-Info");
    }

    #[test]
    fn reports_broken_blocks_and_goes_on() {
        let cases: [(String, PemProblem); 5] = [
            (
                format!("-----BEGIN CERTIFICATE-----\n{BODY}\n"),
                PemProblem::MissingEnd { label: "CERTIFICATE".into() },
            ),
            (
                format!("-----BEGIN CERTIFICATE-----\n{BODY}\n-----END PRIVATE KEY-----\n"),
                PemProblem::MismatchedEnd { begin: "CERTIFICATE".into(), end: "PRIVATE KEY".into() },
            ),
            (
                "-----BEGIN CERTIFICATE-----\nMAMC*QE=\n-----END CERTIFICATE-----\n".into(),
                PemProblem::BadBase64 {
                    label: "CERTIFICATE".into(),
                    character: Some('*'),
                    position: Some(5),
                },
            ),
            (block("FOO BAR"), PemProblem::UnknownLabel { label: "FOO BAR".into() }),
            (
                "-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----\n".into(),
                PemProblem::Empty { label: "CERTIFICATE".into() },
            ),
        ];
        for (broken, expected) in cases {
            let input = format!("{broken}{}", block("CERTIFICATE"));
            let scan = scan(input.as_bytes(), 100);
            assert_eq!(scan.problems.len(), 1, "{broken:?}: {:?}", scan.problems);
            assert_eq!(scan.problems[0].problem, expected);
            assert_eq!(scan.problems[0].line, 1);
            // The good block after the broken one is still read.
            assert!(scan.blocks.iter().any(|b| b.der == [0x30, 0x03, 0x02, 0x01, 0x01]), "{broken:?}");
        }
    }

    #[test]
    fn encodes_what_it_reads() {
        let der: Vec<u8> = (0u8..100).collect();
        let pem = encode("CERTIFICATE", &der);
        assert!(pem.lines().all(|line| line.len() <= 64));
        assert_eq!(scan(pem.as_bytes(), 10).blocks[0].der, der);
    }

    #[test]
    fn stops_at_the_block_limit() {
        let input = block("CERTIFICATE").repeat(10);
        let scan = scan(input.as_bytes(), 3);
        assert_eq!(scan.blocks.len(), 3);
        assert!(scan.hit_block_limit);
    }

    #[test]
    fn bare_base64() {
        assert_eq!(decode_bare_base64(b"MAMCAQEwAwIBAQ==\n").unwrap().len(), 10);
        assert!(decode_bare_base64(b"not base64 at all!").is_none());
        assert!(decode_bare_base64(b"MAMC").is_none());
    }
}
