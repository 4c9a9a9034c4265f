//! What the client said, in English: the error message recognised, what
//! that client was complaining about, and how it ties to the chain.

use crate::client_error::{Details, ErrorClient, Family};
use crate::finding::{Code, FindingKind};
use crate::words::template::{fill, host, text};
use crate::words::{Controls, Explanation, Text, Words};

fn x(title: impl Into<String>, explanation: Text, fix: Text) -> Explanation {
    Explanation { title: title.into(), explanation, fix }
}

/// What a line means beyond its family, where its details say (a legacy
/// PKCS#12 file, keytool's reply, a Windows key out of reach, a client
/// certificate not sent): the title, the meaning and the fix.
fn what_it_is(details: &Details) -> Option<(&'static str, &'static str, Text)> {
    if details.legacy_pkcs12 {
        Some((
            "the PKCS#12 file's old encryption is not loaded",
            "The PKCS#12 file is encrypted with RC2-40 or RC4, as older exports are (OpenSSL 1.x, Windows, Java 8 and many appliances): OpenSSL 3 no longer loads those algorithms without its legacy provider, so it fails whatever the password. The password is not the problem.",
            fill("Open it with the legacy provider and write it out again with current encryption: `openssl pkcs12 -legacy -in old.p12 -nodes -out all.pem`, then `openssl pkcs12 -export -in all.pem -out new.p12` (OpenSSL 3 encrypts with AES-256 and a SHA-256 MAC). Delete all.pem afterwards: it holds the private key unencrypted. Or give the program the PEM certificate and key instead of the PKCS#12 file. certdoctor reads the old file as it is.", &[]),
        ))
    } else if details.keytool_reply {
        Some((
            "the CA's reply does not chain to a certificate the keystore trusts",
            "Importing the signed certificate (the CA's reply) with keytool -importcert needs a path from it to a certificate already in the keystore or in Java's cacerts, and its intermediate (for a private CA, its root too) is in neither. No server is involved.",
            fill("Import the CA's certificates first, each under an alias of its own, the root before the intermediates (`keytool -importcert -keystore server.jks -alias root -file root.pem`, then the same with `-alias intermediate -file intermediate.pem`), then import the reply again under the key's alias. Or import the whole chain at once: `openssl crl2pkcs7 -nocrl -certfile fullchain.pem -out chain.p7b`, then `keytool -importcert -keystore server.jks -alias KEYALIAS -file chain.p7b`.", &[]),
        ))
    } else if details.key_unreachable {
        Some((
            "the certificate's private key is missing or out of reach",
            "Windows has the certificate but cannot use its private key: it was imported without it (a .cer or .crt file instead of the .pfx or .p12), it is in another store or user profile than the program looks in, or the account the program runs as may not read it. The chain is not the problem.",
            fill("Import the certificate with its key from a PKCS#12 file into the computer's store (`certutil -importPFX site.pfx`, or in PowerShell `Import-PfxCertificate -FilePath site.pfx -CertStoreLocation Cert:\\LocalMachine\\My`), check that certlm.msc says \"You have a private key that corresponds to this certificate\", and let the program's account read the key (certlm.msc, the certificate, All Tasks, Manage Private Keys). Make the PKCS#12 file from PEM files with `openssl pkcs12 -export -in fullchain.pem -inkey privkey.pem -out site.pfx`.", &[]),
        ))
    } else if details.client_certificate_missing {
        Some((
            "no client certificate was sent",
            "The server asks for a client certificate (mutual TLS) and the client sent none: it was not given one, or its certificate's issuer is not among the CAs the server names as acceptable (a client offers only a certificate from a CA on that list), or a proxy between them ends TLS. The server's own chain is not the problem.",
            fill("Give the client its certificate and key (curl: `curl --cert client.pem --key client.key https://HOST/`), see which CAs the server accepts (`openssl s_client -connect HOST:443 -servername HOST </dev/null` lists the acceptable client certificate CA names), and make that list include the CA that issued the client's certificate (nginx: `ssl_client_certificate`; Apache: `SSLCACertificateFile`). Check the client's certificate and key here.", &[]),
        ))
    } else {
        None
    }
}

