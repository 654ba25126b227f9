//! The Identify panel, driven by keys through the real app: capture, the edit
//! form, delete, reorder, merge and the flags, each checked in memory, in the
//! saved file and after undo; snapshots of what the room sees; every size.

use crate::common;

use baraza::model::{
    Action, ActionId, GroupId, Problem, ProblemId, Session, Stage, Vote, default_categories,
};
use baraza::tui::Start;
use baraza::tui::keymap::Action as Do;
use baraza::tui::panels::identify::IdentifyPanel;
use baraza::tui::panels::{Ctx, Effect, Panel};
use baraza::tui::theme::Theme;
use common::{Harness, moment, session_with_groups};
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Rect;

const ARABIC: &str = "سرقة الماشية ليلاً";
const EMOJI: &str = "Drug selling near schools 💊🚸";
const DEVANAGARI: [&str; 2] = ["पुलिस पर भरोसा नहीं", "शर्म और डर"];

fn problem(id: u32, title: &str) -> Problem {
    Problem {
        id: ProblemId(id),
        title: title.into(),
        ..Problem::default()
    }
}

fn vote(problem: u32, group: u32) -> Vote {
    Vote {
        problem: ProblemId(problem),
        group: GroupId(group),
        at: moment(),
    }
}

/// Four problems in three scripts, some dots and one action, on Identify.
fn workshop() -> Session {
    let mut s = session_with_groups("Kibera security baraza");
    s.stage = Stage::Identify;
    s.problems = vec![
        Problem {
            category: "Crime and theft".into(),
            location: "Toi market".into(),
            raised_by: vec![GroupId(1), GroupId(3)],
            causes: vec!["No street lighting".into(), "Youth unemployment".into()],
            effects: vec![
                "Traders close early".into(),
                "Women fear walking home".into(),
            ],
            needs_escalation: true,
            ..problem(1, "Theft at the market after dark")
        },
        problem(2, ARABIC),
        Problem {
            category: "Youth and livelihoods".into(),
            ..problem(3, EMOJI)
        },
        Problem {
            category: "Gender-based violence".into(),
            causes: DEVANAGARI.map(String::from).to_vec(),
            effects: vec!["Violence continues unseen".into()],
            raised_by: vec![GroupId(1)],
            ..problem(4, "Domestic violence not reported")
        },
    ];
    s.ranking.votes = vec![vote(1, 1), vote(1, 2), vote(4, 1), vote(1, 3)];
    s.actions = vec![Action {
        id: ActionId(1),
        problem: ProblemId(1),
        activity: "Ask the county for street lights".into(),
        ..Action::default()
    }];
    s
}

fn open(s: &Session) -> Harness {
    Harness::open(s)
}

fn titles(s: &Session) -> Vec<&str> {
    s.problems.iter().map(|p| p.title.as_str()).collect()
}

fn ids(s: &Session) -> Vec<u32> {
    s.problems.iter().map(|p| p.id.0).collect()
}

/// The same session ignoring what every change touches (audit log, time).
fn same_content(a: &Session, b: &Session) {
    assert_eq!(a.problems, b.problems);
    assert_eq!(a.categories, b.categories);
    assert_eq!(a.ranking, b.ranking);
    assert_eq!(a.actions, b.actions);
}

fn shift(code: KeyCode) -> Event {
    Event::Key(KeyEvent::new(code, KeyModifiers::SHIFT))
}

/// The panel on its own, for what the screen wraps (the exact y/n question).
fn ask(s: &Session, keys: &[Do]) -> Effect {
    let mut panel = IdentifyPanel::default();
    let ctx = Ctx {
        session: s,
        now: moment(),
        today: moment().date_naive(),
        read_only: false,
        lang: baraza::i18n::Lang::En,
    };
    let mut effect = Effect::None;
    for key in keys {
        effect = panel.handle_action(*key, &ctx);
    }
    effect
}

fn question(effect: Effect) -> String {
    match effect {
        Effect::Confirm(c) => c.question,
        other => panic!("expected a question, got {other:?}"),
    }
}

