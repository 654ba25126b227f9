//! Breaking a tie the shortlist boundary cuts through (`b`). The room picks
//! one of three ways, and the tie-break is recorded with how it was made:
//! 1. a run-off dot vote among the tied problems only;
//! 2. the head-to-head pairwise result between them, if every pair among
//!    them has been decided and it gives one order;
//! 3. the facilitator's decision: the order, and the reason told the room.
//!
//! A run-off is recorded as it goes rather than held in the panel until it
//! ends: the first dot starts its tie-break record (with no order yet) and
//! each further dot extends it, so every run-off dot is saved at once,
//! undoable, in the audit log, and survives a crash or a closed laptop
//! mid-vote. Until the room confirms the order (`Enter`), the record decides
//! nothing: the ranking only applies tie-breaks that have an order.

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent};
use ratatui::layout::{Position, Rect};
use ratatui::text::Span;

use super::choosing::PickFor;
use super::shared::{
    Budget, Standing, draw_budgets, group_ids, how_broken, line, method_key, method_title,
    score_with_unit, split_line, take_bottom, take_top, then_list,
};
use super::{RankView, Shared, View};
use crate::i18n::Lang;
use crate::model::ranking::{self, is_decided, runoff_in_progress};
use crate::model::room::{Focus, TieStep};
use crate::model::{GroupId, ProblemId, Session, TieBreakHow, Vote, edits};
use crate::text;
use crate::tr;
use crate::tui::form::{Choice, Field, FieldId, Form, FormHost, Text};
use crate::tui::keymap::{
    Action, DOWN, FIRST, Key, Keymap, LAST, PAGE_DOWN, PAGE_UP, Route, UP, bind,
};
use crate::tui::panels::{Confirm, Ctx, Effect};
use crate::tui::theme::Theme;
use crate::tui::widgets::bar_chart::{BarChart, Fill, Row, Rows, Segment};
use crate::tui::widgets::list::Selection;

/// Where the tie-break is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum Step {
    /// Choosing one of the three ways.
    #[default]
    Choose,
    /// The run-off vote.
    Runoff,
}

/// The three ways, in the order offered.
const WAYS: [usize; 3] = [RUNOFF, HEAD_TO_HEAD, DECISION];
const RUNOFF: usize = 0;
const HEAD_TO_HEAD: usize = 1;
const DECISION: usize = 2;

/// The tie-break view: where it is, its cursors, and the decision form.
#[derive(Default)]
pub struct TieBreak {
    step: Step,
    /// The way under the cursor.
    way: Selection<usize>,
    /// The tied problem under the cursor in the run-off.
    row: Selection<ProblemId>,
    /// The group placing run-off dots.
    active: Selection<GroupId>,
    form: FormHost<Decision>,
}

/// The facilitator's order for a tie, and the reason: the form's fields.
struct Decision {
    rank: usize,
    tied: Vec<ProblemId>,
    /// One choice per place, from `rank` down.
    places: Vec<FieldId<Choice>>,
    reason: FieldId<Text>,
}

impl RankView for TieBreak {
    fn focus(&self, s: &Session, _shared: &Shared, focus: &mut Focus) {
        focus.tie = match self.step {
            Step::Choose => TieStep::Choosing(self.way.key(&WAYS).unwrap_or(RUNOFF)),
            Step::Runoff => TieStep::Runoff,
        };
        focus.group = self.active.key(&group_ids(s));
    }

    fn keymap(&self, _s: &Session) -> Keymap {
        match (self.form.keymap(), self.step) {
            (Some(form), _) => form,
            (None, Step::Choose) => CHOOSER_KEYS,
            (None, Step::Runoff) => RUNOFF_KEYS,
        }
    }

    fn keymaps(&self) -> Vec<Keymap> {
        vec![CHOOSER_KEYS, RUNOFF_KEYS]
    }

    fn is_editing(&self) -> bool {
        self.form.is_open()
    }

    fn typing(&self) -> Option<crate::tui::room::Typing> {
        self.form.typing()
    }

    fn route(&self, key: &KeyEvent, s: &Session) -> Route {
        self.form
            .route(key)
            .unwrap_or_else(|| Route::lookup(&self.keymap(s), key))
    }

