//! Loads and validates the content a session needs: the bank structure and one language's texts.
//! The default content is compiled in, so the first screen needs no further request.

use super::bank::Bank;
use super::text::{build_catalog, parse_texts, Catalog};
use super::validate::{validate_bank, ContentError};

#[derive(Debug, Clone, PartialEq)]
pub struct Content {
    pub bank: Bank,
    pub text: Catalog,
}

/// One content file: the name errors report, and its text.
#[derive(Debug, Clone, Copy)]
pub struct Source<'a> {
    pub file: &'a str,
    pub json: &'a str,
}

#[derive(Debug, Clone, Copy)]
pub struct Sources<'a> {
    pub bank: Source<'a>,
    pub language: &'a str,
    pub ui_texts: Source<'a>,
    pub bank_texts: Source<'a>,
}

pub const DEFAULT: Sources<'static> = Sources {
    bank: Source { file: "content/bank.json", json: include_str!("../../content/bank.json") },
    language: "en",
    ui_texts: Source { file: "content/locales/en/ui.json", json: include_str!("../../content/locales/en/ui.json") },
    bank_texts: Source {
        file: "content/locales/en/bank.json",
        json: include_str!("../../content/locales/en/bank.json"),
    },
};

pub fn parse_bank(source: Source) -> Result<Bank, Vec<ContentError>> {
    let bank: Bank = serde_json::from_str(source.json).map_err(|e| {
        vec![ContentError {
            file: source.file.to_string(),
            place: format!("line {}, column {}", e.line(), e.column()),
            problem: e.to_string(),
        }]
    })?;
    let errors = validate_bank(source.file, &bank);
    if errors.is_empty() {
        Ok(bank)
    } else {
        Err(errors)
    }
}

/// Parses and validates everything; on failure returns every problem found.
pub fn load(sources: Sources) -> Result<Content, Vec<ContentError>> {
    let bank = parse_bank(sources.bank)?;
    let ui = parse_texts(sources.ui_texts.file, sources.ui_texts.json);
    let bank_texts = parse_texts(sources.bank_texts.file, sources.bank_texts.json);
    let (ui, bank_texts) = match (ui, bank_texts) {
        (Ok(ui), Ok(bt)) => (ui, bt),
        (ui, bt) => return Err(ui.err().into_iter().chain(bt.err()).collect()),
    };
    let text = build_catalog(
        sources.language,
        (sources.ui_texts.file, ui),
        (sources.bank_texts.file, bank_texts),
        &bank,
    )?;
    Ok(Content { bank, text })
}
