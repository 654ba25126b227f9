//! An open session: the stepper of six panels around the one the room is on.
//!
//! Every change a panel asks for goes through [`Workshop::apply`]: the editor
//! applies it (undoable, in the audit log) and hands it to the saver before
//! the next key is read. The status line says "saving…" until the saver
//! reports a file holding the change durable, then "saved HH:MM:SS".
//!
//! The workshop also drives the room's screen: `p` shows it in this window
//! (the same keys work on it), `.` blanks it, `t` runs a timer, and after
//! every key the facilitator's position (the [`Cue`]) goes to the side file
//! audience windows follow. It counts the time worked on each panel.

use std::cell::Cell;
use std::time::{Duration, Instant};

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent};
use ratatui::layout::{Position, Rect};
use ratatui::style::Modifier;

use super::chrome::{self, Level};
use super::keymap::{Action, GLOBAL, Key, Keymap, Route, bind};
use super::panels::{Confirm, Ctx, Effect, Panels};
use super::report_key::write_reports;
use super::room::{self, Mark, Room};
use super::theme::Theme;
use super::timer_popup::{TimerAsk, TimerPopup};
use super::worked::WorkedClock;
use crate::clock::Clock;
use crate::i18n::Lang;
use crate::model::room::{Cue, Timer, TimerState, clock_face};
use crate::model::{Change, ChangeError, Field, Stage, Timestamp};
use crate::store::cue::{CueWriter, read_cue};
use crate::store::{OpenSession, SaveState};
use crate::text;
use crate::tr;

pub const CONFIRM_KEYS: Keymap = Keymap {
    title: "Confirm",
    bindings: &[
        bind(&[Key::char('y')], Action::Yes, "yes", "yes, do it"),
        bind(
            &[Key::char('n'), Key::code(KeyCode::Esc)],
            Action::No,
            "no",
            "no, leave it",
        ),
    ],
};

/// How often a failed save is tried again, and the lock checked, with no key
/// pressed.
pub const RETRY_EVERY: Duration = Duration::from_secs(2);

/// What the app should do after a key in the workshop.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    Stay,
    /// Back to the session list.
    Close,
    /// A global key the app handles (help, theme, quit).
    Global(Action),
}

pub struct Workshop {
    doc: OpenSession,
    panel: Stage,
    panels: Panels,
    confirm: Option<Confirm>,
    message: Option<(String, Level)>,
    /// When the saver was last handed the session, and last asked to check
    /// its lock.
    last_attempt: Instant,
    last_check: Instant,
    /// The save state as last drawn: a tick redraws when it moved on. In a
    /// cell because drawing takes `&self`: noting what was drawn is not a
    /// change of state anyone else sees.
    drawn: std::cell::RefCell<Option<(String, Option<String>)>>,
    /// Asking before leaving: the question, and where to go on `y`.
    leaving: Option<(String, Outcome)>,
    /// This window shows the room's screen (`p`).
    room_view: bool,
    /// The room's screen shows only the session title (`.`).
    blank: bool,
    timer: Option<Timer>,
    timer_popup: Option<TimerPopup>,
    /// Where audience windows learn what to show, and what they were last
    /// sent; only a window that may edit the session writes it.
    cue: Option<(CueWriter, Cue)>,
    worked: Option<WorkedClock>,
    /// The second the timer was last drawn at: a tick redraws once a second
    /// while one is on screen.
    drawn_second: Cell<i64>,
    /// Why the cue file could not be written, as last said.
    cue_failure: Option<String>,
    /// The facilitator's interface language (the room's screen speaks the
    /// session's own, see [`Session::room_language`]).
    lang: Lang,
}

impl Workshop {
    /// Opens on the panel the room had reached. A window that may edit
    /// picks up the timer and the blank screen where the last one left them
    /// (from the cue file), and tells audience windows where it is.
    pub fn new(doc: OpenSession, clock: &Clock) -> Workshop {
        let panel = doc.session().stage;
        let mut panels = Panels::default();
        panels.session_changed(doc.session());
        let editing = !doc.is_read_only();
        let before = if editing {
            read_cue(doc.path()).ok().flatten()
        } else {
            None
        };
        let now = clock.now();
        let mut workshop = Workshop {
            panel,
            panels,
            confirm: None,
            message: None,
            last_attempt: Instant::now(),
            last_check: Instant::now(),
            drawn: std::cell::RefCell::new(None),
            leaving: None,
            room_view: false,
            blank: before.as_ref().is_some_and(|c| c.blank),
            timer: before.as_ref().and_then(|c| c.timer),
            timer_popup: None,
            cue: editing.then(|| (CueWriter::new(doc.path()), Cue::default())),
            worked: editing.then(|| WorkedClock::new(panel, now)),
            drawn_second: Cell::new(0),
            cue_failure: None,
            lang: Lang::En,
            doc,
        };
        workshop.publish(true);
        workshop
    }

