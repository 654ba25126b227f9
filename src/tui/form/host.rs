//! "A form is open over the panel", written once: which form, what it is
//! for, and the keys, paste, drawing and keymap while it is open. A panel
//! keeps a `FormHost<Purpose>` and gives it the keys; on `Enter` the host
//! hands the form to the panel's submit, which reads the fields through
//! their handles and either returns what to do (the form closes) or says
//! what is wrong on the form (it stays open).

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::{Position, Rect};

use super::{Form, FormResult};
use crate::tui::keymap::{Keymap, Route};
use crate::tui::theme::Theme;

/// The form open over a panel (if any) and what it is for, `E`.
pub struct FormHost<E> {
    open: Option<(E, Form)>,
}

impl<E> Default for FormHost<E> {
    fn default() -> Self {
        FormHost { open: None }
    }
}

impl<E> FormHost<E> {
    /// Opens `form` for `purpose` over the panel (replacing any other).
    pub fn open(&mut self, purpose: E, form: Form) {
        self.open = Some((purpose, form));
    }

    pub fn is_open(&self) -> bool {
        self.open.is_some()
    }

    /// What the open form is for.
    pub fn purpose(&self) -> Option<&E> {
        self.open.as_ref().map(|(e, _)| e)
    }

    /// The keys of the open form.
    pub fn keymap(&self) -> Option<Keymap> {
        self.open.as_ref().map(|(_, form)| form.keymap())
    }

    /// Where a key goes in the open form.
    pub fn route(&self, key: &KeyEvent) -> Option<Route> {
        self.open.as_ref().map(|(_, form)| form.route(key))
    }

    /// The focused field of the open form, for the room's screen.
    pub fn typing(&self) -> Option<crate::tui::room::Typing> {
        self.open.as_ref().and_then(|(_, form)| form.typing())
    }

    /// Pasted text goes into the focused field.
    pub fn paste(&mut self, text: &str) {
        if let Some((_, form)) = &mut self.open {
            form.paste(text);
        }
    }

    /// Draws the open form over `area`; returns where the cursor goes.
    pub fn draw(&self, area: Rect, buf: &mut Buffer, theme: &Theme) -> Option<Position> {
        let (_, form) = self.open.as_ref()?;
        form.draw(area, buf, theme)
    }

    /// Gives a key to the open form; `None` when there is none. `Esc`
    /// closes it (asking first if anything was typed) and gives `stay`; on
    /// `Enter`, `submit` reads it: `Some` closes the form with that answer,
    /// `None` keeps it open (`submit` has said on the form what is wrong).
    pub fn handle_key<T>(
        &mut self,
        key: &KeyEvent,
        stay: T,
        submit: impl FnOnce(&E, &mut Form) -> Option<T>,
    ) -> Option<T> {
        let (purpose, form) = self.open.as_mut()?;
        Some(match form.handle_key(key) {
            FormResult::Pending => stay,
            FormResult::Cancel => {
                self.open = None;
                stay
            }
            FormResult::Submit => match submit(purpose, form) {
                Some(done) => {
                    self.open = None;
                    done
                }
                None => stay,
            },
        })
    }

    /// Closes the form without reading it.
    pub fn close(&mut self) {
        self.open = None;
    }
}
