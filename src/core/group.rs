//! The group's picture of a workshop: per area the median, the quartiles and the count at each level, the
//! shared role target, the mix of professions, a written summary and the change between two workshops.
//! Every count below the minimum group size is suppressed ([`Shown::FewerThan`]) and an area answered by
//! fewer people has no median, so that no person can be singled out. No individual value leaves here.

use super::bank::{AreaRef, Bank, LayerKind};
use super::chart_svg::Chart;
use super::order::sorted_indices;
use super::record::{csv_field, ResultRecord};
use super::scoring::format_level;
use std::cmp::Ordering;

/// How many focus areas the summary names.
pub const FOCUS_AREAS: usize = 3;

/// A count as the group picture shows it: a number only when it is at least the minimum group size.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shown {
    Count(usize),
    FewerThan(usize),
}

/// `count` as shown in a group whose minimum size is `min`.
pub fn shown(count: usize, min: usize) -> Shown {
    if count < min {
        Shown::FewerThan(min)
    } else {
        Shown::Count(count)
    }
}

/// The median and quartiles of an area's scores.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Spread {
    pub q1: f64,
    pub median: f64,
    pub q3: f64,
}

impl Spread {
    /// The interquartile range: how far the middle half of the group spreads.
    pub fn range(&self) -> f64 {
        self.q3 - self.q1
    }
}

/// The `p`-quantile of sorted values, interpolated between the two nearest (Hyndman and Fan's type 7, as
/// spreadsheets' `QUARTILE.INC` and `PERCENTILE.INC` compute it), so a trainer can check it by hand.
pub fn quantile(sorted: &[f64], p: f64) -> Option<f64> {
    let last = sorted.len().checked_sub(1)?;
    let h = last as f64 * p;
    let below = (h as usize).min(last);
    let above = (below + 1).min(last);
    Some(sorted[below] + (h - below as f64) * (sorted[above] - sorted[below]))
}

fn spread_of(mut values: Vec<f64>) -> Option<Spread> {
    let order = sorted_indices(values.len(), &|a, b| values[a].partial_cmp(&values[b]).unwrap_or(Ordering::Equal));
    values = order.into_iter().map(|i| values[i]).collect();
    Some(Spread { q1: quantile(&values, 0.25)?, median: quantile(&values, 0.5)?, q3: quantile(&values, 0.75)? })
}

/// The whole level a person's area score counts at: the nearest, halves up (2.5 counts at 3).
pub fn level_of(score: f64) -> u8 {
    ((score * 2.0) as u32).div_ceil(2).clamp(1, 5) as u8
}

/// One area of the group's picture.
#[derive(Debug, Clone, PartialEq)]
pub struct AreaGroup {
    pub at: AreaRef,
    /// The participants who were asked the area.
    pub asked: usize,
    /// Those who rated at least one of its statements on the scale (the others answered "not applicable" or
    /// "I have not had the occasion" to all of them).
    pub answered: usize,
    /// The median and quartiles; `None` when fewer than the minimum group size answered.
    pub spread: Option<Spread>,
    /// How many answered at each level, 1 to 5 ([`level_of`] their area score).
    pub levels: [usize; 5],
    /// The role target, when every participant who answered shares it.
    pub target: Option<u8>,
    pub profile: bool,
}

impl AreaGroup {
    /// How far the median is below the shared target; `None` without both.
    pub fn gap(&self) -> Option<f64> {
        Some(f64::from(self.target?) - self.spread?.median)
    }
}

/// The group's picture.
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    pub size: usize,
    pub min_group: usize,
    /// Every area some participant was asked, in bank order.
    pub areas: Vec<AreaGroup>,
    /// How many chose each profession family, in bank order, then "none of these" (`None`).
    pub professions: Vec<(Option<String>, usize)>,
    /// How many lead people.
    pub leaders: usize,
}

impl Group {
    /// Whether the picture may be shown at all: only the count is, below the minimum group size.
    pub fn visible(&self) -> bool {
        self.size >= self.min_group
    }

