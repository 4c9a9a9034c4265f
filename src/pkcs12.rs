//! PKCS#12 / PFX files (RFC 7292), as exported by OpenSSL, Windows, macOS,
//! Java and Firefox.
//!
//! The integrity MAC tells whether a password is right. Encrypted parts use
//! the PKCS#12 PBE schemes (3DES, RC2-40 in older exports) or PBES2 (AES in
//! current ones); see [`crate::encryption`]. The certificates and private
//! keys inside come out as DER and are analysed like any other input.

use zeroize::Zeroizing;

use crate::ber::{tag, Tlv};
use crate::encryption::{self, DecryptError, Hash, Secret, WorkBudget};

mod oid {
    pub const DATA: &str = "1.2.840.113549.1.7.1";
    pub const ENCRYPTED_DATA: &str = "1.2.840.113549.1.7.6";
    pub const ENVELOPED_DATA: &str = "1.2.840.113549.1.7.3";
    pub const KEY_BAG: &str = "1.2.840.113549.1.12.10.1.1";
    pub const SHROUDED_KEY_BAG: &str = "1.2.840.113549.1.12.10.1.2";
    pub const CERT_BAG: &str = "1.2.840.113549.1.12.10.1.3";
    pub const CRL_BAG: &str = "1.2.840.113549.1.12.10.1.4";
    pub const SAFE_CONTENTS_BAG: &str = "1.2.840.113549.1.12.10.1.6";
    pub const X509_CERTIFICATE: &str = "1.2.840.113549.1.9.22.1";
    pub const X509_CRL: &str = "1.2.840.113549.1.9.23.1";
    pub const FRIENDLY_NAME: &str = "1.2.840.113549.1.9.20";
    pub const PBMAC1: &str = "1.2.840.113549.1.5.14";
}

/// Nested SafeContents bags deeper than this are refused.
const MAX_BAG_NESTING: usize = 4;

/// What a PKCS#12 file held.
#[derive(Default)]
pub struct Contents {
    pub certificates: Vec<Vec<u8>>,
    /// PKCS#8 `PrivateKeyInfo`, decrypted.
    pub keys: Vec<Zeroizing<Vec<u8>>>,
    pub crls: Vec<Vec<u8>>,
    pub friendly_names: Vec<String>,
    /// How the file was protected, for the report ("MAC HMAC-SHA-256, …").
    pub protection: Vec<String>,
    /// Parts that could not be read and why (the rest is still returned).
    pub problems: Vec<String>,
}

impl std::fmt::Debug for Contents {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Contents")
            .field("certificates", &self.certificates.len())
            .field("keys", &format_args!("{} (redacted)", self.keys.len()))
            .field("protection", &self.protection)
            .finish_non_exhaustive()
    }
}

/// Why a PKCS#12 file could not be opened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Pkcs12Error {
    Malformed(String),
    /// Encrypted or MAC-protected, and no password was given.
    PasswordRequired,
    /// None of the given passwords (count) opened it.
    PasswordIncorrect {
        tried: usize,
    },
    Unsupported(String),
    Limit {
        what: &'static str,
        value: u64,
        maximum: u64,
    },
}

impl From<crate::ber::BerError> for Pkcs12Error {
    fn from(error: crate::ber::BerError) -> Self {
        Pkcs12Error::Malformed(error.0)
    }
}

impl From<DecryptError> for Pkcs12Error {
    fn from(error: DecryptError) -> Self {
        match error {
            DecryptError::Malformed(reason) => Pkcs12Error::Malformed(reason),
            DecryptError::Unsupported(what) => Pkcs12Error::Unsupported(what),
            DecryptError::WrongPassword => Pkcs12Error::PasswordIncorrect { tried: 1 },
            DecryptError::Limit { what, value, maximum } => Pkcs12Error::Limit { what, value, maximum },
        }
    }
}

type Result<T> = std::result::Result<T, Pkcs12Error>;

/// True if `der` is shaped like a PFX: SEQUENCE { INTEGER 3, ContentInfo … }.
pub fn looks_like_pfx(der: &[u8]) -> bool {
    let Ok(pfx) = Tlv::parse_whole(der) else { return false };
    let mut fields = pfx.children();
    let version = fields.expect(tag::INTEGER, "version").and_then(|v| v.small_uint());
    let content_info = fields.expect(tag::SEQUENCE, "authSafe");
    matches!(version, Ok(3)) && content_info.is_ok()
}

