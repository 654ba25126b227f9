//! Results, for whichever method the session ranks by: the overall ranking
//! as a sorted bar chart with scores and shared ranks (1, 2, 2, 4), beside a
//! table of each group's ranks (Women | Men | Youth | Elders …) with the rows
//! where the groups disagree most marked ◆. Ties that were broken say how.
//! The shortlist is taken from here with `s`, in the broken order.

use std::collections::BTreeSet;

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::KeyCode;
use ratatui::layout::{Position, Rect};
use ratatui::text::Span;

use super::shared::{
    BREAK_TIE, METHOD, Standing, Whose, how_broken, line, method_key, method_title,
    score_with_unit, shortlist_size, split_line, take_bottom, take_top, then_list, who_name,
};
use super::{RankView, Shared, View};
use crate::i18n::Lang;
use crate::model::ranking::{self, Comparison, Ranked};
use crate::model::{GroupId, ProblemId, RankMethod, Session};
use crate::text;
use crate::tr;
use crate::tui::keymap::{Action, DOWN, FIRST, Key, Keymap, LAST, PAGE_DOWN, PAGE_UP, UP, bind};
use crate::tui::panels::{Ctx, Effect};
use crate::tui::theme::Theme;
use crate::tui::widgets::bar_chart::{BarChart, Fill, Row, Rows, Segment};
use crate::tui::widgets::list::{Selection, Viewport};
use crate::tui::widgets::put;

/// The results view: a row under the cursor (whose whole title the chart
/// shows), and where the table of each group's ranks is scrolled to.
#[derive(Default)]
pub struct Results {
    /// The problem under the cursor, in the order of the chart.
    selected: Selection<ProblemId>,
    /// The rows of the table in view (it follows the selected problem).
    table: Viewport,
}

pub(super) const KEYS: Keymap = Keymap {
    title: "Rank: results",
    bindings: &[
        UP.shown_as("↑↓"),
        DOWN,
        bind(
            &[Key::char('g')],
            Action::NextGroup,
            "look at",
            "look at one group's ranking, or the whole room's (who decides does not change)",
        ),
        bind(
            &[Key::char('G')],
            Action::PrevGroup,
            "previous group",
            "look at a group's ranking, starting from the one before",
        )
        .help_only(),
        bind(
            &[Key::char('s')],
            Action::ShortlistTop,
            "shortlist",
            "mark the top N of the room's ranking as the shortlist (a broken tie counts)",
        )
        .editing(),
        bind(
            &[Key::char(']'), Key::char('>')],
            Action::ShortlistMore,
            "size",
            "make the top N of the shortlist one longer",
        )
        .editing()
        .shown_as("[]"),
        bind(
            &[Key::char('['), Key::char('<')],
            Action::ShortlistFewer,
            "smaller",
            "make the top N of the shortlist one shorter",
        )
        .editing()
        .help_only(),
        BREAK_TIE,
        METHOD,
        bind(
            &[Key::char('r'), Key::code(KeyCode::Esc)],
            Action::ShowResults,
            "back",
            "back to recording",
        ),
        PAGE_UP,
        PAGE_DOWN,
        FIRST,
        LAST,
        // Last: on a narrow hint line it is the first to give way.
        super::score_card::SCORE_CARD,
    ],
};

impl RankView for Results {
    fn keymap(&self, _s: &Session) -> Keymap {
        KEYS
    }

    fn keymaps(&self) -> Vec<Keymap> {
        vec![KEYS]
    }

    fn handle_action(&mut self, action: Action, ctx: &Ctx, shared: &mut Shared) -> Effect {
        let s = ctx.session;
        let rows = shown_ids(s, shared.viewed(s));
        if self.selected.navigate(&rows, action) {
            return Effect::None;
        }
        match action {
            Action::ShortlistTop => {
                return Standing::of(s, s.ranking.method).shortlist_top(ctx, shared);
            }
            Action::ShortlistMore | Action::ShortlistFewer => {
                return shortlist_size(s, action == Action::ShortlistMore, ctx.lang);
            }
            Action::Cancel => shared.view = View::Method,
            _ => return Effect::Unhandled,
        }
        Effect::None
    }

    fn draw(
        &self,
        body: Rect,
        _panel: Rect,
        buf: &mut Buffer,
        ctx: &Ctx,
        shared: &Shared,
        theme: &Theme,
    ) -> Option<Position> {
        self.draw_results(body, buf, ctx, shared.viewed(ctx.session), theme);
        None
    }
}

