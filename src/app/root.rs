//! The application root: loads content and saved data, owns the assessment state, saves every change,
//! moves focus when the screen changes, and picks the screen to show.

use super::results_part::{use_results_part, PartInputs};
use super::saving::use_saving;
use super::screens::results::Results;
use super::screens::{
    about::About,
    layer_intro::{layer_intro, LayerIntroProps},
    overview::overview,
    question::{question, QuestionProps},
    unavailable,
    welcome::{welcome, WelcomeProps},
    ScreenProps,
};
use super::storage::{SharedStore, Store};
use super::texts::{use_language, use_texts, Fetch};
use super::tools::{use_request_when, use_tools_root, ToolsContext};
use super::widgets::continue_elsewhere::{continue_elsewhere, ContinueProps};
use super::widgets::language_switch::{language_switch, LanguageSwitchProps};
use super::widgets::notices::{notices as notice_list, NoticesProps};
use super::{boot, dom, ContentContext};
use crate::core::bank::Bank;
use crate::core::content::{bank_texts_path, screen_texts_path, ui_texts_path, Content};
use crate::core::locale::Language;
use crate::core::saved;
use crate::core::session::{backup_failed, startup, Notice, Storage};
use crate::core::share::CONTINUE_KEY;
use crate::core::text::Ui;
use crate::core::tools::read_qr_code;
use crate::core::wizard::{Action, Assessment, Screen};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The assessment together with the content it is read against, so the reducer can consult the bank.
pub struct AppState {
    pub content: Rc<Content>,
    pub assessment: Assessment,
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = self.assessment.clone().reduce(&self.content.bank, action);
        if next == self.assessment {
            self
        } else {
            Rc::new(AppState { content: self.content.clone(), assessment: next })
        }
    }
}

/// The paper the assessment is based on: OECD Working Papers on Public Governance No. 45 (2021).
const FRAMEWORK_PAPER: &str = "https://oe.cd/il/3CO";

/// A stable key per screen, so that each step gets a fresh container (see yew#4092) and focus moves.
pub fn screen_key(screen: &Screen) -> String {
    match screen {
        Screen::Welcome => "welcome".into(),
        Screen::About => "about".into(),
        Screen::LayerIntro(id) => format!("layer:{id}"),
        Screen::Statement(id) => format!("statement:{id}"),
        Screen::Overview(_) => "overview".into(),
        Screen::Results => "results".into(),
    }
}

