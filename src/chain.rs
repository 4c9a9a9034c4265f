//! The chain: the path a TLS client would build from the leaf to a trust
//! anchor (RFC 5280 §6, RFC 4158 path building), and how the bundle as
//! served differs from it.
//!
//! Issuers are found by name (the issuer's subject equals the child's issuer,
//! byte for byte), preferred by key identifier, and accepted only when the
//! signature verifies. Anchors are the user's roots and, unless turned off,
//! the Mozilla roots shipped in `webpki-roots`. The search is depth-first
//! with a budget of signature checks, so a bundle full of look-alike
//! cross-signed certificates still ends quickly.

use std::collections::HashMap;

use serde::Serialize;

use crate::ber::{encode, tag, Tlv};
use crate::certificate::Certificate;
use crate::finding::{Finding, FindingKind};
use crate::input::Profile;
use crate::names::{self, Host, HostMatch};
use crate::profile;
use crate::signature::{self, Outcome, Signed};
use crate::timestamp::Timestamp;

/// Signature checks one analysis may spend on path building.
const MAX_SIGNATURE_CHECKS: usize = 256;
/// Longest path considered (RFC 5280 has no limit; real chains are ≤ 5).
const MAX_DEPTH: usize = 10;
/// TLS server certificates issued since 2020-09-01 may be valid for at most
/// 398 days (CA/Browser Forum BR §6.3.2; Apple, Chrome, Mozilla policy).
const MAX_LEAF_DAYS: i64 = 398;
const LEAF_LIMIT_SINCE: i64 = 1_598_918_400; // 2020-09-01T00:00:00Z

/// Where a trust anchor comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum AnchorSource {
    /// The Mozilla root store (webpki-roots).
    Public,
    /// A root the user gave (`--root`).
    User,
}

/// A trust anchor: a name and a key.
#[derive(Clone, Debug)]
pub struct Anchor {
    pub name: String,
    /// Contents of the subject Name (without its SEQUENCE header).
    subject: Vec<u8>,
    /// The whole DER SubjectPublicKeyInfo.
    spki: Vec<u8>,
    pub source: AnchorSource,
    /// Name constraints of a user root.
    constraints: Option<crate::constraints::Constraints>,
    /// For a user root: its index among the user's root certificates.
    root: Option<usize>,
}

impl Anchor {
    /// Anchors for the user's root certificates.
    pub fn from_certificate(certificate: &Certificate) -> Self {
        Self {
            name: certificate.name.clone(),
            subject: contents(&certificate.subject_der).to_vec(),
            spki: certificate.spki_der.clone(),
            source: AnchorSource::User,
            constraints: certificate.name_constraints.clone(),
            root: Some(certificate.index),
        }
    }

    /// The Mozilla roots, read once per process (the page analyses on every
    /// keystroke).
    pub fn public() -> &'static [Self] {
        static PUBLIC: std::sync::OnceLock<Vec<Anchor>> = std::sync::OnceLock::new();
        PUBLIC.get_or_init(Self::read_public)
    }

    fn read_public() -> Vec<Self> {
        webpki_roots::TLS_SERVER_ROOTS
            .iter()
            .map(|anchor| {
                let subject = anchor.subject.as_ref().to_vec();
                Self {
                    name: name_of(&subject),
                    spki: encode::tlv(tag::SEQUENCE, anchor.subject_public_key_info.as_ref()),
                    subject,
                    source: AnchorSource::Public,
                    constraints: None,
                    root: None,
                }
            })
            .collect()
    }
}

/// The CN (or whole name) of a Name given by its contents.
fn name_of(subject_contents: &[u8]) -> String {
    use x509_parser::prelude::FromDer;
    let wrapped = encode::tlv(tag::SEQUENCE, subject_contents);
    match x509_parser::x509::X509Name::from_der(&wrapped) {
        Ok((_, name)) => name
            .iter_common_name()
            .next()
            .and_then(|cn| cn.as_str().ok().map(str::to_string))
            .unwrap_or_else(|| name.to_string()),
        Err(_) => "(unreadable name)".into(),
    }
}

fn contents(der: &[u8]) -> &[u8] {
    Tlv::parse_whole(der).map(|tlv| tlv.contents).unwrap_or(der)
}

