//! One work budget per analysis, like rustls-webpki's: a hostile bundle of
//! look-alike certificates must not make path building explode. Running out
//! is a result, reported as `input-limit-exceeded` naming what ran out, not
//! a silent "invalid".

use crate::finding::Limit;

/// Search steps (certificates tried as the next issuer) one analysis may
/// take while building the path.
pub const MAX_SEARCH_STEPS: usize = 4096;
/// Signature checks one analysis may spend on path building.
pub const MAX_SIGNATURE_CHECKS: usize = 256;

/// What is left to spend.
#[derive(Clone, Debug)]
pub struct Budget {
    steps: usize,
    signatures: usize,
    /// The first limit that was reached, if any.
    exhausted: Option<Limit>,
}

impl Default for Budget {
    fn default() -> Self {
        Self { steps: MAX_SEARCH_STEPS, signatures: MAX_SIGNATURE_CHECKS, exhausted: None }
    }
}

impl Budget {
    /// Takes one search step; `false` when none is left.
    pub fn step(&mut self) -> bool {
        Self::spend(&mut self.steps, Limit::PathSearch, &mut self.exhausted)
    }

    /// Takes one signature check; `false` when none is left.
    pub fn signature(&mut self) -> bool {
        Self::spend(&mut self.signatures, Limit::SignatureChecks, &mut self.exhausted)
    }

    fn spend(left: &mut usize, limit: Limit, exhausted: &mut Option<Limit>) -> bool {
        if *left == 0 {
            exhausted.get_or_insert(limit);
            return false;
        }
        *left -= 1;
        true
    }

    /// The first limit reached, if one was.
    pub fn exhausted(&self) -> Option<Limit> {
        self.exhausted
    }

    /// The size of a limit, for the finding that reports it.
    pub fn maximum(limit: Limit) -> usize {
        match limit {
            Limit::SignatureChecks => MAX_SIGNATURE_CHECKS,
            _ => MAX_SEARCH_STEPS,
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
    }
}
