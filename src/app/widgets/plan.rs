//! The learning-plan controls of one focus area: "I will work on this area", a status for each of its
//! resources, and a note. Read-only, the same plan as text.

use crate::app::use_content;
use crate::core::bank::Resource;
use crate::core::learning::{AreaPlan, PlanChange, ResourceStatus, NOTE_MAX_CHARS};
use crate::core::text::{Catalog, Ui};
use wasm_bindgen::JsCast;
use yew::prelude::*;

pub fn status_text(text: &Catalog, status: Option<ResourceStatus>) -> &str {
    match status {
        None => text.ui(Ui::PlanStatusNone),
        Some(ResourceStatus::Planned) => text.ui(Ui::PlanStatusPlanned),
        Some(ResourceStatus::Done) => text.ui(Ui::PlanStatusDone),
    }
}

#[derive(Properties, PartialEq)]
pub struct AreaChoiceProps {
    pub area: AttrValue,
    pub plan: AreaPlan,
    pub on_change: Callback<PlanChange>,
}

/// The checkbox and, once the area is chosen, the note.
#[component]
pub fn AreaChoice(props: &AreaChoiceProps) -> Html {
    let content = use_content();
    let text = &content.text;
    let id = format!("plan-{}", props.area);
    let area = props.area.to_string();
    let on_choose = {
        let area = area.clone();
        props.on_change.reform(move |e: Event| {
            let chosen =
                e.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()).is_some_and(|i| i.checked());
            PlanChange::Choose { area: area.clone(), chosen }
        })
    };
    let on_note = props.on_change.reform(move |e: InputEvent| {
        let note = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlTextAreaElement>().ok()).map(|t| t.value());
        PlanChange::Note { area: area.clone(), note: note.unwrap_or_default() }
    });
    html! {
        <div class="plan-area">
            <div class="check">
                <input type="checkbox" id={id.clone()} checked={props.plan.chosen} onchange={on_choose} />
                <label for={id.clone()}>{ text.ui(Ui::PlanChoose) }</label>
            </div>
            if props.plan.chosen || !props.plan.note.is_empty() {
                <label for={format!("{id}-note")}>{ text.ui(Ui::PlanNoteLabel) }</label>
                <p class="hint" id={format!("{id}-note-hint")}>{ text.ui(Ui::PlanNoteHint) }</p>
                <textarea id={format!("{id}-note")} rows="3" maxlength={NOTE_MAX_CHARS.to_string()}
                    aria-describedby={format!("{id}-note-hint")} value={props.plan.note.clone()} oninput={on_note} />
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct ResourceStatusProps {
    pub area: AttrValue,
    pub resource: Resource,
    pub status: Option<ResourceStatus>,
    pub on_change: Callback<PlanChange>,
}

/// Not planned, planned or done: a small radio group named by the resource.
#[component]
pub fn ResourceStatusChoice(props: &ResourceStatusProps) -> Html {
    let content = use_content();
    let text = &content.text;
    let name = format!("status-{}-{}", props.area, props.resource.id);
    let options = [None, Some(ResourceStatus::Planned), Some(ResourceStatus::Done)];
    html! {
        <fieldset class="resource-status">
            <legend class="visually-hidden">
                { text.ui(Ui::PlanStatusLegend) }{ ": " }<span lang={props.resource.language.clone()}>{ &props.resource.title }</span>
            </legend>
            { for options.iter().map(|&status| {
                let id = format!("{name}-{}", status.map_or("none", ResourceStatus::key));
                let (area, resource) = (props.area.to_string(), props.resource.id.clone());
                let on_change = props.on_change.reform(move |_: Event| PlanChange::Resource {
                    area: area.clone(), resource: resource.clone(), status,
                });
                html! {
                    <span class="status-option">
                        <input type="radio" id={id.clone()} name={name.clone()} checked={props.status == status} onchange={on_change} />
                        <label for={id}>{ status_text(text, status) }</label>
                    </span>
                }
            }) }
        </fieldset>
    }
}
