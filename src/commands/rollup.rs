//! `baraza rollup`: every session of the folder summed up for programme
//! staff. Files that cannot be read are skipped with a one-line warning each.
//!
//! Each session counts once, by id: a file copied into the folder twice is
//! counted in its newest version (with a warning). With `--programme` the
//! sessions are the programme view's and this laptop's own, each once; a
//! session edited on two laptops counts in its newest version, and the
//! roll-up says which sessions those are.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use chrono::NaiveDate;

use crate::cli::{ReportFormat, RollupArgs, RollupTableArg};
use crate::model::Session;
use crate::report::csv::CsvOptions;
use crate::report::rollup::{self, Conflict, Origin, RollupOptions, RollupTable};
use crate::store::Store;
use crate::store::reports::{self, Chosen, Target, table_file};
use crate::sync::{self, Folders};

use super::{Failure, one_line};
use crate::i18n::Lang;
use crate::tr;

fn table(t: RollupTableArg) -> RollupTable {
    match t {
        RollupTableArg::Recurring => RollupTable::Recurring,
        RollupTableArg::Categories => RollupTable::Categories,
        RollupTableArg::Completion => RollupTable::Completion,
        RollupTableArg::Overdue => RollupTable::Overdue,
        RollupTableArg::Escalated => RollupTable::Escalated,
        RollupTableArg::Sessions => RollupTable::Sessions,
        RollupTableArg::Indicators => RollupTable::Indicators,
        RollupTableArg::Trend => RollupTable::Trend,
        RollupTableArg::Places => RollupTable::Places,
        RollupTableArg::Times => RollupTable::Times,
        RollupTableArg::Awaiting => RollupTable::Awaiting,
    }
}

/// Reads every session of the folder; warns on `warn` about each file that
/// cannot be read, in `l`.
pub fn load_folder(store: &Store, l: Lang, warn: &mut impl Write) -> Vec<Session> {
    let mut sessions = Vec::new();
    for (path, result) in store.load_all() {
        match result {
            Ok(s) => sessions.push(s),
            Err(e) => {
                let line = tr!(
                    l,
                    "cli-list-skipped-unreadable",
                    file = path.display().to_string(),
                    error = e.detail_in(l)
                );
                let _ = writeln!(warn, "baraza: {}", one_line(&line));
            }
        }
    }
    sessions
}

/// Each session once, by id: of several files holding one session, the one
/// changed last. Returns the files left out, as (kept, left out) titles with
/// the id, for a warning.
pub fn once_by_id(sessions: Vec<Session>) -> (Vec<Session>, Vec<(String, String)>) {
    let mut out: Vec<Session> = Vec::with_capacity(sessions.len());
    // Where each id is in `out`: a thousand sessions are not searched a
    // thousand times.
    let mut at: std::collections::HashMap<String, usize> =
        std::collections::HashMap::with_capacity(sessions.len());
    let mut doubles = Vec::new();
    for s in sessions {
        match at.get(&s.id).map(|&i| &mut out[i]) {
            Some(kept) => {
                if s != *kept {
                    doubles.push((s.title.clone(), s.id.clone()));
                }
                if s.updated > kept.updated {
                    *kept = s;
                }
            }
            None => {
                at.insert(s.id.clone(), out.len());
                out.push(s);
            }
        }
    }
    (out, doubles)
}

