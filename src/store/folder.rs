//! A folder held open by handle, and files in it opened without following
//! links.
//!
//! Every file baraza writes or locks in a folder of sessions is opened
//! relative to a handle on that folder (`openat`), never through a path
//! string that something could swap between a check and a use, and never
//! through a symbolic link: a `.lock` or temp name that is a link makes the
//! open fail instead of writing wherever the link points. The handle also
//! gives the folder's identity (device and inode), so a folder that was
//! deleted and recreated, or a medium that was remounted, is noticed.

use std::ffi::{OsStr, OsString};
use std::fs::File;
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

use super::why;
use crate::i18n::Msg;

/// Prefix of temporary files. They start with a dot and do not end in `.ron`,
/// so a leftover from a crash is never listed as a session.
pub const TEMP_PREFIX: &str = ".baraza-tmp-";

/// Which file: device and inode number. Two paths naming the same identity
/// are the same file; a file replaced by rename has a new one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct FileId {
    pub dev: u64,
    pub ino: u64,
}

/// What a name in a folder is, without following it if it is a link.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    File,
    Folder,
    Link,
    /// A pipe, socket or device.
    Other,
}

impl Kind {
    /// Why a name of this kind is not a file baraza reads or writes: the
    /// catalogue's id.
    pub fn refusal_id(self) -> Option<&'static str> {
        match self {
            Kind::File => None,
            Kind::Folder => Some("store-refused-folder"),
            Kind::Link => Some("store-refused-link"),
            Kind::Other => Some("store-refused-other"),
        }
    }

    /// The same in English, for the listing (which keeps its reasons as text).
    pub fn refusal(self) -> Option<&'static str> {
        self.refusal_id().map(|id| crate::i18n::Lang::En.t(id))
    }
}

/// One entry of a folder: its kind and identity.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Entry {
    pub kind: Kind,
    pub id: FileId,
    pub len: u64,
    /// Hard links to the same file (1 for a file nothing else names).
    pub links: u64,
}

/// The error for a name that is not a plain file.
pub fn not_a_file(kind: Kind) -> io::Error {
    let why = kind.refusal_id().unwrap_or("store-not-a-plain-file");
    let error_kind = match kind {
        Kind::Folder => io::ErrorKind::IsADirectory,
        _ => io::ErrorKind::InvalidInput,
    };
    why::error(error_kind, Msg::new(why))
}

/// A folder, held open.
#[derive(Debug)]
pub struct Folder {
    path: PathBuf,
    id: FileId,
    #[cfg(unix)]
    handle: File,
}

/// The folder part of `path` (`.` for a bare file name) and the file name.
pub fn split(path: &Path) -> io::Result<(PathBuf, OsString)> {
    let name = path.file_name().ok_or_else(|| {
        why::error(
            io::ErrorKind::InvalidInput,
            Msg::new("store-not-a-file-name"),
        )
    })?;
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    Ok((dir, name.to_os_string()))
}

/// A temp name unique to this process and moment, so a stale temp file left by
/// a crash never collides with (and never blocks) the next save:
/// `.baraza-tmp-<pid>-<n>-<target name>`.
pub fn temp_name(target: &OsStr) -> OsString {
    use std::sync::atomic::{AtomicU64, Ordering};
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let mut name = OsString::from(format!("{TEMP_PREFIX}{}-{n}-", std::process::id()));
    name.push(target);
    name
}

/// The file a temp name of [`temp_name`] was made for, if `name` is one.
pub fn temp_target(name: &str) -> Option<&str> {
    let rest = name.strip_prefix(TEMP_PREFIX)?;
    let digits = |s: &str| -> Option<usize> {
        let n = s.bytes().take_while(u8::is_ascii_digit).count();
        (n > 0 && s.as_bytes().get(n) == Some(&b'-')).then_some(n)
    };
    let pid = digits(rest)?;
    let rest = &rest[pid + 1..];
    let counter = digits(rest)?;
    Some(&rest[counter + 1..])
}

