//! The pseudo-language walk (see `language.rs`) over the session list, the
//! comparison view and how a change reads on the status line ("undone: …",
//! "redone: …"). A test locale wraps every message in markers: no visible
//! word may be outside them but the sessions' own.
//!
//! Covered: the list with sessions at 80×24 and 120×40, sorted every way,
//! filtered (matching, and matching nothing), an empty folder (the
//! examples' introduction), the examples by `e`, a file that cannot be
//! read (its row and the message on opening it), the new-session and
//! next-cycle forms and why they cannot be saved, the question for a
//! session open elsewhere, `c` on a first cycle; the comparison (the room,
//! one group, the score card); the status line after a change, its undo and
//! its redo, for groups, problems, dots, the details, a batch (a problem
//! deleted with its dots), a status, the shortlist, Learn, the method,
//! reports written (the export records), a purge and the score card's
//! scale; and a change a rule refuses.
//!
//! Not yet: the reason a file cannot be read is the store's words (English:
//! the store's messages are not converted yet), and so is who holds a
//! session open elsewhere; in how a change reads, a where-and-when band
//! and a ledger reply are left out of the walk (they need a grid and a
//! ledger set up first).

use std::collections::HashSet;

use baraza::i18n::Lang;
use baraza::model::*;
use baraza::store::OpenSession;

use crate::common::Harness;
use crate::language::{KEY_NAMES, KIBERA, assert_no_stray, example, session_words, unmarked};

/// The words of every session in `sessions`.
fn words_of(sessions: &[Session]) -> HashSet<String> {
    sessions.iter().flat_map(session_words).collect()
}

/// Fails with the screen when a word of it is not from the catalogue, nor
/// the sessions' own, nor a key's name, nor one of `also`.
fn assert_marked_screen(screen: &str, own: &HashSet<String>, also: &[&str], what: &str) {
    let allowed: Vec<&str> = KEY_NAMES.iter().chain(also).copied().collect();
    // The folder the list shows (its path is the laptop's, not a message).
    let screen = &screen.replace("[tmp]/sessions", "");
    assert_no_stray(screen, own, &allowed, what);
    assert!(screen.contains('⟦'), "{what}: no message at all?\n{screen}");
}

/// A list on the example sessions, speaking the pseudo language.
fn pseudo_list(sessions: &[Session]) -> Harness {
    let mut h = Harness::with_sessions(sessions);
    h.app.set_lang(Lang::Pseudo);
    h
}

/// Both sizes of every state `walk` reaches, each checked.
fn both_sizes(h: &mut Harness, own: &HashSet<String>, also: &[&str], what: &str) {
    for (w, hgt) in [(80, 24), (120, 40)] {
        let screen = h.render(w, hgt);
        assert_marked_screen(&screen, own, also, &format!("{what} at {w}×{hgt}"));
    }
}

