//! Keys: reading private and public keys in every common encoding, deriving
//! the public key of each private key, and comparing public keys.
//!
//! Private keys are read only to learn their public key; the secret is
//! dropped (and wiped) as soon as that is done, so reports hold no secrets.
//! Public keys are compared whole — algorithm, curve and every component —
//! never by an RSA modulus alone.
//!
//! Formats: PKCS#8 `PrivateKeyInfo`/`OneAsymmetricKey` (RFC 5208, RFC 5958),
//! PKCS#1 `RSAPrivateKey`/`RSAPublicKey` (RFC 8017 A.1), SEC1
//! `ECPrivateKey` (RFC 5915), `SubjectPublicKeyInfo` (RFC 5280 §4.1.2.7),
//! Ed25519/Ed448 (RFC 8410).

use serde::Serialize;
use zeroize::Zeroizing;

use crate::formats::ber::{encode, tag, Reader, Tlv};
use crate::formats::{colon_hex, oid, FormatError, Problem};

/// RSA moduli above this many bits are not read (a hostile key could make
/// later signature checks arbitrarily slow).
pub const MAX_RSA_BITS: usize = 16384;

/// A public key reduced to what identifies it.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "transfer", derive(bincode::Encode, bincode::Decode))]
pub enum PublicKeyId {
    Rsa {
        modulus: Vec<u8>,
        exponent: Vec<u8>,
    },
    /// Curve OID and the uncompressed SEC1 point (compressed points are kept
    /// as given).
    Ec {
        curve: String,
        point: Vec<u8>,
    },
    Ed25519(Vec<u8>),
    Ed448(Vec<u8>),
    /// Any other algorithm: OID and the raw key bits.
    Other {
        algorithm: String,
        key: Vec<u8>,
    },
}

/// A key's algorithm. Serialises as the name OpenSSL prints (`RSA`, `EC`…),
/// or the dotted OID of an algorithm certdoctor does not know.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(feature = "transfer", derive(bincode::Encode, bincode::Decode))]
pub enum KeyAlgorithm {
    #[serde(rename = "RSA")]
    Rsa,
    #[serde(rename = "EC")]
    Ec,
    Ed25519,
    Ed448,
    #[serde(rename = "DSA")]
    Dsa,
    X25519,
    X448,
    /// A SubjectPublicKeyInfo that cannot be read at all.
    #[serde(rename = "unreadable")]
    Unreadable,
    #[serde(untagged)]
    Other(String),
}

impl KeyAlgorithm {
    /// The name people know it by; the OID for others.
    pub fn name(&self) -> &str {
        match self {
            Self::Rsa => "RSA",
            Self::Ec => "EC",
            Self::Ed25519 => "Ed25519",
            Self::Ed448 => "Ed448",
            Self::Dsa => "DSA",
            Self::X25519 => "X25519",
            Self::X448 => "X448",
            Self::Unreadable => "?",
            Self::Other(oid) => oid,
        }
    }

    /// Whether its strength is told by a bit count (RSA and DSA moduli).
    pub fn sized_by_bits(&self) -> bool {
        matches!(self, Self::Rsa | Self::Dsa)
    }
}

/// A public key and what identifies it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "transfer", derive(bincode::Encode, bincode::Decode))]
pub struct PublicKey {
    pub algorithm: KeyAlgorithm,
    pub bits: usize,
    /// The named curve of an EC key ("P-256"), or its OID if unnamed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub curve: Option<String>,
    /// SHA-256 of the DER SubjectPublicKeyInfo, as `openssl pkey -pubout |
    /// openssl dgst -sha256` would give for the same encoding.
    pub spki_sha256: String,
    /// Why the key could not be read, for [`KeyAlgorithm::Unreadable`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub problem: Option<KeyError>,
    #[serde(skip)]
    pub id: PublicKeyId,
}

impl PublicKey {
    /// An EC key on P-256, P-384 or P-521: the curves TLS clients accept.
    pub fn on_tls_curve(&self) -> bool {
        matches!(self.curve.as_deref(), Some("P-256" | "P-384" | "P-521"))
    }
}

/// Why a key could not be read or used.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "transfer", derive(bincode::Encode, bincode::Decode))]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum KeyError {
    /// The structure is broken.
    Malformed { error: FormatError },
    /// Well-formed, but an algorithm or curve certdoctor cannot use.
    Unsupported { reason: KeyUnsupported },
    /// Larger than [`MAX_RSA_BITS`].
    TooLarge { bits: usize },
}

