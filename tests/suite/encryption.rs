//! Encryption at rest (issue 14): every field round-trips sealed; nothing a
//! session says is left in plain text anywhere in the folder after it is
//! edited; a wrong passphrase is refused in one line; `check` with and
//! without the key; set-up, the recovery key and "never silently off".
//! The passphrase prompt is the real binary's, in a pseudo-terminal.

#![cfg(unix)]

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use age::secrecy::SecretString;
use baraza::model::*;
use baraza::store::{self, Store, crypt};
use tempfile::TempDir;

use crate::common::term::Term;
use crate::common::{self, Harness, day, moment, session_with_groups};

const PASSPHRASE: &str = "mango tree by the well";

fn secret(s: &str) -> SecretString {
    SecretString::from(s.to_string())
}

/// An encrypted folder of sessions (a low scrypt cost: the binary unlocks
/// it at every start of the tests).
fn encrypted_folder(tmp: &TempDir) -> PathBuf {
    let dir = tmp.path().join("sessions");
    Store::open(&dir).unwrap();
    crypt::set_up(&dir, &secret(PASSPHRASE), None, Some(4)).unwrap();
    dir
}

/// Every file under `dir`, its name and its bytes.
fn every_file(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let meta = fs::symlink_metadata(&path).unwrap();
        if meta.is_dir() {
            out.extend(every_file(&path));
        } else if meta.is_file() {
            out.push((path.clone(), fs::read(&path).unwrap()));
        }
    }
    out
}

/// The files under `dir` holding `text` (as UTF-8 bytes, or in a name).
fn holding(dir: &Path, text: &str) -> Vec<PathBuf> {
    every_file(dir)
        .into_iter()
        .filter(|(p, bytes)| {
            bytes.windows(text.len()).any(|w| w == text.as_bytes())
                || p.to_string_lossy().contains(text)
        })
        .map(|(p, _)| p)
        .collect()
}

/// A session with every field set, in several scripts.
fn full_session() -> Session {
    let mut s = common::session_with_actions(Stage::Learn);
    s.title = "Mathare women's safety baraza — مجلس".into();
    s.context = "Tension after the evictions; बाज़ार में चोरी; 👩🏽‍🌾 farmers".into();
    s.consent = "Recorded for the programme; shared only anonymised.".into();
    s.lessons.worked = "Meeting at the chief's camp".into();
    s.exports.push(ExportRecord {
        at: moment(),
        format: ExportFormat::Csv,
        tables: vec!["votes".into()],
        anonymized: true,
        min_group: Some(5),
        to: vec!["/tmp/x-votes.csv".into()],
    });
    s.purges.push(Purge {
        at: moment(),
        before: day(2026, 1, 1),
        fields: vec![PurgeField::Risks],
    });
    assert!(s.validate().is_empty(), "{:?}", s.validate());
    s
}

#[test]
fn every_field_of_every_session_round_trips_sealed() {
    let tmp = TempDir::new().unwrap();
    let dir = encrypted_folder(&tmp);
    let store = Store::open(&dir).unwrap();
    let mut all = Harness::examples();
    all.push(full_session());
    all.extend((0..40).map(crate::rollup::generated));
    for s in &all {
        let path = store.create(s).unwrap();
        let bytes = fs::read(&path).unwrap();
        assert!(crypt::is_sealed(&bytes), "{}", path.display());
        assert!(
            !bytes.windows(s.id.len()).any(|w| w == s.id.as_bytes()),
            "the id is not in the file"
        );
        let back = store::load(&path).unwrap();
        assert!(back.encrypted);
        assert_eq!(&back.session, s);
    }
    // The listing reads them (and caches them sealed).
    assert_eq!(store.list().len(), all.len());
    let index = fs::read(dir.join(store::INDEX_FILE)).unwrap();
    assert!(crypt::is_sealed(&index));
    assert_eq!(
        store.list().len(),
        all.len(),
        "read back from the sealed cache"
    );
}

