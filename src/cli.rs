//! The command line: what each command takes, with `--help` for each.

use std::path::PathBuf;

use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand, ValueEnum};

/// baraza guides a community security workshop, panel by panel — prepare,
/// identify problems, rank them, plan actions, monitor, learn — and keeps every
/// session as a RON file.
///
/// Run without a command to open the session list.
#[derive(Debug, Parser)]
#[command(name = "baraza", version, max_term_width = 100)]
pub struct Cli {
    /// Folder of session files [default: the platform data folder, on Linux
    /// ~/.local/share/baraza/sessions]
    #[arg(long, global = true, env = "BARAZA_DIR", value_name = "DIR")]
    pub dir: Option<PathBuf>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create a session, print its path and open it
    New(NewArgs),
    /// Open a session by path, file name, slug or id
    Open(OpenArgs),
    /// List the sessions in the folder, newest first
    List(ListArgs),
    /// Check session files; prints `ok` or the error with line and column
    Check(CheckArgs),
}

#[derive(Debug, Args)]
pub struct NewArgs {
    /// Title of the session, e.g. "Kibera youth baraza"
    #[arg(long, short)]
    pub title: String,
    /// Community or location
    #[arg(long, short)]
    pub location: Option<String>,
    /// Date of the workshop, YYYY-MM-DD [default: today]
    #[arg(long, short, value_parser = parse_date)]
    pub date: Option<NaiveDate>,
    /// A facilitator's name (repeat for several)
    #[arg(long = "facilitator", short = 'f', value_name = "NAME")]
    pub facilitators: Vec<String>,
    /// A participant group and its head count, e.g. Women:14 (repeat)
    #[arg(long = "group", short = 'g', value_name = "NAME:COUNT", value_parser = parse_group)]
    pub groups: Vec<(String, u32)>,
    /// Dots each participant may place when voting
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=50))]
    pub dots: Option<u32>,
    /// Only create the file; do not open it
    #[arg(long)]
    pub no_open: bool,
}

#[derive(Debug, Args)]
pub struct OpenArgs {
    /// A path, a file name in the folder, its slug or the session id
    pub session: String,
    /// Open without editing (no lock is taken, nothing is written)
    #[arg(long, short)]
    pub read_only: bool,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Output format: an aligned table, or tab-separated values for scripts
    #[arg(long, value_enum, default_value_t = ListFormat::Table)]
    pub format: ListFormat,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    Table,
    Tsv,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Session files to check
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
}

fn parse_date(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map_err(|_| format!("«{s}» is not a date; write it as YYYY-MM-DD, e.g. 2026-11-27"))
}

fn parse_group(s: &str) -> Result<(String, u32), String> {
    let hint = "write a group as NAME:COUNT, e.g. Women:14";
    let (name, count) = s.rsplit_once(':').ok_or_else(|| format!("«{s}»: {hint}"))?;
    let name = name.trim();
    if name.is_empty() {
        return Err(format!("«{s}» has no group name; {hint}"));
    }
    let count = count
        .trim()
        .parse::<u32>()
        .map_err(|_| format!("«{count}» is not a head count; {hint}"))?;
    Ok((name.to_string(), count))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_parse_with_colons_in_names() {
        assert_eq!(parse_group("Women:14"), Ok(("Women".into(), 14)));
        assert_eq!(
            parse_group("Police: station 2:3"),
            Ok(("Police: station 2".into(), 3))
        );
        assert!(parse_group("Women").is_err());
        assert!(parse_group(":4").is_err());
        assert!(parse_group("Women:many").is_err());
    }

    #[test]
    fn the_command_line_is_consistent() {
        use clap::CommandFactory;
        Cli::command().debug_assert();
    }
}
