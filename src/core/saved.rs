//! The saved-assessment format kept in browser storage, and its reading. Reading is lenient where it can
//! be (an answer to a statement that no longer exists is dropped, the rest kept) and refuses only data it
//! cannot understand, which the shell then keeps under a backup key instead of deleting.
//!
//! ```json
//! { "schema": 1, "bank_version": "2026.11-1",
//!   "profile": { "profession": "data", "leads": false, "foundation": true },
//!   "answers": { "user.potential.redesign": 3, "user.trust.procurement": "na" },
//!   "screen": { "kind": "statement", "id": "user.potential.redesign" },
//!   "completed_ms": 1795416607000,
//!   "learning_plan": { "user.potential": { "chosen": true, "note": "", "resources": { "oecd-hub": "planned" } } } }
//! ```
//!
//! `completed_ms` and `learning_plan` came later within schema 1: a record without them reads as an
//! assessment not yet completed, with an empty plan.

use super::answers::{Answer, Answers};
use super::bank::Bank;
use super::plan::Profile;
use super::record::{learning_from, AnswersOut, AreaPlanIn, LearningOut};
use super::wizard::{Assessment, Screen};
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use std::collections::BTreeMap;

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

/// An answer as read, from its exact JSON text. Anything but a level from 1 to 5 or "na" is `None`, and is
/// dropped on its own without failing the whole record.
fn answer_from_json(raw: &RawValue) -> Option<Answer> {
    match raw.get() {
        "\"na\"" => Some(Answer::NotApplicable),
        number => number.parse::<u8>().ok().filter(|l| (1..=5).contains(l)).map(Answer::Level),
    }
}

#[derive(Debug, Default, Serialize, Deserialize)]
struct SavedScreen {
    kind: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    from: Option<Box<SavedScreen>>,
}

#[derive(Debug, Serialize, Deserialize)]
struct SavedProfile {
    /// Required, though it may be null ("none of these"): a profile without it is not ours to guess.
    #[serde(deserialize_with = "Option::deserialize")]
    profession: Option<String>,
    leads: bool,
    foundation: bool,
}

#[derive(Serialize)]
struct Record<'a> {
    schema: u64,
    bank_version: &'a str,
    profile: Option<SavedProfile>,
    answers: AnswersOut<'a>,
    screen: SavedScreen,
    #[serde(skip_serializing_if = "Option::is_none")]
    completed_ms: Option<u64>,
    learning_plan: LearningOut<'a>,
}

/// A record as read. Answers and the screen are kept as raw JSON and read one by one, so that one bad
/// value costs only itself.
#[derive(Deserialize)]
struct RecordIn<'a> {
    #[serde(default)]
    profile: Option<SavedProfile>,
    #[serde(default, borrow)]
    answers: BTreeMap<String, &'a RawValue>,
    #[serde(default, borrow)]
    screen: Option<&'a RawValue>,
    #[serde(default)]
    completed_ms: Option<u64>,
    #[serde(default, borrow)]
    learning_plan: Option<&'a RawValue>,
}

/// Read first, alone, so that a record from a newer version is recognised even when the rest of it no
/// longer parses as this version's format.
#[derive(Deserialize)]
struct VersionOnly {
    schema: Option<u64>,
}

fn screen_to_saved(screen: &Screen) -> SavedScreen {
    let plain = |kind: &str| SavedScreen { kind: kind.into(), ..SavedScreen::default() };
    let with_id = |kind: &str, id: &String| SavedScreen { kind: kind.into(), id: Some(id.clone()), from: None };
    match screen {
        Screen::Welcome => plain("welcome"),
        Screen::About => plain("about"),
        Screen::LayerIntro(id) => with_id("layer", id),
        Screen::Statement(id) => with_id("statement", id),
        Screen::Overview(from) => {
            SavedScreen { kind: "overview".into(), id: None, from: Some(Box::new(screen_to_saved(from))) }
        }
        Screen::Results => plain("results"),
    }
}

fn screen_from_saved(saved: &SavedScreen, nested: bool) -> Option<Screen> {
    let id = || saved.id.clone();
    Some(match saved.kind.as_str() {
        "welcome" => Screen::Welcome,
        "about" => Screen::About,
        "layer" => Screen::LayerIntro(id()?),
        "statement" => Screen::Statement(id()?),
        "overview" if !nested => Screen::Overview(Box::new(screen_from_saved(saved.from.as_deref()?, true)?)),
        "results" => Screen::Results,
        _ => return None,
    })
}

pub fn encode(bank: &Bank, assessment: &Assessment) -> String {
    let record = Record {
        schema: SCHEMA,
        bank_version: &bank.version,
        profile: assessment.profile.as_ref().map(|p| SavedProfile {
            profession: p.profession.clone(),
            leads: p.leads,
            foundation: p.foundation,
        }),
        answers: AnswersOut(&assessment.answers),
        screen: screen_to_saved(&assessment.screen),
        completed_ms: assessment.completed_ms,
        learning_plan: LearningOut(&assessment.learning),
    };
    // Serialising plain structs, strings and integers to a string cannot fail.
    serde_json::to_string(&record).unwrap_or_default()
}

pub fn decode(bank: &Bank, raw: &str) -> Result<Loaded, LoadProblem> {
    let version: VersionOnly =
        serde_json::from_str(raw).map_err(|e| LoadProblem::Unreadable(format!("not a saved assessment: {e}")))?;
    match version.schema {
        None => return Err(LoadProblem::Unreadable("no schema version".into())),
        Some(schema) if schema > SCHEMA => return Err(LoadProblem::FutureVersion(schema)),
        Some(0) => return Err(LoadProblem::Unreadable("unknown schema version 0".into())),
        Some(_) => {}
    }
    let record: RecordIn = serde_json::from_str(raw).map_err(|e| LoadProblem::Unreadable(format!("malformed: {e}")))?;
    // A profession removed from the bank reads as "none of these" rather than losing the profile.
    let profile = record.profile.map(|p| Profile {
        profession: p.profession.filter(|id| bank.profession(id).is_some()),
        leads: p.leads,
        foundation: p.foundation,
    });
    let mut answers = Answers::new();
    let mut dropped = 0;
    for (id, raw_answer) in record.answers {
        match (bank.find_statement(&id), answer_from_json(raw_answer)) {
            (Some(_), Some(answer)) => {
                answers.insert(id, answer);
            }
            _ => dropped += 1,
        }
    }
    let screen = record
        .screen
        .and_then(|raw| serde_json::from_str::<SavedScreen>(raw.get()).ok())
        .and_then(|s| screen_from_saved(&s, false))
        .unwrap_or(Screen::Welcome);
    // The plan is the person's own writing: a plan that does not read is dropped whole and counted, and
    // never costs the answers.
    let learning = match record
        .learning_plan
        .map(|raw| serde_json::from_str::<BTreeMap<String, AreaPlanIn>>(raw.get()).ok().map(|e| learning_from(bank, e)))
    {
        None => Default::default(),
        Some(Some(Ok((plan, gone)))) => {
            dropped += gone;
            plan
        }
        Some(_) => {
            dropped += 1;
            Default::default()
        }
    };
    let assessment = Assessment { profile, answers, screen, learning, completed_ms: record.completed_ms }.settle(bank);
    Ok(Loaded { assessment, dropped })
}
