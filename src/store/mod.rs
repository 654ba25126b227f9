//! The store: a folder of session files. It is handed its folder, and owns
//! naming, atomic saving, locking, loading with clear errors and migration,
//! and where reports may be written beside the sessions ([`reports`]).

mod atomic;
mod bulk;
mod codec;
pub mod crypt;
pub mod cue;
pub mod examples;
pub mod folder;
mod listing;
mod listing_cache;
mod loading;
mod locate;
mod lock;
mod naming;
mod open;
pub mod reports;
pub mod saver;
mod session_file;
pub mod why;

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

pub use atomic::write_atomic;
pub use codec::{DecodeError, Decoded, decode, encode, encode_with_ron};
pub use folder::TEMP_PREFIX;
pub use listing::{Cached, Entry, INDEX_FILE, Summary, sort as sort_entries};
pub use loading::{Loading, Update};
pub use lock::{SessionLock, describe_holder};
pub use naming::{EXTENSION, sealed_stem, slug, stem};
pub use open::{OpenSession, SaveState, check_openable};
pub use saver::SaveOutcome;

use crate::i18n::{Lang, Msg};
use crate::model::{SCHEMA_VERSION, Session};

/// What went wrong with a session file, worded for the facilitator in
/// their language ([`StoreError::describe`]); `Display` is the English.
#[derive(Debug)]
pub enum StoreError {
    Io {
        path: PathBuf,
        source: io::Error,
    },
    Syntax {
        path: PathBuf,
        line: usize,
        column: usize,
        message: String,
    },
    Newer {
        path: PathBuf,
        version: u32,
        line: usize,
        column: usize,
    },
    UnknownVersion {
        path: PathBuf,
        version: u32,
        line: usize,
        column: usize,
    },
    Inconsistent {
        path: PathBuf,
        /// Where the first problem is.
        line: usize,
        column: usize,
        problems: Vec<String>,
    },
    Locked {
        path: PathBuf,
        holder: String,
    },
    Encrypted {
        path: PathBuf,
    },
    Damaged {
        path: PathBuf,
        message: String,
    },
    NotFound(String),
    Ambiguous {
        query: String,
        matches: Vec<String>,
    },
}

impl std::fmt::Display for StoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.describe(Lang::En))
    }
}

impl std::error::Error for StoreError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            StoreError::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}

impl StoreError {
    pub fn io(path: &Path, source: io::Error) -> StoreError {
        StoreError::Io {
            path: path.to_path_buf(),
            source,
        }
    }

    /// The file the error is about, if it is about one.
    pub fn path(&self) -> Option<&Path> {
        match self {
            StoreError::Io { path, .. }
            | StoreError::Syntax { path, .. }
            | StoreError::Newer { path, .. }
            | StoreError::UnknownVersion { path, .. }
            | StoreError::Inconsistent { path, .. }
            | StoreError::Locked { path, .. }
            | StoreError::Encrypted { path }
            | StoreError::Damaged { path, .. } => Some(path),
            StoreError::NotFound(_) | StoreError::Ambiguous { .. } => None,
        }
    }

    /// The error without the file's path, in English (see [`Self::detail_in`]).
    pub fn detail(&self) -> String {
        self.detail_in(Lang::En)
    }

    /// The error without the file's path, for places that show the file name
    /// beside it: `3:14: expected ...`.
    pub fn detail_in(&self, lang: Lang) -> String {
        lang.msg(&self.msg())
    }

    /// The whole error in `lang`: `FILE: why`, or `FILE:LINE:COLUMN: why`
    /// for a place in the file.
    pub fn describe(&self, lang: Lang) -> String {
        let detail = self.detail_in(lang);
        match self.path() {
            Some(path) if self.is_located() => format!("{}:{detail}", path.display()),
            Some(path) => format!("{}: {detail}", path.display()),
            None => detail,
        }
    }

    /// Whether the error is about a line and column of the file.
    fn is_located(&self) -> bool {
        matches!(
            self,
            StoreError::Syntax { .. }
                | StoreError::Newer { .. }
                | StoreError::UnknownVersion { .. }
                | StoreError::Inconsistent { .. }
        )
    }

