//! The store on real temp folders: round trips, bad files, locks, names, modes.

use crate::common;

use std::fs;
use std::path::Path;

use baraza::model::*;
use baraza::store::{self, OpenSession, SessionLock, Store, StoreError};
use chrono::Duration;
use common::{day, moment, session_with_groups};
use proptest::prelude::*;
use tempfile::TempDir;

fn store() -> (TempDir, Store) {
    let dir = TempDir::new().unwrap();
    let store = Store::open(dir.path().join("sessions")).unwrap();
    (dir, store)
}

/// A session with every field set, in several scripts.
fn full_session() -> Session {
    let t = |s: i64| moment() + Duration::seconds(s);
    let mut s = session_with_groups("Baraza ya usalama — Kibera 🛡️");
    s.location = "Кибера, Найроби / كيبيرا".into();
    s.facilitators = vec!["Amina Odhiambo".into(), "राम बहादुर".into(), "王芳".into()];
    s.groups.push(Group {
        id: GroupId(5),
        name: "الشرطة 👮".into(),
        count: 3,
    });
    s.dots_per_participant = 4;
    s.context = "Tension after the evictions.\n\"Quoted\" words, a back\\slash, r#\"raw\"# and a tab\there.\nनेपाली पाठ".into();
    s.categories.push("Ссоры из-за земли".into());
    s.problems = vec![
        Problem {
            id: ProblemId(1),
            title: "سرقة الماشية ليلاً".into(),
            description: "Cattle taken from the bomas at night.\nTwo herders hurt.".into(),
            category: "Crime and theft".into(),
            location: "Eastern grazing land".into(),
            raised_by: vec![GroupId(2), GroupId(4)],
            causes: vec!["no night patrols".into(), "बेरोजगारी".into()],
            effects: vec!["fear".into(), "revenge attacks 🔥".into()],
            needs_escalation: true,
            resolved: false,
            carried_from: Some(ProblemId(7)),
        },
        Problem {
            id: ProblemId(2),
            title: "路灯坏了".into(),
            resolved: true,
            ..Default::default()
        },
    ];
    s.ranking = Ranking {
        method: RankMethod::Criteria,
        votes: vec![
            Vote {
                problem: ProblemId(1),
                group: GroupId(1),
                at: t(1),
            },
            Vote {
                problem: ProblemId(2),
                group: GroupId(5),
                at: t(2),
            },
        ],
        pair_scope: PairScope::All,
        pairs: vec![PairDecision {
            pair: (ProblemId(1), ProblemId(2)),
            winner: Some(ProblemId(1)),
            group: Some(GroupId(3)),
            reason: "people are hurt — ما زال الخوف".into(),
            at: t(3),
        }],
        criteria: vec![Criterion {
            id: CriterionId(1),
            name: "Частота".into(),
            weight: 2,
        }],
        scores: vec![Score {
            problem: ProblemId(2),
            criterion: CriterionId(1),
            group: None,
            value: 4,
            at: t(4),
        }],
        tie_breaks: vec![TieBreak {
            id: TieBreakId(1),
            method: RankMethod::Dots,
            rank: 2,
            tied: vec![ProblemId(1), ProblemId(2)],
            how: TieBreakHow::Runoff {
                votes: vec![Vote {
                    problem: ProblemId(2),
                    group: GroupId(1),
                    at: t(5),
                }],
            },
            order: vec![ProblemId(2), ProblemId(1)],
            at: t(6),
        }],
        shortlist: vec![ProblemId(1)],
        shortlist_size: 4,
        blind: Blind::Revealed,
    };
    s.actions = vec![Action {
        id: ActionId(1),
        problem: ProblemId(1),
        activity: "Night patrols with the chief's office".into(),
        responsible: "Police".into(),
        partners: "Community policing forum, وجهاء".into(),
        start: Some(day(2026, 12, 1)),
        due: Some(day(2027, 1, 15)),
        resources: "torches, airtime".into(),
        indicator: "no thefts reported in January".into(),
        risks: "patrols seen as taking sides".into(),
        status: ActionStatus::Stalled,
        progress: vec![ProgressNote {
            date: day(2026, 12, 10),
            text: "Chief agreed; police need fuel 🚓".into(),
            at: t(7),
        }],
        inherited_from: Some("prevsession".into()),
        card_indicator: None,
    }];
    s.lessons = Lessons {
        worked: "Women's group spoke first".into(),
        did_not_work: "Police arrived late".into(),
        lessons: "Meet at the market on Saturday".into(),
        improvements: "Translate into Somali".into(),
    };
    s.stage = Stage::Learn;
    s.previous = Some("prevsession".into());
    s.worked = [(Stage::Identify, 2040), (Stage::Rank, 59)].into();
    s.audit = vec![AuditEntry {
        at: t(8),
        kind: AuditKind::Undo,
        what: "dot for «سرقة» from Women".into(),
    }];
    assert!(s.validate().is_empty(), "{:?}", s.validate());
    s
}

