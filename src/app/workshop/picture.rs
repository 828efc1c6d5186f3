//! The group's picture: the chart (drawn by `core::chart_svg` from `core::group::chart`, the one chart
//! description), its table twin, the written summary with resources for the focus areas, the mix of
//! professions, the downloads, the comparison with another workshop, and the projector view. Every count
//! below the minimum group size is shown as "fewer than N" (`core::group::Shown`).

use super::browser::{self, Download};
use crate::app::screens::results::resource_item;
use crate::app::{dom, ContentContext};
use crate::core::bank::Bank;
use crate::core::chart_svg::{data_url, draw, ChartFor};
use crate::core::content::Content;
use crate::core::group::{self, compare, summary, to_csv, Group, Shown};
use crate::core::recommend::resources_for;
use crate::core::text::Ui;
use crate::core::workshop::{Section, TrainerAction, Workshop};
use crate::core::workshop_text::{Wk, WorkshopTexts};
use std::rc::Rc;
use yew::prelude::*;

fn count(own: &WorkshopTexts, content: &Content, group: &Group, n: usize) -> String {
    match group.shown(n) {
        Shown::Count(n) => content.text.integer(n),
        Shown::FewerThan(min) => own.with(Wk::Fewer, &[("min", &content.text.integer(min))]),
    }
}

fn level(content: &Content, v: f64) -> String {
    content.text.number(&group::one_decimal(v))
}

fn group_of(bank: &Bank, w: &Workshop) -> Group {
    group::group(bank, &w.records(bank), w.min_group)
}

fn chart_svg(
    content: &Content,
    own: &WorkshopTexts,
    name: &str,
    group: &Group,
    before: Option<(&Group, &str)>,
    shown: ChartFor,
) -> String {
    let names = [
        own.get(Wk::LegendMedian).to_string(),
        own.get(Wk::LegendBand).to_string(),
        own.get(Wk::LegendTarget).to_string(),
        before.map(|(_, name)| own.with(Wk::LegendBefore, &[("name", name)])).unwrap_or_default(),
    ];
    let title = own.with(Wk::ChartTitle, &[("name", name)]);
    let chart = group::chart(group, before.map(|(g, _)| g), title, names);
    draw(&content.bank, &content.text, &chart, shown).svg
}

fn chart_figure(
    content: &Content,
    own: &WorkshopTexts,
    name: &str,
    group: &Group,
    before: Option<(&Group, &str)>,
) -> Html {
    let alt = [own.with(Wk::ChartTitle, &[("name", name)]).as_str(), ". ", own.get(Wk::ChartDescription)].concat();
    html! {
        <figure class="radar workshop-chart">
            <img class="radar-chart" src={data_url(&chart_svg(content, own, name, group, before, ChartFor::Screen))} alt={alt} />
        </figure>
    }
}

