//! Forms: a stack of labelled fields edited in a box over the panel.
//!
//! `Tab`/`Shift+Tab` move between fields, `Enter` saves (in a multi-line field
//! it starts a new line, and `Ctrl+s` saves), `Esc` cancels — asking first if
//! anything was typed, because what the room said must not vanish on a slip.

use std::cell::Cell;

use chrono::{Duration, NaiveDate};
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind};
use ratatui::layout::{Position, Rect};

use super::keymap::{Action, Binding, Key, Keymap, Route, bind};
use super::text_field::{FieldEvent, TextField};
use super::theme::Theme;
use crate::text;

/// One field's editor.
#[derive(Clone, Debug)]
pub enum Input {
    /// Free text; multi-line when the field is.
    Text(TextField),
    /// A whole number, checked on save.
    Number(TextField),
    /// A date typed as YYYY-MM-DD (or `today`, `+7`, `+2w`), checked on save.
    Date(TextField),
    /// One of a list, chosen with ←/→.
    Choice { options: Vec<String>, index: usize },
    /// Any of a list, ticked with Space.
    Multi {
        options: Vec<String>,
        chosen: Vec<bool>,
        cursor: usize,
    },
    /// Yes or no, switched with Space.
    Toggle(bool),
}

#[derive(Clone, Debug)]
pub struct FormField {
    pub label: String,
    pub input: Input,
    /// A line shown under the form while the field has focus.
    pub help: String,
    /// Values offered for a free-text field ("police", "CSO"): typing the
    /// first letters and pressing → takes the first that matches.
    pub suggestions: Vec<String>,
    /// Rows a multi-line field takes (see [`FormField::with_rows`]).
    rows: u16,
}

impl FormField {
    pub fn text(label: &str, value: &str) -> FormField {
        FormField::new(label, Input::Text(TextField::single_line(value)))
    }

    pub fn multi_line(label: &str, value: &str) -> FormField {
        FormField::new(label, Input::Text(TextField::multi_line(value)))
    }

    pub fn number(label: &str, value: u32) -> FormField {
        FormField::new(
            label,
            Input::Number(TextField::single_line(&value.to_string())),
        )
    }

    /// A whole number that starts blank when there is none yet, so the
    /// facilitator types "14" rather than editing a "0".
    pub fn optional_number(label: &str, value: Option<u32>) -> FormField {
        let value = value.map(|n| n.to_string()).unwrap_or_default();
        FormField::new(label, Input::Number(TextField::single_line(&value)))
    }

    pub fn date(label: &str, value: Option<NaiveDate>) -> FormField {
        let value = value.map(|d| d.to_string()).unwrap_or_default();
        FormField::new(label, Input::Date(TextField::single_line(&value)))
            .with_help("YYYY-MM-DD, or today, +7 (days), +2w (weeks)")
    }

    pub fn choice(label: &str, options: Vec<String>, index: usize) -> FormField {
        let index = index.min(options.len().saturating_sub(1));
        FormField::new(label, Input::Choice { options, index })
    }

    pub fn multi(label: &str, options: Vec<String>, chosen: Vec<bool>) -> FormField {
        let mut chosen = chosen;
        chosen.resize(options.len(), false);
        FormField::new(
            label,
            Input::Multi {
                options,
                chosen,
                cursor: 0,
            },
        )
    }

    pub fn toggle(label: &str, value: bool) -> FormField {
        FormField::new(label, Input::Toggle(value))
    }

    fn new(label: &str, input: Input) -> FormField {
        FormField {
            label: label.to_string(),
            input,
            help: String::new(),
            suggestions: Vec::new(),
            rows: 4,
        }
    }

    pub fn with_help(mut self, help: &str) -> FormField {
        self.help = help.to_string();
        self
    }

    /// Offers `options` while still taking any text (single-line text fields).
    pub fn with_suggestions(mut self, options: Vec<String>) -> FormField {
        self.suggestions = options;
        self
    }

