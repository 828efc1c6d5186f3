//! What the root needs of the results, in each build. The full build shows the results screen, results
//! opened from a link or a file, and keeps the history. The light build (the page's first wasm) hands the
//! page to the full build the first time any of that is needed (see `handoff`).

#[cfg(feature = "results")]
pub use full::*;
#[cfg(not(feature = "results"))]
pub use light::*;

use super::storage::Store;
use crate::core::bank::Bank;
use crate::core::locale::Language;
use crate::core::session::Notice;
use crate::core::wizard::{Action, Assessment};
use std::rc::Rc;
use yew::prelude::*;

/// What both builds' results part work from.
pub struct PartInputs<'a> {
    pub store: Rc<Store>,
    pub bank: Rc<Bank>,
    pub assessment: &'a Assessment,
    pub dispatch: Callback<Action>,
    pub notices: UseStateHandle<Vec<Notice>>,
    /// What the address or the light build opened at start.
    pub opened: Opened,
    pub language: Language,
}

#[cfg(feature = "results")]
mod full {
    use crate::app::history::use_history;
    use crate::app::screens::results::Results;
    use crate::app::screens::viewing::{use_viewing, Source, Viewing, ViewingScreen, ViewingState};
    use crate::app::screens::ScreenProps;
    use crate::app::widgets::import::Import;
    use crate::app::{dom, handoff};
    use crate::core::bank::Bank;
    use crate::core::record::from_json;
    use crate::core::session::Notice;
    use crate::core::share;
    use crate::core::text::Catalog;
    use crate::core::wizard::{Action, Assessment, Screen};
    use yew::prelude::*;

    /// A result to show at start instead of the assessment: from the address, or from a file the light
    /// app passed on. A link or file that cannot be used becomes a notice.
    pub fn opened_at_start(bank: &Bank, import: Option<&[u8]>, notices: &mut Vec<Notice>) -> Option<Viewing> {
        if let Some(bytes) = import {
            return match from_json(bank, bytes) {
                Ok(imported) => {
                    Some(Viewing { record: imported.record, source: Source::Imported { dropped: imported.dropped } })
                }
                Err(problem) => {
                    notices.push(Notice::SharedLink(problem));
                    None
                }
            };
        }
        match dom::share_code_in_address().map(|code| share::decode(bank, &code)) {
            Some(Ok(record)) => Some(Viewing { record, source: Source::Shared }),
            Some(Err(problem)) => {
                notices.push(Notice::SharedLink(problem));
                None
            }
            None => None,
        }
    }

    pub type Opened = Option<Viewing>;

    pub struct ResultsPart {
        viewing: ViewingState,
        history: crate::app::history::History,
        on_delete_all: Callback<()>,
    }

    #[hook]
    pub fn use_results_part(inputs: super::PartInputs<'_>) -> ResultsPart {
        let super::PartInputs { store, bank, assessment, dispatch, notices, opened, .. } = inputs;
        let viewing = use_viewing(opened, dispatch.clone());
        let history = use_history(store.clone(), bank, assessment, dispatch.clone());
        let on_delete_all = {
            let (clear, close_view) = (history.clear.clone(), viewing.on_close.clone());
            Callback::from(move |()| {
                store.remove_prefixed("skills-radar.");
                clear.emit(());
                close_view.emit(());
                dispatch.emit(Action::Reset);
                notices.set(vec![Notice::DeletedAll]);
            })
        };
        ResultsPart { viewing, history, on_delete_all }
    }

    impl ResultsPart {
        /// Whether something other than the person's assessment is on screen (it needs the bank's texts).
        pub fn replaces_assessment(&self) -> bool {
            self.viewing.current.is_some()
        }

        /// The screen key while it does: focus moves when it appears and goes.
        pub fn key(&self) -> Option<&'static str> {
            self.viewing.current.as_ref().map(|_| "viewing")
        }

        /// The screen this part shows, if the current one is its: a viewed result, or the results.
        pub fn screen(&self, _text: &Catalog, assessment: &Assessment, dispatch: &Callback<Action>) -> Option<Html> {
            if let Some(v) = &self.viewing.current {
                return Some(html! {
                    <ViewingScreen viewing={v.clone()} has_own={assessment.has_progress()}
                        on_close={self.viewing.on_close.clone()} on_restore={self.viewing.on_restore.clone()} />
                });
            }
            (assessment.screen == Screen::Results).then(|| {
                html! {
                    <Results screen={ScreenProps { assessment: assessment.clone(), dispatch: dispatch.clone() }}
                        history={self.history.attempts.clone()} on_delete_attempt={self.history.delete.clone()}
                        on_delete_all={self.on_delete_all.clone()} on_import={self.viewing.on_import.clone()} />
                }
            })
        }

        /// The control for opening a result file, on the welcome screen.
        pub fn import(&self) -> Html {
            html! { <Import on_import={self.viewing.on_import.clone()} /> }
        }
    }

    /// Whether this app was handed the page by the light build; its first screen then takes focus.
    pub fn handed_over(payload: &Option<handoff::Payload>) -> bool {
        payload.is_some()
    }
}

