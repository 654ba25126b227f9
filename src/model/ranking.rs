//! Ranking maths: from raw inputs (single dots, pair decisions, scores) to
//! ranked problems with shared ranks, per-group comparisons and tie-breaks.
//! Totals are always recomputed from the recorded inputs; nothing here
//! changes a session.

use std::cmp::Ordering;
use std::collections::{HashMap, HashSet};

use super::lookup::{Positions, REMOVED_PROBLEM};
use super::session::{
    CriterionId, GroupId, PairDecision, PairScope, ProblemId, RankMethod, Score, Session, TieBreak,
    TieBreakHow, TieBreakId, Vote, ordered,
};
use super::tally::Tally;

/// Scores closer than this are a tie (weighted and averaged scores are
/// fractions).
const TIE_EPSILON: f64 = 1e-9;

/// One problem's place in a ranking.
#[derive(Clone, Debug, PartialEq)]
pub struct Ranked {
    pub problem: ProblemId,
    pub score: f64,
    /// 1-based; tied problems share a rank and the next rank skips (1, 2, 2, 4).
    pub rank: usize,
    /// Set when a recorded tie-break decided this problem's place in a tie.
    pub broken_by: Option<TieBreakId>,
}

/// Sorts `scores` best first and numbers them with shared ranks. Ties are listed
/// by title then id, so the result does not depend on the order problems were
/// entered.
///
/// Each title is looked up once, by id, before sorting: O(n log n).
pub fn rank_scores(s: &Session, scores: Vec<(ProblemId, f64)>) -> Vec<Ranked> {
    let positions = Positions::of_problems(s);
    let title = |id: ProblemId| title_at(s, &positions, id);
    let mut keyed: Vec<(ProblemId, f64, &str)> =
        scores.into_iter().map(|(p, x)| (p, x, title(p))).collect();
    // The same comparison, on the same order of input, in the same stable
    // sort, as the linear search by title did: the same result.
    keyed.sort_by(|a, b| best_first((a.1, a.2, a.0), (b.1, b.2, b.0)));
    let mut ranked: Vec<Ranked> = keyed
        .into_iter()
        .map(|(problem, score, _)| Ranked {
            problem,
            score,
            rank: 0,
            broken_by: None,
        })
        .collect();
    number(&mut ranked);
    ranked
}

/// A problem's title for ordering ties, by its place in the session.
fn title_at<'s>(s: &'s Session, positions: &Positions<ProblemId>, id: ProblemId) -> &'s str {
    positions
        .get(id)
        .map_or(REMOVED_PROBLEM, |i| s.problems[i].title.as_str())
}

/// The order of a ranking: higher score first, ties by title then id.
fn best_first(a: (f64, &str, ProblemId), b: (f64, &str, ProblemId)) -> Ordering {
    b.0.partial_cmp(&a.0)
        .unwrap_or(Ordering::Equal)
        .then_with(|| a.1.cmp(b.1))
        .then_with(|| a.2.cmp(&b.2))
}

/// Shared ranks down a list sorted best first: a problem tied with the one
/// above it takes its rank, any other its place (1, 2, 2, 4).
fn number(ranked: &mut [Ranked]) {
    for i in 0..ranked.len() {
        ranked[i].rank = match i.checked_sub(1).map(|p| &ranked[p]) {
            Some(prev) if (prev.score - ranked[i].score).abs() < TIE_EPSILON => prev.rank,
            _ => i + 1,
        };
    }
}

