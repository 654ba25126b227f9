//! What the views of Rank share: the keys every view has, the shortlist
//! and the tie at its boundary as every ranking shows them, and the small
//! drawing helpers of the panel.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use crate::i18n::Lang;
use crate::model::ranking::{self, Ranked};
use crate::model::{
    Change, Field, GroupId, PairScope, ProblemId, RankMethod, Session, TieBreak, TieBreakHow,
    TieBreakId,
};
use crate::text;
use crate::tr;
use crate::tui::keymap::{Action, Binding, Key, bind};
use crate::tui::panels::{Ctx, Effect};
use crate::tui::theme::Theme;
use crate::tui::widgets::bar_chart::Fill;

/// "Women" or "whole room".
pub(super) fn who_name(s: &Session, who: Option<GroupId>, l: Lang) -> String {
    match who {
        Some(g) => s.group_name(g).to_string(),
        None => tr!(l, "rank-whole-room").into(),
    }
}

/// A method as a selector's value in messages that say something of each
/// (`{ $method -> [dots] … [pairwise] … *[criteria] … }`).
pub(super) fn method_key(m: RankMethod) -> &'static str {
    match m {
        RankMethod::Dots => "dots",
        RankMethod::Pairwise => "pairwise",
        RankMethod::Criteria => "criteria",
    }
}

/// How a tie was broken, for "broken by …": "run-off vote (12 dots)".
pub(super) fn how_broken(l: Lang, t: &TieBreak) -> String {
    match &t.how {
        TieBreakHow::Runoff { votes } => tr!(l, "room-tie-by-runoff", dots = votes.len()),
        TieBreakHow::HeadToHead => tr!(l, "room-tie-by-head-to-head").to_string(),
        TieBreakHow::Decision { reason } => tr!(l, "room-tie-by-decision", reason = reason),
    }
}

/// «A», then «B», then «C»: an order of problems as a sentence says it.
pub(super) fn then_list(l: Lang, titles: &[String]) -> String {
    let mut parts = titles.iter();
    let Some(first) = parts.next() else {
        return String::new();
    };
    parts.fold(first.clone(), |done, next| {
        tr!(l, "rank-then", first = done, next = next)
    })
}

// ---------------------------------------------------------------------------
// Keys every view shares.

pub(super) const METHOD: Binding = bind(
    &[Key::char('M')],
    Action::NextMethod,
    "method",
    "switch the ranking method: dot voting → pairwise → criteria (nothing recorded is lost)",
)
.editing();

pub(super) const RESULTS: Binding = bind(
    &[Key::char('r')],
    Action::ShowResults,
    "results",
    "the results: overall ranking, chart and each group's ranks side by side (r again: back)",
);

pub(super) const BREAK_TIE: Binding = bind(
    &[Key::char('b')],
    Action::BreakTie,
    "break tie",
    "break a tie the shortlist boundary cuts through: run-off vote, head-to-head, or a decision",
)
.editing();

pub(super) const NEXT_WHO: Binding = bind(
    &[Key::char('g')],
    Action::NextGroup,
    "who decides",
    "pick who is deciding: the whole room (0) or one group (its number)",
);

pub(super) const PREV_WHO: Binding = bind(
    &[Key::char('G')],
    Action::PrevGroup,
    "previous group",
    "pick who is deciding, starting from the one before",
)
.help_only();

// ---------------------------------------------------------------------------
// The shortlist, as every ranking shows it.

/// The room's ranking by one method (tie-breaks applied) and what it means
/// for the shortlist.
pub(super) struct Standing {
    pub(super) method: RankMethod,
    pub(super) room: Vec<Ranked>,
    /// Whether the method has inputs enough for ties to be real.
    pub(super) ready: bool,
    /// The tie the top N cuts through: its shared rank and problems.
    pub(super) tie: Option<(usize, Vec<ProblemId>)>,
}

impl Standing {
    pub(super) fn of(s: &Session, method: RankMethod) -> Standing {
        Standing::with_room(s, method, ranking::ranking(s, method, None))
    }

