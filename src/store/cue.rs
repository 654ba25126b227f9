//! The side file that tells audience windows where the facilitator is:
//! `<session file>.view` beside the session, holding a [`Cue`] as RON.
//!
//! It is written atomically like a session (temp file, fsync, rename; mode
//! 0600), and read without following a link: nothing here reads or writes
//! anywhere but the session's own folder. It holds no recorded data — the
//! panel, the ids under the cursor, the timer, whether the wall is blank — so
//! losing it loses nothing: a window that finds none starts from the panel
//! the session reached.
//!
//! The facilitator's window writes it from a thread of its own
//! ([`CueWriter`]), so moving the cursor never waits for the disk; only the
//! newest position is written when several come at once.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Condvar, Mutex};
use std::thread::JoinHandle;

use ron::ser::PrettyConfig;

use super::write_atomic;
use crate::model::room::Cue;

/// What the side file's name adds to the session file's.
pub const CUE_SUFFIX: &str = ".view";

/// A cue file is a few hundred bytes; anything much bigger is not one.
const MAX_CUE_BYTES: u64 = 64 * 1024;

/// The side file of the session at `session`.
pub fn cue_path(session: &Path) -> PathBuf {
    let mut name = session.file_name().unwrap_or_default().to_os_string();
    name.push(CUE_SUFFIX);
    session.with_file_name(name)
}

/// Whether `name` is the name of a cue file.
pub fn is_cue_name(name: &str) -> bool {
    name.to_lowercase()
        .ends_with(&format!(".{}{CUE_SUFFIX}", super::EXTENSION))
}

/// The cue as RON text, with a first line saying what the file is.
pub fn encode_cue(cue: &Cue) -> String {
    let config = PrettyConfig::new()
        .struct_names(false)
        .escape_strings(false)
        .indentor("  ".to_string());
    let body = ron::ser::to_string_pretty(cue, config)
        .expect("a cue always serialises: ids, flags and times");
    format!(
        "// baraza: where the facilitator's window is, for the room's screen (`baraza present`).\n{body}\n"
    )
}

/// Why a cue file could not be read.
#[derive(Debug, thiserror::Error)]
pub enum CueError {
    #[error("{}: {source}", path.display())]
    Io { path: PathBuf, source: io::Error },
    #[error("{}:{line}:{column}: {message}", path.display())]
    Syntax {
        path: PathBuf,
        line: usize,
        column: usize,
        message: String,
    },
}

pub fn decode_cue(path: &Path, text: &str) -> Result<Cue, CueError> {
    ron::from_str(text).map_err(|e| CueError::Syntax {
        path: path.to_path_buf(),
        line: e.span.start.line,
        column: e.span.start.col,
        message: e.code.to_string(),
    })
}

/// Reads the cue file at `path` (see [`cue_path`]): `None` when there is
/// none. A link, a folder, a pipe or an oversized file is refused, not read.
pub fn read_cue_file(path: &Path) -> Result<Option<Cue>, CueError> {
    let io = |source| CueError::Io {
        path: path.to_path_buf(),
        source,
    };
    let bytes = match read_plain_file(path, MAX_CUE_BYTES) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(io(e)),
    };
    let text = String::from_utf8(bytes)
        .map_err(|_| io(io::Error::new(io::ErrorKind::InvalidData, "not UTF-8 text")))?;
    decode_cue(path, &text).map(Some)
}

/// Reads the cue of the session at `session`.
pub fn read_cue(session: &Path) -> Result<Option<Cue>, CueError> {
    read_cue_file(&cue_path(session))
}

/// Writes the cue of the session at `session`, atomically.
pub fn write_cue(session: &Path, cue: &Cue) -> io::Result<()> {
    write_atomic(&cue_path(session), encode_cue(cue).as_bytes())
}

/// Reads a plain file of at most `limit` bytes, never through a link and
/// never blocking on a pipe put where a file was expected (see
/// [`super::folder::read_file`]).
fn read_plain_file(path: &Path, limit: u64) -> io::Result<Vec<u8>> {
    let len = fs::symlink_metadata(path)?.len();
    if len > limit {
        return Err(io::Error::new(
            io::ErrorKind::InvalidData,
            format!("is {len} bytes, too big to be a cue file"),
        ));
    }
    let (bytes, _) = super::folder::read_file(path)?;
    Ok(bytes)
}

/// Writes cues from a thread of its own: [`CueWriter::send`] never waits
/// for the disk, and of several cues sent while one is being written only
/// the newest is written next.
pub struct CueWriter {
    shared: Arc<(Mutex<Slot>, Condvar)>,
    thread: Option<JoinHandle<()>>,
}

#[derive(Default)]
struct Slot {
    next: Option<Cue>,
    /// Cues written so far (for [`CueWriter::flush`]).
    written: u64,
    sent: u64,
    closing: bool,
    /// The last write failed: said once on the status line by the caller.
    failed: Option<String>,
}

impl CueWriter {
    /// A writer for the cue of the session at `session`.
    pub fn new(session: &Path) -> CueWriter {
        let shared = Arc::new((Mutex::new(Slot::default()), Condvar::new()));
        let path = session.to_path_buf();
        let worker = Arc::clone(&shared);
        let thread = std::thread::Builder::new()
            .name("baraza-cue".into())
            .spawn(move || {
                let (lock, wake) = &*worker;
                loop {
                    let (cue, number) = {
                        let mut slot = lock.lock().unwrap_or_else(|e| e.into_inner());
                        while slot.next.is_none() && !slot.closing {
                            slot = wake.wait(slot).unwrap_or_else(|e| e.into_inner());
                        }
                        match slot.next.take() {
                            Some(cue) => (cue, slot.sent),
                            None => return,
                        }
                    };
                    let result = write_cue(&path, &cue);
                    let mut slot = lock.lock().unwrap_or_else(|e| e.into_inner());
                    slot.failed = result.err().map(|e| e.to_string());
                    slot.written = number;
                    wake.notify_all();
                }
            })
            .ok();
        CueWriter { shared, thread }
    }

    /// Hands `cue` over to be written.
    pub fn send(&self, cue: Cue) {
        let (lock, wake) = &*self.shared;
        let mut slot = lock.lock().unwrap_or_else(|e| e.into_inner());
        slot.sent += 1;
        slot.next = Some(cue);
        wake.notify_all();
    }

    /// Waits until every cue sent so far is written (or failed).
    pub fn flush(&self) {
        if self.thread.is_none() {
            return;
        }
        let (lock, wake) = &*self.shared;
        let mut slot = lock.lock().unwrap_or_else(|e| e.into_inner());
        while slot.written < slot.sent {
            slot = wake.wait(slot).unwrap_or_else(|e| e.into_inner());
        }
    }

    /// Why the last write failed, if it did.
    pub fn failure(&self) -> Option<String> {
        let (lock, _) = &*self.shared;
        lock.lock()
            .unwrap_or_else(|e| e.into_inner())
            .failed
            .clone()
    }
}

impl Drop for CueWriter {
    fn drop(&mut self) {
        {
            let (lock, wake) = &*self.shared;
            let mut slot = lock.lock().unwrap_or_else(|e| e.into_inner());
            slot.closing = true;
            wake.notify_all();
        }
        // The last cue is written before the window closes, so the next
        // audience window to open finds where this one left off.
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}
