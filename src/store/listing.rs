//! Listing a folder of sessions: newest first, unreadable files (and folders
//! or links named like sessions) included with their error rather than hidden.
//!
//! Reading a thousand full sessions takes the better part of a second, so the
//! summaries are cached in `.baraza-index` in the folder, keyed by file
//! name, size and modification time: a listing re-reads only the files that
//! changed (in parallel) and otherwise costs one directory scan. Only a
//! program that edits writes the cache; the commands that only read never do.
//!
//! The cache holds only what the list shows, so that a start with thousands
//! of sessions reads and parses little: no problem titles. Searching them
//! (`/` on the session list) reads the files once, when first asked
//! ([`Store::problem_titles`]).

use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::folder::kind_from;
use super::{EXTENSION, Store, load, write_atomic};
use crate::model::{Session, Stage, Timestamp};

/// The cache file. It starts with a dot and does not end in `.ron`, so it is
/// never taken for a session.
pub const INDEX_FILE: &str = ".baraza-index";

/// Bumped whenever [`Summary`] changes shape: an index of another version is
/// rebuilt rather than misread.
const INDEX_VERSION: u32 = 3;

/// What the session list shows of one session.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Summary {
    pub id: String,
    pub title: String,
    pub location: String,
    pub date: NaiveDate,
    pub updated: Timestamp,
    pub stage: Stage,
    pub facilitators: Vec<String>,
    pub problems: usize,
    pub votes: usize,
    pub actions: usize,
    pub previous: Option<String>,
}

impl Summary {
    pub fn of(s: &Session) -> Summary {
        Summary {
            id: s.id.clone(),
            title: s.title.clone(),
            location: s.location.clone(),
            date: s.date,
            updated: s.updated,
            // What the session holds, as the stepper shows it (not the
            // furthest panel looked at).
            stage: crate::model::progress::reached(s),
            facilitators: s.facilitators.clone(),
            problems: s.problems.len(),
            votes: s.ranking.votes.len(),
            actions: s.actions.len(),
            previous: s.previous.clone(),
        }
    }
}

/// One file in the folder.
#[derive(Clone, Debug)]
pub struct Entry {
    pub path: PathBuf,
    pub modified: Option<SystemTime>,
    /// The summary, or why the file cannot be read (`line:column: message`,
    /// without the path: [`Entry::file_name`] says which file).
    pub summary: Result<Summary, String>,
}

impl Entry {
    pub fn file_name(&self) -> String {
        self.path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default()
    }
}

/// What identifies one version of a file without reading it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
struct Stamp {
    len: u64,
    modified_ns: u64,
}

#[derive(Serialize, Deserialize)]
struct IndexEntry {
    file: String,
    stamp: Stamp,
    summary: Result<Summary, String>,
}

#[derive(Serialize, Deserialize)]
struct Index {
    version: u32,
    entries: Vec<IndexEntry>,
}

fn read_index(dir: &Path) -> HashMap<String, IndexEntry> {
    // Never through a link: a planted `.baraza-index` is not read at all.
    let Ok((bytes, _)) = super::folder::read_file(&dir.join(INDEX_FILE)) else {
        return HashMap::new();
    };
    // Sealed in an encrypted folder: it holds titles and places.
    let bytes = if super::crypt::is_sealed(&bytes) {
        match super::crypt::unseal(&bytes) {
            Ok(plain) => plain,
            Err(_) => return HashMap::new(),
        }
    } else if super::crypt::is_encrypted_folder(dir) {
        // A cache in plain text in an encrypted folder is not ours to trust.
        return HashMap::new();
    } else {
        bytes
    };
    let Ok(text) = String::from_utf8(bytes) else {
        return HashMap::new();
    };
    match ron::from_str::<Index>(&text) {
        Ok(index) if index.version == INDEX_VERSION => index
            .entries
            .into_iter()
            .map(|e| (e.file.clone(), e))
            .collect(),
        // A damaged or older cache is simply rebuilt.
        _ => HashMap::new(),
    }
}

fn summarise(path: &Path) -> Result<Summary, String> {
    load(path)
        .map(|d| Summary::of(&d.session))
        .map_err(|err| err.detail())
}

