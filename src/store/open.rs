//! A session open in the program: its editor, its lock, and autosave.

use std::fs;
use std::path::{Path, PathBuf};

use super::{SessionLock, Store, StoreError, load, save};
use crate::model::{Editor, Session, Timestamp};

/// A session being worked on. Editing holds the sidecar lock; read-only does
/// not, and never writes.
#[derive(Debug)]
pub struct OpenSession {
    path: PathBuf,
    editor: Editor,
    lock: Option<SessionLock>,
    saved_revision: u64,
    /// Set when the file was migrated from an older version and the original has
    /// not been backed up yet: it is copied aside before the first save over it.
    migrated_from: Option<u32>,
    last_saved: Option<Timestamp>,
}

impl OpenSession {
    /// Opens for editing: takes the lock, then reads the file.
    pub fn open(path: &Path, holder: &str) -> Result<OpenSession, StoreError> {
        let lock = SessionLock::acquire(path, holder)?;
        let decoded = load(path)?;
        Ok(OpenSession {
            path: path.to_path_buf(),
            editor: Editor::new(decoded.session),
            lock: Some(lock),
            saved_revision: 0,
            migrated_from: decoded.migrated_from,
            last_saved: None,
        })
    }

    /// Opens for reading only: no lock, no writes.
    pub fn open_read_only(path: &Path) -> Result<OpenSession, StoreError> {
        let decoded = load(path)?;
        Ok(OpenSession {
            path: path.to_path_buf(),
            editor: Editor::new(decoded.session),
            lock: None,
            saved_revision: 0,
            migrated_from: decoded.migrated_from,
            last_saved: None,
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

    pub fn is_dirty(&self) -> bool {
        self.editor.revision() != self.saved_revision
    }

    pub fn last_saved(&self) -> Option<Timestamp> {
        self.last_saved
    }

    pub fn migrated_from(&self) -> Option<u32> {
        self.migrated_from
    }

    /// Saves if anything changed since the last save. Called after every event,
    /// so each change reaches the disk before the next key is read.
    pub fn save_if_changed(&mut self, now: Timestamp) -> Result<bool, StoreError> {
        if self.lock.is_none() || !self.is_dirty() {
            return Ok(false);
        }
        if let Some(version) = self.migrated_from {
            backup_original(&self.path, version)?;
            self.migrated_from = None;
        }
        save(&self.path, self.editor.session())?;
        self.saved_revision = self.editor.revision();
        self.last_saved = Some(now);
        Ok(true)
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
