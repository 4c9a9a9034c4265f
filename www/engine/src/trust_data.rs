//! The platform trust stores and the public intermediates, loaded when
//! first needed: the stores before the first analysis (the verdict depends
//! on them), the intermediates only when a chain lacks an issuer. The
//! served page fetches them from its own origin (`trust-stores.bin`,
//! `intermediates.bin`, beside index.html; the CSP allows `connect-src
//! 'self'`); the single-file page carries them inline, base64 in a data
//! block. Each is read once; a failure is remembered, and the page then
//! judges against the user's roots alone.

use std::cell::RefCell;
use std::sync::Arc;

use base64::Engine;
use certdoctor::stores::{Intermediates, TrustStores};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

enum Slot<T> {
    Unread,
    Read(Option<Arc<T>>),
}

thread_local! {
    static STORES: RefCell<Slot<TrustStores>> = const { RefCell::new(Slot::Unread) };
    static INTERMEDIATES: RefCell<Slot<Intermediates>> = const { RefCell::new(Slot::Unread) };
}

/// The trust stores, read on first call.
pub async fn stores() -> Option<Arc<TrustStores>> {
    if let Some(stores) = STORES.with_borrow(cached) {
        return stores;
    }
    let bytes = load("certdoctor-trust-stores", "trust-stores.bin").await;
    let stores = bytes.and_then(|bytes| TrustStores::parse(&bytes).ok()).map(Arc::new);
    STORES.with_borrow_mut(|slot| *slot = Slot::Read(stores.clone()));
    stores
}

/// Takes the trust stores' bytes fetched by the worker's script while the
/// module was on its way; a later [`stores`] reads them instead of
/// fetching. Nothing happens if the stores were read already.
pub fn give_stores(bytes: &[u8]) {
    if STORES.with_borrow(cached).is_some() {
        return;
    }
    let stores = TrustStores::parse(bytes).ok().map(Arc::new);
    STORES.with_borrow_mut(|slot| *slot = Slot::Read(stores));
}

/// The public intermediates, read on first call.
pub async fn intermediates() -> Option<Arc<Intermediates>> {
    if let Some(set) = INTERMEDIATES.with_borrow(cached) {
        return set;
    }
    let bytes = load("certdoctor-intermediates", "intermediates.bin").await;
    let set = bytes.and_then(|bytes| Intermediates::parse(&bytes).ok()).map(Arc::new);
    INTERMEDIATES.with_borrow_mut(|slot| *slot = Slot::Read(set.clone()));
    set
}

/// The intermediates if they have been read already.
pub fn intermediates_if_read() -> Option<Arc<Intermediates>> {
    INTERMEDIATES.with_borrow(cached).flatten()
}

/// What a slot holds once read (`None` while unread).
fn cached<T>(slot: &Slot<T>) -> Option<Option<Arc<T>>> {
    match slot {
        Slot::Unread => None,
        Slot::Read(value) => Some(value.clone()),
    }
}

/// The bytes from the page's inline data block `id`, else from `path` on
/// the page's own origin.
async fn load(id: &str, path: &str) -> Option<Vec<u8>> {
    let fetched = match web_sys::window() {
        Some(window) => {
            if let Some(block) = window.document().and_then(|document| document.get_element_by_id(id)) {
                let text: String = block.text_content()?.chars().filter(|c| !c.is_whitespace()).collect();
                return base64::engine::general_purpose::STANDARD.decode(text).ok();
            }
            window.fetch_with_str(path)
        }
        // The engine's worker: `path` is beside its script, as beside the page.
        None => js_sys::global().dyn_into::<web_sys::WorkerGlobalScope>().ok()?.fetch_with_str(path),
    };
    let response: web_sys::Response = JsFuture::from(fetched).await.ok()?.dyn_into().ok()?;
    if !response.ok() {
        return None;
    }
    let buffer = JsFuture::from(response.array_buffer().ok()?).await.ok()?;
    Some(js_sys::Uint8Array::new(&buffer).to_vec())
}
