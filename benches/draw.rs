//! Key → frame: the real app handles a key and redraws the whole screen at
//! 120×40 on ratatui's `TestBackend`, what the facilitator waits for after
//! every key. The floor is one frame of a bare paragraph on the same backend
//! (ratatui's own cost of a full-screen frame); the goal of issue 12 is 1 ms a
//! key on the large session and 5 ms at the stress sizes.
//!
//! Groups: `large` is the large session of issue 12 (200 problems, 12 groups,
//! 5,000 dots, 300 actions); `stress` has 2,000 problems, 100 groups and
//! 20,000 dots; `pasted 5,000 lines` is the large session after 5,000 lines
//! were pasted into Identify; `10 MB` is the large session with 37,000 more
//! dots, each with its audit entry (a 10 MB file).
//!
//! `cargo bench --bench draw -- "frame large"` runs one group.

use std::time::Duration;

use baraza::model::Stage;
use baraza::tui::App;
use criterion::Criterion;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyCode};

#[path = "support/mod.rs"]
mod support;

use support::fixtures::{self, LARGE, STRESS, back_tab, key};
use support::ratios::{Goal, Group, timed, wanted};

const MS: Duration = Duration::from_millis(1);
const PLUS_UNDO: &str = "Rank + then u (two keys)";
const ROOM_DOWN: &str = "room view (p): Rank ↓";
const ROOM_PLUS_UNDO: &str = "room view (p): Rank + then u";

/// The same keys with the room's screen shown in the window (`p`), which is
/// drawn from the session at every frame: `p` on, ↓, `+` then `u`, `p` off.
fn room_view(group: &mut Group, goal: Duration, app: &mut App) {
    app.handle_event(&key(KeyCode::Char('p')));
    down(group, ROOM_DOWN, goal, app);
    plus_then_undo(group, ROOM_PLUS_UNDO, 2 * goal, app);
    app.handle_event(&key(KeyCode::Char('p')));
}

fn terminal() -> Terminal<TestBackend> {
    Terminal::new(TestBackend::new(120, 40)).unwrap()
}

/// Keys then one frame, timed.
fn keys_then_frame(app: &mut App, term: &mut Terminal<TestBackend>, keys: &[Event]) -> Duration {
    timed(|| {
        for k in keys {
            app.handle_event(k);
        }
        term.draw(|f| app.draw(f)).unwrap();
    })
}

/// `+` and a frame, then `u` and a frame: a dot added (applied, logged,
/// handed to the saver) and taken back, so the session does not grow.
fn plus_undo(app: &mut App, term: &mut Terminal<TestBackend>) -> Duration {
    keys_then_frame(app, term, &[key(KeyCode::Char('+'))])
        + keys_then_frame(app, term, &[key(KeyCode::Char('u'))])
}

/// ↓ on `panel`, measured against a bare frame.
fn down(group: &mut Group, name: &str, goal: Duration, app: &mut App) {
    let (mut bare, mut term) = (terminal(), terminal());
    group.pair(
        name,
        "a bare frame",
        Goal::Within(goal),
        || support::floors::frame(&mut bare),
        || keys_then_frame(app, &mut term, &[key(KeyCode::Down)]),
    );
}

fn plus_then_undo(group: &mut Group, name: &str, goal: Duration, app: &mut App) {
    fixtures::assert_plus_records(app);
    let (mut bare, mut term) = (terminal(), terminal());
    group.pair(
        name,
        "two bare frames",
        Goal::Within(goal),
        || support::floors::frame(&mut bare) + support::floors::frame(&mut bare),
        || plus_undo(app, &mut term),
    );
}

fn large(c: &mut Criterion) {
    const NAME: &str = "key→frame large";
    const PANELS: [&str; 6] = ["Prepare", "Identify", "Rank", "Plan", "Monitor", "Learn"];
    let names: Vec<String> = PANELS.iter().map(|p| format!("{p} ↓")).collect();
    let mut all: Vec<&str> = names.iter().map(String::as_str).collect();
    all.extend([PLUS_UNDO, ROOM_DOWN, ROOM_PLUS_UNDO]);
    if !wanted(NAME, &all) {
        return;
    }
    let session = fixtures::sized_session(LARGE, Stage::Learn);
    let (_dir, mut app) = fixtures::open_app(&session);
    let mut group = Group::new(
        c,
        NAME,
        30,
        Duration::from_millis(500),
        Duration::from_secs(2),
    );
    // The session opens on Learn (the stage reached); Shift+Tab walks back.
    for _ in 0..5 {
        app.handle_event(&back_tab());
    }
    for (i, name) in names.iter().enumerate() {
        if i > 0 {
            app.handle_event(&key(KeyCode::Tab));
        }
        down(&mut group, name, MS, &mut app);
    }
    for _ in 0..3 {
        app.handle_event(&back_tab());
    }
    plus_then_undo(&mut group, PLUS_UNDO, 2 * MS, &mut app);
    room_view(&mut group, MS, &mut app);
    group.finish();
}

fn stress(c: &mut Criterion) {
    const NAME: &str = "key→frame stress";
    if !wanted(
        NAME,
        &["Rank ↓", PLUS_UNDO, ROOM_DOWN, ROOM_PLUS_UNDO, "Plan ↓"],
    ) {
        return;
    }
    let session = fixtures::sized_session(STRESS, Stage::Rank);
    let (_dir, mut app) = fixtures::open_app(&session);
    let mut group = Group::new(
        c,
        NAME,
        10,
        Duration::from_millis(500),
        Duration::from_secs(3),
    );
    down(&mut group, "Rank ↓", 5 * MS, &mut app);
    plus_then_undo(&mut group, PLUS_UNDO, 10 * MS, &mut app);
    room_view(&mut group, 5 * MS, &mut app);
    app.handle_event(&key(KeyCode::Tab));
    down(&mut group, "Plan ↓", 5 * MS, &mut app);
    group.finish();
}

