//! The trainer view (`#workshop`): a Yew app of its own, compiled into its own module
//! (`src/bin/workshop.rs`), which the page's loader starts instead of the assessment when the address is
//! `#workshop`, so participants never download it. It collects a room's results (`core::workshop`), shows
//! the group's picture (`core::group`, drawn by `core::chart_svg` like a person's chart) and keeps each
//! workshop in this browser only.

mod browser;
mod collect;
mod picture;

use super::storage::Store;
use super::texts::{use_language, use_texts, Fetch};
use super::widgets::language_switch::{language_switch, LanguageSwitchProps};
use super::{boot, dom, fetch, ContentContext};
use crate::core::bank::Bank;
use crate::core::content::{bank_texts_path, screen_texts_path, ui_texts_path, Content};
use crate::core::locale::Language;
use crate::core::session::{Storage, Written};
use crate::core::text::Ui;
use crate::core::workshop::Section;
use crate::core::workshop::{self as ws, NameProblem, Trainer, TrainerAction, DEFAULT_MIN_GROUP, MIN_GROUP_FLOOR};
use crate::core::workshop_text::{self, Wk, WorkshopTexts};
use browser::{enter_full_screen, is_full_screen, leave_full_screen};
use std::rc::Rc;
use yew::prelude::*;

/// The trainer's state with the bank it reads results against; `revision` counts changes to what is kept.
pub struct State {
    bank: Rc<Bank>,
    trainer: Trainer,
    revision: u64,
}

impl Reducible for State {
    type Action = TrainerAction;

    fn reduce(self: Rc<Self>, action: TrainerAction) -> Rc<Self> {
        let mut trainer = self.trainer.clone();
        let changed = trainer.reduce(&self.bank, action);
        Rc::new(State { bank: self.bank.clone(), trainer, revision: self.revision + u64::from(changed) })
    }
}

/// Where keeping the workshops stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Keeping {
    Kept,
    /// The browser lets the page keep nothing: the workshop lasts for this page.
    Blocked,
    /// A write failed (full or refused).
    Failed,
}

thread_local! {
    static VIEW: std::cell::RefCell<Option<yew::AppHandle<TrainerView>>> = const { std::cell::RefCell::new(None) };
}

/// Mounts the trainer view on the page's body, with what the loader passed.
pub fn mount(boot_value: wasm_bindgen::JsValue) {
    boot::set(boot_value);
    let handle = yew::Renderer::<TrainerView>::new().render();
    VIEW.with(|view| *view.borrow_mut() = Some(handle));
}

/// The trainer view's texts in `language`, fetched once per language; `None` while they load or if they fail.
#[hook]
fn use_workshop_texts(language: Language) -> Option<Result<Rc<WorkshopTexts>, ()>> {
    let cache = use_mut_ref(|| -> [Option<Result<Rc<WorkshopTexts>, ()>>; 3] { [None, None, None] });
    let rerender = use_force_update();
    {
        let (cache, rerender) = (cache.clone(), rerender.clone());
        use_effect_with(language, move |&language| {
            if cache.borrow()[language as usize].is_none() {
                wasm_bindgen_futures::spawn_local(async move {
                    let url = boot::file(&workshop_text::path(language));
                    let body = match fetch::start(&url) {
                        Some(request) => fetch::text_of(&url, request).await.ok(),
                        None => None,
                    };
                    let read = body
                        .and_then(|b| WorkshopTexts::read(language, &workshop_text::file(language), &b).ok())
                        .map(Rc::new)
                        .ok_or(());
                    cache.borrow_mut()[language as usize] = Some(read);
                    rerender.force_update();
                });
            }
        });
    }
    let found = cache.borrow()[language as usize].clone();
    found
}

