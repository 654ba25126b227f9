//! The programme as the laptop branches hold it: every session once, by id,
//! with the versions the laptops hold of it.
//!
//! A session is one file, and one laptop at a time is meant to write it. When
//! two laptops hold different versions of the same session (a copy edited on
//! both), nothing is merged: every version is kept, the newest (by the time
//! of its last change) is the one used, and the session is "in conflict"
//! until a facilitator chooses ([`Resolution`]). A resolution names the
//! version kept and the versions it replaces, by their git blob ids; it is
//! committed on the branch of the laptop that chose, so every laptop sees it
//! at its next sync. A version edited again after the choice is a new
//! version, and is a conflict again if it differs.

use std::collections::{BTreeMap, HashSet};

use git2::{ObjectType, Oid, Repository, Tree};
use serde::{Deserialize, Serialize};

use super::SyncError;
use super::git::git_error;
use crate::model::{Timestamp, session_id};

/// Where a branch keeps its sessions: `sessions/<id>/<file name>`.
pub const SESSIONS: &str = "sessions";
/// Where a branch keeps its resolutions: `resolutions/<id>.ron`.
pub const RESOLUTIONS: &str = "resolutions";

/// A facilitator's choice between versions of one session.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Resolution {
    /// The session.
    pub id: String,
    /// The version kept: its git blob id.
    pub chosen: String,
    /// The versions it replaces.
    pub over: Vec<String>,
    /// The version kept as another laptop wrote it down: sealed anew to its
    /// own keys in an encrypted folder (other bytes, the same session).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub same: Vec<String>,
    pub at: Timestamp,
    /// The laptop that chose.
    pub by: String,
}

/// What a version says about itself, when it can be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct About {
    pub title: String,
    pub location: String,
    pub date: chrono::NaiveDate,
    pub updated: Timestamp,
    pub problems: usize,
    pub votes: usize,
    pub actions: usize,
}

/// One version of a session: the same bytes, wherever they are.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Version {
    pub blob: Oid,
    /// The laptops that hold it, by name.
    pub laptops: Vec<String>,
    /// Its file name on the first of them.
    pub file: String,
    /// `None` when it cannot be read (damaged, or from a newer baraza).
    pub about: Option<About>,
}

/// One session of the programme.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    pub id: String,
    /// The versions still standing, the one used first (the newest).
    pub versions: Vec<Version>,
    /// Versions a resolution replaced, kept for the record.
    pub replaced: Vec<Version>,
}

impl Entry {
    /// Two or more versions and no choice made between them yet.
    pub fn in_conflict(&self) -> bool {
        self.versions.len() > 1
    }

    /// The version the view and the roll-up use.
    pub fn used(&self) -> &Version {
        &self.versions[0]
    }

    /// Every laptop holding a version still standing, the used one's first.
    pub fn laptops(&self) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for v in &self.versions {
            for l in &v.laptops {
                if !out.contains(l) {
                    out.push(l.clone());
                }
            }
        }
        out
    }

    pub fn title(&self) -> String {
        self.versions
            .iter()
            .find_map(|v| v.about.as_ref().map(|a| a.title.clone()))
            .unwrap_or_else(|| self.used().file.clone())
    }

    pub fn short_id(&self) -> String {
        session_id::short(&self.id)
    }
}

/// The whole programme.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Programme {
    /// By date, then title, then id.
    pub entries: Vec<Entry>,
    /// Every laptop with a branch.
    pub laptops: Vec<String>,
}

impl Programme {
    pub fn conflicts(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().filter(|e| e.in_conflict())
    }
}

fn subtree<'r>(repo: &'r Repository, tree: &Tree<'_>, name: &str) -> Option<Tree<'r>> {
    let entry = tree.get_name(name)?;
    if entry.kind() != Some(ObjectType::Tree) {
        return None;
    }
    repo.find_tree(entry.id()).ok()
}

/// What the bytes of a session file say about it (sealed ones only with a
/// key unlocked here: a coordinator's, or this laptop's for its own).
pub fn about(bytes: &[u8]) -> Option<(String, About)> {
    let (plain, _) = crate::store::open_sealed(std::path::Path::new("session"), bytes).ok()?;
    let text = std::str::from_utf8(&plain).ok()?;
    let s = crate::store::decode(text).ok()?.session;
    Some((
        s.id.clone(),
        About {
            title: s.title.clone(),
            location: s.location.clone(),
            date: s.date,
            updated: s.updated,
            problems: s.problems.len(),
            votes: s.ranking.votes.len(),
            actions: s.actions.len(),
        },
    ))
}

