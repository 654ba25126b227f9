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
use crate::store::{Store, crypt, describe_holder};

fn say(out: &mut impl Write, lines: &[String]) -> Result<(), Failure> {
    for line in lines {
        writeln!(out, "{line}").map_err(|e| Failure::failed(format!("cannot write: {e}")))?;
    }
    Ok(())
}

pub fn run(
    store: &Store,
    command: &EncryptionCommand,
    clock: &Clock,
    out: &mut impl Write,
) -> Result<ExitCode, Failure> {
    let dir = store.dir();
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
                    &[format!(
                        "{} is encrypted already; {} still in plain text now sealed",
                        dir.display(),
                        crate::text::plural(done.files, "file", "files")
                    )],
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
                    format!("Encrypting {}.", dir.display()),
                    "Choose a passphrase: it is asked once each time baraza starts. A lost \
                     passphrase means lost data — nobody, not even the programme, can read these \
                     sessions without it or the recovery key shown next."
                        .into(),
                ],
            )?;
            let passphrase = ask_new("passphrase")?;
            let set = crypt::set_up(dir, &passphrase, coordinator.as_deref(), None)
                .map_err(|e| Failure::failed(format!("{}: {e}", dir.display())))?;
            let done = crypt::seal_folder(dir, &holder)?;
            let mut lines = vec![
                format!(
                    "encrypted: {} sealed; from now on every save is sealed too",
                    crate::text::plural(done.files, "file", "files")
                ),
                String::new(),
                "RECOVERY KEY — write it down now and keep it away from this laptop; it is \
                 shown only this once, and with it alone a lost passphrase can be replaced:"
                    .into(),
                String::new(),
                format!("    {}", set.recovery_key.expose_secret()),
                String::new(),
                format!(
                    "this laptop's public key (for a coordinator's --coordinator): {}",
                    set.public_key
                ),
            ];
            if let Some(c) = coordinator {
                lines.push(format!(
                    "sessions are also sealed to the coordinator's key {c}"
                ));
            }
            if done.reports > 0 {
                lines.push(format!(
                    "note: {} in the folder (.md, .html, .csv) are not encrypted: move them somewhere safe or delete them",
                    crate::text::plural(done.reports, "report", "reports")
                ));
            }
            if crate::sync::Folders::of(dir).is_ok_and(|f| f.has_synced()) {
                lines.push(
                    "note: copies sent by baraza sync before now stay readable in the programme repository's history"
                        .into(),
                );
            }
            say(out, &lines)?;
            Ok(ExitCode::SUCCESS)
        }
        EncryptionCommand::Status => {
            let settings = crypt::settings(dir)
                .map_err(|e| Failure::failed(format!("{}: {e}", dir.display())))?;
            let lines = match settings {
                None => vec![format!(
                    "{}: not encrypted (`baraza encryption on` turns it on)",
                    dir.display()
                )],
                Some(s) => {
                    let mut lines = vec![
                        format!("{}: encrypted", dir.display()),
                        format!("this laptop's key: {}", s.laptop),
                    ];
                    lines.push(match s.coordinator {
                        Some(c) => format!("coordinator's key: {c}"),
                        None => "no coordinator's key".into(),
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
                        lines.push(format!(
                            "{} still in plain text: `baraza encryption on` seals them",
                            crate::text::plural(plain, "session is", "sessions are")
                        ));
                    }
                    lines
                }
            };
            say(out, &lines)?;
            Ok(ExitCode::SUCCESS)
        }
        EncryptionCommand::Passphrase => {
            not_encrypted(dir)?;
            let old = ask("the passphrase now: ")?;
            let new = ask_new("the new passphrase")?;
            crypt::change_passphrase(dir, &old, &new, None)
                .map_err(|e| Failure::failed(e.to_string()))?;
            say(out, &["passphrase changed".into()])?;
            Ok(ExitCode::SUCCESS)
        }
        EncryptionCommand::Recover => {
            not_encrypted(dir)?;
            let key = ask("the recovery key written down at set-up (AGE-SECRET-KEY-1…): ")?;
            let new = ask_new("a new passphrase")?;
            crypt::recover(dir, &key, &new, None).map_err(|e| Failure::failed(e.to_string()))?;
            say(
                out,
                &["recovered: the new passphrase opens the folder".into()],
            )?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn not_encrypted(dir: &Path) -> Result<(), Failure> {
    if crypt::is_encrypted_folder(dir) {
        Ok(())
    } else {
        Err(Failure::usage(format!(
            "{}: is not encrypted; `baraza encryption on` turns it on",
            dir.display()
        )))
    }
}
