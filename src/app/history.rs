//! The history of completed assessments, kept in browser storage and read and written by the tools module:
//! while the results are shown, the assessment's entry follows every change (answers revised, the plan
//! written), and earlier entries can be deleted. Nothing stored is lost on the way: a history that cannot
//! be read is backed up before a new one is written (and left alone if the backup does not fit), and
//! entries this version cannot read are written back untouched (`core::history`).

use super::dom;
use super::storage::Store;
use super::tools::{use_tools, Tools};
use crate::core::bank::Bank;
use crate::core::history;
use crate::core::record::ResultRecord;
use crate::core::tools::{read_history_entries, record_to_saved, HistoryStatus};
use std::rc::Rc;
use yew::prelude::*;

/// What the person is told about the history beside the list.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct HistoryNotes {
    /// The stored history could not be read and was kept under this key.
    pub backed_up: Option<String>,
    /// The stored history could not be read, and its backup did not fit: it was left alone.
    pub not_backed_up: bool,
    /// Entries this version cannot show, kept untouched.
    pub kept: usize,
    /// The oldest attempts removed to keep within the limit.
    pub trimmed: usize,
    /// The new history could not be written.
    pub write_failed: bool,
}

pub struct History {
    /// Every attempt kept, oldest first; `None` until the tools have read them.
    pub attempts: Option<Vec<ResultRecord>>,
    pub notes: HistoryNotes,
    pub delete: Callback<u64>,
}

/// Stores a changed history, as the tools answered it, and says what happened.
fn store_change(store: &Store, stored: &str, answer: &str) -> HistoryNotes {
    let (status, next) = HistoryStatus::split(answer);
    let mut notes = HistoryNotes { kept: status.kept, trimmed: status.trimmed, ..HistoryNotes::default() };
    if next == stored {
        return notes;
    }
    if status.unreadable {
        let key = history::backup_key(dom::now_ms());
        if !store.set(&key, stored) {
            notes.not_backed_up = true;
            return notes;
        }
        notes.backed_up = Some(key);
    }
    notes.write_failed = !store.set(history::KEY, next);
    notes
}

/// The attempts to list, and the entries that cannot be shown, from what is stored now.
fn listed(tools: &Tools, bank: &Bank, store: &Store) -> (HistoryStatus, Vec<ResultRecord>) {
    read_history_entries(bank, &tools.history_entries(&store.get(history::KEY).unwrap_or_default()))
}

#[hook]
pub fn use_history(store: Rc<Store>, bank: Rc<Bank>, record: Option<ResultRecord>) -> History {
    let tools = use_tools(true);
    let attempts = use_state(|| None::<Vec<ResultRecord>>);
    let notes = use_state(HistoryNotes::default);
    {
        let (attempts, notes, store, bank) = (attempts.clone(), notes.clone(), store.clone(), bank.clone());
        use_effect_with((tools.ready().cloned(), record), move |(tools, record)| {
            let Some(tools) = tools else { return };
            let mut told = HistoryNotes::default();
            if let Some(record) = record {
                let stored = store.get(history::KEY).unwrap_or_default();
                told = store_change(&store, &stored, &tools.history_upsert(&stored, &record_to_saved(&bank, record)));
            }
            let (status, list) = listed(tools, &bank, &store);
            told.kept = status.kept;
            // A backup, once made, is told for as long as the results are shown.
            if told.backed_up.is_none() {
                told.backed_up = notes.backed_up.clone();
            }
            notes.set(told);
            attempts.set(Some(list));
        });
    }
    let delete = {
        let (attempts, notes, tools) = (attempts.clone(), notes.clone(), tools.ready().cloned());
        Callback::from(move |ms: u64| {
            let Some(tools) = &tools else { return };
            let stored = store.get(history::KEY).unwrap_or_default();
            let told = store_change(&store, &stored, &tools.history_remove(&stored, ms));
            let (status, list) = listed(tools, &bank, &store);
            notes.set(HistoryNotes { kept: status.kept, backed_up: notes.backed_up.clone(), ..told });
            attempts.set(Some(list));
        })
    };
    History { attempts: (*attempts).clone(), notes: (*notes).clone(), delete }
}
