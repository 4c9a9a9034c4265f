//! Distinguished names compared as RFC 5280 §7.1 asks: attribute values
//! after RFC 4518 string preparation, so that a leaf's issuer field written
//! as a PrintableString matches its CA's subject written as a UTF8String,
//! and letter case and runs of spaces do not matter.
//!
//! What is prepared: every directory string type (UTF8String,
//! PrintableString, IA5String, VisibleString, TeletexString as Latin-1,
//! BMPString, UniversalString) is decoded; characters RFC 4518 §2.2 maps to
//! nothing (controls, soft hyphen, zero-width and other format characters)
//! are dropped and every kind of space becomes U+0020; letters are
//! lower-cased (Unicode); leading and trailing spaces go and inner runs
//! become one (§2.6.1). The AVAs of a multi-valued RDN compare as a set.
//! Unicode normalisation (NFKC) is not applied: OpenSSL's and Chrome's
//! name matching do not apply it either. Values of other types compare as
//! encoded. A name that cannot be read compares only with its exact bytes.

use std::borrow::Cow;

use crate::formats::ber::{encode, tag, Tlv};

/// A name in its compared form: equal keys are the same name.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "transfer", derive(bincode::Encode, bincode::Decode))]
pub struct NameKey(Vec<u8>);

/// The tag that marks a prepared string value in a key.
const PREPARED: u8 = 0x0c;
/// Marks a name that could not be read, kept as its bytes.
const UNREAD: u8 = 0xff;

impl NameKey {
    /// The key of a Name given as DER (a SEQUENCE OF RelativeDistinguishedName).
    pub fn of_der(der: &[u8]) -> Self {
        // Names are keyed for every certificate read: one buffer.
        let mut out = Vec::with_capacity(der.len() + 64);
        match write_rdns(der, &mut out) {
            Some(()) => Self(out),
            None => Self::unread(der),
        }
    }

    /// The key of a Name given by its contents, without the SEQUENCE header
    /// (as trust anchors hold their subject).
    pub fn of_contents(contents: &[u8]) -> Self {
        Self::of_der(&encode::tlv(tag::SEQUENCE, contents))
    }

    fn unread(bytes: &[u8]) -> Self {
        let mut out = vec![UNREAD];
        out.extend_from_slice(bytes);
        Self(out)
    }

    /// The empty name (no RDNs).
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The key's bytes: equal bytes, equal names (how a data file stores an
    /// index by name).
    pub fn as_bytes(&self) -> &[u8] {
        &self.0
    }
}

/// Each RDN of a DER Name in its compared form, in order: for name
/// constraints, where a subtree is a prefix of RDNs. `None` when the name
/// cannot be read.
pub fn rdn_keys(der: &[u8]) -> Option<Vec<Vec<u8>>> {
    let mut rdns = Vec::new();
    each_rdn(der, |rdn| {
        let mut key = Vec::new();
        write_rdn(rdn, &mut key)?;
        rdns.push(key);
        Some(())
    })?;
    Some(rdns)
}

/// [`NameKey::of_der`]'s bytes (each of [`rdn_keys`] with its length),
/// appended to `out` without a buffer per RDN.
fn write_rdns(der: &[u8], out: &mut Vec<u8>) -> Option<()> {
    each_rdn(der, |rdn| {
        let at = out.len();
        push_length(out, 0);
        write_rdn(rdn, out)?;
        patch_length(out, at);
        Some(())
    })
}

