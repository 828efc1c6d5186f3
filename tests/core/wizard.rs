use crate::support::{bank, profile, result, COMPLETED_MS};
use skills_radar::core::answers::Answer;
use skills_radar::core::bank::Bank;
use skills_radar::core::learning::{PlanChange, ResourceStatus};
use skills_radar::core::wizard::{progress, Action, Assessment, Screen};

fn intro(id: &str) -> Screen {
    Screen::LayerIntro(id.into())
}

fn st(id: &str) -> Screen {
    Screen::Statement(id.into())
}

fn answer(id: &str, answer: Answer) -> Action {
    Action::Answer { statement: id.into(), answer }
}

fn run(bank: &Bank, mut a: Assessment, actions: impl IntoIterator<Item = Action>) -> Assessment {
    for action in actions {
        a = a.reduce(bank, action);
    }
    a
}

/// Started with profession alpha, not leading, no foundation: on the `core` layer intro.
fn started(bank: &Bank) -> Assessment {
    run(bank, Assessment::default(), [Action::Start, Action::SetProfile(profile(Some("alpha"), false, false))])
}

fn at(a: Assessment, screen: Screen) -> Assessment {
    Assessment { screen, ..a }
}

/// The screens after "About you" for `started`.
fn walk() -> Vec<Screen> {
    vec![
        intro("core"),
        st("core.a.1"),
        st("core.a.2"),
        st("core.a.3"),
        st("core.b.1"),
        st("core.b.2"),
        st("core.b.3"),
        st("core.b.4"),
        intro("soc"),
        st("soc.a.1"),
        st("soc.a.2"),
        st("soc.a.3"),
        st("soc.b.1"),
        st("soc.b.2"),
        st("soc.b.3"),
        intro("prof"),
        st("prof.alpha.1"),
        st("prof.alpha.2"),
        st("prof.alpha.3"),
        Screen::Results,
    ]
}

#[test]
fn start_goes_to_about() {
    let b = bank();
    assert_eq!(Assessment::default().reduce(&b, Action::Start).screen, Screen::About);
}

#[test]
fn set_profile_goes_to_first_layer_intro() {
    let b = bank();
    let a = started(&b);
    assert_eq!(a.screen, intro("core"));
    assert_eq!(a.profile, Some(profile(Some("alpha"), false, false)));
    let with_foundation = Assessment::default().reduce(&b, Action::SetProfile(profile(None, false, true)));
    assert_eq!(with_foundation.screen, intro("found"));
}

#[test]
fn next_walks_every_screen_to_results() {
    let b = bank();
    let mut a = started(&b);
    let mut seen = vec![a.screen.clone()];
    while a.screen != Screen::Results && seen.len() < 100 {
        a = a.reduce(&b, Action::Next);
        seen.push(a.screen.clone());
    }
    assert_eq!(seen, walk());
}

#[test]
fn next_on_about_goes_to_first_layer_intro() {
    let b = bank();
    let a = at(started(&b), Screen::About).reduce(&b, Action::Next);
    assert_eq!(a.screen, intro("core"));
}

#[test]
fn next_on_about_without_profile_stays() {
    let b = bank();
    let a = run(&b, Assessment::default(), [Action::Start, Action::Next]);
    assert_eq!(a.screen, Screen::About);
}

#[test]
fn next_on_results_stays() {
    let b = bank();
    let a = at(started(&b), Screen::Results).reduce(&b, Action::Next);
    assert_eq!(a.screen, Screen::Results);
}

#[test]
fn back_reverses_the_walk_to_welcome() {
    let b = bank();
    let mut a = at(started(&b), Screen::Results);
    let mut seen = vec![a.screen.clone()];
    while a.screen != Screen::Welcome && seen.len() < 100 {
        a = a.reduce(&b, Action::Back);
        seen.push(a.screen.clone());
    }
    let mut expected = walk();
    expected.reverse();
    expected.extend([Screen::About, Screen::Welcome]);
    assert_eq!(seen, expected);
}

#[test]
fn back_from_first_layer_intro_goes_to_about() {
    let b = bank();
    assert_eq!(started(&b).reduce(&b, Action::Back).screen, Screen::About);
}

#[test]
fn back_from_about_goes_to_welcome_without_profile() {
    let b = bank();
    let a = run(&b, Assessment::default(), [Action::Start, Action::Back]);
    assert_eq!(a.screen, Screen::Welcome);
}

#[test]
fn back_from_statement_goes_to_previous_area_last_statement() {
    let b = bank();
    let a = at(started(&b), st("core.b.1")).reduce(&b, Action::Back);
    assert_eq!(a.screen, st("core.a.3"));
}

