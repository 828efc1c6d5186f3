use crate::support::bank;
use skills_radar::core::locale::Language;
use skills_radar::core::recommend::{level_for_score, resources_for};

/// The order by fit alone: no test resource is in Arabic, so language does not come into it.
fn ids(area: &str, score: Option<f64>) -> Vec<String> {
    ids_in(Language::Ar, area, score)
}

fn ids_in(language: Language, area: &str, score: Option<f64>) -> Vec<String> {
    resources_for(&bank(), area, score, language).iter().map(|r| r.id.clone()).collect()
}

#[test]
fn level_bands() {
    // The nearest level, halves up; the bank's bands are introductory 1-2, intermediate 3, advanced 4-5, so
    // the bands change at 2.5 and 3.5.
    assert_eq!(level_for_score(None), 1);
    assert_eq!(level_for_score(Some(1.0)), 1);
    assert_eq!(level_for_score(Some(1.49)), 1);
    assert_eq!(level_for_score(Some(2.49)), 2);
    assert_eq!(level_for_score(Some(2.5)), 3);
    assert_eq!(level_for_score(Some(3.49)), 3);
    assert_eq!(level_for_score(Some(3.5)), 4);
    assert_eq!(level_for_score(Some(5.0)), 5);
}

// Resources serving core.a, as (bank order, level, rank of core.a in its list, language):
// r-intro (0, introductory, 1, en), r-mid (1, intermediate, 0, fr), r-adv (2, advanced, 0, en-GB),
// r-mid2 (3, intermediate, 0, en).

#[test]
fn resources_in_the_persons_language_come_first() {
    // For an advanced English reader r-adv fits best; a French reader gets the French r-mid first.
    assert_eq!(ids_in(Language::Fr, "core.a", Some(4.5)), ["r-mid", "r-adv", "r-mid2", "r-intro"]);
    assert_eq!(ids_in(Language::Fr, "core.a", None), ["r-mid", "r-intro", "r-mid2", "r-adv"]);
}

#[test]
fn a_regional_tag_counts_as_its_language() {
    // r-adv is "en-GB": for an English reader it stays ahead of the French r-mid at the advanced level.
    assert_eq!(ids_in(Language::En, "core.a", Some(4.5))[0], "r-adv");
}

#[test]
fn resources_in_other_languages_follow_in_fit_order() {
    // By fit alone r-mid leads at this level; for an English reader the French r-mid comes after the English ones.
    assert_eq!(ids_in(Language::En, "core.a", Some(3.0)), ["r-mid2", "r-adv", "r-intro", "r-mid"]);
}

#[test]
fn closest_level_first_then_rank_then_bank_order_for_intermediate() {
    // r-adv and r-intro are both one level away: r-adv names core.a first in its list.
    assert_eq!(ids("core.a", Some(3.0)), ["r-mid", "r-mid2", "r-adv", "r-intro"]);
}

#[test]
fn ordering_for_beginner() {
    assert_eq!(ids("core.a", None), ["r-intro", "r-mid", "r-mid2", "r-adv"]);
    assert_eq!(ids("core.a", Some(1.5)), ["r-intro", "r-mid", "r-mid2", "r-adv"]);
}

#[test]
fn ordering_for_advanced() {
    assert_eq!(ids("core.a", Some(4.5)), ["r-adv", "r-mid", "r-mid2", "r-intro"]);
}

#[test]
fn unrelated_resources_are_excluded() {
    assert_eq!(ids("core.b", Some(3.0)), ["r-intro"]);
    assert_eq!(ids("lead.a", None), ["r-other"]);
    assert!(ids("soc.a", None).is_empty());
    assert!(ids("nope", None).is_empty());
}

#[test]
fn a_resource_names_its_site() {
    let bank = bank();
    let host = |id: &str| bank.resources.iter().find(|r| r.id == id).map(|r| r.host().to_string());
    assert_eq!(host("r-intro").as_deref(), Some("example.org"));
    assert_eq!(host("r-mid2").as_deref(), Some("example.org"));
}
