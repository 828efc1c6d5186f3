//! The question bank as read from `content/bank.json`: structure, identifiers and numbers, no prose.
//! Field rules are in `content/SCHEMA.md`; `validate` enforces them.

use super::json::Value;
use super::map::Map;
use super::read::{At, Fault};

/// A closed set of words in the bank, read from a JSON string, with an error that lists the valid words.
macro_rules! word_enum {
    ($(#[$meta:meta])* $name:ident, $what:literal { $($(#[$vmeta:meta])* $variant:ident => $word:literal,)* }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
        pub enum $name { $($(#[$vmeta])* $variant,)* }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant,)*];

            pub fn key(self) -> &'static str {
                match self { $($name::$variant => $word,)* }
            }
        }

        impl $name {
            pub fn read(at: &At) -> Result<Self, Fault> {
                match at.str()? {
                    $($word => Ok($name::$variant),)*
                    word => Err(at.fault(format!(concat!("\"{}\" is not a ", $what, "; use one of:", $(" ", $word,)*), word))),
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
    Video => "video",
    Community => "community",
    Event => "event",
    Tool => "tool",
});

word_enum!(
    /// Ordered from the most basic to the most advanced.
    ResourceLevel, "resource level" {
    Introductory => "introductory",
    Intermediate => "intermediate",
    Advanced => "advanced",
});

impl ResourceLevel {
    /// The levels of the framework's scale (1 to 5) that the level suits, lowest and highest.
    pub fn levels(self) -> (u8, u8) {
        match self {
            ResourceLevel::Introductory => (1, 2),
            ResourceLevel::Intermediate => (3, 3),
            ResourceLevel::Advanced => (4, 5),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Bank {
    pub version: String,
    pub professions: Vec<Profession>,
    pub layers: Vec<Layer>,
    pub targets: RoleTargets,
    pub resources: Vec<Resource>,
    /// Earlier bank versions, as far as reading their share codes needs (`content/earlier-banks.json`):
    /// empty unless asked for (`Bank::with_earlier`), since only the results tools read codes.
    pub earlier: Vec<EarlierBank>,
}

/// An earlier version of the bank as its share codes need it: its professions and statements, in its order.
#[derive(Debug, Clone, PartialEq)]
pub struct EarlierBank {
    pub version: String,
    pub professions: Vec<String>,
    pub statements: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Profession {
    pub id: String,
    pub group: ProfessionGroup,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Layer {
    pub id: String,
    pub kind: LayerKind,
    pub audience: Audience,
    pub target: Option<u8>,
    pub areas: Vec<Area>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Area {
    pub id: String,
    pub professions: Vec<String>,
    pub statements: Vec<Statement>,
}

/// A statement, written in the bank as its id alone: its texts are in the locale files.
#[derive(Debug, Clone, PartialEq)]
pub struct Statement {
    pub id: String,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct RoleTargets {
    pub professions: Map<Map<u8>>,
    pub leaders: Map<u8>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Resource {
    pub id: String,
    /// The resource's own title, in its own language: a name, not translated.
    pub title: String,
    pub url: String,
    /// What it is; an organisation's own resource may not say.
    pub kind: Option<ResourceKind>,
    pub language: String,
    /// The levels of the scale (1 to 5) it suits, lowest and highest.
    pub levels: (u8, u8),
    pub areas: Vec<String>,
    /// Minutes, when known.
    pub duration: Option<u32>,
    /// One of the organisation's own (`config.json`), not the bank's.
    pub own: bool,
    /// Offered in recommendations: the bank's are not when the organisation recommends its own alone. They
    /// stay in the bank, so that the language files' texts for them still match and plans keep them.
    pub recommended: bool,
}

impl Resource {
    /// A resource known by its id alone, the rest to follow: the bank's in the compiled bank (the later
    /// texts bring the rest), the organisation's in the tools (which need no more).
    pub fn id_only(id: &str, own: bool) -> Resource {
        Resource {
            id: id.to_string(),
            title: String::new(),
            url: String::new(),
            kind: None,
            language: String::new(),
            levels: (1, 5),
            areas: Vec::new(),
            duration: None,
            own,
            recommended: true,
        }
    }

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

// ---- reading `content/bank.json` ----

fn strings(at: &At) -> Result<Vec<String>, Fault> {
    at.items()?.map(|item| item.string()).collect()
}

fn levels(at: &At) -> Result<Map<u8>, Fault> {
    let mut levels = Map::new();
    for (key, level) in at.entries()? {
        levels.insert(key.to_string(), level.u8()?);
    }
    Ok(levels)
}

impl Bank {
    /// The bank's structure from its JSON. Only the shape is checked here (fields, types, words);
    /// `validate` checks the rules of `content/SCHEMA.md`.
    pub fn read(value: &Value) -> Result<Bank, Fault> {
        let root = At::root(value);
        let bank = root.object(&["version", "professions", "layers", "targets", "resources"])?;
        let professions = bank.required("professions")?;
        let layers = bank.required("layers")?;
        let resources = bank.required("resources")?;
        let read = Bank {
            version: bank.required("version")?.string()?,
            professions: professions.items()?.map(|p| Profession::read(&p)).collect::<Result<_, _>>()?,
            layers: layers.items()?.map(|l| Layer::read(&l)).collect::<Result<_, _>>()?,
            targets: match bank.optional("targets") {
                Some(targets) => RoleTargets::read(&targets)?,
                None => RoleTargets::default(),
            },
            resources: resources.items()?.map(|r| Resource::read(&r)).collect::<Result<_, _>>()?,
            earlier: Vec::new(),
        };
        Ok(read)
    }
}

impl Profession {
    fn read(at: &At) -> Result<Profession, Fault> {
        let p = at.object(&["id", "group"])?;
        Ok(Profession { id: p.required("id")?.string()?, group: ProfessionGroup::read(&p.required("group")?)? })
    }
}

impl Layer {
    fn read(at: &At) -> Result<Layer, Fault> {
        let l = at.object(&["id", "kind", "audience", "target", "areas"])?;
        let areas = l.required("areas")?;
        let read = Layer {
            id: l.required("id")?.string()?,
            kind: LayerKind::read(&l.required("kind")?)?,
            audience: Audience::read(&l.required("audience")?)?,
            target: l.optional("target").map(|t| t.u8()).transpose()?,
            areas: areas.items()?.map(|a| Area::read(&a)).collect::<Result<_, _>>()?,
        };
        Ok(read)
    }
}

impl Area {
    fn read(at: &At) -> Result<Area, Fault> {
        let a = at.object(&["id", "professions", "statements"])?;
        let statements = a.required("statements")?;
        let read = Area {
            id: a.required("id")?.string()?,
            professions: a.optional("professions").map(|p| strings(&p)).transpose()?.unwrap_or_default(),
            statements: statements.items()?.map(|s| Ok(Statement { id: s.string()? })).collect::<Result<_, _>>()?,
        };
        Ok(read)
    }
}

impl RoleTargets {
    fn read(at: &At) -> Result<RoleTargets, Fault> {
        let t = at.object(&["professions", "leaders"])?;
        let mut professions = Map::new();
        if let Some(p) = t.optional("professions") {
            for (id, areas) in p.entries()? {
                professions.insert(id.to_string(), levels(&areas)?);
            }
        }
        let leaders = t.optional("leaders").map(|l| levels(&l)).transpose()?.unwrap_or_default();
        Ok(RoleTargets { professions, leaders })
    }
}

impl Resource {
    /// One of the bank's resources as `content/bank.json` writes it (and the built app's resources file).
    pub fn read(at: &At) -> Result<Resource, Fault> {
        let r = at.object(&["id", "title", "url", "kind", "language", "level", "areas"])?;
        Ok(Resource {
            id: r.required("id")?.string()?,
            title: r.required("title")?.string()?,
            url: r.required("url")?.string()?,
            kind: Some(ResourceKind::read(&r.required("kind")?)?),
            language: r.required("language")?.string()?,
            levels: ResourceLevel::read(&r.required("level")?)?.levels(),
            areas: strings(&r.required("areas")?)?,
            duration: None,
            own: false,
            recommended: true,
        })
    }
}

impl EarlierBank {
    /// Every earlier version in `content/earlier-banks.json`: `{ "<version>": { "professions": [ids],
    /// "statements": [ids] } }`, each list in that version's order.
    pub fn read_all(value: &Value) -> Result<Vec<EarlierBank>, Fault> {
        At::root(value)
            .entries()?
            .map(|(version, layout)| {
                let l = layout.object(&["professions", "statements"])?;
                Ok(EarlierBank {
                    version: version.to_string(),
                    professions: strings(&l.required("professions")?)?,
                    statements: strings(&l.required("statements")?)?,
                })
            })
            .collect()
    }
}
