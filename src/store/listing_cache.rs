//! The listing cache's file format: one line per session file, its fields
//! separated by tabs, after a header line that names the format's version.
//! The lines are in the list's order, so the first frame decodes only the
//! first screenful ([`decode_first`]) and the rest is decoded behind it.
//!
//! It is read at every start, before the first frame, so it is made to be
//! read fast: a RON cache of 1,000 sessions took about a quarter of the start
//! to parse; these lines are split and parsed without building a tree.
//! Dates and times are written as numbers (days, seconds, nanoseconds and
//! the offset), so a summary reads back exactly as it was written. A tab,
//! a line break or a backslash in a text is written as a backslash escape.
//!
//! A cache of another version, or one with any line that does not read, is
//! not used at all (the listing is rebuilt from the files): never half
//! trusted, never misread.

use chrono::{DateTime, FixedOffset, NaiveDate};

use super::listing::Summary;
use crate::model::{Stage, Timestamp};

/// Bumped whenever the format or [`Summary`] changes: an index of another
/// version (the RON caches of versions 1 to 3 included, and version 4,
/// whose lines were in file-name order) is rebuilt rather than misread.
pub const INDEX_VERSION: u32 = 5;

/// The first line of a cache of this version.
fn header() -> String {
    format!("baraza-index {INDEX_VERSION}")
}

/// What identifies one version of a file without reading it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Stamp {
    pub len: u64,
    pub modified_ns: u64,
}

/// One file of the folder as the cache remembers it.
#[derive(Clone, Debug, PartialEq)]
pub struct IndexEntry {
    pub file: String,
    pub stamp: Stamp,
    pub summary: Result<Summary, String>,
}

/// The cache's text for `entries`.
pub fn encode<'e>(
    entries: impl IntoIterator<Item = (&'e str, Stamp, &'e Result<Summary, String>)>,
) -> String {
    let mut out = header();
    out.push('\n');
    let mut count = 0usize;
    for (file, stamp, summary) in entries {
        let mut fields: Vec<String> = vec![
            escape(file),
            stamp.len.to_string(),
            stamp.modified_ns.to_string(),
        ];
        match summary {
            Ok(s) => {
                fields.extend([
                    "ok".to_string(),
                    escape(&s.id),
                    escape(&s.title),
                    escape(&s.location),
                    s.date.to_string_days(),
                    s.updated.timestamp().to_string(),
                    s.updated.timestamp_subsec_nanos().to_string(),
                    s.updated.offset().local_minus_utc().to_string(),
                    stage_index(s.stage).to_string(),
                    s.problems.to_string(),
                    s.votes.to_string(),
                    s.actions.to_string(),
                    match &s.previous {
                        None => "-".to_string(),
                        Some(p) => format!("+{}", escape(p)),
                    },
                ]);
                fields.extend(s.facilitators.iter().map(|f| escape(f)));
            }
            Err(why) => fields.extend(["err".to_string(), escape(why)]),
        }
        out.push_str(&fields.join("\t"));
        out.push('\n');
        count += 1;
    }
    out.push_str(&format!("end\t{count}\n"));
    out
}

/// The entries of a cache's text; `None` for a cache of another version or
/// one that is damaged anywhere. The last line counts the entries, so a
/// cache cut short (a full disk, a copy interrupted) is refused too.
pub fn decode(text: &str) -> Option<Vec<IndexEntry>> {
    let (lines, count) = lines_of(text)?;
    let entries = lines.map(entry).collect::<Option<Vec<_>>>()?;
    (entries.len() == count).then_some(entries)
}

/// The first `n` entries of a cache's text (all of them if it has fewer),
/// without reading the rest: `None` if the cache is of another version, is
/// cut short, or one of those lines is damaged. A line damaged further on
/// is found by [`decode`], behind the first frame, and the cache then goes
/// unused.
pub fn decode_first(text: &str, n: usize) -> Option<Vec<IndexEntry>> {
    let (lines, _) = lines_of(text)?;
    lines.take(n).map(entry).collect()
}

/// How many entries the cache's last line says it holds, if its header and
/// last line are this version's.
pub fn count(text: &str) -> Option<usize> {
    lines_of(text).map(|(_, count)| count)
}