#[test]
fn overview_returns_to_the_same_screen() {
    let b = bank();
    for screen in [intro("soc"), st("core.b.2"), Screen::Results] {
        let a = run(&b, at(started(&b), screen.clone()), [Action::OpenOverview]);
        assert_eq!(a.screen, Screen::Overview(Box::new(screen.clone())));
        assert_eq!(a.reduce(&b, Action::CloseOverview).screen, screen);
    }
}

#[test]
fn next_and_back_do_nothing_in_overview() {
    let b = bank();
    let a = run(&b, at(started(&b), st("core.b.2")), [Action::OpenOverview, Action::Next, Action::Back]);
    assert_eq!(a.screen, Screen::Overview(Box::new(st("core.b.2"))));
}

#[test]
fn overview_needs_a_profile() {
    let b = bank();
    let a = Assessment::default().reduce(&b, Action::OpenOverview);
    assert_eq!(a.screen, Screen::Welcome);
}

#[test]
fn open_layer_in_plan_goes_to_its_intro() {
    let b = bank();
    let a = run(&b, started(&b), [Action::OpenOverview, Action::OpenLayer("prof".into())]);
    assert_eq!(a.screen, intro("prof"));
}

#[test]
fn open_layer_not_in_plan_does_nothing() {
    let b = bank();
    for id in ["lead", "found", "nope"] {
        let before = run(&b, started(&b), [Action::OpenOverview]);
        let after = before.clone().reduce(&b, Action::OpenLayer(id.into()));
        assert_eq!(after, before, "OpenLayer({id})");
    }
}

#[test]
fn answer_is_recorded() {
    let b = bank();
    let a = run(&b, started(&b), [answer("core.a.1", Answer::Level(4)), answer("core.a.2", Answer::NotApplicable)]);
    assert_eq!(a.answers.get("core.a.1"), Some(&Answer::Level(4)));
    assert_eq!(a.answers.get("core.a.2"), Some(&Answer::NotApplicable));
}

#[test]
fn answering_again_replaces_the_answer() {
    let b = bank();
    let a = run(&b, started(&b), [answer("core.a.1", Answer::Level(4)), answer("core.a.1", Answer::Level(2))]);
    assert_eq!(a.answers.get("core.a.1"), Some(&Answer::Level(2)));
    assert_eq!(a.answers.len(), 1);
}

#[test]
fn invalid_answers_are_ignored() {
    let b = bank();
    let a = run(
        &b,
        started(&b),
        [
            answer("core.a.1", Answer::Level(0)),
            answer("core.a.2", Answer::Level(6)),
            answer("nope.1", Answer::Level(3)),
        ],
    );
    assert!(a.answers.is_empty(), "{:?}", a.answers);
}

#[test]
fn answers_are_kept_when_navigating() {
    let b = bank();
    let a = run(
        &b,
        started(&b),
        [Action::Next, answer("core.a.1", Answer::Level(3)), Action::Next, answer("core.a.2", Answer::NotApplicable)],
    );
    let answers = a.answers.clone();
    let a = run(
        &b,
        a,
        [
            Action::Back,
            Action::Back,
            Action::Back,
            Action::OpenOverview,
            Action::OpenLayer("soc".into()),
            Action::EditProfile,
            Action::SetProfile(profile(Some("beta"), true, true)),
            Action::ShowResults,
        ],
    );
    assert_eq!(a.answers, answers);
}

#[test]
fn start_over_clears_answers_and_profile() {
    let b = bank();
    let a = run(&b, started(&b), [answer("core.a.1", Answer::Level(3)), Action::Next, Action::StartOver]);
    assert_eq!(a, Assessment { screen: Screen::About, ..Assessment::default() });
    assert!(!a.has_progress());
}

#[test]
fn edit_profile_goes_to_about() {
    let b = bank();
    let a = run(&b, at(started(&b), st("core.b.1")), [Action::EditProfile]);
    assert_eq!(a.screen, Screen::About);
    assert!(a.profile.is_some());
}

#[test]
fn show_results_needs_a_profile() {
    let b = bank();
    assert_eq!(Assessment::default().reduce(&b, Action::ShowResults).screen, Screen::Welcome);
    assert_eq!(started(&b).reduce(&b, Action::ShowResults).screen, Screen::Results);
}

