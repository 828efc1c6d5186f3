//! A workshop: the results a trainer collects from a room (pasted links, result files, scanned QR codes),
//! each counted once, and kept in the trainer's browser. The group's picture made from them is `core::group`.
//! Nothing here knows a browser; the trainer view (`app::workshop`) renders it.
//!
//! A workshop keeps its participants as share codes (the `#result=` code, re-encoded, so the same result
//! reached by a link, a file and a scan is one code) in the trainer's browser under its name
//! (`skills-radar.workshops`, format in `docs/FORMATS.md`).

use super::bank::Bank;
use super::date::{iso_from_ms, ms_from_iso};
use super::json::{self, Value};
use super::record::{self, ReadProblem, ResultRecord};
use super::share;

/// The storage key of the workshops kept in the trainer's browser.
pub const KEY: &str = "skills-radar.workshops";
/// The `format` field of what is stored under [`KEY`].
pub const FORMAT: &str = "skills-radar-workshops";
pub const VERSION: u64 = 1;
/// The smallest group whose picture is ever shown: below three, the median and the quartiles name people.
pub const MIN_GROUP_FLOOR: usize = 3;
pub const DEFAULT_MIN_GROUP: usize = 5;
/// The largest minimum a trainer can set: a room of 10 to 40, and some room to spare.
pub const MIN_GROUP_CEILING: usize = 100;
pub const NAME_MAX_CHARS: usize = 80;
/// What the address of a result carries before its code.
const RESULT_MARK: &str = "#result=";

/// A workshop as kept: its name (its identity), the minimum group size, when it was created, and one share
/// code per participant.
#[derive(Debug, Clone, PartialEq)]
pub struct Workshop {
    pub name: String,
    pub min_group: usize,
    pub created_ms: u64,
    pub codes: Vec<String>,
}

/// The minimum group size a trainer asked for, kept within [`MIN_GROUP_FLOOR`] and [`MIN_GROUP_CEILING`].
pub fn min_group(asked: usize) -> usize {
    asked.clamp(MIN_GROUP_FLOOR, MIN_GROUP_CEILING)
}

/// A name as typed, trimmed and cut to [`NAME_MAX_CHARS`]; `None` when nothing is left.
pub fn clean_name(typed: &str) -> Option<String> {
    let name: String = typed.split_whitespace().collect::<Vec<_>>().join(" ").chars().take(NAME_MAX_CHARS).collect();
    (!name.is_empty()).then_some(name)
}

/// Where something handed in came from, as the feedback list names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// A pasted link: its first characters, enough to recognise it.
    Link(String),
    /// A file, by its name.
    File(String),
    /// A QR code read by the camera.
    Scan,
}

/// Why something handed in is not counted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// This result is already counted.
    Duplicate,
    /// The text pasted holds no result link at all.
    NoLink,
    /// It cannot be read, or is not a result of this question bank (`ReadProblem::OtherBank`).
    Problem(ReadProblem),
}

/// Something handed in and not counted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refused {
    pub source: Source,
    pub why: Refusal,
}

/// What the trainer hands in at once.
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    /// Text that may hold any number of result links: a chat, an email, a document.
    Text(String),
    File {
        name: String,
        bytes: Vec<u8>,
    },
    /// The text of a QR code.
    Scan(String),
}

/// The codes of every `#result=` link in `text`, in order: the characters of base64url after each mark.
pub fn result_codes_in(text: &str) -> Vec<&str> {
    let mut codes = Vec::new();
    let mut rest = text;
    while let Some(at) = rest.find(RESULT_MARK) {
        let after = &rest[at + RESULT_MARK.len()..];
        let end = after.find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_')).unwrap_or(after.len());
        codes.push(&after[..end]);
        rest = &after[end..];
    }
    codes
}

/// What a link is called in the feedback list: its code's first characters.
fn link_label(code: &str) -> String {
    let shown: String = code.chars().take(12).collect();
    if shown.len() < code.len() {
        format!("{RESULT_MARK}{shown}…")
    } else {
        format!("{RESULT_MARK}{shown}")
    }
}

/// Any reading time: a kept code is read without a clock (it was checked when it arrived).
const ANY_TIME: u64 = u64::MAX / 2;

impl Workshop {
    pub fn new(name: String, min: usize, created_ms: u64) -> Workshop {
        Workshop { name, min_group: min_group(min), created_ms, codes: Vec::new() }
    }

    /// Counts a result once: its code as this bank writes it, unless it is here already.
    fn count(&mut self, bank: &Bank, record: &ResultRecord) -> Result<(), Refusal> {
        if record.bank_version != bank.version {
            return Err(Refusal::Problem(ReadProblem::OtherBank(record.bank_version.clone())));
        }
        let code = share::encode(bank, record);
        if self.codes.contains(&code) {
            return Err(Refusal::Duplicate);
        }
        self.codes.push(code);
        Ok(())
    }

