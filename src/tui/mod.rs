//! The terminal program. Everything here draws or reads keys; the session
//! itself is changed only through `model::Editor`.

mod app;
pub mod bidi;
pub mod chrome;
pub mod compare;
pub mod config;
pub mod form;
pub mod help;
pub mod keymap;
pub mod list;
pub mod panels;
pub mod present;
pub mod report_key;
pub mod room;
pub mod text_field;
pub mod theme;
pub mod timer_popup;
pub mod widgets;
mod worked;
pub mod workshop;

use std::io::{IsTerminal, stdout};

use ratatui::crossterm::event::{self, DisableBracketedPaste, EnableBracketedPaste};
use ratatui::crossterm::execute;

pub use app::{App, Start};

use crate::clock::Clock;
use crate::store::Store;
use config::Config;

/// Why the program could not run, or stopped: one line for stderr. The
/// command line turns it into its exit code (the terminal program knows
/// nothing of the command line).
#[derive(Debug, thiserror::Error)]
pub enum RunError {
    #[error("{}", self.describe(crate::i18n::Lang::En))]
    NotATerminal,
    #[error("{}", self.describe(crate::i18n::Lang::En))]
    Setup(std::io::Error),
    #[error("{}", self.describe(crate::i18n::Lang::En))]
    Terminal(std::io::Error),
}

impl RunError {
    /// The error in `lang`, for the command's one line on stderr.
    pub fn describe(&self, lang: crate::i18n::Lang) -> String {
        let system = |e: &std::io::Error| lang.msg(&crate::store::why::io_msg(e));
        match self {
            RunError::NotATerminal => crate::tr!(lang, "cli-no-terminal").to_string(),
            RunError::Setup(e) => crate::tr!(lang, "cli-terminal-setup", error = system(e)),
            RunError::Terminal(e) => crate::tr!(lang, "cli-terminal-error", error = system(e)),
        }
    }
}

/// Runs the full-screen program until the facilitator quits.
/// `lang`: the command line's `--lang`, over the config and the locale.
pub fn run(
    store: Store,
    start: Start,
    clock: Clock,
    lang: Option<crate::i18n::Lang>,
) -> Result<(), RunError> {
    if !stdout().is_terminal() || !std::io::stdin().is_terminal() {
        return Err(RunError::NotATerminal);
    }
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    let config_path = Config::default_path();
    let config = config_path.as_deref().map(Config::load).unwrap_or_default();
    let env = |k: &str| std::env::var(k).ok();
    let mut app = App::starting(store, clock, config.theme(no_color), config_path);
    app.set_lang(config.lang(lang, env));
    app.set_rtl(config.rtl(), env);
    app.start(start);

    let mut terminal = ratatui::try_init().map_err(RunError::Setup)?;
    let _ = execute!(stdout(), EnableBracketedPaste);
    // ratatui's hook restores raw mode and the screen; this one also turns off
    // bracketed paste, then hands over to it.
    let restore = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = execute!(stdout(), DisableBracketedPaste);
        restore(info);
    }));

    // Not blocked in a read: a tick at least every few hundred milliseconds
    // lets the screen say "saved" as soon as the writer has made a change
    // durable, retries a failed save with no key pressed, moves the timer on
    // and counts the time worked.
    let result = (|| -> std::io::Result<()> {
        let mut stale = true;
        while !app.should_quit() {
            if stale {
                terminal.draw(|frame| app.draw(frame))?;
                app.frame_shown();
            }
            stale = false;
            if event::poll(app.tick_interval())? {
                let event = event::read()?;
                app.handle_event(&event);
                stale = true;
            }
            stale |= app.tick(std::time::Instant::now());
        }
        Ok(())
    })();

    let _ = execute!(stdout(), DisableBracketedPaste);
    ratatui::restore();
    result.map_err(RunError::Terminal)
}
