//! The results: radar chart, the same numbers as a table, a written summary, the focus areas with learning
//! resources and the learning plan. `ResultView` shows any result, the person's own (with the plan
//! editable) or one opened read-only; `Results` is the person's own results screen around it, with keeping,
//! sharing, comparing, history and import.

use super::welcome::offered_by;
use super::{send, ScreenProps};
use crate::app::history::use_history;
use crate::app::storage::SharedStore;
use crate::app::tools::use_tools;
use crate::app::widgets::confirm::start_over;
use crate::app::widgets::history_list::{history_list, HistoryListProps};
use crate::app::widgets::keep_share::KeepShare;
use crate::app::widgets::plan::{area_choice, resource_status, status_text};
use crate::app::widgets::radar_chart::{drawing, radar_chart, Drawing};
use crate::app::widgets::score_table::{score_table, ScoreTableProps};
use crate::app::{dom, use_content};
use crate::core::answers::{answered_in, count_in, Answer};
use crate::core::bank::{Resource, ResourceKind};
use crate::core::content::Content;
use crate::core::history::previous;
use crate::core::learning::PlanChange;
use crate::core::locale::Language;
use crate::core::recommend::resources_for;
use crate::core::record::ResultRecord;
use crate::core::results::table_rows;
use crate::core::scoring::{focus_areas, format_level, leanings, strengths, AreaScore};
use crate::core::text::{Catalog, Ui};
use crate::core::tools::record_of;
use crate::core::wizard::Action;
use yew::prelude::*;

const FOCUS_AREAS: usize = 3;
const RESOURCES_PER_AREA: usize = 3;

fn kind_text(kind: ResourceKind) -> Ui {
    match kind {
        ResourceKind::Guide => Ui::ResourceKindGuide,
        ResourceKind::Standard => Ui::ResourceKindStandard,
        ResourceKind::Course => Ui::ResourceKindCourse,
        ResourceKind::Report => Ui::ResourceKindReport,
        ResourceKind::Video => Ui::ResourceKindVideo,
        ResourceKind::Community => Ui::ResourceKindCommunity,
        ResourceKind::Event => Ui::ResourceKindEvent,
        ResourceKind::Tool => Ui::ResourceKindTool,
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

pub fn resource_item(text: &Catalog, r: &Resource, plan: Html) -> Html {
    let language = ("language", language_name(text, &r.language));
    let meta = match r.kind {
        Some(kind) => text.ui_with(Ui::ResultsResourceMeta, &[("kind", text.ui(kind_text(kind))), language]),
        None => text.ui_with(Ui::ResultsResourceIn, &[language]),
    };
    html! {
        <li class="resource">
            <a href={r.url.clone()} target="_blank" rel="noopener noreferrer" hreflang={r.language.clone()}>
                // The title is the resource's own, in its language: marked so it is read and laid out as such.
                <span lang={r.language.clone()} dir="auto">{ &r.title }</span>
                <span class="visually-hidden">{ " " }{ text.ui(Ui::ResultsOpensNewTab) }</span>
            </a>
            if r.own {
                // The organisation's own resources have no description in the bank's texts: they are marked.
                <p class="resource-own">{ text.ui(Ui::ResourceOwn) }</p>
            } else {
                <p class="resource-description">{ text.bank_key(&["resource.", &r.id, ".description"]) }</p>
            }
            // The site name runs left to right inside any sentence, so it is isolated from its neighbours.
            <p class="resource-meta">
                { meta }
                if let Some(minutes) = r.duration {
                    { " · " }{ text.ui_count(Ui::ResourceMinutes, minutes as usize, &[]) }
                }
                { " · " }<bdi dir="ltr">{ r.host() }</bdi>
            </p>
            { plan }
        </li>
    }
}

/// A result: chart, table, summary, focus areas with resources, and the learning plan. `previous` is the
/// attempt to compare with; `on_plan`, where plan changes go (`None` shows the result read-only). A function
/// rather than a component: it keeps no state, and each component type costs kilobytes of wasm.
pub fn result_view(
    content: &Content,
    record: &ResultRecord,
    previous: Option<&ResultRecord>,
    on_plan: Option<&Callback<PlanChange>>,
    chart: &Drawing,
) -> Html {
    let (text, bank) = (&content.text, &content.bank);
    let scores = record.scores(bank);
    let before = previous.map(|p| p.scores(bank));
    let area_name = |s: &AreaScore| text.area_name(&bank.area(s.at).id).to_string();
    let rows = table_rows(bank, text, &scores, before.as_deref());
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
    let editable = on_plan;
    let planned: Vec<(&String, _)> = record.learning.iter().filter(|(_, p)| p.chosen).collect();

    html! {
        <>
            { radar_chart(content, chart) }
            { score_table(content, &ScoreTableProps { rows, compare: before.is_some() }) }
            // Where the targets are shown: whose they are.
            <p class="note">{ text.ui(Ui::ResultsTargetsNote) }</p>

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
                        let area_plan = record.learning.get(id).cloned().unwrap_or_default();
                        let resources = resources_for(bank, id, s.score, text.language);
                        html! {
                            <li class="focus-area">
                                <h3>{ area_name(s) }</h3>
                                <p class="focus-gap">{ gap_text(s) }</p>
                                <p>{ text.bank_key(&["area.", id, ".description"]) }</p>
                                if let Some(on_plan) = editable {
                                    { area_choice(text, id, &area_plan, on_plan) }
                                }
                                <h4>{ text.ui(Ui::ResultsResourcesTitle) }</h4>
                                <ul class="resources">
                                    { for resources.iter().take(RESOURCES_PER_AREA).map(|r| {
                                        let status = area_plan.resources.get(&r.id).copied();
                                        let plan = match editable {
                                            Some(on_plan) => resource_status(text, id, r, status, on_plan),
                                            None => Html::default(),
                                        };
                                        resource_item(text, r, plan)
                                    }) }
                                </ul>
                            </li>
                        }
                    }) }
                </ol>
            }

            if editable.is_some() || !planned.is_empty() {
                <section class="learning-plan" aria-labelledby="plan-title">
                    <h2 id="plan-title">{ text.ui(Ui::PlanTitle) }</h2>
                    if planned.is_empty() {
                        <p>{ text.ui(Ui::PlanEmpty) }</p>
                    } else {
                        <ul class="plan-summary">
                            { for planned.iter().map(|(area, plan)| html! {
                                <li>
                                    <strong>{ text.area_name(area) }</strong>
                                    if !plan.note.is_empty() {
                                        // The person's own words, in whatever language they wrote: laid out by their text.
                                        <p class="plan-note" dir="auto">{ &plan.note }</p>
                                    }
                                    <ul>
                                        { for plan.resources.iter().filter_map(|(id, status)| {
                                            let r = bank.resources.iter().find(|r| &r.id == id)?;
                                            Some(html! {
                                                <li>
                                                    <span lang={r.language.clone()} dir="auto">{ &r.title }</span>
                                                    { ": " }{ status_text(text, Some(*status)) }
                                                </li>
                                            })
                                        }) }
                                    </ul>
                                </li>
                            }) }
                        </ul>
                    }
                </section>
            }
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    pub screen: ScreenProps,
    pub store: SharedStore,
    pub on_delete_all: Callback<()>,
    /// The control that opens a result file (see `results_part`).
    pub import: Html,
}

