//! Dot voting: the facilitator picks the group whose dots are being counted
//! (`g`, then its number), moves to a problem and records dots with `+`/`-`,
//! or types the number the room counted off the flip chart (`1` `4`
//! `Enter` sets 14: one change, one undo step). `c` walks the group through
//! every problem in the order named — type the number, `Enter`, the next
//! problem comes — so a group's whole tally is its digits and one key per
//! problem. Going over the group's budget asks before it is recorded.
//!
//! A live bar chart, stacked by group, shows the ranking with shared ranks.
//! While a group's dots are being entered the rows keep their place (the
//! bars and totals move, the order does not), so the cursor and the next
//! row stay where the facilitator expects; the chart sorts again when the
//! next group is picked. `v` shows the active group's ranking alone, to
//! compare how women, youth or elders rank. The top of the room's ranking
//! becomes the shortlist for planning.

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::KeyCode;
use ratatui::layout::{Position, Rect};
use ratatui::text::Span;

use std::rc::Rc;

use super::choosing::PickFor;
use super::kept::Kept;
use super::shared::{
    BREAK_TIE, Budget, METHOD, RESULTS, Standing, Whose, draw_budgets, group_ids, method_title,
    shortlist_size, split_line, take_bottom, take_top,
};
use super::{RankView, Shared};
use crate::i18n::Lang;
use crate::model::ranking;
use crate::model::room::Focus;
use crate::model::{
    Change, DotStanding, Field, GroupId, Positions, ProblemId, RankMethod, Session, Tally, edits,
};
use crate::text;
use crate::tr;
use crate::tui::keymap::{
    Action, Binding, DOWN, FIRST, Key, Keymap, LAST, PAGE_DOWN, PAGE_UP, UP, bind,
};
use crate::tui::panels::{Ctx, Effect};
use crate::tui::theme::Theme;
use crate::tui::widgets::bar_chart::{BarChart, Fill, Row, Rows, Segment};
use crate::tui::widgets::list::Selection;

/// The most digits a typed tally takes: budgets stay well under 100,000.
const MAX_DIGITS: usize = 5;

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
    /// The digits of a tally being typed for the selected problem.
    typed: String,
    /// `c`: walking the active group through every problem.
    walking: bool,
    /// The row order held while a group's dots are being entered, so rows
    /// do not move under the cursor; `None` when the chart is sorted live.
    held: Option<Vec<ProblemId>>,
    /// A tally over the group's budget, waiting for y/n.
    asking: Option<OverBudget>,
    /// Every dot counted, and the room's standing, until the session changes
    /// (followed through a change of votes).
    kept: Kept<Counted>,
}

/// What the board works out from every dot of the session.
struct Counted {
    dots: DotStanding,
    /// The room's ranking, tie-breaks applied: the shortlist and its tie
    /// warning follow it.
    standing: Standing,
    /// The widest problem title, for the chart's title column: a look-up
    /// of 2,000 titles' widths at every frame was a tenth of it.
    title_width: usize,
}

impl Counted {
    fn of(s: &Session) -> Counted {
        let dots = DotStanding::count(s);
        let standing = Standing::with_room(s, RankMethod::Dots, dots.room(s));
        Counted {
            dots,
            standing,
            title_width: widest_title(s),
        }
    }

    /// After `inverse` came back from a change that made `after`.
    fn follow(&mut self, inverse: &Change, after: &Session) {
        if !self.dots.follow(inverse, after) {
            // Not votes alone: a title may have changed.
            self.title_width = widest_title(after);
        }
        self.standing = Standing::with_room(after, RankMethod::Dots, self.dots.room(after));
    }
}

/// A tally that would take the group over its dot budget.
struct OverBudget {
    question: String,
    change: Change,
}

/// `0`–`9` typing a tally, `Backspace` and `Esc` for slips: on the board and
/// while walking a group through its tally.
macro_rules! digit {
    ($d:literal) => {
        bind(
            &[Key::char((b'0' + $d) as char)],
            Action::Digit($d),
            "digit",
            "a digit of the dots",
        )
        .editing()
        .unlisted()
    };
}

