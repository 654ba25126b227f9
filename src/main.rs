//! `baraza`: parse the command line and dispatch. Errors become one line on
//! stderr and an exit code (2 for usage, 1 for failures); never a backtrace.

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = baraza::cli::Cli::parse();
    match baraza::commands::run(cli) {
        Ok(code) => code,
        Err(failure) => {
            eprintln!("baraza: {}", failure.message);
            ExitCode::from(failure.code)
        }
    }
}
