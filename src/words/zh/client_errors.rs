//! 客户端报的错误（简体中文）：识别出的错误信息、该客户端在抱怨什么，以及它与证书链的关系。

use crate::client_error::{Details, ErrorClient, Family};
use crate::finding::{Code, FindingKind};
use crate::words::template::{fill, host, text};
use crate::words::{Controls, Explanation, Text, Words};

fn x(title: impl Into<String>, explanation: Text, fix: Text) -> Explanation {
    Explanation { title: title.into(), explanation, fix }
}

/// What a line means beyond its family, where its details say (a legacy
/// PKCS#12 file, keytool's reply, a Windows key out of reach, a client
/// certificate not sent): the title, the meaning and the fix.
fn what_it_is(details: &Details) -> Option<(&'static str, &'static str, Text)> {
    if details.legacy_pkcs12 {
        Some((
            "未加载 PKCS#12 文件使用的旧加密算法",
            "这个 PKCS#12 文件使用 RC2-40 或 RC4 加密，较早的导出工具都这样做（OpenSSL 1.x、Windows、Java 8 以及许多设备）：OpenSSL 3 不加载旧算法提供程序就不再支持这些算法，因此无论密码是什么都会失败。问题不在密码。",
            fill("用旧算法提供程序打开它，再用当前的加密方式重新导出：`openssl pkcs12 -legacy -in old.p12 -nodes -out all.pem`，然后 `openssl pkcs12 -export -in all.pem -out new.p12`（OpenSSL 3 使用 AES-256 加密和 SHA-256 MAC）。完成后删除 all.pem：其中的私钥未加密。也可以改为向程序提供 PEM 格式的证书和私钥，而不是 PKCS#12 文件。certdoctor 可以直接读取旧文件。", &[]),
        ))
    } else if details.keytool_reply {
        Some((
            "CA 的回复证书无法链接到密钥库信任的证书",
            "用 keytool -importcert 导入签发好的证书（CA 的回复）时，需要从它出发找到一条通向密钥库或 Java cacerts 中已有证书的路径，而它的中间证书（私有 CA 还包括根证书）两处都没有。这与服务器无关。",
            fill("先导入 CA 的证书，每个用单独的别名，根证书在前、中间证书在后（`keytool -importcert -keystore server.jks -alias root -file root.pem`，然后用 `-alias intermediate -file intermediate.pem` 同样导入），再用私钥的别名重新导入回复证书。也可以一次导入整条链：`openssl crl2pkcs7 -nocrl -certfile fullchain.pem -out chain.p7b`，然后 `keytool -importcert -keystore server.jks -alias KEYALIAS -file chain.p7b`。", &[]),
        ))
    } else if details.key_unreachable {
        Some((
            "证书的私钥缺失或无法访问",
            "Windows 找到了证书，却用不了它的私钥：导入时没有带上私钥（导入的是 .cer 或 .crt 文件，而不是 .pfx 或 .p12），私钥在程序查找的存储或用户配置文件之外，或者程序运行所用的账户无权读取它。问题不在证书链。",
            fill("从 PKCS#12 文件把证书连同私钥导入计算机的证书存储（`certutil -importPFX site.pfx`，或在 PowerShell 中 `Import-PfxCertificate -FilePath site.pfx -CertStoreLocation Cert:\\LocalMachine\\My`），确认 certlm.msc 显示“您有一个与该证书对应的私钥”，并让程序的账户可以读取私钥（certlm.msc → 该证书 → 所有任务 → 管理私钥）。可以用 `openssl pkcs12 -export -in fullchain.pem -inkey privkey.pem -out site.pfx` 从 PEM 文件生成 PKCS#12 文件。", &[]),
        ))
    } else if details.client_certificate_missing {
        Some((
            "客户端没有发送证书",
            "服务器要求客户端证书（双向 TLS），而客户端没有发送：客户端没有配置证书，或者它的证书的签发者不在服务器列出的可接受 CA 之中（客户端只会提供由列表中的 CA 签发的证书），或者两者之间有代理终止了 TLS。问题不在服务器自己的证书链。",
            fill("为客户端配置证书和私钥（curl：`curl --cert client.pem --key client.key https://HOST/`），查看服务器接受哪些 CA（`openssl s_client -connect HOST:443 -servername HOST </dev/null` 的输出会列出可接受的客户端证书 CA），并让这个列表包含签发客户端证书的 CA（nginx：`ssl_client_certificate`；Apache：`SSLCACertificateFile`）。可以在这里检查客户端的证书和私钥。", &[]),
        ))
    } else {
        None
    }
}

