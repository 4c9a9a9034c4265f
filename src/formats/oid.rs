//! Object identifiers the engine acts on, in dotted form, and the short
//! names people know them by.

// Public keys (RFC 5480, RFC 8410, RFC 3279).
pub const RSA: &str = "1.2.840.113549.1.1.1";
pub const RSA_PSS: &str = "1.2.840.113549.1.1.10";
pub const EC: &str = "1.2.840.10045.2.1";
pub const DSA: &str = "1.2.840.10040.4.1";
pub const ED25519: &str = "1.3.101.112";
pub const ED448: &str = "1.3.101.113";
pub const X25519: &str = "1.3.101.110";
pub const X448: &str = "1.3.101.111";
pub const P256: &str = "1.2.840.10045.3.1.7";
pub const P384: &str = "1.3.132.0.34";
pub const P521: &str = "1.3.132.0.35";
pub const SECP256K1: &str = "1.3.132.0.10";
// Brainpool curves (RFC 5639): 1.3.36.3.3.2.8.1.1.n, odd n the random
// (r1) curves, even n their twisted (t1) forms.
pub const BRAINPOOL_PREFIX: &str = "1.3.36.3.3.2.8.1.1.";
pub const BRAINPOOL_P256R1: &str = "1.3.36.3.3.2.8.1.1.7";
pub const BRAINPOOL_P384R1: &str = "1.3.36.3.3.2.8.1.1.11";

// Password-based encryption (RFC 8018, RFC 7914, RFC 7292).
pub const PBES2: &str = "1.2.840.113549.1.5.13";
pub const PBKDF2: &str = "1.2.840.113549.1.5.12";
pub const SCRYPT: &str = "1.3.6.1.4.1.11591.4.11";
pub const PBE_MD5_DES: &str = "1.2.840.113549.1.5.3";
pub const PBE_MD5_RC2: &str = "1.2.840.113549.1.5.6";
pub const PBE_SHA1_DES: &str = "1.2.840.113549.1.5.10";
pub const PBE_SHA1_RC2: &str = "1.2.840.113549.1.5.11";
pub const PKCS12_PBE_PREFIX: &str = "1.2.840.113549.1.12.1.";
pub const PBMAC1: &str = "1.2.840.113549.1.5.14";
pub const HMAC_SHA1: &str = "1.2.840.113549.2.7";
pub const HMAC_SHA224: &str = "1.2.840.113549.2.8";
pub const HMAC_SHA256: &str = "1.2.840.113549.2.9";
pub const HMAC_SHA384: &str = "1.2.840.113549.2.10";
pub const HMAC_SHA512: &str = "1.2.840.113549.2.11";
pub const AES128_CBC: &str = "2.16.840.1.101.3.4.1.2";
pub const AES192_CBC: &str = "2.16.840.1.101.3.4.1.22";
pub const AES256_CBC: &str = "2.16.840.1.101.3.4.1.42";
pub const AES128_GCM: &str = "2.16.840.1.101.3.4.1.6";
pub const AES256_GCM: &str = "2.16.840.1.101.3.4.1.46";
pub const DES_EDE3_CBC: &str = "1.2.840.113549.3.7";
pub const DES_CBC: &str = "1.3.14.3.2.7";
pub const RC2_CBC: &str = "1.2.840.113549.3.2";

// Digests.
pub const MD5: &str = "1.2.840.113549.2.5";
pub const SHA1: &str = "1.3.14.3.2.26";
pub const SHA224: &str = "2.16.840.1.101.3.4.2.4";
pub const SHA256: &str = "2.16.840.1.101.3.4.2.1";
pub const SHA384: &str = "2.16.840.1.101.3.4.2.2";
pub const SHA512: &str = "2.16.840.1.101.3.4.2.3";

// PKCS#7 / CMS content types (RFC 5652) and PKCS#12 bags (RFC 7292).
pub const DATA: &str = "1.2.840.113549.1.7.1";
pub const SIGNED_DATA: &str = "1.2.840.113549.1.7.2";
pub const ENVELOPED_DATA: &str = "1.2.840.113549.1.7.3";
pub const ENCRYPTED_DATA: &str = "1.2.840.113549.1.7.6";
pub const KEY_BAG: &str = "1.2.840.113549.1.12.10.1.1";
pub const SHROUDED_KEY_BAG: &str = "1.2.840.113549.1.12.10.1.2";
pub const CERT_BAG: &str = "1.2.840.113549.1.12.10.1.3";
pub const CRL_BAG: &str = "1.2.840.113549.1.12.10.1.4";
pub const SAFE_CONTENTS_BAG: &str = "1.2.840.113549.1.12.10.1.6";
pub const X509_CERTIFICATE: &str = "1.2.840.113549.1.9.22.1";
pub const X509_CRL: &str = "1.2.840.113549.1.9.23.1";
pub const FRIENDLY_NAME: &str = "1.2.840.113549.1.9.20";

/// Short name of an OID from x509-parser's registry or, for the signature
/// algorithms it lacks, OpenSSL's; else the dotted form.
pub fn name(oid: &x509_parser::der_parser::oid::Oid<'_>) -> String {
    x509_parser::objects::oid_registry().get(oid).map(|entry| entry.sn().to_string()).unwrap_or_else(|| {
        let dotted = oid.to_id_string();
        match dotted.as_str() {
            "2.16.840.1.101.3.4.3.1" => "dsa_with_SHA224".into(),
            "2.16.840.1.101.3.4.3.2" => "dsa_with_SHA256".into(),
            "2.16.840.1.101.3.4.3.3" => "dsa_with_SHA384".into(),
            "2.16.840.1.101.3.4.3.4" => "dsa_with_SHA512".into(),
            _ => dotted,
        }
    })
}

/// Short name of a dotted OID, else the dotted form.
pub fn name_of_dotted(dotted: &str) -> String {
    dotted
        .parse::<x509_parser::der_parser::oid::Oid<'static>>()
        .map(|oid| name(&oid))
        .unwrap_or_else(|_| dotted.to_string())
}
