//! How long the facilitator's window worked on each panel, for the report
//! ("Identify: 34 min").
//!
//! Time counts on the panel on screen while the session is open for editing,
//! except when nobody has pressed a key for [`IDLE`] and no timer runs (the
//! laptop left open over lunch is not work on Identify). It is counted here,
//! in memory, and recorded in the session ([`crate::model::Editor::record_worked`],
//! logged but no undo step) when the facilitator leaves a panel after a
//! minute or more on it, every [`CHECKPOINT`] so a crash loses little, and
//! when the session is closed: a handful of audit lines an hour, never one
//! per tick.

use std::collections::BTreeMap;

use crate::model::{Stage, Timestamp};

/// Without a key for this long (and no timer running), time stops counting.
pub const IDLE: i64 = 15 * 60;

/// Counted time is recorded at least this often.
pub const CHECKPOINT: i64 = 5 * 60;

/// Less than this on a panel waits to be recorded with more (a glance at a
/// panel is not a line in the audit log), until the session is closed.
pub const MIN_RECORD: u32 = 60;

pub struct WorkedClock {
    panel: Stage,
    /// Counted up to here.
    counted_to: Timestamp,
    last_key: Timestamp,
    last_record: Timestamp,
    /// Seconds counted and not recorded yet.
    pending: BTreeMap<Stage, u32>,
}

impl WorkedClock {
    pub fn new(panel: Stage, now: Timestamp) -> WorkedClock {
        WorkedClock {
            panel,
            counted_to: now,
            last_key: now,
            last_record: now,
            pending: BTreeMap::new(),
        }
    }

    /// Counts the time since the last count on the panel on screen.
    /// `timer_running`: a running timer means the room is at work.
    pub fn count(&mut self, now: Timestamp, timer_running: bool) {
        let until = if timer_running {
            now
        } else {
            now.min(self.last_key + chrono::Duration::seconds(IDLE))
        };
        if until > self.counted_to {
            let seconds = u32::try_from((until - self.counted_to).num_seconds()).unwrap_or(0);
            let total = self.pending.entry(self.panel).or_insert(0);
            *total = total.saturating_add(seconds);
        }
        // Idle time is passed over, and a clock set back does not count
        // the same time twice.
        self.counted_to = self.counted_to.max(now);
    }

    /// A key was pressed at `now` (after [`WorkedClock::count`]).
    pub fn key(&mut self, now: Timestamp) {
        self.last_key = self.last_key.max(now);
    }

    /// The window moved to `panel` (after [`WorkedClock::count`]). Returns
    /// what to record of the panel it left.
    pub fn switch(&mut self, panel: Stage) -> Option<(Stage, u32)> {
        let left = std::mem::replace(&mut self.panel, panel);
        if left == panel {
            return None;
        }
        match self.pending.get(&left) {
            Some(&secs) if secs >= MIN_RECORD => {
                self.pending.remove(&left);
                Some((left, secs))
            }
            _ => None,
        }
    }

    /// What to record now: at a checkpoint, every panel with a minute or
    /// more; when `closing`, everything.
    pub fn due(&mut self, now: Timestamp, closing: bool) -> Vec<(Stage, u32)> {
        let checkpoint = (now - self.last_record).num_seconds() >= CHECKPOINT;
        if !closing && !checkpoint {
            return Vec::new();
        }
        self.last_record = now;
        let min = if closing { 1 } else { MIN_RECORD };
        let due: Vec<(Stage, u32)> = self
            .pending
            .iter()
            .filter(|(_, s)| **s >= min)
            .map(|(st, s)| (*st, *s))
            .collect();
        for (st, _) in &due {
            self.pending.remove(st);
        }
        due
    }
}
