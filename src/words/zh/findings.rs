//! 输入、密码和密钥方面的发现（简体中文）。

use super::details::spaced;
use super::Chinese;
use crate::finding::{FindingKind, KeyOwner, Limit, LooksLike, Skipped};
use crate::formats::pem::PemProblem;
use crate::words::template::{file, fill, text, url};
use crate::words::{Controls, Explanation, Text, Words};

fn x(title: impl Into<String>, explanation: Text, fix: Text) -> Explanation {
    Explanation { title: title.into(), explanation, fix }
}

fn at_line(line: Option<usize>) -> String {
    line.map(|line| format!("第 {line} 行")).unwrap_or_default()
}

pub(super) fn input(words: &Chinese, kind: &FindingKind, _controls: &Controls) -> Explanation {
    use FindingKind as K;
    // The input as this language names it (the paste, standard input).
    let named = words.input_name(kind.input_name().unwrap_or_default());
    let input: &str = &named;
    match kind {
        K::InputUnrecognised { bytes, looks_like, .. } => input_unrecognised(input, *bytes, looks_like),
        K::PemMalformed { line, problem, .. } => pem_malformed(input, *line, problem),
        K::CertUnparseable { line, error, .. } => x(
            format!("{input} 中有一张证书无法读取"),
            Text::plain(format!("{input} 中{}的证书不是有效的 X.509 证书：{}。TLS 客户端会拒绝它。", at_line(*line), words.format_error(error))),
            fill("请从签发处重新获取证书（CA 的下载页面，或 ACME 客户端的输出目录），并用 `openssl x509 -in 文件 -noout -text` 检查。", &[]),
        ),
        K::InputLimitExceeded { limit, maximum, skipped } => limit_exceeded(*limit, *maximum, skipped, input),
        K::InputUnparseable { line, structure, error, .. } => {
            let what = spaced(super::details::structure(*structure));
            x(
                format!("{input} 中的{what}无法读取"),
                Text::plain(format!("{input} 中{}的{what}已损坏或格式不标准：{}。其余内容仍已分析。", at_line(*line), words.format_error(error))),
                fill("请用生成它的工具重新导出。检查方法：PKCS#7 用 `openssl pkcs7 -print_certs -in 文件`，PKCS#12 用 `openssl pkcs12 -info -in 文件`，证书请求用 `openssl req -text -noout -in 文件`，CRL 用 `openssl crl -text -noout -in 文件`。", &[]),
            )
        }
        K::InputSshKey { line, .. } => x(
            format!("{input} 中是 SSH 密钥，不是 TLS 密钥"),
            Text::plain(format!("{input} 中{}的块是 OpenSSH 私钥（-----BEGIN OPENSSH PRIVATE KEY-----）。SSH 密钥用于登录服务器，不是 TLS 证书的私钥，Web 服务器无法使用此文件。", at_line(*line))),
            fill("请使用与证书请求一同生成的私钥（通常是 privkey.pem、server.key，或 nginx ssl_certificate_key / Apache SSLCertificateKeyFile 指向的文件）。如果确实要复用此密钥，可转换格式：`ssh-keygen -p -m PEM -f 密钥文件`（会直接修改文件，请先复制一份）。", &[]),
        ),
        K::InputJavaKeystore { store, certificates, key_aliases, incomplete, .. } => {
            let store = super::details::keystore(*store);
            let mut explanation = format!("{input} 是 Java 密钥库（{store}）。certdoctor 从中读取了 {certificates} 张证书");
            if !key_aliases.is_empty() {
                explanation.push_str(&format!("，并发现私钥条目（{}）。密钥库中的私钥使用 Java 专有方式封装，无法在此检查", key_aliases.join("、")));
            }
            explanation.push('。');
            if let Some(error) = incomplete {
                explanation.push_str(&format!("读取提前停止：{}。", words.format_error(error)));
            }
            x(
                format!("{input} 是 Java {store} 密钥库"),
                Text::plain(explanation),
                fill("将密钥库转换为通用的 PKCS#12：`keytool -importkeystore -srckeystore {input} -destkeystore keystore.p12 -deststoretype pkcs12`。然后在此用密码检查 keystore.p12，或导出 PEM 文件：`openssl pkcs12 -in keystore.p12 -nodes -out all.pem`。", &[("input", file(input))]),
            )
        }
        K::InputCsrNotCertificate { request, only_requests, .. } => csr(input, request, *only_requests),
        other => super::unreachable(other),
    }
}