/// How the path ends.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum PathEnd {
    /// At a trust anchor: the path is trusted.
    Anchor { name: String, source: AnchorSource },
    /// At a self-signed certificate that is not a trust anchor.
    UntrustedRoot { certificate: usize },
    /// The last certificate's issuer was not found.
    MissingIssuer { issuer: String },
}

/// The path and what is wrong with the bundle.
#[derive(Clone, Debug, Serialize)]
pub struct Chain {
    pub leaf: usize,
    /// Certificates on the path, leaf first (the root too, if it was given).
    pub path: Vec<usize>,
    pub end: PathEnd,
    pub trusted: bool,
    /// The bundle as it should be served: leaf, then intermediates in order,
    /// no root, nothing else. PEM.
    pub fixed_bundle: String,
    /// True if the bundle as given differs from `fixed_bundle`.
    pub bundle_needs_fixing: bool,
    /// Signatures that could not be checked here (unsupported algorithms).
    pub unchecked_signatures: Vec<String>,
    /// The anchor's name constraints, if it has any.
    #[serde(skip)]
    pub anchor_constraints: Option<crate::constraints::Constraints>,
    /// The user's root certificate the path ends at (index among the roots).
    #[serde(skip)]
    pub anchor_root: Option<usize>,
}

#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum Issuer {
    Certificate(usize),
    Anchor(usize),
}

struct Builder<'a> {
    certificates: &'a [Certificate],
    anchors: &'a [&'a Anchor],
    checks_left: usize,
    verified: HashMap<(usize, Issuer), Outcome>,
    best: Option<(Vec<usize>, PathEnd)>,
    best_anchor: Option<usize>,
    best_defects: usize,
    at: Timestamp,
}

fn rank(end: &PathEnd) -> u8 {
    match end {
        PathEnd::Anchor { .. } => 2,
        PathEnd::UntrustedRoot { .. } => 1,
        PathEnd::MissingIssuer { .. } => 0,
    }
}

impl Builder<'_> {
    fn verify(&mut self, child: usize, issuer: Issuer) -> Outcome {
        if let Some(outcome) = self.verified.get(&(child, issuer)) {
            return outcome.clone();
        }
        if self.checks_left == 0 {
            return Outcome::Invalid;
        }
        self.checks_left -= 1;
        let spki = match issuer {
            Issuer::Certificate(index) => &self.certificates[index].spki_der,
            Issuer::Anchor(index) => &self.anchors[index].spki,
        };
        let outcome = match Signed::parse(&self.certificates[child].der) {
            Some(signed) => signature::verify(&signed, spki),
            None => Outcome::Invalid,
        };
        self.verified.insert((child, issuer), outcome.clone());
        outcome
    }

    fn offer(&mut self, path: &[usize], end: PathEnd) {
        self.offer_from(path, end, None);
    }

    /// Problems that make a path worse than another one to the same kind of
    /// end: certificates outside their validity, broken name constraints.
    fn defects(&self, path: &[usize], anchor: Option<usize>) -> usize {
        let expired = path
            .iter()
            .filter(|index| {
                let certificate = &self.certificates[**index];
                self.at > certificate.not_after || self.at < certificate.not_before
            })
            .count();
        let constraints = anchor.and_then(|index| self.anchors[index].constraints.as_ref());
        let broken = usize::from(constraint_violation(self.certificates, path, constraints, "").is_some());
        expired + broken
    }

    fn offer_from(&mut self, path: &[usize], end: PathEnd, anchor: Option<usize>) {
        let defects = self.defects(path, anchor);
        let better = match &self.best {
            None => true,
            Some((best_path, best_end)) => {
                let (new_rank, old_rank) = (rank(&end), rank(best_end));
                new_rank > old_rank
                    || (new_rank == old_rank && new_rank > 0 && defects < self.best_defects)
                    || (new_rank == old_rank
                        && new_rank > 0
                        && defects == self.best_defects
                        && path.len() < best_path.len())
                    || (new_rank == old_rank && new_rank == 0 && path.len() > best_path.len())
            }
        };
        if better {
            self.best = Some((path.to_vec(), end));
            self.best_anchor = anchor;
            self.best_defects = defects;
        }
    }

    /// A trusted path without defects: nothing better can be found.
    fn trusted_found(&self) -> bool {
        self.best.as_ref().is_some_and(|(_, end)| rank(end) == 2) && self.best_defects == 0
    }

    fn search(&mut self, path: &mut Vec<usize>) {
        let Some(&current) = path.last() else { return };
        let certificate = &self.certificates[current];
        let issuer_name = contents(&certificate.issuer_der).to_vec();
        // An anchor that signed it ends the path, trusted.
        let anchor_candidates: Vec<usize> =
            (0..self.anchors.len()).filter(|index| self.anchors[*index].subject == issuer_name).collect();
        for anchor in anchor_candidates {
            if self.verify(current, Issuer::Anchor(anchor)) != Outcome::Invalid {
                let record = &self.anchors[anchor];
                let end = PathEnd::Anchor { name: record.name.clone(), source: record.source };
                self.offer_from(path, end, Some(anchor));
                if self.trusted_found() {
                    return;
                }
            }
        }
        // A self-signed certificate ends the path, untrusted.
        if certificate.self_issued && self.verify(current, Issuer::Certificate(current)) != Outcome::Invalid {
            self.offer(path, PathEnd::UntrustedRoot { certificate: current });
            return;
        }
        if path.len() >= MAX_DEPTH {
            return;
        }
        let mut candidates: Vec<usize> = (0..self.certificates.len())
            .filter(|index| !path.contains(index))
            .filter(|index| contents(&self.certificates[*index].subject_der) == issuer_name.as_slice())
            .collect();
        // Same key identifier first (RFC 5280 §4.2.1.1).
        candidates.sort_by_key(|index| {
            let candidate = &self.certificates[*index];
            let same_key = certificate.authority_key_id.is_some()
                && candidate.subject_key_id == certificate.authority_key_id;
            !same_key
        });
        let mut extended = false;
        for candidate in candidates {
            if self.verify(current, Issuer::Certificate(candidate)) == Outcome::Invalid {
                continue;
            }
            extended = true;
            path.push(candidate);
            self.search(path);
            path.pop();
            if self.trusted_found() {
                return;
            }
        }
        if !extended {
            self.offer(path, PathEnd::MissingIssuer { issuer: certificate.issuer.clone() });
        }
    }
}