#[test]
fn every_field_survives_a_save_and_load() {
    let (_dir, store) = store();
    let session = full_session();
    let path = store.create(&session).unwrap();
    let loaded = store::load(&path).unwrap();
    assert_eq!(loaded.migrated_from, None);
    assert_eq!(loaded.session, session);
    // The file is readable text: scripts are written as they are, not escaped.
    let text = fs::read_to_string(&path).unwrap();
    assert!(text.contains("سرقة الماشية ليلاً"));
    assert!(text.contains("बेरोजगारी"));
    assert!(text.contains("version: 2"));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Whatever a facilitator types, including quotes, backslashes, raw-string
    /// markers, control characters and any script, comes back byte for byte.
    #[test]
    fn any_text_round_trips(title in "\\PC{1,40}", notes in any::<String>(), name in "[\\p{L}\\p{N}\\p{So}\"#\\\\ ]{1,20}") {
        let (_dir, store) = store();
        let mut s = session_with_groups("x");
        prop_assume!(!title.trim().is_empty());
        // A blank group name is refused by the rules (model::rules::group_name).
        prop_assume!(!name.trim().is_empty());
        s.title = title;
        s.context = notes;
        s.groups[0].name = name;
        let path = store.create(&s).unwrap();
        prop_assert!(path.starts_with(store.dir()));
        prop_assert_eq!(store::load(&path).unwrap().session, s);
    }
}

#[test]
fn a_corrupt_file_is_reported_with_line_and_column_and_left_untouched() {
    let (_dir, store) = store();
    let path = store.create(&full_session()).unwrap();
    let mut text = fs::read_to_string(&path).unwrap();
    // Break line 5: a value without its closing quote.
    let line5 = text.lines().nth(4).unwrap().to_string();
    text = text.replacen(&line5, "  title: \"Kibera,", 1);
    fs::write(&path, &text).unwrap();
    let before = fs::read(&path).unwrap();

    let err = store::load(&path).unwrap_err();
    let StoreError::Syntax { line, column, .. } = &err else {
        panic!("expected a syntax error, got {err}");
    };
    assert!(*line >= 5, "line {line}");
    assert!(*column >= 1);
    let message = err.to_string();
    assert!(
        message.contains(&format!("{}:{line}:{column}:", path.display())),
        "{message}"
    );

    // Opening for editing fails the same way and writes nothing.
    assert!(OpenSession::open(&path, "test").is_err());
    // The listing shows it as unreadable and carries on.
    store.create(&session_with_groups("A good one")).unwrap();
    let entries = store.list();
    assert_eq!(entries.len(), 2);
    let bad = entries.iter().find(|e| e.path == path).unwrap();
    assert!(
        bad.summary
            .as_ref()
            .unwrap_err()
            .starts_with(&format!("{line}:{column}:"))
    );
    assert_eq!(
        fs::read(&path).unwrap(),
        before,
        "the bad file is byte-for-byte untouched"
    );
}

