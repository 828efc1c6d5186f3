//! Which layers, areas and statements a person is asked about, given what they said about themselves.

use super::bank::{AreaRef, Audience, Bank, StatementRef};

/// The answers on the "About you" screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Profile {
    /// A profession id from the bank; `None` for "none of these".
    pub profession: Option<String>,
    pub leads: bool,
    pub foundation: bool,
}

/// A layer as this person walks it: the bank's layer and the areas of it that apply.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlannedLayer {
    pub layer: usize,
    pub areas: Vec<usize>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plan {
    pub layers: Vec<PlannedLayer>,
}

impl Plan {
    pub fn new(bank: &Bank, profile: &Profile) -> Plan {
        let layers = bank
            .layers
            .iter()
            .enumerate()
            .filter_map(|(li, layer)| {
                let include_layer = match layer.audience {
                    Audience::Everyone | Audience::Profession => true,
                    Audience::Optional => profile.foundation,
                    Audience::Leaders => profile.leads,
                };
                if !include_layer {
                    return None;
                }
                let areas: Vec<usize> = layer
                    .areas
                    .iter()
                    .enumerate()
                    .filter(|(_, area)| {
                        layer.audience != Audience::Profession
                            || profile.profession.as_ref().is_some_and(|p| area.professions.contains(p))
                    })
                    .map(|(ai, _)| ai)
                    .collect();
                (!areas.is_empty()).then_some(PlannedLayer { layer: li, areas })
            })
            .collect();
        Plan { layers }
    }

    pub fn areas(&self) -> impl Iterator<Item = AreaRef> + '_ {
        self.layers.iter().flat_map(|pl| pl.areas.iter().map(move |&area| AreaRef { layer: pl.layer, area }))
    }

    /// Every statement in the order they are asked.
    pub fn statements<'a>(&'a self, bank: &'a Bank) -> impl Iterator<Item = StatementRef> + 'a {
        self.areas().flat_map(move |at| {
            (0..bank.area(at).statements.len()).map(move |statement| StatementRef {
                layer: at.layer,
                area: at.area,
                statement,
            })
        })
    }

    pub fn contains_layer(&self, layer: usize) -> bool {
        self.layers.iter().any(|pl| pl.layer == layer)
    }

    pub fn contains_statement(&self, at: StatementRef) -> bool {
        self.layers.iter().any(|pl| pl.layer == at.layer && pl.areas.contains(&at.area))
    }
}
