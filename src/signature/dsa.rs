//! DSA signatures (FIPS 186-4 §4.7; RFC 3279 §2.2.2 and §2.3.2): what a CA
//! with a DSA key signed, for the domain sizes FIPS 186-4 names (1024/160,
//! 2048/224, 2048/256, 3072/256) — others, and keys whose parameters are
//! inherited from their issuer, are not checked. The arithmetic is
//! crypto-bigint's (RustCrypto's, as in `rsa`); everything here is public,
//! so the exponentiations need only be as long as q, not constant-time
//! over p's width (RustCrypto's `dsa` takes 34 ms for a 3072-bit check that
//! way, which crafted bundles of DSA issuers multiply by the signature
//! budget).

use crypto_bigint::modular::{BoxedMontyForm, BoxedMontyParams};
use crypto_bigint::{BoxedUint, NonZero, Odd, Resize};

use crate::formats::ber::{tag, Tlv};
use crate::formats::hash::Hash;
use crate::formats::oid;

/// FIPS 186-4's (L, N): the bit lengths of p and q.
const SIZES: [(u32, u32); 4] = [(1024, 160), (2048, 224), (2048, 256), (3072, 256)];

/// A DSA public key: the domain parameters and y, each at its precision
/// (p, g and y at p's, q at q's).
struct Key {
    p: Odd<BoxedUint>,
    q: NonZero<BoxedUint>,
    g: BoxedUint,
    y: BoxedUint,
}

/// Checks `signature` (DER `Dss-Sig-Value`) over `message` with the DSA key
/// in `spki` (a whole SubjectPublicKeyInfo: its parameters are part of the
/// key). `None` when the key cannot be used here.
pub(super) fn verify(hash: Hash, spki: &[u8], message: &[u8], signature: &[u8]) -> Option<bool> {
    let key = key(spki)?;
    let q_bits = key.q.bit_width();
    let q_precision = key.q.bits_precision();
    let Some((r, s)) = super::ecdsa_scalars(signature) else { return Some(false) };
    let number = |bytes: &[u8]| BoxedUint::from_be_slice(bytes, q_precision).ok();
    let (Some(r), Some(s)) = (number(&r), number(&s)) else { return Some(false) };
    // 0 < r < q and 0 < s < q.
    if bool::from(r.is_zero()) || bool::from(s.is_zero()) || r >= *key.q || s >= *key.q {
        return Some(false);
    }
    let Some(w) = Option::<BoxedUint>::from(s.invert_mod(&key.q)) else { return Some(false) };
    // z: the leftmost min(N, outlen) bits of the digest (N is a whole
    // number of bytes for every size above).
    let digest = hash.digest(&[message]);
    let z = &digest[..digest.len().min(q_bits as usize / 8)];
    let z = BoxedUint::from_be_slice(z, q_precision).ok()?;
    let u1 = z.mul_mod(&w, &key.q);
    let u2 = r.mul_mod(&w, &key.q);
    // v = (g^u1 · y^u2 mod p) mod q.
    let p_precision = key.p.bits_precision();
    let params = BoxedMontyParams::new_vartime(key.p.clone());
    let power = |base: &BoxedUint, exponent: BoxedUint| -> Option<BoxedMontyForm> {
        let exponent = exponent.try_resize(p_precision)?;
        Some(BoxedMontyForm::new(base.clone(), &params).pow_bounded_exp(&exponent, q_bits))
    };
    let v = (power(&key.g, u1)? * power(&key.y, u2)?).retrieve();
    let q = NonZero::new(key.q.get().try_resize(p_precision)?).into_option()?;
    Some(v.rem(&q) == r.try_resize(p_precision)?)
}