/// Opens a PFX with the first password that works. `passwords` are the
/// user's; the empty password is always tried too, since "no password"
/// exports use it.
pub fn open(der: &[u8], passwords: &[&str], budget: &mut WorkBudget) -> Result<Contents> {
    let pfx = Tlv::parse_whole(der)?;
    let mut fields = pfx.children();
    let version = fields.expect(tag::INTEGER, "PFX version")?.small_uint()?;
    if version != 3 {
        return Err(Pkcs12Error::Malformed(format!("PFX version {version}, expected 3")));
    }
    let auth_safe = fields.expect(tag::SEQUENCE, "authSafe")?;
    let mac_data = fields.optional(tag::SEQUENCE)?;

    let (content_type, content) = content_info(&auth_safe)?;
    if content_type != oid::DATA {
        return Err(Pkcs12Error::Unsupported(format!(
            "PFX protected with public-key integrity ({content_type}); only password integrity is supported"
        )));
    }
    let auth_safe_bytes = content.ok_or_else(|| Pkcs12Error::Malformed("empty authSafe".into()))?;
    let auth_safe_bytes = Tlv::parse_whole(auth_safe_bytes)?.octets()?.into_owned();

    let mut candidates: Vec<&str> = passwords.to_vec();
    if !candidates.contains(&"") {
        candidates.push("");
    }
    let mut protection = Vec::new();
    let password: Option<&str> = match mac_data {
        Some(mac_data) => {
            let mac = Mac::parse(&mac_data)?;
            protection.push(mac.describe());
            let mut found = None;
            for candidate in &candidates {
                if mac.verify(candidate, &auth_safe_bytes, budget)? {
                    found = Some(*candidate);
                    break;
                }
            }
            match found {
                Some(password) => Some(password),
                None if passwords.is_empty() => return Err(Pkcs12Error::PasswordRequired),
                None => return Err(Pkcs12Error::PasswordIncorrect { tried: passwords.len() }),
            }
        }
        None => {
            protection.push("no integrity MAC".into());
            None
        }
    };

    let mut contents = Contents { protection, ..Contents::default() };
    let safe = Tlv::parse_whole(&auth_safe_bytes)?;
    let mut infos = safe.children();
    while !infos.is_empty() {
        let info = infos.expect(tag::SEQUENCE, "ContentInfo")?;
        let (content_type, content) = content_info(&info)?;
        let Some(content) = content else { continue };
        match content_type.as_str() {
            oid::DATA => {
                let bags = Tlv::parse_whole(content)?.octets()?.into_owned();
                read_bags(&bags, password, &candidates, passwords.len(), budget, &mut contents, 0)?;
            }
            oid::ENCRYPTED_DATA => {
                let encrypted = Tlv::parse_whole(content)?;
                let mut parts = encrypted.children();
                parts.expect(tag::INTEGER, "EncryptedData version")?;
                let encrypted_content_info = parts.expect(tag::SEQUENCE, "EncryptedContentInfo")?;
                let mut info_parts = encrypted_content_info.children();
                info_parts.expect(tag::OID, "contentType")?;
                let algorithm = info_parts.expect(tag::SEQUENCE, "contentEncryptionAlgorithm")?;
                let Some(ciphertext) = info_parts.optional(tag::context_primitive(0))? else { continue };
                let ciphertext = ciphertext.octets()?;
                contents.protection.push(format!("certificates: {}", encryption::describe(&algorithm)));
                let plaintext =
                    decrypt_with(&algorithm, &ciphertext, password, &candidates, passwords.len(), budget)?;
                read_bags(&plaintext, password, &candidates, passwords.len(), budget, &mut contents, 0)?;
            }
            oid::ENVELOPED_DATA => {
                contents.problems.push("a part encrypted to a public key (EnvelopedData) was skipped".into());
            }
            other => contents.problems.push(format!("a part of unknown type {other} was skipped")),
        }
    }
    Ok(contents)
}

/// Reads `ContentInfo ::= SEQUENCE { contentType OID, content [0] EXPLICIT ANY OPTIONAL }`.
fn content_info<'a>(info: &Tlv<'a>) -> Result<(String, Option<&'a [u8]>)> {
    let mut fields = info.children();
    let content_type = fields.expect(tag::OID, "contentType")?.oid()?;
    let content = fields.optional(tag::context(0))?.map(|explicit| explicit.contents);
    Ok((content_type, content))
}