impl Results {
    fn draw_results(
        &self,
        area: Rect,
        buf: &mut Buffer,
        ctx: &Ctx,
        who: Option<GroupId>,
        theme: &Theme,
    ) {
        let s = ctx.session;
        let l = ctx.lang;
        let mut area = area;
        let method = s.ranking.method;
        let heading = take_top(&mut area, 1);
        let title = match who {
            Some(g) => tr!(
                l,
                "rank-results-title-group",
                method = method_title(method, l),
                group = s.group_name(g)
            ),
            None => tr!(
                l,
                "rank-results-title",
                method = method_title(method, l),
                who = who_name(s, None, l)
            ),
        };
        if s.problems.is_empty() {
            line(heading, buf, &title, theme.heading);
            take_top(&mut area, 1);
            let why = tr!(l, "rank-no-problems");
            line(take_top(&mut area, 1), buf, why, theme.base);
            return;
        }
        let standing = Standing::of(s, method);
        let shown = match who {
            None => standing.room.clone(),
            Some(_) => ranking::ranking(s, method, who),
        };
        let comparison = ranking::compare_groups(s, method);
        let len = shown.len();

        let whose = if who.is_some() {
            Whose::Room
        } else {
            Whose::Shown
        };
        let footer_h = standing.footer_rows(ctx, whose, false, area.width);
        let footer = take_bottom(&mut area, footer_h);
        standing.draw_footer(footer, ctx, whose, false, buf, theme);
        let notes = tie_notes(s, &standing.room, l);
        let notes_h = (notes.len() as u16).min(area.height / 4);
        let notes_area = take_bottom(&mut area, notes_h);
        for (k, note) in notes.iter().take(notes_h as usize).enumerate() {
            line(
                Rect::new(notes_area.x, notes_area.y + k as u16, notes_area.width, 1),
                buf,
                note,
                theme.base,
            );
        }

        let ids: Vec<ProblemId> = shown.iter().map(|r| r.problem).collect();
        let focus = self.selected.index(&ids);
        let selected = focus.map(|i| ids[i]);
        let chart_rows = chart_rows(s, method, &shown, focus, theme, l);
        let chart = results_chart(s, &shown, &chart_rows, theme);
        // Side by side when the table fits with its group names whole and
        // the chart keeps 50 columns; otherwise the chart above the table.
        let widest = s.groups.iter().map(|g| text::width(&g.name)).max();
        let table_w = 4 + 22 + s.groups.len() * (widest.unwrap_or(0).clamp(4, 9) + 1);
        let side_by_side = area.width as usize >= table_w + 2 + 50;
        let (chart_area, table_area) = if side_by_side {
            let chart_w = area.width - table_w as u16 - 2;
            (
                Rect::new(area.x, area.y, chart_w, area.height),
                Rect::new(area.x + chart_w + 2, area.y, table_w as u16, area.height),
            )
        } else {
            // Chart above, table below: each gets half of what is left.
            let half = (area.height.saturating_sub(2)) / 2;
            let whole = chart.full_height(area.width, focus);
            let chart_h = (whole + 1).min(half.max(2));
            let mut rest = area;
            let chart = take_top(&mut rest, chart_h);
            if rest.height > 2 * len as u16 + 2 {
                take_top(&mut rest, 1);
            }
            (chart, rest)
        };
        let mut chart_body = chart_area;
        take_top(&mut chart_body, 1);
        let window = chart.window(chart_body, self.selected.viewport(), focus);
        let range = super::shared::range_label(l, &window, len);
        split_line(
            heading,
            buf,
            &[Span::styled(title, theme.heading)],
            &range,
            theme,
        );
        let recorded = match method {
            RankMethod::Dots => s.ranking.votes.len(),
            RankMethod::Pairwise => s.ranking.pairs.len(),
            RankMethod::Criteria => s.ranking.scores.len(),
        };
        if recorded == 0 {
            let why = tr!(l, "rank-results-none", method = method_key(method));
            line(chart_area, buf, &why, theme.base);
            return;
        }
        let silent = who.and_then(|g| {
            let k = comparison.groups.iter().position(|x| *x == g)?;
            comparison
                .rows
                .iter()
                .all(|r| r.ranks[k].is_none())
                .then(|| s.group_name(g))
        });
        if let Some(name) = silent {
            let why = tr!(
                l,
                "rank-results-group-none",
                group = name,
                method = method_key(method)
            );
            line(chart_area, buf, &why, theme.base);
            self.draw_table(table_area, buf, s, &comparison, selected, theme, l);
            return;
        }
        let title = if standing.ready {
            // Say whose ranking it is: one group's is not the overall one.
            match who {
                Some(g) => tr!(l, "rank-results-group-ranking", group = s.group_name(g)),
                None => tr!(l, "rank-results-overall").to_string(),
            }
        } else {
            match method {
                RankMethod::Pairwise => {
                    let room_decided = s.ranking.pairs.iter().any(|d| d.group.is_none());
                    let (decided, total) = ranking::pairwise_progress(s, who);
                    if who.is_none() && !room_decided {
                        tr!(l, "rank-results-so-far-groups").to_string()
                    } else {
                        tr!(
                            l,
                            "rank-results-so-far-pairs",
                            decided =
                                tr!(l, "rank-pairs-decided", decided = decided, total = total)
                        )
                    }
                }
                _ => tr!(l, "rank-results-so-far-scores").into(),
            }
        };
        line(chart_area, buf, &title, theme.heading);
        chart.render(chart_body, buf, self.selected.viewport(), focus);
        self.draw_table(table_area, buf, s, &comparison, selected, theme, l);
    }
}

