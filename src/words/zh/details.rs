//! 发现中的细节（简体中文）：格式问题、规范规则、名称约束、密钥、加密方式和说明。

use crate::certificate::{KeyUsage, PolicyKind};
use crate::finding::{LooksLike, Skipped, Structure};
use crate::formats::encryption::{KdfLimit, SchemeFamily, SchemeSummary, Unsupported};
use crate::formats::pkcs12::{Protection, SkippedPart};
use crate::formats::{jks, FormatError, Problem, X509Part};
use crate::keys::KeyUnsupported;
use crate::names::constraints::{MalformedConstraint, Violation};
use crate::profile::{CnDifference, KeyDefect, Rule};

pub(super) fn structure(structure: Structure) -> &'static str {
    match structure {
        Structure::Certificate => "证书",
        Structure::CertificateRequest => "证书请求",
        Structure::Crl => "CRL",
        Structure::Pkcs7 => "PKCS#7 证书包",
        Structure::Pkcs12 => "PKCS#12 文件",
        Structure::PrivateKey => "私钥",
        Structure::EncryptedPrivateKey => "加密私钥",
        Structure::DerObject => "DER 对象",
    }
}

/// `name` between Chinese characters: a space on each side where it starts
/// or ends with a Latin letter or digit, as Chinese typesetting spaces
/// mixed scripts.
pub(super) fn spaced(name: &str) -> String {
    let latin = |c: char| c.is_ascii_alphanumeric();
    let before = if name.starts_with(latin) { " " } else { "" };
    let after = if name.ends_with(latin) { " " } else { "" };
    format!("{before}{name}{after}")
}

pub(super) fn looks_like(what: LooksLike) -> &'static str {
    match what {
        LooksLike::Empty => "一个空文件",
        LooksLike::SshPublicKey => "SSH 公钥（不是 TLS 证书）",
        LooksLike::PuttyKey => "PuTTY 密钥（不是 TLS 密钥）",
        LooksLike::Html => "HTML 或 XML 文档",
        LooksLike::Json => "JSON 文档",
    }
}

pub(super) fn keystore(kind: jks::Kind) -> &'static str {
    match kind {
        jks::Kind::Jks => "JKS",
        jks::Kind::Jceks => "JCEKS",
    }
}

pub(super) fn skipped(skipped: &Skipped, input: &str) -> String {
    match skipped {
        Skipped::Input { bytes, .. } => format!("{input}（{bytes} 字节）"),
        Skipped::RestOf { .. } => format!("{input} 的其余部分"),
        Skipped::AfterTheFirst { count } => format!("前 {count} 个之后的全部内容"),
        Skipped::Findings { code, more, .. } => {
            format!("关于 {input} 的另外 {more} 条 {} 发现", code.as_str())
        }
        Skipped::NameConstraints { leaf } => format!("“{leaf}”路径上其余的名称约束检查"),
        Skipped::Encrypted { structure: what, asked, limit, .. } => {
            format!("{input} 中的{}，它要求的{}为 {asked}", spaced(structure(*what)), kdf_limit(*limit))
        }
        Skipped::RsaKey { bits, .. } => format!("{input} 中一个 {bits} 位的 RSA 密钥"),
        Skipped::PathSearch { leaf } => format!("从“{leaf}”出发寻找受信任路径的其余搜索"),
    }
}

fn kdf_limit(limit: KdfLimit) -> &'static str {
    match limit {
        KdfLimit::Iterations => "密钥派生迭代次数",
        KdfLimit::TotalWork => "密钥派生总工作量",
        KdfLimit::ScryptCost => "scrypt 代价参数 N",
        KdfLimit::ScryptBlockSize => "scrypt 块大小 r",
        KdfLimit::ScryptParallelism => "scrypt 并行度 p",
    }
}

pub(super) fn format_error(error: &FormatError) -> String {
    let problem = problem(&error.problem);
    match error.offset {
        Some(offset) => format!("{problem}（位于第 {offset} 字节）"),
        None => problem,
    }
}

