//! The Learn panel, driven by keys on the real app: the four boxes, their
//! form, the actions summary; what is in memory, what is saved, what undo
//! takes back, and what the room sees.

use crate::common;

use baraza::model::{
    Action as PlannedAction, ActionId, ActionStatus, Lessons, Problem, ProblemId, Session, Stage,
};
use baraza::tui::Start;
use baraza::tui::keymap::Action;
use baraza::tui::panels::learn::LearnPanel;
use baraza::tui::panels::{Ctx, Panel};
use baraza::tui::theme::Theme;
use common::{Harness, day, moment, session_with_groups};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

/// A session on the Learn step.
fn learning(lessons: Lessons) -> Session {
    let mut s = session_with_groups("Kibera security baraza");
    s.stage = Stage::Learn;
    s.lessons = lessons;
    s
}

/// Seven actions: 2 done, 1 in progress, 2 planned (one overdue), 1 stalled
/// (overdue), 1 dropped (past due, but dropped is not overdue).
fn with_actions(mut s: Session) -> Session {
    s.problems.push(Problem {
        id: ProblemId(1),
        title: "Theft at the market".into(),
        ..Default::default()
    });
    let plan = [
        (ActionStatus::Done, Some(day(2026, 11, 1))),
        (ActionStatus::Done, None),
        (ActionStatus::InProgress, Some(day(2026, 12, 20))),
        (ActionStatus::Planned, Some(day(2026, 11, 20))),
        (ActionStatus::Planned, None),
        (ActionStatus::Stalled, Some(day(2026, 10, 31))),
        (ActionStatus::Dropped, Some(day(2026, 10, 1))),
    ];
    for (i, (status, due)) in plan.into_iter().enumerate() {
        s.actions.push(PlannedAction {
            id: ActionId(i as u32 + 1),
            problem: ProblemId(1),
            activity: format!("Activity {}", i + 1),
            status,
            due,
            ..Default::default()
        });
    }
    s
}

fn full_lessons() -> Lessons {
    Lessons {
        worked: "Meeting at the market on Saturdays brought more women and traders.\n\
                 The police post commander came to two of the four meetings."
            .into(),
        did_not_work: "The youth group stopped coming after the boda-boda dispute.".into(),
        lessons: "Invite the chief early; أشركوا الشباب منذ البداية; युवाओं को साथ लें.".into(),
        improvements: "Carry over: theft at the market 🛒, lighting at the water point 💡.\n\
                       Meet in the evening so that day labourers can come."
            .into(),
    }
}

#[test]
fn writing_what_worked_saves_the_lines_and_undo_takes_it_back() {
    let mut h = Harness::open(&learning(Lessons::default()));
    h.render(80, 24);
    h.keys("<Enter>");
    assert!(h.render(80, 24).contains("┏ What worked "));
    // Alt+Enter starts a new line; Enter saves, as in every field.
    h.keys("Saturday meetings at the market<A-Enter>Women came<Enter>");
    let expected = "Saturday meetings at the market\nWomen came";
    assert_eq!(h.session().lessons.worked, expected);
    assert_eq!(h.saved().lessons.worked, expected);
    assert_eq!(h.saved().lessons.lessons, "");
    assert_eq!(h.message(), "what worked edited");
    let screen = h.render(80, 24);
    assert!(
        screen.contains("┃ Saturday meetings at the market"),
        "{screen}"
    );
    assert!(screen.contains("┃ Women came"), "{screen}");

    h.keys("<C-z>");
    assert_eq!(h.saved().lessons, Lessons::default());
    h.keys("<C-y>");
    assert_eq!(h.saved().lessons.worked, expected);
}

#[test]
fn each_box_is_its_own_field_when_stacked() {
    let mut h = Harness::open(&learning(Lessons::default()));
    h.render(80, 24);
    // Stacked, ↓ and → both go to the next box, ↑ and ← to the previous.
    h.keys("jeDid not work<C-s>");
    h.keys("<Right>eLessons<C-s>");
    h.keys("<Down><Down>eImprovements<C-s>");
    h.keys("<Up><Left><Left><Left>eWorked<C-s>");
    assert_eq!(
        h.saved().lessons,
        Lessons {
            worked: "Worked".into(),
            did_not_work: "Did not work".into(),
            lessons: "Lessons".into(),
            improvements: "Improvements".into(),
        }
    );
    // Four saves, four undo steps, last first.
    h.keys("u");
    assert_eq!(h.saved().lessons.worked, "");
    assert_eq!(h.saved().lessons.improvements, "Improvements");
}