pub(super) fn explain(kind: &FindingKind, controls: &Controls) -> Option<Explanation> {
    Some(match kind {
        FindingKind::ClientError { client, family, details, line, text, explained_by } => {
            let (mut title, meaning) = family_words(*family);
            let special = what_it_is(details);
            if let Some((special_title, _, _)) = &special {
                title = special_title;
            }
            let meaning = match &details.distrusted_after {
                Some(day) => format!("Its root program stopped trusting the certificates this root issued after {day} (older ones work until they expire), and the server's certificate is newer: renewing under the same root does not help."),
                None => match &special {
                    Some((_, special_meaning, _)) => special_meaning.to_string(),
                    None => meaning.to_string(),
                },
            };
            let mut explanation = format!("{} said, on line {line}: \"{text}\". {meaning}{}", client_name(*client), details_sentence(details));
            let fix = if !explained_by.is_empty() {
                let causes: Vec<&str> = explained_by.iter().map(|code| cause(*code)).collect();
                explanation.push_str(&format!(" In what you pasted, certdoctor finds why: {}.", causes.join("; ")));
                Text::plain("Fix what the findings below say; this error then goes away.")
            } else if let Some((_, _, special_fix)) = special {
                special_fix
            } else if details.distrusted_after.is_some() {
                Text::plain("Get the certificate from a CA whose root this client trusts without a limit, serve it with that CA's intermediates, and check the new chain here.")
            } else if family.about_the_chain() {
                explanation.push_str(&format!(" Nothing you pasted explains it. For this error the other usual causes are {}.", other_causes(*family)));
                settle(details)
            } else {
                not_certificates(*family, controls)
            };
            x(format!("{}: {title}", client_name(*client)), Text::plain(explanation), fix)
        }
        FindingKind::ClientErrorUnrecognised { input, line, text } => {
            let input = super::English.input_name(input);
            x(
                format!("An error certdoctor does not know yet ({input}, line {line})"),
                Text::plain(format!("\"{text}\" reads like a TLS error, but it is not one certdoctor recognises, so it cannot say what that client meant. Everything else you pasted is analysed below regardless.")),
                fill("Paste the certificates the server really sends, as `openssl s_client -connect HOST:443 -servername HOST -showcerts </dev/null` prints them, and read the findings.", &[]),
            )
        }
        FindingKind::ClientTranscript { verify_code, verify_text, protocol, cipher, no_peer_certificate, chain, showcerts, pasted, agrees } => {
            let result = match (verify_code, verify_text) {
                (Some(0), _) => "verification succeeded (0, ok)".to_string(),
                (Some(code), Some(text)) => format!("verification failed with {code} ({text})"),
                (Some(code), None) => format!("verification failed with {code}"),
                (None, _) => "no verification result".to_string(),
            };
            let mut explanation = format!(
                "s_client connected{}{} and reports {result}.",
                protocol.as_ref().map(|protocol| format!(" with {protocol}")).unwrap_or_default(),
                cipher.as_ref().map(|cipher| format!(" ({cipher})")).unwrap_or_default()
            );
            if *no_peer_certificate {
                explanation.push_str(" The server sent no certificate at all: the handshake failed before it (a version or cipher mismatch), or the port does not speak TLS.");
            } else if !chain.is_empty() {
                explanation.push_str(&format!(" The server sent {} certificate(s): {}.", chain.len(), chain.join(" → ")));
            }
            match agrees {
                Some(true) => explanation.push_str(&format!(" The {pasted} certificate(s) in the transcript are that chain, and they are analysed below.")),
                Some(false) => explanation.push_str(&format!(" The {pasted} certificate(s) pasted with it are not the chain s_client listed: the server may send another chain than the one you are fixing, or the transcript is from another host.")),
                None => {}
            }
            if !showcerts && chain.len() > 1 {
                explanation.push_str(" Without -showcerts the transcript holds only the server's own certificate.");
            }
            let fix = if !showcerts && chain.len() > 1 {
                fill("Run s_client again with `-showcerts` (`openssl s_client -connect HOST:443 -servername HOST -showcerts </dev/null`) and paste all of it: then the whole chain is checked.", &[])
            } else {
                Text::plain("Fix what the findings below say, then run s_client again: \"Verify return code: 0 (ok)\" means it trusts the chain.")
            };
            x(format!("openssl s_client: {result}"), Text::plain(explanation), fix)
        }
        _ => return None,
    })
}

fn details_sentence(details: &Details) -> String {
    let mut parts = Vec::new();
    if let Some(host) = &details.host {
        parts.push(format!("the host was {host}"));
    }
    if !details.names.is_empty() {
        parts.push(format!("the certificate it got is valid for {}", details.names.join(", ")));
    }
    if let Some(depth) = details.depth {
        parts.push(format!("the error is about the certificate at depth {depth} (0 is the server's own)"));
    }
    if let Some(number) = details.openssl_error {
        parts.push(format!("OpenSSL's verify error {number}"));
    }
    if parts.is_empty() {
        String::new()
    } else {
        format!(" Here {}.", parts.join("; "))
    }
}

