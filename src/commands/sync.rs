//! `baraza sync`, `baraza sync init` and `baraza sync resolve`: the words
//! around [`crate::sync`], which does the work.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use crate::cli::{SyncArgs, SyncCommand};
use crate::clock::Clock;
use crate::i18n::Lang;
use crate::store::describe_holder;
use crate::sync::{self, Entry, Folders, Keep, Resolved, SyncError, Synced, Version};
use crate::tr;

use super::{Failure, one_line};

impl From<SyncError> for Failure {
    fn from(e: SyncError) -> Failure {
        let code = match e {
            SyncError::Usage(_) | SyncError::NoRepository => 2,
            _ => 1,
        };
        Failure {
            what: super::What::Sync(e),
            code,
        }
    }
}

pub fn run(
    sessions: &Path,
    args: &SyncArgs,
    clock: &Clock,
    l: Lang,
    out: &mut impl Write,
) -> Result<ExitCode, Failure> {
    let folders = Folders::of(sessions)?;
    let now = clock.now();
    let lines = match &args.command {
        Some(SyncCommand::Init { path, laptop }) => {
            let done = sync::init(&folders, path, laptop.as_deref())?;
            let repository = done.repository.display().to_string();
            vec![
                tr!(
                    l,
                    "cli-sync-init-made",
                    repository = &repository,
                    laptop = &done.laptop
                ),
                tr!(l, "cli-sync-init-next", repository = &repository),
            ]
        }
        Some(SyncCommand::Resolve {
            session,
            keep,
            keep_newest,
        }) => {
            let Some(query) = session else {
                return list_conflicts(&folders, l, out);
            };
            let choice = match (keep, keep_newest) {
                (Some(l), _) => Some(Keep::Laptop(l.clone())),
                (None, true) => Some(Keep::Newest),
                (None, false) => None,
            };
            let holder = describe_holder(&now.format("%H:%M").to_string());
            match sync::resolve(&folders, query, choice, &holder, now)? {
                Resolved::Versions(entry) => versions(&folders, &entry, l),
                Resolved::Kept {
                    entry,
                    kept,
                    replaced,
                    synced,
                } => {
                    let mut lines = vec![tr!(
                        l,
                        "cli-sync-kept",
                        title = one_line(&entry.title()),
                        id = entry.short_id(),
                        laptops = kept.laptops.join(", ")
                    )];
                    for path in replaced {
                        lines.push(tr!(
                            l,
                            "cli-sync-replaced",
                            file = path.file_name().unwrap_or_default().to_string_lossy()
                        ));
                    }
                    let (more, reached) = summary(&synced, l);
                    lines.extend(more);
                    if !reached {
                        lines.push(tr!(l, "cli-sync-choice-later").into());
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
            let (lines, reached) = summary(&synced, l);
            write_lines(out, l, &lines)?;
            if !reached {
                let why = SyncError::Unreachable(synced.repository.clone()).describe(l);
                return Err(Failure::failed(tr!(l, "cli-sync-nothing-sent", why = why)));
            }
            return Ok(ExitCode::SUCCESS);
        }
    };
    write_lines(out, l, &lines)?;
    Ok(ExitCode::SUCCESS)
}

fn write_lines(out: &mut impl Write, l: Lang, lines: &[String]) -> Result<(), Failure> {
    for line in lines {
        writeln!(out, "{line}")
            .map_err(|e| Failure::failed(tr!(l, "cli-cannot-write", error = e.to_string())))?;
    }
    Ok(())
}

/// What a sync did, and whether the repository was there.
fn summary(s: &Synced, l: Lang) -> (Vec<String>, bool) {
    let mut lines = Vec::new();
    if let Some(old) = &s.renamed_from {
        lines.push(tr!(l, "cli-sync-renamed", old = old, laptop = &s.laptop));
    }
    if s.reached {
        let synced = tr!(
            l,
            "cli-sync-synced",
            repository = s.repository.display().to_string(),
            laptop = &s.laptop,
            sent = s.sent
        );
        lines.push(if s.changed {
            synced
        } else {
            format!("{synced} {}", tr!(l, "cli-sync-nothing-new"))
        });
    } else {
        lines.push(tr!(
            l,
            "cli-sync-recorded",
            sent = s.sent,
            laptop = &s.laptop
        ));
    }
    for skipped in &s.skipped {
        lines.push(tr!(
            l,
            "cli-sync-not-sent",
            file = one_line(&skipped.file),
            why = one_line(&skipped.why)
        ));
    }
    lines.push(tr!(
        l,
        "cli-sync-view",
        sessions = s.programme.entries.len(),
        count = s.programme.laptops.len(),
        folder = s.view.display().to_string()
    ));
    lines.extend(conflict_lines(s.programme.conflicts(), l));
    (lines, s.reached)
}

/// The sessions in conflict, each on a line saying what to type.
pub(super) fn conflict_lines<'a>(
    conflicts: impl Iterator<Item = &'a Entry>,
    l: Lang,
) -> Vec<String> {
    let conflicts: Vec<&Entry> = conflicts.collect();
    if conflicts.is_empty() {
        return Vec::new();
    }
    let mut lines = vec![tr!(l, "cli-sync-conflicts", n = conflicts.len())];
    for e in conflicts {
        let line = tr!(
            l,
            "cli-sync-conflict",
            title = one_line(&e.title()),
            laptops = e.laptops().join(", "),
            id = e.short_id()
        );
        lines.push(format!("  {line}"));
    }
    lines
}

fn list_conflicts(folders: &Folders, l: Lang, out: &mut impl Write) -> Result<ExitCode, Failure> {
    let programme = sync::read(folders)?.ok_or(SyncError::NoRepository)?;
    let lines = conflict_lines(programme.conflicts(), l);
    if lines.is_empty() {
        write_lines(out, l, &[tr!(l, "cli-sync-no-conflict").into()])?;
    } else {
        write_lines(out, l, &lines)?;
    }
    Ok(ExitCode::SUCCESS)
}

fn version_line(v: &Version, used: bool, l: Lang) -> String {
    let what = match &v.about {
        Some(a) => tr!(
            l,
            "cli-sync-version",
            updated = a.updated.format("%Y-%m-%d %H:%M").to_string(),
            problems = a.problems,
            dots = a.votes,
            actions = a.actions
        ),
        None => tr!(l, "cli-sync-version-unreadable").into(),
    };
    let used = if used {
        format!("  {}", tr!(l, "cli-sync-version-used"))
    } else {
        String::new()
    };
    format!("  {:<20} {what}{used}", v.laptops.join(", "))
}

fn versions(folders: &Folders, e: &Entry, l: Lang) -> Vec<String> {
    let title = one_line(&e.title());
    if !e.in_conflict() {
        return vec![tr!(
            l,
            "cli-sync-not-in-conflict",
            title = &title,
            id = e.short_id(),
            laptops = e.laptops().join(", ")
        )];
    }
    let mut lines = vec![tr!(
        l,
        "cli-sync-versions",
        title = &title,
        id = e.short_id(),
        n = e.versions.len()
    )];
    for (i, v) in e.versions.iter().enumerate() {
        lines.push(version_line(v, i == 0, l));
    }
    let names = sync::view::names(std::slice::from_ref(e));
    let every = folders.view.join(sync::view::CONFLICTS).join(&names[0]);
    lines.push(tr!(
        l,
        "cli-sync-every-version",
        folder = every.display().to_string()
    ));
    lines.push(tr!(
        l,
        "cli-sync-keep-one",
        id = e.short_id(),
        laptop = &e.versions[0].laptops[0]
    ));
    lines
}
