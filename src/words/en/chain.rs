//! The chain, validity, name, signature and trust findings in English.

use super::findings::issuer_download;
use super::English;
use crate::finding::{Container, FindingKind, Supplied};
use crate::names::constraints::{MalformedConstraint, Violation};
use crate::words::template::{fill, host, number, text};
use crate::words::{plural, Controls, Explanation, Text, Words};

fn x(title: impl Into<String>, explanation: Text, fix: Text) -> Explanation {
    Explanation { title: title.into(), explanation, fix }
}

fn days(count: i64) -> String {
    plural(count, "day", "days")
}

pub(super) fn chain(_words: &English, kind: &FindingKind, controls: &Controls) -> Explanation {
    use FindingKind as K;
    match kind {
        K::ChainIncomplete { certificate, missing_issuer, ca_issuers, container: Some(container), supplied } => x(
            format!("Missing intermediate certificate: the issuer of \"{certificate}\""),
            Text::plain(format!("\"{certificate}\" was issued by \"{missing_issuer}\", which is neither in the {} file nor a trusted root. Servers send the chain they find in the file, so clients that do not fetch intermediates themselves (curl, OpenSSL, Python, Java, Go, Android apps) fail with \"unable to get local issuer certificate\" / \"unable to find valid certification path\".{}", container.name(), found_offline(missing_issuer, supplied))),
            match supplied {
                Some(_) => Text::plain("The corrected bundle already has it").then(rebuild(*container, controls, false)),
                None => Text::plain(format!("Get the intermediate certificate \"{missing_issuer}\""))
                    .then(issuer_download(ca_issuers))
                    .then(rebuild(*container, controls, true)),
            },
        ),
        K::ChainIncomplete { certificate, missing_issuer, ca_issuers, container: None, supplied } => x(
            format!("Missing intermediate certificate: the issuer of \"{certificate}\""),
            Text::plain(format!(
                "\"{certificate}\" was issued by \"{missing_issuer}\", which is neither in the bundle nor a trusted root. Browsers may paper over this by fetching or caching the intermediate, but curl, OpenSSL, Python, Java, Go, Android apps and most API clients fail with \"unable to get local issuer certificate\" / \"unable to find valid certification path\".{}{}",
                ca_issuers.as_ref().map(|url| format!(" The certificate says its issuer can be downloaded from {url}.")).unwrap_or_default(),
                found_offline(missing_issuer, supplied)
            )),
            supplied.as_ref().map(|_| Text::plain(format!("Serve the corrected bundle ({}): it adds \"{missing_issuer}\" after the leaf. Or add it yourself", controls.fixed_bundle))).unwrap_or_else(|| Text::plain(format!("Add the intermediate certificate \"{missing_issuer}\" after the leaf in the file the server sends")))
                .then(issuer_download(ca_issuers))
                .then(fill(". nginx: ssl_certificate must point to the full chain (leaf first, then intermediates; for Let's Encrypt use fullchain.pem, not cert.pem). Apache ≥ 2.4.8: put the chain in SSLCertificateFile. HAProxy: append it to the .pem in `crt`. IIS: import it into \"Intermediate Certification Authorities\". Then `openssl s_client -connect HOST:443 -showcerts` should list it.", &[])),
        ),
        K::ChainOutOfOrder { served, expected } => x(
            "The chain is in the wrong order",
            Text::plain(format!("The bundle sends {}, but a TLS server must send the leaf first and then each issuer in turn: {}. Many clients (older OpenSSL, Java, embedded devices) fail on a misordered chain.", served.join(" → "), expected.join(" → "))),
            fill("Serve the corrected bundle ({control}), or rebuild it yourself: `cat leaf.pem intermediate.pem > fullchain.pem`, leaf first. Point nginx ssl_certificate / Apache SSLCertificateFile at it and reload.", &[("control", text(controls.fixed_bundle))]),
        ),
        K::ChainRootIncluded { root, container } => x(
            format!("The bundle includes the root \"{root}\""),
            Text::plain(format!("The self-signed root \"{root}\" is in the bundle. Clients only trust roots they already have, so sending it is useless: it costs bytes on every handshake, and some clients (older Android, Java) build a wrong path when a cross-signed root is sent.")),
            in_container(*container, controls, Text::plain(format!("Remove the root from the file the server sends: serve the leaf and intermediates only (the corrected bundle: {}).", controls.fixed_bundle))),
        ),
        K::ChainDuplicateCertificate { certificate, container, ca_bundle: _ } => x(
            format!("\"{certificate}\" appears twice"),
            Text::plain(format!("The certificate \"{certificate}\" is in the bundle more than once. It wastes bytes, and some clients reject chains with repeated certificates.")),
            in_container(*container, controls, Text::plain(format!("Keep one copy: serve the corrected bundle ({}).", controls.fixed_bundle))),
        ),
        K::ChainUnrelatedCertificate { certificate, leaf, container } => x(
            format!("\"{certificate}\" does not belong to this chain"),
            Text::plain(format!("The certificate \"{certificate}\" is not on the path from \"{leaf}\" to its root. An extra certificate confuses some clients and often means the bundle was assembled from the wrong files.")),
            in_container(*container, controls, Text::plain(format!("Remove it from the bundle (the corrected bundle leaves it out: {}). If it is the leaf you meant to check, give its own chain instead.", controls.fixed_bundle))),
        ),
        other => super::unreachable(other),
    }
}

