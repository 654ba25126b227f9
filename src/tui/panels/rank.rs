//! The Rank panel: the room puts its problems in order.
//!
//! Dot voting is the one method so far ([`View::Dots`]): the facilitator picks
//! the group whose dots are being counted (`g`), moves to a problem and
//! records dots with `+`/`-`. A live bar chart, stacked by group, shows the
//! ranking with shared ranks; `v` shows the active group's ranking alone, to
//! compare how women, youth or elders rank. The top of the room's ranking
//! becomes the shortlist for planning.
//!
//! Other methods (pairwise, criteria scoring) and a results view are meant to
//! come in as further `View`s, each with its own keymap, key handling and
//! drawing functions, like the `dots_*` ones here.

use std::collections::HashMap;

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::KeyCode;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::{Ctx, Effect, Panel};
use crate::model::ranking::{self, Ranked};
use crate::model::{Change, Field, GroupId, ProblemId, Session, edits};
use crate::text;
use crate::tui::keymap::{Action, DOWN, Key, Keymap, UP, bind};
use crate::tui::theme::Theme;
use crate::tui::widgets::bar_chart::{BarChart, Fill, Row, Segment};

/// The ranking method on screen.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum View {
    #[default]
    Dots,
}

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

/// A choice kept by id, so it follows its item when the chart re-sorts, and
/// by position, so it lands nearby when the item goes (undo, deletion).
#[derive(Clone, Copy, Debug, Default)]
struct Pick<Id> {
    id: Option<Id>,
    index: usize,
}

impl<Id: Copy + PartialEq> Pick<Id> {
    /// Where the choice is among `ids` (`None` when there are none), and
    /// remembers it there.
    fn resolve(&mut self, ids: &[Id]) -> Option<usize> {
        let last = ids.len().checked_sub(1)?;
        let index = self
            .id
            .and_then(|id| ids.iter().position(|x| *x == id))
            .unwrap_or(self.index.min(last));
        self.set(ids, index);
        Some(index)
    }

    fn set(&mut self, ids: &[Id], index: usize) {
        self.index = index;
        self.id = ids.get(index).copied();
    }
}

#[derive(Default)]
pub struct RankPanel {
    view: View,
    /// The group whose dots `+`/`-` record.
    active: Pick<GroupId>,
    /// Show the active group's ranking alone instead of the whole room's.
    alone: bool,
    order: Order,
    selected: Pick<ProblemId>,
    /// First chart row on screen.
    offset: usize,
    /// Chart rows that fitted at the last draw, for PgUp/PgDn.
    page: usize,
}

impl Panel for RankPanel {
    fn keymap(&self) -> Keymap {
        match self.view {
            View::Dots => DOT_KEYS,
        }
    }

    fn handle_action(&mut self, action: Action, ctx: &Ctx) -> Effect {
        match self.view {
            View::Dots => self.dots_action(action, ctx),
        }
    }

    fn draw(&mut self, area: Rect, buf: &mut Buffer, ctx: &Ctx, theme: &Theme) -> Option<Position> {
        match self.view {
            View::Dots => self.draw_dots(area, buf, ctx.session, theme),
        }
        None
    }
}

const DOT_KEYS: Keymap = Keymap {
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
        bind(
            &[Key::code(KeyCode::PageUp)],
            Action::PageUp,
            "page up",
            "one page up",
        )
        .help_only(),
        bind(
            &[Key::code(KeyCode::PageDown)],
            Action::PageDown,
            "page down",
            "one page down",
        )
        .help_only(),
        bind(
            &[Key::code(KeyCode::Home)],
            Action::First,
            "first",
            "first problem",
        )
        .help_only(),
        bind(
            &[Key::code(KeyCode::End)],
            Action::Last,
            "last",
            "last problem",
        )
        .help_only(),
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
    /// The room's ranking: the shortlist and its tie warning follow it.
    room: Vec<Ranked>,
    /// The chart, in the order shown.
    places: Vec<Place>,
    /// The selected chart row.
    selected: Option<usize>,
}

