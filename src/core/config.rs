//! An organisation's configuration: the optional `config.json` beside `index.html`, which an HR or learning
//! team edits by hand to make the app its own without rebuilding (`docs/CONFIGURING.md`). Read strictly and
//! all at once: every problem is reported with its place (`resources[3].areas[0]`), and a configuration
//! with any problem is not used at all. The field names are a contract kept across releases.

use super::bank::{Bank, LayerKind, Resource, ResourceKind};
use super::json;
use super::locale::Language;
use super::map::Map;
use super::read::{At, Fault};
use super::validate::ContentError;

/// The file's name beside `index.html`, and in every message about it.
pub const FILE: &str = "config.json";

/// The fields of the file, each a contract (`$schema` is for editors, and ignored).
pub const FIELDS: &[&str] = &[
    "$schema",
    "organisation",
    "resources",
    "built_in_resources",
    "targets",
    "languages",
    "professions",
    "foundation",
    "hand_off",
];

/// The fields of a resource of the organisation's.
pub const RESOURCE_FIELDS: &[&str] = &["id", "title", "url", "language", "areas", "levels", "duration", "format"];

/// What a resource of the organisation's may be: the keys of [`ResourceKind`], in the order messages list them.
pub const FORMATS: &[&str] = &["course", "guide", "video", "community", "event", "report", "standard", "tool"];

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Organisation {
    /// Language code to the organisation's name in that language.
    pub name: Map<String>,
    /// Language code to a line on where to ask questions; empty when there is none.
    pub contact: Map<String>,
    pub logo: Option<Logo>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Logo {
    /// An image file beside `config.json`: a plain file name.
    pub file: String,
    /// Language code to the logo's text alternative.
    pub alt: Map<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct HandOff {
    /// The origins that may receive a person's result (`https://intranet.example.gov`).
    pub origins: Vec<String>,
    /// Language code to the label of the button that sends it.
    pub label: Map<String>,
}

impl HandOff {
    /// Where a result may be sent: the host page's origin, when it is one of those listed; else nowhere.
    pub fn target(&self, host: Option<&str>) -> Option<&str> {
        let host = host?;
        self.origins.iter().map(String::as_str).find(|origin| *origin == host)
    }
}

/// A configuration, read and checked. `Config::default()` is the app without one.
#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    pub organisation: Option<Organisation>,
    /// The organisation's own learning resources (`own` set), in the file's order.
    pub resources: Vec<Resource>,
    /// Whether the bank's resources are recommended too.
    pub built_in_resources: bool,
    /// Profession id to area id to target level, overriding the bank's.
    pub targets: Map<Map<u8>>,
    /// The languages offered; all of the app's when not set.
    pub languages: Vec<Language>,
    /// The profession families listed; all of the bank's when not set.
    pub professions: Option<Vec<String>>,
    /// Whether the foundation check is offered.
    pub foundation: bool,
    pub hand_off: Option<HandOff>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            organisation: None,
            resources: Vec::new(),
            built_in_resources: true,
            targets: Map::new(),
            languages: Language::ALL.to_vec(),
            professions: None,
            foundation: true,
            hand_off: None,
        }
    }
}

impl Config {
    /// The bank as this organisation uses it: its own resources (before the bank's, or recommended instead of
    /// them), and
    /// its targets in place of the bank's. Layers and professions stay whole, so that links, files and saved
    /// data mean the same in every deployment; what is offered is asked of the configuration.
    pub fn configure(&self, mut bank: Bank) -> Bank {
        let mut built_in = std::mem::take(&mut bank.resources);
        for resource in &mut built_in {
            resource.recommended = self.built_in_resources;
        }
        bank.resources = self.resources.clone();
        bank.resources.extend(built_in);
        for (profession, levels) in self.targets.iter() {
            let targets = bank.targets.professions.get_or_default(profession);
            for (area, level) in levels.iter() {
                targets.insert(area.clone(), *level);
            }
        }
        bank
    }

