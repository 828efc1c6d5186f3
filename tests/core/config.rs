//! The organisation's configuration: the documented example reads, and each kind of mistake an HR team can
//! make by hand is reported with its place, all at once.

use crate::support::bank;
use skills_radar::core::bank::Bank;
use skills_radar::core::config::{read, Config, OwnResource};
use skills_radar::core::locale::Language;

/// The problems of a configuration over the test bank, as `place: problem`.
fn problems(text: &str) -> Vec<String> {
    match read(&bank(), text) {
        Ok(config) => panic!("expected problems, read {config:?}"),
        Err(errors) => {
            assert!(errors.iter().all(|e| e.file == "config.json"), "every error names the file");
            errors.into_iter().map(|e| format!("{}: {}", e.place, e.problem)).collect()
        }
    }
}

#[test]
fn the_documented_example_reads_against_the_shipped_bank() {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/config.example.json")).unwrap();
    let config = read(&Bank::compiled(), &text).unwrap_or_else(|e| panic!("{e:#?}"));
    let organisation = config.organisation.as_ref().expect("an organisation");
    assert_eq!(organisation.name.get("fr").map(String::as_str), Some("Ministère de la Fonction publique"));
    assert_eq!(organisation.logo.as_ref().map(|l| l.file.as_str()), Some("logo.svg"));
    assert_eq!(
        config.resources[0],
        OwnResource {
            id: "mps-user-research-101".into(),
            title: "User research for public services".into(),
            url: "https://learning.public-service.example.gov/courses/user-research".into(),
            language: "en".into(),
            areas: vec!["user.users".into(), "professional.ucd.research".into()],
            levels: Some((1, 3)),
            duration: Some(90),
            format: Some("course".into()),
        }
    );
    assert_eq!(config.targets.get("data").and_then(|t| t.get("user.potential")), Some(&4));
    assert_eq!(config.languages, [Language::En, Language::Fr, Language::Ar]);
    assert!(config.offers_profession("data") && !config.offers_profession("policy"));
    let hand_off = config.hand_off.as_ref().expect("a hand-off");
    assert_eq!(hand_off.origins, ["https://intranet.public-service.example.gov"]);
    assert_eq!(hand_off.label.get("fr").map(String::as_str), Some("Envoyer mon résultat aux RH"));
    assert_eq!(hand_off.label.len(), 3, "a label in every language offered");
}

#[test]
fn an_empty_configuration_is_the_app_as_built() {
    assert_eq!(read(&bank(), "{}"), Ok(Config::default()));
    assert_eq!(read(&bank(), "\u{feff}{}"), Ok(Config::default()), "a byte-order mark is not a mistake");
    let config = Config::default();
    assert!(config.built_in_resources && config.foundation && config.offers_profession("alpha"));
    assert!(Language::ALL.iter().all(|&l| config.offers_language(l)));
}

#[test]
fn every_mistake_is_told_with_its_place_and_all_at_once() {
    let text = r#"{
      "organisation": { "name": { "en": "Ministry", "de": "Ministerium" }, "logo": { "file": "../logo.exe", "alt": { "en": "" } } },
      "resources": [
        { "id": "ok-one", "title": "One", "url": "https://example.org/1", "language": "en", "areas": ["core.a"] },
        { "id": "Bad Id", "title": " ", "url": "http://example.org", "language": "english", "areas": ["nope", "soc.a", "core.a", "core.a"],
          "levels": [4, 2], "duration": 0, "format": "podcast" },
        { "id": "ok-one", "title": "Again", "url": "https://example.org/2", "language": "fr", "areas": [] },
        { "id": "r-intro", "title": "Clash", "url": "https://example.org/3", "language": "fr", "areas": ["core.b"] },
        { "title": "No id", "url": "https://example.org/4", "language": "fr", "areas": ["core.b"], "level": 2 }
      ],
      "built_in_resources": "yes",
      "targets": { "alpha": { "core.a": 6, "soc.a": 3, "zz": 2 }, "gamma": { "core.a": 3 } },
      "languages": ["en", "es", "en"],
      "professions": ["alpha", "omega"],
      "foundation": 1,
      "hand_off": { "origins": ["https://intranet.example.gov/path", "*", "https://ok.example.gov"], "label": { "en": "Send" } },
      "colour": "blue"
    }"#;
    assert_eq!(
        problems(text),
        [
            "colour: is not a field here; the fields are: $schema, organisation, resources, built_in_resources, targets, languages, professions, foundation, hand_off",
        ],
        "an unknown top-level field stops the reading: a misspelt file is not half-read"
    );
    let text = text.replace(",\n      \"colour\": \"blue\"", "");
    assert_eq!(
        problems(&text),
        [
            "languages[1]: is not a language of the app (en, fr, ar)",
            "languages[2]: is listed twice",
            "organisation.name.de: is not a language of the app (en, fr, ar)",
            "organisation.logo.file: must be the name of an image file beside config.json (.svg, .png, .jpg or .webp), with no folder",
            "organisation.logo.alt.en: must not be empty",
            "resources[1].id: must be lowercase letters, digits and - only, starting with a letter",
            "resources[1].title: must not be empty",
            "resources[1].url: must be an https:// address",
            "resources[1].language: must be a language code such as en, fr or ar (BCP 47)",
            "resources[1].areas[0]: is not an area of the bank",
            "resources[1].areas[1]: is an area of a profile layer, which has no recommendations",
            "resources[1].areas[3]: is listed twice",
            "resources[1].levels: must be [lowest, highest], two levels from 1 to 5, the lowest first",
            "resources[1].duration: must be a whole number of minutes, at least 1",
            "resources[1].format: must be one of: course, guide, video, community, event, report, standard, tool",
            "resources[2].id: is the id of another resource",
            "resources[2].areas: must list at least one area",
            "resources[3].id: is the id of another resource",
            "resources[4].level: is not a field here; the fields are: id, title, url, language, areas, levels, duration, format",
            "built_in_resources: must be true or false, not a text",
            "targets.alpha.core.a: must be a level from 1 to 5",
            "targets.alpha.soc.a: is an area of a profile layer, which has no target",
            "targets.alpha.zz: is not an area of the bank",
            "targets.gamma: is not a profession family of the bank",
            "professions[1]: is not a profession family of the bank",
            "foundation: must be true or false, not a number",
            "hand_off.origins[0]: must be an origin: https:// and a host, with no path, such as https://intranet.example.gov",
            "hand_off.origins[1]: must be an origin: https:// and a host, with no path, such as https://intranet.example.gov",
        ]
    );
}

