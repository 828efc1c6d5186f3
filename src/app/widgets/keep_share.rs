//! Keeping and sharing a result: downloads (JSON, CSV, the chart as SVG and PNG), print, and a link that
//! carries the result in its fragment, with its QR code.

use crate::app::tools::use_tools;
use crate::app::widgets::confirm::toggle;
use crate::app::widgets::hand_off::{hand_off, isolated, ID as HAND_OFF};
use crate::app::{boot, dom, use_content};
use crate::core::date::day_from_ms;
use crate::core::qr::QrPath;
use crate::core::record::ResultRecord;
use crate::core::text::Ui;
use crate::core::tools::{file_texts, read_qr_code, record_to_saved};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct KeepShareProps {
    pub record: ResultRecord,
}

#[derive(Clone, Copy, PartialEq)]
enum Status {
    None,
    Failed,
    Copied,
    CopyFailed,
    /// The result went to the page around the app.
    Sent,
    /// That page is no longer at the origin checked: nothing was sent.
    NotSent,
}

#[component]
pub fn KeepShare(props: &KeepShareProps) -> Html {
    let content = use_content();
    let (text, bank) = (&content.text, &content.bank);
    let status = use_state(|| Status::None);
    // The result file, the link and its QR code are made by the tools module.
    let tools = use_tools(true);
    let name = format!("skills-radar-{}", day_from_ms(props.record.completed_ms));
    let saved = record_to_saved(bank, &props.record);

    let download = |kind: &'static str| {
        let (content, status, name) = (content.clone(), status.clone(), name.clone());
        let (tools, saved) = (tools.ready().cloned(), saved.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(tools) = tools.clone() else { return };
            let (content, status, name, saved) = (content.clone(), status.clone(), name.clone(), saved.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let text = &content.text;
                let texts = file_texts(&content.bank, text);
                let ok = tools.download(kind, &saved, &texts, text.language.code(), &name).await;
                status.set(if ok { Status::None } else { Status::Failed });
            });
        })
    };

    let link = tools.ready().map(|tools| dom::link_with(crate::core::share::FRAGMENT_KEY, &tools.share_code(&saved)));
    let qr = tools.ready().zip(link.as_ref()).and_then(|(tools, link)| read_qr_code(&tools.qr_code(link)));
    let show_alone = |open: bool| {
        let tools = tools.ready().cloned();
        Callback::from(move |_: MouseEvent| {
            if let Some(tools) = &tools {
                tools.show_alone("my-code", open);
            }
        })
    };
    let on_copy = {
        let (link, status, tools) = (link.clone().unwrap_or_default(), status.clone(), tools.ready().cloned());
        Callback::from(move |_: MouseEvent| {
            let (link, status, tools) = (link.clone(), status.clone(), tools.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let ok = match &tools {
                    Some(tools) => tools.copy_text(&link).await,
                    None => false,
                };
                status.set(if ok { Status::Copied } else { Status::CopyFailed });
                if !ok {
                    dom::select("share-link");
                }
            });
        })
    };
    // Sending to the organisation's page around the app, when that page is at an origin it lists.
    let code = text.language.code();
    let host = boot::host_origin();
    let target = content.config.hand_off.as_ref().and_then(|h| Some((h.target(host.as_deref())?, h.label.get(code)?)));
    let result = target.and(tools.ready()).map(|tools| tools.result_file(&saved, code));
    let on_send = {
        let (status, origin, result) = (status.clone(), target.map(|(o, _)| o.to_string()), result.clone());
        Callback::from(move |()| {
            // Until the tools have written the result there is nothing to send: the question stays open.
            let Some(result) = result.as_deref() else { return };
            let sent = origin.as_deref().is_some_and(|o| boot::hand_off(o, result));
            toggle(HAND_OFF, false);
            status.set(if sent { Status::Sent } else { Status::NotSent });
        })
    };
    let origin = isolated(target.map_or("", |(o, _)| o));
    let message = match *status {
        Status::None => "",
        Status::Failed => text.ui(Ui::KeepFailed),
        Status::Copied => text.ui(Ui::ShareCopied),
        Status::CopyFailed => text.ui(Ui::ShareCopyFailed),
        Status::Sent => &text.ui_with(Ui::HandOffSent, &[("origin", &origin)]),
        Status::NotSent => &text.ui_with(Ui::HandOffFailed, &[("origin", &origin)]),
    };
    html! {
        <>
            <section class="keep" aria-labelledby="keep-title">
                <h2 id="keep-title">{ text.ui(Ui::KeepTitle) }</h2>
                <p>{ text.ui(Ui::KeepIntro) }</p>
                <div class="actions downloads">
                    // The files are written by the tools module; until it is here, there is print.
                    if tools.ready().is_some() {
                        <button type="button" class="button-secondary" aria-describedby="keep-json-hint" onclick={download("json")}>
                            { text.ui(Ui::KeepJson) }
                        </button>
                        <button type="button" class="button-secondary" onclick={download("csv")}>{ text.ui(Ui::KeepCsv) }</button>
                        <button type="button" class="button-secondary" onclick={download("svg")}>{ text.ui(Ui::KeepSvg) }</button>
                        <button type="button" class="button-secondary" onclick={download("png")}>{ text.ui(Ui::KeepPng) }</button>
                    }
                    <button type="button" class="button-secondary" onclick={Callback::from(|_| dom::print())}>{ text.ui(Ui::KeepPrint) }</button>
                </div>
                <p class="hint" id="keep-json-hint">{ text.ui(Ui::KeepJsonHint) }</p>
            </section>
            <section class="share" aria-labelledby="share-title">
                <h2 id="share-title">{ text.ui(Ui::ShareTitle) }</h2>
                <p>{ text.ui(Ui::ShareIntro) }</p>
                if let Some(link) = &link {
                    <label for="share-link">{ text.ui(Ui::ShareLinkLabel) }</label>
                    <div class="share-link">
                        <input type="text" id="share-link" readonly=true value={link.clone()} dir="ltr" spellcheck="false" />
                        <button type="button" class="button-secondary" onclick={on_copy}>{ text.ui(Ui::ShareCopy) }</button>
                    </div>
                } else if tools.failed() {
                    <div class="notice notice-warning" role="alert">
                        <p>{ text.ui(Ui::ToolsFailed) }</p>
                        <button type="button" class="button-link" onclick={tools.request.reform(|_| ())}>{ text.ui(Ui::TextsRetry) }</button>
                    </div>
                } else {
                    <p class="hint" aria-busy="true">{ text.ui(Ui::ToolsPreparing) }</p>
                }
                if let Some(qr) = &qr {
                    // "Show my code to the trainer": the code large, alone, on white (`static/files.js`).
                    <div id="my-code" class="my-code">
                        { qr_image(text.ui(Ui::ShareQr), qr) }
                        <p class="my-code-note">{ text.ui(Ui::ShareShowCodeNote) }</p>
                        <button type="button" id="my-code-close" class="button-secondary my-code-close"
                            onclick={show_alone(false)}>{ text.ui(Ui::ShareShowCodeClose) }</button>
                    </div>
                    <button type="button" id="my-code-show" class="button-secondary"
                        onclick={show_alone(true)}>{ text.ui(Ui::ShareShowCode) }</button>
                }
            </section>
            if let Some((origin, label)) = target {
                { hand_off(text, label, origin, result.as_deref(), on_send) }
            }
            <p class="status" role="status">{ message }</p>
        </>
    }
}

/// A QR code, drawn as an image with its name: the share link's, or the link to continue elsewhere.
pub fn qr_image(label: &str, qr: &QrPath) -> Html {
    html! {
        <svg class="qr" viewBox={format!("0 0 {0} {0}", qr.size)} role="img" aria-label={label.to_string()}
            xmlns="http://www.w3.org/2000/svg" shape-rendering="crispEdges">
            <rect width="100%" height="100%" fill="#ffffff" />
            <path d={qr.path.clone()} fill="#000000" />
        </svg>
    }
}
