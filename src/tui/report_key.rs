//! `x`: write a session's reports next to its file, from the list or from an
//! open session, and say where in one line. Names, the overwrite guard and
//! the wording are the store's ([`crate::store::reports`]), the same as for
//! `baraza export`; so is the export log: every report written is recorded
//! in the session ([`Written::records`]), by the open session's editor or,
//! from the list, by [`reports::log_export`].

use std::path::Path;

use crate::model::{ExportFormat, ExportRecord, Session, Timestamp};
use crate::report::{Options, html, markdown};
use crate::store::reports::{self, Chosen, Target};

/// What `x` wrote: the status-line message and the export log entries.
pub struct Written {
    pub message: String,
    pub records: Vec<ExportRecord>,
}

/// Writes the Markdown and HTML reports, or says why not.
/// `interface`: the facilitator's language, for a session with no room
/// language of its own.
pub fn write_reports(
    path: &Path,
    session: &Session,
    now: Timestamp,
    interface: crate::i18n::Lang,
) -> Result<Written, String> {
    let mut options = Options::new(now.date_naive()).speaking(session.room_language(interface));
    options.from_encrypted = path
        .parent()
        .is_some_and(crate::store::crypt::is_encrypted_folder);
    let pieces = [
        ("md", markdown::markdown(session, &options)),
        ("html", html::html(session, &options)),
    ]
    .into_iter()
    .map(|(extension, text)| {
        let target = Target::File(reports::beside(path, extension, None, false));
        (target, text.into_bytes())
    })
    .collect();
    let written = reports::write(pieces, Some(path), Chosen::Beside, &mut std::io::sink());
    let records = match &written {
        Ok(files) => files
            .iter()
            .map(|file| ExportRecord {
                at: now,
                format: if file.extension().is_some_and(|e| e == "html") {
                    ExportFormat::Html
                } else {
                    ExportFormat::Markdown
                },
                tables: Vec::new(),
                anonymized: false,
                min_group: None,
                to: vec![file.display().to_string()],
            })
            .collect(),
        Err(_) => Vec::new(),
    };
    let mut message = reports::beside_outcome(written)?;
    if options.from_encrypted {
        // Said where the facilitator looks: these copies are readable.
        message = message.replacen(
            "report written next to the session",
            "report written next to the session, NOT encrypted",
            1,
        );
    }
    Ok(Written { message, records })
}
