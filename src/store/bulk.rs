//! Reading every session of a folder in full (for the roll-up), in parallel.

use std::fs;
use std::path::PathBuf;

use super::listing::read_in_parallel;
use super::{EXTENSION, Store, StoreError, load};
use crate::model::Session;

impl Store {
    /// The session files of the folder (`*.ron`, not hidden), by name. Names
    /// that are folders or links are there too: reading them says what they
    /// are (they are never followed).
    pub fn session_files(&self) -> Vec<PathBuf> {
        let Ok(dir) = fs::read_dir(self.dir()) else {
            return Vec::new();
        };
        let suffix = format!(".{EXTENSION}");
        let mut files: Vec<PathBuf> = dir
            .flatten()
            .filter(|e| {
                let name = e.file_name().to_string_lossy().into_owned();
                !name.starts_with('.') && name.ends_with(&suffix)
            })
            .map(|e| e.path())
            .collect();
        files.sort();
        files
    }

    /// Every session of the folder, read in full on all cores, by file name;
    /// a file that cannot be read comes with its error instead.
    pub fn load_all(&self) -> Vec<(PathBuf, Result<Session, StoreError>)> {
        let files = self.session_files();
        let indices: Vec<usize> = (0..files.len()).collect();
        let mut loaded = read_in_parallel(&indices, |i| load(&files[i]).map(|d| d.session));
        loaded.sort_by_key(|(i, _)| *i);
        loaded
            .into_iter()
            .map(|(i, result)| (files[i].clone(), result))
            .collect()
    }
}
