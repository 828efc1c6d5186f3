use crate::support::{bank, profile, result, COMPLETED_MS, NOW};
use skills_radar::core::answers::Answer;
use skills_radar::core::bank::Bank;
use skills_radar::core::learning::{AreaPlan, LearningPlan, ResourceStatus, NOTE_MAX_CHARS};
use skills_radar::core::lms::{after_platform, report, resume, start_from, suspend_data, SUSPEND_LIMIT};
use skills_radar::core::plan::Plan;
use skills_radar::core::record::ReadProblem;
use skills_radar::core::saved;
use skills_radar::core::session::Notice;
use skills_radar::core::tools::record_to_saved;
use skills_radar::core::wizard::{Assessment, Screen};

/// The completion minute the share code keeps of `COMPLETED_MS` (2026-11-23T06:50:07Z): 06:50:00.
const COMPLETED_MINUTE_MS: u64 = 1_795_416_600_000;

fn completed() -> Assessment {
    let r = result();
    Assessment {
        profile: Some(r.profile),
        answers: r.answers,
        screen: Screen::Results,
        learning: r.learning,
        completed_ms: Some(r.completed_ms),
    }
}

#[test]
fn a_completed_assessment_reports_completion_and_each_assessed_areas_level_as_the_table_shows_it() {
    let b = bank();
    let report = report(&b, &record_to_saved(&b, &result()));
    let mut lines = report.lines();
    assert_eq!(lines.next(), Some(suspend_data(&b, &completed()).as_str()));
    // Hand-computed in support::result: soc.b has no level (nothing rated), so no objective; found.a was
    // not asked (no foundation layer), so its stray answer makes none either.
    assert_eq!(
        lines.collect::<Vec<_>>(),
        ["completed", "core.a 3.5", "core.b 3.3", "soc.a 1.0", "prof.alpha 4.7", "lead.a 4.3"]
    );
}

#[test]
fn an_unfinished_assessment_reports_only_what_to_keep() {
    let b = bank();
    let a = Assessment { completed_ms: None, screen: Screen::Statement("core.b.2".into()), ..completed() };
    let report = report(&b, &saved::encode(&b, &a));
    assert_eq!(report.lines().count(), 1);
    assert!(report.ends_with(&format!(" statement:core.b.2 {}", learning_json(&b, &a))), "{report}");
}

fn learning_json(b: &Bank, a: &Assessment) -> String {
    // The plan as the saved format writes it: its text inside the saved record.
    let saved = saved::encode(b, a);
    let start = saved.find("\"learning_plan\":").expect("the saved record has a plan") + "\"learning_plan\":".len();
    saved[start..saved.len() - 1].to_string()
}

#[test]
fn nothing_is_kept_before_about_you_is_answered() {
    let b = bank();
    assert_eq!(suspend_data(&b, &Assessment::default()), "");
    assert_eq!(report(&b, &saved::encode(&b, &Assessment { screen: Screen::About, ..Assessment::default() })), "");
    assert_eq!(report(&b, "not a saved assessment"), "");
}

#[test]
fn what_is_kept_resumes_at_the_same_place_with_every_answer_and_the_plan() {
    let b = bank();
    for screen in [
        Screen::About,
        Screen::LayerIntro("soc".into()),
        Screen::Statement("core.b.2".into()),
        Screen::Overview(Box::new(Screen::Statement("lead.a.1".into()))),
        Screen::Results,
    ] {
        let a = Assessment { screen: screen.clone(), ..completed() };
        let back = resume(&b, &suspend_data(&b, &a), NOW).expect("it reads back");
        assert_eq!(back.screen, screen);
        assert_eq!(back.profile, a.profile);
        assert_eq!(back.answers, a.answers);
        assert_eq!(back.learning, a.learning);
        assert_eq!(back.completed_ms, Some(COMPLETED_MINUTE_MS));
    }
    let unfinished = Assessment { completed_ms: None, screen: Screen::Statement("core.a.3".into()), ..completed() };
    let back = resume(&b, &suspend_data(&b, &unfinished), NOW).expect("it reads back");
    assert_eq!(back.completed_ms, None);
    assert_eq!(back.screen, Screen::Statement("core.a.3".into()));
}

