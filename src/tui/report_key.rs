//! `x`: write a session's reports next to its file, from the list or from an
//! open session, and say where in one line. Names, the overwrite guard and
//! the wording are the store's ([`crate::store::reports`]), the same as for
//! `baraza export`.

use std::path::Path;

use chrono::NaiveDate;

use crate::model::Session;
use crate::report::{Options, html, markdown};
use crate::store::reports::{self, Chosen, Target};

/// The status-line message: which files were written, or why not.
pub fn write_reports(path: &Path, session: &Session, today: NaiveDate) -> Result<String, String> {
    let options = Options::new(today);
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
    reports::beside_outcome(written)
}
