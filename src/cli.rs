//! The command line: what each command takes, with `--help` for each.

use std::path::PathBuf;

use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::model::rules;

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

    /// Language of the screens and messages: en, sw, fr, ar, so, ru
    /// [default: the config's, else LC_ALL/LC_MESSAGES/LANG, else en]. For
    /// `export`, the report's language [default: the session's room
    /// language]
    #[arg(long, global = true, env = "BARAZA_LANG", value_name = "LANG", value_parser = parse_lang)]
    pub lang: Option<crate::i18n::Lang>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create a session, print its path and open it
    New(NewArgs),
    /// Open a session by path, file name, slug or id
    Open(OpenArgs),
    /// Show the room's screen of a session, for the projector: it follows
    /// the facilitator's window live and is read-only (no lock is taken)
    Present(PresentArgs),
    /// List the sessions in the folder, newest first
    List(ListArgs),
    /// Check session files; prints `ok` or the error with line and column
    Check(CheckArgs),
    /// Write a session as a report: Markdown, CSV tables or one HTML page
    Export(ExportArgs),
    /// Sum up every session in the folder: recurring problems, action
    /// completion, overdue actions, problems for district/national action
    Rollup(RollupArgs),
    /// Purge free text older than a set age (context notes, progress-note
    /// texts…), keeping counts, ranks, statuses and dates
    Retention(RetentionArgs),
    /// Bring the sessions of many laptops together: send this laptop's to the
    /// programme repository (a USB stick, a shared folder), receive everyone
    /// else's into the programme view
    Sync(SyncArgs),
    /// Encrypt the folder's sessions at rest (age), see how it is encrypted,
    /// change its passphrase, or recover a lost one with the recovery key
    #[command(subcommand)]
    Encryption(EncryptionCommand),
    /// The languages baraza speaks: check a translation (what is missing,
    /// misspelt or broken), for whoever corrects one
    #[command(subcommand)]
    Lang(LangCommand),
}

#[derive(Debug, Subcommand)]
pub enum LangCommand {
    /// For each language (or the one given): messages translated, missing
    /// (shown in English meanwhile), unknown, with a wrong variable, or not
    /// parsing; exits 1 when something must be put right
    Check(LangCheckArgs),
}

#[derive(Debug, Args)]
pub struct LangCheckArgs {
    /// The language to check (en, sw, fr, ar, so, ru) [default: all]
    // Its own id: under the global `--lang`'s, the language checked would
    // also become the language the report speaks.
    #[arg(id = "checked", value_name = "LANG", value_parser = parse_lang)]
    pub lang: Option<crate::i18n::Lang>,
    /// Check the .ftl files in this folder (LOCALES/<lang>/*.ftl, as in the
    /// source tree's locales/) instead of those built in: a translation
    /// being edited, before it is built
    #[arg(long, value_name = "LOCALES")]
    pub files: Option<PathBuf>,
    /// List every missing message, not only how many
    #[arg(long, short)]
    pub verbose: bool,
}

#[derive(Debug, Subcommand)]
pub enum EncryptionCommand {
    /// Turn encryption on: a key for this laptop, protected by a passphrase
    /// typed once at each start, and a recovery key to write down
    On {
        /// Also seal every session to the programme coordinator's public key
        /// (age1…, from `baraza encryption status` on the coordinator's laptop)
        #[arg(long, value_name = "AGE-PUBLIC-KEY")]
        coordinator: Option<String>,
    },
    /// Whether the folder is encrypted, and to which keys
    Status,
    /// Change the passphrase (the one now, then the new one twice)
    Passphrase,
    /// A lost passphrase: the recovery key written down at set-up, then a new
    /// passphrase
    Recover,
}

#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct SyncArgs {
    #[command(subcommand)]
    pub command: Option<SyncCommand>,
    /// The programme repository, e.g. /media/usb/programme.git; remembered
    /// for the next time [default: the remembered one]
    #[arg(value_name = "REPOSITORY")]
    pub repository: Option<PathBuf>,
    /// This laptop's name in the programme, at its first sync (a-z, 0-9, -)
    /// [default: its host name and four random digits]
    #[arg(long, value_name = "NAME")]
    pub laptop: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum SyncCommand {
    /// Make a programme repository (a new folder on a USB stick or a shared
    /// folder) and remember it for this laptop
    Init {
        /// Where: a folder that is not there yet, or empty
        #[arg(value_name = "PATH")]
        path: PathBuf,
        /// This laptop's name in the programme (a-z, 0-9, -)
        #[arg(long, value_name = "NAME")]
        laptop: Option<String>,
    },
    /// Sessions edited on two laptops: list them, show one's versions, or
    /// keep one (the others stay in the programme's history)
    Resolve {
        /// The session: its short id, id, title or file name [default: list
        /// every session to resolve]
        session: Option<String>,
        /// Keep the version on this laptop (its name in the programme)
        #[arg(long, value_name = "LAPTOP", requires = "session")]
        keep: Option<String>,
        /// Keep the newest version (the one used until now)
        #[arg(long, conflicts_with = "keep", requires = "session")]
        keep_newest: bool,
    },
}

