//! The results on the wall: the overall ranking beside each group's ranks,
//! so the room sees where women, youth or elders rank differently; the
//! biggest disagreements marked ◆, the leader(s) ★, shared ranks "2=".

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use super::rank_dots::{draw_legend_line, is_leader, legend_lines, shared_rank_label};
use super::ranks::{self, Ranks};
use super::{Drawn, Room, empty, rows};
use crate::model::ranking;
use crate::text;
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
    let method = s.ranking.method;
    let heading = tr!(
        room.lang,
        "room-results-heading",
        method = room.lang.t(method.msg_id())
    );
    if s.problems.is_empty() || !ranking::has_inputs(s, method, None) {
        empty(area, buf, theme, tr!(room.lang, "room-results-empty"));
        return Drawn {
            heading,
            page: String::new(),
        };
    }
    let overall = ranks.ranking(s, method, None);
    let comparison = ranks.comparison(s, method);
    let titles = ranks::titles(s);
    let sharing = ranks::sharing(&overall);
    let disagree = comparison.biggest_disagreements();
    let groups = &comparison.groups;
    // Group columns: their names when they all fit beside titles of 24
    // columns, else each group's pattern with a legend under the table.
    let fixed = 3 + 4;
    let named_w: Vec<u16> = groups
        .iter()
        .map(|g| (text::width(s.group_name(*g)) as u16).max(3) + 1)
        .collect();
    let named = fixed + named_w.iter().sum::<u16>() + 2 + 24 <= area.width;
    // Ranks take two digits: three columns each on a narrow screen.
    let narrow = if area.width < 60 { 3 } else { 4 };
    let col_w: Vec<u16> = if named {
        named_w
    } else {
        vec![narrow; groups.len()]
    };
    let patterns = if named {
        Vec::new()
    } else {
        legend_lines(s, theme, room.lang, area.width, true)
    };
    // What the marks mean, wrapped (a long language needs two lines at 48
    // columns), never cut.
    let marks = rows::wrap(tr!(room.lang, "room-results-marks"), area.width);
    let legend_rows =
        (patterns.len() as u16).min((area.height / 3).saturating_sub(1)) + marks.len() as u16;
    let legend = rows::take_bottom(&mut area, legend_rows);
    let header = rows::take_top(&mut area, 1);
    let title_w = area
        .width
        .saturating_sub(fixed + col_w.iter().sum::<u16>() + 2)
        .max(8);
    let cols_x = area.x + fixed + title_w + 2;
    let mut x = cols_x;
    for (i, g) in groups.iter().enumerate() {
        let at = Rect::new(x, header.y, col_w[i], 1).intersection(header);
        let fill = Fill::group(theme, s.groups.iter().position(|o| o.id == *g).unwrap_or(i));
        if named {
            rows::put(buf, at, 0, s.group_name(*g), theme.heading);
        } else {
            rows::put(buf, at, 0, &fill.swatch(), fill.style);
        }
        x += col_w[i];
    }
    let head_title = Rect::new(header.x + fixed, header.y, title_w, 1);
    rows::put(
        buf,
        head_title,
        0,
        tr!(room.lang, "room-results-overall"),
        theme.heading,
    );
    // Rows, paged by height.
    let wrapped: Vec<Vec<String>> = comparison
        .rows
        .iter()
        .map(|r| rows::wrap(ranks::title(&titles, r.problem), title_w))
        .collect();
    let spaced = wrapped.iter().map(|w| w.len() as u16 + 1).sum::<u16>() <= area.height + 1;
    let heights: Vec<u16> = wrapped
        .iter()
        .map(|w| w.len() as u16 + u16::from(spaced))
        .collect();
    let selected = room
        .cue
        .focus
        .problem
        .and_then(|p| comparison.rows.iter().position(|r| r.problem == p));
    let page = rows::page(
        room.lang,
        &heights,
        area.height + u16::from(spaced),
        selected,
    );
    let mut y = 0;
    for i in page.items.clone() {
        let r = &comparison.rows[i];
        let Some(ranked) = overall.iter().find(|o| o.problem == r.problem) else {
            continue;
        };
        let leader = is_leader(ranked, &overall);
        let style = if leader { theme.emphasis } else { theme.base };
        let row = Rect::new(area.x, area.y + y, area.width, heights[i]).intersection(area);
        let mark = match (disagree.contains(&r.problem), leader) {
            (true, true) => "◆★",
            (true, false) => "◆",
            (false, true) => " ★",
            (false, false) => "",
        };
        rows::put(buf, row, 0, mark, theme.emphasis);
        let lead = Rect::new(row.x + 3, row.y, 4, 1).intersection(row);
        rows::put(
            buf,
            lead,
            0,
            &shared_rank_label(ranked, &sharing),
            style.add_modifier(ratatui::style::Modifier::BOLD),
        );
        let title = Rect::new(row.x + fixed, row.y, title_w, row.height);
        rows::put_lines(buf, title, 0, &wrapped[i], style);
        let mut x = cols_x;
        for (g, rank) in r.ranks.iter().enumerate() {
            let at = Rect::new(x, row.y, col_w[g], 1).intersection(row);
            let text = rank.map_or("–".to_string(), |n| n.to_string());
            rows::put(buf, at, 0, &text, style);
            x += col_w[g];
        }
        y += heights[i];
    }
    // The legend: whose pattern is whose (without names above), and what
    // the marks mean.
    for (i, line) in patterns.iter().enumerate().take(usize::from(
        legend.height.saturating_sub(marks.len() as u16),
    )) {
        draw_legend_line(buf, legend, i as u16, line, theme);
    }
    let at = legend.height.saturating_sub(marks.len() as u16);
    rows::put_lines(
        buf,
        Rect::new(legend.x, legend.y + at, legend.width, legend.height - at),
        0,
        &marks,
        theme.muted,
    );
    Drawn {
        heading,
        page: page.label,
    }
}