/// 作为信任库审查的 CA 证书包。
pub(super) fn ca_bundle(_words: &Chinese, kind: &FindingKind, _controls: &Controls) -> Explanation {
    use FindingKind as K;
    match kind {
        K::InputCaBundle { certificates, roots, intermediates, expired, expiring, weak_keys, duplicates, not_ca } => {
            let found = format!(
                "其中 {expired} 个已过期，{expiring} 个将在预警期内过期，{weak_keys} 个密钥强度不足，{duplicates} 个重复，{not_ca} 个不是 CA{}",
                if expired + expiring + weak_keys + duplicates + not_ca > 0 { "；下面逐一列出。" } else { "。" }
            );
            x(
                format!("包含 {certificates} 个证书的 CA 证书包：{roots} 个根证书，{intermediates} 个中间证书"),
                Text::plain(format!("提供的每个证书都是 CA 证书，因此这是一个信任库（例如 ca-certificates.crt 这样的 CA 文件、服务器的 ssl_trusted_certificate 或客户端的 CA 证书包），而不是服务器的证书链：没有可用来构建路径的叶证书。因此改为逐个条目审查。{found}")),
                fill("要检查服务器，请提供它的证书（叶证书）及证书链；把这个证书包作为你的根证书（`--root FILE`）即可用它来检查。", &[]),
            )
        }
        K::CaBundleNotCa { certificate } => x(
            format!("CA 证书包中的“{certificate}”不是 CA"),
            Text::plain(format!("“{certificate}”是自签名证书，但它声明自己不是 CA（basicConstraints cA=FALSE，或 keyUsage 中没有 keyCertSign）。作为受信任证书，它只能为自己担保：OpenSSL 和大多数客户端只把它当作那一个服务器证书本身来接受，它不能签发任何证书。")),
            Text::plain("如果它是有意固定信任的服务器证书，就保留它；否则把它从 CA 证书包中移除，并用它自己的证书链检查它所属的服务器。"),
        ),
        K::CertExpired { certificate, not_after, at, days, .. } => x(
            format!("CA 证书包中的“{certificate}”已于 {} 过期", not_after.to_human()),
            Text::plain(format!("CA 证书“{certificate}”的有效期截至 {}；在 {} 时已过期 {days} 天。在信任库中它已无法验证任何证书：客户端会跳过它，仍以它为终点的证书链会验证失败。", not_after.to_human(), at.to_human())),
            fill("把它从证书包中移除，或换成该 CA 的当前证书。对于系统信任库，请更新 ca-certificates 软件包（Debian 和 Ubuntu 上运行 `update-ca-certificates`，Fedora 和 RHEL 上运行 `update-ca-trust`）。", &[]),
        ),
        K::CertExpiringSoon { certificate, not_after, at, days, warn_days, .. } => x(
            format!("CA 证书包中的“{certificate}”将在 {days} 天后过期"),
            Text::plain(format!("CA 证书“{certificate}”的有效期截至 {}，距 {} 还有 {days} 天，已进入 {warn_days} 天的预警期。此后，使用这个证书包的客户端中，以它为终点的证书链都会验证失败。", not_after.to_human(), at.to_human())),
            Text::plain("现在就把该 CA 的后继根证书加入证书包（大多数 CA 会提前数年发布，且常由旧根交叉签名），旧证书过期后再移除。"),
        ),
        K::KeyWeak { owner: KeyOwner::BundleCa { name }, algorithm, bits, minimum } => x(
            format!("弱 {} 密钥：CA 证书包中的“{name}”只有 {bits} 位", algorithm.name()),
            Text::plain(format!("CA 证书“{name}”使用 {bits} 位的 {} 密钥，至少需要 {minimum} 位。浏览器、Java、Android 以及安全级别 2 的 OpenSSL 已不再接受以它为终点的证书链，公共根证书库早已移除这类根证书。", algorithm.name())),
            Text::plain("把它从证书包中移除；如果仍有服务器需要它，该服务器的证书链应改用其 CA 的当前根证书。"),
        ),
        K::ChainDuplicateCertificate { certificate, .. } => x(
            format!("“{certificate}”在 CA 证书包中出现了两次"),
            Text::plain(format!("证书“{certificate}”出现不止一次。信任库中的重复条目无害，但会让文件变大、更难审查。")),
            Text::plain("只保留一份。"),
        ),
        other => super::unreachable(other),
    }
}