#[derive(Debug, Args)]
pub struct NewArgs {
    /// Title of the session, e.g. "Kibera youth baraza" (or give it first,
    /// without -t: baraza new "Kibera youth baraza")
    #[arg(
        long,
        short,
        required_unless_present = "title_first",
        conflicts_with = "title_first"
    )]
    pub title: Option<String>,
    /// Title of the session, given without -t
    #[arg(value_name = "TITLE", id = "title_first", hide = true)]
    pub title_first: Option<String>,
    /// Community or location
    #[arg(long, short)]
    pub location: Option<String>,
    /// Date of the workshop: YYYY-MM-DD or DD/MM/YYYY, today, +7 (days) or +2w (weeks) [default: today]
    #[arg(long, short, value_parser = parse_date)]
    pub date: Option<NaiveDate>,
    /// A facilitator's name (repeat for several)
    #[arg(long = "facilitator", short = 'f', value_name = "NAME")]
    pub facilitators: Vec<String>,
    /// A participant group and its head count, e.g. Women:14 (repeat)
    #[arg(long = "group", short = 'g', value_name = "NAME:COUNT", value_parser = parse_group)]
    pub groups: Vec<(String, u32)>,
    /// Dots each participant may place when voting
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(rules::MIN_DOTS as i64..=rules::MAX_DOTS as i64))]
    pub dots: Option<u32>,
    /// What the room agreed may be recorded and shared, in its words; every
    /// report carries it
    #[arg(long, value_name = "TEXT")]
    pub consent: Option<String>,
    /// Only create the file; do not open it
    #[arg(long)]
    pub no_open: bool,
}

impl NewArgs {
    /// The title, however it was given (clap makes sure it was, once).
    pub fn title(&self) -> &str {
        self.title
            .as_deref()
            .or(self.title_first.as_deref())
            .unwrap_or_default()
    }
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
pub struct PresentArgs {
    /// A path, a file name in the folder, its slug or the session id
    pub session: String,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Output format: an aligned table, or tab-separated values for scripts
    #[arg(long, value_enum, default_value_t = ListFormat::Table)]
    pub format: ListFormat,
    /// The programme view (every laptop's sessions, from the last
    /// `baraza sync`) instead of this laptop's folder
    #[arg(long)]
    pub programme: bool,
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

/// The formats of a report.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    /// Markdown: readable as text, rendered by any Markdown viewer
    Md,
    /// CSV: one table per file, UTF-8 for spreadsheets
    Csv,
    /// One self-contained, printable HTML page with a bar chart
    Html,
}

impl ReportFormat {
    pub fn extension(self) -> &'static str {
        match self {
            ReportFormat::Md => "md",
            ReportFormat::Csv => "csv",
            ReportFormat::Html => "html",
        }
    }
}

/// The CSV tables of a session.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ExportTable {
    /// One row: title, community, date, stage, people, the consent note
    Session,
    /// One row per problem: tree, flags, dots per group, rank and score by every method
    Problems,
    /// One row per group: head count, dot budget, dots placed
    Groups,
    /// One row per dot (run-off dots included), with group and time
    Votes,
    /// One row per pairwise decision, with its reason
    Pairs,
    /// One row per criteria score
    Scores,
    /// One row per recorded tie-break
    #[value(name = "tiebreaks")]
    TieBreaks,
    /// One row per action, with status and whether it is overdue
    Actions,
    /// One row per dated progress note
    Progress,
    /// One row per score-card score, with its reason
    Card,
    /// One row per score-card indicator: community mean, provider's self-score, gap
    Gaps,
    /// One row per where-and-when mark (place, time, group, 0-3)
    Grid,
    /// One row per escalation: to whom, when, where it stands, days taken
    Escalations,
    /// One row per reply or non-reply to an escalation
    Replies,
}

