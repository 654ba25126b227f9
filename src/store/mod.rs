//! The store: a folder of session files. It is handed its folder, and owns
//! naming, atomic saving, locking, loading with clear errors and migration,
//! and where reports may be written beside the sessions ([`reports`]).

mod atomic;
mod bulk;
mod codec;
mod listing;
mod lock;
mod naming;
mod open;
pub mod reports;
mod saver;

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

pub use atomic::{TEMP_PREFIX, write_atomic};
pub use codec::{DecodeError, Decoded, decode, encode};
pub use listing::{Entry, INDEX_FILE, Summary};
pub use lock::{SessionLock, describe_holder};
pub use naming::{EXTENSION, slug, stem};
pub use open::{OpenSession, SaveState};
pub use saver::SaveOutcome;

use crate::model::{SCHEMA_VERSION, Session};

/// What went wrong with a session file, worded for the facilitator.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{}: {source}", path.display())]
    Io { path: PathBuf, source: io::Error },
    #[error("{}:{line}:{column}: {message}", path.display())]
    Syntax {
        path: PathBuf,
        line: usize,
        column: usize,
        message: String,
    },
    #[error(
        "{}: written by a newer baraza (file version {version}, this baraza reads up to {SCHEMA_VERSION}); update baraza to open it",
        path.display()
    )]
    Newer { path: PathBuf, version: u32 },
    #[error("{}: unknown file version {version}", path.display())]
    UnknownVersion { path: PathBuf, version: u32 },
    #[error("{}: does not fit together: {}", path.display(), .problems.join("; "))]
    Inconsistent {
        path: PathBuf,
        problems: Vec<String>,
    },
    #[error("{}: open in {holder}; open it read-only or close it there first", path.display())]
    Locked { path: PathBuf, holder: String },
    #[error("no session matches «{0}»; `baraza list` shows them")]
    NotFound(String),
    #[error("«{query}» matches several sessions: {}; give the file name", .matches.join(", "))]
    Ambiguous { query: String, matches: Vec<String> },
}

impl StoreError {
    pub fn io(path: &Path, source: io::Error) -> StoreError {
        StoreError::Io {
            path: path.to_path_buf(),
            source,
        }
    }

    /// The error without the file's path, for places that show the file name
    /// beside it: `3:14: expected ...`.
    pub fn detail(&self) -> String {
        match self {
            StoreError::Io { source, .. } => source.to_string(),
            StoreError::Syntax {
                line,
                column,
                message,
                ..
            } => format!("{line}:{column}: {message}"),
            other => {
                let full = other.to_string();
                match full.split_once(": ") {
                    Some((_, rest)) => rest.to_string(),
                    None => full,
                }
            }
        }
    }

    fn decode(path: &Path, e: DecodeError) -> StoreError {
        let path = path.to_path_buf();
        match e {
            DecodeError::Syntax {
                line,
                column,
                message,
            } => StoreError::Syntax {
                path,
                line,
                column,
                message,
            },
            DecodeError::Newer { version } => StoreError::Newer { path, version },
            DecodeError::Unknown { version } => StoreError::UnknownVersion { path, version },
        }
    }
}

/// A folder of sessions.
#[derive(Clone, Debug)]
pub struct Store {
    dir: PathBuf,
}

/// The folder used when neither `--dir` nor `BARAZA_DIR` says otherwise: the
/// platform data folder (on Linux `~/.local/share/baraza/sessions`).
pub fn default_dir() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "baraza").map(|d| d.data_dir().join("sessions"))
}

