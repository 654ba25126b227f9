//! Pure text-measuring helpers: display width, truncation, wrapping and
//! cursor movement, all by **grapheme cluster** and **display column**.
//!
//! Why graphemes and not `char`s or bytes: what a person sees as one letter is
//! often several code points. `👍🏽` is two (thumb + skin tone), `👩‍👩‍👧` is five
//! (three people joined by zero-width joiners), the flag `🇳🇵` is two regional
//! indicators, `é` may be `e` + a combining accent, and in Devanagari `नि` is a
//! consonant + vowel sign while `स्ते` (Unicode 15.1 conjunct rule) is four.
//! Cutting between those code points produces garbage on screen, so every
//! cut, cursor stop and deletion here happens on extended grapheme cluster
//! boundaries (UAX #29, via `unicode-segmentation`).
//!
//! Why display columns and not lengths: a terminal cell grid is what we lay
//! out on. CJK ideographs and most emoji take two cells, combining marks take
//! none. Widths come from `unicode-width` measured per grapheme, exactly like
//! ratatui's `Buffer` measures what it draws (see [`grapheme_width`]), so a
//! string we measured as `n` columns occupies `n` cells once drawn.
//!
//! It also words counts ([`plural`], [`days`]) the same way everywhere: in
//! the program, in reports and in the audit log.
//!
//! And it holds the one sanitiser for text bound for a terminal
//! ([`escape_controls`]): every piece of user or file text a command prints
//! goes through it, so a title holding `ESC ] 0;…` cannot retitle the
//! window or clear the screen.
//!
//! Nothing in this module knows about terminals; it works on `&str` only.

use std::borrow::Cow;
use std::ops::Range;

use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

/// The marker used where text was cut off. It is one column wide according to
/// `unicode-width` (it is East-Asian "ambiguous" width, so a terminal set to
/// treat ambiguous characters as wide will disagree).
pub const ELLIPSIS: &str = "…";

/// Display width of one grapheme cluster, in terminal columns.
///
/// This mirrors ratatui-core's `CellWidth for str`, which is what
/// `Buffer::set_stringn` uses to advance and what the buffer diff uses to
/// skip the cells covered by a wide symbol:
/// - graphemes containing a control character (`\n`, `\r\n`, `\t`, ...) are
///   never drawn by ratatui, so they are 0 columns here;
/// - a single byte (ASCII) is 1 column;
/// - otherwise `UnicodeWidthStr::width` of the whole cluster, plus one per
///   halfwidth katakana (han)dakuten U+FF9E/U+FF9F, which ratatui adds on top
///   of `unicode-width` (with unicode-width 0.2.3 that double counts: `ﾊﾞ` is
///   3 columns for ratatui although terminals draw it in 2; we follow ratatui
///   because the buffer diff lays cells out by ratatui's number).
///
/// A test in `tui::text_field` checks this agrees with ratatui for every
/// script we care about, so a ratatui upgrade that changes the rule is caught.
pub fn grapheme_width(g: &str) -> usize {
    if g.chars().any(char::is_control) {
        0
    } else if g.len() == 1 {
        1
    } else {
        g.width()
            + g.chars()
                .filter(|&c| matches!(c, '\u{FF9E}' | '\u{FF9F}'))
                .count()
    }
}

/// Display width of `s` in terminal columns: the sum of [`grapheme_width`]
/// over its grapheme clusters. Control characters count as 0 (ratatui does
/// not draw them).
pub fn width(s: &str) -> usize {
    if s.is_ascii() {
        // Every ASCII char is its own grapheme (bar `\r\n`, which is control
        // and 0 wide anyway), so this is the same sum, without segmentation.
        return s.bytes().filter(|b| !b.is_ascii_control()).count();
    }
    s.graphemes(true).map(grapheme_width).sum()
}

/// [`width`], remembered for text that is not ASCII: the widest of
/// thousands of titles is worked out at every frame of a chart, and
/// segmenting graphemes costs many times a look-up. The same answer, always
/// (the width of a text never changes); the memory is bounded.
pub fn width_remembered(s: &str) -> usize {
    use std::cell::RefCell;
    use std::collections::HashMap;
    const MOST: usize = 50_000;
    thread_local! {
        static WIDTHS: RefCell<HashMap<Box<str>, usize>> = RefCell::new(HashMap::new());
    }
    if s.is_ascii() {
        return width(s);
    }
    WIDTHS.with(|widths| {
        let mut widths = widths.borrow_mut();
        if let Some(&w) = widths.get(s) {
            return w;
        }
        if widths.len() >= MOST {
            widths.clear();
        }
        let w = width(s);
        widths.insert(s.into(), w);
        w
    })
}

