use crate::support::{bank, profile, result, COMPLETED_MS};
use serde_json::{json, Value};
use skills_radar::core::answers::Answer;
use skills_radar::core::history::{decode, encode, previous, remove, upsert, MAX_ATTEMPTS};
use skills_radar::core::learning::LearningPlan;
use skills_radar::core::record::ResultRecord;

const DAY: u64 = 86_400_000;

/// The sample result, completed `days` days after it was.
fn attempt(days: u64) -> ResultRecord {
    ResultRecord { completed_ms: COMPLETED_MS + days * DAY, ..result() }
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
    assert_eq!(decode(&b, &encode(&b, &attempts)), (attempts, 0));
}

#[test]
fn empty_history_round_trips() {
    let b = bank();
    assert_eq!(encode(&b, &[]), "[]");
    assert_eq!(decode(&b, "[]"), (Vec::new(), 0));
}

#[test]
fn entries_are_result_files() {
    let b = bank();
    let v: Value = serde_json::from_str(&encode(&b, &[attempt(0), attempt(1)])).unwrap();
    let entries = v.as_array().unwrap();
    assert_eq!(entries.len(), 2);
    assert_eq!(entries[0]["format"], json!("skills-radar-result"));
    assert_eq!(entries[1]["completed"], json!("2026-11-24T06:50:07Z"));
}

#[test]
fn decode_gives_oldest_first() {
    let b = bank();
    let (attempts, dropped) = decode(&b, &encode(&b, &[attempt(5), attempt(1), attempt(3)]));
    assert_eq!(times(&attempts), [1, 3, 5]);
    assert_eq!(dropped, 0);
}

#[test]
fn one_corrupt_entry_costs_only_itself() {
    let b = bank();
    let good = encode(&b, &[attempt(0), attempt(2)]);
    let mut v: Value = serde_json::from_str(&good).unwrap();
    v[1]["scores"][0]["score"] = json!(1.0);
    let mut entries = v.as_array().unwrap().clone();
    entries.insert(1, json!(42));
    entries.push(json!({ "format": "skills-radar-result", "version": 9 }));
    let raw = Value::Array(entries).to_string();
    let (attempts, dropped) = decode(&b, &raw);
    assert_eq!(attempts, [attempt(0)]);
    assert_eq!(dropped, 3);
}

#[test]
fn unreadable_history_is_empty_and_counted_once() {
    let b = bank();
    for raw in ["{", "not json", "{\"format\": \"skills-radar-result\"}", "42", "[1, 2"] {
        assert_eq!(decode(&b, raw), (Vec::new(), 1), "{raw}");
    }
}

#[test]
fn nothing_stored_is_empty_and_nothing_dropped() {
    let b = bank();
    assert_eq!(decode(&b, ""), (Vec::new(), 0));
    assert_eq!(decode(&b, "  \n"), (Vec::new(), 0));
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
fn upsert_keeps_at_most_max_attempts_dropping_the_oldest() {
    let mut attempts = Vec::new();
    for day in 0..MAX_ATTEMPTS as u64 + 5 {
        upsert(&mut attempts, attempt(day));
    }
    assert_eq!(attempts.len(), MAX_ATTEMPTS);
    assert_eq!(times(&attempts), (5..MAX_ATTEMPTS as u64 + 5).collect::<Vec<_>>());
    // Replacing in a full history drops nothing.
    upsert(&mut attempts, attempt(5));
    assert_eq!(attempts.len(), MAX_ATTEMPTS);
    assert_eq!(times(&attempts)[0], 5);
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
    let (mut attempts, _) = decode(&b, &encode(&b, std::slice::from_ref(&record)));
    assert_eq!(previous(&attempts, completed_ms), None, "the attempt is its own previous");
    upsert(&mut attempts, record);
    assert_eq!(attempts.len(), 1, "the same attempt was added twice");
}
