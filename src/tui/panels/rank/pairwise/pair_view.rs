//! The pair on screen, large: the question, the two problems in boxes (the
//! one that matters more marked ✓, a tie shown =), the keys under them, why
//! the room decided so, and how the other rounds decided this pair.

use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::style::Style;
use ratatui::text::Span;
use ratatui::widgets::{Block, BorderType, Borders, Widget};

use super::super::shared::{Standing, line, split_line, take_bottom, take_top, who_name};
use super::{Pairwise, Reason, Round, long_round, too_few};
use crate::i18n::Lang;
use crate::model::ranking::{self, PAIRWISE_COMFORT};
use crate::model::{GroupId, PairScope, ProblemId, RankMethod, Session, ordered};
use crate::text;
use crate::tr;
use crate::tui::panels::Ctx;
use crate::tui::theme::Theme;
use crate::tui::widgets::put;

/// Widest pair box: past this, lines get too long to read at a glance.
const BOX_MAX: u16 = 48;

impl Pairwise {
    pub(super) fn draw_pair(
        &self,
        area: Rect,
        buf: &mut Buffer,
        ctx: &Ctx,
        who: Option<GroupId>,
        theme: &Theme,
    ) -> Option<Position> {
        let s = ctx.session;
        let l = ctx.lang;
        let mut area = area;
        let round = self.round(s);
        let (decided, total) = ranking::pairwise_progress(s, who);
        let heading = take_top(&mut area, 1);
        let title = tr!(l, "rank-pair-title", who = who_name(s, who, l));
        let Some((a, b)) = round.pair() else {
            line(heading, buf, &title, theme.heading);
            take_top(&mut area, 1);
            line(take_top(&mut area, 1), buf, too_few(s, l), theme.base);
            return None;
        };
        let i = round.current.unwrap_or(0);
        let progress = tr!(
            l,
            "rank-pair-progress",
            pair = i + 1,
            total = total,
            decided = decided
        );
        split_line(
            heading,
            buf,
            &[Span::styled(title, theme.heading)],
            &progress,
            theme,
        );
        draw_scope(&mut area, buf, s, &round, theme, l);
        // The round at a glance: ● decided, ○ open, the pair on screen reversed.
        if area.height > 12 && round.pairs.len() <= area.width as usize {
            let row = take_top(&mut area, 1);
            for (k, (x, y)) in round.pairs.iter().enumerate() {
                let done = ranking::pair_decision(s, *x, *y, who).is_some();
                let style = if k == i { theme.selected } else { theme.muted };
                put(
                    buf,
                    row.x + k as u16,
                    row.y,
                    if done { "●" } else { "○" },
                    1,
                    style,
                );
            }
        }
        let standing = Standing::of(s, RankMethod::Pairwise);
        if let Some(tie) = standing.tie_line(ctx) {
            line(take_bottom(&mut area, 1), buf, &tie, theme.warning);
        }
        // Top down: the question, the two problems, why, the other rounds;
        // blank rows between them when there is room.
        let others = self.others_line(s, &round, (a, b), who, l);
        let why_rows = match area.height {
            0..=5 => 0,
            6..=9 => 1,
            _ => 2,
        };
        let others_rows = u16::from(others.is_some() && area.height >= 14);
        let gaps = area.height >= 13;
        let gap = |area: &mut Rect| {
            if gaps {
                take_top(area, 1);
            }
        };
        let room = area
            .height
            .saturating_sub(1 + why_rows + others_rows + 4 * u16::from(gaps));
        let layout = Boxes::fit(area.width, room, s, (a, b));
        let used = layout.map_or(0, |l| l.rows());
        // The block sits in the middle of the space when there is more.
        let block = 1 + used + why_rows + others_rows + 4 * u16::from(gaps);
        let above = area.height.saturating_sub(block) / 2;
        take_top(&mut area, above);
        gap(&mut area);
        centred(
            take_top(&mut area, 1),
            buf,
            tr!(l, "rank-pair-question"),
            theme.heading,
        );
        gap(&mut area);
        let winner = ranking::pair_decision(s, a, b, who).map(|d| d.winner);
        if let Some(layout) = layout {
            let boxes = take_top(&mut area, used);
            draw_boxes(boxes, layout, buf, s, &round, (a, b), winner, theme, l);
        }
        gap(&mut area);
        // Why: typed, pending, recorded, or the key to write it.
        let why_area = take_top(&mut area, why_rows);
        let cursor = self.draw_why(why_area, buf, ctx, (a, b), who, theme);
        gap(&mut area);
        if let (1, Some(others)) = (others_rows, others) {
            line(take_top(&mut area, 1), buf, &others, theme.muted);
        }
        cursor
    }

