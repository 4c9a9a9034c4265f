//! The page's own words (the findings' words come from the engine).

use certdoctor::intake::ItemKind;
use certdoctor::{Lang, Severity, Verdict};

pub struct Words {
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
    tagline: "Find out why a TLS certificate chain fails, and how to fix it.",
    privacy: "Runs entirely in your browser: nothing you paste leaves this page.",
    paste_label: "Certificates, chains, keys or CSRs",
    paste_placeholder: "Paste PEM text here: -----BEGIN CERTIFICATE----- …",
    host_label: "Host name (optional)",
    host_placeholder: "www.example.com",
    language: "Language",
    empty: "Paste a certificate chain to see what is wrong with it.",
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
};

const CHINESE: Words = Words {
    tagline: "找出 TLS 证书链失败的原因，以及修复方法。",
    privacy: "完全在你的浏览器中运行：粘贴的内容不会离开本页面。",
    paste_label: "证书、证书链、私钥或证书请求",
    paste_placeholder: "在此粘贴 PEM 文本：-----BEGIN CERTIFICATE----- …",
    host_label: "主机名（可选）",
    host_placeholder: "www.example.com",
    language: "语言",
    empty: "粘贴证书链，查看其中的问题。",
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
