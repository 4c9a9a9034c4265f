//! Path building (RFC 5280 §6, RFC 4158): depth-first from the leaf through
//! the bundle to an anchor. Issuers are found by name, tried in key
//! identifier order, and accepted only when the signature verifies. The
//! search is bounded by the analysis's [`Budget`]; it prefers a trusted path
//! without expired certificates or broken name constraints.

use std::collections::HashMap;

use super::anchors::Anchor;
use super::constraints::first_violation;
use super::{PathEnd, Unverifiable};
use crate::budget::Budget;
use crate::certificate::{Certificate, Source};
use crate::names::distinguished::NameKey;
use crate::signature::{self, Outcome, Signed};
use crate::timestamp::Timestamp;

/// Longest path considered (RFC 5280 has no limit; real chains are ≤ 5).
const MAX_DEPTH: usize = 10;

#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum Issuer {
    Certificate(usize),
    Anchor(usize),
}

/// The certificates a path may use: those read (the bundle and the user's
/// roots), then the public intermediates that may supply a missing issuer.
/// Index `i` is `given[i]`, or `extra[i - given.len()]`.
#[derive(Clone, Copy)]
pub struct Pool<'a> {
    pub given: &'a [Certificate],
    pub extra: &'a [Certificate],
}

impl<'a> Pool<'a> {
    pub fn of(given: &'a [Certificate]) -> Self {
        Self { given, extra: &[] }
    }

    pub fn iter(&self) -> impl Iterator<Item = (usize, &'a Certificate)> {
        self.given.iter().chain(self.extra).enumerate()
    }
}

impl<'a> Pool<'a> {
    /// The certificate at `index` (in range: the builder's indices are).
    pub fn get(self, index: usize) -> &'a Certificate {
        match index.checked_sub(self.given.len()) {
            Some(extra) => &self.extra[extra],
            None => &self.given[index],
        }
    }
}

impl std::ops::Index<usize> for Pool<'_> {
    type Output = Certificate;

    fn index(&self, index: usize) -> &Certificate {
        self.get(index)
    }
}

/// The best path found and how it ends.
pub struct Found {
    pub path: Vec<usize>,
    pub end: PathEnd,
    /// Index into the anchors of the anchor it ends at.
    pub anchor: Option<usize>,
    /// Links whose signature could not be checked: never part of a path.
    pub unverifiable: Vec<Unverifiable>,
}

pub(super) struct Builder<'a, 'b> {
    certificates: Pool<'a>,
    /// The pool's bundle and supplied certificates by subject name, so that
    /// finding a name's issuers does not scan them all every step.
    by_subject: HashMap<&'a NameKey, Vec<usize>>,
    anchors: &'b [Anchor<'a>],
    budget: &'b mut Budget,
    verified: HashMap<(usize, Issuer), Outcome>,
    best: Option<(Vec<usize>, PathEnd)>,
    best_anchor: Option<usize>,
    best_defects: usize,
    best_preference: (u32, u32),
    /// The best any anchor can be: a path to it ends the search.
    top_preference: (u32, u32),
    at: Timestamp,
}

fn rank(end: &PathEnd) -> u8 {
    match end {
        PathEnd::Anchor { .. } => 2,
        PathEnd::UntrustedRoot { .. } => 1,
        PathEnd::MissingIssuer { .. } => 0,
    }
}

