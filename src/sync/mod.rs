//! Many laptops, one programme, through git: each laptop commits its
//! sessions to its own branch (`laptops/<name>`) of a programme repository
//! (a bare repository on a USB stick, a shared folder or a mounted drive) and
//! fetches everyone else's, so no push ever needs a merge; the union of the
//! branches is the programme, written as a read-only view beside the
//! laptop's own folder ([`folders`]).
//!
//! - [`init`] makes a programme repository and remembers it;
//! - [`sync`] commits this laptop's sessions, sends them, receives the
//!   others', and writes the view; without the repository (the stick is not
//!   plugged in) it commits here and says so;
//! - [`resolve`] chooses between the versions of a session edited on two
//!   laptops ([`programme`] explains conflicts);
//! - [`read`] gives the programme as the last sync left it, for `list` and
//!   `rollup --programme`.
//!
//! No network is ever used: libgit2 is built without https or ssh, and its
//! local transport reads and writes the repository as files.

mod exchange;
pub mod folders;
mod git;
pub mod programme;
mod snapshot;
pub mod view;

use std::io;
use std::path::{Path, PathBuf};

use git2::{Oid, Repository, Signature, Time};

pub use folders::{Folders, is_view};
pub use programme::{Entry, Programme, Resolution, Version};
pub use snapshot::Skipped;

use crate::model::{Timestamp, session_id};
use folders::{Config, SyncLock};
use git::{FETCHED, branch, git_error, tip};

/// What went wrong, in one line for the facilitator.
#[derive(Debug, thiserror::Error)]
pub enum SyncError {
    #[error("{}: {source}", path.display())]
    Io { path: PathBuf, source: io::Error },
    #[error("{0}")]
    Git(String),
    #[error("{0}")]
    Usage(String),
    #[error("{}", crate::i18n::Lang::En.t("cli-sync-no-repository"))]
    NoRepository,
    #[error("{}", crate::tr!(crate::i18n::Lang::En, "cli-sync-unreachable", path = .0.display().to_string()))]
    Unreachable(PathBuf),
    #[error("{}", crate::i18n::Lang::En.t("cli-sync-busy"))]
    Busy,
}

impl SyncError {
    /// The error in `lang`; git's words and the checks' (`Usage`) stay as
    /// they were written.
    pub fn describe(&self, lang: crate::i18n::Lang) -> String {
        use crate::tr;
        match self {
            SyncError::Io { path, source } => format!(
                "{}: {}",
                path.display(),
                lang.msg(&crate::store::why::io_msg(source))
            ),
            SyncError::Git(text) | SyncError::Usage(text) => text.clone(),
            SyncError::NoRepository => tr!(lang, "cli-sync-no-repository").to_string(),
            SyncError::Unreachable(path) => tr!(
                lang,
                "cli-sync-unreachable",
                path = path.display().to_string()
            ),
            SyncError::Busy => tr!(lang, "cli-sync-busy").to_string(),
        }
    }

    pub fn io(path: &Path, source: io::Error) -> SyncError {
        SyncError::Io {
            path: path.to_path_buf(),
            source,
        }
    }
}

/// Sets libgit2's process-wide options (see `git::setup`) once; every sync
/// call does it first. Code that opens repositories with git2 itself in the
/// same process (tests) calls this before, so the options are never set
/// while another thread reads them.
pub fn prepare_libgit2() {
    git::setup();
}

/// What [`init`] made.
#[derive(Debug)]
pub struct Initialised {
    pub repository: PathBuf,
    pub laptop: String,
    pub view: PathBuf,
}

/// Makes a programme repository at `repository` and remembers it for this
/// laptop (as `laptop`, or a fresh name). Nothing is sent yet: [`sync`] does.
pub fn init(
    folders: &Folders,
    repository: &Path,
    laptop: Option<&str>,
) -> Result<Initialised, SyncError> {
    let _private = git::PrivateFiles::take();
    let repository = std::path::absolute(repository).map_err(|e| SyncError::io(repository, e))?;
    let laptop = choose_name(folders, laptop)?;
    folders.create()?;
    let _lock = SyncLock::take(folders)?;
    git::init_programme(&repository)?;
    folders.write_config(&Config {
        repository: repository.clone(),
        laptop: laptop.clone(),
    })?;
    Ok(Initialised {
        repository,
        laptop,
        view: folders.view.clone(),
    })
}

