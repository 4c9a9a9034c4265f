//! When the engine or the page panics: a notice that says what happened and
//! what to do, in the page's language, instead of a page that silently stops
//! answering. Nothing is logged — a panic message could quote an input.

use wasm_bindgen::prelude::*;

use crate::words::{page_words, shown_lang};

/// Installs the hook (once, at start).
pub fn install() {
    // Through Yew, which otherwise replaces any hook with one that logs the
    // panic message (and so possibly a piece of an input) to the console.
    yew::set_custom_panic_hook(Box::new(|_| show_notice()));
}

/// Shows the notice (once): also when the engine failed.
pub fn show_notice() {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else { return };
    if document.get_element_by_id("panic-notice").is_some() {
        return;
    }
    let words = page_words(shown_lang());
    let Ok(notice) = document.create_element("div") else { return };
    notice.set_id("panic-notice");
    let _ = notice.set_attribute("role", "alert");
    notice.set_text_content(Some(words.crashed));
    if let Some(body) = document.body() {
        let _ = body.prepend_with_node_1(&notice);
    }
}

/// Panics on purpose, so that the browser tests can see the notice.
#[wasm_bindgen(js_name = "__panicForTests")]
pub fn panic_for_tests() {
    panic!("a test asked for a panic");
}
