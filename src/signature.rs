//! Signature checks on certificates (RFC 5280 §6.1.3 (a)(1)) with pure-Rust
//! crypto: RSA PKCS#1 v1.5 and PSS with SHA-1/2, ECDSA on P-256/P-384/P-521,
//! secp256k1, brainpoolP256r1 and brainpoolP384r1, DSA, and Ed25519.

use rsa::signature::Verifier;
use serde::Serialize;

use crate::formats::ber::{tag, Tlv};
use crate::formats::hash::Hash;
use crate::formats::oid;

mod dsa;

/// The outcome of one check.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    Valid,
    Invalid,
    /// The algorithm (named) cannot be checked here.
    Unsupported(String),
}

/// The signature algorithm of a certificate, for reports.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Algorithm {
    pub name: String,
    /// SHA-1 or MD5 (or worse): collisions can be forged.
    pub weak_hash: bool,
}

/// The parts of a signed X.509 object.
pub struct Signed<'a> {
    pub tbs: &'a [u8],
    pub algorithm_oid: String,
    pub algorithm_parameters: Option<Tlv<'a>>,
    pub signature: &'a [u8],
}

impl<'a> Signed<'a> {
    /// Splits `SEQUENCE { tbs, AlgorithmIdentifier, BIT STRING }`.
    pub fn parse(der: &'a [u8]) -> Option<Self> {
        let (outer, _) = Tlv::parse_whole(der).ok().map(|tlv| (tlv, ()))?;
        let mut fields = outer.children();
        let tbs = fields.expect(tag::SEQUENCE, "tbs").ok()?;
        let algorithm = fields.expect(tag::SEQUENCE, "signatureAlgorithm").ok()?;
        let signature = fields.expect(tag::BIT_STRING, "signature").ok()?.bits().ok()?;
        let mut parts = algorithm.children();
        let algorithm_oid = parts.expect(tag::OID, "algorithm").ok()?.oid().ok()?;
        let algorithm_parameters = if parts.is_empty() { None } else { parts.read().ok() };
        Some(Self { tbs: tbs.raw, algorithm_oid, algorithm_parameters, signature })
    }
}

#[derive(Debug)]
pub(crate) enum Scheme {
    RsaPkcs1(Hash),
    RsaPss { hash: Hash, salt: usize },
    Ecdsa(Hash),
    Dsa(Hash),
    Ed25519,
}

fn scheme(signed: &Signed<'_>) -> Result<Scheme, String> {
    Ok(match signed.algorithm_oid.as_str() {
        "1.2.840.113549.1.1.4" => Scheme::RsaPkcs1(Hash::Md5),
        "1.2.840.113549.1.1.5" | "1.3.14.3.2.29" => Scheme::RsaPkcs1(Hash::Sha1),
        "1.2.840.113549.1.1.14" => Scheme::RsaPkcs1(Hash::Sha224),
        "1.2.840.113549.1.1.11" => Scheme::RsaPkcs1(Hash::Sha256),
        "1.2.840.113549.1.1.12" => Scheme::RsaPkcs1(Hash::Sha384),
        "1.2.840.113549.1.1.13" => Scheme::RsaPkcs1(Hash::Sha512),
        "1.2.840.113549.1.1.10" => pss_parameters(signed.algorithm_parameters.as_ref())?,
        "1.2.840.10045.4.1" => Scheme::Ecdsa(Hash::Sha1),
        "1.2.840.10045.4.3.1" => Scheme::Ecdsa(Hash::Sha224),
        "1.2.840.10045.4.3.2" => Scheme::Ecdsa(Hash::Sha256),
        "1.2.840.10045.4.3.3" => Scheme::Ecdsa(Hash::Sha384),
        "1.2.840.10045.4.3.4" => Scheme::Ecdsa(Hash::Sha512),
        "1.2.840.10040.4.3" => Scheme::Dsa(Hash::Sha1),
        "2.16.840.1.101.3.4.3.1" => Scheme::Dsa(Hash::Sha224),
        "2.16.840.1.101.3.4.3.2" => Scheme::Dsa(Hash::Sha256),
        "2.16.840.1.101.3.4.3.3" => Scheme::Dsa(Hash::Sha384),
        "2.16.840.1.101.3.4.3.4" => Scheme::Dsa(Hash::Sha512),
        "1.3.101.112" => Scheme::Ed25519,
        "1.2.840.113549.1.1.2" => return Err("md2WithRSAEncryption".into()),
        other => return Err(oid::name_of_dotted(other)),
    })
}

