//! Pairwise ranking: every pair of the shortlist (or of every problem, `a`)
//! is put to the room one at a time, large, and the room says which matters
//! more (`←`/`→`) or that they matter as much (`=`), and why (`Enter`).
//! Pairs come in round-robin order; `[`/`]` go back and forth, `Space` to the
//! next pair still open. Decisions are recorded for the whole room or for the
//! group deciding (`g`), so each group can run its own round. The matrix
//! (`m`) is the grid drawn on flip-chart paper: the winner's number in every
//! cell, and the wins.

//!
//! This module holds the view's state and keys; [`pair_view`] draws the
//! pair, [`matrix`] the matrix and its keys.

mod matrix;
mod pair_view;

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent};
use ratatui::layout::{Position, Rect};

use super::shared::{BREAK_TIE, METHOD, NEXT_WHO, PREV_WHO, RESULTS, who_name};
use super::{RankView, Shared};
use crate::i18n::Lang;
use crate::model::ranking::{self, PAIRWISE_COMFORT};
use crate::model::room::Focus;
use crate::model::{
    Change, Field, GroupId, PairScope, ProblemId, RankMethod, Session, edits, ordered,
};
use crate::tr;
use crate::tui::keymap::{Action, Key, Keymap, Route, bind};
use crate::tui::panels::{Ctx, Effect};
use crate::tui::text_field::TextField;
use crate::tui::theme::Theme;
use crate::tui::widgets::list::{Selection, Viewport};
use matrix::MATRIX_KEYS;

/// A pair by its key: lower id first, whichever way it is shown.
type PairKey = (ProblemId, ProblemId);

/// The pairwise view: the pair on screen, the reason being typed, and the
/// matrix.
#[derive(Default)]
pub struct Pairwise {
    /// The pair on screen (and the matrix cell under the cursor).
    current: Selection<PairKey>,
    /// A reason typed before the pick: recorded with it.
    pending: Option<(PairKey, Option<GroupId>, String)>,
    /// Why one pair was decided as it was, being typed.
    reason: Option<Reason>,
    /// The matrix is on screen instead of the pair.
    matrix: bool,
    /// The matrix rows and columns in view.
    rows: Viewport,
    cols: Viewport,
}

/// The reason line: the pair it is for, and the text.
struct Reason {
    pair: PairKey,
    field: TextField,
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

const PAIR_KEYS: Keymap = Keymap {
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
            // Not `p`: that shows the room view, here as everywhere.
            &[Key::char('a')],
            Action::TogglePairScope,
            "scope",
            "compare the shortlist, or every problem",
        )
        .editing(),
        RESULTS,
        BREAK_TIE,
        METHOD,
        // Last: on a narrow hint line it is the first to give way.
        super::score_card::SCORE_CARD,
    ],
};

