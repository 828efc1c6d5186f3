//! Chooses learning resources for an area, best fit first.

use super::bank::{Bank, Resource, ResourceLevel};
use super::locale::Language;
use super::order::sorted;

/// The resource level that suits a person at this score: beginners get introductions, and so on.
pub fn level_for_score(score: Option<f64>) -> ResourceLevel {
    match score {
        None => ResourceLevel::Introductory,
        Some(s) if s < 2.5 => ResourceLevel::Introductory,
        Some(s) if s < 3.5 => ResourceLevel::Intermediate,
        Some(_) => ResourceLevel::Advanced,
    }
}

fn level_distance(a: ResourceLevel, b: ResourceLevel) -> usize {
    (a as usize).abs_diff(b as usize)
}

/// Resources that serve `area_id`, ordered by fit: those in the person's language first, then level closest
/// to the person's, then resources that name the area earlier in their list (their better fit), then bank
/// order.
pub fn resources_for<'a>(bank: &'a Bank, area_id: &str, score: Option<f64>, language: Language) -> Vec<&'a Resource> {
    let wanted = level_for_score(score);
    let found: Vec<(bool, usize, usize, usize, &Resource)> = bank
        .resources
        .iter()
        .enumerate()
        .filter_map(|(order, r)| {
            let rank = r.areas.iter().position(|a| a == area_id)?;
            let foreign = Language::from_tag(&r.language) != Some(language);
            Some((foreign, level_distance(r.level, wanted), rank, order, r))
        })
        .collect();
    let key = |&(foreign, distance, rank, order, _): &(bool, usize, usize, usize, &Resource)| {
        (foreign, distance, rank, order)
    };
    sorted(found, &|a, b| key(a).cmp(&key(b))).into_iter().map(|(.., r)| r).collect()
}
