//! Identify on the wall: the problem just captured or selected, large, and
//! the numbered list of every title, wrapped. Never a description, the
//! causes and effects, or where and by whom a problem was raised.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use super::entries::{self, Entry, Look};
use super::{Drawn, Room, big, empty, rows};
use crate::tr;
use crate::tui::theme::Theme;

pub(super) fn draw(mut area: Rect, buf: &mut Buffer, theme: &Theme, room: &Room) -> Drawn {
    let s = room.session;
    let heading = tr!(
        room.lang,
        "room-identify-heading",
        problems = s.problems.len()
    );
    if s.problems.is_empty() {
        empty(area, buf, theme, tr!(room.lang, "room-identify-empty"));
        return Drawn {
            heading,
            page: String::new(),
        };
    }
    // The facilitator's problem, or else the one named last.
    let selected = room
        .cue
        .focus
        .problem
        .and_then(|id| s.problems.iter().position(|p| p.id == id))
        .or(s.problems.len().checked_sub(1));
    // The selected problem large, above the list, where the list keeps
    // room for a few titles under it.
    if let Some(i) = selected
        && area.height >= 12
    {
        let budget = area.height * 2 / 5;
        let used = large(area, buf, theme, i + 1, &s.problems[i].title, budget);
        rows::take_top(&mut area, used + 1);
    }
    let list: Vec<Entry> = s
        .problems
        .iter()
        .enumerate()
        .map(|(i, p)| Entry {
            selected: Some(i) == selected,
            lead: format!("{}.", i + 1),
            title: p.title.clone(),
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
            big: false,
            ranked: false,
            big_titles: false,
        },
    );
    Drawn { heading, page }
}

/// "3. Title" as large as fits in `budget` rows (see [`big::headline`]).
fn large(
    area: Rect,
    buf: &mut Buffer,
    theme: &Theme,
    number: usize,
    title: &str,
    budget: u16,
) -> u16 {
    let text = format!("{number}. {}", rows::clean(title));
    big::headline(area, buf, &text, theme.emphasis, budget)
}
