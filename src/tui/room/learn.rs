//! Learn on the wall: the four boxes — what worked, what did not, lessons,
//! improvements for the next cycle — side by side where there is room, the
//! facilitator's box marked.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::{Block, BorderType, Borders, Widget};

use super::{Drawn, Room, rows};
use crate::i18n::Lang;
use crate::tr;
use crate::tui::theme::Theme;

/// The four boxes' titles, in the catalogue.
const BOXES: [&str; 4] = [
    "room-learn-worked",
    "room-learn-did-not-work",
    "room-learn-lessons",
    "room-learn-improvements",
];

pub(super) fn draw(area: Rect, buf: &mut Buffer, theme: &Theme, room: &Room) -> Drawn {
    let l = &room.session.lessons;
    let texts = [&l.worked, &l.did_not_work, &l.lessons, &l.improvements];
    let selected = room.cue.focus.lesson.min(3);
    // Four boxes side by side where every text fits in its quarter; else
    // one above the other, the facilitator's box open and the others by
    // their titles.
    let w = area.width / 2;
    let h = area.height / 2;
    let fits = |i: usize, width: u16, height: u16| {
        (lines(texts[i], width.saturating_sub(2)).len() as u16) < height.saturating_sub(2)
    };
    let grid = area.width >= 80 && area.height >= 16 && (0..4).all(|i| fits(i, w, h));
    if grid {
        for i in 0..4 {
            let (col, row) = ((i % 2) as u16, (i / 2) as u16);
            let at = Rect::new(
                area.x + col * w,
                area.y + row * h,
                if col == 0 { w } else { area.width - w },
                if row == 0 { h } else { area.height - h },
            );
            boxed(
                at,
                buf,
                theme,
                room.lang,
                room.lang.t(BOXES[i]),
                texts[i],
                i == selected,
            );
        }
    } else {
        // Every box open when all of them fit, else only the facilitator's.
        let all_fit = (0..4)
            .map(|i| lines(texts[i], area.width.saturating_sub(2)).len() as u16 + 1)
            .sum::<u16>()
            <= area.height;
        let mut y = area.y;
        for i in 0..4 {
            let others_below = (3 - i) as u16;
            let title_style = if i == selected {
                theme.selected
            } else {
                theme.heading
            };
            let mark = if i == selected { "▶ " } else { "" };
            let mut at = Rect::new(area.x, y, area.width, area.bottom().saturating_sub(y));
            rows::label(
                buf,
                &mut at,
                &format!("{mark}{}", room.lang.t(BOXES[i])),
                title_style,
            );
            if i == selected || all_fit {
                let body = Rect::new(
                    at.x + 2,
                    at.y,
                    at.width.saturating_sub(2),
                    at.height.saturating_sub(others_below),
                );
                let used = text_in(body, buf, theme, room.lang, texts[i]);
                y = at.y + used;
            } else {
                y = at.y;
            }
        }
    }
    Drawn {
        heading: tr!(room.lang, "room-learn-heading").into(),
        page: String::new(),
    }
}

fn lines(text: &str, width: u16) -> Vec<String> {
    if text.trim().is_empty() {
        vec!["—".into()]
    } else {
        rows::wrap_lines(text.trim(), width)
    }
}

/// A box's text in `area`; returns the rows used. Text longer than the box
/// ends with a line saying how much more there is.
fn text_in(area: Rect, buf: &mut Buffer, theme: &Theme, lang: Lang, text: &str) -> u16 {
    let mut all = lines(text, area.width);
    let room = usize::from(area.height);
    if all.len() > room && room > 0 {
        let more = all.len() - (room - 1);
        all.truncate(room - 1);
        let used = rows::put_lines(buf, area, 0, &all, theme.base);
        let note = tr!(lang, "room-learn-more", lines = more);
        rows::put(buf, area, used, &note, theme.muted);
        return used + 1;
    }
    rows::put_lines(buf, area, 0, &all, theme.base)
}

fn boxed(
    area: Rect,
    buf: &mut Buffer,
    theme: &Theme,
    lang: Lang,
    title: &str,
    text: &str,
    selected: bool,
) {
    if area.is_empty() {
        return;
    }
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
    let mut inner = block.inner(area);
    block.render(area, buf);
    let title_style = if selected {
        theme.selected
    } else {
        theme.heading
    };
    let mark = if selected { "▶ " } else { "" };
    rows::label(buf, &mut inner, &format!("{mark}{title}"), title_style);
    text_in(inner, buf, theme, lang, text);
}