/// This laptop's name: the remembered one, else `asked` (checked), else a
/// fresh one. Asking for another name than the remembered one is refused:
/// a laptop keeps its branch.
fn choose_name(folders: &Folders, asked: Option<&str>) -> Result<String, SyncError> {
    let remembered = folders.read_config()?.map(|c| c.laptop);
    match (remembered, asked) {
        (Some(r), Some(a)) if r != a => Err(SyncError::Usage(format!(
            "this laptop syncs as «{r}» already; leave --laptop out"
        ))),
        (Some(r), _) => Ok(r),
        (None, Some(a)) if git::valid_laptop_name(a) => Ok(a.to_string()),
        (None, Some(a)) => Err(SyncError::Usage(format!(
            "«{a}» cannot name a laptop: use a-z, 0-9 and single dashes, at most 40, e.g. kibera-amina"
        ))),
        (None, None) => Ok(git::fresh_laptop_name(None)),
    }
}

/// What a sync did.
#[derive(Debug)]
pub struct Synced {
    pub repository: PathBuf,
    pub laptop: String,
    /// This laptop's name before: another laptop was found pushing under it
    /// (a copied folder), so this one took a new name.
    pub renamed_from: Option<String>,
    /// `false` when the repository was not there: committed here only.
    pub reached: bool,
    /// Sessions of this laptop in the programme.
    pub sent: usize,
    /// Whether anything new went to the programme repository (or, without
    /// it, was recorded here to go at the next sync).
    pub changed: bool,
    pub skipped: Vec<Skipped>,
    pub programme: Programme,
    pub view: PathBuf,
}

/// Syncs the folders with `repository`, or with the remembered one.
pub fn sync(
    folders: &Folders,
    repository: Option<&Path>,
    laptop: Option<&str>,
    now: Timestamp,
) -> Result<Synced, SyncError> {
    let _private = git::PrivateFiles::take();
    let remembered = folders.read_config()?;
    let repository = match (repository, &remembered) {
        (Some(r), _) => std::path::absolute(r).map_err(|e| SyncError::io(r, e))?,
        (None, Some(c)) => c.repository.clone(),
        (None, None) => return Err(SyncError::NoRepository),
    };
    let laptop = choose_name(folders, laptop)?;
    // A first sync under a chosen name must not take another laptop's
    // branch: checked before anything is made.
    let first = remembered.is_none();
    folders.create()?;
    let _lock = SyncLock::take(folders)?;
    let config = Config { repository, laptop };
    run(folders, config, first, now)
}

