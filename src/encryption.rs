//! Password-based decryption of keys and PKCS#12 contents.
//!
//! Schemes: PBES2 (RFC 8018 §6.2) with PBKDF2 (HMAC-SHA1/224/256/384/512) or
//! scrypt (RFC 7914) and AES-128/192/256-CBC, DES-EDE3-CBC, DES-CBC or RC2-CBC;
//! PBES1 (RFC 8018 §6.1: MD5/SHA-1 with DES or RC2); the PKCS#12 PBE schemes
//! (RFC 7292 Appendix C: SHA-1 with 3DES, 2-key 3DES, RC2-128/40, RC4-128/40);
//! and OpenSSL's legacy PEM encryption (`DEK-Info`, EVP_BytesToKey with MD5).
//!
//! Key derivation is the only expensive step and its cost comes from the
//! input, so every derivation is checked against [`limits`] before it runs
//! and charged to a [`WorkBudget`] shared by the whole analysis.

use aes::cipher::block_padding::Pkcs7;
use aes::cipher::{BlockCipherDecrypt, BlockModeDecrypt, InnerIvInit, KeyInit, KeyIvInit, StreamCipher};
use sha2::Digest;
use zeroize::Zeroizing;

use crate::ber::{tag, Reader, Tlv};

pub mod limits {
    /// Iterations of one PBKDF2 or PKCS#12 key derivation. OpenSSL uses 2048
    /// by default, Windows 2000, Firefox 600,000.
    pub const MAX_ITERATIONS: u64 = 1_000_000;
    /// scrypt: at most N = 2^16 with r ≤ 16, p ≤ 16 (OpenSSL uses 2^14, 8, 1).
    pub const MAX_SCRYPT_LOG_N: u8 = 16;
    pub const MAX_SCRYPT_R: u64 = 16;
    pub const MAX_SCRYPT_P: u64 = 16;
    /// Work for all derivations of one analysis, counted in hash
    /// compressions (a PBKDF2-HMAC iteration is two, a PKCS#12 KDF
    /// iteration one), so that many passwords times many files stay within a
    /// few seconds. A Firefox export (six derivations of 600,000) plus a wrong
    /// guess fits.
    pub const TOTAL_WORK: u64 = 8_000_000;
}

/// How much key-derivation work is left.
#[derive(Debug)]
pub struct WorkBudget {
    remaining: u64,
}

impl Default for WorkBudget {
    fn default() -> Self {
        Self { remaining: limits::TOTAL_WORK }
    }
}

impl WorkBudget {
    fn charge(&mut self, cost: u64) -> Result<()> {
        if cost > self.remaining {
            return Err(DecryptError::Limit {
                what: "total key-derivation work",
                value: cost,
                maximum: self.remaining,
            });
        }
        self.remaining -= cost;
        Ok(())
    }
}

/// Why decryption did not give a plaintext.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecryptError {
    Malformed(String),
    /// An algorithm certdoctor does not implement; carries its name.
    Unsupported(String),
    /// The result was not valid: the password is wrong.
    WrongPassword,
    /// A work factor above the limits: nothing was computed.
    Limit {
        what: &'static str,
        value: u64,
        maximum: u64,
    },
}

impl std::fmt::Display for DecryptError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DecryptError::Malformed(reason) => write!(f, "{reason}"),
            DecryptError::Unsupported(what) => write!(f, "{what} is not supported"),
            DecryptError::WrongPassword => f.write_str("wrong password"),
            DecryptError::Limit { what, value, maximum } => {
                write!(f, "{what} of {value} is over the limit of {maximum}")
            }
        }
    }
}

impl From<crate::ber::BerError> for DecryptError {
    fn from(error: crate::ber::BerError) -> Self {
        DecryptError::Malformed(error.0)
    }
}

type Result<T> = std::result::Result<T, DecryptError>;

fn malformed<T>(reason: impl Into<String>) -> Result<T> {
    Err(DecryptError::Malformed(reason.into()))
}

fn check_iterations(iterations: u64) -> Result<()> {
    if iterations == 0 {
        return malformed("iteration count of 0");
    }
    if iterations > limits::MAX_ITERATIONS {
        return Err(DecryptError::Limit {
            what: "key-derivation iterations",
            value: iterations,
            maximum: limits::MAX_ITERATIONS,
        });
    }
    Ok(())
}

