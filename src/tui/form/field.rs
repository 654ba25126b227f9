//! The fields of a form and the typed handles a panel reads them back with.
//!
//! A panel declares each field with a constructor of [`Field`] that fixes its
//! kind ([`Text`], [`Lines`], [`Number`], [`Date`], [`Choice`], [`Multi`],
//! [`Toggle`]); [`Form::add`](super::Form::add) returns a [`FieldId`] of that
//! kind, and [`Form::get`](super::Form::get) gives back a value of the
//! kind's type. No field is read by its position, so reordering the fields
//! of a form can never save one field's value into another.

use std::marker::PhantomData;
use std::ops::RangeInclusive;

use chrono::{Duration, NaiveDate};
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::{Position, Rect};

use crate::i18n::Lang;
use crate::text;
use crate::tr;
use crate::tui::text_field::{FieldEvent, TextField};
use crate::tui::theme::Theme;

/// Free text, read back trimmed.
pub struct Text;
/// Multi-line text read back as its non-empty lines (causes, effects).
pub struct Lines;
/// A whole number in a declared range.
pub struct Number;
/// A date typed as YYYY-MM-DD, DD/MM/YYYY, `today`, `+7` or `+2w`; may be
/// left empty. Stored as ISO whatever the form typed.
pub struct Date;
/// One of a list of options: its index.
pub struct Choice;
/// Any of a list of options: the indices ticked.
pub struct Multi;
/// Yes or no.
pub struct Toggle;

/// A field of a form, by kind: what [`Form::get`](super::Form::get) reads.
pub struct FieldId<K> {
    pub(super) index: usize,
    kind: PhantomData<fn() -> K>,
}

impl<K> Clone for FieldId<K> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<K> Copy for FieldId<K> {}

impl<K> std::fmt::Debug for FieldId<K> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "FieldId({})", self.index)
    }
}

impl<K> FieldId<K> {
    pub(super) fn new(index: usize) -> FieldId<K> {
        FieldId {
            index,
            kind: PhantomData,
        }
    }
}

/// What reading a field of this kind gives.
pub trait Kind {
    type Value;
    fn read(field: &FormField) -> Self::Value;
}

fn trimmed(field: &FormField) -> String {
    match &field.input {
        Input::Text(f) | Input::Number(f) | Input::Date(f) => f.text().trim().to_string(),
        _ => String::new(),
    }
}

impl Kind for Text {
    type Value = String;
    fn read(field: &FormField) -> String {
        trimmed(field)
    }
}

impl Kind for Lines {
    type Value = Vec<String>;
    fn read(field: &FormField) -> Vec<String> {
        trimmed(field)
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(String::from)
            .collect()
    }
}

impl Kind for Number {
    /// The number, or what to type instead.
    type Value = Result<u32, String>;
    fn read(field: &FormField) -> Result<u32, String> {
        let (min, max) = field.range;
        match trimmed(field).parse::<u32>() {
            Ok(n) if (min..=max).contains(&n) => Ok(n),
            _ => Err(tr!(
                field.lang,
                "form-not-a-number",
                label = &field.label,
                min = min,
                max = max
            )),
        }
    }
}

/// A date as typed: [`DateText::as_of`] reads it, relative to a day.
#[derive(Clone, Debug)]
pub struct DateText {
    label: String,
    text: String,
    lang: Lang,
}

impl DateText {
    /// The date, `None` if left empty, or what to type instead; `+7` counts
    /// from `today`.
    pub fn as_of(&self, today: NaiveDate) -> Result<Option<NaiveDate>, String> {
        let t = &self.text;
        if t.is_empty() {
            return Ok(None);
        }
        crate::dates::parse_date(t, today).map(Some).ok_or_else(|| {
            let example = today + Duration::days(14);
            tr!(
                self.lang,
                "form-not-a-date",
                label = &self.label,
                typed = t,
                iso = example.to_string(),
                dmy = example.format("%d/%m/%Y").to_string()
            )
        })
    }

