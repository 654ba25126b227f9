//! The whole program's state: the session list, or an open session, plus the
//! help overlay and the theme. Key events go in, a frame comes out.

use std::path::{Path, PathBuf};

use ratatui::Frame;
use ratatui::crossterm::event::{Event, KeyEvent, KeyEventKind};

use super::bidi::{self, RtlSetting};
use super::chrome::{self, Level};
use super::compare::{COMPARE_KEYS, CompareOutcome, CompareView};
use super::config::Config;
use super::form;
use super::help::{Anchor, HELP_KEYS, HelpView, Section};
use super::keymap::{Action, GLOBAL, Keymap, Route};
use super::list::{LIST_KEYS, ListOutcome, SessionList};
use super::panels::ledger::still_awaited;
use super::present::{PRESENT_KEYS, Presenter};
use super::theme::{Theme, ThemeName};
use super::timer_popup;
use super::workshop::{CONFIRM_KEYS, Outcome, Workshop};
use chrono::NaiveDate;

use crate::clock::{Clock, new_session_id};
use crate::i18n::Lang;
use crate::model::Session;
use crate::model::cycle::next_cycle;
use crate::store::{self, OpenSession, Store, StoreError, describe_holder};
use crate::tr;

/// Where the program starts.
#[derive(Clone, Debug)]
pub enum Start {
    List,
    Open(PathBuf),
    ReadOnly(PathBuf),
    /// The room's screen of the session, for the projector.
    Present(PathBuf),
}

pub struct App {
    store: Store,
    clock: Clock,
    theme: Theme,
    config: Config,
    config_path: Option<PathBuf>,
    list: SessionList,
    workshop: Option<Workshop>,
    compare: Option<CompareView>,
    /// The room's screen of a session, following its file.
    present: Option<Presenter>,
    /// `q` on the room's screen quits (it was started by `baraza present`)
    /// rather than going back to the list.
    present_only: bool,
    help: Option<HelpView>,
    quit: bool,
    /// The facilitator's interface language (`L` cycles it).
    lang: Lang,
    /// The right-to-left setting, and whether it has baraza reorder lines
    /// (see [`bidi`]): resolved against the terminal by [`App::detect_rtl`];
    /// until then (tests) baraza does not.
    rtl: RtlSetting,
    reorder: bool,
}

impl App {
    /// `config_path` is where the theme choice is remembered; `None` keeps it
    /// in memory (tests).
    pub fn new(store: Store, clock: Clock, theme: ThemeName, config_path: Option<PathBuf>) -> App {
        let mut app = App::unlisted(store, clock, theme, config_path);
        app.list.refresh(&app.store);
        app
    }

    /// [`App::new`] for the program itself: the session list is drawn at
    /// once from the listing cache, and the folder is checked and read on a
    /// background thread started once that frame is shown
    /// ([`App::frame_shown`]), the list filling in as [`App::tick`] takes
    /// in what it found (a cold start of 10,000 sessions takes seconds).
    pub fn starting(
        store: Store,
        clock: Clock,
        theme: ThemeName,
        config_path: Option<PathBuf>,
    ) -> App {
        let mut app = App::unlisted(store, clock, theme, config_path);
        app.list.load_in_background(&app.store);
        app
    }

    fn unlisted(store: Store, clock: Clock, theme: ThemeName, config_path: Option<PathBuf>) -> App {
        let config = config_path.as_deref().map(Config::load).unwrap_or_default();
        let list = SessionList::default();
        let lang = Lang::from_code(&config.lang).unwrap_or_default();
        let rtl = config.rtl();
        App {
            store,
            clock,
            theme: Theme::by_name(theme),
            config,
            config_path,
            list,
            workshop: None,
            compare: None,
            present: None,
            present_only: false,
            help: None,
            quit: false,
            lang,
            rtl,
            reorder: rtl == RtlSetting::On,
        }
    }

