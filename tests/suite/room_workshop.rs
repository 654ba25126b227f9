//! The room's screen as the facilitator drives it, on the injected clock:
//! `p`, `.`, the timer (`t`: countdown, pause, +1 min, zero, restart),
//! blind voting (`h`), the time worked on each panel in the reports, the cue
//! file audience windows follow, and the audience window itself following
//! saves in the same process.

use crate::common;

use std::time::{Duration, Instant};

use baraza::clock::{Clock, Hand};
use baraza::model::room::{RankScreen, TimerState};
use baraza::model::*;
use baraza::report::{Options, html, markdown};
use baraza::store::{Store, cue};
use baraza::tui::theme::ThemeName;
use baraza::tui::{App, Start};
use common::{Harness, moment};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

/// The example session from Eastleigh (dots recorded), open for editing on
/// a clock the test moves; five dots a participant, so every group has dots
/// left to place (a dot over the budget asks first).
fn open_on_manual_clock() -> (Harness, Hand) {
    let (clock, hand) = Clock::manual(moment());
    let mut h = Harness::with_clock(clock);
    let mut s = Harness::examples().remove(1);
    s.dots_per_participant = 5;
    let path = h.store().create(&s).unwrap();
    h.app.start(Start::Open(path));
    (h, hand)
}

fn title_bar(h: &mut Harness) -> String {
    h.render(120, 40)
        .lines()
        .next()
        .unwrap_or_default()
        .to_string()
}

#[test]
fn the_timer_counts_down_pauses_takes_a_minute_more_and_says_when_time_is_up() {
    let (mut h, hand) = open_on_manual_clock();
    // t, Enter: the preset under the cursor, five minutes.
    h.keys("t<Enter>");
    assert_eq!(h.message(), "timer: 5:00 from now");
    hand.advance(60);
    assert!(
        title_bar(&mut h).contains("⏱ 4:00"),
        "{}",
        title_bar(&mut h)
    );
    // Paused, time does not count.
    h.keys("t<Space>");
    hand.advance(120);
    assert!(title_bar(&mut h).contains("⏸ 4:00 paused"));
    h.keys("t<Space>");
    hand.advance(30);
    assert!(title_bar(&mut h).contains("⏱ 3:30"));
    // One more minute.
    h.keys("t+");
    assert_eq!(h.message(), "one more minute: 4:30 left");
    hand.advance(270);
    let bar = title_bar(&mut h);
    assert!(bar.contains("⏰ TIME IS UP +0:00"), "{bar}");
    // The room's screen says it in words, across the heading, flashing.
    h.keys("p");
    let wall = h.render(80, 24);
    assert!(wall.contains("TIME IS UP"), "{wall}");
    hand.advance(5);
    assert!(title_bar(&mut h).contains("+0:05") || h.render(80, 24).contains("TIME IS UP"));
    // A minute more after zero counts from now, not from when it ran out.
    h.keys("t+");
    let t = h.app.workshop().unwrap().timer().copied().unwrap();
    assert_eq!(t.state(h.clock.now()), TimerState::Running { left: 60 });
    // Stop.
    h.keys("ts");
    assert!(h.app.workshop().unwrap().timer().is_none());
    assert_eq!(h.message(), "timer stopped");
}

#[test]
fn a_typed_duration_starts_the_timer_and_a_wrong_one_says_what_to_type() {
    let (mut h, _hand) = open_on_manual_clock();
    h.keys("t99h<Enter>");
    assert!(h.message().starts_with("not a duration"), "{}", h.message());
    assert!(h.app.workshop().unwrap().timer().is_none());
    // The box is still open: the typing goes on.
    h.keys("<BS><BS><BS>7:30<Enter>");
    let t = h.app.workshop().unwrap().timer().copied().unwrap();
    assert_eq!(t.seconds, 450);
    h.keys("t<Esc>");
    assert!(
        h.app.workshop().unwrap().timer().is_some(),
        "Esc leaves it running"
    );
}

