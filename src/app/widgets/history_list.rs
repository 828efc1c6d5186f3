//! Earlier results kept in this browser, newest first, each with its date and a way to delete it; and
//! "Delete everything".

use crate::app::history::HistoryNotes;
use crate::app::widgets::confirm::{confirm, ConfirmProps};
use crate::core::history::MAX_ATTEMPTS;
use crate::core::record::ResultRecord;
use crate::core::text::{Catalog, Ui};
use yew::prelude::*;

pub struct HistoryListProps<'a> {
    /// `None` until the tools module has read them.
    pub attempts: Option<&'a [ResultRecord]>,
    /// The completion time of the assessment on screen, which is deleted with "Start over", not here.
    pub current: Option<u64>,
    pub notes: &'a HistoryNotes,
    pub on_delete: &'a Callback<u64>,
    pub on_delete_all: &'a Callback<()>,
}

// A function rather than a component: it keeps no state, and each component type costs kilobytes of wasm.
pub fn history_list(text: &Catalog, props: HistoryListProps) -> Html {
    html! {
        <section class="history" aria-labelledby="history-title">
            <h2 id="history-title">{ text.ui(Ui::HistoryTitle) }</h2>
            <p>{ text.ui(Ui::HistoryIntro) }</p>
            { notes(text, props.notes) }
            if props.attempts.is_none() {
                <p class="hint" aria-busy="true">{ text.ui(Ui::ToolsPreparingHistory) }</p>
            }
            <ul class="history-list">
                { for props.attempts.unwrap_or_default().iter().rev().map(|attempt| {
                    let ms = attempt.completed_ms;
                    let date = text.day(ms);
                    html! {
                        <li>
                            <span>{ text.ui_with(Ui::HistoryItem, &[("date", &date)]) }</span>
                            if props.current == Some(ms) {
                                <span class="tag">{ text.ui(Ui::HistoryCurrent) }</span>
                            } else {
                                <button type="button" class="button-link"
                                    aria-label={text.ui_with(Ui::HistoryDeleteLabel, &[("date", &date)])}
                                    onclick={props.on_delete.reform(move |_| ms)}>
                                    { text.ui(Ui::HistoryDelete) }
                                </button>
                            }
                        </li>
                    }
                }) }
            </ul>
            { confirm(ConfirmProps {
                id: "delete-all",
                button: text.ui(Ui::DeleteAllButton),
                title: text.ui(Ui::DeleteAllTitle),
                body: text.ui(Ui::DeleteAllBody),
                confirm: text.ui(Ui::DeleteAllConfirm),
                cancel: text.ui(Ui::DeleteAllCancel),
                on_confirm: props.on_delete_all.clone(),
                primary: false,
                details: Html::default(),
                safe: false,
            }) }
        </section>
    }
}

/// What became of stored results that could not be read, kept or written.
fn notes(text: &Catalog, notes: &HistoryNotes) -> Html {
    let max = text.integer(MAX_ATTEMPTS);
    let mut said = Vec::new();
    if let Some(key) = &notes.backed_up {
        said.push(text.ui_with(Ui::HistoryBackedUp, &[("key", &["\u{2068}", key, "\u{2069}"].concat())]));
    }
    if notes.not_backed_up {
        said.push(text.ui(Ui::HistoryNotBackedUp).into());
    }
    if notes.kept > 0 {
        said.push(text.ui_count(Ui::HistoryKept, notes.kept, &[]));
    }
    if notes.trimmed > 0 {
        said.push(text.ui_count(Ui::HistoryTrimmed, notes.trimmed, &[("max", &max)]));
    }
    if notes.write_failed {
        said.push(text.ui(Ui::HistoryWriteFailed).into());
    }
    said.into_iter().map(|line| html! { <p class="note" role="status">{ line }</p> }).collect()
}