/// The list row carrying the ▶ marker.
fn selected_row(screen: &str) -> String {
    screen
        .lines()
        .find(|l| l.starts_with("\"│▶"))
        .unwrap_or_default()
        .to_string()
}

// ---- capture ----------------------------------------------------------

#[test]
fn capture_adds_several_problems_in_a_row_each_one_undo_step() {
    let mut s = session_with_groups("Kibera");
    s.stage = Stage::Identify;
    let mut h = open(&s);
    assert!(
        h.render(120, 40)
            .contains("No problems yet — press a to add the first")
    );

    h.keys("a").type_text("Theft at the market").keys("<Enter>");
    h.type_text(ARABIC).keys("<Enter>");
    h.type_text(EMOJI).keys("<Enter><Esc>");
    let expected = vec!["Theft at the market", ARABIC, EMOJI];
    assert_eq!(titles(h.session()), expected);
    assert_eq!(titles(&h.saved()), expected);
    assert_eq!(ids(h.session()), vec![1, 2, 3]);
    // Details come later: a captured problem is only its title.
    assert_eq!(h.session().problems[2].causes, Vec::<String>::new());

    // Capture has ended: j moves instead of typing, and the last added is
    // selected.
    h.keys("j");
    assert_eq!(h.session().problems.len(), 3);
    assert!(selected_row(&h.render(120, 40)).contains("3. Drug selling"));

    h.keys("u");
    assert_eq!(titles(h.session()), vec!["Theft at the market", ARABIC]);
    assert_eq!(titles(&h.saved()), vec!["Theft at the market", ARABIC]);
    assert!(
        h.message().starts_with("undone: problem added"),
        "{}",
        h.message()
    );
}

/// Typing a title without `a` first: the first letter that is no key says
/// how to start typing, and nothing changes; a key that is a command still
/// does its work, and keys that are not letters stay silent.
#[test]
fn a_letter_typed_outside_a_field_says_to_press_a_first() {
    let mut h = open(&workshop());
    let before = h.session().clone();
    h.type_text("z");
    assert_eq!(
        h.message(),
        "that key does nothing here: to type something new, press a first; ? lists the keys"
    );
    assert!(h.render(120, 40).contains("press a first"));
    assert_eq!(h.session(), &before);
    // Alt with a letter, and a key that is no letter, say nothing.
    h.keys("<A-z>");
    assert_eq!(h.message(), "");
    h.type_text("z").keys("<F12>");
    assert_eq!(h.message(), "");
    // Once typing has started, the letter is text.
    h.keys("a").type_text("zebra crossing").keys("<Enter><Esc>");
    assert_eq!(h.session().problems.last().unwrap().title, "zebra crossing");
    // In Kiswahili, and read-only (nothing can be added there).
    h.app.set_lang(baraza::i18n::Lang::Sw);
    h.type_text("z");
    assert!(h.message().contains("bonyeza a kwanza"), "{}", h.message());
    let mut ro = Harness::new();
    let path = ro.store().create(&workshop()).unwrap();
    ro.app.start(Start::ReadOnly(path));
    ro.type_text("z");
    assert_eq!(ro.message(), "that key does nothing here; ? lists the keys");
}

#[test]
fn capture_esc_clears_a_half_typed_line_before_ending() {
    let mut h = open(&workshop());
    h.keys("a").type_text("half a thought").keys("<Esc>");
    assert_eq!(
        h.message(),
        "line cleared — Ctrl+z brings «half a thought» back; Esc again when done"
    );
    // Still capturing: this is typed, not taken as keys.
    h.type_text("Land disputes").keys("<Enter><Esc>");
    assert_eq!(h.session().problems.len(), 5);
    assert_eq!(h.session().problems[4].title, "Land disputes");
    assert!(titles(&h.saved()).contains(&"Land disputes"));
    assert!(!titles(h.session()).iter().any(|t| t.contains("half")));
}

