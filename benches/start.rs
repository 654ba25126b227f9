//! Start → first frame of the real binary in a 120×40 pseudo-terminal,
//! against a bare ratatui program drawing one paragraph started in the same
//! harness (the bench binary itself, see `support/floors.rs`), interleaved
//! run by run. The goal of issue 12 is 1.5× the bare program with 1,000
//! sessions, and no start above 1 s at the stress sizes.
//!
//! Then, not a timing: baraza's peak memory (`VmHWM` of the process, from
//! `/proc/PID/status`) with the 10 MB session after 40 dots, against the
//! bare program's and the large session's; the goal is 30 MB.
//!
//! `cargo bench --bench start -- "1,000"` runs the cases with 1,000 sessions;
//! `-- memory` only the memory figures.

use std::fs;
use std::path::Path;
use std::time::{Duration, Instant};

use baraza::i18n::Lang;
use baraza::i18n::numbers::grouped;
use baraza::model::{GroupId, Stage};
use baraza::store::{self, Store};
use criterion::Criterion;

#[path = "support/mod.rs"]
mod support;

use support::fixtures;
use support::pty::{Program, Term, first_frame};
use support::ratios::{Goal, Group, note, wanted};

/// The last row of every baraza screen (the hint line) ends with this, and
/// so does the bare program's bottom border.
const MARKER: &str = "q quit";
const FLOOR: &str = "bare ratatui, one paragraph";
const NAME: &str = "start→first frame";

fn bare(home: &Path) -> Duration {
    first_frame(&Program::bare_ratatui(home), support::floors::BARE_MARKER)
}

/// What the session list says while it is still reading the folder (on
/// the status line, and in the middle while it knows of no session yet),
/// lower-cased.
const READING: &str = "reading the folder";

/// Start → the whole list known: the first frame, then until the list no
/// longer says it is reading (at once for a build that lists before its
/// first frame), checked every millisecond.
fn whole_list(program: &Program) -> Duration {
    let term = Term::start(program);
    term.wait_for(MARKER);
    while term.screen().to_lowercase().contains(READING) {
        std::thread::sleep(Duration::from_millis(1));
    }
    let took = term.spawned.elapsed();
    term.quit();
    took
}

fn no_cache(store: &Store) {
    let _ = fs::remove_file(store.dir().join(store::INDEX_FILE));
}

fn index_size(store: &Store) -> String {
    let len = fs::metadata(store.dir().join(store::INDEX_FILE)).map_or(0, |m| m.len());
    format!("{:.0} KB", len as f64 / 1e3)
}

/// The session list of a folder of `n` sessions: with the listing cache
/// (warm: the usual start) and without it (the first start after an
/// upgrade, a folder copied in).
fn folder(c: &mut Criterion, n: usize, samples: usize, home: &Path) {
    // As the issue writes counts: "10,000".
    let count = grouped(n, Lang::En);
    let warm = format!("{count} sessions, listing cache warm");
    let cold = format!("{count} sessions, no listing cache");
    let complete = format!("{count} sessions, no listing cache, whole list read");
    if !wanted(NAME, &[&warm, &cold, &complete]) {
        return;
    }
    let (_dir, store) = fixtures::folder_of(n);
    store.list();
    note(format!(
        "listing cache of {count} sessions: {} (.baraza-index)",
        index_size(&store)
    ));
    let baraza = Program::baraza(store.dir(), home, &[]);
    let mut group = Group::new(
        c,
        NAME,
        samples,
        Duration::from_millis(1),
        Duration::from_secs(1),
    );
    group.pair(
        &warm,
        FLOOR,
        Goal::Times(1.5),
        || bare(home),
        || first_frame(&baraza, MARKER),
    );
    group.pair(
        &cold,
        FLOOR,
        Goal::Within(Duration::from_secs(1)),
        || bare(home),
        || {
            no_cache(&store);
            first_frame(&baraza, MARKER)
        },
    );
    // The list is drawn at once and filled in: how long until it is whole.
    group.pair(
        &complete,
        FLOOR,
        Goal::None,
        || bare(home),
        || {
            no_cache(&store);
            whole_list(&baraza)
        },
    );
    group.finish();
}

