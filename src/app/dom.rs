//! The few direct DOM operations the shell needs.

use wasm_bindgen::JsCast;

/// Moves keyboard and screen-reader focus to the element with this id, if it is on the page.
pub fn focus(id: &str) {
    let element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = element {
        let _ = element.focus();
    }
}

/// Milliseconds since the epoch, for naming backups.
pub fn now_ms() -> u64 {
    js_sys::Date::now() as u64
}

/// Scrolls to the top, so a new screen starts at its beginning on small screens.
pub fn scroll_to_top() {
    if let Some(w) = web_sys::window() {
        w.scroll_to_with_x_and_y(0.0, 0.0);
    }
}
