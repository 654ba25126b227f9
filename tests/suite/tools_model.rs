//! The score card, the where-and-when grid and the follow-up ledger in the
//! pure core: every change is checked, logged and undone exactly; deleting
//! what they name takes them along (and undo brings both back); `validate`
//! finds what a hand-edited file gets wrong; the next cycle carries them.

use crate::common;

use baraza::model::cycle;
use baraza::model::edits;
use baraza::model::ledger::{Reply, ReplyKind, Standing};
use baraza::model::score_card::{CardScale, Scorer};
use baraza::model::where_when::{Clock, TimeBand};
use baraza::model::*;
use chrono::Duration;
use common::undo_check::{Step, content, undo_redo_round_trip};
use common::{day, en, moment, session_with_groups};
use proptest::prelude::*;

fn add_problem(e: &mut Editor, title: &str) -> ProblemId {
    let id = e.session().next_problem_id();
    let c = Change::Problem(ListOp::Insert {
        index: e.session().problems.len(),
        item: Problem {
            id,
            title: title.into(),
            ..Default::default()
        },
    });
    e.apply(c, moment()).unwrap();
    id
}

fn reply(date: chrono::NaiveDate, kind: ReplyKind, note: &str) -> Reply {
    Reply {
        date,
        kind,
        note: note.into(),
        at: moment(),
    }
}

#[test]
fn the_starter_card_is_one_change_and_scores_read_in_the_log() {
    let mut e = Editor::new(session_with_groups("Kibera"));
    let start = edits::start_police_card(e.session()).unwrap();
    assert_eq!(
        en(&e.apply(start, moment()).unwrap()),
        "score card started with 8 indicators for a police service"
    );
    assert_eq!(e.session().score_card.indicators.len(), 8);
    // Again: nothing left to add.
    assert!(edits::start_police_card(e.session()).is_none());
    let by = Scorer::Group(GroupId(1));
    let c = edits::set_card_score(
        e.session(),
        IndicatorId(2),
        by,
        35,
        " rude at the desk ",
        moment(),
    )
    .unwrap();
    assert_eq!(
        en(&e.apply(c, moment()).unwrap()),
        "score card: Women gave 35 on «Respect and courtesy»"
    );
    assert_eq!(
        e.session()
            .score_card
            .score(IndicatorId(2), by)
            .unwrap()
            .reason,
        "rude at the desk"
    );
    // The same score and reason again is no change.
    assert!(
        edits::set_card_score(
            e.session(),
            IndicatorId(2),
            by,
            35,
            "rude at the desk",
            moment()
        )
        .is_none()
    );
    // Out of the scale: refused, nothing changes.
    let bad = edits::set_card_score(e.session(), IndicatorId(2), by, 101, "", moment()).unwrap();
    let before = content(e.session());
    assert_eq!(
        e.apply(bad, moment()).unwrap_err().to_string(),
        "a score is from 0 to 100 here"
    );
    assert_eq!(content(e.session()), before);
    // The scale is chosen before the first score.
    let err = e
        .apply(Change::Set(Field::CardScale(CardScale::Five)), moment())
        .unwrap_err();
    assert!(
        err.to_string()
            .starts_with("the scale is chosen before the first score")
    );
    e.undo(moment());
    e.apply(Change::Set(Field::CardScale(CardScale::Five)), moment())
        .unwrap();
    let five = edits::set_card_score(
        e.session(),
        IndicatorId(2),
        Scorer::Provider,
        4,
        "",
        moment(),
    )
    .unwrap();
    assert_eq!(
        en(&e.apply(five, moment()).unwrap()),
        "score card: Provider gave 4 on «Respect and courtesy»"
    );
}