    /// The suggestion that the last comma-separated part of the text starts
    /// (ignoring case), with the byte where that part begins; only with the
    /// cursor at the end of a single-line text field, and not when the part
    /// already is the suggestion. Completing the last part lets a list such
    /// as "police, chief's office" be typed with completions too.
    fn completion(&self) -> Option<(usize, &str)> {
        let Input::Text(f) = &self.input else {
            return None;
        };
        let text = f.text();
        if f.is_multiline() || f.cursor() < text.len() {
            return None;
        }
        let part_start = text.rfind(',').map_or(0, |i| i + 1);
        let part = text[part_start..].trim_start();
        let start = text.len() - part.len();
        let typed = part.to_lowercase();
        if typed.is_empty() {
            return None;
        }
        self.suggestions
            .iter()
            .find(|o| {
                let o = o.to_lowercase();
                o.starts_with(&typed) && o != typed
            })
            .map(|o| (start, o.as_str()))
    }

    /// The line under the form while this field has focus.
    fn help_line(&self) -> std::borrow::Cow<'_, str> {
        if self.suggestions.is_empty() {
            return self.help.as_str().into();
        }
        match self.completion() {
            Some((_, option)) => format!("→ completes «{option}»").into(),
            None => format!(
                "e.g. {} — or type anything; first letters + → complete",
                self.suggestions.join(" · ")
            )
            .into(),
        }
    }

    /// A taller multi-line field, for long text (notes, lessons) that is the
    /// point of its form. The form still fits the screen: the field scrolls.
    pub fn with_rows(mut self, rows: u16) -> FormField {
        self.rows = rows.max(1);
        self
    }

    fn is_multiline(&self) -> bool {
        matches!(&self.input, Input::Text(f) if f.is_multiline())
    }

    /// Rows the field takes in the form.
    fn rows(&self) -> u16 {
        if self.is_multiline() { self.rows } else { 1 }
    }

    /// Gives the key to the field; true if it used it.
    fn take_key(&mut self, key: &KeyEvent) -> bool {
        let field = self;
        if key.code == KeyCode::Right
            && key.modifiers.is_empty()
            && let Some((start, option)) = field.completion()
            && let Input::Text(f) = &field.input
        {
            let completed = format!("{}{option}", &f.text()[..start]);
            if let Input::Text(f) = &mut field.input {
                f.set_text(&completed);
            }
            return true;
        }
        match &mut field.input {
            Input::Text(f) | Input::Number(f) | Input::Date(f) => {
                !matches!(f.handle_key(*key), FieldEvent::Ignored | FieldEvent::Submit)
            }
            Input::Choice { options, index } => {
                let n = options.len().max(1);
                match key.code {
                    KeyCode::Right | KeyCode::Char(' ') => *index = (*index + 1) % n,
                    KeyCode::Left => *index = (*index + n - 1) % n,
                    _ => return false,
                }
                true
            }
            Input::Multi {
                options,
                chosen,
                cursor,
            } => {
                let n = options.len().max(1);
                match key.code {
                    KeyCode::Right => *cursor = (*cursor + 1) % n,
                    KeyCode::Left => *cursor = (*cursor + n - 1) % n,
                    KeyCode::Char(' ') => {
                        if let Some(c) = chosen.get_mut(*cursor) {
                            *c = !*c;
                        }
                    }
                    _ => return false,
                }
                true
            }
            Input::Toggle(v) => match key.code {
                KeyCode::Char(' ') | KeyCode::Left | KeyCode::Right => {
                    *v = !*v;
                    true
                }
                _ => false,
            },
        }
    }

    /// Whether the field takes `key`, asked of a copy (see
    /// [`Form::route`]).
    fn takes(&self, key: &KeyEvent) -> bool {
        self.clone().take_key(key)
    }

    /// The value as text, to tell whether anything changed.
    fn signature(&self) -> String {
        match &self.input {
            Input::Text(f) | Input::Number(f) | Input::Date(f) => f.text().to_string(),
            Input::Choice { index, .. } => index.to_string(),
            Input::Multi { chosen, .. } => {
                chosen.iter().map(|c| if *c { '1' } else { '0' }).collect()
            }
            Input::Toggle(v) => v.to_string(),
        }
    }
}

/// What a key did to the form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FormResult {
    Pending,
    Submit,
    Cancel,
}

// The keys of a form, one keymap per kind of field in focus: the hint line
// shows the one in force, and the form dispatches through it, field first
// (a text field takes every printable key, so `q` or `u` typed into a name
// never quits or undoes).

