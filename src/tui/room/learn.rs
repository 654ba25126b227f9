//! Learn on the wall: the four boxes — what worked, what did not, lessons,
//! improvements for the next cycle — side by side where there is room, the
//! facilitator's box marked.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::{Block, BorderType, Borders, Widget};

use super::{Drawn, Room, rows};
use crate::tui::theme::Theme;

const BOXES: [&str; 4] = [
    "What worked",
    "What did not work",
    "Lessons",
    "Improvements for the next cycle",
];

pub(super) fn draw(area: Rect, buf: &mut Buffer, theme: &Theme, room: &Room) -> Drawn {
    let l = &room.session.lessons;
    let texts = [&l.worked, &l.did_not_work, &l.lessons, &l.improvements];
    let grid = area.width >= 80 && area.height >= 16;
    let areas: Vec<Rect> = if grid {
        let w = area.width / 2;
        let h = area.height / 2;
        (0..4)
            .map(|i| {
                let (col, row) = (i % 2, i / 2);
                Rect::new(
                    area.x + col as u16 * w,
                    area.y + row as u16 * h,
                    if col == 0 { w } else { area.width - w },
                    if row == 0 { h } else { area.height - h },
                )
            })
            .collect()
    } else {
        let h = area.height / 4;
        (0..4)
            .map(|i| {
                Rect::new(
                    area.x,
                    area.y + i as u16 * h,
                    area.width,
                    if i == 3 { area.height - 3 * h } else { h },
                )
            })
            .collect()
    };
    for (i, at) in areas.iter().enumerate() {
        let selected = room.cue.focus.lesson == i;
        one(*at, buf, theme, BOXES[i], texts[i], selected, grid);
    }
    Drawn {
        heading: "What we learned".into(),
        page: String::new(),
    }
}

fn one(
    area: Rect,
    buf: &mut Buffer,
    theme: &Theme,
    title: &str,
    text: &str,
    selected: bool,
    boxed: bool,
) {
    if area.is_empty() {
        return;
    }
    let title_style = if selected {
        theme.selected
    } else {
        theme.heading
    };
    let inner = if boxed {
        let block = Block::default()
            .borders(Borders::ALL)
            .border_type(if selected {
                BorderType::Thick
            } else {
                BorderType::Plain
            })
            .border_style(if selected {
                theme.border_focus
            } else {
                theme.border
            });
        let inner = block.inner(area);
        block.render(area, buf);
        inner
    } else {
        area
    };
    let mark = if selected { "▶ " } else { "" };
    rows::put(buf, inner, 0, &format!("{mark}{title}"), title_style);
    let body = Rect::new(
        inner.x,
        inner.y + 1,
        inner.width,
        inner.height.saturating_sub(1),
    );
    let mut lines = rows::wrap_lines(text.trim(), body.width);
    if text.trim().is_empty() {
        lines = vec!["—".into()];
    }
    let room = usize::from(body.height);
    if lines.len() > room && room > 0 {
        lines.truncate(room);
        if let Some(last) = lines.last_mut() {
            let w = usize::from(body.width).saturating_sub(2);
            *last = format!("{} …", crate::text::truncate(last, w));
        }
    }
    rows::put_lines(buf, body, 0, &lines, theme.base);
}
