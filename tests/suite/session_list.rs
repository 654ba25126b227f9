//! The session list as a history: sorting, filtering, read-only review, the
//! next cycle and the comparison of cycles, driven by keys.

use crate::common;

use baraza::model::*;
use common::{Harness, day, moment, session_with_groups};

fn sessions() -> Vec<Session> {
    let mut all = Harness::examples();
    let mut s = session_with_groups("Amani baraza");
    s.location = "Kisumu".into();
    s.date = day(2026, 8, 2);
    s.problems.push(Problem {
        id: ProblemId(1),
        title: "سرقة الهواتف في السوق".into(),
        ..Default::default()
    });
    all.push(s);
    all
}

fn titles(h: &Harness) -> Vec<String> {
    h.app
        .list()
        .shown()
        .map(|e| e.summary.as_ref().unwrap().title.clone())
        .collect()
}

#[test]
fn the_list_is_newest_first_and_sorts_by_title_community_and_stage() {
    let mut h = Harness::with_sessions(&sessions());
    assert_eq!(
        titles(&h),
        [
            "Eastleigh market security baraza",
            "Amani baraza",
            "Kibera youth baraza — cycle 1"
        ]
    );
    h.keys("o");
    assert_eq!(
        titles(&h),
        [
            "Amani baraza",
            "Eastleigh market security baraza",
            "Kibera youth baraza — cycle 1"
        ]
    );
    h.keys("oo");
    assert_eq!(
        titles(&h)[0],
        "Kibera youth baraza — cycle 1",
        "furthest stage first"
    );
    insta::assert_snapshot!("list_sorted_by_stage_80x24", h.render(80, 24));
    h.keys("o");
    assert_eq!(titles(&h)[0], "Eastleigh market security baraza");
}

#[test]
fn slash_filters_by_title_community_facilitator_or_problem() {
    let mut h = Harness::with_sessions(&sessions());
    h.keys("/");
    h.type_text("الهواتف");
    assert_eq!(
        titles(&h),
        ["Amani baraza"],
        "found by a problem title in Arabic"
    );
    insta::assert_snapshot!("list_filtered_80x24", h.render(80, 24));
    h.keys("<Esc>");
    assert_eq!(titles(&h).len(), 3);
    h.keys("/");
    h.type_text("fatuma");
    assert_eq!(
        titles(&h),
        ["Eastleigh market security baraza"],
        "by facilitator, any case"
    );
    h.keys("<Enter>");
    insta::assert_snapshot!("list_filtered_120x40", h.render(120, 40));
    // The filter stays while moving and opening.
    h.keys("<Enter>");
    assert_eq!(h.session().title, "Eastleigh market security baraza");
    h.keys("q/");
    h.type_text("quiet");
    assert!(
        !h.app.should_quit(),
        "q typed into the filter does not quit"
    );
    assert!(h.render(80, 24).contains("No session matches the filter"));
}

#[test]
fn a_session_opened_read_only_refuses_every_edit_and_never_writes_or_locks() {
    let mut h = Harness::with_sessions(&sessions());
    let path = h.app.list().shown().next().unwrap().path.clone();
    let before = std::fs::read(&path).unwrap();
    h.keys("r");
    let w = h.app.workshop().unwrap();
    assert!(w.doc().is_read_only());
    assert!(h.render(80, 24).contains("READ-ONLY"));
    // No lock was taken: another program can open it for editing.
    assert!(baraza::store::OpenSession::open(&path, "someone").is_ok());
    h.keys("u");
    assert!(h.message().starts_with("read-only"), "{}", h.message());
    h.keys("<C-y>");
    assert!(h.message().starts_with("read-only"));
    // Moving through panels is fine, and records nothing.
    h.keys("<Tab><Tab><S-Tab>");
    h.keys("q");
    assert_eq!(
        std::fs::read(&path).unwrap(),
        before,
        "the file is byte-for-byte as it was"
    );
}

