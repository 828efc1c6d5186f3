//! Loads and validates the content a session needs: the bank structure and one language's texts.
//! The bank's structure is compiled in; every language's texts, English included, are separate files the
//! browser fetches when needed (see `app::texts`), so each reader downloads their own language only.

use super::bank::Bank;
use super::bank::{Resource, ResourceKind, ResourceLevel};
use super::config::Config;
use super::json::{self, Value};
use super::locale::Language;
use super::text::{parse_texts, Catalog, Ui};
use super::validate::{validate_bank, ContentError};
use std::rc::Rc;

/// The bank (as the organisation's configuration makes it), the configuration, and one language's texts.
/// The bank is shared between languages: a switch swaps only the texts.
#[derive(Debug, Clone, PartialEq)]
pub struct Content {
    pub bank: Rc<Bank>,
    pub config: Rc<Config>,
    pub text: Catalog,
    /// The page runs in a learning platform (`core::lms`), which records the progress and the result.
    pub in_platform: bool,
}

/// One content file: the name errors report, and its text.
#[derive(Debug, Clone, Copy)]
pub struct Source<'a> {
    pub file: &'a str,
    pub json: &'a str,
}

#[derive(Debug, Clone, Copy)]
pub struct Sources<'a> {
    pub bank: Source<'a>,
    pub language: Language,
    pub ui_texts: Source<'a>,
    pub screen_texts: Source<'a>,
    pub bank_texts: Source<'a>,
}

/// The bank's structure, compiled in: small, and needed on the first screen.
pub const BANK: Source<'static> = Source { file: "content/bank.json", json: include_str!("../../content/bank.json") };

/// The file a language's bank texts come from: in the repository, and (under `locales/`) in the built app,
/// where the browser fetches it when the person starts, so the first screen does not wait for it.
pub fn bank_texts_file(language: Language) -> String {
    format!("content/locales/{}/bank.json", language.code())
}

/// Where the built app serves a language's interface texts (before content hashing; see `app::boot`).
pub fn ui_texts_path(language: Language) -> String {
    format!("locales/{}/ui.json", language.code())
}

/// Where the built app serves a language's interface texts for the screens after the first.
pub fn screen_texts_path(language: Language) -> String {
    format!("locales/{}/screens.json", language.code())
}

/// The file those texts come from.
pub fn screen_texts_file(language: Language) -> String {
    format!("content/{}", screen_texts_path(language))
}

/// Where the built app serves a language's bank texts.
pub fn bank_texts_path(language: Language) -> String {
    format!("locales/{}/bank.json", language.code())
}

/// Where the built app serves the bank's learning resources: `{ "resources": [...] }`, the array of
/// `content/bank.json` as it is (`scripts/finish-build.mjs` copies it). The bank compiled into the app and the tools keeps only
/// their ids (enough to check a saved plan and a configuration): only the results show the rest, so the app
/// fetches it with the later texts.
pub const RESOURCES_PATH: &str = "resources.json";

/// The file a language's interface texts come from; the browser fetches it from `locales/` before the
/// first screen in that language.
pub fn ui_texts_file(language: Language) -> String {
    format!("content/locales/{}/ui.json", language.code())
}

/// Everything compiled in, for host tests and tools. The browser build leaves the bank texts out.
#[cfg(not(target_arch = "wasm32"))]
pub const DEFAULT: Sources<'static> = Sources {
    bank: BANK,
    language: Language::En,
    ui_texts: Source { file: "content/locales/en/ui.json", json: include_str!("../../content/locales/en/ui.json") },
    screen_texts: Source {
        file: "content/locales/en/screens.json",
        json: include_str!("../../content/locales/en/screens.json"),
    },
    bank_texts: Source {
        file: "content/locales/en/bank.json",
        json: include_str!("../../content/locales/en/bank.json"),
    },
};

pub fn parse_bank(source: Source) -> Result<Bank, Vec<ContentError>> {
    let error = |place: String, problem: String| vec![ContentError { file: source.file.to_string(), place, problem }];
    let value = json::parse(source.json).map_err(|e| error(e.place(), format!("not valid JSON: {}", e.problem)))?;
    let bank = Bank::read(&value).map_err(|f| error(f.place, f.problem))?;
    let errors = validate_bank(source.file, &bank);
    if errors.is_empty() {
        Ok(bank)
    } else {
        Err(errors)
    }
}

/// Whether a fetched body is a texts file at all: a JSON object. Anything else (a captive portal's login
/// page served with status 200, a proxy's error page) is a network problem, worth another try, not content
/// with errors for whoever manages the page.
pub fn is_texts_file(body: &str) -> bool {
    json::parse(body).is_ok_and(|v| v.members().is_some())
}

/// The bank and the interface texts of one language: enough for the first screen.
pub fn load_interface(bank: Source, language: Language, ui_texts: Source) -> Result<Content, Vec<ContentError>> {
    let bank = parse_bank(bank);
    let ui = parse_texts(ui_texts.file, ui_texts.json)
        .map_err(|e| vec![e])
        .and_then(|ui| Catalog::interface(language, (ui_texts.file, ui)));
    match (bank, ui) {
        (Ok(bank), Ok(text)) => Ok(Content { bank: Rc::new(bank), config: Rc::default(), text, in_platform: false }),
        (bank, ui) => Err(bank.err().unwrap_or_default().into_iter().chain(ui.err().unwrap_or_default()).collect()),
    }
}