/// The sync itself, under the sync lock.
fn run(
    folders: &Folders,
    mut config: Config,
    first: bool,
    now: Timestamp,
) -> Result<Synced, SyncError> {
    let local = git::open_local(&folders.repository())?;
    let reached = match git::open_programme(&config.repository) {
        Ok(_) => true,
        Err(SyncError::Unreachable(_)) => false,
        Err(e) => return Err(e),
    };
    if reached {
        exchange::fetch(&local, &config.repository)?;
    }
    let mine = tip(&local, &branch(&config.laptop));
    let theirs = tip(&local, &format!("{FETCHED}{}", config.laptop));
    if first && mine.is_none() && theirs.is_some() {
        return Err(SyncError::Usage(format!(
            "«{}» is the name of another laptop in this programme; choose another with --laptop",
            config.laptop
        )));
    }
    let mut renamed_from = None;
    let parent = match (mine, theirs) {
        (mine, None) => mine,
        (None, Some(theirs)) => Some(theirs),
        (Some(m), Some(t)) if m == t || descends(&local, m, t)? => Some(m),
        (Some(m), Some(_)) => {
            // Someone else pushes under this name: a copy of this laptop's
            // folders. This laptop takes a new name and branch; both keep
            // their history, and the view shows both.
            let base = config
                .laptop
                .rsplit_once('-')
                .map_or(config.laptop.as_str(), |(b, _)| b)
                .to_string();
            renamed_from = Some(std::mem::replace(
                &mut config.laptop,
                git::fresh_laptop_name(Some(&base)),
            ));
            Some(m)
        }
    };
    folders.write_config(&config)?;

    let snap = snapshot::snapshot(&local, folders)?;
    let parent_tree = match parent {
        Some(p) => Some(
            local
                .find_commit(p)
                .and_then(|c| c.tree())
                .map_err(|e| git_error("reading this laptop's last sync", e))?
                .id(),
        ),
        None => None,
    };
    let recorded = parent_tree != Some(snap.tree);
    let new_tip = if recorded {
        commit(
            &local,
            &config.laptop,
            parent,
            snap.tree,
            snap.sessions,
            now,
        )?
    } else {
        parent.expect("an unchanged tree has a parent")
    };
    local
        .reference(&branch(&config.laptop), new_tip, true, "baraza sync")
        .map_err(|e| git_error("recording this laptop's sessions", e))?;

    if reached {
        git::remove_own_branch_lock(&config.repository, &config.laptop)?;
        if !exchange::push(&local, &config.repository, &config.laptop)? {
            return Err(SyncError::Git(format!(
                "another laptop has just sent sessions as «{}»; run baraza sync again",
                config.laptop
            )));
        }
    }

    // Sent now: the programme repository did not hold this yet (a sync
    // killed before could have left it behind).
    let changed = if reached {
        theirs != Some(new_tip)
    } else {
        recorded
    };
    let programme = read_branches(&local, &config.laptop, new_tip)?;
    view::write(folders, &local, &programme)?;
    Ok(Synced {
        repository: config.repository,
        laptop: config.laptop,
        renamed_from,
        reached,
        sent: snap.sessions,
        changed,
        skipped: snap.skipped,
        programme,
        view: folders.view.clone(),
    })
}

fn descends(repo: &Repository, commit: Oid, ancestor: Oid) -> Result<bool, SyncError> {
    repo.graph_descendant_of(commit, ancestor)
        .map_err(|e| git_error("comparing with the programme", e))
}

fn commit(
    repo: &Repository,
    laptop: &str,
    parent: Option<Oid>,
    tree: Oid,
    sessions: usize,
    now: Timestamp,
) -> Result<Oid, SyncError> {
    let what = "recording this laptop's sessions";
    let time = Time::new(now.timestamp(), now.offset().local_minus_utc() / 60);
    let who = Signature::new(laptop, &format!("{laptop}@laptops.baraza"), &time)
        .map_err(|e| git_error(what, e))?;
    let tree = repo.find_tree(tree).map_err(|e| git_error(what, e))?;
    let parents = match parent {
        Some(p) => vec![repo.find_commit(p).map_err(|e| git_error(what, e))?],
        None => Vec::new(),
    };
    let parents: Vec<&git2::Commit> = parents.iter().collect();
    let message = format!(
        "{} from {laptop}",
        crate::text::plural(sessions, "session", "sessions")
    );
    repo.commit(None, &who, &who, &message, &tree, &parents)
        .map_err(|e| git_error(what, e))
}

/// The programme from the fetched branches and this laptop's own tip.
fn read_branches(local: &Repository, laptop: &str, own: Oid) -> Result<Programme, SyncError> {
    let mut branches: Vec<(String, Oid)> = git::fetched(local)?
        .into_iter()
        .filter(|(l, _)| l != laptop)
        .collect();
    branches.push((laptop.to_string(), own));
    programme::read(local, &branches)
}

