//! Nothing gets in (issue 11, item 3): a hostile session, and hostile file
//! names, through every command; no control character a terminal would act
//! on reaches standard output or standard error. Before, a title holding
//! `ESC ] 0;pwned BEL` retitled the terminal through `baraza list`, and the
//! same through `check`, roll-up warnings, CSV to standard output and file
//! names.

use crate::common;

use std::ffi::OsStr;
use std::fs;
use std::path::Path;
use std::process::{Command, Output, Stdio};

use baraza::model::{
    Criterion, CriterionId, PairDecision, ProblemId, Score, Session, Stage, TieBreak, TieBreakHow,
    TieBreakId,
};
use baraza::store::{self, Store};
use common::{moment, session_with_actions};

/// What a title, a group or a note could hold: set the window title, clear
/// the screen, a one-byte CSI (C1), DEL, NEL, a lone CR, backspace.
const HOSTILE: &str = "\u{1b}]0;pwned\u{7}\u{1b}[2J\u{9b}31m\u{7f}\u{85}\r\u{8}!";

fn hostile_session() -> Session {
    let h = |s: &str| format!("{s} {HOSTILE}");
    let mut s = session_with_actions(Stage::Learn);
    s.id = "hostile01".into();
    s.title = h("Kibera");
    s.location = h("Soweto");
    s.facilitators = vec![h("Amina")];
    s.context = h("context\nline two\twith a tab");
    for g in &mut s.groups {
        g.name = h(&g.name);
    }
    for p in &mut s.problems {
        p.title = h(&p.title);
        p.description = h("what happened");
        p.category = h("Crime");
        p.location = h("market");
        p.causes = vec![h("cause")];
        p.effects = vec![h("effect")];
        p.needs_escalation = true;
    }
    for a in &mut s.actions {
        a.activity = h("patrol");
        a.responsible = h("police");
        a.partners = h("chief");
        a.resources = h("torches");
        a.indicator = h("fewer thefts");
        a.risks = h("risk");
        for n in &mut a.progress {
            n.text = h("note");
        }
    }
    s.ranking.criteria = vec![Criterion {
        id: CriterionId(1),
        name: h("severity"),
        weight: 1,
    }];
    s.ranking.scores = vec![Score {
        problem: ProblemId(1),
        criterion: CriterionId(1),
        group: None,
        value: 3,
        at: moment(),
    }];
    s.ranking.pairs = vec![PairDecision {
        pair: (ProblemId(1), ProblemId(2)),
        winner: Some(ProblemId(1)),
        group: None,
        reason: h("reason"),
        at: moment(),
    }];
    s.ranking.tie_breaks = vec![TieBreak {
        id: TieBreakId(1),
        method: baraza::model::RankMethod::Dots,
        rank: 1,
        tied: vec![ProblemId(1), ProblemId(2)],
        how: TieBreakHow::Decision {
            reason: h("decided"),
        },
        order: vec![ProblemId(1), ProblemId(2)],
        at: moment(),
    }];
    s.lessons.worked = h("worked");
    s.lessons.lessons = h("lessons");
    assert!(s.validate().is_empty(), "{:?}", s.validate());
    s
}

