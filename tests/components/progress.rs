//! The progress display: layer, area and statement positions, answered count, and the Overview button.

use crate::support::*;
use skills_radar::app::widgets::progress::{progress_display, ProgressProps};
use skills_radar::core::answers::{Answer, Answers};
use skills_radar::core::locale::Language;
use skills_radar::core::plan::Profile;
use skills_radar::core::wizard::{progress, Assessment, Progress, Screen};
use wasm_bindgen_test::*;
use yew::prelude::*;

/// A data professional who asked for the everyday-skills layer and does not lead: four layers
/// (foundation 15 statements, user 26, socio-emotional 15, professional "data" areas 6 = 62).
fn profile() -> Profile {
    Profile { profession: Some("data".into()), leads: false, foundation: true }
}

/// Four answers in the plan (one "not applicable") and one in the leadership layer, which is not.
fn answers() -> Answers {
    let content = content();
    let leadership = content.bank.layers.iter().find(|l| l.id == "leadership").unwrap();
    let outside_plan = leadership.areas[0].statements[0].id.clone();
    [
        ("user.potential.redesign", Answer::Level(3)),
        ("user.potential.policy", Answer::NotApplicable),
        ("professional.data.analysis.question", Answer::Level(2)),
        ("professional.data.management.pipelines", Answer::Level(4)),
        (outside_plan.as_str(), Answer::Level(5)),
    ]
    .into_iter()
    .map(|(id, a)| (id.to_string(), a))
    .collect()
}

fn progress_at(screen: Screen) -> Progress {
    let content = content();
    let assessment = Assessment { profile: Some(profile()), answers: answers(), screen, ..Assessment::default() };
    progress(&content.bank, &assessment).expect("a progress for this screen")
}

fn display(progress: Progress, on_overview: Callback<()>) -> Html {
    display_in(Language::En, progress, on_overview)
}

fn display_in(language: Language, progress: Progress, on_overview: Callback<()>) -> Html {
    progress_display(&content_in(language), &ProgressProps { progress, on_overview })
}

fn paragraph_texts(m: &Mounted) -> Vec<String> {
    m.all("p").iter().map(text).collect()
}

fn assert_shows(m: &Mounted, expected: &str) {
    let texts = paragraph_texts(m);
    assert!(texts.iter().any(|t| t == expected), "expected a line {expected:?} among {texts:?}");
}

#[wasm_bindgen_test]
async fn statement_progress_shows_layer_area_statement_and_answered() {
    let p = progress_at(Screen::Statement("professional.data.management.standards".into()));
    // The positions come from the core; the layer's and area's bank indices differ from them on purpose.
    assert_eq!((p.layer, p.layer_position, p.layer_count), (3, 4, 4));
    assert_eq!((p.statement.unwrap().area, p.area_position, p.area_count), (7, 2, 2));
    assert_eq!((p.statement_position, p.statement_count), (2, 3));
    assert_eq!((p.answered, p.total), (4, 62));

    let m = Mounted::new(display(p, Callback::noop())).await;
    assert_shows(&m, "Layer 4 of 4: Professional skills");
    assert_shows(&m, "Area 2 of 2: Data engineering and governance");
    assert_shows(&m, "Statement 2 of 3 in this area");
    assert_shows(&m, "4 of 62 statements answered");
}

#[wasm_bindgen_test]
async fn first_statement_of_the_first_area_of_a_later_layer() {
    let p = progress_at(Screen::Statement("user.potential.redesign".into()));
    assert_eq!((p.layer, p.layer_position), (1, 2));
    let m = Mounted::new(display(p, Callback::noop())).await;
    assert_shows(&m, "Layer 2 of 4: Digital government user skills");
    assert_shows(&m, "Area 1 of 6: The potential of digital transformation");
    assert_shows(&m, "Statement 1 of 5 in this area");
    assert_shows(&m, "4 of 62 statements answered");
}

#[wasm_bindgen_test]
async fn progress_bar_has_total_as_max_and_answered_as_value() {
    let p = progress_at(Screen::Statement("professional.data.management.standards".into()));
    let m = Mounted::new(display(p, Callback::noop())).await;
    let bar = m.one("progress");
    assert_eq!(number_property(&bar, "max"), 62.0);
    assert_eq!(number_property(&bar, "value"), 4.0);
    // The bar is named by the visible count.
    let named_by = id_refs(&bar, "aria-labelledby");
    assert_eq!(named_by.len(), 1);
    assert_eq!(text(&m.by_id(&named_by[0])), "4 of 62 statements answered");
}

#[wasm_bindgen_test]
async fn overview_button_emits_once_per_click() {
    let p = progress_at(Screen::Statement("user.potential.redesign".into()));
    let clicks = log::<()>();
    let m = Mounted::new(display(p, recorder(&clicks))).await;
    assert!(clicks.borrow().is_empty(), "nothing is emitted on mount");
    let buttons: Vec<_> = m.all("button").into_iter().filter(|b| text(b) == "Overview").collect();
    assert_eq!(buttons.len(), 1, "one Overview button");
    assert_eq!(attr(&buttons[0], "type").as_deref(), Some("button"), "the button submits no form");
    click(&buttons[0]);
    tick().await;
    assert_eq!(clicks.borrow().len(), 1);
    click(&buttons[0]);
    tick().await;
    assert_eq!(clicks.borrow().len(), 2);
}

#[wasm_bindgen_test]
async fn layer_intro_progress_shows_no_area_or_statement_line() {
    let p = progress_at(Screen::LayerIntro("socio-emotional".into()));
    assert_eq!(p.statement, None);
    let m = Mounted::new(display(p, Callback::noop())).await;
    assert_shows(&m, "Layer 3 of 4: Socio-emotional profile");
    assert_shows(&m, "4 of 62 statements answered");
    let texts = paragraph_texts(&m);
    assert!(
        !texts.iter().any(|t| t.starts_with("Area ") || t.contains("in this area")),
        "no area or statement line on a layer intro: {texts:?}"
    );
    assert!(!text(&m.root).contains("Area 0"), "no zero positions shown");
    let bar = m.one("progress");
    assert_eq!((number_property(&bar, "max"), number_property(&bar, "value")), (62.0, 4.0));
}

#[wasm_bindgen_test]
async fn arabic_progress_uses_arabic_digits_throughout() {
    let p = progress_at(Screen::Statement("professional.data.management.standards".into()));
    let m = Mounted::new_in(Language::Ar, display_in(Language::Ar, p, Callback::noop())).await;
    let texts = paragraph_texts(&m);
    assert!(texts.iter().all(|t| !t.chars().any(|c| c.is_ascii_digit())), "ASCII digits in {texts:?}");
    let answered = text(&m.one(".progress-answered"));
    assert!(answered.contains('٤') && answered.contains("٦٢"), "{answered:?}");
    assert!(!answered.contains('{'), "every placeholder is filled: {answered:?}");
}

#[wasm_bindgen_test]
async fn one_statement_answered_takes_the_singular_in_english() {
    let mut p = progress_at(Screen::Statement("professional.data.management.standards".into()));
    (p.answered, p.total) = (1, 1);
    let m = Mounted::new(display(p, Callback::noop())).await;
    assert_shows(&m, "1 of 1 statement answered");
}
