//! 证书链、有效期、名称、签名和信任方面的发现（简体中文）。

use super::findings::issuer_download;
use super::Chinese;
use crate::finding::{Container, FindingKind, Supplied};
use crate::names::constraints::{MalformedConstraint, Violation};
use crate::words::template::{fill, host, number, text};
use crate::words::{Controls, Explanation, Text, Words};

fn x(title: impl Into<String>, explanation: Text, fix: Text) -> Explanation {
    Explanation { title: title.into(), explanation, fix }
}

pub(super) fn chain(_words: &Chinese, kind: &FindingKind, controls: &Controls) -> Explanation {
    use FindingKind as K;
    match kind {
        K::ChainIncomplete { certificate, missing_issuer, ca_issuers, container: Some(container), supplied } => x(
            format!("缺少中间证书：“{certificate}”的签发者"),
            Text::plain(format!("“{certificate}”由“{missing_issuer}”签发，但该证书既不在 {} 文件中，也不是受信任的根证书。服务器只会发送文件中已有的证书链，因此不会自行获取中间证书的客户端（curl、OpenSSL、Python、Java、Go、Android 应用）会失败（“unable to get local issuer certificate” / “unable to find valid certification path”）。{}", container.name(), found_offline(missing_issuer, supplied))),
            match supplied {
                Some(_) => Text::plain("修正后的证书包中已经包含它").then(rebuild(*container, controls, false)),
                None => Text::plain(format!("获取中间证书“{missing_issuer}”"))
                    .then(issuer_download(ca_issuers))
                    .then(rebuild(*container, controls, true)),
            },
        ),
        K::ChainIncomplete { certificate, missing_issuer, ca_issuers, container: None, supplied } => x(
            format!("缺少中间证书：“{certificate}”的签发者"),
            Text::plain(format!(
                "“{certificate}”由“{missing_issuer}”签发，但该证书既不在证书包中，也不是受信任的根证书。浏览器可能会自动获取或缓存中间证书而掩盖问题，但 curl、OpenSSL、Python、Java、Go、Android 应用和大多数 API 客户端会失败（“unable to get local issuer certificate” / “unable to find valid certification path”）。{}{}",
                ca_issuers.as_ref().map(|url| format!("证书中注明可从 {url} 下载其签发者证书。")).unwrap_or_default(),
                found_offline(missing_issuer, supplied)
            )),
            supplied.as_ref().map(|_| Text::plain(format!("使用修正后的证书包（{}）：它在叶证书之后加上了“{missing_issuer}”。也可以自行添加", controls.fixed_bundle))).unwrap_or_else(|| Text::plain(format!("在服务器发送的文件中，把中间证书“{missing_issuer}”放在叶证书之后")))
                .then(issuer_download(ca_issuers))
                .then(fill("。nginx：ssl_certificate 必须指向完整证书链（先叶证书，再中间证书；Let's Encrypt 请用 fullchain.pem 而不是 cert.pem）。Apache ≥ 2.4.8：把证书链放进 SSLCertificateFile。HAProxy：追加到 `crt` 指定的 .pem 中。IIS：导入到“中间证书颁发机构”。之后 `openssl s_client -connect 主机:443 -showcerts` 应能列出它。", &[])),
        ),
        K::ChainOutOfOrder { served, expected } => x(
            "证书链顺序错误",
            Text::plain(format!("证书包的顺序是 {}，但 TLS 服务器必须先发送叶证书，再依次发送各级签发者：{}。许多客户端（旧版 OpenSSL、Java、嵌入式设备）会因顺序错误而失败。", served.join(" → "), expected.join(" → "))),
            fill("使用修正后的证书包（{control}），或自行重建：`cat leaf.pem intermediate.pem > fullchain.pem`，叶证书在前。让 nginx ssl_certificate / Apache SSLCertificateFile 指向它并重新加载。", &[("control", text(controls.fixed_bundle))]),
        ),
        K::ChainRootIncluded { root, container } => x(
            format!("证书包中包含根证书“{root}”"),
            Text::plain(format!("自签名根证书“{root}”在证书包中。客户端只信任自己已有的根证书，发送它毫无用处：每次握手都浪费流量，而且发送交叉签名的根证书时，部分客户端（旧版 Android、Java）会构建错误的路径。")),
            in_container(*container, controls, Text::plain(format!("从服务器发送的文件中移除根证书，只发送叶证书和中间证书（修正后的证书包：{}）。", controls.fixed_bundle))),
        ),
        K::ChainDuplicateCertificate { certificate, container, ca_bundle: _ } => x(
            format!("“{certificate}”出现了两次"),
            Text::plain(format!("证书“{certificate}”在证书包中出现不止一次。这会浪费流量，部分客户端会拒绝含重复证书的证书链。")),
            in_container(*container, controls, Text::plain(format!("只保留一份：使用修正后的证书包（{}）。", controls.fixed_bundle))),
        ),
        K::ChainUnrelatedCertificate { certificate, leaf, container } => x(
            format!("“{certificate}”不属于这条证书链"),
            Text::plain(format!("证书“{certificate}”不在从“{leaf}”到根证书的路径上。多余的证书会让部分客户端出错，通常说明证书包是用错误的文件拼成的。")),
            in_container(*container, controls, Text::plain(format!("把它从证书包中移除（修正后的证书包已去掉它：{}）。如果你想检查的是它，请单独提供它自己的证书链。", controls.fixed_bundle))),
        ),
        other => super::unreachable(other),
    }
}

