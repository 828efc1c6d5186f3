//! The results tools module (`src/bin/tools.rs`, functions of `core::tools`): loaded the first time a
//! screen needs it, kept for the page's life, and offered to components through [`ToolsContext`]. While it
//! loads, or if it cannot, the rest of the page works; the parts that need it say so.

use super::boot;
use crate::core::record::MAX_FILE_BYTES;
use std::cell::RefCell;
use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

/// The loaded module: its exported functions, called by name.
#[derive(Clone, PartialEq)]
pub struct Tools(JsValue);

impl Tools {
    fn call_value(&self, name: &str, args: &[JsValue]) -> Option<JsValue> {
        let function = js_sys::Reflect::get(&self.0, &name.into()).ok()?.dyn_into::<js_sys::Function>().ok()?;
        let args: js_sys::Array = args.iter().collect();
        function.apply(&JsValue::NULL, &args).ok()
    }

    fn call(&self, name: &str, args: &[JsValue]) -> String {
        self.call_value(name, args).and_then(|v| v.as_string()).unwrap_or_default()
    }

    /// Whether a call of `static/files.js` that answers with a promise ended well.
    async fn done(&self, name: &str, args: &[JsValue]) -> bool {
        let Some(promise) = self.call_value(name, args).and_then(|p| p.dyn_into::<js_sys::Promise>().ok()) else {
            return false;
        };
        wasm_bindgen_futures::JsFuture::from(promise).await.ok().and_then(|v| v.as_bool()).unwrap_or(false)
    }

    /// Saves a result as a download of `kind` (json, csv, svg, png), written by the tools in the names of
    /// `texts` (`core::tools::file_texts`); `false` if it could not be made.
    pub async fn download(&self, kind: &str, saved: &str, texts: &str, language: &str, name: &str) -> bool {
        self.done("download", &[kind.into(), saved.into(), texts.into(), language.into(), name.into()]).await
    }

    /// Copies `text` to the clipboard; `false` when the browser refuses.
    pub async fn copy_text(&self, text: &str) -> bool {
        self.done("copyText", &[text.into()]).await
    }

    /// Shows the element with this id alone, full screen where the browser allows it (`static/files.js`).
    pub fn show_alone(&self, id: &str, open: bool) {
        self.call_value("showAlone", &[id.into(), open.into()]);
    }

    pub fn result_file(&self, saved: &str, language: &str) -> String {
        self.call("result_file", &[saved.into(), language.into()])
    }

    pub fn share_code(&self, saved: &str) -> String {
        self.call("share_code", &[saved.into()])
    }

    /// Reads the file chosen in `input` as a result, against the browser's clock (`open_file`'s answer); empty
    /// when the browser gave no file.
    pub async fn open_chosen(&self, input: &web_sys::HtmlInputElement) -> String {
        let args = [input.into(), (MAX_FILE_BYTES as f64).into(), (super::dom::now_ms() as f64).into()];
        let Some(promise) = self.call_value("openChosen", &args).and_then(|p| p.dyn_into::<js_sys::Promise>().ok())
        else {
            return String::new();
        };
        wasm_bindgen_futures::JsFuture::from(promise).await.ok().and_then(|v| v.as_string()).unwrap_or_default()
    }

    /// Reads a share code against the browser's clock.
    pub fn open_code(&self, code: &str) -> String {
        self.call("open_code", &[code.into(), (super::dom::now_ms() as f64).into()])
    }

    pub fn history_entries(&self, history: &str) -> String {
        self.call("history_entries", &[history.into()])
    }

    pub fn history_upsert(&self, history: &str, saved: &str) -> String {
        self.call("history_upsert", &[history.into(), saved.into()])
    }

    pub fn history_remove(&self, history: &str, completed_ms: u64) -> String {
        self.call("history_remove", &[history.into(), (completed_ms as f64).into()])
    }

    /// The results screen's chart, as an image address (see `core::tools::chart_image`).
    pub fn chart_image(&self, saved: &str, previous: &str, texts: &str) -> String {
        self.call("chart_image", &[saved.into(), previous.into(), texts.into()])
    }

    pub fn continue_code(&self, saved: &str) -> String {
        self.call("continue_code", &[saved.into()])
    }

    pub fn open_continued(&self, code: &str) -> String {
        self.call("open_continued", &[code.into()])
    }

