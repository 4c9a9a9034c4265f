//! The page's own words (the findings' words come from the engine).

use certdoctor::intake::ItemKind;
use certdoctor::{Lang, Profile, Severity, Verdict};

use crate::state::{Example, Theme};

pub struct Words {
    lang: Lang,
    pub tagline: &'static str,
    pub privacy: &'static str,
    pub paste_label: &'static str,
    pub paste_placeholder: &'static str,
    pub host_label: &'static str,
    pub host_placeholder: &'static str,
    pub language: &'static str,
    pub empty: &'static str,
    pub findings: &'static str,
    pub no_findings: &'static str,
    pub fix: &'static str,
    pub certificates: &'static str,
    pub issuer: &'static str,
    pub valid: &'static str,
    pub key: &'static str,
    pub names: &'static str,
    pub checked_at: &'static str,
    pub drop_hint: &'static str,
    pub pick_files: &'static str,
    pub inputs: &'static str,
    pub remove: &'static str,
    pub password_label: &'static str,
    pub nothing_recognised: &'static str,
    pub private_key: &'static str,
    pub matches: &'static str,
    pub chain: &'static str,
    pub public_root: &'static str,
    pub your_root: &'static str,
    pub untrusted_root: &'static str,
    pub self_signed: &'static str,
    pub missing_issuer: &'static str,
    pub download_fixed: &'static str,
    pub download_hint: &'static str,
    pub second_opinion: &'static str,
    pub accepted: &'static str,
    pub rejected: &'static str,
    pub results: &'static str,
    pub rules_label: &'static str,
    pub rules_hint: &'static str,
    pub your_roots: &'static str,
    pub trust_root: &'static str,
    pub trust_root_hint: &'static str,
    pub stop_trusting: &'static str,
    pub pasted_text: &'static str,
    pub skip_to_results: &'static str,
    pub footer: &'static str,
    pub analysing: &'static str,
    pub date_label: &'static str,
    pub date_hint: &'static str,
    pub date_now: &'static str,
    pub examples: &'static str,
    pub theme: &'static str,
    pub role_leaf: &'static str,
    pub role_intermediate: &'static str,
    pub role_root: &'static str,
    pub role_anchor: &'static str,
    pub signed_by: &'static str,
    pub link_missing: &'static str,
    pub show_details: &'static str,
    pub private_key_here: &'static str,
    pub concerns: &'static str,
    pub copy: &'static str,
    pub copied: &'static str,
    pub download_report: &'static str,
    pub details: &'static str,
    pub close: &'static str,
    pub none: &'static str,
    pub subject: &'static str,
    pub serial: &'static str,
    pub signature_algorithm: &'static str,
    pub basic_constraints: &'static str,
    pub key_usage: &'static str,
    pub extended_key_usage: &'static str,
    pub subject_key_id: &'static str,
    pub authority_key_id: &'static str,
    pub ca_issuers: &'static str,
    pub crl_distribution_points: &'static str,
    pub policies: &'static str,
    pub scts: &'static str,
    pub unknown_critical: &'static str,
}

impl Words {
    fn is_english(&self) -> bool {
        self.lang == Lang::En
    }

