use super::{send, ScreenProps};
use crate::core::answers::answered_in;
use crate::core::content::Content;
use crate::core::plan::Plan;
use crate::core::text::Ui;
use crate::core::wizard::Action;
use yew::prelude::*;

/// A function rather than a component: it keeps no state, and each component type costs about a kilobyte
/// of wasm.
pub fn overview(content: &Content, props: &ScreenProps) -> Html {
    let (text, bank) = (&content.text, &content.bank);
    let Some(plan) = props.assessment.plan(bank) else {
        return Html::default();
    };
    html! {
        <section class="overview">
            <h1 id="screen-heading" tabindex="-1">{ text.ui(Ui::OverviewTitle) }</h1>
            <p class="lead">{ text.ui(Ui::OverviewIntro) }</p>
            <ol class="layer-list">
                { for plan.layers.iter().map(|pl| {
                    let id = bank.layers[pl.layer].id.clone();
                    let name = text.layer_name(&id).to_string();
                    let single = Plan { layers: vec![pl.clone()] };
                    let (answered, total) = answered_in(bank, &single, &props.assessment.answers);
                    html! {
                        <li>
                            <span class="layer-name">{ &name }</span>
                            <span class="layer-progress">{ text.ui_with(Ui::OverviewLayerProgress,
                                &[("answered", &text.integer(answered)), ("total", &text.integer(total))]) }</span>
                            <button type="button" class="button-secondary" onclick={send(&props.dispatch, Action::OpenLayer(id))}>
                                { text.ui_with(Ui::OverviewOpen, &[("name", &name)]) }
                            </button>
                        </li>
                    }
                }) }
            </ol>
            <div class="actions">
                <button type="button" class="button-primary" onclick={send(&props.dispatch, Action::CloseOverview)}>
                    { text.ui(Ui::OverviewReturn) }
                </button>
                <button type="button" class="button-secondary" onclick={send(&props.dispatch, Action::ShowResults)}>
                    { text.ui(Ui::NavResults) }
                </button>
                <button type="button" class="button-secondary" onclick={send(&props.dispatch, Action::EditProfile)}>
                    { text.ui(Ui::OverviewEditProfile) }
                </button>
            </div>
        </section>
    }
}