#[test]
fn the_timer_and_the_blank_wall_survive_a_restart_of_the_facilitator_window() {
    let (mut h, hand) = open_on_manual_clock();
    let path = h.path();
    h.keys("t<Down><Enter>.");
    hand.advance(90);
    h.app.workshop().unwrap().flush_cue();
    // The window closes (or is killed: the cue file was written already).
    h.keys("q");
    assert!(h.app.workshop().is_none());
    hand.advance(30);
    h.app.start(Start::Open(path.clone()));
    let w = h.app.workshop().unwrap();
    let t = w.timer().copied().expect("the timer carries on");
    // Ten minutes, two minutes gone while it was open and closed.
    assert_eq!(t.state(h.clock.now()), TimerState::Running { left: 480 });
    assert!(title_bar(&mut h).contains("WALL BLANK"));
    // An audience window opened now shows the same.
    let mut wall = audience(&h, &path);
    let screen = render(&mut wall, 64, 20);
    assert!(
        screen.contains("Eastleigh market security baraza"),
        "{screen}"
    );
    assert!(
        !screen.contains("Phone snatching"),
        "blank: only the title\n{screen}"
    );
}

#[test]
fn time_worked_on_each_panel_is_recorded_without_undo_steps_and_reported() {
    let (mut h, hand) = open_on_manual_clock();
    let path = h.path();
    h.keys("<S-Tab><S-Tab>");
    // Ten minutes on Prepare, a key every five.
    for _ in 0..2 {
        hand.advance(300);
        h.keys("j");
    }
    h.keys("<Tab>");
    // Nineteen minutes of keys on Identify, then a two-hour lunch with the
    // laptop open: of that, the fifteen minutes after the last key count
    // (the room was still talking), the rest does not.
    for _ in 0..4 {
        hand.advance(285);
        h.keys("j");
    }
    hand.advance(2 * 3600);
    h.keys("<Tab>");
    // Undo takes back no minute of the clock: there is nothing else to undo.
    h.keys("u");
    assert_eq!(h.message(), "nothing to undo");
    h.keys("q");
    let saved = common::load(&path);
    assert_eq!(saved.worked.get(&Stage::Prepare), Some(&600));
    assert_eq!(
        saved.worked.get(&Stage::Identify),
        Some(&(4 * 285 + 15 * 60))
    );
    let worked: Vec<&str> = saved
        .audit
        .iter()
        .map(|a| a.what.as_str())
        .filter(|w| w.starts_with("time on "))
        .collect();
    assert!(
        worked.iter().any(|w| w.ends_with("34 min in all")),
        "{worked:?}"
    );
    // A few lines an hour, not one a tick.
    assert!(worked.len() <= 8, "{worked:?}");
    let options = Options::new(moment().date_naive());
    for report in [
        markdown::markdown(&saved, &options),
        html::html(&saved, &options),
    ] {
        assert!(report.contains("Prepare: 10 min"), "{report}");
        assert!(report.contains("Identify: 34 min"), "{report}");
    }
}

#[test]
fn a_blind_vote_hides_the_totals_on_the_wall_is_recorded_undoable_and_reported() {
    let (mut h, _hand) = open_on_manual_clock();
    h.keys("h");
    assert_eq!(h.session().ranking.blind, Blind::Hidden);
    assert!(title_bar(&mut h).contains("BLIND VOTE"));
    h.keys("p");
    let wall = h.render(80, 24);
    assert!(wall.contains("Blind dot vote"), "{wall}");
    assert!(!wall.contains(" 23"), "a total shows:\n{wall}");
    // The facilitator still records dots on the room's screen.
    h.keys("+");
    assert!(h.render(80, 24).contains("43/70"));
    h.keys("uh");
    assert_eq!(h.saved().ranking.blind, Blind::Revealed);
    assert!(h.render(80, 24).contains("Dot voting"));
    let saved = h.saved();
    assert!(
        saved
            .audit
            .iter()
            .any(|a| a.what == "blind dot voting: totals kept off the room's screen")
    );
    let md = markdown::markdown(&saved, &Options::new(moment().date_naive()));
    assert!(md.contains("The dot vote was blind"), "{md}");
    h.keys("u");
    assert_eq!(h.saved().ranking.blind, Blind::Hidden);
}

