//! The first run on a fresh machine: an empty home (no folder of sessions,
//! no config), the real binary. The examples built in are offered and open
//! read-only from memory; `open`, `export` and `check` of a path work
//! without any folder of sessions; `new` without a terminal saves and says
//! it did not open; the list notices sessions another program adds.

#![cfg(unix)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use crate::common::term::Term;
use crate::common::{Harness, session_with_groups};

/// An example session of the repository, by absolute path.
fn repo_example() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("sessions/2026-10-17-eastleigh-market-security-baraza.ron")
}

/// The default data folder of sessions under `home`.
fn data_dir(home: &Path) -> PathBuf {
    home.join(".local/share/baraza/sessions")
}

/// `baraza ARGS` with `home` as a fresh home, no terminal.
fn baraza_at_home(home: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_baraza"))
        .args(args)
        .current_dir(home)
        .env_remove("BARAZA_DIR")
        .env("HOME", home)
        .env("XDG_DATA_HOME", home.join(".local/share"))
        .env("XDG_CONFIG_HOME", home.join(".config"))
        .stdin(Stdio::null())
        .output()
        .unwrap()
}

#[test]
fn an_empty_folder_offers_the_examples_built_in_read_only() {
    let home = tempfile::TempDir::new().unwrap();
    let mut t = Term::start_at_home(home.path(), home.path(), &[], 100, 30);
    t.wait_for("No sessions in this folder yet");
    t.wait_for("Kibera youth baraza — cycle 1");
    t.wait_for("Eastleigh market security baraza");
    // One key opens the one under the cursor, read-only, from memory.
    t.send("\r");
    t.wait_for("EXAMPLE · READ-ONLY");
    t.wait_for("an example, read-only");
    // Every panel can be looked at; nothing can be written.
    t.send("\u{1b}[14~");
    t.wait_for("▶F4 Plan");
    t.send("x");
    t.wait_for("an example built into baraza has no file");
    t.send("q");
    t.wait_for("No sessions in this folder yet");
    // A session of one's own: the examples step aside (e brings them back).
    t.send("n");
    t.wait_for("New session");
    t.send("Majengo baraza\r");
    t.wait_for("▶F1 Prepare");
    t.send("q");
    t.wait_for("Majengo baraza");
    t.send("e");
    t.wait_for("Examples built into baraza");
    t.send("e");
    t.wait_for("Majengo baraza");
    t.send("q");
    assert!(t.wait_exit().success());
    // The one file written is the new session's.
    let sessions: Vec<_> = std::fs::read_dir(data_dir(home.path()))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".ron"))
        .collect();
    assert_eq!(sessions.len(), 1, "{sessions:?}");
    // Named by title and the short id of the session.
    assert!(sessions[0].contains("-majengo-baraza-"), "{sessions:?}");
}

#[test]
fn open_export_and_check_of_a_path_work_without_a_folder_of_sessions() {
    let home = tempfile::TempDir::new().unwrap();
    let example = repo_example();
    let path = example.to_str().unwrap();
    assert!(!data_dir(home.path()).exists());

    let check = baraza_at_home(home.path(), &["check", path]);
    assert!(check.status.success(), "{check:?}");
    assert!(String::from_utf8_lossy(&check.stdout).ends_with(": ok\n"));

    let out = home.path().join("report.md");
    let export = baraza_at_home(
        home.path(),
        &["export", path, "-F", "md", "-o", out.to_str().unwrap()],
    );
    assert!(export.status.success(), "{export:?}");
    let report = std::fs::read_to_string(&out).unwrap();
    assert!(report.contains("Eastleigh market security baraza"));
    // Reading and reporting made no folder of sessions.
    assert!(!data_dir(home.path()).exists());

    // Opening it read-only in a terminal, on this machine with no folder.
    let mut t = Term::start_at_home(
        home.path(),
        home.path(),
        &["open", path, "--read-only"],
        100,
        30,
    );
    t.wait_for("Eastleigh market security baraza");
    t.wait_for("READ-ONLY");
    t.send("q");
    // Back on the (new, empty) folder's list, which offers the examples.
    t.wait_for("No sessions in this folder yet");
    t.send("q");
    assert!(t.wait_exit().success());
    // Nothing of the example was written anywhere.
    let report_files: Vec<_> = std::fs::read_dir(example.parent().unwrap())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| !n.ends_with(".ron"))
        .collect();
    assert!(report_files.is_empty(), "{report_files:?}");
}

#[test]
fn new_without_a_terminal_saves_and_says_it_did_not_open() {
    let home = tempfile::TempDir::new().unwrap();
    let out = baraza_at_home(
        home.path(),
        &[
            "new",
            "--title",
            "Kariobangi baraza",
            "--date",
            "15/01/2027",
        ],
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(stderr.contains("it was not opened"), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    let path = PathBuf::from(String::from_utf8_lossy(&out.stdout).trim());
    let s = baraza::store::load(&path).unwrap().session;
    assert_eq!(s.title, "Kariobangi baraza");
    // Typed day first, stored as ISO.
    assert_eq!(
        s.date,
        chrono::NaiveDate::from_ymd_opt(2027, 1, 15).unwrap()
    );
    let short = baraza::model::session_id::short(&s.id);
    assert!(
        path.ends_with(format!("2027-01-15-kariobangi-baraza-{short}.ron")),
        "{path:?}"
    );
}

#[test]
fn the_list_notices_sessions_another_program_adds_and_keeps_its_place() {
    let mut h = Harness::with_sessions(&Harness::examples());
    assert_eq!(h.app.list().entries().len(), 2);
    // Another program (a copy from a USB stick, `baraza new`) adds one.
    let mut other = session_with_groups("Added elsewhere");
    other.id = "elsewhere".into();
    h.store().create(&other).unwrap();
    h.keys("<F5>");
    assert_eq!(h.app.list().entries().len(), 3);
    assert!(h.render(100, 30).contains("Added elsewhere"));
    assert_eq!(
        h.app.list().status().map(|(m, _)| m.to_string()),
        Some("folder read again: 3 sessions".to_string())
    );
    // Opened and closed: the cursor is back on the session just closed, and
    // a file added meanwhile shows too.
    h.keys("<End><Enter>");
    let opened = h.path();
    let mut another = session_with_groups("Added meanwhile");
    another.id = "meanwhile".into();
    h.store().create(&another).unwrap();
    h.keys("<F1>aBoda riders<Tab>4<Enter>q");
    assert_eq!(h.app.list().entries().len(), 4);
    let screen = h.render(100, 30);
    let selected = screen.lines().find(|l| l.contains('▶')).unwrap_or_default();
    let title = baraza::store::load(&opened).unwrap().session.title;
    assert!(selected.contains(&title), "{selected}\n{screen}");
}
