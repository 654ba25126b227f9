//! The editor: a session plus its undo and redo history.
//!
//! This is the one mutation path. Every edit goes through [`Editor::apply`],
//! which applies a [`Change`], keeps its inverse for undo, writes the audit log
//! and bumps the revision that tells the store a save is due.
//!
//! Because every change passes here, the editor also keeps what the panels
//! would otherwise recompute at every key: the dot [`Tally`], followed change
//! by change, and the rankings, comparisons and id lookup of the current
//! revision, each worked out once when first asked for.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::sync::Arc;

use super::change::{Change, ChangeError, Field};
use super::dot_standing::DotStanding;
use super::lookup::Lookup;
use super::ranking::{self, Comparison, Ranked};
use super::session::{AuditEntry, AuditKind, GroupId, RankMethod, Session, Stage, Timestamp};
use super::tally::Tally;
use crate::i18n::{Lang, Msg};

/// How many steps undo reaches back. Inverses are small (one item, a few
/// indices), so this costs little even in a long workshop.
const UNDO_DEPTH: usize = 2_000;

#[derive(Clone, Debug)]
struct Step {
    /// The change that takes the session back (for undo) or forward (for redo).
    change: Change,
    /// What the original change did, as the room would say it: shown in
    /// the interface language, logged in English.
    what: Msg,
}

/// The history holding the inverse of the last edit, undo or redo.
#[derive(Clone, Copy, Debug)]
enum Last {
    Undo,
    Redo,
}

/// A ranking asked for: by which method, for the room or one group.
type RankingKey = (RankMethod, Option<GroupId>);

/// What was worked out for one revision of the session.
#[derive(Clone, Debug, Default)]
struct Derived {
    revision: u64,
    lookup: Option<Arc<Lookup>>,
    rankings: Vec<(RankingKey, Arc<Vec<Ranked>>)>,
    comparisons: Vec<(RankMethod, Arc<Comparison>)>,
}

#[derive(Clone, Debug)]
pub struct Editor {
    /// Shared with the writer thread, which encodes a revision while the
    /// room goes on: a change copies the session only if the writer is
    /// still reading the very revision it changes (see `session_mut`).
    session: Arc<Session>,
    /// Oldest first; a deque, so dropping the oldest step once the depth is
    /// reached does not shift thousands of steps at every change.
    undo: VecDeque<Step>,
    redo: Vec<Step>,
    revision: u64,
    /// The dots counted and the room's ranking by them, followed change by
    /// change.
    dots: DotStanding,
    /// Which step holds the inverse of the edit last applied, undone or
    /// redone (see [`Editor::last_inverse`]).
    last: Option<Last>,
    /// Filled on demand from `&self` (drawing is a function of state), and
    /// dropped when the revision moves.
    derived: RefCell<Derived>,
}

impl Editor {
    pub fn new(session: Session) -> Editor {
        Editor {
            dots: DotStanding::count(&session),
            last: None,
            session: Arc::new(session),
            undo: VecDeque::new(),
            redo: Vec::new(),
            revision: 0,
            derived: RefCell::default(),
        }
    }

    pub fn session(&self) -> &Session {
        &self.session
    }

    pub fn into_session(self) -> Session {
        Arc::unwrap_or_clone(self.session)
    }

    /// The current revision of the session, to hand to the writer without
    /// copying it.
    pub fn shared(&self) -> Arc<Session> {
        Arc::clone(&self.session)
    }

    /// The session, to change. Copy-on-write: only while another holder (the
    /// writer encoding this revision) still reads it is it copied first.
    fn session_mut(&mut self) -> &mut Session {
        Arc::make_mut(&mut self.session)
    }

    /// Counts every mutation since this editor was made; the caller saves when
    /// it moves.
    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// The dots counted per problem and group, up to date with every change.
    pub fn tally(&self) -> &Tally {
        self.dots.tally()
    }

    /// The change that takes back the edit last applied, undone or redone:
    /// what a view that keeps something worked out from the session follows
    /// (as the tally does here) instead of working it out again.
    pub fn last_inverse(&self) -> Option<&Change> {
        match self.last? {
            Last::Undo => self.undo.back().map(|step| &step.change),
            Last::Redo => self.redo.last().map(|step| &step.change),
        }
    }

