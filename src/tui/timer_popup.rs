//! The timer box that `t` opens over any panel. With no timer: a preset
//! (`↑↓`, `Enter`) or a typed duration (`7`, `7:30`, `90s`, `1h`, then
//! `Enter`). With one: `Space` pauses or resumes it, `+` adds a minute, `s`
//! stops it. The timer itself is [`crate::model::room::Timer`]; this only
//! asks what to do with it.

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent};
use ratatui::layout::{Position, Rect};

use super::chrome;
use super::keymap::{Action, DOWN, FIRST, Key, Keymap, LAST, PAGE_DOWN, PAGE_UP, Route, UP, bind};
use super::text_field::TextField;
use super::theme::Theme;
use crate::i18n::Lang;
use crate::model::Timestamp;
use crate::model::room::{Timer, TimerState, clock_face, parse_duration};
use crate::tr;

/// Minutes offered, most used first under the cursor.
pub const PRESETS: [u32; 6] = [2, 5, 10, 15, 20, 30];

/// The preset under the cursor when the box opens: 5 minutes.
const DEFAULT_PRESET: usize = 1;

/// One more minute.
pub const EXTEND_SECONDS: u32 = 60;

pub const START_KEYS: Keymap = Keymap {
    title: "Timer",
    bindings: &[
        UP.shown_as("↑↓"),
        DOWN,
        PAGE_UP,
        PAGE_DOWN,
        FIRST,
        LAST,
        bind(
            &[Key::code(KeyCode::Enter)],
            Action::Submit,
            "start",
            "start the preset under the cursor, or the duration typed",
        ),
        bind(
            &[Key::code(KeyCode::Esc)],
            Action::Cancel,
            "cancel",
            "close without a timer",
        ),
    ],
};

pub const RUNNING_KEYS: Keymap = Keymap {
    title: "Timer running",
    bindings: &[
        bind(
            &[Key::char(' ')],
            Action::PauseTimer,
            "pause",
            "pause the timer, or go on after a pause",
        ),
        bind(
            &[Key::char('+'), Key::char('=')],
            Action::ExtendTimer,
            "+1 min",
            "one more minute",
        )
        .shown_as("+"),
        bind(
            &[Key::char('s')],
            Action::StopTimer,
            "stop",
            "stop the timer and take it off the room's screen",
        ),
        bind(
            &[Key::code(KeyCode::Esc), Key::char('t')],
            Action::Cancel,
            "close",
            "close this box; the timer goes on",
        ),
    ],
};

/// What the box asks the workshop to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TimerAsk {
    Nothing,
    Close,
    /// Set this timer (`None`: take it away).
    Set(Option<Timer>),
    /// Say this on the status line.
    Refuse(&'static str),
}

/// The box, while open.
pub struct TimerPopup {
    preset: usize,
    typed: TextField,
}

impl Default for TimerPopup {
    fn default() -> Self {
        TimerPopup {
            preset: DEFAULT_PRESET,
            typed: TextField::single_line(""),
        }
    }
}

impl TimerPopup {
    pub fn keymap(&self, timer: Option<&Timer>) -> Keymap {
        if timer.is_some() {
            RUNNING_KEYS
        } else {
            START_KEYS
        }
    }

    pub fn route(&self, key: &KeyEvent, timer: Option<&Timer>) -> Route {
        let map = self.keymap(timer);
        match Route::lookup(&map, key) {
            Route::Nothing if timer.is_none() && self.typed.takes(key) => Route::Field,
            route => route,
        }
    }