#[test]
fn p_shows_the_room_view_here_and_the_same_keys_drive_it() {
    let (mut h, _hand) = open_on_manual_clock();
    h.keys("p");
    let wall = h.render(64, 20);
    assert!(wall.contains("Dot voting"), "{wall}");
    assert!(!wall.contains("? help"), "no key hints on the wall\n{wall}");
    // Smaller than the facilitator's screen allows: the room's screen draws.
    assert!(h.render(48, 14).contains("Dot voting"));
    h.keys("+");
    assert_eq!(h.saved().ranking.votes.len(), 118);
    // Typing shows on the wall for what the room may see...
    h.keys("<S-Tab>a");
    h.type_text("Wizi wa simu");
    let wall = h.render(64, 20);
    assert!(wall.contains("✎ New problem: Wizi wa simu"), "{wall}");
    h.keys("<Enter><Esc>");
    // ...and not for what it may not: a problem's causes.
    h.keys("<Enter><Tab>");
    h.type_text("the chief's nephew");
    let wall = h.render(80, 24);
    assert!(wall.contains("✎ Causes: not shown"), "{wall}");
    assert!(!wall.contains("nephew"), "{wall}");
    h.keys("<Esc>y");
    h.keys("p");
    assert!(
        h.render(80, 24).contains("? help"),
        "the facilitator's screen again"
    );
}

#[test]
fn the_cue_file_is_private_follows_the_facilitator_and_a_read_only_window_writes_none() {
    let (mut h, _hand) = open_on_manual_clock();
    let path = h.path();
    h.keys("jj<Tab>");
    h.app.workshop().unwrap().flush_cue();
    let cue_path = cue::cue_path(&path);
    let c = cue::read_cue(&path).unwrap().unwrap();
    assert_eq!(c.panel, Stage::Plan);
    h.keys("<S-Tab>r");
    h.app.workshop().unwrap().flush_cue();
    let c = cue::read_cue(&path).unwrap().unwrap();
    assert_eq!((c.panel, c.focus.rank), (Stage::Rank, RankScreen::Results));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&cue_path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    // `check` knows the file for what it is.
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_baraza"))
        .arg("check")
        .arg(&cue_path)
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("not a session"));
    // A read-only window changes nothing on disk, the cue file neither.
    h.keys("q");
    std::fs::remove_file(&cue_path).unwrap();
    h.app.start(Start::ReadOnly(path.clone()));
    h.keys("<Tab>");
    assert!(!cue_path.exists());
}

/// A second window on the same folder: the room's screen of `path`.
fn audience(h: &Harness, path: &std::path::Path) -> App {
    let store = Store::open(h.dir.path().join("sessions")).unwrap();
    let mut app = App::new(store, h.clock.clone(), ThemeName::Dark, None);
    app.start(Start::Present(path.to_path_buf()));
    app
}

fn render(app: &mut App, w: u16, h: u16) -> String {
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
    t.draw(|f| app.draw(f)).unwrap();
    t.backend().to_string()
}

/// Ticks the audience window until `done` or a deadline; `true` if done.
fn follow(app: &mut App, mut done: impl FnMut(&mut App) -> bool) -> bool {
    let start = Instant::now();
    // Later and later instants: the slow poll is due from the first.
    let mut at = Instant::now() + Duration::from_secs(3);
    while start.elapsed() < Duration::from_secs(10) {
        app.tick(at);
        if done(app) {
            return true;
        }
        at += Duration::from_secs(3);
        std::thread::sleep(Duration::from_millis(10));
    }
    false
}

