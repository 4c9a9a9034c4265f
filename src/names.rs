//! Host names against certificates (RFC 6125 §6.4, RFC 9525; CA/Browser
//! Forum BR §3.2.2.6): DNS names match subjectAltName dNSName entries, case
//! insensitively, with a wildcard only as the whole left-most label, matching
//! exactly one label and never a bare registrable apex; IP addresses match
//! iPAddress entries byte for byte. The subject CN is never used: browsers
//! stopped reading it in 2017.

use std::net::IpAddr;

/// What a host name check found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HostMatch {
    /// Matched by this SAN entry.
    Matched(String),
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

impl Host {
    /// Reads a host as typed. Internationalised names are converted to their
    /// ASCII form (IDNA A-labels, RFC 5890), which is what certificates carry.
    pub fn parse(text: &str) -> Host {
        let trimmed = text.trim().trim_start_matches('[').trim_end_matches(']');
        match trimmed.parse::<IpAddr>() {
            Ok(ip) => Host::Ip(ip),
            Err(_) => Host::Dns(to_ascii(trimmed.trim_end_matches('.'))),
        }
    }
}

/// Lower-cases a host name and turns each non-ASCII label into its
/// `xn--` punycode form (RFC 3492). Full UTS #46 mapping is not applied:
/// labels are only lower-cased before encoding.
pub fn to_ascii(name: &str) -> String {
    name.split('.')
        .map(|label| {
            let label = label.to_lowercase();
            if label.is_ascii() {
                label
            } else {
                punycode(&label).map(|encoded| format!("xn--{encoded}")).unwrap_or(label)
            }
        })
        .collect::<Vec<_>>()
        .join(".")
}

/// RFC 3492 §6.3 encoding; `None` on overflow.
fn punycode(input: &str) -> Option<String> {
    const BASE: u32 = 36;
    const T_MIN: u32 = 1;
    const T_MAX: u32 = 26;
    const SKEW: u32 = 38;
    const DAMP: u32 = 700;
    fn adapt(mut delta: u32, points: u32, first: bool) -> u32 {
        delta /= if first { DAMP } else { 2 };
        delta += delta / points;
        let mut k = 0;
        while delta > ((BASE - T_MIN) * T_MAX) / 2 {
            delta /= BASE - T_MIN;
            k += BASE;
        }
        k + (BASE - T_MIN + 1) * delta / (delta + SKEW)
    }
    fn digit(value: u32) -> char {
        // 0..25 → a..z, 26..35 → 0..9
        char::from_u32(if value < 26 { value + 97 } else { value + 22 }).unwrap_or('?')
    }
    let code_points: Vec<u32> = input.chars().map(u32::from).collect();
    let mut output: String = input.chars().filter(char::is_ascii).collect();
    let basic = output.len() as u32;
    let mut handled = basic;
    if basic > 0 {
        output.push('-');
    }
    let (mut n, mut delta, mut bias) = (128u32, 0u32, 72u32);
    while (handled as usize) < code_points.len() {
        let m = code_points.iter().copied().filter(|c| *c >= n).min()?;
        delta = delta.checked_add((m - n).checked_mul(handled + 1)?)?;
        n = m;
        for &c in &code_points {
            if c < n {
                delta = delta.checked_add(1)?;
            }
            if c == n {
                let mut q = delta;
                let mut k = BASE;
                loop {
                    let t = if k <= bias {
                        T_MIN
                    } else if k >= bias + T_MAX {
                        T_MAX
                    } else {
                        k - bias
                    };
                    if q < t {
                        break;
                    }
                    output.push(digit(t + (q - t) % (BASE - t)));
                    q = (q - t) / (BASE - t);
                    k += BASE;
                }
                output.push(digit(q));
                bias = adapt(delta, handled + 1, handled == basic);
                delta = 0;
                handled += 1;
            }
        }
        delta += 1;
        n += 1;
    }
    Some(output)
}

/// Checks `host` against a certificate's DNS and IP SANs. `has_san` says
/// whether the certificate has the extension at all.
pub fn check(host: &Host, dns_names: &[String], ip_addresses: &[String], has_san: bool) -> HostMatch {
    if !has_san {
        return HostMatch::NoSan;
    }
    match host {
        Host::Ip(ip) => ip_addresses
            .iter()
            .find(|candidate| candidate.parse::<IpAddr>().is_ok_and(|candidate| candidate == *ip))
            .map(|matched| HostMatch::Matched(matched.clone()))
            .unwrap_or(HostMatch::Mismatch),
        Host::Dns(name) => dns_names
            .iter()
            .find(|pattern| dns_matches(pattern, name))
            .map(|matched| HostMatch::Matched(matched.clone()))
            .unwrap_or(HostMatch::Mismatch),
    }
}

/// One SAN dNSName pattern against a lower-case host name.
pub fn dns_matches(pattern: &str, host: &str) -> bool {
    let pattern = pattern.trim_end_matches('.').to_ascii_lowercase();
    if let Some(suffix) = pattern.strip_prefix("*.") {
        // The wildcard covers exactly one whole label, and the rest must not
        // be a public suffix (no "*.com", "*.co.uk"): browsers refuse those.
        if suffix.contains('*') || crate::suffixes::is_public_suffix(suffix) {
            return false;
        }
        match host.split_once('.') {
            Some((first, rest)) => !first.is_empty() && rest == suffix,
            None => false,
        }
    } else {
        // Partial-label wildcards ("f*.example.com") and wildcards anywhere
        // else match nothing.
        !pattern.contains('*') && pattern == host
    }
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
        ];
        for (pattern, host, expected) in cases {
            assert_eq!(dns_matches(pattern, host), expected, "{pattern} vs {host}");
        }
    }

    #[test]
    fn internationalised_names_become_a_labels() {
        // RFC 3492 §7.1 sample (L) and common examples.
        assert_eq!(to_ascii("bücher.example"), "xn--bcher-kva.example");
        assert_eq!(to_ascii("MÜNCHEN.de"), "xn--mnchen-3ya.de");
        assert_eq!(to_ascii("他们为什么不说中文"), "xn--ihqwcrb4cv8a8dqg056pqjye");
        assert_eq!(to_ascii("www.Example.COM"), "www.example.com");
        assert_eq!(
            check(&Host::parse("www.bücher.example"), &["*.xn--bcher-kva.example".into()], &[], true),
            HostMatch::Matched("*.xn--bcher-kva.example".into())
        );
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
        // An IP is never matched by a DNS SAN that spells it.
        assert_eq!(check(&Host::parse("192.0.2.1"), &["192.0.2.1".into()], &[], true), HostMatch::Mismatch);
        assert_eq!(check(&Host::parse("example.com"), &[], &[], false), HostMatch::NoSan);
    }
}
