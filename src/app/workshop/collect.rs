//! Collecting a room's results: the link and QR code participants open, pasting text with result links,
//! choosing or dropping result files, scanning QR codes with the camera, and what each hand-in counted and
//! refused. The deciding is `core::workshop`'s; this renders it and turns input into `TrainerAction::Take`.

use super::browser::{self, Camera, CameraProblem};
use crate::app::messages::read_problem;
use crate::app::{dom, ContentContext};
use crate::core::qr::qr_path;
use crate::core::workshop::{Item, Refusal, Refused, Source, TrainerAction};
use crate::core::workshop_text::{Wk, WorkshopTexts};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The value of the input or text area with this id; empty when there is none.
pub fn input_value(id: &str) -> String {
    let element = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(id));
    match element {
        Some(e) => match e.dyn_ref::<web_sys::HtmlInputElement>() {
            Some(input) => input.value(),
            None => e.dyn_ref::<web_sys::HtmlTextAreaElement>().map(|t| t.value()).unwrap_or_default(),
        },
        None => String::new(),
    }
}

fn clear_value(id: &str) {
    let element = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(id));
    if let Some(area) = element.as_ref().and_then(|e| e.dyn_ref::<web_sys::HtmlTextAreaElement>()) {
        area.set_value("");
    }
    if let Some(input) = element.as_ref().and_then(|e| e.dyn_ref::<web_sys::HtmlInputElement>()) {
        input.set_value("");
    }
}

/// An id made of a name: letters and digits kept, anything else as its code point, so any name gives a
/// valid, distinct id.
fn id_of(prefix: &str, name: &str) -> String {
    let mut id = String::from(prefix);
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            id.push(c);
        } else {
            id.push_str(&format!("-{:x}", c as u32));
        }
    }
    id
}

/// A button that asks before deleting a workshop. Whether the question is open is kept by the page (the
/// `hidden` attributes), as the assessment's confirmations are (`widgets::confirm`).
pub fn confirm_delete(own: &WorkshopTexts, name: &str, button: Wk, on_confirm: Callback<()>) -> Html {
    let id = id_of(if button == Wk::End { "end-" } else { "delete-" }, name);
    let toggle = |open: bool| {
        let id = id.clone();
        Callback::from(move |_: MouseEvent| {
            dom::set_hidden(&[&id, "-button"].concat(), open);
            dom::set_hidden(&[&id, "-question"].concat(), !open);
            dom::focus(&if open { [&id, "-title"].concat() } else { [&id, "-button"].concat() });
        })
    };
    let label =
        if button == Wk::End { own.get(Wk::End).to_string() } else { [own.get(Wk::Delete), ": ", name].concat() };
    html! {
        <>
            <button type="button" id={[&id, "-button"].concat()} class="button-secondary" onclick={toggle(true)} aria-label={label}>
                { own.get(button) }
            </button>
            <div id={[&id, "-question"].concat()} class="confirm" role="group" aria-labelledby={[&id, "-title"].concat()} hidden=true>
                <p id={[&id, "-title"].concat()} tabindex="-1">{ own.with(Wk::DeleteConfirm, &[("name", name)]) }</p>
                <div class="actions">
                    <button type="button" class="button-danger" onclick={on_confirm.reform(|_| ())}>{ own.get(Wk::DeleteYes) }</button>
                    <button type="button" class="button-secondary" onclick={toggle(false)}>{ own.get(Wk::Cancel) }</button>
                </div>
            </div>
        </>
    }
}

/// The address participants open, written out and as a QR code.
pub fn join(own: &WorkshopTexts, address: &str) -> Html {
    let qr = qr_path(address);
    html! {
        <section class="workshop-join" aria-labelledby="workshop-join-heading">
            <h2 id="workshop-join-heading">{ own.get(Wk::JoinHeading) }</h2>
            <p class="workshop-address"><a href={address.to_string()} dir="ltr">{ address }</a></p>
            if let Some(qr) = qr {
                <svg class="qr workshop-qr" viewBox={format!("0 0 {0} {0}", qr.size)} role="img"
                    aria-label={own.get(Wk::JoinQr).to_string()} shape-rendering="crispEdges">
                    <rect width="100%" height="100%" fill="#ffffff" />
                    <path d={qr.path} fill="#000000" />
                </svg>
            }
            <p class="hint">{ own.get(Wk::JoinHint) }</p>
        </section>
    }
}

/// Where the camera stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum CameraState {
    Off,
    Starting,
    On,
    Problem(CameraProblem),
}

#[derive(Properties, PartialEq)]
pub struct CollectProps {
    pub own: Rc<WorkshopTexts>,
    pub content: ContentContext,
    pub last: Option<(usize, Vec<Refused>)>,
    pub dispatch: Callback<TrainerAction>,
}

fn take(dispatch: &Callback<TrainerAction>, items: Vec<Item>) {
    dispatch.emit(TrainerAction::Take(items, dom::now_ms()));
}

fn take_files(dispatch: Callback<TrainerAction>, files: Option<web_sys::FileList>) {
    let Some(files) = files else { return };
    wasm_bindgen_futures::spawn_local(async move {
        let items =
            browser::read_files(files).await.into_iter().map(|(name, bytes)| Item::File { name, bytes }).collect();
        take(&dispatch, items);
    });
}

