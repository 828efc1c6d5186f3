//! The radar chart widget: the tools module's drawing shown as one image named by the chart's title and
//! description, or, while the drawing is being made or when it cannot be, a placeholder saying so. The
//! drawing itself (labels, shapes, target path, legend) is tested on the host: `tests/core/chart.rs`.

use crate::support::*;
use skills_radar::app::widgets::radar_chart::{radar_chart, Drawing};
use skills_radar::core::answers::Answer;
use skills_radar::core::learning::LearningPlan;
use skills_radar::core::locale::Language;
use skills_radar::core::map::Map;
use skills_radar::core::plan::Profile;
use skills_radar::core::record::ResultRecord;
use skills_radar::core::text::parse_texts;
use skills_radar::core::tools::{chart_image, file_texts, record_to_saved};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlImageElement;

/// A screen text of `language`, read from its locale file (not through the catalog under test).
fn screen_text(language: Language, key: &str) -> String {
    let (file, json) = match language {
        Language::En => ("en/screens.json", include_str!("../../content/locales/en/screens.json")),
        Language::Fr => ("fr/screens.json", include_str!("../../content/locales/fr/screens.json")),
        Language::Ar => ("ar/screens.json", include_str!("../../content/locales/ar/screens.json")),
    };
    let texts: Map<String> = parse_texts(file, json).expect("screens.json is a flat map");
    texts.get(key).cloned().unwrap_or_else(|| panic!("no screen text {key:?}"))
}

/// The name the image should have: the chart's title, then its description.
fn chart_name(language: Language) -> String {
    format!("{}. {}", screen_text(language, "results.chart-title"), screen_text(language, "results.chart-description"))
}

/// A small drawing, as an image address with `#` escaped as the tools write it.
const SMALL: &str = "data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 440 616' width='440' \
                     height='616'><circle cx='220' cy='220' r='170' fill='%23005ea5'/></svg>";

async fn mount(drawing: Drawing) -> Mounted {
    Mounted::new(radar_chart(&content(), &drawing)).await
}

#[wasm_bindgen_test]
async fn the_drawing_is_one_image_named_by_the_chart_title_and_description() {
    let m = mount(Drawing::Ready(SMALL.into())).await;
    let img = m.one("figure.radar img.radar-chart");
    assert_eq!(attr(&img, "src").as_deref(), Some(SMALL), "the tools' image address, as given");
    assert_eq!(attr(&img, "alt"), Some(chart_name(Language::En)));
    assert!(
        attr(&img, "alt").unwrap().starts_with("Your skills radar. Radar chart with one numbered axis per area"),
        "{:?}",
        attr(&img, "alt")
    );
    // A picture for everyone: not hidden, not presentational.
    assert_eq!(attr(&img, "aria-hidden"), None);
    assert_eq!(attr(&img, "role"), None);
    assert!(m.all(".radar-pending").is_empty(), "no placeholder beside the image");
    assert!(m.all("[aria-busy]").is_empty(), "nothing busy");
    assert_eq!(m.all("figure.radar").len(), 1);
}

#[wasm_bindgen_test]
async fn while_the_tools_load_a_placeholder_says_the_chart_is_being_drawn() {
    let m = mount(Drawing::Pending).await;
    assert!(m.all("img").is_empty(), "no image yet");
    let box_ = m.one("figure.radar .radar-chart.radar-pending");
    assert_eq!(text(&box_), screen_text(Language::En, "results.chart-preparing"));
    assert_eq!(text(&box_), "Drawing the chart…");
    let busy = m.one("[aria-busy]");
    assert_eq!(attr(&busy, "aria-busy").as_deref(), Some("true"));
    assert!(box_.contains(Some(&busy)), "the placeholder is what is busy");
}

#[wasm_bindgen_test]
async fn when_the_tools_cannot_load_the_placeholder_says_so_and_points_to_the_table() {
    let m = mount(Drawing::Failed).await;
    assert!(m.all("img").is_empty(), "no image");
    let box_ = m.one("figure.radar .radar-chart.radar-pending");
    assert_eq!(text(&box_), screen_text(Language::En, "results.chart-failed"));
    assert!(text(&box_).contains("table"), "{:?}", text(&box_));
    assert!(!text(&box_).contains(&screen_text(Language::En, "results.chart-preparing")), "not still drawing");
    assert!(m.all("[aria-busy]").is_empty(), "nothing is busy any more");
}

#[wasm_bindgen_test]
async fn the_image_takes_the_placeholder_s_place_once_drawn() {
    let mut m = mount(Drawing::Pending).await;
    assert_eq!(m.all(".radar-pending").len(), 1);
    m.update(radar_chart(&content(), &Drawing::Ready(SMALL.into()))).await;
    assert!(m.all(".radar-pending").is_empty(), "the placeholder is gone");
    assert_eq!(attr(&m.one("img.radar-chart"), "src").as_deref(), Some(SMALL));
    // And a new drawing (another comparison, another language) replaces the image's address.
    let other = SMALL.replace("005ea5", "8f4a00");
    m.update(radar_chart(&content(), &Drawing::Ready(other.clone()))).await;
    assert_eq!(attr(&m.one("img.radar-chart"), "src"), Some(other));
}

#[wasm_bindgen_test]
async fn the_image_is_named_in_the_reader_s_language() {
    let drawing = Drawing::Ready(SMALL.into());
    let m = Mounted::new_in(Language::Ar, radar_chart(&content_in(Language::Ar), &drawing)).await;
    assert_eq!(attr(&m.one("img.radar-chart"), "alt"), Some(chart_name(Language::Ar)));
    let m = Mounted::new_in(Language::Fr, radar_chart(&content_in(Language::Fr), &Drawing::Pending)).await;
    assert_eq!(text(&m.one(".radar-pending")), screen_text(Language::Fr, "results.chart-preparing"));
}

/// The image the results screen gets from the tools for a real result over the shipped bank: the browser
/// reads the whole document from its address (a `#` left unescaped would cut it short).
#[wasm_bindgen_test]
async fn the_tools_chart_of_a_real_result_is_an_image_the_browser_draws() {
    let content = content();
    let bank = &content.bank;
    let answers = bank
        .statement_ids()
        .enumerate()
        .map(|(i, id)| {
            (id.to_string(), if i % 7 == 3 { Answer::NotApplicable } else { Answer::Level((i % 5) as u8 + 1) })
        })
        .collect();
    let record = ResultRecord {
        bank_version: bank.version.clone(),
        completed_ms: 1_795_416_607_000,
        profile: Profile { profession: Some(bank.professions[0].id.clone()), leads: true, foundation: true },
        answers,
        learning: LearningPlan::new(),
    };
    let src = chart_image(bank, &record_to_saved(bank, &record), "", &file_texts(bank, &content.text));
    assert!(src.starts_with("data:image/svg+xml,"), "{src:.60}");
    let m = mount(Drawing::Ready(src.clone())).await;
    let img = m.one("img.radar-chart");
    assert_eq!(attr(&img, "src"), Some(src));
    let decode: js_sys::Function = js_sys::Reflect::get(&img, &"decode".into()).unwrap().unchecked_into();
    let promise: js_sys::Promise = decode.call0(&img).unwrap().unchecked_into();
    wasm_bindgen_futures::JsFuture::from(promise).await.expect("the browser decodes the chart");
    let img: HtmlImageElement = img.unchecked_into();
    assert_eq!(img.natural_width(), 440, "the chart's own width");
    assert!(img.natural_height() >= 440, "at least the square of the drawing: {}", img.natural_height());
}