pub(super) fn keys(words: &Chinese, kind: &FindingKind, controls: &Controls) -> Explanation {
    use FindingKind as K;
    // The input as this language names it (the paste, standard input).
    let named = words.input_name(kind.input_name().unwrap_or_default());
    let input: &str = &named;
    match kind {
        K::PasswordRequired { structure, .. } => x(
            format!("{input} 已加密：需要密码"),
            Text::plain(format!("{input} 中的{}受密码保护，但未提供密码，因此无法检查其内容。其余内容已分析。", spaced(super::details::structure(*structure)))),
            fill("请提供密码（{control}），密码只留在本机。若服务器无法输入密码，可去掉私钥的密码：`openssl pkey -in 文件 -out key.pem`（请妥善保管结果：chmod 600）。", &[("control", text(controls.password))]),
        ),
        K::PasswordIncorrect { structure, tried, .. } => x(
            format!("{input} 的密码错误"),
            Text::plain(format!("提供的 {tried} 个密码都无法打开 {input} 中的{}。", spaced(super::details::structure(*structure)).trim_end())),
            fill("请检查密码（键盘布局、大写锁定、末尾空格）。Windows 和 macOS 导出时设置的导出密码可能与登录密码不同。可用 `openssl pkcs12 -info -in 文件 -noout` 或 `openssl pkey -in 文件 -noout` 直接测试密码。", &[]),
        ),
        K::EncryptionUnsupported { structure, unsupported, scheme, .. } => {
            let how = match scheme {
                Some(scheme) => format!("{}（{}）", words.scheme(scheme), words.unsupported(unsupported)),
                None => words.unsupported(unsupported),
            };
            x(
                format!("不支持 {input} 的加密方式"),
                Text::plain(format!("{input} 中的{}使用{}保护，certdoctor 无法解开，因此未检查其内容。", spaced(super::details::structure(*structure)), spaced(&how))),
                fill("请用标准方式重新加密，例如 `openssl pkcs8 -topk8 -v2 aes-256-cbc -in 私钥 -out key-aes.pem`，PKCS#12 可用 `openssl pkcs12 -export -keypbe AES-256-CBC -certpbe AES-256-CBC -macalg sha256 -in all.pem -out new.p12`，然后检查新文件。", &[]),
            )
        }
        K::KeyMismatch { certificate, keys, matches } => x(
            format!("私钥与“{certificate}”不匹配"),
            Text::plain(format!(
                "证书“{certificate}”中的公钥与提供的任何私钥（{}）都不匹配。{}使用这对文件的服务器将无法启动（nginx：“key values mismatch”；Apache：“private key does not match the certificate”），或者每次握手都会失败。",
                keys.iter().map(|key| words.key(key)).collect::<Vec<_>>().join("；"),
                matches.as_ref().map(|owner| format!("该私钥实际属于{}。", words.owner(owner))).unwrap_or_default()
            )),
            fill("请找到与该证书的请求一同生成的私钥，或为现有私钥申请新证书（先生成 CSR：`openssl req -new -key 私钥 -out req.csr`）。手动比较：`openssl x509 -in 证书 -noout -pubkey | openssl sha256` 与 `openssl pkey -in 私钥 -pubout | openssl sha256` 的结果必须相同。", &[]),
        ),
        K::KeyWeak { owner, algorithm, bits, minimum } => {
            let owner = words.owner(owner);
            let algorithm = algorithm.name();
            x(
                format!("弱 {algorithm} 密钥：{owner}仅 {bits} 位"),
                Text::plain(format!("{owner}使用 {bits} 位的 {algorithm} 密钥，至少需要 {minimum} 位。浏览器、Java（jdk.certpath.disabledAlgorithms）、Android 以及安全级别 2 的 OpenSSL 都会拒绝它，CA 自 2013 年起已不再签发此类证书。")),
                fill("生成新密钥并为其申请新证书：`openssl req -new -newkey rsa:2048 -nodes -keyout new.key -out new.csr`（或 `-newkey ec -pkeyopt ec_paramgen_curve:P-256`），将 new.csr 发给 CA，并安装返回的证书及证书链。", &[]),
            )
        }
        K::KeyUnreadable { line, error, .. } => x(
            format!("{input} 中有一个密钥无法读取"),
            Text::plain(format!("{input} 中{}的密钥已损坏或格式不标准：{}。", at_line(*line), words.format_error(error))),
            fill("请从生成处重新获取密钥（服务器的私钥文件，或生成 CSR 的机器）。`openssl pkey -in 文件 -noout` 可检查 OpenSSL 能否读取。", &[]),
        ),
        K::KeyUnsupported { line, reason, .. } => x(
            format!("{input} 中有一个密钥无法用于此检查"),
            Text::plain(format!("{input} 中{}的密钥已读取，但{}。", at_line(*line), words.key_unsupported(reason))),
            Text::plain("TLS 服务器证书请使用 RSA（2048 位或以上）、ECDSA P-256/P-384，或在客户端支持时使用 Ed25519。"),
        ),
        other => super::unreachable(other),
    }
}

