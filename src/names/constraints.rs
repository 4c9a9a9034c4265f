//! Name constraints (RFC 5280 §4.2.1.10): the DNS names, IP addresses and
//! directory names a CA allows (permitted subtrees) or forbids (excluded
//! subtrees) in every certificate below it.

use serde::Serialize;
use x509_parser::extensions::{GeneralName, NameConstraints};

use crate::budget::Budget;

/// How a certificate's names break a CA's name constraints.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "violation", rename_all = "kebab-case")]
pub enum Violation {
    /// The CA's own constraints are malformed.
    Malformed { constraint: MalformedConstraint },
    /// Checking would take more comparisons than clients allow.
    TooMuchWork { names: usize, subtrees: usize, limit: usize },
    /// A DNS name inside an excluded subtree.
    ExcludedDns { name: String, subtree: String },
    /// A DNS name outside every permitted subtree.
    OutsidePermittedDns { name: String, permitted: Vec<String> },
    /// An address inside an excluded range.
    ExcludedIp { address: String },
    /// An address outside every permitted range of its family.
    OutsidePermittedIp { address: String },
    /// The subject inside an excluded directory subtree.
    ExcludedDirectory { subtree: String },
    /// The subject outside every permitted directory subtree.
    OutsidePermittedDirectory { permitted: Vec<String> },
    /// A name of a type the CA excludes altogether.
    ExcludedKind { kind: &'static str },
    /// An end-entity certificate that carries nameConstraints itself
    /// (RFC 5280 §4.2.1.10: only CAs may).
    OnEndEntity,
}

/// A constraint that is not well-formed (RFC 5280 §4.2.1.10).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum MalformedConstraint {
    /// Neither permitted nor excluded subtrees.
    NoSubtrees,
    /// A dNSName constraint with a wildcard or a leading period.
    DnsSyntax { constraint: String },
    /// An iPAddress constraint of another length than 8 or 32 bytes.
    IpLength { bytes: usize },
    /// A directoryName constraint that is not a Name.
    DirectoryName,
}

/// A CA's name constraints, reduced to what can be checked.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Constraints {
    pub permitted_dns: Vec<String>,
    pub excluded_dns: Vec<String>,
    /// Address and mask, 8 bytes (IPv4) or 32 bytes (IPv6).
    #[serde(skip)]
    pub permitted_ip: Vec<Vec<u8>>,
    #[serde(skip)]
    pub excluded_ip: Vec<Vec<u8>>,
    /// directoryName subtrees: each a sequence of RDNs (DER of each SET),
    /// with the text form for messages.
    #[serde(skip)]
    pub permitted_dn: Vec<(Vec<Vec<u8>>, String)>,
    #[serde(skip)]
    pub excluded_dn: Vec<(Vec<Vec<u8>>, String)>,
    /// Subtree types certdoctor does not evaluate (rfc822Name, URI,
    /// otherName…), named.
    pub other_permitted: Vec<String>,
    pub other_excluded: Vec<String>,
    /// Constraints that are malformed.
    #[serde(skip)]
    pub invalid: Vec<MalformedConstraint>,
}

