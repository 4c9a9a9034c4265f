//! Names: host names as typed and as certificates carry them, matched
//! against subjectAltName entries; the name constraints CAs put on the
//! certificates below them; and the public suffixes no wildcard may cover.

pub mod constraints;
pub mod distinguished;
pub mod host;
pub(crate) mod idna;
pub mod suffixes;

pub use host::{Host, HostMatch};
