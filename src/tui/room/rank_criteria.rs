//! Criteria scoring on the wall: the criterion being scored (and its
//! weight), the problem being scored, large, and the 1–5 scale with the
//! score given so far marked, in big digits where they fit.

use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Rect};

use super::{Drawn, Room, big, empty, rows};
use crate::model::ranking;
use crate::model::rules::{MAX_SCORE, MIN_SCORE};
use crate::tr;
use crate::tui::theme::Theme;

pub(super) fn draw(mut area: Rect, buf: &mut Buffer, theme: &Theme, room: &Room) -> Drawn {
    let s = room.session;
    let lang = room.lang;
    let focus = &room.cue.focus;
    let criteria = &s.ranking.criteria;
    let ci = focus
        .criterion
        .and_then(|id| criteria.iter().position(|c| c.id == id))
        .unwrap_or(0);
    let pi = focus
        .problem
        .and_then(|id| s.problems.iter().position(|p| p.id == id))
        .unwrap_or(0);
    let (Some(c), Some(p)) = (criteria.get(ci), s.problems.get(pi)) else {
        empty(area, buf, theme, tr!(lang, "room-criteria-empty"));
        return Drawn {
            heading: tr!(lang, "room-criteria-title").into(),
            page: String::new(),
        };
    };
    let weight = if c.weight > 1 {
        tr!(lang, "room-criteria-weight", weight = c.weight)
    } else {
        String::new()
    };
    let heading = tr!(
        lang,
        "room-criteria-heading",
        criterion = rows::clean(&c.name),
        weight = &weight,
        index = ci + 1,
        count = criteria.len()
    );
    let who = focus.who.filter(|g| s.group(*g).is_some());
    let who_name = who.map_or(tr!(lang, "room-whole-room").to_string(), |g| {
        s.group_name(g).to_string()
    });
    let line = tr!(
        lang,
        "room-criteria-problem",
        index = pi + 1,
        count = s.problems.len(),
        who = &who_name
    );
    rows::label(buf, &mut area, &line, theme.muted);
    rows::gap(&mut area, 10);
    let score = ranking::cell_score(s, p.id, c.id, who);
    // The scale under the problem; the problem gets what the scale leaves.
    let size = big::Size::Quadrant;
    let scale: Vec<String> = (MIN_SCORE..=MAX_SCORE).map(|v| v.to_string()).collect();
    let big_scale = area.height >= 12 && area.width >= size.width("1 2 3 4 5") + 10;
    // Big: the digits, a bar under the score given, the note.
    let scale_rows = if big_scale { size.height() + 2 } else { 2 };
    let mut scale_area = rows::take_bottom(&mut area, scale_rows);
    let budget = area.height.saturating_sub(1);
    big::headline(
        area,
        buf,
        &format!("{}. {}", pi + 1, rows::clean(&p.title)),
        theme.emphasis,
        budget,
    );
    let given = score.map(|v| v.round() as u8);
    // As wide as the language's word for "low" needs, one space after it.
    let low_word = tr!(lang, "room-criteria-low");
    let label_w = (crate::text::width(low_word) as u16 + 1).max(6);
    let low = rows::take_left(&mut scale_area, label_w);
    rows::put(buf, low, 0, low_word, theme.muted);
    let cell_w = if big_scale { size.width("0") + 2 } else { 4 };
    for (i, v) in scale.iter().enumerate() {
        let x = scale_area.x + i as u16 * cell_w;
        let at = Rect::new(x, scale_area.y, cell_w, scale_area.height).intersection(scale_area);
        let chosen = given == Some(MIN_SCORE + i as u8);
        let style = if chosen { theme.selected } else { theme.base };
        if chosen {
            buf.set_style(
                Rect::new(at.x, at.y, at.width, at.height.saturating_sub(1).max(1)),
                style,
            );
        }
        if big_scale && chosen {
            // Marked by more than the reversed cells: a bar under it.
            let bar = "━".repeat(usize::from(at.width.saturating_sub(1)));
            rows::put(buf, at, size.height(), &bar, theme.emphasis);
        }
        if !(big_scale && big::draw(at, buf, v, size, style, Alignment::Center)) {
            let text = if chosen {
                format!("[{v}]")
            } else {
                format!(" {v} ")
            };
            rows::put(buf, at, 0, &text, style);
        }
    }
    let end = Rect::new(
        scale_area.x + scale.len() as u16 * cell_w + 1,
        scale_area.y,
        scale_area
            .width
            .saturating_sub(scale.len() as u16 * cell_w + 1),
        1,
    );
    rows::put(buf, end, 0, tr!(lang, "room-criteria-high"), theme.muted);
    let note = match score {
        Some(v) if v.fract() != 0.0 => tr!(lang, "room-criteria-mean", mean = lang.decimal(v, 1)),
        Some(_) => String::new(),
        None => tr!(lang, "room-criteria-not-scored").into(),
    };
    rows::put(
        buf,
        scale_area,
        scale_area.height.saturating_sub(1),
        &note,
        theme.muted,
    );
    Drawn {
        heading,
        page: String::new(),
    }
}
