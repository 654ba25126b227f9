//! A session open in the program: its editor, and (when editing) the saver
//! that holds its lock.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};

use super::atomic::sweep_temps_of;
use super::folder::{self, Folder};
use super::saver::{SaveOutcome, Saver};
use super::session_file::{Backup, SessionFile};
use super::{SessionLock, Store, StoreError, decode_checked};
use crate::i18n::Msg;
use crate::model::{Editor, Session, Timestamp};

/// Where the session stands with the disk, for the status line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveState {
    /// Opened read-only: nothing is ever written.
    ReadOnly,
    /// Nothing changed since it was opened.
    Unchanged,
    /// The newest change is not on disk yet (being written).
    Saving,
    /// Every change is on disk; the newest was made at this time.
    Saved(Timestamp),
    /// The last write failed; the change is kept in memory and retried.
    Failed(Msg),
    /// This program no longer writes the file (another one holds it now);
    /// changes stay in memory only.
    Stopped(Msg),
}

/// A session being worked on. Editing holds the lock (inside the saver);
/// read-only does not, and never writes.
#[derive(Debug)]
pub struct OpenSession {
    path: PathBuf,
    editor: Editor,
    /// The writer, which owns the lock: dropping it finishes the last write,
    /// then lets another program take the session.
    saver: Option<Saver>,
    /// The newest revision handed to the saver, and when its change was made.
    submitted: u64,
    submitted_at: Option<Timestamp>,
    /// The snapshot of `submitted` was taken back from the saver before it
    /// was written (see [`OpenSession::editor_mut`]): it is submitted again.
    withdrawn: AtomicBool,
    migrated_from: Option<u32>,
    /// An example from memory: no file at `path`.
    in_memory: bool,
}

impl OpenSession {
    /// Opens for editing: reads and checks the file, takes the lock, sweeps
    /// the temp files that crashed saves of it left. A file that cannot be
    /// opened leaves nothing behind (no lock file).
    pub fn open(path: &Path, holder: &str) -> Result<OpenSession, StoreError> {
        refuse_non_file(path)?;
        let io = |e| StoreError::io(path, e);
        let (dir, name) = folder::split(path).map_err(io)?;
        let folder = Folder::open(&dir).map_err(|e| StoreError::io(&dir, e))?;
        // Read and checked before the lock is taken, so a file that cannot
        // be opened leaves no lock file behind.
        let (bytes, id) = folder.read(&name).map_err(io)?;
        let decoded = decode_checked(path, &bytes)?;
        let lock =
            SessionLock::acquire_in(folder, &name, holder).map_err(|r| r.into_error(path))?;
        // Another program may have saved it just before letting go: then it
        // is read again, under the lock.
        let (bytes, id, decoded) = match lock.folder().entry(&name) {
            Ok(Some(e)) if e.id == id => (bytes, id, decoded),
            _ => {
                let (bytes, id) = lock.folder().read(&name).map_err(io)?;
                let decoded = decode_checked(path, &bytes)?;
                (bytes, id, decoded)
            }
        };
        sweep_temps_of(lock.folder(), &name);
        // The holder of the lock is the one writer of the cue file too.
        let mut cue_name = name.clone();
        cue_name.push(super::cue::CUE_SUFFIX);
        sweep_temps_of(lock.folder(), &cue_name);
        let backup = decoded.migrated_from.map(|version| Backup {
            version,
            original: bytes.clone(),
        });
        let file = SessionFile::new(lock, &bytes, id, backup);
        Ok(OpenSession {
            path: path.to_path_buf(),
            editor: Editor::new(decoded.session),
            saver: Some(Saver::spawn(file)),
            submitted: 0,
            submitted_at: None,
            withdrawn: AtomicBool::new(false),
            migrated_from: decoded.migrated_from,
            in_memory: false,
        })
    }

    /// Opens for reading only: no lock, no writes.
    pub fn open_read_only(path: &Path) -> Result<OpenSession, StoreError> {
        refuse_non_file(path)?;
        let decoded = super::load(path)?;
        Ok(OpenSession {
            path: path.to_path_buf(),
            editor: Editor::new(decoded.session),
            saver: None,
            submitted: 0,
            submitted_at: None,
            withdrawn: AtomicBool::new(false),
            migrated_from: decoded.migrated_from,
            in_memory: false,
        })
    }

    /// A session that is not a file here (an example built into baraza):
    /// read-only, nothing is ever written, and `path` only names it.
    pub fn in_memory(path: PathBuf, session: Session) -> OpenSession {
        OpenSession {
            path,
            editor: Editor::new(session),
            saver: None,
            submitted: 0,
            submitted_at: None,
            withdrawn: AtomicBool::new(false),
            migrated_from: None,
            in_memory: true,
        }
    }

    /// Whether this is a session from memory, not a file (an example).
    pub fn is_in_memory(&self) -> bool {
        self.in_memory
    }

