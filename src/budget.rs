//! Limits: what one analysis agrees to read and to do, so that no input can
//! make it slow or large. Countable things have a maximum; work (search
//! steps, signature checks, name comparisons, key derivation) is spent from
//! one [`Budget`] per analysis, like rustls-webpki's. Running out is a
//! result, reported as `input-limit-exceeded` naming what ran out, never a
//! silent "invalid".

use serde::Serialize;

/// Total bytes read over all inputs and roots. Real chains are a few KiB;
/// the largest honest input, a system CA bundle, is about 250 KiB.
pub const MAX_TOTAL_BYTES: usize = 8 * 1024 * 1024;
/// PEM blocks read over all inputs.
pub const MAX_PEM_BLOCKS: usize = 4000;
/// Certificates read (or tried, when they do not parse) over all inputs.
pub const MAX_CERTIFICATES: usize = 2000;
/// Keys read over all inputs: a server has one or two.
pub const MAX_KEYS: usize = 100;
/// Certificate requests read over all inputs.
pub const MAX_REQUESTS: usize = 100;
/// CRLs read over all inputs.
pub const MAX_CRLS: usize = 100;
/// Findings of one code about one input; the rest are counted in one
/// finding.
pub const MAX_FINDINGS_PER_CODE: usize = 100;
/// Search steps (certificates tried as the next issuer) while building the
/// path.
pub const MAX_SEARCH_STEPS: usize = 4096;
/// Signature checks, for the path and for CRLs.
pub const MAX_SIGNATURE_CHECKS: usize = 512;
/// Name-against-constraint comparisons over the whole analysis.
pub const MAX_NAME_COMPARISONS: u64 = 2_000_000;
/// Key-derivation work over the whole analysis, counted in hash compressions
/// (a PBKDF2-HMAC iteration is two, a PKCS#12 KDF iteration one), so that
/// many passwords times many files stay within a few seconds. A Firefox
/// PKCS#12 export (six derivations of 600,000) plus a wrong guess fits.
#[cfg(not(fuzzing))]
pub const MAX_DERIVATION_WORK: u64 = 8_000_000;
/// Fuzzing builds (cargo-fuzz sets `--cfg fuzzing`) derive far less, so that
/// a mutated PKCS#12 file costs milliseconds, not a second; the code paths
/// are the same, the budget just runs out sooner.
#[cfg(fuzzing)]
pub const MAX_DERIVATION_WORK: u64 = 50_000;

/// Which limit was reached.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "transfer", derive(bincode::Encode, bincode::Decode))]
#[serde(rename_all = "kebab-case")]
pub enum Limit {
    /// Total bytes over all inputs and roots.
    TotalBytes,
    /// PEM blocks in all inputs.
    PemBlocks,
    /// Certificates read from all inputs.
    Certificates,
    /// Keys read from all inputs.
    Keys,
    /// Certificate requests read from all inputs.
    Requests,
    /// CRLs read from all inputs.
    Crls,
    /// Key-derivation work (PBKDF2, PKCS#12 KDF, scrypt).
    KeyDerivation,
    /// Size of an RSA key.
    RsaKeySize,
    /// Entries in a container (PKCS#12 bags, keystore entries).
    ContainerEntries,
    /// Steps of the search for a path from the leaf to an anchor.
    PathSearch,
    /// Signature checks for the path and CRLs.
    SignatureChecks,
    /// Name-constraint comparisons.
    NameComparisons,
    /// Findings of one code about one input.
    Findings,
}

/// What is left to spend in one analysis.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "transfer", derive(bincode::Encode, bincode::Decode))]
pub struct Budget {
    steps: usize,
    signatures: usize,
    comparisons: u64,
    derivation: u64,
    /// The first limit that was reached, if any.
    exhausted: Option<Limit>,
}

impl Default for Budget {
    fn default() -> Self {
        Self {
            steps: MAX_SEARCH_STEPS,
            signatures: MAX_SIGNATURE_CHECKS,
            comparisons: MAX_NAME_COMPARISONS,
            derivation: MAX_DERIVATION_WORK,
            exhausted: None,
        }
    }
}

