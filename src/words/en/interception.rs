//! TLS interception in English: what re-signed the connection, and how to
//! add its root to each client's own store.

use crate::finding::FindingKind;
use crate::words::template::fill;
use crate::words::{Controls, Explanation, Text};

/// How to add a root saved as `corp-root.pem` to each client's store.
const INSTALL: &str = "Save the root as corp-root.pem and add it to each client's own trust store on the machines that must trust it. Debian/Ubuntu: `sudo cp corp-root.pem /usr/local/share/ca-certificates/corp-root.crt && sudo update-ca-certificates`; RHEL/Fedora: `sudo cp corp-root.pem /etc/pki/ca-trust/source/anchors/ && sudo update-ca-trust`; macOS: `sudo security add-trusted-cert -d -r trustRoot -k /Library/Keychains/System.keychain corp-root.pem`; Windows: `certutil -addstore -f Root corp-root.pem`; Java (its own cacerts): `keytool -importcert -cacerts -alias corp-root -file corp-root.pem`; Python's ssl: `export SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt`, and for requests and pip (certifi): `export REQUESTS_CA_BUNDLE=/etc/ssl/certs/ca-certificates.crt`; Node: `export NODE_EXTRA_CA_CERTS=$PWD/corp-root.pem`; git: `git config --global http.sslCAInfo /etc/ssl/certs/ca-certificates.crt`; Docker images: `COPY corp-root.pem /usr/local/share/ca-certificates/corp-root.crt` then `RUN update-ca-certificates`, and for the Docker daemon's pulls put it at `/etc/docker/certs.d/REGISTRY/ca.crt`.";

pub(super) fn explain(kind: &FindingKind, controls: &Controls) -> Option<Explanation> {
    let FindingKind::TrustInterception { root, product, names, yours } = kind else { return None };
    let title = match product {
        Some(product) => format!("{product} is inspecting this connection: \"{root}\" re-signed it"),
        None => format!("\"{root}\" signs for public sites: this looks like TLS interception"),
    };
    let mut explanation = if names.is_empty() {
        format!("The path ends at \"{root}\", a CA that no public root store holds.")
    } else {
        format!(
            "The certificate is for {} — names on the public Internet — but its path ends at \"{root}\", a CA that no public root store holds.",
            names.join(", ")
        )
    };
    match product {
        Some(product) => explanation.push_str(&format!(" Its name says it belongs to {product}, which inspects TLS: it sits between the clients and the Internet, decrypts each connection and re-signs it with its own root, which only the machines it manages trust.")),
        None => explanation.push_str(" That is what TLS interception looks like: a corporate proxy, an antivirus or a debugging proxy (mitmproxy, Fiddler, Charles) decrypts each connection and re-signs it with its own root. If it is your own CA issuing for your own domain, this does not apply; if nobody in your organisation set it up, treat it as an attack and do not trust it."),
    }
    if *yours {
        explanation.push_str(" You gave it as your root, so the chain is judged as the machines that trust it see it. Every other client — a container, a CI runner, a phone, Java with its own cacerts, Python with certifi, Node with its built-in roots — refuses it until the root is added to its own store.");
    } else {
        explanation.push_str(" The server is not at fault: tools on this machine that do not trust the root fail with \"self-signed certificate in certificate chain\" or \"unable to get local issuer certificate\". The fix is on the clients.");
    }
    let fix = if *yours || product.is_some() {
        fill(INSTALL, &[])
    } else {
        let check = format!(
            "First look from outside this network: `openssl s_client -connect HOST:443 -servername HOST -showcerts </dev/null` on another connection. If the server sends a public chain there, the re-signing happens here. If it is your organisation's proxy, check the chain with its root as your root ({}), then: {INSTALL}",
            controls.root
        );
        fill(&check, &[])
    };
    Some(Explanation { title, explanation: Text::plain(explanation), fix })
}
