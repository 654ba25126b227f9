//! The audience window (`baraza present SESSION`, or `p` on the session
//! list): the room's screen of whatever the facilitator's window is on, for
//! the projector, following every saved change.
//!
//! It is read-only and takes no lock: it reads the session file and its cue
//! file (see `store::cue`) and nothing else, and every key that would change
//! anything is refused. It learns of a save by watching the session's
//! folder (sessions are saved by renaming a new file over the old one, so a
//! watch on the file itself would go stale at the first save) and, in case
//! the watch misses something (a network folder, a full inotify table), by
//! looking at the files' size, time and identity every [`POLL_EVERY`].
//!
//! A file that cannot be read just now — a save by another program caught
//! half-way, a file dropped by a careless copy — keeps the last good view
//! on the wall with a small mark, and is read again every [`RETRY_EVERY`]
//! until it reads: never a crash, never half a session.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver};
use std::time::{Duration, Instant, SystemTime};

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::Rect;

use super::keymap::{Action, Key, Keymap, LANGUAGE, Route, THEME, bind};
use super::room::{self, Mark, Room};
use super::theme::Theme;
use crate::model::room::Cue;
use crate::model::{Editor, Session, Timestamp};
use crate::store::{self, cue};

/// How often the files are looked at when the folder watch said nothing.
pub const POLL_EVERY: Duration = Duration::from_secs(2);

/// How soon a file that could not be read is read again.
pub const RETRY_EVERY: Duration = Duration::from_millis(250);

/// The keys of the audience window: leaving it, and the theme (a projector
/// may need another). Everything else is refused: this window only shows.
pub const PRESENT_KEYS: Keymap = Keymap {
    title: "Room's screen",
    bindings: &[
        bind(
            &[Key::char('q')],
            Action::Quit,
            "close",
            "close the room's screen (the session is not touched)",
        ),
        bind(&[Key::ctrl('c')], Action::ForceQuit, "quit", "quit baraza"),
        THEME,
        LANGUAGE,
    ],
};

/// What identifies one version of a file without reading it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Stamp {
    len: u64,
    modified: Option<SystemTime>,
    #[cfg(unix)]
    inode: u64,
}

fn stamp(path: &Path) -> Option<Stamp> {
    let meta = std::fs::symlink_metadata(path).ok()?;
    Some(Stamp {
        len: meta.len(),
        modified: meta.modified().ok(),
        #[cfg(unix)]
        inode: std::os::unix::fs::MetadataExt::ino(&meta),
    })
}

/// The audience window's state.
pub struct Presenter {
    path: PathBuf,
    cue_path: PathBuf,
    /// The session as last read, in an editor only for what it keeps per
    /// revision (rankings, the dot tally): it is never changed here, and a
    /// frame of the wall does not recount every dot.
    session: Editor,
    cue: Cue,
    /// The session file could not be read at the last try (why).
    unreadable: Option<String>,
    /// The last key was refused.
    refused: bool,
    /// Stamps of the session and cue files as last read.
    stamps: (Option<Stamp>, Option<Stamp>),
    /// Something changed in the folder (from the watch).
    events: Option<Receiver<()>>,
    /// Held so the watch lasts as long as the window.
    _watcher: Option<notify::RecommendedWatcher>,
    last_look: Instant,
    /// Drawn at this second: a running timer needs a frame a second.
    drawn_second: std::cell::Cell<i64>,
}

