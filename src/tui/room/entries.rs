//! The list most room views are made of: one entry per problem, group or
//! action — a marker column (▶ the facilitator's item, ★ a leader, or a
//! group's pattern), a lead (a rank or a number), the title wrapped in its
//! column, an optional stacked bar, and a value on the right (a total).
//!
//! When every entry fits at four rows each, leads and values are drawn in
//! big digits and bars four rows thick (all of it, at 120×40 and above, for
//! a ranking of nine); otherwise in normal text, paged so the facilitator's
//! entry stays in view.

use std::borrow::Cow;

use ratatui::buffer::Buffer;

use crate::i18n::Lang;
use ratatui::layout::{Alignment, Rect};
use ratatui::style::Style;

use super::big::{self, Size};
use super::rows::{self, Page};
use crate::text;
use crate::tui::theme::Theme;
use crate::tui::widgets::bar_chart::Fill;

/// The height from which a ranking too long to be all big has its leaders
/// big and the rest normal (120×40 and up; at 80×24 all normal reads better).
const MIXED_FROM: u16 = 30;

/// One entry.
#[derive(Clone, Debug, Default)]
pub struct Entry {
    /// The facilitator's item: ▶, and the title reversed.
    pub selected: bool,
    /// A leader: ★, and the title in bold.
    pub leader: bool,
    /// Drawn in the marker column instead of ★ (a group's pattern).
    pub swatch: Option<Fill>,
    /// A rank or a number ("1", "2=", "7.").
    pub lead: String,
    pub title: String,
    /// A second line under the title, in muted text (who, by when).
    pub detail: Option<String>,
    /// The detail wraps to as many lines as it needs (the ledger's replies),
    /// rather than one line cut to the width.
    pub detail_wraps: bool,
    /// A stacked bar: each part's value and fill.
    pub bar: Vec<(f64, Fill)>,
    /// On the right: a total.
    pub value: String,
}

/// How the list is drawn.
pub struct Look {
    /// The value a full bar stands for (the largest over every entry, so bars
    /// keep their length from page to page).
    pub bar_max: f64,
    /// Big digits allowed (off for lists whose values are words).
    pub big: bool,
    /// A ranking: when not every entry fits big, the first ones (the
    /// leaders) are big and the rest normal, rather than all normal.
    pub ranked: bool,
    /// Short titles (group names) big too, beside big numbers, where the
    /// font has their letters.
    pub big_titles: bool,
}

/// Bars made only for the entries drawn: for a list whose bars cost more to
/// make than its titles (a hundred groups' parts on each of thousands of
/// problems), and whose entries leave their `bar` empty.
pub struct Bars<'a> {
    /// Whether any entry has a bar (what decides the bar column).
    pub any: bool,
    /// Entry `i`'s bar, as its `bar` would hold it.
    pub of: &'a dyn Fn(usize) -> Vec<(f64, Fill)>,
}

/// Columns of the list, worked out once for every entry.
struct Columns {
    marker: u16,
    lead: u16,
    title: u16,
    bar: u16,
    value: u16,
    size: Option<Size>,
    /// The entries drawn big: the first this many.
    big_rows: usize,
}

/// What columns and heights are worked out from, once a frame: each title's
/// width (of its clean text) and whether any entry has a bar.
struct Measures {
    titles: Vec<usize>,
    has_bars: bool,
}

impl Measures {
    fn of(entries: &[Entry], bars: Option<&Bars>) -> Measures {
        Measures {
            titles: entries
                .iter()
                .map(|e| text::width_remembered(&rows::clean(&e.title)))
                .collect(),
            has_bars: bars.is_some_and(|b| b.any) || entries.iter().any(|e| !e.bar.is_empty()),
        }
    }
}

