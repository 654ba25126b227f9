//! The ids of the things a session records, and the time they are stamped
//! with. Each is a number unique within
//! its list in one session (never reused while anything still names it), kept
//! apart from the records themselves so that every part of the record can
//! name another without importing it.

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

/// A moment, kept with the facilitator's local offset so a reviewer reads the
/// time the room saw on the wall.
pub type Timestamp = DateTime<FixedOffset>;

macro_rules! id_type {
    ($(#[$meta:meta])* $name:ident) => {
        $(#[$meta])*
        #[derive(
            Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
        )]
        #[serde(transparent)]
        pub struct $name(pub u32);

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(f, "{}", self.0)
            }
        }

        impl super::positions::RawId for $name {
            fn raw(self) -> u32 {
                self.0
            }
        }
    };
}

id_type!(
    /// A participant group within one session.
    GroupId
);
id_type!(
    /// A problem within one session.
    ProblemId
);
id_type!(
    /// An action within one session.
    ActionId
);
id_type!(
    /// A scoring criterion within one session.
    CriterionId
);
id_type!(
    /// A recorded tie-break within one session.
    TieBreakId
);
id_type!(
    /// A score-card indicator within one session ("Responsiveness").
    IndicatorId
);
id_type!(
    /// A place the room named for its where-and-when grid.
    PlaceId
);
id_type!(
    /// One escalation of a problem in the follow-up ledger.
    EscalationId
);