/// Why a readable key cannot be paired or used for TLS.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "transfer", derive(bincode::Encode, bincode::Decode))]
#[serde(tag = "reason", rename_all = "kebab-case")]
pub enum KeyUnsupported {
    /// Explicit curve parameters instead of a named curve.
    ExplicitCurve,
    /// A private key whose public key cannot be derived here and is not
    /// carried alongside.
    NoPublicKey { algorithm: String },
    /// A DSA private key.
    Dsa,
    /// A private key of an algorithm certdoctor does not know.
    UnknownAlgorithm { oid: String },
    /// An EC key on a curve TLS clients do not accept.
    CurveNotForTls { curve: String },
    /// A DSA key, which TLS 1.3 and current browsers do not accept.
    DsaNotForTls,
    /// A key-exchange key (X25519, X448), not a signing key.
    KeyExchangeOnly { algorithm: String },
}

impl From<FormatError> for KeyError {
    fn from(error: FormatError) -> Self {
        KeyError::Malformed { error }
    }
}

type Result<T> = std::result::Result<T, KeyError>;

fn malformed<T>(problem: Problem) -> Result<T> {
    Err(KeyError::Malformed { error: problem.into() })
}

fn unsupported<T>(reason: KeyUnsupported) -> Result<T> {
    Err(KeyError::Unsupported { reason })
}

fn curve_name(curve_oid: &str) -> (String, usize) {
    match curve_oid {
        oid::P256 => ("P-256".into(), 256),
        oid::P384 => ("P-384".into(), 384),
        oid::P521 => ("P-521".into(), 521),
        oid::SECP256K1 => ("secp256k1".into(), 256),
        "1.3.132.0.33" => ("P-224".into(), 224),
        "1.2.840.10045.3.1.1" => ("P-192".into(), 192),
        "1.3.132.0.6" | "1.3.132.0.7" => ("secp112".into(), 112),
        "1.3.132.0.28" | "1.3.132.0.29" => ("secp128".into(), 128),
        other => brainpool(other).unwrap_or_else(|| (other.to_string(), 0)),
    }
}

/// A brainpool curve's name and size (RFC 5639 §4), from its OID's last arc.
fn brainpool(curve_oid: &str) -> Option<(String, usize)> {
    let arc: usize = curve_oid.strip_prefix(oid::BRAINPOOL_PREFIX)?.parse().ok()?;
    let bits = [160, 192, 224, 256, 320, 384, 512].get(arc.checked_sub(1)? / 2)?;
    let form = if arc % 2 == 1 { "r1" } else { "t1" };
    Some((format!("brainpoolP{bits}{form}"), *bits))
}

fn bit_length(magnitude: &[u8]) -> usize {
    match magnitude.iter().position(|byte| *byte != 0) {
        Some(start) => (magnitude.len() - start) * 8 - magnitude[start].leading_zeros() as usize,
        None => 0,
    }
}

fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    colon_hex(&Sha256::digest(bytes))
}

fn rsa_public(modulus: &[u8], exponent: &[u8]) -> Result<PublicKey> {
    let bits = bit_length(modulus);
    if bits > MAX_RSA_BITS {
        return Err(KeyError::TooLarge { bits });
    }
    if bits == 0 || exponent.is_empty() {
        return malformed(Problem::EmptyRsaKey);
    }
    let rsa_key =
        encode::sequence(&[&encode::unsigned_integer(modulus), &encode::unsigned_integer(exponent)]);
    let spki = encode::sequence(&[
        &encode::sequence(&[&encode::oid(oid::RSA), &encode::null()]),
        &encode::bit_string(&rsa_key),
    ]);
    Ok(PublicKey {
        algorithm: KeyAlgorithm::Rsa,
        bits,
        curve: None,
        spki_sha256: sha256_hex(&spki),
        problem: None,
        id: PublicKeyId::Rsa { modulus: modulus.to_vec(), exponent: exponent.to_vec() },
    })
}