#[test]
fn texts_are_needed_in_every_language_offered() {
    let text = r#"{ "languages": ["en", "ar"], "organisation": { "name": { "en": "Ministry", "fr": "Ministère" } },
      "hand_off": { "origins": ["https://hr.example.gov"], "label": { "ar": "إرسال" } } }"#;
    assert_eq!(
        problems(text),
        [
            "organisation.name: has no text in ar, a language offered",
            "hand_off.label: has no text in en, a language offered"
        ]
    );
    let fine = r#"{ "languages": ["fr"], "organisation": { "name": { "fr": "Ministère" } } }"#;
    assert_eq!(read(&bank(), fine).map(|c| c.languages), Ok(vec![Language::Fr]));
}

#[test]
fn lists_and_origins_are_checked_to_the_letter() {
    assert_eq!(problems(r#"{ "languages": [] }"#), ["languages: must list at least one language"]);
    assert_eq!(problems("{ \"organisation\": {} }"), ["organisation: the field \"name\" is missing"]);
    assert_eq!(problems("[1]"), [": must be an object, not a list"]);
    assert!(problems("{ \"a\": 1, }")[0].starts_with(": is not valid JSON: "));
    let origins = r#"{ "hand_off": { "origins": ["http://localhost:8080", "https://a.example:443", "http://intranet.example.gov", "https://", "https://a.example:"], "label": { "en": "x", "fr": "x", "ar": "x" } } }"#;
    assert_eq!(
        problems(origins).iter().map(|p| p.split(':').next().unwrap_or_default().to_string()).collect::<Vec<_>>(),
        ["hand_off.origins[2]", "hand_off.origins[3]", "hand_off.origins[4]"],
        "https origins and the local machine only"
    );
}

#[test]
fn the_schema_editors_use_has_exactly_the_fields_the_app_reads() {
    use skills_radar::core::config::{FIELDS, FORMATS, RESOURCE_FIELDS};
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/static/config.schema.json")).unwrap();
    let schema: serde_json::Value = serde_json::from_str(&text).unwrap();
    let keys =
        |v: &serde_json::Value| v.as_object().unwrap().keys().cloned().collect::<std::collections::BTreeSet<_>>();
    let set = |list: &[&str]| list.iter().map(|s| s.to_string()).collect::<std::collections::BTreeSet<_>>();
    assert_eq!(keys(&schema["properties"]), set(FIELDS));
    assert_eq!(keys(&schema["properties"]["resources"]["items"]["properties"]), set(RESOURCE_FIELDS));
    let formats: Vec<&str> = schema["properties"]["resources"]["items"]["properties"]["format"]["enum"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    assert_eq!(formats, FORMATS);
    let languages: Vec<&str> =
        schema["$defs"]["language"]["enum"].as_array().unwrap().iter().map(|v| v.as_str().unwrap()).collect();
    assert_eq!(languages, Language::ALL.iter().map(|l| l.code()).collect::<Vec<_>>());
}