    fn handle_key(&mut self, key: &KeyEvent, ctx: &Ctx, shared: &mut Shared) -> Effect {
        self.form
            .handle_key(key, Effect::None, |d, form| {
                submit_decision(d, form, ctx, &mut shared.view)
            })
            .unwrap_or(Effect::Unhandled)
    }

    fn handle_paste(&mut self, text: &str) {
        self.form.paste(text);
    }

    fn handle_action(&mut self, action: Action, ctx: &Ctx, shared: &mut Shared) -> Effect {
        self.tie_action(action, ctx, shared)
    }

    fn session_changed(&mut self, s: &Session) {
        self.active.anchor(&group_ids(s));
    }

    fn draw(
        &self,
        body: Rect,
        panel: Rect,
        buf: &mut Buffer,
        ctx: &Ctx,
        _shared: &Shared,
        theme: &Theme,
    ) -> Option<Position> {
        self.draw_tie_break(body, buf, ctx.session, theme, ctx.lang);
        self.form.draw(panel, buf, theme)
    }
}

const CHOOSER_KEYS: Keymap = Keymap {
    title: "Rank: breaking a tie",
    bindings: &[
        UP,
        DOWN,
        FIRST,
        LAST,
        PAGE_UP,
        PAGE_DOWN,
        bind(
            &[Key::char('1')],
            Action::Choose(RUNOFF),
            "choose",
            "a run-off dot vote among the tied problems only",
        )
        .editing()
        .shown_as("1-3"),
        bind(
            &[Key::char('2')],
            Action::Choose(HEAD_TO_HEAD),
            "head-to-head",
            "the head-to-head pairwise result between them",
        )
        .editing()
        .help_only(),
        bind(
            &[Key::char('3')],
            Action::Choose(DECISION),
            "decision",
            "the facilitator decides the order, with a reason",
        )
        .editing()
        .help_only(),
        bind(
            &[Key::code(KeyCode::Enter)],
            Action::Submit,
            "choose",
            "break the tie the way under the cursor",
        )
        .editing()
        .help_only(),
        bind(
            &[Key::code(KeyCode::Esc)],
            Action::Cancel,
            "back",
            "back, leaving the tie as it is",
        ),
    ],
};

const RUNOFF_KEYS: Keymap = Keymap {
    title: "Rank: run-off vote",
    bindings: &[
        UP,
        DOWN,
        FIRST,
        LAST,
        PAGE_UP,
        PAGE_DOWN,
        bind(
            &[Key::char('+')],
            Action::VotePlus,
            "dot",
            "one run-off dot for the selected problem from the active group",
        )
        .editing()
        .shown_as("+-"),
        bind(
            &[Key::char('-')],
            Action::VoteMinus,
            "remove dot",
            "take back the active group's latest run-off dot on the selected problem",
        )
        .editing()
        .help_only(),
        bind(
            &[Key::char('g')],
            Action::NextGroup,
            "group",
            "pick the group whose run-off dots are being counted (g, then its number)",
        ),
        bind(
            &[Key::char('G')],
            Action::PrevGroup,
            "previous group",
            "pick the group, starting from the one before",
        )
        .help_only(),
        bind(
            &[Key::code(KeyCode::Enter)],
            Action::Submit,
            "confirm",
            "confirm the order the run-off gives and record the tie-break",
        )
        .editing(),
        bind(
            &[Key::char('d')],
            Action::Delete,
            "drop",
            "drop this run-off and its dots (asks first)",
        )
        .editing()
        .help_only(),
        bind(
            &[Key::code(KeyCode::Esc)],
            Action::Cancel,
            "back",
            "back to the three ways (the run-off's dots stay recorded)",
        ),
    ],
};