#[test]
fn a_file_from_a_newer_baraza_is_refused_and_untouched() {
    let (_dir, store) = store();
    let path = store.create(&session_with_groups("Future")).unwrap();
    let text = fs::read_to_string(&path)
        .unwrap()
        .replace("version: 2,", "version: 9,\n  hovercraft: true,");
    fs::write(&path, &text).unwrap();
    let err = store::load(&path).unwrap_err();
    assert!(matches!(err, StoreError::Newer { version: 9, .. }));
    assert!(err.to_string().contains("newer baraza"), "{err}");
    assert!(OpenSession::open(&path, "test").is_err());
    assert_eq!(fs::read_to_string(&path).unwrap(), text);
}

#[test]
fn a_version_1_file_is_migrated_and_its_original_kept_before_the_first_save() {
    let (_dir, store) = store();
    let original = fs::read(Path::new("tests/suite/fixtures/v1-session.ron")).unwrap();
    let path = store.dir().join("2026-03-14-mathare-security-baraza.ron");
    fs::write(&path, &original).unwrap();

    let decoded = store::load(&path).unwrap();
    assert_eq!(decoded.migrated_from, Some(1));
    let s = &decoded.session;
    assert_eq!(s.version, SCHEMA_VERSION);
    assert_eq!(s.ranking.votes.len(), 30, "every v1 dot is kept");
    assert_eq!(s.ranking.shortlist, [ProblemId(3), ProblemId(1)]);
    assert_eq!(s.ranking.method, RankMethod::Dots);
    assert_eq!(s.problems[2].title, "Домашнее насилие");
    assert_eq!(s.actions[0].progress.len(), 1);
    assert!(s.validate().is_empty());

    // Opening does not write; the first save keeps the original aside.
    let mut doc = OpenSession::open(&path, "test").unwrap();
    assert_eq!(fs::read(&path).unwrap(), original);
    let editor = doc.editor_mut().unwrap();
    editor
        .apply(
            Change::Set(Field::Location("Mathare North".into())),
            moment(),
        )
        .unwrap();
    assert!(doc.save_if_changed(moment()));
    doc.flush();
    let backup = store
        .dir()
        .join("2026-03-14-mathare-security-baraza.v1.ron.bak");
    assert_eq!(fs::read(&backup).unwrap(), original);
    let saved = store::load(&path).unwrap();
    assert_eq!(saved.migrated_from, None);
    assert_eq!(saved.session.location, "Mathare North");
    // The backup is not a session.
    assert_eq!(store.list().len(), 1);
}

#[test]
fn leftover_temp_files_are_ignored_and_never_block_a_save() {
    let (_dir, store) = store();
    let path = store.create(&session_with_groups("Kisumu")).unwrap();
    // What a crash mid-save leaves behind: a partial temp file.
    let temp = store.dir().join(format!(
        "{}{}-0-{}",
        store::TEMP_PREFIX,
        std::process::id(),
        "x.ron"
    ));
    fs::write(&temp, "(version: 2, title: \"half").unwrap();
    fs::write(store.dir().join(".hidden.ron"), "not a session").unwrap();
    assert_eq!(store.list().len(), 1);

    let mut doc = OpenSession::open(&path, "test").unwrap();
    doc.editor_mut()
        .unwrap()
        .apply(Change::Set(Field::Location("Kondele".into())), moment())
        .unwrap();
    doc.save_if_changed(moment());
    doc.flush();
    assert_eq!(store::load(&path).unwrap().session.location, "Kondele");
    assert_eq!(store.list().len(), 1);
}

#[test]
fn a_second_writer_is_refused_and_told_who_holds_the_session() {
    let (_dir, store) = store();
    let path = store.create(&session_with_groups("Eldoret")).unwrap();
    let first = OpenSession::open(&path, "baraza (pid 1) of amina on laptop-1").unwrap();
    match OpenSession::open(&path, "someone else") {
        Err(StoreError::Locked { holder, .. }) => {
            assert_eq!(holder, "baraza (pid 1) of amina on laptop-1")
        }
        other => panic!("expected the lock to be refused, got {other:?}"),
    }
    // Read-only is offered instead: no lock, no writes.
    let mut viewer = OpenSession::open_read_only(&path).unwrap();
    assert!(viewer.is_read_only());
    assert!(viewer.editor_mut().is_none());
    assert!(!viewer.save_if_changed(moment()));
    drop(first);
    assert!(OpenSession::open(&path, "someone else").is_ok());
}

