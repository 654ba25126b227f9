//! A whole workshop through key events alone, as a facilitator runs it: create
//! the session, prepare the room, name problems, vote, plan, monitor, learn —
//! then the file on disk holds every value.

use crate::common;

use baraza::clock::Clock;
use baraza::model::*;
use common::{Harness, day, moment};

#[test]
fn a_whole_workshop_by_keys_alone() {
    let mut h = Harness::with_clock(Clock::stepping(moment()));

    // The session list: a new session.
    h.keys("n");
    h.type_text("Kibera security baraza");
    h.keys("<Tab>");
    h.type_text("Kibera, Nairobi");
    h.keys("<Tab><Tab>");
    h.type_text("Amina Odhiambo, राम बहादुर");
    h.keys("<Enter>");
    assert_eq!(h.session().stage, Stage::Prepare);

    // Prepare: four groups, quick entry (name, Tab, count, Enter).
    for (name, count) in [
        ("Women", "14"),
        ("Men", "11"),
        ("Youth", "9"),
        ("Elders", "5"),
    ] {
        h.keys("a");
        h.type_text(name);
        h.keys("<Tab>");
        h.type_text(count);
        h.keys("<Enter>");
    }
    assert_eq!(h.session().groups.len(), 4, "{}", h.message());
    h.keys("n");
    h.paste("Tension between youth and police since the March raids.\nChief attends.");
    h.keys("<C-s>");

    // Identify: six problems captured one after the other.
    h.keys("<Tab>a");
    let titles = [
        "Theft at the market after dark",
        "سرقة المواشي ليلاً",
        "Drunk driving on the main road 🚗",
        "Land disputes between families",
        "Youth unemployment and idleness",
        "Police slow to respond to calls",
    ];
    for t in titles {
        h.type_text(t);
        h.keys("<Enter>");
    }
    h.keys("<Enter>");
    let got: Vec<&str> = h
        .session()
        .problems
        .iter()
        .map(|p| p.title.as_str())
        .collect();
    assert_eq!(got, titles);
    // Details of the first: causes and effects, one per line, and the flag.
    // The tree comes first in the form: causes, effects.
    h.keys("<Home>e");
    h.keys("<Tab>");
    h.paste("no street lights\nno patrols");
    h.keys("<Tab>");
    h.type_text("traders close early");
    h.keys("<Tab>");
    h.type_text("Stalls broken into at night.");
    h.keys("<Tab><Tab><Tab>");
    h.type_text("Toi market");
    h.keys("<Tab><Space><Right><Right><Space>");
    h.keys("<Tab><Space><Enter>");
    let theft = h.session().problems[0].clone();
    assert_eq!(
        theft.causes,
        ["no street lights", "no patrols"],
        "{}",
        h.message()
    );
    assert_eq!(theft.effects, ["traders close early"]);
    assert_eq!(theft.location, "Toi market");
    assert_eq!(theft.raised_by, [GroupId(1), GroupId(3)]);
    assert!(theft.needs_escalation);

    // Rank: 44 dots from four groups.
    h.keys("<Tab>");
    assert!(h.render(80, 24).contains("Voting: Women"));
    // (problem position in the sorted chart changes as dots come in, so each
    // group votes from the top of the list by moving to a title's row.)
    let plan: [(usize, &[(&str, usize)]); 4] = [
        (0, &[("Theft", 6), ("سرقة", 3), ("Police slow", 5)]),
        (1, &[("Land", 4), ("Theft", 3), ("Drunk", 5)]),
        (2, &[("Youth unemployment", 7), ("Police slow", 3)]),
        (3, &[("Land", 5), ("سرقة", 3)]),
    ];
    for (group, votes) in plan {
        for (title, n) in votes {
            select_in_chart(&mut h, title);
            for _ in 0..*n {
                h.keys("+");
            }
        }
        assert!(h.render(120, 40).contains(
            [
                "Voting: Women",
                "Voting: Men",
                "Voting: Youth",
                "Voting: Elders"
            ][group]
        ));
        h.keys("g<Enter>");
    }
    assert_eq!(h.session().ranking.votes.len(), 44);
    // Undo three dots and redo two of them.
    h.keys("uu<C-z><C-y><C-y>");
    assert_eq!(h.session().ranking.votes.len(), 43);
    h.keys("+");
    assert_eq!(h.session().ranking.votes.len(), 44);
    // Shortlist the top three: Land (9), Theft (9), Police slow (8).
    h.keys("s");
    let shortlist: Vec<&str> = h
        .session()
        .ranking
        .shortlist
        .iter()
        .map(|id| h.session().problem_title(*id))
        .collect();
    assert_eq!(
        shortlist,
        [
            "Land disputes between families",
            "Theft at the market after dark",
            "Police slow to respond to calls"
        ]
    );

    // Plan: two actions for each shortlisted problem.
    h.keys("<Tab>");
    let actions = [
        ("Elders' mediation committee", "Elders", "+2w"),
        (
            "Map disputed plots with the chief",
            "Local authority",
            "2026-12-20",
        ),
        ("Community patrol on the market road", "community", "+1w"),
        (
            "Street lights at the market",
            "local authority",
            "2027-01-31",
        ),
        ("Police hotline posted at the market", "police", "+3"),
        ("Monthly police–community forum", "police", "2026-12-15"),
    ];
    for (i, (activity, who, due)) in actions.iter().enumerate() {
        if i % 2 == 0 && i > 0 {
            // From the last action of a problem, down to the next problem.
            h.keys("<Down>");
        }
        // Activity, responsible, due: the first three fields; the start
        // three further on.
        h.keys("a");
        h.type_text(activity);
        h.keys("<Tab>");
        h.type_text(who);
        h.keys("<Tab>");
        h.type_text(due);
        h.keys("<Tab><Tab><Tab>");
        h.type_text("2026-11-28");
        h.keys("<Enter>");
    }
    let s = h.session();
    assert_eq!(s.actions.len(), 6, "{}", h.message());
    for (i, list_id) in s.ranking.shortlist.iter().enumerate() {
        let mine: Vec<&str> = s
            .actions
            .iter()
            .filter(|a| a.problem == *list_id)
            .map(|a| a.activity.as_str())
            .collect();
        assert_eq!(mine, [actions[2 * i].0, actions[2 * i + 1].0]);
    }

    // Monitor: statuses and a progress note.
    h.keys("<Tab>");
    h.keys("<Home>2<Down>3<Down>4");
    // The note form opens on the text (the date defaults to today).
    h.keys("<Home>n");
    h.type_text("Committee met twice 👍");
    h.keys("<Enter>");
    let s = h.session();
    let statuses: Vec<ActionStatus> = s.actions.iter().map(|a| a.status).collect();
    assert_eq!(
        statuses
            .iter()
            .filter(|st| **st == ActionStatus::InProgress)
            .count(),
        1
    );
    assert_eq!(
        statuses
            .iter()
            .filter(|st| **st == ActionStatus::Done)
            .count(),
        1
    );
    assert_eq!(
        statuses
            .iter()
            .filter(|st| **st == ActionStatus::Stalled)
            .count(),
        1
    );
    let noted: Vec<&Action> = s
        .actions
        .iter()
        .filter(|a| !a.progress.is_empty())
        .collect();
    assert_eq!(noted.len(), 1);
    assert_eq!(noted[0].progress[0].text, "Committee met twice 👍");

    // Learn: a lesson.
    h.keys("<Tab><Enter>");
    h.type_text("Meeting at the market brought more women.");
    h.keys("<A-Enter>");
    h.type_text("Police came to every meeting.");
    h.keys("<Enter>");

    // Back to the list; the file on disk holds everything.
    let path = h.path();
    h.keys("q");
    assert!(h.app.workshop().is_none());
    let saved = common::load(&path);
    assert_eq!(saved.title, "Kibera security baraza");
    assert_eq!(saved.location, "Kibera, Nairobi");
    assert_eq!(saved.date, moment().date_naive());
    assert_eq!(saved.facilitators, ["Amina Odhiambo", "राम बहादुर"]);
    let groups: Vec<(&str, u32)> = saved
        .groups
        .iter()
        .map(|g| (g.name.as_str(), g.count))
        .collect();
    assert_eq!(
        groups,
        [("Women", 14), ("Men", 11), ("Youth", 9), ("Elders", 5)]
    );
    assert_eq!(
        saved.context,
        "Tension between youth and police since the March raids.\nChief attends."
    );
    assert_eq!(saved.problems.len(), 6);
    assert_eq!(saved.problems[1].title, "سرقة المواشي ليلاً");
    assert_eq!(saved.problems[2].title, "Drunk driving on the main road 🚗");
    assert_eq!(saved.problems[0], theft);
    let per_group: Vec<usize> = (1..=4).map(|g| saved.dots_used(GroupId(g))).collect();
    // The dot undone and redone was the Elders' last; the one added after it
    // came from Women (`g` had gone round to them again).
    assert_eq!(per_group, [15, 12, 10, 7]);
    assert_eq!(saved.ranking.votes.len(), 44);
    assert!(
        saved.ranking.votes.windows(2).all(|w| w[0].at < w[1].at),
        "each dot has its own time"
    );
    assert_eq!(saved.ranking.shortlist.len(), 3);
    assert_eq!(saved.actions.len(), 6);
    let first = &saved.actions[0];
    assert_eq!(first.responsible, "Elders");
    assert_eq!(first.start, Some(day(2026, 11, 28)));
    assert!(first.due.is_some());
    assert_eq!(saved.actions[1].due, Some(day(2026, 12, 20)));
    assert_eq!(
        saved.lessons.worked,
        "Meeting at the market brought more women.\nPolice came to every meeting."
    );
    assert_eq!(saved.stage, Stage::Learn);
    // The audit log has every change, undo and redo, in time order.
    let kinds = |k: AuditKind| saved.audit.iter().filter(|a| a.kind == k).count();
    assert_eq!(kinds(AuditKind::Undo), 3);
    assert_eq!(kinds(AuditKind::Redo), 2);
    assert!(saved.audit.windows(2).all(|w| w[0].at <= w[1].at));
    assert!(
        saved
            .audit
            .iter()
            .any(|a| a.what.contains("Committee met twice") || a.what.starts_with("progress note"))
    );
    // The list shows where the workshop got to.
    let entry = h
        .app
        .list()
        .entries()
        .iter()
        .find(|e| e.path == path)
        .unwrap();
    let summary = entry.summary.as_ref().unwrap();
    assert_eq!(
        (
            summary.stage,
            summary.problems,
            summary.votes,
            summary.actions
        ),
        (Stage::Learn, 6, 44, 6)
    );
}

