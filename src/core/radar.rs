//! Geometry of the radar chart in SVG user units: axes, rings, the person's polygon and the target path.
//! Axis 0 points straight up and axes go clockwise (SVG's y axis points down).

use std::f64::consts::{FRAC_PI_2, PI};
use std::fmt::Write;

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    pub x: f64,
    pub y: f64,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Radar {
    pub cx: f64,
    pub cy: f64,
    /// Radius of the outermost ring, which stands for `max`.
    pub radius: f64,
    pub max: f64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    Start,
    Middle,
    End,
}

impl Anchor {
    /// The alignment that keeps a label outside the chart once the chart is mirrored.
    pub fn flipped(self) -> Anchor {
        match self {
            Anchor::Start => Anchor::End,
            Anchor::Middle => Anchor::Middle,
            Anchor::End => Anchor::Start,
        }
    }

    pub fn svg(self) -> &'static str {
        match self {
            Anchor::Start => "start",
            Anchor::Middle => "middle",
            Anchor::End => "end",
        }
    }
}

/// Sine and cosine of `x`, accurate to about 1e-15: range reduction to a quarter turn, then Taylor series.
/// The standard library's versions pull about 8 KB of libm into the wasm for what a chart needs.
pub fn sin_cos(x: f64) -> (f64, f64) {
    let quarter = (x / FRAC_PI_2).round();
    let r = x - quarter * FRAC_PI_2;
    let r2 = r * r;
    // Horner form of the series up to r^17 and r^16; |r| <= pi/4 makes the next terms negligible.
    let mut sin = 0.0;
    let mut cos = 0.0;
    for k in (0..=8).rev() {
        let k = k as f64;
        sin = 1.0 - r2 / ((2.0 * k + 2.0) * (2.0 * k + 3.0)) * sin;
        cos = 1.0 - r2 / ((2.0 * k + 1.0) * (2.0 * k + 2.0)) * cos;
    }
    let (s, c) = (r * sin, cos);
    match (quarter as i64).rem_euclid(4) {
        0 => (s, c),
        1 => (c, -s),
        2 => (-s, -c),
        _ => (-c, s),
    }
}

impl Radar {
    /// `p` mirrored across the vertical line through the centre. A right-to-left chart is the mirror image
    /// of the left-to-right one, so its axes run anticlockwise from the top, in reading order.
    pub fn mirror(&self, p: Point) -> Point {
        Point { x: 2.0 * self.cx - p.x, y: p.y }
    }

    pub fn angle(axis: usize, axes: usize) -> f64 {
        -PI / 2.0 + 2.0 * PI * axis as f64 / axes.max(1) as f64
    }

    /// The point on `axis` at `value` (clamped to 0..=max).
    pub fn point(&self, axis: usize, axes: usize, value: f64) -> Point {
        // Not `f64::clamp`: its assertion message would bring the float formatter, 7 kB brotli, into the wasm.
        let r = self.radius * value.max(0.0).min(self.max) / self.max;
        let (sin, cos) = sin_cos(Radar::angle(axis, axes));
        Point { x: self.cx + r * cos, y: self.cy + r * sin }
    }

    /// The person's shape; an area with no score sits at the centre.
    pub fn polygon(&self, values: &[Option<f64>]) -> Vec<Point> {
        values.iter().enumerate().map(|(i, v)| self.point(i, values.len(), v.unwrap_or(0.0))).collect()
    }

    pub fn ring(&self, axes: usize, level: f64) -> Vec<Point> {
        (0..axes).map(|i| self.point(i, axes, level)).collect()
    }

    /// An SVG path through the targets, broken where an axis has none (a profile area). Closed when every
    /// axis has a target.
    pub fn target_path(&self, targets: &[Option<f64>]) -> String {
        let n = targets.len();
        let mut path = String::new();
        if n == 0 {
            return path;
        }
        if targets.iter().all(Option::is_some) {
            for (i, t) in targets.iter().enumerate() {
                let p = self.point(i, n, t.unwrap_or(0.0));
                let _ = write!(path, "{}{},{} ", if i == 0 { "M" } else { "L" }, fmt1(p.x), fmt1(p.y));
            }
            path.push('Z');
            return path;
        }
        // Start each run just after an axis without a target, so runs that wrap past the last axis stay whole.
        let first_gap = targets.iter().position(Option::is_none).unwrap_or(0);
        let mut drawing = false;
        for step in 1..=n {
            let i = (first_gap + step) % n;
            match targets[i] {
                Some(t) => {
                    let p = self.point(i, n, t);
                    let _ = write!(path, "{}{},{} ", if drawing { "L" } else { "M" }, fmt1(p.x), fmt1(p.y));
                    drawing = true;
                }
                None => drawing = false,
            }
        }
        path.trim_end().to_string()
    }

    /// Where an axis label goes (just beyond the outer ring) and how its text aligns to stay outside.
    pub fn label(&self, axis: usize, axes: usize, offset: f64) -> (Point, Anchor) {
        let (sin, cos) = sin_cos(Radar::angle(axis, axes));
        let r = self.radius + offset;
        let p = Point { x: self.cx + r * cos, y: self.cy + r * sin };
        let anchor = match cos {
            c if c > 0.2 => Anchor::Start,
            c if c < -0.2 => Anchor::End,
            _ => Anchor::Middle,
        };
        (p, anchor)
    }
}

/// One decimal place, dropping ".0" and never "-0": for SVG coordinates.
pub fn fmt1(v: f64) -> String {
    let tenths = (v * 10.0).round() as i64;
    let sign = if tenths < 0 { "-" } else { "" };
    let (whole, tenth) = (tenths.unsigned_abs() / 10, tenths.unsigned_abs() % 10);
    if tenth == 0 {
        if whole == 0 {
            "0".into()
        } else {
            format!("{sign}{whole}")
        }
    } else {
        format!("{sign}{whole}.{tenth}")
    }
}

/// The `points` attribute of an SVG polygon.
pub fn points_attr(points: &[Point]) -> String {
    let mut out = String::new();
    for (i, p) in points.iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let _ = write!(out, "{},{}", fmt1(p.x), fmt1(p.y));
    }
    out
}

impl Radar {
    /// A wedge behind the axes `first..=last`, reaching half-way to the neighbouring axes, used to group
    /// the axes of one layer. A wedge over every axis is the whole disc.
    pub fn sector_path(&self, first: usize, last: usize, axes: usize) -> String {
        let half = PI / axes.max(1) as f64;
        let start = Radar::angle(first, axes) - half;
        let end = Radar::angle(last, axes) + half;
        let span = end - start;
        let at = |a: f64| {
            let (sin, cos) = sin_cos(a);
            Point { x: self.cx + self.radius * cos, y: self.cy + self.radius * sin }
        };
        let r = fmt1(self.radius);
        if span >= 2.0 * PI - 1e-9 {
            let (top, bottom) = (at(-PI / 2.0), at(PI / 2.0));
            return format!(
                "M{},{} A{r},{r} 0 1 1 {},{} A{r},{r} 0 1 1 {},{} Z",
                fmt1(top.x),
                fmt1(top.y),
                fmt1(bottom.x),
                fmt1(bottom.y),
                fmt1(top.x),
                fmt1(top.y)
            );
        }
        let (p, q) = (at(start), at(end));
        let large = u8::from(span > PI);
        format!(
            "M{},{} L{},{} A{r},{r} 0 {large} 1 {},{} Z",
            fmt1(self.cx),
            fmt1(self.cy),
            fmt1(p.x),
            fmt1(p.y),
            fmt1(q.x),
            fmt1(q.y)
        )
    }
}
