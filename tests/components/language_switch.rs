//! The language switch: every language named in itself, the shown one pressed, a press asks for a language.

use crate::support::*;
use skills_radar::app::widgets::language_switch::{language_switch, LanguageSwitchProps};
use skills_radar::core::locale::Language;
use wasm_bindgen_test::*;

#[wasm_bindgen_test]
async fn names_each_language_in_itself_and_marks_the_current_one() {
    let chosen = log::<Language>();
    let m = Mounted::new_in(
        Language::Fr,
        language_switch(&content_in(Language::Fr), &LanguageSwitchProps { on_change: recorder(&chosen) }),
    )
    .await;
    let nav = m.one("nav");
    assert_eq!(attr(&nav, "aria-label").as_deref(), Some("Langue"));
    let buttons = m.all("nav button");
    let shown: Vec<(String, String, String)> = buttons
        .iter()
        .map(|b| (text(b), attr(b, "lang").unwrap_or_default(), attr(b, "aria-pressed").unwrap_or_default()))
        .collect();
    assert_eq!(
        shown,
        [
            ("English".to_string(), "en".to_string(), "false".to_string()),
            ("Français".to_string(), "fr".to_string(), "true".to_string()),
            ("العربية".to_string(), "ar".to_string(), "false".to_string()),
        ]
    );
    assert_eq!(attr(&buttons[2], "dir").as_deref(), Some("rtl"), "the Arabic name runs right to left");
    click(&buttons[2]);
    click(&buttons[0]);
    assert_eq!(*chosen.borrow(), [Language::Ar, Language::En]);
}
