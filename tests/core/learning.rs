use skills_radar::core::learning::{
    apply, clip_note, AreaPlan, LearningPlan, PlanChange, ResourceStatus, NOTE_MAX_CHARS,
};

fn choose(area: &str, chosen: bool) -> PlanChange {
    PlanChange::Choose { area: area.into(), chosen }
}

fn note(area: &str, text: &str) -> PlanChange {
    PlanChange::Note { area: area.into(), note: text.into() }
}

fn resource(area: &str, resource: &str, status: Option<ResourceStatus>) -> PlanChange {
    PlanChange::Resource { area: area.into(), resource: resource.into(), status }
}

fn after(changes: impl IntoIterator<Item = PlanChange>) -> LearningPlan {
    let mut plan = LearningPlan::new();
    for change in changes {
        apply(&mut plan, change);
    }
    plan
}

#[test]
fn choosing_an_area_adds_it() {
    let plan = after([choose("core.a", true)]);
    assert_eq!(plan.len(), 1);
    assert_eq!(plan["core.a"], AreaPlan { chosen: true, ..AreaPlan::default() });
}

#[test]
fn unchoosing_an_area_with_nothing_else_removes_it() {
    assert!(after([choose("core.a", true), choose("core.a", false)]).is_empty());
    assert!(after([choose("core.a", false)]).is_empty());
}

#[test]
fn unchoosing_keeps_the_note_and_resources() {
    let plan = after([
        choose("core.a", true),
        note("core.a", "ask Sam"),
        resource("core.a", "r-mid", Some(ResourceStatus::Planned)),
        choose("core.a", false),
    ]);
    assert!(!plan["core.a"].chosen);
    assert_eq!(plan["core.a"].note, "ask Sam");
    assert_eq!(plan["core.a"].resources.get("r-mid"), Some(&ResourceStatus::Planned));
}

#[test]
fn notes_are_kept_and_replaced() {
    let plan = after([note("core.a", "first"), note("core.a", "second, with \"quotes\"\nand a line")]);
    assert_eq!(plan["core.a"].note, "second, with \"quotes\"\nand a line");
    assert!(!plan["core.a"].chosen);
}

#[test]
fn emptying_the_only_note_removes_the_area() {
    assert!(after([note("core.a", "x"), note("core.a", "")]).is_empty());
}

#[test]
fn long_notes_are_clipped_to_500_characters() {
    assert_eq!(NOTE_MAX_CHARS, 500);
    let plan = after([note("core.a", &"a".repeat(600))]);
    assert_eq!(plan["core.a"].note, "a".repeat(500));
    // Counted in characters, never cut inside one.
    let plan = after([note("core.a", &"é".repeat(499)), note("core.b", &format!("{}👍👍", "é".repeat(499)))]);
    assert_eq!(plan["core.a"].note.chars().count(), 499);
    assert_eq!(plan["core.b"].note, format!("{}👍", "é".repeat(499)));
}

#[test]
fn clip_note_keeps_short_notes_whole() {
    for text in ["", "short", "漢字とかな", &"x".repeat(500)] {
        assert_eq!(clip_note(text), text);
    }
    assert_eq!(clip_note(&"漢".repeat(501)), "漢".repeat(500));
}

#[test]
fn resources_are_planned_done_and_removed() {
    let mut plan = after([resource("core.a", "r-mid", Some(ResourceStatus::Planned))]);
    assert_eq!(plan["core.a"].resources.get("r-mid"), Some(&ResourceStatus::Planned));
    assert!(!plan["core.a"].chosen);

    apply(&mut plan, resource("core.a", "r-adv", Some(ResourceStatus::Planned)));
    apply(&mut plan, resource("core.a", "r-mid", Some(ResourceStatus::Done)));
    assert_eq!(plan["core.a"].resources.get("r-mid"), Some(&ResourceStatus::Done));
    assert_eq!(plan["core.a"].resources.len(), 2);

    apply(&mut plan, resource("core.a", "r-mid", None));
    assert_eq!(plan["core.a"].resources.get("r-mid"), None);
    apply(&mut plan, resource("core.a", "r-adv", None));
    assert!(plan.is_empty(), "{plan:?}");
}

#[test]
fn removing_a_resource_never_planned_changes_nothing() {
    let mut plan = after([choose("core.a", true)]);
    let before = plan.clone();
    apply(&mut plan, resource("core.a", "r-mid", None));
    assert_eq!(plan, before);
    apply(&mut plan, resource("core.b", "r-mid", None));
    assert_eq!(plan, before);
}

#[test]
fn areas_are_independent() {
    let plan = after([
        choose("core.a", true),
        resource("core.b", "r-intro", Some(ResourceStatus::Done)),
        note("soc.a", "n"),
        choose("core.a", false),
    ]);
    assert_eq!(plan.keys().collect::<Vec<_>>(), ["core.b", "soc.a"]);
}

#[test]
fn status_keys_round_trip() {
    for status in [ResourceStatus::Planned, ResourceStatus::Done] {
        assert_eq!(ResourceStatus::from_key(status.key()), Some(status));
    }
    assert_eq!(ResourceStatus::Planned.key(), "planned");
    assert_eq!(ResourceStatus::Done.key(), "done");
    for key in ["", "Planned", "DONE", "started", "planned "] {
        assert_eq!(ResourceStatus::from_key(key), None);
    }
}

#[test]
fn is_empty_means_nothing_planned() {
    assert!(AreaPlan::default().is_empty());
    assert!(!AreaPlan { chosen: true, ..AreaPlan::default() }.is_empty());
    assert!(!AreaPlan { note: " ".into(), ..AreaPlan::default() }.is_empty());
}
