//! The report: everything found about the inputs, and its verdict.

use serde::Serialize;

use crate::certificate::Certificate;
use crate::chain::{self, Anchor, Chain};
use crate::crl::Crl;
use crate::explain::{explain, Lang};
use crate::finding::{Finding, FindingKind, Severity};
use crate::input::{Input, Options, Profile};
use crate::intake::{self, InputSummary, Key};
use crate::names::Host;
use crate::pairing;
use crate::request::Request;
use crate::revocation;
use crate::second_opinion::{self, SecondOpinion};
use crate::timestamp::Timestamp;
use crate::validity;

/// The overall outcome.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Verdict {
    /// Nothing to fix.
    Ok,
    /// Works, but something should be fixed.
    Warnings,
    /// Clients will fail, or an input is unusable.
    Errors,
}

impl Verdict {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Ok => "ok",
            Self::Warnings => "warnings",
            Self::Errors => "errors",
        }
    }

    fn of(findings: &[Finding]) -> Self {
        match findings.iter().map(Finding::severity).min() {
            Some(Severity::Error) => Self::Errors,
            Some(Severity::Warning) => Self::Warnings,
            _ => Self::Ok,
        }
    }
}

/// What [`analyze`] found.
#[derive(Clone, Debug)]
pub struct Report {
    pub verdict: Verdict,
    pub checked_at: Timestamp,
    pub host: Option<String>,
    /// The rules applied: [`Profile::Web`] or [`Profile::Rfc5280`], never
    /// `Auto`.
    pub profile: Profile,
    pub inputs: Vec<InputSummary>,
    pub certificates: Vec<Certificate>,
    /// Private and public keys given, each with the certificates and
    /// requests it belongs to.
    pub keys: Vec<Key>,
    pub requests: Vec<Request>,
    pub crls: Vec<Crl>,
    /// The path from the leaf to a trust anchor, if there is a certificate.
    pub chain: Option<Chain>,
    /// rustls-webpki's verdict on the same leaf, if there is one.
    pub second_opinion: Option<SecondOpinion>,
    /// Worst first; within a severity, in the order found.
    pub findings: Vec<Finding>,
}

/// Analyses the inputs. Never panics and never fails: whatever cannot be
/// read or is wrong becomes a finding.
pub fn analyze(inputs: &[Input], options: &Options) -> Report {
    judge(intake::read_all(inputs, &options.passwords), options)
}

