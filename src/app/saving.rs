//! Saving every change, and keeping several tabs on one assessment in step. The tab remembers the copy it
//! last read or wrote; when storage holds another, another tab wrote it, and its changes are merged in
//! (`core::sync`) before this tab writes, so an older copy never overwrites newer answers. Other tabs'
//! writes also arrive as `storage` events, so a tab that falls behind updates itself.

use super::boot;
use super::root::AppState;
use super::storage::Store;
use crate::core::lms::after_platform;
use crate::core::saved;
use crate::core::session::{after_save, Notice, Written};
use crate::core::sync::{change, merge, Change};
use crate::core::wizard::{Action, Assessment};
use gloo::events::EventListener;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Saves the assessment on every change and follows other tabs. `true` once another tab wrote what this
/// version cannot read: from then on this tab writes nothing.
#[hook]
pub fn use_saving(store: Rc<Store>, state: UseReducerHandle<AppState>, notices: UseStateHandle<Vec<Notice>>) -> bool {
    // The copy this tab last read or wrote.
    let synced = {
        let store = store.clone();
        use_memo((), move |_| RefCell::new(store.get(saved::KEY)))
    };
    let stopped = use_state(|| false);
    {
        // A change in storage made by another tab, as it happens: merge it, or stop saving if it cannot be read.
        let (store, synced, stopped, dispatcher) = (store.clone(), synced.clone(), stopped.clone(), state.dispatcher());
        let bank = state.content.bank.clone();
        let follow = move |stored: Option<String>| {
            let current = synced.borrow().clone();
            match change(&bank, current.as_deref(), stored.as_deref()) {
                Change::None => {}
                Change::Unreadable => stopped.set(true),
                Change::Merge { base, theirs } => {
                    *synced.borrow_mut() = stored;
                    dispatcher.dispatch(Action::Merge { base, theirs });
                }
            }
        };
        use_effect_with((), move |_| {
            let listener = web_sys::window().filter(|_| store.is_persistent()).map(|window| {
                EventListener::new(&window, "storage", move |event| {
                    let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() else { return };
                    // A `null` key is another tab clearing all storage.
                    if event.key().is_none_or(|key| key == saved::KEY) {
                        follow(event.new_value());
                    }
                })
            });
            move || drop(listener)
        });
    }
    {
        let (stop, dispatcher, bank) = (stopped.clone(), state.dispatcher(), state.content.bank.clone());
        use_effect_with((state.assessment.clone(), *stopped), move |(assessment, stopped)| {
            if *stopped {
                return;
            }
            // Another tab wrote since this one last did, and no event has told us yet: merge first. A merge
            // that changes this tab's assessment renders again, and that render saves.
            let stored = store.get(saved::KEY);
            let last = synced.borrow().clone();
            match change(&bank, last.as_deref(), stored.as_deref()) {
                Change::None => {}
                Change::Unreadable => return stop.set(true),
                Change::Merge { base, theirs } => {
                    *synced.borrow_mut() = stored;
                    if merge(&bank, &base, assessment, &theirs) != *assessment {
                        return dispatcher.dispatch(Action::Merge { base, theirs });
                    }
                }
            }
            // Nothing begun, nothing kept: a first visit, a shared link or "Delete everything" leaves no record.
            let text = (*assessment != Assessment::default()).then(|| saved::encode(&bank, assessment));
            // Storage already holds it (as on a page just opened): writing would prove nothing about storage.
            if text == *synced.borrow() {
                return;
            }
            let written = match &text {
                None => {
                    store.remove(saved::KEY);
                    Written::Done
                }
                Some(text) => store.write(saved::KEY, text),
            };
            let mut next = after_save(&notices, written);
            // A learning platform keeps its own copy (`static/lms.js`), whatever the browser's storage does.
            if let Some(status) = boot::lms_save(text.as_deref().unwrap_or_default()) {
                next = after_platform(&next, &status);
            }
            if written == Written::Done {
                *synced.borrow_mut() = text;
            }
            if next != *notices {
                notices.set(next);
            }
        });
    }
    *stopped
}
