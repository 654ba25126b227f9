//! The next cycle carries exactly what is still open, and rank movement
//! between linked sessions is computed from both rankings.

use crate::common;

use baraza::model::cycle::{Movement, compare_cycles, next_cycle};
use baraza::model::*;
use common::{day, moment};

fn kibera() -> Session {
    baraza::store::load(std::path::Path::new(
        "sessions/2026-06-06-kibera-youth-baraza-cycle-1.ron",
    ))
    .unwrap()
    .session
}

#[test]
fn the_next_cycle_carries_unresolved_problems_and_open_actions() {
    let mut prev = kibera();
    // Mark the footpath mugging resolved: the lights worked.
    prev.problems[0].resolved = true;
    let next = next_cycle(
        &prev,
        "cycle2".into(),
        "Kibera youth baraza — cycle 2".into(),
        day(2026, 9, 5),
        moment(),
    );

    assert_eq!(next.previous.as_deref(), Some(prev.id.as_str()));
    assert_eq!(next.groups, prev.groups);
    assert_eq!(next.dots_per_participant, prev.dots_per_participant);
    let carried: Vec<u32> = next.problems.iter().map(|p| p.id.0).collect();
    assert_eq!(carried, [2, 3, 4, 5], "every problem but the resolved one");
    assert!(next.problems.iter().all(|p| p.carried_from == Some(p.id)));
    assert_eq!(next.problems[0].causes, prev.problems[1].causes);

    // Open = planned, in progress or stalled, and its problem came along.
    let open: Vec<(u32, ActionStatus)> = next.actions.iter().map(|a| (a.id.0, a.status)).collect();
    assert_eq!(
        open,
        [
            (3, ActionStatus::InProgress),
            (4, ActionStatus::Stalled),
            (6, ActionStatus::Planned)
        ]
    );
    assert!(
        next.actions
            .iter()
            .all(|a| a.inherited_from.as_deref() == Some(prev.id.as_str()))
    );
    let forum = next.action(ActionId(4)).unwrap();
    assert_eq!(
        forum.progress,
        prev.action(ActionId(4)).unwrap().progress,
        "notes come along"
    );

    // The room ranks afresh.
    assert!(next.ranking.votes.is_empty() && next.ranking.shortlist.is_empty());
    assert_eq!(next.lessons, Lessons::default());
    assert_eq!(next.stage, Stage::Prepare);
    assert!(next.validate().is_empty(), "{:?}", next.validate());
    assert!(next.audit[0].what.contains("4 problems and 3 open actions"));
}

#[test]
fn the_audit_line_words_one_problem_and_one_action_in_the_singular() {
    let mut prev = kibera();
    // Only the problem of action 3 (in progress) stays open, and only
    // action 3 with it, and the escalation of that problem still awaited.
    let keep = prev.action(ActionId(3)).unwrap().problem;
    for p in &mut prev.problems {
        p.resolved = p.id != keep;
    }
    for a in &mut prev.actions {
        if a.id != ActionId(3) && a.status.is_open() {
            a.status = ActionStatus::Done;
        }
    }
    let next = next_cycle(
        &prev,
        "cycle2".into(),
        "cycle 2".into(),
        day(2026, 9, 5),
        moment(),
    );
    assert_eq!((next.problems.len(), next.actions.len()), (1, 1));
    assert!(
        next.audit[0]
            .what
            .ends_with(": 1 problem and 1 open action carried over, 1 escalation still awaited"),
        "{}",
        next.audit[0].what
    );
}

#[test]
fn rank_movement_between_two_cycles() {
    let prev = kibera();
    // Cycle 1 ranks are read from the example file itself (see `before`).
    let mut next = next_cycle(
        &prev,
        "c2".into(),
        "cycle 2".into(),
        day(2026, 9, 5),
        moment(),
    );
    next.problems.retain(|p| p.id != ProblemId(4)); // fights at water points: dropped here
    next.problems.push(Problem {
        id: ProblemId(6),
        title: "Bhang sold to pupils".into(),
        ..Default::default()
    });
    let vote = |p: u32, g: u32| Vote {
        problem: ProblemId(p),
        group: GroupId(g),
        at: moment(),
    };
    // Cycle 2: extortion (5) first, domestic violence (3) second, new one third.
    for (p, n) in [(5, 9), (3, 7), (6, 5), (2, 2), (1, 1)] {
        for _ in 0..n {
            next.ranking.votes.push(vote(p, 3));
        }
    }
    next.problems
        .iter_mut()
        .find(|p| p.id == ProblemId(1))
        .unwrap()
        .resolved = true;

    let rows = compare_cycles(&prev, &next, None);
    let find = |t: &str| rows.iter().find(|r| r.title.starts_with(t)).unwrap();
    let before = |id: u32| {
        baraza::model::ranking::ranking(&prev, RankMethod::Dots, None)
            .into_iter()
            .find(|r| r.problem == ProblemId(id))
            .unwrap()
            .rank
    };
    let extortion = find("Police extortion");
    assert_eq!(extortion.now.map(|p| p.rank), Some(1));
    assert_eq!(extortion.before.map(|p| p.rank), Some(before(5)));
    assert_eq!(extortion.movement, Movement::Up(before(5) - 1));
    let gangs = find("Gang recruitment");
    assert_eq!(gangs.movement, Movement::Down(4 - before(2)));
    assert_eq!(find("Bhang").movement, Movement::New);
    assert_eq!(find("Bhang").before, None);
    assert_eq!(find("Mugging").movement, Movement::Resolved);
    assert_eq!(find("Fights at water").movement, Movement::Dropped);
    assert_eq!(find("Fights at water").now, None);

    // Per group: the youth's own ranks in both cycles.
    let youth = compare_cycles(&prev, &next, Some("Youth"));
    let extortion = youth
        .iter()
        .find(|r| r.title.starts_with("Police extortion"))
        .unwrap();
    assert_eq!(extortion.now.map(|p| p.rank), Some(1));
    assert_eq!(
        extortion.before.map(|p| p.rank),
        Some(2),
        "youth put 11 dots on it in cycle 1, second to gangs"
    );
}

#[test]
fn a_new_cycle_that_has_not_ranked_yet_shows_no_made_up_movement() {
    let prev = kibera();
    let next = next_cycle(
        &prev,
        "c2".into(),
        "cycle 2".into(),
        day(2026, 9, 5),
        moment(),
    );
    let rows = compare_cycles(&prev, &next, None);
    assert_eq!(rows.len(), 5);
    for row in &rows {
        assert_eq!(row.movement, Movement::NotRanked, "{row:?}");
        assert_eq!(row.now, None);
        assert!(row.before.is_some());
    }
    assert_eq!(Movement::NotRanked.label(), "not ranked yet");
}

/// The room's language comes along: a Kiswahili room's second cycle is on
/// the wall in Kiswahili without Prepare being visited again, and a room
/// that never chose one still has none (the interface language).
#[test]
fn the_next_cycle_keeps_the_rooms_language() {
    let mut prev = kibera();
    prev.language = Some("sw".into());
    let next = next_cycle(&prev, "c2".into(), "c2".into(), day(2026, 9, 5), moment());
    assert_eq!(next.language.as_deref(), Some("sw"));
    prev.language = None;
    let next = next_cycle(&prev, "c2".into(), "c2".into(), day(2026, 9, 5), moment());
    assert_eq!(next.language, None);
}