mod oid {
    pub const PBES2: &str = "1.2.840.113549.1.5.13";
    pub const PBKDF2: &str = "1.2.840.113549.1.5.12";
    pub const SCRYPT: &str = "1.3.6.1.4.1.11591.4.11";
    pub const PBE_MD5_DES: &str = "1.2.840.113549.1.5.3";
    pub const PBE_MD5_RC2: &str = "1.2.840.113549.1.5.6";
    pub const PBE_SHA1_DES: &str = "1.2.840.113549.1.5.10";
    pub const PBE_SHA1_RC2: &str = "1.2.840.113549.1.5.11";
    pub const PKCS12_PBE_PREFIX: &str = "1.2.840.113549.1.12.1.";
    pub const HMAC_SHA1: &str = "1.2.840.113549.2.7";
    pub const HMAC_SHA224: &str = "1.2.840.113549.2.8";
    pub const HMAC_SHA256: &str = "1.2.840.113549.2.9";
    pub const HMAC_SHA384: &str = "1.2.840.113549.2.10";
    pub const HMAC_SHA512: &str = "1.2.840.113549.2.11";
    pub const AES128_CBC: &str = "2.16.840.1.101.3.4.1.2";
    pub const AES192_CBC: &str = "2.16.840.1.101.3.4.1.22";
    pub const AES256_CBC: &str = "2.16.840.1.101.3.4.1.42";
    pub const AES128_GCM: &str = "2.16.840.1.101.3.4.1.6";
    pub const AES256_GCM: &str = "2.16.840.1.101.3.4.1.46";
    pub const DES_EDE3_CBC: &str = "1.2.840.113549.3.7";
    pub const DES_CBC: &str = "1.3.14.3.2.7";
    pub const RC2_CBC: &str = "1.2.840.113549.3.2";
    pub const SHA1: &str = "1.3.14.3.2.26";
    pub const SHA224: &str = "2.16.840.1.101.3.4.2.4";
    pub const SHA256: &str = "2.16.840.1.101.3.4.2.1";
    pub const SHA384: &str = "2.16.840.1.101.3.4.2.2";
    pub const SHA512: &str = "2.16.840.1.101.3.4.2.3";
}

/// The digests of password-based encryption, MACs and signatures.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Hash {
    Md5,
    Sha1,
    Sha224,
    Sha256,
    Sha384,
    Sha512,
}

impl Hash {
    pub fn from_hmac_oid(hmac: &str) -> Result<Self> {
        Ok(match hmac {
            oid::HMAC_SHA1 => Self::Sha1,
            oid::HMAC_SHA224 => Self::Sha224,
            oid::HMAC_SHA256 => Self::Sha256,
            oid::HMAC_SHA384 => Self::Sha384,
            oid::HMAC_SHA512 => Self::Sha512,
            other => return Err(DecryptError::Unsupported(format!("PBKDF2 with PRF {other}"))),
        })
    }

    /// From a digest algorithm OID (PKCS#12 MACs, RSA-PSS parameters).
    pub fn from_digest_oid(digest: &str) -> Result<Self> {
        Ok(match digest {
            "1.2.840.113549.2.5" => Self::Md5,
            oid::SHA1 => Self::Sha1,
            oid::SHA224 => Self::Sha224,
            oid::SHA256 => Self::Sha256,
            oid::SHA384 => Self::Sha384,
            oid::SHA512 => Self::Sha512,
            other => return Err(DecryptError::Unsupported(format!("MAC digest {other}"))),
        })
    }

