//! A horizontal bar chart: one row per item — a lead (rank, markers), a title
//! column, a bar stacked from segments, and the value right after the bar.
//!
//! Each segment has a fill glyph of its own as well as a style, so stacked
//! groups read apart on a monochrome screen or a washed-out projector.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use std::borrow::Cow;
use std::ops::Range;

use crate::text;
use crate::tui::theme::Theme;
use crate::tui::widgets::list::Viewport;

/// Fill glyphs that tell segments apart without colour, densest first. The
/// faintest (`░`, `·`) come last: on a washed-out projector they nearly
/// vanish, so the first ten groups never get them.
pub const GLYPHS: [&str; 12] = ["█", "▓", "▒", "▚", "▌", "▀", "#", "=", "+", ":", "░", "·"];

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

/// Where a chart's rows come from.
#[derive(Clone, Copy)]
pub enum Rows<'a> {
    /// Every row, made beforehand.
    All(&'a [Row<'a>]),
    /// Rows made only for those drawn (and the focused one): for a chart
    /// of thousands of rows whose every row, a stack of a hundred groups'
    /// dots, costs more to make than the frame to draw. The widest lead and
    /// value over every row are given, so columns stay put as it scrolls.
    Made {
        len: usize,
        lead_width: usize,
        value_width: usize,
        row: &'a dyn Fn(usize) -> Row<'a>,
    },
}

impl<'a> Rows<'a> {
    fn len(&self) -> usize {
        match self {
            Rows::All(rows) => rows.len(),
            Rows::Made { len, .. } => *len,
        }
    }

    fn get(&self, i: usize) -> Cow<'a, Row<'a>> {
        match self {
            Rows::All(rows) => Cow::Borrowed(&rows[i]),
            Rows::Made { row, .. } => Cow::Owned(row(i)),
        }
    }

    /// The widest lead and value; `None` without rows.
    fn widths(&self) -> Option<(usize, usize)> {
        match self {
            Rows::All(rows) => Some((
                rows.iter().map(|r| text::width(&r.lead)).max()?,
                rows.iter().map(|r| text::width(&r.value)).max()?,
            )),
            Rows::Made { len: 0, .. } => None,
            Rows::Made {
                lead_width,
                value_width,
                ..
            } => Some((*lead_width, *value_width)),
        }
    }
}

/// The rows to draw, and how to scale them.
pub struct BarChart<'a> {
    /// Every row of the chart, in order; the chart shows the window of them
    /// that keeps the focused row in view.
    pub rows: Rows<'a>,
    /// The value a full-length bar stands for. Pass the largest total over
    /// every item, so bars keep their length when the list scrolls.
    pub max: f64,
    /// The widest title over every item; the title column is never wider,
    /// and shrinks to leave room for the bars.
    pub title_width: usize,
    pub style: Style,
    pub selected: Style,
    pub value_style: Style,
    /// A blank line after each row, which reads better from the back of a
    /// room, when every row fits twice over.
    pub spaced: bool,
}

/// The share of the row titles may take before bars get the rest.
const TITLE_SHARE: (usize, usize) = (3, 5);

/// Where a chart's columns fall for one width.
#[derive(Clone, Copy, Debug)]
struct Columns {
    lead: usize,
    title: usize,
    value: usize,
    bar: usize,
}