// One component for the whole page: each component type costs about a kilobyte of wasm.
#[component]
pub fn App() -> Html {
    // The bank was checked when the app was built (build.rs); the texts are checked as they arrive, the
    // organisation's configuration now, before anything is read or saved with it.
    let boot = use_memo((), |_| {
        let bank = Bank::compiled();
        let (config, broken) = boot::configuration(&bank).into_parts();
        let bank = config.configure(bank);
        super::tools::configure(config.tools_form());
        let content =
            Content { in_platform: boot::in_platform(), ..Content::without_texts(bank, config, Language::En) };
        (ContentContext(Rc::new(content)), broken)
    });
    let broken_config = boot.1.clone();
    let interface = boot.0 .0.clone();
    let init = {
        let (interface, broken) = (interface.clone(), broken_config.is_some());
        use_memo((), move |_| {
            // With a broken configuration only the administrator's screen shows: nothing is read or written.
            let (store, storage) = if broken { (Store::memory(), Storage::Writable) } else { Store::open() };
            // In a learning platform, what it kept of this person may come first (`core::lms::start_from`).
            let saved = boot::lms_resumed().filter(|_| !broken).or_else(|| store.get(saved::KEY));
            let mut start = startup(&interface.bank, saved.as_deref(), storage, dom::now_ms());
            // Keep unreadable data before anything can overwrite it. If even that fails, run from memory for
            // this page, so the original stays untouched, and say so.
            let store = match &start.backup {
                Some((key, raw)) if !store.set(key, raw) => {
                    start.notices = backup_failed(&start.notices);
                    Store::memory()
                }
                _ => store,
            };
            (start, Rc::new(store))
        })
    };
    let store = init.1.clone();
    let state = {
        let (interface, assessment) = (interface.clone(), init.0.assessment.clone());
        use_reducer(move || AppState { content: interface, assessment })
    };
    let notices = use_state(|| init.0.notices.clone());
    let (language, on_language) = use_language(store.clone(), interface.config.languages.clone());

    let dispatch = {
        let state = state.clone();
        let notices = notices.clone();
        Callback::from(move |action: Action| {
            if action == Action::StartOver {
                notices.set(notices.iter().filter(|n| **n == Notice::StorageUnavailable).cloned().collect());
            }
            state.dispatch(action)
        })
    };
    // A file chosen on the welcome screen is about to be shown or explained: its texts come first.
    let prefetch = use_state(|| false);
    let later_texts = {
        let prefetch = prefetch.clone();
        Callback::from(move |()| prefetch.set(true))
    };
    let tools = use_tools_root(later_texts);
    let results = use_results_part(PartInputs {
        tools: tools.clone(),
        store: store.clone(),
        bank: interface.bank.clone(),
        dispatch: dispatch.clone(),
        notices: notices.clone(),
    });
    let update_ready = use_update_notice();

    // Save every change at once, in step with other tabs.
    let stopped_saving = use_saving(store.clone(), state.clone(), notices.clone());

    // Every screen after the welcome needs the bank's texts, and so does a result being viewed.
    let needs_bank =
        state.assessment.screen != Screen::Welcome || results.replaces_assessment() || broken_config.is_some();
    // The problem with a link, and the rare notices about saving, are told in later texts: on the welcome
    // screen they are fetched without holding it back, and each such notice shows once they are here.
    // In a learning platform, what it records is said on the first screen, in the later texts.
    let later_notice = stopped_saving || interface.in_platform || notices.iter().any(Notice::needs_later_texts);
    let texts = use_texts(boot.0.clone(), *language, needs_bank, *prefetch || later_notice);
    let has_interface = texts.content.0.text.has_interface();
    let shown_language = texts.content.0.text.language;
    {
        let title = texts.content.0.text.ui(Ui::AppTitle).to_string();
        use_effect_with((shown_language, has_interface), move |&(language, has_interface)| {
            if has_interface {
                dom::set_language(language.code(), language.dir(), &title);
                // The language shown is the one to have offline.
                boot::keep_offline(&[ui_texts_path(language), screen_texts_path(language), bank_texts_path(language)]);
            }
        });
    }

    // On every change of screen after the first, move focus to the new screen's heading.
    let key = results.key().map(str::to_string).unwrap_or_else(|| screen_key(&state.assessment.screen));
    // Loading, failure and invalid texts are screens of their own, so focus moves to each in turn.
    let shown_key = match &texts.missing {
        _ if broken_config.is_some() => "config-error".to_string(),
        None => key.clone(),
        Some(Fetch::Unreachable) => "texts-unreachable".to_string(),
        Some(Fetch::Invalid(_)) => "texts-invalid".to_string(),
        Some(_) => "texts-loading".to_string(),
    };
    {
        // The page's first screen keeps the browser's own focus order (skip link first), including when it
        // follows the loading screen shown while the interface texts arrive.
        let first = use_mut_ref(|| true);
        use_effect_with(shown_key.clone(), move |key| {
            if *first.borrow() {
                *first.borrow_mut() = key == "texts-loading";
                return;
            }
            dom::scroll_to_top();
            dom::focus("screen-heading");
        });
    }

    let on_dismiss = {
        let notices = notices.clone();
        Callback::from(move |index: usize| {
            let mut next = (*notices).clone();
            if index < next.len() {
                next.remove(index);
            }
            notices.set(next);
        })
    };
    // On the overview, the way to continue elsewhere: a link with the answers so far, made by the tools.
    let on_overview = matches!(state.assessment.screen, Screen::Overview(_)) && state.assessment.profile.is_some();
    use_request_when(&tools, on_overview);
    let continue_link = tools.ready().filter(|_| on_overview).and_then(|module| {
        let code = module.continue_code(&saved::encode(&interface.bank, &state.assessment));
        let link = (!code.is_empty()).then(|| dom::link_with(CONTINUE_KEY, &code))?;
        let qr = read_qr_code(&module.qr_code(&link));
        Some((link, qr))
    });
    let mut shown_notices = (*notices).clone();
    if stopped_saving {
        shown_notices.push(Notice::OtherTabUnreadable);
    }
    let text = &texts.content.0.text;
    shown_notices.retain(|n| !n.needs_later_texts() || text.has_bank_texts());
    let assessment = &state.assessment;
    let content = &*texts.content.0;
    let part = results.screen(content, assessment).filter(|_| texts.missing.is_none());
    let screen = match (&texts.missing, part, &assessment.screen) {
        (_, _, _) if broken_config.is_some() => {
            // Its texts come with the later screens'; built-in English until they are here.
            unavailable::config_errors(
                Some(text).filter(|t| t.has_bank_texts()),
                broken_config.as_deref().unwrap_or_default(),
            )
        }
        (Some(Fetch::Invalid(errors)), _, _) => {
            unavailable::content_errors(Some(text).filter(|t| t.has_interface()), errors)
        }
        (Some(Fetch::Unreachable), _, _) => unavailable::unreachable(text, texts.retry.clone()),
        (Some(_), _, _) => unavailable::loading(text),
        (None, Some(part), _) => part,
        (None, None, Screen::Welcome) => welcome(
            content,
            &WelcomeProps {
                assessment: assessment.clone(),
                dispatch: dispatch.clone(),
                import: results.import(content),
            },
        ),
        (None, None, Screen::About) => {
            html! { <About profile={assessment.profile.clone()} dispatch={dispatch.clone()} /> }
        }
        (None, None, Screen::LayerIntro(id)) => layer_intro(
            content,
            &LayerIntroProps { layer: id.clone(), assessment: assessment.clone(), dispatch: dispatch.clone() },
        ),
        (None, None, Screen::Statement(id)) => question(
            content,
            &QuestionProps { statement: id.clone(), assessment: assessment.clone(), dispatch: dispatch.clone() },
        ),
        (None, None, Screen::Overview(_)) => {
            let link = continue_link.as_ref().map(|(link, _)| link.as_str());
            let qr = continue_link.as_ref().and_then(|(_, qr)| qr.as_ref());
            html! { <>
                { overview(content, &ScreenProps { assessment: assessment.clone(), dispatch: dispatch.clone() }) }
                { continue_elsewhere(text, ContinueProps { link, qr, failed: tools.failed() }) }
            </> }
        }
        (None, None, Screen::Results) => html! {
            <Results screen={ScreenProps { assessment: assessment.clone(), dispatch: dispatch.clone() }}
                store={SharedStore(store.clone())} on_delete_all={results.on_delete_all()} import={results.import(content)} />
        },
    };
    // The framework paper's original title, linked, where the attribution says `{title}`: no official French
    // or Arabic edition exists.
    let attribution = text.ui(Ui::FooterAttribution);
    let (before_title, after_title) = attribution.split_once("{title}").unwrap_or((attribution, ""));
    if !has_interface {
        // No language's texts yet: the loading or failure screen alone, in built-in English.
        return html! { <main id="main" class="page"><div key={shown_key} class="screen">{ screen }</div></main> };
    }
    html! {
        <ContextProvider<ContentContext> context={texts.content.clone()}>
        <ContextProvider<ToolsContext> context={tools}>
            <a class="skip-link" href="#main">{ text.ui(Ui::SkipToContent) }</a>
            <header class="site-header">
                <p class="brand">{ text.ui(Ui::AppTitle) }</p>
                { language_switch(content, &LanguageSwitchProps { on_change: on_language }) }
                // Inside a frame (or with `?embed`), the loader marks the page for the compact layout and gives
                // the way out to a tab of its own.
                if let Some(href) = boot::text("ownTab") {
                    <a class="open-in-tab" {href} target="_blank" rel="noopener">{ text.ui(Ui::OpenInTab) }</a>
                }
            </header>
            { notice_list(content, &NoticesProps { notices: shown_notices, on_dismiss }) }
            if update_ready {
                <div class="notices" role="status">
                    <div class="notice">
                        <p>{ text.ui(Ui::UpdateReady) }</p>
                        <button type="button" class="button-link" onclick={Callback::from(|_| boot::apply_update())}>
                            { text.ui(Ui::UpdateApply) }
                        </button>
                    </div>
                </div>
            }
            if let Some(failed) = texts.switch_failed {
                <div class="notices" role="alert">
                    <div class="notice notice-warning">
                        <p>{ text.ui_with(Ui::LanguageFailed, &[("language", text.ui(Ui::language_name(failed)))]) }</p>
                        <button type="button" class="button-link" onclick={texts.retry.reform(|_| ())}>
                            { text.ui(Ui::TextsRetry) }
                        </button>
                    </div>
                </div>
            }
            <main id="main" class="page" tabindex="-1">
                // `data-screen`: which screen, read by `static/frame.js`, which tells a host page only its kind.
                <div key={shown_key.clone()} class="screen" data-screen={shown_key}>{ screen }</div>
            </main>
            <footer class="site-footer">
                <p>{ before_title }
                    <a href={FRAMEWORK_PAPER} hreflang="en"><cite lang="en">{ text.ui(Ui::FooterPaperTitle) }</cite></a>
                    { after_title }</p>
                <p>{ content.privacy(Ui::FooterPrivacy) }</p>
            </footer>
        </ContextProvider<ToolsContext>>
        </ContextProvider<ContentContext>>
    }
}

/// Whether a new release is installed and waiting: the service worker's news, through the page's loader.
#[hook]
fn use_update_notice() -> bool {
    let ready = use_state(|| false);
    {
        let ready = ready.clone();
        use_effect_with((), move |_| {
            let callback = wasm_bindgen::closure::Closure::once_into_js(move || ready.set(true));
            boot::on_update(callback.unchecked_ref());
        });
    }
    *ready
}