fn problem(problem: &Problem) -> String {
    use Problem as P;
    match problem {
        P::Truncated => "数据在某个值的中间结束".into(),
        P::LengthTooLong => "长度字段超过 4 字节".into(),
        P::LengthBeyondData { claimed, available } => {
            format!("长度 {claimed} 超出了数据末尾（只剩 {available} 字节）")
        }
        P::IndefinitePrimitive => "基本类型的值使用了不定长度".into(),
        P::MissingEndOfContents => "不定长度的值没有结束标记".into(),
        P::TooDeep { limit } => format!("嵌套超过 {limit} 层"),
        P::HighTagNumber => "使用了这些格式从不使用的高标签号形式".into(),
        P::TrailingBytes { count } => format!("结构之后还有 {count} 个多余字节"),
        P::UnexpectedTag { field, expected, found } => {
            format!("{field}：应为标签 0x{expected:02x}，实为 0x{found:02x}")
        }
        P::MissingField { field } => format!("缺少 {field}"),
        P::BitStringUnusedBits => "BIT STRING 含有未使用的位或采用构造编码".into(),
        P::EmptyBitString => "BIT STRING 为空".into(),
        P::EmptyInteger => "INTEGER 为空".into(),
        P::NegativeInteger => "INTEGER 为负数".into(),
        P::IntegerTooLarge => "INTEGER 过大".into(),
        P::MalformedOid => "OBJECT IDENTIFIER 格式错误".into(),
        P::UnsupportedVersion { field, found } => format!("{field} 为 {found}，该格式没有定义这个版本"),
        P::Empty { field } => format!("{field} 为空"),
        P::UnrecognisedStructure => "它不是证书、密钥、证书请求、CRL 或证书包".into(),
        P::NotSignedData { content_type } => format!("内容类型为 {content_type}，不是证书包（SignedData）"),
        P::BagsTooDeep { limit } => format!("SafeContents 嵌套超过 {limit} 层"),
        P::MacAcceptedButDecryptionFailed => "有一部分无法用 MAC 认可的密码解密".into(),
        P::CrlNumberMissing => {
            "它没有 cRLNumber 扩展（RFC 5280 §5.2.3：必须存在），因此无法用它检查吊销".into()
        }
        P::CrlNumberCritical => {
            "它的 cRLNumber 扩展被标记为关键（RFC 5280 §5.2.3：必须为非关键），因此无法用它检查吊销".into()
        }
        P::CrlIssuerWithoutCrlSign { issuer } => {
            format!("其签发者“{issuer}”的 keyUsage 中没有 cRLSign（RFC 5280 §4.2.1.3），因此无法用它检查吊销")
        }
        P::CrlCriticalExtension { extension } => {
            format!("它带有无法识别的关键扩展 {extension}（RFC 5280 §5.2：不得使用这样的 CRL），因此无法用它检查吊销")
        }
        P::ZeroIterations => "迭代次数为 0".into(),
        P::ScryptCostNotPowerOfTwo { n } => format!("scrypt 代价参数 N = {n} 不是 2 的幂"),
        P::KeyLengthMismatch { cipher } => format!("派生出的密钥长度与 {cipher} 不符"),
        P::CipherParameters { cipher } => format!("密钥或 IV 与 {cipher} 不符"),
        P::MissingDekInfo => "私钥标记为 ENCRYPTED，却没有 DEK-Info 头".into(),
        P::DekInfoIv => "DEK-Info 头中没有十六进制的 IV".into(),
        P::DekInfoIvLength { cipher, bytes, expected } => {
            format!("DEK-Info 的 IV 有 {bytes} 字节，{cipher} 需要 {expected} 字节")
        }
        P::EmptyRsaKey => "RSA 密钥的模数或指数为空".into(),
        P::ZeroComponent { field } => format!("RSA 私钥的 {field} 为零"),
        P::CurveMismatch { inner, outer } => format!("密钥声明的曲线是 {inner}，外层标注的却是 {outer}"),
        P::NoCurve => "EC 私钥没有指明曲线".into(),
        P::ScalarOutOfRange => "EC 私钥标量超出其曲线的范围".into(),
        P::KeyLength { algorithm, bytes, expected } => {
            format!("{algorithm} 密钥有 {bytes} 字节，而不是 {expected} 字节")
        }
        P::X509 { part } => format!("其{}无法读取", x509_part(*part)),
        P::EntryTooLong { claimed, available } => {
            format!("某个条目声称有 {claimed} 字节，但只剩 {available} 字节")
        }
        P::TooManyEntries { count, limit } => format!("{count} 个条目（超过 {limit} 个的部分不读取）"),
        P::CertificateType { kind } => format!("类型为 {kind} 的证书"),
        P::SecretKeyEntry => "遇到私密密钥条目（序列化的 Java 对象），读取停止".into(),
        P::UnknownEntry { kind } => format!("未知类型 {kind} 的条目"),
    }
}