/// The host against the leaf's names.
pub(super) fn names(_words: &Chinese, kind: &FindingKind, _controls: &Controls) -> Explanation {
    use FindingKind as K;
    match kind {
        K::NameMismatch { certificate, host: name, names, common_name_matches: true } => x(
            format!("“{certificate}”对 {name} 无效"),
            Text::plain(if names.is_empty() {
                format!("该证书的 subjectAltName 既没有 DNS 名称也没有地址，只有通用名是 {name}。OpenSSL 自身的检查、curl、Python、Java、Node 和旧版 Android 此时会读取通用名并接受它；浏览器（NET::ERR_CERT_COMMON_NAME_INVALID）、Go、rustls 和当前的 Android 从不读取通用名。")
            } else {
                format!("该证书的 subjectAltName 列出了 {}，却没有任何 DNS 名称，只有通用名是 {name}。OpenSSL 自身的检查、Python、Java、Node 和旧版 Android 此时会读取通用名并接受它；curl（“no alternative certificate subject name matches target host name”）、浏览器（NET::ERR_CERT_COMMON_NAME_INVALID）、Go、rustls 和当前的 Android 从不读取通用名。", names.join("、"))
            }),
            fill("申请在 subjectAltName 中包含 {host} 的证书（certbot：`certbot certonly -d {host}`），或检查服务器是否为该名称发送了正确的证书（nginx：对应 server 块的 server_name / ssl_certificate；SNI）。", &[("host", host(name))]),
        ),
        K::NameMismatch { certificate, host: name, names, .. } => x(
            format!("“{certificate}”对 {name} 无效"),
            Text::plain(format!("该证书覆盖的是{}，不包括 {name}。浏览器显示 NET::ERR_CERT_COMMON_NAME_INVALID，curl 提示“no alternative certificate subject name matches target host name”，Java 提示“No subject alternative DNS name matching”。通配符只覆盖一级：*.example.com 匹配 www.example.com，但不匹配 example.com 或 a.b.example.com。", if names.is_empty() { "——没有任何名称".to_string() } else { format!(" {}", names.join("、")) })),
            fill("申请在 subjectAltName 中包含 {host} 的证书（certbot：`certbot certonly -d {host}`），或检查服务器是否为该名称发送了正确的证书（nginx：对应 server 块的 server_name / ssl_certificate；SNI）。", &[("host", host(name))]),
        ),
        K::NameWildcardPublicSuffix { certificate, host: name, pattern, suffix } => x(
            format!("“{certificate}”只通过通配符 {pattern} 覆盖 {name}"),
            Text::plain(format!(
                "唯一覆盖 {name} 的条目是通配符 {pattern}，它直接位于公共后缀“{suffix}”之上——任何人都能在该后缀下注册域名，因此 CA 不得签发这样的证书（BR §3.2.2.6）。Chrome（NET::ERR_CERT_COMMON_NAME_INVALID）和 Safari 拒绝它；证书链终止于公共根证书时，Java 也拒绝。{}",
                if suffix.contains('.') {
                    "OpenSSL（以及 curl 和 Python）、Firefox、Go、rustls 和 Android 接受它：证书在命令行工具中看似正常，在浏览器中却失败。"
                } else {
                    "在单级后缀之上，OpenSSL（以及 curl 和 Python）、Firefox 和 rustls 同样不会用它匹配任何名称；只有 Go、Android 以及私有根证书下的 Java 接受它。"
                }
            )),
            fill("申请直接列出 {host} 的证书（certbot：`certbot certonly -d {host}`；私有 CA：`openssl req -new -key KEY -subj /CN={host} -addext subjectAltName=DNS:{host} -out req.csr`），或使用低一级、位于你自己域名之下的通配符。", &[("host", host(name))]),
        ),
        K::NameTrailingDot { certificate, host: name, entry } => x(
            format!("“{certificate}”只以带结尾点号的“{entry}”覆盖 {name}"),
            Text::plain(format!("唯一覆盖 {name} 的条目是“{entry}”：一个绝对域名，RFC 5280 不允许证书中出现这种写法。Chrome、curl、Node 和 Android 会去掉点号并接受它；OpenSSL 自身的检查（`openssl s_client -verify_hostname`，以及 Python）不接受，Firefox 和 rustls 只允许被访问的名称是绝对域名，Go 和 Safari 会多算出一个空标签，Java 则直接拒绝该名称，因此它们会认为证书对 {name} 无效。")),
            fill("请重新签发证书，名称不带结尾点号（`subjectAltName=DNS:{host}`；certbot：`certbot certonly -d {host}`）；检查 CSR 或 ACME 客户端配置中是否多写了结尾点号。", &[("host", host(name))]),
        ),
        K::NameAddressAsDnsName { certificate, host: name, entry } => x(
            format!("“{certificate}”只以 DNS 名称的形式包含地址 {name}"),
            Text::plain(format!("证书把“{entry}”列为 DNS 名称（dNSName），而不是 IP 地址条目；RFC 5280 §4.2.1.6 要求地址使用 IP 地址条目。Safari 会把 DNS 名称与地址按文本比较并接受它；Chrome（NET::ERR_CERT_COMMON_NAME_INVALID）、Firefox、curl 和 OpenSSL、Python、Go（“doesn't contain any IP SANs”）、Java、Android 和 rustls 只在 IP 地址条目中查找地址，会拒绝它。")),
            fill("请以 IP 条目重新签发证书：`openssl req -new -key KEY -subj /CN={host} -addext subjectAltName=IP:{host} -out req.csr`（DNS 名称仍以 `DNS:` 条目保留在旁），然后重新签名。", &[("host", host(name))]),
        ),
        K::NamePartialWildcard { certificate, host: name, entry } => x(
            format!("“{certificate}”只通过通配符“{entry}”覆盖 {name}"),
            Text::plain(format!("唯一覆盖 {name} 的条目是“{entry}”，它的通配符位于标签内部，而不是占据整个最左侧标签。RFC 6125 允许客户端拒绝这种通配符，基线要求也禁止它：Java、Node 和 OpenSSL 自身的检查会匹配它，而 curl、Python、浏览器（NET::ERR_CERT_COMMON_NAME_INVALID）、Go、Android 和 rustls 不会。")),
            fill("请以 {host} 本身、或以占据整个最左侧标签的通配符重新签发证书（`subjectAltName=DNS:{host}`；certbot：`certbot certonly -d {host}`）。", &[("host", host(name))]),
        ),
        K::NameNoSan { certificate, host: name, subject, common_name_matches, address } => x(
            format!("“{certificate}”没有 subjectAltName"),
            Text::plain(format!(
                "该证书没有 subjectAltName 扩展，名称只出现在主题中（{subject}）。Chrome、Firefox、Safari、Android、Go 和 rustls 都忽略通用名（CN），因此对它们而言该证书对任何主机都无效，包括 {name}。{}",
                match (*common_name_matches, *address) {
                    (true, false) => format!("它的通用名确实与 {name} 匹配，因此仍读取通用名的客户端（基于 OpenSSL 的工具、Python、Java、Windows）会接受它。"),
                    (true, true) => format!("它的通用名是 {name}，但 OpenSSL、Python、Java 和 Node 也只在 subjectAltName 中查找 IP 地址；只有 Windows 和旧版 Android 会把通用名当作文本比较。"),
                    _ => String::new(),
                }
            )),
            if *address {
                fill("重新签发证书，把地址写进 subjectAltName：`openssl req -new -key 私钥 -subj /CN={host} -addext subjectAltName=IP:{host} -out req.csr`，然后重新签名。", &[("host", host(name))])
            } else {
                fill("重新签发证书，把名称写进 subjectAltName：`openssl req -new -key 私钥 -subj /CN={host} -addext subjectAltName=DNS:{host} -out req.csr`，然后重新签名。", &[("host", host(name))])
            },
        ),
        other => super::unreachable(other),
    }
}

