//! The pairwise matrix, as drawn on flip-chart paper: the winner's number
//! in every cell above the diagonal, each problem's wins and rank, and a
//! legend of the numbers. The arrows move between cells; `Enter` shows the
//! pair under the cursor large.

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::KeyCode;
use ratatui::layout::Rect;
use ratatui::text::Span;

use super::super::Shared;
use super::super::shared::{
    BREAK_TIE, METHOD, NEXT_WHO, PREV_WHO, RESULTS, Standing, line, score_label, split_line,
    take_bottom, take_top, who_name, wrapped,
};
use super::pair_view::centre;
use super::{Pairwise, toggle_scope, too_few};
use crate::model::ranking;
use crate::model::{GroupId, RankMethod, ordered};
use crate::text;
use crate::tr;
use crate::tui::keymap::{Action, DOWN, FIRST, Key, Keymap, LAST, PAGE_DOWN, PAGE_UP, UP, bind};
use crate::tui::panels::{Ctx, Effect};
use crate::tui::theme::Theme;
use crate::tui::widgets::put;

pub(super) const MATRIX_KEYS: Keymap = Keymap {
    title: "Rank: pairwise matrix",
    bindings: &[
        UP.shown_as("↑↓←→"),
        DOWN,
        bind(
            &[Key::code(KeyCode::Left), Key::char('h')],
            Action::CellLeft,
            "left",
            "one column left",
        )
        .help_only(),
        bind(
            &[Key::code(KeyCode::Right), Key::char('l')],
            Action::CellRight,
            "right",
            "one column right",
        )
        .help_only(),
        bind(
            &[Key::code(KeyCode::Enter)],
            Action::Edit,
            "open pair",
            "show this pair large, to decide or change it",
        ),
        bind(
            &[Key::char('m'), Key::code(KeyCode::Esc)],
            Action::ShowMatrix,
            "back",
            "back to the pair",
        ),
        NEXT_WHO,
        PREV_WHO,
        bind(
            // Not `p`: that shows the room view, here as everywhere.
            &[Key::char('a')],
            Action::TogglePairScope,
            "scope",
            "compare the shortlist, or every problem",
        )
        .editing(),
        RESULTS,
        BREAK_TIE,
        METHOD,
        PAGE_UP,
        PAGE_DOWN,
        FIRST,
        LAST,
        // Last: on a narrow hint line it is the first to give way.
        super::super::score_card::SCORE_CARD,
    ],
};

impl Pairwise {
    pub(super) fn matrix_action(
        &mut self,
        action: Action,
        ctx: &Ctx,
        shared: &mut Shared,
    ) -> Effect {
        let s = ctx.session;
        let l = ctx.lang;
        let round = self.round(s);
        match action {
            Action::NextGroup | Action::PrevGroup => {
                let current = shared.decider;
                return shared.pick(
                    s,
                    super::super::choosing::PickFor::Decider,
                    current,
                    action == Action::PrevGroup,
                    l,
                );
            }
            Action::TogglePairScope => return toggle_scope(s, l),
            Action::ShowMatrix | Action::Cancel | Action::Edit => {
                self.matrix = false;
                return Effect::None;
            }
            _ => {}
        }
        let Some((a, b)) = round.pair() else {
            return Effect::Info(too_few(s, l).into());
        };
        let n = round.candidates.len();
        // The cell: row i, column j, i < j (the upper triangle).
        let (mut i, mut j) = {
            let (x, y) = (round.number(a) - 1, round.number(b) - 1);
            (x.min(y), x.max(y))
        };
        // Up and down a column, as in every list: a row, a page (the rows
        // on screen), or to the first or the last row with a cell here.
        let page = self.rows.page();
        match action {
            Action::Up => i = i.saturating_sub(1),
            Action::PageUp => i = i.saturating_sub(page),
            Action::PageDown => i = (i + page).min(j - 1),
            Action::First => i = 0,
            Action::Last => i = j - 1,
            Action::Down if i + 1 < j => i += 1,
            Action::Down if j + 1 < n => {
                i += 1;
                j += 1;
            }
            Action::CellLeft if j > i + 1 => j -= 1,
            Action::CellRight if j + 1 < n => j += 1,
            Action::Down | Action::CellLeft | Action::CellRight => {}
            _ => return Effect::Unhandled,
        }
        let key = ordered((round.candidates[i], round.candidates[j]));
        if let Some(k) = round.keys().iter().position(|x| *x == key) {
            self.go_to_pair(&round, k);
        }
        Effect::None
    }
}

