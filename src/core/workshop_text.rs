//! The trainer view's texts, one file per language (`content/locales/<lang>/workshop.json`), fetched only by
//! the trainer view (`app::workshop`): participants never download them. Checked at load like the
//! interface's: a missing or extra key, in any plural form the language needs, is an error naming the file.

use super::locale::Language;
use super::map::Map;
use super::text::{add_key, check_keys, fill, fill_count, parse_texts, text_keys, Keys};
use super::validate::ContentError;

text_keys! {
    /// A key of the trainer view's texts.
    Wk {
        Title => "workshop.title",
        Intro => "workshop.intro",
        Back => "workshop.back",
        Privacy => "workshop.privacy",
        StorageBlocked => "workshop.storage-blocked",
        StorageFailed => "workshop.storage-failed",
        NewHeading => "workshop.new.heading",
        NameLabel => "workshop.name.label",
        NameHint => "workshop.name.hint",
        MinLabel => "workshop.min.label",
        MinHint => "workshop.min.hint",
        Create => "workshop.create",
        NameEmpty => "workshop.name.empty",
        NameTaken => "workshop.name.taken",
        KeptHeading => "workshop.kept.heading",
        KeptNone => "workshop.kept.none",
        KeptItem => "workshop.kept.item",
        Open => "workshop.open",
        Delete => "workshop.delete",
        DeleteConfirm => "workshop.delete.confirm",
        DeleteYes => "workshop.delete.yes",
        Cancel => "workshop.cancel",
        Close => "workshop.close",
        End => "workshop.end",
        JoinHeading => "workshop.join.heading",
        JoinHint => "workshop.join.hint",
        JoinQr => "workshop.join.qr",
        CollectHeading => "workshop.collect.heading",
        PasteLabel => "workshop.paste.label",
        PasteHint => "workshop.paste.hint",
        PasteAdd => "workshop.paste.add",
        FilesLabel => "workshop.files.label",
        FilesHint => "workshop.files.hint",
        CameraStart => "workshop.camera.start",
        CameraStop => "workshop.camera.stop",
        CameraOn => "workshop.camera.on",
        CameraStarting => "workshop.camera.starting",
        CameraDenied => "workshop.camera.denied",
        CameraNone => "workshop.camera.none",
        CameraFailed => "workshop.camera.failed",
        CameraVideo => "workshop.camera.video",
        Count => "workshop.count",
        Added => "workshop.added",
        RefusedHeading => "workshop.refused.heading",
        RefusedDuplicate => "workshop.refused.duplicate",
        RefusedNoLink => "workshop.refused.no-link",
        SourcePasted => "workshop.source.pasted",
        SourceScan => "workshop.source.scan",
        PictureHeading => "workshop.picture.heading",
        Waiting => "workshop.waiting",
        ChartTitle => "workshop.chart.title",
        ChartDescription => "workshop.chart.description",
        LegendMedian => "workshop.legend.median",
        LegendBand => "workshop.legend.band",
        LegendTarget => "workshop.legend.target",
        LegendBefore => "workshop.legend.before",
        TableCaption => "workshop.table.caption",
        ColNumber => "workshop.col.number",
        ColArea => "workshop.col.area",
        ColAnswered => "workshop.col.answered",
        ColMedian => "workshop.col.median",
        ColQ1 => "workshop.col.q1",
        ColQ3 => "workshop.col.q3",
        ColLevel => "workshop.col.level",
        ColTarget => "workshop.col.target",
        Fewer => "workshop.fewer",
        NotShared => "workshop.not-shared",
        SummaryHeading => "workshop.summary.heading",
        SummaryStrongest => "workshop.summary.strongest",
        SummaryWidest => "workshop.summary.widest",
        SummaryFocus => "workshop.summary.focus",
        SummaryNoFocus => "workshop.summary.no-focus",
        SummaryFew => "workshop.summary.few",
        ListSeparator => "workshop.list.separator",
        ListLast => "workshop.list.last",
        FocusHeading => "workshop.focus.heading",
        FocusGap => "workshop.focus.gap",
        MixHeading => "workshop.mix.heading",
        MixCaption => "workshop.mix.caption",
        MixGroup => "workshop.mix.group",
        MixCount => "workshop.mix.count",
        MixLeaders => "workshop.mix.leaders",
        ProjectorOpen => "workshop.projector.open",
        ProjectorClose => "workshop.projector.close",
        ProjectorKeys => "workshop.projector.keys",
        SectionChart => "workshop.section.chart",
        SectionTable => "workshop.section.table",
        SectionFocus => "workshop.section.focus",
        ExportHeading => "workshop.export.heading",
        ExportNote => "workshop.export.note",
        ExportCsv => "workshop.export.csv",
        ExportSvg => "workshop.export.svg",
        ExportPng => "workshop.export.png",
        ExportPrint => "workshop.export.print",
        ExportFailed => "workshop.export.failed",
        CompareHeading => "workshop.compare.heading",
        CompareLabel => "workshop.compare.label",
        CompareNone => "workshop.compare.none",
        CompareCaption => "workshop.compare.caption",
        CompareChange => "workshop.compare.change",
        CompareHidden => "workshop.compare.hidden",
        CompareNothing => "workshop.compare.nothing",
    }
}

impl Wk {
    /// Texts with a count: one text per plural category of the language, under `<key>.<category>`.
    pub const PLURAL: &'static [Wk] = &[Wk::KeptItem, Wk::Count, Wk::Added, Wk::Waiting];
}

/// Where the built app serves a language's trainer-view texts (before content hashing).
pub fn path(language: Language) -> String {
    format!("locales/{}/workshop.json", language.code())
}

/// The file they come from in the repository.
pub fn file(language: Language) -> String {
    format!("content/{}", path(language))
}

/// Every key a language's file must have.
pub fn keys(language: Language) -> Keys {
    let mut keys = Keys::new();
    for &key in Wk::ALL {
        add_key(&mut keys, language, key.key(), Wk::PLURAL.contains(&key));
    }
    keys
}

/// The trainer view's texts in one language.
#[derive(Debug, Clone, PartialEq)]
pub struct WorkshopTexts {
    pub language: Language,
    texts: Map<String>,
}

impl WorkshopTexts {
    /// Reads and checks a language's file.
    pub fn read(language: Language, file: &str, json: &str) -> Result<WorkshopTexts, Vec<ContentError>> {
        let texts = parse_texts(file, json).map_err(|e| vec![e])?;
        let mut errors = Vec::new();
        check_keys(file, &texts, &keys(language), &mut errors);
        if errors.is_empty() {
            Ok(WorkshopTexts { language, texts })
        } else {
            Err(errors)
        }
    }

    pub fn get(&self, key: Wk) -> &str {
        // Load-time validation guarantees the key; the key itself is a visible, harmless fallback.
        self.texts.get(key.key()).map(String::as_str).unwrap_or(key.key())
    }

    pub fn with(&self, key: Wk, args: &[(&str, &str)]) -> String {
        fill(self.get(key), args)
    }

    /// A text with a count, in the plural form the language uses for it, `{count}` in its digits.
    pub fn count(&self, key: Wk, count: usize, args: &[(&str, &str)]) -> String {
        fill_count(&self.texts, self.language, key.key(), count, args)
    }

    /// Names joined as the language lists them: "A, B and C".
    pub fn list(&self, names: &[String]) -> String {
        match names {
            [] => String::new(),
            [one] => one.clone(),
            [init @ .., last] => {
                [init.join(self.get(Wk::ListSeparator)).as_str(), self.get(Wk::ListLast), last].concat()
            }
        }
    }
}
