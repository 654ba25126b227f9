//! Reports on disk: the one place that decides what a report file is called,
//! where it may be written, and how the outcome is worded. `baraza export`,
//! `baraza rollup -o` and the program's `x` all write through [`write`], so
//! the guard below cannot drift between them.
//!
//! Files are written atomically with mode 0600 (they hold what the session
//! holds). A report never replaces a file baraza keeps for itself or a file
//! that is not a report: the whole write is refused (one line) before
//! anything is written when any target is
//!
//! - the session the report is made from, whatever its name;
//! - a session (`*.ron`), a backup of one (`*.ron.bak`, which covers the
//!   `*.v<N>.ron.bak` copy of an upgraded original), a lock (`*.lock`:
//!   replacing it gives it a new inode, so a second program could take the
//!   lock of a session that is open), the listing cache (`.baraza-index`) or
//!   a temporary file (`.baraza-tmp-…`, swept away as stale), whether it
//!   exists or not; names are compared ignoring case, as some file systems
//!   do;
//! - an existing file that is not a plain report: not a regular file (a
//!   link, a pipe, a device, a folder), or not named `.md`, `.html` or
//!   `.csv`;
//! - an existing `.md`, `.html` or `.csv` file that baraza cannot recognise
//!   as a report it wrote: Markdown ends with [`markdown::MARK`], HTML
//!   names baraza as its generator, and a CSV table starts with the same
//!   columns as the table about to be written. Someone's own `notes.md` is
//!   never replaced.
//!
//! A report over an earlier report baraza wrote is what exporting again
//! means, and is allowed.
//!
//! Every report of a session that was written is recorded in the session's
//! export log ([`log_export`]): which report, when, anonymised or not, where.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use super::{EXTENSION, INDEX_FILE, OpenSession, SaveState, TEMP_PREFIX, folder, write_atomic};
use crate::model::{Change, ExportRecord, Field, Timestamp};
use crate::report::markdown;

/// One piece of output and where it goes.
pub enum Target {
    Stdout,
    File(PathBuf),
}

/// Who chose where the reports go. It decides what a refusal tells the user
/// to do: a name typed with `-o` can be changed; the fixed name beside the
/// session (`x` in the program) cannot.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Chosen {
    /// Given on the command line (or its default there).
    ByUser,
    /// The fixed name next to the session file.
    Beside,
}

/// The extensions of the reports we write.
const REPORT_EXTENSIONS: [&str; 3] = ["md", "html", "csv"];

/// The name a report gets next to the session file `session`: `<stem>.<ext>`,
/// or `<stem>-<table>.csv` for one CSV table; `-anon` after the stem for
/// anonymised copies.
pub fn default_name(session: &Path, extension: &str, table: Option<&str>, anon: bool) -> String {
    let stem = session
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "session".into());
    let anon = if anon { "-anon" } else { "" };
    match table {
        Some(t) => format!("{stem}{anon}-{t}.csv"),
        None => format!("{stem}{anon}.{extension}"),
    }
}