fn x509_part(part: X509Part) -> &'static str {
    match part {
        X509Part::Version => "版本",
        X509Part::SerialNumber => "序列号",
        X509Part::AlgorithmIdentifier => "算法标识",
        X509Part::Name => "主体或签发者名称",
        X509Part::Validity => "有效期",
        X509Part::PublicKey => "公钥",
        X509Part::UniqueIdentifier => "唯一标识符",
        X509Part::Extensions => "扩展",
        X509Part::Attributes => "属性",
        X509Part::Signature => "签名",
        X509Part::Structure => "外层结构（它不是 X.509 DER，或被截断）",
    }
}

pub(super) fn key_unsupported(reason: &KeyUnsupported) -> String {
    match reason {
        KeyUnsupported::ExplicitCurve => "它是使用显式曲线参数（而非命名曲线）的 EC 密钥".into(),
        KeyUnsupported::NoPublicKey { algorithm } => {
            format!("它是 {algorithm} 私钥，其公钥无法在此推导，也没有随附，因此无法配对")
        }
        KeyUnsupported::Dsa => "它是 DSA 私钥；TLS 已不再使用 DSA".into(),
        KeyUnsupported::UnknownAlgorithm { oid } => format!("它是未知算法 {oid} 的私钥"),
        KeyUnsupported::CurveNotForTls { curve } => {
            format!("它位于椭圆曲线 {curve} 上，TLS 客户端不接受这条曲线")
        }
        KeyUnsupported::DsaNotForTls => "它是 DSA 密钥，TLS 1.3 和当前的浏览器不接受".into(),
        KeyUnsupported::KeyExchangeOnly { algorithm } => {
            format!("它是 {algorithm} 密钥，用于密钥交换，不能用于证书")
        }
    }
}

pub(super) fn unsupported(what: &Unsupported) -> String {
    match what {
        Unsupported::Scheme { oid } => format!("加密方案 {oid}"),
        Unsupported::Kdf { oid } => format!("密钥派生函数 {oid}"),
        Unsupported::Prf { oid } => format!("使用伪随机函数 {oid} 的 PBKDF2"),
        Unsupported::Cipher { oid } => format!("密码算法 {oid}"),
        Unsupported::AesGcm => "PBES2 中的 AES-GCM（RFC 8018 未定义）".into(),
        Unsupported::MacDigest { oid } => format!("摘要算法为 {oid} 的完整性 MAC"),
        Unsupported::PublicKeyIntegrity { content_type } => {
            format!("公钥方式的完整性保护（{content_type}）；只支持密码方式")
        }
        Unsupported::LegacyPemCipher { name } => format!("传统 PEM 加密算法 {name}"),
    }
}

pub(super) fn scheme(scheme: &SchemeSummary) -> String {
    let family = match scheme.family {
        SchemeFamily::Pbes2 => "PBES2",
        SchemeFamily::Pbes1 => "PBES1",
        SchemeFamily::Pkcs12Pbe => "PKCS#12 PBE",
        SchemeFamily::LegacyPem => "OpenSSL 传统 PEM 加密",
    };
    match scheme.iterations {
        Some(iterations) => format!("{family}（{}，{iterations} 次迭代，{}）", scheme.kdf, scheme.cipher),
        None => format!("{family}（{}，{}）", scheme.kdf, scheme.cipher),
    }
}