    /// From a room ranking already worked out (tie-breaks applied).
    pub(super) fn with_room(s: &Session, method: RankMethod, room: Vec<Ranked>) -> Standing {
        let ready = ranking::ready(s, method);
        let tie = ready
            .then(|| ranking::boundary_tie(&room, s.ranking.shortlist_size))
            .flatten();
        Standing {
            method,
            room,
            ready,
            tie,
        }
    }

    /// The tie-break deciding who is in the top N, when one did.
    pub(super) fn boundary_break(&self, n: usize) -> Option<TieBreakId> {
        let inside = self.room.get(n.checked_sub(1)?)?;
        let outside = self.room.get(n)?;
        inside.broken_by.filter(|b| outside.broken_by == Some(*b))
    }

    /// `s`: the top N as the shortlist. When N cuts a tie it asks instead
    /// (break the tie now, or take every tied problem): which of the tied
    /// problems goes on is never guessed.
    pub(super) fn shortlist_top(&self, ctx: &Ctx, shared: &mut super::Shared) -> Effect {
        let s = ctx.session;
        let n = s.ranking.shortlist_size;
        let l = ctx.lang;
        if !self.ready {
            return Effect::Info(tr!(l, "rank-not-ready", method = method_key(self.method)));
        }
        if let Some((rank, tied)) = &self.tie {
            let with_all: Vec<ProblemId> = self
                .room
                .iter()
                .take_while(|r| r.rank <= *rank)
                .map(|r| r.problem)
                .collect();
            shared.overlay = Some(super::Overlay::Boundary(super::BoundaryTie {
                rank: *rank,
                tied: tied.clone(),
                with_all,
            }));
            return Effect::None;
        }
        let top = ranking::top(&self.room, n);
        if top == s.ranking.shortlist {
            return Effect::Info(tr!(l, "rank-shortlist-already", n = n));
        }
        let change = Change::Set(Field::Shortlist(top));
        let narrows_pairs =
            !s.ranking.pairs.is_empty() && s.ranking.pair_scope == PairScope::Shortlist;
        if narrows_pairs {
            // Pairwise on the shortlist now compares the new shortlist; the
            // other decisions stay recorded, and pairwise says so.
            Effect::ApplyWarn(change, tr!(l, "rank-shortlist-set-pairwise", n = n))
        } else {
            Effect::Apply(change)
        }
    }

    /// The shortlist line, then a line on the tie at its boundary: cut
    /// (with the key that breaks it), being broken, or broken and how —
    /// each with whether it is a warning. `whose` names the ranking when the
    /// view shows another one; the keys that change the shortlist are left
    /// out in a read-only session.
    fn footer_lines(&self, ctx: &Ctx, whose: Whose, by_hand: bool) -> Vec<(String, bool)> {
        let s = ctx.session;
        let l = ctx.lang;
        let n = s.ranking.shortlist_size;
        let count = s.ranking.shortlist.len();
        let mut line_text = if count == 0 {
            tr!(l, "rank-shortlist-none").to_string()
        } else {
            // Hand-picked, or set from another ranking: say so, without judging.
            let top = ranking::top(&self.room, n);
            let differs = self.ready
                && (count != top.len() || top.iter().any(|p| !s.ranking.shortlist.contains(p)));
            if differs {
                tr!(l, "rank-shortlist-count-not-top", count = count, n = n)
            } else {
                tr!(l, "rank-shortlist-count", count = count)
            }
        };
        if !ctx.read_only {
            let keys = if count == 0 && by_hand {
                tr!(l, "rank-shortlist-keys-by-hand", n = n)
            } else {
                tr!(l, "rank-shortlist-keys", n = n)
            };
            let sep = if count == 0 { " — " } else { " · " };
            line_text.push_str(sep);
            line_text.push_str(&keys);
        }
        let mut lines = vec![(line_text, false)];
        if let Some(tie) = self.tie_line_for(ctx, whose) {
            lines.push((tie, true));
        } else if let Some(broken) = self.broken_line(s, l) {
            lines.push((broken, false));
        }
        lines
    }

