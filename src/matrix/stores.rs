//! Each store's view of the leaf: does a valid path lead from it to one of
//! the store's roots, through the bundle and the public intermediates
//! (cross-signs count), without a certificate the store distrusts? And
//! does a client trust that root only for certificates issued before the
//! leaf was ([`issuance_limits`])?

use serde::Serialize;

use crate::budget::Budget;
use crate::certificate::Certificate;
use crate::chain::{self, Anchor, AnchorSource, Chain, PathEnd, Pool};
use crate::finding::{Finding, FindingKind};
use crate::stores::limits::{Dating, IssuanceLimit};
use crate::stores::{Intermediates, StoreId, StoreSet, TrustStores};
use crate::timestamp::Timestamp;

/// One store's answer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "transfer", derive(bincode::Encode, bincode::Decode))]
pub struct StoreVerdict {
    pub store: StoreId,
    /// The store's version label and date, from the data.
    pub version: String,
    pub date: String,
    /// A valid path leads to one of its roots.
    pub trusted: bool,
    /// That root's name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub root: Option<String>,
    /// A certificate on the best path is one the store distrusts.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub distrusted: bool,
    /// Public intermediates (cross-signs) the store's path needs beyond the
    /// corrected bundle: clients of this store that do not fetch issuers
    /// fail unless the server sends them.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub through: Vec<String>,
}

/// Every selected store's answer for the chain's leaf. `certificates` are
/// the report's (the chain's indices are into them).
pub fn evaluate(
    certificates: &[Certificate],
    chain: &Chain,
    stores: &TrustStores,
    selected: StoreSet,
    intermediates: Option<&Intermediates>,
    at: Timestamp,
    budget: &mut Budget,
) -> Vec<StoreVerdict> {
    // Only a store whose roots the report's path does not reach needs the
    // public intermediates.
    let relevant = std::cell::OnceCell::new();
    let mut verdicts = Vec::new();
    for info in stores.stores.iter().filter(|info| selected.contains(info.id)) {
        let store = info.id;
        let distrusts =
            |certificate: &Certificate| stores.distrusted_by(&certificate.fingerprint).contains(store);
        let root_distrusted =
            chain.anchor_fingerprint.is_some_and(|root| stores.distrusted_by(&root).contains(store));
        let on_path_distrusted =
            root_distrusted || chain.path.iter().any(|index| distrusts(&certificates[*index]));
        let mut verdict = StoreVerdict {
            store,
            version: info.version.clone(),
            date: info.date.clone(),
            trusted: false,
            root: None,
            distrusted: false,
            through: Vec::new(),
        };
        // The report's own path, when it ends at one of this store's roots.
        if let PathEnd::Anchor { name, stores: trusting, .. } = &chain.end {
            if trusting.contains(store) && !on_path_distrusted {
                verdict.trusted = true;
                verdict.root = Some(name.clone());
                verdicts.push(verdict);
                continue;
            }
        }
        let anchors: Vec<Anchor> = stores
            .roots
            .iter()
            .filter(|root| root.stores.contains(store) && !root.distrusted.contains(store))
            .map(|root| Anchor::from_store(root, StoreSet::of(&[store]), StoreSet::default()))
            .collect();
        let relevant = relevant.get_or_init(|| intermediates.map(|set| set.relevant(certificates)).unwrap_or_default());
        let pool = Pool { given: certificates, extra: &relevant.certificates };
        let skip = |index: usize| distrusts(pool.get(index));
        let found = chain::search(pool, &anchors, chain.leaf, at, budget, &skip);
        if let PathEnd::Anchor { name, .. } = found.end {
            verdict.trusted = true;
            verdict.root = Some(name);
            verdict.through = found
                .path
                .iter()
                .filter(|index| **index >= certificates.len())
                .map(|index| pool.get(*index).name.clone())
                .collect();
        } else {
            // Was there a path, but through something the store distrusts?
            verdict.distrusted = on_path_distrusted;
        }
        verdicts.push(verdict);
    }
    verdicts
}

/// The clients that trust the path's public root only for certificates
/// issued up to a day ([`crate::stores::limits`]) and whose store trusts
/// it, when the leaf was issued after that day as each dates it. A root
/// the user gave is trusted as given (Chrome, too, lifts its limits for
/// a root trusted explicitly).
pub fn issuance_limits(
    certificates: &[Certificate],
    chain: &Chain,
    stores: &TrustStores,
    selected: StoreSet,
) -> Option<Finding> {
    let PathEnd::Anchor { name, source: AnchorSource::Public, stores: trusting } = &chain.end else {
        return None;
    };
    let limits = stores.limits.get(chain.anchor_fingerprint.as_ref()?)?;
    let leaf = &certificates[chain.leaf];
    let earliest_sct = leaf.scts.iter().map(|sct| sct.timestamp).min();
    let issued = |limit: &IssuanceLimit| match limit.dating {
        Dating::EarliestSct => earliest_sct.unwrap_or(leaf.not_before),
        Dating::NotBefore => leaf.not_before,
    };
    let refused: Vec<IssuanceLimit> = limits
        .iter()
        .filter(|limit| {
            let store = crate::client::Client::of_program(limit.program).store();
            selected.contains(store) && trusting.contains(store) && limit.refuses(issued(limit))
        })
        .copied()
        .collect();
    if refused.is_empty() {
        return None;
    }
    let kind = FindingKind::TrustDistrustedAfter {
        root: name.clone(),
        leaf: leaf.name.clone(),
        not_before: leaf.not_before,
        earliest_sct,
        limits: refused,
    };
    Some(Finding::about_certificate(kind, leaf.input, leaf.index))
}
