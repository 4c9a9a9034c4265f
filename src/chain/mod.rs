//! The chain: the path a TLS client would build from the leaf to a trust
//! anchor, every certificate's role on it, and how the bundle as served
//! differs from it.
//!
//! [`build`] finds the path ([`build.rs`](build)) and decides each
//! certificate's [`Role`] once ([`roles`]); the findings about trust, the
//! bundle, each certificate on the path and the leaf are made from that in
//! [`trust`], [`bundle`], [`path`] and [`leaf`].

mod anchors;
mod build;
mod bundle;
mod constraints;
mod interception;
mod leaf;
mod path;
mod roles;
mod trust;

use serde::Serialize;

use crate::budget::Budget;
use crate::certificate::Certificate;
use crate::finding::{Finding, FindingKind, Limit, Skipped};
use crate::names::constraints::{Constraints, Violation};
use crate::names::{Host, HostMatch};
use crate::options::Profile;
use crate::stores::StoreSet;
use crate::timestamp::Timestamp;
pub use anchors::{Anchor, AnchorSource};
pub use build::{Found, Pool};
pub use roles::Role;

/// How the path ends.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "transfer", derive(bincode::Encode, bincode::Decode))]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum PathEnd {
    /// At a trust anchor: the path is trusted (by the user, or by these
    /// stores).
    Anchor { name: String, source: AnchorSource, stores: StoreSet },
    /// At a self-signed certificate that is not a trust anchor.
    UntrustedRoot { certificate: usize },
    /// The last certificate's issuer was not found.
    MissingIssuer { issuer: String },
}

/// The path and what is wrong with the bundle.
#[derive(Clone, Debug, Serialize)]
#[cfg_attr(feature = "transfer", derive(bincode::Encode, bincode::Decode))]
pub struct Chain {
    pub leaf: usize,
    /// Certificates of the bundle on the path, leaf first (the root too, if
    /// it was given in the bundle).
    pub path: Vec<usize>,
    pub end: PathEnd,
    pub trusted: bool,
    /// The user's root certificate the path ends at, if it does.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub anchor: Option<usize>,
    /// Every certificate's role, by certificate index.
    pub roles: Vec<Role>,
    /// The bundle as it should be served, by certificate index: leaf, then
    /// intermediates in order, no root, nothing else.
    pub served: Vec<usize>,
    /// The same as PEM (in JSON only as `served`: each certificate's PEM is
    /// listed once, among the certificates).
    #[serde(skip)]
    pub fixed_bundle: String,
    /// True if the bundle as given differs from `fixed_bundle`.
    pub bundle_needs_fixing: bool,
    /// Links whose signature could not be checked here (an algorithm
    /// certdoctor does not implement): none of them is on the path.
    pub unverifiable: Vec<Unverifiable>,
    /// The anchor's name constraints, if it has any.
    #[serde(skip)]
    pub anchor_constraints: Option<Constraints>,
    /// The first name-constraint violation on the path: the certificate
    /// below, the constraining CA's name and what is wrong.
    /// The subject of the anchor the path ends at, as the anchor encodes it
    /// (contents of the Name).
    #[serde(skip)]
    pub anchor_subject: Option<Vec<u8>>,
    /// The SHA-256 of the store root the path ends at.
    #[serde(skip)]
    pub anchor_fingerprint: Option<[u8; 32]>,
    #[serde(skip)]
    pub constraint_violation: Option<(usize, String, Violation)>,
    /// The budget that ran out while the path was built, if one did.
    #[serde(skip)]
    pub exhausted: Option<crate::finding::Limit>,
}

/// A signature that could not be checked: `signed` (a certificate index)
/// claims `signer` (a certificate's or anchor's name) with `algorithm`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "transfer", derive(bincode::Encode, bincode::Decode))]
pub struct Unverifiable {
    pub signed: usize,
    pub signer: String,
    pub algorithm: String,
}

impl Chain {
    /// The role of the certificate at `index`.
    pub fn role(&self, index: usize) -> Role {
        self.roles.get(index).copied().unwrap_or(Role::Extra)
    }

    /// The name constraints over the leaf — every CA's on the path above
    /// it, then the anchor's — each with the name of the CA that sets them.
    pub fn constraints_over_leaf<'a>(&'a self, certificates: &'a [Certificate]) -> Vec<(&'a str, &'a Constraints)> {
        let cas = self.path.iter().skip(1).map(|index| &certificates[*index]);
        let mut out: Vec<(&str, &Constraints)> =
            cas.filter_map(|ca| ca.name_constraints.as_ref().map(|constraints| (ca.name.as_str(), constraints))).collect();
        if let (Some(constraints), PathEnd::Anchor { name, .. }) = (&self.anchor_constraints, &self.end) {
            out.push((name.as_str(), constraints));
        }
        out
    }
}

