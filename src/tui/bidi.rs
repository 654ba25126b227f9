//! Right-to-left text on terminals that do not handle it.
//!
//! Most terminals (xterm, the Linux console, PuTTY, every Windows console,
//! Windows Terminal) draw each cell in the order it is sent: Arabic comes
//! out backwards, letter by letter, unjoined. A few (GNOME Terminal and
//! everything built on VTE ≥ 0.58, Konsole, mlterm) reorder and shape it
//! themselves, and text reordered by baraza as well would come out
//! backwards again. Hence a setting: under "on" baraza itself joins Arabic
//! letters (their presentation forms, `ar-reshaper`) and reorders each
//! stretch of a line for display (the Unicode bidirectional algorithm,
//! `unicode-bidi`); under "off" it sends text in logical order; "auto" (the
//! default) is "off" on the terminals known to reorder and "on" everywhere
//! else. The help overlay (`?`) shows a test line to see which is right.
//!
//! It works on the finished frame: every screen, and text in any script a
//! person typed, goes through one place. A row is cut into stretches that
//! read on their own, and a stretch without right-to-left letters is left
//! exactly as it was. The cuts come first from the frame's fields
//! ([`fields`]): the helpers that draw columns, the steps of the stepper and
//! the hints mark where each cell of text lies, and the pass never reorders
//! across a field's edge, so columns never swap, however close they are.
//! Where nothing was marked, the frame's own cues cut: box drawing, runs of
//! two or more spaces and changes of style. The layout itself stays left to
//! right (labels on the left, lists from the left); what reads right to left
//! is each stretch.

pub mod fields;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use unicode_bidi::{BidiInfo, Level};

pub use fields::Fields;

/// The right-to-left setting.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum RtlSetting {
    /// On, unless the terminal is one known to reorder by itself.
    #[default]
    Auto,
    /// baraza reorders and joins.
    On,
    /// The terminal does (or nothing does).
    Off,
}

impl RtlSetting {
    pub fn parse(s: &str) -> Option<RtlSetting> {
        match s.trim().to_ascii_lowercase().as_str() {
            "auto" => Some(RtlSetting::Auto),
            "on" => Some(RtlSetting::On),
            "off" => Some(RtlSetting::Off),
            _ => None,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            RtlSetting::Auto => "auto",
            RtlSetting::On => "on",
            RtlSetting::Off => "off",
        }
    }

    /// The next setting, in the order `R` in the help cycles them.
    pub fn next(self) -> RtlSetting {
        match self {
            RtlSetting::Auto => RtlSetting::On,
            RtlSetting::On => RtlSetting::Off,
            RtlSetting::Off => RtlSetting::Auto,
        }
    }

    /// Whether baraza reorders, with `get` reading the environment.
    pub fn resolve(self, get: impl Fn(&str) -> Option<String>) -> bool {
        match self {
            RtlSetting::On => true,
            RtlSetting::Off => false,
            RtlSetting::Auto => !terminal_reorders(get),
        }
    }
}

/// GNOME Terminal, Tilix, Terminator… (VTE from 0.58, which added its
/// bidi support: `VTE_VERSION` 5800), Konsole and mlterm reorder and shape
/// right-to-left text themselves.
pub fn terminal_reorders(get: impl Fn(&str) -> Option<String>) -> bool {
    let vte = get("VTE_VERSION")
        .and_then(|v| v.trim().parse::<u32>().ok())
        .is_some_and(|v| v >= 5800);
    vte || get("KONSOLE_VERSION").is_some() || get("MLTERM").is_some()
}

/// A letter written right to left (Hebrew, Arabic and their presentation
/// forms, Syriac, Thaana, N'Ko…).
fn is_rtl_char(c: char) -> bool {
    matches!(c as u32,
        0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF | 0x10800..=0x10FFF | 0x1E800..=0x1EFFF)
}

/// Whether `text` holds any right-to-left letter.
pub fn has_rtl(text: &str) -> bool {
    text.chars().any(is_rtl_char)
}

/// Reorders (and joins) every row of `area` of `buf` for display; `rtl_base`:
/// the screen's language is written right to left, so a stretch holding
/// right-to-left letters reads from the right even when it starts with a
/// number or a Latin word. `fields` are the fields the frame's drawing
/// marked (see [`fields`]): nothing moves across their edges.
pub fn reorder(buf: &mut Buffer, area: Rect, rtl_base: bool, fields: &Fields) {
    let area = area.intersection(buf.area);
    for y in area.top()..area.bottom() {
        // A row with no right-to-left letter is never changed: skipped
        // before its stretches are worked out, it costs one look per cell
        // (most rows of most frames, and every row of a left-to-right one).
        if !(area.left()..area.right()).any(|x| has_rtl(buf[(x, y)].symbol())) {
            continue;
        }
        for (from, to, field) in stretches(buf, area, y, &fields.on_row(buf, y)) {
            reorder_stretch(buf, y, from, to, rtl_base, field);
        }
    }
}

