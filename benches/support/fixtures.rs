//! Sessions and folders of every size the benchmarks need, and the real app
//! opened on a session.

use std::fs;
use std::path::{Path, PathBuf};

use baraza::clock::Clock;
use baraza::model::*;
use baraza::store::{self, Store};
use baraza::tui::theme::ThemeName;
use baraza::tui::{App, Start};
use chrono::{DateTime, Duration, NaiveDate};
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

/// How big a generated session is.
#[derive(Clone, Copy, Debug)]
pub struct Size {
    pub problems: u32,
    pub groups: u32,
    pub dots: u32,
    pub actions: u32,
}

/// A long, crowded workshop: the "large session" of issue 12.
pub const LARGE: Size = Size {
    problems: 200,
    groups: 12,
    dots: 5_000,
    actions: 300,
};

/// The stress size of issue 12.
pub const STRESS: Size = Size {
    problems: 2_000,
    groups: 100,
    dots: 20_000,
    actions: 300,
};

pub fn t0() -> Timestamp {
    DateTime::parse_from_rfc3339("2026-11-27T09:00:00+03:00").unwrap()
}

/// A session of `size`, every script and an emoji in its titles, open at the
/// stage `stage` (a session opens on the stage it reached).
pub fn sized_session(size: Size, stage: Stage) -> Session {
    let t0 = t0();
    let mut s = Session::new(
        "large".into(),
        "Large county baraza".into(),
        NaiveDate::from_ymd_opt(2026, 11, 27).unwrap(),
        t0,
    );
    s.location = "Nakuru County".into();
    // Big rooms with many dots each: every group has room in its budget for
    // all the dots the benches add, so `+` records a dot at once (over
    // budget it would ask first).
    s.dots_per_participant = baraza::model::rules::MAX_DOTS;
    for g in 0..size.groups {
        s.groups.push(Group {
            id: GroupId(g + 1),
            name: format!("Group {} — ward {}", g + 1, g % 4 + 1),
            count: 900 + g % 99,
        });
    }
    let titles = [
        "Cattle theft",
        "سرقة الهواتف",
        "घरेलु हिंसा",
        "Драки у колодца",
        "Drug selling 🔥",
    ];
    for p in 0..size.problems {
        s.problems.push(Problem {
            id: ProblemId(p + 1),
            title: format!("{} #{}", titles[p as usize % titles.len()], p + 1),
            description: "Reported by several groups; happens at night near the market.".into(),
            category: s.categories[p as usize % s.categories.len()].clone(),
            location: "Market road".into(),
            raised_by: vec![GroupId(p % size.groups.max(1) + 1)],
            causes: vec!["unemployment".into(), "no lighting".into()],
            effects: vec!["fear".into(), "injuries".into()],
            needs_escalation: p % 7 == 0,
            ..Default::default()
        });
    }
    add_votes(&mut s, size.dots, false);
    s.ranking.shortlist = (1..=20.min(size.problems)).map(ProblemId).collect();
    for a in 0..size.actions {
        s.actions.push(Action {
            id: ActionId(a + 1),
            problem: ProblemId(a % 20.min(size.problems).max(1) + 1),
            activity: format!("Action {} with the chief and the police", a + 1),
            responsible: ["Community", "Police", "Local authority", "CSO"][a as usize % 4].into(),
            due: NaiveDate::from_ymd_opt(2026, 10 + a % 3, 1 + a % 28),
            status: ActionStatus::ALL[a as usize % 5],
            progress: vec![ProgressNote {
                date: NaiveDate::from_ymd_opt(2026, 11, 1).unwrap(),
                text: "Met the ward administrator".into(),
                at: t0,
            }],
            ..Default::default()
        });
    }
    s.stage = stage;
    s
}

/// The real app's `+` and `u` on its open session record a dot and take it
/// back, as the benches assume (a question or a refusal would make them
/// measure something else).
pub fn assert_plus_records(app: &mut App) {
    let dots = |app: &App| app.workshop().unwrap().doc().session().ranking.votes.len();
    let before = dots(app);
    app.handle_event(&key(KeyCode::Char('+')));
    assert_eq!(dots(app), before + 1, "+ recorded no dot");
    app.handle_event(&key(KeyCode::Char('u')));
    assert_eq!(dots(app), before, "u did not take the dot back");
}

/// Adds `n` dots spread over the problems and groups; with `audited`, each
/// with the audit entry the editor writes for it, as in a real session.
pub fn add_votes(s: &mut Session, n: u32, audited: bool) {
    let (problems, groups) = (s.problems.len() as u32, s.groups.len() as u32);
    let start = s.ranking.votes.len() as u32;
    for v in start..start + n {
        let vote = Vote {
            problem: ProblemId((v * 7919) % problems + 1),
            group: GroupId(v % groups + 1),
            at: t0() + Duration::seconds(i64::from(v)),
        };
        if audited {
            s.audit.push(AuditEntry {
                at: vote.at,
                kind: AuditKind::Change,
                what: format!(
                    "dot for «{}» from {}",
                    s.problem_title(vote.problem),
                    s.group_name(vote.group)
                ),
            });
        }
        s.ranking.votes.push(vote);
    }
}

/// The large session with enough audited dots to make a file of about
/// `megabytes` (~250 bytes a dot with its audit entry).
pub fn session_of_megabytes(megabytes: f64, stage: Stage) -> Session {
    let mut s = sized_session(LARGE, stage);
    let base = store::encode(&s).len() as f64;
    let per_dot = 250.0;
    let dots = ((megabytes * 1e6 - base) / per_dot).max(0.0) as u32;
    add_votes(&mut s, dots, true);
    s
}