pub(super) fn protection(protection: &Protection) -> String {
    match protection {
        Protection::Mac { hash, iterations } => {
            format!("PKCS#12 完整性：HMAC-{hash} MAC，{iterations} 次迭代")
        }
        Protection::Pbmac1 { hash, prf, iterations } => {
            format!("PKCS#12 完整性：PBMAC1（HMAC-{hash}，PBKDF2-HMAC-{prf}，{iterations} 次迭代）")
        }
        Protection::NoMac => "PKCS#12 完整性：没有 MAC".into(),
        Protection::Certificates { scheme: used } => format!("PKCS#12 证书：{}", scheme(used)),
        Protection::Key { scheme: used } => format!("PKCS#12 私钥：{}", scheme(used)),
    }
}

pub(super) fn skipped_part(part: &SkippedPart) -> String {
    match part {
        SkippedPart::EnvelopedData => "PKCS#12：跳过了用公钥加密的部分（EnvelopedData）".into(),
        SkippedPart::Content { oid } => format!("PKCS#12：跳过了未知类型 {oid} 的部分"),
        SkippedPart::CertificateType { oid } => format!("PKCS#12：跳过了类型为 {oid} 的证书"),
        SkippedPart::Bag { oid } => format!("PKCS#12：跳过了类型为 {oid} 的包"),
    }
}

pub(super) fn policy_kind(kind: PolicyKind) -> &'static str {
    match kind {
        PolicyKind::DomainValidated => "域名验证",
        PolicyKind::OrganizationValidated => "组织验证",
        PolicyKind::IndividualValidated => "个人验证",
        PolicyKind::ExtendedValidation => "扩展验证",
        PolicyKind::AnyPolicy => "任意策略",
    }
}

fn usages(usages: &[KeyUsage]) -> String {
    usages.iter().map(|usage| usage.name()).collect::<Vec<_>>().join("、")
}

