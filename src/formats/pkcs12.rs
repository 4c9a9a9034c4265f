//! PKCS#12 / PFX files (RFC 7292), as exported by OpenSSL, Windows, macOS,
//! Java and Firefox.
//!
//! The integrity MAC tells whether a password is right. Encrypted parts use
//! the PKCS#12 PBE schemes (3DES, RC2-40 in older exports) or PBES2 (AES in
//! current ones); see [`super::encryption`]. The certificates and private
//! keys inside come out as DER and are analysed like any other input.

use serde::Serialize;
use zeroize::Zeroizing;

use super::ber::{tag, Tlv};
use super::encryption::{self, DecryptError, KdfLimit, SchemeSummary, Secret, Unsupported};
use super::hash::Hash;
use super::{oid, FormatError, Problem};
use crate::budget::{Budget, MAX_CERTIFICATES, MAX_CRLS, MAX_KEYS};

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
    /// How the file was protected, for the report.
    pub protection: Vec<Protection>,
    /// Parts that were skipped (the rest is still returned).
    pub skipped: Vec<SkippedPart>,
}

/// One layer of a PKCS#12 file's protection.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "transfer", derive(bincode::Encode, bincode::Decode))]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Protection {
    /// RFC 7292's HMAC with a PKCS#12-KDF key.
    Mac { hash: String, iterations: u64 },
    /// RFC 9579's PBMAC1: HMAC with a PBKDF2 key.
    Pbmac1 { hash: String, prf: String, iterations: u64 },
    /// No integrity MAC at all.
    NoMac,
    /// How the certificates were encrypted.
    Certificates { scheme: SchemeSummary },
    /// How a private key was encrypted.
    Key { scheme: SchemeSummary },
}

/// A part of a PKCS#12 file that was not read.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "transfer", derive(bincode::Encode, bincode::Decode))]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum SkippedPart {
    /// Encrypted to a public key (EnvelopedData): no password opens it.
    EnvelopedData,
    /// A content type other than data, encryptedData and envelopedData.
    Content { oid: String },
    /// A certificate bag holding something other than an X.509 certificate or CRL.
    CertificateType { oid: String },
    /// A bag type the format does not define.
    Bag { oid: String },
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
    Malformed(FormatError),
    /// Encrypted or MAC-protected, and no password was given.
    PasswordRequired,
    /// None of the given passwords (count) opened it.
    PasswordIncorrect {
        tried: usize,
    },
    Unsupported(Unsupported),
    Limit {
        limit: KdfLimit,
        value: u64,
        maximum: u64,
    },
}

impl From<FormatError> for Pkcs12Error {
    fn from(error: FormatError) -> Self {
        Pkcs12Error::Malformed(error)
    }
}

