//! Every user-visible string goes through a [`Catalog`]: interface texts by the typed key [`Ui`], bank
//! texts by keys derived from bank identifiers. Loading checks that a language has exactly the keys the
//! interface and the bank need, so a missing or extra text fails at load and in tests, never silently.

use super::bank::{Bank, LayerKind, ProfessionGroup};
use super::json::part;
use super::locale::Language;
use super::map::Map;
use super::read::{At, Fault};
use super::validate::{ContentError, LEVELS};
use std::collections::BTreeSet;

/// A typed key enum over a list of `Variant => "key"` pairs, with `ALL` and `key()`: the interface's [`Ui`]
/// here, the trainer view's in `core::workshop_text`.
macro_rules! text_keys {
    ($(#[$doc:meta])* $name:ident { $($variant:ident => $key:literal,)* }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum $name { $($variant,)* }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant,)*];

            pub fn key(self) -> &'static str {
                match self { $($name::$variant => $key,)* }
            }
        }
    };
}
pub(crate) use text_keys;

text_keys! {
    /// A key of the interface catalog (`content/locales/<lang>/ui.json`).
    Ui {
        AppTitle => "app.title",
        SkipToContent => "app.skip-to-content",
        OpenInTab => "app.open-in-tab",
        OfferedBy => "app.offered-by",
        FooterAttribution => "footer.attribution",
        FooterPaperTitle => "footer.paper-title",
        FooterPrivacy => "footer.privacy",
        WelcomeTitle => "welcome.title",
        WelcomeIntro => "welcome.intro",
        WelcomeBasis => "welcome.basis",
        WelcomeDuration => "welcome.duration",
        WelcomePrivacy => "welcome.privacy",
        WelcomeStart => "welcome.start",
        WelcomeWorkshop => "welcome.workshop",
        WelcomeResume => "welcome.resume",
        WelcomeResumeSummary => "welcome.resume-summary",
        StartOver => "start-over.button",
        StartOverTitle => "start-over.title",
        StartOverBody => "start-over.body",
        StartOverConfirm => "start-over.confirm",
        StartOverCancel => "start-over.cancel",
        AboutTitle => "about.title",
        AboutIntro => "about.intro",
        AboutProfessionLegend => "about.profession.legend",
        AboutProfessionNone => "about.profession.none",
        AboutProfessionNoneDescription => "about.profession.none-description",
        AboutLeadsLegend => "about.leads.legend",
        AboutLeadsYes => "about.leads.yes",
        AboutLeadsYesDescription => "about.leads.yes-description",
        AboutLeadsNo => "about.leads.no",
        AboutFoundationLegend => "about.foundation.legend",
        AboutFoundationYes => "about.foundation.yes",
        AboutFoundationYesDescription => "about.foundation.yes-description",
        AboutFoundationNo => "about.foundation.no",
        AboutMissing => "about.missing",
        NavBack => "nav.back",
        NavNext => "nav.next",
        NavOverview => "nav.overview",
        NavResults => "nav.results",
        ProgressLabel => "progress.label",
        ProgressLayer => "progress.layer",
        ProgressArea => "progress.area",
        ProgressStatement => "progress.statement",
        ProgressAnswered => "progress.answered",
        LayerIntroAreas => "layer-intro.areas",
        LayerIntroCount => "layer-intro.count",
        QuestionHelp => "question.help",
        QuestionScaleHint => "question.scale-hint",
        QuestionProfileHint => "question.profile-hint",
        OverviewTitle => "overview.title",
        OverviewIntro => "overview.intro",
        OverviewLayerProgress => "overview.layer-progress",
        OverviewOpen => "overview.open",
        OverviewEditProfile => "overview.edit-profile",
        OverviewReturn => "overview.return",
        ResultsTitle => "results.title",
        ResultsIntro => "results.intro",
        ResultsUnanswered => "results.unanswered",
        ResultsNoOccasion => "results.no-occasion",
        ResultsChartTitle => "results.chart-title",
        ResultsChartDescription => "results.chart-description",
        ResultsLegendYou => "results.legend-you",
        ResultsLegendTarget => "results.legend-target",
        ResultsLegendLayers => "results.legend-layers",
        ResultsTableCaption => "results.table-caption",
        ResultsTargetsNote => "results.targets-note",
        ResultsColNumber => "results.col-number",
        ResultsColLayer => "results.col-layer",
        ResultsColArea => "results.col-area",
        ResultsColScore => "results.col-score",
        ResultsColTarget => "results.col-target",
        ResultsColGap => "results.col-gap",
        ResultsColAnswered => "results.col-answered",
        ResultsAnsweredOf => "results.answered-of",
        ResultsNotRated => "results.not-rated",
        ResultsNoTarget => "results.no-target",
        ResultsTargetMet => "results.target-met",
        ResultsSummaryTitle => "results.summary-title",
        ResultsStrengthsTitle => "results.strengths-title",
        ResultsStrengthsNone => "results.strengths-none",
        ResultsLeaningsTitle => "results.leanings-title",
        ResultsLeaningsIntro => "results.leanings-intro",
        ResultsFocusTitle => "results.focus-title",
        ResultsFocusIntro => "results.focus-intro",
        ResultsFocusNone => "results.focus-none",
        ResultsFocusGap => "results.focus-gap",
        ResultsResourcesTitle => "results.resources-title",
        ResultsResourceMeta => "results.resource-meta",
        ResultsOpensNewTab => "results.opens-new-tab",
        ResultsReview => "results.review",
        ResourceKindGuide => "resource-kind.guide",
        ResourceKindStandard => "resource-kind.standard",
        ResourceKindCourse => "resource-kind.course",
        ResourceKindReport => "resource-kind.report",
        ResourceKindVideo => "resource-kind.video",
        ResourceKindCommunity => "resource-kind.community",
        ResourceKindEvent => "resource-kind.event",
        ResourceKindTool => "resource-kind.tool",
        ResourceOwn => "results.resource-own",
        ResultsChartPreparing => "results.chart-preparing",
        ResultsChartFailed => "results.chart-failed",
        ResultsResourceIn => "results.resource-in",
        ResourceMinutes => "results.resource-minutes",
        HandOffPreviewTitle => "hand-off.preview-title",
        HandOffPreview => "hand-off.preview",
        HandOffContent => "hand-off.content",
        HandOffSend => "hand-off.send",
        HandOffCancel => "hand-off.cancel",
        HandOffSent => "hand-off.sent",
        HandOffFailed => "hand-off.failed",
        LanguageNameEn => "language-name.en",
        LanguageNameFr => "language-name.fr",
        LanguageNameAr => "language-name.ar",
        LanguageLabel => "language.label",
        LanguageFailed => "language.failed",
        StorageUnavailable => "storage.unavailable",
        StorageUnreadable => "saving.unreadable",
        StorageFuture => "saving.future",
        StorageDropped => "saving.dropped",
        StorageWriteFailed => "saving.write-failed",
        PlatformPrivacy => "platform.privacy",
        PlatformNotSaving => "platform.not-saving",
        PlatformNotRecorded => "platform.not-recorded",
        // Rare notices, in the later texts: when one is shown, those are fetched.
        StorageFull => "saving.full",
        StorageUnreadableLeft => "saving.unreadable-left",
        StorageOtherTab => "saving.other-tab",
        ContinueTitle => "continue.title",
        ContinueIntro => "continue.intro",
        ContinueLinkLabel => "continue.link-label",
        ContinueNewTab => "continue.new-tab",
        ContinueQr => "continue.qr",
        ContinueOpened => "continue.opened",
        StorageRestored => "storage.restored",
        NoticeDismiss => "notice.dismiss",
        TextsLoading => "texts.loading",
        TextsFailed => "texts.failed",
        TextsRetry => "texts.retry",
        ToolsFailedTitle => "tools.failed-title",
        ToolsFailed => "tools.failed",
        ToolsOpening => "tools.opening",
        ToolsPreparing => "tools.preparing",
        ToolsPreparingHistory => "tools.preparing-history",
        UpdateReady => "update.ready",
        UpdateApply => "update.apply",
        ContentErrorTitle => "content-error.title",
        ContentErrorIntro => "content-error.intro",
        ConfigErrorTitle => "config-error.title",
        ConfigErrorIntro => "config-error.intro",
        ResultsCompletedOn => "results.completed-on",
        KeepTitle => "keep.title",
        KeepIntro => "keep.intro",
        KeepJson => "keep.json",
        KeepJsonHint => "keep.json-hint",
        KeepCsv => "keep.csv",
        KeepSvg => "keep.svg",
        KeepPng => "keep.png",
        KeepPrint => "keep.print",
        KeepFailed => "keep.failed",
        ShareTitle => "share.title",
        ShareIntro => "share.intro",
        ShareLinkLabel => "share.link-label",
        ShareCopy => "share.copy",
        ShareCopied => "share.copied",
        ShareCopyFailed => "share.copy-failed",
        ShareQr => "share.qr",
        ShareShowCode => "share.show-code",
        ShareShowCodeNote => "share.show-code-note",
        ShareShowCodeClose => "share.show-code-close",
        CompareToggle => "compare.toggle",
        CompareLegend => "compare.legend",
        ResultsColChange => "results.col-change",
        HistoryTitle => "history.title",
        HistoryIntro => "history.intro",
        HistoryItem => "history.item",
        HistoryCurrent => "history.current",
        HistoryDelete => "history.delete",
        HistoryDeleteLabel => "history.delete-label",
        HistoryBackedUp => "history.backed-up",
        HistoryNotBackedUp => "history.not-backed-up",
        HistoryKept => "history.kept",
        HistoryTrimmed => "history.trimmed",
        HistoryWriteFailed => "history.write-failed",
        DeleteAllButton => "delete-all.button",
        DeleteAllTitle => "delete-all.title",
        DeleteAllBody => "delete-all.body",
        DeleteAllConfirm => "delete-all.confirm",
        DeleteAllCancel => "delete-all.cancel",
        DeleteAllDone => "delete-all.done",
        PlanTitle => "plan.title",
        PlanChoose => "plan.choose",
        PlanNoteLabel => "plan.note-label",
        PlanNoteHint => "plan.note-hint",
        PlanStatusLegend => "plan.status-legend",
        PlanStatusNone => "plan.status-none",
        PlanStatusPlanned => "plan.status-planned",
        PlanStatusDone => "plan.status-done",
        PlanEmpty => "plan.empty",
        ImportLabel => "import.label",
        ImportHint => "import.hint",
        ImportDropped => "view.dropped",
        ReadTooLarge => "read.too-large",
        ReadLinkTooLong => "read.link-too-long",
        ReadMissing => "read.missing",
        ReadRepeated => "read.repeated",
        ReadFieldVersion => "read.field.version",
        ReadFieldBankVersion => "read.field.bank-version",
        ReadFieldDate => "read.field.date",
        ReadFieldProfile => "read.field.profile",
        ReadFieldProfession => "read.field.profession",
        ReadFieldAnswers => "read.field.answers",
        ReadFieldAnswer => "read.field.answer",
        ReadFieldScores => "read.field.scores",
        ReadFieldPlan => "read.field.plan",
        ReadFieldOther => "read.field.other",
        ReadNotText => "read.not-text",
        ReadNotJson => "read.not-json",
        ReadNotAResult => "read.not-a-result",
        ReadFuture => "read.future",
        ReadMalformed => "read.malformed",
        ReadInvalid => "read.invalid",
        ReadTampered => "read.tampered",
        ReadChecksum => "read.checksum",
        ReadTruncated => "read.truncated",
        ReadOtherBank => "read.other-bank",
        ViewSharedTitle => "view.shared-title",
        ViewSharedIntro => "view.shared-intro",
        ViewImportedTitle => "view.imported-title",
        ViewImportedIntro => "view.imported-intro",
        ViewRestore => "view.restore",
        ViewRestoreTitle => "view.restore-title",
        ViewRestoreBody => "view.restore-body",
        ViewRestoreConfirm => "view.restore-confirm",
        ViewRestoreCancel => "view.restore-cancel",
        ViewClose => "view.close",
    }
}

