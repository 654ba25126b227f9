//! An editable text field, single-line or multi-line, that edits and
//! measures by grapheme cluster and display width (see [`crate::text`] for
//! why).
//!
//! The field owns its text and cursor; the app feeds it key events and paste
//! strings and draws it into a ratatui [`Buffer`] each frame. It does not
//! implement `Widget` because it has to hand back where the terminal cursor
//! belongs. Rendering takes `&self`: what a frame remembers (the scroll
//! position, so the view stays still until the cursor would leave it, and
//! the width the rows were wrapped to) is kept in cells.
//!
//! # Keys
//!
//! Only `Press` and `Repeat` events are handled; `Release` is ignored.
//!
//! | Key | Action |
//! | --- | --- |
//! | printable character (with or without Shift, or with Ctrl+Alt = AltGr on Windows) | insert it |
//! | Left / Right | one grapheme |
//! | Ctrl+Left / Ctrl+Right, Alt+Left / Alt+Right, Alt+b / Alt+f | one word |
//! | Home / End, Ctrl+a / Ctrl+e | start / end of the current line (the `\n`-separated line, not the wrapped row) |
//! | Ctrl+Home / Ctrl+End | start / end of the text |
//! | Up / Down | multi-line: previous / next wrapped row, keeping the column; on the first / last row, to the start / end of the text, then `Ignored`. Single-line: `Ignored` |
//! | Backspace / Delete | remove one grapheme |
//! | Ctrl+Backspace, Alt+Backspace, Ctrl+w, Ctrl+h | remove the previous word |
//! | Ctrl+Delete, Alt+Delete, Alt+d | remove the next word |
//! | Ctrl+u / Ctrl+k | remove to the start / end of the current line |
//! | Enter, Ctrl+j | single-line: `Submit`; multi-line: new line |
//! | Alt+Enter, Ctrl+Enter, Ctrl+s | `Submit` |
//! | anything else (Tab, Esc, F-keys, other Ctrl/Alt combinations, Super/Hyper/Meta) | `Ignored`, for the form or app |
//!
//! Ctrl+h is there because xterm, VTE (GNOME Terminal, Tilix, ...) and
//! others send `^H` for Ctrl+Backspace, which crossterm reports as Ctrl+h.
//! Ctrl+j is what Enter's sibling LF arrives as in raw mode.

use std::borrow::Cow;
use std::cell::{Cell, RefCell};
use std::ops::Range;

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use ratatui::layout::{Position, Rect};
use ratatui::style::Style;
use unicode_segmentation::UnicodeSegmentation;

use crate::text::{self, WrappedLine};

/// What a key (or a paste) did to a [`TextField`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FieldEvent {
    /// The text changed (the cursor usually moved too): re-validate, mark
    /// the form dirty.
    Edited,
    /// Only the cursor moved.
    Moved,
    /// One of the field's own keys, with nothing to do (Backspace at the
    /// start, Left at the start, ...). Consumed: do not act on it elsewhere.
    Unchanged,
    /// The user asked to submit: Enter in a single-line field, Alt+Enter,
    /// Ctrl+Enter or Ctrl+s in any field. The text is unchanged.
    Submit,
    /// Not for the field (Tab, Esc, unbound Ctrl/Alt shortcuts, Up/Down in a
    /// single-line field or past the edges of a multi-line one, key
    /// releases): the form or app may use it.
    Ignored,
}

/// An editable text field. See the [module docs](self) for the keys.
///
/// Invariants: `cursor` is a byte offset into `text` on a grapheme cluster
/// boundary; a single-line field's text has no control characters, a
/// multi-line field's text none but `\n`.
#[derive(Debug, Clone, Default)]
pub struct TextField {
    text: String,
    cursor: usize,
    multiline: bool,
    /// Single-line: display column shown at the left edge. Multi-line: the
    /// wrapped row shown at the top. Kept between frames so the view only
    /// moves when the cursor would otherwise leave it.
    scroll: Cell<usize>,
    /// The display column Up/Down aim for. Moving through a short (or
    /// wide-character) row clamps the cursor's column; remembering the
    /// column the vertical movement started from lets the next row restore
    /// it, as every editor does. Cleared by any other key.
    preferred_col: Option<usize>,
    /// Width of the area at the last render, so Up/Down can use the same
    /// wrapped rows the user is looking at. `None` before the first render
    /// (then rows are the `\n`-separated lines).
    view_width: Cell<Option<usize>>,
    /// `text::wrap` of `text` for the last width, dropped on every edit.
    layout: RefCell<Option<Layout>>,
}

#[derive(Debug, Clone)]
struct Layout {
    width: usize,
    lines: Vec<WrappedLine>,
}

impl TextField {
    /// A field where Enter submits and newlines cannot be entered.
    pub fn single_line(initial: &str) -> Self {
        Self::new(initial, false)
    }

    /// A field that wraps, where Enter inserts a newline.
    pub fn multi_line(initial: &str) -> Self {
        Self::new(initial, true)
    }

    fn new(initial: &str, multiline: bool) -> Self {
        let mut field = Self {
            multiline,
            ..Self::default()
        };
        field.set_text(initial);
        field
    }

    /// The current text.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The cursor as a byte offset into [`text`](Self::text), always on a
    /// grapheme cluster boundary.
    pub fn cursor(&self) -> usize {
        self.cursor
    }

    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    pub fn is_multiline(&self) -> bool {
        self.multiline
    }

    /// Replaces the text and puts the cursor at its end. The text is cleaned
    /// like a paste (see [`insert_str`](Self::insert_str)), so a single-line
    /// field never holds a newline.
    pub fn set_text(&mut self, s: &str) {
        self.text = sanitize(s, self.multiline).into_owned();
        self.cursor = self.text.len();
        self.scroll.set(0);
        self.preferred_col = None;
        *self.layout.get_mut() = None;
    }

    /// Empties the field.
    pub fn clear(&mut self) {
        self.set_text("");
    }

    /// Inserts `s` at the cursor, e.g. a bracketed paste (which arrives as
    /// one string). In a single-line field `\r\n`, `\r`, `\n` and tabs become
    /// spaces; in a multi-line field `\r\n` and `\r` become `\n` and a tab a
    /// space (a terminal cell grid has no tab stops, and ratatui would not
    /// draw it). Other control characters are dropped.
    ///
    /// Returns [`FieldEvent::Edited`], or [`FieldEvent::Unchanged`] if
    /// nothing was left to insert.
    pub fn insert_str(&mut self, s: &str) -> FieldEvent {
        self.preferred_col = None;
        let clean = sanitize(s, self.multiline);
        self.replace(self.cursor..self.cursor, &clean)
    }

    /// Whether the field takes `key`: [`handle_key`](Self::handle_key) would
    /// neither ignore it nor ask to submit. Asked of a copy, so where a key
    /// is routed and what the field then does can never disagree.
    pub fn takes(&self, key: &KeyEvent) -> bool {
        !matches!(
            self.clone().handle_key(*key),
            FieldEvent::Ignored | FieldEvent::Submit
        )
    }