#[test]
fn the_audience_window_follows_saves_refuses_edits_and_keeps_the_last_good_view() {
    let (mut h, _hand) = open_on_manual_clock();
    let path = h.path();
    h.app.workshop().unwrap().flush_cue();
    // It opens while the facilitator holds the lock: it takes none.
    let mut wall = audience(&h, &path);
    // Several can follow one session.
    let mut second = audience(&h, &path);
    assert!(render(&mut wall, 80, 24).contains("117 of 220 dots"));
    h.keys("+");
    h.flush();
    assert!(follow(&mut wall, |w| render(w, 80, 24).contains("118 of 220 dots")));
    assert!(follow(&mut second, |w| render(w, 48, 14)
        .contains("118 of 220 dots")));
    // A panel switch reaches it through the cue file.
    h.keys("<S-Tab>");
    h.app.workshop().unwrap().flush_cue();
    assert!(follow(&mut wall, |w| render(w, 80, 24)
        .contains("Security problems named")));
    // Every key but q, Ctrl+c and T is refused, and nothing changes.
    for key in ['+', 'a', 'd', 'u', 'p', '.', 't', 'h'] {
        wall.handle_event(&Event::Key(KeyEvent::new(
            KeyCode::Char(key),
            KeyModifiers::NONE,
        )));
    }
    let screen = render(&mut wall, 80, 24);
    assert!(screen.contains("this window only shows"), "{screen}");
    assert_eq!(h.saved().ranking.votes.len(), 118);
    // A careless copy writes half a file over the session: the wall keeps
    // its last good view and says so; nothing panics.
    let good = std::fs::read(&path).unwrap();
    std::fs::write(&path, &good[..good.len() / 2]).unwrap();
    assert!(follow(&mut wall, |w| render(w, 80, 24).contains("file unreadable")));
    let screen = render(&mut wall, 80, 24);
    assert!(screen.contains("Security problems named: 6"), "{screen}");
    // The next save (a whole new file) brings it back.
    h.keys("a");
    h.type_text("Wizi wa mifugo");
    h.keys("<Enter><Esc>");
    h.flush();
    assert!(follow(&mut wall, |w| {
        let s = render(w, 80, 24);
        s.contains("Wizi wa mifugo") && !s.contains("unreadable")
    }));
    // q closes it (started as `baraza present`: it quits).
    wall.handle_event(&Event::Key(KeyEvent::new(
        KeyCode::Char('q'),
        KeyModifiers::NONE,
    )));
    assert!(wall.should_quit());
}

#[test]
fn the_store_knows_the_cue_file_for_what_it_is() {
    let (mut h, _hand) = open_on_manual_clock();
    let path = h.path();
    h.keys("j");
    h.app.workshop().unwrap().flush_cue();
    let cue_path = cue::cue_path(&path);
    assert!(cue_path.exists());
    // Not a session in the listing.
    let listed: Vec<_> = h.store().list().into_iter().map(|e| e.path).collect();
    assert_eq!(listed, vec![path.clone()]);
    // A report is never written over it.
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_baraza"))
        .args(["export", &path.to_string_lossy(), "-F", "md", "-o"])
        .arg(&cue_path)
        .env("BARAZA_DIR", h.dir.path().join("sessions"))
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("the room's screen's side file"), "{err}");
    // `check` of a damaged one names the line and column.
    let other = h.dir.path().join("damaged.ron.view");
    std::fs::write(&other, "(\n  panel: Nowhere,\n)").unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_baraza"))
        .arg("check")
        .arg(&other)
        .output()
        .unwrap();
    assert!(!out.status.success());
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(said.contains("damaged.ron.view:2:"), "{said}");
    // Never read through a link.
    #[cfg(unix)]
    {
        std::fs::remove_file(&cue_path).unwrap();
        std::os::unix::fs::symlink(&other, &cue_path).unwrap();
        assert!(cue::read_cue(&path).is_err());
        std::fs::remove_file(&cue_path).unwrap();
    }
    // A crash while writing it leaves a temp file: swept at the next open.
    h.keys("q");
    let name = cue_path.file_name().unwrap().to_string_lossy().into_owned();
    let temp = cue_path.with_file_name(format!("{}999999-0-{name}", baraza::store::TEMP_PREFIX));
    std::fs::write(&temp, "half a cue").unwrap();
    h.app.start(Start::Open(path));
    assert!(!temp.exists(), "the cue file's temp file is swept");
}

#[test]
fn questions_and_typed_tallies_show_over_the_room_view_where_the_facilitator_answers_them() {
    // The example as it is: Women have placed all 42 of their dots.
    let mut h = Harness::open(&Harness::examples().remove(1));
    h.keys("p14");
    let wall = h.render(80, 24);
    assert!(wall.contains("✎ Dots: 14"), "{wall}");
    h.keys("<Esc>+");
    let wall = h.render(80, 24);
    assert!(
        wall.contains("y yes · n no"),
        "the over-budget question on the wall:\n{wall}"
    );
    h.keys("n");
    assert_eq!(h.saved().ranking.votes.len(), 117);
    // The group picker too.
    h.keys("g");
    let wall = h.render(80, 24);
    assert!(wall.contains("Whose dots are being counted?"), "{wall}");
    assert!(wall.contains("3  Youth"), "{wall}");
}