/// Calls `visit` with each RelativeDistinguishedName of a DER Name; `None`
/// when the name cannot be read or `visit` says so.
fn each_rdn(der: &[u8], mut visit: impl FnMut(&Tlv<'_>) -> Option<()>) -> Option<()> {
    let name = Tlv::parse_whole(der).ok()?;
    if name.tag != tag::SEQUENCE {
        return None;
    }
    let mut reader = name.children();
    while !reader.is_empty() {
        let rdn = reader.read().ok()?;
        if rdn.tag != tag::SET {
            return None;
        }
        visit(&rdn)?;
    }
    Some(())
}

/// One RDN's key, appended to `out`: its attributes' keys, each with its
/// length, in sorted order (an RDN is a SET).
fn write_rdn(rdn: &Tlv<'_>, out: &mut Vec<u8>) -> Option<()> {
    let mut members = rdn.children();
    if members.is_empty() {
        // An empty SET: no attributes, an empty key.
        return Some(());
    }
    let first = members.read().ok()?;
    if members.is_empty() {
        // One attribute, as nearly every RDN has: nothing to sort.
        let at = out.len();
        push_length(out, 0);
        write_ava(&first, out)?;
        patch_length(out, at);
        return Some(());
    }
    let mut avas = vec![ava_key(&first)?];
    while !members.is_empty() {
        avas.push(ava_key(&members.read().ok()?)?);
    }
    avas.sort();
    for ava in avas {
        push_with_length(out, &ava);
    }
    Some(())
}

/// The first commonName of a DER Name, as text; `None` when there is none
/// or it is not a directory string. Read without x509-parser: roots are
/// named this way for every store when the trust data is read.
pub fn common_name(der: &[u8]) -> Option<String> {
    const COMMON_NAME: &[u8] = &[0x55, 0x04, 0x03];
    let name = Tlv::parse_whole(der).ok()?;
    let mut rdns = name.children();
    while !rdns.is_empty() {
        let rdn = rdns.read().ok()?;
        let mut members = rdn.children();
        while !members.is_empty() {
            let ava = members.read().ok()?;
            let mut fields = ava.children();
            let kind = fields.read().ok()?;
            if kind.tag == tag::OID && kind.contents == COMMON_NAME {
                let value = fields.read().ok()?;
                return directory_string(value.tag, value.contents).map(Cow::into_owned);
            }
        }
    }
    None
}

/// One AttributeTypeAndValue: its type's OID and its prepared value.
fn ava_key(ava: &Tlv<'_>) -> Option<Vec<u8>> {
    let mut key = Vec::with_capacity(ava.contents.len() + 12);
    write_ava(ava, &mut key)?;
    Some(key)
}

/// [`ava_key`]'s bytes, appended to `out`.
fn write_ava(ava: &Tlv<'_>, out: &mut Vec<u8>) -> Option<()> {
    let mut fields = ava.children();
    let kind = fields.read().ok()?;
    if kind.tag != tag::OID {
        return None;
    }
    let value = fields.read().ok()?;
    push_with_length(out, kind.contents);
    match directory_string(value.tag, value.contents) {
        Some(text) => {
            out.push(PREPARED);
            let at = out.len();
            push_length(out, 0);
            prepare_into(&text, out);
            patch_length(out, at);
        }
        None => {
            out.push(value.tag);
            push_with_length(out, value.contents);
        }
    }
    Some(())
}

/// Writes the length of what follows the 4 bytes at `at` into them.
fn patch_length(out: &mut [u8], at: usize) {
    let length = (out.len() - at - 4) as u32;
    out[at..at + 4].copy_from_slice(&length.to_be_bytes());
}

/// The text of a directory string value, or `None` for other types (and
/// for strings that are not valid in their own encoding).
fn directory_string(tag: u8, bytes: &[u8]) -> Option<Cow<'_, str>> {
    match tag {
        // UTF8String, PrintableString, IA5String, VisibleString.
        0x0c | 0x13 | 0x16 | 0x1a => std::str::from_utf8(bytes).ok().map(Cow::Borrowed),
        // TeletexString: Latin-1 in practice.
        0x14 => Some(Cow::Owned(bytes.iter().map(|byte| char::from(*byte)).collect())),
        // BMPString: UTF-16BE.
        0x1e => {
            if !bytes.len().is_multiple_of(2) {
                return None;
            }
            let units = bytes.chunks_exact(2).map(|pair| u16::from_be_bytes([pair[0], pair[1]]));
            char::decode_utf16(units).collect::<Result<String, _>>().ok().map(Cow::Owned)
        }
        // UniversalString: UTF-32BE.
        0x1c => {
            if !bytes.len().is_multiple_of(4) {
                return None;
            }
            bytes
                .chunks_exact(4)
                .map(|quad| char::from_u32(u32::from_be_bytes([quad[0], quad[1], quad[2], quad[3]])))
                .collect::<Option<String>>()
                .map(Cow::Owned)
        }
        _ => None,
    }
}

