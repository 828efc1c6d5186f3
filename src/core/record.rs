//! A result as a person keeps it: the answers that make it, who it is for, when it was completed, and the
//! learning plan. Written as a JSON file that HR tools can read (format in `docs/FORMATS.md`) and as CSV,
//! and read back with a clear reason when a file cannot be used. Reading never panics.

use super::answers::{Answer, Answers};
use super::bank::Bank;
use super::date::{iso_from_ms, ms_from_iso};
use super::json::{self, Value};
use super::learning::{clip_note, AreaPlan, LearningPlan, ResourceStatus, NOTE_MAX_CHARS};
use super::map::Map;
use super::plan::Profile;
use super::scoring::{format_level, score_areas, tenths, AreaScore};
use super::text::Catalog;

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
    /// A file larger than any result.
    TooLarge,
    /// A link longer than any share code.
    LinkTooLong,
    /// Not UTF-8 text.
    NotText,
    /// Not JSON at all (a truncated file is usually this).
    NotJson,
    /// JSON, but not a Skills Radar result.
    NotAResult,
    /// Made by a newer version of the app.
    FutureVersion(u64),
    /// A required field is missing; names it.
    Missing(String),
    /// A field holds a value of a type the app never writes there (text for a number…); names it.
    Malformed(String),
    /// A key is given twice in one object, so readers would disagree on which counts; names it.
    Repeated(String),
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

impl ReadProblem {
    /// A one-word code with its detail (`invalid answers.x`), as the tools module reports a problem.
    pub fn code(&self) -> String {
        match self {
            ReadProblem::TooLarge => "too-large".into(),
            ReadProblem::LinkTooLong => "link-too-long".into(),
            ReadProblem::Missing(field) => format!("missing {field}"),
            ReadProblem::Repeated(field) => format!("repeated {field}"),
            ReadProblem::NotText => "not-text".into(),
            ReadProblem::NotJson => "not-json".into(),
            ReadProblem::NotAResult => "not-a-result".into(),
            ReadProblem::FutureVersion(v) => format!("future-version {v}"),
            ReadProblem::Malformed(field) => format!("malformed {field}"),
            ReadProblem::Invalid(field) => format!("invalid {field}"),
            ReadProblem::Tampered => "tampered".into(),
            ReadProblem::Checksum => "checksum".into(),
            ReadProblem::Truncated => "truncated".into(),
            ReadProblem::OtherBank(version) => format!("other-bank {version}"),
        }
    }

    pub fn from_code(code: &str) -> Option<ReadProblem> {
        let (word, detail) = code.split_once(' ').unwrap_or((code, ""));
        Some(match word {
            "too-large" => ReadProblem::TooLarge,
            "link-too-long" => ReadProblem::LinkTooLong,
            "missing" => ReadProblem::Missing(detail.into()),
            "repeated" => ReadProblem::Repeated(detail.into()),
            "not-text" => ReadProblem::NotText,
            "not-json" => ReadProblem::NotJson,
            "not-a-result" => ReadProblem::NotAResult,
            "future-version" => ReadProblem::FutureVersion(detail.parse().ok()?),
            "malformed" => ReadProblem::Malformed(detail.into()),
            "invalid" => ReadProblem::Invalid(detail.into()),
            "tampered" => ReadProblem::Tampered,
            "checksum" => ReadProblem::Checksum,
            "truncated" => ReadProblem::Truncated,
            "other-bank" => ReadProblem::OtherBank(detail.into()),
            _ => return None,
        })
    }
}

/// What part of a result a problem is about, in words a person can read (the file's field paths are for
/// tools, not people).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Version,
    BankVersion,
    Date,
    Profile,
    Profession,
    Answers,
    Answer,
    Scores,
    Plan,
    Other,
}

/// The part a field path (`answers.user.potential.redesign`, `learning_plan.x.note`) or a repeated key is
/// about.
pub fn part_of(bank: &Bank, field: &str) -> Part {
    let head = field.split('.').next().unwrap_or_default();
    match (head, field) {
        (_, "version") => Part::Version,
        (_, "bank_version") => Part::BankVersion,
        (_, "completed") => Part::Date,
        (_, "profile.profession") | (_, "profession") => Part::Profession,
        ("profile", _) | (_, "leads") | (_, "foundation") => Part::Profile,
        (_, "answers") => Part::Answers,
        ("answers", _) | ("statements", _) | ("padding", _) | ("length", _) => Part::Answer,
        ("scores", _) => Part::Scores,
        ("learning_plan", _) => Part::Plan,
        // A repeated key is named alone: a statement's id is an answer.
        _ if bank.find_statement(field).is_some() => Part::Answer,
        _ => Part::Other,
    }
}