    /// Draws [`Standing::footer_lines`], each wrapped whole onto the rows
    /// [`Standing::footer_rows`] gave them.
    pub(super) fn draw_footer(
        &self,
        area: Rect,
        ctx: &Ctx,
        whose: Whose,
        by_hand: bool,
        buf: &mut Buffer,
        theme: &Theme,
    ) {
        let mut rows = area;
        for (text, warning) in self.footer_lines(ctx, whose, by_hand) {
            let style = if warning { theme.warning } else { theme.base };
            for piece in wrapped(&text, area.width) {
                line(take_top(&mut rows, 1), buf, &piece, style);
            }
        }
    }

    /// Rows [`Standing::draw_footer`] takes at this width.
    pub(super) fn footer_rows(&self, ctx: &Ctx, whose: Whose, by_hand: bool, width: u16) -> u16 {
        self.footer_lines(ctx, whose, by_hand)
            .iter()
            .map(|(t, _)| wrapped(t, width).len() as u16)
            .sum()
    }

    /// "! Top 3: positions 3 and 4 are tied — b breaks the tie", while the
    /// boundary cuts a tie (without the key in a read-only session).
    pub(super) fn tie_line(&self, ctx: &Ctx) -> Option<String> {
        self.tie_line_for(ctx, Whose::Shown)
    }

    pub(super) fn tie_line_for(&self, ctx: &Ctx, whose: Whose) -> Option<String> {
        let s = ctx.session;
        let l = ctx.lang;
        let tie = self.tie.as_ref()?;
        let n = s.ranking.shortlist_size;
        let whose = match whose {
            Whose::Shown => "",
            Whose::Room => tr!(l, "rank-whose-room"),
        };
        let positions = positions(l, tie);
        Some(match ranking::runoff_in_progress(s, self.method, &tie.1) {
            Some(t) => {
                let dots = match &t.how {
                    TieBreakHow::Runoff { votes } => votes.len(),
                    _ => 0,
                };
                if ctx.read_only {
                    tr!(
                        l,
                        "rank-tie-runoff-read-only",
                        n = n,
                        whose = whose,
                        positions = positions,
                        dots = dots
                    )
                } else {
                    tr!(
                        l,
                        "rank-tie-runoff",
                        n = n,
                        whose = whose,
                        positions = positions,
                        dots = dots
                    )
                }
            }
            None if ctx.read_only => {
                tr!(
                    l,
                    "rank-tie-cut-read-only",
                    n = n,
                    whose = whose,
                    positions = positions
                )
            }
            None => tr!(
                l,
                "rank-tie-cut",
                n = n,
                whose = whose,
                positions = positions
            ),
        })
    }

    /// "✓ Top 3: tie at rank 3 broken by run-off vote (12 dots)".
    pub(super) fn broken_line(&self, s: &Session, l: Lang) -> Option<String> {
        let n = s.ranking.shortlist_size;
        let id = self.boundary_break(n)?;
        let t = s.ranking.tie_breaks.iter().find(|t| t.id == id)?;
        Some(tr!(
            l,
            "rank-tie-broken",
            n = n,
            rank = t.rank,
            how = how_broken(l, t)
        ))
    }
}

/// Whose ranking a footer's tie line speaks of: the one on screen, or the
/// whole room's while one group's is shown ("whole room: positions …").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Whose {
    Shown,
    Room,
}

/// "positions 3 and 4", "positions 2 to 5": the places a tie spans.
pub(super) fn positions(l: Lang, (rank, tied): &(usize, Vec<ProblemId>)) -> String {
    let first = *rank;
    let last = rank + tied.len().saturating_sub(1);
    if last == first + 1 {
        tr!(l, "rank-positions-two", first = first, last = last)
    } else {
        tr!(l, "rank-positions-range", first = first, last = last)
    }
}