/// Fits `s` into `max` columns, keeping the start.
///
/// Returns `s` unchanged (borrowed) when it fits. Otherwise cuts at a
/// grapheme boundary and appends [`ELLIPSIS`] (1 column), so the result is
/// never wider than `max`. A wide grapheme that would straddle the limit is
/// dropped whole, which can leave the result one column short of `max`.
/// `max == 0` gives `""`.
pub fn truncate(s: &str, max: usize) -> Cow<'_, str> {
    if width(s) <= max {
        return Cow::Borrowed(s);
    }
    if max == 0 {
        return Cow::Borrowed("");
    }
    let budget = max - 1; // one column for the ellipsis
    let mut used = 0;
    let mut end = 0;
    for (i, g) in s.grapheme_indices(true) {
        let w = grapheme_width(g);
        if used + w > budget {
            break;
        }
        used += w;
        end = i + g.len();
    }
    let mut out = String::with_capacity(end + ELLIPSIS.len());
    out.push_str(&s[..end]);
    out.push_str(ELLIPSIS);
    Cow::Owned(out)
}

/// Fits `s` into `max` columns, keeping the end (for paths, or text that is
/// scrolled to its end): `…` first, then the longest suffix of whole
/// graphemes that fits. Same guarantees as [`truncate`].
pub fn truncate_start(s: &str, max: usize) -> Cow<'_, str> {
    if width(s) <= max {
        return Cow::Borrowed(s);
    }
    if max == 0 {
        return Cow::Borrowed("");
    }
    let budget = max - 1;
    let mut used = 0;
    let mut start = s.len();
    for (i, g) in s.grapheme_indices(true).rev() {
        let w = grapheme_width(g);
        if used + w > budget {
            break;
        }
        used += w;
        start = i;
    }
    let mut out = String::with_capacity(ELLIPSIS.len() + s.len() - start);
    out.push_str(ELLIPSIS);
    out.push_str(&s[start..]);
    Cow::Owned(out)
}

/// `s` followed by spaces up to `width` columns. Never truncates: a string
/// already `width` or wider is returned as is.
pub fn pad_to(s: &str, width: usize) -> String {
    let w = self::width(s);
    let mut out = String::with_capacity(s.len() + width.saturating_sub(w));
    out.push_str(s);
    out.extend(std::iter::repeat_n(' ', width.saturating_sub(w)));
    out
}

/// Exactly `width` columns: [`truncate`] then [`pad_to`], for table cells.
pub fn fit(s: &str, width: usize) -> String {
    pad_to(&truncate(s, width), width)
}

/// One visual row produced by [`wrap`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WrappedLine {
    /// Byte range of the row in the wrapped string. Rows of one paragraph
    /// follow each other without a gap; between paragraphs exactly the `\n`
    /// byte is left out.
    pub range: Range<usize>,
    /// Display width of the text in `range`. This includes whitespace that
    /// hangs past the wrap width at a soft break (see [`wrap`]).
    pub width: usize,
}

/// Word-wraps `s` to `width` columns.
///
/// - `\n` is a hard break; its byte belongs to no row.
/// - Soft breaks happen after whitespace, and between CJK ideographs (which
///   are written without spaces). Runs like `foo-bar,` stay together.
/// - Whitespace at a soft break stays on the row it ends, even past `width`
///   ("hanging" whitespace, like CSS `pre-wrap`), so no text is lost and the
///   rows cover `s` contiguously. Only that trailing whitespace can exceed
///   `width`, plus a row holding a single grapheme that is itself wider than
///   `width`.
/// - A word longer than a row is broken between graphemes.
/// - An empty string (or an empty paragraph) gives one empty row; `width`
///   0 puts one grapheme per row rather than looping.
pub fn wrap(s: &str, width: usize) -> Vec<WrappedLine> {
    let mut out = Vec::new();
    let mut start = 0;
    for para in s.split('\n') {
        let end = start + para.len();
        wrap_paragraph(s, start..end, width, &mut out);
        start = end + 1; // skip the '\n'
    }
    out
}

/// Whitespace for wrapping purposes; ZERO WIDTH SPACE is the explicit break
/// opportunity used in Thai, Khmer, Burmese.
fn is_space(tok: &str) -> bool {
    tok.chars().all(|c| c.is_whitespace() || c == '\u{200B}')
}

/// Whether a word segment is a CJK-style word (an ideograph, kana, hangul):
/// these may be broken before, since such scripts do not use spaces.
fn is_cjk(tok: &str) -> bool {
    tok.chars()
        .next()
        .is_some_and(|c| c.is_alphabetic() && unicode_width::UnicodeWidthChar::width(c) == Some(2))
}

