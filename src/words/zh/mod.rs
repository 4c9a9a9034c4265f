//! 简体中文。

mod chain;
mod client_errors;
mod clients;
mod details;
mod findings;
mod interception;

use super::{Controls, Explanation, Labels, Lang, ScanLabels, Text, ValidityState, Words};
use crate::certificate::Policy;
use crate::chain::Role;
use crate::client::Client;
use crate::finding::{FindingKind, KeyFormat, KeyOwner, KeyRef, Severity, Verdict};
use crate::formats::encryption::{SchemeSummary, Unsupported};
use crate::formats::FormatError;
use crate::intake::{ItemKind, Note};
use crate::keys::{KeyUnsupported, PublicKey};
use crate::matrix::ClientVerdict;
use crate::names::constraints::Violation;
use crate::options::{OwnName, Profile};
use crate::profile::Rule;
use crate::stores::StoreId;

pub struct Chinese;

static LABELS: Labels = Labels {
    colon: "：",
    list_separator: "、",
    certificates: "证书",
    findings: "发现的问题",
    no_findings: "未发现问题。",
    fix: "修复",
    issuer: "签发者",
    subject: "主体",
    valid: "有效期",
    names: "名称",
    key: "密钥",
    keys: "密钥",
    checked_at: "检查时间",
    host: "主机",
    rules: "规则",
    chain: "证书链",
    belongs_to: "属于",
    matches_nothing: "与提供的任何证书或 CSR 都不匹配",
    public_root: "公共根证书",
    your_root: "你的根证书",
    untrusted_root: "止于不受信任的根证书",
    self_signed: "由自己签名，且不受信任",
    missing_issuer: "缺少签发者",
    second_opinion: "第二意见（rustls-webpki）",
    accepted: "接受",
    rejected: "拒绝",
    none: "无",
    serial: "序列号",
    signature_algorithm: "签名算法",
    basic_constraints: "基本约束",
    key_usage: "密钥用法",
    extended_key_usage: "扩展密钥用法",
    subject_key_id: "主体密钥标识符",
    authority_key_id: "颁发机构密钥标识符",
    ca_issuers: "CA 签发者（AIA）",
    crl_distribution_points: "CRL 分发点",
    policies: "证书策略",
    scts: "证书透明度（SCT）",
    unknown_critical: "未知的关键扩展",
    private_key: "私钥",
    public_key: "公钥",
    anchor: "信任锚",
    clients: "客户端",
    works: "可用",
    fails: "失败",
    refused_by: "拒绝的客户端",
    supplied: "离线补全，服务器并未发送",
};

static SCAN: ScanLabels = ScanLabels {
    status: "状态",
    expires: "到期",
    certificate: "证书",
    set: "证书组",
    problems: "问题",
    expired: "已过期",
    expiring: "即将过期",
    broken_chain: "证书链有误",
    key_mismatch: "私钥不匹配",
    errors: "有错误",
    warnings: "有警告",
    ok: "正常",
    no_certificate: "（没有证书）",
    no_sets: "在给出的路径下没有找到证书组。",
    not_read: "未读取",
    too_large: "超过输入大小上限",
};

/// A finding that the dispatch in [`Chinese::explain`] sent to the wrong
/// group: only possible if that table is edited wrongly.
fn unreachable(kind: &FindingKind) -> Explanation {
    debug_assert!(false, "no Chinese words for {:?}", kind.code());
    Explanation {
        title: kind.code().as_str().to_string(),
        explanation: Text::default(),
        fix: Text::default(),
    }
}

impl Words for Chinese {
    fn lang(&self) -> Lang {
        Lang::Zh
    }

