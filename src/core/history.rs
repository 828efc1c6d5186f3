//! Completed assessments kept in the browser, newest last: each entry is a result in the file format of
//! `record`, so an entry and a downloaded file read the same way. Reading drops only entries it cannot use.

use super::bank::Bank;
use super::json;
use super::order::sorted;
use super::record::{from_value, list_to_json, ResultRecord};

/// The storage key of the history.
pub const KEY: &str = "skills-radar.history";
/// Attempts kept; the oldest go first. Each is a few kilobytes, well within browser storage.
pub const MAX_ATTEMPTS: usize = 50;

/// The history as stored: a JSON array of result files.
pub fn encode(bank: &Bank, attempts: &[ResultRecord]) -> String {
    list_to_json(bank, attempts)
}

/// The history as read, oldest first, and how many entries could not be used.
pub fn decode(bank: &Bank, raw: &str) -> (Vec<ResultRecord>, usize) {
    let Some(entries) = json::parse(raw).ok().and_then(|v| match v {
        json::Value::Array(entries) => Some(entries),
        _ => None,
    }) else {
        return (Vec::new(), usize::from(!raw.trim().is_empty()));
    };
    let mut attempts = Vec::new();
    let mut dropped = 0;
    for entry in entries {
        // The history holds what this app wrote: its dates are not checked against a clock that may have moved.
        match from_value(bank, &entry, u64::MAX) {
            Ok(imported) => attempts.push(imported.record),
            Err(_) => dropped += 1,
        }
    }
    (sorted(attempts, &|a, b| a.completed_ms.cmp(&b.completed_ms)), dropped)
}

/// An attempt is known by its completion time to the second, the precision result files keep.
fn second(ms: u64) -> u64 {
    ms / 1000
}

/// Adds an attempt, or replaces the one completed at the same moment (the same assessment, changed since).
pub fn upsert(attempts: &mut Vec<ResultRecord>, record: ResultRecord) {
    match attempts.iter_mut().find(|r| second(r.completed_ms) == second(record.completed_ms)) {
        Some(existing) => *existing = record,
        None => {
            attempts.push(record);
            *attempts = sorted(std::mem::take(attempts), &|a, b| a.completed_ms.cmp(&b.completed_ms));
            if attempts.len() > MAX_ATTEMPTS {
                attempts.remove(0);
            }
        }
    }
}

/// The attempt before `current` (by completion time): what "compare with last time" compares with.
pub fn previous(attempts: &[ResultRecord], current_ms: u64) -> Option<&ResultRecord> {
    attempts.iter().filter(|r| second(r.completed_ms) < second(current_ms)).max_by_key(|r| r.completed_ms)
}

pub fn remove(attempts: &mut Vec<ResultRecord>, completed_ms: u64) {
    attempts.retain(|r| second(r.completed_ms) != second(completed_ms));
}