impl From<DecryptError> for Pkcs12Error {
    fn from(error: DecryptError) -> Self {
        match error {
            DecryptError::Malformed(reason) => Pkcs12Error::Malformed(reason),
            DecryptError::Unsupported(what) => Pkcs12Error::Unsupported(what),
            DecryptError::WrongPassword => Pkcs12Error::PasswordIncorrect { tried: 1 },
            DecryptError::Limit { limit, value, maximum } => Pkcs12Error::Limit { limit, value, maximum },
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
pub fn open(der: &[u8], passwords: &[&str], budget: &mut Budget) -> Result<Contents> {
    let pfx = Tlv::parse_whole(der)?;
    let mut fields = pfx.children();
    let version_field = fields.expect(tag::INTEGER, "version")?;
    let version = version_field.small_uint()?;
    if version != 3 {
        let problem = Problem::UnsupportedVersion { field: crate::label::Label("PFX.version"), found: version };
        return Err(Pkcs12Error::Malformed(FormatError::at(version_field.offset, problem)));
    }
    let auth_safe = fields.expect(tag::SEQUENCE, "authSafe")?;
    let mac_data = fields.optional(tag::SEQUENCE)?;
    let (content_type, content) = content_info(&auth_safe)?;
    if content_type != oid::DATA {
        return Err(Pkcs12Error::Unsupported(Unsupported::PublicKeyIntegrity { content_type }));
    }
    let empty =
        || Pkcs12Error::Malformed(FormatError::at(auth_safe.offset, Problem::Empty { field: crate::label::Label("authSafe") }));
    // Unencrypted key bags are in here: wiped when dropped.
    let auth_safe_bytes =
        Zeroizing::new(Tlv::parse_whole(content.ok_or_else(empty)?)?.octets()?.into_owned());
    let mut candidates: Vec<&str> = passwords.to_vec();
    if !candidates.contains(&"") {
        candidates.push("");
    }
    let (password, protection) = match mac_data {
        Some(mac_data) => {
            let mac = Mac::parse(&mac_data)?;
            (Some(mac.password(&candidates, passwords.len(), &auth_safe_bytes, budget)?), mac.protection())
        }
        None => (None, Protection::NoMac),
    };
    let mut opener = Opener {
        password,
        candidates,
        given: passwords.len(),
        budget,
        contents: Contents { protection: vec![protection], ..Contents::default() },
    };
    opener.read_safe(&auth_safe_bytes)?;
    Ok(opener.contents)
}

/// Reads `ContentInfo ::= SEQUENCE { contentType OID, content [0] EXPLICIT ANY OPTIONAL }`.
fn content_info<'a>(info: &Tlv<'a>) -> Result<(String, Option<&'a [u8]>)> {
    let mut fields = info.children();
    let content_type = fields.expect(tag::OID, "contentType")?.oid()?;
    let content = fields.optional(tag::context(0))?.map(|explicit| explicit.contents);
    Ok((content_type, content))
}

/// What opening a PFX needs once its MAC is checked.
struct Opener<'a, 'b> {
    /// The password the MAC accepted, if the file has a MAC.
    password: Option<&'a str>,
    /// Every password to try (the user's and the empty one).
    candidates: Vec<&'a str>,
    /// How many the user gave.
    given: usize,
    budget: &'b mut Budget,
    contents: Contents,
}

impl Opener<'_, '_> {
    /// The AuthenticatedSafe: a sequence of ContentInfo, plain or encrypted.
    fn read_safe(&mut self, auth_safe: &[u8]) -> Result<()> {
        let safe = Tlv::parse_whole(auth_safe)?;
        let mut infos = safe.children();
        while !infos.is_empty() {
            let info = infos.expect(tag::SEQUENCE, "ContentInfo")?;
            let (content_type, content) = content_info(&info)?;
            let Some(content) = content else { continue };
            match content_type.as_str() {
                oid::DATA => {
                    let bags = Zeroizing::new(Tlv::parse_whole(content)?.octets()?.into_owned());
                    self.read_bags(&bags, 0)?;
                }
                oid::ENCRYPTED_DATA => self.read_encrypted(content)?,
                oid::ENVELOPED_DATA => self.contents.skipped.push(SkippedPart::EnvelopedData),
                other => self.contents.skipped.push(SkippedPart::Content { oid: other.to_string() }),
            }
        }
        Ok(())
    }

    /// An EncryptedData ContentInfo: usually the certificates.
    fn read_encrypted(&mut self, content: &[u8]) -> Result<()> {
        let encrypted = Tlv::parse_whole(content)?;
        let mut parts = encrypted.children();
        parts.expect(tag::INTEGER, "version")?;
        let encrypted_content_info = parts.expect(tag::SEQUENCE, "EncryptedContentInfo")?;
        let mut info_parts = encrypted_content_info.children();
        info_parts.expect(tag::OID, "contentType")?;
        let algorithm = info_parts.expect(tag::SEQUENCE, "contentEncryptionAlgorithm")?;
        let Some(ciphertext) = info_parts.optional(tag::context_primitive(0))? else { return Ok(()) };
        let ciphertext = ciphertext.octets()?;
        if let Ok(scheme) = encryption::describe(&algorithm) {
            self.contents.protection.push(Protection::Certificates { scheme });
        }
        let plaintext = self.decrypt(&algorithm, &ciphertext)?;
        self.read_bags(&plaintext, 0)
    }

    /// Decrypts with the password the MAC confirmed, or, in a file without a
    /// MAC, with each candidate until one gives a readable result.
    fn decrypt(&mut self, algorithm: &Tlv<'_>, ciphertext: &[u8]) -> Result<Zeroizing<Vec<u8>>> {
        let is_sequence =
            |plaintext: &[u8]| Tlv::parse_whole(plaintext).is_ok_and(|tlv| tlv.tag == tag::SEQUENCE);
        if let Some(password) = self.password {
            let mut result =
                encryption::decrypt(algorithm, ciphertext, Secret::Text(password), self.budget, is_sequence);
            if password.is_empty() && result == Err(DecryptError::WrongPassword) {
                result = encryption::decrypt(algorithm, ciphertext, Secret::Absent, self.budget, is_sequence);
            }
            return result.map_err(|error| match error {
                // The MAC accepted the password, so a bad result is a broken file.
                DecryptError::WrongPassword => {
                    Pkcs12Error::Malformed(Problem::MacAcceptedButDecryptionFailed.into())
                }
                other => other.into(),
            });
        }
        for candidate in &self.candidates {
            match encryption::decrypt(
                algorithm,
                ciphertext,
                Secret::Text(candidate),
                self.budget,
                is_sequence,
            ) {
                Ok(plaintext) => return Ok(plaintext),
                Err(DecryptError::WrongPassword) => continue,
                Err(other) => return Err(other.into()),
            }
        }
        if self.given == 0 {
            Err(Pkcs12Error::PasswordRequired)
        } else {
            Err(Pkcs12Error::PasswordIncorrect { tried: self.given })
        }
    }

    /// SafeContents: a sequence of bags.
    fn read_bags(&mut self, safe_contents: &[u8], depth: usize) -> Result<()> {
        if depth > MAX_BAG_NESTING {
            return Err(Pkcs12Error::Malformed(Problem::BagsTooDeep { limit: MAX_BAG_NESTING }.into()));
        }
        let bags = Tlv::parse_whole(safe_contents)?;
        let mut reader = bags.children();
        while !reader.is_empty() {
            let bag = reader.expect(tag::SEQUENCE, "SafeBag")?;
            let mut fields = bag.children();
            let bag_type = fields.expect(tag::OID, "bagId")?.oid()?;
            let value = fields.expect(tag::context(0), "bagValue")?;
            if let Some(attributes) = fields.optional(tag::SET)? {
                collect_friendly_names(&attributes, &mut self.contents);
            }
            self.read_bag(&bag_type, &Tlv::parse_whole(value.contents)?, depth)?;
        }
        Ok(())
    }

    fn read_bag(&mut self, bag_type: &str, value: &Tlv<'_>, depth: usize) -> Result<()> {
        match bag_type {
            // Beyond the engine's limits nothing is read (or decrypted): it
            // would only be refused.
            oid::KEY_BAG | oid::SHROUDED_KEY_BAG if self.contents.keys.len() > MAX_KEYS => {}
            oid::CERT_BAG if self.contents.certificates.len() > MAX_CERTIFICATES => {}
            oid::CRL_BAG if self.contents.crls.len() > MAX_CRLS => {}
            oid::KEY_BAG => self.contents.keys.push(Zeroizing::new(value.raw.to_vec())),
            oid::SHROUDED_KEY_BAG => {
                let (algorithm, ciphertext) = encryption::encrypted_private_key_info(value.raw)?;
                if let Ok(scheme) = encryption::describe(&algorithm) {
                    self.contents.protection.push(Protection::Key { scheme });
                }
                let key = self.decrypt(&algorithm, &ciphertext)?;
                self.contents.keys.push(key);
            }
            oid::CERT_BAG | oid::CRL_BAG => {
                let mut parts = value.children();
                let kind = parts.expect(tag::OID, "certId")?.oid()?;
                let inner = parts.expect(tag::context(0), "certValue")?;
                let der = Tlv::parse_whole(inner.contents)?.octets()?.into_owned();
                match kind.as_str() {
                    oid::X509_CERTIFICATE => self.contents.certificates.push(der),
                    oid::X509_CRL => self.contents.crls.push(der),
                    other => {
                        self.contents.skipped.push(SkippedPart::CertificateType { oid: other.to_string() })
                    }
                }
            }
            oid::SAFE_CONTENTS_BAG => self.read_bags(value.raw, depth + 1)?,
            _ => self.contents.skipped.push(SkippedPart::Bag { oid: bag_type.to_string() }),
        }
        Ok(())
    }
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
    /// PBMAC1's key derivation, instead of the PKCS#12 KDF.
    pbmac1: Option<Pbkdf2Parameters>,
}

/// PBKDF2 as PBMAC1 uses it (RFC 9579 §2).
struct Pbkdf2Parameters {
    salt: Vec<u8>,
    iterations: u64,
    key_len: usize,
    prf: Hash,
}

fn hmac_hash(oid: String) -> Result<Hash> {
    Hash::from_hmac_oid(&oid).ok_or(Pkcs12Error::Unsupported(Unsupported::Prf { oid }))
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
        let algorithm_oid = algorithm_fields.expect(tag::OID, "algorithm")?.oid()?;
        if algorithm_oid == oid::PBMAC1 {
            let parameters = algorithm_fields.expect(tag::SEQUENCE, "PBMAC1-params")?;
            let mut parameter_fields = parameters.children();
            let kdf = parameter_fields.expect(tag::SEQUENCE, "keyDerivationFunc")?;
            let scheme = parameter_fields.expect(tag::SEQUENCE, "messageAuthScheme")?;
            let mut kdf_fields = kdf.children();
            kdf_fields.expect(tag::OID, "algorithm")?;
            let kdf_parameters = kdf_fields.expect(tag::SEQUENCE, "PBKDF2-params")?;
            let mut p = kdf_parameters.children();
            let kdf_salt = p.expect(tag::OCTET_STRING, "salt")?.octets()?.into_owned();
            let kdf_iterations = p.expect(tag::INTEGER, "iterationCount")?.small_uint()?;
            // min(64) first: the value then fits in any usize.
            let key_len = p.expect(tag::INTEGER, "keyLength")?.small_uint()?.min(64) as usize;
            let prf = match p.optional(tag::SEQUENCE)? {
                Some(prf) => hmac_hash(prf.children().expect(tag::OID, "prf")?.oid()?)?,
                None => Hash::Sha1,
            };
            let hash = hmac_hash(scheme.children().expect(tag::OID, "messageAuthScheme")?.oid()?)?;
            let pbmac1 = Pbkdf2Parameters { salt: kdf_salt, iterations: kdf_iterations, key_len, prf };
            return Ok(Mac { hash, digest, salt, iterations, pbmac1: Some(pbmac1) });
        }
        let hash = Hash::from_digest_oid(&algorithm_oid)
            .ok_or(Pkcs12Error::Unsupported(Unsupported::MacDigest { oid: algorithm_oid }))?;
        Ok(Mac { hash, digest, salt, iterations, pbmac1: None })
    }

    /// The first of `candidates` the MAC accepts.
    fn password<'a>(
        &self,
        candidates: &[&'a str],
        given: usize,
        data: &[u8],
        budget: &mut Budget,
    ) -> Result<&'a str> {
        for candidate in candidates {
            if self.verify(candidate, data, budget)? {
                return Ok(candidate);
            }
        }
        if given == 0 {
            Err(Pkcs12Error::PasswordRequired)
        } else {
            Err(Pkcs12Error::PasswordIncorrect { tried: given })
        }
    }