    pub fn example_name(&self, example: Example) -> &'static str {
        match (self.is_english(), example) {
            (true, Example::Healthy) => "Healthy chain",
            (true, Example::Incomplete) => "Missing intermediate",
            (true, Example::Messy) => "Expired, wrong order, root included",
            (false, Example::Healthy) => "健康的证书链",
            (false, Example::Incomplete) => "缺少中间证书",
            (false, Example::Messy) => "已过期、顺序错误、含根证书",
        }
    }

    pub fn example_hint(&self, example: Example) -> &'static str {
        match (self.is_english(), example) {
            (true, Example::Healthy) => "Amazon's demo site, checked on 23 Feb 2025",
            (true, Example::Incomplete) => "the same leaf served without its intermediate",
            (true, Example::Messy) => "a bundle as people often paste it",
            (false, Example::Healthy) => "亚马逊的演示站点，检查日期 2025-02-23",
            (false, Example::Incomplete) => "同一叶证书，但未附带中间证书",
            (false, Example::Messy) => "人们常粘贴的那种证书包",
        }
    }

    pub fn theme_name(&self, theme: Theme) -> &'static str {
        match (self.is_english(), theme) {
            (true, Theme::System) => "System theme",
            (true, Theme::Light) => "Light",
            (true, Theme::Dark) => "Dark",
            (false, Theme::System) => "跟随系统",
            (false, Theme::Light) => "浅色",
            (false, Theme::Dark) => "深色",
        }
    }

    /// The validity bar's label.
    pub fn validity_state(&self, state: &str) -> &'static str {
        match (self.is_english(), state) {
            (true, "expired") => "expired",
            (true, "not-yet-valid") => "not yet valid",
            (true, "expiring") => "expires soon",
            (true, _) => "valid",
            (false, "expired") => "已过期",
            (false, "not-yet-valid") => "尚未生效",
            (false, "expiring") => "即将过期",
            (false, _) => "有效",
        }
    }

    /// A rulebook's name; `Auto` says how it chooses.
    pub fn profile_name(&self, profile: Profile) -> &'static str {
        match (self.is_english(), profile) {
            (true, Profile::Auto) => "Automatic (RFC 5280 for your own roots, Web PKI otherwise)",
            (true, Profile::Web) => "Web PKI (RFC 5280 + CA/B Forum)",
            (true, Profile::Rfc5280) => "RFC 5280 only",
            (false, Profile::Auto) => "自动（你自己的根证书用 RFC 5280，其他用 Web PKI）",
            (false, Profile::Web) => "Web PKI（RFC 5280 + CA/浏览器论坛）",
            (false, Profile::Rfc5280) => "仅 RFC 5280",
        }
    }

    /// "Show 12 more".
    pub fn show_more(&self, hidden: usize) -> String {
        if self.is_english() {
            format!("Show {hidden} more")
        } else {
            format!("再显示 {hidden} 项")
        }
    }

    /// "2 errors, 1 warning".
    pub fn counts(&self, errors: usize, warnings: usize) -> String {
        if self.is_english() {
            let plural = |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
            format!("{}, {}", plural(errors, "error", "errors"), plural(warnings, "warning", "warnings"))
        } else {
            format!("{errors} 个错误，{warnings} 个警告")
        }
    }
}

pub fn words(lang: Lang) -> &'static Words {
    match lang {
        Lang::En => &ENGLISH,
        Lang::Zh => &CHINESE,
    }
}

pub fn verdict(lang: Lang, verdict: Verdict) -> &'static str {
    match (lang, verdict) {
        (Lang::En, Verdict::Ok) => "No problems found",
        (Lang::En, Verdict::Warnings) => "Works, but should be fixed",
        (Lang::En, Verdict::Errors) => "Clients will fail",
        (Lang::Zh, Verdict::Ok) => "未发现问题",
        (Lang::Zh, Verdict::Warnings) => "可以使用，但应当修复",
        (Lang::Zh, Verdict::Errors) => "客户端将会失败",
    }
}

pub fn severity(lang: Lang, severity: Severity) -> &'static str {
    match (lang, severity) {
        (Lang::En, Severity::Error) => "Error",
        (Lang::En, Severity::Warning) => "Warning",
        (Lang::En, Severity::Info) => "Info",
        (Lang::Zh, Severity::Error) => "错误",
        (Lang::Zh, Severity::Warning) => "警告",
        (Lang::Zh, Severity::Info) => "提示",
    }
}

