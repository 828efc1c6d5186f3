//! The score table: the text equivalent of the radar chart.

use crate::support::*;
use skills_radar::app::widgets::score_table::{score_table, ScoreTableProps, TableRow};
use skills_radar::core::locale::Language;
use wasm_bindgen_test::*;
use web_sys::Element;

const HEADERS: [&str; 7] = ["Axis", "Layer", "Area", "Your level", "Target", "Gap", "Answered"];
const USER: &str = "Digital government user skills";
const SOCIO: &str = "Socio-emotional profile";

fn row(
    number: usize,
    layer: &str,
    area: &str,
    score: Option<f64>,
    target: Option<u8>,
    answered: usize,
    statements: usize,
) -> TableRow {
    TableRow {
        number,
        layer_name: layer.into(),
        area_name: area.into(),
        score,
        target,
        answered,
        statements,
        change: None,
    }
}

fn rows() -> Vec<TableRow> {
    vec![
        row(1, USER, "The potential of digital transformation", Some(11.0 / 3.0), Some(4), 2, 3),
        row(2, USER, "Users and their needs", Some(4.0), Some(4), 4, 4),
        row(3, USER, "Working openly and iteratively", Some(4.5), Some(3), 4, 4),
        row(4, USER, "Trustworthy use of data and technology", None, Some(3), 1, 5),
        row(5, SOCIO, "Seeing the big picture", Some(2.0), None, 3, 3),
        row(6, SOCIO, "Analysing and solving problems", None, None, 0, 3),
    ]
}

async fn mount(rows: Vec<TableRow>) -> Mounted {
    Mounted::new(score_table(&content(), &ScoreTableProps { rows, compare: false })).await
}

/// The body rows, each as the texts of its cells in column order.
fn body(m: &Mounted) -> Vec<Vec<String>> {
    m.all("tbody > tr").iter().map(|tr| query_all(tr, ":scope > th, :scope > td").iter().map(text).collect()).collect()
}

fn column(name: &str) -> usize {
    HEADERS.iter().position(|h| *h == name).unwrap()
}

fn cell(rows: &[Vec<String>], row: usize, name: &str) -> String {
    rows[row][column(name)].clone()
}

#[wasm_bindgen_test]
async fn table_has_a_caption_and_seven_column_headers() {
    let m = mount(rows()).await;
    let caption = m.one("table > caption");
    assert_eq!(text(&caption), "Your level and your role's target in each area, on a scale of 1 to 5");
    assert_eq!(m.all("thead > tr").len(), 1, "one header row");
    let headers: Vec<Element> = m.all("thead > tr > th");
    assert_eq!(headers.iter().map(text).collect::<Vec<_>>(), HEADERS);
    assert!(headers.iter().all(|th| attr(th, "scope").as_deref() == Some("col")));
    assert_eq!(m.all("thead td").len(), 0);
}

#[wasm_bindgen_test]
async fn one_body_row_per_area_with_the_area_as_row_header() {
    let m = mount(rows()).await;
    let trs = m.all("tbody > tr");
    assert_eq!(trs.len(), 6);
    for (tr, expected) in trs.iter().zip(rows()) {
        let cells = query_all(tr, ":scope > th, :scope > td");
        assert_eq!(cells.len(), 7, "one cell per column");
        let row_headers = query_all(tr, ":scope > th");
        assert_eq!(row_headers.len(), 1, "one row header");
        assert_eq!(attr(&row_headers[0], "scope").as_deref(), Some("row"));
        assert_eq!(text(&row_headers[0]), expected.area_name);
        assert_eq!(cells[column("Area")], row_headers[0], "the row header is in the Area column");
    }
    let body = body(&m);
    assert_eq!(cell(&body, 0, "Axis"), "1");
    assert_eq!(cell(&body, 5, "Axis"), "6");
    assert_eq!(cell(&body, 0, "Layer"), USER);
    assert_eq!(cell(&body, 4, "Layer"), SOCIO);
}

#[wasm_bindgen_test]
async fn score_below_target_shows_one_decimal_and_the_gap() {
    let m = mount(rows()).await;
    let body = body(&m);
    assert_eq!(cell(&body, 0, "Your level"), "3.7");
    assert_eq!(cell(&body, 0, "Target"), "4.0");
    assert_eq!(cell(&body, 0, "Gap"), "0.3");
    assert_eq!(cell(&body, 0, "Answered"), "2 of 3");
}

#[wasm_bindgen_test]
async fn score_at_or_above_target_is_met() {
    let m = mount(rows()).await;
    let body = body(&m);
    assert_eq!([cell(&body, 1, "Your level"), cell(&body, 1, "Target"), cell(&body, 1, "Gap")], ["4.0", "4.0", "Met"]);
    assert_eq!([cell(&body, 2, "Your level"), cell(&body, 2, "Target"), cell(&body, 2, "Gap")], ["4.5", "3.0", "Met"]);
    assert_eq!(cell(&body, 1, "Answered"), "4 of 4");
}