/// The stretches of row `y` that read on their own, as cell ranges, left
/// to right, and whether each is (part of) a marked field. A marked field
/// is one stretch, whatever its styles and spaces (cut only at box
/// drawing); its edges always cut. Elsewhere the frame's own cues do: box
/// drawing and blocks, runs of two or more spaces (columns, the two halves
/// of a status line) and changes of style (a label and its value, a key and
/// its word).
fn stretches(buf: &Buffer, area: Rect, y: u16, fields: &[(u16, u16)]) -> Vec<(u16, u16, bool)> {
    let (left, right) = (area.left(), area.right());
    let width = usize::from(right - left);
    // Per cell: a field starts here, lies in a field.
    let mut edge = vec![false; width + 1];
    let mut in_field = vec![false; width];
    for &(from, to) in fields {
        let (from, to) = (from.max(left), to.min(right));
        if from >= to {
            continue;
        }
        edge[usize::from(from - left)] = true;
        edge[usize::from(to - left)] = true;
        for i in from..to {
            in_field[usize::from(i - left)] = true;
        }
    }
    let symbol = |x: u16| buf[(x, y)].symbol();
    let space = |x: u16| x >= left && x < right && symbol(x) == " ";
    let mut out = Vec::new();
    let mut start = left;
    // The look of the last letter of the stretch so far.
    let mut look_before = None;
    for x in left..right {
        let i = usize::from(x - left);
        if edge[i] && x > start {
            out.push((start, x));
            start = x;
            look_before = None;
        }
        let s = symbol(x);
        let gap = !in_field[i] && s == " " && (space(x + 1) || (x > left && space(x - 1)));
        // In a field only box drawing cuts: a block or a shade there is
        // part of its text (the ▓ of "▓ 3 very unsafe").
        let boundary = if in_field[i] {
            is_box_drawing(s)
        } else {
            is_boundary(s)
        };
        if gap || boundary {
            out.push((start, x));
            start = x + 1;
            look_before = None;
        } else if s != " " && !in_field[i] {
            // A change of style is a change of field (a label and its
            // value, a key and its word): each reads on its own.
            let look = look_of(&buf[(x, y)]);
            if look_before.is_some_and(|l| l != look) && x > start {
                out.push((start, x));
                start = x;
            }
            look_before = Some(look);
        }
    }
    out.push((start, right));
    out.into_iter()
        .filter(|(from, to)| from < to)
        .map(|(from, to)| (from, to, in_field[usize::from(from - left)]))
        .collect()
}

/// How a cell is drawn: a field of its own when it changes.
fn look_of(
    cell: &ratatui::buffer::Cell,
) -> (
    ratatui::style::Color,
    ratatui::style::Color,
    ratatui::style::Modifier,
) {
    (cell.fg, cell.bg, cell.modifier)
}

/// Box drawing, blocks and the bars of charts: the edges of stretches.
fn is_boundary(symbol: &str) -> bool {
    symbol
        .chars()
        .next()
        .is_some_and(|c| matches!(c as u32, 0x2500..=0x259F))
}

/// Box drawing proper (not the blocks and shades after it): what cuts a
/// field.
fn is_box_drawing(symbol: &str) -> bool {
    symbol
        .chars()
        .next()
        .is_some_and(|c| matches!(c as u32, 0x2500..=0x257F))
}

