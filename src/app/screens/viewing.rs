//! A result opened from a shared link or a file, shown read-only and labelled as such. It never changes the
//! person's own assessment unless they choose to make an imported result their own.

use crate::app::dom;
use crate::app::screens::results::result_view;
use crate::app::widgets::confirm::{confirm, ConfirmProps};
use crate::app::widgets::radar_chart::Drawing;
use crate::core::content::Content;
use crate::core::record::{Imported, ResultRecord};
use crate::core::text::Ui;
use crate::core::wizard::Action;
use yew::prelude::*;

#[derive(Debug, Clone, PartialEq)]
pub enum Source {
    /// From a link someone shared, with the number of answers left out (to statements gone since).
    Shared { dropped: usize },
    /// From a file the person opened, with the number of answers left out.
    Imported { dropped: usize },
}

#[derive(Debug, Clone, PartialEq)]
pub struct Viewing {
    pub record: ResultRecord,
    pub source: Source,
}

/// The result being viewed, if any, and what can be done with it.
pub struct ViewingState {
    pub current: Option<Viewing>,
    /// A file was read: show it.
    pub on_import: Callback<Imported>,
    /// A shared link was read: show it.
    pub on_shared: Callback<Imported>,
    /// Back to the person's own assessment, the address without its shared result.
    pub on_close: Callback<()>,
    /// Make the viewed result the person's own assessment.
    pub on_restore: Callback<()>,
}

#[hook]
pub fn use_viewing(dispatch: Callback<Action>) -> ViewingState {
    let viewing = use_state(|| None::<Viewing>);
    let on_import = {
        let viewing = viewing.clone();
        Callback::from(move |imported: Imported| {
            let source = Source::Imported { dropped: imported.dropped };
            viewing.set(Some(Viewing { record: imported.record, source }))
        })
    };
    let on_shared = {
        let viewing = viewing.clone();
        Callback::from(move |shared: Imported| {
            let source = Source::Shared { dropped: shared.dropped };
            viewing.set(Some(Viewing { record: shared.record, source }))
        })
    };
    let on_close = {
        let viewing = viewing.clone();
        Callback::from(move |()| {
            dom::clear_address_fragment();
            viewing.set(None);
        })
    };
    let on_restore = {
        let (viewing, on_close) = (viewing.clone(), on_close.clone());
        Callback::from(move |()| {
            if let Some(v) = &*viewing {
                dispatch.emit(Action::Restore(Box::new(v.record.clone())));
            }
            on_close.emit(());
        })
    };
    ViewingState { current: (*viewing).clone(), on_import, on_shared, on_close, on_restore }
}

pub struct ViewingProps {
    pub viewing: Viewing,
    /// Whether the person has an assessment of their own that a restore would replace.
    pub has_own: bool,
    pub on_close: Callback<()>,
    pub on_restore: Callback<()>,
    pub chart: Drawing,
}

/// A function rather than a component: it keeps no state, and each component type costs about a kilobyte
/// of wasm.
pub fn viewing_screen(content: &Content, props: &ViewingProps) -> Html {
    let text = &content.text;
    let record = &props.viewing.record;
    let date = text.day(record.completed_ms);
    let (title, intro) = match props.viewing.source {
        Source::Shared { .. } => (Ui::ViewSharedTitle, Ui::ViewSharedIntro),
        Source::Imported { .. } => (Ui::ViewImportedTitle, Ui::ViewImportedIntro),
    };
    let (Source::Imported { dropped } | Source::Shared { dropped }) = props.viewing.source;
    html! {
        <section class={classes!("results", "viewing")}>
            <p class="viewing-banner" role="note">{ text.ui(title) }</p>
            <h1 id="screen-heading" tabindex="-1">{ text.ui(title) }</h1>
            <p class="lead">{ text.ui_with(intro, &[("date", &date)]) }</p>
            if dropped > 0 {
                <p class="note">{ text.ui_count(Ui::ImportDropped, dropped, &[]) }</p>
            }
            <div class="actions">
                if matches!(props.viewing.source, Source::Imported { .. }) {
                    if props.has_own {
                        { confirm(ConfirmProps {
                            id: "restore",
                            button: text.ui(Ui::ViewRestore),
                            title: text.ui(Ui::ViewRestoreTitle),
                            body: text.ui(Ui::ViewRestoreBody),
                            confirm: text.ui(Ui::ViewRestoreConfirm),
                            cancel: text.ui(Ui::ViewRestoreCancel),
                            on_confirm: props.on_restore.clone(),
                            primary: true,
                            details: Html::default(),
                            safe: false,
                        }) }
                    } else {
                        <button type="button" class="button-primary" onclick={props.on_restore.reform(|_| ())}>
                            { text.ui(Ui::ViewRestore) }
                        </button>
                    }
                }
                <button type="button" class="button-secondary" onclick={props.on_close.reform(|_| ())}>
                    { text.ui(Ui::ViewClose) }
                </button>
            </div>
            { result_view(content, record, None, None, &props.chart) }
        </section>
    }
}