/// The CSV tables of a roll-up.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum RollupTableArg {
    /// Every group of similar problems, with counts and average rank
    Recurring,
    /// Problems per category
    Categories,
    /// Action completion per kind of responsible actor, and overall
    Completion,
    /// Actions overdue, with where they are
    Overdue,
    /// Problems flagged for district/national action, with where they came from
    Escalated,
    /// Every session counted, with its consent note
    Sessions,
    /// Score-card indicators across communities, at their latest cycle
    Indicators,
    /// Score-card indicators per community and cycle
    Trend,
    /// Places marked in more than one community
    Places,
    /// Times of day and months, across communities
    Times,
    /// Escalations awaiting a reply longer than --awaiting-days
    Awaiting,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// A path, a file name in the folder, its slug or the session id
    pub session: String,
    /// Report format
    #[arg(long, short = 'F', value_enum, default_value_t = ReportFormat::Md)]
    pub format: ReportFormat,
    /// Write here (`-` for standard output; a folder for default names there)
    /// [default: next to the session file, as <stem>.md, <stem>.html or
    /// <stem>-<table>.csv]
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// CSV only: write just this table [default: every table, one file each]
    #[arg(long, value_enum)]
    pub table: Option<ExportTable>,
    /// Leave out facilitator and responsible-person names and free-text notes
    /// that might identify people, and merge small groups, for sharing beyond
    /// the partners
    #[arg(long, alias = "anonymise")]
    pub anonymize: bool,
    /// With --anonymize: groups of fewer people than this are merged into
    /// "Other groups", so no one's vote can be told from a small group's
    /// count (1: merge none)
    #[arg(long, value_name = "PEOPLE", default_value_t = crate::report::small_groups::DEFAULT_MIN_GROUP, requires = "anonymize")]
    pub min_group: u32,
    /// Count overdue actions as of this day, YYYY-MM-DD or DD/MM/YYYY [default: today]
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub as_of: Option<NaiveDate>,
    /// CSV only: no UTF-8 byte-order mark (it is there by default so Excel
    /// reads any script correctly)
    #[arg(long)]
    pub no_bom: bool,
}

#[derive(Debug, Args)]
pub struct RollupArgs {
    /// Only sessions dated on or after this day, YYYY-MM-DD or DD/MM/YYYY
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub since: Option<NaiveDate>,
    /// Only sessions dated on or before this day, YYYY-MM-DD or DD/MM/YYYY
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub until: Option<NaiveDate>,
    /// Report format
    #[arg(long, short = 'F', value_enum, default_value_t = ReportFormat::Md)]
    pub format: ReportFormat,
    /// Write here instead of standard output (CSV without --table: one file
    /// per table, <stem>-<table>.csv)
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// CSV only: write just this table
    #[arg(long, value_enum)]
    pub table: Option<RollupTableArg>,
    /// Reduce responsible-person names to the kind of actor
    #[arg(long, alias = "anonymise")]
    pub anonymize: bool,
    /// Every laptop's sessions (the programme view of the last `baraza
    /// sync`, and this laptop's own), each session counted once by id
    #[arg(long)]
    pub programme: bool,
    /// Count overdue actions as of this day, YYYY-MM-DD or DD/MM/YYYY [default: today]
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub as_of: Option<NaiveDate>,
    /// List escalations that have waited longer than this many days for any reply
    #[arg(long, value_name = "N", default_value_t = crate::report::rollup::AWAITING_DAYS,
          value_parser = clap::value_parser!(i64).range(0..=3650))]
    pub awaiting_days: i64,
    /// CSV only: no UTF-8 byte-order mark
    #[arg(long)]
    pub no_bom: bool,
}

/// Free text the retention rule can purge.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum PurgeArg {
    /// Context and conflict-analysis notes
    Context,
    /// The text of progress notes (their dates stay)
    Progress,
    /// Problem descriptions
    Descriptions,
    /// Reasons of pairwise decisions and facilitator tie-breaks
    Reasons,
    /// Risks and conflict-sensitivity notes of actions
    Risks,
    /// What worked, what did not, lessons, improvements
    Lessons,
}

#[derive(Debug, Args)]
#[command(group = clap::ArgGroup::new("age").required(true).args(["older_than", "before"]))]
pub struct RetentionArgs {
    /// Purge text older than this many days: a session's own text by the
    /// session's date, a progress note's text by the note's date
    #[arg(long, value_name = "DAYS")]
    pub older_than: Option<u32>,
    /// Purge text from before this day, YYYY-MM-DD or DD/MM/YYYY (instead of --older-than)
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub before: Option<NaiveDate>,
    /// What to purge, comma-separated
    #[arg(
        long,
        value_enum,
        value_delimiter = ',',
        default_value = "context,progress"
    )]
    pub purge: Vec<PurgeArg>,
    /// Say what would be purged, and change nothing
    #[arg(long)]
    pub dry_run: bool,
}