impl Store {
    /// Every `*.ron` file in the folder, newest session date first (then most
    /// recently updated), unreadable files last.
    pub fn list(&self) -> Vec<Entry> {
        let Ok(dir) = fs::read_dir(self.dir()) else {
            return Vec::new();
        };
        // Folders, links and pipes named `.ron` are listed too, with what
        // they are, rather than left out without a word; they are never read.
        let mut odd: Vec<Entry> = Vec::new();
        let mut files: Vec<(String, PathBuf, Option<SystemTime>, Stamp)> = dir
            .flatten()
            .filter_map(|e| {
                let name = e.file_name().to_string_lossy().into_owned();
                if name.starts_with('.') || !name.ends_with(&format!(".{EXTENSION}")) {
                    return None;
                }
                // Not following a link: the link is what is listed.
                let meta = e.metadata().ok()?;
                let modified = meta.modified().ok();
                if let Some(why) = kind_from(meta.file_type()).refusal() {
                    odd.push(Entry {
                        path: e.path(),
                        modified,
                        summary: Err(why.to_string()),
                    });
                    return None;
                }
                let modified_ns = modified
                    .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
                    .map_or(0, |d| d.as_nanos() as u64);
                let stamp = Stamp {
                    len: meta.len(),
                    modified_ns,
                };
                Some((name, e.path(), modified, stamp))
            })
            .collect();
        files.sort_by(|a, b| a.0.cmp(&b.0));

        let mut cached = read_index(self.dir());
        let mut summaries: Vec<Option<Result<Summary, String>>> = files
            .iter()
            .map(|(name, _, _, stamp)| match cached.remove(name) {
                Some(hit) if hit.stamp == *stamp => Some(hit.summary),
                _ => None,
            })
            .collect();
        let stale: Vec<usize> = (0..files.len())
            .filter(|i| summaries[*i].is_none())
            .collect();
        let index_changed = !stale.is_empty() || !cached.is_empty();
        for (i, summary) in read_in_parallel(&stale, |i| summarise(&files[i].1)) {
            summaries[i] = Some(summary);
        }

        // The stamps taken before reading go into the cache: if a file changed
        // while it was read, its next stamp differs and it is read again.
        let stamps: Vec<Stamp> = files.iter().map(|f| f.3.clone()).collect();
        let mut entries: Vec<Entry> = files
            .into_iter()
            .zip(summaries)
            .map(|((_, path, modified, _), summary)| Entry {
                path,
                modified,
                summary: summary.expect("every file was read or cached"),
            })
            .collect();
        if index_changed && self.writes() {
            self.write_index(&entries, stamps);
        }
        entries.extend(odd);
        // Every entry is in this folder: their paths compare as their file
        // names do, without walking each path's components at every
        // comparison (sessions of one day often tie on date and time).
        let name = |e: &Entry| e.path.file_name().map(|n| n.as_encoded_bytes().to_vec());
        entries.sort_by_cached_key(|e| {
            let newest = e
                .summary
                .as_ref()
                .ok()
                .map(|s| (std::cmp::Reverse(s.date), std::cmp::Reverse(s.updated)));
            (newest.is_none(), newest, name(e))
        });
        entries
    }

    /// Best effort: a folder we cannot write to still lists, just slower.
    fn write_index(&self, entries: &[Entry], stamps: Vec<Stamp>) {
        let index = Index {
            version: INDEX_VERSION,
            entries: entries
                .iter()
                .zip(stamps)
                .map(|(e, stamp)| IndexEntry {
                    file: e.file_name(),
                    stamp,
                    summary: e.summary.clone(),
                })
                .collect(),
        };
        if let Ok(text) = ron::to_string(&index)
            && let Ok(bytes) = super::crypt::seal_for(self.dir(), text.as_bytes())
        {
            let _ = write_atomic(&self.dir().join(INDEX_FILE), &bytes);
        }
    }
}

impl Store {
    /// The problem titles of each session at `paths`, read from the files on
    /// all cores, for the session list's search; a file that cannot be read
    /// (any more) has none.
    pub fn problem_titles(&self, paths: &[&Path]) -> Vec<Vec<String>> {
        let indices: Vec<usize> = (0..paths.len()).collect();
        let mut read = read_in_parallel(&indices, |i| {
            load(paths[i])
                .map(|d| d.session.problems.into_iter().map(|p| p.title).collect())
                .unwrap_or_default()
        });
        read.sort_by_key(|(i, _)| *i);
        read.into_iter().map(|(_, titles)| titles).collect()
    }
}

/// Runs `read` for each index on all cores; results come back with their index.
pub(super) fn read_in_parallel<T: Send>(
    indices: &[usize],
    read: impl Fn(usize) -> T + Sync,
) -> Vec<(usize, T)> {
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(indices.len().max(1));
    if threads <= 1 {
        return indices.iter().map(|&i| (i, read(i))).collect();
    }
    let chunk = indices.len().div_ceil(threads);
    std::thread::scope(|scope| {
        let handles: Vec<_> = indices
            .chunks(chunk)
            .map(|part| {
                let read = &read;
                scope.spawn(move || part.iter().map(|&i| (i, read(i))).collect::<Vec<_>>())
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().expect("reading a session never panics"))
            .collect()
    })
}
