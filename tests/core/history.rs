use crate::support::{bank, profile, result, COMPLETED_MS};
use serde_json::{json, Value};
use skills_radar::core::answers::Answer;
use skills_radar::core::history::{decode, encode, previous, remove, upsert, Stored, MAX_ATTEMPTS};
use skills_radar::core::json;
use skills_radar::core::learning::LearningPlan;
use skills_radar::core::record::ResultRecord;
use skills_radar::core::tools::{history_remove, history_upsert, record_to_saved, HistoryStatus};

const DAY: u64 = 86_400_000;

/// The sample result, completed `days` days after it was.
fn attempt(days: u64) -> ResultRecord {
    ResultRecord { completed_ms: COMPLETED_MS + days * DAY, ..result() }
}

fn stored(attempts: &[ResultRecord]) -> Stored {
    Stored { attempts: attempts.to_vec(), ..Stored::default() }
}

fn times(attempts: &[ResultRecord]) -> Vec<u64> {
    attempts.iter().map(|r| (r.completed_ms - COMPLETED_MS) / DAY).collect()
}

#[test]
fn round_trip_keeps_every_attempt() {
    let b = bank();
    let mut second = attempt(30);
    second.answers.insert("core.b.4".into(), Answer::NotApplicable);
    second.profile = profile(None, false, true);
    second.learning = LearningPlan::new();
    let attempts = vec![attempt(0), second];
    assert_eq!(decode(&b, &encode(&b, &stored(&attempts))), stored(&attempts));
}

#[test]
fn empty_history_round_trips() {
    let b = bank();
    assert_eq!(encode(&b, &Stored::default()), "[]");
    assert_eq!(decode(&b, "[]"), Stored::default());
}

#[test]
fn entries_are_result_files() {
    let b = bank();
    let v: Value = serde_json::from_str(&encode(&b, &stored(&[attempt(0), attempt(1)]))).unwrap();
    let entries = v.as_array().unwrap();
    assert_eq!(entries.len(), 2);
    assert_eq!(entries[0]["format"], json!("skills-radar-result"));
    assert_eq!(entries[1]["completed"], json!("2026-11-24T06:50:07Z"));
}

#[test]
fn decode_gives_oldest_first() {
    let b = bank();
    let read = decode(&b, &encode(&b, &stored(&[attempt(5), attempt(1), attempt(3)])));
    assert_eq!(times(&read.attempts), [1, 3, 5]);
    assert!(read.kept.is_empty());
}

#[test]
fn one_corrupt_entry_costs_only_itself() {
    let b = bank();
    let good = encode(&b, &stored(&[attempt(0), attempt(2)]));
    let mut v: Value = serde_json::from_str(&good).unwrap();
    v[1]["scores"][0]["score"] = json!(1.0);
    let mut entries = v.as_array().unwrap().clone();
    entries.insert(1, json!(42));
    entries.push(json!({ "format": "skills-radar-result", "version": 9 }));
    let raw = Value::Array(entries.clone()).to_string();
    let read = decode(&b, &raw);
    assert_eq!(read.attempts, [attempt(0)]);
    assert_eq!(read.kept.len(), 3);
    assert!(!read.unreadable);
    // Written back, the entries it could not read come back as they were, after the readable one.
    let written: Value = serde_json::from_str(&encode(&b, &read)).unwrap();
    assert_eq!(written.as_array().unwrap()[1..], [entries[1].clone(), entries[2].clone(), entries[3].clone()]);
}

#[test]
fn a_history_that_is_not_a_list_is_unreadable_and_holds_nothing() {
    let b = bank();
    for raw in ["{", "not json", "{\"format\": \"skills-radar-result\"}", "42", "[1, 2"] {
        assert_eq!(decode(&b, raw), Stored { unreadable: true, ..Stored::default() }, "{raw}");
    }
}

#[test]
fn nothing_stored_is_empty_and_nothing_dropped() {
    let b = bank();
    assert_eq!(decode(&b, ""), Stored::default());
    assert_eq!(decode(&b, "  \n"), Stored::default());
}

#[test]
fn upsert_adds_in_time_order() {
    let mut attempts = Vec::new();
    for day in [4, 1, 9, 2] {
        upsert(&mut attempts, attempt(day));
    }
    assert_eq!(times(&attempts), [1, 2, 4, 9]);
}

#[test]
fn upsert_replaces_the_attempt_completed_at_the_same_moment() {
    let mut attempts = vec![attempt(1), attempt(2), attempt(3)];
    let mut changed = attempt(2);
    changed.answers.insert("core.b.4".into(), Answer::Level(1));
    upsert(&mut attempts, changed.clone());
    assert_eq!(attempts, [attempt(1), changed, attempt(3)]);
}