    pub fn name(self) -> &'static str {
        match self {
            Self::Md5 => "MD5",
            Self::Sha1 => "SHA-1",
            Self::Sha224 => "SHA-224",
            Self::Sha256 => "SHA-256",
            Self::Sha384 => "SHA-384",
            Self::Sha512 => "SHA-512",
        }
    }

    /// MD5 and SHA-1: collisions can be computed.
    pub fn is_weak(self) -> bool {
        matches!(self, Self::Md5 | Self::Sha1)
    }

    pub fn output_len(self) -> usize {
        match self {
            Self::Md5 => 16,
            Self::Sha1 => 20,
            Self::Sha224 => 28,
            Self::Sha256 => 32,
            Self::Sha384 => 48,
            Self::Sha512 => 64,
        }
    }

    fn block_len(self) -> usize {
        match self {
            Self::Sha384 | Self::Sha512 => 128,
            _ => 64,
        }
    }

    /// The digest of the concatenated `parts`.
    pub fn digest(self, parts: &[&[u8]]) -> Vec<u8> {
        fn run<D: Digest>(parts: &[&[u8]]) -> Vec<u8> {
            let mut hasher = D::new();
            for part in parts {
                hasher.update(part);
            }
            hasher.finalize().to_vec()
        }
        match self {
            Self::Md5 => run::<md5::Md5>(parts),
            Self::Sha1 => run::<sha1::Sha1>(parts),
            Self::Sha224 => run::<sha2::Sha224>(parts),
            Self::Sha256 => run::<sha2::Sha256>(parts),
            Self::Sha384 => run::<sha2::Sha384>(parts),
            Self::Sha512 => run::<sha2::Sha512>(parts),
        }
    }

    /// HMAC(key, data).
    pub fn hmac(self, key: &[u8], data: &[u8]) -> Vec<u8> {
        use hmac::Mac;
        fn run<M: Mac + hmac::KeyInit>(key: &[u8], data: &[u8]) -> Vec<u8> {
            match <M as hmac::KeyInit>::new_from_slice(key) {
                Ok(mut mac) => {
                    mac.update(data);
                    mac.finalize().into_bytes().to_vec()
                }
                Err(_) => Vec::new(),
            }
        }
        match self {
            Self::Md5 => run::<hmac::Hmac<md5::Md5>>(key, data),
            Self::Sha1 => run::<hmac::Hmac<sha1::Sha1>>(key, data),
            Self::Sha224 => run::<hmac::Hmac<sha2::Sha224>>(key, data),
            Self::Sha256 => run::<hmac::Hmac<sha2::Sha256>>(key, data),
            Self::Sha384 => run::<hmac::Hmac<sha2::Sha384>>(key, data),
            Self::Sha512 => run::<hmac::Hmac<sha2::Sha512>>(key, data),
        }
    }

    fn pbkdf2(self, password: &[u8], salt: &[u8], iterations: u32, out: &mut [u8]) -> Result<()> {
        use pbkdf2::pbkdf2_hmac;
        match self {
            Self::Sha1 => pbkdf2_hmac::<sha1::Sha1>(password, salt, iterations, out),
            Self::Sha224 => pbkdf2_hmac::<sha2::Sha224>(password, salt, iterations, out),
            Self::Sha256 => pbkdf2_hmac::<sha2::Sha256>(password, salt, iterations, out),
            Self::Sha384 => pbkdf2_hmac::<sha2::Sha384>(password, salt, iterations, out),
            Self::Sha512 => pbkdf2_hmac::<sha2::Sha512>(password, salt, iterations, out),
            Self::Md5 => return Err(DecryptError::Unsupported("PBKDF2 with MD5".into())),
        }
        Ok(())
    }
}

/// RFC 7292 Appendix B.2: the PKCS#12 key derivation. `password` is already
/// a BMPString with its two-byte terminator.
pub fn pkcs12_kdf(
    hash: Hash,
    password: &[u8],
    salt: &[u8],
    id: u8,
    iterations: u64,
    out_len: usize,
    budget: &mut WorkBudget,
) -> Result<Zeroizing<Vec<u8>>> {
    check_iterations(iterations)?;
    let u = hash.output_len();
    let v = hash.block_len();
    let blocks = out_len.div_ceil(u) as u64;
    budget.charge(iterations.saturating_mul(blocks))?;
    let fill = |source: &[u8]| -> Vec<u8> {
        if source.is_empty() {
            return Vec::new();
        }
        let length = v * source.len().div_ceil(v);
        source.iter().cycle().take(length).copied().collect()
    };
    let diversifier = vec![id; v];
    let mut input = Zeroizing::new([fill(salt), fill(password)].concat());
    let mut out = Zeroizing::new(Vec::with_capacity(out_len + u));
    while out.len() < out_len {
        let mut a = hash.digest(&[&diversifier, &input]);
        for _ in 1..iterations {
            a = hash.digest(&[&a]);
        }
        let b: Vec<u8> = a.iter().cycle().take(v).copied().collect();
        for chunk in input.chunks_mut(v) {
            // chunk = (chunk + b + 1) mod 2^(8v), big-endian.
            let mut carry = 1u16;
            for (byte, add) in chunk.iter_mut().rev().zip(b.iter().rev()) {
                let sum = u16::from(*byte) + u16::from(*add) + carry;
                *byte = sum as u8;
                carry = sum >> 8;
            }
        }
        out.extend_from_slice(&a);
    }
    out.truncate(out_len);
    Ok(out)
}

/// PBKDF2 (RFC 8018 §5.2) after checking the iteration count against the
/// limits and charging it to the budget.
pub fn pbkdf2_checked(
    hash: Hash,
    password: &[u8],
    salt: &[u8],
    iterations: u64,
    out: &mut [u8],
    budget: &mut WorkBudget,
) -> Result<()> {
    check_iterations(iterations)?;
    let blocks = out.len().div_ceil(hash.output_len()) as u64;
    budget.charge(iterations.saturating_mul(blocks).saturating_mul(2))?;
    hash.pbkdf2(password, salt, iterations as u32, out)
}

