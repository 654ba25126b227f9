//! The real binary in a pseudo-terminal: keys typed as a facilitator types
//! them, the screen read back through a terminal emulator, the saved file
//! checked, and the terminal left as it was found.

#![cfg(unix)]

use crate::common::term::Term;

#[test]
fn a_facilitator_creates_a_session_and_quits_leaving_the_terminal_as_it_was() {
    let tmp = tempfile::TempDir::new().unwrap();
    let dir = tmp.path().join("sessions");
    let mut t = Term::start(&dir, tmp.path(), &[], 100, 30);
    // A fresh folder offers the examples built in, and a new session.
    t.wait_for("No sessions in this folder yet");
    t.wait_for("Kibera youth baraza");
    t.send("n");
    t.wait_for("New session");
    t.send("Mathare baraza 🔥");
    t.send("\t");
    t.send("Mathare North");
    t.send("\r");
    t.wait_for("1 Prepare");
    t.send("q");
    t.wait_for("Mathare baraza");
    t.send("q");
    let status = t.wait_exit();
    assert!(status.success(), "{status:?}");

    assert!(!t.alternate_screen(), "back on the normal screen");
    assert!(!t.hide_cursor(), "the cursor is visible again");

    let files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "ron"))
        .collect();
    assert_eq!(files.len(), 1);
    let s = baraza::store::load(&files[0]).unwrap().session;
    assert_eq!(s.title, "Mathare baraza 🔥");
    assert_eq!(s.location, "Mathare North");
    // The lock file stays (never deleted, by design) but is free again.
    assert!(baraza::store::OpenSession::open(&files[0], "test").is_ok());
}

#[test]
fn a_problem_and_a_dot_typed_in_a_terminal_reach_the_file() {
    let tmp = tempfile::TempDir::new().unwrap();
    let dir = tmp.path().join("sessions");
    let made = std::process::Command::new(env!("CARGO_BIN_EXE_baraza"))
        .args([
            "new",
            "--title",
            "Kisumu baraza",
            "--group",
            "Women:10",
            "--group",
            "Youth:8",
            "--no-open",
        ])
        .env("BARAZA_DIR", &dir)
        .output()
        .unwrap();
    assert!(made.status.success());
    let path = std::path::PathBuf::from(String::from_utf8(made.stdout).unwrap().trim());

    let mut t = Term::start(&dir, tmp.path(), &["open", "kisumu"], 100, 30);
    t.wait_for("1 Prepare");
    t.send("\t");
    t.wait_for("No problems yet");
    t.send("a");
    t.send("Фонари не горят 💡");
    t.send("\r");
    t.send("\r");
    t.wait_for("1 of 1");
    t.send("\t");
    t.wait_for("Voting: Women");
    t.send("+");
    t.wait_for("Women — 1 of 30 dots");
    // g, then Enter: the next group (g 2 would pick the second).
    t.send("g");
    t.wait_for("Whose dots are being counted?");
    t.send("\r+");
    t.wait_for("Youth — 1 of 24 dots");
    // The panel keys as a terminal sends them: F1 (xterm: ESC O P), Alt+3
    // (ESC 3), F5 (ESC [ 1 5 ~), F2 as the Linux console sends it (ESC [ [
    // B), F4 with a modifier-free CSI (ESC [ 1 4 ~ is F4 in rxvt).
    t.send("\u{1b}OP");
    t.wait_for("▶F1 Prepare");
    t.send("\u{1b}3");
    t.wait_for("▶F3 Rank");
    t.send("\u{1b}[15~");
    t.wait_for("▶F5 Monitor");
    t.send("\u{1b}[[B");
    t.wait_for("▶F2 Identify");
    t.send("\u{1b}[14~");
    t.wait_for("▶F4 Plan");
    t.send("\u{1b}6");
    t.wait_for("▶F6 Learn");
    // Ctrl+c quits from anywhere; everything is already saved.
    t.send("\u{3}");
    assert!(t.wait_exit().success());
    assert!(!t.alternate_screen());
    assert!(!t.hide_cursor());
    let s = baraza::store::load(&path).unwrap().session;
    assert_eq!(s.problems.len(), 1);
    assert_eq!(s.problems[0].title, "Фонари не горят 💡");
    assert_eq!(s.ranking.votes.len(), 2);
    assert_eq!(s.dots_for(s.problems[0].id, None), 2);
    assert_eq!(s.stage, baraza::model::Stage::Rank);
}
