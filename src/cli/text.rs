//! The readable report for terminals. Colour only when stdout is a terminal
//! and `NO_COLOR` is not set. Every word comes from the engine's words;
//! everything taken from the inputs is cleaned of control characters, so a
//! certificate cannot move the cursor, clear the screen or set the title.

use std::fmt::Write as _;
use std::io::IsTerminal;

use certdoctor::model::{AnchorSource, Chain, PathEnd, Role};
use certdoctor::{words, Lang, Profile, Rendered, Report, Severity, Verdict, Words};

#[derive(Clone, Copy)]
pub struct Colour(bool);

impl Colour {
    pub fn for_stdout() -> Self {
        Self(std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none())
    }

    /// `text`, cleaned, in colour `code`.
    pub fn paint(self, code: &str, text: &str) -> String {
        let text = clean(text);
        if self.0 {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text
        }
    }
}

/// Replaces C0 and C1 control characters and DEL (all but newline) with
/// their escaped form, so text from a certificate is shown, never obeyed.
pub fn clean(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for character in text.chars() {
        let code = u32::from(character);
        if character != '\n' && (code < 0x20 || (0x7f..=0x9f).contains(&code)) {
            let _ = write!(out, "\\u{{{code:x}}}");
        } else {
            out.push(character);
        }
    }
    out
}

const WIDTH: usize = 88;

pub fn render(report: &Report, rendered: &Rendered<'_>, lang: Lang, colour: Colour) -> String {
    let words = words(lang);
    let labels = words.labels();
    let mut out = String::new();
    let verdict_colour = match report.verdict {
        Verdict::Ok => "1;32",
        Verdict::Warnings => "1;33",
        Verdict::Errors => "1;31",
    };
    let _ = writeln!(out, "{}", colour.paint(verdict_colour, words.headline(report.verdict, report.checked_nothing())));
    if !rendered.summary.is_empty() {
        let _ = writeln!(out, "{}", rendered.summary);
    }
    let host =
        report.host.as_ref().map(|host| format!(" · {} {}", labels.host, clean(host))).unwrap_or_default();
    let profile = match report.profile {
        Profile::Rfc5280 => Profile::Rfc5280,
        _ => Profile::Web,
    };
    let _ = writeln!(
        out,
        "{} {}{host} · {} {}",
        labels.checked_at,
        report.checked_at.to_human(),
        labels.rules,
        words.profile(profile)
    );
    certificates(&mut out, report, words, colour);
    keys(&mut out, report, words, colour);
    if let Some(chain) = &report.chain {
        chain_section(&mut out, report, chain, words, colour);
    }
    clients(&mut out, rendered, words, colour);
    findings(&mut out, rendered, words, colour);
    out
}

fn certificates(out: &mut String, report: &Report, words: &dyn Words, colour: Colour) {
    let labels = words.labels();
    if report.certificates().is_empty() {
        return;
    }
    let _ = writeln!(out, "\n{}", colour.paint("1", labels.certificates));
    for certificate in report.certificates() {
        let root =
            if certificate.is_user_root() { format!(" ({})", labels.your_root) } else { String::new() };
        let _ = writeln!(out, "  [{}] {}{root}", certificate.index + 1, colour.paint("1", &certificate.name));
        let _ = writeln!(out, "      {:<8} {}", labels.issuer, clean(&certificate.issuer));
        let _ = writeln!(
            out,
            "      {:<8} {} → {}",
            labels.valid,
            certificate.not_before.to_human(),
            certificate.not_after.to_human()
        );
        if certificate.has_names() {
            // --json has them all.
            let _ = writeln!(out, "      {:<8} {}", labels.names, clean(&certificate.names_summary(12)));
        }
        if !certificate.scts.is_empty() || !certificate.ocsp.is_empty() {
            let _ = writeln!(
                out,
                "      {:<8} {} SCT · OCSP {} · CRL {}",
                "CT",
                certificate.scts.len(),
                clean(&certificate.ocsp.join(" ").chars().take(60).collect::<String>()),
                clean(certificate.crl_distribution_points.first().map(String::as_str).unwrap_or("-"))
            );
        }
        let _ = writeln!(
            out,
            "      {:<8} {} · {}",
            labels.key,
            words.public_key(&certificate.key),
            clean(&certificate.signature_algorithm)
        );
    }
}

fn keys(out: &mut String, report: &Report, words: &dyn Words, colour: Colour) {
    let labels = words.labels();
    if report.keys().is_empty() {
        return;
    }
    let _ = writeln!(out, "\n{}", colour.paint("1", labels.keys));
    for key in report.keys() {
        let _ = writeln!(out, "  {}", clean(&words.key(&key.reference(report.inputs()))));
        let mut detail = words.key_format(&key.format);
        if let Some(encryption) = &key.encryption {
            detail.push_str(&format!(" · {}", words.scheme(encryption)));
        }
        let _ = writeln!(out, "      {}", clean(&detail));
        let belongs: Vec<String> = key
            .certificates
            .iter()
            .filter_map(|index| report.certificates().get(*index))
            .map(|certificate| format!("[{}] {}", certificate.index + 1, certificate.name))
            .chain(
                key.requests
                    .iter()
                    .filter_map(|index| report.requests().get(*index))
                    .map(|request| format!("CSR {}", request.name)),
            )
            .collect();
        let line = if belongs.is_empty() {
            colour.paint("33", labels.matches_nothing)
        } else {
            colour.paint("32", &format!("✓ {} {}", labels.belongs_to, belongs.join(labels.list_separator)))
        };
        let _ = writeln!(out, "      {line}");
    }
}

