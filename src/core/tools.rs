//! The results tools as plain functions from text to text: writing and reading result files, the chart and
//! table files, the history, share codes and QR codes. The app loads them as a module of their own (`src/bin/tools.rs`) the first
//! time results are needed, so that the first screen does not wait for them.
//!
//! Results cross between the app and the tools in the saved-assessment format (`core::saved`), which the
//! app reads and writes anyway; a problem crosses as the code of a [`ReadProblem`].

use super::bank::Bank;
use super::chart_svg::{chart_svg, data_url, ChartFor};
use super::history;
use super::qr;
use super::record::{self, ReadProblem, ResultRecord};
use super::saved;
use super::share;
use super::text::{Catalog, Ui};
use super::wizard::{Assessment, Screen};

/// A result in the saved-assessment format, as the app and the tools exchange it.
pub fn record_to_saved(bank: &Bank, record: &ResultRecord) -> String {
    let assessment = Assessment {
        profile: Some(record.profile.clone()),
        answers: record.answers.clone(),
        screen: Screen::Results,
        learning: record.learning.clone(),
        completed_ms: Some(record.completed_ms),
    };
    saved::encode(bank, &assessment)
}

/// The result a saved assessment stands for, once it has been completed.
pub fn record_of(bank: &Bank, a: &Assessment) -> Option<ResultRecord> {
    Some(ResultRecord {
        bank_version: bank.version.clone(),
        completed_ms: a.completed_ms?,
        profile: a.profile.clone()?,
        answers: a.answers.clone(),
        learning: a.learning.clone(),
    })
}

/// A result from the saved-assessment format; `None` if it is not a completed assessment.
pub fn saved_to_record(bank: &Bank, text: &str) -> Option<ResultRecord> {
    record_of(bank, &saved::decode(bank, text).ok()?.assessment)
}

/// The result file (JSON) of a completed assessment; empty when `saved` is not one.
pub fn result_file(bank: &Bank, saved: &str, language: &str) -> String {
    saved_to_record(bank, saved).map(|r| record::to_json(bank, &r, language)).unwrap_or_default()
}

/// The share code of a completed assessment; empty when `saved` is not one.
pub fn share_code(bank: &Bank, saved: &str) -> String {
    saved_to_record(bank, saved).map(|r| share::encode(bank, &r)).unwrap_or_default()
}

/// A result opened from outside: `ok <dropped> <saved>`, or `error <problem code>`.
fn opened(bank: &Bank, read: Result<(ResultRecord, usize), ReadProblem>) -> String {
    match read {
        Ok((record, dropped)) => format!("ok {dropped} {}", record_to_saved(bank, &record)),
        Err(problem) => format!("error {}", problem.code()),
    }
}

/// Reads a result file (see [`opened`] for the answer); `now_ms` is the reader's clock.
pub fn open_file(bank: &Bank, bytes: &[u8], now_ms: u64) -> String {
    opened(bank, record::from_json(bank, bytes, now_ms).map(|i| (i.record, i.dropped)))
}

/// Reads a share code (see [`opened`] for the answer); `now_ms` is the reader's clock.
pub fn open_code(bank: &Bank, code: &str, now_ms: u64) -> String {
    opened(bank, share::decode_counting(bank, code, now_ms))
}

/// The code that carries a saved assessment not yet finished, to continue in another tab or on another
/// device (`#continue=<code>`); empty before "About you" is answered.
pub fn continue_code(bank: &Bank, saved: &str) -> String {
    let Ok(loaded) = saved::decode(bank, saved) else { return String::new() };
    let a = loaded.assessment;
    a.profile.map(|profile| share::encode_unfinished(bank, &profile, &a.answers)).unwrap_or_default()
}

/// Reads a continue code: `ok 0 <saved>`, the assessment at its resume point, or `error <problem code>`
/// (the answer of [`open_file`] and [`open_code`]).
pub fn open_continued(bank: &Bank, code: &str) -> String {
    match share::decode_unfinished(bank, code) {
        Ok(record) => {
            let mut a = Assessment { profile: Some(record.profile), answers: record.answers, ..Assessment::default() };
            a.screen = a.resume_screen(bank);
            format!("ok 0 {}", saved::encode(bank, &a))
        }
        Err(problem) => format!("error {}", problem.code()),
    }
}

/// The app's side of [`open_continued`].
pub fn read_continued(bank: &Bank, answer: &str) -> Result<Assessment, ReadProblem> {
    let (_, saved) = read_ok(answer)?;
    saved::decode(bank, saved).map(|l| l.assessment).map_err(|_| broken_answer())
}

fn broken_answer() -> ReadProblem {
    ReadProblem::Malformed("tools answer".into())
}

/// An `ok <dropped> <saved>` answer's parts, or the problem of an `error <code>` answer.
fn read_ok(answer: &str) -> Result<(usize, &str), ReadProblem> {
    if let Some(code) = answer.strip_prefix("error ") {
        return Err(ReadProblem::from_code(code).unwrap_or_else(broken_answer));
    }
    let (dropped, saved) =
        answer.strip_prefix("ok ").and_then(|rest| rest.split_once(' ')).ok_or_else(broken_answer)?;
    Ok((dropped.parse().map_err(|_| broken_answer())?, saved))
}

/// What [`open_file`] and [`open_code`] answered, read back by the app.
pub fn read_opened(bank: &Bank, answer: &str) -> Result<(ResultRecord, usize), ReadProblem> {
    let (dropped, saved) = read_ok(answer)?;
    Ok((saved_to_record(bank, saved).ok_or_else(broken_answer)?, dropped))
}

