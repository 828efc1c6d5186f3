use crate::support::bank;
use skills_radar::core::bank::Bank;
use skills_radar::core::content::{load, Source, Sources, DEFAULT};
use skills_radar::core::locale::Language;
use skills_radar::core::map::Map;
use skills_radar::core::text::{
    bank_text_keys, build_catalog, fill, interface_keys, parse_texts, placeholders, Catalog, Ui,
};
use skills_radar::core::validate::ContentError;
use std::collections::BTreeSet;

const UI_FILE: &str = "test/ui.json";
const BANK_TEXTS_FILE: &str = "test/bank-texts.json";

/// Interface texts for the test language (French: plural forms "one" and "other").
fn full_ui() -> Map<String> {
    interface_keys(Language::Fr).keys().map(|k| (k.clone(), format!("text of {k}"))).collect()
}

fn full_bank_texts(bank: &Bank) -> Map<String> {
    bank_text_keys(bank).keys().map(|k| (k.clone(), format!("text of {k}"))).collect()
}

fn catalog(ui: Map<String>, bank_texts: Map<String>) -> Result<Catalog, Vec<ContentError>> {
    build_catalog(Language::Fr, (UI_FILE, ui), (BANK_TEXTS_FILE, bank_texts), &bank())
}

fn assert_only(errors: &[ContentError], file: &str, place: &str, problem: &str) {
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert_eq!(errors[0].file, file);
    assert_eq!(errors[0].place, place);
    assert!(errors[0].problem.contains(problem), "{:?}", errors[0]);
}

#[test]
fn complete_texts_build_a_catalog() {
    let b = bank();
    let c = catalog(full_ui(), full_bank_texts(&b)).unwrap();
    assert_eq!(c.language, Language::Fr);
    assert_eq!(c.ui(Ui::NavNext), "text of nav.next");
    assert_eq!(c.area_name("core.a"), "text of area.core.a.name");
    assert_eq!(c.layer_name("soc"), "text of layer.soc.name");
}

#[test]
fn bank_text_keys_cover_every_bank_item() {
    let keys = bank_text_keys(&bank());
    for key in [
        // Each layer kind's own scale: the test bank has both kinds.
        "scale.proficiency.1.label",
        "scale.proficiency.5.descriptor",
        "scale.profile.1.label",
        "scale.profile.5.descriptor",
        "scale.na.label",
        "scale.na.descriptor",
        "scale.no-occasion.label",
        "scale.no-occasion.descriptor",
        "profession-group.digital.name",
        "profession-group.non-digital.name",
        "profession.beta.description",
        "layer.soc.intro",
        "layer.lead.why",
        "area.prof.alpha.description",
        "statement.core.b.4.text",
        "statement.lead.a.3.help",
        "resource.r-mid.description",
    ] {
        assert!(keys.contains_key(key), "missing {key}");
    }
    // scales 24 (two kinds of five levels, label and descriptor, then not applicable and no occasion),
    // groups 2, professions 4, layers 15, areas 16, statements 50, resources 5 (titles are in the bank: a
    // resource's own title is not translated).
    assert_eq!(keys.len(), 116);
    assert!(!keys.contains_key("resource.r-other.title"));
}

#[test]
fn bank_text_keys_omit_unused_profession_group() {
    let mut b = bank();
    b.professions.retain(|p| p.id == "alpha");
    let keys = bank_text_keys(&b);
    assert!(keys.contains_key("profession-group.digital.name"));
    assert!(!keys.contains_key("profession-group.non-digital.name"));
}

#[test]
fn missing_ui_key_fails_naming_file_and_key() {
    let mut ui = full_ui();
    ui.remove("nav.next");
    let errors = catalog(ui, full_bank_texts(&bank())).unwrap_err();
    assert_only(&errors, UI_FILE, "key \"nav.next\"", "missing");
}

#[test]
fn extra_ui_key_fails_naming_file_and_key() {
    let mut ui = full_ui();
    ui.insert("nav.nxet".into(), "Next".into());
    let errors = catalog(ui, full_bank_texts(&bank())).unwrap_err();
    assert_only(&errors, UI_FILE, "key \"nav.nxet\"", "is not used");
}

#[test]
fn missing_bank_text_fails_naming_file_and_key() {
    let b = bank();
    let mut texts = full_bank_texts(&b);
    texts.remove("statement.core.b.4.help");
    let errors = catalog(full_ui(), texts).unwrap_err();
    assert_only(&errors, BANK_TEXTS_FILE, "key \"statement.core.b.4.help\"", "missing");
}

