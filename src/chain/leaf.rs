//! The names on the path and the leaf itself: name constraints (RFC 5280
//! §4.2.1.10), the host (RFC 6125 §6.4) and the leaf's lifetime (CA/Browser
//! Forum BR §6.3.2).

use super::Judge;
use crate::finding::{Finding, FindingKind};
use crate::names::constraints::Violation;
use crate::names::{host, HostMatch};
use crate::options::Profile;
use crate::profile::Rule;

/// A leaf without DNS SAN entries: OpenSSL checks a common name that looks
/// like a host name against every CA's DNS constraints (`openssl verify`:
/// error 47, permitted subtree violation), where the other clients ignore
/// the common name.
fn common_name_constraints(judge: &Judge<'_>, findings: &mut Vec<Finding>) {
    let leaf = judge.leaf();
    let constrained = judge.chain.constraints_over_leaf(judge.certificates);
    let broken = constrained.into_iter().find_map(|(issuer, constraints)| {
        constraints.common_name_violation(&leaf.facts.common_names).map(|violation| (issuer, violation))
    });
    if let Some((issuer, violation)) = broken {
        let kind = FindingKind::NameConstraintsViolated {
            certificate: leaf.name.clone(),
            issuer: issuer.to_string(),
            violation,
        };
        findings.push(judge.about(kind, leaf));
    }
}

/// Publicly trusted TLS server certificates issued since 2020-09-01 may be
/// valid for at most 398 days (CA/Browser Forum BR §6.3.2; Apple HT211025,
/// Chrome).
const MAX_PUBLIC_DAYS: i64 = 398;
const PUBLIC_LIMIT_SINCE: i64 = 1_598_918_400; // 2020-09-01T00:00:00Z
/// Apple platforms refuse TLS server certificates issued since 2019-07-01
/// valid for more than 825 days, under any root (HT210176).
const MAX_APPLE_DAYS: i64 = 825;
const APPLE_LIMIT_SINCE: i64 = 1_561_939_200; // 2019-07-01T00:00:00Z

/// Name constraints of every CA on the path (and of the anchor) over the
/// certificates below it, and constraints on a leaf, which only CAs may have.
pub(super) fn name_constraints(judge: &Judge<'_>, findings: &mut Vec<Finding>) {
    let (certificates, chain, leaf) = (judge.certificates, judge.chain, judge.leaf());
    if let Some((below, issuer, violation)) = chain.constraint_violation.clone() {
        let below = &certificates[below];
        let kind =
            FindingKind::NameConstraintsViolated { certificate: below.name.clone(), issuer, violation };
        findings.push(judge.about(kind, below));
    } else if leaf.dns_names.is_empty() {
        common_name_constraints(judge, findings);
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

/// Whether the leaf is evidently the server's certificate: it covers the
/// host given, or its private key was given with it.
fn serves(judge: &Judge<'_>) -> bool {
    judge.leaf_has_key || matches!(judge.host_match, Some(HostMatch::Matched(_)))
}

/// A self-signed certificate serving TLS (given with its key, or covering
/// the host given) is held to what clients require of any server's
/// certificate, even one they trust as itself: mozilla::pkix refuses a CA
/// certificate as the end entity (CheckBasicConstraints,
/// ERROR_CA_CERT_USED_AS_END_ENTITY for MustBeEndEntity) and so does
/// rustls-webpki (CaUsedAsEndEntity, as its second opinion says); Apple
/// wants an extendedKeyUsage with serverAuth (HT210176). `openssl req
/// -x509` makes such a certificate unless told otherwise: cA=TRUE, no EKU.
/// Given without its key or a host it covers, a self-signed certificate is
/// as often a CA file, and is not held to them.
pub(super) fn self_signed(judge: &Judge<'_>, findings: &mut Vec<Finding>) {
    let leaf = judge.leaf();
    let judged = judge.by_clients || judge.profile == Profile::Web;
    if !judged || !leaf.self_issued || !serves(judge) {
        return;
    }
    let mut rule = |rule: Rule| {
        let kind = FindingKind::CertProfileViolation { certificate: leaf.name.clone(), rule };
        findings.push(judge.about(kind, leaf));
    };
    if leaf.is_ca == Some(true) {
        rule(Rule::LeafIsCa);
    }
    if leaf.facts.extended_key_usage.is_none() {
        rule(Rule::LeafEkuMissing);
    }
}

/// The host against the leaf's subjectAltName.
pub(super) fn host(judge: &Judge<'_>, findings: &mut Vec<Finding>) {
    let (Some(host), Some(found)) = (judge.host, judge.host_match.clone()) else { return };
    let leaf = judge.leaf();
    let certificate = leaf.name.clone();
    // Clients that still read the CN, when there is no DNS name to read,
    // would accept it if it matches.
    let common_name_matches = || {
        leaf.facts
            .common_names
            .iter()
            .any(|cn| host::dns_matches(&crate::names::idna::to_ascii(cn), &host.to_string()))
    };
    let kind = match found {
        HostMatch::Matched(_) => return,
        HostMatch::NoSan => FindingKind::NameNoSan {
            certificate,
            host: host.to_string(),
            subject: leaf.subject.clone(),
            common_name_matches: common_name_matches(),
            address: matches!(host, host::Host::Ip(_)),
        },
        HostMatch::OverPublicSuffix { pattern, suffix } => {
            FindingKind::NameWildcardPublicSuffix { certificate, host: host.to_string(), pattern, suffix }
        }
        HostMatch::TrailingDot(entry) => FindingKind::NameTrailingDot { certificate, host: host.to_string(), entry },
        HostMatch::AddressAsDnsName(entry) => {
            FindingKind::NameAddressAsDnsName { certificate, host: host.to_string(), entry }
        }
        HostMatch::PartialWildcard(entry) => {
            FindingKind::NamePartialWildcard { certificate, host: host.to_string(), entry }
        }
        HostMatch::Mismatch => {
            let common_name_matches =
                leaf.dns_names.is_empty() && matches!(host, host::Host::Dns(_)) && common_name_matches();
            FindingKind::NameMismatch { certificate, host: host.to_string(), names: leaf.names(), common_name_matches }
        }
    };
    findings.push(judge.about(kind, leaf));
}

/// The leaf's lifetime: 398 days under the Web PKI's rules (a private PKI
/// may choose longer), and Apple's 825 days under any root — for a
/// self-signed certificate serving TLS too (`openssl req -x509 -days 3650`:
/// refused on Apple's systems even when trusted).
pub(super) fn lifetime(judge: &Judge<'_>, findings: &mut Vec<Finding>) {
    let leaf = judge.leaf();
    let self_signed_server = leaf.self_issued && serves(judge);
    if !self_signed_server && (leaf.is_ca == Some(true) || leaf.self_issued) {
        return;
    }
    let days = leaf.not_before.days_until(leaf.not_after);
    let issued = leaf.not_before.unix_seconds();
    let public = judge.profile == Profile::Web && !leaf.self_issued;
    let limit = if public && issued >= PUBLIC_LIMIT_SINCE && days > MAX_PUBLIC_DAYS {
        MAX_PUBLIC_DAYS
    } else if issued >= APPLE_LIMIT_SINCE && days > MAX_APPLE_DAYS {
        MAX_APPLE_DAYS
    } else {
        return;
    };
    let kind = FindingKind::CertValidityTooLong {
        certificate: leaf.name.clone(),
        days,
        limit,
        not_before: leaf.not_before,
        not_after: leaf.not_after,
    };
    findings.push(judge.about(kind, leaf));
}