#[test]
fn the_next_cycle_starts_from_the_list_linked_to_the_last() {
    let mut h = Harness::with_sessions(&sessions());
    // Kibera, complete through Learn, is third by date.
    h.keys("<Down><Down>N");
    insta::assert_snapshot!("next_cycle_form_80x24", h.render(80, 24));
    h.keys("<Enter>");
    let s = h.saved();
    assert_eq!(s.title, "Kibera youth baraza — cycle 2");
    assert_eq!(s.previous.as_deref(), Some("k1b3racyc1"));
    assert_eq!(s.location, "Kibera, Nairobi");
    assert_eq!(s.date, moment().date_naive());
    assert_eq!(s.problems.len(), 5, "nothing was resolved in cycle 1");
    assert_eq!(
        s.actions.len(),
        3,
        "the open actions: in progress, stalled, planned"
    );
    assert!(
        h.message().contains("3 open actions carried over"),
        "{}",
        h.message()
    );
    h.keys("q");
    assert_eq!(titles(&h)[0], "Kibera youth baraza — cycle 2");
}

/// The next cycle's title says "cycle" in the room's language (the
/// session's, set in Prepare), whatever the facilitator's screen speaks;
/// and a title already ending so counts on.
#[test]
fn the_next_cycle_of_a_kiswahili_room_is_titled_in_kiswahili() {
    let mut s = session_with_groups("Kibera");
    s.language = Some("sw".into());
    let mut h = Harness::with_sessions(&[s]);
    h.keys("N");
    let screen = h.render(80, 24);
    assert!(screen.contains("Next cycle of «Kibera»"), "{screen}");
    assert!(screen.contains("Kibera — mzunguko 2"), "{screen}");
    h.keys("<Enter>");
    assert_eq!(h.saved().title, "Kibera — mzunguko 2");

    let mut s = session_with_groups("Kibera — mzunguko 1");
    s.language = Some("sw".into());
    let mut h = Harness::with_sessions(&[s]);
    h.keys("N<Enter>");
    assert_eq!(h.saved().title, "Kibera — mzunguko 2");

    // No room language: the interface's.
    let mut h = Harness::with_sessions(&[session_with_groups("Kibera")]);
    h.keys("N<Enter>");
    assert_eq!(h.saved().title, "Kibera — cycle 2");
}

#[test]
fn one_session_one_problem_and_one_action_are_worded_in_the_singular() {
    let mut s = session_with_groups("Amani baraza");
    s.problems.push(Problem {
        id: ProblemId(1),
        title: "Phone theft at the market".into(),
        ..Default::default()
    });
    s.actions.push(Action {
        id: ActionId(1),
        problem: ProblemId(1),
        activity: "Ask for a police post".into(),
        ..Default::default()
    });
    let mut h = Harness::with_sessions(&[s]);
    let screen = h.render(80, 24);
    let title_bar = screen.lines().next().unwrap();
    assert!(title_bar.ends_with(" 1 session \""), "{title_bar}");
    h.keys("N<Enter>");
    assert_eq!(h.saved().actions.len(), 1);
    assert!(
        h.message()
            .contains("next cycle: 1 problem and 1 open action carried over"),
        "{}",
        h.message()
    );
    h.keys("q");
    let title_bar = h.render(80, 24).lines().next().unwrap().to_string();
    assert!(title_bar.ends_with(" 2 sessions \""), "{title_bar}");
}

#[test]
fn compare_shows_how_priorities_moved() {
    let mut h = Harness::with_sessions(&sessions());
    h.keys("<Down><Down>N<Enter>");
    // Cycle 2: the youth vote police extortion to the top.
    let id = |t: &str| {
        h.session()
            .problems
            .iter()
            .find(|p| p.title.starts_with(t))
            .unwrap()
            .id
    };
    let extortion = id("Police extortion");
    let path = h.path();
    h.keys("q");
    let mut s = common::load(&path);
    for _ in 0..9 {
        s.ranking.votes.push(Vote {
            problem: extortion,
            group: GroupId(3),
            at: moment(),
        });
    }
    baraza::store::save(&path, &s).unwrap();
    let mut h2 = Harness::with_sessions(&[]);
    std::fs::copy(&path, h2.store().dir().join(path.file_name().unwrap())).unwrap();
    for e in Harness::examples() {
        h2.store().create(&e).unwrap();
    }
    h2 = Harness {
        app: baraza::tui::App::new(
            h2.store(),
            h2.clock.clone(),
            baraza::tui::theme::ThemeName::Dark,
            None,
        ),
        ..h2
    };
    // The cycle-2 session is dated today: first in the list.
    h2.keys("c");
    let screen = h2.render(80, 24);
    assert!(screen.contains("How priorities moved"), "{screen}");
    assert!(screen.contains("▲ up"), "{screen}");
    assert!(screen.contains("Police extortion"), "{screen}");
    insta::assert_snapshot!("compare_overall_80x24", screen);
    h2.keys("ggg");
    insta::assert_snapshot!("compare_youth_120x40", h2.render(120, 40));
    h2.keys("<Esc>");
    assert!(h2.render(80, 24).contains("date ▼"));
}