#[test]
fn a_place_that_is_gone_or_unreadable_resumes_at_the_resume_point() {
    let b = bank();
    let a = Assessment { completed_ms: None, ..completed() };
    let code = suspend_data(&b, &a).split(' ').next().unwrap().to_string();
    // The first statement of the plan without an answer: core.b.4 (support::result leaves it out).
    for place in ["statement:gone.1", "nowhere", "overview/overview/about", ""] {
        let back = resume(&b, &format!("{code} {place}"), NOW).expect("the answers read");
        assert_eq!(back.screen, Screen::Statement("core.b.4".into()), "{place:?}");
        assert_eq!(back.answers, a.answers);
    }
    // A plan that does not read costs nothing else.
    let back = resume(&b, &format!("{code} about {{not json"), NOW).expect("the answers read");
    assert_eq!((back.screen, back.learning), (Screen::About, LearningPlan::new()));
}

#[test]
fn damaged_or_foreign_data_is_refused_with_its_problem() {
    let b = bank();
    let kept = suspend_data(&b, &completed());
    let mut damaged = kept.clone().into_bytes();
    damaged[12] = if damaged[12] == b'A' { b'B' } else { b'A' };
    assert_eq!(resume(&b, std::str::from_utf8(&damaged).unwrap(), NOW), Err(ReadProblem::Checksum));
    assert_eq!(resume(&b, "", NOW), Err(ReadProblem::NotAResult));
    assert_eq!(resume(&b, "{\"lesson\":3}", NOW), Err(ReadProblem::NotAResult));
    // A completion two days after the reader's clock is not a possible one (one day is allowed for clocks).
    assert!(matches!(resume(&b, &kept, COMPLETED_MS - 2 * 86_400_000), Err(ReadProblem::Invalid(_))));
}

/// The largest assessment the shipped bank allows: the profession with the most areas, leading, with the
/// foundation layer, every statement answered, completed, and a plan for every area with a note of the
/// longest length in characters that take three bytes each.
#[test]
fn the_largest_possible_assessment_fits_scorm_1_2s_limit_in_bytes() {
    let b = Bank::compiled();
    let most = b
        .professions
        .iter()
        .max_by_key(|p| Plan::new(&b, &profile(Some(&p.id), true, true)).areas().count())
        .expect("the bank has professions");
    let profile = profile(Some(&most.id), true, true);
    let answers =
        b.statement_ids().enumerate().map(|(i, id)| (id.to_string(), Answer::Level((i % 5) as u8 + 1))).collect();
    let mut learning = LearningPlan::new();
    for layer in &b.layers {
        for area in &layer.areas {
            let resources = b.resources.iter().take(3).map(|r| (r.id.clone(), ResourceStatus::Planned)).collect();
            learning.insert(area.id.clone(), AreaPlan { chosen: true, note: "€".repeat(NOTE_MAX_CHARS), resources });
        }
    }
    let a = Assessment {
        profile: Some(profile),
        answers,
        screen: Screen::Overview(Box::new(Screen::Statement(b.statement_ids().last().unwrap().into()))),
        learning,
        completed_ms: Some(COMPLETED_MS),
    };
    let kept = suspend_data(&b, &a);
    assert!(kept.len() <= SUSPEND_LIMIT, "{} bytes", kept.len());
    let back = resume(&b, &kept, NOW).expect("it reads back");
    assert_eq!((back.profile, back.answers, back.screen), (a.profile.clone(), a.answers.clone(), a.screen.clone()));
    // Such a plan cannot fit: it is left out, never cut.
    assert_eq!(back.learning, LearningPlan::new());
    // A plan as people make them does: the three focus areas, two resources each, a note in each.
    let usual: LearningPlan = a
        .learning
        .iter()
        .take(3)
        .map(|(id, p)| {
            let resources = p.resources.iter().take(2).map(|(r, s)| (r.clone(), *s)).collect();
            (id.clone(), AreaPlan { note: "Avant l’été, avec l’équipe « données ».".into(), resources, ..p.clone() })
        })
        .collect();
    let a = Assessment { learning: usual, ..a };
    let kept = suspend_data(&b, &a);
    assert!(kept.len() <= SUSPEND_LIMIT, "{} bytes", kept.len());
    assert_eq!(resume(&b, &kept, NOW).expect("it reads back").learning, a.learning);
}

