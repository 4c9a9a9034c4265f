//! The symmetric ciphers of password-based encryption: AES, 3DES, DES and
//! RC2 in CBC mode, and RC4.

use aes::cipher::block_padding::Pkcs7;
use aes::cipher::{BlockCipherDecrypt, BlockModeDecrypt, InnerIvInit, KeyInit, KeyIvInit, StreamCipher};
use zeroize::Zeroizing;

use super::{DecryptError, Result};
use crate::formats::Problem;

/// A key or IV of the wrong size for `cipher`.
fn parameters(cipher: &str) -> DecryptError {
    DecryptError::Malformed(Problem::CipherParameters { cipher: cipher.to_string() }.into())
}

/// The symmetric ciphers of these schemes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) enum Cipher {
    Aes { key_len: usize, iv: Vec<u8> },
    DesEde3 { iv: Vec<u8> },
    DesEde2 { iv: Vec<u8> },
    Des { iv: Vec<u8> },
    Rc2 { key_len: usize, effective_bits: usize, iv: Vec<u8> },
    Rc4 { key_len: usize },
}

impl Cipher {
    pub(super) fn key_len(&self) -> usize {
        match self {
            Cipher::Aes { key_len, .. } | Cipher::Rc2 { key_len, .. } | Cipher::Rc4 { key_len } => *key_len,
            Cipher::DesEde3 { .. } => 24,
            Cipher::DesEde2 { .. } => 16,
            Cipher::Des { .. } => 8,
        }
    }

    pub(super) fn name(&self) -> String {
        match self {
            Cipher::Aes { key_len, .. } => format!("AES-{}-CBC", key_len * 8),
            Cipher::DesEde3 { .. } => "DES-EDE3-CBC".into(),
            Cipher::DesEde2 { .. } => "DES-EDE-CBC".into(),
            Cipher::Des { .. } => "DES-CBC".into(),
            Cipher::Rc2 { effective_bits, .. } => format!("RC2-{effective_bits}-CBC"),
            Cipher::Rc4 { key_len } => format!("RC4-{}", key_len * 8),
        }
    }

    pub(super) fn with_iv(self, iv: Vec<u8>) -> Self {
        match self {
            Cipher::Aes { key_len, .. } => Cipher::Aes { key_len, iv },
            Cipher::DesEde3 { .. } => Cipher::DesEde3 { iv },
            Cipher::DesEde2 { .. } => Cipher::DesEde2 { iv },
            Cipher::Des { .. } => Cipher::Des { iv },
            Cipher::Rc2 { key_len, effective_bits, .. } => Cipher::Rc2 { key_len, effective_bits, iv },
            rc4 @ Cipher::Rc4 { .. } => rc4,
        }
    }

    pub(super) fn decrypt(&self, key: &[u8], ciphertext: &[u8]) -> Result<Zeroizing<Vec<u8>>> {
        fn cbc<C: BlockCipherDecrypt + KeyInit>(
            key: &[u8],
            iv: &[u8],
            data: &[u8],
        ) -> Result<Zeroizing<Vec<u8>>> {
            let decryptor = cbc::Decryptor::<C>::new_from_slices(key, iv).map_err(|_| parameters("CBC"))?;
            decryptor
                .decrypt_padded_vec::<Pkcs7>(data)
                .map(Zeroizing::new)
                .map_err(|_| DecryptError::WrongPassword)
        }
        match self {
            Cipher::Aes { key_len: 16, iv } => cbc::<aes::Aes128>(key, iv, ciphertext),
            Cipher::Aes { key_len: 24, iv } => cbc::<aes::Aes192>(key, iv, ciphertext),
            Cipher::Aes { key_len: 32, iv } => cbc::<aes::Aes256>(key, iv, ciphertext),
            Cipher::Aes { .. } => Err(parameters(&self.name())),
            Cipher::DesEde3 { iv } => cbc::<des::TdesEde3>(key, iv, ciphertext),
            Cipher::DesEde2 { iv } => cbc::<des::TdesEde2>(key, iv, ciphertext),
            Cipher::Des { iv } => cbc::<des::Des>(key, iv, ciphertext),
            Cipher::Rc2 { effective_bits, iv, .. } => {
                if key.is_empty() || key.len() > 128 || *effective_bits == 0 || *effective_bits > 1024 {
                    return Err(parameters(&self.name()));
                }
                let cipher = rc2::Rc2::new_with_eff_key_len(key, *effective_bits);
                let decryptor =
                    cbc::Decryptor::inner_iv_slice_init(cipher, iv).map_err(|_| parameters(&self.name()))?;
                decryptor
                    .decrypt_padded_vec::<Pkcs7>(ciphertext)
                    .map(Zeroizing::new)
                    .map_err(|_| DecryptError::WrongPassword)
            }
            Cipher::Rc4 { .. } => {
                let mut cipher = rc4::Rc4::new_from_slice(key).map_err(|_| parameters(&self.name()))?;
                let mut plaintext = Zeroizing::new(ciphertext.to_vec());
                cipher.apply_keystream(&mut plaintext);
                Ok(plaintext)
            }
        }
    }
}