/// The second half of [`analyze`]: judges what [`intake::read_all`] read
/// from the inputs with `options.passwords`. The page keeps the intake and
/// judges it again when only the host, the date or the rules change, so a
/// PKCS#12 file is not decrypted again on every keystroke.
pub fn judge(mut intake: intake::Intake, options: &Options) -> Report {
    let mut findings = std::mem::take(&mut intake.findings);
    let host = options.host.as_deref().map(Host::parse);
    let leaf = chain::choose_leaf(&intake.certificates, host.as_ref());
    findings.extend(pairing::pair(&mut intake, leaf));
    let roots = intake::read_all(&options.roots, &[]);
    let chain = leaf.map(|leaf| {
        let user_anchors: Vec<Anchor> = roots.certificates.iter().map(Anchor::from_certificate).collect();
        let public_anchors = if options.public_roots { Anchor::public() } else { &[] };
        let anchors: Vec<&Anchor> = public_anchors.iter().chain(&user_anchors).collect();
        chain::build(&intake.certificates, &anchors, leaf, options.at)
    });
    let anchor_root =
        chain.as_ref().and_then(|chain| chain.anchor_root).and_then(|index| roots.certificates.get(index));
    // A private PKI (a path to the user's own root) is bound by RFC 5280
    // alone; everything else is judged as the public Web PKI.
    let profile = match options.profile {
        Profile::Auto if anchor_root.is_some() => Profile::Rfc5280,
        Profile::Auto => Profile::Web,
        chosen => chosen,
    };
    if let Some(chain) = &chain {
        findings.extend(chain::findings(
            &intake.certificates,
            chain,
            host.as_ref(),
            anchor_root,
            profile,
            options.max_intermediates,
        ));
        let issuers: Vec<&Certificate> = intake.certificates.iter().chain(&roots.certificates).collect();
        findings.extend(revocation::check(&intake.certificates, &issuers, chain, &intake.crls));
    }
    // Validity matters for the certificates a client uses: those on the
    // path (others are reported as unrelated), or all when there is no path.
    for certificate in &intake.certificates {
        let on_path = chain.as_ref().is_none_or(|chain| chain.path.contains(&certificate.index));
        if on_path {
            findings.extend(validity::check(certificate, options.at, options.warn_days));
        }
    }
    if let Some(root) = anchor_root {
        // The user's root is checked too: an expired or weak private root fails.
        findings.extend(
            validity::check(root, options.at, options.warn_days)
                .map(|finding| Finding::about_root(finding.kind)),
        );
        if let Some(kind) = pairing::weakness(&root.key, format!("the root \"{}\"", root.name)) {
            findings.push(Finding::about_root(kind));
        }
    }
    let host_ascii = host.as_ref().map(|host| match host {
        Host::Dns(name) => name.clone(),
        Host::Ip(ip) => ip.to_string(),
    });
    let second_opinion = chain.as_ref().map(|chain| {
        second_opinion::ask(
            &intake.certificates,
            chain,
            &roots.certificates,
            options.public_roots,
            options.at,
            host_ascii.as_deref(),
        )
    });
    // Stable: keeps the order found within a severity.
    findings.sort_by_key(Finding::severity);
    Report {
        verdict: Verdict::of(&findings),
        checked_at: options.at,
        host: options.host.clone(),
        profile,
        inputs: intake.inputs,
        certificates: intake.certificates,
        keys: intake.keys,
        requests: intake.requests,
        crls: intake.crls,
        chain,
        second_opinion,
        findings,
    }
}

impl Report {
    /// How many findings of each severity.
    pub fn counts(&self) -> Counts {
        Counts::of(&self.findings)
    }

    /// The report with every finding put into words: what the CLI's `--json`
    /// prints and what the page shows.
    pub fn render(&self, lang: Lang) -> RenderedReport<'_> {
        RenderedReport {
            verdict: self.verdict,
            lang,
            checked_at: self.checked_at,
            host: self.host.as_deref(),
            profile: self.profile,
            counts: self.counts(),
            findings: self.findings.iter().map(|finding| RenderedFinding::new(finding, lang)).collect(),
            certificates: &self.certificates,
            keys: &self.keys,
            requests: &self.requests,
            crls: &self.crls,
            chain: self.chain.as_ref(),
            second_opinion: self.second_opinion.as_ref(),
            inputs: &self.inputs,
        }
    }
}

/// How many findings of each severity.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
}

impl Counts {
    fn of(findings: &[Finding]) -> Self {
        let mut counts = Self::default();
        for finding in findings {
            match finding.severity() {
                Severity::Error => counts.errors += 1,
                Severity::Warning => counts.warnings += 1,
                Severity::Info => counts.infos += 1,
            }
        }
        counts
    }
}

/// A report in words.
#[derive(Debug, Serialize)]
pub struct RenderedReport<'a> {
    pub verdict: Verdict,
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
    pub inputs: &'a [InputSummary],
}

/// A finding in words, with its code, severity and typed context.
#[derive(Debug, Serialize)]
pub struct RenderedFinding<'a> {
    pub severity: Severity,
    pub title: String,
    pub explanation: String,
    pub fix: String,
    pub inputs: &'a [usize],
    pub certificates: &'a [usize],
    /// Serialises as `"code": …, "context": {…}`.
    #[serde(flatten)]
    pub kind: &'a FindingKind,
}

impl<'a> RenderedFinding<'a> {
    fn new(finding: &'a Finding, lang: Lang) -> Self {
        let words = explain(&finding.kind, lang);
        Self {
            severity: finding.severity(),
            title: words.title,
            explanation: words.explanation,
            fix: words.fix,
            inputs: &finding.inputs,
            certificates: &finding.certificates,
            kind: &finding.kind,
        }
    }

    pub fn code(&self) -> &'static str {
        self.kind.code().as_str()
    }
}
