//! What crosses between the page and its engine (two WebAssembly modules,
//! the engine's usually in a Web Worker): a question as the page asks it,
//! the report it gets back, and the certificates a root file holds. All
//! travel as bincode ([`encode`], [`decode`]); the bytes stay in this page's
//! memory.

use bincode::config::standard;
use zeroize::Zeroize;

use crate::certificate::Certificate;
use crate::options::Profile;
use crate::report::Report;
use crate::stores::StoreSet;
use crate::timestamp::Timestamp;

/// Which of the page's inputs a report input came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, bincode::Encode, bincode::Decode)]
pub enum Source {
    /// The paste box.
    Paste,
    /// A file, by the page's id for it.
    File(u32),
}

/// A file the page holds: its id, name and bytes.
#[derive(Clone, PartialEq, bincode::Encode, bincode::Decode)]
pub struct File {
    pub id: u32,
    pub name: String,
    pub bytes: Vec<u8>,
}

impl Drop for File {
    /// A file may hold a private key.
    fn drop(&mut self) {
        self.bytes.zeroize();
    }
}

/// One of the user's roots: its id, name, bytes, and the SHA-256
/// fingerprint of the certificate it was moved out of the bundle as.
#[derive(Clone, PartialEq, bincode::Encode, bincode::Decode)]
pub struct Root {
    pub id: u32,
    pub name: String,
    pub bytes: Vec<u8>,
    pub moved: Option<[u8; 32]>,
}

/// A question: everything the page's analysis depends on (not the
/// language: words are rendered in the page).
#[derive(Clone, bincode::Encode, bincode::Decode)]
pub struct Question {
    /// The paste box's text.
    pub text: String,
    pub files: Vec<File>,
    /// Every password given, each tried on every encrypted input.
    pub passwords: Vec<String>,
    /// Certificates moved to the user's roots: the bundle is read without them.
    pub set_aside: Vec<[u8; 32]>,
    pub roots: Vec<Root>,
    /// Whether the platform stores count (else only the user's roots).
    pub public_roots: bool,
    pub stores: StoreSet,
    /// The host name as typed.
    pub host: String,
    /// The moment to check at as typed (a date or an RFC 3339 time), or
    /// empty for now.
    pub at: String,
    pub profile: Profile,
}

impl Drop for Question {
    /// The text may hold a private key; the passwords are secrets.
    fn drop(&mut self) {
        self.text.zeroize();
        self.passwords.iter_mut().for_each(Zeroize::zeroize);
    }
}

/// How many certificates travel in one part of an [`Answer`]: the page
/// decodes each part in a task of its own, so that a bundle of thousands
/// does not hold it for one long decode (about 30 ms for 1831 certificates,
/// measured in Chromium).
pub const CERTIFICATES_PER_PART: usize = 200;

/// The answer: the report (as [`Report::for_transfer`] leaves it), which
/// page input each of its inputs came from, and the report's certificates
/// apart, in encoded parts ([`Answer::unpack`] puts them back).
#[derive(bincode::Encode, bincode::Decode)]
pub struct Answer {
    /// The report, without its certificates.
    report: Report,
    sources: Vec<Source>,
    /// The intake's certificates, then those of the supplied list.
    parts: Vec<Part>,
}

#[derive(bincode::Encode, bincode::Decode)]
struct Part {
    /// Of the supplied list (else of the intake).
    supplied: bool,
    bytes: Vec<u8>,
}

impl Answer {
    /// The answer that carries `report` (for transfer) from `sources`.
    pub fn new(report: &Report, sources: Vec<Source>) -> Self {
        let mut report = report.for_transfer();
        let intake = std::mem::take(&mut std::sync::Arc::make_mut(&mut report.intake).certificates);
        let supplied = report.supplied.as_mut().map(std::mem::take).unwrap_or_default();
        let mut parts = Vec::new();
        for (list, is_supplied) in [(intake, false), (supplied, true)] {
            for chunk in list.chunks(CERTIFICATES_PER_PART) {
                // Encoding certificates does not fail; if it did, the page
                // would find no certificates in the part and say so.
                parts.push(Part { supplied: is_supplied, bytes: encode(chunk).unwrap_or_default() });
            }
        }
        Self { report, sources, parts }
    }

    /// Starts putting the certificates back, a part at a time.
    pub fn unpack(self) -> Unpacking {
        Unpacking {
            report: self.report,
            sources: self.sources,
            parts: self.parts.into_iter(),
            intake: Vec::new(),
            supplied: Vec::new(),
        }
    }
}

/// An [`Answer`] whose certificates are being decoded, a part at a time.
pub struct Unpacking {
    report: Report,
    sources: Vec<Source>,
    parts: std::vec::IntoIter<Part>,
    intake: Vec<Certificate>,
    supplied: Vec<Certificate>,
}

impl Unpacking {
    /// How many parts are still packed.
    pub fn parts_left(&self) -> usize {
        self.parts.len()
    }

    /// Decodes the next part; `false` if its bytes are not certificates.
    pub fn unpack_part(&mut self) -> bool {
        let Some(part) = self.parts.next() else { return true };
        let Some(certificates) = decode::<Vec<Certificate>>(&part.bytes) else { return false };
        let list = if part.supplied { &mut self.supplied } else { &mut self.intake };
        list.extend(certificates);
        true
    }

    /// The report with its certificates and the sources, once every part
    /// is unpacked (`None` before, or if the report's intake is shared).
    pub fn into_report(mut self) -> Option<(Report, Vec<Source>)> {
        if self.parts_left() > 0 {
            return None;
        }
        // A decoded report's intake is its own: nothing to copy (and no
        // copying code in the page's module).
        std::sync::Arc::get_mut(&mut self.report.intake)?.certificates = self.intake;
        if let Some(list) = self.report.supplied.as_mut() {
            *list = self.supplied;
        }
        Some((self.report, self.sources))
    }
}

/// A certificate in one of the user's root files, as the roots panel lists it.
#[derive(Clone, PartialEq, bincode::Encode, bincode::Decode)]
pub struct RootCertificate {
    /// The root file's position in the question's roots.
    pub root: usize,
    pub name: String,
    pub not_before: Timestamp,
    pub not_after: Timestamp,
}

/// `value` as bytes.
pub fn encode<T: bincode::Encode + ?Sized>(value: &T) -> Option<Vec<u8>> {
    bincode::encode_to_vec(value, standard()).ok()
}

/// A value from bytes; `None` if they are not one.
pub fn decode<T: bincode::Decode<()>>(bytes: &[u8]) -> Option<T> {
    bincode::decode_from_slice(bytes, standard()).ok().map(|(value, _)| value)
}
