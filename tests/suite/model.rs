//! The pure core: every change applies, is logged, and undoes exactly.

use crate::common;

use baraza::model::edits;
use baraza::model::*;
use common::undo_check::{Step, content, undo_redo_round_trip};
use common::{day, en, moment, session_with_groups};
use proptest::prelude::*;

fn problem(s: &Session, title: &str) -> Change {
    Change::Problem(ListOp::Insert {
        index: s.problems.len(),
        item: Problem {
            id: s.next_problem_id(),
            title: title.into(),
            ..Default::default()
        },
    })
}

fn editor_with_problems(titles: &[&str]) -> Editor {
    let mut e = Editor::new(session_with_groups("Kibera"));
    for t in titles {
        let c = problem(e.session(), t);
        e.apply(c, moment()).unwrap();
    }
    e
}

#[test]
fn a_change_is_logged_and_undone_and_redone() {
    let mut e = editor_with_problems(&["Theft of livestock"]);
    let before = content(e.session());
    let vote = edits::add_vote(e.session(), ProblemId(1), GroupId(2), moment()).unwrap();
    let what = e.apply(vote, moment()).unwrap();
    assert_eq!(en(&what), "dot for «Theft of livestock» from Men");
    assert_eq!(e.session().dots_for(ProblemId(1), None), 1);

    assert_eq!(
        e.undo(moment()).map(|m| en(&m)).as_deref(),
        Some("dot for «Theft of livestock» from Men")
    );
    assert_eq!(content(e.session()), before);
    assert_eq!(
        e.redo(moment()).map(|m| en(&m)).as_deref(),
        Some("dot for «Theft of livestock» from Men")
    );
    assert_eq!(e.session().dots_for(ProblemId(1), Some(GroupId(2))), 1);

    let kinds: Vec<AuditKind> = e.session().audit.iter().map(|a| a.kind).collect();
    assert_eq!(
        kinds,
        [
            AuditKind::Change,
            AuditKind::Change,
            AuditKind::Undo,
            AuditKind::Redo
        ]
    );
    assert_eq!(
        e.session().audit[2].what,
        "dot for «Theft of livestock» from Men"
    );
}

#[test]
fn a_new_change_clears_redo() {
    let mut e = editor_with_problems(&["A", "B"]);
    e.undo(moment());
    assert!(e.can_redo());
    let c = problem(e.session(), "C");
    e.apply(c, moment()).unwrap();
    assert!(!e.can_redo());
    assert_eq!(e.redo(moment()), None);
}

#[test]
fn deleting_a_problem_takes_its_dots_actions_and_place_and_undo_restores_them() {
    let mut e = editor_with_problems(&["Robbery", "Drugs", "Land disputes"]);
    for (p, g) in [(1, 1), (2, 1), (1, 3), (2, 2), (3, 4), (2, 1)] {
        let c = edits::add_vote(e.session(), ProblemId(p), GroupId(g), moment()).unwrap();
        e.apply(c, moment()).unwrap();
    }
    e.apply(
        Change::Set(Field::Shortlist(vec![ProblemId(2), ProblemId(1)])),
        moment(),
    )
    .unwrap();
    let action = Action {
        id: ActionId(1),
        problem: ProblemId(2),
        activity: "Meet the chief".into(),
        ..Default::default()
    };
    e.apply(
        Change::Action(ListOp::Insert {
            index: 0,
            item: action,
        }),
        moment(),
    )
    .unwrap();
    let before = content(e.session());

    let delete = edits::remove_problem(e.session(), ProblemId(2)).unwrap();
    assert_eq!(
        en(&e.apply(delete, moment()).unwrap()),
        "problem deleted: «Drugs»"
    );
    let s = e.session();
    assert!(s.problem(ProblemId(2)).is_none());
    assert_eq!(s.ranking.votes.len(), 3);
    assert!(s.actions.is_empty());
    assert_eq!(s.ranking.shortlist, [ProblemId(1)]);
    assert!(s.validate().is_empty(), "{:?}", s.validate());

    e.undo(moment());
    assert_eq!(content(e.session()), before);
}

