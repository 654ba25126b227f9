//! Listing a folder of sessions: newest first, unreadable files included with
//! their error rather than hidden.

use std::fs;
use std::path::PathBuf;
use std::time::SystemTime;

use chrono::NaiveDate;

use super::{EXTENSION, Store, load};
use crate::model::{Session, Stage, Timestamp};

/// What the session list shows of one session.
#[derive(Clone, Debug, PartialEq)]
pub struct Summary {
    pub id: String,
    pub title: String,
    pub location: String,
    pub date: NaiveDate,
    pub updated: Timestamp,
    pub stage: Stage,
    pub facilitators: Vec<String>,
    pub problem_titles: Vec<String>,
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
            stage: s.stage,
            facilitators: s.facilitators.clone(),
            problem_titles: s.problems.iter().map(|p| p.title.clone()).collect(),
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

impl Store {
    /// Every `*.ron` file in the folder, newest session date first (then most
    /// recently updated), unreadable files last.
    pub fn list(&self) -> Vec<Entry> {
        let Ok(dir) = fs::read_dir(self.dir()) else {
            return Vec::new();
        };
        let mut entries: Vec<Entry> = dir
            .flatten()
            .filter(|e| {
                let name = e.file_name();
                let name = name.to_string_lossy();
                !name.starts_with('.') && name.ends_with(&format!(".{EXTENSION}"))
            })
            .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
            .map(|e| {
                let path = e.path();
                let modified = e.metadata().and_then(|m| m.modified()).ok();
                let summary = load(&path)
                    .map(|d| Summary::of(&d.session))
                    .map_err(|err| err.detail());
                Entry {
                    path,
                    modified,
                    summary,
                }
            })
            .collect();
        entries.sort_by(|a, b| match (&a.summary, &b.summary) {
            (Ok(x), Ok(y)) => y
                .date
                .cmp(&x.date)
                .then(y.updated.cmp(&x.updated))
                .then(a.path.cmp(&b.path)),
            (Ok(_), Err(_)) => std::cmp::Ordering::Less,
            (Err(_), Ok(_)) => std::cmp::Ordering::Greater,
            (Err(_), Err(_)) => a.path.cmp(&b.path),
        });
        entries
    }
}