/// Picks the leaf among the bundle's certificates: one that is not a CA
/// (preferring one that covers `host`), else the first certificate.
pub fn choose_leaf(certificates: &[Certificate], host: Option<&Host>) -> Option<usize> {
    let bundle: Vec<&Certificate> = certificates.iter().filter(|c| c.is_given()).collect();
    let leaves: Vec<&Certificate> = bundle.iter().copied().filter(|c| c.is_ca != Some(true)).collect();
    if let Some(host) = host {
        let covers = |c: &&Certificate| {
            matches!(
                crate::names::host::check(host, &c.dns_names, &c.ip_addresses, c.has_san),
                crate::names::HostMatch::Matched(_)
            )
        };
        if let Some(matching) = leaves.iter().copied().find(covers) {
            return Some(matching.index);
        }
    }
    leaves.first().map(|c| c.index).or_else(|| bundle.first().map(|c| c.index))
}

/// Searches the best path from `leaf` (an index into `pool`) to one of
/// `anchors`, leaving out the pool indices `skip` says, within `budget`.
pub fn search(
    pool: Pool<'_>,
    anchors: &[Anchor<'_>],
    leaf: usize,
    at: Timestamp,
    budget: &mut Budget,
    skip: &dyn Fn(usize) -> bool,
) -> Found {
    build::Builder::new(pool, anchors, budget, at, skip).run(leaf)
}

/// Builds the best path from `leaf` up to one of `anchors`, within `budget`,
/// and decides every certificate's role.
pub fn build(
    certificates: &[Certificate],
    anchors: &[Anchor<'_>],
    leaf: usize,
    at: Timestamp,
    budget: &mut Budget,
) -> Chain {
    let found = search(Pool::of(certificates), anchors, leaf, at, budget, &|_| false);
    let anchor = found.anchor.and_then(|index| anchors[index].certificate);
    let anchor_constraints = found.anchor.and_then(|index| anchors[index].constraints.cloned());
    let anchor_subject = found.anchor.map(|index| anchors[index].subject.to_vec());
    let anchor_fingerprint = found.anchor.and_then(|index| anchors[index].fingerprint);
    let anchor_name = match &found.end {
        PathEnd::Anchor { name, .. } => name.as_str(),
        _ => "",
    };
    let constraint_violation = constraints::first_violation(
        certificates,
        &found.path,
        anchor_constraints.as_ref(),
        anchor_name,
        budget,
    );
    let trusted = matches!(found.end, PathEnd::Anchor { .. });
    let roles = roles::assign(certificates, &found.path, anchor, trusted);
    let served: Vec<usize> = found.path.iter().copied().filter(|index| roles[*index] != Role::Root).collect();
    let given: Vec<usize> = certificates.iter().filter(|c| c.is_given()).map(|c| c.index).collect();
    Chain {
        leaf,
        trusted,
        anchor,
        fixed_bundle: served.iter().map(|index| certificates[*index].pem.as_str()).collect(),
        bundle_needs_fixing: given != served,
        served,
        path: found.path,
        end: found.end,
        roles,
        unverifiable: found.unverifiable,
        anchor_constraints,
        anchor_subject,
        anchor_fingerprint,
        constraint_violation,
        exhausted: budget.exhausted(),
    }
}

/// What the chain findings are judged against.
pub struct Judge<'a> {
    pub certificates: &'a [Certificate],
    pub chain: &'a Chain,
    pub host: Option<&'a Host>,
    /// How the host matched the leaf's names ([`crate::names::host::check`],
    /// once per judgement).
    pub host_match: Option<HostMatch>,
    /// [`Profile::Web`] or [`Profile::Rfc5280`].
    pub profile: Profile,
    /// Judged by the clients (`--profile auto`): a private PKI is held to
    /// RFC 5280's rules and also to the Web PKI rules that clients enforce
    /// under any root ([`crate::profile::Rule::enforced_under_any_root`]).
    pub by_clients: bool,
    pub max_intermediates: Option<usize>,
    /// A private key given pairs with the leaf: it is the server's
    /// certificate, not a CA file.
    pub leaf_has_key: bool,
}

impl Judge<'_> {
    fn leaf(&self) -> &Certificate {
        &self.certificates[self.chain.leaf]
    }

    /// A finding about one certificate.
    fn about(&self, kind: FindingKind, certificate: &Certificate) -> Finding {
        Finding::about_certificate(kind, certificate.input, certificate.index)
    }
}