pub(super) fn validity(_words: &Chinese, kind: &FindingKind, _controls: &Controls) -> Explanation {
    use FindingKind as K;
    match kind {
        K::CertExpired { certificate, not_after, at, days, anchor: true, .. } => x(
            format!("你的根证书“{certificate}”已于 {} 过期", not_after.to_human()),
            Text::plain(format!("你的根证书“{certificate}”的有效期截至 {}；在 {} 时已过期 {days} 天。会检查根证书自身有效期的客户端会拒绝这条证书链（OpenSSL，因此还有 curl 和 Python：“certificate has expired”）；rustls 只使用根证书的名称和公钥，不会拒绝。", not_after.to_human(), at.to_human())),
            fill("用相同的名称和密钥续期根证书，使它签发过的证书继续有效（`openssl x509 -in root.pem -signkey root.key -days 3650 -out root-renewed.pem`），并在所有信任旧根证书的地方安装续期后的根证书。", &[]),
        ),
        K::CertExpired { certificate, not_after, at, days, .. } => x(
            format!("证书“{certificate}”已于 {} 过期", not_after.to_human()),
            Text::plain(format!("“{certificate}”的有效期截至 {}；在 {} 时已过期 {days} 天。所有 TLS 客户端都会拒绝过期证书：浏览器显示 NET::ERR_CERT_DATE_INVALID，curl 和 OpenSSL 提示“certificate has expired”，Java 抛出 CertificateExpiredException。", not_after.to_human(), at.to_human())),
            fill("向 CA 续期证书“{certificate}”（Let's Encrypt：`certbot renew` 或 ACME 客户端的续期命令），安装新证书及其证书链，然后重新加载服务器（`nginx -s reload`、`systemctl reload apache2`）。如果续期后的文件已经存在，说明服务器仍指向旧文件：请检查 ssl_certificate / SSLCertificateFile。用 `openssl x509 -in 文件 -noout -enddate` 检查结果。", &[("certificate", text(certificate))]),
        ),
        K::CertNotYetValid { certificate, not_before, at, days, anchor: true } => x(
            format!("你的根证书“{certificate}”在 {} 之前无效", not_before.to_human()),
            Text::plain(format!("你的根证书“{certificate}”从 {} 起才生效，比检查时间（{}）晚 {days} 天。在此之前，会检查根证书自身有效期的客户端会拒绝这条证书链；rustls 只使用根证书的名称和公钥，不会拒绝。这通常说明某处时钟有误：创建根证书的机器的，或客户端的。", not_before.to_human(), at.to_human())),
            fill("先检查时钟（运行 `date -u`；用 `timedatectl set-ntp true` 启用 NTP）。如果时钟正确，请以当前时间为起始日期重新创建根证书，并在所有信任旧根证书的地方安装它。", &[]),
        ),
        K::CertNotYetValid { certificate, not_before, at, days, .. } => x(
            format!("证书“{certificate}”在 {} 之前无效", not_before.to_human()),
            Text::plain(format!("“{certificate}”从 {} 起才生效，比检查时间（{}）晚 {days} 天。在此之前客户端会拒绝它（浏览器：NET::ERR_CERT_DATE_INVALID；OpenSSL：“certificate is not yet valid”）。这通常说明某处时钟有误：服务器的、签发时 CA 的，或客户端的。", not_before.to_human(), at.to_human())),
            fill("先检查时钟（在服务器和客户端上运行 `date -u`；用 `timedatectl set-ntp true` 启用 NTP）。如果时钟正确，请在新证书生效前继续使用旧证书，或请 CA 以当前时间为起始日期重新签发。", &[]),
        ),
        K::CertExpiringSoon { certificate, not_after, at, days, warn_days, ca_bundle: _ } => x(
            format!("证书“{certificate}”将在 {days} 天后过期"),
            Text::plain(format!("“{certificate}”的有效期截至 {}，距 {} 还有 {days} 天，已进入 {warn_days} 天的预警期。过期后所有客户端都会拒绝它。", not_after.to_human(), at.to_human())),
            fill("现在就续期“{certificate}”并安装新证书及其证书链（`certbot renew`，或向 CA 申请新证书）。请设置自动续期，确保至少在过期前 {warn} 天完成，并加以监控（每日运行 `certdoctor check fullchain.pem --warn-days {warn} --json`，查找此代码）。", &[("certificate", text(certificate)), ("warn", number(*warn_days))]),
        ),
        K::CertValidityTooLong { certificate, days, limit: 398, not_before, not_after } => x(
            format!("“{certificate}”有效期为 {days} 天，超过 398 天"),
            Text::plain(format!("“{certificate}”的有效期从 {} 到 {}，共 {days} 天。自 2020 年 9 月 1 日起，Safari 等 Apple 客户端和 Chrome 会拒绝有效期超过 398 天的公开信任 TLS 证书。", not_before.to_human(), not_after.to_human())),
            Text::plain("请重新签发有效期不超过 398 天的证书（公共 CA 默认如此，ACME 客户端使用 90 天），并设置自动续期。"),
        ),
        K::CertValidityTooLong { certificate, days, limit, not_before, not_after } => x(
            format!("“{certificate}”有效期为 {days} 天，超过 Apple 允许的 {limit} 天"),
            Text::plain(format!("“{certificate}”的有效期从 {} 到 {}，共 {days} 天。对于 2019 年 7 月 1 日以后签发、有效期超过 {limit} 天的 TLS 服务器证书，Apple 平台（iOS、iPadOS、macOS 及其上的所有应用）一律拒绝，无论根证书是谁，包括你自己的 CA。", not_before.to_human(), not_after.to_human())),
            fill("重新签发有效期不超过 {limit} 天的证书（使用 openssl 时用 `-days 825` 或更短），并在到期前续期。", &[("limit", number(*limit))]),
        ),
        other => super::unreachable(other),
    }
}