#[test]
fn deleting_an_indicator_a_group_or_a_problem_takes_what_names_it_and_undo_restores_it() {
    let mut e = Editor::new(session_with_groups("Kibera"));
    let theft = add_problem(&mut e, "Theft at the market");
    let gbv = add_problem(&mut e, "Violence at the borehole");
    e.apply(edits::add_indicator(e.session(), "Respect"), moment())
        .unwrap();
    for (by, v) in [(Scorer::Group(GroupId(1)), 30), (Scorer::Provider, 80)] {
        let c = edits::set_card_score(e.session(), IndicatorId(1), by, v, "", moment()).unwrap();
        e.apply(c, moment()).unwrap();
    }
    let action = Action {
        id: ActionId(1),
        problem: theft,
        activity: "Open day at the post".into(),
        card_indicator: Some(IndicatorId(1)),
        ..Action::default()
    };
    e.apply(
        Change::Action(ListOp::Insert {
            index: 0,
            item: action,
        }),
        moment(),
    )
    .unwrap();
    e.apply(edits::add_place(e.session(), "Market road"), moment())
        .unwrap();
    let mark = edits::set_mark(
        e.session(),
        PlaceId(1),
        TimeBand::Night,
        GroupId(1),
        3,
        vec![theft, gbv],
        moment(),
    )
    .unwrap();
    e.apply(mark, moment()).unwrap();
    let up = edits::escalate(e.session(), gbv, "County commander", day(2026, 11, 28)).unwrap();
    e.apply(up, moment()).unwrap();
    assert!(e.session().problem(gbv).unwrap().needs_escalation);
    let full = content(e.session());

    // The indicator: its scores go, the action stays without the link.
    let c = edits::remove_indicator(e.session(), IndicatorId(1)).unwrap();
    assert_eq!(
        en(&e.apply(c, moment()).unwrap()),
        "indicator deleted: «Respect»"
    );
    assert!(e.session().score_card.scores.is_empty());
    assert_eq!(e.session().actions[0].card_indicator, None);
    assert!(e.session().validate().is_empty());
    e.undo(moment());
    assert_eq!(content(e.session()), full);

    // A group: its scores and marks.
    let c = edits::remove_group(e.session(), GroupId(1)).unwrap();
    e.apply(c, moment()).unwrap();
    assert_eq!(e.session().score_card.scores.len(), 1);
    assert!(e.session().where_when.marks.is_empty());
    assert!(e.session().validate().is_empty());
    e.undo(moment());

    // A problem: its escalations, and its links from marks.
    let c = edits::remove_problem(e.session(), gbv).unwrap();
    e.apply(c, moment()).unwrap();
    assert!(e.session().escalations.is_empty());
    assert_eq!(e.session().where_when.marks[0].problems, [theft]);
    assert!(e.session().validate().is_empty());
    e.undo(moment());

    // Merged: the escalation and the mark follow the problem kept.
    let c = edits::merge_problems(e.session(), theft, gbv).unwrap();
    e.apply(c, moment()).unwrap();
    assert_eq!(e.session().escalations[0].problem, theft);
    assert_eq!(e.session().where_when.marks[0].problems, [theft]);
    assert!(e.session().validate().is_empty());
    e.undo(moment());

    // A place: its marks.
    let c = edits::remove_place(e.session(), PlaceId(1)).unwrap();
    assert_eq!(
        en(&e.apply(c, moment()).unwrap()),
        "place deleted: «Market road»"
    );
    assert!(e.session().where_when.marks.is_empty());
    e.undo(moment());
    assert_eq!(content(e.session()), full);
}

#[test]
fn marks_aggregate_per_group_and_for_the_whole_room() {
    let mut e = Editor::new(session_with_groups("Kibera"));
    for name in ["Market road", "Borehole"] {
        e.apply(edits::add_place(e.session(), name), moment())
            .unwrap();
    }
    for (g, level) in [(1, 3), (2, 1), (3, 2)] {
        let c = edits::set_level(
            e.session(),
            PlaceId(1),
            TimeBand::Night,
            GroupId(g),
            level,
            moment(),
        )
        .unwrap();
        e.apply(c, moment()).unwrap();
    }
    let c = edits::set_level(
        e.session(),
        PlaceId(2),
        TimeBand::Month(3),
        GroupId(1),
        2,
        moment(),
    )
    .unwrap();
    assert_eq!(
        en(&e.apply(c, moment()).unwrap()),
        "where and when: Women marked «Borehole» in Mar 2"
    );
    let s = e.session();
    let groups = s.group_ids();
    let ww = &s.where_when;
    assert_eq!(
        ww.level(PlaceId(1), TimeBand::Night, Some(GroupId(1)), &groups),
        Some(3.0)
    );
    assert_eq!(
        ww.level(PlaceId(1), TimeBand::Night, None, &groups),
        Some(2.0)
    );
    assert_eq!(ww.level(PlaceId(1), TimeBand::Morning, None, &groups), None);
    assert_eq!(
        ww.marking_groups(&groups, Clock::Day),
        [GroupId(1), GroupId(2), GroupId(3)]
    );
    assert_eq!(ww.marking_groups(&groups, Clock::Season), [GroupId(1)]);
    let hot = baraza::model::where_when::hot_spots(ww, &groups, Clock::Day);
    assert_eq!(hot.len(), 1);
    assert_eq!((hot[0].place, hot[0].band), (PlaceId(1), TimeBand::Night));
    // Out of range: refused.
    let bad = Change::Mark {
        place: PlaceId(1),
        band: TimeBand::Morning,
        group: GroupId(1),
        mark: Some(baraza::model::where_when::Mark {
            place: PlaceId(1),
            band: TimeBand::Morning,
            group: GroupId(1),
            level: 4,
            problems: vec![],
            at: moment(),
        }),
    };
    assert_eq!(
        e.apply(bad, moment()).unwrap_err().to_string(),
        "insecurity is marked 0 (safe) to 3"
    );
    // A place named twice is refused, whatever the case.
    let twice = edits::add_place(e.session(), " market ROAD ");
    assert!(e.apply(twice, moment()).is_err());
}

