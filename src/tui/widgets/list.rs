//! The one list component: which row is selected, which rows are in view,
//! and how the list keys move through them. Every list of the program uses
//! it, so `↑↓`, `PgUp`/`PgDn` and `Home`/`End` behave the same on every
//! screen, and so does the "N–M of K" a list shows when it does not fit.
//!
//! [`Selection`] is a cursor kept by key. Panels rebuild their rows from the
//! session, and the session changes behind their back: an undo, a redo, an
//! edit made in another panel, a re-sort. Keeping the selection as an index
//! would silently jump to another item; keeping it by key follows the item
//! wherever it moves, and when the item is gone the selection falls back to
//! the row at the same position (clamped), so it never points past the end.
//! The panel's "session changed" hook calls [`Selection::anchor`], which
//! makes that neighbour the selection: the cursor stays on the row the room
//! sees, also when the deletion is undone. Drawing never anchors, so what
//! the next key acts on never depends on whether a frame was drawn.
//!
//! [`Scroll`] is a list without a cursor (results, the comparison of
//! cycles): the keys move the first row in view.
//!
//! What a frame has to remember — where the view was, so it only scrolls
//! when the selection would leave it, and how many rows it showed, which is
//! one page — is kept in [`Viewport`]'s cells: drawing takes `&self`, and a
//! frame never changes which item the next key acts on.

use std::cell::Cell;
use std::ops::Range;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use crate::tui::keymap::Action;
use crate::tui::theme::Theme;

/// The rows in view, remembered between frames.
#[derive(Clone, Debug, Default)]
pub struct Viewport {
    /// First row shown at the last draw.
    offset: Cell<usize>,
    /// Rows shown at the last draw: what PgUp/PgDn move by.
    page: Cell<usize>,
    /// Rows in the list at the last draw.
    len: Cell<usize>,
}

impl Viewport {
    /// The rows of a `len`-row list to show in `visible` rows: `focus` in
    /// view, the view moved as little as possible since the last frame, and
    /// no blank rows at the bottom while rows are hidden above (after a
    /// deletion, an undo or a taller window). Remembered for the next frame
    /// and as the page size.
    pub fn window(&self, focus: Option<usize>, len: usize, visible: usize) -> Range<usize> {
        let mut offset = self.offset.get();
        self.len.set(len);
        if visible > 0 {
            self.page.set(visible);
            if let Some(focus) = focus {
                if focus < offset {
                    offset = focus;
                } else if focus >= offset + visible {
                    offset = focus + 1 - visible;
                }
            }
            offset = offset.min(len.saturating_sub(visible));
        }
        let offset = offset.min(len);
        self.offset.set(offset);
        offset..(offset + visible).min(len)
    }

    /// Rows one PgUp/PgDn moves: those shown at the last draw.
    pub fn page(&self) -> usize {
        self.page.get().max(1)
    }
}

/// "11–20 of 40" when a window does not show the whole list; empty when it
/// does.
pub fn range_label(window: &Range<usize>, len: usize) -> String {
    if window.len() >= len {
        String::new()
    } else {
        format!("{}–{} of {len}", window.start + 1, window.end)
    }
}

/// [`range_label`] in `lang` (the room's page words, "11–20 of 40").
pub fn range_label_in(lang: crate::i18n::Lang, window: &Range<usize>, len: usize) -> String {
    if window.len() >= len {
        String::new()
    } else {
        crate::tr!(
            lang,
            "room-page",
            from = window.start + 1,
            to = window.end,
            total = len
        )
    }
}

/// The selected row: reversed across `row`, with ▶ in its first column, so
/// it shows without colour too.
pub fn mark_selected(buf: &mut Buffer, row: Rect, theme: &Theme) {
    let row = row.intersection(buf.area);
    if row.is_empty() {
        return;
    }
    buf.set_style(row, theme.selected);
    buf.set_stringn(row.x, row.y, "▶", 1, theme.selected);
}

