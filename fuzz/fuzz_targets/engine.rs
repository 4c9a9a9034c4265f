//! The whole engine on arbitrary bytes: intake, chain building, pairing,
//! validity, the second opinion and rendering in both languages must never
//! panic.
#![no_main]

mod shape;

use certdoctor::{analyze, render, Controls, Lang, Options, Timestamp};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some(shaped) = shape::shape(data) else { return };
    let mut options = Options::at(Timestamp::from_unix_seconds(1_700_000_000));
    options.passwords = shaped.passwords;
    let report = analyze(&shaped.inputs, &options);
    let controls =
        Controls { password: "--password", root: "--root", rfc5280: "--profile rfc5280", fixed_bundle: "--fix-chain" };
    for lang in [Lang::En, Lang::Zh] {
        let _ = serde_json::to_string(&render(&report, lang, &controls));
    }
});
