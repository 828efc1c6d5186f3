//! The chart on the results screen, `chart_svg(.., ChartFor::Screen)`, read back from its SVG text: the
//! numbered labels, the person's shape and dots, the target path and its gaps, the layers' wedges, the
//! rings, an earlier attempt, and the mirror image right to left. Expected coordinates are worked out here
//! from the angles (axis 0 straight up, clockwise, on a 440-unit square with the level-5 ring 170 units from
//! the centre at 220,220), never with the chart's own geometry. That the labels' rendered boxes stay outside
//! the chart needs a browser's layout of the text: see `tests/e2e/languages.test.mjs` and
//! `tests/e2e/keyboard.test.mjs`.

use crate::support::{bank, bank_value, parse, result};
use serde_json::{json, Value};
use skills_radar::core::answers::Answer;
use skills_radar::core::bank::Bank;
use skills_radar::core::chart_svg::{chart_svg, data_url, ChartFor};
use skills_radar::core::locale::Language;
use skills_radar::core::map::Map;
use skills_radar::core::record::ResultRecord;
use skills_radar::core::text::{bank_text_keys, build_catalog, interface_keys, Catalog};
use std::f64::consts::{FRAC_PI_2, PI};

const CX: f64 = 220.0;
const CY: f64 = 220.0;
const RADIUS: f64 = 170.0;
const LABEL_RADIUS: f64 = RADIUS + 16.0;
/// Coordinates are written with one decimal place.
const TOLERANCE: f64 = 0.06;
const MIRROR: &str = "matrix(-1 0 0 1 440 0)";

type Points = Vec<(f64, f64)>;

// ---- the chart under test ----

/// A catalog for `b` where every text is "text of <key>".
pub fn catalog(b: &Bank, language: Language) -> Catalog {
    let ui: Map<String> = interface_keys(language).keys().map(|k| (k.clone(), format!("text of {k}"))).collect();
    let texts: Map<String> = bank_text_keys(b).keys().map(|k| (k.clone(), format!("text of {k}"))).collect();
    build_catalog(language, ("ui.json", ui), ("bank.json", texts), b).expect("test catalog")
}

/// The test bank with one change.
fn bank_after(change: impl FnOnce(&mut Value)) -> Bank {
    let mut value = bank_value();
    change(&mut value);
    parse(&serde_json::to_string(&value).unwrap()).expect("the changed test bank is valid")
}

/// `support::result()` with some answers changed.
fn answered(changes: &[(&str, Answer)]) -> ResultRecord {
    let mut r = result();
    for (id, answer) in changes {
        r.answers.insert(id.to_string(), *answer);
    }
    r
}

fn remove_answers(mut r: ResultRecord, ids: &[&str]) -> ResultRecord {
    for id in ids {
        r.answers.remove(id);
    }
    r
}

/// The screen's chart of `record` (against `previous`) in `language`, as text and read back.
fn screen(b: &Bank, record: &ResultRecord, previous: Option<&ResultRecord>, language: Language) -> Svg {
    Svg::parse(&chart_svg(b, &catalog(b, language), record, previous, ChartFor::Screen).svg)
}

fn english(record: &ResultRecord) -> Svg {
    screen(&bank(), record, None, Language::En)
}

// `support::result()`'s six axes, in the chart's order, with its hand-computed scores and targets:
// layer `core` (bank layer 1): 0 `core.a` 3.5 (target 4: the higher of alpha's and the leaders'), 1 `core.b` 10/3 (target 3);
// layer `soc` (2, profile): 2 `soc.a` 1.0, 3 `soc.b` no score; layer `prof` (3): 4 `prof.alpha` 14/3
// (target 5); layer `lead` (4): 5 `lead.a` 13/3 (target 4).
const N: usize = 6;
const SCORES: [Option<f64>; N] = [Some(3.5), Some(10.0 / 3.0), Some(1.0), None, Some(14.0 / 3.0), Some(13.0 / 3.0)];
const TARGETS: [Option<f64>; N] = [Some(4.0), Some(3.0), None, None, Some(5.0), Some(4.0)];

// ---- reading the SVG back: a small XML reader, enough for the documents the chart writes ----

#[derive(Debug)]
struct El {
    name: String,
    attrs: Vec<(String, String)>,
    /// The element's own text, entities decoded (not its children's).
    text: String,
    /// Indices of the enclosing elements, outermost first.
    ancestors: Vec<usize>,
    children: usize,
}

impl El {
    fn attr(&self, name: &str) -> Option<&str> {
        self.attrs.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
    }

    fn get(&self, name: &str) -> &str {
        self.attr(name).unwrap_or_else(|| panic!("<{}> has no {name}: {self:?}", self.name))
    }

    fn num(&self, name: &str) -> f64 {
        let v = self.get(name);
        v.parse().unwrap_or_else(|_| panic!("{name}={v:?} is not a number"))
    }

    fn has_class(&self, class: &str) -> bool {
        self.attr("class").is_some_and(|c| c.split_whitespace().any(|c| c == class))
    }
}

struct Svg {
    els: Vec<El>,
}

fn decode_entities(s: &str) -> String {
    assert!(!s.contains('<'), "unescaped < in {s:?}");
    s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&")
}

