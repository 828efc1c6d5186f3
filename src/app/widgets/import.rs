//! Opening a result saved as JSON: a file input, and a clear message when the file cannot be used.

use crate::app::files::read_chosen;
use crate::app::messages::read_problem;
use crate::app::use_content;
use crate::core::record::{from_json, Imported, ReadProblem};
use crate::core::text::Ui;
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
    let problem = use_state(|| None::<ReadProblem>);
    let on_change = {
        let (problem, on_import, content) = (problem.clone(), props.on_import.clone(), content.clone());
        Callback::from(move |e: Event| {
            let Some(input) = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else {
                return;
            };
            let (problem, on_import, content) = (problem.clone(), on_import.clone(), content.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let read = read_chosen(&input).await;
                // The same file chosen again must fire a change: forget this choice.
                input.set_value("");
                match read.map(|bytes| bytes.and_then(|b| from_json(&content.bank, &b))) {
                    Some(Ok(imported)) => {
                        problem.set(None);
                        on_import.emit(imported);
                    }
                    Some(Err(p)) => problem.set(Some(p)),
                    None => {}
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
                { (*problem).as_ref().map(|p| read_problem(text, p)).unwrap_or_default() }
            </p>
        </div>
    }
}
