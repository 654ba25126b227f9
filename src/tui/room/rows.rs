//! Laying text out for the wall: titles wrapped (never cut), lists paged so
//! the facilitator's item stays in view ("4–7 of 12"), and every piece of
//! user text made safe for the terminal on its way to the screen.
//!
//! Paging is a pure function of the item heights, the room there is and the
//! selected item: pages are cut from the top, always the same way, so the
//! facilitator's room view and every audience window show the same page,
//! and the page only turns when the selection leaves it.

use std::borrow::Cow;
use std::ops::Range;

use ratatui::buffer::Buffer;

use crate::i18n::Lang;
use crate::tr;
use ratatui::layout::Rect;
use ratatui::style::Style;

use crate::text;
use crate::tui::bidi::fields;

/// User or file text as the room's screen may show it: through the one
/// sanitiser ([`text::escape_controls`]), so nothing a session holds (a stray
/// escape in a hand-edited file) can move the cursor or change the terminal.
/// One line: a line break is written out too.
pub fn clean(s: &str) -> Cow<'_, str> {
    text::escape_controls(s, text::Breaks::None)
}

/// [`clean`] for text of several lines (the Learn boxes): line breaks stay.
pub fn clean_lines(s: &str) -> Cow<'_, str> {
    text::escape_controls(s, text::Breaks::Lines)
}

/// `s` wrapped to `width` columns: every word kept, none cut (a word wider
/// than a line is broken between graphemes).
pub fn wrap(s: &str, width: u16) -> Vec<String> {
    wrap_clean(&clean(s), width)
}

/// [`wrap`] for text of several lines: each line break starts a new line.
pub fn wrap_lines(s: &str, width: u16) -> Vec<String> {
    wrap_clean(&clean_lines(s).replace('\t', " "), width)
}

fn wrap_clean(s: &str, width: u16) -> Vec<String> {
    let width = usize::from(width.max(1));
    text::wrap(s, width)
        .iter()
        .map(|l| s[l.range.clone()].trim_end().to_string())
        .collect()
}

/// Writes `lines` from row `y` of `area` down, as many as fit; returns how
/// many rows were used. Each line is a field of the frame, as is the text
/// of [`put`] and [`put_right`] ([`crate::tui::bidi::fields`]): right to
/// left, a title, a count and a value each read within their own cells and
/// never swap, however close.
pub fn put_lines(buf: &mut Buffer, area: Rect, y: u16, lines: &[String], style: Style) -> u16 {
    let mut used = 0;
    for (i, line) in lines.iter().enumerate() {
        let row = y + i as u16;
        if row >= area.height {
            break;
        }
        fields::draw(
            buf,
            area.x,
            area.y + row,
            line,
            usize::from(area.width),
            style,
        );
        used += 1;
    }
    used
}

/// `s` wrapped at the top of `area`, which loses the rows it took: a line
/// of the room view's own words, never cut.
pub fn label(buf: &mut Buffer, area: &mut Rect, s: &str, style: Style) {
    let lines = wrap(s, area.width);
    let rows = take_top(area, lines.len() as u16);
    put_lines(buf, rows, 0, &lines, style);
}

/// One line of text in `area` at row `y`, cut to the width (for labels the
/// room view makes itself, short by design; titles go through [`wrap`]).
pub fn put(buf: &mut Buffer, area: Rect, y: u16, s: &str, style: Style) {
    if y < area.height && area.width > 0 {
        let s = clean(s);
        let w = usize::from(area.width);
        fields::draw(buf, area.x, area.y + y, &text::truncate(&s, w), w, style);
    }
}

/// `s` right-aligned on row `y` of `area`.
pub fn put_right(buf: &mut Buffer, area: Rect, y: u16, s: &str, style: Style) {
    let w = text::width(s) as u16;
    if y < area.height && w <= area.width {
        fields::draw(buf, area.right() - w, area.y + y, s, usize::from(w), style);
    }
}