/// `a` on the boundary question: every tied problem goes on the shortlist,
/// and N grows to take them (so the top N cuts no tie any more), as one
/// change.
pub(super) fn include_tied(s: &Session, with_all: Vec<ProblemId>) -> Effect {
    let n = with_all.len();
    let mut changes = Vec::new();
    if n != s.ranking.shortlist_size {
        changes.push(Change::Set(Field::ShortlistSize(n)));
    }
    changes.push(Change::Set(Field::Shortlist(with_all)));
    Effect::Apply(Change::Batch {
        label: crate::i18n::Msg::new("change-shortlist-with-ties").with("n", n),
        changes,
    })
}

/// `]`/`[`: the top N one longer or shorter.
pub(super) fn shortlist_size(s: &Session, longer: bool, l: Lang) -> Effect {
    let n = s.ranking.shortlist_size;
    let most = s.problems.len().max(1);
    if longer && n >= most {
        Effect::Info(tr!(l, "rank-shortlist-longest", most = most))
    } else if !longer && n <= 1 {
        Effect::Info(tr!(l, "rank-shortlist-shortest").into())
    } else {
        let n = if longer { n + 1 } else { n - 1 };
        Effect::Apply(Change::Set(Field::ShortlistSize(n)))
    }
}

/// A score as the room reads it: 3, 3½ (a half point from a tied pair),
/// 13.5 (a weighted or averaged score; "13,5" in French and Russian).
pub(super) fn score_label(method: RankMethod, score: f64, l: Lang) -> String {
    let near = |x: f64| (x - x.round()).abs() < 1e-9;
    if method == RankMethod::Pairwise && !near(score) && near(score * 2.0) {
        match score.floor() as i64 {
            0 => "½".into(),
            whole => format!("{whole}½"),
        }
    } else {
        crate::i18n::numbers::one_decimal(score, l)
    }
}

/// A score with its unit: "12 dots", "3½ wins", "14 points".
pub(super) fn score_with_unit(method: RankMethod, score: f64, l: Lang) -> String {
    let label = score_label(method, score, l);
    // The plural rules choose by a whole number; a half or a decimal is
    // given as text, which takes the language's default form.
    let n: crate::i18n::Arg = if (score - score.round()).abs() < 1e-9 {
        (score.round() as i64).into()
    } else {
        label.clone().into()
    };
    let args = [
        ("method", crate::i18n::Arg::from(method_key(method))),
        ("n", n),
        ("score", label.into()),
    ];
    l.f("rank-score", &args)
}

// ---------------------------------------------------------------------------
// Drawing helpers the views share.

/// The method strip on top of every view: the three methods with what each
/// has recorded, the session's own marked ▶ and reversed, and the key to the
/// results on the right. On a narrow screen the other methods' counts lose
/// their unit before the results key goes.
pub(super) fn draw_method_strip(
    area: Rect,
    buf: &mut Buffer,
    ctx: &Ctx,
    results: bool,
    theme: &Theme,
) {
    let r = &ctx.session.ranking;
    let l = ctx.lang;
    // `M` switches the method, which a read-only session cannot.
    let lead = if ctx.read_only {
        format!("{} ", tr!(l, "rank-strip-lead"))
    } else {
        format!("{} ", tr!(l, "rank-strip-lead-key"))
    };
    let recorded = |m: RankMethod, unit: bool| {
        let n = match m {
            RankMethod::Dots => r.votes.len(),
            RankMethod::Pairwise => r.pairs.len(),
            RankMethod::Criteria => r.scores.len(),
        };
        if unit {
            tr!(l, "rank-strip-recorded", method = method_key(m), n = n)
        } else {
            n.to_string()
        }
    };
    let spans = |units: bool| {
        let mut spans = vec![Span::styled(lead.clone(), theme.heading)];
        for m in RankMethod::ALL {
            let item = tr!(
                l,
                "rank-strip-method",
                method = method_title(m, l),
                recorded = recorded(m, units || m == r.method)
            );
            if m == r.method {
                spans.push(Span::styled(format!("▶ {item} "), theme.selected));
            } else {
                spans.push(Span::styled(format!("  {item} "), theme.muted));
            }
        }
        spans
    };
    let right = if results {
        tr!(l, "rank-strip-back")
    } else {
        tr!(l, "rank-strip-results")
    };
    let width = |spans: &[Span]| spans.iter().map(|s| text::width(&s.content)).sum::<usize>();
    let room = (area.width as usize).saturating_sub(text::width(right) + 2);
    let full = spans(true);
    // The score card's key where there is room for it (the hint line is
    // full on most screens).
    let with_card = format!("{right} · {}", tr!(l, "rank-strip-score-card"));
    let end = if width(&full) + 2 + text::width(&with_card) <= area.width as usize {
        split_line(area, buf, &full, &with_card, theme)
    } else if width(&full) <= room {
        split_line(area, buf, &full, right, theme)
    } else {
        let short = spans(false);
        let right = if width(&short) <= room { right } else { "" };
        split_line(area, buf, &short, right, theme)
    };
    // The lead and the methods are one field: right to left each segment
    // reads as one and the segments follow one another from the right, the
    // lead first, as the strip reads left to right from the left.
    crate::tui::bidi::fields::mark(buf, area.x, area.y, end.saturating_sub(area.x));
}