    /// What the results tools need of the configuration, for the app to hand them (`tools_bank` reads it):
    /// the organisation's resources by id, so that plans keep them, and its targets, so that files score as
    /// the screen does. A line per item, `resource <id>` or `target <profession> <area> <level>`: ids have no
    /// spaces.
    pub fn tools_form(&self) -> String {
        let mut form = String::new();
        for resource in &self.resources {
            form.push_str(&["resource ", &resource.id, "\n"].concat());
        }
        for (profession, levels) in self.targets.iter() {
            for (area, level) in levels.iter() {
                form.push_str(&["target ", profession, " ", area, " ", &level.to_string(), "\n"].concat());
            }
        }
        form
    }

    /// Whether a profession family is listed in "About you".
    pub fn offers_profession(&self, id: &str) -> bool {
        self.professions.as_ref().is_none_or(|listed| listed.iter().any(|p| p == id))
    }

    /// Whether a language is offered.
    pub fn offers_language(&self, language: Language) -> bool {
        self.languages.contains(&language)
    }
}

/// Collects the problems of one reading, so that all are told at once.
struct Reader<'b> {
    bank: &'b Bank,
    faults: Vec<Fault>,
}

impl Reader<'_> {
    fn keep<T>(&mut self, read: Result<T, Fault>) -> Option<T> {
        read.map_err(|fault| self.faults.push(fault)).ok()
    }

    fn fault(&mut self, at: &At, problem: impl Into<String>) {
        self.faults.push(at.fault(problem));
    }

    /// Text that a person reads: not empty, and not only spaces.
    fn text(&mut self, at: &At) -> Option<String> {
        let text = self.keep(at.string())?;
        if text.trim().is_empty() {
            self.fault(at, "must not be empty");
            return None;
        }
        Some(text)
    }

    /// A language code mapped to a text, with a text for every language offered.
    fn texts(&mut self, at: &At, languages: &[Language]) -> Map<String> {
        let mut texts = Map::new();
        let Some(entries) = self.keep(at.entries()) else { return texts };
        let mut faulty = false;
        for (code, value) in entries {
            let text = if Language::from_tag(code).is_some_and(|l| l.code() == code) {
                self.text(&value)
            } else {
                self.fault(&value, NOT_A_LANGUAGE);
                None
            };
            match text {
                Some(text) => drop(texts.insert(code.to_string(), text)),
                None => faulty = true,
            }
        }
        if !faulty {
            for language in languages.iter().filter(|l| !texts.contains_key(l.code())) {
                self.fault(at, format!("has no text in {}, a language offered", language.code()));
            }
        }
        texts
    }

    fn flag(&mut self, at: Option<At>, default: bool) -> bool {
        at.and_then(|at| self.keep(at.bool())).unwrap_or(default)
    }

    /// A list of distinct texts, each checked by `valid` (which says what is wrong).
    fn list(&mut self, at: &At, valid: &dyn Fn(&str) -> Option<String>) -> Vec<String> {
        let mut list: Vec<String> = Vec::new();
        let Some(items) = self.keep(at.items()) else { return list };
        for item in items {
            let Some(text) = self.keep(item.string()) else { continue };
            if let Some(problem) = valid(&text) {
                self.fault(&item, problem);
            } else if list.contains(&text) {
                self.fault(&item, "is listed twice");
            } else {
                list.push(text);
            }
        }
        list
    }

    fn languages(&mut self, at: Option<At>) -> Vec<Language> {
        let Some(at) = at else { return Language::ALL.to_vec() };
        let valid = |code: &str| {
            let known = Language::from_tag(code).is_some_and(|l| l.code() == code);
            (!known).then(|| NOT_A_LANGUAGE.to_string())
        };
        let listed = self.list(&at, &valid);
        if listed.is_empty() && matches!(at.value.items(), Some([])) {
            self.fault(&at, "must list at least one language");
        }
        listed.iter().filter_map(|code| Language::from_tag(code)).collect()
    }

    fn organisation(&mut self, at: &At, languages: &[Language]) -> Option<Organisation> {
        let object = self.keep(at.object(&["name", "contact", "logo"]))?;
        let name = match self.keep(object.required("name")) {
            Some(name) => self.texts(&name, languages),
            None => Map::new(),
        };
        let contact = object.optional("contact").map(|c| self.texts(&c, languages)).unwrap_or_default();
        let logo = object.optional("logo").and_then(|logo| {
            let fields = self.keep(logo.object(&["file", "alt"]))?;
            let file_at = self.keep(fields.required("file"))?;
            let file = self.keep(file_at.string())?;
            if !is_file_name(&file) {
                self.fault(
                    &file_at,
                    "must be the name of an image file beside config.json (.svg, .png, .jpg or .webp), with no folder",
                );
            }
            let alt = match self.keep(fields.required("alt")) {
                Some(alt) => self.texts(&alt, languages),
                None => Map::new(),
            };
            Some(Logo { file, alt })
        });
        Some(Organisation { name, contact, logo })
    }

    fn resource(&mut self, at: &At, taken: &[String]) -> Option<Resource> {
        let object = self.keep(at.object(RESOURCE_FIELDS))?;
        let mut read = |key: &str| self.keep(object.required(key));
        let (id_at, title_at, url_at, language_at, areas_at) =
            (read("id"), read("title"), read("url"), read("language"), read("areas"));
        let id = id_at.as_ref().and_then(|at| {
            let id = self.keep(at.string())?;
            if !is_id(&id) {
                self.fault(at, "must be lowercase letters, digits and - only, starting with a letter");
            } else if taken.contains(&id) || self.bank.resources.iter().any(|r| r.id == id) {
                self.fault(at, "is the id of another resource");
            }
            Some(id)
        });
        let title = title_at.and_then(|at| self.text(&at));
        let url = url_at.and_then(|at| {
            let url = self.keep(at.string())?;
            if !is_https_address(&url) {
                self.fault(&at, "must be an https:// address");
            }
            Some(url)
        });
        let language = language_at.and_then(|at| {
            let code = self.keep(at.string())?;
            if !is_language_tag(&code) {
                self.fault(&at, "must be a language code such as en, fr or ar (BCP 47)");
            }
            Some(code)
        });
        let bank = self.bank;
        let areas = areas_at.map(|at| {
            let valid = |id: &str| match bank.find_area(id) {
                None => Some("is not an area of the bank".to_string()),
                Some(area) if bank.layers[area.layer].kind == LayerKind::Profile => {
                    Some("is an area of a profile layer, which has no recommendations".to_string())
                }
                Some(_) => None,
            };
            let areas = self.list(&at, &valid);
            if matches!(at.value.items(), Some([])) {
                self.fault(&at, "must list at least one area");
            }
            areas
        });
        let levels = object.optional("levels").and_then(|at| {
            let items: Vec<At> = self.keep(at.items())?.collect();
            let levels: Vec<u8> = items.iter().filter_map(|item| self.keep(item.u8())).collect();
            match levels[..] {
                [min, max] if (1..=5).contains(&min) && (min..=5).contains(&max) => Some((min, max)),
                _ => {
                    self.fault(&at, "must be [lowest, highest], two levels from 1 to 5, the lowest first");
                    None
                }
            }
        });
        let duration = object.optional("duration").and_then(|at| match at.value.as_u64() {
            Some(minutes @ 1..=100_000) => Some(minutes as u32),
            _ => {
                self.fault(&at, "must be a whole number of minutes, at least 1");
                None
            }
        });
        let kind = object.optional("format").and_then(|at| {
            let format = self.keep(at.string())?;
            let kind = ResourceKind::ALL.iter().copied().find(|k| k.key() == format);
            if kind.is_none() {
                self.fault(&at, format!("must be one of: {}", FORMATS.join(", ")));
            }
            kind
        });
        Some(Resource {
            id: id?,
            title: title?,
            url: url?,
            kind,
            language: language?,
            levels: levels.unwrap_or((1, 5)),
            areas: areas?,
            duration,
            own: true,
            recommended: true,
        })
    }

    fn targets(&mut self, at: &At) -> Map<Map<u8>> {
        let mut targets = Map::new();
        let Some(professions) = self.keep(at.entries()) else { return targets };
        for (profession, areas) in professions {
            if self.bank.profession(profession).is_none() {
                self.fault(&areas, "is not a profession family of the bank");
                continue;
            }
            let mut levels = Map::new();
            let Some(entries) = self.keep(areas.entries()) else { continue };
            for (area, level_at) in entries {
                match self.bank.find_area(area) {
                    None => self.fault(&level_at, "is not an area of the bank"),
                    Some(a) if self.bank.layers[a.layer].kind == LayerKind::Profile => {
                        self.fault(&level_at, "is an area of a profile layer, which has no target")
                    }
                    Some(_) => match self.keep(level_at.u8()) {
                        Some(level @ 1..=5) => {
                            levels.insert(area.to_string(), level);
                        }
                        Some(_) => self.fault(&level_at, "must be a level from 1 to 5"),
                        None => {}
                    },
                }
            }
            targets.insert(profession.to_string(), levels);
        }
        targets
    }

    fn hand_off(&mut self, at: &At, languages: &[Language]) -> Option<HandOff> {
        let object = self.keep(at.object(&["origins", "label"]))?;
        let origins = match self.keep(object.required("origins")) {
            Some(at) => {
                let valid = |origin: &str| {
                    (!is_origin(origin)).then(|| {
                        "must be an origin as browsers write it: https://, a lowercase host, no path and no :443, such as https://intranet.example.gov"
                            .to_string()
                    })
                };
                self.list(&at, &valid)
            }
            None => Vec::new(),
        };
        let label = match self.keep(object.required("label")) {
            Some(label) => self.texts(&label, languages),
            None => Map::new(),
        };
        Some(HandOff { origins, label })
    }
}

