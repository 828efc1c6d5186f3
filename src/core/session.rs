//! What the app does with saved data when it starts, as a pure decision: the assessment to show, the
//! notices to give the person, and the unreadable data to keep under a backup key.

use super::bank::Bank;
use super::record::ReadProblem;
use super::saved::{backup_key, decode, LoadProblem};
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
    /// The latest save failed.
    WriteFailed,
    /// The page was opened with a shared link that cannot be shown.
    SharedLink(ReadProblem),
    /// "Delete everything" was done.
    DeletedAll,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Startup {
    pub assessment: Assessment,
    pub notices: Vec<Notice>,
    /// Unreadable saved data to write under a backup key before anything overwrites it: (key, data).
    pub backup: Option<(String, String)>,
}

pub fn startup(bank: &Bank, saved: Option<&str>, persistent: bool, now_ms: u64) -> Startup {
    let mut notices = Vec::new();
    if !persistent {
        notices.push(Notice::StorageUnavailable);
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