/// The entry lines of a cache's text and the count its last line gives,
/// once its first line is this version's header and its last is the count:
/// two looks at its ends, not a pass over it.
fn lines_of(text: &str) -> Option<(std::str::SplitTerminator<'_, char>, usize)> {
    let (first, rest) = text.split_once('\n')?;
    if first != header() {
        return None;
    }
    let before_end = rest.strip_suffix('\n')?;
    let (body, last) = match before_end.rfind('\n') {
        Some(at) => (&rest[..=at], &before_end[at + 1..]),
        None => ("", before_end),
    };
    let count: usize = last.strip_prefix("end\t")?.parse().ok()?;
    Some((body.split_terminator('\n'), count))
}

fn entry(line: &str) -> Option<IndexEntry> {
    let mut fields = line.split('\t');
    let mut next = || fields.next();
    let file = unescape(next()?)?;
    let stamp = Stamp {
        len: next()?.parse().ok()?,
        modified_ns: next()?.parse().ok()?,
    };
    let summary = match next()? {
        "ok" => {
            let id = unescape(next()?)?;
            let title = unescape(next()?)?;
            let location = unescape(next()?)?;
            let date = NaiveDate::from_num_days_from_ce_opt(next()?.parse().ok()?)?;
            let updated = timestamp(next()?, next()?, next()?)?;
            let stage = *Stage::ALL.get(next()?.parse::<usize>().ok()?)?;
            let problems = next()?.parse().ok()?;
            let votes = next()?.parse().ok()?;
            let actions = next()?.parse().ok()?;
            let previous = match next()? {
                "-" => None,
                p => Some(unescape(p.strip_prefix('+')?)?),
            };
            let facilitators = std::iter::from_fn(&mut next)
                .map(unescape)
                .collect::<Option<Vec<String>>>()?;
            Ok(Summary {
                id,
                title,
                location,
                date,
                updated,
                stage,
                facilitators,
                problems,
                votes,
                actions,
                previous,
            })
        }
        "err" => {
            let why = unescape(next()?)?;
            if next().is_some() {
                return None;
            }
            Err(why)
        }
        _ => return None,
    };
    Some(IndexEntry {
        file,
        stamp,
        summary,
    })
}

fn timestamp(secs: &str, nanos: &str, offset: &str) -> Option<Timestamp> {
    let utc = DateTime::from_timestamp(secs.parse().ok()?, nanos.parse().ok()?)?;
    Some(utc.with_timezone(&FixedOffset::east_opt(offset.parse().ok()?)?))
}

fn stage_index(stage: Stage) -> usize {
    Stage::ALL
        .iter()
        .position(|s| *s == stage)
        .expect("every stage is in Stage::ALL")
}

trait Days {
    fn to_string_days(&self) -> String;
}

impl Days for NaiveDate {
    /// The date as its day number, which reads back exactly for any year.
    fn to_string_days(&self) -> String {
        chrono::Datelike::num_days_from_ce(self).to_string()
    }
}

/// `text` with its tabs, line breaks and backslashes escaped, so it is one
/// field of one line.
fn escape(text: &str) -> String {
    if !text.contains(['\\', '\t', '\n', '\r']) {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len() + 4);
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c => out.push(c),
        }
    }
    out
}