#[test]
fn extra_bank_text_fails_naming_file_and_key() {
    let b = bank();
    let mut texts = full_bank_texts(&b);
    texts.insert("statement.core.b.5.text".into(), "I do".into());
    let errors = catalog(full_ui(), texts).unwrap_err();
    assert_only(&errors, BANK_TEXTS_FILE, "key \"statement.core.b.5.text\"", "is not used");
}

#[test]
fn empty_or_blank_text_fails() {
    for blank in ["", "  \n\t"] {
        let mut ui = full_ui();
        ui.insert("nav.back".into(), blank.into());
        let errors = catalog(ui, full_bank_texts(&bank())).unwrap_err();
        assert_only(&errors, UI_FILE, "key \"nav.back\"", "text is empty");
    }
}

#[test]
fn problems_in_both_files_are_all_reported() {
    let b = bank();
    let mut ui = full_ui();
    ui.remove("app.title");
    ui.insert("app.titel".into(), "x".into());
    let mut texts = full_bank_texts(&b);
    texts.remove("layer.core.why");
    let errors = catalog(ui, texts).unwrap_err();
    assert_eq!(errors.len(), 3, "{errors:#?}");
    assert!(errors.iter().any(|e| e.file == UI_FILE && e.place == "key \"app.title\""));
    assert!(errors.iter().any(|e| e.file == UI_FILE && e.place == "key \"app.titel\""));
    assert!(errors.iter().any(|e| e.file == BANK_TEXTS_FILE && e.place == "key \"layer.core.why\""));
}

#[test]
fn locale_file_that_is_not_a_flat_map_fails_with_the_key() {
    let e = parse_texts("f.json", "{\n  \"a\": \"x\",\n  \"b\": { \"c\": \"y\" }\n}").unwrap_err();
    assert_eq!((e.file.as_str(), e.place.as_str()), ("f.json", "key \"b\""));
    assert_eq!(e.problem, "must be a text, not an object");
    let e = parse_texts("f.json", "[\"a\"]").unwrap_err();
    assert_eq!((e.place.as_str(), e.problem.as_str()), ("", "a locale file must be an object, not a list"));
    let e = parse_texts("f.json", "{\n  \"a\": \"x\",\n  \"a\": \"y\"\n}").unwrap_err();
    assert_eq!(
        (e.place.as_str(), e.problem.as_str()),
        ("line 3, column 3", "not valid JSON: the key \"a\" is given twice")
    );
}

#[test]
fn load_reports_both_unparsable_locale_files() {
    let sources = Sources {
        bank: DEFAULT.bank,
        language: Language::En,
        ui_texts: Source { file: "ui-broken.json", json: "[" },
        screen_texts: DEFAULT.screen_texts,
        bank_texts: Source { file: "bank-broken.json", json: "{\"a\": 1}" },
    };
    let errors = load(sources).unwrap_err();
    let files: Vec<&str> = errors.iter().map(|e| e.file.as_str()).collect();
    assert_eq!(files, ["ui-broken.json", "bank-broken.json"]);
}

#[test]
fn load_checks_locale_keys_against_the_bank() {
    let sources = Sources {
        bank: DEFAULT.bank,
        language: Language::En,
        ui_texts: DEFAULT.ui_texts,
        screen_texts: DEFAULT.screen_texts,
        bank_texts: Source { file: "bank-empty.json", json: "{}" },
    };
    let errors = load(sources).unwrap_err();
    assert!(!errors.is_empty());
    assert!(errors.iter().all(|e| e.file == "bank-empty.json" && e.problem == "missing"), "{errors:#?}");
}

#[test]
fn fill_replaces_placeholders() {
    assert_eq!(fill("{answered} of {total}", &[("total", "16"), ("answered", "3")]), "3 of 16");
}

#[test]
fn fill_replaces_every_occurrence() {
    assert_eq!(fill("{n}+{n}={m}", &[("n", "1"), ("m", "2")]), "1+1=2");
}

#[test]
fn fill_keeps_unknown_placeholders() {
    assert_eq!(fill("Hello {name}, {unknown}!", &[("name", "Ada")]), "Hello Ada, {unknown}!");
}

#[test]
fn fill_keeps_text_without_placeholders() {
    assert_eq!(fill("No braces here", &[("a", "b")]), "No braces here");
    assert_eq!(fill("", &[("a", "b")]), "");
}