#[test]
fn capture_ctrl_z_takes_back_the_last_problem_and_keeps_capturing() {
    let mut h = open(&workshop());
    h.keys("a").type_text("Right").keys("<Enter>");
    h.type_text("Wrong").keys("<Enter><C-z>");
    assert_eq!(h.message(), "undone: problem added: «Wrong»");
    h.type_text("Also right").keys("<Enter><Esc>");
    let added: Vec<String> = h.saved().problems[4..]
        .iter()
        .map(|p| p.title.clone())
        .collect();
    assert_eq!(added, vec!["Right", "Also right"]);
}

#[test]
fn capture_enter_on_an_empty_line_ends_and_paste_is_a_title() {
    let mut h = open(&workshop());
    h.keys("a<Enter>");
    // Capture ended: j and Enter act on the list (Enter opens the form,
    // Esc closes it) and add nothing.
    h.keys("j<Enter><Esc>");
    assert_eq!(h.session().problems.len(), 4);

    // A paste of one line is typed text: Enter adds it.
    h.keys("a")
        .paste("Pasted\tin one piece")
        .keys("<Enter><Esc>");
    assert_eq!(h.session().problems[4].title, "Pasted in one piece");
    assert_eq!(h.saved().problems[4].title, "Pasted in one piece");
}

#[test]
fn pasting_several_lines_adds_a_problem_per_line_undone_together() {
    let mut h = open(&workshop());
    // What was typed joins the first pasted line; blank lines and the
    // spaces around a line are dropped; any line ending counts.
    h.keys("a").type_text("Theft of ");
    h.paste("phones at the stage\r\n\r\n  Land disputes  \n");
    h.paste(&format!("{ARABIC}\r{EMOJI}"));
    let added =
        |s: &Session| -> Vec<String> { s.problems[4..].iter().map(|p| p.title.clone()).collect() };
    assert_eq!(
        added(h.session()),
        vec![
            "Theft of phones at the stage",
            "Land disputes",
            ARABIC,
            EMOJI
        ]
    );
    assert_eq!(added(&h.saved()), added(h.session()));
    assert_eq!(ids(h.session())[4..], [5, 6, 7, 8]);
    assert_eq!(
        h.message(),
        format!("2 problems added: «{ARABIC}», «{EMOJI}»"),
        "the status line says how many"
    );
    // Still capturing, the line empty, the last one added selected.
    let screen = h.render(80, 24);
    insta::assert_snapshot!("capture_pasted_80x24", screen);
    assert!(screen.contains("Problem tree · 8 of 8"), "{screen}");
    h.type_text("Typed after").keys("<Enter>");
    assert_eq!(h.session().problems.len(), 9);

    // One undo per paste (and per typed problem): the wrong clipboard goes
    // back in one key.
    h.keys("<C-z>");
    assert_eq!(h.session().problems.len(), 8);
    h.keys("<C-z>");
    assert_eq!(
        added(h.session()),
        vec!["Theft of phones at the stage", "Land disputes"]
    );
    assert!(
        h.message().starts_with("undone: 2 problems added"),
        "{}",
        h.message()
    );
    assert_eq!(added(&h.saved()).len(), 2);
    h.keys("<Esc><C-y>");
    assert_eq!(added(&h.saved()).len(), 4);
    // A paste of blank lines adds nothing.
    h.keys("a").paste("\n \n");
    assert_eq!(h.session().problems.len(), 8);
    assert_eq!(
        h.message(),
        "nothing to add: the paste held only empty lines"
    );
}

// ---- the edit form ----------------------------------------------------