impl Pairwise {
    pub(super) fn draw_matrix(
        &self,
        area: Rect,
        buf: &mut Buffer,
        ctx: &Ctx,
        who: Option<GroupId>,
        theme: &Theme,
    ) {
        let s = ctx.session;
        let l = ctx.lang;
        let mut area = area;
        let round = self.round(s);
        let (decided, total) = ranking::pairwise_progress(s, who);
        let heading = take_top(&mut area, 1);
        let title = tr!(l, "rank-matrix-title", who = who_name(s, who, l));
        if round.pairs.is_empty() {
            line(heading, buf, &title, theme.heading);
            take_top(&mut area, 1);
            line(take_top(&mut area, 1), buf, too_few(s, l), theme.base);
            return;
        }
        split_line(
            heading,
            buf,
            &[Span::styled(title, theme.heading)],
            &tr!(l, "rank-pairs-decided", decided = decided, total = total),
            theme,
        );
        let note = if who.is_none() && !s.ranking.pairs.iter().any(|d| d.group.is_none()) {
            tr!(l, "rank-matrix-note-groups")
        } else {
            tr!(l, "rank-matrix-note")
        };
        // Whole, on two rows where a longer language needs them.
        for row in wrapped(note, area.width).into_iter().take(2) {
            line(take_top(&mut area, 1), buf, &row, theme.muted);
        }
        let standing = Standing::of(s, RankMethod::Pairwise);
        if let Some(tie) = standing.tie_line(ctx) {
            line(take_bottom(&mut area, 1), buf, &tie, theme.warning);
        }
        if area.height > 8 {
            take_top(&mut area, 1);
        }
        let ranked = ranking::ranking(s, RankMethod::Pairwise, who);
        let n = round.candidates.len();
        let digits = n.to_string().len();
        let label_w = digits + 2;
        // The wins and rank columns as wide as their headings (at least 4).
        let (wins_h, rank_h) = (tr!(l, "rank-matrix-wins"), tr!(l, "rank-matrix-rank"));
        let (wins_w, rank_w) = (text::width(wins_h).max(4), text::width(rank_h).max(4));
        // Two spaces between the headings once one is longer than 4: with
        // one, right-to-left display reads them as one phrase and swaps them.
        let gap = if wins_w > 4 || rank_w > 4 { "  " } else { " " };
        let tail_w = 3 + wins_w + gap.len() + rank_w;
        // The rule, the wins and the rank, each in its own cell (a field of
        // its own: right to left, the two columns never read as one phrase).
        let draw_tail = |buf: &mut Buffer, x: u16, y: u16, wins: &str, rank: &str, style| {
            put(buf, x, y, " │ ", 3, style);
            let x = x + 3;
            let wins_gap = (wins_w + gap.len()) as u16;
            put(
                buf,
                x,
                y,
                &format!("{}{gap}", pad_start(wins, wins_w)),
                wins_gap,
                style,
            );
            let x = x + wins_gap;
            put(buf, x, y, &pad_start(rank, rank_w), rank_w as u16, style);
        };
        // Cells as wide as the screen allows, up to 6 columns, leaving the
        // legend 30: a grid read from the back of the room.
        let spare = (area.width as usize).saturating_sub(label_w + tail_w + 33);
        let cell_w = (spare / n).clamp((digits + 2).max(3), 6);
        // Columns that fit beside the row labels and the wins; the legend
        // goes to the right if it has room, else below.
        let room = (area.width as usize).saturating_sub(label_w + tail_w);
        let cols = (room / cell_w).clamp(1, n);
        let grid_w = label_w + cols * cell_w + tail_w;
        let legend_right = (area.width as usize).saturating_sub(grid_w + 3) >= 20;
        let (grid_area, legend_area) = if legend_right {
            let gw = grid_w as u16 + 3;
            (
                Rect::new(area.x, area.y, gw.min(area.width), area.height),
                Rect::new(
                    area.x + gw.min(area.width),
                    area.y,
                    area.width.saturating_sub(gw),
                    area.height,
                ),
            )
        } else {
            let legend_h = (n as u16).min(area.height / 3);
            let mut grid = area;
            let legend = take_bottom(&mut grid, legend_h);
            (grid, legend)
        };
        let (a, b) = round.pair().expect("pairs exist");
        let (ci, cj) = {
            let (x, y) = (round.number(a) - 1, round.number(b) - 1);
            (x.min(y), x.max(y))
        };
        // Keep the cursor's row and column on screen.
        let body_rows = (grid_area.height as usize).saturating_sub(1);
        // A blank row between rows when every row fits twice over.
        let step = if 2 * n <= body_rows { 2 } else { 1 };
        let body_rows = body_rows / step;
        let ro = self.rows.window(Some(ci), n, body_rows.max(1)).start;
        let visible_cols = self.cols.window(Some(cj), n, cols.max(1));

        // Header: column numbers.
        let y0 = grid_area.y;
        if grid_area.height == 0 {
            return;
        }
        let mut x = grid_area.x + label_w as u16;
        for j in visible_cols.clone() {
            let style = if j == cj {
                theme.label_focus
            } else {
                theme.heading
            };
            put(
                buf,
                x,
                y0,
                &centre(&(j + 1).to_string(), cell_w),
                cell_w as u16,
                style,
            );
            x += cell_w as u16;
        }
        draw_tail(buf, x, y0, wins_h, rank_h, theme.heading);
        let x_tail = x;

        for (row, i) in (ro..n).enumerate().take(body_rows) {
            let y = y0 + 1 + (row * step) as u16;
            let p = round.candidates[i];
            let label_style = if i == ci {
                theme.label_focus
            } else {
                theme.heading
            };
            put(
                buf,
                grid_area.x,
                y,
                &format!("{:>w$} ", i + 1, w = label_w - 1),
                label_w as u16,
                label_style,
            );
            let mut x = grid_area.x + label_w as u16;
            for j in visible_cols.clone() {
                let (cell, style) = if j == i {
                    ("·".to_string(), theme.muted)
                } else if j < i {
                    (String::new(), theme.base)
                } else {
                    let q = round.candidates[j];
                    let shown = match ranking::pair_decision(s, p, q, who) {
                        Some(d) => match d.winner {
                            Some(w) => round.number(w).to_string(),
                            None => "=".into(),
                        },
                        None => String::new(),
                    };
                    (shown, theme.base)
                };
                let style = if (i, j) == (ci, cj) {
                    theme.selected
                } else {
                    style
                };
                let shown = if (i, j) == (ci, cj) && cell.is_empty() {
                    "_".to_string()
                } else {
                    cell
                };
                put(buf, x, y, &centre(&shown, cell_w), cell_w as u16, style);
                x += cell_w as u16;
            }
            if let Some(r) = ranked.iter().find(|r| r.problem == p) {
                let wins = score_label(RankMethod::Pairwise, r.score, l);
                draw_tail(buf, x_tail, y, &wins, &r.rank.to_string(), theme.base);
            }
        }

        // Legend: the numbers' problems.
        let legend_rows = legend_area.height as usize;
        // Beside the grid the legend lines up with its rows; below it, it
        // follows the rows in view.
        let first = if legend_right {
            ro
        } else {
            ro.min(n.saturating_sub(legend_rows))
        };
        let (y_start, legend_step) = if legend_right {
            (legend_area.y + 1, step)
        } else {
            (legend_area.y, 1)
        };
        for (k, p) in round.candidates.iter().enumerate().skip(first) {
            let y = y_start + ((k - first) * legend_step) as u16;
            if y >= legend_area.bottom() {
                break;
            }
            let style = if k == ci || k == cj {
                theme.emphasis
            } else {
                theme.base
            };
            let item = format!("{:>w$} {}", k + 1, s.problem_title(*p), w = digits);
            put(buf, legend_area.x, y, &item, legend_area.width, style);
        }
    }
}

/// `s` set against the right edge of `width` columns (measured as drawn).
fn pad_start(s: &str, width: usize) -> String {
    format!("{}{s}", " ".repeat(width.saturating_sub(text::width(s))))
}
