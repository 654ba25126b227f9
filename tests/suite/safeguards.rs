//! Do-no-harm rules (issue 14): ids that never collide, the consent note in
//! every report, small groups merged in anonymised copies, the export log,
//! and the retention rule that purges old free text.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use baraza::clock::new_session_id;
use baraza::i18n::Lang;
use baraza::model::ranking::dot_ranking;
use baraza::model::*;
use baraza::report::csv::{CsvOptions, SessionTable};
use baraza::report::rollup::{self, RollupOptions};
use baraza::report::small_groups::{DEFAULT_MIN_GROUP, OTHER_GROUPS, merge_small_groups};
use baraza::report::{Options, anonymize_with, csv, html, markdown};
use baraza::store::{self, SessionLock, Store};
use proptest::prelude::*;
use tempfile::TempDir;

use crate::common::{day, moment, session_with_groups};

fn baraza(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_baraza"))
        .args(args)
        .env("BARAZA_DIR", dir)
        .stdin(Stdio::null())
        .output()
        .unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

fn ok(o: Output) -> String {
    assert!(o.status.success(), "{}{}", stdout(&o), stderr(&o));
    stdout(&o)
}

fn one_line_error(o: &Output, code: i32, says: &str) {
    let err = stderr(o);
    assert_eq!(o.status.code(), Some(code), "stderr: {err}");
    assert!(err.contains(says), "expected «{says}» in: {err}");
    assert!(!err.contains("panicked"), "{err}");
    assert_eq!(err.lines().count(), 1, "one line expected, got: {err}");
}

fn examples_in(dir: &Path) -> Vec<PathBuf> {
    fs::create_dir_all(dir).unwrap();
    let mut out = Vec::new();
    for entry in fs::read_dir("sessions").unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "ron") {
            let to = dir.join(path.file_name().unwrap());
            fs::copy(&path, &to).unwrap();
            out.push(to);
        }
    }
    out.sort();
    out
}

// --- Ids ---

#[test]
fn new_ids_are_uuid_v7_carrying_the_time_and_never_repeat() {
    let now = moment();
    let ids: std::collections::HashSet<String> = (0..20_000).map(|_| new_session_id(now)).collect();
    assert_eq!(ids.len(), 20_000, "the same millisecond, all different");
    for id in ids.iter().take(50) {
        let uuid = uuid::Uuid::parse_str(id).unwrap();
        assert_eq!(uuid.get_version_num(), 7, "{id}");
        let (secs, _) = uuid.get_timestamp().unwrap().to_unix();
        assert_eq!(secs as i64, now.timestamp(), "{id}");
    }
    // Time-ordered: a later session sorts after.
    let later = new_session_id(now + chrono::Duration::seconds(1));
    assert!(ids.iter().all(|id| *id < later));
}

#[test]
fn two_sessions_of_the_same_title_and_day_get_two_ids_and_old_ids_still_open() {
    let tmp = TempDir::new().unwrap();
    let dir = tmp.path();
    let args = [
        "new",
        "--no-open",
        "-t",
        "Kibera youth baraza",
        "-d",
        "2026-06-06",
    ];
    let one = PathBuf::from(ok(baraza(dir, &args)).trim());
    let two = PathBuf::from(ok(baraza(dir, &args)).trim());
    assert_ne!(one, two);
    let (a, b) = (
        store::load(&one).unwrap().session,
        store::load(&two).unwrap().session,
    );
    assert_ne!(a.id, b.id);
    // Found by id, new or old (the examples keep their ten-letter ids).
    examples_in(dir);
    for id in [a.id.as_str(), "k1b3racyc1", "e4stl31gh0"] {
        let md = ok(baraza(dir, &["export", id, "-o", "-"]));
        assert!(md.starts_with("# "), "{id}: {md}");
    }
}

// --- Consent ---

