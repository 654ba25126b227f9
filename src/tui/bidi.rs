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
//! person typed, goes through one place. A row is cut into stretches at
//! box-drawing characters and at runs of two or more spaces (columns, the
//! two halves of a status line) and where the style changes (a label and
//! its value, a number and its title), so reordering does not swap columns;
//! a stretch without right-to-left letters is left exactly as it was. The
//! layout itself stays left to right (labels on the left, lists from the
//! left); what reads right to left is each stretch. Known limit: two
//! columns of the same style one space apart (a full table header) read
//! as one stretch and swap.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use unicode_bidi::{BidiInfo, Level};

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
/// number or a Latin word.
pub fn reorder(buf: &mut Buffer, area: Rect, rtl_base: bool) {
    let area = area.intersection(buf.area);
    for y in area.top()..area.bottom() {
        let mut start = area.left();
        let mut x = area.left();
        // The look of the last letter of the stretch so far.
        let mut look_before = None;
        while x < area.right() {
            let symbol = buf[(x, y)].symbol();
            let space =
                |x: u16| x >= area.left() && x < area.right() && buf[(x, y)].symbol() == " ";
            let spaces = symbol == " " && (space(x + 1) || (x > 0 && space(x - 1)));
            if spaces || is_boundary(symbol) {
                reorder_stretch(buf, y, start, x, rtl_base);
                start = x + 1;
            } else if symbol != " " {
                // A change of style is a change of field (a label and its
                // value, a key and its word): each reads on its own.
                let look = look_of(&buf[(x, y)]);
                if look_before.is_some_and(|l| l != look) && x > start {
                    reorder_stretch(buf, y, start, x, rtl_base);
                    start = x;
                }
                look_before = Some(look);
            }
            if x + 1 == start {
                look_before = None;
            }
            x += 1;
        }
        reorder_stretch(buf, y, start, area.right(), rtl_base);
    }
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

/// The cells `from..to` of row `y`, reordered when they hold right-to-left
/// letters.
fn reorder_stretch(buf: &mut Buffer, y: u16, mut from: u16, mut to: u16, rtl_base: bool) {
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
    for s in &symbols {
        starts.push(text.len());
        text.push_str(s);
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
        reorder(&mut buf, area, true);
        assert_eq!(buf, before);
    }

    #[test]
    fn arabic_is_reversed_and_joined_and_numbers_keep_their_order() {
        // «سلام 12»: logical order س ل ا م, then 12; shown from the right.
        let mut buf = row("سلام 12", 7);
        let area = buf.area;
        reorder(&mut buf, area, true);
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
        reorder(&mut buf, area, true);
        let shown = text_of(&buf);
        assert!(shown.ends_with("│abc"), "{shown}");
        let mut buf = row("abc  سلام", 9);
        let area = buf.area;
        reorder(&mut buf, area, false);
        assert!(text_of(&buf).starts_with("abc  "));
    }

    #[test]
    fn spaces_at_the_ends_of_a_stretch_stay_put() {
        // A swatch, a space, Arabic: the space stays between them.
        let mut buf = row("██ سلام", 7);
        let area = buf.area;
        reorder(&mut buf, area, true);
        assert!(text_of(&buf).starts_with("██ "), "{}", text_of(&buf));
    }

    #[test]
    fn a_label_and_its_value_in_two_styles_are_not_swapped() {
        let mut buf = Buffer::empty(Rect::new(0, 0, 12, 1));
        let bold = ratatui::style::Style::default().add_modifier(ratatui::style::Modifier::BOLD);
        buf.set_string(0, 0, "سلام", bold);
        buf.set_string(5, 0, "abc", ratatui::style::Style::default());
        let area = buf.area;
        reorder(&mut buf, area, true);
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
        reorder(&mut buf, area, true);
        let shown = text_of(&buf);
        assert!(shown.starts_with('(') && shown.ends_with(')'), "{shown}");
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
