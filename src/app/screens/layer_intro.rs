use super::{send, submit};
use crate::app::widgets::progress::{progress_display, ProgressProps};
use crate::app::widgets::step_nav::step_nav;
use crate::core::content::Content;
use crate::core::text::Ui;
use crate::core::wizard::{progress, Action, Assessment};
use yew::prelude::*;

pub struct LayerIntroProps {
    pub layer: String,
    pub assessment: Assessment,
    pub dispatch: Callback<Action>,
}

/// A function rather than a component: it keeps no state, and each component type costs about a kilobyte
/// of wasm.
pub fn layer_intro(content: &Content, props: &LayerIntroProps) -> Html {
    let (text, bank) = (&content.text, &content.bank);
    let id = &props.layer;
    let (Some(progress), Some(plan), Some(layer_index)) =
        (progress(bank, &props.assessment), props.assessment.plan(bank), bank.layer_index(id))
    else {
        return Html::default();
    };
    let layer = &bank.layers[layer_index];
    let areas = plan.layers.iter().find(|pl| pl.layer == layer_index).map(|pl| pl.areas.clone()).unwrap_or_default();
    html! {
        <section class="layer-intro">
            { progress_display(content, &ProgressProps { progress, on_overview: send(&props.dispatch, Action::OpenOverview) }) }
            <h1 id="screen-heading" tabindex="-1">{ text.layer_name(id) }</h1>
            <p class="lead">{ text.bank_key(&["layer.", id, ".intro"]) }</p>
            <p>{ text.bank_key(&["layer.", id, ".why"]) }</p>
            <h2>{ text.ui(Ui::LayerIntroAreas) }</h2>
            <ul class="area-list">
                { for areas.iter().map(|&ai| {
                    let area = &layer.areas[ai];
                    let count = text.ui_count(Ui::LayerIntroCount, area.statements.len(), &[]);
                    html! {
                        <li>
                            <span class="area-name">{ text.area_name(&area.id) }</span>
                            <span class="area-description">{ text.bank_key(&["area.", &area.id, ".description"]) }</span>
                            <span class="area-count">{ count }</span>
                        </li>
                    }
                }) }
            </ul>
            <form onsubmit={submit(&props.dispatch, Action::Next)}>
                { step_nav(text, send(&props.dispatch, Action::Back)) }
            </form>
        </section>
    }
}