#[test]
fn the_consent_note_is_in_every_report_and_files_without_it_look_as_before() {
    let tmp = TempDir::new().unwrap();
    let dir = tmp.path();
    let consent = "Recorded for the programme; shared beyond the partners only anonymised. \
                   Names of victims are not written down.";
    let path = PathBuf::from(
        ok(baraza(
            dir,
            &[
                "new",
                "--no-open",
                "-t",
                "Kibera youth baraza",
                "-g",
                "Women:14",
                "--consent",
                consent,
            ],
        ))
        .trim(),
    );
    let s = store::load(&path).unwrap().session;
    assert_eq!(s.consent, consent);
    let plain = PathBuf::from(ok(baraza(dir, &["new", "--no-open", "-t", "Plain"])).trim());
    let text = fs::read_to_string(&plain).unwrap();
    for absent in ["consent:", "exports:", "purges:"] {
        assert!(
            !text.contains(absent),
            "a file without it looks as today: {text}"
        );
    }

    let today = Options::new(day(2026, 11, 27));
    for options in [today, today.anonymized()] {
        assert!(markdown::markdown(&s, &options).contains(consent));
        assert!(html::html(&s, &options).contains("Names of victims are not written down."));
        let table = String::from_utf8(csv::table(
            &s,
            SessionTable::Session,
            &options,
            CsvOptions::default(),
        ))
        .unwrap();
        assert!(table.contains(consent), "{table}");
    }
    let none = markdown::markdown(&store::load(&plain).unwrap().session, &today);
    assert!(none.contains("No consent note was recorded"), "{none}");
    let r = rollup::rollup(
        std::slice::from_ref(&s),
        &RollupOptions::new(day(2026, 11, 27)),
    );
    assert!(rollup::markdown(&r, Lang::En).contains(consent));
    assert!(rollup::html(&r, Lang::En).contains("Names of victims are not written down."));

    // Through the command line, every format.
    let md = ok(baraza(dir, &["export", "kibera-youth-baraza", "-o", "-"]));
    assert!(md.contains(consent));
    let rolled = ok(baraza(dir, &["rollup", "-F", "csv", "--table", "sessions"]));
    assert!(rolled.contains(consent), "{rolled}");
}

#[test]
fn a_consent_note_too_long_is_refused_by_new_and_by_check() {
    let tmp = TempDir::new().unwrap();
    let dir = tmp.path();
    let long = "a".repeat(rules::MAX_CONSENT_CHARS + 1);
    one_line_error(
        &baraza(dir, &["new", "--no-open", "-t", "X", "--consent", &long]),
        2,
        "a consent note is at most 2000 characters",
    );
    let path = PathBuf::from(ok(baraza(dir, &["new", "--no-open", "-t", "X"])).trim());
    let mut s = store::load(&path).unwrap().session;
    s.consent = long;
    store::save(&path, &s).unwrap();
    let checked = baraza(dir, &["check", path.to_str().unwrap()]);
    assert_eq!(checked.status.code(), Some(1));
    assert!(
        stdout(&checked).contains("a consent note is at most"),
        "{}",
        stdout(&checked)
    );
}

// --- Small groups in anonymised copies ---