    fn protection(&self) -> Protection {
        match &self.pbmac1 {
            Some(kdf) => Protection::Pbmac1 {
                hash: self.hash.name().to_string(),
                prf: kdf.prf.name().to_string(),
                iterations: kdf.iterations,
            },
            None => Protection::Mac { hash: self.hash.name().to_string(), iterations: self.iterations },
        }
    }

    fn verify(&self, password: &str, data: &[u8], budget: &mut Budget) -> Result<bool> {
        let key = match &self.pbmac1 {
            Some(kdf) => {
                let mut key = Zeroizing::new(vec![0u8; kdf.key_len]);
                encryption::pbkdf2_checked(
                    kdf.prf,
                    password.as_bytes(),
                    &kdf.salt,
                    kdf.iterations,
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::formats::ber::encode::{null, oid as oid_der, sequence, tlv, unsigned_integer};

    fn algorithm(oid: &str, parameters: &[u8]) -> Vec<u8> {
        sequence(&[&oid_der(oid), parameters])
    }

    /// `MacData` with a digest algorithm, a 20-byte digest, a salt and an
    /// iteration count.
    fn mac_data(digest_algorithm: &[u8], iterations: Option<u64>) -> Vec<u8> {
        let digest_info = sequence(&[digest_algorithm, &tlv(tag::OCTET_STRING, &[7; 20])]);
        let mut parts = vec![digest_info, tlv(tag::OCTET_STRING, b"saltsalt")];
        if let Some(count) = iterations {
            parts.push(unsigned_integer(&count.to_be_bytes()));
        }
        sequence(&parts.iter().map(Vec::as_slice).collect::<Vec<_>>())
    }

    fn pbmac1(prf: &str, mac: &str) -> Vec<u8> {
        let pbkdf2 = sequence(&[
            &tlv(tag::OCTET_STRING, b"kdfsalt"),
            &unsigned_integer(&[0x27, 0x10]),
            &unsigned_integer(&[32]),
            &algorithm(prf, &null()),
        ]);
        let parameters = sequence(&[&algorithm(oid::PBKDF2, &pbkdf2), &algorithm(mac, &null())]);
        algorithm(oid::PBMAC1, &parameters)
    }

    #[test]
    fn the_mac_and_its_key_derivation_are_read_from_mac_data() {
        let cases: Vec<(&str, Vec<u8>, std::result::Result<Protection, Pkcs12Error>)> = vec![
            (
                "HMAC-SHA-1 with the PKCS#12 KDF, as OpenSSL 1.x writes it",
                mac_data(&algorithm(oid::SHA1, &null()), Some(2048)),
                Ok(Protection::Mac { hash: "SHA-1".into(), iterations: 2048 }),
            ),
            (
                "an absent iteration count means one",
                mac_data(&algorithm(oid::SHA256, &null()), None),
                Ok(Protection::Mac { hash: "SHA-256".into(), iterations: 1 }),
            ),
            (
                "PBMAC1: HMAC with a PBKDF2 key (RFC 9579)",
                mac_data(&pbmac1(oid::HMAC_SHA256, oid::HMAC_SHA512), Some(1)),
                Ok(Protection::Pbmac1 { hash: "SHA-512".into(), prf: "SHA-256".into(), iterations: 10_000 }),
            ),
            (
                "a digest certdoctor does not implement (BLAKE2b)",
                mac_data(&algorithm("1.3.6.1.4.1.1722.12.2.1.16", &null()), Some(1)),
                Err(Pkcs12Error::Unsupported(Unsupported::MacDigest {
                    oid: "1.3.6.1.4.1.1722.12.2.1.16".into(),
                })),
            ),
            (
                "a PBMAC1 PRF that is not HMAC-SHA",
                mac_data(&pbmac1("1.2.3.4", oid::HMAC_SHA256), Some(1)),
                Err(Pkcs12Error::Unsupported(Unsupported::Prf { oid: "1.2.3.4".into() })),
            ),
        ];
        for (name, der, expected) in cases {
            let tlv = Tlv::parse_whole(&der).unwrap();
            assert_eq!(Mac::parse(&tlv).map(|mac| mac.protection()), expected, "{name}");
        }
    }

    #[test]
    fn a_wrong_password_is_told_from_a_missing_one() {
        let der = mac_data(&algorithm(oid::SHA1, &null()), Some(1));
        let mac = Mac::parse(&Tlv::parse_whole(&der).unwrap()).unwrap();
        let mut budget = Budget::default();
        assert_eq!(mac.password(&[""], 0, b"data", &mut budget), Err(Pkcs12Error::PasswordRequired));
        assert_eq!(
            mac.password(&["one", "two", ""], 2, b"data", &mut budget),
            Err(Pkcs12Error::PasswordIncorrect { tried: 2 })
        );
    }
}
