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
use super::listing_cache::{self, IndexEntry, Stamp};
use super::{EXTENSION, Store, load, write_atomic};
use crate::model::{Session, Stage, Timestamp};

/// The cache file. It starts with a dot and does not end in `.ron`, so it is
/// never taken for a session.
pub const INDEX_FILE: &str = ".baraza-index";

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

/// The folder's listing cache as it was read, before the folder is looked
/// at: what the first frame of the session list shows, and what
/// [`Store::reconcile`] then checks against the files.
#[derive(Clone, Debug, Default)]
pub struct Cached {
    /// The cache's text, or empty (no cache, or one not to be used). Its
    /// lines are decoded when needed: the first frame's only the first
    /// [`FIRST_SCREEN`], the rest on the background thread.
    text: String,
}

/// How many sessions the first frame of the list decodes from the cache,
/// more rows than a projected terminal has: the cache is in the list's
/// order, so they are the top of the list, and the rest arrives with the
/// first [`crate::store::Update`] (decoding 10,000 lines took most of a
/// 10,000-session start).
pub const FIRST_SCREEN: usize = 200;

impl Cached {
    /// The first sessions of the list as the cache remembers them, in the
    /// list's order. A file changed or removed since is shown as it was
    /// until the reconcile.
    pub fn entries(&self, dir: &Path) -> Vec<Entry> {
        let decoded = listing_cache::decode_first(&self.text, FIRST_SCREEN).unwrap_or_default();
        let mut entries: Vec<Entry> = decoded
            .into_iter()
            .map(|e| Entry {
                path: dir.join(&e.file),
                modified: (e.stamp.modified_ns > 0)
                    .then(|| UNIX_EPOCH + std::time::Duration::from_nanos(e.stamp.modified_ns)),
                summary: e.summary,
            })
            .collect();
        // Already in order when this program wrote the cache; sorted anyway,
        // so the first frame never depends on who wrote it.
        sort(&mut entries);
        entries
    }