#[test]
fn resume_goes_to_first_unanswered_statement() {
    let b = bank();
    let a = run(
        &b,
        started(&b),
        [
            answer("core.a.1", Answer::Level(3)),
            answer("core.a.2", Answer::NotApplicable),
            answer("core.b.1", Answer::Level(2)),
            // Outside the plan: does not count.
            answer("lead.a.1", Answer::Level(2)),
        ],
    );
    let a = at(a, Screen::Welcome).reduce(&b, Action::Resume);
    assert_eq!(a.screen, st("core.a.3"));
}

#[test]
fn resume_goes_to_results_when_all_answered() {
    let b = bank();
    let mut a = started(&b);
    for screen in walk() {
        if let Screen::Statement(id) = screen {
            a = a.reduce(&b, answer(&id, Answer::Level(3)));
        }
    }
    let a = at(a, Screen::Welcome).reduce(&b, Action::Resume);
    assert_eq!(a.screen, Screen::Results);
}

#[test]
fn resume_without_profile_goes_to_about() {
    let b = bank();
    assert_eq!(Assessment::default().reduce(&b, Action::Resume).screen, Screen::About);
}

fn with_some_answers(b: &Bank) -> Assessment {
    run(
        b,
        started(b),
        [
            answer("core.a.1", Answer::Level(3)),
            answer("core.a.2", Answer::NotApplicable),
            answer("lead.a.1", Answer::Level(2)),
            answer("found.a.1", Answer::Level(2)),
        ],
    )
}

#[test]
fn progress_on_a_statement() {
    let b = bank();
    let p = progress(&b, &at(with_some_answers(&b), st("core.b.2"))).unwrap();
    assert_eq!(p.layer, 1);
    assert_eq!((p.layer_position, p.layer_count), (1, 3));
    assert_eq!(p.statement, b.find_statement("core.b.2"));
    assert_eq!((p.area_position, p.area_count), (2, 2));
    assert_eq!((p.statement_position, p.statement_count), (2, 4));
}

#[test]
fn progress_counts_na_but_not_answers_outside_the_plan() {
    let b = bank();
    let p = progress(&b, &at(with_some_answers(&b), st("core.b.2"))).unwrap();
    assert_eq!((p.answered, p.total), (2, 16));
}

#[test]
fn progress_positions_count_only_planned_layers_and_areas() {
    let b = bank();
    let p = progress(&b, &at(with_some_answers(&b), st("prof.alpha.3"))).unwrap();
    assert_eq!(p.layer, 3);
    assert_eq!((p.layer_position, p.layer_count), (3, 3));
    assert_eq!((p.area_position, p.area_count), (1, 1));
    assert_eq!((p.statement_position, p.statement_count), (3, 3));
}

#[test]
fn progress_on_a_layer_intro_has_no_statement() {
    let b = bank();
    let p = progress(&b, &at(with_some_answers(&b), intro("soc"))).unwrap();
    assert_eq!(p.layer, 2);
    assert_eq!((p.layer_position, p.layer_count), (2, 3));
    assert_eq!(p.statement, None);
    assert_eq!(p.area_count, 2);
}

#[test]
fn no_progress_outside_the_walk() {
    let b = bank();
    for screen in [Screen::Welcome, Screen::About, Screen::Results, Screen::Overview(Box::new(st("core.a.1")))] {
        assert_eq!(progress(&b, &at(started(&b), screen.clone())), None, "{screen:?}");
    }
    assert_eq!(progress(&b, &Assessment::default()), None);
    assert_eq!(progress(&b, &at(started(&b), st("lead.a.1"))), None);
}

#[test]
fn settle_moves_removed_statement_to_resume_point() {
    let b = bank();
    let a = at(run(&b, started(&b), [answer("core.a.1", Answer::Level(3))]), st("core.a.9")).settle(&b);
    assert_eq!(a.screen, st("core.a.2"));
}

#[test]
fn settle_moves_screen_outside_the_plan_to_resume_point() {
    let b = bank();
    assert_eq!(at(started(&b), intro("lead")).settle(&b).screen, st("core.a.1"));
    assert_eq!(at(started(&b), st("prof.beta.1")).settle(&b).screen, st("core.a.1"));
}

#[test]
fn settle_fixes_the_screen_under_an_overview() {
    let b = bank();
    let a = at(started(&b), Screen::Overview(Box::new(st("gone")))).settle(&b);
    assert_eq!(a.screen, Screen::Overview(Box::new(st("core.a.1"))));
}

#[test]
fn settle_keeps_valid_screens() {
    let b = bank();
    for screen in [Screen::Welcome, Screen::About, intro("prof"), st("soc.b.2"), Screen::Results] {
        assert_eq!(at(started(&b), screen.clone()).settle(&b).screen, screen);
    }
}

