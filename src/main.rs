//! `baraza`: parse the command line and dispatch. Errors become one line on
//! stderr and an exit code (2 for usage, 1 for failures); never a backtrace.

use std::process::ExitCode;

use clap::FromArgMatches;
use clap::error::ErrorKind;

fn main() -> ExitCode {
    // `--help` in the language asked for, where clap allows.
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    // The language `--help` and every message speak, resolved before parsing.
    let lang = baraza::cli::help_lang(&args);
    let command = baraza::cli::command_in(lang);
    let parsed = command
        .try_get_matches_from(&args)
        .and_then(|m| baraza::cli::Cli::from_arg_matches(&m));
    let cli = match parsed {
        Ok(cli) => cli,
        Err(e) if matches!(e.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) => {
            let _ = e.print();
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            eprintln!(
                "baraza: {}",
                baraza::commands::one_line(&one_line(&e.to_string()))
            );
            return ExitCode::from(2);
        }
    };
    match baraza::commands::run(cli) {
        Ok(code) => code,
        Err(failure) => {
            // The message may hold file names and text from files: one
            // line, through the sanitiser.
            eprintln!(
                "baraza: {}",
                baraza::commands::one_line(&failure.message(lang))
            );
            ExitCode::from(failure.code)
        }
    }
}

/// clap's message without its usage block, on one line: "invalid value
/// '2026-02-30' for '--date <DATE>': … (try --help)".
fn one_line(message: &str) -> String {
    let first: Vec<&str> = message
        .lines()
        .take_while(|l| !l.trim().is_empty())
        .map(str::trim)
        .collect();
    let text = first.join(" ");
    let text = text.strip_prefix("error: ").unwrap_or(&text);
    format!("{text} (try --help)")
}
