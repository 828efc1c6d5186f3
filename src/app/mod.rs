//! The Yew shell: renders core state and turns clicks into core actions. Browser APIs sit in `storage`
//! and `dom`; screens are in `screens`, reusable pieces in `widgets`.

pub mod boot;
pub mod dom;
pub mod fetch;
pub mod history;
pub mod messages;
pub mod results_part;
pub mod root;
pub mod saving;
pub mod screens;
pub mod storage;
pub mod texts;
pub mod tools;
pub mod widgets;
pub mod workshop;

use crate::core::content::Content;
use crate::core::text::{Catalog, Ui};
use std::rc::Rc;
use yew::prelude::*;

/// The loaded content, shared with every component through context. Compared by pointer: a new language
/// or newly arrived texts make a new `Content`, and a deep comparison would walk the whole bank.
#[derive(Clone)]
pub struct ContentContext(pub Rc<Content>);

impl PartialEq for ContentContext {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

#[hook]
pub fn use_content() -> Rc<Content> {
    use_context::<ContentContext>().expect("components render inside the content provider").0
}

/// Shorthand for an interface text.
pub fn t(catalog: &Catalog, key: Ui) -> String {
    catalog.ui(key).to_string()
}

thread_local! {
    static APP: std::cell::RefCell<Option<yew::AppHandle<root::App>>> = const { std::cell::RefCell::new(None) };
}

/// Mounts the app on `#skills-radar` when the page has one, otherwise on the body, with what the page's
/// loader passed (see `boot`).
pub fn mount(boot: wasm_bindgen::JsValue) {
    boot::set(boot);
    let host = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("skills-radar"));
    let handle = match host {
        Some(element) => yew::Renderer::<root::App>::with_root(element).render(),
        None => yew::Renderer::<root::App>::new().render(),
    };
    APP.with(|app| *app.borrow_mut() = Some(handle));
}
