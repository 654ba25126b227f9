//! Ranking maths: from raw inputs (single dots) to ranked problems with shared
//! ranks. Totals are always recomputed from the recorded inputs.

use std::cmp::Ordering;
use std::collections::HashMap;

use super::session::{GroupId, ProblemId, Session};

/// Scores closer than this are a tie (weighted scores are fractions).
const TIE_EPSILON: f64 = 1e-9;

/// One problem's place in a ranking.
#[derive(Clone, Debug, PartialEq)]
pub struct Ranked {
    pub problem: ProblemId,
    pub score: f64,
    /// 1-based; tied problems share a rank and the next rank skips (1, 2, 2, 4).
    pub rank: usize,
}

/// Sorts `scores` best first and numbers them with shared ranks. Ties are listed
/// by title then id, so the result does not depend on the order problems were
/// entered.
pub fn rank_scores(s: &Session, scores: Vec<(ProblemId, f64)>) -> Vec<Ranked> {
    let mut scores = scores;
    scores.sort_by(|a, b| {
        b.1.partial_cmp(&a.1)
            .unwrap_or(Ordering::Equal)
            .then_with(|| s.problem_title(a.0).cmp(s.problem_title(b.0)))
            .then_with(|| a.0.cmp(&b.0))
    });
    let mut ranked: Vec<Ranked> = Vec::with_capacity(scores.len());
    for (i, (problem, score)) in scores.into_iter().enumerate() {
        let rank = match ranked.last() {
            Some(prev) if (prev.score - score).abs() < TIE_EPSILON => prev.rank,
            _ => i + 1,
        };
        ranked.push(Ranked {
            problem,
            score,
            rank,
        });
    }
    ranked
}

/// Dot-voting ranking of every problem, for the whole room or one group.
pub fn dot_ranking(s: &Session, group: Option<GroupId>) -> Vec<Ranked> {
    let mut totals: HashMap<ProblemId, f64> = s.problems.iter().map(|p| (p.id, 0.0)).collect();
    for vote in &s.ranking.votes {
        if group.is_none_or(|g| g == vote.group)
            && let Some(total) = totals.get_mut(&vote.problem)
        {
            *total += 1.0;
        }
    }
    let scores = s.problems.iter().map(|p| (p.id, totals[&p.id])).collect();
    rank_scores(s, scores)
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