impl Ui {
    /// Texts that contain a count: the locale file gives one text per plural category of its language,
    /// under `<key>.<category>` (`layer-intro.count.one`), and the count fills `{count}`.
    pub const PLURAL: &'static [Ui] = &[
        Ui::WelcomeResumeSummary,
        Ui::ProgressAnswered,
        Ui::LayerIntroCount,
        Ui::ResultsUnanswered,
        Ui::ResultsNoOccasion,
        Ui::StorageDropped,
        Ui::ImportDropped,
        Ui::HistoryKept,
        Ui::HistoryTrimmed,
        Ui::ResourceMinutes,
    ];

    pub fn is_plural(self) -> bool {
        Ui::PLURAL.contains(&self)
    }

    /// Whether the first screen can need this text: the page's frame, the welcome screen, notices and error
    /// messages, in `ui.json`. The other interface texts (`screens.json`) come with the bank's texts when
    /// the person starts, so the first screen waits for fewer bytes.
    pub fn on_first_screen(self) -> bool {
        const FIRST: &[&str] = &[
            "app.",
            "footer.",
            "welcome.",
            "start-over.",
            "language.",
            "language-name.",
            "storage.",
            "notice.",
            "texts.",
            "content-error.",
            "import.",
            "update.",
        ];
        FIRST.iter().any(|prefix| self.key().starts_with(prefix))
    }

    /// The name of `language` as the interface writes it inside a sentence.
    pub fn language_name(language: Language) -> Ui {
        match language {
            Language::En => Ui::LanguageNameEn,
            Language::Fr => Ui::LanguageNameFr,
            Language::Ar => Ui::LanguageNameAr,
        }
    }
}

