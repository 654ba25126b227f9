//! Titled boxes: the frame every pane of a panel sits in, and a box of
//! wrapped, scrollable text (the Prepare panel's context notes, the four
//! Learn boxes).

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders, Widget};

use super::list::Scroll;
use crate::i18n::Lang;
use crate::text;
use crate::tr;
use crate::tui::theme::Theme;

/// Draws a bordered pane and returns the area inside it.
///
/// The selected pane is unmistakable without colour: thick border, bold
/// focus style and a ▶ before its title. `hint` ("n edit") sits on the right
/// of the top border, so the key is shown where it acts.
pub fn pane(
    area: Rect,
    buf: &mut Buffer,
    theme: &Theme,
    title: &str,
    hint: &str,
    selected: bool,
) -> Rect {
    let area = area.intersection(buf.area);
    let (border_type, border_style) = if selected {
        (BorderType::Thick, theme.border_focus)
    } else {
        (BorderType::Plain, theme.border)
    };
    let mut block = Block::default()
        .borders(Borders::ALL)
        .border_type(border_type)
        .border_style(border_style)
        .style(theme.base);
    // Room on the top border: two corners, a space either side of each label.
    let room = usize::from(area.width).saturating_sub(4);
    let hint_w = if hint.is_empty() || text::width(hint) + 2 > room / 2 {
        0
    } else {
        text::width(hint) + 2
    };
    let marker = if selected { "▶ " } else { "" };
    let title = format!("{marker}{title}");
    let title = text::truncate(&title, room.saturating_sub(hint_w + 1));
    if !title.is_empty() {
        block = block.title(Line::from(Span::styled(
            format!(" {title} "),
            theme.heading,
        )));
    }
    if hint_w > 0 {
        block = block
            .title_top(Line::from(Span::styled(format!(" {hint} "), theme.key)).right_aligned());
    }
    let inner = block.inner(area);
    block.render(area, buf);
    inner
}

/// Says on the bottom border of a pane that it holds more than it shows:
/// "▲ more", "▼ more" or "▲▼ more", naming the keys that scroll it (up, down)
/// when given.
pub fn more_marker(
    area: Rect,
    buf: &mut Buffer,
    theme: &Theme,
    above: bool,
    below: bool,
    keys: Option<(&str, &str)>,
    lang: Lang,
) {
    let area = area.intersection(buf.area);
    let (arrows, key) = match (above, below) {
        (false, false) => return,
        (true, true) => ("▲▼", keys.map(|(up, down)| format!("{up}/{down}"))),
        (false, true) => ("▼", keys.map(|(_, down)| down.to_string())),
        (true, false) => ("▲", keys.map(|(up, _)| up.to_string())),
    };
    let marker = match key {
        Some(keys) => format!(
            " {} ",
            tr!(lang, "more-marker-keys", arrows = arrows, keys = keys)
        ),
        None => format!(" {} ", tr!(lang, "more-marker", arrows = arrows)),
    };
    let w = text::width(&marker) as u16;
    if w + 2 <= area.width && area.height >= 2 {
        buf.set_stringn(
            area.right() - w - 1,
            area.bottom() - 1,
            &marker,
            usize::from(w),
            theme.key,
        );
    }
}

/// A titled box of wrapped text that scrolls when it does not fit.
pub struct TextBox<'a> {
    pub title: &'a str,
    pub text: &'a str,
    /// Shown (muted) while `text` is empty: what the box is for and which key
    /// fills it.
    pub placeholder: &'a str,
    pub selected: bool,
    /// The key that edits it, on the top border ("n edit"); empty for none.
    pub hint: &'a str,
    /// PgUp/PgDn scroll this box now: the "more" marker names them.
    pub scrolls: bool,
    /// The language of the "more" marker.
    pub lang: Lang,
}

impl TextBox<'_> {
    fn shown(&self) -> &str {
        if self.text.trim().is_empty() {
            self.placeholder
        } else {
            self.text
        }
    }

    /// Rows the box needs to show all its text at `width` columns, borders
    /// included.
    pub fn height_for(&self, width: u16) -> u16 {
        let rows = text::wrap(self.shown(), text_width(width.saturating_sub(2))).len();
        u16::try_from(rows).unwrap_or(u16::MAX).saturating_add(2)
    }

    /// Draws the box, from the first text row `scroll` shows; the box never
    /// scrolls past its last row. The rows shown are one page for PgUp/PgDn.
    pub fn render(&self, area: Rect, buf: &mut Buffer, theme: &Theme, scroll: &Scroll) {
        let area = area.intersection(buf.area);
        let inner = pane(area, buf, theme, self.title, self.hint, self.selected);
        let visible = usize::from(inner.height);
        let body = Rect::new(
            inner.x + u16::from(inner.width > 2),
            inner.y,
            text_width(inner.width) as u16,
            inner.height,
        );
        if body.is_empty() {
            return;
        }
        let shown = self.shown();
        let style = if self.text.trim().is_empty() {
            theme.muted
        } else {
            theme.base
        };
        let rows = text::wrap(shown, usize::from(body.width));
        let window = scroll.window(rows.len(), visible);
        for (i, row) in rows[window.clone()].iter().enumerate() {
            buf.set_stringn(
                body.x,
                body.y + i as u16,
                &shown[row.range.clone()],
                usize::from(body.width),
                style,
            );
        }
        let keys = self.scrolls.then_some(("PgUp", "PgDn"));
        more_marker(
            area,
            buf,
            theme,
            window.start > 0,
            window.end < rows.len(),
            keys,
            self.lang,
        );
    }
}

/// Text columns inside a box's borders: one column of margin either side
/// when there is room for it.
fn text_width(inner: u16) -> usize {
    usize::from(if inner > 2 { inner - 2 } else { inner })
}