/// RFC 4518 preparation, as described at the top of this module.
#[cfg(test)]
fn prepare(text: &str) -> String {
    let mut out = Vec::with_capacity(text.len());
    prepare_into(text, &mut out);
    // Only whole UTF-8 sequences were written.
    String::from_utf8(out).unwrap_or_default()
}

/// [`prepare`]'s UTF-8, appended to `out`.
fn prepare_into(text: &str, out: &mut Vec<u8>) {
    let start = out.len();
    let mut pending_space = false;
    if text.is_ascii() {
        // Nearly every name: byte by byte, no case tables.
        for byte in text.bytes() {
            if byte.is_ascii_whitespace() || byte == 0x0b {
                pending_space = out.len() > start;
            } else if !byte.is_ascii_control() {
                if pending_space {
                    out.push(b' ');
                    pending_space = false;
                }
                out.push(byte.to_ascii_lowercase());
            }
        }
        return;
    }
    for c in text.chars() {
        if maps_to_nothing(c) {
            continue;
        }
        if c.is_whitespace() {
            pending_space = out.len() > start;
            continue;
        }
        if pending_space {
            out.push(b' ');
            pending_space = false;
        }
        for lower in c.to_lowercase() {
            out.extend_from_slice(lower.encode_utf8(&mut [0; 4]).as_bytes());
        }
    }
}

/// RFC 4518 §2.2: characters mapped to nothing (controls other than the
/// spaces, soft hyphen, the zero-width and joiner characters, variation
/// selectors, the byte-order mark).
fn maps_to_nothing(c: char) -> bool {
    (c.is_control() && !c.is_whitespace())
        || matches!(c, '\u{00ad}' | '\u{034f}' | '\u{1806}' | '\u{180b}'..='\u{180e}' | '\u{200b}'..='\u{200f}')
        || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{2063}' | '\u{fe00}'..='\u{fe0f}' | '\u{feff}')
}

fn push_length(out: &mut Vec<u8>, length: usize) {
    out.extend_from_slice(&(length as u32).to_be_bytes());
}

