//! Where and when insecurity happens, as a heat map: the places down, the
//! times of day (or the months) across, and in each cell a shade and the
//! number (▓ 3, ▒ 2, ░ 1, · 0), so it reads in monochrome, on a dim
//! projector and from the back row; the theme adds colour where it has it.
//!
//! One map can show several panes side by side over the same places: one
//! group's marks and the whole room's (the mean of the groups that marked a
//! cell), so the room sees where women's map differs from everyone's.

use std::ops::Range;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use super::put;
use crate::i18n::Lang;
use crate::model::where_when::{Clock, level_text, shade};
use crate::model::{GroupId, Session};
use crate::text;
use crate::tr;
use crate::tui::theme::Theme;

/// What a heat map shows.
pub struct HeatMap<'a> {
    pub session: &'a Session,
    pub clock: Clock,
    /// The panes, left to right: one group's marks, or (`None`) the whole
    /// room's.
    pub panes: &'a [Option<GroupId>],
    /// The cursor in the first pane: place row and time column.
    pub cursor: Option<(usize, usize)>,
    /// Wider cells and taller rows, for the wall.
    pub room: bool,
    /// The language of its headings: the facilitator's, or the room's on
    /// the wall.
    pub lang: Lang,
}

/// The widths of one layout.
#[derive(Clone, Copy, Debug)]
pub struct Widths {
    pub place: u16,
    pub cell: u16,
}

const GAP: u16 = 2;

/// A name from the session as the map shows it: through the one sanitiser.
fn clean(s: &str) -> std::borrow::Cow<'_, str> {
    text::escape_controls(s, text::Breaks::None)
}