    /// Speaks `lang` from the next frame on.
    pub fn set_lang(&mut self, lang: Lang) {
        self.lang = lang;
    }

    /// The facilitator's interface language.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The language of the room: the session's, else the interface's.
    pub fn room_lang(&self) -> Lang {
        self.doc.session().room_language(self.lang)
    }

    pub fn doc(&self) -> &OpenSession {
        &self.doc
    }

    pub fn panel(&self) -> Stage {
        self.panel
    }

    pub fn message(&self) -> Option<&str> {
        self.message.as_ref().map(|(m, _)| m.as_str())
    }

    pub fn say(&mut self, text: impl Into<String>, level: Level) {
        self.message = Some((text.into(), level));
    }

    /// The keymaps in force, most specific first; the hint line shows them.
    pub fn keymaps(&self) -> Vec<Keymap> {
        if self.confirm.is_some() || self.leaving.is_some() {
            return vec![CONFIRM_KEYS];
        }
        if let Some(popup) = &self.timer_popup {
            return vec![popup.keymap(self.timer.as_ref())];
        }
        let panel = self.panels.get(self.panel);
        let map = panel.keymap(self.doc.session());
        if panel.is_editing() {
            vec![map]
        } else {
            vec![map, GLOBAL]
        }
    }

    /// Every keymap of every panel, for the help overlay.
    pub fn all_keymaps(&self) -> Vec<(Stage, Vec<Keymap>)> {
        Stage::ALL
            .into_iter()
            .map(|s| (s, self.panels.get(s).all_keymaps()))
            .collect()
    }

    /// Where `key` goes now: the question being asked, the panel's field
    /// or keymap, or the keys that work everywhere. [`Workshop::handle_key`]
    /// acts on exactly this answer, and the keymap test checks it against
    /// the hint line and the help.
    pub fn route(&self, key: &KeyEvent) -> Route {
        if self.leaving.is_some() {
            return Route::lookup(&CONFIRM_KEYS, key);
        }
        if Key::ctrl('c').matches(key) {
            return Route::lookup(&GLOBAL, key);
        }
        if self.confirm.is_some() {
            return Route::lookup(&CONFIRM_KEYS, key);
        }
        if let Some(popup) = &self.timer_popup {
            return popup.route(key, self.timer.as_ref());
        }
        let s = self.doc.session();
        let panel = self.panels.get(self.panel);
        if panel.is_editing() {
            // A field has focus: the keys that work everywhere do not.
            panel.route(key, s)
        } else {
            Route::first(&[panel.keymap(s), GLOBAL], key)
        }
    }

    pub fn handle_key(&mut self, key: &KeyEvent, clock: &Clock) -> Outcome {
        let now = clock.now();
        self.count_worked(now, true);
        let outcome = self.dispatch_key(key, clock);
        self.after_event(clock);
        outcome
    }