#[test]
fn pseudo_language_the_session_list() {
    let sessions = Harness::examples();
    let own = words_of(&sessions);
    let mut h = pseudo_list(&sessions);
    both_sizes(&mut h, &own, &[], "the list");
    let l = Lang::Pseudo;
    assert!(h.render(80, 24).contains(l.t("list-col-community")));

    // Every order, with what the status line says.
    for id in [
        "list-sorted-title",
        "list-sorted-community",
        "list-sorted-stage",
        "list-sorted-date",
    ] {
        h.keys("o");
        let screen = h.render(120, 40);
        assert!(screen.contains(l.t(id)), "{id}\n{screen}");
        both_sizes(&mut h, &own, &[], id);
    }

    // Filtered: one match, then none.
    h.keys("/Kib");
    both_sizes(&mut h, &own, &["kib"], "filtering");
    assert!(h.render(80, 24).contains(l.t("list-filter")));
    h.keys("<Enter>");
    both_sizes(&mut h, &own, &["kib"], "filter kept");
    h.keys("/zzq");
    let screen = h.render(80, 24);
    assert!(screen.contains(l.t("list-no-match")), "{screen}");
    both_sizes(&mut h, &own, &["kibzzq"], "no match");
    h.keys("<Esc>");

    // `c` on a first cycle says why not.
    h.keys("<Home>c");
    assert!(h.render(120, 40).contains(l.t("list-no-previous")));
    both_sizes(&mut h, &own, &[], "compare on a first cycle");

    // The new-session form, why it cannot be saved, and the question
    // before what is typed is thrown away.
    h.keys("n");
    assert!(h.render(80, 24).contains(l.t("list-form-new")));
    both_sizes(&mut h, &own, &[], "new session");
    h.keys("<Enter>");
    assert!(h.render(80, 24).contains(l.t("list-give-title")));
    both_sizes(&mut h, &own, &[], "new session without a title");
    h.keys("Zq<Esc>");
    both_sizes(&mut h, &own, &["zq"], "new session: discard?");
    h.keys("y");

    // The next-cycle form.
    h.keys("N");
    let screen = h.render(80, 24);
    assert!(screen.contains("⟦Next cycle of «"), "{screen}");
    both_sizes(&mut h, &own, &[], "next cycle");
    h.keys("<Esc>");

    // The examples, from a folder with sessions (e) and an empty one.
    h.keys("e");
    assert!(h.render(80, 24).contains(l.t("list-col-example")));
    both_sizes(&mut h, &own, &[], "examples");
    let mut empty = Harness::new();
    empty.app.set_lang(Lang::Pseudo);
    let screen = empty.render(120, 40);
    assert!(
        screen.contains("⟦No sessions in this folder yet."),
        "{screen}"
    );
    both_sizes(&mut empty, &own, &[], "an empty folder");
    empty.keys("e");
    both_sizes(&mut empty, &own, &[], "an empty folder, e");
}

#[test]
fn pseudo_language_a_file_that_cannot_be_read_and_a_session_in_use() {
    let sessions = Harness::examples();
    let mut own = words_of(&sessions);
    let h0 = Harness::with_sessions(&sessions);
    let bad = h0.store().dir().join("2099-01-01-broken.ron");
    std::fs::write(&bad, "this is not a session").unwrap();
    let mut h = Harness {
        app: baraza::tui::App::new(
            h0.store(),
            h0.clock.clone(),
            baraza::tui::theme::ThemeName::Dark,
            None,
        ),
        ..h0
    };
    h.app.set_lang(Lang::Pseudo);
    // The file's name, and the store's reason (not converted yet).
    let row = h.render(120, 40);
    let line = row
        .lines()
        .find(|r| r.contains("broken"))
        .unwrap_or_else(|| panic!("no row for the broken file\n{row}"));
    assert!(line.contains("⟦unreadable⟧"), "{line}");
    let reason = line.split("broken.ron").nth(1).unwrap_or_default();
    own.extend(crate::language::words(reason));
    own.extend(["broken".to_string(), "ron".to_string()]);
    both_sizes(&mut h, &own, &[], "an unreadable file");
    // A file that cannot be read has no date: it comes last.
    h.keys("<End><Enter>");
    let screen = h.render(120, 40);
    assert!(screen.contains("⟦cannot open "), "{screen}");
    both_sizes(&mut h, &own, &[], "opening an unreadable file");

    // A session open in another program: the question.
    let h0 = Harness::with_sessions(&sessions);
    let path = h0.store().list()[0].path.clone();
    let _elsewhere = OpenSession::open(&path, "another baraza").unwrap();
    let mut h = h0;
    h.app.set_lang(Lang::Pseudo);
    h.keys("<Enter>");
    let screen = h.render(80, 24);
    assert!(screen.contains("Open it read-only here?⟧"), "{screen}");
    // Who holds it is the store's words.
    both_sizes(&mut h, &own, &["another"], "in use elsewhere");
}

/// The list with a second cycle of the first example: what `c` compares.
fn with_a_second_cycle() -> (Harness, HashSet<String>) {
    let sessions = Harness::examples();
    let mut h = Harness::with_sessions(&sessions);
    h.keys("<Down><Down>N<Enter>");
    let mut all = sessions.clone();
    all.push(h.session().clone());
    h.keys("q<Home>");
    (h, words_of(&all))
}

