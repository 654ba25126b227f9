//! Where and when on the wall: the heat map of the places the room named by
//! the times of day (or the months), the group marking beside the whole
//! room, each cell a shade and its number (▓ 3, ▒ 2, ░ 1, · 0) so it reads
//! in monochrome and from the back row. The cell the facilitator is on is
//! marked, and said in words above the map.
//!
//! Never the problems a mark is linked to: the links are the facilitator's
//! bookkeeping; the marks are the room's.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use super::{Drawn, Room, empty, rows};
use crate::model::where_when::{Clock, level_text};
use crate::tr;
use crate::tui::panels::where_when::{band_when, level_word};
use crate::tui::theme::Theme;
use crate::tui::widgets::heat_map::HeatMap;

pub(super) fn draw(mut area: Rect, buf: &mut Buffer, theme: &Theme, room: &Room) -> Drawn {
    let s = room.session;
    let ww = &s.where_when;
    let focus = &room.cue.focus;
    let l = room.lang;
    let clock = focus.band.map_or(Clock::Day, |b| b.clock());
    let heading = tr!(l, "ww-room-heading", clock = l.t(clock.msg_id()));
    if ww.places.is_empty() {
        empty(area, buf, theme, tr!(l, "ww-room-empty"));
        return Drawn {
            heading,
            page: String::new(),
        };
    }
    let group = focus.group.filter(|g| s.group(*g).is_some());
    let bands = clock.bands();
    let row = focus
        .place
        .and_then(|id| ww.places.iter().position(|p| p.id == id));
    let col = focus.band.and_then(|b| bands.iter().position(|x| *x == b));
    // The cell in words: the place's whole name, the group's mark, the room's.
    if let (Some(r), Some(c), Some(g)) = (row, col, group) {
        let place = &ww.places[r];
        let band = bands[c];
        let mark = match ww.mark(place.id, band, g) {
            Some(m) => tr!(
                l,
                "ww-room-level",
                level = m.level,
                word = level_word(l, m.level)
            ),
            None => tr!(l, "ww-room-not-marked").into(),
        };
        let whole = ww
            .level(place.id, band, None, &s.group_ids())
            .map(|v| format!(" · {}", tr!(l, "ww-whole-room", level = level_text(v, l))))
            .unwrap_or_default();
        let line = tr!(
            l,
            "ww-room-cell",
            name = rows::clean(&place.name),
            when = band_when(l, band),
            group = rows::clean(s.group_name(g)),
            mark = mark
        ) + &whole;
        rows::label(buf, &mut area, &line, theme.emphasis);
        rows::gap(&mut area, 14);
    }
    if area.height >= 8 {
        // Wrapped, never cut: what the shades mean is read from the back.
        let legend = tr!(l, "ww-room-legend");
        let lines = rows::wrap(legend, area.width);
        let bottom = rows::take_bottom(&mut area, lines.len() as u16);
        rows::put_lines(buf, bottom, 0, &lines, theme.muted);
    }
    // The group's map beside the whole room's, else the group's alone (the
    // room watches its marks go in), else the room's; at the wall's size
    // (cells wide enough for "░ 0.7", names over two rows) before the
    // facilitator's, so nothing is cut while a layout of the wall's size
    // fits, paged if it must be.
    let both = [group, None];
    let alone = [group];
    let room_only = [None];
    let choices: Vec<(&[Option<_>], bool)> = match group {
        Some(_) => vec![
            (&both, true),
            (&alone, true),
            (&both, false),
            (&alone, false),
        ],
        None => vec![(&room_only, true), (&room_only, false)],
    };
    let cursor = row.zip(col);
    for (panes, wall) in choices {
        let map = HeatMap {
            session: s,
            clock,
            panes,
            cursor,
            room: wall,
            lang: l,
        };
        let Some(widths) = map.widths(area.width) else {
            continue;
        };
        let capacity = map.capacity(area.height).max(1);
        let heights = vec![1; ww.places.len()];
        let page = rows::page(room.lang, &heights, capacity as u16, row);
        map.draw(area, buf, widths, page.items, theme);
        return Drawn {
            heading,
            page: page.label,
        };
    }
    empty(area, buf, theme, tr!(l, "ww-room-widen"));
    Drawn {
        heading,
        page: String::new(),
    }
}
