//! Every finding, in both languages, from real context values: the values
//! appear, and the Chinese is Chinese — no English beyond identifiers,
//! codes, commands, file names and the error messages clients print.

mod vocabulary;

use std::collections::BTreeSet;

use super::fixtures;
use super::{words, Controls, Lang, Segment, Words};
use crate::finding::{Code, FindingKind};
use crate::formats::Problem;
use crate::names::constraints::Violation;
use crate::profile::Rule;
use vocabulary::{CLIENT_MESSAGES, IDENTIFIERS};

const CONTROLS_EN: Controls = Controls {
    password: "--password PW",
    root: "--root root.pem",
    rfc5280: "--profile rfc5280",
    fixed_bundle: "--fix-chain fullchain.pem",
};

const CONTROLS_ZH: Controls = Controls {
    password: "“密码”框",
    root: "“信任此根证书”",
    rfc5280: "“规则：仅 RFC 5280”",
    fixed_bundle: "“下载修正后的 fullchain.pem”",
};

/// The plain text of a finding in `lang`: title, explanation and fix with
/// the commands taken out.
fn plain_text(kind: &FindingKind, words: &dyn Words, controls: &Controls) -> (String, String) {
    let explained = words.explain(kind, controls);
    let mut plain = explained.title.clone();
    let mut all = explained.title;
    for segment in explained.explanation.segments().iter().chain(explained.fix.segments()) {
        match segment {
            Segment::Plain(text) => {
                plain.push('\n');
                plain.push_str(text);
                all.push('\n');
                all.push_str(text);
            }
            Segment::Command(command) => {
                all.push('\n');
                all.push_str(command);
            }
        }
    }
    (plain, all)
}

