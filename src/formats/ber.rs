//! A small, bounded BER reader (ITU-T X.690) and the few DER encoders the
//! engine needs.
//!
//! PKCS#7 and PKCS#12 files exported by Windows, Java and older OpenSSL are
//! often BER, not DER: indefinite lengths and OCTET STRINGs split into
//! constructed chunks. x509-parser and the RustCrypto `der` crate are strict
//! DER readers, so the containers are walked here and the DER objects inside
//! them (certificates, keys) are handed to those parsers. Every length is
//! checked against the bytes actually present and nesting is bounded, so no
//! input can make this read out of bounds, recurse deeply or allocate more
//! than it was given.

use std::borrow::Cow;

use super::error::{FormatError, Problem};

/// Nesting deeper than this is refused (real PKCS#12 files nest about 10).
const MAX_DEPTH: usize = 48;

pub mod tag {
    pub const INTEGER: u8 = 0x02;
    pub const BIT_STRING: u8 = 0x03;
    pub const OCTET_STRING: u8 = 0x04;
    pub const NULL: u8 = 0x05;
    pub const OID: u8 = 0x06;
    pub const UTF8_STRING: u8 = 0x0c;
    pub const BMP_STRING: u8 = 0x1e;
    pub const SEQUENCE: u8 = 0x30;
    pub const SET: u8 = 0x31;
    pub const CONSTRUCTED: u8 = 0x20;

    /// `[n]` with constructed encoding, as EXPLICIT tags are.
    pub const fn context(n: u8) -> u8 {
        0xa0 | n
    }

    /// `[n]` with primitive encoding.
    pub const fn context_primitive(n: u8) -> u8 {
        0x80 | n
    }
}

pub type Result<T> = std::result::Result<T, FormatError>;

fn fail<T>(offset: usize, problem: Problem) -> Result<T> {
    Err(FormatError::at(offset, problem))
}

/// One tag-length-value.
#[derive(Clone, Copy, Debug)]
pub struct Tlv<'a> {
    /// The identifier octet (class, constructed bit, tag number < 31).
    pub tag: u8,
    /// The value octets; for indefinite lengths, without the end-of-contents.
    pub contents: &'a [u8],
    /// The whole encoding, header included.
    pub raw: &'a [u8],
    /// Where `raw` starts in the buffer that was parsed.
    pub offset: usize,
    /// Where `contents` starts in that buffer.
    contents_offset: usize,
    depth: usize,
}

/// Reads consecutive TLVs from a byte slice.
#[derive(Clone, Debug)]
pub struct Reader<'a> {
    rest: &'a [u8],
    /// Offset of `rest` in the buffer that was parsed.
    offset: usize,
    depth: usize,
}

impl<'a> Reader<'a> {
    pub fn is_empty(&self) -> bool {
        self.rest.is_empty()
    }

    pub fn peek_tag(&self) -> Option<u8> {
        self.rest.first().copied()
    }

    /// Reads the next TLV.
    pub fn read(&mut self) -> Result<Tlv<'a>> {
        let (tlv, rest) = read_tlv(self.rest, self.offset, self.depth)?;
        self.offset += self.rest.len() - rest.len();
        self.rest = rest;
        Ok(tlv)
    }

    /// Reads the next TLV and checks its tag; `field` is its ASN.1 name.
    pub fn expect(&mut self, expected: u8, field: &'static str) -> Result<Tlv<'a>> {
        match self.peek_tag() {
            Some(found) if same_tag(found, expected) => self.read(),
            Some(found) => fail(self.offset, Problem::UnexpectedTag { field: crate::label::Label(field), expected, found }),
            None => fail(self.offset, Problem::MissingField { field: crate::label::Label(field) }),
        }
    }

    /// Reads the next TLV if it has this tag.
    pub fn optional(&mut self, expected: u8) -> Result<Option<Tlv<'a>>> {
        match self.peek_tag() {
            Some(found) if same_tag(found, expected) => self.read().map(Some),
            _ => Ok(None),
        }
    }
}

/// Tags match, allowing BER's constructed form of string types.
fn same_tag(found: u8, expected: u8) -> bool {
    found == expected
        || (matches!(expected, tag::OCTET_STRING | tag::BIT_STRING | tag::BMP_STRING | tag::UTF8_STRING)
            && found == expected | tag::CONSTRUCTED)
        || (expected & 0xc0 == 0x80 && found & !tag::CONSTRUCTED == expected & !tag::CONSTRUCTED)
}