/// A password as PKCS#12 wants it: UTF-16BE with a 0x0000 terminator.
pub fn bmp_password(password: &str) -> Zeroizing<Vec<u8>> {
    let mut out = Zeroizing::new(Vec::with_capacity(password.len() * 2 + 2));
    for unit in password.encode_utf16() {
        out.extend_from_slice(&unit.to_be_bytes());
    }
    out.extend_from_slice(&[0, 0]);
    out
}

/// The symmetric ciphers of these schemes.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Cipher {
    Aes { key_len: usize, iv: Vec<u8> },
    DesEde3 { iv: Vec<u8> },
    DesEde2 { iv: Vec<u8> },
    Des { iv: Vec<u8> },
    Rc2 { key_len: usize, effective_bits: usize, iv: Vec<u8> },
    Rc4 { key_len: usize },
}

impl Cipher {
    fn key_len(&self) -> usize {
        match self {
            Cipher::Aes { key_len, .. } | Cipher::Rc2 { key_len, .. } | Cipher::Rc4 { key_len } => *key_len,
            Cipher::DesEde3 { .. } => 24,
            Cipher::DesEde2 { .. } => 16,
            Cipher::Des { .. } => 8,
        }
    }

    fn name(&self) -> String {
        match self {
            Cipher::Aes { key_len, .. } => format!("AES-{}-CBC", key_len * 8),
            Cipher::DesEde3 { .. } => "DES-EDE3-CBC".into(),
            Cipher::DesEde2 { .. } => "2-key DES-EDE-CBC".into(),
            Cipher::Des { .. } => "DES-CBC".into(),
            Cipher::Rc2 { effective_bits, .. } => format!("RC2-{effective_bits}-CBC"),
            Cipher::Rc4 { key_len } => format!("RC4-{}", key_len * 8),
        }
    }

    fn with_iv(self, iv: Vec<u8>) -> Self {
        match self {
            Cipher::Aes { key_len, .. } => Cipher::Aes { key_len, iv },
            Cipher::DesEde3 { .. } => Cipher::DesEde3 { iv },
            Cipher::DesEde2 { .. } => Cipher::DesEde2 { iv },
            Cipher::Des { .. } => Cipher::Des { iv },
            Cipher::Rc2 { key_len, effective_bits, .. } => Cipher::Rc2 { key_len, effective_bits, iv },
            rc4 @ Cipher::Rc4 { .. } => rc4,
        }
    }

    fn decrypt(&self, key: &[u8], ciphertext: &[u8]) -> Result<Zeroizing<Vec<u8>>> {
        fn cbc<C: BlockCipherDecrypt + KeyInit>(
            key: &[u8],
            iv: &[u8],
            data: &[u8],
        ) -> Result<Zeroizing<Vec<u8>>> {
            let decryptor = cbc::Decryptor::<C>::new_from_slices(key, iv)
                .map_err(|_| DecryptError::Malformed("wrong key or IV length".into()))?;
            decryptor
                .decrypt_padded_vec::<Pkcs7>(data)
                .map(Zeroizing::new)
                .map_err(|_| DecryptError::WrongPassword)
        }
        match self {
            Cipher::Aes { key_len: 16, iv } => cbc::<aes::Aes128>(key, iv, ciphertext),
            Cipher::Aes { key_len: 24, iv } => cbc::<aes::Aes192>(key, iv, ciphertext),
            Cipher::Aes { key_len: 32, iv } => cbc::<aes::Aes256>(key, iv, ciphertext),
            Cipher::Aes { key_len, .. } => malformed(format!("AES key length {key_len}")),
            Cipher::DesEde3 { iv } => cbc::<des::TdesEde3>(key, iv, ciphertext),
            Cipher::DesEde2 { iv } => cbc::<des::TdesEde2>(key, iv, ciphertext),
            Cipher::Des { iv } => cbc::<des::Des>(key, iv, ciphertext),
            Cipher::Rc2 { effective_bits, iv, .. } => {
                if key.is_empty() || key.len() > 128 || *effective_bits == 0 || *effective_bits > 1024 {
                    return malformed(format!("RC2 with effective key length {effective_bits}"));
                }
                let cipher = rc2::Rc2::new_with_eff_key_len(key, *effective_bits);
                let decryptor = cbc::Decryptor::inner_iv_slice_init(cipher, iv)
                    .map_err(|_| DecryptError::Malformed("wrong RC2 IV length".into()))?;
                decryptor
                    .decrypt_padded_vec::<Pkcs7>(ciphertext)
                    .map(Zeroizing::new)
                    .map_err(|_| DecryptError::WrongPassword)
            }
            Cipher::Rc4 { .. } => {
                let mut cipher = rc4::Rc4::new_from_slice(key)
                    .map_err(|_| DecryptError::Malformed("RC4 key length".into()))?;
                let mut plaintext = Zeroizing::new(ciphertext.to_vec());
                cipher.apply_keystream(&mut plaintext);
                Ok(plaintext)
            }
        }
    }
}