#[test]
fn settle_without_profile_sends_walk_screens_to_about() {
    let b = bank();
    let a = at(Assessment::default(), st("core.a.1")).settle(&b);
    assert_eq!(a.screen, Screen::About);
}

// ---- completion, learning plan and restoring a result ----

fn choose(area: &str) -> Action {
    Action::Plan(PlanChange::Choose { area: area.into(), chosen: true })
}

#[test]
fn completed_is_recorded_on_the_results_screen() {
    let b = bank();
    let a = run(&b, started(&b), [Action::ShowResults, Action::Completed(COMPLETED_MS)]);
    assert_eq!(a.completed_ms, Some(COMPLETED_MS));
}

#[test]
fn completed_is_ignored_elsewhere() {
    let b = bank();
    for a in [
        Assessment::default(),
        run(&b, Assessment::default(), [Action::Start]),
        started(&b),
        at(started(&b), st("core.a.2")),
        at(started(&b), Screen::Overview(Box::new(Screen::Results))),
    ] {
        let screen = a.screen.clone();
        assert_eq!(a.reduce(&b, Action::Completed(COMPLETED_MS)).completed_ms, None, "on {screen:?}");
    }
}

#[test]
fn completed_is_set_only_once() {
    let b = bank();
    let a = run(
        &b,
        started(&b),
        [
            Action::ShowResults,
            Action::Completed(COMPLETED_MS),
            Action::Completed(COMPLETED_MS + 1_000),
            Action::Back,
            answer("core.a.1", Answer::Level(4)),
            Action::ShowResults,
            Action::Completed(COMPLETED_MS + 60_000),
        ],
    );
    assert_eq!(a.completed_ms, Some(COMPLETED_MS));
    assert_eq!(a.answers.get("core.a.1"), Some(&Answer::Level(4)));
}

#[test]
fn plan_changes_are_applied() {
    let b = bank();
    let a = run(
        &b,
        started(&b),
        [
            Action::ShowResults,
            choose("core.b"),
            Action::Plan(PlanChange::Resource {
                area: "core.b".into(),
                resource: "r-intro".into(),
                status: Some(ResourceStatus::Done),
            }),
            Action::Plan(PlanChange::Note { area: "core.b".into(), note: "x".repeat(501) }),
        ],
    );
    let plan = &a.learning["core.b"];
    assert!(plan.chosen);
    assert_eq!(plan.resources.get("r-intro"), Some(&ResourceStatus::Done));
    assert_eq!(plan.note.len(), 500);
    assert_eq!(a.screen, Screen::Results);
}

#[test]
fn start_over_forgets_plan_and_completion() {
    let b = bank();
    let a = run(
        &b,
        started(&b),
        [Action::ShowResults, Action::Completed(COMPLETED_MS), choose("core.a"), Action::StartOver],
    );
    assert_eq!(a, Assessment { screen: Screen::About, ..Assessment::default() });
    // A new attempt gets its own completion time.
    let again = run(
        &b,
        a,
        [Action::SetProfile(profile(None, false, false)), Action::ShowResults, Action::Completed(COMPLETED_MS + 5_678)],
    );
    // Kept to the whole second, as result files write it.
    assert_eq!(again.completed_ms, Some(COMPLETED_MS + 5_000));
}

#[test]
fn restore_replaces_the_assessment_and_shows_results() {
    let b = bank();
    let before = run(
        &b,
        started(&b),
        [answer("core.b.4", Answer::Level(1)), Action::ShowResults, Action::Completed(1), choose("soc.a")],
    );
    let r = result();
    let a = before.reduce(&b, Action::Restore(Box::new(r.clone())));
    assert_eq!(
        a,
        Assessment {
            profile: Some(r.profile),
            answers: r.answers,
            screen: Screen::Results,
            learning: r.learning,
            completed_ms: Some(COMPLETED_MS),
        }
    );
}

#[test]
fn restore_from_the_welcome_screen_and_from_an_overview() {
    let b = bank();
    for a in [Assessment::default(), run(&b, started(&b), [Action::OpenOverview])] {
        let restored = a.reduce(&b, Action::Restore(Box::new(result())));
        assert_eq!(restored.screen, Screen::Results);
        assert_eq!(restored.completed_ms, Some(COMPLETED_MS));
        // Already completed: showing its results again keeps its time.
        assert_eq!(restored.reduce(&b, Action::Completed(7)).completed_ms, Some(COMPLETED_MS));
    }
}
