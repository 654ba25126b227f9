//! `Change`: the only way a session is modified.
//!
//! Every change is applied by [`Session::apply`], which checks it, performs it and
//! returns its exact inverse. Undo/redo ([`crate::model::Editor`]), autosave and the
//! audit log all hang off that one path, so no edit can bypass them.
//!
//! Changes are small primitives with obvious inverses (insert/remove/update/move
//! in a list, set a field, insert/remove votes). Edits that touch several places —
//! deleting a problem removes its dots and actions, merging moves dots — are built
//! as a [`Change::Batch`] of primitives by the constructors in
//! [`crate::model::edits`], so their inverse is just the reversed batch of inverses.
//! How a change reads in the audit log is [`crate::model::wording`]'s.

use std::collections::BTreeMap;
use std::fmt;

use chrono::NaiveDate;

use super::ids::{IndicatorId, PlaceId};
use super::ledger::Escalation;
use super::rules::{self, Broken};
use super::safeguards::{ExportRecord, Purge};
use super::score_card::{CardScale, CardScore, Indicator, Scorer};
use super::session::{
    Action, ActionId, Blind, Criterion, CriterionId, Group, GroupId, Lessons, PairDecision,
    PairScope, Problem, ProblemId, RankMethod, Score, Session, Stage, TieBreak, TieBreakId,
    Timestamp, Vote, ordered,
};
use super::where_when::{MapPlace, Mark, TimeBand};

/// A whole-value session field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Field {
    Title(String),
    Location(String),
    Date(NaiveDate),
    Facilitators(Vec<String>),
    DotsPerParticipant(u32),
    Context(String),
    /// What the room agreed may be recorded and shared.
    Consent(String),
    /// The language of the room (see [`Session::language`]).
    Language(Option<String>),
    Categories(Vec<String>),
    Shortlist(Vec<ProblemId>),
    Lessons(Lessons),
    Stage(Stage),
    Method(RankMethod),
    PairScope(PairScope),
    ShortlistSize(usize),
    /// The export log, whole: recording a report appends to it.
    Exports(Vec<ExportRecord>),
    /// The purges made under the retention rule, whole.
    Purges(Vec<Purge>),
    /// Dot voting in the open, blind, or blind then revealed.
    Blind(Blind),
    /// Seconds worked on each panel (see [`crate::model::Editor::record_worked`]).
    Worked(BTreeMap<Stage, u32>),
    /// Who the score card is about and scores itself.
    Provider(String),
    /// The score card's scale; only before the first score.
    CardScale(CardScale),
}

/// Items kept in an ordered list and addressed by id.
pub trait Keyed: Clone {
    type Id: Copy + PartialEq + fmt::Display;
    const NOUN: &'static str;
    fn key(&self) -> Self::Id;
}

impl Keyed for Group {
    type Id = GroupId;
    const NOUN: &'static str = "group";
    fn key(&self) -> GroupId {
        self.id
    }
}

impl Keyed for Problem {
    type Id = ProblemId;
    const NOUN: &'static str = "problem";
    fn key(&self) -> ProblemId {
        self.id
    }
}

impl Keyed for Criterion {
    type Id = CriterionId;
    const NOUN: &'static str = "criterion";
    fn key(&self) -> CriterionId {
        self.id
    }
}

impl Keyed for TieBreak {
    type Id = TieBreakId;
    const NOUN: &'static str = "tie-break";
    fn key(&self) -> TieBreakId {
        self.id
    }
}

impl Keyed for Action {
    type Id = ActionId;
    const NOUN: &'static str = "action";
    fn key(&self) -> ActionId {
        self.id
    }
}

impl Keyed for Indicator {
    type Id = IndicatorId;
    const NOUN: &'static str = "indicator";
    fn key(&self) -> IndicatorId {
        self.id
    }
}

impl Keyed for MapPlace {
    type Id = PlaceId;
    const NOUN: &'static str = "place";
    fn key(&self) -> PlaceId {
        self.id
    }
}

impl Keyed for Escalation {
    type Id = super::ids::EscalationId;
    const NOUN: &'static str = "escalation";
    fn key(&self) -> super::ids::EscalationId {
        self.id
    }
}

/// An edit of one ordered list of items.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ListOp<T: Keyed> {
    /// Put `item` at `index` (clamped to the end).
    Insert {
        index: usize,
        item: T,
    },
    Remove {
        id: T::Id,
    },
    /// Replace the item with the same id.
    Update(T),
    /// Move the item to position `to` (clamped to the end).
    Move {
        id: T::Id,
        to: usize,
    },
}

