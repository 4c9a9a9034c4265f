//! English.

mod chain;
mod client_errors;
mod clients;
mod details;
mod findings;
mod interception;

use super::{plural, Controls, Explanation, Labels, Lang, ScanLabels, Text, ValidityState, Words};
use crate::certificate::Policy;
use crate::chain::Role;
use crate::client::Client;
use crate::finding::{FindingKind, KeyFormat, KeyOwner, KeyRef, Severity, Verdict};
use crate::formats::encryption::{SchemeSummary, Unsupported};
use crate::formats::FormatError;
use crate::intake::{ItemKind, Note};
use crate::keys::{KeyUnsupported, PublicKey};
use crate::matrix::ClientVerdict;
use crate::names::constraints::Violation;
use crate::options::{OwnName, Profile};
use crate::profile::Rule;
use crate::stores::StoreId;

pub struct English;

static LABELS: Labels = Labels {
    colon: ": ",
    list_separator: ", ",
    certificates: "Certificates",
    findings: "Findings",
    no_findings: "No problems found.",
    fix: "Fix",
    issuer: "Issuer",
    subject: "Subject",
    valid: "Valid",
    names: "Names",
    key: "Key",
    keys: "Keys",
    checked_at: "Checked at",
    host: "host",
    rules: "rules",
    chain: "Chain",
    belongs_to: "belongs to",
    matches_nothing: "matches no certificate or CSR given",
    public_root: "public root",
    your_root: "your root",
    untrusted_root: "ends at a root that is not trusted",
    self_signed: "signed by itself, and not trusted",
    missing_issuer: "missing issuer",
    second_opinion: "Second opinion (rustls-webpki)",
    accepted: "accepted",
    rejected: "rejected",
    none: "none",
    serial: "Serial number",
    signature_algorithm: "Signature algorithm",
    basic_constraints: "Basic constraints",
    key_usage: "Key usage",
    extended_key_usage: "Extended key usage",
    subject_key_id: "Subject key ID",
    authority_key_id: "Authority key ID",
    ca_issuers: "CA issuers (AIA)",
    crl_distribution_points: "CRL distribution points",
    policies: "Policies",
    scts: "Certificate Transparency (SCTs)",
    unknown_critical: "Unknown critical extensions",
    private_key: "Private key",
    public_key: "Public key",
    anchor: "Trust anchor",
    clients: "Clients",
    works: "works",
    fails: "fails",
    refused_by: "Refused by",
    supplied: "supplied offline, not sent by the server",
};

static SCAN: ScanLabels = ScanLabels {
    status: "STATUS",
    expires: "EXPIRES",
    certificate: "CERTIFICATE",
    set: "SET",
    problems: "PROBLEMS",
    expired: "expired",
    expiring: "expiring",
    broken_chain: "broken chain",
    key_mismatch: "key mismatch",
    errors: "errors",
    warnings: "warnings",
    ok: "ok",
    no_certificate: "(no certificate)",
    no_sets: "No certificate sets found under the paths given.",
    not_read: "not read",
    too_large: "larger than the input limit",
};

/// A finding that the dispatch in [`English::explain`] sent to the wrong
/// group: only possible if that table is edited wrongly.
fn unreachable(kind: &FindingKind) -> Explanation {
    debug_assert!(false, "no English words for {:?}", kind.code());
    Explanation {
        title: kind.code().as_str().to_string(),
        explanation: Text::default(),
        fix: Text::default(),
    }
}

impl Words for English {
    fn lang(&self) -> Lang {
        Lang::En
    }

