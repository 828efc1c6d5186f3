//! Opening a result saved as JSON: a file input, and a clear message when the file cannot be used.

use crate::app::files::read_chosen;
use crate::app::messages::read_problem;
use crate::app::tools;
use crate::app::use_content;
use crate::core::record::{Imported, ReadProblem};
use crate::core::text::Ui;
use crate::core::tools::read_opened;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ImportProps {
    pub on_import: Callback<Imported>,
}

#[component]
pub fn Import(props: &ImportProps) -> Html {
    let content = use_content();
    let text = &content.text;
    // A problem with the file, or the tools that read it failing to load.
    let problem = use_state(|| None::<Result<ReadProblem, ()>>);
    let on_change = {
        let (problem, on_import, content) = (problem.clone(), props.on_import.clone(), content.clone());
        let shared = tools::use_tools(false);
        Callback::from(move |e: Event| {
            // The result, or what is wrong with it, is told in texts that come after the first screen.
            shared.later_texts.emit(());
            let Some(input) = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else {
                return;
            };
            let (problem, on_import, content, shared) =
                (problem.clone(), on_import.clone(), content.clone(), shared.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let read = read_chosen(&input).await;
                // The same file chosen again must fire a change: forget this choice.
                input.set_value("");
                let bytes = match read {
                    Some(Ok(bytes)) => bytes,
                    Some(Err(p)) => return problem.set(Some(Ok(p))),
                    None => return,
                };
                // Read by the tools module, loaded now if it is not yet.
                let Some(tools) = tools::get().await else { return problem.set(Some(Err(()))) };
                // Tell the rest of the page they are here.
                shared.request.emit(());
                match read_opened(&content.bank, &tools.open_file(&bytes)) {
                    Ok((record, dropped)) => {
                        problem.set(None);
                        on_import.emit(Imported { record, dropped });
                    }
                    Err(p) => problem.set(Some(Ok(p))),
                }
            });
        })
    };
    html! {
        <div class="import">
            <label for="import-file" class="import-label">{ text.ui(Ui::ImportLabel) }</label>
            <p class="hint" id="import-hint">{ text.ui(Ui::ImportHint) }</p>
            <input type="file" id="import-file" accept=".json,application/json" aria-describedby="import-hint import-error"
                onchange={on_change} />
            <p id="import-error" class="error" role="alert">
                { match &*problem {
                    // Shown once the texts that say it have arrived.
                    _ if !text.has_bank_texts() => String::new(),
                    Some(Ok(p)) => read_problem(text, &content.bank, p),
                    Some(Err(())) => text.ui(Ui::ToolsFailed).to_string(),
                    None => String::new(),
                } }
            </p>
        </div>
    }
}
