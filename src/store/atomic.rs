//! Crash-safe writes: a power cut at any moment leaves the old file or the new
//! one, never a torn one. And the sweeping of temp files that a crash left.

use std::ffi::OsStr;
use std::io;
use std::path::Path;
use std::time::Duration;

use super::folder::{self, Folder, Kind};

/// Writes `bytes` to `path` atomically and durably (see
/// [`Folder::write_atomic`]): a temp file in the same folder, fsynced, renamed
/// over `path`, the folder fsynced. The file is created 0600; nothing is
/// written through a link.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let (dir, name) = folder::split(path)?;
    Folder::open(&dir)?.write_atomic(&name, bytes).map(|_| ())
}

/// Removes the temp files that crashed saves of the file `name` left in
/// `folder`. Only the holder of that session's lock may call this: it is the
/// only program that makes temp files for it, so none of them is a save in
/// progress.
pub fn sweep_temps_of(folder: &Folder, name: &OsStr) {
    let Some(name) = name.to_str() else {
        return;
    };
    for entry in folder.names().unwrap_or_default() {
        let Some(entry) = entry.to_str() else {
            continue;
        };
        if folder::temp_target(entry) == Some(name) {
            let _ = folder.remove(OsStr::new(entry));
        }
    }
}

/// Removes temp files older than a day from `folder`: those of reports, the
/// listing cache and sessions nobody opened since. Younger ones may belong to
/// a save happening right now in another program.
pub fn sweep_stale_temps(folder: &Folder) {
    let day = Duration::from_secs(24 * 3600);
    for entry in folder.names().unwrap_or_default() {
        if !entry.to_string_lossy().starts_with(folder::TEMP_PREFIX) {
            continue;
        }
        let path = folder.path().join(&entry);
        let old = std::fs::symlink_metadata(&path)
            .ok()
            .filter(|m| !m.is_dir())
            .and_then(|m| m.modified().ok())
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age > day);
        if old && matches!(folder.entry(&entry), Ok(Some(e)) if e.kind != Kind::Folder) {
            let _ = folder.remove(&entry);
        }
    }
}