    /// The error as a message of the catalogue, without the file's path.
    pub fn msg(&self) -> Msg {
        // Line and column as text: a place in a file is never written with
        // a thousands separator.
        let at = |line: &usize, column: &usize| {
            Msg::new("store-at")
                .with("line", line.to_string())
                .with("column", column.to_string())
        };
        match self {
            StoreError::Io { source, .. } => why::io_msg(source),
            StoreError::Syntax {
                line,
                column,
                message,
                ..
            } => Msg::new("store-syntax")
                .with("at", at(line, column))
                .with("message", message),
            StoreError::Newer {
                version,
                line,
                column,
                ..
            } => Msg::new("store-newer")
                .with("at", at(line, column))
                .with("version", version.to_string())
                .with("supported", SCHEMA_VERSION.to_string()),
            StoreError::UnknownVersion {
                version,
                line,
                column,
                ..
            } => Msg::new("store-unknown-version")
                .with("at", at(line, column))
                .with("version", version.to_string()),
            StoreError::Inconsistent {
                line,
                column,
                problems,
                ..
            } => Msg::new("store-inconsistent")
                .with("at", at(line, column))
                // The rules' own words, as they come (see `model::rules`).
                .with("problems", problems.join("; ")),
            StoreError::Locked { holder, .. } => Msg::new("store-locked").with("holder", holder),
            StoreError::Encrypted { .. } => Msg::new("store-encrypted"),
            StoreError::Damaged { message, .. } => {
                Msg::new("store-damaged").with("message", message)
            }
            StoreError::NotFound(query) => Msg::new("store-no-match").with("query", query),
            StoreError::Ambiguous { query, matches } => Msg::new("store-ambiguous")
                .with("query", query)
                .with("matches", matches.join(", ")),
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
            DecodeError::Newer {
                version,
                line,
                column,
            } => StoreError::Newer {
                path,
                version,
                line,
                column,
            },
            DecodeError::Unknown {
                version,
                line,
                column,
            } => StoreError::UnknownVersion {
                path,
                version,
                line,
                column,
            },
        }
    }
}

/// A folder of sessions.
#[derive(Clone, Debug)]
pub struct Store {
    dir: PathBuf,
    /// Whether this store may write in the folder at all (its listing cache
    /// included): not for the commands that only read.
    writes: bool,
}

/// The folder used when neither `--dir` nor `BARAZA_DIR` says otherwise: the
/// platform data folder (on Linux `~/.local/share/baraza/sessions`).
pub fn default_dir() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "baraza").map(|d| d.data_dir().join("sessions"))
}

/// Makes `dir` and any missing folder above it, each one made 0700: they
/// hold who reported what, and where. Folders that exist are left as they
/// are.
pub fn create_private_dir(dir: &Path) -> io::Result<()> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(dir)
}