fn with_votes(counts: &[u32], votes: &[(u32, u32)]) -> Session {
    let mut s = Session::new("s".into(), "Votes".into(), day(2026, 6, 6), moment());
    for (i, count) in counts.iter().enumerate() {
        s.groups.push(Group {
            id: GroupId(i as u32 + 1),
            name: format!("Group {i}"),
            count: *count,
        });
    }
    for p in 1..=4 {
        s.problems.push(Problem {
            id: ProblemId(p),
            title: format!("Problem {p}"),
            raised_by: vec![GroupId(1 + (p % counts.len() as u32))],
            ..Problem::default()
        });
    }
    for (g, p) in votes {
        s.ranking.votes.push(Vote {
            problem: ProblemId(1 + p % 4),
            group: GroupId(1 + g % counts.len() as u32),
            at: moment(),
        });
    }
    s
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// After merging, no group under the threshold stands alone (unless the
    /// whole room is one group), and nothing the room recorded is lost: the
    /// same people, the same dots, the same ranking, a session that fits.
    #[test]
    fn merged_groups_hide_small_ones_and_keep_every_total(
        counts in proptest::collection::vec(0u32..20, 1..7),
        votes in proptest::collection::vec((0u32..7, 0u32..4), 0..40),
        min in 0u32..9,
    ) {
        let s = with_votes(&counts, &votes);
        let mut a = s.clone();
        let merged = merge_small_groups(&mut a, min);
        prop_assert!(a.validate().is_empty(), "{:?}", a.validate());
        prop_assert_eq!(a.participants(), s.participants());
        prop_assert_eq!(a.ranking.votes.len(), s.ranking.votes.len());
        prop_assert_eq!(dot_ranking(&a, None), dot_ranking(&s, None));
        if min > 1 {
            prop_assert!(
                a.groups.len() == 1 || a.groups.iter().all(|g| g.count >= min),
                "{:?}", a.groups
            );
        }
        match merged {
            None => prop_assert_eq!(&a, &s),
            Some(m) => {
                let other = a.groups.iter().find(|g| g.name == OTHER_GROUPS).unwrap();
                prop_assert_eq!(other.count, m.people);
                prop_assert!(m.groups >= 2 || m.whole_room);
                // Each merged dot is the merged group's now.
                let dots: usize = a.groups.iter().map(|g| a.dots_used(g.id)).sum();
                prop_assert_eq!(dots, s.ranking.votes.len());
            }
        }
    }
}

/// Two small groups (3 and 2 people) scored the card and marked the grid:
/// merged, «Other groups» gives one score per indicator and one mark per
/// place and time, the mean of theirs rounded to a whole mark, with every
/// problem they linked; the groups large enough keep their own, the
/// provider keeps its self-score, and the session still fits together.
#[test]
fn merged_groups_give_one_card_score_and_one_mark_each_the_mean_of_theirs() {
    use baraza::model::score_card::Scorer;
    use baraza::model::where_when::TimeBand;
    let mut s = with_votes(&[14, 3, 2], &[]);
    let mut e = Editor::new(s.clone());
    let at = moment();
    e.apply(edits::add_indicator(e.session(), "Comes when called"), at)
        .unwrap();
    e.apply(edits::add_place(e.session(), "Soko la Toi"), at)
        .unwrap();
    let ind = e.session().score_card.indicators[0].id;
    let place = e.session().where_when.places[0].id;
    for (g, score, level, problem) in [(1, 70, 1, 1), (2, 20, 2, 2), (3, 35, 3, 3)] {
        let by = Scorer::Group(GroupId(g));
        let c = edits::set_card_score(e.session(), ind, by, score, "", at).unwrap();
        e.apply(c, at).unwrap();
        let c = edits::set_mark(
            e.session(),
            place,
            TimeBand::Night,
            GroupId(g),
            level,
            vec![ProblemId(problem)],
            at,
        )
        .unwrap();
        e.apply(c, at).unwrap();
    }
    let c = edits::set_card_score(e.session(), ind, Scorer::Provider, 90, "", at).unwrap();
    e.apply(c, at).unwrap();
    s = e.into_session();
    let mut a = s.clone();
    merge_small_groups(&mut a, DEFAULT_MIN_GROUP).expect("3 and 2 are merged");
    assert!(a.validate().is_empty(), "{:?}", a.validate());
    let other = a.groups.iter().find(|g| g.name == OTHER_GROUPS).unwrap().id;
    let card = &a.score_card;
    assert_eq!(
        card.scores.len(),
        3,
        "group 1, the merged group, the provider"
    );
    // (20 + 35) / 2 = 27.5, rounded half up.
    assert_eq!(card.value(ind, Scorer::Group(other)), Some(28));
    assert_eq!(card.value(ind, Scorer::Group(GroupId(1))), Some(70));
    assert_eq!(card.value(ind, Scorer::Provider), Some(90));
    let merged = a
        .where_when
        .mark(place, TimeBand::Night, other)
        .expect("one mark");
    // (2 + 3) / 2 = 2.5 → 3; both problems stay linked.
    assert_eq!(merged.level, 3);
    assert_eq!(merged.problems, [ProblemId(2), ProblemId(3)]);
    assert_eq!(a.where_when.marks.len(), 2);
}