    pub fn handle_key(
        &mut self,
        key: &KeyEvent,
        timer: Option<&Timer>,
        now: Timestamp,
        lang: Lang,
    ) -> TimerAsk {
        let route = self.route(key, timer);
        if route == Route::Field {
            self.typed.handle_key(*key);
            return TimerAsk::Nothing;
        }
        let Some(action) = route.action() else {
            return TimerAsk::Nothing;
        };
        match (timer, action) {
            (_, Action::Cancel) => TimerAsk::Close,
            (None, Action::Up) => {
                self.preset = self.preset.saturating_sub(1);
                TimerAsk::Nothing
            }
            (None, Action::Down) => {
                self.preset = (self.preset + 1).min(PRESETS.len() - 1);
                TimerAsk::Nothing
            }
            // The list is one short page: these go to its ends.
            (None, Action::PageUp | Action::First) => {
                self.preset = 0;
                TimerAsk::Nothing
            }
            (None, Action::PageDown | Action::Last) => {
                self.preset = PRESETS.len() - 1;
                TimerAsk::Nothing
            }
            (None, Action::Submit) => {
                let typed = self.typed.text().trim();
                let seconds = if typed.is_empty() {
                    Some(PRESETS[self.preset] * 60)
                } else {
                    parse_duration(typed)
                };
                match seconds.and_then(|s| Timer::start(s, now).ok()) {
                    Some(timer) => TimerAsk::Set(Some(timer)),
                    None => TimerAsk::Refuse(tr!(lang, "timer-not-a-duration")),
                }
            }
            (Some(t), Action::PauseTimer) => {
                let mut t = *t;
                t.toggle_pause(now);
                TimerAsk::Set(Some(t))
            }
            (Some(t), Action::ExtendTimer) => {
                let mut t = *t;
                t.extend(EXTEND_SECONDS, now);
                TimerAsk::Set(Some(t))
            }
            (Some(_), Action::StopTimer) => TimerAsk::Set(None),
            _ => TimerAsk::Nothing,
        }
    }

    pub fn handle_paste(&mut self, text: &str) {
        self.typed.insert_str(text.trim());
    }

    /// The box over `area`; returns where the cursor goes.
    /// `lang`: the facilitator's (the box is theirs, even over the room's
    /// screen).
    #[allow(clippy::too_many_arguments)]
    pub fn draw(
        &self,
        area: Rect,
        buf: &mut Buffer,
        theme: &Theme,
        timer: Option<&Timer>,
        now: Timestamp,
        lang: Lang,
    ) -> Option<Position> {
        let lines: Vec<String> = match timer {
            Some(t) => {
                let state = match t.state(now) {
                    TimerState::Running { left } => {
                        tr!(lang, "timer-left", time = clock_face(left))
                    }
                    TimerState::Paused { left } => {
                        tr!(lang, "timer-left-paused", time = clock_face(left))
                    }
                    TimerState::Up { over } => tr!(lang, "timer-up-ago", time = clock_face(over)),
                };
                vec![
                    tr!(
                        lang,
                        "timer-of",
                        length = clock_face(t.seconds),
                        state = state
                    ),
                    String::new(),
                    tr!(lang, "timer-running-keys").into(),
                    tr!(lang, "timer-running-keys-2").into(),
                ]
            }
            None => {
                let mut lines: Vec<String> = PRESETS
                    .iter()
                    .enumerate()
                    .map(|(i, m)| {
                        let mark = if i == self.preset { "▶" } else { " " };
                        format!("{mark} {}", tr!(lang, "timer-preset", minutes = *m))
                    })
                    .collect();
                lines.push(String::new());
                lines.push(tr!(lang, "timer-type").into());
                lines.push(String::new());
                lines.push(tr!(lang, "timer-start-keys").into());
                lines
            }
        };
        let inner = chrome::popup(
            area,
            buf,
            theme,
            (44, lines.len() as u16 + 2 + u16::from(timer.is_none())),
            theme.border_focus,
            tr!(lang, "timer-title"),
        );
        let w = inner.width.saturating_sub(2);
        for (i, line) in lines.iter().enumerate() {
            let style = if timer.is_none() && i == self.preset {
                theme.selected
            } else {
                theme.base
            };
            crate::tui::widgets::put(buf, inner.x + 1, inner.y + i as u16, line, w, style);
        }
        if timer.is_none() {
            let row = inner.y + PRESETS.len() as u16 + 2;
            if row < inner.bottom() {
                let field = Rect::new(inner.x + 1, row, w.min(20), 1);
                return self.typed.render(field, buf, theme.input_focus, true);
            }
        }
        None
    }
}
