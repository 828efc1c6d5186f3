//! The results: radar chart, the same numbers as a table, a written summary, and learning resources for
//! the focus areas.

use super::{send, ScreenProps};
use crate::app::use_content;
use crate::app::widgets::confirm::StartOver;
use crate::app::widgets::radar_chart::{ChartAxis, ChartLayer, RadarChart};
use crate::app::widgets::score_table::{ScoreTable, TableRow};
use crate::core::answers::answered_in;
use crate::core::bank::{Bank, Resource, ResourceKind};
use crate::core::locale::Language;
use crate::core::recommend::resources_for;
use crate::core::scoring::{focus_areas, format_level, leanings, score_areas, strengths, AreaScore};
use crate::core::text::{Catalog, Ui};
use crate::core::wizard::Action;
use yew::prelude::*;

const FOCUS_AREAS: usize = 3;
const RESOURCES_PER_AREA: usize = 3;

fn chart_layers(scores: &[AreaScore], text: &Catalog, bank: &Bank) -> Vec<ChartLayer> {
    let mut layers: Vec<ChartLayer> = Vec::new();
    for (i, s) in scores.iter().enumerate() {
        match layers.last_mut() {
            Some(last) if last.layer == s.at.layer => last.last_axis = i + 1,
            _ => layers.push(ChartLayer {
                layer: s.at.layer,
                name: text.layer_name(&bank.layers[s.at.layer].id).into(),
                first_axis: i + 1,
                last_axis: i + 1,
            }),
        }
    }
    layers
}

fn kind_text(kind: ResourceKind) -> Ui {
    match kind {
        ResourceKind::Guide => Ui::ResourceKindGuide,
        ResourceKind::Standard => Ui::ResourceKindStandard,
        ResourceKind::Course => Ui::ResourceKindCourse,
        ResourceKind::Report => Ui::ResourceKindReport,
    }
}

/// The name of a resource's language in the interface's language; a language the app does not speak is
/// shown by its code.
fn language_name<'a>(text: &'a Catalog, code: &'a str) -> &'a str {
    match Language::from_tag(code) {
        Some(language) => text.ui(Ui::language_name(language)),
        None => code,
    }
}

fn resource_item(text: &Catalog, r: &Resource) -> Html {
    let meta = text.ui_with(
        Ui::ResultsResourceMeta,
        &[("kind", text.ui(kind_text(r.kind))), ("language", language_name(text, &r.language))],
    );
    html! {
        <li class="resource">
            <a href={r.url.clone()} target="_blank" rel="noopener noreferrer" hreflang={r.language.clone()}>
                // The title is the resource's own, in its language: marked so it is read and laid out as such.
                <span lang={r.language.clone()} dir="auto">{ &r.title }</span>
                <span class="visually-hidden">{ " " }{ text.ui(Ui::ResultsOpensNewTab) }</span>
            </a>
            <p class="resource-description">{ text.bank_key(&["resource.", &r.id, ".description"]) }</p>
            // The site name runs left to right inside any sentence, so it is isolated from its neighbours.
            <p class="resource-meta">{ meta }{ " · " }<bdi dir="ltr">{ r.host() }</bdi></p>
        </li>
    }
}

#[component]
pub fn Results(props: &ScreenProps) -> Html {
    let content = use_content();
    let (text, bank, a) = (&content.text, &content.bank, &props.assessment);
    let (Some(profile), Some(plan)) = (a.profile.as_ref(), a.plan(bank)) else {
        return Html::default();
    };
    let scores = score_areas(bank, profile, &a.answers);
    let (answered, total) = answered_in(bank, &plan, &a.answers);
    let area_name = |s: &AreaScore| text.area_name(&bank.area(s.at).id).to_string();

    let axes: Vec<ChartAxis> = scores
        .iter()
        .enumerate()
        .map(|(i, s)| ChartAxis {
            number: i + 1,
            name: area_name(s),
            layer: s.at.layer,
            score: s.score,
            target: s.target.map(f64::from),
        })
        .collect();
    let rows: Vec<TableRow> = scores
        .iter()
        .enumerate()
        .map(|(i, s)| TableRow {
            number: i + 1,
            layer_name: text.layer_name(&bank.layers[s.at.layer].id).into(),
            area_name: area_name(s),
            score: s.score,
            target: s.target,
            answered: s.answered(),
            statements: s.statements,
        })
        .collect();
    let gap_text = |s: &AreaScore| {
        text.ui_with(
            Ui::ResultsFocusGap,
            &[
                ("score", &s.score.map(|v| text.number(&format_level(v))).unwrap_or_default()),
                ("target", &s.target.map(|t| text.number(&format_level(f64::from(t)))).unwrap_or_default()),
            ],
        )
    };
    let strong = strengths(&scores, 3);
    let leaning = leanings(&scores, 2);
    let focus = focus_areas(&scores, FOCUS_AREAS);

    html! {
        <section class="results">
            <h1 id="screen-heading" tabindex="-1">{ text.ui(Ui::ResultsTitle) }</h1>
            <p class="lead">{ text.ui(Ui::ResultsIntro) }</p>
            if answered < total {
                <p class="note">{ text.ui_count(Ui::ResultsUnanswered, total - answered, &[]) }</p>
            }
            <RadarChart axes={axes} layers={chart_layers(&scores, text, bank)} />
            <ScoreTable rows={rows} />

            <h2>{ text.ui(Ui::ResultsSummaryTitle) }</h2>
            <h3>{ text.ui(Ui::ResultsStrengthsTitle) }</h3>
            if strong.is_empty() {
                <p>{ text.ui(Ui::ResultsStrengthsNone) }</p>
            } else {
                <ul class="strengths">
                    { for strong.iter().map(|s| html! { <li><strong>{ area_name(s) }</strong>{ ": " }{ gap_text(s) }</li> }) }
                </ul>
            }
            if !leaning.is_empty() {
                <h3>{ text.ui(Ui::ResultsLeaningsTitle) }</h3>
                <p>{ text.ui(Ui::ResultsLeaningsIntro) }</p>
                <ul class="leanings">
                    { for leaning.iter().map(|s| html! {
                        <li><strong>{ area_name(s) }</strong>{ ": " }{ text.bank_key(&["area.", &bank.area(s.at).id, ".description"]) }</li>
                    }) }
                </ul>
            }

            <h2>{ text.ui(Ui::ResultsFocusTitle) }</h2>
            if focus.is_empty() {
                <p>{ text.ui(Ui::ResultsFocusNone) }</p>
            } else {
                <p>{ text.ui(Ui::ResultsFocusIntro) }</p>
                <ol class="focus-areas">
                    { for focus.iter().map(|s| {
                        let id = &bank.area(s.at).id;
                        let resources = resources_for(bank, id, s.score, text.language);
                        html! {
                            <li class="focus-area">
                                <h3>{ area_name(s) }</h3>
                                <p class="focus-gap">{ gap_text(s) }</p>
                                <p>{ text.bank_key(&["area.", id, ".description"]) }</p>
                                <h4>{ text.ui(Ui::ResultsResourcesTitle) }</h4>
                                <ul class="resources">
                                    { for resources.iter().take(RESOURCES_PER_AREA).map(|r| resource_item(text, r)) }
                                </ul>
                            </li>
                        }
                    }) }
                </ol>
            }
            <div class="actions">
                <button type="button" class="button-secondary" onclick={send(&props.dispatch, Action::OpenOverview)}>
                    { text.ui(Ui::ResultsReview) }
                </button>
            </div>
            <StartOver on_confirm={send(&props.dispatch, Action::StartOver)} />
        </section>
    }
}
