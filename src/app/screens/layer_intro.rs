use super::{send, submit};
use crate::app::use_content;
use crate::app::widgets::progress::ProgressDisplay;
use crate::app::widgets::step_nav::step_nav;
use crate::core::text::Ui;
use crate::core::wizard::{progress, Action, Assessment};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LayerIntroProps {
    pub layer: String,
    pub assessment: Assessment,
    pub dispatch: Callback<Action>,
}

#[component]
pub fn LayerIntro(props: &LayerIntroProps) -> Html {
    let content = use_content();
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
            <ProgressDisplay progress={progress} on_overview={send(&props.dispatch, Action::OpenOverview)} />
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