impl Presenter {
    /// Opens the audience window of the session at `path`; the error is
    /// the store's, for the facilitator in their language.
    pub fn open(path: &Path) -> Result<Presenter, store::StoreError> {
        let session = store::load(path)?.session;
        let cue_path = cue::cue_path(path);
        let (watcher, events) = watch(path);
        let mut presenter = Presenter {
            path: path.to_path_buf(),
            session: Editor::new(session),
            cue: Cue::default(),
            unreadable: None,
            refused: false,
            stamps: (stamp(path), None),
            events,
            _watcher: watcher,
            last_look: Instant::now(),
            drawn_second: std::cell::Cell::new(0),
            cue_path,
        };
        presenter.cue.panel = presenter.session.session().stage;
        presenter.read_cue();
        Ok(presenter)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn session(&self) -> &Session {
        self.session.session()
    }

    pub fn cue(&self) -> &Cue {
        &self.cue
    }

    /// The session file could not be read at the last try.
    pub fn is_stale(&self) -> bool {
        self.unreadable.is_some()
    }

    pub fn title(&self) -> &str {
        &self.session.session().title
    }

    pub fn route(key: &KeyEvent) -> Route {
        Route::lookup(&PRESENT_KEYS, key)
    }

    /// A key: what the app should do with it (quit, theme), or `None` when
    /// it is refused.
    pub fn handle_key(&mut self, key: &KeyEvent) -> Option<Action> {
        let action = Presenter::route(key).action();
        self.refused = action.is_none();
        action
    }

    /// How long the event loop may wait: the folder watch cannot wake it
    /// (the terminal's event poll waits on its own), so this is most of the
    /// time a save takes to reach the wall. 20 ms: fifty cheap wake-ups a
    /// second, and a save on the wall in a few tens of milliseconds.
    pub fn tick_interval(&self) -> Duration {
        Duration::from_millis(20)
    }

    /// Looks for saves; `true` when the wall must be drawn again.
    pub fn tick(&mut self, now: Instant, wall: Timestamp) -> bool {
        let mut changed = false;
        if let Some(events) = &self.events {
            while events.try_recv().is_ok() {
                changed = true;
            }
        }
        let every = if self.unreadable.is_some() {
            RETRY_EVERY
        } else {
            POLL_EVERY
        };
        let due = now.saturating_duration_since(self.last_look) >= every;
        let mut redraw = false;
        if changed || due {
            self.last_look = now;
            redraw |= self.look();
        }
        let timer_shown = self.cue.timer.is_some() && !self.cue.blank;
        redraw || (timer_shown && self.drawn_second.get() != wall.timestamp())
    }

    /// Reads what changed; `true` if the view did.
    fn look(&mut self) -> bool {
        let mut changed = false;
        let session_stamp = stamp(&self.path);
        if session_stamp != self.stamps.0 || self.unreadable.is_some() {
            match store::load(&self.path) {
                Ok(decoded) => {
                    changed |=
                        decoded.session != *self.session.session() || self.unreadable.is_some();
                    self.session = Editor::new(decoded.session);
                    self.unreadable = None;
                    self.stamps.0 = session_stamp;
                }
                Err(e) => {
                    // The last good view stays; reading is tried again soon.
                    changed |= self.unreadable.is_none();
                    self.unreadable = Some(e.to_string());
                }
            }
        }
        if stamp(&self.cue_path) != self.stamps.1 {
            changed |= self.read_cue();
        }
        changed
    }

    /// Reads the cue file; a cue that cannot be read keeps the last one.
    fn read_cue(&mut self) -> bool {
        let now = stamp(&self.cue_path);
        match cue::read_cue_file(&self.cue_path) {
            Ok(Some(cue)) => {
                self.stamps.1 = now;
                let changed = cue != self.cue;
                self.cue = cue;
                changed
            }
            Ok(None) => {
                self.stamps.1 = None;
                false
            }
            Err(_) => false,
        }
    }

    /// Draws the room's screen in the session's language, or `interface`
    /// for a session that names none.
    pub fn draw(
        &self,
        area: Rect,
        buf: &mut Buffer,
        theme: &Theme,
        now: Timestamp,
        interface: crate::i18n::Lang,
    ) {
        self.drawn_second.set(now.timestamp());
        let mark = if self.unreadable.is_some() {
            Mark::Unreadable
        } else if self.refused {
            Mark::ShowsOnly
        } else {
            Mark::Following
        };
        let room = Room {
            session: self.session.session(),
            cue: &self.cue,
            now,
            mark,
            lang: self.session.session().room_language(interface),
        };
        room::draw_kept(area, buf, theme, &room, &self.session);
    }
}

/// Watches the folder of `path` for anything that happens to the session
/// file or its cue file. `None` where no watch can be set up: the poll
/// then does the work.
fn watch(path: &Path) -> (Option<notify::RecommendedWatcher>, Option<Receiver<()>>) {
    use notify::{RecursiveMode, Watcher};
    let Some(dir) = path.parent().map(|d| {
        if d.as_os_str().is_empty() {
            Path::new(".")
        } else {
            d
        }
    }) else {
        return (None, None);
    };
    let names: Vec<std::ffi::OsString> = [path.to_path_buf(), cue::cue_path(path)]
        .iter()
        .filter_map(|p| p.file_name().map(|n| n.to_os_string()))
        .collect();
    let (tx, rx) = mpsc::channel();
    let handler = move |event: notify::Result<notify::Event>| {
        let ours = match &event {
            Ok(e) => e
                .paths
                .iter()
                .any(|p| p.file_name().is_some_and(|n| names.iter().any(|m| m == n))),
            // The watch itself went wrong: look at the files anyway.
            Err(_) => true,
        };
        if ours {
            let _ = tx.send(());
        }
    };
    match notify::recommended_watcher(handler) {
        Ok(mut watcher) => match watcher.watch(dir, RecursiveMode::NonRecursive) {
            Ok(()) => (Some(watcher), Some(rx)),
            Err(_) => (None, None),
        },
        Err(_) => (None, None),
    }
}
