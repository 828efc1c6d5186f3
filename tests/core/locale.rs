use skills_radar::core::locale::{negotiate, Language, Plural};

#[test]
fn tags_match_by_primary_subtag_in_any_case() {
    assert_eq!(Language::from_tag("fr"), Some(Language::Fr));
    assert_eq!(Language::from_tag("fr-CA"), Some(Language::Fr));
    assert_eq!(Language::from_tag("AR-eg"), Some(Language::Ar));
    assert_eq!(Language::from_tag("en_GB"), Some(Language::En));
    assert_eq!(Language::from_tag("de"), None);
    assert_eq!(Language::from_tag("fra"), None);
    assert_eq!(Language::from_tag(""), None);
}

#[test]
fn the_first_preferred_language_the_app_speaks_wins() {
    assert_eq!(negotiate(None, &["de-DE", "fr-FR", "en"], Language::ALL), Language::Fr);
    assert_eq!(negotiate(None, &["ar-MA", "fr"], Language::ALL), Language::Ar);
    assert_eq!(negotiate(None, &["de", "es"], Language::ALL), Language::En);
    assert_eq!(negotiate::<&str>(None, &[], Language::ALL), Language::En);
}

#[test]
fn a_remembered_choice_beats_the_browser() {
    assert_eq!(negotiate(Some("ar"), &["fr-FR"], Language::ALL), Language::Ar);
    assert_eq!(negotiate(Some("en"), &["fr-FR"], Language::ALL), Language::En);
    // A remembered value the app does not know (edited, or from a later version) is ignored.
    assert_eq!(negotiate(Some("xx"), &["fr-FR"], Language::ALL), Language::Fr);
}

#[test]
fn only_offered_languages_are_chosen() {
    // An organisation offering French and Arabic, in that order.
    let offered = [Language::Fr, Language::Ar];
    assert_eq!(negotiate(Some("en"), &["en-GB", "ar"], &offered), Language::Ar);
    assert_eq!(negotiate(Some("en"), &["en-GB", "de"], &offered), Language::Fr);
    assert_eq!(negotiate(Some("ar"), &["fr"], &offered), Language::Ar);
    assert_eq!(negotiate(None, &["ar-EG"], &[Language::En]), Language::En);
}

#[test]
fn only_arabic_runs_right_to_left() {
    assert_eq!(Language::Ar.dir(), "rtl");
    assert_eq!(Language::En.dir(), "ltr");
    assert_eq!(Language::Fr.dir(), "ltr");
}

#[test]
fn english_plurals() {
    assert_eq!(Language::En.plural(0), Plural::Other);
    assert_eq!(Language::En.plural(1), Plural::One);
    assert_eq!(Language::En.plural(2), Plural::Other);
}

#[test]
fn french_plurals_put_zero_with_one() {
    assert_eq!(Language::Fr.plural(0), Plural::One);
    assert_eq!(Language::Fr.plural(1), Plural::One);
    assert_eq!(Language::Fr.plural(2), Plural::Other);
    assert_eq!(Language::Fr.plural(132), Plural::Other);
}

#[test]
fn arabic_plurals_follow_cldr() {
    let cases = [
        (0, Plural::Zero),
        (1, Plural::One),
        (2, Plural::Two),
        (3, Plural::Few),
        (10, Plural::Few),
        (11, Plural::Many),
        (26, Plural::Many),
        (99, Plural::Many),
        (100, Plural::Other),
        (101, Plural::Other),
        (102, Plural::Other),
        (103, Plural::Few),
        (111, Plural::Many),
        (132, Plural::Many),
        (1000, Plural::Other),
    ];
    for (n, form) in cases {
        assert_eq!(Language::Ar.plural(n), form, "{n}");
    }
}

#[test]
fn every_plural_a_language_picks_is_one_its_files_give() {
    for &language in Language::ALL {
        for n in 0..1200 {
            assert!(language.plural_categories().contains(&language.plural(n)), "{language:?} {n}");
        }
    }
}

#[test]
fn numbers_are_written_the_locales_way() {
    assert_eq!(Language::En.localize_number("3.5"), "3.5");
    assert_eq!(Language::Fr.localize_number("3.5"), "3,5");
    assert_eq!(Language::Ar.localize_number("3.5"), "٣٫٥");
    assert_eq!(Language::Ar.integer(1024), "١٠٢٤");
    assert_eq!(Language::Fr.integer(12), "12");
    assert_eq!(Language::En.localize_number("-0.5"), "\u{2212}0.5");
}

#[test]
fn a_screen_is_shown_in_the_wanted_language_else_the_one_shown_so_far_else_waits() {
    use skills_radar::core::locale::{shown_in, ShownIn, TextsStatus::*};
    for status in [NotRequested, Loading, Unreachable, Invalid] {
        assert_eq!(shown_in(true, true, status), ShownIn::Wanted, "ready wins, {status:?}");
        assert_eq!(shown_in(true, false, status), ShownIn::Wanted);
    }
    // A switch in progress keeps the page in the language it shows; a failed one says so.
    assert_eq!(shown_in(false, true, NotRequested), ShownIn::StandIn { failed: false });
    assert_eq!(shown_in(false, true, Loading), ShownIn::StandIn { failed: false });
    assert_eq!(shown_in(false, true, Unreachable), ShownIn::StandIn { failed: true });
    assert_eq!(shown_in(false, true, Invalid), ShownIn::StandIn { failed: true });
    // Nothing to stand in (the first screen, or the bank's texts after Start): wait, or show the failure.
    assert_eq!(shown_in(false, false, NotRequested), ShownIn::Missing(Loading));
    assert_eq!(shown_in(false, false, Loading), ShownIn::Missing(Loading));
    assert_eq!(shown_in(false, false, Unreachable), ShownIn::Missing(Unreachable));
    assert_eq!(shown_in(false, false, Invalid), ShownIn::Missing(Invalid));
}