impl HeatMap<'_> {
    fn bands(&self) -> usize {
        self.clock.bands().len()
    }

    /// The widest cells that let every pane fit in `width` beside the place
    /// names, or `None` when they cannot (then fewer panes are needed).
    pub fn widths(&self, width: u16) -> Option<Widths> {
        let bands = self.bands() as u16;
        let panes = self.panes.len() as u16;
        let longest = self
            .session
            .where_when
            .places
            .iter()
            .map(|p| text::width(&clean(&p.name)) as u16)
            .max()
            .unwrap_or(5);
        let (widest, least) = match (self.clock, self.room) {
            (Clock::Day, true) => (11, 6),
            (Clock::Day, false) => (10, 5),
            (Clock::Season, _) => (5, 4),
        };
        let place_least = longest.clamp(8, 14);
        for cell in (least..=widest).rev() {
            let cells = cell * bands * panes + GAP * panes.saturating_sub(1);
            if cells + place_least + 2 <= width {
                let place = (width - cells - 2).min(longest.max(8) + 1).max(place_least);
                return Some(Widths { place, cell });
            }
        }
        None
    }

    /// Rows one place takes.
    pub fn row_height(&self) -> u16 {
        if self.room { 2 } else { 1 }
    }

    /// Places that fit in `height` rows (two header rows: the pane titles
    /// and the times).
    pub fn capacity(&self, height: u16) -> usize {
        (height.saturating_sub(2) / self.row_height()) as usize
    }

    /// Draws the places of `window` in `area` with the widths given.
    pub fn draw(
        &self,
        area: Rect,
        buf: &mut Buffer,
        widths: Widths,
        window: Range<usize>,
        theme: &Theme,
    ) {
        let s = self.session;
        let ww = &s.where_when;
        let groups = s.group_ids();
        let bands = self.clock.bands();
        let Widths { place, cell } = widths;
        let pane_w = cell * bands.len() as u16;
        let pane_x = |p: usize| area.x + 2 + place + (pane_w + GAP) * p as u16;
        if area.height < 3 {
            return;
        }
        // Pane titles, then the times under them.
        for (p, who) in self.panes.iter().enumerate() {
            let title = match who {
                Some(g) => clean(s.group_name(*g)).into_owned(),
                None => {
                    let n = ww.marking_groups(&groups, self.clock).len();
                    tr!(self.lang, "ww-map-whole-room", groups = n)
                }
            };
            put(buf, pane_x(p), area.y, &title, pane_w, theme.heading);
            for (b, band) in bands.iter().enumerate() {
                let x = pane_x(p) + cell * b as u16;
                let selected = p == 0 && self.cursor.is_some_and(|(_, c)| c == b);
                let style = if selected {
                    theme.label_focus
                } else {
                    theme.heading
                };
                let room = cell.saturating_sub(1) as usize;
                let whole = self.lang.msg(&band.msg("ww-band"));
                let label = if text::width(&whole) <= room {
                    whole
                } else {
                    self.lang.msg(&band.msg("ww-band-short"))
                };
                let label = text::truncate(&label, room);
                put(buf, x, area.y + 1, &label, cell, style);
            }
        }
        let corner = tr!(self.lang, "ww-map-place");
        put(buf, area.x + 2, area.y + 1, corner, place, theme.heading);
        let row_h = self.row_height();
        for (k, i) in window.enumerate() {
            let Some(pl) = ww.places.get(i) else { break };
            let y = area.y + 2 + k as u16 * row_h;
            if y + row_h > area.bottom() {
                break;
            }
            let selected = self.cursor.is_some_and(|(r, _)| r == i);
            if selected {
                put(buf, area.x, y, "▶", 1, theme.label_focus);
            }
            let style = if selected { theme.emphasis } else { theme.base };
            let name = clean(&pl.name);
            let lines = text::wrap(&name, place.saturating_sub(1).max(1) as usize);
            for (l, piece) in lines.iter().take(row_h as usize).enumerate() {
                let mut shown = name[piece.range.clone()].trim_end().to_string();
                if l + 1 == row_h as usize && lines.len() > row_h as usize {
                    shown =
                        text::truncate(&name[piece.range.start..], place as usize - 1).into_owned();
                }
                put(buf, area.x + 2, y + l as u16, &shown, place - 1, style);
            }
            for (p, who) in self.panes.iter().enumerate() {
                for (b, band) in bands.iter().enumerate() {
                    let x = pane_x(p) + cell * b as u16;
                    let level = ww.level(pl.id, *band, *who, &groups);
                    let here = p == 0 && self.cursor == Some((i, b));
                    let cell_text = match level {
                        Some(l) => cell_text(l, cell.saturating_sub(2) as usize, self.lang),
                        None => String::new(),
                    };
                    let style = match level {
                        _ if here => theme.selected,
                        Some(l) => theme.heat[(l.round() as usize).min(3)],
                        None => theme.muted,
                    };
                    // The cell's colour fills it, a column of air between.
                    let fill = " ".repeat(cell.saturating_sub(1) as usize);
                    for dy in 0..row_h {
                        put(buf, x, y + dy, &fill, cell - 1, style);
                    }
                    put(buf, x, y, &format!(" {cell_text}"), cell - 1, style);
                }
            }
        }
    }
}

/// A cell's shade and level in `room` cells: "▓ 2.5" where it fits, else
/// "▓2.5", else the level alone (its colour still shows the band). A mean
/// cut to "▓ …" told the wall nothing.
fn cell_text(level: f64, room: usize, lang: Lang) -> String {
    let (glyph, number) = (shade(level), level_text(level, lang));
    [format!("{glyph} {number}"), format!("{glyph}{number}")]
        .into_iter()
        .find(|t| text::width(t) <= room)
        .unwrap_or(number)
}

#[cfg(test)]
mod tests {
    use super::cell_text;
    use crate::i18n::Lang;

    #[test]
    fn a_mean_gives_up_its_space_then_its_shade_never_its_digits() {
        assert_eq!(cell_text(2.5, 8, Lang::En), "▓ 2.5");
        assert_eq!(cell_text(2.5, 5, Lang::En), "▓ 2.5");
        assert_eq!(cell_text(2.5, 4, Lang::En), "▓2.5");
        assert_eq!(cell_text(2.5, 3, Lang::En), "2.5");
        assert_eq!(cell_text(3.0, 3, Lang::En), "▓ 3");
        assert_eq!(cell_text(0.0, 3, Lang::En), "· 0");
        assert_eq!(cell_text(2.5, 4, Lang::Fr), "▓2,5");
        assert_eq!(cell_text(2.5, 3, Lang::Ru), "2,5");
    }
}
