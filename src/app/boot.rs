//! What the page's loader gives the app when it starts it (`start(boot)`, see `scripts/finish-build.mjs`):
//! the build's id, the content-hashed name of every file the app fetches, the tools module's loader, the
//! service worker's news, what a host page embedding the app asks for, and the learning platform's side (`static/lms.js`). Without a loader (component tests), files keep their plain names and there are no
//! tools and no updates.

use std::cell::RefCell;
use wasm_bindgen::{JsCast, JsValue};

thread_local! {
    static BOOT: RefCell<JsValue> = const { RefCell::new(JsValue::UNDEFINED) };
}

pub fn set(boot: JsValue) {
    BOOT.with(|b| *b.borrow_mut() = boot);
}

fn get(key: &str) -> Option<JsValue> {
    BOOT.with(|b| js_sys::Reflect::get(&b.borrow(), &key.into()).ok()).filter(|v| !v.is_undefined())
}

fn function(key: &str) -> Option<js_sys::Function> {
    get(key)?.dyn_into().ok()
}

/// A text the loader passes: `lang` (the language a host page asks for with `?lang=`), `ownTab` (this
/// page's address without `?embed`, set only when the app is embedded).
pub fn text(key: &str) -> Option<String> {
    get(key)?.as_string()
}

/// The address of one of the app's files, such as `locales/fr/ui.json`, relative to the page: in a build,
/// its content-hashed name, so that a file of another release is never taken for it.
pub fn file(name: &str) -> String {
    get("files")
        .and_then(|files| js_sys::Reflect::get(&files, &name.into()).ok())
        .and_then(|v| v.as_string())
        .unwrap_or_else(|| name.to_string())
}

/// The organisation's configuration as the loader's request for `config.json` found it, read against `bank`.
pub fn configuration(bank: &crate::core::bank::Bank) -> crate::core::config::Loaded {
    use crate::core::config::{load, Loaded};
    config().map_or(Loaded::Absent, |(status, text)| load(bank, status, &text))
}

/// Calls a function the loader passed, with no arguments: the trainer view's `loadCamera` and `loadFiles`.
pub fn call(key: &str) -> Option<JsValue> {
    function(key)?.call0(&JsValue::NULL).ok()
}

/// Starts loading the tools module (once; again after a failure). `None` when the page has no loader.
pub fn load_tools() -> Option<js_sys::Promise> {
    function("loadTools")?.call0(&JsValue::NULL).ok()?.dyn_into().ok()
}

/// Asks to be told, once, when a new release is installed and waiting to take over.
pub fn on_update(callback: &js_sys::Function) {
    if let Some(register) = function("onUpdate") {
        let _ = register.call1(&JsValue::NULL, callback);
    }
}

/// Lets the waiting release take over; the page then reloads into it.
pub fn apply_update() {
    if let Some(apply) = function("applyUpdate") {
        let _ = apply.call0(&JsValue::NULL);
    }
}

/// Asks the service worker to keep these files (plain names) for offline use: the language being shown.
pub fn keep_offline(names: &[String]) {
    if let Some(keep) = function("keepOffline") {
        let names: js_sys::Array = names.iter().map(|n| JsValue::from_str(n)).collect();
        let _ = keep.call1(&JsValue::NULL, &names);
    }
}

/// What the page's request for `config.json` found: its HTTP status (0 when nothing answered) and its text.
/// `None` without a loader (component tests): no configuration.
pub fn config() -> Option<(u16, String)> {
    let config = get("config")?;
    let field = |key: &str| js_sys::Reflect::get(&config, &key.into()).ok();
    // HTTP statuses are whole numbers below 600; `as` saturates whatever else could come.
    Some((field("status")?.as_f64()? as u16, field("text")?.as_string()?))
}

/// The origin of the page the app is framed in, as far as the browser tells (`static/frame.js`); `None`
/// outside a frame, or while it is not known.
pub fn host_origin() -> Option<String> {
    function("hostOrigin")?.call0(&JsValue::NULL).ok()?.as_string()
}

/// Posts a result file's text to the page the app is framed in, if that page is at `origin` (the browser
/// delivers it to that origin only). Whether it was sent.
pub fn hand_off(origin: &str, result: &str) -> bool {
    function("handOff")
        .and_then(|send| send.call2(&JsValue::NULL, &origin.into(), &result.into()).ok())
        .and_then(|sent| sent.as_bool())
        .unwrap_or(false)
}

/// Whether the page runs in a learning platform (a SCORM package whose `static/lms.js` found the platform's
/// API), which records the progress and the result.
pub fn in_platform() -> bool {
    function("lmsSave").is_some()
}

/// The saved assessment to start from, read from what the learning platform kept (`core::lms::start_from`);
/// `None` to start as usual.
pub fn lms_resumed() -> Option<String> {
    text("lmsResumed").filter(|s| !s.is_empty())
}

/// Hands the learning platform the saved assessment after a change (empty when there is none). Whether it
/// records (`saved`, `not-saved` or `not-recorded`, see `core::lms::after_platform`); `None` outside one.
pub fn lms_save(saved: &str) -> Option<String> {
    function("lmsSave")?.call1(&JsValue::NULL, &saved.into()).ok()?.as_string()
}
