//! A row of differently styled pieces of text, each drawn where the previous
//! one really ended.
//!
//! Why not ratatui's `Line` of `Span`s: ratatui places each span by the
//! display width of its whole string but draws it grapheme by grapheme, and
//! `unicode-width` measures a few sequences differently as a whole — the
//! Arabic lam-alef «لا» is one column as a string, two as graphemes. A span
//! of Arabic text then overlaps the next span by a column, and a table's
//! columns drift on every Arabic row. Drawing each piece with
//! `Buffer::set_stringn` from the position it returned for the previous one
//! keeps the columns where [`crate::text::fit`] (which measures by grapheme,
//! as `set_stringn` draws) put them.
//!
//! Each piece is a field of the frame ([`crate::tui::bidi::fields`]): right
//! to left, a piece (a column's cell, a marker, a count) reads within
//! itself and never swaps with its neighbours, however close and alike.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;

/// The pieces of one row, left to right.
pub type Pieces = Vec<(String, Style)>;

/// Draws `pieces` on row `y` of `area` (counted from its top), clipped to
/// `area` and to the buffer. Pieces are not cut with an ellipsis here: fit
/// them first (`text::fit`, `text::truncate`).
pub fn draw_row(buf: &mut Buffer, area: Rect, y: u16, pieces: &[(String, Style)]) {
    if y >= area.height {
        return;
    }
    let row = Rect::new(area.x, area.y + y, area.width, 1).intersection(buf.area);
    if row.is_empty() {
        return;
    }
    let mut x = row.x;
    for (piece, style) in pieces {
        if x >= row.right() {
            break;
        }
        let room = usize::from(row.right() - x);
        x = crate::tui::bidi::fields::draw(buf, x, row.y, piece, room, *style);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text;

    #[test]
    fn pieces_after_arabic_stay_in_their_column() {
        let arabic = "سرقة الماشية ليلاً";
        let area = Rect::new(0, 0, 30, 1);
        let mut buf = Buffer::empty(area);
        let cell = text::fit(arabic, 25);
        draw_row(
            &mut buf,
            area,
            0,
            &[(cell, Style::new()), ("X".into(), Style::new())],
        );
        assert_eq!(buf[(25, 0)].symbol(), "X");
    }

    #[test]
    fn each_piece_is_a_field_so_right_to_left_columns_never_swap() {
        // Two Arabic cells in one style one space apart («group», «people»):
        // as pieces they are two fields, and each stays in its own cells.
        let area = Rect::new(0, 0, 12, 1);
        let mut buf = Buffer::empty(area);
        let pieces = [
            ("الفئة".to_string(), Style::new()),
            (" ".to_string(), Style::new()),
            ("العدد".to_string(), Style::new()),
        ];
        let ((), fields) =
            crate::tui::bidi::fields::record(|| draw_row(&mut buf, area, 0, &pieces));
        crate::tui::bidi::reorder(&mut buf, area, true, &fields);
        // «group» (its teh marbuta ﺔ leftmost) stays in the first five
        // cells, «people» (its last dal ﺩ leftmost) in the next five.
        assert_eq!(buf[(0, 0)].symbol(), "\u{FE94}");
        assert_eq!(buf[(6, 0)].symbol(), "\u{FEA9}");
    }

    #[test]
    fn rows_outside_the_area_or_buffer_are_skipped() {
        let mut buf = Buffer::empty(Rect::new(0, 0, 10, 2));
        let piece = [("0123456789abc".to_string(), Style::new())];
        draw_row(&mut buf, Rect::new(0, 0, 10, 2), 2, &piece);
        draw_row(&mut buf, Rect::new(5, 1, 20, 5), 0, &piece);
        draw_row(&mut buf, Rect::new(0, 5, 10, 2), 0, &piece);
        assert_eq!(buf[(9, 1)].symbol(), "4");
        assert_eq!(buf[(0, 0)].symbol(), " ");
    }
}
