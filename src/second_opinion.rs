//! A second opinion: rustls-webpki (the verifier inside rustls) run on the
//! same leaf, intermediates, anchors, time and host, with RustCrypto-backed
//! signature algorithms. Where it rejects and none of certdoctor's own
//! error findings explains why, that is a gap in certdoctor's checks; the
//! corpus tests hold the two together.

use rustls_pki_types::{
    alg_id, AlgorithmIdentifier, CertificateDer, Der, InvalidSignature, ServerName,
    SignatureVerificationAlgorithm, TrustAnchor, UnixTime,
};
use serde::Serialize;

use crate::certificate::{Certificate, Source};
use crate::chain::Chain;
use crate::formats::hash::Hash;
use crate::formats::oid;
use crate::names::Host;
use crate::options::Options;
use crate::signature::{verify_parts, Scheme};
use crate::stores::StoreId;

/// What rustls-webpki said.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "transfer", derive(bincode::Encode, bincode::Decode))]
pub struct SecondOpinion {
    pub accepted: bool,
    /// rustls-webpki's error, as it names it (e.g. `CertExpired`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<crate::label::Label>,
}

impl SecondOpinion {
    fn rejected(error: &'static str) -> Self {
        Self { accepted: false, error: Some(crate::label::Label(error)) }
    }
}

/// The name of a rustls-webpki error variant, as its documentation names it.
/// The deprecated variants are named too: older paths still return them.
#[allow(deprecated)]
fn error_name(error: &webpki::Error) -> &'static str {
    use webpki::Error as E;
    match error {
        E::BadDer => "BadDer",
        E::BadDerTime => "BadDerTime",
        E::CaUsedAsEndEntity => "CaUsedAsEndEntity",
        E::CertDistrusted => "CertDistrusted",
        E::CertExpired { .. } => "CertExpired",
        E::CertNotValidForName(_) => "CertNotValidForName",
        E::CertNotValidYet { .. } => "CertNotValidYet",
        E::CertRevoked => "CertRevoked",
        E::EmptyEkuExtension => "EmptyEkuExtension",
        E::EndEntityUsedAsCa => "EndEntityUsedAsCa",
        E::ExtensionValueInvalid => "ExtensionValueInvalid",
        E::InvalidCertValidity => "InvalidCertValidity",
        E::InvalidNetworkMaskConstraint => "InvalidNetworkMaskConstraint",
        E::InvalidSerialNumber => "InvalidSerialNumber",
        E::InvalidSignatureForPublicKey => "InvalidSignatureForPublicKey",
        E::MalformedDnsIdentifier => "MalformedDnsIdentifier",
        E::MalformedExtensions => "MalformedExtensions",
        E::MalformedNameConstraint => "MalformedNameConstraint",
        E::MaximumNameConstraintComparisonsExceeded => "MaximumNameConstraintComparisonsExceeded",
        E::MaximumPathBuildCallsExceeded => "MaximumPathBuildCallsExceeded",
        E::MaximumPathDepthExceeded => "MaximumPathDepthExceeded",
        E::MaximumSignatureChecksExceeded => "MaximumSignatureChecksExceeded",
        E::NameConstraintViolation => "NameConstraintViolation",
        E::PathLenConstraintViolated => "PathLenConstraintViolated",
        E::RequiredEkuNotFound | E::RequiredEkuNotFoundContext(_) => "RequiredEkuNotFound",
        E::SignatureAlgorithmMismatch => "SignatureAlgorithmMismatch",
        E::TrailingData(_) => "TrailingData",
        E::UnknownIssuer => "UnknownIssuer",
        E::UnsupportedCertVersion => "UnsupportedCertVersion",
        E::UnsupportedCriticalExtension => "UnsupportedCriticalExtension",
        E::UnsupportedNameType => "UnsupportedNameType",
        E::UnsupportedSignatureAlgorithm | E::UnsupportedSignatureAlgorithmContext(_) => {
            "UnsupportedSignatureAlgorithm"
        }
        E::UnsupportedSignatureAlgorithmForPublicKey
        | E::UnsupportedSignatureAlgorithmForPublicKeyContext(_) => {
            "UnsupportedSignatureAlgorithmForPublicKey"
        }
        _ => "Other",
    }
}

