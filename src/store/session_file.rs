//! The session file under its lock: what the saver writes into.
//!
//! Before every write it makes sure the lock still guards the file the
//! facilitator opened:
//!
//! - the folder's path still names the folder the lock was taken in, and the
//!   lock file is still the one locked. If not (the folder was deleted and
//!   made again, the USB stick remounted, the lock file removed) the lock is
//!   taken again there if it is free, and writing goes on; if another
//!   program holds it now, this one stops writing for good and says so —
//!   never two writers;
//! - the session file is still the one this program last read or wrote (or
//!   is gone, and is written anew). A file replaced by someone else is not
//!   written over: writing stops and says so.
//!
//! A file migrated from an older version is first copied aside, under a name
//! that is free, before anything is written over it.
//!
//! In an encrypted folder every write is sealed ([`super::crypt`]), the copy
//! of an original too; a session read sealed is never written in plain
//! text, whatever happened to the folder's settings.

mod fingerprint;

use std::ffi::{OsStr, OsString};

use fingerprint::Fingerprint;

use super::codec::encode_to;
use super::folder::{FileId, Folder, Kind, temp_name};
use super::lock::{Refused, SessionLock};
use super::saver::{Sink, Snapshot, Trouble};
use super::why::io_msg;
use crate::i18n::Msg;

/// What this program knows of the file on disk: the identity and contents of
/// the version it last read or wrote.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Known {
    id: Option<FileId>,
    hash: u64,
    len: usize,
}

impl Known {
    fn of(id: Option<FileId>, bytes: &[u8]) -> Known {
        Known {
            id,
            hash: hash(bytes),
            len: bytes.len(),
        }
    }
}

fn hash(bytes: &[u8]) -> u64 {
    Fingerprint::of(bytes)
}

/// Passes writes on to the file, counting and hashing them as [`Known`]
/// does a file read whole: a save streams its bytes and never holds them.
struct Hashing<'f> {
    file: &'f mut std::fs::File,
    hasher: Fingerprint,
    len: usize,
}

impl std::io::Write for Hashing<'_> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.file.write(buf)?;
        self.hasher.write(&buf[..n]);
        self.len += n;
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.file.flush()
    }
}

/// The original of a file upgraded from an older version, to copy aside
/// before the first save over it.
#[derive(Debug)]
pub struct Backup {
    pub version: u32,
    pub original: Vec<u8>,
}

pub struct SessionFile {
    lock: SessionLock,
    known: Known,
    backup: Option<Backup>,
    /// The file was sealed when it was read: it is never saved in plain text.
    sealed: bool,
}

impl SessionFile {
    /// `bytes` and `id`: the file as it was read under the lock.
    pub fn new(lock: SessionLock, bytes: &[u8], id: FileId, backup: Option<Backup>) -> SessionFile {
        SessionFile {
            lock,
            known: Known::of(Some(id), bytes),
            backup,
            sealed: super::crypt::is_sealed(bytes),
        }
    }

    fn name(&self) -> String {
        self.lock.name().to_string_lossy().into_owned()
    }

    fn folder(&self) -> &Folder {
        self.lock.folder()
    }

    /// Takes the lock again in the folder now at the lock's path.
    fn retake(&mut self) -> Result<(), Trouble> {
        let path = self.folder().path().to_path_buf();
        let folder = Folder::open(&path).map_err(|e| {
            Trouble::Retry(why("save-why-folder-unreachable", &path).with("error", io_msg(&e)))
        })?;
        let name = self.lock.name().to_os_string();
        match SessionLock::acquire_in(folder, &name, self.lock.holder()) {
            Ok(lock) => {
                self.lock = lock;
                // The file there is taken as ours only if it is what we last
                // read or wrote (a remounted stick) or is not there.
                self.known.id = None;
                self.recognise_file()
            }
            Err(Refused::Held(holder)) => Err(Trouble::Stop(
                Msg::new("save-why-taken-over")
                    .with("file", self.name())
                    .with("holder", holder),
            )),
            Err(Refused::Io(e)) => Err(Trouble::Retry(
                Msg::new("save-why-lock-lost")
                    .with("file", self.name())
                    .with("error", io_msg(&e)),
            )),
        }
    }

    /// Checks that the session file is still the one we know.
    fn recognise_file(&mut self) -> Result<(), Trouble> {
        let name: OsString = self.lock.name().to_os_string();
        let entry = self.folder().entry(&name).map_err(|e| {
            Trouble::Retry(
                Msg::new("save-why-cannot-look")
                    .with("file", self.name())
                    .with("error", io_msg(&e)),
            )
        })?;
        let Some(entry) = entry else {
            // Deleted (or a new, empty folder): the save writes it anew.
            return Ok(());
        };
        if entry.kind != Kind::File {
            return Err(Trouble::Stop(
                Msg::new("save-why-not-a-file").with("file", self.name()),
            ));
        }
        if Some(entry.id) == self.known.id {
            return Ok(());
        }
        let same = self.folder().read(&name).ok().is_some_and(|(bytes, _)| {
            bytes.len() == self.known.len && hash(&bytes) == self.known.hash
        });
        if same {
            self.known.id = Some(entry.id);
            Ok(())
        } else {
            Err(Trouble::Stop(
                Msg::new("save-why-replaced").with("file", self.name()),
            ))
        }
    }

