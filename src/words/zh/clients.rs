//! 信任库、客户端和兼容性矩阵（简体中文）。

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
        StoreId::Apple => "Apple（iOS、macOS）",
        StoreId::Windows => "微软 Windows",
        StoreId::Android => "Android",
        StoreId::Android44 => "Android 4.4 KitKat",
        StoreId::Android23 => "Android 2.3 Gingerbread",
        StoreId::Java => "Java（OpenJDK）",
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

/// “甲”、“甲和乙”、“甲、乙和丙”; a space between “和” and a Latin name
/// (“Go 和 rustls”), as between Chinese and Latin text elsewhere.
pub(super) fn and_list(items: &[&str]) -> String {
    let latin = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
    match items {
        [] => String::new(),
        [one] => one.to_string(),
        [rest @ .., last] => {
            let before = if latin(rest.last().and_then(|item| item.chars().last())) { " " } else { "" };
            let after = if latin(last.chars().next()) { " " } else { "" };
            format!("{}{before}和{after}{last}", rest.join("、"))
        }
    }
}

fn stores(set: StoreSet) -> String {
    and_list(&set.iter().map(store).collect::<Vec<_>>())
}

fn clients(set: ClientSet) -> String {
    and_list(&set.iter().map(client).collect::<Vec<_>>())
}

/// “在 Java 和 Android 4.4 中失败；在 Chrome/Edge、Firefox……中可用”。
pub(super) fn summary(verdicts: &[ClientVerdict]) -> String {
    let failing: Vec<&str> = verdicts.iter().filter(|v| !v.works).map(|v| client(v.client)).collect();
    let working: Vec<&str> = verdicts.iter().filter(|v| v.works).map(|v| client(v.client)).collect();
    match (failing.is_empty(), working.is_empty()) {
        (_, _) if verdicts.is_empty() => String::new(),
        (true, _) => format!("在检查的所有客户端中都可用：{}。", and_list(&working)),
        (_, true) => format!("在检查的所有客户端中都会失败：{}。", and_list(&failing)),
        _ => format!("在 {} 中失败；在 {} 中可用。", and_list(&failing), and_list(&working)),
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
        format!("（{}明确不信任它）", stores(*distrusted))
    };
    let through: Vec<&str> = intermediates.iter().map(String::as_str).collect();
    let through = and_list(&through);
    let mut explanation = if trusted_by.is_empty() {
        format!("证书链终止于根证书“{root}”。按服务器发送的证书链，检查的信任库都不信任它")
    } else {
        format!("证书链终止于根证书“{root}”，{}信任它", stores(*trusted_by))
    };
    if !missing.is_empty() {
        explanation.push_str(&format!("；{} 不信任它{distrust}", stores(*missing)));
    }
    if !needs_intermediates.is_empty() {
        explanation.push_str(&format!(
            "；{} 信任的根证书只能经由服务器没有发送的 {through} 到达",
            stores(*needs_intermediates)
        ));
    }
    explanation.push_str(&format!("。使用这些信任库的客户端——{}——会拒绝该证书链（“unable to get local issuer certificate”、SEC_ERROR_UNKNOWN_ISSUER、“PKIX path building failed”）。", clients(refusing)));
    if missing.contains(StoreId::Mozilla) && trusted_by.contains(StoreId::Ubuntu) {
        explanation.push_str("Mozilla 的列表曾经包含这个根证书（Ubuntu 2014 年的副本中仍有），现已将其移除：Chrome 和 Firefox 现在拒绝它；而 CA 证书包在此之前从 Mozilla 列表复制的系统（Debian 和 Ubuntu 按自己的节奏更新；certifi 和 Node 随其版本更新）在更新之前仍接受它——因此 curl 或 Python 可能在一台服务器上可用、在另一台上失败。");
    }
    let title = if missing.is_empty() {
        format!("{} 需要服务器没有发送的 {through}", stores(*needs_intermediates))
    } else {
        format!("“{root}”不受 {} 信任", stores(*missing))
    };
    let add = if needs_intermediates.is_empty() {
        String::new()
    } else {
        format!(
            "为 {} 在服务器发送的中间证书之后加上 {through}（来自公共中间证书集）。",
            stores(*needs_intermediates)
        )
    };
    Some(Explanation {
        title,
        explanation: Text::plain(explanation),
        fix: Text::plain(add).then(fill("或者提供一条通向所有目标客户端都信任的根证书的证书链：许多 CA 通过交叉签名的中间证书或更新的根证书提供这样的链（向你的 CA 询问应使用哪条链；certbot 可用 `--preferred-chain`），或向根证书受所有这些信任库信任的 CA 申请证书。", &[])),
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
                Dating::EarliestSct => "以证书中最早的证书透明度时间戳为准",
                Dating::NotBefore => "以 notBefore 为准",
            };
            format!("{} 只信任 {} 及以前签发的证书（{by}）", client(Client::of_program(limit.program)), crate::words::day(limit.last_day))
        })
        .collect();
    let refusing = clients(Flags::of(&limits.iter().map(|limit| Client::of_program(limit.program)).collect::<Vec<_>>()));
    let issued = match earliest_sct {
        Some(sct) => format!("签发于 {}（notBefore），最早的证书透明度时间戳为 {}", not_before.to_human(), sct.to_human()),
        None => format!("签发于 {}（notBefore；证书中没有证书透明度时间戳）", not_before.to_human()),
    };
    Some(Explanation {
        title: format!("{refusing} 不再信任“{root}”在截止日之后签发的证书，本证书在其列"),
        explanation: Text::plain(format!(
            "“{leaf}”的证书链通向“{root}”。部分根证书计划对该 CA 失去信心后，不再信任这个根证书新签发的证书，而此前签发的证书在到期前仍然可用：{}。“{leaf}”{issued}，因此 {refusing} 会拒绝它（Chrome：NET::ERR_CERT_AUTHORITY_INVALID；Java：“TLS server certificate issued after … and anchored by a distrusted legacy … root CA”）。在同一根证书下续期无济于事：续期的证书签发得更晚。",
            and_list(&each.iter().map(String::as_str).collect::<Vec<_>>())
        )),
        fix: fill("向根证书受这些客户端无限制信任的 CA 申请证书，并连同该 CA 的中间证书一起提供（把业务转给其他 CA 的 CA 会用对方的根证书签发：问清楚你拿到的是哪条链）。安装之前先在这里检查新的证书链。", &[]),
    })
}
