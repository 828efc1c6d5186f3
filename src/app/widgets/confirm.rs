//! A button that asks before doing something that cannot be undone. The question opens in place, takes
//! focus, and gives focus back to the button when cancelled.

use crate::app::{dom, use_content};
use crate::core::text::Ui;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StartOverProps {
    pub on_confirm: Callback<()>,
}

#[component]
pub fn StartOver(props: &StartOverProps) -> Html {
    let content = use_content();
    let text = &content.text;
    let open = use_state(|| false);
    {
        let is_open = *open;
        let first = use_mut_ref(|| true);
        use_effect_with(is_open, move |is_open| {
            if !std::mem::replace(&mut *first.borrow_mut(), false) {
                dom::focus(if *is_open { "start-over-title" } else { "start-over-button" });
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
            <div class="confirm" role="group" aria-labelledby="start-over-title">
                <h2 id="start-over-title" tabindex="-1">{ text.ui(Ui::StartOverTitle) }</h2>
                <p>{ text.ui(Ui::StartOverBody) }</p>
                <div class="actions">
                    <button type="button" class="button-danger" onclick={confirm}>{ text.ui(Ui::StartOverConfirm) }</button>
                    <button type="button" class="button-secondary" onclick={cancel}>{ text.ui(Ui::StartOverCancel) }</button>
                </div>
            </div>
        }
    } else {
        html! {
            <button type="button" id="start-over-button" class="button-secondary" onclick={show}>
                { text.ui(Ui::StartOver) }
            </button>
        }
    }
}
