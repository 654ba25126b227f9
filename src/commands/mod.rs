//! What each command does. `main.rs` only parses and dispatches.

mod check;
mod encryption;
pub mod export;
mod lang;
mod list;
mod new;
pub mod passphrase;
mod retention;
pub mod rollup;
pub mod sync;
pub mod terminal;

use std::path::PathBuf;
use std::process::ExitCode;

use crate::cli::{Cli, Command};
use crate::clock::Clock;
use crate::i18n::Lang;
use crate::store::{Store, StoreError, default_dir};
use crate::text::{Breaks, escape_controls};
use crate::tr;
use terminal::Output;

/// `text` as one line for the terminal: control characters (line breaks
/// included) written out visibly.
pub fn one_line(text: &str) -> String {
    escape_controls(text, Breaks::None).into_owned()
}

/// Standard output as the commands write it: through the sanitiser.
fn stdout() -> Output<std::io::StdoutLock<'static>> {
    Output::new(std::io::stdout().lock(), Breaks::Lines)
}

/// Standard error, likewise (one line per message).
fn stderr() -> Output<std::io::StderrLock<'static>> {
    Output::new(std::io::stderr().lock(), Breaks::Lines)
}

/// A command that did not work: one line for stderr, and the exit code.
#[derive(Debug)]
pub struct Failure {
    what: What,
    pub code: u8,
}

/// What a failure says: words already in the command's language, or a
/// store error, worded when it is shown (it comes through `?` from code
/// that knows no language).
#[derive(Debug)]
enum What {
    Said(String),
    Store(StoreError),
    Sync(crate::sync::SyncError),
    Run(crate::tui::RunError),
}

impl Failure {
    /// The user asked for something that cannot be (exit 2, like a usage error).
    pub fn usage(message: impl Into<String>) -> Failure {
        Failure {
            what: What::Said(message.into()),
            code: 2,
        }
    }

    /// Something failed (exit 1).
    pub fn failed(message: impl Into<String>) -> Failure {
        Failure {
            what: What::Said(message.into()),
            code: 1,
        }
    }

    /// The line for stderr, in `lang` (the interface language).
    pub fn message(&self, lang: Lang) -> String {
        match &self.what {
            What::Said(text) => text.clone(),
            What::Store(e) => e.describe(lang),
            What::Sync(e) => e.describe(lang),
            What::Run(e) => e.describe(lang),
        }
    }
}

impl From<StoreError> for Failure {
    fn from(e: StoreError) -> Failure {
        Failure {
            what: What::Store(e),
            code: 1,
        }
    }
}

impl From<crate::tui::RunError> for Failure {
    fn from(e: crate::tui::RunError) -> Failure {
        Failure {
            what: What::Run(e),
            code: 1,
        }
    }
}

