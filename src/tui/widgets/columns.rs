//! Table columns that fit the window: the columns that matter always, the
//! others only while they leave the flexible columns enough room, so a table
//! reads well at 80 columns and uses the width at 200.

use std::borrow::Cow;

use ratatui::buffer::Buffer;
use ratatui::style::Style;

use crate::text;
use crate::tui::bidi;

/// One column of a table.
#[derive(Clone, Copy, Debug)]
pub struct Column {
    pub title: &'static str,
    /// The width of a fixed column; the least width of a flexible one.
    pub min: u16,
    /// Share of the spare width; 0 for a fixed column.
    pub grow: u16,
    /// 0: always shown. Higher numbers are added later, in order, while the
    /// minimum widths of all shown columns still fit.
    pub priority: u8,
    /// Numbers read better aligned right.
    pub right: bool,
}

impl Column {
    pub const fn fixed(title: &'static str, width: u16, priority: u8) -> Column {
        Column {
            title,
            min: width,
            grow: 0,
            priority,
            right: false,
        }
    }

    pub const fn flexible(title: &'static str, min: u16, grow: u16, priority: u8) -> Column {
        Column {
            title,
            min,
            grow,
            priority,
            right: false,
        }
    }

    pub const fn right(mut self) -> Column {
        self.right = true;
        self
    }
}

/// The columns laid out for one width: `widths[i]` is `None` when column
/// `i` is hidden.
#[derive(Clone, Debug)]
pub struct Layout {
    /// The table's columns: most tables' are a constant; a column measured
    /// from the catalogue makes them the language's own.
    pub columns: Cow<'static, [Column]>,
    pub widths: Vec<Option<u16>>,
    pub gap: u16,
}

impl Layout {
    /// Chooses the columns that fit in `width` and their widths.
    pub fn fit(columns: impl Into<Cow<'static, [Column]>>, width: u16, gap: u16) -> Layout {
        let columns = columns.into();
        let widths = Self::widths(&columns, width, gap);
        Layout {
            columns,
            widths,
            gap,
        }
    }

    fn widths(columns: &[Column], width: u16, gap: u16) -> Vec<Option<u16>> {
        let needed = |shown: &[bool]| -> u32 {
            let n = shown.iter().filter(|s| **s).count() as u32;
            let mins: u32 = columns
                .iter()
                .zip(shown)
                .filter(|(_, s)| **s)
                .map(|(c, _)| u32::from(c.min))
                .sum();
            mins + n.saturating_sub(1) * u32::from(gap)
        };
        let mut shown: Vec<bool> = columns.iter().map(|c| c.priority == 0).collect();
        let mut priorities: Vec<u8> = columns
            .iter()
            .map(|c| c.priority)
            .filter(|p| *p > 0)
            .collect();
        priorities.sort_unstable();
        priorities.dedup();
        for p in priorities {
            let mut with = shown.clone();
            for (s, c) in with.iter_mut().zip(columns) {
                *s |= c.priority == p;
            }
            if needed(&with) > u32::from(width) {
                break;
            }
            shown = with;
        }

        let count = shown.iter().filter(|s| **s).count() as u16;
        let mut left = width.saturating_sub(count.saturating_sub(1) * gap);
        let mut widths: Vec<Option<u16>> = vec![None; columns.len()];
        // Fixed columns first, left to right, as far as they fit...
        for (i, c) in columns.iter().enumerate() {
            if shown[i] && c.grow == 0 {
                let w = c.min.min(left);
                widths[i] = Some(w);
                left -= w;
            }
        }
        // ...then the flexible ones get their minimum and share the rest by
        // weight (or, when even the minimums do not fit, shrink alike); the
        // last one takes what the divisions leave.
        let flexible: Vec<usize> = (0..columns.len())
            .filter(|&i| shown[i] && columns[i].grow > 0)
            .collect();
        let mins: u32 = flexible.iter().map(|&i| u32::from(columns[i].min)).sum();
        let grow: u32 = flexible.iter().map(|&i| u32::from(columns[i].grow)).sum();
        let total = u32::from(left);
        for (n, &i) in flexible.iter().enumerate() {
            let c = &columns[i];
            let w = if n + 1 == flexible.len() {
                left
            } else if total >= mins {
                (u32::from(c.min) + (total - mins) * u32::from(c.grow) / grow.max(1)) as u16
            } else {
                (total * u32::from(c.min) / mins.max(1)) as u16
            };
            let w = w.min(left);
            widths[i] = Some(w);
            left -= w;
        }
        widths
    }

    pub fn shows(&self, column: usize) -> bool {
        self.widths.get(column).copied().flatten().is_some()
    }

