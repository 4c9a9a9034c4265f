//! A report put into words: what the CLI's `--json` prints and what the
//! page shows and downloads.

use serde::Serialize;

use crate::certificate::Certificate;
use crate::chain::Chain;
use crate::client::ClientSet;
use crate::crl::Crl;
use crate::client_error::{Details, ErrorClient, Family};
use crate::finding::{Code, Finding, FindingKind, Severity, Verdict};
use crate::intake::{InputSummary, Key};
use crate::matrix::{ClientVerdict, StoreVerdict};
use crate::options::Profile;
use crate::report::{Counts, Report};
use crate::request::Request;
use crate::second_opinion::SecondOpinion;
use crate::timestamp::Timestamp;
use crate::words::{words, Controls, Lang, Text};

/// A report in words.
#[derive(Debug, Serialize)]
pub struct Rendered<'a> {
    pub verdict: Verdict,
    /// The client matrix in one sentence ("Fails in Java; works in …").
    pub summary: String,
    pub lang: Lang,
    pub checked_at: Timestamp,
    pub host: Option<&'a str>,
    pub profile: Profile,
    pub counts: Counts,
    pub findings: Vec<RenderedFinding<'a>>,
    pub certificates: &'a [Certificate],
    pub keys: &'a [Key],
    pub requests: &'a [Request],
    pub crls: &'a [Crl],
    pub chain: Option<&'a Chain>,
    pub second_opinion: Option<&'a SecondOpinion>,
    /// Each selected store's view of the leaf.
    pub stores: &'a [StoreVerdict],
    /// The error messages recognised in the inputs.
    pub client_errors: Vec<RenderedClientError<'a>>,
    /// Client → works, or the codes that make it refuse.
    pub clients: &'a [ClientVerdict],
    pub inputs: &'a [InputSummary],
}

/// A recognised error message, as `--json` lists it.
#[derive(Debug, Serialize)]
pub struct RenderedClientError<'a> {
    pub client: ErrorClient,
    pub family: Family,
    /// The finding codes that would explain it.
    pub codes: Vec<&'static str>,
    /// Those of them present in this report.
    pub explained_by: &'a [Code],
    pub input: usize,
    pub line: usize,
    pub text: &'a str,
    pub details: &'a Details,
}

impl<'a> RenderedClientError<'a> {
    fn of(finding: &'a Finding, _report: &Report) -> Option<Self> {
        let FindingKind::ClientError { client, family, details, line, text, explained_by } = &finding.kind else {
            return None;
        };
        Some(Self {
            client: *client,
            family: *family,
            codes: Code::explaining(*family).iter().map(|code| code.as_str()).collect(),
            explained_by,
            input: finding.inputs.first().copied().unwrap_or_default(),
            line: *line,
            text,
            details,
        })
    }
}

/// A finding in words, with its code, severity and typed context.
#[derive(Debug, Serialize)]
pub struct RenderedFinding<'a> {
    pub severity: Severity,
    pub title: String,
    /// Serialises as one string, commands between backticks.
    pub explanation: Text,
    pub fix: Text,
    /// The commands of the fix, each to be run as it is.
    pub commands: Vec<String>,
    pub inputs: &'a [usize],
    pub certificates: &'a [usize],
    /// The clients that refuse the chain for this reason.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub refused_by: Option<ClientSet>,
    /// Serialises as `"code": …, "context": {…}`.
    #[serde(flatten)]
    pub kind: &'a FindingKind,
}

impl<'a> RenderedFinding<'a> {
    /// `finding` in `lang`, naming the shell's `controls`.
    pub fn new(finding: &'a Finding, lang: Lang, controls: &Controls) -> Self {
        let explained = words(lang).explain(&finding.kind, controls);
        Self {
            severity: finding.severity(),
            title: explained.title,
            commands: explained.fix.commands().map(str::to_string).collect(),
            explanation: explained.explanation,
            fix: explained.fix,
            inputs: &finding.inputs,
            certificates: &finding.certificates,
            refused_by: finding.refusal.map(|refusal| refusal.clients),
            kind: &finding.kind,
        }
    }

    pub fn code(&self) -> &'static str {
        self.kind.code().as_str()
    }
}

/// The whole report in `lang`, naming the shell's `controls`.
pub fn render<'a>(report: &'a Report, lang: Lang, controls: &Controls) -> Rendered<'a> {
    Rendered {
        verdict: report.verdict,
        summary: words(lang).clients_summary(&report.clients),
        lang,
        checked_at: report.checked_at,
        host: report.host.as_deref(),
        profile: report.profile,
        counts: report.counts(),
        findings: report
            .findings
            .iter()
            .map(|finding| RenderedFinding::new(finding, lang, controls))
            .collect(),
        certificates: report.certificates(),
        keys: report.keys(),
        requests: report.requests(),
        crls: report.crls(),
        chain: report.chain.as_ref(),
        second_opinion: report.second_opinion.as_ref(),
        stores: &report.stores,
        client_errors: report.findings.iter().filter_map(|finding| RenderedClientError::of(finding, report)).collect(),
        clients: &report.clients,
        inputs: report.inputs(),
    }
}