#[test]
fn a_ledger_entry_counts_days_and_goes_into_the_next_cycle_while_awaited() {
    let mut e = Editor::new(session_with_groups("Kibera"));
    let p = add_problem(&mut e, "Land grabbing by outsiders");
    let q = add_problem(&mut e, "Cattle theft");
    for (problem, to) in [
        (p, "County commissioner"),
        (q, "District security committee"),
    ] {
        let c = edits::escalate(e.session(), problem, to, day(2026, 11, 27)).unwrap();
        e.apply(c, moment()).unwrap();
    }
    let first = edits::add_reply(
        e.session(),
        EscalationId(1),
        reply(day(2026, 12, 10), ReplyKind::NoReply, "chased by phone"),
    )
    .unwrap();
    assert_eq!(
        en(&e.apply(first, moment()).unwrap()),
        "«Land grabbing by outsiders», County commissioner: no reply on 2026-12-10"
    );
    let second = edits::add_reply(
        e.session(),
        EscalationId(1),
        reply(day(2026, 12, 19), ReplyKind::Reply, "meeting offered"),
    )
    .unwrap();
    e.apply(second, moment()).unwrap();
    let done = edits::add_reply(
        e.session(),
        EscalationId(2),
        reply(day(2026, 12, 4), ReplyKind::Done, "herds returned"),
    )
    .unwrap();
    e.apply(done, moment()).unwrap();
    // A reply before the problem was raised is refused.
    let early = edits::add_reply(
        e.session(),
        EscalationId(1),
        reply(day(2026, 11, 1), ReplyKind::Reply, ""),
    )
    .unwrap();
    assert_eq!(
        e.apply(early, moment()).unwrap_err().to_string(),
        "a reply cannot come before the problem was raised"
    );
    let s = e.session();
    assert_eq!(s.escalations[0].standing(), Standing::AwaitingAction);
    assert_eq!(s.escalations[1].days_to_done(), Some(7));
    assert!(s.validate().is_empty());

    let next = cycle::next_cycle(
        s,
        "next".into(),
        "Kibera 2".into(),
        day(2027, 2, 1),
        moment(),
    );
    assert_eq!(next.escalations.len(), 1, "the one done stays behind");
    assert_eq!(next.escalations[0].replies.len(), 2);
    assert_eq!(
        next.escalations[0].inherited_from.as_deref(),
        Some("testsession")
    );
    assert!(next.audit[0].what.ends_with("1 escalation still awaited"));
    assert!(next.validate().is_empty());
    // Carried again, it keeps the cycle it first came from.
    let third = cycle::next_cycle(
        &next,
        "third".into(),
        "Kibera 3".into(),
        day(2027, 5, 1),
        moment(),
    );
    assert_eq!(
        third.escalations[0].inherited_from.as_deref(),
        Some("testsession")
    );
}