#[test]
fn compare_on_a_first_cycle_says_why_not() {
    let mut h = Harness::with_sessions(&sessions());
    h.keys("c");
    assert!(
        h.render(80, 24)
            .contains("does not continue an earlier one")
    );
}

#[test]
fn the_next_cycle_starts_from_learn_too() {
    let mut h = Harness::with_sessions(&sessions());
    // Kibera opens on Learn, the step it reached.
    h.keys("<Down><Down><Enter>");
    assert_eq!(h.app.workshop().unwrap().panel(), Stage::Learn);
    assert!(h.render(120, 40).contains("N next cycle"));
    h.keys("N");
    assert!(
        h.app.workshop().is_none(),
        "the finished session is closed (and unlocked)"
    );
    let screen = h.render(80, 24);
    assert!(
        screen.contains("Next cycle of «Kibera youth baraza — cycle 1»"),
        "{screen}"
    );
    h.keys("<Enter>");
    let s = h.saved();
    assert_eq!(s.title, "Kibera youth baraza — cycle 2");
    assert_eq!(s.previous.as_deref(), Some("k1b3racyc1"));
    assert_eq!(s.actions.len(), 3);
    assert!(
        s.actions
            .iter()
            .all(|a| a.inherited_from.as_deref() == Some("k1b3racyc1"))
    );
    // The Monitor panel of the new session shows what came from the last cycle.
    h.keys("<Tab><Tab><Tab><Tab>");
    let monitor = h.render(120, 40);
    assert!(monitor.contains("↻ 3 from last cycle"), "{monitor}");
}

#[test]
fn x_on_the_list_writes_the_report_beside_the_session() {
    let mut h = Harness::with_sessions(&sessions());
    h.keys("x");
    let screen = h.render(160, 24);
    assert!(
        screen
            .contains("report written next to the session: 2026-10-17-eastleigh-market-security-b"),
        "{screen}"
    );
    let md = h
        .store()
        .dir()
        .join("2026-10-17-eastleigh-market-security-baraza-e4stl31gh0.md");
    assert!(
        std::fs::read_to_string(md)
            .unwrap()
            .starts_with("# Eastleigh market security baraza")
    );
    assert_eq!(h.store().list().len(), 3, "a report is not a session");
    // Recorded in the session's export log, under its lock.
    let path = h
        .store()
        .dir()
        .join("2026-10-17-eastleigh-market-security-baraza-e4stl31gh0.ron");
    let logged = common::load(&path).exports;
    assert_eq!(logged.len(), 2, "{logged:?}");
    assert!(logged[0].to[0].ends_with("eastleigh-market-security-baraza-e4stl31gh0.md"));

    // Open in another program: the reports are written, and the list says
    // they could not go in the log.
    let _other = baraza::store::SessionLock::acquire(&path, "baraza (pid 7) of otieno").unwrap();
    h.keys("x");
    let screen = h.render(200, 24);
    assert!(
        screen.contains("not in its export log: open in baraza (pid 7)"),
        "{screen}"
    );
    assert_eq!(common::load(&path).exports.len(), 2);
}

#[test]
fn a_session_open_elsewhere_is_offered_read_only_never_a_second_writer() {
    let mut h = Harness::with_sessions(&sessions());
    let path = h.app.list().shown().next().unwrap().path.clone();
    let _other =
        baraza::store::OpenSession::open(&path, "baraza (pid 77) of amina on laptop-2").unwrap();
    h.keys("<Enter>");
    assert!(h.app.workshop().is_none());
    let screen = h.render(80, 24);
    assert!(screen.contains("laptop-2"), "{screen}");
    assert!(
        screen.contains("«Eastleigh market security baraza» is open"),
        "{screen}"
    );
    insta::assert_snapshot!("list_locked_80x24", screen);
    h.keys("y");
    let w = h.app.workshop().expect("opened read-only");
    assert!(w.doc().is_read_only());
    h.keys("q<Enter>n");
    assert!(
        h.app.workshop().is_none(),
        "n: back to the list, nothing opened"
    );
}

