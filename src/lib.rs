//! Skills Radar: a digital-skills self-assessment based on the OECD Framework for Digital Talent and
//! Skills in the Public Sector. `core` is pure Rust; `app` is the Yew shell that renders it in a browser.

pub mod core;

/// The allocator of every wasm module of the app (`src/main.rs`, `src/bin/*.rs`): a free-list allocator of
/// about 1 kB instead of the default dlmalloc (about 3 kB brotli more). Each module allocates little, on one
/// thread, so allocation speed does not matter and every byte is downloaded.
#[macro_export]
macro_rules! small_allocator {
    () => {
        #[cfg(target_arch = "wasm32")]
        #[global_allocator]
        // SAFETY: every module runs on the browser's main thread only; none starts workers or threads.
        static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
            unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };
    };
}

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
