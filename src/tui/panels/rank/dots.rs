//! Dot voting: the facilitator picks the group whose dots are being counted
//! (`g`), moves to a problem and records dots with `+`/`-`. A live bar chart,
//! stacked by group, shows the ranking with shared ranks; `v` shows the
//! active group's ranking alone, to compare how women, youth or elders rank.
//! The top of the room's ranking becomes the shortlist for planning.

use std::collections::HashMap;

use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::text::Span;

use super::shared::{
    BREAK_TIE, Budget, METHOD, RESULTS, Standing, draw_budgets, group_ids, shortlist_size,
    split_line, take_bottom, take_top,
};
use super::{RankView, Shared};
use crate::model::ranking::{self, Ranked};
use crate::model::{Change, Field, GroupId, ProblemId, RankMethod, Session, edits};
use crate::text;
use crate::tui::keymap::{Action, DOWN, FIRST, Key, Keymap, LAST, PAGE_DOWN, PAGE_UP, UP, bind};
use crate::tui::panels::{Ctx, Effect};
use crate::tui::theme::Theme;
use crate::tui::widgets::bar_chart::{BarChart, Fill, Row, Segment};
use crate::tui::widgets::list::{Selection, range_label};

/// How the chart lists the problems.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum Order {
    /// Best first: the ranking the room sees.
    #[default]
    Total,
    /// As named in Identify: a fixed order for tallying sticky dots off a
    /// flip chart without the rows moving under the cursor.
    Named,
}

/// The dot-voting view's state.
#[derive(Default)]
pub struct Dots {
    /// The group whose dots `+`/`-` record.
    active: Selection<GroupId>,
    /// Show the active group's ranking alone instead of the whole room's.
    alone: bool,
    order: Order,
    /// The chart row under the cursor, by problem: it stays on its problem
    /// while the chart re-sorts as dots come in.
    selected: Selection<ProblemId>,
}

pub(super) const KEYS: Keymap = Keymap {
    title: "Rank: dot voting",
    bindings: &[
        UP,
        DOWN,
        bind(
            &[Key::char('+'), Key::char('=')],
            Action::VotePlus,
            "dot",
            "one dot for the selected problem from the active group",
        )
        .editing()
        .shown_as("+-"),
        bind(
            &[Key::char('-')],
            Action::VoteMinus,
            "remove dot",
            "take back the active group's latest dot on the selected problem",
        )
        .editing()
        .help_only(),
        bind(
            &[Key::char('g')],
            Action::NextGroup,
            "group",
            "next group: whose dots are being counted",
        ),
        bind(
            &[Key::char('G')],
            Action::PrevGroup,
            "previous group",
            "previous group",
        )
        .help_only(),
        bind(
            &[Key::char('v')],
            Action::ToggleGroupView,
            "view",
            "show the active group's ranking alone, or the whole room's",
        ),
        bind(
            &[Key::char('s')],
            Action::ShortlistTop,
            "shortlist",
            "mark the top N of the room's ranking as the shortlist for planning",
        )
        .editing(),
        bind(
            &[Key::char(' ')],
            Action::ToggleShortlist,
            "pick",
            "put the selected problem on or off the shortlist by hand",
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
        bind(
            &[Key::char('o')],
            Action::ToggleOrder,
            "order",
            "sort by dots, or list the problems in the order they were named",
        ),
        BREAK_TIE,
        RESULTS,
        METHOD,
        PAGE_UP,
        PAGE_DOWN,
        FIRST,
        LAST,
    ],
};

/// Dots counted in one pass over the votes, by problem and group (indices
/// into the session's lists). Drawing and key handling work from this, so a
/// frame costs one pass over the votes however many problems there are.
struct Tally {
    groups: usize,
    /// `cells[problem * groups + group]`.
    cells: Vec<u32>,
    /// Dots each group has placed.
    used: Vec<u32>,
    /// Every dot counted.
    total: u32,
}

impl Tally {
    fn count(s: &Session) -> Tally {
        let problem: HashMap<ProblemId, usize> = s
            .problems
            .iter()
            .enumerate()
            .map(|(i, p)| (p.id, i))
            .collect();
        let group: HashMap<GroupId, usize> = s
            .groups
            .iter()
            .enumerate()
            .map(|(i, g)| (g.id, i))
            .collect();
        let groups = s.groups.len();
        let mut tally = Tally {
            groups,
            cells: vec![0; s.problems.len() * groups],
            used: vec![0; groups],
            total: 0,
        };
        for vote in &s.ranking.votes {
            if let (Some(&p), Some(&g)) = (problem.get(&vote.problem), group.get(&vote.group)) {
                tally.cells[p * groups + g] += 1;
                tally.used[g] += 1;
                tally.total += 1;
            }
        }
        tally
    }

    /// Dots on a problem from each group.
    fn by_group(&self, problem: usize) -> &[u32] {
        &self.cells[problem * self.groups..(problem + 1) * self.groups]
    }

    /// Dots on a problem from the whole room, or from one group.
    fn score(&self, problem: usize, group: Option<usize>) -> u32 {
        match group {
            Some(g) => self.by_group(problem)[g],
            None => self.by_group(problem).iter().sum(),
        }
    }

    /// The same ranking as [`ranking::dot_ranking`] (shared ranks, ties by
    /// title), from the counts already made.
    fn ranking(&self, s: &Session, group: Option<usize>) -> Vec<Ranked> {
        let scores = s
            .problems
            .iter()
            .enumerate()
            .map(|(i, p)| (p.id, f64::from(self.score(i, group))))
            .collect();
        ranking::rank_scores(s, scores)
    }
}

/// One chart row: a problem (index into the session's list), its rank and
/// its dots in the ranking shown.
#[derive(Clone, Copy, Debug)]
struct Place {
    problem: usize,
    rank: usize,
    dots: u32,
}

/// What the dot-voting view shows, worked out once per key or frame.
struct Board<'s> {
    s: &'s Session,
    tally: Tally,
    /// The group whose dots are recorded (index into the session's groups).
    active: Option<usize>,
    /// The group whose ranking is shown alone; `None` for the whole room.
    alone: Option<usize>,
    /// The room's ranking, tie-breaks applied: the shortlist and its tie
    /// warning follow it.
    standing: Standing,
    /// The chart, in the order shown.
    places: Vec<Place>,
    /// The selected chart row.
    selected: Option<usize>,
}

