//! The pipeline and its result: a [`Session`] reads the inputs and roots
//! once (formats → intake); each [`Session::judge`] builds the chain and
//! judges it (chain, names, profile, pairing, validity, revocation, the
//! second opinion) into a [`Report`].

use std::sync::Arc;

use serde::Serialize;

use std::collections::HashMap;

use crate::budget::{Budget, Limit, MAX_FINDINGS_PER_CODE};
use crate::certificate::Certificate;
use crate::chain::{self, Anchor, Chain};
use crate::crl::Crl;
use crate::finding::{Code, Finding, FindingKind, Severity, Skipped, Verdict};
use crate::intake::{InputSummary, Intake, Key};
use crate::names::Host;
use crate::options::{Input, Options, Password, Profile};
use crate::request::Request;
use crate::second_opinion::{self, SecondOpinion};
use crate::timestamp::Timestamp;
use crate::{ca_bundle, pairing, revocation, validity};

/// What was read from the inputs and roots, ready to be judged many times
/// (the page judges again on every keystroke in the host or date field,
/// without decrypting a PKCS#12 file again).
#[derive(Clone, Debug)]
pub struct Session {
    intake: Arc<Intake>,
}

impl Session {
    /// Reads the bundle's `inputs` and the user's `roots` in one pass, with
    /// one numbering and one set of limits, trying `passwords` on everything
    /// encrypted.
    pub fn read(inputs: &[Input], roots: &[Input], passwords: &[Password]) -> Self {
        Self { intake: Arc::new(Intake::read(inputs, roots, passwords)) }
    }

    /// The same inputs with other roots: nothing is read or decrypted again
    /// but the roots.
    pub fn with_roots(&self, roots: &[Input]) -> Self {
        Self { intake: Arc::new(self.intake.with_roots(roots)) }
    }

    /// The inputs as read (bundle first, then roots).
    pub fn inputs(&self) -> &[InputSummary] {
        &self.intake.inputs
    }

    /// Judges what was read. Uses every field of `options` but `roots` and
    /// `passwords`, which [`Session::read`] took.
    pub fn judge(&self, options: &Options) -> Report {
        let intake = &self.intake;
        let host = options.host.as_deref().map(Host::parse);
        let bundle: Vec<&Certificate> = intake.bundle().collect();
        // Only CA certificates: a trust store to review, with no leaf.
        let ca_bundle = ca_bundle::is_ca_bundle(&bundle);
        let leaf = if ca_bundle { None } else { chain::choose_leaf(&intake.certificates, host.as_ref()) };
        // What reading left of the analysis's work budget, for this judgement.
        let mut budget = intake.budget.clone();
        let chain = leaf.map(|leaf| build_chain(intake, options, leaf, &mut budget));
        let anchor = chain.as_ref().and_then(|chain| chain.anchor);
        // A private PKI (a path to the user's own root) is bound by RFC 5280
        // alone; everything else is judged as the public Web PKI.
        let profile = match options.profile {
            Profile::Auto if anchor.is_some() => Profile::Rfc5280,
            Profile::Auto => Profile::Web,
            chosen => chosen,
        };
        let mut findings = intake.findings.clone();
        if ca_bundle {
            findings.extend(ca_bundle::review(&bundle, options));
        }
        findings.extend(pairing::findings(intake, leaf, anchor, ca_bundle));
        if let Some(chain) = &chain {
            let judge = chain::Judge {
                certificates: &intake.certificates,
                chain,
                host: host.as_ref(),
                profile,
                max_intermediates: options.max_intermediates,
            };
            findings.extend(chain::findings(&judge));
            findings.extend(revocation::check(
                &intake.certificates,
                &intake.inputs,
                chain,
                &intake.crls,
                &mut budget,
            ));
        }
        if !ca_bundle {
            findings.extend(validity_findings(intake, chain.as_ref(), options));
        }
        let second_opinion = chain.as_ref().map(|chain| {
            second_opinion::ask(&intake.certificates, chain, options.public_roots, options.at, host.as_ref())
        });
        if let (Some(chain), Some(opinion)) = (&chain, &second_opinion) {
            findings.extend(unexplained_rejection(&intake.certificates[chain.leaf], opinion, &findings));
        }
        let mut findings = capped(findings, &intake.inputs);
        // Stable: keeps the order found within a severity. The CA-bundle
        // summary goes first: it says how to read the findings after it.
        findings.sort_by_key(|finding| (finding.code() != Code::InputCaBundle, finding.severity()));
        Report {
            verdict: Verdict::of(&findings),
            checked_at: options.at,
            host: options.host.clone(),
            profile,
            intake: self.intake.clone(),
            chain,
            second_opinion,
            findings,
        }
    }
}

fn build_chain(intake: &Intake, options: &Options, leaf: usize, budget: &mut Budget) -> Chain {
    let user_anchors: Vec<Anchor> = intake.roots().map(Anchor::from_certificate).collect();
    let public_anchors = if options.public_roots { Anchor::public() } else { &[] };
    let anchors: Vec<&Anchor> = public_anchors.iter().chain(&user_anchors).collect();
    chain::build(&intake.certificates, &anchors, leaf, options.at, budget)
}