fn ec_public(curve_oid: &str, point: &[u8]) -> PublicKey {
    let (curve, bits) = curve_name(curve_oid);
    let spki = encode::sequence(&[
        &encode::sequence(&[&encode::oid(oid::EC), &encode::oid(curve_oid)]),
        &encode::bit_string(point),
    ]);
    PublicKey {
        algorithm: KeyAlgorithm::Ec,
        bits,
        curve: Some(curve),
        spki_sha256: sha256_hex(&spki),
        problem: None,
        id: PublicKeyId::Ec { curve: curve_oid.to_string(), point: point.to_vec() },
    }
}

fn edwards_public(algorithm_oid: &str, key: &[u8]) -> PublicKey {
    let spki =
        encode::sequence(&[&encode::sequence(&[&encode::oid(algorithm_oid)]), &encode::bit_string(key)]);
    let other = || PublicKeyId::Other { algorithm: algorithm_oid.into(), key: key.to_vec() };
    let (algorithm, bits, id) = match algorithm_oid {
        oid::ED25519 => (KeyAlgorithm::Ed25519, 256, PublicKeyId::Ed25519(key.to_vec())),
        oid::ED448 => (KeyAlgorithm::Ed448, 456, PublicKeyId::Ed448(key.to_vec())),
        oid::X25519 => (KeyAlgorithm::X25519, 256, other()),
        _ => (KeyAlgorithm::X448, 448, other()),
    };
    PublicKey { algorithm, bits, curve: None, spki_sha256: sha256_hex(&spki), problem: None, id }
}

/// Reads an `AlgorithmIdentifier`: the OID and the parameters' TLV, if any.
fn algorithm_identifier<'a>(reader: &mut Reader<'a>) -> Result<(String, Option<Tlv<'a>>)> {
    let algorithm = reader.expect(tag::SEQUENCE, "AlgorithmIdentifier")?;
    let mut fields = algorithm.children();
    let algorithm_oid = fields.expect(tag::OID, "algorithm")?.oid()?;
    let parameters = if fields.is_empty() { None } else { Some(fields.read()?) };
    Ok((algorithm_oid, parameters))
}

/// Reads a DER `SubjectPublicKeyInfo`.
pub fn from_spki(der: &[u8]) -> Result<PublicKey> {
    let spki = Tlv::parse_whole(der)?;
    let mut fields = spki.children();
    let (algorithm_oid, parameters) = algorithm_identifier(&mut fields)?;
    let key = fields.expect(tag::BIT_STRING, "subjectPublicKey")?.bits()?;
    match algorithm_oid.as_str() {
        oid::RSA | oid::RSA_PSS => from_pkcs1_public(key),
        oid::EC => {
            let Some(curve) = parameters.filter(|parameters| parameters.tag == tag::OID) else {
                return unsupported(KeyUnsupported::ExplicitCurve);
            };
            let curve = curve.oid()?;
            Ok(ec_public(&curve, key))
        }
        oid::ED25519 | oid::ED448 | oid::X25519 | oid::X448 => Ok(edwards_public(&algorithm_oid, key)),
        oid::DSA => Ok(PublicKey {
            algorithm: KeyAlgorithm::Dsa,
            bits: parameters
                .and_then(|parameters| parameters.children().read().ok())
                .and_then(|p| p.unsigned_bytes().ok())
                .map(bit_length)
                .unwrap_or(0),
            curve: None,
            spki_sha256: sha256_hex(der),
            problem: None,
            id: PublicKeyId::Other { algorithm: algorithm_oid.clone(), key: key.to_vec() },
        }),
        other => Ok(PublicKey {
            algorithm: KeyAlgorithm::Other(other.to_string()),
            bits: 0,
            curve: None,
            spki_sha256: sha256_hex(der),
            problem: None,
            id: PublicKeyId::Other { algorithm: other.to_string(), key: key.to_vec() },
        }),
    }
}

/// Reads a PKCS#1 `RSAPublicKey`.
pub fn from_pkcs1_public(der: &[u8]) -> Result<PublicKey> {
    let key = Tlv::parse_whole(der)?;
    let mut fields = key.children();
    let modulus = fields.expect(tag::INTEGER, "modulus")?.unsigned_bytes()?;
    let exponent = fields.expect(tag::INTEGER, "publicExponent")?.unsigned_bytes()?;
    rsa_public(modulus, exponent)
}

/// The encoding a key was read from. Serialises as its usual name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "transfer", derive(bincode::Encode, bincode::Decode))]
pub enum KeyEncoding {
    #[serde(rename = "PKCS#8")]
    Pkcs8,
    #[serde(rename = "PKCS#1")]
    Pkcs1,
    #[serde(rename = "SEC1")]
    Sec1,
    #[serde(rename = "SubjectPublicKeyInfo")]
    Spki,
}

