//! This laptop's side of the programme: its sessions, as they are on disk,
//! and its resolutions, as one git tree. The folder of sessions is read, not
//! made a git work tree: nothing is written into it.
//!
//! Each session goes in at `sessions/<id>/<file name>`, keyed by its id, so
//! two laptops that made "Kibera youth baraza" the same day (two files of the
//! same name) hold two different sessions, and a copy of one session on two
//! laptops is the same session.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use git2::{Oid, Repository};

use super::SyncError;
use super::folders::Folders;
use super::git::git_error;
use super::programme::{RESOLUTIONS, SESSIONS};
use crate::model::session_id;
use crate::store::EXTENSION;

/// A file left out of the snapshot, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Skipped {
    pub file: String,
    pub why: String,
}

/// The tree of this laptop's branch.
pub struct Snapshot {
    pub tree: Oid,
    pub sessions: usize,
    pub skipped: Vec<Skipped>,
}

/// Git's mode for a plain file and for a folder.
const FILE: i32 = 0o100644;
const FOLDER: i32 = 0o040000;

/// Reads `path` if it is a plain file, never through a link (the store's
/// own way of reading a file).
pub fn read_plain(path: &Path) -> Result<Vec<u8>, String> {
    crate::store::folder::read_file(path)
        .map(|(bytes, _)| bytes)
        .map_err(|e| e.to_string())
}

/// The session files of a folder (`*.ron`, not hidden), by name.
pub fn session_files(dir: &Path) -> Result<Vec<(String, std::path::PathBuf)>, SyncError> {
    let suffix = format!(".{EXTENSION}");
    let mut out = Vec::new();
    for entry in fs::read_dir(dir)
        .map_err(|e| SyncError::io(dir, e))?
        .flatten()
    {
        let Some(name) = entry.file_name().to_str().map(str::to_string) else {
            continue;
        };
        if !name.starts_with('.') && name.ends_with(&suffix) {
            out.push((name, entry.path()));
        }
    }
    out.sort();
    Ok(out)
}

pub fn snapshot(repo: &Repository, folders: &Folders) -> Result<Snapshot, SyncError> {
    let what = "recording this laptop's sessions";
    let mut by_id: BTreeMap<String, Vec<(String, Oid)>> = BTreeMap::new();
    let mut skipped = Vec::new();
    let mut sessions = 0;
    let files = if folders.sessions.is_dir() {
        session_files(&folders.sessions)?
    } else {
        Vec::new()
    };
    for (name, path) in files {
        let bytes = match read_plain(&path) {
            Ok(b) => b,
            Err(why) => {
                skipped.push(Skipped { file: name, why });
                continue;
            }
        };
        // Only what opens is sent: the programme view is for reading. A
        // sealed file is sent sealed, as it is on disk.
        let plain = match crate::store::open_sealed(&path, &bytes) {
            Ok((plain, _)) => plain.into_owned(),
            Err(e) => {
                skipped.push(Skipped {
                    file: name,
                    why: e.detail(),
                });
                continue;
            }
        };
        let decoded = std::str::from_utf8(&plain)
            .ok()
            .and_then(|t| crate::store::decode(t).ok());
        let Some(decoded) = decoded else {
            skipped.push(Skipped {
                file: name,
                why: "does not read as a session; `baraza check` says where".into(),
            });
            continue;
        };
        if let Some(first) = decoded.session.validate().first() {
            skipped.push(Skipped {
                file: name,
                why: format!("does not fit together ({first}); `baraza check` says more"),
            });
            continue;
        }
        let id = decoded.session.id;
        if id.trim().is_empty() {
            skipped.push(Skipped {
                file: name,
                why: "has no id".into(),
            });
            continue;
        }
        let blob = repo.blob(&bytes).map_err(|e| git_error(what, e))?;
        by_id
            .entry(session_id::file_safe(&id))
            .or_default()
            .push((name, blob));
        sessions += 1;
    }

    let mut sessions_tree = repo.treebuilder(None).map_err(|e| git_error(what, e))?;
    for (id, files) in &by_id {
        let mut folder = repo.treebuilder(None).map_err(|e| git_error(what, e))?;
        for (name, blob) in files {
            folder
                .insert(name, *blob, FILE)
                .map_err(|e| git_error(what, e))?;
        }
        let folder = folder.write().map_err(|e| git_error(what, e))?;
        sessions_tree
            .insert(id, folder, FOLDER)
            .map_err(|e| git_error(what, e))?;
    }
    let mut root = repo.treebuilder(None).map_err(|e| git_error(what, e))?;
    let sessions_oid = sessions_tree.write().map_err(|e| git_error(what, e))?;
    root.insert(SESSIONS, sessions_oid, FOLDER)
        .map_err(|e| git_error(what, e))?;

    let mut resolutions = repo.treebuilder(None).map_err(|e| git_error(what, e))?;
    let mut any = false;
    if folders.resolutions().is_dir() {
        for (name, path) in resolution_files(&folders.resolutions())? {
            if let Ok(bytes) = read_plain(&path) {
                let blob = repo.blob(&bytes).map_err(|e| git_error(what, e))?;
                resolutions
                    .insert(&name, blob, FILE)
                    .map_err(|e| git_error(what, e))?;
                any = true;
            }
        }
    }
    if any {
        let oid = resolutions.write().map_err(|e| git_error(what, e))?;
        root.insert(RESOLUTIONS, oid, FOLDER)
            .map_err(|e| git_error(what, e))?;
    }
    let tree = root.write().map_err(|e| git_error(what, e))?;
    Ok(Snapshot {
        tree,
        sessions,
        skipped,
    })
}

fn resolution_files(dir: &Path) -> Result<Vec<(String, std::path::PathBuf)>, SyncError> {
    let mut out = Vec::new();
    for entry in fs::read_dir(dir)
        .map_err(|e| SyncError::io(dir, e))?
        .flatten()
    {
        if let Some(name) = entry.file_name().to_str()
            && name.ends_with(".ron")
            && !name.starts_with('.')
        {
            out.push((name.to_string(), entry.path()));
        }
    }
    out.sort();
    Ok(out)
}
