use crate::support::{area, bank, profile};
use skills_radar::core::answers::{Answer, Answers};
use skills_radar::core::bank::Bank;
use skills_radar::core::plan::Profile;
use skills_radar::core::scoring::{focus_areas, leanings, round1, score_areas, strengths, target_for, AreaScore};

/// Answers giving each statement of `area_id` the listed answers, in order.
fn rate(answers: &mut Answers, bank: &Bank, area_id: &str, levels: &[Option<u8>]) {
    let statements = &bank.area(area(bank, area_id)).statements;
    for (st, level) in statements.iter().zip(levels) {
        let a = match level {
            Some(l) => Answer::Level(*l),
            None => Answer::NotApplicable,
        };
        answers.insert(st.id.clone(), a);
    }
}

fn score_of<'a>(bank: &Bank, scores: &'a [AreaScore], id: &str) -> &'a AreaScore {
    let at = area(bank, id);
    scores.iter().find(|s| s.at == at).unwrap_or_else(|| panic!("{id} not scored"))
}

fn ids(bank: &Bank, scores: &[&AreaScore]) -> Vec<String> {
    scores.iter().map(|s| bank.area(s.at).id.clone()).collect()
}

fn alpha_with_foundation() -> Profile {
    profile(Some("alpha"), false, true)
}

#[test]
fn score_is_mean_of_levels() {
    let b = bank();
    let mut answers = Answers::new();
    rate(&mut answers, &b, "core.b", &[Some(1), Some(2), Some(4), Some(4)]);
    let scores = score_areas(&b, &alpha_with_foundation(), &answers);
    let s = score_of(&b, &scores, "core.b");
    assert_eq!(s.score, Some(2.75));
    assert_eq!((s.rated, s.not_applicable, s.statements, s.answered()), (4, 0, 4, 4));
}

#[test]
fn not_applicable_is_left_out_of_the_mean() {
    let b = bank();
    let mut answers = Answers::new();
    rate(&mut answers, &b, "core.a", &[Some(5), None, Some(2)]);
    let scores = score_areas(&b, &alpha_with_foundation(), &answers);
    let s = score_of(&b, &scores, "core.a");
    assert_eq!(s.score, Some(3.5));
    assert_eq!((s.rated, s.not_applicable, s.answered()), (2, 1, 3));
}

#[test]
fn unanswered_statements_are_left_out_of_the_mean() {
    let b = bank();
    let mut answers = Answers::new();
    rate(&mut answers, &b, "core.b", &[Some(2), Some(5)]);
    let scores = score_areas(&b, &alpha_with_foundation(), &answers);
    let s = score_of(&b, &scores, "core.b");
    assert_eq!(s.score, Some(3.5));
    assert_eq!((s.rated, s.answered(), s.statements), (2, 2, 4));
}

#[test]
fn all_not_applicable_area_has_no_score_and_no_gap() {
    let b = bank();
    let mut answers = Answers::new();
    rate(&mut answers, &b, "core.a", &[None, None, None]);
    let scores = score_areas(&b, &alpha_with_foundation(), &answers);
    let s = score_of(&b, &scores, "core.a");
    assert_eq!((s.score, s.gap()), (None, None));
    assert_eq!((s.not_applicable, s.answered()), (3, 3));
    assert!(focus_areas(&scores, 10).iter().all(|f| f.at != s.at));
}

#[test]
fn unanswered_area_has_no_score_and_no_gap() {
    let b = bank();
    let scores = score_areas(&b, &alpha_with_foundation(), &Answers::new());
    assert!(scores.iter().all(|s| s.score.is_none() && s.gap().is_none() && s.answered() == 0));
    assert!(focus_areas(&scores, 10).is_empty());
    assert!(strengths(&scores, 10).is_empty());
    assert!(leanings(&scores, 10).is_empty());
}

#[test]
fn answers_outside_the_plan_are_not_scored() {
    let b = bank();
    let mut answers = Answers::new();
    rate(&mut answers, &b, "lead.a", &[Some(1), Some(1), Some(1)]);
    let scores = score_areas(&b, &alpha_with_foundation(), &answers);
    assert!(scores.iter().all(|s| s.at != area(&b, "lead.a")));
}

#[test]
fn scores_follow_plan_order() {
    let b = bank();
    let scores = score_areas(&b, &alpha_with_foundation(), &Answers::new());
    let ids: Vec<String> = scores.iter().map(|s| b.area(s.at).id.clone()).collect();
    assert_eq!(ids, ["found.a", "core.a", "core.b", "soc.a", "soc.b", "prof.alpha"]);
}

