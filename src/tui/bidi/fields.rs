//! The fields of a frame: where each column's cell, each step of the
//! stepper, each hint of the hint bar lies on its row.
//!
//! The right-to-left pass works on the finished frame, where a table is
//! only cells: two columns of the same style one space apart look like one
//! phrase, and a step of the stepper, drawn in two styles, like two. So
//! the helpers that place text in columns say where they put it, and the
//! pass reorders within a field and never across its edges: columns cannot
//! swap whatever their spacing or style.
//!
//! Views draw into a ratatui `Buffer`, which has no room for such marks, and
//! they take no recorder: hence a record per thread, opened around one
//! frame's drawing by [`record`] and handed to [`super::reorder`]. Outside a
//! record, marking does nothing (a widget drawn in a test of its own).
//!
//! A field remembers what its cells held when it was marked: anything
//! drawn over it later (a popup, a form) no longer matches, and the field
//! is not trusted there.

use std::cell::RefCell;
use std::hash::{DefaultHasher, Hash, Hasher};

use ratatui::buffer::Buffer;

/// One field: `width` cells from `x` on row `y`, and what they held.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Field {
    x: u16,
    y: u16,
    width: u16,
    drawn: u64,
}

/// The fields marked while one frame was drawn.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Fields {
    fields: Vec<Field>,
}

impl Fields {
    /// Marks the `width` cells from `x` on row `y` of `buf` (clipped to it)
    /// as one field, as drawn now. Blank fields are not kept: they hold
    /// nothing to keep together, and text drawn over them later would be
    /// cut where they were.
    pub fn mark(&mut self, buf: &Buffer, x: u16, y: u16, width: u16) {
        let area = buf.area;
        if y < area.top() || y >= area.bottom() || x >= area.right() {
            return;
        }
        let from = x.max(area.left());
        let to = x.saturating_add(width).min(area.right());
        if to <= from || (from..to).all(|x| buf[(x, y)].symbol() == " ") {
            return;
        }
        self.fields.push(Field {
            x: from,
            y,
            width: to - from,
            drawn: fingerprint(buf, from, to, y),
        });
    }

    /// The fields of row `y` still showing what was drawn in them, as
    /// `(from, to)` cell ranges.
    pub(super) fn on_row(&self, buf: &Buffer, y: u16) -> Vec<(u16, u16)> {
        self.fields
            .iter()
            .filter(|f| f.y == y)
            .filter(|f| fingerprint(buf, f.x, f.x + f.width, y) == f.drawn)
            .map(|f| (f.x, f.x + f.width))
            .collect()
    }

    pub fn is_empty(&self) -> bool {
        self.fields.is_empty()
    }
}

/// What cells `from..to` of row `y` show.
fn fingerprint(buf: &Buffer, from: u16, to: u16, y: u16) -> u64 {
    let mut h = DefaultHasher::new();
    for x in from..to {
        buf[(x, y)].symbol().hash(&mut h);
    }
    h.finish()
}

thread_local! {
    static RECORD: RefCell<Option<Fields>> = const { RefCell::new(None) };
}

/// Runs `draw` (one frame's drawing) and returns the fields it marked.
/// Records nest: an inner record's fields are the outer one's too.
pub fn record<T>(draw: impl FnOnce() -> T) -> (T, Fields) {
    /// Puts the outer record back even if `draw` panics.
    struct Restore(Option<Option<Fields>>);
    impl Drop for Restore {
        fn drop(&mut self) {
            if let Some(outer) = self.0.take() {
                RECORD.with(|r| *r.borrow_mut() = outer);
            }
        }
    }
    let outer = RECORD.with(|r| r.borrow_mut().replace(Fields::default()));
    let mut restore = Restore(Some(outer));
    let out = draw();
    let fields = RECORD.with(|r| r.borrow_mut().take()).unwrap_or_default();
    if let Some(Some(outer)) = restore.0.as_mut() {
        outer.fields.extend(fields.fields.iter().cloned());
    }
    drop(restore);
    (out, fields)
}

/// Marks a field in the frame being recorded (see [`Fields::mark`]); does
/// nothing outside [`record`].
pub fn mark(buf: &Buffer, x: u16, y: u16, width: u16) {
    RECORD.with(|r| {
        if let Some(fields) = r.borrow_mut().as_mut() {
            fields.mark(buf, x, y, width);
        }
    });
}

/// Draws `s` from `x` on row `y` of `buf` (at most `width` cells, as
/// `Buffer::set_stringn` does) and marks what it took as one field; returns
/// where it ended.
pub fn draw(
    buf: &mut Buffer,
    x: u16,
    y: u16,
    s: &str,
    width: usize,
    style: ratatui::style::Style,
) -> u16 {
    let end = buf.set_stringn(x, y, s, width, style).0;
    mark(buf, x, y, end.saturating_sub(x));
    end
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::layout::Rect;
    use ratatui::style::Style;

    #[test]
    fn marks_are_kept_only_inside_a_record_and_nest() {
        let mut buf = Buffer::empty(Rect::new(0, 0, 10, 2));
        buf.set_string(0, 0, "abc def", Style::default());
        mark(&buf, 0, 0, 3);
        let ((), outer) = record(|| {
            mark(&buf, 0, 0, 3);
            let ((), inner) = record(|| mark(&buf, 4, 0, 3));
            assert_eq!(inner.on_row(&buf, 0), [(4, 7)]);
        });
        assert_eq!(outer.on_row(&buf, 0), [(0, 3), (4, 7)]);
        let ((), after) = record(|| ());
        assert!(after.is_empty());
    }

    #[test]
    fn a_field_drawn_over_or_blank_is_not_trusted() {
        let mut buf = Buffer::empty(Rect::new(0, 0, 10, 1));
        buf.set_string(0, 0, "abc", Style::default());
        let mut fields = Fields::default();
        fields.mark(&buf, 0, 0, 3);
        fields.mark(&buf, 5, 0, 4);
        fields.mark(&buf, 8, 0, 9);
        assert_eq!(fields.on_row(&buf, 0), [(0, 3)]);
        buf.set_string(1, 0, "x", Style::default());
        assert!(fields.on_row(&buf, 0).is_empty());
    }
}
