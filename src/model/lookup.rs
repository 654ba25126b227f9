//! Finding items by id without walking the list: `Session::problem(id)` is
//! a linear search, fine once per key but quadratic inside a sort, a tally
//! or a row-by-row draw. These indexes are built in one pass and answer in
//! constant time, with the same answer as the linear search (the first item
//! with that id).

use std::collections::HashMap;
use std::marker::PhantomData;

use super::session::{
    Action, ActionId, CriterionId, Group, GroupId, Problem, ProblemId, Session, TieBreakId,
};

/// An id as the number it wraps.
pub trait RawId: Copy {
    fn raw(self) -> u32;
}

macro_rules! raw_id {
    ($($t:ty),*) => {$(
        impl RawId for $t {
            fn raw(self) -> u32 {
                self.0
            }
        }
    )*};
}
raw_id!(GroupId, ProblemId, ActionId, CriterionId, TieBreakId);

/// Ids are handed out as max + 1, so they are dense: a vector indexed by id
/// is the fastest map. A hand-edited file may use any number, so past this
/// many unused slots per item a hash map is used instead.
const SPARSE_AFTER: usize = 4;

#[derive(Clone, Debug)]
enum Slots {
    /// `slots[id]` is the position + 1, or 0 for none.
    Dense(Vec<u32>),
    Sparse(HashMap<u32, u32>),
}

/// Where each id sits in a list: id → position.
#[derive(Clone, Debug)]
pub struct Positions<Id> {
    slots: Slots,
    len: usize,
    _id: PhantomData<Id>,
}

impl<Id: RawId> Positions<Id> {
    /// Positions of `ids`, in list order; for an id listed twice, the first.
    pub fn new(ids: impl ExactSizeIterator<Item = Id> + Clone) -> Positions<Id> {
        let len = ids.len();
        let max = ids.clone().map(|id| id.raw() as usize).max().unwrap_or(0);
        let slots = if max <= len.saturating_mul(SPARSE_AFTER) + 64 {
            let mut slots = vec![0u32; max + 1];
            for (i, id) in ids.enumerate() {
                let slot = &mut slots[id.raw() as usize];
                if *slot == 0 {
                    *slot = i as u32 + 1;
                }
            }
            Slots::Dense(slots)
        } else {
            let mut slots = HashMap::with_capacity(len);
            for (i, id) in ids.enumerate() {
                slots.entry(id.raw()).or_insert(i as u32 + 1);
            }
            Slots::Sparse(slots)
        };
        Positions {
            slots,
            len,
            _id: PhantomData,
        }
    }

    /// The position of `id`, if it is in the list.
    pub fn get(&self, id: Id) -> Option<usize> {
        let slot = match &self.slots {
            Slots::Dense(v) => v.get(id.raw() as usize).copied().unwrap_or(0),
            Slots::Sparse(m) => m.get(&id.raw()).copied().unwrap_or(0),
        };
        (slot > 0).then(|| slot as usize - 1)
    }

    /// How many items the list had.
    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
}

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
