//! The few direct DOM operations the shell needs.

use wasm_bindgen::{JsCast, JsValue};

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

/// Hides or shows an element by its id.
pub fn set_hidden(id: &str, hidden: bool) {
    let element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = element {
        element.set_hidden(hidden);
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

/// The languages the page is asked for (`?lang=`) and the browser's preferred ones, most preferred first.
pub fn preferred_languages() -> Vec<String> {
    let Some(window) = web_sys::window() else { return Vec::new() };
    let navigator = window.navigator();
    // A host page that embeds the app asks for its page's language with `?lang=`: it comes before the browser's.
    let asked = super::boot::text("lang");
    let mut browser: Vec<String> = navigator.languages().iter().filter_map(|v| v.as_string()).collect();
    if browser.is_empty() {
        browser.extend(navigator.language());
    }
    asked.into_iter().chain(browser).collect()
}

/// Sets the language and direction of the app's root (the host element when embedded, else the page) and
/// the document title, so screen readers, fonts, hyphenation and the layout all follow the language.
pub fn set_language(code: &str, dir: &str, title: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let root = document.get_element_by_id("skills-radar").or_else(|| document.document_element());
    if let Some(root) = root {
        let _ = root.set_attribute("lang", code);
        let _ = root.set_attribute("dir", dir);
    }
    document.set_title(title);
}

/// The code in the page's address under `key` (`#result=<code>`, `#continue=<code>`), if there is one.
pub fn code_in_address(key: &str) -> Option<String> {
    let hash = web_sys::window()?.location().hash().ok()?;
    hash.strip_prefix('#')?.strip_prefix(key)?.strip_prefix('=').map(str::to_string)
}

/// The address of this page with `code` in its fragment under `key`: the link a person shares or takes along.
pub fn link_with(key: &str, code: &str) -> String {
    format!("{}#{key}={code}", own_address())
}

/// The address of this page without its fragment: the assessment, as participants open it. A host's `?lang=`
/// is kept; `?embed` is not: the link opens the app in a page of its own.
pub fn own_address() -> String {
    let Some(location) = web_sys::window().map(|w| w.location()) else { return String::new() };
    let origin = location.origin().unwrap_or_default();
    let path = location.pathname().unwrap_or_default();
    let lang = super::boot::text("lang").map(|l| format!("?lang={l}")).unwrap_or_default();
    format!("{origin}{path}{lang}")
}

/// Removes the fragment from the address without reloading, so a reload shows the person's own assessment.
pub fn clear_address_fragment() {
    let Some(window) = web_sys::window() else { return };
    let location = window.location();
    let url = format!("{}{}", location.pathname().unwrap_or_default(), location.search().unwrap_or_default());
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
    }
}

/// Selects the text of the input with this id, so the person can copy it themselves.
pub fn select(id: &str) {
    let input = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok());
    if let Some(input) = input {
        let _ = input.focus();
        input.select();
    }
}

/// Opens the browser's print dialog: the results print as the report. (Files in and out of the browser and
/// the clipboard are `static/files.js`'s, which comes with the results tools.)
pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}
