//! What encryption at rest costs (issue 14), beside the plain figures:
//!
//! - a save: the session encoded, sealed (age, X25519 to two keys: the
//!   laptop's and a coordinator's) and written durably (temp file, fsync,
//!   rename, folder fsync), for the example session and the large one;
//! - the seal alone, and reading a file back (unseal and decode);
//! - starting on a folder of 1,000 sessions: the listing, cold (every file
//!   read) and warm (from the listing cache, itself sealed);
//! - unlocking the laptop's key once at start: scrypt at the cost age picks
//!   on this machine (about a second), measured apart.
//!
//! `cargo bench --bench encryption`. Nothing is asserted: timings vary with
//! the machine and its load.

mod common;

use std::fs;
use std::time::{Duration, Instant};

use age::secrecy::SecretString;
use baraza::model::Session;
use baraza::store::{self, Store, crypt};
use criterion::{BatchSize, Criterion, criterion_group, criterion_main};

const PASSPHRASE: &str = "mango tree by the well";

/// A folder, encrypted or not, with a coordinator's key as a second
/// recipient when it is (what a programme sets up).
fn folder(encrypted: bool) -> (tempfile::TempDir, Store) {
    let tmp = tempfile::TempDir::new().unwrap();
    let dir = tmp.path().join("sessions");
    let store = Store::open(&dir).unwrap();
    if encrypted {
        let coordinator = age::x25519::Identity::generate().to_public().to_string();
        let pass = SecretString::from(PASSPHRASE.to_string());
        // A low scrypt cost here: unlocking is measured on its own below.
        crypt::set_up(&dir, &pass, Some(&coordinator), Some(4)).unwrap();
    }
    (tmp, store)
}

fn example() -> Session {
    store::load(std::path::Path::new(
        "sessions/2026-10-17-eastleigh-market-security-baraza.ron",
    ))
    .unwrap()
    .session
}

fn saves(c: &mut Criterion) {
    let mut group = c.benchmark_group("save");
    group.sample_size(30);
    for (name, session) in [("example", example()), ("large", common::large_session())] {
        for encrypted in [false, true] {
            let (_tmp, store) = folder(encrypted);
            let path = store.create(&session).unwrap();
            let label = if encrypted { "encrypted" } else { "plain" };
            group.bench_function(format!("{name} session, {label}: durable save"), |b| {
                b.iter(|| store::save(&path, &session).unwrap())
            });
            let dir = store.dir().to_path_buf();
            group.bench_function(format!("{name} session, {label}: encode and seal"), |b| {
                b.iter(|| crypt::seal_for(&dir, store::encode(&session).as_bytes()).unwrap())
            });
            group.bench_function(format!("{name} session, {label}: load"), |b| {
                b.iter(|| store::load(&path).unwrap())
            });
        }
    }
    group.finish();
}

fn start(c: &mut Criterion) {
    let mut group = c.benchmark_group("start");
    group.sample_size(10);
    let examples = [example(), kibera()];
    for encrypted in [false, true] {
        let (_tmp, store) = folder(encrypted);
        for i in 0..1_000 {
            let mut s = examples[i % examples.len()].clone();
            s.id = format!("bench{i:05}");
            s.title = format!("{} #{i}", s.title);
            store.create(&s).unwrap();
        }
        let label = if encrypted { "encrypted" } else { "plain" };
        group.bench_function(format!("1000 sessions, {label}: list, cold"), |b| {
            b.iter_batched(
                || {
                    let _ = fs::remove_file(store.dir().join(store::INDEX_FILE));
                },
                |_| assert_eq!(store.list().len(), 1_000),
                BatchSize::PerIteration,
            )
        });
        store.list();
        group.bench_function(format!("1000 sessions, {label}: list, warm"), |b| {
            b.iter(|| assert_eq!(store.list().len(), 1_000))
        });
    }
    group.finish();
}

/// The one unlock at start, at the cost age picks on this machine.
fn unlock() {
    let tmp = tempfile::TempDir::new().unwrap();
    let dir = tmp.path().join("sessions");
    Store::open(&dir).unwrap();
    let pass = SecretString::from(PASSPHRASE.to_string());
    let made = Instant::now();
    crypt::set_up(&dir, &pass, None, None).unwrap();
    let set_up = made.elapsed();
    let mut times: Vec<Duration> = (0..5)
        .map(|_| {
            let t = Instant::now();
            crypt::unlock(&dir, &pass).unwrap();
            t.elapsed()
        })
        .collect();
    times.sort();
    println!(
        "unlock at start (scrypt at age's cost for this machine): median {:.0} ms over {} runs (min {:.0}, max {:.0}); set-up {:.0} ms",
        times[times.len() / 2].as_secs_f64() * 1000.0,
        times.len(),
        times[0].as_secs_f64() * 1000.0,
        times[times.len() - 1].as_secs_f64() * 1000.0,
        set_up.as_secs_f64() * 1000.0,
    );
}

fn kibera() -> Session {
    store::load(std::path::Path::new(
        "sessions/2026-06-06-kibera-youth-baraza-cycle-1.ron",
    ))
    .unwrap()
    .session
}

fn all(c: &mut Criterion) {
    saves(c);
    start(c);
    if std::env::args().any(|a| a == "--bench") {
        unlock();
    }
}

criterion_group!(benches, all);
criterion_main!(benches);
