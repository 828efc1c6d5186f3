//! The learning plan: the areas a person chooses to work on, the state of each resource they plan to use,
//! and a short note per area. Kept with the assessment, saved, exported and printed.

use super::map::Map;

/// The longest note kept, in characters: a few sentences, enough for "what I will do and by when".
pub const NOTE_MAX_CHARS: usize = 500;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ResourceStatus {
    Planned,
    Done,
}

impl ResourceStatus {
    pub fn key(self) -> &'static str {
        match self {
            ResourceStatus::Planned => "planned",
            ResourceStatus::Done => "done",
        }
    }

    pub fn from_key(key: &str) -> Option<ResourceStatus> {
        match key {
            "planned" => Some(ResourceStatus::Planned),
            "done" => Some(ResourceStatus::Done),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AreaPlan {
    /// The person will work on this area.
    pub chosen: bool,
    pub note: String,
    /// Resource id to its state; a resource not listed is not planned.
    pub resources: Map<ResourceStatus>,
}

impl AreaPlan {
    pub fn is_empty(&self) -> bool {
        !self.chosen && self.note.is_empty() && self.resources.is_empty()
    }
}

/// Area id to its plan. Areas with nothing planned are not kept.
pub type LearningPlan = Map<AreaPlan>;

/// A note cut to [`NOTE_MAX_CHARS`] characters (never inside a character).
pub fn clip_note(note: &str) -> String {
    note.chars().take(NOTE_MAX_CHARS).collect()
}

/// A change to the plan, as the person makes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PlanChange {
    Choose { area: String, chosen: bool },
    Note { area: String, note: String },
    Resource { area: String, resource: String, status: Option<ResourceStatus> },
}

/// Applies a change; an area left with nothing planned is removed.
pub fn apply(plan: &mut LearningPlan, change: PlanChange) {
    let area = match &change {
        PlanChange::Choose { area, .. } | PlanChange::Note { area, .. } | PlanChange::Resource { area, .. } => {
            area.clone()
        }
    };
    let entry = plan.get_or_default(&area);
    match change {
        PlanChange::Choose { chosen, .. } => entry.chosen = chosen,
        PlanChange::Note { note, .. } => entry.note = clip_note(&note),
        PlanChange::Resource { resource, status: Some(status), .. } => {
            entry.resources.insert(resource, status);
        }
        PlanChange::Resource { resource, status: None, .. } => {
            entry.resources.remove(&resource);
        }
    }
    if entry.is_empty() {
        plan.remove(&area);
    }
}
