//! Will it work for every client? Each store's view of the leaf
//! ([`stores`]), which clients each finding makes refuse ([`clients`]), and
//! from both the matrix: client → works, or fails because of these codes.
//! Under the default profile the severity of a finding follows the matrix:
//! an error when a mainstream client refuses, a warning when only strict or
//! old clients do.

mod clients;
mod stores;

use serde::Serialize;

pub use clients::{refusing, Client, ClientSet, Situation};
pub use stores::{evaluate, issuance_limits, StoreVerdict};

use crate::finding::{Code, Finding, Refusal, Severity};
use crate::flags::Flag;
use crate::stores::{StoreId, StoreSet};

/// One client's outcome.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "transfer", derive(bincode::Encode, bincode::Decode))]
pub struct ClientVerdict {
    pub client: Client,
    pub store: StoreId,
    pub works: bool,
    /// The codes of the findings that make it refuse, each once.
    pub because: Vec<Code>,
}

/// Gives every finding about what clients accept its [`Refusal`]: the
/// clients that refuse, and a severity by them when `by_clients`, else by
/// its code (a fixed rulebook's point of view).
pub fn assign(findings: &mut [Finding], situation: Situation, by_clients: bool) {
    for finding in findings.iter_mut() {
        let Some(clients) = refusing(&finding.kind, situation) else { continue };
        let severity = if !by_clients {
            finding.kind.severity()
        } else if clients.iter().any(Client::mainstream) {
            Severity::Error
        } else if !clients.is_empty() {
            Severity::Warning
        } else {
            // A rule no client in the matrix enforces is worth fixing, not
            // a failure.
            finding.kind.severity().max(Severity::Warning)
        };
        finding.refusal = Some(Refusal { clients, severity });
    }
}

/// The matrix for the clients whose store is among `stores`.
pub fn matrix(findings: &[Finding], stores: StoreSet) -> Vec<ClientVerdict> {
    Client::ALL
        .iter()
        .filter(|client| stores.contains(client.store()))
        .map(|client| {
            let mut because: Vec<Code> = Vec::new();
            for finding in findings {
                let refuses = finding.refusal.is_some_and(|refusal| refusal.clients.contains(*client));
                if refuses && !because.contains(&finding.code()) {
                    because.push(finding.code());
                }
            }
            ClientVerdict { client: *client, store: client.store(), works: because.is_empty(), because }
        })
        .collect()
}
