//! Dot voting on the wall: ranks, titles and totals, a bar stacked by group
//! in each group's pattern, the leader(s) marked ★ (shared ranks written
//! "2=", so a tie reads as one), and the group voting now with the dots it
//! has placed of its budget. In a blind vote, only how many dots each group
//! has placed, and the problems in the order they were named, until the
//! facilitator reveals the totals.

use std::collections::HashMap;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use super::entries::{self, Entry, Look};
use super::ranks::{self, Ranks};
use super::{Drawn, Room, empty, rows};
use crate::i18n::Lang;
use crate::model::ranking::Ranked;
use crate::model::{GroupId, RankMethod, Session, Tally};
use crate::tr;
use crate::tui::theme::Theme;
use crate::tui::widgets::bar_chart::Fill;

pub(super) fn draw(
    mut area: Rect,
    buf: &mut Buffer,
    theme: &Theme,
    room: &Room,
    ranks: &Ranks,
) -> Drawn {
    let s = room.session;
    let tally = ranks.tally(s);
    let focus = &room.cue.focus;
    let placed = s.ranking.votes.len();
    let budget: u32 = s.groups.iter().map(|g| s.dot_budget(g.id)).sum();
    let blind = s.ranking.blind.hides_totals();
    let lang = room.lang;
    let heading = if blind {
        tr!(lang, "room-dots-heading-blind").to_string()
    } else {
        tr!(lang, "room-dots-heading", placed = placed, budget = budget)
    };
    // One group's dots alone: said in the heading, which wraps (never cut)
    // in any language, rather than on the bottom line beside the mark.
    let heading = match focus.group.filter(|g| focus.alone && s.group(*g).is_some()) {
        Some(g) if !blind => format!(
            "{heading} · {}",
            tr!(lang, "room-dots-alone", group = s.group_name(g))
        ),
        _ => heading,
    };
    if s.problems.is_empty() {
        empty(area, buf, theme, tr!(lang, "room-dots-empty"));
        return Drawn {
            heading,
            page: String::new(),
        };
    }
    let group_index: HashMap<GroupId, usize> = s
        .groups
        .iter()
        .enumerate()
        .map(|(i, g)| (g.id, i))
        .collect();
    // Who is voting now, with what they have placed of their budget.
    if let Some((i, g)) = focus
        .group
        .and_then(|id| Some((*group_index.get(&id)?, s.group(id)?)))
        && area.height >= 6
        && !blind
    {
        let line = tr!(
            lang,
            "room-dots-voting-now",
            group = &g.name,
            used = tally.used(g.id),
            budget = s.dot_budget(g.id)
        );
        let fill = Fill::group(theme, i);
        rows::put(buf, area, 0, &fill.swatch(), fill.style);
        let mut text = Rect::new(
            area.x + 3,
            area.y,
            area.width.saturating_sub(3),
            area.height,
        );
        rows::label(buf, &mut text, &line, theme.emphasis);
        let used = text.y - area.y;
        rows::take_top(&mut area, used);
        rows::gap(&mut area, 16);
    }
    // A blind vote names each group beside its pattern already.
    let legend = if blind {
        Vec::new()
    } else {
        legend_lines(s, theme, lang, area.width, blind)
    };
    let legend_rows = (legend.len() as u16).min(area.height / 4);
    let legend_area = rows::take_bottom(&mut area, legend_rows);
    for (i, line) in legend.iter().take(usize::from(legend_rows)).enumerate() {
        draw_legend_line(buf, legend_area, i as u16, line, theme);
    }
    let page = if blind {
        blind_board(area, buf, theme, room)
    } else {
        board(area, buf, theme, room, ranks, &tally)
    };
    Drawn { heading, page }
}

/// The ranked problems with totals and bars.
fn board(
    area: Rect,
    buf: &mut Buffer,
    theme: &Theme,
    room: &Room,
    ranks: &Ranks,
    tally: &Tally,
) -> String {
    let s = room.session;
    let focus = &room.cue.focus;
    let alone = focus.group.filter(|g| focus.alone && s.group(*g).is_some());
    let ranked = ranks.ranking(s, RankMethod::Dots, alone);
    let titles = ranks::titles(s);
    let sharing = ranks::sharing(&ranked);
    let max = ranked.iter().map(|r| r.score).fold(0.0, f64::max);
    let list: Vec<Entry> = ranked
        .iter()
        .map(|r| Entry {
            selected: focus.problem == Some(r.problem),
            leader: is_leader(r, &ranked),
            lead: shared_rank_label(r, &sharing),
            title: ranks::title(&titles, r.problem).to_string(),
            value: (r.score as u32).to_string(),
            ..Entry::default()
        })
        .collect();
    // Each bar has a part per group: made for the entries drawn alone.
    let bar = |r: &Ranked| -> Vec<(f64, Fill)> {
        s.groups
            .iter()
            .enumerate()
            .filter(|(_, g)| alone.is_none_or(|a| a == g.id))
            .filter_map(|(i, g)| {
                // Groups with no dot on it have no part of its bar.
                let n = tally.dots(r.problem, Some(g.id));
                (n > 0).then(|| (n as f64, Fill::group(theme, i)))
            })
            .collect()
    };
    // A problem with no dot from the groups counted (the room, or the one
    // group) has no bar: only the others are looked at part by part.
    let any = ranked
        .iter()
        .any(|r| tally.dots(r.problem, alone) > 0 && !bar(r).is_empty());
    entries::draw_with_bars(
        area,
        buf,
        theme,
        room.lang,
        &list,
        &Look {
            bar_max: max,
            big: true,
            ranked: true,
            big_titles: false,
        },
        Some(&entries::Bars {
            any,
            of: &|i| bar(&ranked[i]),
        }),
    )
}

