//! Calendar dates from and to milliseconds since the Unix epoch, in UTC, without a date library: the app
//! only writes and reads `YYYY-MM-DDTHH:MM:SSZ` and shows a day.

/// Days since 1970-01-01 to (year, month 1-12, day 1-31), proleptic Gregorian (H. Hinnant's algorithm).
pub fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

/// (year, month, day) to days since 1970-01-01.
pub fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn two(n: u32) -> String {
    format!("{}{}", n / 10, n % 10)
}

/// `2026-11-23T06:50:07Z`, to the second.
pub fn iso_from_ms(ms: u64) -> String {
    let secs = ms / 1000;
    let (year, month, day) = civil_from_days((secs / 86_400) as i64);
    let t = (secs % 86_400) as u32;
    format!("{year:04}-{}-{}T{}:{}:{}Z", two(month), two(day), two(t / 3600), two(t / 60 % 60), two(t % 60))
}

/// The day of an instant: `2026-11-23`, the form dates are shown in.
pub fn day_from_ms(ms: u64) -> String {
    super::json::part(&iso_from_ms(ms), ..10).to_string()
}

/// Reads `YYYY-MM-DDTHH:MM:SSZ` (what `iso_from_ms` writes) back to milliseconds; anything else is `None`.
pub fn ms_from_iso(text: &str) -> Option<u64> {
    let b = text.as_bytes();
    if b.len() != 20 || b[4] != b'-' || b[7] != b'-' || b[10] != b'T' || b[13] != b':' || b[16] != b':' || b[19] != b'Z'
    {
        return None;
    }
    let num = |from: usize, to: usize| -> Option<u32> {
        let part = text.get(from..to)?;
        if part.bytes().all(|c| c.is_ascii_digit()) {
            part.parse().ok()
        } else {
            None
        }
    };
    let (year, month, day) = (num(0, 4)?, num(5, 7)?, num(8, 10)?);
    let (hour, minute, second) = (num(11, 13)?, num(14, 16)?, num(17, 19)?);
    if !(1970..=9999).contains(&year)
        || !(1..=12).contains(&month)
        || day == 0
        || hour > 23
        || minute > 59
        || second > 59
    {
        return None;
    }
    let days = days_from_civil(i64::from(year), month, day);
    // A day that does not exist in its month (2026-02-30) does not come back to itself.
    if civil_from_days(days) != (i64::from(year), month, day) {
        return None;
    }
    let secs = u64::try_from(days).ok()? * 86_400 + u64::from(hour * 3600 + minute * 60 + second);
    Some(secs * 1000)
}
