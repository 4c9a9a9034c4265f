//! Stores, clients and the matrix in English.

use crate::client::{Client, ClientSet};
use crate::finding::FindingKind;
use crate::flags::Flags;
use crate::matrix::ClientVerdict;
use crate::stores::{StoreId, StoreSet};
use crate::words::template::fill;
use crate::words::{Controls, Explanation, Text};

pub(super) fn store(store: StoreId) -> &'static str {
    match store {
        StoreId::Mozilla => "Mozilla NSS",
        StoreId::Apple => "Apple (iOS, macOS)",
        StoreId::Windows => "Microsoft Windows",
        StoreId::Android => "Android",
        StoreId::Android44 => "Android 4.4 KitKat",
        StoreId::Android23 => "Android 2.3 Gingerbread",
        StoreId::Java => "Java (OpenJDK)",
        StoreId::Ubuntu => "Ubuntu ca-certificates",
    }
}

pub(super) fn client(client: Client) -> &'static str {
    match client {
        Client::Chrome => "Chrome/Edge",
        Client::Firefox => "Firefox",
        Client::Safari => "Safari/Apple",
        Client::Windows => "Windows",
        Client::Android => "Android",
        Client::AndroidOld => "Android 4.4",
        Client::Java => "Java",
        Client::Openssl => "curl/OpenSSL",
        Client::Python => "Python ≥ 3.13",
        Client::Go => "Go",
        Client::Rustls => "rustls",
    }
}

/// "a", "a and b", "a, b and c".
pub(super) fn and_list(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => one.to_string(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

fn stores(set: StoreSet) -> String {
    and_list(&set.iter().map(store).collect::<Vec<_>>())
}

fn clients(set: ClientSet) -> String {
    and_list(&set.iter().map(client).collect::<Vec<_>>())
}

/// "Fails in Java and Android 4.4; works in Chrome/Edge, Firefox …".
pub(super) fn summary(verdicts: &[ClientVerdict]) -> String {
    let failing: Vec<&str> = verdicts.iter().filter(|v| !v.works).map(|v| client(v.client)).collect();
    let working: Vec<&str> = verdicts.iter().filter(|v| v.works).map(|v| client(v.client)).collect();
    match (failing.is_empty(), working.is_empty()) {
        (_, _) if verdicts.is_empty() => String::new(),
        (true, _) => format!("Works in every client checked: {}.", and_list(&working)),
        (_, true) => format!("Fails in every client checked: {}.", and_list(&failing)),
        _ => format!("Fails in {}; works in {}.", and_list(&failing), and_list(&working)),
    }
}

pub(super) fn trust_store_missing(kind: &FindingKind, _controls: &Controls) -> Option<Explanation> {
    let FindingKind::TrustStoreMissing {
        root,
        missing,
        distrusted,
        trusted_by,
        needs_intermediates,
        intermediates,
    } = kind
    else {
        return None;
    };
    let refusing: ClientSet = Flags::of(
        &<Client as crate::flags::Flag>::ALL
            .iter()
            .copied()
            .filter(|c| missing.union(*needs_intermediates).contains(c.store()))
            .collect::<Vec<_>>(),
    );
    let distrust = if distrusted.is_empty() {
        String::new()
    } else {
        format!(" ({} distrust it explicitly)", stores(*distrusted))
    };
    let through: Vec<&str> = intermediates.iter().map(String::as_str).collect();
    let through = and_list(&through);
    let mut explanation = if trusted_by.is_empty() {
        format!("The chain ends at the root \"{root}\". No store checked trusts it as the server sends it")
    } else {
        format!("The chain ends at the root \"{root}\", which {} trust", stores(*trusted_by))
    };
    if !missing.is_empty() {
        explanation.push_str(&format!("; {} do not{distrust}", stores(*missing)));
    }
    if !needs_intermediates.is_empty() {
        explanation.push_str(&format!(
            "; {} trust a root the leaf reaches only through {through}, which the server does not send",
            stores(*needs_intermediates)
        ));
    }
    explanation.push_str(&format!(". Clients that use those stores — {} — refuse the chain (\"unable to get local issuer certificate\", SEC_ERROR_UNKNOWN_ISSUER, \"PKIX path building failed\").", clients(refusing)));
    if missing.contains(StoreId::Mozilla) && trusted_by.contains(StoreId::Ubuntu) {
        explanation.push_str(" Mozilla's list once had this root (Ubuntu's 2014 copy of it does) and has dropped it: Chrome and Firefox refuse it now, and a system whose CA bundle was copied from Mozilla's list before that (Debian and Ubuntu update theirs in their own time; certifi and Node with their releases) accepts it until it is updated — so curl or Python may still work on one server and fail on another.");
    }
    let title = if missing.is_empty() {
        format!("{} need {through}, which the server does not send", stores(*needs_intermediates))
    } else {
        format!("\"{root}\" is not trusted by {}", stores(*missing))
    };
    let add = if needs_intermediates.is_empty() {
        String::new()
    } else {
        format!("Add {through} (from the public intermediates) after the intermediates the server sends, for {}. ", stores(*needs_intermediates))
    };
    Some(Explanation {
        title,
        explanation: Text::plain(explanation),
        fix: Text::plain(add).then(fill("Or serve a chain that leads to a root every client you need trusts: many CAs offer one, through a cross-signed intermediate or a newer root (ask your CA which chain to serve; with certbot, `--preferred-chain`), or get the certificate from a CA whose root all of those stores trust.", &[])),
    })
}

pub(super) fn trust_distrusted_after(kind: &FindingKind) -> Option<Explanation> {
    use crate::stores::limits::Dating;
    let FindingKind::TrustDistrustedAfter { root, leaf, not_before, earliest_sct, limits } = kind else {
        return None;
    };
    let each: Vec<String> = limits
        .iter()
        .map(|limit| {
            let by = match limit.dating {
                Dating::EarliestSct => "dated by its earliest Certificate Transparency timestamp",
                Dating::NotBefore => "dated by its notBefore",
            };
            format!("{} trusts its certificates issued up to {} ({by})", client(Client::of_program(limit.program)), crate::words::day(limit.last_day))
        })
        .collect();
    let refusing = clients(Flags::of(&limits.iter().map(|limit| Client::of_program(limit.program)).collect::<Vec<_>>()));
    let issued = match earliest_sct {
        Some(sct) => format!("was issued on {} (notBefore), its earliest Certificate Transparency timestamp {}", not_before.to_human(), sct.to_human()),
        None => format!("was issued on {} (notBefore; it carries no Certificate Transparency timestamp)", not_before.to_human()),
    };
    Some(Explanation {
        title: format!("{refusing} no longer trust certificates from \"{root}\" issued as late as this one"),
        explanation: Text::plain(format!(
            "\"{leaf}\" chains to \"{root}\", a root whose new certificates some root programs stopped trusting after losing confidence in the CA, while certificates issued before still work until they expire: {}. \"{leaf}\" {issued}, so {refusing} refuse it (Chrome: NET::ERR_CERT_AUTHORITY_INVALID; Java: \"TLS server certificate issued after … and anchored by a distrusted legacy … root CA\"). Renewing under the same root does not help: a renewal is issued later still.",
            and_list(&each.iter().map(String::as_str).collect::<Vec<_>>())
        )),
        fix: fill("Get the certificate from a CA whose root these clients trust without a limit, and serve it with that CA's intermediates (a CA that handed its business to another issues from the other CA's root: ask which chain you get). Check the new chain here before installing it.", &[]),
    })
}
