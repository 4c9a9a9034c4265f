//! The words: everything a person reads, in English and Simplified Chinese.
//!
//! Findings, and the typed facts inside them (format problems, profile
//! rules, constraint violations, keys, notes), are put into words here and
//! nowhere else, one file tree per language (`en/`, `zh/`); both implement
//! [`Words`], so a language cannot leave anything out. The labels both
//! shells show (verdicts, severities, roles, field names) are here too; a
//! shell supplies only the names of its own controls ([`Controls`]).
//!
//! This is the top of the engine: it reads the types of every stage and no
//! stage reads it, so the rules never hold a sentence.

mod en;
#[cfg(test)]
mod fixtures;
mod template;
#[cfg(test)]
mod tests;
mod zh;

use std::borrow::Cow;

use crate::client::Client;
use crate::matrix::ClientVerdict;
use crate::stores::StoreId;
use serde::Serialize;

pub use template::{Segment, Text};

use crate::certificate::Policy;
use crate::chain::Role;
use crate::finding::{FindingKind, KeyFormat, KeyOwner, KeyRef, Severity, Verdict};
use crate::formats::encryption::{SchemeSummary, Unsupported};
use crate::formats::FormatError;
use crate::intake::{ItemKind, Note};
use crate::keys::{KeyUnsupported, PublicKey};
use crate::names::constraints::Violation;
use crate::options::{OwnName, Profile};
use crate::profile::Rule;

/// The language of everything shown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Lang {
    #[default]
    En,
    /// Simplified Chinese.
    Zh,
}

impl Lang {
    /// `en` or `zh` (also `zh-CN`, `zh-Hans`).
    pub fn parse(text: &str) -> Option<Self> {
        let lower = text.trim().to_ascii_lowercase();
        match lower.as_str() {
            "en" | "en-us" | "en-gb" | "english" => Some(Self::En),
            "zh" | "zh-cn" | "zh-hans" | "zh-sg" | "chinese" => Some(Self::Zh),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::En => "en",
            Self::Zh => "zh",
        }
    }
}

/// What a person reads about one finding.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Explanation {
    pub title: String,
    pub explanation: Text,
    pub fix: Text,
}

/// How a shell names its own controls, in one language: the fixes that
/// tell the user to give a password or a root use these words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Controls {
    /// Where a password is given ("`--password PW`", "the Password field").
    pub password: &'static str,
    /// How a root is given ("`--root root.pem`", "Trust this root").
    pub root: &'static str,
    /// How RFC 5280's rules are chosen ("`--profile rfc5280`", "Rules: RFC 5280 only").
    pub rfc5280: &'static str,
    /// Where the corrected bundle comes from ("`--fix-chain fullchain.pem`",
    /// "Download corrected fullchain.pem").
    pub fixed_bundle: &'static str,
}

/// The words of `certdoctor scan`'s table and progress line.
#[derive(Debug)]
pub struct ScanLabels {
    pub status: &'static str,
    pub expires: &'static str,
    pub certificate: &'static str,
    pub set: &'static str,
    pub problems: &'static str,
    pub expired: &'static str,
    pub expiring: &'static str,
    pub broken_chain: &'static str,
    pub key_mismatch: &'static str,
    pub errors: &'static str,
    pub warnings: &'static str,
    pub ok: &'static str,
    /// Where a set has no certificate to name.
    pub no_certificate: &'static str,
    pub no_sets: &'static str,
    /// Before a file that could not be read.
    pub not_read: &'static str,
    pub too_large: &'static str,
}

/// The labels both shells show around the findings.
#[derive(Debug)]
pub struct Labels {
    pub certificates: &'static str,
    pub findings: &'static str,
    pub no_findings: &'static str,
    pub fix: &'static str,
    pub issuer: &'static str,
    pub subject: &'static str,
    pub valid: &'static str,
    pub names: &'static str,
    pub key: &'static str,
    pub keys: &'static str,
    pub checked_at: &'static str,
    pub host: &'static str,
    pub rules: &'static str,
    pub chain: &'static str,
    pub belongs_to: &'static str,
    pub matches_nothing: &'static str,
    pub public_root: &'static str,
    pub your_root: &'static str,
    pub untrusted_root: &'static str,
    pub self_signed: &'static str,
    pub missing_issuer: &'static str,
    pub second_opinion: &'static str,
    pub accepted: &'static str,
    pub rejected: &'static str,
    pub none: &'static str,
    pub serial: &'static str,
    pub signature_algorithm: &'static str,
    pub basic_constraints: &'static str,
    pub key_usage: &'static str,
    pub extended_key_usage: &'static str,
    pub subject_key_id: &'static str,
    pub authority_key_id: &'static str,
    pub ca_issuers: &'static str,
    pub crl_distribution_points: &'static str,
    pub policies: &'static str,
    pub scts: &'static str,
    pub unknown_critical: &'static str,
    pub private_key: &'static str,
    pub public_key: &'static str,
    pub anchor: &'static str,
    /// The client matrix's heading, and its two outcomes.
    pub clients: &'static str,
    pub works: &'static str,
    pub fails: &'static str,
    /// "Refused by" before a finding's clients.
    pub refused_by: &'static str,
    /// A certificate certdoctor supplied from the public intermediates.
    pub supplied: &'static str,
    /// Between a label and what it labels ("Fix: …", "修复：…").
    pub colon: &'static str,
    /// Between the items of a list of names ("a, b", "a、b").
    pub list_separator: &'static str,
}

