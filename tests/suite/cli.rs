//! The real binary, end to end on a temp folder.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use tempfile::TempDir;

fn baraza(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_baraza"))
        .args(args)
        .env("BARAZA_DIR", dir)
        .env_remove("NO_COLOR")
        // English whatever this machine's locale: these tests read words.
        .env("LC_ALL", "C.UTF-8")
        .env_remove("BARAZA_LANG")
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

/// A user mistake: one line on stderr, the given exit code, no panic.
fn assert_one_line_error(o: &Output, code: i32, says: &str) {
    let err = stderr(o);
    assert_eq!(o.status.code(), Some(code), "stderr: {err}");
    assert!(err.contains(says), "expected «{says}» in: {err}");
    assert!(
        !err.contains("panicked") && !err.contains("RUST_BACKTRACE"),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1, "one line expected, got: {err}");
}

fn new_session(dir: &Path, args: &[&str]) -> PathBuf {
    let mut all = vec!["new", "--no-open"];
    all.extend_from_slice(args);
    let out = baraza(dir, &all);
    assert!(out.status.success(), "{}", stderr(&out));
    PathBuf::from(stdout(&out).trim())
}

#[test]
fn new_creates_the_session_and_prints_its_path() {
    let tmp = TempDir::new().unwrap();
    let dir = tmp.path().join("sessions");
    let path = new_session(
        &dir,
        &[
            "--title",
            "Kibera youth baraza",
            "--location",
            "Kibera, Nairobi",
            "--date",
            "2026-11-27",
            "--facilitator",
            "Amina",
            "--facilitator",
            "राम",
            "--group",
            "Women:14",
            "--group",
            "Police: station 2:3",
            "--dots",
            "4",
        ],
    );
    let s = baraza::store::load(&path).unwrap().session;
    // The name carries the short id, so the same title made the same day on
    // another laptop is another file.
    let short = baraza::model::session_id::short(&s.id);
    assert_eq!(
        path,
        dir.join(format!("2026-11-27-kibera-youth-baraza-{short}.ron"))
    );
    assert_eq!(s.title, "Kibera youth baraza");
    assert_eq!(s.location, "Kibera, Nairobi");
    assert_eq!(s.facilitators, ["Amina", "राम"]);
    let groups: Vec<(&str, u32)> = s
        .groups
        .iter()
        .map(|g| (g.name.as_str(), g.count))
        .collect();
    assert_eq!(groups, [("Women", 14), ("Police: station 2", 3)]);
    assert_eq!(s.dots_per_participant, 4);
}

/// The title may come first, without `-t` (what a facilitator types first);
/// given both ways, or not at all, it is a one-line usage error.
#[test]
fn new_takes_the_title_first_without_t() {
    let tmp = TempDir::new().unwrap();
    let dir = tmp.path().join("sessions");
    let path = new_session(&dir, &["Kibera — usiku 🌙", "-l", "Kibera"]);
    let s = baraza::store::load(&path).unwrap().session;
    assert_eq!(s.title, "Kibera — usiku 🌙");
    assert_eq!(s.location, "Kibera");
    let both = baraza(&dir, &["new", "--no-open", "A", "-t", "B"]);
    assert_one_line_error(&both, 2, "cannot be used with");
    let none = baraza(&dir, &["new", "--no-open"]);
    assert_one_line_error(&none, 2, "--title");
    assert_eq!(
        std::fs::read_dir(&dir)
            .unwrap()
            .filter(|e| {
                e.as_ref()
                    .unwrap()
                    .path()
                    .extension()
                    .is_some_and(|x| x == "ron")
            })
            .count(),
        1
    );
}

#[test]
fn list_shows_a_table_and_tsv_newest_first() {
    let tmp = TempDir::new().unwrap();
    let dir = tmp.path();
    new_session(dir, &["--title", "Old one", "--date", "2026-01-05"]);
    new_session(
        dir,
        &[
            "--title",
            "اجتماع الحي",
            "--date",
            "2026-06-01",
            "--location",
            "Eastleigh",
        ],
    );
    fs::write(dir.join("2026-02-02-broken.ron"), "(version: 2, title: ").unwrap();

    let table = baraza(dir, &["list"]);
    assert!(table.status.success());
    let text = stdout(&table);
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines[0].starts_with("date"), "{text}");
    assert!(
        lines[1].contains("اجتماع الحي") && lines[1].contains("Eastleigh"),
        "{text}"
    );
    assert!(lines[2].contains("Old one"), "{text}");
    assert!(
        lines[3].contains("unreadable: 1:20:") && lines[3].contains("2026-02-02-broken.ron"),
        "{text}"
    );

    let tsv = baraza(dir, &["list", "--format", "tsv"]);
    assert!(tsv.status.success());
    let text = stdout(&tsv);
    let rows: Vec<Vec<&str>> = text.lines().map(|l| l.split('\t').collect()).collect();
    assert_eq!(
        rows[0],
        [
            "date", "title", "location", "stage", "problems", "votes", "actions", "file"
        ]
    );
    assert_eq!(
        rows[1][..4],
        ["2026-06-01", "اجتماع الحي", "Eastleigh", "Prepare"]
    );
    assert_eq!(
        rows.len(),
        3,
        "the unreadable file is reported on stderr, not in the TSV"
    );
    assert!(stderr(&tsv).contains("2026-02-02-broken.ron"));
}