/// The programme as the last sync (or resolve) left it; `None` when this
/// folder was never synced.
pub fn read(folders: &Folders) -> Result<Option<Programme>, SyncError> {
    let Some(config) = folders.read_config()? else {
        return Ok(None);
    };
    if !folders.repository().is_dir() {
        return Ok(None);
    }
    git::setup();
    let local = Repository::open_bare(folders.repository())
        .map_err(|e| git_error("reading the programme", e))?;
    match tip(&local, &branch(&config.laptop)) {
        Some(own) => read_branches(&local, &config.laptop, own).map(Some),
        None => {
            let branches = git::fetched(&local)?;
            programme::read(&local, &branches).map(Some)
        }
    }
}

/// Which version to keep.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Keep {
    /// The version held by this laptop.
    Laptop(String),
    /// The newest version (the one used until now).
    Newest,
}

/// What [`resolve`] did.
#[derive(Debug)]
pub enum Resolved {
    /// No choice given: the versions to choose from.
    Versions(Entry),
    /// The choice is recorded (and sent, if the repository was there).
    Kept {
        entry: Entry,
        kept: Version,
        /// Files of this laptop replaced by the version kept.
        replaced: Vec<PathBuf>,
        synced: Box<Synced>,
    },
}

/// Finds a session of `programme` by id, short id, view file name or title.
fn find<'p>(programme: &'p Programme, query: &str) -> Result<&'p Entry, SyncError> {
    let names = view::names(&programme.entries);
    let q = query.trim().trim_end_matches(".ron");
    let matches: Vec<&Entry> = programme
        .entries
        .iter()
        .zip(&names)
        .filter(|(e, name)| {
            e.id == q
                || e.short_id() == q
                || name.as_str() == q
                || e.versions
                    .iter()
                    .chain(&e.replaced)
                    .any(|v| v.file.trim_end_matches(".ron") == q)
                || e.title().to_lowercase() == q.to_lowercase()
        })
        .map(|(e, _)| e)
        .collect();
    let in_conflict: Vec<&Entry> = matches
        .iter()
        .copied()
        .filter(|e| e.in_conflict())
        .collect();
    match (matches.as_slice(), in_conflict.as_slice()) {
        ([], _) => Err(SyncError::Usage(format!(
            "no session of the programme matches «{query}»; `baraza sync resolve` lists those to resolve"
        ))),
        ([one], _) => Ok(one),
        (_, [one]) => Ok(one),
        (many, _) => Err(SyncError::Usage(format!(
            "«{query}» matches several sessions: {}; give the short id",
            many.iter()
                .map(|e| format!("{} ({})", e.title(), e.short_id()))
                .collect::<Vec<_>>()
                .join(", ")
        ))),
    }
}

/// Shows the versions of the session `query` names, or with `keep`, keeps
/// one: the choice is recorded, this laptop's copy is replaced by the
/// version kept if it held another one, and a sync follows (sending the
/// choice if the repository is there).
pub fn resolve(
    folders: &Folders,
    query: &str,
    keep: Option<Keep>,
    holder: &str,
    now: Timestamp,
) -> Result<Resolved, SyncError> {
    let _private = git::PrivateFiles::take();
    let config = folders.read_config()?.ok_or(SyncError::NoRepository)?;
    let _lock = SyncLock::take(folders)?;
    let programme = read(folders)?.unwrap_or_default();
    let entry = find(&programme, query)?.clone();
    let Some(keep) = keep else {
        return Ok(Resolved::Versions(entry));
    };
    if !entry.in_conflict() {
        return Err(SyncError::Usage(format!(
            "«{}» ({}) is not in conflict: every laptop holds the same version",
            entry.title(),
            entry.short_id()
        )));
    }
    let kept = match &keep {
        Keep::Newest => entry.used().clone(),
        Keep::Laptop(l) => entry
            .versions
            .iter()
            .find(|v| v.laptops.contains(l))
            .cloned()
            .ok_or_else(|| {
                SyncError::Usage(format!(
                    "no version of «{}» is on a laptop named «{l}»; the laptops are {}",
                    entry.title(),
                    entry.laptops().join(", ")
                ))
            })?,
    };
    let others: Vec<Version> = entry
        .versions
        .iter()
        .filter(|v| v.blob != kept.blob)
        .cloned()
        .collect();

    // The choice, added to this laptop's earlier choices for the session.
    let file = folders
        .resolutions()
        .join(format!("{}.ron", session_id::file_safe(&entry.id)));
    let mut over: Vec<String> = std::fs::read_to_string(&file)
        .ok()
        .and_then(|t| ron::from_str::<Resolution>(&t).ok())
        .map(|r| r.over)
        .unwrap_or_default();
    for v in &others {
        over.push(v.blob.to_string());
    }
    over.retain(|o| *o != kept.blob.to_string());
    over.sort();
    over.dedup();
    let mut record = Resolution {
        id: entry.id.clone(),
        chosen: kept.blob.to_string(),
        over,
        same: Vec::new(),
        at: now,
        by: config.laptop.clone(),
    };
    let write = |record: &Resolution| -> Result<(), SyncError> {
        let text = ron::ser::to_string_pretty(record, ron::ser::PrettyConfig::new())
            .expect("a resolution always serialises");
        folders::private_dir(&folders.resolutions())?;
        crate::store::write_atomic(&file, format!("{text}\n").as_bytes())
            .map_err(|e| SyncError::io(&file, e))
    };
    write(&record)?;

    let (replaced, same) = adopt(folders, &entry, &kept, &others, holder)?;
    if !same.is_empty() {
        record.same = same.iter().map(|o| o.to_string()).collect();
        write(&record)?;
    }
    let synced = run(folders, config, false, now)?;
    Ok(Resolved::Kept {
        entry,
        kept,
        replaced,
        synced: Box::new(synced),
    })
}

