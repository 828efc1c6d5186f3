// A free-list allocator of about 1 kB instead of the default dlmalloc (about 3 kB brotli more): the app
// allocates little, on one thread, so allocation speed does not matter and every byte is downloaded.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
// SAFETY: the app runs on the browser's main thread only; it starts no workers or threads.
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };

/// Called by the page's loader once the module is ready (see `scripts/finish-build.mjs`).
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn start(boot: wasm_bindgen::JsValue) {
    skills_radar::run(boot);
}

fn main() {}