/// RSASSA-PSS-params (RFC 4055 §3.1); absent fields take SHA-1 defaults.
/// Parameters that cannot be read name the algorithm as unsupported.
fn pss_parameters(parameters: Option<&Tlv<'_>>) -> Result<Scheme, String> {
    let unreadable = || "RSASSA-PSS".to_string();
    let mut hash = Hash::Sha1;
    let mut salt = 20usize;
    if let Some(parameters) = parameters.filter(|p| p.tag == tag::SEQUENCE) {
        let mut fields = parameters.children();
        while let Ok(field) = fields.read() {
            let inner = Tlv::parse_whole(field.contents).map_err(|_| unreadable())?;
            match field.tag {
                t if t == tag::context(0) => {
                    let digest = inner
                        .children()
                        .expect(tag::OID, "hashAlgorithm")
                        .and_then(|o| o.oid())
                        .map_err(|_| unreadable())?;
                    hash = Hash::from_digest_oid(&digest)
                        .ok_or_else(|| format!("RSASSA-PSS-{}", oid::name_of_dotted(&digest)))?;
                }
                t if t == tag::context(2) => {
                    // A salt longer than any RSA key is refused, on every
                    // platform alike (no truncation on 32-bit wasm).
                    salt = inner
                        .small_uint()
                        .ok()
                        .and_then(|value| usize::try_from(value).ok())
                        .filter(|value| *value <= crate::keys::MAX_RSA_BITS / 8)
                        .ok_or_else(unreadable)?;
                }
                _ => {}
            }
        }
    }
    Ok(Scheme::RsaPss { hash, salt })
}

/// An RSASSA-PSS signature's salt length and its hash's length, when the
/// two differ (RFC 4055 allows any salt; many verifiers accept only the
/// hash's length).
pub fn unusual_pss_salt(signed: &Signed<'_>) -> Option<(usize, usize)> {
    match scheme(signed) {
        Ok(Scheme::RsaPss { hash, salt }) if salt != hash.output_len() => Some((salt, hash.output_len())),
        _ => None,
    }
}

/// Names the signature algorithm of a signed object, as its identifier
/// (`sha256WithRSAEncryption`, `ecdsa-with-SHA384`, `RSASSA-PSS-SHA-256`).
pub fn algorithm(signed: &Signed<'_>) -> Algorithm {
    // The registry's name, else OpenSSL's spelling of it.
    let named = |fallback: String| {
        let registered = oid::name_of_dotted(&signed.algorithm_oid);
        if registered == signed.algorithm_oid {
            fallback
        } else {
            registered
        }
    };
    let compact = |hash: Hash| hash.name().replace('-', "");
    match scheme(signed) {
        Ok(Scheme::RsaPkcs1(hash)) => Algorithm {
            name: named(format!("{}WithRSAEncryption", compact(hash).to_ascii_lowercase())),
            weak_hash: hash.is_weak(),
        },
        Ok(Scheme::Ecdsa(hash)) => {
            Algorithm { name: named(format!("ecdsa-with-{}", compact(hash))), weak_hash: hash.is_weak() }
        }
        Ok(Scheme::RsaPss { hash, .. }) => {
            Algorithm { name: format!("RSASSA-PSS-{}", hash.name()), weak_hash: hash.is_weak() }
        }
        Ok(Scheme::Dsa(hash)) => {
            Algorithm { name: named(format!("dsa_with_{}", compact(hash))), weak_hash: hash.is_weak() }
        }
        Ok(Scheme::Ed25519) => Algorithm { name: "Ed25519".into(), weak_hash: false },
        Err(name) => {
            let lower = name.to_ascii_lowercase();
            Algorithm { weak_hash: lower.contains("md2") || lower.contains("md4"), name }
        }
    }
}