/// The texts of one language: interface and bank.
#[derive(Debug, Clone, PartialEq)]
pub struct Catalog {
    pub language: Language,
    ui: Map<String>,
    bank: Map<String>,
}

fn is_placeholder_name(name: &str) -> bool {
    !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
}

/// Splits a template into literal text and `{name}` placeholders. A brace that does not open a
/// well-formed name is literal text.
fn segments(template: &str) -> impl Iterator<Item = (&str, bool)> {
    let mut rest = template;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let mut search_from = 0;
        while let Some(open) = part(rest, search_from..).find('{').map(|i| i + search_from) {
            let after = part(rest, open + 1..);
            let close = after.find(['}', '{']);
            if let Some(close) = close.filter(|&c| after.as_bytes()[c] == b'}' && is_placeholder_name(part(after, ..c)))
            {
                if open > 0 {
                    let literal = part(rest, ..open);
                    rest = part(rest, open..);
                    return Some((literal, false));
                }
                let name = part(after, ..close);
                rest = part(after, close + 1..);
                return Some((name, true));
            }
            search_from = open + 1;
        }
        let literal = rest;
        rest = "";
        Some((literal, false))
    })
}

/// Replaces each `{name}` in `template` by its value; unknown placeholders are left as they are.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    for (part, is_name) in segments(template) {
        match (is_name, args.iter().find(|(k, _)| *k == part)) {
            (true, Some((_, value))) => out.push_str(value),
            (true, None) => {
                out.push('{');
                out.push_str(part);
                out.push('}');
            }
            (false, _) => out.push_str(part),
        }
    }
    out
}

