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
mod panic;
mod secret;
mod state;
mod trust_data;
mod words;

fn main() {
    panic::install();
    yew::Renderer::<app::App>::new().render();
}
