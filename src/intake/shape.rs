//! Telling inputs apart by content: the DER shapes certdoctor reads, and a
//! guess at what an unreadable input is instead.

use crate::finding::LooksLike;
use crate::formats::ber::{tag, Tlv};
use crate::formats::{pkcs12, pkcs7};

/// The DER shapes certdoctor reads, told apart by their first fields.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Shape {
    /// Certificate, CSR or CRL.
    Signed,
    Pfx,
    Pkcs7,
    Pkcs8,
    EncryptedPkcs8,
    Spki,
    Pkcs1Private,
    /// OpenSSL's traditional DSA private key: SEQUENCE of six INTEGERs.
    DsaPrivate,
    Sec1,
    Pkcs1Public,
}

pub(super) fn classify(der: &[u8]) -> Option<Shape> {
    let top = Tlv::parse_whole(der).ok()?;
    if top.tag != tag::SEQUENCE {
        return None;
    }
    let mut fields = top.children();
    let first = fields.read().ok()?;
    let second = fields.read().ok();
    let third = fields.read().ok();
    let first_number = || first.small_uint().ok();
    Some(match (first.tag, second.map(|tlv| tlv.tag), third.map(|tlv| tlv.tag)) {
        (tag::SEQUENCE, Some(tag::SEQUENCE), Some(tag::BIT_STRING)) => Shape::Signed,
        (tag::SEQUENCE, Some(tag::BIT_STRING), None) => Shape::Spki,
        (tag::SEQUENCE, Some(tag::OCTET_STRING | 0x24), None) => Shape::EncryptedPkcs8,
        (tag::INTEGER, Some(tag::SEQUENCE), _)
            if first_number() == Some(3) && pkcs12::looks_like_pfx(der) =>
        {
            Shape::Pfx
        }
        (tag::INTEGER, Some(tag::SEQUENCE), Some(tag::OCTET_STRING))
            if matches!(first_number(), Some(0 | 1)) =>
        {
            Shape::Pkcs8
        }
        (tag::OID, Some(_), None) if pkcs7::looks_like_pkcs7(der) => Shape::Pkcs7,
        (tag::INTEGER, Some(tag::OCTET_STRING), _) if first_number() == Some(1) => Shape::Sec1,
        (tag::INTEGER, Some(tag::INTEGER), None) => Shape::Pkcs1Public,
        (tag::INTEGER, Some(tag::INTEGER), Some(tag::INTEGER)) => {
            let mut count = 3;
            while fields.read().is_ok() {
                count += 1;
            }
            if count == 6 {
                Shape::DsaPrivate
            } else {
                Shape::Pkcs1Private
            }
        }
        _ => return None,
    })
}

/// A hint for inputs that are certainly not TLS material.
pub(super) fn guess_what_it_is(bytes: &[u8]) -> Option<LooksLike> {
    if bytes.iter().all(|byte| byte.is_ascii_whitespace()) {
        return Some(LooksLike::Empty);
    }
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(512)]);
    let head = head.trim_start();
    let guesses: [(&str, LooksLike); 7] = [
        ("ssh-rsa ", LooksLike::SshPublicKey),
        ("ssh-ed25519 ", LooksLike::SshPublicKey),
        ("ecdsa-sha2-", LooksLike::SshPublicKey),
        ("---- BEGIN SSH2", LooksLike::SshPublicKey),
        ("PuTTY-User-Key-File", LooksLike::PuttyKey),
        ("<", LooksLike::Html),
        ("{", LooksLike::Json),
    ];
    guesses.iter().find(|(prefix, _)| head.starts_with(prefix)).map(|(_, what)| *what)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::formats::ber::encode;

    #[test]
    fn shapes_by_their_first_fields() {
        let integer = |value: u8| encode::unsigned_integer(&[value]);
        let cases: [(Vec<u8>, Option<Shape>); 5] = [
            (
                encode::sequence(&[&encode::sequence(&[]), &encode::sequence(&[]), &encode::bit_string(&[])]),
                Some(Shape::Signed),
            ),
            (encode::sequence(&[&encode::sequence(&[]), &encode::bit_string(&[1])]), Some(Shape::Spki)),
            (encode::sequence(&[&integer(1), &encode::tlv(tag::OCTET_STRING, &[1])]), Some(Shape::Sec1)),
            (encode::sequence(&[&integer(5), &integer(3)]), Some(Shape::Pkcs1Public)),
            (encode::tlv(tag::OCTET_STRING, &[1]), None),
        ];
        for (der, expected) in cases {
            assert_eq!(classify(&der), expected, "{der:02x?}");
        }
    }

    #[test]
    fn guesses() {
        assert_eq!(guess_what_it_is(b"  \n"), Some(LooksLike::Empty));
        assert_eq!(guess_what_it_is(b"ssh-ed25519 AAAA user"), Some(LooksLike::SshPublicKey));
        assert_eq!(guess_what_it_is(b"<html>"), Some(LooksLike::Html));
        assert_eq!(guess_what_it_is(b"hello"), None);
    }
}