#[test]
fn pseudo_language_the_comparison() {
    let (mut h, own) = with_a_second_cycle();
    h.app.set_lang(Lang::Pseudo);
    h.keys("c");
    let l = Lang::Pseudo;
    let screen = h.render(80, 24);
    assert!(screen.contains("⟦How priorities moved · "), "{screen}");
    assert!(screen.contains(l.t("compare-whole-room")), "{screen}");
    both_sizes(&mut h, &own, &[], "the comparison");
    h.keys("g");
    both_sizes(&mut h, &own, &[], "one group's ranks");
    h.keys("S");
    let screen = h.render(120, 40);
    assert!(screen.contains("⟦How the score card moved · "), "{screen}");
    both_sizes(&mut h, &own, &[], "the score card");
    h.keys("G");
    both_sizes(&mut h, &own, &[], "the score card, the room");
    h.keys("?");
    both_sizes(&mut h, &own, &[], "the comparison's help");
}

#[test]
fn pseudo_language_the_status_line_after_undo_and_redo() {
    let s = example(KIBERA);
    let own = session_words(&s);
    let mut h = Harness::open(&s);
    h.app.set_lang(Lang::Pseudo);
    let (p1, p2, p3) = (s.problems[0].id, s.problems[1].id, s.problems[2].id);
    let g = s.groups[0].id;
    let mut action = s.actions[0].clone();
    action.status = if action.status == ActionStatus::Done {
        ActionStatus::Stalled
    } else {
        ActionStatus::Done
    };
    let mut lessons = s.lessons.clone();
    lessons.worked.push_str(" Also the radio.");
    let record = |format, tables: &[&str], anonymized, to: &[&str]| ExportRecord {
        at: crate::common::moment(),
        format,
        tables: tables.iter().map(|t| t.to_string()).collect(),
        anonymized,
        min_group: None,
        to: to.iter().map(|t| t.to_string()).collect(),
    };
    // Each way a record reads: one table, many, anonymised, many files.
    let exports = vec![
        record(ExportFormat::Markdown, &[], true, &["kibera.md"]),
        record(ExportFormat::Csv, &["votes"], false, &["kibera-votes.csv"]),
        record(
            ExportFormat::Csv,
            &["votes", "actions"],
            false,
            &["kibera-votes.csv", "kibera-actions.csv"],
        ),
    ];
    let purge = Purge {
        at: crate::common::moment(),
        before: crate::common::day(2026, 1, 1),
        fields: vec![
            PurgeField::Context,
            PurgeField::Reasons,
            PurgeField::Lessons,
        ],
    };
    let changes: Vec<(&str, Change)> = vec![
        ("a group added", edits::add_group(&s, "Boda riders", 12)),
        (
            "a dot",
            edits::add_vote(&s, p1, g, crate::common::moment()).unwrap(),
        ),
        (
            "the title",
            Change::Set(Field::Title("Kibera cycle".into())),
        ),
        (
            "dots per participant",
            Change::Set(Field::DotsPerParticipant(4)),
        ),
        ("a problem deleted", edits::remove_problem(&s, p2).unwrap()),
        ("a status", Change::Action(ListOp::Update(action))),
        ("the shortlist", Change::Set(Field::Shortlist(vec![p1, p3]))),
        ("lessons", Change::Set(Field::Lessons(lessons))),
        (
            "the method",
            Change::Set(Field::Method(RankMethod::Pairwise)),
        ),
        (
            "a problem moved",
            Change::Problem(ListOp::Move { id: p1, to: 1 }),
        ),
        ("reports written", Change::Set(Field::Exports(exports))),
        ("a purge", Change::Set(Field::Purges(vec![purge]))),
        (
            "the card's scale",
            // Its own scale again: a card with scores takes no other.
            Change::Set(Field::CardScale(s.score_card.scale)),
        ),
    ];
    // The export records name their files and formats (data, not words).
    let also = [
        "boda", "riders", "radio", "cycle", "kibera", "md", "csv", "Markdown", "CSV",
    ];
    for (what, change) in changes {
        let clock = h.clock.clone();
        assert!(
            h.app.workshop_mut().unwrap().apply(change, &clock),
            "{what}: not applied"
        );
        let done = h.message();
        assert!(done.starts_with('⟦'), "{what}: {done}");
        for (key, id) in [("u", "said-undone"), ("U", "said-redone")] {
            h.keys(key);
            let said = h.message();
            let head = Lang::Pseudo.f(id, &[("what", "".into())]);
            let head = head.trim_end_matches('⟧');
            assert!(said.starts_with(head), "{what} {key}: {said}");
            for (w, hgt) in [(80, 24), (120, 40)] {
                let screen = h.render(w, hgt);
                // The status line (a long message takes two rows), above
                // the hint line, below the panel's box.
                let rows: Vec<&str> = screen.lines().collect();
                let status: Vec<&str> = rows[rows.len() - 3..rows.len() - 1]
                    .iter()
                    .copied()
                    .filter(|r| !r.contains(['│', '└', '┘', '─']))
                    .collect();
                let status = status.join("\n");
                assert_marked_screen(&status, &own, &also, &format!("{what} {key}"));
            }
            let stray = unmarked(&said, &own, &also);
            assert!(stray.is_empty(), "{what} {key}: {stray:?} in {said}");
        }
    }
    // A change a rule refuses says why in the same language.
    let clock = h.clock.clone();
    let refused = Change::Set(Field::DotsPerParticipant(0));
    assert!(!h.app.workshop_mut().unwrap().apply(refused, &clock));
    let said = h.message();
    let why = Lang::Pseudo.msg(&baraza::model::rules::Broken::Dots.msg());
    assert!(said.starts_with('⟦') && said.contains(&why), "{said}");
    let stray = unmarked(&said, &own, &also);
    assert!(stray.is_empty(), "refused: {stray:?} in {said}");
}

