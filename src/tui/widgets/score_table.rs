//! The score card side by side, as the interface meeting reads it: a row per
//! indicator, a column per group, then the community's mean, the provider's
//! self-score and the gap, the biggest gaps marked ◆ (a mark, not a colour,
//! so it reads in monochrome and from the back of the room), a row of means
//! under them. The facilitator's view and the room's draw it; only the
//! facilitator's has a cursor and the digits being typed.

use std::ops::Range;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use super::put;
use crate::i18n::Lang;
use crate::model::score_card::{self, CardSummary, Scorer, number, signed};
use crate::model::{GroupId, Session};
use crate::text;
use crate::tr;
use crate::tui::theme::Theme;

/// The mark of one of the biggest gaps.
pub const BIG_GAP: &str = "◆";
/// The mark of an indicator an action was planned on.
pub const PLANNED: &str = "→";
/// The cursor's column on the room's screen: the row is pointed at (▶), no
/// cell is.
pub const NO_COLUMN: usize = usize::MAX;

/// A name from the session as the table shows it: through the one
/// sanitiser, so a hand-edited file cannot reach the terminal with a
/// control in it.
fn clean(s: &str) -> std::borrow::Cow<'_, str> {
    text::escape_controls(s, text::Breaks::None)
}

/// What the table shows and where the facilitator is in it.
pub struct ScoreTable<'a> {
    pub session: &'a Session,
    /// The group columns, in order (the provider's follows them).
    pub groups: &'a [GroupId],
    /// The cursor: indicator row and scorer column (the groups, then the
    /// provider), when it is drawn.
    pub cursor: Option<(usize, usize)>,
    /// Digits typed for the cell under the cursor.
    pub typed: &'a str,
    /// Wider cells and a blank row between indicators, for the wall.
    pub room: bool,
    /// The language of its headings: the facilitator's, or the room's on
    /// the wall.
    pub lang: Lang,
}

/// The columns, laid out for one width.
struct Columns {
    lead: u16,
    name: u16,
    cell: u16,
    /// The group columns are headed by their number (names in the legend).
    numbered: bool,
    /// The provider's column is headed "P" (its name in the legend).
    provider_short: bool,
}

const LEAD: u16 = 2;
/// Community, provider and gap: "Comm.", a score, "◆ −30 →".
const GAP_W: u16 = 9;

