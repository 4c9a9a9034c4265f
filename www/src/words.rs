//! The page's own words: the names of its controls and its hints. Every
//! word about certificates, findings, roles and verdicts comes from the
//! engine (`certdoctor::words`).

use certdoctor::{Controls, Lang};

use crate::state::{Example, Theme};

pub struct PageWords {
    lang: Lang,
    pub tagline: &'static str,
    pub privacy: &'static str,
    pub paste_label: &'static str,
    pub paste_placeholder: &'static str,
    /// Under the paste box: errors are read too.
    pub paste_error_hint: &'static str,
    pub client_said: &'static str,
    /// Before the links to the findings that explain an error.
    pub explained_by: &'static str,
    /// The link to an error's own finding when nothing pasted explains it.
    pub not_explained: &'static str,
    /// The link to a finding that is not an explanation (a transcript, an
    /// error about something other than certificates).
    pub read_more: &'static str,
    pub host_label: &'static str,
    pub host_placeholder: &'static str,
    pub language: &'static str,
    pub empty: &'static str,
    pub drop_hint: &'static str,
    pub pick_files: &'static str,
    pub inputs: &'static str,
    pub remove: &'static str,
    pub password_label: &'static str,
    pub nothing_recognised: &'static str,
    pub download_fixed: &'static str,
    pub download_hint: &'static str,
    pub results: &'static str,
    pub rules_label: &'static str,
    pub rules_hint: &'static str,
    pub your_roots: &'static str,
    pub trust_root: &'static str,
    pub trust_root_hint: &'static str,
    pub stop_trusting: &'static str,
    pub roots_hint: &'static str,
    pub root_drop_hint: &'static str,
    pub pick_roots: &'static str,
    pub root_paste_label: &'static str,
    pub add_root: &'static str,
    /// The name of a root pasted into the roots' box.
    pub root_none: &'static str,
    pub only_my_roots: &'static str,
    pub stores_label: &'static str,
    pub interception_hint: &'static str,
    pub skip_to_results: &'static str,
    pub footer: &'static str,
    pub analysing: &'static str,
    pub date_label: &'static str,
    pub date_hint: &'static str,
    pub date_now: &'static str,
    pub examples: &'static str,
    pub theme: &'static str,
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
    /// Shown when certdoctor itself fails (a panic).
    pub crashed: &'static str,
    /// The page's controls, as the engine's fixes name them.
    pub controls: Controls,
}

impl PageWords {
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
}

/// The language the page is shown in, as `<html lang>` says (the app keeps
/// it in step with the language switch): for what is drawn outside the app.
pub fn shown_lang() -> Lang {
    let lang = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.document_element())
        .and_then(|root| root.get_attribute("lang"));
    if lang.is_some_and(|lang| lang.starts_with("zh")) {
        Lang::Zh
    } else {
        Lang::En
    }
}

pub fn page_words(lang: Lang) -> &'static PageWords {
    match lang {
        Lang::En => &ENGLISH,
        Lang::Zh => &CHINESE,
    }
}

static ENGLISH: PageWords = PageWords {
    lang: Lang::En,
    tagline: "Find out why a TLS certificate chain fails, and how to fix it.",
    privacy: "Runs entirely in your browser: nothing you paste leaves this page.",
    paste_label: "Certificates, chains, keys or CSRs",
    paste_placeholder: "Paste PEM text here: -----BEGIN CERTIFICATE----- …",
    paste_error_hint: "Paste the error message you got, too (curl, a browser, Java, Python, Go, nginx…) or the output of openssl s_client: certdoctor says what it means and what in the chain causes it.",
    client_said: "Your client said",
    explained_by: "Why, in what you pasted:",
    not_explained: "Nothing pasted explains it: what else causes it, and the command that settles it",
    read_more: "What it means",
    host_label: "Host name (optional)",
    host_placeholder: "www.example.com",
    language: "Language",
    empty: "Paste a certificate chain, or drop files, to see what is wrong with it and how to fix it.",
    drop_hint: "or drop files here: .pem .crt .cer .der .key .csr .p7b .pfx .p12 .jks",
    pick_files: "Choose files…",
    inputs: "Inputs",
    remove: "Remove",
    password_label: "Password",
    nothing_recognised: "nothing recognised",
    download_fixed: "Download corrected fullchain.pem",
    download_hint: "leaf first, then intermediates; no root, nothing extra",
    results: "Results",
    rules_label: "Rules",
    rules_hint: "By clients: each problem is as bad as the clients it breaks (Chrome, Safari, Java, curl, Python, Go…). Web PKI: a browser's view under the CA/Browser Forum's rules. RFC 5280: a strict client's view, every rule an error.",
    your_roots: "Your roots",
    trust_root: "Trust this root",
    trust_root_hint: "if it is your own (private) CA: it moves to Your roots and no longer counts as sent by the server",
    stop_trusting: "Stop trusting",
    roots_hint: "Your own CA's root (a private PKI, a company's TLS-inspection root), as --root: trusted for this check, never counted as sent by the server, judged by RFC 5280. Kept in this page's memory only.",
    root_drop_hint: "Drop root certificates here, or",
    pick_roots: "Choose root files…",
    root_paste_label: "or paste a root (PEM)",
    add_root: "Add as root",
    root_none: "no certificate found in it",
    only_my_roots: "Only my roots: trust none of the platforms' public roots (as --no-public-roots)",
    stores_label: "Public root stores to judge against",
    interception_hint: "Behind a TLS-inspecting proxy or antivirus (Zscaler, FortiGate, Netskope…)? Every site then arrives signed by its root: add that root here to see the chain as your machines do, and certdoctor says how to add it to each client.",
    skip_to_results: "Skip to results",
    footer: "certdoctor checks certificate chains offline, in your browser. The same engine is a command-line tool: certdoctor check fullchain.pem --host example.com",
    analysing: "Analysing…",
    date_label: "Check at date (optional)",
    date_hint: "Leave empty for now; pick a date to ask “will this still work then?”",
    date_now: "Now",
    examples: "Try an example",
    theme: "Theme",
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
    crashed: "Something went wrong inside certdoctor. Reload the page to start again; nothing you pasted has left it.",
    controls: Controls {
        password: "the Password field next to the file",
        root: "“Your roots” on the left (or “Trust this root” in the chain)",
        rfc5280: "Rules: RFC 5280 only",
        fixed_bundle: "“Download corrected fullchain.pem” under the chain",
    },
};

