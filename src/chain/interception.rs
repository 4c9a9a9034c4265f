//! TLS interception: a chain for public sites that ends at a private CA.
//!
//! A corporate proxy, an antivirus or a debugging proxy that inspects TLS
//! makes a certificate for every site on the fly and signs it with its own
//! root, which only the machines it manages trust. Such a chain looks like
//! an untrusted private root (or, with the root given, like a healthy
//! private PKI) — but the fix is on the clients, not on the server. The
//! finding says so, naming the product when a CA's name gives it away.

use super::{AnchorSource, Judge, PathEnd};
use crate::finding::FindingKind;
use crate::finding::Finding;
use crate::names::suffixes::is_public_name;

/// Words in a CA's name that give away the product re-signing the traffic
/// (lower case, matched as whole words), and the product's name. None of
/// these vendors runs a public CA.
const PRODUCTS: &[(&str, &str)] = &[
    ("zscaler", "Zscaler"),
    ("fortinet", "Fortinet FortiGate"),
    ("fortigate", "Fortinet FortiGate"),
    ("palo alto networks", "Palo Alto Networks"),
    ("netskope", "Netskope"),
    ("blue coat", "Blue Coat ProxySG"),
    ("bluecoat", "Blue Coat ProxySG"),
    ("proxysg", "Blue Coat ProxySG"),
    ("cisco umbrella", "Cisco Umbrella"),
    ("opendns", "Cisco Umbrella"),
    ("sophos", "Sophos"),
    ("cyberoam", "Sophos Cyberoam"),
    ("kaspersky", "Kaspersky"),
    ("avast", "Avast"),
    ("bitdefender", "Bitdefender"),
    ("eset", "ESET"),
    ("mitmproxy", "mitmproxy"),
    ("charles proxy", "Charles Proxy"),
    ("fiddlerroot", "Fiddler"),
    ("fiddler", "Fiddler"),
    ("portswigger", "Burp Suite"),
    ("cloudflare for teams", "Cloudflare Zero Trust"),
    ("forcepoint", "Forcepoint"),
    ("websense", "Forcepoint"),
    ("mcafee web gateway", "McAfee Web Gateway"),
    ("skyhigh", "Skyhigh Security"),
    ("check point", "Check Point"),
    ("checkpoint", "Check Point"),
    ("barracuda", "Barracuda"),
    ("watchguard", "WatchGuard"),
    ("sonicwall", "SonicWall"),
    ("untangle", "Untangle"),
    ("smoothwall", "Smoothwall"),
    ("iboss", "iboss"),
    ("menlo security", "Menlo Security"),
    ("lightspeed", "Lightspeed Systems"),
    ("securly", "Securly"),
    ("goguardian", "GoGuardian"),
    ("contentkeeper", "ContentKeeper"),
];

/// Words in a CA's name that say it inspects TLS, whoever made it
/// (Palo Alto's default "Forward-Trust-CA", FortiGate's "deep inspection",
/// a company's own "SSL Inspection CA").
const INSPECTING: &[&str] = &[
    "inspection", "inspect", "decryption", "decrypt", "forward trust", "forward untrust", "ssl proxy",
    "tls proxy", "https proxy", "proxy ca", "mitm", "intercept", "interception", "web filter", "webfilter",
    "content filter", "deep inspection",
];

/// Public names shown in the finding.
const NAMES_SHOWN: usize = 3;

/// A CA's name as lower-case words between spaces: " zscaler root ca ".
fn words_of(name: &str) -> String {
    let words: String =
        name.chars().map(|c| if c.is_alphanumeric() { c.to_ascii_lowercase() } else { ' ' }).collect();
    format!(" {} ", words.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// The product a CA's name gives away, if any.
pub fn product(name: &str) -> Option<&'static str> {
    let words = words_of(name);
    PRODUCTS.iter().find(|(token, _)| words.contains(&format!(" {token} "))).map(|(_, product)| *product)
}

/// Whether a CA's name says it inspects TLS.
fn says_it_inspects(name: &str) -> bool {
    let words = words_of(name);
    INSPECTING.iter().any(|token| words.contains(&format!(" {token} ")))
}

pub(super) fn findings(judge: &Judge<'_>, findings: &mut Vec<Finding>) {
    let (certificates, chain, leaf) = (judge.certificates, judge.chain, judge.leaf());
    // Where the path ends, if at a private CA: the certificate standing for
    // that CA, and whether it is one of the user's roots.
    let (end, yours) = match &chain.end {
        PathEnd::Anchor { source: AnchorSource::User, stores, .. } if stores.is_empty() => {
            match chain.anchor {
                Some(anchor) => (&certificates[anchor], true),
                None => return,
            }
        }
        PathEnd::UntrustedRoot { certificate } if *certificate != chain.leaf => (&certificates[*certificate], false),
        // A public root, a self-signed leaf, or a missing issuer (whose own
        // finding tells the story unless a product's name is on it).
        PathEnd::MissingIssuer { .. } => {
            let last = &certificates[*chain.path.last().unwrap_or(&chain.leaf)];
            let product = product(&last.issuer);
            if product.is_none() && !says_it_inspects(&last.issuer) {
                return;
            }
            let kind = FindingKind::TrustInterception {
                root: last.issuer.clone(),
                product: product.map(str::to_string),
                names: public_names(&leaf.dns_names),
                yours: false,
            };
            findings.push(judge.about(kind, last));
            return;
        }
        _ => return,
    };
    let cas = || chain.path.iter().skip(1).map(|index| &certificates[*index]).chain(std::iter::once(end));
    let product = cas().find_map(|ca| product(&ca.subject));
    let named = product.is_some() || cas().any(|ca| says_it_inspects(&ca.subject));
    let names = public_names(&leaf.dns_names);
    // A root the user gave is one they know: only its name can say it
    // inspects TLS (a private CA for the company's own public domain is
    // common). A root nobody vouched for that signs for public names is
    // explained as interception, with the condition said.
    if !named && (yours || names.is_empty()) {
        return;
    }
    let kind = FindingKind::TrustInterception {
        root: end.name.clone(),
        product: product.map(str::to_string),
        names,
        yours,
    };
    findings.push(judge.about(kind, end));
}

fn public_names(names: &[String]) -> Vec<String> {
    names.iter().filter(|name| is_public_name(name)).take(NAMES_SHOWN).cloned().collect()
}

#[cfg(test)]
mod tests {
    use super::product;

    #[test]
    fn products_by_their_names_as_whole_words() {
        assert_eq!(product("CN=Zscaler Root CA, OU=Zscaler Inc."), Some("Zscaler"));
        assert_eq!(product("CN=FortiGate CA, O=Fortinet"), Some("Fortinet FortiGate"));
        assert_eq!(product("CN=DO_NOT_TRUST_FiddlerRoot"), Some("Fiddler"));
        assert_eq!(product("CN=mitmproxy, O=mitmproxy"), Some("mitmproxy"));
        assert_eq!(product("CN=PortSwigger CA"), Some("Burp Suite"));
        // Not inside other words.
        assert_eq!(product("CN=Preset Networks CA"), None);
        assert_eq!(product("CN=Amazon RSA 2048 M03"), None);
        assert!(super::says_it_inspects("CN=Forward-Trust-CA"));
        assert!(super::says_it_inspects("CN=Acme SSL Inspection CA"));
        assert!(!super::says_it_inspects("CN=Acme Issuing CA"));
    }
}
