//! Typing a passphrase: on the terminal, nothing shown while it is typed,
//! once when baraza starts on an encrypted folder (never at a save).

use std::io::{IsTerminal, Write};
use std::path::Path;

use age::secrecy::SecretString;
use ratatui::crossterm::event::{self, Event, KeyCode, KeyEventKind, KeyModifiers};
use ratatui::crossterm::terminal;

use super::Failure;
use crate::i18n::Lang;
use crate::store::crypt;
use crate::tr;

/// Whether a passphrase can be asked for: standard input is a terminal.
/// (Scripts and pipes are never waited on for one.)
pub fn can_ask() -> bool {
    std::io::stdin().is_terminal()
}

/// Restores the terminal however the prompt ends.
struct Raw;

impl Drop for Raw {
    fn drop(&mut self) {
        let _ = terminal::disable_raw_mode();
    }
}

/// Asks for a passphrase on the terminal after `prompt` (in `l`, as the
/// refusals are), showing nothing of it; `Esc` or `Ctrl+C` gives up.
pub fn ask(l: Lang, prompt: &str) -> Result<SecretString, Failure> {
    if !can_ask() {
        return Err(Failure::failed(tr!(l, "cli-pass-no-terminal")));
    }
    // Raw mode first, then the prompt: what is typed after the prompt shows
    // is never echoed, however fast it comes.
    terminal::enable_raw_mode()
        .map_err(|e| Failure::failed(tr!(l, "cli-pass-cannot-read", error = e.to_string())))?;
    let raw = Raw;
    let mut err = std::io::stderr();
    let _ = write!(err, "{prompt}: ");
    let _ = err.flush();
    let mut typed = String::new();
    let cancelled = loop {
        let Ok(ev) = event::read() else {
            break true;
        };
        let Event::Key(key) = ev else {
            continue;
        };
        if key.kind == KeyEventKind::Release {
            continue;
        }
        match key.code {
            KeyCode::Enter => break false,
            // A line typed before raw mode ends in a line feed: Ctrl+J.
            KeyCode::Char('j') if key.modifiers.contains(KeyModifiers::CONTROL) => break false,
            KeyCode::Esc => break true,
            KeyCode::Char('c') if key.modifiers.contains(KeyModifiers::CONTROL) => break true,
            KeyCode::Backspace => {
                typed.pop();
            }
            KeyCode::Char(c) => typed.push(c),
            _ => {}
        }
    };
    drop(raw);
    let _ = writeln!(err);
    if cancelled {
        return Err(Failure::failed(tr!(l, "cli-pass-none-typed")));
    }
    Ok(SecretString::from(typed))
}

/// A new passphrase, typed twice: first after `prompt`.
pub fn ask_new(l: Lang, prompt: &str) -> Result<SecretString, Failure> {
    use age::secrecy::ExposeSecret;
    let first = ask(l, prompt)?;
    if first.expose_secret().chars().count() < 8 {
        return Err(Failure::usage(tr!(l, "cli-pass-short")));
    }
    let again = ask(l, tr!(l, "cli-pass-again"))?;
    if first.expose_secret() != again.expose_secret() {
        return Err(Failure::usage(tr!(l, "cli-pass-differ")));
    }
    Ok(first)
}

/// When `dir` is an encrypted folder, asks for its passphrase and unlocks its
/// key for the rest of this run: once, at the start, before anything reads
/// it. A wrong passphrase is refused in one line, in `l`.
pub fn unlock_folder(dir: &Path, l: Lang) -> Result<(), Failure> {
    static UNLOCKED: std::sync::Mutex<Vec<std::path::PathBuf>> = std::sync::Mutex::new(Vec::new());
    if !crypt::is_encrypted_folder(dir) || !dir.join(crypt::KEY_FILE).exists() {
        return Ok(());
    }
    // Asked once per folder, however many ways a command comes to it.
    let key = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
    let mut unlocked = UNLOCKED.lock().unwrap_or_else(|e| e.into_inner());
    if unlocked.contains(&key) {
        return Ok(());
    }
    let passphrase = ask(
        l,
        &tr!(l, "cli-pass-for", folder = dir.display().to_string()),
    )?;
    crypt::unlock(dir, &passphrase).map_err(|e| Failure::failed(e.describe(l)))?;
    unlocked.push(key);
    Ok(())
}