/// A blind vote: each group's dots placed (big where they fit), then the
/// problems in the order named, with no totals.
fn blind_board(mut area: Rect, buf: &mut Buffer, theme: &Theme, room: &Room) -> String {
    let s = room.session;
    let groups: Vec<Entry> = s
        .groups
        .iter()
        .enumerate()
        .map(|(i, g)| Entry {
            selected: room.cue.focus.group == Some(g.id),
            swatch: Some(Fill::group(theme, i)),
            title: tr!(room.lang, "room-dots-placed", group = &g.name),
            value: format!("{}/{}", s.dots_used(g.id), s.dot_budget(g.id)),
            ..Entry::default()
        })
        .collect();
    let share = area.height / 2;
    if groups.len() as u16 <= share {
        let top = rows::take_top(&mut area, share);
        entries::draw(
            top,
            buf,
            theme,
            room.lang,
            &groups,
            &Look {
                bar_max: 0.0,
                big: true,
                ranked: false,
                big_titles: false,
            },
        );
    } else {
        // Too many groups for a row each: all of them on a few lines.
        let parts: Vec<(String, Fill)> = s
            .groups
            .iter()
            .enumerate()
            .map(|(i, g)| {
                let mark = if room.cue.focus.group == Some(g.id) {
                    "▶"
                } else {
                    ""
                };
                (
                    format!(
                        "{mark}{} {}/{}",
                        g.name,
                        s.dots_used(g.id),
                        s.dot_budget(g.id)
                    ),
                    Fill::group(theme, i),
                )
            })
            .collect();
        for line in wrap_parts(parts, area.width) {
            let row = rows::take_top(&mut area, 1);
            draw_legend_line(buf, row, 0, &line, theme);
        }
    }
    rows::take_top(&mut area, 1);
    let problems: Vec<Entry> = s
        .problems
        .iter()
        .enumerate()
        .map(|(i, p)| Entry {
            selected: room.cue.focus.problem == Some(p.id),
            lead: format!("{}.", i + 1),
            title: p.title.clone(),
            ..Entry::default()
        })
        .collect();
    entries::draw(
        area,
        buf,
        theme,
        room.lang,
        &problems,
        &Look {
            bar_max: 0.0,
            big: false,
            ranked: false,
            big_titles: false,
        },
    )
}

/// Leading: first place with anything at all.
pub(super) fn is_leader(r: &Ranked, all: &[Ranked]) -> bool {
    r.rank == 1 && r.score > 0.0 && !all.is_empty()
}

/// "3", or "2=" for a rank shared with another problem (`sharing`: how
/// many problems have each rank, counted once for the whole list by
/// `ranks::sharing`, not once a row).
pub(super) fn shared_rank_label(r: &Ranked, sharing: &HashMap<usize, usize>) -> String {
    if sharing.get(&r.rank).copied().unwrap_or(0) > 1 {
        format!("{}=", r.rank)
    } else {
        r.rank.to_string()
    }
}

/// The legend: each group's pattern and name, then what the marks mean.
pub(super) fn legend_lines(
    s: &Session,
    theme: &Theme,
    lang: Lang,
    width: u16,
    blind: bool,
) -> Vec<Vec<(String, Fill)>> {
    let parts: Vec<(String, Fill)> = s
        .groups
        .iter()
        .enumerate()
        .map(|(i, g)| (g.name.clone(), Fill::group(theme, i)))
        .collect();
    let mut lines = wrap_parts(parts, width);
    if !blind {
        lines.push(vec![(
            tr!(lang, "room-legend-marks").to_string(),
            Fill {
                glyph: "",
                style: theme.muted,
            },
        )]);
    }
    lines
}

/// Patterns with their words, as many to a line as fit in `width`.
fn wrap_parts(parts: Vec<(String, Fill)>, width: u16) -> Vec<Vec<(String, Fill)>> {
    let mut lines = Vec::new();
    let mut line: Vec<(String, Fill)> = Vec::new();
    let mut used = 0;
    for (name, fill) in parts {
        let w = crate::text::width(&name) + 5;
        if used + w > usize::from(width) + 2 && !line.is_empty() {
            lines.push(std::mem::take(&mut line));
            used = 0;
        }
        used += w;
        line.push((name, fill));
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

pub(super) fn draw_legend_line(
    buf: &mut Buffer,
    area: Rect,
    y: u16,
    line: &[(String, Fill)],
    theme: &Theme,
) {
    let mut x = area.x;
    for (name, fill) in line {
        let at = Rect::new(x, area.y, area.right().saturating_sub(x), area.height);
        if fill.glyph.is_empty() {
            rows::put(buf, at, y, name, theme.muted);
            return;
        }
        rows::put(buf, at, y, &fill.swatch(), fill.style);
        let name_at = Rect::new(
            x + 3,
            area.y,
            area.right().saturating_sub(x + 3),
            area.height,
        );
        rows::put(buf, name_at, y, name, theme.base);
        x += crate::text::width(name) as u16 + 5;
    }
}
