//! The bank's texts arrive after the first screen: this hook fetches them the first time a screen needs
//! them, checks them against the bank, and reports where that stands.

use super::fetch::fetch_text;
use super::ContentContext;
use crate::core::content::{bank_texts_file, Source};
use crate::core::validate::ContentError;
use std::rc::Rc;
use yew::prelude::*;

/// Where fetching the bank's texts stands, when a screen needs them and they are not there yet.
#[derive(Clone, PartialEq)]
pub enum Fetch {
    NotRequested,
    Loading,
    /// The network failed: worth another try.
    Unreachable,
    /// The file arrived but does not match the bank.
    Invalid(Vec<ContentError>),
}

pub struct BankTexts {
    /// The content: with the bank's texts once they have arrived.
    pub content: ContentContext,
    /// `None` when nothing is missing: the texts are there, or not needed yet.
    pub missing: Option<Fetch>,
    pub retry: Callback<()>,
}

#[hook]
pub fn use_bank_texts(interface: ContentContext, needed: bool) -> BankTexts {
    let content = use_state(|| interface);
    let fetch = use_state(|| Fetch::NotRequested);
    let missing = needed && !content.0.text.has_bank_texts();
    {
        let (content, fetch) = (content.clone(), fetch.clone());
        use_effect_with((missing, (*fetch).clone()), move |(missing, status)| {
            if *missing && *status == Fetch::NotRequested {
                fetch.set(Fetch::Loading);
                let current = content.0.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    let language = &current.text.language;
                    let file = bank_texts_file(language);
                    // The bank version in the address makes a cached copy from an older bank miss.
                    let url = format!("locales/{language}/bank.json?v={}", current.bank.version);
                    match fetch_text(&url).await {
                        Ok(json) => match current.with_bank_texts(Source { file: &file, json: &json }) {
                            Ok(full) => {
                                content.set(ContentContext(Rc::new(full)));
                                fetch.set(Fetch::NotRequested);
                            }
                            Err(errors) => fetch.set(Fetch::Invalid(errors)),
                        },
                        Err(problem) => {
                            web_sys::console::warn_1(&problem.into());
                            fetch.set(Fetch::Unreachable);
                        }
                    }
                });
            }
        });
    }
    let retry = {
        let fetch = fetch.clone();
        Callback::from(move |()| fetch.set(Fetch::NotRequested))
    };
    BankTexts { content: (*content).clone(), missing: missing.then(|| (*fetch).clone()), retry }
}
