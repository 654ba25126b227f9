//! The programme roll-up over 1,000 sessions, each the size of a real
//! workshop (built from the example sessions, ~35 KB each with its audit
//! log), with varied titles, wordings, categories, communities and dates.

use std::fs;

use baraza::model::Session;
use baraza::report::rollup::{RollupOptions, rollup};
use baraza::store::{self, Store};
use chrono::{Duration, NaiveDate};
use criterion::{Criterion, criterion_group, criterion_main};

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

fn generated(n: usize) -> Vec<Session> {
    let examples: Vec<Session> = fs::read_dir("sessions")
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == store::EXTENSION))
        .map(|p| store::load(&p).unwrap().session)
        .collect();
    (0..n)
        .map(|i| {
            let mut s = examples[i % examples.len()].clone();
            s.id = format!("bench{i:05}");
            s.title = format!("{} #{i}", s.title);
            s.location = format!("{}, ward {}", PLACES[i % PLACES.len()], i % 7);
            s.date =
                NaiveDate::from_ymd_opt(2025, 1, 1).unwrap() + Duration::days((i * 7 % 700) as i64);
            for (k, p) in s.problems.iter_mut().enumerate() {
                p.title = reword(&p.title, i + k);
                if (i + k).is_multiple_of(3) {
                    p.category = p.category.to_uppercase();
                }
                p.needs_escalation = (i + k).is_multiple_of(4);
            }
            // One problem of its own per session, as rooms always have.
            if let Some(p) = s.problems.last_mut() {
                p.title = format!("{} {}", word(i), word(i + 7_919));
            }
            s
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let sessions = generated(1_000);
    let options = RollupOptions::new(NaiveDate::from_ymd_opt(2026, 11, 27).unwrap());
    let dir = tempfile::TempDir::new().unwrap();
    let store = Store::open(dir.path().join("sessions")).unwrap();
    for s in &sessions {
        store.create(s).unwrap();
    }

    let mut group = c.benchmark_group("rollup");
    group.sample_size(10);
    // The roll-up itself, on sessions already in memory.
    group.bench_function("1000 sessions, in memory", |b| {
        b.iter(|| {
            let r = rollup(&sessions, &options);
            assert_eq!(r.sessions, 1_000);
            r
        })
    });
    // What `baraza rollup` does: read every file (in parallel), then roll up.
    group.bench_function("1000 sessions, read from the folder", |b| {
        b.iter(|| {
            let loaded: Vec<Session> = store
                .load_all()
                .into_iter()
                .map(|(_, s)| s.unwrap())
                .collect();
            let r = rollup(&loaded, &options);
            assert_eq!(r.sessions, 1_000);
            r
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