#[test]
fn edit_form_sets_every_field_in_one_undo_step() {
    let original = workshop();
    let mut h = open(&original);
    h.keys("j<Enter>");
    // The tree first: causes (Alt+Enter starts the next line), effects.
    h.keys("<Tab>")
        .type_text(DEVANAGARI[0])
        .keys("<A-Enter>")
        .type_text(DEVANAGARI[1]);
    h.keys("<Tab>").type_text("Families lose income");
    h.keys("<Tab>")
        .type_text("Cattle taken from the bomas at night");
    h.keys("<Tab><Right><Right>"); // (none) → Crime and theft → Violence
    h.keys("<Tab><Tab>").type_text("Ngong road");
    h.keys("<Tab><Space><Right><Right><Space>"); // Women, Youth
    // Enter saves from any field.
    h.keys("<Tab><Space><Enter>");

    let expected = Problem {
        description: "Cattle taken from the bomas at night".into(),
        category: "Violence".into(),
        location: "Ngong road".into(),
        raised_by: vec![GroupId(1), GroupId(3)],
        causes: DEVANAGARI.map(String::from).to_vec(),
        effects: vec!["Families lose income".into()],
        needs_escalation: true,
        ..problem(2, ARABIC)
    };
    assert_eq!(h.session().problems[1], expected);
    assert_eq!(h.saved().problems[1], expected);
    assert_eq!(h.message(), format!("problem edited: «{ARABIC}»"));
    // The tree shows what was typed.
    let screen = h.render(120, 40);
    assert!(screen.contains("CAUSES (2)"));
    assert!(screen.contains("Ngong road"));
    assert!(screen.contains("Raised by Women, Youth"));

    h.keys("u");
    same_content(h.session(), &original);
    same_content(&h.saved(), &original);
}

#[test]
fn a_new_category_joins_the_list_in_the_same_undo_step() {
    let original = workshop();
    let mut h = open(&original);
    h.keys("<Enter><Tab><Tab><Tab><Tab><Tab>")
        .type_text("Cattle rustling")
        .keys("<Enter>");
    let mut categories = default_categories();
    categories.push("Cattle rustling".into());
    for s in [h.session().clone(), h.saved()] {
        assert_eq!(s.categories, categories);
        assert_eq!(s.problems[0].category, "Cattle rustling");
    }
    assert_eq!(
        h.message(),
        "problem edited: «Theft at the market after dark», new category «Cattle rustling»"
    );
    // The next form offers it.
    h.keys("j<Enter>");
    assert!(h.render(120, 40).contains("◂ (none) ▸"));
    h.keys("<Tab><Tab><Tab><Tab><Left>");
    assert!(h.render(120, 40).contains("◂ Cattle rustling ▸"));
    h.keys("<Esc>y");

    h.keys("u");
    same_content(h.session(), &original);
    same_content(&h.saved(), &original);

    // A category typed as one already in the list uses it as spelled there.
    h.keys("<Home><Enter><Tab><Tab><Tab><Tab><Tab>")
        .type_text("violence")
        .keys("<Enter>");
    assert_eq!(h.session().problems[0].category, "Violence");
    assert_eq!(h.session().categories, default_categories());
}

#[test]
fn the_form_refuses_an_empty_title_and_asks_before_discarding() {
    let original = workshop();
    let mut h = open(&original);
    h.keys("<Enter><C-u><Enter>");
    assert!(h.render(80, 24).contains("a problem needs a title"));
    h.keys("<Esc>");
    assert!(h.render(80, 24).contains("Discard what was typed?"));
    h.keys("y");
    same_content(h.session(), &original);
    // Saving an untouched form records nothing.
    h.keys("<Enter><Enter>");
    assert_eq!(h.message(), "no changes");
    assert!(h.session().audit.is_empty());
}

// ---- delete -----------------------------------------------------------

#[test]
fn delete_says_what_goes_with_the_problem() {
    let s = workshop();
    assert_eq!(
        question(ask(&s, &[Do::Delete])),
        "Delete problem 1, «Theft at the market after dark»? \
         Its 3 dots and 1 action are deleted with it. (u undoes)"
    );
    assert_eq!(
        question(ask(&s, &[Do::Down, Do::Delete])),
        format!("Delete problem 2, «{ARABIC}»? It has no dots or actions yet. (u undoes)")
    );
    let mut shortlisted = s.clone();
    shortlisted.ranking.shortlist = vec![ProblemId(4)];
    assert_eq!(
        question(ask(&shortlisted, &[Do::Last, Do::Delete])),
        "Delete problem 4, «Domestic violence not reported»? \
         Its 1 dot is deleted with it. It leaves the shortlist. (u undoes)"
    );
}

