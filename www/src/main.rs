//! certdoctor's page: the engine compiled to WebAssembly behind Yew.
//!
//! Everything happens in the page: the pasted text is analysed by the same
//! engine as the CLI and never leaves the browser. This module draws the
//! page; the engine is a module of its own (`www/engine`), run in a Web
//! Worker (see `engine_thread`), so a first visit shows the page before the
//! engine has arrived.
#![forbid(unsafe_code)]

mod analysis;
mod api;
mod app;
mod components;
mod download;
mod engine_thread;
mod frames;
mod panic;
mod rehearsal;
mod secret;
mod state;
mod words;

fn main() {
    panic::install();
    yew::Renderer::<app::App>::new().render();
    wasm_bindgen_futures::spawn_local(rehearsal::when_engine_warm());
}