/// `ranked`, a result of [`rank_scores`] for `s`, made exactly what
/// `rank_scores` gives once `problem`'s score is `score`: the problem moves to
/// its new place (found by halving) and the ranks are numbered again. O(n)
/// moves and no sort, for a dot added or taken back among thousands of
/// problems. `false`, and `ranked` unchanged, when `problem` is not there
/// exactly once (only a full ranking is sure then).
pub fn rescore(s: &Session, ranked: &mut Vec<Ranked>, problem: ProblemId, score: f64) -> bool {
    let mut at = ranked
        .iter()
        .enumerate()
        .filter(|(_, r)| r.problem == problem);
    let (Some((from, _)), None) = (at.next(), at.next()) else {
        return false;
    };
    let positions = Positions::of_problems(s);
    let key = |r: &Ranked| (r.score, title_at(s, &positions, r.problem), r.problem);
    let mut moved = ranked.remove(from);
    moved.score = score;
    let new = key(&moved);
    // No other entry has this id, so none is equal to it: the place is one.
    let to = ranked.partition_point(|r| best_first(key(r), new) == Ordering::Less);
    ranked.insert(to, moved);
    number(ranked);
    true
}

/// The ranking of `method`, for the whole room (`None`) or one group, with the
/// recorded tie-breaks of the whole room applied.
pub fn ranking(s: &Session, method: RankMethod, group: Option<GroupId>) -> Vec<Ranked> {
    let raw = match method {
        RankMethod::Dots => dot_ranking(s, group),
        RankMethod::Pairwise => pairwise_ranking(s, group),
        RankMethod::Criteria => criteria_ranking(s, group),
    };
    if group.is_none() {
        apply_tie_breaks(s, method, raw)
    } else {
        raw
    }
}

/// Dot-voting ranking of every problem, for the whole room or one group.
pub fn dot_ranking(s: &Session, group: Option<GroupId>) -> Vec<Ranked> {
    // Counted by position: a problem listed twice (a damaged file) gets its
    // id's dots on both rows, as a map by id gave it.
    let positions = Positions::of_problems(s);
    let mut totals = vec![0.0; s.problems.len()];
    for vote in &s.ranking.votes {
        if group.is_none_or(|g| g == vote.group)
            && let Some(i) = positions.get(vote.problem)
        {
            totals[i] += 1.0;
        }
    }
    let scores = s
        .problems
        .iter()
        .map(|p| (p.id, positions.get(p.id).map_or(0.0, |i| totals[i])))
        .collect();
    rank_scores(s, scores)
}

/// Exactly [`dot_ranking`], from a tally of `s` (no recount of the votes).
pub fn dot_ranking_from(s: &Session, tally: &Tally, group: Option<GroupId>) -> Vec<Ranked> {
    match tally.scores(s, group) {
        Some(dots) => {
            let scores = s
                .problems
                .iter()
                .zip(dots)
                .map(|(p, n)| (p.id, f64::from(n)))
                .collect();
            rank_scores(s, scores)
        }
        // Not a group of the session: counted from the votes, as
        // `dot_ranking` does (dots of a removed group, if any).
        None => dot_ranking(s, group),
    }
}

/// The problems a pairwise round compares: the shortlist (or every problem
/// while there is no shortlist), or every problem.
pub fn pair_candidates(s: &Session) -> Vec<ProblemId> {
    let all = || s.problems.iter().map(|p| p.id).collect();
    match s.ranking.pair_scope {
        PairScope::All => all(),
        PairScope::Shortlist if s.ranking.shortlist.is_empty() => all(),
        PairScope::Shortlist => s
            .ranking
            .shortlist
            .iter()
            .copied()
            .filter(|id| s.problem(*id).is_some())
            .collect(),
    }
}

/// Above this many problems pairwise ranking gets long: 9 problems are 36 pairs.
pub const PAIRWISE_COMFORT: usize = 8;

