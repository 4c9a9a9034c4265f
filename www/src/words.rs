//! The page's own words (the findings' words come from the engine).

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
};