/// certdoctor 离线找到的缺失签发者，作为一句话。
fn found_offline(missing_issuer: &str, supplied: &Option<Supplied>) -> String {
    match supplied {
        Some(supplied) => format!(
            "certdoctor 已离线在公共中间证书集（{}）中找到“{missing_issuer}”，有效期至 {}，其签名已验证；修正后的证书包已包含它。",
            supplied.source,
            supplied.not_after.to_human()
        ),
        None => String::new(),
    }
}

/// 证书包类问题的修复：PEM 和 DER 文件用 `sequence`；容器文件则用修正后的证书包重建。
fn in_container(container: Option<Container>, controls: &Controls, sequence: Text) -> Text {
    match container {
        None => sequence,
        Some(container) => Text::plain("用修正后的证书包重建该文件，其中只包含应有的证书")
            .then(rebuild(container, controls, false)),
    }
}

/// 如何用修正后的证书包（保存为 fullchain.pem）重建容器文件。顺序无关紧要：
/// 接受 .p7b、.pfx 或密钥库的服务器会自行排列证书链。
fn rebuild(container: Container, controls: &Controls, append_intermediate: bool) -> Text {
    let command = match container {
        Container::Pkcs7 => "`openssl crl2pkcs7 -nocrl -certfile fullchain.pem -out chain.p7b`，然后在原来的位置安装新的 .p7b",
        Container::Pkcs12 => "`openssl pkcs12 -export -in fullchain.pem -inkey key.pem -out site.pfx`（在 Windows 上导出时勾选“如果可能，包括证书路径中的所有证书”），然后在原来的位置导入新的 .pfx（IIS、Azure、Tomcat）",
        Container::Jks | Container::Jceks => "`keytool -importcert -alias ALIAS -file fullchain.pem -keystore KEYSTORE`，替换与私钥一起存放的证书链（`keytool -list -keystore KEYSTORE` 可查看其别名）",
    };
    let appended = if append_intermediate { "，并在末尾追加该中间证书" } else { "" };
    fill(
        &format!("。把修正后的证书包（{{control}}）保存为 fullchain.pem{appended}，然后重建 {{container}} 文件：{command}。{{container}} 文件中的证书顺序无关紧要。"),
        &[("control", text(controls.fixed_bundle)), ("container", text(container.name()))],
    )
}

