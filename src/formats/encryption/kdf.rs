//! Key derivation from passwords: PBKDF2 (RFC 8018 §5.2), the PKCS#12 KDF
//! (RFC 7292 Appendix B.2), and the work budget every derivation of one
//! analysis is charged to. The cost of a derivation comes from the input, so
//! it is checked against [`limits`] before anything is computed.

use zeroize::Zeroizing;

use super::{DecryptError, KdfLimit, Result, Unsupported};
use crate::budget::Budget;
use crate::formats::hash::Hash;

pub mod limits {
    /// Iterations of one PBKDF2 or PKCS#12 key derivation. OpenSSL uses 2048
    /// by default, Windows 2000, Firefox 600,000.
    pub const MAX_ITERATIONS: u64 = 1_000_000;
    /// scrypt: at most N = 2^16 with r ≤ 16, p ≤ 16 (OpenSSL uses 2^14, 8, 1).
    pub const MAX_SCRYPT_LOG_N: u8 = 16;
    pub const MAX_SCRYPT_R: u64 = 16;
    pub const MAX_SCRYPT_P: u64 = 16;
}

/// Charges `cost` hash compressions to the analysis's budget, or says that
/// it would go over what is left.
pub(crate) fn charge(budget: &mut Budget, cost: u64) -> Result<()> {
    if budget.derive(cost) {
        Ok(())
    } else {
        Err(DecryptError::Limit {
            limit: KdfLimit::TotalWork,
            value: cost,
            maximum: budget.derivation_left(),
        })
    }
}

pub(crate) fn check_iterations(iterations: u64) -> Result<()> {
    if iterations == 0 {
        return Err(DecryptError::Malformed(crate::formats::Problem::ZeroIterations.into()));
    }
    if iterations > limits::MAX_ITERATIONS {
        return Err(DecryptError::Limit {
            limit: KdfLimit::Iterations,
            value: iterations,
            maximum: limits::MAX_ITERATIONS,
        });
    }
    Ok(())
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
    budget: &mut Budget,
) -> Result<Zeroizing<Vec<u8>>> {
    check_iterations(iterations)?;
    let u = hash.output_len();
    let v = hash.block_len();
    let blocks = out_len.div_ceil(u) as u64;
    charge(budget, iterations.saturating_mul(blocks))?;
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
        // Every intermediate is derived from the password: wiped when dropped.
        let mut a = Zeroizing::new(hash.digest(&[&diversifier, &input]));
        for _ in 1..iterations {
            a = Zeroizing::new(hash.digest(&[&a]));
        }
        let b: Zeroizing<Vec<u8>> = Zeroizing::new(a.iter().cycle().take(v).copied().collect());
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
    budget: &mut Budget,
) -> Result<()> {
    check_iterations(iterations)?;
    let blocks = out.len().div_ceil(hash.output_len()) as u64;
    charge(budget, iterations.saturating_mul(blocks).saturating_mul(2))?;
    // At most MAX_ITERATIONS, which fits in a u32.
    let iterations = u32::try_from(iterations).map_err(|_| DecryptError::Limit {
        limit: KdfLimit::Iterations,
        value: iterations,
        maximum: limits::MAX_ITERATIONS,
    })?;
    if hash.pbkdf2(password, salt, iterations, out) {
        Ok(())
    } else {
        Err(DecryptError::Unsupported(Unsupported::Prf { oid: hash.name().to_string() }))
    }
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::formats::colon_hex;

    #[test]
    fn pkcs12_kdf_matches_known_answer() {
        // From the PKCS#12 KDF test vectors used by OpenSSL/BouncyCastle:
        // password "smeg", salt 0A58CF64530D823F, id 1, 1 iteration, 24 bytes.
        let salt = [0x0a, 0x58, 0xcf, 0x64, 0x53, 0x0d, 0x82, 0x3f];
        let key =
            pkcs12_kdf(Hash::Sha1, &bmp_password("smeg"), &salt, 1, 1, 24, &mut Budget::default()).unwrap();
        assert_eq!(colon_hex(&key).replace(':', ""), "8AAAE6297B6CB04642AB5B077851284EB7128F1A2A7FBCA3");
        let iv =
            pkcs12_kdf(Hash::Sha1, &bmp_password("smeg"), &salt, 2, 1, 8, &mut Budget::default()).unwrap();
        assert_eq!(colon_hex(&iv).replace(':', ""), "79993DFE048D3B76");
    }

    #[test]
    fn refuses_work_beyond_limits_without_doing_it() {
        let mut budget = Budget::default();
        let error =
            pkcs12_kdf(Hash::Sha1, &bmp_password("x"), b"salt", 1, 10_000_000, 24, &mut budget).unwrap_err();
        assert!(matches!(error, DecryptError::Limit { value: 10_000_000, .. }));
        assert_eq!(budget.derivation_left(), crate::budget::MAX_DERIVATION_WORK, "nothing was charged");
        // Many honest derivations exhaust the shared budget.
        let mut exhausted = false;
        for _ in 0..20 {
            if charge(&mut budget, limits::MAX_ITERATIONS).is_err() {
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