/// One change to a session. See the module documentation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Change {
    Set(Field),
    Group(ListOp<Group>),
    Problem(ListOp<Problem>),
    Action(ListOp<Action>),
    /// Insert votes at the given indices, in ascending index order.
    InsertVotes(Vec<(usize, Vote)>),
    /// Remove the votes at the given indices.
    RemoveVotes(Vec<usize>),
    /// Point the votes at the given indices to other problems (merging).
    RetargetVotes(Vec<(usize, ProblemId)>),
    /// Record, replace or (with `None`) clear the decision on one pair for one
    /// group (or the whole room).
    Pair {
        pair: (ProblemId, ProblemId),
        group: Option<GroupId>,
        decision: Option<PairDecision>,
    },
    /// Record, replace or clear one score.
    Score {
        problem: ProblemId,
        criterion: CriterionId,
        group: Option<GroupId>,
        score: Option<Score>,
    },
    Criterion(ListOp<Criterion>),
    TieBreak(ListOp<TieBreak>),
    /// The score card's indicators.
    Indicator(ListOp<Indicator>),
    /// Record, replace or clear the score one group (or the provider) gave
    /// on one indicator.
    CardScore {
        indicator: IndicatorId,
        by: Scorer,
        score: Option<CardScore>,
    },
    /// The places of the where-and-when grid.
    Place(ListOp<MapPlace>),
    /// Record, replace or clear one group's mark on one place at one time.
    Mark {
        place: PlaceId,
        band: TimeBand,
        group: GroupId,
        mark: Option<Mark>,
    },
    /// The follow-up ledger: an escalation with its replies.
    Escalation(ListOp<Escalation>),
    /// Several changes applied together and undone together, with how
    /// they read together (a message: see [`Change::describe`]).
    Batch {
        label: crate::i18n::Msg,
        changes: Vec<Change>,
    },
}

