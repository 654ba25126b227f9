//! The programme roll-up: what head office reads across many communities.
//!
//! From every session dated within a period it gathers
//!
//! - the problems that recur across communities: grouped by category (case,
//!   punctuation and spacing ignored) and, within a category, by similar
//!   titles ([`super::similar`]: the same normalised words, or word sets
//!   overlapping by a Jaccard index of at least 0.5), with how many times,
//!   in how many sessions and communities each was raised, and its average
//!   rank in the sessions that ranked it;
//! - action completion rates (done / all actions), overall and per kind of
//!   responsible actor ([`super::responsible_type`]);
//! - the actions overdue as of a given day, with where they are;
//! - every problem flagged for district or national action, with the session
//!   it came from (title, community, date);
//! - the score cards: each indicator per community and cycle (the trend), and
//!   across communities at their latest cycle ([`trend`]);
//! - the places marked in more than one community's where-and-when grid, and
//!   the times of day and months the rooms mark unsafe ([`hot_spots`]);
//! - the escalations awaiting any reply longer than a number of days
//!   (`--awaiting-days`, a month unless said), the longest first; one carried
//!   into the next cycle counts there only.
//!
//! A community is a session's location (normalised); sessions with no
//! location each count as their own.
//!
//! When a session is continued by the next cycle and both are in the period,
//! what was carried over is counted once, in the later session, as it stands
//! there:
//!
//! - a problem (matched by the later session's `previous` session id and the
//!   problem's `carried_from` id) counts once in "problems raised", in its
//!   category, in recurrence (with its rank in the later session) and in the
//!   flagged list (if it is still flagged there);
//! - an open action (matched by the `inherited_from` session id and the
//!   activity's normalised words) counts once in completion and overdue.
//!
//! Along a chain of cycles, only the latest in the period counts.
//!
//! Grouping titles is "leader" clustering: distinct wordings, most frequent
//! first, each join the most similar existing group whose first (most
//! frequent) wording they resemble, else start a new one; so two titles are
//! never grouped only through a chain of third titles.
//!
//! The counting is in `model.rs`, the document (Markdown and HTML) in
//! `document.rs`, the CSV tables in `csv.rs`.

mod csv;
mod document;
mod hot_spots;
mod model;
mod trend;

pub use csv::{RollupTable, csv_table};
pub use document::{document, html, markdown};
pub use hot_spots::{RecurringPlace, TimeAcross, UNSAFE};
pub use model::*;
pub use trend::{IndicatorAcross, IndicatorTrend, TrendPoint};