/// Every pair of `candidates` once, n(n−1)/2 of them, in round-robin order (the
/// circle method) so the room rarely sees the same problem twice in a row.
pub fn pair_order(candidates: &[ProblemId]) -> Vec<(ProblemId, ProblemId)> {
    let mut slots: Vec<Option<ProblemId>> = candidates.iter().copied().map(Some).collect();
    if slots.len() % 2 == 1 {
        slots.push(None);
    }
    let n = slots.len();
    let mut pairs = Vec::with_capacity(n * n.saturating_sub(1) / 2);
    for _round in 0..n.saturating_sub(1) {
        for i in 0..n / 2 {
            if let (Some(a), Some(b)) = (slots[i], slots[n - 1 - i]) {
                pairs.push((a, b));
            }
        }
        // Keep the first slot fixed and rotate the rest by one.
        if n > 2 {
            let last = slots.pop().expect("n > 2");
            slots.insert(1, last);
        }
    }
    pairs
}

/// What one group (or the room) decided on a pair, if anything.
pub fn pair_decision(
    s: &Session,
    a: ProblemId,
    b: ProblemId,
    group: Option<GroupId>,
) -> Option<&PairDecision> {
    let key = ordered((a, b));
    s.ranking
        .pairs
        .iter()
        .find(|d| ordered(d.pair) == key && d.group == group)
}

/// Every recorded pair decision by pair and group, for looking many up (a
/// matrix, a list of pairs): [`pair_decision`] in constant time.
#[derive(Clone, Debug, Default)]
pub struct PairIndex {
    at: HashMap<((ProblemId, ProblemId), Option<GroupId>), usize>,
}

impl PairIndex {
    pub fn new(s: &Session) -> PairIndex {
        let mut at = HashMap::with_capacity(s.ranking.pairs.len());
        for (i, d) in s.ranking.pairs.iter().enumerate() {
            // The first record wins, as the linear search finds it.
            at.entry((ordered(d.pair), d.group)).or_insert(i);
        }
        PairIndex { at }
    }

    /// As [`pair_decision`]; `s` must be the session the index was made of.
    pub fn get<'s>(
        &self,
        s: &'s Session,
        a: ProblemId,
        b: ProblemId,
        group: Option<GroupId>,
    ) -> Option<&'s PairDecision> {
        self.at
            .get(&(ordered((a, b)), group))
            .and_then(|i| s.ranking.pairs.get(*i))
    }
}

/// Pairwise ranking: a win is 1 point, a tie ½ to each, over the pairs of the
/// candidates. `Some(group)` counts that group's decisions. `None` counts the
/// room's own decisions if it made any, otherwise every group's decisions
/// together (each group's round as one voice).
pub fn pairwise_ranking(s: &Session, group: Option<GroupId>) -> Vec<Ranked> {
    pairwise_ranking_among(s, group, &pair_candidates(s))
}

/// The problems some recorded pair decision is about, in the session's
/// order: what was actually compared, whatever the round is now.
pub fn decided_problems(s: &Session) -> Vec<ProblemId> {
    s.problems
        .iter()
        .map(|p| p.id)
        .filter(|id| {
            s.ranking
                .pairs
                .iter()
                .any(|d| d.pair.0 == *id || d.pair.1 == *id)
        })
        .collect()
}

/// The problems of the round and every problem a recorded decision is
/// about: a ranking over these counts every decision, also those made
/// before the shortlist (and so the round) changed.
pub fn pairwise_recorded_among(s: &Session) -> Vec<ProblemId> {
    let mut ids = pair_candidates(s);
    for id in decided_problems(s) {
        if !ids.contains(&id) {
            ids.push(id);
        }
    }
    ids
}

/// Recorded decisions about pairs that are not in the round on screen
/// (made among all problems, or on an earlier shortlist): they stay
/// recorded and count in reports, and the pairwise view says so.
pub fn decisions_outside_round(s: &Session) -> Vec<&super::session::PairDecision> {
    let round = pair_candidates(s);
    s.ranking
        .pairs
        .iter()
        .filter(|d| !round.contains(&d.pair.0) || !round.contains(&d.pair.1))
        .collect()
}

