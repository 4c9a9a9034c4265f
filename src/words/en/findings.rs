//! Every finding in English: a title, what it means and who fails, and the
//! fix. One function per code; `explain` is the table that picks it.

use super::English;
use crate::finding::{FindingKind, KeyOwner, Limit, Skipped};
use crate::formats::pem::PemProblem;
use crate::words::template::{file, fill, text, url};
use crate::words::{plural, Controls, Explanation, Text, Words};

fn x(title: impl Into<String>, explanation: Text, fix: Text) -> Explanation {
    Explanation { title: title.into(), explanation, fix }
}

fn at_line(line: Option<usize>) -> String {
    line.map(|line| format!(" at line {line}")).unwrap_or_default()
}

pub(super) fn input(words: &English, kind: &FindingKind, _controls: &Controls) -> Explanation {
    use FindingKind as K;
    // The input as this language names it (the paste, standard input).
    let named = words.input_name(kind.input_name().unwrap_or_default());
    let input: &str = &named;
    match kind {
        K::InputUnrecognised { bytes, looks_like, .. } => input_unrecognised(input, *bytes, looks_like),
        K::PemMalformed { line, problem, .. } => pem_malformed(input, *line, problem),
        K::CertUnparseable { line, error, .. } => x(
            format!("A certificate in {input} cannot be read"),
            Text::plain(format!(
                "The certificate{} in {input} is not a valid X.509 certificate: {}. TLS clients will reject it.",
                at_line(*line),
                words.format_error(error)
            )),
            fill("Take the certificate again from the place that issued it (your CA's download page or the ACME client's output directory). Check it with `openssl x509 -in FILE -noout -text`.", &[]),
        ),
        K::InputLimitExceeded { limit, maximum, skipped } => limit_exceeded(*limit, *maximum, skipped, input),
        K::InputUnparseable { line, structure, error, .. } => {
            let what = super::details::structure(*structure);
            x(
                format!("The {what} in {input} cannot be read"),
                Text::plain(format!(
                    "The {what}{} in {input} is damaged or not in a standard form: {}. The rest of the input was still analysed.",
                    at_line(*line),
                    words.format_error(error)
                )),
                fill("Export it again from the tool that made it. To inspect it: `openssl pkcs7 -print_certs -in FILE` for PKCS#7, `openssl pkcs12 -info -in FILE` for PKCS#12, `openssl req -text -noout -in FILE` for a request, `openssl crl -text -noout -in FILE` for a CRL.", &[]),
            )
        }
        K::InputSshKey { line, .. } => x(
            format!("{input} holds an SSH key, not a TLS key"),
            Text::plain(format!("The block{} in {input} is an OpenSSH private key (\"-----BEGIN OPENSSH PRIVATE KEY-----\"). SSH keys log you in to servers; they are not the key of a TLS certificate, and web servers cannot use this file.", at_line(*line))),
            fill("Use the private key that was created with the certificate's request (often privkey.pem, server.key or the file named by nginx ssl_certificate_key / Apache SSLCertificateKeyFile). If you really mean to reuse this key, convert it: `ssh-keygen -p -m PEM -f KEYFILE` rewrites it as a PEM key (it changes the file in place: work on a copy).", &[]),
        ),
        K::InputJavaKeystore { store, certificates, key_aliases, incomplete, .. } => {
            let store = super::details::keystore(*store);
            let mut explanation = format!("{input} is a Java keystore ({store}). certdoctor read {} from it", plural(*certificates as i64, "certificate", "certificates"));
            if !key_aliases.is_empty() {
                explanation.push_str(&format!(" and found private-key entries ({}). Keys in a keystore are sealed with a Java-only scheme, so they cannot be checked here", key_aliases.join(", ")));
            }
            explanation.push('.');
            if let Some(error) = incomplete {
                explanation.push_str(&format!(" Reading stopped early: {}.", words.format_error(error)));
            }
            x(
                format!("{input} is a Java {store} keystore"),
                Text::plain(explanation),
                fill("Convert the keystore to PKCS#12, which every tool reads: `keytool -importkeystore -srckeystore {input} -destkeystore keystore.p12 -deststoretype pkcs12`. Then check keystore.p12 here with its password, or extract PEM files: `openssl pkcs12 -in keystore.p12 -nodes -out all.pem`.", &[("input", file(input))]),
            )
        }
        K::InputCsrNotCertificate { request, only_requests, .. } => csr(input, request, *only_requests),
        other => super::unreachable(other),
    }
}