/// What a check with this SubjectPublicKeyInfo's key counts for in the
/// analysis's signature budget: a DSA one as four (one 3072-bit check takes
/// about as long as four P-521 ones), every other as one.
pub fn cost(issuer_spki: &[u8]) -> u64 {
    let algorithm = Tlv::parse_whole(issuer_spki)
        .ok()
        .and_then(|spki| spki.children().expect(tag::SEQUENCE, "algorithm").ok())
        .and_then(|algorithm| algorithm.children().expect(tag::OID, "algorithm").ok())
        .and_then(|oid| oid.oid().ok());
    if algorithm.as_deref() == Some(oid::DSA) {
        4
    } else {
        1
    }
}

/// Checks the signature on `signed` with the issuer's SubjectPublicKeyInfo.
pub fn verify(signed: &Signed<'_>, issuer_spki: &[u8]) -> Outcome {
    verify_signed(signed, None, issuer_spki)
}

/// What is known of a signature check's two sides: the SHA-256 of the DER
/// `signed` was parsed from (a certificate's fingerprint), and that of the
/// certificate the issuer's key comes from, if there is one.
#[derive(Clone, Copy)]
pub struct Known<'a> {
    pub signed: &'a [u8; 32],
    pub issuer: Option<&'a [u8; 32]>,
}

/// As [`verify`], for a check whose sides are [`Known`]: the memo of
/// checked signatures is keyed by those digests (which cover the signed
/// bytes, the algorithm, the signature and the key) instead of hashing the
/// signed bytes and the key again. Judging one chain against every store
/// checks the same signatures a dozen times.
pub fn verify_known(signed: &Signed<'_>, known: Known<'_>, issuer_spki: &[u8]) -> Outcome {
    verify_signed(signed, Some(known), issuer_spki)
}

fn verify_signed(signed: &Signed<'_>, known: Option<Known<'_>>, issuer_spki: &[u8]) -> Outcome {
    let scheme = match scheme(signed) {
        Ok(scheme) => scheme,
        Err(name) => return Outcome::Unsupported(name),
    };
    let Ok(spki) = Tlv::parse_whole(issuer_spki) else { return Outcome::Invalid };
    let mut fields = spki.children();
    let Ok(algorithm) = fields.expect(tag::SEQUENCE, "algorithm") else { return Outcome::Invalid };
    let Ok(key_bits) = fields.expect(tag::BIT_STRING, "key").and_then(|bits| bits.bits()) else {
        return Outcome::Invalid;
    };
    let mut algorithm_fields = algorithm.children();
    let key_oid =
        algorithm_fields.expect(tag::OID, "key algorithm").and_then(|oid| oid.oid()).unwrap_or_default();
    let curve = algorithm_fields.read().ok().and_then(|parameters| parameters.oid().ok());
    let result = match scheme {
        Scheme::Ecdsa(_) if key_oid != oid::EC => Some(false),
        Scheme::Ed25519 if key_oid != oid::ED25519 => Some(false),
        Scheme::Dsa(_) if key_oid != oid::DSA => Some(false),
        // A DSA key's parameters are part of it: the check takes the whole
        // SubjectPublicKeyInfo.
        Scheme::Dsa(_) => verify_parts_of(
            &scheme,
            "",
            issuer_spki,
            Message { signed: signed.tbs, signature: signed.signature, known },
        ),
        Scheme::RsaPkcs1(_) | Scheme::RsaPss { .. } if key_oid != oid::RSA && key_oid != oid::RSA_PSS => {
            Some(false)
        }
        scheme => verify_parts_of(
            &scheme,
            curve.as_deref().unwrap_or_default(),
            key_bits,
            Message { signed: signed.tbs, signature: signed.signature, known },
        ),
    };
    match result {
        Some(true) => Outcome::Valid,
        Some(false) => Outcome::Invalid,
        None => Outcome::Unsupported(algorithm_name_for_unsupported(&key_oid, curve.as_deref())),
    }
}