const NEXT_FIELD: Binding = bind(
    &[Key::code(KeyCode::Tab)],
    Action::FocusNext,
    "next field",
    "next field",
);
const PREV_FIELD: Binding = bind(
    &[Key::code(KeyCode::BackTab)],
    Action::FocusPrev,
    "previous",
    "previous field",
);
/// ↑↓ move between fields where the field has no use for them.
const FIELD_UP: Binding = bind(
    &[Key::code(KeyCode::Up)],
    Action::FocusPrev,
    "previous",
    "previous field (in a multi-line field: from its first line)",
)
.help_only();
const FIELD_DOWN: Binding = bind(
    &[Key::code(KeyCode::Down)],
    Action::FocusNext,
    "next",
    "next field (in a multi-line field: from its last line)",
)
.help_only();
const SAVE: Binding = bind(
    &[
        Key::code(KeyCode::Enter),
        Key::ctrl('s'),
        Key::alt(KeyCode::Enter),
    ],
    Action::Submit,
    "save",
    "save the form (in a multi-line field Enter starts a new line; Ctrl+s saves)",
)
.shown_as("Enter");
const CANCEL: Binding = bind(
    &[Key::code(KeyCode::Esc)],
    Action::Cancel,
    "cancel",
    "cancel (asks first if anything was typed)",
);

pub const FORM_KEYS: Keymap = Keymap {
    title: "In a form",
    bindings: &[NEXT_FIELD, PREV_FIELD, SAVE, CANCEL, FIELD_UP, FIELD_DOWN],
};

/// While a multi-line field has focus the hint line says how to save.
pub const MULTILINE_KEYS: Keymap = Keymap {
    title: "In a multi-line field",
    bindings: &[
        NEXT_FIELD,
        bind(
            &[Key::ctrl('s'), Key::alt(KeyCode::Enter)],
            Action::Submit,
            "save",
            "save the form",
        ),
        bind(
            &[Key::code(KeyCode::Enter)],
            Action::FieldKey,
            "new line",
            "start a new line",
        ),
        CANCEL,
        PREV_FIELD.help_only(),
    ],
};

pub const CHOICE_KEYS: Keymap = Keymap {
    title: "On a choice",
    bindings: &[
        bind(
            &[Key::code(KeyCode::Left), Key::code(KeyCode::Right)],
            Action::FieldKey,
            "choose",
            "pick another option (Space too; on yes/no, Space switches)",
        ),
        NEXT_FIELD,
        SAVE,
        CANCEL,
        PREV_FIELD.help_only(),
        FIELD_UP,
        FIELD_DOWN,
    ],
};

pub const TICK_KEYS: Keymap = Keymap {
    title: "On a list of ticks",
    bindings: &[
        bind(
            &[Key::code(KeyCode::Left), Key::code(KeyCode::Right)],
            Action::FieldKey,
            "move",
            "move between options",
        ),
        bind(
            &[Key::char(' ')],
            Action::FieldKey,
            "tick",
            "tick or untick",
        ),
        NEXT_FIELD,
        SAVE,
        CANCEL,
        PREV_FIELD.help_only(),
        FIELD_UP,
        FIELD_DOWN,
    ],
};

pub const DISCARD_KEYS: Keymap = Keymap {
    title: "Discard?",
    bindings: &[
        bind(
            &[Key::char('y')],
            Action::Yes,
            "discard",
            "throw away what was typed",
        ),
        bind(
            &[Key::char('n'), Key::code(KeyCode::Esc)],
            Action::No,
            "keep editing",
            "go back to the form",
        ),
    ],
};

/// Every keymap a form can show, for the help overlay.
pub const ALL_KEYS: [Keymap; 5] = [
    FORM_KEYS,
    MULTILINE_KEYS,
    CHOICE_KEYS,
    TICK_KEYS,
    DISCARD_KEYS,
];

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
}