fn table(content: &Content, own: &WorkshopTexts, group: &Group) -> Html {
    let text = &content.text;
    html! {
        <div class="table-wrap" tabindex="0" role="region" aria-labelledby="group-table-caption">
            <table class="score-table group-table">
                <caption id="group-table-caption">{ own.get(Wk::TableCaption) }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ own.get(Wk::ColNumber) }</th>
                        <th scope="col">{ own.get(Wk::ColArea) }</th>
                        <th scope="col">{ own.get(Wk::ColAnswered) }</th>
                        <th scope="col">{ own.get(Wk::ColMedian) }</th>
                        <th scope="col">{ own.get(Wk::ColQ1) }</th>
                        <th scope="col">{ own.get(Wk::ColQ3) }</th>
                        { for (1..=5).map(|l| html! { <th scope="col">{ own.with(Wk::ColLevel, &[("level", &text.integer(l))]) }</th> }) }
                        <th scope="col">{ own.get(Wk::ColTarget) }</th>
                    </tr>
                </thead>
                <tbody>
                    { for group.areas.iter().enumerate().map(|(i, a)| {
                        let stat = |f: fn(&group::Spread) -> f64| a.spread.map(|s| level(content, f(&s)))
                            .unwrap_or_else(|| own.get(Wk::CompareHidden).to_string());
                        html! {
                            <tr>
                                <td class="num">{ text.integer(i + 1) }</td>
                                <th scope="row">{ text.area_name(&content.bank.area(a.at).id) }</th>
                                <td class="num">{ count(own, content, group, a.answered) }</td>
                                <td class="num">{ stat(|s| s.median) }</td>
                                <td class="num">{ stat(|s| s.q1) }</td>
                                <td class="num">{ stat(|s| s.q3) }</td>
                                { for a.levels.iter().map(|n| html! { <td class="num">{ count(own, content, group, *n) }</td> }) }
                                <td class="num">{ a.target.map(|t| text.integer(usize::from(t))).unwrap_or_else(|| own.get(Wk::NotShared).to_string()) }</td>
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
        </div>
    }
}

fn names(content: &Content, areas: &[crate::core::bank::AreaRef]) -> Vec<String> {
    areas.iter().map(|at| content.text.area_name(&content.bank.area(*at).id).to_string()).collect()
}

/// The written summary, then each focus area with its learning resources.
fn focus(content: &Content, own: &WorkshopTexts, group: &Group, heading_level: u8) -> Html {
    let s = summary(group);
    let text = &content.text;
    let sentences = [
        (!s.strongest.is_empty())
            .then(|| own.with(Wk::SummaryStrongest, &[("areas", &own.list(&names(content, &s.strongest)))])),
        (!s.widest.is_empty())
            .then(|| own.with(Wk::SummaryWidest, &[("areas", &own.list(&names(content, &s.widest)))])),
        Some(if s.focus.is_empty() {
            own.get(Wk::SummaryNoFocus).to_string()
        } else {
            own.with(Wk::SummaryFocus, &[("areas", &own.list(&names(content, &s.focus)))])
        }),
    ];
    let any = group.areas.iter().any(|a| a.spread.is_some());
    let heading = |t: &str| {
        if heading_level == 2 {
            html! { <h2>{ t.to_string() }</h2> }
        } else {
            html! { <h3>{ t.to_string() }</h3> }
        }
    };
    html! {
        <>
            { heading(own.get(Wk::SummaryHeading)) }
            if any {
                <ul class="workshop-summary">
                    { for sentences.into_iter().flatten().map(|line| html! { <li>{ line }</li> }) }
                </ul>
            } else {
                <p>{ own.get(Wk::SummaryFew) }</p>
            }
            if !s.focus.is_empty() {
                { heading(own.get(Wk::FocusHeading)) }
                <ol class="workshop-focus">
                    { for s.focus.iter().filter_map(|at| group.area(*at)).map(|a| {
                        let area = &content.bank.area(a.at).id;
                        let median = a.spread.map(|s| s.median);
                        let gap = own.with(Wk::FocusGap, &[
                            ("median", &median.map(|m| level(content, m)).unwrap_or_default()),
                            ("target", &a.target.map(|t| text.integer(usize::from(t))).unwrap_or_default()),
                        ]);
                        html! {
                            <li>
                                <h4 class="workshop-focus-area">{ text.area_name(area) }</h4>
                                <p>{ gap }</p>
                                <ul class="resources">
                                    { for resources_for(&content.bank, area, median, text.language).into_iter().take(3)
                                        .map(|r| resource_item(text, r, Html::default())) }
                                </ul>
                            </li>
                        }
                    }) }
                </ol>
            }
        </>
    }
}

fn mix(content: &Content, own: &WorkshopTexts, group: &Group) -> Html {
    let text = &content.text;
    html! {
        <section class="workshop-mix" aria-labelledby="workshop-mix-heading">
            <h2 id="workshop-mix-heading">{ own.get(Wk::MixHeading) }</h2>
            <div class="table-wrap" tabindex="0" role="region" aria-labelledby="workshop-mix-caption">
                <table class="score-table">
                    <caption id="workshop-mix-caption">{ own.with(Wk::MixCaption, &[("min", &text.integer(group.min_group))]) }</caption>
                    <thead><tr><th scope="col">{ own.get(Wk::MixGroup) }</th><th scope="col">{ own.get(Wk::MixCount) }</th></tr></thead>
                    <tbody>
                        { for group.professions.iter().map(|(id, n)| {
                            let name = match id {
                                Some(id) => text.bank_key(&["profession.", id, ".name"]).to_string(),
                                None => text.ui(Ui::AboutProfessionNone).to_string(),
                            };
                            html! { <tr><th scope="row">{ name }</th><td class="num">{ count(own, content, group, *n) }</td></tr> }
                        }) }
                        <tr class="workshop-leaders"><th scope="row">{ own.get(Wk::MixLeaders) }</th>
                            <td class="num">{ count(own, content, group, group.leaders) }</td></tr>
                    </tbody>
                </table>
            </div>
        </section>
    }
}

/// A name for the downloaded files: letters and digits of the workshop's name.
fn file_stem(name: &str) -> String {
    let slug: String = name.chars().map(|c| if c.is_alphanumeric() { c } else { '-' }).collect();
    let slug = slug.split('-').filter(|p| !p.is_empty()).collect::<Vec<_>>().join("-");
    if slug.is_empty() {
        "skills-radar-workshop".into()
    } else {
        ["skills-radar-workshop-", &slug].concat()
    }
}

/// Which download.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Csv,
    Svg,
    Png,
}

/// The file of `kind`, written when it is asked for (not at every render).
fn file_of(kind: Kind, content: &Content, own: &WorkshopTexts, name: &str, group: &Group) -> Download {
    let text = &content.text;
    let stem = file_stem(name);
    match kind {
        Kind::Csv => {
            let table = to_csv(&content.bank, group, &|id| text.layer_name(id).to_string(), &|id| {
                text.area_name(id).to_string()
            });
            // A byte-order mark, so spreadsheet programs read the names as UTF-8.
            Download::Text {
                name: [&stem, ".csv"].concat(),
                mime: "text/csv;charset=utf-8",
                text: ["\u{feff}", &table].concat(),
            }
        }
        Kind::Svg => Download::Text {
            name: [&stem, ".svg"].concat(),
            mime: "image/svg+xml",
            text: chart_svg(content, own, name, group, None, ChartFor::File),
        },
        Kind::Png => Download::Png {
            name: [&stem, ".png"].concat(),
            svg: chart_svg(content, own, name, group, None, ChartFor::File),
        },
    }
}

#[derive(Properties, PartialEq)]
struct ExportsProps {
    content: ContentContext,
    own: Rc<WorkshopTexts>,
    name: String,
    group: Rc<Group>,
}

/// The downloads and Print; says so when the browser would not make a file.
#[component]
fn Exports(props: &ExportsProps) -> Html {
    let own = &*props.own;
    let failed = use_state(|| false);
    let save = |kind: Kind| {
        let (content, own, name, group, failed) =
            (props.content.clone(), props.own.clone(), props.name.clone(), props.group.clone(), failed.clone());
        Callback::from(move |_: MouseEvent| {
            let file = file_of(kind, &content.0, &own, &name, &group);
            let failed = failed.clone();
            wasm_bindgen_futures::spawn_local(async move { failed.set(!browser::download(file).await) });
        })
    };
    html! {
        <section class="workshop-exports" aria-labelledby="workshop-exports-heading">
            <h2 id="workshop-exports-heading">{ own.get(Wk::ExportHeading) }</h2>
            <p class="hint">{ own.get(Wk::ExportNote) }</p>
            <div class="actions">
                <button type="button" class="button-secondary" id="workshop-csv" onclick={save(Kind::Csv)}>{ own.get(Wk::ExportCsv) }</button>
                <button type="button" class="button-secondary" id="workshop-svg" onclick={save(Kind::Svg)}>{ own.get(Wk::ExportSvg) }</button>
                <button type="button" class="button-secondary" id="workshop-png" onclick={save(Kind::Png)}>{ own.get(Wk::ExportPng) }</button>
                <button type="button" class="button-secondary" onclick={Callback::from(|_| dom::print())}>{ own.get(Wk::ExportPrint) }</button>
            </div>
            <p class="status" role="status">{ if *failed { own.get(Wk::ExportFailed) } else { "" } }</p>
        </section>
    }
}

fn comparison(
    content: &Content,
    own: &WorkshopTexts,
    name: &str,
    group: &Group,
    before: Option<(&Group, &str)>,
    kept: &[String],
    dispatch: &Callback<TrainerAction>,
) -> Html {
    let text = &content.text;
    let others: Vec<&String> = kept.iter().filter(|k| k.as_str() != name).collect();
    let on_change = dispatch.reform(|event: Event| {
        let value = event.target_dyn_into::<web_sys::HtmlSelectElement>().map(|s| s.value()).unwrap_or_default();
        TrainerAction::CompareWith((!value.is_empty()).then_some(value))
    });
    let chosen = before.map(|(_, n)| n.to_string()).unwrap_or_default();
    html! {
        <section class="workshop-compare" aria-labelledby="workshop-compare-heading">
            <h2 id="workshop-compare-heading">{ own.get(Wk::CompareHeading) }</h2>
            if others.is_empty() {
                <p>{ own.get(Wk::CompareNothing) }</p>
            } else {
                <div class="field">
                    <label for="workshop-compare">{ own.get(Wk::CompareLabel) }</label>
                    <select id="workshop-compare" onchange={on_change}>
                        <option value="" selected={chosen.is_empty()}>{ own.get(Wk::CompareNone) }</option>
                        { for others.iter().map(|o| html! { <option value={o.to_string()} selected={**o == chosen}>{ o.to_string() }</option> }) }
                    </select>
                </div>
            }
            if let Some((before_group, before_name)) = before {
                <div class="table-wrap" tabindex="0" role="region" aria-labelledby="workshop-compare-caption">
                    <table class="score-table">
                        <caption id="workshop-compare-caption">{ own.with(Wk::CompareCaption, &[("before", before_name), ("after", name)]) }</caption>
                        <thead><tr>
                            <th scope="col">{ own.get(Wk::ColArea) }</th>
                            <th scope="col"><bdi>{ before_name }</bdi></th>
                            <th scope="col"><bdi>{ name }</bdi></th>
                            <th scope="col">{ own.get(Wk::CompareChange) }</th>
                        </tr></thead>
                        <tbody>
                            { for compare(&content.bank, before_group, group).iter().map(|c| {
                                let shown = |v: Option<f64>| v.map(|v| level(content, v)).unwrap_or_else(|| own.get(Wk::CompareHidden).to_string());
                                let change = c.change().map(|d| {
                                    let sign = if d > 0.0 { "+" } else if d < 0.0 { "−" } else { "" };
                                    [sign, &level(content, d.abs())].concat()
                                }).unwrap_or_else(|| own.get(Wk::CompareHidden).to_string());
                                html! { <tr>
                                    <th scope="row">{ text.area_name(&content.bank.area(c.at).id) }</th>
                                    <td class="num">{ shown(c.before) }</td>
                                    <td class="num">{ shown(c.after) }</td>
                                    <td class="num"><bdi dir="ltr">{ change }</bdi></td>
                                </tr> }
                            }) }
                        </tbody>
                    </table>
                </div>
            }
        </section>
    }
}

/// The group's picture in the workshop's page: only the count and why below the minimum group size.
#[allow(clippy::too_many_arguments)]
pub fn picture(
    context: &ContentContext,
    own_rc: &Rc<WorkshopTexts>,
    bank: &Bank,
    w: &Workshop,
    compared: Option<&Workshop>,
    kept: &[String],
    dispatch: &Callback<TrainerAction>,
    on_projector: &Callback<()>,
) -> Html {
    let (content, own) = (&*context.0, &**own_rc);
    let group = group_of(bank, w);
    let text = &content.text;
    if !group.visible() {
        return html! {
            <section class="workshop-picture" aria-labelledby="workshop-picture-heading">
                <h2 id="workshop-picture-heading">{ own.get(Wk::PictureHeading) }</h2>
                <p class="workshop-waiting">{ own.count(Wk::Waiting, group.size, &[("min", &text.integer(group.min_group))]) }</p>
            </section>
        };
    }
    let before_group = compared.map(|c| group_of(bank, c));
    let before = before_group.as_ref().zip(compared.map(|c| c.name.as_str()));
    html! {
        <>
            <section class="workshop-picture" aria-labelledby="workshop-picture-heading">
                <h2 id="workshop-picture-heading">{ own.get(Wk::PictureHeading) }</h2>
                <button type="button" class="button-primary" onclick={on_projector.reform(|_| ())}>{ own.get(Wk::ProjectorOpen) }</button>
                <div class="results-top">
                    { chart_figure(content, own, &w.name, &group, before) }
                    { table(content, own, &group) }
                </div>
                { focus(content, own, &group, 3) }
            </section>
            { mix(content, own, &group) }
            <Exports content={context.clone()} own={own_rc.clone()} name={w.name.clone()} group={Rc::new(group.clone())} />
            { comparison(content, own, &w.name, &group, before, kept, dispatch) }
        </>
    }
}

/// The projector view: one section at a time, large and high-contrast, with keys to move between them.
pub fn projector(
    content: &Content,
    own: &WorkshopTexts,
    bank: &Bank,
    w: &Workshop,
    compared: Option<&Workshop>,
    section: Section,
    on_section: Callback<Option<Section>>,
) -> Html {
    let group = group_of(bank, w);
    let text = &content.text;
    let before_group = compared.map(|c| group_of(bank, c));
    let before = before_group.as_ref().zip(compared.map(|c| c.name.as_str()));
    let label = |s: Section| match s {
        Section::Chart => own.get(Wk::SectionChart),
        Section::Table => own.get(Wk::SectionTable),
        Section::Focus => own.get(Wk::SectionFocus),
    };
    let shown = if !group.visible() {
        html! { <p class="workshop-waiting">{ own.count(Wk::Waiting, group.size, &[("min", &text.integer(group.min_group))]) }</p> }
    } else {
        match section {
            Section::Chart => chart_figure(content, own, &w.name, &group, before),
            Section::Table => table(content, own, &group),
            Section::Focus => focus(content, own, &group, 2),
        }
    };
    html! {
        <section class="projector-view">
            <h1 id="screen-heading" tabindex="-1"><bdi>{ &w.name }</bdi>{ " · " }{ own.count(Wk::Count, group.size, &[]) }</h1>
            <nav class="projector-nav" aria-label={own.get(Wk::ProjectorOpen).to_string()}>
                { for Section::ALL.iter().enumerate().map(|(i, &s)| html! {
                    <button type="button" aria-pressed={(s == section).to_string()} onclick={on_section.reform(move |_| Some(s))}>
                        <span class="projector-key" aria-hidden="true">{ text.integer(i + 1) }</span>{ " " }{ label(s) }
                    </button>
                }) }
                <button type="button" class="projector-leave" onclick={on_section.reform(|_| None)}>{ own.get(Wk::ProjectorClose) }</button>
            </nav>
            <p class="hint">{ own.get(Wk::ProjectorKeys) }</p>
            <div class="projector-section">{ shown }</div>
        </section>
    }
}
