//! The application root: loads content and saved data, owns the assessment state, saves every change,
//! fetches the bank's texts when the person starts, moves focus when the screen changes, and picks the
//! screen to show.

use super::fetch::fetch_text;
use super::screens::{
    about::About, layer_intro::LayerIntro, overview::Overview, question::Question, results::Results, welcome::Welcome,
};
use super::storage::Store;
use super::widgets::notices::Notices;
use super::{dom, ContentContext};
use crate::core::content::{self, Content, Source};
use crate::core::saved;
use crate::core::session::{startup, Notice};
use crate::core::text::{Catalog, Ui};
use crate::core::validate::ContentError;
use crate::core::wizard::{Action, Assessment, Screen};
use std::rc::Rc;
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

#[component]
pub fn App() -> Html {
    let loaded = use_memo((), |_| content::load_interface(content::BANK, "en", content::UI_TEXTS_EN).map(Rc::new));
    match &*loaded {
        Ok(content) => html! { <Assessor content={ContentContext(content.clone())} /> },
        Err(errors) => html! {
            <main id="main" class="page"><ContentErrors errors={errors.clone()} text={None::<Rc<Catalog>>} /></main>
        },
    }
}

#[derive(Properties, PartialEq)]
struct ContentErrorsProps {
    errors: Vec<ContentError>,
    /// The interface texts, when they themselves could be read.
    text: Option<Rc<Catalog>>,
}

/// Shown when content does not validate. When the interface texts are the broken part, it falls back to
/// built-in English, the only text left that can be trusted.
#[component]
fn ContentErrors(props: &ContentErrorsProps) -> Html {
    let (title, intro) = match &props.text {
        Some(text) => (text.ui(Ui::ContentErrorTitle).to_string(), text.ui(Ui::ContentErrorIntro).to_string()),
        None => (
            "The questions could not be loaded".to_string(),
            "The content of this page has errors, so the assessment cannot start. Please pass these details to whoever manages this page:".to_string(),
        ),
    };
    html! {
        <section class="content-error">
            <h1 id="screen-heading" tabindex="-1">{ title }</h1>
            <p>{ intro }</p>
            <ul class="content-errors">
                { for props.errors.iter().map(|e| html! { <li><code>{ e.to_string() }</code></li> }) }
            </ul>
        </section>
    }
}

/// Whether the bank's texts in the person's language have arrived.
#[derive(Clone, PartialEq)]
enum Texts {
    NotRequested,
    Loading,
    /// The network failed: worth another try.
    Unreachable,
    /// The file arrived but does not match the bank.
    Invalid(Vec<ContentError>),
}

#[derive(Properties, PartialEq)]
struct AssessorProps {
    content: ContentContext,
}

