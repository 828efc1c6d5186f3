skills_radar::small_allocator!();

/// Called by the page's loader once the module is ready (see `scripts/finish-build.mjs`).
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn start(boot: wasm_bindgen::JsValue) {
    skills_radar::run(boot);
}

fn main() {}
