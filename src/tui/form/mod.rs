//! Forms: a stack of labelled fields edited in a box over the panel.
//!
//! `Tab`/`Shift+Tab` move between fields, `Enter` saves from any field
//! (`Ctrl+s` too; in a multi-line field `Alt+Enter` starts a new line), `Esc`
//! cancels — asking first if anything was typed, because what the room said
//! must not vanish on a slip. A field is checked as it is left: a number out
//! of range or a date that is not one says so at once, in full, and its
//! label is marked `!` until it is put right.
//!
//! A panel declares its form field by field ([`Form::add`] with a [`Field`]
//! of some kind) and keeps the typed [`FieldId`]s it gets back to read the
//! values ([`Form::get`]); a [`FormHost`] holds the form open over the panel
//! and does the keys, the paste, the drawing and the keymap for every panel.

mod field;
mod host;
mod keys;

use std::cell::Cell;

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyEvent, KeyEventKind};
use ratatui::layout::{Position, Rect};

pub use field::{Choice, Date, DateText, Field, FieldId, Kind, Lines, Multi, Number, Text, Toggle};
use field::{FormField, Input, draw_input};
pub use host::FormHost;
pub use keys::{ALL_KEYS, CHOICE_KEYS, DISCARD_KEYS, FORM_KEYS, MULTILINE_KEYS, TICK_KEYS};

use super::keymap::{Action, Keymap, Route};
use super::theme::Theme;
use crate::text;

/// What a key did to the form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FormResult {
    Pending,
    Submit,
    Cancel,
}

#[derive(Clone, Debug)]
pub struct Form {
    pub title: String,
    fields: Vec<FormField>,
    focus: usize,
    error: Option<String>,
    original: Vec<String>,
    asking_discard: bool,
    /// First row shown, kept between frames so the form only scrolls when
    /// the focused field would leave the view.
    scroll: Cell<u16>,
    /// The language of the form's own words: asking to discard, a number
    /// or date not taken, yes and no (English unless [`Form::speaking`]).
    lang: crate::i18n::Lang,
}

impl Form {
    /// An empty form; [`Form::add`] declares its fields, top to bottom.
    pub fn new(title: impl Into<String>) -> Form {
        Form {
            title: title.into(),
            fields: Vec::new(),
            focus: 0,
            error: None,
            original: Vec::new(),
            asking_discard: false,
            scroll: Cell::new(0),
            lang: crate::i18n::Lang::En,
        }
    }

    /// The form speaking `lang` (its own words; the fields' labels and
    /// help are its maker's). Declared before the fields.
    pub fn speaking(mut self, lang: crate::i18n::Lang) -> Form {
        self.lang = lang;
        for f in &mut self.fields {
            f.lang = lang;
        }
        self
    }

    /// Adds a field under the others; the handle reads it back.
    pub fn add<K>(&mut self, field: Field<K>) -> FieldId<K> {
        let mut field = field.field;
        field.lang = self.lang;
        self.original.push(field.signature());
        self.fields.push(field);
        FieldId::new(self.fields.len() - 1)
    }

    /// The value of a field, as its kind reads it.
    pub fn get<K: Kind>(&self, id: FieldId<K>) -> K::Value {
        K::read(&self.fields[id.index])
    }

    /// The keys in force for the focused field.
    pub fn keymap(&self) -> Keymap {
        if self.asking_discard {
            return DISCARD_KEYS;
        }
        match self.fields.get(self.focus).map(|f| &f.input) {
            Some(Input::Text(f)) if f.is_multiline() => MULTILINE_KEYS,
            Some(Input::Choice { .. } | Input::Toggle(_)) => CHOICE_KEYS,
            Some(Input::Multi { .. }) => TICK_KEYS,
            _ => FORM_KEYS,
        }
    }

    /// Puts the focus on a field (the one the room is asked for first).
    pub fn focus_on<K>(&mut self, id: FieldId<K>) {
        self.focus = id.index.min(self.fields.len().saturating_sub(1));
    }

    /// Shows a message under the fields (a value that does not fit), with
    /// the focus on the field to fix.
    pub fn fail<K>(&mut self, id: FieldId<K>, message: impl Into<String>) {
        self.focus_on(id);
        self.error = Some(message.into());
    }