    /// The current revision's derived data, emptied if the revision moved.
    fn derived(&self) -> std::cell::RefMut<'_, Derived> {
        let mut d = self.derived.borrow_mut();
        if d.revision != self.revision {
            *d = Derived {
                revision: self.revision,
                ..Derived::default()
            };
        }
        d
    }

    /// The session's problems, groups and actions by id, for this revision.
    pub fn lookup(&self) -> Arc<Lookup> {
        let mut d = self.derived();
        Arc::clone(
            d.lookup
                .get_or_insert_with(|| Arc::new(Lookup::new(&self.session))),
        )
    }

    /// Exactly [`ranking::ranking`]`(session, method, group)`, worked out
    /// once per revision (dot voting from the tally).
    pub fn ranking(&self, method: RankMethod, group: Option<GroupId>) -> Arc<Vec<Ranked>> {
        let key = (method, group);
        if let Some((_, r)) = self.derived().rankings.iter().find(|(k, _)| *k == key) {
            return Arc::clone(r);
        }
        let s = &self.session;
        let ranked = Arc::new(match (method, group) {
            (RankMethod::Dots, None) => self.dots.room(s),
            (RankMethod::Dots, Some(_)) => ranking::dot_ranking_from(s, self.tally(), group),
            _ => ranking::ranking(s, method, group),
        });
        self.derived().rankings.push((key, Arc::clone(&ranked)));
        ranked
    }

    /// Exactly [`ranking::compare_groups`]`(session, method)`, worked out
    /// once per revision (dot voting from the tally, other methods from the
    /// rankings kept here).
    pub fn comparison(&self, method: RankMethod) -> Arc<Comparison> {
        if let Some((_, c)) = self
            .derived()
            .comparisons
            .iter()
            .find(|(m, _)| *m == method)
        {
            return Arc::clone(c);
        }
        let overall = self.ranking(method, None);
        let s = &self.session;
        let comparison = Arc::new(match method {
            RankMethod::Dots => ranking::compare_dot_groups(s, self.tally(), &overall),
            _ => {
                ranking::compare_groups_with(s, method, &overall, |g| self.ranking(method, Some(g)))
            }
        });
        self.derived()
            .comparisons
            .push((method, Arc::clone(&comparison)));
        comparison
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// Applies an edit, records it in the audit log and makes it undoable.
    /// Returns what was done, for the status line.
    pub fn apply(&mut self, change: Change, at: Timestamp) -> Result<Msg, ChangeError> {
        let what = change.describe(&self.session);
        let inverse = self.session_mut().apply(change, at)?;
        self.dots.follow(&inverse, &self.session);
        self.log(at, AuditKind::Change, &Lang::En.msg(&what));
        self.undo.push_back(Step {
            change: inverse,
            what: what.clone(),
        });
        self.last = Some(Last::Undo);
        if self.undo.len() > UNDO_DEPTH {
            self.undo.pop_front();
        }
        self.redo.clear();
        Ok(what)
    }

    /// Undoes the last edit; returns what was undone, or `None` if there is
    /// nothing to undo.
    pub fn undo(&mut self, at: Timestamp) -> Option<Msg> {
        let step = self.undo.pop_back()?;
        let step = self.replay(step, at, AuditKind::Undo);
        let what = step.what.clone();
        self.redo.push(step);
        self.last = Some(Last::Redo);
        Some(what)
    }

    /// Redoes the last undone edit.
    pub fn redo(&mut self, at: Timestamp) -> Option<Msg> {
        let step = self.redo.pop()?;
        let step = self.replay(step, at, AuditKind::Redo);
        let what = step.what.clone();
        self.undo.push_back(step);
        self.last = Some(Last::Undo);
        Some(what)
    }

    /// Records that the room reached `stage`, if it is further than before.
    /// Moving between panels is navigation, not an edit, so this is logged and
    /// saved but is not an undo step: `u` after `Tab` undoes the last real edit.
    pub fn reach_stage(&mut self, stage: Stage, at: Timestamp) -> bool {
        if stage <= self.session.stage {
            return false;
        }
        let change = Change::Set(Field::Stage(stage));
        let what = change.describe_en(&self.session);
        let Ok(inverse) = self.session_mut().apply(change, at) else {
            return false;
        };
        self.dots.follow(&inverse, &self.session);
        self.log(at, AuditKind::Change, &what);
        true
    }

    /// Applies a change that is a record of something that happened rather
    /// than an edit of what the room said (a report written, text purged
    /// under the retention rule): logged and saved like any change, but not
    /// an undo step, since undoing it would make the record lie.
    pub fn record(&mut self, change: Change, at: Timestamp) -> Result<Msg, ChangeError> {
        let what = change.describe(&self.session);
        self.session_mut().apply(change, at)?;
        self.log(at, AuditKind::Change, &Lang::En.msg(&what));
        Ok(what)
    }

    /// Adds `seconds` to the time worked on `stage`. Like reaching a stage,
    /// this is logged and saved but is no undo step: `u` takes back the
    /// room's last edit, never a minute of the clock.
    pub fn record_worked(&mut self, stage: Stage, seconds: u32, at: Timestamp) -> bool {
        if seconds == 0 {
            return false;
        }
        let mut worked = self.session.worked.clone();
        let total = worked.entry(stage).or_insert(0);
        *total = total
            .saturating_add(seconds)
            .min(super::rules::MAX_WORKED_SECONDS);
        let total = *total;
        if self
            .session_mut()
            .apply(Change::Set(Field::Worked(worked)), at)
            .is_err()
        {
            return false;
        }
        let what = format!(
            "time on {}: {} more, {} in all",
            stage.label(),
            super::wording::minutes(seconds),
            super::wording::minutes(total)
        );
        self.log(at, AuditKind::Change, &what);
        true
    }

    fn replay(&mut self, step: Step, at: Timestamp, kind: AuditKind) -> Step {
        let inverse = self
            .session_mut()
            .apply(step.change, at)
            // An inverse undoes exactly what its change did to this very
            // session, so it always applies; failing here is a bug, not input.
            .expect("an undo step applies to the session it was made on");
        self.dots.follow(&inverse, &self.session);
        self.log(at, kind, &Lang::En.msg(&step.what));
        Step {
            change: inverse,
            what: step.what,
        }
    }

    fn log(&mut self, at: Timestamp, kind: AuditKind, what: &str) {
        self.session_mut().audit.push(AuditEntry {
            at,
            kind,
            what: what.to_string(),
        });
        self.revision += 1;
    }
}