/// A result read from a file, and how many answers were dropped because their statements are not in this
/// bank (a file from another bank version).
#[derive(Debug, Clone, PartialEq)]
pub struct Imported {
    pub record: ResultRecord,
    pub dropped: usize,
}

// ---- writing ----

pub(crate) fn profile_value(profile: &Profile) -> Value {
    Value::object([
        ("profession", profile.profession.as_ref().map_or(Value::Null, Value::string)),
        ("leads", Value::Bool(profile.leads)),
        ("foundation", Value::Bool(profile.foundation)),
    ])
}

/// Answers as written in result files and in the saved assessment: statement id to a level, `"na"` or
/// `"no-occasion"`.
pub(crate) fn answers_value(answers: &Answers) -> Value {
    Value::object(answers.iter().map(|(id, answer)| {
        let value = match answer {
            Answer::Level(level) => Value::number(u64::from(*level)),
            Answer::NotApplicable => Value::string("na"),
            Answer::NoOccasion => Value::string("no-occasion"),
        };
        (id.as_str(), value)
    }))
}

/// A learning plan as written in result files and in the saved assessment.
pub(crate) fn learning_value(plan: &LearningPlan) -> Value {
    Value::object(plan.iter().map(|(area, p)| {
        let resources = Value::object(p.resources.iter().map(|(r, s)| (r.as_str(), Value::string(s.key()))));
        let entry = Value::object([
            ("chosen", Value::Bool(p.chosen)),
            ("note", Value::string(&p.note)),
            ("resources", resources),
        ]);
        (area.as_str(), entry)
    }))
}

/// The gap as written in files, in tenths: target minus the score as shown; none without both.
fn file_gap(s: &AreaScore) -> Option<i64> {
    Some(i64::from(s.target?) * 10 - tenths(s.score?))
}

fn or_null<T>(value: Option<T>, to: impl Fn(T) -> Value) -> Value {
    value.map_or(Value::Null, to)
}

/// The result as a JSON value, complete: answers, scores, role, bank version, date, format version and the
/// learning plan. `language` is the interface language it was saved in, for the reader's information.
pub(crate) fn file_value(bank: &Bank, record: &ResultRecord, language: &str) -> Value {
    let scores = record.scores(bank);
    let scores = scores.iter().map(|s| {
        Value::object([
            ("layer", Value::string(&bank.layers[s.at.layer].id)),
            ("area", Value::string(&bank.area(s.at).id)),
            ("score", or_null(s.score, |v| Value::tenths(tenths(v)))),
            ("target", or_null(s.target, |t| Value::number(u64::from(t)))),
            ("gap", or_null(file_gap(s), Value::tenths)),
            ("answered", Value::number(s.answered() as u64)),
            ("statements", Value::number(s.statements as u64)),
        ])
    });
    Value::object([
        ("format", Value::string(FORMAT)),
        ("version", Value::number(VERSION)),
        ("bank_version", Value::string(&record.bank_version)),
        ("completed", Value::string(iso_from_ms(record.completed_ms))),
        ("language", Value::string(language)),
        ("profile", profile_value(&record.profile)),
        ("answers", answers_value(&record.answers)),
        ("scores", Value::Array(scores.collect())),
        ("learning_plan", learning_value(&record.learning)),
    ])
}

/// The result as a JSON file (see [`file_value`]), on one line.
pub fn to_json(bank: &Bank, record: &ResultRecord, language: &str) -> String {
    file_value(bank, record, language).write()
}

// ---- reading ----

/// A bank version as the bank writes it: short, and only letters, digits, `.` and `-`.
pub fn is_bank_version(text: &str) -> bool {
    !text.is_empty() && text.len() <= 32 && text.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-')
}

/// An answer as written: a level from 1 to 5, `"na"` or `"no-occasion"`.
pub(crate) fn answer_from_value(value: &Value) -> Option<Answer> {
    match value {
        Value::String(s) if s == "na" => Some(Answer::NotApplicable),
        Value::String(s) if s == "no-occasion" => Some(Answer::NoOccasion),
        _ => value.as_u64().filter(|l| (1..=5).contains(l)).map(|l| Answer::Level(l as u8)),
    }
}

/// A profile as written: `profession` must be there (a profession id, or null for "none of these").
pub(crate) fn profile_from(value: &Value) -> Option<Profile> {
    let profession = match value.get("profession")? {
        Value::Null => None,
        Value::String(id) => Some(id.clone()),
        _ => return None,
    };
    Some(Profile { profession, leads: value.get("leads")?.as_bool()?, foundation: value.get("foundation")?.as_bool()? })
}

