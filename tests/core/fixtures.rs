//! A share link and a result file made with the question bank `2026.11-1` (`tests/fixtures/`), before the
//! bank changed: they still open with the shipped bank, every answer to a statement that still exists kept.

use crate::support::NOW;
use skills_radar::core::answers::Answer;
use skills_radar::core::bank::Bank;
use skills_radar::core::record::from_json;
use skills_radar::core::share::decode_counting;

const LINK: &str = include_str!("../fixtures/link-2026.11-1.txt");
const FILE: &str = include_str!("../fixtures/result-2026.11-1.json");

/// The answers the fixtures were made with (a data professional who leads, no foundation layer): in plan
/// order, every ninth from the fifth "not applicable", the others 1 to 5 in turn (see the file's answers).
fn file_answers() -> serde_json::Map<String, serde_json::Value> {
    let file: serde_json::Value = serde_json::from_str(FILE).unwrap();
    file["answers"].as_object().unwrap().clone()
}

#[test]
fn a_link_made_with_bank_2026_11_1_still_opens_with_every_answer_that_still_exists() {
    let bank = Bank::compiled().with_earlier();
    let code = LINK.trim().strip_prefix("#result=").unwrap();
    let (record, dropped) = decode_counting(&bank, code, NOW).expect("the link opens");
    assert_eq!(record.bank_version, "2026.11-1");
    assert_eq!(record.profile.profession.as_deref(), Some("data"));
    assert!(record.profile.leads);
    let expected = file_answers();
    let kept: Vec<&String> = expected.keys().filter(|id| bank.find_statement(id).is_some()).collect();
    assert_eq!(record.answers.len(), kept.len());
    assert_eq!(dropped, expected.len() - kept.len());
    for id in kept {
        let want = match &expected[id] {
            serde_json::Value::String(s) if s == "na" => Answer::NotApplicable,
            v => Answer::Level(v.as_u64().unwrap() as u8),
        };
        assert_eq!(record.answers.get(id), Some(&want), "{id}");
    }
    // Made on 2026-11-20 at 10:15 UTC.
    assert_eq!(record.completed_ms, 1_795_169_700_000);
}

#[test]
fn a_file_made_with_bank_2026_11_1_still_opens_with_every_answer_that_still_exists() {
    let bank = Bank::compiled().with_earlier();
    let imported = from_json(&bank, FILE.as_bytes(), NOW).expect("the file opens");
    let expected = file_answers();
    let kept = expected.keys().filter(|id| bank.find_statement(id).is_some()).count();
    assert_eq!(imported.record.answers.len(), kept);
    assert_eq!(imported.dropped, expected.len() - kept);
    assert_eq!(imported.record.bank_version, "2026.11-1");
}

#[test]
fn the_current_bank_is_not_listed_among_the_earlier_ones_and_the_fixtures_bank_is() {
    let bank = Bank::compiled().with_earlier();
    assert!(bank.earlier.iter().all(|e| e.version != bank.version));
    assert!(bank.earlier.iter().any(|e| e.version == "2026.11-1"));
    assert!(Bank::compiled().earlier.is_empty(), "the app's bank carries no earlier versions");
}
