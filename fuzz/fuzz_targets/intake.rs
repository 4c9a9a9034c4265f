//! Only the intake, many times faster than the whole engine: PEM, DER, BER
//! containers (PKCS#7, PKCS#12 with passwords, JKS), keys, CSRs and CRLs,
//! read as the bundle and again as the user's roots, must never panic.
#![no_main]

mod shape;

use certdoctor::Session;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some(shaped) = shape::shape(data) else { return };
    let session = Session::read(&shaped.inputs, &[], &shaped.passwords);
    let _ = serde_json::to_string(session.inputs());
    // The same bytes as roots, the way the page re-reads them.
    let again = session.with_roots(&shaped.inputs);
    let _ = serde_json::to_string(again.inputs());
});
