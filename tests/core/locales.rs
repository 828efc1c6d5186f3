//! The shipped locale files, every language: exactly the keys the interface and the bank need, the same
//! placeholders as English, and only placeholders the code fills. A missing or extra text fails here.

use skills_radar::core::content::{
    bank_texts_file, parse_bank, screen_texts_file, ui_texts_file, Content, Source, BANK,
};
use skills_radar::core::locale::Language;
use skills_radar::core::map::Map;
use skills_radar::core::text::{parse_texts, placeholders, Catalog, Ui};
use std::collections::BTreeSet;

fn read(file: &str) -> String {
    let path = format!("{}/{file}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn texts(file: &str) -> Map<String> {
    parse_texts(file, &read(file)).unwrap_or_else(|e| panic!("{e}"))
}

/// Every interface text of a language: the first screen's (`ui.json`) and the other screens' (`screens.json`).
fn interface_texts(language: Language) -> Map<String> {
    let mut all = texts(&ui_texts_file(language));
    for (key, text) in texts(&screen_texts_file(language)) {
        assert!(all.insert(key.clone(), text).is_none(), "{key} is in both interface files");
    }
    all
}

/// The content of one language, loaded as the app loads it.
fn load(language: Language) -> Content {
    let bank = parse_bank(BANK).expect("shipped bank is valid");
    let ui_file = ui_texts_file(language);
    let ui = texts(&ui_file);
    let text = Catalog::interface(language, (&ui_file, ui)).unwrap_or_else(|e| panic!("{e:#?}"));
    let (screens_file, bank_file) = (screen_texts_file(language), bank_texts_file(language));
    let (screens, json) = (read(&screens_file), read(&bank_file));
    Content { bank: std::rc::Rc::new(bank), config: Default::default(), text, in_platform: false }
        .with_later_texts(Source { file: &screens_file, json: &screens }, Source { file: &bank_file, json: &json })
        .unwrap_or_else(|e| panic!("{e:#?}"))
}

#[test]
fn every_language_has_exactly_the_interface_and_bank_texts() {
    for &language in Language::ALL {
        let content = load(language);
        assert_eq!(content.text.language, language);
    }
}

/// A key's text without its plural suffix: `layer-intro.count.few` → `layer-intro.count`.
fn base_key(key: &str) -> &str {
    match key.rsplit_once('.') {
        Some((base, form)) if Ui::PLURAL.iter().any(|k| k.key() == base) && !form.is_empty() => base,
        _ => key,
    }
}

/// The values each text's callers supply; a text using any other placeholder would show it raw.
fn fillable(key: &str) -> &'static [&'static str] {
    match base_key(key) {
        "welcome.resume-summary" | "progress.answered" => &["answered", "count"],
        "overview.layer-progress" | "results.answered-of" => &["answered", "total"],
        "progress.layer" | "progress.area" => &["current", "count", "name"],
        "progress.statement" => &["current", "count"],
        "layer-intro.count" | "results.unanswered" | "results.no-occasion" | "saving.dropped" => &["count"],
        // Where the framework paper's linked title goes.
        "footer.attribution" => &["title"],
        "overview.open" => &["name"],
        "results.focus-gap" => &["score", "target"],
        "results.resource-meta" => &["kind", "language"],
        "results.resource-in" => &["language"],
        "results.resource-minutes" => &["count"],
        "app.offered-by" => &["organisation"],
        "hand-off.preview" | "hand-off.sent" | "hand-off.failed" => &["origin"],
        "saving.unreadable" | "saving.future" | "saving.unreadable-left" | "history.backed-up" => &["key"],
        "history.kept" => &["count"],
        "history.trimmed" => &["count", "max"],
        "language.failed" => &["language"],
        "results.completed-on"
        | "history.item"
        | "history.delete-label"
        | "view.shared-intro"
        | "view.imported-intro"
        | "compare.toggle" => &["date"],
        "read.invalid" | "read.missing" | "read.malformed" | "read.repeated" => &["field"],
        "read.other-bank" => &["version"],
        "view.dropped" => &["count"],
        _ => &[],
    }
}

#[test]
fn interface_texts_use_only_placeholders_callers_fill() {
    for &language in Language::ALL {
        for (key, text) in interface_texts(language) {
            let allowed: BTreeSet<&str> = fillable(&key).iter().copied().collect();
            let used = placeholders(&text);
            assert!(
                used.is_subset(&allowed),
                "{}: {key} uses {used:?}, callers fill only {allowed:?}",
                language.code()
            );
        }
    }
}

#[test]
fn translations_keep_every_placeholder_of_the_english_text() {
    let english = interface_texts(Language::En);
    let english_of = |key: &str| {
        let base = base_key(key);
        let key = if base == key { key.to_string() } else { format!("{base}.other") };
        english[&key].clone()
    };
    for &language in &Language::ALL[1..] {
        for (key, text) in interface_texts(language) {
            let mut wanted = placeholders(&english_of(&key)).into_iter().map(String::from).collect::<BTreeSet<_>>();
            // Zero, one and two may spell the number out ("عبارتان") instead of showing {count}.
            if [".zero", ".one", ".two"].iter().any(|form| key.ends_with(form)) && !text.contains("{count}") {
                wanted.remove("count");
            }
            let used: BTreeSet<String> = placeholders(&text).into_iter().map(String::from).collect();
            assert_eq!(used, wanted, "{}: {key}: {text}", language.code());
        }
    }
}

