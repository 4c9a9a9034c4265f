//! What the client said, tied to the chain: a `client-error` finding per
//! recognised error, naming the findings present that explain it; a
//! `client-error-unrecognised` finding for text that reads like a TLS error
//! but is not one the rules know; and a `client-transcript` finding per
//! `openssl s_client` transcript, saying whether the certificates pasted
//! with it are the chain s_client listed.

use crate::certificate::Certificate;
use crate::client::Client;
use crate::client_error::{ErrorClient, Family};
use crate::finding::{Code, Finding, FindingKind};
use crate::intake::Intake;
use crate::profile::Rule;

/// The findings for what the inputs say clients said, given the other
/// `findings` (with the clients each makes refuse) and the `host` checked.
pub fn findings(intake: &Intake, certificates: &[Certificate], findings: &[Finding], host: Option<&str>) -> Vec<Finding> {
    let mut out = Vec::new();
    for error in &intake.client_errors {
        // A finding explains the error if its code could, and it makes that
        // client refuse (when the matrix knows the client).
        let client = matrix_client(error.client);
        let explains = |finding: &&Finding| {
            (Code::explaining(error.family).contains(&finding.code())
                || rule_explains(error.family, finding, certificates))
                && match (finding.refusal, client) {
                    (Some(refusal), Some(client)) => refusal.clients.contains(client),
                    _ => true,
                }
        };
        let mut explained_by: Vec<Code> = findings.iter().filter(explains).map(Finding::code).collect();
        explained_by.dedup();
        let mut details = error.details.clone();
        details.host = details.host.or_else(|| host.map(str::to_string));
        let kind = FindingKind::ClientError {
            client: error.client,
            family: error.family,
            details,
            line: error.line,
            text: error.text.clone(),
            explained_by,
        };
        out.push(Finding::about_input(kind, error.input));
    }
    for (input, line, text) in &intake.error_like {
        let name = intake.inputs.get(*input).map(|input| input.name.clone()).unwrap_or_default();
        let kind = FindingKind::ClientErrorUnrecognised { input: name, line: *line, text: text.clone() };
        out.push(Finding::about_input(kind, *input));
    }
    for transcript in &intake.transcripts {
        let pasted: Vec<&Certificate> =
            certificates.iter().filter(|c| c.input == transcript.input && c.is_given()).collect();
        let agrees = (!transcript.chain.is_empty()).then(|| {
            let listed: Vec<String> = transcript.chain.iter().map(|subject| common_name(subject)).collect();
            let given: Vec<String> = pasted.iter().map(|c| common_name(&c.subject)).collect();
            // Without -showcerts only the server's own certificate is there.
            if transcript.showcerts() { listed == given } else { given.first() == listed.first() }
        });
        let kind = FindingKind::ClientTranscript {
            verify_code: transcript.verify_code,
            verify_text: transcript.verify_text.clone(),
            protocol: transcript.protocol.clone(),
            cipher: transcript.cipher.clone(),
            no_peer_certificate: transcript.no_peer_certificate,
            chain: transcript.chain.clone(),
            showcerts: transcript.showcerts(),
            pasted: pasted.len(),
            agrees,
        };
        out.push(Finding {
            kind,
            inputs: vec![transcript.input],
            certificates: pasted.iter().map(|c| c.index).collect(),
            refusal: None,
        });
    }
    out
}

/// Profile rules that explain families no other cert-profile-violation
/// does, by what the client says when it meets them:
/// - a handshake that fails before any certificate error ("unsupported
///   protocol", "no cipher overlap") when the server's own key is one the
///   client does not implement for the handshake signature;
/// - a signature algorithm refused or not implemented, for keys and
///   RSASSA-PSS parameters the client lacks;
/// - an issuer not found, when the issuer's name or key identifier is
///   written unlike what the client compares (bytes, the AKI);
/// - an unhandled critical extension, for a critical authorityInfoAccess;
/// - no serverAuth, for anyExtendedKeyUsage in its place.
fn rule_explains(family: Family, finding: &Finding, certificates: &[Certificate]) -> bool {
    let FindingKind::CertProfileViolation { rule, .. } = &finding.kind else { return false };
    let served = || {
        let not_ca = |certificate: &Certificate| {
            certificate.facts.basic_constraints.is_none_or(|constraints| !constraints.ca)
        };
        finding.certificates.first().and_then(|index| certificates.get(*index)).is_some_and(not_ca)
    };
    match family {
        Family::Protocol => matches!(rule, Rule::KeyAlgorithm { .. }) && served(),
        Family::WeakSignature => matches!(rule, Rule::KeyAlgorithm { .. } | Rule::PssSaltLength { .. }),
        Family::UnknownIssuer => matches!(rule, Rule::AkiMismatch { .. } | Rule::IssuerEncodingDiffers { .. }),
        Family::CriticalExtension => matches!(rule, Rule::AiaCritical),
        Family::Eku => matches!(rule, Rule::EkuAnyWithoutServerAuth),
        _ => false,
    }
}

/// The client of the matrix an error's client behaves as, if any.
fn matrix_client(client: ErrorClient) -> Option<Client> {
    use ErrorClient as E;
    Some(match client {
        E::Curl | E::OpensslCli | E::Openssl | E::Php | E::Ruby | E::Git | E::Wget | E::Postgresql | E::Mysql => Client::Openssl,
        E::Subversion => Client::Openssl,
        E::Nginx | E::Apache | E::Haproxy | E::Openvpn | E::Node | E::Npm | E::Dart => Client::Openssl,
        E::Python => Client::Python,
        E::Go | E::Docker | E::Kubectl => Client::Go,
        E::Java => Client::Java,
        E::Android | E::OkHttp => Client::Android,
        E::Dotnet | E::Schannel => Client::Windows,
        E::Chrome | E::Edge => Client::Chrome,
        E::Firefox => Client::Firefox,
        E::Apple => Client::Safari,
        E::Rustls => Client::Rustls,
        // Verifiers of their own, not in the matrix.
        E::Erlang | E::MbedTls | E::WolfSsl | E::Qt | E::GnuTls | E::Unity | E::MiniProgram | E::Unknown => return None,
    })
}

/// The CN of a subject as s_client (`CN = x`, `/CN=x`) or certdoctor
/// (`CN=x`) writes it, else the whole subject without spaces; lower-case.
fn common_name(subject: &str) -> String {
    let compact: String = subject.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_lowercase();
    match compact.rfind("cn=") {
        Some(at) => compact[at + 3..].split([',', '/']).next().unwrap_or_default().to_string(),
        None => compact,
    }
}

#[cfg(test)]
mod tests {
    use super::common_name;

    #[test]
    fn subjects_compare_by_common_name() {
        assert_eq!(common_name("C = US, O = Amazon, CN = Amazon RSA 2048 M03"), "amazonrsa2048m03");
        assert_eq!(common_name("/C=US/O=Amazon/CN=Amazon RSA 2048 M03"), "amazonrsa2048m03");
        assert_eq!(common_name("C=US, O=Amazon, CN=Amazon RSA 2048 M03"), "amazonrsa2048m03");
    }
}