    fn labels(&self) -> &'static Labels {
        &LABELS
    }

    fn own_name(&self, name: OwnName) -> &'static str {
        match name {
            OwnName::Paste => "粘贴的文本",
            OwnName::PastedRoot => "粘贴的根证书",
            OwnName::StandardInput => "标准输入",
        }
    }

    fn explain(&self, kind: &FindingKind, controls: &Controls) -> Explanation {
        use FindingKind as K;
        match kind {
            K::InputUnrecognised { .. }
            | K::PemMalformed { .. }
            | K::CertUnparseable { .. }
            | K::InputLimitExceeded { .. }
            | K::InputUnparseable { .. }
            | K::InputSshKey { .. }
            | K::InputJavaKeystore { .. }
            | K::InputCsrNotCertificate { .. } => findings::input(self, kind, controls),
            K::TrustInterception { .. } => interception::explain(kind, controls).unwrap_or_else(|| unreachable(kind)),
            K::ClientError { .. } | K::ClientErrorUnrecognised { .. } | K::ClientTranscript { .. } => {
                client_errors::explain(kind, controls).unwrap_or_else(|| unreachable(kind))
            }
            K::InputCaBundle { .. }
            | K::CaBundleNotCa { .. }
            | K::CertExpired { ca_bundle: true, .. }
            | K::CertExpiringSoon { ca_bundle: true, .. }
            | K::ChainDuplicateCertificate { ca_bundle: true, .. }
            | K::KeyWeak { owner: KeyOwner::BundleCa { .. }, .. } => {
                findings::ca_bundle(self, kind, controls)
            }
            K::PasswordRequired { .. }
            | K::PasswordIncorrect { .. }
            | K::EncryptionUnsupported { .. }
            | K::KeyMismatch { .. }
            | K::KeyWeak { .. }
            | K::KeyUnreadable { .. }
            | K::KeyUnsupported { .. } => findings::keys(self, kind, controls),
            K::CertExpired { .. }
            | K::CertNotYetValid { .. }
            | K::CertExpiringSoon { .. }
            | K::CertValidityTooLong { .. } => chain::validity(self, kind, controls),
            K::ChainIncomplete { .. }
            | K::ChainOutOfOrder { .. }
            | K::ChainRootIncluded { .. }
            | K::ChainDuplicateCertificate { .. }
            | K::ChainUnrelatedCertificate { .. } => chain::chain(self, kind, controls),
            K::NameMismatch { .. }
            | K::NameWildcardPublicSuffix { .. }
            | K::NameTrailingDot { .. }
            | K::NameAddressAsDnsName { .. }
            | K::NamePartialWildcard { .. }
            | K::NameNoSan { .. } => chain::names(self, kind, controls),
            K::SignatureInvalid { .. }
            | K::SignatureUnverifiable { .. }
            | K::SecondOpinionRejected { .. }
            | K::SecondOpinionDiverges { .. }
            | K::SignatureWeakAlgorithm { .. }
            | K::TrustUntrustedRoot { .. }
            | K::TrustStoreMissing { .. }
            | K::TrustDistrustedAfter { .. }
            | K::TrustSelfSigned { .. }
            | K::IssuerNotCa { .. }
            | K::PathLengthExceeded { .. }
            | K::ChainTooLong { .. }
            | K::EkuServerAuthMissing { .. } => chain::trust(self, kind, controls),
            K::CertCriticalExtensionUnknown { .. }
            | K::NameConstraintsViolated { .. }
            | K::CertRevoked { .. }
            | K::CertProfileViolation { .. } => chain::rules(self, kind, controls),
        }
    }

    fn verdict(&self, verdict: Verdict) -> &'static str {
        match verdict {
            Verdict::Ok => "正常 — 未发现问题",
            Verdict::Warnings => "警告 — 可以使用，但应当修复",
            Verdict::Errors => "错误 — 客户端将会失败",
        }
    }

    fn nothing_checked(&self) -> &'static str {
        "无可检查 — 未提供证书；下面说明这条消息的含义"
    }

    fn severity(&self, severity: Severity) -> &'static str {
        match severity {
            Severity::Error => "错误",
            Severity::Warning => "警告",
            Severity::Info => "提示",
        }
    }

    fn role(&self, role: Role) -> &'static str {
        match role {
            Role::Leaf => "叶证书",
            Role::Intermediate => "中间证书",
            Role::Root => "根证书",
            Role::Anchor => "信任锚",
            Role::Duplicate => "重复",
            Role::Extra => "不在路径上",
            Role::UnusedRoot => "你的根证书（未使用）",
        }
    }

    fn validity(&self, state: ValidityState) -> &'static str {
        match state {
            ValidityState::Valid => "有效",
            ValidityState::Expiring => "即将过期",
            ValidityState::Expired => "已过期",
            ValidityState::NotYetValid => "尚未生效",
        }
    }

    fn profile(&self, profile: Profile) -> &'static str {
        match profile {
            Profile::Auto => "按客户端（主流客户端拒绝时为错误）",
            Profile::Web => "Web PKI（RFC 5280 + CA/浏览器论坛）",
            Profile::Rfc5280 => "仅 RFC 5280",
        }
    }

    fn items(&self, kind: ItemKind, count: usize) -> String {
        let noun = match kind {
            ItemKind::Certificate => "张证书",
            ItemKind::CertificateRequest => "个证书请求",
            ItemKind::Crl => "个 CRL",
            ItemKind::PrivateKey => "个私钥",
            ItemKind::EncryptedPrivateKey => "个加密私钥",
            ItemKind::PublicKey => "个公钥",
            ItemKind::Pkcs7 => "个 PKCS#7 证书包",
            ItemKind::Pkcs12 => "个 PKCS#12 文件",
            ItemKind::JavaKeystore => "个 Java 密钥库",
            ItemKind::OpenSshPrivateKey => "个 SSH 私钥",
            ItemKind::DomainParameters => "个参数块",
            ItemKind::ClientError => "条错误信息",
            ItemKind::Transcript => "份 s_client 记录",
        };
        format!("{count} {noun}")
    }

    fn scan(&self) -> &'static ScanLabels {
        &SCAN
    }

    fn days_from_now(&self, days: i64) -> String {
        match days {
            0 => "今天".to_string(),
            1.. => format!("{days} 天后"),
            _ => format!("{} 天前", -days),
        }
    }

    fn scan_progress(&self, done: usize, total: usize) -> String {
        format!("已检查 {done}/{total} 组")
    }

    fn scan_summary(&self, sets: usize, errors: usize, warnings: usize) -> String {
        format!("{sets} 组：{errors} 组有错误，{warnings} 组有警告，{} 组正常", sets - errors - warnings)
    }

    fn list_separator(&self) -> &'static str {
        "，"
    }

    fn counts(&self, errors: usize, warnings: usize) -> String {
        format!("{errors} 个错误，{warnings} 个警告")
    }

    fn public_key(&self, key: &PublicKey) -> String {
        match &key.curve {
            Some(curve) => format!("{} {curve}", key.algorithm.name()),
            None if key.algorithm.sized_by_bits() => format!("{} {} 位", key.algorithm.name(), key.bits),
            None if key.problem.is_some() => "无法读取的密钥".to_string(),
            None => key.algorithm.name().to_string(),
        }
    }

    fn key_format(&self, format: &KeyFormat) -> String {
        match format.container {
            Some(container) => format!("{} 中的 {}", container.name(), format.encoding.label()),
            None => format.encoding.label().to_string(),
        }
    }

    fn key(&self, key: &KeyRef) -> String {
        let kind = if key.private { "私钥" } else { "公钥" };
        let strength = match &key.curve {
            Some(curve) => format!("{} {curve}", key.algorithm.name()),
            None if key.algorithm.sized_by_bits() => format!("{} {} 位", key.algorithm.name(), key.bits),
            None => key.algorithm.name().to_string(),
        };
        match key.line {
            Some(line) => format!("{strength} {kind}（{}，第 {line} 行）", self.input_name(&key.input)),
            None => format!("{strength} {kind}（{}）", self.input_name(&key.input)),
        }
    }

    fn owner(&self, owner: &KeyOwner) -> String {
        match owner {
            KeyOwner::Certificate { name, ca: true } => format!("CA 证书“{name}”"),
            KeyOwner::Certificate { name, ca: false } => format!("证书“{name}”"),
            KeyOwner::Root { name } => format!("根证书“{name}”"),
            KeyOwner::BundleCa { name } => format!("CA 证书包中的 CA 证书“{name}”"),
            KeyOwner::Request { name } => format!("“{name}”的证书请求"),
            KeyOwner::Key { key } => self.key(key),
        }
    }

    fn scheme(&self, scheme: &SchemeSummary) -> String {
        details::scheme(scheme)
    }

    fn note(&self, note: &Note) -> String {
        match note {
            Note::Protection { protection } => details::protection(protection),
            Note::Skipped { part } => details::skipped_part(part),
            Note::FriendlyNames { names } => format!("PKCS#12 友好名称：{}", names.join("、")),
            Note::MovedToRoots { name } => format!("“{name}”已移到你的根证书中：不再当作服务器发送的证书来判断"),
        }
    }

    fn policy(&self, policy: &Policy) -> String {
        match policy.kind {
            Some(kind) => format!("{}（{}）", policy.oid, details::policy_kind(kind)),
            None => policy.oid.clone(),
        }
    }

    fn format_error(&self, error: &FormatError) -> String {
        details::format_error(error)
    }

    fn key_unsupported(&self, reason: &KeyUnsupported) -> String {
        details::key_unsupported(reason)
    }

    fn unsupported(&self, what: &Unsupported) -> String {
        details::unsupported(what)
    }

    fn rule(&self, rule: &Rule) -> String {
        details::rule(rule)
    }

    fn violation(&self, violation: &Violation) -> String {
        details::violation(violation)
    }

    fn show_more(&self, hidden: usize) -> String {
        format!("再显示 {hidden} 项")
    }

    fn store(&self, store: StoreId) -> &'static str {
        clients::store(store)
    }

    fn client(&self, client: Client) -> &'static str {
        clients::client(client)
    }

    fn clients_summary(&self, verdicts: &[ClientVerdict]) -> String {
        clients::summary(verdicts)
    }
}