fn columns(
    area: Rect,
    entries: &[Entry],
    m: &Measures,
    size: Option<Size>,
    big_titles: bool,
) -> Columns {
    let digit = |s: &str| match size {
        Some(size) if big::has_glyphs(s) => size.width(s),
        _ => text::width(s) as u16,
    };
    let lead = entries.iter().map(|e| digit(&e.lead)).max().unwrap_or(0);
    let value = entries.iter().map(|e| digit(&e.value)).max().unwrap_or(0);
    let marker = if entries.iter().any(|e| e.swatch.is_some()) {
        4
    } else {
        3
    };
    let gaps = u16::from(lead > 0) + u16::from(value > 0);
    let rest = area.width.saturating_sub(marker + lead + value + gaps);
    let has_bars = m.has_bars;
    // Titles get what they need, up to two thirds when there are bars (and
    // 24 columns at least), so a number is never far from its title.
    let widest = entries
        .iter()
        .zip(&m.titles)
        .map(|(e, &title)| {
            let detail = e.detail.as_deref().map_or(0, text::width);
            title.max(detail) as u16
        })
        .max()
        .unwrap_or(0);
    // Big titles need four columns a letter; whatever does not fit that way
    // is drawn as text.
    let widest = match size {
        Some(size) if big_titles => entries
            .iter()
            .filter(|e| big::has_glyphs(&e.title))
            .map(|e| size.width(&e.title))
            .filter(|w| *w <= rest)
            .max()
            .unwrap_or(0)
            .max(widest),
        _ => widest,
    };
    let (title, bar) = if has_bars && rest >= 24 + 13 {
        let title = widest.clamp(24, rest * 2 / 3);
        (title, rest - title - 1)
    } else {
        (widest.min(rest).max(rest.min(8)), 0)
    };
    Columns {
        marker,
        lead,
        title,
        bar,
        value,
        size,
        big_rows: if size.is_some() { entries.len() } else { 0 },
    }
}

/// Rows entry `e`'s title (`title_width` columns wide) and detail take at
/// the columns `c`, before any big digits.
fn text_rows(e: &Entry, title_width: usize, c: &Columns) -> u16 {
    let detail = match &e.detail {
        Some(d) if e.detail_wraps => rows::wrap(d, c.title).len() as u16,
        Some(_) => 1,
        None => 0,
    };
    title_lines(&e.title, title_width, c.title) + detail
}

/// `rows::wrap(title, width).len()`, where the title's clean text is
/// `title_width` columns: a title that fits is one line (wrapping only
/// breaks a line that would be wider), so only longer ones are wrapped.
fn title_lines(title: &str, title_width: usize, width: u16) -> u16 {
    if title_width <= usize::from(width.max(1)) {
        1
    } else {
        rows::wrap(title, width).len() as u16
    }
}

/// Rows entry `i` takes (without the blank row after it).
fn height(i: usize, e: &Entry, m: &Measures, c: &Columns) -> u16 {
    let title = text_rows(e, m.titles[i], c);
    match c.size {
        Some(size) if i < c.big_rows => title.max(size.height()),
        _ => title,
    }
}

/// [`text_rows`] of every entry: wrapped once per layout, not once per try.
fn title_rows(entries: &[Entry], m: &Measures, c: &Columns) -> Vec<u16> {
    entries
        .iter()
        .zip(&m.titles)
        .map(|(e, &w)| text_rows(e, w, c))
        .collect()
}