impl Svg {
    /// Every element of `svg`, in document order; panics unless the tags nest properly under one `<svg>`.
    fn parse(svg: &str) -> Svg {
        let mut els: Vec<El> = Vec::new();
        let mut open: Vec<usize> = Vec::new();
        let mut rest = svg;
        loop {
            let Some(lt) = rest.find('<') else {
                assert!(rest.trim().is_empty(), "text after the document: {rest:?}");
                break;
            };
            let text = &rest[..lt];
            match open.last() {
                Some(&top) => els[top].text.push_str(&decode_entities(text)),
                None => assert!(text.trim().is_empty(), "text outside the document: {text:?}"),
            }
            rest = &rest[lt + 1..];
            if let Some(after) = rest.strip_prefix('/') {
                let gt = after.find('>').expect("a closing tag ends");
                let name = after[..gt].trim();
                let top = open.pop().unwrap_or_else(|| panic!("</{name}> closes nothing"));
                assert_eq!(els[top].name, name, "</{name}> closes <{}>", els[top].name);
                rest = &after[gt + 1..];
                continue;
            }
            assert!(!rest.starts_with(['!', '?']), "no comments, declarations or instructions expected: {rest:.40}");
            let name_end = rest.find(|c: char| c.is_whitespace() || c == '>' || c == '/').expect("a tag ends");
            let name = rest[..name_end].to_string();
            rest = &rest[name_end..];
            let mut attrs = Vec::new();
            let closed;
            loop {
                rest = rest.trim_start();
                if let Some(after) = rest.strip_prefix("/>") {
                    closed = true;
                    rest = after;
                    break;
                }
                if let Some(after) = rest.strip_prefix('>') {
                    closed = false;
                    rest = after;
                    break;
                }
                let eq = rest.find('=').unwrap_or_else(|| panic!("an attribute without a value in <{name}>"));
                let attr = rest[..eq].trim().to_string();
                let after = rest[eq + 1..].strip_prefix('"').unwrap_or_else(|| panic!("{attr} is not quoted"));
                let end = after.find('"').expect("an attribute value ends");
                assert!(!attrs.iter().any(|(a, _): &(String, String)| *a == attr), "{attr} twice in <{name}>");
                attrs.push((attr, decode_entities(&after[..end])));
                rest = &after[end + 1..];
            }
            assert!(!open.is_empty() || els.is_empty(), "a second root element <{name}>");
            if let Some(&parent) = open.last() {
                els[parent].children += 1;
            }
            els.push(El { name, attrs, text: String::new(), ancestors: open.clone(), children: 0 });
            if !closed {
                open.push(els.len() - 1);
            }
        }
        assert!(open.is_empty(), "unclosed elements: {:?}", open.iter().map(|&i| &els[i].name).collect::<Vec<_>>());
        assert_eq!(els.first().map(|e| e.name.as_str()), Some("svg"), "an <svg> document");
        Svg { els }
    }

    fn root(&self) -> &El {
        &self.els[0]
    }

    /// The `<tag class="class">` elements, in document order.
    fn all(&self, tag: &str, class: &str) -> Vec<&El> {
        self.els.iter().filter(|e| e.name == tag && e.has_class(class)).collect()
    }

    fn one(&self, tag: &str, class: &str) -> &El {
        let found = self.all(tag, class);
        assert_eq!(found.len(), 1, "expected exactly one {tag}.{class}, found {}", found.len());
        found[0]
    }

    /// What the transforms of `el` and its ancestors do to a point of its own coordinates.
    fn to_page(&self, el: &El) -> impl Fn((f64, f64)) -> (f64, f64) {
        // Innermost first: a point is carried out through each enclosing transform in turn.
        let mut matrices: Vec<[f64; 6]> = Vec::new();
        for e in std::iter::once(el).chain(el.ancestors.iter().rev().map(|&i| &self.els[i])) {
            if let Some(t) = e.attr("transform") {
                matrices.push(matrix(t));
            }
        }
        move |(mut x, mut y)| {
            for [a, b, c, d, e, f] in &matrices {
                (x, y) = (a * x + c * y + e, b * x + d * y + f);
            }
            (x, y)
        }
    }

    /// Whether `el` is drawn with a transform, itself or through an enclosing group.
    fn transformed(&self, el: &El) -> bool {
        el.attr("transform").is_some() || el.ancestors.iter().any(|&i| self.els[i].attr("transform").is_some())
    }

    /// A polygon's points, where they land on the page.
    fn points(&self, el: &El) -> Vec<(f64, f64)> {
        let place = self.to_page(el);
        el.get("points").split_whitespace().map(pair).map(place).collect()
    }

    /// An x, y attribute pair, where it lands on the page.
    fn at(&self, el: &El, x: &str, y: &str) -> (f64, f64) {
        self.to_page(el)((el.num(x), el.num(y)))
    }

    /// A path's commands, each with its numbers; points of M, L and Z commands land where they do on the
    /// page (the chart's paths use no other commands but A, whose end point is mapped too).
    fn path(&self, el: &El) -> Vec<(char, Vec<f64>)> {
        let place = self.to_page(el);
        path_commands(el.get("d"))
            .into_iter()
            .map(|(c, mut n)| {
                if let Some(i) = n.len().checked_sub(2) {
                    let (x, y) = place((n[i], n[i + 1]));
                    (n[i], n[i + 1]) = (x, y);
                }
                (c, n)
            })
            .collect()
    }
}

/// `matrix(a b c d e f)`, or `translate`/`scale` as used in SVG.
fn matrix(transform: &str) -> [f64; 6] {
    let (kind, args) = transform.trim().strip_suffix(')').and_then(|t| t.split_once('(')).expect("a transform");
    let n: Vec<f64> = args.split([' ', ',']).filter(|s| !s.is_empty()).map(|s| s.parse().unwrap()).collect();
    match (kind.trim(), n.as_slice()) {
        ("matrix", &[a, b, c, d, e, f]) => [a, b, c, d, e, f],
        ("translate", &[x, y]) => [1.0, 0.0, 0.0, 1.0, x, y],
        ("scale", &[x, y]) => [x, 0.0, 0.0, y, 0.0, 0.0],
        _ => panic!("transform not read by this test: {transform:?}"),
    }
}

