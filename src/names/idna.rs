//! Internationalised host names in the form certificates carry them: each
//! label as its ASCII A-label (RFC 5890), after the UTS #46 mapping that
//! browsers apply (non-transitional: "ß" and "ς" stay themselves; full-width
//! letters and dots, upper-case and other compatibility forms are mapped).
//! The work is the `idna` crate's (servo's rust-url), as browsers and curl
//! do it.

/// The A-label form of a host name, lower-case. A leading wildcard label is
/// kept. A name UTS #46 refuses (a disallowed character, an invalid label)
/// is only lower-cased: it then matches no certificate entry.
pub fn to_ascii(name: &str) -> String {
    let (wildcard, rest) = match name.strip_prefix("*.") {
        Some(rest) => ("*.", rest),
        None => ("", name),
    };
    match idna::domain_to_ascii(rest) {
        Ok(ascii) => format!("{wildcard}{ascii}"),
        Err(_) => name.to_lowercase(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn internationalised_names_become_a_labels() {
        assert_eq!(to_ascii("bücher.example"), "xn--bcher-kva.example");
        assert_eq!(to_ascii("MÜNCHEN.de"), "xn--mnchen-3ya.de");
        assert_eq!(to_ascii("他们为什么不说中文"), "xn--ihqwcrb4cv8a8dqg056pqjye");
        assert_eq!(to_ascii("www.Example.COM"), "www.example.com");
        assert_eq!(to_ascii("*.bücher.example"), "*.xn--bcher-kva.example");
    }

    #[test]
    fn uts46_mapping() {
        // Full-width letters and the ideographic full stop are mapped.
        assert_eq!(to_ascii("ｅｘａｍｐｌｅ。ｃｏｍ"), "example.com");
        // Non-transitional: ß and ς are kept, not turned into ss and σ.
        assert_eq!(to_ascii("faß.de"), "xn--fa-hia.de");
        assert_ne!(to_ascii("βόλος.com"), to_ascii("βόλοσ.com"));
        // Upper-case non-ASCII letters are lower-cased before encoding.
        assert_eq!(to_ascii("ÄÖÜ.example"), to_ascii("äöü.example"));
    }
}
