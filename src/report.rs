//! The pipeline and its result: a [`Session`] reads the inputs and roots
//! once (formats → intake); each [`Session::judge`] builds the chain and
//! judges it (chain, names, profile, pairing, validity, revocation, the
//! second opinion) into a [`Report`].

use std::sync::Arc;

use serde::Serialize;

use std::collections::HashMap;

use crate::budget::{Budget, Limit, MAX_FINDINGS_PER_CODE};
use crate::certificate::Certificate;
use crate::chain::{self, Anchor, AnchorSource, Chain, PathEnd};
use crate::crl::Crl;
use crate::finding::{Code, Finding, FindingKind, Severity, Skipped, Verdict};
use crate::intake::{InputSummary, Intake, Key};
use crate::matrix::{self, ClientVerdict, Situation, StoreVerdict};
use crate::names::{Host, HostMatch};
use crate::options::{Input, Options, Password, Profile};
use crate::request::Request;
use crate::second_opinion::{self, SecondOpinion};
use crate::stores::StoreSet;
use crate::timestamp::Timestamp;
use crate::{ca_bundle, pairing, revocation, tie, validity};

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

    /// As [`Session::read`], leaving out of the bundle the certificates
    /// with these SHA-256 fingerprints: the user moved them to their roots
    /// (the page's "Trust this root"), so the server is not judged for
    /// sending them. Each input that held one says so in a note.
    pub fn read_setting_aside(
        inputs: &[Input],
        roots: &[Input],
        passwords: &[Password],
        set_aside: &[[u8; 32]],
    ) -> Self {
        Self { intake: Arc::new(Intake::read_setting_aside(inputs, roots, passwords, set_aside)) }
    }

    /// Every certificate read: the bundle's, then the roots'.
    pub fn certificates(&self) -> &[Certificate] {
        &self.intake.certificates
    }

    /// The keys read.
    pub fn keys(&self) -> &[Key] {
        &self.intake.keys
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
        let host_text = host_text(options, intake);
        let host = host_text.as_deref().map(Host::parse);
        let bundle: Vec<&Certificate> = intake.bundle().collect();
        // Only CA certificates: a trust store to review, with no leaf.
        let ca_bundle = ca_bundle::is_ca_bundle(&bundle);
        let leaf = if ca_bundle { None } else { chain::choose_leaf(&intake.certificates, host.as_ref()) };
        // What reading left of the analysis's work budget, for this judgement.
        let mut budget = intake.budget.clone();
        let built = leaf.map(|leaf| build_chain(intake, options, leaf, &mut budget));
        let (chain, supplied) = match built {
            Some((chain, supplied)) => (Some(chain), supplied),
            None => (None, None),
        };
        // The intake's certificates, and any supplied from the public
        // intermediate set (the chain's indices are into this list).
        let certificates: &[Certificate] = supplied.as_deref().unwrap_or(&intake.certificates);
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
        let host_match = match_host(certificates, chain.as_ref(), host.as_ref());
        if let Some(chain) = &chain {
            let judge = chain::Judge {
                certificates,
                chain,
                host: host.as_ref(),
                host_match: host_match.clone(),
                profile,
                by_clients: options.profile == Profile::Auto,
                max_intermediates: options.max_intermediates,
                leaf_has_key: intake.keys.iter().any(|key| key.is_private_key_of(chain.leaf)),
            };
            findings.extend(chain::findings(&judge));
            findings.extend(revocation::check(
                certificates,
                &intake.inputs,
                chain,
                &intake.crls,
                &mut budget,
            ));
        }
        if !ca_bundle {
            findings.extend(validity_findings(certificates, chain.as_ref(), options));
        }
        let second_opinion =
            chain.as_ref().map(|chain| second_opinion::ask(certificates, chain, options, host.as_ref()));
        if let (Some(chain), Some(opinion)) = (&chain, &second_opinion) {
            findings.extend(unexplained_rejection(&certificates[chain.leaf], opinion, &findings));
        }
        let (stores, clients) = match &chain {
            Some(chain) => clients_of(certificates, chain, options, host_match.as_ref(), &mut findings, &mut budget),
            None => (Vec::new(), Vec::new()),
        };
        let told = tie::findings(intake, certificates, &findings, host_text.as_deref());
        findings.extend(told);
        let mut findings = capped(findings, &intake.inputs);
        // Stable: keeps the order found within a severity. What the client
        // said and the CA-bundle summary go first: they say how to read the
        // findings after them.
        let leading = |code: Code| matches!(code, Code::ClientError | Code::ClientTranscript | Code::InputCaBundle);
        findings.sort_by_key(|finding| (!leading(finding.code()), finding.severity()));
        Report {
            verdict: Verdict::of(&findings),
            checked_at: options.at,
            host: host_text,
            profile,
            intake: self.intake.clone(),
            supplied,
            stores,
            clients,
            chain,
            second_opinion,
            findings,
        }
    }
}