/// Checks `signature` over `message` with the raw subjectPublicKey bits
/// (`curve` names the curve for ECDSA). `None` for an unsupported curve.
pub(crate) fn verify_parts(
    scheme: &Scheme,
    curve: &str,
    key_bits: &[u8],
    message: &[u8],
    signature: &[u8],
) -> Option<bool> {
    verify_parts_of(scheme, curve, key_bits, Message { signed: message, signature, known: None })
}

/// What a signature is checked over: the signed bytes and the signature,
/// and what is known of the DER they were cut from and of the key.
struct Message<'a> {
    signed: &'a [u8],
    signature: &'a [u8],
    known: Option<Known<'a>>,
}

fn verify_parts_of(scheme: &Scheme, curve: &str, key_bits: &[u8], message: Message<'_>) -> Option<bool> {
    let key = match message.known {
        // Both sides' DER determine the scheme, the curve and the key.
        Some(Known { signed, issuer: Some(issuer) }) => memo::key_of_known(signed, issuer),
        Some(Known { signed, issuer: None }) => memo::key(scheme, curve, key_bits, memo::Signed::Digest(signed)),
        None => memo::key(scheme, curve, key_bits, memo::Signed::Parts(message.signed, message.signature)),
    };
    if let Some(known) = memo::get(&key) {
        return known;
    }
    let Message { signed: message, signature, .. } = message;
    let result = match scheme {
        Scheme::RsaPkcs1(hash) => verify_rsa_pkcs1(*hash, key_bits, message, signature),
        Scheme::RsaPss { hash, salt } => verify_rsa_pss(*hash, *salt, key_bits, message, signature),
        Scheme::Ecdsa(hash) => verify_ecdsa(*hash, curve, key_bits, message, signature),
        Scheme::Ed25519 => verify_ed25519(key_bits, message, signature),
        // `key_bits` is the whole SubjectPublicKeyInfo here.
        Scheme::Dsa(hash) => dsa::verify(*hash, key_bits, message, signature),
    };
    memo::put(key, result);
    result
}

/// The key an unsupported check was asked of, as an identifier.
fn algorithm_name_for_unsupported(key_oid: &str, curve: Option<&str>) -> String {
    match curve {
        Some(curve) => format!("ECDSA-{}", oid::name_of_dotted(curve)),
        None => oid::name_of_dotted(key_oid),
    }
}

fn rsa_key(key_bits: &[u8]) -> Option<rsa::PublicKey> {
    let key = Tlv::parse_whole(key_bits).ok()?;
    let mut fields = key.children();
    let n = fields.expect(tag::INTEGER, "n").ok()?.unsigned_bytes().ok()?;
    let e = fields.expect(tag::INTEGER, "e").ok()?.unsigned_bytes().ok()?;
    rsa::PublicKey::new_with_size_limits(
        rsa::BoxedUint::from_be_slice_vartime(n),
        rsa::BoxedUint::from_be_slice_vartime(e),
        512..=crate::keys::MAX_RSA_BITS,
    )
    .ok()
}

fn verify_rsa_pkcs1(hash: Hash, key_bits: &[u8], message: &[u8], signature: &[u8]) -> Option<bool> {
    let key = rsa_key(key_bits)?;
    let Ok(signature) = rsa::pkcs1v15::Signature::try_from(signature) else { return Some(false) };
    let valid = match hash {
        Hash::Md5 => rsa::pkcs1v15::VerifyingKey::<md5::Md5>::new(key).verify(message, &signature).is_ok(),
        Hash::Sha1 => rsa::pkcs1v15::VerifyingKey::<sha1::Sha1>::new(key).verify(message, &signature).is_ok(),
        Hash::Sha224 => {
            rsa::pkcs1v15::VerifyingKey::<sha2::Sha224>::new(key).verify(message, &signature).is_ok()
        }
        Hash::Sha256 => {
            rsa::pkcs1v15::VerifyingKey::<sha2::Sha256>::new(key).verify(message, &signature).is_ok()
        }
        Hash::Sha384 => {
            rsa::pkcs1v15::VerifyingKey::<sha2::Sha384>::new(key).verify(message, &signature).is_ok()
        }
        Hash::Sha512 => {
            rsa::pkcs1v15::VerifyingKey::<sha2::Sha512>::new(key).verify(message, &signature).is_ok()
        }
    };
    Some(valid)
}