/// Validity matters for the certificates a client uses: those of the bundle
/// on the path (others are reported as unrelated), or all of the bundle
/// when there is no path, and the user's root the path ends at.
fn validity_findings<'a>(
    intake: &'a Intake,
    chain: Option<&'a Chain>,
    options: &'a Options,
) -> impl Iterator<Item = Finding> + 'a {
    let used = move |certificate: &&Certificate| match chain {
        None => !certificate.is_user_root(),
        Some(chain) => chain.path.contains(&certificate.index) || chain.anchor == Some(certificate.index),
    };
    intake
        .certificates
        .iter()
        .filter(used)
        .filter_map(move |certificate| validity::check(certificate, options.at, options.warn_days, false))
}

/// rustls-webpki errors where certdoctor's own judgement is known to be
/// right and rustls-webpki's stricter or different: a CA certificate as the
/// leaf (RFC 5280 allows it; the `web` rules say `leaf-is-ca`), a signature
/// rustls finds invalid on a path it chose while every signature on
/// certdoctor's path verified (its path building skips self-issued
/// re-keys), and directoryName constraints (x509-limbo's
/// `rfc5280::nc::permitted-dn-match` is a success rustls rejects).
const RUSTLS_DIVERGES: &[&str] =
    &["CaUsedAsEndEntity", "InvalidSignatureForPublicKey", "NameConstraintViolation"];

/// `second-opinion-rejected` when rustls-webpki rejects, certdoctor found
/// no error of its own, and the rejection is not a known divergence: the
/// verdict must not say "fine" when a mainstream verifier refuses.
fn unexplained_rejection(
    leaf: &Certificate,
    opinion: &SecondOpinion,
    findings: &[Finding],
) -> Option<Finding> {
    let error = opinion.error.filter(|error| !opinion.accepted && !RUSTLS_DIVERGES.contains(error))?;
    if findings.iter().any(|finding| finding.severity() == Severity::Error) {
        return None;
    }
    let kind = FindingKind::SecondOpinionRejected { leaf: leaf.name.clone(), error: error.to_string() };
    Some(Finding::about_certificate(kind, leaf.input, leaf.index))
}

/// At most [`MAX_FINDINGS_PER_CODE`] findings of one code about one input;
/// the rest are counted in one `input-limit-exceeded` finding each, so a
/// file of four million broken certificates makes a report, not gigabytes.
fn capped(findings: Vec<Finding>, inputs: &[InputSummary]) -> Vec<Finding> {
    let mut seen: HashMap<(Code, Option<usize>), usize> = HashMap::new();
    let mut kept = Vec::with_capacity(findings.len().min(4 * MAX_FINDINGS_PER_CODE));
    for finding in findings {
        let count = seen.entry((finding.code(), finding.inputs.first().copied())).or_insert(0);
        *count += 1;
        if *count <= MAX_FINDINGS_PER_CODE {
            kept.push(finding);
        }
    }
    let mut over: Vec<((Code, Option<usize>), usize)> =
        seen.into_iter().filter(|(_, count)| *count > MAX_FINDINGS_PER_CODE).collect();
    over.sort();
    for ((code, input), count) in over {
        let name =
            input.and_then(|index| inputs.get(index)).map(|input| input.name.clone()).unwrap_or_default();
        let skipped = Skipped::Findings { code, input: name, more: count - MAX_FINDINGS_PER_CODE };
        let kind = FindingKind::InputLimitExceeded {
            limit: Limit::Findings,
            maximum: MAX_FINDINGS_PER_CODE as u64,
            skipped,
        };
        kept.push(Finding { kind, inputs: input.into_iter().collect(), certificates: Vec::new() });
    }
    kept
}

/// Analyses the inputs: [`Session::read`] then [`Session::judge`]. Never
/// panics and never fails: whatever cannot be read or is wrong becomes a
/// finding.
pub fn analyze(inputs: &[Input], options: &Options) -> Report {
    Session::read(inputs, &options.roots, &options.passwords).judge(options)
}

/// What [`analyze`] found.
#[derive(Clone, Debug)]
pub struct Report {
    pub verdict: Verdict,
    pub checked_at: Timestamp,
    /// The host as it was typed.
    pub host: Option<String>,
    /// The rules applied: [`Profile::Web`] or [`Profile::Rfc5280`], never
    /// `Auto`.
    pub profile: Profile,
    intake: Arc<Intake>,
    /// The path from the leaf to a trust anchor, if there is a certificate.
    pub chain: Option<Chain>,
    /// rustls-webpki's verdict on the same leaf, if there is one.
    pub second_opinion: Option<SecondOpinion>,
    /// Worst first; within a severity, in the order found.
    pub findings: Vec<Finding>,
}

impl Report {
    /// Every input, the bundle's first, then the user's roots.
    pub fn inputs(&self) -> &[InputSummary] {
        &self.intake.inputs
    }

    /// Every certificate read, the bundle's and the user's roots, by index.
    pub fn certificates(&self) -> &[Certificate] {
        &self.intake.certificates
    }

    /// The certificates given as the bundle (not the user's roots).
    pub fn bundle(&self) -> impl Iterator<Item = &Certificate> {
        self.intake.bundle()
    }

    /// Private and public keys given, each with the certificates and
    /// requests it belongs to.
    pub fn keys(&self) -> &[Key] {
        &self.intake.keys
    }

    pub fn requests(&self) -> &[Request] {
        &self.intake.requests
    }

    pub fn crls(&self) -> &[Crl] {
        &self.intake.crls
    }

    /// How many findings of each severity.
    pub fn counts(&self) -> Counts {
        Counts::of(&self.findings)
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
