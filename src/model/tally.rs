//! Dot counts: how many dots each problem has from each group, counted once
//! and then kept up to date change by change (the editor follows every
//! change with [`Tally::follow`]), so that a key in the Rank panel costs what
//! it changes, not a recount of every dot ever cast.
//!
//! The counts are exactly those of the session's own questions
//! (`Session::dots_for`, `dots_used`; `ranking::dot_ranking_from` ranks
//! them as `dot_ranking` does) for any
//! session without repeated ids (which the store refuses to load and edits
//! never make): a dot for a problem or from a group that is not (or no longer)
//! in the session is counted in an "other" row or column, as those
//! questions count it.

use super::change::{Change, ListOp};
use super::lookup::Positions;
use super::session::{GroupId, ProblemId, Session, Vote};

#[derive(Clone, Debug)]
pub struct Tally {
    problems: Positions<ProblemId>,
    groups: Positions<GroupId>,
    /// Columns per row: one per group, in the session's order, then "other".
    width: usize,
    /// One row per problem, in the session's order, then "other":
    /// `cells[row * width + column]`.
    cells: Vec<u32>,
    /// Dots per group (same columns), whatever the problem.
    used: Vec<u32>,
    /// Every dot.
    total: usize,
}

impl PartialEq for Tally {
    /// Two tallies are equal when they count the same: how the ids are
    /// indexed does not matter.
    fn eq(&self, other: &Tally) -> bool {
        self.width == other.width
            && self.cells == other.cells
            && self.used == other.used
            && self.total == other.total
    }
}

impl Tally {
    /// Counts every dot of `s`: O(dots + problems × groups).
    pub fn count(s: &Session) -> Tally {
        let problems = Positions::of_problems(s);
        let groups = Positions::of_groups(s);
        let width = s.groups.len() + 1;
        let mut tally = Tally {
            cells: vec![0; (s.problems.len() + 1) * width],
            used: vec![0; width],
            total: 0,
            problems,
            groups,
            width,
        };
        for vote in &s.ranking.votes {
            tally.add(vote, 1);
        }
        tally
    }

    fn row(&self, problem: ProblemId) -> usize {
        self.problems.get(problem).unwrap_or(self.problems.len())
    }

    fn column(&self, group: GroupId) -> usize {
        self.groups.get(group).unwrap_or(self.width - 1)
    }

    fn add(&mut self, vote: &Vote, delta: i32) {
        let (row, column) = (self.row(vote.problem), self.column(vote.group));
        let cell = &mut self.cells[row * self.width + column];
        *cell = cell.wrapping_add_signed(delta);
        let used = &mut self.used[column];
        *used = used.wrapping_add_signed(delta);
        self.total = self.total.wrapping_add_signed(delta as isize);
    }

    /// Dots on `problem`, from every group (`None`) or from one: as
    /// [`Session::dots_for`], for a problem and a group of the session.
    pub fn dots(&self, problem: ProblemId, group: Option<GroupId>) -> usize {
        let Some(row) = self.problems.get(problem) else {
            return 0;
        };
        match group {
            None => self.score_at(row, None) as usize,
            Some(g) => self
                .groups
                .get(g)
                .map_or(0, |column| self.cells[row * self.width + column] as usize),
        }
    }

    /// Dots a group has placed: as [`Session::dots_used`], for a group of
    /// the session.
    pub fn used(&self, group: GroupId) -> usize {
        self.groups.get(group).map_or(0, |c| self.used[c] as usize)
    }

    /// Dots placed by the group at `index` in the session's list of groups.
    pub fn used_at(&self, index: usize) -> usize {
        self.used.get(index).map_or(0, |n| *n as usize)
    }

    /// Every dot of the session.
    pub fn total(&self) -> usize {
        self.total
    }

    /// Dots on the problem at `index` in the session's list, from each group
    /// in the session's order (what a stacked bar draws).
    pub fn by_group_at(&self, index: usize) -> &[u32] {
        let start = index * self.width;
        &self.cells[start..start + self.width - 1]
    }

    /// Dots on the problem at `index` from groups no longer in the session.
    fn other_group_at(&self, index: usize) -> u32 {
        self.cells[index * self.width + self.width - 1]
    }

