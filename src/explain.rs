//! The words: a title, an explanation and a fix for every finding, in
//! English and Simplified Chinese.
//!
//! Everything a person reads about a finding is produced here from the
//! finding's typed context, so the CLI, the page and the JSON report agree.
//! Explanations name the certificate and the exact dates or sizes involved,
//! say who will fail, and fixes give commands that can be run as they are.

use serde::Serialize;

use crate::finding::{FindingKind, Limit};
use crate::pem::PemProblem;

/// The language of explanations.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Lang {
    #[default]
    En,
    /// Simplified Chinese.
    Zh,
}

impl Lang {
    /// `en` or `zh` (also `zh-CN`, `zh-Hans`).
    pub fn parse(text: &str) -> Option<Self> {
        let lower = text.trim().to_ascii_lowercase();
        match lower.as_str() {
            "en" | "en-us" | "en-gb" | "english" => Some(Self::En),
            "zh" | "zh-cn" | "zh-hans" | "zh-sg" | "chinese" => Some(Self::Zh),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::En => "en",
            Self::Zh => "zh",
        }
    }
}

/// What a person reads about one finding.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Explanation {
    pub title: String,
    pub explanation: String,
    pub fix: String,
}

/// Renders a finding in `lang`.
pub fn explain(kind: &FindingKind, lang: Lang) -> Explanation {
    match lang {
        Lang::En => english(kind),
        Lang::Zh => chinese(kind),
    }
}

fn text(title: String, explanation: String, fix: String) -> Explanation {
    Explanation { title, explanation, fix }
}

fn plural(count: i64, one: &str, many: &str) -> String {
    if count.abs() == 1 {
        format!("{count} {one}")
    } else {
        format!("{count} {many}")
    }
}