#[test]
fn gap_is_target_minus_score() {
    let b = bank();
    let mut answers = Answers::new();
    rate(&mut answers, &b, "core.b", &[Some(1), Some(2), Some(4), Some(4)]);
    rate(&mut answers, &b, "found.a", &[Some(5), Some(4), Some(4)]);
    let scores = score_areas(&b, &alpha_with_foundation(), &answers);
    assert_eq!(score_of(&b, &scores, "core.b").gap(), Some(0.25));
    assert_eq!(score_of(&b, &scores, "found.a").gap().map(round1), Some(-1.3));
}

#[test]
fn round1_rounds_to_one_decimal() {
    assert_eq!(round1(11.0 / 3.0), 3.7);
    assert_eq!(round1(10.0 / 3.0), 3.3);
    assert_eq!(round1(3.0), 3.0);
    assert_eq!(round1(0.04), 0.0);
}

#[test]
fn round1_rounds_halves_away_from_zero() {
    assert_eq!(round1(2.25), 2.3);
    assert_eq!(round1(2.75), 2.8);
    assert_eq!(round1(-2.25), -2.3);
}

#[test]
fn target_is_layer_default() {
    let b = bank();
    assert_eq!(target_for(&b, &profile(Some("beta"), false, true), area(&b, "core.a")), Some(3));
    assert_eq!(target_for(&b, &profile(None, false, true), area(&b, "found.a")), Some(3));
}

#[test]
fn profession_target_replaces_layer_default() {
    let b = bank();
    let p = profile(Some("alpha"), false, false);
    assert_eq!(target_for(&b, &p, area(&b, "core.a")), Some(4));
    assert_eq!(target_for(&b, &p, area(&b, "prof.alpha")), Some(5));
    assert_eq!(target_for(&b, &p, area(&b, "core.b")), Some(3));
}

#[test]
fn a_leaders_target_is_the_higher_of_the_professions_and_the_leaders() {
    let b = bank();
    let p = profile(Some("alpha"), true, false);
    // alpha's 4 against the leaders' 2.
    assert_eq!(target_for(&b, &p, area(&b, "core.a")), Some(4));
    // The layer's 3 against the leaders' 4.
    assert_eq!(target_for(&b, &p, area(&b, "lead.a")), Some(4));
    // Without a profession: the layer's 3 against the leaders' 2.
    assert_eq!(target_for(&b, &profile(None, true, false), area(&b, "core.a")), Some(3));
    // No leader target for this area: the profession's stays.
    assert_eq!(target_for(&b, &p, area(&b, "prof.alpha")), Some(5));
}

#[test]
fn leader_target_applies_only_to_leaders() {
    let b = bank();
    assert_eq!(target_for(&b, &profile(None, false, false), area(&b, "lead.a")), Some(3));
    assert_eq!(target_for(&b, &profile(None, true, false), area(&b, "lead.a")), Some(4));
}

#[test]
fn profile_layer_has_no_target() {
    let b = bank();
    assert_eq!(target_for(&b, &profile(Some("alpha"), true, true), area(&b, "soc.a")), None);
}

#[test]
fn profile_areas_are_never_focus_areas() {
    let b = bank();
    let mut answers = Answers::new();
    rate(&mut answers, &b, "soc.a", &[Some(1), Some(1), Some(1)]);
    rate(&mut answers, &b, "soc.b", &[Some(1), Some(1), Some(1)]);
    rate(&mut answers, &b, "core.a", &[Some(3), Some(3), Some(3)]);
    let scores = score_areas(&b, &alpha_with_foundation(), &answers);
    assert_eq!(ids(&b, &focus_areas(&scores, 3)), ["core.a"]);
    assert_eq!(score_of(&b, &scores, "soc.a").target, None);
}

/// found.a 1.0 (target 3, gap 2), core.a 2.0 (target 4, gap 2), core.b 1.0 (target 3, gap 2),
/// prof.alpha 2.0 (target 5, gap 3).
fn four_gaps(b: &Bank) -> Vec<AreaScore> {
    let mut answers = Answers::new();
    rate(&mut answers, b, "found.a", &[Some(1), Some(1), Some(1)]);
    rate(&mut answers, b, "core.a", &[Some(2), Some(2), Some(2)]);
    rate(&mut answers, b, "core.b", &[Some(1), Some(1), Some(1), Some(1)]);
    rate(&mut answers, b, "prof.alpha", &[Some(2), Some(2), Some(2)]);
    score_areas(b, &alpha_with_foundation(), &answers)
}

