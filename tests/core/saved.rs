use crate::support::{bank, profile, result, COMPLETED_MS};
use serde_json::{json, Value};
use skills_radar::core::answers::{Answer, Answers};
use skills_radar::core::saved::{backup_key, decode, encode, LoadProblem, KEY, SCHEMA};
use skills_radar::core::wizard::{Assessment, Screen};

fn sample(screen: Screen) -> Assessment {
    let mut answers = Answers::new();
    answers.insert("core.a.1".into(), Answer::Level(3));
    answers.insert("core.a.2".into(), Answer::NotApplicable);
    answers.insert("core.b.1".into(), Answer::Level(5));
    answers.insert("lead.a.1".into(), Answer::Level(1));
    Assessment { profile: Some(profile(Some("alpha"), true, false)), answers, screen, ..Assessment::default() }
}

fn record(extra: Value) -> String {
    let mut v = json!({
        "schema": 1,
        "bank_version": "test-1",
        "profile": { "profession": "alpha", "leads": false, "foundation": false },
        "answers": {},
        "screen": { "kind": "welcome" }
    });
    for (k, val) in extra.as_object().unwrap() {
        v[k] = val.clone();
    }
    v.to_string()
}

#[test]
fn round_trip_keeps_profile_answers_and_screen() {
    let b = bank();
    let a = sample(Screen::Statement("core.b.2".into()));
    let loaded = decode(&b, &encode(&b, &a)).unwrap();
    assert_eq!(loaded.assessment, a);
    assert_eq!(loaded.dropped, 0);
}

#[test]
fn round_trip_keeps_every_kind_of_screen() {
    let b = bank();
    for screen in [
        Screen::Welcome,
        Screen::About,
        Screen::LayerIntro("lead".into()),
        Screen::Statement("lead.a.3".into()),
        Screen::Results,
        Screen::Overview(Box::new(Screen::Statement("core.a.2".into()))),
        Screen::Overview(Box::new(Screen::Results)),
        Screen::Overview(Box::new(Screen::LayerIntro("soc".into()))),
    ] {
        let a = sample(screen.clone());
        assert_eq!(decode(&b, &encode(&b, &a)).unwrap().assessment.screen, screen);
    }
}

#[test]
fn round_trip_keeps_no_profession_and_no_profile() {
    let b = bank();
    let a = Assessment { profile: Some(profile(None, false, true)), ..sample(Screen::About) };
    assert_eq!(decode(&b, &encode(&b, &a)).unwrap().assessment, a);
    let fresh = Assessment::default();
    assert_eq!(decode(&b, &encode(&b, &fresh)).unwrap().assessment, fresh);
}

#[test]
fn encode_writes_the_documented_format() {
    let b = bank();
    let v: Value = serde_json::from_str(&encode(&b, &sample(Screen::Statement("core.b.2".into())))).unwrap();
    assert_eq!(v["schema"], json!(SCHEMA));
    assert_eq!(v["bank_version"], json!("test-1"));
    assert_eq!(v["profile"], json!({ "profession": "alpha", "leads": true, "foundation": false }));
    assert_eq!(v["answers"]["core.a.1"], json!(3));
    assert_eq!(v["answers"]["core.a.2"], json!("na"));
    assert_eq!(v["screen"], json!({ "kind": "statement", "id": "core.b.2" }));
}

#[test]
fn decode_reads_a_hand_written_record() {
    let b = bank();
    let raw = record(json!({
        "answers": { "core.a.1": 4, "core.a.2": "na" },
        "screen": { "kind": "overview", "from": { "kind": "layer", "id": "soc" } }
    }));
    let a = decode(&b, &raw).unwrap().assessment;
    assert_eq!(a.profile, Some(profile(Some("alpha"), false, false)));
    assert_eq!(a.answers.get("core.a.1"), Some(&Answer::Level(4)));
    assert_eq!(a.answers.get("core.a.2"), Some(&Answer::NotApplicable));
    assert_eq!(a.screen, Screen::Overview(Box::new(Screen::LayerIntro("soc".into()))));
}

#[test]
fn corrupt_inputs_are_unreadable() {
    let b = bank();
    let cases = [
        String::new(),
        "{".into(),
        "[]".into(),
        "null".into(),
        "42".into(),
        "\"text\"".into(),
        r#"{"answers": {}}"#.into(),
        record(json!({ "schema": 0 })),
        record(json!({ "schema": "1" })),
        record(json!({ "schema": 1.5 })),
        record(json!({ "schema": -1 })),
        record(json!({ "answers": [] })),
        record(json!({ "answers": "core.a.1=3" })),
        record(json!({ "profile": "alpha" })),
        record(json!({ "profile": { "profession": "alpha", "leads": "yes", "foundation": false } })),
        record(json!({ "profile": { "profession": 7, "leads": false, "foundation": false } })),
        record(json!({ "profile": { "leads": false, "foundation": false } })),
        record(json!({ "profile": { "profession": null, "foundation": false } })),
    ];
    for raw in cases {
        match decode(&b, &raw) {
            Err(LoadProblem::Unreadable(_)) => {}
            other => panic!("{raw:?} gave {other:?}"),
        }
    }
}