/// Decrypts with the password the MAC confirmed, or, in a file without a
/// MAC, with each candidate until one gives a readable result.
fn decrypt_with(
    algorithm: &Tlv<'_>,
    ciphertext: &[u8],
    confirmed: Option<&str>,
    candidates: &[&str],
    given: usize,
    budget: &mut WorkBudget,
) -> Result<Zeroizing<Vec<u8>>> {
    let is_sequence =
        |plaintext: &[u8]| Tlv::parse_whole(plaintext).is_ok_and(|tlv| tlv.tag == tag::SEQUENCE);
    if let Some(password) = confirmed {
        let mut result =
            encryption::decrypt(algorithm, ciphertext, Secret::Text(password), budget, is_sequence);
        if password.is_empty() && result == Err(DecryptError::WrongPassword) {
            result = encryption::decrypt(algorithm, ciphertext, Secret::Absent, budget, is_sequence);
        }
        return result.map_err(|error| match error {
            // The MAC accepted the password, so a bad result is a broken file.
            DecryptError::WrongPassword => Pkcs12Error::Malformed(
                "a part does not decrypt with the password that the MAC accepts".into(),
            ),
            other => other.into(),
        });
    }
    for candidate in candidates {
        match encryption::decrypt(algorithm, ciphertext, Secret::Text(candidate), budget, is_sequence) {
            Ok(plaintext) => return Ok(plaintext),
            Err(DecryptError::WrongPassword) => continue,
            Err(other) => return Err(other.into()),
        }
    }
    if given == 0 {
        Err(Pkcs12Error::PasswordRequired)
    } else {
        Err(Pkcs12Error::PasswordIncorrect { tried: given })
    }
}

fn read_bags(
    safe_contents: &[u8],
    password: Option<&str>,
    candidates: &[&str],
    given: usize,
    budget: &mut WorkBudget,
    contents: &mut Contents,
    depth: usize,
) -> Result<()> {
    if depth > MAX_BAG_NESTING {
        return Err(Pkcs12Error::Malformed("SafeContents nested too deeply".into()));
    }
    let bags = Tlv::parse_whole(safe_contents)?;
    let mut reader = bags.children();
    while !reader.is_empty() {
        let bag = reader.expect(tag::SEQUENCE, "SafeBag")?;
        let mut fields = bag.children();
        let bag_type = fields.expect(tag::OID, "bagId")?.oid()?;
        let value = fields.expect(tag::context(0), "bagValue")?;
        if let Some(attributes) = fields.optional(tag::SET)? {
            collect_friendly_names(&attributes, contents);
        }
        let value = Tlv::parse_whole(value.contents)?;
        match bag_type.as_str() {
            oid::KEY_BAG => contents.keys.push(Zeroizing::new(value.raw.to_vec())),
            oid::SHROUDED_KEY_BAG => {
                let (algorithm, ciphertext) = encryption::encrypted_private_key_info(value.raw)?;
                contents.protection.push(format!("key: {}", encryption::describe(&algorithm)));
                let key = decrypt_with(&algorithm, &ciphertext, password, candidates, given, budget)?;
                contents.keys.push(key);
            }
            oid::CERT_BAG | oid::CRL_BAG => {
                let mut parts = value.children();
                let kind = parts.expect(tag::OID, "certId")?.oid()?;
                let inner = parts.expect(tag::context(0), "certValue")?;
                let der = Tlv::parse_whole(inner.contents)?.octets()?.into_owned();
                match kind.as_str() {
                    oid::X509_CERTIFICATE => contents.certificates.push(der),
                    oid::X509_CRL => contents.crls.push(der),
                    other => contents.problems.push(format!("a certificate of type {other} was skipped")),
                }
            }
            oid::SAFE_CONTENTS_BAG => {
                read_bags(value.raw, password, candidates, given, budget, contents, depth + 1)?;
            }
            _ => contents.problems.push(format!("a bag of type {bag_type} was skipped")),
        }
    }
    Ok(())
}

fn collect_friendly_names(attributes: &Tlv<'_>, contents: &mut Contents) {
    let mut reader = attributes.children();
    while let Ok(attribute) = reader.read() {
        let mut fields = attribute.children();
        let Ok(kind) = fields.read().and_then(|oid| oid.oid()) else { continue };
        if kind != oid::FRIENDLY_NAME {
            continue;
        }
        let Ok(values) = fields.read() else { continue };
        let mut values = values.children();
        while let Ok(value) = values.read() {
            if let Ok(bytes) = value.octets() {
                let units: Vec<u16> =
                    bytes.chunks_exact(2).map(|pair| u16::from_be_bytes([pair[0], pair[1]])).collect();
                contents.friendly_names.push(String::from_utf16_lossy(&units));
            }
        }
    }
}