fn kind(name: &GeneralName<'_>) -> &'static str {
    match name {
        GeneralName::OtherName(..) => "otherName",
        GeneralName::RFC822Name(_) => "rfc822Name",
        GeneralName::DNSName(_) => "dNSName",
        GeneralName::X400Address(_) => "x400Address",
        GeneralName::DirectoryName(_) => "directoryName",
        GeneralName::EDIPartyName(_) => "ediPartyName",
        GeneralName::URI(_) => "uniformResourceIdentifier",
        GeneralName::IPAddress(_) => "iPAddress",
        GeneralName::RegisteredID(_) => "registeredID",
        GeneralName::Invalid(..) => "invalid",
    }
}

impl Constraints {
    pub fn from_extension(constraints: &NameConstraints<'_>) -> Self {
        let mut out = Constraints::default();
        let is_empty = |subtrees: &Option<Vec<_>>| subtrees.as_ref().is_none_or(Vec::is_empty);
        if is_empty(&constraints.permitted_subtrees) && is_empty(&constraints.excluded_subtrees) {
            // RFC 5280 §4.2.1.10: at least one of the two MUST be present.
            out.invalid.push(MalformedConstraint::NoSubtrees);
        }
        let sides = [(&constraints.permitted_subtrees, true), (&constraints.excluded_subtrees, false)];
        for (subtrees, permitted) in sides {
            for subtree in subtrees.iter().flatten() {
                match &subtree.base {
                    GeneralName::DNSName(dns) => {
                        if dns.contains('*') || dns.starts_with('.') {
                            out.invalid.push(MalformedConstraint::DnsSyntax { constraint: dns.to_string() });
                        }
                        let dns = dns.trim_start_matches('.').to_ascii_lowercase();
                        if permitted {
                            out.permitted_dns.push(dns)
                        } else {
                            out.excluded_dns.push(dns)
                        }
                    }
                    GeneralName::IPAddress(bytes) => {
                        if bytes.len() != 8 && bytes.len() != 32 {
                            out.invalid.push(MalformedConstraint::IpLength { bytes: bytes.len() });
                        } else if permitted {
                            out.permitted_ip.push(bytes.to_vec());
                        } else {
                            out.excluded_ip.push(bytes.to_vec());
                        }
                    }
                    GeneralName::DirectoryName(name) => match rdns(name.as_raw()) {
                        Some(sequence) => {
                            let entry = (sequence, name.to_string());
                            if permitted {
                                out.permitted_dn.push(entry)
                            } else {
                                out.excluded_dn.push(entry)
                            }
                        }
                        None => out.invalid.push(MalformedConstraint::DirectoryName),
                    },
                    other => {
                        let name = kind(other).to_string();
                        if permitted {
                            out.other_permitted.push(name)
                        } else {
                            out.other_excluded.push(name)
                        }
                    }
                }
            }
        }
        out
    }

    /// The first way a certificate's names break these constraints:
    /// `subject` is the DER of its subject name (an empty one is not
    /// judged), the others its SAN entries. The comparisons are charged to
    /// `budget`; when it runs out the check stops there (and the budget says
    /// so).
    pub fn violation(
        &self,
        subject: &[u8],
        dns_names: &[String],
        ip_addresses: &[String],
        other_names: &[&'static str],
        budget: &mut Budget,
    ) -> Option<Violation> {
        if let Some(invalid) = self.invalid.first() {
            return Some(Violation::Malformed { constraint: invalid.clone() });
        }
        // Names times subtrees is the work; a hostile certificate can make it
        // huge (limbo's nc-dos cases): one certificate that needs too much is
        // refused as rustls-webpki refuses it, and all of them together are
        // bounded by the analysis's budget.
        let subtrees = self.permitted_dns.len()
            + self.excluded_dns.len()
            + self.permitted_ip.len()
            + self.excluded_ip.len();
        let names = dns_names.len() + ip_addresses.len();
        let work = names.saturating_mul(subtrees);
        if work > MAX_COMPARISONS {
            return Some(Violation::TooMuchWork { names, subtrees, limit: MAX_COMPARISONS });
        }
        let directory = self.permitted_dn.len() + self.excluded_dn.len();
        if !budget.compare((work + directory + other_names.len()) as u64) {
            return None;
        }
        self.dns_violation(dns_names)
            .or_else(|| self.ip_violation(ip_addresses))
            .or_else(|| self.directory_violation(subject))
            .or_else(|| self.kind_violation(other_names))
    }

    fn dns_violation(&self, dns_names: &[String]) -> Option<Violation> {
        for name in dns_names {
            let name = name.to_ascii_lowercase();
            // A wildcard stands for every name one label below its suffix, so
            // it reaches into an excluded subtree that lies below that suffix.
            let wildcard_reaches = |base: &String| {
                name.strip_prefix("*.")
                    .is_some_and(|suffix| dns_within(base, suffix) && base.as_str() != suffix)
            };
            if let Some(excluded) =
                self.excluded_dns.iter().find(|base| dns_within(&name, base) || wildcard_reaches(base))
            {
                return Some(Violation::ExcludedDns { name, subtree: excluded.clone() });
            }
            if !self.permitted_dns.is_empty()
                && !self.permitted_dns.iter().any(|base| dns_within(&name, base))
            {
                return Some(Violation::OutsidePermittedDns { name, permitted: self.permitted_dns.clone() });
            }
        }
        None
    }

    fn ip_violation(&self, ip_addresses: &[String]) -> Option<Violation> {
        for address in ip_addresses {
            let Some(bytes) = ip_bytes(address) else { continue };
            if self.excluded_ip.iter().any(|range| ip_within(&bytes, range)) {
                return Some(Violation::ExcludedIp { address: address.clone() });
            }
            let same_family: Vec<_> =
                self.permitted_ip.iter().filter(|range| range.len() == bytes.len() * 2).collect();
            if !self.permitted_ip.is_empty() && !same_family.iter().any(|range| ip_within(&bytes, range)) {
                return Some(Violation::OutsidePermittedIp { address: address.clone() });
            }
        }
        None
    }

    /// RFC 5280 §4.2.1.10: the subject is within a directoryName subtree
    /// when the subtree's RDNs begin it. Compared as encoded, as
    /// rustls-webpki and Go do.
    fn directory_violation(&self, subject: &[u8]) -> Option<Violation> {
        if self.permitted_dn.is_empty() && self.excluded_dn.is_empty() {
            return None;
        }
        let subject_rdns = rdns(subject).unwrap_or_default();
        if subject_rdns.is_empty() {
            return None;
        }
        let within = |(base, _): &(Vec<Vec<u8>>, String)| subject_rdns.starts_with(base);
        if let Some((_, excluded)) = self.excluded_dn.iter().find(|subtree| within(subtree)) {
            return Some(Violation::ExcludedDirectory { subtree: excluded.clone() });
        }
        if !self.permitted_dn.is_empty() && !self.permitted_dn.iter().any(within) {
            let permitted = self.permitted_dn.iter().map(|(_, text)| text.clone()).collect();
            return Some(Violation::OutsidePermittedDirectory { permitted });
        }
        None
    }

    /// A SAN entry of a kind the CA excludes altogether. Permitted subtrees
    /// of kinds not evaluated here are not held against the certificate.
    fn kind_violation(&self, other_names: &[&'static str]) -> Option<Violation> {
        let excluded: std::collections::HashSet<&str> =
            self.other_excluded.iter().map(String::as_str).collect();
        other_names.iter().find(|kind| excluded.contains(*kind)).map(|&kind| Violation::ExcludedKind { kind })
    }
}

/// The RDNs of a DER Name (SEQUENCE OF SET), each as its whole encoding.
fn rdns(name: &[u8]) -> Option<Vec<Vec<u8>>> {
    let name = crate::formats::ber::Tlv::parse_whole(name).ok()?;
    let mut reader = name.children();
    let mut out = Vec::new();
    while !reader.is_empty() {
        out.push(reader.read().ok()?.raw.to_vec());
    }
    Some(out)
}

/// Name-against-subtree comparisons allowed per CA.
const MAX_COMPARISONS: usize = 250_000;

/// `name` is `base` or below it (RFC 5280 §4.2.1.10: "host.example.com"
/// is within "example.com"; "www.notexample.com" is not). A wildcard name
/// is within `base` when the names it stands for are.
fn dns_within(name: &str, base: &str) -> bool {
    let name = name.trim_end_matches('.');
    let base = base.trim_end_matches('.');
    base.is_empty()
        || name == base
        || (name.len() > base.len()
            && name.ends_with(base)
            && name.as_bytes()[name.len() - base.len() - 1] == b'.')
}

fn ip_bytes(address: &str) -> Option<Vec<u8>> {
    match address.parse::<std::net::IpAddr>().ok()? {
        std::net::IpAddr::V4(v4) => Some(v4.octets().to_vec()),
        std::net::IpAddr::V6(v6) => Some(v6.octets().to_vec()),
    }
}

fn ip_within(address: &[u8], range: &[u8]) -> bool {
    if range.len() != address.len() * 2 {
        return false;
    }
    let (network, mask) = range.split_at(address.len());
    address.iter().zip(network).zip(mask).all(|((a, n), m)| a & m == n & m)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dns_subtrees() {
        assert!(dns_within("example.com", "example.com"));
        assert!(dns_within("www.example.com", "example.com"));
        assert!(!dns_within("www.notexample.com", "example.com"));
        assert!(dns_within("*.example.com", "example.com"));
        assert!(dns_within("anything.test", ""));
    }

    #[test]
    fn ip_subtrees() {
        let range = [192, 0, 2, 0, 255, 255, 255, 0];
        assert!(ip_within(&[192, 0, 2, 7], &range));
        assert!(!ip_within(&[192, 0, 3, 7], &range));
        let constraints = Constraints { excluded_ip: vec![range.to_vec()], ..Constraints::default() };
        let mut budget = Budget::default();
        assert!(constraints.violation(&[], &[], &["192.0.2.9".into()], &[], &mut budget).is_some());
        assert!(constraints.violation(&[], &[], &["198.51.100.1".into()], &[], &mut budget).is_none());
    }
}