/// Runs a parsed command line. The exit code is 0 on success.
pub fn run(cli: Cli) -> Result<ExitCode, Failure> {
    let clock = Clock::system();
    // The language every command's messages speak (`export`'s report has
    // its own, below).
    let l = crate::tui::config::interface_lang(cli.lang);
    match cli.command {
        None => {
            let store = open_store(cli.dir, l)?;
            passphrase::unlock_folder(store.dir(), l)?;
            crate::tui::run(store, crate::tui::Start::List, clock, cli.lang)?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::New(args)) => {
            let store = open_store(cli.dir, l)?;
            refuse_view(&store, l, tr!(l, "cli-view-why-new"))?;
            let path = new::run(&store, &args, &clock)?;
            {
                use std::io::Write;
                let _ = writeln!(stdout(), "{}", one_line(&path.display().to_string()));
            }
            if !args.no_open {
                // Without a terminal the session is not opened (below), and no
                // passphrase is asked for.
                if passphrase::can_ask() {
                    passphrase::unlock_folder(store.dir(), l)?;
                }
                // Made, and saved: without a terminal (a script, a pipe) the
                // session is simply not opened, which is no failure.
                match crate::tui::run(store, crate::tui::Start::Open(path), clock, cli.lang) {
                    Err(crate::tui::RunError::NotATerminal) => {
                        use std::io::Write;
                        let _ = writeln!(stderr(), "baraza: {}", tr!(l, "cli-new-not-opened"));
                    }
                    other => other?,
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Open(args)) => {
            // A path to a file opens that file on any machine: the folder of
            // sessions (for the list after `q`) is the usual one, made if it
            // is not there yet, as `baraza` alone would.
            let (store, path) = match given_file(&args.session) {
                Some(path) if cli.dir.is_none() => (open_store(None, l)?, path),
                _ => {
                    let store = existing_store(cli.dir, l)?;
                    // Found by title in an encrypted folder: unlocked first.
                    passphrase::unlock_folder(store.dir(), l)?;
                    let path = store.resolve(&args.session)?;
                    (store, path)
                }
            };
            passphrase::unlock_folder(store.dir(), l)?;
            if let Some(dir) = path.parent() {
                passphrase::unlock_folder(dir, l)?;
            }
            // A folder or a link named like a session: one line, before the
            // terminal is taken over.
            crate::store::check_openable(&path)?;
            // A programme copy is replaced at every sync: an edit made on it
            // would be lost, so it opens read-only.
            let start = if args.read_only || in_view(&path) {
                crate::tui::Start::ReadOnly(path)
            } else {
                crate::tui::Start::Open(path)
            };
            crate::tui::run(store, start, clock, cli.lang)?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Present(args)) => {
            // As `open`: a path works on any machine, and an encrypted
            // folder's passphrase is asked once, before the terminal is
            // taken over (the room's screen reads the session as it is saved).
            let (store, path) = match given_file(&args.session) {
                Some(path) if cli.dir.is_none() => (open_store(None, l)?, path),
                _ => {
                    let store = existing_store(cli.dir, l)?;
                    passphrase::unlock_folder(store.dir(), l)?;
                    let path = store.resolve(&args.session)?;
                    (store, path)
                }
            };
            passphrase::unlock_folder(store.dir(), l)?;
            if let Some(dir) = path.parent() {
                passphrase::unlock_folder(dir, l)?;
            }
            crate::store::check_openable(&path)?;
            // A file that cannot be read is said here, in one line, before
            // the terminal is taken over.
            crate::store::load(&path)?;
            crate::tui::run(store, crate::tui::Start::Present(path), clock, cli.lang)?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::List(args)) => {
            let dir = folder(cli.dir, l)?;
            passphrase::unlock_folder(&dir, l)?;
            list::run(&dir, &args, l, &mut stdout(), &mut stderr())
        }
        Some(Command::Sync(args)) => {
            let dir = folder(cli.dir, l)?;
            passphrase::unlock_folder(&dir, l)?;
            sync::run(&dir, &args, &clock, l, &mut stdout())
        }
        Some(Command::Check(args)) => {
            // The key of each encrypted folder the files are in, when there
            // is a terminal to type it; without it they are "not checked".
            if passphrase::can_ask() {
                let mut folders: Vec<PathBuf> = args
                    .files
                    .iter()
                    .filter_map(|f| f.parent().map(|p| p.to_path_buf()))
                    .collect();
                folders.sort();
                folders.dedup();
                for dir in folders {
                    passphrase::unlock_folder(&dir, l)?;
                }
            }
            Ok(check::run(&args.files, l, &mut stdout()))
        }
        Some(Command::Lang(crate::cli::LangCommand::Check(args))) => {
            lang::check(&args, l, &mut stdout())
        }
        Some(Command::Encryption(command)) => {
            let store = open_store(cli.dir, l)?;
            refuse_view(&store, l, tr!(l, "cli-view-why-encryption"))?;
            encryption::run(&store, &command, &clock, l, &mut stdout())
        }
        Some(Command::Export(args)) => {
            // A path to a file needs no folder of sessions at all.
            let (path, own) = match given_file(&args.session) {
                Some(path) => {
                    // A file given by path is this laptop's own session (and
                    // gets the export in its log) only if it is in the
                    // folder of sessions; a copy from elsewhere (a stick, the
                    // examples) is never changed.
                    let own = folder(cli.dir.clone(), l).ok().is_some_and(|dir| {
                        let canon = |p: &std::path::Path| std::fs::canonicalize(p).ok();
                        canon(&dir).is_some() && path.parent().and_then(canon) == canon(&dir)
                    });
                    (path, own)
                }
                None => {
                    let store = existing_store(cli.dir, l)?;
                    passphrase::unlock_folder(store.dir(), l)?;
                    (store.resolve(&args.session)?, true)
                }
            };
            if let Some(dir) = path.parent() {
                passphrase::unlock_folder(dir, l)?;
            }
            export::run(
                &path,
                &args,
                cli.lang,
                &clock,
                own,
                &mut stdout(),
                &mut stderr(),
            )
        }
        Some(Command::Retention(args)) => {
            let store = existing_store(cli.dir, l)?;
            refuse_view(&store, l, tr!(l, "cli-view-why-retention"))?;
            passphrase::unlock_folder(store.dir(), l)?;
            retention::run(&store, &args, &clock, l, &mut stdout(), &mut stderr())
        }
        Some(Command::Rollup(args)) => {
            let dir = folder(cli.dir, l)?;
            passphrase::unlock_folder(&dir, l)?;
            rollup::run(&dir, &args, clock.today(), l, &mut stdout(), &mut stderr())
        }
    }
}

/// `SESSION` as given on the command line, when it names a file that is
/// there: used as it is, whatever the folder of sessions.
fn given_file(session: &str) -> Option<PathBuf> {
    let path = PathBuf::from(session);
    path.is_file().then_some(path)
}

/// Whether the session file `path` is a copy in a programme view.
pub(crate) fn in_view(path: &std::path::Path) -> bool {
    path.parent().is_some_and(crate::sync::is_view)
}

/// Refuses to change a programme view (its copies are replaced at every sync).
fn refuse_view(store: &Store, l: Lang, why: &str) -> Result<(), Failure> {
    if crate::sync::is_view(store.dir()) {
        return Err(Failure::usage(tr!(
            l,
            "cli-view-read-only",
            folder = store.dir().display().to_string(),
            why = why
        )));
    }
    Ok(())
}

fn folder(dir: Option<PathBuf>, l: Lang) -> Result<PathBuf, Failure> {
    match dir {
        Some(dir) => Ok(dir),
        None => default_dir().ok_or_else(|| Failure::failed(tr!(l, "cli-no-home"))),
    }
}

/// The folder of sessions, created (0700) if it is not there yet: for the
/// program itself and `new`.
fn open_store(dir: Option<PathBuf>, l: Lang) -> Result<Store, Failure> {
    Ok(Store::open(folder(dir, l)?)?)
}

/// The folder of sessions for commands that only read it: a folder that is
/// not there is a mistyped `--dir`, not something to create, and nothing in
/// it is changed (not even the listing cache).
pub(crate) fn existing_store(dir: Option<PathBuf>, l: Lang) -> Result<Store, Failure> {
    let dir = folder(dir, l)?;
    if !dir.is_dir() {
        return Err(Failure::failed(tr!(
            l,
            "cli-no-such-folder",
            folder = dir.display().to_string()
        )));
    }
    Ok(Store::existing(dir)?)
}
