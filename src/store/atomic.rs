//! Crash-safe writes: a power cut at any moment leaves the old file or the new
//! one, never a torn one.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Prefix of temporary files. They start with a dot and do not end in `.ron`,
/// so a leftover from a crash is never listed as a session.
pub const TEMP_PREFIX: &str = ".baraza-tmp-";

/// Writes `bytes` to `path` atomically and durably: a temporary file in the same
/// folder, written and fsynced, renamed over `path`, then the folder fsynced so
/// the rename itself survives a power cut. The file is created with mode 0600.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let temp = temp_path(dir, path);
    let result = (|| {
        let mut file = private_options().create_new(true).open(&temp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        drop(file);
        fs::rename(&temp, path)?;
        sync_dir(dir)
    })();
    if result.is_err() {
        // Best effort: the temp file is harmless if this fails too.
        let _ = fs::remove_file(&temp);
    }
    result
}

/// Options that create files readable by their owner only.
pub fn private_options() -> OpenOptions {
    let mut options = OpenOptions::new();
    options.write(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options
}

/// A temp name unique to this process and moment, so a stale temp file left by
/// a crash never collides with (and never blocks) the next save.
fn temp_path(dir: &Path, target: &Path) -> PathBuf {
    use std::sync::atomic::{AtomicU64, Ordering};
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    dir.join(format!("{TEMP_PREFIX}{}-{n}-{name}", std::process::id()))
}

#[cfg(unix)]
fn sync_dir(dir: &Path) -> io::Result<()> {
    File::open(dir)?.sync_all()
}

#[cfg(not(unix))]
fn sync_dir(_dir: &Path) -> io::Result<()> {
    // Windows has no directory fsync; the rename is durable once flushed.
    Ok(())
}

/// Looks after the folder when it is opened: removes temp files older than a
/// day that a crashed run left behind (younger ones may belong to a save
/// happening right now in another process), and makes session files copied
/// in from elsewhere (a USB stick, an email) private like the ones we write.
pub fn tidy(dir: &Path) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    let day = std::time::Duration::from_secs(24 * 3600);
    for entry in entries.flatten() {
        let name = entry.file_name();
        if !name.to_string_lossy().starts_with(TEMP_PREFIX) {
            make_private(&entry);
            continue;
        }
        let old = entry
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age > day);
        if old {
            let _ = fs::remove_file(entry.path());
        }
    }
}

#[cfg(unix)]
fn make_private(entry: &fs::DirEntry) {
    use std::os::unix::fs::PermissionsExt;
    let name = entry.file_name();
    let name = name.to_string_lossy();
    let ours = [".ron", ".bak", ".lock", ".md", ".html", ".csv"]
        .iter()
        .any(|ext| name.ends_with(ext));
    if let Ok(meta) = entry.metadata()
        && ours
        && meta.is_file()
        && meta.permissions().mode() & 0o077 != 0
    {
        let _ = fs::set_permissions(entry.path(), fs::Permissions::from_mode(0o600));
    }
}

#[cfg(not(unix))]
fn make_private(_entry: &fs::DirEntry) {}