impl ScoreTable<'_> {
    /// The provider's name, or its word in the table's language.
    fn provider(&self) -> &str {
        let card = &self.session.score_card;
        card.provider_or(tr!(self.lang, "card-provider"))
    }

    fn summary(&self) -> CardSummary {
        let mut summary = score_card::summary(&self.session.score_card, self.groups);
        // Every column group, scored or not, so the facilitator can type
        // into any of them; the summary holds only those that scored.
        if summary.groups != self.groups {
            let card = &self.session.score_card;
            for row in &mut summary.rows {
                row.groups = self
                    .groups
                    .iter()
                    .map(|g| card.value(row.indicator, Scorer::Group(*g)))
                    .collect();
            }
            summary.group_means = self
                .groups
                .iter()
                .map(|g| card.mean_by(Scorer::Group(*g)))
                .collect();
            summary.groups = self.groups.to_vec();
        }
        summary
    }

    fn columns(&self, width: u16) -> Columns {
        let n = self.groups.len() as u16 + 1;
        let widest = self
            .groups
            .iter()
            .map(|g| text::width(&clean(self.session.group_name(*g))) as u16)
            .max()
            .unwrap_or(0);
        let base = if self.room { 6 } else { 5 };
        // Names as wide as they are, up to 10; the indicator keeps at least
        // a third of the width.
        let fixed = LEAD + GAP_W * 2 + 1;
        let room_for_cells = width.saturating_sub(fixed + (width / 3).min(26));
        let cell = (widest + 1)
            .clamp(base, 11)
            .min(room_for_cells / n.max(1))
            .max(base.min(room_for_cells / n.max(1)))
            .max(4);
        let numbered = widest + 1 > cell;
        let provider_short = numbered || text::width(&clean(self.provider())) as u16 + 1 > cell;
        let name = width.saturating_sub(LEAD + cell * n + GAP_W * 2 + 1).max(6);
        Columns {
            lead: LEAD,
            name,
            cell,
            numbered,
            provider_short,
        }
    }

    /// Rows the table needs besides the indicators: the header, the line
    /// under it, the means, and the legend of numbered columns.
    pub fn frame_rows(&self, width: u16) -> u16 {
        let cols = self.columns(width);
        let legend = if cols.numbered || cols.provider_short {
            self.legend_lines(width, cols.numbered).len() as u16
        } else {
            0
        };
        3 + legend
    }

    /// Whether every indicator's name shows whole at `width`: wrapped at
    /// spaces within its rows, no word broken.
    pub fn names_whole(&self, width: u16) -> bool {
        let w = usize::from(self.columns(width).name.saturating_sub(1)).max(1);
        let rows = usize::from(self.row_height());
        self.session.score_card.indicators.iter().all(|i| {
            let name = clean(&i.name);
            name.split_whitespace().all(|word| text::width(word) <= w)
                && text::wrap(&name, w).len() <= rows
        })
    }

    /// Rows one indicator takes.
    pub fn row_height(&self) -> u16 {
        if self.room { 2 } else { 1 }
    }

    /// How many indicators fit in `area`.
    pub fn capacity(&self, area: Rect) -> usize {
        (area.height.saturating_sub(self.frame_rows(area.width)) / self.row_height()) as usize
    }

    /// The names of the columns headed short: the groups by number (when
    /// `groups`), the provider by "P".
    fn legend_lines(&self, width: u16, groups: bool) -> Vec<String> {
        let mut legend: Vec<String> = Vec::new();
        if groups {
            legend.extend(
                self.groups
                    .iter()
                    .enumerate()
                    .map(|(i, g)| format!("{} {}", i + 1, clean(self.session.group_name(*g)))),
            );
        }
        legend.push(format!(
            "{} {}",
            tr!(self.lang, "card-col-provider-short"),
            clean(self.provider())
        ));
        let joined = legend.join(" · ");
        text::wrap(&joined, width.max(1) as usize)
            .into_iter()
            .map(|l| joined[l.range].trim_end().to_string())
            .collect()
    }

    /// Draws the indicators of `window` (indices into the card's
    /// indicators) in `area`.
    pub fn draw(&self, area: Rect, buf: &mut Buffer, window: Range<usize>, theme: &Theme) {
        if area.height < 3 || area.width < 20 {
            return;
        }
        let s = self.session;
        let card = &s.score_card;
        let summary = self.summary();
        let cols = self.columns(area.width);
        let x_cells = area.x + cols.lead + cols.name;
        let n = self.groups.len();
        let x_comm = x_cells + cols.cell * (n as u16 + 1) + 1;
        let x_gap = x_comm + GAP_W;
        let header_style = theme.heading;

        // Header.
        let y = area.y;
        put(
            buf,
            area.x + cols.lead,
            y,
            tr!(self.lang, "card-col-indicator"),
            cols.name,
            header_style,
        );
        for (i, g) in self.groups.iter().enumerate() {
            let label = if cols.numbered {
                (i + 1).to_string()
            } else {
                clean(s.group_name(*g)).into_owned()
            };
            let x = x_cells + cols.cell * i as u16;
            let style = match self.cursor {
                Some((_, c)) if c == i => theme.label_focus,
                _ => header_style,
            };
            put_right(buf, x, y, &label, cols.cell, style);
        }
        let provider_x = x_cells + cols.cell * n as u16;
        let style = match self.cursor {
            Some((_, c)) if c == n => theme.label_focus,
            _ => header_style,
        };
        let provider = if cols.provider_short {
            tr!(self.lang, "card-col-provider-short").into()
        } else {
            clean(self.provider())
        };
        put_right(buf, provider_x, y, &provider, cols.cell, style);
        put(
            buf,
            x_cells + cols.cell * (n as u16 + 1),
            y,
            "│",
            1,
            theme.muted,
        );
        let (comm, gap) = (
            tr!(self.lang, "card-col-community-short"),
            tr!(self.lang, "card-col-gap"),
        );
        put_right(buf, x_comm, y, comm, GAP_W - 3, header_style);
        put_right(buf, x_gap, y, gap, GAP_W - 3, header_style);

        // Indicators.
        let scale = card.scale;
        let body_top = y + 1;
        let row_h = self.row_height();
        let shown = window.len().min(self.capacity(area)) as u16;
        let bottom = body_top + shown * row_h + 1;
        for (k, i) in window.clone().take(shown as usize).enumerate() {
            let Some(row) = summary.rows.get(i) else {
                break;
            };
            let y = body_top + k as u16 * row_h;
            let selected = self.cursor.is_some_and(|(r, _)| r == i);
            let name_style = if selected {
                theme.emphasis
            } else if row.biggest {
                theme.warning
            } else {
                theme.base
            };
            if selected {
                put(buf, area.x, y, "▶", 1, theme.label_focus);
            }
            let name_w = cols.name.saturating_sub(1);
            for (k, piece) in name_rows(&clean(&row.name), name_w as usize, row_h as usize)
                .iter()
                .enumerate()
            {
                put(
                    buf,
                    area.x + cols.lead,
                    y + k as u16,
                    piece,
                    name_w,
                    name_style,
                );
            }
            let values = row.groups.iter().copied().chain([row.provider]);
            for (c, v) in values.enumerate() {
                let x = x_cells + cols.cell * c as u16;
                let here = self.cursor == Some((i, c));
                let shown = match v {
                    _ if here && !self.typed.is_empty() => format!("{}▏", self.typed),
                    Some(v) => v.to_string(),
                    None => "·".into(),
                };
                let style = if here {
                    theme.selected
                } else if v.is_none() {
                    theme.muted
                } else {
                    theme.base
                };
                put_right(buf, x, y, &shown, cols.cell, style);
            }
            put(
                buf,
                x_cells + cols.cell * (n as u16 + 1),
                y,
                "│",
                1,
                theme.muted,
            );
            let comm = row.community.map_or("·".into(), |m| number(scale, m));
            put_right(buf, x_comm, y, &comm, GAP_W - 3, theme.emphasis);
            let planned = s
                .actions
                .iter()
                .any(|a| a.card_indicator == Some(row.indicator));
            let gap = row.gap.map_or("·".into(), |g| signed(scale, g));
            let gap_style = if row.biggest {
                theme.warning
            } else {
                theme.base
            };
            if row.biggest {
                // A column before the gap's own cells, so a gap as wide as
                // they are ("−1.5") still reads apart from its mark.
                put(buf, x_gap - 1, y, BIG_GAP, 1, theme.warning);
            }
            put_right(buf, x_gap, y, &gap, GAP_W - 3, gap_style);
            if planned {
                put(buf, x_gap + GAP_W - 2, y, PLANNED, 1, theme.good);
            }
        }

        // The means.
        let y = bottom;
        let rule = "─".repeat(area.width as usize);
        put(buf, area.x, y - 1, &rule, area.width, theme.muted);
        let mean = tr!(self.lang, "card-mean");
        put(buf, area.x + cols.lead, y, mean, cols.name, theme.heading);
        let means = summary
            .group_means
            .iter()
            .copied()
            .chain([summary.provider_mean]);
        for (c, m) in means.enumerate() {
            let x = x_cells + cols.cell * c as u16;
            let shown = m.map_or("·".into(), |m| number(scale, m));
            put_right(buf, x, y, &shown, cols.cell, theme.emphasis);
        }
        put(
            buf,
            x_cells + cols.cell * (n as u16 + 1),
            y,
            "│",
            1,
            theme.muted,
        );
        let comm = summary
            .community_mean
            .map_or("·".into(), |m| number(scale, m));
        put_right(buf, x_comm, y, &comm, GAP_W - 3, theme.emphasis);
        let gap = summary.gap_mean.map_or("·".into(), |g| signed(scale, g));
        put_right(buf, x_gap, y, &gap, GAP_W - 3, theme.emphasis);
        if cols.numbered || cols.provider_short {
            for (k, line) in self
                .legend_lines(area.width, cols.numbered)
                .iter()
                .enumerate()
            {
                put(buf, area.x, y + 1 + k as u16, line, area.width, theme.muted);
            }
        }
    }
}

/// An indicator's name on up to `rows` rows of `width`: whole words, the
/// last row cut with an ellipsis when words are left over.
fn name_rows(name: &str, width: usize, rows: usize) -> Vec<String> {
    let lines = text::wrap(name, width.max(1));
    let mut out: Vec<String> = lines
        .iter()
        .take(rows)
        .map(|l| name[l.range.clone()].trim_end().to_string())
        .collect();
    if lines.len() > rows
        && let Some(last) = out.last_mut()
    {
        let rest = name[lines[rows - 1].range.start..].to_string();
        *last = text::truncate(&rest, width).into_owned();
    }
    out
}

/// `s` right-aligned in the `width` columns from `x`, one column of air on
/// the right.
fn put_right(buf: &mut Buffer, x: u16, y: u16, s: &str, width: u16, style: ratatui::style::Style) {
    let inner = width.saturating_sub(1);
    let shown = text::truncate(s, inner as usize);
    let pad = inner.saturating_sub(text::width(&shown) as u16);
    put(buf, x + pad, y, &shown, inner - pad, style);
}