pub(super) fn explain(kind: &FindingKind, controls: &Controls) -> Option<Explanation> {
    Some(match kind {
        FindingKind::ClientError { client, family, details, line, text, explained_by } => {
            let (mut title, meaning) = family_words(*family);
            let special = what_it_is(details);
            if let Some((special_title, _, _)) = &special {
                title = special_title;
            }
            let meaning = match &details.distrusted_after {
                Some(day) => format!("它的根证书计划不再信任这个根证书在 {day} 之后签发的证书（此前签发的在到期前仍可用），而服务器的证书签发得更晚：在同一根证书下续期无济于事。"),
                None => match &special {
                    Some((_, special_meaning, _)) => special_meaning.to_string(),
                    None => meaning.to_string(),
                },
            };
            // A space between a Latin name and the Chinese after it ("Java 在第"),
            // as everywhere else in these words; none after a Chinese one.
            let name = client_name(*client);
            let gap = if name.ends_with(|c: char| c.is_ascii_alphanumeric()) { " " } else { "" };
            let mut explanation = format!("{name}{gap}在第 {line} 行报告：“{text}”。{meaning}{}", details_sentence(details));
            let fix = if !explained_by.is_empty() {
                let causes: Vec<&str> = explained_by.iter().map(|code| cause(*code)).collect();
                explanation.push_str(&format!("在你粘贴的内容中，certdoctor 找到了原因：{}。", causes.join("；")));
                Text::plain("按下面的发现逐一修复，这个错误就会消失。")
            } else if let Some((_, _, special_fix)) = special {
                special_fix
            } else if details.distrusted_after.is_some() {
                Text::plain("向根证书受该客户端无限制信任的 CA 申请证书，连同该 CA 的中间证书一起提供，并在这里检查新的证书链。")
            } else if family.about_the_chain() {
                explanation.push_str(&format!("你粘贴的内容无法解释它。这种错误的其他常见原因有：{}。", other_causes(*family)));
                settle(details)
            } else {
                not_the_chain(*family, controls)
            };
            x(format!("{}：{title}", client_name(*client)), Text::plain(explanation), fix)
        }
        FindingKind::ClientErrorUnrecognised { input, line, text } => {
            let input = super::Chinese.input_name(input);
            x(
                format!("certdoctor 还不认识的错误（{input} 第 {line} 行）"),
                Text::plain(format!("“{text}”看起来像 TLS 错误，但 certdoctor 不认识它，因此无法说明该客户端的意思。你粘贴的其他内容仍照常分析如下。")),
                fill("粘贴服务器实际发送的证书（即 `openssl s_client -connect HOST:443 -servername HOST -showcerts </dev/null` 的输出），再查看下面的发现。", &[]),
            )
        }
        FindingKind::ClientTranscript { verify_code, verify_text, protocol, cipher, no_peer_certificate, chain, showcerts, pasted, agrees } => {
            let result = match (verify_code, verify_text) {
                (Some(0), _) => "验证成功（0）".to_string(),
                (Some(code), Some(text)) => format!("验证失败，错误 {code}（{text}）"),
                (Some(code), None) => format!("验证失败，错误 {code}"),
                (None, _) => "没有验证结果".to_string(),
            };
            let mut explanation = format!(
                "s_client {}{}建立了连接，报告{result}。",
                protocol.as_ref().map(|protocol| format!("使用 {protocol} ")).unwrap_or_default(),
                cipher.as_ref().map(|cipher| format!("（{cipher}）")).unwrap_or_default()
            );
            if *no_peer_certificate {
                explanation.push_str("服务器根本没有发送证书：握手在此之前就失败了（版本或加密套件不匹配），或者该端口不是 TLS。");
            } else if !chain.is_empty() {
                explanation.push_str(&format!("服务器发送了 {} 张证书：{}。", chain.len(), chain.join(" → ")));
            }
            match agrees {
                Some(true) => explanation.push_str(&format!("记录中的 {pasted} 张证书正是这条证书链，下面对它们进行了分析。")),
                Some(false) => explanation.push_str(&format!("与它一起粘贴的 {pasted} 张证书并不是 s_client 列出的那条链：服务器发送的可能是另一条链，或者这份记录来自另一台主机。")),
                None => {}
            }
            if !showcerts && chain.len() > 1 {
                explanation.push_str("没有 -showcerts 时，记录中只有服务器自己的证书。");
            }
            let fix = if !showcerts && chain.len() > 1 {
                fill("用 `-showcerts` 重新运行 s_client（`openssl s_client -connect HOST:443 -servername HOST -showcerts </dev/null`）并粘贴全部输出，这样就能检查整条证书链。", &[])
            } else {
                Text::plain("按下面的发现修复后再次运行 s_client：“Verify return code: 0 (ok)”表示它信任这条证书链。")
            };
            x(format!("openssl s_client：{result}"), Text::plain(explanation), fix)
        }
        _ => return None,
    })
}