#[test]
fn delete_asks_then_removes_dots_and_actions_and_undo_restores_them() {
    let original = workshop();
    let mut h = open(&original);
    h.keys("d");
    assert!(h.render(80, 24).contains("y yes · n no"));
    h.keys("n");
    assert_eq!(h.message(), "left as it was");
    same_content(h.session(), &original);

    h.keys("dy");
    for s in [h.session().clone(), h.saved()] {
        assert_eq!(ids(&s), vec![2, 3, 4]);
        assert_eq!(s.ranking.votes, vec![vote(4, 1)]);
        assert!(s.actions.is_empty());
    }
    // The next problem takes the selection.
    assert!(selected_row(&h.render(120, 40)).contains(ARABIC));

    h.keys("u");
    same_content(h.session(), &original);
    same_content(&h.saved(), &original);
}

#[test]
fn selection_survives_delete_and_undo() {
    let mut h = open(&workshop());
    h.keys("<End>dy");
    assert_eq!(ids(h.session()), vec![1, 2, 3]);
    // The selection moved up to the new last problem.
    assert!(selected_row(&h.render(80, 24)).contains("3. Drug"));
    h.keys("!");
    assert!(h.session().problems[2].needs_escalation);
    h.keys("uu");
    assert_eq!(ids(h.session()), vec![1, 2, 3, 4]);
    assert!(!h.session().problems[2].needs_escalation);
    assert!(selected_row(&h.render(80, 24)).contains("3. Drug"));
    // Undo of an add whose problem was selected falls back to a neighbour.
    h.keys("a").type_text("Brief").keys("<Enter><Esc>");
    assert!(selected_row(&h.render(80, 24)).contains("5. Brief"));
    h.keys("u");
    assert!(selected_row(&h.render(80, 24)).contains("4. Domestic"));
}

// ---- reorder ----------------------------------------------------------

#[test]
fn reorder_with_shift_k_j_and_shift_arrows_selection_follows() {
    let mut h = open(&workshop());
    h.keys("J");
    assert_eq!(ids(h.session()), vec![2, 1, 3, 4]);
    h.keys("J");
    assert_eq!(ids(h.session()), vec![2, 3, 1, 4]);
    assert_eq!(ids(&h.saved()), vec![2, 3, 1, 4]);
    assert_eq!(
        h.message(),
        "problem moved to position 3: «Theft at the market after dark»"
    );
    h.keys("K");
    assert_eq!(ids(h.session()), vec![2, 1, 3, 4]);
    h.app.handle_event(&shift(KeyCode::Up));
    assert_eq!(ids(h.session()), vec![1, 2, 3, 4]);
    h.keys("K");
    assert_eq!(h.message(), "already at the top");
    h.app.handle_event(&shift(KeyCode::Down));
    assert_eq!(ids(&h.saved()), vec![2, 1, 3, 4]);
    h.keys("<End>J");
    assert_eq!(h.message(), "already at the bottom");

    h.keys("u");
    assert_eq!(ids(h.session()), vec![1, 2, 3, 4]);
    assert_eq!(ids(&h.saved()), vec![1, 2, 3, 4]);
}

// ---- merge ------------------------------------------------------------

/// The workshop with problem 1 named twice.
fn with_duplicate() -> Session {
    let mut s = workshop();
    s.problems.push(Problem {
        location: "Toi market".into(),
        raised_by: vec![GroupId(2)],
        causes: vec!["No night guards".into(), "No street lighting".into()],
        ..problem(5, "Market theft at night")
    });
    s.ranking.votes.extend([vote(5, 2), vote(5, 2)]);
    s
}

