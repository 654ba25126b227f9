//! The Monitor panel, driven by keys on the real app: the list by due date
//! with overdue actions marked against a fixed today (2026-11-27), status
//! changes with `s` and 1–5, dated progress notes, editing, undo, what is
//! saved, and how it looks at 80×24, 120×40 and 200×60.

use crate::common;

use baraza::model::{Action, ActionId, ActionStatus, ProgressNote, Session, Stage};
use baraza::tui::keymap::Action as Command;
use baraza::tui::panels::monitor::MonitorPanel;
use baraza::tui::panels::{Ctx, Panel};
use baraza::tui::theme::Theme;
use common::*;

fn action(s: &Session, id: u32) -> &Action {
    s.action(ActionId(id)).expect("the action exists")
}

fn status(s: &Session, id: u32) -> ActionStatus {
    action(s, id).status
}

/// The screen lines that hold the table rows, top to bottom, with the
/// given text.
fn line_with<'a>(screen: &'a str, text: &str) -> &'a str {
    screen
        .lines()
        .find(|l| l.contains(text))
        .unwrap_or_else(|| panic!("no line with «{text}» in\n{screen}"))
}

fn selected_line(screen: &str) -> &str {
    screen
        .lines()
        .find(|l| l.starts_with("\"▶"))
        .unwrap_or_else(|| panic!("no selected row in\n{screen}"))
}

#[test]
fn actions_are_listed_by_due_date_and_overdue_ones_stand_out() {
    let mut h = Harness::open(&session_with_actions(Stage::Monitor));
    let screen = h.render(120, 40);
    assert!(screen.contains("! 2 of 6 actions overdue"), "{screen}");
    assert!(screen.contains(
        "○ planned 3 · ◐ in progress 1 · ✓ done 1 · ‖ stalled 1 · ✗ dropped 0 · ↻ 1 from last cycle"
    ));
    // By due date, the one without a due date last.
    let order: Vec<usize> = [
        "Speed bumps",
        "Community patrol",
        "حملة توعية",
        "Land mediation",
        "Street lights",
        "Breathalyser",
    ]
    .iter()
    .map(|t| screen.find(t).unwrap())
    .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{screen}");

    let patrol = line_with(&screen, "Community patrol on the");
    assert!(patrol.starts_with("\" ! "), "{patrol}");
    assert!(patrol.contains("overdue by 7 days"));
    let stalled = line_with(&screen, "حملة توعية في السوق");
    assert!(stalled.starts_with("\" !↻"), "{stalled}");
    assert!(stalled.contains("overdue by 2 days"));
    // Done is never overdue; due today is not yet.
    let done = line_with(&screen, "Speed bumps");
    assert!(done.starts_with("\"▶   ✓ done"), "{done}");
    assert!(!done.contains("overdue"));
    assert!(line_with(&screen, "Land mediation").contains("due today"));
    assert!(line_with(&screen, "Street lights").contains("due in 18 days"));
    assert!(line_with(&screen, "Breathalyser").contains("no due date"));
}

#[test]
fn the_overdue_marks_use_the_danger_style() {
    let h = Harness::open(&session_with_actions(Stage::Monitor));
    let theme = h.app.theme().clone();
    let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(120, 40)).unwrap();
    terminal.draw(|f| h.app.draw(f)).unwrap();
    let buf = terminal.backend().buffer();
    let y = (0..40)
        .find(|&y| {
            (0..120)
                .map(|x| buf[(x, y)].symbol())
                .collect::<String>()
                .contains("Community patrol")
        })
        .unwrap();
    assert_eq!(buf[(1, y)].symbol(), "!");
    assert_eq!(buf[(1, y)].fg, theme.danger.fg.unwrap());
    let row: String = (0..120).map(|x| buf[(x, y)].symbol()).collect();
    let at = row.find("overdue by").unwrap();
    let x = row[..at].chars().count() as u16;
    assert_eq!(buf[(x, y)].fg, theme.danger.fg.unwrap());
}

