//! A tie-break on the wall: what is tied (at which rank, for how many places
//! on the shortlist) and how it is being broken — the three ways with the
//! one under the facilitator's cursor marked, or the run-off's dots as they
//! come in; once broken, how, and the order it gave.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use super::entries::{self, Entry, Look};
use super::ranks::Ranks;
use super::{Drawn, Room, empty, rows};
use crate::i18n::Lang;
use crate::model::ranking::{self, is_decided, runoff_in_progress};
use crate::model::room::TieStep;
use crate::model::{ProblemId, TieBreakHow};
use crate::tr;
use crate::tui::theme::Theme;

/// The same, for a narrow screen: one line each.
const SHORT_WAYS: [&str; 3] = [
    "room-tie-way-runoff-short",
    "room-tie-way-head-to-head-short",
    "room-tie-way-decision-short",
];

/// The three ways to break a tie, in the catalogue.
const WAYS: [&str; 3] = [
    "room-tie-way-runoff",
    "room-tie-way-head-to-head",
    "room-tie-way-decision",
];

/// How a tie was broken, in the room's words ("a run-off vote (5 dots)").
fn how_broken(lang: Lang, t: &crate::model::TieBreak) -> String {
    match &t.how {
        TieBreakHow::Runoff { votes } => tr!(lang, "room-tie-by-runoff", dots = votes.len()),
        TieBreakHow::HeadToHead => tr!(lang, "room-tie-by-head-to-head").to_string(),
        TieBreakHow::Decision { reason } => {
            tr!(lang, "room-tie-by-decision", reason = rows::clean(reason))
        }
    }
}

pub(super) fn draw(
    mut area: Rect,
    buf: &mut Buffer,
    theme: &Theme,
    room: &Room,
    ranks: &Ranks,
) -> Drawn {
    let s = room.session;
    let lang = room.lang;
    let method = s.ranking.method;
    let ranked = ranks.ranking(s, method, None);
    let n = s.ranking.shortlist_size;
    let tie = ranking::ready(s, method)
        .then(|| ranking::boundary_tie(&ranked, n))
        .flatten();
    let Some((rank, tied)) = tie else {
        // Broken already: say how, and the order it gave.
        let last = s.ranking.tie_breaks.iter().rev().find(|t| is_decided(t));
        let heading = tr!(lang, "room-tie-title").to_string();
        match last {
            Some(t) => {
                let line = tr!(
                    lang,
                    "room-tie-broken",
                    rank = t.rank,
                    how = how_broken(lang, t)
                );
                let lines = rows::wrap(&line, area.width);
                let used = rows::put_lines(buf, area, 0, &lines, theme.emphasis);
                rows::take_top(&mut area, used + 1);
                let page = order_list(area, buf, theme, room, &t.order, &t.order, None);
                return Drawn { heading, page };
            }
            None => {
                empty(area, buf, theme, tr!(lang, "room-tie-none"));
                return Drawn {
                    heading,
                    page: String::new(),
                };
            }
        }
    };
    let places = (n + 1).saturating_sub(rank);
    let heading = tr!(lang, "room-tie-heading", rank = rank);
    let line = tr!(
        lang,
        "room-tie-share",
        problems = tied.len(),
        rank = rank,
        places = places
    );
    let lines = rows::wrap(&line, area.width);
    let used = rows::put_lines(buf, area, 0, &lines, theme.emphasis);
    rows::take_top(&mut area, used);
    rows::gap(&mut area, 9);
    let runoff = runoff_in_progress(s, method, &tied);
    let page = match room.cue.focus.tie {
        TieStep::Choosing(way) => {
            let words = if area.width >= 70 { WAYS } else { SHORT_WAYS };
            // A heading and the three ways, one line each.
            let mut ways = rows::take_bottom(&mut area, 4);
            let head = rows::take_top(&mut ways, 1);
            rows::put(buf, head, 0, tr!(lang, "room-tie-how"), theme.heading);
            let list: Vec<Entry> = words
                .iter()
                .enumerate()
                .map(|(i, w)| Entry {
                    selected: i == way,
                    lead: format!("{}.", i + 1),
                    title: lang.t(w).to_string(),
                    ..Entry::default()
                })
                .collect();
            entries::draw(
                ways,
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
            order_list(area, buf, theme, room, &tied, &tied, None)
        }
        TieStep::Runoff => {
            let votes: &[crate::model::Vote] = match runoff.map(|t| &t.how) {
                Some(TieBreakHow::Runoff { votes }) => votes,
                _ => &[],
            };
            let head = rows::take_top(&mut area, 1);
            rows::put(
                buf,
                head,
                0,
                &tr!(lang, "room-tie-runoff", dots = votes.len()),
                theme.heading,
            );
            order_list(area, buf, theme, room, &tied, &tied, Some(votes))
        }
    };
    Drawn { heading, page }
}

/// The problems of a tie, in `order`, with their run-off dots if given.
fn order_list(
    area: Rect,
    buf: &mut Buffer,
    theme: &Theme,
    room: &Room,
    order: &[ProblemId],
    _tied: &[ProblemId],
    votes: Option<&[crate::model::Vote]>,
) -> String {
    let s = room.session;
    let count = |p: ProblemId| votes.map(|v| v.iter().filter(|d| d.problem == p).count());
    let max = order.iter().filter_map(|p| count(*p)).max().unwrap_or(0);
    let list: Vec<Entry> = order
        .iter()
        .enumerate()
        .map(|(i, p)| Entry {
            selected: room.cue.focus.problem == Some(*p),
            leader: votes.is_some() && max > 0 && count(*p) == Some(max),
            lead: format!("{}.", i + 1),
            title: s.problem_title(*p).to_string(),
            value: count(*p).map(|c| c.to_string()).unwrap_or_default(),
            ..Entry::default()
        })
        .collect();
    entries::draw(
        area,
        buf,
        theme,
        room.lang,
        &list,
        &Look {
            bar_max: 0.0,
            big: votes.is_some(),
            ranked: false,
            big_titles: false,
        },
    )
}
