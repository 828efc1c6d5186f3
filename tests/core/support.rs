//! A tiny hand-built bank, independent of the shipped content and its wording.

use serde_json::Value;
use skills_radar::core::bank::{AreaRef, Bank};
use skills_radar::core::content::{parse_bank, Source};
use skills_radar::core::plan::Profile;
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
