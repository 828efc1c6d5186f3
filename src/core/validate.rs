//! Checks a parsed bank against the rules in `content/SCHEMA.md`. Every problem is reported, each with the
//! file and the exact place, so an author can fix a broken bank in one pass.

use super::bank::{Audience, Bank, LayerKind};
use super::map::Map;
use std::fmt;

/// One problem in a content file: which file, where in it, and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentError {
    pub file: String,
    pub place: String,
    pub problem: String,
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.place.is_empty() {
            write!(f, "{}: {}", self.file, self.problem)
        } else {
            write!(f, "{}: {}: {}", self.file, self.place, self.problem)
        }
    }
}

pub const STATEMENTS_PER_AREA: std::ops::RangeInclusive<usize> = 3..=5;
/// The levels of the one rating scale every statement uses; its labels are in the locale files.
pub const LEVELS: [u8; 5] = [1, 2, 3, 4, 5];

struct Report<'a> {
    file: &'a str,
    errors: Vec<ContentError>,
}

impl Report<'_> {
    fn push(&mut self, place: impl Into<String>, problem: impl Into<String>) {
        self.errors.push(ContentError { file: self.file.to_string(), place: place.into(), problem: problem.into() });
    }
}

/// An identifier: lowercase ASCII letters, digits, `-` and `.`, starting with a letter.
pub fn is_valid_id(id: &str) -> bool {
    id.starts_with(|c: char| c.is_ascii_lowercase())
        && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '.')
}

fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let primary = parts.next().unwrap_or_default();
    (2..=3).contains(&primary.len())
        && primary.chars().all(|c| c.is_ascii_lowercase())
        && parts.all(|p| (2..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

fn is_https_url(url: &str) -> bool {
    match url.strip_prefix("https://") {
        Some(rest) => {
            let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
            host.contains('.') && !url.chars().any(|c| c.is_whitespace() || c == '"' || c == '<' || c == '>')
        }
        None => false,
    }
}

pub fn validate_bank<'a>(file: &str, bank: &'a Bank) -> Vec<ContentError> {
    let mut r = Report { file, errors: Vec::new() };
    // Plain vectors rather than sets: a bank has a few hundred ids, and each distinct map type costs
    // kilobytes of wasm.
    let mut seen: Vec<(&str, String)> = Vec::new();
    let mut check_id = |r: &mut Report, place: &str, id: &'a str| {
        if !is_valid_id(id) {
            r.push(
                place,
                format!("id \"{id}\" must be lowercase letters, digits, '-' and '.', starting with a letter"),
            );
        }
        match seen.iter().find(|(known, _)| *known == id) {
            Some((_, first)) => r.push(place, format!("id \"{id}\" is already used at {first}")),
            None => seen.push((id, place.to_string())),
        }
    };

    if bank.version.trim().is_empty() {
        r.push("version", "must not be empty");
    }
    if bank.professions.is_empty() {
        r.push("professions", "needs at least one profession");
    }
    for (i, p) in bank.professions.iter().enumerate() {
        check_id(&mut r, &format!("professions[{i}]"), &p.id);
    }
    if bank.layers.is_empty() {
        r.push("layers", "needs at least one layer");
    }

    // Proficiency areas, with the audience of their layer, for the cross-reference checks below.
    let mut proficiency_areas: Vec<&str> = Vec::new();
    let mut all_areas: Vec<&str> = Vec::new();
    let mut professions_with_areas: Vec<&str> = Vec::new();
    let known_professions: Vec<&str> = bank.professions.iter().map(|p| p.id.as_str()).collect();

    for (li, layer) in bank.layers.iter().enumerate() {
        let lplace = format!("layers[{li}] \"{}\"", layer.id);
        check_id(&mut r, &format!("layers[{li}]"), &layer.id);
        match (layer.kind, layer.target) {
            (LayerKind::Proficiency, None) => r.push(&lplace, "a proficiency layer needs a target level from 1 to 5"),
            (LayerKind::Proficiency, Some(t)) if !LEVELS.contains(&t) => {
                r.push(&lplace, format!("target {t} is not a level from 1 to 5"))
            }
            (LayerKind::Profile, Some(_)) => r.push(&lplace, "a profile layer has no target"),
            _ => {}
        }
        if layer.areas.is_empty() {
            r.push(&lplace, "needs at least one area");
        }
        for (ai, area) in layer.areas.iter().enumerate() {
            let aplace = format!("layers[{li}].areas[{ai}] \"{}\"", area.id);
            check_id(&mut r, &format!("layers[{li}].areas[{ai}]"), &area.id);
            all_areas.push(&area.id);
            if layer.kind == LayerKind::Proficiency {
                proficiency_areas.push(&area.id);
            }
            let n = area.statements.len();
            if !STATEMENTS_PER_AREA.contains(&n) {
                r.push(&aplace, format!("has {n} statements, an area needs 3 to 5"));
            }
            if layer.audience == Audience::Profession {
                if area.professions.is_empty() {
                    r.push(&aplace, "an area of a profession layer must list the professions it serves");
                }
                for p in &area.professions {
                    if known_professions.contains(&p.as_str()) {
                        professions_with_areas.push(p);
                    } else {
                        r.push(&aplace, format!("profession \"{p}\" is not in the professions list"));
                    }
                }
            } else if !area.professions.is_empty() {
                r.push(&aplace, "only areas of a profession layer list professions");
            }
            for (si, st) in area.statements.iter().enumerate() {
                check_id(&mut r, &format!("layers[{li}].areas[{ai}].statements[{si}]"), &st.id);
            }
        }
    }

    if bank.layers.iter().any(|l| l.audience == Audience::Profession) {
        for p in &bank.professions {
            if !professions_with_areas.contains(&p.id.as_str()) {
                r.push(format!("professions \"{}\"", p.id), "no area of the profession layer serves this profession");
            }
        }
    }

    let check_targets = |r: &mut Report, place: &str, targets: &Map<u8>| {
        for (area, level) in targets {
            if !all_areas.contains(&area.as_str()) {
                r.push(place, format!("area \"{area}\" does not exist"));
            } else if !proficiency_areas.contains(&area.as_str()) {
                r.push(place, format!("area \"{area}\" is in a profile layer, which has no target"));
            }
            if !LEVELS.contains(level) {
                r.push(place, format!("level {level} for \"{area}\" is not a level from 1 to 5"));
            }
        }
    };
    for (profession, targets) in &bank.targets.professions {
        let place = format!("targets.professions.{profession}");
        if !known_professions.contains(&profession.as_str()) {
            r.push(&place, format!("profession \"{profession}\" is not in the professions list"));
        }
        check_targets(&mut r, &place, targets);
    }
    check_targets(&mut r, "targets.leaders", &bank.targets.leaders);

    let mut served: Vec<&str> = Vec::new();
    for (i, res) in bank.resources.iter().enumerate() {
        let place = format!("resources[{i}] \"{}\"", res.id);
        check_id(&mut r, &format!("resources[{i}]"), &res.id);
        if res.title.trim().is_empty() {
            r.push(&place, "title is empty");
        }
        if !is_https_url(&res.url) {
            r.push(&place, format!("url \"{}\" is not an https:// address", res.url));
        }
        if !is_language_tag(&res.language) {
            r.push(&place, format!("language \"{}\" is not a language code such as \"en\"", res.language));
        }
        if res.areas.is_empty() {
            r.push(&place, "must serve at least one area");
        }
        for area in &res.areas {
            if !proficiency_areas.contains(&area.as_str()) {
                r.push(&place, format!("area \"{area}\" is not an area of a proficiency layer"));
            } else {
                served.push(area);
            }
        }
    }
    for area in &proficiency_areas {
        if !served.contains(area) {
            r.push(format!("area \"{area}\""), "no resource serves this area; add one to resources");
        }
    }
    r.errors
}
