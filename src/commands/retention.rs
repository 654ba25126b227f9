//! `baraza retention`: purge, from every session of the folder, the free text
//! the programme chooses once it is older than a set age ("less data, less
//! risk"), keeping counts, ranks, statuses, dates and titles. Each purge is
//! recorded in the session (a purge record, and a line in its audit log).
//!
//! A session open in the program is left alone (its lock is held) and named;
//! the command then exits 1 so that the purge is run again.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use chrono::Days;

use crate::cli::{PurgeArg, RetentionArgs};
use crate::clock::Clock;
use crate::model::retention::{Purged, purge};
use crate::model::{Editor, PurgeField};
use crate::store::{self, SessionLock, Store, describe_holder};

use super::Failure;

fn field(arg: PurgeArg) -> PurgeField {
    match arg {
        PurgeArg::Context => PurgeField::Context,
        PurgeArg::Progress => PurgeField::ProgressNotes,
        PurgeArg::Descriptions => PurgeField::Descriptions,
        PurgeArg::Reasons => PurgeField::Reasons,
        PurgeArg::Risks => PurgeField::Risks,
        PurgeArg::Lessons => PurgeField::Lessons,
    }
}

pub fn run(
    store: &Store,
    args: &RetentionArgs,
    clock: &Clock,
    out: &mut impl Write,
    warn: &mut impl Write,
) -> Result<ExitCode, Failure> {
    let now = clock.now();
    let today = now.date_naive();
    let before = match (args.before, args.older_than) {
        (Some(day), _) => day,
        (None, Some(days)) => today
            .checked_sub_days(Days::new(u64::from(days)))
            .ok_or_else(|| Failure::usage(format!("--older-than {days}: too many days")))?,
        (None, None) => return Err(Failure::usage("give --older-than DAYS or --before DATE")),
    };
    if before > today {
        return Err(Failure::usage(format!(
            "--before {before} is after today; the retention rule purges only what is older"
        )));
    }
    let fields: Vec<PurgeField> = args.purge.iter().copied().map(field).collect();
    let holder = describe_holder(&now.format("%H:%M").to_string());
    let write = |out: &mut dyn Write, line: String| {
        writeln!(out, "{line}").map_err(|e| Failure::failed(format!("cannot write: {e}")))
    };

    let mut purged_sessions = 0;
    let mut left = 0;
    for path in store.session_files() {
        let name = file_name(&path);
        let session = match store::load(&path) {
            Ok(d) => d.session,
            Err(e) => {
                write(
                    warn,
                    format!(
                        "baraza: skipped unreadable {name}: {}",
                        one_line(&e.detail())
                    ),
                )?;
                left += 1;
                continue;
            }
        };
        let Some((_, purged)) = purge(&session, &fields, before, now) else {
            continue;
        };
        if args.dry_run {
            write(out, format!("{name}: would purge {}", purged.describe()))?;
            purged_sessions += 1;
            continue;
        }
        match purge_file(&path, &fields, before, &holder, clock) {
            Ok(Some(done)) => {
                write(out, format!("{name}: purged {}", done.describe()))?;
                purged_sessions += 1;
            }
            Ok(None) => {}
            Err(why) => {
                write(warn, format!("baraza: left {name} as it was: {why}"))?;
                left += 1;
            }
        }
    }

    let verb = if args.dry_run {
        "would be purged"
    } else {
        "purged"
    };
    write(
        out,
        format!(
            "{} {verb} of text from before {before}",
            crate::text::plural(purged_sessions, "session", "sessions")
        ),
    )?;
    let backups = backups(store.dir());
    if backups > 0 {
        write(
            out,
            format!(
                "note: {} in the folder (*.ron.bak) still hold older text; delete them once \
                 you no longer need to go back to an older baraza",
                crate::text::plural(backups, "backup file", "backup files")
            ),
        )?;
    }
    if left > 0 {
        return Err(Failure::failed(format!(
            "{} left as {} (see above); run the purge again when {} can be opened",
            crate::text::plural(left, "session", "sessions"),
            if left == 1 { "it was" } else { "they were" },
            if left == 1 { "it" } else { "they" }
        )));
    }
    Ok(ExitCode::SUCCESS)
}

/// Purges one file under its lock: read again once the lock is held (the
/// file may have changed since it was looked at), changed through the
/// editor, and written atomically. No backup of the file as it was is kept,
/// since that copy would hold the very text being purged.
fn purge_file(
    path: &Path,
    fields: &[PurgeField],
    before: chrono::NaiveDate,
    holder: &str,
    clock: &Clock,
) -> Result<Option<Purged>, String> {
    let _lock = SessionLock::acquire(path, holder).map_err(|e| match e {
        store::StoreError::Locked { holder, .. } => format!("open in {holder}"),
        other => one_line(&other.detail()),
    })?;
    let session = store::load(path)
        .map_err(|e| one_line(&e.detail()))?
        .session;
    let now = clock.now();
    let Some((change, purged)) = purge(&session, fields, before, now) else {
        return Ok(None);
    };
    let mut editor = Editor::new(session);
    editor.record(change, now).map_err(|e| e.to_string())?;
    store::save(path, editor.session()).map_err(|e| one_line(&e.detail()))?;
    Ok(Some(purged))
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

fn one_line(text: &str) -> String {
    text.replace(['\n', '\r'], " ")
}

/// Backups of sessions in the folder (`*.ron.bak`): copies made before a
/// file was upgraded, which a purge does not reach.
fn backups(dir: &Path) -> usize {
    std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .flatten()
                .filter(|e| e.file_name().to_string_lossy().ends_with(".ron.bak"))
                .count()
        })
        .unwrap_or(0)
}