impl Folder {
    /// Opens the folder at `path`. The path itself may run through links (a
    /// sessions folder on a USB stick linked from home is fine); files inside
    /// are then never opened through one.
    pub fn open(path: &Path) -> io::Result<Folder> {
        imp::open(path)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The identity of the folder this handle holds.
    pub fn id(&self) -> FileId {
        self.id
    }

    /// The identity of what the folder's path names now: different from
    /// [`Folder::id`] once the folder was replaced or its medium remounted.
    pub fn id_at_path(&self) -> io::Result<FileId> {
        id_of(&std::fs::metadata(&self.path)?)
    }

    /// What `name` is in this folder, not following a link; `None` if there is
    /// nothing of that name.
    pub fn entry(&self, name: &OsStr) -> io::Result<Option<Entry>> {
        imp::entry(self, name)
    }

    /// Creates `name`, failing if anything of that name exists (a link
    /// included): a file that is new and ours, readable by its owner only.
    pub fn create_new(&self, name: &OsStr) -> io::Result<File> {
        imp::create_new(self, name)
    }

    /// Opens `name` for reading and writing, creating it (0600) if needed, for
    /// a lock: never through a link, and only a plain file that no other name
    /// shares (a hard link to someone's file is not a lock).
    pub fn open_lock(&self, name: &OsStr) -> io::Result<File> {
        let not_a_lock = |what: &'static str| {
            why::error(
                io::ErrorKind::InvalidInput,
                Msg::new("store-not-a-lock").with("what", Msg::new(what)),
            )
        };
        let file = imp::open_lock(self, name).map_err(|e| match e.kind() {
            io::ErrorKind::InvalidInput | io::ErrorKind::IsADirectory => {
                not_a_lock("store-lock-link-or-folder")
            }
            _ => e,
        })?;
        let entry = entry_of(&file.metadata()?)?;
        if entry.kind != Kind::File {
            return Err(not_a_lock("store-not-a-plain-file"));
        }
        if entry.links > 1 {
            return Err(not_a_lock("store-lock-hard-link"));
        }
        Ok(file)
    }

    /// Reads `name` whole, refusing links, folders, pipes and devices (a pipe
    /// would block forever). Returns the bytes and the identity of the file
    /// they came from.
    pub fn read(&self, name: &OsStr) -> io::Result<(Vec<u8>, FileId)> {
        let file = imp::open_read(self, name)?;
        read_plain(file)
    }

    pub fn rename(&self, from: &OsStr, to: &OsStr) -> io::Result<()> {
        imp::rename(self, from, to)
    }

    pub fn remove(&self, name: &OsStr) -> io::Result<()> {
        imp::remove(self, name)
    }

    /// Flushes the folder itself, so renames and new names survive a power cut.
    pub fn sync(&self) -> io::Result<()> {
        imp::sync(self)
    }

    /// The names in the folder.
    pub fn names(&self) -> io::Result<Vec<OsString>> {
        Ok(std::fs::read_dir(&self.path)?
            .flatten()
            .map(|e| e.file_name())
            .collect())
    }

    /// Writes `bytes` to `name` atomically and durably: a temporary file in
    /// this folder, written and fsynced, renamed over `name`, then the folder
    /// fsynced so the rename itself survives a power cut. A new file is 0600;
    /// nothing is written through a link (a link named `name` is replaced by
    /// the file, not followed). Returns the identity of the file now there.
    pub fn write_atomic(&self, name: &OsStr, bytes: &[u8]) -> io::Result<FileId> {
        self.write_atomic_with(name, |file| file.write_all(bytes))
            .map(|(id, ())| id)
    }

    /// [`Folder::write_atomic`] of what `fill` writes into the temporary
    /// file (streamed, not gathered in memory first); returns what `fill`
    /// returned too.
    pub fn write_atomic_with<T>(
        &self,
        name: &OsStr,
        fill: impl FnOnce(&mut File) -> io::Result<T>,
    ) -> io::Result<(FileId, T)> {
        let temp = temp_name(name);
        let result = (|| {
            let mut file = self.create_new(&temp)?;
            let filled = fill(&mut file)?;
            file.sync_all()?;
            let id = id_of(&file.metadata()?)?;
            drop(file);
            self.rename(&temp, name)?;
            self.sync()?;
            Ok((id, filled))
        })();
        if result.is_err() {
            // Best effort: the temp file is swept later if this fails too.
            let _ = self.remove(&temp);
        }
        result
    }
}