fn pair(s: &str) -> (f64, f64) {
    let (x, y) = s.split_once(',').unwrap_or_else(|| panic!("not a coordinate pair: {s:?}"));
    (x.trim().parse().unwrap(), y.trim().parse().unwrap())
}

/// A path's `d` as (command letter, its numbers).
fn path_commands(d: &str) -> Vec<(char, Vec<f64>)> {
    let mut out: Vec<(char, Vec<f64>)> = Vec::new();
    let mut number = String::new();
    let flush = |number: &mut String, out: &mut Vec<(char, Vec<f64>)>| {
        if !number.is_empty() {
            let v = number.parse().unwrap_or_else(|_| panic!("bad number {number:?} in {d:?}"));
            out.last_mut().unwrap_or_else(|| panic!("a number before any command in {d:?}")).1.push(v);
            number.clear();
        }
    };
    for c in d.chars() {
        match c {
            'A'..='Z' | 'a'..='z' => {
                flush(&mut number, &mut out);
                out.push((c, Vec::new()));
            }
            '0'..='9' | '.' => number.push(c),
            '-' => {
                flush(&mut number, &mut out);
                number.push(c);
            }
            ' ' | ',' => flush(&mut number, &mut out),
            _ => panic!("unexpected {c:?} in path {d:?}"),
        }
    }
    flush(&mut number, &mut out);
    out
}

/// The points of M and L commands, and whether each starts a run (M).
fn path_points(commands: &[(char, Vec<f64>)]) -> Vec<(bool, (f64, f64))> {
    commands
        .iter()
        .filter(|(c, _)| *c != 'Z')
        .map(|(c, n)| {
            assert!(matches!(c, 'M' | 'L'), "a target path of straight lines: {commands:?}");
            assert_eq!(n.len(), 2, "one point per command: {commands:?}");
            (*c == 'M', (n[0], n[1]))
        })
        .collect()
}

// ---- the oracle ----

fn angle(i: usize, n: usize) -> f64 {
    -FRAC_PI_2 + 2.0 * PI * i as f64 / n as f64
}

/// Where the value `value` sits on axis `i` of `n`: axis 0 points up, the axes go clockwise.
fn expected_point(i: usize, n: usize, value: f64) -> (f64, f64) {
    let r = RADIUS * value / 5.0;
    (CX + r * angle(i, n).cos(), CY + r * angle(i, n).sin())
}

fn mirrored((x, y): (f64, f64)) -> (f64, f64) {
    (2.0 * CX - x, y)
}

fn near(a: (f64, f64), b: (f64, f64)) -> bool {
    (a.0 - b.0).abs() <= TOLERANCE && (a.1 - b.1).abs() <= TOLERANCE
}

fn assert_near(actual: (f64, f64), expected: (f64, f64), what: &str) {
    assert!(near(actual, expected), "{what}: expected about {expected:?}, got {actual:?}");
}

/// The axis whose point at `value` is `p`, if any.
fn axis_of(p: (f64, f64), values: &[Option<f64>]) -> Option<usize> {
    (0..values.len()).find(|&i| values[i].is_some_and(|v| near(p, expected_point(i, values.len(), v))))
}

/// The test bank with every layer a profile layer, and no role targets: no area has a target.
fn without_targets() -> Bank {
    bank_after(|v| {
        for layer in v["layers"].as_array_mut().unwrap() {
            layer["kind"] = json!("profile");
            layer.as_object_mut().unwrap().remove("target");
        }
        v["targets"] = json!({ "professions": {}, "leaders": {} });
        // Resources serve proficiency areas only.
        v["resources"] = json!([]);
    })
}

// ---- the document ----

#[test]
fn the_screen_chart_is_the_drawing_on_a_440_unit_square_with_its_legend_below() {
    let chart = chart_svg(&bank(), &catalog(&bank(), Language::En), &result(), None, ChartFor::Screen);
    let svg = Svg::parse(&chart.svg);
    let root = svg.root();
    assert_eq!(root.attr("xmlns"), Some("http://www.w3.org/2000/svg"));
    assert_eq!((root.attr("lang"), root.attr("direction")), (Some("en"), Some("ltr")));
    // Its size is in the document, as the tools report it, for the <img> to keep its proportions.
    assert_eq!(chart.width, 440.0);
    let height = root.num("height");
    assert_eq!(root.num("width"), chart.width);
    assert_eq!(height, chart.height);
    assert_eq!(root.attr("viewBox"), Some(format!("0 0 440 {}", root.get("height")).as_str()));
    // The drawing fills the top square; the legend's lines all sit below it and inside the document.
    let inside = |(x, y): (f64, f64)| (0.0..=440.0).contains(&x) && (0.0..=440.0).contains(&y);
    for e in svg.els.iter().filter(|e| !e.ancestors.is_empty()) {
        let points: Vec<(f64, f64)> = match e.name.as_str() {
            "polygon" => svg.points(e),
            "line" => vec![svg.at(e, "x1", "y1"), svg.at(e, "x2", "y2")],
            "circle" => vec![svg.at(e, "cx", "cy")],
            "text" if e.has_class("axis-label") || e.has_class("ring-label") => vec![svg.at(e, "x", "y")],
            _ => continue,
        };
        assert!(points.iter().all(|p| inside(*p)), "{} {:?} outside the square: {points:?}", e.name, e.attr("class"));
    }
    let legend = legend_texts(&svg);
    assert!(!legend.is_empty());
    for t in &legend {
        let y = t.num("y");
        assert!(y > 440.0 && y <= height - 4.0, "legend line {:?} at y {y}, the document {height} high", t.text);
    }
    for rect in svg.els.iter().filter(|e| e.name == "rect") {
        let (y, h) = (rect.num("y"), rect.num("height"));
        assert!(y >= 440.0 && y + h <= height, "a legend swatch at y {y} in a document {height} high");
    }
    // Its name is the image's, and the areas' names are the table's: no title, no area names.
    assert!(svg.els.iter().all(|e| e.name != "title" && e.name != "desc"), "no title on screen");
    assert!(!chart.svg.contains("text of area."), "no area names in the drawing: {}", chart.svg);
    // Colours are written in, not left to a style sheet the image cannot see.
    let you = svg.one("polygon", "you");
    assert!(you.attr("fill").is_some_and(|f| f.starts_with('#')) && you.attr("stroke").is_some(), "{you:?}");
}