fn details_sentence(details: &Details) -> String {
    let mut parts = Vec::new();
    if let Some(host) = &details.host {
        parts.push(format!("主机为 {host}"));
    }
    if !details.names.is_empty() {
        parts.push(format!("它收到的证书适用于 {}", details.names.join("、")));
    }
    if let Some(depth) = details.depth {
        parts.push(format!("错误涉及深度 {depth} 处的证书（0 是服务器自己的证书）"));
    }
    if let Some(number) = details.openssl_error {
        parts.push(format!("OpenSSL 验证错误号 {number}"));
    }
    if parts.is_empty() {
        String::new()
    } else {
        format!("此处{}。", parts.join("；"))
    }
}

/// 查看服务器实际发送的证书链的命令。
fn settle(details: &Details) -> Text {
    match &details.host {
        Some(name) => fill(
            "查看服务器实际发送的证书链并在此检查：`openssl s_client -connect {host}:443 -servername {host} -showcerts </dev/null`。",
            &[("host", host(name))],
        ),
        None => fill("查看服务器实际发送的证书链并在此检查：`openssl s_client -connect HOST:443 -servername HOST -showcerts </dev/null`。", &[]),
    }
}

/// 与服务器证书链无关的错误该怎么处理。
fn not_the_chain(family: Family, controls: &Controls) -> Text {
    match family {
        Family::Password => fill("提供密码（{control}）；服务器在启动时读取加密私钥也需要密码（nginx `ssl_password_file`），或者先解密一次私钥：`openssl pkey -in key.pem -out key-plain.pem`。", &[("control", text(controls.password))]),
        Family::KeyMismatch => fill("把证书文件和私钥粘贴到这里：key-mismatch 会说明私钥属于哪张证书，chain-out-of-order 会说明文件是否以服务器自己的证书开头。也可以手动比较 `openssl x509 -noout -pubkey -in cert.pem` 与 `openssl pkey -pubout -in key.pem` 的输出。", &[]),
        Family::PemSyntax => fill("把该文件粘贴到这里，certdoctor 会说明其中的内容。DER 证书可用 `openssl x509 -inform DER -in cert.der -out cert.pem` 转成 PEM；并检查服务器配置中的路径。", &[]),
        Family::RevocationUnavailable => fill("让客户端能访问证书中列出的 CRL 和 OCSP 地址（代理和防火墙规则）。对于未列出这些地址的私有 CA，在 Windows 客户端上为其放宽吊销检查（curl：`--ssl-no-revoke`）；在 Java 中，若是应用开启了吊销检查，可用 `-Dcom.sun.net.ssl.checkRevocation=false` 关闭。", &[]),
        Family::CaBundleConfig => fill("让客户端指向一个存在的 CA 证书包（curl `--cacert`、`SSL_CERT_FILE`、`REQUESTS_CA_BUNDLE`、`NODE_EXTRA_CA_CERTS`），或安装系统的证书包（`apt-get install ca-certificates`）。", &[]),
        _ => fill("检查双方允许的 TLS 版本和加密套件（nginx `ssl_protocols` 和 `ssl_ciphers`、Apache `SSLProtocol`、客户端的最低版本），并把服务器证书粘贴到这里，看它的密钥是否是客户端实现的算法。“wrong version number”或“first record does not look like a TLS handshake”通常表示该端口说的是明文 HTTP，或者是代理在应答：检查 URL 的协议和端口。", &[]),
    }
}

