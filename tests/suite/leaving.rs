//! Leaving a session never loses what the room recorded without asking:
//! a failed save, or a form with typed text, is named before `q` or `Ctrl+c`.

use crate::common;

use common::{Harness, session_with_groups};

#[test]
fn q_after_a_failed_save_asks_before_leaving_and_the_change_can_still_be_saved() {
    let mut h = Harness::open(&session_with_groups("Nyeri"));
    let dir = h.store().dir().to_path_buf();
    let aside = dir.with_file_name("pulled-out");
    std::fs::rename(&dir, &aside).unwrap();
    // Identify: a problem captured while the USB stick is out.
    h.keys("<Tab>a");
    h.type_text("Problem after the stick was pulled");
    h.keys("<Enter><Enter>");
    assert!(matches!(h.flush(), baraza::store::SaveState::Failed(_)));
    assert!(
        h.render(100, 24).contains("NOT SAVED"),
        "{}",
        h.render(100, 24)
    );
    h.keys("q");
    assert!(h.app.workshop().is_some(), "not left silently");
    let screen = h.render(80, 24);
    assert!(
        screen.contains("NOT SAVED: the last changes") && screen.contains("lose them?"),
        "{screen}"
    );
    h.keys("n");
    assert!(h.app.workshop().is_some());
    // The stick is back: leaving saves first, then goes.
    std::fs::rename(&aside, &dir).unwrap();
    let path = h.path();
    h.keys("q");
    assert!(h.app.workshop().is_none());
    let saved = common::load(&path);
    assert_eq!(
        saved.problems[0].title,
        "Problem after the stick was pulled"
    );
}

#[test]
fn ctrl_c_with_a_form_open_asks_first() {
    let mut h = Harness::open(&session_with_groups("Nyeri"));
    h.keys("n");
    h.type_text("A long context note the room dictated");
    h.keys("<C-c>");
    assert!(!h.app.should_quit());
    assert!(
        h.render(80, 24)
            .contains("What is typed in the open form is not saved")
    );
    h.keys("n");
    // Still in the form, text intact: save it, then Ctrl+c quits at once.
    h.keys("<C-s>");
    assert_eq!(h.saved().context, "A long context note the room dictated");
    h.keys("<C-c>");
    assert!(h.app.should_quit());
}

#[test]
fn y_leaves_even_when_the_save_failed() {
    let mut h = Harness::open(&session_with_groups("Nyeri"));
    let dir = h.store().dir().to_path_buf();
    std::fs::rename(&dir, dir.with_file_name("gone")).unwrap();
    h.keys("<Tab>a");
    h.type_text("Lost on purpose");
    h.keys("<Enter><Enter><C-c>");
    assert!(!h.app.should_quit());
    h.keys("y");
    assert!(h.app.should_quit());
}