impl Store {
    /// Opens the folder, creating it (mode 0700) if needed. An existing folder
    /// is tightened to 0700 too: it holds who reported what, and where.
    pub fn open(dir: impl Into<PathBuf>) -> Result<Store, StoreError> {
        let dir = dir.into();
        let io = |e| StoreError::io(&dir, e);
        if !dir.exists() {
            let mut builder = fs::DirBuilder::new();
            builder.recursive(true);
            #[cfg(unix)]
            {
                use std::os::unix::fs::DirBuilderExt;
                builder.mode(0o700);
            }
            builder.create(&dir).map_err(io)?;
        } else if !dir.is_dir() {
            return Err(io(io::Error::new(
                io::ErrorKind::NotADirectory,
                "is not a folder",
            )));
        }
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = fs::metadata(&dir).map_err(io)?.permissions().mode();
            if mode & 0o077 != 0 {
                // Best effort: a folder we do not own stays as it is.
                let _ = fs::set_permissions(&dir, fs::Permissions::from_mode(0o700));
            }
        }
        atomic::tidy(&dir);
        Ok(Store { dir })
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Writes a new session under a fresh, unique name and returns its path.
    pub fn create(&self, session: &Session) -> Result<PathBuf, StoreError> {
        for n in 1.. {
            let path = self.dir.join(format!(
                "{}.{EXTENSION}",
                stem(session.date, &session.title, n)
            ));
            // Reserve the name first, so two programs creating the same title at
            // the same moment get two files.
            match atomic::private_options().create_new(true).open(&path) {
                Ok(_) => {
                    if let Err(e) = save(&path, session) {
                        // Give the name back: an empty reserved file would be
                        // listed as unreadable for good.
                        let _ = fs::remove_file(&path);
                        return Err(e);
                    }
                    return Ok(path);
                }
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
                Err(e) => return Err(StoreError::io(&path, e)),
            }
        }
        unreachable!("some counter is free")
    }

    /// Finds a session by path, file name, stem, slug or id.
    pub fn resolve(&self, query: &str) -> Result<PathBuf, StoreError> {
        let as_path = Path::new(query);
        if as_path.is_file() {
            return Ok(as_path.to_path_buf());
        }
        let in_dir = self.dir.join(query);
        if in_dir.is_file() && !query.contains(['/', '\\']) {
            return Ok(in_dir);
        }
        let entries = self.list();
        let stem_of = |e: &Entry| {
            e.path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default()
        };
        let exact: Vec<&Entry> = entries
            .iter()
            .filter(|e| {
                let stem = stem_of(e);
                stem == query
                    || stem.get(11..) == Some(query)
                    || e.summary.as_ref().is_ok_and(|s| {
                        s.id == query || s.title.to_lowercase() == query.to_lowercase()
                    })
            })
            .collect();
        let matches = if exact.is_empty() {
            // The file keeps the name it was made with; a session renamed
            // since is found by its title too.
            let slugged = slug(query);
            entries
                .iter()
                .filter(|e| {
                    stem_of(e).contains(&slugged)
                        || e.summary
                            .as_ref()
                            .is_ok_and(|s| slug(&s.title).contains(&slugged))
                })
                .collect()
        } else {
            exact
        };
        match matches.as_slice() {
            [] => Err(StoreError::NotFound(query.to_string())),
            [one] => Ok(one.path.clone()),
            many => Err(StoreError::Ambiguous {
                query: query.to_string(),
                matches: many
                    .iter()
                    .map(|e| {
                        e.path
                            .file_name()
                            .unwrap_or_default()
                            .to_string_lossy()
                            .into_owned()
                    })
                    .collect(),
            }),
        }
    }
}

/// Reads and decodes a session file, migrating older versions in memory, and
/// checks that it fits together (no dot for a problem that is not there, no id
/// used twice…): a file edited by hand into something the program would
/// misread is refused, not opened. The file itself is never touched here.
pub fn load(path: &Path) -> Result<Decoded, StoreError> {
    let decoded = read(path)?;
    let problems = decoded.session.validate();
    if problems.is_empty() {
        Ok(decoded)
    } else {
        Err(StoreError::Inconsistent {
            path: path.to_path_buf(),
            problems,
        })
    }
}

fn read(path: &Path) -> Result<Decoded, StoreError> {
    let bytes = fs::read(path).map_err(|e| StoreError::io(path, e))?;
    let text = String::from_utf8(bytes).map_err(|e| {
        StoreError::io(
            path,
            io::Error::new(
                io::ErrorKind::InvalidData,
                format!(
                    "not UTF-8 text (bad byte at offset {})",
                    e.utf8_error().valid_up_to()
                ),
            ),
        )
    })?;
    decode(&text).map_err(|e| StoreError::decode(path, e))
}

/// Saves a session atomically over `path`.
pub fn save(path: &Path, session: &Session) -> Result<(), StoreError> {
    write_atomic(path, encode(session).as_bytes()).map_err(|e| StoreError::io(path, e))
}
