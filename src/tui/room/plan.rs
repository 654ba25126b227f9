//! Plan on the wall: the problem the facilitator is on, large, with its
//! place on the shortlist, and its actions — what will be done, who leads,
//! by when. Never the resources, the indicator's wording or the risks.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use super::entries::{self, Entry, Look};
use super::{Drawn, Room, big, empty, rows};
use crate::tr;
use crate::tui::panels::actions::problems_in_order;
use crate::tui::theme::Theme;

pub(super) fn draw(mut area: Rect, buf: &mut Buffer, theme: &Theme, room: &Room) -> Drawn {
    let s = room.session;
    let lang = room.lang;
    let focus = &room.cue.focus;
    let order = problems_in_order(s);
    let problem = focus
        .problem
        .or_else(|| focus.action.and_then(|a| s.action(a)).map(|a| a.problem))
        .filter(|p| s.problem(*p).is_some())
        .or_else(|| order.first().copied());
    let Some(problem) = problem else {
        empty(area, buf, theme, tr!(lang, "room-plan-empty"));
        return Drawn {
            heading: tr!(lang, "room-plan-title").into(),
            page: String::new(),
        };
    };
    let place = s.ranking.shortlist.iter().position(|p| *p == problem);
    let heading = match place {
        Some(i) => tr!(
            lang,
            "room-plan-heading",
            place = i + 1,
            count = s.ranking.shortlist.len()
        ),
        None => tr!(lang, "room-plan-title").to_string(),
    };
    let budget = (area.height / 3).max(1);
    let used = big::headline(
        area,
        buf,
        &rows::clean(s.problem_title(problem)),
        theme.emphasis,
        budget,
    );
    rows::take_top(&mut area, used + 1);
    let actions: Vec<_> = s.actions.iter().filter(|a| a.problem == problem).collect();
    if actions.is_empty() {
        empty(area, buf, theme, tr!(lang, "room-plan-no-actions"));
        return Drawn {
            heading,
            page: String::new(),
        };
    }
    let list: Vec<Entry> = actions
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let who = if a.responsible.trim().is_empty() {
                tr!(lang, "room-plan-who-open").to_string()
            } else {
                tr!(lang, "room-plan-who", who = a.responsible.trim())
            };
            let when = a
                .due
                .map_or(tr!(lang, "room-plan-by-open").to_string(), |d| {
                    tr!(lang, "room-plan-by", date = lang.date_short(d))
                });
            Entry {
                selected: focus.action == Some(a.id),
                lead: format!("{}.", i + 1),
                title: a.activity.clone(),
                detail: Some(format!("{who} · {when}")),
                // A long language's who and when wrap rather than being cut.
                detail_wraps: true,
                ..Entry::default()
            }
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