/// A bundle of CA certificates reviewed as a trust store.
pub(super) fn ca_bundle(_words: &English, kind: &FindingKind, _controls: &Controls) -> Explanation {
    use FindingKind as K;
    match kind {
        K::InputCaBundle { certificates, roots, intermediates, expired, expiring, weak_keys, duplicates, not_ca } => {
            let found = format!(
                "Of these, {expired} expired, {expiring} expiring within the warning window, {weak_keys} with a weak key, {duplicates} duplicated and {not_ca} not a CA{}",
                if expired + expiring + weak_keys + duplicates + not_ca > 0 { "; each is listed below." } else { "." }
            );
            x(
                format!("A CA bundle of {}: {} and {}", plural(*certificates as i64, "certificate", "certificates"), plural(*roots as i64, "root", "roots"), plural(*intermediates as i64, "intermediate", "intermediates")),
                Text::plain(format!("Every certificate given is a CA certificate, so this is a trust store (a CA file such as ca-certificates.crt, a server's ssl_trusted_certificate or a client's CA bundle), not a server's chain: there is no leaf to build a path from. It was reviewed entry by entry instead. {found}")),
                fill("To check a server, give its certificate (the leaf) with its chain; give this bundle as your roots (`--root FILE`) to check it against them.", &[]),
            )
        }
        K::CaBundleNotCa { certificate } => x(
            format!("\"{certificate}\" in the CA bundle is not a CA"),
            Text::plain(format!("\"{certificate}\" is self-signed but says it is not a CA (basicConstraints cA=FALSE, or a keyUsage without keyCertSign). As a trusted certificate it can only vouch for itself: OpenSSL and most clients accept it as the exact server certificate it is and nothing else, and it issues nothing.")),
            Text::plain("If it is a server certificate pinned on purpose, keep it; otherwise remove it from the CA bundle, and check the server it belongs to with its own chain."),
        ),
        K::CertExpired { certificate, not_after, at, days, .. } => x(
            format!("\"{certificate}\" in the CA bundle expired on {}", not_after.to_human()),
            Text::plain(format!("The CA certificate \"{certificate}\" was valid until {}; at {} it had been expired for {}. In a trust store it verifies nothing any more: clients skip it, and chains that still lead to it fail.", not_after.to_human(), at.to_human(), plural(*days, "day", "days"))),
            fill("Remove it from the bundle, or replace it with the CA's current certificate. For the system store, update the ca-certificates package (`update-ca-certificates` on Debian and Ubuntu, `update-ca-trust` on Fedora and RHEL).", &[]),
        ),
        K::CertExpiringSoon { certificate, not_after, at, days, warn_days, .. } => x(
            format!("\"{certificate}\" in the CA bundle expires in {}", plural(*days, "day", "days")),
            Text::plain(format!("The CA certificate \"{certificate}\" is valid until {}, {} after {} — within the {warn_days}-day warning window. After that, chains that end at it fail in clients that use this bundle.", not_after.to_human(), plural(*days, "day", "days"), at.to_human())),
            Text::plain("Add the CA's successor root (most CAs publish it years ahead, often cross-signed by the old one) to the bundle now, and remove the old one once it has expired."),
        ),
        K::KeyWeak { owner: KeyOwner::BundleCa { name }, algorithm, bits, minimum } => x(
            format!("Weak {} key: {bits} bits in \"{name}\" in the CA bundle", algorithm.name()),
            Text::plain(format!("The CA certificate \"{name}\" has a {bits}-bit {} key; at least {minimum} bits are required. Browsers, Java, Android and OpenSSL at security level 2 no longer accept chains that end at it, and public root stores removed such roots years ago.", algorithm.name())),
            Text::plain("Remove it from the bundle; if a server still needs it, that server's chain should move to a current root of its CA."),
        ),
        K::ChainDuplicateCertificate { certificate, .. } => x(
            format!("\"{certificate}\" is in the CA bundle twice"),
            Text::plain(format!("The certificate \"{certificate}\" appears more than once. A duplicate in a trust store is harmless but makes the file larger and harder to review.")),
            Text::plain("Keep one copy."),
        ),
        other => super::unreachable(other),
    }
}

