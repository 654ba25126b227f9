//! Small groups in anonymised copies: a group of three elders who placed
//! nine dots has shown how each of them voted. Groups with fewer people than
//! a threshold (5 by default) are merged into one «Other groups», and while
//! that merged group is itself under the threshold the smallest remaining
//! group joins it, so that no merged count belongs to one small group alone.
//!
//! Everything a merged group recorded is kept under the merged group: dots
//! (so every total and the room's ranking are exactly as they were), pairwise
//! decisions and scores (the room's ranking counts every group's round, so it
//! is unchanged too), and the problems each group raised. Only which of the
//! merged groups did what is lost, which is the point.
//!
//! The score card and the where-and-when grid count each group once, so the
//! merged group gives one score per indicator and one mark per place and
//! time: the mean of its groups' (rounded to a whole mark), with every
//! problem they linked.

use crate::model::score_card::{CardScore, Scorer};
use crate::model::where_when::Mark;
use crate::model::{Group, GroupId, Session, TieBreakHow, rules};

/// The mean of whole marks, rounded half up: 2 and 3 give 3.
fn rounded_mean(values: &[u8]) -> u8 {
    let sum: u32 = values.iter().map(|v| u32::from(*v)).sum();
    let n = values.len().max(1) as u32;
    ((2 * sum + n) / (2 * n)) as u8
}

/// The threshold used unless the command line says otherwise.
pub const DEFAULT_MIN_GROUP: u32 = 5;

/// The name of the merged group.
pub const OTHER_GROUPS: &str = "Other groups";

/// What a merge did, for the report's note.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Merged {
    /// How many groups went into «Other groups».
    pub groups: usize,
    /// How many people they counted together.
    pub people: u32,
    /// The threshold.
    pub min_people: u32,
    /// Every group was merged: the whole room counted fewer people than the
    /// threshold, and its results are the room's alone.
    pub whole_room: bool,
}

/// `s` with every group of fewer than `min_people` people merged (see the
/// module documentation), and what was merged; `None` when nothing was.
/// A threshold of 1 or less merges nothing.
pub fn merge_small_groups(s: &mut Session, min_people: u32) -> Option<Merged> {
    if min_people <= 1 {
        return None;
    }
    let mut merged: Vec<GroupId> = s
        .groups
        .iter()
        .filter(|g| g.count < min_people)
        .map(|g| g.id)
        .collect();
    if merged.is_empty() {
        return None;
    }
    let people = |ids: &[GroupId]| -> u32 {
        s.groups
            .iter()
            .filter(|g| ids.contains(&g.id))
            .map(|g| g.count)
            .sum()
    };
    while people(&merged) < min_people {
        // The smallest group left (the first of equals) joins.
        let Some(next) = s
            .groups
            .iter()
            .filter(|g| !merged.contains(&g.id))
            .min_by_key(|g| g.count)
            .map(|g| g.id)
        else {
            break;
        };
        merged.push(next);
    }
    let total = people(&merged);
    // The merged group takes the place and id of the first merged group in
    // the list, so every reference stays valid.
    let first = s
        .groups
        .iter()
        .position(|g| merged.contains(&g.id))
        .expect("merged groups are groups of the session");
    let id = s.groups[first].id;
    // A group the room itself named «Other groups» keeps its name.
    let taken = s
        .groups
        .iter()
        .any(|g| !merged.contains(&g.id) && rules::same_group_name(&g.name, OTHER_GROUPS));
    let other = Group {
        id,
        name: if taken {
            format!("{OTHER_GROUPS} (merged)")
        } else {
            OTHER_GROUPS.into()
        },
        count: total,
    };
    let mut groups = Vec::new();
    for (i, g) in s.groups.iter().enumerate() {
        if i == first {
            groups.push(other.clone());
        } else if !merged.contains(&g.id) {
            groups.push(g.clone());
        }
    }
    s.groups = groups;
    let to = |g: GroupId| if merged.contains(&g) { id } else { g };
    for v in &mut s.ranking.votes {
        v.group = to(v.group);
    }
    for t in &mut s.ranking.tie_breaks {
        if let TieBreakHow::Runoff { votes } = &mut t.how {
            for v in votes {
                v.group = to(v.group);
            }
        }
    }
    for d in &mut s.ranking.pairs {
        d.group = d.group.map(to);
    }
    for sc in &mut s.ranking.scores {
        sc.group = sc.group.map(to);
    }
    let merged_id = Scorer::Group(id);
    let mut scores: Vec<CardScore> = Vec::new();
    let mut values: Vec<Vec<u8>> = Vec::new();
    for mut sc in std::mem::take(&mut s.score_card.scores) {
        if let Scorer::Group(g) = sc.by {
            sc.by = Scorer::Group(to(g));
        }
        match scores
            .iter()
            .position(|o| sc.by == merged_id && o.indicator == sc.indicator && o.by == sc.by)
        {
            Some(i) => values[i].push(sc.value),
            None => {
                values.push(vec![sc.value]);
                scores.push(sc);
            }
        }
    }
    for (sc, v) in scores.iter_mut().zip(&values) {
        sc.value = rounded_mean(v);
    }
    s.score_card.scores = scores;
    let mut marks: Vec<Mark> = Vec::new();
    let mut levels: Vec<Vec<u8>> = Vec::new();
    for mut m in std::mem::take(&mut s.where_when.marks) {
        m.group = to(m.group);
        match marks
            .iter()
            .position(|o| (o.place, o.band, o.group) == (m.place, m.band, m.group))
        {
            Some(i) => {
                levels[i].push(m.level);
                for p in m.problems {
                    if !marks[i].problems.contains(&p) {
                        marks[i].problems.push(p);
                    }
                }
            }
            None => {
                levels.push(vec![m.level]);
                marks.push(m);
            }
        }
    }
    for (m, l) in marks.iter_mut().zip(&levels) {
        m.level = rounded_mean(l);
    }
    s.where_when.marks = marks;
    for p in &mut s.problems {
        let mut raised: Vec<GroupId> = Vec::new();
        for g in p.raised_by.iter().map(|g| to(*g)) {
            if !raised.contains(&g) {
                raised.push(g);
            }
        }
        p.raised_by = raised;
    }
    Some(Merged {
        groups: merged.len(),
        people: total,
        min_people,
        whole_room: s.groups.len() == 1,
    })
}
