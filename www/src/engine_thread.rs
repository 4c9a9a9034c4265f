//! The engine: its own WebAssembly module (`www/engine`), which this page's
//! module never links. `www/boot.js` runs it in a dedicated Web Worker
//! (`www/worker.js`) — or on the page's thread where there is no worker
//! (the single-file page opened from disk) or the worker failed — and
//! offers it as `window.certdoctorEngine`: `call(name, bytes)` runs one of
//! the engine's functions on bytes and resolves to bytes, `restart()`
//! abandons what it is doing, `warmed` resolves once the worker has warmed
//! up. Questions and answers are bincode
//! ([`certdoctor::transfer`]); both stay in this page's memory.

use certdoctor::transfer::{self, Answer, Question, Root, RootCertificate, Source};
use certdoctor::Report;
use js_sys::{Function, Promise, Reflect, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use zeroize::Zeroizing;

use crate::frames::pause;

/// Why there is no answer from the engine.
pub enum Failure {
    /// A newer question took its place (the worker was restarted).
    Superseded,
    /// The engine could not answer (it failed, or never loaded).
    Unavailable,
}

fn engine() -> Option<JsValue> {
    let window = web_sys::window()?;
    Reflect::get(&window, &JsValue::from_str("certdoctorEngine")).ok().filter(JsValue::is_object)
}

/// The property `name` of `window.certdoctorEngine`.
fn property(engine: &JsValue, name: &str) -> Option<JsValue> {
    Reflect::get(engine, &JsValue::from_str(name)).ok()
}

fn method(engine: &JsValue, name: &str) -> Option<Function> {
    property(engine, name)?.dyn_into().ok()
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

/// Whether questions go to the engine's worker (not where the engine runs
/// on this page's thread: the single-file page, no `Worker`, a worker that
/// could not load).
pub fn in_worker() -> bool {
    engine()
        .and_then(|engine| property(&engine, "inWorker"))
        .is_some_and(|value| value.is_truthy())
}

/// Resolves to whether the engine's worker has warmed up (it does so only
/// when no question came first); `false` where there is no worker.
pub async fn warmed() -> bool {
    let Some(warmed) = engine().and_then(|engine| property(&engine, "warmed")) else {
        return false;
    };
    let Ok(promise) = warmed.dyn_into::<Promise>() else { return false };
    JsFuture::from(promise).await.is_ok_and(|value| value.is_truthy())
}

/// Runs the engine's function `name` on `bytes`.
async fn call(name: &str, bytes: &[u8]) -> Result<Zeroizing<Vec<u8>>, Failure> {
    let engine = engine().ok_or(Failure::Unavailable)?;
    let call = method(&engine, "call").ok_or(Failure::Unavailable)?;
    let promise: Promise = call
        .call2(&engine, &JsValue::from_str(name), &Uint8Array::from(bytes))
        .map_err(|_| Failure::Unavailable)?
        .into();
    match JsFuture::from(promise).await {
        Ok(answer) => Ok(Zeroizing::new(Uint8Array::new(&answer).to_vec())),
        Err(reason) if reason.as_string().as_deref() == Some("superseded") => Err(Failure::Superseded),
        Err(_) => Err(Failure::Unavailable),
    }
}

/// Asks the engine a question: the report, and which page input each of
/// its inputs came from. The answer's certificates are decoded a part at a
/// time, each part in a task of its own.
pub async fn ask(question: &Question) -> Result<(Report, Vec<Source>), Failure> {
    let bytes = Zeroizing::new(transfer::encode(question).ok_or(Failure::Unavailable)?);
    let answer = call("engineAnswer", &bytes).await?;
    let mut answer = transfer::decode::<Answer>(&answer).ok_or(Failure::Unavailable)?.unpack();
    while answer.parts_left() > 0 {
        if !answer.unpack_part() {
            return Err(Failure::Unavailable);
        }
        if answer.parts_left() > 0 {
            pause(0).await;
        }
    }
    answer.into_report().ok_or(Failure::Unavailable)
}

/// What each of the user's root files holds.
pub async fn root_certificates(roots: &[Root]) -> Result<Vec<RootCertificate>, Failure> {
    let bytes = transfer::encode(roots).ok_or(Failure::Unavailable)?;
    let answer = call("engineRoots", &bytes).await?;
    transfer::decode(&answer).ok_or(Failure::Unavailable)
}
