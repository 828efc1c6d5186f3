//! The radar chart as an SVG document, the one drawing of it: shown on the results screen as an image, and
//! downloaded as a file (and the PNG made from it). One numbered axis per area, a faint wedge per layer, the
//! person's shape filled, the role's target dashed and an earlier attempt dotted, with every colour written
//! in, and a legend below it. On screen the legend names the series and the layers (the table beside the
//! chart names every axis); the file adds a title with the date and names every numbered axis, so it makes
//! sense on its own. Right to left, the drawing is
//! mirrored so the axes run anticlockwise in reading order; the labels are placed at mirrored points, not
//! mirrored glyphs.

use super::bank::{AreaRef, Bank};
use super::date::day_from_ms;
use super::radar::{fmt1, points_attr, Anchor, Point, Radar};
use super::record::ResultRecord;
use super::results::previous_points;
use super::text::{Catalog, Ui};
use std::fmt::Write;

const SIZE: f64 = 440.0;
/// On screen the drawing fills the square; in a file the title sits above it.
const SCREEN: Radar = Radar { cx: SIZE / 2.0, cy: SIZE / 2.0, radius: 170.0, max: 5.0 };
const FILE: Radar = Radar { cx: SIZE / 2.0, cy: SIZE / 2.0 + 50.0, radius: 170.0, max: 5.0 };
/// The layer colours of `static/style.css` (`--layer-0` …), in bank order; later layers reuse the last.
pub const LAYER_COLOURS: [&str; 6] = ["#5b3f99", "#005ea5", "#8f4a00", "#00703c", "#b0122b", "#4b5563"];
const LINE: f64 = 22.0;
/// The fill of a group's middle half: light enough that the median's black line stays clear on it.
const BAND: &str = "#7aa7d6";

/// Text for XML: `&`, `<`, `>` and quotes escaped, so names can never become markup.
pub fn escape_xml(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c => out.push(c),
        }
    }
    out
}

fn colour(layer: usize) -> &'static str {
    LAYER_COLOURS[layer.min(LAYER_COLOURS.len() - 1)]
}

pub struct ChartSvg {
    pub svg: String,
    pub width: f64,
    pub height: f64,
}

/// Where the chart is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChartFor {
    /// The results screen, as an image beside the table: the drawing, and the series and layers below it.
    Screen,
    /// A download: with a title and the date, and a legend naming every axis below the drawing.
    File,
}

/// What a chart shows, for a person or for a group: the one description every chart is drawn from.
#[derive(Debug, Clone, PartialEq)]
pub struct Chart {
    /// The axes in order, each an area of the bank.
    pub axes: Vec<AreaRef>,
    /// The main shape: a person's scores, or a group's medians.
    pub values: Vec<Option<f64>>,
    /// A group's middle half on each axis (first and third quartiles), drawn as a band.
    pub band: Option<Vec<Option<(f64, f64)>>>,
    pub targets: Vec<Option<f64>>,
    /// An earlier attempt, dotted grey.
    pub previous: Option<Vec<Option<f64>>>,
    /// A file's title.
    pub title: String,
    /// What the legend calls the main shape, the band, the target and the earlier attempt.
    pub names: [String; 4],
}

impl Chart {
    /// The chart of `record`, and of `previous` when given, in `text`'s language.
    pub fn of_result(bank: &Bank, text: &Catalog, record: &ResultRecord, previous: Option<&ResultRecord>) -> Chart {
        let scores = record.scores(bank);
        let previous = previous.map(|p| previous_points(&scores, Some(&p.scores(bank))));
        Chart {
            axes: scores.iter().map(|s| s.at).collect(),
            values: scores.iter().map(|s| s.score).collect(),
            band: None,
            targets: scores.iter().map(|s| s.target.map(f64::from)).collect(),
            previous,
            title: format!(
                "{}: {}",
                text.ui(Ui::ResultsChartTitle),
                text.language.localize_digits(&day_from_ms(record.completed_ms))
            ),
            names: [
                text.ui(Ui::ResultsLegendYou).to_string(),
                String::new(),
                text.ui(Ui::ResultsLegendTarget).to_string(),
                text.ui(Ui::CompareLegend).to_string(),
            ],
        }
    }
}