impl RankPanel {
    fn board<'s>(&mut self, s: &'s Session) -> Board<'s> {
        let tally = Tally::count(s);
        let active = self.active.resolve(&group_ids(s));
        let alone = active.filter(|_| self.alone);
        let room = tally.ranking(s, None);
        let shown = match alone {
            Some(_) => tally.ranking(s, alone),
            None => room.clone(),
        };
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
            room,
            places,
            selected: None,
        };
        board.selected = self.selected.resolve(&board.row_ids());
        board
    }

    fn dots_action(&mut self, action: Action, ctx: &Ctx) -> Effect {
        let s = ctx.session;
        let board = self.board(s);
        let row = board.selected.unwrap_or(0);
        let last = board.places.len().saturating_sub(1);
        let page = self.page.max(1);
        let moved = match action {
            Action::Up => Some(row.saturating_sub(1)),
            Action::Down => Some(row + 1),
            Action::PageUp => Some(row.saturating_sub(page)),
            Action::PageDown => Some(row + page),
            Action::First => Some(0),
            Action::Last => Some(last),
            _ => None,
        };
        if let Some(to) = moved {
            self.selected.set(&board.row_ids(), to.min(last));
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
                self.active.set(&group_ids(s), next);
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
            Action::ShortlistTop => board.shortlist_top(),
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

    /// The room's top N as the shortlist, warning when N cuts a tie.
    fn shortlist_top(&self) -> Effect {
        let n = self.s.ranking.shortlist_size;
        if self.tally.total == 0 {
            return Effect::Info(
                "no dots yet: record the votes first, or pick problems by hand with Space".into(),
            );
        }
        let top: Vec<ProblemId> = self.room.iter().take(n).map(|r| r.problem).collect();
        let tie = boundary_tie(&self.room, n).map(tie_message);
        if top == self.s.ranking.shortlist {
            return match tie {
                Some(tie) => Effect::Warn(tie),
                None => Effect::Info(format!("the shortlist is already the top {n}")),
            };
        }
        let change = Change::Set(Field::Shortlist(top));
        match tie {
            Some(tie) => Effect::ApplyWarn(change, format!("shortlist set, but {tie}")),
            None => Effect::Apply(change),
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

fn group_ids(s: &Session) -> Vec<GroupId> {
    s.groups.iter().map(|g| g.id).collect()
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

fn shortlist_size(s: &Session, longer: bool) -> Effect {
    let n = s.ranking.shortlist_size;
    let most = s.problems.len().max(1);
    if longer && n >= most {
        Effect::Info(format!(
            "the shortlist cannot be longer than the {most} problems"
        ))
    } else if !longer && n <= 1 {
        Effect::Info("the shortlist takes at least one problem".into())
    } else {
        let n = if longer { n + 1 } else { n - 1 };
        Effect::Apply(Change::Set(Field::ShortlistSize(n)))
    }
}

/// When the top `n` ends inside a tie: the first and last tied positions.
fn boundary_tie(room: &[Ranked], n: usize) -> Option<(usize, usize)> {
    if n == 0 || n >= room.len() || room[n].rank != room[n - 1].rank {
        return None;
    }
    let rank = room[n - 1].rank;
    // Tied problems are next to each other, from position `rank` on.
    let last = rank
        + room[rank - 1..]
            .iter()
            .take_while(|r| r.rank == rank)
            .count()
        - 1;
    Some((rank, last))
}

fn tie_message((first, last): (usize, usize)) -> String {
    let positions = if last == first + 1 {
        format!("positions {first} and {last}")
    } else {
        format!("positions {first} to {last}")
    };
    format!("{positions} are tied — pick by hand or break the tie")
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

/// Takes `n` rows off the top of `area`.
fn take_top(area: &mut Rect, n: u16) -> Rect {
    let n = n.min(area.height);
    let top = Rect::new(area.x, area.y, area.width, n);
    area.y += n;
    area.height -= n;
    top
}

/// Takes `n` rows off the bottom of `area`.
fn take_bottom(area: &mut Rect, n: u16) -> Rect {
    let n = n.min(area.height);
    area.height -= n;
    Rect::new(area.x, area.y + area.height, area.width, n)
}

/// `left` and a quieter `right` on one line; the left is cut first.
fn split_line(area: Rect, buf: &mut Buffer, left: &[Span], right: &str, theme: &Theme) {
    if area.height == 0 {
        return;
    }
    let width = area.width as usize;
    let right_w = text::width(right);
    let right_fits = !right.is_empty() && right_w + 2 <= width;
    let room = if right_fits {
        width - right_w - 2
    } else {
        width
    };
    let mut x = area.x;
    let mut left_room = room;
    for span in left {
        let shown = text::truncate(&span.content, left_room);
        let w = text::width(&shown);
        buf.set_stringn(x, area.y, &shown, left_room, span.style);
        x += w as u16;
        left_room -= w;
        if w < text::width(&span.content) {
            break;
        }
    }
    if right_fits {
        buf.set_stringn(
            area.right() - right_w as u16,
            area.y,
            right,
            right_w,
            theme.muted,
        );
    }
}

impl RankPanel {
    fn draw_dots(&mut self, area: Rect, buf: &mut Buffer, s: &Session, theme: &Theme) {
        // A column of air on each side keeps text off the projector's edge.
        let mut area = Rect::new(
            area.x + 1.min(area.width),
            area.y,
            area.width.saturating_sub(2),
            area.height,
        );
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
        let legend = board.draw_budgets(area, budget_rows, buf, theme);
        take_top(&mut area, legend);

        let tie = (board.tally.total > 0)
            .then(|| boundary_tie(&board.room, s.ranking.shortlist_size))
            .flatten();
        let footer = take_bottom(&mut area, 1 + u16::from(tie.is_some()));
        board.draw_footer(footer, tie, buf, theme);
        if area.height > 6 {
            take_top(&mut area, 1);
        }
        let title = take_top(&mut area, 1);
        self.page = area.height as usize;
        if let Some(sel) = board.selected {
            let h = self.page.max(1);
            if sel < self.offset {
                self.offset = sel;
            } else if sel >= self.offset + h {
                self.offset = sel + 1 - h;
            }
        }
        self.offset = self
            .offset
            .min(board.places.len().saturating_sub(self.page));
        let end = (self.offset + self.page).min(board.places.len());
        let range = if board.places.len() > self.page {
            format!("{}–{} of {}", self.offset + 1, end, board.places.len())
        } else {
            String::new()
        };
        let title_text = chart_title(s, board.alone, self.order);
        split_line(
            title,
            buf,
            &[Span::styled(title_text, theme.heading)],
            &range,
            theme,
        );
        board.draw_chart(area, self.offset..end, buf, theme);
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
        split_line(area, buf, &spans, "dot voting", theme);
    }

    /// Every group's dots used / budget, which is also the chart's legend:
    /// its fill, ▶ on the active group, ! on any over budget. Wraps onto at
    /// most `max_rows` rows; returns the rows used.
    fn draw_budgets(&self, area: Rect, max_rows: u16, buf: &mut Buffer, theme: &Theme) -> u16 {
        let width = area.width as usize;
        let items: Vec<Vec<Span>> = self
            .s
            .groups
            .iter()
            .enumerate()
            .map(|(i, g)| {
                let used = self.tally.used[i];
                let budget = self.s.dot_budget(g.id);
                let over = used > budget;
                let active = self.active == Some(i);
                let fill = Fill::group(theme, i);
                let style = if active {
                    theme.selected
                } else if over {
                    theme.warning
                } else {
                    theme.base
                };
                let name = text::truncate(&g.name, 16);
                let mut label = format!("{} {used}/{budget}", name);
                if over {
                    label.push_str(" !");
                }
                vec![
                    Span::styled(if active { "▶" } else { " " }, style),
                    Span::styled(fill.swatch(), fill.style),
                    Span::styled(" ", theme.base),
                    Span::styled(label, style),
                ]
            })
            .collect();
        let item_width =
            |spans: &[Span]| spans.iter().map(|s| text::width(&s.content)).sum::<usize>();
        let mut lines: Vec<Vec<Span>> = vec![Vec::new()];
        let mut x = 0;
        let mut shown = 0;
        for item in &items {
            let w = item_width(item);
            let gap = if x == 0 { 0 } else { 2 };
            if x > 0 && x + gap + w > width {
                if lines.len() == max_rows as usize {
                    break;
                }
                lines.push(Vec::new());
                x = 0;
            }
            let line = lines.last_mut().expect("one line at least");
            if x > 0 {
                line.push(Span::raw("  "));
                x += 2;
            }
            line.extend(item.iter().cloned());
            x += w;
            shown += 1;
        }
        if shown < items.len()
            && let Some(line) = lines.last_mut()
        {
            line.push(Span::styled(
                format!("  +{} more", items.len() - shown),
                theme.muted,
            ));
        }
        let rows = (lines.len() as u16).min(area.height);
        for (line, y) in lines.into_iter().zip(area.y..area.y + rows) {
            Line::from(line).render(Rect::new(area.x, y, area.width, 1), buf);
        }
        rows
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

    /// The shortlist, and a plain warning when its boundary cuts a tie.
    fn draw_footer(
        &self,
        area: Rect,
        tie: Option<(usize, usize)>,
        buf: &mut Buffer,
        theme: &Theme,
    ) {
        let s = self.s;
        let n = s.ranking.shortlist_size;
        let count = s.ranking.shortlist.len();
        let line = if count == 0 {
            format!("No shortlist yet — s takes the top {n}, Space picks by hand, [ ] changes {n}")
        } else {
            let noun = if count == 1 { "problem" } else { "problems" };
            // Hand-picked or set before the last dots: say so, without judging.
            let top = self.room.iter().take(n).map(|r| r.problem);
            let differs = self.tally.total > 0
                && (count != top.len() || top.clone().any(|p| !s.ranking.shortlist.contains(&p)));
            let note = if differs {
                format!(", not the top {n}")
            } else {
                String::new()
            };
            format!("★ Shortlist: {count} {noun}{note} · s takes the top {n}, [ ] changes {n}")
        };
        let mut rows = area;
        let first = take_top(&mut rows, 1);
        split_line(first, buf, &[Span::styled(line, theme.base)], "", theme);
        if let Some(tie) = tie {
            let whose = if self.alone.is_some() {
                "whole room: "
            } else {
                ""
            };
            let warning = format!("! Top {n}: {whose}{}", tie_message(tie));
            split_line(
                take_top(&mut rows, 1),
                buf,
                &[Span::styled(warning, theme.warning)],
                "",
                theme,
            );
        }
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

    #[test]
    fn boundary_ties_name_their_positions() {
        let ranked = |ranks: &[usize]| -> Vec<Ranked> {
            ranks
                .iter()
                .enumerate()
                .map(|(i, &rank)| Ranked {
                    problem: ProblemId(i as u32),
                    score: 0.0,
                    rank,
                    broken_by: None,
                })
                .collect()
        };
        let room = ranked(&[1, 2, 3, 3, 5]);
        assert_eq!(boundary_tie(&room, 3), Some((3, 4)));
        assert_eq!(boundary_tie(&room, 2), None);
        assert_eq!(boundary_tie(&room, 4), None);
        assert_eq!(boundary_tie(&room, 5), None);
        assert_eq!(boundary_tie(&ranked(&[1, 1, 1]), 1), Some((1, 3)));
        assert_eq!(boundary_tie(&ranked(&[1, 2, 2, 2]), 3), Some((2, 4)));
        assert_eq!(
            tie_message((3, 4)),
            "positions 3 and 4 are tied — pick by hand or break the tie"
        );
        assert_eq!(
            tie_message((2, 4)),
            "positions 2 to 4 are tied — pick by hand or break the tie"
        );
    }
}