/// The cells `from..to` of row `y`, reordered when they hold right-to-left
/// letters. In a `field`, each piece in a style of its own (a key, then
/// its word) is isolated: the pieces read in the line's direction, and a
/// key such as ↑↓ or 1–5 is never turned round inside.
fn reorder_stretch(
    buf: &mut Buffer,
    y: u16,
    mut from: u16,
    mut to: u16,
    rtl_base: bool,
    field: bool,
) {
    // Spaces at either end stay where they are: the gap between a swatch
    // and its words, the margin before a column.
    while from < to && buf[(from, y)].symbol() == " " {
        from += 1;
    }
    while to > from && buf[(to - 1, y)].symbol() == " " {
        to -= 1;
    }
    if to <= from {
        return;
    }
    let cells: Vec<ratatui::buffer::Cell> = (from..to).map(|x| buf[(x, y)].clone()).collect();
    if !cells.iter().any(|c| has_rtl(c.symbol())) {
        return;
    }
    // A wide character takes two cells, the second reset: moving cells one
    // by one would split it. Such a stretch (CJK beside Arabic) is left
    // alone rather than broken.
    if cells.iter().any(|c| crate::text::width(c.symbol()) != 1) {
        return;
    }
    let symbols: Vec<String> = shape(cells.iter().map(|c| c.symbol().to_string()).collect());
    let mut text = String::new();
    let mut starts = Vec::with_capacity(symbols.len());
    // Isolates around each piece of a field (only the order is computed
    // from this text, the cells keep their symbols): left to right for a
    // piece with no right-to-left letter, else as a stretch would read.
    const LRI: char = '\u{2066}';
    const RLI: char = '\u{2067}';
    const FSI: char = '\u{2068}';
    const PDI: char = '\u{2069}';
    const LRM: char = '\u{200E}';
    let piece_starts = |i: usize| i == 0 || look_of(&cells[i]) != look_of(&cells[i - 1]);
    let cut = |i: usize| field && piece_starts(i);
    let numbers = numbers_after_rtl(&symbols, cut);
    let quotes = quotations(&symbols, cut);
    let leading = numbers_leading_latin(&symbols, cut);
    let keys = key_lists(&symbols, cut);
    for i in 0..symbols.len() {
        if field && piece_starts(i) {
            if i > 0 {
                text.push(PDI);
            }
            let end = (i + 1..symbols.len())
                .find(|&j| piece_starts(j))
                .unwrap_or(symbols.len());
            text.push(if !symbols[i..end].iter().any(|s| has_rtl(s)) {
                LRI
            } else if rtl_base {
                RLI
            } else {
                FSI
            });
        }
        if quotes.iter().any(|(_, close)| *close == i) {
            text.push(PDI);
        }
        if leading.contains(&i) {
            text.push(LRM);
        }
        starts.push(text.len());
        let in_number = numbers.iter().any(|(from, to)| (*from..*to).contains(&i));
        // Inside a number, a separator joins as a comma does and a sign as
        // one more Arabic digit: the number stays one Arabic number (level
        // 2, left to right) and takes its place as one.
        // An arrow is shown as a left-to-right letter: a key list such as
        // ↑↓, ←→ or ↑↓ PgUp PgDn (arrows beside key names, which are Latin
        // letters) is then one left-to-right run and keeps its order, the
        // way a number does. Left neutral, two arrows took the direction of
        // the Arabic around them and swapped. A lone arrow between words
        // (a ← b) stands where it stood either way. The signs of a key
        // list (=/↓, [/PgUp) are letters of it likewise (see [`key_lists`]).
        text.push_str(match symbols[i].as_str() {
            s if is_arrow(s) => "\u{200E}",
            _ if keys[i] => "\u{200E}",
            s if in_number && is_number_sign(s) => "\u{0660}",
            s if in_number && !s.chars().all(|c| c.is_ascii_digit()) => ",",
            s => s,
        });
        // A quotation reads on its own, in its own direction, between its
        // marks (which take the direction of the sentence around them):
        // guillemets are no brackets to the algorithm, and a Latin title
        // in them ran into the Latin words after it, taking the closing
        // mark along (‹Title» · Body»).
        if quotes.iter().any(|(open, _)| *open == i) {
            text.push(FSI);
        }
    }
    if field {
        text.push(PDI);
    }
    let base = rtl_base.then(Level::rtl);
    let info = BidiInfo::new(&text, base);
    let Some(para) = info.paragraphs.first() else {
        return;
    };
    let (levels, runs) = info.visual_runs(para, para.range.clone());
    let mut order: Vec<(usize, bool)> = Vec::with_capacity(cells.len());
    for run in runs {
        let rtl = levels[run.start].is_rtl();
        let mut in_run: Vec<usize> = (0..symbols.len())
            .filter(|i| run.contains(&starts[*i]))
            .collect();
        if rtl {
            in_run.reverse();
        }
        order.extend(in_run.into_iter().map(|i| (i, rtl)));
    }
    if order.len() != cells.len() {
        return;
    }
    for (x, (i, rtl)) in (from..to).zip(order) {
        let mut cell = cells[i].clone();
        let symbol = if rtl {
            mirrored(&symbols[i])
        } else {
            symbols[i].clone()
        };
        cell.set_symbol(&symbol);
        buf[(x, y)] = cell;
    }
}

/// The numbers of a stretch that come after a right-to-left letter, as
/// cell ranges: a run of digits with the separators inside it (2026-06-30,
/// 10:30, 3/5, 12.5, 0722-123-456) and a sign after it (50%, the shared
/// rank 2=). Each is shown to the algorithm as one Arabic number, so it
/// reads left to right where it stands, as it does in every other cell of
/// the screen. `cut`: where a number ends anyway (a new piece of a field).
///
/// Why: after an Arabic letter, digits are Arabic numbers (rule W2), and
/// between two of those only a common separator (`:` `/` `.` `,`) joins
/// them (W4). A hyphen or a sign is neutral, takes the direction of the
/// Arabic around it and turns the number round: 2026-06-30 came out as
/// 30-06-2026, and 2= as =2.
fn numbers_after_rtl(symbols: &[String], cut: impl Fn(usize) -> bool) -> Vec<(usize, usize)> {
    let is = |j: usize, f: fn(char) -> bool| {
        symbols
            .get(j)
            .is_some_and(|s| !s.is_empty() && s.chars().all(f))
    };
    let digit = |j: usize| is(j, |c| c.is_ascii_digit());
    let separator = |j: usize| is(j, |c| matches!(c, '-' | '+' | ':' | '/' | '.' | ','));
    let sign = |j: usize| symbols.get(j).is_some_and(|s| is_number_sign(s));
    let mut out = Vec::new();
    let mut after_rtl = false;
    let mut i = 0;
    while i < symbols.len() {
        if digit(i) {
            let mut j = i + 1;
            loop {
                if digit(j) && !cut(j) {
                    j += 1;
                } else if separator(j) && digit(j + 1) && !cut(j) && !cut(j + 1) {
                    j += 2;
                } else {
                    break;
                }
            }
            if sign(j) && !cut(j) {
                j += 1;
            }
            if after_rtl {
                out.push((i, j));
            }
            i = j;
            continue;
        }
        let s = &symbols[i];
        if has_rtl(s) {
            after_rtl = true;
        } else if s.chars().any(char::is_alphabetic) {
            after_rtl = false;
        }
        i += 1;
    }
    out
}

