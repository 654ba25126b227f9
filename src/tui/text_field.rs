//! Temporary stand-in; replaced by the grapheme-aware field.
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::{Position, Rect};
use ratatui::style::Style;

#[derive(Clone, Debug)]
pub struct TextField {
    text: String,
    multiline: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldEvent {
    Edited,
    Moved,
    Submit,
    Ignored,
}

impl TextField {
    pub fn single_line(initial: &str) -> Self {
        TextField {
            text: initial.into(),
            multiline: false,
        }
    }
    pub fn multi_line(initial: &str) -> Self {
        TextField {
            text: initial.into(),
            multiline: true,
        }
    }
    pub fn text(&self) -> &str {
        &self.text
    }
    pub fn set_text(&mut self, s: &str) {
        self.text = s.into();
    }
    pub fn is_multiline(&self) -> bool {
        self.multiline
    }
    pub fn insert_str(&mut self, s: &str) {
        self.text.push_str(s);
    }
    pub fn handle_key(&mut self, key: KeyEvent) -> FieldEvent {
        match key.code {
            KeyCode::Char(c) if !key.modifiers.contains(KeyModifiers::CONTROL) => {
                self.text.push(c);
                FieldEvent::Edited
            }
            KeyCode::Backspace => {
                self.text.pop();
                FieldEvent::Edited
            }
            KeyCode::Enter if self.multiline => {
                self.text.push('\n');
                FieldEvent::Edited
            }
            KeyCode::Enter => FieldEvent::Submit,
            _ => FieldEvent::Ignored,
        }
    }
    pub fn render(
        &mut self,
        area: Rect,
        buf: &mut Buffer,
        style: Style,
        focused: bool,
    ) -> Option<Position> {
        buf.set_style(area, style);
        buf.set_stringn(area.x, area.y, &self.text, area.width as usize, style);
        focused.then(|| Position::new(area.x, area.y))
    }
}
