//! The bundle as served against the path (RFC 8446 §4.4.2: the leaf first,
//! each certificate followed by the one that certifies it): duplicates,
//! roots, certificates not on the path, and the order — judged only for
//! certificates given in sequence (PEM, DER). A .p7b is a SET OF
//! certificates and a .pfx a set of bags: servers that take them build the
//! order themselves, so theirs is no order at all.

use super::{Judge, Role};
use crate::finding::{Finding, FindingKind};

pub(super) fn findings(judge: &Judge<'_>, findings: &mut Vec<Finding>) {
    let (certificates, chain) = (judge.certificates, judge.chain);
    let leaf = judge.leaf();
    let mut served_on_path: Vec<usize> = Vec::new();
    for certificate in certificates.iter().filter(|c| c.is_given()) {
        let name = certificate.name.clone();
        match chain.role(certificate.index) {
            Role::Duplicate => {
                let kind = FindingKind::ChainDuplicateCertificate {
                    certificate: name,
                    container: certificate.container,
                    ca_bundle: false,
                };
                findings.push(judge.about(kind, certificate))
            }
            // Sending the root is useless when a client trusts it; when none
            // does, the path's end says so.
            Role::Root if chain.trusted => {
                let kind = FindingKind::ChainRootIncluded { root: name, container: certificate.container };
                findings.push(judge.about(kind, certificate))
            }
            Role::Root => {}
            Role::Leaf | Role::Intermediate => served_on_path.push(certificate.index),
            Role::Extra | Role::Anchor | Role::UnusedRoot => {
                let kind = FindingKind::ChainUnrelatedCertificate {
                    certificate: name,
                    leaf: leaf.name.clone(),
                    container: certificate.container,
                };
                findings.push(judge.about(kind, certificate));
            }
        }
    }
    let expected: Vec<usize> =
        chain.path.iter().copied().filter(|index| served_on_path.contains(index)).collect();
    let in_sequence = served_on_path.iter().all(|index| certificates[*index].container.is_none());
    if in_sequence && served_on_path != expected {
        let order =
            |indices: &[usize]| indices.iter().map(|i| certificates[*i].name.clone()).collect::<Vec<_>>();
        findings.push(Finding {
            kind: FindingKind::ChainOutOfOrder { served: order(&served_on_path), expected: order(&expected) },
            inputs: vec![leaf.input],
            certificates: served_on_path.clone(),
            refusal: None,
        });
    }
}
