//! `x`: write a session's reports next to its file, from the list or from an
//! open session, and say where in one line.

use std::path::Path;

use chrono::NaiveDate;

use crate::commands::export::write_beside;
use crate::model::Session;

/// The status-line message: which files were written, or why not.
pub fn write_reports(path: &Path, session: &Session, today: NaiveDate) -> Result<String, String> {
    let paths =
        write_beside(path, session, today).map_err(|e| format!("report not written: {e}"))?;
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
