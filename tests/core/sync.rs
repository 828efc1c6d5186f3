//! Two tabs on one assessment: three-way merges worked out by hand.

use crate::support::{bank, profile};
use skills_radar::core::answers::{Answer, Answers};
use skills_radar::core::learning::{AreaPlan, LearningPlan};
use skills_radar::core::sync::merge;
use skills_radar::core::wizard::{Action, Assessment, Screen};

fn answers(pairs: &[(&str, u8)]) -> Answers {
    pairs.iter().map(|(id, level)| (id.to_string(), Answer::Level(*level))).collect()
}

/// Profession alpha, on `screen`, with `pairs` answered.
fn assessment(pairs: &[(&str, u8)], screen: &str) -> Assessment {
    Assessment {
        profile: Some(profile(Some("alpha"), false, false)),
        answers: answers(pairs),
        screen: Screen::Statement(screen.into()),
        ..Assessment::default()
    }
}

#[test]
fn answers_given_in_turn_in_two_tabs_are_all_kept() {
    let bank = bank();
    let base = assessment(&[("core.a.1", 3)], "core.a.2");
    let ours = assessment(&[("core.a.1", 3), ("core.a.2", 4)], "core.a.3");
    let theirs = assessment(&[("core.a.1", 3), ("core.b.1", 2)], "core.b.2");
    let merged = merge(&bank, &base, &ours, &theirs);
    assert_eq!(merged.answers, answers(&[("core.a.1", 3), ("core.a.2", 4), ("core.b.1", 2)]));
    assert_eq!(merged.screen, Screen::Statement("core.a.3".into()), "each tab keeps its own place");
}

#[test]
fn a_tab_that_fell_behind_keeps_the_other_tabs_answers_and_adds_its_own() {
    let bank = bank();
    // Tab B last read one answer; tab A has answered four more since; B now answers one of its own.
    let base = assessment(&[("core.a.1", 3)], "core.a.2");
    let theirs =
        assessment(&[("core.a.1", 3), ("core.a.2", 2), ("core.a.3", 2), ("core.b.1", 5), ("core.b.2", 1)], "core.b.3");
    let ours = assessment(&[("core.a.1", 3), ("core.b.4", 4)], "soc.a.1");
    let merged = merge(&bank, &base, &ours, &theirs);
    assert_eq!(
        merged.answers,
        answers(&[
            ("core.a.1", 3),
            ("core.a.2", 2),
            ("core.a.3", 2),
            ("core.b.1", 5),
            ("core.b.2", 1),
            ("core.b.4", 4)
        ])
    );
}

#[test]
fn a_changed_answer_comes_from_the_tab_that_changed_it() {
    let bank = bank();
    let base = assessment(&[("core.a.1", 3), ("core.a.2", 3)], "core.a.3");
    let ours = assessment(&[("core.a.1", 5), ("core.a.2", 3)], "core.a.3");
    let theirs = assessment(&[("core.a.1", 3), ("core.a.2", 1)], "core.a.3");
    assert_eq!(merge(&bank, &base, &ours, &theirs).answers, answers(&[("core.a.1", 5), ("core.a.2", 1)]));
    // Both changed the same answer: this tab's own, latest, choice stands.
    let theirs = assessment(&[("core.a.1", 2), ("core.a.2", 3)], "core.a.3");
    assert_eq!(merge(&bank, &base, &ours, &theirs).answers, answers(&[("core.a.1", 5), ("core.a.2", 3)]));
}

#[test]
fn start_over_in_another_tab_clears_what_this_tab_had_not_changed() {
    let bank = bank();
    let base = assessment(&[("core.a.1", 3)], "core.a.2");
    let theirs = Assessment::default().reduce(&bank, Action::StartOver);
    let merged = merge(&bank, &base, &base, &theirs);
    assert_eq!(merged.profile, None);
    assert!(merged.answers.is_empty());
    // The statement this tab showed is no longer in a plan: it goes to "About you", as the other tab did.
    assert_eq!(merged.screen, Screen::About);
}

#[test]
fn the_profile_completion_and_plan_merge_like_answers() {
    let bank = bank();
    let base = assessment(&[("core.a.1", 3)], "core.a.2");
    let mut ours = base.clone();
    let mut plan = LearningPlan::new();
    plan.insert("core.a".into(), AreaPlan { chosen: true, note: "mine".into(), resources: Default::default() });
    ours.learning = plan.clone();
    let mut theirs = base.clone();
    theirs.profile = Some(profile(Some("beta"), true, false));
    theirs.completed_ms = Some(1_795_416_607_000);
    theirs
        .learning
        .insert("core.b".into(), AreaPlan { chosen: true, note: "theirs".into(), resources: Default::default() });
    let merged = merge(&bank, &base, &ours, &theirs);
    assert_eq!(merged.profile, Some(profile(Some("beta"), true, false)));
    assert_eq!(merged.completed_ms, Some(1_795_416_607_000));
    assert_eq!(merged.learning.keys().collect::<Vec<_>>(), ["core.a", "core.b"]);
}

#[test]
fn merging_with_an_unchanged_copy_changes_nothing() {
    let bank = bank();
    let base = assessment(&[("core.a.1", 3)], "core.a.2");
    let ours = assessment(&[("core.a.1", 3), ("core.a.2", 4)], "core.a.3");
    assert_eq!(merge(&bank, &base, &ours, &base), ours);
    assert_eq!(
        ours.clone().reduce(&bank, Action::Merge { base: Box::new(base.clone()), theirs: Box::new(base) }),
        ours
    );
}

#[test]
fn a_tab_merges_only_when_storage_holds_what_it_did_not_write() {
    use skills_radar::core::saved::encode;
    use skills_radar::core::sync::{change, Change};
    let bank = bank();
    let mine = encode(&bank, &assessment(&[("core.a.1", 3)], "core.a.2"));
    let other = assessment(&[("core.a.1", 3), ("core.a.2", 1)], "core.a.3");
    assert_eq!(change(&bank, Some(&mine), Some(&mine)), Change::None);
    assert_eq!(change(&bank, None, None), Change::None);
    match change(&bank, Some(&mine), Some(&encode(&bank, &other))) {
        Change::Merge { base, theirs } => {
            assert_eq!(base.answers, answers(&[("core.a.1", 3)]));
            assert_eq!(*theirs, other);
        }
        wrong => panic!("expected a merge, got {wrong:?}"),
    }
    // "Delete everything" in the other tab removes the record: an empty assessment to merge.
    assert!(
        matches!(change(&bank, Some(&mine), None), Change::Merge { theirs, .. } if *theirs == Assessment::default())
    );
    // A newer version's record, or damage, is never merged over.
    let newer = r#"{"schema": 2, "answers": {}}"#;
    assert_eq!(change(&bank, Some(&mine), Some(newer)), Change::Unreadable);
    assert_eq!(change(&bank, Some(&mine), Some("{")), Change::Unreadable);
}

#[test]
fn a_continue_link_brings_its_answers_in_over_this_browsers_and_keeps_the_rest() {
    let bank = bank();
    let own = assessment(&[("core.a.1", 1), ("core.b.1", 4)], "core.b.2");
    let linked = assessment(&[("core.a.1", 3), ("core.a.2", 5)], "core.a.3");
    let merged = own.reduce(&bank, Action::Continue(Box::new(linked)));
    assert_eq!(merged.answers, answers(&[("core.a.1", 3), ("core.a.2", 5), ("core.b.1", 4)]));
    assert_eq!(merged.screen, Screen::Statement("core.a.3".into()), "at the link's place");
}
