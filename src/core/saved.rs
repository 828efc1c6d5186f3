//! The saved-assessment format kept in browser storage, and its reading. Reading is lenient where it can
//! be (an answer to a statement that no longer exists is dropped, the rest kept) and refuses only data it
//! cannot understand, which the shell then keeps under a backup key instead of deleting.
//!
//! ```json
//! { "schema": 1, "bank_version": "2026.12-1",
//!   "profile": { "profession": "data", "leads": false, "foundation": true },
//!   "answers": { "user.potential.redesign": 3, "user.trust.buying": "no-occasion" },
//!   "screen": { "kind": "statement", "id": "user.potential.redesign" },
//!   "completed_ms": 1795416607000,
//!   "learning_plan": { "user.potential": { "chosen": true, "note": "", "resources": { "oecd-hub": "planned" } } } }
//! ```
//!
//! `completed_ms` and `learning_plan` came later within schema 1: a record without them reads as an
//! assessment not yet completed, with an empty plan.

use super::answers::Answers;
use super::bank::Bank;
use super::json::{self, Value};
use super::plan::Profile;
use super::record::{answer_from_value, answers_value, learning_from, learning_value, profile_from, profile_value};
use super::wizard::{Assessment, Screen};

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

fn screen_value(screen: &Screen) -> Value {
    let plain = |kind: &str| Value::object([("kind", Value::string(kind))]);
    let with_id = |kind: &str, id: &String| Value::object([("kind", Value::string(kind)), ("id", Value::string(id))]);
    match screen {
        Screen::Welcome => plain("welcome"),
        Screen::About => plain("about"),
        Screen::LayerIntro(id) => with_id("layer", id),
        Screen::Statement(id) => with_id("statement", id),
        Screen::Overview(from) => Value::object([("kind", Value::string("overview")), ("from", screen_value(from))]),
        Screen::Results => plain("results"),
    }
}

fn screen_from(saved: &Value, nested: bool) -> Option<Screen> {
    let id = || saved.get("id").and_then(Value::as_str).map(str::to_string);
    Some(match saved.get("kind")?.as_str()? {
        "welcome" => Screen::Welcome,
        "about" => Screen::About,
        "layer" => Screen::LayerIntro(id()?),
        "statement" => Screen::Statement(id()?),
        "overview" if !nested => Screen::Overview(Box::new(screen_from(saved.get("from")?, true)?)),
        "results" => Screen::Results,
        _ => return None,
    })
}

pub fn encode(bank: &Bank, assessment: &Assessment) -> String {
    let mut record = vec![
        ("schema", Value::number(SCHEMA)),
        ("bank_version", Value::string(&bank.version)),
        ("profile", assessment.profile.as_ref().map_or(Value::Null, profile_value)),
        ("answers", answers_value(&assessment.answers)),
        ("screen", screen_value(&assessment.screen)),
    ];
    if let Some(ms) = assessment.completed_ms {
        record.push(("completed_ms", Value::number(ms)));
    }
    record.push(("learning_plan", learning_value(&assessment.learning)));
    Value::object(record).write()
}

pub fn decode(bank: &Bank, raw: &str) -> Result<Loaded, LoadProblem> {
    let unreadable = |why: String| LoadProblem::Unreadable(why);
    let record = json::parse(raw).map_err(|e| unreadable(format!("not a saved assessment: {e}")))?;
    if record.members().is_none() {
        return Err(unreadable("not a saved assessment: not an object".into()));
    }
    // The version first, so that a record from a newer version is recognised even when the rest of it no
    // longer reads as this version's format.
    match record.get("schema").map(|v| v.as_u64().ok_or(v)) {
        None => return Err(unreadable("no schema version".into())),
        Some(Err(_)) => return Err(unreadable("the schema version is not a whole number".into())),
        Some(Ok(schema)) if schema > SCHEMA => return Err(LoadProblem::FutureVersion(schema)),
        Some(Ok(0)) => return Err(unreadable("unknown schema version 0".into())),
        Some(Ok(_)) => {}
    }
    let malformed = |field: &str| unreadable(format!("malformed: {field}"));
    // A profession removed from the bank reads as "none of these" rather than losing the profile.
    let profile = match record.get("profile").filter(|p| !p.is_null()) {
        None => None,
        Some(p) => {
            let read = profile_from(p).ok_or_else(|| malformed("profile"))?;
            Some(Profile { profession: read.profession.filter(|id| bank.profession(id).is_some()), ..read })
        }
    };
    let completed_ms = match record.get("completed_ms").filter(|v| !v.is_null()) {
        None => None,
        Some(v) => Some(v.as_u64().ok_or_else(|| malformed("completed_ms"))?),
    };
    let mut answers = Answers::new();
    let mut dropped = 0;
    if let Some(given) = record.get("answers") {
        // One bad answer costs only itself.
        for (id, value) in given.members().ok_or_else(|| malformed("answers"))? {
            match (bank.find_statement(id), answer_from_value(value)) {
                (Some(_), Some(answer)) => {
                    answers.insert(id.clone(), answer);
                }
                _ => dropped += 1,
            }
        }
    }
    let screen = record.get("screen").and_then(|s| screen_from(s, false)).unwrap_or(Screen::Welcome);
    // The plan is the person's own writing: a plan that does not read is dropped whole and counted, and
    // never costs the answers.
    let learning = match record.get("learning_plan").map(|plan| learning_from(bank, plan)) {
        None => Default::default(),
        Some(Ok((plan, gone))) => {
            dropped += gone;
            plan
        }
        Some(Err(_)) => {
            dropped += 1;
            Default::default()
        }
    };
    let assessment = Assessment { profile, answers, screen, learning, completed_ms }.settle(bank);
    Ok(Loaded { assessment, dropped })
}
