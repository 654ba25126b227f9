//! The follow-up ledger on the wall: what the room raised beyond the
//! community, to whom and since when, and what is still awaited, counted in
//! days — how many wait for a reply, for an action, are under way or done
//! (big digits where they fit), then each escalation with its replies and
//! non-replies by date and kind.
//!
//! Never the notes of a reply: they say what an official said and who said
//! it, which is the facilitator's to pass on. The body it went to and the
//! dates are the room's: it decided to raise the problem.

use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Rect};

use super::entries::{self, Entry, Look};
use super::{Drawn, Room, big, empty, rows};
use crate::model::ledger::{Reply, Standing};
use crate::report::rollup::AWAITING_DAYS;
use crate::tr;
use crate::tui::panels::ledger::{ordered, stands};
use crate::tui::theme::Theme;

/// Where escalations stand, with the words under the big counts (their
/// ids: short, as four columns share 76 cells at 80×24).
const STANDINGS: [(Standing, &str); 4] = [
    (Standing::AwaitingReply, "ledger-room-await-reply"),
    (Standing::AwaitingAction, "ledger-room-await-action"),
    (Standing::InAction, "ledger-room-under-way"),
    (Standing::Done, "ledger-room-done"),
];

pub(super) fn draw(mut area: Rect, buf: &mut Buffer, theme: &Theme, room: &Room) -> Drawn {
    let s = room.session;
    let l = room.lang;
    let list = ordered(s);
    let awaited = list.iter().filter(|e| e.is_open()).count();
    let heading = tr!(l, "ledger-room-heading", awaited = awaited);
    if list.is_empty() {
        empty(area, buf, theme, tr!(l, "ledger-room-empty"));
        return Drawn {
            heading,
            page: String::new(),
        };
    }
    let count = |st: Standing| list.iter().filter(|e| e.standing() == st).count();
    let col = area.width / STANDINGS.len() as u16;
    let size = big::Size::Quadrant;
    // Big digits where they fit with their words whole under them; else
    // the counts in a line, which wraps.
    let words_fit = STANDINGS
        .iter()
        .all(|(_, short)| crate::text::width(l.t(short)) < usize::from(col));
    if area.height >= 18 && col >= 18 && words_fit {
        let band = rows::take_top(&mut area, size.height() + 1);
        for (i, (st, short)) in STANDINGS.iter().enumerate() {
            // A column of air between the columns.
            let at = Rect::new(band.x + i as u16 * col, band.y, col - 1, band.height);
            let digits = Rect::new(at.x, at.y, at.width, size.height());
            let n = count(*st).to_string();
            big::draw(digits, buf, &n, size, theme.emphasis, Alignment::Left);
            rows::put(buf, at, size.height(), l.t(short), theme.heading);
        }
    } else {
        let line = STANDINGS
            .iter()
            .map(|(st, _)| format!("{} {}", count(*st), l.t(st.msg_id())))
            .collect::<Vec<_>>()
            .join(" · ");
        rows::label(buf, &mut area, &line, theme.heading);
    }
    rows::gap(&mut area, 8);
    let today = room.today();
    let entries: Vec<Entry> = list
        .iter()
        .map(|e| {
            let late = e
                .awaiting_reply_days(today)
                .is_some_and(|d| d > AWAITING_DAYS);
            let mut replies: Vec<&Reply> = e.replies.iter().collect();
            replies.sort_by_key(|r| (r.date, r.at));
            let said: Vec<String> = replies
                .iter()
                .map(|r| {
                    format!(
                        "{} {} {}",
                        r.kind.mark(),
                        l.t(r.kind.msg_id()),
                        l.date_day_month(r.date)
                    )
                })
                .collect();
            let mut detail = tr!(
                l,
                "ledger-room-detail",
                to = rows::clean(&e.to),
                since = l.date_short(e.raised),
                stands = stands(e, today, l)
            );
            if late {
                detail.insert_str(0, "! ");
            }
            if !said.is_empty() {
                detail.push_str(&format!(" · {}", said.join(l.t("list-separator"))));
            }
            Entry {
                selected: room.cue.focus.escalation == Some(e.id),
                lead: standing_mark(e.standing()).to_string(),
                title: s.problem_title(e.problem).to_string(),
                detail: Some(detail),
                detail_wraps: true,
                ..Entry::default()
            }
        })
        .collect();
    let page = entries::draw(
        area,
        buf,
        theme,
        room.lang,
        &entries,
        &Look {
            bar_max: 0.0,
            big: false,
            ranked: false,
            big_titles: false,
        },
    );
    Drawn { heading, page }
}

/// A mark for where an escalation stands, read without colour: the marks
/// of the replies that got it there.
fn standing_mark(st: Standing) -> &'static str {
    match st {
        Standing::AwaitingReply => "○",
        Standing::AwaitingAction => "✉",
        Standing::InAction => "▶",
        Standing::Done => "✓",
    }
}
