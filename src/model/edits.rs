//! Constructors for the edits a facilitator makes, expressed as [`Change`]s.
//!
//! Each returns `None` when there is nothing to do (no such item, no dot to
//! remove), so callers can tell the room instead of recording an empty change.

use chrono::NaiveDate;

use super::change::{Change, Field, ListOp};
use super::ids::{EscalationId, IndicatorId, PlaceId};
use super::ledger::{Escalation, Reply};
use super::ranking::{self, runoff_in_progress};
use super::score_card::{CardScore, Indicator, POLICE_STARTER, Scorer};
use super::session::{
    Action, ActionId, ActionStatus, Criterion, CriterionId, Group, GroupId, PairDecision,
    ProblemId, ProgressNote, RankMethod, Score, Session, TieBreak, TieBreakHow, TieBreakId,
    Timestamp, Vote, ordered,
};
use super::where_when::{MapPlace, Mark, TimeBand};
use crate::i18n::Msg;

/// One dot for `problem` from `group`.
pub fn add_vote(s: &Session, problem: ProblemId, group: GroupId, at: Timestamp) -> Option<Change> {
    s.problem(problem)?;
    s.group(group)?;
    Some(Change::InsertVotes(vec![(
        s.ranking.votes.len(),
        Vote { problem, group, at },
    )]))
}

/// Sets the dots `group` has on `problem` to `count`, as one change (one
/// undo step): a tally typed as a number ("14") rather than 14 presses.
/// Dots are still recorded one by one — new ones at the end, and when the
/// count goes down the group's latest dots on that problem go first, as
/// `-` would take them. `None` when the count is already `count`.
pub fn set_dots(
    s: &Session,
    problem: ProblemId,
    group: GroupId,
    count: usize,
    at: Timestamp,
) -> Option<Change> {
    let p = s.problem(problem)?;
    let g = s.group(group)?;
    let mine = indices(&s.ranking.votes, |v| {
        v.problem == problem && v.group == group
    });
    let was = mine.len();
    let change = match count.cmp(&was) {
        std::cmp::Ordering::Equal => return None,
        std::cmp::Ordering::Greater => {
            let end = s.ranking.votes.len();
            Change::InsertVotes(
                (0..count - was)
                    .map(|i| (end + i, Vote { problem, group, at }))
                    .collect(),
            )
        }
        std::cmp::Ordering::Less => Change::RemoveVotes(mine[count..].to_vec()),
    };
    Some(batch(
        Msg::new("change-dots-set")
            .with("group", g.name.as_str())
            .with("n", count)
            .with("problem", p.title.as_str())
            .with("was", was),
        vec![change],
    ))
}

/// Takes back the latest dot `group` placed on `problem`.
pub fn remove_vote(s: &Session, problem: ProblemId, group: GroupId) -> Option<Change> {
    let index = s
        .ranking
        .votes
        .iter()
        .rposition(|v| v.problem == problem && v.group == group)?;
    Some(Change::RemoveVotes(vec![index]))
}

/// Deletes a group with its dots, and forgets it as a raiser of problems.
pub fn remove_group(s: &Session, id: GroupId) -> Option<Change> {
    let group = s.group(id)?;
    let mut changes = Vec::new();
    let votes = indices(&s.ranking.votes, |v| v.group == id);
    if !votes.is_empty() {
        changes.push(Change::RemoveVotes(votes));
    }
    for d in s.ranking.pairs.iter().filter(|d| d.group == Some(id)) {
        changes.push(clear_pair(d));
    }
    for sc in s.ranking.scores.iter().filter(|sc| sc.group == Some(id)) {
        changes.push(clear_score(sc));
    }
    let by = Scorer::Group(id);
    for sc in s.score_card.scores.iter().filter(|sc| sc.by == by) {
        changes.push(clear_card_score(sc));
    }
    for m in s.where_when.marks.iter().filter(|m| m.group == id) {
        changes.push(clear_mark(m));
    }
    for problem in s.problems.iter().filter(|p| p.raised_by.contains(&id)) {
        let mut p = problem.clone();
        p.raised_by.retain(|g| *g != id);
        changes.push(Change::Problem(ListOp::Update(p)));
    }
    changes.push(Change::Group(ListOp::Remove { id }));
    Some(batch(deleted("group", &group.name), changes))
}

