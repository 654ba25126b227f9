//! The selected row of a list that can change under it.
//!
//! Panels rebuild their rows from the session at every key and frame, and the
//! session changes behind their back: an undo, a redo, an edit made in another
//! panel. Keeping the selection as an index would silently jump to another
//! item; keeping it by key follows the item wherever it moves, and when the
//! item is gone the selection falls back to the row at the same position
//! (clamped), so it never points past the end.

/// A selection among rows identified by keys of type `K`.
#[derive(Clone, Debug)]
pub struct KeyedSelection<K> {
    key: Option<K>,
    index: usize,
    /// First row shown, kept between frames so the view only scrolls when
    /// the selection would leave it.
    offset: usize,
    /// Rows shown at the last draw: what PgUp/PgDn move by.
    page: usize,
}

impl<K> Default for KeyedSelection<K> {
    fn default() -> Self {
        KeyedSelection {
            key: None,
            index: 0,
            offset: 0,
            page: 10,
        }
    }
}

impl<K: Copy + PartialEq> KeyedSelection<K> {
    /// The selected row among `keys` (see the module docs), or `None` when
    /// there are no rows.
    pub fn resolve(&mut self, keys: &[K]) -> Option<usize> {
        if keys.is_empty() {
            self.index = 0;
            return None;
        }
        match self.key.and_then(|k| keys.iter().position(|x| *x == k)) {
            Some(i) => self.index = i,
            None => {
                self.index = self.index.min(keys.len() - 1);
                self.key = Some(keys[self.index]);
            }
        }
        Some(self.index)
    }

    /// The key of the selected row.
    pub fn selected(&mut self, keys: &[K]) -> Option<K> {
        self.resolve(keys).map(|i| keys[i])
    }

    /// Selects `key`; it takes effect when the rows next contain it (a change
    /// just asked for is applied after the key that asked for it).
    pub fn select(&mut self, key: K) {
        self.key = Some(key);
    }

    /// Moves by `delta` rows, stopping at either end.
    pub fn move_by(&mut self, keys: &[K], delta: isize) {
        if let Some(i) = self.resolve(keys) {
            let j = i.saturating_add_signed(delta).min(keys.len() - 1);
            self.index = j;
            self.key = Some(keys[j]);
        }
    }

    /// Moves by one page (the rows shown at the last draw) up or down.
    pub fn page(&mut self, keys: &[K], down: bool) {
        let page = self.page.max(1) as isize;
        self.move_by(keys, if down { page } else { -page });
    }

    /// The first of `len` rows to show in `visible` rows so that the
    /// selection is in view; call after [`resolve`](Self::resolve).
    pub fn scroll(&mut self, visible: usize, len: usize) -> usize {
        self.page = visible.saturating_sub(1).max(1);
        if visible == 0 {
            return self.offset.min(len);
        }
        if self.index < self.offset {
            self.offset = self.index;
        } else if self.index >= self.offset + visible {
            self.offset = self.index + 1 - visible;
        }
        // No blank rows at the bottom while rows are hidden above (after a
        // deletion, an undo or a taller window).
        self.offset = self.offset.min(len.saturating_sub(visible));
        self.offset
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn follows_its_item_and_falls_back_to_the_same_place() {
        let mut s = KeyedSelection::default();
        assert_eq!(s.resolve(&[] as &[u32]), None);
        s.move_by(&[10, 20, 30], 1);
        assert_eq!(s.selected(&[10, 20, 30]), Some(20));
        // 20 moved to the front: the selection moves with it.
        assert_eq!(s.resolve(&[20, 10, 30]), Some(0));
        // 20 is gone: the row at its last position is selected.
        assert_eq!(s.selected(&[10, 30]), Some(10));
        s.move_by(&[10, 30], 5);
        assert_eq!(s.selected(&[10, 30]), Some(30));
        assert_eq!(s.selected(&[10]), Some(10));
        s.select(99);
        assert_eq!(s.selected(&[10, 99]), Some(99));
    }

    #[test]
    fn scrolls_only_as_far_as_needed() {
        let keys: Vec<u32> = (0..20).collect();
        let mut s = KeyedSelection::default();
        s.resolve(&keys);
        assert_eq!(s.scroll(5, 20), 0);
        s.move_by(&keys, 7);
        assert_eq!(s.scroll(5, 20), 3);
        s.move_by(&keys, -2);
        assert_eq!(s.scroll(5, 20), 3);
        s.page(&keys, true);
        assert_eq!(s.selected(&keys), Some(9));
        s.move_by(&keys, -100);
        assert_eq!(s.scroll(5, 20), 0);
        // Fewer rows than before: no blank rows under the last one.
        s.move_by(&keys, 19);
        assert_eq!(s.scroll(5, 20), 15);
        assert_eq!(s.resolve(&keys[..6]), Some(5));
        assert_eq!(s.scroll(5, 6), 1);
        assert_eq!(s.scroll(0, 6), 1);
    }
}