#[test]
fn the_image_address_is_the_drawing_with_percent_and_hash_escaped() {
    use skills_radar::core::tools::{chart_image, file_texts, record_to_saved};
    let b = bank();
    let text = catalog(&b, Language::En);
    let earlier = answered(&[("core.a.1", Answer::Level(1))]);
    let direct = chart_svg(&b, &text, &result(), Some(&earlier), ChartFor::Screen).svg;
    let url = data_url(&direct);
    let body = url.strip_prefix("data:image/svg+xml,").expect("an SVG image address");
    assert!(!body.contains('#'), "a # would end the address: {body}");
    // Decoded as the browser (and `decodeURIComponent`) does.
    let mut decoded = Vec::new();
    let bytes = body.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            decoded.push(u8::from_str_radix(&body[i + 1..i + 3], 16).expect("a %XX escape"));
            i += 3;
        } else {
            decoded.push(bytes[i]);
            i += 1;
        }
    }
    assert_eq!(String::from_utf8(decoded).unwrap(), direct);
    // And what the results screen gets from the tools, compared with the earlier attempt, is that image.
    let shown =
        chart_image(&b, &record_to_saved(&b, &result()), &record_to_saved(&b, &earlier), &file_texts(&b, &text));
    assert_eq!(shown, url);
    assert_eq!(Svg::parse(&direct).all("polygon", "previous").len(), 1, "compared with the earlier attempt");
}

// ---- labels and rings ----

#[test]
fn one_numbered_label_per_axis_just_beyond_the_outer_ring_clockwise_from_the_top() {
    let svg = english(&result());
    let labels = svg.all("text", "axis-label");
    assert_eq!(labels.len(), N, "one label per axis");
    let axes = svg.all("line", "axis");
    for (i, label) in labels.iter().enumerate() {
        assert_eq!(label.text, (i + 1).to_string(), "label {i} shows its axis number");
        assert_eq!(label.children, 0, "a bare number: the table names the area");
        let a = angle(i, N);
        let want = (CX + LABEL_RADIUS * a.cos(), CY + LABEL_RADIUS * a.sin());
        assert_near(svg.at(label, "x", "y"), want, &format!("label {}", i + 1));
        assert_eq!(label.attr("fill"), axes[i].attr("stroke"), "label {} in its axis's colour", i + 1);
    }
    // Anchored to stay outside: centred at the top and bottom, away from the chart on either side.
    let anchors: Vec<&str> = labels.iter().map(|l| l.get("text-anchor")).collect();
    assert_eq!(anchors, ["middle", "start", "start", "middle", "end", "end"]);
}

#[test]
fn one_axis_per_area_from_the_centre_to_the_outer_ring_in_its_layer_colour() {
    let svg = english(&result());
    let axes = svg.all("line", "axis");
    assert_eq!(axes.len(), N);
    for (i, axis) in axes.iter().enumerate() {
        assert_near(svg.at(axis, "x1", "y1"), (CX, CY), "an axis starts at the centre");
        assert_near(svg.at(axis, "x2", "y2"), expected_point(i, N, 5.0), &format!("axis {} ends on ring 5", i + 1));
    }
    let colour = |i: usize| axes[i].get("stroke");
    assert_eq!(colour(0), colour(1), "the two axes of a layer share its colour");
    assert_eq!(colour(2), colour(3));
    let layers = [colour(0), colour(2), colour(4), colour(5)];
    for (k, c) in layers.iter().enumerate() {
        assert!(c.starts_with('#'), "{c}");
        assert!(!layers[..k].contains(c), "each layer its own colour: {layers:?}");
    }
}

#[test]
fn five_rings_numbered_up_the_first_axis() {
    let svg = english(&result());
    let rings = svg.all("polygon", "ring");
    assert_eq!(rings.len(), 5, "a ring per level");
    for (k, ring) in rings.iter().enumerate() {
        let level = (k + 1) as f64;
        let points = svg.points(ring);
        assert_eq!(points.len(), N);
        for (i, p) in points.iter().enumerate() {
            assert_near(*p, expected_point(i, N, level), &format!("ring {level}, axis {}", i + 1));
        }
    }
    let labels = svg.all("text", "ring-label");
    let texts: Vec<&str> = labels.iter().map(|l| l.text.as_str()).collect();
    assert_eq!(texts, ["1", "2", "3", "4", "5"]);
    for (k, label) in labels.iter().enumerate() {
        // Beside the first axis (straight up), just right of it and below its ring.
        let (x, y) = svg.at(label, "x", "y");
        let ring_y = CY - RADIUS * (k + 1) as f64 / 5.0;
        assert!(x > CX && x < CX + 10.0, "ring label {} at x {x}", k + 1);
        assert!(y > ring_y && y < ring_y + 16.0, "ring label {} at y {y}, its ring at {ring_y}", k + 1);
        assert_eq!(label.get("text-anchor"), "start");
    }
}

// ---- your shape ----

