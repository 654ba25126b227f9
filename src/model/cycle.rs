//! The next cycle: a new session that continues an earlier one, and how the
//! room's priorities moved between the two.

use chrono::NaiveDate;

use super::ranking::{Ranked, has_inputs, ranking};
use super::session::{AuditEntry, AuditKind, Problem, ProblemId, Session, Timestamp};
use crate::text::plural;

/// Starts the next cycle from `prev`: linked by `previous`, with the same
/// groups, dots, categories and criteria, the problems not yet resolved, and
/// the open actions with their status and notes. Problems keep their ids (and
/// say where they came from), so the two cycles can be compared. Votes, pair
/// decisions, scores, the shortlist and lessons start afresh: the room ranks
/// again.
pub fn next_cycle(
    prev: &Session,
    id: String,
    title: String,
    date: NaiveDate,
    now: Timestamp,
) -> Session {
    let mut next = Session::new(id, title, date, now);
    next.location = prev.location.clone();
    next.facilitators = prev.facilitators.clone();
    next.groups = prev.groups.clone();
    next.dots_per_participant = prev.dots_per_participant;
    next.categories = prev.categories.clone();
    next.ranking.criteria = prev.ranking.criteria.clone();
    next.ranking.method = prev.ranking.method;
    next.ranking.shortlist_size = prev.ranking.shortlist_size;
    next.previous = Some(prev.id.clone());
    next.problems = prev
        .problems
        .iter()
        .filter(|p| !p.resolved)
        .map(|p| Problem {
            carried_from: Some(p.id),
            ..p.clone()
        })
        .collect();
    next.actions = prev
        .actions
        .iter()
        .filter(|a| a.status.is_open() && next.problem(a.problem).is_some())
        .map(|a| {
            let mut a = a.clone();
            a.inherited_from = Some(prev.id.clone());
            a
        })
        .collect();
    next.audit.push(AuditEntry {
        at: now,
        kind: AuditKind::Change,
        what: format!(
            "next cycle of «{}» ({}): {} and {} carried over",
            prev.title,
            prev.date,
            plural(next.problems.len(), "problem", "problems"),
            plural(next.actions.len(), "open action", "open actions")
        ),
    });
    next
}

/// How one problem's place changed from one cycle to the next.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Movement {
    /// Named for the first time in this cycle.
    New,
    /// Moved up by this many places.
    Up(usize),
    /// Moved down by this many places.
    Down(usize),
    Same,
    /// Ranked before, not carried into this cycle or deleted here, and not
    /// resolved.
    Dropped,
    /// Marked resolved (in either cycle).
    Resolved,
    /// Carried into this cycle, which has not ranked yet.
    NotRanked,
}

impl Movement {
    pub fn label(self) -> String {
        match self {
            Movement::New => "new".into(),
            Movement::Up(n) => format!("▲ up {n}"),
            Movement::Down(n) => format!("▼ down {n}"),
            Movement::Same => "= same".into(),
            Movement::Dropped => "dropped".into(),
            Movement::Resolved => "✓ resolved".into(),
            Movement::NotRanked => "not ranked yet".into(),
        }
    }
}

/// One problem across two cycles.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MovementRow {
    pub title: String,
    pub before: Option<usize>,
    pub now: Option<usize>,
    pub movement: Movement,
}

/// The rank of every problem of `prev` and `next`, matched through
/// `carried_from`; overall (`group` = None) or for the group of that name in
/// both sessions (groups are matched by name: ids may differ between cycles).
/// Each session is ranked by its own method. Rows follow the new ranking, then
/// the problems that left it.
pub fn compare_cycles(prev: &Session, next: &Session, group: Option<&str>) -> Vec<MovementRow> {
    let group_in =
        |s: &Session| group.and_then(|name| s.groups.iter().find(|g| g.name == name).map(|g| g.id));
    // A cycle that recorded nothing yet has no ranks, not a tie at 1.
    let ranks = |s: &Session| -> Vec<Ranked> {
        let group = group_in(s);
        if has_inputs(s, s.ranking.method, group) {
            ranking(s, s.ranking.method, group)
        } else {
            Vec::new()
        }
    };
    let before = ranks(prev);
    let after = ranks(next);
    let rank_of =
        |list: &[Ranked], id: ProblemId| list.iter().find(|r| r.problem == id).map(|r| r.rank);

    // The new cycle's problems in its ranking order, or as named while it has
    // not ranked yet.
    let order: Vec<(ProblemId, Option<usize>)> = if after.is_empty() {
        next.problems.iter().map(|p| (p.id, None)).collect()
    } else {
        after.iter().map(|r| (r.problem, Some(r.rank))).collect()
    };
    let mut rows = Vec::new();
    for (id, now) in order {
        let Some(p) = next.problem(id) else {
            continue;
        };
        let old = p.carried_from.filter(|id| prev.problem(*id).is_some());
        let old_rank = old.and_then(|id| rank_of(&before, id));
        let movement = match (p.resolved, old_rank, now) {
            (true, _, _) => Movement::Resolved,
            (false, Some(was), Some(now)) if was > now => Movement::Up(was - now),
            (false, Some(was), Some(now)) if was < now => Movement::Down(now - was),
            (false, Some(_), Some(_)) => Movement::Same,
            // Carried, but one of the two cycles has no ranks to compare.
            (false, _, _) if old.is_some() => Movement::NotRanked,
            (false, _, _) => Movement::New,
        };
        rows.push(MovementRow {
            title: p.title.clone(),
            before: old_rank,
            now,
            movement,
        });
    }
    for r in &before {
        let Some(p) = prev.problem(r.problem) else {
            continue;
        };
        let carried = next.problems.iter().any(|n| n.carried_from == Some(p.id));
        if carried {
            continue;
        }
        rows.push(MovementRow {
            title: p.title.clone(),
            before: Some(r.rank),
            now: None,
            movement: if p.resolved {
                Movement::Resolved
            } else {
                Movement::Dropped
            },
        });
    }
    rows
}