/// The quotations of a stretch, as the cells of their opening and closing
/// marks (« » and ‹ ›, paired as they nest), each with something between
/// them and both in one piece (`cut`: where a piece of a field starts).
fn quotations(symbols: &[String], cut: impl Fn(usize) -> bool) -> Vec<(usize, usize)> {
    let mut open: Vec<(usize, &str)> = Vec::new();
    let mut out = Vec::new();
    for (i, s) in symbols.iter().enumerate() {
        if cut(i) {
            open.clear();
        }
        match s.as_str() {
            "«" => open.push((i, "»")),
            "‹" => open.push((i, "›")),
            close @ ("»" | "›") => {
                if let Some(at) = open.iter().rposition(|(_, c)| *c == close) {
                    let (from, _) = open[at];
                    open.truncate(at);
                    if i > from + 1 {
                        out.push((from, i));
                    }
                }
            }
            _ => {}
        }
    }
    out
}

/// The numbers that lead a Latin title ("3. Theft", "#1 Theft", "1= Theft"):
/// a number (with a # before it) that starts its piece or stretch, before
/// any letter, and whose next letter is Latin. Each is shown to the
/// algorithm after a left-to-right mark, so it reads with the title, at
/// its left, as the number column of every list stands left of its title.
/// Neutral, it took the line's direction and stood at the title's far
/// right end ("Theft #1").
fn numbers_leading_latin(symbols: &[String], cut: impl Fn(usize) -> bool) -> Vec<usize> {
    let letter = |s: &str| s.chars().any(char::is_alphabetic);
    let digit = |s: &str| s.chars().next().is_some_and(|c| c.is_ascii_digit());
    let mut out = Vec::new();
    let mut i = 0;
    while i < symbols.len() {
        // The start of a piece: the first symbol, or where a field's piece starts.
        let end = (i + 1..symbols.len())
            .find(|&j| cut(j))
            .unwrap_or(symbols.len());
        let piece = &symbols[i..end];
        if let Some(first) = piece.iter().position(|s| letter(s) || digit(s))
            && digit(&piece[first])
            && piece[first..]
                .iter()
                .find(|s| letter(s))
                .is_some_and(|s| !has_rtl(s))
        {
            let at = if first > 0 && piece[first - 1] == "#" {
                first - 1
            } else {
                first
            };
            out.push(i + at);
        }
        i = end;
    }
    out
}

/// Per symbol: whether it is a sign inside a key list written with
/// slashes (`=/↓`, `[/PgUp`, `+/-`, `Esc/q`): the slashes and the keys that
/// are one sign each. They are shown to the algorithm as left-to-right
/// letters, so the list reads left to right where it stands, as ↑↓ does;
/// neutral, they took the direction of the Arabic around them (`↓/=`,
/// `PgUp/]`). A list is a word (no spaces, no right-to-left letter) of
/// parts joined by slashes, each part a key: a Latin word, an arrow or a
/// single sign; a fraction (3/5) is none.
fn key_lists(symbols: &[String], cut: impl Fn(usize) -> bool) -> Vec<bool> {
    let mut out = vec![false; symbols.len()];
    let mut i = 0;
    while i < symbols.len() {
        if symbols[i] == " " {
            i += 1;
            continue;
        }
        let end = (i + 1..symbols.len())
            .find(|&j| symbols[j] == " " || cut(j))
            .unwrap_or(symbols.len());
        let word = &symbols[i..end];
        let parts: Vec<&[String]> = word.split(|s| s == "/").collect();
        let sign = |s: &str| !s.chars().any(char::is_alphanumeric) && !is_arrow(s);
        let key = |part: &[String]| match part {
            [one] if sign(one) => true,
            _ => {
                !part.is_empty()
                    && part
                        .iter()
                        .any(|s| is_arrow(s) || s.chars().any(|c| c.is_ascii_alphabetic()))
            }
        };
        if parts.len() > 1 && !word.iter().any(|s| has_rtl(s)) && parts.iter().all(|p| key(p)) {
            for (j, s) in word.iter().enumerate() {
                let one_sign =
                    (j == 0 || word[j - 1] == "/") && (j + 1 == word.len() || word[j + 1] == "/");
                if s == "/" || (one_sign && sign(s)) {
                    out[i + j] = true;
                }
            }
        }
        i = end;
    }
    out
}

/// An arrow (U+2190–U+21FF: ↑ ↓ ← → ⇧ ↵…), as key names are written.
fn is_arrow(symbol: &str) -> bool {
    let mut chars = symbol.chars();
    chars
        .next()
        .is_some_and(|c| matches!(c as u32, 0x2190..=0x21FF))
        && chars.next().is_none()
}

/// A sign written after a number: a percentage, a shared rank (2=).
fn is_number_sign(symbol: &str) -> bool {
    matches!(symbol, "%" | "=" | "٪")
}

/// Arabic letters in the form they take beside their neighbours (initial,
/// medial, final), one symbol per cell: no ligatures (lam-alef would make
/// two cells one) and no vowel marks (they ride on a cell of their own
/// letter and are lost in shaping).
fn shape(symbols: Vec<String>) -> Vec<String> {
    use ar_reshaper::{ArabicReshaper, ReshaperConfig};
    let text: String = symbols.concat();
    let config = ReshaperConfig {
        support_ligatures: false,
        delete_harakat: true,
        ..ReshaperConfig::default()
    };
    let reshaper = ArabicReshaper::new(config);
    if !reshaper.need_reshape(&text) {
        return symbols;
    }
    // Each symbol is one grapheme; after shaping, each base letter is one
    // character again, so the cells map one to one. Where they would not
    // (a mark alone in a cell), the letters stay unjoined rather than
    // shifted.
    let shaped = reshaper.reshape(&text);
    let out: Vec<String> =
        unicode_segmentation::UnicodeSegmentation::graphemes(shaped.as_str(), true)
            .map(str::to_string)
            .collect();
    if out.len() == symbols.len() {
        out
    } else {
        symbols
    }
}