/// Replaces this laptop's copies of the session that are one of `others`
/// by the version kept, under each file's lock. A copy edited since the
/// last sync is not one of them, and is left alone: it is a new version.
fn adopt(
    folders: &Folders,
    entry: &Entry,
    kept: &Version,
    others: &[Version],
    holder: &str,
) -> Result<(Vec<PathBuf>, Vec<Oid>), SyncError> {
    let local = Repository::open_bare(folders.repository())
        .map_err(|e| git_error("reading the programme", e))?;
    let kept_bytes = local
        .find_blob(kept.blob)
        .map_err(|e| git_error("reading the version kept", e))?
        .content()
        .to_vec();
    let mut replaced = Vec::new();
    let mut same = Vec::new();
    if !folders.sessions.is_dir() {
        return Ok((replaced, same));
    }
    // In an encrypted folder the version kept is written sealed to this
    // folder's keys: sealed to another laptop's key only, this laptop could
    // not read its own copy. One this laptop cannot open is not adopted.
    let bytes = if crate::store::crypt::is_sealed(&kept_bytes)
        || crate::store::crypt::is_encrypted_folder(&folders.sessions)
    {
        match crate::store::open_sealed(&folders.sessions, &kept_bytes) {
            Ok((plain, _)) => crate::store::crypt::seal_for(&folders.sessions, &plain)
                .map_err(|e| SyncError::io(&folders.sessions, e))?,
            Err(_) => return Ok((replaced, same)),
        }
    } else {
        kept_bytes
    };
    for (_, path) in snapshot::session_files(&folders.sessions)? {
        let Ok(current) = snapshot::read_plain(&path) else {
            continue;
        };
        let Ok(oid) = Oid::hash_object(git2::ObjectType::Blob, &current) else {
            continue;
        };
        if !others.iter().any(|v| v.blob == oid) {
            continue;
        }
        if programme::about(&current).is_none_or(|(id, _)| id != entry.id) {
            continue;
        }
        let _lock = crate::store::SessionLock::acquire(&path, holder).map_err(|e| {
            SyncError::Usage(format!(
                "{}; close it there, then resolve again",
                e.to_string().replace(['\n', '\r'], " ")
            ))
        })?;
        crate::store::write_atomic(&path, &bytes).map_err(|e| SyncError::io(&path, e))?;
        if let Ok(oid) = Oid::hash_object(git2::ObjectType::Blob, &bytes)
            && oid != kept.blob
        {
            same.push(oid);
        }
        replaced.push(path);
    }
    Ok((replaced, same))
}
