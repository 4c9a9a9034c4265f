//! Name constraints (RFC 5280 §4.2.1.10): the names a CA allows (permitted
//! subtrees) or forbids (excluded subtrees) in every certificate below it,
//! for each name form: DNS names, IP addresses, directory names (the
//! subject and directoryName SAN entries, compared as RFC 5280 §7.1 asks),
//! email addresses (rfc822Name SAN entries, or the subject's emailAddress
//! when there is no SAN) and URIs (by their host). Names of the other forms
//! (otherName, x400Address, ediPartyName, registeredID) are not evaluated:
//! a CA that excludes a form rejects every name of it.

use serde::Serialize;
use x509_parser::extensions::{GeneralName, NameConstraints};

use super::distinguished::rdn_keys;
use crate::budget::Budget;

/// How a certificate's names break a CA's name constraints.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "transfer", derive(bincode::Encode, bincode::Decode))]
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
    /// A directory name (the subject or a SAN entry) inside an excluded
    /// subtree.
    ExcludedDirectory { name: String, subtree: String },
    /// A directory name outside every permitted subtree.
    OutsidePermittedDirectory { name: String, permitted: Vec<String> },
    /// An email address inside an excluded mailbox, host or domain.
    ExcludedEmail { address: String, subtree: String },
    /// An email address outside every permitted mailbox, host or domain.
    OutsidePermittedEmail { address: String, permitted: Vec<String> },
    /// A URI whose host is inside an excluded host or domain.
    ExcludedUri { uri: String, subtree: String },
    /// A URI whose host (or lack of one) is outside every permitted host or
    /// domain.
    OutsidePermittedUri { uri: String, permitted: Vec<String> },
    /// A name of a form the CA excludes altogether.
    ExcludedKind { kind: crate::label::Label },
    /// An end-entity certificate that carries nameConstraints itself
    /// (RFC 5280 §4.2.1.10: only CAs may).
    OnEndEntity,
    /// A leaf without DNS subjectAltName entries whose common name looks
    /// like a host name outside the CA's DNS constraints: OpenSSL checks it
    /// as one (NAME_CONSTRAINTS_check_CN).
    CommonName { name: String },
}

/// A constraint that is not well-formed (RFC 5280 §4.2.1.10).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "transfer", derive(bincode::Encode, bincode::Decode))]
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

/// One side (permitted or excluded) of a CA's name constraints.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "transfer", derive(bincode::Encode, bincode::Decode))]
pub struct Subtrees {
    pub dns: Vec<String>,
    /// Address and mask, 8 bytes (IPv4) or 32 bytes (IPv6).
    #[serde(skip)]
    pub ip: Vec<Vec<u8>>,
    /// directoryName subtrees: each RDN in its compared form, with the text
    /// form for messages.
    #[serde(skip)]
    pub directory: Vec<(Vec<Vec<u8>>, String)>,
    /// rfc822Name subtrees: a mailbox, a host, or ".domain".
    pub email: Vec<String>,
    /// URI subtrees: a host, or ".domain".
    pub uri: Vec<String>,
    /// Forms certdoctor does not evaluate (otherName, x400Address…), named.
    pub other: Vec<String>,
}

impl Subtrees {
    fn len(&self) -> usize {
        self.dns.len() + self.ip.len() + self.directory.len() + self.email.len() + self.uri.len()
    }
}

/// A CA's name constraints, reduced to what can be checked.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "transfer", derive(bincode::Encode, bincode::Decode))]
pub struct Constraints {
    pub permitted: Subtrees,
    pub excluded: Subtrees,
    /// Constraints that are malformed.
    #[serde(skip)]
    pub invalid: Vec<MalformedConstraint>,
}

/// The names of a certificate that name constraints apply to.
#[derive(Clone, Copy, Debug, Default)]
pub struct ConstrainedNames<'a> {
    /// The subject's DER (an empty subject is not judged).
    pub subject: &'a [u8],
    /// The subject as text, for messages.
    pub subject_text: &'a str,
    /// directoryName SAN entries, DER.
    pub directory_names: &'a [Vec<u8>],
    pub dns_names: &'a [String],
    pub ip_addresses: &'a [String],
    /// rfc822Name SAN entries, or the subject's emailAddress values when the
    /// certificate has no SAN.
    pub emails: &'a [String],
    pub uris: &'a [String],
    /// SAN entries of the forms not evaluated.
    pub other_kinds: &'a [crate::label::Label],
}