/// The earliest completion a result can have: the first question bank's month.
pub const EARLIEST_COMPLETION: &str = "2026-11-01T00:00:00Z";
/// How far ahead of the reader's clock a completion may be, for clocks that are a little off.
const CLOCK_SKEW_MS: u64 = 24 * 3600 * 1000;

/// Whether a completion time can be real: not before the first bank, not after the reader's `now`.
pub fn is_possible_completion(completed_ms: u64, now_ms: u64) -> bool {
    let earliest = ms_from_iso(EARLIEST_COMPLETION).unwrap_or_default();
    completed_ms >= earliest && completed_ms <= now_ms.saturating_add(CLOCK_SKEW_MS)
}

/// Reads a result file. Answers to statements this bank does not have are dropped and counted; anything
/// else that is not as written by [`to_json`] is refused with the reason. `now_ms` is the reader's clock,
/// against which a completion date in the future is refused.
pub fn from_json(bank: &Bank, bytes: &[u8], now_ms: u64) -> Result<Imported, ReadProblem> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(ReadProblem::TooLarge);
    }
    // Notepad and many exports start UTF-8 with a byte-order mark; so does the app's own CSV.
    let bytes = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|_| ReadProblem::NotText)?;
    let value = json::parse(text).map_err(|e| match e.problem {
        json::Problem::DuplicateKey(key) => ReadProblem::Repeated(key),
        _ => ReadProblem::NotJson,
    })?;
    from_value(bank, &value, now_ms)
}

/// Whether a JSON number, in any form (`2`, `1.5`, `1e308`), is above 1: a version this app has not
/// reached. Worked on the digits, so no float parser is needed.
fn above_one(number: &str) -> bool {
    if number.starts_with('-') {
        return false;
    }
    let (mantissa, exponent) = match number.split_once(['e', 'E']) {
        Some((m, e)) => (m, e.parse::<i64>().unwrap_or(if e.starts_with('-') { i64::MIN / 2 } else { i64::MAX / 2 })),
        None => (number, 0),
    };
    let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let digits: String = whole.chars().chain(fraction.chars()).collect();
    let Some(first) = digits.find(|c| c != '0') else { return false };
    // The position of the first significant digit, in powers of ten: 0 for 1.x, 1 for 1x.x, -1 for 0.x.
    let power = whole.len() as i64 - 1 - first as i64 + exponent;
    let rest_nonzero = super::json::part(&digits, first + 1..).chars().any(|c| c != '0');
    power > 0 || (power == 0 && (super::json::part(&digits, first..=first) != "1" || rest_nonzero))
}