/// How the entries are laid out: the columns (which entries big) and the
/// rows each takes with the air after it.
fn layout(area: Rect, entries: &[Entry], m: &Measures, look: &Look) -> (Columns, Vec<u16>) {
    let n = entries.len();
    // What `height` is for entry i, from its title rows: the big ones at
    // least as tall as a big digit.
    let heights = |c: &Columns, titles: &[u16], spaced_small: bool| -> Vec<u16> {
        (0..n)
            .map(|i| match c.size {
                Some(size) if i < c.big_rows => titles[i].max(size.height()) + 1,
                _ => titles[i] + u16::from(spaced_small),
            })
            .collect()
    };
    // The last entry needs no blank row after it.
    let room = u32::from(area.height) + 1;
    if look.big {
        let mut c = columns(area, entries, m, Some(Size::Quadrant), look.big_titles);
        // Big digits leave titles a fair column: 16 or their widest.
        let widest = m.titles.iter().map(|&w| w as u16).max().unwrap_or(0);
        if c.title >= widest.min(16) {
            // Every entry big; else, in a ranking on a tall screen (where
            // the rest still read well beside them), as many leaders big as
            // fit. The rows of each try are summed from running totals (the
            // first k big, the rest small), so trying every k costs one pass.
            let titles = title_rows(entries, m, &c);
            let tall = c.size.map_or(0, |size| size.height());
            let mut big = vec![0u32; n + 1];
            for i in 0..n {
                big[i + 1] = big[i] + u32::from(titles[i].max(tall) + 1);
            }
            // From entry i to the end, small: spaced, and not.
            let mut small = [vec![0u32; n + 1], vec![0u32; n + 1]];
            for i in (0..n).rev() {
                small[0][i] = small[0][i + 1] + u32::from(titles[i] + 1);
                small[1][i] = small[1][i + 1] + u32::from(titles[i]);
            }
            let firsts: Vec<usize> = if look.ranked && area.height >= MIXED_FROM {
                (1..=n).rev().collect()
            } else {
                vec![n]
            };
            for k in firsts {
                for (spaced, small) in [(true, &small[0]), (false, &small[1])] {
                    if big[k] + small[k] <= room {
                        c.big_rows = k;
                        let h = heights(&c, &titles, spaced);
                        return (c, h);
                    }
                }
            }
        }
    }
    let c = columns(area, entries, m, None, false);
    let titles = title_rows(entries, m, &c);
    let fits = |h: &[u16]| h.iter().map(|&x| u32::from(x)).sum::<u32>() <= room;
    let spaced = heights(&c, &titles, true);
    if fits(&spaced) {
        return (c, spaced);
    }
    let h = heights(&c, &titles, false);
    (c, h)
}

/// Draws `entries` in `area`; returns the page label ("4–7 of 12", or empty
/// when every entry is shown).
pub fn draw(
    area: Rect,
    buf: &mut Buffer,
    theme: &Theme,
    lang: Lang,
    entries: &[Entry],
    look: &Look,
) -> String {
    draw_with_bars(area, buf, theme, lang, entries, look, None)
}

/// [`draw`], with the entries' bars from `bars` (made for the entries drawn
/// alone) when given.
pub fn draw_with_bars(
    area: Rect,
    buf: &mut Buffer,
    theme: &Theme,
    lang: Lang,
    entries: &[Entry],
    look: &Look,
    bars: Option<&Bars>,
) -> String {
    if area.is_empty() || entries.is_empty() {
        return String::new();
    }
    let m = Measures::of(entries, bars);
    let selected = entries.iter().position(|e| e.selected);
    // Big digits where every entry fits at their height (or, in a ranking,
    // the leaders), with a blank row between entries where that still shows
    // them all: easier to read from the back. Else normal text, paged.
    let (c, heights) = layout(area, entries, &m, look);
    // The last entry needs no blank row after it.
    let slack = heights.last().map_or(0, |h| {
        let i = heights.len() - 1;
        h - height(i, &entries[i], &m, &c)
    });
    let Page { items, label } = rows::page(lang, &heights, area.height + slack, selected);
    let mut y = 0;
    for i in items {
        let e = &entries[i];
        let h = height(i, e, &m, &c);
        let size = c.size.filter(|_| i < c.big_rows);
        let bar = match bars {
            Some(bars) => Cow::Owned((bars.of)(i)),
            None => Cow::Borrowed(e.bar.as_slice()),
        };
        draw_entry(area, buf, theme, e, &bar, &c, size, look, y, h);
        y += heights[i];
    }
    label
}