    /// Writes a new session into the store and opens it for editing.
    pub fn create(
        store: &Store,
        session: &Session,
        holder: &str,
    ) -> Result<OpenSession, StoreError> {
        let path = store.create(session)?;
        OpenSession::open(&path, holder)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn session(&self) -> &Session {
        self.editor.session()
    }

    pub fn editor(&self) -> &Editor {
        &self.editor
    }

    /// The editor, for changes. In read-only mode this is `None`: the caller
    /// tells the room instead of editing.
    pub fn editor_mut(&mut self) -> Option<&mut Editor> {
        let saver = self.saver.as_ref()?;
        // A snapshot still waiting for the writer shares the editor's
        // session: taken back here, the change that follows edits the session
        // in place instead of copying it, and the next save submits the
        // newest revision (or this one again if nothing changed).
        if saver.withdraw() {
            *self.withdrawn.get_mut() = true;
        }
        Some(&mut self.editor)
    }

    pub fn is_read_only(&self) -> bool {
        self.saver.is_none()
    }

    /// Changes not yet handed to the saver.
    pub fn is_dirty(&self) -> bool {
        self.editor.revision() != self.submitted || self.withdrawn.load(Ordering::Relaxed)
    }

    /// Where the newest change stands: "saved" only once the writer has made a
    /// file holding it durable.
    pub fn save_state(&self) -> SaveState {
        let Some(saver) = &self.saver else {
            return SaveState::ReadOnly;
        };
        let outcome = saver.outcome();
        match outcome.error {
            Some(e) if outcome.stopped => SaveState::Stopped(e),
            Some(e) => SaveState::Failed(e),
            None if self.is_dirty() || outcome.revision < self.submitted => SaveState::Saving,
            None => match outcome.at {
                Some(at) => SaveState::Saved(at),
                None => SaveState::Unchanged,
            },
        }
    }

    /// When the change now on disk was made (`None`: nothing was saved since
    /// the session was opened; the file is as it was then).
    pub fn last_saved(&self) -> Option<Timestamp> {
        self.saver.as_ref().and_then(|s| s.outcome().at)
    }

    /// Waits for every change to be on disk; tests and shutdown use this.
    pub fn flush(&self) -> SaveState {
        if let Some(saver) = &self.saver {
            self.resubmit_withdrawn(saver);
            saver.flush();
        }
        self.save_state()
    }

    /// Submits again what [`OpenSession::editor_mut`] took back from the
    /// saver, if no save has since: the newest revision, with the time of the
    /// snapshot taken back (a change since then is submitted again, with its
    /// own time, by the next [`OpenSession::save_if_changed`]).
    fn resubmit_withdrawn(&self, saver: &Saver) {
        if self.withdrawn.swap(false, Ordering::Relaxed)
            && let Some(at) = self.submitted_at
        {
            saver.submit(self.editor.shared(), self.editor.revision(), at);
        }
    }

    /// Whether the writer is still working on something.
    pub fn is_saving(&self) -> bool {
        self.saver.as_ref().is_some_and(Saver::is_busy) || self.withdrawn.load(Ordering::Relaxed)
    }

    pub fn migrated_from(&self) -> Option<u32> {
        self.migrated_from
    }

    /// Hands the session to the saver if anything changed, or if the last write
    /// failed (a retry, with nothing new). Returns at once, the write happens
    /// on the saver's thread; returns whether anything was handed over.
    pub fn save_if_changed(&mut self, now: Timestamp) -> bool {
        let Some(saver) = &self.saver else {
            return false;
        };
        let outcome = saver.outcome();
        let retry = outcome.error.is_some() && !outcome.stopped && !saver.is_busy();
        if !self.is_dirty() && !retry {
            return false;
        }
        let revision = self.editor.revision();
        // A retry of an unchanged session (or a snapshot taken back with
        // nothing changed since) keeps the time of its change.
        let at = if revision != self.submitted {
            now
        } else {
            self.submitted_at.unwrap_or(now)
        };
        saver.submit(self.editor.shared(), revision, at);
        self.submitted = revision;
        self.submitted_at = Some(at);
        *self.withdrawn.get_mut() = false;
        true
    }

    /// Asks the writer to check the lock between saves (see
    /// [`Saver::check`]).
    pub fn check_lock(&self) {
        if let Some(saver) = &self.saver {
            saver.check();
        }
    }

    /// The outcome of the saver's newest write.
    pub fn save_outcome(&self) -> Option<SaveOutcome> {
        self.saver.as_ref().map(Saver::outcome)
    }
}

impl Drop for OpenSession {
    fn drop(&mut self) {
        // The saver's own drop then waits for this last write.
        if let Some(saver) = &self.saver {
            self.resubmit_withdrawn(saver);
        }
    }
}

/// Whether `path` is a plain file that can be opened: links, folders and
/// pipes named like a session are refused by name, in words, before
/// anything is read.
pub fn check_openable(path: &Path) -> Result<(), StoreError> {
    refuse_non_file(path)
}

fn refuse_non_file(path: &Path) -> Result<(), StoreError> {
    match folder::kind_of(path) {
        Ok(kind) => match kind.refusal() {
            None => Ok(()),
            Some(_) => Err(StoreError::io(path, folder::not_a_file(kind))),
        },
        Err(e) => Err(StoreError::io(path, e)),
    }
}
