//! Key handling plus a full redraw on a large session (200 problems, 12 groups,
//! 5,000 dots, 300 actions) at 120×40: what the facilitator waits for after
//! every key. One frame at 60 Hz is 16.7 ms.

use baraza::clock::Clock;
use baraza::store::Store;
use baraza::tui::theme::ThemeName;
use baraza::tui::{App, Start};
use chrono::DateTime;
use criterion::{Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

mod common;
use common::large_session;

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