    fn dispatch_key(&mut self, key: &KeyEvent, clock: &Clock) -> Outcome {
        let route = self.route(key);
        if let Some((_, then)) = &self.leaving {
            let then = *then;
            match route.action() {
                Some(Action::Yes) => {
                    self.leaving = None;
                    return then;
                }
                Some(Action::No) => {
                    self.leaving = None;
                    self.say(tr!(self.lang, "said-staying"), Level::Info);
                }
                _ => {}
            }
            return Outcome::Stay;
        }
        if route.action() == Some(Action::ForceQuit) {
            return self.leave(Outcome::Global(Action::ForceQuit), clock);
        }
        if let Some(confirm) = &self.confirm {
            match route.action() {
                Some(Action::Yes) => {
                    let change = confirm.change.clone();
                    self.confirm = None;
                    self.apply(change, clock);
                }
                Some(Action::No) => {
                    self.confirm = None;
                    self.say(tr!(self.lang, "said-left-as-it-was"), Level::Info);
                }
                _ => {}
            }
            return Outcome::Stay;
        }
        if let Some(popup) = &mut self.timer_popup {
            match popup.handle_key(key, self.timer.as_ref(), clock.now(), self.lang) {
                TimerAsk::Nothing => {}
                TimerAsk::Close => self.timer_popup = None,
                TimerAsk::Refuse(why) => self.say(why, Level::Warn),
                TimerAsk::Set(timer) => {
                    self.timer_popup = None;
                    self.set_timer(timer, clock.now());
                }
            }
            return Outcome::Stay;
        }
        self.message = None;
        let now = clock.now();
        let read_only = self.doc.is_read_only();
        let session = self.doc.session();
        let ctx = Ctx {
            session,
            now,
            today: now.date_naive(),
            read_only,
            lang: self.lang,
        };
        let panel = self.panels.get_mut(self.panel);
        let effect = match route {
            Route::Nothing => {
                typed_outside_a_field(key, &panel.keymap(session), read_only, self.lang)
            }
            Route::Field => panel.handle_key(key, &ctx),
            Route::Binding { map, .. } if map == GLOBAL.title => Effect::Unhandled,
            // A field has focus: its form or line sees the key first (Tab,
            // Enter, Esc are the form's), then the panel's keymap.
            Route::Binding { action, .. } if panel.is_editing() => {
                match panel.handle_key(key, &ctx) {
                    Effect::Unhandled => panel.handle_action(action, &ctx),
                    other => other,
                }
            }
            Route::Binding { edits: true, .. } if read_only => {
                Effect::Warn(read_only_refusal(self.lang))
            }
            Route::Binding { action, .. } => panel.handle_action(action, &ctx),
        };
        match effect {
            // Not the panel's to handle: a key that works everywhere (the
            // capture line passes Ctrl+z on to the undo).
            Effect::Unhandled => match route.action() {
                Some(action) => self.global_action(action, clock),
                None => Outcome::Stay,
            },
            Effect::App(action) => self.leave(Outcome::Global(action), clock),
            other => {
                self.take_effect(other, clock);
                Outcome::Stay
            }
        }
    }

    pub fn handle_paste(&mut self, pasted: &str, clock: &Clock) {
        if let Some(popup) = &mut self.timer_popup {
            if self.timer.is_none() {
                popup.handle_paste(pasted);
            }
            return;
        }
        let now = clock.now();
        let session = self.doc.session();
        let ctx = Ctx {
            session,
            now,
            today: now.date_naive(),
            read_only: self.doc.is_read_only(),
            lang: self.lang,
        };
        let panel = self.panels.get_mut(self.panel);
        if panel.is_editing() {
            let effect = panel.handle_paste(pasted, &ctx);
            self.take_effect(effect, clock);
        }
    }

    /// One of the keys that work everywhere ([`GLOBAL`]); any other action
    /// does nothing here.
    fn global_action(&mut self, action: Action, clock: &Clock) -> Outcome {
        let Some(binding) = GLOBAL.bindings.iter().find(|b| b.action == action) else {
            return Outcome::Stay;
        };
        if binding.edits && self.doc.is_read_only() {
            self.say(read_only_refusal(self.lang), Level::Warn);
            return Outcome::Stay;
        }
        match binding.action {
            Action::NextPanel => {
                if self.panel == Stage::Learn {
                    self.say(tr!(self.lang, "said-last-step"), Level::Info);
                } else {
                    self.go_to(self.panel.next());
                }
            }
            Action::PrevPanel => {
                if self.panel == Stage::Prepare {
                    self.say(tr!(self.lang, "said-first-step"), Level::Info);
                } else {
                    self.go_to(self.panel.previous());
                }
            }
            Action::GoToPanel(i) => {
                if let Some(stage) = Stage::ALL.get(i) {
                    self.go_to(*stage);
                }
            }
            Action::Undo => {
                let now = clock.now();
                let done = self.doc.editor_mut().and_then(|e| e.undo(now));
                match done {
                    Some(what) => {
                        self.edit_made();
                        self.say(tr!(self.lang, "said-undone", what = what), Level::Info)
                    }
                    None => self.say(tr!(self.lang, "said-nothing-to-undo"), Level::Info),
                }
                self.save(clock);
            }
            Action::Redo => {
                let now = clock.now();
                let done = self.doc.editor_mut().and_then(|e| e.redo(now));
                match done {
                    Some(what) => {
                        self.edit_made();
                        self.say(tr!(self.lang, "said-redone", what = what), Level::Info)
                    }
                    None => self.say(tr!(self.lang, "said-nothing-to-redo"), Level::Info),
                }
                self.save(clock);
            }
            Action::Export => self.export(clock),
            Action::RoomView => {
                self.room_view = !self.room_view;
                self.say(
                    if self.room_view {
                        tr!(self.lang, "said-room-view-on")
                    } else {
                        tr!(self.lang, "said-room-view-off")
                    },
                    Level::Info,
                );
            }
            Action::Blank => {
                self.blank = !self.blank;
                self.say(
                    if self.blank {
                        tr!(self.lang, "said-blank-on")
                    } else {
                        tr!(self.lang, "said-blank-off")
                    },
                    Level::Info,
                );
            }
            Action::Timer => self.timer_popup = Some(TimerPopup::default()),
            Action::Quit => return self.leave(Outcome::Close, clock),
            other => return Outcome::Global(other),
        }
        Outcome::Stay
    }