    /// The focused field, as the room's screen shows a form open over it.
    pub fn typing(&self) -> Option<crate::tui::room::Typing> {
        let field = self.fields.get(self.focus)?;
        Some(crate::tui::room::Typing {
            label: crate::tui::room::TypingLabel::Field(field.label.clone()),
            text: field.shown(),
        })
    }

    pub fn is_changed(&self) -> bool {
        self.fields
            .iter()
            .map(FormField::signature)
            .ne(self.original.iter().cloned())
    }

    /// Where `key` goes: the discard question, the focused field, or the
    /// keymap in force. [`Form::handle_key`] acts on exactly this.
    pub fn route(&self, key: &KeyEvent) -> Route {
        if key.kind == KeyEventKind::Release {
            return Route::Nothing;
        }
        if !self.asking_discard
            && let Some(field) = self.fields.get(self.focus)
            && field.takes(key)
        {
            return Route::Field;
        }
        // ↑↓ past a multi-line field's first or last line are the form's.
        Route::first(&[self.keymap(), FORM_KEYS], key)
    }

    pub fn handle_key(&mut self, key: &KeyEvent) -> FormResult {
        match self.route(key) {
            Route::Field => {
                if let Some(field) = self.fields.get_mut(self.focus) {
                    field.take_key(key);
                }
                self.error = None;
            }
            Route::Binding { action, .. } => match action {
                Action::FocusNext => self.leave_field(1),
                Action::FocusPrev => self.leave_field(-1),
                Action::Submit => return FormResult::Submit,
                Action::Cancel if self.is_changed() => self.asking_discard = true,
                Action::Cancel | Action::Yes => return FormResult::Cancel,
                Action::No => self.asking_discard = false,
                _ => {}
            },
            Route::Nothing => {}
        }
        FormResult::Pending
    }

    /// Pasted text goes into the focused text field.
    pub fn paste(&mut self, pasted: &str) {
        if let Some(Input::Text(f) | Input::Number(f) | Input::Date(f)) =
            self.fields.get_mut(self.focus).map(|f| &mut f.input)
        {
            f.insert_str(pasted);
        }
    }

    /// Moves to another field, saying what is wrong with the one left.
    fn leave_field(&mut self, by: isize) {
        self.error = self.fields.get(self.focus).and_then(FormField::problem);
        self.move_focus(by);
    }

    fn move_focus(&mut self, by: isize) {
        let n = self.fields.len() as isize;
        if n > 0 {
            self.focus = ((self.focus as isize + by).rem_euclid(n)) as usize;
        }
    }

    /// The line under the fields: the discard question, an error, or the
    /// focused field's help.
    fn message(&self, theme: &Theme) -> (std::borrow::Cow<'_, str>, ratatui::style::Style) {
        // The discard question goes first: after a refused save the error is
        // still set, and the y/n it waits for must be on screen.
        match &self.error {
            _ if self.asking_discard => {
                (crate::tr!(self.lang, "form-discard").into(), theme.warning)
            }
            Some(e) => (e.as_str().into(), theme.danger),
            None => (self.fields[self.focus].help_line(), theme.muted),
        }
    }

