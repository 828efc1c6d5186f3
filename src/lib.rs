//! Skills Radar: a digital-skills self-assessment based on the OECD Framework for Digital Talent and
//! Skills in the Public Sector. `core` is pure Rust; `app` is the Yew shell that renders it in a browser.

pub mod core;

#[cfg(target_arch = "wasm32")]
pub mod app;

/// Mounts the application on the page's `#skills-radar` element, or on the body when there is none. `boot`
/// is what the page's loader passes: the build's file names, the tools module's loader, updates.
#[cfg(target_arch = "wasm32")]
pub fn run(boot: wasm_bindgen::JsValue) {
    app::mount(boot);
}

/// Mounts the trainer view (`#workshop`), the workshop module's entry (`src/bin/workshop.rs`).
#[cfg(target_arch = "wasm32")]
pub fn run_workshop(boot: wasm_bindgen::JsValue) {
    app::workshop::mount(boot);
}