    /// Dots on the problem at `index` in the session's list, from the whole
    /// room or from the group at `group` in the session's list of groups.
    pub fn score_at(&self, index: usize, group: Option<usize>) -> u32 {
        match group {
            Some(g) => self.by_group_at(index).get(g).copied().unwrap_or(0),
            None => self.by_group_at(index).iter().sum::<u32>() + self.other_group_at(index),
        }
    }

    /// Dots on each problem of `s` (the session the tally counts), in the
    /// session's order, from the whole room or one group; `None` for a group
    /// not in the session. By id, not by position, so a problem listed twice
    /// (a damaged file) gets its id's dots on both rows, as counting the
    /// votes does.
    pub fn scores(&self, s: &Session, group: Option<GroupId>) -> Option<Vec<u32>> {
        let column = match group {
            None => None,
            Some(g) => Some(self.groups.get(g)?),
        };
        Some(
            s.problems
                .iter()
                .map(|p| {
                    self.problems
                        .get(p.id)
                        .map_or(0, |r| self.score_at(r, column))
                })
                .collect(),
        )
    }

    /// The rank by dots of every problem (in the session's order) in the
    /// ranking of `group` alone: one more than the problems with more of its
    /// dots, as that ranking numbers them (shared ranks, no tie-breaks:
    /// those are the room's). O(problems + dots) with no sort; `None` for a
    /// group not in the session.
    pub fn ranks(&self, s: &Session, group: GroupId) -> Option<Vec<usize>> {
        let column = self.groups.get(group)?;
        let scores: Vec<u32> = s
            .problems
            .iter()
            .map(|p| {
                self.problems
                    .get(p.id)
                    .map_or(0, |r| self.score_at(r, Some(column)))
            })
            .collect();
        let max = scores.iter().copied().max().unwrap_or(0) as usize;
        // above[x]: how many problems have more than x dots.
        let mut above = vec![0usize; max + 2];
        for &x in &scores {
            above[x as usize] += 1;
        }
        let mut more = 0;
        for x in (0..=max + 1).rev() {
            let here = above[x];
            above[x] = more;
            more += here;
        }
        Some(scores.iter().map(|&x| above[x as usize] + 1).collect())
    }

    /// Brings the counts up to date after `inverse` came back from applying
    /// a change to what is now `after`. The common changes (a dot added or
    /// taken back, by a key or by undo/redo) cost O(1) per dot; changes
    /// that reorder problems or groups, or batches, are counted afresh.
    pub fn follow(&mut self, inverse: &Change, after: &Session) {
        match inverse {
            // The change inserted these votes; nothing came after it.
            Change::RemoveVotes(indices) => {
                for &i in indices {
                    match after.ranking.votes.get(i) {
                        Some(v) => self.add(v, 1),
                        None => return self.recount(after),
                    }
                }
            }
            // The change removed these votes.
            Change::InsertVotes(removed) => {
                for (_, v) in removed {
                    self.add(v, -1);
                }
            }
            Change::RetargetVotes(old) => {
                let mut seen = std::collections::HashSet::new();
                if !old.iter().all(|(i, _)| seen.insert(*i)) {
                    // The same dot moved twice: only a recount is sure.
                    return self.recount(after);
                }
                for (i, was) in old {
                    let Some(now) = after.ranking.votes.get(*i) else {
                        return self.recount(after);
                    };
                    self.add(
                        &Vote {
                            problem: *was,
                            ..now.clone()
                        },
                        -1,
                    );
                    self.add(now, 1);
                }
            }
            Change::Problem(ListOp::Update(_)) | Change::Group(ListOp::Update(_)) => {}
            Change::Problem(_) | Change::Group(_) | Change::Batch { .. } => self.recount(after),
            Change::Set(_)
            | Change::Action(_)
            | Change::Pair { .. }
            | Change::Score { .. }
            | Change::Criterion(_)
            | Change::TieBreak(_)
            // The score card, the where-and-when grid and the ledger hold no
            // dot and neither add nor drop a problem or a group.
            | Change::Indicator(_)
            | Change::CardScore { .. }
            | Change::Place(_)
            | Change::Mark { .. }
            | Change::Escalation(_) => {}
        }
    }

    fn recount(&mut self, after: &Session) {
        *self = Tally::count(after);
    }
}
