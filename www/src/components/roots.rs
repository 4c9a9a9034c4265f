//! "Your roots": the user's own trust anchors — a private CA, a corporate
//! TLS-inspection root — given by file, drop or paste, apart from what the
//! server sends. Each is listed with the certificates it holds and their
//! validity, and can be removed. Beside them: "only my roots" and the
//! platform stores to judge against. Nothing here is stored anywhere.

use certdoctor::stores::{StoreId, StoreSet};
use certdoctor::transfer::RootCertificate;
use certdoctor::{words, Lang, OwnName, Timestamp, ValidityState};
use web_sys::{DragEvent, HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::analysis::roots_to_wire;
use crate::components::inputs::{add_files, NewFile};
use crate::engine_thread;
use crate::state::UserRoot;
use crate::words::page_words;

#[derive(Properties, PartialEq)]
pub struct RootsProps {
    pub roots: Vec<UserRoot>,
    pub only_mine: bool,
    pub stores: StoreSet,
    /// The moment the analysis checks at, for the validity shown.
    pub at: Timestamp,
    pub lang: Lang,
    pub on_add: Callback<NewFile>,
    pub on_remove: Callback<u32>,
    pub on_only_mine: Callback<bool>,
    pub on_stores: Callback<StoreSet>,
}

fn state_at(certificate: &RootCertificate, at: Timestamp) -> ValidityState {
    if at > certificate.not_after {
        ValidityState::Expired
    } else if at < certificate.not_before {
        ValidityState::NotYetValid
    } else {
        ValidityState::Valid
    }
}

/// One root input: its certificates (name and validity), or that it holds
/// none, and its remove button.
/// `listed` is what the roots hold (`None` while the engine reads them);
/// this root is the one at `position`.
fn entry(props: &RootsProps, position: usize, root: &UserRoot, listed: Option<&[RootCertificate]>) -> Html {
    let certificates: Option<Vec<&RootCertificate>> =
        listed.map(|listed| listed.iter().filter(|certificate| certificate.root == position).collect());
    let (engine, text) = (words(props.lang), page_words(props.lang));
    let id = root.id;
    // A pasted root is named in the page's language.
    let name = engine.input_name(&root.name).into_owned();
    html! {
        <li class="root-entry" data-root={id.to_string()}>
            <div class="root-head">
                <span class="root-name">{ name.clone() }</span>
                <button type="button" class="remove" onclick={props.on_remove.reform(move |_| id)}
                    aria-label={format!("{}{}{}", text.stop_trusting, engine.labels().colon, name)}>{ "×" }</button>
            </div>
            if certificates.as_ref().is_some_and(Vec::is_empty) {
                <p class="root-none">{ text.root_none }</p>
            } else if let Some(certificates) = certificates {
                <ul class="root-certificates">
                    { for certificates.iter().map(|certificate| {
                        let state = state_at(certificate, props.at);
                        html! {
                            <li data-validity={engine.validity(state)}>
                                <span class="root-subject">{ format!("✓ {}", certificate.name) }</span>
                                <span class={classes!("root-validity", (state != ValidityState::Valid).then_some("root-invalid"))}>
                                    { format!("{} · {} → {}", engine.validity(state), certificate.not_before.to_human(), certificate.not_after.to_human()) }
                                </span>
                            </li>
                        }
                    }) }
                </ul>
            }
        </li>
    }
}

/// The platform stores, one check box each.
fn store_choice(props: &RootsProps) -> Html {
    let (engine, text) = (words(props.lang), page_words(props.lang));
    html! {
        <details class="store-choice" id="store-choice">
            <summary>{ text.stores_label }{ format!(" ({}/{})", props.stores.len(), StoreId::ALL.len()) }</summary>
            <ul>
                { for StoreId::ALL.into_iter().map(|store| {
                    let chosen = props.stores;
                    let toggle = props.on_stores.reform(move |event: Event| {
                        let mut next = chosen.without(StoreSet::of(&[store]));
                        if event.target_unchecked_into::<HtmlInputElement>().checked() {
                            next.insert(store);
                        }
                        next
                    });
                    let field = format!("store-{}", store.as_str());
                    html! {
                        <li>
                            <input type="checkbox" id={field.clone()} data-store={store.as_str()}
                                checked={props.stores.contains(store)} disabled={props.only_mine} onchange={toggle} />
                            <label for={field}>{ engine.store(store) }</label>
                        </li>
                    }
                }) }
            </ul>
        </details>
    }
}

/// What each root holds, read by the engine on its own, so that roots show
/// before any chain is given; `None` until the engine has read these roots.
#[hook]
fn use_root_certificates(roots: &[UserRoot]) -> Option<Vec<RootCertificate>> {
    let read = use_state(|| (Vec::<UserRoot>::new(), Vec::<RootCertificate>::new()));
    {
        let read = read.clone();
        use_effect_with(roots.to_vec(), move |roots| {
            let roots = roots.clone();
            if !roots.is_empty() {
                wasm_bindgen_futures::spawn_local(async move {
                    if let Ok(certificates) = engine_thread::root_certificates(&roots_to_wire(&roots)).await {
                        read.set((roots, certificates));
                    }
                });
            }
        });
    }
    (read.0 == roots).then(|| read.1.clone())
}

#[function_component]
pub fn Roots(props: &RootsProps) -> Html {
    let text = page_words(props.lang);
    let dragging = use_state(|| false);
    let paste = use_node_ref();
    let listed = use_root_certificates(&props.roots);
    let on_pick = {
        let on_add = props.on_add.clone();
        Callback::from(move |event: Event| {
            let field: HtmlInputElement = event.target_unchecked_into();
            add_files(field.files(), on_add.clone());
            field.set_value("");
        })
    };
    let on_drop = {
        let (on_add, dragging) = (props.on_add.clone(), dragging.clone());
        Callback::from(move |event: DragEvent| {
            event.prevent_default();
            // Not also an input of the bundle.
            event.stop_propagation();
            dragging.set(false);
            add_files(event.data_transfer().and_then(|transfer| transfer.files()), on_add.clone());
        })
    };
    let on_drag_over = {
        let dragging = dragging.clone();
        Callback::from(move |event: DragEvent| {
            event.prevent_default();
            event.stop_propagation();
            dragging.set(true);
        })
    };
    let on_drag_leave = {
        let dragging = dragging.clone();
        Callback::from(move |_: DragEvent| dragging.set(false))
    };
    let on_paste_add = {
        let (paste, on_add, name) = (paste.clone(), props.on_add.clone(), OwnName::PastedRoot.as_str());
        Callback::from(move |_: MouseEvent| {
            if let Some(area) = paste.cast::<HtmlTextAreaElement>() {
                let value = area.value();
                if !value.trim().is_empty() {
                    on_add.emit((name.to_string(), value.into_bytes()));
                    area.set_value("");
                }
            }
        })
    };
    let on_only_mine =
        props.on_only_mine.reform(|event: Event| event.target_unchecked_into::<HtmlInputElement>().checked());
    html! {
        <section class="roots" id="your-roots" aria-labelledby="roots-heading"
            ondragover={on_drag_over} ondragleave={on_drag_leave} ondrop={on_drop}>
            <h2 class="field-label" id="roots-heading">{ text.your_roots }</h2>
            <p class="hint">{ text.roots_hint }</p>
            if !props.roots.is_empty() {
                <ul class="root-list">
                    { for props.roots.iter().enumerate().map(|(position, root)| {
                        entry(props, position, root, listed.as_deref())
                    }) }
                </ul>
            }
            <div class={classes!("drop-zone", "root-drop", dragging.then_some("dragging"))}>
                <span>{ text.root_drop_hint }</span>
                <label for="root-picker" class="button">{ text.pick_roots }</label>
                <input id="root-picker" class="visually-hidden" type="file" multiple=true onchange={on_pick} />
            </div>
            <label for="root-paste" class="field-label small">{ text.root_paste_label }</label>
            <textarea id="root-paste" class="root-paste" spellcheck="false" autocomplete="off"
                placeholder="-----BEGIN CERTIFICATE----- …" ref={paste} />
            <button type="button" class="button secondary" id="root-add" onclick={on_paste_add}>{ text.add_root }</button>
            <div class="only-mine">
                <input type="checkbox" id="only-my-roots" checked={props.only_mine} onchange={on_only_mine} />
                <label for="only-my-roots">{ text.only_my_roots }</label>
            </div>
            { store_choice(props) }
            <p class="hint interception-hint">{ text.interception_hint }</p>
        </section>
    }
}