pub(super) fn keys(words: &English, kind: &FindingKind, controls: &Controls) -> Explanation {
    use FindingKind as K;
    // The input as this language names it (the paste, standard input).
    let named = words.input_name(kind.input_name().unwrap_or_default());
    let input: &str = &named;
    match kind {
        K::PasswordRequired { structure, .. } => x(
            format!("{input} is encrypted: a password is needed"),
            Text::plain(format!("The {} in {input} is protected with a password, and none was given, so what it holds could not be checked. Everything else was analysed.", super::details::structure(*structure))),
            fill("Give the password ({control}); it stays on this machine. To remove the password from a key for a server that cannot ask for it: `openssl pkey -in FILE -out key.pem` (keep the result private: chmod 600).", &[("control", text(controls.password))]),
        ),
        K::PasswordIncorrect { structure, tried, .. } => x(
            format!("Wrong password for {input}"),
            Text::plain(format!("None of the {} given opens the {} in {input}.", plural(*tried as i64, "password", "passwords"), super::details::structure(*structure))),
            fill("Check the password (keyboard layout, caps lock, trailing spaces). Exports from Windows and macOS ask for an export password when the file is made, which may differ from your login password. `openssl pkcs12 -info -in FILE -noout` and `openssl pkey -in FILE -noout` test a password directly.", &[]),
        ),
        K::EncryptionUnsupported { structure, unsupported, scheme, .. } => {
            let how = match scheme {
                Some(scheme) => format!("{} ({})", words.scheme(scheme), words.unsupported(unsupported)),
                None => words.unsupported(unsupported),
            };
            x(
                format!("The encryption of {input} is not supported"),
                Text::plain(format!("The {} in {input} is protected with {how}, which certdoctor cannot undo, so its contents were not checked.", super::details::structure(*structure))),
                fill("Re-encrypt it with a standard scheme, e.g. `openssl pkcs8 -topk8 -v2 aes-256-cbc -in KEY -out key-aes.pem`, or for PKCS#12 `openssl pkcs12 -export -keypbe AES-256-CBC -certpbe AES-256-CBC -macalg sha256 -in all.pem -out new.p12`, then check that file.", &[]),
            )
        }
        K::KeyMismatch { certificate, keys, matches } => x(
            format!("The private key does not belong to \"{certificate}\""),
            Text::plain(format!(
                "The certificate \"{certificate}\" carries a public key that none of the private keys given ({}) matches.{} A server configured with this pair will not start (nginx: \"key values mismatch\"; Apache: \"private key does not match the certificate\") or every handshake will fail.",
                keys.iter().map(|key| words.key(key)).collect::<Vec<_>>().join("; "),
                matches.as_ref().map(|owner| format!(" The key belongs to {} instead.", words.owner(owner))).unwrap_or_default()
            )),
            fill("Find the key that was generated together with the certificate's request, or get a new certificate for the key you have (make a CSR from it: `openssl req -new -key KEY -out req.csr`). To compare by hand: `openssl x509 -in CERT -noout -pubkey | openssl sha256` and `openssl pkey -in KEY -pubout | openssl sha256` must print the same hash.", &[]),
        ),
        K::KeyWeak { owner, algorithm, bits, minimum } => {
            let owner = words.owner(owner);
            let algorithm = algorithm.name();
            x(
                format!("Weak {algorithm} key: {bits} bits in {owner}"),
                Text::plain(format!("{} uses a {bits}-bit {algorithm} key; at least {minimum} bits are required. Browsers, Java (jdk.certpath.disabledAlgorithms), Android and OpenSSL at security level 2 reject it, and CAs have not issued such certificates since 2013.", capitalised(&owner))),
                fill("Make a new key and get a new certificate for it: `openssl req -new -newkey rsa:2048 -nodes -keyout new.key -out new.csr` (or `-newkey ec -pkeyopt ec_paramgen_curve:P-256`), send new.csr to your CA and install the result with its chain.", &[]),
            )
        }
        K::KeyUnreadable { line, error, .. } => x(
            format!("A key in {input} cannot be read"),
            Text::plain(format!("The key{} in {input} is damaged or not in a standard form: {}.", at_line(*line), words.format_error(error))),
            fill("Take the key again from where it was made (the server's key file, or the machine where the CSR was generated). `openssl pkey -in FILE -noout` tells whether OpenSSL can read it.", &[]),
        ),
        K::KeyUnsupported { line, reason, .. } => x(
            format!("A key in {input} cannot be used for this check"),
            Text::plain(format!("The key{} in {input} was read, but {}.", at_line(*line), words.key_unsupported(reason))),
            Text::plain("For TLS server certificates use RSA (2048 bits or more), ECDSA P-256/P-384, or Ed25519 where clients support it."),
        ),
        // The other codes are in chain.rs; the dispatch in mod.rs sends them there.
        other => super::unreachable(other),
    }
}

