//! Pairwise ranking: every pair of the shortlist (or of every problem, `p`)
//! is put to the room one at a time, large, and the room says which matters
//! more (`←`/`→`) or that they matter as much (`=`), and why (`Enter`).
//! Pairs come in round-robin order; `[`/`]` go back and forth, `Space` to the
//! next pair still open. Decisions are recorded for the whole room or for the
//! group deciding (`g`), so each group can run its own round. The matrix
//! (`m`) is the grid drawn on flip-chart paper: the winner's number in every
//! cell, and the wins.

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent};
use ratatui::layout::{Position, Rect};
use ratatui::style::Style;
use ratatui::text::Span;
use ratatui::widgets::{Block, BorderType, Borders, Widget};

use super::{
    BREAK_TIE, Editing, METHOD, NEXT_WHO, PREV_WHO, RESULTS, RankPanel, Standing, View, line,
    score_label, split_line, take_bottom, take_top, who_name,
};
use crate::model::ranking::{self, PAIRWISE_COMFORT};
use crate::model::{
    Change, Field, GroupId, PairScope, ProblemId, RankMethod, Session, edits, ordered,
};
use crate::text;
use crate::tui::keymap::{Action, DOWN, Key, Keymap, UP, bind};
use crate::tui::panels::{Ctx, Effect};
use crate::tui::text_field::TextField;
use crate::tui::theme::Theme;
use crate::tui::widgets::list::{Selection, Viewport};
use crate::tui::widgets::put;

/// A pair by its key: lower id first, whichever way it is shown.
type PairKey = (ProblemId, ProblemId);

/// What the pairwise views keep between keys.
#[derive(Default)]
pub(super) struct Pairs {
    /// The pair on screen (and the matrix cell under the cursor).
    current: Selection<PairKey>,
    /// A reason typed before the pick: recorded with it.
    pending: Option<(PairKey, Option<GroupId>, String)>,
    /// The matrix rows and columns in view.
    rows: Viewport,
    cols: Viewport,
}

/// The round as it stands: the problems compared, their pairs in the order
/// the room sees them, and the pair on screen.
struct Round {
    candidates: Vec<ProblemId>,
    /// As shown: left, right.
    pairs: Vec<(ProblemId, ProblemId)>,
    current: Option<usize>,
}

impl Round {
    fn keys(&self) -> Vec<PairKey> {
        self.pairs.iter().map(|p| ordered(*p)).collect()
    }

    /// The problem's number on the flip chart: its place among the candidates.
    fn number(&self, p: ProblemId) -> usize {
        self.candidates
            .iter()
            .position(|c| *c == p)
            .map_or(0, |i| i + 1)
    }

    fn pair(&self) -> Option<(ProblemId, ProblemId)> {
        self.pairs.get(self.current?).copied()
    }
}

pub(super) const PAIR_KEYS: Keymap = Keymap {
    title: "Rank: pairwise",
    bindings: &[
        bind(
            &[Key::code(KeyCode::Left)],
            Action::PickLeft,
            "pick",
            "the left problem matters more",
        )
        .editing()
        .shown_as("←→"),
        bind(
            &[Key::code(KeyCode::Right)],
            Action::PickRight,
            "right",
            "the right problem matters more",
        )
        .editing()
        .help_only(),
        bind(
            &[Key::char('='), Key::code(KeyCode::Down)],
            Action::PickTie,
            "equal",
            "the two matter as much (a tie: half a win each)",
        )
        .editing()
        .shown_as("="),
        bind(
            &[Key::code(KeyCode::Enter), Key::char('e')],
            Action::Edit,
            "why",
            "write why the room decided so (before or after the pick)",
        )
        .editing()
        .shown_as("Enter"),
        bind(
            &[Key::char(' ')],
            Action::NextUndecided,
            "next",
            "the next pair still to decide",
        ),
        NEXT_WHO,
        PREV_WHO,
        // Not `x`: that writes the report, here as everywhere.
        bind(
            &[Key::char('m')],
            Action::ShowMatrix,
            "matrix",
            "the matrix of every pair, as on flip-chart paper",
        ),
        bind(
            &[Key::char(']'), Key::code(KeyCode::PageDown)],
            Action::NextPair,
            "pairs",
            "next pair",
        )
        .shown_as("[]"),
        bind(
            &[Key::char('['), Key::code(KeyCode::PageUp)],
            Action::PrevPair,
            "previous pair",
            "previous pair",
        )
        .help_only(),
        bind(
            &[Key::code(KeyCode::Backspace), Key::code(KeyCode::Delete)],
            Action::ClearPick,
            "clear",
            "forget the decision on this pair",
        )
        .editing()
        .help_only(),
        bind(
            &[Key::char('p')],
            Action::TogglePairScope,
            "scope",
            "compare the shortlist, or every problem",
        )
        .editing(),
        RESULTS,
        BREAK_TIE,
        METHOD,
    ],
};

