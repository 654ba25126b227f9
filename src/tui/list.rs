//! The session list: every session in the folder, newest first.

use std::path::PathBuf;

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent};
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::chrome::Level;
use super::form::{Form, FormField, FormResult};
use super::keymap::{Action, DOWN, GLOBAL, Key, Keymap, UP, bind};
use super::theme::Theme;
use crate::clock::{Clock, new_session_id};
use crate::model::Session;
use crate::store::{Entry, Store};
use crate::text;

pub const LIST_KEYS: Keymap = Keymap {
    title: "Session list",
    bindings: &[
        UP,
        DOWN,
        bind(
            &[Key::code(KeyCode::Enter)],
            Action::Open,
            "open",
            "open the session to work on it",
        ),
        bind(&[Key::char('n')], Action::New, "new", "start a new session"),
        bind(
            &[Key::char('r')],
            Action::Edit,
            "read-only",
            "open the session read-only (review; nothing can change)",
        ),
        bind(&[Key::char('?')], Action::Help, "help", "show every key"),
        bind(&[Key::char('q')], Action::Quit, "quit", "quit baraza"),
    ],
};

const LOCKED_KEYS: Keymap = Keymap {
    title: "Session in use",
    bindings: &[
        bind(
            &[Key::char('y')],
            Action::Yes,
            "open read-only",
            "open it read-only",
        ),
        bind(
            &[Key::char('n'), Key::code(KeyCode::Esc)],
            Action::No,
            "back",
            "back to the list",
        ),
    ],
};

/// What the app should do after a key on the list.
#[derive(Debug)]
pub enum ListOutcome {
    Stay,
    Open(PathBuf),
    OpenReadOnly(PathBuf),
    Create(Box<Session>),
    Quit,
    Global(Action),
}

#[derive(Default)]
pub struct SessionList {
    entries: Vec<Entry>,
    selected: usize,
    offset: usize,
    form: Option<Form>,
    message: Option<(String, Level)>,
    /// A session another program has open: (path, who holds it).
    locked: Option<(PathBuf, String)>,
}

impl SessionList {
    pub fn refresh(&mut self, store: &Store) {
        let current = self.entries.get(self.selected).map(|e| e.path.clone());
        self.entries = store.list();
        self.selected = current
            .and_then(|p| self.entries.iter().position(|e| e.path == p))
            .unwrap_or(0);
    }

    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    pub fn say(&mut self, text: impl Into<String>, level: Level) {
        self.message = Some((text.into(), level));
    }

    pub fn ask_read_only(&mut self, path: PathBuf, holder: String) {
        self.locked = Some((path, holder));
    }

    pub fn is_editing(&self) -> bool {
        self.form.is_some()
    }

    pub fn keymaps(&self) -> Vec<Keymap> {
        if self.locked.is_some() {
            vec![LOCKED_KEYS]
        } else if let Some(form) = &self.form {
            vec![form.keymap()]
        } else {
            vec![LIST_KEYS]
        }
    }

    pub fn handle_paste(&mut self, pasted: &str) {
        if let Some(form) = &mut self.form {
            form.paste(pasted);
        }
    }

    pub fn handle_key(&mut self, key: &KeyEvent, clock: &Clock) -> ListOutcome {
        if Key::ctrl('c').matches(key) {
            return ListOutcome::Quit;
        }
        if let Some((path, _)) = &self.locked {
            let path = path.clone();
            return match LOCKED_KEYS.lookup(key).map(|b| b.action) {
                Some(Action::Yes) => {
                    self.locked = None;
                    ListOutcome::OpenReadOnly(path)
                }
                Some(Action::No) => {
                    self.locked = None;
                    ListOutcome::Stay
                }
                _ => ListOutcome::Stay,
            };
        }
        if let Some(form) = &mut self.form {
            return match form.handle_key(key) {
                FormResult::Pending => ListOutcome::Stay,
                FormResult::Cancel => {
                    self.form = None;
                    ListOutcome::Stay
                }
                FormResult::Submit => self.submit_new(clock),
            };
        }
        self.message = None;
        let action = LIST_KEYS
            .lookup(key)
            .or_else(|| GLOBAL.lookup(key))
            .map(|b| b.action);
        match action {
            Some(Action::Up) => {
                self.selected = self.selected.saturating_sub(1);
                ListOutcome::Stay
            }
            Some(Action::Down) => {
                if self.selected + 1 < self.entries.len() {
                    self.selected += 1;
                }
                ListOutcome::Stay
            }
            Some(Action::Open) | Some(Action::Edit) => {
                let Some(entry) = self.entries.get(self.selected) else {
                    self.say("no session here yet: press n to start one", Level::Info);
                    return ListOutcome::Stay;
                };
                if let Err(e) = &entry.summary {
                    self.say(format!("cannot open: {e}"), Level::Error);
                    return ListOutcome::Stay;
                }
                if action == Some(Action::Open) {
                    ListOutcome::Open(entry.path.clone())
                } else {
                    ListOutcome::OpenReadOnly(entry.path.clone())
                }
            }
            Some(Action::New) => {
                let today = clock.today();
                self.form = Some(Form::new(
                    "New session",
                    vec![
                        FormField::text("Title", "")
                            .with_help("what the room will call this meeting"),
                        FormField::text("Community", "").with_help("community or location"),
                        FormField::date("Date", Some(today)),
                        FormField::text("Facilitators", "").with_help("names, separated by commas"),
                    ],
                ));
                ListOutcome::Stay
            }
            Some(Action::Quit) | Some(Action::ForceQuit) => ListOutcome::Quit,
            Some(other @ (Action::Help | Action::CycleTheme)) => ListOutcome::Global(other),
            _ => ListOutcome::Stay,
        }
    }

