//! Listing a folder of 1,000 sessions, each the size of a real workshop (the
//! example sessions: ~35 KB with its audit log).

use std::fs;

use baraza::store::{self, Store};
use criterion::{Criterion, criterion_group, criterion_main};

fn folder_of(n: usize) -> (tempfile::TempDir, Store) {
    let dir = tempfile::TempDir::new().unwrap();
    let store = Store::open(dir.path().join("sessions")).unwrap();
    let examples: Vec<_> = fs::read_dir("sessions")
        .unwrap()
        .map(|e| store::load(&e.unwrap().path()).unwrap().session)
        .collect();
    for i in 0..n {
        let mut s = examples[i % examples.len()].clone();
        s.id = format!("bench{i:05}");
        s.title = format!("{} #{i}", s.title);
        s.date += chrono::Duration::days((i % 300) as i64);
        store.create(&s).unwrap();
    }
    (dir, store)
}

fn list(c: &mut Criterion) {
    let (_dir, store) = folder_of(1_000);
    let mut group = c.benchmark_group("list");
    group.sample_size(10);
    // Cold: no index yet (first listing after an upgrade, or a copied folder).
    group.bench_function("1000 sessions, cold", |b| {
        b.iter(|| {
            let _ = fs::remove_file(store.dir().join(store::INDEX_FILE));
            let entries = store.list();
            assert_eq!(entries.len(), 1_000);
            entries
        })
    });
    // Warm: the usual case, every summary cached.
    group.bench_function("1000 sessions, warm", |b| {
        store.list();
        b.iter(|| {
            let entries = store.list();
            assert_eq!(entries.len(), 1_000);
            entries
        })
    });
    // One session changed since the last listing (the facilitator just closed it).
    let one = store.list()[0].path.clone();
    group.bench_function("1000 sessions, one changed", |b| {
        b.iter(|| {
            let text = fs::read(&one).unwrap();
            store::write_atomic(&one, &text).unwrap();
            store.list()
        })
    });
    group.finish();
}

criterion_group!(benches, list);
criterion_main!(benches);
