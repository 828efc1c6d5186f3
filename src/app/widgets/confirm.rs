//! A button that asks before doing something that cannot be undone. The question opens in place, takes
//! focus, and gives focus back to the button when cancelled.
//!
//! Whether the question is open is kept by the page itself (the `hidden` attribute of the button and of the
//! question), not in a component: each component type costs about a kilobyte of wasm, and this state means
//! nothing to the rest of the app. The vnodes never change `hidden`, so a render leaves it as it is.

use crate::app::dom;
use crate::core::text::{Catalog, Ui};
use yew::prelude::*;

pub struct ConfirmProps {
    /// Prefix of the ids of the button (`<id>-button`), the question (`<id>-question`) and its heading
    /// (`<id>-title`).
    pub id: &'static str,
    pub button: Ui,
    pub title: Ui,
    pub body: Ui,
    pub confirm: Ui,
    pub cancel: Ui,
    pub on_confirm: Callback<()>,
    pub primary: bool,
}

/// Shows the question instead of the button (`open`), or the button again, and moves focus to what is shown.
fn toggle(id: &str, open: bool) {
    let (button, question) = ([id, "-button"].concat(), [id, "-question"].concat());
    dom::set_hidden(&button, open);
    dom::set_hidden(&question, !open);
    dom::focus(&if open { [id, "-title"].concat() } else { button });
}

pub fn confirm(text: &Catalog, props: ConfirmProps) -> Html {
    let id = props.id;
    let title_id = [id, "-title"].concat();
    let class = if props.primary { "button-primary" } else { "button-secondary" };
    html! {
        <>
            <button type="button" id={[id, "-button"].concat()} class={class} onclick={Callback::from(move |_| toggle(id, true))}>
                { text.ui(props.button) }
            </button>
            <div id={[id, "-question"].concat()} class="confirm" role="group" aria-labelledby={title_id.clone()} hidden=true>
                <h2 id={title_id} tabindex="-1">{ text.ui(props.title) }</h2>
                <p>{ text.ui(props.body) }</p>
                <div class="actions">
                    <button type="button" class="button-danger" onclick={props.on_confirm.reform(|_| ())}>
                        { text.ui(props.confirm) }
                    </button>
                    <button type="button" class="button-secondary" onclick={Callback::from(move |_| toggle(id, false))}>
                        { text.ui(props.cancel) }
                    </button>
                </div>
            </div>
        </>
    }
}

/// "Start over", which deletes the current answers.
pub fn start_over(text: &Catalog, on_confirm: Callback<()>) -> Html {
    confirm(
        text,
        ConfirmProps {
            id: "start-over",
            button: Ui::StartOver,
            title: Ui::StartOverTitle,
            body: Ui::StartOverBody,
            confirm: Ui::StartOverConfirm,
            cancel: Ui::StartOverCancel,
            on_confirm,
            primary: false,
        },
    )
}
