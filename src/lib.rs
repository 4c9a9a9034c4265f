//! certdoctor's analysis engine.
//!
//! A pure core: it does no I/O, reads no clock and touches no browser API.
//! The moment to check at, the host name, trust anchors and passwords come in
//! as [`Options`]; [`analyze`] turns inputs into a [`Report`] and never panics
//! on any input. The native CLI and the web page are thin shells over it.
//!
//! The pipeline, one folder or file per stage:
//!
//! ```text
//! formats/   PEM, BER, password-based encryption, PKCS#7, PKCS#12, JKS
//! intake/    what each input holds; inputs and roots in one pass
//! certificate/ keys crl request    what was read, as typed data
//! chain/     path building, roles, trust, bundle, per-certificate checks
//! names/ profile pairing validity revocation second_opinion    the rules
//! finding/   codes and their typed facts
//! report     Session (read once, judge many) and Report
//! words/     everything a person reads, in English and Chinese
//! render     a report in words (JSON, page)
//! ```
#![forbid(unsafe_code)]

mod budget;
mod ca_bundle;
mod certificate;
mod chain;
pub mod client;
pub mod client_error;
mod crl;
mod finding;
pub mod flags;
mod label;
mod formats;
mod intake;
mod keys;
pub mod matrix;
mod names;
mod options;
mod pairing;
mod profile;
mod render;
mod report;
mod request;
mod revocation;
mod second_opinion;
mod signature;
mod tie;
pub mod stores;
mod timestamp;
#[cfg(feature = "transfer")]
pub mod transfer;
mod validity;
mod words;

pub use certificate::remember_read as remember_read_certificates;
pub use finding::{Code, Finding, FindingKind, Severity, Verdict};
pub use names::host::typed_host;
pub use options::{limits, Input, Options, OwnName, Password, Profile};
pub use render::{render, Rendered, RenderedFinding};
pub use report::{analyze, Report, Session};
pub use signature::forget_checked as forget_checked_signatures;
pub use timestamp::Timestamp;
pub use words::{words, Controls, Lang, Segment, Text, ValidityState, Words};

/// The types a report is made of, for shells that show it.
pub mod model {
    pub use crate::certificate::{Certificate, ExtendedKeyUsage, KeyUsage, Policy, Source};
    pub use crate::chain::{AnchorSource, Chain, PathEnd, Role};
    pub use crate::crl::Crl;
    pub use crate::finding::{KeyOwner, KeyRef, Limit, Structure};
    pub use crate::formats::encryption::{SchemeFamily, SchemeSummary};
    pub use crate::formats::pem::PemProblem;
    pub use crate::intake::{InputSummary, ItemKind, Key, Note};
    pub use crate::keys::{KeyAlgorithm, PublicKey, PublicKeyId};
    pub use crate::profile::Rule;
    pub use crate::report::Counts;
    pub use crate::request::Request;
    pub use crate::second_opinion::SecondOpinion;
}