#[derive(Debug)]
struct RustCrypto {
    public_key: AlgorithmIdentifier,
    signature: AlgorithmIdentifier,
    scheme: Scheme,
    curve: &'static str,
}

impl SignatureVerificationAlgorithm for RustCrypto {
    fn verify_signature(
        &self,
        public_key: &[u8],
        message: &[u8],
        signature: &[u8],
    ) -> Result<(), InvalidSignature> {
        match verify_parts(&self.scheme, self.curve, public_key, message, signature) {
            Some(true) => Ok(()),
            _ => Err(InvalidSignature),
        }
    }

    fn public_key_alg_id(&self) -> AlgorithmIdentifier {
        self.public_key
    }

    fn signature_alg_id(&self) -> AlgorithmIdentifier {
        self.signature
    }
}

/// The contents of an AlgorithmIdentifier of sha{256,384,512}WithRSAEncryption
/// without parameters: the OID alone.
const SHA256_RSA_ABSENT_PARAMS: &[u8] = &[0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x0b];
const SHA384_RSA_ABSENT_PARAMS: &[u8] = &[0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x0c];
const SHA512_RSA_ABSENT_PARAMS: &[u8] = &[0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x0d];

fn algorithms() -> Vec<RustCrypto> {
    let rsa =
        |signature, scheme| RustCrypto { public_key: alg_id::RSA_ENCRYPTION, signature, scheme, curve: "" };
    let ecdsa = |public_key, curve, signature, hash| RustCrypto {
        public_key,
        signature,
        scheme: Scheme::Ecdsa(hash),
        curve,
    };
    vec![
        rsa(alg_id::RSA_PKCS1_SHA256, Scheme::RsaPkcs1(Hash::Sha256)),
        rsa(alg_id::RSA_PKCS1_SHA384, Scheme::RsaPkcs1(Hash::Sha384)),
        rsa(alg_id::RSA_PKCS1_SHA512, Scheme::RsaPkcs1(Hash::Sha512)),
        // RFC 4055: the NULL parameters may also be absent; rustls-webpki's
        // own providers accept both forms.
        rsa(AlgorithmIdentifier::from_slice(SHA256_RSA_ABSENT_PARAMS), Scheme::RsaPkcs1(Hash::Sha256)),
        rsa(AlgorithmIdentifier::from_slice(SHA384_RSA_ABSENT_PARAMS), Scheme::RsaPkcs1(Hash::Sha384)),
        rsa(AlgorithmIdentifier::from_slice(SHA512_RSA_ABSENT_PARAMS), Scheme::RsaPkcs1(Hash::Sha512)),
        rsa(alg_id::RSA_PSS_SHA256, Scheme::RsaPss { hash: Hash::Sha256, salt: 32 }),
        rsa(alg_id::RSA_PSS_SHA384, Scheme::RsaPss { hash: Hash::Sha384, salt: 48 }),
        rsa(alg_id::RSA_PSS_SHA512, Scheme::RsaPss { hash: Hash::Sha512, salt: 64 }),
        ecdsa(alg_id::ECDSA_P256, oid::P256, alg_id::ECDSA_SHA256, Hash::Sha256),
        ecdsa(alg_id::ECDSA_P256, oid::P256, alg_id::ECDSA_SHA384, Hash::Sha384),
        ecdsa(alg_id::ECDSA_P384, oid::P384, alg_id::ECDSA_SHA256, Hash::Sha256),
        ecdsa(alg_id::ECDSA_P384, oid::P384, alg_id::ECDSA_SHA384, Hash::Sha384),
        ecdsa(alg_id::ECDSA_P521, oid::P521, alg_id::ECDSA_SHA256, Hash::Sha256),
        ecdsa(alg_id::ECDSA_P521, oid::P521, alg_id::ECDSA_SHA384, Hash::Sha384),
        ecdsa(alg_id::ECDSA_P521, oid::P521, alg_id::ECDSA_SHA512, Hash::Sha512),
        RustCrypto {
            public_key: alg_id::ED25519,
            signature: alg_id::ED25519,
            scheme: Scheme::Ed25519,
            curve: "",
        },
    ]
}