#[test]
fn your_shape_has_one_point_per_axis_scaled_to_the_outer_ring() {
    // `core.a` answered 5, n/a, 5: level 5, on the outer ring at the top.
    let record = answered(&[("core.a.1", Answer::Level(5)), ("core.a.3", Answer::Level(5))]);
    let scores = [Some(5.0), SCORES[1], SCORES[2], SCORES[3], SCORES[4], SCORES[5]];
    let svg = english(&record);
    let points = svg.points(svg.one("polygon", "you"));
    assert_eq!(points.len(), N, "one point per axis");
    assert_near(points[0], (220.0, 50.0), "axis 1, level 5, on the outer ring straight up");
    // No score sits at the centre.
    assert_near(points[3], (CX, CY), "axis 4, no score");
    for (i, score) in scores.iter().enumerate() {
        assert_near(points[i], expected_point(i, N, score.unwrap_or(0.0)), &format!("axis {}", i + 1));
    }
    // A dot per scored axis only, on its point.
    let dots = svg.all("circle", "point");
    assert_eq!(dots.len(), scores.iter().flatten().count(), "a dot per scored axis only");
    let scored: Vec<usize> = (0..N).filter(|&i| scores[i].is_some()).collect();
    for (dot, &i) in dots.iter().zip(&scored) {
        assert_near(svg.at(dot, "cx", "cy"), points[i], &format!("the dot of axis {}", i + 1));
        assert!(dot.num("r") > 0.0);
    }
}

#[test]
fn nothing_scored_puts_the_whole_shape_at_the_centre_without_dots() {
    let mut record = result();
    record.answers = Map::new();
    let svg = english(&record);
    let points = svg.points(svg.one("polygon", "you"));
    assert_eq!(points.len(), N);
    for p in points {
        assert_near(p, (CX, CY), "no score");
    }
    assert!(svg.all("circle", "point").is_empty());
}

// ---- the target ----

/// Checks the target path against `targets`: every target drawn once, lines only between neighbouring
/// axes that both have one, and as many runs (M) as stretches of axes with targets.
fn assert_target_path(svg: &Svg, targets: &[Option<f64>], runs: usize) -> Vec<(bool, usize)> {
    let n = targets.len();
    let commands = svg.path(svg.one("path", "target"));
    let drawn: Vec<(bool, usize)> = path_points(&commands)
        .into_iter()
        .map(|(starts, p)| (starts, axis_of(p, targets).unwrap_or_else(|| panic!("{p:?} is no target: {commands:?}"))))
        .collect();
    let mut axes: Vec<usize> = drawn.iter().map(|d| d.1).collect();
    axes.sort_unstable();
    let want: Vec<usize> = (0..n).filter(|&i| targets[i].is_some()).collect();
    assert_eq!(axes, want, "every target drawn once: {commands:?}");
    assert_eq!(drawn.iter().filter(|d| d.0).count(), runs, "runs of targets: {commands:?}");
    assert!(drawn.first().is_some_and(|d| d.0), "starts with M: {commands:?}");
    for w in drawn.windows(2) {
        if let [(_, a), (false, b)] = w {
            assert!((a + 1) % n == *b || (b + 1) % n == *a, "a line from axis {} to {}: {commands:?}", a + 1, b + 1);
        }
    }
    drawn
}

#[test]
fn target_path_with_only_the_profile_layer_missing_is_one_open_run() {
    let svg = english(&result());
    let drawn = assert_target_path(&svg, &TARGETS, 1);
    let commands = svg.path(svg.one("path", "target"));
    assert!(!commands.iter().any(|(c, _)| *c == 'Z'), "not closed across the profile layer: {commands:?}");
    // The run wraps past the last axis and stays whole: leaders' area, then round to the first axes.
    let order: Vec<usize> = drawn.iter().map(|d| d.1).collect();
    assert!(order == [4, 5, 0, 1] || order == [1, 0, 5, 4], "one run from axis 5 round to axis 2: {order:?}");
}

#[test]
fn target_path_breaks_at_each_gap() {
    // The foundation layer as a second profile layer, before `core`: targets missing on axis 1 and on
    // axes 4 and 5, two runs between them.
    let b = bank_after(|v| {
        v["layers"][0]["kind"] = json!("profile");
        v["layers"][0].as_object_mut().unwrap().remove("target");
        // Resources serve proficiency areas only.
        v["resources"][1]["areas"] = json!(["core.a"]);
    });
    let mut record = result();
    record.profile.foundation = true;
    let targets = [None, Some(4.0), Some(3.0), None, None, Some(5.0), Some(4.0)];
    let svg = screen(&b, &record, None, Language::En);
    assert_eq!(svg.all("text", "axis-label").len(), 7);
    assert_target_path(&svg, &targets, 2);
    let commands = svg.path(svg.one("path", "target"));
    assert!(!commands.iter().any(|(c, _)| *c == 'Z'), "an interrupted target path is not closed: {commands:?}");
}

#[test]
fn target_path_is_closed_when_every_axis_has_a_target() {
    // `soc` as a proficiency layer with target 3: every axis has a target.
    let b = bank_after(|v| {
        v["layers"][2]["kind"] = json!("proficiency");
        v["layers"][2]["target"] = json!(3);
        // Every proficiency area is served by a resource.
        v["resources"][0]["areas"] = json!(["core.b", "core.a", "soc.a", "soc.b"]);
    });
    let targets = [Some(4.0), Some(3.0), Some(3.0), Some(3.0), Some(5.0), Some(4.0)];
    let svg = screen(&b, &result(), None, Language::En);
    let drawn = assert_target_path(&svg, &targets, 1);
    let order: Vec<usize> = drawn.iter().map(|d| d.1).collect();
    assert_eq!(order, [0, 1, 2, 3, 4, 5], "round from the top");
    let commands = svg.path(svg.one("path", "target"));
    assert_eq!(commands.last().map(|c| c.0), Some('Z'), "closed: {commands:?}");
    assert_eq!(commands.iter().filter(|(c, _)| *c == 'Z').count(), 1);
}

