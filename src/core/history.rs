//! Completed assessments kept in the browser, newest last: each entry is a result in the file format of
//! `record`, so an entry and a downloaded file read the same way. Nothing is lost by reading: entries this
//! version cannot use are written back as they were, and a history that cannot be read at all is backed up
//! before a new one is started.

use super::bank::Bank;
use super::json;
use super::order::sorted;
use super::record::{file_value, from_value, ResultRecord};

/// The storage key of the history.
pub const KEY: &str = "skills-radar.history";
/// Attempts kept; the oldest go first. Each is a few kilobytes, well within browser storage.
pub const MAX_ATTEMPTS: usize = 50;

/// Where a history that cannot be read is kept before a new one is written, so that nothing is deleted.
pub fn backup_key(timestamp_ms: u64) -> String {
    format!("{KEY}.unreadable.{timestamp_ms}")
}

/// The history as read from storage.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Stored {
    /// The attempts this version reads, oldest first.
    pub attempts: Vec<ResultRecord>,
    /// Entries it cannot read (from a newer version, or damaged): written back untouched, after the attempts.
    pub kept: Vec<json::Value>,
    /// The stored text is not a history at all: it must be backed up before anything is written over it.
    pub unreadable: bool,
}

impl Stored {
    /// Removes the oldest readable attempts until at most [`MAX_ATTEMPTS`] entries remain, and says how many
    /// went. Entries this version cannot read are never removed to make room.
    pub fn trim(&mut self) -> usize {
        let over = (self.attempts.len() + self.kept.len()).saturating_sub(MAX_ATTEMPTS).min(self.attempts.len());
        self.attempts.drain(..over);
        over
    }
}

/// The history as stored: a JSON array of result files, then the entries kept untouched.
pub fn encode(bank: &Bank, stored: &Stored) -> String {
    let attempts = stored.attempts.iter().map(|r| file_value(bank, r, ""));
    json::Value::Array(attempts.chain(stored.kept.iter().cloned()).collect()).write()
}

/// The history as read: the attempts this version can use, oldest first, and everything else kept.
pub fn decode(bank: &Bank, raw: &str) -> Stored {
    let Some(entries) = json::parse(raw).ok().and_then(|v| match v {
        json::Value::Array(entries) => Some(entries),
        _ => None,
    }) else {
        return Stored { unreadable: !raw.trim().is_empty(), ..Stored::default() };
    };
    let mut attempts = Vec::new();
    let mut kept = Vec::new();
    for entry in entries {
        // The history holds what this app wrote: its dates are not checked against a clock that may have moved.
        match from_value(bank, &entry, u64::MAX) {
            Ok(imported) => attempts.push(imported.record),
            Err(_) => kept.push(entry),
        }
    }
    Stored { attempts: sorted(attempts, &|a, b| a.completed_ms.cmp(&b.completed_ms)), kept, unreadable: false }
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