/// The host to check: the one given (of a URL or `host:port`, the host),
/// else the one a pasted error names.
fn host_text(options: &Options, intake: &Intake) -> Option<String> {
    options
        .host
        .as_deref()
        .map(|typed| crate::names::host::typed_host(typed).to_string())
        .or_else(|| intake.client_errors.iter().find_map(|error| error.details.host.clone()))
}

/// How the host matched the leaf's names: judged once, for the findings
/// and for the clients.
fn match_host(certificates: &[Certificate], chain: Option<&Chain>, host: Option<&Host>) -> Option<HostMatch> {
    let (chain, host) = (chain?, host?);
    let leaf = &certificates[chain.leaf];
    Some(crate::names::host::check(host, &leaf.dns_names, &leaf.ip_addresses, leaf.has_san))
}

/// The stores' and the clients' view: each store's answer, a
/// `trust-store-missing` finding when the public root the path ends at is
/// not in every store, each finding's refusal, and the matrix.
fn clients_of(
    certificates: &[Certificate],
    chain: &Chain,
    options: &Options,
    host_match: Option<&HostMatch>,
    findings: &mut Vec<Finding>,
    budget: &mut Budget,
) -> (Vec<StoreVerdict>, Vec<ClientVerdict>) {
    let selected = options.selected_stores;
    let data = options.stores.as_deref().filter(|_| options.public_roots);
    let stores = match data {
        Some(data) => matrix::evaluate(
            certificates,
            chain,
            data,
            selected,
            options.intermediates.as_deref(),
            options.at,
            budget,
        ),
        None => Vec::new(),
    };
    let public = matches!(chain.end, PathEnd::Anchor { source: AnchorSource::Public, .. });
    if let PathEnd::Anchor { name, source: AnchorSource::Public, .. } = &chain.end {
        let set = |keep: &dyn Fn(&StoreVerdict) -> bool| {
            StoreSet::of(
                &stores
                    .iter()
                    .filter(|verdict| keep(verdict))
                    .map(|verdict| verdict.store)
                    .collect::<Vec<_>>(),
            )
        };
        let missing = set(&|verdict| !verdict.trusted);
        let needs_intermediates = set(&|verdict| verdict.trusted && !verdict.through.is_empty());
        if !missing.is_empty() || !needs_intermediates.is_empty() {
            let leaf = &certificates[chain.leaf];
            let mut intermediates: Vec<String> =
                stores.iter().flat_map(|verdict| verdict.through.clone()).collect();
            intermediates.sort();
            intermediates.dedup();
            let kind = FindingKind::TrustStoreMissing {
                root: name.clone(),
                trusted_by: set(&|verdict| verdict.trusted && verdict.through.is_empty()),
                missing,
                distrusted: set(&|verdict| verdict.distrusted),
                needs_intermediates,
                intermediates,
            };
            findings.push(Finding::about_certificate(kind, leaf.input, leaf.index));
        }
    }
    if let Some(data) = data {
        findings.extend(matrix::issuance_limits(certificates, chain, data, selected));
    }
    let constrained = !chain.constraints_over_leaf(certificates).is_empty();
    let host_covered = matches!(host_match, Some(HostMatch::Matched(_)));
    matrix::assign(findings, Situation { public, constrained, host_covered }, options.profile == Profile::Auto);
    let clients = matrix::matrix(findings, selected);
    (stores, clients)
}