fn verify_rsa_pss(
    hash: Hash,
    salt: usize,
    key_bits: &[u8],
    message: &[u8],
    signature: &[u8],
) -> Option<bool> {
    let key = rsa_key(key_bits)?;
    let Ok(signature) = rsa::pss::Signature::try_from(signature) else { return Some(false) };
    let valid = match hash {
        Hash::Sha1 => rsa::pss::VerifyingKey::<sha1::Sha1>::new_with_salt_len(key, salt)
            .verify(message, &signature)
            .is_ok(),
        Hash::Sha224 => rsa::pss::VerifyingKey::<sha2::Sha224>::new_with_salt_len(key, salt)
            .verify(message, &signature)
            .is_ok(),
        Hash::Sha256 => rsa::pss::VerifyingKey::<sha2::Sha256>::new_with_salt_len(key, salt)
            .verify(message, &signature)
            .is_ok(),
        Hash::Sha384 => rsa::pss::VerifyingKey::<sha2::Sha384>::new_with_salt_len(key, salt)
            .verify(message, &signature)
            .is_ok(),
        Hash::Sha512 => rsa::pss::VerifyingKey::<sha2::Sha512>::new_with_salt_len(key, salt)
            .verify(message, &signature)
            .is_ok(),
        Hash::Md5 => return None,
    };
    Some(valid)
}

fn verify_ecdsa(hash: Hash, curve: &str, point: &[u8], message: &[u8], signature: &[u8]) -> Option<bool> {
    use ecdsa::signature::hazmat::PrehashVerifier;
    let digest = hash.digest(&[message]);
    // ECDSA signatures are DER SEQUENCE { r INTEGER, s INTEGER }.
    let Some((r, s)) = ecdsa_scalars(signature) else { return Some(false) };
    // r || s, each left-padded to the field size.
    let fixed = |size: usize| -> Option<Vec<u8>> {
        if r.len() > size || s.len() > size {
            return None;
        }
        let mut out = vec![0u8; 2 * size];
        out[size - r.len()..size].copy_from_slice(&r);
        out[2 * size - s.len()..].copy_from_slice(&s);
        Some(out)
    };
    // `$form`: a method putting the signature in the form the curve's crate
    // verifies.
    macro_rules! check {
        ($curve:ty, $size:expr $(, $form:ident)?) => {{
            let Some(bytes) = fixed($size) else { return Some(false) };
            let Ok(key) = ecdsa::VerifyingKey::<$curve>::from_sec1_bytes(point) else { return Some(false) };
            let Ok(signature) = ecdsa::Signature::<$curve>::from_slice(&bytes) else { return Some(false) };
            $(let signature = signature.$form();)?
            key.verify_prehash(&digest, &signature).is_ok()
        }};
    }
    Some(match curve {
        oid::P256 => check!(p256::NistP256, 32),
        oid::P384 => check!(p384::NistP384, 48),
        oid::P521 => check!(p521::NistP521, 66),
        // k256 takes only the low-S form (Bitcoin's rule against
        // malleability); X.509 signers (OpenSSL) write either, and both verify.
        oid::SECP256K1 => check!(k256::Secp256k1, 32, normalize_s),
        oid::BRAINPOOL_P256R1 => check!(bp256::BrainpoolP256r1, 32),
        oid::BRAINPOOL_P384R1 => check!(bp384::BrainpoolP384r1, 48),
        _ => return None,
    })
}

fn ecdsa_scalars(signature: &[u8]) -> Option<(Vec<u8>, Vec<u8>)> {
    let sequence = Tlv::parse_whole(signature).ok()?;
    let mut fields = sequence.children();
    let r = fields.expect(tag::INTEGER, "r").ok()?.unsigned_bytes().ok()?.to_vec();
    let s = fields.expect(tag::INTEGER, "s").ok()?.unsigned_bytes().ok()?.to_vec();
    fields.is_empty().then_some((r, s))
}

