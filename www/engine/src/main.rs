//! certdoctor's engine for the page: reading, decrypting and judging, in a
//! WebAssembly module of its own. `www/boot.js` runs it in a dedicated Web
//! Worker (`www/worker.js`), or on the page's thread where there is no
//! worker (the single-file page opened from disk) or the worker failed. The
//! page's module (`www/src`) draws; it never links this code, so a first
//! visit can show the page before this module has arrived.
//!
//! The page asks with bytes and gets bytes back ([`certdoctor::transfer`]).
#![forbid(unsafe_code)]

mod session;
mod trust_data;

use js_sys::Uint8Array;
use wasm_bindgen::prelude::*;
use zeroize::Zeroizing;

use certdoctor::transfer::{self, Question, RootCertificate};
use certdoctor::{Input, Options, Session, Timestamp};

/// Runs as the module starts: the engine keeps the certificates it read
/// last, because the page asks again whenever the paste changes and most of
/// its certificates are the ones read a moment before (a 3-certificate
/// chain read each time: 0.9-1.1 → 0.6-1.0 ms through the page's API, in
/// a slow hour).
fn main() {
    certdoctor::remember_read_certificates(true);
}

/// Reads the trust stores, before any question needs them: from `fetched`
/// (`trust-stores.bin`'s bytes, which `www/worker.js` fetches as it
/// starts) if given, else from the page's inline data or its origin.
#[wasm_bindgen(js_name = engineWarm)]
pub async fn engine_warm(fetched: Option<Uint8Array>) {
    trust_data::stores_from(fetched.map(|bytes| bytes.to_vec())).await;
}

/// The bundle the warm-up analyses: the page's "messy" example (a chain
/// with a key, out of order, root included), which runs most of the engine.
const WARM_UP: &str = include_str!("../../examples/messy.pem");

/// Runs the engine once on an example, so that the browser compiles its
/// code before the first question: WebAssembly is compiled a function at a
/// time on first use, and the first question paid 50 ms for it (measured in
/// Chromium). `www/worker.js` calls this in the page's first worker when no
/// question is waiting yet; the signatures the example checked are then
/// forgotten, so that no answer comes from it.
#[wasm_bindgen(js_name = engineWarmUp)]
pub async fn engine_warm_up() {
    let mut options = Options::at(now());
    options.host = Some("expired.rootca1.demo.amazontrust.com".to_string());
    options.stores = trust_data::stores().await;
    let _ = certdoctor::analyze(&[Input::new("example", WARM_UP.as_bytes().to_vec())], &options);
    certdoctor::forget_checked_signatures();
}

/// Answers one question ([`transfer::Question`] in, [`transfer::Answer`]
/// out). The question's bytes are wiped once read.
#[wasm_bindgen(js_name = engineAnswer)]
pub async fn engine_answer(question: Uint8Array) -> Result<Uint8Array, JsValue> {
    let question: Question = transfer::decode(&read(question)).ok_or_else(unreadable)?;
    let answer = session::answer(question).await;
    let bytes = transfer::encode(&answer).ok_or_else(|| JsValue::from_str("unwritable report"))?;
    Ok(Uint8Array::from(bytes.as_slice()))
}

/// What each of the user's root files holds (a list of [`transfer::Root`]
/// in, of [`RootCertificate`] out), read on their own so that the roots
/// panel lists them before any chain is given. Roots are small; nothing is
/// decrypted.
#[wasm_bindgen(js_name = engineRoots)]
pub fn engine_roots(roots: Uint8Array) -> Result<Uint8Array, JsValue> {
    let roots: Vec<transfer::Root> = transfer::decode(&read(roots)).ok_or_else(unreadable)?;
    let read = Session::read(&[], &session::roots_of(&roots), &[]);
    let listed: Vec<RootCertificate> = read
        .certificates()
        .iter()
        .map(|certificate| RootCertificate {
            root: certificate.input,
            name: certificate.name.clone(),
            not_before: certificate.not_before,
            not_after: certificate.not_after,
        })
        .collect();
    let bytes = transfer::encode(&listed).ok_or_else(|| JsValue::from_str("unwritable roots"))?;
    Ok(Uint8Array::from(bytes.as_slice()))
}

/// The bytes the page sent, which are wiped where they came in.
fn read(sent: Uint8Array) -> Zeroizing<Vec<u8>> {
    let bytes = Zeroizing::new(sent.to_vec());
    sent.fill(0, 0, sent.length());
    bytes
}

fn unreadable() -> JsValue {
    JsValue::from_str("unreadable question")
}

/// The browser's clock.
fn now() -> Timestamp {
    Timestamp::from_unix_millis(js_sys::Date::now())
}