/// Moves the Rank chart's selection to the row whose title starts with `title`.
fn select_in_chart(h: &mut Harness, title: &str) {
    h.keys("<Home>");
    for _ in 0..10 {
        let screen = h.render(120, 40);
        // Chart rows start with the ▶ marker and the rank.
        let selected = screen
            .lines()
            .find(|l| l.trim_start_matches('"').starts_with(" ▶ "));
        if selected.is_some_and(|l| l.contains(title)) {
            return;
        }
        h.keys("<Down>");
    }
    panic!("{title} not found in the chart:\n{}", h.render(120, 40));
}

#[test]
fn looking_ahead_records_nothing_and_working_on_a_panel_moves_the_stage() {
    let mut h = Harness::open(&common::session_with_groups("Stages"));
    h.keys("<Tab><Tab><Tab><Tab><Tab>");
    assert_eq!(
        h.saved().stage,
        Stage::Prepare,
        "tabbing through shows, it does not record"
    );
    h.keys("<S-Tab><S-Tab><S-Tab><S-Tab>a");
    h.type_text("Theft at the market");
    h.keys("<Enter><Enter>");
    assert_eq!(h.saved().stage, Stage::Identify);
    h.keys("<Tab>+");
    assert_eq!(h.saved().stage, Stage::Rank);
    // Work on an earlier panel never moves it back.
    h.keys("<S-Tab><S-Tab>a");
    h.type_text("Police");
    h.keys("<Tab>2<Enter>");
    assert_eq!(h.saved().stage, Stage::Rank);
}