/// The chart of `record` (and, dotted grey, of `previous` when given) as an SVG document in `text`'s language.
pub fn chart_svg(
    bank: &Bank,
    text: &Catalog,
    record: &ResultRecord,
    previous: Option<&ResultRecord>,
    shown: ChartFor,
) -> ChartSvg {
    draw(bank, text, &Chart::of_result(bank, text, record, previous), shown)
}

/// The band of a group's middle half: a quadrilateral between each two neighbouring axes that both have
/// quartiles, from the third quartile's line to the first's, so a suppressed area leaves a gap.
fn band_path(radar: &Radar, band: &[Option<(f64, f64)>]) -> String {
    let n = band.len();
    let mut path = String::new();
    for i in 0..n {
        let j = (i + 1) % n;
        if let (Some((q1a, q3a)), Some((q1b, q3b)), true) = (band[i], band[j], n > 1) {
            let corners =
                [radar.point(i, n, q3a), radar.point(j, n, q3b), radar.point(j, n, q1b), radar.point(i, n, q1a)];
            for (k, p) in corners.iter().enumerate() {
                let _ = write!(path, "{}{},{} ", if k == 0 { "M" } else { "L" }, fmt1(p.x), fmt1(p.y));
            }
            path.push_str("Z ");
        }
    }
    path.trim_end().to_string()
}

