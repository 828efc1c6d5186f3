//! The radar chart, drawn as SVG from the core's geometry: one numbered axis per area, wedges grouping
//! the axes of each layer, the person's shape filled and the role's target dashed. The score table is its
//! text equivalent; the chart itself is one labelled image. Right to left, the drawing is mirrored so the
//! axes run anticlockwise in reading order; the labels are placed at mirrored points, not mirrored glyphs.

use crate::core::content::Content;
use crate::core::radar::{fmt1, points_attr, Anchor, Point, Radar};
use crate::core::text::Ui;
use yew::prelude::*;

#[derive(Debug, Clone, PartialEq)]
pub struct ChartAxis {
    /// The number shown on the chart and in the table's first column.
    pub number: usize,
    pub name: String,
    /// Index of the area's layer in the bank: picks the layer's colour.
    pub layer: usize,
    pub score: Option<f64>,
    pub target: Option<f64>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ChartLayer {
    pub layer: usize,
    pub name: String,
    pub first_axis: usize,
    pub last_axis: usize,
}

pub struct RadarChartProps {
    pub axes: Vec<ChartAxis>,
    pub layers: Vec<ChartLayer>,
    /// The previous attempt's score on each axis, to compare with; empty for no comparison.
    pub previous: Vec<Option<f64>>,
}

/// The chart's width and height in SVG units; `view_box` and `mirror` below repeat it as text.
const SIZE: f64 = 440.0;
const RADAR: Radar = Radar { cx: SIZE / 2.0, cy: SIZE / 2.0, radius: 170.0, max: 5.0 };

/// A function rather than a component: it keeps no state, and each component type costs about a kilobyte
/// of wasm.
pub fn radar_chart(content: &Content, props: &RadarChartProps) -> Html {
    let text = &content.text;
    let n = props.axes.len();
    let scores: Vec<Option<f64>> = props.axes.iter().map(|a| a.score).collect();
    let targets: Vec<Option<f64>> = props.axes.iter().map(|a| a.target).collect();
    let has_target = targets.iter().any(Option::is_some);
    // Literal strings, not `format!` of SIZE: formatting an f64 would pull the float formatter into the wasm.
    let view_box = "0 0 440 440";
    let centre = (fmt1(RADAR.cx), fmt1(RADAR.cy));
    let rtl = text.language.is_rtl();
    let place = |p: Point, anchor: Anchor| if rtl { (RADAR.mirror(p), anchor.flipped()) } else { (p, anchor) };
    let mirror = rtl.then_some("matrix(-1 0 0 1 440 0)");

    let sectors = props.layers.iter().map(|l| {
        let d = RADAR.sector_path(l.first_axis - 1, l.last_axis - 1, n);
        html! { <path class={classes!("sector", format!("layer-{}", l.layer))} d={d} /> }
    });
    let rings = (1..=5).map(|level| {
        html! { <polygon class="ring" points={points_attr(&RADAR.ring(n, f64::from(level)))} /> }
    });
    let ring_labels = (1..=5usize).map(|level| {
        let on_axis = RADAR.point(0, n.max(1), level as f64);
        let (p, anchor) = place(Point { x: on_axis.x + 4.0, y: on_axis.y + 12.0 }, Anchor::Start);
        html! {
            <text class="ring-label" x={fmt1(p.x)} y={fmt1(p.y)} text-anchor={anchor.svg()}>{ text.integer(level) }</text>
        }
    });
    let axes = props.axes.iter().enumerate().map(|(i, axis)| {
        let end = RADAR.point(i, n, RADAR.max);
        html! {
            <line class={format!("axis layer-{}", axis.layer)} x1={centre.0.clone()} y1={centre.1.clone()}
                x2={fmt1(end.x)} y2={fmt1(end.y)} />
        }
    });
    let axis_labels = props.axes.iter().enumerate().map(|(i, axis)| {
        let (at, anchor) = RADAR.label(i, n, 16.0);
        let (at, anchor) = place(at, anchor);
        html! {
            <text class={format!("axis-label layer-{}", axis.layer)} x={fmt1(at.x)} y={fmt1(at.y)}
                text-anchor={anchor.svg()} dominant-baseline="middle">
                <title>{ &axis.name }</title>
                { text.integer(axis.number) }
            </text>
        }
    });
    let points = props.axes.iter().enumerate().filter_map(|(i, axis)| {
        let p = RADAR.point(i, n, axis.score?);
        Some(html! { <circle class="point" cx={fmt1(p.x)} cy={fmt1(p.y)} r="3.5" /> })
    });

    html! {
        <figure class="radar">
            <svg class="radar-chart" viewBox={view_box} role="img" aria-labelledby="radar-title radar-desc"
                xmlns="http://www.w3.org/2000/svg">
                <title id="radar-title">{ text.ui(Ui::ResultsChartTitle) }</title>
                <desc id="radar-desc">{ text.ui(Ui::ResultsChartDescription) }</desc>
                <g class="drawing" transform={mirror}>
                    <g class="sectors">{ for sectors }</g>
                    <g class="rings">{ for rings }</g>
                    <g class="axes">{ for axes }</g>
                    if has_target {
                        <path class="target" d={RADAR.target_path(&targets)} />
                    }
                    if !props.previous.is_empty() {
                        <polygon class="previous" points={points_attr(&RADAR.polygon(&props.previous))} />
                    }
                    <polygon class="you" points={points_attr(&RADAR.polygon(&scores))} />
                    <g class="points">{ for points }</g>
                </g>
                // Anchors here mean left and right on the drawing, whatever the page's direction.
                <g class="labels" direction="ltr">
                    <g class="axis-labels">{ for axis_labels }</g>
                    <g class="ring-labels" aria-hidden="true">{ for ring_labels }</g>
                </g>
            </svg>
            <figcaption class="radar-legend">
                <ul class="legend-series">
                    <li><span class="swatch swatch-you" aria-hidden="true"></span>{ text.ui(Ui::ResultsLegendYou) }</li>
                    if has_target {
                        <li><span class="swatch swatch-target" aria-hidden="true"></span>{ text.ui(Ui::ResultsLegendTarget) }</li>
                    }
                    if !props.previous.is_empty() {
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