impl TieBreak {
    /// `b`: the chooser, when the boundary cuts a tie; otherwise why not.
    pub(super) fn open(&mut self, ctx: &Ctx, shared: &mut Shared) -> Effect {
        let (s, l) = (ctx.session, ctx.lang);
        let method = s.ranking.method;
        let standing = Standing::of(s, method);
        let n = s.ranking.shortlist_size;
        let Some((_, tied)) = &standing.tie else {
            if let Some(broken) = standing.broken_line(s, l) {
                let broken = broken.trim_start_matches("✓ ");
                return Effect::Info(tr!(l, "rank-tie-nothing-to-break", broken = broken));
            }
            if !standing.ready {
                return Effect::Info(tr!(
                    l,
                    "rank-tie-nothing-recorded",
                    method = method_key(method)
                ));
            }
            return Effect::Info(tr!(l, "rank-tie-none-top", n = n));
        };
        shared.view = View::TieBreak;
        self.step = if runoff_in_progress(s, method, tied).is_some() {
            Step::Runoff
        } else {
            Step::Choose
        };
        Effect::None
    }

    /// The group picked to place run-off dots.
    pub(super) fn set_voter(&mut self, g: GroupId) {
        self.active.select(g);
    }

    fn tie_action(&mut self, action: Action, ctx: &Ctx, shared: &mut Shared) -> Effect {
        let s = ctx.session;
        let method = s.ranking.method;
        let Some((rank, tied)) = Standing::of(s, method).tie else {
            // The tie went (an undo, another shortlist size): nothing to break.
            shared.view = View::Method;
            return Effect::Info(tr!(ctx.lang, "rank-tie-gone").into());
        };
        match self.step {
            Step::Choose => match action {
                Action::Up
                | Action::Down
                | Action::First
                | Action::Last
                | Action::PageUp
                | Action::PageDown => {
                    self.way.navigate(&WAYS, action);
                }
                Action::Submit => {
                    let way = self.way.key(&WAYS).unwrap_or(RUNOFF);
                    return self.choose_way(way, (rank, tied), ctx, shared);
                }
                Action::Choose(way) => {
                    self.way.select(way);
                    return self.choose_way(way, (rank, tied), ctx, shared);
                }
                Action::Cancel => shared.view = View::Method,
                _ => return Effect::Unhandled,
            },
            Step::Runoff => return self.runoff_action(action, (rank, tied), ctx, shared),
        }
        Effect::None
    }

    fn choose_way(
        &mut self,
        way: usize,
        (rank, tied): (usize, Vec<ProblemId>),
        ctx: &Ctx,
        shared: &mut Shared,
    ) -> Effect {
        let s = ctx.session;
        let l = ctx.lang;
        let method = s.ranking.method;
        match way {
            RUNOFF => {
                if s.groups.is_empty() {
                    return Effect::Info(tr!(l, "rank-runoff-needs-groups").into());
                }
                self.step = Step::Runoff;
                Effect::None
            }
            HEAD_TO_HEAD => match ranking::head_to_head_order(s, &tied) {
                Some(order) => {
                    let change = edits::break_tie(
                        s,
                        method,
                        rank,
                        &tied,
                        TieBreakHow::HeadToHead,
                        order,
                        ctx.now,
                    );
                    shared.view = View::Results;
                    change.map_or(Effect::None, Effect::Apply)
                }
                None => Effect::Info(tr!(
                    l,
                    "rank-head-to-head-none",
                    why = head_to_head_missing(s, &tied, l)
                )),
            },
            _ => {
                let titles: Vec<String> = tied
                    .iter()
                    .map(|p| s.problem_title(*p).to_string())
                    .collect();
                // A run-off that stayed tied still said something: its order
                // (most dots first) is filled in, and the reason starts from
                // what it gave, for the facilitator to finish.
                let runoff = runoff_in_progress(s, method, &tied);
                let votes = runoff_votes(runoff);
                let start: Vec<usize> = if votes.is_empty() {
                    (0..tied.len()).collect()
                } else {
                    let mut order: Vec<usize> = (0..tied.len()).collect();
                    let dots = |i: &usize| votes.iter().filter(|v| v.problem == tied[*i]).count();
                    order.sort_by_key(|i| std::cmp::Reverse(dots(i)));
                    order
                };
                let reason_start = if votes.is_empty() {
                    String::new()
                } else {
                    // What the facilitator goes on from: "…; " and the reason.
                    format!(
                        "{}; ",
                        tr!(
                            l,
                            "rank-decision-reason-start",
                            dots = votes.len(),
                            level = still_tied(s, &tied, &votes, l)
                        )
                    )
                };
                let mut form = Form::new(tr!(l, "rank-decision-title", rank = rank)).speaking(l);
                let help = if votes.is_empty() {
                    tr!(l, "rank-decision-place-help")
                } else {
                    tr!(l, "rank-decision-place-help-runoff")
                };
                let places = start
                    .iter()
                    .enumerate()
                    .map(|(i, first)| {
                        form.add(
                            Field::choice(
                                &tr!(l, "rank-decision-place", rank = rank + i),
                                titles.clone(),
                                *first,
                            )
                            .help(help),
                        )
                    })
                    .collect();
                let reason = form.add(
                    Field::text(tr!(l, "rank-decision-reason"), &reason_start)
                        .help(tr!(l, "rank-decision-reason-help")),
                );
                let decision = Decision {
                    rank,
                    tied,
                    places,
                    reason,
                };
                self.form.open(decision, form);
                Effect::None
            }
        }
    }