const REASON_KEYS: Keymap = Keymap {
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

impl RankView for Pairwise {
    fn focus(&self, s: &Session, _shared: &Shared, focus: &mut Focus) {
        focus.pair = self.round(s).pair();
    }

    fn keymap(&self, _s: &Session) -> Keymap {
        match (&self.reason, self.matrix) {
            (Some(_), _) => REASON_KEYS,
            (None, true) => MATRIX_KEYS,
            (None, false) => PAIR_KEYS,
        }
    }

    fn keymaps(&self) -> Vec<Keymap> {
        vec![PAIR_KEYS, REASON_KEYS, MATRIX_KEYS]
    }

    fn is_editing(&self) -> bool {
        self.reason.is_some()
    }

    fn typing(&self) -> Option<crate::tui::room::Typing> {
        // A reason can name people: it is not shown on the room's screen.
        self.reason.as_ref().map(|_| crate::tui::room::Typing {
            label: crate::tui::room::TypingLabel::Message("rank-typing-why"),
            text: None,
        })
    }

    fn route(&self, key: &KeyEvent, s: &Session) -> Route {
        match &self.reason {
            Some(Reason { field, .. }) if field.takes(key) => Route::Field,
            _ => Route::lookup(&self.keymap(s), key),
        }
    }

    fn handle_key(&mut self, key: &KeyEvent, ctx: &Ctx, shared: &mut Shared) -> Effect {
        self.reason_key(key, ctx, shared)
    }

    fn handle_paste(&mut self, pasted: &str) {
        if let Some(Reason { field, .. }) = &mut self.reason {
            // One line: a pasted paragraph becomes one reason.
            field.insert_str(&pasted.split_whitespace().collect::<Vec<_>>().join(" "));
        }
    }

    fn handle_action(&mut self, action: Action, ctx: &Ctx, shared: &mut Shared) -> Effect {
        if self.matrix {
            self.matrix_action(action, ctx, shared)
        } else {
            self.pair_action(action, ctx, shared)
        }
    }

    /// Keeps the pair on screen when the round changes (see the list
    /// component); the matrix goes when the session stops ranking pairwise
    /// (an undo of the method switch).
    fn session_changed(&mut self, s: &Session) {
        if s.ranking.method != RankMethod::Pairwise {
            self.matrix = false;
        }
        let keys = self.round(s).keys();
        self.current.anchor(&keys);
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
        if self.matrix {
            self.draw_matrix(body, buf, ctx, shared.decider, theme);
            None
        } else {
            self.draw_pair(body, buf, ctx, shared.decider, theme)
        }
    }
}

impl Pairwise {
    fn round(&self, s: &Session) -> Round {
        let candidates = ranking::pair_candidates(s);
        let pairs = ranking::pair_order(&candidates);
        let mut round = Round {
            candidates,
            pairs,
            current: None,
        };
        round.current = self.current.index(&round.keys());
        round
    }

    fn go_to_pair(&mut self, round: &Round, index: usize) {
        self.current.select_at(&round.keys(), index);
    }

    fn pair_action(&mut self, action: Action, ctx: &Ctx, shared: &mut Shared) -> Effect {
        let s = ctx.session;
        let l = ctx.lang;
        let round = self.round(s);
        match action {
            Action::NextGroup | Action::PrevGroup => {
                let current = shared.decider;
                return shared.pick(
                    s,
                    super::choosing::PickFor::Decider,
                    current,
                    action == Action::PrevGroup,
                    l,
                );
            }
            Action::TogglePairScope => return toggle_scope(s, l),
            Action::ShowMatrix => {
                self.matrix = true;
                return Effect::None;
            }
            _ => {}
        }
        let (Some(i), Some((a, b))) = (round.current, round.pair()) else {
            return Effect::Info(too_few(s, l).into());
        };
        let n = round.pairs.len();
        match action {
            Action::NextPair => self.go_to_pair(&round, (i + 1) % n),
            Action::PrevPair => self.go_to_pair(&round, (i + n - 1) % n),
            Action::NextUndecided => {
                let open = (1..=n).map(|k| (i + k) % n).find(|&k| {
                    let (a, b) = round.pairs[k];
                    ranking::pair_decision(s, a, b, shared.decider).is_none()
                });
                match open {
                    Some(k) => self.go_to_pair(&round, k),
                    None => {
                        return Effect::Info(tr!(
                            l,
                            "rank-pairs-all-decided",
                            n = n,
                            who = who_name(s, shared.decider, l)
                        ));
                    }
                }
            }
            Action::PickLeft => return self.pick(s, (a, b), Some(a), ctx, shared.decider),
            Action::PickRight => return self.pick(s, (a, b), Some(b), ctx, shared.decider),
            Action::PickTie => return self.pick(s, (a, b), None, ctx, shared.decider),
            Action::ClearPick => {
                return match edits::undecide_pair(s, a, b, shared.decider) {
                    Some(change) => Effect::Apply(change),
                    None => Effect::Info(tr!(l, "rank-pair-nothing-to-clear").into()),
                };
            }
            Action::Edit => {
                let typed = match &self.pending {
                    Some((key, who, text)) if *key == ordered((a, b)) && *who == shared.decider => {
                        text.clone()
                    }
                    _ => ranking::pair_decision(s, a, b, shared.decider)
                        .map(|d| d.reason.clone())
                        .unwrap_or_default(),
                };
                self.reason = Some(Reason {
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
        who: Option<GroupId>,
    ) -> Effect {
        let key = ordered((a, b));
        let pending = match self.pending.take() {
            Some((k, by, text)) if k == key && by == who => Some(text),
            other => {
                self.pending = other;
                None
            }
        };
        let old = ranking::pair_decision(s, a, b, who);
        if pending.is_none() && old.is_some_and(|d| d.winner == winner) {
            return Effect::Info(tr!(ctx.lang, "rank-pair-already").into());
        }
        let reason = match (pending, old) {
            (Some(text), _) => text,
            (None, Some(d)) if d.winner == winner => d.reason.clone(),
            _ => String::new(),
        };
        let decision = edits::decide_pair(a, b, who, winner, &reason, ctx.now);
        // Comparing "the shortlist" while there is none compares every
        // problem: the round is fixed as that with the first pick, so a
        // shortlist drawn later does not quietly change which pairs this
        // round holds.
        if s.ranking.pair_scope == PairScope::Shortlist && s.ranking.shortlist.is_empty() {
            let label = decision.describe(s);
            return Effect::Apply(Change::Batch {
                label,
                changes: vec![Change::Set(Field::PairScope(PairScope::All)), decision],
            });
        }
        Effect::Apply(decision)
    }

    /// Keys while the reason is typed.
    fn reason_key(&mut self, key: &KeyEvent, ctx: &Ctx, shared: &Shared) -> Effect {
        let Some(Reason { pair, field, .. }) = &mut self.reason else {
            return Effect::Unhandled;
        };
        if field.takes(key) {
            field.handle_key(*key);
            return Effect::None;
        }
        match REASON_KEYS.lookup(key).map(|b| b.action) {
            Some(Action::Submit) => {}
            Some(Action::Cancel) => {
                self.reason = None;
                return Effect::None;
            }
            _ => return Effect::None,
        }
        let (pair, text) = (*pair, field.text().trim().to_string());
        self.reason = None;
        let s = ctx.session;
        match ranking::pair_decision(s, pair.0, pair.1, shared.decider) {
            Some(d) if d.reason == text => Effect::None,
            Some(d) => Effect::Apply(edits::decide_pair(
                pair.0,
                pair.1,
                shared.decider,
                d.winner,
                &text,
                ctx.now,
            )),
            None if text.is_empty() => {
                self.pending = None;
                Effect::None
            }
            None => {
                self.pending = Some((pair, shared.decider, text));
                Effect::Info(tr!(ctx.lang, "rank-pair-reason-noted").into())
            }
        }
    }
}

/// `a`: the shortlist or every problem; a long round is named in pairs.
fn toggle_scope(s: &Session, l: Lang) -> Effect {
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
        Effect::ApplyWarn(change, long_round(n, l))
    } else {
        Effect::Apply(change)
    }
}

/// "12 problems = 66 pairs — a long round for the room".
fn long_round(n: usize, l: Lang) -> String {
    tr!(l, "rank-pairs-long-round", n = n, pairs = n * (n - 1) / 2)
}

/// Why there is no pair to show.
fn too_few(s: &Session, l: Lang) -> &'static str {
    match (s.problems.len(), s.ranking.pair_scope) {
        (0, _) => tr!(l, "rank-no-problems"),
        (1, _) => tr!(l, "rank-pairs-one-problem"),
        (_, PairScope::Shortlist) => tr!(l, "rank-pairs-one-shortlisted"),
        (_, PairScope::All) => tr!(l, "rank-pairs-too-few"),
    }
}
