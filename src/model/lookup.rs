//! Finding items by id without walking the list: `Session::problem(id)` is
//! a linear search, fine once per key but quadratic inside a sort, a tally
//! or a row-by-row draw. These indexes are built in one pass and answer in
//! constant time, with the same answer as the linear search (the first item
//! with that id).

pub use super::positions::{Positions, RawId};
use super::session::{Action, ActionId, Group, GroupId, Problem, ProblemId, Session};

impl Positions<ProblemId> {
    pub fn of_problems(s: &Session) -> Positions<ProblemId> {
        Positions::new(s.problems.iter().map(|p| p.id))
    }
}

impl Positions<GroupId> {
    pub fn of_groups(s: &Session) -> Positions<GroupId> {
        Positions::new(s.groups.iter().map(|g| g.id))
    }
}

impl Positions<ActionId> {
    pub fn of_actions(s: &Session) -> Positions<ActionId> {
        Positions::new(s.actions.iter().map(|a| a.id))
    }
}

/// The session's problems, groups and actions by id: what `Session::problem`,
/// `group`, `action`, `problem_title` and `group_name` answer, in constant
/// time. Built for one state of the session; a change makes it stale (the
/// editor keeps one per revision, see `Editor::lookup`).
#[derive(Clone, Debug)]
pub struct Lookup {
    pub problems: Positions<ProblemId>,
    pub groups: Positions<GroupId>,
    pub actions: Positions<ActionId>,
    /// Each problem's place on the shortlist (from 0), if it is on it.
    pub shortlist: Positions<ProblemId>,
    /// The positions of each problem's actions, in the session's order,
    /// by the problem's position (actions of an unknown problem: none).
    actions_by_problem: Vec<Vec<usize>>,
}

impl Lookup {
    pub fn new(s: &Session) -> Lookup {
        let problems = Positions::of_problems(s);
        let mut actions_by_problem = vec![Vec::new(); s.problems.len()];
        for (i, a) in s.actions.iter().enumerate() {
            if let Some(p) = problems.get(a.problem) {
                actions_by_problem[p].push(i);
            }
        }
        Lookup {
            groups: Positions::of_groups(s),
            actions: Positions::of_actions(s),
            shortlist: Positions::new(s.ranking.shortlist.iter().copied()),
            actions_by_problem,
            problems,
        }
    }

    /// The actions for `problem`, in the session's order: as filtering every
    /// action by its problem.
    pub fn actions_of<'s>(
        &self,
        s: &'s Session,
        problem: ProblemId,
    ) -> impl Iterator<Item = &'s Action> + use<'s, '_> {
        let at = self.problems.get(problem);
        at.map_or(&[][..], |p| self.actions_by_problem[p].as_slice())
            .iter()
            .map(move |&i| &s.actions[i])
    }

    pub fn problem<'s>(&self, s: &'s Session, id: ProblemId) -> Option<&'s Problem> {
        self.problems.get(id).and_then(|i| s.problems.get(i))
    }

    pub fn group<'s>(&self, s: &'s Session, id: GroupId) -> Option<&'s Group> {
        self.groups.get(id).and_then(|i| s.groups.get(i))
    }

    pub fn action<'s>(&self, s: &'s Session, id: ActionId) -> Option<&'s Action> {
        self.actions.get(id).and_then(|i| s.actions.get(i))
    }

    /// As [`Session::problem_title`].
    pub fn problem_title<'s>(&self, s: &'s Session, id: ProblemId) -> &'s str {
        self.problem(s, id)
            .map_or(REMOVED_PROBLEM, |p| p.title.as_str())
    }

    /// As [`Session::group_name`].
    pub fn group_name<'s>(&self, s: &'s Session, id: GroupId) -> &'s str {
        self.group(s, id).map_or(REMOVED_GROUP, |g| g.name.as_str())
    }
}

/// What a title or name reads when its item is gone.
pub const REMOVED_PROBLEM: &str = "(removed problem)";
pub const REMOVED_GROUP: &str = "(removed group)";
