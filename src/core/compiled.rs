//! The bank compiled into the app. `build.rs` reads and checks `content/bank.json` and writes it out as the
//! statics below; [`Bank::compiled`] turns them into a [`Bank`] when the app starts. The app thus carries
//! neither the bank's JSON nor its reader and validator, which the build and the tests run instead.

use super::bank::{
    Area, Audience, Bank, EarlierBank, Layer, LayerKind, Profession, ProfessionGroup, Resource, RoleTargets, Statement,
};
use super::map::Map;

/// The bank as `build.rs` writes it from `content/bank.json`, once checked: static data, turned into a
/// [`Bank`] when the app starts.
pub struct BankData {
    pub version: &'static str,
    pub professions: &'static [(&'static str, ProfessionGroup)],
    pub layers: &'static [LayerData],
    pub profession_targets: &'static [(&'static str, &'static [(&'static str, u8)])],
    pub leader_targets: &'static [(&'static str, u8)],
    /// The resources' ids; the rest of each comes with the later texts (`content::RESOURCES_PATH`).
    pub resources: &'static [&'static str],
}

pub struct LayerData {
    pub id: &'static str,
    pub kind: LayerKind,
    pub audience: Audience,
    pub target: Option<u8>,
    pub areas: &'static [AreaData],
}

pub struct AreaData {
    pub id: &'static str,
    pub professions: &'static [&'static str],
    pub statements: &'static [&'static str],
}

include!(concat!(env!("OUT_DIR"), "/bank_data.rs"));

fn owned(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| s.to_string()).collect()
}

fn level_map(levels: &[(&str, u8)]) -> Map<u8> {
    let mut map = Map::new();
    for (area, level) in levels {
        map.insert(area.to_string(), *level);
    }
    map
}

impl Bank {
    /// The bank compiled into the app from `content/bank.json` (checked when the app was built).
    pub fn compiled() -> Bank {
        let data = &BANK_DATA;
        let mut professions = Map::new();
        for (id, levels) in data.profession_targets {
            professions.insert(id.to_string(), level_map(levels));
        }
        Bank {
            version: data.version.to_string(),
            professions: data
                .professions
                .iter()
                .map(|(id, group)| Profession { id: id.to_string(), group: *group })
                .collect(),
            layers: data
                .layers
                .iter()
                .map(|l| Layer {
                    id: l.id.to_string(),
                    kind: l.kind,
                    audience: l.audience,
                    target: l.target,
                    areas: l
                        .areas
                        .iter()
                        .map(|a| Area {
                            id: a.id.to_string(),
                            professions: owned(a.professions),
                            statements: a.statements.iter().map(|s| Statement { id: s.to_string() }).collect(),
                        })
                        .collect(),
                })
                .collect(),
            targets: RoleTargets { professions, leaders: level_map(data.leader_targets) },
            resources: data.resources.iter().map(|id| Resource::id_only(id, false)).collect(),
            earlier: Vec::new(),
        }
    }

    /// The bank with its earlier versions (`content/earlier-banks.json`), to read their share codes: for the
    /// results tools only, so that the app does not carry them.
    pub fn with_earlier(self) -> Bank {
        let earlier = EARLIER_BANKS
            .iter()
            .map(|(version, professions, statements)| EarlierBank {
                version: version.to_string(),
                professions: owned(professions),
                statements: owned(statements),
            })
            .collect();
        Bank { earlier, ..self }
    }
}