/// `chart` as an SVG document in `text`'s language (the layer and area names, the digits, the direction).
pub fn draw(bank: &Bank, text: &Catalog, chart: &Chart, shown: ChartFor) -> ChartSvg {
    let axes = &chart.axes;
    let n = axes.len().max(1);
    let file = shown == ChartFor::File;
    let radar = if file { FILE } else { SCREEN };
    let rtl = text.language.is_rtl();
    let targets = &chart.targets;
    let has_target = targets.iter().any(Option::is_some);
    // The layers in chart order, each with its first and last axis (counted from 0).
    let mut layers: Vec<(usize, usize, usize)> = Vec::new();
    for (i, at) in axes.iter().enumerate() {
        match layers.last_mut() {
            Some((layer, _, last)) if *layer == at.layer => *last = i,
            _ => layers.push((at.layer, i, i)),
        }
    }
    let series = legend_series(chart, has_target).len();
    let height = if file {
        radar.cy + radar.radius + 40.0 + LINE * (axes.len() as f64 + 2.0)
    } else {
        SIZE + LINE * ((series + layers.len()) as f64 + 2.0)
    };
    let place = |p: Point, a: Anchor| if rtl { (radar.mirror(p), a.flipped()) } else { (p, a) };
    let mut svg = String::new();
    let _ = write!(
        svg,
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w} {h}" width="{w}" height="{h}" lang="{lang}" direction="{dir}" font-family="system-ui, 'Noto Sans', 'Noto Sans Arabic', Arial, sans-serif">"#,
        w = fmt1(SIZE),
        h = fmt1(height),
        lang = text.language.code(),
        dir = text.language.dir(),
    );
    if file {
        let title = &chart.title;
        let _ = write!(svg, "<title>{}</title>", escape_xml(title));
        let _ = write!(svg, r##"<rect width="100%" height="100%" fill="#ffffff"/>"##);
        let (title_x, title_anchor) = if rtl { (SIZE - 16.0, "end") } else { (16.0, "start") };
        let _ = write!(
            svg,
            r##"<text x="{}" y="32" font-size="18" font-weight="700" fill="#0b0c0c" text-anchor="{title_anchor}" direction="ltr">{}</text>"##,
            fmt1(title_x),
            escape_xml(title)
        );
    }
    let mirror = if rtl { format!(r#" transform="matrix(-1 0 0 1 {} 0)""#, fmt1(SIZE)) } else { String::new() };
    let _ = write!(svg, "<g{mirror}>");
    // A faint wedge behind the axes of each layer.
    for &(layer, first, last) in &layers {
        let _ = write!(
            svg,
            r#"<path class="sector" d="{}" fill="{}" fill-opacity="0.09"/>"#,
            radar.sector_path(first, last, n),
            colour(layer)
        );
    }
    for level in 1..=5 {
        let _ = write!(
            svg,
            r##"<polygon class="ring" points="{}" fill="none" stroke="#8a8d8f" stroke-width="1"/>"##,
            points_attr(&radar.ring(n, f64::from(level)))
        );
    }
    for (i, at) in axes.iter().enumerate() {
        let end = radar.point(i, n, radar.max);
        let _ = write!(
            svg,
            r#"<line class="axis" x1="{}" y1="{}" x2="{}" y2="{}" stroke="{}" stroke-width="1.5"/>"#,
            fmt1(radar.cx),
            fmt1(radar.cy),
            fmt1(end.x),
            fmt1(end.y),
            colour(at.layer)
        );
    }
    if has_target {
        let _ = write!(
            svg,
            r##"<path class="target" d="{}" fill="none" stroke="#0b0c0c" stroke-width="2.5" stroke-dasharray="7 5"/>"##,
            radar.target_path(targets)
        );
    }
    if let Some(previous) = &chart.previous {
        let _ = write!(
            svg,
            r##"<polygon class="previous" points="{}" fill="none" stroke="#484949" stroke-width="2.5" stroke-dasharray="2 4" stroke-linecap="round"/>"##,
            points_attr(&radar.polygon(previous))
        );
    }
    let values = &chart.values;
    if let Some(band) = &chart.band {
        // A group: its middle half as a band, and its medians as a line broken where an area is suppressed.
        let _ = write!(
            svg,
            r##"<path class="band" d="{}" fill="{BAND}" fill-opacity="0.35" stroke="none"/>"##,
            band_path(&radar, band)
        );
        let _ = write!(
            svg,
            r##"<path class="median" d="{}" fill="none" stroke="#0b0c0c" stroke-width="3" stroke-linejoin="round"/>"##,
            radar.target_path(values)
        );
    } else {
        let _ = write!(
            svg,
            r##"<polygon class="you" points="{}" fill="#0b0c0c" fill-opacity="0.16" stroke="#0b0c0c" stroke-width="2.5" stroke-linejoin="round"/>"##,
            points_attr(&radar.polygon(values))
        );
    }
    for (i, score) in values.iter().enumerate() {
        if let Some(score) = score {
            let p = radar.point(i, n, *score);
            let _ = write!(
                svg,
                r##"<circle class="point" cx="{}" cy="{}" r="3.5" fill="#0b0c0c"/>"##,
                fmt1(p.x),
                fmt1(p.y)
            );
        }
    }
    svg.push_str("</g>");
    // Anchors here mean left and right on the drawing, whatever the page's direction.
    for (i, axis) in axes.iter().enumerate() {
        let (at, anchor) = radar.label(i, n, 16.0);
        let (at, anchor) = place(at, anchor);
        let _ = write!(
            svg,
            r#"<text class="axis-label" x="{}" y="{}" text-anchor="{}" dominant-baseline="middle" font-size="15" font-weight="700" fill="{}" direction="ltr">{}</text>"#,
            fmt1(at.x),
            fmt1(at.y),
            anchor.svg(),
            colour(axis.layer),
            text.integer(i + 1)
        );
    }
    // The levels, up the first axis.
    for level in 1..=5u8 {
        let on_axis = radar.point(0, n, f64::from(level));
        let (p, anchor) = place(Point { x: on_axis.x + 4.0, y: on_axis.y + 12.0 }, Anchor::Start);
        let _ = write!(
            svg,
            r##"<text class="ring-label" x="{}" y="{}" text-anchor="{}" font-size="11" fill="#484949" direction="ltr">{}</text>"##,
            fmt1(p.x),
            fmt1(p.y),
            anchor.svg(),
            text.integer(usize::from(level))
        );
    }
    // The legend's lines keep the document's direction, so they start at the reading side's margin: "start" is
    // the right end of a right-to-left line.
    let (x, anchor) = if rtl { (SIZE - 16.0, "start") } else { (16.0, "start") };
    if !file {
        // The legend: a line per series, drawn as in the chart, then the layers with their axes.
        let mut y = SIZE;
        let (swatch, words) = if rtl { (SIZE - 16.0 - 24.0, SIZE - 48.0) } else { (16.0, 48.0) };
        for (name, style) in legend_series(chart, has_target) {
            y += LINE;
            let _ = write!(
                svg,
                r##"<rect class="legend-swatch" x="{}" y="{}" width="24" height="12" {style}/><text x="{}" y="{}" font-size="14" fill="#0b0c0c" text-anchor="{anchor}">{}</text>"##,
                fmt1(swatch),
                fmt1(y - 11.0),
                fmt1(words),
                fmt1(y),
                escape_xml(name)
            );
        }
        y += LINE * 1.5;
        let _ = write!(
            svg,
            r##"<text x="{}" y="{}" font-size="14" font-weight="700" fill="#0b0c0c" text-anchor="{anchor}">{}</text>"##,
            fmt1(x),
            fmt1(y),
            escape_xml(text.ui(Ui::ResultsLegendLayers))
        );
        for &(layer, first, last) in &layers {
            y += LINE;
            let line = format!(
                "{} ({}–{})",
                text.layer_name(&bank.layers[layer].id),
                text.integer(first + 1),
                text.integer(last + 1)
            );
            let (swatch, words) = if rtl { (SIZE - 16.0 - 18.0, SIZE - 42.0) } else { (16.0, 42.0) };
            let _ = write!(
                svg,
                r#"<rect class="legend-layer" x="{}" y="{}" width="18" height="12" fill="{}"/><text x="{}" y="{}" font-size="14" fill="{}" text-anchor="{anchor}">{}</text>"#,
                fmt1(swatch),
                fmt1(y - 11.0),
                colour(layer),
                fmt1(words),
                fmt1(y),
                colour(layer),
                escape_xml(&line)
            );
        }
    }
    if file {
        // The legend: one line per axis, its number and area, in the reading direction.
        let mut y = radar.cy + radar.radius + 50.0;
        for (i, (at, value)) in axes.iter().zip(values).enumerate() {
            let area = &bank.area(*at).id;
            let score = value.map(|v| text.number(&super::scoring::format_level(v))).unwrap_or_default();
            let line = format!("{}. {} {}", text.integer(i + 1), text.area_name(area), score);
            let _ = write!(
                svg,
                r#"<text x="{}" y="{}" font-size="14" fill="{}" text-anchor="{anchor}">{}</text>"#,
                fmt1(x),
                fmt1(y),
                colour(at.layer),
                escape_xml(line.trim_end())
            );
            y += LINE;
        }
    }
    svg.push_str("</svg>");
    ChartSvg { svg, width: SIZE, height }
}

/// The series the screen's legend names, each with how the chart draws it.
fn legend_series(chart: &Chart, has_target: bool) -> Vec<(&str, &'static str)> {
    let [value, band, target, previous] = &chart.names;
    let mut series = Vec::new();
    if chart.band.is_some() {
        series.push((value.as_str(), r##"fill="none" stroke="#0b0c0c" stroke-width="3""##));
        series.push((band.as_str(), r##"fill="#7aa7d6" fill-opacity="0.35" stroke="none""##));
    } else {
        series.push((value.as_str(), r##"fill="#0b0c0c" fill-opacity="0.16" stroke="#0b0c0c" stroke-width="2.5""##));
    }
    if has_target {
        series.push((target.as_str(), r##"fill="none" stroke="#0b0c0c" stroke-width="2.5" stroke-dasharray="7 5""##));
    }
    if chart.previous.is_some() {
        series.push((previous.as_str(), r##"fill="none" stroke="#484949" stroke-width="2.5" stroke-dasharray="2 4""##));
    }
    series
}

/// The chart as an image address (`data:`), for an `<img>`: the document with the two characters an address
/// gives meaning to escaped.
pub fn data_url(svg: &str) -> String {
    ["data:image/svg+xml,", &svg.replace('%', "%25").replace('#', "%23")].concat()
}