pub fn run(
    dir: &Path,
    args: &RollupArgs,
    today: NaiveDate,
    l: Lang,
    out: &mut impl Write,
    warn: &mut impl Write,
) -> Result<ExitCode, Failure> {
    if let (Some(since), Some(until)) = (args.since, args.until)
        && since > until
    {
        return Err(Failure::usage(tr!(
            l,
            "cli-since-after-until",
            since = since.to_string(),
            until = until.to_string()
        )));
    }
    if args.table.is_some() && args.format != ReportFormat::Csv {
        return Err(Failure::usage(tr!(l, "cli-export-table-not-csv")));
    }
    let to_stdout = args.output.as_deref().is_none_or(|o| o == Path::new("-"));
    if to_stdout && args.format == ReportFormat::Csv && args.table.is_none() {
        return Err(Failure::usage(tr!(l, "cli-rollup-csv-stdout")));
    }
    if !dir.is_dir() && !args.programme {
        return Err(Failure::failed(tr!(
            l,
            "cli-rollup-no-folder",
            folder = dir.display().to_string()
        )));
    }
    let (sessions, conflicts) = if args.programme {
        let folders = Folders::of(dir)?;
        if !folders.view.is_dir() {
            return Err(Failure::failed(tr!(l, "cli-list-no-programme-view")));
        }
        let mut sessions = load_folder(&Store::existing(&folders.view)?, l, warn);
        // This laptop's own sessions too: changed since the last sync, they
        // are newer than their copies in the view.
        if dir.is_dir() {
            sessions.extend(load_folder(&Store::existing(dir)?, l, warn));
        }
        let conflicts = sync::read(&folders)?
            .map(|p| {
                p.conflicts()
                    .filter_map(|e| {
                        let about = e.used().about.clone()?;
                        Some(Conflict {
                            origin: Origin {
                                session_id: e.id.clone(),
                                session: about.title,
                                location: about.location,
                                date: about.date,
                            },
                            laptops: e.laptops(),
                            resolve: format!("baraza sync resolve {}", e.short_id()),
                        })
                    })
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default();
        let (sessions, _) = once_by_id(sessions);
        (sessions, conflicts)
    } else {
        let store = Store::existing(dir)?;
        let (sessions, doubles) = once_by_id(load_folder(&store, l, warn));
        for (title, id) in doubles {
            let line = tr!(l, "cli-rollup-double", title = title, id = id);
            let _ = writeln!(warn, "baraza: {}", one_line(&line));
        }
        (sessions, Vec::new())
    };
    for c in &conflicts {
        let line = tr!(
            l,
            "cli-rollup-conflict",
            title = &c.origin.session,
            laptops = c.laptops.join(", "),
            resolve = &c.resolve
        );
        let _ = writeln!(warn, "baraza: {}", one_line(&line));
    }
    let options = RollupOptions {
        since: args.since,
        until: args.until,
        today: args.as_of.unwrap_or(today),
        anonymize: args.anonymize,
        awaiting_days: args.awaiting_days,
    };
    let mut r = rollup::rollup(&sessions, &options);
    r.conflicts = conflicts
        .into_iter()
        .filter(|c| options.covers(c.origin.date))
        .collect();
    let csv_options = CsvOptions { bom: !args.no_bom };
    // The report's words: `--lang`, else the interface language (a roll-up
    // spans rooms of many languages: none of theirs is the report's).
    let lang = l;
    let contents: Vec<(Option<&str>, Vec<u8>)> = match args.format {
        ReportFormat::Md => vec![(None, rollup::markdown(&r, lang).into_bytes())],
        ReportFormat::Html => vec![(None, rollup::html(&r, lang).into_bytes())],
        ReportFormat::Csv => match args.table {
            Some(t) => vec![(None, rollup::csv_table(&r, table(t), csv_options))],
            None => RollupTable::ALL
                .iter()
                .map(|t| (Some(t.name()), rollup::csv_table(&r, *t, csv_options)))
                .collect(),
        },
    };
    let pieces = contents
        .into_iter()
        .map(|(table, bytes)| {
            let target = match (&args.output, table) {
                (Some(o), _) if o.as_os_str() == "-" => Target::Stdout,
                (None, _) => Target::Stdout,
                (Some(o), Some(t)) => Target::File(table_file(o, t)),
                (Some(o), None) => Target::File(o.clone()),
            };
            (target, bytes)
        })
        .collect();
    reports::write(pieces, None, Chosen::ByUser, out).map_err(Failure::failed)?;
    Ok(ExitCode::SUCCESS)
}
