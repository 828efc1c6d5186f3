//! Turns answers into area scores, gaps to the role's target, strengths and focus areas.

use super::answers::{Answer, Answers};
use super::bank::{AreaRef, Bank, LayerKind};
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
        self.rated + self.not_applicable
    }
}

/// Rounds to one decimal place for display, halves away from zero.
pub fn round1(value: f64) -> f64 {
    (value * 10.0).round() / 10.0
}

/// The target for an area: the layer's default, replaced by the profession's, then by the leaders' target.
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
    if profile.leads {
        target = bank.targets.leaders.get(id).copied().or(target);
    }
    target
}

/// Scores every area of the person's plan, in plan order (layer by layer).
pub fn score_areas(bank: &Bank, profile: &Profile, answers: &Answers) -> Vec<AreaScore> {
    Plan::new(bank, profile)
        .areas()
        .map(|at| {
            let statements = &bank.area(at).statements;
            let (mut sum, mut rated, mut not_applicable) = (0u32, 0usize, 0usize);
            for st in statements {
                match answers.get(&st.id) {
                    Some(Answer::Level(level)) => {
                        sum += u32::from(*level);
                        rated += 1;
                    }
                    Some(Answer::NotApplicable) => not_applicable += 1,
                    None => {}
                }
            }
            AreaScore {
                at,
                score: (rated > 0).then(|| f64::from(sum) / rated as f64),
                rated,
                not_applicable,
                statements: statements.len(),
                target: target_for(bank, profile, at),
            }
        })
        .collect()
}

fn by_value_desc(a: f64, b: f64) -> Ordering {
    b.partial_cmp(&a).unwrap_or(Ordering::Equal)
}

/// Up to `n` areas below target, largest gap first; equal gaps keep the walk's order (lower layers first).
pub fn focus_areas(scores: &[AreaScore], n: usize) -> Vec<&AreaScore> {
    let mut gaps: Vec<(&AreaScore, f64)> =
        scores.iter().filter_map(|s| s.gap().filter(|g| *g > 0.0).map(|g| (s, g))).collect();
    gaps.sort_by(|a, b| by_value_desc(a.1, b.1));
    gaps.into_iter().take(n).map(|(s, _)| s).collect()
}

/// Areas at or above target, furthest above first.
pub fn strengths(scores: &[AreaScore], n: usize) -> Vec<&AreaScore> {
    let mut above: Vec<(&AreaScore, f64)> =
        scores.iter().filter_map(|s| s.gap().filter(|g| *g <= 0.0).map(|g| (s, g))).collect();
    above.sort_by(|a, b| a.1.partial_cmp(&b.1).unwrap_or(Ordering::Equal));
    above.into_iter().take(n).map(|(s, _)| s).collect()
}

/// The profile-layer areas the person leans on most: the highest scores, ties kept in order.
pub fn leanings(scores: &[AreaScore], n: usize) -> Vec<&AreaScore> {
    let mut profile: Vec<(&AreaScore, f64)> =
        scores.iter().filter(|s| s.target.is_none()).filter_map(|s| s.score.map(|v| (s, v))).collect();
    profile.sort_by(|a, b| by_value_desc(a.1, b.1));
    profile.into_iter().take(n).map(|(s, _)| s).collect()
}