const DIGITS: Binding = bind(
    &[Key::char('1')],
    Action::Digit(1),
    "dots",
    "type the active group's dots on the selected problem, then Enter: 1 4 Enter sets 14",
)
.editing()
.listed_as("0-9");

const ERASE: Binding = bind(
    &[Key::code(KeyCode::Backspace)],
    Action::EraseDigit,
    "erase",
    "take back the last digit typed",
)
.help_only();

const SET: Binding = bind(
    &[Key::code(KeyCode::Enter)],
    Action::Submit,
    "set",
    "set the active group's dots on the selected problem to the number typed",
)
.editing()
.help_only();

pub(super) const KEYS: Keymap = Keymap {
    title: "Rank: dot voting",
    bindings: &[
        UP,
        DOWN,
        DIGITS,
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
            "pick the group whose dots are being counted (g, then its number; g Enter: the next)",
        ),
        bind(
            &[Key::char('G')],
            Action::PrevGroup,
            "previous group",
            "pick the group, starting from the one before",
        )
        .help_only(),
        bind(
            &[Key::char('c')],
            Action::Tally,
            "tally",
            "count the active group's dots problem by problem: type each number, Enter goes on",
        )
        .editing(),
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
            "mark the top N of the room's ranking as the shortlist for planning (asks when N cuts a tie)",
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
            &[Key::char('h')],
            Action::ToggleBlind,
            "blind",
            "a blind vote: the room's screen hides the totals (shows each group's dots placed) until h reveals them",
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
        SET,
        ERASE,
        bind(
            &[Key::code(KeyCode::Esc)],
            Action::Cancel,
            "clear",
            "clear the digits typed",
        )
        .help_only(),
        digit!(0),
        digit!(2),
        digit!(3),
        digit!(4),
        digit!(5),
        digit!(6),
        digit!(7),
        digit!(8),
        digit!(9),
        PAGE_UP,
        PAGE_DOWN,
        FIRST,
        LAST,
        // Last: on a narrow hint line it is the first to give way.
        super::score_card::SCORE_CARD,
    ],
};

/// While `c` walks a group through every problem.
const TALLY_KEYS: Keymap = Keymap {
    title: "Rank: a group's tally",
    bindings: &[
        DIGITS,
        bind(
            &[Key::code(KeyCode::Enter)],
            Action::Submit,
            "record, next",
            "record the number typed (nothing typed: leave it) and go to the next problem",
        )
        .editing(),
        UP,
        DOWN,
        bind(
            &[Key::code(KeyCode::Esc)],
            Action::Cancel,
            "done",
            "clear the digits typed; with none, end the tally",
        ),
        ERASE,
        digit!(0),
        digit!(2),
        digit!(3),
        digit!(4),
        digit!(5),
        digit!(6),
        digit!(7),
        digit!(8),
        digit!(9),
        PAGE_UP,
        PAGE_DOWN,
        FIRST,
        LAST,
    ],
};

/// A tally over the group's budget: asked, not just warned about.
const OVER_KEYS: Keymap = Keymap {
    title: "Rank: over the dot budget?",
    bindings: &[
        bind(
            &[Key::char('y')],
            Action::Yes,
            "record anyway",
            "record the tally although the group goes over its budget",
        )
        .editing(),
        bind(
            &[Key::char('n'), Key::code(KeyCode::Esc)],
            Action::No,
            "no",
            "leave the count as it was",
        ),
    ],
};

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
    counted: Rc<Counted>,
    /// The group whose dots are recorded (index into the session's groups).
    active: Option<usize>,
    /// The group whose ranking is shown alone; `None` for the whole room.
    alone: Option<usize>,
    /// The chart, in the order shown.
    places: Vec<Place>,
    /// The selected chart row.
    selected: Option<usize>,
}

