//! How the path ends (RFC 5280 §6.1): at an anchor, at a root nobody
//! trusts, at a self-signed leaf, or at a certificate whose issuer is
//! missing or whose signature does not verify.

use super::{Judge, PathEnd};
use crate::certificate::Certificate;
use crate::finding::{Finding, FindingKind, Supplied};

pub(super) fn findings(judge: &Judge<'_>, findings: &mut Vec<Finding>) {
    let (certificates, chain, leaf) = (judge.certificates, judge.chain, judge.leaf());
    // Issuers supplied from the public intermediate set: the bundle lacks
    // them, though the path is complete with them.
    for pair in chain.path.windows(2) {
        let (issued, issuer) = (&certificates[pair[0]], &certificates[pair[1]]);
        if let Some(source) = &issuer.supplied_from {
            let kind = FindingKind::ChainIncomplete {
                certificate: issued.name.clone(),
                missing_issuer: issuer.name.clone(),
                ca_issuers: issued.ca_issuers.first().cloned(),
                container: issued.container,
                supplied: Some(Supplied { source: source.clone(), not_after: issuer.not_after }),
            };
            findings.push(Finding {
                kind,
                inputs: vec![issued.input],
                certificates: vec![issued.index, issuer.index],
                refusal: None,
            });
        }
    }
    match &chain.end {
        PathEnd::Anchor { .. } => {}
        PathEnd::UntrustedRoot { certificate } if *certificate == chain.leaf => {
            findings.push(judge.about(FindingKind::TrustSelfSigned { certificate: leaf.name.clone() }, leaf));
        }
        PathEnd::UntrustedRoot { certificate } => {
            let root = &certificates[*certificate];
            let kind = FindingKind::TrustUntrustedRoot { root: root.name.clone(), leaf: leaf.name.clone() };
            findings.push(judge.about(kind, root));
        }
        // A search that ran out of budget proves nothing about the issuer:
        // its own finding says so.
        PathEnd::MissingIssuer { .. } if chain.exhausted.is_some() => {}
        PathEnd::MissingIssuer { issuer } => {
            let last = &certificates[*chain.path.last().unwrap_or(&chain.leaf)];
            // An issuer whose signature cannot be checked is not vouched for.
            let unverifiable = chain.unverifiable.iter().find(|link| link.signed == last.index);
            findings.push(match unverifiable {
                Some(link) => Finding::about_certificate(
                    FindingKind::SignatureUnverifiable {
                        signed: last.name.clone(),
                        signer: link.signer.clone(),
                        algorithm: link.algorithm.clone(),
                    },
                    last.input,
                    last.index,
                ),
                None => missing_issuer(certificates, last, issuer),
            });
        }
    }
}

/// The path stops at `last`: its issuer is either not there, or there (in
/// the bundle or among the user's roots) with a signature that does not
/// verify.
fn missing_issuer(certificates: &[Certificate], last: &Certificate, issuer: &str) -> Finding {
    let named_but_bad =
        certificates.iter().find(|c| c.index != last.index && c.subject_key == last.issuer_key);
    if let Some(signer) = named_but_bad {
        return Finding {
            kind: FindingKind::SignatureInvalid { signed: last.name.clone(), signer: signer.name.clone() },
            inputs: vec![last.input],
            certificates: vec![last.index, signer.index],
            refusal: None,
        };
    }
    if last.self_issued {
        let kind = FindingKind::SignatureInvalid { signed: last.name.clone(), signer: last.name.clone() };
        return Finding::about_certificate(kind, last.input, last.index);
    }
    let kind = FindingKind::ChainIncomplete {
        certificate: last.name.clone(),
        missing_issuer: issuer.to_string(),
        ca_issuers: last.ca_issuers.first().cloned(),
        container: last.container,
        supplied: None,
    };
    Finding::about_certificate(kind, last.input, last.index)
}
