//! One term for each concept: every text of every language is checked against `content/GLOSSARY.md`, whose
//! ```glossary block lists, per concept and language, the forbidden variants (and the phrases where a word
//! is allowed in another sense), and whose ```buttons block gives the first word of each Arabic button
//! label (the masdar). The matching rules are documented at the top of the glossary.

use skills_radar::core::locale::Language;
use std::collections::BTreeSet;

const GLOSSARY: &str = "content/GLOSSARY.md";
/// Every locale file of a language: the bank, the interface (first screen, other screens) and the trainer view.
const FILES: &[&str] = &["bank.json", "ui.json", "screens.json", "workshop.json"];

fn read(file: &str) -> String {
    let path = format!("{}/{file}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

// ---------------------------------------------------------------------------------------------------------
// Words

/// The text as the matching sees it: lower case; for Arabic, without diacritics and tatweel, and with one alef.
fn normalize(lang: &str, text: &str) -> String {
    let lower = text.to_lowercase();
    if lang != "ar" {
        return lower;
    }
    lower
        .chars()
        .filter(|&c| !matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}'))
        .map(|c| if matches!(c, 'أ' | 'إ' | 'آ' | 'ٱ') { 'ا' } else { c })
        .collect()
}

/// The words of a text: runs of letters and digits (spaces, hyphens, apostrophes and punctuation separate them).
fn words(lang: &str, text: &str) -> Vec<String> {
    normalize(lang, text).split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(String::from).collect()
}

/// An Arabic word without its prefixes: conjunction (و ف), then preposition (ب ل ك), then article (ال; after
/// ل the article is written ل: للمستفيدين). Every reading is returned, the word itself first.
fn arabic_readings(word: &str) -> Vec<&str> {
    let mut readings = vec![word];
    for conjunction in ["", "و", "ف"] {
        let Some(rest) = word.strip_prefix(conjunction) else { continue };
        for preposition in ["", "ب", "ل", "ك"] {
            let Some(rest) = rest.strip_prefix(preposition) else { continue };
            readings.push(rest);
            readings.extend(rest.strip_prefix("ال"));
            if preposition == "ل" {
                readings.extend(rest.strip_prefix('ل'));
            }
        }
    }
    readings.retain(|r| r.chars().count() >= 2);
    readings
}

/// A forbidden variant or an allowed phrase, as a sequence of words (Arabic words without their article).
#[derive(Debug)]
struct Phrase {
    text: String,
    words: Vec<String>,
}

impl Phrase {
    fn new(lang: &str, text: &str) -> Phrase {
        let mut words = words(lang, text);
        if lang == "ar" {
            for word in &mut words {
                if let Some(rest) = word.strip_prefix("ال").filter(|r| r.chars().count() >= 2) {
                    *word = rest.to_string();
                }
            }
        }
        assert!(!words.is_empty(), "{GLOSSARY}: an empty phrase in the {lang} lists");
        Phrase { text: text.to_string(), words }
    }

    /// Where the phrase occurs in `text` (the words of a text): the index of each occurrence's first word.
    fn find(&self, lang: &str, text: &[String]) -> Vec<usize> {
        let same = |word: &String, wanted: &String| {
            if lang == "ar" {
                arabic_readings(word).contains(&wanted.as_str())
            } else {
                word == wanted
            }
        };
        let n = self.words.len();
        (0..(text.len() + 1).saturating_sub(n))
            .filter(|&start| text[start..start + n].iter().zip(&self.words).all(|(w, p)| same(w, p)))
            .collect()
    }
}

// ---------------------------------------------------------------------------------------------------------
// The glossary

#[derive(Debug)]
struct Rule {
    concept: String,
    lang: String,
    chosen: String,
    forbidden: Vec<Phrase>,
    allowed: Vec<Phrase>,
}

/// The lines of the fenced block ```<name>, without comments and blank lines.
fn block<'a>(markdown: &'a str, name: &str) -> Vec<&'a str> {
    let opening = format!("```{name}");
    let mut lines = markdown.lines().skip_while(|line| line.trim_end() != opening);
    assert!(lines.next().is_some(), "{GLOSSARY}: no ```{name} block");
    let lines: Vec<&str> = lines.take_while(|line| line.trim_end() != "```").collect();
    lines.into_iter().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).collect()
}

