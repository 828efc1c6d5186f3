//! The texts each screen is shown in. Every language's texts are fetched the first time a screen needs
//! them (the interface texts before the first screen, the bank's texts when the person starts), checked
//! against the interface and the bank, and kept for the page's life. While a newly chosen language loads,
//! or if it cannot load, the page stays in the language it was showing, so a switch never blanks a screen.

use super::fetch::fetch_text;
use super::ContentContext;
use crate::core::content::{bank_texts_file, bank_texts_path, ui_texts_file, ui_texts_path, Content, Source};
use crate::core::locale::Language;
use crate::core::validate::ContentError;
use std::rc::Rc;
use yew::prelude::*;

/// Where fetching a language's texts stands.
#[derive(Clone, PartialEq)]
pub enum Fetch {
    NotRequested,
    Loading,
    /// The network failed: worth another try.
    Unreachable,
    /// A file arrived but does not match the bank or the interface.
    Invalid(Vec<ContentError>),
}

pub struct Texts {
    /// The content to render with: the wanted language when it is ready, else the one shown so far; before
    /// any language has loaded, the bank without texts (`has_interface()` is false).
    pub content: ContentContext,
    /// Set when the screen cannot be shown at all yet: its texts are missing and no language stands in.
    pub missing: Option<Fetch>,
    /// Set when the wanted language could not be loaded and the page stays in another one.
    pub switch_failed: Option<Language>,
    pub retry: Callback<()>,
}

fn is_ready(content: &Content, needs_bank: bool) -> bool {
    !needs_bank || content.text.has_bank_texts()
}

/// One slot per language, indexed by `Language as usize`: smaller code than a map for three entries.
type PerLanguage<T> = [T; Language::ALL.len()];

fn slot(language: Language) -> usize {
    language as usize
}

#[hook]
pub fn use_texts(boot: ContentContext, wanted: Language, needs_bank: bool) -> Texts {
    // Shared cells rather than state: several fetches may be in flight when the person switches quickly,
    // and each must add to the latest cache, not to the copy it started with.
    let cache = use_mut_ref(|| -> PerLanguage<Option<ContentContext>> { [None, None, None] });
    let status =
        use_mut_ref(|| -> PerLanguage<Fetch> { [Fetch::NotRequested, Fetch::NotRequested, Fetch::NotRequested] });
    // The content a screen was last shown in; none until the person's language has been shown once.
    let shown = use_mut_ref(|| None::<ContentContext>);
    let rerender = use_force_update();

    let candidate = cache.borrow()[slot(wanted)].clone();
    let ready = candidate.as_ref().filter(|c| is_ready(&c.0, needs_bank)).cloned();
    let wanted_status = status.borrow()[slot(wanted)].clone();

    {
        let (cache, status, rerender, boot) = (cache.clone(), status.clone(), rerender.clone(), boot.clone());
        let start = ready.is_none() && wanted_status == Fetch::NotRequested;
        use_effect_with((wanted, needs_bank, start), move |&(wanted, needs_bank, start)| {
            if start {
                status.borrow_mut()[slot(wanted)] = Fetch::Loading;
                rerender.force_update();
                wasm_bindgen_futures::spawn_local(async move {
                    let base = cache.borrow()[slot(wanted)].clone();
                    let outcome = load(base, &boot, wanted, needs_bank).await;
                    let next = match outcome {
                        Ok(content) => {
                            cache.borrow_mut()[slot(wanted)] = Some(content);
                            Fetch::NotRequested
                        }
                        Err(fetch) => {
                            if let Fetch::Invalid(errors) = &fetch {
                                for e in errors {
                                    web_sys::console::warn_1(&e.to_string().into());
                                }
                            }
                            fetch
                        }
                    };
                    status.borrow_mut()[slot(wanted)] = next;
                    rerender.force_update();
                });
            }
        });
    }

    let retry = {
        let (status, rerender) = (status.clone(), rerender.clone());
        Callback::from(move |()| {
            status.borrow_mut()[slot(wanted)] = Fetch::NotRequested;
            rerender.force_update();
        })
    };

    if let Some(content) = ready {
        *shown.borrow_mut() = Some(content.clone());
        return Texts { content, missing: None, switch_failed: None, retry };
    }
    let stand_in = shown.borrow().clone().filter(|c| is_ready(&c.0, needs_bank) && c.0.text.language != wanted);
    if let Some(content) = stand_in {
        let failed = matches!(wanted_status, Fetch::Unreachable | Fetch::Invalid(_));
        return Texts { content, missing: None, switch_failed: failed.then_some(wanted), retry };
    }
    // Nothing can stand in: the loading or failure screen, in the wanted language if its interface is here.
    let content = candidate.or_else(|| shown.borrow().clone()).unwrap_or(boot);
    let missing = match wanted_status {
        Fetch::NotRequested => Fetch::Loading,
        other => other,
    };
    Texts { content, missing: Some(missing), switch_failed: None, retry }
}

/// Fetches what `wanted` lacks: its interface texts unless `base` has them, and its bank texts if needed.
async fn load(
    base: Option<ContentContext>,
    boot: &ContentContext,
    wanted: Language,
    needs_bank: bool,
) -> Result<ContentContext, Fetch> {
    let content = match base {
        Some(content) => content.0,
        None => {
            let json = fetch_locale_file(ui_texts_path(wanted)).await?;
            let file = ui_texts_file(wanted);
            Rc::new(boot.0.with_interface(wanted, Source { file: &file, json: &json }).map_err(Fetch::Invalid)?)
        }
    };
    if !needs_bank || content.text.has_bank_texts() {
        return Ok(ContentContext(content));
    }
    let json = fetch_locale_file(bank_texts_path(wanted)).await?;
    let file = bank_texts_file(wanted);
    let full = content.with_bank_texts(Source { file: &file, json: &json }).map_err(Fetch::Invalid)?;
    Ok(ContentContext(Rc::new(full)))
}

async fn fetch_locale_file(path: String) -> Result<String, Fetch> {
    // The build's content-hashed name: a cached copy from another release is never taken for it.
    let url = super::boot::file(&path);
    fetch_text(&url).await.map_err(|problem| {
        web_sys::console::warn_1(&problem.into());
        Fetch::Unreachable
    })
}