/// A certificate's validity at the moment checked, for bars and labels.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ValidityState {
    Valid,
    Expiring,
    Expired,
    NotYetValid,
}

/// Everything the engine says, in one language.
pub trait Words: Sync {
    fn lang(&self) -> Lang;
    fn labels(&self) -> &'static Labels;
    /// A finding's title, explanation and fix.
    fn explain(&self, kind: &FindingKind, controls: &Controls) -> Explanation;
    /// The name of an input that has no file name.
    fn own_name(&self, name: OwnName) -> &'static str;
    /// An input's name as this language says it: a file's name as given,
    /// the paste or standard input in this language (an own name said in
    /// English is left as it is, so the English words never copy).
    fn input_name<'a>(&self, name: &'a str) -> Cow<'a, str> {
        match OwnName::of(name) {
            Some((own, rest)) if self.own_name(own) != own.as_str() => Cow::Owned(format!("{}{rest}", self.own_name(own))),
            _ => Cow::Borrowed(name),
        }
    }
    fn verdict(&self, verdict: Verdict) -> &'static str;
    /// The headline of a report with nothing wrong because nothing was
    /// checked: an error message pasted alone.
    fn nothing_checked(&self) -> &'static str;
    /// The report's headline: its verdict, unless there was nothing to
    /// check — "OK" would promise something about a chain nobody pasted.
    fn headline(&self, verdict: Verdict, checked_nothing: bool) -> &'static str {
        if verdict == Verdict::Ok && checked_nothing {
            self.nothing_checked()
        } else {
            self.verdict(verdict)
        }
    }
    fn severity(&self, severity: Severity) -> &'static str;
    fn role(&self, role: Role) -> &'static str;
    fn validity(&self, state: ValidityState) -> &'static str;
    /// A rulebook's name; `Auto` says how it chooses.
    fn profile(&self, profile: Profile) -> &'static str;
    /// "2 certificates", "1 private key".
    fn items(&self, kind: ItemKind, count: usize) -> String;
    /// Between the items of a plain list: ", " or "，".
    fn list_separator(&self) -> &'static str;
    fn scan(&self) -> &'static ScanLabels;
    /// "in 12 days", "3 days ago", "today".
    fn days_from_now(&self, days: i64) -> String;
    /// "1234/10000 sets checked".
    fn scan_progress(&self, done: usize, total: usize) -> String;
    /// "12 sets: 3 with errors, 2 with warnings, 7 fine".
    fn scan_summary(&self, sets: usize, errors: usize, warnings: usize) -> String;
    /// "2 errors, 1 warning".
    fn counts(&self, errors: usize, warnings: usize) -> String;
    /// "RSA 2048 bits", "EC P-256".
    fn public_key(&self, key: &PublicKey) -> String;
    fn key_format(&self, format: &KeyFormat) -> String;
    fn key(&self, key: &KeyRef) -> String;
    fn owner(&self, owner: &KeyOwner) -> String;
    fn scheme(&self, scheme: &SchemeSummary) -> String;
    fn note(&self, note: &Note) -> String;
    fn policy(&self, policy: &Policy) -> String;
    fn format_error(&self, error: &FormatError) -> String;
    fn key_unsupported(&self, reason: &KeyUnsupported) -> String;
    fn unsupported(&self, what: &Unsupported) -> String;
    fn rule(&self, rule: &Rule) -> String;
    fn violation(&self, violation: &Violation) -> String;
    /// "Show 12 more".
    fn show_more(&self, hidden: usize) -> String;
    /// A platform trust store's name.
    fn store(&self, store: StoreId) -> &'static str;
    /// A client's name.
    fn client(&self, client: Client) -> &'static str;
    /// The matrix in one sentence: "Fails in Java; works in …".
    fn clients_summary(&self, verdicts: &[ClientVerdict]) -> String;
}

/// The words of `lang`.
pub fn words(lang: Lang) -> &'static dyn Words {
    match lang {
        Lang::En => &en::English,
        Lang::Zh => &zh::Chinese,
    }
}

/// `count` followed by the singular or plural noun.
fn plural(count: i64, one: &str, many: &str) -> String {
    format!("{count} {}", if count.abs() == 1 { one } else { many })
}

/// "2024-11-11": a day, as both languages write it.
fn day(moment: crate::timestamp::Timestamp) -> String {
    moment.to_rfc3339().chars().take(10).collect()
}
