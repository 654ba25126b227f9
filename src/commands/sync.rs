//! `baraza sync`, `baraza sync init` and `baraza sync resolve`: the words
//! around [`crate::sync`], which does the work.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use crate::cli::{SyncArgs, SyncCommand};
use crate::clock::Clock;
use crate::store::describe_holder;
use crate::sync::{self, Entry, Folders, Keep, Resolved, SyncError, Synced, Version};
use crate::text::plural;

use super::{Failure, one_line};

impl From<SyncError> for Failure {
    fn from(e: SyncError) -> Failure {
        let code = match e {
            SyncError::Usage(_) | SyncError::NoRepository => 2,
            _ => 1,
        };
        Failure {
            message: one_line(&e.to_string()),
            code,
        }
    }
}

pub fn run(
    sessions: &Path,
    args: &SyncArgs,
    clock: &Clock,
    out: &mut impl Write,
) -> Result<ExitCode, Failure> {
    let folders = Folders::of(sessions)?;
    let now = clock.now();
    let lines = match &args.command {
        Some(SyncCommand::Init { path, laptop }) => {
            let done = sync::init(&folders, path, laptop.as_deref())?;
            vec![
                format!(
                    "made the programme repository {} ; this laptop is «{}» in it",
                    done.repository.display(),
                    done.laptop
                ),
                format!(
                    "next: `baraza sync` sends this laptop's sessions; on each other laptop, plug the stick in and run `baraza sync {}`",
                    done.repository.display()
                ),
            ]
        }
        Some(SyncCommand::Resolve {
            session,
            keep,
            keep_newest,
        }) => {
            let Some(query) = session else {
                return list_conflicts(&folders, out);
            };
            let choice = match (keep, keep_newest) {
                (Some(l), _) => Some(Keep::Laptop(l.clone())),
                (None, true) => Some(Keep::Newest),
                (None, false) => None,
            };
            let holder = describe_holder(&now.format("%H:%M").to_string());
            match sync::resolve(&folders, query, choice, &holder, now)? {
                Resolved::Versions(entry) => versions(&folders, &entry),
                Resolved::Kept {
                    entry,
                    kept,
                    replaced,
                    synced,
                } => {
                    let mut lines = vec![format!(
                        "«{}» ({}): the version of {} is kept; the others stay in the programme's history",
                        one_line(&entry.title()),
                        entry.short_id(),
                        kept.laptops.join(", ")
                    )];
                    for path in replaced {
                        lines.push(format!(
                            "{}: replaced by that version",
                            path.file_name().unwrap_or_default().to_string_lossy()
                        ));
                    }
                    let (more, reached) = summary(&synced);
                    lines.extend(more);
                    if !reached {
                        lines.push(
                            "the choice goes to the programme at the next baraza sync".into(),
                        );
                    }
                    lines
                }
            }
        }
        None => {
            let synced = sync::sync(
                &folders,
                args.repository.as_deref(),
                args.laptop.as_deref(),
                now,
            )?;
            let (lines, reached) = summary(&synced);
            write_lines(out, &lines)?;
            if !reached {
                return Err(Failure::failed(format!(
                    "{}: not there; is the USB stick plugged in (or the shared folder mounted)? Nothing was sent or received; this laptop's sessions go at the next sync",
                    synced.repository.display()
                )));
            }
            return Ok(ExitCode::SUCCESS);
        }
    };
    write_lines(out, &lines)?;
    Ok(ExitCode::SUCCESS)
}

fn write_lines(out: &mut impl Write, lines: &[String]) -> Result<(), Failure> {
    for line in lines {
        writeln!(out, "{line}").map_err(|e| Failure::failed(format!("cannot write: {e}")))?;
    }
    Ok(())
}

