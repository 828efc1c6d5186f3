//! Files in and out of the browser: downloads made from text or from the chart, printing, reading a chosen
//! file, and the clipboard. Nothing here leaves the browser.

use crate::core::record::{ReadProblem, MAX_FILE_BYTES};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// Offers `url` as a download named `filename`, through a temporary link.
fn download_url(url: &str, filename: &str) -> Option<()> {
    let document = document()?;
    let link: web_sys::HtmlAnchorElement = document.create_element("a").ok()?.dyn_into().ok()?;
    link.set_href(url);
    link.set_download(filename);
    link.set_attribute("hidden", "").ok()?;
    let body = document.body()?;
    body.append_child(&link).ok()?;
    link.click();
    link.remove();
    Some(())
}

/// Saves `text` as a file; `false` if the browser would not make it.
pub fn save_text(filename: &str, mime: &str, text: &str) -> bool {
    let made = (|| {
        let parts = js_sys::Array::of1(&JsValue::from_str(text));
        let options = web_sys::BlobPropertyBag::new();
        options.set_type(mime);
        let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
        let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
        let done = download_url(&url, filename);
        let _ = web_sys::Url::revoke_object_url(&url);
        done
    })();
    made.is_some()
}

/// Saves an SVG document as a PNG at twice its size (sharp on high-density screens and in print).
pub async fn save_png(svg: &str, width: f64, height: f64, filename: &str) -> bool {
    let made = async {
        let document = document()?;
        let image: web_sys::HtmlImageElement = document.create_element("img").ok()?.dyn_into().ok()?;
        let source = format!("data:image/svg+xml;charset=utf-8,{}", js_sys::encode_uri_component(svg));
        image.set_src(&source);
        JsFuture::from(image.decode()).await.ok()?;
        let canvas: web_sys::HtmlCanvasElement = document.create_element("canvas").ok()?.dyn_into().ok()?;
        let scale = 2.0;
        canvas.set_width((width * scale) as u32);
        canvas.set_height((height * scale) as u32);
        let context: web_sys::CanvasRenderingContext2d = canvas.get_context("2d").ok()??.dyn_into().ok()?;
        context.scale(scale, scale).ok()?;
        context.draw_image_with_html_image_element_and_dw_and_dh(&image, 0.0, 0.0, width, height).ok()?;
        let url = canvas.to_data_url_with_type("image/png").ok()?;
        download_url(&url, filename)
    };
    made.await.is_some()
}

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

/// Copies `text` to the clipboard; `false` when the browser refuses (no permission, insecure page).
pub async fn copy_text(text: &str) -> bool {
    let Some(window) = web_sys::window() else { return false };
    let promise = window.navigator().clipboard().write_text(text);
    JsFuture::from(promise).await.is_ok()
}
