//! `baraza export`: a session as a Markdown, CSV or HTML report, recorded in
//! the session's export log.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use crate::cli::{ExportArgs, ExportTable, ReportFormat};
use crate::clock::Clock;
use crate::model::{ExportFormat, ExportRecord};
use crate::report::csv::{CsvOptions, SessionTable};
use crate::report::{Options, csv, html, markdown};
use crate::store::reports::{self, Chosen, Target, table_file};
use crate::store::{describe_holder, load};

use super::Failure;
use crate::tr;

pub fn table(t: ExportTable) -> SessionTable {
    match t {
        ExportTable::Session => SessionTable::Session,
        ExportTable::Problems => SessionTable::Problems,
        ExportTable::Groups => SessionTable::Groups,
        ExportTable::Votes => SessionTable::Votes,
        ExportTable::Pairs => SessionTable::Pairs,
        ExportTable::Scores => SessionTable::Scores,
        ExportTable::TieBreaks => SessionTable::TieBreaks,
        ExportTable::Actions => SessionTable::Actions,
        ExportTable::Progress => SessionTable::Progress,
        ExportTable::Card => SessionTable::Card,
        ExportTable::Gaps => SessionTable::Gaps,
        ExportTable::Grid => SessionTable::Grid,
        ExportTable::Escalations => SessionTable::Escalations,
        ExportTable::Replies => SessionTable::Replies,
    }
}

/// Writes the report of the session at `path` (found by the caller: a path
/// given, or a name looked up in the folder).
/// `own`: the session is one of this laptop's folder of sessions, whose
/// export log records the report; a file given by path from elsewhere is
/// never changed (a note on `warn` says the export is not logged).
/// `lang`: `--lang`, the report's language; without it, the session's room
/// language, else the interface language (config, locale).
#[allow(clippy::too_many_arguments)]
pub fn run(
    path: &Path,
    args: &ExportArgs,
    lang: Option<crate::i18n::Lang>,
    clock: &Clock,
    own: bool,
    out: &mut impl Write,
    warn: &mut impl Write,
) -> Result<ExitCode, Failure> {
    let today = clock.today();
    // What this command says: the interface language (--lang, the config,
    // the locale).
    let says = crate::tui::config::interface_lang(lang);
    if args.table.is_some() && args.format != ReportFormat::Csv {
        return Err(Failure::usage(tr!(says, "cli-export-table-not-csv")));
    }
    let to_stdout = args.output.as_deref() == Some(Path::new("-"));
    if to_stdout && args.format == ReportFormat::Csv && args.table.is_none() {
        return Err(Failure::usage(tr!(says, "cli-export-csv-stdout")));
    }
    let path = path.to_path_buf();
    if args.output.is_none() && super::in_view(&path) {
        return Err(Failure::usage(tr!(
            says,
            "cli-export-in-view",
            path = path.display().to_string()
        )));
    }
    let session = load(&path)?.session;
    let mut options = Options::new(args.as_of.unwrap_or(today));
    options.anonymize = args.anonymize;
    options.min_group = args.min_group;
    options.lang = match lang {
        Some(lang) => lang,
        None => session.room_language(crate::tui::config::interface_lang(None)),
    };
    options.from_encrypted = path
        .parent()
        .is_some_and(crate::store::crypt::is_encrypted_folder);
    let csv_options = CsvOptions { bom: !args.no_bom };

    let tables: Vec<SessionTable> = match args.table {
        Some(t) => vec![table(t)],
        None => SessionTable::ALL.to_vec(),
    };
    let contents: Vec<(Option<&str>, Vec<u8>)> = match args.format {
        ReportFormat::Md => vec![(None, markdown::markdown(&session, &options).into_bytes())],
        ReportFormat::Html => vec![(None, html::html(&session, &options).into_bytes())],
        ReportFormat::Csv => tables
            .iter()
            .map(|t| {
                (
                    Some(t.name()),
                    csv::table(&session, *t, &options, csv_options),
                )
            })
            .collect(),
    };

    let extension = args.format.extension();
    let default_name =
        |table: Option<&str>| reports::default_name(&path, extension, table, args.anonymize);
    let single = contents.len() == 1;
    let pieces = contents
        .into_iter()
        .map(|(table, bytes)| {
            let target = match &args.output {
                Some(o) if o.as_os_str() == "-" => Target::Stdout,
                Some(o) if o.is_dir() => Target::File(o.join(default_name(table))),
                Some(o) => match table {
                    Some(t) if !single => Target::File(table_file(o, t)),
                    _ => Target::File(o.clone()),
                },
                None => Target::File(reports::beside(&path, extension, table, args.anonymize)),
            };
            (target, bytes)
        })
        .collect();
    let written =
        reports::write(pieces, Some(&path), Chosen::ByUser, out).map_err(Failure::failed)?;

    let now = clock.now();
    let record = ExportRecord {
        at: now,
        format: match args.format {
            ReportFormat::Md => ExportFormat::Markdown,
            ReportFormat::Html => ExportFormat::Html,
            ReportFormat::Csv => ExportFormat::Csv,
        },
        tables: match args.format {
            ReportFormat::Csv => tables.iter().map(|t| t.name().to_string()).collect(),
            _ => Vec::new(),
        },
        anonymized: args.anonymize,
        min_group: args.anonymize.then_some(args.min_group),
        to: if to_stdout {
            vec!["standard output".into()]
        } else {
            written.iter().map(|p| p.display().to_string()).collect()
        },
    };
    // A programme copy is not this laptop's to change (the next sync
    // replaces it): the laptop the session belongs to logs its own exports.
    if super::in_view(&path) {
        return Ok(ExitCode::SUCCESS);
    }
    if !own {
        let _ = writeln!(warn, "baraza: {}", tr!(says, "cli-export-not-own"));
        return Ok(ExitCode::SUCCESS);
    }
    let holder = describe_holder(&now.format("%H:%M").to_string());
    reports::log_export(&path, vec![record], &holder, now).map_err(|why| {
        Failure::failed(tr!(says, "cli-export-not-logged", error = why.to_string()))
    })?;
    Ok(ExitCode::SUCCESS)
}