#[test]
fn arrows_follow_the_grid_when_wide() {
    let mut h = Harness::open(&learning(Lessons::default()));
    h.render(120, 40);
    let box_title = |h: &mut Harness| -> String {
        let screen = h.render(120, 40);
        let at = screen.find("┏ ▶ ").expect("a selected box");
        screen[at..]
            .chars()
            .skip(4)
            .take_while(|c| *c != '━')
            .collect()
    };
    assert_eq!(box_title(&mut h).trim(), "What worked");
    h.keys("<Right>");
    assert_eq!(box_title(&mut h).trim(), "What did not work");
    h.keys("<Down>");
    assert_eq!(box_title(&mut h).trim(), "Improvements for the next cycle");
    h.keys("<Left>");
    assert_eq!(box_title(&mut h).trim(), "Lessons");
    h.keys("j");
    assert_eq!(
        box_title(&mut h).trim(),
        "Lessons",
        "already on the bottom row"
    );
    h.keys("k");
    assert_eq!(box_title(&mut h).trim(), "What worked");
    h.keys("l<Enter>Rain<C-s>");
    assert_eq!(h.saved().lessons.did_not_work, "Rain");
}

#[test]
fn a_multi_line_paste_in_any_script() {
    let mut h = Harness::open(&learning(Lessons::default()));
    h.render(80, 24);
    h.keys("jjj<Enter>");
    h.paste("Carry over: theft at the market 🛒\r\nأشركوا الشباب منذ البداية\r\nयुवाओं को साथ लें\r\n");
    h.keys("<C-s>");
    let expected = "Carry over: theft at the market 🛒\nأشركوا الشباب منذ البداية\nयुवाओं को साथ लें";
    assert_eq!(h.saved().lessons.improvements, expected);
    assert_eq!(h.message(), "improvements edited");
    let screen = h.render(80, 24);
    assert!(screen.contains("┃ أشركوا الشباب منذ البداية"), "{screen}");
    h.keys("u");
    assert_eq!(h.saved().lessons.improvements, "");
}

#[test]
fn editing_keeps_what_was_there_and_escape_asks_first() {
    let mut h = Harness::open(&learning(full_lessons()));
    h.render(80, 24);
    h.keys("jj<Enter>");
    // The form opens with the text, cursor at its end.
    assert!(h.render(80, 24).contains("أشركوا الشباب"));
    h.keys(" Meet monthly.<Esc>");
    assert!(h.render(80, 24).contains("Discard what was typed?"));
    h.keys("n<C-s>");
    assert_eq!(
        h.saved().lessons.lessons,
        format!("{} Meet monthly.", full_lessons().lessons)
    );
    h.keys("<Enter> More.<Esc>y");
    assert_eq!(
        h.saved().lessons.lessons,
        format!("{} Meet monthly.", full_lessons().lessons)
    );
    // Saving what is already there records nothing.
    let audit = h.saved().audit.len();
    h.keys("<Enter><C-s>");
    assert_eq!(h.message(), "nothing changed");
    assert_eq!(h.saved().audit.len(), audit);
}

#[test]
fn the_summary_counts_the_cycles_actions() {
    let mut h = Harness::open(&with_actions(learning(Lessons::default())));
    let screen = h.render(120, 40);
    // The same marks, words and order as Monitor's header.
    h.keys("<S-Tab>");
    let monitor = h.render(120, 40);
    assert!(
        monitor.contains("○ planned 2 · ◐ in progress 1 · ✓ done 2 · ‖ stalled 1 · ✗ dropped 1"),
        "{monitor}"
    );
    h.keys("<Tab>");
    assert!(
        screen.contains(
            "Actions this cycle: 7  ○ planned 2  ◐ in progress 1  ✓ done 2  ‖ stalled 1  ✗ dropped 1  ! overdue 2"
        ),
        "{screen}"
    );
    // At 80 columns it wraps between counts, never inside one.
    let screen = h.render(80, 24);
    assert!(screen.contains("‖ stalled 1"), "{screen}");
    assert!(screen.contains("! overdue 2"), "{screen}");

    let mut h = Harness::open(&learning(Lessons::default()));
    assert!(
        h.render(80, 24)
            .contains("No actions yet: they are planned in Plan and followed in Monitor.")
    );
}

