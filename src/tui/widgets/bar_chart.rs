//! A horizontal bar chart: one row per item — a lead (rank, markers), a title
//! column, a bar stacked from segments, and the value right after the bar.
//!
//! Each segment has a fill glyph of its own as well as a style, so stacked
//! groups read apart on a monochrome screen or a washed-out projector.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;

use crate::text;
use crate::tui::theme::Theme;

/// Fill glyphs that tell segments apart without colour, densest first.
pub const GLYPHS: [&str; 12] = ["█", "▓", "▒", "░", "▚", "▌", "▀", "#", "=", "+", ":", "·"];

/// How one segment is drawn.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Fill {
    pub glyph: &'static str,
    pub style: Style,
}

impl Fill {
    /// The fill of the participant group at `index` in the session's list:
    /// its theme style and its own glyph.
    pub fn group(theme: &Theme, index: usize) -> Fill {
        Fill {
            glyph: GLYPHS[index % GLYPHS.len()],
            style: theme.group(index),
        }
    }

    /// Two cells of the fill, for legends.
    pub fn swatch(&self) -> String {
        self.glyph.repeat(2)
    }
}

/// One part of a stacked bar.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Segment {
    pub value: f64,
    pub fill: Fill,
}

/// One item of the chart.
#[derive(Clone, Debug, PartialEq)]
pub struct Row<'a> {
    /// Drawn before the title: rank and markers ("▶ 2 ★").
    pub lead: String,
    pub title: &'a str,
    /// Stacked left to right.
    pub segments: Vec<Segment>,
    /// The label after the bar, usually the total.
    pub value: String,
    /// Lead and title in the selected style (not the bar, whose glyphs a
    /// reversed style would hollow out).
    pub selected: bool,
}

/// The rows to draw, and how to scale them.
pub struct BarChart<'a> {
    pub rows: &'a [Row<'a>],
    /// The value a full-length bar stands for. Pass the largest total over
    /// every item, not only the rows shown, so bars keep their length when
    /// the list scrolls.
    pub max: f64,
    /// The widest title over every item (for the same reason); the title
    /// column is never wider, and shrinks to leave room for the bars.
    pub title_width: usize,
    pub style: Style,
    pub selected: Style,
    pub value_style: Style,
    /// A blank line after each row, which reads better from the back of a
    /// room; for when every row fits twice over.
    pub spaced: bool,
}

/// The share of the row titles may take before bars get the rest.
const TITLE_SHARE: (usize, usize) = (3, 5);

