//! Sending one's result to the organisation's page around the app (`hand_off` in `config.json`): a button with
//! the organisation's label, then what will be sent and to whom, then Send. `KeepShare` shows it only when
//! the page around the app is at an origin the configuration lists (`HandOff::target`); the message goes to
//! that origin only (`static/frame.js`).

use crate::core::text::{Catalog, Ui};
use yew::prelude::*;

#[derive(Clone, Copy, PartialEq)]
pub enum Stage {
    Closed,
    /// What will be sent, and to whom, before anything is.
    Preview,
    Sent,
    /// The page around the app is no longer at the origin it was checked against: nothing was sent.
    Failed,
}

pub struct HandOffProps<'a> {
    /// The button's label, the organisation's own.
    pub label: &'a str,
    pub origin: &'a str,
    pub stage: Stage,
    /// The result file's text, once the tools module has written it.
    pub result: Option<&'a str>,
    pub on_stage: &'a Callback<Stage>,
    pub on_send: &'a Callback<MouseEvent>,
}

pub fn hand_off(text: &Catalog, props: HandOffProps) -> Html {
    // An origin runs left to right inside any sentence.
    let origin = ["\u{2066}", props.origin, "\u{2069}"].concat();
    let with_origin = |key: Ui| text.ui_with(key, &[("origin", &origin)]);
    let to = |stage: Stage| props.on_stage.reform(move |_: MouseEvent| stage);
    html! {
        <section class="hand-off" aria-labelledby="hand-off-open">
            <button type="button" id="hand-off-open" class="button-primary" aria-expanded={(props.stage == Stage::Preview).to_string()}
                onclick={to(Stage::Preview)}>{ props.label }</button>
            if props.stage == Stage::Preview {
                <div class="hand-off-preview">
                    <h3 id="hand-off-title" tabindex="-1">{ text.ui(Ui::HandOffPreviewTitle) }</h3>
                    <p>{ with_origin(Ui::HandOffPreview) }</p>
                    if let Some(result) = props.result {
                        <details>
                            <summary>{ text.ui(Ui::HandOffContent) }</summary>
                            <pre class="hand-off-content" dir="ltr" tabindex="0">{ result }</pre>
                        </details>
                    } else {
                        <p class="hint" aria-busy="true">{ text.ui(Ui::ToolsPreparing) }</p>
                    }
                    <div class="actions">
                        <button type="button" class="button-primary" id="hand-off-send" disabled={props.result.is_none()}
                            onclick={props.on_send.clone()}>{ text.ui(Ui::HandOffSend) }</button>
                        <button type="button" class="button-secondary" onclick={to(Stage::Closed)}>{ text.ui(Ui::HandOffCancel) }</button>
                    </div>
                </div>
            }
            <p class="status" role="status">
                if props.stage == Stage::Sent { { with_origin(Ui::HandOffSent) } }
                if props.stage == Stage::Failed { { with_origin(Ui::HandOffFailed) } }
            </p>
        </section>
    }
}