    /// Writes the session's Markdown and HTML reports next to its file (also
    /// when read-only) and says where; records them in the session's export
    /// log, saved like any change, unless the session is read-only here.
    fn export(&mut self, clock: &Clock) {
        if self.doc.is_in_memory() {
            self.say(
                "an example built into baraza has no file to write a report beside; `baraza export` writes one for your own sessions",
                Level::Info,
            );
            return;
        }
        let now = clock.now();
        let written = match write_reports(self.doc.path(), self.doc.session(), now, self.lang) {
            Ok(w) => w,
            Err(m) => return self.say(m, Level::Error),
        };
        let Some(editor) = self.doc.editor_mut() else {
            return self.say(
                format!("{}; not in its export log (read-only)", written.message),
                Level::Warn,
            );
        };
        let mut log = editor.session().exports.clone();
        log.extend(written.records);
        match editor.record(Change::Set(Field::Exports(log)), now) {
            Ok(_) => {
                self.save(clock);
                self.say(written.message, Level::Info);
            }
            Err(e) => self.say(format!("{}; not logged: {e}", written.message), Level::Warn),
        }
    }

    /// Leaving the session (back to the list, quitting, the next cycle) loses
    /// nothing silently: it waits for the last save, and asks first if a save
    /// failed or a form still holds typed text.
    fn leave(&mut self, then: Outcome, clock: &Clock) -> Outcome {
        // The time worked goes into the session before the last save.
        let now = clock.now();
        self.count_worked(now, false);
        if let Some(worked) = &mut self.worked {
            let due = worked.due(now, true);
            self.record_worked(due, now);
        }
        // One more try: the disk may be back.
        self.save(clock);
        let question = match self.doc.flush() {
            SaveState::Failed(e) | SaveState::Stopped(e) => Some(tr!(
                self.lang,
                "ask-leave-not-saved",
                error = self.lang.msg(&e)
            )),
            _ if self.panels.get(self.panel).is_editing() => {
                Some(tr!(self.lang, "ask-leave-form-open").to_string())
            }
            _ => None,
        };
        match question {
            Some(q) => {
                self.leaving = Some((q, then));
                Outcome::Stay
            }
            None => then,
        }
    }

    /// The facilitator's position, for the room's screen.
    pub fn cue(&self) -> Cue {
        Cue {
            panel: self.panel,
            focus: self.panels.focus(self.panel, self.doc.session()),
            blank: self.blank,
            timer: self.timer,
        }
    }

    /// Whether this window shows the room's screen.
    pub fn room_view(&self) -> bool {
        self.room_view
    }

    pub fn timer(&self) -> Option<&Timer> {
        self.timer.as_ref()
    }

    fn timer_running(&self, now: Timestamp) -> bool {
        self.timer
            .is_some_and(|t| matches!(t.state(now), TimerState::Running { .. }))
    }

    fn set_timer(&mut self, timer: Option<Timer>, now: Timestamp) {
        let said = match (&self.timer, &timer) {
            (_, None) => tr!(self.lang, "said-timer-stopped").to_string(),
            (None, Some(t)) => tr!(
                self.lang,
                "said-timer-started",
                time = clock_face(t.seconds)
            ),
            (Some(old), Some(t)) if old.is_paused() != t.is_paused() => if t.is_paused() {
                tr!(self.lang, "said-timer-paused")
            } else {
                tr!(self.lang, "said-timer-goes-on")
            }
            .to_string(),
            (Some(_), Some(t)) => match t.state(now) {
                TimerState::Running { left } | TimerState::Paused { left } => {
                    tr!(self.lang, "said-timer-extended", time = clock_face(left))
                }
                TimerState::Up { .. } => tr!(self.lang, "said-timer").to_string(),
            },
        };
        self.timer = timer;
        self.say(said, Level::Info);
    }

