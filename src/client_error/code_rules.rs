//! The second part of the family table (`rules.rs` says how it is read),
//! after `setup_rules.rs`: verification errors by the names programs give
//! them — OpenSSL's `X509_V_ERR_…`, Apple's policy checks, rustls's and
//! webpki's error names, Chrome's and Firefox's rarer codes, Java's
//! validator and .NET's chain statuses — before the texts of `rules.rs`,
//! whose words some of these lines also contain.

use super::family::Family;

/// (token, family), most specific first; after `SETUP_TOKENS`, before
/// `rules::FAMILY_TOKENS`.
pub const CODE_TOKENS: &[(&str, Family)] = &[
    // mbed TLS's verify flags by name (curl built with it prints them) and
    // its generic failure, whose text names a signature among its examples;
    // wolfSSL's missing signer; curl over Secure Transport.
    ("badcert_cn_mismatch", Family::Hostname),
    ("badcert_future", Family::NotYetValid),
    ("badcert_revoked", Family::Revoked),
    ("badcert_not_trusted", Family::UnknownIssuer),
    ("badcert_key_usage", Family::Eku),
    ("badcert_ext_key_usage", Family::Eku),
    ("badcert_bad_md", Family::WeakSignature),
    ("badcert_bad_key", Family::WeakKey),
    ("x509 - certificate verification failed", Family::UnknownIssuer),
    ("no signer to confirm", Family::UnknownIssuer),
    ("sectrustevaluate failed", Family::UnknownIssuer),
    // OpenSSL's verify errors by their symbolic names (X509_V_ERR_…, and
    // as Node and Squid give them) and the texts the general words below
    // would misread ("unable to decode issuer public key" is not an
    // unknown issuer; a date field that cannot be read is not expired).
    ("hostname_mismatch", Family::Hostname),
    ("ip_address_mismatch", Family::Hostname),
    ("domain_mismatch", Family::Hostname),
    ("cert_signature_failure", Family::Signature),
    ("unable_to_decrypt_cert_signature", Family::Signature),
    ("cert_chain_too_long", Family::ChainTooLong),
    ("permitted_violation", Family::NameConstraints),
    ("excluded_violation", Family::NameConstraints),
    ("ee_key_too_small", Family::WeakKey),
    ("ca_key_too_small", Family::WeakKey),
    ("ca_md_too_weak", Family::WeakSignature),
    ("invalid_non_ca", Family::CaFlag),
    ("keyusage_no_certsign", Family::CaFlag),
    ("subject_issuer_mismatch", Family::UnknownIssuer),
    ("akid_skid_mismatch", Family::UnknownIssuer),
    ("cert_rejected", Family::UnknownIssuer),
    ("error_in_cert_not_", Family::CertInvalid),
    ("format error in certificate's", Family::CertInvalid),
    ("unable_to_decode_issuer_public_key", Family::CertInvalid),
    ("unable to decode issuer public key", Family::CertInvalid),
    // Apple's Security framework in the device log ("Trust evaluate
    // failure: [leaf TemporalValidity] [root AnchorTrusted]"): its policy
    // checks by name, the specific ones before the anchor that follows them.
    ("sslhostname]", Family::Hostname),
    ("temporalvalidity]", Family::Expired),
    ("missingintermediate]", Family::MissingIntermediate),
    ("extendedkeyusage]", Family::Eku),
    ("keyusage]", Family::Eku),
    ("weakkeysize]", Family::WeakKey),
    ("keysize]", Family::WeakKey),
    ("weaksignature]", Family::WeakSignature),
    ("signaturehashalgorithms]", Family::WeakSignature),
    ("validityperiodmaximums]", Family::ValidityTooLong),
    ("basicconstraints]", Family::CaFlag),
    ("nameconstraints]", Family::NameConstraints),
    ("criticalextensions]", Family::CriticalExtension),
    ("revocation]", Family::Revoked),
    ("ctrequired]", Family::CertInvalid),
    ("blacklistedleaf]", Family::UnknownIssuer),
    ("blacklistedkey]", Family::UnknownIssuer),
    ("anchortrusted]", Family::UnknownIssuer),
    ("ats failed system trust", Family::UnknownIssuer),
    // Go's x509.NameMismatch: a chain whose names do not link.
    ("issuer name does not match subject", Family::UnknownIssuer),
    // Dart's dio when its badCertificateCallback refuses.
    ("certificate of the response is not approved", Family::UnknownIssuer),
    // Chrome's and Firefox's rarer certificate codes by name: the peer's
    // alerts about our certificate, a client certificate asked for, a
    // certificate that cannot be read or breaks a rule, explicit distrust.
    ("ssl_error_bad_cert_alert", Family::PeerRejectedOurCert),
    ("ssl_error_unknown_ca_alert", Family::PeerRejectedOurCert),
    ("ssl_error_certificate_unknown_alert", Family::PeerRejectedOurCert),
    ("ssl_error_expired_cert_alert", Family::PeerRejectedOurCert),
    ("ssl_error_revoked_cert_alert", Family::PeerRejectedOurCert),
    ("ssl_error_unsupported_cert_alert", Family::PeerRejectedOurCert),
    ("ssl_error_certificate_required_alert", Family::PeerRejectedOurCert),
    ("err_ssl_client_auth_cert_needed", Family::PeerRejectedOurCert),
    ("err_cert_contains_errors", Family::CertInvalid),
    ("err_ssl_server_cert_bad_format", Family::CertInvalid),
    ("signature_algorithm_mismatch", Family::CertInvalid),
    ("sec_error_invalid_time", Family::CertInvalid),
    ("sec_error_reused_issuer_and_serial", Family::CertInvalid),
    ("insufficient_certificate_transparency", Family::CertInvalid),
    ("no valid scts", Family::CertInvalid),
    ("sec_error_policy_validation_failed", Family::CertInvalid),
    ("sec_error_cert_usages_invalid", Family::Eku),
    ("ssl_error_weak_server_cert_key", Family::WeakKey),
    ("sec_error_untrusted_issuer", Family::UnknownIssuer),
    ("sec_error_untrusted_cert", Family::UnknownIssuer),
    // rustls's alerts from the peer by name ("received fatal alert:
    // BadCertificate"), webpki's other errors by name, and a server without
    // a certificate for the name asked for.
    ("received fatal alert: badcertificate", Family::PeerRejectedOurCert),
    ("received fatal alert: unknownca", Family::PeerRejectedOurCert),
    ("received fatal alert: certificateunknown", Family::PeerRejectedOurCert),
    ("received fatal alert: certificateexpired", Family::PeerRejectedOurCert),
    ("received fatal alert: certificaterevoked", Family::PeerRejectedOurCert),
    ("received fatal alert: unsupportedcertificate", Family::PeerRejectedOurCert),
    ("received fatal alert: certificaterequired", Family::PeerRejectedOurCert),
    ("received fatal alert: accessdenied", Family::PeerRejectedOurCert),
    ("remote error: tls: access denied", Family::PeerRejectedOurCert),
    ("expiredrevocationlist", Family::RevocationUnavailable),
    ("unsupportedcertversion", Family::CertInvalid),
    ("maximumpathdepthexceeded", Family::ChainTooLong),
    ("othererror(badder", Family::CertInvalid),
    ("malformedextensions", Family::CertInvalid),
    ("trailingdata", Family::CertInvalid),
    ("endentityusedasca", Family::CaFlag),
    ("no server certificate chain resolved", Family::Hostname),
    // Go: Apple's verifier's words on macOS ("“name” certificate is
    // revoked"), and a certificate Go's parser refuses.
    ("certificate name does not match input", Family::Hostname),
    ("certificate is revoked", Family::Revoked),
    ("using a broken signature algorithm", Family::WeakSignature),
    ("certificate contains duplicate extensions", Family::CertInvalid),
    ("key missing null parameters", Family::CertInvalid),
    ("invalid certificate policies", Family::CertInvalid),
    ("failed to parse certificate from server", Family::CertInvalid),
    // Java's validator's rarer words.
    ("end user tried to act as a ca", Family::CaFlag),
    ("signature algorithm disabled", Family::WeakSignature),
    ("netscape cert type does not permit", Family::Eku),
    ("does not specify a signature algorithm", Family::CertInvalid),
    // .NET's other chain statuses by name.
    ("nottimenested", Family::CertInvalid),
    ("noissuancechainpolicy", Family::CertInvalid),
    ("invalidpolicyconstraints", Family::CertInvalid),
    ("invalidextension", Family::CertInvalid),
    ("hasweaksignature", Family::WeakSignature),
    ("hasnotsupportednameconstraint", Family::NameConstraints),
    ("hasnotdefinednameconstraint", Family::NameConstraints),
    ("in the certificate chain: cyclic", Family::UnknownIssuer),
    // curl --cert-status with a stapled answer that says revoked.
    ("certificate revocation reason", Family::Revoked),
];