    /// Handles one key event. See the [module docs](self) for the bindings.
    pub fn handle_key(&mut self, key: KeyEvent) -> FieldEvent {
        use FieldEvent::Ignored;
        if key.kind == KeyEventKind::Release {
            return Ignored;
        }
        let mods = key.modifiers;
        if mods.intersects(KeyModifiers::SUPER | KeyModifiers::HYPER | KeyModifiers::META) {
            return Ignored;
        }
        let ctrl = mods.contains(KeyModifiers::CONTROL);
        let alt = mods.contains(KeyModifiers::ALT);
        let word = ctrl || alt;
        let event = match key.code {
            // Ctrl+Alt together is how Windows reports AltGr, which types
            // `@`, `{`, `€`, ... on many layouts: that is text. Ctrl or Alt
            // alone is a shortcut.
            KeyCode::Char(c) if ctrl == alt => self.insert_char(c),
            KeyCode::Char(c) if mods == KeyModifiers::CONTROL => self.ctrl_char(c),
            KeyCode::Char(c) if mods == KeyModifiers::ALT => self.alt_char(c),
            KeyCode::Char(_) => Ignored,
            KeyCode::Left if word => self.move_to(text::prev_word(&self.text, self.cursor)),
            KeyCode::Left => self.move_to(text::prev_boundary(&self.text, self.cursor)),
            KeyCode::Right if word => self.move_to(text::next_word(&self.text, self.cursor)),
            KeyCode::Right => self.move_to(text::next_boundary(&self.text, self.cursor)),
            KeyCode::Home if ctrl => self.move_to(0),
            KeyCode::Home => self.move_to(self.line_start()),
            KeyCode::End if ctrl => self.move_to(self.text.len()),
            KeyCode::End => self.move_to(self.line_end()),
            KeyCode::Up | KeyCode::Down if !self.multiline || word => Ignored,
            KeyCode::Up => self.move_vertical(false),
            KeyCode::Down => self.move_vertical(true),
            KeyCode::Backspace if word => self.delete_prev_word(),
            KeyCode::Backspace => {
                self.delete(text::prev_boundary(&self.text, self.cursor)..self.cursor)
            }
            KeyCode::Delete if word => {
                self.delete(self.cursor..text::next_word(&self.text, self.cursor))
            }
            KeyCode::Delete => {
                self.delete(self.cursor..text::next_boundary(&self.text, self.cursor))
            }
            KeyCode::Enter if word => FieldEvent::Submit,
            KeyCode::Enter => self.enter(),
            _ => Ignored,
        };
        if !matches!(key.code, KeyCode::Up | KeyCode::Down) && event != Ignored {
            self.preferred_col = None;
        }
        event
    }

    fn ctrl_char(&mut self, c: char) -> FieldEvent {
        match c {
            'a' => self.move_to(self.line_start()),
            'e' => self.move_to(self.line_end()),
            'w' | 'h' => self.delete_prev_word(),
            'u' => self.delete(self.line_start()..self.cursor),
            'k' => self.delete(self.cursor..self.line_end()),
            'j' => self.enter(),
            's' => FieldEvent::Submit,
            _ => FieldEvent::Ignored,
        }
    }

    fn alt_char(&mut self, c: char) -> FieldEvent {
        match c {
            'b' => self.move_to(text::prev_word(&self.text, self.cursor)),
            'f' => self.move_to(text::next_word(&self.text, self.cursor)),
            'd' => self.delete(self.cursor..text::next_word(&self.text, self.cursor)),
            _ => FieldEvent::Ignored,
        }
    }

    fn insert_char(&mut self, c: char) -> FieldEvent {
        if c.is_control() {
            return FieldEvent::Ignored;
        }
        // Terminals deliver a grapheme one code point at a time (`👍` then
        // `🏽`, `न` then `ि`); `replace` re-snaps the cursor after each.
        let mut buf = [0; 4];
        self.replace(self.cursor..self.cursor, c.encode_utf8(&mut buf))
    }

    fn enter(&mut self) -> FieldEvent {
        if self.multiline {
            self.replace(self.cursor..self.cursor, "\n")
        } else {
            FieldEvent::Submit
        }
    }

    fn delete_prev_word(&mut self) -> FieldEvent {
        self.delete(text::prev_word(&self.text, self.cursor)..self.cursor)
    }

    fn delete(&mut self, range: Range<usize>) -> FieldEvent {
        self.replace(range, "")
    }

    /// The one place the text changes.
    fn replace(&mut self, range: Range<usize>, with: &str) -> FieldEvent {
        if range.is_empty() && with.is_empty() {
            return FieldEvent::Unchanged;
        }
        self.text.replace_range(range.clone(), with);
        let at = range.start + with.len();
        // An edit can merge clusters across its edges: a skin tone typed
        // after 👍, a regional indicator typed before a flag (`🇳` + `🇳🇵`
        // pairs up as `🇳🇳` + `🇵`), a vowel sign after a consonant. The
        // plain offset may then be inside a cluster, so snap it: forward
        // after an insertion (past what was typed), back after a deletion.
        self.cursor = if with.is_empty() {
            text::floor_boundary(&self.text, at)
        } else {
            text::ceil_boundary(&self.text, at)
        };
        *self.layout.get_mut() = None;
        FieldEvent::Edited
    }

    fn move_to(&mut self, byte: usize) -> FieldEvent {
        if byte == self.cursor {
            FieldEvent::Unchanged
        } else {
            self.cursor = byte;
            FieldEvent::Moved
        }
    }

    /// Start of the `\n`-separated line holding the cursor.
    fn line_start(&self) -> usize {
        self.text[..self.cursor].rfind('\n').map_or(0, |i| i + 1)
    }

    /// End of the `\n`-separated line holding the cursor (before its `\n`).
    fn line_end(&self) -> usize {
        self.text[self.cursor..]
            .find('\n')
            .map_or(self.text.len(), |i| self.cursor + i)
    }

    /// Up/Down between wrapped rows, aiming for the preferred column.
    fn move_vertical(&mut self, down: bool) -> FieldEvent {
        let width = self.view_width.get().unwrap_or(usize::MAX);
        let lines = ensure_layout(self.layout.get_mut(), &self.text, wrap_width(width));
        let (row, col) = visual_cursor(lines, &self.text, self.cursor, width);
        let goal = *self.preferred_col.get_or_insert(col);
        let target = match (down, row) {
            (false, 0) => 0,
            (true, r) if r + 1 >= lines.len() => self.text.len(),
            _ => {
                let t = if down { row + 1 } else { row - 1 };
                let line = &lines[t];
                let mut b = text::byte_at_column(
                    &self.text,
                    line.range.clone(),
                    goal.min(width.saturating_sub(1)),
                );
                // The end of a soft-wrapped row is drawn at the start of the
                // next one, so it is not a stop on this row.
                let soft = lines
                    .get(t + 1)
                    .is_some_and(|n| n.range.start == line.range.end);
                if soft && b == line.range.end {
                    b = text::prev_boundary(&self.text, b);
                }
                b
            }
        };
        if target == self.cursor {
            // Already at the edge: let the form move focus, if it wants to.
            return FieldEvent::Ignored;
        }
        self.cursor = target;
        FieldEvent::Moved
    }

