//! Time, injectable so tests and snapshots are repeatable.

use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};

use chrono::{Local, NaiveDate, SubsecRound};

use crate::model::Timestamp;

/// Where "now" comes from.
#[derive(Clone)]
pub struct Clock(Arc<dyn Fn() -> Timestamp + Send + Sync>);

impl Clock {
    /// The computer's clock, in its local offset, to the second.
    pub fn system() -> Clock {
        Clock(Arc::new(|| Local::now().fixed_offset().trunc_subsecs(0)))
    }

    /// Always the same moment.
    pub fn fixed(at: Timestamp) -> Clock {
        Clock(Arc::new(move || at))
    }

    /// Starts at `start` and moves on one second at every reading, so every
    /// recorded change gets a distinct, predictable time.
    pub fn stepping(start: Timestamp) -> Clock {
        let ticks = Arc::new(AtomicI64::new(0));
        Clock(Arc::new(move || {
            let n = ticks.fetch_add(1, Ordering::Relaxed);
            start + chrono::Duration::seconds(n)
        }))
    }

    /// A clock that stands still until its [`Hand`] moves it: for tests of
    /// what time does (a timer, the time worked on a panel).
    pub fn manual(start: Timestamp) -> (Clock, Hand) {
        let at = Arc::new(std::sync::Mutex::new(start));
        let read = Arc::clone(&at);
        let clock = Clock(Arc::new(move || {
            *read.lock().unwrap_or_else(|e| e.into_inner())
        }));
        (clock, Hand(at))
    }

    pub fn now(&self) -> Timestamp {
        (self.0)()
    }

    pub fn today(&self) -> NaiveDate {
        self.now().date_naive()
    }
}

/// Moves a [`Clock::manual`].
#[derive(Clone)]
pub struct Hand(Arc<std::sync::Mutex<Timestamp>>);

impl Hand {
    /// Moves the clock on by `seconds` (back, if negative).
    pub fn advance(&self, seconds: i64) {
        let mut at = self.0.lock().unwrap_or_else(|e| e.into_inner());
        *at += chrono::Duration::seconds(seconds);
    }
}

impl std::fmt::Debug for Clock {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Clock")
    }
}

/// A new session id: a UUIDv7 such as `0196f1c2-8a3b-7def-9abc-0123456789ab`.
///
/// Its first 48 bits are `now` in milliseconds, so ids sort by creation time;
/// the other 74 are random, from the operating system, so two laptops that
/// create a session at the same millisecond (or share a clock that is wrong)
/// still never make the same id: sessions from a whole programme can be
/// brought together and told apart by id alone. Ids of older files (ten
/// base-32 characters) stay valid: nothing reads meaning into an id.
pub fn new_session_id(now: Timestamp) -> String {
    let nanos = now.timestamp_subsec_nanos();
    // A clock set before 1970 is a broken clock; the random part still keeps
    // the id unique.
    let secs = u64::try_from(now.timestamp()).unwrap_or(0);
    let ts = uuid::Timestamp::from_unix(uuid::NoContext, secs, nanos);
    uuid::Uuid::new_v7(ts).hyphenated().to_string()
}
