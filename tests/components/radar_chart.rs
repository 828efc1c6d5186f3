//! The radar chart: labelling, numbered axes, the person's shape, the target path and the legend.

use crate::support::*;
use skills_radar::app::widgets::radar_chart::{radar_chart, ChartAxis, ChartLayer, RadarChartProps};
use skills_radar::core::locale::Language;
use std::f64::consts::{FRAC_PI_2, PI};
use wasm_bindgen_test::*;
use web_sys::Element;

const CX: f64 = 220.0;
const CY: f64 = 220.0;
const RADIUS: f64 = 170.0;
/// Coordinates are written with one decimal place.
const TOLERANCE: f64 = 0.06;

const NAMES: [&str; 7] = [
    "The potential of digital transformation",
    "Users and their needs",
    "Working openly and iteratively",
    "Trustworthy use of data and technology",
    "Seeing the big picture",
    "Analysing and solving problems",
    "Diplomacy and empathy",
];

/// Seven axes: four in a proficiency layer (bank index 1), three in a profile layer (bank index 2).
fn axes(scores: [Option<f64>; 7], targets: [Option<f64>; 7]) -> Vec<ChartAxis> {
    (0..7)
        .map(|i| ChartAxis {
            number: i + 1,
            name: NAMES[i].to_string(),
            layer: if i < 4 { 1 } else { 2 },
            score: scores[i],
            target: targets[i],
        })
        .collect()
}

fn layers() -> Vec<ChartLayer> {
    vec![
        ChartLayer { layer: 1, name: "Digital government user skills".into(), first_axis: 1, last_axis: 4 },
        ChartLayer { layer: 2, name: "Socio-emotional profile".into(), first_axis: 5, last_axis: 7 },
    ]
}

const SCORES: [Option<f64>; 7] = [Some(5.0), None, Some(2.5), Some(11.0 / 3.0), Some(1.0), None, Some(3.0)];
/// Targets missing in two separate places: axis 3 and the whole profile layer (axes 5 to 7).
const TARGETS_TWO_GAPS: [Option<f64>; 7] = [Some(3.0), Some(4.0), None, Some(3.0), None, None, None];
/// Targets missing only for the profile layer, as in a real result.
const TARGETS_PROFILE_GAP: [Option<f64>; 7] = [Some(3.0), Some(4.0), Some(5.0), Some(2.0), None, None, None];
const TARGETS_ALL: [Option<f64>; 7] = [Some(3.0), Some(4.0), Some(5.0), Some(2.0), Some(3.0), Some(1.0), Some(4.0)];
const TARGETS_NONE: [Option<f64>; 7] = [None; 7];

async fn mount(scores: [Option<f64>; 7], targets: [Option<f64>; 7]) -> Mounted {
    let (axes, layers) = (axes(scores, targets), layers());
    Mounted::new(radar_chart(&content(), &RadarChartProps { axes, layers, previous: Vec::new() })).await
}

/// Where the value `value` sits on axis `i` of `n`: axis 0 points up, the axes go clockwise.
fn expected_point(i: usize, n: usize, value: f64) -> (f64, f64) {
    let angle = -FRAC_PI_2 + 2.0 * PI * i as f64 / n as f64;
    let r = RADIUS * value / 5.0;
    (CX + r * angle.cos(), CY + r * angle.sin())
}

fn assert_near(actual: (f64, f64), expected: (f64, f64), what: &str) {
    assert!(
        (actual.0 - expected.0).abs() <= TOLERANCE && (actual.1 - expected.1).abs() <= TOLERANCE,
        "{what}: expected about {expected:?}, got {actual:?}"
    );
}

fn pair(s: &str) -> (f64, f64) {
    let (x, y) = s.split_once(',').unwrap_or_else(|| panic!("not a coordinate pair: {s:?}"));
    (x.trim().parse().unwrap(), y.trim().parse().unwrap())
}

fn polygon_points(el: &Element) -> Vec<(f64, f64)> {
    attr(el, "points").unwrap_or_default().split_whitespace().map(pair).collect()
}

