//! The fast model equals the straightforward one: rankings, tallies, the
//! score grid, pair lookups and validation, and the editor's tally and
//! per-revision rankings kept across random edits, undos and redos. The
//! straightforward versions here are the linear searches the model used
//! before it indexed by id.

use std::collections::HashMap;

use crate::common;

use baraza::model::ranking::*;
use baraza::model::*;
use chrono::Duration;
use common::{moment, session_with_groups};
use proptest::prelude::*;

mod straightforward {
    use super::*;
    use std::cmp::Ordering;

    pub fn rank_scores(s: &Session, mut scores: Vec<(ProblemId, f64)>) -> Vec<Ranked> {
        scores.sort_by(|a, b| {
            b.1.partial_cmp(&a.1)
                .unwrap_or(Ordering::Equal)
                .then_with(|| s.problem_title(a.0).cmp(s.problem_title(b.0)))
                .then_with(|| a.0.cmp(&b.0))
        });
        let mut ranked: Vec<Ranked> = Vec::with_capacity(scores.len());
        for (i, (problem, score)) in scores.into_iter().enumerate() {
            let rank = match ranked.last() {
                Some(prev) if (prev.score - score).abs() < 1e-9 => prev.rank,
                _ => i + 1,
            };
            ranked.push(Ranked {
                problem,
                score,
                rank,
                broken_by: None,
            });
        }
        ranked
    }

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

    pub fn criteria_ranking(s: &Session, group: Option<GroupId>) -> Vec<Ranked> {
        let scores = s
            .problems
            .iter()
            .map(|p| {
                let total = s
                    .ranking
                    .criteria
                    .iter()
                    .map(|c| f64::from(c.weight) * cell_score(s, p.id, c.id, group).unwrap_or(0.0))
                    .sum();
                (p.id, total)
            })
            .collect();
        rank_scores(s, scores)
    }

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

    pub fn criteria_ready(s: &Session) -> bool {
        !s.problems.is_empty()
            && !s.ranking.criteria.is_empty()
            && s.problems.iter().all(|p| {
                s.ranking
                    .criteria
                    .iter()
                    .all(|c| cell_score(s, p.id, c.id, None).is_some())
            })
    }

    fn took_part(s: &Session, method: RankMethod, g: GroupId) -> bool {
        match method {
            RankMethod::Dots => s.ranking.votes.iter().any(|v| v.group == g),
            RankMethod::Pairwise => s.ranking.pairs.iter().any(|d| d.group == Some(g)),
            RankMethod::Criteria => s.ranking.scores.iter().any(|sc| sc.group == Some(g)),
        }
    }

