//! The rating control: one radio group per statement, the five levels of the layer kind's scale, "I have not
//! had the occasion" and "not applicable".

use crate::support::*;
use skills_radar::app::widgets::rating::{rating as rating_widget, RatingProps};
use skills_radar::core::answers::Answer;
use skills_radar::core::bank::LayerKind;
use skills_radar::core::locale::Language;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use yew::prelude::*;

const STATEMENT: &str = "user.potential.redesign";

/// The options in the order they must appear: value attribute, label, descriptor key.
const OPTIONS: [(&str, &str, &str); 7] = [
    ("1", "Not yet", "scale.proficiency.1.descriptor"),
    ("2", "With help", "scale.proficiency.2.descriptor"),
    ("3", "On my own", "scale.proficiency.3.descriptor"),
    ("4", "With confidence", "scale.proficiency.4.descriptor"),
    ("5", "Guiding others", "scale.proficiency.5.descriptor"),
    ("no-occasion", "I have not had the occasion", "scale.no-occasion.descriptor"),
    ("na", "Not applicable to my role", "scale.na.descriptor"),
];

/// A profile layer's own scale: how often the person works this way.
const PROFILE_LABELS: [&str; 5] = ["Rarely", "Sometimes", "Often", "Usually", "Almost always"];

fn rating(value: Option<Answer>, on_change: Callback<Answer>) -> Html {
    rating_widget(
        &content(),
        &RatingProps { statement: STATEMENT.to_string(), value, on_change, kind: LayerKind::Proficiency },
    )
}

async fn mount(value: Option<Answer>) -> (Mounted, Log<Answer>) {
    let emitted = log();
    let mounted = Mounted::new(rating(value, recorder(&emitted))).await;
    (mounted, emitted)
}

/// Each option's label, in order.
fn labels(m: &Mounted) -> Vec<String> {
    m.radios().iter().map(|r| text(&labels_of(r)[0])).collect()
}

/// Which options are checked, as their value attributes.
fn checked(m: &Mounted) -> Vec<String> {
    m.radios().iter().filter(|r| r.checked()).map(|r| r.value()).collect()
}

fn radio(m: &Mounted, value: &str) -> web_sys::Element {
    let found: Vec<_> = m.radios().into_iter().filter(|r| r.value() == value).collect();
    assert_eq!(found.len(), 1, "expected one radio with value {value:?}");
    found.into_iter().next().unwrap().into()
}

#[wasm_bindgen_test]
async fn statement_is_the_legend_and_screen_heading_of_one_fieldset() {
    let (m, _) = mount(None).await;
    let fieldset = m.one("fieldset");
    let legend = m.one("fieldset > legend");
    assert_eq!(fieldset.first_element_child().as_ref(), Some(&legend), "the legend comes first in the fieldset");
    let heading = m.one("legend > h1");
    assert_eq!(heading.id(), "screen-heading");
    assert_eq!(text(&heading), bank_text(&format!("statement.{STATEMENT}.text")));
}

#[wasm_bindgen_test]
async fn seven_radios_in_one_group_levels_in_order_then_no_occasion_and_not_applicable() {
    let (m, _) = mount(None).await;
    let radios = m.radios();
    assert_eq!(radios.len(), 7);
    let fieldset = m.one("fieldset");
    assert!(radios.iter().all(|r| fieldset.contains(Some(r))), "every radio is inside the fieldset");
    let name = radios[0].name();
    assert!(!name.is_empty(), "the radios have a group name");
    assert!(radios.iter().all(|r| r.name() == name), "all radios share one name");
    let values: Vec<String> = radios.iter().map(|r| r.value()).collect();
    assert_eq!(values, OPTIONS.map(|(v, _, _)| v.to_string()));
    let mut ids: Vec<String> = radios.iter().map(|r| r.id()).collect();
    assert!(ids.iter().all(|id| !id.is_empty()));
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), 7, "radio ids are distinct");
}

#[wasm_bindgen_test]
async fn each_radio_is_labelled_by_its_scale_label() {
    let (m, _) = mount(None).await;
    for (radio, (value, label, _)) in m.radios().iter().zip(OPTIONS) {
        let labels = labels_of(radio);
        assert_eq!(labels.len(), 1, "radio {value} has one label");
        assert_eq!(text(&labels[0]), label, "label of radio {value}");
        assert_eq!(attr(&labels[0], "for").as_deref(), Some(radio.id().as_str()), "<label for> names radio {value}");
        assert!(m.root.contains(Some(&labels[0])));
    }
}

#[wasm_bindgen_test]
async fn each_radio_is_described_by_its_descriptor() {
    let (m, _) = mount(None).await;
    for (radio, (value, _, descriptor_key)) in m.radios().iter().zip(OPTIONS) {
        let refs = id_refs(radio, "aria-describedby");
        assert_eq!(refs.len(), 1, "radio {value} is described by one element");
        let descriptor = m.by_id(&refs[0]);
        assert_eq!(text(&descriptor), bank_text(descriptor_key), "descriptor of radio {value}");
    }
}

#[wasm_bindgen_test]
async fn fieldset_is_described_by_the_help_text() {
    let (m, _) = mount(None).await;
    let refs = id_refs(&m.one("fieldset"), "aria-describedby");
    assert_eq!(refs.len(), 1);
    let help = m.by_id(&refs[0]);
    let expected = bank_text(&format!("statement.{STATEMENT}.help"));
    assert!(text(&help).contains(&expected), "help element {:?} should contain {expected:?}", text(&help));
}

