//! The session list filled in on a background thread at start: drawn first
//! from the listing cache, then checked against the folder and completed as
//! files are read. It must end exactly as the list read at once, keep the
//! cursor on its session while entries arrive, and show a file changed since
//! the cache was written as it is on disk.

use std::fs;
use std::path::PathBuf;
use std::time::{Duration, Instant, SystemTime};

use baraza::clock::Clock;
use baraza::model::Session;
use baraza::store::{self, Entry, Store, Summary};
use baraza::tui::list::SessionList;
use proptest::prelude::*;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::common::{day, moment, session_with_groups};

type Seen = Vec<(PathBuf, Option<SystemTime>, Result<Summary, String>)>;

fn seen(entries: &[Entry]) -> Seen {
    entries
        .iter()
        .map(|e| (e.path.clone(), e.modified, e.summary.clone()))
        .collect()
}

/// The background listing of `store` from its cache, applied update by
/// update to the cache's first frame, to the end.
fn listed_in_background(store: &Store) -> Vec<Entry> {
    let cached = store.cached();
    let mut entries = cached.entries(store.dir());
    let loading = store.list_in_background(cached);
    let until = Instant::now() + Duration::from_secs(60);
    loop {
        let update = loading
            .next_within(until.saturating_duration_since(Instant::now()))
            .expect("the background listing ends");
        if matches!(update, store::Update::Done) {
            return entries;
        }
        update.apply(&mut entries);
    }
}

fn dated(title: &str, month: u32, day_of: u32) -> Session {
    let mut s = session_with_groups(title);
    s.date = day(2026, month, day_of);
    s
}

fn titles(list: &SessionList) -> Vec<String> {
    list.shown()
        .map(|e| {
            e.summary
                .as_ref()
                .map_or_else(|e| e.clone(), |s| s.title.clone())
        })
        .collect()
}

fn poll_to_the_end(list: &mut SessionList) {
    let until = Instant::now() + Duration::from_secs(60);
    while list.is_loading() {
        assert!(Instant::now() < until, "the background listing ends");
        list.poll();
        std::thread::sleep(Duration::from_millis(5));
    }
}

fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

/// What a folder holds, for the property test: sessions, files that do not
/// read, folders and links named like sessions; then, after a first listing
/// wrote the cache, files removed, changed and added.
#[derive(Clone, Debug)]
struct Folder {
    sessions: Vec<(u32, u32, String)>,
    broken: usize,
    odd: bool,
    cache_first: bool,
    remove: Vec<proptest::sample::Index>,
    change: Vec<proptest::sample::Index>,
    added: Vec<(u32, u32, String)>,
}

fn folder_strategy() -> impl Strategy<Value = Folder> {
    let session = || (1u32..13, 1u32..29, "[a-zA-Z][a-zA-Z ]{0,11}");
    (
        proptest::collection::vec(session(), 0..12),
        0usize..3,
        any::<bool>(),
        any::<bool>(),
        proptest::collection::vec(any::<proptest::sample::Index>(), 0..3),
        proptest::collection::vec(any::<proptest::sample::Index>(), 0..3),
        proptest::collection::vec(session(), 0..4),
    )
        .prop_map(
            |(sessions, broken, odd, cache_first, remove, change, added)| Folder {
                sessions,
                broken,
                odd,
                cache_first,
                remove,
                change,
                added,
            },
        )
}

fn make(folder: &Folder) -> (tempfile::TempDir, Store) {
    let dir = tempfile::TempDir::new().unwrap();
    let store = Store::open(dir.path().join("sessions")).unwrap();
    let mut paths = Vec::new();
    for (m, d, title) in &folder.sessions {
        paths.push(store.create(&dated(title, *m, *d)).unwrap());
    }
    for i in 0..folder.broken {
        fs::write(store.dir().join(format!("broken-{i}.ron")), "(version: 2,").unwrap();
    }
    if folder.odd {
        fs::create_dir(store.dir().join("a-folder.ron")).unwrap();
        #[cfg(unix)]
        std::os::unix::fs::symlink("/etc/passwd", store.dir().join("a-link.ron")).unwrap();
    }
    if folder.cache_first {
        store.list();
        if !paths.is_empty() {
            for at in &folder.remove {
                let _ = fs::remove_file(at.get(&paths));
            }
            for at in &folder.change {
                let path = at.get(&paths);
                if let Ok(read) = store::load(path) {
                    let mut s = read.session;
                    s.title.push_str(" (changed)");
                    store::save(path, &s).unwrap();
                }
            }
        }
    }
    for (m, d, title) in &folder.added {
        store.create(&dated(title, *m, *d)).unwrap();
    }
    (dir, store)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    /// Whatever the folder holds and whatever the cache knows of it, the
    /// list filled in the background ends identical to the list read at once.
    #[test]
    fn a_list_filled_in_the_background_ends_as_the_one_read_at_once(folder in folder_strategy()) {
        let (_dir, store) = make(&folder);
        let background = listed_in_background(&store);
        // The background listing wrote the cache as the synchronous one
        // would have: reading at once now reads nothing, and finds the same.
        let at_once = Store::existing(store.dir()).unwrap().list();
        prop_assert_eq!(seen(&background), seen(&at_once));
        let again = listed_in_background(&store);
        prop_assert_eq!(seen(&again), seen(&at_once));
    }
}

