//! The digests of password-based encryption, MACs and signatures: one type
//! for all three, with the OIDs that name them.

use sha2::Digest;

use super::oid;

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
    /// From an HMAC algorithm OID (PBKDF2's PRF, PBMAC1); `None` for others.
    pub fn from_hmac_oid(hmac: &str) -> Option<Self> {
        Some(match hmac {
            oid::HMAC_SHA1 => Self::Sha1,
            oid::HMAC_SHA224 => Self::Sha224,
            oid::HMAC_SHA256 => Self::Sha256,
            oid::HMAC_SHA384 => Self::Sha384,
            oid::HMAC_SHA512 => Self::Sha512,
            _ => return None,
        })
    }

    /// From a digest algorithm OID (PKCS#12 MACs, RSA-PSS parameters).
    pub fn from_digest_oid(digest: &str) -> Option<Self> {
        Some(match digest {
            oid::MD5 => Self::Md5,
            oid::SHA1 => Self::Sha1,
            oid::SHA224 => Self::Sha224,
            oid::SHA256 => Self::Sha256,
            oid::SHA384 => Self::Sha384,
            oid::SHA512 => Self::Sha512,
            _ => return None,
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

    pub(crate) fn block_len(self) -> usize {
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

    /// PBKDF2-HMAC with this digest; `false` for MD5, which PBKDF2 is never
    /// used with.
    pub(crate) fn pbkdf2(self, password: &[u8], salt: &[u8], iterations: u32, out: &mut [u8]) -> bool {
        use pbkdf2::pbkdf2_hmac;
        match self {
            Self::Sha1 => pbkdf2_hmac::<sha1::Sha1>(password, salt, iterations, out),
            Self::Sha224 => pbkdf2_hmac::<sha2::Sha224>(password, salt, iterations, out),
            Self::Sha256 => pbkdf2_hmac::<sha2::Sha256>(password, salt, iterations, out),
            Self::Sha384 => pbkdf2_hmac::<sha2::Sha384>(password, salt, iterations, out),
            Self::Sha512 => pbkdf2_hmac::<sha2::Sha512>(password, salt, iterations, out),
            Self::Md5 => return false,
        }
        true
    }
}