#[test]
fn check_says_ok_or_names_line_and_column() {
    let tmp = TempDir::new().unwrap();
    let dir = tmp.path();
    let good = new_session(dir, &["--title", "Good"]);
    let bad = dir.join("bad.ron");
    fs::write(&bad, "(\n  version: 2,\n  title: 42,\n)").unwrap();

    let ok = baraza(dir, &["check", good.to_str().unwrap()]);
    assert_eq!(ok.status.code(), Some(0));
    assert_eq!(stdout(&ok).trim(), format!("{}: ok", good.display()));

    let mixed = baraza(
        dir,
        &["check", good.to_str().unwrap(), bad.to_str().unwrap()],
    );
    assert_eq!(mixed.status.code(), Some(1));
    let out = stdout(&mixed);
    assert!(out.contains(&format!("{}: ok", good.display())), "{out}");
    assert!(out.contains(&format!("{}:3:", bad.display())), "{out}");
    assert_eq!(out.lines().count(), 2, "{out}");

    let examples: Vec<String> = fs::read_dir("sessions")
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "ron"))
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    assert!(examples.len() >= 2, "the example sessions are in sessions/");
    let mut args = vec!["check"];
    args.extend(examples.iter().map(String::as_str));
    let all = baraza(dir, &args);
    assert_eq!(all.status.code(), Some(0), "{}", stdout(&all));
}

#[test]
fn user_mistakes_get_one_line_and_an_exit_code() {
    let tmp = TempDir::new().unwrap();
    let dir = tmp.path();
    assert_one_line_error(
        &baraza(
            dir,
            &["new", "--title", "X", "--group", "Women", "--no-open"],
        ),
        2,
        "NAME:COUNT",
    );
    assert_one_line_error(
        &baraza(
            dir,
            &["new", "--title", "X", "--date", "31/11/2026", "--no-open"],
        ),
        2,
        "YYYY-MM-DD",
    );
    assert_one_line_error(
        &baraza(dir, &["new", "--title", "  ", "--no-open"]),
        2,
        "title",
    );
    assert_one_line_error(
        &baraza(
            dir,
            &[
                "new",
                "--title",
                "X",
                "--group",
                "A:1",
                "--group",
                "A:2",
                "--no-open",
            ],
        ),
        2,
        "twice",
    );
    assert_one_line_error(&baraza(dir, &["open", "nowhere"]), 1, "no session matches");
    assert_one_line_error(&baraza(dir, &["frobnicate"]), 2, "frobnicate");
    let missing = baraza(dir, &["check", "/no/such/file.ron"]);
    assert_eq!(missing.status.code(), Some(1));
    assert!(stdout(&missing).contains("/no/such/file.ron"));
    // Without a terminal the full-screen program says what to do instead.
    assert_one_line_error(&baraza(dir, &[]), 1, "baraza list");
    // Nothing was written by any of these.
    assert_eq!(fs::read_dir(dir).unwrap().count(), 0);
}

#[test]
fn every_command_has_help() {
    let tmp = TempDir::new().unwrap();
    for args in [
        vec!["--help"],
        vec!["new", "--help"],
        vec!["open", "--help"],
        vec!["list", "--help"],
        vec!["check", "--help"],
    ] {
        let out = baraza(tmp.path(), &args);
        assert!(out.status.success(), "{args:?}");
        assert!(stdout(&out).contains("Usage: baraza"), "{args:?}");
    }
}