pub(super) const REASON_KEYS: Keymap = Keymap {
    title: "Rank: writing why",
    bindings: &[
        bind(
            &[
                Key::code(KeyCode::Enter),
                Key::ctrl('s'),
                Key::alt(KeyCode::Enter),
            ],
            Action::Submit,
            "save",
            "keep the reason (with the pick, if none yet)",
        )
        .shown_as("Enter"),
        bind(
            &[Key::code(KeyCode::Esc)],
            Action::Cancel,
            "cancel",
            "leave the reason as it was",
        ),
    ],
};

pub(super) const MATRIX_KEYS: Keymap = Keymap {
    title: "Rank: pairwise matrix",
    bindings: &[
        UP.shown_as("↑↓←→"),
        DOWN,
        bind(
            &[Key::code(KeyCode::Left), Key::char('h')],
            Action::CellLeft,
            "left",
            "one column left",
        )
        .help_only(),
        bind(
            &[Key::code(KeyCode::Right), Key::char('l')],
            Action::CellRight,
            "right",
            "one column right",
        )
        .help_only(),
        bind(
            &[Key::code(KeyCode::Enter)],
            Action::Edit,
            "open pair",
            "show this pair large, to decide or change it",
        ),
        bind(
            &[Key::char('m'), Key::code(KeyCode::Esc)],
            Action::ShowMatrix,
            "back",
            "back to the pair",
        ),
        NEXT_WHO,
        PREV_WHO,
        bind(
            &[Key::char('p')],
            Action::TogglePairScope,
            "scope",
            "compare the shortlist, or every problem",
        )
        .editing(),
        RESULTS,
        BREAK_TIE,
        METHOD,
    ],
};

impl RankPanel {
    fn round(&self, s: &Session) -> Round {
        let candidates = ranking::pair_candidates(s);
        let pairs = ranking::pair_order(&candidates);
        let mut round = Round {
            candidates,
            pairs,
            current: None,
        };
        round.current = self.pairs.current.index(&round.keys());
        round
    }

    fn go_to_pair(&mut self, round: &Round, index: usize) {
        self.pairs.current.select_at(&round.keys(), index);
    }

    /// Keeps the pair on screen when the round changes (see the list
    /// component).
    pub(super) fn pairs_changed(&mut self, s: &Session) {
        let keys = self.round(s).keys();
        self.pairs.current.anchor(&keys);
    }

    pub(super) fn pair_action(&mut self, action: Action, ctx: &Ctx) -> Effect {
        let s = ctx.session;
        let round = self.round(s);
        match action {
            Action::NextGroup | Action::PrevGroup => {
                let who = self.next_who(s, action == Action::NextGroup);
                let (decided, total) = ranking::pairwise_progress(s, who);
                return Effect::Info(format!(
                    "Deciding: {} — {decided} of {total} pairs decided",
                    who_name(s, who)
                ));
            }
            Action::TogglePairScope => return toggle_scope(s),
            Action::ShowMatrix => {
                self.view = View::Matrix;
                return Effect::None;
            }
            _ => {}
        }
        let (Some(i), Some((a, b))) = (round.current, round.pair()) else {
            return Effect::Info(too_few(s));
        };
        let n = round.pairs.len();
        match action {
            Action::NextPair => self.go_to_pair(&round, (i + 1) % n),
            Action::PrevPair => self.go_to_pair(&round, (i + n - 1) % n),
            Action::NextUndecided => {
                let open = (1..=n).map(|k| (i + k) % n).find(|&k| {
                    let (a, b) = round.pairs[k];
                    ranking::pair_decision(s, a, b, self.who).is_none()
                });
                match open {
                    Some(k) => self.go_to_pair(&round, k),
                    None => {
                        return Effect::Info(format!(
                            "all {n} pairs decided ({}) — r shows the results",
                            who_name(s, self.who)
                        ));
                    }
                }
            }
            Action::PickLeft => return self.pick(s, (a, b), Some(a), ctx),
            Action::PickRight => return self.pick(s, (a, b), Some(b), ctx),
            Action::PickTie => return self.pick(s, (a, b), None, ctx),
            Action::ClearPick => {
                return match edits::undecide_pair(s, a, b, self.who) {
                    Some(change) => Effect::Apply(change),
                    None => Effect::Info("nothing decided on this pair yet".into()),
                };
            }
            Action::Edit => {
                let typed = match &self.pairs.pending {
                    Some((key, who, text)) if *key == ordered((a, b)) && *who == self.who => {
                        text.clone()
                    }
                    _ => ranking::pair_decision(s, a, b, self.who)
                        .map(|d| d.reason.clone())
                        .unwrap_or_default(),
                };
                self.editing = Some(Editing::Reason {
                    pair: ordered((a, b)),
                    field: TextField::single_line(&typed),
                });
            }
            _ => return Effect::Unhandled,
        }
        Effect::None
    }