impl<'a, 'b> Builder<'a, 'b> {
    /// A search over `certificates` to `anchors`, leaving out the pool
    /// indices `skip` says (certificates a store distrusts).
    pub fn new(
        certificates: Pool<'a>,
        anchors: &'b [Anchor<'a>],
        budget: &'b mut Budget,
        at: Timestamp,
        skip: &dyn Fn(usize) -> bool,
    ) -> Self {
        let mut by_subject: HashMap<&NameKey, Vec<usize>> = HashMap::new();
        for (index, certificate) in certificates.iter() {
            if certificate.source != Source::Root && !skip(index) {
                by_subject.entry(&certificate.subject_key).or_default().push(index);
            }
        }
        let top_preference = anchors.iter().map(Anchor::preference).max().unwrap_or_default();
        Self {
            certificates,
            by_subject,
            anchors,
            budget,
            verified: HashMap::new(),
            best: None,
            best_anchor: None,
            best_defects: 0,
            best_preference: (0, 0),
            top_preference,
            at,
        }
    }

    /// Searches from `leaf` and returns the best path.
    pub fn run(mut self, leaf: usize) -> Found {
        let mut path = vec![leaf];
        self.search(&mut path);
        let mut unverifiable: Vec<Unverifiable> = self
            .verified
            .iter()
            .filter_map(|((child, issuer), outcome)| match outcome {
                Outcome::Unsupported(algorithm) => Some(Unverifiable {
                    signed: *child,
                    signer: match issuer {
                        Issuer::Certificate(index) => self.certificates.get(*index).name.clone(),
                        Issuer::Anchor(index) => self.anchors[*index].name.to_string(),
                    },
                    algorithm: algorithm.clone(),
                }),
                _ => None,
            })
            .collect();
        unverifiable.sort_by(|a, b| (a.signed, &a.signer).cmp(&(b.signed, &b.signer)));
        let (path, end) = self.best.unwrap_or((vec![leaf], PathEnd::MissingIssuer { issuer: String::new() }));
        Found { path, end, anchor: self.best_anchor, unverifiable }
    }

    fn verify(&mut self, child: usize, issuer: Issuer) -> Outcome {
        if let Some(outcome) = self.verified.get(&(child, issuer)) {
            return outcome.clone();
        }
        let (spki, issuer_sha256) = match issuer {
            Issuer::Certificate(index) => {
                let certificate = self.certificates.get(index);
                (certificate.spki_der.as_slice(), Some(&certificate.fingerprint))
            }
            Issuer::Anchor(index) => {
                let anchor = &self.anchors[index];
                // A user's root is one of the given certificates.
                let certificate = anchor.certificate.and_then(|index| self.certificates.given.get(index));
                let sha256 = certificate.map(|certificate| &certificate.fingerprint).or(anchor.fingerprint.as_ref());
                (anchor.spki, sha256)
            }
        };
        if !self.budget.signature_costing(signature::cost(spki)) {
            return Outcome::Invalid;
        }
        let certificate = self.certificates.get(child);
        let known = signature::Known { signed: &certificate.fingerprint, issuer: issuer_sha256 };
        let outcome = match Signed::parse(&certificate.der) {
            Some(signed) => signature::verify_known(&signed, known, spki),
            None => Outcome::Invalid,
        };
        self.verified.insert((child, issuer), outcome.clone());
        outcome
    }

    /// Problems that make a path worse than another one to the same kind of
    /// end: certificates outside their validity, broken name constraints.
    fn defects(&mut self, path: &[usize], anchor: Option<usize>) -> usize {
        let expired = path
            .iter()
            .filter(|index| {
                let certificate = self.certificates.get(**index);
                self.at > certificate.not_after || self.at < certificate.not_before
            })
            .count();
        let constraints = anchor.and_then(|index| self.anchors[index].constraints);
        let broken =
            usize::from(first_violation(&self.certificates, path, constraints, "", self.budget).is_some());
        expired + broken
    }

    /// Keeps the path if it is better than the best so far: a trusted one
    /// over an untrusted root over a missing issuer; then fewer defects;
    /// then an anchor more mainstream clients trust (a user's root first);
    /// then fewer certificates supplied from the public intermediates (what
    /// the server sends comes first); then an anchor more stores trust (a
    /// cross-sign the server sends for old clients is used); then the
    /// shorter path. Among paths that end nowhere, the longer one.
    fn offer(&mut self, path: &[usize], end: PathEnd, anchor: Option<usize>) {
        use std::cmp::Reverse;
        let defects = self.defects(path, anchor);
        let preference = anchor.map_or((0, 0), |index| self.anchors[index].preference());
        let better = match &self.best {
            None => true,
            Some((best_path, best_end)) => {
                let (new_rank, old_rank) = (rank(&end), rank(best_end));
                let supplied = |path: &[usize]| {
                    path.iter()
                        .filter(|index| self.certificates.get(**index).source == Source::Supplied)
                        .count()
                };
                let ours = (
                    Reverse(defects),
                    preference.0,
                    Reverse(supplied(path)),
                    preference.1,
                    Reverse(path.len()),
                );
                let best = self.best_preference;
                let theirs = (
                    Reverse(self.best_defects),
                    best.0,
                    Reverse(supplied(best_path)),
                    best.1,
                    Reverse(best_path.len()),
                );
                new_rank > old_rank
                    || (new_rank == old_rank && new_rank > 0 && ours > theirs)
                    || (new_rank == old_rank && new_rank == 0 && path.len() > best_path.len())
            }
        };
        if better {
            self.best = Some((path.to_vec(), end));
            self.best_anchor = anchor;
            self.best_defects = defects;
            self.best_preference = preference;
        }
    }

    /// A trusted path without defects to the best kind of anchor: nothing
    /// better can be found.
    fn trusted_found(&self) -> bool {
        self.best.as_ref().is_some_and(|(_, end)| rank(end) == 2)
            && self.best_defects == 0
            && self.best_preference == self.top_preference
    }

    fn search(&mut self, path: &mut Vec<usize>) {
        let Some(&current) = path.last() else { return };
        if !self.budget.step() {
            return;
        }
        let certificate = self.certificates.get(current);
        let issuer_name = certificate.issuer_key.clone();
        // An anchor that signed it ends the path, trusted.
        let anchor_candidates: Vec<usize> = (0..self.anchors.len())
            .filter(|index| *self.anchors[*index].subject_key == issuer_name)
            .collect();
        for anchor in anchor_candidates {
            if self.verify(current, Issuer::Anchor(anchor)) == Outcome::Valid {
                let record = &self.anchors[anchor];
                let end = PathEnd::Anchor {
                    name: record.name.to_string(),
                    source: record.source,
                    stores: record.stores,
                };
                self.offer(path, end, Some(anchor));
                if self.trusted_found() {
                    return;
                }
            }
        }
        // A self-signed certificate ends the path, untrusted.
        if certificate.self_issued && self.verify(current, Issuer::Certificate(current)) == Outcome::Valid {
            self.offer(path, PathEnd::UntrustedRoot { certificate: current }, None);
            return;
        }
        if path.len() >= MAX_DEPTH {
            return;
        }
        let mut extended = false;
        for candidate in self.issuer_candidates(path, &issuer_name) {
            // Only a signature that verifies makes a link: one that cannot
            // be checked here is never vouched for.
            if self.verify(current, Issuer::Certificate(candidate)) != Outcome::Valid {
                continue;
            }
            extended = true;
            path.push(candidate);
            self.search(path);
            path.pop();
            if self.trusted_found() || self.budget.exhausted().is_some() {
                return;
            }
        }
        if !extended {
            let issuer = self.certificates.get(current).issuer.clone();
            self.offer(path, PathEnd::MissingIssuer { issuer }, None);
        }
    }

    /// Certificates of the bundle named as the issuer of the path's last
    /// certificate and not on the path yet, same key identifier first
    /// (RFC 5280 §4.2.1.1).
    fn issuer_candidates(&self, path: &[usize], issuer_name: &NameKey) -> Vec<usize> {
        let Some(current) = path.last().map(|index| self.certificates.get(*index)) else { return Vec::new() };
        let mut candidates: Vec<usize> = self
            .by_subject
            .get(issuer_name)
            .into_iter()
            .flatten()
            .copied()
            .filter(|index| !path.contains(index))
            .collect();
        candidates.sort_by_key(|index| {
            let candidate = self.certificates.get(*index);
            let same_key =
                current.authority_key_id.is_some() && candidate.subject_key_id == current.authority_key_id;
            !same_key
        });
        candidates
    }
}