/// Deletes a problem with its dots and actions, and takes it off the shortlist.
pub fn remove_problem(s: &Session, id: ProblemId) -> Option<Change> {
    let problem = s.problem(id)?;
    let mut changes = Vec::new();
    let votes = indices(&s.ranking.votes, |v| v.problem == id);
    if !votes.is_empty() {
        changes.push(Change::RemoveVotes(votes));
    }
    for d in s
        .ranking
        .pairs
        .iter()
        .filter(|d| d.pair.0 == id || d.pair.1 == id)
    {
        changes.push(clear_pair(d));
    }
    for sc in s.ranking.scores.iter().filter(|sc| sc.problem == id) {
        changes.push(clear_score(sc));
    }
    for t in s.ranking.tie_breaks.iter().filter(|t| t.tied.contains(&id)) {
        changes.push(Change::TieBreak(ListOp::Remove { id: t.id }));
    }
    for action in s.actions.iter().filter(|a| a.problem == id) {
        changes.push(Change::Action(ListOp::Remove { id: action.id }));
    }
    for e in s.escalations.iter().filter(|e| e.problem == id) {
        changes.push(Change::Escalation(ListOp::Remove { id: e.id }));
    }
    changes.extend(relink_marks(s, id, None));
    if s.ranking.shortlist.contains(&id) {
        let shortlist = s
            .ranking
            .shortlist
            .iter()
            .copied()
            .filter(|p| *p != id)
            .collect();
        changes.push(Change::Set(Field::Shortlist(shortlist)));
    }
    changes.push(Change::Problem(ListOp::Remove { id }));
    Some(batch(deleted("problem", &problem.title), changes))
}

/// Merges `absorb` into `keep`: the room named the same problem twice. Dots,
/// actions and details of both are kept; `absorb` disappears.
pub fn merge_problems(s: &Session, keep: ProblemId, absorb: ProblemId) -> Option<Change> {
    if keep == absorb {
        return None;
    }
    let kept = s.problem(keep)?;
    let gone = s.problem(absorb)?;
    let mut merged = kept.clone();
    merged.description = join_text(&kept.description, &gone.description);
    merged.location = join_line(&kept.location, &gone.location);
    if merged.category.is_empty() {
        merged.category = gone.category.clone();
    }
    for g in &gone.raised_by {
        if !merged.raised_by.contains(g) {
            merged.raised_by.push(*g);
        }
    }
    extend_unique(&mut merged.causes, &gone.causes);
    extend_unique(&mut merged.effects, &gone.effects);
    merged.needs_escalation |= gone.needs_escalation;
    merged.resolved &= gone.resolved;

    let mut changes = vec![Change::Problem(ListOp::Update(merged))];
    let moved: Vec<(usize, ProblemId)> = s
        .ranking
        .votes
        .iter()
        .enumerate()
        .filter(|(_, v)| v.problem == absorb)
        .map(|(i, _)| (i, keep))
        .collect();
    if !moved.is_empty() {
        changes.push(Change::RetargetVotes(moved));
    }
    for action in s.actions.iter().filter(|a| a.problem == absorb) {
        let mut a = action.clone();
        a.problem = keep;
        changes.push(Change::Action(ListOp::Update(a)));
    }
    for e in s.escalations.iter().filter(|e| e.problem == absorb) {
        let mut e = e.clone();
        e.problem = keep;
        changes.push(Change::Escalation(ListOp::Update(e)));
    }
    changes.extend(relink_marks(s, absorb, Some(keep)));
    // Pair decisions and scores of the absorbed problem no longer mean what
    // they meant (the pair may now be the problem against itself): they are
    // cleared, and the room re-decides if it ranks that way.
    for d in s
        .ranking
        .pairs
        .iter()
        .filter(|d| d.pair.0 == absorb || d.pair.1 == absorb)
    {
        changes.push(clear_pair(d));
    }
    for sc in s.ranking.scores.iter().filter(|sc| sc.problem == absorb) {
        changes.push(clear_score(sc));
    }
    for t in s
        .ranking
        .tie_breaks
        .iter()
        .filter(|t| t.tied.contains(&absorb))
    {
        changes.push(Change::TieBreak(ListOp::Remove { id: t.id }));
    }
    if s.ranking.shortlist.contains(&absorb) {
        let mut shortlist = Vec::new();
        for id in &s.ranking.shortlist {
            let id = if *id == absorb { keep } else { *id };
            if !shortlist.contains(&id) {
                shortlist.push(id);
            }
        }
        changes.push(Change::Set(Field::Shortlist(shortlist)));
    }
    changes.push(Change::Problem(ListOp::Remove { id: absorb }));
    Some(batch(
        Msg::new("change-merged")
            .with("gone", gone.title.as_str())
            .with("kept", kept.title.as_str()),
        changes,
    ))
}