/// The anchors: the user's roots, and the roots of the selected stores.
fn anchors<'a>(intake: &'a Intake, options: &'a Options) -> Vec<Anchor<'a>> {
    let mut anchors: Vec<Anchor> = intake.roots().map(Anchor::from_certificate).collect();
    if let Some(stores) = options.stores.as_deref().filter(|_| options.public_roots) {
        let selected = options.selected_stores;
        anchors.extend(
            stores
                .roots
                .iter()
                .filter(|root| root.stores.bits() & selected.bits() != 0)
                .map(|root| Anchor::from_store(root, selected, root.distrusted)),
        );
    }
    anchors
}

/// The path from `leaf`. When the bundle leads to no trusted anchor and an
/// issuer can be supplied from the public intermediate set, the path
/// through it: then the certificates are the intake's and those supplied
/// (returned), and the chain's indices are into that list.
fn build_chain(
    intake: &Intake,
    options: &Options,
    leaf: usize,
    budget: &mut Budget,
) -> (Chain, Option<Vec<Certificate>>) {
    let anchors = anchors(intake, options);
    let chain = chain::build(&intake.certificates, &anchors, leaf, options.at, budget);
    let Some(intermediates) = options.intermediates.as_deref().filter(|_| !chain.trusted) else {
        return (chain, None);
    };
    let relevant = intermediates.relevant(&intake.certificates);
    let extra = &relevant.certificates;
    let pool = chain::Pool { given: &intake.certificates, extra };
    let found = chain::search(pool, &anchors, leaf, options.at, budget, &|_| false);
    if !matches!(found.end, chain::PathEnd::Anchor { .. }) {
        return (chain, None);
    }
    let mut certificates = intake.certificates.clone();
    let leaf_input = intake.certificates[leaf].input;
    for index in found.path.iter().filter_map(|index| index.checked_sub(intake.certificates.len())) {
        let mut supplied = extra[index].clone();
        supplied.index = certificates.len();
        // Findings about it point at the file it belongs in.
        supplied.input = leaf_input;
        supplied.supplied_from = Some(relevant.source_of(index).to_string());
        certificates.push(supplied);
    }
    let chain = chain::build(&certificates, &anchors, leaf, options.at, budget);
    (chain, Some(certificates))
}

/// Validity matters for the certificates a client uses: those of the bundle
/// on the path (others are reported as unrelated), or all of the bundle
/// when there is no path, and the user's root the path ends at.
fn validity_findings<'a>(
    certificates: &'a [Certificate],
    chain: Option<&'a Chain>,
    options: &'a Options,
) -> impl Iterator<Item = Finding> + 'a {
    let used = move |certificate: &&Certificate| match chain {
        None => certificate.is_given(),
        Some(chain) => chain.path.contains(&certificate.index) || chain.anchor == Some(certificate.index),
    };
    let anchor = move |certificate: &Certificate| {
        chain.is_some_and(|chain| {
            chain.anchor == Some(certificate.index) && !chain.path.contains(&certificate.index)
        })
    };
    certificates.iter().filter(used).filter_map(move |certificate| {
        validity::check(certificate, options.at, options.warn_days, false, anchor(certificate))
    })
}

/// rustls-webpki errors where certdoctor's own judgement is known to be
/// right by RFC 5280 and rustls-webpki's stricter or different: a signature
/// rustls finds invalid on a path it chose while every signature on
/// certdoctor's path verified (its path building skips self-issued
/// re-keys), directoryName constraints (x509-limbo's
/// `rfc5280::nc::permitted-dn-match` is a success rustls rejects) and its
/// own path-building budget. rustls clients still fail on them.
const RUSTLS_DIVERGES: &[&str] =
    &["InvalidSignatureForPublicKey", "NameConstraintViolation", "MaximumPathBuildCallsExceeded"];