fn capitalised(text: &str) -> String {
    let mut characters = text.chars();
    match characters.next() {
        Some(first) => first.to_uppercase().chain(characters).collect(),
        None => String::new(),
    }
}

fn input_unrecognised(
    input: &str,
    bytes: usize,
    looks_like: &Option<crate::finding::LooksLike>,
) -> Explanation {
    x(
        format!("Nothing usable in {input}"),
        Text::plain(format!(
            "{input} ({bytes} bytes) holds no certificate, private key, certificate request or bundle that certdoctor can read.{}",
            looks_like.map(|what| format!(" It looks like {}.", super::details::looks_like(what))).unwrap_or_default()
        )),
        fill("Paste the certificate as PEM (the text from -----BEGIN CERTIFICATE----- to -----END CERTIFICATE-----) or give the file your server is configured with (nginx: ssl_certificate; Apache: SSLCertificateFile). To see what a file holds: `openssl x509 -in FILE -noout -text` or, for DER, add `-inform DER`.", &[]),
    )
}

fn pem_malformed(input: &str, line: usize, problem: &PemProblem) -> Explanation {
    let (what, fix): (String, Text) = match problem {
        PemProblem::MissingEnd { label } => (
            format!("the block \"-----BEGIN {label}-----\" has no \"-----END {label}-----\" line, so the file was cut short or two files were pasted into each other"),
            Text::plain(format!("Copy the block again in full: it must end with the line -----END {label}-----. If it came from a download, fetch it again; servers like nginx refuse to start with a truncated file (\"PEM_read_bio_X509: bad end line\").")),
        ),
        PemProblem::MismatchedEnd { begin, end } => (
            format!("the block opens with \"BEGIN {begin}\" but closes with \"END {end}\""),
            Text::plain("A block was probably cut and another pasted into it. Take each block again from its original file, each from its own BEGIN line to the matching END line."),
        ),
        PemProblem::BadBase64 { label, character, position } => (
            match (character, position) {
                (Some(character), Some(position)) => format!("the {label} block is not valid base64: the character {character:?} at position {position} of its base64 text is not base64"),
                _ => format!("the {label} block is not valid base64: its text does not decode (wrong length or padding)"),
            },
            fill("Copy the block again without editing it: no added spaces in the middle of lines, no quotes, no characters changed by a word processor or chat program. `openssl x509 -in FILE -noout` shows whether OpenSSL can read it.", &[]),
        ),
        PemProblem::UnknownLabel { label } => (
            format!("the label \"{label}\" is not one used for TLS certificates or keys"),
            Text::plain("Check that this is the file you meant. Certificates are labelled CERTIFICATE, keys PRIVATE KEY, RSA PRIVATE KEY or EC PRIVATE KEY, requests CERTIFICATE REQUEST."),
        ),
        PemProblem::Empty { label } => (
            format!("the {label} block is empty"),
            Text::plain("Export the certificate or key again; the file was written without its contents."),
        ),
        PemProblem::BrokenMarker => (
            "a \"-----BEGIN\" line is not closed by \"-----\"".to_string(),
            Text::plain("Check the BEGIN line: it must read exactly like -----BEGIN CERTIFICATE----- with five dashes on each side."),
        ),
    };
    x(
        format!("Broken PEM block in {input} at line {line}"),
        Text::plain(format!("In {input}, starting at line {line}, {what}. Software that reads this file (web servers, curl, OpenSSL) will reject it or ignore the block.")),
        fix,
    )
}

