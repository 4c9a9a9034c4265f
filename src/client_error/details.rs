//! What an error line says beyond its family: the host, the depth, the
//! OpenSSL error number, the names the certificate is valid for, the
//! client's symbolic code, a root program's day of distrust, a PKCS#12
//! file's legacy encryption, keytool's reply without its issuers, a
//! Windows certificate whose private key is missing or out of reach, a
//! client certificate a server asked for and did not get.

use serde::Serialize;

/// What an error line says beyond its family.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "transfer", derive(bincode::Encode, bincode::Decode))]
pub struct Details {
    /// The host the client connected to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub host: Option<String>,
    /// The depth in the chain the error is about (0: the leaf).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub depth: Option<u32>,
    /// OpenSSL's verify error number (X509_V_ERR_*).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub openssl_error: Option<u32>,
    /// The names the certificate is valid for, as the client listed them.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub names: Vec<String>,
    /// The client's symbolic code (NET::ERR_CERT_…, SEC_ERROR_…, a Node
    /// code, a Schannel code).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// The day after which the client no longer trusts the root's
    /// certificates, as it names it (Java: "TLS server certificate issued
    /// after 2024-11-11 and anchored by a distrusted legacy Entrust root
    /// CA"), `YYYY-MM-DD`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub distrusted_after: Option<String>,
    /// A PKCS#12 file OpenSSL 3 cannot open without its legacy provider
    /// (RC2-40 or RC4 encryption, as older exports use): not a password.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub legacy_pkcs12: bool,
    /// keytool could not build a path from a CA's reply (the signed
    /// certificate being imported) to a certificate the keystore or cacerts
    /// holds: its issuers are to be imported first. No server is involved.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub keytool_reply: bool,
    /// Windows has the certificate but cannot use its private key (imported
    /// without it, in another store, or unreadable by the program's
    /// account): Schannel's and CryptoAPI's words for it. Not the chain.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub key_unreachable: bool,
    /// A server asked for a client certificate (mutual TLS) and got none,
    /// as either side says it. Not the server's chain.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub client_certificate_missing: bool,
}

impl Details {
    /// Whether the line says what it is beyond its family (a root's day of
    /// distrust, a legacy PKCS#12 file, keytool's reply, a Windows key out
    /// of reach, a client certificate not sent): its words then give that,
    /// not the family's other usual causes.
    pub fn says_what_it_is(&self) -> bool {
        self.distrusted_after.is_some()
            || self.legacy_pkcs12
            || self.keytool_reply
            || self.key_unreachable
            || self.client_certificate_missing
    }
}

/// Both sides' words for a client certificate asked for and not sent.
const CLIENT_CERTIFICATE_MISSING: &[&str] = &[
    "no required ssl certificate was sent",
    "client sent no required ssl certificate",
    "peer did not return a certificate",
    "certificate_required",
    "certificate required",
    "certificaterequired",
    "empty client certificate chain",
    "client didn't provide a certificate",
    "client_auth_cert_needed",
];

/// Windows' words for a certificate whose private key it cannot use.
const KEY_UNREACHABLE: &[&str] = &[
    "keyset does not exist",
    "private key could not be accessed",
    "cryptacquirecertificateprivatekey",
    "credentials supplied to the package were not recognized",
    "sec_e_unknown_credentials",
    "0x8009030d",
    "sec_e_no_credentials",
    "0x8009030e",
    "does not have a private key information property",
    "server credential private key",
    "a specified logon session does not exist",
    "cryptographicexception: access is denied",
    "密钥集不存在",
];

/// The details a line carries; `lower` is the line in lower case.
pub(super) fn details(line: &str, lower: &str) -> Details {
    let mut details = Details {
        openssl_error: openssl_number(lower),
        depth: number_after(line, "depth=").or_else(|| number_before(line, " depth")),
        code: symbolic_code(line),
        distrusted_after: distrusted_after(line),
        legacy_pkcs12: legacy_pkcs12(lower),
        keytool_reply: ["failed to establish chain from reply", "无法从回复中建立链"].iter().any(|token| lower.contains(token)),
        key_unreachable: KEY_UNREACHABLE.iter().any(|token| lower.contains(token)),
        client_certificate_missing: CLIENT_CERTIFICATE_MISSING.iter().any(|token| lower.contains(token)),
        ..Details::default()
    };
    if let Some((names, host)) = go_valid_for(line) {
        details.names = names;
        details.host = Some(host);
    } else if let Some((host, names)) = node_altnames(line) {
        details.host = Some(host);
        details.names = names;
    } else {
        details.host = host_of(line);
    }
    details
}

/// OpenSSL's verify number: `num=N`, `Error (N)`, `(N: text`, `error N at`,
/// `Verify return code: N`, `verify result: text (N)` (`lower`: the line in
/// lower case).
fn openssl_number(lower: &str) -> Option<u32> {
    number_after(lower, "num=")
        .or_else(|| number_after(lower, "verify return code: "))
        .or_else(|| number_after(lower, "error (").filter(|_| lower.contains("verification")))
        .or_else(|| {
            let at = lower.find("error ")?;
            let rest = &lower[at + 6..];
            let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
            rest[digits.len()..].starts_with(" at ").then(|| digits.parse().ok()).flatten()
        })
        .or_else(|| {
            // "(20: unable to get local issuer certificate)"
            lower.match_indices('(').find_map(|(at, _)| {
                let rest = &lower[at + 1..];
                let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
                let after = rest[digits.len()..].strip_prefix(':')?;
                (!digits.is_empty() && after.trim_start().starts_with(|c: char| c.is_ascii_alphabetic()))
                    .then(|| digits.parse().ok())
                    .flatten()
            })
        })
}

