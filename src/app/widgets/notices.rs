//! Messages about saving and saved data, announced politely to screen readers.

use crate::core::bank::Bank;
use crate::core::content::Content;
use crate::core::session::Notice;
use crate::core::text::{Catalog, Ui};
use yew::prelude::*;

pub struct NoticesProps {
    pub notices: Vec<Notice>,
    pub on_dismiss: Callback<usize>,
}

/// Wraps a left-to-right name (a storage key) in first-strong isolation marks, so that in an Arabic sentence
/// its dots and digits keep their order and do not pull the surrounding punctuation along.
fn isolate(ltr: &str) -> String {
    ["\u{2068}", ltr, "\u{2069}"].concat()
}

pub fn notice_text(text: &Catalog, bank: &Bank, notice: &Notice) -> String {
    match notice {
        Notice::StorageUnavailable => text.ui(Ui::StorageUnavailable).into(),
        Notice::Unreadable { backup_key } => text.ui_with(Ui::StorageUnreadable, &[("key", &isolate(backup_key))]),
        Notice::FutureVersion { backup_key } => text.ui_with(Ui::StorageFuture, &[("key", &isolate(backup_key))]),
        Notice::Dropped(count) => text.ui_count(Ui::StorageDropped, *count, &[]),
        Notice::Restored => text.ui(Ui::StorageRestored).into(),
        Notice::WriteFailed => text.ui(Ui::StorageWriteFailed).into(),
        Notice::StorageFull => text.ui(Ui::StorageFull).into(),
        Notice::UnreadableLeft { key } => text.ui_with(Ui::StorageUnreadableLeft, &[("key", &isolate(key))]),
        Notice::OtherTabUnreadable => text.ui(Ui::StorageOtherTab).into(),
        Notice::SharedLink(problem) => crate::app::messages::read_problem(text, bank, problem),
        Notice::DeletedAll => text.ui(Ui::DeleteAllDone).into(),
        Notice::Continued => text.ui(Ui::ContinueOpened).into(),
        Notice::PlatformNotSaving => text.ui(Ui::PlatformNotSaving).into(),
        Notice::PlatformNotRecorded => text.ui(Ui::PlatformNotRecorded).into(),
    }
}

/// A function rather than a component: it keeps no state, and each component type costs about a kilobyte
/// of wasm.
pub fn notices(content: &Content, props: &NoticesProps) -> Html {
    let text = &content.text;
    html! {
        <div class="notices" role="status">
            // A notice told in the later texts waits for them (they are being fetched).
            { for props.notices.iter().enumerate().filter(|(_, n)| text.has_bank_texts() || !n.needs_later_texts()).map(|(i, notice)| {
                let warning = !matches!(notice, Notice::Restored | Notice::DeletedAll | Notice::Continued);
                // What stays true while the page is open stays on screen.
                let dismissible = !matches!(
                    notice,
                    Notice::StorageUnavailable
                        | Notice::WriteFailed
                        | Notice::StorageFull
                        | Notice::UnreadableLeft { .. }
                        | Notice::OtherTabUnreadable
                        | Notice::PlatformNotSaving
                        | Notice::PlatformNotRecorded
                );
                let on_dismiss = props.on_dismiss.reform(move |_| i);
                html! {
                    <div class={classes!("notice", warning.then_some("notice-warning"))}>
                        <p>{ notice_text(text, &content.bank, notice) }</p>
                        if dismissible {
                            <button type="button" class="button-link" onclick={on_dismiss}>
                                { text.ui(Ui::NoticeDismiss) }
                            </button>
                        }
                    </div>
                }
            }) }
        </div>
    }
}