pub(super) fn trust(_words: &Chinese, kind: &FindingKind, controls: &Controls) -> Explanation {
    use FindingKind as K;
    match kind {
        K::SignatureUnverifiable { signed, signer, algorithm } => x(
            format!("“{signed}”上的签名无法验证"),
            Text::plain(format!("“{signed}”声明其签发者是“{signer}”，签名算法为 {algorithm}，certdoctor 无法验证这种算法。未经验证的签名不能证明任何事——证书可能是伪造的——因此不为这条证书链作保证。主流客户端（浏览器、OpenSSL、Go、Java、rustls）同样不接受这种算法，会拒绝这条证书链。")),
            fill("请用标准签名重新签发该证书：RSA（PKCS#1 v1.5 或 PSS）或 ECDSA，配合 SHA-256/384/512，或 Ed25519。`openssl x509 -in cert.pem -noout -text` 可查看签名算法。", &[]),
        ),
        K::SecondOpinionRejected { leaf, error } => x(
            format!("rustls-webpki 拒绝了“{leaf}”的证书链（{error}）"),
            Text::plain(format!("rustls-webpki 是 rustls 内部的验证器（许多 Rust 程序、使用 rustls 的 curl 和嵌入式客户端都依赖它），它以错误 {error} 拒绝了这条证书链，而 certdoctor 自己的检查都无法解释原因。在找到原因之前，基于 rustls 的客户端都会失败。")),
            Text::plain("请在 rustls-webpki 的文档（docs.rs/rustls-webpki，Error 枚举）中查找该错误，并修正它所涉及的证书；如果 certdoctor 本应自己发现原因，请报告这条证书链。"),
        ),
        K::SecondOpinionDiverges { leaf, error } => second_opinion_diverges(leaf, error),
        K::SignatureInvalid { signed, signer } => x(
            format!("“{signed}”上的签名验证失败"),
            Text::plain(format!("“{signed}”声明其签发者是“{signer}”，但用该证书的公钥无法验证其签名。证书可能被修改过，或者“{signer}”是另一张同名证书（例如重新签发的 CA）。所有客户端都会拒绝这条证书链。")),
            fill("请从签发此证书的 CA 获取签发者证书（证书中的 AIA caIssuers 地址或 CA 的下载页面），不要使用名称相似的其他来源。`openssl verify -CAfile issuer.pem cert.pem` 可检查单个环节。", &[]),
        ),
        K::SignatureWeakAlgorithm { certificate, algorithm } => x(
            format!("“{certificate}”使用 {algorithm} 签名"),
            Text::plain(format!("“{certificate}”使用 {algorithm} 签名。SHA-1 和 MD5 的碰撞可以被计算出来，因此浏览器、Java、安全级别 1 以上的 OpenSSL 和 Windows 都会拒绝根证书以下的此类签名。")),
            Text::plain("请让 CA 用 SHA-256（或更强）的签名重新签发该证书（或中间证书），当前所有 CA 默认如此。"),
        ),
        K::TrustStoreMissing { .. } => super::clients::trust_store_missing(kind, controls).unwrap_or_else(|| super::unreachable(kind)),
        K::TrustDistrustedAfter { .. } => super::clients::trust_distrusted_after(kind).unwrap_or_else(|| super::unreachable(kind)),
        K::TrustUntrustedRoot { root, leaf } => x(
            format!("“{leaf}”的证书链止于不受信任的“{root}”"),
            Text::plain(format!("从“{leaf}”出发的路径止于自签名根证书“{root}”，它不在检查的任何平台根证书库中，也没有作为根证书提供。没有安装该根证书的客户端会拒绝此证书（“self-signed certificate in certificate chain”）。")),
            Text::plain(format!("如果这是你自己的 CA，请在所有客户端上安装它的根证书（并在此把它作为你的根证书检查：{}）。公开网站请改用公开受信任的 CA（例如 Let's Encrypt）签发的证书。", controls.root)),
        ),
        K::TrustSelfSigned { certificate } => x(
            format!("“{certificate}”是自签名证书"),
            Text::plain(format!("“{certificate}”由自己签名，且不是受信任的根证书。浏览器显示 NET::ERR_CERT_AUTHORITY_INVALID；curl 和 OpenSSL 提示“self-signed certificate”。")),
            fill("公开网站请换成公共 CA 签发的证书（Let's Encrypt：`certbot --nginx -d 主机`）。内部使用请由你自己的 CA 签发，并在客户端安装该 CA 的根证书。", &[]),
        ),
        K::IssuerNotCa { issuer, issued, basic_constraints_ca, key_cert_sign } => x(
            format!("“{issuer}”无权签发证书"),
            Text::plain(format!(
                "“{issued}”由“{issuer}”签名，但“{issuer}”{}。客户端会拒绝这条证书链（OpenSSL：“invalid CA certificate”）。",
                match (basic_constraints_ca, key_cert_sign) {
                    (false, true) => "不是 CA（其 basicConstraints 没有 CA:TRUE）",
                    (true, false) => "的 keyUsage 中没有 keyCertSign",
                    _ => "不是 CA，且其 keyUsage 中没有 keyCertSign",
                }
            )),
            fill("签发者必须是真正的 CA 证书。如果这是你自己建的 CA，请用 `-addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign` 重新创建，然后重新签发其下的证书。", &[]),
        ),
        K::PathLengthExceeded { issuer, limit, below, anchor: true } => x(
            format!("根证书“{issuer}”之下的 CA 层级过多"),
            Text::plain(format!("你的根证书“{issuer}”最多允许其下有 {limit} 级中间 CA（pathLenConstraint），但这条路径有 {below} 级。会检查根证书自身约束的客户端——OpenSSL（因此还有 curl 和 Python）、Go 和 Firefox——会拒绝这条证书链；只使用根证书名称和公钥的客户端（rustls、Java）会接受。")),
            Text::plain(format!("请由“{issuer}”之下不超过 {limit} 级的 CA 签发叶证书，或以更大的 pathlen（或不设 pathlen）重新创建根证书并重新分发。")),
        ),
        K::PathLengthExceeded { issuer, limit, below, .. } => x(
            format!("“{issuer}”之下的 CA 层级过多"),
            Text::plain(format!("“{issuer}”最多允许其下有 {limit} 级中间 CA（pathLenConstraint），但这条路径有 {below} 级。客户端会拒绝这条证书链。")),
            Text::plain(format!("请由“{issuer}”之下不超过 {limit} 级的 CA 签发叶证书，或以更大的 pathlen 重新签发 CA 层级。")),
        ),
        K::ChainTooLong { leaf, intermediates, limit } => x(
            format!("“{leaf}”的证书链超过客户端允许的长度"),
            fill("从“{leaf}”到根证书的路径经过 {intermediates} 级中间 CA（不计自签发的换钥证书），但当前的验证深度只允许 {limit} 级。有此限制的客户端会停止构建路径并拒绝证书链：OpenSSL 超过 `-verify_depth`、nginx 超过 `ssl_verify_depth`、rustls 超过六级中间证书时都会如此。", &[("leaf", text(leaf)), ("intermediates", number(*intermediates)), ("limit", number(*limit))]),
            fill("请向层级更短的 CA 申请证书（根证书之下最多 {limit} 级中间证书），或提高客户端的限制（`openssl verify -verify_depth {intermediates}`，nginx `ssl_verify_depth {depth};`）。", &[("limit", number(*limit)), ("intermediates", number(*intermediates)), ("depth", number(intermediates.saturating_add(1)))]),
        ),
        K::EkuServerAuthMissing { certificate, is_leaf, usages } => x(
            format!("“{certificate}”不能用于 TLS 服务器"),
            Text::plain(format!("{}“{certificate}”的扩展密钥用法只允许 {}，不包括 serverAuth。浏览器、Go、Windows 和 OpenSSL（指定用途时）会拒绝将其用于 TLS 服务器。", if *is_leaf { "叶证书" } else { "中间证书" }, usages.iter().map(|usage| usage.name()).collect::<Vec<_>>().join("、"))),
            fill("请使用为 TLS 服务器签发的证书（extendedKeyUsage 含 serverAuth）；自建 CA 可用 `-addext extendedKeyUsage=serverAuth`。", &[]),
        ),
        other => super::unreachable(other),
    }
}

