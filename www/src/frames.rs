//! Waiting for the browser: a timer, or the next frame drawn. The page
//! splits long work into tasks with these so that it keeps answering.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Resolves after `millis` ms, and after the browser has had a chance to
/// paint.
pub async fn pause(millis: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, millis);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Resolves once the code running now is done (Yew's rendering and its
/// effects included), before the browser runs any other task or paints.
pub async fn after_this_task() {
    let _ = wasm_bindgen_futures::JsFuture::from(js_sys::Promise::resolve(&JsValue::UNDEFINED)).await;
}

/// Resolves once the browser has drawn what was last rendered and has run
/// the tasks that were waiting meanwhile: a timer set from the next
/// animation frame. A hidden tab runs no animation frames, so a plain timer
/// resolves it too, a little later.
pub async fn after_paint() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let Some(window) = web_sys::window() else { return };
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 100);
        let later = Closure::once_into_js(move || {
            if let Some(window) = web_sys::window() {
                let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
            }
        });
        let _ = window.request_animation_frame(later.unchecked_ref());
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}