    /// Whether the text reads as a date (on any day: `+7` always does);
    /// what to type instead if not, without an example date.
    pub fn check(&self) -> Result<(), String> {
        let t = &self.text;
        let any_day = NaiveDate::MIN;
        if t.is_empty() || crate::dates::parse_date(t, any_day).is_some() {
            return Ok(());
        }
        Err(tr!(
            self.lang,
            "form-not-a-date-any-day",
            label = &self.label,
            typed = t
        ))
    }
}

impl Kind for Date {
    type Value = DateText;
    fn read(field: &FormField) -> DateText {
        DateText {
            label: field.label.clone(),
            text: trimmed(field),
            lang: field.lang,
        }
    }
}

impl Kind for Choice {
    type Value = usize;
    fn read(field: &FormField) -> usize {
        match &field.input {
            Input::Choice { index, .. } => *index,
            _ => 0,
        }
    }
}

impl Kind for Multi {
    type Value = Vec<usize>;
    fn read(field: &FormField) -> Vec<usize> {
        match &field.input {
            Input::Multi { chosen, .. } => chosen
                .iter()
                .enumerate()
                .filter(|(_, c)| **c)
                .map(|(i, _)| i)
                .collect(),
            _ => Vec::new(),
        }
    }
}

impl Kind for Toggle {
    type Value = bool;
    fn read(field: &FormField) -> bool {
        matches!(field.input, Input::Toggle(true))
    }
}

/// A field being declared, of kind `K`.
pub struct Field<K> {
    pub(super) field: FormField,
    kind: PhantomData<fn() -> K>,
}

impl<K> Field<K> {
    fn of(label: &str, input: Input) -> Field<K> {
        Field {
            field: FormField::new(label, input),
            kind: PhantomData,
        }
    }

    /// Keeps what is typed here off the room's screen (see
    /// [`crate::tui::room::Typing`]).
    pub fn private(mut self) -> Field<K> {
        self.field.private = true;
        self
    }

    /// The line shown under the form while the field has focus.
    pub fn help(mut self, help: &str) -> Field<K> {
        self.field.help = help.to_string();
        self
    }

    /// Values offered for a single-line text field ("police", "CSO") while
    /// it still takes any text: first letters and → take the first match.
    pub fn suggestions(mut self, options: Vec<String>) -> Field<K> {
        self.field.suggestions = options;
        self
    }

    /// A taller multi-line field, for long text (notes, lessons) that is the
    /// point of its form. The form still fits the screen: the field scrolls.
    pub fn rows(mut self, rows: u16) -> Field<K> {
        self.field.rows = rows.max(1);
        self
    }
}

impl Field<Text> {
    pub fn text(label: &str, value: &str) -> Field<Text> {
        Field::of(label, Input::Text(TextField::single_line(value)))
    }

    pub fn multi_line(label: &str, value: &str) -> Field<Text> {
        Field::of(label, Input::Text(TextField::multi_line(value)))
    }
}

impl Field<Lines> {
    /// One item per line.
    pub fn lines(label: &str, items: &[String]) -> Field<Lines> {
        Field::of(label, Input::Text(TextField::multi_line(&items.join("\n"))))
    }
}

impl Field<Number> {
    pub fn number(label: &str, value: u32, range: RangeInclusive<u32>) -> Field<Number> {
        Field::optional_number(label, Some(value), range)
    }

    /// A whole number that starts blank when there is none yet, so the
    /// facilitator types "14" rather than editing a "0".
    pub fn optional_number(
        label: &str,
        value: Option<u32>,
        range: RangeInclusive<u32>,
    ) -> Field<Number> {
        let value = value.map(|n| n.to_string()).unwrap_or_default();
        let mut field = Field::of(label, Input::Number(TextField::single_line(&value)));
        field.field.range = (*range.start(), *range.end());
        field
    }
}

impl Field<Date> {
    pub fn date(label: &str, value: Option<NaiveDate>) -> Field<Date> {
        let value = value.map(|d| d.to_string()).unwrap_or_default();
        Field::of(label, Input::Date(TextField::single_line(&value))).help(crate::dates::DATE_FORMS)
    }
}

impl Field<Choice> {
    pub fn choice(label: &str, options: Vec<String>, index: usize) -> Field<Choice> {
        let index = index.min(options.len().saturating_sub(1));
        Field::of(label, Input::Choice { options, index })
    }
}

