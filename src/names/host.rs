//! Host names against certificates (RFC 6125 §6.4, RFC 9525; CA/Browser
//! Forum BR §3.2.2.6): DNS names match subjectAltName dNSName entries, case
//! insensitively, with a wildcard only as the whole left-most label, matching
//! exactly one label and never a bare registrable apex; IP addresses match
//! iPAddress entries byte for byte. The subject CN is never used: browsers
//! stopped reading it in 2017. A host covered only by an entry clients
//! disagree on — a wildcard directly over a public suffix, a name with a
//! trailing dot, an address written as a DNS name, a wildcard inside a
//! label — is told apart, for the clients that take it and those that do
//! not.

use std::net::IpAddr;

use super::idna::to_ascii;
use super::suffixes;

/// What a host name check found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HostMatch {
    /// Matched by this SAN entry.
    Matched(String),
    /// Matched only by this wildcard directly over a public suffix
    /// ("*.co.uk", "*.com"): some clients take it, browsers do not.
    OverPublicSuffix { pattern: String, suffix: String },
    /// Matched only by this entry written with a trailing dot
    /// ("example.com."), which some clients strip and others never match.
    TrailingDot(String),
    /// An address found only as this dNSName entry ("192.0.2.1" written as
    /// a DNS name, not as an iPAddress entry).
    AddressAsDnsName(String),
    /// Matched only by this wildcard inside a label ("f*.example.com"),
    /// which few clients take.
    PartialWildcard(String),
    /// The certificate has no subjectAltName at all.
    NoSan,
    /// No SAN entry covers the host.
    Mismatch,
}

/// A host as typed: a DNS name or an IP address.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Host {
    Dns(String),
    Ip(IpAddr),
}

/// The host in what someone typed for one: a host name or address as it
/// is, or the host of a URL (`https://user@example.com:8443/path`), of
/// `host:port` and `host/path`, and an IPv6 address without its brackets
/// (`[2001:db8::1]:443`) — people paste the address they connect to.
pub fn typed_host(text: &str) -> &str {
    let text = text.trim();
    if text.parse::<IpAddr>().is_ok() {
        return text;
    }
    let rest = text.split_once("://").map_or(text, |(_, rest)| rest);
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let authority = match text.contains("://") {
        true => authority.rsplit_once('@').map_or(authority, |(_, host)| host),
        false => authority,
    };
    match authority.strip_prefix('[') {
        Some(bracketed) => bracketed.split(']').next().unwrap_or_default(),
        None if authority.parse::<IpAddr>().is_ok() => authority,
        None => authority.split(':').next().unwrap_or_default(),
    }
}

impl Host {
    /// Reads a host as typed ([`typed_host`]). Internationalised names are
    /// converted to their ASCII form (IDNA A-labels, RFC 5890), which is
    /// what certificates carry.
    pub fn parse(text: &str) -> Host {
        let trimmed = typed_host(text);
        match trimmed.parse::<IpAddr>() {
            Ok(ip) => Host::Ip(ip),
            Err(_) => Host::Dns(to_ascii(trimmed).trim_end_matches('.').to_string()),
        }
    }
}

/// The host as certificates carry it: the A-label form of a DNS name, or
/// the address.
impl std::fmt::Display for Host {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Host::Dns(name) => f.write_str(name),
            Host::Ip(ip) => write!(f, "{ip}"),
        }
    }
}