fn push_with_length(out: &mut Vec<u8>, bytes: &[u8]) {
    push_length(out, bytes.len());
    out.extend_from_slice(bytes);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An attribute: its OID's contents, the value's tag and bytes.
    type Attribute<'a> = (&'a [u8], u8, &'a [u8]);

    /// A Name of one RDN per slice of attributes.
    fn name(rdns: &[&[Attribute<'_>]]) -> Vec<u8> {
        use encode::tlv;
        let mut contents = Vec::new();
        for rdn in rdns {
            let mut set = Vec::new();
            for (oid, tag, value) in *rdn {
                set.extend(tlv(0x30, &[tlv(0x06, oid), tlv(*tag, value)].concat()));
            }
            contents.extend(tlv(0x31, &set));
        }
        tlv(0x30, &contents)
    }

    const CN: &[u8] = &[0x55, 0x04, 0x03];
    const O: &[u8] = &[0x55, 0x04, 0x0a];

    #[test]
    fn string_types_case_and_spaces_do_not_matter() {
        let printable = name(&[&[(O, 0x13, b"Example  Inc")], &[(CN, 0x13, b"Example CA")]]);
        let utf8 = name(&[&[(O, 0x0c, b" example inc ")], &[(CN, 0x0c, b"EXAMPLE\tCA")]]);
        let bmp: Vec<u8> = "Example CA".encode_utf16().flat_map(u16::to_be_bytes).collect();
        let bmp = name(&[&[(O, 0x0c, b"Example Inc")], &[(CN, 0x1e, &bmp)]]);
        assert_eq!(NameKey::of_der(&printable), NameKey::of_der(&utf8));
        assert_eq!(NameKey::of_der(&printable), NameKey::of_der(&bmp));
    }

    #[test]
    fn different_names_stay_different() {
        let a = name(&[&[(CN, 0x0c, b"Example CA 1")]]);
        let b = name(&[&[(CN, 0x0c, b"Example CA 2")]]);
        let reordered = name(&[&[(CN, 0x0c, b"Example CA 1")], &[(O, 0x0c, b"Example")]]);
        let swapped = name(&[&[(O, 0x0c, b"Example")], &[(CN, 0x0c, b"Example CA 1")]]);
        assert_ne!(NameKey::of_der(&a), NameKey::of_der(&b));
        // RDN order matters; another attribute type with the same text differs.
        assert_ne!(NameKey::of_der(&reordered), NameKey::of_der(&swapped));
        assert_ne!(NameKey::of_der(&a), NameKey::of_der(&name(&[&[(O, 0x0c, b"Example CA 1")]])));
    }

    #[test]
    fn a_multi_valued_rdn_is_a_set() {
        let one = name(&[&[(CN, 0x0c, b"a"), (O, 0x0c, b"b")]]);
        let other = name(&[&[(O, 0x13, b"B"), (CN, 0x13, b"A")]]);
        assert_eq!(NameKey::of_der(&one), NameKey::of_der(&other));
    }

    #[test]
    fn unreadable_names_match_only_themselves() {
        assert_eq!(NameKey::of_der(b"\x30\x03\x31\x01"), NameKey::of_der(b"\x30\x03\x31\x01"));
        assert_ne!(NameKey::of_der(b"\x30\x03\x31\x01"), NameKey::of_der(b"\x30\x00"));
        assert!(NameKey::of_der(b"\x30\x00").is_empty());
    }

    #[test]
    fn the_key_is_each_rdn_key_with_its_length() {
        let names = [
            name(&[&[(CN, 0x0c, b"  Example\tCA ")], &[(O, 0x13, b"Org")]]),
            name(&[&[(CN, 0x0c, b"a"), (O, 0x0c, b"b")]]),
            name(&[&[(CN, 0x1e, b"\x00A\x00b")]]),
            // An empty RDN is read, with an empty key.
            b"\x30\x02\x31\x00".to_vec(),
        ];
        for der in names {
            let mut joined = Vec::new();
            for rdn in rdn_keys(&der).unwrap() {
                push_with_length(&mut joined, &rdn);
            }
            assert_eq!(NameKey::of_der(&der).0, joined);
        }
        // Read, not kept as unreadable bytes: one RDN with an empty key.
        assert_eq!(NameKey::of_der(b"\x30\x02\x31\x00").0, [0, 0, 0, 0]);
    }

    #[test]
    fn ascii_preparation_is_the_general_one() {
        let general = |text: &str| {
            let mut out = String::new();
            let mut pending = false;
            for c in text.chars() {
                if maps_to_nothing(c) {
                    continue;
                }
                if c.is_whitespace() {
                    pending = !out.is_empty();
                    continue;
                }
                if pending {
                    out.push(' ');
                    pending = false;
                }
                out.extend(c.to_lowercase());
            }
            out
        };
        for byte in 0u8..128 {
            let text = format!(" a{}B{}c ", char::from(byte), char::from(byte));
            assert_eq!(prepare(&text), general(&text), "byte {byte:#04x}");
        }
    }

    #[test]
    fn preparation() {
        assert_eq!(prepare("  Foo\u{00a0}\u{00a0}BAR\u{200b} "), "foo bar");
        assert_eq!(prepare("ÄÖÜ"), "äöü");
        assert_eq!(prepare(""), "");
    }
}