impl Field<Multi> {
    pub fn multi(label: &str, options: Vec<String>, chosen: Vec<bool>) -> Field<Multi> {
        let mut chosen = chosen;
        chosen.resize(options.len(), false);
        Field::of(
            label,
            Input::Multi {
                options,
                chosen,
                cursor: 0,
            },
        )
    }
}

impl Field<Toggle> {
    pub fn toggle(label: &str, value: bool) -> Field<Toggle> {
        Field::of(label, Input::Toggle(value))
    }
}

/// One field's editor.
#[derive(Clone, Debug)]
pub(super) enum Input {
    /// Free text; multi-line when the field is.
    Text(TextField),
    /// A whole number, checked on save.
    Number(TextField),
    /// A date typed as YYYY-MM-DD or DD/MM/YYYY (or `today`, `+7`, `+2w`),
    /// checked as the field is left and on save.
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

/// One field as the form keeps it (declared through [`Field`]).
#[derive(Clone, Debug)]
pub struct FormField {
    pub(super) label: String,
    pub(super) input: Input,
    /// A line shown under the form while the field has focus.
    pub(super) help: String,
    /// Values offered for a free-text field ("police", "CSO"): typing the
    /// first letters and pressing → takes the first that matches.
    pub(super) suggestions: Vec<String>,
    /// Rows a multi-line field takes (see [`Field::rows`]).
    rows: u16,
    /// The whole numbers a number field takes.
    range: (u32, u32),
    /// What is typed here never shows on the room's screen (notes, risks,
    /// descriptions, progress notes).
    pub(super) private: bool,
    /// The language of the form's own words (its host's: see
    /// [`super::Form::speaking`]).
    pub(super) lang: Lang,
}

impl FormField {
    fn new(label: &str, input: Input) -> FormField {
        FormField {
            label: label.to_string(),
            input,
            help: String::new(),
            suggestions: Vec::new(),
            rows: 4,
            range: (0, u32::MAX),
            private: false,
            lang: Lang::En,
        }
    }

    /// What is typed, as the room's screen may show it: `None` for a
    /// private field.
    pub(super) fn shown(&self) -> Option<String> {
        if self.private {
            return None;
        }
        Some(match &self.input {
            Input::Text(f) | Input::Number(f) | Input::Date(f) => f.text().to_string(),
            Input::Choice { options, index } => options.get(*index).cloned().unwrap_or_default(),
            Input::Multi {
                options, chosen, ..
            } => options
                .iter()
                .zip(chosen)
                .filter(|(_, c)| **c)
                .map(|(o, _)| o.as_str())
                .collect::<Vec<_>>()
                .join(", "),
            Input::Toggle(on) => if *on {
                tr!(self.lang, "form-yes")
            } else {
                tr!(self.lang, "form-no")
            }
            .to_string(),
        })
    }

    /// The suggestion that the last comma-separated part of the text starts
    /// (ignoring case), with the byte where that part begins; only with the
    /// cursor at the end of a single-line text field, and not when the part
    /// already is the suggestion. Completing the last part lets a list such
    /// as "police, chief's office" be typed with completions too.
    pub(super) fn completion(&self) -> Option<(usize, &str)> {
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
    pub(super) fn help_line(&self) -> std::borrow::Cow<'_, str> {
        if self.suggestions.is_empty() {
            return self.help.as_str().into();
        }
        match self.completion() {
            Some((_, option)) => tr!(self.lang, "form-completes", option = option).into(),
            None => tr!(
                self.lang,
                "form-suggestions",
                options = self.suggestions.join(" · ")
            )
            .into(),
        }
    }

    pub(super) fn is_multiline(&self) -> bool {
        matches!(&self.input, Input::Text(f) if f.is_multiline())
    }

    /// Rows the field takes in the form, `width` columns wide: a list of
    /// ticks wraps (every option and its tick in view), a multi-line field
    /// takes its declared rows.
    pub(super) fn rows(&self, width: u16) -> u16 {
        match &self.input {
            Input::Multi { options, .. } => multi_rows(options, width).len().max(1) as u16,
            _ if self.is_multiline() => self.rows,
            _ => 1,
        }
    }