impl KeyEncoding {
    pub fn label(self) -> &'static str {
        match self {
            Self::Pkcs8 => "PKCS#8",
            Self::Pkcs1 => "PKCS#1",
            Self::Sec1 => "SEC1",
            Self::Spki => "SubjectPublicKeyInfo",
        }
    }
}

/// Why a key of this algorithm cannot be a TLS certificate's key, if it
/// cannot.
pub fn not_for_tls(key: &PublicKey) -> Option<KeyUnsupported> {
    match &key.algorithm {
        KeyAlgorithm::Ec if key.curve.is_some() && !key.on_tls_curve() => {
            Some(KeyUnsupported::CurveNotForTls { curve: key.curve.clone().unwrap_or_default() })
        }
        KeyAlgorithm::Dsa => Some(KeyUnsupported::DsaNotForTls),
        KeyAlgorithm::X25519 | KeyAlgorithm::X448 => {
            Some(KeyUnsupported::KeyExchangeOnly { algorithm: key.algorithm.name().to_string() })
        }
        _ => None,
    }
}

/// Reads a PKCS#1 `RSAPrivateKey` and returns its public key.
pub fn from_pkcs1_private(der: &[u8]) -> Result<PublicKey> {
    let key = Tlv::parse_whole(der)?;
    let mut fields = key.children();
    let version_field = fields.expect(tag::INTEGER, "version")?;
    let version = version_field.small_uint()?;
    if version > 1 {
        let problem = Problem::UnsupportedVersion { field: crate::label::Label("RSAPrivateKey.version"), found: version };
        return Err(FormatError::at(version_field.offset, problem).into());
    }
    let modulus = fields.expect(tag::INTEGER, "modulus")?.unsigned_bytes()?;
    let exponent = fields.expect(tag::INTEGER, "publicExponent")?.unsigned_bytes()?;
    for name in ["privateExponent", "prime1", "prime2", "exponent1", "exponent2", "coefficient"] {
        let value = fields.expect(tag::INTEGER, name)?.unsigned_bytes()?;
        if value.is_empty() {
            return malformed(Problem::ZeroComponent { field: crate::label::Label(name) });
        }
    }
    rsa_public(modulus, exponent)
}

/// Reads a SEC1 `ECPrivateKey`; `curve_hint` is the curve named outside it
/// (PKCS#8's algorithm parameters or a separate EC PARAMETERS block).
pub fn from_sec1_private(der: &[u8], curve_hint: Option<&str>) -> Result<PublicKey> {
    let key = Tlv::parse_whole(der)?;
    let mut fields = key.children();
    let version_field = fields.expect(tag::INTEGER, "version")?;
    let version = version_field.small_uint()?;
    if version != 1 {
        let problem = Problem::UnsupportedVersion { field: crate::label::Label("ECPrivateKey.version"), found: version };
        return Err(FormatError::at(version_field.offset, problem).into());
    }
    let scalar = Zeroizing::new(fields.expect(tag::OCTET_STRING, "privateKey")?.octets()?.into_owned());
    let mut curve = None;
    let mut embedded_point = None;
    while !fields.is_empty() {
        let field = fields.read()?;
        match field.tag {
            t if t == tag::context(0) => {
                let inner = Tlv::parse_whole(field.contents)?;
                if inner.tag != tag::OID {
                    return unsupported(KeyUnsupported::ExplicitCurve);
                }
                curve = Some(inner.oid()?);
            }
            t if t == tag::context(1) => {
                // Only needed where the point cannot be derived; a sloppy
                // encoding (unused bits set) must not make the key unreadable.
                embedded_point = Tlv::parse_whole(field.contents)
                    .ok()
                    .and_then(|bits| bits.bits().ok())
                    .map(<[u8]>::to_vec);
            }
            _ => {}
        }
    }
    let curve = match (curve, curve_hint) {
        (Some(inner), Some(outer)) if inner != outer => {
            return malformed(Problem::CurveMismatch { inner, outer: outer.to_string() });
        }
        (Some(inner), _) => inner,
        (None, Some(outer)) => outer.to_string(),
        (None, None) => return malformed(Problem::NoCurve),
    };
    let point = match derive_ec_point(&curve, &scalar)? {
        Some(point) => point,
        None => match embedded_point {
            Some(point) => point,
            None => return unsupported(KeyUnsupported::NoPublicKey { algorithm: curve_name(&curve).0 }),
        },
    };
    Ok(ec_public(&curve, &point))
}

