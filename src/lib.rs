//! certdoctor's analysis engine.
//!
//! A pure core: it does no I/O, reads no clock and touches no browser API.
//! The moment to check at, the host name, trust anchors and passwords come in
//! as [`Options`]; [`analyze`] turns inputs into a [`Report`] and never panics
//! on any input. The native CLI and the web page are thin shells over it.
#![forbid(unsafe_code)]

pub mod ber;
pub mod certificate;
pub mod chain;
pub mod constraints;
pub mod crl;
pub mod encryption;
pub mod explain;
pub mod finding;
pub mod input;
pub mod intake;
pub mod jks;
pub mod keys;
pub mod names;
pub mod pairing;
pub mod pem;
pub mod pkcs12;
pub mod pkcs7;
pub mod profile;
pub mod report;
pub mod request;
pub mod revocation;
pub mod second_opinion;
pub mod signature;
pub mod suffixes;
pub mod timestamp;
pub mod validity;

pub use explain::Lang;
pub use finding::{Code, Finding, FindingKind, Severity};
pub use input::{Input, Options, Password, Profile};
pub use report::{analyze, judge, Report, Verdict};
pub use timestamp::Timestamp;
