//! What the results show of each assessed area, worked out once for the table and the chart: the rows of
//! the table (its text twin) with the change since the attempt compared with, and the earlier attempt's
//! points on the chart.

use super::bank::Bank;
use super::scoring::{round1, AreaScore};
use super::text::Catalog;

/// One row of the results table, one axis of the chart.
#[derive(Debug, Clone, PartialEq)]
pub struct TableRow {
    /// The axis number on the chart, from 1.
    pub number: usize,
    pub layer_name: String,
    pub area_name: String,
    pub score: Option<f64>,
    pub target: Option<u8>,
    pub answered: usize,
    pub statements: usize,
    /// The score minus the earlier attempt's, both as displayed (one decimal), when both exist.
    pub change: Option<f64>,
}

/// The earlier attempt's score for the area of `s`, if it had one there.
fn earlier(s: &AreaScore, previous: Option<&[AreaScore]>) -> Option<f64> {
    previous?.iter().find(|p| p.at == s.at)?.score
}

/// The table's rows for `scores`, in the chart's order, compared with `previous` when given.
pub fn table_rows(bank: &Bank, text: &Catalog, scores: &[AreaScore], previous: Option<&[AreaScore]>) -> Vec<TableRow> {
    scores
        .iter()
        .enumerate()
        .map(|(i, s)| TableRow {
            number: i + 1,
            layer_name: text.layer_name(&bank.layers[s.at.layer].id).into(),
            area_name: text.area_name(&bank.area(s.at).id).into(),
            score: s.score,
            target: s.target,
            answered: s.answered(),
            statements: s.statements,
            // The difference of the two numbers the person sees, so that the three columns agree.
            change: s.score.zip(earlier(s, previous)).map(|(now, then)| round1(round1(now) - round1(then))),
        })
        .collect()
}

/// The earlier attempt's level on each of the chart's axes (none where it had no score there); empty
/// when there is nothing to compare with.
pub fn previous_points(scores: &[AreaScore], previous: Option<&[AreaScore]>) -> Vec<Option<f64>> {
    match previous {
        Some(_) => scores.iter().map(|s| earlier(s, previous)).collect(),
        None => Vec::new(),
    }
}
