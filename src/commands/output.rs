//! Where reports go: files written atomically with mode 0600 (they hold what
//! the session holds), or standard output.
//!
//! A report never replaces a file baraza keeps for itself or a file that is
//! not a report: the whole command is refused (exit 1, one line) before
//! anything is written when any target is
//!
//! - a session (`*.ron`), a backup of one (`*.ron.bak`, which covers the
//!   `*.v<N>.ron.bak` copy of an upgraded original), a lock (`*.lock`:
//!   replacing it gives it a new inode, so a second program could take the
//!   lock of a session that is open), the listing cache (`.baraza-index`) or
//!   a temporary file (`.baraza-tmp-…`, swept away as stale), whether it
//!   exists or not; names are compared ignoring case, as some file systems
//!   do;
//! - an existing file that is not a plain report: not a regular file (a
//!   link, a pipe, a device), or not named `.md`, `.html` or `.csv`.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::store::{EXTENSION, INDEX_FILE, TEMP_PREFIX, write_atomic};

use super::Failure;

/// One piece of output and where it goes.
pub enum Target {
    Stdout,
    File(PathBuf),
}

/// The file a multi-table CSV export writes for `table`, given `-o FILE`:
/// `report.csv` → `report-votes.csv` beside it.
pub fn table_file(file: &Path, table: &str) -> PathBuf {
    let stem = file
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "report".into());
    file.with_file_name(format!("{stem}-{table}.csv"))
}

/// The extensions of the reports we write.
const REPORT_EXTENSIONS: [&str; 3] = ["md", "html", "csv"];

/// What kind of baraza's own file the name `name` is, if any: a session, a
/// backup, a lock, the listing cache or a temporary file.
fn own_file_kind(name: &str) -> Option<&'static str> {
    let name = name.to_lowercase();
    let session = format!(".{EXTENSION}");
    if name.ends_with(&session) {
        Some("a session file")
    } else if name.ends_with(&format!("{session}.bak")) {
        Some("the backup of a session file")
    } else if name.ends_with(".lock") {
        Some("a session's lock file")
    } else if name == INDEX_FILE {
        Some("the listing cache of a folder of sessions")
    } else if name.starts_with(TEMP_PREFIX) {
        Some("a temporary file of baraza")
    } else {
        None
    }
}

fn is_report_name(name: &str) -> bool {
    Path::new(name)
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| REPORT_EXTENSIONS.iter().any(|r| e.eq_ignore_ascii_case(r)))
}

/// Why a report must not be written to `path`, if it must not (see the
/// module documentation).
pub fn refusal(path: &Path) -> Option<String> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let shown = path.display();
    if let Some(kind) = own_file_kind(&name) {
        return Some(format!(
            "{shown}: is {kind}; a report is never written over one, give a name ending in .md, .html or .csv"
        ));
    }
    // Not following a link: the link itself is what would be replaced.
    let meta = fs::symlink_metadata(path).ok()?;
    if !meta.file_type().is_file() {
        Some(format!(
            "{shown}: exists and is not a plain file; a report is never written over it, give another name"
        ))
    } else if !is_report_name(&name) {
        Some(format!(
            "{shown}: exists and is not a report (.md, .html or .csv); a report is never written over it, give another name"
        ))
    } else {
        None
    }
}

/// Writes every piece; prints the path of each file written on `out`, one
/// per line. Nothing is written when any file target is refused (see
/// [`refusal`]).
pub fn write_all(pieces: Vec<(Target, Vec<u8>)>, out: &mut impl Write) -> Result<(), Failure> {
    for (target, _) in &pieces {
        if let Target::File(path) = target
            && let Some(why) = refusal(path)
        {
            return Err(Failure::failed(why));
        }
    }
    for (target, bytes) in pieces {
        match target {
            Target::Stdout => out
                .write_all(&bytes)
                .and_then(|_| out.flush())
                .map_err(|e| Failure::failed(format!("cannot write to standard output: {e}")))?,
            Target::File(path) => {
                write_atomic(&path, &bytes).map_err(|e| {
                    Failure::failed(format!("cannot write {}: {e}", path.display()))
                })?;
                writeln!(out, "{}", path.display()).map_err(|e| {
                    Failure::failed(format!("cannot write to standard output: {e}"))
                })?;
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn baraza_own_files_are_recognised_by_name_in_any_case() {
        for (name, kind) in [
            ("2026-06-06-kibera.ron", "a session file"),
            ("2026-06-06-kibera.RON", "a session file"),
            ("2026-06-06-kibera.ron.bak", "the backup of a session file"),
            (
                "2026-06-06-kibera.v1.ron.bak",
                "the backup of a session file",
            ),
            ("2026-06-06-kibera.ron.lock", "a session's lock file"),
            ("anything.lock", "a session's lock file"),
            (".baraza-index", "the listing cache of a folder of sessions"),
            (".BARAZA-INDEX", "the listing cache of a folder of sessions"),
            (".baraza-tmp-123-0-report.md", "a temporary file of baraza"),
        ] {
            assert_eq!(own_file_kind(name), Some(kind), "{name}");
        }
        for name in [
            "report.md",
            "report.html",
            "rollup-escalated.csv",
            "kibera.ron.md",
            ".baraza-index-problems.csv",
            "notes.bak",
        ] {
            assert_eq!(own_file_kind(name), None, "{name}");
        }
    }

    #[test]
    fn report_names_are_md_html_and_csv() {
        assert!(is_report_name("a.md") && is_report_name("a.HTML") && is_report_name("a.csv"));
        assert!(!is_report_name("a.txt") && !is_report_name("md") && !is_report_name("a.htm"));
    }
}