/// What a sync did, and whether the repository was there.
fn summary(s: &Synced) -> (Vec<String>, bool) {
    let mut lines = Vec::new();
    if let Some(old) = &s.renamed_from {
        lines.push(format!(
            "another laptop sends sessions as «{old}» too (a copy of this laptop's folder?): this laptop now syncs as «{}»",
            s.laptop
        ));
    }
    let sent = plural(s.sent, "session", "sessions");
    if s.reached {
        lines.push(format!(
            "synced with {} as «{}»: {sent} sent{}",
            s.repository.display(),
            s.laptop,
            if s.changed {
                ""
            } else {
                " (nothing new since the last sync)"
            }
        ));
    } else {
        lines.push(format!("{sent} recorded on this laptop as «{}»", s.laptop));
    }
    for skipped in &s.skipped {
        lines.push(format!(
            "not sent: {}: {}",
            one_line(&skipped.file),
            one_line(&skipped.why)
        ));
    }
    let laptops = s.programme.laptops.len();
    lines.push(format!(
        "programme view: {} from {}, read-only, in {}",
        plural(s.programme.entries.len(), "session", "sessions"),
        plural(laptops, "laptop", "laptops"),
        s.view.display()
    ));
    lines.extend(conflict_lines(s.programme.conflicts()));
    (lines, s.reached)
}

/// The sessions in conflict, each on a line saying what to type.
pub(super) fn conflict_lines<'a>(conflicts: impl Iterator<Item = &'a Entry>) -> Vec<String> {
    let conflicts: Vec<&Entry> = conflicts.collect();
    if conflicts.is_empty() {
        return Vec::new();
    }
    let mut lines = vec![format!(
        "{} edited on more than one laptop (nothing merged; the newest is used until you choose):",
        plural(conflicts.len(), "session was", "sessions were")
    )];
    for e in conflicts {
        lines.push(format!(
            "  «{}» on {}: baraza sync resolve {}",
            one_line(&e.title()),
            e.laptops().join(", "),
            e.short_id()
        ));
    }
    lines
}

fn list_conflicts(folders: &Folders, out: &mut impl Write) -> Result<ExitCode, Failure> {
    let programme = sync::read(folders)?.ok_or(SyncError::NoRepository)?;
    let lines = conflict_lines(programme.conflicts());
    if lines.is_empty() {
        write_lines(
            out,
            &["no session is in conflict: every laptop holds the same version of each".into()],
        )?;
    } else {
        write_lines(out, &lines)?;
    }
    Ok(ExitCode::SUCCESS)
}

fn version_line(v: &Version, used: bool) -> String {
    let what = match &v.about {
        Some(a) => format!(
            "last changed {}, {}, {}, {}",
            a.updated.format("%Y-%m-%d %H:%M"),
            plural(a.problems, "problem", "problems"),
            plural(a.votes, "dot", "dots"),
            plural(a.actions, "action", "actions"),
        ),
        None => "cannot be read by this baraza".into(),
    };
    format!(
        "  {:<20} {what}{}",
        v.laptops.join(", "),
        if used {
            "  ← used now (the newest)"
        } else {
            ""
        }
    )
}

fn versions(folders: &Folders, e: &Entry) -> Vec<String> {
    if !e.in_conflict() {
        return vec![format!(
            "«{}» ({}) is not in conflict: every laptop holding it ({}) has the same version",
            one_line(&e.title()),
            e.short_id(),
            e.laptops().join(", ")
        )];
    }
    let mut lines = vec![format!(
        "«{}» ({}) has {} versions:",
        one_line(&e.title()),
        e.short_id(),
        e.versions.len()
    )];
    for (i, v) in e.versions.iter().enumerate() {
        lines.push(version_line(v, i == 0));
    }
    let names = sync::view::names(std::slice::from_ref(e));
    lines.push(format!(
        "every version, to open read-only: {}",
        folders
            .view
            .join(sync::view::CONFLICTS)
            .join(&names[0])
            .display()
    ));
    lines.push(format!(
        "keep one: baraza sync resolve {} --keep {}   (or --keep-newest)",
        e.short_id(),
        e.versions[0].laptops[0]
    ));
    lines
}