#[test]
fn fill_keeps_unmatched_braces() {
    assert_eq!(fill("{a} and {b", &[("a", "1"), ("b", "2")]), "1 and {b");
    assert_eq!(fill("a } b {a}", &[("a", "1")]), "a } b 1");
    assert_eq!(fill("{", &[]), "{");
    assert_eq!(fill("}", &[]), "}");
}

#[test]
fn fill_does_not_expand_placeholders_inside_values() {
    assert_eq!(fill("{a}{b}", &[("a", "{b}"), ("b", "B")]), "{b}B");
}

#[test]
fn fill_keeps_non_ascii_text_around_placeholders() {
    assert_eq!(fill("é{a}ü", &[("a", "ß")]), "éßü");
}

#[test]
fn fill_fills_placeholder_after_stray_open_brace() {
    assert_eq!(fill("a { b {name}", &[("name", "N")]), "a { b N");
}

#[test]
fn placeholders_lists_each_name_once() {
    let expected: BTreeSet<&str> = ["a", "b"].into();
    assert_eq!(placeholders("{b} then {a} and {b} again"), expected);
}

#[test]
fn placeholders_of_text_without_braces_is_empty() {
    assert!(placeholders("plain").is_empty());
    assert!(placeholders("open { only").is_empty());
}

#[test]
fn ui_keys_are_unique() {
    let keys: BTreeSet<&str> = Ui::ALL.iter().map(|k| k.key()).collect();
    assert_eq!(keys.len(), Ui::ALL.len());
}

#[test]
fn plural_keys_need_one_text_per_category_of_the_language() {
    let en = interface_keys(Language::En);
    assert!(en.contains_key("layer-intro.count.one") && en.contains_key("layer-intro.count.other"));
    assert!(!en.contains_key("layer-intro.count") && !en.contains_key("layer-intro.count.few"));
    let ar = interface_keys(Language::Ar);
    for form in ["zero", "one", "two", "few", "many", "other"] {
        assert!(ar.contains_key(&format!("saving.dropped.{form}")), "{form}");
    }
    assert_eq!(ar.len(), en.len() + 4 * Ui::PLURAL.len());
}

#[test]
fn missing_plural_form_fails_naming_it() {
    let mut ui = full_ui();
    ui.remove("results.unanswered.one");
    let errors = catalog(ui, full_bank_texts(&bank())).unwrap_err();
    assert_only(&errors, UI_FILE, "key \"results.unanswered.one\"", "missing");
}

#[test]
fn plural_text_without_forms_fails() {
    let mut ui = full_ui();
    ui.insert("results.unanswered".into(), "{count} statements".into());
    let errors = catalog(ui, full_bank_texts(&bank())).unwrap_err();
    assert_only(&errors, UI_FILE, "key \"results.unanswered\"", "is not used");
}

#[test]
fn catalog_fills_ui_text() {
    let mut ui = full_ui();
    ui.insert("overview.layer-progress".into(), "{answered} sur {total}".into());
    let c = catalog(ui, full_bank_texts(&bank())).unwrap();
    assert_eq!(c.ui_with(Ui::OverviewLayerProgress, &[("answered", "2"), ("total", "9")]), "2 sur 9");
}

#[test]
fn counted_text_takes_the_form_for_the_count_and_fills_it() {
    let mut ui = full_ui();
    ui.insert("progress.answered.one".into(), "{answered} sur {count} affirmation".into());
    ui.insert("progress.answered.other".into(), "{answered} sur {count} affirmations".into());
    let c = catalog(ui, full_bank_texts(&bank())).unwrap();
    // French puts 0 and 1 in "one".
    assert_eq!(c.ui_count(Ui::ProgressAnswered, 0, &[("answered", "0")]), "0 sur 0 affirmation");
    assert_eq!(c.ui_count(Ui::ProgressAnswered, 1, &[("answered", "1")]), "1 sur 1 affirmation");
    assert_eq!(c.ui_count(Ui::ProgressAnswered, 2, &[("answered", "1")]), "1 sur 2 affirmations");
}