    fn take_code(&mut self, bank: &Bank, code: &str, now_ms: u64) -> Result<(), Refusal> {
        let record = share::decode(bank, code, now_ms).map_err(Refusal::Problem)?;
        self.count(bank, &record)
    }

    /// Takes every result in `items`: the number counted, and what was not with its reason. `bank` is the
    /// bank as built, without earlier versions: a group mixes no two banks. `now_ms` is the reader's clock.
    pub fn take(&mut self, bank: &Bank, items: &[Item], now_ms: u64) -> (usize, Vec<Refused>) {
        let before = self.codes.len();
        let mut refused = Vec::new();
        for item in items {
            match item {
                Item::Text(text) => {
                    let codes = result_codes_in(text);
                    if codes.is_empty() && !text.trim().is_empty() {
                        refused.push(Refused { source: Source::Link(String::new()), why: Refusal::NoLink });
                    }
                    for code in codes {
                        if let Err(why) = self.take_code(bank, code, now_ms) {
                            refused.push(Refused { source: Source::Link(link_label(code)), why });
                        }
                    }
                }
                Item::Scan(text) => {
                    let outcome = match result_codes_in(text).first() {
                        Some(code) => self.take_code(bank, code, now_ms),
                        None => Err(Refusal::Problem(ReadProblem::NotAResult)),
                    };
                    if let Err(why) = outcome {
                        refused.push(Refused { source: Source::Scan, why });
                    }
                }
                Item::File { name, bytes } => {
                    let outcome = record::from_json(bank, bytes, now_ms)
                        .map_err(Refusal::Problem)
                        .and_then(|imported| self.count(bank, &imported.record));
                    if let Err(why) = outcome {
                        refused.push(Refused { source: Source::File(name.clone()), why });
                    }
                }
            }
        }
        (self.codes.len() - before, refused)
    }

    /// The participants' results.
    pub fn records(&self, bank: &Bank) -> Vec<ResultRecord> {
        self.codes.iter().filter_map(|code| share::decode(bank, code, ANY_TIME).ok()).collect()
    }
}

// ---- kept in the trainer's browser ----

/// The workshops as read from storage.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Stored {
    /// Oldest first.
    pub workshops: Vec<Workshop>,
    /// Entries this version cannot read: written back untouched.
    pub kept: Vec<Value>,
}

impl Stored {
    pub fn find(&self, name: &str) -> Option<&Workshop> {
        self.workshops.iter().find(|w| w.name == name)
    }

    pub fn find_mut(&mut self, name: &str) -> Option<&mut Workshop> {
        self.workshops.iter_mut().find(|w| w.name == name)
    }

    /// Removes the workshop of this name and every participant's code in it.
    pub fn delete(&mut self, name: &str) {
        self.workshops.retain(|w| w.name != name);
    }
}

fn workshop_value(w: &Workshop) -> Value {
    Value::object([
        ("name", Value::string(w.name.clone())),
        ("min_group", Value::number(w.min_group as u64)),
        ("created", Value::string(iso_from_ms(w.created_ms))),
        ("codes", Value::Array(w.codes.iter().map(|c| Value::string(c.clone())).collect())),
    ])
}

fn workshop_from(value: &Value) -> Option<Workshop> {
    let name = clean_name(value.get("name")?.as_str()?)?;
    let min = value.get("min_group")?.as_u64()?;
    let created_ms = ms_from_iso(value.get("created")?.as_str()?)?;
    let codes =
        value.get("codes")?.items()?.iter().map(|c| c.as_str().map(str::to_string)).collect::<Option<Vec<_>>>()?;
    Some(Workshop { name, min_group: min_group(min as usize), created_ms, codes })
}

pub fn encode(stored: &Stored) -> String {
    let mut entries: Vec<Value> = stored.workshops.iter().map(workshop_value).collect();
    entries.extend(stored.kept.iter().cloned());
    Value::object([
        ("format", Value::string(FORMAT)),
        ("version", Value::number(VERSION)),
        ("workshops", Value::Array(entries)),
    ])
    .write()
}

/// Reads what is stored under [`KEY`]: every workshop it can read; the rest kept as it was. `None` when the
/// text is not this format at all (the caller keeps it aside rather than overwrite it).
pub fn decode(raw: &str) -> Option<Stored> {
    let value = json::parse(raw).ok()?;
    if value.get("format")?.as_str()? != FORMAT || value.get("version")?.as_u64()? != VERSION {
        return None;
    }
    let mut stored = Stored::default();
    for entry in value.get("workshops")?.items()? {
        match workshop_from(entry) {
            Some(w) if stored.find(&w.name).is_none() => stored.workshops.push(w),
            _ => stored.kept.push(entry.clone()),
        }
    }
    Some(stored)
}

