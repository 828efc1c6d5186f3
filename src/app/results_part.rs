//! What the root needs of the results beyond the results screen: a result opened from the address (a
//! shared link) or from a file, shown read-only instead of the person's own assessment, and "Delete
//! everything". Reading links and files needs the tools module, loaded when the first one arrives.

use super::screens::viewing::{use_viewing, viewing_screen, ViewingProps, ViewingState};
use super::storage::Store;
use super::tools::{get, use_request_when, Loaded, ToolsContext};
use super::widgets::import::{import, ImportProblem};
use super::widgets::radar_chart::drawing;
use super::{dom, screens::unavailable};
use crate::core::bank::Bank;
use crate::core::content::Content;
use crate::core::record::Imported;
use crate::core::session::Notice;
use crate::core::share::{CONTINUE_KEY, FRAGMENT_KEY};
use crate::core::text::Ui;
use crate::core::tools::{read_continued, read_opened};
use crate::core::wizard::{Action, Assessment};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The link in the address: `(false, code)` for a shared result, `(true, code)` for a continue link.
fn link_in_address() -> Option<(bool, String)> {
    dom::code_in_address(FRAGMENT_KEY)
        .map(|code| (false, code))
        .or_else(|| dom::code_in_address(CONTINUE_KEY).map(|code| (true, code)))
}

pub struct PartInputs {
    pub tools: ToolsContext,
    pub store: Rc<Store>,
    pub bank: Rc<Bank>,
    pub dispatch: Callback<Action>,
    pub notices: UseStateHandle<Vec<Notice>>,
}

pub struct ResultsPart {
    viewing: ViewingState,
    /// A shared link in the address, waiting for the tools to read it.
    pending: Option<String>,
    tools: Loaded,
    retry: Callback<()>,
    /// Leaves the link unread and goes to the person's own assessment.
    give_up: Callback<()>,
    on_delete_all: Callback<()>,
    import_problem: ImportProblem,
    on_file: Callback<Event>,
}

#[hook]
pub fn use_results_part(inputs: PartInputs) -> ResultsPart {
    let PartInputs { tools, store, bank, dispatch, notices } = inputs;
    let viewing = use_viewing(dispatch.clone());
    // A link in the address: a shared result (`#result=`), or an unfinished assessment brought from another
    // tab or device (`#continue=`, `true`), merged into this one.
    let pending = use_state(link_in_address);
    use_request_when(&tools, pending.is_some());
    // Read as soon as the tools are here: shown or merged, or explained in a notice.
    {
        let (pending, on_shared, notices, bank, dispatch) =
            (pending.clone(), viewing.on_shared.clone(), notices.clone(), bank.clone(), dispatch.clone());
        use_effect_with((tools.ready().cloned(), (*pending).clone()), move |(ready, link)| {
            if let (Some(tools), Some((continued, code))) = (ready, link) {
                let mut next = (*notices).clone();
                if *continued {
                    match read_continued(&bank, &tools.open_continued(code)) {
                        Ok(assessment) => {
                            dispatch.emit(Action::Continue(Box::new(assessment)));
                            next.push(Notice::Continued);
                        }
                        Err(problem) => next.push(Notice::SharedLink(problem)),
                    }
                } else {
                    match read_opened(&bank, &tools.open_code(code)) {
                        Ok((record, dropped)) => on_shared.emit(Imported { record, dropped }),
                        Err(problem) => next.push(Notice::SharedLink(problem)),
                    }
                }
                if next.len() > notices.len() || *continued {
                    notices.set(next);
                    dom::clear_address_fragment();
                }
                pending.set(None);
            }
        });
    }
    let on_delete_all = {
        let close_view = viewing.on_close.clone();
        Callback::from(move |()| {
            store.remove_prefixed("skills-radar.");
            close_view.emit(());
            dispatch.emit(Action::Reset);
            notices.set(vec![Notice::DeletedAll]);
        })
    };
    // A link pasted into the address bar of a tab where the app is already open changes only the fragment.
    {
        let pending = pending.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|window| {
                gloo::events::EventListener::new(&window, "hashchange", move |_| {
                    if let Some(link) = link_in_address() {
                        pending.set(Some(link));
                    }
                })
            });
            move || drop(listener)
        });
    }
    // A file chosen to open: read by the tools module, loaded now if it is not yet.
    let import_problem = use_state(|| None);
    let on_file = {
        let (problem, on_import, tools) = (import_problem.clone(), viewing.on_import.clone(), tools.clone());
        Callback::from(move |e: Event| {
            // The result, or what is wrong with it, is told in texts that come after the first screen.
            tools.later_texts.emit(());
            let Some(input) = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else {
                return;
            };
            let (problem, on_import, tools, bank) = (problem.clone(), on_import.clone(), tools.clone(), bank.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let Some(module) = get().await else { return problem.set(Some(Err(()))) };
                // Tell the rest of the page they are here.
                tools.request.emit(());
                let answer = module.open_chosen(&input).await;
                // The same file chosen again must fire a change: forget this choice.
                input.set_value("");
                if answer.is_empty() {
                    return;
                }
                match read_opened(&bank, &answer) {
                    Ok((record, dropped)) => {
                        problem.set(None);
                        on_import.emit(Imported { record, dropped });
                    }
                    Err(p) => problem.set(Some(Ok(p))),
                }
            });
        })
    };
    let give_up = {
        let pending = pending.clone();
        Callback::from(move |()| {
            dom::clear_address_fragment();
            pending.set(None);
        })
    };
    ResultsPart {
        viewing,
        // A continue link is merged while the person's own screen shows: only a shared result waits on screen.
        pending: pending.as_ref().filter(|(continued, _)| !continued).map(|(_, code)| code.clone()),
        tools: tools.loaded,
        retry: tools.request,
        give_up,
        on_delete_all,
        import_problem: (*import_problem).clone(),
        on_file,
    }
}

impl ResultsPart {
    /// Whether something other than the person's assessment is on screen (it needs the bank's texts).
    pub fn replaces_assessment(&self) -> bool {
        self.viewing.current.is_some() || self.pending.is_some()
    }

    /// The screen key while it does: focus moves when it appears and goes.
    pub fn key(&self) -> Option<&'static str> {
        match (&self.viewing.current, &self.pending, &self.tools) {
            (Some(_), _, _) => Some("viewing"),
            (None, Some(_), Loaded::Failed) => Some("opening-failed"),
            (None, Some(_), _) => Some("opening"),
            (None, None, _) => None,
        }
    }

    /// The screen this part shows instead of the assessment, if any: the result opened, or the wait for it.
    pub fn screen(&self, content: &Content, assessment: &Assessment) -> Option<Html> {
        let text = &content.text;
        if let Some(v) = &self.viewing.current {
            return Some(viewing_screen(
                content,
                &ViewingProps {
                    viewing: v.clone(),
                    has_own: assessment.has_progress(),
                    on_close: self.viewing.on_close.clone(),
                    on_restore: self.viewing.on_restore.clone(),
                    chart: drawing(&self.tools, content, &v.record, None),
                },
            ));
        }
        self.pending.as_ref()?;
        Some(match self.tools {
            Loaded::Failed => unavailable::tools_unreachable(text, self.retry.clone(), self.give_up.clone()),
            _ => unavailable::waiting(text, Ui::ToolsOpening),
        })
    }

    /// The control that opens a result file, shown read-only once read.
    pub fn import(&self, content: &Content) -> Html {
        import(content, &self.import_problem, &self.on_file)
    }

    pub fn on_delete_all(&self) -> Callback<()> {
        self.on_delete_all.clone()
    }
}
