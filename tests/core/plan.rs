use crate::support::{bank, profile};
use skills_radar::core::bank::Bank;
use skills_radar::core::plan::{Plan, Profile};

/// The planned layers as (layer id, [area ids]).
fn planned(bank: &Bank, p: &Profile) -> Vec<(String, Vec<String>)> {
    Plan::new(bank, p)
        .layers
        .iter()
        .map(|pl| {
            let layer = &bank.layers[pl.layer];
            (layer.id.clone(), pl.areas.iter().map(|&a| layer.areas[a].id.clone()).collect())
        })
        .collect()
}

fn layer_ids(bank: &Bank, p: &Profile) -> Vec<String> {
    planned(bank, p).into_iter().map(|(id, _)| id).collect()
}

#[test]
fn everyone_layers_only_for_minimal_profile() {
    let b = bank();
    assert_eq!(layer_ids(&b, &profile(None, false, false)), ["core", "soc"]);
}

#[test]
fn foundation_only_when_asked() {
    let b = bank();
    assert!(layer_ids(&b, &profile(Some("alpha"), true, true)).contains(&"found".to_string()));
    assert!(!layer_ids(&b, &profile(Some("alpha"), true, false)).contains(&"found".to_string()));
}

#[test]
fn leadership_only_when_leading() {
    let b = bank();
    assert!(layer_ids(&b, &profile(None, true, false)).contains(&"lead".to_string()));
    assert!(!layer_ids(&b, &profile(None, false, true)).contains(&"lead".to_string()));
}

#[test]
fn professional_areas_only_for_chosen_profession() {
    let b = bank();
    let alpha = planned(&b, &profile(Some("alpha"), false, false));
    assert_eq!(alpha[2], ("prof".to_string(), vec!["prof.alpha".to_string()]));
    let beta = planned(&b, &profile(Some("beta"), false, false));
    assert_eq!(beta[2], ("prof".to_string(), vec!["prof.beta".to_string()]));
}

#[test]
fn area_serving_several_professions_is_planned_for_each() {
    let mut b = bank();
    b.layers[3].areas[1].professions.push("alpha".into());
    let alpha = planned(&b, &profile(Some("alpha"), false, false));
    assert_eq!(alpha[2].1, ["prof.alpha", "prof.beta"]);
}

#[test]
fn no_profession_skips_professional_layer() {
    let b = bank();
    assert_eq!(layer_ids(&b, &profile(None, true, true)), ["found", "core", "soc", "lead"]);
}

#[test]
fn unserved_profession_skips_professional_layer() {
    let b = bank();
    assert!(!layer_ids(&b, &profile(Some("gamma"), false, false)).contains(&"prof".to_string()));
}

#[test]
fn layers_follow_bank_order() {
    let b = bank();
    assert_eq!(layer_ids(&b, &profile(Some("beta"), true, true)), ["found", "core", "soc", "prof", "lead"]);
    let mut reordered = b.clone();
    reordered.layers.swap(0, 4);
    assert_eq!(layer_ids(&reordered, &profile(Some("beta"), true, true)), ["lead", "core", "soc", "prof", "found"]);
}

#[test]
fn statements_are_walked_layer_by_layer_area_by_area() {
    let b = bank();
    let plan = Plan::new(&b, &profile(Some("alpha"), false, false));
    let ids: Vec<&str> = plan.statements(&b).map(|at| b.statement(at).id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "core.a.1",
            "core.a.2",
            "core.a.3",
            "core.b.1",
            "core.b.2",
            "core.b.3",
            "core.b.4",
            "soc.a.1",
            "soc.a.2",
            "soc.a.3",
            "soc.b.1",
            "soc.b.2",
            "soc.b.3",
            "prof.alpha.1",
            "prof.alpha.2",
            "prof.alpha.3",
        ]
    );
}

#[test]
fn contains_only_planned_layers_and_statements() {
    let b = bank();
    let plan = Plan::new(&b, &profile(Some("alpha"), false, false));
    assert!(plan.contains_layer(b.layer_index("prof").unwrap()));
    assert!(!plan.contains_layer(b.layer_index("lead").unwrap()));
    assert!(plan.contains_statement(b.find_statement("prof.alpha.2").unwrap()));
    assert!(!plan.contains_statement(b.find_statement("prof.beta.2").unwrap()));
    assert!(!plan.contains_statement(b.find_statement("found.a.1").unwrap()));
}
