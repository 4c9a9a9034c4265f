//! The readable form of a scan: one line per set, worst first — expired,
//! expiring within `--warn-days`, broken chains, key mismatches, other
//! errors, warnings, fine — and, within each, the soonest to expire first.

use std::fmt::Write as _;

use certdoctor::{words, Code, Lang, Report, Severity, Timestamp, Verdict};

use super::super::text::{clean, Colour};

/// How bad a set is, worst first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Rank {
    Expired,
    Expiring,
    BrokenChain,
    KeyMismatch,
    Errors,
    Warnings,
    Ok,
}

/// What the table shows of one set.
pub struct Row {
    pub rank: Rank,
    pub verdict: Verdict,
    pub not_after: Option<Timestamp>,
    pub leaf: Option<String>,
    pub set: String,
    /// Codes of its errors, then its warnings, each once.
    pub codes: Vec<&'static str>,
}

/// Codes that mean the chain does not lead to a trusted root.
fn breaks_the_chain(code: Code) -> bool {
    use Code as C;
    matches!(
        code,
        C::ChainIncomplete
            | C::TrustUntrustedRoot
            | C::TrustSelfSigned
            | C::TrustStoreMissing
            | C::TrustDistrustedAfter
            | C::SignatureInvalid
            | C::SignatureUnverifiable
            | C::IssuerNotCa
            | C::PathLengthExceeded
            | C::ChainTooLong
            | C::NameConstraintsViolated
            | C::EkuServerAuthMissing
    )
}

impl Row {
    pub fn of(report: &Report, set: &str) -> Self {
        let has = |test: &dyn Fn(Code) -> bool, severity: Severity| {
            report.findings.iter().any(|finding| finding.severity() == severity && test(finding.code()))
        };
        let rank = if has(&|code| code == Code::CertExpired, Severity::Error) {
            Rank::Expired
        } else if has(&|code| code == Code::CertExpiringSoon, Severity::Warning) {
            Rank::Expiring
        } else if has(&breaks_the_chain, Severity::Error) {
            Rank::BrokenChain
        } else if has(&|code| code == Code::KeyMismatch, Severity::Error) {
            Rank::KeyMismatch
        } else {
            match report.verdict {
                Verdict::Errors => Rank::Errors,
                Verdict::Warnings => Rank::Warnings,
                Verdict::Ok => Rank::Ok,
            }
        };
        let leaf = report.chain.as_ref().and_then(|chain| report.certificates().get(chain.leaf));
        // When the set stops working: the first certificate on the path to
        // expire (in a CA bundle, the first of the bundle).
        let not_after = match &report.chain {
            Some(chain) => chain.path.iter().filter_map(|index| report.certificates().get(*index)).map(|c| c.not_after).min(),
            None => report.bundle().map(|certificate| certificate.not_after).min(),
        };
        // A CA bundle is named by its first certificate, and how many more.
        let name = match leaf {
            Some(leaf) => Some(leaf.name.clone()),
            None => {
                let count = report.bundle().count();
                report.bundle().next().map(|first| if count > 1 { format!("{} +{}", first.name, count - 1) } else { first.name.clone() })
            }
        };
        let mut codes: Vec<&'static str> = Vec::new();
        for severity in [Severity::Error, Severity::Warning] {
            for finding in report.findings.iter().filter(|finding| finding.severity() == severity) {
                let code = finding.code().as_str();
                if !codes.contains(&code) {
                    codes.push(code);
                }
            }
        }
        Row {
            rank,
            verdict: report.verdict,
            not_after,
            leaf: name,
            set: set.to_string(),
            codes,
        }
    }
}

/// Worst first; within a rank the soonest to expire, then by name.
pub fn sort(rows: &mut [Row]) {
    rows.sort_by(|a, b| {
        (a.rank, a.not_after.is_none(), a.not_after, &a.set).cmp(&(b.rank, b.not_after.is_none(), b.not_after, &b.set))
    });
}

/// At most this many characters of a name in its column.
const NAME: usize = 34;

fn cut(text: &str, width: usize) -> String {
    let text = clean(text);
    if text.chars().count() <= width {
        return text;
    }
    let mut cut: String = text.chars().take(width - 1).collect();
    cut.push('…');
    cut
}

/// Pads `text` to `width` columns (East Asian wide characters count two).
fn pad(text: &str, width: usize) -> String {
    format!("{text}{}", " ".repeat(width.saturating_sub(columns(text))))
}

/// Terminal columns: CJK characters take two.
fn columns(text: &str) -> usize {
    text.chars().map(|c| if is_wide(c) { 2 } else { 1 }).sum()
}

/// The widest the set column grows.
const SET_WIDTH: usize = 60;

fn is_wide(c: char) -> bool {
    matches!(u32::from(c), 0x1100..=0x115F | 0x2E80..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF | 0xFE30..=0xFE4F | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6)
}

pub fn render(rows: &[Row], at: Timestamp, lang: Lang, colour: Colour) -> String {
    let words = words(lang);
    let labels = words.scan();
    let mut out = String::new();
    // The set column is as wide as its longest entry, up to a limit past
    // which a long path pushes its row's problems along.
    let set_width = rows
        .iter()
        .map(|row| columns(&clean(&row.set)))
        .chain([columns(labels.set)])
        .max()
        .unwrap_or_default()
        .min(SET_WIDTH);
    let _ = writeln!(
        out,
        "{}{}{}{}  {}",
        pad(labels.status, 14),
        pad(labels.expires, 30),
        pad(labels.certificate, NAME + 2),
        pad(labels.set, set_width),
        labels.problems
    );
    for row in rows {
        let (status, paint) = match row.rank {
            Rank::Expired => (labels.expired, "1;31"),
            Rank::Expiring => (labels.expiring, "1;33"),
            Rank::BrokenChain => (labels.broken_chain, "1;31"),
            Rank::KeyMismatch => (labels.key_mismatch, "1;31"),
            Rank::Errors => (labels.errors, "1;31"),
            Rank::Warnings => (labels.warnings, "1;33"),
            Rank::Ok => (labels.ok, "1;32"),
        };
        let expires = row
            .not_after
            .map(|date| format!("{} ({})", date.to_rfc3339().get(..10).unwrap_or_default(), words.days_from_now(at.days_until(date))))
            .unwrap_or_default();
        let leaf = row.leaf.as_deref().map_or_else(|| labels.no_certificate.to_string(), |name| cut(name, NAME));
        let status = pad(status, 14);
        let _ = write!(out, "{}{}{}{}", colour.paint(paint, &status), pad(&expires, 30), pad(&leaf, NAME + 2), pad(&clean(&row.set), set_width));
        if !row.codes.is_empty() {
            let shown: Vec<&str> = row.codes.iter().take(4).copied().collect();
            let more = row.codes.len().saturating_sub(shown.len());
            let _ = write!(out, "  [{}{}]", shown.join(", "), if more > 0 { format!(", +{more}") } else { String::new() });
        }
        out.push('\n');
    }
    let errors = rows.iter().filter(|row| row.verdict == Verdict::Errors).count();
    let warnings = rows.iter().filter(|row| row.verdict == Verdict::Warnings).count();
    let _ = writeln!(out, "\n{}", words.scan_summary(rows.len(), errors, warnings));
    out
}