/// The command that shows what the server really sends.
fn settle(details: &Details) -> Text {
    match &details.host {
        Some(name) => fill(
            "See the chain the server really sends, and check it here: `openssl s_client -connect {host}:443 -servername {host} -showcerts </dev/null`.",
            &[("host", host(name))],
        ),
        None => fill("See the chain the server really sends, and check it here: `openssl s_client -connect HOST:443 -servername HOST -showcerts </dev/null`.", &[]),
    }
}

/// What to do about an error that is not about the server's chain.
fn not_certificates(family: Family, controls: &Controls) -> Text {
    match family {
        Family::Password => fill("Give the password ({control}); a server reading an encrypted key at start-up needs it too (nginx `ssl_password_file`), or decrypt the key once: `openssl pkey -in key.pem -out key-plain.pem`.", &[("control", text(controls.password))]),
        Family::KeyMismatch => fill("Paste the certificate file and the key here: key-mismatch says which certificate the key belongs to, and chain-out-of-order whether the file starts with the server's own certificate. Compare by hand with `openssl x509 -noout -pubkey -in cert.pem` and `openssl pkey -pubout -in key.pem`.", &[]),
        Family::PemSyntax => fill("Paste the file here: certdoctor says what it holds. A DER certificate becomes PEM with `openssl x509 -inform DER -in cert.der -out cert.pem`; check the path the server is configured with.", &[]),
        Family::RevocationUnavailable => fill("Let the client reach the CRL and OCSP addresses the certificates name (proxy and firewall rules). For a private CA that names none, relax revocation checking for it on Windows clients (curl: `--ssl-no-revoke`); in Java, `-Dcom.sun.net.ssl.checkRevocation=false` turns it off where the application turned it on.", &[]),
        Family::CaBundleConfig => fill("Point the client at a CA bundle that exists (curl `--cacert`, `SSL_CERT_FILE`, `REQUESTS_CA_BUNDLE`, `NODE_EXTRA_CA_CERTS`), or install the system's (`apt-get install ca-certificates`).", &[]),
        _ => fill("Check the TLS versions and ciphers both sides allow (nginx `ssl_protocols` and `ssl_ciphers`, Apache `SSLProtocol`, the client's minimum version), and paste the server's certificate here to see whether its key is one the client implements. \"wrong version number\" or \"first record does not look like a TLS handshake\" usually means the port speaks plain HTTP or a proxy answers: check the URL's scheme and port.", &[]),
    }
}