/// 错误类别的标题，以及客户端在抱怨什么。
pub(super) fn family_words(family: Family) -> (&'static str, &'static str) {
    use Family as F;
    match family {
        F::UnknownIssuer => ("证书不受信任", "它无法从服务器证书构建出一条通向其信任的根证书的路径：服务器没有发送中间证书，根证书是客户端没有的私有根证书，或者中间有东西（TLS 检查代理或杀毒软件）重新签发了连接。"),
        F::MissingIntermediate => ("证书链缺少中间证书", "它收到了服务器证书，却没有收到把它连到根证书的中间证书：服务器发送的证书链不完整。浏览器往往会自己获取中间证书而掩盖这个问题。"),
        F::SelfSigned => ("证书是自签名的", "服务器证书由它自己签名，而客户端不信任它。"),
        F::Expired => ("有证书已过期", "证书链中的某张证书（不一定是服务器自己的）已过了有效期，或者客户端的时钟不对。"),
        F::NotYetValid => ("有证书尚未生效", "证书链中的某张证书从未来才开始生效，或者客户端或服务器的时钟不对。"),
        F::Hostname => ("证书属于另一个名称", "证书没有覆盖客户端所连接的名称或 IP 地址。"),
        F::WeakSignature => ("签名算法被拒绝", "证书链中的某张证书使用了客户端拒绝的签名算法——SHA-1 或 MD5——或客户端没有实现的算法（浏览器中的 Ed25519、Ed448、参数不常见的 RSASSA-PSS）。"),
        F::WeakKey => ("密钥太短", "某张证书的密钥对该客户端来说太短（RSA 少于 2048 位，或曲线太小）。"),
        F::Signature => ("签名验证失败", "证书链中的某个签名验证失败：证书被篡改过，或者出示的签发者是另一张同名证书。"),
        F::CaFlag => ("证书无权充当 CA", "充当 CA 的证书没有这个权限（没有 basicConstraints CA:TRUE 或没有 keyCertSign），或者把 CA 证书用作了服务器证书。"),
        F::Pathlen => ("超出路径长度限制", "某个 CA 允许其下的 CA 数量（pathLenConstraint）少于证书链实际的数量。"),
        F::Eku => ("证书不能用于 TLS 服务器", "某张证书的扩展密钥用法不允许 TLS 服务器认证（serverAuth）。"),
        F::NameConstraints => ("名称超出 CA 的约束", "证书链中的某个 CA 只能为特定名称签发证书，而该证书的名称超出了范围。"),
        F::CriticalExtension => ("存在未知的关键扩展", "某张证书带有客户端不理解的关键扩展，因此客户端必须拒绝它。"),
        F::ChainTooLong => ("证书链太长", "证书链的长度超过了客户端允许的验证深度。"),
        F::Revoked => ("证书已被吊销", "客户端得知该证书已被其 CA 吊销。"),
        F::ValidityTooLong => ("证书有效期太长", "证书的有效期超过了浏览器能接受的长度（公开信任的证书为 398 天）。"),
        F::ApplePolicy => ("Apple 的策略拒绝该证书", "Apple 的 TLS 策略拒绝它：有效期超过 825 天、没有 serverAuth 扩展密钥用法、没有 subjectAltName、RSA 密钥少于 2048 位，或使用 SHA-1 签名。"),
        F::CertInvalid => ("证书违反了证书编码规则", "客户端因证书违反其关于证书应如何构成的某条规则（字段格式错误、缺失、关键性标记不当或不被允许）而拒绝它——Chrome 自己的规则、OpenSSL 的严格检查（Python 3.13+ 默认开启）、Go 的解析器——即使证书链完整且受信任。"),
        F::KeyMismatch => ("私钥与证书不匹配", "服务器启动时发现私钥不属于它最先加载的那张证书——常见原因是文件不是以服务器自己的证书开头。"),
        F::PemSyntax => ("文件不是预期的 PEM", "某个文件不是预期类型的 PEM：它可能是 DER、把私钥放在了证书的位置（或相反）、证书请求、空文件，或者路径错误。"),
        F::Password => ("缺少密码或密码错误", "加密的私钥或密钥库需要密码，但没有提供或提供的密码错误。"),
        F::PeerRejectedOurCert => ("对方拒绝了我方证书", "这是服务器日志：对方用 TLS 告警（未知 CA、证书错误、已过期）拒绝了*我方*的证书——可能是服务器自己的证书链，也可能是双向 TLS 中的客户端证书。"),
        F::RevocationUnavailable => ("无法检查吊销状态", "客户端无法得知证书是否已被吊销：CRL 或 OCSP 服务器无法访问或没有应答（Windows 的 Schannel、开启吊销检查的 Java，以及要求 OCSP 或收到装订的 OCSP 应答的 Firefox，会因此拒绝连接）。这并不表示证书已被吊销，而是网络或策略问题。"),
        F::CaBundleConfig => ("客户端的 CA 文件缺失", "客户端的 CA 文件或目录缺失或路径错误：它没有加载任何受信任的根证书。"),
        F::Protocol => ("握手在检查任何证书之前就失败了", "双方无法就 TLS 版本、加密套件或用服务器密钥签名的方式达成一致，或者该端口根本不是 TLS（明文 HTTP，或代理），或者有东西在握手期间关闭了连接（防火墙、代理或负载均衡器，或需要主机名（SNI）或客户端证书的服务器）。此时证书链还没有被检查；只有服务器密钥可能有关——当它是客户端没有实现的算法时。"),
    }
}