/// The host against the leaf's names.
pub(super) fn names(_words: &English, kind: &FindingKind, _controls: &Controls) -> Explanation {
    use FindingKind as K;
    match kind {
        K::NameMismatch { certificate, host: name, names, common_name_matches } => x(
            format!("\"{certificate}\" is not valid for {name}"),
            Text::plain(if *common_name_matches && names.is_empty() {
                format!("The certificate's subjectAltName lists no DNS name and no address, and only its common name is {name}. OpenSSL's own check, curl, Python, Java, Node and old Android then read the common name and accept it; the browsers (NET::ERR_CERT_COMMON_NAME_INVALID), Go, rustls and current Android never do.")
            } else if *common_name_matches {
                format!("The certificate's subjectAltName lists {} but no DNS name, and only its common name is {name}. OpenSSL's own check, Python, Java, Node and old Android then read the common name and accept it; curl (\"no alternative certificate subject name matches target host name\"), the browsers (NET::ERR_CERT_COMMON_NAME_INVALID), Go, rustls and current Android never do.", names.join(", "))
            } else {
                format!("The certificate covers {}, not {name}. Browsers show NET::ERR_CERT_COMMON_NAME_INVALID, curl says \"no alternative certificate subject name matches target host name\", Java \"No subject alternative DNS name matching\". A wildcard covers exactly one label: *.example.com matches www.example.com but not example.com or a.b.example.com.", if names.is_empty() { "no names".to_string() } else { names.join(", ") })
            }),
            fill("Get a certificate that lists {host} in its subjectAltName (with certbot: `certbot certonly -d {host}`), or check that the server sends the right certificate for this name (nginx: the server_name / ssl_certificate of that server block; SNI).", &[("host", host(name))]),
        ),
        K::NameWildcardPublicSuffix { certificate, host: name, pattern, suffix } => x(
            format!("\"{certificate}\" covers {name} only through the wildcard {pattern}"),
            Text::plain(format!(
                "The only entry that covers {name} is the wildcard {pattern}, directly over the public suffix \"{suffix}\" — a name under which anyone can register a domain, so CAs must not issue it (BR §3.2.2.6). Chrome (NET::ERR_CERT_COMMON_NAME_INVALID) and Safari refuse it, and so does Java when the chain ends at a public root. {}",
                if suffix.contains('.') {
                    "OpenSSL (and so curl and Python), Firefox, Go, rustls and Android take it: the certificate seems to work in command-line tools and fails in browsers."
                } else {
                    "Over a single label, OpenSSL (and so curl and Python), Firefox and rustls match nothing with it either; only Go, Android and Java under a private root take it."
                }
            )),
            fill("Get a certificate that names {host} itself (certbot: `certbot certonly -d {host}`; a private CA: `openssl req -new -key KEY -subj /CN={host} -addext subjectAltName=DNS:{host} -out req.csr`), or a wildcard one label lower, under a domain of your own.", &[("host", host(name))]),
        ),
        K::NameTrailingDot { certificate, host: name, entry } => x(
            format!("\"{certificate}\" covers {name} only as \"{entry}\", with a trailing dot"),
            Text::plain(format!("The only entry that covers {name} is \"{entry}\": an absolute name, which RFC 5280 does not allow in a certificate. Chrome, curl, Node and Android drop the dot and accept it; OpenSSL's own check (`openssl s_client -verify_hostname`, and so Python) does not, Firefox and rustls allow only the name asked for to be absolute, Go and Safari count an empty label, and Java refuses the name outright, so they say the certificate is not valid for {name}.")),
            fill("Have the certificate reissued with the name written without the dot (`subjectAltName=DNS:{host}`; certbot: `certbot certonly -d {host}`); check the CSR or the ACME client's configuration for a trailing dot.", &[("host", host(name))]),
        ),
        K::NameAddressAsDnsName { certificate, host: name, entry } => x(
            format!("\"{certificate}\" has the address {name} only as a DNS name"),
            Text::plain(format!("The certificate lists \"{entry}\" as a DNS name (dNSName), not as an IP address entry, which RFC 5280 §4.2.1.6 requires for an address. Safari compares DNS names with the address as text and accepts it; Chrome (NET::ERR_CERT_COMMON_NAME_INVALID), Firefox, curl and OpenSSL, Python, Go (\"doesn't contain any IP SANs\"), Java, Android and rustls look for an address among IP address entries only and refuse it.")),
            fill("Reissue the certificate with the address as an IP entry: `openssl req -new -key KEY -subj /CN={host} -addext subjectAltName=IP:{host} -out req.csr` (keep DNS names as `DNS:` entries beside it), and have it signed again.", &[("host", host(name))]),
        ),
        K::NamePartialWildcard { certificate, host: name, entry } => x(
            format!("\"{certificate}\" covers {name} only through the wildcard \"{entry}\""),
            Text::plain(format!("The only entry that covers {name} is \"{entry}\", with its wildcard inside a label rather than as the whole left-most label. RFC 6125 lets clients refuse such wildcards and the Baseline Requirements forbid them: Java, Node and OpenSSL's own check match it, while curl, Python, the browsers (NET::ERR_CERT_COMMON_NAME_INVALID), Go, Android and rustls do not.")),
            fill("Reissue the certificate with {host} itself, or with a wildcard that is the whole left-most label (`subjectAltName=DNS:{host}`; certbot: `certbot certonly -d {host}`).", &[("host", host(name))]),
        ),
        K::NameNoSan { certificate, host: name, subject, common_name_matches, address } => x(
            format!("\"{certificate}\" has no subjectAltName"),
            Text::plain(format!(
                "The certificate has no subjectAltName extension; its name is only in the subject ({subject}). Chrome, Firefox, Safari, Android, Go and rustls ignore the common name, so for them it is valid for no host at all, including {name}.{}",
                match (*common_name_matches, *address) {
                    (true, false) => format!(" Its common name does match {name}, so clients that still read it (OpenSSL-based tools, Python, Java, Windows) accept it."),
                    (true, true) => format!(" Its common name is {name}, but an IP address is looked for in subjectAltName only by OpenSSL, Python, Java and Node too; only Windows and old Android compare the common name as text."),
                    _ => String::new(),
                }
            )),
            if *address {
                fill("Reissue the certificate with the address in subjectAltName: `openssl req -new -key KEY -subj /CN={host} -addext subjectAltName=IP:{host} -out req.csr`, and have it signed again.", &[("host", host(name))])
            } else {
                fill("Reissue the certificate with the names in subjectAltName: `openssl req -new -key KEY -subj /CN={host} -addext subjectAltName=DNS:{host} -out req.csr`, and have it signed again.", &[("host", host(name))])
            },
        ),
        other => super::unreachable(other),
    }
}