#[wasm_bindgen_test]
async fn score_that_rounds_to_the_target_is_met_not_a_zero_gap() {
    let m = mount(vec![row(1, USER, "Users and their needs", Some(3.96), Some(4), 5, 5)]).await;
    let body = body(&m);
    assert_eq!([cell(&body, 0, "Your level"), cell(&body, 0, "Gap")], ["4.0", "Met"]);
}

#[wasm_bindgen_test]
async fn missing_score_is_not_rated_with_no_gap() {
    let m = mount(rows()).await;
    let body = body(&m);
    assert_eq!(cell(&body, 3, "Your level"), "Not rated");
    assert_eq!(cell(&body, 3, "Target"), "3.0");
    assert_eq!(cell(&body, 3, "Gap"), "");
    assert_eq!(cell(&body, 3, "Answered"), "1 of 5");
}

#[wasm_bindgen_test]
async fn profile_area_has_no_target_and_an_empty_gap() {
    let m = mount(rows()).await;
    let body = body(&m);
    assert_eq!(cell(&body, 4, "Your level"), "2.0");
    assert_eq!(cell(&body, 4, "Target"), "None: a profile");
    assert_eq!(cell(&body, 4, "Gap"), "");
    assert_eq!(cell(&body, 5, "Your level"), "Not rated");
    assert_eq!(cell(&body, 5, "Target"), "None: a profile");
    assert_eq!(cell(&body, 5, "Gap"), "");
    assert_eq!(cell(&body, 5, "Answered"), "0 of 3");
}

#[wasm_bindgen_test]
async fn no_rows_leaves_an_empty_body() {
    let m = mount(Vec::new()).await;
    assert_eq!(m.all("tbody > tr").len(), 0);
    assert_eq!(m.all("thead > tr > th").len(), 7);
}

/// In an area of four statements the mean is often a quarter: levels 2, 3, 3 and 3 give 2.75. The table
/// shows that as "2.8" against a target of "3.0", so the gap a reader can check is 0.2, not the rounded
/// unrounded difference (0.25 -> "0.3"). The three numbers in a row must agree.
#[wasm_bindgen_test]
async fn gap_agrees_with_the_displayed_score_and_target() {
    let m = mount(vec![
        row(1, USER, "Users and their needs", Some(11.0 / 4.0), Some(3), 4, 4),
        row(2, USER, "Working openly and iteratively", Some(13.0 / 4.0), Some(4), 4, 4),
    ])
    .await;
    let body = body(&m);
    for r in 0..2 {
        let level: f64 = cell(&body, r, "Your level").parse().unwrap();
        let target: f64 = cell(&body, r, "Target").parse().unwrap();
        let gap: f64 = cell(&body, r, "Gap").parse().unwrap_or_else(|_| panic!("row {r} has a numeric gap"));
        assert!(
            ((target - level) - gap).abs() < 1e-9,
            "row {}: level {level}, target {target}, gap {gap}: the gap should be {:.1}",
            r + 1,
            target - level
        );
    }
}

#[wasm_bindgen_test]
async fn french_writes_levels_with_a_decimal_comma() {
    let rows = rows();
    let m = Mounted::new_in(
        Language::Fr,
        score_table(&content_in(Language::Fr), &ScoreTableProps { rows, compare: false }),
    )
    .await;
    let body = body(&m);
    assert_eq!(body[0][0], "1");
    assert_eq!([body[0][3].as_str(), body[0][4].as_str(), body[0][5].as_str()], ["3,7", "4,0", "0,3"]);
}

#[wasm_bindgen_test]
async fn arabic_writes_levels_in_arabic_digits() {
    let rows = rows();
    let m = Mounted::new_in(
        Language::Ar,
        score_table(&content_in(Language::Ar), &ScoreTableProps { rows, compare: false }),
    )
    .await;
    let body = body(&m);
    assert_eq!(body[0][0], "١");
    assert_eq!([body[0][3].as_str(), body[0][4].as_str(), body[0][5].as_str()], ["٣٫٧", "٤٫٠", "٠٫٣"]);
    assert!(body[0][6].contains('٢') && body[0][6].contains('٣'), "answered: {:?}", body[0][6]);
}

#[wasm_bindgen_test]
async fn comparing_adds_a_signed_change_column() {
    let mut rows = rows();
    rows[0].change = Some(0.5);
    rows[1].change = Some(-0.3);
    rows[2].change = Some(0.0);
    let m = Mounted::new(score_table(&content(), &ScoreTableProps { rows, compare: true })).await;
    let headers: Vec<String> = m.all("thead > tr > th").iter().map(text).collect();
    assert_eq!(headers.last().map(String::as_str), Some("Change since last time"));
    let body = body(&m);
    let change: Vec<&str> = body.iter().map(|r| r[7].as_str()).collect();
    // Up is marked +, down with a real minus sign; no change, and no previous level, as shown.
    assert_eq!(change, ["+0.5", "\u{2212}0.3", "0.0", "", "", ""]);
}

#[wasm_bindgen_test]
async fn without_comparison_there_is_no_change_column() {
    let mut rows = rows();
    rows[0].change = Some(0.5);
    let m = mount(rows).await;
    assert_eq!(m.all("thead > tr > th").len(), 7);
}