/// The problems of the chart, in its order: whose ranking is looked at.
fn shown_ids(s: &Session, who: Option<GroupId>) -> Vec<ProblemId> {
    ranking::ranking(s, s.ranking.method, who)
        .into_iter()
        .map(|r| r.problem)
        .collect()
}

/// The overall (or one group's) ranking as bar chart rows: rank († where a
/// tie-break placed it), ★ on the shortlist, the score with its unit; the
/// row under the cursor marked (its whole title shows there).
fn chart_rows<'s>(
    s: &'s Session,
    method: RankMethod,
    shown: &[Ranked],
    focus: Option<usize>,
    theme: &Theme,
    l: Lang,
) -> Vec<Row<'s>> {
    let rank_w = shown.len().to_string().len();
    let fill = Fill {
        glyph: "█",
        style: theme.bar,
    };
    shown
        .iter()
        .enumerate()
        .map(|(i, r)| Row {
            lead: format!(
                "{}{:>rank_w$}{}{}",
                if focus == Some(i) { "▶" } else { " " },
                r.rank,
                if r.broken_by.is_some() { "†" } else { " " },
                if s.ranking.shortlist.contains(&r.problem) {
                    "★"
                } else {
                    " "
                },
            ),
            title: s.problem_title(r.problem),
            segments: vec![Segment {
                value: r.score,
                fill,
            }],
            value: score_with_unit(method, r.score, l),
            selected: focus == Some(i),
        })
        .collect()
}

fn results_chart<'r>(
    s: &Session,
    shown: &[Ranked],
    rows: &'r [Row<'r>],
    theme: &Theme,
) -> BarChart<'r> {
    let max = shown.iter().map(|r| r.score).fold(0.0, f64::max);
    let title_width = shown
        .iter()
        .map(|r| text::width(s.problem_title(r.problem)))
        .max()
        .unwrap_or(0);
    BarChart {
        rows: Rows::All(rows),
        max,
        title_width,
        style: theme.base,
        selected: theme.selected,
        value_style: theme.heading,
        spaced: false,
    }
}

