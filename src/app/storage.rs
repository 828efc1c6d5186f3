//! Browser storage behind a small interface. When the browser refuses storage (private mode, blocked site
//! data, a sandboxed frame) the store falls back to memory, so the app keeps working for this page's life.
//! `gloo_storage::LocalStorage` is not used because it aborts when storage is unavailable.

use crate::core::map::Map;
use std::cell::RefCell;

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
    /// The page's local storage if it can be read and written, memory otherwise.
    pub fn open() -> Store {
        let storage = web_sys::window().and_then(|w| w.local_storage().ok().flatten());
        match storage {
            Some(s) if s.set_item(PROBE_KEY, "1").is_ok() && s.remove_item(PROBE_KEY).is_ok() => Store::Browser(s),
            _ => Store::memory(),
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
        match self {
            Store::Browser(s) => s.set_item(key, value).is_ok(),
            Store::Memory(m) => {
                m.borrow_mut().insert(key.to_string(), value.to_string());
                true
            }
        }
    }
}