fn rules() -> Vec<Rule> {
    let list = |lang: &str, field: &str| -> Vec<Phrase> {
        if field == "-" {
            return Vec::new();
        }
        field.split(';').map(str::trim).map(|text| Phrase::new(lang, text)).collect()
    };
    block(&read(GLOSSARY), "glossary")
        .into_iter()
        .map(|line| {
            let fields: Vec<&str> = line.split('|').map(str::trim).collect();
            let [concept, lang, chosen, forbidden, allowed] = fields[..] else {
                panic!(
                    "{GLOSSARY}: `{line}` has {} fields, not 5 (concept | lang | chosen | forbidden | allowed)",
                    fields.len()
                )
            };
            Rule {
                concept: concept.to_string(),
                lang: lang.to_string(),
                chosen: chosen.to_string(),
                forbidden: list(lang, forbidden),
                allowed: list(lang, allowed),
            }
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------------------
// The texts

/// Every text of one language: (file, key, text), in file and key order.
fn texts(lang: &str) -> Vec<(String, String, String)> {
    let mut all = Vec::new();
    for name in FILES {
        let file = format!("content/locales/{lang}/{name}");
        let map: serde_json::Map<String, serde_json::Value> =
            serde_json::from_str(&read(&file)).unwrap_or_else(|e| panic!("{file}: {e}"));
        for (key, text) in map {
            let text = text.as_str().unwrap_or_else(|| panic!("{file}: {key} is not a string")).to_string();
            all.push((file.clone(), key, text));
        }
    }
    all
}

/// The text without the browser storage keys it names (`skills-radar.workshops`): a key is written verbatim in
/// every language, so its words are not the product's name.
fn without_storage_keys(text: &str) -> String {
    let mut rest = text;
    let mut out = String::new();
    while let Some(at) = rest.find("skills-radar.") {
        out.push_str(&rest[..at]);
        out.push(' ');
        rest = rest[at..].trim_start_matches(|c: char| c.is_ascii_alphanumeric() || matches!(c, '-' | '.'));
    }
    out.push_str(rest);
    out
}

/// Every forbidden variant in the texts, one line per finding.
fn findings() -> Vec<String> {
    let rules = rules();
    let mut found = Vec::new();
    for language in Language::ALL {
        let lang = language.code();
        let rules: Vec<&Rule> = rules.iter().filter(|r| r.lang == lang).collect();
        for (file, key, text) in texts(lang) {
            let words = words(lang, &without_storage_keys(&text));
            // Word ranges of the allowed phrases: a forbidden variant inside one is not reported.
            let allowed: Vec<(usize, usize)> = (rules.iter().flat_map(|r| &r.allowed))
                .flat_map(|p| p.find(lang, &words).into_iter().map(move |start| (start, start + p.words.len())))
                .collect();
            // Longest first, so that `data scientists` is reported once, not again as `data`.
            let mut hits: Vec<(usize, usize, &Rule, &Phrase)> = (rules.iter())
                .flat_map(|&r| r.forbidden.iter().map(move |p| (r, p)))
                .flat_map(|(r, p)| {
                    p.find(lang, &words).into_iter().map(move |start| (start, start + p.words.len(), r, p))
                })
                .collect();
            hits.sort_by_key(|&(start, end, ..)| (std::cmp::Reverse(end - start), start));
            let mut reported: Vec<(usize, usize)> = Vec::new();
            for (start, end, rule, phrase) in hits {
                let inside = |&(a, b): &(usize, usize)| a <= start && end <= b;
                if allowed.iter().any(inside) || reported.iter().any(inside) {
                    continue;
                }
                reported.push((start, end));
                found.push(format!(
                    "{file}: {key}: \u{ab}{}\u{bb} (found as \u{ab}{}\u{bb}) is not used for {}; write \u{ab}{}\u{bb}",
                    phrase.text,
                    words[start..end].join(" "),
                    rule.concept,
                    rule.chosen
                ));
            }
        }
    }
    found
}

// ---------------------------------------------------------------------------------------------------------
// The tests

#[test]
fn the_glossary_gives_every_concept_in_every_language_and_never_forbids_its_own_choice() {
    let rules = rules();
    let codes: Vec<&str> = Language::ALL.iter().map(|l| l.code()).collect();
    let mut problems = Vec::new();
    let concepts: BTreeSet<&str> = rules.iter().map(|r| r.concept.as_str()).collect();
    for concept in &concepts {
        for lang in &codes {
            let count = rules.iter().filter(|r| r.concept == *concept && r.lang == *lang).count();
            if count != 1 {
                problems.push(format!("{concept} has {count} lines for {lang}, not 1"));
            }
        }
    }
    for rule in &rules {
        if !codes.contains(&rule.lang.as_str()) {
            problems.push(format!("{}: {} is not a language of the app", rule.concept, rule.lang));
        }
        // The chosen term must not be one of the variants it replaces.
        let chosen = words(&rule.lang, &rule.chosen);
        for phrase in &rule.forbidden {
            if !phrase.find(&rule.lang, &chosen).is_empty() {
                problems.push(format!(
                    "{} ({}): the chosen \u{ab}{}\u{bb} contains the forbidden \u{ab}{}\u{bb}",
                    rule.concept, rule.lang, rule.chosen, phrase.text
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{GLOSSARY}:\n{}", problems.join("\n"));
}

#[test]
fn the_matching_follows_the_glossary_rules() {
    let found =
        |lang: &str, phrase: &str, text: &str| !Phrase::new(lang, phrase).find(lang, &words(lang, text)).is_empty();
    // Whole words, any case; a hyphen or an apostrophe separates words.
    assert!(found("fr", "backlog", "dans un Backlog visible"));
    assert!(!found("fr", "data", "une database"));
    assert!(found("fr", "e-mail", "un e-mail"));
    assert!(!found("fr", "e-mail", "un email"));
    assert!(found("fr", "plan d’apprentissage", "votre plan d'apprentissage"));
    // Arabic: with or without the article and the prefixes, diacritics ignored.
    for text in ["المستخدمين", "للمستخدمين", "وبالمستخدمين", "فالمستخدمين", "كالمستخدمين", "مستخدمِين"]
    {
        assert!(found("ar", "مستخدمين", text), "{text}");
    }
    assert!(found("ar", "الخدمة العامة", "عن خدمة عامة من بدايتها"));
    assert!(found("ar", "إيميل", "عبر الايميل"));
    assert!(!found("ar", "مستخدمين", "مستخدميها"));
}

/// Every text of every language, the resource descriptions included.
#[test]
fn every_text_uses_the_glossary_terms() {
    let found = findings();
    assert!(found.is_empty(), "{} forbidden variants (see {GLOSSARY}):\n{}", found.len(), found.join("\n"));
}

/// Arabic buttons all use the masdar: each listed key's label begins with the word the glossary gives.
#[test]
fn arabic_buttons_begin_with_their_masdar() {
    let texts = texts("ar");
    let mut problems = Vec::new();
    for line in block(&read(GLOSSARY), "buttons") {
        let Some((key, first)) = line.split_once('|').map(|(k, f)| (k.trim(), f.trim())) else {
            panic!("{GLOSSARY}: `{line}` is not `key | first word`")
        };
        let Some((file, _, text)) = texts.iter().find(|(_, k, _)| k == key) else {
            problems.push(format!("{key}: no such key in the Arabic texts"));
            continue;
        };
        let label = words("ar", text);
        // A confirming or cancelling button may begin with the answer.
        let label = match label.first().map(String::as_str) {
            Some("نعم" | "لا") => &label[1..],
            _ => &label[..],
        };
        if label.first().map(String::as_str) != Some(normalize("ar", first).as_str()) {
            problems
                .push(format!("{file}: {key}: \u{ab}{text}\u{bb} does not begin with the masdar \u{ab}{first}\u{bb}"));
        }
    }
    assert!(problems.is_empty(), "Arabic buttons (see {GLOSSARY}, Arabic buttons):\n{}", problems.join("\n"));
}