/// What rustls-webpki is offered besides the leaf: the built path, and any
/// other certificate of the bundle named as the issuer of one on it (a
/// cross-sign it may prefer), at most 32. A pasted CA bundle of a thousand
/// certificates must not make it parse every one at every step.
fn offered(certificates: &[Certificate], chain: &Chain) -> Vec<usize> {
    // What the server sends: never an issuer certdoctor supplied.
    let given = |index: &usize| certificates.get(*index).is_some_and(|c| c.source != Source::Supplied);
    let mut offered: Vec<usize> = chain.path.iter().copied().filter(given).collect();
    for certificate in certificates.iter().filter(|certificate| certificate.is_given()) {
        if offered.len() >= 32 {
            break;
        }
        let names_an_issuer =
            chain.path.iter().any(|index| certificates[*index].issuer_der == certificate.subject_der);
        if names_an_issuer && !offered.contains(&certificate.index) {
            offered.push(certificate.index);
        }
    }
    offered
}

/// A SubjectPublicKeyInfo without its SEQUENCE header, as rustls-webpki's
/// trust anchors hold it.
fn spki_contents(spki: &[u8]) -> &[u8] {
    crate::formats::ber::Tlv::parse_whole(spki).map(|tlv| tlv.contents).unwrap_or(spki)
}

/// Asks rustls-webpki about the chain's leaf, offering it the path (see
/// [`offered`]) as intermediates, the user's roots among `certificates` as
/// anchors, and the Mozilla roots when `public_roots` is set.
pub fn ask(
    certificates: &[Certificate],
    chain: &Chain,
    options: &Options,
    host: Option<&Host>,
) -> SecondOpinion {
    let at = options.at;
    let leaf = chain.leaf;
    let Some(leaf_certificate) = certificates.get(leaf) else { return SecondOpinion::rejected("NoLeaf") };
    let leaf_der = CertificateDer::from(leaf_certificate.der.as_slice());
    let end_entity = match webpki::EndEntityCert::try_from(&leaf_der) {
        Ok(end_entity) => end_entity,
        Err(error) => return SecondOpinion::rejected(error_name(&error)),
    };
    let root_ders: Vec<CertificateDer<'_>> = certificates
        .iter()
        .filter(|certificate| certificate.is_user_root())
        .map(|root| CertificateDer::from(root.der.as_slice()))
        .collect();
    let mut anchors: Vec<TrustAnchor<'_>> =
        root_ders.iter().filter_map(|der| webpki::anchor_from_trusted_cert(der).ok()).collect();
    // The Mozilla roots, as rustls ships them (webpki-roots is Mozilla's).
    if let Some(stores) = options.stores.as_deref().filter(|_| options.public_roots) {
        anchors.extend(stores.roots.iter().filter(|root| root.stores.contains(StoreId::Mozilla)).map(
            |root| TrustAnchor {
                subject: Der::from(root.subject.as_slice()),
                subject_public_key_info: Der::from(spki_contents(&root.spki)),
                name_constraints: None,
            },
        ));
    }
    let intermediates: Vec<CertificateDer<'_>> = offered(certificates, chain)
        .iter()
        .filter(|index| **index != leaf)
        .filter_map(|index| certificates.get(*index))
        .map(|certificate| CertificateDer::from(certificate.der.as_slice()))
        .collect();
    let owned = algorithms();
    let algorithms: Vec<&dyn SignatureVerificationAlgorithm> =
        owned.iter().map(|algorithm| algorithm as &dyn SignatureVerificationAlgorithm).collect();
    // webpki counts time from 1970; earlier moments are clamped to it.
    let time = UnixTime::since_unix_epoch(std::time::Duration::from_secs(at.unix_seconds().max(0) as u64));
    if let Err(error) = end_entity.verify_for_usage(
        &algorithms,
        &anchors,
        &intermediates,
        time,
        webpki::KeyUsage::server_auth(),
        None,
        None,
    ) {
        return SecondOpinion::rejected(error_name(&error));
    }
    if let Some(host) = host {
        let host = host.to_string();
        let Ok(name) = ServerName::try_from(host.as_str()) else {
            return SecondOpinion::rejected("InvalidServerName");
        };
        if let Err(error) = end_entity.verify_is_valid_for_subject_name(&name) {
            return SecondOpinion::rejected(error_name(&error));
        }
    }
    SecondOpinion { accepted: true, error: None }
}