fn arabic_catalog() -> Catalog {
    let mut ui: Map<String> =
        interface_keys(Language::Ar).keys().map(|k| (k.clone(), format!("text of {k}"))).collect();
    for (form, text) in [
        ("zero", "لا توجد عبارات"),
        ("one", "عبارة واحدة"),
        ("two", "عبارتان"),
        ("few", "{count} عبارات"),
        ("many", "{count} عبارةً"),
        ("other", "{count} عبارة"),
    ] {
        ui.insert(format!("layer-intro.count.{form}"), text.into());
    }
    let bank_texts = bank_text_keys(&bank()).keys().map(|k| (k.clone(), format!("text of {k}"))).collect();
    build_catalog(Language::Ar, (UI_FILE, ui), (BANK_TEXTS_FILE, bank_texts), &bank()).unwrap()
}

#[test]
fn arabic_counts_take_all_six_forms_in_arabic_digits() {
    let c = arabic_catalog();
    let count = |n| c.ui_count(Ui::LayerIntroCount, n, &[]);
    assert_eq!(count(0), "لا توجد عبارات");
    assert_eq!(count(1), "عبارة واحدة");
    assert_eq!(count(2), "عبارتان");
    assert_eq!(count(3), "٣ عبارات");
    assert_eq!(count(10), "١٠ عبارات");
    assert_eq!(count(11), "١١ عبارةً");
    assert_eq!(count(99), "٩٩ عبارةً");
    assert_eq!(count(100), "١٠٠ عبارة");
    assert_eq!(count(103), "١٠٣ عبارات");
}

#[test]
fn only_a_json_object_is_a_texts_file() {
    use skills_radar::core::content::is_texts_file;
    assert!(is_texts_file("{\"a\": \"b\"}"));
    assert!(is_texts_file("{}"));
    // A captive portal's page, a proxy's error, an empty body, a list: a network problem, not content.
    for body in ["<!doctype html><title>Log in to the Wi-Fi</title>", "", "502 Bad Gateway", "[\"a\"]", "{\"a\":"] {
        assert!(!is_texts_file(body), "{body}");
    }
}

// ---- the bank's resources, fetched with the later texts ----

/// The test bank as the app compiles it: its resources' ids alone.
fn ids_only_content() -> skills_radar::core::content::Content {
    let mut b = bank();
    for r in &mut b.resources {
        *r = skills_radar::core::bank::Resource {
            recommended: r.id != "r-adv",
            ..skills_radar::core::bank::Resource::id_only(&r.id, false)
        };
    }
    skills_radar::core::content::Content::without_texts(b, Default::default(), Language::En)
}

/// The test bank's `resources`, as the built app's resources file holds them, after `change`.
fn resources_file(change: impl FnOnce(&mut Vec<serde_json::Value>)) -> String {
    let value: serde_json::Value = serde_json::from_str(crate::support::BANK).unwrap();
    let mut list = value["resources"].as_array().unwrap().clone();
    change(&mut list);
    serde_json::to_string(&serde_json::json!({ "resources": list })).unwrap()
}

fn with_resources(json: &str) -> Result<skills_radar::core::content::Content, Vec<ContentError>> {
    ids_only_content().with_resources(Source { file: "resources.json", json })
}

#[test]
fn the_resources_file_makes_every_resource_whole_and_keeps_what_the_configuration_set() {
    let whole = with_resources(&resources_file(|_| {})).unwrap();
    let mut expected = bank().resources;
    // Not recommended, as a configuration without the bank's resources says.
    expected.iter_mut().filter(|r| r.id == "r-adv").for_each(|r| r.recommended = false);
    assert_eq!(whole.bank.resources, expected);
}

#[test]
fn a_resources_file_of_another_release_or_broken_is_refused() {
    let refused = |json: &str| {
        let errors = with_resources(json).unwrap_err();
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert_eq!(errors[0].file, "resources.json");
        assert!(errors[0].problem.contains("does not list this bank's resources"), "{}", errors[0].problem);
    };
    refused(&resources_file(|l| drop(l.pop())));
    refused(&resources_file(|l| l.push(l[0].clone())));
    refused(&resources_file(|l| l.swap(0, 1)));
    refused(&resources_file(|l| l[2]["id"] = serde_json::json!("r-new")));
    refused(&resources_file(|l| l[3]["kind"] = serde_json::json!("podcast")));
    refused(&resources_file(|l| l[3]["level"] = serde_json::json!("expert")));
    refused(&resources_file(|l| l[3]["url"] = serde_json::json!("http://example.org/")));
    refused(&resources_file(|l| drop(l[3].as_object_mut().unwrap().remove("areas"))));
    refused("{}");
    refused("[]");
    refused("<html>");
}
