//! The saved-assessment format kept in browser storage, and its reading. Reading is lenient where it can
//! be (an answer to a statement that no longer exists is dropped, the rest kept) and refuses only data it
//! cannot understand, which the shell then keeps under a backup key instead of deleting.
//!
//! ```json
//! { "schema": 1, "bank_version": "2026.11-1",
//!   "profile": { "profession": "data", "leads": false, "foundation": true },
//!   "answers": { "user.potential.redesign": 3, "user.trust.procurement": "na" },
//!   "screen": { "kind": "statement", "id": "user.potential.redesign" } }
//! ```

use super::answers::{Answer, Answers};
use super::bank::Bank;
use super::plan::Profile;
use super::wizard::{Assessment, Screen};
use serde_json::{json, Map, Value};

/// The version of this format. Raise it when a change would be misread by older code.
pub const SCHEMA: u64 = 1;
/// The storage key of the current assessment.
pub const KEY: &str = "skills-radar.assessment";

/// Where unreadable data is kept, so that nothing is ever deleted by a failed read.
pub fn backup_key(timestamp_ms: u64) -> String {
    format!("{KEY}.unreadable.{timestamp_ms}")
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadProblem {
    /// Not valid saved data: says why, for the developer console; the person gets a plain message.
    Unreadable(String),
    /// Written by a newer version of the app.
    FutureVersion(u64),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Loaded {
    pub assessment: Assessment,
    /// Answers dropped because their statement is no longer in the bank or their value is not valid.
    pub dropped: usize,
}

fn screen_to_json(screen: &Screen) -> Value {
    match screen {
        Screen::Welcome => json!({ "kind": "welcome" }),
        Screen::About => json!({ "kind": "about" }),
        Screen::LayerIntro(id) => json!({ "kind": "layer", "id": id }),
        Screen::Statement(id) => json!({ "kind": "statement", "id": id }),
        Screen::Overview(from) => json!({ "kind": "overview", "from": screen_to_json(from) }),
        Screen::Results => json!({ "kind": "results" }),
    }
}

fn screen_from_json(value: &Value, depth: u8) -> Option<Screen> {
    let id = || value.get("id").and_then(Value::as_str).map(str::to_string);
    Some(match value.get("kind")?.as_str()? {
        "welcome" => Screen::Welcome,
        "about" => Screen::About,
        "layer" => Screen::LayerIntro(id()?),
        "statement" => Screen::Statement(id()?),
        "overview" if depth == 0 => Screen::Overview(Box::new(screen_from_json(value.get("from")?, 1)?)),
        "results" => Screen::Results,
        _ => return None,
    })
}

pub fn encode(bank: &Bank, assessment: &Assessment) -> String {
    let answers: Map<String, Value> = assessment
        .answers
        .iter()
        .map(|(id, answer)| {
            let value = match answer {
                Answer::Level(level) => json!(level),
                Answer::NotApplicable => json!("na"),
            };
            (id.clone(), value)
        })
        .collect();
    json!({
        "schema": SCHEMA,
        "bank_version": bank.version,
        "profile": assessment.profile,
        "answers": answers,
        "screen": screen_to_json(&assessment.screen),
    })
    .to_string()
}

fn profile_from_json(bank: &Bank, value: &Value) -> Option<Profile> {
    let profession = match value.get("profession")? {
        Value::Null => None,
        // A profession removed from the bank reads as "none of these" rather than losing the profile.
        Value::String(id) => bank.profession(id).map(|p| p.id.clone()),
        _ => return None,
    };
    Some(Profile {
        profession,
        leads: value.get("leads")?.as_bool()?,
        foundation: value.get("foundation")?.as_bool()?,
    })
}

fn answer_from_json(value: &Value) -> Option<Answer> {
    match value {
        Value::String(s) if s == "na" => Some(Answer::NotApplicable),
        Value::Number(n) => n.as_u64().filter(|l| (1..=5).contains(l)).map(|l| Answer::Level(l as u8)),
        _ => None,
    }
}

pub fn decode(bank: &Bank, raw: &str) -> Result<Loaded, LoadProblem> {
    let value: Value =
        serde_json::from_str(raw).map_err(|e| LoadProblem::Unreadable(format!("not JSON: {e}")))?;
    let record = value.as_object().ok_or_else(|| LoadProblem::Unreadable("not a JSON object".into()))?;
    let schema = record
        .get("schema")
        .and_then(Value::as_u64)
        .ok_or_else(|| LoadProblem::Unreadable("no schema version".into()))?;
    if schema > SCHEMA {
        return Err(LoadProblem::FutureVersion(schema));
    }
    if schema < 1 {
        return Err(LoadProblem::Unreadable(format!("unknown schema version {schema}")));
    }
    let profile = match record.get("profile") {
        None | Some(Value::Null) => None,
        Some(p) => Some(
            profile_from_json(bank, p).ok_or_else(|| LoadProblem::Unreadable("profile is malformed".into()))?,
        ),
    };
    let raw_answers = match record.get("answers") {
        None => Map::new(),
        Some(Value::Object(map)) => map.clone(),
        Some(_) => return Err(LoadProblem::Unreadable("answers is not an object".into())),
    };
    let mut answers = Answers::new();
    let mut dropped = 0;
    for (id, value) in &raw_answers {
        match (bank.find_statement(id), answer_from_json(value)) {
            (Some(_), Some(answer)) => {
                answers.insert(id.clone(), answer);
            }
            _ => dropped += 1,
        }
    }
    let screen = record.get("screen").and_then(|s| screen_from_json(s, 0)).unwrap_or(Screen::Welcome);
    let assessment = Assessment { profile, answers, screen }.settle(bank);
    Ok(Loaded { assessment, dropped })
}
