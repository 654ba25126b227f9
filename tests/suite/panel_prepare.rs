//! The Prepare panel, driven by keys on the real app: groups (add, edit,
//! delete, reorder), session details, context notes; what is in memory, what
//! is saved, what undo takes back, and what the room sees.

use crate::common;

use baraza::model::{Group, GroupId, Problem, ProblemId, Session, Vote};
use baraza::tui::Start;
use baraza::tui::keymap::Action;
use baraza::tui::panels::prepare::PreparePanel;
use baraza::tui::panels::{Ctx, Panel};
use baraza::tui::theme::Theme;
use common::{Harness, day, moment, session_with_groups};
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

fn names(s: &Session) -> Vec<(String, u32)> {
    s.groups.iter().map(|g| (g.name.clone(), g.count)).collect()
}

fn owned(groups: &[(&str, u32)]) -> Vec<(String, u32)> {
    groups.iter().map(|(n, c)| (n.to_string(), *c)).collect()
}

const USUAL: [(&str, u32); 4] = [("Women", 14), ("Men", 11), ("Youth", 9), ("Elders", 5)];

/// The usual groups, one problem, and dots from Youth (2) and Women (1).
fn session_with_dots() -> Session {
    let mut s = session_with_groups("Kibera security baraza");
    s.problems.push(Problem {
        id: ProblemId(1),
        title: "Theft at the market".into(),
        raised_by: vec![GroupId(3)],
        ..Default::default()
    });
    for group in [3, 1, 3] {
        s.ranking.votes.push(Vote {
            problem: ProblemId(1),
            group: GroupId(group),
            at: moment(),
        });
    }
    s
}

fn shift(code: KeyCode) -> Event {
    Event::Key(KeyEvent::new(code, KeyModifiers::SHIFT))
}

#[test]
fn quick_entry_adds_a_group_and_undo_takes_it_back() {
    let mut h = Harness::open(&session_with_groups("Kibera"));
    h.keys("aRefugees<Tab>7<Enter>");
    let mut expected = owned(&USUAL);
    expected.push(("Refugees".into(), 7));
    assert_eq!(names(h.session()), expected);
    assert_eq!(names(&h.saved()), expected);
    assert_eq!(h.session().groups[4].id, GroupId(5));
    assert_eq!(h.message(), "group added: Refugees");
    // The new group is selected and its budget shown (7 × 3).
    let screen = h.render(80, 24);
    assert!(
        screen.contains("│▶ Refugees               7     21 │"),
        "{screen}"
    );
    assert!(
        screen.contains("In the room           46    138"),
        "{screen}"
    );

    h.keys("<C-z>");
    assert_eq!(names(h.session()), owned(&USUAL));
    assert_eq!(names(&h.saved()), owned(&USUAL));
    // The selection follows the list back.
    assert!(h.render(80, 24).contains("│▶ Elders"));
    h.keys("<C-y>");
    assert_eq!(names(&h.saved()).len(), 5);
}

#[test]
fn groups_are_added_from_an_empty_room() {
    let mut s = session_with_groups("Kibera");
    s.groups.clear();
    let mut h = Harness::open(&s);
    assert!(h.render(80, 24).contains("No groups yet — press a to add"));
    h.keys("aWomen<Tab>14<Enter>aMen<Tab>11<Enter>aYouth<Tab>9<Enter>aElders<Tab>5<Enter>");
    assert_eq!(names(&h.saved()), owned(&USUAL));
    // Four adds, four undo steps.
    h.keys("uu");
    assert_eq!(names(&h.saved()), owned(&USUAL[..2]));
}

#[test]
fn editing_a_group_changes_its_name_and_count() {
    let mut h = Harness::open(&session_with_groups("Kibera"));
    h.keys("j<Enter>");
    let form = h.render(80, 24);
    assert!(form.contains("Edit group «Men»"), "{form}");
    h.keys("<C-u>Men and boys<Tab><C-u>12<Enter>");
    assert_eq!(h.session().groups[1].name, "Men and boys");
    assert_eq!(h.session().groups[1].count, 12);
    assert_eq!(h.saved().groups[1].count, 12);
    assert_eq!(h.saved().groups[1].id, GroupId(2), "same group, same id");
    assert_eq!(h.message(), "group edited: Men and boys");

    h.keys("u");
    assert_eq!(names(&h.saved()), owned(&USUAL));

    // `e` edits too; saving what is already there records nothing.
    h.keys("e<Enter>");
    assert_eq!(h.message(), "nothing changed");
    assert_eq!(h.session().audit.len(), h.saved().audit.len());
}