pub(super) fn rule(rule: &Rule) -> String {
    use Rule as R;
    match rule {
        R::SerialZero => "序列号为 0（RFC 5280 §4.1.2.2 要求正整数）".into(),
        R::SerialNegative => "序列号为负数（其编码的符号位为 1；RFC 5280 §4.1.2.2 要求正整数）".into(),
        R::SerialTooLong { bytes } => format!("序列号长 {bytes} 字节，最多允许 20 字节（RFC 5280 §4.1.2.2）"),
        R::DuplicateExtension { extension } => format!("扩展 {extension} 出现了两次（RFC 5280 §4.2）"),
        R::SignatureAlgorithmMismatch => "证书内外的签名算法不一致（RFC 5280 §4.1.1.2）".into(),
        R::AkiIssuerSerial => "authorityKeyIdentifier 只含 authorityCertIssuer 和 authorityCertSerialNumber 中的一个（RFC 5280 §4.2.1.1：两者都有或都没有）".into(),
        R::AkiCritical => "authorityKeyIdentifier 被标记为关键（RFC 5280 §4.2.1.1：必须为非关键）".into(),
        R::SkiCritical => "subjectKeyIdentifier 被标记为关键（RFC 5280 §4.2.1.2：必须为非关键）".into(),
        R::AiaCritical => "authorityInfoAccess 被标记为关键（RFC 5280 §4.2.2.1：必须为非关键）".into(),
        R::AiaMalformed => "authorityInfoAccess 扩展无法读取".into(),
        R::NameConstraintsNotCritical => "nameConstraints 没有被标记为关键（RFC 5280 §4.2.1.10：必须为关键）".into(),
        R::PolicyConstraintsNotCritical => "policyConstraints 没有被标记为关键（RFC 5280 §4.2.1.11：必须为关键）".into(),
        R::SanCriticalWithSubject => "主题不为空，subjectAltName 却被标记为关键（BR §7.1.2.7.12：必须为非关键）".into(),
        R::SanNotCriticalWithEmptySubject => "主题为空，subjectAltName 却不是关键扩展（RFC 5280 §4.2.1.6：必须为关键）".into(),
        R::RsaModulusSize { bits } => format!("RSA 模数为 {bits} 位，不是整数个字节（BR §6.1.5）"),
        R::KeyAlgorithm { key } => match key {
            KeyDefect::Dsa => "密钥是 DSA：TLS 1.3 没有 DSA，浏览器、Android、Go、rustls 以及 OpenSSL 3 的默认密码套件（curl、Python、Node）也已不再接受（BR §6.1.5）".into(),
            KeyDefect::Curve { curve } => format!("密钥位于曲线 {curve} 上；只允许 P-256、P-384 和 P-521（BR §6.1.5），而且默认情况下没有 TLS 1.3 客户端提供 {curve}：浏览器、OpenSSL（curl、Python、Node）、Java、Go 和 rustls 都会握手失败"),
            KeyDefect::Ed25519 => "密钥是 Ed25519：OpenSSL、Go、Java 15+ 和 rustls 接受它，但 Chrome、Edge、Firefox、Safari、Windows 和 Android 在证书和 TLS 握手中都没有实现 Ed25519（BR §6.1.5 也只允许 RSA 和 ECDSA）；请改用 ECDSA P-256 或 RSA 2048 密钥重新签发".into(),
            KeyDefect::Ed448 => "密钥是 Ed448：只有 OpenSSL 和 Java 接受它，Chrome、Edge、Firefox、Safari、Windows、Android、Go 和 rustls 都没有实现 Ed448（BR §6.1.5 也只允许 RSA 和 ECDSA）；请改用 ECDSA P-256 或 RSA 2048 密钥重新签发".into(),
            KeyDefect::CannotSign { algorithm } => format!("密钥是 {algorithm}，这是只能用于密钥协商、不能签名的密钥，任何客户端都无法验证它本应做出的签名；请改用 ECDSA P-256 或 RSA 2048 密钥重新签发"),
            KeyDefect::Unknown { algorithm } => format!("密钥算法（{algorithm}）不是任何一个客户端实现的算法；请改用 ECDSA P-256 或 RSA 2048 密钥重新签发"),
            KeyDefect::CaDsa => "CA 的密钥是 DSA：浏览器、Apple、Android、Go 和 rustls 无法检查它签发的证书上的 DSA 签名；OpenSSL（curl、Python）和 Java 可以（BR §6.1.5 只允许 RSA 和 ECDSA）。请改由密钥为 RSA 或 ECDSA 的 CA 签发证书链".into(),
            KeyDefect::CaCurve { curve } => format!("CA 的密钥位于曲线 {curve} 上；只允许 P-256、P-384 和 P-521（BR §6.1.5），浏览器、Apple、Android、Java、Go 和 rustls 也只实现了这些曲线，无法检查这个 CA 签发的证书；OpenSSL（curl、Python）可以。请改由密钥为 P-256 或 P-384（或 RSA）的 CA 签发证书链"),
            KeyDefect::HandshakeCurve { curve } => format!("服务器密钥位于 {curve} 上：Chrome、Edge、Android 和 Windows 不提供 {curve} 用于握手签名，会连接失败（Chrome：ERR_SSL_VERSION_OR_CIPHER_MISMATCH），而 Firefox、Safari、OpenSSL 和 Go 接受它；请改用 P-256 或 P-384 密钥重新签发"),
            KeyDefect::ExplicitCurve => "它的 EC 密钥逐项写出了曲线参数，而不是给出曲线名称（RFC 5480 §2.1.1：只允许 namedCurve），OpenSSL 3（“Certificate public key has explicit ECC parameters”）、Java、浏览器、Go 和 rustls 都会拒绝；请在具名曲线上生成新密钥（如 prime256v1，即 P-256；生成时不要加 `-param_enc explicit`）并重新签发证书".into(),
            KeyDefect::Unreadable => "公钥无法读取".into(),
        },
        R::PssSaltLength { salt, hash } => format!("它的 RSASSA-PSS 签名使用 {salt} 字节的盐值，而不是与其哈希等长的 {hash} 字节：Chrome、Firefox、Go 和 rustls 只接受盐值与哈希等长的 RSASSA-PSS，而 OpenSSL、Java、Apple 和 Windows 接受任意长度；请用与哈希等长的盐值重新签名（OpenSSL：`-sigopt rsa_pss_saltlen:digest`）"),
        R::EkuAnyWithoutServerAuth => "它的 extendedKeyUsage 允许任何用途（anyExtendedKeyUsage），却没有写明 serverAuth：Chrome、Go 和 Java 把它当作 serverAuth，而 OpenSSL（curl、Python、Node：“unsuitable certificate purpose”）、Firefox 和 rustls 不会，会拒绝它；请在 extendedKeyUsage 中加入 serverAuth 重新签发".into(),
        R::AkiMismatch { issuer, aki, ski } => format!("它的 authorityKeyIdentifier（{aki}）不是签发它的密钥所属证书“{issuer}”的 subjectKeyIdentifier（{ski}）（RFC 5280 §4.2.1.1）：OpenSSL（curl、Python）和 Java 按这个标识符查找签发者，找不到它（“unable to get local issuer certificate”），而浏览器、Go 和 rustls 按名称和签名匹配；请用签发者的标识符重新签发它，或使用带有它所指标识符的那份签发者证书"),
        R::AkiMissing => "没有带密钥标识符的 authorityKeyIdentifier（RFC 5280 §4.2.1.1：必须存在）".into(),
        R::LeafIsCa => "提供 TLS 服务的证书是 CA 证书（basicConstraints cA=TRUE）；BR §7.1.2.7.8 要求 cA=FALSE，而且无论根证书是谁，Firefox 和 rustls 都拒绝把 CA 证书用作服务器证书，被直接信任的自签名证书也一样（`openssl req -x509` 默认就会生成这样的证书，除非加上 `-addext basicConstraints=critical,CA:FALSE`）".into(),
        R::LeafEkuMissing => "没有 extendedKeyUsage 扩展；BR §7.1.2.7.10 要求有一个包含 serverAuth 的扩展，而且无论根证书是谁，Apple 都要求有".into(),
        R::WildcardPublicSuffix { name, suffix } => format!("通配符“{name}”覆盖了公共后缀“{suffix}”下的所有域名；浏览器不认可，CA 也不得签发（BR §3.2.2.6）"),
        R::LeafKeyCertSign => "keyUsage 允许 keyCertSign，但该证书不是 CA（RFC 5280 §4.2.1.3）".into(),
        R::LeafKeyUsageTls { usages: list, rsa_key_exchange: true } => format!("keyUsage（{}）中没有 digitalSignature，因此该密钥不能为 TLS 1.3 或 ECDHE 握手签名；只有现代客户端已不再提供的旧式 RSA 密钥交换能使用它（RFC 5280 §4.2.1.3、RFC 8446 §4.4.3）", usages(list)),
        R::MustStaple { ocsp: false } => "它要求 OCSP 装订（带 status_request 的 TLS Feature 扩展，即“must-staple”），却没有指明 OCSP 响应者，因此任何服务器都无法为它装订响应：Firefox 会拒绝它（MOZILLA_PKIX_ERROR_REQUIRED_TLS_FEATURE_MISSING），其他客户端忽略该扩展；请去掉 must-staple 重新签发（OpenSSL：删除 `tlsfeature = status_request`；certbot：去掉 `--must-staple`）".into(),
        R::MustStaple { ocsp: true } => "它要求 OCSP 装订（带 status_request 的 TLS Feature 扩展，即“must-staple”）：只要服务器没有装订有效的 OCSP 响应，Firefox 就会拒绝它（MOZILLA_PKIX_ERROR_REQUIRED_TLS_FEATURE_MISSING），其他客户端忽略该扩展；请开启并维护 OCSP 装订（nginx：`ssl_stapling on; ssl_stapling_verify on;` 并配置 `resolver`；Apache：`SSLUseStapling On` 并配置 `SSLStaplingCache`），或去掉 must-staple 重新签发".into(),
        R::NsCertTypeForbids => "它的 Netscape 证书类型扩展（nsCertType）不包含 SSL 服务器：OpenSSL 的用途检查（curl、Python、Node：“unsuitable certificate purpose”）和 Java 会拒绝把它用作服务器证书，浏览器、Go 和 rustls 则忽略该扩展；请去掉 nsCertType（它已过时）重新签发，或改为 nsCertType=server".into(),
        R::LeafKeyUsageTls { usages: list, rsa_key_exchange: false } => format!("keyUsage（{}）中没有 digitalSignature，因此任何 TLS 握手都不能使用该密钥（RFC 5280 §4.2.1.3、RFC 8446 §4.4.3）", usages(list)),
        R::LeafEkuCritical => "extendedKeyUsage 被标记为关键（BR §7.1.2.7.10：不得为关键）".into(),
        R::LeafEkuAny => "extendedKeyUsage 包含 anyExtendedKeyUsage（BR §7.1.2.7.10 禁止）".into(),
        R::LeafEkuForbidden { usages } => format!(
            "extendedKeyUsage 在 serverAuth 之外还包含 {}（BR §7.1.2.7.10：TLS 服务器证书不得包含这些用途）",
            usages.iter().map(|usage| usage.name()).collect::<Vec<_>>().join("、")
        ),
        R::IssuerEncodingDiffers { issuer } => format!(
            "其签发者字段中的“{issuer}”与该证书自身主题的编码不同（字符串类型、大小写或空格不同）。RFC 5280 §4.1.2.4 要求编码一致；OpenSSL、Chrome、Apple 和 Java 仍能匹配这两个名称，但 Go、rustls 和 Firefox 按字节比较，找不到签发者（“unknown authority”、UnknownIssuer、SEC_ERROR_UNKNOWN_ISSUER）"
        ),
        R::CnNotExactlyInSan { cn, difference } => format!("通用名“{cn}”{}（BR §7.1.4.3）", cn_difference(difference)),
        R::SanInvalid { entry } => format!("subjectAltName 条目“{entry}”不是有效的主机名或地址（RFC 5280 §4.2.1.6）"),
        R::DnsNameUnderscore { name } => format!("域名“{name}”含有下划线，主机名中不允许（RFC 5280 §4.2.1.6、BR §7.1.4.2）"),
        R::SkiMissing => "CA 证书没有 subjectKeyIdentifier（RFC 5280 §4.2.1.2：必须存在）".into(),
        R::BasicConstraintsMissing => "CA 证书没有 basicConstraints（RFC 5280 §4.2.1.9）".into(),
        R::BasicConstraintsNotCritical => "basicConstraints 没有被标记为关键（RFC 5280 §4.2.1.9：CA 证书中必须为关键）".into(),
        R::RootNotCa { says_not_ca: false } => "根证书既没有 basicConstraints 也没有 keyUsage，没有任何内容表明它可以签发证书（RFC 5280 §4.2.1.9）：OpenSSL、Python 和 Firefox 拒绝把它当作 CA，而 Go、Java 和 rustls 只使用它的名称和密钥；请用 basicConstraints=critical,CA:TRUE 和 keyUsage=critical,keyCertSign,cRLSign 重新创建它".into(),
        R::RootNotCa { says_not_ca: true } => "根证书的 basicConstraints 写着 cA=FALSE，因此它不能签发证书（RFC 5280 §4.2.1.9）：OpenSSL、Python 和 Firefox 拒绝把它当作 CA，而 Go、Java 和 rustls 只使用它的名称和密钥；请用 basicConstraints=critical,CA:TRUE 重新创建它".into(),
        R::PathLenWithoutCa => "basicConstraints 设置了路径长度，但该证书不是可以签发证书的 CA（RFC 5280 §4.2.1.9：只能在 cA 为 TRUE 且允许 keyCertSign 时设置）".into(),
        R::CaKeyUsageMissing => "CA 证书没有 keyUsage 扩展（RFC 5280 §4.2.1.3：CA 证书必须包含它，并允许 keyCertSign）".into(),
        R::RootKeyCertSignMissing => "根证书的 keyUsage 不允许 keyCertSign，因此它不能签发证书（RFC 5280 §4.2.1.3）；OpenSSL 不接受它作为签发者".into(),
        R::CaEmptySubject => "CA 证书的主题为空（RFC 5280 §4.1.2.6）".into(),
        R::RootAki => "根证书的 authorityKeyIdentifier 中没有密钥标识符（BR §7.1.2.1.3）".into(),
    }
}

