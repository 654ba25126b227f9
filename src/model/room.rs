//! What the room's screen shows beyond the session itself: where the
//! facilitator is (the panel, the problem or pair under the cursor), whether
//! the wall is blanked, and the timer. This is not session data: it is kept
//! beside the session in a small side file (see `store::cue`), written by the
//! facilitator's window and read by every audience window, so either can be
//! closed and reopened and the pair find each other again.
//!
//! The timer's arithmetic is here too, on wall-clock times given by the
//! caller (the injected clock), so tests drive it second by second.

use serde::{Deserialize, Serialize};

use super::rules;
use super::session::{
    ActionId, CriterionId, EscalationId, GroupId, IndicatorId, PlaceId, ProblemId, Stage, Timestamp,
};
use super::where_when::TimeBand;

/// Where the facilitator's window is, and what the room's screen shows.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Cue {
    /// The panel on the facilitator's screen.
    pub panel: Stage,
    /// What is under the cursor there.
    pub focus: Focus,
    /// The room's screen shows only the session title.
    pub blank: bool,
    pub timer: Option<Timer>,
}

/// Which of Rank's views is on screen.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum RankScreen {
    /// The session's ranking method: dots, pairwise or criteria.
    #[default]
    Method,
    Results,
    TieBreak,
    /// The community score card, side by side with the provider's.
    ScoreCard,
}

/// Which view of Identify or Monitor is on screen: the panel's own list, or
/// the where-and-when grid (Identify `w`) or the follow-up ledger (Monitor
/// `f`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum PanelView {
    #[default]
    List,
    WhereWhen,
    Ledger,
}

/// Where a tie-break is: choosing how, or the run-off vote.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum TieStep {
    /// The way under the cursor: 0 run-off, 1 head-to-head, 2 a decision.
    Choosing(usize),
    #[default]
    Runoff,
}

/// What is under the facilitator's cursor, panel by panel. Each panel fills
/// what it has; the room's screen of that panel reads it. Ids, not
/// positions: an audience window that reads a newer session than the cue
/// (or an older one) finds the same item or none, never a neighbour.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Focus {
    /// Prepare: the selected group. Rank: the group whose dots are counted.
    pub group: Option<GroupId>,
    /// Identify, Rank (dots, criteria, run-off) and Plan: the problem.
    pub problem: Option<ProblemId>,
    /// Plan and Monitor: the action.
    pub action: Option<ActionId>,
    /// Learn: the box (0–3).
    pub lesson: usize,
    pub rank: RankScreen,
    /// Pairwise: the pair on screen, as shown (left, right).
    pub pair: Option<(ProblemId, ProblemId)>,
    /// Pairwise, criteria and results: one group, or the whole room.
    pub who: Option<GroupId>,
    /// Criteria: the criterion being scored.
    pub criterion: Option<CriterionId>,
    /// Dots: the facilitator shows one group's ranking alone.
    pub alone: bool,
    pub tie: TieStep,
    /// Identify and Monitor: the list, or the grid or the ledger.
    pub view: PanelView,
    /// Score card: the indicator row under the cursor.
    pub indicator: Option<IndicatorId>,
    /// Where and when: the place and the time (or month) under the cursor;
    /// the group marking is `group`.
    pub place: Option<PlaceId>,
    pub band: Option<TimeBand>,
    /// Ledger: the escalation under the cursor.
    pub escalation: Option<EscalationId>,
}

/// A countdown for the current activity. It keeps wall-clock times, so it
/// runs on while no window is open and reads the same in every window.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Timer {
    /// What it was set to, with the minutes added since.
    pub seconds: u32,
    /// Seconds counted before `running_since` (all of them while paused).
    pub spent: u32,
    /// When it last started or resumed; `None` while paused.
    pub running_since: Option<Timestamp>,
}

/// How a timer stands at a moment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TimerState {
    Running {
        left: u32,
    },
    Paused {
        left: u32,
    },
    /// At or past zero, by this many seconds.
    Up {
        over: u32,
    },
}

