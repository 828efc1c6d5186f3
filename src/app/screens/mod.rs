//! One component per screen of the walk. Each renders the assessment and sends `Action`s; none keeps
//! state beyond an unfinished form.

pub mod about;
pub mod layer_intro;
pub mod overview;
pub mod question;
pub mod results;
pub mod unavailable;
pub mod viewing;
pub mod welcome;

use crate::core::wizard::{Action, Assessment};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ScreenProps {
    pub assessment: Assessment,
    pub dispatch: Callback<Action>,
}

/// A callback that sends one fixed action.
pub fn send<E>(dispatch: &Callback<Action>, action: Action) -> Callback<E> {
    dispatch.reform(move |_| action.clone())
}

/// A form's submit handler that sends one action instead of submitting.
pub fn submit(dispatch: &Callback<Action>, action: Action) -> Callback<SubmitEvent> {
    let dispatch = dispatch.clone();
    Callback::from(move |e: SubmitEvent| {
        e.prevent_default();
        dispatch.emit(action.clone());
    })
}
