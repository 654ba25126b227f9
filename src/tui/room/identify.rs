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
    // The selected problem in big letters above the list, where the list
    // keeps room for a few titles under it. Where it could only be bold
    // text (a small wall, a title the big font lacks), it is not drawn: it
    // would say again, two rows up, what the list's marked row says.
    if let Some(i) = selected
        && area.height >= 12
    {
        let budget = area.height * 2 / 5;
        let text = numbered(i + 1, &s.problems[i].title);
        if big::headline_is_big(area.width, &text, budget) {
            let used = big::headline(area, buf, &text, theme.emphasis, budget);
            rows::take_top(&mut area, used + 1);
        }
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

/// "3. Title", as the headline writes it.
fn numbered(number: usize, title: &str) -> String {
    format!("{number}. {}", rows::clean(title))
}
