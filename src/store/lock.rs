//! One writer per session: an advisory lock (`flock`) on a sidecar
//! `<file>.lock`.
//!
//! - The lock file is opened relative to the folder's handle, created 0600
//!   if missing, never through a link, and only if it is a plain file that
//!   no other name shares: a planted link or hard link is refused, not
//!   written through.
//! - Taking the lock needs no free space: an existing lock file is reused and
//!   a new one is empty; who holds it is written as a courtesy, and on a full
//!   disk simply left out.
//! - The lock file is never deleted: deleting it while another program has
//!   just opened it would let two writers lock two different files of the
//!   same name.
//! - The lock is tied to the identity of the folder and of the lock file it
//!   locked (see [`SessionLock::still_held`]); the saver checks it before
//!   every write.

use std::ffi::{OsStr, OsString};
use std::fs::{File, TryLockError};
use std::io::{self, Read, Seek, Write};
use std::path::{Path, PathBuf};

use super::StoreError;
use super::folder::{FileId, Folder};

/// Held while a session is open for editing; released on drop.
#[derive(Debug)]
pub struct SessionLock {
    folder: Folder,
    /// The session file's name in the folder.
    name: OsString,
    lock_name: OsString,
    file: File,
    /// The identity of the locked lock file.
    id: FileId,
    holder: String,
}

/// Why the lock was not taken.
#[derive(Debug)]
pub enum Refused {
    /// Another program holds it; what its lock file says about it.
    Held(String),
    Io(io::Error),
}

impl SessionLock {
    /// The sidecar lock path of a session file.
    pub fn path_for(session: &Path) -> PathBuf {
        session.with_file_name(lock_name(session.file_name().unwrap_or_default()))
    }

    /// Takes the lock, or says who holds it.
    pub fn acquire(session: &Path, holder: &str) -> Result<SessionLock, StoreError> {
        let (dir, name) = super::folder::split(session).map_err(|e| StoreError::io(session, e))?;
        let folder = Folder::open(&dir).map_err(|e| StoreError::io(&dir, e))?;
        SessionLock::acquire_in(folder, &name, holder).map_err(|r| r.into_error(session))
    }

    /// Takes the lock of the session `name` in `folder`.
    pub fn acquire_in(folder: Folder, name: &OsStr, holder: &str) -> Result<SessionLock, Refused> {
        let lock_name = lock_name(name);
        let mut file = folder.open_lock(&lock_name).map_err(Refused::Io)?;
        match file.try_lock() {
            Ok(()) => {}
            Err(TryLockError::WouldBlock) => return Err(Refused::Held(read_holder(&mut file))),
            Err(TryLockError::Error(e)) => return Err(Refused::Io(e)),
        }
        let id = folder
            .entry(&lock_name)
            .ok()
            .flatten()
            .map(|e| e.id)
            .ok_or_else(|| Refused::Io(io::Error::other("the lock file vanished")))?;
        // Say who we are, for the next program that finds the lock taken. A
        // courtesy only: on a full disk the lock holds without it. In an
        // encrypted folder it is sealed too (it names a person and a laptop).
        let said = super::crypt::seal_for(folder.path(), holder.as_bytes()).unwrap_or_default();
        let _ = file
            .set_len(0)
            .and_then(|_| file.rewind())
            .and_then(|_| file.write_all(&said))
            .and_then(|_| file.flush());
        Ok(SessionLock {
            folder,
            name: name.to_os_string(),
            lock_name,
            file,
            id,
            holder: holder.to_string(),
        })
    }

    /// The folder the lock was taken in, held open.
    pub fn folder(&self) -> &Folder {
        &self.folder
    }

    /// The session file's name in [`SessionLock::folder`].
    pub fn name(&self) -> &OsStr {
        &self.name
    }

    pub fn holder(&self) -> &str {
        &self.holder
    }

    pub fn path(&self) -> PathBuf {
        self.folder.path().join(&self.lock_name)
    }

    /// The session file's path.
    pub fn session_path(&self) -> PathBuf {
        self.folder.path().join(&self.name)
    }

    /// Whether this lock still guards the session at its path: the folder's
    /// path still names the folder it was taken in (not one deleted and made
    /// again, not a remounted medium), and the lock file there is still the
    /// one locked (not deleted or replaced). An error means the folder is not
    /// there to check.
    pub fn still_held(&self) -> io::Result<bool> {
        if self.folder.id_at_path()? != self.folder.id() {
            return Ok(false);
        }
        Ok(self.folder.entry(&self.lock_name)?.map(|e| e.id) == Some(self.id))
    }
}

impl Drop for SessionLock {
    fn drop(&mut self) {
        let _ = self.file.set_len(0);
        let _ = self.file.unlock();
    }
}

impl Refused {
    pub fn into_error(self, session: &Path) -> StoreError {
        match self {
            Refused::Held(holder) => StoreError::Locked {
                path: session.to_path_buf(),
                holder,
            },
            Refused::Io(e) => StoreError::io(&SessionLock::path_for(session), e),
        }
    }
}

fn lock_name(session_name: &OsStr) -> OsString {
    let mut name = session_name.to_os_string();
    name.push(".lock");
    name
}

/// What a held lock file says about its holder, kept short.
fn read_holder(file: &mut File) -> String {
    let mut who = Vec::new();
    let _ = Read::by_ref(file).take(4096).read_to_end(&mut who);
    if super::crypt::is_sealed(&who) {
        who = match super::crypt::unseal(&who) {
            Ok(plain) => plain,
            Err(_) => return "another baraza (who is encrypted)".to_string(),
        };
    }
    who.truncate(300);
    let who = String::from_utf8_lossy(&who);
    let who = who.trim();
    if who.is_empty() {
        "another baraza".to_string()
    } else {
        who.to_string()
    }
}

/// "baraza (pid 4242) of amina on field-laptop, since 10:42".
pub fn describe_holder(since: &str) -> String {
    let user = std::env::var("USER")
        .or_else(|_| std::env::var("USERNAME"))
        .unwrap_or_else(|_| "someone".into());
    let host = std::fs::read_to_string("/proc/sys/kernel/hostname")
        .or_else(|_| std::env::var("HOSTNAME"))
        .or_else(|_| std::env::var("COMPUTERNAME"))
        .map(|h| h.trim().to_string())
        .unwrap_or_else(|_| "this computer".into());
    format!(
        "baraza (pid {}) of {user} on {host}, since {since}",
        std::process::id()
    )
}
