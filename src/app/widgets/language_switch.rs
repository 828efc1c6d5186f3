//! The language switch on every screen: each language offered named in itself, the current one pressed.

use crate::core::content::Content;
use crate::core::locale::Language;
use crate::core::text::Ui;
use yew::prelude::*;

pub struct LanguageSwitchProps {
    pub on_change: Callback<Language>,
}

/// A function rather than a component: it keeps no state, and each component type costs about a kilobyte
/// of wasm.
pub fn language_switch(content: &Content, props: &LanguageSwitchProps) -> Html {
    let text = &content.text;
    let current = text.language;
    // An organisation that offers one language has nothing to switch to.
    if content.config.languages.len() < 2 {
        return Html::default();
    }
    html! {
        <nav class="language-switch" aria-label={text.ui(Ui::LanguageLabel).to_string()}>
            <ul>
                { for content.config.languages.iter().map(|&language| html! {
                    <li>
                        <button type="button" lang={language.code()} dir={language.dir()}
                            aria-pressed={(language == current).to_string()}
                            onclick={props.on_change.reform(move |_| language)}>
                            { language.autonym() }
                        </button>
                    </li>
                }) }
            </ul>
        </nav>
    }
}
