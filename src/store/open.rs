//! A session open in the program: its editor, its lock, and autosave.

use std::fs;
use std::path::{Path, PathBuf};

use super::saver::{SaveOutcome, Saver};
use super::{SessionLock, Store, StoreError, load};
use crate::model::{Editor, Session, Timestamp};

/// Where the session stands with the disk, for the status line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveState {
    /// Opened read-only: nothing is ever written.
    ReadOnly,
    /// Nothing changed since it was opened.
    Unchanged,
    /// A change is being written.
    Saving,
    /// Every change is on disk; the newest was made at this time.
    Saved(Timestamp),
    /// The last write failed; the change is kept in memory and retried.
    Failed(String),
}

/// A session being worked on. Editing holds the sidecar lock; read-only does
/// not, and never writes.
#[derive(Debug)]
pub struct OpenSession {
    path: PathBuf,
    editor: Editor,
    /// Declared before `lock` so it is dropped first: the last write finishes
    /// before another program may take the session.
    saver: Option<Saver>,
    lock: Option<SessionLock>,
    /// The newest revision handed to the saver.
    submitted: u64,
    /// Set when the file was migrated from an older version and the original has
    /// not been backed up yet: it is copied aside before the first save over it.
    migrated_from: Option<u32>,
}

impl OpenSession {
    /// Opens for editing: takes the lock, then reads the file.
    pub fn open(path: &Path, holder: &str) -> Result<OpenSession, StoreError> {
        let lock = SessionLock::acquire(path, holder)?;
        let decoded = load(path)?;
        Ok(OpenSession {
            path: path.to_path_buf(),
            editor: Editor::new(decoded.session),
            saver: Some(Saver::spawn(path.to_path_buf())),
            lock: Some(lock),
            submitted: 0,
            migrated_from: decoded.migrated_from,
        })
    }

    /// Opens for reading only: no lock, no writes.
    pub fn open_read_only(path: &Path) -> Result<OpenSession, StoreError> {
        let decoded = load(path)?;
        Ok(OpenSession {
            path: path.to_path_buf(),
            editor: Editor::new(decoded.session),
            saver: None,
            lock: None,
            submitted: 0,
            migrated_from: decoded.migrated_from,
        })
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
        if self.lock.is_some() {
            Some(&mut self.editor)
        } else {
            None
        }
    }

    pub fn is_read_only(&self) -> bool {
        self.lock.is_none()
    }

    /// Changes not yet handed to the saver.
    pub fn is_dirty(&self) -> bool {
        self.editor.revision() != self.submitted
    }

    pub fn save_state(&self) -> SaveState {
        let Some(saver) = &self.saver else {
            return SaveState::ReadOnly;
        };
        let outcome = saver.outcome();
        if let Some(error) = outcome.error {
            SaveState::Failed(error)
        } else if saver.is_busy() || outcome.revision != self.submitted {
            SaveState::Saving
        } else {
            match outcome.at {
                Some(at) => SaveState::Saved(at),
                None => SaveState::Unchanged,
            }
        }
    }

    /// Waits for every change to be on disk; tests and shutdown use this.
    pub fn flush(&self) -> SaveState {
        if let Some(saver) = &self.saver {
            saver.flush();
        }
        self.save_state()
    }

    pub fn migrated_from(&self) -> Option<u32> {
        self.migrated_from
    }

    /// Hands the session to the saver if anything changed, or if the last write
    /// failed (so a full disk is retried at every event). Called after every
    /// event; returns at once, the write happens on the saver's thread.
    pub fn save_if_changed(&mut self, now: Timestamp) -> Result<bool, StoreError> {
        let Some(saver) = &self.saver else {
            return Ok(false);
        };
        let failed = saver.outcome().error.is_some() && !saver.is_busy();
        if !self.is_dirty() && !failed {
            return Ok(false);
        }
        if let Some(version) = self.migrated_from {
            backup_original(&self.path, version)?;
            self.migrated_from = None;
        }
        let revision = self.editor.revision();
        saver.submit(self.editor.session().clone(), revision, now);
        self.submitted = revision;
        Ok(true)
    }

    /// The outcome of the saver's newest write.
    pub fn save_outcome(&self) -> Option<SaveOutcome> {
        self.saver.as_ref().map(Saver::outcome)
    }
}

/// Copies the file as it was (an older version) to `<stem>.v<N>.ron.bak`, once.
fn backup_original(path: &Path, version: u32) -> Result<PathBuf, StoreError> {
    let stem = path.file_stem().unwrap_or_default().to_string_lossy();
    let backup = path.with_file_name(format!("{stem}.v{version}.ron.bak"));
    if !backup.exists() {
        let bytes = fs::read(path).map_err(|e| StoreError::io(path, e))?;
        super::write_atomic(&backup, &bytes).map_err(|e| StoreError::io(&backup, e))?;
    }
    Ok(backup)
}