#[test]
fn validate_names_what_a_hand_edited_file_gets_wrong() {
    let mut s = session_with_groups("Kibera");
    s.score_card
        .indicators
        .push(score_card_indicator(1, "Respect"));
    s.score_card
        .indicators
        .push(score_card_indicator(1, "respect"));
    s.score_card
        .scores
        .push(baraza::model::score_card::CardScore {
            indicator: IndicatorId(7),
            by: Scorer::Group(GroupId(9)),
            value: 120,
            reason: String::new(),
            at: moment(),
        });
    s.where_when
        .places
        .push(baraza::model::where_when::MapPlace {
            id: PlaceId(1),
            name: " ".into(),
            carried_from: None,
        });
    s.where_when.marks.push(baraza::model::where_when::Mark {
        place: PlaceId(1),
        band: TimeBand::Month(13),
        group: GroupId(1),
        level: 1,
        problems: vec![],
        at: moment(),
    });
    s.escalations.push(baraza::model::ledger::Escalation {
        id: EscalationId(1),
        problem: ProblemId(5),
        to: "".into(),
        raised: day(2026, 11, 27),
        replies: vec![reply(day(2026, 11, 2), ReplyKind::Reply, "")],
        inherited_from: None,
    });
    s.actions.push(Action {
        id: ActionId(1),
        problem: ProblemId(5),
        card_indicator: Some(IndicatorId(4)),
        ..Action::default()
    });
    let found = s.validate();
    for expected in [
        "indicator id 1 is used twice",
        "indicator 1: there is an indicator «respect» already",
        "score on indicator 7 does not fit the session",
        "score 120 on indicator 7: a score is from 0 to 100 here",
        "place 1: a place needs a name",
        "mark of place 1 at ? does not fit the session",
        "escalation 1 is for unknown problem 5",
        "escalation 1: say to whom the problem went",
        "escalation 1: a reply cannot come before the problem was raised",
        "action 1 answers unknown indicator 4",
    ] {
        assert!(
            found.iter().any(|f| f == expected),
            "{expected:?} not in {found:#?}"
        );
    }
}

fn score_card_indicator(id: u32, name: &str) -> baraza::model::score_card::Indicator {
    baraza::model::score_card::Indicator {
        id: IndicatorId(id),
        name: name.into(),
        carried_from: None,
    }
}

#[test]
fn a_session_without_them_is_written_as_before() {
    let s = session_with_groups("Kibera");
    let text = ron::ser::to_string_pretty(&s, ron::ser::PrettyConfig::default()).unwrap();
    for field in ["score_card", "where_when", "escalations", "card_indicator"] {
        assert!(!text.contains(field), "{field} written in an empty session");
    }
}

/// A random edit of the score card, the grid or the ledger.
#[derive(Clone, Debug)]
enum Op {
    Starter,
    Indicator(String),
    DeleteIndicator(usize),
    Score(usize, usize, u8),
    Unscore(usize, usize),
    Place(String),
    DeletePlace(usize),
    Mark(usize, usize, usize, u8, bool),
    Unmark(usize, usize, usize),
    Problem(String),
    DeleteProblem(usize),
    Merge(usize, usize),
    DeleteGroup(usize),
    Escalate(usize, String),
    Reply(usize, u8, i64),
    GapAction(usize, usize),
    Undo,
    Redo,
}

fn op() -> impl Strategy<Value = Op> {
    let name = "[a-zA-Zа-я ا-ي🔥]{1,10}";
    prop_oneof![
        Just(Op::Starter),
        name.prop_map(Op::Indicator),
        (0usize..9).prop_map(Op::DeleteIndicator),
        (0usize..9, 0usize..6, 0u8..=110).prop_map(|(i, w, v)| Op::Score(i, w, v)),
        (0usize..9, 0usize..6).prop_map(|(i, w)| Op::Unscore(i, w)),
        name.prop_map(Op::Place),
        (0usize..6).prop_map(Op::DeletePlace),
        (0usize..6, 0usize..16, 0usize..5, 0u8..=4, any::<bool>())
            .prop_map(|(p, b, g, l, link)| Op::Mark(p, b, g, l, link)),
        (0usize..6, 0usize..16, 0usize..5).prop_map(|(p, b, g)| Op::Unmark(p, b, g)),
        name.prop_map(Op::Problem),
        (0usize..6).prop_map(Op::DeleteProblem),
        (0usize..6, 0usize..6).prop_map(|(a, b)| Op::Merge(a, b)),
        (0usize..5).prop_map(Op::DeleteGroup),
        (0usize..6, name).prop_map(|(p, to)| Op::Escalate(p, to)),
        (0usize..4, 0u8..4, -5i64..40).prop_map(|(e, k, d)| Op::Reply(e, k, d)),
        (0usize..9, 0usize..6).prop_map(|(i, p)| Op::GapAction(i, p)),
        Just(Op::Undo),
        Just(Op::Redo),
    ]
}

