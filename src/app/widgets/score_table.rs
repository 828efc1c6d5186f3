//! The results as a table: the text equivalent of the radar chart, one row per axis.

use crate::core::content::Content;
use crate::core::scoring::{format_level, shown_gap};
use crate::core::text::Ui;
use yew::prelude::*;

pub use crate::core::results::TableRow;

pub struct ScoreTableProps {
    pub rows: Vec<TableRow>,
    /// Adds the "change since last time" column.
    pub compare: bool,
}

/// A function rather than a component: it keeps no state, and each component type costs about a kilobyte
/// of wasm.
pub fn score_table(content: &Content, props: &ScoreTableProps) -> Html {
    let text = &content.text;
    html! {
        <div class="table-wrap" tabindex="0" role="region" aria-labelledby="score-table-caption">
            <table class="score-table">
                <caption id="score-table-caption">{ text.ui(Ui::ResultsTableCaption) }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ text.ui(Ui::ResultsColNumber) }</th>
                        <th scope="col">{ text.ui(Ui::ResultsColLayer) }</th>
                        <th scope="col">{ text.ui(Ui::ResultsColArea) }</th>
                        <th scope="col">{ text.ui(Ui::ResultsColScore) }</th>
                        <th scope="col">{ text.ui(Ui::ResultsColTarget) }</th>
                        <th scope="col">{ text.ui(Ui::ResultsColGap) }</th>
                        <th scope="col">{ text.ui(Ui::ResultsColAnswered) }</th>
                        if props.compare {
                            <th scope="col">{ text.ui(Ui::ResultsColChange) }</th>
                        }
                    </tr>
                </thead>
                <tbody>
                    { for props.rows.iter().map(|row| {
                        let level = |v: f64| text.number(&format_level(v));
                        let score = row.score.map(level).unwrap_or_else(|| text.ui(Ui::ResultsNotRated).into());
                        let target = row.target.map(|t| level(f64::from(t)))
                            .unwrap_or_else(|| text.ui(Ui::ResultsNoTarget).into());
                        let gap = match (row.score, row.target) {
                            (Some(s), Some(t)) if shown_gap(s, t) > 0.0 => level(shown_gap(s, t)),
                            (Some(_), Some(_)) => text.ui(Ui::ResultsTargetMet).into(),
                            _ => String::new(),
                        };
                        let answered = text.ui_with(Ui::ResultsAnsweredOf,
                            &[("answered", &text.integer(row.answered)), ("total", &text.integer(row.statements))]);
                        html! {
                            <tr>
                                <td class="num">{ text.integer(row.number) }</td>
                                <td>{ &row.layer_name }</td>
                                <th scope="row">{ &row.area_name }</th>
                                <td class="num">{ score }</td>
                                <td class="num">{ target }</td>
                                <td class="num">{ gap }</td>
                                <td class="num">{ answered }</td>
                                if props.compare {
                                    <td class="num">{ row.change.map(|c| {
                                        let shown = level(c);
                                        if c > 0.0 { format!("+{shown}") } else { shown }
                                    }).unwrap_or_default() }</td>
                                }
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
        </div>
    }
}