/// Where a list key moves a cursor at `at` in a list of `len` rows, one page
/// being `page` rows; `None` for a key that is not a list key.
fn target(action: Action, at: usize, len: usize, page: usize) -> Option<usize> {
    let last = len.saturating_sub(1);
    Some(match action {
        Action::Up => at.saturating_sub(1),
        Action::Down => (at + 1).min(last),
        Action::PageUp => at.saturating_sub(page),
        Action::PageDown => (at + page).min(last),
        Action::First => 0,
        Action::Last => last,
        _ => return None,
    })
}

/// A selection among rows identified by keys of type `K`.
#[derive(Clone, Debug)]
pub struct Selection<K> {
    key: Option<K>,
    index: usize,
    view: Viewport,
}

impl<K> Default for Selection<K> {
    fn default() -> Self {
        Selection {
            key: None,
            index: 0,
            view: Viewport::default(),
        }
    }
}

impl<K: Copy + PartialEq> Selection<K> {
    /// The selected row among `keys` (see the module docs), or `None` when
    /// there are no rows. Changes nothing: drawing calls it.
    pub fn index(&self, keys: &[K]) -> Option<usize> {
        let last = keys.len().checked_sub(1)?;
        Some(
            self.key
                .and_then(|k| keys.iter().position(|x| *x == k))
                .unwrap_or(self.index.min(last)),
        )
    }

    /// The key of the selected row.
    pub fn key(&self, keys: &[K]) -> Option<K> {
        self.index(keys).map(|i| keys[i])
    }

    /// For the "session changed" hook: the row [`index`](Self::index) finds
    /// becomes the selection, so when its item is gone the neighbour that
    /// took its place keeps the cursor.
    pub fn anchor(&mut self, keys: &[K]) {
        match self.index(keys) {
            Some(i) => self.select_at(keys, i),
            None => self.index = 0,
        }
    }

    /// Selects `key`; it takes effect when the rows contain it (a change just
    /// asked for is applied after the key that asked for it). Until then the
    /// row at the same position stays selected.
    pub fn select(&mut self, key: K) {
        self.key = Some(key);
    }

    /// Selects row `i` of `keys` (clamped), or nothing when there are none.
    pub fn select_at(&mut self, keys: &[K], i: usize) {
        if let Some(last) = keys.len().checked_sub(1) {
            self.index = i.min(last);
            self.key = Some(keys[self.index]);
        }
    }

    /// Moves by `delta` rows, stopping at either end.
    pub fn move_by(&mut self, keys: &[K], delta: isize) {
        if let Some(i) = self.index(keys) {
            self.select_at(keys, i.saturating_add_signed(delta));
        }
    }

    /// A list key (`↑↓`, `PgUp`/`PgDn`, `Home`/`End`): moves and returns
    /// true; any other action returns false.
    pub fn navigate(&mut self, keys: &[K], action: Action) -> bool {
        let at = self.index(keys).unwrap_or(0);
        match target(action, at, keys.len(), self.view.page()) {
            Some(to) => {
                self.select_at(keys, to);
                true
            }
            None => false,
        }
    }

    /// The rows to draw in `visible` rows so the selection is in view; see
    /// [`Viewport::window`].
    pub fn window(&self, keys: &[K], visible: usize) -> Range<usize> {
        self.view.window(self.index(keys), keys.len(), visible)
    }

    /// The view, for lists whose focus is not the selection (a line being
    /// typed under the list).
    pub fn viewport(&self) -> &Viewport {
        &self.view
    }
}

/// A list without a cursor: the keys move the first row shown.
#[derive(Clone, Debug, Default)]
pub struct Scroll {
    offset: usize,
    view: Viewport,
}

impl Scroll {
    /// A list key moves the view of a `len`-row list (and returns true); any
    /// other action returns false. It never scrolls past the last page.
    pub fn navigate(&mut self, action: Action, len: usize) -> bool {
        let page = self.view.page();
        let last_top = len.saturating_sub(page);
        let moved = match action {
            Action::Last => Some(last_top),
            _ => target(action, self.offset, len, page),
        };
        match moved {
            Some(top) => {
                self.offset = top.min(last_top);
                true
            }
            None => false,
        }
    }