/// The bank as the results tools use it, from what the app hands them ([`Config::tools_form`]). Lines it
/// cannot read are ignored: the app wrote them from a configuration it checked.
pub fn tools_bank(form: &str, mut bank: Bank) -> Bank {
    let mut own = Vec::new();
    for line in form.lines() {
        let mut words = line.split(' ');
        match (words.next(), words.next(), words.next(), words.next()) {
            (Some("resource"), Some(id), None, None) => own.push(Resource::id_only(id, true)),
            (Some("target"), Some(profession), Some(area), Some(level)) => {
                if let Ok(level) = level.parse::<u8>() {
                    bank.targets.professions.get_or_default(profession).insert(area.to_string(), level);
                }
            }
            _ => {}
        }
    }
    own.append(&mut bank.resources);
    bank.resources = own;
    bank
}

/// What the page found at `config.json`.
#[derive(Debug, Clone, PartialEq)]
// Made once per page and unpacked at once: boxing the configuration would buy nothing.
#[allow(clippy::large_enum_variant)]
pub enum Loaded {
    /// No file: the app as built.
    Absent,
    Read(Config),
    /// The file could not be fetched or has problems: the administrator's error screen, with every problem.
    Broken(Vec<ContentError>),
}

impl Loaded {
    /// The configuration to run with (the app as built when there is none or it is broken), and the problems of
    /// a broken one.
    pub fn into_parts(self) -> (Config, Option<Vec<ContentError>>) {
        match self {
            Loaded::Absent => (Config::default(), None),
            Loaded::Read(config) => (config, None),
            Loaded::Broken(problems) => (Config::default(), Some(problems)),
        }
    }
}

