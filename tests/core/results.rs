//! The results table's rows and the earlier attempt's points, from hand-made scores.

use crate::support::{area, bank};
use skills_radar::core::bank::Bank;
use skills_radar::core::locale::Language;
use skills_radar::core::map::Map;
use skills_radar::core::results::{previous_points, table_rows, TableRow};
use skills_radar::core::scoring::AreaScore;
use skills_radar::core::text::{bank_text_keys, build_catalog, interface_keys, Catalog};

fn catalog(b: &Bank) -> Catalog {
    let ui: Map<String> = interface_keys(Language::En).keys().map(|k| (k.clone(), format!("text of {k}"))).collect();
    let texts: Map<String> = bank_text_keys(b).keys().map(|k| (k.clone(), format!("text of {k}"))).collect();
    build_catalog(Language::En, ("ui.json", ui), ("bank.json", texts), b).expect("test catalog")
}

fn score(b: &Bank, id: &str, score: Option<f64>, target: Option<u8>) -> AreaScore {
    let statements = b.area(area(b, id)).statements.len();
    AreaScore { at: area(b, id), score, rated: statements - 1, not_applicable: 1, no_occasion: 0, statements, target }
}

#[test]
fn rows_follow_the_chart_and_name_layer_and_area() {
    let b = bank();
    let scores = [score(&b, "core.a", Some(10.0 / 3.0), Some(3)), score(&b, "soc.b", None, None)];
    let rows = table_rows(&b, &catalog(&b), &scores, None);
    assert_eq!(
        rows[0],
        TableRow {
            number: 1,
            layer_name: "text of layer.core.name".into(),
            area_name: "text of area.core.a.name".into(),
            score: Some(10.0 / 3.0),
            target: Some(3),
            answered: 3,
            statements: 3,
            change: None,
        }
    );
    assert_eq!((rows[1].number, rows[1].area_name.as_str(), rows[1].score), (2, "text of area.soc.b.name", None));
    assert_eq!(previous_points(&scores, None), Vec::<Option<f64>>::new(), "nothing to compare with");
}

#[test]
fn the_change_is_between_the_levels_as_displayed() {
    let b = bank();
    // Now 3.36 (shown 3.4), then 3.24 (shown 3.2): the change shown is 0.2, the difference of what the person
    // reads, not 0.1 from the raw 0.12. Now 2.67 (2.7) against 3.0 is -0.3. Scored now but not then: none.
    let now = [
        score(&b, "core.a", Some(3.36), Some(3)),
        score(&b, "core.b", Some(8.0 / 3.0), Some(3)),
        score(&b, "soc.a", Some(4.0), None),
    ];
    let then = [
        score(&b, "core.a", Some(3.24), Some(3)),
        score(&b, "core.b", Some(3.0), Some(3)),
        score(&b, "soc.a", None, None),
    ];
    let rows = table_rows(&b, &catalog(&b), &now, Some(&then));
    let changes: Vec<Option<f64>> = rows.iter().map(|r| r.change).collect();
    assert_eq!(changes, [Some(0.2), Some(-0.3), None]);
    assert_eq!(previous_points(&now, Some(&then)), [Some(3.24), Some(3.0), None]);
}

#[test]
fn an_area_the_earlier_attempt_did_not_have_is_not_compared() {
    let b = bank();
    // The earlier attempt was made without the foundation check.
    let now = [score(&b, "found.a", Some(2.0), Some(3)), score(&b, "core.a", Some(4.0), Some(3))];
    let then = [score(&b, "core.a", Some(3.0), Some(3))];
    let rows = table_rows(&b, &catalog(&b), &now, Some(&then));
    assert_eq!((rows[0].change, rows[1].change), (None, Some(1.0)));
    assert_eq!(previous_points(&now, Some(&then)), [None, Some(3.0)]);
}