/// The first name-constraint violation on `path`: the certificate below,
/// the constraining CA's name and what is wrong.
fn constraint_violation(
    certificates: &[Certificate],
    path: &[usize],
    anchor: Option<&crate::constraints::Constraints>,
    anchor_name: &str,
) -> Option<(usize, String, String)> {
    let mut constrained: Vec<(&str, &crate::constraints::Constraints, usize)> = path
        .iter()
        .enumerate()
        .skip(1)
        .filter_map(|(position, index)| {
            let certificate = &certificates[*index];
            certificate.name_constraints.as_ref().map(|c| (certificate.name.as_str(), c, position))
        })
        .collect();
    if let Some(constraints) = anchor {
        constrained.push((anchor_name, constraints, path.len()));
    }
    let leaf = *path.first()?;
    for (issuer, constraints, position) in constrained {
        for index in &path[..position] {
            let below = &certificates[*index];
            // Self-issued CA certificates are exempt (RFC 5280 §6.1.3 (b)); the leaf never is.
            if below.self_issued && below.index != leaf {
                continue;
            }
            if let Some(detail) = constraints.violation(
                &below.subject_der,
                &below.dns_names,
                &below.ip_addresses,
                &below.other_name_kinds,
            ) {
                return Some((below.index, issuer.to_string(), detail));
            }
        }
    }
    None
}

/// Picks the leaf: a certificate that is not a CA (preferring one that
/// covers `host`), else the first certificate.
pub fn choose_leaf(certificates: &[Certificate], host: Option<&Host>) -> Option<usize> {
    let leaves: Vec<&Certificate> = certificates.iter().filter(|c| c.is_ca != Some(true)).collect();
    if let Some(host) = host {
        if let Some(matching) = leaves.iter().find(|c| {
            matches!(names::check(host, &c.dns_names, &c.ip_addresses, c.has_san), HostMatch::Matched(_))
        }) {
            return Some(matching.index);
        }
    }
    leaves.first().map(|c| c.index).or_else(|| certificates.first().map(|c| c.index))
}

