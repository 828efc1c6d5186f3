//! The question bank as read from `content/bank.json`: structure, identifiers and numbers, no prose.
//! Field rules are in `content/SCHEMA.md`; `validate` enforces them.

use serde::Deserialize;
use std::collections::BTreeMap;

/// A closed set of words in the bank, read from a JSON string. Going through `TryFrom<String>` rather than
/// serde's enum support keeps each one small in the wasm and gives an error that lists the valid words.
macro_rules! word_enum {
    ($(#[$meta:meta])* $name:ident, $what:literal { $($(#[$vmeta:meta])* $variant:ident => $word:literal,)* }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize)]
        #[serde(try_from = "String")]
        pub enum $name { $($(#[$vmeta])* $variant,)* }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant,)*];

            pub fn key(self) -> &'static str {
                match self { $($name::$variant => $word,)* }
            }
        }

        impl TryFrom<String> for $name {
            type Error = String;

            fn try_from(word: String) -> Result<Self, String> {
                match word.as_str() {
                    $($word => Ok($name::$variant),)*
                    _ => Err(format!(concat!("\"{}\" is not a ", $what, "; use one of:", $(" ", $word,)*), word)),
                }
            }
        }
    };
}

word_enum!(ProfessionGroup, "profession group" {
    Digital => "digital",
    NonDigital => "non-digital",
});

word_enum!(LayerKind, "layer kind" {
    /// Scored against a target level; gaps become focus areas.
    Proficiency => "proficiency",
    /// A profile of what the person leans on: no target, never a focus area.
    Profile => "profile",
});

word_enum!(Audience, "layer audience" {
    Everyone => "everyone",
    /// Included when the person asks for it on the "About you" screen.
    Optional => "optional",
    /// Each area lists the professions it serves.
    Profession => "profession",
    /// People who lead a team or an organisation.
    Leaders => "leaders",
});

word_enum!(ResourceKind, "resource kind" {
    Guide => "guide",
    Standard => "standard",
    Course => "course",
    Report => "report",
});

word_enum!(
    /// Ordered from the most basic to the most advanced.
    ResourceLevel, "resource level" {
    Introductory => "introductory",
    Intermediate => "intermediate",
    Advanced => "advanced",
});

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Bank {
    pub version: String,
    pub professions: Vec<Profession>,
    pub layers: Vec<Layer>,
    #[serde(default)]
    pub targets: RoleTargets,
    pub resources: Vec<Resource>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Profession {
    pub id: String,
    pub group: ProfessionGroup,
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

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Area {
    pub id: String,
    #[serde(default)]
    pub professions: Vec<String>,
    pub statements: Vec<Statement>,
}

/// A statement, written in the bank as its id alone: its texts are in the locale files.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(from = "String")]
pub struct Statement {
    pub id: String,
}

impl From<String> for Statement {
    fn from(id: String) -> Self {
        Statement { id }
    }
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
    /// The resource's own title, in its own language: a name, not translated.
    pub title: String,
    pub url: String,
    pub kind: ResourceKind,
    pub language: String,
    pub level: ResourceLevel,
    pub areas: Vec<String>,
}

impl Resource {
    /// The site the resource is on (`www.gov.uk`), shown so a person knows where a link leads.
    pub fn host(&self) -> &str {
        // Validation guarantees an https:// address.
        let rest = self.url.strip_prefix("https://").unwrap_or(&self.url);
        rest.split(['/', '?', '#']).next().unwrap_or(rest)
    }
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
        self.layers
            .iter()
            .enumerate()
            .find_map(|(layer, l)| l.areas.iter().position(|a| a.id == id).map(|area| AreaRef { layer, area }))
    }

    /// Every statement id, in bank order (layers, then areas, then statements).
    pub fn statement_ids(&self) -> impl Iterator<Item = &str> {
        self.layers.iter().flat_map(|l| &l.areas).flat_map(|a| &a.statements).map(|s| s.id.as_str())
    }

    pub fn find_statement(&self, id: &str) -> Option<StatementRef> {
        self.layers.iter().enumerate().find_map(|(layer, l)| {
            l.areas.iter().enumerate().find_map(|(area, a)| {
                a.statements.iter().position(|s| s.id == id).map(|statement| StatementRef { layer, area, statement })
            })
        })
    }

    pub fn profession(&self, id: &str) -> Option<&Profession> {
        self.professions.iter().find(|p| p.id == id)
    }
}