/// [`pairwise_ranking`] over the given problems instead of the round.
pub fn pairwise_ranking_among(
    s: &Session,
    group: Option<GroupId>,
    candidates: &[ProblemId],
) -> Vec<Ranked> {
    let candidates = candidates.to_vec();
    let room_decided = s.ranking.pairs.iter().any(|d| d.group.is_none());
    let counts = |d: &PairDecision| match group {
        Some(g) => d.group == Some(g),
        None if room_decided => d.group.is_none(),
        None => true,
    };
    let mut wins: HashMap<ProblemId, f64> = candidates.iter().map(|p| (*p, 0.0)).collect();
    for d in s.ranking.pairs.iter().filter(|d| counts(d)) {
        let (a, b) = d.pair;
        if !wins.contains_key(&a) || !wins.contains_key(&b) {
            continue;
        }
        // A hand-edited file may name a winner outside the pair: such a
        // decision counts for nothing rather than crash a report.
        match d.winner {
            Some(w) if w == a || w == b => *wins.entry(w).or_default() += 1.0,
            Some(_) => {}
            None => {
                *wins.entry(a).or_default() += 0.5;
                *wins.entry(b).or_default() += 0.5;
            }
        }
    }
    let scores = candidates.iter().map(|p| (*p, wins[p])).collect();
    rank_scores(s, scores)
}

/// How far a pairwise round has got: (decided, total) pairs.
pub fn pairwise_progress(s: &Session, group: Option<GroupId>) -> (usize, usize) {
    let candidates: HashSet<ProblemId> = pair_candidates(s).into_iter().collect();
    let n = candidates.len();
    // One record per pair and group: count the records inside the round.
    let decided = s
        .ranking
        .pairs
        .iter()
        .filter(|d| {
            d.group == group
                && d.pair.0 != d.pair.1
                && candidates.contains(&d.pair.0)
                && candidates.contains(&d.pair.1)
        })
        .count();
    (decided, n * n.saturating_sub(1) / 2)
}

/// The value used for one cell of the scoring grid: that group's score, or for
/// the room its own score if it gave one, else the mean of the groups' scores.
pub fn cell_score(
    s: &Session,
    problem: ProblemId,
    criterion: CriterionId,
    group: Option<GroupId>,
) -> Option<f64> {
    let cell = s
        .ranking
        .scores
        .iter()
        .filter(|sc| sc.problem == problem && sc.criterion == criterion);
    cell_value(cell, group)
}

/// One cell's value from the scores recorded in it, in recorded order.
fn cell_value<'a>(
    cell: impl Iterator<Item = &'a Score> + Clone,
    group: Option<GroupId>,
) -> Option<f64> {
    match group {
        Some(g) => cell
            .clone()
            .find(|sc| sc.group == Some(g))
            .map(|sc| f64::from(sc.value)),
        None => {
            if let Some(room) = cell.clone().find(|sc| sc.group.is_none()) {
                return Some(f64::from(room.value));
            }
            let values: Vec<f64> = cell.map(|sc| f64::from(sc.value)).collect();
            (!values.is_empty()).then(|| values.iter().sum::<f64>() / values.len() as f64)
        }
    }
}

/// Criteria scoring: each problem's weighted total, Σ weight × score (1–5);
/// a cell not scored yet counts 0.
pub fn criteria_ranking(s: &Session, group: Option<GroupId>) -> Vec<Ranked> {
    let grid = ScoreGrid::new(s);
    let scores = s
        .problems
        .iter()
        .map(|p| {
            let total = s
                .ranking
                .criteria
                .iter()
                .map(|c| f64::from(c.weight) * grid.value(p.id, c.id, group).unwrap_or(0.0))
                .sum();
            (p.id, total)
        })
        .collect();
    rank_scores(s, scores)
}

/// The recorded scores by cell (problem, criterion), for reading the whole
/// grid: [`cell_score`] for every cell in one pass over the scores instead
/// of one pass per cell.
#[derive(Clone, Debug, Default)]
pub struct ScoreGrid<'s> {
    cells: HashMap<(ProblemId, CriterionId), Vec<&'s Score>>,
}