    /// Rows in the list at the last draw: for a list (wrapped text) only
    /// the frame can count.
    pub fn shown_len(&self) -> usize {
        self.view.len.get()
    }

    /// Whether rows are hidden above and below the last window drawn.
    pub fn more(&self) -> (bool, bool) {
        let top = self.view.offset.get();
        (top > 0, top + self.view.page.get() < self.view.len.get())
    }

    /// Back to the top (what is listed changed).
    pub fn reset(&mut self) {
        self.offset = 0;
    }

    /// The rows to draw in `visible` rows.
    pub fn window(&self, len: usize, visible: usize) -> Range<usize> {
        let top = self.offset.min(len.saturating_sub(visible));
        if visible > 0 {
            self.view.page.set(visible);
        }
        self.view.offset.set(top);
        self.view.len.set(len);
        top..(top + visible).min(len)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn follows_its_item_and_falls_back_to_the_same_place() {
        let mut s = Selection::default();
        assert_eq!(s.index(&[] as &[u32]), None);
        s.move_by(&[10, 20, 30], 1);
        assert_eq!(s.key(&[10, 20, 30]), Some(20));
        // 20 moved to the front: the selection moves with it.
        assert_eq!(s.index(&[20, 10, 30]), Some(0));
        // 20 is gone: the row where it was selected is shown selected...
        assert_eq!(s.key(&[10, 30]), Some(30));
        // ...and, anchored, stays selected when 20 comes back (an undo).
        s.anchor(&[10, 30]);
        assert_eq!(s.key(&[10, 20, 30]), Some(30));
        s.move_by(&[10, 30], 5);
        assert_eq!(s.key(&[10, 30]), Some(30));
        assert_eq!(s.key(&[10]), Some(10));
        s.select(99);
        assert_eq!(s.key(&[10, 99]), Some(99));
    }

    #[test]
    fn scrolls_only_as_far_as_needed() {
        let keys: Vec<u32> = (0..20).collect();
        let mut s = Selection::default();
        assert_eq!(s.window(&keys, 5), 0..5);
        s.move_by(&keys, 7);
        assert_eq!(s.window(&keys, 5), 3..8);
        s.move_by(&keys, -2);
        assert_eq!(s.window(&keys, 5), 3..8);
        // A page is the rows shown.
        assert!(s.navigate(&keys, Action::PageDown));
        assert_eq!(s.key(&keys), Some(10));
        assert!(s.navigate(&keys, Action::First));
        assert_eq!(s.window(&keys, 5), 0..5);
        // Fewer rows than before: no blank rows under the last one.
        assert!(s.navigate(&keys, Action::Last));
        assert_eq!(s.window(&keys, 5), 15..20);
        assert_eq!(s.index(&keys[..6]), Some(5));
        assert_eq!(s.window(&keys[..6], 5), 1..6);
        assert_eq!(s.window(&keys[..6], 0), 1..1);
        assert!(!s.navigate(&keys, Action::Add));
        assert_eq!(range_label(&(1..6), 6), "2–6 of 6");
        assert_eq!(range_label(&(0..6), 6), "");
    }

    #[test]
    fn a_scroll_stops_at_the_last_page() {
        let mut s = Scroll::default();
        assert_eq!(s.window(12, 5), 0..5);
        s.navigate(Action::PageDown, 12);
        assert_eq!(s.window(12, 5), 5..10);
        s.navigate(Action::PageDown, 12);
        assert_eq!(s.window(12, 5), 7..12);
        s.navigate(Action::Down, 12);
        assert_eq!(s.window(12, 5), 7..12);
        s.navigate(Action::First, 12);
        assert_eq!(s.window(12, 5), 0..5);
        s.navigate(Action::Last, 12);
        assert_eq!(s.window(12, 5), 7..12);
        // The list got shorter: the view follows.
        assert_eq!(s.window(3, 5), 0..3);
    }
}
