//! Ranking maths: shared ranks, pairwise, criteria, per-group comparison and
//! tie-breaks, with properties that must hold for any input.

use crate::common;

use baraza::model::ranking::*;
use baraza::model::*;
use common::{moment, session_with_groups};
use proptest::prelude::*;

fn with_problems(titles: &[&str]) -> Session {
    let mut s = session_with_groups("Ranking");
    for (i, t) in titles.iter().enumerate() {
        s.problems.push(Problem {
            id: ProblemId(i as u32 + 1),
            title: t.to_string(),
            ..Default::default()
        });
    }
    s
}

fn dots(s: &mut Session, problem: u32, group: u32, n: usize) {
    for _ in 0..n {
        s.ranking.votes.push(Vote {
            problem: ProblemId(problem),
            group: GroupId(group),
            at: moment(),
        });
    }
}

fn decide(s: &mut Session, a: u32, b: u32, winner: Option<u32>, group: Option<u32>) {
    s.ranking.pairs.push(PairDecision {
        pair: (ProblemId(a.min(b)), ProblemId(a.max(b))),
        winner: winner.map(ProblemId),
        group: group.map(GroupId),
        reason: String::new(),
        at: moment(),
    });
}

fn score(s: &mut Session, problem: u32, criterion: u32, group: Option<u32>, value: u8) {
    s.ranking.scores.push(Score {
        problem: ProblemId(problem),
        criterion: CriterionId(criterion),
        group: group.map(GroupId),
        value,
        at: moment(),
    });
}

fn ranks(r: &[Ranked]) -> Vec<(u32, usize)> {
    r.iter().map(|x| (x.problem.0, x.rank)).collect()
}

#[test]
fn ties_share_a_rank_and_the_next_rank_skips() {
    let mut s = with_problems(&["A", "B", "C", "D", "E"]);
    dots(&mut s, 1, 1, 9);
    dots(&mut s, 2, 1, 5);
    dots(&mut s, 3, 2, 5);
    dots(&mut s, 4, 3, 2);
    let r = dot_ranking(&s, None);
    assert_eq!(ranks(&r), [(1, 1), (2, 2), (3, 2), (4, 4), (5, 5)]);
    assert_eq!(ties(&r), [(2, vec![ProblemId(2), ProblemId(3)])]);
    assert_eq!(
        boundary_tie(&r, 2),
        Some((2, vec![ProblemId(2), ProblemId(3)]))
    );
    assert_eq!(
        boundary_tie(&r, 3),
        None,
        "both tied problems are in the top 3"
    );
    assert_eq!(boundary_tie(&r, 1), None);
    // One group's view counts only its dots.
    assert_eq!(ranks(&dot_ranking(&s, Some(GroupId(2))))[0], (3, 1));
}

#[test]
fn pairwise_counts_wins_and_half_points_for_ties() {
    let mut s = with_problems(&["A", "B", "C"]);
    s.ranking.pair_scope = PairScope::All;
    decide(&mut s, 1, 2, Some(2), None);
    decide(&mut s, 1, 3, None, None);
    decide(&mut s, 2, 3, Some(2), None);
    let r = pairwise_ranking(&s, None);
    assert_eq!(ranks(&r), [(2, 1), (1, 2), (3, 2)]);
    assert_eq!(r[0].score, 2.0);
    assert_eq!(r[1].score, 0.5);
    assert_eq!(pairwise_progress(&s, None), (3, 3));
}

#[test]
fn pairs_come_in_round_robin_order_without_repeats() {
    let ids: Vec<ProblemId> = (1..=5).map(ProblemId).collect();
    let pairs = pair_order(&ids);
    assert_eq!(pairs.len(), 10);
    let mut seen: Vec<(ProblemId, ProblemId)> =
        pairs.iter().map(|p| (p.0.min(p.1), p.0.max(p.1))).collect();
    seen.sort();
    seen.dedup();
    assert_eq!(seen.len(), 10, "every pair exactly once");
    // Consecutive pairs in one round never share a problem.
    assert!(pairs[0].0 != pairs[1].0 && pairs[0].1 != pairs[1].1);
    assert!(pair_order(&ids[..1]).is_empty());
}

