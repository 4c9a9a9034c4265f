//! What the engine is given: the inputs, and the settings to judge them by.

use std::sync::Arc;

use crate::stores::{Intermediates, StoreSet, TrustStores};
use zeroize::Zeroizing;

use crate::timestamp::Timestamp;

/// One file or paste, as bytes. Its name is only used in messages.
pub struct Input {
    pub name: String,
    pub bytes: Zeroizing<Vec<u8>>,
}

impl Input {
    pub fn new(name: impl Into<String>, bytes: impl Into<Vec<u8>>) -> Self {
        Self { name: name.into(), bytes: Zeroizing::new(bytes.into()) }
    }

    /// An input the program names itself rather than the user's file name:
    /// reports carry its fixed name, the words say it in each language.
    pub fn own(name: OwnName, bytes: impl Into<Vec<u8>>) -> Self {
        Self::new(name.as_str(), bytes)
    }
}

/// The inputs that have no file name: the shells name them, the words
/// translate the name ([`crate::Words::input_name`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OwnName {
    /// The page's paste box.
    Paste,
    /// A root pasted into the page's roots panel.
    PastedRoot,
    /// The CLI's `-`.
    StandardInput,
}

impl OwnName {
    const ALL: [Self; 3] = [Self::Paste, Self::PastedRoot, Self::StandardInput];

    /// The name reports (and JSON) carry.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Paste => "pasted text",
            Self::PastedRoot => "pasted root",
            Self::StandardInput => "standard input",
        }
    }

    /// The own name an input's name starts with, if any, and the rest: an
    /// own name alone, or followed by a note in brackets (the page names a
    /// large paste "pasted text (2048 KiB)").
    pub fn of(name: &str) -> Option<(Self, &str)> {
        Self::ALL.into_iter().find_map(|own| {
            let rest = name.strip_prefix(own.as_str())?;
            (rest.is_empty() || rest.starts_with(" (")).then_some((own, rest))
        })
    }
}

impl std::fmt::Debug for Input {
    // An input may hold a private key: show its size, never its bytes.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Input").field("name", &self.name).field("bytes", &self.bytes.len()).finish()
    }
}

/// A password to try on encrypted inputs. Not `Clone`, redacted in `Debug`,
/// wiped from memory when dropped.
pub struct Password(Zeroizing<String>);

impl Password {
    pub fn new(text: impl Into<String>) -> Self {
        Self(Zeroizing::new(text.into()))
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Password {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Password(<redacted>)")
    }
}

/// Which rulebook the certificates are held to.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "transfer", derive(bincode::Encode, bincode::Decode))]
#[serde(rename_all = "kebab-case")]
pub enum Profile {
    /// The public Web PKI when the path does not end at one of the user's own
    /// roots; RFC 5280 alone for a private PKI (a path to a `--root`).
    #[default]
    Auto,
    /// RFC 5280 plus the CA/Browser Forum Baseline Requirements that browsers
    /// and strict TLS libraries enforce on publicly trusted certificates.
    Web,
    /// RFC 5280 alone: what a private PKI is bound by.
    Rfc5280,
}

impl Profile {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Auto => "auto",
            Self::Web => "web",
            Self::Rfc5280 => "rfc5280",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        [Self::Auto, Self::Web, Self::Rfc5280].into_iter().find(|profile| profile.as_str() == text)
    }
}

/// How to judge the inputs.
#[derive(Debug)]
pub struct Options {
    /// The moment validity is checked at.
    pub at: Timestamp,
    /// DNS name or IP address the leaf must be valid for.
    pub host: Option<String>,
    /// Extra trust anchors, on top of (or instead of) the public roots.
    /// Read, with `passwords`, by [`crate::Session::read`]: judging a
    /// session again does not read them again.
    pub roots: Vec<Input>,
    /// Trust the platforms' root stores (those of `stores` in
    /// `selected_stores`).
    pub public_roots: bool,
    /// The platform trust stores; `None` when they are not loaded (the page
    /// loads them when first needed), which leaves only the user's roots.
    pub stores: Option<Arc<TrustStores>>,
    /// The stores to judge against (`--stores`); all by default.
    pub selected_stores: StoreSet,
    /// The public intermediate set, to supply an issuer the bundle lacks;
    /// `None` when not loaded.
    pub intermediates: Option<Arc<Intermediates>>,
    /// Passwords to try on every encrypted input.
    pub passwords: Vec<Password>,
    /// Warn when a certificate expires within this many days.
    pub warn_days: u32,
    /// The rules certificates are judged by.
    pub profile: Profile,
    /// At most this many intermediate CAs between leaf and anchor, not
    /// counting self-issued ones (a client's verify depth; rustls allows 6).
    pub max_intermediates: Option<usize>,
}

impl Options {
    /// Defaults: the platform stores trusted (built in, in the native
    /// build), 30-day expiry warning, no host.
    pub fn at(at: Timestamp) -> Self {
        Self {
            #[cfg(feature = "embedded-data")]
            stores: Some(TrustStores::builtin()),
            #[cfg(feature = "embedded-data")]
            intermediates: Some(Intermediates::builtin()),
            ..Self::without_data(at)
        }
    }

    /// [`Options::at`] without the trust stores and public intermediates:
    /// for a caller that reads them itself (the page loads them; the CLI
    /// parses them on another thread while it reads the inputs).
    pub fn without_data(at: Timestamp) -> Self {
        Self {
            at,
            host: None,
            roots: Vec::new(),
            public_roots: true,
            stores: None,
            selected_stores: StoreSet::all(),
            intermediates: None,
            passwords: Vec::new(),
            warn_days: 30,
            profile: Profile::Auto,
            max_intermediates: None,
        }
    }
}

/// Bounds on what a hostile input can make the engine do. Each one that bites
/// produces an `input-limit-exceeded` finding naming it.
pub mod limits {
    pub use crate::budget::{
        MAX_CERTIFICATES, MAX_CRLS, MAX_DERIVATION_WORK, MAX_FINDINGS_PER_CODE, MAX_KEYS,
        MAX_NAME_COMPARISONS, MAX_PEM_BLOCKS, MAX_REQUESTS, MAX_SEARCH_STEPS, MAX_SIGNATURE_CHECKS,
        MAX_TOTAL_BYTES,
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_are_redacted() {
        let password = Password::new("hunter2");
        assert_eq!(format!("{password:?}"), "Password(<redacted>)");
        let input = Input::new("key.pem", b"-----BEGIN PRIVATE KEY-----secret".to_vec());
        let shown = format!("{input:?}");
        assert!(!shown.contains("secret"), "{shown}");
        assert!(shown.contains("key.pem"));
    }
}
