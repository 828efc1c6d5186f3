use super::send;
use crate::app::widgets::confirm::start_over;
use crate::core::answers::answered_in;
use crate::core::content::Content;
use crate::core::text::Ui;
use crate::core::wizard::Action;
use crate::core::wizard::Assessment;
use yew::prelude::*;

pub struct WelcomeProps {
    pub assessment: Assessment,
    pub dispatch: Callback<Action>,
    /// The control for opening a result file (it differs between the light and the full build).
    pub import: Html,
}

/// The organisation that offers the assessment (`config.json`): its logo, "Offered by …" and its contact line;
/// nothing without one. On the welcome screen, and at the top of the results, which print as the report.
pub fn offered_by(content: &Content) -> Html {
    let (text, code) = (&content.text, content.text.language.code());
    let Some(organisation) = content.config.organisation.as_ref() else { return Html::default() };
    let name = organisation.name.get(code).map_or("", String::as_str);
    html! {
        <div class="offered-by">
            if let Some(logo) = &organisation.logo {
                <img class="organisation-logo" src={logo.file.clone()} alt={logo.alt.get(code).cloned().unwrap_or_default()} />
            }
            <p>{ text.ui_with(Ui::OfferedBy, &[("organisation", name)]) }</p>
            if let Some(contact) = organisation.contact.get(code) {
                <p class="organisation-contact">{ contact }</p>
            }
        </div>
    }
}

/// A function rather than a component: it keeps no state, and each component type costs about a kilobyte
/// of wasm.
pub fn welcome(content: &Content, props: &WelcomeProps) -> Html {
    let (text, bank, a) = (&content.text, &content.bank, &props.assessment);
    let progress = a.plan(bank).map(|plan| answered_in(bank, &plan, &a.answers));
    html! {
        <section class="welcome">
            <h1 id="screen-heading" tabindex="-1">{ text.ui(Ui::WelcomeTitle) }</h1>
            <p class="lead">{ text.ui(Ui::WelcomeIntro) }</p>
            { offered_by(content) }
            <ul class="facts">
                <li>{ text.ui(Ui::WelcomeBasis) }</li>
                <li>{ text.ui(Ui::WelcomeDuration) }</li>
                <li>{ content.privacy(Ui::WelcomePrivacy) }</li>
            </ul>
            if a.has_progress() {
                if let Some((answered, total)) = progress {
                    <p>{ text.ui_count(Ui::WelcomeResumeSummary, total,
                        &[("answered", &text.integer(answered))]) }</p>
                }
                <div class="actions">
                    <button type="button" class="button-primary" onclick={send(&props.dispatch, Action::Resume)}>
                        { text.ui(Ui::WelcomeResume) }
                    </button>
                </div>
                { start_over(text, send(&props.dispatch, Action::StartOver)) }
            } else {
                <div class="actions">
                    <button type="button" class="button-primary" onclick={send(&props.dispatch, Action::Start)}>
                        { text.ui(Ui::WelcomeStart) }
                    </button>
                </div>
            }
            { props.import.clone() }
            // The trainer view is another module: the page's loader starts it at `#workshop`.
            if !content.in_platform {
                <p class="welcome-workshop"><a href="#workshop">{ text.ui(Ui::WelcomeWorkshop) }</a></p>
            }
        </section>
    }
}