    /// Counts time worked on the panel on screen up to `now`; `key`: a key
    /// was pressed now.
    fn count_worked(&mut self, now: Timestamp, key: bool) {
        let running = self.timer_running(now);
        if let Some(worked) = &mut self.worked {
            worked.count(now, running);
            if key {
                worked.key(now);
            }
        }
    }

    /// Records time worked in the session (see [`crate::tui::worked`]).
    fn record_worked(&mut self, due: Vec<(Stage, u32)>, now: Timestamp) {
        if due.is_empty() {
            return;
        }
        if let Some(editor) = self.doc.editor_mut() {
            for (stage, seconds) in due {
                editor.record_worked(stage, seconds, now);
            }
        }
    }

    /// After every event: the time worked on a panel just left is recorded,
    /// and audience windows are told where this one is now.
    fn after_event(&mut self, clock: &Clock) {
        let now = clock.now();
        let panel = self.panel;
        if let Some(worked) = &mut self.worked {
            let mut due: Vec<(Stage, u32)> = worked.switch(panel).into_iter().collect();
            due.extend(worked.due(now, false));
            if !due.is_empty() {
                self.record_worked(due, now);
                self.save(clock);
            }
        }
        self.publish(false);
    }

    /// Sends the facilitator's position to audience windows if it moved.
    fn publish(&mut self, always: bool) {
        let cue = self.cue();
        if let Some((writer, sent)) = &mut self.cue
            && (always || *sent != cue)
        {
            writer.send(cue.clone());
            *sent = cue;
        }
    }

    /// Waits until audience windows can read where this window is (tests,
    /// and before closing).
    pub fn flush_cue(&self) {
        if let Some((writer, _)) = &self.cue {
            writer.flush();
        }
    }

    /// Time passing with no key, for the room: counts the time worked
    /// (recording it at a checkpoint) and says whether the screen must be
    /// drawn again (a timer on screen shows a new second).
    fn tick_room(&mut self, clock: &Clock) -> bool {
        let now = clock.now();
        self.count_worked(now, false);
        if let Some(worked) = &mut self.worked {
            let due = worked.due(now, false);
            if !due.is_empty() {
                self.record_worked(due, now);
                self.save(clock);
            }
        }
        // The room's screen cannot follow if its side file cannot be
        // written: said once, so the facilitator knows the wall is stale.
        let failure = self.cue.as_ref().and_then(|(w, _)| w.failure());
        let news = failure.is_some() && failure != self.cue_failure;
        if news && let Some(e) = &failure {
            self.say(
                format!("the room's screen cannot follow this window: {e}"),
                Level::Warn,
            );
        }
        self.cue_failure = failure;
        news || (self.timer.is_some() && self.drawn_second.get() != now.timestamp())
    }

    /// The small mark of the room's screen.
    fn mark(&self) -> Mark {
        match self.doc.save_state() {
            SaveState::ReadOnly => Mark::ReadOnly,
            SaveState::Unchanged => Mark::Unchanged,
            SaveState::Saving => Mark::Saving,
            SaveState::Saved(_) => Mark::Saved,
            SaveState::Failed(_) | SaveState::Stopped(_) => Mark::NotSaved,
        }
    }

    /// Moves to a panel. Arriving in Plan while the shortlist's boundary
    /// cuts a tie says so (Plan shows it too): planning on a shortlist the
    /// room has not settled is a choice, not an accident.
    pub fn go_to(&mut self, stage: Stage) {
        // Looking at a panel (showing the room what comes next) records
        // nothing: the stage reached moves on when something is recorded there.
        self.panel = stage;
        if stage == Stage::Plan
            && let Some(warning) = super::panels::plan::tie_warning(self.doc.session(), self.lang)
        {
            self.say(warning, Level::Warn);
        }
    }