#[test]
fn criteria_scores_are_weighted_and_groups_averaged() {
    let mut s = with_problems(&["A", "B"]);
    // Frequency (1) and Severity (2), weight 1 each by default.
    score(&mut s, 1, 1, Some(1), 5);
    score(&mut s, 1, 1, Some(2), 3);
    score(&mut s, 2, 1, Some(1), 2);
    score(&mut s, 2, 2, Some(1), 5);
    assert_eq!(
        cell_score(&s, ProblemId(1), CriterionId(1), None),
        Some(4.0)
    );
    let r = criteria_ranking(&s, None);
    assert_eq!(ranks(&r), [(2, 1), (1, 2)]);
    assert_eq!(r[0].score, 7.0);
    // Weight Frequency ×3: A = 3×4 = 12, B = 3×2 + 5 = 11.
    s.ranking.criteria[0].weight = 3;
    let r = criteria_ranking(&s, None);
    assert_eq!(ranks(&r), [(1, 1), (2, 2)]);
    assert_eq!(r[0].score, 12.0);
    // The room's own score wins over the groups' mean.
    score(&mut s, 1, 1, None, 1);
    assert_eq!(
        cell_score(&s, ProblemId(1), CriterionId(1), None),
        Some(1.0)
    );
}

#[test]
fn groups_are_compared_side_by_side_and_disagreements_marked() {
    let mut s = with_problems(&["Theft", "Drugs", "Police abuse"]);
    dots(&mut s, 1, 1, 6); // Women: theft first
    dots(&mut s, 2, 1, 3);
    dots(&mut s, 3, 3, 8); // Youth: police abuse first
    dots(&mut s, 1, 3, 1);
    let c = compare_groups(&s, RankMethod::Dots);
    assert_eq!(c.groups.len(), 4);
    let police = c.rows.iter().find(|r| r.problem == ProblemId(3)).unwrap();
    assert_eq!(police.ranks, [Some(3), None, Some(1), None]);
    assert_eq!(police.spread, 2);
    assert_eq!(c.biggest_disagreements(), [ProblemId(3)]);
}

#[test]
fn a_runoff_breaks_a_tie_at_the_shortlist_boundary() {
    let mut s = with_problems(&["A", "B", "C", "D"]);
    dots(&mut s, 1, 1, 8);
    dots(&mut s, 2, 1, 5);
    dots(&mut s, 3, 2, 5);
    dots(&mut s, 4, 2, 1);
    let r = ranking(&s, RankMethod::Dots, None);
    let (rank, tied) = boundary_tie(&r, 2).expect("B and C tie for the second place");
    let runoff = vec![
        Vote {
            problem: ProblemId(3),
            group: GroupId(1),
            at: moment(),
        },
        Vote {
            problem: ProblemId(3),
            group: GroupId(2),
            at: moment(),
        },
        Vote {
            problem: ProblemId(2),
            group: GroupId(3),
            at: moment(),
        },
    ];
    let order = runoff_order(&s, &tied, &runoff).unwrap();
    assert_eq!(order, [ProblemId(3), ProblemId(2)]);
    s.ranking.tie_breaks.push(TieBreak {
        id: TieBreakId(1),
        method: RankMethod::Dots,
        rank,
        tied: tied.clone(),
        how: TieBreakHow::Runoff { votes: runoff },
        order,
        at: moment(),
    });
    let r = ranking(&s, RankMethod::Dots, None);
    assert_eq!(ranks(&r), [(1, 1), (3, 2), (2, 3), (4, 4)]);
    assert_eq!(r[1].broken_by, Some(TieBreakId(1)));
    assert_eq!(boundary_tie(&r, 2), None);
    assert_eq!(top(&r, 2), [ProblemId(1), ProblemId(3)]);
    // A run-off that is itself tied decides nothing.
    let even = vec![
        Vote {
            problem: ProblemId(3),
            group: GroupId(1),
            at: moment(),
        },
        Vote {
            problem: ProblemId(2),
            group: GroupId(1),
            at: moment(),
        },
    ];
    assert_eq!(runoff_order(&s, &tied, &even), None);
}

