//! The results tools module (`src/bin/tools.rs`, functions of `core::tools`): loaded the first time a
//! screen needs it, kept for the page's life, and offered to components through [`ToolsContext`]. While it
//! loads, or if it cannot, the rest of the page works; the parts that need it say so.

use super::boot;
use std::cell::RefCell;
use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

/// The loaded module: its exported functions, called by name.
#[derive(Clone, PartialEq)]
pub struct Tools(JsValue);

impl Tools {
    fn call(&self, name: &str, args: &[JsValue]) -> String {
        let function =
            js_sys::Reflect::get(&self.0, &name.into()).ok().and_then(|f| f.dyn_into::<js_sys::Function>().ok());
        let Some(function) = function else { return String::new() };
        let args: js_sys::Array = args.iter().collect();
        function.apply(&JsValue::NULL, &args).ok().and_then(|v| v.as_string()).unwrap_or_default()
    }

    pub fn result_file(&self, saved: &str, language: &str) -> String {
        self.call("result_file", &[saved.into(), language.into()])
    }

    pub fn share_code(&self, saved: &str) -> String {
        self.call("share_code", &[saved.into()])
    }

    pub fn open_file(&self, bytes: &[u8]) -> String {
        self.call("open_file", &[js_sys::Uint8Array::from(bytes).into()])
    }

    pub fn open_code(&self, code: &str) -> String {
        self.call("open_code", &[code.into()])
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

    pub fn qr_code(&self, text: &str) -> String {
        self.call("qr_code", &[text.into()])
    }
}

thread_local! {
    static LOADED: RefCell<Option<Tools>> = const { RefCell::new(None) };
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
    LOADED.with(|t| *t.borrow_mut() = Some(tools.clone()));
    Some(tools)
}

#[derive(Clone, PartialEq)]
pub enum Loaded {
    Waiting,
    Ready(Tools),
    /// They could not be loaded; `retry` tries again.
    Failed,
}

pub struct UseTools {
    pub loaded: Loaded,
    pub retry: Callback<()>,
}

impl UseTools {
    pub fn ready(&self) -> Option<&Tools> {
        match &self.loaded {
            Loaded::Ready(tools) => Some(tools),
            _ => None,
        }
    }
}

/// The tools for a component that shows what they make: loading starts once `needed` is true.
#[hook]
pub fn use_tools(needed: bool) -> UseTools {
    let loaded = use_state(|| match LOADED.with(|t| t.borrow().clone()) {
        Some(tools) => Loaded::Ready(tools),
        None => Loaded::Waiting,
    });
    let attempt = use_state(|| 0u32);
    {
        let loaded = loaded.clone();
        let ready = matches!(*loaded, Loaded::Ready(_));
        use_effect_with((needed && !ready, *attempt), move |&(start, _)| {
            if start {
                loaded.set(Loaded::Waiting);
                wasm_bindgen_futures::spawn_local(async move {
                    loaded.set(get().await.map_or(Loaded::Failed, Loaded::Ready));
                });
            }
        });
    }
    let retry = Callback::from(move |()| attempt.set(*attempt + 1));
    UseTools { loaded: (*loaded).clone(), retry }
}
