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
use crate::i18n::Lang;
use crate::tr;

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
    l: Lang,
    out: &mut impl Write,
    warn: &mut impl Write,
) -> Result<ExitCode, Failure> {
    let now = clock.now();
    let today = now.date_naive();
    let before = match (args.before, args.older_than) {
        (Some(day), _) => day,
        (None, Some(days)) => today
            .checked_sub_days(Days::new(u64::from(days)))
            .ok_or_else(|| Failure::usage(tr!(l, "cli-retention-too-many-days", days = days)))?,
        (None, None) => return Err(Failure::usage(tr!(l, "cli-retention-no-age"))),
    };
    if before > today {
        return Err(Failure::usage(tr!(
            l,
            "cli-retention-future",
            date = before.to_string()
        )));
    }
    let fields: Vec<PurgeField> = args.purge.iter().copied().map(field).collect();
    let holder = describe_holder(&now.format("%H:%M").to_string());
    let write = |out: &mut dyn Write, line: String| {
        writeln!(out, "{line}")
            .map_err(|e| Failure::failed(tr!(l, "cli-cannot-write", error = e.to_string())))
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
                        "baraza: {}",
                        tr!(
                            l,
                            "cli-list-skipped-unreadable",
                            file = &name,
                            error = one_line(&e.detail_in(l))
                        )
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
            write(
                out,
                tr!(
                    l,
                    "cli-retention-would-purge",
                    file = &name,
                    what = purged.describe()
                ),
            )?;
            purged_sessions += 1;
            continue;
        }
        match purge_file(&path, &fields, before, &holder, clock, l) {
            Ok(Some(done)) => {
                write(
                    out,
                    tr!(
                        l,
                        "cli-retention-purged",
                        file = &name,
                        what = done.describe()
                    ),
                )?;
                purged_sessions += 1;
            }
            Ok(None) => {}
            Err(why) => {
                let line = tr!(l, "cli-retention-left", file = &name, why = why);
                write(warn, format!("baraza: {line}"))?;
                left += 1;
            }
        }
    }

    let date = before.to_string();
    let done = if args.dry_run {
        tr!(
            l,
            "cli-retention-done-dry",
            n = purged_sessions,
            date = &date
        )
    } else {
        tr!(l, "cli-retention-done", n = purged_sessions, date = &date)
    };
    write(out, done)?;
    let backups = backups(store.dir());
    if backups > 0 {
        write(out, tr!(l, "cli-retention-backups", n = backups))?;
    }
    if left > 0 {
        return Err(Failure::failed(tr!(l, "cli-retention-left-over", n = left)));
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
    l: Lang,
) -> Result<Option<Purged>, String> {
    let _lock = SessionLock::acquire(path, holder).map_err(|e| match e {
        store::StoreError::Locked { holder, .. } => {
            tr!(l, "cli-retention-open-in", holder = holder)
        }
        other => one_line(&other.detail_in(l)),
    })?;
    let session = store::load(path)
        .map_err(|e| one_line(&e.detail_in(l)))?
        .session;
    let now = clock.now();
    let Some((change, purged)) = purge(&session, fields, before, now) else {
        return Ok(None);
    };
    let mut editor = Editor::new(session);
    editor.record(change, now).map_err(|e| e.to_string())?;
    store::save(path, editor.session()).map_err(|e| one_line(&e.detail_in(l)))?;
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