/// Why a change could not be applied. The session is left as it was.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ChangeError {
    #[error("no {noun} with id {id}")]
    Missing { noun: &'static str, id: String },
    #[error("a {noun} with id {id} already exists")]
    Duplicate { noun: &'static str, id: String },
    #[error("no vote at position {0}")]
    NoVote(usize),
    #[error("{0}")]
    Invalid(String),
    /// A rule of [`rules`] the change breaks.
    #[error("{0}")]
    Broken(Broken),
}

impl From<Broken> for ChangeError {
    fn from(broken: Broken) -> ChangeError {
        ChangeError::Broken(broken)
    }
}

fn missing<T: Keyed>(id: T::Id) -> ChangeError {
    ChangeError::Missing {
        noun: T::NOUN,
        id: id.to_string(),
    }
}

fn apply_list<T: Keyed>(list: &mut Vec<T>, op: ListOp<T>) -> Result<ListOp<T>, ChangeError> {
    let position = |list: &Vec<T>, id: T::Id| list.iter().position(|x| x.key() == id);
    match op {
        ListOp::Insert { index, item } => {
            if position(list, item.key()).is_some() {
                return Err(ChangeError::Duplicate {
                    noun: T::NOUN,
                    id: item.key().to_string(),
                });
            }
            let id = item.key();
            list.insert(index.min(list.len()), item);
            Ok(ListOp::Remove { id })
        }
        ListOp::Remove { id } => {
            let index = position(list, id).ok_or_else(|| missing::<T>(id))?;
            let item = list.remove(index);
            Ok(ListOp::Insert { index, item })
        }
        ListOp::Update(item) => {
            let index = position(list, item.key()).ok_or_else(|| missing::<T>(item.key()))?;
            let old = std::mem::replace(&mut list[index], item);
            Ok(ListOp::Update(old))
        }
        ListOp::Move { id, to } => {
            let from = position(list, id).ok_or_else(|| missing::<T>(id))?;
            let item = list.remove(from);
            list.insert(to.min(list.len()), item);
            Ok(ListOp::Move { id, to: from })
        }
    }
}

impl Session {
    /// Applies `change` at time `at` and returns its inverse. On error the session
    /// is unchanged. This does not write the audit log: [`crate::model::Editor`]
    /// does, so that undo and redo are logged as such.
    pub fn apply(&mut self, change: Change, at: Timestamp) -> Result<Change, ChangeError> {
        let inverse = self.apply_inner(change)?;
        self.updated = at;
        Ok(inverse)
    }

    fn apply_inner(&mut self, change: Change) -> Result<Change, ChangeError> {
        Ok(match change {
            Change::Set(field) => Change::Set(self.set_field(field)?),
            Change::Group(op) => {
                if let ListOp::Insert { item, .. } | ListOp::Update(item) = &op {
                    validate_group(item, &self.groups)?;
                }
                Change::Group(apply_list(&mut self.groups, op)?)
            }
            Change::Problem(op) => {
                if let ListOp::Insert { item, .. } | ListOp::Update(item) = &op {
                    validate_problem(item)?;
                }
                Change::Problem(apply_list(&mut self.problems, op)?)
            }
            Change::Action(op) => {
                if let ListOp::Insert { item, .. } | ListOp::Update(item) = &op {
                    if self.problem(item.problem).is_none() {
                        return Err(missing::<Problem>(item.problem));
                    }
                    if let Some(id) = item.card_indicator
                        && self.score_card.indicator(id).is_none()
                    {
                        return Err(missing::<Indicator>(id));
                    }
                }
                Change::Action(apply_list(&mut self.actions, op)?)
            }
            Change::Indicator(op) => {
                if let ListOp::Insert { item, .. } | ListOp::Update(item) = &op {
                    let others = self
                        .score_card
                        .indicators
                        .iter()
                        .filter(|i| i.id != item.id);
                    rules::indicator(&item.name, others.map(|i| i.name.as_str()))?;
                }
                Change::Indicator(apply_list(&mut self.score_card.indicators, op)?)
            }
            Change::CardScore {
                indicator,
                by,
                score,
            } => {
                if let Some(sc) = &score {
                    if self.score_card.indicator(indicator).is_none() {
                        return Err(missing::<Indicator>(indicator));
                    }
                    if let Scorer::Group(g) = by
                        && self.group(g).is_none()
                    {
                        return Err(missing::<Group>(g));
                    }
                    self.score_card.scale.check(sc.value)?;
                    if sc.indicator != indicator || sc.by != by {
                        return Err(ChangeError::Invalid("the score is for another cell".into()));
                    }
                }
                let old = set_cell(
                    &mut self.score_card.scores,
                    score,
                    |s| (s.indicator, s.by),
                    (indicator, by),
                );
                Change::CardScore {
                    indicator,
                    by,
                    score: old,
                }
            }
            Change::Place(op) => {
                if let ListOp::Insert { item, .. } | ListOp::Update(item) = &op {
                    let others = self.where_when.places.iter().filter(|p| p.id != item.id);
                    rules::place(&item.name, others.map(|p| p.name.as_str()))?;
                }
                Change::Place(apply_list(&mut self.where_when.places, op)?)
            }
            Change::Mark {
                place,
                band,
                group,
                mark,
            } => {
                if let Some(m) = &mark {
                    if self.where_when.place(place).is_none() {
                        return Err(missing::<MapPlace>(place));
                    }
                    if self.group(group).is_none() {
                        return Err(missing::<Group>(group));
                    }
                    if let Some(p) = m.problems.iter().find(|p| self.problem(**p).is_none()) {
                        return Err(missing::<Problem>(*p));
                    }
                    rules::intensity(m.level)?;
                    band.check()?;
                    if m.place != place || m.band != band || m.group != group {
                        return Err(ChangeError::Invalid("the mark is for another cell".into()));
                    }
                }
                let old = set_cell(
                    &mut self.where_when.marks,
                    mark,
                    |m| (m.place, m.band, m.group),
                    (place, band, group),
                );
                Change::Mark {
                    place,
                    band,
                    group,
                    mark: old,
                }
            }
            Change::Escalation(op) => {
                if let ListOp::Insert { item, .. } | ListOp::Update(item) = &op {
                    if self.problem(item.problem).is_none() {
                        return Err(missing::<Problem>(item.problem));
                    }
                    rules::recipient(&item.to)?;
                    if item.replies.iter().any(|r| r.date < item.raised) {
                        return Err(Broken::ReplyBeforeRaised.into());
                    }
                }
                Change::Escalation(apply_list(&mut self.escalations, op)?)
            }
            Change::Criterion(op) => {
                if let ListOp::Insert { item, .. } | ListOp::Update(item) = &op {
                    rules::criterion_name(&item.name)?;
                    rules::weight(item.weight)?;
                }
                Change::Criterion(apply_list(&mut self.ranking.criteria, op)?)
            }
            Change::TieBreak(op) => Change::TieBreak(apply_list(&mut self.ranking.tie_breaks, op)?),
            Change::Pair {
                pair,
                group,
                decision,
            } => {
                let pair = ordered(pair);
                if let Some(d) = &decision {
                    for id in [pair.0, pair.1] {
                        if self.problem(id).is_none() {
                            return Err(missing::<Problem>(id));
                        }
                    }
                    if ordered(d.pair) != pair || d.group != group {
                        return Err(ChangeError::Invalid(
                            "the decision is for another pair".into(),
                        ));
                    }
                    if d.winner.is_some_and(|w| w != pair.0 && w != pair.1) {
                        return Err(ChangeError::Invalid("the winner is not in the pair".into()));
                    }
                }
                let pairs = &mut self.ranking.pairs;
                let at = pairs
                    .iter()
                    .position(|d| ordered(d.pair) == pair && d.group == group);
                let old = match (at, decision) {
                    (Some(i), Some(mut new)) => {
                        new.pair = pair;
                        Some(std::mem::replace(&mut pairs[i], new))
                    }
                    (Some(i), None) => Some(pairs.remove(i)),
                    (None, Some(mut new)) => {
                        new.pair = pair;
                        pairs.push(new);
                        None
                    }
                    (None, None) => None,
                };
                Change::Pair {
                    pair,
                    group,
                    decision: old,
                }
            }
            Change::Score {
                problem,
                criterion,
                group,
                score,
            } => {
                if let Some(sc) = &score {
                    if self.problem(problem).is_none() {
                        return Err(missing::<Problem>(problem));
                    }
                    if !self.ranking.criteria.iter().any(|c| c.id == criterion) {
                        return Err(missing::<Criterion>(criterion));
                    }
                    rules::score(sc.value)?;
                    if sc.problem != problem || sc.criterion != criterion || sc.group != group {
                        return Err(ChangeError::Invalid("the score is for another cell".into()));
                    }
                }
                let scores = &mut self.ranking.scores;
                let at = scores.iter().position(|s| {
                    s.problem == problem && s.criterion == criterion && s.group == group
                });
                let old = match (at, score) {
                    (Some(i), Some(new)) => Some(std::mem::replace(&mut scores[i], new)),
                    (Some(i), None) => Some(scores.remove(i)),
                    (None, Some(new)) => {
                        scores.push(new);
                        None
                    }
                    (None, None) => None,
                };
                Change::Score {
                    problem,
                    criterion,
                    group,
                    score: old,
                }
            }
            Change::InsertVotes(mut votes) => {
                votes.sort_by_key(|(i, _)| *i);
                for (_, vote) in &votes {
                    if self.problem(vote.problem).is_none() {
                        return Err(missing::<Problem>(vote.problem));
                    }
                    if self.group(vote.group).is_none() {
                        return Err(missing::<Group>(vote.group));
                    }
                }
                let mut indices = Vec::with_capacity(votes.len());
                for (index, vote) in votes {
                    let index = index.min(self.ranking.votes.len());
                    self.ranking.votes.insert(index, vote);
                    indices.push(index);
                }
                Change::RemoveVotes(indices)
            }
            Change::RemoveVotes(mut indices) => {
                indices.sort_unstable();
                indices.dedup();
                if let Some(&bad) = indices.iter().find(|&&i| i >= self.ranking.votes.len()) {
                    return Err(ChangeError::NoVote(bad));
                }
                // Remove from the back so earlier indices stay valid; the inverse
                // re-inserts in ascending order, which restores every position.
                let mut removed: Vec<(usize, Vote)> = indices
                    .iter()
                    .rev()
                    .map(|&i| (i, self.ranking.votes.remove(i)))
                    .collect();
                removed.reverse();
                Change::InsertVotes(removed)
            }
            Change::RetargetVotes(targets) => {
                for (index, problem) in &targets {
                    if *index >= self.ranking.votes.len() {
                        return Err(ChangeError::NoVote(*index));
                    }
                    if self.problem(*problem).is_none() {
                        return Err(missing::<Problem>(*problem));
                    }
                }
                let old = targets
                    .into_iter()
                    .map(|(i, p)| (i, std::mem::replace(&mut self.ranking.votes[i].problem, p)))
                    .collect();
                Change::RetargetVotes(old)
            }
            Change::Batch { label, changes } => {
                let mut inverses = Vec::with_capacity(changes.len());
                for change in changes {
                    match self.apply_inner(change) {
                        Ok(inverse) => inverses.push(inverse),
                        Err(e) => {
                            // All or nothing: undo what this batch already did.
                            for inverse in inverses.into_iter().rev() {
                                self.apply_inner(inverse)
                                    .expect("the inverse of an applied change applies");
                            }
                            return Err(e);
                        }
                    }
                }
                inverses.reverse();
                Change::Batch {
                    label,
                    changes: inverses,
                }
            }
        })
    }

    fn set_field(&mut self, field: Field) -> Result<Field, ChangeError> {
        use std::mem::replace;
        Ok(match field {
            Field::Title(v) => {
                rules::session_title(&v)?;
                Field::Title(replace(&mut self.title, v))
            }
            Field::Location(v) => Field::Location(replace(&mut self.location, v)),
            Field::Date(v) => Field::Date(replace(&mut self.date, v)),
            Field::Facilitators(v) => Field::Facilitators(replace(&mut self.facilitators, v)),
            Field::DotsPerParticipant(v) => {
                rules::dots_per_participant(v)?;
                Field::DotsPerParticipant(replace(&mut self.dots_per_participant, v))
            }
            Field::Context(v) => Field::Context(replace(&mut self.context, v)),
            Field::Consent(v) => {
                rules::consent_note(&v)?;
                Field::Consent(replace(&mut self.consent, v))
            }
            Field::Language(v) => Field::Language(replace(&mut self.language, v)),
            Field::Exports(v) => Field::Exports(replace(&mut self.exports, v)),
            Field::Purges(v) => Field::Purges(replace(&mut self.purges, v)),
            Field::Categories(v) => Field::Categories(replace(&mut self.categories, v)),
            Field::Shortlist(v) => {
                if let Some(id) = v.iter().find(|id| self.problem(**id).is_none()) {
                    return Err(missing::<Problem>(*id));
                }
                Field::Shortlist(replace(&mut self.ranking.shortlist, v))
            }
            Field::Method(v) => Field::Method(replace(&mut self.ranking.method, v)),
            Field::PairScope(v) => Field::PairScope(replace(&mut self.ranking.pair_scope, v)),
            Field::ShortlistSize(v) => {
                rules::shortlist_size(v)?;
                Field::ShortlistSize(replace(&mut self.ranking.shortlist_size, v))
            }
            Field::Lessons(v) => Field::Lessons(replace(&mut self.lessons, v)),
            Field::Stage(v) => Field::Stage(replace(&mut self.stage, v)),
            Field::Blind(v) => Field::Blind(replace(&mut self.ranking.blind, v)),
            Field::Worked(v) => {
                for seconds in v.values() {
                    rules::worked_seconds(*seconds)?;
                }
                Field::Worked(replace(&mut self.worked, v))
            }
            Field::Provider(v) => Field::Provider(replace(&mut self.score_card.provider, v)),
            Field::CardScale(v) => {
                if v != self.score_card.scale && !self.score_card.scores.is_empty() {
                    return Err(ChangeError::Invalid(
                        "the scale is chosen before the first score; clear the scores to change it"
                            .into(),
                    ));
                }
                Field::CardScale(replace(&mut self.score_card.scale, v))
            }
        })
    }
}

/// Puts `new` in the place of the cell `key` names in `list` (or removes
/// it, for `None`), and gives back what was there: one cell of a grid of
/// records kept as a list. A new cell goes where its key sorts, so a list
/// kept in key order stays so and a cell removed and put back returns to
/// its own place: the inverse is exact.
fn set_cell<T, K: Ord>(
    list: &mut Vec<T>,
    new: Option<T>,
    key: impl Fn(&T) -> K,
    cell: K,
) -> Option<T> {
    match (list.iter().position(|x| key(x) == cell), new) {
        (Some(i), Some(new)) => Some(std::mem::replace(&mut list[i], new)),
        (Some(i), None) => Some(list.remove(i)),
        (None, Some(new)) => {
            let at = list
                .iter()
                .position(|x| key(x) > cell)
                .unwrap_or(list.len());
            list.insert(at, new);
            None
        }
        (None, None) => None,
    }
}

fn validate_group(group: &Group, groups: &[Group]) -> Result<(), ChangeError> {
    let others = groups.iter().filter(|g| g.id != group.id);
    Ok(rules::group(
        &group.name,
        group.count,
        others.map(|g| g.name.as_str()),
    )?)
}

fn validate_problem(problem: &Problem) -> Result<(), ChangeError> {
    Ok(rules::problem_title(&problem.title)?)
}