/// The string and number values of a finding's context, except enum tags,
/// booleans and numbers the words show in another form (a byte count as
/// MiB, a tag byte in hex).
fn values(kind: &FindingKind) -> Vec<String> {
    fn walk(key: &str, value: &serde_json::Value, out: &mut Vec<String>) {
        const TAGS: &[&str] = &[
            "problem",
            "rule",
            "kind",
            "violation",
            "reason",
            "defect",
            "limit",
            "structure",
            "looks_like",
            "family",
            "part",
            "difference",
            "store",
            // Sets of stores: each named in words (`stores_are_named`).
            "trusted_by",
            "missing",
            "distrusted",
            "needs_intermediates",
            // A client and a family of error are worded, not quoted.
            "client",
            "family",
            // A root program (named by its client) and how it dates
            // issuance: worded.
            "program",
            "dating",
            // The codes an error's family could be explained by: listed only
            // when present (explained_by).
            "code",
        ];
        match value {
            serde_json::Value::String(text) if !TAGS.contains(&key) && !text.is_empty() => {
                // Dates appear in their human form.
                let text = if text.ends_with("T00:00:00Z") { text[..10].to_string() } else { text.clone() };
                out.push(text);
            }
            serde_json::Value::Number(number) if !matches!(key, "maximum" | "expected" | "found") => {
                out.push(number.to_string())
            }
            serde_json::Value::Array(items) => items.iter().for_each(|item| walk(key, item, out)),
            serde_json::Value::Object(map) => map.iter().for_each(|(key, value)| walk(key, value, out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    if let Ok(json) = serde_json::to_value(kind) {
        walk("", &json["context"], &mut out);
    }
    out
}

#[test]
fn parses_languages() {
    assert_eq!(Lang::parse("zh-CN"), Some(Lang::Zh));
    assert_eq!(Lang::parse("EN"), Some(Lang::En));
    assert_eq!(Lang::parse("fr"), None);
}

#[test]
fn every_code_has_a_fixture() {
    let covered: BTreeSet<Code> = fixtures::all().iter().map(FindingKind::code).collect();
    let all: BTreeSet<Code> = Code::ALL.iter().copied().collect();
    assert_eq!(covered, all);
}

/// Exhaustive: adding a variant without a fixture does not compile.
fn problem_index(problem: &Problem) -> usize {
    use Problem as P;
    match problem {
        P::Truncated => 0,
        P::LengthTooLong => 1,
        P::LengthBeyondData { .. } => 2,
        P::IndefinitePrimitive => 3,
        P::MissingEndOfContents => 4,
        P::TooDeep { .. } => 5,
        P::HighTagNumber => 6,
        P::TrailingBytes { .. } => 7,
        P::UnexpectedTag { .. } => 8,
        P::MissingField { .. } => 9,
        P::BitStringUnusedBits => 10,
        P::EmptyBitString => 11,
        P::EmptyInteger => 12,
        P::NegativeInteger => 13,
        P::IntegerTooLarge => 14,
        P::MalformedOid => 15,
        P::UnsupportedVersion { .. } => 16,
        P::Empty { .. } => 17,
        P::UnrecognisedStructure => 18,
        P::NotSignedData { .. } => 19,
        P::BagsTooDeep { .. } => 20,
        P::MacAcceptedButDecryptionFailed => 21,
        P::CrlNumberMissing => 22,
        P::CrlNumberCritical => 23,
        P::CrlIssuerWithoutCrlSign { .. } => 24,
        P::CrlCriticalExtension { .. } => 44,
        P::ZeroIterations => 25,
        P::ScryptCostNotPowerOfTwo { .. } => 26,
        P::KeyLengthMismatch { .. } => 27,
        P::CipherParameters { .. } => 28,
        P::MissingDekInfo => 29,
        P::DekInfoIv => 30,
        P::DekInfoIvLength { .. } => 31,
        P::EmptyRsaKey => 32,
        P::ZeroComponent { .. } => 33,
        P::CurveMismatch { .. } => 34,
        P::NoCurve => 35,
        P::ScalarOutOfRange => 36,
        P::KeyLength { .. } => 37,
        P::X509 { .. } => 38,
        P::EntryTooLong { .. } => 39,
        P::TooManyEntries { .. } => 40,
        P::CertificateType { .. } => 41,
        P::SecretKeyEntry => 42,
        P::UnknownEntry { .. } => 43,
    }
}

fn rule_index(rule: &Rule) -> usize {
    use Rule as R;
    match rule {
        R::SerialZero => 0,
        R::SerialNegative => 34,
        R::SerialTooLong { .. } => 1,
        R::DuplicateExtension { .. } => 2,
        R::SignatureAlgorithmMismatch => 3,
        R::AkiIssuerSerial => 4,
        R::AkiCritical => 5,
        R::SkiCritical => 6,
        R::AiaCritical => 7,
        R::AiaMalformed => 8,
        R::NameConstraintsNotCritical => 9,
        R::PolicyConstraintsNotCritical => 10,
        R::SanCriticalWithSubject => 11,
        R::SanNotCriticalWithEmptySubject => 12,
        R::RsaModulusSize { .. } => 13,
        R::KeyAlgorithm { .. } => 14,
        R::AkiMissing => 15,
        R::LeafIsCa => 16,
        R::LeafEkuMissing => 17,
        R::WildcardPublicSuffix { .. } => 18,
        R::LeafKeyCertSign => 19,
        R::LeafKeyUsageTls { .. } => 20,
        R::LeafEkuCritical => 21,
        R::LeafEkuAny => 22,
        R::CnNotExactlyInSan { .. } => 23,
        R::SanInvalid { .. } => 24,
        R::DnsNameUnderscore { .. } => 25,
        R::SkiMissing => 26,
        R::BasicConstraintsMissing => 27,
        R::BasicConstraintsNotCritical => 28,
        R::RootKeyCertSignMissing => 29,
        R::CaKeyUsageMissing => 35,
        R::PathLenWithoutCa => 36,
        R::CaEmptySubject => 30,
        R::RootAki => 31,
        R::LeafEkuForbidden { .. } => 32,
        R::IssuerEncodingDiffers { .. } => 33,
        R::AkiMismatch { .. } => 37,
        R::EkuAnyWithoutServerAuth => 38,
        R::RootNotCa { .. } => 39,
        R::PssSaltLength { .. } => 40,
        R::NsCertTypeForbids => 41,
        R::MustStaple { .. } => 42,
    }
}

fn violation_index(violation: &Violation) -> usize {
    use Violation as V;
    match violation {
        V::Malformed { .. } => 0,
        V::TooMuchWork { .. } => 1,
        V::ExcludedDns { .. } => 2,
        V::OutsidePermittedDns { .. } => 3,
        V::ExcludedIp { .. } => 4,
        V::OutsidePermittedIp { .. } => 5,
        V::ExcludedDirectory { .. } => 6,
        V::OutsidePermittedDirectory { .. } => 7,
        V::ExcludedKind { .. } => 8,
        V::OnEndEntity => 9,
        V::ExcludedEmail { .. } => 10,
        V::OutsidePermittedEmail { .. } => 11,
        V::ExcludedUri { .. } => 12,
        V::OutsidePermittedUri { .. } => 13,
        V::CommonName { .. } => 14,
    }
}

#[test]
fn every_fact_has_a_fixture() {
    let problems: BTreeSet<usize> = fixtures::problems().iter().map(problem_index).collect();
    assert_eq!(problems, (0..45).collect());
    let rules: BTreeSet<usize> = fixtures::rules().iter().map(rule_index).collect();
    assert_eq!(rules, (0..43).collect());
    let violations: BTreeSet<usize> = fixtures::violations().iter().map(violation_index).collect();
    assert_eq!(violations, (0..15).collect());
}

#[test]
fn every_value_appears_in_both_languages() {
    for kind in fixtures::all() {
        for (lang, controls) in [(Lang::En, &CONTROLS_EN), (Lang::Zh, &CONTROLS_ZH)] {
            let (_, all) = plain_text(&kind, words(lang), controls);
            for value in values(&kind) {
                assert!(all.contains(&value), "{lang:?} {:?}: {value:?} missing from:\n{all}", kind.code());
            }
        }
    }
}

/// The English words left in `text` once values, client messages and
/// identifiers are taken out.
fn english_words(text: &str, values: &[String]) -> Vec<String> {
    let mut text = text.to_string();
    let mut removable: Vec<&str> =
        values.iter().map(String::as_str).chain(CLIENT_MESSAGES.iter().copied()).collect();
    // Longest first, so that a phrase goes before a word inside it.
    removable.sort_by_key(|value| std::cmp::Reverse(value.len()));
    for value in removable {
        text = text.replace(value, " ");
    }
    // Codes and rule ids name themselves.
    let ids: Vec<&str> =
        Code::ALL.iter().map(|code| code.as_str()).chain(fixtures::rules().iter().map(Rule::id)).collect();
    // Upper-case names with digits and hyphens (AES-256-CBC, SHA-1, PKCS#12)
    // are identifiers; so are hex numbers, dotted OIDs and host names.
    let identifier = |token: &str| {
        IDENTIFIERS.contains(&token)
            || ids.contains(&token)
            || token.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || "#.-_".contains(c))
            || token
                .strip_prefix("0x")
                .unwrap_or(token)
                .chars()
                .all(|c| c.is_ascii_hexdigit() || c == ':' || c == '.')
            || (token.contains('.')
                && token.split('.').all(|label| {
                    !label.is_empty() && label.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
                }))
    };
    text.split(|c: char| !(c.is_ascii_alphanumeric() || "'.:_#-".contains(c)))
        .map(|token| token.trim_matches(|c: char| ".:/-'".contains(c)))
        .filter(|token| token.chars().any(|c| c.is_ascii_alphabetic()))
        .filter(|token| !identifier(token))
        .map(str::to_string)
        .collect()
}

#[test]
fn chinese_is_chinese() {
    let mut found: BTreeSet<(String, &'static str)> = BTreeSet::new();
    for kind in fixtures::all() {
        let (plain, _) = plain_text(&kind, words(Lang::Zh), &CONTROLS_ZH);
        for word in english_words(&plain, &values(&kind)) {
            found.insert((word, kind.code().as_str()));
        }
    }
    assert!(found.is_empty(), "English in the Chinese words: {found:?}");
}

#[test]
fn the_english_check_finds_english() {
    // The check must be able to fail: a fragment like the one users saw.
    let leaked = english_words("server.p12 中的 PKCS#12 file 受密码保护", &["server.p12".to_string()]);
    assert_eq!(leaked, ["file"]);
}

#[test]
fn stores_are_named() {
    use crate::stores::{StoreId, StoreSet};
    let kind = FindingKind::TrustStoreMissing {
        root: "Example Root".into(),
        trusted_by: StoreSet::of(&[StoreId::Apple, StoreId::Java]),
        missing: StoreSet::of(&[StoreId::Mozilla, StoreId::Android23]),
        distrusted: StoreSet::of(&[StoreId::Mozilla]),
        needs_intermediates: StoreSet::default(),
        intermediates: vec![],
    };
    for (lang, controls) in [(Lang::En, &CONTROLS_EN), (Lang::Zh, &CONTROLS_ZH)] {
        let words = words(lang);
        let (_, all) = plain_text(&kind, words, controls);
        for store in [StoreId::Apple, StoreId::Java, StoreId::Mozilla, StoreId::Android23] {
            assert!(all.contains(words.store(store)), "{lang:?}: {store:?} unnamed in {all}");
        }
        for store in StoreId::ALL {
            assert!(!words.store(store).is_empty());
        }
    }
}

/// Every finding crosses from the page's engine to the page whole (bincode,
/// as reports travel; `crate::transfer`).
#[cfg(feature = "transfer")]
#[test]
fn every_finding_crosses_to_the_page_whole() {
    for kind in fixtures::all() {
        let bytes = bincode::encode_to_vec(&kind, bincode::config::standard()).unwrap();
        let (back, _): (FindingKind, usize) = bincode::decode_from_slice(&bytes, bincode::config::standard()).unwrap();
        assert_eq!(back, kind);
    }
}

/// An input without a file name (the page's paste, a pasted root, the CLI's
/// standard input) is named in the reader's language in every finding that
/// names an input — as the input list names it — and a file whose name
/// merely begins with the same words keeps its name.
#[test]
fn inputs_without_a_file_name_are_named_in_each_language() {
    use crate::options::OwnName;
    let mut named = 0;
    for own in [OwnName::Paste, OwnName::PastedRoot, OwnName::StandardInput] {
        for (rest, file) in [("", false), (" (2048 KiB)", false), (".pem", true)] {
            let name = format!("{}{rest}", own.as_str());
            for mut kind in fixtures::all() {
                let names = kind.input_names_mut();
                if names.is_empty() {
                    continue;
                }
                named += 1;
                for input in names {
                    *input = name.clone();
                }
                let (_, en) = plain_text(&kind, words(Lang::En), &CONTROLS_EN);
                let (_, zh) = plain_text(&kind, words(Lang::Zh), &CONTROLS_ZH);
                assert!(en.contains(&name), "{}: {en}", kind.code().as_str());
                if file {
                    assert!(zh.contains(&name), "{}: {zh}", kind.code().as_str());
                } else {
                    let said = format!("{}{rest}", words(Lang::Zh).own_name(own));
                    assert!(zh.contains(&said), "{}: {said} not in {zh}", kind.code().as_str());
                    assert!(!zh.contains(own.as_str()), "{}: {zh}", kind.code().as_str());
                }
            }
        }
    }
    // Every kind of finding that names an input was asked, keys and limits included.
    assert!(named >= 9 * 100, "{named}");
}

/// The keys listed by the CLI name their input the same way.
#[test]
fn a_key_names_its_input_in_each_language() {
    use crate::finding::KeyRef;
    use crate::keys::KeyAlgorithm;
    let key = KeyRef {
        algorithm: KeyAlgorithm::Ec,
        bits: 256,
        curve: Some("P-256".into()),
        private: true,
        input: "standard input".into(),
        line: Some(1),
    };
    assert_eq!(words(Lang::En).key(&key), "EC P-256 private key (standard input, line 1)");
    assert_eq!(words(Lang::Zh).key(&key), "EC P-256 私钥（标准输入，第 1 行）");
}