#[test]
fn s_cycles_the_status_and_undo_takes_it_back() {
    let mut h = Harness::open(&session_with_actions(Stage::Monitor));
    // Second row: the patrol, in progress.
    h.keys("js");
    assert_eq!(status(h.session(), 1), ActionStatus::Done);
    assert_eq!(status(&h.saved(), 1), ActionStatus::Done);
    assert_eq!(
        h.message(),
        "status of «Community patrol on the market road»: in progress → done"
    );
    // Done is no longer overdue, and the row stayed under the cursor.
    let screen = h.render(120, 40);
    assert!(screen.contains("! 1 of 6 actions overdue"));
    assert!(selected_line(&screen).contains("✓ done         Community patrol"));

    // Done → stalled → dropped (asked first) → planned.
    h.keys("ss");
    assert_eq!(status(h.session(), 1), ActionStatus::Stalled);
    assert!(
        h.render(80, 24)
            .contains("Drop the action «Community patrol")
    );
    h.keys("ys");
    assert_eq!(status(h.session(), 1), ActionStatus::Planned);
    h.keys("s");
    assert_eq!(status(&h.saved(), 1), ActionStatus::InProgress);

    h.keys("u");
    assert_eq!(status(h.session(), 1), ActionStatus::Planned);
    assert_eq!(status(&h.saved(), 1), ActionStatus::Planned);
    assert_eq!(
        h.message(),
        "undone: status of «Community patrol on the market road»: planned → in progress"
    );
}

#[test]
fn number_keys_set_a_status_directly() {
    let mut h = Harness::open(&session_with_actions(Stage::Monitor));
    h.keys("j3");
    assert_eq!(status(&h.saved(), 1), ActionStatus::Done);
    h.keys("3");
    assert_eq!(h.message(), "already done");
    h.keys("5y");
    assert_eq!(status(&h.saved(), 1), ActionStatus::Dropped);
    h.keys("4");
    assert_eq!(status(&h.saved(), 1), ActionStatus::Stalled);
    h.keys("1");
    assert_eq!(status(&h.saved(), 1), ActionStatus::Planned);
    h.keys("2");
    assert_eq!(status(&h.saved(), 1), ActionStatus::InProgress);
    h.keys("uuuuu");
    assert_eq!(status(&h.saved(), 1), ActionStatus::InProgress);
    assert_eq!(h.session().audit.len(), 10);
}

#[test]
fn n_adds_a_dated_progress_note_newest_first() {
    let mut h = Harness::open(&session_with_actions(Stage::Monitor));
    h.keys("jn");
    let form = h.render(80, 24);
    assert!(form.contains("Progress note on «Community patrol on the market road»"));
    assert!(form.contains("2026-11-27"));
    insta::assert_snapshot!("monitor_note_form_80x24", form);

    // The note field has focus; the date defaults to today.
    h.type_text("Met the chief 👍🏽 — torches promised");
    h.keys("<Enter>");
    let notes = &action(h.session(), 1).progress;
    assert_eq!(
        notes.last(),
        Some(&ProgressNote {
            date: day(2026, 11, 27),
            text: "Met the chief 👍🏽 — torches promised".into(),
            at: moment(),
        })
    );
    assert_eq!(action(&h.saved(), 1).progress, *notes);
    assert_eq!(
        h.message(),
        "progress note on «Community patrol on the market road»"
    );

    // A note about an earlier day goes in its place among the dates.
    h.keys("n<S-Tab><C-u>2026-11-14<Tab>Third patrol<Enter>");
    assert_eq!(action(&h.saved(), 1).progress.len(), 4);
    let screen = h.render(120, 40);
    let rows: Vec<usize> = [
        "2026-11-27 Met the chief",
        "2026-11-18 Two patrols",
        "2026-11-14 Third patrol",
        "2026-11-10 Patrol schedule",
    ]
    .iter()
    .map(|t| {
        screen
            .find(t)
            .unwrap_or_else(|| panic!("{t} missing in\n{screen}"))
    })
    .collect();
    assert!(rows.windows(2).all(|w| w[0] < w[1]), "{screen}");
    assert!(screen.contains("Progress notes, newest first (4)"));

    h.keys("uu");
    assert_eq!(action(h.session(), 1).progress.len(), 2);
    assert_eq!(action(&h.saved(), 1).progress.len(), 2);
}