    /// Copies the original aside as `<stem>.v<N>.ron.bak`, or the first free
    /// `<stem>.v<N>-<k>.ron.bak`: a name that exists (a file, a link) is never
    /// written over or through.
    fn write_backup(&self, backup: &Backup) -> std::io::Result<OsString> {
        let name = self.name();
        let stem = name.strip_suffix(".ron").unwrap_or(&name);
        let folder = self.folder();
        // An original in plain text in an encrypted folder is sealed too.
        let original = if super::crypt::is_sealed(&backup.original) {
            backup.original.clone()
        } else {
            super::crypt::seal_for(folder.path(), &backup.original)?
        };
        // Written in full under a temp name of the session (swept with the
        // session's temps after a crash), then moved onto a name reserved new.
        let temp = temp_name(self.lock.name());
        let result = (|| {
            let mut file = folder.create_new(&temp)?;
            std::io::Write::write_all(&mut file, &original)?;
            file.sync_all()?;
            drop(file);
            for k in 1u32.. {
                let candidate = match k {
                    1 => format!("{stem}.v{}.ron.bak", backup.version),
                    k => format!("{stem}.v{}-{k}.ron.bak", backup.version),
                };
                let candidate = OsString::from(candidate);
                match folder.create_new(&candidate) {
                    Ok(_) => {
                        folder.rename(&temp, &candidate)?;
                        folder.sync()?;
                        return Ok(candidate);
                    }
                    Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
                    Err(e) => return Err(e),
                }
            }
            unreachable!("some name is free")
        })();
        if result.is_err() {
            let _ = folder.remove(&temp);
        }
        result
    }
}

/// A reason that names the session's folder.
fn why(id: &'static str, folder: &std::path::Path) -> Msg {
    Msg::new(id).with("folder", folder.display().to_string())
}

impl Sink for SessionFile {
    fn check(&mut self) -> Result<(), Trouble> {
        match self.lock.still_held() {
            Ok(true) => {}
            Ok(false) => self.retake()?,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(Trouble::Retry(why(
                    "save-why-folder-gone",
                    self.folder().path(),
                )));
            }
            Err(e) => {
                return Err(Trouble::Retry(
                    why("save-why-folder-unreachable", self.folder().path())
                        .with("error", io_msg(&e)),
                ));
            }
        }
        self.recognise_file()
    }

    fn save(&mut self, session: Snapshot) -> Result<(), Trouble> {
        self.check()?;
        if let Some(backup) = &self.backup {
            self.write_backup(backup).map_err(|e| {
                Trouble::Retry(
                    Msg::new("save-why-no-backup")
                        .with("version", backup.version.to_string())
                        .with("error", io_msg(&e)),
                )
            })?;
            self.backup = None;
        }
        let dir = self.folder().path();
        let settings = super::crypt::settings(dir).map_err(|e| {
            Trouble::Retry(Msg::new("save-why-settings-unreadable").with("error", io_msg(&e)))
        })?;
        if self.sealed && settings.is_none() {
            return Err(Trouble::Retry(
                Msg::new("save-why-settings-gone")
                    .with("file", self.name())
                    .with("settings", super::crypt::SETTINGS_FILE),
            ));
        }
        // Encoded and (in an encrypted folder) sealed as it is written: no
        // copy of the file in memory, and the snapshot let go of as soon as
        // it is encoded, before the fsyncs, so the editor changes its session
        // in place while the bytes reach the disk.
        let sealer = super::crypt::sealer(settings.as_ref()).map_err(|e| {
            Trouble::Retry(Msg::new("save-why-cannot-encrypt").with("error", io_msg(&e)))
        })?;
        let sealing = sealer.is_some();
        let name: &OsStr = self.lock.name();
        let (id, (len, hash)) = self
            .folder()
            .write_atomic_with(name, move |file| {
                let mut out = Hashing {
                    file,
                    hasher: Fingerprint::new(),
                    len: 0,
                };
                super::crypt::write_sealed(sealer, &mut out, |w| encode_to(&session, w))?;
                drop(session);
                Ok((out.len, out.hasher.finish()))
            })
            .map_err(|e| Trouble::Retry(io_msg(&e)))?;
        self.known = Known {
            id: Some(id),
            hash,
            len,
        };
        self.sealed |= sealing;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A save hashes its bytes as they stream out, in whatever pieces the
    /// writers above hand down; reading the file back hashes it whole. Both
    /// must agree, or the program would take its own save for another's.
    #[test]
    fn a_streamed_hash_is_the_hash_of_the_whole() {
        let bytes: Vec<u8> = (0..200_003u32).map(|i| (i * 7 + i / 13) as u8).collect();
        for piece in [1, 7, 64, 4096, 65_536, 200_003] {
            let mut h = Fingerprint::new();
            for chunk in bytes.chunks(piece) {
                h.write(chunk);
            }
            assert_eq!(h.finish(), hash(&bytes), "pieces of {piece}");
        }
    }
}