impl Store {
    /// Opens the folder for a program that edits sessions, creating it (0700)
    /// if needed. An existing folder keeps its permissions: baraza sets them
    /// only on what it makes. Temp files older than a day that crashed runs
    /// left are swept.
    pub fn open(dir: impl Into<PathBuf>) -> Result<Store, StoreError> {
        let dir = dir.into();
        let io = |e| StoreError::io(&dir, e);
        match fs::metadata(&dir) {
            Ok(meta) if meta.is_dir() => {}
            Ok(_) => {
                return Err(io(why::error(
                    io::ErrorKind::NotADirectory,
                    Msg::new("store-not-a-folder"),
                )));
            }
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                create_private_dir(&dir).map_err(io)?
            }
            Err(e) => return Err(io(e)),
        }
        if let Ok(folder) = folder::Folder::open(&dir) {
            // Temp files a crash left over a day ago: nothing waits for them,
            // so the names of a large folder are read beside the first frame
            // rather than before it (a program that ends at once may leave
            // them to the next start).
            let _ = std::thread::Builder::new()
                .name("sweep-temps".into())
                .spawn(move || atomic::sweep_stale_temps(&folder));
        }
        Ok(Store { dir, writes: true })
    }

    /// Opens an existing folder for a command that only reads: nothing in it
    /// is ever created, changed or removed (not even the listing cache).
    pub fn existing(dir: impl Into<PathBuf>) -> Result<Store, StoreError> {
        let dir = dir.into();
        match fs::metadata(&dir) {
            Ok(meta) if meta.is_dir() => Ok(Store { dir, writes: false }),
            Ok(_) => Err(StoreError::io(
                &dir,
                why::error(io::ErrorKind::NotADirectory, Msg::new("store-not-a-folder")),
            )),
            Err(e) => Err(StoreError::io(&dir, e)),
        }
    }

    /// Whether this store writes (its listing cache, new sessions).
    pub fn writes(&self) -> bool {
        self.writes
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Writes a new session under a fresh, unique name and returns its path.
    pub fn create(&self, session: &Session) -> Result<PathBuf, StoreError> {
        let sealed = crypt::is_encrypted_folder(&self.dir);
        let folder = folder::Folder::open(&self.dir).map_err(|e| StoreError::io(&self.dir, e))?;
        for n in 1.. {
            let stem = if sealed {
                sealed_stem(session.date, &session.id, n)
            } else {
                stem(session.date, &session.title, &session.id, n)
            };
            let name = format!("{stem}.{EXTENSION}");
            let path = self.dir.join(&name);
            let name = std::ffi::OsString::from(name);
            // Reserve the name first (never through a link), so two programs
            // creating the same title at the same moment get two files.
            match folder.create_new(&name) {
                Ok(_) => {
                    let written = crypt::seal_for(&self.dir, encode(session).as_bytes())
                        .and_then(|bytes| folder.write_atomic(&name, &bytes));
                    if let Err(e) = written {
                        // Give the name back: an empty reserved file would be
                        // listed as unreadable for good.
                        let _ = folder.remove(&name);
                        return Err(StoreError::io(&path, e));
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
        // Anything of that name counts, a folder or a link too: opening it
        // then says what it is, instead of "no session matches".
        let exists = |p: &Path| {
            fs::symlink_metadata(p)
                .is_ok_and(|m| !m.is_dir() || p.extension().is_some_and(|x| x == EXTENSION))
        };
        let as_path = Path::new(query);
        if exists(as_path) {
            return Ok(as_path.to_path_buf());
        }
        let in_dir = self.dir.join(query);
        if !query.contains(['/', '\\']) && exists(&in_dir) {
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
                        s.id == query
                            || crate::model::session_id::short(&s.id) == query
                            || s.title.to_lowercase() == query.to_lowercase()
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
/// misread is refused, not opened. The file itself is never touched here, and
/// never read through a link.
pub fn load(path: &Path) -> Result<Decoded, StoreError> {
    let (bytes, _) = folder::read_file(path).map_err(|e| StoreError::io(path, e))?;
    decode_checked(path, &bytes)
}

/// Decodes the bytes of the file at `path` and checks that the session fits
/// together; every refusal says where in the file.
pub(crate) fn decode_checked(path: &Path, bytes: &[u8]) -> Result<Decoded, StoreError> {
    let (plain, encrypted) = open_sealed(path, bytes)?;
    let mut decoded = decode_plain(path, &plain)?;
    decoded.encrypted = encrypted;
    Ok(decoded)
}

/// The plaintext of a file's bytes: as they are, or unsealed with a key
/// unlocked in this process (see [`crypt`]); and whether they were sealed.
pub fn open_sealed<'b>(
    path: &Path,
    bytes: &'b [u8],
) -> Result<(std::borrow::Cow<'b, [u8]>, bool), StoreError> {
    if !crypt::is_sealed(bytes) {
        return Ok((std::borrow::Cow::Borrowed(bytes), false));
    }
    match crypt::unseal(bytes) {
        Ok(plain) => Ok((std::borrow::Cow::Owned(plain), true)),
        Err(crypt::Unseal::NoKey) => Err(StoreError::Encrypted {
            path: path.to_path_buf(),
        }),
        Err(crypt::Unseal::Damaged(message)) => Err(StoreError::Damaged {
            path: path.to_path_buf(),
            message,
        }),
    }
}

fn decode_plain(path: &Path, bytes: &[u8]) -> Result<Decoded, StoreError> {
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let valid = &bytes[..e.valid_up_to()];
        let valid = std::str::from_utf8(valid).unwrap_or_default();
        let (line, column) = locate::line_col(valid, valid.len());
        StoreError::Syntax {
            path: path.to_path_buf(),
            line,
            column,
            message: "not UTF-8 text (saved in another encoding?); baraza reads UTF-8 only".into(),
        }
    })?;
    let decoded = decode(text).map_err(|e| StoreError::decode(path, e))?;
    let findings = decoded.session.validate_at();
    let Some(first) = findings.first() else {
        return Ok(decoded);
    };
    let steps: Vec<locate::Step> = first
        .at
        .iter()
        .map(|p| match *p {
            crate::model::Place::Field(f) => locate::Step::Field(f),
            crate::model::Place::Index(i) => locate::Step::Index(i),
        })
        .collect();
    // A file migrated from an older shape may keep the value elsewhere: then
    // the start of the session is the best place to name.
    let text = codec::without_bom(text);
    let (line, column) = locate::locate(text, &steps)
        .or_else(|| locate::locate(text, &[]))
        .unwrap_or((1, 1));
    Err(StoreError::Inconsistent {
        path: path.to_path_buf(),
        line,
        column,
        problems: findings.into_iter().map(|f| f.what).collect(),
    })
}

/// Saves a session atomically over `path`, sealed if its folder is
/// encrypted: encoded and sealed as it streams into the temporary file, as
/// the writer of an open session does.
pub fn save(path: &Path, session: &Session) -> Result<(), StoreError> {
    let io = |e| StoreError::io(path, e);
    let (dir, name) = folder::split(path).map_err(io)?;
    let sealer = crypt::settings(&dir)
        .and_then(|settings| crypt::sealer(settings.as_ref()))
        .map_err(io)?;
    folder::Folder::open(&dir)
        .and_then(|folder| {
            folder.write_atomic_with(&name, |file| {
                crypt::write_sealed(sealer, file, |w| codec::encode_to(session, w))
            })
        })
        .map(|_| ())
        .map_err(io)
}