#[test]
fn the_group_form_says_what_to_type() {
    let mut h = Harness::open(&session_with_groups("Kibera"));
    let audit = h.session().audit.len();

    h.keys("a<Enter>");
    assert!(
        h.render(80, 24)
            .contains("Name: type the group's name, e.g. Women")
    );
    h.keys("Police<Enter>");
    assert!(
        h.render(80, 24)
            .contains("People: type a whole number from 0 to 999")
    );
    h.keys("abc<Enter>");
    assert!(h.render(80, 24).contains("People: type a whole number"));
    h.keys("<C-u>1000<Enter>");
    assert!(h.render(80, 24).contains("People: type a whole number"));
    // A name already in the list (in any case) would make two rows the
    // room cannot tell apart.
    h.keys("<C-u>4<S-Tab><C-u>  women <Enter>");
    let screen = h.render(80, 24);
    assert!(
        screen.contains("already a group called «women»"),
        "{screen}"
    );
    assert_eq!(h.session().groups.len(), 4);
    assert_eq!(h.session().audit.len(), audit);

    // A failed field has the focus, ready for the fix.
    h.keys("<C-u>Police<Enter>");
    assert_eq!(names(&h.saved()).last().unwrap(), &("Police".into(), 4));
}

#[test]
fn escape_asks_before_throwing_away_what_was_typed() {
    let mut h = Harness::open(&session_with_groups("Kibera"));
    h.keys("aChiefs<Esc>");
    assert!(h.render(80, 24).contains("Discard what was typed?"));
    h.keys("n<Tab>3<Enter>");
    assert_eq!(h.saved().groups.last().unwrap().name, "Chiefs");
    h.keys("aX<Esc>y");
    assert_eq!(h.saved().groups.len(), 5);
    // An untouched form closes at once.
    h.keys("a<Esc>");
    assert!(!h.render(80, 24).contains("Add a group"));
}

#[test]
fn deleting_a_group_asks_and_takes_its_dots_with_it() {
    let mut h = Harness::open(&session_with_dots());
    h.keys("jjd");
    let screen = h.render(80, 24);
    assert!(
        screen.contains("Delete the group «Youth» (9 people)? Its 2 dots will be"),
        "{screen}"
    );
    h.keys("y");
    let saved = h.saved();
    assert_eq!(names(&saved), owned(&[USUAL[0], USUAL[1], USUAL[3]]));
    assert_eq!(saved.ranking.votes.len(), 1);
    assert_eq!(saved.ranking.votes[0].group, GroupId(1));
    assert!(saved.problems[0].raised_by.is_empty());
    assert_eq!(h.message(), "group deleted: Youth");
    // The selection stays at the same place in the list.
    assert!(h.render(80, 24).contains("│▶ Elders"));

    // One undo brings back the group, its place, its dots and its problem.
    h.keys("u");
    let (saved, before) = (h.saved(), session_with_dots());
    assert_eq!(saved.groups, before.groups);
    assert_eq!(saved.ranking.votes, before.ranking.votes);
    assert_eq!(saved.problems, before.problems);
}

#[test]
fn deleting_a_group_without_dots_asks_plainly_and_n_keeps_it() {
    let mut h = Harness::open(&session_with_dots());
    h.keys("jd");
    let screen = h.render(80, 24);
    assert!(screen.contains("Delete the group «Men» (11 people)?"));
    assert!(!screen.contains("removed too"), "{screen}");
    h.keys("n");
    assert_eq!(h.message(), "left as it was");
    assert_eq!(names(&h.saved()), owned(&USUAL));
}

