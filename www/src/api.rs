//! A small JavaScript API beside the page (`window.certdoctor.analyze`), for
//! scripts and tests: the same report the page shows, as a plain object.

use certdoctor::{analyze as run, render, Input, Lang, Options, Timestamp};
use wasm_bindgen::prelude::*;

use crate::trust_data;
use crate::words::page_words;

/// Analyses `text` (anything the paste box accepts) for `host` at `at_ms`
/// (milliseconds since the epoch; now if absent) and resolves to the
/// rendered report in `lang` (`en` or `zh`), judged against the trust data
/// as the page judges (loaded on first need).
#[wasm_bindgen]
pub async fn analyze(
    text: &str,
    host: Option<String>,
    at_ms: Option<f64>,
    lang: Option<String>,
) -> Result<JsValue, JsValue> {
    let lang = lang.as_deref().and_then(Lang::parse).unwrap_or_default();
    let mut options = Options::at(at_ms.map(timestamp_from_millis).unwrap_or_else(now));
    options.host = host.filter(|host| !host.trim().is_empty());
    options.stores = trust_data::stores().await;
    options.intermediates = trust_data::intermediates_if_read();
    let inputs = [Input::new("pasted text", text.as_bytes().to_vec())];
    let mut report = run(&inputs, &options);
    if report.chain.as_ref().is_some_and(|chain| !chain.trusted) && options.intermediates.is_none() {
        options.intermediates = trust_data::intermediates().await;
        report = run(&inputs, &options);
    }
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