fn other_causes(family: Family) -> &'static str {
    use Family as F;
    match family {
        F::UnknownIssuer | F::MissingIntermediate | F::SelfSigned | F::PeerRejectedOurCert => "客户端自己的信任库缺少该根证书（旧系统、Java 的 cacerts、Python 的 certifi、没有 ca-certificates 的容器镜像），TLS 检查代理或杀毒软件用自己的 CA 重新签发了连接，或者服务器发送的证书链与粘贴的不同（SNI：应答的是默认虚拟主机）",
        F::Expired | F::NotYetValid => "客户端时钟错误，客户端旧信任库中的根证书或交叉签名已过期，或者服务器发送的是另一张（更旧的）证书",
        F::Hostname => "客户端使用了另一个名称或 IP 地址连接，服务器发送了别的网站的证书（SNI、默认虚拟主机），或者中间有代理",
        _ => "客户端的策略比这里检查的更严格，或者服务器发送的证书链与粘贴的不同",
    }
}

/// 用几个字说明某个发现的原因，用于与错误对应。
fn cause(code: Code) -> &'static str {
    use Code as C;
    match code {
        C::ChainIncomplete => "服务器没有发送中间证书（chain-incomplete）",
        C::TrustUntrustedRoot => "证书链止于任何信任库都不信任的根证书（trust-untrusted-root）",
        C::TrustSelfSigned => "服务器证书是自签名的（trust-self-signed）",
        C::TrustStoreMissing => "部分平台的信任库缺少该根证书（trust-store-missing）",
        C::TrustDistrustedAfter => "部分客户端不再信任该根证书在截止日之后签发的证书（trust-distrusted-after）",
        C::TrustInterception => "客户端和服务器之间有东西用自己的根证书重新签发了连接，而这个客户端不信任该根证书（trust-interception）",
        C::ChainRootIncluded => "服务器发送了根证书（chain-root-included）",
        C::SignatureInvalid => "证书链中的签名验证失败（signature-invalid）",
        C::SignatureUnverifiable => "有签名无法检查（signature-unverifiable）",
        C::CertExpired => "有证书已过期（cert-expired）",
        C::CertNotYetValid => "有证书尚未生效（cert-not-yet-valid）",
        C::NameMismatch => "证书没有覆盖该主机（name-mismatch）",
        C::NamePartialWildcard => "只有标签内部的通配符覆盖该主机（name-partial-wildcard）",
        C::NameAddressAsDnsName => "该地址在证书中只以 DNS 名称出现（name-address-as-dns-name）",
        C::NameTrailingDot => "只有带结尾点号的条目覆盖该主机（name-trailing-dot）",
        C::NameWildcardPublicSuffix => "只有位于公共后缀之上的通配符覆盖该主机（name-wildcard-public-suffix）",
        C::NameNoSan => "证书没有 subjectAltName（name-no-san）",
        C::SignatureWeakAlgorithm => "有证书使用 SHA-1 或 MD5 签名（signature-weak-algorithm）",
        C::KeyWeak => "有密钥太短（key-weak）",
        C::ChainUnrelatedCertificate => "证书包中有不在路径上的证书（chain-unrelated-certificate）",
        C::IssuerNotCa => "有签发者不是 CA（issuer-not-ca）",
        C::CertProfileViolation => "有证书违反客户端执行的规则，或使用了客户端没有实现的算法（cert-profile-violation）",
        C::PathLengthExceeded => "超出路径长度约束（path-length-exceeded）",
        C::EkuServerAuthMissing => "扩展密钥用法不包括 serverAuth（eku-server-auth-missing）",
        C::NameConstraintsViolated => "有名称违反 CA 的名称约束（name-constraints-violated）",
        C::CertCriticalExtensionUnknown => "有证书带有未知的关键扩展（cert-critical-extension-unknown）",
        C::ChainTooLong => "证书链超过允许的深度（chain-too-long）",
        C::CertRevoked => "有证书已被吊销（cert-revoked）",
        C::CertValidityTooLong => "叶证书有效期太长（cert-validity-too-long）",
        C::KeyMismatch => "私钥不属于该证书（key-mismatch）",
        C::ChainOutOfOrder => "文件不是以服务器自己的证书开头（chain-out-of-order）",
        C::PemMalformed => "有 PEM 块损坏（pem-malformed）",
        C::PasswordRequired => "需要密码（password-required）",
        C::PasswordIncorrect => "密码错误（password-incorrect）",
        C::InputUnrecognised => "有文件既不是证书也不是私钥（input-unrecognised）",
        C::InputCsrNotCertificate => "提供的是证书请求而不是证书（input-csr-not-certificate）",
        other => other.as_str(),
    }
}

