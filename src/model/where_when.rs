//! Where and when insecurity happens: places named by the room (never
//! coordinates: a name the room agrees on is enough to plan a patrol or a
//! street light, and a map of points is a map of people), the times of day
//! of the daily clock and the months of the seasonal calendar, and each
//! group's 0–3 marks per place and time, as beans on a chart.
//!
//! The whole room's mark of a cell is the mean of the groups that marked it,
//! each group once (women and girls often map different places than men:
//! their marks are not outnumbered).

use serde::{Deserialize, Serialize};

use super::ids::{GroupId, PlaceId, ProblemId, Timestamp};
use super::rules;
use super::score_card::mean;
use crate::i18n::{Lang, Msg};

/// A time of day, or a month of the seasonal calendar.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum TimeBand {
    Morning,
    Afternoon,
    Evening,
    Night,
    /// 1 (January) to 12.
    Month(u8),
}

/// The two views of time: the daily clock and the seasonal calendar.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Clock {
    #[default]
    Day,
    Season,
}

impl Clock {
    pub fn label(self) -> &'static str {
        match self {
            Clock::Day => "times of day",
            Clock::Season => "months",
        }
    }

    /// The view's name in the catalogue (`lang.t(clock.msg_id())`).
    pub fn msg_id(self) -> &'static str {
        match self {
            Clock::Day => "ww-clock-day",
            Clock::Season => "ww-clock-season",
        }
    }

    /// The bands of this view, in order.
    pub fn bands(self) -> Vec<TimeBand> {
        match self {
            Clock::Day => TimeBand::DAY.to_vec(),
            Clock::Season => (1..=rules::MONTHS).map(TimeBand::Month).collect(),
        }
    }

    pub fn other(self) -> Clock {
        match self {
            Clock::Day => Clock::Season,
            Clock::Season => Clock::Day,
        }
    }
}

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

impl TimeBand {
    pub const DAY: [TimeBand; 4] = [
        TimeBand::Morning,
        TimeBand::Afternoon,
        TimeBand::Evening,
        TimeBand::Night,
    ];

    pub fn label(self) -> &'static str {
        match self {
            TimeBand::Morning => "morning",
            TimeBand::Afternoon => "afternoon",
            TimeBand::Evening => "evening",
            TimeBand::Night => "night",
            TimeBand::Month(m) => MONTHS
                .get(usize::from(m).wrapping_sub(1))
                .copied()
                .unwrap_or("?"),
        }
    }

    /// The label in at most five columns, for narrow grids: "morn.",
    /// "aftn.", "even.", "night", "Jan".
    pub fn short(self) -> &'static str {
        match self {
            TimeBand::Morning => "morn.",
            TimeBand::Afternoon => "aftn.",
            TimeBand::Evening => "even.",
            other => other.label(),
        }
    }

    /// The band as a message argument: its name for the selectors of
    /// `ww-band`, `ww-band-short` and `ww-when` ("morning", …, "month"),
    /// with the month's number (0 for the times of day).
    pub fn msg(self, id: &'static str) -> Msg {
        let (band, month) = match self {
            TimeBand::Morning => ("morning", 0),
            TimeBand::Afternoon => ("afternoon", 0),
            TimeBand::Evening => ("evening", 0),
            TimeBand::Night => ("night", 0),
            TimeBand::Month(m) => ("month", m),
        };
        Msg::new(id).with("band", band).with("month", month)
    }

    pub fn clock(self) -> Clock {
        match self {
            TimeBand::Month(_) => Clock::Season,
            _ => Clock::Day,
        }
    }

    /// A month outside 1–12 is not a band.
    pub fn check(self) -> Result<(), rules::Broken> {
        match self {
            TimeBand::Month(m) => rules::month(m),
            _ => Ok(()),
        }
    }
}

/// A place as the room names it ("the market road", "the borehole").
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MapPlace {
    pub id: PlaceId,
    pub name: String,
    /// When it was carried over from the previous cycle, its id there.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub carried_from: Option<PlaceId>,
}

/// One group's mark on one place at one time: 0 (safe) to 3, and the
/// problems the group said happen there then.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Mark {
    pub place: PlaceId,
    pub band: TimeBand,
    pub group: GroupId,
    pub level: u8,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub problems: Vec<ProblemId>,
    pub at: Timestamp,
}

/// The where-and-when grid of a session.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct WhereWhen {
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub places: Vec<MapPlace>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub marks: Vec<Mark>,
}

/// The key of a cell of one group: a group marks a cell once.
pub type CellKey = (PlaceId, TimeBand, GroupId);

impl WhereWhen {
    pub fn is_empty(&self) -> bool {
        *self == WhereWhen::default()
    }

    pub fn place(&self, id: PlaceId) -> Option<&MapPlace> {
        self.places.iter().find(|p| p.id == id)
    }

