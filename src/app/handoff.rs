//! The page loads a light build of the app, without the results tools, so the first load stays small. When
//! results are first needed (the results screen, a shared link, a chosen file), the light app loads the full
//! build (`skills-radar-full.js`, a second wasm), gives it the assessment as saved data and any chosen
//! file, unmounts itself and lets the full app take over the same page. Both builds share this module: the
//! light one sends, the full one receives.

use crate::core::locale::Language;

/// What the full app starts from.
#[derive(Debug, Clone, Default)]
pub struct Payload {
    /// The assessment in the saved-data format (`core::saved`): what storage would hold, sent directly so
    /// that nothing is lost when the browser refuses storage.
    pub saved: String,
    pub language: Option<Language>,
    /// A result file the person chose on the light app's welcome screen.
    pub import: Option<Vec<u8>>,
    /// The light app was still showing what it found at start (a restored assessment, dropped answers):
    /// the full app shows those notices again rather than losing them.
    pub keep_notices: bool,
}

#[cfg(feature = "results")]
mod receive {
    use super::Payload;
    use crate::core::locale::Language;
    use std::cell::RefCell;
    use wasm_bindgen::{JsCast, JsValue};

    thread_local! {
        static PAYLOAD: RefCell<Option<Payload>> = const { RefCell::new(None) };
    }

    /// Reads the object the light app passed to `start_full`.
    pub fn receive(js: &JsValue) {
        let get = |key: &str| js_sys::Reflect::get(js, &key.into()).ok();
        let payload = Payload {
            saved: get("saved").and_then(|v| v.as_string()).unwrap_or_default(),
            language: get("language").and_then(|v| v.as_string()).and_then(|l| Language::from_tag(&l)),
            import: get("import").and_then(|v| v.dyn_into::<js_sys::Uint8Array>().ok()).map(|bytes| bytes.to_vec()),
            keep_notices: get("keepNotices").and_then(|v| v.as_bool()).unwrap_or(false),
        };
        PAYLOAD.with(|p| *p.borrow_mut() = Some(payload));
    }

    /// The payload, once: `None` when the full app was not started by a handoff.
    pub fn take() -> Option<Payload> {
        PAYLOAD.with(|p| p.borrow_mut().take())
    }
}

#[cfg(feature = "results")]
pub use receive::{receive, take};

#[cfg(not(feature = "results"))]
pub fn take() -> Option<Payload> {
    None
}

#[cfg(not(feature = "results"))]
mod send {
    use super::Payload;
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::{JsCast, JsValue};

    #[wasm_bindgen(inline_js = "export async function load_module(url, wasm) { \
        const m = await import(url); await m.default({ module_or_path: wasm }); return m; }")]
    extern "C" {
        #[wasm_bindgen(catch)]
        async fn load_module(url: &str, wasm: &str) -> Result<JsValue, JsValue>;
    }

    /// The address of a file of the full build, next to the page. Those names carry no content hash, so the
    /// app version and the bank version in the query keep a cached copy from another release out.
    fn full_url(file: &str, bank_version: &str) -> Option<String> {
        let document = web_sys::window()?.document()?;
        let base = document.base_uri().ok()??;
        let url = web_sys::Url::new_with_base(file, &base).ok()?;
        url.set_search(&format!("v={}-{bank_version}", env!("CARGO_PKG_VERSION")));
        Some(url.href())
    }

    /// Loads the full app and hands the page over to it. On failure the light app keeps the page.
    pub async fn to_full(payload: Payload, bank_version: &str) -> Result<(), String> {
        let url = full_url("skills-radar-full.js", bank_version).ok_or("no page address")?;
        let wasm = full_url("skills-radar-full_bg.wasm", bank_version).ok_or("no page address")?;
        let module = load_module(&url, &wasm).await.map_err(|e| format!("{url}: {e:?}"))?;
        let start: js_sys::Function = js_sys::Reflect::get(&module, &"start_full".into())
            .ok()
            .and_then(|f| f.dyn_into().ok())
            .ok_or("no start_full in the full app")?;
        let object = js_sys::Object::new();
        let set = |key: &str, value: &JsValue| js_sys::Reflect::set(&object, &key.into(), value);
        let _ = set("saved", &payload.saved.into());
        if let Some(language) = payload.language {
            let _ = set("language", &language.code().into());
        }
        let _ = set("keepNotices", &payload.keep_notices.into());
        if let Some(bytes) = &payload.import {
            let _ = set("import", &js_sys::Uint8Array::from(bytes.as_slice()).into());
        }
        crate::app::unmount();
        start.call1(&JsValue::NULL, &object).map(|_| ()).map_err(|e| format!("start_full: {e:?}"))
    }
}

#[cfg(not(feature = "results"))]
pub use send::to_full;
