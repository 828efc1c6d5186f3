//! A result as a person keeps it: the answers that make it, who it is for, when it was completed, and the
//! learning plan. Written as a JSON file that HR tools can read (format in `docs/FORMATS.md`) and as CSV,
//! and read back with a clear reason when a file cannot be used. Reading never panics.

use super::answers::{Answer, Answers};
use super::bank::Bank;
use super::date::{iso_from_ms, ms_from_iso};
use super::learning::{clip_note, AreaPlan, LearningPlan, ResourceStatus, NOTE_MAX_CHARS};
use super::plan::Profile;
use super::scoring::{format_level, round1, score_areas, shown_gap, AreaScore};
use super::text::Catalog;
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use std::collections::BTreeMap;

/// The `format` field of a result file.
pub const FORMAT: &str = "skills-radar-result";
/// The version of the result file format. Raise it when older readers would misread a file.
pub const VERSION: u64 = 1;
/// The largest file read: a complete result with long notes is under 40 kB.
pub const MAX_FILE_BYTES: usize = 256 * 1024;

#[derive(Debug, Clone, PartialEq)]
pub struct ResultRecord {
    pub bank_version: String,
    /// When the assessment was completed (first reached its results), ms since the epoch; also the
    /// result's identity in the history.
    pub completed_ms: u64,
    pub profile: Profile,
    pub answers: Answers,
    pub learning: LearningPlan,
}

impl ResultRecord {
    pub fn scores(&self, bank: &Bank) -> Vec<AreaScore> {
        score_areas(bank, &self.profile, &self.answers)
    }
}

/// Why a file or a link cannot be used. The shell turns each into a message for the person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadProblem {
    TooLarge,
    /// Not UTF-8 text.
    NotText,
    /// Not JSON at all (a truncated file is usually this).
    NotJson,
    /// JSON, but not a Skills Radar result.
    NotAResult,
    /// Made by a newer version of the app.
    FutureVersion(u64),
    /// A required field is missing or of the wrong type; says which, for the console.
    Malformed(String),
    /// A field holds a value that is not allowed; names the field.
    Invalid(String),
    /// The scores written in the file do not follow from its answers: edited by hand or damaged.
    Tampered,
    /// A link's checksum does not match its content: mistyped, cut or altered.
    Checksum,
    /// A link is cut short.
    Truncated,
    /// A link made with another version of the question bank, which this one cannot read.
    OtherBank(String),
}

/// A result read from a file, and how many answers were dropped because their statements are not in this
/// bank (a file from another bank version).
#[derive(Debug, Clone, PartialEq)]
pub struct Imported {
    pub record: ResultRecord,
    pub dropped: usize,
}

// ---- writing ----

#[derive(Serialize)]
struct ProfileOut<'a> {
    profession: &'a Option<String>,
    leads: bool,
    foundation: bool,
}

#[derive(Serialize)]
#[serde(untagged)]
enum AnswerOut {
    Level(u8),
    NotApplicable(&'static str),
}

#[derive(Serialize)]
struct ScoreOut<'a> {
    layer: &'a str,
    area: &'a str,
    score: Option<f64>,
    target: Option<u8>,
    gap: Option<f64>,
    answered: usize,
    statements: usize,
}

#[derive(Serialize)]
struct AreaPlanOut<'a> {
    chosen: bool,
    note: &'a str,
    resources: StatusesOut<'a>,
}

/// Resource statuses written straight from the plan's map. (Collecting into a new `BTreeMap` would sort
/// again, and bring a stable sort, kilobytes of wasm, for nothing: the map is already in order.)
struct StatusesOut<'a>(&'a BTreeMap<String, ResourceStatus>);

impl Serialize for StatusesOut<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.0.iter().map(|(r, s)| (r, s.key())))
    }
}

/// Answers written straight from the assessment's map, for the same reason.
pub(crate) struct AnswersOut<'a>(pub &'a Answers);

impl Serialize for AnswersOut<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.0.iter().map(|(id, answer)| {
            let out = match answer {
                Answer::Level(level) => AnswerOut::Level(*level),
                Answer::NotApplicable => AnswerOut::NotApplicable("na"),
            };
            (id, out)
        }))
    }
}

/// A learning plan as written in result files and in the saved assessment.
pub(crate) struct LearningOut<'a>(pub &'a LearningPlan);

impl Serialize for LearningOut<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.0.iter().map(|(area, p)| {
            (area.as_str(), AreaPlanOut { chosen: p.chosen, note: &p.note, resources: StatusesOut(&p.resources) })
        }))
    }
}