    fn runoff_action(
        &mut self,
        action: Action,
        (rank, tied): (usize, Vec<ProblemId>),
        ctx: &Ctx,
        shared: &mut Shared,
    ) -> Effect {
        let s = ctx.session;
        let l = ctx.lang;
        let method = s.ranking.method;
        let row = self.row.index(&tied).unwrap_or(0);
        let groups = group_ids(s);
        let active = self.active.index(&groups);
        let progress = runoff_in_progress(s, method, &tied);
        // Home, End and the page keys move here as in every list: a dot
        // placed after Home lands on the first problem.
        if self.row.navigate(&tied, action) {
            return Effect::None;
        }
        match action {
            Action::NextGroup | Action::PrevGroup => {
                let current = active.map(|i| groups[i]);
                return shared.pick(
                    s,
                    PickFor::RunoffVoter,
                    current,
                    action == Action::PrevGroup,
                    l,
                );
            }
            Action::VotePlus | Action::VoteMinus => {
                let Some(group) = active.map(|i| groups[i]) else {
                    return Effect::Info(tr!(l, "rank-runoff-needs-groups").into());
                };
                let problem = tied[row];
                let change = if action == Action::VotePlus {
                    edits::add_runoff_dot(s, method, rank, &tied, problem, group, ctx.now)
                } else {
                    edits::remove_runoff_dot(s, method, &tied, problem, group)
                };
                return match change {
                    Some(change) => {
                        let used = runoff_votes(progress)
                            .iter()
                            .filter(|v| v.group == group)
                            .count()
                            + 1;
                        let count = s.group(group).map_or(0, |g| g.count) as usize;
                        if action == Action::VotePlus && used > count {
                            Effect::ApplyWarn(
                                change,
                                tr!(
                                    l,
                                    "rank-runoff-many-dots",
                                    group = s.group_name(group),
                                    used = used,
                                    people = count
                                ),
                            )
                        } else {
                            Effect::Apply(change)
                        }
                    }
                    None => Effect::Info(tr!(
                        l,
                        "rank-runoff-nothing-to-take-back",
                        group = s.group_name(group),
                        problem = s.problem_title(problem)
                    )),
                };
            }
            Action::Submit => {
                let Some(t) = progress else {
                    return Effect::Info(tr!(l, "rank-runoff-none-yet").into());
                };
                return match edits::confirm_runoff(s, t.id, ctx.now) {
                    Some(change) => {
                        shared.view = View::Results;
                        self.step = Step::Choose;
                        Effect::Apply(change)
                    }
                    None => Effect::Warn(still_tied_message(s, &tied, &t_votes(t), l)),
                };
            }
            Action::Delete => {
                let Some(t) = progress else {
                    return Effect::Info(tr!(l, "rank-runoff-none-to-drop").into());
                };
                let dots = t_votes(t).len();
                return Effect::Confirm(Confirm {
                    question: tr!(l, "rank-runoff-ask-drop", dots = dots),
                    change: crate::model::Change::TieBreak(crate::model::ListOp::Remove {
                        id: t.id,
                    }),
                });
            }
            Action::Cancel => self.step = Step::Choose,
            _ => return Effect::Unhandled,
        }
        Effect::None
    }