    fn labels(&self) -> &'static Labels {
        &LABELS
    }

    fn own_name(&self, name: OwnName) -> &'static str {
        match name {
            OwnName::Paste => "pasted text",
            OwnName::PastedRoot => "pasted root",
            OwnName::StandardInput => "standard input",
        }
    }

    fn explain(&self, kind: &FindingKind, controls: &Controls) -> Explanation {
        use FindingKind as K;
        match kind {
            K::InputUnrecognised { .. }
            | K::PemMalformed { .. }
            | K::CertUnparseable { .. }
            | K::InputLimitExceeded { .. }
            | K::InputUnparseable { .. }
            | K::InputSshKey { .. }
            | K::InputJavaKeystore { .. }
            | K::InputCsrNotCertificate { .. } => findings::input(self, kind, controls),
            K::TrustInterception { .. } => interception::explain(kind, controls).unwrap_or_else(|| unreachable(kind)),
            K::ClientError { .. } | K::ClientErrorUnrecognised { .. } | K::ClientTranscript { .. } => {
                client_errors::explain(kind, controls).unwrap_or_else(|| unreachable(kind))
            }
            K::InputCaBundle { .. }
            | K::CaBundleNotCa { .. }
            | K::CertExpired { ca_bundle: true, .. }
            | K::CertExpiringSoon { ca_bundle: true, .. }
            | K::ChainDuplicateCertificate { ca_bundle: true, .. }
            | K::KeyWeak { owner: KeyOwner::BundleCa { .. }, .. } => {
                findings::ca_bundle(self, kind, controls)
            }
            K::PasswordRequired { .. }
            | K::PasswordIncorrect { .. }
            | K::EncryptionUnsupported { .. }
            | K::KeyMismatch { .. }
            | K::KeyWeak { .. }
            | K::KeyUnreadable { .. }
            | K::KeyUnsupported { .. } => findings::keys(self, kind, controls),
            K::CertExpired { .. }
            | K::CertNotYetValid { .. }
            | K::CertExpiringSoon { .. }
            | K::CertValidityTooLong { .. } => chain::validity(self, kind, controls),
            K::ChainIncomplete { .. }
            | K::ChainOutOfOrder { .. }
            | K::ChainRootIncluded { .. }
            | K::ChainDuplicateCertificate { .. }
            | K::ChainUnrelatedCertificate { .. } => chain::chain(self, kind, controls),
            K::NameMismatch { .. }
            | K::NameWildcardPublicSuffix { .. }
            | K::NameTrailingDot { .. }
            | K::NameAddressAsDnsName { .. }
            | K::NamePartialWildcard { .. }
            | K::NameNoSan { .. } => chain::names(self, kind, controls),
            K::SignatureInvalid { .. }
            | K::SignatureUnverifiable { .. }
            | K::SecondOpinionRejected { .. }
            | K::SecondOpinionDiverges { .. }
            | K::SignatureWeakAlgorithm { .. }
            | K::TrustUntrustedRoot { .. }
            | K::TrustStoreMissing { .. }
            | K::TrustDistrustedAfter { .. }
            | K::TrustSelfSigned { .. }
            | K::IssuerNotCa { .. }
            | K::PathLengthExceeded { .. }
            | K::ChainTooLong { .. }
            | K::EkuServerAuthMissing { .. } => chain::trust(self, kind, controls),
            K::CertCriticalExtensionUnknown { .. }
            | K::NameConstraintsViolated { .. }
            | K::CertRevoked { .. }
            | K::CertProfileViolation { .. } => chain::rules(self, kind, controls),
        }
    }

    fn verdict(&self, verdict: Verdict) -> &'static str {
        match verdict {
            Verdict::Ok => "OK — no problems found",
            Verdict::Warnings => "WARNINGS — works, but should be fixed",
            Verdict::Errors => "ERRORS — clients will fail",
        }
    }

    fn nothing_checked(&self) -> &'static str {
        "NOTHING TO CHECK — no certificate given; what the message means is below"
    }

    fn severity(&self, severity: Severity) -> &'static str {
        match severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }

    fn role(&self, role: Role) -> &'static str {
        match role {
            Role::Leaf => "Leaf",
            Role::Intermediate => "Intermediate",
            Role::Root => "Root",
            Role::Anchor => "Trust anchor",
            Role::Duplicate => "Duplicate",
            Role::Extra => "Not on the path",
            Role::UnusedRoot => "Your root, not used",
        }
    }

    fn validity(&self, state: ValidityState) -> &'static str {
        match state {
            ValidityState::Valid => "valid",
            ValidityState::Expiring => "expires soon",
            ValidityState::Expired => "expired",
            ValidityState::NotYetValid => "not yet valid",
        }
    }

    fn profile(&self, profile: Profile) -> &'static str {
        match profile {
            Profile::Auto => "By clients (an error when a mainstream client refuses)",
            Profile::Web => "Web PKI (RFC 5280 + CA/B Forum)",
            Profile::Rfc5280 => "RFC 5280 only",
        }
    }

    fn scan(&self) -> &'static ScanLabels {
        &SCAN
    }

    fn days_from_now(&self, days: i64) -> String {
        match days {
            0 => "today".to_string(),
            1.. => format!("in {}", plural(days, "day", "days")),
            _ => format!("{} ago", plural(-days, "day", "days")),
        }
    }

    fn scan_progress(&self, done: usize, total: usize) -> String {
        format!("{done}/{total} sets checked")
    }

    fn scan_summary(&self, sets: usize, errors: usize, warnings: usize) -> String {
        format!(
            "{}: {errors} with errors, {warnings} with warnings, {} fine",
            plural(sets as i64, "set", "sets"),
            sets - errors - warnings
        )
    }

    fn list_separator(&self) -> &'static str {
        ", "
    }

    fn items(&self, kind: ItemKind, count: usize) -> String {
        let (one, many) = match kind {
            ItemKind::Certificate => ("certificate", "certificates"),
            ItemKind::CertificateRequest => ("certificate request", "certificate requests"),
            ItemKind::Crl => ("CRL", "CRLs"),
            ItemKind::PrivateKey => ("private key", "private keys"),
            ItemKind::EncryptedPrivateKey => ("encrypted private key", "encrypted private keys"),
            ItemKind::PublicKey => ("public key", "public keys"),
            ItemKind::Pkcs7 => ("PKCS#7 bundle", "PKCS#7 bundles"),
            ItemKind::Pkcs12 => ("PKCS#12 file", "PKCS#12 files"),
            ItemKind::JavaKeystore => ("Java keystore", "Java keystores"),
            ItemKind::OpenSshPrivateKey => ("SSH private key", "SSH private keys"),
            ItemKind::DomainParameters => ("parameter block", "parameter blocks"),
            ItemKind::ClientError => ("error message", "error messages"),
            ItemKind::Transcript => ("s_client transcript", "s_client transcripts"),
        };
        plural(count as i64, one, many)
    }

    fn counts(&self, errors: usize, warnings: usize) -> String {
        format!(
            "{}, {}",
            plural(errors as i64, "error", "errors"),
            plural(warnings as i64, "warning", "warnings")
        )
    }

    fn public_key(&self, key: &PublicKey) -> String {
        match &key.curve {
            Some(curve) => format!("{} {curve}", key.algorithm.name()),
            None if key.algorithm.sized_by_bits() => format!("{} {} bits", key.algorithm.name(), key.bits),
            None if key.problem.is_some() => "unreadable key".to_string(),
            None => key.algorithm.name().to_string(),
        }
    }

    fn key_format(&self, format: &KeyFormat) -> String {
        match format.container {
            Some(container) => format!("{} in {}", format.encoding.label(), container.name()),
            None => format.encoding.label().to_string(),
        }
    }

    fn key(&self, key: &KeyRef) -> String {
        let kind = if key.private { "private key" } else { "public key" };
        let strength = match &key.curve {
            Some(curve) => format!("{} {curve}", key.algorithm.name()),
            None if key.algorithm.sized_by_bits() => format!("{} {} bits", key.algorithm.name(), key.bits),
            None => key.algorithm.name().to_string(),
        };
        match key.line {
            Some(line) => format!("{strength} {kind} ({}, line {line})", self.input_name(&key.input)),
            None => format!("{strength} {kind} ({})", self.input_name(&key.input)),
        }
    }

    fn owner(&self, owner: &KeyOwner) -> String {
        match owner {
            KeyOwner::Certificate { name, ca: true } => format!("the CA certificate \"{name}\""),
            KeyOwner::Certificate { name, ca: false } => format!("the certificate \"{name}\""),
            KeyOwner::Root { name } => format!("the root \"{name}\""),
            KeyOwner::BundleCa { name } => format!("the CA certificate \"{name}\" in the CA bundle"),
            KeyOwner::Request { name } => format!("the certificate request for \"{name}\""),
            KeyOwner::Key { key } => format!("the {}", self.key(key)),
        }
    }

    fn scheme(&self, scheme: &SchemeSummary) -> String {
        details::scheme(scheme)
    }

    fn note(&self, note: &Note) -> String {
        match note {
            Note::Protection { protection } => details::protection(protection),
            Note::Skipped { part } => details::skipped_part(part),
            Note::FriendlyNames { names } => format!("PKCS#12 friendly names: {}", names.join(", ")),
            Note::MovedToRoots { name } => format!("\"{name}\" moved to your roots: not judged as sent by the server"),
        }
    }

    fn policy(&self, policy: &Policy) -> String {
        match policy.kind {
            Some(kind) => format!("{} ({})", policy.oid, details::policy_kind(kind)),
            None => policy.oid.clone(),
        }
    }

    fn format_error(&self, error: &FormatError) -> String {
        details::format_error(error)
    }

    fn key_unsupported(&self, reason: &KeyUnsupported) -> String {
        details::key_unsupported(reason)
    }

    fn unsupported(&self, what: &Unsupported) -> String {
        details::unsupported(what)
    }

    fn rule(&self, rule: &Rule) -> String {
        details::rule(rule)
    }

    fn violation(&self, violation: &Violation) -> String {
        details::violation(violation)
    }

    fn show_more(&self, hidden: usize) -> String {
        format!("Show {hidden} more")
    }

    fn store(&self, store: StoreId) -> &'static str {
        clients::store(store)
    }

    fn client(&self, client: Client) -> &'static str {
        clients::client(client)
    }

    fn clients_summary(&self, verdicts: &[ClientVerdict]) -> String {
        clients::summary(verdicts)
    }
}