/// The text of `key` in `texts` with a count: the plural form `language` uses for `count` (`<key>.<category>`),
/// with `{count}` filled in the language's digits; the key itself if the text is missing.
pub(crate) fn fill_count(
    texts: &Map<String>,
    language: Language,
    key: &str,
    count: usize,
    args: &[(&str, &str)],
) -> String {
    let form = [key, ".", language.plural(count as u64).key()].concat();
    let template = texts.get(&form).map(String::as_str).unwrap_or(key);
    let count = language.integer(count);
    let mut all = vec![("count", count.as_str())];
    all.extend_from_slice(args);
    fill(template, &all)
}

/// Adds `key` to `keys`: once, or once per plural category of `language` when it holds a count.
pub(crate) fn add_key(keys: &mut Keys, language: Language, key: &str, plural: bool) {
    if plural {
        for form in language.plural_categories() {
            keys.add(format!("{key}.{}", form.key()));
        }
    } else {
        keys.add(key.to_string());
    }
}

/// The placeholder names a template uses.
pub fn placeholders(template: &str) -> BTreeSet<&str> {
    segments(template).filter(|(_, is_name)| *is_name).map(|(name, _)| name).collect()
}

impl Catalog {
    pub fn ui(&self, key: Ui) -> &str {
        // Load-time validation guarantees the key; the key itself is a visible, harmless fallback.
        self.ui.get(key.key()).map(String::as_str).unwrap_or(key.key())
    }

