//! The commands' messages, the store's errors and `--help` in the
//! interface language, through the real binary: in the test language `xx`
//! every word a command prints comes between ⟦ ⟧, and in Kiswahili, Arabic
//! and Russian a few lines read as the catalogue has them.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Output;

use super::language::baraza_in;

/// A folder of sessions under `tmp` with one session, a newer baraza's
/// file and a link to the session: what the store refuses, in its words.
fn folder(tmp: &Path) -> (PathBuf, PathBuf, PathBuf) {
    let dir = tmp.join("sessions");
    let out = baraza_in(tmp, &[], &["new", "--no-open", "--title", "Amani"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let session = PathBuf::from(text(&out.stdout).trim());
    let newer = dir.join("newer.ron");
    let body = fs::read_to_string(&session).unwrap();
    fs::write(&newer, body.replacen("version: 2,", "version: 999,", 1)).unwrap();
    let link = dir.join("link.ron");
    #[cfg(unix)]
    std::os::unix::fs::symlink(&session, &link).unwrap();
    (session, newer, link)
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).unwrap()
}

/// What is left of `out` once every marked message, the allowed pieces
/// (paths, typed data, option names) and the "baraza:" of errors are taken
/// out: the words that did not come from the catalogue.
fn unmarked(out: &str, allowed: &[&str]) -> Vec<String> {
    let mut rest = String::new();
    let mut depth = 0usize;
    for c in out.chars() {
        match c {
            '⟦' => depth += 1,
            '⟧' => depth = depth.saturating_sub(1),
            _ if depth == 0 => rest.push(c),
            _ => {}
        }
    }
    let mut allowed: Vec<&str> = allowed.to_vec();
    // The longest first: a path holds shorter allowed words.
    allowed.sort_by_key(|a| std::cmp::Reverse(a.len()));
    for a in allowed {
        rest = rest.replace(a, " ");
    }
    rest = rest.replace("baraza:", " ");
    rest.split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// What `args` printed has no word outside the markers but `allowed`.
fn assert_marked(args: &[&str], printed: &str, allowed: &[&str]) {
    let left = unmarked(printed, allowed);
    assert!(
        left.is_empty(),
        "{args:?}: {left:?} not from the catalogue in:\n{printed}"
    );
}

/// baraza run with `args` in the test language.
fn in_pseudo(home: &Path, args: &[&str]) -> Output {
    let mut all = vec!["--lang", "xx"];
    all.extend_from_slice(args);
    baraza_in(home, &[], &all)
}

/// A failure: one line on stderr, a non-zero exit code, nothing on stdout.
fn one_line_error(out: &Output, code: i32) -> String {
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(code), "{err}");
    assert_eq!(err.lines().count(), 1, "one line expected: {err}");
    assert!(err.starts_with("baraza: "), "{err}");
    err
}

#[test]
fn pseudo_language_every_word_of_the_commands_and_the_stores_errors_is_marked() {
    let tmp = tempfile::TempDir::new().unwrap();
    let (session, newer, link) = folder(tmp.path());
    let dir = tmp.path().join("sessions");
    let (s, n, l, d) = (
        session.to_str().unwrap(),
        newer.to_str().unwrap(),
        link.to_str().unwrap(),
        dir.to_str().unwrap(),
    );
    // Each command, the code it exits with, and the words it may print
    // that are not the catalogue's: paths, dates and what was typed.
    let runs: Vec<(Vec<&str>, i32, Vec<&str>)> = vec![
        (
            vec!["rollup", "--since", "2026-02-01", "--until", "2026-01-01"],
            2,
            vec!["--since", "--until"],
        ),
        (vec!["rollup", "--table", "recurring"], 2, vec![]),
        (vec!["rollup", "--format", "csv"], 2, vec![]),
        (vec!["rollup", "--programme"], 1, vec![]),
        (
            vec!["retention", "--older-than", "4000000000"],
            2,
            vec!["--older-than"],
        ),
        (
            vec!["retention", "--before", "2999-01-01"],
            2,
            vec!["--before"],
        ),
        // The newer file and the link are skipped, each in a marked line
        // with its name, and the run ends saying so.
        (
            vec!["retention", "--older-than", "30", "--dry-run"],
            1,
            vec!["newer.ron", "link.ron"],
        ),
        (vec!["sync"], 2, vec![]),
        (vec!["sync", "resolve"], 2, vec![]),
        (vec!["encryption", "status"], 0, vec![d]),
        (vec!["encryption", "passphrase"], 2, vec![d]),
        (vec!["encryption", "on"], 1, vec![]),
        (vec!["lang", "check", "sw"], 0, vec!["sw", "Kiswahili"]),
        (vec!["check", n, l], 1, vec![n, l]),
        (
            vec!["export", "nothing-like-it"],
            1,
            vec!["nothing-like-it"],
        ),
        (vec!["open", s], 1, vec![]),
        (
            vec!["list", "--dir", "/nowhere/at/all"],
            1,
            vec!["/nowhere/at/all"],
        ),
    ];
    for (args, code, allowed) in runs {
        let out = in_pseudo(tmp.path(), &args);
        assert_eq!(
            out.status.code(),
            Some(code),
            "{args:?}: {}",
            text(&out.stderr)
        );
        let printed = format!("{}{}", text(&out.stdout), text(&out.stderr));
        assert!(printed.contains('⟦'), "{args:?} said nothing: {printed}");
        // The sessions listed in a skipped line, and the dates the
        // retention rule names, are data.
        let mut allowed = allowed.clone();
        allowed.extend([
            "ron", "bak", "md", "html", "csv", "age", "DAYS", "DATE", "FILE",
        ]);
        assert_marked(&args, &printed, &allowed);
    }
}

#[test]
fn pseudo_language_help_where_clap_allows() {
    let tmp = tempfile::TempDir::new().unwrap();
    for args in [
        vec!["--help"],
        vec!["-h"],
        vec!["encryption", "--help"],
        vec!["encryption", "on", "--help"],
        vec!["lang", "--help"],
        vec!["lang", "check", "--help"],
        vec!["sync", "--help"],
        vec!["sync", "init", "--help"],
        vec!["sync", "resolve", "--help"],
    ] {
        let out = in_pseudo(tmp.path(), &args);
        assert!(out.status.success(), "{args:?}");
        let help = text(&out.stdout);
        // clap shows the folder BARAZA_DIR gives.
        let dir = tmp.path().join("sessions");
        // The program's and the commands' names, option names, value
        // placeholders and clap's [env: …] notes are not words to translate.
        let names = [
            "baraza",
            "new",
            "open",
            "present",
            "list",
            "check",
            "export",
            "rollup",
            "retention",
            "sync",
            "encryption",
            "lang",
            "help",
            "on",
            "status",
            "passphrase",
            "recover",
            "OPTIONS",
            "DIR",
            "LANG",
            "LOCALES",
            "AGE",
            "PUBLIC",
            "KEY",
            "env",
            "BARAZA_DIR",
            "BARAZA_LANG",
            "dir",
            "files",
            "verbose",
            "coordinator",
            "version",
            "-h",
            "-V",
            "-v",
            dir.to_str().unwrap(),
            "init",
            "resolve",
            "laptop",
            "keep",
            "newest",
            "REPOSITORY",
            "NAME",
            "PATH",
            "SESSION",
            "LAPTOP",
        ];
        assert_marked(&args, &help, &names);
    }
}

#[test]
fn kiswahili_arabic_and_russian_messages_on_the_command_line() {
    let tmp = tempfile::TempDir::new().unwrap();
    let (_, newer, _) = folder(tmp.path());
    let n = newer.to_str().unwrap();

    let out = baraza_in(
        tmp.path(),
        &[],
        &["--lang", "sw", "retention", "--before", "2999-01-01"],
    );
    let err = one_line_error(&out, 2);
    assert!(err.contains("ni baada ya leo"), "{err}");
    let out = baraza_in(
        tmp.path(),
        &[],
        &["--lang", "sw", "encryption", "passphrase"],
    );
    let err = one_line_error(&out, 2);
    assert!(
        err.contains(": haijasimbwa; `baraza encryption on` huiwasha"),
        "{err}"
    );
    // The program's own refusal of a value, inside clap's English words.
    let out = baraza_in(
        tmp.path(),
        &[],
        &[
            "--lang",
            "sw",
            "new",
            "--title",
            "X",
            "--date",
            "2026-02-30",
        ],
    );
    let err = one_line_error(&out, 2);
    assert!(
        err.contains("«2026-02-30» si tarehe; iandike kama YYYY-MM-DD"),
        "{err}"
    );
    let said = baraza_in(tmp.path(), &[], &["--lang", "sw", "lang", "check", "fr"]);
    let said = text(&said.stdout);
    assert!(said.starts_with("fr (Français): ujumbe "), "{said}");
    assert!(said.contains("umetafsiriwa"), "{said}");

    // The store's errors: a newer baraza's file, in Russian, through check
    // (stdout, exit 1) and through export (one line on stderr).
    let out = baraza_in(tmp.path(), &[], &["--lang", "ru", "check", n]);
    assert_eq!(out.status.code(), Some(1));
    let said = text(&out.stdout);
    assert!(
        said.contains("записан более новой версией baraza"),
        "{said}"
    );
    assert!(said.starts_with(&format!("{n}:")), "{said}");
    let out = baraza_in(tmp.path(), &[], &["--lang", "ru", "export", n]);
    let err = one_line_error(&out, 1);
    assert!(err.contains("записан более новой версией baraza"), "{err}");

    // Arabic from the locale, with no --lang: a sync with nowhere to go.
    let out = baraza_in(tmp.path(), &[("LANG", "ar_EG.UTF-8")], &["sync"]);
    let err = one_line_error(&out, 2);
    assert!(err.contains("لا يوجد مستودع للبرنامج بعد"), "{err}");
    let out = baraza_in(tmp.path(), &[("BARAZA_LANG", "ar")], &["--help"]);
    let help = text(&out.stdout);
    assert!(help.contains("الاستخدام: baraza"), "{help}");
    assert!(
        help.contains("الخيارات:") && help.contains("الأوامر:"),
        "{help}"
    );

    // Plurals in Russian: one, few, many.
    let out = baraza_in(
        tmp.path(),
        &[],
        &["--lang", "ru", "retention", "--older-than", "3650"],
    );
    let said = text(&out.stdout);
    assert!(said.contains("0 сессий очищено от текста до"), "{said}");

    // English stays as it was, word for word, for the scripts and the
    // tests that read it.
    let out = baraza_in(
        tmp.path(),
        &[],
        &["retention", "--older-than", "4000000000"],
    );
    let err = one_line_error(&out, 2);
    assert_eq!(
        err.trim_end(),
        "baraza: --older-than 4000000000: too many days"
    );
    let out = baraza_in(tmp.path(), &[], &["check", n]);
    assert!(
        text(&out.stdout).contains("written by a newer baraza (file version 999"),
        "{}",
        text(&out.stdout)
    );
}
