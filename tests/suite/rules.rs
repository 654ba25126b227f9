//! One set of rules (`model::rules`), and every way in agrees with it at its
//! boundaries: `baraza new` on the command line, `Change::apply` (what the
//! program records), `Session::validate` (what opening a file accepts) and
//! the Prepare panel's forms. A value one of them accepts, all accept.

use crate::common::{self, Harness};

use std::path::Path;
use std::process::{Command, Stdio};

use baraza::model::{Change, Field, Group, GroupId, ListOp, Session, rules};
use baraza::store;
use tempfile::TempDir;

/// The room every case starts from: one group, Women.
fn room() -> Session {
    let mut s = Session::new(
        "rules".into(),
        "Rules baraza".into(),
        common::day(2026, 11, 27),
        common::moment(),
    );
    s.groups.push(Group {
        id: GroupId(1),
        name: "Women".into(),
        count: 3,
    });
    s
}

/// `baraza new` with these extra options: the session it wrote (read back
/// through the store, so `validate` accepted it too), or its one-line error.
fn cli(extra: &[&str]) -> Result<Session, String> {
    let tmp = TempDir::new().unwrap();
    let mut args = vec!["new", "--no-open", "--title", "Rules baraza"];
    args.extend_from_slice(extra);
    let out = Command::new(env!("CARGO_BIN_EXE_baraza"))
        .args(&args)
        .env("BARAZA_DIR", tmp.path())
        .stdin(Stdio::null())
        .output()
        .unwrap();
    let err = String::from_utf8(out.stderr).unwrap();
    if out.status.success() {
        let path = String::from_utf8(out.stdout).unwrap();
        let loaded = store::load(Path::new(path.trim()));
        Ok(loaded.map_err(|e| e.to_string())?.session)
    } else {
        assert_eq!(out.status.code(), Some(2), "a usage mistake: {err}");
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(!err.contains("panicked"), "{err}");
        Err(err)
    }
}

/// Adding the group `name` with `count` people to [`room`], four ways: is it
/// accepted by each? (command line, apply, validate, form)
fn add_group(name: &str, count: u32) -> [bool; 4] {
    let cli = cli(&["--group", "Women:3", "--group", &format!("{name}:{count}")]);
    if let Ok(s) = &cli {
        assert_eq!(s.groups.len(), 2);
        assert_eq!(s.groups[1].count, count);
    }

    let group = Group {
        id: GroupId(2),
        name: name.into(),
        count,
    };
    let mut s = room();
    let applied = s.apply(
        Change::Group(ListOp::Insert {
            index: 1,
            item: group.clone(),
        }),
        common::moment(),
    );

    let mut s = room();
    s.groups.push(group);
    let valid = s.validate().is_empty();

    let mut h = Harness::open(&room());
    h.keys("a");
    h.type_text(name);
    h.keys(&format!("<Tab>{count}<Enter>"));
    let formed = h.session().groups.len() == 2;

    [cli.is_ok(), applied.is_ok(), valid, formed]
}

#[test]
fn a_group_is_accepted_everywhere_or_nowhere() {
    for (name, count, ok) in [
        ("Youth", 0, true),
        ("Youth", 1, true),
        ("Youth", rules::MAX_PEOPLE, true),
        ("Youth", rules::MAX_PEOPLE + 1, false),
        ("Youth", 5000, false),
        ("", 5, false),
        ("   ", 5, false),
        ("Women", 5, false),
        (" women ", 5, false),
        ("WOMEN", 5, false),
        ("Women elders", 5, true),
    ] {
        assert_eq!(
            add_group(name, count),
            [ok; 4],
            "«{name}»:{count} (command line, apply, validate, form)"
        );
    }
}

/// Setting the dots per participant to `dots`, four ways.
fn set_dots(dots: u32) -> [bool; 4] {
    let cli = cli(&["--dots", &dots.to_string()]);
    if let Ok(s) = &cli {
        assert_eq!(s.dots_per_participant, dots);
    }

    let applied = room()
        .apply(
            Change::Set(Field::DotsPerParticipant(dots)),
            common::moment(),
        )
        .is_ok();

    let mut s = room();
    s.dots_per_participant = dots;
    let valid = s.validate().is_empty();

    let mut h = Harness::open(&room());
    h.keys(&format!("s<Tab><Tab><Tab><Tab><C-u>{dots}<Enter>"));
    let formed = h.session().dots_per_participant == dots;

    [cli.is_ok(), applied, valid, formed]
}

#[test]
fn dots_per_participant_are_accepted_everywhere_or_nowhere() {
    for (dots, ok) in [(0, false), (1, true), (4, true), (20, true), (21, false)] {
        assert_eq!(
            set_dots(dots),
            [ok; 4],
            "{dots} dots (command line, apply, validate, form)"
        );
    }
}

#[test]
fn apply_and_validate_word_the_broken_rule() {
    let mut s = room();
    let too_many = Group {
        id: GroupId(2),
        name: "Youth".into(),
        count: 1000,
    };
    let e = s
        .apply(
            Change::Group(ListOp::Insert {
                index: 1,
                item: too_many.clone(),
            }),
            common::moment(),
        )
        .unwrap_err();
    assert_eq!(e.to_string(), "a group counts at most 999 people");
    let e = s
        .apply(
            Change::Group(ListOp::Insert {
                index: 1,
                item: Group {
                    name: " women ".into(),
                    count: 2,
                    ..too_many.clone()
                },
            }),
            common::moment(),
        )
        .unwrap_err();
    assert_eq!(e.to_string(), "there is a group «women» already");
    let e = s
        .apply(Change::Set(Field::DotsPerParticipant(21)), common::moment())
        .unwrap_err();
    assert_eq!(e.to_string(), "dots per participant are 1 to 20");

    s.groups.push(too_many);
    s.groups.push(Group {
        id: GroupId(3),
        name: " ".into(),
        count: 1,
    });
    s.groups.push(Group {
        id: GroupId(4),
        name: "WOMEN".into(),
        count: 1,
    });
    s.dots_per_participant = 0;
    assert_eq!(
        s.validate(),
        [
            "group «Youth» counts 1000 people; at most 999",
            "group 3 has no name",
            "the group «WOMEN» is listed twice",
            "0 dots per participant; it must be 1 to 20",
        ]
    );
}

#[test]
fn the_command_line_says_which_rule_in_one_line() {
    for (args, says) in [
        (
            vec!["--group", "Youth:1000"],
            "«1000» is not a head count from 0 to 999",
        ),
        (vec!["--group", "  :4"], "has no group name"),
        (
            vec!["--group", "Women:3", "--group", " women :4"],
            "the group «women» is given twice",
        ),
        (vec!["--dots", "21"], "21 is not in 1..=20"),
        (vec!["--dots", "0"], "0 is not in 1..=20"),
    ] {
        let err = cli(&args).unwrap_err();
        assert!(err.contains(says), "{args:?}: {err}");
    }
}