#[test]
fn groups_reorder_with_shift_k_j_and_shift_arrows() {
    let mut h = Harness::open(&session_with_groups("Kibera"));
    h.keys("jK");
    let order =
        |h: &Harness| -> Vec<String> { h.saved().groups.iter().map(|g| g.name.clone()).collect() };
    assert_eq!(order(&h), ["Men", "Women", "Youth", "Elders"]);
    assert_eq!(h.message(), "group moved to position 1: Men");
    h.keys("K");
    assert_eq!(h.message(), "«Men» is already first");
    // The selection moved with the group: J takes Men back down twice.
    h.keys("JJ");
    assert_eq!(order(&h), ["Women", "Youth", "Men", "Elders"]);
    h.app.handle_event(&shift(KeyCode::Down));
    assert_eq!(order(&h), ["Women", "Youth", "Elders", "Men"]);
    h.app.handle_event(&shift(KeyCode::Down));
    assert_eq!(h.message(), "«Men» is already last");
    h.app.handle_event(&shift(KeyCode::Up));
    assert_eq!(order(&h), ["Women", "Youth", "Men", "Elders"]);
    assert!(h.render(80, 24).contains("│▶ Men"));
    // Each move is its own undo step.
    h.keys("uuuu");
    assert_eq!(order(&h), ["Men", "Women", "Youth", "Elders"]);
    h.keys("u");
    assert_eq!(order(&h), ["Women", "Men", "Youth", "Elders"]);
    h.keys("u");
    assert_eq!(h.message(), "nothing to undo");
}

#[test]
fn session_details_save_as_one_undo_step() {
    let mut h = Harness::open(&session_with_groups("Kibera"));
    h.keys("s");
    assert!(h.render(80, 24).contains("Session details"));
    h.keys("<C-u>Mathare peace baraza<Tab><C-u>Mathare North<Tab><C-u>2026-12-05<Tab>");
    h.keys("<End>, Joseph Kamau ,, Wanjiru<Tab><C-u>5<Enter>");
    let saved = h.saved();
    assert_eq!(saved.title, "Mathare peace baraza");
    assert_eq!(saved.location, "Mathare North");
    assert_eq!(saved.date, day(2026, 12, 5));
    assert_eq!(
        saved.facilitators,
        ["Amina Odhiambo", "Joseph Kamau", "Wanjiru"]
    );
    assert_eq!(saved.dots_per_participant, 5);
    assert_eq!(
        h.message(),
        "session details edited: title, community, date, facilitators, dots per participant"
    );
    // Budgets follow the dots: Women 14 × 5.
    let screen = h.render(80, 24);
    assert!(
        screen.contains("│▶ Women                 14     70 │"),
        "{screen}"
    );
    assert!(
        screen.contains("In the room           39    195"),
        "{screen}"
    );
    assert!(screen.contains("baraza · Mathare peace baraza · Mathare North · 2026-12-05"));

    h.keys("u");
    let saved = h.saved();
    assert_eq!(saved.title, "Kibera");
    assert_eq!(saved.location, "Kibera, Nairobi");
    assert_eq!(saved.date, day(2026, 11, 27));
    assert_eq!(saved.facilitators, ["Amina Odhiambo"]);
    assert_eq!(saved.dots_per_participant, 3);
}

#[test]
fn one_changed_detail_is_one_plain_change() {
    let mut h = Harness::open(&session_with_groups("Kibera"));
    // Relative dates work as in every date field.
    h.keys("s<Tab><Tab><C-u>+7<Enter>");
    assert_eq!(h.saved().date, day(2026, 12, 4));
    assert_eq!(h.message(), "date: 2026-11-27 → 2026-12-04");
    h.keys("s<Enter>");
    assert_eq!(h.message(), "nothing changed");
}

#[test]
fn the_details_form_says_what_to_type() {
    let mut h = Harness::open(&session_with_groups("Kibera"));
    h.keys("s<C-u><Enter>");
    assert!(
        h.render(80, 24)
            .contains("Title: type a title for the session")
    );
    h.keys("Kibera<Tab><Tab><C-u>2026-02-30<Enter>");
    let screen = h.render(80, 24);
    assert!(
        screen.contains("Date: «2026-02-30» is not a date"),
        "{screen}"
    );
    h.keys("<C-u><Enter>");
    assert!(h.render(120, 40).contains(
        "Date: type the date as YYYY-MM-DD or DD/MM/YYYY, e.g. 2026-11-27 or 27/11/2026"
    ));
    h.keys("2026-11-28<Tab><Tab><C-u>0<Enter>");
    assert!(
        h.render(80, 24)
            .contains("Dots each: type a whole number from 1 to 20")
    );
    h.keys("<C-u>21<Enter>");
    assert!(h.render(80, 24).contains("from 1 to 20"));
    h.keys("<C-u>three<Enter>");
    assert!(h.render(80, 24).contains("from 1 to 20"));
    assert_eq!(h.saved().date, day(2026, 11, 27), "nothing saved yet");
    h.keys("<C-u>4<Enter>");
    assert_eq!(h.saved().date, day(2026, 11, 28));
    assert_eq!(h.saved().dots_per_participant, 4);
}