impl BarChart<'_> {
    fn columns(&self, width: usize) -> Option<Columns> {
        let (lead, value) = self.rows.widths()?;
        // lead, space, title, space, bar, space, value
        let room = width.saturating_sub(lead + value + 3);
        let title = self
            .title_width
            .min(room * TITLE_SHARE.0 / TITLE_SHARE.1)
            .max(self.title_width.min(room.min(8)));
        Some(Columns {
            lead,
            title,
            value,
            bar: room - title,
        })
    }

    /// The lines of a row's title: the focused row's title wraps whole (as
    /// many lines as it needs, up to the chart's height), every other row
    /// has one line, cut with an ellipsis if it must be. So a long title is
    /// always readable in full on the row the facilitator is on.
    fn title_lines(
        &self,
        i: usize,
        focus: Option<usize>,
        cols: Columns,
        height: usize,
    ) -> Vec<String> {
        let row = self.rows.get(i);
        let title = row.title;
        if Some(i) != focus || text::width(title) <= cols.title || cols.title == 0 {
            return vec![text::fit(title, cols.title)];
        }
        let mut lines: Vec<String> = text::wrap(title, cols.title)
            .into_iter()
            .map(|l| text::fit(title[l.range].trim_end(), cols.title))
            .collect();
        if lines.len() > height.max(1) {
            lines.truncate(height.max(1));
            if let Some(last) = lines.last_mut() {
                *last = text::fit(
                    &format!("{}{}", last.trim_end(), text::ELLIPSIS),
                    cols.title,
                );
            }
        }
        lines
    }

    /// The lines every row takes at `width` (the focused row wrapped whole,
    /// no blank lines between rows): what showing the whole chart needs.
    pub fn full_height(&self, width: u16, focus: Option<usize>) -> u16 {
        let Some(cols) = self.columns(width as usize) else {
            return 0;
        };
        let extra = focus.filter(|f| *f < self.rows.len()).map_or(0, |f| {
            self.title_lines(f, focus, cols, usize::MAX).len() - 1
        });
        (self.rows.len() + extra) as u16
    }

    /// The rows drawn in `area` with `focus` in view (remembered in `view`
    /// between frames, as every list does): for the "N–M of K" label.
    pub fn window(&self, area: Rect, view: &Viewport, focus: Option<usize>) -> Range<usize> {
        self.layout(area, view, focus).0
    }

    fn layout(&self, area: Rect, view: &Viewport, focus: Option<usize>) -> (Range<usize>, usize) {
        let height = area.height as usize;
        let Some(cols) = self.columns(area.width as usize) else {
            return (0..0, 1);
        };
        let extra = focus
            .filter(|f| *f < self.rows.len())
            .map_or(0, |f| self.title_lines(f, focus, cols, height).len() - 1);
        let len = self.rows.len();
        let step = if self.spaced && len * 2 + extra <= height + 1 {
            2
        } else {
            1
        };
        let visible = height
            .saturating_sub(extra)
            .div_ceil(step)
            .max(usize::from(height > 0));
        (view.window(focus, len, visible), step)
    }

    /// Draws the window of rows that keeps `focus` in view.
    pub fn render(&self, area: Rect, buf: &mut Buffer, view: &Viewport, focus: Option<usize>) {
        let width = area.width as usize;
        let Some(cols) = self.columns(width) else {
            return;
        };
        let (window, step) = self.layout(area, view, focus);
        let label_w = cols.lead + 1 + cols.title;
        let mut y = area.top();
        for i in window {
            if y >= area.bottom() {
                break;
            }
            let row = self.rows.get(i);
            let style = if row.selected {
                self.selected
            } else {
                self.style
            };
            let lines = self.title_lines(i, focus, cols, area.height as usize);
            for (k, title) in lines.iter().enumerate() {
                let ly = y + k as u16;
                if ly >= area.bottom() {
                    break;
                }
                let lead = if k == 0 {
                    text::fit(&row.lead, cols.lead)
                } else {
                    " ".repeat(cols.lead)
                };
                buf.set_stringn(
                    area.x,
                    ly,
                    format!("{lead} {title}"),
                    label_w.min(width),
                    style,
                );
            }
            let bar_x = area.x + (label_w + 1).min(width) as u16;
            let drawn = self.draw_bar(&row.segments, bar_x, y, cols.bar, buf);
            let value_x = bar_x as usize + drawn + usize::from(drawn > 0);
            let value_room = (area.right() as usize).saturating_sub(value_x);
            if value_room > 0 {
                buf.set_stringn(value_x as u16, y, &row.value, value_room, self.value_style);
            }
            let _ = cols.value;
            y += (lines.len() as u16).max(1) + (step as u16 - 1);
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
        draw_tall(rows, max, width, rows.len() as u16, None)
    }

    fn draw_tall(
        rows: &[Row],
        max: f64,
        width: u16,
        height: u16,
        focus: Option<usize>,
    ) -> Vec<String> {
        draw_from(Rows::All(rows), rows, max, width, height, focus)
    }

    /// `source` drawn; `rows` are the same rows, for the widest title.
    fn draw_from(
        source: Rows,
        rows: &[Row],
        max: f64,
        width: u16,
        height: u16,
        focus: Option<usize>,
    ) -> Vec<String> {
        let area = Rect::new(0, 0, width, height);
        let mut buf = Buffer::empty(area);
        let title_width = rows.iter().map(|r| text::width(r.title)).max().unwrap_or(0);
        BarChart {
            rows: source,
            max,
            title_width,
            style: Style::new(),
            selected: Style::new(),
            value_style: Style::new(),
            spaced: false,
        }
        .render(area, &mut buf, &Viewport::default(), focus);
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
    fn the_focused_row_shows_its_whole_title() {
        let rows = [
            row("Wizi wa mifugo usiku / Cattle theft at night", &[3.0], true),
            row("Fights", &[1.0], false),
            row("Floods", &[0.0], false),
        ];
        let lines = draw_tall(&rows, 3.0, 40, 4, Some(0));
        assert_eq!(
            lines[0],
            format!("▶ 1 Wizi wa mifugo      {} 3", "█".repeat(14))
        );
        assert_eq!(lines[1], "    usiku / Cattle");
        assert_eq!(lines[2], "    theft at night");
        assert_eq!(
            lines[3],
            format!("  2 Fights              {} 1", "█".repeat(5))
        );
        // Not focused: one line, cut.
        let lines = draw_tall(&rows, 3.0, 40, 3, Some(1));
        assert!(
            lines[0].starts_with("▶ 1 Wizi wa mifugo usi… █"),
            "{lines:?}"
        );
        // Too short for the whole title: the last line shown says more follows.
        let lines = draw_tall(&rows, 3.0, 40, 2, Some(0));
        assert_eq!(lines[1], "    usiku / Cattle…");
    }

    #[test]
    fn no_width_draws_nothing_and_does_not_panic() {
        let rows = [row("Theft", &[2.0], false)];
        for width in 0..12 {
            draw(&rows, 2.0, width);
        }
        assert_eq!(draw(&rows, 0.0, 20)[0], "  2 Theft 2");
    }

    /// Rows made as they are drawn draw as rows made beforehand, and only
    /// the window's rows (and the focused one) are made.
    #[test]
    fn rows_made_when_drawn_draw_the_same_and_only_those_are_made() {
        let titles: Vec<String> = (0..40).map(|i| format!("Problem {i}")).collect();
        let rows: Vec<Row> = titles
            .iter()
            .enumerate()
            .map(|(i, t)| row(t, &[i as f64, 1.0], i == 30))
            .collect();
        let made = std::cell::RefCell::new(std::collections::BTreeSet::new());
        let make = |i: usize| {
            made.borrow_mut().insert(i);
            rows[i].clone()
        };
        let source = Rows::Made {
            len: rows.len(),
            lead_width: 3,
            value_width: 2,
            row: &make,
        };
        let drawn = draw_from(source, &rows, 40.0, 40, 5, Some(30));
        assert_eq!(drawn, draw_tall(&rows, 40.0, 40, 5, Some(30)));
        assert!(drawn.iter().any(|l| l.contains("Problem 30")));
        assert_eq!(*made.borrow(), (26..31).collect());
    }
}
