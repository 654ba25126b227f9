//! The git side: opening and making repositories, laptop branches, and the
//! leftovers of a sync that was killed.
//!
//! Only libgit2's local transport is used: the programme repository is a
//! path (a USB stick, a shared folder, a mounted drive). A push writes the
//! objects first (a pack, under a temporary name until it is whole) and then
//! moves the branch, under a lock file, by a rename; so a sync killed at any
//! moment leaves the branch where it was or where it goes, never pointing at
//! objects that are not there. What it can leave behind is a stale lock file
//! on the branch (which would refuse the next push): only this laptop writes
//! its branch, so a lock on it found by this laptop's next sync is its own,
//! left by a killed sync, and is removed.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Once;

use git2::{Oid, Repository, RepositoryInitOptions};

use super::SyncError;

/// The config key that marks a bare repository as a baraza programme
/// repository (`baraza sync init`), so a sync never pushes into some other
/// repository by mistake.
pub const MARKER: &str = "baraza.programme";

/// Where each laptop's branch lives, in the programme repository and in the
/// local one.
pub fn branch(laptop: &str) -> String {
    format!("refs/heads/laptops/{laptop}")
}

/// Where the other laptops' branches are fetched to, in the local repository.
pub const FETCHED: &str = "refs/programme/laptops/";

/// Makes libgit2 behave the same on every laptop, once per process: no git
/// configuration of the user or the system is read (a `~/.gitconfig` cannot
/// change where or how a sync writes), objects and refs are fsynced (a stick
/// pulled out after a sync holds what it said it wrote), a repository on a
/// shared folder is opened whoever owns the files there (the ownership check
/// guards git hooks and commands from a repository's config, which libgit2
/// and baraza never run).
pub fn setup() {
    static SETUP: Once = Once::new();
    SETUP.call_once(|| {
        use git2::ConfigLevel;
        // SAFETY: these set libgit2's global options; `Once` runs them
        // before any other libgit2 call of baraza, from one thread.
        unsafe {
            for level in [
                ConfigLevel::System,
                ConfigLevel::XDG,
                ConfigLevel::Global,
                ConfigLevel::ProgramData,
            ] {
                let _ = git2::opts::set_search_path(level, "");
            }
            let _ = git2::opts::set_verify_owner_validation(false);
            libgit2_sys::git_libgit2_opts(
                libgit2_sys::GIT_OPT_ENABLE_FSYNC_GITDIR as std::ffi::c_int,
                1 as std::ffi::c_int,
            );
        }
    });
}

/// While held, every file and folder this process makes is its owner's only
/// (umask 077): libgit2 creates the repositories' files with the process
/// umask, and they hold what the sessions hold. The umask before is put
/// back on drop.
pub struct PrivateFiles {
    #[cfg(unix)]
    before: rustix::fs::Mode,
}

impl PrivateFiles {
    pub fn take() -> PrivateFiles {
        PrivateFiles {
            #[cfg(unix)]
            before: rustix::process::umask(rustix::fs::Mode::from_raw_mode(0o077)),
        }
    }
}

impl Drop for PrivateFiles {
    fn drop(&mut self) {
        #[cfg(unix)]
        rustix::process::umask(self.before);
    }
}

pub fn git_error(what: &str, e: git2::Error) -> SyncError {
    SyncError::Git(format!("{what}: {}", e.message()))
}

fn bare_options() -> RepositoryInitOptions {
    let mut options = RepositoryInitOptions::new();
    options.bare(true).no_reinit(true).mkpath(true);
    options
}

fn harden(repo: &Repository, what: &str) -> Result<(), SyncError> {
    let mut config = repo.config().map_err(|e| git_error(what, e))?;
    config
        .set_bool("core.fsyncObjectFiles", true)
        .map_err(|e| git_error(what, e))?;
    Ok(())
}

/// Makes a programme repository at `path`: a bare repository, marked as a
/// programme's. `path` must not exist yet, or be an empty folder.
pub fn init_programme(path: &Path) -> Result<Repository, SyncError> {
    setup();
    if path.exists() {
        let empty = path.is_dir()
            && fs::read_dir(path)
                .map_err(|e| SyncError::io(path, e))?
                .next()
                .is_none();
        if !empty {
            return Err(SyncError::Usage(format!(
                "{}: is there already and not an empty folder; give a new name, e.g. {}",
                path.display(),
                path.join("programme.git").display()
            )));
        }
    }
    let repo = Repository::init_opts(path, &bare_options())
        .map_err(|e| git_error(&path.display().to_string(), e))?;
    harden(&repo, "setting up the programme repository")?;
    let mut config = repo
        .config()
        .map_err(|e| git_error("setting up the programme repository", e))?;
    config
        .set_bool(MARKER, true)
        .map_err(|e| git_error("setting up the programme repository", e))?;
    // For anyone who opens the stick in a file manager.
    let _ = fs::write(
        path.join("description"),
        "baraza programme repository: one branch per laptop (laptops/<name>); \
         written by `baraza sync`, never merged.\n",
    );
    Ok(repo)
}