impl Dots {
    fn board<'s>(&self, s: &'s Session) -> Board<'s> {
        let tally = Tally::count(s);
        let active = self.active.index(&group_ids(s));
        let alone = active.filter(|_| self.alone);
        let room = ranking::apply_tie_breaks(s, RankMethod::Dots, tally.ranking(s, None));
        let shown = match alone {
            Some(_) => tally.ranking(s, alone),
            None => room.clone(),
        };
        let standing = Standing::with_room(s, RankMethod::Dots, room);
        let index: HashMap<ProblemId, usize> = s
            .problems
            .iter()
            .enumerate()
            .map(|(i, p)| (p.id, i))
            .collect();
        let mut places: Vec<Place> = shown
            .iter()
            .map(|r| Place {
                problem: index[&r.problem],
                rank: r.rank,
                dots: r.score as u32,
            })
            .collect();
        if self.order == Order::Named {
            places.sort_by_key(|p| p.problem);
        }
        let mut board = Board {
            s,
            tally,
            active,
            alone,
            standing,
            places,
            selected: None,
        };
        board.selected = self.selected.index(&board.row_ids());
        board
    }

    fn action(&mut self, action: Action, ctx: &Ctx) -> Effect {
        let s = ctx.session;
        let board = self.board(s);
        if self.selected.navigate(&board.row_ids(), action) {
            return Effect::None;
        }
        if let Some(why) = missing(s).first() {
            return Effect::Info(why.to_string());
        }
        match action {
            Action::VotePlus => board.add_dot(ctx),
            Action::VoteMinus => board.remove_dot(),
            Action::NextGroup | Action::PrevGroup => {
                let n = s.groups.len();
                let i = board.active.unwrap_or(0);
                let next = if action == Action::NextGroup {
                    (i + 1) % n
                } else {
                    (i + n - 1) % n
                };
                self.active.select_at(&group_ids(s), next);
                Effect::Info(voting_line(s, &board.tally, next))
            }
            Action::ToggleGroupView => {
                self.alone = !self.alone;
                let alone = board.active.filter(|_| self.alone);
                Effect::Info(chart_title(s, alone, self.order))
            }
            Action::ToggleOrder => {
                self.order = match self.order {
                    Order::Total => Order::Named,
                    Order::Named => Order::Total,
                };
                Effect::Info(order_label(self.order).into())
            }
            Action::ShortlistTop => board.standing.shortlist_top(s),
            Action::ToggleShortlist => board.toggle_shortlist(),
            Action::ShortlistMore | Action::ShortlistFewer => {
                shortlist_size(s, action == Action::ShortlistMore)
            }
            _ => Effect::Unhandled,
        }
    }
}