/// A parsed encryption scheme.
#[derive(Debug)]
enum Scheme {
    Pbes2 { kdf: Kdf, cipher: Cipher },
    Pbes1 { hash: Hash, cipher: Cipher, salt: Vec<u8>, iterations: u64 },
    Pkcs12 { cipher: Cipher, salt: Vec<u8>, iterations: u64 },
}

#[derive(Debug)]
enum Kdf {
    Pbkdf2 { salt: Vec<u8>, iterations: u64, key_len: Option<usize>, hash: Hash },
    Scrypt { salt: Vec<u8>, log_n: u8, r: u32, p: u32, key_len: Option<usize> },
}

impl Scheme {
    fn parse(algorithm: &Tlv<'_>) -> Result<Self> {
        let mut fields = algorithm.children();
        let scheme_oid = fields.expect(tag::OID, "encryption algorithm")?.oid()?;
        let parameters = fields.expect(tag::SEQUENCE, "encryption parameters")?;
        if scheme_oid == oid::PBES2 {
            let mut parts = parameters.children();
            let kdf = Self::parse_kdf(&parts.expect(tag::SEQUENCE, "keyDerivationFunc")?)?;
            let cipher = Self::parse_cipher(&parts.expect(tag::SEQUENCE, "encryptionScheme")?)?;
            return Ok(Scheme::Pbes2 { kdf, cipher });
        }
        let (salt, iterations) = {
            let mut parts = parameters.children();
            let salt = parts.expect(tag::OCTET_STRING, "salt")?.octets()?.into_owned();
            let iterations = parts.expect(tag::INTEGER, "iterationCount")?.small_uint()?;
            (salt, iterations)
        };
        let empty = Vec::new();
        if let Some(number) = scheme_oid.strip_prefix(oid::PKCS12_PBE_PREFIX) {
            let cipher = match number {
                "1" => Cipher::Rc4 { key_len: 16 },
                "2" => Cipher::Rc4 { key_len: 5 },
                "3" => Cipher::DesEde3 { iv: empty },
                "4" => Cipher::DesEde2 { iv: empty },
                "5" => Cipher::Rc2 { key_len: 16, effective_bits: 128, iv: empty },
                "6" => Cipher::Rc2 { key_len: 5, effective_bits: 40, iv: empty },
                _ => return Err(DecryptError::Unsupported(format!("PKCS#12 PBE {scheme_oid}"))),
            };
            return Ok(Scheme::Pkcs12 { cipher, salt, iterations });
        }
        let (hash, cipher) = match scheme_oid.as_str() {
            oid::PBE_MD5_DES => (Hash::Md5, Cipher::Des { iv: empty }),
            oid::PBE_SHA1_DES => (Hash::Sha1, Cipher::Des { iv: empty }),
            oid::PBE_MD5_RC2 => (Hash::Md5, Cipher::Rc2 { key_len: 8, effective_bits: 64, iv: empty }),
            oid::PBE_SHA1_RC2 => (Hash::Sha1, Cipher::Rc2 { key_len: 8, effective_bits: 64, iv: empty }),
            other => return Err(DecryptError::Unsupported(format!("encryption scheme {other}"))),
        };
        Ok(Scheme::Pbes1 { hash, cipher, salt, iterations })
    }