fn english(kind: &FindingKind) -> Explanation {
    match kind {
        FindingKind::InputUnrecognised { input, bytes, looks_like } => text(
            format!("Nothing usable in {input}"),
            format!(
                "{input} ({bytes} bytes) holds no certificate, private key, certificate request or \
                 bundle that certdoctor can read.{}",
                looks_like.as_ref().map(|what| format!(" It looks like {what}.")).unwrap_or_default()
            ),
            "Paste the certificate as PEM (the text from -----BEGIN CERTIFICATE----- to \
             -----END CERTIFICATE-----) or give the file your server is configured with \
             (nginx: ssl_certificate; Apache: SSLCertificateFile). To see what a file holds: \
             `openssl x509 -in FILE -noout -text` or, for DER, add `-inform DER`."
                .to_string(),
        ),
        FindingKind::PemMalformed { input, line, problem } => {
            let (what, fix) = match problem {
                PemProblem::MissingEnd { label } => (
                    format!("the block \"-----BEGIN {label}-----\" has no \"-----END {label}-----\" line, so the file was cut short or two files were pasted into each other"),
                    format!("Copy the block again in full: it must end with the line -----END {label}-----. If it came from a download, fetch it again; servers like nginx refuse to start with a truncated file (\"PEM_read_bio_X509: bad end line\")."),
                ),
                PemProblem::MismatchedEnd { begin, end } => (
                    format!("the block opens with \"BEGIN {begin}\" but closes with \"END {end}\""),
                    "A block was probably cut and another pasted into it. Take each block again from its original file, each from its own BEGIN line to the matching END line.".to_string(),
                ),
                PemProblem::BadBase64 { label, detail } => (
                    format!("the {label} block is not valid base64: {detail}"),
                    "Copy the block again without editing it: no added spaces in the middle of lines, no quotes, no characters changed by a word processor or chat program. `openssl x509 -in FILE -noout` shows whether OpenSSL can read it.".to_string(),
                ),
                PemProblem::UnknownLabel { label } => (
                    format!("the label \"{label}\" is not one used for TLS certificates or keys"),
                    "Check that this is the file you meant. Certificates are labelled CERTIFICATE, keys PRIVATE KEY, RSA PRIVATE KEY or EC PRIVATE KEY, requests CERTIFICATE REQUEST.".to_string(),
                ),
                PemProblem::Empty { label } => (
                    format!("the {label} block is empty"),
                    "Export the certificate or key again; the file was written without its contents.".to_string(),
                ),
                PemProblem::BrokenMarker => (
                    "a \"-----BEGIN\" line is not closed by \"-----\"".to_string(),
                    "Check the BEGIN line: it must read exactly like -----BEGIN CERTIFICATE----- with five dashes on each side.".to_string(),
                ),
            };
            text(
                format!("Broken PEM block in {input} at line {line}"),
                format!("In {input}, starting at line {line}, {what}. Software that reads this file (web servers, curl, OpenSSL) will reject it or ignore the block."),
                fix,
            )
        }
        FindingKind::CertUnparseable { input, line, reason } => text(
            format!("A certificate in {input} cannot be read"),
            format!(
                "The certificate{} in {input} is not a valid X.509 certificate: {reason}. \
                 TLS clients will reject it.",
                line.map(|line| format!(" at line {line}")).unwrap_or_default()
            ),
            "Take the certificate again from the place that issued it (your CA's download page or \
             the ACME client's output directory). Check it with `openssl x509 -in FILE -noout -text`."
                .to_string(),
        ),
        FindingKind::InputLimitExceeded { limit, maximum, skipped } => {
            let what = match limit {
                Limit::TotalBytes => {
                    format!("the inputs together are larger than {} MiB", maximum / (1024 * 1024))
                }
                Limit::PemBlocks => format!("there are more than {maximum} PEM blocks"),
                Limit::Certificates => format!("there are more than {maximum} certificates"),
                Limit::KeyDerivation => {
                    format!("an encrypted input asks for more password-hashing work than certdoctor allows (limit {maximum})")
                }
                Limit::RsaKeySize => format!("an RSA key is larger than {maximum} bits"),
                Limit::ContainerEntries => format!("a container holds more than {maximum} entries"),
            };
            text(
                "Input too large: part of it was not analysed".to_string(),
                format!("certdoctor stops reading when {what}, to stay fast on any input. Not analysed: {skipped}."),
                "Give only the files your server uses: its certificate chain, its key and, if you have them, your own root certificates. A TLS chain is rarely more than 4 certificates.".to_string(),
            )
        }
        FindingKind::CertExpired { certificate, not_after, at, days } => text(
            format!("Certificate \"{certificate}\" expired on {}", not_after.to_human()),
            format!(
                "\"{certificate}\" was valid until {}; at {} it had been expired for {}. Every \
                 TLS client refuses an expired certificate: browsers show \
                 NET::ERR_CERT_DATE_INVALID, curl and OpenSSL say \"certificate has expired\", \
                 Java throws CertificateExpiredException.",
                not_after.to_human(),
                at.to_human(),
                plural(*days, "day", "days")
            ),
            format!(
                "Renew the certificate \"{certificate}\" with your CA (for Let's Encrypt: \
                 `certbot renew` or your ACME client's renew command), install the new \
                 certificate and its chain, and reload the server (`nginx -s reload`, \
                 `systemctl reload apache2`). If a renewed file already exists, the server is \
                 still pointing at the old one: check ssl_certificate / SSLCertificateFile. \
                 Check the result with `openssl x509 -in FILE -noout -enddate`."
            ),
        ),
        FindingKind::CertNotYetValid { certificate, not_before, at, days } => text(
            format!("Certificate \"{certificate}\" is not valid until {}", not_before.to_human()),
            format!(
                "\"{certificate}\" only becomes valid on {}, {} after the moment checked ({}). \
                 Clients refuse it until then (browsers: NET::ERR_CERT_DATE_INVALID; OpenSSL: \
                 \"certificate is not yet valid\"). Often this means a clock is wrong: the \
                 server's or CA's when it was issued, or the client's.",
                not_before.to_human(),
                plural(*days, "day", "days"),
                at.to_human()
            ),
            "Check the clocks first (`date -u` on the server and the client; enable NTP with \
             `timedatectl set-ntp true`). If the clocks are right, install the previous \
             certificate until this one becomes valid, or have the CA reissue it with a current \
             start date."
                .to_string(),
        ),
        FindingKind::CertExpiringSoon { certificate, not_after, at, days, warn_days } => text(
            format!("Certificate \"{certificate}\" expires in {}", plural(*days, "day", "days")),
            format!(
                "\"{certificate}\" is valid until {}, which is {} after {} — within the \
                 {warn_days}-day warning window. Once it passes, every client will refuse it.",
                not_after.to_human(),
                plural(*days, "day", "days"),
                at.to_human()
            ),
            format!(
                "Renew \"{certificate}\" now and install the new certificate with its chain \
                 (`certbot renew`, or request a new certificate from your CA). Automate renewal \
                 so that it happens at least {warn_days} days before expiry, and monitor it \
                 (`certdoctor check fullchain.pem --warn-days {warn_days}` in a daily job exits \
                 non-zero only on errors, so look for this code in `--json` output)."
            ),
        ),
        FindingKind::InputUnparseable { input, line, what, reason } => text(
            format!("The {what} in {input} cannot be read"),
            format!(
                "The {what}{} in {input} is damaged or not in a standard form: {reason}. The rest of the \
                 input was still analysed.",
                line.map(|line| format!(" at line {line}")).unwrap_or_default()
            ),
            format!(
                "Export the {what} again from the tool that made it. To inspect it: `openssl pkcs7 -print_certs \
                 -in FILE` for PKCS#7, `openssl pkcs12 -info -in FILE` for PKCS#12, `openssl req -text -noout -in \
                 FILE` for a request, `openssl crl -text -noout -in FILE` for a CRL."
            ),
        ),
        FindingKind::InputSshKey { input, line } => text(
            format!("{input} holds an SSH key, not a TLS key"),
            format!(
                "The block{} in {input} is an OpenSSH private key (\"-----BEGIN OPENSSH PRIVATE KEY-----\"). \
                 SSH keys log you in to servers; they are not the key of a TLS certificate, and web servers \
                 cannot use this file.",
                line.map(|line| format!(" at line {line}")).unwrap_or_default()
            ),
            "Use the private key that was created with the certificate's request (often privkey.pem, \
             server.key or the file named by nginx ssl_certificate_key / Apache SSLCertificateKeyFile). If you \
             really mean to reuse this key, convert it: `ssh-keygen -p -m PEM -f KEYFILE` rewrites it as a \
             PEM key (it changes the file in place: work on a copy)."
                .to_string(),
        ),
        FindingKind::InputJavaKeystore { input, store, certificates, key_aliases, incomplete } => text(
            format!("{input} is a Java {store} keystore"),
            format!(
                "{input} is a Java keystore ({store}). certdoctor read {certificates} certificate(s) from it{}. \
                 {}{}",
                if key_aliases.is_empty() { String::new() } else { format!(" and found private-key entries ({})", key_aliases.join(", ")) },
                if key_aliases.is_empty() { String::new() } else { "Keys in a JKS are sealed with a Java-only scheme, so they cannot be checked here. ".to_string() },
                incomplete.as_ref().map(|reason| format!("Reading stopped early: {reason}.")).unwrap_or_default()
            ),
            format!(
                "Convert the keystore to PKCS#12, which every tool reads: `keytool -importkeystore -srckeystore \
                 {input} -destkeystore keystore.p12 -deststoretype pkcs12`. Then check keystore.p12 here with its \
                 password, or extract PEM files: `openssl pkcs12 -in keystore.p12 -nodes -out all.pem`."
            ),
        ),
        FindingKind::InputCsrNotCertificate { input, request, only_requests } => text(
            format!("{input} holds a certificate request for \"{request}\", not a certificate"),
            if *only_requests {
                format!(
                    "{input} contains a certificate signing request (CSR) for \"{request}\". A CSR is what you \
                     send to a CA to ask for a certificate; a server cannot use it, and no certificate was given \
                     to check."
                )
            } else {
                format!(
                    "{input} contains a certificate signing request (CSR) for \"{request}\". It is not part of \
                     a chain, but it was used to check which private key and certificate belong to it."
                )
            },
            if *only_requests {
                "Send the CSR to your CA (or let your ACME client do it) and install the certificate it returns, \
                 with its intermediate certificates. Then check the certificate file here. To see what a CSR \
                 asks for: `openssl req -in FILE -noout -text`."
                    .to_string()
            } else {
                "Nothing to fix: do not put the CSR into the server's certificate file.".to_string()
            },
        ),
        FindingKind::PasswordRequired { input, what } => text(
            format!("{input} is encrypted: a password is needed"),
            format!(
                "The {what} in {input} is protected with a password, and none was given, so what it holds \
                 could not be checked. Everything else was analysed."
            ),
            "Type the password into the password field (command line: `--password PW`). It stays on this \
             machine. To remove the password from a key for a server that cannot ask for it: `openssl pkey -in \
             FILE -out key.pem` (keep the result private: chmod 600)."
                .to_string(),
        ),
        FindingKind::PasswordIncorrect { input, what, tried } => text(
            format!("Wrong password for {input}"),
            format!(
                "None of the {} given opens the {what} in {input}.",
                plural(*tried as i64, "password", "passwords")
            ),
            "Check the password (keyboard layout, caps lock, trailing spaces). Exports from Windows and macOS \
             ask for an export password when the file is made, which may differ from your login password. \
             `openssl pkcs12 -info -in FILE -noout` and `openssl pkey -in FILE -noout` test a password directly."
                .to_string(),
        ),
        FindingKind::EncryptionUnsupported { input, what, scheme } => text(
            format!("The encryption of {input} is not supported"),
            format!(
                "The {what} in {input} is encrypted with {scheme}, which certdoctor cannot decrypt, so its \
                 contents were not checked."
            ),
            "Re-encrypt it with a standard scheme, e.g. `openssl pkcs8 -topk8 -v2 aes-256-cbc -in KEY -out \
             key-aes.pem`, or for PKCS#12 `openssl pkcs12 -export -keypbe AES-256-CBC -certpbe AES-256-CBC \
             -macalg sha256 …`, then check that file."
                .to_string(),
        ),
        FindingKind::KeyMismatch { certificate, keys, matches } => text(
            format!("The private key does not belong to \"{certificate}\""),
            format!(
                "The certificate \"{certificate}\" carries a public key that none of the private keys given ({}) \
                 matches.{} A server configured with this pair will not start (nginx: \"key values mismatch\"; \
                 Apache: \"private key does not match the certificate\") or every handshake will fail.",
                keys.join("; "),
                matches.as_ref().map(|other| format!(" The key belongs to {other} instead.")).unwrap_or_default()
            ),
            "Find the key that was generated together with the certificate's request, or get a new \
             certificate for the key you have (make a CSR from it: `openssl req -new -key KEY -out req.csr`). \
             To compare by hand: `openssl x509 -in CERT -noout -pubkey | openssl sha256` and `openssl pkey -in \
             KEY -pubout | openssl sha256` must print the same hash."
                .to_string(),
        ),
        FindingKind::KeyWeak { subject, algorithm, bits, minimum } => text(
            format!("Weak {algorithm} key: {bits} bits in {subject}"),
            format!(
                "{subject} uses a {bits}-bit {algorithm} key; at least {minimum} bits are required. Browsers, \
                 Java (jdk.certpath.disabledAlgorithms), Android and OpenSSL at security level 2 reject it, and \
                 CAs have not issued such certificates since 2013."
            ),
            "Make a new key and get a new certificate for it: `openssl req -new -newkey rsa:2048 -nodes \
             -keyout new.key -out new.csr` (or `-newkey ec -pkeyopt ec_paramgen_curve:P-256`), send new.csr to \
             your CA and install the result with its chain."
                .to_string(),
        ),
        FindingKind::KeyUnreadable { input, line, reason } => text(
            format!("A key in {input} cannot be read"),
            format!(
                "The key{} in {input} is damaged or not in a standard form: {reason}.",
                line.map(|line| format!(" at line {line}")).unwrap_or_default()
            ),
            "Take the key again from where it was made (the server's key file, or the machine where the CSR \
             was generated). `openssl pkey -in FILE -noout` tells whether OpenSSL can read it."
                .to_string(),
        ),
        FindingKind::KeyUnsupported { input, line, reason } => text(
            format!("A key in {input} cannot be used for this check"),
            format!(
                "The key{} in {input} was read, but {reason}.",
                line.map(|line| format!(" at line {line}")).unwrap_or_default()
            ),
            "For TLS server certificates use RSA (2048 bits or more), ECDSA P-256/P-384, or Ed25519 where \
             clients support it."
                .to_string(),
        ),
        FindingKind::ChainIncomplete { certificate, missing_issuer, ca_issuers } => text(
            format!("Missing intermediate certificate: the issuer of \"{certificate}\""),
            format!(
                "\"{certificate}\" was issued by \"{missing_issuer}\", which is neither in the bundle nor a \
                 trusted root. Browsers may paper over this by fetching or caching the intermediate, but curl, \
                 OpenSSL, Python, Java, Go, Android apps and most API clients fail with \"unable to get local \
                 issuer certificate\" / \"unable to find valid certification path\".{}",
                ca_issuers.as_ref().map(|url| format!(" The certificate says its issuer can be downloaded from {url}.")).unwrap_or_default()
            ),
            format!(
                "Add the intermediate certificate \"{missing_issuer}\" after the leaf in the file the server \
                 sends{}. nginx: ssl_certificate must point to the full chain (leaf first, then intermediates; \
                 for Let's Encrypt use fullchain.pem, not cert.pem). Apache ≥ 2.4.8: put the chain in \
                 SSLCertificateFile. HAProxy: append it to the .pem in `crt`. IIS: import it into \"Intermediate \
                 Certification Authorities\". Then `openssl s_client -connect HOST:443 -showcerts` should list it.",
                ca_issuers
                    .as_ref()
                    .map(|url| format!(" (download it: `curl -o issuer.der {url}`, convert: `openssl x509 -inform DER -in issuer.der -out issuer.pem`)"))
                    .unwrap_or_default()
            ),
        ),
        FindingKind::ChainOutOfOrder { served, expected } => text(
            "The chain is in the wrong order".to_string(),
            format!(
                "The bundle sends {}, but a TLS server must send the leaf first and then each issuer in turn: \
                 {}. Many clients (older OpenSSL, Java, embedded devices) fail on a misordered chain.",
                served.join(" → "),
                expected.join(" → ")
            ),
            "Use the corrected bundle below (download fullchain.pem), or rebuild it yourself: `cat leaf.pem \
             intermediate.pem > fullchain.pem`, leaf first. Point nginx ssl_certificate / Apache \
             SSLCertificateFile at it and reload."
                .to_string(),
        ),
        FindingKind::ChainRootIncluded { root } => text(
            format!("The bundle includes the root \"{root}\""),
            format!(
                "The self-signed root \"{root}\" is in the bundle. Clients only trust roots they already have, \
                 so sending it is useless: it costs bytes on every handshake, and some clients (older Android, \
                 Java) build a wrong path when a cross-signed root is sent."
            ),
            "Remove the root from the file the server sends: serve the leaf and intermediates only (the \
             corrected bundle below)."
                .to_string(),
        ),
        FindingKind::ChainDuplicateCertificate { certificate } => text(
            format!("\"{certificate}\" appears twice"),
            format!("The certificate \"{certificate}\" is in the bundle more than once. It wastes bytes, and some clients reject chains with repeated certificates."),
            "Keep one copy: use the corrected bundle below.".to_string(),
        ),
        FindingKind::ChainUnrelatedCertificate { certificate, leaf } => text(
            format!("\"{certificate}\" does not belong to this chain"),
            format!(
                "The certificate \"{certificate}\" is not on the path from \"{leaf}\" to its root. An extra \
                 certificate confuses some clients and often means the bundle was assembled from the wrong files."
            ),
            "Remove it from the bundle (the corrected bundle below leaves it out). If it is the leaf you meant \
             to check, give its own chain instead."
                .to_string(),
        ),
        FindingKind::CertValidityTooLong { certificate, days, not_before, not_after } => text(
            format!("\"{certificate}\" is valid for {days} days: more than 398"),
            format!(
                "\"{certificate}\" is valid from {} to {}, {days} days. Since 1 September 2020 Safari and other \
                 Apple clients, Chrome and Firefox reject publicly trusted TLS certificates valid for more than 398 \
                 days.",
                not_before.to_human(),
                not_after.to_human()
            ),
            "Have the certificate reissued with a lifetime of at most 398 days (public CAs do this by default; \
             ACME clients use 90 days) and renew automatically."
                .to_string(),
        ),
        FindingKind::NameMismatch { certificate, host, names } => text(
            format!("\"{certificate}\" is not valid for {host}"),
            format!(
                "The certificate covers {}, not {host}. Browsers show NET::ERR_CERT_COMMON_NAME_INVALID, curl says \
                 \"no alternative certificate subject name matches target host name\", Java \"No subject \
                 alternative DNS name matching\". A wildcard covers exactly one label: *.example.com matches \
                 www.example.com but not example.com or a.b.example.com.",
                if names.is_empty() { "no names".to_string() } else { names.join(", ") }
            ),
            format!(
                "Get a certificate that lists {host} in its subjectAltName (with certbot: `certbot certonly -d \
                 {host} …`), or check that the server sends the right certificate for this name (nginx: the \
                 server_name / ssl_certificate of that server block; SNI)."
            ),
        ),
        FindingKind::NameNoSan { certificate, host, subject } => text(
            format!("\"{certificate}\" has no subjectAltName"),
            format!(
                "The certificate has no subjectAltName extension; its name is only in the subject ({subject}). \
                 Since 2017 Chrome, Firefox, Safari, Go and Python ignore the common name, so it is valid for no \
                 host at all, including {host}."
            ),
            format!(
                "Reissue the certificate with the names in subjectAltName: `openssl req -new -key KEY -subj \
                 \"/CN={host}\" -addext \"subjectAltName=DNS:{host}\" -out req.csr`, and have it signed again."
            ),
        ),
        FindingKind::SignatureInvalid { signed, signer } => text(
            format!("The signature on \"{signed}\" does not verify"),
            format!(
                "\"{signed}\" names \"{signer}\" as its issuer, but its signature does not verify with that \
                 certificate's key. The certificate was altered, or \"{signer}\" is a different certificate with \
                 the same name (for example a reissued CA). Every client rejects the chain."
            ),
            "Take the issuer certificate from the CA that issued this certificate (its AIA caIssuers URL or the CA's \
             download page), not from another source with a similar name. `openssl verify -CAfile issuer.pem \
             cert.pem` checks one link."
                .to_string(),
        ),
        FindingKind::SignatureWeakAlgorithm { certificate, algorithm } => text(
            format!("\"{certificate}\" is signed with {algorithm}"),
            format!(
                "\"{certificate}\" is signed with {algorithm}. Collisions for SHA-1 and MD5 can be computed, so \
                 browsers, Java, OpenSSL at security level 1+ and Windows reject such signatures below the root."
            ),
            "Have the certificate (or intermediate) reissued with a SHA-256 (or stronger) signature; every current \
             CA does this by default."
                .to_string(),
        ),
        FindingKind::TrustUntrustedRoot { root, leaf } => text(
            format!("The chain of \"{leaf}\" ends at \"{root}\", which is not trusted"),
            format!(
                "The path from \"{leaf}\" ends at the self-signed root \"{root}\", which is not in the public \
                 (Mozilla) root store and was not given as a root. Clients that do not have this root installed \
                 reject the certificate (\"self-signed certificate in certificate chain\")."
            ),
            "If this is your own CA, install its root on every client (or check here with --root root.pem). For \
             a public site, get a certificate from a publicly trusted CA (for example Let's Encrypt)."
                .to_string(),
        ),
        FindingKind::TrustSelfSigned { certificate } => text(
            format!("\"{certificate}\" is self-signed"),
            format!(
                "\"{certificate}\" signed itself, and it is not a trusted root. Browsers show \
                 NET::ERR_CERT_AUTHORITY_INVALID; curl and OpenSSL say \"self-signed certificate\"."
            ),
            "For a public site, replace it with a certificate from a public CA (Let's Encrypt: `certbot --nginx \
             -d HOST`). For internal use, issue it from your own CA and install that CA's root on the clients."
                .to_string(),
        ),
        FindingKind::IssuerNotCa { issuer, issued, basic_constraints_ca, key_cert_sign } => text(
            format!("\"{issuer}\" is not allowed to issue certificates"),
            format!(
                "\"{issued}\" was signed by \"{issuer}\", but \"{issuer}\" {}. Clients reject the chain \
                 (OpenSSL: \"invalid CA certificate\").",
                match (basic_constraints_ca, key_cert_sign) {
                    (false, true) => "is not a CA (its basicConstraints does not say CA:TRUE)".to_string(),
                    (true, false) => "has a keyUsage without keyCertSign".to_string(),
                    _ => "is not a CA and its keyUsage lacks keyCertSign".to_string(),
                }
            ),
            "The issuer must be a real CA certificate. If you made this CA yourself, recreate it with \
             `-addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign`, then reissue \
             the certificates below it."
                .to_string(),
        ),
        FindingKind::PathLengthExceeded { issuer, limit, below } => text(
            format!("Too many CAs below \"{issuer}\""),
            format!(
                "\"{issuer}\" allows at most {limit} intermediate CA(s) below it (pathLenConstraint), but this \
                 path has {below}. Clients reject the chain."
            ),
            format!("Issue the leaf from a CA at most {limit} level(s) below \"{issuer}\", or reissue the CA hierarchy with a larger pathlen.").to_string(),
        ),
        FindingKind::ChainTooLong { leaf, intermediates, limit } => text(
            format!("The chain of \"{leaf}\" is longer than the client allows"),
            format!(
                "The path from \"{leaf}\" to its root passes through {intermediates} intermediate CA(s) (not counting \
                 self-issued re-keys), but the verify depth in force allows {limit}. A client with that limit stops \
                 building the path and rejects the chain, as OpenSSL does past `-verify_depth`, nginx past \
                 `ssl_verify_depth` and rustls past six intermediates."
            ),
            format!(
                "Get a certificate from a CA with a shorter hierarchy (at most {limit} intermediate(s) below the root), \
                 or raise the client's limit (`openssl verify -verify_depth {intermediates}`, nginx \
                 `ssl_verify_depth {};`).",
                intermediates + 1
            ),
        ),
        FindingKind::EkuServerAuthMissing { certificate, is_leaf, usages } => text(
            format!("\"{certificate}\" is not for TLS servers"),
            format!(
                "The extended key usage of {}\"{certificate}\" allows only {}, not serverAuth. Browsers, Go, \
                 Windows and OpenSSL (with a purpose) reject it for a TLS server.",
                if *is_leaf { "the leaf " } else { "the intermediate " },
                usages.join(", ")
            ),
            "Get a certificate made for TLS servers (extendedKeyUsage serverAuth); for your own CA: `-addext \
             extendedKeyUsage=serverAuth`."
                .to_string(),
        ),
        FindingKind::CertCriticalExtensionUnknown { certificate, extension } => text(
            format!("\"{certificate}\" has a critical extension clients do not know"),
            format!(
                "\"{certificate}\" carries the extension {extension} marked critical. RFC 5280 requires clients to \
                 reject a certificate with a critical extension they do not understand, and browsers, Go, rustls \
                 and OpenSSL do."
            ),
            "Have the certificate reissued without that extension, or with it marked non-critical.".to_string(),
        ),
        FindingKind::NameConstraintsViolated { certificate, issuer, detail } => text(
            format!("\"{certificate}\" breaks the name constraints of \"{issuer}\""),
            format!(
                "\"{issuer}\" may only issue for certain names, and \"{certificate}\" does not keep to them: \
                 {detail}. Browsers, Go, rustls and OpenSSL reject the chain."
            ),
            format!(
                "Issue the certificate from a CA whose name constraints allow its names, or ask the owner of \
                 \"{issuer}\" to widen them. `openssl x509 -in CA.pem -noout -ext nameConstraints` shows them."
            ),
        ),
        FindingKind::CertRevoked { certificate, serial, date, crl_issuer } => text(
            format!("\"{certificate}\" is revoked"),
            format!(
                "The CRL of \"{crl_issuer}\" lists serial number {serial} (\"{certificate}\") as revoked since {}. \
                 Clients that check revocation (Windows, macOS, Firefox with OCSP/CRLite, Java with revocation on) \
                 reject it.",
                date.to_human()
            ),
            "Request a new certificate (with a new key if the old one may be compromised), install it and its \
             chain, and reload the server."
                .to_string(),
        ),
        FindingKind::CertProfileViolation { certificate, rule, detail } => text(
            format!("\"{certificate}\" is not encoded as certificates must be ({rule})"),
            format!(
                "In \"{certificate}\": {detail}. Strict validators reject such a certificate — depending on the \
                 rule, Python 3.13+ (OpenSSL's strict mode), pyca/cryptography, rustls, Go's crypto/x509, or browsers \
                 for publicly trusted certificates — while lenient ones accept it, so the same chain can work with \
                 curl and fail in a Python, Go or Rust client."
            ),
            format!(
                "Have the certificate reissued by its CA; the rule above is a requirement of RFC 5280 or the CA/Browser \
                 Forum Baseline Requirements. For your own CA, fix its profile (openssl `-addext` options or the \
                 extensions section of its config) and reissue.{}",
                if crate::profile::web_pki_only(rule) {
                    " This rule binds publicly trusted certificates only: if the chain comes from your own private CA, \
                     give that CA as a root (`--root ca.pem`, or with `--profile rfc5280`) and it is judged by RFC 5280 \
                     alone."
                } else {
                    ""
                }
            ),
        ),
    }
}

