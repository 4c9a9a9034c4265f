//! The paste box, the file drop zone and picker, the host and date fields
//! and the rules. The whole column takes dropped files.

use certdoctor::{words, Lang, OwnName, Profile};
use wasm_bindgen::JsCast;
use web_sys::{Blob, ClipboardEvent, DataTransfer, DragEvent, FileList, HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::words::page_words;

/// Pastes larger than this are taken as an input of their own.
const LARGE_PASTE: usize = 256 * 1024;

/// A file picked, dropped or pasted: its name and bytes.
pub type NewFile = (String, Vec<u8>);

#[derive(Properties, PartialEq)]
pub struct InputsProps {
    pub text: String,
    pub text_version: u32,
    pub host: String,
    /// `YYYY-MM-DD`, or empty for now.
    pub at: String,
    pub profile: Profile,
    pub lang: Lang,
    pub on_paste: Callback<String>,
    pub on_file: Callback<NewFile>,
    pub on_host: Callback<String>,
    pub on_at: Callback<String>,
    pub on_profile: Callback<Profile>,
    /// Shown at the end of the column (roots, examples).
    #[prop_or_default]
    pub children: Html,
}

/// Reads every file in `files` and adds it. Only the first bytes up to the
/// engine's limit (plus one, so the engine can say the limit was hit) are
/// read, so a huge file cannot exhaust the page's memory.
pub fn add_files(files: Option<FileList>, on_file: Callback<NewFile>) {
    let Some(files) = files else { return };
    let limit = certdoctor::limits::MAX_TOTAL_BYTES as f64 + 1.0;
    for position in 0..files.length() {
        let Some(file) = files.item(position) else { continue };
        let on_file = on_file.clone();
        wasm_bindgen_futures::spawn_local(async move {
            if let Some(bytes) = read_blob(&file, limit).await {
                on_file.emit((file.name(), bytes));
            }
        });
    }
}

/// The first `limit` bytes of `blob`, read without holding the page.
async fn read_blob(blob: &Blob, limit: f64) -> Option<Vec<u8>> {
    let blob = if blob.size() > limit { blob.slice_with_f64_and_f64(0.0, limit).ok()? } else { blob.clone() };
    let buffer = wasm_bindgen_futures::JsFuture::from(blob.array_buffer()).await.ok()?;
    Some(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// A very large paste (a whole CA bundle) becomes an input of its own
/// instead of text in the box: a browser needs about a second just to lay
/// out 2 MB in a text box, during which the page cannot answer. The text is
/// never turned into a Rust string here (for 2 MB that alone held the page
/// for 35 ms): the browser encodes it into a blob, in a task of its own, read
/// in the background.
fn large_paste(on_file: Callback<NewFile>) -> Callback<Event> {
    Callback::from(move |event: Event| {
        let Some(event) = event.dyn_ref::<ClipboardEvent>() else { return };
        let Some(text) = event.clipboard_data().and_then(|data| pasted_text(&data)) else { return };
        // UTF-16 units: never more than the UTF-8 bytes.
        if text.length() as usize <= LARGE_PASTE {
            return;
        }
        event.prevent_default();
        let on_file = on_file.clone();
        wasm_bindgen_futures::spawn_local(async move {
            // Reading the clipboard (in `getData`) and encoding 2 MB into a
            // blob take some 20 and 15 ms: two tasks, not one.
            crate::frames::pause(1).await;
            let Ok(blob) = Blob::new_with_str_sequence(&js_sys::Array::of1(&text)) else { return };
            let limit = certdoctor::limits::MAX_TOTAL_BYTES as f64 + 1.0;
            if let Some(bytes) = read_blob(&blob, limit).await {
                let name = OwnName::Paste.as_str();
                on_file.emit((format!("{name} ({} KiB)", blob.size() as u64 / 1024), bytes));
            }
        });
    })
}

/// The clipboard's plain text as the browser holds it.
fn pasted_text(data: &DataTransfer) -> Option<js_sys::JsString> {
    let get_data: js_sys::Function = js_sys::Reflect::get(data, &"getData".into()).ok()?.dyn_into().ok()?;
    get_data.call1(data, &"text/plain".into()).ok()?.dyn_into().ok()
}

/// Drop, drag-over and drag-leave: files dropped anywhere on the column are
/// added, and the zone shows where while something is dragged over it.
fn drop_handlers(
    dragging: &UseStateHandle<bool>,
    on_file: &Callback<NewFile>,
) -> (Callback<DragEvent>, Callback<DragEvent>, Callback<DragEvent>) {
    let on_drop = {
        let (on_file, dragging) = (on_file.clone(), dragging.clone());
        Callback::from(move |event: DragEvent| {
            event.prevent_default();
            dragging.set(false);
            add_files(event.data_transfer().and_then(|transfer| transfer.files()), on_file.clone());
        })
    };
    let on_drag_over = {
        let dragging = dragging.clone();
        Callback::from(move |event: DragEvent| {
            event.prevent_default();
            dragging.set(true);
        })
    };
    let dragging = dragging.clone();
    (on_drop, on_drag_over, Callback::from(move |_: DragEvent| dragging.set(false)))
}

#[function_component]
pub fn Inputs(props: &InputsProps) -> Html {
    let text = page_words(props.lang);
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
    let on_paste = props
        .on_paste
        .reform(|event: InputEvent| event.target_unchecked_into::<HtmlTextAreaElement>().value());
    let on_host =
        props.on_host.reform(|event: InputEvent| event.target_unchecked_into::<HtmlInputElement>().value());
    let on_at = props.on_at.reform(|event: Event| event.target_unchecked_into::<HtmlInputElement>().value());
    let on_now = props.on_at.reform(|_: MouseEvent| String::new());
    let on_profile = props.on_profile.reform(|event: Event| {
        Profile::parse(&event.target_unchecked_into::<web_sys::HtmlSelectElement>().value())
            .unwrap_or_default()
    });
    let on_pick = {
        let on_file = props.on_file.clone();
        Callback::from(move |event: Event| {
            let field: HtmlInputElement = event.target_unchecked_into();
            add_files(field.files(), on_file.clone());
            // Picking the same file again must fire `change` again.
            field.set_value("");
        })
    };
    let (on_drop, on_drag_over, on_drag_leave) = drop_handlers(&dragging, &props.on_file);
    html! {
        <section class="inputs" ondragover={on_drag_over} ondragleave={on_drag_leave} ondrop={on_drop}>
            <label for="paste" class="field-label">{ text.paste_label }</label>
            <textarea id="paste" class="paste" spellcheck="false" autocomplete="off"
                placeholder={text.paste_placeholder} ref={paste} oninput={on_paste} aria-describedby="paste-hint"
                onpaste={large_paste(props.on_file.clone())} />
            <p class="hint" id="paste-hint">{ text.paste_error_hint }</p>
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
                <input id="at" class="host" type="date" value={props.at.clone()} onchange={on_at} aria-describedby="at-hint" />
                if !props.at.is_empty() {
                    <button type="button" class="button secondary" id="at-now" onclick={on_now}>{ text.date_now }</button>
                }
            </div>
            <p class="hint" id="at-hint">{ text.date_hint }</p>
            <label for="profile" class="field-label">{ text.rules_label }</label>
            <select id="profile" class="rules" onchange={on_profile} aria-describedby="profile-hint">
                { for [Profile::Auto, Profile::Web, Profile::Rfc5280].into_iter().map(|profile| html! {
                    <option value={profile.as_str()} selected={props.profile == profile}>{ words(props.lang).profile(profile) }</option>
                }) }
            </select>
            <p class="hint" id="profile-hint">{ text.rules_hint }</p>
            { props.children.clone() }
        </section>
    }
}