    pub fn ui_with(&self, key: Ui, args: &[(&str, &str)]) -> String {
        fill(self.ui(key), args)
    }

    /// A text with a count: the plural form the language uses for `count`, with `{count}` filled in the
    /// language's digits.
    pub fn ui_count(&self, key: Ui, count: usize, args: &[(&str, &str)]) -> String {
        fill_count(&self.ui, self.language, key.key(), count, args)
    }

    /// The day of an instant (`2026-11-23`) in this language's digits, isolated (U+2068…U+2069) so that it
    /// reads year, month, day inside a right-to-left sentence too.
    pub fn day(&self, ms: u64) -> String {
        ["\u{2068}", &self.language.localize_digits(&super::date::day_from_ms(ms)), "\u{2069}"].concat()
    }

    /// A whole number in this language's digits.
    pub fn integer(&self, n: usize) -> String {
        self.language.integer(n)
    }

    /// A number written with ASCII digits and `.`, as this language writes it.
    pub fn number(&self, ascii: &str) -> String {
        self.language.localize_number(ascii)
    }

    pub fn bank(&self, key: &str) -> &str {
        self.bank.get(key).map(String::as_str).unwrap_or("")
    }

    pub fn layer_name(&self, id: &str) -> &str {
        self.bank_key(&["layer.", id, ".name"])
    }

    pub fn area_name(&self, id: &str) -> &str {
        self.bank_key(&["area.", id, ".name"])
    }

    /// Looks up a bank key built from parts, such as `["area.", id, ".name"]`.
    pub fn bank_key(&self, parts: &[&str]) -> &str {
        let key = parts.concat();
        match self.bank.get(&key) {
            Some(text) => text,
            // Load-time validation guarantees the key; a missing one shows nothing rather than a raw key.
            None => "",
        }
    }
}

/// Every bank text key a language must provide for `bank`, as listed in `content/SCHEMA.md`.
/// A set of keys: a map to nothing, the one keyed collection type the app uses.
pub type Keys = Map<()>;