#[test]
fn merge_question_names_both_problems_and_what_moves() {
    let s = with_duplicate();
    assert_eq!(
        question(ask(&s, &[Do::Last, Do::Merge, Do::First, Do::Merge])),
        "Merge «Market theft at night» into «Theft at the market after dark»? \
         «Market theft at night» disappears: its 2 dots move to \
         «Theft at the market after dark», and its causes, effects and details are added to \
         «Theft at the market after dark»."
    );
    // Merging the other way round: nothing but details goes with it.
    let mut plain = s.clone();
    plain.ranking.votes.retain(|v| v.problem != ProblemId(5));
    assert_eq!(
        question(ask(&plain, &[Do::Last, Do::Merge, Do::Up, Do::Merge])),
        "Merge «Market theft at night» into «Domestic violence not reported»? \
         «Market theft at night» disappears: its causes, effects and details are added to \
         «Domestic violence not reported»."
    );
    // Merging a problem into itself is not offered.
    assert_eq!(
        ask(&s, &[Do::Merge, Do::Merge]),
        Effect::Info("this is the problem being merged (◆): move to the one to keep it in".into())
    );
}

#[test]
fn merge_keeps_dots_and_details_and_undo_separates_them_again() {
    let original = with_duplicate();
    let mut h = open(&original);
    h.keys("<End>m");
    assert!(h.message().contains("«Market theft at night» marked"));
    h.keys("<Home>");
    let banner = h.render(120, 40);
    assert!(
        banner.contains(
            "MERGE  ◆ «Market theft at night»  →  into  ▶ «Theft at the market after dark»"
        )
    );
    h.keys("m");
    assert!(h.render(80, 24).contains("y yes · n no"));
    h.keys("y");
    assert_eq!(
        h.message(),
        "merged «Market theft at night» into «Theft at the market after dark»"
    );
    for s in [h.session().clone(), h.saved()] {
        assert_eq!(ids(&s), vec![1, 2, 3, 4]);
        let kept = &s.problems[0];
        assert_eq!(s.dots_for(kept.id, None), 5);
        assert_eq!(
            kept.causes,
            vec![
                "No street lighting",
                "Youth unemployment",
                "No night guards"
            ]
        );
        assert_eq!(kept.raised_by, vec![GroupId(1), GroupId(3), GroupId(2)]);
        assert_eq!(kept.location, "Toi market");
        assert_eq!(s.actions[0].problem, kept.id);
    }
    // The merged problem stays selected.
    assert!(selected_row(&h.render(120, 40)).contains("1. Theft"));

    h.keys("u");
    same_content(h.session(), &original);
    same_content(&h.saved(), &original);
}

#[test]
fn merge_mode_cancels_with_esc_and_merges_with_enter_too() {
    let original = with_duplicate();
    let mut h = open(&original);
    h.keys("m<Esc>");
    assert_eq!(h.message(), "merge cancelled");
    assert!(!h.render(80, 24).contains("MERGE"));
    h.keys("mm");
    assert!(h.message().starts_with("this is the problem being merged"));
    h.keys("<End><Enter>y");
    assert_eq!(ids(h.session()), vec![2, 3, 4, 5]);
    assert_eq!(ids(&h.saved()), vec![2, 3, 4, 5]);
    assert_eq!(h.session().dots_for(ProblemId(5), None), 5);
    h.keys("u");
    same_content(&h.saved(), &original);
    // Undoing away the marked problem ends the merge instead of pointing at
    // nothing.
    h.keys("a").type_text("Brief").keys("<Enter><Esc>mu");
    assert!(!h.render(80, 24).contains("MERGE"));
}

// ---- flags ------------------------------------------------------------

#[test]
fn escalation_and_resolved_take_one_key_each_and_undo() {
    let mut h = open(&workshop());
    h.keys("j!");
    assert!(h.session().problems[1].needs_escalation);
    assert!(h.saved().problems[1].needs_escalation);
    assert_eq!(
        h.message(),
        format!("⚑ «{ARABIC}» needs district/national action")
    );
    assert!(selected_row(&h.render(80, 24)).contains('⚑'));
    h.keys("r");
    assert!(h.saved().problems[1].resolved);
    assert_eq!(h.message(), format!("✓ «{ARABIC}» marked resolved"));
    let screen = h.render(120, 40);
    assert!(selected_row(&screen).contains("⚑✓"));
    assert!(screen.contains("✓ resolved"));

    h.keys("u");
    assert_eq!(h.message(), format!("undone: ✓ «{ARABIC}» marked resolved"));
    assert!(!h.saved().problems[1].resolved);
    h.keys("u");
    assert!(!h.saved().problems[1].needs_escalation);

    h.keys("k!");
    assert!(!h.saved().problems[0].needs_escalation);
    assert_eq!(
        h.message(),
        "«Theft at the market after dark» no longer flagged for district/national action"
    );
}

