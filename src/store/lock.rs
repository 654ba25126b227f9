//! One writer per session: an advisory lock on a sidecar `<file>.lock`.
//!
//! The lock file is never deleted: deleting it while another process has just
//! opened it would let two writers lock two different files of the same name.

use std::fs::{File, OpenOptions, TryLockError};
use std::io::{Read, Seek, Write};
use std::path::{Path, PathBuf};

use super::StoreError;

/// Held while a session is open for editing; released on drop.
#[derive(Debug)]
pub struct SessionLock {
    file: File,
    path: PathBuf,
}

impl SessionLock {
    /// The sidecar lock path of a session file.
    pub fn path_for(session: &Path) -> PathBuf {
        let mut name = session.file_name().unwrap_or_default().to_os_string();
        name.push(".lock");
        session.with_file_name(name)
    }

    /// Takes the lock, or says who holds it.
    pub fn acquire(session: &Path, holder: &str) -> Result<SessionLock, StoreError> {
        let path = Self::path_for(session);
        let mut options = OpenOptions::new();
        options.read(true).write(true).create(true).truncate(false);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        let io = |e| StoreError::io(&path, e);
        let mut file = options.open(&path).map_err(io)?;
        match file.try_lock() {
            Ok(()) => {}
            Err(TryLockError::WouldBlock) => {
                let mut who = String::new();
                let _ = file.read_to_string(&mut who);
                let who = who.trim();
                return Err(StoreError::Locked {
                    path: session.to_path_buf(),
                    holder: if who.is_empty() {
                        "another baraza".to_string()
                    } else {
                        who.to_string()
                    },
                });
            }
            Err(TryLockError::Error(e)) => return Err(io(e)),
        }
        // Say who we are, for the next program that finds the lock taken.
        file.set_len(0).map_err(io)?;
        file.rewind().map_err(io)?;
        file.write_all(holder.as_bytes()).map_err(io)?;
        file.flush().map_err(io)?;
        Ok(SessionLock { file, path })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }
}

impl Drop for SessionLock {
    fn drop(&mut self) {
        let _ = self.file.set_len(0);
        let _ = self.file.unlock();
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
