//! The question bank as read from `content/bank.json`: structure, identifiers and numbers, no prose.
//! Field rules are in `content/SCHEMA.md`; `validate` enforces them.

use serde::Deserialize;
use std::collections::BTreeMap;

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Bank {
    pub version: String,
    pub scale: Scale,
    pub professions: Vec<Profession>,
    pub layers: Vec<Layer>,
    #[serde(default)]
    pub targets: RoleTargets,
    pub resources: Vec<Resource>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scale {
    pub levels: Vec<u8>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Profession {
    pub id: String,
    pub group: ProfessionGroup,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ProfessionGroup {
    Digital,
    NonDigital,
}

impl ProfessionGroup {
    pub const ALL: [ProfessionGroup; 2] = [ProfessionGroup::Digital, ProfessionGroup::NonDigital];

    pub fn key(self) -> &'static str {
        match self {
            ProfessionGroup::Digital => "digital",
            ProfessionGroup::NonDigital => "non-digital",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Layer {
    pub id: String,
    pub kind: LayerKind,
    pub audience: Audience,
    #[serde(default)]
    pub target: Option<u8>,
    pub areas: Vec<Area>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum LayerKind {
    /// Scored against a target level; gaps become focus areas.
    Proficiency,
    /// A profile of what the person leans on: no target, never a focus area.
    Profile,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Audience {
    Everyone,
    /// Included when the person asks for it on the "About you" screen.
    Optional,
    /// Each area lists the professions it serves.
    Profession,
    /// People who lead a team or an organisation.
    Leaders,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Area {
    pub id: String,
    #[serde(default)]
    pub professions: Vec<String>,
    pub statements: Vec<Statement>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Statement {
    pub id: String,
}

#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RoleTargets {
    #[serde(default)]
    pub professions: BTreeMap<String, BTreeMap<String, u8>>,
    #[serde(default)]
    pub leaders: BTreeMap<String, u8>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Resource {
    pub id: String,
    pub url: String,
    pub kind: ResourceKind,
    pub language: String,
    pub level: ResourceLevel,
    pub areas: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ResourceKind {
    Guide,
    Standard,
    Course,
    Report,
}

impl ResourceKind {
    pub fn key(self) -> &'static str {
        match self {
            ResourceKind::Guide => "guide",
            ResourceKind::Standard => "standard",
            ResourceKind::Course => "course",
            ResourceKind::Report => "report",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ResourceLevel {
    Introductory,
    Intermediate,
    Advanced,
}

/// Where an area sits in the bank.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct AreaRef {
    pub layer: usize,
    pub area: usize,
}

/// Where a statement sits in the bank.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct StatementRef {
    pub layer: usize,
    pub area: usize,
    pub statement: usize,
}

impl StatementRef {
    pub fn area_ref(self) -> AreaRef {
        AreaRef { layer: self.layer, area: self.area }
    }
}

impl Bank {
    pub fn layer_index(&self, id: &str) -> Option<usize> {
        self.layers.iter().position(|l| l.id == id)
    }

    pub fn area(&self, at: AreaRef) -> &Area {
        &self.layers[at.layer].areas[at.area]
    }

    pub fn statement(&self, at: StatementRef) -> &Statement {
        &self.layers[at.layer].areas[at.area].statements[at.statement]
    }

    pub fn find_area(&self, id: &str) -> Option<AreaRef> {
        self.layers.iter().enumerate().find_map(|(layer, l)| {
            l.areas.iter().position(|a| a.id == id).map(|area| AreaRef { layer, area })
        })
    }

    pub fn find_statement(&self, id: &str) -> Option<StatementRef> {
        self.layers.iter().enumerate().find_map(|(layer, l)| {
            l.areas.iter().enumerate().find_map(|(area, a)| {
                a.statements
                    .iter()
                    .position(|s| s.id == id)
                    .map(|statement| StatementRef { layer, area, statement })
            })
        })
    }

    pub fn profession(&self, id: &str) -> Option<&Profession> {
        self.professions.iter().find(|p| p.id == id)
    }
}