/// Adds a group at the end of the list.
pub fn add_group(s: &Session, name: &str, count: u32) -> Change {
    Change::Group(ListOp::Insert {
        index: s.groups.len(),
        item: Group {
            id: s.next_group_id(),
            name: name.trim().to_string(),
            count,
        },
    })
}

/// Sets an action's status.
pub fn set_action_status(s: &Session, id: ActionId, status: ActionStatus) -> Option<Change> {
    let mut action = s.action(id)?.clone();
    if action.status == status {
        return None;
    }
    action.status = status;
    Some(Change::Action(ListOp::Update(action)))
}

/// Adds a dated progress note to an action.
pub fn add_progress(s: &Session, id: ActionId, note: ProgressNote) -> Option<Change> {
    let mut action: Action = s.action(id)?.clone();
    action.progress.push(note);
    Some(Change::Action(ListOp::Update(action)))
}

/// Records (or replaces) what `group` — `None` for the whole room — decided
/// on the pair `a`/`b`: the winner, or `None` for a tie, and why.
pub fn decide_pair(
    a: ProblemId,
    b: ProblemId,
    group: Option<GroupId>,
    winner: Option<ProblemId>,
    reason: &str,
    at: Timestamp,
) -> Change {
    let pair = ordered((a, b));
    Change::Pair {
        pair,
        group,
        decision: Some(PairDecision {
            pair,
            winner,
            group,
            reason: reason.trim().to_string(),
            at,
        }),
    }
}

/// Clears what `group` decided on a pair; `None` when it decided nothing.
pub fn undecide_pair(
    s: &Session,
    a: ProblemId,
    b: ProblemId,
    group: Option<GroupId>,
) -> Option<Change> {
    ranking::pair_decision(s, a, b, group).map(clear_pair)
}

/// Records (or replaces) one score, 1 to 5.
pub fn set_score(
    problem: ProblemId,
    criterion: CriterionId,
    group: Option<GroupId>,
    value: u8,
    at: Timestamp,
) -> Change {
    Change::Score {
        problem,
        criterion,
        group,
        score: Some(Score {
            problem,
            criterion,
            group,
            value,
            at,
        }),
    }
}

/// Clears one score; `None` when the cell is not scored.
pub fn unset_score(
    s: &Session,
    problem: ProblemId,
    criterion: CriterionId,
    group: Option<GroupId>,
) -> Option<Change> {
    s.ranking
        .scores
        .iter()
        .find(|sc| sc.problem == problem && sc.criterion == criterion && sc.group == group)
        .map(clear_score)
}

/// Adds a criterion at the end of the list.
pub fn add_criterion(s: &Session, name: &str, weight: u32) -> Change {
    Change::Criterion(ListOp::Insert {
        index: s.ranking.criteria.len(),
        item: Criterion {
            id: s.next_criterion_id(),
            name: name.trim().to_string(),
            weight,
        },
    })
}

/// Deletes a criterion with the scores given on it: they no longer count,
/// and undo brings both back together.
pub fn remove_criterion(s: &Session, id: CriterionId) -> Option<Change> {
    let criterion = s.ranking.criteria.iter().find(|c| c.id == id)?;
    let mut changes: Vec<Change> = s
        .ranking
        .scores
        .iter()
        .filter(|sc| sc.criterion == id)
        .map(clear_score)
        .collect();
    changes.push(Change::Criterion(ListOp::Remove { id }));
    Some(batch(deleted("criterion", &criterion.name), changes))
}

