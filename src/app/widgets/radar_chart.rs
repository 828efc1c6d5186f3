//! The radar chart on the results screen: the tools module's drawing (`core::chart_svg`, the same one the
//! downloads write, its legend included) shown as one image named by its title and description. The score
//! table beside it is its text equivalent, so the results stay complete while the drawing is being made or if
//! it cannot be.

use crate::app::tools::Loaded;
use crate::core::content::Content;
use crate::core::record::ResultRecord;
use crate::core::text::Ui;
use crate::core::tools::{file_texts, record_to_saved};
use yew::prelude::*;

/// The drawing, as far as the tools module has it.
#[derive(Debug, Clone, PartialEq)]
pub enum Drawing {
    /// An image address (`data:image/svg+xml,…`).
    Ready(String),
    Pending,
    /// The tools module could not be loaded.
    Failed,
}

/// The chart of `record`, compared with `previous` when given, drawn by the tools module when it is here.
pub fn drawing(tools: &Loaded, content: &Content, record: &ResultRecord, previous: Option<&ResultRecord>) -> Drawing {
    match tools {
        Loaded::Ready(tools) => {
            let bank = &content.bank;
            let previous = previous.map(|p| record_to_saved(bank, p)).unwrap_or_default();
            let image = tools.chart_image(&record_to_saved(bank, record), &previous, &file_texts(bank, &content.text));
            // Empty until the result has its completion time (straight after it is first shown).
            if image.is_empty() {
                Drawing::Pending
            } else {
                Drawing::Ready(image)
            }
        }
        Loaded::Failed => Drawing::Failed,
        _ => Drawing::Pending,
    }
}

/// A function rather than a component: it keeps no state, and each component type costs about a kilobyte
/// of wasm.
pub fn radar_chart(content: &Content, drawing: &Drawing) -> Html {
    let text = &content.text;
    let name = [text.ui(Ui::ResultsChartTitle), ". ", text.ui(Ui::ResultsChartDescription)].concat();
    html! {
        <figure class="radar">
            if let Drawing::Ready(src) = drawing {
                <img class="radar-chart" src={src.clone()} alt={name} />
            } else {
                <div class="radar-chart radar-pending">
                    if *drawing == Drawing::Failed {
                        <p>{ text.ui(Ui::ResultsChartFailed) }</p>
                    } else {
                        <p class="hint" aria-busy="true">{ text.ui(Ui::ResultsChartPreparing) }</p>
                    }
                </div>
            }
        </figure>
    }
}