/// The text [`escape`] was given; `None` for an escape it never writes.
fn unescape(field: &str) -> Option<String> {
    if !field.contains('\\') {
        return Some(field.to_string());
    }
    let mut out = String::with_capacity(field.len());
    let mut chars = field.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        out.push(match chars.next()? {
            '\\' => '\\',
            't' => '\t',
            'n' => '\n',
            'r' => '\r',
            _ => return None,
        });
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn summary_strategy() -> impl Strategy<Value = Summary> {
        let text = || any::<String>();
        (
            (text(), text(), text(), -400_000i32..4_000_000),
            (any::<i32>(), 0u32..1_000_000_000, -86_399i32..86_400),
            (0usize..6, any::<usize>(), any::<usize>(), any::<usize>()),
            (
                proptest::option::of(text()),
                proptest::collection::vec(text(), 0..4),
            ),
        )
            .prop_map(
                |(
                    (id, title, location, days),
                    (secs, nanos, off),
                    (stage, p, v, a),
                    (prev, facs),
                )| {
                    Summary {
                        id,
                        title,
                        location,
                        date: NaiveDate::from_num_days_from_ce_opt(days).unwrap(),
                        updated: DateTime::from_timestamp(i64::from(secs), nanos)
                            .unwrap()
                            .with_timezone(&FixedOffset::east_opt(off).unwrap()),
                        stage: Stage::ALL[stage],
                        facilitators: facs,
                        problems: p,
                        votes: v,
                        actions: a,
                        previous: prev,
                    }
                },
            )
    }

    fn entry_strategy() -> impl Strategy<Value = IndexEntry> {
        (
            any::<String>(),
            any::<u64>(),
            any::<u64>(),
            prop_oneof![
                summary_strategy().prop_map(Ok),
                any::<String>().prop_map(Err)
            ],
        )
            .prop_map(|(file, len, modified_ns, summary)| IndexEntry {
                file,
                stamp: Stamp { len, modified_ns },
                summary,
            })
    }

    fn encoded(entries: &[IndexEntry]) -> String {
        encode(
            entries
                .iter()
                .map(|e| (e.file.as_str(), e.stamp, &e.summary)),
        )
    }

    proptest! {
        #[test]
        fn every_summary_reads_back_exactly(entries in proptest::collection::vec(entry_strategy(), 0..6)) {
            prop_assert_eq!(decode(&encoded(&entries)), Some(entries));
        }

        /// The first frame's entries are the cache's first, exactly.
        #[test]
        fn the_first_lines_read_as_the_whole_cache_begins(
            entries in proptest::collection::vec(entry_strategy(), 0..6),
            n in 0usize..8,
        ) {
            let text = encoded(&entries);
            let first: Vec<IndexEntry> = entries.iter().take(n).cloned().collect();
            prop_assert_eq!(decode_first(&text, n), Some(first));
            prop_assert_eq!(count(&text), Some(entries.len()));
        }

        /// A cache cut short anywhere is not read at all.
        #[test]
        fn a_cache_cut_short_is_refused(
            entries in proptest::collection::vec(entry_strategy(), 0..4),
            cut in any::<proptest::sample::Index>(),
        ) {
            let text = encoded(&entries);
            let at = cut.index(text.len());
            if let Some(head) = text.get(..at) {
                prop_assert_eq!(decode(head), None);
                prop_assert_eq!(decode_first(head, 1), None);
            }
        }
    }

    #[test]
    fn other_versions_and_damage_are_refused() {
        assert_eq!(decode(""), None);
        assert_eq!(decode("garbage"), None);
        // The RON caches of earlier versions.
        assert_eq!(decode("(version:3,entries:[])"), None);
        assert_eq!(decode("baraza-index 3\nend\t0\n"), None);
        // Version 4 wrote its lines in file-name order.
        assert_eq!(decode("baraza-index 4\nend\t0\n"), None);
        assert_eq!(decode("baraza-index 6\nend\t0\n"), None);
        assert_eq!(decode("baraza-index 5\nend\t0\n"), Some(vec![]));
        assert_eq!(decode("baraza-index 5\nend\t1\n"), None);
        // A field too many, too few, a number that is not one, an escape
        // never written, a stage that does not exist.
        let good = "a.ron\t1\t2\terr\twhy";
        assert!(decode(&format!("baraza-index 5\n{good}\nend\t1\n")).is_some());
        for bad in [
            "a.ron\t1\t2\terr\twhy\textra",
            "a.ron\t1\t2\terr",
            "a.ron\tx\t2\terr\twhy",
            "a.ron\t1\t2\terr\tw\\hy",
            "a.ron\t1\t2\tmaybe\twhy",
            "a.ron\t1\t2\tok\tid\tt\tl\t738000\t0\t0\t0\t9\t1\t1\t1\t-",
        ] {
            let text = format!("baraza-index 5\n{good}\n{bad}\nend\t2\n");
            assert_eq!(decode(&text), None, "{bad}");
            // The first frame reads only the lines before it.
            assert_eq!(decode_first(&text, 1).map(|e| e.len()), Some(1), "{bad}");
            assert_eq!(decode_first(&text, 2), None, "{bad}");
        }
    }
}