/// The items of a list to show, and the "4–7 of 12" that says so when that
/// is not all of them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Page {
    pub items: Range<usize>,
    pub label: String,
}

/// Cuts items of the given heights into pages of at most `room` rows (an
/// item taller than a page gets a page of its own) and returns the page
/// holding `selected` (the first page when nothing is selected).
pub fn page(lang: Lang, heights: &[u16], room: u16, selected: Option<usize>) -> Page {
    let len = heights.len();
    let mut start = 0;
    let mut pages = Vec::new();
    while start < len {
        let mut end = start;
        let mut used = 0u16;
        while end < len && (end == start || used + heights[end] <= room) {
            used = used.saturating_add(heights[end]);
            end += 1;
        }
        pages.push(start..end);
        start = end;
    }
    let items = match selected {
        Some(i) => pages.iter().find(|p| p.contains(&i)).cloned(),
        None => None,
    }
    .or_else(|| pages.first().cloned())
    .unwrap_or(0..0);
    let label = if items.len() >= len {
        String::new()
    } else {
        tr!(
            lang,
            "room-page",
            from = items.start + 1,
            to = items.end,
            total = len
        )
    };
    Page { items, label }
}

/// Takes `rows` rows off the top of `area`.
pub fn take_top(area: &mut Rect, rows: u16) -> Rect {
    let rows = rows.min(area.height);
    let top = Rect::new(area.x, area.y, area.width, rows);
    area.y += rows;
    area.height -= rows;
    top
}

/// A blank row off the top of `area`, when it is at least `tall` rows: air
/// between parts where there is room for it.
pub fn gap(area: &mut Rect, tall: u16) {
    if area.height >= tall {
        take_top(area, 1);
    }
}

/// Takes `rows` rows off the bottom of `area`.
pub fn take_bottom(area: &mut Rect, rows: u16) -> Rect {
    let rows = rows.min(area.height);
    area.height -= rows;
    Rect::new(area.x, area.y + area.height, area.width, rows)
}

/// Takes `cols` columns off the left of `area`.
pub fn take_left(area: &mut Rect, cols: u16) -> Rect {
    let cols = cols.min(area.width);
    let left = Rect::new(area.x, area.y, cols, area.height);
    area.x += cols;
    area.width -= cols;
    left
}

/// Takes `cols` columns off the right of `area`.
pub fn take_right(area: &mut Rect, cols: u16) -> Rect {
    let cols = cols.min(area.width);
    area.width -= cols;
    Rect::new(area.x + area.width, area.y, cols, area.height)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_keep_the_selection_in_view_and_say_where_they_are() {
        let heights = [2, 2, 2, 2, 2, 2, 2];
        assert_eq!(page(Lang::En, &heights, 20, Some(6)).label, "");
        let first = page(Lang::En, &heights, 6, None);
        assert_eq!(first.items, 0..3);
        assert_eq!(first.label, "1–3 of 7");
        assert_eq!(page(Lang::En, &heights, 6, Some(4)).items, 3..6);
        assert_eq!(page(Lang::En, &heights, 6, Some(6)).label, "7–7 of 7");
        // An item taller than a page still gets shown.
        assert_eq!(page(Lang::En, &[9, 1], 4, Some(0)).items, 0..1);
        assert_eq!(page(Lang::En, &[], 4, Some(0)).items, 0..0);
    }

    #[test]
    fn controls_never_reach_the_screen() {
        assert_eq!(clean("a\u{1b}[2Jb\u{9b}d"), "a\\u{1b}[2Jb\\u{9b}d");
        assert!(matches!(clean("plain"), Cow::Borrowed(_)));
        assert_eq!(clean_lines("one\ntwo"), "one\ntwo");
        for line in wrap("x\u{7}y z", 3) {
            assert!(!line.chars().any(text::is_terminal_control), "{line:?}");
        }
    }
}
