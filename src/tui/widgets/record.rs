//! A record shown as labelled lines: the label on the left, the value
//! wrapped beside it, and an ellipsis on the last line when the area is too
//! short for all of it.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;

use super::super::theme::Theme;
use crate::text;

/// One labelled value.
#[derive(Clone, Debug)]
pub struct Item<'a> {
    pub label: &'a str,
    pub value: &'a str,
    pub style: Style,
}

impl<'a> Item<'a> {
    pub fn new(label: &'a str, value: &'a str, style: Style) -> Item<'a> {
        Item {
            label,
            value,
            style,
        }
    }
}

/// Draws `items` into `area`; an empty value shows as a muted "—", so the
/// room sees what is still to be filled in. Returns the rows used.
pub fn draw(area: Rect, buf: &mut Buffer, theme: &Theme, items: &[Item]) -> u16 {
    let area = area.intersection(buf.area);
    if area.is_empty() {
        return 0;
    }
    let label_w = items
        .iter()
        .map(|i| text::width(i.label))
        .max()
        .unwrap_or(0)
        .min(area.width as usize / 3);
    let value_x = if label_w == 0 { 0 } else { label_w + 1 };
    let value_w = (area.width as usize).saturating_sub(value_x);

    // Lay out every visual row first, so the last one shown can say that
    // more follows.
    let mut rows: Vec<(&str, String, Style)> = Vec::new();
    for item in items {
        let (value, style) = if item.value.trim().is_empty() {
            ("—", theme.muted)
        } else {
            (item.value, item.style)
        };
        for (n, line) in text::wrap(value, value_w.max(1)).iter().enumerate() {
            let label = if n == 0 { item.label } else { "" };
            rows.push((
                label,
                value[line.range.clone()].trim_end().to_string(),
                style,
            ));
        }
    }
    let height = area.height as usize;
    let overflow = rows.len() > height;
    rows.truncate(height);
    let count = rows.len();
    for (i, (label, value, style)) in rows.into_iter().enumerate() {
        let y = area.y + i as u16;
        if label_w > 0 {
            buf.set_stringn(
                area.x,
                y,
                text::truncate(label, label_w),
                label_w,
                theme.muted,
            );
        }
        let value = if overflow && i + 1 == count {
            // Force the ellipsis even when this row itself fits.
            let kept = text::truncate(&value, value_w.saturating_sub(1)).into_owned();
            let kept = kept
                .strip_suffix(text::ELLIPSIS)
                .unwrap_or(&kept)
                .to_string();
            format!("{kept}{}", text::ELLIPSIS)
        } else {
            text::truncate(&value, value_w).into_owned()
        };
        buf.set_stringn(area.x + value_x as u16, y, value, value_w, style);
    }
    count as u16
}

#[cfg(test)]
mod tests {
    use super::*;

    fn screen(buf: &Buffer) -> Vec<String> {
        let a = buf.area;
        (a.top()..a.bottom())
            .map(|y| {
                (a.left()..a.right())
                    .map(|x| buf[(x, y)].symbol().to_string())
                    .collect::<String>()
                    .trim_end()
                    .to_string()
            })
            .collect()
    }

    #[test]
    fn wraps_values_and_marks_what_is_cut() {
        let theme = Theme::mono();
        let items = [
            Item::new("Who", "", theme.base),
            Item::new("Risks", "women walking home after dark", theme.base),
        ];
        let mut buf = Buffer::empty(Rect::new(0, 0, 24, 3));
        assert_eq!(draw(buf.area, &mut buf, &theme, &items), 3);
        assert_eq!(
            screen(&buf),
            ["Who   —", "Risks women walking home", "      after dark"]
        );
        // One row short: the last row shown says that more follows.
        let mut buf = Buffer::empty(Rect::new(0, 0, 24, 2));
        assert_eq!(draw(buf.area, &mut buf, &theme, &items), 2);
        assert_eq!(screen(&buf), ["Who   —", "Risks women walking ho…"]);
    }
}