#[test]
fn read_only_refuses_every_change() {
    let original = workshop();
    let mut h = Harness::new();
    let path = h.store().create(&original).unwrap();
    h.app.start(Start::ReadOnly(path));
    for keys in ["a", "d", "<Enter>", "!", "r", "J", "m"] {
        h.keys(keys);
        assert!(
            h.message().starts_with("read-only"),
            "{keys}: {}",
            h.message()
        );
    }
    // Moving and looking still work.
    h.keys("jj");
    assert!(selected_row(&h.render(80, 24)).contains("3. Drug"));
    same_content(&h.saved(), &original);
}

#[test]
fn list_columns_line_up_with_right_to_left_and_wide_text() {
    let h = open(&workshop());
    let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(120, 40)).unwrap();
    terminal.draw(|f| h.app.draw(f)).unwrap();
    let buf = terminal.backend().buffer();
    // Rows 5–9 hold problems 1–4, the selected first one over two rows (its
    // title whole); the dots column ends at x 52 on each.
    let rows = [5, 7, 8, 9];
    let dots: Vec<&str> = rows.iter().map(|y| buf[(52, *y)].symbol()).collect();
    assert_eq!(dots, vec!["3", "0", "0", "1"]);
    let flags: Vec<&str> = rows.iter().map(|y| buf[(30, *y)].symbol()).collect();
    assert_eq!(flags, vec!["⚑", " ", " ", " "]);
    let second: String = (0..52).map(|x| buf[(x, 6)].symbol()).collect();
    assert!(second.contains("dark"), "{second}");
}

// ---- snapshots --------------------------------------------------------

#[test]
fn snapshot_list_and_tree() {
    let mut h = open(&workshop());
    insta::assert_snapshot!("list_tree_80x24", h.render(80, 24));
    insta::assert_snapshot!("list_tree_120x40", h.render(120, 40));
    insta::assert_snapshot!("list_tree_200x60", h.render(200, 60));
    h.keys("<End>");
    insta::assert_snapshot!("devanagari_tree_80x24", h.render(80, 24));
    insta::assert_snapshot!("devanagari_tree_200x60", h.render(200, 60));
}

#[test]
fn snapshot_empty_and_capture() {
    let mut s = session_with_groups("Kibera");
    s.stage = Stage::Identify;
    let mut h = open(&s);
    insta::assert_snapshot!("empty_80x24", h.render(80, 24));
    h.keys("a").type_text("Theft at the market").keys("<Enter>");
    h.type_text(ARABIC).keys("<Enter>").type_text(EMOJI);
    insta::assert_snapshot!("capture_80x24", h.render(80, 24));
    insta::assert_snapshot!("capture_120x40", h.render(120, 40));
}

#[test]
fn snapshot_edit_form() {
    let mut h = open(&workshop());
    h.keys("<End><Enter>");
    insta::assert_snapshot!("form_80x24", h.render(80, 24));
    insta::assert_snapshot!("form_120x40", h.render(120, 40));
    h.keys("<Tab>");
    insta::assert_snapshot!("form_causes_80x24", h.render(80, 24));
}

#[test]
fn snapshot_merge_mode_and_questions() {
    let mut h = open(&with_duplicate());
    h.keys("<End>m<Home>");
    insta::assert_snapshot!("merge_80x24", h.render(80, 24));
    insta::assert_snapshot!("merge_120x40", h.render(120, 40));
    h.keys("m");
    insta::assert_snapshot!("merge_confirm_80x24", h.render(80, 24));
    h.keys("n<Home>d");
    insta::assert_snapshot!("delete_confirm_80x24", h.render(80, 24));
}

