//! certdoctor's page: the engine compiled to WebAssembly behind Yew.
//!
//! Everything happens in the page: the pasted text is analysed by the same
//! engine as the CLI and never leaves the browser.
#![forbid(unsafe_code)]

mod analysis;
mod api;
mod app;
mod components;
mod download;
mod engine_thread;
mod frames;
mod panic;
mod secret;
mod state;
mod trust_data;
mod words;
mod worker;

fn main() {
    // The same module runs the engine in the page's Web Worker
    // (`engine_thread`), where there is no page to render.
    if web_sys::window().is_none() {
        return;
    }
    panic::install();
    yew::Renderer::<app::App>::new().render();
}