    /// Draws the field into `area` of `buf` and returns where the terminal
    /// cursor belongs (always inside `area`) when `focused`; `None` when not
    /// focused or `area` is empty.
    ///
    /// The whole area is blanked in `style` first, so an empty field shows
    /// as blank. A single-line field uses the top row, scrolls sideways to
    /// keep the cursor in view and shows `…` at an edge with hidden text;
    /// when not focused it shows the start of its text. A multi-line field
    /// wraps (keeping the last column free for the cursor at the end of a
    /// full row) and scrolls vertically. A wide grapheme that does not fit
    /// entirely is left out, never drawn in half.
    pub fn render(
        &self,
        area: Rect,
        buf: &mut Buffer,
        style: Style,
        focused: bool,
    ) -> Option<Position> {
        let area = area.intersection(buf.area);
        for y in area.top()..area.bottom() {
            for x in area.left()..area.right() {
                buf[(x, y)].reset();
                buf[(x, y)].set_style(style);
            }
        }
        if area.is_empty() {
            return None;
        }
        let cursor = if self.multiline {
            self.render_multi(area, buf, focused)
        } else {
            self.render_single(area, buf, focused)
        };
        focused.then_some(cursor)
    }

    fn render_single(&self, area: Rect, buf: &mut Buffer, focused: bool) -> Position {
        let total = text::width(&self.text);
        let (cur, cur_w, scroll) = if focused {
            let next = text::next_boundary(&self.text, self.cursor);
            (
                text::width(&self.text[..self.cursor]),
                text::grapheme_width(&self.text[self.cursor..next]),
                self.scroll.get(),
            )
        } else {
            (0, 0, 0)
        };
        let view = HView::new(total, cur, cur_w, usize::from(area.width), scroll);
        if focused {
            self.scroll.set(view.scroll);
        }
        let x0 = area.x + u16::from(view.left);
        let mut col = 0;
        for g in self.text.graphemes(true) {
            let start = col;
            let w = text::grapheme_width(g);
            col += w;
            // Zero-width clusters are not drawn (ratatui skips them too);
            // one that starts left of the view is skipped whole, leaving a
            // blank if it is wide and reaches into the view.
            if w == 0 || start < view.scroll {
                continue;
            }
            if col > view.scroll + view.avail {
                break; // would cross the right edge: leave a blank
            }
            set_symbol(buf, x0 + to_u16(start - view.scroll), area.y, g);
        }
        if view.left {
            set_symbol(buf, area.x, area.y, text::ELLIPSIS);
        }
        if view.right {
            set_symbol(buf, area.right() - 1, area.y, text::ELLIPSIS);
        }
        Position::new(x0 + to_u16(cur - view.scroll), area.y)
    }

    fn render_multi(&self, area: Rect, buf: &mut Buffer, focused: bool) -> Position {
        let (width, height) = (usize::from(area.width), usize::from(area.height));
        self.view_width.set(Some(width));
        let mut layout = self.layout.borrow_mut();
        let lines = ensure_layout(&mut layout, &self.text, wrap_width(width));
        let (row, col) = visual_cursor(lines, &self.text, self.cursor, width);
        // Never leave blank rows at the bottom while text is hidden above
        // (after a deletion or a resize), then bring the cursor into view.
        let mut scroll = self.scroll.get().min(lines.len().saturating_sub(height));
        if focused {
            if row < scroll {
                scroll = row;
            } else if row >= scroll + height {
                scroll = row + 1 - height;
            }
        }
        self.scroll.set(scroll);
        for (line, y) in lines.iter().skip(scroll).zip(area.top()..area.bottom()) {
            let mut x = 0;
            for g in self.text[line.range.clone()].graphemes(true) {
                let w = text::grapheme_width(g);
                if w == 0 {
                    continue;
                }
                if x + w > width {
                    break; // hanging whitespace, or a grapheme wider than the field
                }
                set_symbol(buf, area.x + to_u16(x), y, g);
                x += w;
            }
        }
        // Unfocused, the cursor row may be scrolled out; the position is
        // then unused, so saturating is fine.
        Position::new(
            area.x + to_u16(col),
            area.y + to_u16(row.saturating_sub(scroll)),
        )
    }
}

/// Cleans text coming from outside (paste, `set_text`); see
/// [`TextField::insert_str`]. With `multiline`, every kind of line break
/// comes out as `\n`.
pub fn sanitize(s: &str, multiline: bool) -> Cow<'_, str> {
    let special = |c: char| c.is_control() || matches!(c, '\u{2028}' | '\u{2029}');
    if !s.contains(special) {
        return Cow::Borrowed(s);
    }
    let newline = if multiline { '\n' } else { ' ' };
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                chars.next_if_eq(&'\n');
                out.push(newline);
            }
            // NEL and the Unicode line/paragraph separators are line breaks
            // too; terminals do not draw them as such.
            '\n' | '\u{85}' | '\u{2028}' | '\u{2029}' => out.push(newline),
            '\t' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// The wrap width for an area `width` columns wide. One column is kept free
/// so that the cursor at the end of a full row sits just after its text,
/// instead of at the start of the next row, where it would look like it is
/// before that row's first character.
fn wrap_width(width: usize) -> usize {
    if width >= 2 { width - 1 } else { width }
}

fn ensure_layout<'a>(
    layout: &'a mut Option<Layout>,
    text: &str,
    width: usize,
) -> &'a [WrappedLine] {
    if layout.as_ref().is_some_and(|l| l.width != width) {
        *layout = None;
    }
    &layout
        .get_or_insert_with(|| Layout {
            width,
            lines: text::wrap(text, width),
        })
        .lines
}

/// Row and column where the cursor is drawn in a field `width` columns wide.
/// The column only reaches past the wrap width inside whitespace hanging at
/// a soft break (or after a grapheme wider than the field); it is clamped to
/// the last column, which is where a typed space would appear.
fn visual_cursor(lines: &[WrappedLine], text: &str, cursor: usize, width: usize) -> (usize, usize) {
    let (row, col) = text::line_col(lines, text, cursor);
    (row, col.min(width.saturating_sub(1)))
}

/// The horizontal view of a single-line field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct HView {
    /// First text column shown.
    scroll: usize,
    /// `…` in the first cell: text hidden on the left.
    left: bool,
    /// `…` in the last cell: text hidden on the right.
    right: bool,
    /// Cells left for text.
    avail: usize,
}