#[derive(Serialize)]
struct FileOut<'a> {
    format: &'static str,
    version: u64,
    bank_version: &'a str,
    completed: String,
    language: &'a str,
    profile: ProfileOut<'a>,
    answers: AnswersOut<'a>,
    scores: Vec<ScoreOut<'a>>,
    learning_plan: LearningOut<'a>,
}

/// The gap as written in files: target minus the score as shown, to one decimal; none without both.
fn file_gap(s: &AreaScore) -> Option<f64> {
    Some(round1(shown_gap(s.score?, s.target?)))
}

/// The result as a JSON file, complete: answers, scores, role, bank version, date, format version and the
/// learning plan. `language` is the interface language it was saved in, for the reader's information.
pub fn to_json(bank: &Bank, record: &ResultRecord, language: &str) -> String {
    let scores = record.scores(bank);
    let file = FileOut {
        format: FORMAT,
        version: VERSION,
        bank_version: &record.bank_version,
        completed: iso_from_ms(record.completed_ms),
        language,
        profile: ProfileOut {
            profession: &record.profile.profession,
            leads: record.profile.leads,
            foundation: record.profile.foundation,
        },
        answers: AnswersOut(&record.answers),
        scores: scores
            .iter()
            .map(|s| ScoreOut {
                layer: &bank.layers[s.at.layer].id,
                area: &bank.area(s.at).id,
                score: s.score.map(round1),
                target: s.target,
                gap: file_gap(s),
                answered: s.answered(),
                statements: s.statements,
            })
            .collect(),
        learning_plan: LearningOut(&record.learning),
    };
    // Plain structs, strings and finite numbers: serialising cannot fail.
    serde_json::to_string(&file).unwrap_or_default()
}

// ---- reading ----

#[derive(Deserialize)]
struct Head {
    format: Option<String>,
    version: Option<u64>,
}

#[derive(Deserialize)]
struct ProfileIn {
    #[serde(deserialize_with = "Option::deserialize")]
    profession: Option<String>,
    leads: bool,
    foundation: bool,
}

#[derive(Deserialize)]
struct ScoreIn {
    area: String,
    #[serde(deserialize_with = "Option::deserialize")]
    score: Option<f64>,
    #[serde(default)]
    target: Option<u8>,
    #[serde(default)]
    gap: Option<f64>,
}

#[derive(Deserialize)]
pub(crate) struct AreaPlanIn {
    #[serde(default)]
    chosen: bool,
    #[serde(default)]
    note: String,
    #[serde(default)]
    resources: BTreeMap<String, String>,
}

#[derive(Deserialize)]
struct FileIn<'a> {
    bank_version: String,
    completed: String,
    profile: ProfileIn,
    #[serde(borrow)]
    answers: BTreeMap<String, &'a RawValue>,
    #[serde(default)]
    scores: Option<Vec<ScoreIn>>,
    #[serde(default)]
    learning_plan: BTreeMap<String, AreaPlanIn>,
}

/// A bank version as the bank writes it: short, and only letters, digits, `.` and `-`.
pub fn is_bank_version(text: &str) -> bool {
    !text.is_empty() && text.len() <= 32 && text.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-')
}

fn answer_from_json(raw: &RawValue) -> Option<Answer> {
    match raw.get() {
        "\"na\"" => Some(Answer::NotApplicable),
        number => number.parse::<u8>().ok().filter(|l| (1..=5).contains(l)).map(Answer::Level),
    }
}

