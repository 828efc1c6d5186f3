//! What the app does with saved data when it starts, as a pure decision: the assessment to show, the
//! notices to give the person, and the unreadable data to keep under a backup key.

use super::bank::Bank;
use super::record::ReadProblem;
use super::saved::{backup_key, decode, LoadProblem, KEY};
use super::wizard::{Assessment, Screen};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// The browser refuses storage: answers live only as long as the page.
    StorageUnavailable,
    /// Saved data could not be read; it was kept under `backup_key`.
    Unreadable { backup_key: String },
    /// Saved data came from a newer version; it was kept under `backup_key`.
    FutureVersion { backup_key: String },
    /// Answers to statements no longer in the bank were removed.
    Dropped(usize),
    /// A saved assessment was restored where the person left it.
    Restored,
    /// The latest save failed (the browser refused it).
    WriteFailed,
    /// The browser's storage is full: nothing new can be saved until space is freed.
    StorageFull,
    /// Saved data could not be read, and there was no room for its backup: it was left untouched under its
    /// own key, and this page runs from memory.
    UnreadableLeft { key: String },
    /// Another tab wrote what this version cannot read; this page has stopped saving so as not to destroy it.
    OtherTabUnreadable,
    /// The page was opened with a shared link that cannot be shown.
    SharedLink(ReadProblem),
    /// "Delete everything" was done.
    DeletedAll,
    /// The answers of a continue link were brought in.
    Continued,
    /// The learning platform the page runs in (`core::lms`) does not keep the progress; this browser does.
    PlatformNotSaving,
    /// The learning platform did not record the result (completion and levels).
    PlatformNotRecorded,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Startup {
    pub assessment: Assessment,
    pub notices: Vec<Notice>,
    /// Unreadable saved data to write under a backup key before anything overwrites it: (key, data).
    pub backup: Option<(String, String)>,
}

impl Notice {
    /// Rare notices whose texts come with the later texts (`screens.json`), which are fetched when one is shown.
    pub fn needs_later_texts(&self) -> bool {
        matches!(
            self,
            Notice::SharedLink(_)
                | Notice::Unreadable { .. }
                | Notice::FutureVersion { .. }
                | Notice::Dropped(_)
                | Notice::WriteFailed
                | Notice::StorageFull
                | Notice::UnreadableLeft { .. }
                | Notice::OtherTabUnreadable
                | Notice::Continued
                | Notice::PlatformNotSaving
                | Notice::PlatformNotRecorded
        )
    }
}

/// What the browser's storage allowed when the page opened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Storage {
    Writable,
    /// It reads, but refuses writes for want of space.
    Full,
    /// It refuses everything (private mode, blocked site data, a sandboxed frame).
    Blocked,
}

/// How a write to storage went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Written {
    Done,
    Full,
    Refused,
}

pub fn startup(bank: &Bank, saved: Option<&str>, storage: Storage, now_ms: u64) -> Startup {
    let mut notices = Vec::new();
    match storage {
        Storage::Writable => {}
        Storage::Full => notices.push(Notice::StorageFull),
        Storage::Blocked => notices.push(Notice::StorageUnavailable),
    }
    let Some(raw) = saved else {
        return Startup { assessment: Assessment::default(), notices, backup: None };
    };
    match decode(bank, raw) {
        Ok(loaded) => {
            if loaded.dropped > 0 {
                notices.push(Notice::Dropped(loaded.dropped));
            }
            if loaded.assessment.has_progress() && loaded.assessment.screen != Screen::Welcome {
                notices.push(Notice::Restored);
            }
            Startup { assessment: loaded.assessment, notices, backup: None }
        }
        Err(problem) => {
            let key = backup_key(now_ms);
            notices.push(match problem {
                LoadProblem::FutureVersion(_) => Notice::FutureVersion { backup_key: key.clone() },
                LoadProblem::Unreadable(_) => Notice::Unreadable { backup_key: key.clone() },
            });
            Startup { assessment: Assessment::default(), notices, backup: Some((key, raw.to_string())) }
        }
    }
}

/// The notices once the backup of unreadable data could not be written: the data stays under its own key,
/// untouched, and the notices say so instead of naming a backup that does not exist.
pub fn backup_failed(notices: &[Notice]) -> Vec<Notice> {
    notices
        .iter()
        .filter(|n| **n != Notice::StorageFull)
        .map(|n| match n {
            Notice::Unreadable { .. } | Notice::FutureVersion { .. } => Notice::UnreadableLeft { key: KEY.into() },
            other => other.clone(),
        })
        .collect()
}

/// The notices after a save: a failure is told once, as full or as refused; a success clears the warning.
pub fn after_save(notices: &[Notice], written: Written) -> Vec<Notice> {
    let mut next: Vec<Notice> =
        notices.iter().filter(|n| !matches!(n, Notice::WriteFailed | Notice::StorageFull)).cloned().collect();
    match written {
        Written::Done => {}
        Written::Full => next.push(Notice::StorageFull),
        Written::Refused => next.push(Notice::WriteFailed),
    }
    next
}
