//! The QR scanner module: `core::scan` exported to JavaScript, for `static/camera.js` where the browser has
//! no `BarcodeDetector` that reads QR codes. A module of its own, so that only a trainer who opens the camera
//! downloads the decoder; it carries no Yew and no bank.

skills_radar::small_allocator!();

#[cfg(target_arch = "wasm32")]
mod exports {
    use skills_radar::core::scan;
    use wasm_bindgen::prelude::wasm_bindgen;

    /// The text of the first QR code in a greyscale frame (row-major, one byte per pixel), or an empty string
    /// when there is none.
    #[wasm_bindgen]
    pub fn decode(width: u32, height: u32, luma: &[u8]) -> String {
        scan::decode(width as usize, height as usize, luma).unwrap_or_default()
    }
}

fn main() {}
