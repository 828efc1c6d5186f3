use super::{send, submit};
use crate::app::widgets::progress::{progress_display, ProgressProps};
use crate::app::widgets::rating::{rating, RatingProps};
use crate::app::widgets::step_nav::step_nav;
use crate::core::answers::Answer;
use crate::core::bank::LayerKind;
use crate::core::content::Content;
use crate::core::wizard::{progress, Action, Assessment};
use yew::prelude::*;

pub struct QuestionProps {
    pub statement: String,
    pub assessment: Assessment,
    pub dispatch: Callback<Action>,
}

/// A function rather than a component: it keeps no state, and each component type costs about a kilobyte
/// of wasm.
pub fn question(content: &Content, props: &QuestionProps) -> Html {
    let text = &content.text;
    let Some(progress) = progress(&content.bank, &props.assessment) else {
        return Html::default();
    };
    let kind = content
        .bank
        .find_statement(&props.statement)
        .map_or(LayerKind::Proficiency, |at| content.bank.layers[at.layer].kind);
    let statement = props.statement.clone();
    let on_change =
        props.dispatch.reform(move |answer: Answer| Action::Answer { statement: statement.clone(), answer });
    html! {
        <section class="question-screen">
            { progress_display(content, &ProgressProps { progress, on_overview: send(&props.dispatch, Action::OpenOverview) }) }
            <form onsubmit={submit(&props.dispatch, Action::Next)}>
                { rating(content, &RatingProps {
                    statement: props.statement.clone(),
                    value: props.assessment.answers.get(&props.statement).copied(),
                    on_change,
                    kind,
                }) }
                { step_nav(text, send(&props.dispatch, Action::Back)) }
            </form>
        </section>
    }
}
