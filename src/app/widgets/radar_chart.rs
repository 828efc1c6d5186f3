//! The radar chart on the results screen: the tools module's drawing (`core::chart_svg`, the same one the
//! downloads write) shown as one image named by its title and description, with a legend for its series and
//! layers. The score table beside it is its text equivalent, so the results stay complete while the drawing
//! is being made or if it cannot be.

use crate::app::tools::Loaded;
use crate::core::content::Content;
use crate::core::record::ResultRecord;
use crate::core::text::Ui;
use crate::core::tools::{file_texts, record_to_saved};
use yew::prelude::*;

#[derive(Debug, Clone, PartialEq)]
pub struct ChartLayer {
    pub layer: usize,
    pub name: String,
    pub first_axis: usize,
    pub last_axis: usize,
}

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

pub struct RadarChartProps<'a> {
    pub drawing: &'a Drawing,
    pub layers: Vec<ChartLayer>,
    pub has_target: bool,
    pub has_previous: bool,
}

/// A function rather than a component: it keeps no state, and each component type costs about a kilobyte
/// of wasm.
pub fn radar_chart(content: &Content, props: &RadarChartProps) -> Html {
    let text = &content.text;
    let name = [text.ui(Ui::ResultsChartTitle), ". ", text.ui(Ui::ResultsChartDescription)].concat();
    html! {
        <figure class="radar">
            if let Drawing::Ready(src) = props.drawing {
                <img class="radar-chart" src={src.clone()} alt={name} width="440" height="440" />
            } else {
                <div class="radar-chart radar-pending">
                    if *props.drawing == Drawing::Failed {
                        <p>{ text.ui(Ui::ResultsChartFailed) }</p>
                    } else {
                        <p class="hint" aria-busy="true">{ text.ui(Ui::ResultsChartPreparing) }</p>
                    }
                </div>
            }
            <figcaption class="radar-legend">
                <ul class="legend-series">
                    <li><span class="swatch swatch-you" aria-hidden="true"></span>{ text.ui(Ui::ResultsLegendYou) }</li>
                    if props.has_target {
                        <li><span class="swatch swatch-target" aria-hidden="true"></span>{ text.ui(Ui::ResultsLegendTarget) }</li>
                    }
                    if props.has_previous {
                        <li><span class="swatch swatch-previous" aria-hidden="true"></span>{ text.ui(Ui::CompareLegend) }</li>
                    }
                </ul>
                <p class="legend-title">{ text.ui(Ui::ResultsLegendLayers) }</p>
                <ul class="legend-layers">
                    { for props.layers.iter().map(|l| html! {
                        <li>
                            <span class={format!("swatch swatch-layer layer-{}", l.layer)} aria-hidden="true"></span>
                            { format!("{} ({}–{})", l.name, text.integer(l.first_axis), text.integer(l.last_axis)) }
                        </li>
                    }) }
                </ul>
            </figcaption>
        </figure>
    }
}