/// The command line with its `--help` in `lang`, where clap allows: the
/// program's description, each command's one line and the options every
/// command takes. The rest of each command's options, and clap's own words
/// ("Usage", "Options", its errors), stay English.
pub fn command_in(lang: crate::i18n::Lang) -> clap::Command {
    use clap::CommandFactory;
    let cmd = Cli::command();
    if lang == crate::i18n::Lang::En {
        // English is what the declarations above say, word for word.
        return cmd;
    }
    let mut cmd = cmd
        .about(lang.t("cli-help-about"))
        .long_about(format!(
            "{}\n\n{}",
            lang.t("cli-help-about"),
            lang.t("cli-help-no-command")
        ))
        .mut_arg("dir", |a| a.help(lang.t("cli-help-dir")))
        .mut_arg("lang", |a| a.help(lang.t("cli-help-lang")));
    for (name, id) in [
        ("new", "cli-help-new"),
        ("open", "cli-help-open"),
        ("present", "cli-help-present"),
        ("list", "cli-help-list"),
        ("check", "cli-help-check"),
        ("export", "cli-help-export"),
        ("rollup", "cli-help-rollup"),
        ("retention", "cli-help-retention"),
        ("sync", "cli-help-sync"),
        ("encryption", "cli-help-encryption"),
        ("lang", "cli-help-lang-command"),
    ] {
        cmd = cmd.mut_subcommand(name, |c| {
            let c = c.about(lang.t(id)).long_about(None);
            let words = |c: clap::Command| own_words(c, name, lang);
            words(c)
        });
    }
    // clap makes its own flags and the `help` command when the command is
    // built: built first, they are there to be worded.
    cmd.build();
    parsers_in(clap_words(cmd, lang), lang)
}

/// The words of the command `path` ("encryption", "encryption-on") and of
/// everything under it that the catalogue has: each option's help as
/// `cli-help-<path>-<option>`, each command under it as `cli-help-<path>-<name>`.
/// What the catalogue lacks keeps the English of the declarations above.
fn own_words(command: clap::Command, path: &str, lang: crate::i18n::Lang) -> clap::Command {
    let command = each_arg(command, |id, a| {
        match lang.lookup(&format!("cli-help-{path}-{id}")) {
            Some(help) => a.help(help).long_help(None),
            None => a,
        }
    });
    each_command(command, |name, c| {
        let inner = format!("{path}-{name}");
        let c = match lang.lookup(&format!("cli-help-{inner}")) {
            Some(about) => c.about(about).long_about(None),
            None => c,
        };
        own_words(c, &inner, lang)
    })
}

/// `command` with `change` applied to each of its arguments, by id.
fn each_arg(
    command: clap::Command,
    change: impl Fn(&str, clap::Arg) -> clap::Arg,
) -> clap::Command {
    let ids: Vec<String> = command
        .get_arguments()
        .map(|a| a.get_id().to_string())
        .collect();
    ids.iter().fold(command, |command, id| {
        command.mut_arg(id.as_str(), |a| change(id, a))
    })
}

/// `command` with `change` applied to each command under it, by name.
fn each_command(
    command: clap::Command,
    change: impl Fn(&str, clap::Command) -> clap::Command,
) -> clap::Command {
    let names: Vec<String> = command
        .get_subcommands()
        .map(|c| c.get_name().to_string())
        .collect();
    names.iter().fold(command, |command, name| {
        command.mut_subcommand(name.as_str(), |c| change(name, c))
    })
}

/// clap's own words in `command` and every command under it, in `lang`:
/// the headings ("Usage", "Commands", "Arguments", "Options"), `-h`, `-V`
/// and the `help` command. Its error messages it words itself, in English.
fn clap_words(command: clap::Command, lang: crate::i18n::Lang) -> clap::Command {
    let template = format!(
        "{{before-help}}{{about-with-newline}}\n{}: {{usage}}\n\n{{all-args}}{{after-help}}",
        lang.t("cli-help-usage")
    );
    let command = command
        .help_template(template)
        .subcommand_help_heading(lang.t("cli-help-commands"))
        .subcommand_value_name(lang.t("cli-help-command-value"));
    // Every argument under a heading of its own: clap's are English.
    let command = each_arg(command, |id, a| {
        let heading = if a.is_positional() {
            "cli-help-arguments"
        } else {
            "cli-help-options"
        };
        let a = a.help_heading(lang.t(heading));
        match id {
            "help" => a.help(lang.t("cli-help-help")).long_help(None),
            "version" => a.help(lang.t("cli-help-version")),
            _ => a,
        }
    });
    each_command(command, |name, c| {
        let c = if name == "help" {
            c.about(lang.t("cli-help-help-command"))
        } else {
            c
        };
        clap_words(c, lang)
    })
}

