//! Where the person is: layer, area, statement, and how much of the whole assessment is answered.

use crate::core::content::Content;
use crate::core::text::Ui;
use crate::core::wizard::Progress;
use yew::prelude::*;

pub struct ProgressProps {
    pub progress: Progress,
    pub on_overview: Callback<()>,
}

/// A function rather than a component: it keeps no state, and each component type costs about a kilobyte
/// of wasm.
pub fn progress_display(content: &Content, props: &ProgressProps) -> Html {
    let (text, bank, p) = (&content.text, &content.bank, &props.progress);
    let n = |v: usize| text.integer(v);
    let layer = text.ui_with(
        Ui::ProgressLayer,
        &[
            ("current", &n(p.layer_position)),
            ("count", &n(p.layer_count)),
            ("name", text.layer_name(&bank.layers[p.layer].id)),
        ],
    );
    let area = p.statement.map(|at| {
        let area = text.ui_with(
            Ui::ProgressArea,
            &[
                ("current", &n(p.area_position)),
                ("count", &n(p.area_count)),
                ("name", text.area_name(&bank.area(at.area_ref()).id)),
            ],
        );
        let statement = text
            .ui_with(Ui::ProgressStatement, &[("current", &n(p.statement_position)), ("count", &n(p.statement_count))]);
        (area, statement)
    });
    let answered = text.ui_count(Ui::ProgressAnswered, p.total, &[("answered", &n(p.answered))]);
    let on_overview = props.on_overview.reform(|_| ());
    html! {
        <section class="progress" aria-label={text.ui(Ui::ProgressLabel).to_string()}>
            <div class="progress-text">
                <p class="progress-layer">{ layer }</p>
                if let Some((area, statement)) = area {
                    <p class="progress-area">{ area }</p>
                    <p class="progress-statement">{ statement }</p>
                }
                <p class="progress-answered" id="progress-answered">{ answered }</p>
                <progress max={p.total.max(1).to_string()} value={p.answered.to_string()} aria-labelledby="progress-answered"></progress>
            </div>
            <button type="button" class="button-secondary" onclick={on_overview}>{ text.ui(Ui::NavOverview) }</button>
        </section>
    }
}
