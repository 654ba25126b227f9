//! Autosave off the key path, acknowledged only when durable.
//!
//! Encoding and durably writing a large session (5,000 dots) takes ~20 ms with
//! fsync — longer than a frame, and far longer on an old laptop's disk — so
//! the editor hands a snapshot with its revision to a writer thread and goes
//! on. The snapshot is the editor's own session behind an `Arc`, not a copy:
//! the writer lets go of it as soon as it is encoded, and a snapshot still
//! waiting can be withdrawn before the next change ([`Saver::withdraw`]), so
//! the editor copies the session only when a change lands while the writer
//! is encoding that very revision. Snapshots queued while a write is running
//! are coalesced: only the newest is written. The writer reports back the newest revision that is on
//! disk — written, fsynced, renamed into place and the folder fsynced — and
//! only that is ever shown as "saved". Dropping the saver waits for the last
//! write, so quitting (or a panic unwinding) never loses a change that was
//! made.
//!
//! Where the bytes go is a [`Sink`]: the session file under its lock in
//! production, something slow or failing in tests.

use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::thread::JoinHandle;

use crate::i18n::Msg;
use crate::model::{Session, Timestamp};

/// A revision of the session as the editor holds it, shared, never copied.
pub type Snapshot = Arc<Session>;

/// Why a write did not happen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Trouble {
    /// It may work later (a full disk, a pulled-out USB stick): retried.
    Retry(Msg),
    /// It must never be tried again from this program (another program holds
    /// the session now): the saver stops writing for good.
    Stop(Msg),
}

/// Where snapshots are written.
pub trait Sink: Send + 'static {
    /// Checks that writing is still safe (the lock still guards the file),
    /// without writing.
    fn check(&mut self) -> Result<(), Trouble>;
    /// Writes `session` durably; `Ok` only once it would survive a power cut.
    /// The sink drops the snapshot as soon as it has encoded it, so the
    /// editor can change its session in place while the bytes reach the disk.
    fn save(&mut self, session: Snapshot) -> Result<(), Trouble>;
}

/// Where the saves stand.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SaveOutcome {
    /// The newest revision known to be durable on disk (0: none since the
    /// saver started).
    pub revision: u64,
    /// When that revision's change was made.
    pub at: Option<Timestamp>,
    /// Why the newest attempt failed, if it did (worded when shown, in the
    /// language of whoever reads it).
    pub error: Option<Msg>,
    /// The saver no longer writes at all (see [`Trouble::Stop`]).
    pub stopped: bool,
}

struct Job {
    session: Snapshot,
    revision: u64,
    at: Timestamp,
}

#[derive(Default)]
struct State {
    pending: Option<Job>,
    /// A check of the lock was asked for.
    check: bool,
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
    /// Starts the writer thread, writing into `sink`.
    pub fn spawn(sink: impl Sink) -> Saver {
        let shared = Arc::new(Shared {
            state: Mutex::new(State::default()),
            wake: Condvar::new(),
            idle: Condvar::new(),
        });
        let worker = Arc::clone(&shared);
        let thread = std::thread::Builder::new()
            .name("baraza-saver".into())
            .spawn(move || write_loop(&worker, sink))
            .expect("the system can start a thread");
        Saver {
            shared,
            thread: Some(thread),
        }
    }

    /// Queues a snapshot of `revision`, made at `at`, replacing any older one
    /// not yet written.
    pub fn submit(&self, session: Snapshot, revision: u64, at: Timestamp) {
        let mut state = self.shared.lock();
        state.pending = Some(Job {
            session,
            revision,
            at,
        });
        self.shared.wake.notify_one();
    }

    /// Takes back the snapshot waiting to be written, if the writer has not
    /// started on it: the editor is about to change the session, and a newer
    /// snapshot will be submitted instead. Returns whether one was waiting
    /// (the caller must then submit again, even if nothing changes).
    pub fn withdraw(&self) -> bool {
        self.shared.lock().pending.take().is_some()
    }