impl serde::Serialize for Host {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// Checks `host` against a certificate's DNS and IP SANs. `has_san` says
/// whether the certificate has the extension at all.
pub fn check(host: &Host, dns_names: &[String], ip_addresses: &[String], has_san: bool) -> HostMatch {
    if !has_san {
        return HostMatch::NoSan;
    }
    match host {
        Host::Ip(ip) => {
            let same = |candidate: &&String| candidate.parse::<IpAddr>().is_ok_and(|candidate| candidate == *ip);
            if let Some(matched) = ip_addresses.iter().find(same) {
                HostMatch::Matched(matched.clone())
            } else if let Some(entry) = dns_names.iter().find(same) {
                HostMatch::AddressAsDnsName(entry.clone())
            } else {
                HostMatch::Mismatch
            }
        }
        Host::Dns(name) => {
            let first = |matches: &dyn Fn(&String) -> bool| dns_names.iter().find(|pattern| matches(pattern)).cloned();
            if let Some(matched) = first(&|pattern| !pattern.ends_with('.') && dns_matches(pattern, name)) {
                HostMatch::Matched(matched)
            } else if let Some(pattern) = first(&|pattern| wildcard_over_public_suffix(pattern, name)) {
                let suffix = normalised(&pattern).trim_start_matches("*.").to_string();
                HostMatch::OverPublicSuffix { pattern, suffix }
            } else if let Some(matched) = first(&|pattern| dns_matches(pattern, name)) {
                HostMatch::TrailingDot(matched)
            } else if let Some(matched) = first(&|pattern| partial_wildcard_matches(pattern, name)) {
                HostMatch::PartialWildcard(matched)
            } else {
                HostMatch::Mismatch
            }
        }
    }
}

/// What a well-formed wildcard pattern ("*.example.com", lower case) stands
/// over ("example.com"): the wildcard is the whole left-most label and the
/// only one.
fn wildcard_base(pattern: &str) -> Option<&str> {
    pattern.strip_prefix("*.").filter(|base| !base.contains('*') && !base.is_empty())
}

/// Whether `host` is exactly one label below `base`.
fn one_label_below(host: &str, base: &str) -> bool {
    host.split_once('.').is_some_and(|(first, rest)| !first.is_empty() && rest == base)
}

/// A SAN dNSName as it is compared: lower case, without a trailing dot.
fn normalised(pattern: &str) -> String {
    pattern.trim_end_matches('.').to_ascii_lowercase()
}

/// One SAN dNSName pattern against a lower-case host name.
pub fn dns_matches(pattern: &str, host: &str) -> bool {
    let pattern = normalised(pattern);
    match wildcard_base(&pattern) {
        // The wildcard covers exactly one whole label, and the rest must not
        // be a public suffix (no "*.com", "*.co.uk"): browsers refuse those.
        Some(base) => !suffixes::is_public_suffix(base) && one_label_below(host, base),
        // Partial-label wildcards ("f*.example.com") and wildcards anywhere
        // else match nothing.
        None => !pattern.contains('*') && pattern == host,
    }
}

/// Whether `pattern` has its wildcard inside the left-most label
/// ("f*.example.com", "*-api.example.com") and would cover `host` if such
/// wildcards counted (RFC 6125 §6.4.3 lets clients refuse them; BR §7.1.4
/// forbids them): the host's first label has the label's text on either
/// side of the star, and the rest is the same and no public suffix. A star
/// inside an A-label ("xn--*") matches for no one.
pub fn partial_wildcard_matches(pattern: &str, host: &str) -> bool {
    let pattern = normalised(pattern);
    let (Some((label, base)), Some((first, rest))) = (pattern.split_once('.'), host.split_once('.')) else {
        return false;
    };
    let Some((before, after)) = label.split_once('*') else { return false };
    label != "*"
        && !label.starts_with("xn--")
        && !after.contains('*')
        && !base.contains('*')
        && base == rest
        && !suffixes::is_public_suffix(base)
        && first.len() > before.len() + after.len()
        && first.starts_with(before)
        && first.ends_with(after)
}

/// Whether `pattern` is a wildcard directly over a public suffix that
/// would cover `host` if the suffix were an ordinary domain.
pub fn wildcard_over_public_suffix(pattern: &str, host: &str) -> bool {
    let pattern = normalised(pattern);
    wildcard_base(&pattern).is_some_and(|base| suffixes::is_public_suffix(base) && one_label_below(host, base))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wildcard_rules() {
        let cases = [
            ("example.com", "example.com", true),
            ("EXAMPLE.com.", "example.com", true),
            ("*.example.com", "www.example.com", true),
            ("*.example.com", "example.com", false),
            ("*.example.com", "a.b.example.com", false),
            ("*.com", "example.com", false),
            ("f*.example.com", "foo.example.com", false),
            ("www.*.com", "www.example.com", false),
            ("*.*.example.com", "a.b.example.com", false),
            ("*.xn--bcher-kva.example", "www.xn--bcher-kva.example", true),
            ("*.", "example", false),
            ("*", "example", false),
        ];
        for (pattern, host, expected) in cases {
            assert_eq!(dns_matches(pattern, host), expected, "{pattern} vs {host}");
        }
    }

    #[test]
    fn a_wildcard_over_a_public_suffix_is_told_apart() {
        let host = Host::parse("example.co.uk");
        assert_eq!(
            check(&host, &["*.CO.uk".into()], &[], true),
            HostMatch::OverPublicSuffix { pattern: "*.CO.uk".into(), suffix: "co.uk".into() }
        );
        // An entry that matches properly wins over it.
        let names = ["*.co.uk".to_string(), "example.co.uk".to_string()];
        assert_eq!(check(&host, &names, &[], true), HostMatch::Matched("example.co.uk".into()));
        assert_eq!(
            check(&Host::parse("router.lan"), &["*.lan".into()], &[], true),
            HostMatch::OverPublicSuffix { pattern: "*.lan".into(), suffix: "lan".into() }
        );
        // Two labels below is no match for anyone.
        assert_eq!(check(&Host::parse("a.example.co.uk"), &["*.co.uk".into()], &[], true), HostMatch::Mismatch);
        assert!(!wildcard_over_public_suffix("*.example.co.uk", "www.example.co.uk"));
    }

    #[test]
    fn a_wildcard_inside_a_label_is_told_apart() {
        let host = Host::parse("foo.example.com");
        assert_eq!(
            check(&host, &["f*.example.com".into()], &[], true),
            HostMatch::PartialWildcard("f*.example.com".into())
        );
        assert_eq!(
            check(&Host::parse("web-api.example.com"), &["*-api.example.com".into()], &[], true),
            HostMatch::PartialWildcard("*-api.example.com".into())
        );
        for (pattern, host) in [("f*.example.com", "bar.example.com"), ("f*.example.com", "f.example.com"), ("f*.co.uk", "foo.co.uk"), ("f*.example.com", "foo.a.example.com"), ("xn--*-1b3c148a.example.com", "xn--bliss-1b3c148a.example.com")] {
            assert!(!partial_wildcard_matches(pattern, host), "{pattern} {host}");
        }
    }

    #[test]
    fn an_address_written_as_a_dns_name_is_told_apart() {
        let host = Host::parse("192.0.2.1");
        let dns = ["192.0.2.1".to_string()];
        assert_eq!(check(&host, &dns, &[], true), HostMatch::AddressAsDnsName("192.0.2.1".into()));
        assert_eq!(check(&host, &dns, &["192.0.2.1".into()], true), HostMatch::Matched("192.0.2.1".into()));
        assert_eq!(check(&host, &["192.0.2.2".into()], &[], true), HostMatch::Mismatch);
    }

    #[test]
    fn an_entry_with_a_trailing_dot_is_told_apart() {
        let host = Host::parse("example.com");
        let names = ["example.com.".to_string()];
        assert_eq!(check(&host, &names, &[], true), HostMatch::TrailingDot("example.com.".into()));
        let names = ["example.com.".to_string(), "EXAMPLE.com".to_string()];
        assert_eq!(check(&host, &names, &[], true), HostMatch::Matched("EXAMPLE.com".into()));
        // A host typed with the dot is the same host.
        let names = ["example.com".to_string()];
        assert_eq!(check(&Host::parse("example.com."), &names, &[], true), HostMatch::Matched("example.com".into()));
    }

    #[test]
    fn internationalised_hosts_match_a_label_entries() {
        assert_eq!(
            check(&Host::parse("www.bücher.example"), &["*.xn--bcher-kva.example".into()], &[], true),
            HostMatch::Matched("*.xn--bcher-kva.example".into())
        );
        assert_eq!(Host::parse(" [2001:DB8::1] ").to_string(), "2001:db8::1");
        assert_eq!(Host::parse("Bücher.Example.").to_string(), "xn--bcher-kva.example");
    }

    #[test]
    fn the_host_of_what_people_paste() {
        for (typed, host) in [
            ("https://www.example.com/", "www.example.com"),
            ("https://user:pw@www.example.com:8443/a/b?c#d", "www.example.com"),
            ("www.example.com:443", "www.example.com"),
            ("www.example.com/login", "www.example.com"),
            ("[2001:db8::1]:443", "2001:db8::1"),
            ("https://[2001:db8::1]/", "2001:db8::1"),
            ("2001:db8::1", "2001:db8::1"),
            ("192.0.2.1:8443", "192.0.2.1"),
            (" example.com ", "example.com"),
        ] {
            assert_eq!(typed_host(typed), host, "{typed}");
        }
        assert_eq!(Host::parse("https://WWW.Example.com:8443/").to_string(), "www.example.com");
    }

    #[test]
    fn ips_and_no_san() {
        let ips = vec!["192.0.2.1".to_string(), "2001:db8::1".to_string()];
        assert_eq!(check(&Host::parse("192.0.2.1"), &[], &ips, true), HostMatch::Matched("192.0.2.1".into()));
        assert_eq!(
            check(&Host::parse("[2001:db8:0::1]"), &[], &ips, true),
            HostMatch::Matched("2001:db8::1".into())
        );
        assert_eq!(check(&Host::parse("192.0.2.2"), &[], &ips, true), HostMatch::Mismatch);
        // An IP is never matched by a DNS SAN that spells it: that is told
        // apart, as only Apple takes it.
        assert_eq!(
            check(&Host::parse("192.0.2.1"), &["192.0.2.1".into()], &[], true),
            HostMatch::AddressAsDnsName("192.0.2.1".into())
        );
        assert_eq!(check(&Host::parse("example.com"), &[], &[], false), HostMatch::NoSan);
    }
}
