//! Skills Radar: a digital-skills self-assessment based on the OECD Framework for Digital Talent and
//! Skills in the Public Sector. `core` is pure Rust; `app` is the Yew shell that renders it in a browser.

pub mod core;

#[cfg(target_arch = "wasm32")]
pub mod app;

/// Mounts the application on the page's `<main id="app">`, or on the body when there is none.
#[cfg(target_arch = "wasm32")]
pub fn run() {
    app::mount();
}

/// Mounts the full application, with the results tools, handed over from the light one (see `app::handoff`).
#[cfg(all(target_arch = "wasm32", feature = "results"))]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn start_full(payload: wasm_bindgen::JsValue) {
    app::handoff::receive(&payload);
    app::mount();
}