impl<'s> ScoreGrid<'s> {
    pub fn new(s: &'s Session) -> ScoreGrid<'s> {
        let mut cells: HashMap<(ProblemId, CriterionId), Vec<&Score>> = HashMap::new();
        for sc in &s.ranking.scores {
            cells
                .entry((sc.problem, sc.criterion))
                .or_default()
                .push(sc);
        }
        ScoreGrid { cells }
    }

    /// As [`cell_score`].
    pub fn value(
        &self,
        problem: ProblemId,
        criterion: CriterionId,
        group: Option<GroupId>,
    ) -> Option<f64> {
        let cell = self
            .cells
            .get(&(problem, criterion))
            .map_or(&[][..], Vec::as_slice);
        cell_value(cell.iter().copied(), group)
    }
}

/// The problems that share a rank with another problem: `(rank, problems)`.
pub fn ties(ranked: &[Ranked]) -> Vec<(usize, Vec<ProblemId>)> {
    let mut out: Vec<(usize, Vec<ProblemId>)> = Vec::new();
    for r in ranked {
        match out.last_mut() {
            Some((rank, ids)) if *rank == r.rank => ids.push(r.problem),
            _ => out.push((r.rank, vec![r.problem])),
        }
    }
    out.retain(|(_, ids)| ids.len() > 1);
    out
}

/// A tie across the boundary of the top `n`: some of the tied problems are in
/// the top `n` and some are not, so the shortlist cannot be drawn without a
/// decision. Returns the shared rank and every problem sharing it.
pub fn boundary_tie(ranked: &[Ranked], n: usize) -> Option<(usize, Vec<ProblemId>)> {
    if n == 0 || n >= ranked.len() {
        return None;
    }
    let inside = &ranked[n - 1];
    let outside = &ranked[n];
    (inside.rank == outside.rank).then(|| {
        let tied = ranked
            .iter()
            .filter(|r| r.rank == inside.rank)
            .map(|r| r.problem)
            .collect();
        (inside.rank, tied)
    })
}

/// Whether anything at all was recorded for `method`, by the whole room
/// (`None`: anyone) or by one group. Without inputs every problem "ties" at
/// rank 1, which says nothing.
pub fn has_inputs(s: &Session, method: RankMethod, group: Option<GroupId>) -> bool {
    let by = |g: Option<GroupId>| group.is_none() || g == group;
    match method {
        RankMethod::Dots => s.ranking.votes.iter().any(|v| by(Some(v.group))),
        RankMethod::Pairwise => s.ranking.pairs.iter().any(|d| by(d.group)),
        RankMethod::Criteria => s.ranking.scores.iter().any(|sc| by(sc.group)),
    }
}

/// Whether anything was recorded about this one problem for `method` (by
/// the room and every group, or by one group): a dot on it, a decided pair
/// it is in, a score. A problem nobody put anything on is not "ranked last"
/// in any way that means something between cycles.
pub fn problem_has_inputs(
    s: &Session,
    method: RankMethod,
    group: Option<GroupId>,
    problem: ProblemId,
) -> bool {
    let by = |g: Option<GroupId>| group.is_none() || g == group;
    match method {
        RankMethod::Dots => s
            .ranking
            .votes
            .iter()
            .any(|v| v.problem == problem && by(Some(v.group))),
        RankMethod::Pairwise => s
            .ranking
            .pairs
            .iter()
            .any(|d| (d.pair.0 == problem || d.pair.1 == problem) && by(d.group)),
        RankMethod::Criteria => s
            .ranking
            .scores
            .iter()
            .any(|sc| sc.problem == problem && by(sc.group)),
    }
}

/// Whether `method` has inputs enough for its ranking to mean something, so
/// that a tie in it is a real tie: a dot; a full scoring grid (every problem
/// scored on every criterion, by the room or a group); a finished pairwise
/// round (the room's own, or, when the room decided no pair together, one
/// group's). Before that, problems tie only for want of inputs.
pub fn ready(s: &Session, method: RankMethod) -> bool {
    match method {
        RankMethod::Dots => !s.ranking.votes.is_empty(),
        RankMethod::Criteria => {
            let grid = ScoreGrid::new(s);
            !s.problems.is_empty()
                && !s.ranking.criteria.is_empty()
                && s.problems.iter().all(|p| {
                    s.ranking
                        .criteria
                        .iter()
                        .all(|c| grid.value(p.id, c.id, None).is_some())
                })
        }
        RankMethod::Pairwise => {
            let complete = |group| {
                let (decided, total) = pairwise_progress(s, group);
                total > 0 && decided == total
            };
            if s.ranking.pairs.iter().any(|d| d.group.is_none()) {
                complete(None)
            } else {
                s.groups.iter().any(|g| complete(Some(g.id)))
            }
        }
    }
}

/// The tie the top N of the session's own ranking cuts through (tie-breaks
/// applied), once its method has inputs enough for a tie to be real: what
/// the shortlist must not silently break, and what Plan warns about.
pub fn shortlist_tie(s: &Session) -> Option<(usize, Vec<ProblemId>)> {
    let method = s.ranking.method;
    if !ready(s, method) {
        return None;
    }
    boundary_tie(&ranking(s, method, None), s.ranking.shortlist_size)
}

/// The first `n` problems of a ranking.
pub fn top(ranked: &[Ranked], n: usize) -> Vec<ProblemId> {
    ranked.iter().take(n).map(|r| r.problem).collect()
}

/// Orders tied problems by a run-off's dots; `None` while the run-off is still
/// tied at any place.
pub fn runoff_order(s: &Session, tied: &[ProblemId], votes: &[Vote]) -> Option<Vec<ProblemId>> {
    let mut counted: Vec<(ProblemId, usize)> = tied
        .iter()
        .map(|p| (*p, votes.iter().filter(|v| v.problem == *p).count()))
        .collect();
    let positions = Positions::of_problems(s);
    let title = |id: ProblemId| {
        positions
            .get(id)
            .map_or(REMOVED_PROBLEM, |i| s.problems[i].title.as_str())
    };
    counted.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| title(a.0).cmp(title(b.0))));
    let strict = counted.windows(2).all(|w| w[0].1 > w[1].1);
    strict.then(|| counted.into_iter().map(|(p, _)| p).collect())
}