#[test]
fn head_to_head_orders_a_tie_only_when_every_pair_is_decided() {
    let mut s = with_problems(&["A", "B", "C"]);
    let tied = [ProblemId(1), ProblemId(2), ProblemId(3)];
    decide(&mut s, 1, 2, Some(2), None);
    assert_eq!(head_to_head_order(&s, &tied), None);
    decide(&mut s, 2, 3, Some(2), None);
    decide(&mut s, 1, 3, Some(1), None);
    assert_eq!(
        head_to_head_order(&s, &tied),
        Some(vec![ProblemId(2), ProblemId(1), ProblemId(3)])
    );
}

#[test]
fn switching_methods_keeps_every_input() {
    let mut s = with_problems(&["A", "B"]);
    dots(&mut s, 1, 1, 3);
    decide(&mut s, 1, 2, Some(2), Some(1));
    score(&mut s, 2, 1, None, 4);
    let mut e = Editor::new(s);
    for method in [RankMethod::Pairwise, RankMethod::Criteria, RankMethod::Dots] {
        e.apply(Change::Set(Field::Method(method)), moment())
            .unwrap();
        let r = &e.session().ranking;
        assert_eq!((r.votes.len(), r.pairs.len(), r.scores.len()), (3, 1, 1));
    }
    assert_eq!(
        ranks(&ranking(e.session(), RankMethod::Criteria, None))[0],
        (2, 1)
    );
}

fn shuffled<T: Clone>(items: &[T], seed: &[usize]) -> Vec<T> {
    let mut items = items.to_vec();
    for (i, s) in seed.iter().enumerate() {
        let n = items.len();
        if n > 1 {
            items.swap(i % n, s % n);
        }
    }
    items
}

proptest! {
    /// The same inputs give the same ranks whatever order the problems were
    /// entered in.
    #[test]
    fn ranking_ignores_entry_order(
        votes in proptest::collection::vec((1u32..=6, 1u32..=4), 0..60),
        scores in proptest::collection::vec((1u32..=6, 1u32..=4, 1u8..=5), 0..30),
        seed in proptest::collection::vec(0usize..6, 6),
    ) {
        let mut s = with_problems(&["Theft", "Drugs", "Land", "Theft", "Water", "Roads"]);
        for (p, g) in &votes { dots(&mut s, *p, *g, 1); }
        for (p, c, v) in &scores { score(&mut s, *p, *c, None, *v); }
        let mut t = s.clone();
        t.problems = shuffled(&s.problems, &seed);
        for method in [RankMethod::Dots, RankMethod::Criteria] {
            let mut a = ranks(&ranking(&s, method, None));
            let mut b = ranks(&ranking(&t, method, None));
            a.sort();
            b.sort();
            prop_assert_eq!(a, b);
        }
    }

    /// When the room's decisions follow one consistent order, pairwise
    /// ranking gives back exactly that order, with no ties.
    #[test]
    fn pairwise_recovers_a_consistent_order(order in Just((1u32..=7).collect::<Vec<_>>()).prop_shuffle()) {
        let mut s = with_problems(&["a", "b", "c", "d", "e", "f", "g"]);
        s.ranking.pair_scope = PairScope::All;
        for (i, hi) in order.iter().enumerate() {
            for lo in &order[i + 1..] {
                decide(&mut s, *hi, *lo, Some(*hi), None);
            }
        }
        let r = pairwise_ranking(&s, None);
        let got: Vec<u32> = r.iter().map(|x| x.problem.0).collect();
        prop_assert_eq!(got, order);
        prop_assert!(r.iter().enumerate().all(|(i, x)| x.rank == i + 1));
    }

    /// Multiplying every weight by k multiplies every total by k and keeps
    /// the ranks; raising one weight adds exactly that criterion's scores.
    #[test]
    fn weights_scale_totals(
        scores in proptest::collection::vec((1u32..=4, 1u32..=4, 1u8..=5), 1..30),
        k in 1u32..6,
    ) {
        let mut s = with_problems(&["a", "b", "c", "d"]);
        for (p, c, v) in &scores { score(&mut s, *p, *c, Some(1), *v); }
        let base = criteria_ranking(&s, Some(GroupId(1)));
        let mut scaled = s.clone();
        for c in &mut scaled.ranking.criteria { c.weight *= k; }
        let after = criteria_ranking(&scaled, Some(GroupId(1)));
        prop_assert_eq!(ranks(&base), ranks(&after));
        for (x, y) in base.iter().zip(&after) {
            prop_assert!((x.score * f64::from(k) - y.score).abs() < 1e-9);
        }
        let mut one = s.clone();
        one.ranking.criteria[0].weight += k;
        let total = |s: &Session, p: ProblemId| criteria_ranking(s, Some(GroupId(1))).into_iter().find(|r| r.problem == p).unwrap().score;
        for p in &s.problems {
            let extra = f64::from(k) * cell_score(&s, p.id, CriterionId(1), Some(GroupId(1))).unwrap_or(0.0);
            prop_assert!((total(&one, p.id) - total(&s, p.id) - extra).abs() < 1e-9);
        }
    }

    /// Shared ranks: equal scores share a rank, ranks never decrease, and a
    /// rank always equals 1 + the number of problems scored strictly higher.
    #[test]
    fn shared_ranks_count_the_problems_above(votes in proptest::collection::vec(1u32..=6, 0..40)) {
        let mut s = with_problems(&["a", "b", "c", "d", "e", "f"]);
        for p in &votes { dots(&mut s, *p, 1, 1); }
        let r = dot_ranking(&s, None);
        for x in &r {
            let above = r.iter().filter(|y| y.score > x.score).count();
            prop_assert_eq!(x.rank, above + 1);
        }
    }
}

