//! A table with a detail area for its selected row: under the table on small
//! screens, beside it on wide ones.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use super::put;
use crate::text;
use crate::tui::theme::Theme;

/// Where the detail area goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Placement {
    Below,
    Beside,
}

/// Splits `body` into the table and the detail area: beside the table from
/// `beside_from` columns, else below it taking half the height up to
/// `max_below` rows; no detail area when the body is too short for both.
pub fn split(body: Rect, beside_from: u16, max_below: u16) -> (Rect, Option<(Rect, Placement)>) {
    if body.width >= beside_from && body.width >= 40 {
        let detail_w = (body.width * 2 / 5).clamp(36, 64);
        let table = Rect::new(body.x, body.y, body.width - detail_w - 1, body.height);
        let detail = Rect::new(table.right() + 1, body.y, detail_w, body.height);
        (table, Some((detail, Placement::Beside)))
    } else if body.height >= 10 {
        let detail_h = (body.height / 2).min(max_below);
        let table = Rect::new(body.x, body.y, body.width, body.height - detail_h);
        let detail = Rect::new(body.x, table.bottom(), body.width, detail_h);
        (table, Some((detail, Placement::Below)))
    } else {
        (body, None)
    }
}

/// Draws the frame of the detail area — a rule on its left when beside the
/// table, a rule carrying the title above it when below — and returns the
/// area left for its content.
pub fn detail_frame(
    area: Rect,
    buf: &mut Buffer,
    theme: &Theme,
    title: &str,
    placement: Placement,
) -> Rect {
    let area = area.intersection(buf.area);
    if area.is_empty() {
        return area;
    }
    match placement {
        Placement::Beside => {
            if area.x > buf.area.x {
                for y in area.top()..area.bottom() {
                    put(buf, area.x - 1, y, "│", 1, theme.border);
                }
            }
            put(
                buf,
                area.x + 1,
                area.y,
                title,
                area.width.saturating_sub(1),
                theme.heading,
            );
            Rect::new(
                area.x + 1,
                area.y + 1,
                area.width.saturating_sub(1),
                area.height.saturating_sub(1),
            )
        }
        Placement::Below => {
            put(
                buf,
                area.x,
                area.y,
                &"─".repeat(area.width as usize),
                area.width,
                theme.border,
            );
            put(
                buf,
                area.x + 1,
                area.y,
                &format!(" {title} "),
                area.width.saturating_sub(2),
                theme.heading,
            );
            Rect::new(
                area.x + 1,
                area.y + 1,
                area.width.saturating_sub(2),
                area.height.saturating_sub(1),
            )
        }
    }
}

/// "5/20" at the right end of the title row when not every row fits, so the
/// room knows there is more.
pub fn position(area: Rect, buf: &mut Buffer, theme: &Theme, selected: usize, len: usize) {
    let visible = area.height.saturating_sub(1) as usize;
    if len <= visible {
        return;
    }
    let at = format!(" {}/{len} ", selected + 1);
    let w = text::width(&at) as u16;
    if w < area.width {
        put(buf, area.right() - w, area.y, &at, w, theme.muted);
    }
}

/// A message in the middle of `area` saying what to do, wrapped.
pub fn empty_message(area: Rect, buf: &mut Buffer, theme: &Theme, message: &str) {
    let width = area.width.saturating_sub(4);
    let lines = text::wrap(message, width.max(1) as usize);
    let top = area.y + area.height.saturating_sub(lines.len() as u16) / 2;
    for (i, line) in lines.iter().enumerate() {
        let y = top + i as u16;
        if y >= area.bottom() {
            break;
        }
        let row = message[line.range.clone()].trim_end();
        let x = area.x + area.width.saturating_sub(text::width(row) as u16) / 2;
        put(buf, x, y, row, width, theme.base);
    }
}
