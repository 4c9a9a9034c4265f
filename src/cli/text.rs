//! The readable report for terminals. Colour only when stdout is a terminal
//! and `NO_COLOR` is not set.

use std::fmt::Write as _;
use std::io::IsTerminal;

use certdoctor::report::RenderedReport;
use certdoctor::{Lang, Profile, Severity, Verdict};

#[derive(Clone, Copy)]
pub struct Colour(bool);

impl Colour {
    pub fn for_stdout() -> Self {
        Self(std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none())
    }

    fn paint(self, code: &str, text: &str) -> String {
        if self.0 {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }
}

const WIDTH: usize = 88;

struct Words {
    certificates: &'static str,
    findings: &'static str,
    no_findings: &'static str,
    fix: &'static str,
    valid: &'static str,
    issuer: &'static str,
    names: &'static str,
    key: &'static str,
    checked_at: &'static str,
    rules: &'static str,
    chain: &'static str,
    keys: &'static str,
    belongs_to: &'static str,
    matches_nothing: &'static str,
    public_root: &'static str,
    your_root: &'static str,
    untrusted_root: &'static str,
    missing_issuer: &'static str,
    second_opinion: &'static str,
    accepted: &'static str,
    rejected: &'static str,
    verdict: fn(Verdict) -> &'static str,
    severity: fn(Severity) -> &'static str,
}

const ENGLISH: Words = Words {
    certificates: "Certificates",
    findings: "Findings",
    no_findings: "No problems found.",
    fix: "Fix",
    valid: "valid",
    issuer: "issuer",
    names: "names",
    key: "key",
    checked_at: "checked at",
    rules: "rules",
    chain: "Chain",
    keys: "Keys",
    belongs_to: "belongs to",
    matches_nothing: "matches no certificate or CSR given",
    public_root: "public root",
    your_root: "your root",
    untrusted_root: "✗ ends at an untrusted root",
    missing_issuer: "missing issuer",
    second_opinion: "second opinion (rustls-webpki)",
    accepted: "accepted",
    rejected: "rejected",
    verdict: |verdict| match verdict {
        Verdict::Ok => "OK — no problems found",
        Verdict::Warnings => "WARNINGS — works, but should be fixed",
        Verdict::Errors => "ERRORS — clients will fail",
    },
    severity: |severity| match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "info",
    },
};

const CHINESE: Words = Words {
    certificates: "证书",
    findings: "发现的问题",
    no_findings: "未发现问题。",
    fix: "修复",
    valid: "有效期",
    issuer: "签发者",
    names: "名称",
    key: "密钥",
    checked_at: "检查时间",
    rules: "规则",
    chain: "证书链",
    keys: "密钥",
    belongs_to: "属于",
    matches_nothing: "与提供的任何证书或 CSR 都不匹配",
    public_root: "公共根证书",
    your_root: "你的根证书",
    untrusted_root: "✗ 止于不受信任的根证书",
    missing_issuer: "缺少签发者",
    second_opinion: "第二意见（rustls-webpki）",
    accepted: "接受",
    rejected: "拒绝",
    verdict: |verdict| match verdict {
        Verdict::Ok => "正常 — 未发现问题",
        Verdict::Warnings => "警告 — 可以使用，但应当修复",
        Verdict::Errors => "错误 — 客户端将会失败",
    },
    severity: |severity| match severity {
        Severity::Error => "错误",
        Severity::Warning => "警告",
        Severity::Info => "提示",
    },
};