/// The uncompressed public point for a scalar on a supported curve; `None`
/// for curves this build has no arithmetic for.
fn derive_ec_point(curve: &str, scalar: &[u8]) -> Result<Option<Vec<u8>>> {
    fn point<C>(scalar: &[u8]) -> Result<Vec<u8>>
    where
        C: elliptic_curve::CurveArithmetic + elliptic_curve::point::PointCompression,
        elliptic_curve::AffinePoint<C>:
            elliptic_curve::sec1::FromSec1Point<C> + elliptic_curve::sec1::ToSec1Point<C>,
        elliptic_curve::FieldBytesSize<C>: elliptic_curve::sec1::ModulusSize,
    {
        let secret = elliptic_curve::SecretKey::<C>::from_slice(scalar)
            .map_err(|_| KeyError::from(FormatError::new(Problem::ScalarOutOfRange)))?;
        let public = secret.public_key();
        Ok(elliptic_curve::sec1::Sec1Point::<C>::from(&public).to_bytes().to_vec())
    }
    Ok(Some(match curve {
        oid::P256 => point::<p256::NistP256>(scalar)?,
        oid::P384 => point::<p384::NistP384>(scalar)?,
        oid::P521 => point::<p521::NistP521>(scalar)?,
        _ => return Ok(None),
    }))
}