pub(super) fn validity(_words: &English, kind: &FindingKind, _controls: &Controls) -> Explanation {
    use FindingKind as K;
    match kind {
        K::CertExpired { certificate, not_after, at, days: count, anchor: true, .. } => x(
            format!("Your root \"{certificate}\" expired on {}", not_after.to_human()),
            Text::plain(format!("Your root \"{certificate}\" was valid until {}; at {} it had been expired for {}. Clients that check a root's own dates refuse the chain (OpenSSL, and so curl and Python: \"certificate has expired\"); rustls takes a root as a name and a key and does not.", not_after.to_human(), at.to_human(), days(*count))),
            fill("Renew the root with the same name and key, so that the certificates it issued stay valid (`openssl x509 -in root.pem -signkey root.key -days 3650 -out root-renewed.pem`), and install the renewed root wherever the old one is trusted.", &[]),
        ),
        K::CertExpired { certificate, not_after, at, days: count, .. } => x(
            format!("Certificate \"{certificate}\" expired on {}", not_after.to_human()),
            Text::plain(format!("\"{certificate}\" was valid until {}; at {} it had been expired for {}. Every TLS client refuses an expired certificate: browsers show NET::ERR_CERT_DATE_INVALID, curl and OpenSSL say \"certificate has expired\", Java throws CertificateExpiredException.", not_after.to_human(), at.to_human(), days(*count))),
            fill("Renew the certificate \"{certificate}\" with your CA (for Let's Encrypt: `certbot renew` or your ACME client's renew command), install the new certificate and its chain, and reload the server (`nginx -s reload`, `systemctl reload apache2`). If a renewed file already exists, the server is still pointing at the old one: check ssl_certificate / SSLCertificateFile. Check the result with `openssl x509 -in FILE -noout -enddate`.", &[("certificate", text(certificate))]),
        ),
        K::CertNotYetValid { certificate, not_before, at, days: count, anchor: true } => x(
            format!("Your root \"{certificate}\" is not valid until {}", not_before.to_human()),
            Text::plain(format!("Your root \"{certificate}\" only becomes valid on {}, {} after the moment checked ({}). Clients that check a root's own dates refuse the chain until then; rustls takes a root as a name and a key and does not. Often a clock is wrong: the one of the machine that made the root, or the client's.", not_before.to_human(), days(*count), at.to_human())),
            fill("Check the clocks first (`date -u`; enable NTP with `timedatectl set-ntp true`). If they are right, recreate the root with a current start date and install it wherever the old one is trusted.", &[]),
        ),
        K::CertNotYetValid { certificate, not_before, at, days: count, .. } => x(
            format!("Certificate \"{certificate}\" is not valid until {}", not_before.to_human()),
            Text::plain(format!("\"{certificate}\" only becomes valid on {}, {} after the moment checked ({}). Clients refuse it until then (browsers: NET::ERR_CERT_DATE_INVALID; OpenSSL: \"certificate is not yet valid\"). Often this means a clock is wrong: the server's or CA's when it was issued, or the client's.", not_before.to_human(), days(*count), at.to_human())),
            fill("Check the clocks first (`date -u` on the server and the client; enable NTP with `timedatectl set-ntp true`). If the clocks are right, install the previous certificate until this one becomes valid, or have the CA reissue it with a current start date.", &[]),
        ),
        K::CertExpiringSoon { certificate, not_after, at, days: count, warn_days, ca_bundle: _ } => x(
            format!("Certificate \"{certificate}\" expires in {}", days(*count)),
            Text::plain(format!("\"{certificate}\" is valid until {}, which is {} after {} — within the {warn_days}-day warning window. Once it passes, every client will refuse it.", not_after.to_human(), days(*count), at.to_human())),
            fill("Renew \"{certificate}\" now and install the new certificate with its chain (`certbot renew`, or request a new certificate from your CA). Automate renewal so that it happens at least {warn} days before expiry, and monitor it (`certdoctor check fullchain.pem --warn-days {warn}` in a daily job exits non-zero only on errors, so look for this code in `--json` output).", &[("certificate", text(certificate)), ("warn", number(*warn_days))]),
        ),
        K::CertValidityTooLong { certificate, days: count, limit: 398, not_before, not_after } => x(
            format!("\"{certificate}\" is valid for {count} days: more than 398"),
            Text::plain(format!("\"{certificate}\" is valid from {} to {}, {count} days. Since 1 September 2020 Safari and other Apple clients and Chrome reject publicly trusted TLS certificates valid for more than 398 days.", not_before.to_human(), not_after.to_human())),
            Text::plain("Have the certificate reissued with a lifetime of at most 398 days (public CAs do this by default; ACME clients use 90 days) and renew automatically."),
        ),
        K::CertValidityTooLong { certificate, days: count, limit, not_before, not_after } => x(
            format!("\"{certificate}\" is valid for {count} days: more than Apple allows ({limit})"),
            Text::plain(format!("\"{certificate}\" is valid from {} to {}, {count} days. Apple platforms (iOS, iPadOS, macOS, and every app on them) refuse TLS server certificates issued since 1 July 2019 that are valid for more than {limit} days, under any root — your own CA's too.", not_before.to_human(), not_after.to_human())),
            fill("Reissue the certificate with a lifetime of at most {limit} days (with openssl, `-days 825` or less) and renew it before it ends.", &[("limit", number(*limit))]),
        ),
        other => super::unreachable(other),
    }
}

