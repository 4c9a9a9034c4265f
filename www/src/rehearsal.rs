//! A rehearsal of a result, drawn once while the page is idle and thrown
//! away unseen.
//!
//! The browser compiles WebAssembly a function at a time, on first use: the
//! first result drawn paid 40–60 ms more than the next (measured in
//! Chromium) for compiling the code that encodes a question, decodes the
//! answer and draws it. Once the engine's worker has warmed up (and only
//! then: a visitor who asks at once is not made to wait), the page asks it
//! about the "messy" example and draws the answer in the page's language
//! into an element that is never attached to the document, then removes it.

use std::cell::RefCell;

use yew::prelude::*;

use crate::analysis::{use_analysis, Question, Shown};
use crate::app::results;
use crate::engine_thread;
use crate::frames::pause;
use crate::state::{Action, Example, State};
use crate::words::shown_lang;

thread_local! {
    static MOUNTED: RefCell<Option<AppHandle<Rehearsal>>> = const { RefCell::new(None) };
}

/// How long a rehearsal may take before it is removed unfinished (its
/// question superseded when the page restarted the engine's worker).
const GIVE_UP_MS: i32 = 5_000;

/// Rehearses once the engine's worker has warmed up.
pub async fn when_engine_warm() {
    if !engine_thread::warmed().await {
        return;
    }
    let Some(root) = web_sys::window().and_then(|window| window.document()).and_then(|document| document.create_element("div").ok())
    else {
        return;
    };
    let handle = yew::Renderer::<Rehearsal>::with_root(root).render();
    MOUNTED.with_borrow_mut(|mounted| *mounted = Some(handle));
    pause(GIVE_UP_MS).await;
    finish();
}

/// Removes the rehearsal, if it is still there.
fn finish() {
    if let Some(handle) = MOUNTED.with_borrow_mut(Option::take) {
        handle.destroy();
    }
}

#[function_component]
fn Rehearsal() -> Html {
    let state = use_reducer(State::default);
    {
        let state = state.clone();
        use_effect_with((), move |()| {
            state.dispatch(Action::Lang(shown_lang()));
            state.dispatch(Action::Example(Example::Messy));
        });
    }
    let Shown { analysis, busy, drawn } = use_analysis(Question::of(&state));
    let done = analysis.is_some() && !busy;
    use_effect_with(done, |done| {
        if *done {
            // Not while it is being rendered.
            wasm_bindgen_futures::spawn_local(async {
                pause(0).await;
                finish();
            });
        }
    });
    match &analysis {
        Some(analysis) => results(&state, analysis, drawn),
        None => Html::default(),
    }
}
