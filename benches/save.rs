//! Saves against a bare durable write of the same bytes (temp file, write,
//! fsync, rename, fsync of the folder), interleaved write by write in the
//! same folder; the goal of issue 12 is 1.5× the bare write. Then how the
//! save grows with the dot history (each dot with its audit entry, as the
//! editor writes it), and loading against one read and one RON parse.
//!
//! `cargo bench --bench save -- autosave` runs one group.

use std::fs;
use std::path::Path;
use std::time::Duration;

use baraza::model::{Session, Stage};
use baraza::store;
use criterion::Criterion;
use ratatui::crossterm::event::KeyCode;

#[path = "support/mod.rs"]
mod support;

use support::fixtures::{self, LARGE, key};
use support::floors;
use support::ratios::{Goal, Group, note, timed, wanted};

const BARE: &str = "bare write, same bytes";

/// What one autosave costs in all: the writer's encoding, streamed into the
/// durable write (the editor hands over its session behind an `Arc`, no
/// copy).
fn autosave(path: &Path, s: &Session) -> Duration {
    timed(|| store::save(path, s).unwrap())
}

fn large(c: &mut Criterion) {
    const NAME: &str = "autosave large session";
    const FNS: [&str; 5] = [
        "encode + durable write",
        "encode only",
        "encode only, ron's own encoder (the reference)",
        "clone only (what each change cost before)",
        "App: + or u, then flush",
    ];
    if !wanted(NAME, &FNS) {
        return;
    }
    let session = fixtures::sized_session(LARGE, Stage::Rank);
    let dir = tempfile::TempDir::new().unwrap();
    let (path, floor_path) = (dir.path().join("large.ron"), dir.path().join("floor.ron"));
    let bytes = store::encode(&session).into_bytes();
    note(format!(
        "large session file: {:.0} KB",
        bytes.len() as f64 / 1e3
    ));
    let mut group = Group::new(
        c,
        NAME,
        30,
        Duration::from_millis(500),
        Duration::from_secs(3),
    );
    group.pair(
        FNS[0],
        BARE,
        Goal::Times(1.5),
        || floors::write(&floor_path, &bytes),
        || autosave(&path, &session),
    );
    group.pair(
        FNS[1],
        BARE,
        Goal::None,
        || floors::write(&floor_path, &bytes),
        || timed(|| drop(std::hint::black_box(store::encode(&session)))),
    );
    group.pair(
        FNS[2],
        BARE,
        Goal::None,
        || floors::write(&floor_path, &bytes),
        || timed(|| drop(std::hint::black_box(store::encode_with_ron(&session)))),
    );
    group.pair(
        FNS[3],
        BARE,
        Goal::None,
        || floors::write(&floor_path, &bytes),
        || timed(|| drop(std::hint::black_box(session.clone()))),
    );
    // End to end through the app: the key, the hand-over to the saver and
    // the wait for the write; `+` and `u` alternate so the file stays the
    // same size.
    let (_app_dir, mut app) = fixtures::open_app(&session);
    fixtures::assert_plus_records(&mut app);
    let mut plus = true;
    group.pair(
        FNS[4],
        BARE,
        Goal::None,
        || floors::write(&floor_path, &bytes),
        || {
            let k = if plus { '+' } else { 'u' };
            plus = !plus;
            timed(|| {
                app.handle_event(&key(KeyCode::Char(k)));
                app.workshop().unwrap().doc().flush();
            })
        },
    );
    group.finish();
}

fn growth(c: &mut Criterion) {
    const NAME: &str = "save as dots grow";
    const DOTS: [u32; 4] = [0, 10_000, 25_000, 50_000];
    let names: Vec<String> = DOTS.iter().map(|n| format!("{n} more dots")).collect();
    let all: Vec<&str> = names.iter().map(String::as_str).collect();
    if !wanted(NAME, &all) {
        return;
    }
    let dir = tempfile::TempDir::new().unwrap();
    let mut group = Group::new(
        c,
        NAME,
        10,
        Duration::from_millis(1),
        Duration::from_secs(2),
    );
    for (n, name) in DOTS.iter().zip(&names) {
        let mut session = fixtures::sized_session(LARGE, Stage::Rank);
        fixtures::add_votes(&mut session, *n, true);
        let bytes = store::encode(&session).into_bytes();
        note(format!(
            "large session + {n} audited dots: {:.1} MB on disk",
            bytes.len() as f64 / 1e6
        ));
        let (path, floor_path) = (dir.path().join("s.ron"), dir.path().join("floor.ron"));
        group.pair(
            name,
            BARE,
            Goal::Times(1.5),
            || floors::write(&floor_path, &bytes),
            || autosave(&path, &session),
        );
    }
    group.finish();
}

/// Loading a session (as `open` and the roll-up do) against reading the
/// file and parsing it once.
fn load(c: &mut Criterion) {
    const NAME: &str = "load";
    const FNS: [&str; 2] = ["large session", "10 MB session"];
    if !wanted(NAME, &FNS) {
        return;
    }
    let dir = tempfile::TempDir::new().unwrap();
    let mut group = Group::new(
        c,
        NAME,
        10,
        Duration::from_millis(1),
        Duration::from_secs(2),
    );
    let sessions = [
        fixtures::sized_session(LARGE, Stage::Rank),
        fixtures::session_of_megabytes(10.0, Stage::Rank),
    ];
    for (name, s) in FNS.iter().zip(&sessions) {
        let path = dir.path().join(format!("{}.ron", name.replace(' ', "-")));
        fs::write(&path, store::encode(s)).unwrap();
        group.pair(
            name,
            "read + one RON parse",
            Goal::None,
            || {
                timed(|| {
                    let text = fs::read_to_string(&path).unwrap();
                    drop(std::hint::black_box(
                        ron::from_str::<Session>(&text).unwrap(),
                    ));
                })
            },
            || timed(|| drop(std::hint::black_box(store::load(&path).unwrap()))),
        );
    }
    group.finish();
}

fn main() {
    support::run_floor_mode_if_asked();
    let mut c = Criterion::default().configure_from_args();
    large(&mut c);
    growth(&mut c);
    load(&mut c);
    c.final_summary();
    support::ratios::print_table("save");
}
