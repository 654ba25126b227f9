//! `baraza check`: validate session files without changing them.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use crate::store::cue::{is_cue_name, read_cue_file};
use crate::store::{StoreError, load};

use super::one_line;

/// Prints `FILE: ok` or `FILE:LINE:COL: error` per file (`FILE: encrypted,
/// not checked` when no unlocked key opens it); exit 1 if any is bad.
pub fn run(files: &[PathBuf], out: &mut impl Write) -> ExitCode {
    let mut bad = 0;
    for file in files {
        let name = file.file_name().map(|n| n.to_string_lossy().into_owned());
        if name.as_deref().is_some_and(is_cue_name) {
            // The side file of the room's screen: checked as what it is.
            let verdict = match read_cue_file(file) {
                Ok(Some(_)) => format!(
                    "{}: ok (where the facilitator's window is, for the room's screen; not a session)",
                    file.display()
                ),
                Ok(None) => {
                    bad += 1;
                    format!("{}: no such file", file.display())
                }
                Err(e) => {
                    bad += 1;
                    e.to_string()
                }
            };
            let _ = writeln!(out, "{}", one_line(&verdict));
            continue;
        }
        let verdict = match load(file) {
            // `load` checks that the session fits together as well.
            Ok(decoded) => {
                let sealed = if decoded.encrypted { ", encrypted" } else { "" };
                match decoded.migrated_from {
                    Some(v) => format!(
                        "{}: ok{sealed} (file version {v}, upgraded when next saved)",
                        file.display()
                    ),
                    None => format!("{}: ok{sealed}", file.display()),
                }
            }
            // Without its key nothing can be said about it, good or bad.
            Err(StoreError::Encrypted { .. }) => {
                format!("{}: encrypted, not checked", file.display())
            }
            Err(e) => {
                bad += 1;
                e.to_string()
            }
        };
        let _ = writeln!(out, "{}", one_line(&verdict));
    }
    if bad == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