fn number_after(text: &str, marker: &str) -> Option<u32> {
    let at = text.find(marker)? + marker.len();
    let digits: String = text[at..].chars().take_while(char::is_ascii_digit).collect();
    digits.parse().ok()
}

fn number_before(text: &str, marker: &str) -> Option<u32> {
    let at = text.find(marker)?;
    let digits: String =
        text[..at].chars().rev().take_while(char::is_ascii_digit).collect::<Vec<_>>().into_iter().rev().collect();
    digits.parse().ok()
}

/// The first symbolic error code on the line.
fn symbolic_code(line: &str) -> Option<String> {
    const PREFIXES: [&str; 9] = [
        "NET::ERR_",
        "net::ERR_",
        "MOZILLA_PKIX_ERROR_",
        "SEC_ERROR_",
        "SSL_ERROR_",
        "SEC_E_",
        "CRYPT_E_",
        "CERT_TRUST_IS_",
        "ERR_TLS_",
    ];
    let token = |at: usize| -> String {
        line[at..].chars().take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | ':')).collect()
    };
    if let Some(at) = PREFIXES.iter().filter_map(|prefix| line.find(prefix)).min() {
        return Some(token(at));
    }
    // Node: code: 'CERT_HAS_EXPIRED'; npm: code UNABLE_TO_GET_ISSUER_CERT_LOCALLY.
    for marker in ["code: '", "code: \"", "code "] {
        if let Some(at) = line.find(marker) {
            let code: String = line[at + marker.len()..]
                .chars()
                .take_while(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || *c == '_')
                .collect();
            if code.len() >= 6 {
                return Some(code);
            }
        }
    }
    // Schannel and Win32 codes survive localisation.
    line.find("0x8009").map(|at| line[at..].chars().take(10).collect())
}

/// Java's distrust of a root's later certificates: `issued after
/// 2024-11-11 and anchored by a distrusted … root CA`.
fn distrusted_after(line: &str) -> Option<String> {
    let at = line.find("issued after ")? + "issued after ".len();
    let day = line.get(at..at + 10)?;
    let shape = day.bytes().enumerate().all(|(index, byte)| match index {
        4 | 7 => byte == b'-',
        _ => byte.is_ascii_digit(),
    });
    (shape && line[at..].contains("distrusted")).then(|| day.to_string())
}

/// OpenSSL 3 refusing a PKCS#12 file's legacy encryption: it names the
/// algorithm (`Algorithm (RC2-40-CBC : 0)`), or Node says "Unsupported
/// PKCS12 PFX data", or curl quotes the fetch error with the file.
/// OpenSSL's "digital envelope routines::unsupported" alone is not it (Node
/// 17's webpack prints it for MD4). `lower`: the line in lower case.
fn legacy_pkcs12(lower: &str) -> bool {
    ["algorithm (rc2", "algorithm (rc4", "unsupported pkcs12 pfx data"].iter().any(|token| lower.contains(token))
        || (lower.contains("pkcs12") && lower.contains("digital envelope routines") && lower.contains("unsupported"))
}

/// Go: `certificate is valid for A, B, not C`.
fn go_valid_for(line: &str) -> Option<(Vec<String>, String)> {
    let at = line.find("is valid for ")? + "is valid for ".len();
    let rest = &line[at..];
    let (valid, not) = rest.rsplit_once(", not ")?;
    let host = not.split(|c: char| c.is_whitespace() || c == '"').next()?.trim_end_matches(['.', ',', ')']).to_string();
    let names = valid.split(", ").map(|name| name.trim().to_string()).filter(|name| !name.is_empty()).collect();
    (!host.is_empty()).then_some((names, host))
}

/// Node: `Host: x. is not in the cert's altnames: DNS:a, DNS:b`.
fn node_altnames(line: &str) -> Option<(String, Vec<String>)> {
    let at = line.find("Host: ").or_else(|| line.find("IP: "))?;
    let rest = &line[at..];
    let host = rest.split_whitespace().nth(1)?.trim_end_matches('.').to_string();
    let names = rest
        .split_once("altnames: ")
        .map(|(_, names)| {
            names
                .split(", ")
                .map(|name| name.trim_start_matches("DNS:").trim_start_matches("IP Address:").trim_matches(['"', '\'', ' ']))
                .map(str::to_string)
                .filter(|name| !name.is_empty())
                .collect()
        })
        .unwrap_or_default();
    Some((host, names))
}

/// The host, from the phrasings clients use.
fn host_of(line: &str) -> Option<String> {
    const BEFORE: [&str; 14] = [
        "could not prove that it is ",
        "此服务器无法证明它是",
        "Hostname ",
        "matching ",
        "not valid for '",
        "not valid for \"",
        "target host name '",
        "target hostname '",
        "does not match host name \"",
        "for hostname ",
        "Requested hostname: ",
        "requested host name `",
        "The certificate for ",
        "host='",
    ];
    for marker in BEFORE {
        if let Some(at) = line.find(marker) {
            let host: String = line[at + marker.len()..]
                .trim_start()
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '*' | ':' | '_' | '[' | ']'))
                .collect();
            let host = host.trim_end_matches(['.', ':']).to_string();
            if looks_like_host(&host) {
                return Some(host);
            }
        }
    }
    // A URL on the line: the host the client connected to.
    let at = line.find("https://")? + "https://".len();
    let host: String =
        line[at..].chars().take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-')).collect();
    looks_like_host(&host).then_some(host)
}

fn looks_like_host(text: &str) -> bool {
    !text.is_empty() && text.len() <= 253 && (text.contains('.') || text == "localhost" || text.contains(':'))
}
