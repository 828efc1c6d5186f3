//! A button that asks before doing something that cannot be undone. The question opens in place, takes
//! focus, and gives focus back to the button when cancelled.

use crate::app::{dom, use_content};
use crate::core::text::Ui;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ConfirmProps {
    /// Prefix of the ids of the button (`<id>-button`) and of the question's heading (`<id>-title`).
    pub id: AttrValue,
    pub button: Ui,
    pub title: Ui,
    pub body: Ui,
    pub confirm: Ui,
    pub cancel: Ui,
    pub on_confirm: Callback<()>,
    #[prop_or_default]
    pub primary: bool,
}

#[component]
pub fn Confirm(props: &ConfirmProps) -> Html {
    let content = use_content();
    let text = &content.text;
    let open = use_state(|| false);
    let (button_id, title_id) = (format!("{}-button", props.id), format!("{}-title", props.id));
    {
        let is_open = *open;
        let first = use_mut_ref(|| true);
        let (button_id, title_id) = (button_id.clone(), title_id.clone());
        use_effect_with(is_open, move |is_open| {
            if !std::mem::replace(&mut *first.borrow_mut(), false) {
                dom::focus(if *is_open { &title_id } else { &button_id });
            }
        });
    }
    let show = {
        let open = open.clone();
        Callback::from(move |_| open.set(true))
    };
    let cancel = {
        let open = open.clone();
        Callback::from(move |_| open.set(false))
    };
    let confirm = props.on_confirm.reform(|_| ());
    if *open {
        html! {
            <div class="confirm" role="group" aria-labelledby={title_id.clone()}>
                <h2 id={title_id} tabindex="-1">{ text.ui(props.title) }</h2>
                <p>{ text.ui(props.body) }</p>
                <div class="actions">
                    <button type="button" class="button-danger" onclick={confirm}>{ text.ui(props.confirm) }</button>
                    <button type="button" class="button-secondary" onclick={cancel}>{ text.ui(props.cancel) }</button>
                </div>
            </div>
        }
    } else {
        let class = if props.primary { "button-primary" } else { "button-secondary" };
        html! {
            <button type="button" id={button_id} class={class} onclick={show}>{ text.ui(props.button) }</button>
        }
    }
}

/// "Start over", which deletes the current answers.
pub fn start_over(on_confirm: Callback<()>) -> Html {
    html! {
        <Confirm id="start-over" button={Ui::StartOver} title={Ui::StartOverTitle} body={Ui::StartOverBody}
            confirm={Ui::StartOverConfirm} cancel={Ui::StartOverCancel} {on_confirm} />
    }
}