#[test]
fn the_version_1_example_ranks_by_its_dots() {
    let s = baraza::store::load(std::path::Path::new("tests/suite/fixtures/v1-session.ron"))
        .unwrap()
        .session;
    let r = ranking(&s, s.ranking.method, None);
    assert_eq!(r[0].problem, ProblemId(1));
    assert_eq!(r[0].score, 12.0);
}

/// Applies `change` through the editor, returning what the room is told.
fn apply(e: &mut Editor, change: Change) -> String {
    common::en(&e.apply(change, moment()).unwrap())
}

#[test]
fn a_runoff_is_recorded_dot_by_dot_then_confirmed_and_undone() {
    let mut s = with_problems(&["A", "B", "C", "D"]);
    dots(&mut s, 1, 1, 8);
    dots(&mut s, 2, 1, 5);
    dots(&mut s, 3, 2, 5);
    let (rank, tied) = boundary_tie(&ranking(&s, RankMethod::Dots, None), 2).unwrap();
    let mut e = Editor::new(s);
    let dot = |e: &Editor, p: u32, g: u32| {
        edits::add_runoff_dot(
            e.session(),
            RankMethod::Dots,
            rank,
            &tied,
            ProblemId(p),
            GroupId(g),
            moment(),
        )
        .unwrap()
    };
    // Only the tied problems take run-off dots.
    assert!(
        edits::add_runoff_dot(
            e.session(),
            RankMethod::Dots,
            rank,
            &tied,
            ProblemId(1),
            GroupId(1),
            moment()
        )
        .is_none()
    );
    let c = dot(&e, 3, 1);
    assert_eq!(apply(&mut e, c), "run-off started: dot for «C» from Women");
    let c = dot(&e, 3, 2);
    assert_eq!(apply(&mut e, c), "run-off dot for «C» from Men");
    let c = dot(&e, 2, 2);
    apply(&mut e, c);
    let t = runoff_in_progress(e.session(), RankMethod::Dots, &tied)
        .unwrap()
        .clone();
    assert!(!is_decided(&t));
    assert_eq!(common::en(&tie_break_how(&t)), "run-off vote (3 dots)");
    assert_eq!(
        baraza::i18n::Lang::Sw.msg(&tie_break_how(&t)),
        "kura ya marudio (nukta 3)"
    );
    // An undecided run-off decides nothing.
    assert_eq!(
        boundary_tie(&ranking(e.session(), RankMethod::Dots, None), 2)
            .unwrap()
            .1,
        tied
    );
    // Taken back, then confirmed: C before B.
    let c = edits::remove_runoff_dot(
        e.session(),
        RankMethod::Dots,
        &tied,
        ProblemId(2),
        GroupId(2),
    )
    .unwrap();
    assert_eq!(apply(&mut e, c), "run-off dot taken back: «B» from Men");
    assert!(
        edits::remove_runoff_dot(
            e.session(),
            RankMethod::Dots,
            &tied,
            ProblemId(2),
            GroupId(2)
        )
        .is_none()
    );
    let c = edits::confirm_runoff(e.session(), t.id, moment()).unwrap();
    assert_eq!(
        apply(&mut e, c),
        "tie at rank 2 broken by run-off vote (2 dots)"
    );
    assert_eq!(
        top(&ranking(e.session(), RankMethod::Dots, None), 2),
        [ProblemId(1), ProblemId(3)]
    );
    assert!(runoff_in_progress(e.session(), RankMethod::Dots, &tied).is_none());
    // Undo reopens it with its dots; undoing every dot (the one taken back
    // returns first) removes the record.
    e.undo(moment());
    assert_eq!(
        runoff_in_progress(e.session(), RankMethod::Dots, &tied)
            .unwrap()
            .id,
        t.id
    );
    for _ in 0..4 {
        e.undo(moment());
    }
    assert!(e.session().ranking.tie_breaks.is_empty());
}