#[test]
fn snapshot_long_lists_scroll_to_the_selection() {
    let mut s = workshop();
    for i in 5..=30 {
        s.problems.push(problem(
            i,
            &format!("Problem number {i} raised late in the day"),
        ));
    }
    s.problems[0].causes = (1..=12).map(|i| format!("Cause {i}")).collect();
    let mut h = open(&s);
    insta::assert_snapshot!("many_causes_80x24", h.render(80, 24));
    h.keys("<End>");
    insta::assert_snapshot!("scrolled_80x24", h.render(80, 24));
    // A page is the rows the list shows: at 80×24, 16 less the two more the
    // selected title takes to be read whole.
    h.keys("<PgUp>");
    let screen = h.render(80, 24);
    assert!(selected_row(&screen).contains("16."), "{screen}");
}

// ---- every size -------------------------------------------------------

/// A session that stresses layout: long text, many effects, wide graphemes.
fn crowded() -> Session {
    let mut s = with_duplicate();
    s.problems[0].description = "Long ".repeat(80);
    s.problems[0].effects = (1..=20).map(|i| format!("{EMOJI} effect {i}")).collect();
    s.problems[1].causes = vec!["स्ते".repeat(60)];
    s
}

/// Every mode: the list, the form (on a multi-line field), choosing a merge
/// target, and capture with a line typed.
const MODES: [&str; 4] = ["", "<Enter><Tab>", "m<End>", "a"];

/// Areas from 1×1 to 300×100: densely where the arithmetic edge cases are
/// (small areas, the switch to the left-to-right tree near 170 columns),
/// sparsely above, so the loop stays within a few seconds in a debug build.
fn areas() -> Vec<(u16, u16)> {
    let small = (1..=90)
        .step_by(4)
        .flat_map(|w| (1..=30).step_by(3).map(move |h| (w, h)));
    let large = (91..=300)
        .step_by(19)
        .chain([168, 169, 170, 171, 172, 300])
        .flat_map(|w| [31, 57, 100].map(|h| (w, h)));
    small.chain(large).collect()
}

/// The panel drawn on its own into every area: the app never hands it less
/// than 64×20 (it says "too small" instead), but the panel must not rely on
/// that.
#[test]
fn the_panel_draws_into_any_area_without_panicking() {
    let s = crowded();
    let ctx = Ctx {
        session: &s,
        now: moment(),
        today: moment().date_naive(),
        read_only: false,
        lang: baraza::i18n::Lang::En,
    };
    let theme = Theme::mono();
    let modes: [&[Do]; 4] = [&[], &[Do::Edit], &[Do::Merge, Do::Down], &[Do::Add]];
    for keys in modes {
        let mut panel = IdentifyPanel::default();
        for key in keys {
            panel.handle_action(*key, &ctx);
        }
        panel.handle_paste(ARABIC, &ctx);
        for (w, h) in areas() {
            let area = Rect::new(0, 0, w, h);
            panel.draw(area, &mut Buffer::empty(area), &ctx, &theme);
        }
        // An area away from the origin, and one reaching past the buffer.
        let mut buf = Buffer::empty(Rect::new(3, 2, 50, 12));
        panel.draw(Rect::new(3, 2, 50, 12), &mut buf, &ctx, &theme);
        panel.draw(Rect::new(10, 5, 80, 30), &mut buf, &ctx, &theme);
    }
}

/// The whole app in every mode, around the sizes where the panel starts to
/// be drawn and where its layout changes.
#[test]
fn the_app_renders_the_panel_at_any_size_without_panicking() {
    let widths = [1, 63, 64, 65, 80, 120, 170, 171, 200, 300];
    let heights = [1, 19, 20, 21, 24, 40, 60, 100];
    for keys in MODES {
        let mut h = open(&crowded());
        h.keys(keys);
        h.type_text(ARABIC);
        for w in widths {
            for ht in heights {
                h.render(w, ht);
            }
        }
    }
}