impl Budget {
    fn spend(left: &mut u64, cost: u64, limit: Limit, exhausted: &mut Option<Limit>) -> bool {
        if cost > *left {
            exhausted.get_or_insert(limit);
            return false;
        }
        *left -= cost;
        true
    }

    /// Takes one search step; `false` when none is left.
    pub fn step(&mut self) -> bool {
        let mut left = self.steps as u64;
        let ok = Self::spend(&mut left, 1, Limit::PathSearch, &mut self.exhausted);
        self.steps = left as usize;
        ok
    }

    /// Takes one signature check; `false` when none is left.
    pub fn signature(&mut self) -> bool {
        self.signature_costing(1)
    }

    /// Takes a signature check that counts as `cost` ordinary ones (a DSA
    /// check, whose exponentiations are modulo a 3072-bit p, costs several
    /// ECDSA ones); `false` (and nothing taken) when fewer are left.
    pub fn signature_costing(&mut self, cost: u64) -> bool {
        let mut left = self.signatures as u64;
        let ok = Self::spend(&mut left, cost, Limit::SignatureChecks, &mut self.exhausted);
        self.signatures = left as usize;
        ok
    }

    /// Takes `count` name comparisons; `false` (and nothing taken) when
    /// fewer are left.
    pub fn compare(&mut self, count: u64) -> bool {
        Self::spend(&mut self.comparisons, count, Limit::NameComparisons, &mut self.exhausted)
    }

    /// Takes `cost` hash compressions of key derivation; `false` (and
    /// nothing taken) when less is left. Not an exhaustion of the analysis:
    /// the encrypted input that asked says so itself.
    pub fn derive(&mut self, cost: u64) -> bool {
        if cost > self.derivation {
            return false;
        }
        self.derivation -= cost;
        true
    }

    /// Key-derivation work left.
    pub fn derivation_left(&self) -> u64 {
        self.derivation
    }

    /// The first limit of the search or comparisons that was reached.
    pub fn exhausted(&self) -> Option<Limit> {
        self.exhausted
    }

    /// The size of a budgeted limit, for the finding that reports it.
    pub fn maximum(limit: Limit) -> u64 {
        match limit {
            Limit::PathSearch => MAX_SEARCH_STEPS as u64,
            Limit::SignatureChecks => MAX_SIGNATURE_CHECKS as u64,
            Limit::NameComparisons => MAX_NAME_COMPARISONS,
            Limit::KeyDerivation => MAX_DERIVATION_WORK,
            Limit::TotalBytes => MAX_TOTAL_BYTES as u64,
            Limit::PemBlocks => MAX_PEM_BLOCKS as u64,
            Limit::Certificates => MAX_CERTIFICATES as u64,
            Limit::Keys => MAX_KEYS as u64,
            Limit::Requests => MAX_REQUESTS as u64,
            Limit::Crls => MAX_CRLS as u64,
            Limit::Findings => MAX_FINDINGS_PER_CODE as u64,
            Limit::RsaKeySize | Limit::ContainerEntries => 0,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn running_out_is_remembered_and_named() {
        let mut budget = Budget::default();
        for _ in 0..MAX_SIGNATURE_CHECKS {
            assert!(budget.signature());
        }
        assert_eq!(budget.exhausted(), None);
        assert!(!budget.signature());
        assert!(budget.step());
        assert_eq!(budget.exhausted(), Some(Limit::SignatureChecks));
        // A costlier check takes its cost, and nothing when less is left.
        let mut costly = Budget::default();
        assert!(costly.signature_costing(MAX_SIGNATURE_CHECKS as u64 - 3));
        assert!(!costly.signature_costing(4));
        assert!(costly.signature_costing(3));
        assert!(!costly.signature());
        // The first limit reached is the one named.
        assert!(!budget.compare(MAX_NAME_COMPARISONS + 1));
        assert_eq!(budget.exhausted(), Some(Limit::SignatureChecks));
    }

    #[test]
    fn derivation_work_is_taken_whole_or_not_at_all() {
        let mut budget = Budget::default();
        assert!(!budget.derive(MAX_DERIVATION_WORK + 1));
        assert_eq!(budget.derivation_left(), MAX_DERIVATION_WORK);
        assert!(budget.derive(MAX_DERIVATION_WORK));
        assert!(!budget.derive(1));
    }
}