    pub fn compare_groups(s: &Session, method: RankMethod) -> Comparison {
        let overall = ranking(s, method, None);
        let groups: Vec<GroupId> = s.groups.iter().map(|g| g.id).collect();
        let per_group: Vec<Option<HashMap<ProblemId, usize>>> = groups
            .iter()
            .map(|g| {
                took_part(s, method, *g).then(|| {
                    ranking(s, method, Some(*g))
                        .into_iter()
                        .map(|r| (r.problem, r.rank))
                        .collect()
                })
            })
            .collect();
        let rows = overall
            .iter()
            .map(|r| {
                let ranks: Vec<Option<usize>> = per_group
                    .iter()
                    .map(|m| m.as_ref().and_then(|m| m.get(&r.problem).copied()))
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

    pub fn runoff_order(s: &Session, tied: &[ProblemId], votes: &[Vote]) -> Option<Vec<ProblemId>> {
        let mut counted: Vec<(ProblemId, usize)> = tied
            .iter()
            .map(|p| (*p, votes.iter().filter(|v| v.problem == *p).count()))
            .collect();
        counted.sort_by(|a, b| {
            b.1.cmp(&a.1)
                .then_with(|| s.problem_title(a.0).cmp(s.problem_title(b.0)))
        });
        let strict = counted.windows(2).all(|w| w[0].1 > w[1].1);
        strict.then(|| counted.into_iter().map(|(p, _)| p).collect())
    }

    /// `Session::validate_at` as it was, one linear search per reference.
    pub fn validate_at(s: &Session) -> Vec<Finding> {
        use Place::{Field, Index};
        let mut problems: Vec<Finding> = Vec::new();
        let mut push = |at: Vec<Place>, what: String| problems.push(Finding { at, what });
        if baraza::model::rules::session_title(&s.title).is_err() {
            push(vec![Field("title")], "the session has no title".to_string());
        }
        fn repeated<T, K: PartialEq + std::fmt::Display>(
            items: &[T],
            key: impl Fn(&T) -> K,
            noun: &str,
            list: &[Place],
            push: &mut impl FnMut(Vec<Place>, String),
        ) {
            for (i, a) in items.iter().enumerate() {
                if items[..i].iter().any(|b| key(b) == key(a)) {
                    let mut at = list.to_vec();
                    at.push(Index(i));
                    push(at, format!("{noun} id {} is used twice", key(a)));
                }
            }
        }
        repeated(&s.groups, |g| g.id, "group", &[Field("groups")], &mut push);
        for (i, g) in s.groups.iter().enumerate() {
            let at = || vec![Field("groups"), Index(i)];
            if baraza::model::rules::group_name(&g.name).is_err() {
                push(at(), format!("group {} has no name", g.id));
            }
            if baraza::model::rules::head_count(g.count).is_err() {
                push(
                    at(),
                    format!(
                        "group «{}» counts {} people; at most {}",
                        g.name,
                        g.count,
                        baraza::model::rules::MAX_PEOPLE
                    ),
                );
            }
            let earlier = s.groups[..i].iter().map(|o| o.name.as_str());
            if !g.name.trim().is_empty()
                && baraza::model::rules::group_name_free(&g.name, earlier).is_err()
            {
                push(at(), format!("the group «{}» is listed twice", g.name));
            }
        }
        if baraza::model::rules::dots_per_participant(s.dots_per_participant).is_err() {
            push(
                vec![Field("dots_per_participant")],
                format!(
                    "{} dots per participant; it must be {} to {}",
                    s.dots_per_participant,
                    baraza::model::rules::MIN_DOTS,
                    baraza::model::rules::MAX_DOTS
                ),
            );
        }
        repeated(
            &s.problems,
            |p| p.id,
            "problem",
            &[Field("problems")],
            &mut push,
        );
        repeated(
            &s.actions,
            |a| a.id,
            "action",
            &[Field("actions")],
            &mut push,
        );
        for (i, v) in s.ranking.votes.iter().enumerate() {
            let at = || vec![Field("ranking"), Field("votes"), Index(i)];
            if s.problem(v.problem).is_none() {
                push(
                    at(),
                    format!("vote {} is for unknown problem {}", i + 1, v.problem),
                );
            }
            if s.group(v.group).is_none() {
                push(
                    at(),
                    format!("vote {} is from unknown group {}", i + 1, v.group),
                );
            }
        }
        for (i, a) in s.actions.iter().enumerate() {
            if s.problem(a.problem).is_none() {
                push(
                    vec![Field("actions"), Index(i)],
                    format!("action {} is for unknown problem {}", a.id, a.problem),
                );
            }
        }
        for (i, id) in s.ranking.shortlist.iter().enumerate() {
            if s.problem(*id).is_none() {
                push(
                    vec![Field("ranking"), Field("shortlist"), Index(i)],
                    format!("the shortlist names unknown problem {id}"),
                );
            }
        }
        let r = &s.ranking;
        repeated(
            &r.criteria,
            |c| c.id,
            "criterion",
            &[Field("ranking"), Field("criteria")],
            &mut push,
        );
        for (i, c) in r.criteria.iter().enumerate() {
            if baraza::model::rules::weight(c.weight).is_err() {
                push(
                    vec![Field("ranking"), Field("criteria"), Index(i)],
                    format!(
                        "criterion «{}» has weight {}; it must be {} to {}",
                        c.name,
                        c.weight,
                        baraza::model::rules::MIN_WEIGHT,
                        baraza::model::rules::MAX_WEIGHT
                    ),
                );
            }
        }
        for (i, d) in r.pairs.iter().enumerate() {
            let known = s.problem(d.pair.0).is_some() && s.problem(d.pair.1).is_some();
            let group_ok = d.group.is_none_or(|g| s.group(g).is_some());
            let winner_ok = d.winner.is_none_or(|w| w == d.pair.0 || w == d.pair.1);
            if !known || !group_ok || !winner_ok {
                push(
                    vec![Field("ranking"), Field("pairs"), Index(i)],
                    format!(
                        "pair decision {}–{} does not fit the session",
                        d.pair.0, d.pair.1
                    ),
                );
            }
        }
        for (i, sc) in r.scores.iter().enumerate() {
            let known = s.problem(sc.problem).is_some()
                && r.criteria.iter().any(|c| c.id == sc.criterion)
                && sc.group.is_none_or(|g| s.group(g).is_some());
            if !known || baraza::model::rules::score(sc.value).is_err() {
                push(
                    vec![Field("ranking"), Field("scores"), Index(i)],
                    format!(
                        "score of problem {} on criterion {} does not fit the session",
                        sc.problem, sc.criterion
                    ),
                );
            }
        }
        for (i, t) in r.tie_breaks.iter().enumerate() {
            if t.tied
                .iter()
                .chain(&t.order)
                .any(|p| s.problem(*p).is_none())
            {
                push(
                    vec![Field("ranking"), Field("tie_breaks"), Index(i)],
                    format!("tie-break {} names an unknown problem", t.id),
                );
            }
        }
        problems
    }
}

/// What a random session is made of. Ids run a little past what exists (and
/// may repeat when `damaged`), so dangling references, removed groups and
/// repeated ids are all met; titles repeat so ties go to the title order.
#[derive(Clone, Debug)]
struct Raw {
    problems: Vec<(u32, usize)>,
    groups: Vec<(u32, usize, u32)>,
    votes: Vec<(u32, u32)>,
    pairs: Vec<(u32, u32, Option<bool>, Option<u32>)>,
    scores: Vec<(u32, u32, Option<u32>, u8)>,
    weights: Vec<u32>,
    tie_break: Option<(Vec<u32>, bool)>,
    shortlist: Vec<u32>,
    actions: Vec<(u32, u32)>,
}

const TITLES: [&str; 6] = ["Theft", "theft", "Drugs", "سرقة", "घरेलु हिंसा", "Theft"];
/// The last three only in damaged sessions: the same name twice, a blank one.
const NAMES: [&str; 7] = ["Women", "Men", "Youth", "Elders", "women", " WOMEN ", "  "];

fn raw(damaged: bool) -> impl Strategy<Value = Raw> {
    let id = |n: u32| 1..=n;
    let problems = if damaged {
        proptest::collection::vec((id(9), 0..TITLES.len()), 0..9).boxed()
    } else {
        proptest::collection::vec((Just(0u32), 0..TITLES.len()), 0..9).boxed()
    };
    let groups = if damaged {
        proptest::collection::vec((id(6), 0..NAMES.len(), 0u32..1200), 0..6).boxed()
    } else {
        proptest::collection::vec((Just(0u32), 0..4usize, 0u32..40), 0..5).boxed()
    };
    (
        problems,
        groups,
        proptest::collection::vec((id(10), id(6)), 0..80),
        proptest::collection::vec(
            (
                id(10),
                id(10),
                proptest::option::of(any::<bool>()),
                proptest::option::of(id(6)),
            ),
            0..30,
        ),
        proptest::collection::vec((id(10), id(6), proptest::option::of(id(6)), 0u8..=6), 0..40),
        proptest::collection::vec(1u32..4, 0..5),
        proptest::option::of((proptest::collection::vec(id(10), 0..4), any::<bool>())),
        proptest::collection::vec(id(10), 0..4),
        proptest::collection::vec((id(8), id(10)), 0..8),
    )
        .prop_map(
            |(problems, groups, votes, pairs, scores, weights, tie_break, shortlist, actions)| {
                Raw {
                    problems,
                    groups,
                    votes,
                    pairs,
                    scores,
                    weights,
                    tie_break,
                    shortlist,
                    actions,
                }
            },
        )
}

/// A session from `raw`; when not `damaged`, every id is used once, in order
/// (`0` in `raw` means "the next id"), with distinct group names.
fn session(raw: &Raw, damaged: bool) -> Session {
    let mut s = session_with_groups("Fast and straightforward");
    s.groups.clear();
    for (i, (id, name, count)) in raw.groups.iter().enumerate() {
        let (id, name) = if damaged {
            (*id, NAMES[*name].to_string())
        } else {
            (i as u32 + 1, format!("{} {i}", NAMES[*name]))
        };
        s.groups.push(Group {
            id: GroupId(id),
            name,
            count: *count,
        });
    }
    for (i, (id, title)) in raw.problems.iter().enumerate() {
        let id = if damaged { *id } else { i as u32 + 1 };
        s.problems.push(Problem {
            id: ProblemId(id),
            title: TITLES[*title].into(),
            ..Default::default()
        });
    }
    // Only references that exist, unless damaged.
    let problem_ids: Vec<u32> = s.problems.iter().map(|p| p.id.0).collect();
    let group_ids: Vec<u32> = s.groups.iter().map(|g| g.id.0).collect();
    let p_ok = |p: u32| damaged || problem_ids.contains(&p);
    let g_ok = |g: u32| damaged || group_ids.contains(&g);
    let mut votes = Vec::new();
    for (k, (p, g)) in raw.votes.iter().enumerate() {
        if p_ok(*p) && g_ok(*g) {
            votes.push(Vote {
                problem: ProblemId(*p),
                group: GroupId(*g),
                at: moment() + Duration::seconds(k as i64),
            });
        }
    }
    let mut pairs = Vec::new();
    for (a, b, winner, group) in &raw.pairs {
        if p_ok(*a) && p_ok(*b) && group.is_none_or(g_ok) {
            pairs.push(PairDecision {
                pair: (ProblemId(*a.min(b)), ProblemId(*a.max(b))),
                winner: winner.map(|first| ProblemId(if first { *a } else { *b })),
                group: group.map(GroupId),
                reason: String::new(),
                at: moment(),
            });
        }
    }
    s.ranking.votes = votes;
    s.ranking.pairs = pairs;
    for (c, w) in raw.weights.iter().enumerate() {
        if let Some(crit) = s.ranking.criteria.get_mut(c) {
            crit.weight = *w;
        }
    }
    let criteria: Vec<u32> = s.ranking.criteria.iter().map(|c| c.id.0).collect();
    for (p, c, group, value) in &raw.scores {
        let value = if damaged {
            *value
        } else {
            (*value).clamp(1, 5)
        };
        if p_ok(*p) && (damaged || criteria.contains(c)) && group.is_none_or(g_ok) {
            s.ranking.scores.push(Score {
                problem: ProblemId(*p),
                criterion: CriterionId(*c),
                group: group.map(GroupId),
                value,
                at: moment(),
            });
        }
    }
    s.ranking.shortlist = raw
        .shortlist
        .iter()
        .copied()
        .filter(|p| p_ok(*p))
        .map(ProblemId)
        .collect();
    for (i, (id, problem)) in raw.actions.iter().enumerate() {
        if p_ok(*problem) {
            s.actions.push(Action {
                id: ActionId(if damaged { *id } else { i as u32 + 1 }),
                problem: ProblemId(*problem),
                activity: format!("Action {i}"),
                ..Default::default()
            });
        }
    }
    if let Some((tied, runoff)) = &raw.tie_break {
        let tied: Vec<ProblemId> = tied
            .iter()
            .copied()
            .filter(|p| p_ok(*p))
            .map(ProblemId)
            .collect();
        let mut order = tied.clone();
        order.reverse();
        s.ranking.tie_breaks.push(TieBreak {
            id: TieBreakId(1),
            method: RankMethod::Dots,
            rank: 1,
            tied,
            how: if *runoff {
                TieBreakHow::Runoff {
                    votes: s.ranking.votes.iter().take(5).cloned().collect(),
                }
            } else {
                TieBreakHow::Decision {
                    reason: "the chief".into(),
                }
            },
            order,
            at: moment(),
        });
    }
    s
}

fn groups_to_ask(s: &Session) -> Vec<Option<GroupId>> {
    let mut asked: Vec<Option<GroupId>> = vec![None, Some(GroupId(99))];
    asked.extend(s.groups.iter().map(|g| Some(g.id)));
    asked
}

const METHODS: [RankMethod; 3] = [RankMethod::Dots, RankMethod::Pairwise, RankMethod::Criteria];

/// Everything fast answers as the straightforward version does.
fn check_session(s: &Session, damaged: bool) -> Result<(), TestCaseError> {
    for group in groups_to_ask(s) {
        prop_assert_eq!(
            dot_ranking(s, group),
            straightforward::dot_ranking(s, group)
        );
        prop_assert_eq!(
            criteria_ranking(s, group),
            straightforward::criteria_ranking(s, group)
        );
        let grid = ScoreGrid::new(s);
        let pairs = PairIndex::new(s);
        for p in 0..=10 {
            for c in 0..=6 {
                prop_assert_eq!(
                    grid.value(ProblemId(p), CriterionId(c), group),
                    cell_score(s, ProblemId(p), CriterionId(c), group)
                );
            }
            for q in 0..=10 {
                prop_assert_eq!(
                    pairs.get(s, ProblemId(p), ProblemId(q), group),
                    pair_decision(s, ProblemId(p), ProblemId(q), group)
                );
            }
        }
    }
    prop_assert_eq!(
        ready(s, RankMethod::Criteria),
        straightforward::criteria_ready(s)
    );
    for method in METHODS {
        prop_assert_eq!(
            compare_groups(s, method),
            straightforward::compare_groups(s, method)
        );
    }
    let tied: Vec<ProblemId> = s.problems.iter().map(|p| p.id).collect();
    prop_assert_eq!(
        runoff_order(s, &tied, &s.ranking.votes),
        straightforward::runoff_order(s, &tied, &s.ranking.votes)
    );
    prop_assert_eq!(s.validate_at(), straightforward::validate_at(s));
    check_lookup(&Lookup::new(s), s)?;
    if !damaged {
        check_tally(&Tally::count(s), s)?;
    }
    Ok(())
}

/// A lookup answers as the session's linear searches do.
fn check_lookup(lookup: &Lookup, s: &Session) -> Result<(), TestCaseError> {
    for p in 0..=12 {
        let id = ProblemId(p);
        prop_assert_eq!(lookup.problem(s, id), s.problem(id));
        prop_assert_eq!(lookup.problem_title(s, id), s.problem_title(id));
        prop_assert_eq!(
            lookup.shortlist.get(id),
            s.ranking.shortlist.iter().position(|x| *x == id)
        );
        let actions: Vec<&Action> = lookup.actions_of(s, id).collect();
        let straight: Vec<&Action> = if s.problem(id).is_some() {
            s.actions.iter().filter(|a| a.problem == id).collect()
        } else {
            Vec::new()
        };
        prop_assert_eq!(actions, straight);
    }
    for g in 0..=8 {
        prop_assert_eq!(lookup.group(s, GroupId(g)), s.group(GroupId(g)));
        prop_assert_eq!(lookup.group_name(s, GroupId(g)), s.group_name(GroupId(g)));
    }
    for a in 0..=8 {
        prop_assert_eq!(lookup.action(s, ActionId(a)), s.action(ActionId(a)));
    }
    Ok(())
}

/// A tally answers as the session's own questions do.
fn check_tally(tally: &Tally, s: &Session) -> Result<(), TestCaseError> {
    prop_assert_eq!(tally.total(), s.ranking.votes.len());
    for (gi, g) in s.groups.iter().enumerate() {
        prop_assert_eq!(tally.used(g.id), s.dots_used(g.id));
        prop_assert_eq!(tally.used_at(gi), s.dots_used(g.id));
    }
    for (pi, p) in s.problems.iter().enumerate() {
        prop_assert_eq!(tally.dots(p.id, None), s.dots_for(p.id, None));
        prop_assert_eq!(tally.score_at(pi, None) as usize, s.dots_for(p.id, None));
        for (gi, g) in s.groups.iter().enumerate() {
            prop_assert_eq!(tally.dots(p.id, Some(g.id)), s.dots_for(p.id, Some(g.id)));
            prop_assert_eq!(
                tally.by_group_at(pi)[gi] as usize,
                s.dots_for(p.id, Some(g.id))
            );
        }
    }
    for group in groups_to_ask(s) {
        prop_assert_eq!(dot_ranking_from(s, tally, group), dot_ranking(s, group));
    }
    for g in &s.groups {
        let ranked = straightforward::dot_ranking(s, Some(g.id));
        let expected: Vec<usize> = s
            .problems
            .iter()
            .map(|p| ranked.iter().find(|r| r.problem == p.id).unwrap().rank)
            .collect();
        prop_assert_eq!(tally.ranks(s, g.id), Some(expected));
    }
    prop_assert_eq!(tally.ranks(s, GroupId(99)), None);
    Ok(())
}

/// A random edit for the editor, aimed at every path the tally follows: dots
/// added at the end or in the middle, taken back one or several at a time,
/// moved to another problem (a dot moved twice in one change too), problems
/// and groups added, moved and deleted, merges, undo and redo.
#[derive(Clone, Debug)]
enum Op {
    Dot(usize, usize),
    DotAt(usize, usize, usize),
    TakeBack(usize, usize),
    TakeBackMany(Vec<usize>),
    Retarget(Vec<(usize, usize)>),
    AddProblem(usize),
    MoveProblem(usize, usize),
    DeleteProblem(usize),
    AddGroup(usize),
    MoveGroup(usize, usize),
    DeleteGroup(usize),
    Merge(usize, usize),
    Rename(usize, usize),
    Decide(usize, usize),
    Score(usize, u8),
    AddAction(usize),
    Undo,
    Redo,
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        4 => (0usize..12, 0usize..6).prop_map(|(p, g)| Op::Dot(p, g)),
        1 => (0usize..12, 0usize..6, 0usize..100).prop_map(|(p, g, at)| Op::DotAt(p, g, at)),
        2 => (0usize..12, 0usize..6).prop_map(|(p, g)| Op::TakeBack(p, g)),
        1 => proptest::collection::vec(0usize..100, 1..4).prop_map(Op::TakeBackMany),
        1 => proptest::collection::vec((0usize..100, 0usize..12), 1..4).prop_map(Op::Retarget),
        1 => (0..TITLES.len()).prop_map(Op::AddProblem),
        1 => (0usize..12, 0usize..12).prop_map(|(a, b)| Op::MoveProblem(a, b)),
        1 => (0usize..12).prop_map(Op::DeleteProblem),
        1 => (0usize..100).prop_map(Op::AddGroup),
        1 => (0usize..6, 0usize..6).prop_map(|(a, b)| Op::MoveGroup(a, b)),
        1 => (0usize..6).prop_map(Op::DeleteGroup),
        1 => (0usize..12, 0usize..12).prop_map(|(a, b)| Op::Merge(a, b)),
        1 => (0usize..12, 0..TITLES.len()).prop_map(|(p, t)| Op::Rename(p, t)),
        1 => (0usize..12, 0usize..12).prop_map(|(a, b)| Op::Decide(a, b)),
        1 => (0usize..12, 1u8..=5).prop_map(|(p, v)| Op::Score(p, v)),
        1 => (0usize..12).prop_map(Op::AddAction),
        2 => Just(Op::Undo),
        1 => Just(Op::Redo),
    ]
}

fn change_for(op: &Op, s: &Session, at: Timestamp) -> Option<Change> {
    let pid = |i: usize| s.problems.get(i % s.problems.len().max(1)).map(|p| p.id);
    let gid = |i: usize| s.groups.get(i % s.groups.len().max(1)).map(|g| g.id);
    let vote = |i: usize| (!s.ranking.votes.is_empty()).then(|| i % s.ranking.votes.len());
    Some(match op {
        Op::Dot(p, g) => edits::add_vote(s, pid(*p)?, gid(*g)?, at)?,
        Op::DotAt(p, g, i) => Change::InsertVotes(vec![(
            *i,
            Vote {
                problem: pid(*p)?,
                group: gid(*g)?,
                at,
            },
        )]),
        Op::TakeBack(p, g) => edits::remove_vote(s, pid(*p)?, gid(*g)?)?,
        Op::TakeBackMany(is) => {
            Change::RemoveVotes(is.iter().map(|i| vote(*i)).collect::<Option<_>>()?)
        }
        Op::Retarget(moves) => Change::RetargetVotes(
            moves
                .iter()
                .map(|(i, p)| Some((vote(*i)?, pid(*p)?)))
                .collect::<Option<_>>()?,
        ),
        Op::AddProblem(t) => Change::Problem(ListOp::Insert {
            index: s.problems.len() / 2,
            item: Problem {
                id: s.next_problem_id(),
                title: TITLES[*t].into(),
                ..Default::default()
            },
        }),
        Op::MoveProblem(a, to) => Change::Problem(ListOp::Move {
            id: pid(*a)?,
            to: *to,
        }),
        Op::DeleteProblem(p) => edits::remove_problem(s, pid(*p)?)?,
        Op::AddGroup(n) => edits::add_group(s, &format!("Group {n}"), 10),
        Op::MoveGroup(a, to) => Change::Group(ListOp::Move {
            id: gid(*a)?,
            to: *to,
        }),
        Op::DeleteGroup(g) => edits::remove_group(s, gid(*g)?)?,
        Op::Merge(a, b) => edits::merge_problems(s, pid(*a)?, pid(*b)?)?,
        Op::Rename(p, t) => {
            let mut problem = s.problem(pid(*p)?)?.clone();
            problem.title = TITLES[*t].into();
            Change::Problem(ListOp::Update(problem))
        }
        Op::Decide(a, b) => {
            let (a, b) = (pid(*a)?, pid(*b)?);
            Change::Pair {
                pair: (a, b),
                group: None,
                decision: Some(PairDecision {
                    pair: ordered((a, b)),
                    winner: Some(a),
                    group: None,
                    reason: String::new(),
                    at,
                }),
            }
        }
        Op::Score(p, v) => {
            let problem = pid(*p)?;
            let criterion = s.ranking.criteria.first()?.id;
            Change::Score {
                problem,
                criterion,
                group: None,
                score: Some(Score {
                    problem,
                    criterion,
                    group: None,
                    value: *v,
                    at,
                }),
            }
        }
        Op::AddAction(p) => Change::Action(ListOp::Insert {
            index: 0,
            item: Action {
                id: s.next_action_id(),
                problem: pid(*p)?,
                activity: "Patrol".into(),
                ..Default::default()
            },
        }),
        Op::Undo | Op::Redo => return None,
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// Rankings, tallies, the score grid, pair lookups and validation, on
    /// sound sessions.
    #[test]
    fn fast_equals_straightforward(raw in raw(false)) {
        check_session(&session(&raw, false), false)?;
    }

    /// The same on damaged sessions (repeated ids, dangling references,
    /// duplicate group names): what a hand-edited file may hold.
    #[test]
    fn fast_equals_straightforward_on_damaged_sessions(raw in raw(true)) {
        check_session(&session(&raw, true), true)?;
    }

    /// Sorting by score then title then id: the same order and shared ranks
    /// with titles looked up once as with a search per comparison.
    #[test]
    fn rank_scores_as_before(
        raw in raw(true),
        scores in proptest::collection::vec((0u32..=10, 0u8..4), 0..20),
    ) {
        let s = session(&raw, true);
        let scores: Vec<(ProblemId, f64)> =
            scores.iter().map(|(p, x)| (ProblemId(*p), f64::from(*x) / 2.0)).collect();
        prop_assert_eq!(
            rank_scores(&s, scores.clone()),
            straightforward::rank_scores(&s, scores)
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(150))]

    /// Across any edits, undos and redos the editor's tally counts what the
    /// session holds, and what it keeps per revision (rankings of every
    /// method for the room and each group, comparisons, the lookup) is what
    /// working it out afresh gives.
    #[test]
    fn the_editor_keeps_its_tally_and_rankings_current(
        raw in raw(false),
        ops in proptest::collection::vec(op(), 1..50),
    ) {
        let mut e = Editor::new(session(&raw, false));
        let mut at = moment();
        for op in &ops {
            at += Duration::seconds(1);
            // Asked before the edit, so a stale answer would be noticed after.
            let _ = e.ranking(RankMethod::Dots, None);
            let _ = e.comparison(RankMethod::Dots);
            match op {
                Op::Undo => { e.undo(at); }
                Op::Redo => { e.redo(at); }
                other => {
                    if let Some(c) = change_for(other, e.session(), at) {
                        let _ = e.apply(c, at);
                    }
                }
            }
            let s = e.session();
            prop_assert_eq!(e.tally(), &Tally::count(s));
            check_tally(e.tally(), s)?;
            for method in METHODS {
                for group in groups_to_ask(s) {
                    let kept = e.ranking(method, group);
                    prop_assert_eq!(kept.as_ref(), &straightforward::ranking(s, method, group));
                }
                let kept = e.comparison(method);
                prop_assert_eq!(kept.as_ref(), &straightforward::compare_groups(s, method));
            }
            check_lookup(&e.lookup(), s)?;
        }
    }
}

/// Undo reaches back 2,000 steps, the oldest dropped first, however long
/// the workshop: the newest 2,000 dots are taken back, the first ten stay.
#[test]
fn undo_reaches_back_two_thousand_steps() {
    let mut s = session_with_groups("Long workshop");
    s.problems.push(Problem {
        id: ProblemId(1),
        title: "Theft".into(),
        ..Default::default()
    });
    let mut e = Editor::new(s);
    for k in 0..2_010 {
        let at = moment() + Duration::seconds(k);
        let dot = edits::add_vote(e.session(), ProblemId(1), GroupId(1), at).unwrap();
        e.apply(dot, at).unwrap();
    }
    let mut undone = 0;
    while e.undo(moment()).is_some() {
        undone += 1;
    }
    assert_eq!(undone, 2_000);
    assert_eq!(e.session().ranking.votes.len(), 10);
    assert_eq!(e.tally().total(), 10);
    // The first ten dots are the ones left.
    let first: Vec<_> = e.session().ranking.votes.iter().map(|v| v.at).collect();
    let expected: Vec<_> = (0..10).map(|k| moment() + Duration::seconds(k)).collect();
    assert_eq!(first, expected);
}
