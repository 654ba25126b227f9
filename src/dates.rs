//! Dates as a facilitator types them: `2026-12-15`, or `today`, `+7` (days),
//! `+2w` (weeks) — the same in the program's forms and on the command line.

use chrono::{Duration, NaiveDate};

/// Reads a typed date: `YYYY-MM-DD`, `today`, `+N` days or `+Nw` weeks.
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
    NaiveDate::parse_from_str(&s, "%Y-%m-%d").ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_typed_plainly() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
        assert_eq!(
            parse_date("2026-12-15", today),
            NaiveDate::from_ymd_opt(2026, 12, 15)
        );
        assert_eq!(parse_date("today", today), Some(today));
        assert_eq!(
            parse_date("+7", today),
            NaiveDate::from_ymd_opt(2026, 12, 4)
        );
        assert_eq!(
            parse_date("+2w", today),
            NaiveDate::from_ymd_opt(2026, 12, 11)
        );
        assert_eq!(parse_date("2026-02-30", today), None);
        assert_eq!(parse_date("next week", today), None);
        assert_eq!(parse_date("+99999999999999", today), None);
    }
}
