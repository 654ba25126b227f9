//! Where sync keeps things on the laptop, and what it remembers.
//!
//! Beside the folder of sessions `D` is the programme folder `P`: `programme`
//! next to a folder named `sessions` (the default one:
//! `~/.local/share/baraza/programme`), `<name>-programme` next to any other
//! (`--dir /x/kibera` → `/x/kibera-programme`). `P` holds
//!
//! - the programme view: one read-only file per session of the programme,
//!   and `conflicts/` with every version of a session edited on two laptops;
//! - `.sync/`: the remembered repository and this laptop's name
//!   (`config.ron`), the resolutions this laptop made (`resolutions/`), the
//!   local git repository (`repo.git`) and the lock that keeps two syncs of
//!   one folder apart.
//!
//! `D` itself is never written by a sync, except when a resolution replaces
//! a session by the version the facilitator chose.

use std::fs::{self, File};
use std::io;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::SyncError;

/// The folders of one laptop's sync.
#[derive(Clone, Debug)]
pub struct Folders {
    /// The laptop's own sessions.
    pub sessions: PathBuf,
    /// The programme view.
    pub view: PathBuf,
}

impl Folders {
    /// The folders for the sessions folder `sessions` (see the module
    /// documentation).
    pub fn of(sessions: &Path) -> Result<Folders, SyncError> {
        let sessions = std::path::absolute(sessions).map_err(|e| SyncError::io(sessions, e))?;
        let (Some(parent), Some(name)) = (sessions.parent(), sessions.file_name()) else {
            return Err(SyncError::Usage(format!(
                "{}: a folder of sessions needs a parent folder to keep the programme beside it",
                sessions.display()
            )));
        };
        let name = name.to_string_lossy();
        let view = if name == "sessions" {
            parent.join("programme")
        } else {
            parent.join(format!("{name}-programme"))
        };
        Ok(Folders { sessions, view })
    }

    pub(super) fn machinery(&self) -> PathBuf {
        self.view.join(".sync")
    }

    pub(super) fn config_file(&self) -> PathBuf {
        self.machinery().join("config.ron")
    }

    pub(super) fn resolutions(&self) -> PathBuf {
        self.machinery().join("resolutions")
    }

    pub(super) fn repository(&self) -> PathBuf {
        self.machinery().join("repo.git")
    }

    /// Whether this laptop has synced (or set up a programme) before.
    pub fn has_synced(&self) -> bool {
        self.repository().is_dir()
    }
}

/// Whether `dir` is a programme view made by `baraza sync`: its sessions
/// are copies from the programme, never edited here.
pub fn is_view(dir: &Path) -> bool {
    dir.join(".sync").join("config.ron").is_file()
}

/// What a laptop remembers between syncs.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// The programme repository: a bare git repository on a USB stick, a
    /// shared folder or a mounted drive.
    pub repository: PathBuf,
    /// This laptop's name in the programme: its branch is
    /// `laptops/<name>`.
    pub laptop: String,
}

impl Folders {
    pub(super) fn read_config(&self) -> Result<Option<Config>, SyncError> {
        let path = self.config_file();
        match fs::read_to_string(&path) {
            Ok(text) => ron::from_str(&text).map(Some).map_err(|e| {
                SyncError::Usage(format!(
                    "{}:{}:{}: {}; fix it or give the repository again",
                    path.display(),
                    e.span.start.line,
                    e.span.start.col,
                    e.code
                ))
            }),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(SyncError::io(&path, e)),
        }
    }

    pub(super) fn write_config(&self, config: &Config) -> Result<(), SyncError> {
        let path = self.config_file();
        let text = ron::ser::to_string_pretty(config, ron::ser::PrettyConfig::new())
            .expect("a path and a name always serialise");
        let text = format!(
            "// baraza sync: the programme repository and this laptop's name in it.\n{text}\n"
        );
        crate::store::write_atomic(&path, text.as_bytes()).map_err(|e| SyncError::io(&path, e))
    }

    /// Makes the programme folder and its machinery (mode 0700: they hold
    /// what the sessions hold).
    pub(super) fn create(&self) -> Result<(), SyncError> {
        for dir in [self.view.clone(), self.machinery(), self.resolutions()] {
            private_dir(&dir)?;
        }
        Ok(())
    }
}

/// Creates `dir` (and its parents) readable by the owner only, or leaves an
/// existing one as it is.
pub(super) fn private_dir(dir: &Path) -> Result<(), SyncError> {
    if dir.is_dir() {
        return Ok(());
    }
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(dir).map_err(|e| SyncError::io(dir, e))
}

/// How long a sync asks again for a folder's lock before it says another
/// sync is running.
const BUSY_PATIENCE: std::time::Duration = std::time::Duration::from_millis(1500);

/// Held while one sync of a folder runs: a second `baraza sync` (or
/// `resolve`) of the same folder waits its turn by being refused. The OS
/// releases it if the process is killed.
pub(super) struct SyncLock {
    _file: File,
}

impl SyncLock {
    pub(super) fn take(folders: &Folders) -> Result<SyncLock, SyncError> {
        let path = folders.machinery().join("lock");
        let mut options = fs::OpenOptions::new();
        options.read(true).write(true).create(true).truncate(false);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        let file = options.open(&path).map_err(|e| SyncError::io(&path, e))?;
        // A lock just let go can still look held for a moment: a process
        // this one starts shares the open file until it runs its program
        // (fork, then exec), so the next sync of the same folder would be
        // refused for nothing. Asking again for a short while covers that;
        // a sync that really runs takes far longer and is refused.
        let deadline = std::time::Instant::now() + BUSY_PATIENCE;
        loop {
            match file.try_lock() {
                Ok(()) => return Ok(SyncLock { _file: file }),
                Err(fs::TryLockError::WouldBlock) if std::time::Instant::now() < deadline => {
                    std::thread::sleep(std::time::Duration::from_millis(20));
                }
                Err(fs::TryLockError::WouldBlock) => return Err(SyncError::Busy),
                Err(fs::TryLockError::Error(e)) => return Err(SyncError::io(&path, e)),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folders_in(dir: &Path) -> Folders {
        let folders = Folders::of(&dir.join("sessions")).unwrap();
        private_dir(&folders.machinery()).unwrap();
        folders
    }

    #[test]
    fn a_sync_running_refuses_a_second_one() {
        let dir = tempfile::tempdir().unwrap();
        let folders = folders_in(dir.path());
        let _running = SyncLock::take(&folders).unwrap();
        assert!(matches!(SyncLock::take(&folders), Err(SyncError::Busy)));
    }

    #[test]
    fn a_lock_let_go_a_moment_later_is_taken() {
        let dir = tempfile::tempdir().unwrap();
        let folders = folders_in(dir.path());
        let held = SyncLock::take(&folders).unwrap();
        let letting_go = std::thread::spawn(move || {
            std::thread::sleep(std::time::Duration::from_millis(100));
            drop(held);
        });
        assert!(SyncLock::take(&folders).is_ok());
        letting_go.join().unwrap();
    }
}