fn small_cases(c: &mut Criterion, home: &Path) {
    const EMPTY: &str = "empty folder";
    const TEN_MB: &str = "open the 10 MB session";
    if !wanted(NAME, &[EMPTY, TEN_MB]) {
        return;
    }
    let empty = tempfile::TempDir::new().unwrap();
    let ten = tempfile::TempDir::new().unwrap();
    let store = Store::open(ten.path()).unwrap();
    let path = store
        .create(&fixtures::session_of_megabytes(10.0, Stage::Rank))
        .unwrap();
    note(format!(
        "10 MB session: {:.1} MB on disk",
        fs::metadata(&path).unwrap().len() as f64 / 1e6
    ));
    let mut group = Group::new(
        c,
        NAME,
        20,
        Duration::from_millis(1),
        Duration::from_secs(1),
    );
    let baraza = Program::baraza(empty.path(), home, &[]);
    group.pair(
        EMPTY,
        FLOOR,
        Goal::Times(1.5),
        || bare(home),
        || first_frame(&baraza, MARKER),
    );
    let open = Program::baraza(ten.path(), home, &["open", path.to_str().unwrap()]);
    group.pair(
        TEN_MB,
        FLOOR,
        Goal::Within(Duration::from_secs(1)),
        || bare(home),
        || first_frame(&open, MARKER),
    );
    group.finish();
}

fn megabytes(bytes: u64) -> String {
    format!("{:.1} MB", bytes as f64 / 1e6)
}

/// Waits until the file has not changed for `quiet`: the saver is done.
fn settled(path: &Path, quiet: Duration) {
    let stamp = || {
        fs::metadata(path)
            .ok()
            .map(|m| (m.len(), m.modified().ok()))
    };
    let (mut last, mut since) = (stamp(), Instant::now());
    while since.elapsed() < quiet {
        std::thread::sleep(Duration::from_millis(20));
        let now = stamp();
        if now != last {
            (last, since) = (now, Instant::now());
        }
    }
}

/// Peak memory of a process with a session open on Rank, after `dots` `+`
/// keys, each waited for on screen, and every save written.
fn peak_after_dots(session: &baraza::model::Session, home: &Path, dots: usize) -> u64 {
    let dir = tempfile::TempDir::new().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let path = store.create(session).unwrap();
    let mut term = Term::start(&Program::baraza(
        store.dir(),
        home,
        &["open", path.to_str().unwrap()],
    ));
    term.wait_for(MARKER);
    let g = &session.groups[0];
    let (used, budget) = (session.dots_used(GroupId(1)), session.dot_budget(g.id));
    for k in 1..=dots {
        term.send("+");
        term.wait_for(&format!(
            "Voting: {} — {} of {budget} dots",
            g.name,
            used + k
        ));
    }
    settled(&path, Duration::from_secs(1));
    let peak = term.peak_memory().expect("/proc/PID/status is readable");
    term.quit();
    peak
}

fn memory(home: &Path) {
    if !wanted("memory", &["peak"]) {
        return;
    }
    let term = Term::start(&Program::bare_ratatui(home));
    term.wait_for(support::floors::BARE_MARKER);
    let floor = term.peak_memory().unwrap();
    term.quit();
    let large = peak_after_dots(
        &fixtures::sized_session(fixtures::LARGE, Stage::Rank),
        home,
        40,
    );
    let ten = peak_after_dots(&fixtures::session_of_megabytes(10.0, Stage::Rank), home, 40);
    note(format!(
        "peak memory (VmHWM) after 40 dots: 10 MB session {} (goal ≤ 30 MB: {}), large session {}, bare ratatui program {}",
        megabytes(ten),
        if ten <= 30_000_000 { "met" } else { "NOT met" },
        megabytes(large),
        megabytes(floor)
    ));
}

fn main() {
    support::run_floor_mode_if_asked();
    let home = tempfile::TempDir::new().unwrap();
    let mut c = Criterion::default().configure_from_args();
    small_cases(&mut c, home.path());
    folder(&mut c, 1_000, 20, home.path());
    folder(&mut c, 10_000, 10, home.path());
    c.final_summary();
    memory(home.path());
    support::ratios::print_table("start");
}