#[component]
fn Assessor(props: &AssessorProps) -> Html {
    let interface = props.content.0.clone();
    let content = use_state(|| props.content.clone());
    let texts = use_state(|| Texts::NotRequested);
    let init = {
        let interface = interface.clone();
        use_memo((), move |_| {
            let store = Store::open();
            let start =
                startup(&interface.bank, store.get(saved::KEY).as_deref(), store.is_persistent(), dom::now_ms());
            // Keep unreadable data before anything can overwrite it. If even that fails, run from memory for
            // this page, so the original stays untouched.
            let store = match &start.backup {
                Some((key, raw)) if !store.set(key, raw) => Store::memory(),
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

    // Save every change at once.
    {
        let (store, notices, interface) = (store.clone(), notices.clone(), interface.clone());
        use_effect_with(state.assessment.clone(), move |assessment| {
            let ok = store.set(saved::KEY, &saved::encode(&interface.bank, assessment));
            if !ok && !notices.contains(&Notice::WriteFailed) {
                let mut next = (*notices).clone();
                next.push(Notice::WriteFailed);
                notices.set(next);
            }
        });
    }

    // Every screen after the welcome needs the bank's texts: fetch them the first time one is shown.
    let needs_texts = state.assessment.screen != Screen::Welcome && !content.0.text.has_bank_texts();
    {
        let (content, texts) = (content.clone(), texts.clone());
        use_effect_with((needs_texts, (*texts).clone()), move |(needs, status)| {
            if *needs && *status == Texts::NotRequested {
                texts.set(Texts::Loading);
                let current = content.0.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    let language = current.text.language.clone();
                    let file = content::bank_texts_file(&language);
                    // The bank version in the address makes a cached copy from an older bank miss.
                    let url = format!("locales/{language}/bank.json?v={}", current.bank.version);
                    match fetch_text(&url).await {
                        Ok(json) => match current.with_bank_texts(Source { file: &file, json: &json }) {
                            Ok(full) => {
                                content.set(ContentContext(Rc::new(full)));
                                texts.set(Texts::NotRequested);
                            }
                            Err(errors) => texts.set(Texts::Invalid(errors)),
                        },
                        Err(problem) => {
                            web_sys::console::warn_1(&problem.into());
                            texts.set(Texts::Unreachable);
                        }
                    }
                });
            }
        });
    }

    // On every change of screen after the first, move focus to the new screen's heading.
    let key = screen_key(&state.assessment.screen);
    // Loading, failure and invalid texts are screens of their own, so focus moves to each in turn.
    let shown_key = match (needs_texts, &*texts) {
        (false, _) => key.clone(),
        (true, Texts::Unreachable) => "texts-unreachable".to_string(),
        (true, Texts::Invalid(_)) => "texts-invalid".to_string(),
        (true, _) => "texts-loading".to_string(),
    };
    {
        let first = use_mut_ref(|| true);
        use_effect_with(shown_key.clone(), move |_| {
            if std::mem::replace(&mut *first.borrow_mut(), false) {
                return;
            }
            dom::scroll_to_top();
            dom::focus("screen-heading");
        });
    }

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
    let retry = {
        let texts = texts.clone();
        Callback::from(move |_| texts.set(Texts::NotRequested))
    };

    let text = &interface.text;
    let assessment = &state.assessment;
    let screen = match (&*texts, needs_texts, &assessment.screen) {
        (Texts::Invalid(errors), true, _) => {
            html! { <ContentErrors errors={errors.clone()} text={Some(Rc::new(text.clone()))} /> }
        }
        (Texts::Unreachable, true, _) => html! {
            <section class="texts-failed">
                <h1 id="screen-heading" tabindex="-1">{ text.ui(Ui::ContentErrorTitle) }</h1>
                <p>{ text.ui(Ui::TextsFailed) }</p>
                <button type="button" class="button-primary" onclick={retry}>{ text.ui(Ui::TextsRetry) }</button>
            </section>
        },
        (_, true, _) => html! {
            <section class="texts-loading" aria-busy="true">
                <h1 id="screen-heading" tabindex="-1">{ text.ui(Ui::TextsLoading) }</h1>
            </section>
        },
        (_, false, Screen::Welcome) => {
            html! { <Welcome assessment={assessment.clone()} dispatch={dispatch.clone()} /> }
        }
        (_, false, Screen::About) => {
            html! { <About profile={assessment.profile.clone()} dispatch={dispatch.clone()} /> }
        }
        (_, false, Screen::LayerIntro(id)) => {
            html! { <LayerIntro layer={id.clone()} assessment={assessment.clone()} dispatch={dispatch.clone()} /> }
        }
        (_, false, Screen::Statement(id)) => {
            html! { <Question statement={id.clone()} assessment={assessment.clone()} dispatch={dispatch.clone()} /> }
        }
        (_, false, Screen::Overview(_)) => {
            html! { <Overview assessment={assessment.clone()} dispatch={dispatch.clone()} /> }
        }
        (_, false, Screen::Results) => {
            html! { <Results assessment={assessment.clone()} dispatch={dispatch.clone()} /> }
        }
    };
    html! {
        <ContextProvider<ContentContext> context={(*content).clone()}>
            <a class="skip-link" href="#main">{ text.ui(Ui::SkipToContent) }</a>
            <header class="site-header">
                <p class="brand">{ text.ui(Ui::AppTitle) }</p>
            </header>
            <Notices notices={(*notices).clone()} on_dismiss={on_dismiss} />
            <main id="main" class="page" tabindex="-1">
                <div key={shown_key} class="screen">{ screen }</div>
            </main>
            <footer class="site-footer">
                <p>{ text.ui(Ui::FooterAttribution) }</p>
                <p>{ text.ui(Ui::FooterPrivacy) }</p>
            </footer>
        </ContextProvider<ContentContext>>
    }
}
