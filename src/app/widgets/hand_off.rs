//! Sending one's result to the organisation's page around the app (`hand_off` in `config.json`): a button with
//! the organisation's label, which asks first, saying what will be sent and to whom and showing the exact
//! content, and sends only on Send. `KeepShare` shows it only when the page around the app is at an origin the
//! configuration lists (`HandOff::target`); the message goes to that origin only (`static/frame.js`).

use crate::app::widgets::confirm::{confirm, ConfirmProps};
use crate::core::text::{Catalog, Ui};
use yew::prelude::*;

/// The id prefix of its button and question (see `confirm`).
pub const ID: &str = "hand-off";

/// An origin inside a sentence: it runs left to right in any language.
pub fn isolated(origin: &str) -> String {
    ["\u{2066}", origin, "\u{2069}"].concat()
}

/// `result` is the result file's text, once the tools module has written it.
pub fn hand_off(text: &Catalog, label: &str, origin: &str, result: Option<&str>, on_send: Callback<()>) -> Html {
    let body = text.ui_with(Ui::HandOffPreview, &[("origin", &isolated(origin))]);
    // The exact content, once the tools have written it (until then Send does nothing).
    let details = html! {
        if let Some(result) = result {
            <details>
                <summary>{ text.ui(Ui::HandOffContent) }</summary>
                <pre class="hand-off-content" dir="ltr" tabindex="0">{ result }</pre>
            </details>
        }
    };
    html! {
        <section class="hand-off">
            { confirm(ConfirmProps {
                id: ID,
                button: label,
                title: text.ui(Ui::HandOffPreviewTitle),
                body: &body,
                details,
                confirm: text.ui(Ui::HandOffSend),
                cancel: text.ui(Ui::HandOffCancel),
                on_confirm: on_send,
                primary: true,
                safe: true,
            }) }
        </section>
    }
}
