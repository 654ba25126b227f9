//! The follow-up ledger: each problem escalated beyond the community — to
//! the district security committee, the county commander, a ministry — with
//! to whom and when it went, and every reply or non-reply since, dated.
//! Trust grows where what was promised is followed up; the ledger makes the
//! waiting visible and counts it in days.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::ids::{EscalationId, ProblemId, Timestamp};

/// What came back, or did not.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ReplyKind {
    /// Followed up, and nothing came back.
    #[default]
    NoReply,
    /// An answer: acknowledged, a meeting offered, a refusal.
    Reply,
    /// Something was done (the first action counts the days).
    Action,
    /// Settled: nothing more is awaited.
    Done,
}

impl ReplyKind {
    pub const ALL: [ReplyKind; 4] = [
        ReplyKind::NoReply,
        ReplyKind::Reply,
        ReplyKind::Action,
        ReplyKind::Done,
    ];

    pub fn label(self) -> &'static str {
        match self {
            ReplyKind::NoReply => "no reply",
            ReplyKind::Reply => "reply",
            ReplyKind::Action => "action taken",
            ReplyKind::Done => "done",
        }
    }

    /// The kind's name in the catalogue (`lang.t(kind.msg_id())`).
    pub fn msg_id(self) -> &'static str {
        match self {
            ReplyKind::NoReply => "ledger-kind-no-reply",
            ReplyKind::Reply => "ledger-kind-reply",
            ReplyKind::Action => "ledger-kind-action",
            ReplyKind::Done => "ledger-kind-done",
        }
    }

    /// A mark that reads without colour (never `…`, which everywhere
    /// else means text cut short).
    pub fn mark(self) -> &'static str {
        match self {
            ReplyKind::NoReply => "○",
            ReplyKind::Reply => "✉",
            ReplyKind::Action => "▶",
            ReplyKind::Done => "✓",
        }
    }

    /// Something came back (not a non-reply).
    pub fn answers(self) -> bool {
        self != ReplyKind::NoReply
    }
}

/// One entry under an escalation: the date it came (or was chased without
/// answer) and what it said.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reply {
    pub date: NaiveDate,
    pub kind: ReplyKind,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// When it was typed, which may be later than `date`.
    pub at: Timestamp,
}

/// One problem raised with one body beyond the community.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Escalation {
    pub id: EscalationId,
    pub problem: ProblemId,
    /// To whom: "District security committee".
    pub to: String,
    /// When it was raised with them.
    pub raised: NaiveDate,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub replies: Vec<Reply>,
    /// Set when it came from the previous cycle: that session's id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inherited_from: Option<String>,
}

/// Where an escalation stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Standing {
    /// Nothing has come back yet.
    AwaitingReply,
    /// A reply, no action yet.
    AwaitingAction,
    /// Acted on, not settled.
    InAction,
    Done,
}

impl Standing {
    pub fn label(self) -> &'static str {
        match self {
            Standing::AwaitingReply => "awaiting a reply",
            Standing::AwaitingAction => "replied, awaiting action",
            Standing::InAction => "action under way",
            Standing::Done => "done",
        }
    }

    /// Where it stands in the catalogue (`lang.t(standing.msg_id())`).
    pub fn msg_id(self) -> &'static str {
        match self {
            Standing::AwaitingReply => "ledger-standing-awaiting-reply",
            Standing::AwaitingAction => "ledger-standing-awaiting-action",
            Standing::InAction => "ledger-standing-in-action",
            Standing::Done => "ledger-standing-done",
        }
    }
}

impl Escalation {
    /// The first date a reply of one of `kinds` came.
    fn first(&self, kinds: &[ReplyKind]) -> Option<NaiveDate> {
        self.replies
            .iter()
            .filter(|r| kinds.contains(&r.kind))
            .map(|r| r.date)
            .min()
    }

    pub fn first_reply(&self) -> Option<NaiveDate> {
        self.first(&[ReplyKind::Reply, ReplyKind::Action, ReplyKind::Done])
    }

    /// The first action (being done counts as acted on).
    pub fn first_action(&self) -> Option<NaiveDate> {
        self.first(&[ReplyKind::Action, ReplyKind::Done])
    }

    pub fn done(&self) -> Option<NaiveDate> {
        self.first(&[ReplyKind::Done])
    }

    /// Days from raised to the first action.
    pub fn days_to_first_action(&self) -> Option<i64> {
        self.first_action().map(|d| (d - self.raised).num_days())
    }

    /// Days from raised to done.
    pub fn days_to_done(&self) -> Option<i64> {
        self.done().map(|d| (d - self.raised).num_days())
    }

    pub fn standing(&self) -> Standing {
        if self.done().is_some() {
            Standing::Done
        } else if self.first_action().is_some() {
            Standing::InAction
        } else if self.first_reply().is_some() {
            Standing::AwaitingAction
        } else {
            Standing::AwaitingReply
        }
    }

    /// Still awaited: not done. Carried into the next cycle.
    pub fn is_open(&self) -> bool {
        self.done().is_none()
    }

    /// Days it has waited for any reply, as of `today`; `None` once one
    /// came.
    pub fn awaiting_reply_days(&self, today: NaiveDate) -> Option<i64> {
        (self.standing() == Standing::AwaitingReply).then(|| (today - self.raised).num_days())
    }

    /// The last entry by date (the latest typed among those of one day).
    pub fn last(&self) -> Option<&Reply> {
        self.replies
            .iter()
            .enumerate()
            .max_by_key(|(i, r)| (r.date, *i))
            .map(|(_, r)| r)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::DateTime;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2027, 1, d).unwrap()
    }

    #[test]
    fn days_count_from_raised_to_first_action_and_to_done() {
        let at = DateTime::parse_from_rfc3339("2027-01-30T10:00:00+03:00").unwrap();
        let reply = |d, kind| Reply {
            date: day(d),
            kind,
            note: String::new(),
            at,
        };
        let mut e = Escalation {
            id: EscalationId(1),
            problem: ProblemId(1),
            to: "County commander".into(),
            raised: day(2),
            replies: vec![],
            inherited_from: None,
        };
        assert_eq!(e.standing(), Standing::AwaitingReply);
        assert_eq!(e.awaiting_reply_days(day(12)), Some(10));
        e.replies.push(reply(9, ReplyKind::NoReply));
        assert_eq!(e.awaiting_reply_days(day(12)), Some(10));
        e.replies.push(reply(14, ReplyKind::Reply));
        assert_eq!(e.standing(), Standing::AwaitingAction);
        assert_eq!(e.awaiting_reply_days(day(20)), None);
        e.replies.push(reply(20, ReplyKind::Action));
        e.replies.push(reply(29, ReplyKind::Done));
        assert_eq!(e.days_to_first_action(), Some(18));
        assert_eq!(e.days_to_done(), Some(27));
        assert!(!e.is_open());
        assert_eq!(e.last().map(|r| r.kind), Some(ReplyKind::Done));
    }
}