/// "Dot voting", "Pairwise", "Criteria".
pub(super) fn method_title(m: RankMethod, l: Lang) -> &'static str {
    match m {
        RankMethod::Dots => tr!(l, "rank-method-dots"),
        RankMethod::Pairwise => tr!(l, "rank-method-pairwise"),
        RankMethod::Criteria => tr!(l, "rank-method-criteria"),
    }
}

/// "4–7 of 12": the rows of a chart in view, when not all are; nothing
/// when they are.
pub(super) fn range_label(l: Lang, window: &std::ops::Range<usize>, len: usize) -> String {
    if window.len() >= len {
        String::new()
    } else {
        tr!(
            l,
            "rank-range",
            from = window.start + 1,
            to = window.end,
            total = len
        )
    }
}

/// Takes `n` rows off the top of `area`.
pub(super) fn take_top(area: &mut Rect, n: u16) -> Rect {
    let n = n.min(area.height);
    let top = Rect::new(area.x, area.y, area.width, n);
    area.y += n;
    area.height -= n;
    top
}

/// Takes `n` rows off the bottom of `area`.
pub(super) fn take_bottom(area: &mut Rect, n: u16) -> Rect {
    let n = n.min(area.height);
    area.height -= n;
    Rect::new(area.x, area.y + area.height, area.width, n)
}

/// `left` and a quieter `right` on one line; the left is cut first.
/// Returns where the left part ended.
pub(super) fn split_line(
    area: Rect,
    buf: &mut Buffer,
    left: &[Span],
    right: &str,
    theme: &Theme,
) -> u16 {
    if area.height == 0 || area.width == 0 {
        return area.x;
    }
    let width = area.width as usize;
    let right_w = text::width(right);
    let right_fits = !right.is_empty() && right_w + 2 <= width;
    let room = if right_fits {
        width - right_w - 2
    } else {
        width
    };
    let mut x = area.x;
    let mut left_room = room;
    for span in left {
        let shown = text::truncate(&span.content, left_room);
        let w = text::width(&shown);
        buf.set_stringn(x, area.y, &shown, left_room, span.style);
        x += w as u16;
        left_room -= w;
        if w < text::width(&span.content) {
            break;
        }
    }
    if right_fits {
        buf.set_stringn(
            area.right() - right_w as u16,
            area.y,
            right,
            right_w,
            theme.muted,
        );
    }
    x
}

/// `text` wrapped to `width` columns, as the rows to draw.
pub(super) fn wrapped(text: &str, width: u16) -> Vec<String> {
    text::wrap(text, width.max(1) as usize)
        .into_iter()
        .map(|l| text[l.range].trim_end().to_string())
        .collect()
}

/// One line of text on the top row of `area`, cut with an ellipsis.
pub(super) fn line(area: Rect, buf: &mut Buffer, text: &str, style: ratatui::style::Style) {
    if area.height == 0 || area.width == 0 {
        return;
    }
    let w = area.width as usize;
    buf.set_stringn(area.x, area.y, text::truncate(text, w), w, style);
}