#[test]
fn nothing_the_room_said_is_in_plain_text_after_an_edit_in_the_program() {
    let tmp = TempDir::new().unwrap();
    let dir = encrypted_folder(&tmp);
    let store = Store::open(&dir).unwrap();
    // An older file too: its upgrade keeps a backup of the original, sealed.
    let old = dir.join("2026-03-14-mathare-security-baraza.ron");
    fs::copy("tests/suite/fixtures/v1-session.ron", &old).unwrap();
    crypt::seal_folder(&dir, "the test").unwrap();
    let path = store
        .create(&session_with_groups("Kibera youth baraza"))
        .unwrap();

    // The real binary, the passphrase typed once at the start.
    for (file, problem, notes) in [
        (
            "kibera",
            "Phone snatching at Toi market",
            "Chief Otieno was threatened",
        ),
        (
            "mathare",
            "Night attacks near the river",
            "Police raid in March",
        ),
    ] {
        let mut t = Term::start(&dir, tmp.path(), &["open", file], 100, 30);
        t.wait_for("passphrase for");
        t.send_now(&format!("{PASSPHRASE}\r"));
        t.wait_for("Prepare");
        // The panel the session reached is shown first; back to Prepare.
        for _ in 0..6 {
            if t.screen().contains("▶F1 Prepare") {
                break;
            }
            t.send("\x1b[Z");
        }
        t.wait_for("▶F1 Prepare");
        t.send("n");
        t.wait_for("Notes");
        t.send(notes);
        t.send("\x13");
        t.wait_for("saved");
        t.send("\t");
        t.send("a");
        t.send(problem);
        t.send("\r");
        t.send("\r");
        t.wait_until("the problem saved", |s| {
            s.contains(problem) && s.contains("saved")
        });
        t.send("\x03");
        t.wait_exit();
        for text in [
            problem,
            notes,
            "Kibera youth",
            "Mathare security",
            "Women",
            "Amina",
        ] {
            let found = holding(&dir, text);
            assert!(found.is_empty(), "«{text}» in plain text in {found:?}");
        }
    }
    // It is all there, for whoever has the key.
    crypt::unlock(&dir, &secret(PASSPHRASE)).unwrap();
    let s = common::load(&path);
    assert_eq!(s.context, "Chief Otieno was threatened");
    assert!(
        s.problems
            .iter()
            .any(|p| p.title == "Phone snatching at Toi market")
    );
    let backups: Vec<PathBuf> = every_file(&dir)
        .into_iter()
        .map(|(p, _)| p)
        .filter(|p| p.to_string_lossy().ends_with(".ron.bak"))
        .collect();
    assert_eq!(backups.len(), 1, "{backups:?}");
    let original = crypt::unseal(&fs::read(&backups[0]).unwrap()).unwrap();
    assert_eq!(
        original,
        fs::read("tests/suite/fixtures/v1-session.ron").unwrap()
    );
}

#[test]
fn a_wrong_passphrase_is_refused_in_one_line() {
    let tmp = TempDir::new().unwrap();
    let dir = encrypted_folder(&tmp);
    Store::open(&dir)
        .unwrap()
        .create(&session_with_groups("Kibera"))
        .unwrap();
    let mut t = Term::start(&dir, tmp.path(), &["list"], 100, 30);
    t.wait_for("passphrase for");
    t.send_now("not the passphrase\r");
    t.wait_for("wrong passphrase");
    let status = t.wait_exit();
    assert_eq!(status.exit_code(), 1);
    let screen = t.screen();
    let said: Vec<&str> = screen
        .lines()
        .map(str::trim_end)
        .filter(|l| !l.is_empty() && !l.starts_with("passphrase for"))
        .collect();
    assert_eq!(said.len(), 1, "{screen}");
    assert!(
        said[0].contains("wrong passphrase for the key of"),
        "{screen}"
    );
    assert!(
        !screen.contains("not the passphrase"),
        "never echoed: {screen}"
    );
    assert!(!screen.contains("Kibera"), "{screen}");

    // The right one lists.
    let mut t = Term::start(&dir, tmp.path(), &["list"], 100, 30);
    t.wait_for("passphrase for");
    t.send_now(&format!("{PASSPHRASE}\r"));
    t.wait_for("Kibera");
    assert_eq!(t.wait_exit().exit_code(), 0);
}

#[test]
fn check_says_encrypted_not_checked_without_the_key_and_checks_with_it() {
    let tmp = TempDir::new().unwrap();
    let dir = encrypted_folder(&tmp);
    let store = Store::open(&dir).unwrap();
    let good = store.create(&session_with_groups("Kibera")).unwrap();
    // A sealed file that does not fit together.
    let mut bad = session_with_groups("Broken");
    bad.id = "broken01".into();
    bad.ranking.votes.push(Vote {
        problem: ProblemId(9),
        group: GroupId(1),
        at: moment(),
    });
    let bad_path = dir.join("2026-11-27-broken.ron");
    fs::write(
        &bad_path,
        crypt::seal_for(&dir, store::encode(&bad).as_bytes()).unwrap(),
    )
    .unwrap();
    let files = [good.to_str().unwrap(), bad_path.to_str().unwrap()];

    // No terminal to type the passphrase in: nothing said about them.
    let out = Command::new(env!("CARGO_BIN_EXE_baraza"))
        .arg("check")
        .args(files)
        .stdin(Stdio::null())
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert_eq!(
        text.lines().collect::<Vec<_>>(),
        [
            format!("{}: encrypted, not checked", good.display()),
            format!("{}: encrypted, not checked", bad_path.display()),
        ]
    );

    // With the key: checked.
    let mut args = vec!["check"];
    args.extend(files);
    let mut t = Term::start(&dir, tmp.path(), &args, 200, 30);
    t.wait_for("passphrase for");
    t.send_now(&format!("{PASSPHRASE}\r"));
    // What it printed is read before its exit is: the screen lags the pipe.
    t.wait_for("vote 1 is for unknown problem 9");
    assert_eq!(t.wait_exit().exit_code(), 1);
    let screen = t.screen();
    assert!(
        screen.contains(&format!("{}: ok, encrypted", good.display())),
        "{screen}"
    );
    assert!(
        screen.contains("vote 1 is for unknown problem 9"),
        "{screen}"
    );
}