fn verify_ed25519(key: &[u8], message: &[u8], signature: &[u8]) -> Option<bool> {
    let key: &[u8; 32] = key.try_into().ok()?;
    let Ok(key) = ed25519_dalek::VerifyingKey::from_bytes(key) else { return Some(false) };
    let Ok(signature) = ed25519_dalek::Signature::from_slice(signature) else { return Some(false) };
    Some(key.verify_strict(message, &signature).is_ok())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::formats::ber::encode;

    fn signed<'a>(oid: &str, parameters: Option<Tlv<'a>>) -> Signed<'a> {
        Signed { tbs: &[], algorithm_oid: oid.to_string(), algorithm_parameters: parameters, signature: &[] }
    }

    #[test]
    fn signature_algorithms_by_oid() {
        // (OID, name shown, weak hash, can be checked here)
        let cases = [
            ("1.2.840.113549.1.1.11", "sha256WithRSAEncryption", false, true),
            ("1.2.840.113549.1.1.5", "sha1WithRSAEncryption", true, true),
            ("1.2.840.113549.1.1.4", "md5WithRSAEncryption", true, true),
            ("1.2.840.113549.1.1.2", "md2WithRSAEncryption", true, false),
            ("1.2.840.10045.4.3.2", "ecdsa-with-SHA256", false, true),
            ("1.2.840.10045.4.1", "ecdsa-with-SHA1", true, true),
            ("1.3.101.112", "Ed25519", false, true),
            ("1.2.840.113549.1.1.10", "RSASSA-PSS-SHA-1", true, true),
            ("2.16.840.1.101.3.4.3.10", "2.16.840.1.101.3.4.3.10", false, false),
        ];
        for (oid, name, weak, checkable) in cases {
            let signed = signed(oid, None);
            assert_eq!(algorithm(&signed), Algorithm { name: name.to_string(), weak_hash: weak }, "{oid}");
            assert_eq!(scheme(&signed).is_ok(), checkable, "{oid}");
        }
    }

    #[test]
    fn pss_parameters_name_the_hash_and_salt() {
        // RSASSA-PSS-params { [0] sha256, [2] 32 }
        let sha256 = encode::sequence(&[&encode::oid("2.16.840.1.101.3.4.2.1")]);
        let params = encode::sequence(&[
            &encode::tlv(crate::formats::ber::tag::context(0), &sha256),
            &encode::tlv(crate::formats::ber::tag::context(2), &encode::unsigned_integer(&[32])),
        ]);
        let tlv = Tlv::parse_whole(&params).unwrap();
        let signed = signed("1.2.840.113549.1.1.10", Some(tlv));
        assert!(matches!(scheme(&signed), Ok(Scheme::RsaPss { hash: Hash::Sha256, salt: 32 })));
        assert_eq!(algorithm(&signed).name, "RSASSA-PSS-SHA-256");
        // A salt longer than any key is refused, not truncated.
        let huge = encode::sequence(&[&encode::tlv(
            crate::formats::ber::tag::context(2),
            &encode::unsigned_integer(&[1, 0, 0, 0, 0, 0, 0, 0]),
        )]);
        let tlv = Tlv::parse_whole(&huge).unwrap();
        assert!(scheme(&signed_with(tlv)).is_err());
    }

    fn signed_with(parameters: Tlv<'_>) -> Signed<'_> {
        signed("1.2.840.113549.1.1.10", Some(parameters))
    }

    /// A check known by the two certificates' fingerprints answers as the
    /// bytes do: the right issuer, the wrong one, and a leaf with one byte
    /// changed (another fingerprint), each asked twice (the second answer
    /// remembered).
    #[test]
    fn a_check_known_by_fingerprints_answers_as_the_bytes_do() {
        use crate::certificate::{Certificate, Source};
        let corpus = std::env::var_os("CERTDOCTOR_CORPUS")
            .map(std::path::PathBuf::from)
            .unwrap_or_else(|| std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus"));
        let read = |name: &str| std::fs::read(corpus.join("rustls-webpki/tests/amazon").join(name)).unwrap();
        let certificate = |der: &[u8]| Certificate::from_der(der, 0, 0, Source::Bundle).unwrap();
        let leaf_der = read("valid.rootca1.demo.amazontrust.com.cer");
        let leaf = certificate(&leaf_der);
        let issuer = certificate(&read("r2m03.cer"));
        let root = certificate(&read("AmazonRootCA1.cer"));
        // A byte of the serial number (inside the signed part) changed.
        let mut tampered_der = leaf_der.clone();
        let serial = tampered_der.windows(2).position(|pair| pair == [0x02, 0x10]).unwrap() + 3;
        tampered_der[serial] ^= 1;
        let tampered = certificate(&tampered_der);
        assert_ne!(tampered.fingerprint, leaf.fingerprint);
        for (child, key_of, expected) in
            [(&leaf, &issuer, Outcome::Valid), (&leaf, &root, Outcome::Invalid), (&tampered, &issuer, Outcome::Invalid)]
        {
            let signed = Signed::parse(&child.der).unwrap();
            let known = Known { signed: &child.fingerprint, issuer: Some(&key_of.fingerprint) };
            for _ in 0..2 {
                assert_eq!(verify_known(&signed, known, &key_of.spki_der), expected, "{}", child.name);
                assert_eq!(verify(&signed, &key_of.spki_der), expected, "{}", child.name);
            }
        }
    }
}

/// Forgets every signature checked so far, so that what comes next is
/// checked afresh (the page's engine thread warms up on an example and must
/// not answer a question from it).
pub fn forget_checked() {
    memo::forget();
}

/// Checked signatures remembered by a digest of everything the check
/// depends on (scheme, curve, key, message, signature), so the same link is
/// verified once per process: by the path builder and rustls-webpki's second
/// opinion, when the page judges the same chain again for a new host or
/// date, and across the sets of `certdoctor scan` that share intermediates.
/// Bounded: when full, it starts again empty.
mod memo {
    use std::collections::HashMap;
    use std::sync::{Mutex, OnceLock};

    use sha2::{Digest, Sha256};

    use super::Scheme;

    const CAPACITY: usize = 4096;

    type Key = [u8; 32];

    fn table() -> &'static Mutex<HashMap<Key, Option<bool>>> {
        static TABLE: OnceLock<Mutex<HashMap<Key, Option<bool>>>> = OnceLock::new();
        TABLE.get_or_init(Default::default)
    }

    /// What was signed: the signed bytes and the signature, or the
    /// SHA-256 of the whole DER structure holding both and the algorithm.
    pub(super) enum Signed<'a> {
        Parts(&'a [u8], &'a [u8]),
        Digest(&'a [u8; 32]),
    }

    pub(super) fn key(scheme: &Scheme, curve: &str, key_bits: &[u8], signed: Signed<'_>) -> Key {
        let mut digest = Sha256::new();
        let scheme = format!("{scheme:?}");
        // The form comes first, so that no form can pass for another.
        let (form, parts): (u8, [&[u8]; 2]) = match signed {
            Signed::Parts(message, signature) => (0, [message, signature]),
            Signed::Digest(whole) => (1, [whole, &[]]),
        };
        digest.update([form]);
        for part in [scheme.as_bytes(), curve.as_bytes(), key_bits, parts[0], parts[1]] {
            digest.update((part.len() as u64).to_be_bytes());
            digest.update(part);
        }
        digest.finalize().into()
    }

    /// The key of a check between two structures known by their DER's
    /// SHA-256: the signed one and the certificate holding the key.
    pub(super) fn key_of_known(signed: &[u8; 32], issuer: &[u8; 32]) -> Key {
        let mut digest = Sha256::new();
        digest.update([2]);
        digest.update(signed);
        digest.update(issuer);
        digest.finalize().into()
    }

    pub(super) fn get(key: &Key) -> Option<Option<bool>> {
        table().lock().ok()?.get(key).copied()
    }

    pub(super) fn forget() {
        if let Ok(mut table) = table().lock() {
            table.clear();
        }
    }

    pub(super) fn put(key: Key, result: Option<bool>) {
        if let Ok(mut table) = table().lock() {
            if table.len() >= CAPACITY {
                table.clear();
            }
            table.insert(key, result);
        }
    }
}