/// Reads one TLV from `input`, which starts at `offset` of the whole buffer.
fn read_tlv(input: &[u8], offset: usize, depth: usize) -> Result<(Tlv<'_>, &[u8])> {
    if depth > MAX_DEPTH {
        return fail(offset, Problem::TooDeep { limit: MAX_DEPTH });
    }
    let Some((&identifier, after_tag)) = input.split_first() else {
        return fail(offset, Problem::Truncated);
    };
    if identifier & 0x1f == 0x1f {
        return fail(offset, Problem::HighTagNumber);
    }
    let Some((&first_length, mut after_length)) = after_tag.split_first() else {
        return fail(offset, Problem::Truncated);
    };
    let length = match first_length {
        0x80 => None,
        short @ 0x00..=0x7f => Some(usize::from(short)),
        long => {
            let count = usize::from(long & 0x7f);
            if count > 4 {
                return fail(offset, Problem::LengthTooLong);
            }
            let Some(bytes) = after_length.get(..count) else { return fail(offset, Problem::Truncated) };
            after_length = &after_length[count..];
            Some(bytes.iter().fold(0usize, |sum, byte| (sum << 8) | usize::from(*byte)))
        }
    };
    let header_length = input.len() - after_length.len();
    let contents_offset = offset + header_length;
    match length {
        Some(length) => {
            if length > after_length.len() {
                return fail(
                    offset,
                    Problem::LengthBeyondData {
                        claimed: length as u64,
                        available: after_length.len() as u64,
                    },
                );
            }
            let total = header_length + length;
            let tlv = Tlv {
                tag: identifier,
                contents: &after_length[..length],
                raw: &input[..total],
                offset,
                contents_offset,
                depth,
            };
            Ok((tlv, &input[total..]))
        }
        None => {
            if identifier & tag::CONSTRUCTED == 0 {
                return fail(offset, Problem::IndefinitePrimitive);
            }
            // Walk the children to find the end-of-contents octets.
            let mut rest = after_length;
            loop {
                if rest.starts_with(&[0, 0]) {
                    let contents_length = after_length.len() - rest.len();
                    let total = header_length + contents_length + 2;
                    let tlv = Tlv {
                        tag: identifier,
                        contents: &after_length[..contents_length],
                        raw: &input[..total],
                        offset,
                        contents_offset,
                        depth,
                    };
                    return Ok((tlv, &input[total..]));
                }
                if rest.is_empty() {
                    return fail(offset, Problem::MissingEndOfContents);
                }
                let child_offset = contents_offset + (after_length.len() - rest.len());
                let (_, after_child) = read_tlv(rest, child_offset, depth + 1)?;
                rest = after_child;
            }
        }
    }
}

impl<'a> Tlv<'a> {
    /// Parses a whole buffer as exactly one TLV (trailing bytes are refused).
    pub fn parse_whole(bytes: &'a [u8]) -> Result<Self> {
        let (tlv, rest) = read_tlv(bytes, 0, 0)?;
        if !rest.is_empty() {
            return fail(tlv.raw.len(), Problem::TrailingBytes { count: rest.len() });
        }
        Ok(tlv)
    }