#[test]
fn a_note_needs_text_and_a_date_that_has_come() {
    let mut h = Harness::open(&session_with_actions(Stage::Monitor));
    h.keys("jn<Enter>");
    assert!(h.render(80, 24).contains("Note: write what happened"));
    h.keys("Visited<S-Tab><C-u>2026-12-01<Enter>");
    assert!(
        h.render(80, 24)
            .contains("Date: 2026-12-01 is after today (2026-11-27)")
    );
    h.keys("<C-u>yesterday<Enter>");
    assert!(h.render(80, 24).contains("Date: «yesterday» is not a date"));
    assert_eq!(action(&h.saved(), 1).progress.len(), 2);
    // An emptied date means today.
    h.keys("<C-u><Enter>");
    assert_eq!(
        action(&h.saved(), 1).progress.last().map(|n| n.date),
        Some(day(2026, 11, 27))
    );
    // Esc on an untouched form closes it without asking.
    h.keys("n<Esc>");
    assert!(!h.render(80, 24).contains("Progress note on"));
}

#[test]
fn e_reschedules_and_the_selection_follows_the_action() {
    let mut h = Harness::open(&session_with_actions(Stage::Monitor));
    h.keys("je<Tab><Tab><C-u>2026-12-31<Enter>");
    assert_eq!(action(h.session(), 1).due, Some(day(2026, 12, 31)));
    assert_eq!(action(&h.saved(), 1).due, Some(day(2026, 12, 31)));
    let screen = h.render(120, 40);
    assert!(screen.contains("! 1 of 6 actions overdue"));
    // It moved down the list, and the cursor with it.
    assert!(selected_line(&screen).contains("Community patrol"));
    assert!(selected_line(&screen).contains("due in 34 days"));
    assert!(screen.find("Street lights").unwrap() < screen.find("Community patrol").unwrap());
    h.keys("u");
    assert_eq!(action(&h.saved(), 1).due, Some(day(2026, 11, 20)));
    assert!(selected_line(&h.render(120, 40)).contains("overdue by 7 days"));
}

#[test]
fn inherited_actions_carry_a_marker() {
    let mut h = Harness::open(&session_with_actions(Stage::Monitor));
    h.keys("jj");
    let screen = h.render(80, 24);
    assert!(selected_line(&screen).starts_with("\"▶!↻"));
    assert!(screen.contains("↻ from last cycle (session k7m2q9xw4c)"));
}

#[test]
fn with_no_actions_it_says_where_to_plan_them() {
    let mut h = Harness::open(&session_for_planning(Stage::Monitor));
    let screen = h.render(80, 24);
    assert!(
        screen.contains("No actions yet — plan them in Plan"),
        "{screen}"
    );
    assert!(screen.contains("0 actions · none overdue"));
    insta::assert_snapshot!("monitor_empty_80x24", screen);
    h.keys("s");
    assert!(h.message().starts_with("No actions yet"));
    h.keys("n");
    assert!(!h.render(80, 24).contains("Progress note on"));
}

#[test]
fn snapshots_at_three_sizes() {
    let mut h = Harness::open(&session_with_actions(Stage::Monitor));
    h.keys("j");
    insta::assert_snapshot!("monitor_80x24", h.render(80, 24));
    insta::assert_snapshot!("monitor_120x40", h.render(120, 40));
    insta::assert_snapshot!("monitor_200x60", h.render(200, 60));
}

/// The panel alone at every size (stepped) from 1×1 to 300×100 plus the
/// edges, off the buffer's origin, with the list and with the note form open;
/// then the whole app at the edge sizes (see the Plan test for why).
#[test]
fn no_panic_at_any_size() {
    let session = session_with_actions(Stage::Monitor);
    let ctx = Ctx {
        session: &session,
        now: moment(),
        today: day(2026, 11, 27),
        read_only: false,
        lang: baraza::i18n::Lang::En,
    };
    let theme = Theme::mono();
    let mut panel = MonitorPanel::default();
    panel.handle_action(Command::Down, &ctx);
    let sizes = common::sizes(13, 5);
    for editing in [false, true] {
        if editing {
            panel.handle_action(Command::AddNote, &ctx);
            assert!(panel.is_editing());
        }
        common::draw_panel_at(&mut panel, &ctx, &theme, &sizes);
    }

    let mut h = Harness::open(&session);
    for keys in ["j", "e"] {
        h.keys(keys);
        for (w, ht) in common::EDGE_SIZES {
            h.render(w, ht);
        }
    }
}