    fn submit_new(&mut self, clock: &Clock) -> ListOutcome {
        let Some(form) = &mut self.form else {
            return ListOutcome::Stay;
        };
        let title = form.text(0);
        if title.is_empty() {
            form.fail(0, "give the session a title");
            return ListOutcome::Stay;
        }
        let now = clock.now();
        let date = match form.date(2, now.date_naive()) {
            Ok(d) => d.unwrap_or(now.date_naive()),
            Err(e) => {
                form.fail(2, e);
                return ListOutcome::Stay;
            }
        };
        let mut session = Session::new(new_session_id(now), title, date, now);
        session.location = form.text(1);
        session.facilitators = form
            .text(3)
            .split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(String::from)
            .collect();
        self.form = None;
        ListOutcome::Create(Box::new(session))
    }

    pub fn draw(&mut self, area: Rect, buf: &mut Buffer, theme: &Theme) -> Option<Position> {
        buf.set_style(area, theme.base);
        if self.entries.is_empty() {
            let lines = ["No sessions yet.", "", "Press n to start one."];
            let top = area.y + area.height.saturating_sub(lines.len() as u16) / 2;
            for (i, line) in lines.iter().enumerate() {
                let w = text::width(line) as u16;
                let x = area.x + area.width.saturating_sub(w) / 2;
                let style = if i == 0 { theme.heading } else { theme.base };
                buf.set_stringn(x, top + i as u16, line, area.width as usize, style);
            }
        } else {
            self.draw_table(area, buf, theme);
        }
        if let Some((path, holder)) = &self.locked {
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            super::workshop::draw_confirm(
                &format!("{name} is open in {holder}. Open it read-only?"),
                area,
                buf,
                theme,
            );
            return None;
        }
        self.form.as_mut().and_then(|f| f.draw(area, buf, theme))
    }

    fn draw_table(&mut self, area: Rect, buf: &mut Buffer, theme: &Theme) {
        // date | title | location | stage | problems | votes | actions
        let fixed = [10u16, 8, 8, 5, 7];
        let gaps = 6 * 2 + 2;
        let flexible = area.width.saturating_sub(fixed.iter().sum::<u16>() + gaps);
        let title_w = flexible * 3 / 5;
        let location_w = flexible - title_w;
        let widths = [10, title_w, location_w, 8, 8, 5, 7];
        let header = [
            "date",
            "title",
            "community",
            "stage",
            "problems",
            "votes",
            "actions",
        ];
        let row_line = |cells: [String; 7], style, numeric_style| -> Line<'static> {
            let mut spans = vec![Span::raw(" ")];
            for (i, cell) in cells.into_iter().enumerate() {
                let w = widths[i] as usize;
                let cell = text::truncate(&cell, w).into_owned();
                let padded = if i >= 4 {
                    format!("{}{cell}", " ".repeat(w.saturating_sub(text::width(&cell))))
                } else {
                    text::pad_to(&cell, w)
                };
                spans.push(Span::styled(
                    padded,
                    if i >= 4 { numeric_style } else { style },
                ));
                spans.push(Span::raw("  "));
            }
            Line::from(spans)
        };
        let header_cells = header.map(String::from);
        row_line(header_cells, theme.heading, theme.heading)
            .render(Rect::new(area.x, area.y, area.width, 1), buf);

        let rows = area.height.saturating_sub(1) as usize;
        if self.selected < self.offset {
            self.offset = self.selected;
        } else if rows > 0 && self.selected >= self.offset + rows {
            self.offset = self.selected + 1 - rows;
        }
        for (i, entry) in self.entries.iter().enumerate().skip(self.offset).take(rows) {
            let y = area.y + 1 + (i - self.offset) as u16;
            let selected = i == self.selected;
            let line = match &entry.summary {
                Ok(s) => row_line(
                    [
                        s.date.to_string(),
                        s.title.clone(),
                        s.location.clone(),
                        s.stage.label().to_string(),
                        s.problems.to_string(),
                        s.votes.to_string(),
                        s.actions.to_string(),
                    ],
                    theme.base,
                    theme.base,
                ),
                Err(e) => Line::from(vec![
                    Span::styled(" ! unreadable  ", theme.danger),
                    Span::styled(format!("{}:{e}", entry.file_name()), theme.muted),
                ]),
            };
            let rect = Rect::new(area.x, y, area.width, 1);
            line.render(rect, buf);
            if selected {
                buf.set_style(rect, theme.selected);
                buf.set_stringn(area.x, y, "▶", 1, theme.selected);
            }
        }
    }

    pub fn status(&self) -> Option<(&str, Level)> {
        self.message.as_ref().map(|(m, l)| (m.as_str(), *l))
    }
}
