//! Chooses learning resources for an area, best fit first: the bank's and the organisation's own alike.

use super::bank::{Bank, Resource};
use super::locale::Language;
use super::order::sorted;

/// The level of the scale (1 to 5) that suits a person at this score: the score rounded to the nearest level,
/// halves up; without a score, the first level.
pub fn level_for_score(score: Option<f64>) -> u8 {
    // `as` saturates, so no score can panic here; scores are 1 to 5.
    score.map_or(1, |s| ((s + 0.5) as u8).clamp(1, 5))
}

/// How many levels a resource's range is from the level wanted: 0 inside it.
fn level_distance((lowest, highest): (u8, u8), wanted: u8) -> u8 {
    lowest.saturating_sub(wanted).max(wanted.saturating_sub(highest))
}

/// Resources that serve `area_id`, ordered by fit: those in the person's language first, then the level
/// closest to the person's, then resources that name the area earlier in their list (their better fit), then
/// the organisation's own before the bank's, then their order.
pub fn resources_for<'a>(bank: &'a Bank, area_id: &str, score: Option<f64>, language: Language) -> Vec<&'a Resource> {
    let wanted = level_for_score(score);
    type Key<'a> = (bool, u8, usize, bool, usize, &'a Resource);
    let found: Vec<Key> = bank
        .resources
        .iter()
        .enumerate()
        .filter(|(_, r)| r.recommended)
        .filter_map(|(order, r)| {
            let rank = r.areas.iter().position(|a| a == area_id)?;
            let foreign = Language::from_tag(&r.language) != Some(language);
            Some((foreign, level_distance(r.levels, wanted), rank, !r.own, order, r))
        })
        .collect();
    let key = |&(foreign, distance, rank, built_in, order, _): &Key| (foreign, distance, rank, built_in, order);
    sorted(found, &|a, b| key(a).cmp(&key(b))).into_iter().map(|(.., r)| r).collect()
}