#[test]
fn a_level_runoff_cannot_be_confirmed_and_its_last_dot_takes_the_record() {
    let mut s = with_problems(&["A", "B"]);
    dots(&mut s, 1, 1, 2);
    dots(&mut s, 2, 1, 2);
    let tied = ids(&[1, 2]);
    let mut e = Editor::new(s);
    for p in [1, 2] {
        let c = edits::add_runoff_dot(
            e.session(),
            RankMethod::Dots,
            1,
            &tied,
            ProblemId(p),
            GroupId(1),
            moment(),
        )
        .unwrap();
        apply(&mut e, c);
    }
    let id = e.session().ranking.tie_breaks[0].id;
    assert!(edits::confirm_runoff(e.session(), id, moment()).is_none());
    for p in [1, 2] {
        let c = edits::remove_runoff_dot(
            e.session(),
            RankMethod::Dots,
            &tied,
            ProblemId(p),
            GroupId(1),
        )
        .unwrap();
        apply(&mut e, c);
    }
    assert!(e.session().ranking.tie_breaks.is_empty());
}

#[test]
fn ties_broken_at_once_need_exactly_the_tied_problems() {
    let mut s = with_problems(&["A", "B", "C"]);
    dots(&mut s, 1, 1, 2);
    dots(&mut s, 2, 1, 2);
    let tied = ids(&[1, 2]);
    let how = TieBreakHow::Decision {
        reason: "the chief can act".into(),
    };
    assert!(
        edits::break_tie(
            &s,
            RankMethod::Dots,
            1,
            &tied,
            how.clone(),
            ids(&[2, 3]),
            moment()
        )
        .is_none()
    );
    assert!(
        edits::break_tie(
            &s,
            RankMethod::Dots,
            1,
            &tied,
            TieBreakHow::Runoff { votes: vec![] },
            ids(&[2, 1]),
            moment()
        )
        .is_none()
    );
    let c = edits::break_tie(&s, RankMethod::Dots, 1, &tied, how, ids(&[2, 1]), moment()).unwrap();
    let mut e = Editor::new(s);
    assert_eq!(
        apply(&mut e, c),
        "tie at rank 1 broken by facilitator decision: the chief can act"
    );
    let r = ranking(e.session(), RankMethod::Dots, None);
    assert_eq!(ranks(&r)[..2], [(2, 1), (1, 2)]);
    // Another method's ranking is not touched.
    assert!(
        ranking(e.session(), RankMethod::Criteria, None)
            .iter()
            .all(|x| x.broken_by.is_none())
    );
}

