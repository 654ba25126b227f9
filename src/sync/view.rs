//! The programme view: a folder holding every session of the programme once,
//! as files `baraza list`, `open --read-only`, `export` and `rollup` read
//! like any folder of sessions, and `conflicts/` with every version of each
//! session in conflict (`conflicts/<session>/<laptop>.ron`).
//!
//! Files keep the name they have on their laptop (`YYYY-MM-DD-<slug>-<short
//! id>.ron`); a file named by an older baraza, without the id, gets the
//! short id added, so two laptops' "2026-06-06-kibera-youth-baraza.ron" are
//! two sessions with two names.
//!
//! The view is read-only (folders 0500, files 0400) between syncs: a session
//! opened there for editing could not be saved, so no edit is ever made on
//! a copy that the next sync replaces. Each file is written atomically; a
//! sync killed while writing the view leaves some files from the last sync
//! and some from this one, all whole, and the next sync finishes the job.

use std::collections::HashSet;
use std::fs;
use std::path::Path;

use git2::Repository;

use super::SyncError;
use super::folders::{Folders, private_dir};
use super::git::git_error;
use super::programme::{Entry, Programme};
use super::snapshot::session_files;
use crate::model::session_id;
use crate::store::{EXTENSION, write_atomic};

/// The folder of versions of sessions in conflict.
pub const CONFLICTS: &str = "conflicts";

#[cfg(unix)]
fn set_mode(path: &Path, mode: u32) -> Result<(), SyncError> {
    use std::os::unix::fs::PermissionsExt;
    fs::set_permissions(path, fs::Permissions::from_mode(mode)).map_err(|e| SyncError::io(path, e))
}

#[cfg(not(unix))]
fn set_mode(_path: &Path, _mode: u32) -> Result<(), SyncError> {
    Ok(())
}

/// Opens the view (and what is under `conflicts/`) for writing again.
fn unlock(view: &Path) -> Result<(), SyncError> {
    set_mode(view, 0o700)?;
    let conflicts = view.join(CONFLICTS);
    if let Ok(meta) = fs::symlink_metadata(&conflicts) {
        if !meta.is_dir() {
            // Not ours: a folder is made in its place.
            fs::remove_file(&conflicts).map_err(|e| SyncError::io(&conflicts, e))?;
            return Ok(());
        }
        set_mode(&conflicts, 0o700)?;
        for entry in fs::read_dir(&conflicts)
            .map_err(|e| SyncError::io(&conflicts, e))?
            .flatten()
        {
            if entry.file_type().is_ok_and(|t| t.is_dir()) {
                set_mode(&entry.path(), 0o700)?;
            }
        }
    }
    Ok(())
}

/// The view's file stem for each entry, in the order of `entries`.
pub fn names(entries: &[Entry]) -> Vec<String> {
    let mut taken = HashSet::new();
    entries
        .iter()
        .map(|e| {
            let suffix = format!(".{EXTENSION}");
            let stem = e
                .used()
                .file
                .strip_suffix(&suffix)
                .unwrap_or(&e.used().file);
            let short = e.short_id();
            let name = if stem.ends_with(&format!("-{short}")) {
                stem.to_string()
            } else {
                format!("{stem}-{short}")
            };
            let name = if taken.contains(&name) {
                format!("{stem}-{}", session_id::file_safe(&e.id))
            } else {
                name
            };
            taken.insert(name.clone());
            name
        })
        .collect()
}

fn write_if_changed(path: &Path, bytes: &[u8]) -> Result<(), SyncError> {
    if fs::symlink_metadata(path).is_ok_and(|m| m.is_file())
        && fs::read(path).is_ok_and(|old| old == bytes)
    {
        return Ok(());
    }
    write_atomic(path, bytes).map_err(|e| SyncError::io(path, e))?;
    set_mode(path, 0o400)
}

/// Writes the view of `programme` into the folders' view.
pub fn write(folders: &Folders, repo: &Repository, programme: &Programme) -> Result<(), SyncError> {
    let what = "writing the programme view";
    let view = &folders.view;
    private_dir(view)?;
    unlock(view)?;
    let names = names(&programme.entries);
    let mut keep = HashSet::new();
    for (entry, name) in programme.entries.iter().zip(&names) {
        let blob = repo
            .find_blob(entry.used().blob)
            .map_err(|e| git_error(what, e))?;
        let file = format!("{name}.{EXTENSION}");
        write_if_changed(&view.join(&file), blob.content())?;
        keep.insert(file);
    }
    for (file, path) in session_files(view)? {
        if !keep.contains(&file) {
            fs::remove_file(&path).map_err(|e| SyncError::io(&path, e))?;
        }
    }

    let conflicts = view.join(CONFLICTS);
    if conflicts.exists() {
        fs::remove_dir_all(&conflicts).map_err(|e| SyncError::io(&conflicts, e))?;
    }
    let mut any = false;
    for (entry, name) in programme.entries.iter().zip(&names) {
        if !entry.in_conflict() {
            continue;
        }
        let dir = conflicts.join(name);
        private_dir(&dir)?;
        for version in &entry.versions {
            let blob = repo
                .find_blob(version.blob)
                .map_err(|e| git_error(what, e))?;
            for laptop in &version.laptops {
                write_if_changed(&dir.join(format!("{laptop}.{EXTENSION}")), blob.content())?;
            }
        }
        set_mode(&dir, 0o500)?;
        any = true;
    }
    if any {
        set_mode(&conflicts, 0o500)?;
    }
    set_mode(view, 0o500)
}

/// Makes the view writable again, for tests and for whoever wants to delete
/// it (the next sync makes it again).
pub fn release(view: &Path) -> Result<(), SyncError> {
    if view.is_dir() {
        unlock(view)?;
    }
    Ok(())
}