impl BarChart<'_> {
    /// Draws the rows from the top of `area`; rows beyond its height are not
    /// drawn (the caller scrolls).
    pub fn render(&self, area: Rect, buf: &mut Buffer) {
        let width = area.width as usize;
        let lead_w = self.rows.iter().map(|r| text::width(&r.lead)).max();
        let value_w = self.rows.iter().map(|r| text::width(&r.value)).max();
        let (Some(lead_w), Some(value_w)) = (lead_w, value_w) else {
            return;
        };
        // lead, space, title, space, bar, space, value
        let room = width.saturating_sub(lead_w + value_w + 3);
        let title_w = self
            .title_width
            .min(room * TITLE_SHARE.0 / TITLE_SHARE.1)
            .max(self.title_width.min(room.min(8)));
        let bar_w = room - title_w;
        let label_w = lead_w + 1 + title_w;
        let step = if self.spaced { 2 } else { 1 };
        for (row, y) in self
            .rows
            .iter()
            .zip((area.top()..area.bottom()).step_by(step))
        {
            let style = if row.selected {
                self.selected
            } else {
                self.style
            };
            let label = format!(
                "{} {}",
                text::fit(&row.lead, lead_w),
                text::fit(row.title, title_w)
            );
            buf.set_stringn(area.x, y, label, label_w.min(width), style);
            let bar_x = area.x + (label_w + 1).min(width) as u16;
            let drawn = self.draw_bar(&row.segments, bar_x, y, bar_w, buf);
            let value_x = bar_x as usize + drawn + usize::from(drawn > 0);
            let value_room = (area.right() as usize).saturating_sub(value_x);
            if value_room > 0 {
                buf.set_stringn(value_x as u16, y, &row.value, value_room, self.value_style);
            }
        }
    }

    /// Draws the segments scaled to `bar_w` cells; returns the cells used.
    /// Segment ends are rounded from the running total, so the stack is as
    /// long as the total's own bar and no rounding error accumulates.
    fn draw_bar(
        &self,
        segments: &[Segment],
        x: u16,
        y: u16,
        bar_w: usize,
        buf: &mut Buffer,
    ) -> usize {
        if self.max <= 0.0 || bar_w == 0 {
            return 0;
        }
        let scale = bar_w as f64 / self.max;
        let mut sum = 0.0;
        let mut start = 0;
        for segment in segments {
            sum += segment.value.max(0.0);
            let end = ((sum * scale).round() as usize).min(bar_w);
            if end > start {
                buf.set_string(
                    x + start as u16,
                    y,
                    segment.fill.glyph.repeat(end - start),
                    segment.fill.style,
                );
                start = end;
            }
        }
        start
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fill(glyph: &'static str) -> Fill {
        Fill {
            glyph,
            style: Style::new(),
        }
    }

    fn row<'a>(title: &'a str, values: &[f64], selected: bool) -> Row<'a> {
        let fills = [fill("█"), fill("▓"), fill("▒")];
        Row {
            lead: if selected {
                "▶ 1".into()
            } else {
                "  2".into()
            },
            title,
            segments: values
                .iter()
                .zip(fills)
                .map(|(v, fill)| Segment { value: *v, fill })
                .collect(),
            value: values.iter().fold(0.0, |a, b| a + b).to_string(),
            selected,
        }
    }

    fn draw(rows: &[Row], max: f64, width: u16) -> Vec<String> {
        let area = Rect::new(0, 0, width, rows.len() as u16);
        let mut buf = Buffer::empty(area);
        let title_width = rows.iter().map(|r| text::width(r.title)).max().unwrap_or(0);
        BarChart {
            rows,
            max,
            title_width,
            style: Style::new(),
            selected: Style::new(),
            value_style: Style::new(),
            spaced: false,
        }
        .render(area, &mut buf);
        (0..area.height)
            .map(|y| {
                (0..area.width)
                    .map(|x| buf[(x, y)].symbol().to_string())
                    .collect::<String>()
                    .trim_end()
                    .to_string()
            })
            .collect()
    }

    #[test]
    fn stacks_segments_scaled_to_the_largest_total() {
        let rows = [
            row("Theft", &[2.0, 1.0, 1.0], true),
            row("Fights", &[0.0, 2.0, 0.0], false),
        ];
        // 3 lead + 1 + 6 title + 1 = 11 columns of labels, 1 + 1 for the
        // value: 8 cells of bar for 4 dots.
        let lines = draw(&rows, 4.0, 21);
        assert_eq!(lines[0], "▶ 1 Theft  ████▓▓▒▒ 4");
        assert_eq!(lines[1], "  2 Fights ▓▓▓▓ 2");
    }

    #[test]
    fn zero_rows_show_their_value_and_long_titles_an_ellipsis() {
        let rows = [
            row("Theft at the market after dark", &[3.0], false),
            row("Fights", &[], false),
        ];
        let lines = draw(&rows, 3.0, 24);
        assert_eq!(lines[0], "  2 Theft at … ███████ 3");
        assert_eq!(lines[1], "  2 Fights     0");
    }

    #[test]
    fn no_width_draws_nothing_and_does_not_panic() {
        let rows = [row("Theft", &[2.0], false)];
        for width in 0..12 {
            draw(&rows, 2.0, width);
        }
        assert_eq!(draw(&rows, 0.0, 20)[0], "  2 Theft 2");
    }
}