/// What certdoctor found offline of a missing issuer, as a sentence.
fn found_offline(missing_issuer: &str, supplied: &Option<Supplied>) -> String {
    match supplied {
        Some(supplied) => format!(
            " certdoctor found \"{missing_issuer}\" offline, in the public intermediates ({}), valid until {}, and its signature on the certificate verifies; the corrected bundle includes it.",
            supplied.source,
            supplied.not_after.to_human()
        ),
        None => String::new(),
    }
}

/// The fix for a bundle finding: `sequence` for PEM and DER files; for a
/// container, rebuilding it from the corrected bundle.
fn in_container(container: Option<Container>, controls: &Controls, sequence: Text) -> Text {
    match container {
        None => sequence,
        Some(container) => {
            Text::plain("Rebuild the file from the corrected bundle, which has only what belongs")
                .then(rebuild(container, controls, false))
        }
    }
}

/// How to rebuild a container from the corrected bundle, saved as
/// fullchain.pem. Its order does not matter: servers that take a .p7b,
/// .pfx or keystore put the chain in order themselves.
fn rebuild(container: Container, controls: &Controls, append_intermediate: bool) -> Text {
    let command = match container {
        Container::Pkcs7 => "`openssl crl2pkcs7 -nocrl -certfile fullchain.pem -out chain.p7b`, and install the new .p7b where the old one was",
        Container::Pkcs12 => "`openssl pkcs12 -export -in fullchain.pem -inkey key.pem -out site.pfx` (on Windows, export with \"Include all certificates in the certification path if possible\"), and import the new .pfx where the old one was (IIS, Azure, Tomcat)",
        Container::Jks | Container::Jceks => "`keytool -importcert -alias ALIAS -file fullchain.pem -keystore KEYSTORE` to replace the chain stored with the key (`keytool -list -keystore KEYSTORE` shows its alias)",
    };
    let appended = if append_intermediate { " with the intermediate appended" } else { "" };
    fill(
        &format!(". Save the corrected bundle ({{control}}){appended} as fullchain.pem, then rebuild the {{container}} file: {command}. The order inside a {{container}} file does not matter."),
        &[("control", text(controls.fixed_bundle)), ("container", text(container.name()))],
    )
}