/// Reads a result from its JSON value: a file's, or one entry of the history.
pub fn from_value(bank: &Bank, file: &Value, now_ms: u64) -> Result<Imported, ReadProblem> {
    // Valid JSON that is not an object with these fields (an array, a number) is not a result.
    if file.members().is_none() || file.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(ReadProblem::NotAResult);
    }
    match file.get("version") {
        None => return Err(ReadProblem::Missing("version".into())),
        Some(v) => match (v.as_u64(), v) {
            (Some(VERSION), _) => {}
            (Some(n), _) if n > VERSION => return Err(ReadProblem::FutureVersion(n)),
            // A number beyond what u64 holds, or a decimal above 1: still a version from the future.
            (None, Value::Number(n)) if above_one(n) => return Err(ReadProblem::FutureVersion(u64::MAX)),
            (_, Value::Number(_)) => return Err(ReadProblem::Invalid("version".into())),
            _ => return Err(ReadProblem::Malformed("version".into())),
        },
    }
    let malformed = |field: &str| ReadProblem::Malformed(field.to_string());
    let invalid = |field: &str| ReadProblem::Invalid(field.to_string());
    // A required field: absent is "missing", present with another type is "malformed".
    let required = |key: &str| file.get(key).filter(|v| !v.is_null()).ok_or_else(|| ReadProblem::Missing(key.into()));
    let text_field = |key: &str| required(key)?.as_str().ok_or_else(|| malformed(key));

    let bank_version = text_field("bank_version")?;
    if !is_bank_version(bank_version) {
        return Err(invalid("bank_version"));
    }
    let completed_ms = ms_from_iso(text_field("completed")?).ok_or_else(|| invalid("completed"))?;
    if !is_possible_completion(completed_ms, now_ms) {
        return Err(invalid("completed"));
    }
    let profile = profile_from(required("profile")?).ok_or_else(|| malformed("profile"))?;
    if let Some(id) = &profile.profession {
        if bank.profession(id).is_none() {
            return Err(invalid("profile.profession"));
        }
    }

    let mut answers = Answers::new();
    let mut dropped = 0;
    for (id, value) in required("answers")?.members().ok_or_else(|| malformed("answers"))? {
        let answer = answer_from_value(value).ok_or_else(|| invalid(&format!("answers.{id}")))?;
        if bank.find_statement(id).is_some() {
            answers.insert(id.clone(), answer);
        } else {
            dropped += 1;
        }
    }

    let (learning, dropped_plans) = match file.get("learning_plan").filter(|v| !v.is_null()) {
        Some(plan) => learning_from(bank, plan)?,
        None => Default::default(),
    };
    dropped += dropped_plans;

    let record = ResultRecord { bank_version: bank_version.to_string(), completed_ms, profile, answers, learning };
    // Scores are recomputed from the answers, never taken from the file. With the same bank they must agree,
    // so an edited or damaged file is noticed rather than shown with numbers its answers do not give.
    // Targets and gaps are always the reader's own.
    // Scores are required: without them an edited file could not be told from a real one.
    let written = required("scores")?.items().ok_or_else(|| malformed("scores"))?;
    if record.bank_version == bank.version {
        let computed = record.scores(bank);
        let mut agree = written.len() == computed.len();
        for (w, c) in written.iter().zip(&computed) {
            let area = w.get("area").and_then(Value::as_str).ok_or_else(|| malformed("scores.area"))?;
            let number = |key: &str| match w.get(key) {
                None | Some(Value::Null) => Ok(None),
                Some(v) => v.as_tenths().map(Some).ok_or_else(|| malformed(&format!("scores.{key}"))),
            };
            if w.get("score").is_none() {
                return Err(malformed("scores.score"));
            }
            // Targets and gaps are the reader's: they follow its organisation's configuration and its rules
            // for role targets, which may differ from the writer's. The file's are checked for their form.
            number("target")?;
            number("gap")?;
            agree &= area == bank.area(c.at).id && number("score")? == c.score.map(tenths);
        }
        if !agree {
            return Err(ReadProblem::Tampered);
        }
    }
    Ok(Imported { record, dropped })
}

/// A learning plan as read: entries for areas or resources this bank does not have are dropped and counted;
/// a note too long or an unknown status is refused, naming the field.
pub(crate) fn learning_from(bank: &Bank, value: &Value) -> Result<(LearningPlan, usize), ReadProblem> {
    let malformed = |field: String| ReadProblem::Malformed(field);
    let invalid = |field: String| ReadProblem::Invalid(field);
    let mut learning = LearningPlan::new();
    let mut dropped = 0;
    for (area, plan) in value.members().ok_or_else(|| malformed("learning_plan".into()))? {
        let field = |name: &str| format!("learning_plan.{area}.{name}");
        if plan.members().is_none() {
            return Err(malformed(format!("learning_plan.{area}")));
        }
        let chosen = match plan.get("chosen") {
            None => false,
            Some(v) => v.as_bool().ok_or_else(|| malformed(field("chosen")))?,
        };
        let note = match plan.get("note") {
            None => "",
            Some(v) => v.as_str().ok_or_else(|| malformed(field("note")))?,
        };
        let statuses = match plan.get("resources") {
            None => &[][..],
            Some(v) => v.members().ok_or_else(|| malformed(field("resources")))?,
        };
        if !bank.layers.iter().flat_map(|l| &l.areas).any(|a| &a.id == area) {
            dropped += 1;
            continue;
        }
        if note.chars().count() > NOTE_MAX_CHARS {
            return Err(invalid(field("note")));
        }
        let mut resources = Map::new();
        for (resource, status) in statuses {
            let status = status
                .as_str()
                .and_then(ResourceStatus::from_key)
                .ok_or_else(|| invalid(field(&format!("resources.{resource}"))))?;
            if bank.resources.iter().any(|r| &r.id == resource) {
                resources.insert(resource.clone(), status);
            } else {
                dropped += 1;
            }
        }
        let area_plan = AreaPlan { chosen, note: clip_note(note), resources };
        if !area_plan.is_empty() {
            learning.insert(area.clone(), area_plan);
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
            level(file_gap(&s).map(|t| t as f64 / 10.0)),
        ];
        out.push_str(&row.join(","));
        out.push_str("\r\n");
    }
    out
}
