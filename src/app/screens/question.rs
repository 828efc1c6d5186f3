use super::send;
use crate::app::use_content;
use crate::app::widgets::progress::ProgressDisplay;
use crate::app::widgets::rating::Rating;
use crate::core::answers::Answer;
use crate::core::bank::LayerKind;
use crate::core::text::Ui;
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
    let on_change = props.dispatch.reform(move |answer: Answer| Action::Answer { statement: statement.clone(), answer });
    // The form lets Enter on a chosen level move on, as it does in any form.
    let onsubmit = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            dispatch.emit(Action::Next);
        })
    };
    html! {
        <section class="question-screen">
            <ProgressDisplay progress={progress} on_overview={send(&props.dispatch, Action::OpenOverview)} />
            <form onsubmit={onsubmit}>
                <Rating statement={props.statement.clone()} value={props.assessment.answers.get(&props.statement).copied()}
                    on_change={on_change} profile={profile_layer} />
                <div class="nav">
                    <button type="button" class="button-secondary nav-back" onclick={send(&props.dispatch, Action::Back)}>
                        { text.ui(Ui::NavBack) }
                    </button>
                    <button type="submit" class="button-primary nav-next">{ text.ui(Ui::NavNext) }</button>
                </div>
            </form>
        </section>
    }
}