impl Form {
    pub fn new(title: impl Into<String>, fields: Vec<FormField>) -> Form {
        let original = fields.iter().map(FormField::signature).collect();
        Form {
            title: title.into(),
            fields,
            focus: 0,
            error: None,
            original,
            asking_discard: false,
            scroll: Cell::new(0),
        }
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

    pub fn focus(&self) -> usize {
        self.focus
    }

    pub fn focus_field(&mut self, index: usize) {
        self.focus = index.min(self.fields.len().saturating_sub(1));
    }

    /// Shows a message under the fields (a value that does not fit).
    pub fn fail(&mut self, field: usize, message: impl Into<String>) {
        self.focus_field(field);
        self.error = Some(message.into());
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
                Action::FocusNext => self.move_focus(1),
                Action::FocusPrev => self.move_focus(-1),
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

    fn move_focus(&mut self, by: isize) {
        let n = self.fields.len() as isize;
        if n > 0 {
            self.focus = ((self.focus as isize + by).rem_euclid(n)) as usize;
        }
    }

    /// The trimmed text of a field.
    pub fn text(&self, i: usize) -> String {
        match self.fields.get(i).map(|f| &f.input) {
            Some(Input::Text(f) | Input::Number(f) | Input::Date(f)) => f.text().trim().to_string(),
            _ => String::new(),
        }
    }

    /// The non-empty lines of a (multi-line) field.
    pub fn lines(&self, i: usize) -> Vec<String> {
        self.text(i)
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(String::from)
            .collect()
    }

    pub fn number(&self, i: usize, min: u32, max: u32) -> Result<u32, String> {
        let label = &self.fields[i].label;
        let t = self.text(i);
        match t.parse::<u32>() {
            Ok(n) if (min..=max).contains(&n) => Ok(n),
            _ => Err(format!("{label}: type a whole number from {min} to {max}")),
        }
    }

    /// The date of a field, `None` if left empty.
    pub fn date(&self, i: usize, today: NaiveDate) -> Result<Option<NaiveDate>, String> {
        let t = self.text(i);
        if t.is_empty() {
            return Ok(None);
        }
        crate::dates::parse_date(&t, today).map(Some).ok_or_else(|| {
            format!(
                "{}: «{t}» is not a date; write YYYY-MM-DD, e.g. {}, or +7 for a week from today",
                self.fields[i].label,
                today + Duration::days(14)
            )
        })
    }

    pub fn choice(&self, i: usize) -> usize {
        match self.fields.get(i).map(|f| &f.input) {
            Some(Input::Choice { index, .. }) => *index,
            _ => 0,
        }
    }

    pub fn chosen(&self, i: usize) -> Vec<usize> {
        match self.fields.get(i).map(|f| &f.input) {
            Some(Input::Multi { chosen, .. }) => chosen
                .iter()
                .enumerate()
                .filter(|(_, c)| **c)
                .map(|(i, _)| i)
                .collect(),
            _ => Vec::new(),
        }
    }

    pub fn toggle(&self, i: usize) -> bool {
        matches!(
            self.fields.get(i).map(|f| &f.input),
            Some(Input::Toggle(true))
        )
    }

    /// Draws the form as a box centred in `area`; returns the cursor position.
    pub fn draw(&self, area: Rect, buf: &mut Buffer, theme: &Theme) -> Option<Position> {
        let content_rows: u16 = self.fields.iter().map(FormField::rows).sum::<u16>() + 2;
        let width = area.width.saturating_sub(2).min(90);
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
        let label_w = self
            .fields
            .iter()
            .map(|f| text::width(&f.label))
            .max()
            .unwrap_or(0)
            .min((inner.width / 3) as usize) as u16;
        let field_x = inner.x + label_w + 3;
        let field_w = inner.right().saturating_sub(field_x + 1);
        // Two rows at the bottom: the error or help line, and a spare row.
        let rows_for_fields = inner.height.saturating_sub(2).max(1);

        // Scroll so the focused field is in view.
        let top_of = |i: usize, fields: &[FormField]| -> u16 {
            fields[..i].iter().map(FormField::rows).sum()
        };
        let focus_top = top_of(self.focus, &self.fields);
        let focus_bottom = focus_top + self.fields[self.focus].rows();
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
            let rows = field.rows();
            let visible_top = row.max(scroll);
            let visible_bottom = (row + rows).min(scroll + rows_for_fields);
            row += rows;
            if visible_top >= visible_bottom {
                continue;
            }
            let screen_y = inner.y + (visible_top - scroll);
            let focused = i == self.focus;
            let label_style = if focused {
                theme.label_focus
            } else {
                theme.base
            };
            let marker = if focused { "▸" } else { " " };
            buf.set_stringn(inner.x, screen_y, marker, 1, theme.label_focus);
            let label = text::truncate(&field.label, label_w as usize);
            let pad = label_w as usize - text::width(&label);
            buf.set_stringn(
                inner.x + 1 + pad as u16,
                screen_y,
                &label,
                label_w as usize,
                label_style,
            );
            let field_area = Rect::new(field_x, screen_y, field_w, visible_bottom - visible_top);
            let style = if focused {
                theme.input_focus
            } else {
                theme.input
            };
            let c = draw_input(&field.input, field_area, buf, style, focused, theme);
            if focused {
                cursor = c;
            }
        }

        let message_y = inner.bottom() - 1;
        // The discard question goes first: after a refused save the error is
        // still set, and the y/n it waits for must be on screen.
        let (message, style): (std::borrow::Cow<str>, _) = match &self.error {
            _ if self.asking_discard => (
                "Discard what was typed? y discard · n keep editing".into(),
                theme.warning,
            ),
            Some(e) => (e.as_str().into(), theme.danger),
            None => (self.fields[self.focus].help_line(), theme.muted),
        };
        buf.set_stringn(
            inner.x + 1,
            message_y,
            text::truncate(&message, inner.width.saturating_sub(2) as usize),
            inner.width.saturating_sub(2) as usize,
            style,
        );
        if self.asking_discard { None } else { cursor }
    }
}

fn draw_input(
    input: &Input,
    area: Rect,
    buf: &mut Buffer,
    style: ratatui::style::Style,
    focused: bool,
    theme: &Theme,
) -> Option<Position> {
    match input {
        Input::Text(f) | Input::Number(f) | Input::Date(f) => f.render(area, buf, style, focused),
        Input::Choice { options, index } => {
            buf.set_style(Rect::new(area.x, area.y, area.width, 1), style);
            let value = options.get(*index).map(String::as_str).unwrap_or("");
            let shown = format!("◂ {value} ▸");
            buf.set_stringn(
                area.x,
                area.y,
                text::truncate(&shown, area.width as usize),
                area.width as usize,
                style,
            );
            None
        }
        Input::Toggle(v) => {
            let shown = if *v { "[x] yes" } else { "[ ] no" };
            buf.set_style(Rect::new(area.x, area.y, area.width, 1), style);
            buf.set_stringn(area.x, area.y, shown, area.width as usize, style);
            None
        }
        Input::Multi {
            options,
            chosen,
            cursor,
        } => {
            buf.set_style(Rect::new(area.x, area.y, area.width, 1), theme.base);
            let mut x = area.x;
            // Keep the option under the cursor in view on narrow screens.
            let widths: Vec<u16> = options.iter().map(|o| text::width(o) as u16 + 5).collect();
            let mut first = 0;
            while first < *cursor && widths[first..=*cursor].iter().sum::<u16>() > area.width {
                first += 1;
            }
            if first > 0 {
                buf.set_stringn(x, area.y, "…", 1, theme.muted);
                x += 1;
            }
            for (i, option) in options.iter().enumerate().skip(first) {
                let mark = if chosen.get(i).copied().unwrap_or(false) {
                    "[x]"
                } else {
                    "[ ]"
                };
                let item = format!("{mark} {option}");
                let w = text::width(&item) as u16;
                if x + w > area.right() {
                    buf.set_stringn(area.right().saturating_sub(1), area.y, "…", 1, theme.muted);
                    break;
                }
                let item_style = if focused && i == *cursor {
                    style
                } else {
                    theme.base
                };
                buf.set_stringn(x, area.y, &item, w as usize, item_style);
                x += w + 2;
            }
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
        let mut form = Form::new(
            "Action",
            vec![FormField::text("Who", "").with_suggestions(options.to_vec())],
        );
        assert!(
            form.fields[0]
                .help_line()
                .starts_with("e.g. community · police")
        );
        type_into(&mut form, "po");
        assert_eq!(form.fields[0].help_line(), "→ completes «police»");
        type_into(&mut form, ">");
        assert_eq!(form.text(0), "police");
        // Any text is still taken; a list completes its last part.
        type_into(&mut form, ", LO>");
        assert_eq!(form.text(0), "police, local authority");
        type_into(&mut form, ", chief's office>");
        assert_eq!(form.text(0), "police, local authority, chief's office");
        // With the cursor inside the text, → only moves it.
        type_into(&mut form, "<<x>");
        assert_eq!(form.text(0), "police, local authority, chief's offixce");
    }
}