pub(super) fn rules(words: &Chinese, kind: &FindingKind, controls: &Controls) -> Explanation {
    use FindingKind as K;
    match kind {
        K::CertCriticalExtensionUnknown { certificate, extension, anchor: true } => x(
            format!("你的根证书“{certificate}”含有客户端不认识的关键扩展"),
            Text::plain(format!("你的根证书“{certificate}”带有标记为关键（critical）的扩展 {extension}。RFC 5280 要求客户端拒绝含有其无法理解的关键扩展的证书，会检查根证书自身扩展的客户端都会拒绝（OpenSSL 报告验证错误 34）；rustls 只使用根证书的名称和公钥，不会拒绝。")),
            Text::plain("请重新创建根证书，去掉该扩展或将其标记为非关键，并在所有信任旧根证书的地方安装它。"),
        ),
        K::CertCriticalExtensionUnknown { certificate, extension, .. } => x(
            format!("“{certificate}”含有客户端不认识的关键扩展"),
            Text::plain(format!("“{certificate}”带有标记为关键（critical）的扩展 {extension}。RFC 5280 要求客户端拒绝含有其无法理解的关键扩展的证书，浏览器、Go、rustls 和 OpenSSL 都会拒绝。")),
            Text::plain("请重新签发证书，去掉该扩展或将其标记为非关键。"),
        ),
        K::NameConstraintsViolated { certificate, issuer, violation } => x(
            format!("“{certificate}”违反了“{issuer}”的名称约束"),
            Text::plain(format!("“{issuer}”只能为特定名称签发证书，而“{certificate}”不符合：{}。{}", words.violation(violation), match violation {
                Violation::OnEndEntity => "验证器把 CA 的约束应用于它签发的证书，而把叶证书自身的约束视为无效，因此没有客户端会因此拒绝这条证书链。",
                Violation::Malformed { constraint } if constraint.is_leading_period() => "OpenSSL、Go、Chrome、Firefox 和 rustls 把开头的句点理解为“仅限子域名”，会接受这条名称符合该含义的证书链；pyca/cryptography 和严格的 RFC 5280 验证器拒绝这种写法。",
                Violation::CommonName { .. } => "OpenSSL（curl、Python、Node）因此拒绝这条证书链；浏览器、Go 和 rustls 忽略通用名（并因证书缺少 subjectAltName 而拒绝它）。",
                Violation::Malformed { constraint: MalformedConstraint::NoSubtrees } => "Chrome 和 Go 拒绝这样的 CA；OpenSSL 和 rustls 接受它。",
                _ => "浏览器、Go、rustls 和 OpenSSL 都会拒绝这条证书链。",
            })),
            fill("请由名称约束允许其名称的 CA 签发该证书，或请“{issuer}”的所有者放宽约束。`openssl x509 -in CA.pem -noout -ext nameConstraints` 可查看约束。", &[("issuer", text(issuer))]),
        ),
        K::CertRevoked { certificate, serial, date, crl_issuer } => x(
            format!("“{certificate}”已被吊销"),
            Text::plain(format!("“{crl_issuer}”的 CRL 将序列号 {serial}（“{certificate}”）列为自 {} 起吊销。检查吊销状态的客户端（Windows、macOS、启用 OCSP/CRLite 的 Firefox、开启吊销检查的 Java）会拒绝它。", date.to_human())),
            Text::plain("请申请新证书（如果旧私钥可能已泄露，请同时更换私钥），安装新证书及其证书链，然后重新加载服务器。"),
        ),
        // 部分客户端没有实现的算法和用途：规则本身的说明会指出它们和修复方法。
        K::CertProfileViolation { certificate, rule } if rule.client_support_only() => x(
            format!("“{certificate}”使用了并非所有客户端都实现的内容（{}）", rule.id()),
            Text::plain(format!("在“{certificate}”中：{}。", words.rule(rule))),
            fill("请按上面所说让 CA 重新签发该证书；如果是你自己的 CA，请更换密钥或签名选项后重新签发。拒绝它的客户端列在下方。", &[]),
        ),
        K::CertProfileViolation { certificate, rule } => {
            let private = if rule.enforced_under_any_root() {
                format!("这条规则由基线要求为公开信任的证书而定，仅按 RFC 5280 规则（{}）是允许的，但下方列出的客户端在任何根证书下都会拒绝它，包括你自己的 CA 和自签名证书。", controls.rfc5280)
            } else if rule.web_pki_only() {
                format!("这条规则只约束公开信任的证书：如果证书链来自你自己的私有 CA，请把该 CA 作为你的根证书提供（{}），或选择 RFC 5280 规则（{}），它将只按 RFC 5280 判断。", controls.root, controls.rfc5280)
            } else {
                String::new()
            };
            x(
                format!("“{certificate}”的编码不符合证书规范（{}）", rule.id()),
                Text::plain(format!("在“{certificate}”中：{}。各客户端对这类规则的处理不同——严格的实现（启用 OpenSSL 严格模式的 Python 3.13+、pyca/cryptography、rustls、Go 的 crypto/x509，以及浏览器对公开信任证书的检查）会拒绝宽松实现接受的证书，因此同一条证书链可能在一个客户端中可用，却在另一个中失败；拒绝这张证书的客户端列在下方。", words.rule(rule))),
                fill("请让 CA 重新签发该证书；上述规则来自 RFC 5280 或 CA/浏览器论坛基线要求。如果是你自己的 CA，请修正其证书配置（openssl 的 `-addext` 选项或配置文件中的扩展部分）后重新签发。", &[]).then(Text::plain(private)),
            )
        }
        other => super::unreachable(other),
    }
}

