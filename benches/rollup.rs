//! The programme roll-up over 1,000 sessions, each the size of a real
//! workshop (built from the example sessions, ~35 KB each with its audit
//! log), with varied titles, wordings, categories, communities and dates.
//! The goal of issue 12 is `baraza rollup --dir` (a real process) within
//! 0.3 s; its floor is a process that only reads every file (on every core).
//!
//! `cargo bench --bench rollup -- process` runs only the real process.

use std::process::{Command, Stdio};
use std::time::Duration;

use baraza::model::Session;
use baraza::report::rollup::{RollupOptions, rollup};
use chrono::NaiveDate;
use criterion::Criterion;

#[path = "support/mod.rs"]
mod support;

use support::fixtures;
use support::floors;
use support::ratios::{Goal, Group, timed, wanted};

const NAME: &str = "rollup 1,000 sessions";
const FNS: [&str; 3] = [
    "in memory",
    "read from the folder, in process",
    "baraza rollup --dir (a real process)",
];

fn run(cmd: &mut Command) -> Duration {
    timed(|| {
        let status = cmd
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .unwrap();
        assert!(status.success());
    })
}

fn bench(c: &mut Criterion) {
    if !wanted(NAME, &FNS) {
        return;
    }
    let examples = fixtures::examples();
    let sessions: Vec<Session> = (0..1_000)
        .map(|i| fixtures::workshop(&examples, i))
        .collect();
    let options = RollupOptions::new(NaiveDate::from_ymd_opt(2026, 11, 27).unwrap());
    let (_dir, store) = fixtures::folder_of(1_000);

    let mut group = Group::new(
        c,
        NAME,
        10,
        Duration::from_millis(1),
        Duration::from_secs(3),
    );
    // The roll-up itself, on sessions already in memory.
    group.single(FNS[0], Goal::None, || {
        timed(|| {
            let r = rollup(&sessions, &options);
            assert_eq!(r.sessions, 1_000);
        })
    });
    // What `baraza rollup` does: read every file (in parallel), then roll up.
    group.pair(
        FNS[1],
        "reading every file",
        Goal::None,
        || {
            timed(|| {
                let files = store.session_files();
                for f in &files {
                    drop(std::hint::black_box(std::fs::read(f).unwrap()));
                }
            })
        },
        || {
            timed(|| {
                let loaded: Vec<Session> = store
                    .load_all()
                    .into_iter()
                    .map(|(_, s)| s.unwrap())
                    .collect();
                let r = rollup(&loaded, &options);
                assert_eq!(r.sessions, 1_000);
            })
        },
    );
    let dir = store.dir().to_str().unwrap().to_string();
    group.pair(
        FNS[2],
        "a process reading every file",
        Goal::Within(Duration::from_millis(300)),
        || {
            run(Command::new(std::env::current_exe().unwrap())
                .env(floors::MODE_VAR, "read-folder")
                .env(floors::FOLDER_VAR, &dir))
        },
        || run(Command::new(support::baraza_bin()).args(["rollup", "--dir", &dir])),
    );
    group.finish();
}

fn main() {
    support::run_floor_mode_if_asked();
    let mut c = Criterion::default().configure_from_args();
    bench(&mut c);
    c.final_summary();
    support::ratios::print_table("rollup");
}