    fn take_effect(&mut self, effect: Effect, clock: &Clock) {
        match effect {
            Effect::None | Effect::Unhandled | Effect::App(_) => {}
            Effect::Apply(change) => {
                self.apply(change, clock);
            }
            Effect::ApplyWarn(change, warning) => {
                if self.apply(change, clock) {
                    self.say(warning, Level::Warn);
                }
            }
            Effect::ApplyInfo(change, next) => {
                if self.apply(change, clock) {
                    self.say(next, Level::Info);
                }
            }
            Effect::Confirm(confirm) => {
                if self.doc.is_read_only() {
                    self.say(read_only_refusal(self.lang), Level::Warn);
                } else {
                    self.confirm = Some(confirm);
                }
            }
            Effect::Info(m) => self.say(m, Level::Info),
            Effect::Warn(m) => self.say(m, Level::Warn),
        }
    }

    /// Tells the panels of the edit just made, undone or redone, and of
    /// the change that takes it back (which they may follow).
    fn edit_made(&mut self) {
        let editor = self.doc.editor();
        self.panels
            .change_made(editor.last_inverse(), editor.session());
    }

    /// The one place panel changes reach the session. Returns whether the
    /// change was made.
    pub fn apply(&mut self, change: Change, clock: &Clock) -> bool {
        let now = clock.now();
        let Some(editor) = self.doc.editor_mut() else {
            self.say(read_only_refusal(self.lang), Level::Warn);
            return false;
        };
        let done = match editor.apply(change, now) {
            Ok(what) => {
                editor.reach_stage(self.panel, now);
                self.edit_made();
                self.say(self.lang.msg(&what), Level::Info);
                true
            }
            Err(e) => {
                // A broken rule reads in the facilitator's language; the
                // other refusals name ids no key of the program builds.
                let why = match &e {
                    ChangeError::Broken(broken) => self.lang.msg(&broken.msg()),
                    other => other.to_string(),
                };
                self.say(tr!(self.lang, "change-not-done", why = why), Level::Warn);
                false
            }
        };
        self.save(clock);
        done
    }

    /// Autosave: the change goes to the saver's thread at once. After a
    /// failure the session is handed over again at every key and every
    /// [`RETRY_EVERY`] (see [`Workshop::tick`]); it stays in memory meanwhile.
    pub fn save(&mut self, clock: &Clock) {
        if self.doc.save_if_changed(clock.now()) {
            self.last_attempt = Instant::now();
        }
    }

    /// Time passing with no key: retries a failed save every [`RETRY_EVERY`],
    /// asks the saver to check its lock as often, and says whether the save
    /// state on screen is out of date (the saver made a change durable, or
    /// failed), so the caller redraws without waiting for a key.
    pub fn tick(&mut self, clock: &Clock, now: Instant) -> bool {
        let since = |t: Instant| now.saturating_duration_since(t);
        if matches!(self.doc.save_state(), SaveState::Failed(_))
            && since(self.last_attempt) >= RETRY_EVERY
        {
            self.save(clock);
            self.last_attempt = now;
        }
        if !self.doc.is_saving() && since(self.last_check) >= RETRY_EVERY {
            self.doc.check_lock();
            self.last_check = now;
        }
        let room = self.tick_room(clock);
        room || self.drawn.borrow().as_ref() != Some(&self.save_state())
    }

    /// Whether the saver is at work: the caller then looks again soon, to
    /// show "saved" as soon as it is true.
    pub fn is_saving(&self) -> bool {
        self.doc.is_saving() || self.doc.is_dirty()
    }

    /// The right end of the status line, and the failure to show, if any.
    /// "saved" only once the saver has made a file holding the newest change
    /// durable; until then "saving…".
    fn save_state(&self) -> (String, Option<String>) {
        let lang = self.lang;
        let last_saved = || match self.doc.last_saved() {
            Some(at) => tr!(
                lang,
                "save-last-saved",
                time = at.format("%H:%M:%S").to_string()
            ),
            None => tr!(lang, "save-nothing-saved").to_string(),
        };
        match self.doc.save_state() {
            SaveState::ReadOnly => (tr!(lang, "save-read-only").into(), None),
            SaveState::Unchanged => (tr!(lang, "save-unchanged").into(), None),
            SaveState::Saving => (tr!(lang, "save-saving").into(), None),
            SaveState::Saved(at) => (
                tr!(lang, "save-saved", time = at.format("%H:%M:%S").to_string()),
                None,
            ),
            SaveState::Failed(e) => (
                tr!(lang, "save-not-saved").into(),
                Some(tr!(
                    lang,
                    "save-failed",
                    last = last_saved(),
                    error = lang.msg(&e)
                )),
            ),
            SaveState::Stopped(e) => (
                tr!(lang, "save-not-saved").into(),
                Some(tr!(
                    lang,
                    "save-stopped",
                    last = last_saved(),
                    error = lang.msg(&e)
                )),
            ),
        }
    }