#[test]
fn dir_flag_wins_over_the_environment() {
    let tmp = TempDir::new().unwrap();
    let env_dir = tmp.path().join("env");
    let flag_dir = tmp.path().join("flag");
    let out = Command::new(env!("CARGO_BIN_EXE_baraza"))
        .args([
            "--dir",
            flag_dir.to_str().unwrap(),
            "new",
            "--title",
            "Here",
            "--no-open",
        ])
        .env("BARAZA_DIR", &env_dir)
        .output()
        .unwrap();
    assert!(out.status.success());
    let made: Vec<String> = fs::read_dir(&flag_dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    let start = format!("{}-here-", chrono::Local::now().date_naive());
    assert!(
        made.iter()
            .any(|n| n.starts_with(&start) && n.ends_with(".ron")),
        "{made:?}"
    );
    assert!(!env_dir.exists());
}

#[test]
fn new_refuses_what_the_program_would_refuse() {
    let tmp = TempDir::new().unwrap();
    let dir = tmp.path();
    assert_one_line_error(
        &baraza(dir, &["new", "--title", "X", "--dots", "30", "--no-open"]),
        2,
        "1..=20",
    );
    assert_one_line_error(
        &baraza(
            dir,
            &["new", "--title", "X", "--group", "Women:5000", "--no-open"],
        ),
        2,
        "from 0 to 999",
    );
    assert_one_line_error(
        &baraza(
            dir,
            &[
                "new",
                "--title",
                "X",
                "--group",
                "Women:4",
                "--group",
                "women:3",
                "--no-open",
            ],
        ),
        2,
        "twice",
    );
    assert_eq!(fs::read_dir(dir).unwrap().count(), 0);
    // Dates as the forms take them.
    let path = new_session(dir, &["--title", "In a week", "--date", "+7"]);
    let s = baraza::store::load(&path).unwrap().session;
    assert_eq!(
        s.date,
        chrono::Local::now().date_naive() + chrono::Duration::days(7)
    );
}

#[test]
fn export_and_rollup_skip_a_file_that_does_not_fit_together() {
    let tmp = TempDir::new().unwrap();
    let dir = tmp.path();
    let path = new_session(dir, &["--title", "Broken by hand", "--group", "Women:4"]);
    let text = fs::read_to_string(&path).unwrap().replace(
        "votes: [],",
        "votes: [(problem: 9, group: 1, at: \"2026-11-27T10:00:00+03:00\")],",
    );
    fs::write(&path, text).unwrap();
    let export = baraza(dir, &["export", "broken-by-hand"]);
    assert_one_line_error(&export, 1, "unknown problem 9");
    let rollup = baraza(dir, &["rollup"]);
    assert!(rollup.status.success(), "{}", stderr(&rollup));
    assert!(
        stderr(&rollup).contains("unknown problem 9"),
        "{}",
        stderr(&rollup)
    );
    let check = baraza(dir, &["check", path.to_str().unwrap()]);
    assert_eq!(check.status.code(), Some(1));
    assert!(stdout(&check).contains("does not fit together"));
}

#[test]
fn reading_commands_never_create_a_mistyped_folder() {
    let tmp = TempDir::new().unwrap();
    let missing = tmp.path().join("sesions");
    for args in [
        vec!["list"],
        vec!["open", "x"],
        vec!["export", "x"],
        vec!["rollup"],
    ] {
        assert_one_line_error(&baraza(&missing, &args), 1, "no such folder of sessions");
        assert!(!missing.exists(), "{args:?} created the folder");
    }
}

/// `baraza list` speaks the language asked for: `--lang`, or `BARAZA_LANG`
/// (its mistakes stay one line on stderr with a non-zero exit); the TSV,
/// which scripts read, keeps its English headings.
#[test]
fn list_speaks_the_language_asked_for() {
    let tmp = TempDir::new().unwrap();
    let dir = tmp.path().join("sessions");
    fs::create_dir_all(&dir).unwrap();
    let d = dir.to_str().unwrap();
    let o = baraza(&dir, &["--lang", "sw", "list", "--dir", d]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stdout(&o).starts_with("hakuna vikao katika "),
        "{}",
        stdout(&o)
    );
    let o = baraza(&dir, &["--lang", "ru", "list", "--programme", "--dir", d]);
    assert_one_line_error(&o, 1, "вида программы пока нет");
    let o = Command::new(env!("CARGO_BIN_EXE_baraza"))
        .args(["list", "--programme", "--dir", d])
        .env("LC_ALL", "C.UTF-8")
        .env("BARAZA_LANG", "fr")
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert_one_line_error(&o, 1, "pas encore de vue du programme");
    // English by default, as before.
    let o = baraza(&dir, &["list", "--programme", "--dir", d]);
    assert_one_line_error(&o, 1, "no programme view yet");

    // A session: the table's headings and stage in French, the TSV's in English.
    let o = baraza(&dir, &["new", "--title", "Amani", "--dir", d]);
    assert!(o.status.success(), "{}", stderr(&o));
    let o = baraza(&dir, &["--lang", "fr", "list", "--dir", d]);
    let table = stdout(&o);
    assert!(table.starts_with("date"), "{table}");
    assert!(
        table.contains("titre") && table.contains("Préparer"),
        "{table}"
    );
    let o = baraza(
        &dir,
        &["--lang", "fr", "list", "--format", "tsv", "--dir", d],
    );
    assert!(
        stdout(&o).starts_with("date\ttitle\tlocation\tstage"),
        "{}",
        stdout(&o)
    );
    assert!(stdout(&o).contains("\tPrepare\t"), "{}", stdout(&o));
}
