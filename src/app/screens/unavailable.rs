//! The screens shown instead of the assessment while content is missing: broken content, and the bank's
//! texts loading or unreachable.

use crate::core::text::{Catalog, Ui};
use crate::core::validate::ContentError;
use yew::prelude::*;

/// Content that does not validate, with every problem listed for whoever manages the page. When the
/// interface texts are the broken part (`text` is `None`), it falls back to built-in English, the only
/// text left that can be trusted.
pub fn content_errors(text: Option<&Catalog>, errors: &[ContentError]) -> Html {
    let (title, intro) = match text {
        Some(text) => (text.ui(Ui::ContentErrorTitle), text.ui(Ui::ContentErrorIntro)),
        None => (
            "The questions could not be loaded",
            "The content of this page has errors, so the assessment cannot start. Please pass these details to \
             whoever manages this page:",
        ),
    };
    problems(title, intro, errors)
}

/// The administrator's screen for an organisation's `config.json` that cannot be used: every problem with
/// its place, as `scripts/check-config` prints them, and nothing else of the app. Its texts come with the
/// later screens' (`text` is `None` when they could not be fetched: built-in English).
pub fn config_errors(text: Option<&Catalog>, errors: &[ContentError]) -> Html {
    let (title, intro) = match text {
        Some(text) => (text.ui(Ui::ConfigErrorTitle), text.ui(Ui::ConfigErrorIntro)),
        None => (
            "This page's configuration has problems",
            "The assessment cannot start until they are fixed. Please pass these details to whoever manages \
             this page:",
        ),
    };
    problems(title, intro, errors)
}

fn problems(title: &str, intro: &str, errors: &[ContentError]) -> Html {
    html! {
        <section class="content-error">
            <h1 id="screen-heading" tabindex="-1">{ title }</h1>
            <p>{ intro }</p>
            <ul class="content-errors">
                { for errors.iter().map(|e| html! { <li><code>{ e.to_string() }</code></li> }) }
            </ul>
        </section>
    }
}

/// An interface text, or built-in English while no language's interface texts have arrived: the only
/// texts a page can show when the texts themselves cannot be fetched.
fn or_builtin<'a>(text: &'a Catalog, key: Ui, builtin: &'a str) -> &'a str {
    if text.has_interface() {
        text.ui(key)
    } else {
        builtin
    }
}

pub fn loading(text: &Catalog) -> Html {
    waiting(text, Ui::TextsLoading)
}

/// A screen that waits for something to arrive, saying what.
pub fn waiting(text: &Catalog, what: Ui) -> Html {
    html! {
        <section class="texts-loading" aria-busy="true">
            <h1 id="screen-heading" tabindex="-1">{ or_builtin(text, what, "Loading…") }</h1>
        </section>
    }
}

/// The tools module could not be loaded, so the result in the address cannot be read yet: try again, or
/// go to one's own assessment.
pub fn tools_unreachable(text: &Catalog, retry: Callback<()>, give_up: Callback<()>) -> Html {
    html! {
        <section class="texts-failed">
            <h1 id="screen-heading" tabindex="-1">{ text.ui(Ui::ToolsFailedTitle) }</h1>
            <p>{ text.ui(Ui::ToolsFailed) }</p>
            <div class="actions">
                <button type="button" class="button-primary" onclick={retry.reform(|_| ())}>{ text.ui(Ui::TextsRetry) }</button>
                <button type="button" class="button-secondary" onclick={give_up.reform(|_| ())}>{ text.ui(Ui::ViewClose) }</button>
            </div>
        </section>
    }
}

pub fn unreachable(text: &Catalog, retry: Callback<()>) -> Html {
    html! {
        <section class="texts-failed">
            <h1 id="screen-heading" tabindex="-1">
                { or_builtin(text, Ui::ContentErrorTitle, "Skills Radar could not be loaded") }
            </h1>
            <p>{ or_builtin(text, Ui::TextsFailed, "Check your connection and try again.") }</p>
            <button type="button" class="button-primary" onclick={retry.reform(|_| ())}>
                { or_builtin(text, Ui::TextsRetry, "Try again") }
            </button>
        </section>
    }
}