/// A path's commands as (letter, point); "Z" has no point.
fn path_commands(el: &Element) -> Vec<(char, Option<(f64, f64)>)> {
    let d = attr(el, "d").expect("the path has a d attribute");
    d.split_whitespace()
        .map(|token| {
            let command = token.chars().next().unwrap();
            let rest = &token[command.len_utf8()..];
            (command, (!rest.is_empty()).then(|| pair(rest)))
        })
        .collect()
}

#[wasm_bindgen_test]
async fn chart_is_one_image_named_by_its_title_and_description() {
    let m = mount(SCORES, TARGETS_TWO_GAPS).await;
    let svg = m.one("svg");
    assert_eq!(attr(&svg, "role").as_deref(), Some("img"));
    let refs = id_refs(&svg, "aria-labelledby");
    assert_eq!(refs.len(), 2, "named by a title and a description");
    let title = m.by_id(&refs[0]);
    let desc = m.by_id(&refs[1]);
    assert_eq!(title.tag_name(), "title");
    assert_eq!(desc.tag_name(), "desc");
    assert_eq!(title.parent_element().as_ref(), Some(&svg), "the title is the svg's own");
    assert_eq!(desc.parent_element().as_ref(), Some(&svg), "the description is the svg's own");
    assert_eq!(text(&title), "Your skills radar");
    assert!(text(&desc).starts_with("Radar chart with one numbered axis per area"), "{:?}", text(&desc));
}

#[wasm_bindgen_test]
async fn one_numbered_label_per_axis_in_order_clockwise_from_the_top() {
    let m = mount(SCORES, TARGETS_TWO_GAPS).await;
    let labels = m.all("text.axis-label");
    assert_eq!(labels.len(), 7, "one label per axis");
    for (i, label) in labels.iter().enumerate() {
        let title = label.query_selector("title").unwrap().expect("the label names its area");
        assert_eq!(text(&title), NAMES[i]);
        let full = text(label);
        let number = full.strip_prefix(NAMES[i]).unwrap_or(&full).trim();
        assert_eq!(number, (i + 1).to_string(), "label {i} shows its axis number");
        let at = (attr(label, "x").unwrap().parse().unwrap(), attr(label, "y").unwrap().parse().unwrap());
        // Just beyond the outer ring, on the axis's own angle.
        let angle = -FRAC_PI_2 + 2.0 * PI * i as f64 / 7.0;
        assert_near(at, (CX + 186.0 * angle.cos(), CY + 186.0 * angle.sin()), &format!("label {}", i + 1));
    }
    // The first axis points straight up.
    let first = &labels[0];
    assert_eq!(attr(first, "text-anchor").as_deref(), Some("middle"));
}

#[wasm_bindgen_test]
async fn your_shape_has_one_point_per_axis_scaled_to_the_outer_ring() {
    let m = mount(SCORES, TARGETS_TWO_GAPS).await;
    let points = polygon_points(&m.one("polygon.you"));
    assert_eq!(points.len(), 7);
    let distance = |(x, y): (f64, f64)| ((x - CX).powi(2) + (y - CY).powi(2)).sqrt();
    // Score 5 is on the outer ring, at the top.
    assert!((distance(points[0]) - RADIUS).abs() <= TOLERANCE, "score 5 at distance {}", distance(points[0]));
    assert_near(points[0], (220.0, 50.0), "axis 1, score 5");
    // No score sits at the centre.
    assert_near(points[1], (CX, CY), "axis 2, no score");
    assert_near(points[5], (CX, CY), "axis 6, no score");
    for (i, score) in SCORES.iter().enumerate() {
        assert_near(points[i], expected_point(i, 7, score.unwrap_or(0.0)), &format!("axis {}", i + 1));
    }
    assert_eq!(m.all("circle.point").len(), SCORES.iter().flatten().count(), "a dot per scored axis only");
}