fn wrap_paragraph(s: &str, para: Range<usize>, max: usize, out: &mut Vec<WrappedLine>) {
    let mut filler = Filler {
        s,
        max,
        out,
        line_start: para.start,
        line_width: 0,
    };
    // A "chunk" is a run of non-space word segments without a break
    // opportunity inside; it is placed as a unit.
    let mut chunk: Option<(Range<usize>, &str)> = None; // (range, last segment)
    for (off, tok) in s[para.clone()].split_word_bound_indices() {
        let r = para.start + off..para.start + off + tok.len();
        if is_space(tok) {
            if let Some((c, _)) = chunk.take() {
                filler.word(c);
            }
            filler.space(r);
            continue;
        }
        chunk = match chunk.take() {
            Some((c, last))
                if !(is_cjk(tok) || is_cjk(last) && tok.starts_with(char::is_alphanumeric)) =>
            {
                Some((c.start..r.end, tok))
            }
            Some((c, _)) => {
                filler.word(c);
                Some((r, tok))
            }
            None => Some((r, tok)),
        };
    }
    if let Some((c, _)) = chunk {
        filler.word(c);
    }
    filler.finish(para.end);
}

/// Greedy line filling state for [`wrap_paragraph`].
struct Filler<'a> {
    s: &'a str,
    max: usize,
    out: &'a mut Vec<WrappedLine>,
    line_start: usize,
    line_width: usize,
}

impl Filler<'_> {
    fn space(&mut self, r: Range<usize>) {
        // Whitespace never starts a soft break: it hangs on the current row.
        self.line_width += width(&self.s[r]);
    }

    fn word(&mut self, r: Range<usize>) {
        let w = width(&self.s[r.clone()]);
        if self.line_start != r.start && self.line_width + w > self.max {
            self.break_at(r.start);
        }
        if self.line_width + w <= self.max {
            self.line_width += w;
            return;
        }
        // Longer than a whole row: fall back to grapheme breaks.
        for (i, g) in self.s[r.clone()].grapheme_indices(true) {
            let at = r.start + i;
            let gw = grapheme_width(g);
            if self.line_start != at && self.line_width + gw > self.max {
                self.break_at(at);
            }
            self.line_width += gw;
        }
    }

    fn break_at(&mut self, at: usize) {
        self.out.push(WrappedLine {
            range: self.line_start..at,
            width: self.line_width,
        });
        self.line_start = at;
        self.line_width = 0;
    }

    fn finish(&mut self, end: usize) {
        self.out.push(WrappedLine {
            range: self.line_start..end,
            width: self.line_width,
        });
    }
}

/// Maps a byte offset to `(row, column)` in `lines` as returned by
/// [`wrap`]`(s, _)`.
///
/// At a soft break the offset is both the end of one row and the start of the
/// next; it is placed at the start of the next row, where the next typed
/// character will appear.
pub fn line_col(lines: &[WrappedLine], s: &str, byte: usize) -> (usize, usize) {
    let row = lines
        .partition_point(|l| l.range.start <= byte)
        .saturating_sub(1);
    let Some(line) = lines.get(row) else {
        return (0, 0);
    };
    let end = byte.clamp(line.range.start, line.range.end);
    (row, width(&s[line.range.start..floor_char(s, end)]))
}

/// The last grapheme boundary inside `range` of `s` whose display column
/// (counted from `range.start`) is at most `col`. Used to move the cursor to
/// a remembered column on another row.
pub fn byte_at_column(s: &str, range: Range<usize>, col: usize) -> usize {
    let mut best = range.start;
    let mut c = 0;
    for (i, g) in s[range.clone()].grapheme_indices(true) {
        c += grapheme_width(g);
        if c > col {
            break;
        }
        best = range.start + i + g.len();
    }
    best
}

/// Largest char boundary `<= byte` (clamped to `s.len()`).
fn floor_char(s: &str, byte: usize) -> usize {
    s.floor_char_boundary(byte.min(s.len()))
}

/// The grapheme cluster containing byte `b` (a char boundary `< s.len()`).
///
/// Only the current line is segmented: UAX #29 always breaks after `\n`
/// (rule GB4), so segmentation can restart there, which keeps this cheap
/// in long multi-line notes.
fn grapheme_around(s: &str, b: usize) -> Range<usize> {
    let line_start = s[..b].rfind('\n').map_or(0, |i| i + 1);
    for (i, g) in s[line_start..].grapheme_indices(true) {
        let start = line_start + i;
        let end = start + g.len();
        if end > b {
            return start..end;
        }
    }
    s.len()..s.len()
}