fn cn_difference(difference: &CnDifference) -> String {
    match difference {
        CnDifference::NotAscii => "不是 subjectAltName 条目必须使用的 ASCII（punycode）形式".into(),
        CnDifference::AddressSpelling { address } => {
            format!("是地址 {address} 的另一种写法，与 SAN 条目不同")
        }
        CnDifference::LetterCase => "与某个 SAN 条目只有大小写不同".into(),
        CnDifference::UnlistedIdn => "是不在 SAN 条目中的国际化域名".into(),
    }
}

pub(super) fn violation(violation: &Violation) -> String {
    use Violation as V;
    match violation {
        V::Malformed { constraint } => format!("该 CA 的{}格式错误", malformed(constraint)),
        V::TooMuchWork { names, subtrees, limit } => format!(
            "将 {names} 个名称与 {subtrees} 条约束比较需要超过 {limit} 次比较；客户端会拒绝这样的证书"
        ),
        V::ExcludedDns { name, subtree } => format!("{name} 位于被排除的子树 {subtree} 中"),
        V::OutsidePermittedDns { name, permitted } => {
            format!("{name} 不在允许的子树 {} 中", permitted.join("、"))
        }
        V::ExcludedIp { address } => format!("{address} 位于被排除的地址范围内"),
        V::OutsidePermittedIp { address } => format!("{address} 不在允许的地址范围内"),
        V::ExcludedDirectory { name, subtree } => format!("目录名称“{name}”位于被排除的子树“{subtree}”中"),
        V::OutsidePermittedDirectory { name, permitted } => {
            format!("目录名称“{name}”不在允许的子树“{}”中", permitted.join("”、“"))
        }
        V::ExcludedEmail { address, subtree } => {
            format!("电子邮件地址 {address} 位于被排除的子树 {subtree} 中")
        }
        V::OutsidePermittedEmail { address, permitted } => {
            format!("电子邮件地址 {address} 不在允许的子树 {} 中", permitted.join("、"))
        }
        V::ExcludedUri { uri, subtree } => format!("URI {uri} 的主机位于被排除的子树 {subtree} 中"),
        V::OutsidePermittedUri { uri, permitted } => format!(
            "URI {uri} 的主机不在允许的子树 {} 中（没有主机的 URI 不属于任何子树）",
            permitted.join("、")
        ),
        V::ExcludedKind { kind } => format!("证书含有 {kind} 类型的名称，而该 CA 排除了所有 {kind} 名称"),
        V::OnEndEntity => {
            "终端实体证书带有 nameConstraints 扩展，只有 CA 才能有（RFC 5280 §4.2.1.10）".into()
        }
        V::CommonName { name } => {
            format!("该证书没有 DNS 类型的 subjectAltName，因此 OpenSSL 把它的通用名“{name}”当作主机名，而这个名称在 CA 的 DNS 约束之外")
        }
    }
}

fn malformed(constraint: &MalformedConstraint) -> String {
    match constraint {
        MalformedConstraint::NoSubtrees => "既没有允许子树也没有排除子树的 nameConstraints".into(),
        MalformedConstraint::DnsSyntax { constraint } => format!(" dNSName 约束“{constraint}”"),
        MalformedConstraint::IpLength { bytes } => format!(" {bytes} 字节的 iPAddress 约束"),
        MalformedConstraint::DirectoryName => " directoryName 约束".to_string(),
    }
}