impl HView {
    /// The view of a line `total` columns wide in `width` cells, with the
    /// cursor at column `cur` on a grapheme `cur_w` wide (0 at the end),
    /// moving the previous `scroll` as little as possible.
    fn new(total: usize, cur: usize, cur_w: usize, width: usize, scroll: usize) -> Self {
        // Edge markers need a cell each and leave at least one for text.
        let markers = width >= 3;
        let min_avail = if markers { width - 2 } else { width };
        // The cursor cell (and, room permitting, the whole grapheme under
        // it) must be visible.
        let cur_w = cur_w.clamp(1, min_avail.max(1));
        let needed = total.max(cur + cur_w);
        let plain = |scroll| HView {
            scroll,
            left: false,
            right: false,
            avail: width,
        };
        if needed <= width {
            return plain(0);
        }
        let view = |scroll: usize| {
            if !markers {
                return plain(scroll);
            }
            let left = scroll > 0;
            let room = width - usize::from(left);
            let right = needed > scroll + room;
            HView {
                scroll,
                left,
                right,
                avail: room - usize::from(right),
            }
        };
        // Do not keep blank space on the right once text was deleted.
        let max_scroll = needed - if markers { width - 1 } else { width };
        let mut scroll = scroll.min(max_scroll);
        if cur < scroll {
            scroll = cur;
        }
        let v = view(scroll);
        if cur + cur_w <= v.scroll + v.avail {
            return v;
        }
        // Scroll right just enough: first try with no right marker (the
        // cursor is near the end), else with both.
        let v = view((cur + cur_w).saturating_sub(width - usize::from(markers)));
        if cur + cur_w <= v.scroll + v.avail {
            return v;
        }
        view((cur + cur_w).saturating_sub(min_avail))
    }
}

fn set_symbol(buf: &mut Buffer, x: u16, y: u16, symbol: &str) {
    // The cells a wide symbol covers were blanked by `render`, which is what
    // ratatui's own `set_stringn` leaves there.
    buf[(x, y)].set_symbol(symbol);
}