fn read_plain(mut file: File) -> io::Result<(Vec<u8>, FileId)> {
    let meta = file.metadata()?;
    let entry = entry_of(&meta)?;
    if entry.kind != Kind::File {
        return Err(not_a_file(entry.kind));
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    file.read_to_end(&mut bytes)?;
    Ok((bytes, entry.id))
}

/// Reads the file at `path` whole, not following a link in its last part and
/// refusing anything that is not a plain file.
pub fn read_file(path: &Path) -> io::Result<(Vec<u8>, FileId)> {
    read_plain(imp::open_read_path(path)?)
}

/// What `path` is, not following a link in its last part.
pub fn kind_of(path: &Path) -> io::Result<Kind> {
    Ok(kind_from(std::fs::symlink_metadata(path)?.file_type()))
}

pub(super) fn kind_from(t: std::fs::FileType) -> Kind {
    if t.is_symlink() {
        Kind::Link
    } else if t.is_dir() {
        Kind::Folder
    } else if t.is_file() {
        Kind::File
    } else {
        Kind::Other
    }
}

#[cfg(unix)]
fn id_of(meta: &std::fs::Metadata) -> io::Result<FileId> {
    use std::os::unix::fs::MetadataExt;
    Ok(FileId {
        dev: meta.dev(),
        ino: meta.ino(),
    })
}

#[cfg(unix)]
fn entry_of(meta: &std::fs::Metadata) -> io::Result<Entry> {
    use std::os::unix::fs::MetadataExt;
    Ok(Entry {
        kind: kind_from(meta.file_type()),
        id: id_of(meta)?,
        len: meta.len(),
        links: meta.nlink(),
    })
}

#[cfg(not(unix))]
fn id_of(_meta: &std::fs::Metadata) -> io::Result<FileId> {
    // No stable file identity in std elsewhere: every file looks the same, so
    // the checks that compare identities never fire.
    Ok(FileId { dev: 0, ino: 0 })
}

#[cfg(not(unix))]
fn entry_of(meta: &std::fs::Metadata) -> io::Result<Entry> {
    Ok(Entry {
        kind: kind_from(meta.file_type()),
        id: id_of(meta)?,
        len: meta.len(),
        links: 1,
    })
}

#[cfg(unix)]
mod imp {
    use super::*;
    use rustix::fs::{AtFlags, FileType, Mode, OFlags};

    fn private() -> Mode {
        Mode::from_raw_mode(0o600)
    }

    pub fn open(path: &Path) -> io::Result<Folder> {
        let fd = rustix::fs::open(
            path,
            OFlags::RDONLY | OFlags::DIRECTORY | OFlags::CLOEXEC,
            Mode::empty(),
        )?;
        let handle = File::from(fd);
        let id = id_of(&handle.metadata()?)?;
        Ok(Folder {
            path: path.to_path_buf(),
            id,
            handle,
        })
    }

    // `st_dev` and friends are u64 here but narrower on other Unixes.
    #[allow(clippy::unnecessary_cast)]
    pub fn entry(folder: &Folder, name: &OsStr) -> io::Result<Option<Entry>> {
        match rustix::fs::statat(&folder.handle, name, AtFlags::SYMLINK_NOFOLLOW) {
            Ok(st) => {
                let kind = match FileType::from_raw_mode(st.st_mode) {
                    FileType::RegularFile => Kind::File,
                    FileType::Directory => Kind::Folder,
                    FileType::Symlink => Kind::Link,
                    _ => Kind::Other,
                };
                Ok(Some(Entry {
                    kind,
                    id: FileId {
                        dev: st.st_dev as u64,
                        ino: st.st_ino as u64,
                    },
                    len: st.st_size as u64,
                    links: st.st_nlink as u64,
                }))
            }
            Err(rustix::io::Errno::NOENT) => Ok(None),
            Err(e) => Err(e.into()),
        }
    }

    /// ELOOP from O_NOFOLLOW says "a link", in words.
    fn link_refused(e: rustix::io::Errno) -> io::Error {
        if e == rustix::io::Errno::LOOP {
            not_a_file(Kind::Link)
        } else {
            e.into()
        }
    }

    pub fn create_new(folder: &Folder, name: &OsStr) -> io::Result<File> {
        // O_EXCL never follows a link, dangling or not: it fails with EEXIST.
        let flags =
            OFlags::WRONLY | OFlags::CREATE | OFlags::EXCL | OFlags::NOFOLLOW | OFlags::CLOEXEC;
        Ok(File::from(rustix::fs::openat(
            &folder.handle,
            name,
            flags,
            private(),
        )?))
    }

    pub fn open_lock(folder: &Folder, name: &OsStr) -> io::Result<File> {
        let flags = OFlags::RDWR | OFlags::CREATE | OFlags::NOFOLLOW | OFlags::CLOEXEC;
        rustix::fs::openat(&folder.handle, name, flags, private())
            .map(File::from)
            .map_err(link_refused)
    }

    fn read_flags() -> OFlags {
        // O_NONBLOCK so a pipe named like a session cannot hang the program;
        // it changes nothing for plain files.
        OFlags::RDONLY | OFlags::NOFOLLOW | OFlags::NONBLOCK | OFlags::CLOEXEC
    }

    pub fn open_read(folder: &Folder, name: &OsStr) -> io::Result<File> {
        rustix::fs::openat(&folder.handle, name, read_flags(), Mode::empty())
            .map(File::from)
            .map_err(link_refused)
    }

    pub fn open_read_path(path: &Path) -> io::Result<File> {
        rustix::fs::open(path, read_flags(), Mode::empty())
            .map(File::from)
            .map_err(link_refused)
    }

    pub fn rename(folder: &Folder, from: &OsStr, to: &OsStr) -> io::Result<()> {
        Ok(rustix::fs::renameat(
            &folder.handle,
            from,
            &folder.handle,
            to,
        )?)
    }

    pub fn remove(folder: &Folder, name: &OsStr) -> io::Result<()> {
        Ok(rustix::fs::unlinkat(
            &folder.handle,
            name,
            AtFlags::empty(),
        )?)
    }

    pub fn sync(folder: &Folder) -> io::Result<()> {
        Ok(rustix::fs::fsync(&folder.handle)?)
    }
}

#[cfg(not(unix))]
mod imp {
    //! Elsewhere, std paths: no handle to hold, so the checks are by name.
    use super::*;
    use std::fs::OpenOptions;

    pub fn open(path: &Path) -> io::Result<Folder> {
        let meta = std::fs::metadata(path)?;
        if !meta.is_dir() {
            return Err(why::error(
                io::ErrorKind::NotADirectory,
                Msg::new("store-not-a-folder"),
            ));
        }
        Ok(Folder {
            path: path.to_path_buf(),
            id: id_of(&meta)?,
        })
    }

    pub fn entry(folder: &Folder, name: &OsStr) -> io::Result<Option<Entry>> {
        match std::fs::symlink_metadata(folder.path.join(name)) {
            Ok(meta) => Ok(Some(entry_of(&meta)?)),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(e),
        }
    }

    pub fn create_new(folder: &Folder, name: &OsStr) -> io::Result<File> {
        OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(folder.path.join(name))
    }

    pub fn open_lock(folder: &Folder, name: &OsStr) -> io::Result<File> {
        let path = folder.path.join(name);
        if let Some(e) = entry(folder, name)?
            && e.kind != Kind::File
        {
            return Err(not_a_file(e.kind));
        }
        OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(path)
    }

    pub fn open_read(folder: &Folder, name: &OsStr) -> io::Result<File> {
        open_read_path(&folder.path.join(name))
    }

    pub fn open_read_path(path: &Path) -> io::Result<File> {
        let kind = kind_of(path)?;
        if kind != Kind::File {
            return Err(not_a_file(kind));
        }
        File::open(path)
    }

    pub fn rename(folder: &Folder, from: &OsStr, to: &OsStr) -> io::Result<()> {
        std::fs::rename(folder.path.join(from), folder.path.join(to))
    }

    pub fn remove(folder: &Folder, name: &OsStr) -> io::Result<()> {
        std::fs::remove_file(folder.path.join(name))
    }

    pub fn sync(_folder: &Folder) -> io::Result<()> {
        // Windows has no directory fsync; the rename is durable once flushed.
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn temp_names_name_their_target_exactly() {
        let name = temp_name(OsStr::new("2026-11-27-kibera.ron"));
        let name = name.to_str().unwrap();
        assert!(name.starts_with(TEMP_PREFIX));
        assert_eq!(temp_target(name), Some("2026-11-27-kibera.ron"));
        // A session whose own name starts with digits and a dash is not
        // mistaken for another one's temp file.
        assert_eq!(temp_target(".baraza-tmp-12-3-0-a.ron"), Some("0-a.ron"));
        assert_eq!(temp_target(".baraza-tmp-12-a.ron"), None);
        assert_eq!(temp_target(".baraza-tmp--3-a.ron"), None);
        assert_eq!(temp_target("a.ron"), None);
    }
}