    fn parse_kdf(kdf: &Tlv<'_>) -> Result<Kdf> {
        let mut fields = kdf.children();
        let kdf_oid = fields.expect(tag::OID, "KDF")?.oid()?;
        let parameters = fields.expect(tag::SEQUENCE, "KDF parameters")?;
        let mut parts = parameters.children();
        let salt = parts.expect(tag::OCTET_STRING, "salt")?.octets()?.into_owned();
        match kdf_oid.as_str() {
            oid::PBKDF2 => {
                let iterations = parts.expect(tag::INTEGER, "iterationCount")?.small_uint()?;
                let key_len = parts.optional(tag::INTEGER)?.map(|length| length.small_uint()).transpose()?;
                let hash = match parts.optional(tag::SEQUENCE)? {
                    Some(prf) => Hash::from_hmac_oid(&prf.children().expect(tag::OID, "PRF")?.oid()?)?,
                    None => Hash::Sha1,
                };
                Ok(Kdf::Pbkdf2 { salt, iterations, key_len: key_len.map(|n| n.min(64) as usize), hash })
            }
            oid::SCRYPT => {
                let n = parts.expect(tag::INTEGER, "costParameter")?.small_uint()?;
                let r = parts.expect(tag::INTEGER, "blockSize")?.small_uint()?;
                let p = parts.expect(tag::INTEGER, "parallelizationParameter")?.small_uint()?;
                let key_len = parts.optional(tag::INTEGER)?.map(|length| length.small_uint()).transpose()?;
                if !n.is_power_of_two() || n < 2 {
                    return malformed(format!("scrypt N = {n} is not a power of two"));
                }
                let log_n = n.trailing_zeros() as u8;
                if log_n > limits::MAX_SCRYPT_LOG_N {
                    return Err(DecryptError::Limit {
                        what: "scrypt cost N",
                        value: n,
                        maximum: 1 << limits::MAX_SCRYPT_LOG_N,
                    });
                }
                if r == 0 || r > limits::MAX_SCRYPT_R {
                    return Err(DecryptError::Limit {
                        what: "scrypt block size r",
                        value: r,
                        maximum: limits::MAX_SCRYPT_R,
                    });
                }
                if p == 0 || p > limits::MAX_SCRYPT_P {
                    return Err(DecryptError::Limit {
                        what: "scrypt parallelism p",
                        value: p,
                        maximum: limits::MAX_SCRYPT_P,
                    });
                }
                Ok(Kdf::Scrypt {
                    salt,
                    log_n,
                    r: r as u32,
                    p: p as u32,
                    key_len: key_len.map(|n| n.min(64) as usize),
                })
            }
            other => Err(DecryptError::Unsupported(format!("key derivation function {other}"))),
        }
    }

    fn parse_cipher(scheme: &Tlv<'_>) -> Result<Cipher> {
        let mut fields = scheme.children();
        let cipher_oid = fields.expect(tag::OID, "cipher")?.oid()?;
        let iv = || -> Result<Vec<u8>> {
            let mut fields = scheme.children();
            fields.read()?;
            Ok(fields.expect(tag::OCTET_STRING, "IV")?.octets()?.into_owned())
        };
        Ok(match cipher_oid.as_str() {
            oid::AES128_CBC => Cipher::Aes { key_len: 16, iv: iv()? },
            oid::AES192_CBC => Cipher::Aes { key_len: 24, iv: iv()? },
            oid::AES256_CBC => Cipher::Aes { key_len: 32, iv: iv()? },
            oid::DES_EDE3_CBC => Cipher::DesEde3 { iv: iv()? },
            oid::DES_CBC => Cipher::Des { iv: iv()? },
            oid::RC2_CBC => {
                let parameters = fields.expect(tag::SEQUENCE, "RC2 parameters")?;
                let mut parts = parameters.children();
                let version =
                    parts.optional(tag::INTEGER)?.map(|v| v.small_uint()).transpose()?.unwrap_or(32);
                let iv = parts.expect(tag::OCTET_STRING, "IV")?.octets()?.into_owned();
                // RFC 8018 B.2.3: the "version" encodes the effective key bits.
                let effective_bits = match version {
                    160 => 40,
                    120 => 64,
                    58 => 128,
                    bits @ 256.. => bits as usize,
                    other => return malformed(format!("RC2 parameter version {other}")),
                };
                Cipher::Rc2 { key_len: effective_bits.div_ceil(8).clamp(5, 128), effective_bits, iv }
            }
            oid::AES128_GCM | oid::AES256_GCM => {
                return Err(DecryptError::Unsupported("AES-GCM in PBES2 (not in RFC 8018)".into()));
            }
            other => return Err(DecryptError::Unsupported(format!("cipher {other}"))),
        })
    }

    /// "PBES2 (PBKDF2-HMAC-SHA256, 2048 iterations, AES-256-CBC)" and so on.
    fn describe(&self) -> String {
        match self {
            Scheme::Pbes2 { kdf: Kdf::Pbkdf2 { iterations, hash, .. }, cipher } => {
                format!("PBES2 (PBKDF2-HMAC-{}, {iterations} iterations, {})", hash.name(), cipher.name())
            }
            Scheme::Pbes2 { kdf: Kdf::Scrypt { log_n, r, p, .. }, cipher } => {
                format!("PBES2 (scrypt N=2^{log_n} r={r} p={p}, {})", cipher.name())
            }
            Scheme::Pbes1 { hash, cipher, iterations, .. } => {
                format!("PBES1 ({} with {}, {iterations} iterations)", hash.name(), cipher.name())
            }
            Scheme::Pkcs12 { cipher, iterations, .. } => {
                format!("PKCS#12 PBE (SHA-1 with {}, {iterations} iterations)", cipher.name())
            }
        }
    }