/// The family's title and what the client was complaining about.
pub(super) fn family_words(family: Family) -> (&'static str, &'static str) {
    use Family as F;
    match family {
        F::UnknownIssuer => ("the certificate is not trusted", "It could not build a path from the server's certificate to a root it trusts: the server does not send its intermediate, the root is a private one the client lacks, or something in between (a TLS-inspecting proxy or antivirus) re-signed the connection."),
        F::MissingIntermediate => ("the chain is missing an intermediate", "It got the server's certificate but not the intermediate that links it to a root: the server sends an incomplete chain. Browsers often hide this by fetching the intermediate themselves."),
        F::SelfSigned => ("the certificate is self-signed", "The server's certificate signed itself, and the client does not trust it."),
        F::Expired => ("a certificate has expired", "A certificate of the chain (not necessarily the server's own) is past its end date, or the client's clock is wrong."),
        F::NotYetValid => ("a certificate is not valid yet", "A certificate of the chain starts in the future, or the client's or the server's clock is wrong."),
        F::Hostname => ("the certificate is for another name", "The certificate does not cover the name or IP address the client connected to."),
        F::WeakSignature => ("a signature algorithm is refused", "A certificate of the chain is signed with an algorithm the client refuses — SHA-1 or MD5 — or one it does not implement (Ed25519 in browsers, Ed448, RSASSA-PSS with unusual parameters)."),
        F::WeakKey => ("a key is too small", "A certificate's key is too small for the client (RSA below 2048 bits, or a small curve)."),
        F::Signature => ("a signature does not verify", "A signature in the chain does not verify: a certificate was altered, or the issuer presented is another certificate of the same name."),
        F::CaFlag => ("a certificate may not act as a CA", "A certificate acting as a CA is not allowed to (no basicConstraints CA:TRUE or no keyCertSign), or a CA certificate serves as the server's certificate."),
        F::Pathlen => ("a path length limit is exceeded", "One CA allows fewer CAs below it (pathLenConstraint) than the chain has."),
        F::Eku => ("a certificate is not for TLS servers", "A certificate's extended key usage does not allow TLS server authentication (serverAuth)."),
        F::NameConstraints => ("a name is outside a CA's constraints", "A CA of the chain may only issue for certain names, and the certificate's names are outside them."),
        F::CriticalExtension => ("a critical extension is unknown", "A certificate carries a critical extension the client does not understand, so it must refuse it."),
        F::ChainTooLong => ("the chain is too long", "The chain is longer than the client's verify depth allows."),
        F::Revoked => ("the certificate is revoked", "The client learned that the certificate's CA revoked it."),
        F::ValidityTooLong => ("the certificate is valid for too long", "The certificate is valid for longer than the browser accepts (398 days for publicly trusted certificates)."),
        F::ApplePolicy => ("Apple's policy refuses the certificate", "Apple's TLS policy refuses it: valid for more than 825 days, no serverAuth extended key usage, no subjectAltName, an RSA key under 2048 bits, or a SHA-1 signature."),
        F::CertInvalid => ("the certificate breaks a rule on how certificates are made", "The client refuses a certificate for breaking one of its rules on how a certificate must be made (a malformed, missing, wrongly critical or disallowed field) — Chrome's own rules, OpenSSL's strict checks (on by default in Python 3.13+), Go's parser — even where the chain is complete and trusted."),
        F::KeyMismatch => ("the key does not match the certificate", "At start-up the server found that the private key does not belong to the certificate it loads first — often because the file does not start with the server's own certificate."),
        F::PemSyntax => ("a file is not the PEM expected", "A file is not PEM of the kind expected: it may be DER, a key where a certificate belongs (or the reverse), a certificate request, empty, or the wrong path."),
        F::Password => ("a password is missing or wrong", "An encrypted key or keystore needs a password, and none or a wrong one was given."),
        F::PeerRejectedOurCert => ("the other side refused our certificate", "This is a server's log: the other side refused *this* side's certificate with a TLS alert (unknown CA, bad certificate, expired) — the server's own chain, or the client certificate in mutual TLS."),
        F::RevocationUnavailable => ("revocation could not be checked", "The client could not learn whether the certificate is revoked: the CRL or OCSP server was out of reach or did not answer (Windows' Schannel, Java with revocation checking on and Firefox when OCSP is required, or stapled, refuse the connection then). That is not a revoked certificate: it is a network or policy problem."),
        F::CaBundleConfig => ("the client's CA file is missing", "The client's CA file or directory is missing or wrong: it loaded no trusted roots at all."),
        F::Protocol => ("the handshake failed before any certificate was checked", "The two sides could not agree on a TLS version, a cipher or a way to sign with the server's key, or the port does not speak TLS at all (plain HTTP, or a proxy), or something closed the connection during the handshake (a firewall, proxy or load balancer, or a server that wants the host name (SNI) or a client certificate). The chain is not judged at this point; only the server's key can matter, when it is one the client does not implement."),
    }
}

fn other_causes(family: Family) -> &'static str {
    use Family as F;
    match family {
        F::UnknownIssuer | F::MissingIntermediate | F::SelfSigned | F::PeerRejectedOurCert => "the client's own trust store lacking the root (an old system, Java's cacerts, Python's certifi, a container image without ca-certificates), a TLS-inspecting proxy or antivirus re-signing the connection with its own CA, or the server sending another chain than the one pasted (SNI: a default virtual host answers)",
        F::Expired | F::NotYetValid => "a wrong clock on the client, an expired root or cross-sign in the client's old trust store, or the server sending another (older) certificate than the one pasted",
        F::Hostname => "the client connecting by another name or by IP address, the server sending another site's certificate (SNI, a default virtual host), or a proxy",
        _ => "the client's policy being stricter than what was checked here, or the server sending another chain than the one pasted",
    }
}