pub(super) fn trust(_words: &English, kind: &FindingKind, controls: &Controls) -> Explanation {
    use FindingKind as K;
    match kind {
        K::SignatureUnverifiable { signed, signer, algorithm } => x(
            format!("The signature on \"{signed}\" cannot be checked"),
            Text::plain(format!("\"{signed}\" names \"{signer}\" as its issuer and is signed with {algorithm}, an algorithm certdoctor cannot verify. A signature that was not verified proves nothing — the certificate may be forged — so the chain is not vouched for. Mainstream clients (browsers, OpenSSL, Go, Java, rustls) do not accept this algorithm either and reject the chain.")),
            fill("Have the certificate reissued with a standard signature: RSA (PKCS#1 v1.5 or PSS) or ECDSA with SHA-256/384/512, or Ed25519. `openssl x509 -in cert.pem -noout -text` shows the signature algorithm.", &[]),
        ),
        K::SecondOpinionRejected { leaf, error } => x(
            format!("rustls-webpki rejects the chain of \"{leaf}\" ({error})"),
            Text::plain(format!("rustls-webpki, the verifier inside rustls (and so inside many Rust, curl-with-rustls and embedded clients), rejects this chain with the error {error}, and none of certdoctor's own checks explains why. Until the reason is found, clients built on rustls will fail.")),
            Text::plain("Look up the error in rustls-webpki's documentation (docs.rs/rustls-webpki, enum Error) and fix the certificate it concerns; if certdoctor should have found the reason itself, please report the chain."),
        ),
        K::SecondOpinionDiverges { leaf, error } => second_opinion_diverges(leaf, error),
        K::SignatureInvalid { signed, signer } => x(
            format!("The signature on \"{signed}\" does not verify"),
            Text::plain(format!("\"{signed}\" names \"{signer}\" as its issuer, but its signature does not verify with that certificate's key. The certificate was altered, or \"{signer}\" is a different certificate with the same name (for example a reissued CA). Every client rejects the chain.")),
            fill("Take the issuer certificate from the CA that issued this certificate (its AIA caIssuers URL or the CA's download page), not from another source with a similar name. `openssl verify -CAfile issuer.pem cert.pem` checks one link.", &[]),
        ),
        K::SignatureWeakAlgorithm { certificate, algorithm } => x(
            format!("\"{certificate}\" is signed with {algorithm}"),
            Text::plain(format!("\"{certificate}\" is signed with {algorithm}. Collisions for SHA-1 and MD5 can be computed, so browsers, Java, OpenSSL at security level 1+ and Windows reject such signatures below the root.")),
            Text::plain("Have the certificate (or intermediate) reissued with a SHA-256 (or stronger) signature; every current CA does this by default."),
        ),
        K::TrustStoreMissing { .. } => super::clients::trust_store_missing(kind, controls).unwrap_or_else(|| super::unreachable(kind)),
        K::TrustDistrustedAfter { .. } => super::clients::trust_distrusted_after(kind).unwrap_or_else(|| super::unreachable(kind)),
        K::TrustUntrustedRoot { root, leaf } => x(
            format!("The chain of \"{leaf}\" ends at \"{root}\", which is not trusted"),
            Text::plain(format!("The path from \"{leaf}\" ends at the self-signed root \"{root}\", which is in none of the platform root stores checked and was not given as a root. Clients that do not have this root installed reject the certificate (\"self-signed certificate in certificate chain\").")),
            Text::plain(format!("If this is your own CA, install its root on every client (and check here with it as your root: {}). For a public site, get a certificate from a publicly trusted CA (for example Let's Encrypt).", controls.root)),
        ),
        K::TrustSelfSigned { certificate } => x(
            format!("\"{certificate}\" is self-signed"),
            Text::plain(format!("\"{certificate}\" signed itself, and it is not a trusted root. Browsers show NET::ERR_CERT_AUTHORITY_INVALID; curl and OpenSSL say \"self-signed certificate\".")),
            fill("For a public site, replace it with a certificate from a public CA (Let's Encrypt: `certbot --nginx -d HOST`). For internal use, issue it from your own CA and install that CA's root on the clients.", &[]),
        ),
        K::IssuerNotCa { issuer, issued, basic_constraints_ca, key_cert_sign } => x(
            format!("\"{issuer}\" is not allowed to issue certificates"),
            Text::plain(format!(
                "\"{issued}\" was signed by \"{issuer}\", but \"{issuer}\" {}. Clients reject the chain (OpenSSL: \"invalid CA certificate\").",
                match (basic_constraints_ca, key_cert_sign) {
                    (false, true) => "is not a CA (its basicConstraints does not say CA:TRUE)",
                    (true, false) => "has a keyUsage without keyCertSign",
                    _ => "is not a CA and its keyUsage lacks keyCertSign",
                }
            )),
            fill("The issuer must be a real CA certificate. If you made this CA yourself, recreate it with `-addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign`, then reissue the certificates below it.", &[]),
        ),
        K::PathLengthExceeded { issuer, limit, below, anchor: true } => x(
            format!("Too many CAs below the root \"{issuer}\""),
            Text::plain(format!("Your root \"{issuer}\" allows at most {limit} intermediate CA(s) below it (pathLenConstraint), but this path has {below}. Clients that enforce a root's own constraints — OpenSSL (and so curl and Python), Go and Firefox — reject the chain; those that take only the root's name and key (rustls, Java) accept it.")),
            Text::plain(format!("Issue the leaf from a CA at most {limit} level(s) below \"{issuer}\", or recreate the root with a larger pathlen (or none) and distribute it again.")),
        ),
        K::PathLengthExceeded { issuer, limit, below, .. } => x(
            format!("Too many CAs below \"{issuer}\""),
            Text::plain(format!("\"{issuer}\" allows at most {limit} intermediate CA(s) below it (pathLenConstraint), but this path has {below}. Clients reject the chain.")),
            Text::plain(format!("Issue the leaf from a CA at most {limit} level(s) below \"{issuer}\", or reissue the CA hierarchy with a larger pathlen.")),
        ),
        K::ChainTooLong { leaf, intermediates, limit } => x(
            format!("The chain of \"{leaf}\" is longer than the client allows"),
            fill("The path from \"{leaf}\" to its root passes through {intermediates} intermediate CA(s) (not counting self-issued re-keys), but the verify depth in force allows {limit}. A client with that limit stops building the path and rejects the chain, as OpenSSL does past `-verify_depth`, nginx past `ssl_verify_depth` and rustls past six intermediates.", &[("leaf", text(leaf)), ("intermediates", number(*intermediates)), ("limit", number(*limit))]),
            fill("Get a certificate from a CA with a shorter hierarchy (at most {limit} intermediate(s) below the root), or raise the client's limit (`openssl verify -verify_depth {intermediates}`, nginx `ssl_verify_depth {depth};`).", &[("limit", number(*limit)), ("intermediates", number(*intermediates)), ("depth", number(intermediates.saturating_add(1)))]),
        ),
        K::EkuServerAuthMissing { certificate, is_leaf, usages } => x(
            format!("\"{certificate}\" is not for TLS servers"),
            Text::plain(format!("The extended key usage of {}\"{certificate}\" allows only {}, not serverAuth. Browsers, Go, Windows and OpenSSL (with a purpose) reject it for a TLS server.", if *is_leaf { "the leaf " } else { "the intermediate " }, usages.iter().map(|usage| usage.name()).collect::<Vec<_>>().join(", "))),
            fill("Get a certificate made for TLS servers (extendedKeyUsage serverAuth); for your own CA: `-addext extendedKeyUsage=serverAuth`.", &[]),
        ),
        other => super::unreachable(other),
    }
}