#[test]
fn no_target_path_without_targets() {
    let svg = screen(&without_targets(), &result(), None, Language::En);
    assert_eq!(svg.all("text", "axis-label").len(), N);
    assert!(svg.all("path", "target").is_empty(), "no target path");
    assert_eq!(svg.all("polygon", "you").len(), 1, "the person's shape all the same");
}

// ---- layers ----

#[test]
fn one_wedge_per_layer_reaching_half_way_to_the_next_axes() {
    let svg = english(&result());
    let sectors = svg.all("path", "sector");
    assert_eq!(sectors.len(), 4, "one wedge per layer: core, soc, prof, lead");
    let axes = svg.all("line", "axis");
    // (first axis, last axis) of each layer; a wedge runs from half a step before the first to half a step
    // after the last, all the way round between them.
    let step = 2.0 * PI / N as f64;
    for (sector, (first, last)) in sectors.iter().zip([(0, 1), (2, 3), (4, 4), (5, 5)]) {
        let commands = svg.path(sector);
        let letters: String = commands.iter().map(|c| c.0).collect();
        assert_eq!(letters, "MLAZ", "centre, edge, arc, back: {commands:?}");
        let (start, end) = (angle(first, N) - step / 2.0, angle(last, N) + step / 2.0);
        let m = &commands[0].1;
        assert_near((m[0], m[1]), (CX, CY), "from the centre");
        let l = &commands[1].1;
        assert_near((l[0], l[1]), (CX + RADIUS * start.cos(), CY + RADIUS * start.sin()), "its first edge");
        let a = &commands[2].1;
        assert_eq!(a.len(), 7, "{commands:?}");
        assert_eq!(&a[..5], &[RADIUS, RADIUS, 0.0, 0.0, 1.0], "a clockwise arc on the outer ring, under half a turn");
        assert_near((a[5], a[6]), (CX + RADIUS * end.cos(), CY + RADIUS * end.sin()), "its last edge");
        assert_eq!(sector.attr("fill"), axes[first].attr("stroke"), "in the colour of its axes");
        assert!(sector.num("fill-opacity") < 0.5, "faint");
    }
}

// ---- the legend ----

/// The legend's lines: every text but the numbers of the axes and of the levels, in document order.
fn legend_texts(svg: &Svg) -> Vec<&El> {
    svg.els.iter().filter(|e| e.name == "text" && !e.has_class("axis-label") && !e.has_class("ring-label")).collect()
}

fn legend_lines(svg: &Svg) -> Vec<&str> {
    legend_texts(svg).into_iter().map(|t| t.text.as_str()).collect()
}

/// The direction `el`'s text is laid out in: its own `direction`, else the nearest enclosing one, else ltr.
fn direction<'a>(svg: &'a Svg, el: &'a El) -> &'a str {
    std::iter::once(el)
        .chain(el.ancestors.iter().rev().map(|&i| &svg.els[i]))
        .find_map(|e| e.attr("direction"))
        .unwrap_or("ltr")
}

/// Which end of a text is at its `x`: `start` is the left end left to right and the right end right to left
/// (SVG's `text-anchor`, whose default is `start`).
fn anchored_end(svg: &Svg, el: &El) -> &'static str {
    match (direction(svg, el), el.attr("text-anchor").unwrap_or("start")) {
        (_, "middle") => "middle",
        ("ltr", "start") | ("rtl", "end") => "left",
        ("rtl", "start") | ("ltr", "end") => "right",
        other => panic!("unexpected direction and anchor {other:?}"),
    }
}

#[test]
fn the_legend_names_your_level_the_target_and_each_layer_with_its_axes() {
    let svg = english(&result());
    assert_eq!(
        legend_lines(&svg),
        [
            "text of results.legend-you",
            "text of results.legend-target",
            "text of results.legend-layers",
            "text of layer.core.name (1–2)",
            "text of layer.soc.name (3–4)",
            "text of layer.prof.name (5–5)",
            "text of layer.lead.name (6–6)",
        ]
    );
    let texts = legend_texts(&svg);
    let ys: Vec<f64> = texts.iter().map(|t| t.num("y")).collect();
    assert!(ys.windows(2).all(|w| w[1] >= w[0] + 14.0), "one line below the other: {ys:?}");
    // Each layer's line and swatch in the colour of its axes, the swatch beside its line.
    let axes = svg.all("line", "axis");
    let swatches = svg.all("rect", "legend-layer");
    assert_eq!(swatches.len(), 4, "a swatch per layer");
    for (k, first) in [0, 2, 4, 5].into_iter().enumerate() {
        let (swatch, line) = (swatches[k], texts[3 + k]);
        let colour = axes[first].attr("stroke");
        assert_eq!(swatch.attr("fill"), colour, "the swatch of layer {}", k + 1);
        assert_eq!(line.attr("fill"), colour, "the line of layer {}", k + 1);
        let middle = swatch.num("y") + swatch.num("height") / 2.0;
        assert!((middle - line.num("y")).abs() < 10.0, "swatch {} at {middle}, its line at {}", k + 1, line.num("y"));
    }
}