    fn decrypt(
        &self,
        password: Secret<'_>,
        ciphertext: &[u8],
        budget: &mut WorkBudget,
    ) -> Result<Zeroizing<Vec<u8>>> {
        let text = match password {
            Secret::Text(text) => text,
            Secret::Absent => "",
        };
        match self {
            Scheme::Pbes2 { kdf, cipher } => {
                let mut key = Zeroizing::new(vec![0u8; cipher.key_len()]);
                match kdf {
                    Kdf::Pbkdf2 { salt, iterations, key_len, hash } => {
                        if key_len.is_some_and(|length| length != key.len()) {
                            return malformed("PBKDF2 key length does not fit the cipher");
                        }
                        pbkdf2_checked(*hash, text.as_bytes(), salt, *iterations, &mut key, budget)?;
                    }
                    Kdf::Scrypt { salt, log_n, r, p, key_len } => {
                        if key_len.is_some_and(|length| length != key.len()) {
                            return malformed("scrypt key length does not fit the cipher");
                        }
                        // One scrypt N·r·p step costs about four compressions.
                        budget.charge((1u64 << log_n) * u64::from(*r) * u64::from(*p) * 4)?;
                        let parameters = scrypt::Params::new(*log_n, *r, *p)
                            .map_err(|_| DecryptError::Malformed("scrypt parameters".into()))?;
                        scrypt::scrypt(text.as_bytes(), salt, &parameters, &mut key)
                            .map_err(|_| DecryptError::Malformed("scrypt output length".into()))?;
                    }
                }
                cipher.decrypt(&key, ciphertext)
            }
            Scheme::Pbes1 { hash, cipher, salt, iterations } => {
                check_iterations(*iterations)?;
                budget.charge(*iterations)?;
                // PBKDF1: T = Hash^c(P || S); key = T[0..8], IV = T[8..16].
                let mut derived = hash.digest(&[text.as_bytes(), salt]);
                for _ in 1..*iterations {
                    derived = hash.digest(&[&derived]);
                }
                let derived = Zeroizing::new(derived);
                let cipher = cipher.clone().with_iv(derived[8..16].to_vec());
                cipher.decrypt(&derived[..8], ciphertext)
            }
            Scheme::Pkcs12 { cipher, salt, iterations } => {
                let bmp = match password {
                    Secret::Text(text) => bmp_password(text),
                    Secret::Absent => Zeroizing::new(Vec::new()),
                };
                let key = pkcs12_kdf(Hash::Sha1, &bmp, salt, 1, *iterations, cipher.key_len(), budget)?;
                let cipher = if matches!(cipher, Cipher::Rc4 { .. }) {
                    cipher.clone()
                } else {
                    let iv = pkcs12_kdf(Hash::Sha1, &bmp, salt, 2, *iterations, 8, budget)?;
                    cipher.clone().with_iv(iv.to_vec())
                };
                cipher.decrypt(&key, ciphertext)
            }
        }
    }
}

/// A password, or PKCS#12's "no password at all", which some tools encode as
/// zero bytes rather than as an empty BMPString (two zero bytes).
#[derive(Clone, Copy)]
pub enum Secret<'a> {
    Text(&'a str),
    Absent,
}

/// Describes the scheme of an `AlgorithmIdentifier` for messages.
pub fn describe(algorithm: &Tlv<'_>) -> String {
    match Scheme::parse(algorithm) {
        Ok(scheme) => scheme.describe(),
        Err(DecryptError::Unsupported(what)) => what,
        Err(_) => "an unreadable encryption scheme".into(),
    }
}

/// Decrypts data encrypted under `algorithm` (an `AlgorithmIdentifier`)
/// with `password`. `looks_right` checks the plaintext, so that a wrong
/// password that happens to give valid padding is still caught.
pub fn decrypt(
    algorithm: &Tlv<'_>,
    ciphertext: &[u8],
    password: Secret<'_>,
    budget: &mut WorkBudget,
    looks_right: impl Fn(&[u8]) -> bool,
) -> Result<Zeroizing<Vec<u8>>> {
    let scheme = Scheme::parse(algorithm)?;
    let plaintext = scheme.decrypt(password, ciphertext, budget)?;
    if looks_right(&plaintext) {
        Ok(plaintext)
    } else {
        Err(DecryptError::WrongPassword)
    }
}

/// Reads an `EncryptedPrivateKeyInfo` (RFC 5958 §3): the algorithm and the
/// encrypted bytes.
pub fn encrypted_private_key_info(der: &[u8]) -> Result<(Tlv<'_>, std::borrow::Cow<'_, [u8]>)> {
    let info = Tlv::parse_whole(der)?;
    let mut fields: Reader<'_> = info.children();
    let algorithm = fields.expect(tag::SEQUENCE, "encryptionAlgorithm")?;
    let data = fields.expect(tag::OCTET_STRING, "encryptedData")?.octets()?;
    Ok((algorithm, data))
}