/// Brackets and quotes face the other way in a right-to-left run.
fn mirrored(symbol: &str) -> String {
    let swap = |c: char| match c {
        '(' => ')',
        ')' => '(',
        '[' => ']',
        ']' => '[',
        '{' => '}',
        '}' => '{',
        '<' => '>',
        '>' => '<',
        '«' => '»',
        '»' => '«',
        '‹' => '›',
        '›' => '‹',
        '⟦' => '⟧',
        '⟧' => '⟦',
        '⟨' => '⟩',
        '⟩' => '⟨',
        '⟪' => '⟫',
        '⟫' => '⟪',
        other => other,
    };
    symbol.chars().map(swap).collect()
}

/// The test line the help shows: a short Arabic sentence with a number,
/// which reads right only when exactly one of baraza and the terminal
/// reorders it.
pub const TEST_LINE: &str = "مرحبا بكم في الاجتماع 2026";

/// The word the test line starts with: read right, it is at the right end
/// with its letters joined.
pub const TEST_FIRST_WORD: &str = "مرحبا";

#[cfg(test)]
mod tests {
    use super::*;

    fn row(text: &str, width: u16) -> Buffer {
        let mut buf = Buffer::empty(Rect::new(0, 0, width, 1));
        buf.set_string(0, 0, text, ratatui::style::Style::default());
        buf
    }

    fn text_of(buf: &Buffer) -> String {
        buf.content.iter().map(|c| c.symbol()).collect()
    }

    #[test]
    fn latin_text_is_left_exactly_as_it_was() {
        let mut buf = row("Rank (dots) │ 3 of 5", 24);
        let before = buf.clone();
        let area = buf.area;
        reorder(&mut buf, area, true, &Fields::default());
        assert_eq!(buf, before);
    }

    #[test]
    fn arabic_is_reversed_and_joined_and_numbers_keep_their_order() {
        // «سلام 12»: logical order س ل ا م, then 12; shown from the right.
        let mut buf = row("سلام 12", 7);
        let area = buf.area;
        reorder(&mut buf, area, true, &Fields::default());
        let shown = text_of(&buf);
        // The number stays "12" and comes first (leftmost) in a right-to-
        // left line; the word is reversed and in joined forms.
        assert!(shown.starts_with("12 "), "{shown}");
        let word: Vec<char> = shown.chars().skip(3).collect();
        assert_eq!(word.len(), 4);
        // Final mim ﻡ (FEE1) leftmost, initial sin ﺳ (FEB3) rightmost.
        assert_eq!(word[0], '\u{FEE1}', "{shown}");
        assert_eq!(word[3], '\u{FEB3}', "{shown}");
    }

    #[test]
    fn columns_are_never_swapped() {
        let mut buf = row("سلام│abc", 8);
        let area = buf.area;
        reorder(&mut buf, area, true, &Fields::default());
        let shown = text_of(&buf);
        assert!(shown.ends_with("│abc"), "{shown}");
        let mut buf = row("abc  سلام", 9);
        let area = buf.area;
        reorder(&mut buf, area, false, &Fields::default());
        assert!(text_of(&buf).starts_with("abc  "));
    }

    #[test]
    fn spaces_at_the_ends_of_a_stretch_stay_put() {
        // A swatch, a space, Arabic: the space stays between them.
        let mut buf = row("██ سلام", 7);
        let area = buf.area;
        reorder(&mut buf, area, true, &Fields::default());
        assert!(text_of(&buf).starts_with("██ "), "{}", text_of(&buf));
    }

    #[test]
    fn a_label_and_its_value_in_two_styles_are_not_swapped() {
        let mut buf = Buffer::empty(Rect::new(0, 0, 12, 1));
        let bold = ratatui::style::Style::default().add_modifier(ratatui::style::Modifier::BOLD);
        buf.set_string(0, 0, "سلام", bold);
        buf.set_string(5, 0, "abc", ratatui::style::Style::default());
        let area = buf.area;
        reorder(&mut buf, area, true, &Fields::default());
        let shown = text_of(&buf);
        // The value stays right of its label (one space between them).
        assert!(
            shown.starts_with('\u{FEE1}') && shown[..].contains(" abc"),
            "{shown}"
        );
    }

    #[test]
    fn brackets_face_the_other_way_in_arabic() {
        let mut buf = row("(سلام)", 6);
        let area = buf.area;
        reorder(&mut buf, area, true, &Fields::default());
        let shown = text_of(&buf);
        assert!(shown.starts_with('(') && shown.ends_with(')'), "{shown}");
        for (open, close) in [('⟦', '⟧'), ('«', '»'), ('[', ']')] {
            let line = self::shown(&format!("{open}سلام{close} عليكم"));
            // Read from the right, the opening bracket comes first, so it
            // takes the closing one's shape: the word stays inside.
            assert!(
                line.ends_with(close) && line.contains(&format!(" {open}\u{FEE1}")),
                "{line}"
            );
        }
    }

    /// `text` reordered as one right-to-left row of its own width.
    fn shown(text: &str) -> String {
        let mut buf = row(text, crate::text::width(text) as u16);
        let area = buf.area;
        reorder(&mut buf, area, true, &Fields::default());
        text_of(&buf)
    }

