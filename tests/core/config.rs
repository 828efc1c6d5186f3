//! The organisation's configuration: the documented example reads, and each kind of mistake an HR team can
//! make by hand is reported with its place, all at once.

use crate::support::{area, bank, profile};
use skills_radar::core::bank::{Bank, Resource, ResourceKind};
use skills_radar::core::config::{load, read, Config, Loaded};
use skills_radar::core::locale::Language;
use skills_radar::core::recommend::resources_for;
use skills_radar::core::scoring::target_for;

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
        Resource {
            id: "mps-user-research-101".into(),
            title: "User research for public services".into(),
            url: "https://learning.public-service.example.gov/courses/user-research".into(),
            kind: Some(ResourceKind::Course),
            language: "en".into(),
            levels: (1, 3),
            areas: vec!["user.users".into(), "professional.ucd.research".into()],
            duration: Some(90),
            own: true,
            recommended: true,
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
            "hand_off.origins[0]: must be an origin as browsers write it: https://, a lowercase host, no path and no :443, such as https://intranet.example.gov",
            "hand_off.origins[1]: must be an origin as browsers write it: https://, a lowercase host, no path and no :443, such as https://intranet.example.gov",
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
    let origins = r#"{ "hand_off": { "origins": ["http://localhost:8080", "https://a.example:8443", "https://a.example:443", "http://intranet.example.gov", "https://", "https://a.example:", "https://HR.example.gov", "http://localhost:80"], "label": { "en": "x", "fr": "x", "ar": "x" } } }"#;
    // Origins are compared with the browser's letter for letter: a port that is the scheme's own, or capitals,
    // would never match, so they are refused.
    assert_eq!(
        problems(origins).iter().map(|p| p.split(':').next().unwrap_or_default().to_string()).collect::<Vec<_>>(),
        [
            "hand_off.origins[2]",
            "hand_off.origins[3]",
            "hand_off.origins[4]",
            "hand_off.origins[5]",
            "hand_off.origins[6]",
            "hand_off.origins[7]"
        ],
        "https origins and the local machine only, as browsers write them"
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

/// The test bank as an organisation with this configuration uses it.
fn configured(text: &str) -> Bank {
    read(&bank(), text).unwrap_or_else(|e| panic!("{e:#?}")).configure(bank())
}

const OWN: &str = r#"{ "resources": [
  { "id": "own-a", "title": "Own A", "url": "https://learn.example.gov/a", "language": "en", "areas": ["core.a"], "levels": [3, 4] },
  { "id": "own-b", "title": "Own B", "url": "https://learn.example.gov/b", "language": "es", "areas": ["lead.a", "core.a"] }
] }"#;

fn recommended(bank: &Bank, score: Option<f64>) -> Vec<String> {
    resources_for(bank, "core.a", score, Language::En).iter().map(|r| r.id.clone()).collect()
}

#[test]
fn own_resources_are_recommended_by_fit_like_the_banks() {
    let bank = configured(OWN);
    // An English reader at 3.0 wants level 3. English first: own-a (levels 3-4, fits, names core.a first, own)
    // ties with r-mid2 (intermediate = 3, fits, first, the bank's) and comes first as the organisation's; then
    // r-adv (4-5, one away, first) and r-intro (1-2, one away, second). Then the other languages: r-mid (fr, fits,
    // first) before own-b (es, no levels so 1-5, fits, but names core.a second).
    assert_eq!(recommended(&bank, Some(3.0)), ["own-a", "r-mid2", "r-adv", "r-intro", "r-mid", "own-b"]);
    // A beginner (no score: level 1): r-intro fits; own-a is two levels away, r-mid2 two, r-adv three.
    assert_eq!(recommended(&bank, None), ["r-intro", "own-a", "r-mid2", "r-adv", "own-b", "r-mid"]);
    let own = bank.resources.iter().filter(|r| r.own).map(|r| r.id.as_str()).collect::<Vec<_>>();
    assert_eq!(own, ["own-a", "own-b"], "marked as the organisation's");
}

#[test]
fn without_built_in_resources_only_the_organisations_are_recommended() {
    let text = OWN.replacen("{ \"resources\"", "{ \"built_in_resources\": false, \"resources\"", 1);
    assert_eq!(recommended(&configured(&text), Some(3.0)), ["own-a", "own-b"]);
}

