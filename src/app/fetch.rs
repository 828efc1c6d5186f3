//! Fetching a text file from the app's own origin.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The body of `url` (relative to the page) as text; an error says what went wrong, for the console.
pub async fn fetch_text(url: &str) -> Result<String, String> {
    let pending = start(url).ok_or("no window")?;
    text_of(url, pending).await
}

/// Starts fetching `url` now: several files can be on their way at once.
pub fn start(url: &str) -> Option<JsFuture> {
    Some(JsFuture::from(web_sys::window()?.fetch_with_str(url)))
}

/// The body of a fetch started with [`start`], as text.
pub async fn text_of(url: &str, pending: JsFuture) -> Result<String, String> {
    let response = pending.await.map_err(|_| format!("{url}: network error"))?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| format!("{url}: not a response"))?;
    if !response.ok() {
        return Err(format!("{url}: HTTP {}", response.status()));
    }
    let text = response.text().map_err(|_| format!("{url}: unreadable body"))?;
    let text = JsFuture::from(text).await.map_err(|_| format!("{url}: unreadable body"))?;
    text.as_string().ok_or_else(|| format!("{url}: body is not text"))
}