/// The line of the screen holding the selection marker.
fn selected_line(screen: &str) -> String {
    screen
        .lines()
        .find(|l| l.trim_start_matches('"').starts_with('▶'))
        .unwrap_or_default()
        .to_string()
}

#[test]
fn home_end_and_page_keys_move_through_a_long_list() {
    // Thirty sessions, one a week: "Session 30" is the newest, so the first.
    let many: Vec<Session> = (1..=30)
        .map(|n| {
            let mut s = session_with_groups(&format!("Session {n:02}"));
            s.id = format!("session{n:02}");
            s.date = day(2026, 1, 1) + chrono::Days::new(7 * n as u64);
            s
        })
        .collect();
    let mut h = Harness::with_sessions(&many);
    // 24 rows: the title, the column headings, status and hints leave 20.
    assert!(selected_line(&h.render(80, 24)).contains("Session 30"));
    h.keys("<End>");
    let screen = h.render(80, 24);
    assert!(selected_line(&screen).contains("Session 01"), "{screen}");
    h.keys("<Home>");
    assert!(selected_line(&h.render(80, 24)).contains("Session 30"));
    h.keys("<PgDn>");
    let screen = h.render(80, 24);
    assert!(
        selected_line(&screen).contains("Session 10"),
        "one screen (20 rows) down, still in view: {screen}"
    );
    h.keys("<PgDn>");
    assert!(
        selected_line(&h.render(80, 24)).contains("Session 01"),
        "stops at the last"
    );
    h.keys("<PgUp>");
    assert!(selected_line(&h.render(80, 24)).contains("Session 21"));
    h.keys("<PgUp>");
    assert!(
        selected_line(&h.render(80, 24)).contains("Session 30"),
        "stops at the first"
    );
    h.keys("<End><Enter>");
    assert_eq!(
        h.session().title,
        "Session 01",
        "Enter opens what is selected"
    );
}

#[test]
fn the_list_help_shows_only_keys_that_work_on_the_list() {
    let mut h = Harness::with_sessions(&sessions());
    h.keys("?");
    let screen = h.render(80, 40);
    for absent in ["Everywhere", "Tab", "undo", "redo", "panel"] {
        assert!(!screen.contains(absent), "{absent}: {screen}");
    }
    for present in ["PgUp", "PgDn", "Home", "End", "switch theme", "Ctrl+c"] {
        assert!(screen.contains(present), "{present}: {screen}");
    }
    let x_lines = screen
        .lines()
        .filter(|l| l.trim_start_matches(['"', ' ', '┃']).starts_with("x "))
        .count();
    assert_eq!(x_lines, 1, "x is listed once: {screen}");
    insta::assert_snapshot!("list_help_80x24", h.render(80, 24));
    // And the keys it lists do what it says; the session keys do nothing.
    h.keys("<Esc>T");
    assert!(h.render(80, 24).contains("theme: light"));
    h.keys("<Tab>u<Down>");
    assert!(h.app.workshop().is_none());
    assert!(selected_line(&h.render(80, 24)).contains("Amani baraza"));
}

#[test]
fn an_unreadable_file_says_which_and_why_the_same_way() {
    let mut h = Harness::with_sessions(&sessions());
    let dir = h.store().dir().to_path_buf();
    std::fs::write(dir.join("2026-05-01-broken.ron"), "(version: 2, title: ").unwrap();
    let newer = std::fs::read_to_string(dir.join("2026-08-02-amani-baraza-testsession.ron"))
        .unwrap()
        .replace("version: 2,", "version: 9,");
    std::fs::write(dir.join("2026-06-08-newer.ron"), newer).unwrap();
    h.app = baraza::tui::App::new(
        h.store(),
        h.clock.clone(),
        baraza::tui::theme::ThemeName::Dark,
        None,
    );
    let screen = h.render(120, 24);
    assert!(
        screen.contains("! unreadable  2026-06-08-newer.ron: 3:3: written by a newer"),
        "{screen}"
    );
    assert!(
        screen.contains("! unreadable  2026-05-01-broken.ron: 1:"),
        "{screen}"
    );
    // Cut with an ellipsis where the screen ends.
    let narrow = h.render(64, 24);
    assert!(
        narrow.contains("2026-06-08-newer.ron: 3:3: written by a newer ba…\""),
        "{narrow}"
    );
}
