//! The whole program's state: the session list, or an open session, plus the
//! help overlay and the theme. Key events go in, a frame comes out.

use std::path::{Path, PathBuf};

use ratatui::Frame;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind};

use super::chrome::{self, Level};
use super::config::Config;
use super::help;
use super::keymap::{Action, GLOBAL};
use super::list::{LIST_KEYS, ListOutcome, SessionList};
use super::theme::{Theme, ThemeName};
use super::workshop::{Outcome, Workshop};
use crate::clock::Clock;
use crate::model::Session;
use crate::store::{OpenSession, Store, StoreError, describe_holder};

/// Where the program starts.
#[derive(Clone, Debug)]
pub enum Start {
    List,
    Open(PathBuf),
    ReadOnly(PathBuf),
}

pub struct App {
    store: Store,
    clock: Clock,
    theme: Theme,
    config: Config,
    config_path: Option<PathBuf>,
    list: SessionList,
    workshop: Option<Workshop>,
    help_scroll: Option<u16>,
    quit: bool,
}

impl App {
    /// `config_path` is where the theme choice is remembered; `None` keeps it
    /// in memory (tests).
    pub fn new(store: Store, clock: Clock, theme: ThemeName, config_path: Option<PathBuf>) -> App {
        let config = config_path.as_deref().map(Config::load).unwrap_or_default();
        let mut list = SessionList::default();
        list.refresh(&store);
        App {
            store,
            clock,
            theme: Theme::by_name(theme),
            config,
            config_path,
            list,
            workshop: None,
            help_scroll: None,
            quit: false,
        }
    }

    pub fn start(&mut self, start: Start) {
        match start {
            Start::List => {}
            Start::Open(path) => self.open(&path, false),
            Start::ReadOnly(path) => self.open(&path, true),
        }
    }

    pub fn should_quit(&self) -> bool {
        self.quit
    }

    pub fn workshop(&self) -> Option<&Workshop> {
        self.workshop.as_ref()
    }

    pub fn workshop_mut(&mut self) -> Option<&mut Workshop> {
        self.workshop.as_mut()
    }

    pub fn list(&self) -> &SessionList {
        &self.list
    }

    pub fn theme(&self) -> &Theme {
        &self.theme
    }

    pub fn handle_event(&mut self, event: &Event) {
        match event {
            Event::Key(key) if key.kind != KeyEventKind::Release => self.handle_key(key),
            Event::Paste(text) => {
                if let Some(w) = &mut self.workshop {
                    w.handle_paste(text, &self.clock);
                } else {
                    self.list.handle_paste(text);
                }
            }
            // Resizing needs nothing: the next frame is drawn at the new size.
            _ => {}
        }
    }

    pub fn handle_key(&mut self, key: &KeyEvent) {
        if let Some(scroll) = &mut self.help_scroll {
            match key.code {
                KeyCode::Up | KeyCode::Char('k') => *scroll = scroll.saturating_sub(1),
                KeyCode::Down | KeyCode::Char('j') => *scroll += 1,
                KeyCode::PageUp => *scroll = scroll.saturating_sub(10),
                KeyCode::PageDown | KeyCode::Char(' ') => *scroll += 10,
                KeyCode::Char('c')
                    if key
                        .modifiers
                        .contains(ratatui::crossterm::event::KeyModifiers::CONTROL) =>
                {
                    self.quit = true
                }
                _ => self.help_scroll = None,
            }
            return;
        }
        if let Some(workshop) = &mut self.workshop {
            match workshop.handle_key(key, &self.clock) {
                Outcome::Stay => {}
                Outcome::Close => self.close_session(),
                Outcome::Global(action) => self.global(action),
            }
            return;
        }
        match self.list.handle_key(key, &self.clock) {
            ListOutcome::Stay => {}
            ListOutcome::Open(path) => self.open(&path, false),
            ListOutcome::OpenReadOnly(path) => self.open(&path, true),
            ListOutcome::Create(session) => self.create(&session),
            ListOutcome::Quit => self.quit = true,
            ListOutcome::Global(action) => self.global(action),
        }
    }

