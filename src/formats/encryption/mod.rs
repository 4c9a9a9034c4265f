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
//! and charged to the [`Budget`] of the whole analysis.

use serde::Serialize;
use zeroize::Zeroizing;

use crate::formats::ber::{tag, Reader, Tlv};
use crate::formats::hash::Hash;
use crate::formats::{oid, FormatError, Problem};

mod cipher;
pub mod kdf;

use crate::budget::Budget;
use cipher::Cipher;
pub use kdf::{bmp_password, limits, pbkdf2_checked, pkcs12_kdf};

/// Why decryption did not give a plaintext.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecryptError {
    Malformed(FormatError),
    /// An algorithm certdoctor does not implement.
    Unsupported(Unsupported),
    /// The result was not valid: the password is wrong.
    WrongPassword,
    /// A work factor above the limits: nothing was computed.
    Limit {
        limit: KdfLimit,
        value: u64,
        maximum: u64,
    },
}

impl From<FormatError> for DecryptError {
    fn from(error: FormatError) -> Self {
        DecryptError::Malformed(error)
    }
}

/// An algorithm of password-based encryption or integrity that certdoctor
/// does not implement, by its OID or name.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "transfer", derive(bincode::Encode, bincode::Decode))]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Unsupported {
    /// An encryption scheme (neither PBES2, PBES1 nor a PKCS#12 PBE).
    Scheme { oid: String },
    /// A key derivation function other than PBKDF2 and scrypt.
    Kdf { oid: String },
    /// A pseudo-random function of PBKDF2 other than HMAC-SHA-1/2.
    Prf { oid: String },
    /// A cipher other than AES-CBC, 3DES, DES, RC2 and RC4.
    Cipher { oid: String },
    /// AES-GCM inside PBES2, which RFC 8018 does not define.
    AesGcm,
    /// A MAC digest of a PKCS#12 file (BLAKE2, SHA-3…).
    MacDigest { oid: String },
    /// A PKCS#12 file whose integrity is a public-key signature.
    PublicKeyIntegrity { content_type: String },
    /// A legacy PEM `DEK-Info` cipher other than AES-CBC, 3DES and DES.
    LegacyPemCipher { name: String },
}

/// Which work limit a key derivation would break.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "transfer", derive(bincode::Encode, bincode::Decode))]
#[serde(rename_all = "kebab-case")]
pub enum KdfLimit {
    /// Iterations of one derivation.
    Iterations,
    /// Work of all derivations in one analysis.
    TotalWork,
    /// scrypt's cost parameter N.
    ScryptCost,
    /// scrypt's block size r.
    ScryptBlockSize,
    /// scrypt's parallelism p.
    ScryptParallelism,
}

type Result<T> = std::result::Result<T, DecryptError>;

fn malformed<T>(problem: Problem) -> Result<T> {
    Err(DecryptError::Malformed(problem.into()))
}

/// How an input was encrypted, for the report: the family, its key
/// derivation (with its iteration count) and its cipher, as identifiers.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "transfer", derive(bincode::Encode, bincode::Decode))]
pub struct SchemeSummary {
    pub family: SchemeFamily,
    /// "PBKDF2-HMAC-SHA-256", "scrypt N=2^14 r=8 p=1", "SHA-1"…
    pub kdf: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub iterations: Option<u64>,
    /// "AES-256-CBC", "DES-EDE3-CBC"…
    pub cipher: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "transfer", derive(bincode::Encode, bincode::Decode))]
