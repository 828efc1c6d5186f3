//! The history of completed assessments, kept in browser storage and read and written by the tools module:
//! while the results are shown, the assessment's entry follows every change (answers revised, the plan
//! written), and earlier entries can be deleted.

use super::storage::Store;
use super::tools::use_tools;
use crate::core::bank::Bank;
use crate::core::history;
use crate::core::record::ResultRecord;
use crate::core::tools::{read_history_entries, record_to_saved};
use std::rc::Rc;
use yew::prelude::*;

pub struct History {
    /// Every attempt kept, oldest first; `None` until the tools have read them.
    pub attempts: Option<Vec<ResultRecord>>,
    pub delete: Callback<u64>,
}

#[hook]
pub fn use_history(store: Rc<Store>, bank: Rc<Bank>, record: Option<ResultRecord>) -> History {
    let tools = use_tools(true);
    let attempts = use_state(|| None::<Vec<ResultRecord>>);
    {
        let (attempts, store, bank) = (attempts.clone(), store.clone(), bank.clone());
        use_effect_with((tools.ready().cloned(), record), move |(tools, record)| {
            let Some(tools) = tools else { return };
            let stored = store.get(history::KEY).unwrap_or_default();
            let mut current = stored.clone();
            if let Some(record) = record {
                current = tools.history_upsert(&stored, &record_to_saved(&bank, record));
                if current != stored {
                    let _ = store.set(history::KEY, &current);
                }
            }
            attempts.set(Some(read_history_entries(&bank, &tools.history_entries(&current))));
        });
    }
    let delete = {
        let (attempts, tools) = (attempts.clone(), tools.ready().cloned());
        Callback::from(move |ms: u64| {
            let Some(tools) = &tools else { return };
            let next = tools.history_remove(&store.get(history::KEY).unwrap_or_default(), ms);
            let _ = store.set(history::KEY, &next);
            attempts.set(Some(read_history_entries(&bank, &tools.history_entries(&next))));
        })
    };
    History { attempts: (*attempts).clone(), delete }
}