/// Reads a PKCS#8 `PrivateKeyInfo` / `OneAsymmetricKey` and returns its
/// public key.
pub fn from_pkcs8_private(der: &[u8]) -> Result<PublicKey> {
    let info = Tlv::parse_whole(der)?;
    let mut fields = info.children();
    let version_field = fields.expect(tag::INTEGER, "version")?;
    let version = version_field.small_uint()?;
    if version > 1 {
        let problem = Problem::UnsupportedVersion { field: crate::label::Label("PrivateKeyInfo.version"), found: version };
        return Err(FormatError::at(version_field.offset, problem).into());
    }
    let (algorithm_oid, parameters) = algorithm_identifier(&mut fields)?;
    let private_key = Zeroizing::new(fields.expect(tag::OCTET_STRING, "privateKey")?.octets()?.into_owned());
    match algorithm_oid.as_str() {
        oid::RSA | oid::RSA_PSS => from_pkcs1_private(&private_key),
        oid::EC => {
            let curve = match parameters {
                Some(parameters) if parameters.tag == tag::OID => Some(parameters.oid()?),
                Some(_) => return unsupported(KeyUnsupported::ExplicitCurve),
                None => None,
            };
            from_sec1_private(&private_key, curve.as_deref())
        }
        oid::ED25519 => {
            let seed = Zeroizing::new(Tlv::parse_whole(&private_key)?.octets()?.into_owned());
            let Ok(seed) = <&[u8; 32]>::try_from(seed.as_slice()) else {
                return malformed(Problem::KeyLength {
                    algorithm: crate::label::Label("Ed25519"),
                    bytes: seed.len(),
                    expected: 32,
                });
            };
            let signing = ed25519_dalek::SigningKey::from_bytes(seed);
            Ok(edwards_public(oid::ED25519, signing.verifying_key().as_bytes()))
        }
        oid::ED448 | oid::X25519 | oid::X448 => {
            // No derivation here: use the public key of a v2 (RFC 5958) key.
            let mut public = None;
            while !fields.is_empty() {
                let field = fields.read()?;
                if field.tag & !tag::CONSTRUCTED == tag::context_primitive(1) {
                    public = Some(field.contents.get(1..).unwrap_or_default().to_vec());
                }
            }
            match public {
                Some(key) => Ok(edwards_public(&algorithm_oid, &key)),
                None => {
                    let algorithm = edwards_public(&algorithm_oid, &[]).algorithm.name().to_string();
                    unsupported(KeyUnsupported::NoPublicKey { algorithm })
                }
            }
        }
        oid::DSA => unsupported(KeyUnsupported::Dsa),
        other => unsupported(KeyUnsupported::UnknownAlgorithm { oid: other.to_string() }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bit_lengths() {
        assert_eq!(bit_length(&[0x00, 0x80, 0x00]), 16);
        assert_eq!(bit_length(&[0x01]), 1);
        assert_eq!(bit_length(&[]), 0);
    }

    #[test]
    fn brainpool_curves_are_named_with_their_size() {
        let named = |arc: &str| curve_name(&format!("{}{arc}", oid::BRAINPOOL_PREFIX));
        assert_eq!(named("1"), ("brainpoolP160r1".into(), 160));
        assert_eq!(named("7"), ("brainpoolP256r1".into(), 256));
        assert_eq!(named("12"), ("brainpoolP384t1".into(), 384));
        assert_eq!(named("13"), ("brainpoolP512r1".into(), 512));
        // Arcs no brainpool curve has keep the OID, with no size.
        for arc in ["0", "15", "99999999999999999999999", "7.1", ""] {
            let oid = format!("{}{arc}", oid::BRAINPOOL_PREFIX);
            assert_eq!(curve_name(&oid), (oid.clone(), 0), "{arc}");
        }
    }

    #[test]
    fn rsa_private_and_public_agree() {
        // A toy key (n = 3233 = 61 × 53, e = 17), enough for the structure.
        let private = encode::sequence(&[
            &encode::unsigned_integer(&[0]),
            &encode::unsigned_integer(&[0x0c, 0xa1]),
            &encode::unsigned_integer(&[17]),
            &encode::unsigned_integer(&[0x0a, 0xc1]),
            &encode::unsigned_integer(&[61]),
            &encode::unsigned_integer(&[53]),
            &encode::unsigned_integer(&[53]),
            &encode::unsigned_integer(&[49]),
            &encode::unsigned_integer(&[38]),
        ]);
        let from_private = from_pkcs1_private(&private).unwrap();
        let public =
            encode::sequence(&[&encode::unsigned_integer(&[0x0c, 0xa1]), &encode::unsigned_integer(&[17])]);
        assert_eq!(from_private, from_pkcs1_public(&public).unwrap());
        assert_eq!(from_private.bits, 12);
        // Same modulus, other exponent: a different key.
        let other =
            encode::sequence(&[&encode::unsigned_integer(&[0x0c, 0xa1]), &encode::unsigned_integer(&[3])]);
        assert_ne!(from_private.id, from_pkcs1_public(&other).unwrap().id);
    }

    #[test]
    fn ed25519_rfc8032_test_vector() {
        // RFC 8032 §7.1 TEST 1: secret key and its public key.
        let seed = hex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
        let public = hex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
        let pkcs8 = encode::sequence(&[
            &encode::unsigned_integer(&[0]),
            &encode::sequence(&[&encode::oid(oid::ED25519)]),
            &encode::tlv(tag::OCTET_STRING, &encode::tlv(tag::OCTET_STRING, &seed)),
        ]);
        let key = from_pkcs8_private(&pkcs8).unwrap();
        assert_eq!(key.id, PublicKeyId::Ed25519(public));
    }

    #[test]
    fn p256_scalar_one_gives_the_generator() {
        let mut scalar = [0u8; 32];
        scalar[31] = 1;
        let sec1 = encode::sequence(&[
            &encode::unsigned_integer(&[1]),
            &encode::tlv(tag::OCTET_STRING, &scalar),
            &encode::tlv(tag::context(0), &encode::oid(oid::P256)),
        ]);
        let key = from_sec1_private(&sec1, None).unwrap();
        let generator_x = hex("6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296");
        match key.id {
            PublicKeyId::Ec { curve, point } => {
                assert_eq!(curve, oid::P256);
                assert_eq!(point[0], 4);
                assert_eq!(&point[1..33], generator_x.as_slice());
            }
            other => panic!("{other:?}"),
        }
        // Zero is not a valid scalar.
        let zero = encode::sequence(&[
            &encode::unsigned_integer(&[1]),
            &encode::tlv(tag::OCTET_STRING, &[0u8; 32]),
            &encode::tlv(tag::context(0), &encode::oid(oid::P256)),
        ]);
        assert!(matches!(from_sec1_private(&zero, None), Err(KeyError::Malformed { .. })));
    }

    fn hex(text: &str) -> Vec<u8> {
        (0..text.len()).step_by(2).map(|i| u8::from_str_radix(&text[i..i + 2], 16).unwrap()).collect()
    }
}
