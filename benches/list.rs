//! Listing a folder of sessions in process (`Store::list`, what the session
//! list and `baraza list` read), each the size of a real workshop (~35 KB
//! with its audit log), against a bare scan of the folder (every name and
//! its metadata), the least a listing can do.
//!
//! `cargo bench --bench list -- 10,000` runs one size.

use std::fs;
use std::time::Duration;

use baraza::i18n::Lang;
use baraza::i18n::numbers::grouped;
use baraza::store::{self, Store};
use criterion::Criterion;

#[path = "support/mod.rs"]
mod support;

use support::fixtures;
use support::ratios::{Goal, Group, note, timed, wanted};

const SCAN: &str = "scan of the folder";

fn scan(store: &Store) -> Duration {
    timed(|| {
        let n = fs::read_dir(store.dir())
            .unwrap()
            .flatten()
            .filter(|e| e.metadata().is_ok_and(|m| m.is_file()))
            .count();
        std::hint::black_box(n);
    })
}

/// `cold`: also without the listing cache (with 10,000 sessions that is
/// `benches/start.rs`'s "no listing cache" case, measured there).
fn list(c: &mut Criterion, n: usize, samples: usize, cold: bool) {
    // As the issue writes counts: "10,000".
    let count = grouped(n, Lang::En);
    let name = format!("list {count} sessions");
    let fns = ["cold (no listing cache)", "warm", "one changed"];
    if !wanted(&name, &fns) {
        return;
    }
    let (_dir, store) = fixtures::folder_of(n);
    let mut group = Group::new(
        c,
        &name,
        samples,
        Duration::from_millis(1),
        Duration::from_secs(2),
    );
    let check = |entries: Vec<store::Entry>| assert_eq!(entries.len(), n);
    // Cold: no index yet (first listing after an upgrade, or a copied folder).
    if cold {
        group.pair(
            fns[0],
            SCAN,
            Goal::None,
            || scan(&store),
            || {
                let _ = fs::remove_file(store.dir().join(store::INDEX_FILE));
                timed(|| check(store.list()))
            },
        );
    }
    // Warm: the usual case, every summary cached.
    store.list();
    let index = fs::metadata(store.dir().join(store::INDEX_FILE)).map_or(0, |m| m.len());
    note(format!(
        "listing cache of {count} sessions: {:.0} KB",
        index as f64 / 1e3
    ));
    group.pair(
        fns[1],
        SCAN,
        Goal::None,
        || scan(&store),
        || timed(|| check(store.list())),
    );
    // One session changed since the last listing (the facilitator just closed it).
    let one = store.list()[0].path.clone();
    let text = fs::read(&one).unwrap();
    group.pair(
        fns[2],
        SCAN,
        Goal::None,
        || scan(&store),
        || {
            store::write_atomic(&one, &text).unwrap();
            timed(|| check(store.list()))
        },
    );
    group.finish();
}

fn main() {
    support::run_floor_mode_if_asked();
    let mut c = Criterion::default().configure_from_args();
    list(&mut c, 1_000, 10, true);
    list(&mut c, 10_000, 10, false);
    c.final_summary();
    support::ratios::print_table("list");
}
