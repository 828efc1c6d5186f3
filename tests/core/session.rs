//! What the app tells the person at start and after each save, for each state storage can be in.

use crate::support::bank;
use skills_radar::core::saved::KEY;
use skills_radar::core::session::{after_save, backup_failed, startup, Notice, Storage, Written};

#[test]
fn full_storage_is_told_as_full_and_blocked_storage_as_blocked() {
    let b = bank();
    assert_eq!(startup(&b, None, Storage::Full, 5).notices, [Notice::StorageFull]);
    assert_eq!(startup(&b, None, Storage::Blocked, 5).notices, [Notice::StorageUnavailable]);
    assert_eq!(startup(&b, None, Storage::Writable, 5).notices, []);
}

#[test]
fn unreadable_data_whose_backup_did_not_fit_is_told_as_left_under_its_own_key() {
    let b = bank();
    let start = startup(&b, Some("{ damaged"), Storage::Full, 1_000);
    assert_eq!(start.backup, Some(("skills-radar.assessment.unreadable.1000".to_string(), "{ damaged".to_string())));
    // The notice must not name the backup key that was never written, and says it all (no separate "full").
    assert_eq!(backup_failed(&start.notices), [Notice::UnreadableLeft { key: KEY.into() }]);
    let newer = startup(&b, Some(r#"{"schema": 7}"#), Storage::Writable, 1_000);
    assert_eq!(backup_failed(&newer.notices), [Notice::UnreadableLeft { key: "skills-radar.assessment".into() }]);
}

#[test]
fn a_failed_save_is_told_once_and_cleared_when_saving_works_again() {
    let kept = Notice::Dropped(2);
    let full = after_save(std::slice::from_ref(&kept), Written::Full);
    assert_eq!(full, [kept.clone(), Notice::StorageFull]);
    assert_eq!(after_save(&full, Written::Full), full, "told once");
    let refused = after_save(&full, Written::Refused);
    assert_eq!(refused, [kept.clone(), Notice::WriteFailed], "full is not the same as refused");
    assert_eq!(after_save(&refused, Written::Done), [kept]);
    // Storage that was full at start and has room again.
    assert_eq!(after_save(&[Notice::StorageFull], Written::Done), []);
    // Blocked storage runs from memory, where saving always succeeds: its notice stays.
    assert_eq!(after_save(&[Notice::StorageUnavailable], Written::Done), [Notice::StorageUnavailable]);
}