/// The large session after 5,000 lines pasted into Identify's capture line
/// (one problem per line).
fn pasted(c: &mut Criterion) {
    const NAME: &str = "key→frame pasted 5,000 lines";
    if !wanted(NAME, &["Rank ↓", "Plan ↓"]) {
        return;
    }
    let session = fixtures::sized_session(LARGE, Stage::Identify);
    let (_dir, mut app) = fixtures::open_app(&session);
    let lines: Vec<String> = (1..=5_000)
        .map(|i| format!("Pasted problem number {i} from the notes"))
        .collect();
    app.handle_event(&key(KeyCode::Char('a')));
    app.handle_event(&Event::Paste(lines.join("\n")));
    app.handle_event(&key(KeyCode::Esc));
    let problems = app.workshop().unwrap().doc().session().problems.len();
    assert_eq!(problems, 5_200, "the paste added one problem per line");
    app.handle_event(&key(KeyCode::Tab));
    let mut group = Group::new(
        c,
        NAME,
        10,
        Duration::from_millis(500),
        Duration::from_secs(3),
    );
    down(&mut group, "Rank ↓", 5 * MS, &mut app);
    app.handle_event(&key(KeyCode::Tab));
    down(&mut group, "Plan ↓", 5 * MS, &mut app);
    group.finish();
}

/// The large session with a long dot history: a 10 MB file.
fn ten_megabytes(c: &mut Criterion) {
    const NAME: &str = "key→frame 10 MB";
    if !wanted(NAME, &["Rank ↓", PLUS_UNDO]) {
        return;
    }
    let session = fixtures::session_of_megabytes(10.0, Stage::Rank);
    let (_dir, mut app) = fixtures::open_app(&session);
    let mut group = Group::new(
        c,
        NAME,
        10,
        Duration::from_millis(500),
        Duration::from_secs(3),
    );
    down(&mut group, "Rank ↓", 5 * MS, &mut app);
    plus_then_undo(&mut group, PLUS_UNDO, 10 * MS, &mut app);
    group.finish();
}

/// Repeats `keys`, each followed by a frame, `n` times: the only code a profiler is told
/// to record (`--toggle-collect='*profile_loop*'`, see the README).
#[inline(never)]
fn profile_loop(app: &mut App, term: &mut Terminal<TestBackend>, keys: &[Event], n: usize) {
    for _ in 0..n {
        for k in keys {
            keys_then_frame(app, term, std::slice::from_ref(k));
        }
    }
}

/// `BARAZA_BENCH_PROFILE=CASE[:N]`: sets up one case as the benchmark does
/// and runs its key N times (default 50) with no criterion around it, for
/// callgrind or perf. CASE is `SIZE-PANEL-KEY`: SIZE `large`, `stress`,
/// `pasted` or `10mb`; PANEL `rank`, `plan` or `room` (Rank with the room's
/// screen shown, `p`); KEY `down` or `plus` (`+` then `u`).
fn profile(spec: &str) {
    let (case, n) = spec.split_once(':').unwrap_or((spec, "50"));
    let n: usize = n.parse().expect("a count of repeats");
    let parts: Vec<&str> = case.split('-').collect();
    let [size, panel, key_name] = parts[..] else {
        panic!("CASE is SIZE-PANEL-KEY, e.g. stress-rank-down");
    };
    let session = match size {
        "large" => fixtures::sized_session(LARGE, Stage::Rank),
        "stress" => fixtures::sized_session(STRESS, Stage::Rank),
        "pasted" => fixtures::sized_session(LARGE, Stage::Identify),
        "10mb" => fixtures::session_of_megabytes(10.0, Stage::Rank),
        other => panic!("unknown size {other}"),
    };
    let (_dir, mut app) = fixtures::open_app(&session);
    if size == "pasted" {
        let lines: Vec<String> = (1..=5_000).map(|i| format!("Pasted problem {i}")).collect();
        app.handle_event(&key(KeyCode::Char('a')));
        app.handle_event(&Event::Paste(lines.join("\n")));
        app.handle_event(&key(KeyCode::Esc));
        app.handle_event(&key(KeyCode::Tab));
    }
    match panel {
        "plan" => app.handle_event(&key(KeyCode::Tab)),
        "room" => app.handle_event(&key(KeyCode::Char('p'))),
        _ => {}
    }
    let keys: Vec<Event> = match key_name {
        "down" => vec![key(KeyCode::Down)],
        "plus" => vec![key(KeyCode::Char('+')), key(KeyCode::Char('u'))],
        other => panic!("unknown key {other}"),
    };
    let mut term = terminal();
    profile_loop(&mut app, &mut term, &keys, n);
    app.workshop().unwrap().doc().flush();
}

fn main() {
    support::run_floor_mode_if_asked();
    if let Some(spec) = std::env::var_os("BARAZA_BENCH_PROFILE") {
        return profile(&spec.to_string_lossy());
    }
    let mut c = Criterion::default().configure_from_args();
    large(&mut c);
    stress(&mut c);
    pasted(&mut c);
    ten_megabytes(&mut c);
    c.final_summary();
    support::ratios::print_table("draw");
}