    /// Where `needle` starts in `haystack`, in cells.
    fn cell_of(haystack: &str, needle: &str) -> usize {
        let at = haystack
            .find(needle)
            .unwrap_or_else(|| panic!("{needle} in {haystack}"));
        haystack[..at].chars().count()
    }

    #[test]
    fn a_date_in_arabic_text_stays_one_left_to_right_number() {
        // «from 2026-06-20 to 2026-06-30»: read from the right, the first
        // date is the rightmost; each reads left to right.
        let line = shown("من 2026-06-20 إلى 2026-06-30");
        assert!(
            cell_of(&line, "2026-06-30") < cell_of(&line, "2026-06-20"),
            "{line}"
        );
        assert!(!line.contains("30-06"), "{line}");
        // A phone number, and a date at the start of the line.
        assert!(shown("هاتف 0722-123-456").starts_with("0722-123-456 "));
        assert!(shown("2026-06-30 موعد").ends_with(" 2026-06-30"));
        // In a left-to-right line the Arabic phrase, number and all, reads
        // from its right end: the number at its left.
        let mut buf = row("Due: موعد 2026-06-30", 20);
        let area = buf.area;
        reorder(&mut buf, area, false, &Fields::default());
        assert!(
            text_of(&buf).starts_with("Due: 2026-06-30 "),
            "{}",
            text_of(&buf)
        );
    }

    #[test]
    fn times_fractions_decimals_percentages_and_shared_ranks_keep_their_order() {
        for number in ["10:30", "3/5", "12.5", "1,250", "50%", "2="] {
            let line = shown(&format!("في {number} تماما"));
            assert!(line.contains(number), "{number}: {line}");
            // The word after the number is read after it: to its left.
            assert!(cell_of(&line, number) > 0, "{line}");
        }
    }

    #[test]
    fn a_latin_title_inside_an_arabic_sentence_reads_left_to_right_in_its_place() {
        // «the problem: Mugging on the path, today»: the title is read after
        // the label, so it stands left of it, and its words keep their order.
        let line = shown("المشكلة: Mugging on the path اليوم");
        assert!(line.contains("Mugging on the path"), "{line}");
        let title = cell_of(&line, "Mugging");
        // The label (ﺔﻠﻜﺸﻤﻟﺍ, its last letter first) is right of the title.
        assert!(cell_of(&line, ":") > title, "{line}");
        assert!(line.ends_with('\u{FE8D}'), "{line}");
    }

    /// A row drawn as pieces `(text, bold, marked as a field)`, one space
    /// between them unless the text says otherwise.
    fn pieces(pieces: &[(&str, bool, bool)], width: u16) -> (Buffer, Fields) {
        let mut buf = Buffer::empty(Rect::new(0, 0, width, 1));
        let mut fields = Fields::default();
        let mut x = 0;
        for (text, bold, field) in pieces {
            let style = if *bold {
                ratatui::style::Style::default().add_modifier(ratatui::style::Modifier::BOLD)
            } else {
                ratatui::style::Style::default()
            };
            let end = buf.set_stringn(x, 0, text, usize::from(width - x), style).0;
            if *field {
                fields.mark(&buf, x, 0, end - x);
            }
            x = end;
        }
        (buf, fields)
    }

    #[test]
    fn two_columns_in_one_style_one_space_apart_never_swap() {
        // Prepare's header: «group», then «people» and «dots», one space
        // apart, in the heading's style.
        let (mut buf, fields) = pieces(
            &[
                ("الفئة", false, true),
                (" ", false, false),
                ("العدد", false, true),
                (" ", false, false),
                ("النقاط", false, true),
            ],
            18,
        );
        let area = buf.area;
        reorder(&mut buf, area, true, &fields);
        let line = text_of(&buf);
        let words: Vec<&str> = line.split(' ').collect();
        assert_eq!(words.len(), 3, "{line}");
        // Each word in its column: the 5 cells of the first, then 5, then 6.
        assert_eq!(
            words.iter().map(|w| w.chars().count()).collect::<Vec<_>>(),
            [5, 5, 6],
            "{line}"
        );
        // «group» (الفئة: its last letter, teh marbuta ﺔ, leftmost) on
        // the left, «people» (العدد, its last dal ﺩ alone leftmost) in the
        // middle.
        assert!(words[0].starts_with('\u{FE94}'), "{line}");
        assert!(words[1].starts_with('\u{FEA9}'), "{line}");
        // Unmarked, the same row reads as one phrase: the columns swap.
        let mut plain = row("الفئة العدد النقاط", 18);
        reorder(&mut plain, area, true, &Fields::default());
        assert!(
            !text_of(&plain).starts_with('\u{FE94}'),
            "{}",
            text_of(&plain)
        );
    }

