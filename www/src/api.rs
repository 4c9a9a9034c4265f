//! A small JavaScript API beside the page (`window.certdoctor.analyze`), for
//! scripts and tests: the same report the page shows, as a plain object.

use certdoctor::{render, Lang, Timestamp};
use wasm_bindgen::prelude::*;

use crate::analysis::Question;
use crate::engine_thread;
use crate::state::State;
use crate::words::page_words;

/// Analyses `text` (anything the paste box accepts) for `host` at `at_ms`
/// (milliseconds since the epoch; now if absent) and resolves to the
/// rendered report in `lang` (`en` or `zh`), judged by the page's engine
/// as the page judges with its settings as they start.
#[wasm_bindgen]
pub async fn analyze(
    text: String,
    host: Option<String>,
    at_ms: Option<f64>,
    lang: Option<String>,
) -> Result<JsValue, JsValue> {
    let lang = lang.as_deref().and_then(Lang::parse).unwrap_or_default();
    let at = at_ms.map(|millis| Timestamp::from_unix_millis(millis).to_rfc3339()).unwrap_or_default();
    let mut state = State::default();
    (state.text, state.host, state.at) = (text, host.unwrap_or_default(), at);
    let (report, _) = engine_thread::ask(&Question::of(&state).to_wire())
        .await
        .map_err(|_| JsValue::from_str("the engine could not answer"))?;
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    serde::Serialize::serialize(&render(&report, lang, &page_words(lang).controls), &serializer)
        .map_err(JsValue::from)
}