/// Whether `byte` is a grapheme cluster boundary of `s` (0 and `s.len()`
/// are; offsets past the end or inside a `char` are not).
pub fn is_boundary(s: &str, byte: usize) -> bool {
    if byte == 0 || byte == s.len() {
        return true;
    }
    byte < s.len() && s.is_char_boundary(byte) && grapheme_around(s, byte).start == byte
}

/// The nearest grapheme boundary at or before `byte`.
pub fn floor_boundary(s: &str, byte: usize) -> usize {
    let b = floor_char(s, byte);
    if b >= s.len() {
        s.len()
    } else {
        grapheme_around(s, b).start
    }
}

/// The nearest grapheme boundary at or after `byte`.
pub fn ceil_boundary(s: &str, byte: usize) -> usize {
    let b = floor_char(s, byte);
    if b >= s.len() {
        return s.len();
    }
    let g = grapheme_around(s, b);
    if g.start == byte { byte } else { g.end }
}

/// The grapheme boundary before `byte` (0 stays 0): one Left press, or the
/// start of what Backspace removes.
pub fn prev_boundary(s: &str, byte: usize) -> usize {
    let b = floor_boundary(s, byte);
    if b < byte || b == 0 {
        // `byte` was inside a cluster (or at 0): its start is the answer.
        return b;
    }
    // The cluster holding the char just before `b` starts at the boundary.
    grapheme_around(s, floor_char(s, b - 1)).start
}

/// The grapheme boundary after `byte` (`s.len()` stays): one Right press, or
/// the end of what Delete removes.
pub fn next_boundary(s: &str, byte: usize) -> usize {
    let b = floor_char(s, byte);
    if b >= s.len() {
        s.len()
    } else {
        grapheme_around(s, b).end
    }
}

/// How word-wise movement sees a UAX #29 word segment.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Seg {
    Newline,
    Space,
    Word,
    /// Punctuation, symbols, emoji.
    Other,
}

fn classify(seg: &str) -> Seg {
    if seg.contains(['\n', '\r']) {
        Seg::Newline
    } else if is_space(seg) {
        Seg::Space
    } else if seg.chars().any(char::is_alphanumeric) {
        Seg::Word
    } else {
        Seg::Other
    }
}

/// Consumes one "word" from a stream of segments (in either direction) and
/// returns how many bytes it covers: spaces are skipped, then either one
/// line break, one word (UAX #29 decides what a word is: `don't`, `नमस्ते`,
/// `3.14`; each CJK ideograph is its own word) or a run of punctuation/emoji.
fn word_span<'a>(segs: impl Iterator<Item = &'a str>) -> usize {
    let mut len = 0;
    let mut run: Option<Seg> = None;
    for seg in segs {
        let kind = classify(seg);
        match (run, kind) {
            (None, Seg::Space) => {}
            (None, _) => run = Some(kind),
            (Some(Seg::Other), Seg::Other) => {}
            (Some(_), _) => break,
        }
        len += seg.len();
        if matches!(run, Some(Seg::Newline | Seg::Word)) {
            break;
        }
    }
    len
}

/// Start of the word before `byte` (Ctrl+Left, Alt+b, and the start of what
/// Ctrl+W / Ctrl+Backspace delete). Always a grapheme boundary.
pub fn prev_word(s: &str, byte: usize) -> usize {
    let b = floor_char(s, byte);
    // Segmenting only the text before the cursor: what follows it must not
    // change where the previous word starts.
    let len = word_span(s[..b].split_word_bounds().rev());
    floor_boundary(s, b - len)
}

/// End of the word after `byte` (Ctrl+Right, Alt+f, and the end of what
/// Ctrl+Delete / Alt+d delete). Always a grapheme boundary.
pub fn next_word(s: &str, byte: usize) -> usize {
    let b = floor_char(s, byte);
    let len = word_span(s[b..].split_word_bounds());
    ceil_boundary(s, b + len)
}

/// A count with its noun in the right number: "1 problem", "3 problems",
/// "0 people". `one` and `many` are given whole, so irregular nouns work.
pub fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// A number of days: "1 day", "3 days", "0 days" (and "-1 day", "-3 days"
/// for a count that went below zero).
pub fn days(n: i64) -> String {
    format!("{n} {}", if n.unsigned_abs() == 1 { "day" } else { "days" })
}

/// Which line breaks [`escape_controls`] lets through as they are.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Breaks {
    /// None: one line (a message on standard error, a status line).
    None,
    /// Newline and tab, and a carriage return right before a newline (CSV
    /// ends its rows with CR LF): text of several lines and columns.
    Lines,
}