    #[test]
    fn a_step_of_the_stepper_reads_as_one_and_the_steps_keep_their_order() {
        use crate::model::{Session, Stage};
        let at = chrono::DateTime::parse_from_rfc3339("2026-11-27T10:42:07+03:00").unwrap();
        let s = Session::new("t".into(), "T".into(), at.date_naive(), at);
        let theme = crate::tui::theme::Theme::dark();
        let lang = crate::i18n::Lang::Ar;
        for width in [64, 80, 120] {
            let area = Rect::new(0, 0, width, 1);
            let mut buf = Buffer::empty(area);
            let ((), fields) = fields::record(|| {
                crate::tui::chrome::stepper(area, &mut buf, &theme, lang, Stage::Rank, &s)
            });
            let logical = text_of(&buf);
            reorder(&mut buf, area, true, &fields);
            let line = text_of(&buf);
            // The separators stay where they were: no step crossed one.
            let seps = |l: &str| {
                l.match_indices('›')
                    .map(|(i, _)| l[..i].chars().count())
                    .collect::<Vec<_>>()
            };
            assert_eq!(seps(&line), seps(&logical), "{width}: {line}");
            // F1 … F6 (when shown) left to right, each with its step.
            let keys: Vec<usize> = (1..=6)
                .filter_map(|n| line.find(&format!("F{n}")))
                .collect();
            assert!(keys.windows(2).all(|w| w[0] < w[1]), "{width}: {line}");
            // The current step's ▶ stays in its step, at its right end (its
            // start, read right to left): just before the separator.
            let steps: Vec<&str> = line.split('›').collect();
            assert_eq!(steps.len(), 6, "{width}: {line}");
            assert!(steps[2].trim_end().ends_with('▶'), "{width}: {line}");
        }
    }

    #[test]
    fn a_line_without_right_to_left_letters_is_untouched_byte_for_byte() {
        let (mut buf, fields) = pieces(
            &[
                ("▶F1 Prepare ", true, true),
                ("›", false, false),
                (" 2026-06-30 (3/5) 10:30 ", false, true),
                ("│ «x» ★ 2= 50%", true, false),
            ],
            60,
        );
        let before = buf.clone();
        let area = buf.area;
        reorder(&mut buf, area, true, &fields);
        assert_eq!(buf, before);
    }

    #[test]
    fn a_key_and_its_word_in_one_field_read_key_first_and_the_key_unturned() {
        // «↑↓ move», «1–5 assign»: right to left the key is read first, so
        // it stands right of its word; its own symbols stay as they are.
        for key in ["↑↓", "1–5", "Ctrl+z/u"] {
            let (mut buf, fields) = pieces(&[(key, true, false), (" تحريك", false, false)], 20);
            let mut one = Fields::default();
            let end = (crate::text::width(key) + 6) as u16;
            one.mark(&buf, 0, 0, end);
            assert!(fields.is_empty());
            let area = buf.area;
            reorder(&mut buf, area, true, &one);
            let line = text_of(&buf);
            assert!(line.trim_end().ends_with(&format!(" {key}")), "{line}");
        }
    }

    #[test]
    fn arrows_and_key_names_in_an_arabic_line_keep_their_order() {
        // One style, no field: the help's title. Each key list reads left
        // to right where it stands, after (left of) what comes before it.
        for keys in ["↑↓", "←→", "↑↓ PgUp PgDn", "←/h →/l", "Shift+↑"] {
            let line = shown(&format!("المفاتيح — {keys} تمرير · Esc إغلاق"));
            assert!(line.contains(keys), "{keys}: {line}");
            // The title's first word, read first, is rightmost; the key list
            // stands left of it and right of its word.
            assert!(cell_of(&line, keys) > cell_of(&line, "Esc"), "{line}");
            assert!(line.ends_with('\u{FE8D}'), "{line}");
        }
        // A lone arrow between two words stays between them.
        let line = shown("النقاط ← المقارنة");
        assert_eq!(cell_of(&line, "←"), 9, "{line}");
    }

    #[test]
    fn a_quoted_latin_title_keeps_its_marks_and_stays_apart_from_latin_after_it() {
        // The ledger's rule: «‹problem›» · body · raised on a date. Read from
        // the right: the quoted title first, in its marks, then the body.
        let line = shown("«Gang recruitment of boys» · Sub-county committee · رُفعت 2026-06-10");
        assert!(line.contains("«Gang recruitment of boys»"), "{line}");
        assert!(
            cell_of(&line, "Sub-county") < cell_of(&line, "«Gang"),
            "{line}"
        );
        assert!(!line.contains("boys» · Sub"), "{line}");
        // An Arabic title in quotes inside an Arabic sentence, as before.
        let line = shown("أُضيفت مشكلة: «سرقة» اليوم");
        assert!(
            line.contains("«\u{FE94}\u{FED7}\u{FEAE}\u{FEB3}»"),
            "{line}"
        );
        // In a left-to-right line an Arabic quotation reads from its right
        // end, in its marks.
        let mut buf = row("added: «سرقة» · Men", 19);
        let area = buf.area;
        reorder(&mut buf, area, false, &Fields::default());
        assert_eq!(
            text_of(&buf),
            "added: «\u{FE94}\u{FED7}\u{FEAE}\u{FEB3}» · Men"
        );
    }

    #[test]
    fn a_number_leading_a_latin_title_stands_at_its_left() {
        // Plan's problem row: «#1 Title — two actions». The number reads
        // with its title, left of it, as in every list's number column.
        for number in ["#1", "3.", "1="] {
            let line = shown(&format!("{number} Mugging on the path — إجراءان"));
            assert!(
                line.contains(&format!("{number} Mugging on the path")),
                "{line}"
            );
            assert!(line.starts_with('\u{FEE5}'), "{line}");
        }
        // Before an Arabic title the number stays at its start, the right.
        let line = shown("#1 سرقة");
        assert!(line.starts_with('\u{FE94}'), "{line}");
        assert!(line.ends_with(" #1"), "{line}");
    }