    /// A reader over the children of a constructed value.
    pub fn children(&self) -> Reader<'a> {
        Reader { rest: self.contents, offset: self.contents_offset, depth: self.depth + 1 }
    }

    pub fn is_constructed(&self) -> bool {
        self.tag & tag::CONSTRUCTED != 0
    }

    /// The octets of an OCTET STRING (or an IMPLICIT one), joining BER's
    /// constructed chunks.
    pub fn octets(&self) -> Result<Cow<'a, [u8]>> {
        if !self.is_constructed() {
            return Ok(Cow::Borrowed(self.contents));
        }
        let mut joined = Vec::with_capacity(self.contents.len());
        let mut chunks = self.children();
        while !chunks.is_empty() {
            let chunk = chunks.read()?;
            joined.extend_from_slice(&chunk.octets()?);
        }
        Ok(Cow::Owned(joined))
    }

    /// The contents of a BIT STRING with no unused bits.
    pub fn bits(&self) -> Result<&'a [u8]> {
        match self.contents.split_first() {
            Some((0, bits)) if !self.is_constructed() => Ok(bits),
            Some(_) => fail(self.offset, Problem::BitStringUnusedBits),
            None => fail(self.offset, Problem::EmptyBitString),
        }
    }

    /// An OBJECT IDENTIFIER in dotted form.
    pub fn oid(&self) -> Result<String> {
        if self.tag != tag::OID {
            return fail(
                self.offset,
                Problem::UnexpectedTag { field: crate::label::Label("OBJECT IDENTIFIER"), expected: tag::OID, found: self.tag },
            );
        }
        oid_to_string(self.contents).ok_or(FormatError::at(self.offset, Problem::MalformedOid))
    }

    /// A non-negative INTEGER that fits in 64 bits.
    pub fn small_uint(&self) -> Result<u64> {
        let bytes = self.unsigned_bytes()?;
        if bytes.len() > 8 {
            return fail(self.offset, Problem::IntegerTooLarge);
        }
        Ok(bytes.iter().fold(0u64, |sum, byte| (sum << 8) | u64::from(*byte)))
    }

    /// The magnitude of a non-negative INTEGER, without leading zeros.
    pub fn unsigned_bytes(&self) -> Result<&'a [u8]> {
        if self.tag != tag::INTEGER {
            return fail(
                self.offset,
                Problem::UnexpectedTag { field: crate::label::Label("INTEGER"), expected: tag::INTEGER, found: self.tag },
            );
        }
        match self.contents.first() {
            None => fail(self.offset, Problem::EmptyInteger),
            Some(first) if first & 0x80 != 0 => fail(self.offset, Problem::NegativeInteger),
            Some(_) => {
                let start = self.contents.iter().position(|byte| *byte != 0).unwrap_or(self.contents.len());
                Ok(&self.contents[start..])
            }
        }
    }
}

/// Dotted form of an encoded OBJECT IDENTIFIER; `None` if it is malformed.
pub fn oid_to_string(contents: &[u8]) -> Option<String> {
    if contents.is_empty() || contents.last().is_some_and(|byte| byte & 0x80 != 0) {
        return None;
    }
    // Written straight into one string: signatures are checked often, and
    // each check names its algorithm's OID.
    let mut text = String::with_capacity(contents.len() * 3);
    let mut value: u64 = 0;
    for byte in contents {
        if value > (u64::MAX >> 7) {
            return None;
        }
        value = (value << 7) | u64::from(byte & 0x7f);
        if byte & 0x80 == 0 {
            if text.is_empty() {
                let first = (value / 40).min(2);
                push_decimal(&mut text, first);
                text.push('.');
                push_decimal(&mut text, value - first * 40);
            } else {
                text.push('.');
                push_decimal(&mut text, value);
            }
            value = 0;
        }
    }
    Some(text)
}

fn push_decimal(text: &mut String, mut value: u64) {
    let mut digits = [0_u8; 20];
    let mut start = digits.len();
    loop {
        start -= 1;
        digits[start] = b'0' + (value % 10) as u8;
        value /= 10;
        if value == 0 {
            break;
        }
    }
    text.extend(digits[start..].iter().map(|digit| char::from(*digit)));
}

/// DER encoders for the structures the engine builds itself
/// (SubjectPublicKeyInfo from a private key, for comparison and display).
pub mod encode {
    use super::tag;

    pub fn tlv(tag: u8, contents: &[u8]) -> Vec<u8> {
        let mut out = vec![tag];
        let length = contents.len();
        if length < 0x80 {
            out.push(length as u8);
        } else {
            let bytes = length.to_be_bytes();
            let skip = bytes.iter().take_while(|byte| **byte == 0).count();
            out.push(0x80 | (bytes.len() - skip) as u8);
            out.extend_from_slice(&bytes[skip..]);
        }
        out.extend_from_slice(contents);
        out
    }

    pub fn sequence(parts: &[&[u8]]) -> Vec<u8> {
        tlv(tag::SEQUENCE, &parts.concat())
    }

    /// A non-negative INTEGER from its magnitude.
    pub fn unsigned_integer(magnitude: &[u8]) -> Vec<u8> {
        let start = magnitude.iter().position(|byte| *byte != 0).unwrap_or(magnitude.len());
        let trimmed = &magnitude[start..];
        let mut contents = Vec::with_capacity(trimmed.len() + 1);
        if trimmed.first().is_none_or(|byte| byte & 0x80 != 0) {
            contents.push(0);
        }
        contents.extend_from_slice(trimmed);
        tlv(tag::INTEGER, &contents)
    }