#[test]
fn bank_texts_have_no_placeholders_and_no_markup() {
    for &language in Language::ALL {
        for (key, text) in texts(&bank_texts_file(language)) {
            assert!(placeholders(&text).is_empty(), "{}: {key} has a placeholder nobody fills", language.code());
            assert!(!text.contains('<'), "{}: {key} looks like markup; texts are shown as text", language.code());
        }
    }
}

#[test]
fn translations_are_not_left_in_english() {
    // A text identical to the English one is usually an untranslated copy. Names may stay as they are.
    // The framework paper's title is shown in its original English beside the translated one.
    let same_allowed = ["profession.ucd.name", "footer.paper-title"];
    for &language in &Language::ALL[1..] {
        for file in [ui_texts_file, screen_texts_file, bank_texts_file] {
            let english = texts(&file(Language::En));
            let mut same: Vec<String> = texts(&file(language))
                .into_iter()
                .filter(|(k, v)| english.get(k) == Some(v) && v.split_whitespace().count() > 2)
                .map(|(k, _)| k)
                .filter(|k| !same_allowed.contains(&k.as_str()))
                .collect();
            same.sort();
            assert!(same.is_empty(), "{}: still in English: {same:?}", language.code());
        }
    }
}

#[test]
fn arabic_texts_carry_no_bidi_control_characters() {
    // Direction comes from the markup (`dir`, `<bdi>`), never from invisible characters in the texts.
    for file in [ui_texts_file(Language::Ar), screen_texts_file(Language::Ar), bank_texts_file(Language::Ar)] {
        for (key, text) in texts(&file) {
            let bad = text
                .chars()
                .any(|c| matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'));
            assert!(!bad, "{key} contains a bidi control character");
        }
    }
}

#[test]
fn the_compiled_bank_is_the_shipped_bank_and_the_resources_file_completes_it() {
    // build.rs writes content/bank.json out as statics; reading them back must give the bank the JSON gives,
    // but for the resources, of which it keeps the ids: the app fetches the rest with the later texts.
    let parsed = parse_bank(BANK).expect("shipped bank is valid");
    let compiled = skills_radar::core::bank::Bank::compiled();
    let ids = |b: &skills_radar::core::bank::Bank| b.resources.iter().map(|r| r.id.clone()).collect::<Vec<_>>();
    assert_eq!(ids(&compiled), ids(&parsed));
    assert!(compiled.resources.iter().all(|r| r.url.is_empty() && r.areas.is_empty()));
    let rest = |b: &skills_radar::core::bank::Bank| {
        (b.version.clone(), b.professions.clone(), b.layers.clone(), b.targets.clone())
    };
    assert_eq!(rest(&compiled), rest(&parsed));
    // The resources file as scripts/finish-build.mjs writes it: content/bank.json's `resources`, as they are.
    let value: serde_json::Value = serde_json::from_str(BANK.json).unwrap();
    let json = serde_json::to_string(&serde_json::json!({ "resources": value["resources"] })).unwrap();
    let content = Content::without_texts(compiled, Default::default(), Language::En);
    let whole = content.with_resources(Source { file: "resources.json", json: &json }).expect("the file fits");
    assert_eq!(*whole.bank, parsed);
}

/// The placeholders each trainer-view text may use, by key (without its plural form).
fn workshop_fillable(key: &str) -> &'static [&'static str] {
    match key {
        "workshop.kept.item" => &["name", "count", "date"],
        "workshop.delete.confirm" | "workshop.chart.title" | "workshop.legend.before" => &["name"],
        "workshop.count" | "workshop.added" => &["count"],
        "workshop.waiting" => &["count", "min"],
        "workshop.col.level" => &["level"],
        "workshop.fewer" | "workshop.mix.caption" => &["min"],
        "workshop.summary.strongest" | "workshop.summary.widest" | "workshop.summary.focus" => &["areas"],
        "workshop.focus.gap" => &["median", "target"],
        "workshop.compare.caption" => &["before", "after"],
        _ => &[],
    }
}

#[test]
fn every_language_has_exactly_the_trainer_view_texts_with_the_placeholders_filled() {
    use skills_radar::core::workshop_text::{file, Wk, WorkshopTexts};
    let english = texts(&file(Language::En));
    for &language in Language::ALL {
        let name = file(language);
        WorkshopTexts::read(language, &name, &read(&name)).unwrap_or_else(|e| panic!("{e:#?}"));
        for (key, text) in texts(&name) {
            let plural = key.rsplit_once('.').map(|(b, _)| b).filter(|b| Wk::PLURAL.iter().any(|k| k.key() == *b));
            let base = plural.unwrap_or(&key);
            let used: BTreeSet<&str> = placeholders(&text);
            let allowed: BTreeSet<&str> = workshop_fillable(base).iter().copied().collect();
            assert!(used.is_subset(&allowed), "{name}: {key} uses {used:?}, only {allowed:?} are filled");
            // A plural form may leave the count out ("no results"); any other text keeps English's placeholders.
            if plural.is_none() {
                let en = english.get(&key).unwrap_or_else(|| panic!("{name}: {key} is not in English"));
                assert_eq!(placeholders(en), used, "{name}: {key} has other placeholders than English");
            }
        }
    }
}
