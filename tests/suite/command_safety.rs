//! The command line changes nothing it should not (issue 11, items 4 and
//! 10): commands that only read leave the folder exactly as it was (and
//! `export` only adds to the session's export log, issue 14), links
//! and folders named like sessions get one clear line, `check` never echoes
//! a file that is not a session, `export -o` never replaces a file it did not
//! write, and the config folder is private.

use crate::common;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use baraza::store::Store;
use common::session_with_groups;

/// `baraza --dir DIR ARGS`; `BARAZA_TEST_BINARY` runs another build (an
/// older one, to see the tests fail there).
fn baraza(dir: &Path, args: &[&str]) -> Output {
    let binary = std::env::var("BARAZA_TEST_BINARY")
        .unwrap_or_else(|_| env!("CARGO_BIN_EXE_baraza").to_string());
    Command::new(binary)
        .arg("--dir")
        .arg(dir)
        .args(args)
        .env("HOME", dir)
        .env("XDG_CONFIG_HOME", dir)
        .stdin(Stdio::null())
        .output()
        .unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// Everything about a folder that a command could change: each name, its
/// kind, mode, size, time and contents.
#[cfg(unix)]
fn snapshot(dir: &Path) -> Vec<(String, u32, u64, i64, Vec<u8>)> {
    use std::os::unix::fs::MetadataExt;
    let mut out = Vec::new();
    let top = fs::symlink_metadata(dir).unwrap();
    out.push((".".into(), top.mode(), 0, 0, Vec::new()));
    for e in fs::read_dir(dir).unwrap() {
        let e = e.unwrap();
        let meta = fs::symlink_metadata(e.path()).unwrap();
        let bytes = if meta.is_file() {
            fs::read(e.path()).unwrap()
        } else {
            Vec::new()
        };
        out.push((
            e.file_name().to_string_lossy().into_owned(),
            meta.mode(),
            meta.size(),
            meta.mtime_nsec() + meta.mtime() * 1_000_000_000,
            bytes,
        ));
    }
    out.sort();
    out
}

// Item 4. Before: `list` on a folder of mode 1777 left it 0700 and a
// neighbouring notes.md 0600 (through a linked folder too), and wrote the
// listing cache.
#[cfg(unix)]
#[test]
fn commands_that_only_read_change_nothing_on_disk() {
    use std::os::unix::fs::PermissionsExt;
    let tmp = tempfile::TempDir::new().unwrap();
    let real = tmp.path().join("shared");
    fs::create_dir(&real).unwrap();
    let s = Store::open(&real).unwrap();
    let session = s.create(&session_with_groups("Kibera")).unwrap();
    s.create(&session_with_groups("Kisumu")).unwrap();
    fs::write(real.join("notes.md"), "# my notes").unwrap();
    fs::write(real.join("2026-05-05-broken.ron"), "(version: 2,").unwrap();
    fs::set_permissions(&session, fs::Permissions::from_mode(0o644)).unwrap();
    fs::set_permissions(real.join("notes.md"), fs::Permissions::from_mode(0o644)).unwrap();
    fs::set_permissions(&real, fs::Permissions::from_mode(0o1777)).unwrap();
    let linked = tmp.path().join("linked");
    std::os::unix::fs::symlink(&real, &linked).unwrap();
    let before = snapshot(&real);
    let session = session.to_string_lossy().into_owned();
    for dir in [&real, &linked] {
        for args in [
            vec!["list"],
            vec!["list", "--format", "tsv"],
            vec!["check", &session],
            vec!["rollup"],
            vec!["rollup", "-F", "csv", "--table", "recurring"],
            vec!["open", "no-such-session"],
        ] {
            let out = baraza(dir, &args);
            assert_eq!(
                snapshot(&real),
                before,
                "{args:?} changed the folder: {}",
                stderr(&out)
            );
        }
    }
    assert!(!real.join(baraza::store::INDEX_FILE).exists());

    // `export` writes one thing (issue 14): the report in the session's
    // export log, through the session's lock. Everything else stays exactly
    // as it was: the folder, the other files, the rest of the session.
    let export_session = std::path::PathBuf::from(&session);
    let lock = baraza::store::SessionLock::path_for(&export_session);
    let untouched = |snap: Vec<(String, u32, u64, i64, Vec<u8>)>| {
        snap.into_iter()
            .filter(|(name, ..)| {
                *name != export_session.file_name().unwrap().to_string_lossy()
                    && *name != lock.file_name().unwrap().to_string_lossy()
            })
            .collect::<Vec<_>>()
    };
    let others = untouched(before.clone());
    let original = common::load(&export_session);
    for (n, args) in [
        vec!["export", "kibera", "-F", "md", "-o", "-"],
        vec![
            "export", "kibera", "-F", "csv", "--table", "groups", "-o", "-",
        ],
    ]
    .into_iter()
    .enumerate()
    {
        let out = baraza(&real, &args);
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
        assert_eq!(untouched(snapshot(&real)), others, "{args:?}");
        let mut after = common::load(&export_session);
        assert_eq!(after.exports.len(), n + 1, "{args:?} is logged");
        after.exports.clear();
        after
            .audit
            .retain(|a| !a.what.starts_with("report written"));
        after.updated = original.updated;
        assert_eq!(after, original, "{args:?}: only the export log is new");
    }
}

// Item 10. Before: a `.ron` folder or link was left out of `list` without
// a word, and `open` of a folder said "no session matches".
#[cfg(unix)]
#[test]
fn folders_and_links_named_like_sessions_are_listed_and_refused_in_one_line() {
    let tmp = tempfile::TempDir::new().unwrap();
    let dir = tmp.path().join("sessions");
    Store::open(&dir)
        .unwrap()
        .create(&session_with_groups("Real"))
        .unwrap();
    fs::create_dir(dir.join("2026-01-01-a-folder.ron")).unwrap();
    std::os::unix::fs::symlink(
        tmp.path().join("elsewhere.ron"),
        dir.join("2026-01-02-a-link.ron"),
    )
    .unwrap();
    let list = stdout(&baraza(&dir, &["list"]));
    assert!(list.contains("2026-01-01-a-folder.ron"), "{list}");
    assert!(list.contains("is a folder"), "{list}");
    assert!(
        list.contains("2026-01-02-a-link.ron") && list.contains("is a link"),
        "{list}"
    );
    for (query, why) in [
        ("a-folder", "is a folder, not a session file"),
        ("a-link", "is a link"),
    ] {
        let out = baraza(&dir, &["open", query]);
        assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
        let err = stderr(&out);
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(err.contains(why), "{err}");
    }
}

// Item 10. Before: `check` on a link printed the first word of the target.
#[cfg(unix)]
#[test]
fn check_never_echoes_what_a_file_that_is_not_a_session_holds() {
    let tmp = tempfile::TempDir::new().unwrap();
    let secret = tmp.path().join("secret.txt");
    fs::write(&secret, "hunter2 is the password\nroot:x:0:0\n").unwrap();
    let link = tmp.path().join("a.ron");
    std::os::unix::fs::symlink(&secret, &link).unwrap();
    let plain = tmp.path().join("b.ron");
    fs::copy(&secret, &plain).unwrap();
    let out = baraza(
        tmp.path(),
        &["check", link.to_str().unwrap(), plain.to_str().unwrap()],
    );
    let all = format!("{}{}", stdout(&out), stderr(&out));
    assert!(!all.contains("hunter2") && !all.contains("root"), "{all}");
    assert!(all.contains("is a link"), "{all}");
    assert!(all.contains("not a baraza session file"), "{all}");
    assert_eq!(out.status.code(), Some(1));
}

fn exported(dir: &Path, args: &[&str]) -> Output {
    let out = baraza(dir, args);
    assert!(out.status.success(), "{args:?}: {}", stderr(&out));
    out
}

// Item 10. Before: `export -o` replaced any existing .md.
#[test]
fn export_never_replaces_a_report_file_it_did_not_write() {
    let tmp = tempfile::TempDir::new().unwrap();
    let dir = tmp.path().join("sessions");
    let path = Store::open(&dir)
        .unwrap()
        .create(&session_with_groups("Kibera"))
        .unwrap();
    for name in ["notes.md", "page.html", "budget.csv"] {
        let theirs: PathBuf = tmp.path().join(name);
        fs::write(&theirs, "someone's own file\n").unwrap();
        let format = &name[name.rfind('.').unwrap() + 1..];
        let mut args = vec![
            "export",
            "kibera",
            "-F",
            format,
            "-o",
            theirs.to_str().unwrap(),
        ];
        if format == "csv" {
            args.extend(["--table", "groups"]);
        }
        let out = baraza(&dir, &args);
        assert_eq!(out.status.code(), Some(1), "{name}: {}", stdout(&out));
        assert!(
            stderr(&out).contains("not a report baraza wrote"),
            "{}",
            stderr(&out)
        );
        assert_eq!(fs::read_to_string(&theirs).unwrap(), "someone's own file\n");
    }
    // Its own reports are made again, over themselves.
    let md = tmp.path().join("report.md");
    let md = md.to_str().unwrap();
    exported(&dir, &["export", "kibera", "-F", "md", "-o", md]);
    exported(&dir, &["export", "kibera", "-F", "md", "-o", md]);
    let html = tmp.path().join("report.html");
    exported(
        &dir,
        &[
            "export",
            "kibera",
            "-F",
            "html",
            "-o",
            html.to_str().unwrap(),
        ],
    );
    exported(
        &dir,
        &[
            "export",
            "kibera",
            "-F",
            "html",
            "-o",
            html.to_str().unwrap(),
        ],
    );
    let csv = tmp.path().join("all.csv");
    exported(
        &dir,
        &["export", "kibera", "-F", "csv", "-o", csv.to_str().unwrap()],
    );
    exported(
        &dir,
        &["export", "kibera", "-F", "csv", "-o", csv.to_str().unwrap()],
    );
    // Beside the session, the same.
    exported(&dir, &["export", "kibera"]);
    exported(&dir, &["export", "kibera"]);
    let beside = path.with_extension("md");
    fs::write(&beside, "notes the facilitator keeps beside the session\n").unwrap();
    let out = baraza(&dir, &["export", "kibera"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        fs::read_to_string(&beside).unwrap(),
        "notes the facilitator keeps beside the session\n"
    );
}

// Item 10. Before: ~/.config/baraza was made 0755 (0777 at umask 000).
#[cfg(unix)]
#[test]
fn the_config_folder_is_private() {
    use std::os::unix::fs::PermissionsExt;
    let tmp = tempfile::TempDir::new().unwrap();
    let config = tmp.path().join("config").join("baraza").join("config.ron");
    let store = Store::open(tmp.path().join("sessions")).unwrap();
    let mut app = baraza::tui::App::new(
        store,
        baraza::clock::Clock::fixed(common::moment()),
        baraza::tui::theme::ThemeName::Dark,
        Some(config.clone()),
    );
    app.handle_event(&ratatui::crossterm::event::Event::Key(
        ratatui::crossterm::event::KeyEvent::new(
            ratatui::crossterm::event::KeyCode::Char('T'),
            ratatui::crossterm::event::KeyModifiers::NONE,
        ),
    ));
    assert!(config.exists());
    let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(config.parent().unwrap()), 0o700);
    assert_eq!(mode(&config), 0o600);
}