#[test]
fn the_legend_names_the_target_and_last_time_only_when_they_are_drawn() {
    let you = "text of results.legend-you";
    let (target, last_time, layers) =
        ("text of results.legend-target", "text of compare.legend", "text of results.legend-layers");
    let series = |svg: &Svg| -> Vec<String> {
        let lines = legend_lines(svg);
        lines[..lines.iter().position(|l| *l == layers).expect("the layers' title")]
            .iter()
            .map(|l| l.to_string())
            .collect()
    };
    let svg = english(&result());
    assert_eq!(series(&svg), [you, target]);
    assert_eq!(svg.all("rect", "legend-swatch").len(), 2);

    let svg = screen(&without_targets(), &result(), None, Language::En);
    assert_eq!(series(&svg), [you], "no target drawn, none named");
    assert_eq!(svg.all("rect", "legend-swatch").len(), 1);

    let earlier = answered(&[("core.a.1", Answer::Level(1))]);
    let svg = screen(&bank(), &result(), Some(&earlier), Language::En);
    assert_eq!(series(&svg), [you, target, last_time]);
    let svg = screen(&without_targets(), &result(), Some(&earlier), Language::En);
    assert_eq!(series(&svg), [you, last_time]);
}

#[test]
fn the_series_swatches_are_drawn_as_the_series_are() {
    let earlier = answered(&[("core.a.1", Answer::Level(1))]);
    let svg = screen(&bank(), &result(), Some(&earlier), Language::En);
    let swatches = svg.all("rect", "legend-swatch");
    assert_eq!(swatches.len(), 3);
    let style = |e: &El| {
        ["fill", "fill-opacity", "stroke", "stroke-width", "stroke-dasharray"].map(|a| e.attr(a).map(str::to_string))
    };
    assert_eq!(style(swatches[0]), style(svg.one("polygon", "you")), "your level: filled");
    assert_eq!(style(swatches[1]), style(svg.one("path", "target")), "the target: dashed");
    assert_eq!(style(swatches[2]), style(svg.one("polygon", "previous")), "last time: dotted");
    let texts = legend_texts(&svg);
    for (k, swatch) in swatches.iter().enumerate() {
        let middle = swatch.num("y") + swatch.num("height") / 2.0;
        assert!((middle - texts[k].num("y")).abs() < 10.0, "series swatch {} beside its line", k + 1);
    }
}

/// Every legend line starts at the margin on the reading side, its swatch between the margin and its words.
fn assert_legend_reads_from(svg: &Svg, side: &str) {
    let texts = legend_texts(svg);
    for t in &texts {
        assert_eq!(anchored_end(svg, t), side, "{:?} starts at the {side} margin", t.text);
        let x = t.num("x");
        assert!(if side == "left" { x <= 60.0 } else { x >= 380.0 }, "{:?} at x {x}", t.text);
    }
    for rect in svg.els.iter().filter(|e| e.name == "rect") {
        let (x, w) = (rect.num("x"), rect.num("width"));
        assert!(x >= 16.0 && x + w <= 424.0, "a swatch inside the margins: {x}..{}", x + w);
        // Its words, on the same line, run away from it.
        let line = texts.iter().find(|t| (t.num("y") - rect.num("y") - rect.num("height") / 2.0).abs() < 10.0);
        let line = line.unwrap_or_else(|| panic!("a swatch without a line: {rect:?}"));
        if side == "left" {
            assert!(line.num("x") >= x + w, "{:?} right of its swatch", line.text);
        } else {
            assert!(line.num("x") <= x, "{:?} left of its swatch", line.text);
        }
    }
}

#[test]
fn left_to_right_the_legend_reads_from_the_left_margin() {
    let earlier = answered(&[("core.a.1", Answer::Level(1))]);
    assert_legend_reads_from(&screen(&bank(), &result(), Some(&earlier), Language::En), "left");
}

#[test]
fn right_to_left_the_legend_reads_from_the_right_margin_with_arabic_numbers() {
    let earlier = answered(&[("core.a.1", Answer::Level(1))]);
    let svg = screen(&bank(), &result(), Some(&earlier), Language::Ar);
    let lines = legend_lines(&svg);
    assert_eq!(
        &lines[lines.len() - 4..],
        [
            "text of layer.core.name (١–٢)",
            "text of layer.soc.name (٣–٤)",
            "text of layer.prof.name (٥–٥)",
            "text of layer.lead.name (٦–٦)"
        ]
    );
    assert!(legend_texts(&svg).iter().all(|t| !svg.transformed(t)), "the legend is not mirrored");
    assert_legend_reads_from(&svg, "right");
}

#[test]
fn the_file_s_legend_lines_start_at_the_margin_on_the_reading_side() {
    let b = bank();
    for (language, side) in [(Language::En, "left"), (Language::Ar, "right")] {
        let chart = chart_svg(&b, &catalog(&b, language), &result(), None, ChartFor::File);
        let svg = Svg::parse(&chart.svg);
        let texts = legend_texts(&svg);
        assert_eq!(texts.len(), 1 + N, "{language:?}: the title and a line per axis");
        for t in texts {
            assert_eq!(anchored_end(&svg, t), side, "{language:?}: {:?} starts at the {side} margin", t.text);
        }
    }
}

// ---- an earlier attempt ----