#[test]
fn focus_areas_largest_gap_first_ties_in_walk_order_at_most_three() {
    let b = bank();
    let scores = four_gaps(&b);
    assert_eq!(ids(&b, &focus_areas(&scores, 3)), ["prof.alpha", "found.a", "core.a"]);
}

#[test]
fn focus_areas_exclude_areas_at_or_above_target() {
    let b = bank();
    let mut answers = Answers::new();
    rate(&mut answers, &b, "found.a", &[Some(3), Some(3), Some(3)]);
    rate(&mut answers, &b, "core.a", &[Some(5), Some(5), Some(5)]);
    rate(&mut answers, &b, "core.b", &[Some(3), Some(3), Some(2), Some(3)]);
    let scores = score_areas(&b, &alpha_with_foundation(), &answers);
    assert_eq!(ids(&b, &focus_areas(&scores, 3)), ["core.b"]);
}

#[test]
fn strengths_at_or_above_target_furthest_first() {
    let b = bank();
    let mut answers = Answers::new();
    rate(&mut answers, &b, "found.a", &[Some(4), Some(4), Some(4)]); // +1
    rate(&mut answers, &b, "core.a", &[Some(5), Some(5), Some(5)]); // +1 (target 4)
    rate(&mut answers, &b, "core.b", &[Some(5), Some(5), Some(5), Some(5)]); // +2
    rate(&mut answers, &b, "prof.alpha", &[Some(5), Some(5), Some(4)]); // below 5
    rate(&mut answers, &b, "soc.a", &[Some(5), Some(5), Some(5)]); // profile
    let scores = score_areas(&b, &alpha_with_foundation(), &answers);
    assert_eq!(ids(&b, &strengths(&scores, 10)), ["core.b", "found.a", "core.a"]);
    assert_eq!(ids(&b, &strengths(&scores, 1)), ["core.b"]);
}

#[test]
fn strengths_include_areas_exactly_at_target() {
    let b = bank();
    let mut answers = Answers::new();
    rate(&mut answers, &b, "core.b", &[Some(3), Some(3), Some(3), Some(3)]);
    let scores = score_areas(&b, &alpha_with_foundation(), &answers);
    assert_eq!(ids(&b, &strengths(&scores, 3)), ["core.b"]);
}

#[test]
fn leanings_are_profile_areas_highest_first() {
    let b = bank();
    let mut answers = Answers::new();
    rate(&mut answers, &b, "soc.a", &[Some(2), Some(2), Some(3)]);
    rate(&mut answers, &b, "soc.b", &[Some(4), Some(4), Some(5)]);
    rate(&mut answers, &b, "core.a", &[Some(5), Some(5), Some(5)]);
    let scores = score_areas(&b, &alpha_with_foundation(), &answers);
    assert_eq!(ids(&b, &leanings(&scores, 3)), ["soc.b", "soc.a"]);
    assert_eq!(ids(&b, &leanings(&scores, 1)), ["soc.b"]);
}

#[test]
fn leanings_ties_keep_walk_order_and_skip_unscored() {
    let b = bank();
    let mut answers = Answers::new();
    rate(&mut answers, &b, "soc.a", &[Some(3), Some(3), Some(3)]);
    rate(&mut answers, &b, "soc.b", &[Some(3), Some(3), Some(3)]);
    let scores = score_areas(&b, &alpha_with_foundation(), &answers);
    assert_eq!(ids(&b, &leanings(&scores, 3)), ["soc.a", "soc.b"]);

    let mut answers = Answers::new();
    rate(&mut answers, &b, "soc.b", &[Some(3), None, None]);
    let scores = score_areas(&b, &alpha_with_foundation(), &answers);
    assert_eq!(ids(&b, &leanings(&scores, 3)), ["soc.b"]);
}

#[test]
fn shown_gap_agrees_with_the_displayed_score_and_target() {
    use skills_radar::core::scoring::{format_level, shown_gap};
    // 2.75 displays as 2.8: against 3 the gap a person can check is 0.2, not round(0.25) = 0.3.
    assert_eq!(format_level(2.75), "2.8");
    assert_eq!(format_level(shown_gap(2.75, 3)), "0.2");
    assert_eq!(format_level(shown_gap(3.25, 4)), "0.7");
    assert_eq!(format_level(shown_gap(11.0 / 3.0, 4)), "0.3");
    assert!(shown_gap(3.0, 3) <= 0.0);
    assert!(shown_gap(4.5, 3) < 0.0);
}