pub(super) fn rules(words: &English, kind: &FindingKind, controls: &Controls) -> Explanation {
    use FindingKind as K;
    match kind {
        K::CertCriticalExtensionUnknown { certificate, extension, anchor: true } => x(
            format!("Your root \"{certificate}\" has a critical extension clients do not know"),
            Text::plain(format!("Your root \"{certificate}\" carries the extension {extension} marked critical. RFC 5280 requires clients to reject a certificate with a critical extension they do not understand, and clients that judge a root's own extensions do (OpenSSL: verify error 34); rustls takes a root as a name and a key and does not.")),
            Text::plain("Recreate the root without that extension, or with it marked non-critical, and install it wherever the old one is trusted."),
        ),
        K::CertCriticalExtensionUnknown { certificate, extension, .. } => x(
            format!("\"{certificate}\" has a critical extension clients do not know"),
            Text::plain(format!("\"{certificate}\" carries the extension {extension} marked critical. RFC 5280 requires clients to reject a certificate with a critical extension they do not understand, and browsers, Go, rustls and OpenSSL do.")),
            Text::plain("Have the certificate reissued without that extension, or with it marked non-critical."),
        ),
        K::NameConstraintsViolated { certificate, issuer, violation } => x(
            format!("\"{certificate}\" breaks the name constraints of \"{issuer}\""),
            Text::plain(format!("\"{issuer}\" may only issue for certain names, and \"{certificate}\" does not keep to them: {}. {}", words.violation(violation), match violation {
                Violation::OnEndEntity => "Verifiers apply a CA's constraints to what it issues and read a leaf's own as nothing, so no client refuses the chain for it.",
                Violation::Malformed { constraint } if constraint.is_leading_period() => "OpenSSL, Go, Chrome, Firefox and rustls read the leading period as \"subdomains only\" and accept the chain, whose names keep to that; pyca/cryptography and strict RFC 5280 validators refuse the syntax.",
                Violation::CommonName { .. } => "OpenSSL — curl, Python, Node — refuses the chain for it; browsers, Go and rustls ignore the common name (and refuse the certificate for lacking a subjectAltName).",
                Violation::Malformed { constraint: MalformedConstraint::NoSubtrees } => "Chrome and Go refuse such a CA; OpenSSL and rustls accept it.",
                _ => "Browsers, Go, rustls and OpenSSL reject the chain.",
            })),
            fill("Issue the certificate from a CA whose name constraints allow its names, or ask the owner of \"{issuer}\" to widen them. `openssl x509 -in CA.pem -noout -ext nameConstraints` shows them.", &[("issuer", text(issuer))]),
        ),
        K::CertRevoked { certificate, serial, date, crl_issuer } => x(
            format!("\"{certificate}\" is revoked"),
            Text::plain(format!("The CRL of \"{crl_issuer}\" lists serial number {serial} (\"{certificate}\") as revoked since {}. Clients that check revocation (Windows, macOS, Firefox with OCSP/CRLite, Java with revocation on) reject it.", date.to_human())),
            Text::plain("Request a new certificate (with a new key if the old one may be compromised), install it and its chain, and reload the server."),
        ),
        // Algorithms and usages some clients do not implement: the rule's
        // own words name them and the fix.
        K::CertProfileViolation { certificate, rule } if rule.client_support_only() => x(
            format!("\"{certificate}\" uses what not every client implements ({})", rule.id()),
            Text::plain(format!("In \"{certificate}\": {}.", words.rule(rule))),
            fill("Have the certificate reissued as said above by its CA; for your own CA, change the key or the signing options and reissue. The clients that refuse it are listed below.", &[]),
        ),
        K::CertProfileViolation { certificate, rule } => {
            let private = if rule.enforced_under_any_root() {
                format!(" The Baseline Requirements make this rule for publicly trusted certificates, and RFC 5280's rules alone ({}) allow it, but the clients named below refuse it under any root, your own CA's and a self-signed certificate's too.", controls.rfc5280)
            } else if rule.web_pki_only() {
                format!(" This rule binds publicly trusted certificates only: if the chain comes from your own private CA, give that CA as your root ({}), or choose RFC 5280's rules ({}), and it is judged by RFC 5280 alone.", controls.root, controls.rfc5280)
            } else {
                String::new()
            };
            x(
                format!("\"{certificate}\" is not encoded as certificates must be ({})", rule.id()),
                Text::plain(format!("In \"{certificate}\": {}. Clients differ on such rules — strict ones (Python 3.13+ with OpenSSL's strict mode, pyca/cryptography, rustls, Go's crypto/x509, browsers for publicly trusted certificates) refuse what lenient ones accept, so one chain can work in one client and fail in another; the clients that refuse this one are listed below.", words.rule(rule))),
                fill("Have the certificate reissued by its CA; the rule above is a requirement of RFC 5280 or the CA/Browser Forum Baseline Requirements. For your own CA, fix its profile (openssl `-addext` options or the extensions section of its config) and reissue.", &[]).then(Text::plain(private)),
            )
        }
        other => super::unreachable(other),
    }
}