// ---- the trainer view's state ----

/// Why a workshop cannot be created under the name typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameProblem {
    Empty,
    /// A kept workshop has it: reopen that one, or choose another name.
    Taken,
}

/// What the trainer does.
#[derive(Debug, Clone, PartialEq)]
pub enum TrainerAction {
    Create {
        name: String,
        min_group: usize,
        now_ms: u64,
    },
    Open(String),
    Close,
    /// Deletes a kept workshop and every participant's code in it; closes it when it is open.
    Delete(String),
    SetMinimum(usize),
    /// Results handed in to the open workshop; `now_ms` is the reader's clock.
    Take(Vec<Item>, u64),
    /// Compares the open workshop with another kept one (the earlier, "before"), or stops comparing.
    CompareWith(Option<String>),
}

/// The trainer view's state: the kept workshops, the one open, and what the last hand-in found.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Trainer {
    pub stored: Stored,
    pub open: Option<String>,
    /// How many the last hand-in counted, and what it did not with the reason; cleared on opening another.
    pub last: Option<(usize, Vec<Refused>)>,
    pub compare_with: Option<String>,
    pub problem: Option<NameProblem>,
}

impl Trainer {
    pub fn new(stored: Stored) -> Trainer {
        Trainer { stored, ..Trainer::default() }
    }

    pub fn current(&self) -> Option<&Workshop> {
        self.stored.find(self.open.as_deref()?)
    }

    /// The workshop compared with, while it is kept.
    pub fn compared(&self) -> Option<&Workshop> {
        self.stored.find(self.compare_with.as_deref()?).filter(|w| Some(&w.name) != self.open.as_ref())
    }

    /// Applies an action; whether what is kept changed (and so must be written).
    pub fn reduce(&mut self, bank: &Bank, action: TrainerAction) -> bool {
        match action {
            TrainerAction::Create { name, min_group, now_ms } => {
                let Some(name) = clean_name(&name) else {
                    self.problem = Some(NameProblem::Empty);
                    return false;
                };
                if self.stored.find(&name).is_some() {
                    self.problem = Some(NameProblem::Taken);
                    return false;
                }
                self.stored.workshops.push(Workshop::new(name.clone(), min_group, now_ms));
                self.opened(Some(name));
                true
            }
            TrainerAction::Open(name) => {
                if self.stored.find(&name).is_some() {
                    self.opened(Some(name));
                }
                false
            }
            TrainerAction::Close => {
                self.opened(None);
                false
            }
            TrainerAction::Delete(name) => {
                let had = self.stored.find(&name).is_some();
                self.stored.delete(&name);
                if self.open.as_deref() == Some(&name) {
                    self.opened(None);
                }
                if self.compare_with.as_deref() == Some(&name) {
                    self.compare_with = None;
                }
                had
            }
            TrainerAction::SetMinimum(min) => {
                let Some(name) = self.open.clone() else { return false };
                match self.stored.find_mut(&name) {
                    Some(w) if w.min_group != min_group(min) => {
                        w.min_group = min_group(min);
                        true
                    }
                    _ => false,
                }
            }
            TrainerAction::Take(items, now_ms) => {
                let Some(name) = self.open.clone() else { return false };
                let Some(w) = self.stored.find_mut(&name) else { return false };
                let (added, refused) = w.take(bank, &items, now_ms);
                self.last = Some((added, refused));
                added > 0
            }
            TrainerAction::CompareWith(name) => {
                self.compare_with = name.filter(|n| self.stored.find(n).is_some() && Some(n) != self.open.as_ref());
                false
            }
        }
    }

    fn opened(&mut self, name: Option<String>) {
        self.open = name;
        self.last = None;
        self.compare_with = None;
        self.problem = None;
    }
}

/// What the projector shows, one at a time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    Chart,
    Table,
    Focus,
}

impl Section {
    pub const ALL: [Section; 3] = [Section::Chart, Section::Table, Section::Focus];

    /// The section a key moves to: `1`, `2` and `3` choose one; the arrow keys move to the next or previous in
    /// reading order (so, right to left, the left arrow moves on). `None` for any other key.
    pub fn after_key(self, key: &str, rtl: bool) -> Option<Section> {
        let at = Section::ALL.iter().position(|s| *s == self).unwrap_or(0);
        let step = |forward: bool| Section::ALL[if forward { (at + 1) % 3 } else { (at + 2) % 3 }];
        match key {
            "1" => Some(Section::Chart),
            "2" => Some(Section::Table),
            "3" => Some(Section::Focus),
            "ArrowRight" => Some(step(!rtl)),
            "ArrowLeft" => Some(step(rtl)),
            _ => None,
        }
    }
}