impl Results {
    /// Each group's ranks side by side, in the overall order; ◆ and bold on
    /// the rows where they disagree most; – where a group recorded nothing.
    /// A group whose name does not fit its column is headed by its number,
    /// and the legend under the table names it in full: names are never cut.
    #[allow(clippy::too_many_arguments)]
    fn draw_table(
        &self,
        area: Rect,
        buf: &mut Buffer,
        s: &Session,
        comparison: &Comparison,
        selected: Option<ProblemId>,
        theme: &Theme,
        l: Lang,
    ) {
        if area.height == 0 || area.width < 12 {
            return;
        }
        let mut area = area;
        let header = take_top(&mut area, 1);
        let disagree = comparison.biggest_disagreements();
        let names: Vec<&str> = comparison.groups.iter().map(|g| s.group_name(*g)).collect();
        let rank_w = comparison.rows.len().to_string().len();
        let lead_w = 2 + rank_w + 1;
        let min_title = 14;
        // Group columns as wide as their names (up to 9), narrower before
        // the titles drop under 20 columns.
        let widest = names.iter().map(|n| text::width(n)).max().unwrap_or(0);
        let room_per_group = (area.width as usize)
            .saturating_sub(lead_w + 20)
            .checked_div(names.len())
            .unwrap_or(0);
        let col_w = (widest.clamp(4, 9) + 1).min(room_per_group.max(6));
        let fit = (area.width as usize).saturating_sub(lead_w + min_title) / col_w;
        let shown_groups = fit.min(names.len());
        let more = names.len() - shown_groups;
        let more_w = if more > 0 { 4 } else { 0 };
        let title_w = (area.width as usize).saturating_sub(lead_w + shown_groups * col_w + more_w);
        let x_groups = area.x as usize + lead_w + title_w;
        // Headed by number where the name is longer than the column.
        let headed: Vec<String> = names
            .iter()
            .enumerate()
            .map(|(k, n)| {
                if text::width(n) < col_w {
                    n.to_string()
                } else {
                    format!("#{}", k + 1)
                }
            })
            .collect();
        let mut legend: Vec<String> = names
            .iter()
            .enumerate()
            .filter(|(k, n)| *k >= shown_groups || text::width(n) >= col_w)
            .map(|(k, n)| format!("#{} {n}", k + 1))
            .collect();
        legend.push(if disagree.is_empty() {
            tr!(l, "rank-results-legend").into()
        } else {
            tr!(l, "rank-results-legend-disagree").into()
        });
        let legend_text = legend.join(" · ");
        let legend_lines = wrap_rows(&legend_text, area.width as usize);
        let legend_h = (legend_lines.len() as u16).min(area.height.saturating_sub(1));
        let legend_area = take_bottom(&mut area, legend_h);
        for (k, l) in legend_lines.iter().take(legend_h as usize).enumerate() {
            let row = Rect::new(
                legend_area.x,
                legend_area.y + k as u16,
                legend_area.width,
                1,
            );
            line(row, buf, l, theme.muted);
        }

        put(
            buf,
            header.x,
            header.y,
            &text::fit(tr!(l, "rank-results-groups-ranks"), lead_w + title_w),
            (lead_w + title_w) as u16,
            theme.heading,
        );
        for (k, name) in headed.iter().take(shown_groups).enumerate() {
            put(
                buf,
                (x_groups + k * col_w) as u16,
                header.y,
                &right_align(name, col_w),
                col_w as u16,
                theme.heading,
            );
        }
        if more > 0 {
            put(
                buf,
                (x_groups + shown_groups * col_w) as u16,
                header.y,
                &format!(" +{more}"),
                more_w as u16,
                theme.muted,
            );
        }
        let focus = selected.and_then(|p| comparison.rows.iter().position(|r| r.problem == p));
        let window = self
            .table
            .window(focus, comparison.rows.len(), area.height as usize);
        for (row_i, row) in comparison.rows[window].iter().enumerate() {
            let y = area.y + row_i as u16;
            let marked = disagree.contains(&row.problem);
            let style = if Some(row.problem) == selected {
                theme.selected
            } else if marked {
                theme.emphasis
            } else {
                theme.base
            };
            let lead = format!(
                "{} {:>rank_w$} ",
                if marked { "◆" } else { " " },
                row.overall
            );
            put(buf, area.x, y, &lead, lead_w as u16, style);
            put(
                buf,
                area.x + lead_w as u16,
                y,
                &text::fit(s.problem_title(row.problem), title_w.saturating_sub(1)),
                title_w.saturating_sub(1) as u16,
                style,
            );
            for (k, rank) in row.ranks.iter().take(shown_groups).enumerate() {
                let shown = rank.map_or("–".to_string(), |r| r.to_string());
                put(
                    buf,
                    (x_groups + k * col_w) as u16,
                    y,
                    &right_align(&shown, col_w),
                    col_w as u16,
                    style,
                );
            }
        }
    }
}

/// `s` wrapped to `width`, as owned rows.
fn wrap_rows(s: &str, width: usize) -> Vec<String> {
    text::wrap(s, width.max(1))
        .into_iter()
        .map(|row| s[row.range].trim_end().to_string())
        .collect()
}

/// `s` cut to `width - 1` columns and set against the right edge of `width`.
fn right_align(s: &str, width: usize) -> String {
    let s = text::truncate(s, width.saturating_sub(1));
    format!("{}{s}", " ".repeat(width - text::width(&s)))
}

/// "† tie at rank 3 broken by run-off vote (12 dots): Police, then Theft",
/// for each recorded tie-break the ranking applies.
fn tie_notes(s: &Session, room: &[Ranked], l: Lang) -> Vec<String> {
    let used: BTreeSet<_> = room.iter().filter_map(|r| r.broken_by).collect();
    s.ranking
        .tie_breaks
        .iter()
        .filter(|t| used.contains(&t.id))
        .map(|t| {
            let order: Vec<String> = t
                .order
                .iter()
                .map(|p: &ProblemId| format!("«{}»", s.problem_title(*p)))
                .collect();
            tr!(
                l,
                "rank-results-tie-note",
                rank = t.rank,
                how = how_broken(l, t),
                order = then_list(l, &order)
            )
        })
        .collect()
}
