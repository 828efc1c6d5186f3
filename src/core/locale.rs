//! The languages the app speaks and what differs between them beyond the words: writing direction,
//! plural rules and how numbers are written. Which language a person gets is decided here too.

/// Where the person's choice of language is remembered, apart from the assessment: it outlives "Start over".
pub const CHOICE_KEY: &str = "skills-radar.language";

/// A language the interface and the bank are written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Language {
    En,
    Fr,
    Ar,
}

/// A CLDR plural category. Locale files give one text per category their language uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Plural {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

impl Plural {
    pub fn key(self) -> &'static str {
        match self {
            Plural::Zero => "zero",
            Plural::One => "one",
            Plural::Two => "two",
            Plural::Few => "few",
            Plural::Many => "many",
            Plural::Other => "other",
        }
    }
}

impl Language {
    pub const ALL: &'static [Language] = &[Language::En, Language::Fr, Language::Ar];

    /// The BCP 47 code, as used in `lang` attributes and locale folder names.
    pub fn code(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::Fr => "fr",
            Language::Ar => "ar",
        }
    }

    /// The language's own name for itself, shown in the language switch whatever the current language.
    pub fn autonym(self) -> &'static str {
        match self {
            Language::En => "English",
            Language::Fr => "Français",
            Language::Ar => "العربية",
        }
    }

    pub fn is_rtl(self) -> bool {
        self == Language::Ar
    }

    /// The value of the `dir` attribute for text in this language.
    pub fn dir(self) -> &'static str {
        if self.is_rtl() {
            "rtl"
        } else {
            "ltr"
        }
    }

    /// The language of a tag such as `fr-CA` or `AR`, by its primary subtag.
    pub fn from_tag(tag: &str) -> Option<Language> {
        let primary = tag.split(['-', '_']).next().unwrap_or("");
        Language::ALL.iter().copied().find(|l| l.code().eq_ignore_ascii_case(primary))
    }

    /// The plural categories this language distinguishes (CLDR), in the order locale files list them.
    pub fn plural_categories(self) -> &'static [Plural] {
        match self {
            Language::En | Language::Fr => &[Plural::One, Plural::Other],
            Language::Ar => &[Plural::Zero, Plural::One, Plural::Two, Plural::Few, Plural::Many, Plural::Other],
        }
    }

    /// The plural category of a count (CLDR cardinal rules for whole numbers).
    pub fn plural(self, n: u64) -> Plural {
        match self {
            Language::En if n == 1 => Plural::One,
            Language::Fr if n <= 1 => Plural::One,
            Language::En | Language::Fr => Plural::Other,
            Language::Ar => match (n, n % 100) {
                (0, _) => Plural::Zero,
                (1, _) => Plural::One,
                (2, _) => Plural::Two,
                (_, 3..=10) => Plural::Few,
                (_, 11..=99) => Plural::Many,
                _ => Plural::Other,
            },
        }
    }

    /// Rewrites a number written with ASCII digits, `.` and `-` the way this language writes it:
    /// a decimal comma in French, Arabic-Indic digits and the Arabic decimal separator in Arabic
    /// (as `Intl.NumberFormat("ar")` does), and a real minus sign.
    pub fn localize_number(self, ascii: &str) -> String {
        ascii
            .chars()
            .map(|c| match (self, c) {
                (Language::Ar, '0'..='9') => char::from_u32(0x0660 + (c as u32 - '0' as u32)).unwrap_or(c),
                (Language::Ar, '.') => '\u{066B}',
                (Language::Fr, '.') => ',',
                (_, '-') => '\u{2212}',
                _ => c,
            })
            .collect()
    }

    /// Only the digits rewritten, for dates and codes, whose `-` is not a minus sign.
    pub fn localize_digits(self, ascii: &str) -> String {
        match self {
            Language::Ar => {
                ascii
                    .chars()
                    .map(|c| {
                        if c.is_ascii_digit() {
                            char::from_u32(0x0660 + (c as u32 - '0' as u32)).unwrap_or(c)
                        } else {
                            c
                        }
                    })
                    .collect()
            }
            _ => ascii.to_string(),
        }
    }

    /// A whole number as this language writes it.
    pub fn integer(self, n: usize) -> String {
        self.localize_number(&n.to_string())
    }
}

/// The language to open in, among those offered (`config.json` may offer fewer): the person's own earlier
/// choice, else the first of the browser's preferred languages offered, else the first offered.
pub fn negotiate<S: AsRef<str>>(remembered: Option<&str>, preferred: &[S], offered: &[Language]) -> Language {
    let offered_tag = |tag: &str| Language::from_tag(tag).filter(|l| offered.contains(l));
    remembered
        .and_then(offered_tag)
        .or_else(|| preferred.iter().find_map(|tag| offered_tag(tag.as_ref())))
        .or_else(|| offered.first().copied())
        .unwrap_or(Language::En)
}

/// Where fetching a language's texts stands, as far as choosing what to show is concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextsStatus {
    NotRequested,
    Loading,
    /// The network failed: worth another try.
    Unreachable,
    /// A file arrived but does not match the interface or the bank.
    Invalid,
}

/// What a screen is shown in while the person's language is being fetched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ShownIn {
    /// The wanted language: its texts for this screen are here.
    Wanted,
    /// The language shown so far stands in, so a switch never blanks the screen; `failed` when the
    /// wanted one could not be loaded (the page says so and offers to try again).
    StandIn { failed: bool },
    /// Nothing can be shown yet: a loading screen, or the failure with a retry.
    Missing(TextsStatus),
}

/// Chooses what a screen is shown in. `wanted_ready`: the wanted language's texts for this screen are here;
/// `other_ready`: a language shown earlier, not the wanted one, has them.
pub fn shown_in(wanted_ready: bool, other_ready: bool, status: TextsStatus) -> ShownIn {
    if wanted_ready {
        return ShownIn::Wanted;
    }
    let failed = matches!(status, TextsStatus::Unreachable | TextsStatus::Invalid);
    if other_ready {
        return ShownIn::StandIn { failed };
    }
    ShownIn::Missing(if status == TextsStatus::NotRequested { TextsStatus::Loading } else { status })
}
