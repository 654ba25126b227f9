//! `baraza encryption on|status|passphrase|recover`: encryption at rest of a
//! folder of sessions ([`crate::store::crypt`] does the work).

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use age::secrecy::ExposeSecret;

use super::passphrase::{ask, ask_new};
use super::{Failure, one_line};
use crate::cli::EncryptionCommand;
use crate::clock::Clock;
use crate::i18n::Lang;
use crate::store::{Store, StoreError, crypt, describe_holder};
use crate::tr;

fn say(out: &mut impl Write, l: Lang, lines: &[String]) -> Result<(), Failure> {
    for line in lines {
        writeln!(out, "{line}")
            .map_err(|e| Failure::failed(tr!(l, "cli-cannot-write", error = e.to_string())))?;
    }
    Ok(())
}

pub fn run(
    store: &Store,
    command: &EncryptionCommand,
    clock: &Clock,
    l: Lang,
    out: &mut impl Write,
) -> Result<ExitCode, Failure> {
    let dir = store.dir();
    let folder = dir.display().to_string();
    let say = |out: &mut _, lines: &[String]| say(out, l, lines);
    let holder = describe_holder(&clock.now().format("%H:%M").to_string());
    match command {
        EncryptionCommand::On { coordinator } => {
            if let Some(key) = coordinator {
                crypt::check_public_key(key).map_err(|e| Failure::usage(one_line(&e)))?;
            }
            if crypt::is_encrypted_folder(dir) {
                // Finishing a run that was cut off: no new key.
                let done = crypt::seal_folder(dir, &holder)?;
                say(
                    out,
                    &[tr!(l, "cli-enc-already", folder = &folder, n = done.files)],
                )?;
                return Ok(ExitCode::SUCCESS);
            }
            // Every session must be free before anything is made.
            for path in store.session_files() {
                drop(crate::store::SessionLock::acquire(&path, &holder)?);
            }
            say(
                out,
                &[
                    tr!(l, "cli-enc-encrypting", folder = &folder),
                    tr!(l, "cli-enc-choose").into(),
                ],
            )?;
            let passphrase = ask_new(l, tr!(l, "cli-pass-choose"))?;
            let set = crypt::set_up(dir, &passphrase, coordinator.as_deref(), None)
                .map_err(|e| StoreError::io(dir, e))?;
            let done = crypt::seal_folder(dir, &holder)?;
            let mut lines = vec![
                tr!(l, "cli-enc-done", n = done.files),
                String::new(),
                tr!(l, "cli-enc-recovery-key").into(),
                String::new(),
                format!("    {}", set.recovery_key.expose_secret()),
                String::new(),
                tr!(l, "cli-enc-public-key", key = &set.public_key),
            ];
            if let Some(c) = coordinator {
                lines.push(tr!(l, "cli-enc-coordinator-sealed", key = c));
            }
            if done.reports > 0 {
                lines.push(tr!(l, "cli-enc-reports-plain", n = done.reports));
            }
            if crate::sync::Folders::of(dir).is_ok_and(|f| f.has_synced()) {
                lines.push(tr!(l, "cli-enc-sync-history").into());
            }
            say(out, &lines)?;
            Ok(ExitCode::SUCCESS)
        }
        EncryptionCommand::Status => {
            let settings = crypt::settings(dir).map_err(|e| StoreError::io(dir, e))?;
            let lines = match settings {
                None => vec![tr!(l, "cli-enc-status-off", folder = &folder)],
                Some(s) => {
                    let mut lines = vec![
                        tr!(l, "cli-enc-status-on", folder = &folder),
                        tr!(l, "cli-enc-laptop-key", key = &s.laptop),
                    ];
                    lines.push(match &s.coordinator {
                        Some(c) => tr!(l, "cli-enc-coordinator-key", key = c),
                        None => tr!(l, "cli-enc-no-coordinator").into(),
                    });
                    let plain = store
                        .session_files()
                        .iter()
                        .filter(|p| {
                            crate::store::folder::read_file(p)
                                .is_ok_and(|(b, _)| !crypt::is_sealed(&b))
                        })
                        .count();
                    if plain > 0 {
                        lines.push(tr!(l, "cli-enc-plain-left", n = plain));
                    }
                    lines
                }
            };
            say(out, &lines)?;
            Ok(ExitCode::SUCCESS)
        }
        EncryptionCommand::Passphrase => {
            not_encrypted(dir, l)?;
            let old = ask(l, tr!(l, "cli-pass-now"))?;
            let new = ask_new(l, tr!(l, "cli-pass-choose-new"))?;
            crypt::change_passphrase(dir, &old, &new, None)
                .map_err(|e| Failure::failed(e.describe(l)))?;
            say(out, &[tr!(l, "cli-enc-changed").into()])?;
            Ok(ExitCode::SUCCESS)
        }
        EncryptionCommand::Recover => {
            not_encrypted(dir, l)?;
            let key = ask(l, tr!(l, "cli-pass-recovery"))?;
            let new = ask_new(l, tr!(l, "cli-pass-choose-another"))?;
            crypt::recover(dir, &key, &new, None).map_err(|e| Failure::failed(e.describe(l)))?;
            say(out, &[tr!(l, "cli-enc-recovered").into()])?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn not_encrypted(dir: &Path, l: Lang) -> Result<(), Failure> {
    if crypt::is_encrypted_folder(dir) {
        Ok(())
    } else {
        Err(Failure::usage(tr!(
            l,
            "cli-enc-not-encrypted",
            folder = dir.display().to_string()
        )))
    }
}
