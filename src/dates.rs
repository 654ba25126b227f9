//! Dates as a facilitator types them: `2026-12-15`, `15/12/2026` or
//! `5/1/2027` (day first, as dates are written in much of East Africa), or
//! `today`, `+7` (days), `+2w` (weeks) — the same in the program's forms and
//! on the command line. Whatever is typed, the date is stored as ISO
//! (`YYYY-MM-DD`), so files and reports never depend on how it was written.

use chrono::{Duration, NaiveDate};

/// What to type, for help lines and error messages.
pub const DATE_FORMS: &str = "YYYY-MM-DD or DD/MM/YYYY, today, +7 (days), +2w (weeks)";

/// Reads a typed date: `YYYY-MM-DD`, `DD/MM/YYYY` (also `D/M/YYYY`),
/// `today`, `+N` days or `+Nw` weeks.
pub fn parse_date(s: &str, today: NaiveDate) -> Option<NaiveDate> {
    let s = s.trim().to_lowercase();
    if s == "today" {
        return Some(today);
    }
    if let Some(rest) = s.strip_prefix('+') {
        let (n, unit) = match rest.strip_suffix('w') {
            Some(n) => (n, 7),
            None => (rest.strip_suffix('d').unwrap_or(rest), 1),
        };
        let n: i64 = n.trim().parse().ok()?;
        return today.checked_add_signed(Duration::try_days(n.checked_mul(unit)?)?);
    }
    if let Some(date) = day_first(&s) {
        return Some(date);
    }
    NaiveDate::parse_from_str(&s, "%Y-%m-%d").ok()
}

/// `15/01/2027` or `5/1/2027`: day, month, then a four-digit year. A
/// two-digit year is refused rather than guessed (is `27` 1927 or 2027?).
fn day_first(s: &str) -> Option<NaiveDate> {
    let parts: Vec<&str> = s.split('/').collect();
    let [d, m, y] = parts.as_slice() else {
        return None;
    };
    let digits = |p: &str, lengths: std::ops::RangeInclusive<usize>| {
        lengths.contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit())
    };
    if !digits(d, 1..=2) || !digits(m, 1..=2) || !digits(y, 4..=4) {
        return None;
    }
    NaiveDate::from_ymd_opt(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_typed_plainly() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
        let date = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);
        assert_eq!(parse_date("2026-12-15", today), date(2026, 12, 15));
        assert_eq!(parse_date("today", today), Some(today));
        assert_eq!(parse_date("+7", today), date(2026, 12, 4));
        assert_eq!(parse_date("+2w", today), date(2026, 12, 11));
        assert_eq!(parse_date("2026-02-30", today), None);
        assert_eq!(parse_date("next week", today), None);
        assert_eq!(parse_date("+99999999999999", today), None);
    }

    #[test]
    fn day_first_dates_as_written_in_east_africa() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
        let date = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);
        assert_eq!(parse_date("15/01/2027", today), date(2027, 1, 15));
        assert_eq!(parse_date("5/1/2027", today), date(2027, 1, 5));
        assert_eq!(parse_date(" 05/1/2027 ", today), date(2027, 1, 5));
        // The day comes first: 01/02 is the first of February.
        assert_eq!(parse_date("01/02/2027", today), date(2027, 2, 1));
        assert_eq!(parse_date("31/02/2027", today), None);
        assert_eq!(parse_date("15/13/2027", today), None);
        assert_eq!(parse_date("15/01/27", today), None);
        assert_eq!(parse_date("15/01/2027/1", today), None);
        assert_eq!(parse_date("1a/01/2027", today), None);
        assert_eq!(parse_date("/01/2027", today), None);
    }
}