/// `baraza --dir DIR ARGS`; `BARAZA_TEST_BINARY` runs another build (an
/// older one, to see the test fail there).
fn baraza<S: AsRef<OsStr>>(dir: &Path, args: &[S]) -> Output {
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

/// The first byte (with its place) a terminal would act on, if any: C0 other
/// than newline, tab (when `tabs`) and the CR of a CR LF; DEL; C1.
fn first_control(bytes: &[u8], tabs: bool) -> Option<(usize, String)> {
    let text = String::from_utf8_lossy(bytes);
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (i, &(at, c)) in chars.iter().enumerate() {
        let next = chars.get(i + 1).map(|&(_, n)| n);
        let allowed = c == '\n' || (tabs && c == '\t') || (c == '\r' && next == Some('\n'));
        if baraza::text::is_terminal_control(c) && !allowed {
            let from = text[..at]
                .char_indices()
                .rev()
                .nth(30)
                .map_or(0, |(i, _)| i);
            return Some((at, format!("{c:?} after «{}»", &text[from..at])));
        }
    }
    None
}

fn assert_clean(what: &str, out: &Output) {
    if let Some((at, ctx)) = first_control(&out.stdout, true) {
        panic!("{what}: a control reached standard output at byte {at}: {ctx}");
    }
    if let Some((at, ctx)) = first_control(&out.stderr, false) {
        panic!("{what}: a control reached standard error at byte {at}: {ctx}");
    }
}

#[test]
fn a_hostile_session_and_hostile_file_names_never_reach_the_terminal_raw() {
    let tmp = tempfile::TempDir::new().unwrap();
    let dir = tmp.path().join("sessions");
    let store = Store::open(&dir).unwrap();
    let session_path = store.create(&hostile_session()).unwrap();
    // The same session under a hostile file name, and a second cycle of it.
    let named = dir.join(format!("2026-11-27-{HOSTILE}.ron"));
    let mut copy = hostile_session();
    copy.id = "hostile02".into();
    store::save(&named, &copy).unwrap();
    // Broken and foreign files with hostile names and contents.
    fs::write(
        dir.join(format!("\u{1b}[31mbroken{HOSTILE}.ron")),
        format!("(version: 2, title: \"{HOSTILE}"),
    )
    .unwrap();
    fs::write(
        dir.join("2026-01-01-field.ron"),
        fs::read_to_string(&session_path)
            .unwrap()
            .replace("  title: ", &format!("  {HOSTILE}: 1,\n  title: ")),
    )
    .unwrap();
    let newer = fs::read_to_string(&session_path)
        .unwrap()
        .replace("version: 2,", "version: 9,");
    fs::write(dir.join(format!("2026-01-02-newer{HOSTILE}.ron")), newer).unwrap();
    fs::create_dir(dir.join(format!("2026-01-03-folder{HOSTILE}.ron"))).unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink("/etc/passwd", dir.join(format!("2026-01-04-{HOSTILE}.ron")))
        .unwrap();

    let files: Vec<String> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path().to_string_lossy().into_owned())
        .filter(|p| p.ends_with(".ron"))
        .collect();
    let mut runs: Vec<(String, Vec<String>)> = vec![
        ("list".into(), vec!["list".into()]),
        (
            "list tsv".into(),
            vec!["list".into(), "--format".into(), "tsv".into()],
        ),
        (
            "check".into(),
            [vec!["check".to_string()], files.clone()].concat(),
        ),
        (
            "export md".into(),
            vec!["export", "hostile01", "-F", "md", "-o", "-"]
                .into_iter()
                .map(String::from)
                .collect(),
        ),
        (
            "export html".into(),
            vec!["export", "hostile01", "-F", "html", "-o", "-"]
                .into_iter()
                .map(String::from)
                .collect(),
        ),
        (
            "export to files".into(),
            vec!["export", "hostile02", "-F", "csv"]
                .into_iter()
                .map(String::from)
                .collect(),
        ),
        (
            "export beside".into(),
            vec!["export", "hostile02"]
                .into_iter()
                .map(String::from)
                .collect(),
        ),
        (
            "export over a session".into(),
            vec![
                "export".into(),
                "hostile01".into(),
                "-o".into(),
                format!("{HOSTILE}.ron"),
            ],
        ),
        ("rollup md".into(), vec!["rollup".into()]),
        (
            "rollup html".into(),
            vec!["rollup".into(), "-F".into(), "html".into()],
        ),
        ("open not found".into(), vec!["open".into(), HOSTILE.into()]),
        (
            "open a folder".into(),
            vec!["open".into(), format!("2026-01-03-folder{HOSTILE}.ron")],
        ),
        ("open".into(), vec!["open".into(), "hostile01".into()]),
        (
            "new".into(),
            vec![
                "new".into(),
                "--title".into(),
                HOSTILE.into(),
                "--location".into(),
                HOSTILE.into(),
                "--no-open".into(),
            ],
        ),
        ("bad option".into(), vec![format!("--{HOSTILE}")]),
        (
            "bad value".into(),
            vec![
                "export".into(),
                "hostile01".into(),
                "--format".into(),
                HOSTILE.into(),
            ],
        ),
        (
            "bad group".into(),
            vec![
                "new".into(),
                "--title".into(),
                "x".into(),
                "--group".into(),
                format!("{HOSTILE}:x"),
            ],
        ),
    ];
    for table in [
        "problems",
        "groups",
        "votes",
        "pairs",
        "scores",
        "tiebreaks",
        "actions",
        "progress",
        "card",
        "gaps",
        "grid",
        "escalations",
        "replies",
    ] {
        runs.push((
            format!("export csv {table}"),
            [
                "export",
                "hostile01",
                "-F",
                "csv",
                "--table",
                table,
                "-o",
                "-",
            ]
            .map(String::from)
            .to_vec(),
        ));
    }
    for table in [
        "recurring",
        "categories",
        "completion",
        "overdue",
        "escalated",
    ] {
        runs.push((
            format!("rollup csv {table}"),
            ["rollup", "-F", "csv", "--table", table]
                .map(String::from)
                .to_vec(),
        ));
    }
    let mut escaped = 0;
    for (what, args) in &runs {
        let out = baraza(&dir, args);
        assert_clean(what, &out);
        let all = [out.stdout.as_slice(), out.stderr.as_slice()].concat();
        if String::from_utf8_lossy(&all).contains("\\u{1b}") {
            escaped += 1;
        }
    }
    // Not a test of silence: the hostile text was printed, escaped, by most.
    assert!(
        escaped >= runs.len() / 2,
        "only {escaped} of {} runs showed it",
        runs.len()
    );
    let list = baraza(&dir, &["list"]);
    let list = String::from_utf8_lossy(&list.stdout);
    assert!(list.contains("Kibera \\u{1b}]0;pwned\\u{7}"), "{list}");
}

#[test]
fn the_program_status_line_shows_controls_for_what_they_are() {
    let mut h = common::Harness::new();
    let store = h.store();
    let path = store.dir().join(format!("2026-01-03-{HOSTILE}.ron"));
    fs::create_dir(&path).unwrap();
    h.app.start(baraza::tui::Start::Open(path));
    let screen = h.render(200, 24);
    assert!(screen.contains("\\u{1b}]0;pwned"), "{screen}");
}