#[test]
fn long_text_scrolls_in_the_selected_box() {
    let worked = (1..=30)
        .map(|i| format!("Point {i}"))
        .collect::<Vec<_>>()
        .join("\n");
    let mut h = Harness::open(&learning(Lessons {
        worked,
        ..Default::default()
    }));
    let screen = h.render(80, 24);
    // Stacked and too long: the others keep one row, the selected takes
    // the rest and says it scrolls.
    assert!(screen.contains("┃ Point 1 "), "{screen}");
    assert!(screen.contains("▼ more: PgDn"), "{screen}");
    assert!(!screen.contains("Point 30"));
    assert!(
        screen.contains("│ What stalled or failed, and why?"),
        "{screen}"
    );
    h.keys("<PgDn><PgDn><PgDn><PgDn>");
    let screen = h.render(80, 24);
    assert!(screen.contains("Point 30"), "{screen}");
    assert!(screen.contains("▲ more: PgUp"), "{screen}");
    h.keys("<PgUp><PgUp><PgUp><PgUp>");
    assert!(h.render(80, 24).contains("┃ Point 1 "));
}

#[test]
fn read_only_shows_but_does_not_edit() {
    let mut h = Harness::new();
    let path = h.store().create(&learning(full_lessons())).unwrap();
    h.app.start(Start::ReadOnly(path));
    h.render(80, 24);
    for key in ["<Enter>", "e"] {
        h.keys(key);
        assert!(h.message().starts_with("read-only"), "{}", h.message());
    }
    h.keys("j");
    let screen = h.render(80, 24);
    assert!(screen.contains("┏ ▶ What did not work"), "{screen}");
    assert!(!screen.contains("Enter edit ┓"), "{screen}");
}

#[test]
fn the_panel_at_80x24_and_120x40() {
    let mut h = Harness::open(&with_actions(learning(full_lessons())));
    insta::assert_snapshot!("learn_80x24", h.render(80, 24));
    insta::assert_snapshot!("learn_120x40", h.render(120, 40));
    h.keys("<Right><Down>");
    insta::assert_snapshot!("learn_120x40_improvements", h.render(120, 40));
}

#[test]
fn empty_boxes_ask_their_question() {
    let mut h = Harness::open(&learning(Lessons::default()));
    insta::assert_snapshot!("learn_empty_80x24", h.render(80, 24));
    insta::assert_snapshot!("learn_empty_120x40", h.render(120, 40));
}

#[test]
fn the_form_at_80x24() {
    let mut h = Harness::open(&with_actions(learning(full_lessons())));
    h.render(80, 24);
    h.keys("<Enter><A-Enter>Evening meetings");
    insta::assert_snapshot!("learn_form_80x24", h.render(80, 24));
}

#[test]
fn no_panic_at_any_size() {
    let mut lessons = full_lessons();
    lessons.worked = lessons.worked.repeat(12);
    let s = with_actions(learning(lessons));
    let ctx = Ctx {
        session: &s,
        now: moment(),
        today: day(2026, 11, 27),
        read_only: false,
        lang: baraza::i18n::Lang::En,
    };
    let theme = Theme::dark();
    // Each box selected and scrolled, then the form open: the panel alone at
    // every size (coarser with the form: debug builds draw slowly).
    for (selected, form, step_w, step_h) in [(0, false, 7, 3), (3, false, 11, 5), (1, true, 19, 7)]
    {
        let mut panel = LearnPanel::default();
        for _ in 0..selected {
            panel.handle_action(Action::Down, &ctx);
        }
        panel.handle_action(Action::PageDown, &ctx);
        if form {
            panel.handle_action(Action::Edit, &ctx);
        }
        for (w, h) in common::sizes(step_w, step_h) {
            let area = Rect::new(0, 0, w, h);
            let mut buf = Buffer::empty(area);
            panel.draw(area, &mut buf, &ctx, &theme);
            // The grid and the stack switch with the width: move after
            // drawing, as the room would.
            panel.handle_action(Action::FocusNext, &ctx);
            panel.handle_action(Action::FocusPrev, &ctx);
        }
    }
    let mut h = Harness::open(&s);
    for (w, ht) in common::EDGE_SIZES {
        h.render(w, ht);
    }
}
