//! `baraza check`: validate session files without changing them.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use crate::store::cue::{is_cue_name, read_cue_file};
use crate::store::{StoreError, load};

use super::one_line;
use crate::i18n::Lang;
use crate::tr;

/// Prints `FILE: ok` or `FILE:LINE:COL: error` per file (`FILE: encrypted,
/// not checked` when no unlocked key opens it); exit 1 if any is bad.
pub fn run(files: &[PathBuf], lang: Lang, out: &mut impl Write) -> ExitCode {
    let mut bad = 0;
    for file in files {
        let name = file.file_name().map(|n| n.to_string_lossy().into_owned());
        if name.as_deref().is_some_and(is_cue_name) {
            // The side file of the room's screen: checked as what it is.
            let verdict = match read_cue_file(file) {
                Ok(Some(_)) => tr!(lang, "cli-check-cue", file = file.display().to_string()),
                Ok(None) => {
                    bad += 1;
                    tr!(lang, "cli-check-no-file", file = file.display().to_string())
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
                let sealed = if decoded.encrypted {
                    tr!(lang, "cli-check-encrypted-mark")
                } else {
                    ""
                };
                let file = file.display().to_string();
                match decoded.migrated_from {
                    Some(v) => tr!(
                        lang,
                        "cli-check-ok-old",
                        file = file,
                        sealed = sealed,
                        version = v
                    ),
                    None => tr!(lang, "cli-check-ok", file = file, sealed = sealed),
                }
            }
            // Without its key nothing can be said about it, good or bad.
            Err(StoreError::Encrypted { .. }) => {
                tr!(
                    lang,
                    "cli-check-not-checked",
                    file = file.display().to_string()
                )
            }
            Err(e) => {
                bad += 1;
                e.describe(lang)
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