/// The person's own results screen.
#[component]
pub fn Results(props: &ResultsProps) -> Html {
    let content = use_content();
    let (text, bank) = (&content.text, &content.bank);
    let a = &props.screen.assessment;
    let dispatch = &props.screen.dispatch;
    let compare = use_state(|| false);
    // The first time the results are shown, the assessment is complete: it gets its time.
    {
        let (pending, dispatch) = (a.completed_ms.is_none(), dispatch.clone());
        use_effect_with(pending, move |&pending| {
            if pending {
                dispatch.emit(Action::Completed(dom::now_ms()));
            }
        });
    }
    let history = use_history(props.store.0.clone(), content.bank.clone(), record_of(bank, a));
    // The chart is drawn by the tools module, as the downloads are.
    let tools = use_tools(true);
    let attempts = history.attempts.clone().unwrap_or_default();
    let attempts_read = history.attempts.is_some();
    let (Some(profile), Some(plan)) = (a.profile.as_ref(), a.plan(bank)) else {
        return Html::default();
    };
    let (answered, total) = answered_in(bank, &plan, &a.answers);
    let no_occasion = count_in(bank, &plan, &a.answers, Answer::NoOccasion);
    // Until the completion time is set (straight after the first render), the record carries 0.
    let completed = a.completed_ms.unwrap_or_default();
    let record = ResultRecord {
        bank_version: bank.version.clone(),
        completed_ms: completed,
        profile: profile.clone(),
        answers: a.answers.clone(),
        learning: a.learning.clone(),
    };
    let last = a.completed_ms.and_then(|ms| previous(&attempts, ms)).cloned();
    let on_compare = {
        let compare = compare.clone();
        Callback::from(move |e: Event| {
            use wasm_bindgen::JsCast;
            let on =
                e.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()).is_some_and(|i| i.checked());
            compare.set(on);
        })
    };
    let on_plan = dispatch.reform(Action::Plan);
    let compared = last.as_ref().filter(|_| *compare);
    let chart = drawing(&tools.loaded, &content, &record, compared);
    html! {
        <section class="results">
            <h1 id="screen-heading" tabindex="-1">{ text.ui(Ui::ResultsTitle) }</h1>
            // The results print as the report: it says who offers it.
            { offered_by(&content) }
            if a.completed_ms.is_some() {
                <p class="completed-on">{ text.ui_with(Ui::ResultsCompletedOn, &[("date", &text.day(completed))]) }</p>
            }
            <p class="lead">{ text.ui(Ui::ResultsIntro) }</p>
            if answered < total {
                <p class="note">{ text.ui_count(Ui::ResultsUnanswered, total - answered, &[]) }</p>
            }
            if no_occasion > 0 {
                <p class="note">{ text.ui_count(Ui::ResultsNoOccasion, no_occasion, &[]) }</p>
            }
            if let Some(last) = &last {
                <div class="check compare">
                    <input type="checkbox" id="compare" checked={*compare} onchange={on_compare} />
                    <label for="compare">{ text.ui_with(Ui::CompareToggle, &[("date", &text.day(last.completed_ms))]) }</label>
                </div>
            }
            { result_view(&content, &record, compared, Some(&on_plan), &chart) }
            if a.completed_ms.is_some() {
                <KeepShare record={record} />
            }
            { history_list(text, HistoryListProps {
                attempts: attempts_read.then_some(&attempts[..]),
                current: a.completed_ms,
                notes: &history.notes,
                on_delete: &history.delete,
                on_delete_all: &props.on_delete_all,
            }) }
            <section class="open-file" aria-labelledby="import-file">
                { props.import.clone() }
            </section>
            <div class="actions">
                <button type="button" class="button-secondary" onclick={send(dispatch, Action::OpenOverview)}>
                    { text.ui(Ui::ResultsReview) }
                </button>
            </div>
            { start_over(text, send(dispatch, Action::StartOver)) }
        </section>
    }
}