fn input_unrecognised(input: &str, bytes: usize, looks_like: &Option<LooksLike>) -> Explanation {
    x(
        format!("{input} 中没有可用内容"),
        Text::plain(format!(
            "{input}（{bytes} 字节）中没有 certdoctor 能读取的证书、私钥、证书签名请求或证书包。{}",
            looks_like.map(|what| format!("它看起来像{}。", spaced(super::details::looks_like(what)).trim_end())).unwrap_or_default()
        )),
        fill("请以 PEM 格式粘贴证书（从 -----BEGIN CERTIFICATE----- 到 -----END CERTIFICATE----- 的全部文本），或提供服务器实际配置的文件（nginx：ssl_certificate；Apache：SSLCertificateFile）。查看文件内容：`openssl x509 -in 文件 -noout -text`，DER 格式再加 `-inform DER`。", &[]),
    )
}

fn pem_malformed(input: &str, line: usize, problem: &PemProblem) -> Explanation {
    let (what, fix): (String, Text) = match problem {
        PemProblem::MissingEnd { label } => (
            format!("-----BEGIN {label}----- 块缺少 -----END {label}----- 结束行，文件可能被截断，或两个文件被粘贴到了一起"),
            Text::plain(format!("请完整地重新复制该块，它必须以 -----END {label}----- 行结束。如果是下载得到的文件，请重新下载；nginx 等服务器遇到截断的文件会拒绝启动（“PEM_read_bio_X509: bad end line”）。")),
        ),
        PemProblem::MismatchedEnd { begin, end } => (
            format!("该块以 BEGIN {begin} 开始，却以 END {end} 结束"),
            Text::plain("可能是一个块被截断后粘贴进了另一个块。请从原始文件中分别重新复制每个块，从 BEGIN 行一直到对应的 END 行。"),
        ),
        PemProblem::BadBase64 { label, character, position } => (
            match (character, position) {
                (Some(character), Some(position)) => format!("{label} 块不是有效的 base64：其 base64 文本第 {position} 个字符 {character:?} 不属于 base64"),
                _ => format!("{label} 块不是有效的 base64：文本无法解码（长度或填充错误）"),
            },
            fill("请原样重新复制该块：行中间不要加空格，不要加引号，也不要让文字处理或聊天软件替换字符。`openssl x509 -in 文件 -noout` 可检查 OpenSSL 能否读取。", &[]),
        ),
        PemProblem::UnknownLabel { label } => (
            format!("标签 {label} 不是 TLS 证书或密钥使用的标签"),
            Text::plain("请确认这是你想要的文件。证书的标签是 CERTIFICATE，私钥是 PRIVATE KEY、RSA PRIVATE KEY 或 EC PRIVATE KEY，证书请求是 CERTIFICATE REQUEST。"),
        ),
        PemProblem::Empty { label } => (format!("{label} 块是空的"), Text::plain("请重新导出证书或私钥；该文件写入时缺少了内容。")),
        PemProblem::BrokenMarker => (
            "有一行 -----BEGIN 没有以 ----- 结束".to_string(),
            Text::plain("请检查 BEGIN 行：必须与 -----BEGIN CERTIFICATE----- 完全一致，两侧各五个短横线。"),
        ),
    };
    x(
        format!("{input} 第 {line} 行的 PEM 块已损坏"),
        Text::plain(format!("在 {input} 中，从第 {line} 行开始，{what}。读取该文件的软件（Web 服务器、curl、OpenSSL）会拒绝它或忽略这个块。")),
        fix,
    )
}

