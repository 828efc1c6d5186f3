use crate::support::bank;
use skills_radar::core::bank::ResourceLevel::{Advanced, Intermediate, Introductory};
use skills_radar::core::recommend::{level_for_score, resources_for};

fn ids(area: &str, score: Option<f64>) -> Vec<String> {
    resources_for(&bank(), area, score).iter().map(|r| r.id.clone()).collect()
}

#[test]
fn level_bands() {
    assert_eq!(level_for_score(None), Introductory);
    assert_eq!(level_for_score(Some(1.0)), Introductory);
    assert_eq!(level_for_score(Some(2.49)), Introductory);
    assert_eq!(level_for_score(Some(2.5)), Intermediate);
    assert_eq!(level_for_score(Some(3.49)), Intermediate);
    assert_eq!(level_for_score(Some(3.5)), Advanced);
    assert_eq!(level_for_score(Some(5.0)), Advanced);
}

// Resources serving core.a, as (bank order, level, rank of core.a in its list):
// r-intro (0, introductory, 1), r-mid (1, intermediate, 0), r-adv (2, advanced, 0), r-mid2 (3, intermediate, 0).

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
