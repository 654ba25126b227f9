//! `baraza list`: the sessions as a table or as TSV, of this laptop's folder
//! or of the programme view; sessions edited on two laptops are named below
//! the table (on stderr for TSV, which scripts read).

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use crate::cli::{ListArgs, ListFormat};
use crate::i18n::Lang;
use crate::store::Store;
use crate::sync::{self, Folders};
use crate::text;
use crate::tr;

use super::Failure;
use super::sync::conflict_lines;

/// The TSV's headings: scripts read them, so they stay English.
const HEADERS: [&str; 8] = [
    "date", "title", "location", "stage", "problems", "votes", "actions", "file",
];

/// `l`: the language the command speaks (its messages and the table's
/// headings; TSV, which scripts read, keeps English headings and stages).
pub fn run(
    dir: &Path,
    args: &ListArgs,
    l: Lang,
    out: &mut impl Write,
    warn: &mut impl Write,
) -> Result<ExitCode, Failure> {
    let folders = Folders::of(dir).ok();
    let shown = match (&folders, args.programme) {
        (_, false) => dir.to_path_buf(),
        (Some(f), true) if f.view.is_dir() => f.view.clone(),
        (_, true) => {
            return Err(Failure::failed(tr!(l, "cli-list-no-programme-view")));
        }
    };
    let store = super::existing_store(Some(shown), l)?;
    let code = table(&store, args.format, l, out, warn)?;
    // The programme as the last sync saw it: which sessions are in conflict.
    let programme = folders.and_then(|f| sync::read(&f).ok().flatten());
    if let Some(programme) = programme {
        let listed: Vec<String> = store
            .list()
            .into_iter()
            .filter_map(|e| e.summary.ok().map(|s| s.id))
            .collect();
        let lines = conflict_lines(
            programme
                .conflicts()
                .filter(|e| args.programme || listed.contains(&e.id)),
            l,
        );
        let to: &mut dyn Write = match args.format {
            ListFormat::Table => out,
            ListFormat::Tsv => warn,
        };
        for line in lines {
            writeln!(to, "{line}").map_err(|e| cannot_write(l, &e))?;
        }
    }
    Ok(code)
}

/// The list could not be written (a closed pipe, a full disk).
fn cannot_write(l: Lang, e: &std::io::Error) -> Failure {
    Failure::failed(tr!(l, "cli-list-cannot-write", error = e.to_string()))
}

fn table(
    store: &Store,
    format: ListFormat,
    l: Lang,
    out: &mut impl Write,
    warn: &mut impl Write,
) -> Result<ExitCode, Failure> {
    let entries = store.list();
    let mut rows: Vec<[String; 8]> = Vec::new();
    for entry in &entries {
        match &entry.summary {
            Ok(s) => rows.push([
                s.date.to_string(),
                s.title.clone(),
                s.location.clone(),
                match format {
                    ListFormat::Tsv => s.stage.label().to_string(),
                    ListFormat::Table => l.t(s.stage.msg_id()).to_string(),
                },
                s.problems.to_string(),
                s.votes.to_string(),
                s.actions.to_string(),
                entry.file_name(),
            ]),
            Err(e) => match format {
                // Scripts read stdout; the unreadable file goes to stderr.
                ListFormat::Tsv => {
                    let line = tr!(
                        l,
                        "cli-list-skipped-unreadable",
                        file = entry.path.display().to_string(),
                        error = e.as_str()
                    );
                    let _ = writeln!(warn, "baraza: {}", super::one_line(&line));
                }
                ListFormat::Table => rows.push([
                    String::new(),
                    tr!(l, "cli-list-unreadable", error = e.as_str()),
                    String::new(),
                    String::new(),
                    String::new(),
                    String::new(),
                    String::new(),
                    entry.file_name(),
                ]),
            },
        }
    }
    let written = match format {
        ListFormat::Tsv => write_tsv(out, &rows),
        ListFormat::Table => {
            if rows.is_empty() {
                let folder = store.dir().display().to_string();
                writeln!(out, "{}", tr!(l, "cli-list-empty", folder = folder))
            } else {
                write_table(out, &rows, l)
            }
        }
    };
    written.map_err(|e| cannot_write(l, &e))?;
    Ok(ExitCode::SUCCESS)
}

fn write_tsv(out: &mut impl Write, rows: &[[String; 8]]) -> std::io::Result<()> {
    writeln!(out, "{}", HEADERS.join("\t"))?;
    for row in rows {
        let cells: Vec<String> = row
            .iter()
            .map(|c| super::one_line(&c.replace(['\t', '\n', '\r'], " ")))
            .collect();
        writeln!(out, "{}", cells.join("\t"))?;
    }
    Ok(())
}

fn write_table(out: &mut impl Write, rows: &[[String; 8]], l: Lang) -> std::io::Result<()> {
    // Titles may be long or in any script: columns are measured in display
    // width and long titles cut with an ellipsis.
    // A stage may be longer in other languages ("Мониторинг").
    const MAX: [usize; 8] = [10, 40, 24, 12, 8, 5, 7, 60];
    let clean = |s: &str| super::one_line(&s.replace(['\t', '\n', '\r'], " "));
    let headers = [
        tr!(l, "cli-list-col-date"),
        tr!(l, "cli-list-col-title"),
        tr!(l, "cli-list-col-location"),
        tr!(l, "cli-list-col-stage"),
        tr!(l, "cli-list-col-problems"),
        tr!(l, "cli-list-col-votes"),
        tr!(l, "cli-list-col-actions"),
        tr!(l, "cli-list-col-file"),
    ];
    let mut widths: Vec<usize> = headers.iter().map(|h| text::width(h)).collect();
    for row in rows {
        for (i, cell) in row.iter().enumerate() {
            widths[i] = widths[i].max(text::width(&clean(cell)).min(MAX[i]));
        }
    }
    let numeric = |i: usize| (4..=6).contains(&i);
    let line = |cells: Vec<String>| -> String {
        let parts: Vec<String> = cells
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let c = text::truncate(c, widths[i]);
                if numeric(i) {
                    format!("{}{c}", " ".repeat(widths[i] - text::width(&c)))
                } else {
                    text::pad_to(&c, widths[i])
                }
            })
            .collect();
        parts.join("  ").trim_end().to_string()
    };
    writeln!(
        out,
        "{}",
        line(headers.iter().map(|h| h.to_string()).collect())
    )?;
    for row in rows {
        writeln!(out, "{}", line(row.iter().map(|c| clean(c)).collect()))?;
    }
    Ok(())
}
