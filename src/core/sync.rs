//! Several tabs on one assessment. Each tab remembers the saved copy it last read or wrote (the base);
//! when storage holds something else, another tab wrote it, and the two are merged before anything is
//! written, so that an older copy never overwrites newer answers.
//!
//! The merge is three-way and by item: an answer, the profile, the completion time and each area of the
//! learning plan are taken from this tab where this tab changed them since the base, and from the other
//! tab otherwise. Each tab keeps its own screen.

use super::bank::Bank;
use super::map::Map;
use super::saved::decode;
use super::wizard::Assessment;

/// This tab's value where it changed since `base`, the other tab's otherwise.
fn pick<T: PartialEq + Clone>(base: Option<&T>, ours: Option<&T>, theirs: Option<&T>) -> Option<T> {
    if ours != base { ours } else { theirs }.cloned()
}

fn merge_maps<V: PartialEq + Clone>(base: &Map<V>, ours: &Map<V>, theirs: &Map<V>) -> Map<V> {
    let mut merged = Map::new();
    for key in base.keys().chain(ours.keys()).chain(theirs.keys()) {
        if merged.contains_key(key) {
            continue;
        }
        if let Some(value) = pick(base.get(key), ours.get(key), theirs.get(key)) {
            merged.insert(key.clone(), value);
        }
    }
    merged
}

/// `ours` with the other tab's changes since `base` brought in (see the module's note).
pub fn merge(bank: &Bank, base: &Assessment, ours: &Assessment, theirs: &Assessment) -> Assessment {
    Assessment {
        profile: pick(base.profile.as_ref(), ours.profile.as_ref(), theirs.profile.as_ref()),
        answers: merge_maps(&base.answers, &ours.answers, &theirs.answers),
        screen: ours.screen.clone(),
        learning: merge_maps(&base.learning, &ours.learning, &theirs.learning),
        completed_ms: pick(base.completed_ms.as_ref(), ours.completed_ms.as_ref(), theirs.completed_ms.as_ref()),
    }
    .settle(bank)
}

/// What a tab does on finding `stored` in storage where it last read or wrote `synced`.
#[derive(Debug, Clone, PartialEq)]
pub enum Change {
    /// Nobody else wrote.
    None,
    /// Another tab wrote: merge its copy in.
    Merge { base: Box<Assessment>, theirs: Box<Assessment> },
    /// Another tab wrote something this version cannot read (a newer version, or damage): writing would
    /// destroy it, so this tab stops saving.
    Unreadable,
}

pub fn change(bank: &Bank, synced: Option<&str>, stored: Option<&str>) -> Change {
    if synced == stored {
        return Change::None;
    }
    let read = |text: Option<&str>| text.map_or(Ok(Assessment::default()), |t| decode(bank, t).map(|l| l.assessment));
    match read(stored) {
        Err(_) => Change::Unreadable,
        // A base that does not read (it was backed up at start) contributes nothing.
        Ok(theirs) => Change::Merge { base: Box::new(read(synced).unwrap_or_default()), theirs: Box::new(theirs) },
    }
}