/// Makes sense of the answer to the page's request for `config.json`: its HTTP status (0 when there was no
/// answer) and its text. A 404 or 410 is no configuration, and so is an HTML page: some hosts answer every
/// address they do not have with one.
pub fn load(bank: &Bank, status: u16, text: &str) -> Loaded {
    let broken =
        |problem: String| Loaded::Broken(vec![ContentError { file: FILE.into(), place: String::new(), problem }]);
    match status {
        404 | 410 => Loaded::Absent,
        0 => broken("could not be loaded: there was no answer from the server".into()),
        200..=299 if text.trim().starts_with('<') => Loaded::Absent,
        200..=299 => match read(bank, text) {
            Ok(config) => Loaded::Read(config),
            Err(problems) => Loaded::Broken(problems),
        },
        _ => broken(format!("could not be loaded: the server answered with HTTP status {status}")),
    }
}

/// Reads and checks a configuration file's text against the bank: the configuration, or every problem.
pub fn read(bank: &Bank, text: &str) -> Result<Config, Vec<ContentError>> {
    let error = |place: &str, problem: String| ContentError { file: FILE.into(), place: place.into(), problem };
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let value = json::parse(text).map_err(|e| vec![error("", format!("is not valid JSON: {e}"))])?;
    let root = At::root(&value);
    let mut reader = Reader { bank, faults: Vec::new() };
    let Some(object) = reader.keep(root.object(FIELDS)) else {
        return Err(reader.faults.into_iter().map(|f| error(&f.place, f.problem)).collect());
    };
    let languages = reader.languages(object.optional("languages"));
    let organisation = object.optional("organisation").and_then(|at| reader.organisation(&at, &languages));
    let mut resources: Vec<Resource> = Vec::new();
    if let Some(list) =
        object.optional("resources").and_then(|at| reader.keep(at.items().map(|i| i.collect::<Vec<_>>())))
    {
        for item in list {
            let taken: Vec<String> = resources.iter().map(|r| r.id.clone()).collect();
            if let Some(resource) = reader.resource(&item, &taken) {
                resources.push(resource);
            }
        }
    }
    let built_in_resources = reader.flag(object.optional("built_in_resources"), true);
    let targets = object.optional("targets").map(|at| reader.targets(&at)).unwrap_or_default();
    let professions = object.optional("professions").map(|at| {
        let valid =
            |id: &str| bank.profession(id).is_none().then(|| "is not a profession family of the bank".to_string());
        reader.list(&at, &valid)
    });
    let foundation = reader.flag(object.optional("foundation"), true);
    let hand_off = object.optional("hand_off").and_then(|at| reader.hand_off(&at, &languages));
    if !reader.faults.is_empty() {
        return Err(reader.faults.into_iter().map(|f| error(&f.place, f.problem)).collect());
    }
    Ok(Config { organisation, resources, built_in_resources, targets, languages, professions, foundation, hand_off })
}