const ENGLISH: Words = Words {
    lang: Lang::En,
    tagline: "Find out why a TLS certificate chain fails, and how to fix it.",
    privacy: "Runs entirely in your browser: nothing you paste leaves this page.",
    paste_label: "Certificates, chains, keys or CSRs",
    paste_placeholder: "Paste PEM text here: -----BEGIN CERTIFICATE----- …",
    host_label: "Host name (optional)",
    host_placeholder: "www.example.com",
    language: "Language",
    empty: "Paste a certificate chain, or drop files, to see what is wrong with it and how to fix it.",
    findings: "Findings",
    no_findings: "No problems found.",
    fix: "How to fix",
    certificates: "Certificates",
    issuer: "Issuer",
    valid: "Valid",
    key: "Key",
    names: "Names",
    checked_at: "Checked at",
    drop_hint: "or drop files here: .pem .crt .cer .der .key .csr .p7b .pfx .p12 .jks",
    pick_files: "Choose files…",
    inputs: "Inputs",
    remove: "Remove",
    password_label: "Password",
    nothing_recognised: "nothing recognised",
    private_key: "Private key",
    matches: "matches",
    chain: "Chain",
    public_root: "public root",
    your_root: "your root",
    untrusted_root: "ends at a root that is not trusted",
    self_signed: "signed by itself, and not trusted",
    missing_issuer: "missing issuer",
    download_fixed: "Download corrected fullchain.pem",
    download_hint: "leaf first, then intermediates; no root, nothing extra",
    second_opinion: "Second opinion (rustls-webpki)",
    accepted: "accepted",
    rejected: "rejected",
    results: "Results",
    rules_label: "Rules",
    rules_hint: "Web PKI: what browsers and the CA/Browser Forum require of public certificates. RFC 5280: what a private PKI is bound by.",
    your_roots: "Your trusted roots",
    trust_root: "Trust this root",
    trust_root_hint: "if it is your own (private) CA — kept in this page only, judged by RFC 5280",
    stop_trusting: "Stop trusting",
    pasted_text: "pasted text",
    skip_to_results: "Skip to results",
    footer: "certdoctor checks certificate chains offline, in your browser. The same engine is a command-line tool: certdoctor check fullchain.pem --host example.com",
    analysing: "Analysing…",
    date_label: "Check at date (optional)",
    date_hint: "Leave empty for now; pick a date to ask “will this still work then?”",
    date_now: "Now",
    examples: "Try an example",
    theme: "Theme",
    role_leaf: "Leaf",
    role_intermediate: "Intermediate",
    role_root: "Root",
    role_anchor: "Trust anchor",
    signed_by: "signed by",
    link_missing: "issuer missing",
    show_details: "Details",
    private_key_here: "private key given",
    concerns: "Concerns:",
    copy: "Copy",
    copied: "Copied",
    download_report: "Download JSON report",
    details: "Details",
    close: "Close",
    none: "none",
    subject: "Subject",
    serial: "Serial number",
    signature_algorithm: "Signature algorithm",
    basic_constraints: "Basic constraints",
    key_usage: "Key usage",
    extended_key_usage: "Extended key usage",
    subject_key_id: "Subject key ID",
    authority_key_id: "Authority key ID",
    ca_issuers: "CA issuers (AIA)",
    crl_distribution_points: "CRL distribution points",
    policies: "Policies",
    scts: "Certificate Transparency (SCTs)",
    unknown_critical: "Unknown critical extensions",
};