#[test]
fn anonymised_exports_merge_groups_under_five_people() {
    let tmp = TempDir::new().unwrap();
    let dir = tmp.path();
    ok(baraza(
        dir,
        &[
            "new",
            "--no-open",
            "-t",
            "Kibera",
            "-g",
            "Women:14",
            "-g",
            "Men:11",
            "-g",
            "Elders:3",
            "-g",
            "Police:2",
        ],
    ));
    let md = ok(baraza(dir, &["export", "kibera", "-o", "-", "--anonymize"]));
    assert!(!md.contains("Elders") && !md.contains("Police"), "{md}");
    assert!(md.contains("| Other groups | 5 |"), "{md}");
    assert!(
        md.contains("Groups of fewer than 5 people are merged"),
        "{md}"
    );
    // A higher threshold merges more; 1 merges none.
    let md = ok(baraza(
        dir,
        &[
            "export",
            "kibera",
            "-o",
            "-",
            "--anonymize",
            "--min-group",
            "12",
        ],
    ));
    assert!(
        md.contains("| Women | 14 |") && md.contains("| Other groups | 16 |"),
        "{md}"
    );
    let md = ok(baraza(
        dir,
        &[
            "export",
            "kibera",
            "-o",
            "-",
            "--anonymize",
            "--min-group",
            "1",
        ],
    ));
    assert!(md.contains("| Elders | 3 |"), "{md}");
    // Not anonymised: every group as the room named it.
    let md = ok(baraza(dir, &["export", "kibera", "-o", "-"]));
    assert!(
        md.contains("| Elders | 3 |") && md.contains("| Police | 2 |"),
        "{md}"
    );
    one_line_error(
        &baraza(dir, &["export", "kibera", "-o", "-", "--min-group", "3"]),
        2,
        "--anonymize",
    );
}

#[test]
fn a_room_smaller_than_the_threshold_is_shown_as_one() {
    let s = with_votes(&[2, 1], &[(0, 1), (1, 2)]);
    let (a, merged) = anonymize_with(&s, DEFAULT_MIN_GROUP);
    assert!(merged.unwrap().whole_room);
    assert_eq!(a.groups.len(), 1);
    let md = markdown::markdown(&s, &Options::new(day(2026, 6, 6)).anonymized());
    assert!(
        md.contains("The whole room counted fewer than 5 people"),
        "{md}"
    );
}

// --- Export log ---

#[test]
fn every_export_is_in_the_session_export_log_and_its_audit() {
    let tmp = TempDir::new().unwrap();
    let dir = tmp.path();
    let path = PathBuf::from(ok(baraza(dir, &["new", "--no-open", "-t", "Kibera"])).trim());
    ok(baraza(dir, &["export", "kibera"]));
    ok(baraza(
        dir,
        &["export", "kibera", "-F", "html", "--anonymize", "-o", "-"],
    ));
    ok(baraza(
        dir,
        &["export", "kibera", "-F", "csv", "--table", "votes"],
    ));
    let s = store::load(&path).unwrap().session;
    let log: Vec<(ExportFormat, bool, Option<u32>, Vec<String>)> = s
        .exports
        .iter()
        .map(|e| (e.format, e.anonymized, e.min_group, e.tables.clone()))
        .collect();
    assert_eq!(
        log,
        [
            (ExportFormat::Markdown, false, None, vec![]),
            (ExportFormat::Html, true, Some(5), vec![]),
            (ExportFormat::Csv, false, None, vec!["votes".to_string()]),
        ]
    );
    assert_eq!(
        s.exports[0].to,
        [path.with_extension("md").display().to_string()]
    );
    assert_eq!(s.exports[1].to, ["standard output"]);
    let audit: Vec<&str> = s.audit.iter().map(|a| a.what.as_str()).collect();
    assert!(
        audit
            .iter()
            .any(|w| w.starts_with("report written: HTML report, anonymised, to standard output")),
        "{audit:?}"
    );
    assert!(s.validate().is_empty());
    // An anonymised copy does not say where the other copies went.
    let anon = markdown::markdown(&s, &Options::new(day(2026, 11, 27)).anonymized());
    assert!(!anon.contains("kibera.md"), "{anon}");
}