impl Timer {
    /// A timer of `seconds` running from `now`.
    pub fn start(seconds: u32, now: Timestamp) -> Result<Timer, rules::Broken> {
        rules::timer_seconds(seconds)?;
        Ok(Timer {
            seconds,
            spent: 0,
            running_since: Some(now),
        })
    }

    /// Seconds counted at `now`. A clock set back never counts backwards.
    pub fn elapsed(&self, now: Timestamp) -> u32 {
        let running = self.running_since.map_or(0, |since| {
            u32::try_from((now - since).num_seconds().max(0)).unwrap_or(u32::MAX)
        });
        self.spent.saturating_add(running)
    }

    pub fn state(&self, now: Timestamp) -> TimerState {
        let elapsed = self.elapsed(now);
        match self.seconds.checked_sub(elapsed) {
            Some(left) if left > 0 && self.running_since.is_some() => TimerState::Running { left },
            Some(left) if left > 0 => TimerState::Paused { left },
            _ => TimerState::Up {
                over: elapsed.saturating_sub(self.seconds),
            },
        }
    }

    pub fn is_paused(&self) -> bool {
        self.running_since.is_none()
    }

    /// Pauses a running timer, resumes a paused one.
    pub fn toggle_pause(&mut self, now: Timestamp) {
        match self.running_since {
            Some(_) => {
                self.spent = self.elapsed(now);
                self.running_since = None;
            }
            None => self.running_since = Some(now),
        }
    }

    /// Adds time. A timer already at zero counts down again from what is
    /// left after the extension (one more minute means one more minute from
    /// now, not from when it ran out).
    pub fn extend(&mut self, seconds: u32, now: Timestamp) {
        let elapsed = self.elapsed(now);
        if elapsed >= self.seconds {
            self.seconds = elapsed;
        }
        self.seconds = self
            .seconds
            .saturating_add(seconds)
            .min(rules::MAX_TIMER_SECONDS);
    }
}

/// "4:05", "1:02:03": seconds as a clock reads.
pub fn clock_face(seconds: u32) -> String {
    let (h, m, s) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
    if h > 0 {
        format!("{h}:{m:02}:{s:02}")
    } else {
        format!("{m}:{s:02}")
    }
}

/// A duration as the facilitator types it: `7` (minutes), `7:30`, `90s`,
/// `1h`, `1:15:00`. `None` when it is not one, or out of range.
pub fn parse_duration(text: &str) -> Option<u32> {
    let text = text.trim().to_lowercase();
    let number = |s: &str| -> Option<u32> {
        let s = s.trim();
        (!s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse().ok())
            .flatten()
    };
    let seconds = if let Some(s) = text.strip_suffix('s') {
        number(s)?
    } else if let Some(m) = text.strip_suffix("min").or_else(|| text.strip_suffix('m')) {
        number(m)?.checked_mul(60)?
    } else if let Some(h) = text.strip_suffix('h') {
        number(h)?.checked_mul(3600)?
    } else {
        let parts: Vec<&str> = text.split(':').collect();
        match parts.as_slice() {
            [m] => number(m)?.checked_mul(60)?,
            [m, s] if number(s)? < 60 => number(m)?.checked_mul(60)? + number(s)?,
            [h, m, s] if number(m)? < 60 && number(s)? < 60 => {
                number(h)?.checked_mul(3600)? + number(m)? * 60 + number(s)?
            }
            _ => return None,
        }
    };
    rules::timer_seconds(seconds).ok().map(|_| seconds)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_read_as_typed() {
        assert_eq!(parse_duration("7"), Some(420));
        assert_eq!(parse_duration(" 7:30 "), Some(450));
        assert_eq!(parse_duration("90s"), Some(90));
        assert_eq!(parse_duration("2m"), Some(120));
        assert_eq!(parse_duration("1h"), Some(3600));
        assert_eq!(parse_duration("1:15:00"), Some(4500));
        for bad in ["", "0", "x", "7:75", "-3", "13h", "1:2:3:4", "٣"] {
            assert_eq!(parse_duration(bad), None, "{bad}");
        }
    }

    #[test]
    fn clock_faces() {
        assert_eq!(clock_face(0), "0:00");
        assert_eq!(clock_face(65), "1:05");
        assert_eq!(clock_face(3723), "1:02:03");
    }
}
