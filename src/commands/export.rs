//! `baraza export`: a session as a Markdown, CSV or HTML report.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::NaiveDate;

use crate::cli::{ExportArgs, ExportTable, ReportFormat};
use crate::model::Session;
use crate::report::csv::{CsvOptions, SessionTable};
use crate::report::{Options, csv, html, markdown};
use crate::store::{Store, load, write_atomic};

use super::Failure;
use super::output::{Target, table_file, write_all};

pub fn table(t: ExportTable) -> SessionTable {
    match t {
        ExportTable::Problems => SessionTable::Problems,
        ExportTable::Groups => SessionTable::Groups,
        ExportTable::Votes => SessionTable::Votes,
        ExportTable::Pairs => SessionTable::Pairs,
        ExportTable::Scores => SessionTable::Scores,
        ExportTable::TieBreaks => SessionTable::TieBreaks,
        ExportTable::Actions => SessionTable::Actions,
        ExportTable::Progress => SessionTable::Progress,
    }
}

/// The name a report gets next to the session file `path`:
/// `<stem>.md`, `<stem>.html`, `<stem>-<table>.csv`; `-anon` after the stem
/// for anonymised copies.
pub fn default_name(path: &Path, format: ReportFormat, table: Option<&str>, anon: bool) -> String {
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "session".into());
    let anon = if anon { "-anon" } else { "" };
    match table {
        Some(t) => format!("{stem}{anon}-{t}.csv"),
        None => format!("{stem}{anon}.{}", format.extension()),
    }
}

/// What `x` does in the program: the Markdown and HTML reports of `session`
/// written next to its file `path` (0600, atomically). Returns their paths.
pub fn write_beside(
    path: &Path,
    session: &Session,
    today: NaiveDate,
) -> Result<Vec<PathBuf>, String> {
    let options = Options::new(today);
    let dir = path.parent().map_or_else(PathBuf::new, Path::to_path_buf);
    let mut written = Vec::new();
    for (format, text) in [
        (ReportFormat::Md, markdown::markdown(session, &options)),
        (ReportFormat::Html, html::html(session, &options)),
    ] {
        let target = dir.join(default_name(path, format, None, false));
        write_atomic(&target, text.as_bytes()).map_err(|e| format!("{}: {e}", target.display()))?;
        written.push(target);
    }
    Ok(written)
}

pub fn run(
    store: &Store,
    args: &ExportArgs,
    today: NaiveDate,
    out: &mut impl Write,
) -> Result<ExitCode, Failure> {
    if args.table.is_some() && args.format != ReportFormat::Csv {
        return Err(Failure::usage(
            "--table is for CSV only; add --format csv or leave --table out",
        ));
    }
    let to_stdout = args.output.as_deref() == Some(Path::new("-"));
    if to_stdout && args.format == ReportFormat::Csv && args.table.is_none() {
        return Err(Failure::usage(
            "CSV is one file per table: choose one with --table (e.g. --table problems) to write it to standard output",
        ));
    }
    let path = store.resolve(&args.session)?;
    let session = load(&path)?.session;
    let mut options = Options::new(args.as_of.unwrap_or(today));
    options.anonymize = args.anonymize;
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

    let default_name =
        |table: Option<&str>| default_name(&path, args.format, table, args.anonymize);
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
                None => {
                    let dir = path.parent().map_or_else(PathBuf::new, Path::to_path_buf);
                    Target::File(dir.join(default_name(table)))
                }
            };
            (target, bytes)
        })
        .collect();
    write_all(pieces, out)?;
    Ok(ExitCode::SUCCESS)
}