fn chain_section(out: &mut String, report: &Report, chain: &Chain, words: &dyn Words, colour: Colour) {
    let labels = words.labels();
    let _ = writeln!(out, "\n{}", colour.paint("1", labels.chain));
    for (position, index) in chain.path.iter().enumerate() {
        if let Some(certificate) = report.certificates().get(*index) {
            let role = chain.role(*index);
            let marker = match (&certificate.supplied_from, role) {
                (Some(source), _) => {
                    colour.paint("33", &format!(" ({}{}{})", labels.supplied, labels.colon, clean(source)))
                }
                (None, Role::Root) => format!(" ({})", words.role(role)),
                (None, _) => String::new(),
            };
            let _ = writeln!(out, "  {}{}{marker}", "  ".repeat(position), clean(&certificate.name));
        }
    }
    let depth = "  ".repeat(chain.path.len());
    let end = match &chain.end {
        PathEnd::Anchor { name, source, .. } => {
            let source = match source {
                AnchorSource::Public => labels.public_root,
                AnchorSource::User => labels.your_root,
            };
            colour.paint("32", &format!("✓ {name} ({source})"))
        }
        PathEnd::UntrustedRoot { certificate } if *certificate == chain.leaf => {
            colour.paint("31", &format!("✗ {}", labels.self_signed))
        }
        PathEnd::UntrustedRoot { .. } => colour.paint("31", &format!("✗ {}", labels.untrusted_root)),
        PathEnd::MissingIssuer { issuer } => {
            colour.paint("31", &format!("✗ {}{}{issuer}", labels.missing_issuer, labels.colon))
        }
    };
    let _ = writeln!(out, "  {depth}{end}");
    if let Some(opinion) = &report.second_opinion {
        let verdict = match opinion.error {
            None => labels.accepted.to_string(),
            Some(error) => format!("{} ({error})", labels.rejected),
        };
        let _ = writeln!(out, "  {}{}{verdict}", labels.second_opinion, labels.colon);
    }
}

/// The client matrix, one client a line: ✓ or ✗ and the codes that fail it.
fn clients(out: &mut String, rendered: &Rendered<'_>, words: &dyn Words, colour: Colour) {
    if rendered.clients.is_empty() {
        return;
    }
    let labels = words.labels();
    let _ = writeln!(out, "\n{}", colour.paint("1", labels.clients));
    for verdict in rendered.clients {
        let name = words.client(verdict.client);
        let line = if verdict.works {
            colour.paint("32", &format!("✓ {name}"))
        } else {
            let because: Vec<&str> = verdict.because.iter().map(|code| code.as_str()).collect();
            format!("{} {}", colour.paint("31", &format!("✗ {name}")), colour.paint("2", &because.join(", ")))
        };
        let _ = writeln!(out, "  {line}");
    }
}

fn findings(out: &mut String, rendered: &Rendered<'_>, words: &dyn Words, colour: Colour) {
    let labels = words.labels();
    let _ = writeln!(out, "\n{}", colour.paint("1", labels.findings));
    if rendered.findings.is_empty() {
        let _ = writeln!(out, "  {}", labels.no_findings);
    }
    for finding in &rendered.findings {
        let severity_colour = match finding.severity {
            Severity::Error => "1;31",
            Severity::Warning => "1;33",
            Severity::Info => "1;36",
        };
        let label = format!("{:<7}", words.severity(finding.severity));
        let _ = writeln!(
            out,
            "\n  {} {} {}",
            colour.paint(severity_colour, &label),
            colour.paint("1", &finding.title),
            colour.paint("2", &format!("[{}]", finding.code()))
        );
        for line in wrap(&clean(&finding.explanation.to_string()), WIDTH - 4) {
            let _ = writeln!(out, "    {line}");
        }
        let fix = clean(&format!("{}{}{}", labels.fix, labels.colon, finding.fix));
        for line in wrap(&fix, WIDTH - 4) {
            let _ = writeln!(out, "    {line}");
        }
        if let Some(clients) = finding.refused_by.filter(|clients| !clients.is_empty()) {
            let names: Vec<&str> = clients.iter().map(|client| words.client(client)).collect();
            let refused = format!("{}{}{}", labels.refused_by, labels.colon, names.join(labels.list_separator));
            for line in wrap(&refused, WIDTH - 4) {
                let _ = writeln!(out, "    {}", colour.paint("2", &line));
            }
        }
    }
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
        .map(|c| {
            let wide = matches!(c as u32, 0x1100..=0x115F | 0x2E80..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6);
            if wide {
                2
            } else {
                1
            }
        })
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

    #[test]
    fn control_characters_are_shown_not_obeyed() {
        assert_eq!(clean("a\x1b[2Jb\x07c\u{9b}d\x7fe"), "a\\u{1b}[2Jb\\u{7}c\\u{9b}d\\u{7f}e");
        assert_eq!(clean("line\nnext 证书"), "line\nnext 证书");
    }
}