const PASTED_NOTES: &str = "Tension between youth and police since the March raids.\r\n\
    Women avoid the water point after dark.\r\n\
    \r\n\
    مجلس الحي يطلب حضور الشيف\n\
    बाज़ार में चोरी बढ़ी है 👩🏽‍🌾\n";

#[test]
fn notes_take_a_multi_line_paste() {
    let mut h = Harness::open(&session_with_groups("Kibera"));
    h.keys("n");
    assert!(h.render(80, 24).contains("Context and conflict analysis"));
    h.paste(PASTED_NOTES);
    h.keys("<A-Enter>Elders want the chief to attend.<C-s>");
    let expected = "Tension between youth and police since the March raids.\n\
        Women avoid the water point after dark.\n\
        \n\
        مجلس الحي يطلب حضور الشيف\n\
        बाज़ार में चोरी बढ़ी है 👩🏽‍🌾\n\
        \n\
        Elders want the chief to attend.";
    assert_eq!(h.session().context, expected);
    assert_eq!(h.saved().context, expected);
    assert_eq!(h.message(), "context notes edited");
    // Tall enough for every line beside the consent note above the notes.
    let screen = h.render(80, 30);
    assert!(screen.contains("│ مجلس الحي يطلب حضور الشيف"), "{screen}");
    assert!(
        screen.contains("Elders want the chief to attend."),
        "{screen}"
    );

    h.keys("u");
    assert_eq!(h.saved().context, "");
    assert!(h.render(80, 24).contains("No notes yet — press n to write"));
}

#[test]
fn long_notes_scroll_with_page_keys() {
    let mut s = session_with_groups("Kibera");
    s.context = (1..=40)
        .map(|i| format!("Note line {i}"))
        .collect::<Vec<_>>()
        .join("\n");
    let mut h = Harness::open(&s);
    let screen = h.render(80, 24);
    assert!(screen.contains("Note line 1 "), "{screen}");
    assert!(screen.contains("▼ more: PgDn"), "{screen}");
    assert!(!screen.contains("Note line 12"));
    h.keys("<PgDn>");
    let screen = h.render(80, 24);
    assert!(screen.contains("Note line 11"), "{screen}");
    assert!(screen.contains("▲▼ more: PgUp/PgDn"), "{screen}");
    h.keys("<PgDn><PgDn><PgDn><PgDn><PgDn>");
    let screen = h.render(80, 24);
    assert!(screen.contains("Note line 40"), "{screen}");
    assert!(screen.contains("▲ more: PgUp"), "{screen}");
    h.keys("<PgUp><PgUp><PgUp><PgUp><PgUp><PgUp>");
    assert!(h.render(80, 24).contains("Note line 1 "));
}

#[test]
fn any_script_names_and_notes() {
    let mut h = Harness::open(&session_with_groups("Kibera"));
    h.keys("a").type_text("نساء السوق").keys("<Tab>12<Enter>");
    h.keys("a").type_text("युवा महिलाएँ").keys("<Tab>8<Enter>");
    h.keys("a").type_text("👩🏽‍🌾 Farmers").keys("<Tab>6<Enter>");
    h.keys("a")
        .type_text("Боda-boda riders and motorcycle taxi association members")
        .keys("<Tab>20<Enter>");
    let saved = h.saved();
    let got: Vec<&str> = saved.groups[4..].iter().map(|g| g.name.as_str()).collect();
    assert_eq!(
        got,
        [
            "نساء السوق",
            "युवा महिलाएँ",
            "👩🏽‍🌾 Farmers",
            "Боda-boda riders and motorcycle taxi association members"
        ]
    );
    let screen = h.render(80, 24);
    // The selected group's long name wraps whole under its row…
    assert!(screen.contains("│▶ Боda-boda riders      20"), "{screen}");
    assert!(screen.contains("│  taxi association "), "{screen}");
    insta::assert_snapshot!("prepare_scripts_80x24", screen);
    // …any other is cut by display width, with an ellipsis.
    h.keys("k");
    let screen = h.render(80, 24);
    assert!(screen.contains("│  Боda-boda riders… "), "{screen}");
}