    #[test]
    fn key_lists_with_signs_and_a_number_after_an_arrow_keep_their_order() {
        for keys in ["=/↓", "[/PgUp", "]/PgDn", "+/-", "Esc/q", "↑3", "Ctrl+z/u"] {
            let line = shown(&format!("المفاتيح — {keys} تمرير"));
            assert!(line.contains(keys), "{keys}: {line}");
            assert!(line.ends_with('\u{FE8D}'), "{line}");
        }
        // A fraction is no key list: it stays one number.
        assert!(shown("في 3/5 تماما").contains("3/5"));
    }

    #[test]
    fn a_line_of_arrows_and_keys_without_right_to_left_letters_is_untouched() {
        let mut buf = row("Keys — ↑↓ PgUp PgDn scroll · ←→ · Home top · Esc close", 60);
        let before = buf.clone();
        let area = buf.area;
        reorder(&mut buf, area, true, &Fields::default());
        assert_eq!(buf, before);
    }

    proptest::proptest! {
        /// Rows of pieces (some marked as fields, some not, bold or not)
        /// in letters of both directions, digits and punctuation; each cell
        /// is tagged with its place in its underline colour (which is no
        /// part of its look) so it can be followed.
        #[test]
        fn the_pass_permutes_each_field_and_crosses_no_edge(
            row in proptest::collection::vec(
                (
                    "[ab ءاب-ت٠0-9:/()«»★=%.-]{1,8}",
                    proptest::bool::ANY,
                    proptest::bool::ANY,
                    proptest::bool::ANY,
                ),
                1..8,
            ),
            rtl_base in proptest::bool::ANY,
        ) {
            use ratatui::style::{Color, Modifier, Style};
            let width = 80u16;
            let mut buf = Buffer::empty(Rect::new(0, 0, width, 1));
            let mut fields = Fields::default();
            let mut spans = Vec::new();
            let mut x = 0u16;
            for (text, field, gap, bold) in &row {
                let style = if *bold { Style::new().add_modifier(Modifier::BOLD) } else { Style::new() };
                let end = buf.set_stringn(x, 0, text, usize::from(width - x), style).0;
                if *field && (x..end).any(|x| buf[(x, 0)].symbol() != " ") {
                    fields.mark(&buf, x, 0, end - x);
                    spans.push((x, end));
                }
                x = (end + u16::from(*gap)).min(width);
            }
            for x in 0..width {
                buf[(x, 0)].underline_color = Color::Indexed(x as u8);
            }
            let before = buf.clone();
            let area = buf.area;
            reorder(&mut buf, area, rtl_base, &fields);
            if !before.content.iter().any(|c| has_rtl(c.symbol())) {
                proptest::prop_assert_eq!(&buf, &before);
            }
            let field = |x: u16| spans.iter().find(|(a, b)| (*a..*b).contains(&x));
            let mut sources = Vec::new();
            for x in 0..width {
                let cell = &buf[(x, 0)];
                let Color::Indexed(from) = cell.underline_color else { unreachable!() };
                let from = u16::from(from);
                sources.push(from);
                // Every cell comes from the field it is in, or from the
                // same stretch between two fields' edges.
                match field(x) {
                    Some(span) => proptest::prop_assert_eq!(field(from), Some(span)),
                    None => {
                        proptest::prop_assert!(field(from).is_none());
                        let (a, b) = (from.min(x), from.max(x));
                        proptest::prop_assert!(spans.iter().all(|(s, e)| *e <= a || *s > b));
                    }
                }
                // ... with its own symbol and look, mirrored or joined.
                let was = &before[(from, 0)];
                let (was_symbol, is) = (was.symbol(), cell.symbol());
                proptest::prop_assert!(
                    is == was_symbol || is == mirrored(was_symbol) || (has_rtl(is) && has_rtl(was_symbol)),
                    "{} became {}", was_symbol, is
                );
                proptest::prop_assert_eq!(look_of(was), look_of(cell));
            }
            // A permutation: no cell comes from two places.
            sources.sort_unstable();
            sources.dedup();
            proptest::prop_assert_eq!(sources.len(), usize::from(width));
        }
    }

    #[test]
    fn auto_is_off_only_on_terminals_that_reorder() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |k: &str| {
                pairs
                    .iter()
                    .find(|(n, _)| *n == k)
                    .map(|(_, v)| v.to_string())
            }
        };
        assert!(RtlSetting::Auto.resolve(env(&[])));
        assert!(RtlSetting::Auto.resolve(env(&[("VTE_VERSION", "5202")])));
        assert!(!RtlSetting::Auto.resolve(env(&[("VTE_VERSION", "7600")])));
        assert!(!RtlSetting::Auto.resolve(env(&[("KONSOLE_VERSION", "230805")])));
        assert!(!RtlSetting::Auto.resolve(env(&[("MLTERM", "3.9.3")])));
        assert!(RtlSetting::On.resolve(env(&[("KONSOLE_VERSION", "1")])));
        assert!(!RtlSetting::Off.resolve(env(&[])));
        assert_eq!(RtlSetting::parse("ON"), Some(RtlSetting::On));
        assert_eq!(RtlSetting::Off.next(), RtlSetting::Auto);
    }
}
