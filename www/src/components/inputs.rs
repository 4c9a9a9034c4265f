//! The paste box, the file drop zone and picker, the host and date fields.

use certdoctor::{Lang, Profile};
use wasm_bindgen::JsCast;
use web_sys::{ClipboardEvent, DragEvent, File, FileList, HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::state::{Action, Example};
use crate::words::words;

/// Pastes larger than this are taken as an input of their own.
const LARGE_PASTE: usize = 256 * 1024;

#[derive(Properties, PartialEq)]
pub struct InputsProps {
    pub text: String,
    pub text_version: u32,
    pub host: String,
    /// `YYYY-MM-DD`, or empty for now.
    pub at: String,
    /// Names of the certificates the user trusts as their own roots.
    pub roots: Vec<String>,
    pub profile: Profile,
    pub lang: Lang,
    pub on_action: Callback<Action>,
}

/// Reads every file in `files` and adds it. Only the first bytes up to the
/// engine's limit (plus one, so the engine can say the limit was hit) are
/// read, so a huge file cannot exhaust the page's memory.
fn add_files(files: Option<FileList>, on_action: Callback<Action>) {
    let Some(files) = files else { return };
    let limit = certdoctor::input::limits::MAX_TOTAL_BYTES as f64 + 1.0;
    for position in 0..files.length() {
        let Some(file) = files.item(position) else { continue };
        let on_action = on_action.clone();
        wasm_bindgen_futures::spawn_local(async move {
            if let Some(bytes) = read_file(&file, limit).await {
                on_action.emit(Action::AddFile { name: file.name(), bytes });
            }
        });
    }
}

async fn read_file(file: &File, limit: f64) -> Option<Vec<u8>> {
    let blob =
        if file.size() > limit { file.slice_with_f64_and_f64(0.0, limit).ok()? } else { file.clone().into() };
    let buffer = wasm_bindgen_futures::JsFuture::from(blob.array_buffer()).await.ok()?;
    Some(js_sys::Uint8Array::new(&buffer).to_vec())
}

#[function_component]
pub fn Inputs(props: &InputsProps) -> Html {
    let text = words(props.lang);
    let dragging = use_state(|| false);
    // The paste box is not bound to the state: the user's typing stays in
    // it, and the page writes it only when it sets the text itself.
    let paste = use_node_ref();
    {
        let paste = paste.clone();
        let content = props.text.clone();
        use_effect_with(props.text_version, move |_| {
            if let Some(area) = paste.cast::<HtmlTextAreaElement>() {
                area.set_value(&content);
            }
        });
    }
    let on_paste = props.on_action.reform(|event: InputEvent| {
        let area: HtmlTextAreaElement = event.target_unchecked_into();
        Action::Paste(area.value())
    });
    let on_host = props.on_action.reform(|event: InputEvent| {
        let field: HtmlInputElement = event.target_unchecked_into();
        Action::Host(field.value())
    });
    // A very large paste (a whole CA bundle) becomes an input of its own
    // instead of text in the box: a browser needs about a second just to lay
    // out 2 MB in a text box, during which the page cannot answer.
    let on_paste_event = {
        let on_action = props.on_action.clone();
        Callback::from(move |event: Event| {
            let Some(event) = event.dyn_ref::<ClipboardEvent>() else { return };
            let Some(text) = event.clipboard_data().and_then(|data| data.get_data("text/plain").ok()) else {
                return;
            };
            if text.len() > LARGE_PASTE {
                event.prevent_default();
                let name = format!("pasted text ({} KiB)", text.len() / 1024);
                on_action.emit(Action::AddFile { name, bytes: text.into_bytes() });
            }
        })
    };
    let on_at = props.on_action.reform(|event: Event| {
        let field: HtmlInputElement = event.target_unchecked_into();
        Action::At(field.value())
    });
    let on_now = props.on_action.reform(|_: MouseEvent| Action::At(String::new()));
    let on_profile = props.on_action.reform(|event: Event| {
        let select: web_sys::HtmlSelectElement = event.target_unchecked_into();
        Action::Profile(Profile::parse(&select.value()).unwrap_or_default())
    });
    let on_pick = {
        let on_action = props.on_action.clone();
        Callback::from(move |event: Event| {
            let field: HtmlInputElement = event.target_unchecked_into();
            add_files(field.files(), on_action.clone());
            // Picking the same file again must fire `change` again.
            field.set_value("");
        })
    };
    let on_drop = {
        let on_action = props.on_action.clone();
        let dragging = dragging.clone();
        Callback::from(move |event: DragEvent| {
            event.prevent_default();
            dragging.set(false);
            add_files(event.data_transfer().and_then(|transfer| transfer.files()), on_action.clone());
        })
    };
    let on_drag_over = {
        let dragging = dragging.clone();
        Callback::from(move |event: DragEvent| {
            event.prevent_default();
            dragging.set(true);
        })
    };
    let on_drag_leave = {
        let dragging = dragging.clone();
        Callback::from(move |_: DragEvent| dragging.set(false))
    };
    html! {
        // The whole column takes drops; the zone shows where.
        <section class="inputs" ondragover={on_drag_over} ondragleave={on_drag_leave} ondrop={on_drop}>
            <label for="paste" class="field-label">{ text.paste_label }</label>
            <textarea id="paste" class="paste" spellcheck="false" autocomplete="off"
                placeholder={text.paste_placeholder} ref={paste} oninput={on_paste} onpaste={on_paste_event} />
            <div class={classes!("drop-zone", dragging.then_some("dragging"))} id="drop-zone">
                <span>{ text.drop_hint }</span>
                <label for="file-picker" class="button">{ text.pick_files }</label>
                <input id="file-picker" class="visually-hidden" type="file" multiple=true onchange={on_pick} />
            </div>
            <label for="host" class="field-label">{ text.host_label }</label>
            <input id="host" class="host" type="text" inputmode="url" autocomplete="off" spellcheck="false"
                placeholder={text.host_placeholder} value={props.host.clone()} oninput={on_host} />
            <label for="at" class="field-label">{ text.date_label }</label>
            <div class="date-row">
                <input id="at" class="host" type="date" value={props.at.clone()} onchange={on_at}
                    aria-describedby="at-hint" />
                if !props.at.is_empty() {
                    <button type="button" class="button secondary" id="at-now" onclick={on_now}>{ text.date_now }</button>
                }
            </div>
            <p class="hint" id="at-hint">{ text.date_hint }</p>
            <label for="profile" class="field-label">{ text.rules_label }</label>
            <select id="profile" class="rules" onchange={on_profile} aria-describedby="profile-hint">
                { for [Profile::Auto, Profile::Web, Profile::Rfc5280].into_iter().map(|profile| html! {
                    <option value={profile.as_str()} selected={props.profile == profile}>{ text.profile_name(profile) }</option>
                }) }
            </select>
            <p class="hint" id="profile-hint">{ text.rules_hint }</p>
            if !props.roots.is_empty() {
                <h2 class="field-label">{ text.your_roots }</h2>
                <ul class="trusted-roots">
                    { for props.roots.iter().map(|name| {
                        let remove = name.clone();
                        html! {
                            <li>
                                <span>{ format!("✓ {name}") }</span>
                                <button type="button" class="remove" aria-label={format!("{}: {name}", text.stop_trusting)}
                                    onclick={props.on_action.reform(move |_| Action::UntrustRoot(remove.clone()))}>{ "×" }</button>
                            </li>
                        }
                    }) }
                </ul>
            }
            <h2 class="field-label examples-heading">{ text.examples }</h2>
            <ul class="examples">
                { for Example::ALL.iter().map(|example| {
                    let example = *example;
                    html! {
                        <li>
                            <button type="button" class="button secondary" id={format!("example-{}", example.id())}
                                onclick={props.on_action.reform(move |_| Action::Example(example))}>
                                { text.example_name(example) }
                            </button>
                            <span class="hint">{ text.example_hint(example) }</span>
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}