    pub fn shown(&self, count: usize) -> Shown {
        shown(count, self.min_group)
    }

    pub fn area(&self, at: AreaRef) -> Option<&AreaGroup> {
        self.areas.iter().find(|a| a.at == at)
    }
}

/// The picture of `records` for a minimum group size of `min`.
pub fn group(bank: &Bank, records: &[ResultRecord], min: usize) -> Group {
    let all: Vec<_> = records.iter().map(|r| r.scores(bank)).collect();
    let mut areas = Vec::new();
    for (l, layer) in bank.layers.iter().enumerate() {
        for a in 0..layer.areas.len() {
            let at = AreaRef { layer: l, area: a };
            let of_area: Vec<_> = all.iter().filter_map(|scores| scores.iter().find(|s| s.at == at)).collect();
            if of_area.is_empty() {
                continue;
            }
            let rated: Vec<_> = of_area.iter().filter(|s| s.score.is_some()).collect();
            let values: Vec<f64> = rated.iter().filter_map(|s| s.score).collect();
            let mut levels = [0; 5];
            for v in &values {
                levels[usize::from(level_of(*v)) - 1] += 1;
            }
            let first = rated.first().and_then(|s| s.target);
            let target = first.filter(|t| rated.iter().all(|s| s.target == Some(*t)));
            areas.push(AreaGroup {
                at,
                asked: of_area.len(),
                answered: values.len(),
                spread: if values.len() >= min { spread_of(values) } else { None },
                levels,
                target,
                profile: layer.kind == LayerKind::Profile,
            });
        }
    }
    let mut professions: Vec<(Option<String>, usize)> = bank
        .professions
        .iter()
        .map(|p| {
            let id = Some(p.id.clone());
            let n = records.iter().filter(|r| r.profile.profession == id).count();
            (id, n)
        })
        .collect();
    professions.push((None, records.iter().filter(|r| r.profile.profession.is_none()).count()));
    Group {
        size: records.len(),
        min_group: min,
        areas,
        professions,
        leaders: records.iter().filter(|r| r.profile.leads).count(),
    }
}

/// The written summary of a group's picture.
#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    /// The proficiency areas with the highest median (several when they tie).
    pub strongest: Vec<AreaRef>,
    /// The areas whose middle half spreads widest (several when they tie); empty when nothing spreads.
    pub widest: Vec<AreaRef>,
    /// Up to [`FOCUS_AREAS`] areas with the largest gap between the median and the shared target, largest
    /// first; equal gaps keep bank order.
    pub focus: Vec<AreaRef>,
}

/// The areas of `areas` whose key is highest, all of them when several tie (compared in tenths, as shown).
fn highest(areas: &[&AreaGroup], key: impl Fn(&AreaGroup) -> Option<f64>) -> Vec<AreaRef> {
    let tenths = |a: &AreaGroup| key(a).map(|v| (v * 10.0).round() as i64);
    let Some(top) = areas.iter().filter_map(|a| tenths(a)).max() else { return Vec::new() };
    areas.iter().filter(|a| tenths(a) == Some(top)).map(|a| a.at).collect()
}

pub fn summary(group: &Group) -> Summary {
    let shown: Vec<&AreaGroup> = group.areas.iter().filter(|a| a.spread.is_some()).collect();
    let proficiency: Vec<&AreaGroup> = shown.iter().copied().filter(|a| !a.profile).collect();
    let mut widest = highest(&shown, |a| a.spread.map(|s| s.range()));
    if shown.iter().all(|a| a.spread.is_some_and(|s| s.range() < 0.05)) {
        widest.clear();
    }
    let gaps: Vec<(f64, AreaRef)> =
        proficiency.iter().filter_map(|a| a.gap().filter(|g| *g > 0.0).map(|g| (-g, a.at))).collect();
    let order = sorted_indices(gaps.len(), &|a, b| gaps[a].0.partial_cmp(&gaps[b].0).unwrap_or(Ordering::Equal));
    Summary {
        strongest: highest(&proficiency, |a| a.spread.map(|s| s.median)),
        widest,
        focus: order.into_iter().take(FOCUS_AREAS).map(|i| gaps[i].1).collect(),
    }
}

