//! Every certificate's role, decided once when the path is built and read
//! by the findings, the CLI and the page alike.

use std::collections::HashSet;

use serde::Serialize;

use crate::certificate::{Certificate, Source};

/// What a certificate is to the path.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "transfer", derive(bincode::Encode, bincode::Decode))]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    /// The certificate the server presents.
    Leaf,
    /// A CA between the leaf and the top of the path.
    Intermediate,
    /// A self-signed root given in the bundle: the top of the path, or a
    /// copy of the anchor the path ends at.
    Root,
    /// The user's root the path ends at.
    Anchor,
    /// The same certificate given again.
    Duplicate,
    /// In the bundle but not on the leaf's path.
    Extra,
    /// One of the user's roots the path does not end at.
    UnusedRoot,
}

impl Role {
    /// On the path as the server should send it (leaf or intermediate).
    pub fn is_served(self) -> bool {
        matches!(self, Self::Leaf | Self::Intermediate)
    }
}

/// The role of each certificate, by index. `path` is the bundle's part of
/// the path, `anchor` the user's root it ends at, `trusted` whether it ends
/// at any anchor.
pub(super) fn assign(
    certificates: &[Certificate],
    path: &[usize],
    anchor: Option<usize>,
    trusted: bool,
) -> Vec<Role> {
    let mut roles = vec![Role::Extra; certificates.len()];
    let last = path.len().saturating_sub(1);
    for (position, index) in path.iter().enumerate() {
        roles[*index] = if position == 0 {
            Role::Leaf
        } else if position == last && certificates[*index].self_issued {
            Role::Root
        } else {
            Role::Intermediate
        };
    }
    let top_issuer = path.last().map(|index| &certificates[*index].issuer_key);
    let mut seen: HashSet<&[u8]> = HashSet::new();
    for certificate in certificates {
        let index = certificate.index;
        if certificate.source == Source::Root {
            roles[index] = if anchor == Some(index) { Role::Anchor } else { Role::UnusedRoot };
            continue;
        }
        if !seen.insert(&certificate.der) {
            roles[index] = Role::Duplicate;
            continue;
        }
        // The root the path ends at, given in the bundle although the
        // search stopped at the same root among the anchors.
        let anchor_copy = trusted
            && certificate.self_issued
            && !path.contains(&index)
            && top_issuer == Some(&certificate.subject_key);
        if anchor_copy {
            roles[index] = Role::Root;
        }
    }
    roles
}

#[cfg(test)]
mod tests {
    use super::*;
    use rcgen::{BasicConstraints, CertificateParams, CertifiedIssuer, DnType, IsCa, KeyPair};

    fn ca(name: &str) -> CertificateParams {
        let mut params = CertificateParams::new(Vec::<String>::new()).unwrap();
        params.distinguished_name.push(DnType::CommonName, name);
        params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        params
    }

    /// Certificates from DER, numbered as the intake numbers them.
    fn read(ders: &[(&[u8], Source)]) -> Vec<Certificate> {
        ders.iter()
            .enumerate()
            .map(|(index, (der, source))| Certificate::from_der(der, index, 0, *source).unwrap())
            .collect()
    }

    #[test]
    fn every_certificate_gets_one_role() {
        let root = CertifiedIssuer::self_signed(ca("Root"), KeyPair::generate().unwrap()).unwrap();
        let intermediate =
            CertifiedIssuer::signed_by(ca("Intermediate"), KeyPair::generate().unwrap(), &root).unwrap();
        let leaf = CertificateParams::new(vec!["leaf.example".to_string()])
            .unwrap()
            .signed_by(&KeyPair::generate().unwrap(), &intermediate)
            .unwrap();
        let other = CertifiedIssuer::self_signed(ca("Other Root"), KeyPair::generate().unwrap()).unwrap();
        let (leaf, intermediate, root, other) =
            (leaf.der().to_vec(), intermediate.der().to_vec(), root.der().to_vec(), other.der().to_vec());
        use Role::*;
        use Source::{Bundle, Root as UserRoot};
        type Case<'a> = (&'a str, Vec<(&'a [u8], Source)>, Vec<usize>, Option<usize>, bool, Vec<Role>);
        let cases: Vec<Case<'_>> = vec![
            (
                "leaf and intermediate to a public anchor",
                vec![(&leaf, Bundle), (&intermediate, Bundle)],
                vec![0, 1],
                None,
                true,
                vec![Leaf, Intermediate],
            ),
            (
                "a served root on the path, nobody trusts it",
                vec![(&leaf, Bundle), (&intermediate, Bundle), (&root, Bundle)],
                vec![0, 1, 2],
                None,
                false,
                vec![Leaf, Intermediate, Root],
            ),
            (
                "a served copy of the anchor the path ends at",
                vec![(&leaf, Bundle), (&intermediate, Bundle), (&root, Bundle)],
                vec![0, 1],
                None,
                true,
                vec![Leaf, Intermediate, Root],
            ),
            (
                "the user's root is the anchor, another is unused",
                vec![(&leaf, Bundle), (&intermediate, Bundle), (&root, UserRoot), (&other, UserRoot)],
                vec![0, 1],
                Some(2),
                true,
                vec![Leaf, Intermediate, Anchor, UnusedRoot],
            ),
            (
                "a repeat and a stranger",
                vec![(&leaf, Bundle), (&intermediate, Bundle), (&intermediate, Bundle), (&other, Bundle)],
                vec![0, 1],
                None,
                true,
                vec![Leaf, Intermediate, Duplicate, Extra],
            ),
            (
                "an untrusted stranger root is not the anchor's copy",
                vec![(&leaf, Bundle), (&other, Bundle)],
                vec![0],
                None,
                false,
                vec![Leaf, Extra],
            ),
        ];
        for (name, ders, path, anchor, trusted, expected) in cases {
            let certificates = read(&ders);
            assert_eq!(assign(&certificates, &path, anchor, trusted), expected, "{name}");
        }
    }
}
