//! The texts each screen is shown in. Every language's texts are fetched the first time a screen needs
//! them (the interface texts before the first screen, the bank's texts when the person starts), checked
//! against the interface and the bank, and kept for the page's life. While a newly chosen language loads,
//! or if it cannot load, the page stays in the language it was showing, so a switch never blanks a screen.

use super::fetch::{start, text_of};
use super::ContentContext;
use crate::core::content::{
    bank_texts_file, bank_texts_path, is_texts_file, screen_texts_file, screen_texts_path, ui_texts_file,
    ui_texts_path, Content, Source, RESOURCES_PATH,
};
use crate::core::locale::{shown_in, Language, ShownIn, TextsStatus};
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

/// `needs_bank`: the screen shown needs the later texts; `prefetch`: fetch them, but keep showing the screen.
#[hook]
pub fn use_texts(boot: ContentContext, wanted: Language, needs_bank: bool, prefetch: bool) -> Texts {
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
        let needs_bank = needs_bank || prefetch;
        let enough = candidate.as_ref().is_some_and(|c| is_ready(&c.0, needs_bank));
        let start = !enough && wanted_status == Fetch::NotRequested;
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

    let stand_in = shown.borrow().clone().filter(|c| is_ready(&c.0, needs_bank) && c.0.text.language != wanted);
    let status_now = match &wanted_status {
        Fetch::NotRequested => TextsStatus::NotRequested,
        Fetch::Loading => TextsStatus::Loading,
        Fetch::Unreachable => TextsStatus::Unreachable,
        Fetch::Invalid(_) => TextsStatus::Invalid,
    };
    match (shown_in(ready.is_some(), stand_in.is_some(), status_now), ready, stand_in) {
        (ShownIn::Wanted, Some(content), _) => {
            *shown.borrow_mut() = Some(content.clone());
            Texts { content, missing: None, switch_failed: None, retry }
        }
        (ShownIn::StandIn { failed }, _, Some(content)) => {
            Texts { content, missing: None, switch_failed: failed.then_some(wanted), retry }
        }
        (choice, ..) => {
            // The loading or failure screen, in the wanted language if its interface is here.
            let content = candidate.or_else(|| shown.borrow().clone()).unwrap_or(boot);
            let missing = match (choice, wanted_status) {
                (ShownIn::Missing(TextsStatus::Loading), _) => Fetch::Loading,
                (_, other) => other,
            };
            Texts { content, missing: Some(missing), switch_failed: None, retry }
        }
    }
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
    // The files at once: they are needed together, and none should wait for another. The bank's resources
    // are the same in every language; the first language's fetch brings them.
    let resources = content
        .bank
        .resources
        .iter()
        .any(|r| !r.own && r.url.is_empty())
        .then(|| LocaleFile::start(RESOURCES_PATH.to_string()));
    let screens = LocaleFile::start(screen_texts_path(wanted));
    let bank_texts = LocaleFile::start(bank_texts_path(wanted));
    let (screens, bank_texts) = (screens.text().await?, bank_texts.text().await?);
    let (screens_file, bank_file) = (screen_texts_file(wanted), bank_texts_file(wanted));
    let mut full = content
        .with_later_texts(
            Source { file: &screens_file, json: &screens },
            Source { file: &bank_file, json: &bank_texts },
        )
        .map_err(Fetch::Invalid)?;
    if let Some(resources) = resources {
        let json = resources.text().await?;
        full = full.with_resources(Source { file: RESOURCES_PATH, json: &json }).map_err(Fetch::Invalid)?;
    }
    Ok(ContentContext(Rc::new(full)))
}

async fn fetch_locale_file(path: String) -> Result<String, Fetch> {
    LocaleFile::start(path).text().await
}

/// A language file on its way, under the build's content-hashed name: a cached copy from another release
/// is never taken for it.
struct LocaleFile {
    url: String,
    pending: Option<wasm_bindgen_futures::JsFuture>,
}

impl LocaleFile {
    fn start(path: String) -> LocaleFile {
        let url = super::boot::file(&path);
        let pending = start(&url);
        LocaleFile { url, pending }
    }

    async fn text(self) -> Result<String, Fetch> {
        let text = match self.pending {
            Some(pending) => text_of(&self.url, pending).await,
            None => Err(format!("{}: no window", self.url)),
        };
        let text = text.and_then(|body| match is_texts_file(&body) {
            true => Ok(body),
            false => Err(format!("{}: the response is not the app's file (a login or error page?)", self.url)),
        });
        text.map_err(|problem| {
            web_sys::console::warn_1(&problem.into());
            Fetch::Unreachable
        })
    }
}

/// The language to show and the way to change it: the remembered choice, else the browser's first preferred
/// language among `offered`, else the first offered (`core::locale::negotiate`); a change is remembered.
#[hook]
pub fn use_language(
    store: Rc<super::storage::Store>,
    offered: Vec<Language>,
) -> (UseStateHandle<Language>, Callback<Language>) {
    let language = {
        let store = store.clone();
        use_state(move || {
            crate::core::locale::negotiate(
                store.get(crate::core::locale::CHOICE_KEY).as_deref(),
                &super::dom::preferred_languages(),
                &offered,
            )
        })
    };
    let on_change = {
        let language = language.clone();
        Callback::from(move |chosen: Language| {
            // Remembering the choice is a courtesy; if storage refuses, the switch still happens.
            let _ = store.set(crate::core::locale::CHOICE_KEY, chosen.code());
            language.set(chosen);
        })
    };
    (language, on_change)
}