#[test]
fn merging_keeps_both_problems_votes_and_details() {
    let mut e = editor_with_problems(&["Boda boda theft", "Motorbike theft"]);
    let mut first = e.session().problems[0].clone();
    first.location = "East gate".into();
    first.causes = vec!["no parking".into()];
    first.raised_by = vec![GroupId(1)];
    e.apply(Change::Problem(ListOp::Update(first)), moment())
        .unwrap();
    let mut second = e.session().problems[1].clone();
    second.causes = vec!["no parking".into(), "unemployment".into()];
    second.effects = vec!["riders attacked".into()];
    second.raised_by = vec![GroupId(3)];
    second.location = "West gate".into();
    second.needs_escalation = true;
    e.apply(Change::Problem(ListOp::Update(second)), moment())
        .unwrap();
    for (p, g) in [(1, 1), (2, 3), (2, 3), (2, 1)] {
        let c = edits::add_vote(e.session(), ProblemId(p), GroupId(g), moment()).unwrap();
        e.apply(c, moment()).unwrap();
    }
    let before = content(e.session());

    let merge = edits::merge_problems(e.session(), ProblemId(1), ProblemId(2)).unwrap();
    e.apply(merge, moment()).unwrap();
    let s = e.session();
    assert_eq!(s.problems.len(), 1);
    let kept = &s.problems[0];
    assert_eq!(kept.causes, ["no parking", "unemployment"]);
    assert_eq!(kept.effects, ["riders attacked"]);
    assert_eq!(
        kept.location, "East gate; West gate",
        "a place stays on one line"
    );
    assert_eq!(kept.raised_by, [GroupId(1), GroupId(3)]);
    assert!(kept.needs_escalation);
    assert_eq!(s.dots_for(ProblemId(1), None), 4);
    assert_eq!(s.dots_for(ProblemId(1), Some(GroupId(3))), 2);

    e.undo(moment());
    assert_eq!(content(e.session()), before);
}

#[test]
fn deleting_a_group_takes_its_dots_and_undo_restores_them() {
    let mut e = editor_with_problems(&["Robbery"]);
    let mut p = e.session().problems[0].clone();
    p.raised_by = vec![GroupId(2), GroupId(3)];
    e.apply(Change::Problem(ListOp::Update(p)), moment())
        .unwrap();
    for g in [1, 2, 2, 3] {
        let c = edits::add_vote(e.session(), ProblemId(1), GroupId(g), moment()).unwrap();
        e.apply(c, moment()).unwrap();
    }
    let before = content(e.session());
    let c = edits::remove_group(e.session(), GroupId(2)).unwrap();
    assert_eq!(en(&e.apply(c, moment()).unwrap()), "group deleted: Men");
    assert_eq!(e.session().ranking.votes.len(), 2);
    assert_eq!(e.session().problems[0].raised_by, [GroupId(3)]);
    e.undo(moment());
    assert_eq!(content(e.session()), before);
}

#[test]
fn invalid_changes_are_refused_and_leave_the_session_alone() {
    let mut e = editor_with_problems(&["Robbery"]);
    let before = e.session().clone();
    let bad_vote = Change::InsertVotes(vec![(
        0,
        Vote {
            problem: ProblemId(9),
            group: GroupId(1),
            at: moment(),
        },
    )]);
    assert!(e.apply(bad_vote, moment()).is_err());
    let empty_title = Change::Set(Field::Title("   ".into()));
    assert!(e.apply(empty_title, moment()).is_err());
    // A batch that fails half-way is rolled back entirely.
    let batch = Change::Batch {
        label: baraza::i18n::Msg::new("change-context"),
        changes: vec![
            Change::Set(Field::Location("Kisumu".into())),
            Change::Problem(ListOp::Remove { id: ProblemId(42) }),
        ],
    };
    assert!(e.apply(batch, moment()).is_err());
    assert_eq!(e.session(), &before);
    assert!(!e.can_undo() || e.session().audit.len() == before.audit.len());
}

#[test]
fn reaching_a_stage_is_saved_but_not_an_undo_step() {
    let mut e = editor_with_problems(&["Robbery"]);
    let rev = e.revision();
    assert!(e.reach_stage(Stage::Rank, moment()));
    assert!(!e.reach_stage(Stage::Identify, moment()), "never goes back");
    assert!(e.revision() > rev, "a save is due");
    assert_eq!(e.session().stage, Stage::Rank);
    assert_eq!(
        e.undo(moment()).map(|m| en(&m)).as_deref(),
        Some("problem added: «Robbery»")
    );
    assert_eq!(e.session().stage, Stage::Rank);
}

#[test]
fn pair_decisions_and_scores_are_set_replaced_and_cleared() {
    let mut e = editor_with_problems(&["Robbery", "Drugs"]);
    let decide = |winner: Option<u32>, reason: &str| Change::Pair {
        pair: (ProblemId(2), ProblemId(1)),
        group: Some(GroupId(1)),
        decision: Some(PairDecision {
            pair: (ProblemId(2), ProblemId(1)),
            winner: winner.map(ProblemId),
            group: Some(GroupId(1)),
            reason: reason.into(),
            at: moment(),
        }),
    };
    let what = e
        .apply(decide(Some(2), "children at risk"), moment())
        .unwrap();
    assert_eq!(en(&what), "Women: «Drugs» over «Robbery»");
    e.apply(decide(None, "both as bad"), moment()).unwrap();
    assert_eq!(
        e.session().ranking.pairs.len(),
        1,
        "one record per pair and group"
    );
    assert_eq!(
        e.session().ranking.pairs[0].pair,
        (ProblemId(1), ProblemId(2))
    );
    assert_eq!(e.session().ranking.pairs[0].winner, None);
    e.undo(moment());
    assert_eq!(e.session().ranking.pairs[0].winner, Some(ProblemId(2)));

    let score = |v: u8| Change::Score {
        problem: ProblemId(1),
        criterion: CriterionId(2),
        group: None,
        score: Some(Score {
            problem: ProblemId(1),
            criterion: CriterionId(2),
            group: None,
            value: v,
            at: moment(),
        }),
    };
    assert!(e.apply(score(6), moment()).is_err(), "scores are 1 to 5");
    assert_eq!(
        en(&e.apply(score(4), moment()).unwrap()),
        "the room: «Robbery» scored 4 on Severity"
    );
    e.apply(score(5), moment()).unwrap();
    assert_eq!(e.session().ranking.scores.len(), 1);
    e.undo(moment());
    e.undo(moment());
    assert!(e.session().ranking.scores.is_empty());
}

