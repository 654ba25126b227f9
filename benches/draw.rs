//! Key handling plus a full redraw on a large session (200 problems, 12 groups,
//! 5,000 dots, 300 actions) at 120×40: what the facilitator waits for after
//! every key. One frame at 60 Hz is 16.7 ms.

use baraza::clock::Clock;
use baraza::model::*;
use baraza::store::Store;
use baraza::tui::theme::ThemeName;
use baraza::tui::{App, Start};
use chrono::{DateTime, Duration, NaiveDate};
use criterion::{Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

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

fn key(code: KeyCode) -> Event {
    Event::Key(KeyEvent::new(code, KeyModifiers::NONE))
}

fn bench(c: &mut Criterion) {
    let dir = tempfile::TempDir::new().unwrap();
    let store = Store::open(dir.path().join("sessions")).unwrap();
    let path = store.create(&large_session()).unwrap();
    let clock = Clock::fixed(DateTime::parse_from_rfc3339("2026-11-27T10:42:07+03:00").unwrap());
    let mut app = App::new(store, clock, ThemeName::Dark, None);
    app.start(Start::Open(path));
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();

    let mut group = c.benchmark_group("120x40 large session");
    let panels = ["Prepare", "Identify", "Rank", "Plan", "Monitor", "Learn"];
    // The session opens on Learn (the stage reached); Shift+Tab walks back.
    for _ in 0..5 {
        app.handle_event(&Event::Key(KeyEvent::new(
            KeyCode::BackTab,
            KeyModifiers::SHIFT,
        )));
    }
    for (i, panel) in panels.iter().enumerate() {
        if i > 0 {
            app.handle_event(&key(KeyCode::Tab));
        }
        group.bench_function(format!("{panel}: ↓ and redraw"), |b| {
            b.iter(|| {
                app.handle_event(&key(KeyCode::Down));
                terminal.draw(|f| app.draw(f)).unwrap();
            })
        });
    }
    // Back to Rank: a dot added (applied, logged, saved to disk) and redrawn,
    // then undone, so the session does not grow without end.
    for _ in 0..3 {
        app.handle_event(&Event::Key(KeyEvent::new(
            KeyCode::BackTab,
            KeyModifiers::SHIFT,
        )));
    }
    group.bench_function("Rank: + (save included), redraw, undo, redraw", |b| {
        b.iter(|| {
            app.handle_event(&key(KeyCode::Char('+')));
            terminal.draw(|f| app.draw(f)).unwrap();
            app.handle_event(&key(KeyCode::Char('u')));
            terminal.draw(|f| app.draw(f)).unwrap();
        })
    });
    group.finish();
}

/// The autosave after each change: encode the whole session and write it
/// atomically (fsync included).
fn autosave(c: &mut Criterion) {
    let dir = tempfile::TempDir::new().unwrap();
    let path = dir.path().join("large.ron");
    let session = large_session();
    let mut group = c.benchmark_group("autosave large session");
    group.bench_function("encode", |b| b.iter(|| baraza::store::encode(&session)));
    group.bench_function("encode + atomic write", |b| {
        b.iter(|| baraza::store::save(&path, &session).unwrap())
    });
    group.finish();
}

criterion_group!(benches, bench, autosave);
criterion_main!(benches);
