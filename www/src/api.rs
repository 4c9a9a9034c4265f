//! A small JavaScript API beside the page (`window.certdoctor.analyze`), for
//! scripts and tests: the same report the page shows, as a plain object.

use certdoctor::stores::StoreSet;
use certdoctor::{render, transfer, Lang, Profile, Timestamp};
use wasm_bindgen::prelude::*;

use crate::engine_thread;
use crate::words::page_words;

/// Analyses `text` (anything the paste box accepts) for `host` at `at_ms`
/// (milliseconds since the epoch; now if absent) and resolves to the
/// rendered report in `lang` (`en` or `zh`), judged by the page's engine
/// against the public trust data as the page judges by default.
#[wasm_bindgen]
pub async fn analyze(
    text: String,
    host: Option<String>,
    at_ms: Option<f64>,
    lang: Option<String>,
) -> Result<JsValue, JsValue> {
    let lang = lang.as_deref().and_then(Lang::parse).unwrap_or_default();
    let question = transfer::Question {
        text,
        files: Vec::new(),
        passwords: Vec::new(),
        set_aside: Vec::new(),
        roots: Vec::new(),
        public_roots: true,
        stores: StoreSet::all(),
        host: host.unwrap_or_default(),
        at: at_ms.map(|millis| timestamp_from_millis(millis).to_rfc3339()).unwrap_or_default(),
        profile: Profile::default(),
    };
    let failed = || JsValue::from_str("the engine could not answer");
    let mut answer = engine_thread::ask(&question).await.map_err(|_| failed())?.unpack();
    while answer.parts_left() > 0 {
        if !answer.unpack_part() {
            return Err(failed());
        }
    }
    let (report, _) = answer.into_report().ok_or_else(failed)?;
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    serde::Serialize::serialize(&render(&report, lang, &page_words(lang).controls), &serializer)
        .map_err(JsValue::from)
}

/// The browser's clock, read by the shell and handed to the engine.
pub fn now() -> Timestamp {
    timestamp_from_millis(js_sys::Date::now())
}

fn timestamp_from_millis(millis: f64) -> Timestamp {
    // f64 milliseconds hold any date a certificate can carry exactly enough.
    Timestamp::from_unix_seconds((millis / 1000.0).floor() as i64)
}
