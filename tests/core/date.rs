use skills_radar::core::date::{civil_from_days, day_from_ms, days_from_civil, iso_from_ms, ms_from_iso};

/// Instants worked out independently (`date -u -d ... +%s`), in ms, and how they are written.
const KNOWN: [(u64, &str); 8] = [
    (0, "1970-01-01T00:00:00Z"),
    (951_782_400_000, "2000-02-29T00:00:00Z"),
    (946_684_799_000, "1999-12-31T23:59:59Z"),
    (1_795_416_607_000, "2026-11-23T06:50:07Z"),
    (1_772_323_200_000, "2026-03-01T00:00:00Z"),
    (1_577_836_800_000, "2020-01-01T00:00:00Z"),
    (4_102_444_800_000, "2100-01-01T00:00:00Z"),
    (253_402_300_799_000, "9999-12-31T23:59:59Z"),
];

#[test]
fn known_instants_are_written_as_iso() {
    for (ms, iso) in KNOWN {
        assert_eq!(iso_from_ms(ms), iso, "{ms}");
        assert_eq!(ms_from_iso(iso), Some(ms), "{iso}");
    }
}

#[test]
fn milliseconds_are_dropped_when_written() {
    assert_eq!(iso_from_ms(1_795_416_607_999), "2026-11-23T06:50:07Z");
    assert_eq!(iso_from_ms(999), "1970-01-01T00:00:00Z");
}

#[test]
fn day_is_the_date_part() {
    assert_eq!(day_from_ms(1_795_416_607_000), "2026-11-23");
    assert_eq!(day_from_ms(951_868_799_999), "2000-02-29");
    assert_eq!(day_from_ms(951_868_800_000), "2000-03-01");
}

#[test]
fn civil_days_known_values() {
    assert_eq!(civil_from_days(0), (1970, 1, 1));
    assert_eq!(civil_from_days(-1), (1969, 12, 31));
    assert_eq!(civil_from_days(11_016), (2000, 2, 29));
    assert_eq!(days_from_civil(2000, 3, 1), 11_017);
    assert_eq!(days_from_civil(1970, 1, 1), 0);
}

#[test]
fn civil_days_round_trip_and_follow_each_other() {
    let mut expected = civil_from_days(-800_000);
    for days in -800_000..=3_000_000 {
        let ymd = civil_from_days(days);
        assert_eq!(ymd, expected, "day {days}");
        assert_eq!(days_from_civil(ymd.0, ymd.1, ymd.2), days);
        // The next day, by the calendar rules, not by the algorithm.
        let (y, m, d) = ymd;
        let leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
        let length = match m {
            2 if leap => 29,
            2 => 28,
            4 | 6 | 9 | 11 => 30,
            _ => 31,
        };
        expected = if d < length {
            (y, m, d + 1)
        } else if m < 12 {
            (y, m + 1, 1)
        } else {
            (y + 1, 1, 1)
        };
    }
}

#[test]
fn many_instants_round_trip_to_the_second() {
    // Steps that are not a whole number of days, minutes or seconds, up to the year 9999.
    let last = ms_from_iso("9999-12-31T23:59:59Z").unwrap();
    let mut ms = 0u64;
    let mut count = 0;
    while ms <= last {
        let iso = iso_from_ms(ms);
        assert_eq!(ms_from_iso(&iso), Some(ms - ms % 1000), "{ms} -> {iso}");
        ms += 7_777_777_777 + count % 1000;
        count += 1;
    }
    assert!(count > 30_000);
}

#[test]
fn misshapen_text_is_refused() {
    for text in [
        "",
        "2026-11-23",
        "2026-11-23T06:50Z",
        "2026-11-23T06:50:07",
        "2026-11-23T06:50:07z",
        "2026-11-23t06:50:07Z",
        "2026-11-23 06:50:07Z",
        "2026/11/23T06:50:07Z",
        "2026-11-23T06:50:07.000Z",
        "2026-11-23T06:50:07+00:00",
        "2026-11-23T06:50:07Zx",
        " 2026-11-23T06:50:07Z",
        "2026-11-23T06:50:07Z ",
        "26-11-23T06:50:07Z",
        "+026-11-23T06:50:07Z",
        "2026-+1-23T06:50:07Z",
        "2026-11-23T-6:50:07Z",
        "2026-1a-23T06:50:07Z",
        "２０２６-11-23T06:50:07Z",
        "2026-11-2éT06:50:07Z",
    ] {
        assert_eq!(ms_from_iso(text), None, "{text:?}");
    }
}

#[test]
fn impossible_dates_and_times_are_refused() {
    for text in [
        "2026-13-01T00:00:00Z",
        "2026-00-10T00:00:00Z",
        "2026-01-00T00:00:00Z",
        "2026-02-30T00:00:00Z",
        "2026-02-29T00:00:00Z",
        "2100-02-29T00:00:00Z",
        "2026-04-31T00:00:00Z",
        "2026-01-32T00:00:00Z",
        "2026-11-23T24:00:00Z",
        "2026-11-23T06:60:00Z",
        "2026-11-23T06:50:60Z",
        "1969-12-31T23:59:59Z",
        "0000-01-01T00:00:00Z",
    ] {
        assert_eq!(ms_from_iso(text), None, "{text:?}");
    }
    // Leap days that exist.
    assert!(ms_from_iso("2024-02-29T00:00:00Z").is_some());
    assert!(ms_from_iso("2400-02-29T00:00:00Z").is_some());
}