#[serde(rename_all = "kebab-case")]
pub enum SchemeFamily {
    /// RFC 8018 §6.2.
    Pbes2,
    /// RFC 8018 §6.1.
    Pbes1,
    /// RFC 7292 Appendix C.
    Pkcs12Pbe,
    /// OpenSSL's `Proc-Type: 4,ENCRYPTED` PEM headers.
    LegacyPem,
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
        let scheme_oid = fields.expect(tag::OID, "algorithm")?.oid()?;
        let parameters = fields.expect(tag::SEQUENCE, "parameters")?;
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
                _ => return Err(DecryptError::Unsupported(Unsupported::Scheme { oid: scheme_oid })),
            };
            return Ok(Scheme::Pkcs12 { cipher, salt, iterations });
        }
        let (hash, cipher) = match scheme_oid.as_str() {
            oid::PBE_MD5_DES => (Hash::Md5, Cipher::Des { iv: empty }),
            oid::PBE_SHA1_DES => (Hash::Sha1, Cipher::Des { iv: empty }),
            oid::PBE_MD5_RC2 => (Hash::Md5, Cipher::Rc2 { key_len: 8, effective_bits: 64, iv: empty }),
            oid::PBE_SHA1_RC2 => (Hash::Sha1, Cipher::Rc2 { key_len: 8, effective_bits: 64, iv: empty }),
            other => return Err(DecryptError::Unsupported(Unsupported::Scheme { oid: other.to_string() })),
        };
        Ok(Scheme::Pbes1 { hash, cipher, salt, iterations })
    }

    fn parse_kdf(kdf: &Tlv<'_>) -> Result<Kdf> {
        let mut fields = kdf.children();
        let kdf_oid = fields.expect(tag::OID, "keyDerivationFunc")?.oid()?;
        let parameters = fields.expect(tag::SEQUENCE, "parameters")?;
        let mut parts = parameters.children();
        let salt = parts.expect(tag::OCTET_STRING, "salt")?.octets()?.into_owned();
        match kdf_oid.as_str() {
            oid::PBKDF2 => {
                let iterations = parts.expect(tag::INTEGER, "iterationCount")?.small_uint()?;
                let key_len = parts.optional(tag::INTEGER)?.map(|length| length.small_uint()).transpose()?;
                let hash = match parts.optional(tag::SEQUENCE)? {
                    Some(prf) => {
                        let prf = prf.children().expect(tag::OID, "prf")?.oid()?;
                        Hash::from_hmac_oid(&prf)
                            .ok_or(DecryptError::Unsupported(Unsupported::Prf { oid: prf }))?
                    }
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
                    return malformed(Problem::ScryptCostNotPowerOfTwo { n });
                }
                let log_n = n.trailing_zeros() as u8;
                if log_n > limits::MAX_SCRYPT_LOG_N {
                    return Err(DecryptError::Limit {
                        limit: KdfLimit::ScryptCost,
                        value: n,
                        maximum: 1 << limits::MAX_SCRYPT_LOG_N,
                    });
                }
                if r == 0 || r > limits::MAX_SCRYPT_R {
                    return Err(DecryptError::Limit {
                        limit: KdfLimit::ScryptBlockSize,
                        value: r,
                        maximum: limits::MAX_SCRYPT_R,
                    });
                }
                if p == 0 || p > limits::MAX_SCRYPT_P {
                    return Err(DecryptError::Limit {
                        limit: KdfLimit::ScryptParallelism,
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
            other => Err(DecryptError::Unsupported(Unsupported::Kdf { oid: other.to_string() })),
        }
    }

    fn parse_cipher(scheme: &Tlv<'_>) -> Result<Cipher> {
        let mut fields = scheme.children();
        let cipher_oid = fields.expect(tag::OID, "encryptionScheme")?.oid()?;
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
                let parameters = fields.expect(tag::SEQUENCE, "RC2-CBC-Parameter")?;
                let mut parts = parameters.children();
                let version =
                    parts.optional(tag::INTEGER)?.map(|v| v.small_uint()).transpose()?.unwrap_or(32);
                let iv = parts.expect(tag::OCTET_STRING, "IV")?.octets()?.into_owned();
                // RFC 8018 B.2.3: the "version" encodes the effective key bits.
                let effective_bits = match version {
                    160 => 40,
                    120 => 64,
                    58 => 128,
                    bits @ 256..=1024 => bits as usize,
                    _ => return malformed(Problem::CipherParameters { cipher: "RC2-CBC".into() }),
                };
                Cipher::Rc2 { key_len: effective_bits.div_ceil(8).clamp(5, 128), effective_bits, iv }
            }
            oid::AES128_GCM | oid::AES256_GCM => {
                return Err(DecryptError::Unsupported(Unsupported::AesGcm));
            }
            other => return Err(DecryptError::Unsupported(Unsupported::Cipher { oid: other.to_string() })),
        })
    }

    fn summary(&self) -> SchemeSummary {
        match self {
            Scheme::Pbes2 { kdf: Kdf::Pbkdf2 { iterations, hash, .. }, cipher } => SchemeSummary {
                family: SchemeFamily::Pbes2,
                kdf: format!("PBKDF2-HMAC-{}", hash.name()),
                iterations: Some(*iterations),
                cipher: cipher.name(),
            },
            Scheme::Pbes2 { kdf: Kdf::Scrypt { log_n, r, p, .. }, cipher } => SchemeSummary {
                family: SchemeFamily::Pbes2,
                kdf: format!("scrypt N=2^{log_n} r={r} p={p}"),
                iterations: None,
                cipher: cipher.name(),
            },
            Scheme::Pbes1 { hash, cipher, iterations, .. } => SchemeSummary {
                family: SchemeFamily::Pbes1,
                kdf: hash.name().to_string(),
                iterations: Some(*iterations),
                cipher: cipher.name(),
            },
            Scheme::Pkcs12 { cipher, iterations, .. } => SchemeSummary {
                family: SchemeFamily::Pkcs12Pbe,
                kdf: Hash::Sha1.name().to_string(),
                iterations: Some(*iterations),
                cipher: cipher.name(),
            },
        }
    }

    fn decrypt(
        &self,
        password: Secret<'_>,
        ciphertext: &[u8],
        budget: &mut Budget,
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
                            return malformed(Problem::KeyLengthMismatch { cipher: cipher.name() });
                        }
                        pbkdf2_checked(*hash, text.as_bytes(), salt, *iterations, &mut key, budget)?;
                    }
                    Kdf::Scrypt { salt, log_n, r, p, key_len } => {
                        if key_len.is_some_and(|length| length != key.len()) {
                            return malformed(Problem::KeyLengthMismatch { cipher: cipher.name() });
                        }
                        // One scrypt N·r·p step costs about four compressions.
                        kdf::charge(budget, (1u64 << log_n) * u64::from(*r) * u64::from(*p) * 4)?;
                        let parameters = scrypt::Params::new(*log_n, *r, *p).map_err(|_| {
                            DecryptError::Malformed(
                                Problem::CipherParameters { cipher: "scrypt".into() }.into(),
                            )
                        })?;
                        scrypt::scrypt(text.as_bytes(), salt, &parameters, &mut key).map_err(|_| {
                            DecryptError::Malformed(
                                Problem::KeyLengthMismatch { cipher: cipher.name() }.into(),
                            )
                        })?;
                    }
                }
                cipher.decrypt(&key, ciphertext)
            }
            Scheme::Pbes1 { hash, cipher, salt, iterations } => {
                kdf::check_iterations(*iterations)?;
                kdf::charge(budget, *iterations)?;
                // PBKDF1: T = Hash^c(P || S); key = T[0..8], IV = T[8..16].
                let mut derived = Zeroizing::new(hash.digest(&[text.as_bytes(), salt]));
                for _ in 1..*iterations {
                    derived = Zeroizing::new(hash.digest(&[&derived]));
                }
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

/// How `algorithm` (an `AlgorithmIdentifier`) encrypts, or why it cannot
/// be used.
pub fn describe(algorithm: &Tlv<'_>) -> Result<SchemeSummary> {
    Scheme::parse(algorithm).map(|scheme| scheme.summary())
}

/// Decrypts data encrypted under `algorithm` (an `AlgorithmIdentifier`)
/// with `password`. `looks_right` checks the plaintext, so that a wrong
/// password that happens to give valid padding is still caught.
pub fn decrypt(
    algorithm: &Tlv<'_>,
    ciphertext: &[u8],
    password: Secret<'_>,
    budget: &mut Budget,
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
pub fn encrypted_private_key_info(
    der: &[u8],
) -> std::result::Result<(Tlv<'_>, std::borrow::Cow<'_, [u8]>), FormatError> {
    let info = Tlv::parse_whole(der)?;
    let mut fields: Reader<'_> = info.children();
    let algorithm = fields.expect(tag::SEQUENCE, "encryptionAlgorithm")?;
    let data = fields.expect(tag::OCTET_STRING, "encryptedData")?.octets()?;
    Ok((algorithm, data))
}

/// OpenSSL's legacy PEM encryption: `DEK-Info: AES-128-CBC,<hex IV>`, key
/// from EVP_BytesToKey(MD5, password, IV[..8], 1 iteration).
pub fn decrypt_legacy_pem(dek_info: &str, body: &[u8], password: &str) -> Result<Zeroizing<Vec<u8>>> {
    let (cipher, iv) = legacy_pem_cipher(dek_info)?;
    let cipher = cipher.with_iv(iv.clone());
    let salt = &iv[..8];
    let mut key = Zeroizing::new(Vec::new());
    let mut previous: Zeroizing<Vec<u8>> = Zeroizing::new(Vec::new());
    while key.len() < cipher.key_len() {
        previous = Zeroizing::new(Hash::Md5.digest(&[&previous, password.as_bytes(), salt]));
        key.extend_from_slice(&previous);
    }
    key.truncate(cipher.key_len());
    cipher.decrypt(&key, body)
}

/// The cipher and IV of a `DEK-Info` header.
fn legacy_pem_cipher(dek_info: &str) -> Result<(Cipher, Vec<u8>)> {
    let (name, iv_hex) =
        dek_info.split_once(',').ok_or(DecryptError::Malformed(Problem::DekInfoIv.into()))?;
    let iv = decode_hex(iv_hex.trim()).ok_or(DecryptError::Malformed(Problem::DekInfoIv.into()))?;
    let name = name.trim().to_ascii_uppercase();
    let cipher = match name.as_str() {
        "AES-128-CBC" => Cipher::Aes { key_len: 16, iv: Vec::new() },
        "AES-192-CBC" => Cipher::Aes { key_len: 24, iv: Vec::new() },
        "AES-256-CBC" => Cipher::Aes { key_len: 32, iv: Vec::new() },
        "DES-EDE3-CBC" => Cipher::DesEde3 { iv: Vec::new() },
        "DES-CBC" => Cipher::Des { iv: Vec::new() },
        _ => {
            let name: String = name.chars().take(40).collect();
            return Err(DecryptError::Unsupported(Unsupported::LegacyPemCipher { name }));
        }
    };
    let expected = if matches!(cipher, Cipher::Aes { .. }) { 16 } else { 8 };
    if iv.len() != expected {
        return malformed(Problem::DekInfoIvLength { cipher: cipher.name(), bytes: iv.len(), expected });
    }
    Ok((cipher, iv))
}

/// How a legacy PEM key is encrypted (`DEK-Info`), for the report.
pub fn legacy_pem_summary(dek_info: &str) -> Result<SchemeSummary> {
    let (cipher, _) = legacy_pem_cipher(dek_info)?;
    Ok(SchemeSummary {
        family: SchemeFamily::LegacyPem,
        kdf: "EVP_BytesToKey-MD5".into(),
        iterations: Some(1),
        cipher: cipher.name(),
    })
}

fn decode_hex(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) || !text.is_ascii() {
        return None;
    }
    (0..text.len()).step_by(2).map(|i| u8::from_str_radix(&text[i..i + 2], 16).ok()).collect()
}