/// A finding's cause, in a few words, for the tie to the error.
fn cause(code: Code) -> &'static str {
    use Code as C;
    match code {
        C::ChainIncomplete => "the server does not send the intermediate certificate (chain-incomplete)",
        C::TrustUntrustedRoot => "the chain ends at a root no store trusts (trust-untrusted-root)",
        C::TrustSelfSigned => "the server's certificate is self-signed (trust-self-signed)",
        C::TrustStoreMissing => "the root is missing from some platforms' stores (trust-store-missing)",
        C::TrustDistrustedAfter => "the root's certificates issued after a cut-off day are no longer trusted by some clients (trust-distrusted-after)",
        C::TrustInterception => "something between the client and the server re-signs the connection with its own root, which this client does not trust (trust-interception)",
        C::ChainRootIncluded => "the server sends a root (chain-root-included)",
        C::SignatureInvalid => "a signature in the chain does not verify (signature-invalid)",
        C::SignatureUnverifiable => "a signature cannot be checked (signature-unverifiable)",
        C::CertExpired => "a certificate has expired (cert-expired)",
        C::CertNotYetValid => "a certificate is not valid yet (cert-not-yet-valid)",
        C::NameMismatch => "the certificate does not cover the host (name-mismatch)",
        C::NamePartialWildcard => "only a wildcard inside a label covers the host (name-partial-wildcard)",
        C::NameAddressAsDnsName => "the address is in the certificate only as a DNS name (name-address-as-dns-name)",
        C::NameTrailingDot => "only an entry with a trailing dot covers the host (name-trailing-dot)",
        C::NameWildcardPublicSuffix => "only a wildcard over a public suffix covers the host (name-wildcard-public-suffix)",
        C::NameNoSan => "the certificate has no subjectAltName (name-no-san)",
        C::SignatureWeakAlgorithm => "a certificate is signed with SHA-1 or MD5 (signature-weak-algorithm)",
        C::KeyWeak => "a key is too small (key-weak)",
        C::ChainUnrelatedCertificate => "the bundle holds a certificate that is not on the path (chain-unrelated-certificate)",
        C::IssuerNotCa => "an issuer is not a CA (issuer-not-ca)",
        C::CertProfileViolation => "a certificate breaks a rule clients enforce, or uses an algorithm they lack (cert-profile-violation)",
        C::PathLengthExceeded => "a path length constraint is exceeded (path-length-exceeded)",
        C::EkuServerAuthMissing => "an extended key usage excludes serverAuth (eku-server-auth-missing)",
        C::NameConstraintsViolated => "a name breaks a CA's name constraints (name-constraints-violated)",
        C::CertCriticalExtensionUnknown => "a certificate has an unknown critical extension (cert-critical-extension-unknown)",
        C::ChainTooLong => "the chain is longer than the depth allowed (chain-too-long)",
        C::CertRevoked => "a certificate is revoked (cert-revoked)",
        C::CertValidityTooLong => "the leaf is valid for too long (cert-validity-too-long)",
        C::KeyMismatch => "the key does not belong to the certificate (key-mismatch)",
        C::ChainOutOfOrder => "the file does not start with the server's own certificate (chain-out-of-order)",
        C::PemMalformed => "a PEM block is broken (pem-malformed)",
        C::PasswordRequired => "a password is needed (password-required)",
        C::PasswordIncorrect => "the password is wrong (password-incorrect)",
        C::InputUnrecognised => "a file is not a certificate or key (input-unrecognised)",
        C::InputCsrNotCertificate => "a certificate request was given instead of a certificate (input-csr-not-certificate)",
        other => other.as_str(),
    }
}

pub(super) fn client_name(client: ErrorClient) -> &'static str {
    use ErrorClient as E;
    match client {
        E::OpensslCli => "The openssl command",
        E::Openssl => "An OpenSSL-based client",
        E::Curl => "curl",
        E::Schannel => "Windows (Schannel)",
        E::Python => "Python",
        E::Node => "Node.js",
        E::Npm => "npm",
        E::Go => "Go",
        E::Docker => "Docker",
        E::Kubectl => "kubectl",
        E::Java => "Java",
        E::Android => "Android",
        E::OkHttp => "OkHttp",
        E::Dotnet => ".NET",
        E::Chrome => "Chrome",
        E::Edge => "Edge",
        E::Firefox => "Firefox",
        E::Apple => "Safari / Apple",
        E::Rustls => "rustls",
        E::Nginx => "nginx",
        E::Apache => "Apache httpd",
        E::Haproxy => "HAProxy",
        E::Git => "git",
        E::Wget => "wget",
        E::Postgresql => "PostgreSQL",
        E::Mysql => "MySQL",
        E::Php => "PHP",
        E::Ruby => "Ruby",
        E::Dart => "Dart / Flutter",
        E::Openvpn => "OpenVPN",
        E::Erlang => "Erlang/OTP (Elixir)",
        E::MbedTls => "mbed TLS",
        E::WolfSsl => "wolfSSL",
        E::Qt => "Qt",
        E::Subversion => "Subversion",
        E::GnuTls => "GnuTLS",
        E::Unity => "Unity",
        E::MiniProgram => "A mini program (WeChat's wx.request, uni-app)",
        E::Unknown => "The client",
    }
}
