//! The radar chart as a standalone SVG document, for download and for the PNG made from it: the same
//! geometry as the chart on screen, with its colours written in, a title with the date, and a legend that
//! names every numbered axis, so the file makes sense on its own.

use super::bank::Bank;
use super::date::day_from_ms;
use super::radar::{fmt1, points_attr, Anchor, Point, Radar};
use super::record::ResultRecord;
use super::text::{Catalog, Ui};
use std::fmt::Write;

const SIZE: f64 = 440.0;
const RADAR: Radar = Radar { cx: SIZE / 2.0, cy: SIZE / 2.0 + 50.0, radius: 170.0, max: 5.0 };
/// The layer colours of `static/style.css` (`--layer-0` …), in bank order; later layers reuse the last.
pub const LAYER_COLOURS: [&str; 6] = ["#5b3f99", "#005ea5", "#8f4a00", "#00703c", "#b0122b", "#4b5563"];
const LINE: f64 = 22.0;

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

/// The chart of `record` (and, dotted grey, of `previous` when given) as an SVG document in `text`'s language.
pub fn chart_svg(bank: &Bank, text: &Catalog, record: &ResultRecord, previous: Option<&ResultRecord>) -> ChartSvg {
    let scores = record.scores(bank);
    let n = scores.len().max(1);
    let rtl = text.language.is_rtl();
    let height = RADAR.cy + RADAR.radius + 40.0 + LINE * (scores.len() as f64 + 2.0);
    let place = |p: Point, a: Anchor| if rtl { (RADAR.mirror(p), a.flipped()) } else { (p, a) };
    let mut svg = String::new();
    let _ = write!(
        svg,
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w} {h}" width="{w}" height="{h}" lang="{lang}" direction="{dir}" font-family="system-ui, 'Noto Sans', 'Noto Sans Arabic', Arial, sans-serif">"#,
        w = fmt1(SIZE),
        h = fmt1(height),
        lang = text.language.code(),
        dir = text.language.dir(),
    );
    let title = format!(
        "{}: {}",
        text.ui(Ui::ResultsChartTitle),
        text.language.localize_digits(&day_from_ms(record.completed_ms))
    );
    let _ = write!(svg, "<title>{}</title>", escape_xml(&title));
    let _ = write!(svg, r##"<rect width="100%" height="100%" fill="#ffffff"/>"##);
    let (title_x, title_anchor) = if rtl { (SIZE - 16.0, "end") } else { (16.0, "start") };
    let _ = write!(
        svg,
        r##"<text x="{}" y="32" font-size="18" font-weight="700" fill="#0b0c0c" text-anchor="{title_anchor}" direction="ltr">{}</text>"##,
        fmt1(title_x),
        escape_xml(&title)
    );
    let mirror = if rtl { format!(r#" transform="matrix(-1 0 0 1 {} 0)""#, fmt1(SIZE)) } else { String::new() };
    let _ = write!(svg, "<g{mirror}>");
    for level in 1..=5 {
        let _ = write!(
            svg,
            r##"<polygon points="{}" fill="none" stroke="#b1b4b6" stroke-width="1"/>"##,
            points_attr(&RADAR.ring(n, f64::from(level)))
        );
    }
    for (i, s) in scores.iter().enumerate() {
        let end = RADAR.point(i, n, RADAR.max);
        let _ = write!(
            svg,
            r#"<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="{}" stroke-width="1.5"/>"#,
            fmt1(RADAR.cx),
            fmt1(RADAR.cy),
            fmt1(end.x),
            fmt1(end.y),
            colour(s.at.layer)
        );
    }
    let targets: Vec<Option<f64>> = scores.iter().map(|s| s.target.map(f64::from)).collect();
    if targets.iter().any(Option::is_some) {
        let _ = write!(
            svg,
            r##"<path d="{}" fill="none" stroke="#0b0c0c" stroke-width="2" stroke-dasharray="6 4"/>"##,
            RADAR.target_path(&targets)
        );
    }
    if let Some(previous) = previous {
        let before = previous.scores(bank);
        let values: Vec<Option<f64>> =
            scores.iter().map(|s| before.iter().find(|b| b.at == s.at).and_then(|b| b.score)).collect();
        let _ = write!(
            svg,
            r##"<polygon points="{}" fill="none" stroke="#484949" stroke-width="2" stroke-dasharray="2 3"/>"##,
            points_attr(&RADAR.polygon(&values))
        );
    }
    let values: Vec<Option<f64>> = scores.iter().map(|s| s.score).collect();
    let _ = write!(
        svg,
        r##"<polygon points="{}" fill="#0b0c0c" fill-opacity="0.15" stroke="#0b0c0c" stroke-width="2.5"/></g>"##,
        points_attr(&RADAR.polygon(&values))
    );
    for (i, s) in scores.iter().enumerate() {
        let (at, anchor) = RADAR.label(i, n, 16.0);
        let (at, anchor) = place(at, anchor);
        let _ = write!(
            svg,
            r#"<text x="{}" y="{}" text-anchor="{}" dominant-baseline="middle" font-size="15" font-weight="700" fill="{}" direction="ltr">{}</text>"#,
            fmt1(at.x),
            fmt1(at.y),
            anchor.svg(),
            colour(s.at.layer),
            text.integer(i + 1)
        );
    }
    // The legend: one line per axis, its number and area, in the reading direction.
    let (x, anchor) = if rtl { (SIZE - 16.0, "end") } else { (16.0, "start") };
    let mut y = RADAR.cy + RADAR.radius + 50.0;
    for (i, s) in scores.iter().enumerate() {
        let area = &bank.area(s.at).id;
        let score = s.score.map(|v| text.number(&super::scoring::format_level(v))).unwrap_or_default();
        let line = format!("{}. {} {}", text.integer(i + 1), text.area_name(area), score);
        let _ = write!(
            svg,
            r#"<text x="{}" y="{}" font-size="14" fill="{}" text-anchor="{anchor}">{}</text>"#,
            fmt1(x),
            fmt1(y),
            colour(s.at.layer),
            escape_xml(line.trim_end())
        );
        y += LINE;
    }
    svg.push_str("</svg>");
    ChartSvg { svg, width: SIZE, height }
}