/// One area of two workshops compared: each one's median where it is shown.
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    pub at: AreaRef,
    pub before: Option<f64>,
    pub after: Option<f64>,
}

impl Change {
    /// The change of the median, when both are shown.
    pub fn change(&self) -> Option<f64> {
        Some(self.after? - self.before?)
    }
}

/// The median per area of `before` and `after`, for every area either has; a group below its minimum size
/// shows no median.
pub fn compare(bank: &Bank, before: &Group, after: &Group) -> Vec<Change> {
    let median = |g: &Group, at| g.visible().then(|| g.area(at)?.spread.map(|s| s.median)).flatten();
    let mut changes = Vec::new();
    for (l, layer) in bank.layers.iter().enumerate() {
        for a in 0..layer.areas.len() {
            let at = AreaRef { layer: l, area: a };
            if before.area(at).is_some() || after.area(at).is_some() {
                changes.push(Change { at, before: median(before, at), after: median(after, at) });
            }
        }
    }
    changes
}

/// A number in a CSV or a table: one decimal, `.`.
pub fn one_decimal(v: f64) -> String {
    format_level(v)
}

/// A count in the CSV: the number, or `<N` below the minimum group size.
fn csv_count(group: &Group, count: usize) -> String {
    match group.shown(count) {
        Shown::Count(n) => n.to_string(),
        Shown::FewerThan(n) => format!("<{n}"),
    }
}

/// The group's picture as CSV, aggregates only: one row per area with layer and area (id and name, in the
/// names' language), how many answered, the median and quartiles with one decimal, the count at each level,
/// and the shared target. Counts below the minimum group size are written `<N`, and an area answered by
/// fewer has no median or quartiles. Empty when the group is below its minimum size. Lines end with CRLF.
pub fn to_csv(
    bank: &Bank,
    group: &Group,
    layer_name: &dyn Fn(&str) -> String,
    area_name: &dyn Fn(&str) -> String,
) -> String {
    if !group.visible() {
        return String::new();
    }
    let mut out = String::from(
        "layer_id,layer,area_id,area,answered,median,q1,q3,level_1,level_2,level_3,level_4,level_5,target\r\n",
    );
    for a in &group.areas {
        let layer = &bank.layers[a.at.layer].id;
        let area = &bank.area(a.at).id;
        let level = |v: Option<f64>| v.map(one_decimal).unwrap_or_default();
        let mut row = vec![
            csv_field(layer),
            csv_field(&layer_name(layer)),
            csv_field(area),
            csv_field(&area_name(area)),
            csv_count(group, a.answered),
            level(a.spread.map(|s| s.median)),
            level(a.spread.map(|s| s.q1)),
            level(a.spread.map(|s| s.q3)),
        ];
        row.extend(a.levels.iter().map(|n| csv_count(group, *n)));
        row.push(level(a.target.map(f64::from)));
        out.push_str(&row.join(","));
        out.push_str("\r\n");
    }
    out
}

/// The group's chart: the same description a person's chart is drawn from (`chart_svg::draw`), with the
/// medians as the shape, the quartiles as a band, the shared targets, and the medians of `before` (a workshop
/// compared with) dotted. `names`: the legend's names of the median, the band, the target and `before`.
pub fn chart(group: &Group, before: Option<&Group>, title: String, names: [String; 4]) -> Chart {
    let medians = |g: &Group, at| g.area(at).and_then(|a| a.spread).map(|s| s.median);
    Chart {
        axes: group.areas.iter().map(|a| a.at).collect(),
        values: group.areas.iter().map(|a| a.spread.map(|s| s.median)).collect(),
        band: Some(group.areas.iter().map(|a| a.spread.map(|s| (s.q1, s.q3))).collect()),
        targets: group.areas.iter().map(|a| a.target.map(f64::from)).collect(),
        previous: before.filter(|b| b.visible()).map(|b| group.areas.iter().map(|a| medians(b, a.at)).collect()),
        title,
        names,
    }
}