const CHINESE: Words = Words {
    lang: Lang::Zh,
    tagline: "找出 TLS 证书链失败的原因，以及修复方法。",
    privacy: "完全在你的浏览器中运行：粘贴的内容不会离开本页面。",
    paste_label: "证书、证书链、私钥或证书请求",
    paste_placeholder: "在此粘贴 PEM 文本：-----BEGIN CERTIFICATE----- …",
    host_label: "主机名（可选）",
    host_placeholder: "www.example.com",
    language: "语言",
    empty: "粘贴证书链或拖放文件，查看其中的问题以及修复方法。",
    findings: "发现的问题",
    no_findings: "未发现问题。",
    fix: "修复方法",
    certificates: "证书",
    issuer: "签发者",
    valid: "有效期",
    key: "密钥",
    names: "名称",
    checked_at: "检查时间",
    drop_hint: "或将文件拖放到这里：.pem .crt .cer .der .key .csr .p7b .pfx .p12 .jks",
    pick_files: "选择文件…",
    inputs: "输入",
    remove: "移除",
    password_label: "密码",
    nothing_recognised: "未识别到内容",
    private_key: "私钥",
    matches: "匹配",
    chain: "证书链",
    public_root: "公共根证书",
    your_root: "你的根证书",
    untrusted_root: "止于不受信任的根证书",
    self_signed: "由自己签名，且不受信任",
    missing_issuer: "缺少签发者",
    download_fixed: "下载修正后的 fullchain.pem",
    download_hint: "先叶证书，再中间证书；不含根证书和多余证书",
    second_opinion: "第二意见（rustls-webpki）",
    accepted: "接受",
    rejected: "拒绝",
    results: "结果",
    rules_label: "规则",
    rules_hint: "Web PKI：浏览器和 CA/浏览器论坛对公开证书的要求。RFC 5280：私有 PKI 所遵循的标准。",
    your_roots: "你信任的根证书",
    trust_root: "信任此根证书",
    trust_root_hint: "如果它是你自己的（私有）CA——只保存在本页面中，按 RFC 5280 判断",
    stop_trusting: "取消信任",
    pasted_text: "粘贴的文本",
    skip_to_results: "跳到结果",
    footer: "certdoctor 在你的浏览器中离线检查证书链。同一引擎也是命令行工具：certdoctor check fullchain.pem --host example.com",
    analysing: "正在分析…",
    date_label: "检查日期（可选）",
    date_hint: "留空表示现在；选择日期可检查“到那时还能用吗？”",
    date_now: "现在",
    examples: "试试示例",
    theme: "主题",
    role_leaf: "叶证书",
    role_intermediate: "中间证书",
    role_root: "根证书",
    role_anchor: "信任锚",
    signed_by: "签发者",
    link_missing: "缺少签发者",
    show_details: "详情",
    private_key_here: "已提供私钥",
    concerns: "涉及：",
    copy: "复制",
    copied: "已复制",
    download_report: "下载 JSON 报告",
    details: "详情",
    close: "关闭",
    none: "无",
    subject: "主体",
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
};

/// "2 certificates", "1 private key", …
pub fn item_kind(lang: Lang, kind: ItemKind, count: usize) -> String {
    let (one, many, chinese) = match kind {
        ItemKind::Certificate => ("certificate", "certificates", "张证书"),
        ItemKind::CertificateRequest => ("certificate request", "certificate requests", "个证书请求"),
        ItemKind::Crl => ("CRL", "CRLs", "个 CRL"),
        ItemKind::PrivateKey => ("private key", "private keys", "个私钥"),
        ItemKind::EncryptedPrivateKey => ("encrypted private key", "encrypted private keys", "个加密私钥"),
        ItemKind::PublicKey => ("public key", "public keys", "个公钥"),
        ItemKind::Pkcs7 => ("PKCS#7 bundle", "PKCS#7 bundles", "个 PKCS#7 证书包"),
        ItemKind::Pkcs12 => ("PKCS#12 file", "PKCS#12 files", "个 PKCS#12 文件"),
        ItemKind::JavaKeystore => ("Java keystore", "Java keystores", "个 Java 密钥库"),
        ItemKind::OpenSshPrivateKey => ("SSH private key", "SSH private keys", "个 SSH 私钥"),
        ItemKind::DomainParameters => ("parameter block", "parameter blocks", "个参数块"),
    };
    match lang {
        Lang::En => format!("{count} {}", if count == 1 { one } else { many }),
        Lang::Zh => format!("{count} {chinese}"),
    }
}