impl Board<'_> {
    /// The problems of the chart rows, in order.
    fn row_ids(&self) -> Vec<ProblemId> {
        self.places
            .iter()
            .map(|p| self.s.problems[p.problem].id)
            .collect()
    }

    fn selected_problem(&self) -> Option<ProblemId> {
        let place = self.places.get(self.selected?)?;
        Some(self.s.problems[place.problem].id)
    }

    fn active_group(&self) -> Option<(usize, GroupId)> {
        let i = self.active?;
        Some((i, self.s.groups[i].id))
    }

    fn add_dot(&self, ctx: &Ctx) -> Effect {
        let (Some(problem), Some((g, group))) = (self.selected_problem(), self.active_group())
        else {
            return Effect::None;
        };
        let Some(change) = edits::add_vote(self.s, problem, group, ctx.now) else {
            return Effect::None;
        };
        let used = self.tally.used[g] + 1;
        let budget = self.s.dot_budget(group);
        if used > budget {
            let warning = format!(
                "{}: {used} of {budget} dots — over budget (the dot is recorded)",
                self.s.groups[g].name
            );
            Effect::ApplyWarn(change, warning)
        } else {
            Effect::Apply(change)
        }
    }

    fn remove_dot(&self) -> Effect {
        let (Some(problem), Some((g, group))) = (self.selected_problem(), self.active_group())
        else {
            return Effect::None;
        };
        match edits::remove_vote(self.s, problem, group) {
            Some(change) => Effect::Apply(change),
            None => Effect::Info(format!(
                "{} has no dot on «{}» to take back",
                self.s.groups[g].name,
                self.s.problem_title(problem)
            )),
        }
    }

    fn toggle_shortlist(&self) -> Effect {
        let Some(problem) = self.selected_problem() else {
            return Effect::None;
        };
        let mut shortlist = self.s.ranking.shortlist.clone();
        match shortlist.iter().position(|p| *p == problem) {
            Some(i) => {
                shortlist.remove(i);
            }
            None => shortlist.push(problem),
        }
        Effect::Apply(Change::Set(Field::Shortlist(shortlist)))
    }
}

/// Why there is nothing to vote on yet: empty when the room can vote.
fn missing(s: &Session) -> Vec<&'static str> {
    let mut why = Vec::new();
    if s.groups.is_empty() {
        why.push("No groups yet — add the groups in Prepare first (Shift+Tab)");
    }
    if s.problems.is_empty() {
        why.push("No problems yet — name problems in Identify first (Shift+Tab)");
    }
    why
}

fn voting_line(s: &Session, tally: &Tally, group: usize) -> String {
    let g = &s.groups[group];
    format!(
        "Voting: {} — {} of {} dots",
        g.name,
        tally.used[group],
        s.dot_budget(g.id)
    )
}

fn chart_title(s: &Session, alone: Option<usize>, order: Order) -> String {
    let whose = match alone {
        Some(g) => format!("{} only", s.groups[g].name),
        None => "whole room, all groups".into(),
    };
    format!("Ranking: {whose} · {}", order_label(order))
}

fn order_label(order: Order) -> &'static str {
    match order {
        Order::Total => "sorted by dots",
        Order::Named => "in the order named",
    }
}

impl RankView for Dots {
    fn keymap(&self, _s: &Session) -> Keymap {
        KEYS
    }

    fn keymaps(&self) -> Vec<Keymap> {
        vec![KEYS]
    }

    fn handle_action(&mut self, action: Action, ctx: &Ctx, _shared: &mut Shared) -> Effect {
        self.action(action, ctx)
    }

    /// Keeps the selections on what is still there (see the list component).
    fn session_changed(&mut self, s: &Session) {
        self.active.anchor(&group_ids(s));
        let rows = self.board(s).row_ids();
        self.selected.anchor(&rows);
    }

    fn draw(
        &self,
        body: Rect,
        _panel: Rect,
        buf: &mut Buffer,
        ctx: &Ctx,
        _shared: &Shared,
        theme: &Theme,
    ) -> Option<Position> {
        self.draw_board(body, buf, ctx, theme);
        None
    }
}

impl Dots {
    fn draw_board(&self, area: Rect, buf: &mut Buffer, ctx: &Ctx, theme: &Theme) {
        let s = ctx.session;
        let mut area = area;
        if area.is_empty() {
            return;
        }
        let board = self.board(s);
        let heading = take_top(&mut area, 1);
        let why = missing(s);
        if !why.is_empty() {
            split_line(
                heading,
                buf,
                &[Span::styled("Dot voting", theme.heading)],
                "",
                theme,
            );
            take_top(&mut area, 1);
            for line in why {
                let row = take_top(&mut area, 1);
                split_line(row, buf, &[Span::styled(line, theme.base)], "", theme);
            }
            return;
        }
        board.draw_heading(heading, buf, theme);
        let budget_rows = (area.height / 4).max(1);
        let budgets: Vec<Budget> = s
            .groups
            .iter()
            .enumerate()
            .map(|(i, g)| Budget {
                name: &g.name,
                used: board.tally.used[i],
                budget: s.dot_budget(g.id),
                active: board.active == Some(i),
                index: i,
            })
            .collect();
        let legend = draw_budgets(area, budget_rows, &budgets, buf, theme);
        take_top(&mut area, legend);

        let footer = take_bottom(&mut area, board.standing.footer_rows(s));
        let whose = if board.alone.is_some() {
            "whole room: "
        } else {
            ""
        };
        board
            .standing
            .draw_footer(footer, ctx, whose, ", Space picks by hand", buf, theme);
        if area.height > 6 {
            take_top(&mut area, 1);
        }
        let title = take_top(&mut area, 1);
        let window = self.selected.window(&board.row_ids(), area.height as usize);
        let range = range_label(&window, board.places.len());
        let title_text = chart_title(s, board.alone, self.order);
        split_line(
            title,
            buf,
            &[Span::styled(title_text, theme.heading)],
            &range,
            theme,
        );
        board.draw_chart(area, window, buf, theme);
    }
}

