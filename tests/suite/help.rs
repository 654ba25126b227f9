//! The `?` overlay: it opens at the keys of the panel (and the mode) the room
//! is on, wraps long descriptions under their column, and in a read-only
//! session says which keys are off.

use crate::common;

use baraza::model::Stage;
use baraza::tui::Start;
use common::{Harness, session_with_actions};

/// The rows inside the overlay's box, without the border.
fn overlay(screen: &str) -> Vec<String> {
    screen
        .lines()
        .skip_while(|l| !l.contains('┏'))
        .skip(1)
        .take_while(|l| !l.contains('┗'))
        .map(|l| {
            let inside = l.split('┃').nth(1).unwrap_or_default();
            inside.trim_end().to_string()
        })
        .collect()
}

/// Rows as one text, as if unwrapped.
fn joined(rows: &[String]) -> String {
    rows.iter().map(|r| r.trim()).collect::<Vec<_>>().join(" ")
}

fn read_only(stage: Stage) -> Harness {
    let mut h = Harness::new();
    let path = h.store().create(&session_with_actions(stage)).unwrap();
    h.app.start(Start::ReadOnly(path));
    h
}

#[test]
fn it_opens_at_the_keys_of_the_panel_the_room_is_on() {
    for stage in Stage::ALL {
        let mut h = Harness::open(&session_with_actions(stage));
        h.keys("?");
        // At the top, the last section too.
        let rows = overlay(&h.render(80, 24));
        assert_eq!(rows[0], format!(" {}", stage.label()), "{rows:#?}");
        // The keys that work everywhere are above, a scroll away.
        h.keys("<Home>");
        assert_eq!(overlay(&h.render(80, 24))[0], " Everywhere");
        if stage != Stage::Prepare {
            h.keys("<Esc>?");
            for _ in 0..60 {
                h.keys("<PgUp>");
            }
            assert_eq!(overlay(&h.render(80, 24))[0], " Everywhere", "{stage:?}");
        }
        // Any other key closes it and does nothing else.
        h.keys("<Esc>");
        assert!(!h.render(80, 24).contains("┏ Keys"));
        assert_eq!(h.app.workshop().unwrap().panel(), stage);
    }
}

#[test]
fn in_a_mode_it_opens_at_that_modes_keys() {
    // Merging on Identify.
    let mut h = Harness::open(&session_with_actions(Stage::Identify));
    h.keys("m?");
    let rows = overlay(&h.render(80, 24));
    assert_eq!(rows[0], "   Merging duplicates", "{rows:#?}");
    assert!(rows[1].contains("move up"), "{rows:#?}");
    // The results view of Rank.
    let mut h = Harness::open(&session_with_actions(Stage::Rank));
    h.keys("r?");
    let rows = overlay(&h.render(80, 24));
    assert_eq!(rows[0], "   Rank: results", "{rows:#?}");
    // Scrolling before the first draw counts from there.
    h.keys("<Esc>?<Down><Down>");
    let rows = overlay(&h.render(80, 24));
    assert!(rows[0].contains("move down"), "{rows:#?}");
}

#[test]
fn long_descriptions_wrap_under_their_column_and_long_keys_get_a_line() {
    let mut h = Harness::open(&session_with_actions(Stage::Monitor));
    h.keys("?<Home>");
    let mut rows = Vec::new();
    for _ in 0..40 {
        rows.extend(overlay(&h.render(80, 24)));
        h.keys("<PgDn>");
    }
    let at = |start: &str| {
        rows.iter()
            .position(|r| r.starts_with(start))
            .unwrap_or_else(|| panic!("{start}: {rows:#?}"))
    };
    // Wrapped at a space, the rest under the description column.
    let quit = at("     Ctrl+c");
    assert_eq!(
        rows[quit],
        "     Ctrl+c            quit from anywhere (every change is saved; asks"
    );
    assert_eq!(
        rows[quit + 1],
        "                       first if a save failed or a form is open)"
    );
    // (Such keys are the pairwise reason's, in Rank.)
    let save = rows
        .windows(2)
        .position(|w| w[1].starts_with("                       keep the reason"))
        .unwrap_or_else(|| panic!("{rows:#?}"));
    assert_eq!(rows[save].trim_end(), "     Enter/Ctrl+s/Alt+Enter");
    // Nothing runs into the border: every row leaves the last column empty.
    for row in &rows {
        assert!(baraza::text::width(row) < 74, "{row}");
    }
}

#[test]
fn read_only_marks_the_keys_that_would_change_the_session() {
    let mut h = read_only(Stage::Identify);
    h.keys("?");
    let screen = h.render(80, 24);
    insta::assert_snapshot!("identify_read_only_help_80x24", screen);
    let rows = overlay(&screen);
    let add = rows.iter().position(|r| r.starts_with("     a ")).unwrap();
    assert!(
        joined(&rows[add..add + 2]).contains("(not in read-only)"),
        "{rows:#?}"
    );
    let up = rows.iter().find(|r| r.starts_with("     ↑/k")).unwrap();
    assert!(!up.contains("not in read-only"), "{up}");
    h.keys("<Home>");
    let rows = overlay(&h.render(80, 40));
    let undo = rows
        .iter()
        .position(|r| r.contains("undo the last"))
        .unwrap();
    assert!(
        joined(&rows[undo..undo + 2]).contains("(not in read-only)"),
        "{rows:#?}"
    );
    let tab = rows.iter().find(|r| r.contains("next panel")).unwrap();
    assert!(!tab.contains("(not in read-only)"), "{tab}");
}

#[test]
fn the_rank_help_at_80x24() {
    let mut h = Harness::with_sessions(&Harness::examples());
    // Eastleigh, the newest, is at Rank.
    h.keys("<Enter>?");
    insta::assert_snapshot!("rank_help_80x24", h.render(80, 24));
}