/// The path of [`default_name`] in the folder of the session file.
pub fn beside(session: &Path, extension: &str, table: Option<&str>, anon: bool) -> PathBuf {
    let dir = session
        .parent()
        .map_or_else(PathBuf::new, Path::to_path_buf);
    dir.join(default_name(session, extension, table, anon))
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
    } else if super::cue::is_cue_name(&name) {
        Some("the room's screen's side file of a session")
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

/// Whether `a` and `b` name one file (both must exist).
fn same_file(a: &Path, b: &Path) -> bool {
    match (fs::canonicalize(a), fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

/// What is in the way of a report.
enum Obstacle {
    /// One of baraza's own files, by name: what kind.
    Own(&'static str),
    /// The session the report is made from.
    Session,
    /// A link, a pipe, a device, a folder.
    NotPlain,
    /// A file not named `.md`, `.html` or `.csv`.
    NotReport,
    /// A `.md`, `.html` or `.csv` file baraza did not write.
    NotOurs,
}

/// The HTML reports' mark (see `report::html`).
const HTML_MARK: &str = "<meta name=\"generator\" content=\"baraza\">";

/// The first `n` cells of the first line of a CSV text (after its BOM).
fn header_cells(bytes: &[u8], n: usize) -> Vec<String> {
    let text = String::from_utf8_lossy(bytes);
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let line = text.lines().next().unwrap_or("");
    line.split(',').take(n).map(str::to_string).collect()
}

/// Whether the report file at `path`, about to be replaced by `new`, is one
/// baraza wrote (see the module documentation). Read without following a
/// link, and only its start or end.
fn written_by_baraza(path: &Path, new: &[u8]) -> bool {
    let Ok((old, _)) = folder::read_file(path) else {
        return false;
    };
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    match ext.as_str() {
        "md" => String::from_utf8_lossy(&old[old.len().saturating_sub(400)..])
            .trim_end()
            .ends_with(markdown::MARK),
        "html" => String::from_utf8_lossy(&old[..old.len().min(4096)]).contains(HTML_MARK),
        "csv" => {
            let want = header_cells(new, 2);
            !want.is_empty() && !want[0].is_empty() && header_cells(&old, 2) == want
        }
        _ => false,
    }
}

fn obstacle(path: &Path, name: &str, session: Option<&Path>, new: &[u8]) -> Option<Obstacle> {
    if let Some(kind) = own_file_kind(name) {
        return Some(Obstacle::Own(kind));
    }
    // A session by another name (opened by path).
    if session.is_some_and(|s| same_file(s, path)) {
        return Some(Obstacle::Session);
    }
    // Not following a link: the link itself is what would be replaced.
    let meta = fs::symlink_metadata(path).ok()?;
    if !meta.file_type().is_file() {
        Some(Obstacle::NotPlain)
    } else if !is_report_name(name) {
        Some(Obstacle::NotReport)
    } else if !written_by_baraza(path, new) {
        Some(Obstacle::NotOurs)
    } else {
        None
    }
}

/// Why a report must not be written to `path`, if it must not (see the
/// module documentation), in one line worded for whoever `chosen` says
/// picked the name. `session` is the file the report is made from, if any.
/// `new` is what would be written there.
pub fn refusal(path: &Path, session: Option<&Path>, chosen: Chosen, new: &[u8]) -> Option<String> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let obstacle = obstacle(path, &name, session, new)?;
    Some(match chosen {
        Chosen::ByUser => {
            let shown = path.display();
            match obstacle {
                Obstacle::Own(kind) => format!(
                    "{shown}: is {kind}; a report is never written over one, give a name ending in .md, .html or .csv"
                ),
                Obstacle::Session => format!(
                    "{shown}: is the session itself; a report is never written over it, give another name"
                ),
                Obstacle::NotPlain => format!(
                    "{shown}: exists and is not a plain file; a report is never written over it, give another name"
                ),
                Obstacle::NotReport => format!(
                    "{shown}: exists and is not a report (.md, .html or .csv); a report is never written over it, give another name"
                ),
                Obstacle::NotOurs => format!(
                    "{shown}: exists and is not a report baraza wrote; it is never written over, give another name"
                ),
            }
        }
        // On the status line, short enough to be read whole: the session's
        // file name is long, and the facilitator knows which session it is.
        Chosen::Beside => {
            let ext = Path::new(&name)
                .extension()
                .map(|e| e.to_string_lossy().into_owned())
                .unwrap_or_default();
            let todo = "move it or use baraza export -o";
            match obstacle {
                Obstacle::Own(kind) => {
                    format!("the .{ext} beside the session is {kind}; {todo}")
                }
                Obstacle::Session => {
                    format!("the session's own file ends in .{ext}; use baraza export -o")
                }
                Obstacle::NotPlain => {
                    format!("the .{ext} beside the session is not a plain file; {todo}")
                }
                Obstacle::NotReport => {
                    format!("the .{ext} beside the session is not a report; {todo}")
                }
                Obstacle::NotOurs => {
                    format!("the .{ext} beside the session was not written by baraza; {todo}")
                }
            }
        }
    })
}

/// Writes every piece: bytes for [`Target::Stdout`] go to `out`, and the
/// path of each file written is printed on `out`, one per line. Nothing is
/// written when any file target is refused (see [`refusal`]). Returns the
/// files written; on failure, one line saying what went wrong.
pub fn write(
    pieces: Vec<(Target, Vec<u8>)>,
    session: Option<&Path>,
    chosen: Chosen,
    out: &mut impl Write,
) -> Result<Vec<PathBuf>, String> {
    for (target, bytes) in &pieces {
        if let Target::File(path) = target
            && let Some(why) = refusal(path, session, chosen, bytes)
        {
            return Err(why);
        }
    }
    let mut written = Vec::new();
    for (target, bytes) in pieces {
        match target {
            Target::Stdout => out
                .write_all(&bytes)
                .and_then(|_| out.flush())
                .map_err(|e| format!("cannot write to standard output: {e}"))?,
            Target::File(path) => {
                write_atomic(&path, &bytes)
                    .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
                writeln!(out, "{}", path.display())
                    .map_err(|e| format!("cannot write to standard output: {e}"))?;
                written.push(path);
            }
        }
    }
    Ok(written)
}

/// Adds `records` to the export log of the session file `session`: opened
/// under its lock (so a program editing it is never written behind), changed
/// through its editor, saved like any change. On failure, why, in one line.
pub fn log_export(
    session: &Path,
    records: Vec<ExportRecord>,
    holder: &str,
    now: Timestamp,
) -> Result<(), String> {
    let mut open = OpenSession::open(session, holder).map_err(|e| e.detail())?;
    let editor = open.editor_mut().ok_or("opened read-only")?;
    let mut log = editor.session().exports.clone();
    log.extend(records);
    editor
        .record(Change::Set(Field::Exports(log)), now)
        .map_err(|e| e.to_string())?;
    open.save_if_changed(now);
    match open.flush() {
        SaveState::Saved(_) => Ok(()),
        // The export log's note is still worded in English (its callers'
        // texts are).
        SaveState::Failed(why) | SaveState::Stopped(why) => Err(crate::i18n::Lang::En.msg(&why)),
        other => Err(format!("not saved ({other:?})")),
    }
}

/// The status line after `x`: which reports were written next to the
/// session, or why none was.
pub fn beside_outcome(result: Result<Vec<PathBuf>, String>) -> Result<String, String> {
    let paths = result.map_err(|e| format!("report not written: {e}"))?;
    let names: Vec<String> = paths
        .iter()
        .filter_map(|p| p.file_name())
        .map(|n| n.to_string_lossy().into_owned())
        .collect();
    Ok(format!(
        "report written next to the session: {}",
        names.join(", ")
    ))
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
            (
                "2026-06-06-kibera.ron.view",
                "the room's screen's side file of a session",
            ),
            (
                "2026-06-06-kibera.RON.VIEW",
                "the room's screen's side file of a session",
            ),
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

    #[test]
    fn default_names_follow_the_session_file() {
        let session = Path::new("/s/2026-06-06-kibera.ron");
        assert_eq!(
            default_name(session, "md", None, false),
            "2026-06-06-kibera.md"
        );
        assert_eq!(
            default_name(session, "csv", Some("votes"), true),
            "2026-06-06-kibera-anon-votes.csv"
        );
        assert_eq!(
            beside(session, "html", None, false),
            Path::new("/s/2026-06-06-kibera.html")
        );
        assert_eq!(
            table_file(Path::new("out/report.csv"), "votes"),
            Path::new("out/report-votes.csv")
        );
    }
}