/// Said when a code is not one of `Language::ALL` (a test keeps the two in step).
pub const NOT_A_LANGUAGE: &str = "is not a language of the app (en, fr, ar)";

fn is_id(id: &str) -> bool {
    id.starts_with(|c: char| c.is_ascii_lowercase())
        && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

fn is_file_name(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    !name.starts_with('.')
        && !name.contains(['/', '\\', ':', '?', '#', '%'])
        && [".svg", ".png", ".jpg", ".jpeg", ".webp"].iter().any(|ext| lower.ends_with(ext))
}

fn is_https_address(url: &str) -> bool {
    url.strip_prefix("https://").is_some_and(|rest| {
        let host = rest.split(['/', '?', '#']).next().unwrap_or("");
        !host.is_empty() && !url.contains(char::is_whitespace)
    })
}

/// `https://host[:port]`, or `http://localhost[:port]` for trying it out on one machine, written as browsers
/// write an origin (which is what it is compared with, letter for letter): a lowercase host, and no port where
/// it is the scheme's own (443, 80).
fn is_origin(origin: &str) -> bool {
    let (authority, default_port) = match (origin.strip_prefix("https://"), origin.strip_prefix("http://")) {
        (Some(rest), _) => (rest, "443"),
        (None, Some(rest)) if rest == "localhost" || rest.starts_with("localhost:") => (rest, "80"),
        _ => return false,
    };
    let (host, port) = authority.split_once(':').map_or((authority, None), |(host, port)| (host, Some(port)));
    !host.is_empty()
        && host.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '.')
        && port.is_none_or(|p| p != default_port && (1..=5).contains(&p.len()) && p.chars().all(|c| c.is_ascii_digit()))
}

/// A BCP 47 tag's shape: a primary language of 2 or 3 letters, then subtags of letters and digits.
fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let primary = parts.next().unwrap_or("");
    (2..=3).contains(&primary.len())
        && primary.chars().all(|c| c.is_ascii_alphabetic())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}