#[test]
fn targets_replace_the_banks_for_that_profession_and_area_only() {
    let bank = configured(r#"{ "targets": { "alpha": { "core.b": 5 }, "beta": { "core.a": 2 } } }"#);
    let target = |profession: &str, leads: bool, area_id: &str| {
        target_for(&bank, &profile(Some(profession), leads, false), area(&bank, area_id))
    };
    // The test bank: layer targets 3; alpha core.a 4 and prof.alpha 5; leaders core.a 2 and lead.a 4.
    assert_eq!(target("alpha", false, "core.b"), Some(5), "the organisation's");
    assert_eq!(target("alpha", false, "core.a"), Some(4), "the bank's, for an area the file does not name");
    assert_eq!(target("alpha", false, "prof.alpha"), Some(5));
    assert_eq!(target("beta", false, "core.a"), Some(2), "the organisation's, where the bank had the layer's 3");
    assert_eq!(target("beta", false, "core.b"), Some(3));
    assert_eq!(target("alpha", true, "lead.a"), Some(4), "leaders' targets still apply");
}

#[test]
fn what_the_page_finds_at_config_json() {
    let b = bank();
    assert_eq!(load(&b, 404, "Not found"), Loaded::Absent);
    assert_eq!(load(&b, 410, ""), Loaded::Absent);
    // A host that answers every address it does not have with a page.
    assert_eq!(load(&b, 200, "\n  <!doctype html><html><body>Welcome</body></html>"), Loaded::Absent);
    assert_eq!(load(&b, 200, "{}"), Loaded::Read(Config::default()));
    let told = |status: u16, text: &str| -> Vec<String> {
        match load(&b, status, text) {
            Loaded::Broken(errors) => errors.iter().map(|e| format!("{}|{}|{}", e.file, e.place, e.problem)).collect(),
            other => panic!("expected problems, got {other:?}"),
        }
    };
    assert_eq!(told(0, ""), ["config.json||could not be loaded: there was no answer from the server"]);
    assert_eq!(told(500, "oops"), ["config.json||could not be loaded: the server answered with HTTP status 500"]);
    assert_eq!(told(403, ""), ["config.json||could not be loaded: the server answered with HTTP status 403"]);
    assert_eq!(told(200, r#"{ "foundation": "no" }"#), ["config.json|foundation|must be true or false, not a text"]);
}

#[test]
fn a_result_goes_only_to_a_listed_origin_written_exactly() {
    let config = read(
        &bank(),
        r#"{ "hand_off": { "origins": ["https://hr.example.gov", "http://localhost:8080"], "label": { "en": "Send", "fr": "Envoyer", "ar": "إرسال" } } }"#,
    )
    .unwrap_or_else(|e| panic!("{e:#?}"));
    let hand_off = config.hand_off.expect("a hand-off");
    assert_eq!(hand_off.target(Some("https://hr.example.gov")), Some("https://hr.example.gov"));
    assert_eq!(hand_off.target(Some("http://localhost:8080")), Some("http://localhost:8080"));
    assert_eq!(hand_off.target(Some("http://hr.example.gov")), None, "another scheme is another origin");
    assert_eq!(hand_off.target(Some("https://hr.example.gov.evil.example")), None);
    assert_eq!(hand_off.target(Some("https://hr.example.gov:8443")), None);
    assert_eq!(hand_off.target(Some("null")), None, "a sandboxed host has no origin to trust");
    assert_eq!(hand_off.target(None), None, "not in a frame, or the host is not known");
}

#[test]
fn the_language_files_fit_the_bank_as_configured() {
    // The language files are the bank's: an organisation's own resources have no texts there, and the bank's
    // resources keep theirs when they are not recommended.
    use skills_radar::core::text::bank_text_keys;
    for text in [OWN.to_string(), OWN.replacen("{ \"resources\"", "{ \"built_in_resources\": false, \"resources\"", 1)]
    {
        assert_eq!(bank_text_keys(&configured(&text)), bank_text_keys(&bank()), "{text}");
    }
}

#[test]
fn the_results_tools_get_the_organisations_resources_and_targets() {
    use skills_radar::core::config::tools_bank;
    let text = OWN.replacen("{ \"resources\"", "{ \"targets\": { \"alpha\": { \"core.b\": 5 } }, \"resources\"", 1);
    let config = read(&bank(), &text).unwrap_or_else(|e| panic!("{e:#?}"));
    let form = config.tools_form();
    assert_eq!(form, "resource own-a\nresource own-b\ntarget alpha core.b 5\n");
    let (app, tools) = (config.configure(bank()), tools_bank(&form, bank()));
    assert_eq!(tools.targets, app.targets, "files score as the screen does");
    let ids = |b: &Bank| b.resources.iter().map(|r| (r.id.clone(), r.own)).collect::<Vec<_>>();
    assert_eq!(ids(&tools), ids(&app), "plans keep the organisation's resources");
    assert_eq!(tools_bank("", bank()), bank(), "no configuration, the bank as built");
    assert_eq!(tools_bank("target alpha core.b x\nnonsense\n", bank()), bank(), "what cannot be read is left out");
}

#[test]
fn the_message_for_a_language_lists_the_apps_languages() {
    use skills_radar::core::config::NOT_A_LANGUAGE;
    let codes: Vec<&str> = Language::ALL.iter().map(|l| l.code()).collect();
    assert_eq!(NOT_A_LANGUAGE, format!("is not a language of the app ({})", codes.join(", ")));
}
