//! What several benches share: the large session.
#![allow(dead_code)]

use baraza::model::*;
use chrono::{DateTime, Duration, NaiveDate};

/// A session the size of a long, crowded workshop.
pub fn large_session() -> Session {
    let t0 = DateTime::parse_from_rfc3339("2026-11-27T09:00:00+03:00").unwrap();
    let mut s = Session::new(
        "large".into(),
        "Large county baraza".into(),
        NaiveDate::from_ymd_opt(2026, 11, 27).unwrap(),
        t0,
    );
    s.location = "Nakuru County".into();
    for g in 0..12u32 {
        s.groups.push(Group {
            id: GroupId(g + 1),
            name: format!("Group {} — ward {}", g + 1, g % 4 + 1),
            count: 10 + g,
        });
    }
    let titles = [
        "Cattle theft",
        "سرقة الهواتف",
        "घरेलु हिंसा",
        "Драки у колодца",
        "Drug selling 🔥",
    ];
    for p in 0..200u32 {
        s.problems.push(Problem {
            id: ProblemId(p + 1),
            title: format!("{} #{}", titles[p as usize % titles.len()], p + 1),
            description: "Reported by several groups; happens at night near the market.".into(),
            category: s.categories[p as usize % s.categories.len()].clone(),
            location: "Market road".into(),
            raised_by: vec![GroupId(p % 12 + 1)],
            causes: vec!["unemployment".into(), "no lighting".into()],
            effects: vec!["fear".into(), "injuries".into()],
            needs_escalation: p % 7 == 0,
            ..Default::default()
        });
    }
    for v in 0..5_000u32 {
        s.ranking.votes.push(Vote {
            problem: ProblemId((v * 7919) % 200 + 1),
            group: GroupId(v % 12 + 1),
            at: t0 + Duration::seconds(i64::from(v)),
        });
    }
    s.ranking.shortlist = (1..=20).map(ProblemId).collect();
    for a in 0..300u32 {
        s.actions.push(Action {
            id: ActionId(a + 1),
            problem: ProblemId(a % 20 + 1),
            activity: format!("Action {} with the chief and the police", a + 1),
            responsible: ["Community", "Police", "Local authority", "CSO"][a as usize % 4].into(),
            due: NaiveDate::from_ymd_opt(2026, 10 + a % 3, 1 + a % 28),
            status: ActionStatus::ALL[a as usize % 5],
            progress: vec![ProgressNote {
                date: NaiveDate::from_ymd_opt(2026, 11, 1).unwrap(),
                text: "Met the ward administrator".into(),
                at: t0,
            }],
            ..Default::default()
        });
    }
    s.stage = Stage::Learn;
    s
}