fn chinese(kind: &FindingKind) -> Explanation {
    match kind {
        FindingKind::InputUnrecognised { input, bytes, looks_like } => text(
            format!("{input} 中没有可用内容"),
            format!(
                "{input}（{bytes} 字节）中没有 certdoctor 能读取的证书、私钥、证书签名请求或证书包。{}",
                looks_like.as_ref().map(|what| format!("它看起来像{what}。")).unwrap_or_default()
            ),
            "请以 PEM 格式粘贴证书（从 -----BEGIN CERTIFICATE----- 到 -----END CERTIFICATE----- 的全部文本），\
             或提供服务器实际配置的文件（nginx：ssl_certificate；Apache：SSLCertificateFile）。\
             查看文件内容：`openssl x509 -in 文件 -noout -text`，DER 格式再加 `-inform DER`。"
                .to_string(),
        ),
        FindingKind::PemMalformed { input, line, problem } => {
            let (what, fix) = match problem {
                PemProblem::MissingEnd { label } => (
                    format!("“-----BEGIN {label}-----”块缺少“-----END {label}-----”结束行，文件可能被截断，或两个文件被粘贴到了一起"),
                    format!("请完整地重新复制该块，它必须以 -----END {label}----- 行结束。如果是下载得到的文件，请重新下载；nginx 等服务器遇到截断的文件会拒绝启动（“PEM_read_bio_X509: bad end line”）。"),
                ),
                PemProblem::MismatchedEnd { begin, end } => (
                    format!("该块以“BEGIN {begin}”开始，却以“END {end}”结束"),
                    "可能是一个块被截断后粘贴进了另一个块。请从原始文件中分别重新复制每个块，从 BEGIN 行一直到对应的 END 行。".to_string(),
                ),
                PemProblem::BadBase64 { label, detail } => (
                    format!("{label} 块不是有效的 base64：{detail}"),
                    "请原样重新复制该块：行中间不要加空格，不要加引号，也不要让文字处理或聊天软件替换字符。`openssl x509 -in 文件 -noout` 可检查 OpenSSL 能否读取。".to_string(),
                ),
                PemProblem::UnknownLabel { label } => (
                    format!("标签“{label}”不是 TLS 证书或密钥使用的标签"),
                    "请确认这是你想要的文件。证书的标签是 CERTIFICATE，私钥是 PRIVATE KEY、RSA PRIVATE KEY 或 EC PRIVATE KEY，证书请求是 CERTIFICATE REQUEST。".to_string(),
                ),
                PemProblem::Empty { label } => (
                    format!("{label} 块是空的"),
                    "请重新导出证书或私钥；该文件写入时缺少了内容。".to_string(),
                ),
                PemProblem::BrokenMarker => (
                    "有一行“-----BEGIN”没有以“-----”结束".to_string(),
                    "请检查 BEGIN 行：必须与 -----BEGIN CERTIFICATE----- 完全一致，两侧各五个短横线。".to_string(),
                ),
            };
            text(
                format!("{input} 第 {line} 行的 PEM 块已损坏"),
                format!("在 {input} 中，从第 {line} 行开始，{what}。读取该文件的软件（Web 服务器、curl、OpenSSL）会拒绝它或忽略这个块。"),
                fix,
            )
        }
        FindingKind::CertUnparseable { input, line, reason } => text(
            format!("{input} 中有一张证书无法读取"),
            format!(
                "{input} 中{}的证书不是有效的 X.509 证书：{reason}。TLS 客户端会拒绝它。",
                line.map(|line| format!("第 {line} 行")).unwrap_or_default()
            ),
            "请从签发处重新获取证书（CA 的下载页面，或 ACME 客户端的输出目录），并用 \
             `openssl x509 -in 文件 -noout -text` 检查。"
                .to_string(),
        ),
        FindingKind::InputLimitExceeded { limit, maximum, skipped } => {
            let what = match limit {
                Limit::TotalBytes => format!("输入总大小超过 {} MiB", maximum / (1024 * 1024)),
                Limit::PemBlocks => format!("PEM 块超过 {maximum} 个"),
                Limit::Certificates => format!("证书超过 {maximum} 张"),
                Limit::KeyDerivation => format!("加密输入要求的密码哈希工作量超过 certdoctor 的上限（{maximum}）"),
                Limit::RsaKeySize => format!("RSA 密钥大于 {maximum} 位"),
                Limit::ContainerEntries => format!("容器中的条目超过 {maximum} 个"),
            };
            text(
                "输入过大：部分内容未被分析".to_string(),
                format!("为了对任何输入都保持快速，当{what}时 certdoctor 停止读取。未分析：{skipped}。"),
                "只提供服务器使用的文件：证书链、私钥，以及（如有）你自己的根证书。TLS 证书链很少超过 4 张证书。".to_string(),
            )
        }
        FindingKind::CertExpired { certificate, not_after, at, days } => text(
            format!("证书“{certificate}”已于 {} 过期", not_after.to_human()),
            format!(
                "“{certificate}”的有效期截至 {}；在 {} 时已过期 {days} 天。所有 TLS 客户端都会拒绝过期证书：\
                 浏览器显示 NET::ERR_CERT_DATE_INVALID，curl 和 OpenSSL 提示“certificate has expired”，\
                 Java 抛出 CertificateExpiredException。",
                not_after.to_human(),
                at.to_human()
            ),
            format!(
                "向 CA 续期证书“{certificate}”（Let's Encrypt：`certbot renew` 或 ACME 客户端的续期命令），\
                 安装新证书及其证书链，然后重新加载服务器（`nginx -s reload`、`systemctl reload apache2`）。\
                 如果续期后的文件已经存在，说明服务器仍指向旧文件：请检查 ssl_certificate / SSLCertificateFile。\
                 用 `openssl x509 -in 文件 -noout -enddate` 检查结果。"
            ),
        ),
        FindingKind::CertNotYetValid { certificate, not_before, at, days } => text(
            format!("证书“{certificate}”在 {} 之前无效", not_before.to_human()),
            format!(
                "“{certificate}”从 {} 起才生效，比检查时间（{}）晚 {days} 天。在此之前客户端会拒绝它\
                 （浏览器：NET::ERR_CERT_DATE_INVALID；OpenSSL：“certificate is not yet valid”）。\
                 这通常说明某处时钟有误：服务器的、签发时 CA 的，或客户端的。",
                not_before.to_human(),
                at.to_human()
            ),
            "先检查时钟（在服务器和客户端上运行 `date -u`；用 `timedatectl set-ntp true` 启用 NTP）。\
             如果时钟正确，请在新证书生效前继续使用旧证书，或请 CA 以当前时间为起始日期重新签发。"
                .to_string(),
        ),
        FindingKind::CertExpiringSoon { certificate, not_after, at, days, warn_days } => text(
            format!("证书“{certificate}”将在 {days} 天后过期"),
            format!(
                "“{certificate}”的有效期截至 {}，距 {} 还有 {days} 天，已进入 {warn_days} 天的预警期。\
                 过期后所有客户端都会拒绝它。",
                not_after.to_human(),
                at.to_human()
            ),
            format!(
                "现在就续期“{certificate}”并安装新证书及其证书链（`certbot renew`，或向 CA 申请新证书）。\
                 请设置自动续期，确保至少在过期前 {warn_days} 天完成，并加以监控\
                 （每日运行 `certdoctor check fullchain.pem --warn-days {warn_days} --json`，查找此代码）。"
            ),
        ),
        FindingKind::InputUnparseable { input, line, what, reason } => text(
            format!("{input} 中的 {what} 无法读取"),
            format!(
                "{input} 中{}的 {what} 已损坏或格式不标准：{reason}。其余内容仍已分析。",
                line.map(|line| format!("第 {line} 行")).unwrap_or_default()
            ),
            format!(
                "请用生成它的工具重新导出该 {what}。检查方法：PKCS#7 用 `openssl pkcs7 -print_certs -in 文件`，\
                 PKCS#12 用 `openssl pkcs12 -info -in 文件`，证书请求用 `openssl req -text -noout -in 文件`，\
                 CRL 用 `openssl crl -text -noout -in 文件`。"
            ),
        ),
        FindingKind::InputSshKey { input, line } => text(
            format!("{input} 中是 SSH 密钥，不是 TLS 密钥"),
            format!(
                "{input} 中{}的块是 OpenSSH 私钥（“-----BEGIN OPENSSH PRIVATE KEY-----”）。SSH 密钥用于登录服务器，\
                 不是 TLS 证书的私钥，Web 服务器无法使用此文件。",
                line.map(|line| format!("第 {line} 行")).unwrap_or_default()
            ),
            "请使用与证书请求一同生成的私钥（通常是 privkey.pem、server.key，或 nginx ssl_certificate_key / \
             Apache SSLCertificateKeyFile 指向的文件）。如果确实要复用此密钥，可转换格式：\
             `ssh-keygen -p -m PEM -f 密钥文件`（会直接修改文件，请先复制一份）。"
                .to_string(),
        ),
        FindingKind::InputJavaKeystore { input, store, certificates, key_aliases, incomplete } => text(
            format!("{input} 是 Java {store} 密钥库"),
            format!(
                "{input} 是 Java 密钥库（{store}）。certdoctor 从中读取了 {certificates} 张证书{}。{}{}",
                if key_aliases.is_empty() { String::new() } else { format!("，并发现私钥条目（{}）", key_aliases.join("、")) },
                if key_aliases.is_empty() { String::new() } else { "JKS 中的私钥使用 Java 专有方式封装，无法在此检查。".to_string() },
                incomplete.as_ref().map(|reason| format!("读取提前停止：{reason}。")).unwrap_or_default()
            ),
            format!(
                "将密钥库转换为通用的 PKCS#12：`keytool -importkeystore -srckeystore {input} -destkeystore \
                 keystore.p12 -deststoretype pkcs12`。然后在此用密码检查 keystore.p12，或导出 PEM 文件：\
                 `openssl pkcs12 -in keystore.p12 -nodes -out all.pem`。"
            ),
        ),
        FindingKind::InputCsrNotCertificate { input, request, only_requests } => text(
            format!("{input} 中是“{request}”的证书签名请求，不是证书"),
            if *only_requests {
                format!(
                    "{input} 中是“{request}”的证书签名请求（CSR）。CSR 是发给 CA 用来申请证书的；服务器无法使用它，\
                     而且没有提供可检查的证书。"
                )
            } else {
                format!("{input} 中是“{request}”的证书签名请求（CSR）。它不属于证书链，但已用于判断哪个私钥和证书与它对应。")
            },
            if *only_requests {
                "把 CSR 发给 CA（或交给 ACME 客户端），安装 CA 返回的证书及其中间证书，然后在此检查证书文件。\
                 查看 CSR 内容：`openssl req -in 文件 -noout -text`。"
                    .to_string()
            } else {
                "无需修复：不要把 CSR 放进服务器的证书文件。".to_string()
            },
        ),
        FindingKind::PasswordRequired { input, what } => text(
            format!("{input} 已加密：需要密码"),
            format!("{input} 中的 {what} 受密码保护，但未提供密码，因此无法检查其内容。其余内容已分析。"),
            "请在密码框中输入密码（命令行：`--password 密码`），密码只留在本机。若服务器无法输入密码，\
             可去掉私钥的密码：`openssl pkey -in 文件 -out key.pem`（请妥善保管结果：chmod 600）。"
                .to_string(),
        ),
        FindingKind::PasswordIncorrect { input, what, tried } => text(
            format!("{input} 的密码错误"),
            format!("提供的 {tried} 个密码都无法打开 {input} 中的 {what}。"),
            "请检查密码（键盘布局、大写锁定、末尾空格）。Windows 和 macOS 导出时设置的导出密码可能与登录密码不同。\
             可用 `openssl pkcs12 -info -in 文件 -noout` 或 `openssl pkey -in 文件 -noout` 直接测试密码。"
                .to_string(),
        ),
        FindingKind::EncryptionUnsupported { input, what, scheme } => text(
            format!("不支持 {input} 的加密方式"),
            format!("{input} 中的 {what} 使用 {scheme} 加密，certdoctor 无法解密，因此未检查其内容。"),
            "请用标准方式重新加密，例如 `openssl pkcs8 -topk8 -v2 aes-256-cbc -in 私钥 -out key-aes.pem`，\
             PKCS#12 可用 `openssl pkcs12 -export -keypbe AES-256-CBC -certpbe AES-256-CBC -macalg sha256 …`，\
             然后检查新文件。"
                .to_string(),
        ),
        FindingKind::KeyMismatch { certificate, keys, matches } => text(
            format!("私钥与“{certificate}”不匹配"),
            format!(
                "证书“{certificate}”中的公钥与提供的任何私钥（{}）都不匹配。{}使用这对文件的服务器将无法启动\
                 （nginx：“key values mismatch”；Apache：“private key does not match the certificate”），\
                 或者每次握手都会失败。",
                keys.join("；"),
                matches.as_ref().map(|other| format!("该私钥实际属于{other}。")).unwrap_or_default()
            ),
            "请找到与该证书的请求一同生成的私钥，或为现有私钥申请新证书（先生成 CSR：\
             `openssl req -new -key 私钥 -out req.csr`）。手动比较：`openssl x509 -in 证书 -noout -pubkey | openssl sha256` \
             与 `openssl pkey -in 私钥 -pubout | openssl sha256` 的结果必须相同。"
                .to_string(),
        ),
        FindingKind::KeyWeak { subject, algorithm, bits, minimum } => text(
            format!("弱 {algorithm} 密钥：{subject} 仅 {bits} 位"),
            format!(
                "{subject} 使用 {bits} 位的 {algorithm} 密钥，至少需要 {minimum} 位。浏览器、Java\
                 （jdk.certpath.disabledAlgorithms）、Android 以及安全级别 2 的 OpenSSL 都会拒绝它，\
                 CA 自 2013 年起已不再签发此类证书。"
            ),
            "生成新密钥并为其申请新证书：`openssl req -new -newkey rsa:2048 -nodes -keyout new.key -out new.csr`\
             （或 `-newkey ec -pkeyopt ec_paramgen_curve:P-256`），将 new.csr 发给 CA，并安装返回的证书及证书链。"
                .to_string(),
        ),
        FindingKind::KeyUnreadable { input, line, reason } => text(
            format!("{input} 中有一个密钥无法读取"),
            format!(
                "{input} 中{}的密钥已损坏或格式不标准：{reason}。",
                line.map(|line| format!("第 {line} 行")).unwrap_or_default()
            ),
            "请从生成处重新获取密钥（服务器的私钥文件，或生成 CSR 的机器）。`openssl pkey -in 文件 -noout` \
             可检查 OpenSSL 能否读取。"
                .to_string(),
        ),
        FindingKind::KeyUnsupported { input, line, reason } => text(
            format!("{input} 中有一个密钥无法用于此检查"),
            format!(
                "{input} 中{}的密钥已读取，但{reason}。",
                line.map(|line| format!("第 {line} 行")).unwrap_or_default()
            ),
            "TLS 服务器证书请使用 RSA（2048 位或以上）、ECDSA P-256/P-384，或在客户端支持时使用 Ed25519。"
                .to_string(),
        ),
        FindingKind::ChainIncomplete { certificate, missing_issuer, ca_issuers } => text(
            format!("缺少中间证书：“{certificate}”的签发者"),
            format!(
                "“{certificate}”由“{missing_issuer}”签发，但该证书既不在证书包中，也不是受信任的根证书。浏览器可能会自动获取或缓存中间证书而掩盖问题，\
                 但 curl、OpenSSL、Python、Java、Go、Android 应用和大多数 API 客户端会失败（“unable to get local issuer certificate” / \
                 “unable to find valid certification path”）。{}",
                ca_issuers.as_ref().map(|url| format!("证书中注明可从 {url} 下载其签发者证书。")).unwrap_or_default()
            ),
            format!(
                "在服务器发送的文件中，把中间证书“{missing_issuer}”放在叶证书之后{}。nginx：ssl_certificate 必须指向完整证书链\
                 （先叶证书，再中间证书；Let's Encrypt 请用 fullchain.pem 而不是 cert.pem）。Apache ≥ 2.4.8：把证书链放进 SSLCertificateFile。\
                 HAProxy：追加到 `crt` 指定的 .pem 中。IIS：导入到“中间证书颁发机构”。之后 `openssl s_client -connect 主机:443 -showcerts` 应能列出它。",
                ca_issuers
                    .as_ref()
                    .map(|url| format!("（下载：`curl -o issuer.der {url}`，转换：`openssl x509 -inform DER -in issuer.der -out issuer.pem`）"))
                    .unwrap_or_default()
            ),
        ),
        FindingKind::ChainOutOfOrder { served, expected } => text(
            "证书链顺序错误".to_string(),
            format!(
                "证书包的顺序是 {}，但 TLS 服务器必须先发送叶证书，再依次发送各级签发者：{}。许多客户端（旧版 OpenSSL、Java、嵌入式设备）会因顺序错误而失败。",
                served.join(" → "),
                expected.join(" → ")
            ),
            "使用下方修正后的证书包（下载 fullchain.pem），或自行重建：`cat leaf.pem intermediate.pem > fullchain.pem`，叶证书在前。\
             让 nginx ssl_certificate / Apache SSLCertificateFile 指向它并重新加载。"
                .to_string(),
        ),
        FindingKind::ChainRootIncluded { root } => text(
            format!("证书包中包含根证书“{root}”"),
            format!("自签名根证书“{root}”在证书包中。客户端只信任自己已有的根证书，发送它毫无用处：每次握手都浪费流量，\
                     而且发送交叉签名的根证书时，部分客户端（旧版 Android、Java）会构建错误的路径。"),
            "从服务器发送的文件中移除根证书，只发送叶证书和中间证书（见下方修正后的证书包）。".to_string(),
        ),
        FindingKind::ChainDuplicateCertificate { certificate } => text(
            format!("“{certificate}”出现了两次"),
            format!("证书“{certificate}”在证书包中出现不止一次。这会浪费流量，部分客户端会拒绝含重复证书的证书链。"),
            "只保留一份：使用下方修正后的证书包。".to_string(),
        ),
        FindingKind::ChainUnrelatedCertificate { certificate, leaf } => text(
            format!("“{certificate}”不属于这条证书链"),
            format!("证书“{certificate}”不在从“{leaf}”到根证书的路径上。多余的证书会让部分客户端出错，通常说明证书包是用错误的文件拼成的。"),
            "把它从证书包中移除（下方修正后的证书包已去掉它）。如果你想检查的是它，请单独提供它自己的证书链。".to_string(),
        ),
        FindingKind::CertValidityTooLong { certificate, days, not_before, not_after } => text(
            format!("“{certificate}”有效期为 {days} 天，超过 398 天"),
            format!(
                "“{certificate}”的有效期从 {} 到 {}，共 {days} 天。自 2020 年 9 月 1 日起，Safari 等 Apple 客户端、Chrome 和 Firefox \
                 会拒绝有效期超过 398 天的公开信任 TLS 证书。",
                not_before.to_human(),
                not_after.to_human()
            ),
            "请重新签发有效期不超过 398 天的证书（公共 CA 默认如此，ACME 客户端使用 90 天），并设置自动续期。".to_string(),
        ),
        FindingKind::NameMismatch { certificate, host, names } => text(
            format!("“{certificate}”对 {host} 无效"),
            format!(
                "该证书覆盖的是 {}，不包括 {host}。浏览器显示 NET::ERR_CERT_COMMON_NAME_INVALID，curl 提示“no alternative certificate \
                 subject name matches target host name”，Java 提示“No subject alternative DNS name matching”。通配符只覆盖一级：\
                 *.example.com 匹配 www.example.com，但不匹配 example.com 或 a.b.example.com。",
                if names.is_empty() { "任何名称都没有".to_string() } else { names.join("、") }
            ),
            format!(
                "申请在 subjectAltName 中包含 {host} 的证书（certbot：`certbot certonly -d {host} …`），或检查服务器是否为该名称发送了正确的证书\
                 （nginx：对应 server 块的 server_name / ssl_certificate；SNI）。"
            ),
        ),
        FindingKind::NameNoSan { certificate, host, subject } => text(
            format!("“{certificate}”没有 subjectAltName"),
            format!("该证书没有 subjectAltName 扩展，名称只出现在主题中（{subject}）。自 2017 年起 Chrome、Firefox、Safari、Go 和 Python \
                     都忽略通用名（CN），因此它对任何主机都无效，包括 {host}。"),
            format!("重新签发证书，把名称写进 subjectAltName：`openssl req -new -key 私钥 -subj \"/CN={host}\" -addext \
                     \"subjectAltName=DNS:{host}\" -out req.csr`，然后重新签名。"),
        ),
        FindingKind::SignatureInvalid { signed, signer } => text(
            format!("“{signed}”上的签名验证失败"),
            format!("“{signed}”声明其签发者是“{signer}”，但用该证书的公钥无法验证其签名。证书可能被修改过，或者“{signer}”\
                     是另一张同名证书（例如重新签发的 CA）。所有客户端都会拒绝这条证书链。"),
            "请从签发此证书的 CA 获取签发者证书（证书中的 AIA caIssuers 地址或 CA 的下载页面），不要使用名称相似的其他来源。\
             `openssl verify -CAfile issuer.pem cert.pem` 可检查单个环节。"
                .to_string(),
        ),
        FindingKind::SignatureWeakAlgorithm { certificate, algorithm } => text(
            format!("“{certificate}”使用 {algorithm} 签名"),
            format!("“{certificate}”使用 {algorithm} 签名。SHA-1 和 MD5 的碰撞可以被计算出来，因此浏览器、Java、安全级别 1 以上的 OpenSSL \
                     和 Windows 都会拒绝根证书以下的此类签名。"),
            "请让 CA 用 SHA-256（或更强）的签名重新签发该证书（或中间证书），当前所有 CA 默认如此。".to_string(),
        ),
        FindingKind::TrustUntrustedRoot { root, leaf } => text(
            format!("“{leaf}”的证书链止于不受信任的“{root}”"),
            format!("从“{leaf}”出发的路径止于自签名根证书“{root}”，它既不在公共（Mozilla）根证书库中，也没有作为根证书提供。\
                     没有安装该根证书的客户端会拒绝此证书（“self-signed certificate in certificate chain”）。"),
            "如果这是你自己的 CA，请在所有客户端上安装它的根证书（或在此用 --root root.pem 检查）。公开网站请改用公开受信任的 CA（例如 Let's Encrypt）签发的证书。"
                .to_string(),
        ),
        FindingKind::TrustSelfSigned { certificate } => text(
            format!("“{certificate}”是自签名证书"),
            format!("“{certificate}”由自己签名，且不是受信任的根证书。浏览器显示 NET::ERR_CERT_AUTHORITY_INVALID；curl 和 OpenSSL 提示“self-signed certificate”。"),
            "公开网站请换成公共 CA 签发的证书（Let's Encrypt：`certbot --nginx -d 主机`）。内部使用请由你自己的 CA 签发，并在客户端安装该 CA 的根证书。"
                .to_string(),
        ),
        FindingKind::IssuerNotCa { issuer, issued, basic_constraints_ca, key_cert_sign } => text(
            format!("“{issuer}”无权签发证书"),
            format!(
                "“{issued}”由“{issuer}”签名，但“{issuer}”{}。客户端会拒绝这条证书链（OpenSSL：“invalid CA certificate”）。",
                match (basic_constraints_ca, key_cert_sign) {
                    (false, true) => "不是 CA（其 basicConstraints 没有 CA:TRUE）".to_string(),
                    (true, false) => "的 keyUsage 中没有 keyCertSign".to_string(),
                    _ => "不是 CA，且其 keyUsage 中没有 keyCertSign".to_string(),
                }
            ),
            "签发者必须是真正的 CA 证书。如果这是你自己建的 CA，请用 `-addext basicConstraints=critical,CA:TRUE -addext \
             keyUsage=critical,keyCertSign,cRLSign` 重新创建，然后重新签发其下的证书。"
                .to_string(),
        ),
        FindingKind::PathLengthExceeded { issuer, limit, below } => text(
            format!("“{issuer}”之下的 CA 层级过多"),
            format!("“{issuer}”最多允许其下有 {limit} 级中间 CA（pathLenConstraint），但这条路径有 {below} 级。客户端会拒绝这条证书链。"),
            format!("请由“{issuer}”之下不超过 {limit} 级的 CA 签发叶证书，或以更大的 pathlen 重新签发 CA 层级。"),
        ),
        FindingKind::ChainTooLong { leaf, intermediates, limit } => text(
            format!("“{leaf}”的证书链超过客户端允许的长度"),
            format!(
                "从“{leaf}”到根证书的路径经过 {intermediates} 级中间 CA（不计自签发的换钥证书），但当前的验证深度只允许 {limit} 级。\
                 有此限制的客户端会停止构建路径并拒绝证书链：OpenSSL 超过 `-verify_depth`、nginx 超过 `ssl_verify_depth`、\
                 rustls 超过六级中间证书时都会如此。"
            ),
            format!(
                "请向层级更短的 CA 申请证书（根证书之下最多 {limit} 级中间证书），或提高客户端的限制\
                 （`openssl verify -verify_depth {intermediates}`，nginx `ssl_verify_depth {};`）。",
                intermediates + 1
            ),
        ),
        FindingKind::EkuServerAuthMissing { certificate, is_leaf, usages } => text(
            format!("“{certificate}”不能用于 TLS 服务器"),
            format!(
                "{}“{certificate}”的扩展密钥用法只允许 {}，不包括 serverAuth。浏览器、Go、Windows 和 OpenSSL（指定用途时）会拒绝将其用于 TLS 服务器。",
                if *is_leaf { "叶证书" } else { "中间证书" },
                usages.join("、")
            ),
            "请使用为 TLS 服务器签发的证书（extendedKeyUsage 含 serverAuth）；自建 CA 可用 `-addext extendedKeyUsage=serverAuth`。".to_string(),
        ),
        FindingKind::CertCriticalExtensionUnknown { certificate, extension } => text(
            format!("“{certificate}”含有客户端不认识的关键扩展"),
            format!("“{certificate}”带有标记为关键（critical）的扩展 {extension}。RFC 5280 要求客户端拒绝含有其无法理解的关键扩展的证书，\
                     浏览器、Go、rustls 和 OpenSSL 都会拒绝。"),
            "请重新签发证书，去掉该扩展或将其标记为非关键。".to_string(),
        ),
        FindingKind::NameConstraintsViolated { certificate, issuer, detail } => text(
            format!("“{certificate}”违反了“{issuer}”的名称约束"),
            format!("“{issuer}”只能为特定名称签发证书，而“{certificate}”不符合：{detail}。浏览器、Go、rustls 和 OpenSSL 都会拒绝这条证书链。"),
            format!("请由名称约束允许其名称的 CA 签发该证书，或请“{issuer}”的所有者放宽约束。`openssl x509 -in CA.pem -noout -ext nameConstraints` 可查看约束。"),
        ),
        FindingKind::CertRevoked { certificate, serial, date, crl_issuer } => text(
            format!("“{certificate}”已被吊销"),
            format!(
                "“{crl_issuer}”的 CRL 将序列号 {serial}（“{certificate}”）列为自 {} 起吊销。检查吊销状态的客户端\
                 （Windows、macOS、启用 OCSP/CRLite 的 Firefox、开启吊销检查的 Java）会拒绝它。",
                date.to_human()
            ),
            "请申请新证书（如果旧私钥可能已泄露，请同时更换私钥），安装新证书及其证书链，然后重新加载服务器。".to_string(),
        ),
        FindingKind::CertProfileViolation { certificate, rule, detail } => text(
            format!("“{certificate}”的编码不符合证书规范（{rule}）"),
            format!("在“{certificate}”中：{detail}。严格的验证器会拒绝这样的证书——视规则而定，包括 Python 3.13+（OpenSSL 严格模式）、\
                     pyca/cryptography、rustls、Go 的 crypto/x509，以及浏览器对公开信任证书的检查——而宽松的实现会接受，\
                     因此同一条证书链可能在 curl 中可用，却在 Python、Go 或 Rust 客户端中失败。"),
            format!(
                "请让 CA 重新签发该证书；上述规则来自 RFC 5280 或 CA/浏览器论坛基线要求。如果是你自己的 CA，请修正其证书配置\
                 （openssl 的 `-addext` 选项或配置文件中的扩展部分）后重新签发。{}",
                if crate::profile::web_pki_only(rule) {
                    "这条规则只约束公开信任的证书：如果证书链来自你自己的私有 CA，请把该 CA 作为根证书提供\
                     （`--root ca.pem`，或加 `--profile rfc5280`），它将只按 RFC 5280 判断。"
                } else {
                    ""
                }
            ),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::timestamp::Timestamp;

    #[test]
    fn parses_languages() {
        assert_eq!(Lang::parse("zh-CN"), Some(Lang::Zh));
        assert_eq!(Lang::parse("EN"), Some(Lang::En));
        assert_eq!(Lang::parse("fr"), None);
    }

    #[test]
    fn expired_names_certificate_and_dates_in_both_languages() {
        let kind = FindingKind::CertExpired {
            certificate: "shop.example".into(),
            not_after: Timestamp::parse("2023-01-01").unwrap(),
            at: Timestamp::parse("2023-01-31").unwrap(),
            days: 30,
        };
        for lang in [Lang::En, Lang::Zh] {
            let words = explain(&kind, lang);
            for part in [&words.title, &words.explanation] {
                assert!(part.contains("shop.example"), "{lang:?}: {part}");
            }
            assert!(words.title.contains("2023-01-01"), "{lang:?}");
            assert!(words.explanation.contains("30"), "{lang:?}");
            assert!(words.fix.contains("certbot renew"), "{lang:?}");
        }
        assert!(explain(&kind, Lang::En).explanation.contains("30 days"));
    }
}