#[component]
pub fn TrainerView() -> Html {
    let boot_content = use_memo((), |_| {
        let bank = Bank::compiled();
        // A broken configuration is the assessment's to explain; the trainer view uses the bank as built.
        let (config, _) = boot::configuration(&bank).into_parts();
        let bank = config.configure(bank);
        ContentContext(Rc::new(Content::without_texts(bank, config, Language::En)))
    });
    let init = use_memo((), |_| {
        let (store, storage) = Store::open();
        let raw = store.get(ws::KEY);
        let stored = match raw.as_deref().map(ws::decode) {
            None => ws::Stored::default(),
            Some(Some(stored)) => stored,
            // Not a list of workshops: kept aside, never overwritten.
            Some(None) => {
                let _ = store.set(&format!("{}.unreadable.{}", ws::KEY, dom::now_ms()), raw.as_deref().unwrap_or(""));
                ws::Stored::default()
            }
        };
        let keeping = if storage == Storage::Blocked { Keeping::Blocked } else { Keeping::Kept };
        (Rc::new(store), stored, keeping)
    });
    let store = init.0.clone();
    let state = {
        let (bank, stored) = (boot_content.0.bank.clone(), init.1.clone());
        use_reducer(move || State { bank, trainer: Trainer::new(stored), revision: 0 })
    };
    let keeping = use_state(|| init.2);
    {
        let (store, keeping, state) = (store.clone(), keeping.clone(), state.clone());
        use_effect_with(state.revision, move |&revision| {
            if revision > 0 && *keeping != Keeping::Blocked {
                let written = store.write(ws::KEY, &ws::encode(&state.trainer.stored));
                keeping.set(if written == Written::Done { Keeping::Kept } else { Keeping::Failed });
            }
        });
    }
    let (language, on_language) = use_language(store.clone(), boot_content.0.config.languages.clone());
    let texts = use_texts((*boot_content).clone(), *language, true, false);
    let shown_language = texts.content.0.text.language;
    let own = use_workshop_texts(shown_language);
    let projector = use_state(|| None::<Section>);
    let dispatch = {
        let state = state.clone();
        Callback::from(move |action: TrainerAction| state.dispatch(action))
    };

    let text = &texts.content.0.text;
    {
        let title = own.as_ref().and_then(|o| o.as_ref().ok()).map(|o| o.get(Wk::Title).to_string());
        use_effect_with((shown_language, title), move |(language, title)| {
            if let Some(title) = title {
                dom::set_language(language.code(), language.dir(), title);
                boot::keep_offline(&[
                    ui_texts_path(*language),
                    screen_texts_path(*language),
                    bank_texts_path(*language),
                    workshop_text::path(*language),
                ]);
            }
        });
    }
    // Focus follows each change of view: the list, a workshop, the projector.
    let view_key = match (&state.trainer.open, *projector) {
        (None, _) => "workshops".to_string(),
        (Some(name), None) => format!("workshop:{name}"),
        (Some(_), Some(_)) => "projector".to_string(),
    };
    {
        let first = use_mut_ref(|| true);
        use_effect_with(view_key.clone(), move |_| {
            if std::mem::take(&mut *first.borrow_mut()) {
                return;
            }
            dom::scroll_to_top();
            dom::focus("screen-heading");
        });
    }
    // The projector's keys, and leaving it when the browser leaves full screen (Esc).
    {
        let projector = projector.clone();
        let rtl = shown_language.is_rtl();
        use_effect_with((*projector, rtl), move |&(section, rtl)| {
            let listeners = section.map(|_| {
                let document = web_sys::window().and_then(|w| w.document());
                let keys = {
                    let projector = projector.clone();
                    document.as_ref().map(|d| {
                        gloo::events::EventListener::new(d, "keydown", move |event| {
                            let Some(event) = wasm_bindgen::JsCast::dyn_ref::<web_sys::KeyboardEvent>(event) else {
                                return;
                            };
                            let Some(current) = *projector else { return };
                            let next = match event.key().as_str() {
                                "Escape" => {
                                    projector.set(None);
                                    leave_full_screen();
                                    return;
                                }
                                key => current.after_key(key, rtl),
                            };
                            if let Some(next) = next {
                                event.prevent_default();
                                projector.set(Some(next));
                            }
                        })
                    })
                };
                let screen = document.as_ref().map(|d| {
                    let projector = projector.clone();
                    gloo::events::EventListener::new(d, "fullscreenchange", move |_| {
                        if !is_full_screen() {
                            projector.set(None);
                        }
                    })
                });
                (keys, screen)
            });
            move || drop(listeners)
        });
    }

    let problem = match (&texts.missing, &own) {
        (Some(Fetch::Invalid(errors)), _) => {
            Some(super::screens::unavailable::content_errors(Some(text).filter(|t| t.has_interface()), errors))
        }
        (Some(Fetch::Unreachable), _) | (_, Some(Err(()))) => {
            Some(super::screens::unavailable::unreachable(text, texts.retry.clone()))
        }
        (Some(_), _) | (_, None) => Some(super::screens::unavailable::loading(text)),
        (None, Some(Ok(_))) => None,
    };
    let (None, Some(Ok(own))) = (problem.clone(), own) else {
        return html! { <main id="main" class="page"><div class="screen">{ problem.unwrap_or_default() }</div></main> };
    };
    let content = &*texts.content.0;
    let trainer = &state.trainer;
    let body = match (trainer.current(), *projector) {
        (None, _) => list_view(content, &own, trainer, &dispatch),
        (Some(workshop), Some(section)) => {
            let on_section = {
                let projector = projector.clone();
                Callback::from(move |s: Option<Section>| {
                    if s.is_none() {
                        leave_full_screen();
                    }
                    projector.set(s)
                })
            };
            picture::projector(content, &own, &state.bank, workshop, trainer.compared(), section, on_section)
        }
        (Some(workshop), None) => {
            let on_projector = {
                let projector = projector.clone();
                Callback::from(move |_| {
                    enter_full_screen();
                    projector.set(Some(Section::Chart));
                })
            };
            html! {
                <WorkshopView content={texts.content.clone()} own={own.clone()} workshop={workshop.clone()}
                    compared={trainer.compared().cloned()} kept={trainer.stored.workshops.iter().map(|w| w.name.clone()).collect::<Vec<_>>()}
                    last={trainer.last.clone()} dispatch={dispatch.clone()} {on_projector} />
            }
        }
    };
    if projector.is_some() && trainer.current().is_some() {
        return html! {
            <ContextProvider<ContentContext> context={texts.content.clone()}>
                <main id="main" class="page projector" tabindex="-1">
                    <div key={view_key} class="screen" data-screen="projector">{ body }</div>
                </main>
            </ContextProvider<ContentContext>>
        };
    }
    html! {
        <ContextProvider<ContentContext> context={texts.content.clone()}>
            <a class="skip-link" href="#main">{ text.ui(Ui::SkipToContent) }</a>
            <header class="site-header">
                <p class="brand">{ text.ui(Ui::AppTitle) }</p>
                { language_switch(content, &LanguageSwitchProps { on_change: on_language }) }
                <a class="open-in-tab" href={dom::own_address()}>{ own.get(Wk::Back) }</a>
            </header>
            if *keeping != Keeping::Kept {
                <div class="notices" role="alert">
                    <div class="notice notice-warning">
                        <p>{ own.get(if *keeping == Keeping::Blocked { Wk::StorageBlocked } else { Wk::StorageFailed }) }</p>
                    </div>
                </div>
            }
            <main id="main" class="page workshop" tabindex="-1">
                <div key={view_key} class="screen" data-screen="workshop">{ body }</div>
            </main>
            <footer class="site-footer"><p>{ own.get(Wk::Privacy) }</p></footer>
        </ContextProvider<ContentContext>>
    }
}

