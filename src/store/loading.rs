//! Listing a folder on a background thread, for the session list: the
//! first frame is drawn from the listing cache alone, and the folder is
//! checked and the files the cache does not know are read behind it, the
//! list filling in as they arrive.
//!
//! The thread does exactly what [`Store::list`] does, through the same
//! [`Scan`], so the list it ends with is the one a synchronous listing gives
//! (the listing's order is total, so entries arriving in any order end in
//! the same place).

use std::collections::HashSet;
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, TryRecvError};
use std::time::{Duration, Instant};

use super::Store;
use super::listing::{Cached, Entry, Scan, sort};

/// How often at most the list is told of files read: often enough to see it
/// fill, seldom enough that re-sorting it costs little.
const EVERY: Duration = Duration::from_millis(100);

/// What the background listing has found since it was last asked.
#[derive(Debug)]
pub enum Update {
    /// The folder as it is, as far as known without reading a file: the
    /// entries replace those shown (files removed go; a file changed since
    /// the cache was written is shown as the cache knew it until it is read
    /// again). `to_read` files remain to be read.
    Scanned { entries: Vec<Entry>, to_read: usize },
    /// Files read: each replaces the entry of its path, or is added.
    Read(Vec<Entry>),
    /// Every file was read (and the cache written, if it changed).
    Done,
}

impl Update {
    /// Brings `entries` (what was shown) up to date with this update, in the
    /// listing's order.
    pub fn apply(self, entries: &mut Vec<Entry>) {
        match self {
            Update::Scanned { entries: known, .. } => *entries = known,
            Update::Read(read) => {
                let paths: HashSet<&Path> = read.iter().map(|e| e.path.as_path()).collect();
                entries.retain(|e| !paths.contains(e.path.as_path()));
                entries.extend(read);
                sort(entries);
            }
            Update::Done => {}
        }
    }
}

/// A listing under way on its own thread. Dropping it stops the thread at
/// the next file.
pub struct Loading {
    updates: Receiver<Update>,
    stop: Arc<AtomicBool>,
}

impl Drop for Loading {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
    }
}

impl Loading {
    /// The next update that has arrived, without waiting; [`Update::Done`]
    /// also once the thread is gone without saying so (it failed: the list
    /// stays as it is).
    pub fn try_next(&self) -> Option<Update> {
        match self.updates.try_recv() {
            Ok(update) => Some(update),
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => Some(Update::Done),
        }
    }

    /// The next update, waiting for it at most `timeout` (tests, benches).
    pub fn next_within(&self, timeout: Duration) -> Option<Update> {
        self.updates.recv_timeout(timeout).ok()
    }
}

impl Store {
    /// Starts listing the folder on a background thread, from what
    /// `cached` (the first frame's cache) says.
    pub fn list_in_background(&self, cached: Cached) -> Loading {
        let (tx, updates) = mpsc::channel();
        let stop = Arc::new(AtomicBool::new(false));
        let store = self.clone();
        let stopped = Arc::clone(&stop);
        std::thread::spawn(move || {
            let send = |u: Update| tx.send(u).is_ok() && !stopped.load(Ordering::Relaxed);
            let mut scan = Scan::of(store.dir(), cached);
            let stale = scan.stale();
            if !send(Update::Scanned {
                entries: scan.known_before_reading(),
                to_read: stale.len(),
            }) {
                return;
            }
            if !read_all(&mut scan, &stale, &stopped, &send) {
                return;
            }
            scan.finish(&store);
            send(Update::Done);
        });
        Loading { updates, stop }
    }
}

/// Reads the `stale` files of `scan` on all cores, sending what was read
/// every [`EVERY`]; `false` if stopped (the list no longer wants it).
fn read_all(
    scan: &mut Scan,
    stale: &[usize],
    stop: &AtomicBool,
    send: &dyn Fn(Update) -> bool,
) -> bool {
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(stale.len().max(1));
    let next = AtomicUsize::new(0);
    let (tx, rx) = mpsc::channel();
    let mut read = Vec::with_capacity(stale.len());
    let mut complete = true;
    std::thread::scope(|scope| {
        let shared: &Scan = scan;
        for _ in 0..threads {
            let tx = tx.clone();
            let next = &next;
            scope.spawn(move || {
                while !stop.load(Ordering::Relaxed) {
                    let Some(&i) = stale.get(next.fetch_add(1, Ordering::Relaxed)) else {
                        break;
                    };
                    if tx.send((i, shared.read(i))).is_err() {
                        break;
                    }
                }
            });
        }
        drop(tx);
        let mut batch = Vec::new();
        let mut since = Instant::now();
        loop {
            let got = rx.recv_timeout(EVERY.saturating_sub(since.elapsed()));
            let finished = matches!(got, Err(RecvTimeoutError::Disconnected));
            if let Ok((i, summary)) = got {
                batch.push(shared.entry(i, summary.clone()));
                read.push((i, summary));
            }
            if finished || since.elapsed() >= EVERY {
                if !batch.is_empty() && !send(Update::Read(std::mem::take(&mut batch))) {
                    stop.store(true, Ordering::Relaxed);
                    complete = false;
                }
                since = Instant::now();
            }
            if finished {
                break;
            }
        }
    });
    for (i, summary) in read {
        scan.set(i, summary);
    }
    complete && !stop.load(Ordering::Relaxed)
}