#[cfg(not(feature = "results"))]
mod light {
    use crate::app::handoff::{to_full, Payload};
    use crate::app::screens::unavailable;
    use crate::app::{dom, handoff};
    use crate::core::bank::Bank;
    use crate::core::saved;
    use crate::core::session::Notice;
    use crate::core::text::{Catalog, Ui};
    use crate::core::wizard::{Action, Assessment, Screen};
    use wasm_bindgen::JsCast;
    use yew::prelude::*;

    /// Whether the address carries a shared result: the full app will show it.
    pub fn opened_at_start(_: &Bank, _: Option<&[u8]>, _: &mut Vec<Notice>) -> Opened {
        dom::share_code_in_address().is_some()
    }

    pub type Opened = bool;

    #[derive(Clone, Copy, PartialEq)]
    enum Handoff {
        Idle,
        Loading,
        Failed,
    }

    pub struct ResultsPart {
        state: Handoff,
        opened: bool,
        start: Callback<Option<Vec<u8>>>,
    }

    #[hook]
    pub fn use_results_part(inputs: super::PartInputs<'_>) -> ResultsPart {
        let super::PartInputs { bank, assessment, opened, language, notices, .. } = inputs;
        let keep_notices = notices.contains(&Notice::Restored);
        let state = use_state(|| Handoff::Idle);
        let start = {
            let (state, bank, saved) = (state.clone(), bank.clone(), saved::encode(&bank, assessment));
            Callback::from(move |import: Option<Vec<u8>>| {
                state.set(Handoff::Loading);
                let payload = Payload { saved: saved.clone(), language: Some(language), import, keep_notices };
                let (state, version) = (state.clone(), bank.version.clone());
                wasm_bindgen_futures::spawn_local(async move {
                    if let Err(problem) = to_full(payload, &version).await {
                        web_sys::console::warn_1(&problem.into());
                        state.set(Handoff::Failed);
                    }
                });
            })
        };
        let needed = opened || assessment.screen == Screen::Results;
        {
            let (start, state) = (start.clone(), *state);
            use_effect_with(needed, move |&needed| {
                if needed && state == Handoff::Idle {
                    start.emit(None);
                }
            });
        }
        ResultsPart { state: *state, opened, start }
    }

    impl ResultsPart {
        pub fn replaces_assessment(&self) -> bool {
            false
        }

        pub fn key(&self) -> Option<&'static str> {
            match self.state {
                Handoff::Idle if !self.opened => None,
                Handoff::Failed => Some("handoff-failed"),
                _ => Some("handoff"),
            }
        }

        /// While the full app loads: the loading screen, or the failure screen with a retry.
        pub fn screen(&self, text: &Catalog, assessment: &Assessment, _: &Callback<Action>) -> Option<Html> {
            let waiting = self.state != Handoff::Idle || self.opened || assessment.screen == Screen::Results;
            match self.state {
                Handoff::Failed => Some(unavailable::unreachable(text, self.start.reform(|()| None))),
                _ if waiting => Some(unavailable::loading(text)),
                _ => None,
            }
        }

        /// The control for opening a result file: the file goes to the full app, which reads it.
        pub fn import(&self) -> Html {
            let start = self.start.clone();
            let on_change = Callback::from(move |e: Event| {
                let Some(input) = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else {
                    return;
                };
                let start = start.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    if let Some(bytes) = read_file(&input).await {
                        start.emit(Some(bytes));
                    }
                });
            });
            html! { <ImportLabel on_change={on_change} /> }
        }
    }

    /// The chosen file's bytes, at most one more than a result file can have: the full app reads them and
    /// explains what is wrong, "too large" included.
    async fn read_file(input: &web_sys::HtmlInputElement) -> Option<Vec<u8>> {
        let file = input.files()?.get(0)?;
        let limit = i32::try_from(crate::core::record::MAX_FILE_BYTES + 1).unwrap_or(i32::MAX);
        let head = file.slice_with_i32_and_i32(0, limit).ok()?;
        let buffer = wasm_bindgen_futures::JsFuture::from(head.array_buffer()).await.ok()?;
        Some(js_sys::Uint8Array::new(&buffer).to_vec())
    }

    #[derive(Properties, PartialEq)]
    struct ImportLabelProps {
        on_change: Callback<Event>,
    }

    /// The same control as the full app's, so the welcome screen looks the same in both builds.
    #[component]
    fn ImportLabel(props: &ImportLabelProps) -> Html {
        let content = crate::app::use_content();
        let text = &content.text;
        html! {
            <div class="import">
                <label for="import-file" class="import-label">{ text.ui(Ui::ImportLabel) }</label>
                <p class="hint" id="import-hint">{ text.ui(Ui::ImportHint) }</p>
                <input type="file" id="import-file" accept=".json,application/json" aria-describedby="import-hint"
                    onchange={props.on_change.clone()} />
            </div>
        }
    }

    pub fn handed_over(_: &Option<handoff::Payload>) -> bool {
        false
    }
}
