//! A button that asks before doing something that cannot be undone (deleting, replacing, sending). The
//! question opens in place, takes focus, and gives focus back to the button when cancelled or done.
//!
//! Whether the question is open is kept by the page itself (the `hidden` attribute of the button and of the
//! question), not in a component: each component type costs about a kilobyte of wasm, and this state means
//! nothing to the rest of the app. The vnodes never change `hidden`, so a render leaves it as it is.

use crate::app::dom;
use crate::core::text::{Catalog, Ui};
use yew::prelude::*;

pub struct ConfirmProps<'a> {
    /// Prefix of the ids of the button (`<id>-button`), the question (`<id>-question`), its heading
    /// (`<id>-title`) and its confirming button (`<id>-confirm`).
    pub id: &'static str,
    pub button: &'a str,
    pub title: &'a str,
    pub body: &'a str,
    /// More to see before deciding, below the body.
    pub details: Html,
    pub confirm: &'a str,
    pub cancel: &'a str,
    pub on_confirm: Callback<()>,
    /// The opening button is the screen's main action.
    pub primary: bool,
    /// Nothing is destroyed (sending a copy): the confirming button is not marked as dangerous.
    pub safe: bool,
}

/// Shows the question instead of the button (`open`), or the button again, and moves focus to what is shown.
pub fn toggle(id: &str, open: bool) {
    let (button, question) = ([id, "-button"].concat(), [id, "-question"].concat());
    dom::set_hidden(&button, open);
    dom::set_hidden(&question, !open);
    dom::focus(&if open { [id, "-title"].concat() } else { button });
}

pub fn confirm(props: ConfirmProps) -> Html {
    let id = props.id;
    let title_id = [id, "-title"].concat();
    let class = if props.primary { "button-primary" } else { "button-secondary" };
    html! {
        <>
            <button type="button" id={[id, "-button"].concat()} class={class} onclick={Callback::from(move |_| toggle(id, true))}>
                { props.button }
            </button>
            <div id={[id, "-question"].concat()} class="confirm" role="group" aria-labelledby={title_id.clone()} hidden=true>
                <h2 id={title_id} tabindex="-1">{ props.title }</h2>
                <p>{ props.body }</p>
                { props.details }
                <div class="actions">
                    <button type="button" id={[id, "-confirm"].concat()} class={if props.safe { "button-primary" } else { "button-danger" }}
                        onclick={props.on_confirm.reform(|_| ())}>
                        { props.confirm }
                    </button>
                    <button type="button" class="button-secondary" onclick={Callback::from(move |_| toggle(id, false))}>
                        { props.cancel }
                    </button>
                </div>
            </div>
        </>
    }
}

/// "Start over", which deletes the current answers.
pub fn start_over(text: &Catalog, on_confirm: Callback<()>) -> Html {
    confirm(ConfirmProps {
        id: "start-over",
        button: text.ui(Ui::StartOver),
        title: text.ui(Ui::StartOverTitle),
        body: text.ui(Ui::StartOverBody),
        details: Html::default(),
        confirm: text.ui(Ui::StartOverConfirm),
        cancel: text.ui(Ui::StartOverCancel),
        on_confirm,
        primary: false,
        safe: false,
    })
}