#[test]
fn pair_and_score_edits_record_set_replace_and_clear() {
    let s = with_problems(&["A", "B"]);
    let mut e = Editor::new(s);
    let c = edits::decide_pair(
        ProblemId(2),
        ProblemId(1),
        Some(GroupId(1)),
        Some(ProblemId(2)),
        "  why  ",
        moment(),
    );
    assert_eq!(apply(&mut e, c), "Women: «B» over «A»");
    let d = &e.session().ranking.pairs[0];
    assert_eq!(
        (d.pair, d.reason.as_str()),
        ((ProblemId(1), ProblemId(2)), "why")
    );
    let c = edits::decide_pair(
        ProblemId(1),
        ProblemId(2),
        Some(GroupId(1)),
        None,
        "",
        moment(),
    );
    apply(&mut e, c);
    assert_eq!(e.session().ranking.pairs.len(), 1);
    assert!(edits::undecide_pair(e.session(), ProblemId(1), ProblemId(2), None).is_none());
    let c =
        edits::undecide_pair(e.session(), ProblemId(2), ProblemId(1), Some(GroupId(1))).unwrap();
    apply(&mut e, c);
    assert!(e.session().ranking.pairs.is_empty());

    let c = edits::set_score(ProblemId(1), CriterionId(2), None, 4, moment());
    assert_eq!(apply(&mut e, c), "the room: «A» scored 4 on Severity");
    assert!(
        edits::unset_score(e.session(), ProblemId(1), CriterionId(2), Some(GroupId(1))).is_none()
    );
    let c = edits::unset_score(e.session(), ProblemId(1), CriterionId(2), None).unwrap();
    apply(&mut e, c);
    assert!(e.session().ranking.scores.is_empty());
}

#[test]
fn a_criterion_goes_with_its_scores_and_comes_back_with_them() {
    let mut s = with_problems(&["A", "B"]);
    score(&mut s, 1, 2, None, 4);
    score(&mut s, 2, 2, Some(1), 3);
    score(&mut s, 1, 1, None, 5);
    let mut e = Editor::new(s.clone());
    let c = edits::remove_criterion(e.session(), CriterionId(2)).unwrap();
    assert_eq!(apply(&mut e, c), "criterion deleted: Severity");
    assert_eq!(e.session().ranking.scores.len(), 1);
    assert_eq!(e.session().ranking.criteria.len(), 3);
    // A new criterion never takes a gone one's id while its scores remain.
    assert_eq!(e.session().next_criterion_id(), CriterionId(5));
    let c = edits::add_criterion(e.session(), " Near the school ", 2);
    apply(&mut e, c);
    assert_eq!(e.session().ranking.criteria[3].name, "Near the school");
    e.undo(moment());
    e.undo(moment());
    let r = &e.session().ranking;
    assert_eq!(r.criteria, s.ranking.criteria);
    let key = |sc: &Score| (sc.problem, sc.criterion, sc.group, sc.value);
    let mut got: Vec<_> = r.scores.iter().map(key).collect();
    let mut want: Vec<_> = s.ranking.scores.iter().map(key).collect();
    got.sort();
    want.sort();
    assert_eq!(got, want);
}

#[test]
fn a_ranking_is_ready_once_its_inputs_mean_something() {
    let mut s = with_problems(&["A", "B", "C"]);
    s.ranking.pair_scope = PairScope::All;
    for m in RankMethod::ALL {
        assert!(!ready(&s, m), "{m:?}");
    }
    dots(&mut s, 1, 1, 1);
    assert!(ready(&s, RankMethod::Dots));
    // Pairwise: a whole round, by the room or (when the room decided
    // nothing together) by one group.
    decide(&mut s, 1, 2, Some(1), Some(2));
    decide(&mut s, 1, 3, Some(1), Some(2));
    assert_eq!(pairwise_progress(&s, Some(GroupId(2))), (2, 3));
    assert!(!ready(&s, RankMethod::Pairwise));
    decide(&mut s, 2, 3, None, Some(2));
    assert!(ready(&s, RankMethod::Pairwise));
    decide(&mut s, 2, 3, None, None);
    assert!(
        !ready(&s, RankMethod::Pairwise),
        "the room's own round is not finished"
    );
    // Criteria: every cell, by the room or a group.
    for p in 1..=3 {
        for c in 1..=4 {
            if (p, c) != (3, 4) {
                score(&mut s, p, c, None, 3);
            }
        }
    }
    assert!(!ready(&s, RankMethod::Criteria));
    score(&mut s, 3, 4, Some(4), 2);
    assert!(ready(&s, RankMethod::Criteria));
}

fn ids(list: &[u32]) -> Vec<ProblemId> {
    list.iter().map(|&i| ProblemId(i)).collect()
}
