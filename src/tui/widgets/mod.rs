//! Small drawing and list helpers shared by panels.

pub mod bar_chart;
pub mod columns;
pub mod heat_map;
pub mod list;
pub mod master_detail;
pub mod problem_tree;
pub mod record;
pub mod score_table;
pub mod styled_row;
pub mod text_box;

use ratatui::buffer::Buffer;
use ratatui::style::Style;

use crate::text;

/// Writes `s` at (`x`, `y`), cut with an ellipsis to `width` columns; nothing
/// outside the buffer. What it wrote is a field of the frame (see
/// [`crate::tui::bidi::fields`]): right to left, a column's cell reads
/// within itself and never swaps with the next, however close and alike.
pub fn put(buf: &mut Buffer, x: u16, y: u16, s: &str, width: u16, style: Style) {
    let area = buf.area;
    if width == 0 || y < area.top() || y >= area.bottom() || x < area.left() || x >= area.right() {
        return;
    }
    let width = width.min(area.right() - x) as usize;
    crate::tui::bidi::fields::draw(buf, x, y, &text::truncate(s, width), width, style);
}

/// [`put`] on row `y` of `area` (counted from its top), across its width;
/// nothing when the row is below the area.
pub fn put_in(buf: &mut Buffer, area: ratatui::layout::Rect, y: u16, s: &str, style: Style) {
    if y < area.height {
        put(buf, area.x, area.y + y, s, area.width, style);
    }
}