#[test]
fn selection_survives_undo_and_redo() {
    let mut h = Harness::open(&session_with_groups("Kibera"));
    h.keys("aA<Tab>1<Enter>aB<Tab>2<Enter>");
    assert!(h.render(80, 24).contains("│▶ B"));
    h.keys("uu");
    let screen = h.render(80, 24);
    assert!(screen.contains("│▶ Elders"), "{screen}");
    assert_eq!(
        screen.matches('▶').count(),
        2,
        "one step, one row: {screen}"
    );
    h.keys("<C-y><C-y>jjj");
    assert!(h.render(80, 24).contains("│▶ B"));
}

/// The cursor is on a group, not on a row number: undoing a deletion above
/// it (which puts a row back above it) leaves it on the same group, with or
/// without a frame drawn in between; undoing the deletion of the group the
/// cursor was on leaves it on the group that took its place, as on screen.
#[test]
fn undo_of_a_group_deletion_keeps_the_cursor_on_its_group() {
    let selected = |h: &mut Harness| {
        let screen = h.render(80, 24);
        let row = screen.lines().find(|l| l.contains("│▶")).unwrap();
        row.split("│▶")
            .nth(1)
            .unwrap()
            .split_whitespace()
            .next()
            .unwrap()
            .to_string()
    };
    for draw_between in [false, true] {
        let mut h = Harness::open(&session_with_groups("Kibera"));
        h.keys("jdy");
        assert_eq!(names(h.session()).len(), 3);
        if draw_between {
            assert_eq!(selected(&mut h), "Youth");
        }
        h.keys("j");
        if draw_between {
            assert_eq!(selected(&mut h), "Elders");
        }
        h.keys("u");
        assert_eq!(names(h.session()).len(), 4, "Men is back");
        assert_eq!(selected(&mut h), "Elders", "draw between: {draw_between}");
        // The keys act on Elders too: K moves it up.
        h.keys("K");
        assert_eq!(h.session().groups[2].name, "Elders");

        let mut h = Harness::open(&session_with_groups("Kibera"));
        h.keys("jjdy");
        if draw_between {
            assert_eq!(selected(&mut h), "Elders");
        }
        h.keys("u");
        assert_eq!(selected(&mut h), "Elders", "draw between: {draw_between}");
        h.keys("d");
        assert!(h.render(80, 24).contains("Delete the group «Elders»"));
    }
}

#[test]
fn a_long_group_list_keeps_the_selection_in_view() {
    let mut s = session_with_groups("Kibera");
    for i in 5..=20 {
        s.groups.push(Group {
            id: GroupId(i),
            name: format!("Group {i}"),
            count: i,
        });
    }
    let mut h = Harness::open(&s);
    let screen = h.render(80, 24);
    assert!(screen.contains("▼ more"), "{screen}");
    assert!(!screen.contains("Group 20"));
    h.keys(&"j".repeat(19));
    let screen = h.render(80, 24);
    assert!(screen.contains("│▶ Group 20"), "{screen}");
    assert!(screen.contains("▲ more"), "{screen}");
    assert!(!screen.contains("│  Women"));
    // Deleting the last group keeps a selected row on screen.
    h.keys("dy");
    let screen = h.render(80, 24);
    assert!(screen.contains("│▶ Group 19"), "{screen}");
}

#[test]
fn read_only_refuses_every_edit() {
    let mut h = Harness::new();
    let path = h.store().create(&session_with_groups("Kibera")).unwrap();
    h.app.start(Start::ReadOnly(path));
    for key in ["a", "e", "<Enter>", "d", "K", "J", "s", "n", "c"] {
        h.keys(key);
        assert!(
            h.message().starts_with("read-only"),
            "{key}: {}",
            h.message()
        );
        assert!(!h.render(80, 24).contains("┏"), "{key} opened a form");
    }
    // Moving and scrolling still work; the edit keys are not advertised.
    h.keys("j");
    let screen = h.render(80, 24);
    assert!(screen.contains("│▶ Men"));
    assert!(
        !screen.contains("s edit") && !screen.contains("n edit") && !screen.contains("c edit"),
        "{screen}"
    );
    assert!(
        screen.contains("Not written down: what the room agreed"),
        "{screen}"
    );
}