/// OpenSSL's legacy PEM encryption: `DEK-Info: AES-128-CBC,<hex IV>`, key
/// from EVP_BytesToKey(MD5, password, IV[..8], 1 iteration).
pub fn decrypt_legacy_pem(dek_info: &str, body: &[u8], password: &str) -> Result<Zeroizing<Vec<u8>>> {
    let (name, iv_hex) = dek_info
        .split_once(',')
        .ok_or_else(|| DecryptError::Malformed(format!("DEK-Info '{dek_info}' has no IV")))?;
    let iv =
        decode_hex(iv_hex.trim()).ok_or_else(|| DecryptError::Malformed("DEK-Info IV is not hex".into()))?;
    let cipher = match name.trim().to_ascii_uppercase().as_str() {
        "AES-128-CBC" => Cipher::Aes { key_len: 16, iv: iv.clone() },
        "AES-192-CBC" => Cipher::Aes { key_len: 24, iv: iv.clone() },
        "AES-256-CBC" => Cipher::Aes { key_len: 32, iv: iv.clone() },
        "DES-EDE3-CBC" => Cipher::DesEde3 { iv: iv.clone() },
        "DES-CBC" => Cipher::Des { iv: iv.clone() },
        other => return Err(DecryptError::Unsupported(format!("legacy PEM cipher {other}"))),
    };
    let expected_iv = if matches!(cipher, Cipher::Aes { .. }) { 16 } else { 8 };
    if iv.len() != expected_iv {
        return malformed(format!("DEK-Info IV of {} bytes, {name} needs {expected_iv}", iv.len()));
    }
    let salt = &iv[..8];
    let mut key = Zeroizing::new(Vec::new());
    let mut previous: Vec<u8> = Vec::new();
    while key.len() < cipher.key_len() {
        previous = Hash::Md5.digest(&[&previous, password.as_bytes(), salt]);
        key.extend_from_slice(&previous);
    }
    key.truncate(cipher.key_len());
    cipher.decrypt(&key, body)
}

/// The cipher name of a legacy PEM `DEK-Info` header, for messages.
pub fn legacy_pem_cipher(dek_info: &str) -> String {
    dek_info.split(',').next().unwrap_or_default().trim().to_string()
}

fn decode_hex(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) || !text.is_ascii() {
        return None;
    }
    (0..text.len()).step_by(2).map(|i| u8::from_str_radix(&text[i..i + 2], 16).ok()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pkcs12_kdf_matches_known_answer() {
        // From the PKCS#12 KDF test vectors used by OpenSSL/BouncyCastle:
        // password "smeg", salt 0A58CF64530D823F, id 1, 1 iteration, 24 bytes.
        let salt = [0x0a, 0x58, 0xcf, 0x64, 0x53, 0x0d, 0x82, 0x3f];
        let key = pkcs12_kdf(Hash::Sha1, &bmp_password("smeg"), &salt, 1, 1, 24, &mut WorkBudget::default())
            .unwrap();
        assert_eq!(
            crate::certificate::colon_hex(&key).replace(':', ""),
            "8AAAE6297B6CB04642AB5B077851284EB7128F1A2A7FBCA3"
        );
        let iv = pkcs12_kdf(Hash::Sha1, &bmp_password("smeg"), &salt, 2, 1, 8, &mut WorkBudget::default())
            .unwrap();
        assert_eq!(crate::certificate::colon_hex(&iv).replace(':', ""), "79993DFE048D3B76");
    }

    #[test]
    fn refuses_work_beyond_limits_without_doing_it() {
        let mut budget = WorkBudget::default();
        let error =
            pkcs12_kdf(Hash::Sha1, &bmp_password("x"), b"salt", 1, 10_000_000, 24, &mut budget).unwrap_err();
        assert!(matches!(error, DecryptError::Limit { value: 10_000_000, .. }));
        assert_eq!(budget.remaining, limits::TOTAL_WORK, "nothing was charged");
        // Many honest derivations exhaust the shared budget.
        let mut exhausted = false;
        for _ in 0..20 {
            if budget.charge(limits::MAX_ITERATIONS).is_err() {
                exhausted = true;
            }
        }
        assert!(exhausted);
    }

    #[test]
    fn bmp_passwords() {
        assert_eq!(&*bmp_password(""), &[0, 0]);
        assert_eq!(&*bmp_password("ab"), &[0, b'a', 0, b'b', 0, 0]);
    }
}
