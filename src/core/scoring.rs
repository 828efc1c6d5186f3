//! Turns answers into area scores, gaps to the role's target, strengths and focus areas.

use super::answers::{Answer, Answers};
use super::bank::{AreaRef, Bank, LayerKind};
use super::order::sorted_indices;
use super::plan::{Plan, Profile};
use std::cmp::Ordering;

/// The outcome for one assessed area.
#[derive(Debug, Clone, PartialEq)]
pub struct AreaScore {
    pub at: AreaRef,
    /// Mean of the levels given, 1.0 to 5.0; `None` when nothing was rated (all skipped or not applicable).
    pub score: Option<f64>,
    /// Statements rated on the scale.
    pub rated: usize,
    /// Statements answered "not applicable".
    pub not_applicable: usize,
    /// Statements answered "I have not had the occasion".
    pub no_occasion: usize,
    pub statements: usize,
    /// The level the person's role calls for; `None` in a profile layer.
    pub target: Option<u8>,
}

impl AreaScore {
    /// How far the score is below the target (negative when above); `None` without both.
    pub fn gap(&self) -> Option<f64> {
        Some(f64::from(self.target?) - self.score?)
    }

    pub fn answered(&self) -> usize {
        self.rated + self.not_applicable + self.no_occasion
    }
}

/// Rounds to one decimal place for display, halves away from zero.
pub fn round1(value: f64) -> f64 {
    (value * 10.0).round() / 10.0
}

/// The gap as a person reads it: the target minus the score *as displayed*, so that the three numbers in a
/// row of the results table always agree. Positive when below target.
pub fn shown_gap(score: f64, target: u8) -> f64 {
    f64::from(target) - round1(score)
}

/// A level in tenths, rounded as displayed: 3.66 is 37.
pub fn tenths(value: f64) -> i64 {
    (value * 10.0).round() as i64
}

/// A level for display with exactly one decimal place ("3.0", "3.7"). Integer arithmetic keeps the
/// float formatter, several kilobytes of wasm, out of the build.
pub fn format_level(value: f64) -> String {
    let tenths = tenths(value);
    let sign = if tenths < 0 { "-" } else { "" };
    format!("{sign}{}.{}", tenths.unsigned_abs() / 10, tenths.unsigned_abs() % 10)
}

/// The target for an area: the layer's default, replaced by the profession's; for a person who leads, the
/// higher of that and the leaders' target.
pub fn target_for(bank: &Bank, profile: &Profile, at: AreaRef) -> Option<u8> {
    let layer = &bank.layers[at.layer];
    if layer.kind == LayerKind::Profile {
        return None;
    }
    let id = &layer.areas[at.area].id;
    let mut target = layer.target;
    if let Some(levels) = profile.profession.as_ref().and_then(|p| bank.targets.professions.get(p)) {
        target = levels.get(id).copied().or(target);
    }
    if let Some(&leader) = bank.targets.leaders.get(id).filter(|_| profile.leads) {
        target = Some(target.map_or(leader, |t| t.max(leader)));
    }
    target
}

/// Scores every area of the person's plan, in plan order (layer by layer).
pub fn score_areas(bank: &Bank, profile: &Profile, answers: &Answers) -> Vec<AreaScore> {
    Plan::new(bank, profile)
        .areas()
        .map(|at| {
            let statements = &bank.area(at).statements;
            let (mut sum, mut rated, mut not_applicable, mut no_occasion) = (0u32, 0usize, 0usize, 0usize);
            for st in statements {
                match answers.get(&st.id) {
                    Some(Answer::Level(level)) => {
                        sum += u32::from(*level);
                        rated += 1;
                    }
                    Some(Answer::NotApplicable) => not_applicable += 1,
                    Some(Answer::NoOccasion) => no_occasion += 1,
                    None => {}
                }
            }
            AreaScore {
                at,
                score: (rated > 0).then(|| f64::from(sum) / rated as f64),
                rated,
                not_applicable,
                no_occasion,
                statements: statements.len(),
                target: target_for(bank, profile, at),
            }
        })
        .collect()
}

/// Indices of `keyed` ordered by key, ascending; equal keys keep their order.
fn rank(keyed: &[(f64, usize)]) -> Vec<usize> {
    let order = sorted_indices(keyed.len(), &|a, b| keyed[a].0.partial_cmp(&keyed[b].0).unwrap_or(Ordering::Equal));
    order.into_iter().map(|i| keyed[i].1).collect()
}

fn pick<'a>(scores: &'a [AreaScore], keyed: &[(f64, usize)], n: usize) -> Vec<&'a AreaScore> {
    rank(keyed).into_iter().take(n).map(|i| &scores[i]).collect()
}

/// Up to `n` areas below target, largest gap first; equal gaps keep the walk's order (lower layers first).
pub fn focus_areas(scores: &[AreaScore], n: usize) -> Vec<&AreaScore> {
    let keyed: Vec<(f64, usize)> =
        scores.iter().enumerate().filter_map(|(i, s)| s.gap().filter(|g| *g > 0.0).map(|g| (-g, i))).collect();
    pick(scores, &keyed, n)
}

/// Areas at or above target, furthest above first.
pub fn strengths(scores: &[AreaScore], n: usize) -> Vec<&AreaScore> {
    let keyed: Vec<(f64, usize)> =
        scores.iter().enumerate().filter_map(|(i, s)| s.gap().filter(|g| *g <= 0.0).map(|g| (g, i))).collect();
    pick(scores, &keyed, n)
}

/// The profile-layer areas the person leans on most: the highest scores, ties kept in order.
pub fn leanings(scores: &[AreaScore], n: usize) -> Vec<&AreaScore> {
    let keyed: Vec<(f64, usize)> = scores
        .iter()
        .enumerate()
        .filter(|(_, s)| s.target.is_none())
        .filter_map(|(i, s)| s.score.map(|v| (-v, i)))
        .collect();
    pick(scores, &keyed, n)
}
