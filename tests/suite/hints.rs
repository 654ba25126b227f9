//! The hint line reads the same on every panel.

use crate::common;

use baraza::model::{RankMethod, Stage};
use baraza::tui::keymap::{Action, Show};
use common::{Harness, session_with_actions};

#[test]
fn every_panel_hints_edit_as_enter() {
    let mut s = session_with_actions(Stage::Prepare);
    s.ranking.method = RankMethod::Criteria;
    let mut h = Harness::open(&s);
    let all = h.app.workshop_mut().unwrap().all_keymaps();
    let mut edits = 0;
    for (stage, maps) in all {
        for b in maps.iter().flat_map(|m| m.bindings) {
            if b.action == Action::Edit && b.label == "edit" && b.show == Show::Bar {
                assert_eq!(b.hint_keys(), "Enter", "{stage:?} {}", b.help);
                edits += 1;
            }
        }
    }
    assert!(
        edits >= 6,
        "Prepare, Identify, criteria, Plan, Monitor, Learn"
    );
    // And on screen, at 80 columns, wherever an edit is offered.
    for stage in [Stage::Prepare, Stage::Identify, Stage::Plan, Stage::Monitor] {
        h.app.workshop_mut().unwrap().go_to(stage);
        let screen = h.render(80, 24);
        let hints = screen.lines().last().unwrap();
        assert!(hints.contains("Enter edit"), "{stage:?}: {hints}");
        assert!(!hints.contains(" e edit"), "{stage:?}: {hints}");
    }
}

/// At 64 columns in a long language, a panel's first hints (what the panel
/// is for) outlast "Tab next" and "Ctrl+z/u undo"; `?` and `q` always stay.
#[test]
fn a_narrow_hint_line_keeps_what_the_panel_is_for() {
    let mut s = session_with_actions(Stage::Rank);
    s.ranking.method = RankMethod::Dots;
    let mut h = Harness::open(&s);
    for lang in [
        baraza::i18n::Lang::Ru,
        baraza::i18n::Lang::Fr,
        baraza::i18n::Lang::En,
    ] {
        h.app.set_lang(lang);
        for stage in [Stage::Rank, Stage::Identify, Stage::Plan] {
            h.app.workshop_mut().unwrap().go_to(stage);
            let screen = h.render(64, 20);
            let hints = screen.lines().last().unwrap();
            let first = match stage {
                Stage::Rank => "0-9",
                _ => " a ",
            };
            assert!(hints.contains(first), "{lang:?} {stage:?}: {hints}");
            assert!(
                hints.contains(" ? ") && hints.contains(" q "),
                "{lang:?}: {hints}"
            );
        }
    }
}