pub fn bank_text_keys(bank: &Bank) -> Keys {
    let mut keys = Keys::new();
    // Each kind of layer the bank has rates on its own scale: `scale.<kind>.<level>`.
    for &kind in LayerKind::ALL {
        if bank.layers.iter().any(|l| l.kind == kind) {
            for level in LEVELS {
                keys.add(format!("scale.{}.{level}.label", kind.key()));
                keys.add(format!("scale.{}.{level}.descriptor", kind.key()));
            }
        }
    }
    for answer in ["na", "no-occasion"] {
        keys.add(format!("scale.{answer}.label"));
        keys.add(format!("scale.{answer}.descriptor"));
    }
    for &group in ProfessionGroup::ALL {
        if bank.professions.iter().any(|p| p.group == group) {
            keys.add(format!("profession-group.{}.name", group.key()));
        }
    }
    for p in &bank.professions {
        keys.add(format!("profession.{}.name", p.id));
        keys.add(format!("profession.{}.description", p.id));
    }
    for layer in &bank.layers {
        for field in ["name", "intro", "why"] {
            keys.add(format!("layer.{}.{field}", layer.id));
        }
        for area in &layer.areas {
            keys.add(format!("area.{}.name", area.id));
            keys.add(format!("area.{}.description", area.id));
            for st in &area.statements {
                keys.add(format!("statement.{}.text", st.id));
                keys.add(format!("statement.{}.help", st.id));
            }
        }
    }
    // The organisation's own resources have no texts in the language files.
    for res in bank.resources.iter().filter(|r| !r.own) {
        keys.add(format!("resource.{}.description", res.id));
    }
    keys
}

/// Parses a flat `{ "key": "text" }` locale file.
pub fn parse_texts(file: &str, json: &str) -> Result<Map<String>, ContentError> {
    let error = |place: String, problem: String| ContentError { file: file.to_string(), place, problem };
    let value = super::json::parse(json).map_err(|e| error(e.place(), format!("not valid JSON: {}", e.problem)))?;
    let root = At::root(&value);
    let texts = root.entries().map_err(|f| error(f.place, format!("a locale file {}", f.problem)))?;
    // The parser has refused repeated keys, so sorting once loses nothing.
    let mut entries = Vec::new();
    for (key, text) in texts {
        let text = text.string().map_err(|f: Fault| error(format!("key \"{}\"", f.place), f.problem))?;
        entries.push((key.to_string(), text));
    }
    Ok(Map::from_entries(entries))
}

pub(crate) fn check_keys(file: &str, texts: &Map<String>, expected: &Keys, errors: &mut Vec<ContentError>) {
    for key in expected.keys() {
        match texts.get(key.as_str()) {
            None => errors.push(ContentError {
                file: file.into(),
                place: format!("key \"{key}\""),
                problem: "missing".into(),
            }),
            Some(text) if text.trim().is_empty() => errors.push(ContentError {
                file: file.into(),
                place: format!("key \"{key}\""),
                problem: "text is empty".into(),
            }),
            Some(_) => {}
        }
    }
    for key in texts.keys().filter(|k| !expected.contains_key(k)) {
        errors.push(ContentError {
            file: file.into(),
            place: format!("key \"{key}\""),
            problem: "is not used by the application or the bank; remove it or fix its name".into(),
        });
    }
}

/// Every interface key a language must provide: one per [`Ui`] key, or one per plural category.
pub fn interface_keys(language: Language) -> Keys {
    keys_where(language, |_| true)
}

/// The interface keys of `ui.json`: those the first screen can need.
pub fn first_screen_keys(language: Language) -> Keys {
    keys_where(language, Ui::on_first_screen)
}

/// The interface keys of `screens.json`: every other screen's.
pub fn screen_keys(language: Language) -> Keys {
    keys_where(language, |key| !key.on_first_screen())
}

fn keys_where(language: Language, wanted: fn(Ui) -> bool) -> Keys {
    let mut keys = Keys::new();
    for &key in Ui::ALL.iter().filter(|&&key| wanted(key)) {
        add_key(&mut keys, language, key.key(), key.is_plural());
    }
    keys
}

