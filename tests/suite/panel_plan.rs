//! The Plan panel, driven by keys on the real app: adding, editing and
//! deleting actions (with date checks), the shortlist and "show all" views,
//! undo, what is saved, and how it looks at 80×24, 120×40 and 200×60.

use crate::common;

use baraza::model::{Action, ActionId, ActionStatus, ProblemId, Session, Stage};
use baraza::tui::keymap::Action as Command;
use baraza::tui::panels::plan::PlanPanel;
use baraza::tui::panels::{Ctx, Panel};
use baraza::tui::theme::Theme;
use common::*;

fn action(s: &Session, id: u32) -> &Action {
    s.action(ActionId(id)).expect("the action exists")
}

/// The screen line with the ▶ selection marker.
fn selected_line(screen: &str) -> String {
    screen
        .lines()
        .find(|l| l.starts_with("\"▶"))
        .unwrap_or_else(|| panic!("no selected row in\n{screen}"))
        .to_string()
}

#[test]
fn a_adds_an_action_to_the_problem_under_the_cursor() {
    let mut h = Harness::open(&session_for_planning(Stage::Plan));
    // Second problem on the shortlist; its header is a row.
    h.keys("ja");
    assert!(
        h.render(80, 24)
            .contains("New action for «سرقة المواشي ليلاً»")
    );
    h.type_text("Awareness meeting at the mosque");
    // Suggestions: first letters and → complete, in a list too.
    // What, who, by when and how the room will know come first.
    h.keys("<Tab>po<Right><Tab>+3w<Tab>herders report fewer thefts");
    h.keys("<Tab>community, el<Right><Tab>2026-12-01<Tab>hall, tea");
    // Alt+Enter: a new line in a multi-line field; Enter saves from it too.
    h.keys("<Tab>some herders may feel accused<A-Enter>invite all clans<Enter>");

    let expected = Action {
        id: ActionId(1),
        problem: ProblemId(2),
        activity: "Awareness meeting at the mosque".into(),
        responsible: "police".into(),
        partners: "community, Elders".into(),
        start: Some(day(2026, 12, 1)),
        due: Some(day(2026, 12, 18)),
        resources: "hall, tea".into(),
        indicator: "herders report fewer thefts".into(),
        risks: "some herders may feel accused\ninvite all clans".into(),
        status: ActionStatus::Planned,
        progress: vec![],
        inherited_from: None,
        card_indicator: None,
    };
    assert_eq!(h.session().actions, vec![expected.clone()]);
    assert_eq!(h.saved().actions, vec![expected]);
    assert_eq!(
        h.message(),
        "action added: «Awareness meeting at the mosque»"
    );
    // The new action is selected, under its problem.
    let screen = h.render(80, 24);
    assert!(selected_line(&screen).contains("Awareness meeting at the mosque"));
    assert!(screen.contains("#2 سرقة المواشي ليلاً — 1 action"));

    h.keys("u");
    assert!(h.session().actions.is_empty());
    assert!(h.saved().actions.is_empty());
    assert_eq!(
        h.message(),
        "undone: action added: «Awareness meeting at the mosque»"
    );
    h.keys("<C-y>");
    assert_eq!(h.saved().actions.len(), 1);
}