#[test]
fn hostile_titles_stay_inside_the_folder() {
    let (dir, store) = store();
    let long = "x".repeat(300);
    let titles = [
        "../../etc/passwd",
        "/etc/shadow",
        "..",
        ".",
        "CON",
        "nul",
        "a/b\\c:d*e?f\"g<h>i|j",
        long.as_str(),
        "🔥🔥🔥",
        "\u{0}\u{1b}[2J",
        "line\nbreak",
        "काठमाडौं".repeat(60).leak(),
    ];
    for title in titles {
        let mut s = session_with_groups("x");
        s.title = title.to_string();
        let path = store.create(&s).unwrap();
        assert_eq!(path.parent().unwrap(), store.dir(), "{title:?} -> {path:?}");
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        assert!(name.len() <= 200, "{name}");
        assert!(
            name.starts_with("2026-11-27-") && name.ends_with(".ron"),
            "{name}"
        );
        assert_eq!(store::load(&path).unwrap().session.title, title);
    }
    // Nothing was written anywhere else.
    let outside: Vec<_> = fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(outside.len(), 1, "only the sessions folder");
    // The same title twice gets two files: two ids, two names; the same
    // session twice (the same id, a copy) gets a counter.
    let a = store.create(&session_with_groups("Same")).unwrap();
    let b = store.create(&session_with_groups("Same")).unwrap();
    assert_ne!(a, b);
    assert!(
        a.to_string_lossy().ends_with("-same-testsession.ron"),
        "{a:?}"
    );
    assert!(
        b.to_string_lossy().ends_with("-same-testsession-2.ron"),
        "{b:?}"
    );
    let mut other = session_with_groups("Same");
    other.id = baraza::clock::new_session_id(common::moment());
    let c = store.create(&other).unwrap();
    let short = baraza::model::session_id::short(&other.id);
    assert!(
        c.to_string_lossy().ends_with(&format!("-same-{short}.ron")),
        "{c:?}"
    );
}

#[cfg(unix)]
#[test]
fn what_baraza_writes_is_private_and_nothing_else_is_touched() {
    use std::os::unix::fs::PermissionsExt;
    let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o7777;
    let dir = TempDir::new().unwrap();
    let folder = dir.path().join("new").join("sessions");
    let store = Store::open(&folder).unwrap();
    assert_eq!(mode(&folder), 0o700, "a folder baraza makes is private");
    assert_eq!(mode(folder.parent().unwrap()), 0o700);
    let path = store.create(&full_session()).unwrap();
    assert_eq!(mode(&path), 0o600);
    let mut doc = OpenSession::open(&path, "test").unwrap();
    assert_eq!(mode(&SessionLock::path_for(&path)), 0o600);
    doc.editor_mut()
        .unwrap()
        .apply(Change::Set(Field::Location("Kondele".into())), moment())
        .unwrap();
    doc.save_if_changed(moment());
    doc.flush();
    assert_eq!(mode(&path), 0o600, "every save writes a private file");
    drop(doc);

    // A session copied in from a USB stick is left as it is until baraza
    // writes it; then the file written is private.
    let copied = folder.join("2026-01-01-copied.ron");
    fs::copy(&path, &copied).unwrap();
    fs::set_permissions(&copied, fs::Permissions::from_mode(0o644)).unwrap();
    Store::open(&folder).unwrap();
    store.list();
    assert_eq!(mode(&copied), 0o644);
    let mut doc = OpenSession::open(&copied, "test").unwrap();
    assert_eq!(mode(&copied), 0o644, "opening writes nothing");
    doc.editor_mut()
        .unwrap()
        .apply(Change::Set(Field::Location("Kisumu".into())), moment())
        .unwrap();
    doc.save_if_changed(moment());
    doc.flush();
    assert_eq!(mode(&copied), 0o600);

    // A folder someone else made keeps its mode, and so do files in it that
    // are not baraza's: before this change `list` left such a folder 0700
    // and notes.md 0600.
    let shared = dir.path().join("shared");
    fs::create_dir(&shared).unwrap();
    fs::set_permissions(&shared, fs::Permissions::from_mode(0o1777)).unwrap();
    let notes = shared.join("notes.md");
    fs::write(&notes, "# notes").unwrap();
    fs::set_permissions(&notes, fs::Permissions::from_mode(0o644)).unwrap();
    Store::open(&shared).unwrap().list();
    Store::existing(&shared).unwrap().list();
    assert_eq!(mode(&shared), 0o1777);
    assert_eq!(mode(&notes), 0o644);
}