#[component]
pub fn Collect(props: &CollectProps) -> Html {
    let own = &*props.own;
    let content = &*props.content.0;
    let camera_state = use_state(|| CameraState::Off);
    let camera = use_mut_ref(|| None::<Camera>);
    let dragging = use_state(|| false);
    {
        // The camera stops when the workshop closes.
        let camera = camera.clone();
        use_effect_with((), move |_| move || drop(camera.borrow_mut().take()));
    }
    let on_paste = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_| {
            let text = input_value("workshop-paste");
            take(&dispatch, vec![Item::Text(text)]);
            clear_value("workshop-paste");
        })
    };
    let on_files = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |event: Event| {
            let input = event.target_dyn_into::<web_sys::HtmlInputElement>();
            take_files(dispatch.clone(), input.as_ref().and_then(|i| i.files()));
            if let Some(input) = input {
                input.set_value("");
            }
        })
    };
    let on_drop = {
        let (dispatch, dragging) = (props.dispatch.clone(), dragging.clone());
        Callback::from(move |event: DragEvent| {
            event.prevent_default();
            dragging.set(false);
            take_files(dispatch.clone(), event.data_transfer().and_then(|d| d.files()));
        })
    };
    let on_drag = {
        let dragging = dragging.clone();
        Callback::from(move |event: DragEvent| {
            event.prevent_default();
            dragging.set(true);
        })
    };
    let on_leave = {
        let dragging = dragging.clone();
        Callback::from(move |_: DragEvent| dragging.set(false))
    };
    let on_camera = {
        let (dispatch, camera_state, camera) = (props.dispatch.clone(), camera_state.clone(), camera.clone());
        Callback::from(move |_| {
            if let Some(running) = camera.borrow_mut().take() {
                running.stop();
                camera_state.set(CameraState::Off);
                return;
            }
            camera_state.set(CameraState::Starting);
            let (dispatch, camera_state, camera) = (dispatch.clone(), camera_state.clone(), camera.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let on_text = move |text: String| take(&dispatch, vec![Item::Scan(text)]);
                match browser::start_camera("workshop-video", on_text).await {
                    Ok(running) => {
                        *camera.borrow_mut() = Some(running);
                        camera_state.set(CameraState::On);
                    }
                    Err(problem) => camera_state.set(CameraState::Problem(problem)),
                }
            });
        })
    };
    let running = matches!(*camera_state, CameraState::On | CameraState::Starting);
    let camera_note = match *camera_state {
        CameraState::Off => None,
        CameraState::Starting => Some(own.get(Wk::CameraStarting)),
        CameraState::On => Some(own.get(Wk::CameraOn)),
        CameraState::Problem(CameraProblem::Denied) => Some(own.get(Wk::CameraDenied)),
        CameraState::Problem(CameraProblem::NoCamera) => Some(own.get(Wk::CameraNone)),
        CameraState::Problem(CameraProblem::Failed) => Some(own.get(Wk::CameraFailed)),
    };
    html! {
        <section class="workshop-collect" aria-labelledby="workshop-collect-heading">
            <h2 id="workshop-collect-heading">{ own.get(Wk::CollectHeading) }</h2>
            <div class="field">
                <label for="workshop-paste">{ own.get(Wk::PasteLabel) }</label>
                <p class="hint" id="workshop-paste-hint">{ own.get(Wk::PasteHint) }</p>
                <textarea id="workshop-paste" rows="4" dir="auto" aria-describedby="workshop-paste-hint" />
                <button type="button" class="button-primary" onclick={on_paste}>{ own.get(Wk::PasteAdd) }</button>
            </div>
            <div class={classes!("field", "drop-zone", dragging.then_some("dragging"))}
                ondragover={on_drag.clone()} ondragenter={on_drag} ondragleave={on_leave} ondrop={on_drop}>
                <label for="workshop-files">{ own.get(Wk::FilesLabel) }</label>
                <p class="hint" id="workshop-files-hint">{ own.get(Wk::FilesHint) }</p>
                <input id="workshop-files" type="file" multiple=true accept=".json,application/json"
                    aria-describedby="workshop-files-hint" onchange={on_files} />
            </div>
            <div class="field workshop-camera">
                <button type="button" class="button-secondary" onclick={on_camera} aria-pressed={running.to_string()}>
                    { own.get(if running { Wk::CameraStop } else { Wk::CameraStart }) }
                </button>
                if let Some(note) = camera_note {
                    <p class="hint" role="status">{ note }</p>
                }
                <video id="workshop-video" class="workshop-video" hidden={!running} muted=true playsinline=true
                    aria-label={own.get(Wk::CameraVideo).to_string()}></video>
            </div>
            if let Some((added, refused)) = &props.last {
                <div class="workshop-feedback" role="status">
                    <p>{ own.count(Wk::Added, *added, &[]) }</p>
                    if !refused.is_empty() {
                        <h3>{ own.get(Wk::RefusedHeading) }</h3>
                        <ul class="workshop-refused">
                            { for refused.iter().map(|r| refused_item(content, own, r)) }
                        </ul>
                    }
                </div>
            }
        </section>
    }
}

fn refused_item(content: &crate::core::content::Content, own: &WorkshopTexts, refused: &Refused) -> Html {
    let source = match &refused.source {
        Source::Link(label) if label.is_empty() => html! { own.get(Wk::SourcePasted) },
        Source::Link(label) => html! { <bdi dir="ltr">{ label }</bdi> },
        Source::File(name) => html! { <bdi>{ name }</bdi> },
        Source::Scan => html! { own.get(Wk::SourceScan) },
    };
    let why = match &refused.why {
        Refusal::Duplicate => own.get(Wk::RefusedDuplicate).to_string(),
        Refusal::NoLink => own.get(Wk::RefusedNoLink).to_string(),
        Refusal::Problem(problem) => read_problem(&content.text, &content.bank, problem),
    };
    html! { <li>{ source }{ ": " }{ why }</li> }
}