#[test]
fn set_up_seals_the_folder_shows_a_recovery_key_that_recovers_it() {
    let tmp = TempDir::new().unwrap();
    let dir = tmp.path().join("sessions");
    let store = Store::open(&dir).unwrap();
    let path = store
        .create(&session_with_groups("Kibera youth baraza"))
        .unwrap();
    fs::write(dir.join("old-report.md"), "# a report").unwrap();

    let mut t = Term::start(&dir, tmp.path(), &["encryption", "on"], 120, 40);
    t.wait_for("A lost");
    t.wait_for("passphrase (at least 8 characters)");
    t.send_now("short\r");
    t.wait_for("shorter than 8 characters");
    assert_eq!(t.wait_exit().exit_code(), 2, "too short: {}", t.screen());
    assert!(!crypt::is_encrypted_folder(&dir));

    let mut t = Term::start(&dir, tmp.path(), &["encryption", "on"], 120, 40);
    t.wait_for("passphrase (at least 8 characters)");
    t.send_now(&format!("{PASSPHRASE}\r"));
    t.wait_for("the same passphrase again");
    t.send_now(&format!("{PASSPHRASE}\r"));
    t.wait_for("this laptop's public key");
    assert_eq!(t.wait_exit().exit_code(), 0, "{}", t.screen());
    let screen = t.screen();
    assert!(screen.contains("RECOVERY KEY"), "{screen}");
    assert!(screen.contains("1 report in the folder"), "{screen}");
    let recovery = screen
        .split_whitespace()
        .find(|w| w.starts_with("AGE-SECRET-KEY-1"))
        .unwrap()
        .to_string();
    assert!(crypt::is_sealed(&fs::read(&path).unwrap()));
    assert!(holding(&dir, "Kibera youth").is_empty());

    // The passphrase forgotten: the recovery key sets a new one.
    let mut t = Term::start(&dir, tmp.path(), &["encryption", "recover"], 200, 40);
    t.wait_for("the recovery key");
    t.send_now(&format!("{recovery}\r"));
    t.wait_for("a new passphrase");
    t.send_now("a brand new passphrase\r");
    t.wait_for("the same passphrase again");
    t.send_now("a brand new passphrase\r");
    t.wait_for("recovered");
    assert_eq!(t.wait_exit().exit_code(), 0, "{}", t.screen());
    assert!(crypt::unlock(&dir, &secret("a brand new passphrase")).is_ok());
    assert!(crypt::unlock(&dir, &secret(PASSPHRASE)).is_err());
    assert_eq!(common::load(&path).title, "Kibera youth baraza");

    let status = Command::new(env!("CARGO_BIN_EXE_baraza"))
        .args(["--dir", dir.to_str().unwrap(), "encryption", "status"])
        .stdin(Stdio::null())
        .output()
        .unwrap();
    let text = String::from_utf8(status.stdout).unwrap();
    assert!(
        text.contains("encrypted") && text.contains("age1"),
        "{text}"
    );
}

#[test]
fn a_sealed_session_is_never_saved_in_plain_text() {
    let tmp = TempDir::new().unwrap();
    let dir = tmp.path().join("sessions");
    let store = Store::open(&dir).unwrap();
    crypt::set_up(&dir, &secret(PASSPHRASE), None, Some(4)).unwrap();
    let path = store.create(&session_with_groups("Kibera")).unwrap();
    let mut h = Harness::new();
    h.app.start(baraza::tui::Start::Open(path.clone()));
    // The settings file goes (deleted by mistake): the next save refuses.
    fs::remove_file(dir.join(crypt::SETTINGS_FILE)).unwrap();
    h.keys("n");
    h.type_text("Something sensitive");
    h.keys("<C-s>");
    let state = h.flush();
    assert!(
        matches!(&state, store::SaveState::Failed(why) if baraza::i18n::Lang::En.msg(why).contains("not saved in plain text")),
        "{state:?}"
    );
    assert!(holding(&dir, "Something sensitive").is_empty());
    assert!(crypt::is_sealed(&fs::read(&path).unwrap()));
}