    /// Records a pick. A reason typed first goes with it; a reason already
    /// recorded stays while the winner does (it explains that winner).
    fn pick(
        &mut self,
        s: &Session,
        (a, b): (ProblemId, ProblemId),
        winner: Option<ProblemId>,
        ctx: &Ctx,
    ) -> Effect {
        let key = ordered((a, b));
        let pending = match self.pairs.pending.take() {
            Some((k, who, text)) if k == key && who == self.who => Some(text),
            other => {
                self.pairs.pending = other;
                None
            }
        };
        let old = ranking::pair_decision(s, a, b, self.who);
        if pending.is_none() && old.is_some_and(|d| d.winner == winner) {
            return Effect::Info("already recorded so — Space goes to the next pair".into());
        }
        let reason = match (pending, old) {
            (Some(text), _) => text,
            (None, Some(d)) if d.winner == winner => d.reason.clone(),
            _ => String::new(),
        };
        Effect::Apply(edits::decide_pair(a, b, self.who, winner, &reason, ctx.now))
    }

    /// Keys while the reason is typed.
    pub(super) fn reason_key(&mut self, key: &KeyEvent, ctx: &Ctx) -> Effect {
        let Some(Editing::Reason { pair, field }) = &mut self.editing else {
            return Effect::Unhandled;
        };
        if field.takes(key) {
            field.handle_key(*key);
            return Effect::None;
        }
        match REASON_KEYS.lookup(key).map(|b| b.action) {
            Some(Action::Submit) => {}
            Some(Action::Cancel) => {
                self.editing = None;
                return Effect::None;
            }
            _ => return Effect::None,
        }
        let (pair, text) = (*pair, field.text().trim().to_string());
        self.editing = None;
        let s = ctx.session;
        match ranking::pair_decision(s, pair.0, pair.1, self.who) {
            Some(d) if d.reason == text => Effect::None,
            Some(d) => Effect::Apply(edits::decide_pair(
                pair.0, pair.1, self.who, d.winner, &text, ctx.now,
            )),
            None if text.is_empty() => {
                self.pairs.pending = None;
                Effect::None
            }
            None => {
                self.pairs.pending = Some((pair, self.who, text));
                Effect::Info("noted — ← → or = records it with the pick".into())
            }
        }
    }

    pub(super) fn matrix_action(&mut self, action: Action, ctx: &Ctx) -> Effect {
        let s = ctx.session;
        let round = self.round(s);
        match action {
            Action::NextGroup | Action::PrevGroup => {
                let who = self.next_who(s, action == Action::NextGroup);
                return Effect::Info(format!("Matrix of {}", who_name(s, who)));
            }
            Action::TogglePairScope => return toggle_scope(s),
            Action::ShowMatrix | Action::Cancel | Action::Edit => {
                self.view = View::Method;
                return Effect::None;
            }
            _ => {}
        }
        let Some((a, b)) = round.pair() else {
            return Effect::Info(too_few(s));
        };
        let n = round.candidates.len();
        // The cell: row i, column j, i < j (the upper triangle).
        let (mut i, mut j) = {
            let (x, y) = (round.number(a) - 1, round.number(b) - 1);
            (x.min(y), x.max(y))
        };
        match action {
            Action::Up => i = i.saturating_sub(1),
            Action::Down if i + 1 < j => i += 1,
            Action::Down if j + 1 < n => {
                i += 1;
                j += 1;
            }
            Action::CellLeft if j > i + 1 => j -= 1,
            Action::CellRight if j + 1 < n => j += 1,
            Action::Down | Action::CellLeft | Action::CellRight => {}
            _ => return Effect::Unhandled,
        }
        let key = ordered((round.candidates[i], round.candidates[j]));
        if let Some(k) = round.keys().iter().position(|x| *x == key) {
            self.go_to_pair(&round, k);
        }
        Effect::None
    }
}