/// Opens the programme repository at `path`, refusing anything that is not
/// one (a folder that is not there says to plug the stick in).
pub fn open_programme(path: &Path) -> Result<Repository, SyncError> {
    setup();
    if !path.exists() {
        return Err(SyncError::Unreachable(path.to_path_buf()));
    }
    let not_one = || {
        SyncError::Usage(format!(
            "{}: is not a baraza programme repository; make one with `baraza sync init {}`",
            path.display(),
            path.display()
        ))
    };
    let repo = Repository::open_bare(path).map_err(|_| not_one())?;
    let marked = repo
        .config()
        .and_then(|c| c.get_bool(MARKER))
        .unwrap_or(false);
    if !marked {
        return Err(not_one());
    }
    Ok(repo)
}

/// Opens this laptop's own repository (made on first use), after removing
/// the lock files a killed sync left in it: the caller holds the sync lock,
/// so nothing else is using it.
pub fn open_local(path: &Path) -> Result<Repository, SyncError> {
    setup();
    if path.is_dir() {
        remove_locks(&path.join("refs"))?;
        for name in ["packed-refs.lock", "config.lock", "HEAD.lock"] {
            remove_if_there(&path.join(name))?;
        }
        Repository::open_bare(path).map_err(|e| git_error(&path.display().to_string(), e))
    } else {
        let repo = Repository::init_opts(path, &bare_options())
            .map_err(|e| git_error(&path.display().to_string(), e))?;
        harden(&repo, "setting up this laptop's repository")?;
        Ok(repo)
    }
}

/// Removes the stale lock of this laptop's own branch in the programme
/// repository, left by a sync killed while it moved the branch (see the
/// module documentation).
pub fn remove_own_branch_lock(programme: &Path, laptop: &str) -> Result<(), SyncError> {
    let mut lock: PathBuf = programme.join(branch(laptop));
    lock.as_mut_os_string().push(".lock");
    remove_if_there(&lock)
}

fn remove_locks(dir: &Path) -> Result<(), SyncError> {
    let Ok(entries) = fs::read_dir(dir) else {
        return Ok(());
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        if kind.is_dir() {
            remove_locks(&path)?;
        } else if kind.is_file() && path.extension().is_some_and(|e| e == "lock") {
            remove_if_there(&path)?;
        }
    }
    Ok(())
}

fn remove_if_there(path: &Path) -> Result<(), SyncError> {
    match fs::remove_file(path) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(SyncError::io(path, e)),
    }
}

/// The commit a ref points to, if the ref is there.
pub fn tip(repo: &Repository, name: &str) -> Option<Oid> {
    repo.find_reference(name).ok()?.target()
}

/// Every laptop branch fetched into the local repository, by laptop name.
pub fn fetched(repo: &Repository) -> Result<Vec<(String, Oid)>, SyncError> {
    let mut out = Vec::new();
    let refs = repo
        .references_glob(&format!("{FETCHED}*"))
        .map_err(|e| git_error("reading the programme", e))?;
    for r in refs.flatten() {
        if let (Ok(name), Some(oid)) = (r.name(), r.target())
            && let Some(laptop) = name.strip_prefix(FETCHED)
        {
            out.push((laptop.to_string(), oid));
        }
    }
    out.sort();
    Ok(out)
}

/// Whether `name` can be a laptop's name: a branch name component that
/// reads well on the stick, `a-z`, `0-9` and `-`.
pub fn valid_laptop_name(name: &str) -> bool {
    (1..=40).contains(&name.len())
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !name.starts_with('-')
        && !name.ends_with('-')
        && !name.contains("--")
}

/// A fresh name for this laptop: its host name made branch-safe, and four
/// random hex digits, so that two laptops installed from the same image
/// ("ubuntu", "field-laptop") still get two branches.
pub fn fresh_laptop_name(base: Option<&str>) -> String {
    let host = base.map(str::to_string).unwrap_or_else(host_name);
    let mut clean = String::new();
    for c in host.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            clean.push(c);
        } else if !clean.ends_with('-') && !clean.is_empty() {
            clean.push('-');
        }
        if clean.len() >= 24 {
            break;
        }
    }
    let clean = clean.trim_end_matches('-');
    let clean = if clean.is_empty() { "laptop" } else { clean };
    // The end of a UUIDv7 is random (its start is the time).
    let random = uuid::Uuid::now_v7().simple().to_string();
    format!("{clean}-{}", &random[random.len() - 4..])
}

fn host_name() -> String {
    fs::read_to_string("/proc/sys/kernel/hostname")
        .or_else(|_| fs::read_to_string("/etc/hostname"))
        .ok()
        .or_else(|| std::env::var("COMPUTERNAME").ok())
        .or_else(|| std::env::var("HOSTNAME").ok())
        .map(|h| h.trim().to_string())
        .filter(|h| !h.is_empty())
        .unwrap_or_else(|| "laptop".into())
}
