//! Where reports go: files written atomically with mode 0600 (they hold what
//! the session holds), or standard output.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::store::write_atomic;

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

/// Writes every piece; prints the path of each file written on `out`, one
/// per line. A report is never written over a session file (`*.ron`).
pub fn write_all(pieces: Vec<(Target, Vec<u8>)>, out: &mut impl Write) -> Result<(), Failure> {
    for (target, _) in &pieces {
        if let Target::File(path) = target
            && path
                .extension()
                .is_some_and(|e| e.eq_ignore_ascii_case(crate::store::EXTENSION))
        {
            return Err(Failure::usage(format!(
                "{}: a report is never written over a session file; give a name ending in .md, .html or .csv",
                path.display()
            )));
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