fn limit_exceeded(limit: Limit, maximum: u64, skipped: &Skipped, input: &str) -> Explanation {
    let what = match limit {
        Limit::TotalBytes => format!("the inputs together are larger than {} MiB", maximum / (1024 * 1024)),
        Limit::PemBlocks => format!("there are more than {maximum} PEM blocks"),
        Limit::Certificates => format!("there are more than {maximum} certificates"),
        Limit::Keys => format!("there are more than {maximum} keys"),
        Limit::Requests => format!("there are more than {maximum} certificate requests"),
        Limit::Crls => format!("there are more than {maximum} CRLs"),
        Limit::NameComparisons => format!("checking name constraints takes more than {maximum} comparisons"),
        Limit::Findings => format!("one input gives more than {maximum} findings of one kind"),
        Limit::KeyDerivation => format!(
            "an encrypted input asks for more password-hashing work than certdoctor allows (limit {maximum})"
        ),
        Limit::RsaKeySize => format!("an RSA key is larger than {maximum} bits"),
        Limit::ContainerEntries => format!("a container holds more than {maximum} entries"),
        Limit::PathSearch => format!("building the path takes more than {maximum} steps"),
        Limit::SignatureChecks => format!("building the path takes more than {maximum} signature checks"),
    };
    let path = matches!(limit, Limit::PathSearch | Limit::SignatureChecks | Limit::NameComparisons);
    x(
        if path {
            "The chain could not be fully checked".to_string()
        } else {
            "Input too large: part of it was not analysed".to_string()
        },
        Text::plain(format!(
            "certdoctor stops when {what}, to stay fast on any input. Not analysed: {}.{}",
            super::details::skipped(skipped, input),
            if path { " No trusted path was proven, so the chain is treated as failing." } else { "" }
        )),
        Text::plain(if path {
            "Give only the certificates the server sends: the leaf and its intermediates. A bundle of many cross-certified CAs with the same names is what makes path building explode; real chains have 2 to 4 certificates."
        } else {
            "Give only the files your server uses: its certificate chain, its key and, if you have them, your own root certificates. A TLS chain is rarely more than 4 certificates."
        }),
    )
}

fn csr(input: &str, request: &str, only_requests: bool) -> Explanation {
    x(
        format!("{input} holds a certificate request for \"{request}\", not a certificate"),
        Text::plain(if only_requests {
            format!("{input} contains a certificate signing request (CSR) for \"{request}\". A CSR is what you send to a CA to ask for a certificate; a server cannot use it, and no certificate was given to check.")
        } else {
            format!("{input} contains a certificate signing request (CSR) for \"{request}\". It is not part of a chain, but it was used to check which private key and certificate belong to it.")
        }),
        if only_requests {
            fill("Send the CSR to your CA (or let your ACME client do it) and install the certificate it returns, with its intermediate certificates. Then check the certificate file here. To see what a CSR asks for: `openssl req -in FILE -noout -text`.", &[])
        } else {
            Text::plain("Nothing to fix: do not put the CSR into the server's certificate file.")
        },
    )
}

/// Shared by chain findings: an issuer URL and its download commands.
pub(super) fn issuer_download(ca_issuers: &Option<String>) -> Text {
    match ca_issuers {
        Some(address) => fill(
            " (download it: `curl -o issuer.der {url}`, convert: `openssl x509 -inform DER -in issuer.der -out issuer.pem`)",
            &[("url", url(address))],
        ),
        None => Text::default(),
    }
}