/// One run-off dot from `group` for `problem`, among the problems `tied` at
/// `rank` in `method`'s ranking. The run-off is recorded as it goes: the first
/// dot starts its tie-break record (with no order yet), later dots extend it,
/// so every dot is saved, undoable and kept with the tie it broke.
pub fn add_runoff_dot(
    s: &Session,
    method: RankMethod,
    rank: usize,
    tied: &[ProblemId],
    problem: ProblemId,
    group: GroupId,
    at: Timestamp,
) -> Option<Change> {
    if !tied.contains(&problem) || s.group(group).is_none() {
        return None;
    }
    let vote = Vote { problem, group, at };
    Some(match runoff_in_progress(s, method, tied) {
        Some(t) => {
            let mut t = t.clone();
            if let TieBreakHow::Runoff { votes } = &mut t.how {
                votes.push(vote);
            }
            Change::TieBreak(ListOp::Update(t))
        }
        None => Change::TieBreak(ListOp::Insert {
            index: s.ranking.tie_breaks.len(),
            item: TieBreak {
                id: s.next_tie_break_id(),
                method,
                rank,
                tied: tied.to_vec(),
                how: TieBreakHow::Runoff { votes: vec![vote] },
                order: Vec::new(),
                at,
            },
        }),
    })
}

/// Takes back `group`'s latest run-off dot on `problem`; the run-off's record
/// goes with its last dot.
pub fn remove_runoff_dot(
    s: &Session,
    method: RankMethod,
    tied: &[ProblemId],
    problem: ProblemId,
    group: GroupId,
) -> Option<Change> {
    let mut t = runoff_in_progress(s, method, tied)?.clone();
    let TieBreakHow::Runoff { votes } = &mut t.how else {
        return None;
    };
    let i = votes
        .iter()
        .rposition(|v| v.problem == problem && v.group == group)?;
    votes.remove(i);
    Some(if votes.is_empty() {
        Change::TieBreak(ListOp::Remove { id: t.id })
    } else {
        Change::TieBreak(ListOp::Update(t))
    })
}

/// Ends a run-off: its dots put the tied problems in order. `None` while the
/// dots still leave a tie (or there is no such run-off).
pub fn confirm_runoff(s: &Session, id: TieBreakId, at: Timestamp) -> Option<Change> {
    let mut t = s.ranking.tie_breaks.iter().find(|t| t.id == id)?.clone();
    let TieBreakHow::Runoff { votes } = &t.how else {
        return None;
    };
    t.order = ranking::runoff_order(s, &t.tied, votes)?;
    t.at = at;
    Some(Change::TieBreak(ListOp::Update(t)))
}

/// Records a tie broken at once: by the head-to-head pairwise result or by
/// the facilitator's decision. `order` must hold exactly the tied problems.
pub fn break_tie(
    s: &Session,
    method: RankMethod,
    rank: usize,
    tied: &[ProblemId],
    how: TieBreakHow,
    order: Vec<ProblemId>,
    at: Timestamp,
) -> Option<Change> {
    if !ranking::same_problems(tied, &order) || matches!(how, TieBreakHow::Runoff { .. }) {
        return None;
    }
    Some(Change::TieBreak(ListOp::Insert {
        index: s.ranking.tie_breaks.len(),
        item: TieBreak {
            id: s.next_tie_break_id(),
            method,
            rank,
            tied: tied.to_vec(),
            how,
            order,
            at,
        },
    }))
}

/// The marks that link `from`, linking `to` instead (or nothing): a problem
/// deleted or merged away leaves no mark pointing at it.
fn relink_marks(s: &Session, from: ProblemId, to: Option<ProblemId>) -> Vec<Change> {
    s.where_when
        .marks
        .iter()
        .filter(|m| m.problems.contains(&from))
        .map(|m| {
            let mut m = m.clone();
            let mut problems = Vec::new();
            for p in m
                .problems
                .iter()
                .map(|p| if *p == from { to } else { Some(*p) })
            {
                if let Some(p) = p
                    && !problems.contains(&p)
                {
                    problems.push(p);
                }
            }
            m.problems = problems;
            Change::Mark {
                place: m.place,
                band: m.band,
                group: m.group,
                mark: Some(m),
            }
        })
        .collect()
}

// ---------------------------------------------------------------------------
// The score card.