#[test]
fn reports_of_an_encrypted_session_say_they_are_not_encrypted() {
    let tmp = TempDir::new().unwrap();
    let dir = encrypted_folder(&tmp);
    let path = Store::open(&dir)
        .unwrap()
        .create(&session_with_groups("Kibera"))
        .unwrap();
    let mut h = Harness::new();
    h.app.start(baraza::tui::Start::Open(path.clone()));
    h.keys("x");
    assert!(h.message().contains("NOT encrypted"), "{}", h.message());
    let md = fs::read_to_string(path.with_extension("md")).unwrap();
    assert!(md.contains("This report is not encrypted"), "{md}");
    // The lock says who holds it, sealed.
    let lock = fs::read(store::SessionLock::path_for(&path)).unwrap();
    assert!(crypt::is_sealed(&lock));
}

/// `baraza --dir DIR ARGS` in a pseudo-terminal with `passphrase` typed at
/// the prompt; waits until the screen shows `expect`, then for the exit.
fn typed(dir: &Path, home: &Path, args: &[&str], passphrase: &str, expect: &str) -> (u32, String) {
    let mut all = vec!["--dir", dir.to_str().unwrap()];
    all.extend_from_slice(args);
    let mut t = Term::start(dir, home, &all, 200, 50);
    t.wait_for("passphrase for");
    t.send_now(&format!("{passphrase}\r"));
    t.wait_for(expect);
    let code = t.wait_exit().exit_code();
    (code, t.screen())
}

#[test]
fn synced_copies_are_readable_by_the_coordinator_and_nobody_else() {
    let tmp = TempDir::new().unwrap();
    let home = tmp.path();
    let stick = tmp.path().join("usb").join("programme.git");
    let stick = stick.to_str().unwrap();
    let laptop = |name: &str, pass: &str, coordinator: Option<&str>| {
        let dir = tmp.path().join(name);
        Store::open(&dir).unwrap();
        let set = crypt::set_up(&dir, &secret(pass), coordinator, Some(4)).unwrap();
        (dir, set.public_key)
    };
    let (a, coordinator) = laptop("coordinator", "coordinator's passphrase", None);
    let (b, _) = laptop("kibera", PASSPHRASE, Some(&coordinator));
    let (c, _) = laptop("mathare", "another laptop's passphrase", None);
    let mut s = session_with_groups("Kibera youth baraza");
    s.id = baraza::clock::new_session_id(moment());
    Store::open(&b).unwrap().create(&s).unwrap();

    let (code, screen) = typed(
        &a,
        home,
        &["sync", "init", stick, "--laptop", "coordinator"],
        "coordinator's passphrase",
        "made the programme repository",
    );
    assert_eq!(code, 0, "{screen}");
    for (dir, name, pass) in [
        (&b, "kibera", PASSPHRASE),
        (&a, "coordinator", "coordinator's passphrase"),
        (&c, "mathare", "another laptop's passphrase"),
    ] {
        let args: Vec<&str> = if dir == &a {
            vec!["sync"]
        } else {
            vec!["sync", stick, "--laptop", name]
        };
        let (code, screen) = typed(dir, home, &args, pass, "programme view:");
        assert_eq!(code, 0, "{name}: {screen}");
    }
    // The coordinator reads it.
    let (code, screen) = typed(
        &a,
        home,
        &["rollup", "--programme", "-F", "csv", "--table", "sessions"],
        "coordinator's passphrase",
        "session_id",
    );
    assert_eq!(code, 0, "{screen}");
    assert!(screen.contains("Kibera youth baraza"), "{screen}");
    // Another laptop holds the copy, sealed, and cannot read it.
    let view = baraza::sync::Folders::of(&c).unwrap().view;
    assert!(holding(&view, "Kibera youth").is_empty());
    let (_, screen) = typed(
        &c,
        home,
        &["rollup", "--programme"],
        "another laptop's passphrase",
        "Programme roll-up",
    );
    assert!(screen.contains("skipped unreadable"), "{screen}");
    assert!(screen.contains("**Sessions:** 0"), "{screen}");
    for dir in [&a, &b, &c] {
        let _ = baraza::sync::view::release(&baraza::sync::Folders::of(dir).unwrap().view);
    }
}
