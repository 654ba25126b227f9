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

    pub fn now(&self) -> Timestamp {
        (self.0)()
    }

    pub fn today(&self) -> NaiveDate {
        self.now().date_naive()
    }
}

impl std::fmt::Debug for Clock {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Clock")
    }
}

/// A short, unique session id such as `k7m2q9xw4c`: base-32 of the time and
/// a random part from the standard library's randomly seeded hasher.
pub fn new_session_id(now: Timestamp) -> String {
    use std::hash::{BuildHasher, Hasher};
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    hasher.write_i64(now.timestamp_nanos_opt().unwrap_or_default());
    hasher.write_u32(std::process::id());
    let random = hasher.finish();
    const ALPHABET: &[u8] = b"0123456789abcdefghjkmnpqrstvwxyz";
    // 30 bits of seconds keep ids from one period sortable-ish; 20 random bits
    // keep two sessions made in the same second apart.
    let value = ((now.timestamp() as u64 & 0x3fff_ffff) << 20) | (random & 0xf_ffff);
    (0..10)
        .rev()
        .map(|i| ALPHABET[((value >> (i * 5)) & 31) as usize] as char)
        .collect()
}