/// The integrity MAC (RFC 7292 §4 `MacData`, or PBMAC1 from RFC 9579).
struct Mac {
    hash: Hash,
    digest: Vec<u8>,
    salt: Vec<u8>,
    iterations: u64,
    /// PBMAC1: PBKDF2 parameters (salt, iterations, key length, PRF).
    pbmac1: Option<(Vec<u8>, u64, usize, Hash)>,
}

impl Mac {
    fn parse(mac_data: &Tlv<'_>) -> Result<Self> {
        let mut fields = mac_data.children();
        let digest_info = fields.expect(tag::SEQUENCE, "DigestInfo")?;
        let salt = fields.expect(tag::OCTET_STRING, "macSalt")?.octets()?.into_owned();
        let iterations = match fields.optional(tag::INTEGER)? {
            Some(count) => count.small_uint()?,
            None => 1,
        };
        let mut parts = digest_info.children();
        let algorithm = parts.expect(tag::SEQUENCE, "digestAlgorithm")?;
        let digest = parts.expect(tag::OCTET_STRING, "digest")?.octets()?.into_owned();
        let mut algorithm_fields = algorithm.children();
        let algorithm_oid = algorithm_fields.expect(tag::OID, "digest algorithm")?.oid()?;
        if algorithm_oid == oid::PBMAC1 {
            let parameters = algorithm_fields.expect(tag::SEQUENCE, "PBMAC1 parameters")?;
            let mut parameter_fields = parameters.children();
            let kdf = parameter_fields.expect(tag::SEQUENCE, "keyDerivationFunc")?;
            let scheme = parameter_fields.expect(tag::SEQUENCE, "messageAuthScheme")?;
            let mut kdf_fields = kdf.children();
            kdf_fields.expect(tag::OID, "KDF")?;
            let kdf_parameters = kdf_fields.expect(tag::SEQUENCE, "PBKDF2 parameters")?;
            let mut p = kdf_parameters.children();
            let kdf_salt = p.expect(tag::OCTET_STRING, "salt")?.octets()?.into_owned();
            let kdf_iterations = p.expect(tag::INTEGER, "iterations")?.small_uint()?;
            let key_len = p.expect(tag::INTEGER, "keyLength")?.small_uint()?.min(64) as usize;
            let prf = match p.optional(tag::SEQUENCE)? {
                Some(prf) => Hash::from_hmac_oid(&prf.children().expect(tag::OID, "PRF")?.oid()?)?,
                None => Hash::Sha1,
            };
            let hash = Hash::from_hmac_oid(&scheme.children().expect(tag::OID, "MAC")?.oid()?)?;
            return Ok(Mac {
                hash,
                digest,
                salt,
                iterations,
                pbmac1: Some((kdf_salt, kdf_iterations, key_len, prf)),
            });
        }
        let hash = Hash::from_digest_oid(&algorithm_oid)?;
        Ok(Mac { hash, digest, salt, iterations, pbmac1: None })
    }

    fn describe(&self) -> String {
        match &self.pbmac1 {
            Some((_, iterations, _, prf)) => format!(
                "integrity: PBMAC1 (HMAC-{}, PBKDF2-HMAC-{}, {iterations} iterations)",
                self.hash.name(),
                prf.name()
            ),
            None => format!("integrity: HMAC-{} MAC, {} iterations", self.hash.name(), self.iterations),
        }
    }

    fn verify(&self, password: &str, data: &[u8], budget: &mut WorkBudget) -> Result<bool> {
        let key = match &self.pbmac1 {
            Some((salt, iterations, key_len, prf)) => {
                let mut key = Zeroizing::new(vec![0u8; *key_len]);
                crate::encryption::pbkdf2_checked(
                    *prf,
                    password.as_bytes(),
                    salt,
                    *iterations,
                    &mut key,
                    budget,
                )?;
                key
            }
            None => {
                let bmp = encryption::bmp_password(password);
                let key = encryption::pkcs12_kdf(
                    self.hash,
                    &bmp,
                    &self.salt,
                    3,
                    self.iterations,
                    self.hash.output_len(),
                    budget,
                )?;
                if self.hash.hmac(&key, data) == self.digest {
                    return Ok(true);
                }
                if !password.is_empty() {
                    return Ok(false);
                }
                // Some tools encode the empty password as no bytes at all.
                encryption::pkcs12_kdf(
                    self.hash,
                    &[],
                    &self.salt,
                    3,
                    self.iterations,
                    self.hash.output_len(),
                    budget,
                )?
            }
        };
        Ok(self.hash.hmac(&key, data) == self.digest)
    }
}