#[allow(clippy::too_many_arguments)]
fn draw_entry(
    area: Rect,
    buf: &mut Buffer,
    theme: &Theme,
    e: &Entry,
    bar_parts: &[(f64, Fill)],
    c: &Columns,
    size: Option<Size>,
    look: &Look,
    y: u16,
    h: u16,
) {
    let h = h.min(area.height.saturating_sub(y));
    if h == 0 {
        return;
    }
    let mut row = Rect::new(area.x, area.y + y, area.width, h);
    let marker = rows::take_left(&mut row, c.marker);
    let mark = match (e.selected, e.leader) {
        (true, true) => "▶★",
        (true, false) => "▶",
        (false, true) => " ★",
        (false, false) => "",
    };
    let emphasis = if e.leader { theme.emphasis } else { theme.base };
    rows::put(buf, marker, 0, mark, emphasis);
    if let Some(fill) = e.swatch {
        let at = Rect::new(marker.x + 1, marker.y, 2, 1).intersection(marker);
        rows::put(buf, at, 0, &fill.swatch(), fill.style);
    }
    let lead = rows::take_left(&mut row, c.lead);
    if c.lead > 0 {
        rows::take_left(&mut row, 1);
    }
    number(buf, lead, &e.lead, size, emphasis, Alignment::Right);
    // Title, bar, value from left to right, each in its column: the value
    // stays next to its title however wide the screen.
    row.width = row
        .width
        .min(c.title + u16::from(c.bar > 0) + c.bar + 1 + c.value);
    let value = rows::take_right(&mut row, c.value);
    if c.value > 0 {
        rows::take_right(&mut row, 1);
    }
    number(buf, value, &e.value, size, emphasis, Alignment::Right);
    let bar = rows::take_right(&mut row, c.bar);
    if c.bar > 0 {
        rows::take_right(&mut row, 1);
        draw_bar(buf, bar, bar_parts, look.bar_max, size.is_some());
    }
    let style = match (e.selected, e.leader) {
        (true, _) => theme.selected,
        (false, true) => theme.emphasis,
        (false, false) => theme.base,
    };
    let big_title = size.filter(|s| look.big_titles && s.width(&e.title) <= row.width);
    let used = match big_title {
        Some(size) if big::draw(row, buf, &e.title, size, style, Alignment::Left) => size.height(),
        _ => {
            let lines = rows::wrap(&e.title, row.width);
            rows::put_lines(buf, row, 0, &lines, style)
        }
    };
    if let Some(detail) = &e.detail {
        let lines = rows::wrap(detail, row.width);
        let shown = if e.detail_wraps { lines.len() } else { 1 };
        rows::put_lines(
            buf,
            row,
            used,
            &lines[..shown.min(lines.len())],
            theme.muted,
        );
    }
}

/// A number, big when the list is big, else bold.
fn number(
    buf: &mut Buffer,
    area: Rect,
    s: &str,
    size: Option<Size>,
    style: Style,
    align: Alignment,
) {
    if area.is_empty() || s.is_empty() {
        return;
    }
    if let Some(size) = size
        && big::draw(area, buf, s, size, style, align)
    {
        return;
    }
    let bold = style.add_modifier(ratatui::style::Modifier::BOLD);
    match align {
        Alignment::Right => rows::put_right(buf, area, 0, s, bold),
        _ => rows::put(buf, area, 0, s, bold),
    }
}

/// A stacked bar, each group's part in its own pattern and colour; thick
/// (all but the last row of the entry) in a big list.
fn draw_bar(buf: &mut Buffer, area: Rect, parts: &[(f64, Fill)], max: f64, thick: bool) {
    if max <= 0.0 || area.is_empty() {
        return;
    }
    let rows = if thick {
        area.height.saturating_sub(1).max(1)
    } else {
        1
    };
    let scale = f64::from(area.width) / max;
    let mut x = 0f64;
    for (value, fill) in parts {
        let from = (x * scale).round() as u16;
        x += value;
        // A part with anything in it shows, however small.
        let to = ((x * scale).round() as u16)
            .max(from + u16::from(*value > 0.0))
            .min(area.width);
        for col in from..to {
            for r in 0..rows {
                buf.set_stringn(area.x + col, area.y + r, fill.glyph, 1, fill.style);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_title_that_fits_is_one_line_as_wrapping_makes_it() {
        let titles = [
            "",
            "Cattle theft #12",
            "سرقة الهواتف #2",
            "घरेलु हिंसा #3",
            "Драки у колодца #4",
            "Drug selling 🔥 #5",
            "家庭暴力和盗窃问题",
            "a\u{1b}[2Jb line\nbreak",
            "trailing spaces   ",
            "e\u{301}\u{301} combining  marks",
            "averyveryverylongwordwithoutspaces and more",
        ];
        for title in titles {
            let w = text::width_remembered(&rows::clean(title));
            for width in 0..50 {
                assert_eq!(
                    title_lines(title, w, width),
                    rows::wrap(title, width).len() as u16,
                    "{title:?} at {width}"
                );
            }
        }
    }
}