#[test]
fn sessions_are_found_by_path_name_slug_or_id() {
    let (_dir, store) = store();
    let mut s = session_with_groups("Kibera youth baraza");
    s.id = "k7m2q9xw4c".into();
    let path = store.create(&s).unwrap();
    store.create(&session_with_groups("Kisumu elders")).unwrap();
    store.create(&session_with_groups("Kisumu youth")).unwrap();
    for query in [
        path.to_str().unwrap(),
        "2026-11-27-kibera-youth-baraza-k7m2q9xw4c.ron",
        "2026-11-27-kibera-youth-baraza-k7m2q9xw4c",
        "kibera-youth-baraza",
        "Kibera youth",
        "k7m2q9xw4c",
        "KIBERA YOUTH BARAZA",
    ] {
        assert_eq!(store.resolve(query).unwrap(), path, "{query}");
    }
    assert!(matches!(
        store.resolve("nairobi"),
        Err(StoreError::NotFound(_))
    ));
    assert!(matches!(
        store.resolve("kisumu"),
        Err(StoreError::Ambiguous { .. })
    ));
}

#[test]
fn the_list_is_newest_first() {
    let (_dir, store) = store();
    for (title, d) in [
        ("March", day(2026, 3, 1)),
        ("July", day(2026, 7, 1)),
        ("May", day(2026, 5, 1)),
    ] {
        let mut s = session_with_groups(title);
        s.date = d;
        store.create(&s).unwrap();
    }
    let titles: Vec<String> = store
        .list()
        .into_iter()
        .map(|e| e.summary.unwrap().title)
        .collect();
    assert_eq!(titles, ["July", "May", "March"]);
}

#[test]
fn the_listing_cache_follows_every_change_and_survives_damage() {
    let (_dir, store) = store();
    let path = store.create(&session_with_groups("Before")).unwrap();
    assert_eq!(store.list()[0].summary.as_ref().unwrap().title, "Before");
    assert!(store.dir().join(store::INDEX_FILE).exists());

    let mut doc = OpenSession::open(&path, "test").unwrap();
    doc.editor_mut()
        .unwrap()
        .apply(Change::Set(Field::Title("After".into())), moment())
        .unwrap();
    doc.save_if_changed(moment());
    doc.flush();
    assert_eq!(store.list()[0].summary.as_ref().unwrap().title, "After");

    // A file that turns bad is shown as bad, not as its cached summary.
    fs::write(&path, "(version: 2,").unwrap();
    assert!(store.list()[0].summary.is_err());

    // A damaged cache is rebuilt, never trusted.
    fs::write(store.dir().join(store::INDEX_FILE), "garbage").unwrap();
    store.create(&session_with_groups("Third")).unwrap();
    let titles: Vec<String> = store
        .list()
        .into_iter()
        .filter_map(|e| e.summary.ok().map(|s| s.title))
        .collect();
    assert_eq!(titles, ["Third"]);
    // Removed files leave the listing.
    fs::remove_file(&path).unwrap();
    assert_eq!(store.list().len(), 1);
}