/// The kept workshops, and a new one.
fn list_view(content: &Content, own: &WorkshopTexts, trainer: &Trainer, dispatch: &Callback<TrainerAction>) -> Html {
    let text = &content.text;
    let on_create = {
        let dispatch = dispatch.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let name = collect::input_value("workshop-name");
            let min_group = collect::input_value("workshop-min").trim().parse().unwrap_or(DEFAULT_MIN_GROUP);
            dispatch.emit(TrainerAction::Create { name, min_group, now_ms: dom::now_ms() });
        })
    };
    let problem = trainer.problem.map(|p| match p {
        NameProblem::Empty => own.get(Wk::NameEmpty),
        NameProblem::Taken => own.get(Wk::NameTaken),
    });
    html! {
        <section class="workshops">
            <h1 id="screen-heading" tabindex="-1">{ own.get(Wk::Title) }</h1>
            <p class="lead">{ own.get(Wk::Intro) }</p>
            <form class="workshop-new" onsubmit={on_create} novalidate=true>
                <h2>{ own.get(Wk::NewHeading) }</h2>
                <div class="field">
                    <label for="workshop-name">{ own.get(Wk::NameLabel) }</label>
                    <p class="hint" id="workshop-name-hint">{ own.get(Wk::NameHint) }</p>
                    <input id="workshop-name" type="text" maxlength={ws::NAME_MAX_CHARS.to_string()} autocomplete="off"
                        aria-describedby={if problem.is_some() { "workshop-name-hint workshop-name-problem" } else { "workshop-name-hint" }}
                        aria-invalid={problem.is_some().to_string()} />
                    if let Some(problem) = problem {
                        <p class="field-error" id="workshop-name-problem" role="alert">{ problem }</p>
                    }
                </div>
                <div class="field">
                    <label for="workshop-min">{ own.get(Wk::MinLabel) }</label>
                    <p class="hint" id="workshop-min-hint">{ own.get(Wk::MinHint) }</p>
                    <input id="workshop-min" type="number" inputmode="numeric" min={MIN_GROUP_FLOOR.to_string()}
                        max={ws::MIN_GROUP_CEILING.to_string()} value={DEFAULT_MIN_GROUP.to_string()} aria-describedby="workshop-min-hint" />
                </div>
                <button type="submit" class="button-primary">{ own.get(Wk::Create) }</button>
            </form>
            <h2>{ own.get(Wk::KeptHeading) }</h2>
            if trainer.stored.workshops.is_empty() {
                <p>{ own.get(Wk::KeptNone) }</p>
            } else {
                <ul class="workshop-list">
                    { for trainer.stored.workshops.iter().rev().map(|w| {
                        let name = w.name.clone();
                        let item = own.count(Wk::KeptItem, w.codes.len(), &[("name", &w.name), ("date", &text.day(w.created_ms))]);
                        let open = dispatch.reform({ let name = name.clone(); move |_| TrainerAction::Open(name.clone()) });
                        html! {
                            <li>
                                <span>{ item }</span>
                                <button type="button" class="button-secondary" onclick={open}
                                    aria-label={[own.get(Wk::Open), ": ", &name].concat()}>{ own.get(Wk::Open) }</button>
                                { collect::confirm_delete(own, &w.name, Wk::Delete, dispatch.reform(move |_| TrainerAction::Delete(name.clone()))) }
                            </li>
                        }
                    }) }
                </ul>
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct WorkshopProps {
    content: ContentContext,
    own: Rc<WorkshopTexts>,
    workshop: ws::Workshop,
    compared: Option<ws::Workshop>,
    /// Every kept workshop's name, to compare with.
    kept: Vec<String>,
    last: Option<(usize, Vec<ws::Refused>)>,
    dispatch: Callback<TrainerAction>,
    on_projector: Callback<()>,
}

/// An open workshop: the link for participants, collecting, the group's picture, keeping and ending it.
#[component]
fn WorkshopView(props: &WorkshopProps) -> Html {
    let own = &*props.own;
    let w = &props.workshop;
    let dispatch = &props.dispatch;
    let name = w.name.clone();
    html! {
        <section class="workshop-open">
            <h1 id="screen-heading" tabindex="-1"><bdi>{ &w.name }</bdi></h1>
            <p class="workshop-count" role="status" aria-live="polite">{ own.count(Wk::Count, w.codes.len(), &[]) }</p>
            { collect::join(own, &dom::own_address()) }
            <collect::Collect own={props.own.clone()} content={props.content.clone()} last={props.last.clone()} dispatch={dispatch.clone()} />
            { picture::picture(&props.content, &props.own, &props.content.0.bank, w, props.compared.as_ref(), &props.kept, dispatch, &props.on_projector) }
            <div class="actions workshop-end">
                <button type="button" class="button-secondary" onclick={dispatch.reform(|_| TrainerAction::Close)}>{ own.get(Wk::Close) }</button>
                { collect::confirm_delete(own, &w.name, Wk::End, dispatch.reform(move |_| TrainerAction::Delete(name.clone()))) }
            </div>
        </section>
    }
}