/// `p`: the shortlist or every problem; a long round is named in pairs.
fn toggle_scope(s: &Session) -> Effect {
    let next = match s.ranking.pair_scope {
        PairScope::Shortlist => PairScope::All,
        PairScope::All => PairScope::Shortlist,
    };
    let change = Change::Set(Field::PairScope(next));
    let n = match next {
        PairScope::Shortlist if !s.ranking.shortlist.is_empty() => s.ranking.shortlist.len(),
        _ => s.problems.len(),
    };
    if n > PAIRWISE_COMFORT {
        Effect::ApplyWarn(change, long_round(n))
    } else {
        Effect::Apply(change)
    }
}

/// "12 problems = 66 pairs — a long round for the room".
fn long_round(n: usize) -> String {
    format!(
        "{n} problems = {} pairs — a long round for the room",
        n * (n - 1) / 2
    )
}

/// Why there is no pair to show.
fn too_few(s: &Session) -> String {
    match (s.problems.len(), s.ranking.pair_scope) {
        (0, _) => "No problems yet — name problems in Identify first (Shift+Tab)".into(),
        (1, _) => "One problem only: pairwise ranking needs two or more".into(),
        (_, PairScope::Shortlist) => {
            "The shortlist has one problem: shortlist more, or p compares every problem".into()
        }
        (_, PairScope::All) => "Pairwise ranking needs two or more problems".into(),
    }
}

// ---------------------------------------------------------------------------
// Drawing.

/// Widest pair box: past this, lines get too long to read at a glance.
const BOX_MAX: u16 = 48;

impl RankPanel {
    pub(super) fn draw_pair(
        &self,
        area: Rect,
        buf: &mut Buffer,
        ctx: &Ctx,
        theme: &Theme,
    ) -> Option<Position> {
        let s = ctx.session;
        let mut area = area;
        let round = self.round(s);
        let who = self.who;
        let (decided, total) = ranking::pairwise_progress(s, who);
        let heading = take_top(&mut area, 1);
        let title = format!("Pairwise · {} deciding", who_name(s, who));
        let Some((a, b)) = round.pair() else {
            line(heading, buf, &title, theme.heading);
            take_top(&mut area, 1);
            line(take_top(&mut area, 1), buf, &too_few(s), theme.base);
            return None;
        };
        let i = round.current.unwrap_or(0);
        let progress = format!("pair {} of {total} · {decided} decided", i + 1);
        split_line(
            heading,
            buf,
            &[Span::styled(title, theme.heading)],
            &progress,
            theme,
        );
        draw_scope(take_top(&mut area, 1), buf, s, &round, theme);
        // The round at a glance: ● decided, ○ open, the pair on screen reversed.
        if area.height > 12 && round.pairs.len() <= area.width as usize {
            let row = take_top(&mut area, 1);
            for (k, (x, y)) in round.pairs.iter().enumerate() {
                let done = ranking::pair_decision(s, *x, *y, who).is_some();
                let style = if k == i { theme.selected } else { theme.muted };
                put(
                    buf,
                    row.x + k as u16,
                    row.y,
                    if done { "●" } else { "○" },
                    1,
                    style,
                );
            }
        }
        let standing = Standing::of(s, RankMethod::Pairwise);
        if let Some(tie) = standing.tie_line(ctx) {
            line(take_bottom(&mut area, 1), buf, &tie, theme.warning);
        }
        // Top down: the question, the two problems, why, the other rounds;
        // blank rows between them when there is room.
        let others = self.others_line(s, &round, (a, b));
        let why_rows = match area.height {
            0..=5 => 0,
            6..=9 => 1,
            _ => 2,
        };
        let others_rows = u16::from(others.is_some() && area.height >= 14);
        let gaps = area.height >= 13;
        let gap = |area: &mut Rect| {
            if gaps {
                take_top(area, 1);
            }
        };
        let room = area
            .height
            .saturating_sub(1 + why_rows + others_rows + 4 * u16::from(gaps));
        let layout = Boxes::fit(area.width, room, s, (a, b));
        let used = layout.map_or(0, |l| l.rows());
        // The block sits in the middle of the space when there is more.
        let block = 1 + used + why_rows + others_rows + 4 * u16::from(gaps);
        let above = area.height.saturating_sub(block) / 2;
        take_top(&mut area, above);
        gap(&mut area);
        centred(
            take_top(&mut area, 1),
            buf,
            "Which matters more?",
            theme.heading,
        );
        gap(&mut area);
        let winner = ranking::pair_decision(s, a, b, who).map(|d| d.winner);
        if let Some(layout) = layout {
            let boxes = take_top(&mut area, used);
            draw_boxes(boxes, layout, buf, s, &round, (a, b), winner, theme);
        }
        gap(&mut area);
        // Why: typed, pending, recorded, or the key to write it.
        let why_area = take_top(&mut area, why_rows);
        let cursor = self.draw_why(why_area, buf, ctx, (a, b), theme);
        gap(&mut area);
        if let (1, Some(others)) = (others_rows, others) {
            line(take_top(&mut area, 1), buf, &others, theme.muted);
        }
        cursor
    }

