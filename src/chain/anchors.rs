//! Trust anchors: a name and a key. The user's roots, and the roots of the
//! platform stores (unless turned off), each with the stores that trust it.
//! Anchors borrow from the certificates and the store data: judging again
//! copies nothing.

use serde::Serialize;

use crate::certificate::Certificate;
use crate::client;
use crate::formats::ber::Tlv;
use crate::names::constraints::Constraints;
use crate::names::distinguished::NameKey;
use crate::stores::{StoreRoot, StoreSet};

/// Where a trust anchor comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "transfer", derive(bincode::Encode, bincode::Decode))]
#[serde(rename_all = "kebab-case")]
pub enum AnchorSource {
    /// A platform's root store.
    Public,
    /// A root the user gave (`--root`).
    User,
}

/// A trust anchor: a name and a key.
#[derive(Clone, Debug)]
pub struct Anchor<'a> {
    pub name: &'a str,
    /// Contents of the subject Name (without its SEQUENCE header).
    pub subject: &'a [u8],
    /// The subject in its compared form (RFC 5280 §7.1).
    pub subject_key: &'a NameKey,
    /// The whole DER SubjectPublicKeyInfo.
    pub spki: &'a [u8],
    pub source: AnchorSource,
    /// The stores that trust it (none for a user's root).
    pub stores: StoreSet,
    /// A store root's SHA-256.
    pub fingerprint: Option<[u8; 32]>,
    /// Name constraints the anchor carries.
    pub constraints: Option<&'a Constraints>,
    /// For a user root: its certificate's index.
    pub certificate: Option<usize>,
    /// See [`Anchor::preference`]; worked out once, when made.
    preference: (u32, u32),
}

impl<'a> Anchor<'a> {
    /// The anchor of one of the user's root certificates.
    pub fn from_certificate(certificate: &'a Certificate) -> Self {
        Self {
            name: &certificate.name,
            subject: contents(&certificate.subject_der),
            subject_key: &certificate.subject_key,
            spki: &certificate.spki_der,
            source: AnchorSource::User,
            stores: StoreSet::default(),
            fingerprint: None,
            constraints: certificate.name_constraints.as_ref(),
            certificate: Some(certificate.index),
            preference: (u32::MAX, u32::MAX),
        }
    }

    /// The anchor of a store root, trusted by those of `selected` that
    /// trust it and do not distrust it (`distrusted`).
    pub fn from_store(root: &'a StoreRoot, selected: StoreSet, distrusted: StoreSet) -> Self {
        let stores = root.stores.intersection(selected).without(distrusted);
        Self {
            name: &root.name,
            subject: &root.subject,
            subject_key: &root.subject_key,
            spki: &root.spki,
            source: AnchorSource::Public,
            stores,
            fingerprint: Some(root.sha256),
            constraints: root.constraints.as_ref(),
            certificate: None,
            preference: (client::mainstream_trusting(stores), stores.len() as u32),
        }
    }

    /// How much a path ending here is worth against others: a user's root
    /// above all; then the mainstream clients whose store trusts it, and
    /// (after the path's length) the stores that do.
    pub fn preference(&self) -> (u32, u32) {
        self.preference
    }
}

pub(super) fn contents(der: &[u8]) -> &[u8] {
    Tlv::parse_whole(der).map(|tlv| tlv.contents).unwrap_or(der)
}