fn limit_exceeded(limit: Limit, maximum: u64, skipped: &Skipped, input: &str) -> Explanation {
    let what = match limit {
        Limit::TotalBytes => format!("输入总大小超过 {} MiB", maximum / (1024 * 1024)),
        Limit::PemBlocks => format!("PEM 块超过 {maximum} 个"),
        Limit::Certificates => format!("证书超过 {maximum} 张"),
        Limit::Keys => format!("密钥超过 {maximum} 个"),
        Limit::Requests => format!("证书请求超过 {maximum} 个"),
        Limit::Crls => format!("CRL 超过 {maximum} 个"),
        Limit::NameComparisons => format!("检查名称约束需要超过 {maximum} 次比较"),
        Limit::Findings => format!("同一输入中同一类发现超过 {maximum} 条"),
        Limit::KeyDerivation => format!("加密输入要求的密码哈希工作量超过 certdoctor 的上限（{maximum}）"),
        Limit::RsaKeySize => format!("RSA 密钥大于 {maximum} 位"),
        Limit::ContainerEntries => format!("容器中的条目超过 {maximum} 个"),
        Limit::PathSearch => format!("构建证书路径需要超过 {maximum} 步"),
        Limit::SignatureChecks => format!("构建证书路径需要超过 {maximum} 次签名验证"),
    };
    let path = matches!(limit, Limit::PathSearch | Limit::SignatureChecks | Limit::NameComparisons);
    x(
        if path { "证书链无法完整检查" } else { "输入过大：部分内容未被分析" },
        Text::plain(format!(
            "为了对任何输入都保持快速，当{what}时 certdoctor 停止。未分析：{}。{}",
            super::details::skipped(skipped, input),
            if path {
                "由于没有证明存在受信任的路径，此证书链按失败处理。"
            } else {
                ""
            }
        )),
        Text::plain(if path {
            "只提供服务器发送的证书：叶证书及其中间证书。大量同名且相互交叉签名的 CA 会让路径构建爆炸；真实的证书链只有 2 到 4 张证书。"
        } else {
            "只提供服务器使用的文件：证书链、私钥，以及（如有）你自己的根证书。TLS 证书链很少超过 4 张证书。"
        }),
    )
}

fn csr(input: &str, request: &str, only_requests: bool) -> Explanation {
    x(
        format!("{input} 中是“{request}”的证书签名请求，不是证书"),
        Text::plain(if only_requests {
            format!("{input} 中是“{request}”的证书签名请求（CSR）。CSR 是发给 CA 用来申请证书的；服务器无法使用它，而且没有提供可检查的证书。")
        } else {
            format!("{input} 中是“{request}”的证书签名请求（CSR）。它不属于证书链，但已用于判断哪个私钥和证书与它对应。")
        }),
        if only_requests {
            fill("把 CSR 发给 CA（或交给 ACME 客户端），安装 CA 返回的证书及其中间证书，然后在此检查证书文件。查看 CSR 内容：`openssl req -in 文件 -noout -text`。", &[])
        } else {
            Text::plain("无需修复：不要把 CSR 放进服务器的证书文件。")
        },
    )
}

/// 中间证书的下载地址和命令。
pub(super) fn issuer_download(ca_issuers: &Option<String>) -> Text {
    match ca_issuers {
        Some(address) => fill(
            "（下载：`curl -o issuer.der {url}`，转换：`openssl x509 -inform DER -in issuer.der -out issuer.pem`）",
            &[("url", url(address))],
        ),
        None => Text::default(),
    }
}