    pub fn draw(
        &self,
        area: Rect,
        buf: &mut Buffer,
        theme: &Theme,
        clock: &Clock,
    ) -> Option<Position> {
        let now = clock.now();
        self.drawn_second.set(now.timestamp());
        let drawn = self.save_state();
        *self.drawn.borrow_mut() = Some(drawn.clone());
        if self.room_view {
            return self.draw_room(area, buf, theme, now);
        }
        let (save_state, failure) = drawn;
        let message = match &failure {
            Some(f) => Some((f.as_str(), Level::Error)),
            None => self.message.as_ref().map(|(m, l)| (m.as_str(), *l)),
        };
        // A long message takes the rows it needs (up to three), read whole.
        let status_rows = chrome::status_rows(area.width, message.map(|m| m.0), &save_state);
        let areas = chrome::areas_with_status(area, true, status_rows);
        let session = self.doc.session();
        let lang = self.lang;
        let mut title = format!("baraza · {}", session.title);
        if !session.location.is_empty() {
            title.push_str(&format!(" · {}", session.location));
        }
        // ISO, as the file is named and the forms take it.
        title.push_str(&format!(" · {}", session.date));
        let (clock_flag, alarm) = self.clock_flag(now);
        let mut flags: Vec<&str> = Vec::new();
        if !clock_flag.is_empty() {
            flags.push(&clock_flag);
        }
        if self.blank {
            flags.push(tr!(lang, "flag-wall-blank"));
        }
        if session.ranking.blind.hides_totals() {
            flags.push(tr!(lang, "flag-blind-vote"));
        }
        if self.doc.is_in_memory() {
            flags.push(tr!(lang, "flag-example"));
        } else if self.doc.is_read_only() {
            flags.push(tr!(lang, "flag-read-only"));
        }
        // The room speaks another language than this screen: said, so the
        // facilitator knows what the wall and the reports will read.
        let room_lang = self.room_lang();
        let room_flag = tr!(lang, "flag-room-language", name = room_lang.native_name());
        if room_lang != lang {
            flags.push(&room_flag);
        }
        let flag = flags.join(" · ");
        chrome::title_bar(areas.title, buf, theme, &title, &flag);
        if alarm {
            // Time is up: the clock in the alarm style, flashing, and in
            // words — not only a colour.
            let w = text::width(&clock_flag) as u16;
            let flag_w = text::width(&flag) as u16;
            if flag_w < areas.title.width {
                let x = areas.title.right() - flag_w - 1;
                let style = if now.timestamp().rem_euclid(2) == 0 {
                    theme.status_error
                } else {
                    theme.status_error.add_modifier(Modifier::REVERSED)
                };
                buf.set_style(Rect::new(x, areas.title.y, w, 1), style);
            }
        }
        chrome::stepper(areas.stepper, buf, theme, self.lang, self.panel, session);

        let ctx = Ctx {
            session,
            now,
            today: now.date_naive(),
            read_only: self.doc.is_read_only(),
            lang: self.lang,
        };
        buf.set_style(areas.body, theme.base);
        let cursor = self
            .panels
            .get(self.panel)
            .draw(areas.body, buf, &ctx, theme);
        if let Some(confirm) = &self.confirm {
            draw_confirm_in(&confirm.question, areas.body, buf, theme, self.lang);
        }
        if let Some((question, _)) = &self.leaving {
            draw_confirm_in(question, areas.body, buf, theme, self.lang);
        }
        let popup_cursor = self
            .timer_popup
            .as_ref()
            .and_then(|p| p.draw(areas.body, buf, theme, self.timer.as_ref(), now, self.lang));
        chrome::status_line(areas.status, buf, theme, message, &save_state);
        let maps = self.keymaps();
        chrome::hint_bar(
            areas.hints,
            buf,
            theme,
            self.lang,
            &maps,
            self.doc.is_read_only(),
        );
        if self.confirm.is_some() || self.leaving.is_some() {
            None
        } else if self.timer_popup.is_some() {
            popup_cursor
        } else {
            cursor
        }
    }