    fn global(&mut self, action: Action) {
        match action {
            Action::ForceQuit | Action::Quit => self.quit = true,
            Action::Help => self.help_scroll = Some(0),
            Action::CycleTheme => {
                let next = self.theme.name.next();
                self.theme = Theme::by_name(next);
                self.config.theme = next.label().to_string();
                let saved = match &self.config_path {
                    Some(path) => self.config.save(path).map_err(|e| e.to_string()),
                    None => Ok(()),
                };
                let message = match saved {
                    Ok(()) => (format!("theme: {}", next.label()), Level::Info),
                    Err(e) => (
                        format!("theme: {} (not remembered: {e})", next.label()),
                        Level::Warn,
                    ),
                };
                match &mut self.workshop {
                    Some(w) => w.say(message.0, message.1),
                    None => self.list.say(message.0, message.1),
                }
            }
            _ => {}
        }
    }

    fn holder(&self) -> String {
        describe_holder(&self.clock.now().format("%Y-%m-%d %H:%M").to_string())
    }

    fn open(&mut self, path: &Path, read_only: bool) {
        let opened = if read_only {
            OpenSession::open_read_only(path)
        } else {
            OpenSession::open(path, &self.holder())
        };
        match opened {
            Ok(doc) => {
                let mut workshop = Workshop::new(doc);
                if let Some(v) = workshop.doc().migrated_from() {
                    workshop.say(
                        format!("this file was made by an older baraza (version {v}); a copy is kept when it is first saved"),
                        Level::Info,
                    );
                } else if read_only {
                    workshop.say("opened read-only: nothing here can be changed", Level::Info);
                }
                self.workshop = Some(workshop);
            }
            Err(StoreError::Locked { holder, .. }) => {
                self.list.refresh(&self.store);
                self.list.ask_read_only(path.to_path_buf(), holder);
            }
            Err(e) => {
                self.list.refresh(&self.store);
                self.list.say(format!("cannot open: {e}"), Level::Error);
            }
        }
    }

    fn create(&mut self, session: &Session) {
        match OpenSession::create(&self.store, session, &self.holder()) {
            Ok(doc) => {
                let mut workshop = Workshop::new(doc);
                workshop.say("new session saved: add the groups in the room", Level::Info);
                self.workshop = Some(workshop);
            }
            Err(e) => self
                .list
                .say(format!("cannot create the session: {e}"), Level::Error),
        }
    }

    fn close_session(&mut self) {
        // Dropping the workshop releases the lock; every change is saved already.
        self.workshop = None;
        self.list.refresh(&self.store);
    }

    pub fn draw(&mut self, frame: &mut Frame) {
        let area = frame.area();
        let buf = frame.buffer_mut();
        buf.set_style(area, self.theme.base);
        if !chrome::fits(area) {
            chrome::too_small(area, buf, &self.theme);
            return;
        }
        let cursor = if let Some(workshop) = &mut self.workshop {
            workshop.draw(area, buf, &self.theme, &self.clock)
        } else {
            let areas = chrome::areas(area, false);
            chrome::title_bar(
                areas.title,
                buf,
                &self.theme,
                "baraza · community security sessions",
                &format!("{} sessions", self.list.entries().len()),
            );
            let cursor = self.list.draw(areas.body, buf, &self.theme);
            let folder = self.store.dir().display().to_string();
            chrome::status_line(areas.status, buf, &self.theme, self.list.status(), &folder);
            chrome::hint_bar(areas.hints, buf, &self.theme, &self.list.keymaps());
            cursor
        };
        if let Some(scroll) = &mut self.help_scroll {
            let groups = match &mut self.workshop {
                Some(w) => {
                    let mut groups = vec![(GLOBAL.title.to_string(), vec![GLOBAL])];
                    for (stage, maps) in w.all_keymaps() {
                        groups.push((stage.label().to_string(), maps));
                    }
                    groups
                }
                None => vec![(LIST_KEYS.title.to_string(), vec![LIST_KEYS, GLOBAL])],
            };
            let lines = help::lines(&groups, &self.theme);
            help::draw(lines, scroll, area, buf, &self.theme);
            return;
        }
        if let Some(position) = cursor {
            frame.set_cursor_position(position);
        }
    }
}
