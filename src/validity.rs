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
    let warn_window = window(certificate, warn_days);
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
    } else if certificate.not_after <= at.plus_days(warn_window) {
        FindingKind::CertExpiringSoon {
            certificate: name,
            not_after: certificate.not_after,
            at,
            days: at.days_until(certificate.not_after),
            warn_days: warn_window as u32,
            ca_bundle,
        }
    } else {
        return None;
    };
    Some(Finding::about_certificate(kind, certificate.input, certificate.index))
}

/// The warning window for `certificate`: `warn_days`, but never more than a
/// third of its own lifetime. A short-lived certificate (Let's Encrypt's six
/// days, the coming 45) is renewed when about a third of its life is left —
/// certbot renews a 90-day certificate 30 days before it expires, and ACME
/// renewal information says when — so warning earlier would call a healthy
/// certificate "expiring" for most of its life.
fn window(certificate: &Certificate, warn_days: u32) -> i64 {
    let lifetime = certificate.not_before.days_until(certificate.not_after).max(0);
    i64::from(warn_days).min(lifetime / 3)
}
