//! Where and when insecurity happens, in a report: for the times of day and
//! for the months (each when marked), the whole room's grid, each group's
//! grid, the places and times marked highest, and the problems linked to
//! them. Only a session with places has this section.

use super::doc::{Block, Heat, Item, Text};
use crate::model::where_when::{Clock, WhereWhen, hot_spots, level_text};
use crate::model::{GroupId, Session};

/// How many of the cells marked highest a report lists.
const HOT_SPOTS: usize = 5;

/// One grid: the places down, the bands of `clock` across, one group's
/// marks or (`None`) the whole room's means.
pub(crate) fn grid(
    ww: &WhereWhen,
    groups: &[GroupId],
    group: Option<GroupId>,
    clock: Clock,
    caption: String,
) -> Heat {
    let bands = clock.bands();
    Heat {
        caption,
        corner: "Place".into(),
        columns: bands.iter().map(|b| b.label().to_string()).collect(),
        rows: ww
            .places
            .iter()
            .map(|p| {
                (
                    p.name.clone(),
                    bands
                        .iter()
                        .map(|b| ww.level(p.id, *b, group, groups))
                        .collect(),
                )
            })
            .collect(),
    }
}

pub(super) fn section(s: &Session, out: &mut Vec<Block>) {
    let ww = &s.where_when;
    if ww.is_empty() {
        return;
    }
    out.push(Block::Heading(2, "Where and when".into()));
    out.push(Block::Para(Text::plain(
        "Each group marked how unsafe each place is at each time: 0 safe, 1 a little, 2 unsafe, \
         3 very unsafe (▓ 3, ▒ 2, ░ 1, · 0; blank: not marked). The whole room's mark is the \
         mean of the groups that marked the cell, each group counting once.",
    )));
    let groups = s.group_ids();
    let mut any = false;
    for clock in [Clock::Day, Clock::Season] {
        let marking = ww.marking_groups(&groups, clock);
        if marking.is_empty() {
            continue;
        }
        any = true;
        let what = match clock {
            Clock::Day => "times of day",
            Clock::Season => "months of the year",
        };
        out.push(Block::Heading(3, format!("By {what}")));
        out.push(Block::Heat(grid(
            ww,
            &groups,
            None,
            clock,
            format!("Whole room, {what}"),
        )));
        for g in &marking {
            out.push(Block::Heat(grid(
                ww,
                &groups,
                Some(*g),
                clock,
                format!("{}, {what}", s.group_name(*g)),
            )));
        }
        let hot: Vec<Item> = hot_spots(ww, &groups, clock)
            .into_iter()
            .take(HOT_SPOTS)
            .map(|h| {
                let mut text =
                    Text::strong(format!("{}, {}", ww.place_name(h.place), h.band.label()))
                        .then(format!(": {}", level_text(h.level)));
                let problems = ww.problems(h.place, h.band, None);
                if !problems.is_empty() {
                    let titles: Vec<String> = problems
                        .iter()
                        .map(|p| format!("«{}»", s.problem_title(*p)))
                        .collect();
                    text = text.then(format!(" — {}", titles.join(", ")));
                }
                Item::new(text)
            })
            .collect();
        if !hot.is_empty() {
            out.push(Block::Para("Marked highest by the whole room:".into()));
            out.push(Block::List(hot));
        }
    }
    if !any {
        let names: Vec<&str> = ww.places.iter().map(|p| p.name.as_str()).collect();
        out.push(Block::Para(Text::plain(format!(
            "Places named, not marked yet: {}.",
            names.join(", ")
        ))));
    }
}

/// The `grid` CSV table: one row per mark.
pub(super) fn csv_marks(s: &Session) -> (Vec<String>, Vec<Vec<String>>) {
    let ww = &s.where_when;
    let mut marks: Vec<_> = ww.marks.iter().collect();
    // Places in the room's order, then times, then groups in the room's.
    let place_at = |id| ww.places.iter().position(|p| p.id == id);
    let group_at = |id| s.groups.iter().position(|g| g.id == id);
    marks.sort_by_key(|m| (place_at(m.place), m.band, group_at(m.group)));
    let rows = marks
        .into_iter()
        .map(|m| {
            vec![
                s.id.clone(),
                m.place.to_string(),
                ww.place_name(m.place).to_string(),
                match m.band.clock() {
                    Clock::Day => "day",
                    Clock::Season => "month",
                }
                .into(),
                m.band.label().into(),
                m.group.to_string(),
                s.group_name(m.group).to_string(),
                m.level.to_string(),
                m.problems
                    .iter()
                    .map(|p| s.problem_title(*p).to_string())
                    .collect::<Vec<_>>()
                    .join("\n"),
                m.at.to_rfc3339(),
            ]
        })
        .collect();
    let header = [
        "session", "place_id", "place", "clock", "time", "group_id", "group", "level", "problems",
        "at",
    ];
    (header.iter().map(|h| h.to_string()).collect(), rows)
}