#[test]
fn the_consent_note_is_written_with_c_saved_and_undone() {
    let mut h = Harness::open(&session_with_groups("Kibera"));
    assert!(h.render(80, 24).contains("Not written yet — press c"));
    h.keys("c");
    insta::assert_snapshot!("prepare_consent_form_80x24", h.render(80, 24));
    h.type_text("Recorded for the programme officer.");
    h.keys("<A-Enter>");
    h.type_text("Shared beyond the partners only anonymised; no names of victims.");
    h.keys("<Enter>");
    let expected = "Recorded for the programme officer.\n\
        Shared beyond the partners only anonymised; no names of victims.";
    assert_eq!(h.session().consent, expected);
    assert_eq!(h.saved().consent, expected);
    assert_eq!(h.message(), "consent note edited");
    insta::assert_snapshot!("prepare_consent_80x24", h.render(80, 24));
    h.keys("u");
    assert_eq!(h.saved().consent, "");

    // A note longer than the rule allows is refused on the form, with what
    // to do, and nothing is recorded.
    h.keys("c");
    h.paste(&"a".repeat(baraza::model::rules::MAX_CONSENT_CHARS + 1));
    h.keys("<C-s>");
    let screen = h.render(80, 24);
    assert!(screen.contains("at most 2000 characters"), "{screen}");
    assert_eq!(h.saved().consent, "");
}

#[test]
fn the_panel_at_80x24_and_120x40() {
    let mut s = session_with_dots();
    s.facilitators = vec!["Amina Odhiambo".into(), "Joseph Kamau".into()];
    s.context = "Tension between youth and police since the March raids; \
        several young men were held without charge.\n\
        Market traders report theft after dark. Women avoid the water point at night.\n\
        \n\
        The chief has agreed to attend the next baraza."
        .into();
    let mut h = Harness::open(&s);
    insta::assert_snapshot!("prepare_80x24", h.render(80, 24));
    insta::assert_snapshot!("prepare_120x40", h.render(120, 40));
}

#[test]
fn empty_session_says_what_to_do() {
    let mut s = session_with_groups("New session");
    s.groups.clear();
    s.facilitators.clear();
    s.location.clear();
    let mut h = Harness::open(&s);
    insta::assert_snapshot!("prepare_empty_80x24", h.render(80, 24));
}

#[test]
fn forms_and_questions_at_80x24() {
    let mut h = Harness::open(&session_with_dots());
    h.keys("aWomen");
    insta::assert_snapshot!("prepare_add_group_80x24", h.render(80, 24));
    h.keys("<Tab>x<Enter>");
    insta::assert_snapshot!("prepare_add_group_error_80x24", h.render(80, 24));
    h.keys("<Esc>y");
    h.keys("s");
    insta::assert_snapshot!("prepare_details_80x24", h.render(80, 24));
    h.keys("<Esc>n");
    h.paste(PASTED_NOTES);
    insta::assert_snapshot!("prepare_notes_80x24", h.render(80, 24));
    h.keys("<Esc>yjjd");
    insta::assert_snapshot!("prepare_delete_80x24", h.render(80, 24));
    h.keys("n");
    h.keys("s");
    insta::assert_snapshot!("prepare_details_120x40", h.render(120, 40));
}

#[test]
fn no_panic_at_any_size() {
    let mut s = session_with_dots();
    s.context = PASTED_NOTES.repeat(5);
    for i in 0..15 {
        s.groups.push(Group {
            id: GroupId(10 + i),
            name: format!("Group {i} 👩🏽‍🌾 مجلس"),
            count: i,
        });
    }
    let ctx = Ctx {
        session: &s,
        now: moment(),
        today: day(2026, 11, 27),
        read_only: false,
        lang: baraza::i18n::Lang::En,
    };
    let theme = Theme::dark();
    // The panel alone at every body size (the frame never gives it less than
    // 64×15, but it must not depend on that): finely as a list, more coarsely
    // with each form open (debug builds draw slowly).
    let modes = [
        (None, 7, 3),
        (Some(Action::Add), 19, 7),
        (Some(Action::EditDetails), 19, 7),
        (Some(Action::EditNotes), 19, 7),
        (Some(Action::EditConsent), 19, 7),
    ];
    for (mode, step_w, step_h) in modes {
        let mut panel = PreparePanel::default();
        for _ in 0..30 {
            panel.handle_action(Action::Down, &ctx);
            panel.handle_action(Action::PageDown, &ctx);
        }
        if let Some(action) = mode {
            panel.handle_action(action, &ctx);
        }
        common::draw_panel_at(&mut panel, &ctx, &theme, &common::sizes(step_w, step_h));
    }
    // And the whole screen around it, at a few sizes each side of the minimum.
    let mut h = Harness::open(&s);
    for (w, ht) in common::EDGE_SIZES {
        h.render(w, ht);
    }
}