#[test]
fn the_session_list_and_the_comparison_in_kiswahili_and_arabic() {
    for lang in [Lang::Sw, Lang::Ar] {
        let (mut h, _) = with_a_second_cycle();
        h.app.set_lang(lang);
        for (w, hgt) in [(80, 24), (120, 40)] {
            let screen = h.render(w, hgt);
            assert!(screen.contains(lang.t("list-col-community")), "{screen}");
            insta::assert_snapshot!(format!("list_{}_{w}x{hgt}", lang.code()), screen);
        }
        h.keys("c");
        for (w, hgt) in [(80, 24), (120, 40)] {
            let screen = h.render(w, hgt);
            assert!(screen.contains(lang.t("compare-whole-room")), "{screen}");
            insta::assert_snapshot!(format!("compare_{}_{w}x{hgt}", lang.code()), screen);
        }
    }
}

#[test]
fn french_and_russian_headings_are_not_cut_at_64_columns() {
    for lang in [Lang::Fr, Lang::Ru] {
        let (mut h, _) = with_a_second_cycle();
        h.app.set_lang(lang);
        let screen = h.render(64, 20);
        let headings = screen.lines().nth(1).unwrap();
        for id in [
            "list-col-date",
            "list-col-title",
            "list-col-community",
            "list-col-stage",
        ] {
            assert!(headings.contains(lang.t(id)), "{lang} {id}: {headings}");
        }
        assert!(!headings.contains('…'), "{lang}: {headings}");
        h.keys("c");
        let screen = h.render(64, 20);
        let header = screen.lines().nth(3).unwrap();
        for id in [
            "compare-col-now",
            "compare-col-before",
            "compare-col-movement",
            "compare-col-problem",
        ] {
            assert!(
                header.contains(lang.t(id)),
                "{lang} {id}: {header}\n{screen}"
            );
        }
        assert!(!header.contains('…'), "{lang}: {header}");
        let first = screen.lines().nth(1).unwrap();
        assert!(
            first.contains(lang.t("compare-ranks-of")),
            "{lang}: {first}"
        );
        h.keys("S");
        let screen = h.render(64, 20);
        let header = screen.lines().nth(3).unwrap();
        for id in ["compare-col-indicator", "compare-col-gap"] {
            assert!(
                header.contains(lang.t(id)),
                "{lang} {id}: {header}\n{screen}"
            );
        }
    }
}