/// A CA certificate as the leaf: RFC 5280 allows it, and the clients that
/// refuse it are named by `leaf-is-ca` (under `auto` and `web`) — a
/// self-signed one too when it serves the host given; given alone, it is as
/// often a CA file as a server's certificate, and is not held against it.
const RUSTLS_ANSWERED: &[&str] = &["CaUsedAsEndEntity"];

/// When rustls-webpki rejects and certdoctor found no error of its own:
/// `second-opinion-diverges` for a known divergence (rustls fails, a
/// rulebook accepts), else `second-opinion-rejected` — the verdict must not
/// say "fine" when a mainstream verifier refuses.
fn unexplained_rejection(
    leaf: &Certificate,
    opinion: &SecondOpinion,
    findings: &[Finding],
) -> Option<Finding> {
    let error = opinion.error.filter(|error| !opinion.accepted && !RUSTLS_ANSWERED.contains(&error.as_str()))?;
    if findings.iter().any(|finding| finding.severity() == Severity::Error) {
        return None;
    }
    let (leaf_name, error) = (leaf.name.clone(), error.to_string());
    let kind = if RUSTLS_DIVERGES.contains(&error.as_str()) {
        FindingKind::SecondOpinionDiverges { leaf: leaf_name, error }
    } else {
        FindingKind::SecondOpinionRejected { leaf: leaf_name, error }
    };
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
        kept.push(Finding {
            kind,
            inputs: input.into_iter().collect(),
            certificates: Vec::new(),
            refusal: None,
        });
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
#[cfg_attr(feature = "transfer", derive(bincode::Encode, bincode::Decode))]
pub struct Report {
    pub verdict: Verdict,
    pub checked_at: Timestamp,
    /// The host as it was typed (of a URL, its host).
    pub host: Option<String>,
    /// The rules applied: [`Profile::Web`] or [`Profile::Rfc5280`], never
    /// `Auto`.
    pub profile: Profile,
    pub(crate) intake: Arc<Intake>,
    /// The intake's certificates and those supplied from the public
    /// intermediate set, when any was.
    pub(crate) supplied: Option<Vec<Certificate>>,
    /// Each selected store's view of the leaf (none without a leaf or
    /// without the store data).
    pub stores: Vec<StoreVerdict>,
    /// The client matrix: which clients accept the chain, and which findings
    /// make the others refuse it.
    pub clients: Vec<ClientVerdict>,
    /// The path from the leaf to a trust anchor, if there is a certificate.
    pub chain: Option<Chain>,
    /// rustls-webpki's verdict on the same leaf, if there is one.
    pub second_opinion: Option<SecondOpinion>,
    /// Worst first; within a severity, in the order found.
    pub findings: Vec<Finding>,
}

impl Report {
    /// The report as a reader of it needs it, to send to another thread:
    /// each certificate without the DER and compared name forms that only
    /// the checks read (the JSON report leaves them out too). The page's
    /// engine thread sends this: for a 2 MB bundle it is what the page's
    /// thread spends most of its time decoding.
    #[cfg(feature = "transfer")]
    pub fn for_transfer(&self) -> Report {
        let mut report = self.clone();
        let mut intake = Intake::clone(&self.intake);
        intake.certificates.iter_mut().for_each(Certificate::shed_check_data);
        report.intake = Arc::new(intake);
        report.supplied.iter_mut().flatten().for_each(Certificate::shed_check_data);
        report
    }

    /// Every input, the bundle's first, then the user's roots.
    pub fn inputs(&self) -> &[InputSummary] {
        &self.intake.inputs
    }

    /// Every certificate read, the bundle's and the user's roots, by index,
    /// then any supplied from the public intermediate set.
    pub fn certificates(&self) -> &[Certificate] {
        self.supplied.as_deref().unwrap_or(&self.intake.certificates)
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

    /// No certificate, key or request was given: only error messages,
    /// transcripts without certificates, or nothing readable.
    pub fn checked_nothing(&self) -> bool {
        self.intake.certificates.is_empty() && self.keys().is_empty() && self.requests().is_empty()
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