    /// Draws the form as a box centred in `area`; returns the cursor position.
    pub fn draw(&self, area: Rect, buf: &mut Buffer, theme: &Theme) -> Option<Position> {
        if self.fields.is_empty() {
            return None;
        }
        let width = area.width.saturating_sub(2).min(90);
        // The same sums the popup makes, so fields are measured at the width
        // they are drawn (a list of ticks wraps to it).
        let inner_w = width.saturating_sub(2);
        let label_w = self
            .fields
            .iter()
            .map(|f| text::width(&f.label))
            .max()
            .unwrap_or(0)
            .min((inner_w / 3) as usize) as u16;
        let field_w = inner_w.saturating_sub(label_w + 4);
        let rows_of = |f: &FormField| f.rows(field_w);
        // The message under the fields is read whole: it wraps (up to four
        // rows) instead of being cut.
        let (message, message_style) = self.message(theme);
        let message_w = inner_w.saturating_sub(2).max(1) as usize;
        let message_lines = text::wrap(&message, message_w);
        let message_rows = (message_lines.len() as u16).clamp(1, 4);
        let content_rows: u16 = self.fields.iter().map(rows_of).sum::<u16>() + 1 + message_rows;
        let inner = super::chrome::popup(
            area,
            buf,
            theme,
            (width, content_rows + 2),
            theme.border_focus,
            &self.title,
        );
        if inner.width < 4 || inner.height < 2 {
            return None;
        }
        let field_x = inner.x + label_w + 3;
        let field_w = inner.right().saturating_sub(field_x + 1);
        // The message rows at the bottom and a spare row above them; when
        // space runs short the fields keep at least one row.
        let message_rows = message_rows.min(inner.height.saturating_sub(1)).max(1);
        let rows_for_fields = inner.height.saturating_sub(message_rows + 1).max(1);

        // Scroll so the focused field is in view.
        let top_of = |i: usize, fields: &[FormField]| -> u16 {
            fields[..i].iter().map(|f| f.rows(field_w)).sum()
        };
        let focus_top = top_of(self.focus, &self.fields);
        let focus_bottom = focus_top + self.fields[self.focus].rows(field_w);
        let mut scroll = self.scroll.get();
        if focus_top < scroll {
            scroll = focus_top;
        } else if focus_bottom > scroll + rows_for_fields {
            scroll = focus_bottom - rows_for_fields;
        }
        self.scroll.set(scroll);

        let mut cursor = None;
        let mut row = 0u16;
        for (i, field) in self.fields.iter().enumerate() {
            let rows = field.rows(field_w);
            let visible_top = row.max(scroll);
            let visible_bottom = (row + rows).min(scroll + rows_for_fields);
            row += rows;
            if visible_top >= visible_bottom {
                continue;
            }
            let screen_y = inner.y + (visible_top - scroll);
            let focused = i == self.focus;
            // A value that does not read (left behind with Tab) keeps a `!`.
            let wrong = !focused && field.typed_problem().is_some();
            let label_style = if wrong {
                theme.danger
            } else if focused {
                theme.label_focus
            } else {
                theme.base
            };
            let marker = if focused {
                "▸"
            } else if wrong {
                "!"
            } else {
                " "
            };
            // The marker and the label are two fields: right to left a
            // label as wide as its column, touching the marker, took it
            // along to its far end (‹label▸›).
            use crate::tui::bidi::fields;
            fields::draw(buf, inner.x, screen_y, marker, 1, label_style);
            let label = text::truncate(&field.label, label_w as usize);
            let pad = label_w as usize - text::width(&label);
            let x = inner.x + 1 + pad as u16;
            fields::draw(buf, x, screen_y, &label, label_w as usize, label_style);
            let field_area = Rect::new(field_x, screen_y, field_w, visible_bottom - visible_top);
            let style = if focused {
                theme.input_focus
            } else {
                theme.input
            };
            let c = draw_input(
                self.lang,
                &field.input,
                field_area,
                buf,
                style,
                focused,
                theme,
            );
            if focused {
                cursor = c;
            }
        }

        let message_y = inner.bottom() - message_rows;
        let shown = message_lines.len().min(message_rows as usize);
        for (k, line) in message_lines.iter().take(shown).enumerate() {
            let mut piece = message[line.range.clone()].trim_end().to_string();
            if k + 1 == shown && message_lines.len() > shown {
                piece = format!(
                    "{}{}",
                    text::truncate(&piece, message_w.saturating_sub(1)),
                    text::ELLIPSIS
                );
            }
            buf.set_stringn(
                inner.x + 1,
                message_y + k as u16,
                text::truncate(&piece, message_w),
                message_w,
                message_style,
            );
        }
        if self.asking_discard { None } else { cursor }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::crossterm::event::KeyCode;

    fn type_into(form: &mut Form, keys: &str) {
        for c in keys.chars() {
            let code = match c {
                '>' => KeyCode::Right,
                '<' => KeyCode::Left,
                c => KeyCode::Char(c),
            };
            form.handle_key(&KeyEvent::from(code));
        }
    }

    #[test]
    fn suggestions_complete_the_last_part_with_right_arrow() {
        let options = ["community", "police", "local authority", "CSO"].map(String::from);
        let mut form = Form::new("Action");
        let who = form.add(Field::text("Who", "").suggestions(options.to_vec()));
        assert!(
            form.fields[0]
                .help_line()
                .starts_with("e.g. community · police")
        );
        type_into(&mut form, "po");
        assert_eq!(form.fields[0].help_line(), "→ completes «police»");
        type_into(&mut form, ">");
        assert_eq!(form.get(who), "police");
        // Any text is still taken; a list completes its last part.
        type_into(&mut form, ", LO>");
        assert_eq!(form.get(who), "police, local authority");
        type_into(&mut form, ", chief's office>");
        assert_eq!(form.get(who), "police, local authority, chief's office");
        // With the cursor inside the text, → only moves it.
        type_into(&mut form, "<<x>");
        assert_eq!(form.get(who), "police, local authority, chief's offixce");
    }

    fn key(code: KeyCode) -> KeyEvent {
        KeyEvent::from(code)
    }

    /// Every kind reads back through its handle, whatever the order of the
    /// fields; a failure focuses the field it names.
    #[test]
    fn typed_handles_read_their_own_field() {
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
        let mut form = Form::new("All kinds");
        let toggle = form.add(Field::toggle("Done", false));
        let lines = form.add(Field::lines("Causes", &["a".into(), " b ".into()]));
        let number = form.add(Field::number("People", 5, 0..=9));
        let choice = form.add(Field::choice("Pick", vec!["x".into(), "y".into()], 1));
        let multi = form.add(Field::multi(
            "Groups",
            vec!["W".into(), "M".into()],
            vec![false, true],
        ));
        let date = form.add(Field::date("Due", None));
        let text = form.add(Field::text("Name", "  Amina "));
        assert!(!form.get(toggle));
        assert_eq!(form.get(lines), ["a", "b"]);
        assert_eq!(form.get(number), Ok(5));
        assert_eq!(form.get(choice), 1);
        assert_eq!(form.get(multi), [1]);
        assert_eq!(form.get(date).as_of(today), Ok(None));
        assert_eq!(form.get(text), "Amina");
        assert!(!form.is_changed());
        // The number field, typed over: out of its declared range.
        form.focus_on(number);
        type_into(&mut form, "0");
        assert_eq!(
            form.get(number),
            Err("People: type a whole number from 0 to 9".to_string())
        );
        assert!(form.is_changed());
        form.fail(date, "no");
        assert_eq!(form.focus, date.index);
        type_into(&mut form, "+7");
        assert_eq!(
            form.get(date).as_of(today),
            Ok(Some(today + chrono::Duration::days(7)))
        );
    }

    /// The host keeps a form open while its submit refuses, closes it when
    /// it accepts, and asks before Esc throws typed text away.
    #[test]
    fn the_host_closes_only_on_an_accepted_submit() {
        let mut host: FormHost<&str> = FormHost::default();
        assert_eq!(
            host.handle_key(&key(KeyCode::Enter), 0, |_, _| Some(1)),
            None
        );
        let mut form = Form::new("Group");
        let name = form.add(Field::text("Name", ""));
        host.open("add", form);
        let submit = |_: &&str, form: &mut Form| {
            let typed = form.get(name);
            if typed.is_empty() {
                form.fail(name, "a name");
                None
            } else {
                Some(typed.len())
            }
        };
        assert_eq!(host.handle_key(&key(KeyCode::Enter), 0, submit), Some(0));
        assert!(host.is_open(), "refused: still open");
        for c in "Youth".chars() {
            host.handle_key(&key(KeyCode::Char(c)), 0, submit);
        }
        // Esc with typed text asks; n keeps editing.
        host.handle_key(&key(KeyCode::Esc), 0, submit);
        assert_eq!(host.keymap().map(|m| m.title), Some("Discard?"));
        host.handle_key(&key(KeyCode::Char('n')), 0, submit);
        assert_eq!(host.purpose(), Some(&"add"));
        assert_eq!(host.handle_key(&key(KeyCode::Enter), 0, submit), Some(5));
        assert!(!host.is_open());
    }
}