#[test]
fn the_platforms_copy_is_started_from_unless_the_browsers_carries_it_further() {
    let b = bank();
    let theirs = Assessment { completed_ms: None, screen: Screen::Statement("core.b.2".into()), ..completed() };
    let platform = suspend_data(&b, &theirs);
    let started = |stored: Option<&Assessment>| {
        start_from(&b, &platform, stored.map(|a| saved::encode(&b, a)).as_deref(), NOW)
            .map(|s| saved::decode(&b, &s).unwrap().assessment)
    };
    // Nothing in this browser: the platform's, at its place.
    assert_eq!(started(None), Some(theirs.clone()));
    // The browser went on after the platform stopped recording: one more answer, completed. As usual.
    let mut further = completed();
    further.answers.insert("core.b.4".into(), Answer::Level(2));
    assert_eq!(started(Some(&further)), None);
    assert_eq!(started(Some(&theirs)), None, "the same copy: as usual");
    // Another person's assessment, or an older one of the same person: the platform's.
    let other = Assessment { profile: Some(profile(Some("beta"), false, false)), ..further.clone() };
    assert_eq!(started(Some(&other)), Some(theirs.clone()));
    let mut changed = further.clone();
    changed.answers.insert("core.a.1".into(), Answer::Level(1));
    assert_eq!(started(Some(&changed)), Some(theirs.clone()));
    let mut fewer = further.clone();
    fewer.answers.remove("lead.a.3");
    assert_eq!(started(Some(&fewer)), Some(theirs.clone()));
    // The platform recorded a completion the browser's copy does not have.
    let unfinished_here = Assessment { completed_ms: None, ..completed() };
    let kept = start_from(&b, &suspend_data(&b, &completed()), Some(&saved::encode(&b, &unfinished_here)), NOW)
        .expect("the platform's");
    assert_eq!(saved::decode(&b, &kept).unwrap().assessment.completed_ms, Some(COMPLETED_MINUTE_MS));
}

#[test]
fn without_a_readable_platform_copy_the_start_is_as_usual() {
    let b = bank();
    let stored = saved::encode(&b, &completed());
    let mut damaged = suspend_data(&b, &completed()).into_bytes();
    damaged[12] = if damaged[12] == b'A' { b'B' } else { b'A' };
    let damaged = String::from_utf8(damaged).unwrap();
    for data in ["", "garbage", damaged.as_str()] {
        assert_eq!(start_from(&b, data, Some(&stored), NOW), None, "{data:?}");
        assert_eq!(start_from(&b, data, None, NOW), None, "{data:?}");
    }
}

#[test]
fn the_person_is_told_when_the_platform_does_not_keep_or_record_until_it_does() {
    let others = [Notice::StorageFull, Notice::Restored];
    let not_saving = after_platform(&others, "not-saved");
    assert_eq!(not_saving, [Notice::StorageFull, Notice::Restored, Notice::PlatformNotSaving]);
    assert_eq!(after_platform(&not_saving, "not-saved"), not_saving, "told once");
    let not_recorded = after_platform(&not_saving, "not-recorded");
    assert_eq!(not_recorded, [Notice::StorageFull, Notice::Restored, Notice::PlatformNotRecorded]);
    assert_eq!(after_platform(&not_recorded, "saved"), others);
    assert_eq!(after_platform(&not_recorded, "anything else"), others);
    assert!(Notice::PlatformNotSaving.needs_later_texts() && Notice::PlatformNotRecorded.needs_later_texts());
}