#[wasm_bindgen_test]
async fn target_path_breaks_at_each_gap() {
    let m = mount(SCORES, TARGETS_TWO_GAPS).await;
    let commands = path_commands(&m.one("path.target"));
    let moves = commands.iter().filter(|(c, _)| *c == 'M').count();
    assert_eq!(moves, 2, "two runs of targets, two M: {commands:?}");
    assert!(!commands.iter().any(|(c, _)| *c == 'Z'), "an interrupted target path is not closed");
    // Every drawn point is a target, and every target is drawn once.
    let mut drawn: Vec<(f64, f64)> = commands.iter().filter_map(|(_, p)| *p).collect();
    assert_eq!(drawn.len(), TARGETS_TWO_GAPS.iter().flatten().count());
    for (i, t) in TARGETS_TWO_GAPS.iter().enumerate() {
        if let Some(t) = t {
            let e = expected_point(i, 7, *t);
            let at = drawn.iter().position(|p| (p.0 - e.0).abs() <= TOLERANCE && (p.1 - e.1).abs() <= TOLERANCE);
            drawn.remove(at.unwrap_or_else(|| panic!("target of axis {} not drawn: {commands:?}", i + 1)));
        }
    }
    // No line is drawn across a gap: axis 3 has no target, so 2 and 4 are never joined.
    let (p2, p4) = (expected_point(1, 7, 4.0), expected_point(3, 7, 3.0));
    for w in commands.windows(2) {
        if let [(_, Some(a)), ('L', Some(b))] = w {
            let joins = |x: (f64, f64), y: (f64, f64)| (x.0 - y.0).abs() <= TOLERANCE && (x.1 - y.1).abs() <= TOLERANCE;
            assert!(!(joins(*a, p2) && joins(*b, p4) || joins(*a, p4) && joins(*b, p2)), "line across the gap");
        }
    }
}

#[wasm_bindgen_test]
async fn target_path_with_only_the_profile_layer_missing_is_one_open_run() {
    let m = mount(SCORES, TARGETS_PROFILE_GAP).await;
    let commands = path_commands(&m.one("path.target"));
    assert!(commands.iter().any(|(c, _)| *c == 'M'));
    assert!(!commands.iter().any(|(c, _)| *c == 'Z'), "not closed across the profile layer: {commands:?}");
    let drawn: Vec<(f64, f64)> = commands.iter().filter_map(|(_, p)| *p).collect();
    let expected: Vec<(f64, f64)> = (0..4).map(|i| expected_point(i, 7, TARGETS_PROFILE_GAP[i].unwrap())).collect();
    assert_eq!(drawn.len(), 4, "{commands:?}");
    for (d, e) in drawn.iter().zip(&expected) {
        assert_near(*d, *e, "target point");
    }
}

#[wasm_bindgen_test]
async fn target_path_is_closed_when_every_axis_has_a_target() {
    let m = mount(SCORES, TARGETS_ALL).await;
    let commands = path_commands(&m.one("path.target"));
    assert_eq!(commands.first().map(|c| c.0), Some('M'));
    assert_eq!(commands.iter().filter(|(c, _)| *c == 'M').count(), 1, "{commands:?}");
    assert_eq!(commands.last().map(|c| c.0), Some('Z'), "closed: {commands:?}");
    let drawn: Vec<(f64, f64)> = commands.iter().filter_map(|(_, p)| *p).collect();
    assert_eq!(drawn.len(), 7);
    for (i, d) in drawn.iter().enumerate() {
        assert_near(*d, expected_point(i, 7, TARGETS_ALL[i].unwrap()), &format!("target {}", i + 1));
    }
    let legend = text(&m.one(".legend-series"));
    assert!(legend.contains("Target for your role"), "{legend:?}");
}

#[wasm_bindgen_test]
async fn no_target_path_or_target_legend_without_targets() {
    let m = mount(SCORES, TARGETS_NONE).await;
    assert!(m.all("path.target").is_empty(), "no target path");
    let legend = text(&m.one(".legend-series"));
    assert!(legend.contains("Your level"), "{legend:?}");
    assert!(!legend.contains("Target"), "no target in the legend: {legend:?}");
}

#[wasm_bindgen_test]
async fn legend_lists_each_layer_with_its_axis_range() {
    let m = mount(SCORES, TARGETS_TWO_GAPS).await;
    let items: Vec<String> = m.all(".legend-layers li").iter().map(text).collect();
    assert_eq!(items, ["Digital government user skills (1–4)", "Socio-emotional profile (5–7)"]);
    assert_eq!(m.all("path.sector").len(), 2, "one wedge per layer");
}

