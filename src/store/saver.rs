//! Autosave off the key path. Encoding and durably writing a large session
//! (5,000 dots) takes ~20 ms with fsync — longer than a frame, and far longer on
//! an old laptop's disk — so the editor hands a snapshot to a writer thread and
//! goes on. Snapshots queued while a write is running are coalesced: only the
//! newest is written. Dropping the saver waits for the last write, so quitting
//! (or a panic unwinding) never loses a change that was made.

use std::path::PathBuf;
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::thread::JoinHandle;

use super::save;
use crate::model::{Session, Timestamp};

/// Where the saves stand.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SaveOutcome {
    /// The revision of the newest snapshot written.
    pub revision: u64,
    /// When that snapshot was taken.
    pub at: Option<Timestamp>,
    /// Why the newest attempt failed, if it did.
    pub error: Option<String>,
}

struct Job {
    session: Session,
    revision: u64,
    at: Timestamp,
}

#[derive(Default)]
struct State {
    pending: Option<Job>,
    busy: bool,
    stop: bool,
    outcome: SaveOutcome,
}

struct Shared {
    state: Mutex<State>,
    wake: Condvar,
    idle: Condvar,
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, State> {
        // A panic while holding the lock leaves plain data behind; keep going.
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }
}

pub struct Saver {
    shared: Arc<Shared>,
    thread: Option<JoinHandle<()>>,
}

impl std::fmt::Debug for Saver {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Saver")
            .field("outcome", &self.outcome())
            .finish()
    }
}

impl Saver {
    /// Starts the writer thread for the file at `path`.
    pub fn spawn(path: PathBuf) -> Saver {
        let shared = Arc::new(Shared {
            state: Mutex::new(State::default()),
            wake: Condvar::new(),
            idle: Condvar::new(),
        });
        let worker = Arc::clone(&shared);
        let thread = std::thread::Builder::new()
            .name("baraza-saver".into())
            .spawn(move || write_loop(&worker, &path))
            .expect("the system can start a thread");
        Saver {
            shared,
            thread: Some(thread),
        }
    }

    /// Queues a snapshot, replacing any older one not yet written.
    pub fn submit(&self, session: Session, revision: u64, at: Timestamp) {
        let mut state = self.shared.lock();
        state.pending = Some(Job {
            session,
            revision,
            at,
        });
        self.shared.wake.notify_one();
    }

    pub fn outcome(&self) -> SaveOutcome {
        self.shared.lock().outcome.clone()
    }

    /// Whether a snapshot is waiting or being written.
    pub fn is_busy(&self) -> bool {
        let state = self.shared.lock();
        state.busy || state.pending.is_some()
    }

    /// Waits until every queued snapshot is written (or failed).
    pub fn flush(&self) -> SaveOutcome {
        let mut state = self.shared.lock();
        while state.busy || state.pending.is_some() {
            state = self
                .shared
                .idle
                .wait(state)
                .unwrap_or_else(|e| e.into_inner());
        }
        state.outcome.clone()
    }
}

impl Drop for Saver {
    fn drop(&mut self) {
        self.flush();
        self.shared.lock().stop = true;
        self.shared.wake.notify_one();
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

fn write_loop(shared: &Shared, path: &std::path::Path) {
    loop {
        let job = {
            let mut state = shared.lock();
            loop {
                if let Some(job) = state.pending.take() {
                    state.busy = true;
                    break job;
                }
                if state.stop {
                    return;
                }
                state = shared.wake.wait(state).unwrap_or_else(|e| e.into_inner());
            }
        };
        let result = save(path, &job.session);
        let mut state = shared.lock();
        state.busy = false;
        match result {
            Ok(()) => {
                state.outcome = SaveOutcome {
                    revision: job.revision,
                    at: Some(job.at),
                    error: None,
                }
            }
            Err(e) => state.outcome.error = Some(e.detail()),
        }
        shared.idle.notify_all();
    }
}
