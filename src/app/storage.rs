//! Browser storage behind a small interface. When the browser refuses storage (private mode, blocked site
//! data, a sandboxed frame) the store falls back to memory, so the app keeps working for this page's life.
//! `gloo_storage::LocalStorage` is not used because it aborts when storage is unavailable.

use crate::core::map::Map;
use crate::core::session::{Storage, Written};
use std::cell::RefCell;
use wasm_bindgen::JsValue;

pub enum Store {
    Browser(web_sys::Storage),
    Memory(RefCell<Map<String>>),
}

/// The app's store, shared between components and compared by identity (there is one per page).
#[derive(Clone)]
pub struct SharedStore(pub std::rc::Rc<Store>);

impl PartialEq for SharedStore {
    fn eq(&self, other: &Self) -> bool {
        std::rc::Rc::ptr_eq(&self.0, &other.0)
    }
}

const PROBE_KEY: &str = "skills-radar.probe";

impl Store {
    /// The page's local storage if it can be read (even when it is full), memory otherwise; and what it allows.
    pub fn open() -> (Store, Storage) {
        let Some(storage) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) else {
            return (Store::memory(), Storage::Blocked);
        };
        match written(storage.set_item(PROBE_KEY, "1")) {
            Written::Done if storage.remove_item(PROBE_KEY).is_ok() => (Store::Browser(storage), Storage::Writable),
            // Full storage still holds the person's answers: keep reading it.
            Written::Full => (Store::Browser(storage), Storage::Full),
            _ => (Store::memory(), Storage::Blocked),
        }
    }

    pub fn memory() -> Store {
        Store::Memory(RefCell::new(Map::new()))
    }

    pub fn is_persistent(&self) -> bool {
        matches!(self, Store::Browser(_))
    }

    pub fn get(&self, key: &str) -> Option<String> {
        match self {
            Store::Browser(s) => s.get_item(key).ok().flatten(),
            Store::Memory(m) => m.borrow().get(key).cloned(),
        }
    }

    pub fn remove(&self, key: &str) {
        match self {
            Store::Browser(s) => {
                let _ = s.remove_item(key);
            }
            Store::Memory(m) => {
                m.borrow_mut().remove(key);
            }
        }
    }

    /// Removes every entry whose key starts with `prefix`: all the app's data, for "Delete everything".
    pub fn remove_prefixed(&self, prefix: &str) {
        match self {
            Store::Browser(s) => {
                let count = s.length().unwrap_or(0);
                let keys: Vec<String> =
                    (0..count).filter_map(|i| s.key(i).ok().flatten()).filter(|k| k.starts_with(prefix)).collect();
                for key in keys {
                    let _ = s.remove_item(&key);
                }
            }
            Store::Memory(m) => m.borrow_mut().retain(|k, _| !k.starts_with(prefix)),
        }
    }

    /// Writes a value; `false` when the browser refused (quota, or storage revoked since start).
    pub fn set(&self, key: &str, value: &str) -> bool {
        self.write(key, value) == Written::Done
    }

    /// Writes a value, and says whether the browser refused it for want of space or otherwise.
    pub fn write(&self, key: &str, value: &str) -> Written {
        match self {
            Store::Browser(s) => written(s.set_item(key, value)),
            Store::Memory(m) => {
                m.borrow_mut().insert(key.to_string(), value.to_string());
                Written::Done
            }
        }
    }
}

/// A write's outcome: browsers name a full storage `QuotaExceededError` (Firefox once used its own name).
fn written(result: Result<(), JsValue>) -> Written {
    let Err(error) = result else { return Written::Done };
    let name = js_sys::Reflect::get(&error, &JsValue::from_str("name")).ok().and_then(|n| n.as_string());
    match name.as_deref() {
        Some("QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED") => Written::Full,
        _ => Written::Refused,
    }
}