/// Starts the card with the indicators offered for a police service (those
/// the card has not got yet), as one change.
pub fn start_police_card(s: &Session) -> Option<Change> {
    let card = &s.score_card;
    let mut next = card.next_indicator_id().0;
    let mut changes = Vec::new();
    for name in POLICE_STARTER {
        let taken = card
            .indicators
            .iter()
            .any(|i| super::rules::same_group_name(&i.name, name));
        if taken {
            continue;
        }
        changes.push(Change::Indicator(ListOp::Insert {
            index: card.indicators.len() + changes.len(),
            item: Indicator {
                id: IndicatorId(next),
                name: name.to_string(),
                carried_from: None,
            },
        }));
        next += 1;
    }
    if changes.is_empty() {
        return None;
    }
    let n = changes.len();
    Some(batch(Msg::new("change-card-started").with("n", n), changes))
}

/// Adds an indicator at the end of the card.
pub fn add_indicator(s: &Session, name: &str) -> Change {
    Change::Indicator(ListOp::Insert {
        index: s.score_card.indicators.len(),
        item: Indicator {
            id: s.score_card.next_indicator_id(),
            name: name.trim().to_string(),
            carried_from: None,
        },
    })
}

/// Deletes an indicator with its scores; actions planned on its gap stay,
/// no longer linked to it.
pub fn remove_indicator(s: &Session, id: IndicatorId) -> Option<Change> {
    let indicator = s.score_card.indicator(id)?;
    let mut changes: Vec<Change> = s
        .score_card
        .scores
        .iter()
        .filter(|sc| sc.indicator == id)
        .map(clear_card_score)
        .collect();
    for a in s.actions.iter().filter(|a| a.card_indicator == Some(id)) {
        let mut a = a.clone();
        a.card_indicator = None;
        changes.push(Change::Action(ListOp::Update(a)));
    }
    changes.push(Change::Indicator(ListOp::Remove { id }));
    Some(batch(deleted("indicator", &indicator.name), changes))
}

/// Records (or replaces) the score `by` gives on `indicator`, with its
/// reason; `None` when the card already holds exactly that.
pub fn set_card_score(
    s: &Session,
    indicator: IndicatorId,
    by: Scorer,
    value: u8,
    reason: &str,
    at: Timestamp,
) -> Option<Change> {
    let reason = reason.trim().to_string();
    if s.score_card
        .score(indicator, by)
        .is_some_and(|sc| sc.value == value && sc.reason == reason)
    {
        return None;
    }
    Some(Change::CardScore {
        indicator,
        by,
        score: Some(CardScore {
            indicator,
            by,
            value,
            reason,
            at,
        }),
    })
}

/// Clears one score of the card; `None` when there is none.
pub fn unset_card_score(s: &Session, indicator: IndicatorId, by: Scorer) -> Option<Change> {
    s.score_card.score(indicator, by).map(clear_card_score)
}

fn clear_card_score(sc: &CardScore) -> Change {
    Change::CardScore {
        indicator: sc.indicator,
        by: sc.by,
        score: None,
    }
}

// ---------------------------------------------------------------------------
// Where and when.

/// Adds a place at the end of the grid.
pub fn add_place(s: &Session, name: &str) -> Change {
    Change::Place(ListOp::Insert {
        index: s.where_when.places.len(),
        item: MapPlace {
            id: s.where_when.next_place_id(),
            name: name.trim().to_string(),
            carried_from: None,
        },
    })
}

/// Deletes a place with every group's marks on it.
pub fn remove_place(s: &Session, id: PlaceId) -> Option<Change> {
    let place = s.where_when.place(id)?;
    let mut changes: Vec<Change> = s
        .where_when
        .marks
        .iter()
        .filter(|m| m.place == id)
        .map(clear_mark)
        .collect();
    changes.push(Change::Place(ListOp::Remove { id }));
    Some(batch(deleted("place", &place.name), changes))
}

/// Records (or replaces) `group`'s mark of a place at a time; `None` when
/// it is already exactly that.
pub fn set_mark(
    s: &Session,
    place: PlaceId,
    band: TimeBand,
    group: GroupId,
    level: u8,
    problems: Vec<ProblemId>,
    at: Timestamp,
) -> Option<Change> {
    if s.where_when
        .mark(place, band, group)
        .is_some_and(|m| m.level == level && m.problems == problems)
    {
        return None;
    }
    Some(Change::Mark {
        place,
        band,
        group,
        mark: Some(Mark {
            place,
            band,
            group,
            level,
            problems,
            at,
        }),
    })
}