#[test]
fn bad_dates_and_a_missing_activity_are_refused_with_a_message() {
    let mut h = Harness::open(&session_for_planning(Stage::Plan));
    h.keys("a<Enter>");
    assert!(h.render(80, 24).contains("Activity: say what will be done"));

    // A date that is not one says so as the field is left, in full.
    h.keys("Night patrol<Tab><Tab>31/13/2026<Tab>");
    let screen = h.render(80, 24);
    assert!(
        screen.contains("Due: «31/13/2026» is not a date; write YYYY-MM-DD or"),
        "{screen}"
    );
    assert!(screen.contains("DD/MM/YYYY"), "{screen}");
    // No made-up example date: the form does not know today there.
    assert!(!screen.contains("e.g."), "{screen}");
    // And on saving: the start (three fields on) too.
    h.keys("<S-Tab><C-u><Tab><Tab><Tab>31/13/2026<Enter>");
    assert!(
        h.render(80, 24)
            .contains("Start: «31/13/2026» is not a date")
    );
    // 10/12/2026 is a date: the tenth of December.
    h.keys("<C-u>10/12/2026<S-Tab><S-Tab><S-Tab>2026-12-01<Enter>");
    let screen = h.render(80, 24);
    assert!(
        screen.contains("Due: 2026-12-01 is before the start (2026-12-10)"),
        "{screen}"
    );
    insta::assert_snapshot!("plan_due_before_start_80x24", screen);
    h.keys("<C-u>next week<Enter>");
    assert!(h.render(80, 24).contains("Due: «next week» is not a date"));
    // Nothing was recorded while the form was wrong.
    assert!(h.session().actions.is_empty());
    assert!(h.saved().actions.is_empty());

    // A due date on the start day is fine.
    h.keys("<C-u>2026-12-10<Enter>");
    let a = action(h.session(), 1);
    assert_eq!(
        (a.activity.as_str(), a.start, a.due),
        (
            "Night patrol",
            Some(day(2026, 12, 10)),
            Some(day(2026, 12, 10))
        )
    );
    assert_eq!(action(&h.saved(), 1).due, Some(day(2026, 12, 10)));
}

#[test]
fn e_edits_the_selected_action_and_can_move_it_to_another_problem() {
    let mut h = Harness::open(&session_with_actions(Stage::Plan));
    let before = action(h.session(), 1).clone();
    h.keys("je");
    let form = h.render(80, 24);
    assert!(form.contains("Edit action"));
    assert!(form.contains("Community patrol on the market road"));
    insta::assert_snapshot!("plan_edit_form_80x24", form);

    // Saving without a change records nothing.
    let audit = h.session().audit.len();
    h.keys("<Enter>");
    assert_eq!(h.message(), "nothing changed");
    assert_eq!(h.session().audit.len(), audit);

    h.keys("e<Tab><C-u>youth group<Tab><C-u>2026-12-05<Enter>");
    let edited = action(h.session(), 1);
    assert_eq!(edited.responsible, "youth group");
    assert_eq!(edited.due, Some(day(2026, 12, 5)));
    // What the form does not show is kept.
    assert_eq!(edited.status, ActionStatus::InProgress);
    assert_eq!(edited.progress, before.progress);
    assert_eq!(action(&h.saved(), 1), edited);
    assert_eq!(
        h.message(),
        "action edited: «Community patrol on the market road»"
    );

    // The last field picks the problem: → moves it to #2.
    h.keys("e<S-Tab><Right><Enter>");
    assert_eq!(action(h.session(), 1).problem, ProblemId(2));
    assert_eq!(action(&h.saved(), 1).problem, ProblemId(2));
    let screen = h.render(120, 40);
    assert!(screen.contains("#1 Theft at the market after dark — 1 action"));
    assert!(screen.contains("#2 سرقة المواشي ليلاً — 2 actions"));
    // The selection followed the action to its new place.
    assert!(selected_line(&screen).contains("Community patrol"));

    h.keys("uu");
    assert_eq!(action(h.session(), 1), &before);
    assert_eq!(action(&h.saved(), 1), &before);
}

#[test]
fn d_deletes_the_selected_action_after_asking() {
    let mut h = Harness::open(&session_with_actions(Stage::Plan));
    let before = h.session().actions.clone();
    h.keys("jd");
    let screen = h.render(80, 24);
    assert!(
        screen.contains("Delete the action «Community patrol on the"),
        "{screen}"
    );
    assert!(screen.contains("its 2 progress notes?"), "{screen}");
    insta::assert_snapshot!("plan_confirm_delete_80x24", screen);
    h.keys("n");
    assert_eq!(h.message(), "left as it was");
    assert_eq!(h.session().actions.len(), 6);

    h.keys("dy");
    assert!(h.session().action(ActionId(1)).is_none());
    assert!(h.saved().action(ActionId(1)).is_none());
    assert_eq!(
        h.message(),
        "action deleted: «Community patrol on the market road»"
    );
    // The selection moved to the row now in its place.
    assert!(selected_line(&h.render(80, 24)).contains("Street lights at the market"));

    h.keys("u");
    assert_eq!(h.session().actions, before);
    assert_eq!(h.saved().actions, before);

    // On a problem, d explains instead of deleting.
    h.keys("<Home>d");
    assert!(
        h.message()
            .starts_with("d deletes an action: move to one first")
    );
    assert_eq!(h.session().actions, before);
}