    /// "Also decided: room 1 · Women = · Men –": the other rounds on this pair.
    fn others_line(
        &self,
        s: &Session,
        round: &Round,
        (a, b): (ProblemId, ProblemId),
    ) -> Option<String> {
        if s.groups.is_empty() {
            return None;
        }
        let mut whos: Vec<Option<GroupId>> = vec![None];
        whos.extend(s.groups.iter().map(|g| Some(g.id)));
        let parts: Vec<String> = whos
            .into_iter()
            .filter(|w| *w != self.who)
            .map(|w| {
                let said = match ranking::pair_decision(s, a, b, w) {
                    Some(d) => match d.winner {
                        Some(p) => round.number(p).to_string(),
                        None => "=".into(),
                    },
                    None => "–".into(),
                };
                let name = match w {
                    Some(g) => s.group_name(g).to_string(),
                    None => "Room".into(),
                };
                format!("{name} {said}")
            })
            .collect();
        Some(format!("Others on this pair: {}", parts.join(" · ")))
    }

    fn draw_why(
        &self,
        area: Rect,
        buf: &mut Buffer,
        ctx: &Ctx,
        (a, b): (ProblemId, ProblemId),
        theme: &Theme,
    ) -> Option<Position> {
        let s = ctx.session;
        if area.height == 0 {
            return None;
        }
        let label = "Why: ";
        let lw = text::width(label) as u16;
        if let Some(Editing::Reason { field, .. }) = &self.editing {
            put(buf, area.x, area.y, label, lw, theme.label_focus);
            let field_area = Rect::new(
                area.x + lw.min(area.width),
                area.y,
                area.width.saturating_sub(lw),
                1,
            );
            return field.render(field_area, buf, theme.input_focus, true);
        }
        let key = ordered((a, b));
        let pending = self
            .pairs
            .pending
            .as_ref()
            .filter(|(k, who, _)| *k == key && *who == self.who);
        let (text, style) = match (pending, ranking::pair_decision(s, a, b, self.who)) {
            (Some((_, _, t)), _) => (format!("{label}{t}  (recorded with the pick)"), theme.base),
            (None, Some(d)) if !d.reason.is_empty() => (format!("{label}{}", d.reason), theme.base),
            _ if ctx.read_only => ("No reason noted".to_string(), theme.muted),
            _ => (
                "No reason noted — Enter to write why".to_string(),
                theme.muted,
            ),
        };
        let width = area.width as usize;
        let rows = text::wrap(&text, width);
        for (k, row) in rows.iter().take(area.height as usize).enumerate() {
            let last = k + 1 == area.height as usize && rows.len() > area.height as usize;
            let shown = if last {
                text::truncate(&text[row.range.start..], width).into_owned()
            } else {
                text[row.range.clone()].to_string()
            };
            put(buf, area.x, area.y + k as u16, &shown, area.width, style);
        }
        None
    }