impl Catalog {
    /// The texts of `keys` this catalog has (interface keys first, then bank keys), as JSON:
    /// `{"language": "fr", "ui": {...}, "bank": {...}}`.
    pub(crate) fn subset(&self, ui: &[Ui], bank: &[String]) -> String {
        use super::json::Value;
        let pick = |map: &Map<String>, keys: &mut dyn Iterator<Item = &str>| {
            Value::object(
                keys.filter_map(|k| Some((k.to_string(), Value::string(map.get(k)?.clone())))).collect::<Vec<_>>(),
            )
        };
        Value::object([
            ("language", Value::string(self.language.code())),
            ("ui", pick(&self.ui, &mut ui.iter().map(|k| k.key()))),
            ("bank", pick(&self.bank, &mut bank.iter().map(String::as_str))),
        ])
        .write()
    }

    /// A catalog from [`Catalog::subset`]'s text; `None` if it is not one.
    pub(crate) fn from_subset(text: &str) -> Option<Catalog> {
        let value = super::json::parse(text).ok()?;
        let language = Language::from_tag(value.get("language")?.as_str()?)?;
        let map = |name: &str| -> Option<Map<String>> {
            let members = value.get(name)?.members()?;
            Some(Map::from_entries(
                members.iter().filter_map(|(k, v)| Some((k.clone(), v.as_str()?.to_string()))).collect(),
            ))
        };
        Some(Catalog { language, ui: map("ui")?, bank: map("bank")? })
    }

    /// A catalog with the first screen's interface texts only, checked against [`Ui`]; the rest come later.
    pub fn interface(language: Language, (file, ui): (&str, Map<String>)) -> Result<Catalog, Vec<ContentError>> {
        let mut errors = Vec::new();
        check_keys(file, &ui, &first_screen_keys(language), &mut errors);
        if errors.is_empty() {
            Ok(Catalog { language, ui, bank: Map::new() })
        } else {
            Err(errors)
        }
    }

    /// This catalog with the other screens' interface texts and the bank's texts added, each checked:
    /// against [`Ui`] and against the keys `bank` needs.
    pub fn with_later_texts(
        &self,
        (screens_file, screens): (&str, Map<String>),
        (file, texts): (&str, Map<String>),
        bank: &Bank,
    ) -> Result<Catalog, Vec<ContentError>> {
        let mut errors = Vec::new();
        check_keys(screens_file, &screens, &screen_keys(self.language), &mut errors);
        check_keys(file, &texts, &bank_text_keys(bank), &mut errors);
        if !errors.is_empty() {
            return Err(errors);
        }
        let mut ui = self.ui.clone();
        for (key, text) in screens {
            ui.insert(key, text);
        }
        Ok(Catalog { language: self.language, ui, bank: texts })
    }

    pub fn has_bank_texts(&self) -> bool {
        !self.bank.is_empty()
    }

    /// A catalog with no texts yet: what the app holds while a language's interface texts are on their way.
    pub fn none(language: Language) -> Catalog {
        Catalog { language, ui: Map::new(), bank: Map::new() }
    }

    pub fn has_interface(&self) -> bool {
        !self.ui.is_empty()
    }
}

/// Builds a language's full catalog from every interface text in one map (as tests and tools hold them)
/// and the bank's texts, checking it has exactly the keys the interface and `bank` need. Reports the
/// problems of both together; a missing or extra interface key is reported against `ui`'s file.
pub fn build_catalog(
    language: Language,
    (ui_file, ui): (&str, Map<String>),
    bank_texts: (&str, Map<String>),
    bank: &Bank,
) -> Result<Catalog, Vec<ContentError>> {
    let (mut first, mut screens) = (Map::new(), Map::new());
    let later = screen_keys(language);
    for (key, text) in ui {
        if later.contains_key(&key) {
            screens.insert(key, text)
        } else {
            first.insert(key, text)
        };
    }
    let interface = Catalog::interface(language, (ui_file, first));
    let empty = Catalog::none(language);
    let full = interface.as_ref().unwrap_or(&empty).with_later_texts((ui_file, screens), bank_texts, bank);
    match (interface, full) {
        (Ok(_), Ok(full)) => Ok(full),
        (interface, full) => {
            Err(interface.err().unwrap_or_default().into_iter().chain(full.err().unwrap_or_default()).collect())
        }
    }
}