impl ConstrainedNames<'_> {
    fn len(&self) -> usize {
        1 + self.directory_names.len()
            + self.dns_names.len()
            + self.ip_addresses.len()
            + self.emails.len()
            + self.uris.len()
    }
}

/// The name of a SAN entry's form, as RFC 5280 spells it.
pub fn kind(name: &GeneralName<'_>) -> &'static str {
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

impl MalformedConstraint {
    /// A dNSName constraint whose only fault is a leading period.
    pub fn is_leading_period(&self) -> bool {
        matches!(self, Self::DnsSyntax { constraint } if constraint.starts_with('.') && !constraint.contains('*'))
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
        for subtree in constraints.permitted_subtrees.iter().flatten() {
            add(&mut out.permitted, &mut out.invalid, &subtree.base);
        }
        for subtree in constraints.excluded_subtrees.iter().flatten() {
            add(&mut out.excluded, &mut out.invalid, &subtree.base);
        }
        out
    }

    /// The first way a certificate's names break these constraints. The
    /// comparisons are charged to `budget`; when it runs out the check stops
    /// there (and the budget says so).
    pub fn violation(&self, names: &ConstrainedNames<'_>, budget: &mut Budget) -> Option<Violation> {
        // A leading period (".example.com") is not RFC 5280's syntax, but
        // OpenSSL, Go, Chromium, mozilla::pkix and rustls-webpki read it as
        // "subdomains only": the names are judged that way first, and the
        // syntax is reported only when they keep to it.
        let malformed = |invalid: &MalformedConstraint| Violation::Malformed { constraint: invalid.clone() };
        if let Some(invalid) = self.invalid.iter().find(|invalid| !invalid.is_leading_period()) {
            return Some(malformed(invalid));
        }
        // Names times subtrees is the work; a hostile certificate can make it
        // huge (limbo's nc-dos cases): one certificate that needs too much is
        // refused as rustls-webpki refuses it, and all of them together are
        // bounded by the analysis's budget.
        let subtrees = self.permitted.len() + self.excluded.len();
        let count = names.len();
        let work = count.saturating_mul(subtrees);
        if work > MAX_COMPARISONS {
            return Some(Violation::TooMuchWork { names: count, subtrees, limit: MAX_COMPARISONS });
        }
        if !budget.compare((work + names.other_kinds.len()) as u64) {
            return None;
        }
        self.dns_violation(names.dns_names)
            .or_else(|| self.ip_violation(names.ip_addresses))
            .or_else(|| self.directory_violation(names))
            .or_else(|| self.email_violation(names.emails))
            .or_else(|| self.uri_violation(names.uris))
            .or_else(|| self.kind_violation(names.other_kinds))
            .or_else(|| self.invalid.first().map(malformed))
    }

    /// A common name OpenSSL would check against these DNS constraints —
    /// one that looks like a host name, on a leaf with no DNS SAN entries —
    /// and that breaks them. The work is bounded as [`Self::violation`]'s: a
    /// crafted leaf with thousands of common names below a CA with thousands
    /// of subtrees is refused as too much work, not compared for minutes.
    pub fn common_name_violation(&self, common_names: &[String]) -> Option<Violation> {
        let looks_like_host = |name: &&String| {
            name.contains('.')
                && !name.starts_with('.')
                && !name.ends_with('.')
                && name.bytes().all(|byte| byte.is_ascii_alphanumeric() || byte == b'-' || byte == b'.')
        };
        let hosts: Vec<&String> = common_names.iter().filter(looks_like_host).collect();
        let subtrees = self.permitted.dns.len() + self.excluded.dns.len();
        if hosts.len().saturating_mul(subtrees) > MAX_COMPARISONS {
            return Some(Violation::TooMuchWork { names: hosts.len(), subtrees, limit: MAX_COMPARISONS });
        }
        hosts
            .into_iter()
            .find(|name| self.dns_violation(std::slice::from_ref(*name)).is_some())
            .map(|name| Violation::CommonName { name: name.clone() })
    }

    fn dns_violation(&self, dns_names: &[String]) -> Option<Violation> {
        let (permitted, excluded) = (&self.permitted.dns, &self.excluded.dns);
        for name in dns_names {
            let name = name.to_ascii_lowercase();
            // A wildcard stands for every name one label below its suffix, so
            // it reaches into an excluded subtree that lies below that suffix.
            let wildcard_reaches = |base: &String| {
                name.strip_prefix("*.")
                    .is_some_and(|suffix| dns_within(base, suffix) && base.as_str() != suffix)
            };
            if let Some(excluded) =
                excluded.iter().find(|base| dns_within(&name, base) || wildcard_reaches(base))
            {
                return Some(Violation::ExcludedDns { name, subtree: excluded.clone() });
            }
            if !permitted.is_empty() && !permitted.iter().any(|base| dns_within(&name, base)) {
                return Some(Violation::OutsidePermittedDns { name, permitted: permitted.clone() });
            }
        }
        None
    }

    fn ip_violation(&self, ip_addresses: &[String]) -> Option<Violation> {
        let (permitted, excluded) = (&self.permitted.ip, &self.excluded.ip);
        for address in ip_addresses {
            let Some(bytes) = ip_bytes(address) else { continue };
            if excluded.iter().any(|range| ip_within(&bytes, range)) {
                return Some(Violation::ExcludedIp { address: address.clone() });
            }
            let mut same_family = permitted.iter().filter(|range| range.len() == bytes.len() * 2);
            if !permitted.is_empty() && !same_family.any(|range| ip_within(&bytes, range)) {
                return Some(Violation::OutsidePermittedIp { address: address.clone() });
            }
        }
        None
    }

    /// RFC 5280 §4.2.1.10: a directory name is within a subtree when the
    /// subtree's RDNs begin it, compared as RFC 5280 §7.1 asks. Checked for
    /// the subject (unless empty) and every directoryName SAN entry.
    fn directory_violation(&self, names: &ConstrainedNames<'_>) -> Option<Violation> {
        let (permitted, excluded) = (&self.permitted.directory, &self.excluded.directory);
        if permitted.is_empty() && excluded.is_empty() {
            return None;
        }
        let subject = rdn_keys(names.subject).filter(|rdns| !rdns.is_empty());
        let subject = subject.map(|rdns| (rdns, names.subject_text.to_string()));
        let entries =
            names.directory_names.iter().map(|der| (rdn_keys(der).unwrap_or_default(), directory_text(der)));
        for (rdns, text) in subject.into_iter().chain(entries) {
            let within = |(base, _): &&(Vec<Vec<u8>>, String)| rdns.starts_with(base);
            if let Some((_, subtree)) = excluded.iter().find(within) {
                return Some(Violation::ExcludedDirectory { name: text, subtree: subtree.clone() });
            }
            if !permitted.is_empty() && !permitted.iter().any(|subtree| within(&subtree)) {
                let permitted = permitted.iter().map(|(_, text)| text.clone()).collect();
                return Some(Violation::OutsidePermittedDirectory { name: text, permitted });
            }
        }
        None
    }

    fn email_violation(&self, emails: &[String]) -> Option<Violation> {
        let (permitted, excluded) = (&self.permitted.email, &self.excluded.email);
        for address in emails {
            if let Some(subtree) = excluded.iter().find(|subtree| email_within(address, subtree)) {
                return Some(Violation::ExcludedEmail { address: address.clone(), subtree: subtree.clone() });
            }
            if !permitted.is_empty() && !permitted.iter().any(|subtree| email_within(address, subtree)) {
                return Some(Violation::OutsidePermittedEmail {
                    address: address.clone(),
                    permitted: permitted.clone(),
                });
            }
        }
        None
    }

    fn uri_violation(&self, uris: &[String]) -> Option<Violation> {
        let (permitted, excluded) = (&self.permitted.uri, &self.excluded.uri);
        for uri in uris {
            let host = uri_host(uri);
            let within = |subtree: &&String| host.as_deref().is_some_and(|host| host_within(host, subtree));
            if let Some(subtree) = excluded.iter().find(within) {
                return Some(Violation::ExcludedUri { uri: uri.clone(), subtree: subtree.clone() });
            }
            if !permitted.is_empty() && !permitted.iter().any(|subtree| within(&subtree)) {
                return Some(Violation::OutsidePermittedUri {
                    uri: uri.clone(),
                    permitted: permitted.clone(),
                });
            }
        }
        None
    }

    /// A SAN entry of a form the CA excludes altogether. Permitted subtrees
    /// of forms not evaluated here are not held against the certificate.
    fn kind_violation(&self, other_kinds: &[crate::label::Label]) -> Option<Violation> {
        let excluded: std::collections::HashSet<&str> =
            self.excluded.other.iter().map(String::as_str).collect();
        other_kinds.iter().find(|kind| excluded.contains(kind.as_str())).map(|&kind| Violation::ExcludedKind { kind })
    }
}

/// Adds one subtree's base name to `side`.
fn add(side: &mut Subtrees, invalid: &mut Vec<MalformedConstraint>, base: &GeneralName<'_>) {
    match base {
        GeneralName::DNSName(dns) => {
            if dns.contains('*') || dns.starts_with('.') {
                invalid.push(MalformedConstraint::DnsSyntax { constraint: dns.to_string() });
            }
            side.dns.push(dns.to_ascii_lowercase());
        }
        GeneralName::IPAddress(bytes) => {
            if bytes.len() != 8 && bytes.len() != 32 {
                invalid.push(MalformedConstraint::IpLength { bytes: bytes.len() });
            } else {
                side.ip.push(bytes.to_vec());
            }
        }
        GeneralName::DirectoryName(name) => match rdn_keys(name.as_raw()) {
            Some(rdns) => side.directory.push((rdns, name.to_string())),
            None => invalid.push(MalformedConstraint::DirectoryName),
        },
        GeneralName::RFC822Name(email) => side.email.push(email.to_string()),
        GeneralName::URI(uri) => side.uri.push(uri.to_string()),
        other => side.other.push(kind(other).to_string()),
    }
}

/// RFC 5280 §4.2.1.10 for rfc822Name: "user@host" is that one mailbox (the
/// local part compared exactly, the host without case), "host" every
/// mailbox at that host, ".domain" every mailbox at a host below it.
fn email_within(address: &str, subtree: &str) -> bool {
    let Some((local, host)) = address.rsplit_once('@') else { return false };
    match subtree.rsplit_once('@') {
        Some((subtree_local, subtree_host)) => {
            local == subtree_local && host.eq_ignore_ascii_case(subtree_host)
        }
        None => host_within(host, subtree),
    }
}

/// A host against a URI or email host constraint: ".domain" matches hosts
/// below the domain (not the domain itself), anything else that host alone.
fn host_within(host: &str, subtree: &str) -> bool {
    let host = host.trim_end_matches('.').to_ascii_lowercase();
    let subtree = subtree.to_ascii_lowercase();
    match subtree.strip_prefix('.') {
        Some(domain) => host.len() > domain.len() + 1 && host.ends_with(&subtree),
        None => host == subtree,
    }
}

/// The host of a URI with an authority ("scheme://[user@]host[:port]/…"),
/// without brackets around an IPv6 address; `None` for a URI without one
/// (RFC 5280 §4.2.1.10: such a URI cannot be within a host constraint).
fn uri_host(uri: &str) -> Option<String> {
    let (_, rest) = uri.split_once("://")?;
    let authority = rest.split(['/', '?', '#']).next()?;
    let host_port = authority.rsplit_once('@').map_or(authority, |(_, host)| host);
    let host = if let Some(bracketed) = host_port.strip_prefix('[') {
        bracketed.split(']').next()?
    } else {
        host_port.split(':').next()?
    };
    (!host.is_empty()).then(|| host.to_string())
}

/// A directory name as text, for messages.
fn directory_text(der: &[u8]) -> String {
    use x509_parser::prelude::FromDer;
    match x509_parser::x509::X509Name::from_der(der) {
        Ok((_, name)) => name.to_string(),
        Err(_) => crate::formats::colon_hex(der),
    }
}

/// Name-against-subtree comparisons allowed per CA.
const MAX_COMPARISONS: usize = 250_000;

/// `name` is `base` or below it (RFC 5280 §4.2.1.10: "host.example.com"
/// is within "example.com"; "www.notexample.com" is not). A wildcard name
/// is within `base` when the names it stands for are.
fn dns_within(name: &str, base: &str) -> bool {
    let name = name.trim_end_matches('.');
    let base = base.trim_end_matches('.');
    // ".example.com": below it only, as OpenSSL's nc_dns and Go's
    // matchDomainConstraint read it.
    if base.starts_with('.') {
        return name.len() > base.len() && name.ends_with(base);
    }
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
    fn common_names_are_checked_like_host_names_within_the_bound() {
        let mut constraints = Constraints::default();
        constraints.permitted.dns = vec!["example.com".into()];
        let names = |list: &[&str]| list.iter().map(|name| name.to_string()).collect::<Vec<_>>();
        assert_eq!(
            constraints.common_name_violation(&names(&["www.other.org"])),
            Some(Violation::CommonName { name: "www.other.org".into() })
        );
        // Inside, or not a host name (no dot, a space, a control character): nothing.
        assert_eq!(constraints.common_name_violation(&names(&["www.example.com", "Server", "a b.org", "x\u{1}.org"])), None);
        // Thousands of common names against thousands of subtrees: refused
        // as too much work before any comparison.
        constraints.permitted.dns = (0..1000).map(|n| format!("d{n}.example")).collect();
        let many: Vec<String> = (0..1000).map(|n| format!("h{n}.other.org")).collect();
        assert!(matches!(constraints.common_name_violation(&many), Some(Violation::TooMuchWork { names: 1000, .. })));
    }

    #[test]
    fn ip_subtrees() {
        let range = [192, 0, 2, 0, 255, 255, 255, 0];
        assert!(ip_within(&[192, 0, 2, 7], &range));
        assert!(!ip_within(&[192, 0, 3, 7], &range));
        let excluded = Subtrees { ip: vec![range.to_vec()], ..Subtrees::default() };
        let constraints = Constraints { excluded, ..Constraints::default() };
        let mut budget = Budget::default();
        let inside = ["192.0.2.9".to_string()];
        let outside = ["198.51.100.1".to_string()];
        let names = |ip_addresses| ConstrainedNames { ip_addresses, ..ConstrainedNames::default() };
        assert!(constraints.violation(&names(&inside), &mut budget).is_some());
        assert!(constraints.violation(&names(&outside), &mut budget).is_none());
    }

    #[test]
    fn email_subtrees() {
        // A mailbox, a host, a domain (RFC 5280 §4.2.1.10).
        assert!(email_within("Alice@Example.com", "Alice@example.COM"));
        assert!(!email_within("alice@example.com", "Alice@example.com"));
        assert!(email_within("bob@example.com", "example.com"));
        assert!(!email_within("bob@mail.example.com", "example.com"));
        assert!(email_within("bob@mail.example.com", ".example.com"));
        assert!(!email_within("bob@example.com", ".example.com"));
        assert!(!email_within("no-at-sign", "example.com"));
    }

    #[test]
    fn uri_subtrees() {
        assert_eq!(
            uri_host("https://user@Host.Example.com:8443/path?q#f").as_deref(),
            Some("Host.Example.com")
        );
        assert_eq!(uri_host("ldap://[2001:db8::1]:389/").as_deref(), Some("2001:db8::1"));
        assert_eq!(uri_host("urn:uuid:1234"), None);
        assert!(host_within("host.example.com", "host.example.com"));
        assert!(host_within("a.example.com", ".example.com"));
        assert!(!host_within("example.com", ".example.com"));
        assert!(!host_within("badexample.com", ".example.com"));
    }
}
