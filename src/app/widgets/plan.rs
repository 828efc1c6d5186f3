//! The learning-plan controls of one focus area: "I will work on this area", a status for each of its
//! resources, and a note. Read-only, the same plan as text.

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

/// The checkbox and, once the area is chosen, the note. (Functions rather than components: they keep no
/// state, and each component type costs kilobytes of wasm.)
pub fn area_choice(text: &Catalog, area: &str, plan: &AreaPlan, on_change: &Callback<PlanChange>) -> Html {
    let id = format!("plan-{area}");
    let area = area.to_string();
    let on_choose = {
        let area = area.clone();
        on_change.reform(move |e: Event| {
            let chosen =
                e.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()).is_some_and(|i| i.checked());
            PlanChange::Choose { area: area.clone(), chosen }
        })
    };
    let on_note = on_change.reform(move |e: InputEvent| {
        let note = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlTextAreaElement>().ok()).map(|t| t.value());
        PlanChange::Note { area: area.clone(), note: note.unwrap_or_default() }
    });
    html! {
        <div class="plan-area">
            <div class="check">
                <input type="checkbox" id={id.clone()} checked={plan.chosen} onchange={on_choose} />
                <label for={id.clone()}>{ text.ui(Ui::PlanChoose) }</label>
            </div>
            if plan.chosen || !plan.note.is_empty() {
                <label for={format!("{id}-note")}>{ text.ui(Ui::PlanNoteLabel) }</label>
                <p class="hint" id={format!("{id}-note-hint")}>{ text.ui(Ui::PlanNoteHint) }</p>
                <textarea id={format!("{id}-note")} rows="3" dir="auto" maxlength={NOTE_MAX_CHARS.to_string()}
                    aria-describedby={format!("{id}-note-hint")} value={plan.note.clone()} oninput={on_note} />
            }
        </div>
    }
}

/// Not planned, planned or done: a small radio group named by the resource.
pub fn resource_status(
    text: &Catalog,
    area: &str,
    resource: &Resource,
    current: Option<ResourceStatus>,
    on_change: &Callback<PlanChange>,
) -> Html {
    let name = format!("status-{area}-{}", resource.id);
    let options = [None, Some(ResourceStatus::Planned), Some(ResourceStatus::Done)];
    html! {
        <fieldset class="resource-status">
            <legend class="visually-hidden">
                { text.ui(Ui::PlanStatusLegend) }{ ": " }<span lang={resource.language.clone()}>{ &resource.title }</span>
            </legend>
            { for options.iter().map(|&status| {
                let id = format!("{name}-{}", status.map_or("none", ResourceStatus::key));
                let (area, resource) = (area.to_string(), resource.id.clone());
                let on_change = on_change.reform(move |_: Event| PlanChange::Resource {
                    area: area.clone(), resource: resource.clone(), status,
                });
                html! {
                    <span class="status-option">
                        <input type="radio" id={id.clone()} name={name.clone()} checked={current == status} onchange={on_change} />
                        <label for={id}>{ status_text(text, status) }</label>
                    </span>
                }
            }) }
        </fieldset>
    }
}
