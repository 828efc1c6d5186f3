//! The trainer view's module (`#workshop`, see `src/app/workshop`): the page's loader starts it instead of
//! the assessment when the address is `#workshop`.

// The same small allocator as the app (see src/main.rs).
#[cfg(target_arch = "wasm32")]
#[global_allocator]
// SAFETY: the module runs on the browser's main thread only; it starts no workers or threads.
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };

/// Called by the page's loader once the module is ready (see `scripts/finish-build.mjs`).
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn start(boot: wasm_bindgen::JsValue) {
    skills_radar::run_workshop(boot);
}

fn main() {}