/// The example sessions of `sessions/` (each ~35 KB with its audit log).
pub fn examples() -> Vec<Session> {
    let mut paths: Vec<PathBuf> = fs::read_dir("sessions")
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == store::EXTENSION))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| store::load(p).unwrap().session)
        .collect()
}

const PLACES: [&str; 25] = [
    "Kibera",
    "Eastleigh",
    "Mathare",
    "Korogocho",
    "Mukuru",
    "Kawangware",
    "Dandora",
    "Githurai",
    "Kayole",
    "Majengo",
    "Kariobangi",
    "Huruma",
    "Kangemi",
    "Mlango Kubwa",
    "Pumwani",
    "Shauri Moyo",
    "Viwandani",
    "Embakasi",
    "Kasarani",
    "Ruaraka",
    "Bangladesh",
    "Likoni",
    "Kisauni",
    "Nyalenda",
    "Manyatta",
];

/// The same problem in the words of different rooms.
fn reword(title: &str, i: usize) -> String {
    match i % 5 {
        0 => title.to_string(),
        1 => title.to_lowercase(),
        2 => format!("{}!", title.to_uppercase()),
        3 => title.replace(" the ", " "),
        _ => format!("{title} (again)"),
    }
}

/// A word no other number gives: "kalomi", "tenusa"…
fn word(mut n: usize) -> String {
    const SYLLABLES: [&str; 10] = ["ka", "lo", "mi", "te", "nu", "sa", "ri", "po", "ze", "gu"];
    let mut w = String::new();
    loop {
        w.push_str(SYLLABLES[n % 10]);
        n /= 10;
        if n == 0 {
            return w;
        }
    }
}

/// The `i`-th session of a programme: an example session with its own
/// title, community, date and wording of the problems (so the roll-up finds
/// similar, not identical, titles), and one problem of its own.
pub fn workshop(examples: &[Session], i: usize) -> Session {
    let mut s = examples[i % examples.len()].clone();
    s.id = format!("bench{i:05}");
    s.title = format!("{} #{i}", s.title);
    s.location = format!("{}, ward {}", PLACES[i % PLACES.len()], i % 7);
    s.date = NaiveDate::from_ymd_opt(2025, 1, 1).unwrap() + Duration::days((i * 7 % 700) as i64);
    for (k, p) in s.problems.iter_mut().enumerate() {
        p.title = reword(&p.title, i + k);
        if (i + k).is_multiple_of(3) {
            p.category = p.category.to_uppercase();
        }
        p.needs_escalation = (i + k).is_multiple_of(4);
    }
    if let Some(p) = s.problems.last_mut() {
        p.title = format!("{} {}", word(i), word(i + 7_919));
    }
    s
}

/// Writes into `dir` (which must exist) `large.ron`, `stress.ron`,
/// `10mb.ron` and a folder `sessions-1000` of 1,000 workshop sessions (with
/// its listing cache), for profiling the real binary on them.
pub fn write_fixtures(dir: &Path) {
    for (name, s) in [
        ("large", sized_session(LARGE, Stage::Rank)),
        ("stress", sized_session(STRESS, Stage::Rank)),
        ("10mb", session_of_megabytes(10.0, Stage::Rank)),
    ] {
        fs::write(dir.join(format!("{name}.ron")), store::encode(&s)).unwrap();
    }
    let (folder, store) = folder_of(1_000);
    store.list();
    let target = dir.join("sessions-1000");
    fs::create_dir_all(&target).unwrap();
    for e in fs::read_dir(store.dir()).unwrap().flatten() {
        fs::copy(e.path(), target.join(e.file_name())).unwrap();
    }
    drop(folder);
}

/// A folder of `n` workshop sessions, written as `Store::create` names them
/// but without an fsync each (setting up 10,000 files must not take minutes).
pub fn folder_of(n: usize) -> (tempfile::TempDir, Store) {
    let dir = tempfile::TempDir::new().unwrap();
    let store = Store::open(dir.path().join("sessions")).unwrap();
    let examples = examples();
    for i in 0..n {
        let s = workshop(&examples, i);
        let path = store.dir().join(format!(
            "{}.{}",
            store::stem(s.date, &s.title, &s.id, 1),
            store::EXTENSION
        ));
        write_private(&path, store::encode(&s).as_bytes());
    }
    (dir, store)
}

fn write_private(path: &Path, bytes: &[u8]) {
    use std::io::Write;
    let mut options = fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options.open(path).unwrap().write_all(bytes).unwrap();
}

pub fn key(code: KeyCode) -> Event {
    Event::Key(KeyEvent::new(code, KeyModifiers::NONE))
}

pub fn back_tab() -> Event {
    Event::Key(KeyEvent::new(KeyCode::BackTab, KeyModifiers::SHIFT))
}

/// The real app on a temp folder holding `session`, opened for editing on
/// the stage it reached, with a fixed clock.
pub fn open_app(session: &Session) -> (tempfile::TempDir, App) {
    let dir = tempfile::TempDir::new().unwrap();
    let store = Store::open(dir.path().join("sessions")).unwrap();
    let path = store.create(session).unwrap();
    let clock = Clock::fixed(DateTime::parse_from_rfc3339("2026-11-27T10:42:07+03:00").unwrap());
    let mut app = App::new(store, clock, ThemeName::Dark, None);
    app.start(Start::Open(path));
    (dir, app)
}