impl Board<'_> {
    /// "Voting: Women — 23 of 42 dots", with a warning once over budget.
    fn draw_heading(&self, area: Rect, buf: &mut Buffer, theme: &Theme) {
        let Some(g) = self.active else { return };
        let mut spans = vec![Span::styled(
            voting_line(self.s, &self.tally, g),
            theme.heading,
        )];
        let used = self.tally.used[g];
        let budget = self.s.dot_budget(self.s.groups[g].id);
        if used > budget {
            spans.push(Span::styled(
                format!("  ! {} over budget", used - budget),
                theme.warning,
            ));
        }
        split_line(area, buf, &spans, "", theme);
    }

    fn draw_chart(
        &self,
        area: Rect,
        range: std::ops::Range<usize>,
        buf: &mut Buffer,
        theme: &Theme,
    ) {
        let s = self.s;
        let rank_w = s.problems.len().to_string().len();
        let fills: Vec<Fill> = (0..s.groups.len()).map(|i| Fill::group(theme, i)).collect();
        let shortlisted = |id: ProblemId| s.ranking.shortlist.contains(&id);
        let rows: Vec<Row> = self.places[range.clone()]
            .iter()
            .zip(range)
            .map(|(place, i)| {
                let problem = &s.problems[place.problem];
                let selected = self.selected == Some(i);
                let segments = match self.alone {
                    Some(g) => vec![Segment {
                        value: f64::from(place.dots),
                        fill: fills[g],
                    }],
                    None => self
                        .tally
                        .by_group(place.problem)
                        .iter()
                        .zip(&fills)
                        .map(|(dots, fill)| Segment {
                            value: f64::from(*dots),
                            fill: *fill,
                        })
                        .collect(),
                };
                Row {
                    lead: format!(
                        "{} {:>rank_w$} {}",
                        if selected { "▶" } else { " " },
                        place.rank,
                        if shortlisted(problem.id) { "★" } else { " " },
                    ),
                    title: &problem.title,
                    segments,
                    value: place.dots.to_string(),
                    selected,
                }
            })
            .collect();
        let max = self.places.iter().map(|p| p.dots).max().unwrap_or(0);
        let title_width = s
            .problems
            .iter()
            .map(|p| text::width(&p.title))
            .max()
            .unwrap_or(0);
        BarChart {
            rows: &rows,
            max: f64::from(max),
            title_width,
            style: theme.base,
            selected: theme.selected,
            value_style: theme.heading,
            spaced: rows.len() * 2 <= area.height as usize + 1,
        }
        .render(area, buf);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Group, Problem, Vote};
    use chrono::DateTime;

    #[test]
    fn the_tally_ranks_as_dot_ranking_does() {
        let at = DateTime::parse_from_rfc3339("2026-11-27T10:42:07+03:00").unwrap();
        let date = at.date_naive();
        let mut s = Session::new("t".into(), "T".into(), date, at);
        for (i, name) in ["Women", "Youth", "Elders"].into_iter().enumerate() {
            s.groups.push(Group {
                id: GroupId(i as u32 + 1),
                name: name.into(),
                count: 4,
            });
        }
        for (i, title) in ["Theft", "Fights", "Floods", "Arson", "Debt"]
            .into_iter()
            .enumerate()
        {
            s.problems.push(Problem {
                id: ProblemId(i as u32 + 10),
                title: title.into(),
                ..Problem::default()
            });
        }
        for (p, g) in [
            (10, 1),
            (10, 1),
            (11, 2),
            (12, 2),
            (12, 3),
            (11, 1),
            (14, 3),
        ] {
            s.ranking.votes.push(Vote {
                problem: ProblemId(p),
                group: GroupId(g),
                at,
            });
        }
        let tally = Tally::count(&s);
        assert_eq!(tally.ranking(&s, None), ranking::dot_ranking(&s, None));
        for (i, g) in s.groups.iter().enumerate() {
            assert_eq!(
                tally.ranking(&s, Some(i)),
                ranking::dot_ranking(&s, Some(g.id))
            );
        }
        assert_eq!(tally.used, [3, 2, 2]);
        assert_eq!(tally.total, 7);
    }
}
