//! File names for sessions: `YYYY-MM-DD-<slug>-<short id>.ron`.
//!
//! The slug keeps letters and digits of any script (a community names its
//! session in its own language) and turns everything else into `-`, so no title
//! can put a `/`, `..`, a drive letter or a control character into a path.
//! The short form of the session's id ([`crate::model::session_id::short`])
//! makes the name unique across laptops: "Kibera youth baraza" made the same
//! day on three laptops is three files that can sit in one folder. A file
//! keeps the name it was made with (older files have none of the id in it).
//! In an encrypted folder a new file's name has no title: [`sealed_stem`].

use chrono::NaiveDate;
use unicode_segmentation::UnicodeSegmentation;

/// The file extension of session files.
pub const EXTENSION: &str = "ron";

/// Longest slug, in graphemes and in bytes. File names are limited to 255 bytes
/// on most file systems; a Devanagari grapheme can take 9 bytes or more.
const MAX_SLUG_GRAPHEMES: usize = 48;
const MAX_SLUG_BYTES: usize = 150;

/// A file-name-safe form of `title`, never empty.
pub fn slug(title: &str) -> String {
    let mut out = String::new();
    let mut graphemes = 0;
    let mut pending_dash = false;
    for g in title.graphemes(true) {
        // A grapheme counts as a letter when it starts with one: this keeps
        // Devanagari clusters (consonant + vowel sign + virama) whole.
        let keep = g.chars().next().is_some_and(char::is_alphanumeric)
            && g.chars().all(|c| !c.is_control() && !is_path_char(c));
        if !keep {
            pending_dash = !out.is_empty();
            continue;
        }
        let lower: String = g.chars().flat_map(char::to_lowercase).collect();
        let extra = lower.len() + usize::from(pending_dash);
        if graphemes >= MAX_SLUG_GRAPHEMES || out.len() + extra > MAX_SLUG_BYTES {
            break;
        }
        if pending_dash {
            out.push('-');
            pending_dash = false;
        }
        out.push_str(&lower);
        graphemes += 1;
    }
    if out.is_empty() {
        "session".to_string()
    } else {
        out
    }
}

fn is_path_char(c: char) -> bool {
    matches!(
        c,
        '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|' | '.' | '\0'
    )
}

/// `YYYY-MM-DD-<slug>-<short id>`, without extension; `n` > 1 adds `-n` in
/// the unlikely case that name is taken.
pub fn stem(date: NaiveDate, title: &str, id: &str, n: u32) -> String {
    let base = format!(
        "{}-{}-{}",
        date.format("%Y-%m-%d"),
        slug(title),
        crate::model::session_id::short(id)
    );
    if n > 1 { format!("{base}-{n}") } else { base }
}

/// The name of a new session in an encrypted folder, `YYYY-MM-DD-<short
/// id>`: a file name is read by anyone who sees the folder, so it carries
/// no title.
pub fn sealed_stem(date: NaiveDate, id: &str, n: u32) -> String {
    let base = format!(
        "{}-{}",
        date.format("%Y-%m-%d"),
        crate::model::session_id::short(id)
    );
    if n > 1 { format!("{base}-{n}") } else { base }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_keep_letters_of_any_script() {
        assert_eq!(slug("Kibera Youth Baraza"), "kibera-youth-baraza");
        assert_eq!(slug("Сессия в Оше"), "сессия-в-оше");
        assert_eq!(slug("बैठक काठमाडौं"), "बैठक-काठमाडौं");
        assert_eq!(slug("اجتماع الحي"), "اجتماع-الحي");
    }

    #[test]
    fn hostile_titles_become_plain_names() {
        assert_eq!(slug("../../etc/passwd"), "etc-passwd");
        assert_eq!(slug("CON"), "con");
        assert_eq!(slug("C:\\Windows\\system32"), "c-windows-system32");
        assert_eq!(slug("🔥🔥🔥"), "session");
        assert_eq!(slug(""), "session");
        assert_eq!(slug("a\u{0}b\nc"), "a-b-c");
        let long = slug(&"ab ".repeat(300));
        assert!(long.len() <= MAX_SLUG_BYTES);
        let long = slug(&"काठमाडौं".repeat(100));
        assert!(long.len() <= MAX_SLUG_BYTES);
    }

    #[test]
    fn stems_carry_the_date_the_short_id_and_a_counter() {
        let d = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
        let id = "0196f1c2-8a3b-7def-9abc-0123456789ab";
        assert_eq!(
            stem(d, "Market road", id, 1),
            "2026-11-27-market-road-456789ab"
        );
        assert_eq!(
            stem(d, "Market road", id, 3),
            "2026-11-27-market-road-456789ab-3"
        );
        assert_eq!(
            stem(d, "Market road", "k7m2q9xw4c", 1),
            "2026-11-27-market-road-k7m2q9xw4c"
        );
        // An id typed by hand into a file never puts a path into the name.
        assert!(!stem(d, "x", "../../etc", 1).contains(['/', '.']));
    }
}