fn change_for(op: &Op, s: &Session, at: Timestamp) -> Option<Change> {
    fn pick<T>(list: &[T], i: usize) -> Option<&T> {
        list.get(i % list.len().max(1))
    }
    let ind = |i: usize| pick(&s.score_card.indicators, i).map(|x| x.id);
    let place = |i: usize| pick(&s.where_when.places, i).map(|x| x.id);
    let problem = |i: usize| pick(&s.problems, i).map(|x| x.id);
    let group = |i: usize| pick(&s.groups, i).map(|x| x.id);
    let who = |i: usize| match group(i) {
        Some(g) if i % 5 != 4 => Scorer::Group(g),
        _ => Scorer::Provider,
    };
    let band = |i: usize| {
        let mut all = Clock::Day.bands();
        all.extend(Clock::Season.bands());
        all[i % all.len()]
    };
    match op {
        Op::Starter => edits::start_police_card(s),
        Op::Indicator(n) => Some(edits::add_indicator(s, n)),
        Op::DeleteIndicator(i) => edits::remove_indicator(s, ind(*i)?),
        Op::Score(i, w, v) => edits::set_card_score(s, ind(*i)?, who(*w), *v, "why", at),
        Op::Unscore(i, w) => edits::unset_card_score(s, ind(*i)?, who(*w)),
        Op::Place(n) => Some(edits::add_place(s, n)),
        Op::DeletePlace(i) => edits::remove_place(s, place(*i)?),
        Op::Mark(p, b, g, l, link) => {
            let problems = if *link {
                problem(*p).into_iter().collect()
            } else {
                vec![]
            };
            edits::set_mark(s, place(*p)?, band(*b), group(*g)?, *l, problems, at)
        }
        Op::Unmark(p, b, g) => edits::unset_mark(s, place(*p)?, band(*b), group(*g)?),
        Op::Problem(t) => Some(Change::Problem(ListOp::Insert {
            index: s.problems.len(),
            item: Problem {
                id: s.next_problem_id(),
                title: t.clone(),
                ..Default::default()
            },
        })),
        Op::DeleteProblem(i) => edits::remove_problem(s, problem(*i)?),
        Op::Merge(a, b) => edits::merge_problems(s, problem(*a)?, problem(*b)?),
        Op::DeleteGroup(g) => edits::remove_group(s, group(*g)?),
        Op::Escalate(p, to) => edits::escalate(s, problem(*p)?, to, s.date),
        Op::Reply(i, k, d) => {
            let e = pick(&s.escalations, *i)?;
            let kind = ReplyKind::ALL[usize::from(*k) % 4];
            edits::add_reply(s, e.id, reply(e.raised + Duration::days(*d), kind, "note"))
        }
        Op::GapAction(i, p) => Some(Change::Action(ListOp::Insert {
            index: s.actions.len(),
            item: Action {
                id: s.next_action_id(),
                problem: problem(*p)?,
                activity: "close the gap".into(),
                card_indicator: Some(ind(*i)?),
                ..Action::default()
            },
        })),
        Op::Undo | Op::Redo => None,
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(160))]

    /// Any sequence of these edits, with undos and redos, keeps the session
    /// valid; undoing everything gives back the start, and redoing it all
    /// gives back the end.
    #[test]
    fn every_edit_undoes_exactly(ops in proptest::collection::vec(op(), 1..60)) {
        let start = session_with_groups("Kibera");
        let e = undo_redo_round_trip(&start, &ops, |op, s, at| match op {
            Op::Undo => Step::Undo,
            Op::Redo => Step::Redo,
            other => Step::Apply(change_for(other, s, at)),
        })?;
        // And the file round-trips.
        let text = ron::ser::to_string(e.session()).unwrap();
        let back: Session = ron::from_str(&text).unwrap();
        prop_assert_eq!(&back, e.session());
    }
}