/// rustls-webpki refusing, for a reason of its own, a chain RFC 5280 accepts.
fn second_opinion_diverges(leaf: &str, error: &str) -> Explanation {
    let (why, fix) = match error {
        "InvalidSignatureForPublicKey" => ("it builds its own path and does not follow links through self-issued certificates (a CA re-keyed under the same name) as RFC 5280 allows, so it meets a signature it checks against the wrong key — while every signature on the path certdoctor built verifies", "If rustls clients must connect, leave the self-issued (re-key) certificate out of the bundle so that the path runs through the CA's current certificate only."),
        "NameConstraintViolation" => ("it does not evaluate directoryName name constraints and refuses every chain below a CA that has them, although the names here keep to them", "If rustls clients must connect, issue from a CA without directoryName subtrees in its nameConstraints (DNS and IP subtrees are fine)."),
        "MaximumPathBuildCallsExceeded" => ("it stops after a fixed number of path-building steps, and the certificates offered give it more same-named candidates than that", "Send only the intermediates the path needs: the corrected bundle below has them."),
        _ => ("of a rule of its own", "Look up the error in rustls-webpki's documentation (docs.rs/rustls-webpki, enum Error)."),
    };
    x(
        format!("rustls refuses the chain of \"{leaf}\" ({error})"),
        Text::plain(format!("rustls-webpki, the verifier inside rustls (and so inside many Rust, curl-with-rustls and embedded clients), refuses this chain with {error}: {why}. RFC 5280 accepts the chain, and so do the other clients; clients built on rustls fail.")),
        Text::plain(fix),
    )
}