    pub fn place_name(&self, id: PlaceId) -> &str {
        self.place(id)
            .map_or("(removed place)", |p| p.name.as_str())
    }

    pub fn mark(&self, place: PlaceId, band: TimeBand, group: GroupId) -> Option<&Mark> {
        self.marks
            .iter()
            .find(|m| m.place == place && m.band == band && m.group == group)
    }

    /// One group's mark, or (`None`) the whole room's: the mean of the
    /// `groups` that marked the cell.
    pub fn level(
        &self,
        place: PlaceId,
        band: TimeBand,
        group: Option<GroupId>,
        groups: &[GroupId],
    ) -> Option<f64> {
        match group {
            Some(g) => self.mark(place, band, g).map(|m| f64::from(m.level)),
            None => mean(
                groups
                    .iter()
                    .filter_map(|g| self.mark(place, band, *g))
                    .map(|m| f64::from(m.level)),
            ),
        }
    }

    /// The problems linked to a cell by any of the `groups` (or one), each
    /// once, in the order first linked.
    pub fn problems(
        &self,
        place: PlaceId,
        band: TimeBand,
        group: Option<GroupId>,
    ) -> Vec<ProblemId> {
        let mut out = Vec::new();
        for m in self
            .marks
            .iter()
            .filter(|m| m.place == place && m.band == band && group.is_none_or(|g| g == m.group))
        {
            for p in &m.problems {
                if !out.contains(p) {
                    out.push(*p);
                }
            }
        }
        out
    }

    /// The groups among `groups` that marked any cell of the `clock`.
    pub fn marking_groups(&self, groups: &[GroupId], clock: Clock) -> Vec<GroupId> {
        groups
            .iter()
            .copied()
            .filter(|g| {
                self.marks
                    .iter()
                    .any(|m| m.group == *g && m.band.clock() == clock)
            })
            .collect()
    }

    /// The next place id: never one a mark still names.
    pub fn next_place_id(&self) -> PlaceId {
        let ids = self.places.iter().map(|p| p.id.0);
        let marked = self.marks.iter().map(|m| m.place.0);
        PlaceId(ids.chain(marked).max().unwrap_or(0) + 1)
    }
}

/// A cell of the whole room's grid with its mark.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct HotSpot {
    pub place: PlaceId,
    pub band: TimeBand,
    pub level: f64,
}

/// The cells of the `clock` the whole room marks highest, highest first
/// (then in the grid's order); cells marked 0 are not hot.
pub fn hot_spots(ww: &WhereWhen, groups: &[GroupId], clock: Clock) -> Vec<HotSpot> {
    let mut out: Vec<HotSpot> = Vec::new();
    for p in &ww.places {
        for band in clock.bands() {
            if let Some(level) = ww.level(p.id, band, None, groups)
                && level > 0.0
            {
                out.push(HotSpot {
                    place: p.id,
                    band,
                    level,
                });
            }
        }
    }
    // Stable: equal marks stay in the grid's order.
    out.sort_by(|a, b| b.level.total_cmp(&a.level));
    out
}

/// A level as a shade, so the grid reads without colour: blank for safe,
/// then light, medium and dark shade (a mean rounds to the nearest).
pub fn shade(level: f64) -> &'static str {
    match level {
        l if l < 0.5 => "·",
        l if l < 1.5 => "░",
        l if l < 2.5 => "▒",
        _ => "▓",
    }
}

/// A level as the room reads it: "2" for one group, "2.3" for a mean that
/// is not whole ("2,3" in French and Russian).
pub fn level_text(level: f64, lang: Lang) -> String {
    crate::i18n::numbers::one_decimal(level, lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bands_and_shades_read_in_words_and_glyphs() {
        assert_eq!(Clock::Season.bands().len(), 12);
        assert_eq!(TimeBand::Month(2).label(), "Feb");
        assert_eq!(TimeBand::Month(13).label(), "?");
        assert!(TimeBand::Month(13).check().is_err());
        assert_eq!([0.0, 1.0, 1.6, 3.0].map(shade), ["·", "░", "▒", "▓"]);
        assert_eq!(level_text(2.0, Lang::En), "2");
        assert_eq!(level_text(2.0, Lang::Fr), "2");
        assert_eq!(level_text(7.0 / 3.0, Lang::En), "2.3");
        assert_eq!(level_text(7.0 / 3.0, Lang::Sw), "2.3");
        assert_eq!(level_text(7.0 / 3.0, Lang::Ru), "2,3");
        // When, as a sentence says it (how a mark reads on the status line).
        let when = |b: TimeBand| Lang::En.msg(&b.msg("ww-when"));
        assert_eq!(when(TimeBand::Morning), "in the morning");
        assert_eq!(when(TimeBand::Night), "at night");
        assert_eq!(when(TimeBand::Month(8)), "in Aug");
    }
}