    /// The small clock of the title bar ("⏱ 4:12", "⏸ 4:12", "⏰ TIME IS
    /// UP"), and whether time is up.
    fn clock_flag(&self, now: Timestamp) -> (String, bool) {
        match self.timer.map(|t| t.state(now)) {
            None => (String::new(), false),
            Some(TimerState::Running { left }) => (format!("⏱ {}", clock_face(left)), false),
            Some(TimerState::Paused { left }) => (
                tr!(self.lang, "flag-timer-paused", time = clock_face(left)),
                false,
            ),
            Some(TimerState::Up { over }) => (
                tr!(self.lang, "flag-timer-up", time = clock_face(over)),
                true,
            ),
        }
    }

    /// The room's screen in this window, with what the facilitator still
    /// needs over it: a question asked, the timer box, a line saying a form
    /// is open.
    fn draw_room(
        &self,
        area: Rect,
        buf: &mut Buffer,
        theme: &Theme,
        now: Timestamp,
    ) -> Option<Position> {
        let cue = self.cue();
        let room = Room {
            session: self.doc.session(),
            cue: &cue,
            now,
            mark: self.mark(),
            lang: self.room_lang(),
        };
        room::draw_kept(area, buf, theme, &room, self.doc.editor());
        if let Some(confirm) = &self.confirm {
            draw_confirm_in(&confirm.question, area, buf, theme, self.lang);
        }
        if let Some((question, _)) = &self.leaving {
            draw_confirm_in(question, area, buf, theme, self.lang);
        }
        if let Some(popup) = &self.timer_popup {
            return popup.draw(area, buf, theme, self.timer.as_ref(), now, self.lang);
        }
        let panel = self.panels.get(self.panel);
        let ctx = Ctx {
            session: self.doc.session(),
            now,
            today: now.date_naive(),
            read_only: self.doc.is_read_only(),
            lang: self.lang,
        };
        panel.draw_question(area, buf, &ctx, theme);
        match panel.typing() {
            Some(typing) => room::typing_strip(area, buf, theme, self.room_lang(), Some(&typing)),
            None if panel.is_editing() => {
                room::typing_strip(area, buf, theme, self.room_lang(), None)
            }
            None => {}
        }
        None
    }
}

/// A letter that is no key here was most likely typed by someone who meant
/// to write (a facilitator typing while the room talks): rather than nothing
/// at all, the status line says how to start typing. Other keys stay silent.
fn typed_outside_a_field(key: &KeyEvent, map: &Keymap, read_only: bool, lang: Lang) -> Effect {
    use ratatui::crossterm::event::{KeyEventKind, KeyModifiers};
    let typed = matches!(key.code, KeyCode::Char(c) if !c.is_control())
        && !key
            .modifiers
            .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
        && key.kind != KeyEventKind::Release;
    if !typed {
        return Effect::None;
    }
    let add = map
        .bindings
        .iter()
        .find(|b| b.action == Action::Add)
        .filter(|_| !read_only);
    Effect::Info(match add {
        Some(b) => tr!(lang, "said-not-a-key-add", add = b.keys_label()),
        None => tr!(lang, "said-not-a-key").into(),
    })
}

fn read_only_refusal(lang: Lang) -> String {
    tr!(lang, "said-read-only").into()
}

/// A y/n question in a box over the panel.
pub fn draw_confirm(question: &str, area: Rect, buf: &mut Buffer, theme: &Theme) {
    draw_confirm_in(question, area, buf, theme, crate::i18n::Lang::En);
}

/// [`draw_confirm`] with its y/n line in `lang`.
pub fn draw_confirm_in(
    question: &str,
    area: Rect,
    buf: &mut Buffer,
    theme: &Theme,
    lang: crate::i18n::Lang,
) {
    let width = area.width.saturating_sub(4).min(60);
    // Measured and drawn with the same wrapping, so the box always holds the
    // whole question; the y/n line stays in view even when space runs out.
    let inner_w = width.saturating_sub(4).max(1) as usize;
    let lines = text::wrap(question, inner_w);
    let inner = chrome::popup(
        area,
        buf,
        theme,
        (width, lines.len() as u16 + 4),
        theme.warning,
        "",
    );
    if inner.height == 0 {
        return;
    }
    let room = inner.height.saturating_sub(2) as usize;
    for (i, line) in lines.iter().take(room).enumerate() {
        let text = question[line.range.clone()].trim_end();
        buf.set_stringn(inner.x + 1, inner.y + i as u16, text, inner_w, theme.base);
    }
    buf.set_stringn(
        inner.x + 1,
        inner.bottom() - 1,
        tr!(lang, "ask-keys"),
        inner_w,
        theme.base,
    );
}