/// Builds the best path from the leaf.
/// Builds the best path from the leaf up to one of `anchors`.
pub fn build(certificates: &[Certificate], anchors: &[&Anchor], leaf: usize, at: Timestamp) -> Chain {
    let mut builder = Builder {
        certificates,
        anchors,
        checks_left: MAX_SIGNATURE_CHECKS,
        verified: HashMap::new(),
        best: None,
        best_anchor: None,
        best_defects: 0,
        at,
    };
    let mut path = vec![leaf];
    builder.search(&mut path);
    let (path, end) =
        builder.best.clone().unwrap_or((vec![leaf], PathEnd::MissingIssuer { issuer: String::new() }));
    let mut unchecked_signatures: Vec<String> = builder
        .verified
        .values()
        .filter_map(|outcome| match outcome {
            Outcome::Unsupported(name) => Some(name.clone()),
            _ => None,
        })
        .collect();
    unchecked_signatures.sort();
    unchecked_signatures.dedup();
    // The bundle to serve: the path without a self-signed top.
    let served_path: Vec<usize> =
        path.iter().copied().filter(|index| !(certificates[*index].self_issued && *index != leaf)).collect();
    let fixed_bundle = served_path.iter().map(|index| certificates[*index].pem.clone()).collect::<String>();
    let given: Vec<usize> = certificates.iter().map(|c| c.index).collect();
    Chain {
        leaf,
        trusted: rank(&end) == 2,
        path,
        end,
        bundle_needs_fixing: given != served_path,
        fixed_bundle,
        unchecked_signatures,
        anchor_constraints: builder.best_anchor.and_then(|index| anchors[index].constraints.clone()),
        anchor_root: builder.best_anchor.and_then(|index| anchors[index].root),
    }
}