/// Orders tied problems by their head-to-head pairwise results (the room's,
/// else all groups' together); `None` unless every pair among them has been
/// decided and the result is a strict order.
pub fn head_to_head_order(s: &Session, tied: &[ProblemId]) -> Option<Vec<ProblemId>> {
    let room_decided = s.ranking.pairs.iter().any(|d| d.group.is_none());
    let mut points: Vec<(ProblemId, f64)> = tied.iter().map(|p| (*p, 0.0)).collect();
    for (i, a) in tied.iter().enumerate() {
        for b in &tied[i + 1..] {
            let decisions: Vec<_> = s
                .ranking
                .pairs
                .iter()
                .filter(|d| ordered(d.pair) == ordered((*a, *b)))
                .filter(|d| !room_decided || d.group.is_none())
                .collect();
            if decisions.is_empty() {
                return None;
            }
            for d in decisions {
                for (p, score) in points.iter_mut() {
                    *score += match d.winner {
                        Some(w) if w == *p => 1.0,
                        None if *p == *a || *p == *b => 0.5,
                        _ => 0.0,
                    };
                }
            }
        }
    }
    points.sort_by(|x, y| y.1.partial_cmp(&x.1).unwrap_or(Ordering::Equal));
    let strict = points.windows(2).all(|w| w[0].1 - w[1].1 > TIE_EPSILON);
    strict.then(|| points.into_iter().map(|(p, _)| p).collect())
}

