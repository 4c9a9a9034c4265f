//! The names on the path and the leaf itself: name constraints (RFC 5280
//! §4.2.1.10), the host (RFC 6125 §6.4) and the leaf's lifetime (CA/Browser
//! Forum BR §6.3.2).

use super::Judge;
use crate::finding::{Finding, FindingKind};
use crate::names::constraints::Violation;
use crate::names::{host, HostMatch};
use crate::options::Profile;

/// TLS server certificates issued since 2020-09-01 may be valid for at most
/// 398 days (CA/Browser Forum BR §6.3.2; Apple, Chrome, Mozilla policy).
const MAX_LEAF_DAYS: i64 = 398;
const LEAF_LIMIT_SINCE: i64 = 1_598_918_400; // 2020-09-01T00:00:00Z

/// Name constraints of every CA on the path (and of the anchor) over the
/// certificates below it, and constraints on a leaf, which only CAs may have.
pub(super) fn name_constraints(judge: &Judge<'_>, findings: &mut Vec<Finding>) {
    let (certificates, chain, leaf) = (judge.certificates, judge.chain, judge.leaf());
    if let Some((below, issuer, violation)) = chain.constraint_violation.clone() {
        let below = &certificates[below];
        let kind =
            FindingKind::NameConstraintsViolated { certificate: below.name.clone(), issuer, violation };
        findings.push(judge.about(kind, below));
    }
    if leaf.name_constraints.is_some() && leaf.is_ca != Some(true) {
        let kind = FindingKind::NameConstraintsViolated {
            certificate: leaf.name.clone(),
            issuer: leaf.name.clone(),
            violation: Violation::OnEndEntity,
        };
        findings.push(judge.about(kind, leaf));
    }
}

/// The host against the leaf's subjectAltName.
pub(super) fn host(judge: &Judge<'_>, findings: &mut Vec<Finding>) {
    let Some(host) = judge.host else { return };
    let leaf = judge.leaf();
    let certificate = leaf.name.clone();
    let kind = match host::check(host, &leaf.dns_names, &leaf.ip_addresses, leaf.has_san) {
        HostMatch::Matched(_) => return,
        HostMatch::NoSan => {
            FindingKind::NameNoSan { certificate, host: host.to_string(), subject: leaf.subject.clone() }
        }
        HostMatch::Mismatch => {
            FindingKind::NameMismatch { certificate, host: host.to_string(), names: leaf.names() }
        }
    };
    findings.push(judge.about(kind, leaf));
}

/// A Baseline Requirements rule: a private PKI (`--profile rfc5280`, or a
/// path to the user's own root) may choose longer lifetimes.
pub(super) fn lifetime(judge: &Judge<'_>, findings: &mut Vec<Finding>) {
    let leaf = judge.leaf();
    let days = leaf.not_before.days_until(leaf.not_after);
    if leaf.is_ca != Some(true)
        && !leaf.self_issued
        && leaf.not_before.unix_seconds() >= LEAF_LIMIT_SINCE
        && days > MAX_LEAF_DAYS
        && judge.profile == Profile::Web
    {
        let kind = FindingKind::CertValidityTooLong {
            certificate: leaf.name.clone(),
            days,
            not_before: leaf.not_before,
            not_after: leaf.not_after,
        };
        findings.push(judge.about(kind, leaf));
    }
}
