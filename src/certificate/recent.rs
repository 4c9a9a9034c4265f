//! Certificates read recently on this thread, by their DER, so that reading
//! one again copies what was read instead of parsing and hashing it again.
//! The page's engine re-reads the whole paste when it changes (a newline
//! typed, a key pasted below the chain): its certificates are the ones read
//! a moment before. Off until [`remember`] turns it on: a process that reads
//! each certificate once (`certdoctor check`) would only pay for the copies.
//!
//! Bounded, whatever the input: at most [`ENTRIES`] certificates of at most
//! [`LARGEST`] bytes of DER each; the oldest goes first. A certificate is
//! found by its whole DER, compared byte for byte, so no input can pass for
//! another. Few entries, because finding one compares the DER read with
//! each entry of its length up to the first byte that differs: crafted
//! certificates alike but for their last bytes cost up to [`ENTRIES`] times
//! the input's size in comparisons (16 × 8 MiB at the input limit). A paste
//! the page re-reads rarely holds more certificates than that.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::sync::atomic::{AtomicBool, Ordering};

use super::Certificate;

const ENTRIES: usize = 16;
const LARGEST: usize = 16 * 1024;

static ON: AtomicBool = AtomicBool::new(false);

thread_local! {
    static RECENT: RefCell<VecDeque<Certificate>> = const { RefCell::new(VecDeque::new()) };
}

/// Turns remembering on or off for every thread; off also forgets what
/// this thread remembered (other threads' memories go unused while off).
pub fn remember(on: bool) {
    ON.store(on, Ordering::Relaxed);
    if !on {
        RECENT.with_borrow_mut(VecDeque::clear);
    }
}

/// A copy of the certificate read from `der`, if it was read recently.
pub(super) fn get(der: &[u8]) -> Option<Certificate> {
    if !ON.load(Ordering::Relaxed) {
        return None;
    }
    RECENT.with_borrow(|recent| recent.iter().find(|known| known.der == der).cloned())
}

/// Remembers a certificate just read (with its place in the report, which
/// a copy given out later replaces) and gives it back.
pub(super) fn kept(certificate: Certificate) -> Certificate {
    if ON.load(Ordering::Relaxed) && certificate.der.len() <= LARGEST {
        RECENT.with_borrow_mut(|recent| {
            if recent.len() >= ENTRIES {
                recent.pop_front();
            }
            recent.push_back(certificate.clone());
        });
    }
    certificate
}

#[cfg(test)]
mod tests {
    use super::super::{Certificate, Source};
    use super::*;

    fn amazon(file: &str) -> Vec<u8> {
        let path = format!("{}/../shared/corpus/rustls-webpki/tests/amazon/{file}", env!("CARGO_MANIFEST_DIR"));
        std::fs::read(&path).unwrap_or_else(|error| panic!("{path}: {error}"))
    }

    // One test: the switch is the process's, and tests run side by side.
    #[test]
    fn a_certificate_read_again_is_the_same_in_its_new_place_and_bounded() {
        let der = amazon("r2m03.cer");
        let fresh = Certificate::from_der(&der, 0, 0, Source::Bundle).unwrap();
        remember(true);
        let first = Certificate::from_der(&der, 0, 0, Source::Bundle).unwrap();
        assert_eq!(RECENT.with_borrow(VecDeque::len), 1);
        let again = Certificate::from_der(&der, 3, 2, Source::Root).unwrap();
        assert_eq!(RECENT.with_borrow(VecDeque::len), 1, "found, not read again");
        assert_eq!((again.index, again.input, again.source), (3, 2, Source::Root));
        // Everything else is what reading it gives.
        let placed = |mut certificate: Certificate| {
            (certificate.index, certificate.input, certificate.source) = (0, 0, Source::Bundle);
            serde_json::to_string(&certificate).unwrap()
        };
        assert_eq!(placed(again), placed(fresh.clone()));
        assert_eq!(placed(first), placed(fresh));
        // Another DER of the same length is not taken for it.
        let mut tampered = der.clone();
        let last = tampered.len() - 1;
        tampered[last] ^= 1;
        let other = Certificate::from_der(&tampered, 0, 0, Source::Bundle).unwrap();
        assert_ne!(other.sha256, Certificate::from_der(&der, 0, 0, Source::Bundle).unwrap().sha256);
        // The oldest goes first.
        for serial in 0..ENTRIES + 5 {
            let mut variant = der.clone();
            variant[last - 1] = serial as u8;
            variant[last - 2] = (serial >> 8) as u8;
            let _ = Certificate::from_der(&variant, 0, 0, Source::Bundle);
        }
        assert_eq!(RECENT.with_borrow(VecDeque::len), ENTRIES);
        assert!(get(&der).is_none(), "the first one read is gone");
        // Garbage is refused, and not remembered.
        RECENT.with_borrow_mut(VecDeque::clear);
        assert!(Certificate::from_der(&[0x30, 0x03, 0x02, 0x01, 0x01], 0, 0, Source::Bundle).is_err());
        assert!(Certificate::from_der(&[], 0, 0, Source::Bundle).is_err());
        assert_eq!(RECENT.with_borrow(VecDeque::len), 0);
        remember(false);
        assert!(get(&der).is_none());
    }
}