    /// Asks the writer to check the lock now, between saves: a folder
    /// replaced behind the program's back is noticed (and the lock taken
    /// again) before another program can take the session.
    pub fn check(&self) {
        let mut state = self.shared.lock();
        if !state.busy && state.pending.is_none() {
            state.check = true;
            self.shared.wake.notify_one();
        }
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
        while state.busy || state.pending.is_some() || state.check {
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

fn write_loop(shared: &Shared, mut sink: impl Sink) {
    loop {
        let job = {
            let mut state = shared.lock();
            loop {
                if let Some(job) = state.pending.take() {
                    state.busy = true;
                    state.check = false;
                    break Some(job);
                }
                if state.check {
                    state.busy = true;
                    break None;
                }
                if state.stop {
                    return;
                }
                state = shared.wake.wait(state).unwrap_or_else(|e| e.into_inner());
            }
        };
        let stopped = shared.lock().outcome.stopped;
        let (result, job) = match job {
            // Once stopped, nothing is written again, whatever comes.
            _ if stopped => (Err(None), job.map(|j| (j.revision, j.at))),
            Some(Job {
                session,
                revision,
                at,
            }) => (sink.save(session).map_err(Some), Some((revision, at))),
            None => (sink.check().map_err(Some), None),
        };
        let mut state = shared.lock();
        state.busy = false;
        state.check = false;
        match (result, job) {
            (Ok(()), Some((revision, at))) => {
                state.outcome.revision = revision;
                state.outcome.at = Some(at);
                state.outcome.error = None;
            }
            (Ok(()), None) => {}
            (Err(Some(Trouble::Stop(why))), _) => {
                state.outcome.error = Some(why);
                state.outcome.stopped = true;
            }
            (Err(Some(Trouble::Retry(why))), Some(_)) => state.outcome.error = Some(why),
            // A check that cannot reach the folder changes nothing on screen:
            // nothing is waiting to be written; the next save will say.
            (Err(Some(Trouble::Retry(_))), None) => {}
            (Err(None), _) => {}
        }
        shared.idle.notify_all();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::mpsc;

    /// A sink whose writes wait for the test to let them through.
    struct Gated {
        go: mpsc::Receiver<Result<(), Trouble>>,
        written: Arc<Mutex<Vec<String>>>,
    }

    impl Sink for Gated {
        fn check(&mut self) -> Result<(), Trouble> {
            Ok(())
        }
        fn save(&mut self, session: Snapshot) -> Result<(), Trouble> {
            let verdict = self.go.recv().unwrap_or(Ok(()));
            if verdict.is_ok() {
                self.written.lock().unwrap().push(session.title.clone());
            }
            verdict
        }
    }

    fn session(title: &str) -> Snapshot {
        let at = chrono::DateTime::parse_from_rfc3339("2026-11-27T10:42:07+03:00").unwrap();
        Arc::new(Session::new(
            "s".into(),
            title.into(),
            chrono::NaiveDate::from_ymd_opt(2026, 11, 27).unwrap(),
            at,
        ))
    }

    fn at(s: i64) -> Timestamp {
        chrono::DateTime::parse_from_rfc3339("2026-11-27T10:42:07+03:00").unwrap()
            + chrono::Duration::seconds(s)
    }

    fn wait_until(saver: &Saver, done: impl Fn(&SaveOutcome) -> bool) -> SaveOutcome {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        loop {
            let o = saver.outcome();
            if done(&o) {
                return o;
            }
            assert!(std::time::Instant::now() < deadline, "{o:?}");
            std::thread::sleep(std::time::Duration::from_millis(1));
        }
    }

    #[test]
    fn a_revision_is_acknowledged_only_once_the_sink_has_it() {
        let (go, gate) = mpsc::channel();
        let written = Arc::new(Mutex::new(Vec::new()));
        let saver = Saver::spawn(Gated {
            go: gate,
            written: Arc::clone(&written),
        });
        saver.submit(session("one"), 1, at(1));
        std::thread::sleep(std::time::Duration::from_millis(20));
        // The write is held at the gate: nothing is acknowledged yet.
        assert_eq!(saver.outcome().revision, 0);
        assert!(saver.is_busy());
        // Two more while it waits: only the newest is written next.
        saver.submit(session("two"), 2, at(2));
        saver.submit(session("three"), 3, at(3));
        go.send(Ok(())).unwrap();
        let o = wait_until(&saver, |o| o.revision == 1);
        assert_eq!(o.at, Some(at(1)));
        go.send(Ok(())).unwrap();
        let o = saver.flush();
        assert_eq!((o.revision, o.at, o.error), (3, Some(at(3)), None));
        assert_eq!(*written.lock().unwrap(), ["one", "three"]);
    }

    #[test]
    fn a_failure_keeps_the_last_durable_revision_and_a_retry_clears_it() {
        let (go, gate) = mpsc::channel();
        let saver = Saver::spawn(Gated {
            go: gate,
            written: Arc::default(),
        });
        go.send(Ok(())).unwrap();
        saver.submit(session("a"), 1, at(1));
        saver.flush();
        go.send(Err(Trouble::Retry(Msg::new("store-io-full"))))
            .unwrap();
        saver.submit(session("b"), 2, at(2));
        let o = saver.flush();
        assert_eq!(o.revision, 1, "still the last good one");
        assert_eq!(o.at, Some(at(1)));
        assert_eq!(o.error, Some(Msg::new("store-io-full")));
        assert!(!o.stopped);
        go.send(Ok(())).unwrap();
        saver.submit(session("b"), 2, at(2));
        let o = saver.flush();
        assert_eq!((o.revision, o.error), (2, None));
    }

    #[test]
    fn a_stop_is_for_good() {
        let (go, gate) = mpsc::channel();
        let written = Arc::new(Mutex::new(Vec::new()));
        let saver = Saver::spawn(Gated {
            go: gate,
            written: Arc::clone(&written),
        });
        go.send(Err(Trouble::Stop(Msg::new("save-why-replaced"))))
            .unwrap();
        saver.submit(session("a"), 1, at(1));
        let o = saver.flush();
        assert!(o.stopped);
        // Later snapshots are not even handed to the sink.
        go.send(Ok(())).unwrap();
        saver.submit(session("b"), 2, at(2));
        let o = saver.flush();
        assert!(o.stopped);
        assert_eq!(o.revision, 0);
        assert!(written.lock().unwrap().is_empty());
    }
}