/// The label's rendered box, from the browser's own layout of the text.
fn bbox(el: &Element) -> (f64, f64, f64, f64) {
    use wasm_bindgen::JsCast;
    let target: &wasm_bindgen::JsValue = el.as_ref();
    let f: js_sys::Function = js_sys::Reflect::get(target, &"getBBox".into()).unwrap().unchecked_into();
    let b = f.call0(target).unwrap();
    let get = |k: &str| js_sys::Reflect::get(&b, &k.into()).unwrap().as_f64().unwrap();
    (get("x"), get("y"), get("width"), get("height"))
}

/// Every label's box lies wholly outside the outer ring: no label overlaps the drawing it names.
fn assert_labels_outside_the_chart(m: &Mounted) {
    for label in m.all("text.axis-label") {
        let (x, y, w, h) = bbox(&label);
        assert!(w > 0.0, "the label is laid out");
        // The point of the box nearest the centre.
        let nx = CX.clamp(x, x + w);
        let ny = CY.clamp(y, y + h);
        let distance = ((nx - CX).powi(2) + (ny - CY).powi(2)).sqrt();
        assert!(distance >= RADIUS - 1.0, "label {:?} overlaps the chart: box {:?}", text(&label), (x, y, w, h));
    }
}

#[wasm_bindgen_test]
async fn labels_sit_outside_the_chart_left_to_right() {
    let m = mount(SCORES, TARGETS_ALL).await;
    assert_labels_outside_the_chart(&m);
}

async fn mount_arabic() -> Mounted {
    let (axes, layers) = (axes(SCORES, TARGETS_ALL), layers());
    Mounted::new_in(
        Language::Ar,
        radar_chart(&content_in(Language::Ar), &RadarChartProps { axes, layers, previous: Vec::new() }),
    )
    .await
}

#[wasm_bindgen_test]
async fn right_to_left_the_axes_run_anticlockwise_with_arabic_numerals() {
    let m = mount_arabic().await;
    let labels = m.all("text.axis-label");
    let digits = ["١", "٢", "٣", "٤", "٥", "٦", "٧"];
    for (i, label) in labels.iter().enumerate() {
        let full = text(label);
        assert!(full.ends_with(digits[i]), "label {i} shows {:?}", full);
        let at = (attr(label, "x").unwrap().parse().unwrap(), attr(label, "y").unwrap().parse().unwrap());
        let angle = -FRAC_PI_2 + 2.0 * PI * i as f64 / 7.0;
        // The mirror image of the left-to-right position.
        assert_near(at, (CX - 186.0 * angle.cos(), CY + 186.0 * angle.sin()), &format!("label {}", i + 1));
    }
    // The second axis is on the left, read after the first in right-to-left order.
    let second: f64 = attr(&labels[1], "x").unwrap().parse().unwrap();
    assert!(second < CX, "axis 2 sits left of the centre");
    assert_eq!(attr(&labels[1], "text-anchor").as_deref(), Some("end"), "its text runs away from the chart");
    // The drawing is mirrored as a whole, so points and labels agree.
    assert_eq!(attr(&m.one("g.drawing"), "transform").as_deref(), Some("matrix(-1 0 0 1 440 0)"));
    assert_labels_outside_the_chart(&m);
}

#[wasm_bindgen_test]
async fn right_to_left_the_legend_numbers_are_arabic() {
    let m = mount_arabic().await;
    let items = m.all(".legend-layers li");
    assert!(text(&items[0]).contains("(١–٤)"), "{:?}", text(&items[0]));
}

#[wasm_bindgen_test]
async fn the_previous_attempt_is_drawn_only_when_given_with_its_legend() {
    let m = mount(SCORES, TARGETS_ALL).await;
    assert_eq!(m.all("polygon.previous").len(), 0);
    assert!(!text(&m.one(".legend-series")).contains("Last time"));

    let (axes, layers) = (axes(SCORES, TARGETS_ALL), layers());
    let previous = vec![Some(4.0), Some(2.0), None, Some(3.0), Some(1.0), Some(2.0), Some(5.0)];
    let m = Mounted::new(radar_chart(&content(), &RadarChartProps { axes, layers, previous })).await;
    let points = polygon_points(&m.one("polygon.previous"));
    assert_eq!(points.len(), 7);
    assert_near(points[0], expected_point(0, 7, 4.0), "previous, axis 1");
    assert_near(points[2], (CX, CY), "an axis without a previous level sits at the centre");
    assert!(text(&m.one(".legend-series")).contains("Last time"));
}