    /// Speaks `lang` from now on (the command line's `--lang`, the
    /// system locale), without remembering it.
    pub fn set_lang(&mut self, lang: Lang) {
        self.lang = lang;
        self.list.set_lang(lang);
        if let Some(w) = &mut self.workshop {
            w.set_lang(lang);
        }
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// Sets the right-to-left setting, `auto` resolved by the terminal
    /// `get` (the environment) says it is.
    pub fn set_rtl(&mut self, rtl: RtlSetting, get: impl Fn(&str) -> Option<String>) {
        self.rtl = rtl;
        self.reorder = rtl.resolve(get);
    }

    /// The right-to-left setting, and whether baraza reorders under it.
    pub fn rtl(&self) -> (RtlSetting, bool) {
        (self.rtl, self.reorder)
    }

    /// Keeps the config file's settings (theme, language, right to left);
    /// `Err` says why they could not be written.
    fn remember(&self) -> Result<(), String> {
        match &self.config_path {
            Some(path) => self.config.save(path).map_err(|e| e.to_string()),
            None => Ok(()),
        }
    }

    /// A line on the status line of the screen in front.
    fn say(&mut self, text: String, level: Level) {
        match &mut self.workshop {
            Some(w) => w.say(text, level),
            None => self.list.say(text, level),
        }
    }

    pub fn start(&mut self, start: Start) {
        if !matches!(start, Start::List) {
            // The list is read again when it is shown.
            self.list.stop_loading();
        }
        match start {
            Start::List => {}
            Start::Open(path) => self.open(&path, false),
            Start::ReadOnly(path) => self.open(&path, true),
            Start::Present(path) => {
                self.present_only = true;
                self.present(&path);
                if self.present.is_none() {
                    self.quit = true;
                }
            }
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

    pub fn presenter(&self) -> Option<&Presenter> {
        self.present.as_ref()
    }

    pub fn list(&self) -> &SessionList {
        &self.list
    }

    pub fn theme(&self) -> &Theme {
        &self.theme
    }

    pub fn handle_event(&mut self, event: &Event) {
        self.dispatch(event);
        // A save that failed is tried again at every key, not only at the
        // next change: the disk may have been freed, the stick put back.
        if let Some(w) = &mut self.workshop {
            w.save(&self.clock);
        }
    }

    /// Time passing with no key (see [`Workshop::tick`]); `true` when the
    /// screen is out of date and must be drawn again.
    /// A frame is on screen: work held back so as not to slow the first
    /// one down (listing the folder) starts now.
    pub fn frame_shown(&mut self) {
        self.list.start_loading();
    }

    pub fn tick(&mut self, now: std::time::Instant) -> bool {
        if let Some(p) = &mut self.present {
            return p.tick(now, self.clock.now());
        }
        match &mut self.workshop {
            Some(w) => w.tick(&self.clock, now),
            None => self.list.poll(),
        }
    }

    /// How long the event loop may wait for a key before calling
    /// [`App::tick`]: briefly while a save is being written, so "saved" shows
    /// as soon as it is true; otherwise often enough for the retry timer.
    pub fn tick_interval(&self) -> std::time::Duration {
        if let Some(p) = &self.present {
            return p.tick_interval();
        }
        match &self.workshop {
            Some(w) if w.is_saving() => std::time::Duration::from_millis(4),
            // Sessions read in the background show as they arrive.
            None if self.list.is_loading() => std::time::Duration::from_millis(30),
            _ => std::time::Duration::from_millis(250),
        }
    }

    fn dispatch(&mut self, event: &Event) {
        match event {
            Event::Key(key) if key.kind != KeyEventKind::Release => self.handle_key(key),
            Event::Paste(_) if self.present.is_some() => {}
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

    /// The keymaps in force, most specific first: what the hint line shows
    /// (or, while the help overlay is open, its own keys).
    pub fn keymaps(&self) -> Vec<Keymap> {
        if self.help.is_some() {
            vec![HELP_KEYS]
        } else if self.compare.is_some() {
            vec![COMPARE_KEYS]
        } else if self.present.is_some() {
            vec![PRESENT_KEYS]
        } else if let Some(w) = &self.workshop {
            w.keymaps()
        } else {
            self.list.keymaps()
        }
    }

    /// Where `key` goes on the screen as it is; [`App::handle_key`] acts on
    /// this answer (see [`Route`]).
    pub fn route(&self, key: &KeyEvent) -> Route {
        if self.help.is_some() {
            HelpView::route(key)
        } else if self.compare.is_some() {
            Route::lookup(&COMPARE_KEYS, key)
        } else if self.present.is_some() {
            Presenter::route(key)
        } else if let Some(w) = &self.workshop {
            w.route(key)
        } else {
            self.list.route(key)
        }
    }

    pub fn handle_key(&mut self, key: &KeyEvent) {
        if let Some(help) = &mut self.help {
            match HelpView::route(key).action() {
                Some(Action::ForceQuit) => self.quit = true,
                Some(Action::CycleRtl) => {
                    let next = self.rtl.next();
                    self.set_rtl(next, |k| std::env::var(k).ok());
                    self.config.rtl = next.code().to_string();
                    // The overlay stays open: its test line shows the
                    // new setting at once.
                    if let Err(e) = self.remember() {
                        let said = tr!(self.lang, "said-rtl-not-kept", error = e);
                        self.say(said, Level::Warn);
                    }
                }
                Some(Action::Cancel) | None => self.help = None,
                Some(action) => help.scroll(action),
            }
            return;
        }
        if let Some(compare) = &mut self.compare {
            match Route::lookup(&COMPARE_KEYS, key).action() {
                Some(Action::ForceQuit) => self.quit = true,
                Some(Action::Help) => self.open_help(),
                Some(a @ (Action::CycleTheme | Action::CycleLanguage)) => self.global(a),
                Some(action) if compare.handle_action(action) == CompareOutcome::Close => {
                    self.compare = None;
                }
                _ => {}
            }
            return;
        }
        if let Some(present) = &mut self.present {
            match present.handle_key(key) {
                Some(Action::ForceQuit) => self.quit = true,
                Some(Action::Quit) if self.present_only => self.quit = true,
                Some(Action::Quit) => {
                    self.present = None;
                    self.list.refresh(&self.store);
                }
                Some(a @ (Action::CycleTheme | Action::CycleLanguage)) => self.global(a),
                _ => {}
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
            ListOutcome::NextCycle {
                from,
                title,
                location,
                date,
            } => self.next_cycle(&from, title, location, date),
            ListOutcome::Compare(path) => self.compare(&path),
            ListOutcome::OpenExample(i) => self.open_example(i),
            ListOutcome::Refresh => {
                self.list.refresh(&self.store);
                let n = self.list.entries().len();
                self.list.say(
                    tr!(self.lang, "said-folder-read", sessions = n),
                    Level::Info,
                );
            }
            ListOutcome::Present(path) => self.present(&path),
            ListOutcome::Quit => self.quit = true,
            ListOutcome::Global(action) => self.global(action),
        }
    }

    fn global(&mut self, action: Action) {
        match action {
            Action::ForceQuit | Action::Quit => self.quit = true,
            Action::NextCycle => {
                if let Some(w) = &mut self.workshop
                    && w.doc().is_in_memory()
                {
                    w.say(tr!(self.lang, "said-example-next-cycle"), Level::Info);
                    return;
                }
                if let Some(w) = &self.workshop {
                    let path = w.doc().path().to_path_buf();
                    self.close_session();
                    self.list.start_next_cycle(&path, &self.clock);
                }
            }
            Action::Help => self.open_help(),
            Action::CycleLanguage => {
                let next = self.lang.next();
                self.set_lang(next);
                self.config.lang = next.code().to_string();
                let said = match self.remember() {
                    Ok(()) => (
                        tr!(next, "said-language", name = next.native_name()),
                        Level::Info,
                    ),
                    Err(e) => (
                        tr!(
                            next,
                            "said-language-not-kept",
                            name = next.native_name(),
                            error = e
                        ),
                        Level::Warn,
                    ),
                };
                self.say(said.0, said.1);
            }
            Action::CycleTheme => {
                let next = self.theme.name.next();
                self.theme = Theme::by_name(next);
                self.config.theme = next.label().to_string();
                let saved = match &self.config_path {
                    Some(path) => self.config.save(path).map_err(|e| e.to_string()),
                    None => Ok(()),
                };
                let message = match saved {
                    Ok(()) => (
                        tr!(self.lang, "said-theme", name = next.label()),
                        Level::Info,
                    ),
                    Err(e) => (
                        tr!(
                            self.lang,
                            "said-theme-not-kept",
                            name = next.label(),
                            error = e
                        ),
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

    /// The end of the help overlay: the languages in force and the
    /// right-to-left setting, with a test line to see which setting is
    /// right for this terminal.
    fn settings_lines(&self) -> Vec<String> {
        let l = self.lang;
        let mut lines = vec![tr!(l, "help-settings").to_string()];
        lines.push(tr!(l, "help-interface-language", name = l.native_name()));
        if let Some(w) = &self.workshop {
            lines.push(tr!(
                l,
                "help-room-language",
                name = w.room_lang().native_name()
            ));
        }
        let doing = if self.reorder {
            tr!(l, "help-rtl-baraza")
        } else {
            tr!(l, "help-rtl-terminal")
        };
        lines.push(tr!(l, "help-rtl", setting = self.rtl.code(), doing = doing));
        lines.push(tr!(l, "help-rtl-test", line = bidi::TEST_LINE));
        lines.push(tr!(l, "help-rtl-how", first = bidi::TEST_FIRST_WORD));
        lines
    }

    /// Every key of the current screen, in sections: in a session the keys
    /// that work everywhere, then each panel's.
    pub fn help_sections(&self) -> Vec<Section> {
        match &self.workshop {
            Some(w) => {
                let mut sections = vec![(GLOBAL.title_in(self.lang).to_string(), vec![GLOBAL])];
                for (stage, maps) in w.all_keymaps() {
                    sections.push((self.lang.t(stage.msg_id()).to_string(), maps));
                }
                let mut questions = form::ALL_KEYS.to_vec();
                questions.push(CONFIRM_KEYS);
                questions.push(timer_popup::START_KEYS);
                questions.push(timer_popup::RUNNING_KEYS);
                sections.push((tr!(self.lang, "help-forms").to_string(), questions));
                sections
            }
            None if self.compare.is_some() => {
                vec![(
                    COMPARE_KEYS.title_in(self.lang).to_string(),
                    vec![COMPARE_KEYS],
                )]
            }
            // The list's forms say their keys on the hint line; its help
            // stays about the list.
            None => vec![(
                LIST_KEYS.title_in(self.lang).to_string(),
                SessionList::all_keymaps(),
            )],
        }
    }

    /// Opens the overlay at the keys of the panel (and its mode) the room is
    /// looking at; the keys that work everywhere are a scroll up.
    fn open_help(&mut self) {
        let anchor = match &mut self.workshop {
            Some(w) => Anchor {
                // Section 0 holds the keys that work everywhere.
                section: 1 + w.panel().index(),
                map: w.keymaps().first().map(|m| m.title),
            },
            None => Anchor {
                section: 0,
                map: None,
            },
        };
        self.help = Some(HelpView::at(anchor));
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
                let mut workshop = Workshop::new(doc, &self.clock);
                workshop.set_lang(self.lang);
                if let Some(v) = workshop.doc().migrated_from() {
                    workshop.say(tr!(self.lang, "said-migrated", version = v), Level::Info);
                } else if read_only {
                    workshop.say(tr!(self.lang, "said-opened-read-only"), Level::Info);
                } else if let Some(awaited) = still_awaited(
                    workshop.doc().session(),
                    self.clock.now().date_naive(),
                    self.lang,
                ) {
                    // The next cycle opens with what is still owed to the room.
                    workshop.say(awaited, Level::Info);
                }
                self.workshop = Some(workshop);
            }
            Err(StoreError::Locked { holder, .. }) => {
                self.list.refresh(&self.store);
                self.list.ask_read_only(path.to_path_buf(), holder);
            }
            Err(e) => {
                self.list.refresh(&self.store);
                self.list.say(
                    tr!(self.lang, "said-cannot-open", error = e.describe(self.lang)),
                    Level::Error,
                );
            }
        }
    }

    /// Opens an example built into baraza, read-only, from memory.
    fn open_example(&mut self, i: usize) {
        let Some(example) = crate::store::examples::EXAMPLES.get(i) else {
            return;
        };
        match example.open() {
            Ok(doc) => {
                let mut workshop = Workshop::new(doc, &self.clock);
                workshop.set_lang(self.lang);
                workshop.say(tr!(self.lang, "said-example-opened"), Level::Info);
                self.workshop = Some(workshop);
            }
            Err(e) => self.list.say(
                tr!(
                    self.lang,
                    "said-cannot-open-example",
                    error = e.describe(self.lang)
                ),
                Level::Error,
            ),
        }
    }

    fn create(&mut self, session: &Session) {
        match OpenSession::create(&self.store, session, &self.holder()) {
            Ok(doc) => {
                let mut workshop = Workshop::new(doc, &self.clock);
                workshop.set_lang(self.lang);
                workshop.say(tr!(self.lang, "said-created"), Level::Info);
                self.workshop = Some(workshop);
            }
            Err(e) => self.list.say(
                tr!(
                    self.lang,
                    "said-cannot-create",
                    error = e.describe(self.lang)
                ),
                Level::Error,
            ),
        }
    }

    /// Starts the next cycle of the session at `from` and opens it.
    fn next_cycle(&mut self, from: &Path, title: String, location: String, date: NaiveDate) {
        let prev = match store::load(from) {
            Ok(d) => d.session,
            Err(e) => {
                return self.list.say(
                    tr!(self.lang, "said-cannot-read", error = e.describe(self.lang)),
                    Level::Error,
                );
            }
        };
        let now = self.clock.now();
        let mut next = next_cycle(&prev, new_session_id(now), title, date, now);
        if !location.is_empty() {
            next.location = location;
        }
        self.create(&next);
        if let Some(w) = &mut self.workshop {
            let mut said = tr!(
                self.lang,
                "said-next-cycle",
                problems = next.problems.len(),
                actions = next.actions.len(),
                title = &prev.title
            );
            if let Some(awaited) = still_awaited(&next, now.date_naive(), self.lang) {
                said = format!("{said}. {awaited}");
            }
            w.say(said, Level::Info);
        }
    }

    /// Opens the comparison of the session at `path` with the cycle before it.
    fn compare(&mut self, path: &Path) {
        let next = match store::load(path) {
            Ok(d) => d.session,
            Err(e) => {
                return self.list.say(
                    tr!(self.lang, "said-cannot-read", error = e.describe(self.lang)),
                    Level::Error,
                );
            }
        };
        let Some(previous) = next.previous.clone() else {
            return self
                .list
                .say(tr!(self.lang, "said-no-previous"), Level::Info);
        };
        let prev_path = self
            .list
            .entries()
            .iter()
            .find(|e| e.summary.as_ref().is_ok_and(|s| s.id == previous))
            .map(|e| e.path.clone());
        let Some(prev_path) = prev_path else {
            return self.list.say(
                tr!(self.lang, "said-previous-missing", id = &previous),
                Level::Warn,
            );
        };
        match store::load(&prev_path) {
            Ok(d) => self.compare = Some(CompareView::new(d.session, next)),
            Err(e) => self.list.say(
                tr!(
                    self.lang,
                    "said-cannot-read-previous",
                    error = e.describe(self.lang)
                ),
                Level::Error,
            ),
        }
    }

    /// Makes this window the room's screen of the session at `path`.
    fn present(&mut self, path: &Path) {
        match Presenter::open(path) {
            Ok(p) => self.present = Some(p),
            Err(e) => self.list.say(
                tr!(self.lang, "said-cannot-show", error = e.describe(self.lang)),
                Level::Error,
            ),
        }
    }

    fn close_session(&mut self) {
        // Dropping the workshop releases the lock; every change is saved
        // already. The list is read again (another program may have added
        // sessions meanwhile), with the cursor on the session just closed.
        let closed = self
            .workshop
            .take()
            .filter(|w| !w.doc().is_in_memory())
            .map(|w| w.doc().path().to_path_buf());
        self.list.refresh_on(&self.store, closed.as_deref());
    }

    pub fn draw(&self, frame: &mut Frame) {
        let (reorder, fields) = bidi::fields::record(|| self.draw_logical(frame));
        if reorder {
            self.finish(frame, &fields);
        }
    }

    /// The frame in logical order; false when it is not to be reordered
    /// (the too-small notice, which is laid out for any script).
    fn draw_logical(&self, frame: &mut Frame) -> bool {
        let area = frame.area();
        let buf = frame.buffer_mut();
        buf.set_style(area, self.theme.base);
        if let Some(present) = &self.present {
            // The room's screen is made for any grid a projector gets.
            present.draw(area, buf, &self.theme, self.clock.now(), self.lang);
            return true;
        }
        let room_view = self.workshop.as_ref().is_some_and(|w| w.room_view());
        if !chrome::fits(area) && !room_view {
            chrome::too_small(area, buf, &self.theme, self.lang);
            return false;
        }
        let cursor = if let Some(workshop) = &self.workshop {
            workshop.draw(area, buf, &self.theme, &self.clock)
        } else if let Some(compare) = &self.compare {
            let areas = chrome::areas(area, false);
            chrome::title_bar(areas.title, buf, &self.theme, &compare.title(self.lang), "");
            compare.draw(areas.body, buf, &self.theme, self.lang);
            chrome::status_line(areas.status, buf, &self.theme, None, "");
            chrome::hint_bar(
                areas.hints,
                buf,
                &self.theme,
                self.lang,
                &[COMPARE_KEYS],
                false,
            );
            None
        } else {
            let areas = chrome::areas(area, false);
            chrome::title_bar(
                areas.title,
                buf,
                &self.theme,
                tr!(self.lang, "list-title"),
                &tr!(
                    self.lang,
                    "list-count",
                    sessions = self.list.entries().len()
                ),
            );
            let cursor = self.list.draw(areas.body, buf, &self.theme);
            let folder = home_relative(self.store.dir());
            chrome::status_line(areas.status, buf, &self.theme, self.list.status(), &folder);
            chrome::hint_bar(
                areas.hints,
                buf,
                &self.theme,
                self.lang,
                &self.list.keymaps(),
                false,
            );
            cursor
        };
        if self.help.is_some() {
            let sections = self.help_sections();
            let read_only = self
                .workshop
                .as_ref()
                .is_some_and(|w| w.doc().is_read_only());
            if let Some(help) = &self.help {
                let settings = self.settings_lines();
                help.draw(
                    self.lang,
                    &sections,
                    &settings,
                    read_only,
                    area,
                    frame.buffer_mut(),
                    &self.theme,
                );
            }
            return true;
        }
        if let Some(position) = cursor {
            frame.set_cursor_position(position);
        }
        true
    }

    /// The last step of every frame: right-to-left text reordered for a
    /// terminal that does not (see [`bidi`]).
    fn finish(&self, frame: &mut Frame, fields: &bidi::Fields) {
        if self.reorder {
            let area = frame.area();
            let rtl = self.lang.is_rtl()
                || self
                    .workshop
                    .as_ref()
                    .is_some_and(|w| w.room_view() && w.room_lang().is_rtl());
            bidi::reorder(frame.buffer_mut(), area, rtl, fields);
        }
    }
}

/// `~/…` for paths in the home folder: shorter on the status line.
fn home_relative(path: &Path) -> String {
    let home = directories::BaseDirs::new().map(|d| d.home_dir().to_path_buf());
    match home.and_then(|h| path.strip_prefix(&h).ok().map(Path::to_path_buf)) {
        Some(rest) => format!("~/{}", rest.display()),
        None => path.display().to_string(),
    }
}