#[test]
fn a_failed_save_is_reported_kept_in_memory_and_retried() {
    use baraza::store::SaveState;
    let (_dir, store) = store();
    let path = store.create(&session_with_groups("Nyeri")).unwrap();
    let mut doc = OpenSession::open(&path, "test").unwrap();
    assert_eq!(doc.flush(), SaveState::Unchanged);
    // The USB stick is pulled out: the folder is gone.
    let aside = store.dir().with_file_name("pulled-out");
    fs::rename(store.dir(), &aside).unwrap();
    doc.editor_mut()
        .unwrap()
        .apply(Change::Set(Field::Location("Nyeri town".into())), moment())
        .unwrap();
    doc.save_if_changed(moment());
    assert!(matches!(doc.flush(), SaveState::Failed(_)));
    assert_eq!(
        doc.session().location,
        "Nyeri town",
        "the change is kept in memory"
    );
    // Nothing was written into the folder where it is now: the file is
    // where the facilitator opened it, or nowhere.
    assert_eq!(
        store::load(&aside.join(path.file_name().unwrap()))
            .unwrap()
            .session
            .location,
        "Kibera, Nairobi"
    );
    // Plugged back in: the next event retries, with nothing new to save.
    fs::rename(&aside, store.dir()).unwrap();
    assert!(doc.save_if_changed(moment()));
    assert_eq!(doc.flush(), SaveState::Saved(moment()));
    assert_eq!(store::load(&path).unwrap().session.location, "Nyeri town");
}

#[test]
fn a_misspelled_field_is_refused_with_its_place_not_silently_dropped() {
    let (_dir, store) = store();
    let path = store.create(&full_session()).unwrap();
    let text = fs::read_to_string(&path)
        .unwrap()
        .replace("  actions: [", "  actoins: [");
    fs::write(&path, &text).unwrap();
    let err = store::load(&path).unwrap_err();
    let message = err.to_string();
    assert!(matches!(err, StoreError::Syntax { .. }), "{message}");
    assert!(message.contains("actoins"), "{message}");
    assert_eq!(fs::read_to_string(&path).unwrap(), text, "untouched");
}

#[test]
fn a_file_that_does_not_fit_together_is_refused_by_name() {
    let (_dir, store) = store();
    let mut s = full_session();
    s.ranking.method = RankMethod::Pairwise;
    s.ranking.pairs[0].winner = Some(ProblemId(9));
    s.ranking.votes[0].problem = ProblemId(99);
    s.groups[1].name = "women".into();
    let path = store.create(&s).unwrap();
    let err = store::load(&path).unwrap_err();
    let message = err.to_string();
    assert!(matches!(err, StoreError::Inconsistent { .. }), "{message}");
    assert!(message.contains("unknown problem 99"), "{message}");
    assert!(message.contains("pair decision 1–2"), "{message}");
    assert!(message.contains("listed twice"), "{message}");
    assert!(OpenSession::open(&path, "test").is_err());
    assert!(store.list()[0].summary.is_err(), "listed as unreadable");
    // The maths never panics on such data either.
    let r = baraza::model::ranking::ranking(&s, RankMethod::Pairwise, None);
    assert_eq!(r.len(), 2);
}

/// A temp file a crash left over a day ago is removed once the folder is
/// opened (beside the first frame, not before it); a fresh one, perhaps
/// another program's save under way, is left alone.
#[test]
fn opening_the_folder_sweeps_temp_files_older_than_a_day() {
    let tmp = TempDir::new().unwrap();
    let dir = tmp.path().join("sessions");
    fs::create_dir(&dir).unwrap();
    let old = dir.join(".baraza-tmp-left-by-a-crash");
    let fresh = dir.join(".baraza-tmp-being-written");
    for p in [&old, &fresh] {
        fs::write(p, b"half a session").unwrap();
    }
    let two_days = std::time::SystemTime::now() - std::time::Duration::from_secs(2 * 24 * 3600);
    fs::File::options()
        .write(true)
        .open(&old)
        .unwrap()
        .set_modified(two_days)
        .unwrap();
    let _store = Store::open(&dir).unwrap();
    // The sweep runs on its own thread: wait for it, up to ten seconds.
    for _ in 0..1000 {
        if !old.exists() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    assert!(!old.exists(), "the old temp file is still there");
    assert!(fresh.exists(), "a fresh temp file was removed");
}
