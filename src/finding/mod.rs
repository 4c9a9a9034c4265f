//! Findings: what the engine found, as data.
//!
//! A finding is a [`FindingKind`] — one variant per stable [`Code`],
//! carrying the facts (dates, names, sizes, enums) its explanation needs —
//! plus the inputs and certificates it concerns. Words are produced from this
//! data in one place, the `words` module, per language, so the CLI, the page and
//! the JSON report say the same thing.

mod code;
mod explains;
mod inputs;
mod kind;

use serde::Serialize;

pub use code::Code;
pub use kind::{
    Container, FindingKind, KeyFormat, KeyOwner, KeyRef, Limit, LooksLike, Skipped, Structure, Supplied,
};

/// How bad a finding is. Ordered from worst to mildest.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[cfg_attr(feature = "transfer", derive(bincode::Encode, bincode::Decode))]
#[serde(rename_all = "kebab-case")]
pub enum Severity {
    /// Clients will refuse the certificate, or the input cannot be used.
    Error,
    /// Works today for most clients, but is risky or will break.
    Warning,
    /// Worth knowing; nothing to fix.
    Info,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Error => "error",
            Self::Warning => "warning",
            Self::Info => "info",
        }
    }
}

/// The overall outcome of an analysis.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "transfer", derive(bincode::Encode, bincode::Decode))]
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

    /// The worst severity among `findings`.
    pub fn of(findings: &[Finding]) -> Self {
        match findings.iter().map(Finding::severity).min() {
            Some(Severity::Error) => Self::Errors,
            Some(Severity::Warning) => Self::Warnings,
            _ => Self::Ok,
        }
    }
}

/// A finding and what it concerns.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "transfer", derive(bincode::Encode, bincode::Decode))]
pub struct Finding {
    pub kind: FindingKind,
    /// Indices into the report's inputs.
    pub inputs: Vec<usize>,
    /// Indices into the report's certificates.
    pub certificates: Vec<usize>,
    /// Which clients refuse the chain for this reason, and the severity
    /// that gives; `None` for findings that are not about what clients
    /// accept (inputs, passwords) or when judged by a fixed rulebook.
    pub refusal: Option<Refusal>,
}

/// The clients a finding makes refuse, and its severity by them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "transfer", derive(bincode::Encode, bincode::Decode))]
pub struct Refusal {
    pub clients: crate::client::ClientSet,
    pub severity: Severity,
}

impl Finding {
    pub fn about_input(kind: FindingKind, input: usize) -> Self {
        Self { kind, inputs: vec![input], certificates: Vec::new(), refusal: None }
    }

    pub fn about_certificate(kind: FindingKind, input: usize, certificate: usize) -> Self {
        Self { kind, inputs: vec![input], certificates: vec![certificate], refusal: None }
    }

    pub fn code(&self) -> Code {
        self.kind.code()
    }

    /// By the clients that refuse it when the matrix judged it, else by
    /// its code.
    pub fn severity(&self) -> Severity {
        self.refusal.map_or_else(|| self.kind.severity(), |refusal| refusal.severity)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::timestamp::Timestamp;

    #[test]
    fn kind_serialises_with_its_code() {
        let kind = FindingKind::CertExpired {
            certificate: "example.com".into(),
            not_after: Timestamp::from_unix_seconds(0),
            at: Timestamp::from_unix_seconds(86_400),
            days: 1,
            ca_bundle: false,
            anchor: false,
        };
        let json = serde_json::to_value(&kind).unwrap();
        assert_eq!(json["code"], kind.code().as_str());
        assert_eq!(json["context"]["not_after"], "1970-01-01T00:00:00Z");
    }

    #[test]
    fn a_csr_alone_is_an_error() {
        let request = |only_requests| FindingKind::InputCsrNotCertificate {
            input: "req.csr".into(),
            request: "example.com".into(),
            only_requests,
        };
        assert_eq!(request(true).severity(), Severity::Error);
        assert_eq!(request(false).severity(), Severity::Info);
    }
}