pub fn render(report: &RenderedReport<'_>, lang: Lang, colour: Colour) -> String {
    let words = match lang {
        Lang::En => &ENGLISH,
        Lang::Zh => &CHINESE,
    };
    let mut out = String::new();
    let verdict_colour = match report.verdict {
        Verdict::Ok => "1;32",
        Verdict::Warnings => "1;33",
        Verdict::Errors => "1;31",
    };
    let _ = writeln!(out, "{}", colour.paint(verdict_colour, (words.verdict)(report.verdict)));
    let _ = writeln!(
        out,
        "{} {}{} · {} {}",
        words.checked_at,
        report.checked_at.to_human(),
        report.host.map(|host| format!(" · host {host}")).unwrap_or_default(),
        words.rules,
        match report.profile {
            Profile::Rfc5280 => "RFC 5280",
            _ => "Web PKI (RFC 5280 + CA/B Forum BR)",
        }
    );

    if !report.certificates.is_empty() {
        let _ = writeln!(out, "\n{}", colour.paint("1", words.certificates));
        for certificate in report.certificates {
            let _ = writeln!(out, "  [{}] {}", certificate.index + 1, colour.paint("1", &certificate.name));
            let _ = writeln!(out, "      {:<8} {}", words.issuer, certificate.issuer);
            let _ = writeln!(
                out,
                "      {:<8} {} → {}",
                words.valid,
                certificate.not_before.to_human(),
                certificate.not_after.to_human()
            );
            if certificate.has_names() {
                // --json has them all.
                let _ = writeln!(out, "      {:<8} {}", words.names, certificate.names_summary(12));
            }
            if !certificate.scts.is_empty() || !certificate.ocsp.is_empty() {
                let _ = writeln!(
                    out,
                    "      {:<8} {} SCT · OCSP {} · CRL {}",
                    "CT",
                    certificate.scts.len(),
                    certificate.ocsp.join(" ").chars().take(60).collect::<String>(),
                    certificate.crl_distribution_points.first().map(String::as_str).unwrap_or("-")
                );
            }
            let _ = writeln!(
                out,
                "      {:<8} {} · {}",
                words.key,
                certificate.key.description(),
                certificate.signature_algorithm
            );
        }
    }

    if !report.keys.is_empty() {
        let _ = writeln!(out, "\n{}", colour.paint("1", words.keys));
        for key in report.keys {
            let _ = writeln!(out, "  {}", key.describe(report.inputs));
            let mut detail = key.format.clone();
            if let Some(encryption) = &key.encryption {
                detail.push_str(&format!(" · {encryption}"));
            }
            let _ = writeln!(out, "      {detail}");
            let belongs: Vec<String> = key
                .certificates
                .iter()
                .filter_map(|index| report.certificates.get(*index))
                .map(|certificate| format!("[{}] {}", certificate.index + 1, certificate.name))
                .chain(
                    key.requests
                        .iter()
                        .filter_map(|index| report.requests.get(*index))
                        .map(|request| format!("CSR {}", request.name)),
                )
                .collect();
            let line = if belongs.is_empty() {
                colour.paint("33", words.matches_nothing)
            } else {
                colour.paint("32", &format!("✓ {} {}", words.belongs_to, belongs.join(", ")))
            };
            let _ = writeln!(out, "      {line}");
        }
    }

    if let Some(chain) = report.chain {
        let _ = writeln!(out, "\n{}", colour.paint("1", words.chain));
        for (position, index) in chain.path.iter().enumerate() {
            if let Some(certificate) = report.certificates.get(*index) {
                let _ = writeln!(out, "  {}{}", "  ".repeat(position), certificate.name);
            }
        }
        let depth = "  ".repeat(chain.path.len());
        let end = match &chain.end {
            certdoctor::chain::PathEnd::Anchor { name, source } => {
                let source = match source {
                    certdoctor::chain::AnchorSource::Public => words.public_root,
                    certdoctor::chain::AnchorSource::User => words.your_root,
                };
                colour.paint("32", &format!("✓ {name} ({source})"))
            }
            certdoctor::chain::PathEnd::UntrustedRoot { .. } => colour.paint("31", words.untrusted_root),
            certdoctor::chain::PathEnd::MissingIssuer { issuer } => {
                colour.paint("31", &format!("✗ {}: {issuer}", words.missing_issuer))
            }
        };
        let _ = writeln!(out, "  {depth}{end}");
        if let Some(opinion) = report.second_opinion {
            let verdict = match &opinion.error {
                None => words.accepted.to_string(),
                Some(error) => format!("{} ({error})", words.rejected),
            };
            let _ = writeln!(out, "  {}: {verdict}", words.second_opinion);
        }
    }

    let _ = writeln!(out, "\n{}", colour.paint("1", words.findings));
    if report.findings.is_empty() {
        let _ = writeln!(out, "  {}", words.no_findings);
    }
    for finding in &report.findings {
        let severity_colour = match finding.severity {
            Severity::Error => "1;31",
            Severity::Warning => "1;33",
            Severity::Info => "1;36",
        };
        let label = format!("{:<7}", (words.severity)(finding.severity));
        let _ = writeln!(
            out,
            "\n  {} {} {}",
            colour.paint(severity_colour, &label),
            colour.paint("1", &finding.title),
            colour.paint("2", &format!("[{}]", finding.code()))
        );
        for line in wrap(&finding.explanation, WIDTH - 4) {
            let _ = writeln!(out, "    {line}");
        }
        let fix = format!("{}: {}", words.fix, finding.fix);
        for line in wrap(&fix, WIDTH - 4) {
            let _ = writeln!(out, "    {line}");
        }
    }
    out
}

/// Greedy word wrap; text without spaces (Chinese) is cut by characters.
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    let mut line_width = 0;
    for word in text.split_inclusive(' ') {
        let word_width = display_width(word.trim_end());
        if line_width > 0 && line_width + word_width > width {
            lines.push(line.trim_end().to_string());
            line.clear();
            line_width = 0;
        }
        if word_width > width {
            for character in word.chars() {
                let character_width = display_width(character.encode_utf8(&mut [0; 4]));
                if line_width + character_width > width {
                    lines.push(std::mem::take(&mut line));
                    line_width = 0;
                }
                line.push(character);
                line_width += character_width;
            }
            continue;
        }
        line.push_str(word);
        line_width += display_width(word);
    }
    if !line.trim().is_empty() {
        lines.push(line.trim_end().to_string());
    }
    lines
}

/// Columns on a terminal: CJK characters take two.
fn display_width(text: &str) -> usize {
    text.chars()
        .map(|c| if matches!(c as u32, 0x1100..=0x115F | 0x2E80..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6) { 2 } else { 1 })
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_words_and_wide_text() {
        assert_eq!(wrap("aaa bbb ccc", 7), ["aaa bbb", "ccc"]);
        let chinese = wrap("证书已过期请续期", 6);
        assert!(chinese.iter().all(|line| display_width(line) <= 6), "{chinese:?}");
        assert_eq!(chinese.concat(), "证书已过期请续期");
    }
}
