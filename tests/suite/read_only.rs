//! A session opened read-only is for looking: the hint line and the panels
//! do not invite changes that could only answer "read-only".

use crate::common;

use baraza::model::{Session, Stage};
use baraza::tui::Start;
use baraza::tui::keymap::Show;
use common::{Harness, session_for_planning, session_with_actions, session_with_groups};

fn open(session: &Session, read_only: bool) -> Harness {
    let mut h = Harness::new();
    let path = h.store().create(session).unwrap();
    h.app.start(if read_only {
        Start::ReadOnly(path)
    } else {
        Start::Open(path)
    });
    h
}

/// The hints of the editing keys in force ("a add", "+- dot").
fn editing_hints(h: &mut Harness) -> Vec<String> {
    h.app
        .workshop_mut()
        .unwrap()
        .keymaps()
        .iter()
        .flat_map(|m| m.bindings)
        .filter(|b| b.edits && b.show == Show::Bar)
        .map(|b| format!("{} {}", b.hint_keys(), b.label))
        .collect()
}

fn hint_line(screen: &str) -> String {
    screen.lines().last().unwrap().to_string()
}

#[test]
fn the_hint_line_leaves_out_the_keys_that_would_change_the_session() {
    for stage in Stage::ALL {
        let s = session_with_actions(stage);
        // Editable: the editing keys are offered (at 200 columns, all fit).
        let mut h = open(&s, false);
        let hints = hint_line(&h.render(200, 40));
        let editing = editing_hints(&mut h);
        assert!(!editing.is_empty(), "{stage:?}");
        for hint in &editing {
            assert!(hints.contains(hint.as_str()), "{stage:?} {hint}: {hints}");
        }
        // Read-only: none of them; moving, help and leaving stay.
        let mut h = open(&s, true);
        for size in [(80, 24), (200, 40)] {
            let hints = hint_line(&h.render(size.0, size.1));
            for hint in editing_hints(&mut h) {
                assert!(!hints.contains(hint.as_str()), "{stage:?} {hint}: {hints}");
            }
            assert!(
                hints.contains("? help") && hints.contains("q quit"),
                "{hints}"
            );
            assert!(!hints.contains("undo"), "{hints}");
        }
    }
}

#[test]
fn panels_do_not_invite_edits_in_read_only() {
    // Rank: the shortlist line keeps what it says, without the keys.
    let s = session_with_actions(Stage::Rank);
    let mut h = open(&s, false);
    assert!(
        h.render(80, 24)
            .contains("★ Shortlist: 3 problems · s takes the top 3")
    );
    let mut h = open(&s, true);
    let screen = h.render(80, 24);
    assert!(screen.contains("★ Shortlist: 3 problems"), "{screen}");
    assert!(!screen.contains("s takes"), "{screen}");
    assert!(screen.contains("Rank by ▶ Dot voting"), "no (M): {screen}");
    insta::assert_snapshot!("rank_read_only_80x24", screen);

    // Plan: no "a adds" on a problem without actions.
    let mut h = open(&session_for_planning(Stage::Plan), true);
    let screen = h.render(120, 40);
    assert!(screen.contains("no actions yet"), "{screen}");
    assert!(!screen.contains("a adds"), "{screen}");

    // Monitor: an action without notes.
    let mut h = open(&session_with_actions(Stage::Monitor), true);
    let mut screens = String::new();
    for _ in 0..6 {
        screens.push_str(&h.render(120, 40));
        h.keys("j");
    }
    assert!(screens.contains("No progress notes"), "{screens}");
    assert!(!screens.contains("n adds"), "{screens}");

    // Empty sessions say they are empty, not what to press.
    let empty = session_with_groups("Empty");
    for (stage, says) in [
        (Stage::Identify, "No problems in this session"),
        (Stage::Monitor, "No actions in this session"),
    ] {
        let mut s = empty.clone();
        s.stage = stage;
        let screen = open(&s, true).render(80, 24);
        assert!(screen.contains(says), "{screen}");
        assert!(!screen.contains("press"), "{screen}");
    }
    let mut s = empty.clone();
    s.groups.clear();
    let screen = open(&s, true).render(80, 24);
    assert!(screen.contains("No groups in this session"), "{screen}");
    assert!(screen.contains("No notes on the context"), "{screen}");
    assert!(!screen.contains("press"), "{screen}");
}