    /// How many sessions the cache says it knows of (its last line; a line
    /// damaged before it is found when the whole cache is decoded).
    pub fn len(&self) -> usize {
        listing_cache::count(&self.text).unwrap_or(0)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Every entry, by file name; none if any line is damaged.
    fn by_name(self) -> HashMap<String, IndexEntry> {
        listing_cache::decode(&self.text)
            .unwrap_or_default()
            .into_iter()
            .map(|e| (e.file.clone(), e))
            .collect()
    }
}

fn read_index(dir: &Path) -> Cached {
    let none = Cached::default();
    // Never through a link: a planted `.baraza-index` is not read at all.
    let Ok((bytes, _)) = super::folder::read_file(&dir.join(INDEX_FILE)) else {
        return none;
    };
    // Sealed in an encrypted folder: it holds titles and places.
    let bytes = if super::crypt::is_sealed(&bytes) {
        match super::crypt::unseal(&bytes) {
            Ok(plain) => plain,
            Err(_) => return none,
        }
    } else if super::crypt::is_encrypted_folder(dir) {
        // A cache in plain text in an encrypted folder is not ours to trust.
        return none;
    } else {
        bytes
    };
    // A damaged cache, or one of another version, is simply rebuilt.
    match String::from_utf8(bytes) {
        Ok(text) if listing_cache::count(&text).is_some() => Cached { text },
        _ => none,
    }
}

fn summarise(path: &Path) -> Result<Summary, String> {
    load(path)
        .map(|d| Summary::of(&d.session))
        .map_err(|err| err.detail())
}

/// A session file found in the folder, not read yet.
#[derive(Clone, Debug)]
pub(super) struct Found {
    name: String,
    path: PathBuf,
    modified: Option<SystemTime>,
    stamp: Stamp,
}

/// What one look at the folder finds, and what the cache already knows of it.
pub(super) struct Scan {
    files: Vec<Found>,
    /// The summary of each of `files` where the cache has it for the file
    /// as it is now.
    summaries: Vec<Option<Result<Summary, String>>>,
    /// Folders, links and pipes named like sessions, with what they are.
    odd: Vec<Entry>,
    /// What the cache said of files changed since it was written, by index
    /// into `files`: shown until they are read again.
    outdated: Vec<(usize, Result<Summary, String>)>,
    /// Whether the cache must be written again: a file was added, changed
    /// or removed.
    index_changed: bool,
}

impl Scan {
    /// Looks at every name in `dir` once (one `stat` each, never following
    /// a link) and takes from `cached` what is still true.
    pub(super) fn of(dir: &Path, cached: Cached) -> Scan {
        let Ok(read) = fs::read_dir(dir) else {
            return Scan {
                files: Vec::new(),
                summaries: Vec::new(),
                odd: Vec::new(),
                outdated: Vec::new(),
                index_changed: false,
            };
        };
        // Folders, links and pipes named `.ron` are listed too, with what
        // they are, rather than left out without a word; they are never read.
        let mut odd: Vec<Entry> = Vec::new();
        let suffix = format!(".{EXTENSION}");
        let mut files: Vec<Found> = read
            .flatten()
            .filter_map(|e| {
                let name = e.file_name().to_string_lossy().into_owned();
                if name.starts_with('.') || !name.ends_with(&suffix) {
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
                Some(Found {
                    name,
                    path: e.path(),
                    modified,
                    stamp,
                })
            })
            .collect();
        files.sort_by(|a, b| a.name.cmp(&b.name));
        let mut cached = cached.by_name();
        let mut outdated = Vec::new();
        let summaries: Vec<Option<Result<Summary, String>>> = files
            .iter()
            .enumerate()
            .map(|(i, f)| match cached.remove(&f.name) {
                Some(hit) if hit.stamp == f.stamp => Some(hit.summary),
                Some(was) => {
                    outdated.push((i, was.summary));
                    None
                }
                None => None,
            })
            .collect();
        let index_changed = summaries.iter().any(Option::is_none) || !cached.is_empty();
        Scan {
            files,
            summaries,
            odd,
            outdated,
            index_changed,
        }
    }

    /// The files the cache does not know as they are now, newest name first
    /// (names start with the session's date): the top of the list fills in
    /// first.
    pub(super) fn stale(&self) -> Vec<usize> {
        (0..self.files.len())
            .rev()
            .filter(|&i| self.summaries[i].is_none())
            .collect()
    }

    /// Reads the file at `i` of [`Scan::stale`].
    pub(super) fn read(&self, i: usize) -> Result<Summary, String> {
        summarise(&self.files[i].path)
    }

    /// The entry of file `i` with the summary given.
    pub(super) fn entry(&self, i: usize, summary: Result<Summary, String>) -> Entry {
        let f = &self.files[i];
        Entry {
            path: f.path.clone(),
            modified: f.modified,
            summary,
        }
    }

    /// What can be shown without reading a file: the cache's summaries of
    /// the files (of those changed since, as they were), and the names that
    /// are not files.
    pub(super) fn known_before_reading(&self) -> Vec<Entry> {
        let mut entries: Vec<Entry> = self
            .summaries
            .iter()
            .enumerate()
            .filter_map(|(i, s)| s.clone().map(|s| self.entry(i, s)))
            .chain(self.outdated.iter().map(|(i, s)| self.entry(*i, s.clone())))
            .chain(self.odd.iter().cloned())
            .collect();
        sort(&mut entries);
        entries
    }

    /// Records what was read of file `i`.
    pub(super) fn set(&mut self, i: usize, summary: Result<Summary, String>) {
        self.summaries[i] = Some(summary);
    }

    /// Every entry, once every stale file was read ([`Scan::set`]), in the
    /// list's order; the cache is written again if it changed and `store`
    /// writes.
    pub(super) fn finish(self, store: &Store) -> Vec<Entry> {
        let Scan {
            files,
            summaries,
            odd,
            index_changed,
            ..
        } = self;
        let mut read: Vec<(Found, Result<Summary, String>)> = files
            .into_iter()
            .zip(summaries)
            .map(|(f, s)| (f, s.expect("every file was read or cached")))
            .collect();
        // The cache is written in the list's order: the first frame decodes
        // only its first lines.
        read.sort_by_cached_key(|(f, summary)| order_key(summary, &f.path));
        // The stamps taken before reading go into the cache: if a file changed
        // while it was read, its next stamp differs and it is read again.
        if index_changed && store.writes() {
            store.write_index(&read);
        }
        let mut entries: Vec<Entry> = read
            .into_iter()
            .map(|(f, summary)| Entry {
                path: f.path,
                modified: f.modified,
                summary,
            })
            .chain(odd)
            .collect();
        sort(&mut entries);
        entries
    }
}

/// The list's order: newest session date first (then most recently
/// updated), unreadable files last, then by file name — a total order, so
/// a list filled in piece by piece ends as one read at once.
pub fn sort(entries: &mut [Entry]) {
    entries.sort_by_cached_key(|e| order_key(&e.summary, &e.path));
}

/// Where an entry goes in the list's order (see [`sort`]).
fn order_key(summary: &Result<Summary, String>, path: &Path) -> impl Ord + use<> {
    let newest = summary
        .as_ref()
        .ok()
        .map(|s| (std::cmp::Reverse(s.date), std::cmp::Reverse(s.updated)));
    // Every entry is in one folder: their paths compare as their file
    // names do, without walking each path's components at every
    // comparison (sessions of one day often tie on date and time).
    let name = path.file_name().map(|n| n.as_encoded_bytes().to_vec());
    (newest.is_none(), newest, name)
}

impl Store {
    /// Every `*.ron` file in the folder, newest session date first (then most
    /// recently updated), unreadable files last.
    pub fn list(&self) -> Vec<Entry> {
        self.reconcile(self.cached())
    }

    /// What the listing cache says of the folder, without looking at the
    /// folder itself: enough for a first frame.
    pub fn cached(&self) -> Cached {
        read_index(self.dir())
    }

    /// The listing, from what `cached` says, checked against every file
    /// and with the files it does not know (or knows as they were) read.
    pub fn reconcile(&self, cached: Cached) -> Vec<Entry> {
        let mut scan = Scan::of(self.dir(), cached);
        let stale = scan.stale();
        for (i, summary) in read_in_parallel(&stale, |i| scan.read(i)) {
            scan.set(i, summary);
        }
        scan.finish(self)
    }

    /// Best effort: a folder we cannot write to still lists, just slower.
    fn write_index(&self, read: &[(Found, Result<Summary, String>)]) {
        let text = listing_cache::encode(read.iter().map(|(f, s)| (f.name.as_str(), f.stamp, s)));
        if let Ok(bytes) = super::crypt::seal_for(self.dir(), text.as_bytes()) {
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
