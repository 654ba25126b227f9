//! Monitor on the wall: how many actions stand at each status (big digits
//! where they fit), then the actions by status with their due dates; an
//! overdue one carries `!`. Never the progress notes, the risks or how many
//! days late, beside whoever leads it.

use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Rect};

use super::entries::{self, Entry, Look};
use super::{Drawn, Room, big, empty, rows};
use crate::model::ActionStatus;
use crate::tr;
use crate::tui::panels::actions::status_mark;
use crate::tui::theme::Theme;

pub(super) fn draw(mut area: Rect, buf: &mut Buffer, theme: &Theme, room: &Room) -> Drawn {
    let s = room.session;
    let lang = room.lang;
    let heading = tr!(lang, "room-monitor-heading", actions = s.actions.len());
    if s.actions.is_empty() {
        empty(area, buf, theme, tr!(lang, "room-monitor-empty"));
        return Drawn {
            heading,
            page: String::new(),
        };
    }
    let count = |st: ActionStatus| s.actions.iter().filter(|a| a.status == st).count();
    let statuses = ActionStatus::ALL;
    // Big counts in five columns where they fit, else one line.
    let col = area.width / statuses.len() as u16;
    let size = big::Size::Quadrant;
    if area.height >= 16 && col >= 13 {
        // Each status's word under its count, wrapped within its column
        // (a long language takes two lines rather than being cut).
        let labels: Vec<Vec<String>> = statuses
            .iter()
            .map(|st| {
                let label = format!("{} {}", status_mark(*st), lang.t(st.msg_id()));
                rows::wrap(&label, col.saturating_sub(1))
            })
            .collect();
        let label_rows = labels.iter().map(Vec::len).max().unwrap_or(1).min(2) as u16;
        let band = rows::take_top(&mut area, size.height() + label_rows);
        for (i, st) in statuses.iter().enumerate() {
            let at = Rect::new(band.x + i as u16 * col, band.y, col, band.height);
            let n = count(*st).to_string();
            let digits = Rect::new(at.x, at.y, at.width, size.height());
            big::draw(digits, buf, &n, size, theme.emphasis, Alignment::Left);
            let under = Rect::new(
                at.x,
                at.y + size.height(),
                col.saturating_sub(1),
                label_rows,
            );
            rows::put_lines(buf, under, 0, &labels[i], theme.heading);
        }
    } else {
        // As many counts to a line as fit, never one split over two.
        let mut lines: Vec<String> = vec![String::new()];
        for st in statuses {
            let item = format!("{} {} {}", status_mark(st), count(st), lang.t(st.msg_id()));
            let last = lines.last_mut().expect("one line at least");
            if last.is_empty() {
                last.push_str(&item);
            } else if crate::text::width(last) + 2 + crate::text::width(&item)
                <= usize::from(area.width)
            {
                last.push_str("  ");
                last.push_str(&item);
            } else {
                lines.push(item);
            }
        }
        let used = rows::put_lines(buf, area, 0, &lines, theme.heading);
        rows::take_top(&mut area, used);
    }
    rows::gap(&mut area, 8);
    let today = room.today();
    let list: Vec<Entry> = statuses
        .iter()
        .flat_map(|st| s.actions.iter().filter(move |a| a.status == *st))
        .map(|a| {
            let overdue = a.is_overdue(today);
            let due = a.due.map_or(String::new(), |d| {
                tr!(lang, "room-monitor-due", date = lang.date_short(d))
            });
            let detail = match (overdue, due.is_empty()) {
                (true, _) => format!("! {due} · {}", lang.t(a.status.msg_id())),
                (false, true) => lang.t(a.status.msg_id()).to_string(),
                (false, false) => format!("{due} · {}", lang.t(a.status.msg_id())),
            };
            Entry {
                selected: room.cue.focus.action == Some(a.id),
                lead: status_mark(a.status).to_string(),
                title: a.activity.clone(),
                detail: Some(detail),
                ..Entry::default()
            }
        })
        .collect();
    let page = entries::draw(
        area,
        buf,
        theme,
        room.lang,
        &list,
        &Look {
            bar_max: 0.0,
            big: false,
            ranked: false,
            big_titles: false,
        },
    );
    Drawn { heading, page }
}