/// The language `--help` should speak, before the command line is parsed:
/// `--lang X` (or `--lang=X`) among `args`, else `BARAZA_LANG`, the config,
/// the locale.
pub fn help_lang(args: &[std::ffi::OsString]) -> crate::i18n::Lang {
    let args: Vec<String> = args
        .iter()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let given = args.iter().enumerate().find_map(|(i, a)| {
        a.strip_prefix("--lang=")
            .map(str::to_string)
            .or_else(|| (a == "--lang").then(|| args.get(i + 1).cloned()).flatten())
    });
    let given = given
        .or_else(|| std::env::var("BARAZA_LANG").ok())
        .and_then(|c| crate::i18n::Lang::from_code(&c));
    crate::tui::config::interface_lang(given)
}

/// Dates as the program's forms take them: YYYY-MM-DD, DD/MM/YYYY, `today`,
/// `+7`, `+2w`.
fn parse_date(s: &str) -> Result<NaiveDate, String> {
    date_in(s, crate::i18n::Lang::En)
}

/// [`parse_date`], refusing in `lang`.
fn date_in(s: &str, lang: crate::i18n::Lang) -> Result<NaiveDate, String> {
    let today = crate::clock::Clock::system().today();
    crate::dates::parse_date(s, today).ok_or_else(|| {
        crate::tr!(
            lang,
            "cli-bad-date",
            typed = s,
            iso = today.to_string(),
            dmy = today.format("%d/%m/%Y").to_string()
        )
    })
}

/// A language code as locales write it (`sw`, `fr_FR.UTF-8`); the test
/// languages (`xx`, `xx-long`) are accepted too.
fn parse_lang(s: &str) -> Result<crate::i18n::Lang, String> {
    lang_in(s, crate::i18n::Lang::En)
}

/// [`parse_lang`], refusing in `lang`.
fn lang_in(s: &str, lang: crate::i18n::Lang) -> Result<crate::i18n::Lang, String> {
    crate::i18n::Lang::from_code(s).ok_or_else(|| {
        let codes: Vec<&str> = crate::i18n::Lang::SHIPPED
            .iter()
            .map(|l| l.code())
            .collect();
        crate::tr!(lang, "cli-bad-lang", typed = s, codes = codes.join(", "))
    })
}

fn parse_group(s: &str) -> Result<(String, u32), String> {
    group_in(s, crate::i18n::Lang::En)
}

/// [`parse_group`], refusing in `lang`.
fn group_in(s: &str, lang: crate::i18n::Lang) -> Result<(String, u32), String> {
    let hint = lang.t("cli-group-form");
    let (name, count) = s
        .rsplit_once(':')
        .ok_or_else(|| crate::tr!(lang, "cli-bad-group", typed = s, hint = hint))?;
    let name = name.trim();
    if rules::group_name(name).is_err() {
        return Err(crate::tr!(
            lang,
            "cli-bad-group-name",
            typed = s,
            hint = hint
        ));
    }
    let count = count
        .trim()
        .parse::<u32>()
        .ok()
        .filter(|n| rules::head_count(*n).is_ok())
        .ok_or_else(|| {
            crate::tr!(
                lang,
                "cli-bad-head-count",
                typed = count,
                max = rules::MAX_PEOPLE.to_string(),
                hint = hint
            )
        })?;
    Ok((name.to_string(), count))
}

/// The refusals of this file's own parsers (dates, languages, groups) in
/// `lang`, in `command` and every command under it; clap's words around
/// them stay English.
fn parsers_in(command: clap::Command, lang: crate::i18n::Lang) -> clap::Command {
    let command = each_arg(command, |id, a| match id {
        "date" | "as_of" | "since" | "until" | "before" => {
            a.value_parser(move |s: &str| date_in(s, lang))
        }
        "lang" | "checked" => a.value_parser(move |s: &str| lang_in(s, lang)),
        "groups" => a.value_parser(move |s: &str| group_in(s, lang)),
        _ => a,
    });
    each_command(command, |_, c| parsers_in(c, lang))
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