#[test]
fn future_schema_is_a_future_version() {
    let b = bank();
    assert_eq!(decode(&b, &record(json!({ "schema": 2 }))), Err(LoadProblem::FutureVersion(2)));
    // Even when the rest is not understood.
    assert_eq!(decode(&b, r#"{"schema": 7, "answers": []}"#), Err(LoadProblem::FutureVersion(7)));
}

#[test]
fn invalid_and_unknown_answers_are_dropped_and_counted() {
    let b = bank();
    let raw = record(json!({ "answers": {
        "core.a.1": 3,
        "core.a.2": "na",
        "lead.a.1": 5,
        "gone.statement": 2,
        "core.a.3": 0,
        "core.b.1": 6,
        "core.b.2": "x",
        "core.b.3": 2.5,
        "core.b.4": null,
        "soc.a.1": -1,
        "soc.a.2": "NA",
        "soc.a.3": [3]
    }}));
    let loaded = decode(&b, &raw).unwrap();
    let kept: Vec<(&str, Answer)> = loaded.assessment.answers.iter().map(|(k, v)| (k.as_str(), *v)).collect();
    assert_eq!(
        kept,
        [("core.a.1", Answer::Level(3)), ("core.a.2", Answer::NotApplicable), ("lead.a.1", Answer::Level(5))]
    );
    assert_eq!(loaded.dropped, 9);
}

#[test]
fn screen_naming_removed_statement_resumes_at_first_unanswered() {
    let b = bank();
    let raw = record(json!({
        "answers": { "core.a.1": 3, "core.a.2": 4 },
        "screen": { "kind": "statement", "id": "core.a.removed" }
    }));
    assert_eq!(decode(&b, &raw).unwrap().assessment.screen, Screen::Statement("core.a.3".into()));
}

#[test]
fn overview_of_removed_statement_resumes_under_the_overview() {
    let b = bank();
    let raw = record(json!({
        "answers": { "core.a.1": 3 },
        "screen": { "kind": "overview", "from": { "kind": "statement", "id": "gone" } }
    }));
    assert_eq!(
        decode(&b, &raw).unwrap().assessment.screen,
        Screen::Overview(Box::new(Screen::Statement("core.a.2".into())))
    );
}

#[test]
fn unknown_or_missing_screen_reads_as_welcome() {
    let b = bank();
    for screen in [json!({ "kind": "nope" }), json!("results"), json!({ "kind": "statement" }), Value::Null] {
        let raw = record(json!({ "screen": screen }));
        assert_eq!(decode(&b, &raw).unwrap().assessment.screen, Screen::Welcome, "{screen}");
    }
}

#[test]
fn removed_profession_reads_as_none() {
    let b = bank();
    let raw = record(json!({ "profile": { "profession": "gamma", "leads": true, "foundation": true } }));
    assert_eq!(decode(&b, &raw).unwrap().assessment.profile, Some(profile(None, true, true)));
}

#[test]
fn missing_or_null_profile_reads_as_none() {
    let b = bank();
    assert_eq!(decode(&b, &record(json!({ "profile": null }))).unwrap().assessment.profile, None);
    assert_eq!(decode(&b, r#"{"schema": 1}"#).unwrap().assessment, Assessment::default());
}

#[test]
fn extremely_long_input_does_not_panic() {
    let b = bank();
    let long_id = "a".repeat(1_000_000);
    let raw = record(json!({ "answers": { long_id: 3 }, "bank_version": "v".repeat(1_000_000) }));
    assert_eq!(decode(&b, &raw).unwrap().dropped, 1);
    assert!(matches!(decode(&b, &"[".repeat(1_000_000)), Err(LoadProblem::Unreadable(_))));
    assert!(matches!(decode(&b, &"x".repeat(1_000_000)), Err(LoadProblem::Unreadable(_))));
}

#[test]
fn deeply_nested_input_does_not_panic() {
    let b = bank();
    let mut screen = json!({ "kind": "results" });
    for _ in 0..100 {
        screen = json!({ "kind": "overview", "from": screen });
    }
    let raw = record(json!({ "screen": screen }));
    assert_eq!(decode(&b, &raw).unwrap().assessment.screen, Screen::Welcome);

    let deep = format!("{{\"schema\":1,\"screen\":{}{}}}", "{\"from\":".repeat(100_000), "}".repeat(100_000));
    assert!(matches!(decode(&b, &deep), Err(LoadProblem::Unreadable(_))));
}

#[test]
fn backup_key_differs_from_key() {
    assert_ne!(backup_key(0), KEY);
    assert_ne!(backup_key(1_700_000_000_000), KEY);
    assert_ne!(backup_key(1), backup_key(2));
}

// ---- completion time and learning plan ----

fn completed() -> Assessment {
    Assessment { completed_ms: Some(COMPLETED_MS), learning: result().learning, ..sample(Screen::Results) }
}

#[test]
fn round_trip_keeps_completion_and_learning_plan() {
    let b = bank();
    let a = completed();
    let loaded = decode(&b, &encode(&b, &a)).unwrap();
    assert_eq!(loaded.dropped, 0);
    assert_eq!(loaded.assessment, a);
    // To the millisecond: the completion time is the attempt's identity.
    let exact = Assessment { completed_ms: Some(COMPLETED_MS + 123), ..completed() };
    assert_eq!(decode(&b, &encode(&b, &exact)).unwrap().assessment, exact);
}

#[test]
fn encode_writes_completion_and_learning_plan() {
    let b = bank();
    let v: Value = serde_json::from_str(&encode(&b, &completed())).unwrap();
    assert_eq!(v["completed_ms"], json!(COMPLETED_MS));
    assert_eq!(v["learning_plan"]["core.b"]["resources"], json!({ "r-intro": "planned" }));
    assert_eq!(
        v["learning_plan"]["prof.alpha"],
        json!({ "chosen": false, "note": "", "resources": { "r-other": "done" } })
    );
    let fresh: Value = serde_json::from_str(&encode(&b, &sample(Screen::About))).unwrap();
    assert!(fresh.get("completed_ms").is_none_or(Value::is_null));
}

#[test]
fn record_from_before_completion_and_plans_still_reads() {
    let b = bank();
    let loaded = decode(&b, &record(json!({ "answers": { "core.a.1": 2 }, "screen": { "kind": "results" } }))).unwrap();
    assert_eq!(loaded.dropped, 0);
    assert_eq!(loaded.assessment.completed_ms, None);
    assert!(loaded.assessment.learning.is_empty());
    assert_eq!(loaded.assessment.screen, Screen::Results);
    assert_eq!(loaded.assessment.answers.get("core.a.1"), Some(&Answer::Level(2)));
}

#[test]
fn plan_entries_for_unknown_areas_or_resources_are_dropped_and_counted() {
    let b = bank();
    let raw = record(json!({
        "answers": { "core.a.1": 2 },
        "learning_plan": {
            "core.a": { "chosen": true, "note": "n", "resources": { "r-mid": "done", "gone": "planned" } },
            "gone.area": { "chosen": true }
        }
    }));
    let loaded = decode(&b, &raw).unwrap();
    assert_eq!(loaded.dropped, 2);
    let plan = &loaded.assessment.learning["core.a"];
    assert!(plan.chosen);
    assert_eq!(plan.note, "n");
    assert_eq!(plan.resources.keys().collect::<Vec<_>>(), ["r-mid"]);
}

#[test]
fn an_unreadable_plan_is_dropped_whole_and_never_costs_the_answers() {
    let b = bank();
    for plan in [
        json!([1, 2]),
        json!("plan"),
        json!({ "core.a": { "note": "x".repeat(501) } }),
        json!({ "core.a": { "resources": { "r-mid": "started" } } }),
        json!({ "core.a": { "chosen": "yes" } }),
    ] {
        let raw = record(json!({ "answers": { "core.a.1": 2 }, "completed_ms": 5, "learning_plan": plan }));
        let loaded = decode(&b, &raw).unwrap();
        assert_eq!(loaded.dropped, 1, "{plan}");
        assert!(loaded.assessment.learning.is_empty());
        assert_eq!(loaded.assessment.answers.get("core.a.1"), Some(&Answer::Level(2)));
        assert_eq!(loaded.assessment.completed_ms, Some(5));
    }
}

#[test]
fn null_plan_and_completion_read_as_none() {
    let b = bank();
    let loaded = decode(&b, &record(json!({ "completed_ms": null, "learning_plan": null }))).unwrap();
    assert_eq!(loaded.assessment.completed_ms, None);
    assert!(loaded.assessment.learning.is_empty());
}