#[test]
fn the_previous_attempt_is_drawn_only_when_given() {
    assert!(english(&result()).all("polygon", "previous").is_empty(), "nothing to compare with");

    // Earlier: `core.a` 4, 4, 4 -> 4; `core.b` not answered; `soc.a` 2; `soc.b` 5, 5, 3 -> 13/3;
    // `prof.alpha` 1 -> 1; `lead.a` as now, 13/3.
    let earlier = remove_answers(
        answered(&[
            ("core.a.1", Answer::Level(4)),
            ("core.a.2", Answer::Level(4)),
            ("core.a.3", Answer::Level(4)),
            ("soc.a.1", Answer::Level(2)),
            ("soc.b.1", Answer::Level(5)),
            ("soc.b.2", Answer::Level(5)),
            ("soc.b.3", Answer::Level(3)),
            ("prof.alpha.1", Answer::Level(1)),
        ]),
        &["core.b.1", "core.b.2", "core.b.3", "prof.alpha.2", "prof.alpha.3"],
    );
    let before = [Some(4.0), None, Some(2.0), Some(13.0 / 3.0), Some(1.0), Some(13.0 / 3.0)];
    let svg = screen(&bank(), &result(), Some(&earlier), Language::En);
    let points = svg.points(svg.one("polygon", "previous"));
    assert_eq!(points.len(), N);
    for (i, level) in before.iter().enumerate() {
        assert_near(points[i], expected_point(i, N, level.unwrap_or(0.0)), &format!("previous, axis {}", i + 1));
    }
    assert_near(points[1], (CX, CY), "an axis without an earlier level sits at the centre");
    // Today's shape is unchanged by the comparison.
    let you = svg.points(svg.one("polygon", "you"));
    for (i, score) in SCORES.iter().enumerate() {
        assert_near(you[i], expected_point(i, N, score.unwrap_or(0.0)), &format!("you, axis {}", i + 1));
    }
}

// ---- right to left ----

#[test]
fn right_to_left_the_drawing_is_the_mirror_image_with_arabic_numbers_at_mirrored_points() {
    let earlier = answered(&[("core.a.1", Answer::Level(1)), ("soc.b.1", Answer::Level(2))]);
    let ltr = screen(&bank(), &result(), Some(&earlier), Language::En);
    let rtl = screen(&bank(), &result(), Some(&earlier), Language::Ar);
    assert_eq!((rtl.root().attr("lang"), rtl.root().attr("direction")), (Some("ar"), Some("rtl")));
    assert!(!ltr.els.iter().any(|e| e.attr("transform").is_some()), "nothing is transformed left to right");

    // The shapes are drawn in one group, mirrored as a whole about the vertical through the centre.
    let groups: Vec<&El> = rtl.els.iter().filter(|e| e.name == "g").collect();
    assert_eq!(groups.len(), 1, "{groups:?}");
    assert_eq!(groups[0].attr("transform"), Some(MIRROR));
    for (tag, class) in [
        ("path", "sector"),
        ("polygon", "ring"),
        ("line", "axis"),
        ("path", "target"),
        ("polygon", "previous"),
        ("polygon", "you"),
        ("circle", "point"),
    ] {
        let (l, r) = (ltr.all(tag, class), rtl.all(tag, class));
        assert_eq!(l.len(), r.len(), "{tag}.{class}");
        assert!(!r.is_empty(), "{tag}.{class}");
        for (l, r) in l.iter().zip(&r) {
            assert!(rtl.transformed(r), "{tag}.{class} is in the mirrored group");
            let (lp, rp): (Points, Points) = match tag {
                "polygon" => (ltr.points(l), rtl.points(r)),
                "line" => (
                    vec![ltr.at(l, "x1", "y1"), ltr.at(l, "x2", "y2")],
                    vec![rtl.at(r, "x1", "y1"), rtl.at(r, "x2", "y2")],
                ),
                "circle" => (vec![ltr.at(l, "cx", "cy")], vec![rtl.at(r, "cx", "cy")]),
                _ => {
                    let ends = |svg: &Svg, e: &El| {
                        svg.path(e)
                            .iter()
                            .filter(|c| c.1.len() >= 2)
                            .map(|c| (c.1[c.1.len() - 2], c.1[c.1.len() - 1]))
                            .collect()
                    };
                    (ends(&ltr, l), ends(&rtl, r))
                }
            };
            assert_eq!(lp.len(), rp.len());
            for (a, b) in lp.iter().zip(&rp) {
                assert_near(*b, mirrored(*a), &format!("{tag}.{class} mirrored"));
            }
        }
    }
    // The shape itself, where it lands: axis 2 is now left of axis 1, read after it right to left.
    let you = rtl.points(rtl.one("polygon", "you"));
    for (i, score) in SCORES.iter().enumerate() {
        assert_near(you[i], mirrored(expected_point(i, N, score.unwrap_or(0.0))), &format!("axis {}", i + 1));
    }
    assert!(you[1].0 < CX, "axis 2 sits left of the centre");

    // The labels are placed at the mirrored points, not mirrored themselves (their glyphs read rightly).
    let labels = rtl.all("text", "axis-label");
    let digits = ["١", "٢", "٣", "٤", "٥", "٦"];
    assert_eq!(labels.len(), N);
    for (i, label) in labels.iter().enumerate() {
        assert_eq!(label.text, digits[i], "label {}", i + 1);
        assert!(!rtl.transformed(label), "label {} is not mirrored", i + 1);
        let a = angle(i, N);
        let want = mirrored((CX + LABEL_RADIUS * a.cos(), CY + LABEL_RADIUS * a.sin()));
        assert_near(rtl.at(label, "x", "y"), want, &format!("label {}", i + 1));
    }
    let anchors: Vec<&str> = labels.iter().map(|l| l.get("text-anchor")).collect();
    assert_eq!(anchors, ["middle", "end", "end", "middle", "start", "start"], "each running away from the chart");
    assert!(rtl.at(labels[1], "x", "y").0 < CX, "axis 2's label is on the left");
    let rings = rtl.all("text", "ring-label");
    let texts: Vec<&str> = rings.iter().map(|l| l.text.as_str()).collect();
    assert_eq!(texts, ["١", "٢", "٣", "٤", "٥"]);
    for (l, r) in ltr.all("text", "ring-label").iter().zip(&rings) {
        assert!(!rtl.transformed(r));
        assert_near(rtl.at(r, "x", "y"), mirrored(ltr.at(l, "x", "y")), "a level's number at the mirrored point");
        assert_eq!(r.get("text-anchor"), "end", "running away from the first axis");
    }
}
