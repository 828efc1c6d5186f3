//! "Continue elsewhere": a link that carries the answers so far (`#continue=<code>`), to go on in another
//! tab or on another device, with its QR code. It is what keeps the answers when this browser cannot: in a
//! frame that forbids storage, or when storage is full.

use super::keep_share::qr_image;
use crate::core::qr::QrPath;
use crate::core::text::{Catalog, Ui};
use yew::prelude::*;

pub struct ContinueProps<'a> {
    /// `None` while the tools module that writes it loads, or if it could not.
    pub link: Option<&'a str>,
    pub qr: Option<&'a QrPath>,
    pub failed: bool,
}

pub fn continue_elsewhere(text: &Catalog, props: ContinueProps) -> Html {
    html! {
        <section class="continue" aria-labelledby="continue-title">
            <h2 id="continue-title">{ text.ui(Ui::ContinueTitle) }</h2>
            <p>{ text.ui(Ui::ContinueIntro) }</p>
            if let Some(link) = props.link {
                <label for="continue-link">{ text.ui(Ui::ContinueLinkLabel) }</label>
                <input type="text" id="continue-link" readonly=true value={link.to_string()} dir="ltr" spellcheck="false" />
                <p><a href={link.to_string()} target="_blank" rel="noopener">{ text.ui(Ui::ContinueNewTab) }</a></p>
                if let Some(qr) = props.qr {
                    { qr_image(text.ui(Ui::ContinueQr), qr) }
                }
            } else if props.failed {
                <p class="hint">{ text.ui(Ui::ToolsFailed) }</p>
            } else {
                <p class="hint" aria-busy="true">{ text.ui(Ui::ToolsPreparing) }</p>
            }
        </section>
    }
}
