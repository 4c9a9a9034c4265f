//! The engine thread's side (see `engine_thread.rs`): `www/worker.js` calls
//! [`engine_answer`] with each question; the worker keeps the last session
//! (and knows a password typed again by it).

use std::cell::RefCell;
use std::rc::Rc;

use bincode::config::standard;
use js_sys::Uint8Array;
use wasm_bindgen::prelude::*;
use zeroize::Zeroizing;

use certdoctor::{Input, Options};

use crate::analysis::{judge, moment, session_for, Cache, Question, WireAnswer, WireQuestion};
use crate::state::Example;

thread_local! {
    /// The worker's last session.
    static CACHE: Cache = Rc::new(RefCell::new(None));
}

/// Reads the trust stores, before any question needs them.
#[wasm_bindgen(js_name = engineWarm)]
pub async fn engine_warm() {
    crate::trust_data::stores().await;
}

/// Runs the engine once on an example, so that the browser compiles its
/// code before the first question: WebAssembly is compiled a function at a
/// time on first use, and the first question paid 50 ms for it (measured in
/// Chromium). `www/worker.js` calls this in the page's first worker when no
/// question is waiting yet; the signatures the example checked are then
/// forgotten, so that no answer comes from it.
#[wasm_bindgen(js_name = engineWarmUp)]
pub async fn engine_warm_up() {
    let (bundle, host, at) = Example::Messy.content();
    let mut options = Options::at(moment(at));
    options.host = Some(host.to_string());
    options.stores = crate::trust_data::stores().await;
    let _ = certdoctor::analyze(&[Input::new("example", bundle.as_bytes().to_vec())], &options);
    certdoctor::forget_checked_signatures();
}

/// Answers one question. Its bytes are wiped once read.
#[wasm_bindgen(js_name = engineAnswer)]
pub async fn engine_answer(question: Uint8Array) -> Result<Uint8Array, JsValue> {
    let bytes = Zeroizing::new(question.to_vec());
    question.fill(0, 0, question.length());
    let (wire, _): (WireQuestion, usize) =
        bincode::decode_from_slice(&bytes, standard()).map_err(|_| JsValue::from_str("unreadable question"))?;
    drop(bytes);
    let cache = CACHE.with(Rc::clone);
    let question = Question::from_wire(wire, &cache);
    let (session, ids, _) = session_for(&question, &cache);
    let analysis = judge(&question, &session, ids).await;
    let answer = WireAnswer::of(&analysis);
    let bytes = bincode::encode_to_vec(&answer, standard()).map_err(|_| JsValue::from_str("unwritable report"))?;
    Ok(Uint8Array::from(bytes.as_slice()))
}
