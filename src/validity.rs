//! Validity periods (RFC 5280 §4.1.2.5): expired, not yet valid, expiring
//! within the warning window.

use crate::certificate::Certificate;
use crate::finding::{Finding, FindingKind};
use crate::timestamp::Timestamp;

/// Checks one certificate's validity period at `at`; `ca_bundle` when it is
/// judged as an entry of a CA bundle, `anchor` when it is the user's root a
/// path ends at.
pub fn check(
    certificate: &Certificate,
    at: Timestamp,
    warn_days: u32,
    ca_bundle: bool,
    anchor: bool,
) -> Option<Finding> {
    let name = certificate.name.clone();
    let kind = if at > certificate.not_after {
        FindingKind::CertExpired {
            certificate: name,
            not_after: certificate.not_after,
            at,
            days: certificate.not_after.days_until(at),
            ca_bundle,
            anchor,
        }
    } else if at < certificate.not_before {
        FindingKind::CertNotYetValid {
            certificate: name,
            not_before: certificate.not_before,
            at,
            days: at.days_until(certificate.not_before),
            anchor,
        }
    } else if certificate.not_after <= at.plus_days(i64::from(warn_days)) {
        FindingKind::CertExpiringSoon {
            certificate: name,
            not_after: certificate.not_after,
            at,
            days: at.days_until(certificate.not_after),
            warn_days,
            ca_bundle,
        }
    } else {
        return None;
    };
    Some(Finding::about_certificate(kind, certificate.input, certificate.index))
}
