//! Times written as chrono writes them, faster: every dot and every audit
//! entry has one, so a large session's file holds ten thousand of them.
//!
//! chrono's `Serialize` for `DateTime` writes RFC 3339 (seconds with a
//! fraction only when there is one, "Z" for UTC, the offset to the minute)
//! one character at a time through `fmt`; that was about two fifths of
//! encoding a large session. Here the usual case (a year of four digits) is
//! written into a small buffer and handed over as one string; anything else
//! is handed to chrono. The text is chrono's exactly (a test compares the
//! two over arbitrary times), so files do not change.

use serde::{Serialize, Serializer};

use super::Timestamp;

/// For `#[serde(serialize_with = "…")]` on a [`Timestamp`] field.
pub fn serialize<S: Serializer>(at: &Timestamp, s: S) -> Result<S::Ok, S::Error> {
    let mut text = [0u8; 40];
    match write(at, &mut text) {
        Some(len) => s.serialize_str(
            std::str::from_utf8(&text[..len]).expect("digits and ASCII punctuation"),
        ),
        None => at.serialize(s),
    }
}

fn two(out: &mut [u8], at: usize, v: u32) {
    out[at] = b'0' + (v / 10) as u8;
    out[at + 1] = b'0' + (v % 10) as u8;
}

/// chrono's `write_rfc3339(.., SecondsFormat::AutoSi, use_z: true)` of the
/// local time, or `None` for a year outside 0–9999.
fn write(at: &Timestamp, out: &mut [u8; 40]) -> Option<usize> {
    use chrono::{Datelike, Timelike};
    let local = at.naive_local();
    let year = local.year();
    if !(0..=9999).contains(&year) {
        return None;
    }
    let year = year as u32;
    two(out, 0, year / 100);
    two(out, 2, year % 100);
    out[4] = b'-';
    two(out, 5, local.month());
    out[7] = b'-';
    two(out, 8, local.day());
    out[10] = b'T';
    let (mut second, mut nano) = (local.second(), local.nanosecond());
    // A leap second is kept as nanoseconds past 1e9.
    if nano >= 1_000_000_000 {
        second += 1;
        nano -= 1_000_000_000;
    }
    two(out, 11, local.hour());
    out[13] = b':';
    two(out, 14, local.minute());
    out[16] = b':';
    two(out, 17, second);
    let mut len = 19;
    let digits = match nano {
        0 => 0,
        n if n % 1_000_000 == 0 => 3,
        n if n % 1_000 == 0 => 6,
        _ => 9,
    };
    if digits > 0 {
        out[len] = b'.';
        let mut fraction = nano / 10u32.pow(9 - digits);
        for i in (0..digits as usize).rev() {
            out[len + 1 + i] = b'0' + (fraction % 10) as u8;
            fraction /= 10;
        }
        len += 1 + digits as usize;
    }
    let offset = at.offset().local_minus_utc();
    if offset == 0 {
        out[len] = b'Z';
        return Some(len + 1);
    }
    out[len] = if offset < 0 { b'-' } else { b'+' };
    // Rounded to the minute, as chrono does.
    let minutes = (offset.unsigned_abs() + 30) / 60;
    two(out, len + 1, minutes / 60);
    out[len + 3] = b':';
    two(out, len + 4, minutes % 60);
    Some(len + 6)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, TimeZone};
    use proptest::prelude::*;

    /// The string chrono's own `Serialize` hands a serializer, as ron
    /// writes it (in quotes).
    fn chronos(at: &Timestamp) -> String {
        ron::to_string(at).unwrap()
    }

    fn ours(at: &Timestamp) -> String {
        struct Wrapped<'a>(&'a Timestamp);
        impl Serialize for Wrapped<'_> {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                serialize(self.0, s)
            }
        }
        ron::to_string(&Wrapped(at)).unwrap()
    }

    fn at(days: i64, seconds: u32, nano: u32, offset: i32) -> Option<Timestamp> {
        let date = NaiveDate::from_num_days_from_ce_opt(i32::try_from(days).ok()?)?;
        let time = NaiveTime::from_num_seconds_from_midnight_opt(seconds, nano)?;
        let offset = FixedOffset::east_opt(offset)?;
        offset
            .from_local_datetime(&NaiveDateTime::new(date, time))
            .single()
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(5000))]

        #[test]
        fn every_time_is_written_as_chrono_writes_it(
            days in prop_oneof![700_000i64..750_000, -400_000i64..4_000_000],
            seconds in prop_oneof![0u32..86_400, Just(86_399)],
            nano in prop_oneof![
                Just(0u32),
                (0u32..1000).prop_map(|m| m * 1_000_000),
                (0u32..1_000_000).prop_map(|u| u * 1000),
                0u32..2_000_000_000,
            ],
            offset in prop_oneof![
                Just(0i32),
                (-24i32..=24).prop_map(|h| h * 1800),
                -86_399i32..86_400,
            ],
        ) {
            if let Some(t) = at(days, seconds, nano, offset) {
                prop_assert_eq!(ours(&t), chronos(&t));
            }
        }
    }

    #[test]
    fn a_workshop_time_reads_as_ever() {
        let t = DateTime::parse_from_rfc3339("2026-11-27T10:42:07+03:00").unwrap();
        assert_eq!(ours(&t), "\"2026-11-27T10:42:07+03:00\"");
        assert_eq!(ours(&t), chronos(&t));
    }
}
