//! The fonts the results are set in, laid out once while the page is idle.
//!
//! The first time a page uses a font at a size and weight, the browser looks
//! it up (on Linux through fontconfig, by a call to the browser process):
//! measured in Chromium, the sixteen sizes and weights of a first result cost
//! 22–45 ms of layout, all in the frame that shows it. This hidden sample
//! uses each of them (the list is in `www/style.css`, `.font-warmup`), a few
//! per frame, so that the first result finds them ready. A browser test
//! checks that the results use no size or weight the sample lacks.

use certdoctor::Lang;
use yew::prelude::*;

use crate::frames::after_paint;

/// How many sizes and weights `www/style.css` gives `.font-warmup`'s children.
const SAMPLES: usize = 16;
/// How many are laid out in one frame.
const PER_FRAME: usize = 4;

#[derive(Properties, PartialEq)]
pub struct FontWarmupProps {
    pub lang: Lang,
}

#[function_component]
pub fn FontWarmup(props: &FontWarmupProps) -> Html {
    let shown = use_state(|| 0_usize);
    use_effect_with(*shown, {
        let shown = shown.clone();
        move |count: &usize| {
            let count = *count;
            if count < SAMPLES {
                wasm_bindgen_futures::spawn_local(async move {
                    after_paint().await;
                    shown.set(count + PER_FRAME);
                });
            }
        }
    });
    // Chinese text is set in another font than Latin text: a sample of each.
    let sample = match props.lang {
        Lang::En => "Aa1",
        Lang::Zh => "Aa1 证书",
    };
    html! {
        <div class="font-warmup" aria-hidden="true">
            { for (0..(*shown).min(SAMPLES)).map(|_| html! { <span>{ sample }</span> }) }
        </div>
    }
}