    /// "Also decided: room 1 · Women = · Men –": the other rounds on this pair.
    fn others_line(
        &self,
        s: &Session,
        round: &Round,
        (a, b): (ProblemId, ProblemId),
        who: Option<GroupId>,
        l: Lang,
    ) -> Option<String> {
        if s.groups.is_empty() {
            return None;
        }
        let mut whos: Vec<Option<GroupId>> = vec![None];
        whos.extend(s.groups.iter().map(|g| Some(g.id)));
        let parts: Vec<String> = whos
            .into_iter()
            .filter(|w| *w != who)
            .map(|w| {
                let said = match ranking::pair_decision(s, a, b, w) {
                    Some(d) => match d.winner {
                        Some(p) => round.number(p).to_string(),
                        None => "=".into(),
                    },
                    None => "–".into(),
                };
                let name = match w {
                    Some(g) => s.group_name(g).to_string(),
                    None => tr!(l, "rank-pair-room").into(),
                };
                format!("{name} {said}")
            })
            .collect();
        Some(tr!(l, "rank-pair-others", others = parts.join(" · ")))
    }

    fn draw_why(
        &self,
        area: Rect,
        buf: &mut Buffer,
        ctx: &Ctx,
        (a, b): (ProblemId, ProblemId),
        who: Option<GroupId>,
        theme: &Theme,
    ) -> Option<Position> {
        let s = ctx.session;
        let l = ctx.lang;
        if area.height == 0 {
            return None;
        }
        let label = format!("{} ", tr!(l, "rank-pair-why-label"));
        let lw = text::width(&label) as u16;
        if let Some(Reason { field, .. }) = &self.reason {
            put(buf, area.x, area.y, &label, lw, theme.label_focus);
            let field_area = Rect::new(
                area.x + lw.min(area.width),
                area.y,
                area.width.saturating_sub(lw),
                1,
            );
            return field.render(field_area, buf, theme.input_focus, true);
        }
        let key = ordered((a, b));
        let pending = self
            .pending
            .as_ref()
            .filter(|(k, by, _)| *k == key && *by == who);
        let (text, style) = match (pending, ranking::pair_decision(s, a, b, who)) {
            (Some((_, _, t)), _) => (tr!(l, "rank-pair-why-pending", reason = t), theme.base),
            (None, Some(d)) if !d.reason.is_empty() => {
                (tr!(l, "rank-pair-why", reason = &d.reason), theme.base)
            }
            _ if ctx.read_only => (tr!(l, "rank-pair-no-reason").to_string(), theme.muted),
            _ => (tr!(l, "rank-pair-no-reason-key").to_string(), theme.muted),
        };
        let width = area.width as usize;
        let rows = text::wrap(&text, width);
        for (k, row) in rows.iter().take(area.height as usize).enumerate() {
            let last = k + 1 == area.height as usize && rows.len() > area.height as usize;
            let shown = if last {
                text::truncate(&text[row.range.start..], width).into_owned()
            } else {
                text[row.range.clone()].to_string()
            };
            put(buf, area.x, area.y + k as u16, &shown, area.width, style);
        }
        None
    }
}

