//! Name constraints along a path (RFC 5280 §6.1.3 (b)): every CA's
//! constraints, and the anchor's, over the certificates below it.

use crate::budget::Budget;
use crate::certificate::Certificate;
use crate::names::constraints::{Constraints, Violation};

/// The first name-constraint violation on `path`: the certificate below,
/// the constraining CA's name and what is wrong. `anchor` is the anchor's
/// own constraints, named `anchor_name`.
pub(super) fn first_violation<C: std::ops::Index<usize, Output = Certificate> + ?Sized>(
    certificates: &C,
    path: &[usize],
    anchor: Option<&Constraints>,
    anchor_name: &str,
    budget: &mut Budget,
) -> Option<(usize, String, Violation)> {
    let mut constrained: Vec<(&str, &Constraints, usize)> = path
        .iter()
        .enumerate()
        .skip(1)
        .filter_map(|(position, index)| {
            let certificate = &certificates[*index];
            certificate.name_constraints.as_ref().map(|c| (certificate.name.as_str(), c, position))
        })
        .collect();
    if let Some(constraints) = anchor {
        constrained.push((anchor_name, constraints, path.len()));
    }
    let leaf = *path.first()?;
    for (issuer, constraints, position) in constrained {
        for index in &path[..position] {
            let below = &certificates[*index];
            // Self-issued CA certificates are exempt (RFC 5280 §6.1.3 (b)); the leaf never is.
            if below.self_issued && below.index != leaf {
                continue;
            }
            if let Some(violation) = constraints.violation(&below.constrained_names(), budget) {
                return Some((below.index, issuer.to_string(), violation));
            }
        }
    }
    None
}
