//! The rating control: one native radio group with the five levels of the layer kind's scale, "I have not
//! had the occasion" and "not applicable".
//! The statement is the group's legend (and the screen's heading); the help text describes the group.

use crate::core::answers::Answer;
use crate::core::bank::LayerKind;
use crate::core::content::Content;
use crate::core::text::Ui;
use crate::core::validate::LEVELS;
use yew::prelude::*;

pub struct RatingProps {
    /// The statement's id: names the radio group and its inputs.
    pub statement: String,
    pub value: Option<Answer>,
    pub on_change: Callback<Answer>,
    /// The kind of the statement's layer: its scale, and in a profile layer, that there is no better or
    /// worse answer.
    pub kind: LayerKind,
}

/// A function rather than a component: it keeps no state, and each component type costs about a kilobyte
/// of wasm.
pub fn rating(content: &Content, props: &RatingProps) -> Html {
    let text = &content.text;
    let id = &props.statement;
    let name = format!("rating-{id}");
    let help_id = format!("help-{id}");
    let option = |answer: Answer| {
        let (suffix, label_key, descriptor_key, number) = match answer {
            Answer::Level(level) => {
                let scale = format!("scale.{}.{level}", props.kind.key());
                (level.to_string(), format!("{scale}.label"), format!("{scale}.descriptor"), Some(level))
            }
            Answer::NotApplicable => ("na".to_string(), "scale.na.label".into(), "scale.na.descriptor".into(), None),
            Answer::NoOccasion => (
                "no-occasion".to_string(),
                "scale.no-occasion.label".into(),
                "scale.no-occasion.descriptor".into(),
                None,
            ),
        };
        let input_id = format!("{name}-{suffix}");
        let descriptor_id = format!("{input_id}-descriptor");
        let on_change = props.on_change.reform(move |_: Event| answer);
        html! {
            <div class={classes!("option", number.is_none().then_some("option-na"))}>
                <input type="radio" id={input_id.clone()} name={name.clone()} value={suffix}
                    checked={props.value == Some(answer)} onchange={on_change} aria-describedby={descriptor_id.clone()} />
                if let Some(n) = number { <span class="level-number" aria-hidden="true">{ text.integer(usize::from(n)) }</span> }
                <div class="option-text">
                    <label for={input_id}>{ text.bank(&label_key) }</label>
                    <span class="option-descriptor" id={descriptor_id}>{ text.bank(&descriptor_key) }</span>
                </div>
            </div>
        }
    };
    html! {
        <fieldset class="rating" aria-describedby={help_id.clone()}>
            <legend>
                <h1 id="screen-heading" tabindex="-1">{ text.bank_key(&["statement.", id, ".text"]) }</h1>
            </legend>
            <div class="help" id={help_id}>
                <p class="help-label">{ text.ui(Ui::QuestionHelp) }</p>
                <p>{ text.bank_key(&["statement.", id, ".help"]) }</p>
            </div>
            <p class="hint">{ text.ui(if props.kind == LayerKind::Profile { Ui::QuestionProfileHint } else { Ui::QuestionScaleHint }) }</p>
            <div class="options">
                { for LEVELS.iter().map(|&level| option(Answer::Level(level))) }
                { option(Answer::NoOccasion) }
                { option(Answer::NotApplicable) }
            </div>
        </fieldset>
    }
}