/// [`set_mark`] of the level alone: the problems already linked stay.
pub fn set_level(
    s: &Session,
    place: PlaceId,
    band: TimeBand,
    group: GroupId,
    level: u8,
    at: Timestamp,
) -> Option<Change> {
    let problems = s
        .where_when
        .mark(place, band, group)
        .map(|m| m.problems.clone())
        .unwrap_or_default();
    set_mark(s, place, band, group, level, problems, at)
}

/// Clears one group's mark; `None` when there is none.
pub fn unset_mark(s: &Session, place: PlaceId, band: TimeBand, group: GroupId) -> Option<Change> {
    s.where_when.mark(place, band, group).map(clear_mark)
}

fn clear_mark(m: &Mark) -> Change {
    Change::Mark {
        place: m.place,
        band: m.band,
        group: m.group,
        mark: None,
    }
}

// ---------------------------------------------------------------------------
// The follow-up ledger.

/// Records that `problem` was raised with `to` on `raised`; the problem is
/// flagged for district or national action with it, if it was not.
pub fn escalate(s: &Session, problem: ProblemId, to: &str, raised: NaiveDate) -> Option<Change> {
    let p = s.problem(problem)?;
    let mut changes = Vec::new();
    if !p.needs_escalation {
        let mut flagged = p.clone();
        flagged.needs_escalation = true;
        changes.push(Change::Problem(ListOp::Update(flagged)));
    }
    changes.push(Change::Escalation(ListOp::Insert {
        index: s.escalations.len(),
        item: Escalation {
            id: s.next_escalation_id(),
            problem,
            to: to.trim().to_string(),
            raised,
            replies: Vec::new(),
            inherited_from: None,
        },
    }));
    Some(batch(
        Msg::new("change-escalation-raised")
            .with("problem", p.title.as_str())
            .with("to", to.trim())
            .with("date", raised.to_string()),
        changes,
    ))
}

/// Adds a reply (or a non-reply) to an escalation.
pub fn add_reply(s: &Session, id: EscalationId, reply: Reply) -> Option<Change> {
    let mut e = s.escalation(id)?.clone();
    e.replies.push(reply);
    Some(Change::Escalation(ListOp::Update(e)))
}

fn clear_pair(d: &PairDecision) -> Change {
    Change::Pair {
        pair: d.pair,
        group: d.group,
        decision: None,
    }
}

fn clear_score(sc: &Score) -> Change {
    Change::Score {
        problem: sc.problem,
        criterion: sc.criterion,
        group: sc.group,
        score: None,
    }
}

fn batch(label: Msg, changes: Vec<Change>) -> Change {
    Change::Batch { label, changes }
}

/// "problem deleted: «Phone theft»": how deleting an item with what hangs
/// on it reads (the same words as deleting it alone).
fn deleted(noun: &'static str, name: &str) -> Msg {
    Msg::new("change-deleted")
        .with("noun", noun)
        .with("name", name)
}

fn indices<T>(items: &[T], keep: impl Fn(&T) -> bool) -> Vec<usize> {
    items
        .iter()
        .enumerate()
        .filter(|(_, x)| keep(x))
        .map(|(i, _)| i)
        .collect()
}

/// Two one-line values (a place): "East gate; West gate".
fn join_line(a: &str, b: &str) -> String {
    match (a.trim().is_empty(), b.trim().is_empty()) {
        (_, true) => a.to_string(),
        (true, false) => b.to_string(),
        _ if a.trim() == b.trim() => a.to_string(),
        _ => format!("{}; {}", a.trim(), b.trim()),
    }
}

fn join_text(a: &str, b: &str) -> String {
    match (a.trim().is_empty(), b.trim().is_empty()) {
        (_, true) => a.to_string(),
        (true, false) => b.to_string(),
        _ if a == b => a.to_string(),
        _ => format!("{a}\n{b}"),
    }
}

fn extend_unique(into: &mut Vec<String>, from: &[String]) {
    for line in from {
        if !into.contains(line) {
            into.push(line.clone());
        }
    }
}