    pub(super) fn draw_tie_break(
        &self,
        area: Rect,
        buf: &mut Buffer,
        s: &Session,
        theme: &Theme,
        l: Lang,
    ) {
        let mut area = area;
        let method = s.ranking.method;
        let standing = Standing::of(s, method);
        let heading = take_top(&mut area, 1);
        let Some((rank, tied)) = &standing.tie else {
            line(heading, buf, tr!(l, "rank-tie-title"), theme.heading);
            take_top(&mut area, 1);
            let why = tr!(l, "rank-tie-gone-esc");
            line(take_top(&mut area, 1), buf, why, theme.base);
            return;
        };
        let at = Tied { rank: *rank, tied };
        match self.step {
            Step::Choose => self.draw_chooser(heading, area, buf, s, &standing, at, theme, l),
            Step::Runoff => self.draw_runoff(heading, area, buf, s, at, theme, l),
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn draw_chooser(
        &self,
        heading: Rect,
        area: Rect,
        buf: &mut Buffer,
        s: &Session,
        standing: &Standing,
        Tied { rank, tied }: Tied,
        theme: &Theme,
        l: Lang,
    ) {
        let mut area = area;
        let method = s.ranking.method;
        let n = s.ranking.shortlist_size;
        split_line(
            heading,
            buf,
            &[Span::styled(
                tr!(
                    l,
                    "rank-tie-heading",
                    rank = rank,
                    method = method_title(method, l)
                ),
                theme.heading,
            )],
            tr!(l, "rank-tie-esc-back"),
            theme,
        );
        let score = standing
            .room
            .iter()
            .find(|r| r.rank == rank)
            .map(|r| score_with_unit(method, r.score, l))
            .unwrap_or_default();
        let places = n + 1 - rank;
        let intro = tr!(
            l,
            "rank-tie-intro",
            n = n,
            tied = tied.len(),
            rank = rank,
            score = score,
            places = places
        );
        take_top(&mut area, 1);
        for row in wrap_lines(&intro, area.width as usize).into_iter().take(2) {
            line(take_top(&mut area, 1), buf, &row, theme.base);
        }
        // The tied problems whole (wrapped), as far as the ways below leave room.
        let mut list_h = area.height.saturating_sub(6).max(1);
        for p in tied {
            let item = format!("  {rank:>2}  {}", s.problem_title(*p));
            for row in wrap_lines(&item, area.width as usize) {
                if list_h == 0 {
                    break;
                }
                list_h -= 1;
                line(take_top(&mut area, 1), buf, &row, theme.emphasis);
            }
        }
        if area.height > 6 {
            take_top(&mut area, 1);
        }
        line(
            take_top(&mut area, 1),
            buf,
            tr!(l, "rank-tie-how"),
            theme.heading,
        );
        let runoff = match runoff_in_progress(s, method, tied) {
            Some(t) => tr!(l, "rank-way-runoff-under-way", how = how_broken(l, t)),
            None => tr!(l, "rank-way-runoff-detail").into(),
        };
        let h2h = match ranking::head_to_head_order(s, tied) {
            Some(order) => tr!(
                l,
                "rank-way-head-to-head-gives",
                order = names(s, &order, l)
            ),
            None => tr!(
                l,
                "rank-way-head-to-head-none",
                why = head_to_head_missing(s, tied, l)
            ),
        };
        let ways = [
            (tr!(l, "rank-way-runoff"), runoff),
            (tr!(l, "rank-way-head-to-head"), h2h),
            (
                tr!(l, "rank-way-decision"),
                tr!(l, "rank-way-decision-detail").to_string(),
            ),
        ];
        for (i, (what, detail)) in ways.iter().enumerate() {
            if area.height == 0 {
                break;
            }
            let selected = Some(i) == self.way.index(&WAYS);
            let row = take_top(&mut area, 1);
            let style = if selected { theme.selected } else { theme.base };
            let spans = [
                Span::styled(
                    format!("{} {}  {what}", if selected { "▶" } else { " " }, i + 1),
                    style,
                ),
                Span::styled(format!("  — {detail}"), theme.muted),
            ];
            split_line(row, buf, &spans, "", theme);
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn draw_runoff(
        &self,
        heading: Rect,
        area: Rect,
        buf: &mut Buffer,
        s: &Session,
        Tied { rank, tied }: Tied,
        theme: &Theme,
        l: Lang,
    ) {
        let mut area = area;
        let method = s.ranking.method;
        let groups = group_ids(s);
        let active = self.active.index(&groups);
        let row = self.row.index(tied);
        let progress = runoff_in_progress(s, method, tied);
        let votes = runoff_votes(progress);
        let heading_text = match active {
            Some(i) => tr!(
                l,
                "rank-runoff-heading",
                rank = rank,
                group = &s.groups[i].name
            ),
            None => tr!(l, "rank-runoff-heading-no-group", rank = rank),
        };
        split_line(
            heading,
            buf,
            &[Span::styled(heading_text, theme.heading)],
            tr!(l, "rank-runoff-one-each"),
            theme,
        );
        let budgets: Vec<Budget> = s
            .groups
            .iter()
            .enumerate()
            .map(|(i, g)| Budget {
                name: &g.name,
                used: votes.iter().filter(|v| v.group == g.id).count() as u32,
                budget: g.count,
                active: active == Some(i),
                index: i,
            })
            .collect();
        let legend = draw_budgets(area, (area.height / 4).max(1), &budgets, buf, theme, l);
        take_top(&mut area, legend);
        let (text, style) = if votes.is_empty() {
            (tr!(l, "rank-runoff-empty").to_string(), theme.muted)
        } else {
            match ranking::runoff_order(s, tied, &votes) {
                Some(order) => (
                    tr!(l, "rank-runoff-confirm", order = names(s, &order, l)),
                    theme.emphasis,
                ),
                None => (still_tied_message(s, tied, &votes, l), theme.warning),
            }
        };
        // In full, wrapped: what is still tied and the ways out are read
        // whole at any width.
        let rows = wrap_lines(&text, area.width as usize);
        let status_h = (rows.len() as u16).min(area.height / 2).max(1);
        let status = take_bottom(&mut area, status_h);
        for (k, row) in rows.iter().take(status.height as usize).enumerate() {
            let at = Rect::new(status.x, status.y + k as u16, status.width, 1);
            line(at, buf, row, style);
        }
        if area.height > 4 {
            take_top(&mut area, 1);
        }
        let fills: Vec<Fill> = (0..s.groups.len()).map(|i| Fill::group(theme, i)).collect();
        let rows: Vec<Row> = tied
            .iter()
            .enumerate()
            .map(|(i, p)| {
                let selected = row == Some(i);
                let segments = s
                    .groups
                    .iter()
                    .zip(&fills)
                    .map(|(g, fill)| Segment {
                        value: votes
                            .iter()
                            .filter(|v| v.problem == *p && v.group == g.id)
                            .count() as f64,
                        fill: *fill,
                    })
                    .collect();
                let total = votes.iter().filter(|v| v.problem == *p).count();
                Row {
                    lead: if selected { "▶".into() } else { " ".into() },
                    title: s.problem_title(*p),
                    segments,
                    value: total.to_string(),
                    selected,
                }
            })
            .collect();
        let max = tied
            .iter()
            .map(|p| votes.iter().filter(|v| v.problem == *p).count())
            .max()
            .unwrap_or(0);
        let title_width = tied
            .iter()
            .map(|p| text::width(s.problem_title(*p)))
            .max()
            .unwrap_or(0);
        BarChart {
            rows: Rows::All(&rows),
            max: max as f64,
            title_width,
            style: theme.base,
            selected: theme.selected,
            value_style: theme.heading,
            spaced: true,
        }
        .render(area, buf, self.row.viewport(), row);
    }
}

/// The tie-break the decision form records, or `None` to keep it open with
/// what to fix; once recorded, the results show where it put the problems.
fn submit_decision(d: &Decision, form: &mut Form, ctx: &Ctx, view: &mut View) -> Option<Effect> {
    let s = ctx.session;
    let l = ctx.lang;
    let order: Vec<ProblemId> = d.places.iter().map(|p| d.tied[form.get(*p)]).collect();
    if let Some(i) = (0..order.len()).find(|&i| order[..i].contains(&order[i])) {
        let message = tr!(
            l,
            "rank-decision-placed-twice",
            problem = s.problem_title(order[i])
        );
        form.fail(d.places[i], message);
        return None;
    }
    let reason = form.get(d.reason);
    if reason.is_empty() {
        form.fail(d.reason, tr!(l, "rank-decision-reason-empty"));
        return None;
    }
    *view = View::Results;
    Some(
        edits::break_tie(
            s,
            s.ranking.method,
            d.rank,
            &d.tied,
            TieBreakHow::Decision { reason },
            order,
            ctx.now,
        )
        .map_or(Effect::None, Effect::Apply),
    )
}

/// The dots of a run-off under way (none when there is none).
fn runoff_votes(t: Option<&crate::model::TieBreak>) -> Vec<Vote> {
    t.map(t_votes).unwrap_or_default()
}

fn t_votes(t: &crate::model::TieBreak) -> Vec<Vote> {
    match &t.how {
        TieBreakHow::Runoff { votes } if !is_decided(t) => votes.clone(),
        _ => Vec::new(),
    }
}

/// The tied rank and the problems sharing it, as the steps draw them.
#[derive(Clone, Copy)]
struct Tied<'a> {
    rank: usize,
    tied: &'a [ProblemId],
}

/// "«Police», then «Theft»".
fn names(s: &Session, order: &[ProblemId], l: Lang) -> String {
    let titles: Vec<String> = order
        .iter()
        .map(|p| format!("«{}»", s.problem_title(*p)))
        .collect();
    then_list(l, &titles)
}

/// The problems a run-off still leaves level: "«A» and «B» (4 dots each)".
fn still_tied(s: &Session, tied: &[ProblemId], votes: &[Vote], l: Lang) -> String {
    let count = |p: &ProblemId| votes.iter().filter(|v| v.problem == *p).count();
    let mut level: Vec<(usize, Vec<ProblemId>)> = Vec::new();
    for p in tied {
        let c = count(p);
        match level.iter_mut().find(|(n, _)| *n == c) {
            Some((_, ps)) => ps.push(*p),
            None => level.push((c, vec![*p])),
        }
    }
    level.sort_by_key(|l| std::cmp::Reverse(l.0));
    let (dots, ps) = level
        .into_iter()
        .find(|(_, ps)| ps.len() > 1)
        .unwrap_or_default();
    let mut titles = ps.iter().map(|p| format!("«{}»", s.problem_title(*p)));
    let first = titles.next().unwrap_or_default();
    let problems = titles.fold(first, |done, next| {
        tr!(l, "rank-and", first = done, next = next)
    });
    tr!(l, "rank-still-level", problems = problems, dots = dots)
}

/// Enter on a run-off that is still tied: which problems, and every way out.
fn still_tied_message(s: &Session, tied: &[ProblemId], votes: &[Vote], l: Lang) -> String {
    tr!(
        l,
        "rank-runoff-still-tied",
        level = still_tied(s, tied, votes, l)
    )
}

/// Why the head-to-head result cannot decide.
fn head_to_head_missing(s: &Session, tied: &[ProblemId], l: Lang) -> String {
    let open = tied
        .iter()
        .enumerate()
        .flat_map(|(i, a)| tied[i + 1..].iter().map(move |b| (*a, *b)))
        .filter(|(a, b)| {
            !s.ranking
                .pairs
                .iter()
                .any(|d| crate::model::ordered(d.pair) == crate::model::ordered((*a, *b)))
        })
        .count();
    if open > 0 {
        tr!(l, "rank-head-to-head-open", n = open)
    } else {
        tr!(l, "rank-head-to-head-circle").into()
    }
}

/// `s` wrapped to `width`, as owned rows.
fn wrap_lines(s: &str, width: usize) -> Vec<String> {
    text::wrap(s, width.max(1))
        .into_iter()
        .map(|row| s[row.range].trim_end().to_string())
        .collect()
}
