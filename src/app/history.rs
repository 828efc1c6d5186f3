//! The history of completed assessments, kept in browser storage: marks the assessment completed when its
//! results are first shown, keeps its entry up to date as the person edits, and deletes entries.

use super::dom;
use super::storage::Store;
use crate::core::bank::Bank;
use crate::core::history::{self, upsert};
use crate::core::record::ResultRecord;
use crate::core::wizard::{Action, Assessment, Screen};
use std::rc::Rc;
use yew::prelude::*;

/// The result an assessment stands for, once it has been completed.
pub fn record_of(bank: &Bank, a: &Assessment) -> Option<ResultRecord> {
    Some(ResultRecord {
        bank_version: bank.version.clone(),
        completed_ms: a.completed_ms?,
        profile: a.profile.clone()?,
        answers: a.answers.clone(),
        learning: a.learning.clone(),
    })
}

pub struct History {
    pub attempts: Vec<ResultRecord>,
    pub delete: Callback<u64>,
    /// Empties the history (storage is cleared by the caller).
    pub clear: Callback<()>,
}

#[hook]
pub fn use_history(store: Rc<Store>, bank: Rc<Bank>, assessment: &Assessment, dispatch: Callback<Action>) -> History {
    let attempts = {
        let (store, bank) = (store.clone(), bank.clone());
        use_state(move || store.get(history::KEY).map(|raw| history::decode(&bank, &raw).0).unwrap_or_default())
    };
    // The first time the results are shown, the assessment is complete: it gets its time.
    {
        let pending = assessment.screen == Screen::Results && assessment.completed_ms.is_none();
        use_effect_with(pending, move |&pending| {
            if pending {
                dispatch.emit(Action::Completed(dom::now_ms()));
            }
        });
    }
    // A completed assessment's entry follows every later change (answers revised, the plan written).
    {
        let (attempts, store, bank) = (attempts.clone(), store.clone(), bank.clone());
        use_effect_with(record_of(&bank, assessment), move |record| {
            if let Some(record) = record {
                let mut next = (*attempts).clone();
                upsert(&mut next, record.clone());
                if next != *attempts {
                    let _ = store.set(history::KEY, &history::encode(&bank, &next));
                    attempts.set(next);
                }
            }
        });
    }
    let delete = {
        let (attempts, store, bank) = (attempts.clone(), store.clone(), bank.clone());
        Callback::from(move |ms: u64| {
            let mut next = (*attempts).clone();
            history::remove(&mut next, ms);
            let _ = store.set(history::KEY, &history::encode(&bank, &next));
            attempts.set(next);
        })
    };
    let clear = {
        let attempts = attempts.clone();
        Callback::from(move |()| attempts.set(Vec::new()))
    };
    History { attempts: (*attempts).clone(), delete, clear }
}
