//! "About you": the profession family, whether the person leads, and whether to include the foundation
//! check. Kept as a local draft until submitted, then sent as one profile.

use super::send;
use crate::app::widgets::step_nav::step_nav;
use crate::app::{dom, use_content};
use crate::core::bank::ProfessionGroup;
use crate::core::plan::Profile;
use crate::core::text::{Catalog, Ui};
use crate::core::wizard::Action;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AboutProps {
    pub profile: Option<Profile>,
    pub dispatch: Callback<Action>,
}

/// The form as filled so far: `None` where the person has not chosen yet.
#[derive(Clone, PartialEq, Default)]
struct Draft {
    /// `Some(None)` is "none of these".
    profession: Option<Option<String>>,
    leads: Option<bool>,
    foundation: Option<bool>,
}

impl Draft {
    fn profile(&self) -> Option<Profile> {
        Some(Profile { profession: self.profession.clone()?, leads: self.leads?, foundation: self.foundation? })
    }
}

struct Choice {
    id: String,
    label: String,
    description: Option<String>,
    checked: bool,
    on_change: Callback<Event>,
}

fn radio(name: &str, choice: Choice) -> Html {
    let input_id = format!("{name}-{}", choice.id);
    let hint_id = format!("{input_id}-hint");
    html! {
        <div class="option">
            <input type="radio" id={input_id.clone()} name={name.to_string()} checked={choice.checked}
                onchange={choice.on_change}
                aria-describedby={choice.description.as_ref().map(|_| hint_id.clone())} />
            <div class="option-text">
                <label for={input_id}>{ choice.label }</label>
                if let Some(d) = choice.description {
                    <span class="option-descriptor" id={hint_id}>{ d }</span>
                }
            </div>
        </div>
    }
}

fn question(name: &str, legend: &str, missing: bool, text: &Catalog, choices: Html) -> Html {
    let error_id = format!("{name}-error");
    html! {
        <fieldset class={classes!("question", missing.then_some("has-error"))} id={format!("{name}-group")}
            aria-describedby={missing.then(|| error_id.clone())}>
            <legend><h2 id={format!("{name}-legend")} tabindex="-1">{ legend }</h2></legend>
            if missing { <p class="error" id={error_id}>{ text.ui(Ui::AboutMissing) }</p> }
            <div class="options">{ choices }</div>
        </fieldset>
    }
}

#[component]
pub fn About(props: &AboutProps) -> Html {
    let content = use_content();
    let (text, bank) = (&content.text, &content.bank);
    // An organisation that does not offer the foundation check (`config.json`) has its question answered "no".
    let offers_foundation = content.config.foundation;
    let draft = use_state(|| {
        let new = Draft { foundation: (!offers_foundation).then_some(false), ..Draft::default() };
        props.profile.as_ref().map_or(new, |p| Draft {
            profession: Some(p.profession.clone()),
            leads: Some(p.leads),
            foundation: Some(p.foundation),
        })
    });
    let tried = use_state(|| false);

    let update = |change: fn(&mut Draft, Option<String>), value: Option<String>| {
        let draft = draft.clone();
        Callback::from(move |_: Event| {
            let mut next = (*draft).clone();
            change(&mut next, value.clone());
            draft.set(next);
        })
    };
    let set_profession: fn(&mut Draft, Option<String>) = |d, v| d.profession = Some(v);
    let set_leads: fn(&mut Draft, Option<String>) = |d, v| d.leads = Some(v.is_some());
    let set_foundation: fn(&mut Draft, Option<String>) = |d, v| d.foundation = Some(v.is_some());

    let earlier = props.profile.as_ref().and_then(|p| p.profession.as_deref());
    let professions = ProfessionGroup::ALL
        .iter()
        .map(|&group| {
            // The families the organisation lists, and the person's earlier choice, which is kept.
            let listed = |id: &str| content.config.offers_profession(id) || earlier == Some(id);
            let in_group: Vec<_> = bank.professions.iter().filter(|p| p.group == group && listed(&p.id)).collect();
            let members = in_group
                .iter()
                .map(|p| {
                    radio(
                        "profession",
                        Choice {
                            id: p.id.clone(),
                            label: text.bank_key(&["profession.", &p.id, ".name"]).into(),
                            description: Some(text.bank_key(&["profession.", &p.id, ".description"]).into()),
                            checked: draft.profession == Some(Some(p.id.clone())),
                            on_change: update(set_profession, Some(p.id.clone())),
                        },
                    )
                })
                .collect::<Html>();
            let group_name = text.bank_key(&["profession-group.", group.key(), ".name"]);
            html! {
                if !in_group.is_empty() {
                    <fieldset class="group">
                        <legend class="group-heading">{ group_name }</legend>
                        <div class="options">{ members }</div>
                    </fieldset>
                }
            }
        })
        .collect::<Html>();
    let none = radio(
        "profession",
        Choice {
            id: "none".into(),
            label: text.ui(Ui::AboutProfessionNone).into(),
            description: Some(text.ui(Ui::AboutProfessionNoneDescription).into()),
            checked: draft.profession == Some(None),
            on_change: update(set_profession, None),
        },
    );
    let yes_no =
        |name: &str, value: Option<bool>, set: fn(&mut Draft, Option<String>), yes: Ui, yes_hint: Ui, no: Ui| {
            html! {
                <>
                    { radio(name, Choice { id: "yes".into(), label: text.ui(yes).into(),
                        description: Some(text.ui(yes_hint).into()), checked: value == Some(true),
                        on_change: update(set, Some(String::new())) }) }
                    { radio(name, Choice { id: "no".into(), label: text.ui(no).into(), description: None,
                        checked: value == Some(false), on_change: update(set, None) }) }
                </>
            }
        };

    let onsubmit = {
        let (draft, tried, dispatch) = (draft.clone(), tried.clone(), props.dispatch.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            match draft.profile() {
                Some(profile) => dispatch.emit(Action::SetProfile(profile)),
                None => {
                    tried.set(true);
                    let first_missing = if draft.profession.is_none() {
                        "profession-legend"
                    } else if draft.leads.is_none() {
                        "leads-legend"
                    } else {
                        "foundation-legend"
                    };
                    dom::focus(first_missing);
                }
            }
        })
    };
    let missing = |unset: bool| *tried && unset;
    html! {
        <section class="about">
            <h1 id="screen-heading" tabindex="-1">{ text.ui(Ui::AboutTitle) }</h1>
            <p class="lead">{ text.ui(Ui::AboutIntro) }</p>
            <form onsubmit={onsubmit} novalidate=true>
                { question("profession", text.ui(Ui::AboutProfessionLegend), missing(draft.profession.is_none()), text,
                    html! { <>{ professions }{ none }</> }) }
                { question("leads", text.ui(Ui::AboutLeadsLegend), missing(draft.leads.is_none()), text,
                    yes_no("leads", draft.leads, set_leads, Ui::AboutLeadsYes, Ui::AboutLeadsYesDescription, Ui::AboutLeadsNo)) }
                if offers_foundation {
                    { question("foundation", text.ui(Ui::AboutFoundationLegend), missing(draft.foundation.is_none()), text,
                        yes_no("foundation", draft.foundation, set_foundation, Ui::AboutFoundationYes,
                            Ui::AboutFoundationYesDescription, Ui::AboutFoundationNo)) }
                }
                { step_nav(text, send(&props.dispatch, Action::Back)) }
            </form>
        </section>
    }
}