/// Which problems are compared, and a warning when the round is long.
/// What the round compares, from the top of `area`; then, when pairs were
/// decided outside it (before the shortlist changed, or among every
/// problem), how many and among which problems: a changed shortlist never
/// hides a decision the room made.
fn draw_scope(
    area: &mut Rect,
    buf: &mut Buffer,
    s: &Session,
    round: &Round,
    theme: &Theme,
    l: Lang,
) {
    let outside = ranking::decisions_outside_round(s);
    if !outside.is_empty() && area.height > 8 {
        let mut among: Vec<ProblemId> = Vec::new();
        for d in &outside {
            for p in [d.pair.0, d.pair.1] {
                if !among.contains(&p) {
                    among.push(p);
                }
            }
        }
        let note = tr!(
            l,
            "rank-pairs-outside",
            pairs = outside.len(),
            problems = among.len()
        );
        line(take_bottom(area, 1), buf, &note, theme.warning);
    }
    let area = take_top(area, 1);
    let n = round.candidates.len();
    let other = match s.ranking.pair_scope {
        PairScope::Shortlist if s.ranking.shortlist.is_empty() => None,
        PairScope::Shortlist => Some(tr!(l, "rank-scope-key-all")),
        PairScope::All => Some(tr!(l, "rank-scope-key-shortlist")),
    };
    let with_key = |text: String| match other {
        Some(key) => format!("{text} · {key}"),
        None => text,
    };
    if n > PAIRWISE_COMFORT {
        let text = with_key(format!("! {}", long_round(n, l)));
        line(area, buf, &text, theme.warning);
    } else {
        let pairs = round.pairs.len();
        let text = match s.ranking.pair_scope {
            PairScope::Shortlist if s.ranking.shortlist.is_empty() => {
                tr!(l, "rank-comparing-all-no-shortlist", n = n, pairs = pairs)
            }
            PairScope::Shortlist => tr!(l, "rank-comparing-shortlist", n = n, pairs = pairs),
            PairScope::All => tr!(l, "rank-comparing-all", n = n, pairs = pairs),
        };
        line(area, buf, &with_key(text), theme.muted);
    }
}

/// Where the two problems go: side by side, or stacked when narrow; boxes
/// padded with blank rows when there is room, so they read large.
#[derive(Clone, Copy)]
struct Boxes {
    side_by_side: bool,
    box_w: u16,
    box_h: u16,
    /// The keys written under the boxes.
    keys_row: bool,
}

/// Columns between the two boxes, for "or" / "=".
const BOX_GAP: u16 = 7;

impl Boxes {
    fn fit(width: u16, height: u16, s: &Session, (a, b): (ProblemId, ProblemId)) -> Option<Boxes> {
        if height < 3 || width < 12 {
            return None;
        }
        let keys_row = height >= 6;
        let room = height - u16::from(keys_row);
        let side_by_side = width >= 50;
        let box_w = if side_by_side {
            ((width - BOX_GAP) / 2).min(BOX_MAX)
        } else {
            width.min(BOX_MAX)
        };
        let inner_w = box_w.saturating_sub(4) as usize;
        let lines = |p: ProblemId| text::wrap(s.problem_title(p), inner_w).len() as u16;
        let bare = lines(a).max(lines(b)) + 2;
        let box_h = if side_by_side {
            let most = if room >= 16 { 4 } else { 2 };
            let pad = room.saturating_sub(bare).min(most) / 2 * 2;
            (bare + pad).min(room)
        } else {
            bare.min(room.saturating_sub(1) / 2).max(1)
        };
        Some(Boxes {
            side_by_side,
            box_w,
            box_h,
            keys_row,
        })
    }

    /// Rows taken, keys included.
    fn rows(&self) -> u16 {
        let boxes = if self.side_by_side {
            self.box_h
        } else {
            2 * self.box_h + 1
        };
        boxes + u16::from(self.keys_row)
    }
}