/// Everything wrong with the chain and the bundle, as findings.
/// `root` is the user's root certificate the path ends at, if it does.
pub fn findings(
    certificates: &[Certificate],
    chain: &Chain,
    host: Option<&Host>,
    root: Option<&Certificate>,
    rules: Profile,
    max_intermediates: Option<usize>,
) -> Vec<Finding> {
    let mut findings = Vec::new();
    let leaf = &certificates[chain.leaf];
    let about = |kind: FindingKind, certificate: &Certificate| {
        Finding::about_certificate(kind, certificate.input, certificate.index)
    };

    // Trust.
    match &chain.end {
        PathEnd::Anchor { .. } => {}
        PathEnd::UntrustedRoot { certificate } if *certificate == chain.leaf => {
            findings.push(about(FindingKind::TrustSelfSigned { certificate: leaf.name.clone() }, leaf));
        }
        PathEnd::UntrustedRoot { certificate } => {
            let root = &certificates[*certificate];
            findings.push(about(
                FindingKind::TrustUntrustedRoot { root: root.name.clone(), leaf: leaf.name.clone() },
                root,
            ));
        }
        PathEnd::MissingIssuer { issuer } => {
            let last = &certificates[*chain.path.last().unwrap_or(&chain.leaf)];
            let named_but_bad: Vec<&Certificate> = certificates
                .iter()
                .filter(|c| contents(&c.subject_der) == contents(&last.issuer_der) && c.index != last.index)
                .collect();
            if let Some(signer) = named_but_bad.first() {
                findings.push(Finding {
                    kind: FindingKind::SignatureInvalid {
                        signed: last.name.clone(),
                        signer: signer.name.clone(),
                    },
                    inputs: vec![last.input],
                    certificates: vec![last.index, signer.index],
                });
            } else if last.self_issued {
                findings.push(about(
                    FindingKind::SignatureInvalid { signed: last.name.clone(), signer: last.name.clone() },
                    last,
                ));
            } else {
                findings.push(about(
                    FindingKind::ChainIncomplete {
                        certificate: last.name.clone(),
                        missing_issuer: issuer.clone(),
                        ca_issuers: last.ca_issuers.first().cloned(),
                    },
                    last,
                ));
            }
        }
    }

    // The bundle as served.
    let mut seen: Vec<&[u8]> = Vec::new();
    let mut served_on_path: Vec<usize> = Vec::new();
    for certificate in certificates {
        if seen.contains(&certificate.der.as_slice()) {
            findings.push(about(
                FindingKind::ChainDuplicateCertificate { certificate: certificate.name.clone() },
                certificate,
            ));
            continue;
        }
        seen.push(&certificate.der);
        let on_path = chain.path.contains(&certificate.index);
        let top = &certificates[*chain.path.last().unwrap_or(&chain.leaf)];
        // The root the path ends at, given in the bundle although the search
        // stopped at the same root in the trust store.
        let is_anchor_copy = !on_path
            && chain.trusted
            && certificate.self_issued
            && contents(&certificate.subject_der) == contents(&top.issuer_der);
        let is_top_root =
            (on_path && certificate.self_issued && certificate.index != chain.leaf) || is_anchor_copy;
        if is_top_root && (on_path || is_anchor_copy) {
            if chain.trusted {
                findings.push(about(
                    FindingKind::ChainRootIncluded { root: certificate.name.clone() },
                    certificate,
                ));
            }
        } else if on_path {
            served_on_path.push(certificate.index);
        } else {
            findings.push(about(
                FindingKind::ChainUnrelatedCertificate {
                    certificate: certificate.name.clone(),
                    leaf: leaf.name.clone(),
                },
                certificate,
            ));
        }
    }
    let expected: Vec<usize> =
        chain.path.iter().copied().filter(|index| served_on_path.contains(index)).collect();
    if served_on_path != expected {
        let order =
            |indices: &[usize]| indices.iter().map(|i| certificates[*i].name.clone()).collect::<Vec<_>>();
        findings.push(Finding {
            kind: FindingKind::ChainOutOfOrder { served: order(&served_on_path), expected: order(&expected) },
            inputs: vec![leaf.input],
            certificates: served_on_path.clone(),
        });
    }

    // The client's depth limit: intermediates between leaf and anchor, not
    // counting self-issued ones (a CA re-keying itself) or a root given in
    // the bundle.
    if let Some(limit) = max_intermediates {
        let ends_at_root = match chain.end {
            PathEnd::UntrustedRoot { .. } => true,
            PathEnd::Anchor { .. } => {
                chain.path.last().is_some_and(|last| *last != chain.leaf && certificates[*last].self_issued)
            }
            PathEnd::MissingIssuer { .. } => false,
        };
        let upper = chain.path.len() - usize::from(ends_at_root && chain.path.len() > 1);
        let intermediates = chain.path.get(1..upper).unwrap_or_default();
        let counted = intermediates.iter().filter(|index| !certificates[**index].self_issued).count();
        if counted > limit {
            findings.push(Finding {
                kind: FindingKind::ChainTooLong { leaf: leaf.name.clone(), intermediates: counted, limit },
                inputs: vec![leaf.input],
                certificates: intermediates.to_vec(),
            });
        }
    }

    // The profile of each certificate on the path, and of the user's root.
    for (position, index) in chain.path.iter().enumerate() {
        let certificate = &certificates[*index];
        let role = if position == 0 {
            profile::Role::Leaf
        } else if matches!(chain.end, PathEnd::UntrustedRoot { certificate } if certificate == *index) {
            profile::Role::Root
        } else {
            profile::Role::Intermediate
        };
        let issuer_has_ski = match chain.path.get(position + 1) {
            Some(issuer) => certificates[*issuer].subject_key_id.is_some(),
            None => root.is_none_or(|root| root.subject_key_id.is_some()),
        };
        for broken in profile::check(certificate, role, issuer_has_ski, rules) {
            findings.push(about(
                FindingKind::CertProfileViolation {
                    certificate: certificate.name.clone(),
                    rule: broken.rule.into(),
                    detail: broken.detail,
                },
                certificate,
            ));
        }
    }
    if let Some(root) = root {
        for broken in profile::check(root, profile::Role::Root, true, rules) {
            findings.push(Finding::about_root(FindingKind::CertProfileViolation {
                certificate: root.name.clone(),
                rule: broken.rule.into(),
                detail: broken.detail,
            }));
        }
        for extension in &root.unknown_critical_extensions {
            findings.push(Finding::about_root(FindingKind::CertCriticalExtensionUnknown {
                certificate: root.name.clone(),
                extension: extension.clone(),
            }));
        }
    }

    // Each certificate on the path.
    for (position, index) in chain.path.iter().enumerate() {
        let certificate = &certificates[*index];
        let is_root = certificate.self_issued && position + 1 == chain.path.len() && position > 0;
        if !is_root {
            if let Some(signed) = Signed::parse(&certificate.der) {
                let algorithm = signature::algorithm(&signed);
                if algorithm.weak_hash {
                    findings.push(about(
                        FindingKind::SignatureWeakAlgorithm {
                            certificate: certificate.name.clone(),
                            algorithm: algorithm.name,
                        },
                        certificate,
                    ));
                }
            }
        }
        for extension in &certificate.unknown_critical_extensions {
            findings.push(about(
                FindingKind::CertCriticalExtensionUnknown {
                    certificate: certificate.name.clone(),
                    extension: extension.clone(),
                },
                certificate,
            ));
        }
        if position > 0 {
            let issued = &certificates[chain.path[position - 1]];
            let lacks_key_cert_sign =
                certificate.key_usage.as_ref().is_some_and(|usage| !usage.iter().any(|u| u == "keyCertSign"));
            if certificate.is_ca != Some(true) || lacks_key_cert_sign {
                findings.push(Finding {
                    kind: FindingKind::IssuerNotCa {
                        issuer: certificate.name.clone(),
                        issued: issued.name.clone(),
                        basic_constraints_ca: certificate.is_ca == Some(true),
                        key_cert_sign: !lacks_key_cert_sign,
                    },
                    inputs: vec![certificate.input],
                    certificates: vec![certificate.index, issued.index],
                });
            }
            // Intermediate CAs below this one, not counting self-issued ones.
            let below = chain.path[1..position].iter().filter(|i| !certificates[**i].self_issued).count();
            if let Some(limit) = certificate.path_len {
                if below > limit as usize {
                    findings.push(about(
                        FindingKind::PathLengthExceeded { issuer: certificate.name.clone(), limit, below },
                        certificate,
                    ));
                }
            }
        }
        if let Some(usages) = &certificate.extended_key_usage {
            let allows = usages.iter().any(|u| u == "serverAuth" || u == "anyExtendedKeyUsage");
            if !allows && !is_root {
                findings.push(about(
                    FindingKind::EkuServerAuthMissing {
                        certificate: certificate.name.clone(),
                        is_leaf: position == 0,
                        usages: usages.clone(),
                    },
                    certificate,
                ));
            }
        }
    }

    // Name constraints of every CA on the path (and of the anchor) over the
    // certificates below it.
    let anchor_name = match &chain.end {
        PathEnd::Anchor { name, .. } => name.clone(),
        _ => String::new(),
    };
    if let Some((below, issuer, detail)) =
        constraint_violation(certificates, &chain.path, chain.anchor_constraints.as_ref(), &anchor_name)
    {
        let below = &certificates[below];
        findings.push(about(
            FindingKind::NameConstraintsViolated { certificate: below.name.clone(), issuer, detail },
            below,
        ));
    }
    if leaf.name_constraints.is_some() && leaf.is_ca != Some(true) {
        findings.push(about(
            FindingKind::NameConstraintsViolated {
                certificate: leaf.name.clone(),
                issuer: leaf.name.clone(),
                detail: "an end-entity certificate carries a nameConstraints extension, which only CAs may have (RFC 5280 §4.2.1.10)".into(),
            },
            leaf,
        ));
    }

    // The leaf: names and lifetime.
    if let Some(host) = host {
        let host_text = match host {
            Host::Dns(name) => name.clone(),
            Host::Ip(ip) => ip.to_string(),
        };
        match names::check(host, &leaf.dns_names, &leaf.ip_addresses, leaf.has_san) {
            HostMatch::Matched(_) => {}
            HostMatch::NoSan => findings.push(about(
                FindingKind::NameNoSan {
                    certificate: leaf.name.clone(),
                    host: host_text,
                    subject: leaf.subject.clone(),
                },
                leaf,
            )),
            HostMatch::Mismatch => {
                findings.push(about(
                    FindingKind::NameMismatch {
                        certificate: leaf.name.clone(),
                        host: host_text,
                        names: leaf.names(),
                    },
                    leaf,
                ));
            }
        }
    }
    let lifetime_days = leaf.not_before.days_until(leaf.not_after);
    if leaf.is_ca != Some(true)
        && !leaf.self_issued
        && leaf.not_before.unix_seconds() >= LEAF_LIMIT_SINCE
        && lifetime_days > MAX_LEAF_DAYS
        // A Baseline Requirements rule: a private PKI (`--profile rfc5280`,
        // or a path to the user's own root) may choose longer lifetimes.
        && rules == Profile::Web
    {
        findings.push(about(
            FindingKind::CertValidityTooLong {
                certificate: leaf.name.clone(),
                days: lifetime_days,
                not_before: leaf.not_before,
                not_after: leaf.not_after,
            },
            leaf,
        ));
    }
    findings
}