/// Column offsets inside an area always fit the area's `u16` size.
fn to_u16(n: usize) -> u16 {
    u16::try_from(n).unwrap_or(u16::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use ratatui::buffer::CellWidth;

    const NONE: KeyModifiers = KeyModifiers::NONE;
    const CTRL: KeyModifiers = KeyModifiers::CONTROL;
    const ALT: KeyModifiers = KeyModifiers::ALT;
    const SHIFT: KeyModifiers = KeyModifiers::SHIFT;

    fn key(code: KeyCode, mods: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, mods)
    }

    fn press(f: &mut TextField, code: KeyCode) -> FieldEvent {
        f.handle_key(key(code, NONE))
    }

    fn chord(f: &mut TextField, code: KeyCode, mods: KeyModifiers) -> FieldEvent {
        f.handle_key(key(code, mods))
    }

    /// Types `s` one code point per key event, the way terminals deliver it.
    fn type_str(f: &mut TextField, s: &str) {
        for c in s.chars() {
            assert_eq!(
                press(f, KeyCode::Char(c)),
                FieldEvent::Edited,
                "typing {c:?}"
            );
        }
    }

    fn typed(s: &str) -> TextField {
        let mut f = TextField::single_line("");
        type_str(&mut f, s);
        f
    }

    /// What is left of the cursor.
    fn before(f: &TextField) -> &str {
        &f.text()[..f.cursor()]
    }

    /// Renders into a fresh buffer; returns the buffer and cursor.
    fn draw(f: &mut TextField, w: u16, h: u16) -> (Buffer, Option<Position>) {
        let area = Rect::new(0, 0, w, h);
        let mut buf = Buffer::empty(area);
        let pos = f.render(area, &mut buf, Style::default(), true);
        (buf, pos)
    }

    /// The rows of `buf` as a terminal shows them: a wide symbol's hidden
    /// cells are skipped. Rows are fenced with `|` so trailing blanks show.
    fn screen(buf: &Buffer) -> Vec<String> {
        let a = buf.area;
        (a.top()..a.bottom())
            .map(|y| {
                let mut row = String::from("|");
                let mut skip = 0;
                for x in a.left()..a.right() {
                    if skip > 0 {
                        skip -= 1;
                        continue;
                    }
                    let sym = buf[(x, y)].symbol();
                    row.push_str(sym);
                    skip = usize::from(sym.cell_width()).saturating_sub(1);
                }
                row.push('|');
                row
            })
            .collect()
    }

    fn snapshot_of(f: &mut TextField, w: u16, h: u16) -> String {
        let (buf, pos) = draw(f, w, h);
        let pos = pos.expect("focused");
        format!(
            "{}\ncursor: ({}, {})",
            screen(&buf).join("\n"),
            pos.x,
            pos.y
        )
    }

    // ---- typing and deleting whole graphemes ----

    #[test]
    fn skin_tone_emoji_is_one_backspace() {
        let mut f = typed("👍🏽");
        assert_eq!(f.text(), "👍🏽");
        assert_eq!(f.cursor(), f.text().len());
        assert_eq!(press(&mut f, KeyCode::Backspace), FieldEvent::Edited);
        assert_eq!(f.text(), "");
        assert_eq!(press(&mut f, KeyCode::Backspace), FieldEvent::Unchanged);
    }

    #[test]
    fn devanagari_cluster_is_one_backspace() {
        let mut f = typed("नि");
        press(&mut f, KeyCode::Backspace);
        assert_eq!(f.text(), "");
        // Unicode 15.1 conjuncts: स + virama + त + vowel sign is one cluster.
        let mut f = typed("नमस्ते");
        press(&mut f, KeyCode::Backspace);
        assert_eq!(f.text(), "नम");
    }

    #[test]
    fn namaste_left_steps_over_the_conjunct() {
        let mut f = typed("नमस्ते");
        assert_eq!(press(&mut f, KeyCode::Left), FieldEvent::Moved);
        // Not before `ते`: with unicode-segmentation's Unicode 15.1 rules
        // `स्ते` is a single extended grapheme cluster.
        assert_eq!(before(&f), "नम");
        press(&mut f, KeyCode::Left);
        assert_eq!(before(&f), "न");
        press(&mut f, KeyCode::Left);
        press(&mut f, KeyCode::Left);
        assert_eq!(f.cursor(), 0);
        assert_eq!(press(&mut f, KeyCode::Left), FieldEvent::Unchanged);
        press(&mut f, KeyCode::Right);
        assert_eq!(before(&f), "न");
    }

    #[test]
    fn zwj_family_and_flag_delete_whole() {
        let mut f = typed("👩‍👩‍👧x🇳🇵");
        press(&mut f, KeyCode::Home);
        assert_eq!(press(&mut f, KeyCode::Delete), FieldEvent::Edited);
        assert_eq!(f.text(), "x🇳🇵");
        press(&mut f, KeyCode::End);
        press(&mut f, KeyCode::Backspace);
        assert_eq!(f.text(), "x");
        assert_eq!(press(&mut f, KeyCode::Delete), FieldEvent::Unchanged);
    }

    #[test]
    fn combining_accent_goes_with_its_letter() {
        let mut f = typed("cafe\u{301}");
        assert_eq!(crate::text::width(f.text()), 4);
        press(&mut f, KeyCode::Left);
        assert_eq!(before(&f), "caf");
        press(&mut f, KeyCode::Delete);
        assert_eq!(f.text(), "caf");
    }

    #[test]
    fn typing_that_merges_clusters_keeps_cursor_on_a_boundary() {
        let mut f = TextField::single_line("🇳🇵");
        press(&mut f, KeyCode::Home);
        // A lone regional indicator before a flag re-pairs the indicators.
        press(&mut f, KeyCode::Char('🇳'));
        assert!(text::is_boundary(f.text(), f.cursor()));
        // A skin tone typed in the middle of text joins the emoji before it.
        let mut f = typed("👍x");
        press(&mut f, KeyCode::Left);
        press(&mut f, KeyCode::Char('\u{1F3FD}'));
        assert_eq!(f.text(), "👍🏽x");
        assert_eq!(before(&f), "👍🏽");
    }

    #[test]
    fn cjk_cursor_moves_two_columns_per_character() {
        let mut f = typed("你好世界");
        let (_, pos) = draw(&mut f, 20, 1);
        assert_eq!(pos, Some(Position::new(8, 0)));
        press(&mut f, KeyCode::Left);
        let (_, pos) = draw(&mut f, 20, 1);
        assert_eq!(pos, Some(Position::new(6, 0)));
        press(&mut f, KeyCode::Backspace);
        assert_eq!(f.text(), "你好界");
        let (_, pos) = draw(&mut f, 20, 1);
        assert_eq!(pos, Some(Position::new(4, 0)));
    }

    #[test]
    fn arabic_home_end_and_words() {
        let s = "مرحبا بالعالم";
        let mut f = typed(s);
        assert_eq!(press(&mut f, KeyCode::Home), FieldEvent::Moved);
        assert_eq!(f.cursor(), 0);
        assert_eq!(press(&mut f, KeyCode::End), FieldEvent::Moved);
        assert_eq!(f.cursor(), s.len());
        assert_eq!(press(&mut f, KeyCode::End), FieldEvent::Unchanged);
        chord(&mut f, KeyCode::Left, CTRL);
        assert_eq!(before(&f), "مرحبا ");
        chord(&mut f, KeyCode::Char('a'), CTRL);
        assert_eq!(f.cursor(), 0);
        chord(&mut f, KeyCode::Char('e'), CTRL);
        assert_eq!(f.cursor(), s.len());
        // Logical order: the cursor column counts from the start of the
        // string (the terminal, not us, decides about right-to-left display).
        let (_, pos) = draw(&mut f, 20, 1);
        assert_eq!(pos, Some(Position::new(13, 0)));
    }

    #[test]
    fn word_movement_cyrillic() {
        let mut f = typed("Привет, мир");
        chord(&mut f, KeyCode::Left, CTRL);
        assert_eq!(before(&f), "Привет, ");
        chord(&mut f, KeyCode::Char('b'), ALT);
        assert_eq!(before(&f), "Привет");
        chord(&mut f, KeyCode::Left, ALT);
        assert_eq!(f.cursor(), 0);
        chord(&mut f, KeyCode::Right, CTRL);
        assert_eq!(before(&f), "Привет");
        chord(&mut f, KeyCode::Char('f'), ALT);
        assert_eq!(before(&f), "Привет,");
        chord(&mut f, KeyCode::Right, ALT);
        assert_eq!(f.cursor(), f.text().len());
        assert_eq!(chord(&mut f, KeyCode::Right, CTRL), FieldEvent::Unchanged);
    }

    #[test]
    fn delete_previous_word_bindings() {
        for (code, mods) in [
            (KeyCode::Backspace, CTRL),
            (KeyCode::Backspace, ALT),
            (KeyCode::Char('w'), CTRL),
            (KeyCode::Char('h'), CTRL),
        ] {
            let mut f = typed("नमस्ते काठमाडौं 👍🏽");
            assert_eq!(
                chord(&mut f, code, mods),
                FieldEvent::Edited,
                "{code:?} {mods:?}"
            );
            assert_eq!(f.text(), "नमस्ते काठमाडौं ", "{code:?} {mods:?}");
            chord(&mut f, code, mods);
            assert_eq!(f.text(), "नमस्ते ");
            chord(&mut f, code, mods);
            assert_eq!(f.text(), "");
            assert_eq!(chord(&mut f, code, mods), FieldEvent::Unchanged);
        }
    }

    #[test]
    fn delete_next_word_bindings() {
        for (code, mods) in [
            (KeyCode::Delete, CTRL),
            (KeyCode::Delete, ALT),
            (KeyCode::Char('d'), ALT),
        ] {
            let mut f = typed("你好 мир");
            press(&mut f, KeyCode::Home);
            chord(&mut f, code, mods);
            // Each ideograph is a word of its own for UAX #29.
            assert_eq!(f.text(), "好 мир");
            chord(&mut f, code, mods);
            chord(&mut f, code, mods);
            assert_eq!(f.text(), "");
        }
    }

    #[test]
    fn kill_to_line_start_and_end_stay_on_the_line() {
        let mut f = TextField::multi_line("first\nsecond line\nthird");
        chord(&mut f, KeyCode::Home, CTRL);
        press(&mut f, KeyCode::Down);
        for _ in 0..3 {
            press(&mut f, KeyCode::Right);
        }
        assert_eq!(chord(&mut f, KeyCode::Char('k'), CTRL), FieldEvent::Edited);
        assert_eq!(f.text(), "first\nsec\nthird");
        assert_eq!(
            chord(&mut f, KeyCode::Char('k'), CTRL),
            FieldEvent::Unchanged
        );
        assert_eq!(chord(&mut f, KeyCode::Char('u'), CTRL), FieldEvent::Edited);
        assert_eq!(f.text(), "first\n\nthird");
        assert_eq!(
            chord(&mut f, KeyCode::Char('u'), CTRL),
            FieldEvent::Unchanged
        );
        // Single-line: the whole text is the line.
        let mut f = typed("Привет мир");
        chord(&mut f, KeyCode::Left, CTRL);
        chord(&mut f, KeyCode::Char('u'), CTRL);
        assert_eq!(f.text(), "мир");
        assert_eq!(f.cursor(), 0);
    }

    #[test]
    fn home_end_are_per_line_ctrl_home_end_per_text() {
        let mut f = TextField::multi_line("नमस्ते\nمرحبا\n你好");
        press(&mut f, KeyCode::Up);
        assert_eq!(before(&f), "नमस्ते\nمرحب");
        press(&mut f, KeyCode::Home);
        assert_eq!(before(&f), "नमस्ते\n");
        press(&mut f, KeyCode::End);
        assert_eq!(before(&f), "नमस्ते\nمرحبا");
        chord(&mut f, KeyCode::Char('a'), CTRL);
        assert_eq!(before(&f), "नमस्ते\n");
        chord(&mut f, KeyCode::Char('e'), CTRL);
        assert_eq!(before(&f), "नमस्ते\nمرحبا");
        chord(&mut f, KeyCode::Home, CTRL);
        assert_eq!(f.cursor(), 0);
        chord(&mut f, KeyCode::End, CTRL);
        assert_eq!(f.cursor(), f.text().len());
    }

    #[test]
    fn enter_submits_single_line_and_breaks_multi_line() {
        let mut f = typed("Ana");
        assert_eq!(press(&mut f, KeyCode::Enter), FieldEvent::Submit);
        assert_eq!(chord(&mut f, KeyCode::Char('j'), CTRL), FieldEvent::Submit);
        assert_eq!(f.text(), "Ana");

        let mut f = TextField::multi_line("ab");
        press(&mut f, KeyCode::Left);
        assert_eq!(press(&mut f, KeyCode::Enter), FieldEvent::Edited);
        assert_eq!(f.text(), "a\nb");
        assert_eq!(chord(&mut f, KeyCode::Char('j'), CTRL), FieldEvent::Edited);
        assert_eq!(chord(&mut f, KeyCode::Enter, SHIFT), FieldEvent::Edited);
        assert_eq!(f.text(), "a\n\n\nb");
        assert_eq!(before(&f), "a\n\n\n");

        for mut f in [TextField::single_line("x"), TextField::multi_line("x")] {
            assert_eq!(chord(&mut f, KeyCode::Enter, ALT), FieldEvent::Submit);
            assert_eq!(chord(&mut f, KeyCode::Enter, CTRL), FieldEvent::Submit);
            assert_eq!(chord(&mut f, KeyCode::Char('s'), CTRL), FieldEvent::Submit);
            assert_eq!(f.text(), "x");
        }
    }

    #[test]
    fn keys_for_the_form_are_ignored() {
        for mut f in [TextField::single_line("abc"), TextField::multi_line("abc")] {
            for (code, mods) in [
                (KeyCode::Tab, NONE),
                (KeyCode::BackTab, SHIFT),
                (KeyCode::Esc, NONE),
                (KeyCode::F(1), NONE),
                (KeyCode::PageDown, NONE),
                (KeyCode::Char('x'), CTRL),
                (KeyCode::Char('S'), CTRL | SHIFT),
                (KeyCode::Char('x'), ALT),
                (KeyCode::Char('v'), KeyModifiers::SUPER),
                (KeyCode::Up, CTRL),
                (KeyCode::Down, ALT),
            ] {
                assert_eq!(
                    chord(&mut f, code, mods),
                    FieldEvent::Ignored,
                    "{code:?} {mods:?}"
                );
            }
            let release = KeyEvent::new_with_kind(KeyCode::Char('z'), NONE, KeyEventKind::Release);
            assert_eq!(f.handle_key(release), FieldEvent::Ignored);
            assert_eq!(f.text(), "abc");
        }
        let mut f = typed("abc");
        assert_eq!(press(&mut f, KeyCode::Up), FieldEvent::Ignored);
        assert_eq!(press(&mut f, KeyCode::Down), FieldEvent::Ignored);
    }

    #[test]
    fn shift_altgr_and_repeat_type_text() {
        let mut f = typed("");
        assert_eq!(chord(&mut f, KeyCode::Char('A'), SHIFT), FieldEvent::Edited);
        assert_eq!(
            chord(&mut f, KeyCode::Char('@'), CTRL | ALT),
            FieldEvent::Edited
        );
        assert_eq!(
            chord(&mut f, KeyCode::Char('€'), CTRL | ALT | SHIFT),
            FieldEvent::Edited
        );
        let repeat = KeyEvent::new_with_kind(KeyCode::Char('z'), NONE, KeyEventKind::Repeat);
        assert_eq!(f.handle_key(repeat), FieldEvent::Edited);
        assert_eq!(f.text(), "A@€z");
    }

    #[test]
    fn up_down_follow_wrapped_rows_and_keep_the_column() {
        // Width 6 wraps at 5: "aaaa " / "bbbb " / "cccc".
        let mut f = TextField::multi_line("aaaa bbbb cccc");
        draw(&mut f, 6, 3);
        assert_eq!(press(&mut f, KeyCode::Up), FieldEvent::Moved);
        assert_eq!(before(&f), "aaaa bbbb");
        press(&mut f, KeyCode::Up);
        assert_eq!(before(&f), "aaaa");
        assert_eq!(press(&mut f, KeyCode::Up), FieldEvent::Moved);
        assert_eq!(f.cursor(), 0);
        assert_eq!(press(&mut f, KeyCode::Up), FieldEvent::Ignored);
        // Back down to the column the movement started from.
        press(&mut f, KeyCode::Down);
        assert_eq!(before(&f), "aaaa bbbb");
        press(&mut f, KeyCode::Down);
        assert_eq!(f.cursor(), f.text().len());
        assert_eq!(press(&mut f, KeyCode::Down), FieldEvent::Ignored);
    }

    #[test]
    fn preferred_column_survives_short_and_wide_rows() {
        let mut f = TextField::multi_line("abcdef\nab\n你好世界");
        draw(&mut f, 20, 5);
        chord(&mut f, KeyCode::Home, CTRL);
        for _ in 0..5 {
            press(&mut f, KeyCode::Right);
        }
        press(&mut f, KeyCode::Down);
        assert_eq!(before(&f), "abcdef\nab");
        press(&mut f, KeyCode::Down);
        // Column 5 falls inside 世: the cursor stops before it, at column 4.
        assert_eq!(before(&f), "abcdef\nab\n你好");
        let (_, pos) = draw(&mut f, 20, 5);
        assert_eq!(pos, Some(Position::new(4, 2)));
        press(&mut f, KeyCode::Up);
        press(&mut f, KeyCode::Up);
        assert_eq!(before(&f), "abcde");
        // Any other key forgets the column.
        press(&mut f, KeyCode::Home);
        press(&mut f, KeyCode::Right);
        press(&mut f, KeyCode::Down);
        assert_eq!(before(&f), "abcdef\na");
        press(&mut f, KeyCode::Down);
        assert_eq!(before(&f), "abcdef\nab\n");
    }

    #[test]
    fn paste_is_cleaned_for_the_field_kind() {
        let mut f = TextField::single_line("[]");
        press(&mut f, KeyCode::Left);
        assert_eq!(f.insert_str("a\r\nb\tc\u{7}d\ne\rf"), FieldEvent::Edited);
        assert_eq!(f.text(), "[a b cd e f]");
        assert_eq!(before(&f), "[a b cd e f");
        assert_eq!(f.insert_str("\u{1b}\u{7}"), FieldEvent::Unchanged);

        let mut f = TextField::multi_line("");
        f.insert_str("नमस्ते\r\nمرحبا\r你好\n\t👍🏽\u{0}\u{2028}");
        assert_eq!(f.text(), "नमस्ते\nمرحبا\n你好\n 👍🏽\n");
        assert_eq!(f.cursor(), f.text().len());

        let mut f = TextField::single_line("x");
        f.set_text("two\nlines");
        assert_eq!(f.text(), "two lines");
        assert_eq!(f.cursor(), f.text().len());
        assert!(!f.is_multiline());
        assert!(TextField::multi_line("").is_multiline());
    }

    // ---- rendering ----

    #[test]
    fn empty_field_is_blank_with_cursor_at_origin() {
        let f = TextField::single_line("");
        let area = Rect::new(2, 1, 4, 2);
        let mut buf = Buffer::with_lines(["xxxxxxxx", "xxxxxxxx", "xxxxxxxx"]);
        let pos = f.render(area, &mut buf, Style::default(), true);
        assert_eq!(pos, Some(Position::new(2, 1)));
        assert_eq!(screen(&buf), ["|xxxxxxxx|", "|xx    xx|", "|xx    xx|"]);
        assert_eq!(f.render(area, &mut buf, Style::default(), false), None);
    }

    #[test]
    fn single_line_scrolls_with_ellipsis_markers() {
        let mut f = typed("hello world");
        assert_eq!(snapshot_of(&mut f, 6, 1), "|…orld |\ncursor: (5, 0)");
        press(&mut f, KeyCode::Home);
        assert_eq!(snapshot_of(&mut f, 6, 1), "|hello…|\ncursor: (0, 0)");
        // The view stays put while the cursor is inside it.
        for _ in 0..4 {
            press(&mut f, KeyCode::Right);
        }
        assert_eq!(snapshot_of(&mut f, 6, 1), "|hello…|\ncursor: (4, 0)");
        press(&mut f, KeyCode::Right);
        press(&mut f, KeyCode::Right);
        assert_eq!(snapshot_of(&mut f, 6, 1), "|…lo w…|\ncursor: (4, 0)");
        // Unfocused: the start of the text.
        let area = Rect::new(0, 0, 6, 1);
        let mut buf = Buffer::empty(area);
        assert_eq!(f.render(area, &mut buf, Style::default(), false), None);
        assert_eq!(screen(&buf), ["|hello…|"]);
        // Fits exactly with the cursor on the last character.
        let mut f = typed("abcdef");
        press(&mut f, KeyCode::Left);
        assert_eq!(snapshot_of(&mut f, 6, 1), "|abcdef|\ncursor: (5, 0)");
        press(&mut f, KeyCode::End);
        assert_eq!(snapshot_of(&mut f, 6, 1), "|…cdef |\ncursor: (5, 0)");
        // Deleting brings hidden text back instead of leaving blanks.
        press(&mut f, KeyCode::Backspace);
        assert_eq!(snapshot_of(&mut f, 6, 1), "|abcde |\ncursor: (5, 0)");
    }

    #[test]
    fn wide_graphemes_are_never_cut() {
        let mut f = typed("你好世界");
        // At the end: the view starts at 界.
        assert_eq!(snapshot_of(&mut f, 4, 1), "|…界 |\ncursor: (3, 0)");
        // At the start: 好 would straddle the marker, so a blank.
        press(&mut f, KeyCode::Home);
        assert_eq!(snapshot_of(&mut f, 4, 1), "|你 …|\ncursor: (0, 0)");
        // Scrolled into the middle of 好: blank on the left.
        let mut f = typed("你好a");
        assert_eq!(snapshot_of(&mut f, 4, 1), "|… a |\ncursor: (3, 0)");
        // Emoji and flags are 2 columns, the cursor after them too.
        let mut f = typed("👍🏽🇳🇵👩‍👩‍👧");
        assert_eq!(snapshot_of(&mut f, 8, 1), "|👍🏽🇳🇵👩‍👩‍👧  |\ncursor: (6, 0)");
    }

    #[test]
    fn tiny_areas_keep_the_cursor_inside() {
        let mut f = typed("你好世界");
        assert_eq!(snapshot_of(&mut f, 1, 1), "| |\ncursor: (0, 0)");
        assert_eq!(snapshot_of(&mut f, 2, 1), "|  |\ncursor: (1, 0)");
        press(&mut f, KeyCode::Left);
        assert_eq!(snapshot_of(&mut f, 2, 1), "|界|\ncursor: (0, 0)");
        assert_eq!(snapshot_of(&mut f, 1, 1), "| |\ncursor: (0, 0)");
        let mut f = TextField::multi_line("你好");
        assert_eq!(snapshot_of(&mut f, 1, 1), "| |\ncursor: (0, 0)");
        assert_eq!(snapshot_of(&mut f, 2, 2), "|你|\n|好|\ncursor: (1, 1)");
        // Unfocused with the cursor scrolled out of view (found by proptest).
        let mut f = TextField::multi_line("hello\nhello");
        draw(&mut f, 1, 1);
        chord(&mut f, KeyCode::Home, CTRL);
        let area = Rect::new(0, 0, 1, 1);
        let mut buf = Buffer::empty(area);
        assert_eq!(f.render(area, &mut buf, Style::default(), false), None);
    }

    #[test]
    fn multi_line_wraps_and_scrolls_to_the_cursor() {
        let mut f = TextField::multi_line("one two three four five");
        assert_eq!(
            snapshot_of(&mut f, 6, 2),
            "|four  |\n|five  |\ncursor: (4, 1)"
        );
        chord(&mut f, KeyCode::Home, CTRL);
        assert_eq!(
            snapshot_of(&mut f, 6, 2),
            "|one   |\n|two   |\ncursor: (0, 0)"
        );
        // A full row keeps a free column for the cursor at its end.
        let mut f = TextField::multi_line("abcde\nxy");
        press(&mut f, KeyCode::Up);
        press(&mut f, KeyCode::End);
        assert_eq!(
            snapshot_of(&mut f, 6, 2),
            "|abcde |\n|xy    |\ncursor: (5, 0)"
        );
        // Spaces past the edge hang: the cursor waits in the last column.
        let mut f = TextField::multi_line("abcde   ");
        assert_eq!(
            snapshot_of(&mut f, 6, 2),
            "|abcde |\n|      |\ncursor: (5, 0)"
        );
        press(&mut f, KeyCode::Char('x'));
        assert_eq!(
            snapshot_of(&mut f, 6, 2),
            "|abcde |\n|x     |\ncursor: (1, 1)"
        );
    }

    #[test]
    fn snapshot_single_line_scripts() {
        let mut out = Vec::new();
        let mut f =
            TextField::single_line("Ana: नमस्ते काठमाडौं, مرحبا بالعالم, Привет, 你好世界 👍🏽🇳🇵");
        for w in [40, 12, 5, 3] {
            out.push(format!(
                "width {w}, cursor at end:\n{}",
                snapshot_of(&mut f, w, 1)
            ));
        }
        chord(&mut f, KeyCode::Home, CTRL);
        for _ in 0..6 {
            chord(&mut f, KeyCode::Right, CTRL);
        }
        out.push(format!(
            "width 12, after 6 words:\n{}",
            snapshot_of(&mut f, 12, 1)
        ));
        insta::with_settings!({ prepend_module_to_snapshot => false }, {
            insta::assert_snapshot!("text_field_single_line_scripts", out.join("\n\n"));
        });
    }

    #[test]
    fn snapshot_multi_line_scripts() {
        let mut f = TextField::multi_line(
            "नमस्ते काठमाडौं\nمرحبا بالعالم 👩‍👩‍👧 👍🏽\n你好世界你好世界\n\nПривет, мир! 🇳🇵",
        );
        let mut out = vec![format!(
            "12x6, cursor at end:\n{}",
            snapshot_of(&mut f, 12, 6)
        )];
        chord(&mut f, KeyCode::Home, CTRL);
        press(&mut f, KeyCode::Down);
        press(&mut f, KeyCode::Down);
        out.push(format!(
            "12x4, two rows down:\n{}",
            snapshot_of(&mut f, 12, 4)
        ));
        insta::with_settings!({ prepend_module_to_snapshot => false }, {
            insta::assert_snapshot!("text_field_multi_line_scripts", out.join("\n\n"));
        });
    }

    // ---- agreement with ratatui's own measuring ----

    const SAMPLES: &[&str] = &[
        "hello",
        "مرحبا بالعالم",
        "नमस्ते काठमाडौं",
        "नि",
        "Привет",
        "你好世界",
        "👩‍👩‍👧",
        "👍🏽",
        "🇳🇵",
        "🇳",
        "e\u{301}",
        "é",
        "\u{301}",
        "\u{200B}",
        "\u{200D}",
        "❤\u{FE0F}",
        "ﾊﾞ",
        "…",
        "\u{3000}",
    ];

    #[test]
    fn widths_agree_with_ratatui() {
        for s in SAMPLES {
            for g in s.graphemes(true) {
                assert_eq!(
                    text::grapheme_width(g),
                    usize::from(g.cell_width()),
                    "{g:?}"
                );
            }
            let mut buf = Buffer::empty(Rect::new(0, 0, 80, 1));
            let (x, _) = buf.set_stringn(0, 0, s, usize::MAX, Style::default());
            assert_eq!(usize::from(x), text::width(s), "{s:?}");
        }
    }

    // ---- properties ----

    /// Code points that build the awkward clusters when typed one by one.
    const CHARS: &[char] = &[
        'a',
        'Z',
        ' ',
        '-',
        'न',
        'ि',
        '्',
        'त',
        'े',
        'म',
        'ر',
        'م',
        'П',
        'и',
        '你',
        '好',
        '👍',
        '\u{1F3FD}',
        '\u{200D}',
        '👩',
        '👧',
        '🇳',
        '🇵',
        'e',
        '\u{301}',
        '\u{FE0F}',
        '❤',
        'ﾊ',
        'ﾞ',
        '\u{200B}',
        '\u{7}',
        '\t',
        '\n',
    ];

    #[derive(Debug, Clone)]
    enum Action {
        Key(KeyEvent),
        Paste(String),
        Render { w: u16, h: u16, focused: bool },
    }

    fn key_event() -> impl Strategy<Value = KeyEvent> {
        let code = prop_oneof![
            4 => prop::sample::select(CHARS).prop_map(KeyCode::Char),
            1 => prop::sample::select(&['a', 'b', 'd', 'e', 'f', 'h', 'j', 'k', 's', 'u', 'w'][..])
                .prop_map(KeyCode::Char),
            4 => prop::sample::select(&[
                KeyCode::Backspace, KeyCode::Delete, KeyCode::Left, KeyCode::Right,
                KeyCode::Up, KeyCode::Down, KeyCode::Home, KeyCode::End, KeyCode::Enter,
                KeyCode::Tab, KeyCode::Esc,
            ][..]),
        ];
        let mods = prop::sample::select(vec![NONE, NONE, NONE, SHIFT, CTRL, ALT, CTRL | ALT]);
        let kind = prop::sample::select(vec![
            KeyEventKind::Press,
            KeyEventKind::Press,
            KeyEventKind::Repeat,
            KeyEventKind::Release,
        ]);
        (code, mods, kind).prop_map(|(c, m, k)| KeyEvent::new_with_kind(c, m, k))
    }

    fn action() -> impl Strategy<Value = Action> {
        prop_oneof![
            8 => key_event().prop_map(Action::Key),
            1 => prop_oneof![
                prop::collection::vec(prop::sample::select(SAMPLES), 0..4).prop_map(|v| v.join("\r\n")),
                any::<String>(),
            ].prop_map(Action::Paste),
            2 => (0u16..6, 0u16..4, any::<bool>())
                .prop_map(|(w, h, focused)| Action::Render { w, h, focused }),
        ]
    }

    fn check_invariants(f: &TextField) -> Result<(), TestCaseError> {
        prop_assert!(
            text::is_boundary(f.text(), f.cursor()),
            "cursor {} in {:?}",
            f.cursor(),
            f.text()
        );
        let allowed = |c: char| f.is_multiline() && c == '\n';
        prop_assert!(
            !f.text().chars().any(|c| c.is_control() && !allowed(c)),
            "{:?}",
            f.text()
        );
        Ok(())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(384))]

        #[test]
        fn random_editing_keeps_invariants(
            multiline in any::<bool>(),
            initial in prop::sample::select(SAMPLES),
            actions in prop::collection::vec(action(), 0..60),
        ) {
            let mut f = if multiline { TextField::multi_line(initial) } else { TextField::single_line(initial) };
            check_invariants(&f)?;
            for a in actions {
                let (text0, cursor0) = (f.text().to_owned(), f.cursor());
                match a {
                    Action::Key(k) => {
                        let ev = f.handle_key(k);
                        let edited = f.text() != text0;
                        prop_assert_eq!(ev == FieldEvent::Edited, edited, "{:?} -> {:?}", k, ev);
                        if ev == FieldEvent::Moved {
                            prop_assert_ne!(f.cursor(), cursor0);
                        }
                        if matches!(ev, FieldEvent::Unchanged | FieldEvent::Ignored | FieldEvent::Submit) {
                            prop_assert_eq!(f.cursor(), cursor0);
                        }
                    }
                    Action::Paste(s) => {
                        f.insert_str(&s);
                    }
                    Action::Render { w, h, focused } => {
                        let area = Rect::new(1, 1, w, h);
                        let mut buf = Buffer::empty(Rect::new(0, 0, w + 2, h + 2));
                        let pos = f.render(area, &mut buf, Style::default(), focused);
                        if focused && !area.is_empty() {
                            let pos = pos.expect("cursor position");
                            prop_assert!(area.contains(pos), "{:?} outside {:?}", pos, area);
                        } else {
                            prop_assert_eq!(pos, None);
                        }
                        prop_assert_eq!(f.text(), text0.as_str());
                    }
                }
                check_invariants(&f)?;
            }
        }

        #[test]
        fn cursor_is_drawn_where_the_text_before_it_ends(
            s in prop::collection::vec(prop::sample::select(SAMPLES), 0..6).prop_map(|v| v.join(" ")),
            lefts in 0usize..12,
            w in 1u16..30,
        ) {
            // In a single-line field that is wide enough, the cursor column
            // is exactly the display width of the text before it.
            let mut f = TextField::single_line(&s);
            for _ in 0..lefts {
                press(&mut f, KeyCode::Left);
            }
            let fits = text::width(&s) < usize::from(w);
            let (buf, pos) = draw(&mut f, w, 1);
            let pos = pos.expect("focused");
            prop_assert!(pos.x < w);
            if fits {
                prop_assert_eq!(usize::from(pos.x), text::width(before(&f)));
                // And what is drawn is the text itself.
                let shown = screen(&buf)[0].trim_matches('|').trim_end().to_owned();
                let expected: String = s.graphemes(true).filter(|g| text::grapheme_width(g) > 0).collect();
                prop_assert_eq!(shown, expected.trim_end());
            }
        }
    }
}
