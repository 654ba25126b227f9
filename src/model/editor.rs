//! The editor: a session plus its undo and redo history.
//!
//! This is the one mutation path. Every edit goes through [`Editor::apply`],
//! which applies a [`Change`], keeps its inverse for undo, writes the audit log
//! and bumps the revision that tells the store a save is due.

use super::change::{Change, ChangeError, Field};
use super::session::{AuditEntry, AuditKind, Session, Stage, Timestamp};

/// How many steps undo reaches back. Inverses are small (one item, a few
/// indices), so this costs little even in a long workshop.
const UNDO_DEPTH: usize = 2_000;

#[derive(Clone, Debug)]
struct Step {
    /// The change that takes the session back (for undo) or forward (for redo).
    change: Change,
    /// What the original change did, as the room would say it.
    what: String,
}

#[derive(Clone, Debug)]
pub struct Editor {
    session: Session,
    undo: Vec<Step>,
    redo: Vec<Step>,
    revision: u64,
}

impl Editor {
    pub fn new(session: Session) -> Editor {
        Editor {
            session,
            undo: Vec::new(),
            redo: Vec::new(),
            revision: 0,
        }
    }

    pub fn session(&self) -> &Session {
        &self.session
    }

    pub fn into_session(self) -> Session {
        self.session
    }

    /// Counts every mutation since this editor was made; the caller saves when
    /// it moves.
    pub fn revision(&self) -> u64 {
        self.revision
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// Applies an edit, records it in the audit log and makes it undoable.
    /// Returns what was done, for the status line.
    pub fn apply(&mut self, change: Change, at: Timestamp) -> Result<String, ChangeError> {
        let what = change.describe(&self.session);
        let inverse = self.session.apply(change, at)?;
        self.log(at, AuditKind::Change, &what);
        self.undo.push(Step {
            change: inverse,
            what: what.clone(),
        });
        if self.undo.len() > UNDO_DEPTH {
            self.undo.remove(0);
        }
        self.redo.clear();
        Ok(what)
    }

    /// Undoes the last edit; returns what was undone, or `None` if there is
    /// nothing to undo.
    pub fn undo(&mut self, at: Timestamp) -> Option<String> {
        let step = self.undo.pop()?;
        let step = self.replay(step, at, AuditKind::Undo);
        let what = step.what.clone();
        self.redo.push(step);
        Some(what)
    }

    /// Redoes the last undone edit.
    pub fn redo(&mut self, at: Timestamp) -> Option<String> {
        let step = self.redo.pop()?;
        let step = self.replay(step, at, AuditKind::Redo);
        let what = step.what.clone();
        self.undo.push(step);
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
        let what = change.describe(&self.session);
        if self.session.apply(change, at).is_err() {
            return false;
        }
        self.log(at, AuditKind::Change, &what);
        true
    }

    /// Applies a change that is a record of something that happened rather
    /// than an edit of what the room said (a report written, text purged
    /// under the retention rule): logged and saved like any change, but not
    /// an undo step, since undoing it would make the record lie.
    pub fn record(&mut self, change: Change, at: Timestamp) -> Result<String, ChangeError> {
        let what = change.describe(&self.session);
        self.session.apply(change, at)?;
        self.log(at, AuditKind::Change, &what);
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
            .session
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
            .session
            .apply(step.change, at)
            // An inverse undoes exactly what its change did to this very
            // session, so it always applies; failing here is a bug, not input.
            .expect("an undo step applies to the session it was made on");
        self.log(at, kind, &step.what);
        Step {
            change: inverse,
            what: step.what,
        }
    }

    fn log(&mut self, at: Timestamp, kind: AuditKind, what: &str) {
        self.session.audit.push(AuditEntry {
            at,
            kind,
            what: what.to_string(),
        });
        self.revision += 1;
    }
}