    /// [`FormField::problem`], for a field something was typed into: a
    /// field not filled in yet is not marked wrong before it is visited.
    pub(super) fn typed_problem(&self) -> Option<String> {
        match &self.input {
            Input::Number(f) | Input::Date(f) if f.text().trim().is_empty() => None,
            _ => self.problem(),
        }
    }

    /// What is wrong with the value as typed, for the message shown when
    /// the field is left: a number out of range, a date that is not one.
    pub(super) fn problem(&self) -> Option<String> {
        match &self.input {
            Input::Number(_) => Number::read(self).err(),
            Input::Date(_) => Date::read(self).check().err(),
            _ => None,
        }
    }

    /// Gives the key to the field; true if it used it.
    pub(super) fn take_key(&mut self, key: &KeyEvent) -> bool {
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
            // Enter saves the form from every field; a new line in a
            // multi-line field is Alt+Enter (or Ctrl+j, or Shift+Enter where
            // the terminal tells it apart).
            Input::Text(f) if f.is_multiline() && key.code == KeyCode::Enter => {
                if key.modifiers == KeyModifiers::ALT {
                    f.insert_str("\n");
                    true
                } else if key.modifiers == KeyModifiers::SHIFT {
                    !matches!(f.handle_key(*key), FieldEvent::Ignored | FieldEvent::Submit)
                } else {
                    false
                }
            }
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
    pub(super) fn takes(&self, key: &KeyEvent) -> bool {
        self.clone().take_key(key)
    }

    /// The value as text, to tell whether anything changed.
    pub(super) fn signature(&self) -> String {
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

#[allow(clippy::too_many_arguments)]
pub(super) fn draw_input(
    lang: Lang,
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
            // The marks and the value are three fields: right to left the
            // value reads on its own and ◂ stays left, pointing left, as ←
            // does (read with the value as one, the marks swapped ends and
            // pointed inwards).
            let value_w = text::width(value) as u16;
            if text::width(&shown) <= usize::from(area.width) {
                use crate::tui::bidi::fields::mark;
                mark(buf, area.x, area.y, 1);
                mark(buf, area.x + 2, area.y, value_w);
                mark(buf, area.x + 3 + value_w, area.y, 1);
            }
            None
        }
        Input::Toggle(v) => {
            let shown = if *v {
                format!("[x] {}", tr!(lang, "form-yes"))
            } else {
                format!("[ ] {}", tr!(lang, "form-no"))
            };
            buf.set_style(Rect::new(area.x, area.y, area.width, 1), style);
            buf.set_stringn(area.x, area.y, &shown, area.width as usize, style);
            None
        }
        Input::Multi {
            options,
            chosen,
            cursor,
        } => {
            // Every option on screen, wrapped onto as many rows as it takes:
            // which groups are ticked must never be out of sight.
            buf.set_style(area, theme.base);
            for (row, items) in multi_rows(options, area.width).iter().enumerate() {
                if row as u16 >= area.height {
                    break;
                }
                let y = area.y + row as u16;
                let mut x = area.x;
                for &i in items {
                    let mark = if chosen.get(i).copied().unwrap_or(false) {
                        "[x]"
                    } else {
                        "[ ]"
                    };
                    let item = format!("{mark} {}", options[i]);
                    let room = area.right().saturating_sub(x);
                    let item = text::truncate(&item, room as usize);
                    let w = text::width(&item) as u16;
                    let item_style = if focused && i == *cursor {
                        style
                    } else {
                        theme.base
                    };
                    buf.set_stringn(x, y, &item, w as usize, item_style);
                    x += w + 2;
                }
            }
            None
        }
    }
}

/// The options of a list of ticks laid out in rows of `width` columns:
/// "[x] option" items two columns apart, as many on a row as fit (an item
/// wider than the row has a row of its own).
fn multi_rows(options: &[String], width: u16) -> Vec<Vec<usize>> {
    let mut rows: Vec<Vec<usize>> = Vec::new();
    let mut x = 0usize;
    for (i, option) in options.iter().enumerate() {
        let w = text::width(option) + 4;
        match rows.last_mut() {
            Some(row) if x + 2 + w <= width as usize => {
                row.push(i);
                x += 2 + w;
            }
            _ => {
                rows.push(vec![i]);
                x = w;
            }
        }
    }
    rows
}
