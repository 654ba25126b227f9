//! Where and when insecurity recurs across communities: places of alike
//! names marked in more than one community, and the times of day and months
//! the rooms mark unsafe. Each community counts once, as the latest session
//! in the period that marked its grid left it (a place carried into the
//! next cycle and marked again is one place).

use crate::model::Session;
use crate::model::where_when::{Clock, TimeBand};
use crate::report::similar::{alike, normalise};

/// A whole-room mark this high (a mean of the groups) is "unsafe".
pub const UNSAFE: f64 = 2.0;

/// One place, as named in several communities.
#[derive(Clone, Debug, PartialEq)]
pub struct RecurringPlace {
    /// The first wording met.
    pub place: String,
    /// Every distinct wording.
    pub wordings: Vec<String>,
    /// The communities that marked it, as their sessions name them.
    pub communities: Vec<String>,
    /// The highest whole-room mark it got in any of them.
    pub highest: f64,
    /// The time of that mark.
    pub when: TimeBand,
}

/// One time of day or month across communities.
#[derive(Clone, Debug, PartialEq)]
pub struct TimeAcross {
    pub band: TimeBand,
    /// Communities that marked any place at this time.
    pub marked: usize,
    /// Communities where some place is unsafe ([`UNSAFE`]) at this time.
    pub unsafe_in: usize,
    /// The mean of the whole-room marks of every place at this time.
    pub mean: Option<f64>,
}

/// The latest session of each community with marks.
fn latest<'a>(sessions: &[&'a Session], community: &[String]) -> Vec<(&'a Session, String)> {
    let mut out: Vec<(&Session, String)> = Vec::new();
    for (i, s) in sessions.iter().enumerate() {
        if s.where_when.marks.is_empty() {
            continue;
        }
        match out.iter_mut().find(|(_, c)| *c == community[i]) {
            Some(slot) if (slot.0.date, &slot.0.id) < (s.date, &s.id) => slot.0 = s,
            Some(_) => {}
            None => out.push((s, community[i].clone())),
        }
    }
    out
}

/// The places named in at least two communities (the most communities
/// first), and every time band any room marked.
pub fn recurring(
    sessions: &[&Session],
    community: &[String],
) -> (Vec<RecurringPlace>, Vec<TimeAcross>) {
    let grids = latest(sessions, community);
    // (place, the communities' keys)
    let mut places: Vec<(RecurringPlace, Vec<String>)> = Vec::new();
    for (s, key) in &grids {
        let ww = &s.where_when;
        let groups = s.group_ids();
        for p in &ww.places {
            let marks: Vec<(TimeBand, f64)> = [Clock::Day, Clock::Season]
                .into_iter()
                .flat_map(|c| c.bands())
                .filter_map(|b| ww.level(p.id, b, None, &groups).map(|l| (b, l)))
                .collect();
            let Some(&(when, highest)) = marks.iter().max_by(|a, b| a.1.total_cmp(&b.1)) else {
                continue;
            };
            match places.iter_mut().find(|(r, _)| alike(&r.place, &p.name)) {
                Some((r, keys)) => {
                    if !r
                        .wordings
                        .iter()
                        .any(|w| normalise(w) == normalise(&p.name))
                    {
                        r.wordings.push(p.name.clone());
                    }
                    if !keys.contains(key) {
                        keys.push(key.clone());
                        r.communities.push(s.location.clone());
                    }
                    if highest > r.highest {
                        r.highest = highest;
                        r.when = when;
                    }
                }
                None => places.push((
                    RecurringPlace {
                        place: p.name.clone(),
                        wordings: vec![p.name.clone()],
                        communities: vec![s.location.clone()],
                        highest,
                        when,
                    },
                    vec![key.clone()],
                )),
            }
        }
    }
    let mut places: Vec<RecurringPlace> = places
        .into_iter()
        .map(|(r, _)| r)
        .filter(|r| r.communities.len() >= 2)
        .collect();
    places.sort_by(|a, b| {
        b.communities
            .len()
            .cmp(&a.communities.len())
            .then(b.highest.total_cmp(&a.highest))
            .then_with(|| normalise(&a.place).cmp(&normalise(&b.place)))
    });

    let mut times = Vec::new();
    for band in [Clock::Day, Clock::Season]
        .into_iter()
        .flat_map(|c| c.bands())
    {
        let mut marked = 0;
        let mut unsafe_in = 0;
        let mut levels = Vec::new();
        for (s, _) in &grids {
            let groups = s.group_ids();
            let here: Vec<f64> = s
                .where_when
                .places
                .iter()
                .filter_map(|p| s.where_when.level(p.id, band, None, &groups))
                .collect();
            if here.is_empty() {
                continue;
            }
            marked += 1;
            if here.iter().any(|l| *l >= UNSAFE) {
                unsafe_in += 1;
            }
            levels.extend(here);
        }
        if marked > 0 {
            times.push(TimeAcross {
                band,
                marked,
                unsafe_in,
                mean: crate::model::score_card::mean(levels),
            });
        }
    }
    (places, times)
}