    pub(super) fn draw_matrix(&self, area: Rect, buf: &mut Buffer, ctx: &Ctx, theme: &Theme) {
        let s = ctx.session;
        let mut area = area;
        let round = self.round(s);
        let who = self.who;
        let (decided, total) = ranking::pairwise_progress(s, who);
        let heading = take_top(&mut area, 1);
        let title = format!("Pairwise matrix · {}", who_name(s, who));
        if round.pairs.is_empty() {
            line(heading, buf, &title, theme.heading);
            take_top(&mut area, 1);
            line(take_top(&mut area, 1), buf, &too_few(s), theme.base);
            return;
        }
        split_line(
            heading,
            buf,
            &[Span::styled(title, theme.heading)],
            &format!("{decided} of {total} pairs decided"),
            theme,
        );
        let note = if who.is_none() && !s.ranking.pairs.iter().any(|d| d.group.is_none()) {
            "The room decided no pair together: its wins add up every group's decisions"
        } else {
            "Each cell: the number of the problem that matters more · = equal · blank: open"
        };
        line(take_top(&mut area, 1), buf, note, theme.muted);
        let standing = Standing::of(s, RankMethod::Pairwise);
        if let Some(tie) = standing.tie_line(ctx) {
            line(take_bottom(&mut area, 1), buf, &tie, theme.warning);
        }
        if area.height > 8 {
            take_top(&mut area, 1);
        }
        let ranked = ranking::ranking(s, RankMethod::Pairwise, who);
        let n = round.candidates.len();
        let digits = n.to_string().len();
        let label_w = digits + 2;
        let tail = " │ wins rank";
        let tail_w = text::width(tail);
        // Cells as wide as the screen allows, up to 6 columns, leaving the
        // legend 30: a grid read from the back of the room.
        let spare = (area.width as usize).saturating_sub(label_w + tail_w + 33);
        let cell_w = (spare / n).clamp((digits + 2).max(3), 6);
        // Columns that fit beside the row labels and the wins; the legend
        // goes to the right if it has room, else below.
        let room = (area.width as usize).saturating_sub(label_w + tail_w);
        let cols = (room / cell_w).clamp(1, n);
        let grid_w = label_w + cols * cell_w + tail_w;
        let legend_right = (area.width as usize).saturating_sub(grid_w + 3) >= 20;
        let (grid_area, legend_area) = if legend_right {
            let gw = grid_w as u16 + 3;
            (
                Rect::new(area.x, area.y, gw.min(area.width), area.height),
                Rect::new(
                    area.x + gw.min(area.width),
                    area.y,
                    area.width.saturating_sub(gw),
                    area.height,
                ),
            )
        } else {
            let legend_h = (n as u16).min(area.height / 3);
            let mut grid = area;
            let legend = take_bottom(&mut grid, legend_h);
            (grid, legend)
        };
        let (a, b) = round.pair().expect("pairs exist");
        let (ci, cj) = {
            let (x, y) = (round.number(a) - 1, round.number(b) - 1);
            (x.min(y), x.max(y))
        };
        // Keep the cursor's row and column on screen.
        let body_rows = (grid_area.height as usize).saturating_sub(1);
        // A blank row between rows when every row fits twice over.
        let step = if 2 * n <= body_rows { 2 } else { 1 };
        let body_rows = body_rows / step;
        let ro = self.pairs.rows.window(Some(ci), n, body_rows.max(1)).start;
        let visible_cols = self.pairs.cols.window(Some(cj), n, cols.max(1));

        // Header: column numbers.
        let y0 = grid_area.y;
        if grid_area.height == 0 {
            return;
        }
        let mut x = grid_area.x + label_w as u16;
        for j in visible_cols.clone() {
            let style = if j == cj {
                theme.label_focus
            } else {
                theme.heading
            };
            put(
                buf,
                x,
                y0,
                &centre(&(j + 1).to_string(), cell_w),
                cell_w as u16,
                style,
            );
            x += cell_w as u16;
        }
        put(buf, x, y0, tail, tail_w as u16, theme.heading);
        let x_tail = x;

        for (row, i) in (ro..n).enumerate().take(body_rows) {
            let y = y0 + 1 + (row * step) as u16;
            let p = round.candidates[i];
            let label_style = if i == ci {
                theme.label_focus
            } else {
                theme.heading
            };
            put(
                buf,
                grid_area.x,
                y,
                &format!("{:>w$} ", i + 1, w = label_w - 1),
                label_w as u16,
                label_style,
            );
            let mut x = grid_area.x + label_w as u16;
            for j in visible_cols.clone() {
                let (cell, style) = if j == i {
                    ("·".to_string(), theme.muted)
                } else if j < i {
                    (String::new(), theme.base)
                } else {
                    let q = round.candidates[j];
                    let shown = match ranking::pair_decision(s, p, q, who) {
                        Some(d) => match d.winner {
                            Some(w) => round.number(w).to_string(),
                            None => "=".into(),
                        },
                        None => String::new(),
                    };
                    (shown, theme.base)
                };
                let style = if (i, j) == (ci, cj) {
                    theme.selected
                } else {
                    style
                };
                let shown = if (i, j) == (ci, cj) && cell.is_empty() {
                    "_".to_string()
                } else {
                    cell
                };
                put(buf, x, y, &centre(&shown, cell_w), cell_w as u16, style);
                x += cell_w as u16;
            }
            if let Some(r) = ranked.iter().find(|r| r.problem == p) {
                let tail = format!(
                    " │ {:>4} {:>4}",
                    score_label(RankMethod::Pairwise, r.score),
                    r.rank
                );
                put(buf, x_tail, y, &tail, tail_w as u16, theme.base);
            }
        }

        // Legend: the numbers' problems.
        let legend_rows = legend_area.height as usize;
        // Beside the grid the legend lines up with its rows; below it, it
        // follows the rows in view.
        let first = if legend_right {
            ro
        } else {
            ro.min(n.saturating_sub(legend_rows))
        };
        let (y_start, legend_step) = if legend_right {
            (legend_area.y + 1, step)
        } else {
            (legend_area.y, 1)
        };
        for (k, p) in round.candidates.iter().enumerate().skip(first) {
            let y = y_start + ((k - first) * legend_step) as u16;
            if y >= legend_area.bottom() {
                break;
            }
            let style = if k == ci || k == cj {
                theme.emphasis
            } else {
                theme.base
            };
            let item = format!("{:>w$} {}", k + 1, s.problem_title(*p), w = digits);
            put(buf, legend_area.x, y, &item, legend_area.width, style);
        }
    }
}