impl Content {
    /// The bank, configured, with no texts yet, in `language`: what the app starts from.
    pub fn without_texts(bank: Bank, config: Config, language: Language) -> Content {
        Content { bank: Rc::new(bank), config: Rc::new(config), text: Catalog::none(language), in_platform: false }
    }

    /// What to say of where the answers go, in place of `usual` ("stored only in this browser"): inside a
    /// learning platform, that the platform records the progress, the completion and the levels. That text
    /// comes with the later texts, which the page then fetches at once: until they are here, nothing.
    pub fn privacy(&self, usual: Ui) -> &str {
        match self.in_platform {
            false => self.text.ui(usual),
            true if self.text.has_bank_texts() => self.text.ui(Ui::PlatformPrivacy),
            true => "",
        }
    }

    /// This content with its texts replaced by another language's interface texts (bank texts to follow).
    pub fn with_interface(&self, language: Language, source: Source) -> Result<Content, Vec<ContentError>> {
        let ui = parse_texts(source.file, source.json).map_err(|e| vec![e])?;
        let text = Catalog::interface(language, (source.file, ui))?;
        Ok(Content { text, ..self.clone() })
    }

    /// This content with the bank's resources whole ([`RESOURCES_PATH`]), in place of their ids: every one
    /// of them must be there, in the bank's order, and nothing else, so that a file of another release is
    /// noticed. What the configuration set (`recommended`) is kept.
    pub fn with_resources(&self, source: Source) -> Result<Content, Vec<ContentError>> {
        let mut bank = (*self.bank).clone();
        let fitted = json::parse(source.json).ok().and_then(|value| {
            let items = value.get("resources")?.items()?;
            let mut built_in = bank.resources.iter_mut().filter(|r| !r.own);
            let mut count = 0;
            for item in items {
                // Written by the build from the checked bank, in its order: anything else is another
                // release's file or damage. A small reader, made for this file alone: the bank's own reader
                // would cost the first load 3 kB.
                let whole = resource_of(item)?;
                let resource = built_in.next().filter(|r| r.id == whole.id)?;
                *resource = Resource { recommended: resource.recommended, ..whole };
                count += 1;
            }
            (built_in.next().is_none() && count == items.len()).then_some(())
        });
        match fitted {
            Some(()) => Ok(Content { bank: Rc::new(bank), ..self.clone() }),
            None => Err(vec![ContentError {
                file: source.file.to_string(),
                place: "the file".into(),
                problem: "does not list this bank's resources as the bank writes them (a file of another release?)"
                    .into(),
            }]),
        }
    }

    /// This content with the other screens' texts and the bank's texts in its language added and checked.
    pub fn with_later_texts(&self, screens: Source, bank_texts: Source) -> Result<Content, Vec<ContentError>> {
        let parsed = (parse_texts(screens.file, screens.json), parse_texts(bank_texts.file, bank_texts.json));
        let (screen_map, bank_map) = match parsed {
            (Ok(s), Ok(b)) => (s, b),
            (s, b) => return Err(s.err().into_iter().chain(b.err()).collect()),
        };
        let text = self.text.with_later_texts((screens.file, screen_map), (bank_texts.file, bank_map), &self.bank)?;
        Ok(Content { text, ..self.clone() })
    }
}

/// Parses and validates everything; on failure returns every problem found.
pub fn load(sources: Sources) -> Result<Content, Vec<ContentError>> {
    let interface = load_interface(sources.bank, sources.language, sources.ui_texts);
    match interface {
        Ok(interface) => interface.with_later_texts(sources.screen_texts, sources.bank_texts),
        Err(mut errors) => {
            // The other files' own problems too, so that one pass finds them all.
            for source in [sources.screen_texts, sources.bank_texts] {
                errors.extend(parse_texts(source.file, source.json).err());
            }
            Err(errors)
        }
    }
}

/// One resource of the built app's resources file (`RESOURCES_PATH`): the bank's own form.
fn resource_of(item: &Value) -> Option<Resource> {
    let text = |key: &str| item.get(key).and_then(Value::as_str).map(str::to_string);
    let word = |key: &str| item.get(key).and_then(Value::as_str);
    let areas =
        item.get("areas")?.items()?.iter().map(|a| a.as_str().map(str::to_string)).collect::<Option<Vec<_>>>()?;
    Some(Resource {
        id: text("id")?,
        title: text("title")?,
        url: text("url").filter(|u| u.starts_with("https://"))?,
        kind: Some(*ResourceKind::ALL.iter().find(|k| Some(k.key()) == word("kind"))?),
        language: text("language")?,
        levels: ResourceLevel::ALL.iter().find(|l| Some(l.key()) == word("level"))?.levels(),
        areas,
        duration: None,
        own: false,
        recommended: true,
    })
}
