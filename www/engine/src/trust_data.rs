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
use std::thread::LocalKey;

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

/// The trust stores, read on first call: from `fetched` if given (the
/// bytes `www/worker.js` fetched while the module was on its way), else
/// from the page's inline data or its origin.
pub async fn stores_from(fetched: Option<Vec<u8>>) -> Option<Arc<TrustStores>> {
    read_once(&STORES, fetched, ("certdoctor-trust-stores", "trust-stores.bin"), TrustStores::parse).await
}

/// The trust stores, read on first call.
pub async fn stores() -> Option<Arc<TrustStores>> {
    stores_from(None).await
}

/// The public intermediates, read on first call.
pub async fn intermediates() -> Option<Arc<Intermediates>> {
    read_once(&INTERMEDIATES, None, ("certdoctor-intermediates", "intermediates.bin"), Intermediates::parse).await
}

/// What `slot` holds, read on first call from `fetched`, else from the
/// page's inline data block `id` or the file `path` on its origin.
async fn read_once<T, E>(
    slot: &'static LocalKey<RefCell<Slot<T>>>,
    fetched: Option<Vec<u8>>,
    (id, path): (&str, &str),
    parse: fn(&[u8]) -> Result<T, E>,
) -> Option<Arc<T>> {
    if let Some(value) = slot.with_borrow(cached) {
        return value;
    }
    let bytes = match fetched {
        Some(bytes) => Some(bytes),
        None => load(id, path).await,
    };
    let value = bytes.and_then(|bytes| parse(&bytes).ok()).map(Arc::new);
    slot.with_borrow_mut(|read| *read = Slot::Read(value.clone()));
    value
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
