//! A tiny hand-built bank, independent of the shipped content and its wording.

use serde_json::Value;
use skills_radar::core::answers::{Answer, Answers};
use skills_radar::core::bank::{AreaRef, Bank};
use skills_radar::core::content::{parse_bank, Source};
use skills_radar::core::learning::{AreaPlan, LearningPlan, ResourceStatus};
use skills_radar::core::plan::Profile;
use skills_radar::core::record::ResultRecord;
use skills_radar::core::validate::ContentError;

pub const FILE: &str = "test/bank.json";

/// Layers in bank order:
/// 0 `found` proficiency/optional (target 3): `found.a` (3 statements)
/// 1 `core` proficiency/everyone (target 3): `core.a` (3), `core.b` (4)
/// 2 `soc` profile/everyone: `soc.a` (3), `soc.b` (3)
/// 3 `prof` proficiency/profession (target 3): `prof.alpha` [alpha] (3), `prof.beta` [beta] (3)
/// 4 `lead` proficiency/leaders (target 3): `lead.a` (3)
pub const BANK: &str = r#"{
  "version": "test-1",
  "professions": [
    { "id": "alpha", "group": "digital" },
    { "id": "beta", "group": "non-digital" }
  ],
  "layers": [
    { "id": "found", "kind": "proficiency", "audience": "optional", "target": 3, "areas": [
      { "id": "found.a", "statements": [ "found.a.1", "found.a.2", "found.a.3" ] }
    ] },
    { "id": "core", "kind": "proficiency", "audience": "everyone", "target": 3, "areas": [
      { "id": "core.a", "statements": [ "core.a.1", "core.a.2", "core.a.3" ] },
      { "id": "core.b", "statements": [ "core.b.1", "core.b.2", "core.b.3", "core.b.4" ] }
    ] },
    { "id": "soc", "kind": "profile", "audience": "everyone", "areas": [
      { "id": "soc.a", "statements": [ "soc.a.1", "soc.a.2", "soc.a.3" ] },
      { "id": "soc.b", "statements": [ "soc.b.1", "soc.b.2", "soc.b.3" ] }
    ] },
    { "id": "prof", "kind": "proficiency", "audience": "profession", "target": 3, "areas": [
      { "id": "prof.alpha", "professions": ["alpha"],
        "statements": [ "prof.alpha.1", "prof.alpha.2", "prof.alpha.3" ] },
      { "id": "prof.beta", "professions": ["beta"],
        "statements": [ "prof.beta.1", "prof.beta.2", "prof.beta.3" ] }
    ] },
    { "id": "lead", "kind": "proficiency", "audience": "leaders", "target": 3, "areas": [
      { "id": "lead.a", "statements": [ "lead.a.1", "lead.a.2", "lead.a.3" ] }
    ] }
  ],
  "targets": {
    "professions": { "alpha": { "core.a": 4, "prof.alpha": 5 } },
    "leaders": { "core.a": 2, "lead.a": 4 }
  },
  "resources": [
    { "id": "r-intro", "title": "Title of r-intro", "url": "https://example.org/intro", "kind": "guide", "language": "en",
      "level": "introductory", "areas": ["core.b", "core.a"] },
    { "id": "r-mid", "title": "Title of r-mid", "url": "https://example.org/mid", "kind": "course", "language": "fr",
      "level": "intermediate", "areas": ["core.a", "found.a"] },
    { "id": "r-adv", "title": "Title of r-adv", "url": "https://example.org/adv", "kind": "report", "language": "en-GB",
      "level": "advanced", "areas": ["core.a"] },
    { "id": "r-mid2", "title": "Title of r-mid2", "url": "https://example.org/mid2?x=1", "kind": "standard", "language": "en",
      "level": "intermediate", "areas": ["core.a"] },
    { "id": "r-other", "title": "Title of r-other", "url": "https://example.org/other", "kind": "guide", "language": "en",
      "level": "intermediate", "areas": ["prof.alpha", "prof.beta", "lead.a"] }
  ]
}"#;

pub fn bank_value() -> Value {
    serde_json::from_str(BANK).expect("test bank is JSON")
}

pub fn parse(json: &str) -> Result<Bank, Vec<ContentError>> {
    parse_bank(Source { file: FILE, json })
}

pub fn bank() -> Bank {
    parse(BANK).expect("test bank is valid")
}

/// Validation errors of the test bank after one change.
pub fn errors_after(change: impl FnOnce(&mut Value)) -> Vec<ContentError> {
    let mut value = bank_value();
    change(&mut value);
    match parse(&serde_json::to_string_pretty(&value).unwrap()) {
        Ok(_) => Vec::new(),
        Err(errors) => errors,
    }
}

pub fn profile(profession: Option<&str>, leads: bool, foundation: bool) -> Profile {
    Profile { profession: profession.map(str::to_string), leads, foundation }
}

pub fn area(bank: &Bank, id: &str) -> AreaRef {
    bank.find_area(id).unwrap_or_else(|| panic!("no area {id}"))
}

/// When [`result`] was completed: 2026-11-23T06:50:07Z.
pub const COMPLETED_MS: u64 = 1_795_416_607_000;

/// A result over the test bank: profession alpha, leading, no foundation layer. Hand-computed scores, in plan
/// order (target: layer 3, replaced by alpha's own; for a leader, the higher of that and the leaders'):
/// `core.a` 3, na, 4 -> 3.5 (target 4, the higher of alpha's 4 and the leaders' 2; gap 0.5); `core.b` 5, 2, 3, - -> 3.3 (target 3, gap -0.3);
/// `soc.a` 1 -> 1.0 (no target); `soc.b` nothing; `prof.alpha` 4, 5, 5 -> 4.7 (target 5, gap 0.3);
/// `lead.a` 4, 5, 4 -> 4.3 (target 4, gap -0.3). `found.a.1` is answered but not in the plan.
pub fn result() -> ResultRecord {
    let answers: Answers = [
        ("found.a.1", Answer::Level(2)),
        ("core.a.1", Answer::Level(3)),
        ("core.a.2", Answer::NotApplicable),
        ("core.a.3", Answer::Level(4)),
        ("core.b.1", Answer::Level(5)),
        ("core.b.2", Answer::Level(2)),
        ("core.b.3", Answer::Level(3)),
        ("soc.a.1", Answer::Level(1)),
        ("prof.alpha.1", Answer::Level(4)),
        ("prof.alpha.2", Answer::Level(5)),
        ("prof.alpha.3", Answer::Level(5)),
        ("lead.a.1", Answer::Level(4)),
        ("lead.a.2", Answer::Level(5)),
        ("lead.a.3", Answer::Level(4)),
    ]
    .into_iter()
    .map(|(id, a)| (id.to_string(), a))
    .collect();
    let mut learning = LearningPlan::new();
    learning.insert(
        "core.b".into(),
        AreaPlan {
            chosen: true,
            note: "Finir d'ici mars, « avec » l'équipe 👍".into(),
            resources: [("r-intro".to_string(), ResourceStatus::Planned)].into_iter().collect(),
        },
    );
    learning.insert(
        "prof.alpha".into(),
        AreaPlan {
            chosen: false,
            note: String::new(),
            resources: [("r-other".to_string(), ResourceStatus::Done)].into_iter().collect(),
        },
    );
    ResultRecord {
        bank_version: "test-1".into(),
        completed_ms: COMPLETED_MS,
        profile: profile(Some("alpha"), true, false),
        answers,
        learning,
    }
}

/// The reader's clock in tests: after every completion date the tests use, before the far future.
pub const NOW: u64 = 1_893_456_000_000; // 2030-01-01T00:00:00Z