/// Which problems are compared, and a warning when the round is long.
fn draw_scope(area: Rect, buf: &mut Buffer, s: &Session, round: &Round, theme: &Theme) {
    let n = round.candidates.len();
    let (what, other) = match s.ranking.pair_scope {
        PairScope::Shortlist if s.ranking.shortlist.is_empty() => {
            ("all problems (no shortlist yet)", "")
        }
        PairScope::Shortlist => ("the shortlist", " · p: all problems"),
        PairScope::All => ("all problems", " · p: the shortlist"),
    };
    if n > PAIRWISE_COMFORT {
        let text = format!("! {}{other}", long_round(n));
        line(area, buf, &text, theme.warning);
    } else {
        let pairs = round.pairs.len();
        let text = format!("Comparing {what}: {n} problems = {pairs} pairs{other}");
        line(area, buf, &text, theme.muted);
    }
}

/// Where the two problems go: side by side, or stacked when narrow; boxes
/// padded with blank rows when there is room, so they read large.
#[derive(Clone, Copy)]
struct Boxes {
    side_by_side: bool,
    box_w: u16,
    box_h: u16,
    /// The keys written under the boxes.
    keys_row: bool,
}

/// Columns between the two boxes, for "or" / "=".
const BOX_GAP: u16 = 7;

impl Boxes {
    fn fit(width: u16, height: u16, s: &Session, (a, b): (ProblemId, ProblemId)) -> Option<Boxes> {
        if height < 3 || width < 12 {
            return None;
        }
        let keys_row = height >= 6;
        let room = height - u16::from(keys_row);
        let side_by_side = width >= 50;
        let box_w = if side_by_side {
            ((width - BOX_GAP) / 2).min(BOX_MAX)
        } else {
            width.min(BOX_MAX)
        };
        let inner_w = box_w.saturating_sub(4) as usize;
        let lines = |p: ProblemId| text::wrap(s.problem_title(p), inner_w).len() as u16;
        let bare = lines(a).max(lines(b)) + 2;
        let box_h = if side_by_side {
            let most = if room >= 16 { 4 } else { 2 };
            let pad = room.saturating_sub(bare).min(most) / 2 * 2;
            (bare + pad).min(room)
        } else {
            bare.min(room.saturating_sub(1) / 2).max(1)
        };
        Some(Boxes {
            side_by_side,
            box_w,
            box_h,
            keys_row,
        })
    }

    /// Rows taken, keys included.
    fn rows(&self) -> u16 {
        let boxes = if self.side_by_side {
            self.box_h
        } else {
            2 * self.box_h + 1
        };
        boxes + u16::from(self.keys_row)
    }
}