/// Whether two lists hold the same problems, in any order.
pub fn same_problems(a: &[ProblemId], b: &[ProblemId]) -> bool {
    let (mut a, mut b) = (a.to_vec(), b.to_vec());
    a.sort();
    b.sort();
    a == b
}

/// Whether a tie-break record has decided its order. A run-off is recorded
/// dot by dot, so its record exists, with no order yet, while the room votes.
pub fn is_decided(t: &TieBreak) -> bool {
    !t.tied.is_empty() && t.order.len() == t.tied.len()
}

/// The run-off the room has started, and not yet decided, on exactly these
/// tied problems.
pub fn runoff_in_progress<'s>(
    s: &'s Session,
    method: RankMethod,
    tied: &[ProblemId],
) -> Option<&'s TieBreak> {
    s.ranking.tie_breaks.iter().rev().find(|t| {
        t.method == method
            && !is_decided(t)
            && matches!(t.how, TieBreakHow::Runoff { .. })
            && same_problems(&t.tied, tied)
    })
}

/// Puts tied problems in the order a recorded tie-break gave, for ties whose
/// problems are exactly the ones the tie-break was about. Broken ties get
/// distinct ranks; the `broken_by` field says which record decided.
pub fn apply_tie_breaks(s: &Session, method: RankMethod, mut ranked: Vec<Ranked>) -> Vec<Ranked> {
    for (rank, tied) in ties(&ranked) {
        let Some(tb) = s
            .ranking
            .tie_breaks
            .iter()
            .rev()
            .find(|t| t.method == method && is_decided(t) && same_problems(&t.tied, &tied))
        else {
            continue;
        };
        let Some(start) = ranked.iter().position(|r| r.rank == rank) else {
            continue;
        };
        let mut block: Vec<Ranked> = ranked.drain(start..start + tied.len()).collect();
        block.sort_by_key(|r| tb.order.iter().position(|p| *p == r.problem));
        for (i, r) in block.iter_mut().enumerate() {
            r.rank = rank + i;
            r.broken_by = Some(tb.id);
        }
        ranked.splice(start..start, block);
    }
    ranked
}

/// How a recorded tie-break reads in results and on the status line
/// ("run-off vote (12 dots)"), as a message: whoever shows it picks the
/// language.
pub fn tie_break_how(t: &TieBreak) -> crate::i18n::Msg {
    use crate::i18n::Msg;
    match &t.how {
        TieBreakHow::Runoff { votes } => Msg::new("change-how-runoff").with("n", votes.len()),
        TieBreakHow::HeadToHead => Msg::new("change-how-head-to-head"),
        TieBreakHow::Decision { reason } => {
            Msg::new("change-how-decision").with("reason", reason.as_str())
        }
    }
}

/// One row of the per-group comparison.
#[derive(Clone, Debug, PartialEq)]
pub struct ComparisonRow {
    pub problem: ProblemId,
    pub overall: usize,
    /// Rank given by each group, in `Comparison::groups` order; `None` when that
    /// group recorded nothing for this method.
    pub ranks: Vec<Option<usize>>,
    /// Highest minus lowest group rank: how much the groups disagree.
    pub spread: usize,
}

/// Each group's ranks side by side (Women | Men | Youth | Elders …), in the
/// order of the overall ranking.
#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    pub groups: Vec<GroupId>,
    pub rows: Vec<ComparisonRow>,
}

impl Comparison {
    /// The rows whose groups disagree most (the largest spread, if above 1):
    /// what a facilitator points at on the wall.
    pub fn biggest_disagreements(&self) -> Vec<ProblemId> {
        let max = self.rows.iter().map(|r| r.spread).max().unwrap_or(0);
        if max <= 1 {
            return Vec::new();
        }
        self.rows
            .iter()
            .filter(|r| r.spread == max)
            .map(|r| r.problem)
            .collect()
    }
}

