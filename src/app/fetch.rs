//! Fetching a text file from the app's own origin.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The body of `url` (relative to the page) as text; an error says what went wrong, for the console.
pub async fn fetch_text(url: &str) -> Result<String, String> {
    let window = web_sys::window().ok_or("no window")?;
    let response = JsFuture::from(window.fetch_with_str(url)).await.map_err(|_| format!("{url}: network error"))?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| format!("{url}: not a response"))?;
    if !response.ok() {
        return Err(format!("{url}: HTTP {}", response.status()));
    }
    let text = response.text().map_err(|_| format!("{url}: unreadable body"))?;
    let text = JsFuture::from(text).await.map_err(|_| format!("{url}: unreadable body"))?;
    text.as_string().ok_or_else(|| format!("{url}: body is not text"))
}