/// What reading and writing the history found, told to the person beside the list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct HistoryStatus {
    /// The stored history could not be read at all: it must be backed up before the new one is written.
    pub unreadable: bool,
    /// Entries this version cannot read, kept untouched.
    pub kept: usize,
    /// The oldest readable attempts removed to keep within the limit.
    pub trimmed: usize,
}

impl HistoryStatus {
    fn of(stored: &history::Stored, trimmed: usize) -> HistoryStatus {
        HistoryStatus { unreadable: stored.unreadable, kept: stored.kept.len(), trimmed }
    }

    fn line(&self) -> String {
        format!("{} {} {}", u8::from(self.unreadable), self.kept, self.trimmed)
    }

    /// A tools answer: its status line, and the rest.
    pub fn split(answer: &str) -> (HistoryStatus, &str) {
        let (line, rest) = answer.split_once('\n').unwrap_or((answer, ""));
        let mut numbers = line.split(' ').map(|n| n.parse::<usize>().unwrap_or(0));
        let mut next = || numbers.next().unwrap_or(0);
        (HistoryStatus { unreadable: next() == 1, kept: next(), trimmed: next() }, rest)
    }
}

/// The attempts kept in the history, oldest first: a status line, then one saved assessment per line.
pub fn history_entries(bank: &Bank, history: &str) -> String {
    let stored = history::decode(bank, history);
    let mut lines = vec![HistoryStatus::of(&stored, 0).line()];
    lines.extend(stored.attempts.iter().map(|r| record_to_saved(bank, r)));
    lines.join("\n")
}

/// The app's side of [`history_entries`].
pub fn read_history_entries(bank: &Bank, answer: &str) -> (HistoryStatus, Vec<ResultRecord>) {
    let (status, lines) = HistoryStatus::split(answer);
    (status, lines.lines().filter_map(|line| saved_to_record(bank, line)).collect())
}

/// A change to the history: a status line, then the history to store.
fn history_changed(bank: &Bank, history: &str, change: impl FnOnce(&mut Vec<ResultRecord>)) -> String {
    let mut stored = history::decode(bank, history);
    change(&mut stored.attempts);
    let trimmed = stored.trim();
    format!("{}\n{}", HistoryStatus::of(&stored, trimmed).line(), history::encode(bank, &stored))
}

/// The history with a completed assessment added, or its earlier entry replaced (see [`history_changed`]).
pub fn history_upsert(bank: &Bank, history: &str, saved: &str) -> String {
    let record = saved_to_record(bank, saved);
    history_changed(bank, history, |attempts| {
        if let Some(record) = record {
            history::upsert(attempts, record);
        }
    })
}

/// The history without the attempt completed at `completed_ms` (see [`history_changed`]).
pub fn history_remove(bank: &Bank, history: &str, completed_ms: u64) -> String {
    history_changed(bank, history, |attempts| history::remove(attempts, completed_ms))
}

/// The texts the chart and table files are written with (the chart's title, every layer and area name) in
/// the reader's language: what the app hands to [`chart_file`] and [`table_file`].
pub fn file_texts(bank: &Bank, text: &Catalog) -> String {
    let mut names = Vec::new();
    for layer in &bank.layers {
        names.push(["layer.", &layer.id, ".name"].concat());
        names.extend(layer.areas.iter().map(|area| ["area.", &area.id, ".name"].concat()));
    }
    text.subset(
        &[
            Ui::ResultsChartTitle,
            Ui::ResultsLegendYou,
            Ui::ResultsLegendTarget,
            Ui::CompareLegend,
            Ui::ResultsLegendLayers,
        ],
        &names,
    )
}

/// The chart of a completed assessment as an SVG document (its size in its `width` and `height`); empty when
/// `saved` is not a completed assessment or `texts` is not what [`file_texts`] writes.
pub fn chart_file(bank: &Bank, saved: &str, texts: &str) -> String {
    let (Some(record), Some(text)) = (saved_to_record(bank, saved), Catalog::from_subset(texts)) else {
        return String::new();
    };
    chart_svg(bank, &text, &record, None, ChartFor::File).svg
}

/// The chart of a result for the results screen, as an image address; `previous` is the saved attempt to
/// compare with, or empty. Empty when `saved` is not a completed assessment or `texts` is not what
/// [`file_texts`] writes.
pub fn chart_image(bank: &Bank, saved: &str, previous: &str, texts: &str) -> String {
    let (Some(record), Some(text)) = (saved_to_record(bank, saved), Catalog::from_subset(texts)) else {
        return String::new();
    };
    let previous = saved_to_record(bank, previous);
    data_url(&chart_svg(bank, &text, &record, previous.as_ref(), ChartFor::Screen).svg)
}

/// The table of a completed assessment as CSV (see `record::to_csv`); empty as for [`chart_file`].
pub fn table_file(bank: &Bank, saved: &str, texts: &str) -> String {
    match (saved_to_record(bank, saved), Catalog::from_subset(texts)) {
        (Some(record), Some(text)) => record::to_csv(bank, &text, &record),
        _ => String::new(),
    }
}

/// A QR code of `text` as `<size> <path>`: modules per side, quiet zone included, and an SVG path of the
/// dark modules. Empty when the text does not fit in a QR code.
pub fn qr_code(text: &str) -> String {
    qr::qr_path(text).map(|q| format!("{} {}", q.size, q.path)).unwrap_or_default()
}

/// The app's side of [`qr_code`].
pub fn read_qr_code(answer: &str) -> Option<qr::QrPath> {
    let (size, path) = answer.split_once(' ')?;
    Some(qr::QrPath { size: size.parse().ok()?, path: path.to_string() })
}