/// One group in a legend of dots used against a budget.
pub(super) struct Budget<'a> {
    pub(super) name: &'a str,
    pub(super) used: u32,
    pub(super) budget: u32,
    /// The group whose dots are being placed.
    pub(super) active: bool,
    /// Its place in the session's groups: its fill.
    pub(super) index: usize,
}

/// Every group's dots used / budget, which is also a chart's legend: its
/// fill, ▶ on the active group, ! on any over budget. Wraps onto at most
/// `max_rows` rows; returns the rows used.
pub(super) fn draw_budgets(
    area: Rect,
    max_rows: u16,
    budgets: &[Budget],
    buf: &mut Buffer,
    theme: &Theme,
    l: Lang,
) -> u16 {
    let width = area.width as usize;
    let items: Vec<Vec<Span>> = budgets
        .iter()
        .map(|b| {
            let over = b.used > b.budget;
            let fill = Fill::group(theme, b.index);
            let style = if b.active {
                theme.selected
            } else if over {
                theme.warning
            } else {
                theme.base
            };
            // The whole name: a long one takes a row of its own (the legend
            // wraps), and is cut only where no row is wide enough.
            let suffix = format!(" {}/{}{}", b.used, b.budget, if over { " !" } else { "" });
            let room = width.saturating_sub(4 + text::width(&suffix)).max(8);
            let label = format!("{}{suffix}", text::truncate(b.name, room));
            vec![
                Span::styled(if b.active { "▶" } else { " " }, style),
                Span::styled(fill.swatch(), fill.style),
                Span::styled(" ", theme.base),
                Span::styled(label, style),
            ]
        })
        .collect();
    let item_width = |spans: &[Span]| spans.iter().map(|s| text::width(&s.content)).sum::<usize>();
    let mut lines: Vec<Vec<Span>> = vec![Vec::new()];
    let mut x = 0;
    let mut shown = 0;
    for item in &items {
        let w = item_width(item);
        let gap = if x == 0 { 0 } else { 2 };
        if x > 0 && x + gap + w > width {
            if lines.len() == max_rows as usize {
                break;
            }
            lines.push(Vec::new());
            x = 0;
        }
        let line = lines.last_mut().expect("one line at least");
        if x > 0 {
            line.push(Span::raw("  "));
            x += 2;
        }
        line.extend(item.iter().cloned());
        x += w;
        shown += 1;
    }
    if shown < items.len()
        && let Some(line) = lines.last_mut()
    {
        line.push(Span::styled(
            format!("  {}", tr!(l, "rank-more", n = items.len() - shown)),
            theme.muted,
        ));
    }
    let rows = (lines.len() as u16).min(area.height);
    for (line, y) in lines.into_iter().zip(area.y..area.y + rows) {
        Line::from(line).render(Rect::new(area.x, y, area.width, 1), buf);
    }
    rows
}

pub(super) fn group_ids(s: &Session) -> Vec<GroupId> {
    s.groups.iter().map(|g| g.id).collect()
}

#[cfg(test)]
mod tests {
    use super::score_label;
    use crate::i18n::Lang;
    use crate::model::RankMethod;

    #[test]
    fn a_score_is_written_as_the_language_writes_it() {
        for (lang, mean) in [
            (Lang::En, "13.5"),
            (Lang::Sw, "13.5"),
            (Lang::Fr, "13,5"),
            (Lang::Ar, "13.5"),
            (Lang::So, "13.5"),
            (Lang::Ru, "13,5"),
        ] {
            assert_eq!(score_label(RankMethod::Criteria, 13.5, lang), mean);
            assert_eq!(score_label(RankMethod::Criteria, 14.0, lang), "14");
            assert_eq!(score_label(RankMethod::Pairwise, 3.5, lang), "3½");
            assert_eq!(score_label(RankMethod::Pairwise, 0.5, lang), "½");
        }
    }
}
