//! Prepare on the wall: who is in the room — each group with its head
//! count and its pattern (the same one its dots have in Rank), and the room
//! total, in big digits where they fit. Never the context and
//! conflict-analysis notes.

use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Rect};

use super::entries::{self, Entry, Look};
use super::{Drawn, Room, big, empty, rows};
use crate::tr;
use crate::tui::theme::Theme;
use crate::tui::widgets::bar_chart::Fill;

pub(super) fn draw(mut area: Rect, buf: &mut Buffer, theme: &Theme, room: &Room) -> Drawn {
    let s = room.session;
    let total = s.participants();
    let lang = room.lang;
    let heading = tr!(lang, "room-prepare-heading", people = total);
    if s.groups.is_empty() {
        empty(area, buf, theme, tr!(lang, "room-prepare-empty"));
        return Drawn {
            heading,
            page: String::new(),
        };
    }
    // The total at the bottom, big when there is room for it beside the list.
    let total_text = total.to_string();
    let footer_rows = if area.height >= 14 { 4 } else { 1 };
    let footer = rows::take_bottom(&mut area, footer_rows);
    let dots = tr!(
        lang,
        "room-prepare-dots-each",
        dots = s.dots_per_participant
    );
    if footer_rows == 4
        && big::draw(
            rows::take_right(&mut footer.clone(), big::Size::Quadrant.width(&total_text)),
            buf,
            &total_text,
            big::Size::Quadrant,
            theme.emphasis,
            Alignment::Right,
        )
    {
        let label = Rect::new(footer.x, footer.y + 1, footer.width, 1);
        let w = big::Size::Quadrant.width(&total_text) + 1;
        let label = Rect::new(label.x, label.y, label.width.saturating_sub(w), 1);
        rows::put_right(
            buf,
            label,
            0,
            tr!(lang, "room-prepare-in-the-room"),
            theme.emphasis,
        );
        rows::put(
            buf,
            Rect::new(footer.x, footer.y + 2, label.width, 1),
            0,
            &dots,
            theme.muted,
        );
    } else {
        let line = tr!(lang, "room-prepare-total-line", total = total, dots = &dots);
        rows::put(
            buf,
            footer,
            footer.height.saturating_sub(1),
            &line,
            theme.emphasis,
        );
    }
    let list: Vec<Entry> = s
        .groups
        .iter()
        .enumerate()
        .map(|(i, g)| Entry {
            selected: room.cue.focus.group == Some(g.id),
            swatch: Some(Fill::group(theme, i)),
            title: g.name.clone(),
            value: g.count.to_string(),
            ..Entry::default()
        })
        .collect();
    let page = entries::draw(
        area,
        buf,
        theme,
        room.lang,
        &list,
        &Look {
            bar_max: 0.0,
            big: true,
            ranked: false,
            big_titles: true,
        },
    );
    Drawn { heading, page }
}