#[test]
fn trim_removes_only_the_oldest_readable_attempts_down_to_the_limit() {
    // 55 readable attempts (days 0 to 54) and 3 entries it cannot read: 58 entries, 8 too many. The 8 oldest
    // readable go (days 0 to 7); the unreadable stay.
    let mut history = stored(&(0..55).map(attempt).collect::<Vec<_>>());
    history.kept = vec![json::parse("{}").unwrap(); 3];
    assert_eq!(history.trim(), 8);
    assert_eq!(history.attempts.len() + history.kept.len(), MAX_ATTEMPTS);
    assert_eq!(times(&history.attempts)[0], 8);
    assert_eq!(history.kept.len(), 3);
    assert_eq!(history.trim(), 0, "a history within the limit loses nothing");
    // Unreadable entries alone over the limit: nothing readable is left to remove, and they are not touched.
    let mut only_kept = Stored { kept: vec![json::parse("1").unwrap(); 60], ..Stored::default() };
    assert_eq!(only_kept.trim(), 0);
    assert_eq!(only_kept.kept.len(), 60);
}

#[test]
fn previous_is_the_latest_earlier_attempt() {
    let attempts = vec![attempt(1), attempt(4), attempt(9)];
    let at = |day: u64| COMPLETED_MS + day * DAY;
    assert_eq!(previous(&attempts, at(9)), Some(&attempts[1]));
    assert_eq!(previous(&attempts, at(5)), Some(&attempts[1]));
    assert_eq!(previous(&attempts, at(4)), Some(&attempts[0]));
    assert_eq!(previous(&attempts, at(1)), None);
    assert_eq!(previous(&attempts, at(100)), Some(&attempts[2]));
    assert_eq!(previous(&[], at(1)), None);
}

#[test]
fn remove_takes_out_only_that_attempt() {
    let mut attempts = vec![attempt(1), attempt(4), attempt(9)];
    remove(&mut attempts, COMPLETED_MS + 4 * DAY);
    assert_eq!(times(&attempts), [1, 9]);
    remove(&mut attempts, COMPLETED_MS + 5 * DAY);
    assert_eq!(times(&attempts), [1, 9]);
}

#[test]
fn an_attempt_keeps_its_identity_through_storage() {
    // `Action::Completed` takes the moment in milliseconds; the history names an attempt by that moment.
    // Stored and read back, the same attempt must still be the same attempt: replaced, not duplicated, and
    // not its own "previous".
    let b = bank();
    let completed_ms = COMPLETED_MS + 123;
    let record = ResultRecord { completed_ms, ..result() };
    let mut attempts = decode(&b, &encode(&b, &stored(std::slice::from_ref(&record)))).attempts;
    assert_eq!(previous(&attempts, completed_ms), None, "the attempt is its own previous");
    upsert(&mut attempts, record);
    assert_eq!(attempts.len(), 1, "the same attempt was added twice");
}

/// What the tools answer to a change: its status and the history to store.
fn changed(answer: &str) -> (HistoryStatus, Value) {
    let (status, history) = HistoryStatus::split(answer);
    (status, serde_json::from_str(history).expect("the history written is JSON"))
}

#[test]
fn an_unreadable_history_is_reported_so_the_app_backs_it_up_before_writing() {
    let b = bank();
    let (status, history) = changed(&history_upsert(&b, "{\"not\": \"a list\"", &record_to_saved(&b, &attempt(0))));
    assert_eq!(status, HistoryStatus { unreadable: true, kept: 0, trimmed: 0 });
    assert_eq!(history.as_array().unwrap().len(), 1);
}

#[test]
fn entries_from_a_newer_version_survive_every_change_untouched() {
    let b = bank();
    let newer = json!({ "format": "skills-radar-result", "version": 9, "completed": "2031-01-01T00:00:00Z", "x": [1] });
    let mut entries: Vec<Value> = serde_json::from_str(&encode(&b, &stored(&[attempt(1), attempt(2)]))).unwrap();
    entries.insert(0, newer.clone());
    let raw = Value::Array(entries).to_string();
    // A plan edited on the results screen rewrites the current attempt's entry.
    let mut edited = attempt(2);
    edited.learning = LearningPlan::new();
    let (status, history) = changed(&history_upsert(&b, &raw, &record_to_saved(&b, &edited)));
    assert_eq!(status, HistoryStatus { unreadable: false, kept: 1, trimmed: 0 });
    let entries = history.as_array().unwrap();
    assert_eq!(entries.len(), 3);
    assert_eq!(entries[2], newer);
    // Deleting an attempt keeps it too.
    let (_, history) = changed(&history_remove(&b, &history.to_string(), attempt(1).completed_ms));
    assert_eq!(history.as_array().unwrap(), &[entries[1].clone(), newer]);
}

#[test]
fn two_hundred_stored_entries_are_brought_down_to_the_limit_oldest_first() {
    let b = bank();
    let raw = encode(&b, &stored(&(0..200).map(attempt).collect::<Vec<_>>()));
    // 200 kept and one more completed: 201, so the 151 oldest go (days 0 to 150), days 151 to 200 stay.
    let (status, history) = changed(&history_upsert(&b, &raw, &record_to_saved(&b, &attempt(200))));
    assert_eq!(status, HistoryStatus { unreadable: false, kept: 0, trimmed: 151 });
    let entries = history.as_array().unwrap();
    assert_eq!(entries.len(), 50);
    assert_eq!(entries[0]["completed"], json!("2027-04-23T06:50:07Z"));
}