    pub fn qr_code(&self, text: &str) -> String {
        self.call("qr_code", &[text.into()])
    }
}

thread_local! {
    static LOADED: RefCell<Option<Tools>> = const { RefCell::new(None) };
    /// What the tools need of the organisation's configuration (`Config::tools_form`), set at start.
    static CONFIG: RefCell<String> = const { RefCell::new(String::new()) };
}

/// Hands the tools, whenever they load, what they need of the configuration the app read.
pub fn configure(form: String) {
    CONFIG.with(|c| *c.borrow_mut() = form);
}

/// The tools, loading them the first time (the loader shares one fetch between callers); `None` when they
/// cannot be loaded, in which case a later call tries again.
pub async fn get() -> Option<Tools> {
    if let Some(tools) = LOADED.with(|t| t.borrow().clone()) {
        return Some(tools);
    }
    let module = match boot::load_tools() {
        Some(promise) => wasm_bindgen_futures::JsFuture::from(promise).await.ok(),
        None => None,
    };
    let Some(module) = module else {
        web_sys::console::warn_1(&"the results tools could not be loaded".into());
        return None;
    };
    let tools = Tools(module);
    // The organisation's resources and targets, so that files and history agree with the screen.
    let form = CONFIG.with(|c| c.borrow().clone());
    if !form.is_empty() {
        tools.call("configure", &[form.into()]);
    }
    LOADED.with(|t| *t.borrow_mut() = Some(tools.clone()));
    Some(tools)
}

#[derive(Clone, PartialEq)]
pub enum Loaded {
    NotRequested,
    Loading,
    Ready(Tools),
    /// They could not be loaded; asking again tries again.
    Failed,
}

/// The tools as every component sees them: one state for the page, so that a retry anywhere serves all.
/// It also carries the request for the texts results and problems are told in (the other screens' texts),
/// which a part that opens a result needs with the tools: one context rather than two, as each context type
/// is a component type of its own in the wasm.
#[derive(Clone, PartialEq)]
pub struct ToolsContext {
    pub loaded: Loaded,
    /// Starts loading, or tries again after a failure; does nothing while loading or once loaded.
    pub request: Callback<()>,
    /// Fetches the later texts without blanking the screen shown (see `texts::use_texts`).
    pub later_texts: Callback<()>,
}

impl ToolsContext {
    pub fn ready(&self) -> Option<&Tools> {
        match &self.loaded {
            Loaded::Ready(tools) => Some(tools),
            _ => None,
        }
    }

    pub fn failed(&self) -> bool {
        self.loaded == Loaded::Failed
    }
}

/// Owns the tools' state, for the root to provide.
#[hook]
pub fn use_tools_root(later_texts: Callback<()>) -> ToolsContext {
    let loaded = use_state(|| Loaded::NotRequested);
    // Set while a load is under way: the state handle a callback holds may be a render behind.
    let busy = use_mut_ref(|| false);
    let request = {
        let loaded = loaded.clone();
        Callback::from(move |()| {
            if let Some(tools) = LOADED.with(|t| t.borrow().clone()) {
                // Loaded by someone else (a chosen file): every component can have them now.
                if *loaded != Loaded::Ready(tools.clone()) {
                    loaded.set(Loaded::Ready(tools));
                }
                return;
            }
            if *busy.borrow() {
                return;
            }
            *busy.borrow_mut() = true;
            loaded.set(Loaded::Loading);
            let (loaded, busy) = (loaded.clone(), busy.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let result = get().await;
                *busy.borrow_mut() = false;
                loaded.set(result.map_or(Loaded::Failed, Loaded::Ready));
            });
        })
    };
    ToolsContext { loaded: (*loaded).clone(), request, later_texts }
}

/// The tools for a component that needs them once `needed` is true: asks for them then.
#[hook]
pub fn use_tools(needed: bool) -> ToolsContext {
    let tools = use_context::<ToolsContext>().expect("components render inside the tools provider");
    use_request_when(&tools, needed);
    tools
}

/// Asks for the tools the first time `needed` is true and nobody has.
#[hook]
pub fn use_request_when(tools: &ToolsContext, needed: bool) {
    let start = needed && tools.loaded == Loaded::NotRequested;
    let request = tools.request.clone();
    use_effect_with(start, move |&start| {
        if start {
            request.emit(());
        }
    });
}
