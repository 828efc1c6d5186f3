//! Reading QR codes from a camera frame, for the trainer's scan of participants' result codes where the
//! browser has no `BarcodeDetector` (`static/camera.js` calls it through the scanner module,
//! `src/bin/scan.rs`).
//!
//! The decoder is `rqrr`, a port of quirc to pure Rust: no C to cross-compile to wasm, no image crate
//! (`default-features = false`), a few tens of kilobytes in a module of its own that only a trainer who opens
//! the camera downloads, and licensed MIT or Apache-2.0 like this project.

use rqrr::PreparedImage;
use std::panic::{catch_unwind, AssertUnwindSafe};

/// The text of the first QR code found in a greyscale image (`luma`: row-major, one byte per pixel, 0 black,
/// 255 white; bytes past `width * height` are ignored). `None` when no code reads as UTF-8 text, or when the
/// buffer is shorter than the image.
///
/// Never panics on any input. The sizes are checked here; `rqrr` itself still has an assertion that some
/// degenerate photos reach (WanzenBug/rqrr#54, in `Perspective::map`), which is caught here where panics
/// unwind (the host). The scanner module is built with `panic = "abort"`, where it would trap instead: the
/// browser's side (`static/camera.js`) drops such a frame and reads the next.
pub fn decode(width: usize, height: usize, luma: &[u8]) -> Option<String> {
    let pixels = width.checked_mul(height)?;
    if pixels == 0 || luma.len() < pixels {
        return None;
    }
    let luma = &luma[..pixels];
    catch_unwind(AssertUnwindSafe(|| {
        let mut image = PreparedImage::prepare_from_greyscale(width, height, |x, y| luma[y * width + x]);
        image.detect_grids().iter().find_map(|grid| grid.decode().ok()).map(|(_, text)| text)
    }))
    .ok()
    .flatten()
}