impl Dots {
    fn board<'s>(&self, s: &'s Session) -> Board<'s> {
        let counted = self.kept.get(s, || Counted::of(s));
        let active = self.active.index(&group_ids(s));
        let alone = active.filter(|_| self.alone);
        let alone_ranking =
            alone.map(|g| ranking::dot_ranking_from(s, counted.dots.tally(), Some(s.groups[g].id)));
        let shown = alone_ranking.as_deref().unwrap_or(&counted.standing.room);
        let index = Positions::of_problems(s);
        let mut places: Vec<Place> = shown
            .iter()
            .map(|r| Place {
                problem: index
                    .get(r.problem)
                    .expect("a ranking holds the session's own problems"),
                rank: r.rank,
                dots: r.score as u32,
            })
            .collect();
        if self.walking || self.order == Order::Named {
            places.sort_by_key(|p| p.problem);
        } else if let Some(held) = &self.held {
            // Rows keep the place they had when this group started (the
            // places looked up once, not searched at every comparison).
            let held_at = Positions::new(held.iter().copied());
            let at = |p: &Place| held_at.get(s.problems[p.problem].id).unwrap_or(usize::MAX);
            places.sort_by_key(at);
        }
        let mut board = Board {
            s,
            counted,
            active,
            alone,
            places,
            selected: None,
        };
        board.selected = self.selected.index(&board.row_ids());
        board
    }

    fn action(&mut self, action: Action, ctx: &Ctx, shared: &mut Shared) -> Effect {
        let s = ctx.session;
        let l = ctx.lang;
        if self.asking.is_some() {
            return self.answer(action, ctx);
        }
        let board = self.board(s);
        let rows = board.row_ids();
        if self.selected.navigate(&rows, action) {
            return self.moved(l);
        }
        if let Some(why) = missing(s, l).first() {
            return Effect::Info(why.to_string());
        }
        match action {
            Action::Digit(d) => {
                if self.typed.len() >= MAX_DIGITS {
                    return Effect::Info(tr!(l, "rank-dots-max-digits", n = MAX_DIGITS));
                }
                if self.typed == "0" {
                    self.typed.clear();
                }
                self.typed.push(char::from(b'0' + d));
                Effect::None
            }
            Action::EraseDigit => {
                self.typed.pop();
                Effect::None
            }
            Action::Submit => self.submit(&board, ctx),
            Action::Cancel if !self.typed.is_empty() => {
                self.typed.clear();
                Effect::Info(tr!(l, "rank-dots-cleared").into())
            }
            Action::Cancel if self.walking => self.end_walk(s, l),
            Action::Cancel => Effect::None,
            Action::Tally => self.start_walk(s, l),
            Action::VotePlus => {
                self.hold(&rows);
                match board.add_dot(ctx) {
                    Ok(effect) => effect,
                    Err(asked) => {
                        self.asking = Some(*asked);
                        Effect::None
                    }
                }
            }
            Action::VoteMinus => {
                self.hold(&rows);
                board.remove_dot(l)
            }
            Action::NextGroup | Action::PrevGroup => {
                let current = board.active_group().map(|(_, g)| g);
                shared.pick(s, PickFor::Voter, current, action == Action::PrevGroup, l)
            }
            Action::ToggleGroupView => {
                self.alone = !self.alone;
                self.held = None;
                let alone = board.active.filter(|_| self.alone);
                Effect::Info(chart_title(s, alone, self.order, l))
            }
            Action::ToggleOrder => {
                self.order = match self.order {
                    Order::Total => Order::Named,
                    Order::Named => Order::Total,
                };
                self.held = None;
                Effect::Info(order_label(self.order, l).into())
            }
            Action::ToggleBlind => {
                Effect::Apply(Change::Set(Field::Blind(s.ranking.blind.toggled())))
            }
            Action::ShortlistTop => board.standing().shortlist_top(ctx, shared),
            Action::ToggleShortlist => board.toggle_shortlist(),
            Action::ShortlistMore | Action::ShortlistFewer => {
                shortlist_size(s, action == Action::ShortlistMore, l)
            }
            _ => Effect::Unhandled,
        }
    }

    /// The cursor moved: digits typed for the row left are dropped, and said so.
    /// After the dot board changed: a dot added, taken back or moved is
    /// followed in what was kept (see [`DotStanding::follow`]); any other
    /// change is worked out again when asked.
    pub(super) fn change_made(&mut self, inverse: &Change, s: &Session) {
        self.kept.follow(s, |c| c.follow(inverse, s));
        self.follow_selections(s);
    }

    /// Keeps the selections on what is still there (see the list component).
    fn follow_selections(&mut self, s: &Session) {
        self.active.anchor(&group_ids(s));
        let rows = self.board(s).row_ids();
        self.selected.anchor(&rows);
        // An undo, or a problem deleted elsewhere: a question about a count
        // that may no longer be what it was is not asked any more.
        self.asking = None;
        if s.problems.is_empty() || s.groups.is_empty() {
            self.walking = false;
        }
    }

    fn moved(&mut self, l: Lang) -> Effect {
        if self.typed.is_empty() {
            return Effect::None;
        }
        let typed = std::mem::take(&mut self.typed);
        Effect::Info(tr!(l, "rank-dots-moved", typed = typed))
    }

    /// The group picked in the picker (see [`PickFor::Voter`]): a new round,
    /// so the chart sorts again.
    pub(super) fn set_voter(&mut self, s: &Session, g: GroupId) {
        self.active.select_at(
            &group_ids(s),
            s.groups.iter().position(|x| x.id == g).unwrap_or(0),
        );
        self.held = None;
        self.typed.clear();
        self.walking = false;
    }

    /// Rows keep their place from the first change of a round on.
    fn hold(&mut self, rows: &[ProblemId]) {
        if self.held.is_none() && self.order == Order::Total {
            self.held = Some(rows.to_vec());
        }
    }

    /// `Enter`: the typed number becomes the group's dots on the selected
    /// problem — asking first if it takes the group over its budget. While
    /// walking, the cursor goes on to the next problem (also with nothing
    /// typed: that count stays as it is).
    fn submit(&mut self, board: &Board, ctx: &Ctx) -> Effect {
        let s = ctx.session;
        let l = ctx.lang;
        let rows = board.row_ids();
        let Some(count) = (!self.typed.is_empty())
            .then(|| self.typed.parse::<usize>().ok())
            .flatten()
        else {
            if self.walking {
                return self.advance(s, &rows, l);
            }
            return Effect::Info(tr!(l, "rank-dots-type-first").into());
        };
        self.typed.clear();
        let (Some(problem), Some((g, group))) = (board.selected_problem(), board.active_group())
        else {
            return Effect::None;
        };
        self.hold(&rows);
        let Some(change) = edits::set_dots(s, problem, group, count, ctx.now) else {
            let same = tr!(
                l,
                "rank-dots-already",
                group = &s.groups[g].name,
                count = count,
                problem = s.problem_title(problem)
            );
            return match self.advance(s, &rows, l) {
                Effect::None => Effect::Info(same),
                other => other,
            };
        };
        let was = board.tally().dots(problem, Some(group));
        let used = board.tally().used_at(g) - was + count;
        let budget = s.dot_budget(group) as usize;
        if used > budget && count > was {
            self.asking = Some(OverBudget {
                question: tr!(
                    l,
                    "rank-dots-over-set",
                    count = count,
                    problem = s.problem_title(problem),
                    group = &s.groups[g].name,
                    used = used,
                    budget = budget,
                    over = used - budget
                ),
                change,
            });
            return Effect::None;
        }
        match self.advance(s, &rows, l) {
            Effect::Info(done) => Effect::ApplyInfo(change, done),
            _ => Effect::Apply(change),
        }
    }

    /// y/n on a tally over budget.
    fn answer(&mut self, action: Action, ctx: &Ctx) -> Effect {
        let (s, l) = (ctx.session, ctx.lang);
        match action {
            Action::Yes => {
                let Some(asked) = self.asking.take() else {
                    return Effect::None;
                };
                let rows = self.board(s).row_ids();
                match self.advance(s, &rows, l) {
                    Effect::Info(done) => Effect::ApplyInfo(asked.change, done),
                    _ => Effect::Apply(asked.change),
                }
            }
            Action::No => {
                self.asking = None;
                Effect::Info(tr!(l, "rank-dots-not-recorded").into())
            }
            _ => Effect::None,
        }
    }

    /// While walking: on to the next problem, or the end of the tally.
    fn advance(&mut self, s: &Session, rows: &[ProblemId], l: Lang) -> Effect {
        if !self.walking {
            return Effect::None;
        }
        let at = self.selected.index(rows).unwrap_or(0);
        if at + 1 < rows.len() {
            self.selected.select_at(rows, at + 1);
            Effect::None
        } else {
            self.end_walk(s, l)
        }
    }

    /// `c`: the tally of the active group, from the first problem named.
    fn start_walk(&mut self, s: &Session, l: Lang) -> Effect {
        let ids: Vec<ProblemId> = s.problems.iter().map(|p| p.id).collect();
        let Some(g) = self.active.key(&group_ids(s)) else {
            return Effect::None;
        };
        self.walking = true;
        self.held = None;
        self.typed.clear();
        self.selected.select_at(&ids, 0);
        Effect::Info(tr!(l, "rank-dots-tally-start", group = s.group_name(g)))
    }

    fn end_walk(&mut self, s: &Session, l: Lang) -> Effect {
        self.walking = false;
        self.typed.clear();
        let Some(g) = self.active.key(&group_ids(s)) else {
            return Effect::None;
        };
        Effect::Info(tr!(
            l,
            "rank-dots-tally-done",
            group = s.group_name(g),
            used = s.dots_used(g),
            budget = s.dot_budget(g)
        ))
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

    /// The index of a problem in the session's list (the tally's rows).
    fn tally(&self) -> &Tally {
        self.counted.dots.tally()
    }

    fn standing(&self) -> &Standing {
        &self.counted.standing
    }

    fn selected_problem(&self) -> Option<ProblemId> {
        let place = self.places.get(self.selected?)?;
        Some(self.s.problems[place.problem].id)
    }

    fn active_group(&self) -> Option<(usize, GroupId)> {
        let i = self.active?;
        Some((i, self.s.groups[i].id))
    }

    /// One dot; over the group's budget, the question to ask first.
    fn add_dot(&self, ctx: &Ctx) -> Result<Effect, Box<OverBudget>> {
        let (Some(problem), Some((g, group))) = (self.selected_problem(), self.active_group())
        else {
            return Ok(Effect::None);
        };
        let Some(change) = edits::add_vote(self.s, problem, group, ctx.now) else {
            return Ok(Effect::None);
        };
        let used = self.tally().used_at(g) as u32 + 1;
        let budget = self.s.dot_budget(group);
        if used > budget {
            return Err(Box::new(OverBudget {
                question: tr!(
                    ctx.lang,
                    "rank-dots-over-add",
                    problem = self.s.problem_title(problem),
                    group = &self.s.groups[g].name,
                    used = used,
                    budget = budget,
                    over = used - budget
                ),
                change,
            }));
        }
        Ok(Effect::Apply(change))
    }

    fn remove_dot(&self, l: Lang) -> Effect {
        let (Some(problem), Some((g, group))) = (self.selected_problem(), self.active_group())
        else {
            return Effect::None;
        };
        match edits::remove_vote(self.s, problem, group) {
            Some(change) => Effect::Apply(change),
            None => Effect::Info(tr!(
                l,
                "rank-dots-nothing-to-take-back",
                group = &self.s.groups[g].name,
                problem = self.s.problem_title(problem)
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
fn missing(s: &Session, l: Lang) -> Vec<&'static str> {
    let mut why = Vec::new();
    if s.groups.is_empty() {
        why.push(tr!(l, "rank-no-groups"));
    }
    if s.problems.is_empty() {
        why.push(tr!(l, "rank-no-problems"));
    }
    why
}

fn voting_line(s: &Session, tally: &Tally, group: usize, l: Lang) -> String {
    let g = &s.groups[group];
    tr!(
        l,
        "rank-voting",
        group = &g.name,
        used = tally.used_at(group),
        budget = s.dot_budget(g.id)
    )
}

fn chart_title(s: &Session, alone: Option<usize>, order: Order, l: Lang) -> String {
    let order = order_label(order, l);
    match alone {
        Some(g) => tr!(
            l,
            "rank-dots-chart-group",
            group = &s.groups[g].name,
            order = order
        ),
        None => tr!(l, "rank-dots-chart-room", order = order),
    }
}

fn order_label(order: Order, l: Lang) -> &'static str {
    match order {
        Order::Total => tr!(l, "rank-dots-sorted"),
        Order::Named => tr!(l, "rank-dots-named"),
    }
}

impl RankView for Dots {
    fn focus(&self, s: &Session, _shared: &Shared, focus: &mut Focus) {
        let board = self.board(s);
        focus.problem = board.selected_problem();
        focus.group = self.active.key(&group_ids(s));
        focus.alone = self.alone;
    }

    fn keymap(&self, _s: &Session) -> Keymap {
        if self.asking.is_some() {
            OVER_KEYS
        } else if self.walking {
            TALLY_KEYS
        } else {
            KEYS
        }
    }

    fn keymaps(&self) -> Vec<Keymap> {
        vec![KEYS, TALLY_KEYS, OVER_KEYS]
    }

    fn handle_action(&mut self, action: Action, ctx: &Ctx, shared: &mut Shared) -> Effect {
        self.action(action, ctx, shared)
    }

    /// What was kept is worked out again when next asked for.
    fn session_changed(&mut self, s: &Session) {
        self.kept.forget();
        self.follow_selections(s);
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
        self.draw_question(body, buf, theme, ctx.lang);
        None
    }

    fn draw_question(&self, area: Rect, buf: &mut Buffer, theme: &Theme, lang: Lang) {
        if let Some(asked) = &self.asking {
            crate::tui::workshop::draw_confirm_in(&asked.question, area, buf, theme, lang);
        }
    }

    fn typing(&self) -> Option<crate::tui::room::Typing> {
        // A tally being typed shows on the room's screen as it is typed.
        (!self.typed.is_empty()).then(|| crate::tui::room::Typing {
            label: crate::tui::room::TypingLabel::Message("rank-typing-dots"),
            text: Some(self.typed.clone()),
        })
    }
}

impl Dots {
    fn draw_board(&self, area: Rect, buf: &mut Buffer, ctx: &Ctx, theme: &Theme) {
        let s = ctx.session;
        let l = ctx.lang;
        let mut area = area;
        if area.is_empty() {
            return;
        }
        let board = self.board(s);
        let heading = take_top(&mut area, 1);
        let why = missing(s, l);
        if !why.is_empty() {
            split_line(
                heading,
                buf,
                &[Span::styled(
                    method_title(RankMethod::Dots, l),
                    theme.heading,
                )],
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
        board.draw_heading(heading, buf, self, theme, l);
        let budget_rows = (area.height / 4).max(1);
        let budgets: Vec<Budget> = s
            .groups
            .iter()
            .enumerate()
            .map(|(i, g)| Budget {
                name: &g.name,
                used: board.tally().used_at(i) as u32,
                budget: s.dot_budget(g.id),
                active: board.active == Some(i),
                index: i,
            })
            .collect();
        let legend = draw_budgets(area, budget_rows, &budgets, buf, theme, l);
        take_top(&mut area, legend);

        let whose = if board.alone.is_some() {
            Whose::Room
        } else {
            Whose::Shown
        };
        let by_hand = true;
        let footer_h = board
            .standing()
            .footer_rows(ctx, whose, by_hand, area.width);
        let footer = take_bottom(&mut area, footer_h);
        board
            .standing()
            .draw_footer(footer, ctx, whose, by_hand, buf, theme);
        if area.height > 6 {
            take_top(&mut area, 1);
        }
        let title = take_top(&mut area, 1);
        let fills: Vec<Fill> = (0..s.groups.len()).map(|i| Fill::group(theme, i)).collect();
        let rank_w = s.problems.len().to_string().len();
        let row = |i| board.chart_row(i, &fills, rank_w);
        let chart = board.chart(&row, rank_w, theme);
        let window = chart.window(area, self.selected.viewport(), board.selected);
        let range = super::shared::range_label(l, &window, board.places.len());
        let mut title_text = chart_title(s, board.alone, self.order, l);
        if self.walking {
            title_text.push_str(" · ");
            title_text.push_str(tr!(l, "rank-dots-rows-named"));
        } else if self.held.is_some() {
            title_text.push_str(" · ");
            title_text.push_str(tr!(l, "rank-dots-rows-held"));
        }
        split_line(
            title,
            buf,
            &[Span::styled(title_text, theme.heading)],
            &range,
            theme,
        );
        chart.render(area, buf, self.selected.viewport(), board.selected);
    }
}

impl Board<'_> {
    /// "Voting: Women — 23 of 42 dots", with a warning once over budget,
    /// and the number being typed (or, walking a tally, where it is).
    fn draw_heading(&self, area: Rect, buf: &mut Buffer, dots: &Dots, theme: &Theme, l: Lang) {
        let Some(g) = self.active else { return };
        let lead = if dots.walking {
            let at = self.selected.map_or(0, |i| i + 1);
            tr!(
                l,
                "rank-dots-tally-heading",
                group = &self.s.groups[g].name,
                at = at,
                count = self.places.len(),
                used = self.tally().used_at(g),
                budget = self.s.dot_budget(self.s.groups[g].id)
            )
        } else {
            voting_line(self.s, self.tally(), g, l)
        };
        let mut spans = vec![Span::styled(lead, theme.heading)];
        if !dots.typed.is_empty() {
            spans.push(Span::styled(
                format!("  {}", tr!(l, "rank-dots-typing", typed = &dots.typed)),
                theme.selected,
            ));
        }
        let used = self.tally().used_at(g) as u32;
        let budget = self.s.dot_budget(self.s.groups[g].id);
        if used > budget {
            spans.push(Span::styled(
                format!(
                    "  {}",
                    tr!(l, "rank-dots-over-budget", over = used - budget)
                ),
                theme.warning,
            ));
        }
        split_line(area, buf, &spans, "", theme);
    }

    /// Chart row `i`: rank, ★ on the shortlist, the stack of each group's
    /// dots (or the group shown alone), the total. Made only for the rows
    /// drawn: a hundred groups' stacks on each of 2,000 rows were most of a
    /// frame.
    fn chart_row(&self, i: usize, fills: &[Fill], rank_w: usize) -> Row<'_> {
        let s = self.s;
        let place = self.places[i];
        let problem = &s.problems[place.problem];
        let selected = self.selected == Some(i);
        let segments = match self.alone {
            Some(g) => vec![Segment {
                value: f64::from(place.dots),
                fill: fills[g],
            }],
            None => self
                .tally()
                .by_group_at(place.problem)
                .iter()
                .zip(fills)
                .map(|(dots, fill)| Segment {
                    value: f64::from(*dots),
                    fill: *fill,
                })
                .collect(),
        };
        let shortlisted = s.ranking.shortlist.contains(&problem.id);
        Row {
            lead: lead(selected, place.rank, rank_w, shortlisted),
            title: &problem.title,
            segments,
            value: place.dots.to_string(),
            selected,
        }
    }

    /// The chart of every place, its rows made by `row` as they are drawn.
    fn chart<'r>(
        &self,
        row: &'r dyn Fn(usize) -> Row<'r>,
        rank_w: usize,
        theme: &Theme,
    ) -> BarChart<'r> {
        let max = self.places.iter().map(|p| p.dots).max().unwrap_or(0);
        // Every lead is as wide (the rank padded, one-column markers) and
        // no value is wider than the largest.
        let lead_width = [(true, true), (false, false)]
            .map(|(selected, starred)| text::width(&lead(selected, 1, rank_w, starred)))
            .into_iter()
            .max()
            .unwrap_or(0);
        BarChart {
            rows: Rows::Made {
                len: self.places.len(),
                lead_width,
                value_width: max.to_string().len(),
                row,
            },
            max: f64::from(max),
            title_width: self.counted.title_width,
            style: theme.base,
            selected: theme.selected,
            value_style: theme.heading,
            spaced: true,
        }
    }
}

fn widest_title(s: &Session) -> usize {
    let widths = s.problems.iter().map(|p| text::width_remembered(&p.title));
    widths.max().unwrap_or(0)
}

/// A row's lead: "▶ 12 ★" (selected, rank, on the shortlist).
fn lead(selected: bool, rank: usize, rank_w: usize, shortlisted: bool) -> String {
    format!(
        "{} {:>rank_w$} {}",
        if selected { "▶" } else { " " },
        rank,
        if shortlisted { "★" } else { " " },
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Vote;

    /// Three groups, five problems, seven dots.
    fn voted() -> Session {
        let mut s =
            crate::model::fixture::three_groups(&["Theft", "Fights", "Floods", "Arson", "Debt"]);
        let at = s.created;
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
        s
    }

    /// The chart's rows: problem, rank and dots, in the order shown.
    fn places(dots: &Dots, s: &Session) -> Vec<(ProblemId, usize, u32)> {
        let board = dots.board(s);
        let places = board.places.iter();
        places
            .map(|p| (s.problems[p.problem].id, p.rank, p.dots))
            .collect()
    }

    #[test]
    fn the_board_ranks_as_dot_ranking_does() {
        let s = voted();
        let mut dots = Dots::default();
        let of = |r: Vec<ranking::Ranked>| -> Vec<(ProblemId, usize, u32)> {
            r.into_iter()
                .map(|r| (r.problem, r.rank, r.score as u32))
                .collect()
        };
        assert_eq!(places(&dots, &s), of(ranking::dot_ranking(&s, None)));
        dots.alone = true;
        for g in &s.groups {
            dots.set_voter(&s, g.id);
            assert_eq!(places(&dots, &s), of(ranking::dot_ranking(&s, Some(g.id))));
        }
        let board = dots.board(&s);
        let used: Vec<usize> = (0..3).map(|i| board.tally().used_at(i)).collect();
        assert_eq!(used, [3, 2, 2]);
        assert_eq!(board.tally().total(), 7);
    }

    /// Dots added, taken back and moved, then undone, each followed by a
    /// board kept from the start: its rows are always a fresh board's.
    #[test]
    fn a_board_that_follows_votes_shows_what_a_fresh_one_does() {
        let mut s = voted();
        let at = s.created;
        let mut kept = Dots::default();
        assert_eq!(places(&kept, &s).len(), 5, "a board was kept");
        let vote = |p: u32, g: u32| crate::model::Vote {
            problem: ProblemId(p),
            group: GroupId(g),
            at,
        };
        let changes = [
            Change::InsertVotes(vec![(7, vote(13, 1))]),
            Change::InsertVotes(vec![(0, vote(13, 2)), (8, vote(14, 2))]),
            Change::RemoveVotes(vec![0, 1]),
            Change::RetargetVotes(vec![(2, ProblemId(13)), (3, ProblemId(10))]),
        ];
        let mut undo = Vec::new();
        for change in changes {
            let inverse = s.apply(change, at).unwrap();
            kept.change_made(&inverse, &s);
            assert_eq!(places(&kept, &s), places(&Dots::default(), &s));
            undo.push(inverse);
        }
        while let Some(change) = undo.pop() {
            let inverse = s.apply(change, at).unwrap();
            kept.change_made(&inverse, &s);
            assert_eq!(places(&kept, &s), places(&Dots::default(), &s));
        }
        assert_eq!(places(&kept, &s), places(&Dots::default(), &voted()));
    }
}
