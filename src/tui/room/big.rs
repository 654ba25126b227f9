//! Big text for the back of the room: numbers (and short Latin titles) drawn
//! with an 8×8 pixel font in block characters, through `tui-big-text`.
//!
//! Only the quadrant size (a glyph is 4 cells wide and 4 tall) and the full
//! size (8 by 8) are used: both draw with Block Elements (`▀ ▄ █ ▌ ▐ ▖ ▗ ▘
//! ▝ ▚ ▞ ▙ ▛ ▜ ▟`), which every terminal font has; the sextant and octant sizes
//! need Unicode 13–16 glyphs an old laptop's font may lack.
//!
//! The font covers ASCII only. Anything else (Arabic, Devanagari, Ge'ez,
//! CJK, Cyrillic, emoji, accented letters) would come out as blank cells, so
//! [`draw`] refuses it and the caller draws bold normal text instead: nothing
//! is ever drawn blank.

use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Rect};
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::Widget;
use tui_big_text::{BigText, PixelSize};

/// How big.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Size {
    /// 4×4 cells a glyph.
    Quadrant,
    /// 8×8 cells a glyph.
    Full,
}

impl Size {
    /// Cells a glyph takes across and down.
    pub const fn cell(self) -> (u16, u16) {
        match self {
            Size::Quadrant => (4, 4),
            Size::Full => (8, 8),
        }
    }

    fn pixels(self) -> PixelSize {
        match self {
            Size::Quadrant => PixelSize::Quadrant,
            Size::Full => PixelSize::Full,
        }
    }

    /// Columns `s` takes at this size.
    pub fn width(self, s: &str) -> u16 {
        (s.chars().count() as u16).saturating_mul(self.cell().0)
    }

    pub fn height(self) -> u16 {
        self.cell().1
    }
}

/// Whether the big font has every character of `s`.
pub fn has_glyphs(s: &str) -> bool {
    s.chars().all(|c| c == ' ' || c.is_ascii_graphic())
}

/// Draws `s` big in `area`, aligned; `false` (and nothing drawn) when the
/// font lacks a character or `s` does not fit, so the caller can fall back.
pub fn draw(
    area: Rect,
    buf: &mut Buffer,
    s: &str,
    size: Size,
    style: Style,
    align: Alignment,
) -> bool {
    if !has_glyphs(s) || size.width(s) > area.width || size.height() > area.height {
        return false;
    }
    BigText::builder()
        .pixel_size(size.pixels())
        .style(style)
        .alignment(align)
        .lines(vec![Line::from(s.to_string())])
        .build()
        .render(area, buf);
    true
}

/// `text` in big letters at `width` columns, as [`headline`] would draw it:
/// its lines (at most three), or `None` when the font lacks a character or
/// the letters need more than `budget` rows.
fn big_lines(width: u16, text: &str, budget: u16) -> Option<Vec<String>> {
    let size = Size::Quadrant;
    let per_line = width / size.cell().0;
    if !has_glyphs(text) || per_line < 8 {
        return None;
    }
    let lines = super::rows::wrap(text, per_line);
    let rows_needed = lines.len() as u16 * size.height();
    (lines.len() <= 3 && rows_needed <= budget).then_some(lines)
}

/// Whether [`headline`] would draw `text` in big letters (not bold text).
pub fn headline_is_big(width: u16, text: &str, budget: u16) -> bool {
    big_lines(width, text, budget).is_some()
}

/// The rows [`headline`] takes for `text` at `width` columns.
pub fn headline_height(width: u16, text: &str, budget: u16) -> u16 {
    match big_lines(width, text, budget) {
        Some(lines) => lines.len() as u16 * Size::Quadrant.height(),
        None => super::rows::wrap(text, width).len() as u16,
    }
}

/// `text` as large as fits: in big letters when the font has them all and
/// they fit in three lines within `budget` rows, else in bold text wrapped to
/// the width, taking the rows it needs (never cut). Returns the rows used.
pub fn headline(area: Rect, buf: &mut Buffer, text: &str, style: Style, budget: u16) -> u16 {
    let size = Size::Quadrant;
    if let Some(lines) = big_lines(area.width, text, budget) {
        for (i, line) in lines.iter().enumerate() {
            let at = Rect::new(
                area.x,
                area.y + i as u16 * size.height(),
                area.width,
                size.height(),
            );
            draw(at, buf, line, size, style, Alignment::Left);
        }
        return lines.len() as u16 * size.height();
    }
    let lines = super::rows::wrap(text, area.width);
    let rows_used = (lines.len() as u16).min(area.height);
    let room = Rect::new(area.x, area.y, area.width, rows_used);
    super::rows::put_lines(
        buf,
        room,
        0,
        &lines,
        style.add_modifier(ratatui::style::Modifier::BOLD),
    )
}