#[test]
fn an_export_of_a_session_open_elsewhere_is_written_but_says_it_is_not_logged() {
    let tmp = TempDir::new().unwrap();
    let dir = tmp.path();
    let path = PathBuf::from(ok(baraza(dir, &["new", "--no-open", "-t", "Kibera"])).trim());
    let _held = SessionLock::acquire(&path, "baraza (pid 1) of amina on field-laptop").unwrap();
    let out = baraza(dir, &["export", "kibera"]);
    one_line_error(&out, 1, "not recorded in the session's export log");
    assert!(stderr(&out).contains("field-laptop"), "{}", stderr(&out));
    assert!(
        path.with_extension("md").exists(),
        "the report itself is written"
    );
}

#[test]
fn check_refuses_an_export_log_or_purge_record_that_does_not_fit() {
    let tmp = TempDir::new().unwrap();
    let mut s = session_with_groups("Kibera");
    s.exports.push(ExportRecord {
        at: moment(),
        format: ExportFormat::Markdown,
        tables: vec!["votes".into()],
        anonymized: false,
        min_group: Some(5),
        to: vec![],
    });
    s.purges.push(Purge {
        at: moment(),
        before: day(2027, 1, 1),
        fields: vec![PurgeField::Context, PurgeField::Context],
    });
    let found = s.validate();
    for says in [
        "export log entry 1 does not say where it went",
        "export log entry 1 names CSV tables for a Markdown report",
        "export log entry 1 gives a smallest group for a copy that is not anonymised",
        "purge record 1 names a field twice",
        "purge record 1 purged text from before 2027-01-01, after the day it was made",
    ] {
        assert!(found.iter().any(|f| f == says), "{says}: {found:?}");
    }
    let path = tmp.path().join("bad.ron");
    fs::write(&path, store::encode(&s)).unwrap();
    let out = baraza(tmp.path(), &["check", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stdout(&out).contains("does not fit together"),
        "{}",
        stdout(&out)
    );
}

// --- Retention ---

#[test]
fn retention_purges_old_free_text_and_keeps_counts_ranks_and_statuses() {
    let tmp = TempDir::new().unwrap();
    let dir = tmp.path().join("sessions");
    let files = examples_in(&dir);
    let before: Vec<Session> = files
        .iter()
        .map(|f| store::load(f).unwrap().session)
        .collect();
    let bytes: Vec<Vec<u8>> = files.iter().map(|f| fs::read(f).unwrap()).collect();

    // A dry run changes nothing.
    let dry = ok(baraza(
        &dir,
        &["retention", "--before", "2026-07-01", "--dry-run"],
    ));
    assert!(
        dry.contains("2026-06-06-kibera-youth-baraza-cycle-1.ron: would purge context notes"),
        "{dry}"
    );
    assert!(
        !dry.contains("eastleigh"),
        "the October session is younger: {dry}"
    );
    for (f, b) in files.iter().zip(&bytes) {
        assert_eq!(&fs::read(f).unwrap(), b);
    }

    let said = ok(baraza(
        &dir,
        &[
            "retention",
            "--before",
            "2026-07-01",
            "--purge",
            "context,progress,descriptions,reasons,risks,lessons",
        ],
    ));
    assert!(
        said.contains("1 session purged of text from before 2026-07-01"),
        "{said}"
    );
    let after: Vec<Session> = files
        .iter()
        .map(|f| store::load(f).unwrap().session)
        .collect();
    let (old, new) = (&before[0], &after[0]);
    assert!(new.context.is_empty() && !old.context.is_empty());
    assert!(new.problems.iter().all(|p| p.description.is_empty()));
    assert!(new.ranking.pairs.iter().all(|d| d.reason.is_empty()));
    assert!(new.actions.iter().all(|a| a.risks.is_empty()));
    assert_eq!(new.lessons, Lessons::default());
    for (a, b) in old.actions.iter().zip(&new.actions) {
        assert_eq!(a.status, b.status);
        assert_eq!(a.progress.len(), b.progress.len(), "the notes stay, dated");
        for (x, y) in a.progress.iter().zip(&b.progress) {
            assert_eq!(x.date, y.date);
            if x.date < day(2026, 7, 1) {
                assert!(y.text.is_empty());
            } else {
                assert_eq!(x.text, y.text, "a note younger than the rule is kept");
            }
        }
    }
    // Counts and ranks as they were.
    assert_eq!(old.ranking.votes, new.ranking.votes);
    assert_eq!(old.problems.len(), new.problems.len());
    for method in RankMethod::ALL {
        assert_eq!(
            ranking::ranking(old, method, None),
            ranking::ranking(new, method, None)
        );
    }
    // Recorded: a purge record, a line in the audit, a note in reports.
    assert_eq!(new.purges.len(), 1);
    assert_eq!(new.purges[0].before, day(2026, 7, 1));
    assert!(
        new.audit
            .last()
            .unwrap()
            .what
            .starts_with("retention: purged context notes")
    );
    let md = markdown::markdown(new, &Options::new(day(2026, 11, 27)));
    assert!(
        md.contains("Purged under the programme's retention rule on"),
        "{md}"
    );
    // The younger session is untouched, byte for byte.
    assert_eq!(fs::read(&files[1]).unwrap(), bytes[1]);
    assert!(new.validate().is_empty());

    // Again: nothing left to purge, nothing written.
    let again_bytes = fs::read(&files[0]).unwrap();
    let again = ok(baraza(&dir, &["retention", "--before", "2026-07-01"]));
    assert!(again.contains("0 sessions purged"), "{again}");
    assert_eq!(fs::read(&files[0]).unwrap(), again_bytes);
}

#[test]
fn retention_leaves_a_session_open_elsewhere_and_says_so() {
    let tmp = TempDir::new().unwrap();
    let dir = tmp.path().join("sessions");
    let files = examples_in(&dir);
    let bytes = fs::read(&files[0]).unwrap();
    let _held = SessionLock::acquire(&files[0], "baraza (pid 1) of amina on field-laptop").unwrap();
    let out = baraza(&dir, &["retention", "--older-than", "10"]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains(
            "left 2026-06-06-kibera-youth-baraza-cycle-1.ron as it was: open in baraza (pid 1)"
        ),
        "{err}"
    );
    assert!(err.contains("run the purge again"), "{err}");
    assert_eq!(fs::read(&files[0]).unwrap(), bytes);
    assert!(
        stdout(&out).contains("2026-10-17-eastleigh"),
        "the other one is purged: {}",
        stdout(&out)
    );
    one_line_error(
        &baraza(&dir, &["retention", "--before", "2999-01-01"]),
        2,
        "is after today",
    );
    let none = baraza(&dir, &["retention"]);
    assert_eq!(none.status.code(), Some(2));
}

#[test]
fn retention_on_an_older_file_keeps_no_backup_of_the_purged_text() {
    let tmp = TempDir::new().unwrap();
    let dir = tmp.path().join("sessions");
    fs::create_dir_all(&dir).unwrap();
    let v1 = dir.join("2025-01-01-old.ron");
    fs::copy("tests/suite/fixtures/v1-session.ron", &v1).unwrap();
    let old = store::load(&v1).unwrap();
    assert_eq!(old.migrated_from, Some(1));
    assert!(old.session.context.contains("January evictions"));
    // The fixture is dated 2026-03-14; the rule reaches it from the day after.
    let said = ok(baraza(&dir, &["retention", "--before", "2026-03-15"]));
    assert!(
        said.contains("2025-01-01-old.ron: purged context notes"),
        "{said}"
    );
    let names: Vec<String> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(!names.iter().any(|n| n.ends_with(".bak")), "{names:?}");
    let text = fs::read_to_string(&v1).unwrap();
    assert!(!text.contains("January evictions"), "{text}");
    let upgraded = store::load(&v1).unwrap();
    assert_eq!(
        upgraded.migrated_from, None,
        "written in the current version"
    );
    assert!(Store::open(&dir).unwrap().session_files().len() == 1);
}
