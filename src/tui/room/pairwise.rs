//! Pairwise ranking on the wall: the two problems of the pair being decided,
//! large, side by side (one above the other on a narrow screen), "pair 7 of
//! 15", who decides, and — once decided — which one the room said matters
//! more. Never the reasons' text: they can name people.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use super::{Drawn, Room, big, empty, rows};
use crate::i18n::Lang;
use crate::model::ranking;
use crate::model::{ProblemId, ordered};
use crate::tr;
use crate::tui::theme::Theme;

pub(super) fn draw(mut area: Rect, buf: &mut Buffer, theme: &Theme, room: &Room) -> Drawn {
    let s = room.session;
    let focus = &room.cue.focus;
    let candidates = ranking::pair_candidates(s);
    let pairs = ranking::pair_order(&candidates);
    let who = focus.who.filter(|g| s.group(*g).is_some());
    let lang = room.lang;
    let who_name = who.map_or(tr!(lang, "room-whole-room").to_string(), |g| {
        s.group_name(g).to_string()
    });
    let current = focus
        .pair
        .and_then(|p| pairs.iter().position(|q| ordered(*q) == ordered(p)));
    let (decided, total) = ranking::pairwise_progress(s, who);
    let heading = match current {
        Some(i) => tr!(
            lang,
            "room-pairwise-heading",
            pair = i + 1,
            pairs = pairs.len()
        ),
        None => tr!(lang, "room-pairwise-title").to_string(),
    };
    let Some(i) = current else {
        empty(area, buf, theme, tr!(lang, "room-pairwise-empty"));
        return Drawn {
            heading,
            page: String::new(),
        };
    };
    let (a, b) = pairs[i];
    let line = tr!(
        lang,
        "room-pairwise-deciding",
        who = &who_name,
        decided = decided,
        total = total
    );
    rows::label(buf, &mut area, &line, theme.muted);
    rows::gap(&mut area, 10);
    let decision = ranking::pair_decision(s, a, b, who);
    let verdict = |p: ProblemId| match decision {
        Some(d) if d.winner == Some(p) => Some(Verdict::More),
        Some(d) if d.winner.is_none() => Some(Verdict::Same),
        _ => None,
    };
    let number = |p: ProblemId| candidates.iter().position(|c| *c == p).map_or(0, |i| i + 1);
    let side_by_side = area.width >= 70;
    if side_by_side {
        // The word between the two ("or", "ou", "или") with a space each
        // side, however long the language makes it.
        let or_w = crate::text::width(tr!(lang, "room-pairwise-or")) as u16;
        let half = area.width.saturating_sub((or_w + 2).max(5)) / 2;
        let left = Rect::new(area.x, area.y, half, area.height);
        let right = Rect::new(area.right() - half, area.y, half, area.height);
        let mid = Rect::new(area.x + half, area.y, area.width - 2 * half, area.height);
        one(
            left,
            buf,
            theme,
            lang,
            number(a),
            s.problem_title(a),
            verdict(a),
        );
        one(
            right,
            buf,
            theme,
            lang,
            number(b),
            s.problem_title(b),
            verdict(b),
        );
        // Level with the first line of the titles.
        let y = 0;
        rows::put(
            buf,
            Rect::new(mid.x + 1, mid.y, mid.width.saturating_sub(2), mid.height),
            y,
            tr!(lang, "room-pairwise-or"),
            theme.muted,
        );
    } else {
        // One above the other, each taking the rows its title needs.
        let title = |p: ProblemId| format!("{}. {}", number(p), rows::clean(s.problem_title(p)));
        let half = area.height.saturating_sub(1) / 2;
        let need = |p: ProblemId| {
            big::headline_height(area.width, &title(p), half.saturating_sub(2))
                + if verdict(p).is_some() { 2 } else { 0 }
        };
        let upper_h = need(a).min(area.height.saturating_sub(2));
        let upper = Rect::new(area.x, area.y, area.width, upper_h);
        let lower = Rect::new(
            area.x,
            area.y + upper_h + 1,
            area.width,
            area.height.saturating_sub(upper_h + 1),
        );
        one(
            upper,
            buf,
            theme,
            lang,
            number(a),
            s.problem_title(a),
            verdict(a),
        );
        rows::put(
            buf,
            Rect::new(area.x, area.y + upper_h, area.width, 1),
            0,
            tr!(lang, "room-pairwise-or"),
            theme.muted,
        );
        one(
            lower,
            buf,
            theme,
            lang,
            number(b),
            s.problem_title(b),
            verdict(b),
        );
    }
    Drawn {
        heading,
        page: String::new(),
    }
}

/// One problem of the pair: its number and title, large, and the verdict.
/// What the room said of one problem of the pair.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Verdict {
    More,
    Same,
}

fn one(
    area: Rect,
    buf: &mut Buffer,
    theme: &Theme,
    lang: Lang,
    number: usize,
    title: &str,
    verdict: Option<Verdict>,
) {
    if area.is_empty() {
        return;
    }
    let style = if verdict == Some(Verdict::More) {
        theme.selected
    } else {
        theme.emphasis
    };
    let text = format!("{number}. {}", rows::clean(title));
    let budget = area.height.saturating_sub(2);
    // Bold text needs every row: the verdict goes under it.
    let used = big::headline(area, buf, &text, style, budget);
    if let Some(v) = verdict {
        let words = match v {
            Verdict::More => tr!(lang, "room-pairwise-more"),
            Verdict::Same => tr!(lang, "room-pairwise-same"),
        };
        rows::put(buf, area, used + 1, words, theme.emphasis);
    }
}
