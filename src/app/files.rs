//! Files into the browser, and printing. Downloads and the clipboard are `static/files.js`'s, which comes with
//! the results tools (`app::tools`). Nothing here leaves the browser.

use crate::core::record::{ReadProblem, MAX_FILE_BYTES};
use wasm_bindgen_futures::JsFuture;

pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// The bytes of the file chosen in `input`, refused unread when larger than a result can be.
pub async fn read_chosen(input: &web_sys::HtmlInputElement) -> Option<Result<Vec<u8>, ReadProblem>> {
    let file = input.files()?.get(0)?;
    if file.size() > MAX_FILE_BYTES as f64 {
        return Some(Err(ReadProblem::TooLarge));
    }
    let buffer = JsFuture::from(file.array_buffer()).await.ok()?;
    Some(Ok(js_sys::Uint8Array::new(&buffer).to_vec()))
}