#[wasm_bindgen_test]
async fn value_level_three_checks_only_radio_three() {
    let (m, _) = mount(Some(Answer::Level(3))).await;
    assert_eq!(checked(&m), ["3"]);
}

#[wasm_bindgen_test]
async fn value_not_applicable_checks_only_not_applicable() {
    let (m, _) = mount(Some(Answer::NotApplicable)).await;
    assert_eq!(checked(&m), ["na"]);
}

#[wasm_bindgen_test]
async fn no_value_checks_nothing() {
    let (m, _) = mount(None).await;
    assert_eq!(checked(&m), Vec::<String>::new());
}

#[wasm_bindgen_test]
async fn clicking_options_emits_their_answers() {
    let (m, emitted) = mount(None).await;
    assert!(emitted.borrow().is_empty(), "nothing is emitted on mount");
    click(&radio(&m, "5"));
    tick().await;
    assert_eq!(*emitted.borrow(), [Answer::Level(5)]);
    click(&radio(&m, "na"));
    tick().await;
    assert_eq!(*emitted.borrow(), [Answer::Level(5), Answer::NotApplicable]);
    click(&radio(&m, "1"));
    tick().await;
    assert_eq!(*emitted.borrow(), [Answer::Level(5), Answer::NotApplicable, Answer::Level(1)]);
    click(&radio(&m, "no-occasion"));
    tick().await;
    assert_eq!(*emitted.borrow(), [Answer::Level(5), Answer::NotApplicable, Answer::Level(1), Answer::NoOccasion]);
}

#[wasm_bindgen_test]
async fn clicking_a_label_selects_its_level() {
    let (m, emitted) = mount(Some(Answer::Level(3))).await;
    let label = labels_of(&radio(&m, "2").unchecked_into()).remove(0);
    click(&label);
    tick().await;
    assert_eq!(*emitted.borrow(), [Answer::Level(2)]);
}

#[wasm_bindgen_test]
async fn new_value_moves_the_checked_state() {
    let emitted = log();
    let on_change = recorder(&emitted);
    let mut m = Mounted::new(rating(Some(Answer::Level(3)), on_change.clone())).await;
    assert_eq!(checked(&m), ["3"]);
    m.update(rating(Some(Answer::Level(1)), on_change.clone())).await;
    assert_eq!(checked(&m), ["1"]);
    m.update(rating(Some(Answer::NotApplicable), on_change.clone())).await;
    assert_eq!(checked(&m), ["na"]);
    m.update(rating(None, on_change.clone())).await;
    assert_eq!(checked(&m), Vec::<String>::new());
    m.update(rating(Some(Answer::Level(5)), on_change)).await;
    assert_eq!(checked(&m), ["5"]);
    assert!(emitted.borrow().is_empty(), "changing the value from outside emits nothing");
}

#[wasm_bindgen_test]
async fn a_click_then_the_parents_new_value_leaves_exactly_that_option_checked() {
    let emitted = log();
    let on_change = recorder(&emitted);
    let mut m = Mounted::new(rating(Some(Answer::Level(2)), on_change.clone())).await;
    click(&radio(&m, "4"));
    tick().await;
    let answer = *emitted.borrow().last().expect("the click emitted");
    m.update(rating(Some(answer), on_change)).await;
    assert_eq!(checked(&m), ["4"]);
}

/// A statement of a profile layer is rated on the profile scale and says there is no better or worse
/// answer; others ask for the level on the proficiency scale.
#[wasm_bindgen_test]
async fn a_profile_statement_has_its_own_scale_and_says_no_answer_is_better() {
    let ui = content();
    let scale_hint = ui.text.ui(skills_radar::core::text::Ui::QuestionScaleHint).to_string();
    let profile_hint = ui.text.ui(skills_radar::core::text::Ui::QuestionProfileHint).to_string();
    let mut m = Mounted::new(html! {
        { rating_widget(&content(), &RatingProps { statement: STATEMENT.to_string(), value: None, on_change: Callback::noop(), kind: LayerKind::Proficiency }) }
    })
    .await;
    assert_eq!(text(&m.one(".hint")), scale_hint);
    assert_eq!(labels(&m)[..5], OPTIONS[..5].iter().map(|(_, label, _)| label.to_string()).collect::<Vec<_>>());
    m.update(html! {
        { rating_widget(&content(), &RatingProps { statement: STATEMENT.to_string(), value: None, on_change: Callback::noop(), kind: LayerKind::Profile }) }
    })
    .await;
    assert_eq!(text(&m.one(".hint")), profile_hint);
    assert_eq!(labels(&m)[..5], PROFILE_LABELS.map(String::from));
    assert_eq!(labels(&m)[5..], [OPTIONS[5].1, OPTIONS[6].1].map(String::from), "the same other answers");
    assert_ne!(scale_hint, profile_hint);
}

#[wasm_bindgen_test]
async fn arabic_levels_show_arabic_numerals_and_keep_ascii_values() {
    let props = RatingProps {
        statement: STATEMENT.to_string(),
        value: None,
        on_change: Callback::noop(),
        kind: LayerKind::Proficiency,
    };
    let m = Mounted::new_in(Language::Ar, rating_widget(&content_in(Language::Ar), &props)).await;
    let badges: Vec<String> = m.all(".level-number").iter().map(text).collect();
    assert_eq!(badges, ["١", "٢", "٣", "٤", "٥"]);
    // The submitted values stay machine-readable whatever the language.
    let values: Vec<String> = m.radios().iter().map(|r| r.value()).collect();
    assert_eq!(values, ["1", "2", "3", "4", "5", "no-occasion", "na"]);
}