static CHINESE: PageWords = PageWords {
    lang: Lang::Zh,
    tagline: "找出 TLS 证书链失败的原因，以及修复方法。",
    privacy: "完全在你的浏览器中运行：粘贴的内容不会离开本页面。",
    paste_label: "证书、证书链、私钥或证书请求",
    paste_placeholder: "在此粘贴 PEM 文本：-----BEGIN CERTIFICATE----- …",
    paste_error_hint: "也请粘贴你收到的错误消息（curl、浏览器、Java、Python、Go、nginx 等）或 openssl s_client 的输出：certdoctor 会说明它的含义，以及证书链中是什么导致了它。",
    client_said: "你的客户端说",
    explained_by: "原因（在你粘贴的内容中）：",
    not_explained: "粘贴的内容无法解释它：其他可能原因，以及能确认原因的命令",
    read_more: "含义",
    host_label: "主机名（可选）",
    host_placeholder: "www.example.com",
    language: "语言",
    empty: "粘贴证书链或拖放文件，查看其中的问题以及修复方法。",
    drop_hint: "或将文件拖放到这里：.pem .crt .cer .der .key .csr .p7b .pfx .p12 .jks",
    pick_files: "选择文件…",
    inputs: "输入",
    remove: "移除",
    password_label: "密码",
    nothing_recognised: "未识别到内容",
    download_fixed: "下载修正后的 fullchain.pem",
    download_hint: "先叶证书，再中间证书；不含根证书和多余证书",
    results: "结果",
    rules_label: "规则",
    rules_hint: "按客户端：每个问题的严重程度取决于它导致哪些客户端失败（Chrome、Safari、Java、curl、Python、Go 等）。Web PKI：浏览器在 CA/浏览器论坛规则下的视角。RFC 5280：严格客户端的视角，每条规则都是错误。",
    your_roots: "你的根证书",
    trust_root: "信任此根证书",
    trust_root_hint: "如果它是你自己的（私有）CA：它会移到“你的根证书”中，不再算作服务器发送的证书",
    stop_trusting: "取消信任",
    roots_hint: "你自己 CA 的根证书（私有 PKI、公司的 TLS 检查根证书），相当于 --root：本次检查信任它，从不算作服务器发送的证书，按 RFC 5280 判断。只保存在本页面的内存中。",
    root_drop_hint: "把根证书拖放到这里，或",
    pick_roots: "选择根证书文件…",
    root_paste_label: "或粘贴根证书（PEM）",
    add_root: "添加为根证书",
    root_none: "其中没有找到证书",
    only_my_roots: "只用我的根证书：不信任任何平台的公共根证书（相当于 --no-public-roots）",
    stores_label: "用于判断的公共根证书库",
    interception_hint: "在检查 TLS 的代理或杀毒软件（Zscaler、FortiGate、Netskope 等）后面？那时每个网站都由它的根证书签发：把该根证书添加到这里，就能像你的机器那样查看证书链，certdoctor 还会说明如何把它加入每个客户端。",
    skip_to_results: "跳到结果",
    footer: "certdoctor 在你的浏览器中离线检查证书链。同一引擎也是命令行工具：certdoctor check fullchain.pem --host example.com",
    analysing: "正在分析…",
    date_label: "检查日期（可选）",
    date_hint: "留空表示现在；选择日期可检查“到那时还能用吗？”",
    date_now: "现在",
    examples: "试试示例",
    theme: "主题",
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
    crashed: "certdoctor 内部出错了。请重新加载页面后再试；你粘贴的内容没有离开本页面。",
    controls: Controls {
        password: "文件旁的“密码”框",
        root: "左侧的“你的根证书”（或证书链中的“信任此根证书”）",
        rfc5280: "规则：仅 RFC 5280",
        fixed_bundle: "证书链下方的“下载修正后的 fullchain.pem”",
    },
};
