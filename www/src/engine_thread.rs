//! The engine's own thread: a dedicated Web Worker (`www/worker.js`) that
//! runs this same module, so that reading, decrypting and judging never hold
//! the page. The page sends each question as bytes and gets the report back
//! as bytes (bincode; both stay in this page's memory); the worker keeps the
//! last [`Session`](certdoctor::Session) and loads the trust data itself.
//!
//! `www/boot.js` starts the worker and offers `window.certdoctorEngine`
//! with `ask(bytes)` and `restart()`; this module is the page's side of
//! that bridge, `worker.rs` the worker's. Where there is none (the
//! single-file page opened from disk), or the worker fails, the page runs
//! the engine on its own thread as before.

use js_sys::{Function, Promise, Reflect, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

/// Why there is no answer from the engine's thread.
pub enum Failure {
    /// A newer question took its place (the worker was restarted).
    Superseded,
    /// No worker, or it failed: run the engine here.
    Unavailable,
}

fn engine() -> Option<JsValue> {
    let window = web_sys::window()?;
    Reflect::get(&window, &JsValue::from_str("certdoctorEngine")).ok().filter(JsValue::is_object)
}

fn method(engine: &JsValue, name: &str) -> Option<Function> {
    Reflect::get(engine, &JsValue::from_str(name)).ok()?.dyn_into().ok()
}

/// Whether the page has an engine thread.
pub fn available() -> bool {
    engine().is_some()
}

/// Stops whatever the engine's thread is doing (a long key derivation for a
/// question nobody waits for) and starts it afresh.
pub fn restart() {
    if let Some(engine) = engine() {
        if let Some(restart) = method(&engine, "restart") {
            let _ = restart.call0(&engine);
        }
    }
}

/// Sends a question (bytes) to the engine's thread and returns its answer.
pub async fn ask(question: &[u8]) -> Result<Vec<u8>, Failure> {
    let engine = engine().ok_or(Failure::Unavailable)?;
    let ask = method(&engine, "ask").ok_or(Failure::Unavailable)?;
    let promise: Promise = ask.call1(&engine, &Uint8Array::from(question)).map_err(|_| Failure::Unavailable)?.into();
    match JsFuture::from(promise).await {
        Ok(answer) => Ok(Uint8Array::new(&answer).to_vec()),
        Err(reason) if reason.as_string().as_deref() == Some("superseded") => Err(Failure::Superseded),
        Err(_) => Err(Failure::Unavailable),
    }
}