/// Everything wrong with the chain and the bundle, as findings.
pub fn findings(judge: &Judge<'_>) -> Vec<Finding> {
    let mut findings = Vec::new();
    // A path search that ran out before it found a trusted path proves
    // nothing; one that found one has its answer.
    if let Some(limit) = judge.chain.exhausted.filter(|_| !judge.chain.trusted) {
        let leaf = judge.leaf();
        let skipped = match limit {
            Limit::NameComparisons => Skipped::NameConstraints { leaf: leaf.name.clone() },
            _ => Skipped::PathSearch { leaf: leaf.name.clone() },
        };
        let kind = FindingKind::InputLimitExceeded { limit, maximum: Budget::maximum(limit), skipped };
        findings.push(judge.about(kind, leaf));
    }
    trust::findings(judge, &mut findings);
    interception::findings(judge, &mut findings);
    bundle::findings(judge, &mut findings);
    path::depth(judge, &mut findings);
    path::profile(judge, &mut findings);
    path::each_certificate(judge, &mut findings);
    leaf::name_constraints(judge, &mut findings);
    leaf::host(judge, &mut findings);
    leaf::self_signed(judge, &mut findings);
    leaf::lifetime(judge, &mut findings);
    findings
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::certificate::Source;
    use rcgen::{BasicConstraints, CertificateParams, CertifiedIssuer, DnType, IsCa, KeyPair};

    fn ca(name: &str) -> CertificateParams {
        let mut params = CertificateParams::new(Vec::<String>::new()).unwrap();
        params.distinguished_name.push(DnType::CommonName, name);
        params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        params
    }

    /// The codes for a bundle (by index into `pool`) with `pool[2]` as the
    /// user's root, judged by RFC 5280's rules.
    fn codes(pool: &[Vec<u8>], bundle: &[usize]) -> Vec<&'static str> {
        let mut certificates: Vec<Certificate> = bundle
            .iter()
            .enumerate()
            .map(|(index, which)| Certificate::from_der(&pool[*which], index, 0, Source::Bundle).unwrap())
            .collect();
        let root = Certificate::from_der(&pool[2], certificates.len(), 1, Source::Root).unwrap();
        certificates.push(root);
        let anchor = Anchor::from_certificate(&certificates[certificates.len() - 1]);
        let at = Timestamp::parse("2026-01-01").unwrap();
        let leaf = choose_leaf(&certificates, None).unwrap();
        let chain = build(&certificates, &[anchor], leaf, at, &mut Budget::default());
        let judge = Judge {
            certificates: &certificates,
            chain: &chain,
            host: None,
            host_match: None,
            profile: Profile::Rfc5280,
            by_clients: false,
            max_intermediates: None,
            leaf_has_key: false,
        };
        // The profile rules have their own table.
        let codes = findings(&judge).into_iter().map(|finding| finding.code().as_str());
        codes.filter(|code| *code != "cert-profile-violation").collect()
    }

    #[test]
    fn the_bundle_against_the_path() {
        let root = CertifiedIssuer::self_signed(ca("Table Root"), KeyPair::generate().unwrap()).unwrap();
        let intermediate =
            CertifiedIssuer::signed_by(ca("Table Intermediate"), KeyPair::generate().unwrap(), &root)
                .unwrap();
        let mut leaf = CertificateParams::new(vec!["table.example".to_string()]).unwrap();
        leaf.use_authority_key_identifier_extension = true;
        let leaf = leaf.signed_by(&KeyPair::generate().unwrap(), &intermediate).unwrap();
        let pool = [leaf.der().to_vec(), intermediate.der().to_vec(), root.der().to_vec()];
        let cases: [(&str, &[usize], &[&str]); 5] = [
            ("leaf then intermediate", &[0, 1], &[]),
            ("intermediate first", &[1, 0], &["chain-out-of-order"]),
            ("no intermediate", &[0], &["chain-incomplete"]),
            ("the root sent too", &[0, 1, 2], &["chain-root-included"]),
            ("the intermediate twice", &[0, 1, 1], &["chain-duplicate-certificate"]),
        ];
        for (name, bundle, expected) in cases {
            assert_eq!(codes(&pool, bundle), expected, "{name}");
        }
    }
}
