//! The room's dot ranking, kept up to date change by change like the
//! [`Tally`] it is worked out from: a dot added, taken back or moved changes
//! one problem's count and so its place in the standing, and that is all a
//! key should cost. At 2,000 problems and 20,000 dots a recount and a sort
//! of every problem at each `+` and `u` was most of a key's time.
//!
//! Changes that are not votes (a title edited, a problem added, a batch)
//! are rare and may change any place: the standing is worked out afresh.

use super::change::Change;
use super::ranking::{self, Ranked};
use super::session::{ProblemId, RankMethod, Session};
use super::tally::Tally;

#[derive(Clone, Debug)]
pub struct DotStanding {
    tally: Tally,
    /// The whole room's ranking by dots before tie-breaks
    /// ([`ranking::dot_ranking`]'s), best first.
    ranked: Vec<Ranked>,
}

impl DotStanding {
    /// Counts and ranks every dot of `s`.
    pub fn count(s: &Session) -> DotStanding {
        let tally = Tally::count(s);
        let ranked = ranking::dot_ranking_from(s, &tally, None);
        DotStanding { tally, ranked }
    }

    /// The counts, as [`Tally::count`] of the session followed.
    pub fn tally(&self) -> &Tally {
        &self.tally
    }

    /// The room's ranking by dots with its recorded tie-breaks: exactly
    /// `ranking::ranking(s, RankMethod::Dots, None)` for the session followed.
    pub fn room(&self, s: &Session) -> Vec<Ranked> {
        ranking::apply_tie_breaks(s, RankMethod::Dots, self.ranked.clone())
    }

    /// Brings counts and ranking up to date after `inverse` came back from
    /// applying a change to what is now `after` (as [`Tally::follow`]).
    /// `false` when it was not a change of votes alone, and all was counted
    /// afresh.
    pub fn follow(&mut self, inverse: &Change, after: &Session) -> bool {
        let Some(mut moved) = rescored(inverse, after) else {
            *self = DotStanding::count(after);
            return false;
        };
        self.tally.follow(inverse, after);
        moved.sort_unstable();
        moved.dedup();
        for problem in moved {
            let score = f64::from(self.tally.dots(problem, None) as u32);
            // A dot on a problem no longer listed moves no place.
            if after.problem(problem).is_some()
                && !ranking::rescore(after, &mut self.ranked, problem, score)
            {
                *self = DotStanding::count(after);
                return false;
            }
        }
        true
    }
}

/// The problems whose dots a change moved, when votes are all it changed;
/// `None` for any other change (see the module docs).
fn rescored(inverse: &Change, after: &Session) -> Option<Vec<ProblemId>> {
    let now = |i: &usize| after.ranking.votes.get(*i).map(|v| v.problem);
    match inverse {
        // The change inserted these votes.
        Change::RemoveVotes(indices) => indices.iter().map(now).collect(),
        // The change removed these votes.
        Change::InsertVotes(removed) => Some(removed.iter().map(|(_, v)| v.problem).collect()),
        // The change moved these votes from the problem each held.
        Change::RetargetVotes(old) => old
            .iter()
            .flat_map(|(i, was)| [Some(*was), now(i)])
            .collect(),
        _ => None,
    }
}

/// Sessions to test dot voting on.
#[cfg(test)]
pub(crate) mod fixture {
    use crate::model::{Group, GroupId, Problem, ProblemId, Session};

    /// Three groups (Women, Youth, Elders: ids 1–3) and problems of these
    /// titles (ids from 10), no dots yet.
    pub(crate) fn three_groups(titles: &[&str]) -> Session {
        let at = chrono::DateTime::parse_from_rfc3339("2026-11-27T10:42:07+03:00").unwrap();
        let mut s = Session::new("t".into(), "T".into(), at.date_naive(), at);
        for (i, name) in ["Women", "Youth", "Elders"].into_iter().enumerate() {
            s.groups.push(Group {
                id: GroupId(i as u32 + 1),
                name: name.into(),
                count: 4,
            });
        }
        for (i, title) in titles.iter().enumerate() {
            s.problems.push(Problem {
                id: ProblemId(i as u32 + 10),
                title: (*title).into(),
                ..Problem::default()
            });
        }
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{GroupId, Vote};

    fn session() -> Session {
        // Two titles alike, so ties are ordered by id as well as by title.
        fixture::three_groups(&["Theft", "Fights", "Floods", "Arson", "Theft", "Debt"])
    }

    /// Dots added, taken back and moved in a pseudo-random order, with
    /// undos: after every change the standing followed is the one counted
    /// afresh, and the room's ranking the one `ranking` works out.
    #[test]
    fn following_votes_gives_what_counting_them_gives() {
        let mut s = session();
        let at = s.created;
        let mut standing = DotStanding::count(&s);
        let mut undo: Vec<Change> = Vec::new();
        let mut seed = 7u32;
        let mut next = |n: usize| {
            seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            (seed >> 16) as usize % n
        };
        for step in 0..400 {
            let votes = s.ranking.votes.len();
            let problem = s.problems[next(s.problems.len())].id;
            let group = s.groups[next(s.groups.len())].id;
            let change = match next(5) {
                _ if step % 7 == 6 && !undo.is_empty() => undo.pop().unwrap(),
                0 | 1 => Change::InsertVotes(vec![(votes, Vote { problem, group, at })]),
                2 if votes > 0 => Change::RemoveVotes(vec![next(votes)]),
                3 if votes > 1 => Change::RetargetVotes(vec![(next(votes), problem)]),
                _ => Change::InsertVotes(vec![
                    (next(votes + 1), Vote { problem, group, at }),
                    (votes + 1, Vote { problem, group, at }),
                ]),
            };
            let inverse = s.apply(change, at).expect("a change that applies");
            assert!(standing.follow(&inverse, &s), "followed, not counted");
            if step % 7 != 6 {
                undo.push(inverse);
            }
            let counted = DotStanding::count(&s);
            assert_eq!(standing.tally(), counted.tally(), "step {step}");
            assert_eq!(standing.ranked, counted.ranked, "step {step}");
            assert_eq!(
                standing.room(&s),
                ranking::ranking(&s, RankMethod::Dots, None)
            );
        }
    }

    #[test]
    fn a_change_that_is_not_a_vote_is_counted_afresh() {
        let mut s = session();
        let at = s.created;
        let vote = Vote {
            problem: ProblemId(11),
            group: GroupId(1),
            at,
        };
        s.apply(Change::InsertVotes(vec![(0, vote)]), at).unwrap();
        let mut standing = DotStanding::count(&s);
        let mut renamed = s.problems[0].clone();
        renamed.title = "Access to water".into();
        let change = Change::Problem(crate::model::ListOp::Update(renamed));
        let inverse = s.apply(change, at).unwrap();
        assert!(!standing.follow(&inverse, &s));
        assert_eq!(standing.ranked, ranking::dot_ranking(&s, None));
        assert_eq!(
            standing.ranked[1].problem,
            ProblemId(10),
            "placed by its new title"
        );
    }
}