pub(super) fn client_name(client: ErrorClient) -> &'static str {
    use ErrorClient as E;
    match client {
        E::OpensslCli => "openssl 命令",
        E::Openssl => "基于 OpenSSL 的客户端",
        E::Curl => "curl",
        E::Schannel => "Windows（Schannel）",
        E::Python => "Python",
        E::Node => "Node.js",
        E::Npm => "npm",
        E::Go => "Go",
        E::Docker => "Docker",
        E::Kubectl => "kubectl",
        E::Java => "Java",
        E::Android => "Android",
        E::OkHttp => "OkHttp",
        E::Dotnet => ".NET",
        E::Chrome => "Chrome",
        E::Edge => "Edge",
        E::Firefox => "Firefox",
        E::Apple => "Safari / Apple",
        E::Rustls => "rustls",
        E::Nginx => "nginx",
        E::Apache => "Apache httpd",
        E::Haproxy => "HAProxy",
        E::Git => "git",
        E::Wget => "wget",
        E::Postgresql => "PostgreSQL",
        E::Mysql => "MySQL",
        E::Php => "PHP",
        E::Ruby => "Ruby",
        E::Dart => "Dart / Flutter",
        E::Openvpn => "OpenVPN",
        E::Erlang => "Erlang/OTP (Elixir)",
        E::MbedTls => "mbed TLS",
        E::WolfSsl => "wolfSSL",
        E::Qt => "Qt",
        E::Subversion => "Subversion",
        E::GnuTls => "GnuTLS",
        E::Unity => "Unity",
        E::MiniProgram => "小程序（微信 wx.request、uni-app）",
        E::Unknown => "客户端",
    }
}