/// rustls-webpki refusing, for a reason of its own, a chain RFC 5280 accepts.
fn second_opinion_diverges(leaf: &str, error: &str) -> Explanation {
    let (why, fix) = match error {
        "InvalidSignatureForPublicKey" => ("它自己构建路径，不会像 RFC 5280 允许的那样经过自签发证书（以同一名称更换密钥的 CA），于是用错误的密钥去检查某个签名——而 certdoctor 构建的路径上的每个签名都能验证", "如果必须让 rustls 客户端连接，请把自签发（更换密钥）的证书从证书包中去掉，让路径只经过 CA 的当前证书。"),
        "NameConstraintViolation" => ("它不评估 directoryName 名称约束，会拒绝带有这种约束的 CA 之下的所有证书链，尽管这里的名称符合约束", "如果必须让 rustls 客户端连接，请由 nameConstraints 中没有 directoryName 子树的 CA 签发（DNS 和 IP 子树没有问题）。"),
        "MaximumPathBuildCallsExceeded" => ("它在固定次数的路径构建步骤后就会停止，而提供的证书中同名的候选者超过了这个次数", "只发送路径需要的中间证书：下面修正后的证书包就是这些。"),
        _ => ("它自己的某条规则", "请在 rustls-webpki 的文档（docs.rs/rustls-webpki，Error 枚举）中查找该错误。"),
    };
    x(
        format!("rustls 拒绝了“{leaf}”的证书链（{error}）"),
        Text::plain(format!("rustls-webpki 是 rustls 内部的验证器（许多 Rust 程序、使用 rustls 的 curl 和嵌入式客户端都依赖它），它以 {error} 拒绝了这条证书链，原因是{why}。RFC 5280 接受这条证书链，其他客户端也接受；基于 rustls 的客户端会失败。")),
        Text::plain(fix),
    )
}