    /// Draws one row of cells, one per column (hidden ones are skipped), each
    /// cut with an ellipsis to its width.
    pub fn draw_row(&self, buf: &mut Buffer, x: u16, y: u16, cells: &[(&str, Style)]) {
        let area = buf.area;
        if y < area.top() || y >= area.bottom() {
            return;
        }
        let mut x = x;
        for ((column, width), (cell, style)) in self.columns.iter().zip(&self.widths).zip(cells) {
            let Some(w) = *width else { continue };
            if x >= area.right() {
                return;
            }
            let w = w.min(area.right() - x);
            let cut = text::truncate(cell, w as usize);
            let shown = if column.right {
                format!(
                    "{}{cut}",
                    " ".repeat((w as usize).saturating_sub(text::width(&cut)))
                )
            } else {
                cut.into_owned()
            };
            buf.set_stringn(x, y, shown, w as usize, *style);
            // Each cell is a field: right-to-left text is reordered within
            // its column and never across into the next.
            bidi::fields::mark(buf, x, y, w);
            x = x.saturating_add(w).saturating_add(self.gap);
        }
    }

    /// The rows one row of cells takes when every cell wraps to its width
    /// (the selected row of a table, read whole), at most `max`.
    pub fn wrapped_height(&self, cells: &[(&str, Style)], max: u16) -> u16 {
        self.widths
            .iter()
            .zip(cells)
            .filter_map(|(w, (cell, _))| w.map(|w| text::wrap(cell, w.max(1) as usize).len()))
            .max()
            .unwrap_or(1)
            .clamp(1, max.max(1) as usize) as u16
    }

    /// Draws one row of cells with each cell wrapped to its width, over at
    /// most `rows` rows (see [`Layout::wrapped_height`]); numbers stay on
    /// the first row, right-aligned as in [`Layout::draw_row`].
    pub fn draw_row_wrapped(
        &self,
        buf: &mut Buffer,
        x: u16,
        y: u16,
        cells: &[(&str, Style)],
        rows: u16,
    ) {
        let area = buf.area;
        let mut x = x;
        for ((column, width), (cell, style)) in self.columns.iter().zip(&self.widths).zip(cells) {
            let Some(w) = *width else { continue };
            if x >= area.right() {
                return;
            }
            let w = w.min(area.right() - x);
            if column.right {
                self.draw_cell(buf, x, y, w, cell, *style, true);
            } else {
                let lines = text::wrap(cell, w.max(1) as usize);
                for (k, line) in lines.iter().take(rows as usize).enumerate() {
                    let mut piece = cell[line.range.clone()].trim_end().to_string();
                    if k + 1 == rows as usize && lines.len() > rows as usize {
                        piece.push_str(text::ELLIPSIS);
                    }
                    self.draw_cell(buf, x, y + k as u16, w, &piece, *style, false);
                }
            }
            x = x.saturating_add(w).saturating_add(self.gap);
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn draw_cell(
        &self,
        buf: &mut Buffer,
        x: u16,
        y: u16,
        w: u16,
        cell: &str,
        style: Style,
        right: bool,
    ) {
        let area = buf.area;
        if y < area.top() || y >= area.bottom() {
            return;
        }
        let cut = text::truncate(cell, w as usize);
        let shown = if right {
            format!(
                "{}{cut}",
                " ".repeat((w as usize).saturating_sub(text::width(&cut)))
            )
        } else {
            cut.into_owned()
        };
        buf.set_stringn(x, y, shown, w as usize, style);
        bidi::fields::mark(buf, x, y, w);
    }

    /// Draws the column titles.
    pub fn draw_titles(&self, buf: &mut Buffer, x: u16, y: u16, style: Style) {
        let cells: Vec<(&str, Style)> = self.columns.iter().map(|c| (c.title, style)).collect();
        self.draw_row(buf, x, y, &cells);
    }

    /// Draws `titles` (one per column, in the columns' order: the titles in
    /// the interface language) where [`Layout::draw_titles`] draws theirs.
    pub fn draw_titles_as(&self, buf: &mut Buffer, x: u16, y: u16, titles: &[&str], style: Style) {
        let cells: Vec<(&str, Style)> = self
            .columns
            .iter()
            .enumerate()
            .map(|(i, c)| (titles.get(i).copied().unwrap_or(c.title), style))
            .collect();
        self.draw_row(buf, x, y, &cells);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const COLUMNS: &[Column] = &[
        Column::flexible("activity", 24, 3, 0),
        Column::fixed("who", 14, 0),
        Column::fixed("start", 10, 1),
        Column::fixed("due", 10, 0),
        Column::flexible("with", 16, 1, 2),
    ];

    #[test]
    fn optional_columns_come_with_width() {
        let narrow = Layout::fit(COLUMNS, 76, 2);
        assert_eq!(
            narrow.widths,
            [Some(36), Some(14), Some(10), Some(10), None]
        );
        let wide = Layout::fit(COLUMNS, 131, 2);
        assert!(wide.shows(4));
        let sum: u16 = wide.widths.iter().flatten().sum::<u16>() + 4 * 2;
        assert_eq!(sum, 131);
        // Too narrow even for the required columns: nothing overflows.
        let tiny = Layout::fit(COLUMNS, 20, 2);
        let sum: u16 = tiny.widths.iter().flatten().sum();
        assert!(sum <= 20);
        assert!(!tiny.shows(2));
    }
}