/// Whether `c` is a control character a terminal may act on: C0 (below
/// U+0020), DEL (U+007F) and C1 (U+0080–U+009F, which includes the one-byte
/// CSI U+009B).
pub fn is_terminal_control(c: char) -> bool {
    matches!(c, '\u{0}'..='\u{1f}' | '\u{7f}'..='\u{9f}')
}

/// `s` with every control character a terminal would act on written out
/// visibly as `\u{1b}` (ESC), `\u{9b}` (CSI), `\u{7}` (BEL)…, except the
/// line breaks `breaks` keeps. Borrowed when there is nothing to escape.
///
/// This is the one sanitiser for terminal output: the commands route all
/// they print through it (see `commands::terminal`), the program's status
/// line too.
pub fn escape_controls(s: &str, breaks: Breaks) -> Cow<'_, str> {
    let keep = |c: char, next: Option<char>| match breaks {
        Breaks::None => false,
        Breaks::Lines => c == '\n' || c == '\t' || (c == '\r' && next == Some('\n')),
    };
    let mut chars = s.chars().peekable();
    let mut needs = false;
    while let Some(c) = chars.next() {
        if is_terminal_control(c) && !keep(c, chars.peek().copied()) {
            needs = true;
            break;
        }
    }
    if !needs {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if is_terminal_control(c) && !keep(c, chars.peek().copied()) {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn terminal_controls_are_written_out_visibly() {
        let hostile = "a\u{1b}]0;pwned\u{7}b\u{1b}[2J\u{9b}31m\u{7f}\u{85}c\r\nd\te\rf\n";
        assert_eq!(
            escape_controls(hostile, Breaks::Lines),
            "a\\u{1b}]0;pwned\\u{7}b\\u{1b}[2J\\u{9b}31m\\u{7f}\\u{85}c\r\nd\te\\u{d}f\n"
        );
        assert_eq!(escape_controls("a\tb\nc", Breaks::None), "a\\u{9}b\\u{a}c");
        // Plain text, any script, is borrowed untouched.
        let plain = "Фонари не горят 💡 — سرقة «x» \u{200d}\u{202e}";
        assert!(matches!(
            escape_controls(plain, Breaks::None),
            Cow::Borrowed(_)
        ));
        assert!(matches!(
            escape_controls("a\r\nb\n", Breaks::Lines),
            Cow::Borrowed(_)
        ));
    }

    proptest! {
        #[test]
        fn no_terminal_control_survives_escaping(s in any::<String>()) {
            let one = escape_controls(&s, Breaks::None);
            prop_assert!(!one.chars().any(is_terminal_control));
            let lines = escape_controls(&s, Breaks::Lines);
            let cs: Vec<char> = lines.chars().collect();
            for (i, &c) in cs.iter().enumerate() {
                prop_assert!(
                    !is_terminal_control(c)
                        || c == '\n'
                        || c == '\t'
                        || (c == '\r' && cs.get(i + 1) == Some(&'\n'))
                );
            }
        }
    }

    #[test]
    fn counts_are_worded_in_the_right_number() {
        assert_eq!(plural(0, "problem", "problems"), "0 problems");
        assert_eq!(plural(1, "problem", "problems"), "1 problem");
        assert_eq!(plural(2, "problem", "problems"), "2 problems");
        assert_eq!(plural(1, "person", "people"), "1 person");
        assert_eq!(plural(11, "person", "people"), "11 people");
        assert_eq!(days(0), "0 days");
        assert_eq!(days(1), "1 day");
        assert_eq!(days(2), "2 days");
        assert_eq!(days(311), "311 days");
        assert_eq!(days(-1), "-1 day");
        assert_eq!(days(-4), "-4 days");
    }

    /// Building blocks covering the scripts facilitators type, plus the
    /// awkward cases: ZWJ sequences, skin tones, flags and a lone regional
    /// indicator, combining marks (also stray ones), Devanagari vowel signs
    /// and virama, zero-width space, halfwidth katakana, controls.
    pub(crate) const PIECES: &[&str] = &[
        "a",
        "Z",
        "hello",
        " ",
        "  ",
        "\n",
        "-",
        ",",
        "مرحبا بالعالم",
        "مرحبا",
        "नमस्ते काठमाडौं",
        "नि",
        "\u{093F}",
        "\u{094D}",
        "Привет",
        "мир",
        "你好世界",
        "你",
        "👩‍👩‍👧",
        "👍🏽",
        "👍",
        "\u{1F3FD}",
        "\u{200D}",
        "🇳🇵",
        "🇳",
        "e\u{301}",
        "\u{301}",
        "é",
        "\u{200B}",
        "ﾊﾞ",
        "\t",
        "\r\n",
        "❤\u{FE0F}",
    ];

    pub(crate) fn mixed_string() -> impl Strategy<Value = String> {
        prop_oneof![
            3 => proptest::collection::vec(proptest::sample::select(PIECES), 0..24)
                .prop_map(|v| v.concat()),
            1 => any::<String>(),
        ]
    }

    fn graphemes(s: &str) -> Vec<&str> {
        s.graphemes(true).collect()
    }

    #[test]
    fn widths() {
        assert_eq!(width(""), 0);
        assert_eq!(width("hello"), 5);
        assert_eq!(width("مرحبا بالعالم"), 13);
        assert_eq!(width("Привет"), 6);
        assert_eq!(width("你好世界"), 8);
        assert_eq!(width("👩‍👩‍👧"), 2);
        assert_eq!(width("👍🏽"), 2);
        assert_eq!(width("🇳🇵"), 2);
        assert_eq!(width("e\u{301}"), 1);
        assert_eq!(width("é"), 1);
        // unicode-width counts Devanagari spacing vowel signs (ा, ि, ौ) as a
        // column each and the virama/anusvara as none.
        assert_eq!(width("नमस्ते"), 4);
        assert_eq!(width("नि"), 2);
        assert_eq!(width("a\nb"), 2);
        assert_eq!(width("\t"), 0);
    }

    #[test]
    fn truncate_examples() {
        assert_eq!(truncate("hello", 5), "hello");
        assert!(matches!(truncate("hello", 5), Cow::Borrowed(_)));
        assert_eq!(truncate("hello world", 6), "hello…");
        assert_eq!(truncate("hello", 0), "");
        assert_eq!(truncate("hello", 1), "…");
        // A 2-wide ideograph that does not fit is dropped, not halved.
        assert_eq!(truncate("你好世界", 4), "你…");
        assert_eq!(truncate("你好世界", 5), "你好…");
        assert_eq!(truncate("👍🏽👍🏽👍🏽", 4), "👍🏽…");
        assert_eq!(truncate("👩‍👩‍👧👩‍👩‍👧", 3), "👩‍👩‍👧…");
        assert_eq!(truncate("मरहबा", 3), "मर…");
        assert_eq!(truncate("नमस्ते", 3), "नम…");
        assert_eq!(truncate("مرحبا بالعالم", 6), "مرحبا…");
        assert_eq!(truncate("e\u{301}e\u{301}e\u{301}", 2), "e\u{301}…");
        assert_eq!(truncate("🇳🇵🇳🇵", 3), "🇳🇵…");
    }

    #[test]
    fn truncate_start_examples() {
        assert_eq!(truncate_start("hello", 9), "hello");
        assert_eq!(truncate_start("/home/ana/notes.txt", 10), "…notes.txt");
        assert_eq!(truncate_start("你好世界", 4), "…界");
        assert_eq!(truncate_start("你好世界", 0), "");
        assert_eq!(truncate_start("a👍🏽", 2), "…");
        assert_eq!(truncate_start("abc👍🏽", 3), "…👍🏽");
    }

    #[test]
    fn pad_and_fit() {
        assert_eq!(pad_to("ab", 4), "ab  ");
        assert_eq!(pad_to("你好", 3), "你好");
        assert_eq!(fit("你好世界", 5), "你好…");
        assert_eq!(fit("你好世界", 4), "你… ");
        assert_eq!(fit("x", 3), "x  ");
        assert_eq!(fit("abc", 0), "");
    }

    fn rows(s: &str, w: usize) -> Vec<&str> {
        wrap(s, w).into_iter().map(|l| &s[l.range]).collect()
    }

    #[test]
    fn wrap_examples() {
        assert_eq!(rows("", 10), [""]);
        assert_eq!(rows("hello world", 20), ["hello world"]);
        assert_eq!(rows("hello world", 5), ["hello ", "world"]);
        assert_eq!(rows("hello world", 8), ["hello ", "world"]);
        assert_eq!(rows("ab cd", 5), ["ab cd"]);
        assert_eq!(rows("a\n\nb", 5), ["a", "", "b"]);
        assert_eq!(rows("a\n", 5), ["a", ""]);
        assert_eq!(rows("abcdefgh", 3), ["abc", "def", "gh"]);
        assert_eq!(rows("a verylong", 4), ["a ", "very", "long"]);
        assert_eq!(rows("foo-bar baz", 8), ["foo-bar ", "baz"]);
        // Hanging whitespace stays on its row.
        assert_eq!(rows("ab    cd", 3), ["ab    ", "cd"]);
        // CJK breaks between ideographs, but punctuation sticks to them.
        assert_eq!(rows("你好世界", 4), ["你好", "世界"]);
        assert_eq!(rows("你好世界", 5), ["你好", "世界"]);
        assert_eq!(rows("你好，世界", 6), ["你好，", "世界"]);
        assert_eq!(rows("مرحبا بالعالم", 8), ["مرحبا ", "بالعالم"]);
        assert_eq!(rows("नमस्ते काठमाडौं", 8), ["नमस्ते ", "काठमाडौं"]);
        assert_eq!(rows("👍🏽👍🏽👍🏽", 4), ["👍🏽👍🏽", "👍🏽"]);
        // A grapheme wider than the row gets a row of its own.
        assert_eq!(rows("你好", 1), ["你", "好"]);
        assert_eq!(rows("ab", 0), ["a", "b"]);
        let l = wrap("hello world", 5);
        assert_eq!(l[0].width, 6);
        assert_eq!(l[1].width, 5);
    }

    #[test]
    fn line_col_examples() {
        let s = "hello world\n你好";
        let lines = wrap(s, 5);
        assert_eq!(line_col(&lines, s, 0), (0, 0));
        assert_eq!(line_col(&lines, s, 5), (0, 5));
        // Soft break: the start of the next row.
        assert_eq!(line_col(&lines, s, 6), (1, 0));
        assert_eq!(line_col(&lines, s, 11), (1, 5));
        assert_eq!(line_col(&lines, s, 12), (2, 0));
        assert_eq!(line_col(&lines, s, 15), (2, 2));
        assert_eq!(line_col(&lines, s, s.len()), (2, 4));
        assert_eq!(byte_at_column(s, lines[2].range.clone(), 3), 15);
        assert_eq!(byte_at_column(s, lines[2].range.clone(), 1), 12);
    }

    #[test]
    fn boundaries() {
        let s = "a👍🏽नि🇳🇵";
        let starts: Vec<usize> = s.grapheme_indices(true).map(|(i, _)| i).collect();
        assert_eq!(starts.len(), 4);
        let mut b = 0;
        for &next in starts.iter().skip(1).chain([s.len()].iter()) {
            assert_eq!(next_boundary(s, b), next);
            assert_eq!(prev_boundary(s, next), b);
            b = next;
        }
        // Inside a cluster: floor/ceil go to its edges.
        assert_eq!(floor_boundary(s, 3), 1);
        assert_eq!(ceil_boundary(s, 3), 9);
        assert!(!is_boundary(s, 5));
        assert!(is_boundary(s, 9));
        assert_eq!(prev_boundary("x\r\ny", 3), 1);
    }

    #[test]
    fn words() {
        let s = "hello, wide world";
        assert_eq!(prev_word(s, s.len()), 12);
        assert_eq!(prev_word(s, 12), 7);
        assert_eq!(prev_word(s, 7), 5); // the comma
        assert_eq!(prev_word(s, 5), 0);
        assert_eq!(prev_word(s, 0), 0);
        assert_eq!(next_word(s, 0), 5);
        assert_eq!(next_word(s, 5), 6);
        assert_eq!(next_word(s, 6), 11);
        assert_eq!(next_word(s, s.len()), s.len());
        let s = "नमस्ते काठमाडौं";
        assert_eq!(prev_word(s, s.len()), "नमस्ते ".len());
        assert_eq!(next_word(s, 0), "नमस्ते".len());
        let s = "مرحبا بالعالم";
        assert_eq!(prev_word(s, s.len()), "مرحبا ".len());
        // Emoji and punctuation runs are one stop.
        let s = "ok 👍🏽👍🏽!";
        assert_eq!(prev_word(s, s.len()), 3);
        // A line break is a stop of its own.
        let s = "one\n  two";
        assert_eq!(prev_word(s, 6), 3);
        assert_eq!(next_word(s, 3), 4);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        #[test]
        fn truncate_fits_and_is_prefix(s in mixed_string(), max in 0usize..30) {
            let t = truncate(&s, max);
            prop_assert!(width(&t) <= max);
            if width(&s) <= max {
                prop_assert_eq!(t.as_ref(), s.as_str());
            } else if max == 0 {
                prop_assert_eq!(t.as_ref(), "");
            } else {
                let kept = t.strip_suffix(ELLIPSIS).expect("ends with the ellipsis");
                prop_assert!(s.starts_with(kept));
                prop_assert!(is_boundary(&s, kept.len()));
                let (all, head) = (graphemes(&s), graphemes(kept));
                prop_assert_eq!(&all[..head.len()], head.as_slice());
                // Maximal: the next grapheme would not have fitted.
                let next = &s[kept.len()..next_boundary(&s, kept.len())];
                prop_assert!(width(kept) + grapheme_width(next) + 1 > max);
            }
        }

        #[test]
        fn truncate_start_fits_and_is_suffix(s in mixed_string(), max in 0usize..30) {
            let t = truncate_start(&s, max);
            prop_assert!(width(&t) <= max);
            if width(&s) <= max {
                prop_assert_eq!(t.as_ref(), s.as_str());
            } else if max > 0 {
                let kept = t.strip_prefix(ELLIPSIS).expect("starts with the ellipsis");
                prop_assert!(s.ends_with(kept));
                prop_assert!(is_boundary(&s, s.len() - kept.len()));
            }
        }

        #[test]
        fn fit_is_exact(s in mixed_string(), w in 0usize..30) {
            prop_assert_eq!(width(&fit(&s, w)), w);
        }

        #[test]
        fn wrap_covers_input_and_fits(s in mixed_string(), w in 0usize..16) {
            let lines = wrap(&s, w);
            prop_assert!(!lines.is_empty());
            let mut rebuilt = String::new();
            let mut prev_end = None;
            for l in &lines {
                let text = &s[l.range.clone()];
                if let Some(e) = prev_end {
                    if e == l.range.start {
                        // Soft break: never an empty row.
                        prop_assert!(!text.is_empty());
                    } else {
                        prop_assert_eq!(l.range.start, e + 1);
                        prop_assert_eq!(&s[e..e + 1], "\n");
                        rebuilt.push('\n');
                    }
                }
                prop_assert!(is_boundary(&s, l.range.start));
                // A `\r\n` is one grapheme, but rows end at the `\n`.
                prop_assert!(is_boundary(&s, l.range.end) || s[..l.range.end].ends_with('\r'));
                prop_assert!(!text.contains('\n'));
                prop_assert_eq!(l.width, width(text));
                let visible = text.trim_end_matches(|c: char| c.is_whitespace() || c == '\u{200B}');
                let single = graphemes(visible).iter().filter(|g| grapheme_width(g) > 0).count() <= 1;
                prop_assert!(width(visible) <= w || single, "row {:?} too wide for {}", text, w);
                rebuilt.push_str(text);
                prev_end = Some(l.range.end);
            }
            prop_assert_eq!(rebuilt, s);
        }

        #[test]
        fn line_col_roundtrip(s in mixed_string(), w in 1usize..16) {
            let lines = wrap(&s, w);
            for (b, _) in s.grapheme_indices(true).chain([(s.len(), "")]) {
                let (row, col) = line_col(&lines, &s, b);
                let r = lines[row].range.clone();
                prop_assert!(r.contains(&b) || r.end == b);
                let back = byte_at_column(&s, r, col);
                // Zero-width graphemes share a column with their neighbour.
                prop_assert_eq!(width(&s[back.min(b)..back.max(b)]), 0);
            }
        }

        #[test]
        fn boundary_helpers_agree_with_segmentation(s in mixed_string(), at in any::<prop::sample::Index>()) {
            let b = at.index(s.len() + 1);
            let starts: Vec<usize> = s.grapheme_indices(true).map(|(i, _)| i).chain([s.len()]).collect();
            let floor = *starts.iter().rev().find(|&&x| x <= b).unwrap();
            let ceil = *starts.iter().find(|&&x| x >= b).unwrap();
            prop_assert_eq!(floor_boundary(&s, b), floor);
            prop_assert_eq!(ceil_boundary(&s, b), ceil);
            prop_assert_eq!(is_boundary(&s, b), starts.contains(&b));
            let prev = *starts.iter().rev().find(|&&x| x < b).unwrap_or(&0);
            let next = *starts.iter().find(|&&x| x > b).unwrap_or(&s.len());
            prop_assert_eq!(prev_boundary(&s, b), prev);
            prop_assert_eq!(next_boundary(&s, b), next);
        }

        #[test]
        fn word_moves_land_on_boundaries(s in mixed_string(), at in any::<prop::sample::Index>()) {
            let b = floor_boundary(&s, at.index(s.len() + 1));
            let p = prev_word(&s, b);
            let n = next_word(&s, b);
            prop_assert!(is_boundary(&s, p) && p <= b);
            prop_assert!(is_boundary(&s, n) && n >= b);
            prop_assert!(b == 0 || p < b, "prev_word must make progress");
            prop_assert!(b == s.len() || n > b, "next_word must make progress");
        }
    }
}