    pub fn bit_string(bits: &[u8]) -> Vec<u8> {
        let mut contents = Vec::with_capacity(bits.len() + 1);
        contents.push(0);
        contents.extend_from_slice(bits);
        tlv(tag::BIT_STRING, &contents)
    }

    pub fn null() -> Vec<u8> {
        vec![tag::NULL, 0]
    }

    /// An OBJECT IDENTIFIER from dotted form. Only used with constants.
    pub fn oid(dotted: &str) -> Vec<u8> {
        let arcs: Vec<u64> = dotted.split('.').filter_map(|arc| arc.parse().ok()).collect();
        let mut contents = Vec::new();
        if let [first, second, rest @ ..] = arcs.as_slice() {
            push_base128(&mut contents, first * 40 + second);
            for arc in rest {
                push_base128(&mut contents, *arc);
            }
        }
        tlv(tag::OID, &contents)
    }

    fn push_base128(out: &mut Vec<u8>, mut value: u64) {
        let mut groups = vec![(value & 0x7f) as u8];
        value >>= 7;
        while value > 0 {
            groups.push(0x80 | (value & 0x7f) as u8);
            value >>= 7;
        }
        out.extend(groups.iter().rev());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_definite_and_indefinite_lengths() {
        // SEQUENCE (indefinite) { INTEGER 5, OCTET STRING (constructed, indefinite) { "ab", "c" } }
        let ber = [
            0x30, 0x80, 0x02, 0x01, 0x05, 0x24, 0x80, 0x04, 0x02, b'a', b'b', 0x04, 0x01, b'c', 0x00, 0x00,
            0x00, 0x00,
        ];
        let outer = Tlv::parse_whole(&ber).unwrap();
        assert_eq!(outer.raw.len(), ber.len());
        let mut children = outer.children();
        assert_eq!(children.expect(tag::INTEGER, "n").unwrap().small_uint().unwrap(), 5);
        let octets = children.expect(tag::OCTET_STRING, "s").unwrap();
        assert_eq!(&*octets.octets().unwrap(), b"abc");
        assert!(children.is_empty());
    }

    #[test]
    fn refuses_lies_and_depth() {
        let cases: [&[u8]; 6] = [
            &[0x30, 0x05, 0x02, 0x01],       // length past the end
            &[0x30, 0x80, 0x02, 0x01, 0x05], // no end-of-contents
            &[0x04, 0x80, 0x00, 0x00],       // indefinite primitive
            &[0x30, 0x85, 1, 2, 3, 4, 5],    // 5-byte length
            &[0x1f, 0x81, 0x00],             // high tag number
            &[0x30],                         // no length
        ];
        for bytes in cases {
            assert!(Tlv::parse_whole(bytes).is_err(), "{bytes:02x?}");
        }
        let deep: Vec<u8> = std::iter::repeat_n([0x30u8, 0x80], 200).flatten().collect();
        assert!(Tlv::parse_whole(&deep).is_err());
    }

    #[test]
    fn object_identifiers_round_trip() {
        for dotted in [
            "1.2.840.113549.1.1.1",
            "2.5.29.17",
            "1.3.101.112",
            "2.16.840.1.101.3.4.1.42",
            "0.0",
            "2.999.10",
            "1.3.6.1.4.1.9223372036854775807",
        ] {
            let der = encode::oid(dotted);
            assert_eq!(Tlv::parse_whole(&der).unwrap().oid().unwrap(), dotted);
        }
    }

    #[test]
    fn integers() {
        let der = encode::unsigned_integer(&[0x00, 0x80, 0x01]);
        assert_eq!(der, [0x02, 0x03, 0x00, 0x80, 0x01]);
        assert_eq!(Tlv::parse_whole(&der).unwrap().unsigned_bytes().unwrap(), [0x80, 0x01]);
        assert!(Tlv::parse_whole(&[0x02, 0x01, 0xff]).unwrap().unsigned_bytes().is_err());
        let long = encode::tlv(tag::OCTET_STRING, &[7u8; 300]);
        assert_eq!(&long[..4], [0x04, 0x82, 0x01, 0x2c]);
    }
}