#[test]
fn overdue_means_open_and_past_due() {
    let mut a = Action {
        due: Some(day(2026, 11, 1)),
        ..Default::default()
    };
    assert!(a.is_overdue(day(2026, 11, 27)));
    assert!(!a.is_overdue(day(2026, 10, 27)));
    a.status = ActionStatus::Done;
    assert!(!a.is_overdue(day(2026, 11, 27)));
    a.status = ActionStatus::Stalled;
    assert!(a.is_overdue(day(2026, 11, 27)));
}

/// A random edit, expressed against whatever the session holds now.
#[derive(Clone, Debug)]
enum Op {
    AddProblem(String),
    AddGroup(String, u32),
    Vote(usize, usize),
    Unvote(usize, usize),
    DeleteProblem(usize),
    DeleteGroup(usize),
    Merge(usize, usize),
    MoveProblem(usize, usize),
    Rename(String),
    Shortlist(Vec<usize>),
    Undo,
    Redo,
}

fn op() -> impl Strategy<Value = Op> {
    let name = "[a-zA-Zа-я ا-ي🔥]{1,12}";
    prop_oneof![
        name.prop_map(Op::AddProblem),
        (name, 0u32..40).prop_map(|(n, c)| Op::AddGroup(n, c)),
        (0usize..8, 0usize..6).prop_map(|(p, g)| Op::Vote(p, g)),
        (0usize..8, 0usize..6).prop_map(|(p, g)| Op::Unvote(p, g)),
        (0usize..8).prop_map(Op::DeleteProblem),
        (0usize..6).prop_map(Op::DeleteGroup),
        (0usize..8, 0usize..8).prop_map(|(a, b)| Op::Merge(a, b)),
        (0usize..8, 0usize..8).prop_map(|(a, b)| Op::MoveProblem(a, b)),
        name.prop_map(Op::Rename),
        proptest::collection::vec(0usize..8, 0..4).prop_map(Op::Shortlist),
        Just(Op::Undo),
        Just(Op::Redo),
    ]
}

fn change_for(op: &Op, s: &Session, at: Timestamp) -> Option<Change> {
    let pid = |i: usize| s.problems.get(i % s.problems.len().max(1)).map(|p| p.id);
    let gid = |i: usize| s.groups.get(i % s.groups.len().max(1)).map(|g| g.id);
    match op {
        Op::AddProblem(t) => Some(problem(s, t)),
        Op::AddGroup(n, c) => Some(edits::add_group(s, n, *c)),
        Op::Vote(p, g) => edits::add_vote(s, pid(*p)?, gid(*g)?, at),
        Op::Unvote(p, g) => edits::remove_vote(s, pid(*p)?, gid(*g)?),
        Op::DeleteProblem(p) => edits::remove_problem(s, pid(*p)?),
        Op::DeleteGroup(g) => edits::remove_group(s, gid(*g)?),
        Op::Merge(a, b) => edits::merge_problems(s, pid(*a)?, pid(*b)?),
        Op::MoveProblem(a, to) => Some(Change::Problem(ListOp::Move {
            id: pid(*a)?,
            to: *to,
        })),
        Op::Rename(t) => Some(Change::Set(Field::Title(t.clone()))),
        Op::Shortlist(ids) => {
            let mut list: Vec<ProblemId> = ids.iter().filter_map(|i| pid(*i)).collect();
            list.dedup();
            Some(Change::Set(Field::Shortlist(list)))
        }
        Op::Undo | Op::Redo => None,
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// Any sequence of edits, undos and redos keeps the session consistent, and
    /// undoing everything gives back the session we started from.
    #[test]
    fn undo_all_restores_the_start(ops in proptest::collection::vec(op(), 1..60)) {
        let start = session_with_groups("Kibera");
        undo_redo_round_trip(&start, &ops, |op, s, at| match op {
            Op::Undo => Step::Undo,
            Op::Redo => Step::Redo,
            other => Step::Apply(change_for(other, s, at)),
        })?;
    }
}