#[test]
fn the_selection_stays_on_a_row_when_rows_disappear() {
    let mut h = Harness::open(&session_with_actions(Stage::Plan));
    // The last row: the only action of a problem that is not shortlisted.
    h.keys("<End>");
    assert!(selected_line(&h.render(80, 24)).contains("Land mediation committee"));
    h.keys("dy");
    // Its problem left the view with it; the new last row is selected.
    let screen = h.render(80, 24);
    assert!(!screen.contains("Land disputes"));
    assert!(selected_line(&screen).contains("Breathalyser checks"));
    h.keys("u");
    let screen = h.render(80, 24);
    assert!(selected_line(&screen).contains("Breathalyser checks"));
    h.keys("j");
    assert!(selected_line(&h.render(80, 24)).contains("Land disputes between families"));
}

#[test]
fn without_a_shortlist_the_panel_says_what_to_do_and_v_shows_every_problem() {
    let mut session = session_for_planning(Stage::Plan);
    session.ranking.shortlist.clear();
    let mut h = Harness::open(&session);
    let screen = h.render(80, 24);
    assert!(
        screen.contains("Shortlist problems in Rank first (s marks the top 3)"),
        "{screen}"
    );
    insta::assert_snapshot!("plan_empty_shortlist_80x24", screen);
    h.keys("a");
    assert!(h.message().starts_with("Shortlist problems in Rank first"));

    h.keys("v");
    assert_eq!(h.message(), "showing every problem");
    let screen = h.render(80, 24);
    assert!(screen.contains("Land disputes between families (not shortlisted)"));
    assert!(screen.contains("v shortlist"));
    h.keys("jjja");
    h.type_text("Mediation by the elders");
    h.keys("<Enter>");
    assert_eq!(action(&h.saved(), 1).problem, ProblemId(4));

    // Back on the shortlist view, a problem with actions stays listed.
    h.keys("v");
    let screen = h.render(80, 24);
    assert!(screen.contains("nothing shortlisted yet"));
    assert!(screen.contains("Land disputes between families (not shortlisted) — 1 action"));
    assert!(screen.contains("Mediation by the elders"));
    assert!(!screen.contains("Youth unemployment"));
}

#[test]
fn with_no_problems_at_all_it_points_back_to_identify() {
    let mut session = session_with_groups("Empty");
    session.stage = Stage::Plan;
    let mut h = Harness::open(&session);
    assert!(
        h.render(80, 24)
            .contains("No problems yet — name them in Identify")
    );
    h.keys("a");
    assert!(h.message().starts_with("No problems yet"));
    assert!(h.session().actions.is_empty());
}

#[test]
fn snapshots_at_three_sizes() {
    let mut h = Harness::open(&session_with_actions(Stage::Plan));
    // On a problem header: the detail area shows the problem.
    insta::assert_snapshot!("plan_problem_80x24", h.render(80, 24));
    h.keys("j");
    insta::assert_snapshot!("plan_80x24", h.render(80, 24));
    insta::assert_snapshot!("plan_120x40", h.render(120, 40));
    insta::assert_snapshot!("plan_200x60", h.render(200, 60));
}

/// The panel alone at every size (stepped) from 1×1 to 300×100 plus the edges, off the
/// buffer's origin, with the list and with the form open; then the whole app
/// at the edge sizes. (The app draws no panel below 64×20, and a full-app
/// frame costs ~50 ms in a debug build, so the grid is the panel's.)
#[test]
fn no_panic_at_any_size() {
    let session = session_with_actions(Stage::Plan);
    let ctx = Ctx {
        session: &session,
        now: moment(),
        today: day(2026, 11, 27),
        read_only: false,
        lang: baraza::i18n::Lang::En,
    };
    let theme = Theme::mono();
    let mut panel = PlanPanel::default();
    panel.handle_action(Command::Last, &ctx);
    let sizes = common::sizes(13, 5);
    for editing in [false, true] {
        if editing {
            panel.handle_action(Command::Edit, &ctx);
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