/// The groups that recorded anything for `method`, in one pass.
fn groups_that_took_part(s: &Session, method: RankMethod) -> HashSet<GroupId> {
    match method {
        RankMethod::Dots => s.ranking.votes.iter().map(|v| v.group).collect(),
        RankMethod::Pairwise => s.ranking.pairs.iter().filter_map(|d| d.group).collect(),
        RankMethod::Criteria => s.ranking.scores.iter().filter_map(|sc| sc.group).collect(),
    }
}

pub fn compare_groups(s: &Session, method: RankMethod) -> Comparison {
    match method {
        // One count of the dots serves every group's ranks.
        RankMethod::Dots => {
            let tally = Tally::count(s);
            let overall = apply_tie_breaks(s, method, dot_ranking_from(s, &tally, None));
            compare_dot_groups(s, &tally, &overall)
        }
        _ => {
            let overall = ranking(s, method, None);
            compare_groups_with(s, method, &overall, |g| ranking(s, method, Some(g)))
        }
    }
}

/// [`compare_groups`] for dot voting from a tally of `s` and the room's
/// ranking: each group's ranks are counted from its dots (a rank is one more
/// than the problems with more dots), without sorting every group's ranking.
pub fn compare_dot_groups(s: &Session, tally: &Tally, overall: &[Ranked]) -> Comparison {
    compare_by_position(s, RankMethod::Dots, overall, |g| {
        tally.ranks(s, g).map_or_else(
            || by_position(s, &dot_ranking(s, Some(g))),
            |ranks| ranks.into_iter().map(Some).collect(),
        )
    })
}

/// A ranking's ranks by the position of each problem in the session's list.
fn by_position(s: &Session, ranked: &[Ranked]) -> Vec<Option<usize>> {
    let problems = Positions::of_problems(s);
    let mut ranks = vec![None; s.problems.len()];
    for r in ranked {
        if let Some(i) = problems.get(r.problem) {
            ranks[i] = Some(r.rank);
        }
    }
    ranks
}

/// [`compare_groups`] from the room's ranking and a way to get each group's
/// (the editor passes the rankings it keeps).
pub fn compare_groups_with<R: std::borrow::Borrow<Vec<Ranked>>>(
    s: &Session,
    method: RankMethod,
    overall: &[Ranked],
    group_ranking: impl Fn(GroupId) -> R,
) -> Comparison {
    compare_by_position(s, method, overall, |g| {
        by_position(s, group_ranking(g).borrow())
    })
}

/// The comparison from each group's ranks by problem position.
fn compare_by_position(
    s: &Session,
    method: RankMethod,
    overall: &[Ranked],
    group_ranks: impl Fn(GroupId) -> Vec<Option<usize>>,
) -> Comparison {
    let groups: Vec<GroupId> = s.groups.iter().map(|g| g.id).collect();
    let took_part = groups_that_took_part(s, method);
    let problems = Positions::of_problems(s);
    let per_group: Vec<Option<Vec<Option<usize>>>> = groups
        .iter()
        .map(|g| took_part.contains(g).then(|| group_ranks(*g)))
        .collect();
    let rows = overall
        .iter()
        .map(|r| {
            let at = problems.get(r.problem);
            let ranks: Vec<Option<usize>> = per_group
                .iter()
                .map(|m| m.as_ref().zip(at).and_then(|(m, i)| m[i]))
                .collect();
            let known: Vec<usize> = ranks.iter().flatten().copied().collect();
            let spread = match (known.iter().max(), known.iter().min()) {
                (Some(hi), Some(lo)) => hi - lo,
                _ => 0,
            };
            ComparisonRow {
                problem: r.problem,
                overall: r.rank,
                ranks,
                spread,
            }
        })
        .collect();
    Comparison { groups, rows }
}