/// The two problems, large: each in a padded box with its number, the title
/// wrapped and bold. The one that matters more gets a thick border and ✓; a
/// tie shows = between them. The keys are written under the boxes.
#[allow(clippy::too_many_arguments)]
fn draw_boxes(
    area: Rect,
    layout: Boxes,
    buf: &mut Buffer,
    s: &Session,
    round: &Round,
    (a, b): (ProblemId, ProblemId),
    winner: Option<Option<ProblemId>>,
    theme: &Theme,
    l: Lang,
) {
    let tie = winner == Some(None);
    let chosen = |p| winner == Some(Some(p));
    let decided = winner.is_some();
    let Boxes { box_w, box_h, .. } = layout;
    if layout.side_by_side {
        let x0 = area.x + area.width.saturating_sub(2 * box_w + BOX_GAP) / 2;
        let left = Rect::new(x0, area.y, box_w, box_h);
        let right = Rect::new(x0 + box_w + BOX_GAP, area.y, box_w, box_h);
        draw_box(left, buf, s, round, a, chosen(a), decided, theme);
        draw_box(right, buf, s, round, b, chosen(b), decided, theme);
        let mid = Rect::new(x0 + box_w, area.y + box_h / 2, BOX_GAP, 1);
        let (word, style) = if tie {
            ("=", theme.emphasis)
        } else {
            (tr!(l, "rank-pair-or"), theme.muted)
        };
        centred(mid, buf, word, style);
        if layout.keys_row {
            let y = area.y + box_h;
            let label = |p, key: &'static str| {
                if chosen(p) {
                    (tr!(l, "rank-pair-more"), theme.emphasis)
                } else {
                    (key, theme.key)
                }
            };
            let (lk, ls) = label(a, tr!(l, "rank-pair-this-left"));
            let (rk, rs) = label(b, tr!(l, "rank-pair-this-right"));
            centred(Rect::new(left.x, y, left.width, 1), buf, lk, ls);
            centred(Rect::new(right.x, y, right.width, 1), buf, rk, rs);
            let (mk, ms) = if tie {
                (tr!(l, "rank-pair-equal-short"), theme.emphasis)
            } else {
                ("=", theme.key)
            };
            centred(Rect::new(mid.x, y, mid.width, 1), buf, mk, ms);
        }
    } else {
        let x0 = area.x + area.width.saturating_sub(box_w) / 2;
        let top = Rect::new(x0, area.y, box_w, box_h);
        let bottom = Rect::new(x0, area.y + box_h + 1, box_w, box_h);
        draw_box(top, buf, s, round, a, chosen(a), decided, theme);
        let (word, style) = if tie {
            (tr!(l, "rank-pair-equal"), theme.emphasis)
        } else {
            (tr!(l, "rank-pair-or"), theme.muted)
        };
        centred(Rect::new(x0, area.y + box_h, box_w, 1), buf, word, style);
        draw_box(bottom, buf, s, round, b, chosen(b), decided, theme);
        if layout.keys_row {
            let row = Rect::new(x0, bottom.bottom(), box_w, 1);
            centred(row, buf, tr!(l, "rank-pair-keys-stacked"), theme.key);
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn draw_box(
    area: Rect,
    buf: &mut Buffer,
    s: &Session,
    round: &Round,
    p: ProblemId,
    chosen: bool,
    decided: bool,
    theme: &Theme,
) {
    let area = area.intersection(buf.area);
    if area.width < 4 || area.height < 2 {
        return;
    }
    let (border_type, border_style) = if chosen {
        (BorderType::Thick, theme.border_focus)
    } else {
        (BorderType::Plain, theme.border)
    };
    let number = round.number(p);
    let title = if chosen {
        format!(" {number} ✓ ")
    } else {
        format!(" {number} ")
    };
    let block = Block::default()
        .borders(Borders::ALL)
        .border_type(border_type)
        .border_style(border_style)
        .title(Span::styled(
            title,
            if chosen {
                theme.emphasis
            } else {
                theme.heading
            },
        ))
        .style(theme.base);
    let inner = block.inner(area);
    block.render(area, buf);
    let inner = Rect::new(
        inner.x + 1.min(inner.width),
        inner.y,
        inner.width.saturating_sub(2),
        inner.height,
    );
    if inner.is_empty() {
        return;
    }
    let title = s.problem_title(p);
    let rows = text::wrap(title, inner.width as usize);
    let shown = rows.len().min(inner.height as usize);
    let y0 = inner.y + (inner.height - shown as u16) / 2;
    let style = if decided && !chosen {
        theme.base
    } else {
        theme.emphasis
    };
    for (k, row) in rows.iter().take(shown).enumerate() {
        let cut = k + 1 == shown && rows.len() > shown;
        let piece = if cut {
            text::truncate(&title[row.range.start..], inner.width as usize).into_owned()
        } else {
            title[row.range.clone()].trim_end().to_string()
        };
        centred(
            Rect::new(inner.x, y0 + k as u16, inner.width, 1),
            buf,
            &piece,
            style,
        );
    }
}

/// `s` centred in `width` columns.
pub(super) fn centre(s: &str, width: usize) -> String {
    let w = text::width(s);
    if w >= width {
        return text::truncate(s, width).into_owned();
    }
    let left = (width - w) / 2;
    format!("{}{}{}", " ".repeat(left), s, " ".repeat(width - w - left))
}

/// Draws `s` centred on the top row of `area`, cut with an ellipsis.
fn centred(area: Rect, buf: &mut Buffer, s: &str, style: Style) {
    if area.height == 0 || area.width == 0 {
        return;
    }
    let shown = text::truncate(s, area.width as usize);
    let w = text::width(&shown) as u16;
    let x = area.x + (area.width - w) / 2;
    put(buf, x, area.y, &shown, w, style);
}
