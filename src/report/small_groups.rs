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

use crate::model::{Group, GroupId, Session, TieBreakHow, rules};

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
