//! Opening a result saved as JSON: a file input, and a clear message when the file cannot be used. The
//! file is read and its problem kept by `results_part`; this renders them.

use crate::core::content::Content;
use crate::core::record::ReadProblem;
use crate::core::text::Ui;
use yew::prelude::*;

/// What went wrong with the file last chosen: its problem, or `Err` when the tools that read it failed to load.
pub type ImportProblem = Option<Result<ReadProblem, ()>>;

// A function rather than a component: each component type costs about a kilobyte of wasm.
pub fn import(content: &Content, problem: &ImportProblem, on_change: &Callback<Event>) -> Html {
    let text = &content.text;
    html! {
        <div class="import">
            <label for="import-file" class="import-label">{ text.ui(Ui::ImportLabel) }</label>
            <p class="hint" id="import-hint">{ text.ui(Ui::ImportHint) }</p>
            <input type="file" id="import-file" accept=".json,application/json" aria-describedby="import-hint import-error"
                onchange={on_change.clone()} />
            <p id="import-error" class="error" role="alert">
                { match problem {
                    // Shown once the texts that say it have arrived.
                    _ if !text.has_bank_texts() => String::new(),
                    Some(Ok(p)) => crate::app::messages::read_problem(text, &content.bank, p),
                    Some(Err(())) => text.ui(Ui::ToolsFailed).to_string(),
                    None => String::new(),
                } }
            </p>
        </div>
    }
}
