//! Where and when insecurity happens, in a report: for the times of day and
//! for the months (each when marked), the whole room's grid, each group's
//! grid, the places and times marked highest, and the problems linked to
//! them. Only a session with places has this section.

use super::doc::{Block, Heat, Item, Text};
use crate::i18n::{Arg, Lang};
use crate::model::where_when::{Clock, WhereWhen, hot_spots, level_text};
use crate::model::{GroupId, Session};
use crate::tr;

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
    l: Lang,
) -> Heat {
    let bands = clock.bands();
    Heat {
        caption,
        corner: tr!(l, "ww-map-place").into(),
        columns: bands.iter().map(|b| l.msg(&b.msg("ww-band"))).collect(),
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
        lang: l,
    }
}

/// The selector of the messages that differ by the view of time.
fn clock_key(clock: Clock) -> &'static str {
    match clock {
        Clock::Day => "day",
        Clock::Season => "season",
    }
}

pub(super) fn section(s: &Session, l: Lang, out: &mut Vec<Block>) {
    let ww = &s.where_when;
    if ww.is_empty() {
        return;
    }
    out.push(Block::Heading(2, tr!(l, "report-ww-heading").into()));
    out.push(Block::Para(Text::plain(tr!(l, "report-ww-intro"))));
    let groups = s.group_ids();
    let mut any = false;
    for clock in [Clock::Day, Clock::Season] {
        let marking = ww.marking_groups(&groups, clock);
        if marking.is_empty() {
            continue;
        }
        any = true;
        let key = clock_key(clock);
        out.push(Block::Heading(3, tr!(l, "report-ww-by", clock = key)));
        out.push(Block::Heat(grid(
            ww,
            &groups,
            None,
            clock,
            tr!(l, "report-ww-room-grid", clock = key),
            l,
        )));
        for g in &marking {
            out.push(Block::Heat(grid(
                ww,
                &groups,
                Some(*g),
                clock,
                tr!(
                    l,
                    "report-ww-group-grid",
                    clock = key,
                    group = s.group_name(*g)
                ),
                l,
            )));
        }
        let hot: Vec<Item> = hot_spots(ww, &groups, clock)
            .into_iter()
            .take(HOT_SPOTS)
            .map(|h| {
                let mut text = Text::strong(tr!(
                    l,
                    "report-ww-hot-spot",
                    place = ww.place_name(h.place),
                    band = l.msg(&h.band.msg("ww-band"))
                ))
                .then(format!(": {}", level_text(h.level, l)));
                let problems = ww.problems(h.place, h.band, None);
                if !problems.is_empty() {
                    let titles: Vec<String> = problems
                        .iter()
                        .map(|p| format!("«{}»", s.problem_title(*p)))
                        .collect();
                    text = text.then(format!(" — {}", titles.join(l.t("list-separator"))));
                }
                Item::new(text)
            })
            .collect();
        if !hot.is_empty() {
            out.push(Block::Para(tr!(l, "report-ww-hottest").into()));
            out.push(Block::List(hot));
        }
    }
    if !any {
        let names: Vec<Arg> = ww.places.iter().map(|p| Arg::from(&p.name)).collect();
        out.push(Block::Para(Text::plain(tr!(
            l,
            "report-ww-not-marked",
            places = names
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