/// The two problems, large: each in a padded box with its number, the title
/// wrapped and bold. The one that matters more gets a thick border and ✓; a
/// tie shows = between them. The keys are written under the boxes.
#[allow(clippy::too_many_arguments)]
fn draw_boxes(
    area: Rect,
    layout: Boxes,
    buf: &mut Buffer,
    s: &Session,
    round: &Round,
    (a, b): (ProblemId, ProblemId),
    winner: Option<Option<ProblemId>>,
    theme: &Theme,
) {
    let tie = winner == Some(None);
    let chosen = |p| winner == Some(Some(p));
    let decided = winner.is_some();
    let Boxes { box_w, box_h, .. } = layout;
    if layout.side_by_side {
        let x0 = area.x + area.width.saturating_sub(2 * box_w + BOX_GAP) / 2;
        let left = Rect::new(x0, area.y, box_w, box_h);
        let right = Rect::new(x0 + box_w + BOX_GAP, area.y, box_w, box_h);
        draw_box(left, buf, s, round, a, chosen(a), decided, theme);
        draw_box(right, buf, s, round, b, chosen(b), decided, theme);
        let mid = Rect::new(x0 + box_w, area.y + box_h / 2, BOX_GAP, 1);
        let (word, style) = if tie {
            ("=", theme.emphasis)
        } else {
            ("or", theme.muted)
        };
        centred(mid, buf, word, style);
        if layout.keys_row {
            let y = area.y + box_h;
            let label = |p, key: &'static str| {
                if chosen(p) {
                    ("✓ matters more", theme.emphasis)
                } else {
                    (key, theme.key)
                }
            };
            let (lk, ls) = label(a, "← this one");
            let (rk, rs) = label(b, "this one →");
            centred(Rect::new(left.x, y, left.width, 1), buf, lk, ls);
            centred(Rect::new(right.x, y, right.width, 1), buf, rk, rs);
            let (mk, ms) = if tie {
                ("equal", theme.emphasis)
            } else {
                ("=", theme.key)
            };
            centred(Rect::new(mid.x, y, mid.width, 1), buf, mk, ms);
        }
    } else {
        let x0 = area.x + area.width.saturating_sub(box_w) / 2;
        let top = Rect::new(x0, area.y, box_w, box_h);
        let bottom = Rect::new(x0, area.y + box_h + 1, box_w, box_h);
        draw_box(top, buf, s, round, a, chosen(a), decided, theme);
        let (word, style) = if tie {
            ("= equal", theme.emphasis)
        } else {
            ("or", theme.muted)
        };
        centred(Rect::new(x0, area.y + box_h, box_w, 1), buf, word, style);
        draw_box(bottom, buf, s, round, b, chosen(b), decided, theme);
        if layout.keys_row {
            let row = Rect::new(x0, bottom.bottom(), box_w, 1);
            centred(row, buf, "← first · = equal · second →", theme.key);
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn draw_box(
    area: Rect,
    buf: &mut Buffer,
    s: &Session,
    round: &Round,
    p: ProblemId,
    chosen: bool,
    decided: bool,
    theme: &Theme,
) {
    let area = area.intersection(buf.area);
    if area.width < 4 || area.height < 2 {
        return;
    }
    let (border_type, border_style) = if chosen {
        (BorderType::Thick, theme.border_focus)
    } else {
        (BorderType::Plain, theme.border)
    };
    let number = round.number(p);
    let title = if chosen {
        format!(" {number} ✓ ")
    } else {
        format!(" {number} ")
    };
    let block = Block::default()
        .borders(Borders::ALL)
        .border_type(border_type)
        .border_style(border_style)
        .title(Span::styled(
            title,
            if chosen {
                theme.emphasis
            } else {
                theme.heading
            },
        ))
        .style(theme.base);
    let inner = block.inner(area);
    block.render(area, buf);
    let inner = Rect::new(
        inner.x + 1.min(inner.width),
        inner.y,
        inner.width.saturating_sub(2),
        inner.height,
    );
    if inner.is_empty() {
        return;
    }
    let title = s.problem_title(p);
    let rows = text::wrap(title, inner.width as usize);
    let shown = rows.len().min(inner.height as usize);
    let y0 = inner.y + (inner.height - shown as u16) / 2;
    let style = if decided && !chosen {
        theme.base
    } else {
        theme.emphasis
    };
    for (k, row) in rows.iter().take(shown).enumerate() {
        let cut = k + 1 == shown && rows.len() > shown;
        let piece = if cut {
            text::truncate(&title[row.range.start..], inner.width as usize).into_owned()
        } else {
            title[row.range.clone()].trim_end().to_string()
        };
        centred(
            Rect::new(inner.x, y0 + k as u16, inner.width, 1),
            buf,
            &piece,
            style,
        );
    }
}

/// `s` centred in `width` columns.
fn centre(s: &str, width: usize) -> String {
    let w = text::width(s);
    if w >= width {
        return text::truncate(s, width).into_owned();
    }
    let left = (width - w) / 2;
    format!("{}{}{}", " ".repeat(left), s, " ".repeat(width - w - left))
}

/// Draws `s` centred on the top row of `area`, cut with an ellipsis.
fn centred(area: Rect, buf: &mut Buffer, s: &str, style: Style) {
    if area.height == 0 || area.width == 0 {
        return;
    }
    let shown = text::truncate(s, area.width as usize);
    let w = text::width(&shown) as u16;
    let x = area.x + (area.width - w) / 2;
    put(buf, x, area.y, &shown, w, style);
}