/// The key of `SubjectPublicKeyInfo { { id-dsa, Dss-Parms { p, q, g } },
/// BIT STRING { INTEGER y } }`, if its sizes are FIPS 186-4's, p is odd and
/// 1 < g, y < p.
fn key(spki: &[u8]) -> Option<Key> {
    let spki = Tlv::parse_whole(spki).ok()?;
    let mut fields = spki.children();
    let algorithm = fields.expect(tag::SEQUENCE, "algorithm").ok()?;
    let key = fields.expect(tag::BIT_STRING, "subjectPublicKey").ok()?.bits().ok()?;
    let mut algorithm = algorithm.children();
    (algorithm.expect(tag::OID, "algorithm").ok()?.oid().ok()? == oid::DSA).then_some(())?;
    let parameters = algorithm.expect(tag::SEQUENCE, "Dss-Parms").ok()?;
    let mut parameters = parameters.children();
    let mut integer = |name| parameters.expect(tag::INTEGER, name).ok()?.unsigned_bytes().ok();
    let (p, q, g) = (integer("p")?, integer("q")?, integer("g")?);
    let y = Tlv::parse_whole(key).ok()?;
    let y = y.unsigned_bytes().ok()?;
    // Sizes first, from the byte lengths, so that nothing larger is ever
    // turned into a number.
    if p.len() > 3072 / 8 || q.len() > 256 / 8 {
        return None;
    }
    let p = BoxedUint::from_be_slice_vartime(p);
    let q = BoxedUint::from_be_slice_vartime(q);
    SIZES.contains(&(p.bit_width(), q.bit_width())).then_some(())?;
    let precision = p.bits_precision();
    let (g, y) = (BoxedUint::from_be_slice(g, precision).ok()?, BoxedUint::from_be_slice(y, precision).ok()?);
    let one = BoxedUint::one_with_precision(precision);
    if g <= one || y <= one || g >= p || y >= p {
        return None;
    }
    Some(Key { p: Odd::new(p).into_option()?, q: NonZero::new(q).into_option()?, g, y })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::formats::ber::encode;

    /// The test chain's DSA CA (tests/data/dsa-ca): its SubjectPublicKeyInfo
    /// and the leaf it signed, split as `Signed` splits it.
    fn chain() -> (Vec<u8>, Vec<u8>) {
        let der = |file: &str| {
            let pem = std::fs::read(format!("{}/tests/data/dsa-ca/{file}", env!("CARGO_MANIFEST_DIR"))).unwrap();
            x509_parser::pem::parse_x509_pem(&pem).unwrap().1.contents
        };
        let ca = der("intermediate.pem");
        let (_, parsed) = x509_parser::parse_x509_certificate(&ca).unwrap();
        (parsed.tbs_certificate.subject_pki.raw.to_vec(), der("leaf.pem"))
    }

    fn spki(p: &[u8], q: &[u8], g: &[u8], y: &[u8]) -> Vec<u8> {
        let parameters = encode::sequence(&[
            &encode::unsigned_integer(p),
            &encode::unsigned_integer(q),
            &encode::unsigned_integer(g),
        ]);
        encode::sequence(&[
            &encode::sequence(&[&encode::oid(oid::DSA), &parameters]),
            &encode::bit_string(&encode::unsigned_integer(y)),
        ])
    }

    #[test]
    fn the_test_cas_signature_verifies_and_a_changed_one_does_not() {
        let (key, leaf) = chain();
        let signed = super::super::Signed::parse(&leaf).unwrap();
        assert_eq!(verify(Hash::Sha256, &key, signed.tbs, signed.signature), Some(true));
        assert_eq!(verify(Hash::Sha256, &key, &signed.tbs[1..], signed.signature), Some(false));
        assert_eq!(verify(Hash::Sha1, &key, signed.tbs, signed.signature), Some(false));
        // r or s longer than q, or not a Dss-Sig-Value: false, not a panic.
        let long = encode::sequence(&[&encode::unsigned_integer(&[1; 33]), &encode::unsigned_integer(&[1])]);
        assert_eq!(verify(Hash::Sha256, &key, signed.tbs, &long), Some(false));
        assert_eq!(verify(Hash::Sha256, &key, signed.tbs, &[0x30, 0x00]), Some(false));
        let zero = encode::sequence(&[&encode::unsigned_integer(&[0]), &encode::unsigned_integer(&[0])]);
        assert_eq!(verify(Hash::Sha256, &key, signed.tbs, &zero), Some(false));
    }

    #[test]
    fn keys_it_cannot_use_are_unverifiable_not_a_panic() {
        let (_, leaf) = chain();
        let signed = super::super::Signed::parse(&leaf).unwrap();
        let check = |spki: &[u8]| verify(Hash::Sha256, spki, signed.tbs, signed.signature);
        let odd = |bytes: usize| {
            let mut value = vec![0xc3; bytes];
            value[bytes - 1] |= 1;
            value
        };
        let (p, q) = (odd(256), odd(32));
        // Larger than FIPS 186-4's largest size; sizes it does not name.
        assert_eq!(check(&spki(&odd(512), &q, &[2], &[5])), None);
        assert_eq!(check(&spki(&odd(128), &odd(32), &[2], &[5])), None);
        // Zero, or q longer than p, or g and y not between 1 and p: refused.
        assert_eq!(check(&spki(&p, &[0], &[2], &[5])), None);
        assert_eq!(check(&spki(&q, &p, &[2], &[5])), None);
        assert_eq!(check(&spki(&p, &q, &[0xff; 257], &[5])), None);
        assert_eq!(check(&spki(&p, &q, &[2], &[0])), None);
        // Parameters that are no real group (p and q not prime): a usable
        // shape, whose signatures only fail.
        assert_eq!(check(&spki(&p, &q, &[2], &[5])), Some(false));
        // Parameters inherited from the issuer (absent): not checked here.
        let bare = encode::sequence(&[
            &encode::sequence(&[&encode::oid(oid::DSA)]),
            &encode::bit_string(&encode::unsigned_integer(&[5])),
        ]);
        assert_eq!(check(&bare), None);
        assert_eq!(check(b"\x30\x00"), None);
    }
}