#[test]
fn the_cursor_stays_on_its_session_while_entries_arrive() {
    let dir = tempfile::TempDir::new().unwrap();
    let store = Store::open(dir.path().join("sessions")).unwrap();
    for (title, month) in [("March", 3), ("April", 4), ("May", 5)] {
        store.create(&dated(title, month, 1)).unwrap();
    }
    store.list();
    // Newer sessions the cache does not know yet (copied in from a stick).
    for (title, month) in [("June", 6), ("July", 7)] {
        store.create(&dated(title, month, 1)).unwrap();
    }
    let clock = Clock::fixed(moment());
    let mut list = SessionList::default();
    list.load_in_background(&store);
    // The first frame: what the cache knows, before the folder is looked at.
    assert_eq!(titles(&list), ["May", "April", "March"]);
    list.handle_key(&key(KeyCode::Down), &clock);
    poll_to_the_end(&mut list);
    assert_eq!(titles(&list), ["July", "June", "May", "April", "March"]);
    // Enter opens the session under the cursor: still April, now on row 4.
    match list.handle_key(&key(KeyCode::Enter), &clock) {
        baraza::tui::list::ListOutcome::Open(path) => {
            assert_eq!(store::load(&path).unwrap().session.title, "April")
        }
        other => panic!("expected to open April, got {other:?}"),
    }
}

#[test]
fn a_change_between_the_cache_read_and_the_reconcile_is_read_from_disk() {
    let dir = tempfile::TempDir::new().unwrap();
    let store = Store::open(dir.path().join("sessions")).unwrap();
    let path = store.create(&dated("Before", 3, 1)).unwrap();
    store.list();
    // The first frame's cache is read, then the file changes, then the
    // background listing checks the folder.
    let cached = store.cached();
    let mut first = cached.entries(store.dir());
    assert_eq!(first[0].summary.as_ref().unwrap().title, "Before");
    let mut s = store::load(&path).unwrap().session;
    s.title = "After".into();
    store::save(&path, &s).unwrap();
    let loading = store.list_in_background(cached);
    loop {
        match loading.next_within(Duration::from_secs(60)).unwrap() {
            store::Update::Done => break,
            update => update.apply(&mut first),
        }
    }
    assert_eq!(first.len(), 1);
    assert_eq!(first[0].summary.as_ref().unwrap().title, "After");
}

#[test]
fn a_cache_of_another_version_or_damaged_is_rebuilt() {
    let dir = tempfile::TempDir::new().unwrap();
    let store = Store::open(dir.path().join("sessions")).unwrap();
    store.create(&dated("Kibera", 3, 1)).unwrap();
    let index = store.dir().join(store::INDEX_FILE);
    for other in [
        // What version 3 wrote (RON), and a damaged cache of this version.
        "(version:3,entries:[(file:\"x.ron\",stamp:(len:1,modified_ns:1),summary:Err(\"x\"))])",
        "baraza-index 5\nx.ron\t1\t1\terr\n",
        "baraza-index 5\nx.ron\t1\t1\terr\tx\n",
    ] {
        fs::write(&index, other).unwrap();
        assert!(store.cached().is_empty(), "{other:?} is not read");
        let titles: Vec<String> = store
            .list()
            .into_iter()
            .map(|e| e.summary.unwrap().title)
            .collect();
        assert_eq!(titles, ["Kibera"]);
        // Rebuilt in this version's format.
        assert!(
            fs::read_to_string(&index)
                .unwrap()
                .starts_with("baraza-index 5\n")
        );
        assert_eq!(store.cached().len(), 1);
    }
}

#[test]
fn while_the_folder_is_read_the_list_says_so_and_shows_no_examples() {
    let dir = tempfile::TempDir::new().unwrap();
    let store = Store::open(dir.path().join("sessions")).unwrap();
    for i in 0..3 {
        store
            .create(&dated(&format!("Session {i}"), 3, i + 1))
            .unwrap();
    }
    // No cache: nothing is known at the first frame.
    let mut list = SessionList::default();
    list.load_in_background(&store);
    assert!(list.is_loading());
    assert!(!list.showing_examples(), "the folder may hold sessions");
    poll_to_the_end(&mut list);
    assert_eq!(titles(&list), ["Session 2", "Session 1", "Session 0"]);
    assert!(
        list.status().is_none(),
        "the reading line goes when done: {:?}",
        list.status()
    );
}

#[test]
fn a_filter_typed_while_the_folder_is_read_finds_what_the_whole_list_finds() {
    let dir = tempfile::TempDir::new().unwrap();
    let store = Store::open(dir.path().join("sessions")).unwrap();
    let with_problem = |title: &str, month: u32, problem: &str| {
        let mut s = dated(title, month, 1);
        s.problems.push(baraza::model::Problem {
            id: baraza::model::ProblemId(1),
            title: problem.into(),
            ..Default::default()
        });
        s
    };
    store
        .create(&with_problem("March", 3, "Water kiosks"))
        .unwrap();
    store
        .create(&with_problem("April", 4, "Street lights"))
        .unwrap();
    store.list();
    store
        .create(&with_problem("June", 6, "Dirty water"))
        .unwrap();
    store.create(&with_problem("July", 7, "Theft")).unwrap();
    let clock = Clock::fixed(moment());
    let mut list = SessionList::default();
    list.load_in_background(&store);
    // The filter searches problem titles, read from the files: typed
    // before the new sessions arrive.
    list.handle_key(&key(KeyCode::Char('/')), &clock);
    for c in "water".chars() {
        list.handle_key(&key(KeyCode::Char(c)), &clock);
    }
    assert_eq!(titles(&list), ["March"]);
    poll_to_the_end(&mut list);
    assert_eq!(titles(&list), ["June", "March"]);
}
