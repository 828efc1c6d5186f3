use super::{send, submit};
use crate::app::use_content;
use crate::app::widgets::progress::ProgressDisplay;
use crate::app::widgets::rating::Rating;
use crate::app::widgets::step_nav::step_nav;
use crate::core::answers::Answer;
use crate::core::bank::LayerKind;
use crate::core::wizard::{progress, Action, Assessment};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct QuestionProps {
    pub statement: String,
    pub assessment: Assessment,
    pub dispatch: Callback<Action>,
}

#[component]
pub fn Question(props: &QuestionProps) -> Html {
    let content = use_content();
    let text = &content.text;
    let Some(progress) = progress(&content.bank, &props.assessment) else {
        return Html::default();
    };
    let profile_layer = content
        .bank
        .find_statement(&props.statement)
        .is_some_and(|at| content.bank.layers[at.layer].kind == LayerKind::Profile);
    let statement = props.statement.clone();
    let on_change =
        props.dispatch.reform(move |answer: Answer| Action::Answer { statement: statement.clone(), answer });
    html! {
        <section class="question-screen">
            <ProgressDisplay progress={progress} on_overview={send(&props.dispatch, Action::OpenOverview)} />
            <form onsubmit={submit(&props.dispatch, Action::Next)}>
                <Rating statement={props.statement.clone()} value={props.assessment.answers.get(&props.statement).copied()}
                    on_change={on_change} profile={profile_layer} />
                { step_nav(text, send(&props.dispatch, Action::Back)) }
            </form>
        </section>
    }
}