/// Reads a result file. Answers to statements this bank does not have are dropped and counted; anything
/// else that is not as written by [`to_json`] is refused with the reason.
pub fn from_json(bank: &Bank, bytes: &[u8]) -> Result<Imported, ReadProblem> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(ReadProblem::TooLarge);
    }
    let text = std::str::from_utf8(bytes).map_err(|_| ReadProblem::NotText)?;
    let head: Head = match serde_json::from_str::<Head>(text) {
        Ok(head) => head,
        // Valid JSON that is not an object with these fields (an array, a number) is not a result.
        Err(e) if e.is_data() => return Err(ReadProblem::NotAResult),
        Err(_) => return Err(ReadProblem::NotJson),
    };
    if head.format.as_deref() != Some(FORMAT) {
        return Err(ReadProblem::NotAResult);
    }
    match head.version {
        Some(v) if v > VERSION => return Err(ReadProblem::FutureVersion(v)),
        Some(VERSION) => {}
        _ => return Err(ReadProblem::Invalid("version".into())),
    }
    let file: FileIn = serde_json::from_str(text).map_err(|e| ReadProblem::Malformed(e.to_string()))?;
    let invalid = |field: &str| ReadProblem::Invalid(field.to_string());

    if !is_bank_version(&file.bank_version) {
        return Err(invalid("bank_version"));
    }
    let completed_ms = ms_from_iso(&file.completed).ok_or_else(|| invalid("completed"))?;
    if let Some(id) = &file.profile.profession {
        if bank.profession(id).is_none() {
            return Err(invalid("profile.profession"));
        }
    }
    let profile =
        Profile { profession: file.profile.profession, leads: file.profile.leads, foundation: file.profile.foundation };

    let mut answers = Answers::new();
    let mut dropped = 0;
    for (id, raw) in file.answers {
        let answer = answer_from_json(raw).ok_or_else(|| invalid(&format!("answers.{id}")))?;
        if bank.find_statement(&id).is_some() {
            answers.insert(id, answer);
        } else {
            dropped += 1;
        }
    }

    let (learning, dropped_plans) = learning_from(bank, file.learning_plan)?;
    dropped += dropped_plans;

    let record = ResultRecord { bank_version: file.bank_version, completed_ms, profile, answers, learning };
    // Scores are recomputed from the answers, never taken from the file. With the same bank they must agree,
    // so an edited or damaged file is noticed rather than shown with numbers its answers do not give.
    if let Some(written) = file.scores.filter(|_| record.bank_version == bank.version) {
        let computed = record.scores(bank);
        let agree = written.len() == computed.len()
            && written.iter().zip(&computed).all(|(w, c)| {
                w.area == bank.area(c.at).id
                    && w.score.map(round1) == c.score.map(round1)
                    && w.target == c.target
                    && w.gap.map(round1) == file_gap(c)
            });
        if !agree {
            return Err(ReadProblem::Tampered);
        }
    }
    Ok(Imported { record, dropped })
}

/// A learning plan as read: entries for areas or resources this bank does not have are dropped and counted;
/// a note too long or an unknown status is refused, naming the field.
pub(crate) fn learning_from(
    bank: &Bank,
    entries: BTreeMap<String, AreaPlanIn>,
) -> Result<(LearningPlan, usize), ReadProblem> {
    let invalid = |field: String| ReadProblem::Invalid(field);
    let mut learning = LearningPlan::new();
    let mut dropped = 0;
    for (area, plan) in entries {
        if !bank.layers.iter().flat_map(|l| &l.areas).any(|a| a.id == area) {
            dropped += 1;
            continue;
        }
        if plan.note.chars().count() > NOTE_MAX_CHARS {
            return Err(invalid(format!("learning_plan.{area}.note")));
        }
        let mut resources = BTreeMap::new();
        for (resource, status) in plan.resources {
            let status = ResourceStatus::from_key(&status)
                .ok_or_else(|| invalid(format!("learning_plan.{area}.resources.{resource}")))?;
            if bank.resources.iter().any(|r| r.id == resource) {
                resources.insert(resource, status);
            } else {
                dropped += 1;
            }
        }
        let area_plan = AreaPlan { chosen: plan.chosen, note: clip_note(&plan.note), resources };
        if !area_plan.is_empty() {
            learning.insert(area, area_plan);
        }
    }
    Ok((learning, dropped))
}

// ---- CSV ----

/// One CSV field: quoted when it holds a comma, quote, line break or surrounding space; a text that a
/// spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab) is prefixed with `'`.
pub fn csv_field(value: &str) -> String {
    let value = match value.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{value}"),
        _ => value.to_string(),
    };
    let needs_quotes = value.contains([',', '"', '\n', '\r']) || value.starts_with(' ') || value.ends_with(' ');
    if needs_quotes {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value
    }
}

/// The result as CSV, one row per assessed area: layer and area (id and name in the catalog's language),
/// score, target and gap with one decimal and a `.`, empty where there is none. Lines end with CRLF
/// (RFC 4180).
pub fn to_csv(bank: &Bank, text: &Catalog, record: &ResultRecord) -> String {
    let mut out = String::from("layer_id,layer,area_id,area,score,target,gap\r\n");
    for s in record.scores(bank) {
        let layer = &bank.layers[s.at.layer].id;
        let area = &bank.area(s.at).id;
        let level = |v: Option<f64>| v.map(format_level).unwrap_or_default();
        let row = [
            csv_field(layer),
            csv_field(text.layer_name(layer)),
            csv_field(area),
            csv_field(text.area_name(area)),
            level(s.score),
            level(s.target.map(f64::from)),
            level(file_gap(&s)),
        ];
        out.push_str(&row.join(","));
        out.push_str("\r\n");
    }
    out
}