/// Reads the programme from the branches given as (laptop, commit).
pub fn read(repo: &Repository, branches: &[(String, Oid)]) -> Result<Programme, SyncError> {
    let what = "reading the programme";
    // id → blob → version
    let mut versions: BTreeMap<String, BTreeMap<Oid, Version>> = BTreeMap::new();
    let mut resolutions: Vec<Resolution> = Vec::new();
    for (laptop, commit) in branches {
        let commit = repo.find_commit(*commit).map_err(|e| git_error(what, e))?;
        let tree = commit.tree().map_err(|e| git_error(what, e))?;
        if let Some(sessions) = subtree(repo, &tree, SESSIONS) {
            for dir in sessions.iter() {
                let (Ok(dir_name), Ok(files)) = (dir.name(), repo.find_tree(dir.id())) else {
                    continue;
                };
                let dir_name = dir_name.to_string();
                for file in files.iter() {
                    if file.kind() != Some(ObjectType::Blob) {
                        continue;
                    }
                    let name = file.name().unwrap_or("session.ron").to_string();
                    let blob = repo.find_blob(file.id()).map_err(|e| git_error(what, e))?;
                    let (id, about) = match about(blob.content()) {
                        Some((id, about)) => (id, Some(about)),
                        None => (
                            session_id::from_file_safe(&dir_name).unwrap_or(dir_name.clone()),
                            None,
                        ),
                    };
                    let version = versions
                        .entry(id)
                        .or_default()
                        .entry(file.id())
                        .or_insert_with(|| Version {
                            blob: file.id(),
                            laptops: Vec::new(),
                            file: name,
                            about,
                        });
                    if !version.laptops.contains(laptop) {
                        version.laptops.push(laptop.clone());
                    }
                }
            }
        }
        if let Some(resolved) = subtree(repo, &tree, RESOLUTIONS) {
            for file in resolved.iter() {
                let Ok(blob) = repo.find_blob(file.id()) else {
                    continue;
                };
                // A resolution that does not read is ignored: the conflict it
                // was about shows again, which is the safe side.
                if let Some(r) = std::str::from_utf8(blob.content())
                    .ok()
                    .and_then(|t| ron::from_str::<Resolution>(t).ok())
                {
                    resolutions.push(r);
                }
            }
        }
    }
    resolutions.sort_by(|a, b| (a.at, &a.by).cmp(&(b.at, &b.by)));
    resolutions.dedup();

    let mut entries = Vec::new();
    for (id, mut by_blob) in versions {
        // A copy of the version kept, sealed anew by the laptop that took
        // it, is that version: its laptops join it.
        for r in resolutions.iter().filter(|r| r.id == id) {
            let Ok(chosen) = Oid::from_str(&r.chosen) else {
                continue;
            };
            for same in r.same.iter().filter_map(|o| Oid::from_str(o).ok()) {
                if same == chosen || !by_blob.contains_key(&chosen) {
                    continue;
                }
                if let Some(copy) = by_blob.remove(&same) {
                    let kept = by_blob.get_mut(&chosen).expect("checked above");
                    for l in copy.laptops {
                        if !kept.laptops.contains(&l) {
                            kept.laptops.push(l);
                        }
                    }
                }
            }
        }
        let mut replaced_ids: HashSet<Oid> = HashSet::new();
        for r in resolutions.iter().filter(|r| r.id == id) {
            replaced_ids.extend(r.over.iter().filter_map(|o| Oid::from_str(o).ok()));
            if let Ok(chosen) = Oid::from_str(&r.chosen) {
                replaced_ids.remove(&chosen);
            }
        }
        let (mut standing, mut replaced): (Vec<Version>, Vec<Version>) = by_blob
            .into_values()
            .partition(|v| !replaced_ids.contains(&v.blob));
        if standing.is_empty() {
            // Choices that contradict each other: show every version again.
            standing = std::mem::take(&mut replaced);
        }
        sort_newest_first(&mut standing);
        sort_newest_first(&mut replaced);
        entries.push(Entry {
            id,
            versions: standing,
            replaced,
        });
    }
    entries.sort_by(|a, b| {
        let key = |e: &Entry| {
            let about = e.used().about.clone();
            (about.as_ref().map(|a| a.date), about.map(|a| a.title))
        };
        key(a).cmp(&key(b)).then_with(|| a.id.cmp(&b.id))
    });
    let mut laptops: Vec<String> = branches.iter().map(|(l, _)| l.clone()).collect();
    laptops.sort();
    laptops.dedup();
    Ok(Programme { entries, laptops })
}

/// The newest first (by the time of the last change); versions that cannot
/// be read last; then by laptop name and blob, so the order never depends
/// on the order branches were read in.
fn sort_newest_first(versions: &mut [Version]) {
    versions.sort_by(|a, b| {
        let updated = |v: &Version| v.about.as_ref().map(|x| x.updated);
        updated(b)
            .cmp(&updated(a))
            .then_with(|| a.laptops.cmp(&b.laptops))
            .then_with(|| a.blob.cmp(&b.blob))
    });
}
