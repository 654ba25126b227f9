//! Many laptops, one programme (issue 14): three simulated laptops (three
//! folders of sessions) and one bare programme repository in a temp folder,
//! driven through the real binary; the same through the library for the
//! property test.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use baraza::model::{Change, Editor, Field, Session};
use baraza::store::{self, Store};
use baraza::sync::{self, Folders};
use tempfile::TempDir;

use crate::common::{day, moment, session_with_groups};

fn baraza(dir: &Path, args: &[&str]) -> Output {
    baraza_env(dir, args, &[])
}

fn baraza_env(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_baraza"));
    command
        .args(args)
        .env("BARAZA_DIR", dir)
        .env_remove("BARAZA_SYNC_PAUSE_AT")
        .stdin(Stdio::null());
    for (k, v) in env {
        command.env(k, v);
    }
    command.output().unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

fn ok(o: Output) -> String {
    assert!(
        o.status.success(),
        "exit {:?}\nstdout: {}\nstderr: {}",
        o.status.code(),
        stdout(&o),
        stderr(&o)
    );
    stdout(&o)
}

/// A user mistake or a failure: one line on stderr, the exit code, no panic.
fn one_line_error(o: &Output, code: i32, says: &str) {
    let err = stderr(o);
    assert_eq!(o.status.code(), Some(code), "stderr: {err}");
    assert!(err.contains(says), "expected «{says}» in: {err}");
    assert!(!err.contains("panicked"), "{err}");
    assert_eq!(err.lines().count(), 1, "one line expected, got: {err}");
}

/// Three laptops and a USB stick, in one temp folder.
struct Programme {
    tmp: TempDir,
}

impl Programme {
    fn new() -> Programme {
        Programme {
            tmp: TempDir::new().unwrap(),
        }
    }

    /// A programme on the stick with laptop a's first session synced: where
    /// most of these stories start.
    fn with_kibera_synced() -> Programme {
        let p = Programme::new();
        p.init();
        p.new_session("a", "Kibera youth baraza");
        p.sync("a");
        p
    }

    /// The same, and laptop b's first session synced after it.
    fn with_two_laptops_synced() -> Programme {
        let p = Programme::with_kibera_synced();
        p.new_session("b", "Market safety");
        p.sync("b");
        p
    }

    fn stick(&self) -> PathBuf {
        self.tmp.path().join("usb").join("programme.git")
    }

    fn stick_arg(&self) -> String {
        self.stick().to_string_lossy().into_owned()
    }

    /// The folder of sessions of laptop `name`.
    fn laptop(&self, name: &str) -> PathBuf {
        self.tmp.path().join(name)
    }

    fn view(&self, name: &str) -> PathBuf {
        Folders::of(&self.laptop(name)).unwrap().view
    }

    /// The coordinator makes the repository on laptop `a`.
    fn init(&self) {
        ok(baraza(
            &self.laptop("a"),
            &["sync", "init", &self.stick_arg(), "--laptop", "laptop-a"],
        ));
    }

    /// Laptop `name` syncs (with the stick's path the first time, and a
    /// name that says which laptop it is).
    fn sync(&self, name: &str) -> String {
        let dir = self.laptop(name);
        let laptop = format!("laptop-{name}");
        let out = if Folders::of(&dir).unwrap().has_synced() {
            baraza(&dir, &["sync"])
        } else {
            baraza(&dir, &["sync", &self.stick_arg(), "--laptop", &laptop])
        };
        ok(out)
    }

    /// A session made with `baraza new` on laptop `name`.
    fn new_session(&self, name: &str, title: &str) -> PathBuf {
        let out = ok(baraza(
            &self.laptop(name),
            &[
                "new",
                "--no-open",
                "--title",
                title,
                "--date",
                "2026-06-06",
                "--group",
                "Women:14",
                "--group",
                "Youth:9",
            ],
        ));
        PathBuf::from(out.trim())
    }

    /// The sessions of laptop `name`'s programme view, by id, with their
    /// bytes.
    fn view_sessions(&self, name: &str) -> BTreeMap<String, Vec<Vec<u8>>> {
        let mut out: BTreeMap<String, Vec<Vec<u8>>> = BTreeMap::new();
        for path in Store::open(self.view(name)).unwrap().session_files() {
            let bytes = fs::read(&path).unwrap();
            let s = store::load(&path).unwrap().session;
            out.entry(s.id).or_default().push(bytes);
        }
        out
    }
}

impl Drop for Programme {
    fn drop(&mut self) {
        // The views are read-only; make them removable with the temp folder.
        for name in ["a", "b", "c", "d"] {
            if let Ok(f) = Folders::of(&self.laptop(name)) {
                let _ = sync::view::release(&f.view);
            }
        }
    }
}

/// The ids and bytes of every session file of a folder.
fn own_sessions(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    Store::open(dir)
        .unwrap()
        .session_files()
        .into_iter()
        .map(|p| (store::load(&p).unwrap().session.id, fs::read(&p).unwrap()))
        .collect()
}

/// Edits a session file as the program would: through the editor, saved
/// atomically.
fn edit(path: &Path, change: Change, minutes_later: i64) {
    let mut editor = Editor::new(store::load(path).unwrap().session);
    editor
        .apply(change, moment() + chrono::Duration::minutes(minutes_later))
        .unwrap();
    store::save(path, editor.session()).unwrap();
}

fn permutations() -> Vec<[&'static str; 3]> {
    vec![
        ["a", "b", "c"],
        ["a", "c", "b"],
        ["b", "a", "c"],
        ["b", "c", "a"],
        ["c", "a", "b"],
        ["c", "b", "a"],
    ]
}

#[test]
fn same_title_same_day_on_three_laptops_in_every_order_is_each_session_once() {
    for order in permutations() {
        let p = Programme::new();
        p.init();
        let mut made: BTreeMap<String, Vec<u8>> = BTreeMap::new();
        for name in ["a", "b", "c"] {
            // The same two titles, the same day, on every laptop, six
            // different sessions: one made now (its name carries its short
            // id) and one made by an older baraza, whose name is the same on
            // every laptop. (`baraza new` makes the new ones in the first
            // order; the store, as `new` does, in the others, to keep the
            // test short.)
            let one = if order == ["a", "b", "c"] {
                p.new_session(name, "Kibera youth baraza")
            } else {
                let now = chrono::Local::now().fixed_offset();
                let id = baraza::clock::new_session_id(now);
                let s = Session::new(id, "Kibera youth baraza".into(), day(2026, 6, 6), now);
                Store::open(p.laptop(name)).unwrap().create(&s).unwrap()
            };
            let id = store::load(&one).unwrap().session.id;
            let short = baraza::model::session_id::short(&id);
            assert!(
                one.ends_with(format!("2026-06-06-kibera-youth-baraza-{short}.ron")),
                "{one:?}"
            );
            let now = chrono::Local::now().fixed_offset();
            let old = Session::new(
                baraza::clock::new_session_id(now),
                "Market safety".into(),
                day(2026, 6, 6),
                now,
            );
            store::save(&p.laptop(name).join("2026-06-06-market-safety.ron"), &old).unwrap();
            made.extend(own_sessions(&p.laptop(name)));
        }
        assert_eq!(made.len(), 6, "six ids: {:?}", made.keys());
        for id in made.keys() {
            assert!(baraza::model::session_id::is_uuid_v7(id), "{id}");
        }
        // Round one: each laptop gets what the earlier ones sent.
        for (i, name) in order.iter().enumerate() {
            let said = p.sync(name);
            assert!(
                said.contains(&format!("programme view: {} sessions", 2 * (i + 1))),
                "{order:?} {name}: {said}"
            );
        }
        // Round two: everyone has everything, each session exactly once and
        // byte for byte as on the laptop that made it.
        for name in order {
            p.sync(name);
        }
        for name in ["a", "b", "c"] {
            let view = p.view_sessions(name);
            assert_eq!(
                view.keys().collect::<Vec<_>>(),
                made.keys().collect::<Vec<_>>(),
                "{order:?}: the view of {name}"
            );
            for (id, copies) in &view {
                assert_eq!(copies.len(), 1, "{order:?}: {id} is in {name}'s view once");
                assert_eq!(copies[0], made[id], "{order:?}: {id} as it was made");
            }
            let listed = ok(baraza(&p.laptop(name), &["list", "--programme"]));
            assert_eq!(listed.lines().count(), 1 + 6, "{listed}");
            assert!(
                !listed.contains("edited on more than one laptop"),
                "{listed}"
            );
        }
    }
}

#[test]
fn a_session_edited_on_two_laptops_shows_as_a_conflict_and_resolves() {
    let p = Programme::new();
    p.init();
    let original = p.new_session("a", "Kibera youth baraza");
    p.sync("a");
    p.sync("b");
    p.sync("c");
    // Laptop b takes a copy of a's session (a USB stick, by hand), then both
    // go on working on it.
    let copy = p.laptop("b").join("from-amina.ron");
    fs::create_dir_all(p.laptop("b")).unwrap();
    fs::copy(&original, &copy).unwrap();
    edit(
        &original,
        Change::Set(Field::Location("Kibera, as a saw it".into())),
        10,
    );
    edit(
        &copy,
        Change::Set(Field::Location("Kibera, as b saw it".into())),
        20,
    );
    let id = store::load(&original).unwrap().session.id;
    let short = baraza::model::session_id::short(&id);

    p.sync("a");
    let said = p.sync("b");
    assert!(
        said.contains("1 session was edited on more than one laptop"),
        "{said}"
    );
    assert!(
        said.contains(&format!("baraza sync resolve {short}")),
        "{said}"
    );
    p.sync("a");
    p.sync("c");

    for name in ["a", "b", "c"] {
        // Held once in the view: the newest version (b's, edited later).
        let view = p.view_sessions(name);
        assert_eq!(view[&id].len(), 1, "{name}");
        let used: Session = baraza::store::decode(std::str::from_utf8(&view[&id][0]).unwrap())
            .unwrap()
            .session;
        assert_eq!(used.location, "Kibera, as b saw it", "{name}");
        // Both versions kept, whole.
        let conflicts = p.view(name).join("conflicts");
        let kept: BTreeSet<String> = fs::read_dir(&conflicts)
            .unwrap()
            .flat_map(|d| fs::read_dir(d.unwrap().path()).unwrap())
            .map(|f| store::load(&f.unwrap().path()).unwrap().session.location)
            .collect();
        assert_eq!(
            kept,
            BTreeSet::from(["Kibera, as a saw it".into(), "Kibera, as b saw it".into()]),
            "{name}"
        );
        // The lists and the roll-up say so.
        let listed = ok(baraza(&p.laptop(name), &["list", "--programme"]));
        assert!(
            listed.contains("edited on more than one laptop"),
            "{name}: {listed}"
        );
        assert!(
            listed.contains("laptop-a") && listed.contains("laptop-b"),
            "{listed}"
        );
        let rolled = baraza(&p.laptop(name), &["rollup", "--programme"]);
        let md = ok(rolled.clone());
        assert!(md.contains("Edited on more than one laptop"), "{md}");
        assert!(md.contains(&format!("baraza sync resolve {short}")), "{md}");
        assert!(md.contains("**Sessions:** 1"), "counted once: {md}");
        assert!(
            stderr(&rolled).contains("counted once"),
            "{}",
            stderr(&rolled)
        );
    }
    // This laptop's own list names it too (the session is a's own).
    let own = ok(baraza(&p.laptop("a"), &["list"]));
    assert!(own.contains("edited on more than one laptop"), "{own}");

    // Resolving: the versions are shown, then a's is kept.
    let versions = ok(baraza(&p.laptop("b"), &["sync", "resolve", &short]));
    assert!(versions.contains("has 2 versions"), "{versions}");
    assert!(
        versions.contains("laptop-a") && versions.contains("laptop-b"),
        "{versions}"
    );
    let kept = ok(baraza(
        &p.laptop("b"),
        &["sync", "resolve", &short, "--keep", "laptop-a"],
    ));
    assert!(kept.contains("the version of laptop-a is kept"), "{kept}");
    assert!(
        kept.contains("from-amina.ron: replaced by that version"),
        "{kept}"
    );
    assert_eq!(fs::read(&copy).unwrap(), fs::read(&original).unwrap());
    for name in ["a", "c", "b"] {
        let said = p.sync(name);
        assert!(
            !said.contains("edited on more than one laptop"),
            "{name}: {said}"
        );
        let view = p.view_sessions(name);
        let used = baraza::store::decode(std::str::from_utf8(&view[&id][0]).unwrap())
            .unwrap()
            .session;
        assert_eq!(used.location, "Kibera, as a saw it", "{name}");
        assert!(!p.view(name).join("conflicts").exists(), "{name}");
    }
    let none = ok(baraza(&p.laptop("c"), &["sync", "resolve"]));
    assert!(none.contains("no session is in conflict"), "{none}");

    // Edited again on b after the choice: a new version, a conflict again.
    edit(
        &copy,
        Change::Set(Field::Title("Kibera youth baraza (b)".into())),
        30,
    );
    let said = p.sync("b");
    assert!(said.contains("edited on more than one laptop"), "{said}");
    let kept = ok(baraza(&p.laptop("a"), &["sync"]));
    assert!(kept.contains("edited on more than one laptop"), "{kept}");
    ok(baraza(
        &p.laptop("a"),
        &["sync", "resolve", &short, "--keep-newest"],
    ));
    let said = p.sync("b");
    assert!(!said.contains("edited on more than one laptop"), "{said}");
    assert_eq!(
        store::load(&original).unwrap().session.title,
        "Kibera youth baraza (b)",
        "a took b's newer version"
    );
}

/// Every ref of the repository at `path` points at a commit whose whole tree
/// can be read: what a clone or the next sync needs.
fn assert_consistent(path: &Path) -> BTreeMap<String, git2::Oid> {
    sync::prepare_libgit2();
    let repo = git2::Repository::open_bare(path).unwrap();
    let mut refs = BTreeMap::new();
    for r in repo.references().unwrap() {
        let r = r.unwrap();
        let name = r.name().unwrap().to_string();
        let commit = r.peel_to_commit().unwrap();
        let tree = commit.tree().unwrap();
        tree.walk(git2::TreeWalkMode::PreOrder, |_, entry| {
            if entry.kind() == Some(git2::ObjectType::Blob) {
                repo.find_blob(entry.id()).unwrap();
            }
            git2::TreeWalkResult::Ok
        })
        .unwrap();
        refs.insert(name, commit.id());
    }
    refs
}

/// Runs `baraza sync` on `dir` until it says it has paused at `point`, then
/// kills it with SIGKILL.
fn killed_at(dir: &Path, point: &str) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_baraza"))
        .arg("sync")
        .env("BARAZA_DIR", dir)
        .env("BARAZA_SYNC_PAUSE_AT", point)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut err = BufReader::new(child.stderr.take().unwrap());
    let mut line = String::new();
    err.read_line(&mut line).unwrap();
    assert!(line.contains(&format!("paused in {point}")), "{line}");
    // `kill` is SIGKILL on Unix: no handler, no clean-up.
    child.kill().unwrap();
    child.wait().unwrap();
}

#[test]
fn a_sync_killed_mid_push_leaves_a_repository_the_next_sync_completes() {
    let p = Programme::with_two_laptops_synced();
    let before = assert_consistent(&p.stick());
    // Laptop a has more to send; its sync is killed while it writes the pack.
    p.new_session("a", "Mathare women's baraza");
    killed_at(&p.laptop("a"), "push");
    let after = assert_consistent(&p.stick());
    assert_eq!(before, after, "the branches are where they were");

    let said = p.sync("a");
    assert!(said.contains("2 sessions sent"), "{said}");
    assert!(!said.contains("nothing new"), "{said}");
    let done = assert_consistent(&p.stick());
    let local = assert_consistent(
        &Folders::of(&p.laptop("a"))
            .unwrap()
            .view
            .join(".sync/repo.git"),
    );
    assert_eq!(
        done["refs/heads/laptops/laptop-a"], local["refs/heads/laptops/laptop-a"],
        "the programme repository holds what laptop a holds"
    );
    p.sync("b");
    assert_eq!(p.view_sessions("b").len(), 3);
}

#[test]
fn a_sync_killed_mid_fetch_or_with_a_stale_branch_lock_is_completed_by_the_next() {
    let p = Programme::with_two_laptops_synced();
    p.new_session("a", "Mathare women's baraza");
    killed_at(&p.laptop("a"), "fetch");
    assert_consistent(&p.stick());
    p.sync("a");
    assert_eq!(p.view_sessions("a").len(), 3);

    // A sync killed while it moved its branch leaves the branch's lock file
    // (made here by hand: the moment is too short to stop at). Only laptop a
    // writes that branch, so its next sync takes the lock away and goes on.
    p.new_session("a", "Dandora youth baraza");
    fs::write(p.stick().join("refs/heads/laptops/laptop-a.lock"), "").unwrap();
    let said = p.sync("a");
    assert!(said.contains("3 sessions sent"), "{said}");
    assert!(!p.stick().join("refs/heads/laptops/laptop-a.lock").exists());
    p.sync("b");
    assert_eq!(p.view_sessions("b").len(), 4);
}

#[test]
fn with_no_stick_the_sync_records_here_and_sends_next_time() {
    let p = Programme::with_kibera_synced();
    let stick = p.tmp.path().join("usb");
    let pulled = p.tmp.path().join("usb-in-a-pocket");
    fs::rename(&stick, &pulled).unwrap();
    p.new_session("a", "Market safety");
    let out = baraza(&p.laptop("a"), &["sync"]);
    one_line_error(&out, 1, "is the USB stick plugged in");
    assert!(
        stdout(&out).contains("2 sessions recorded on this laptop"),
        "{}",
        stdout(&out)
    );
    fs::rename(&pulled, &stick).unwrap();
    let said = p.sync("a");
    assert!(said.contains("2 sessions sent"), "{said}");
    p.sync("b");
    assert_eq!(p.view_sessions("b").len(), 2);
}

#[test]
fn the_roll_up_over_the_programme_counts_each_session_once() {
    let p = Programme::new();
    p.init();
    let once = p.tmp.path().join("each-once");
    let once_store = Store::open(&once).unwrap();
    for i in 0..40 {
        let s = crate::rollup::generated(i);
        let laptop = ["a", "b", "c"][i % 3];
        Store::open(p.laptop(laptop)).unwrap().create(&s).unwrap();
        once_store.create(&s).unwrap();
        // Some sessions were also copied to another laptop, unedited: the
        // same session, counted once.
        if i % 7 == 0 {
            let other = ["a", "b", "c"][(i + 1) % 3];
            Store::open(p.laptop(other)).unwrap().create(&s).unwrap();
        }
    }
    for name in ["a", "b", "c", "a", "b"] {
        p.sync(name);
    }
    let args = ["rollup", "--as-of", "2026-07-01"];
    let expected = ok(baraza(&once, &args));
    assert!(expected.contains("**Sessions:** 40"), "{expected}");
    for name in ["a", "b", "c"] {
        let mut programme = args.to_vec();
        programme.push("--programme");
        assert_eq!(ok(baraza(&p.laptop(name), &programme)), expected, "{name}");
        for table in [
            "recurring",
            "completion",
            "overdue",
            "escalated",
            "sessions",
        ] {
            let mut csv = programme.clone();
            csv.extend(["-F", "csv", "--table", table]);
            let mut plain = args.to_vec();
            plain.extend(["-F", "csv", "--table", table]);
            assert_eq!(
                ok(baraza(&p.laptop(name), &csv)),
                ok(baraza(&once, &plain)),
                "{name}: {table}"
            );
        }
    }
    // Without --programme, a folder holding a session twice counts it once.
    let doubled = ok(baraza(&p.laptop("a"), &["rollup", "--as-of", "2026-07-01"]));
    let own = own_sessions(&p.laptop("a")).len();
    assert!(
        doubled.contains(&format!("**Sessions:** {own}")),
        "{doubled}"
    );
}

#[test]
fn a_copied_laptop_is_told_apart_and_takes_a_new_name() {
    let p = Programme::with_kibera_synced();
    // Laptop d is a copy of a's whole data folder: the same name in the
    // programme, at first.
    copy_dir(&p.laptop("a"), &p.laptop("d"));
    sync::view::release(&p.view("a")).unwrap();
    copy_dir(&p.view("a"), &p.view("d"));
    p.new_session("a", "Made on a after the copy");
    p.sync("a");
    p.new_session("d", "Made on d after the copy");
    let said = ok(baraza(&p.laptop("d"), &["sync"]));
    assert!(
        said.contains("another laptop sends sessions as «laptop-a» too"),
        "{said}"
    );
    let renamed = said
        .split("now syncs as «")
        .nth(1)
        .and_then(|s| s.split('»').next())
        .unwrap()
        .to_string();
    assert!(
        renamed.starts_with("laptop-") && renamed != "laptop-a",
        "{renamed}"
    );
    p.sync("a");
    let view = p.view_sessions("a");
    assert_eq!(view.len(), 3, "nothing lost: {:?}", view.keys());
    let again = ok(baraza(&p.laptop("d"), &["sync"]));
    assert!(
        again.contains(&format!("as «{renamed}»")),
        "remembered: {again}"
    );
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), &target).unwrap();
        }
    }
}

#[test]
fn sync_mistakes_get_one_line() {
    let p = Programme::new();
    let a = p.laptop("a");
    one_line_error(&baraza(&a, &["sync"]), 2, "no programme repository yet");
    let plain = p.tmp.path().join("not-a-programme");
    fs::create_dir_all(&plain).unwrap();
    one_line_error(
        &baraza(&a, &["sync", plain.to_str().unwrap()]),
        2,
        "is not a baraza programme repository",
    );
    fs::write(plain.join("notes.txt"), "mine").unwrap();
    one_line_error(
        &baraza(&a, &["sync", "init", plain.to_str().unwrap()]),
        2,
        "is there already and not an empty folder",
    );
    p.init();
    p.sync("a");
    // Another laptop may not take a's name.
    one_line_error(
        &baraza(
            &p.laptop("b"),
            &["sync", &p.stick_arg(), "--laptop", "laptop-a"],
        ),
        2,
        "is the name of another laptop",
    );
    one_line_error(
        &baraza(
            &p.laptop("b"),
            &["sync", &p.stick_arg(), "--laptop", "Amina's"],
        ),
        2,
        "cannot name a laptop",
    );
    one_line_error(
        &baraza(&a, &["sync", "resolve", "nothing-like-it"]),
        2,
        "no session of the programme matches",
    );
    // A session that does not open is not sent, and is named.
    fs::create_dir_all(&a).unwrap();
    fs::write(a.join("2026-06-06-broken.ron"), "(version: 2, title: ").unwrap();
    let said = p.sync("a");
    assert!(said.contains("not sent: 2026-06-06-broken.ron"), "{said}");
}

#[test]
fn the_view_is_read_only_and_private() {
    use std::os::unix::fs::PermissionsExt;
    let p = Programme::with_kibera_synced();
    let view = p.view("a");
    let mode = |path: &Path| fs::metadata(path).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&view), 0o500);
    for f in Store::open(&view).unwrap().session_files() {
        assert_eq!(mode(&f), 0o400, "{}", f.display());
    }
    assert_eq!(mode(&view.join(".sync")), 0o700);
    // The programme repository is the owner's only, like the sessions.
    assert_eq!(mode(&p.stick()) & 0o077, 0);
    let objects = p.stick().join("objects");
    for entry in walk(&objects) {
        assert_eq!(mode(&entry) & 0o077, 0, "{}", entry.display());
    }
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(walk(&path));
        }
        out.push(path);
    }
    out
}

mod property {
    //! Any interleaving of laptops making sessions and syncing ends, after
    //! one last sync of each, with every view holding every session once.

    use super::*;
    use proptest::prelude::*;

    #[derive(Clone, Debug)]
    enum Op {
        Make(usize),
        Sync(usize),
    }

    fn op() -> impl Strategy<Value = Op> {
        prop_oneof![
            (0..3usize).prop_map(Op::Make),
            (0..3usize).prop_map(Op::Sync)
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(8))]

        #[test]
        fn every_view_holds_every_session_once(ops in proptest::collection::vec(op(), 1..12)) {
            let p = Programme::new();
            let names = ["a", "b", "c"];
            let folders: Vec<Folders> = names.iter().map(|n| Folders::of(&p.laptop(n)).unwrap()).collect();
            let stick = p.stick();
            sync::init(&folders[0], &stick, Some("laptop-a")).unwrap();
            let mut made = BTreeSet::new();
            let mut synced = [false; 3];
            let sync_one = |i: usize, synced: &mut [bool; 3]| {
                let name = format!("laptop-{}", names[i]);
                let first = !synced[i] && i != 0;
                let done = sync::sync(&folders[i], first.then_some(stick.as_path()), first.then_some(name.as_str()), moment());
                if let Err(e) = done {
                    panic!("sync of {name}: {e}");
                }
                synced[i] = true;
            };
            for op in &ops {
                match op {
                    Op::Make(i) => {
                        let store = Store::open(p.laptop(names[*i])).unwrap();
                        let mut s = session_with_groups("Kibera youth baraza");
                        s.id = baraza::clock::new_session_id(moment());
                        s.date = day(2026, 6, 6);
                        store.create(&s).unwrap();
                        made.insert(s.id);
                    }
                    Op::Sync(i) => sync_one(*i, &mut synced),
                }
            }
            for i in 0..3 {
                sync_one(i, &mut synced);
            }
            for i in 0..3 {
                sync_one(i, &mut synced);
            }
            for name in names {
                let view = p.view_sessions(name);
                prop_assert_eq!(view.keys().cloned().collect::<BTreeSet<_>>(), made.clone());
                prop_assert!(view.values().all(|copies| copies.len() == 1));
            }
        }
    }
}

#[test]
fn copies_in_the_view_are_never_changed_by_commands() {
    let p = Programme::with_kibera_synced();
    let view = p.view("a");
    let file = Store::open(&view).unwrap().session_files().remove(0);
    let bytes = fs::read(&file).unwrap();
    let out = p.tmp.path().join("out.md");
    ok(baraza(
        &view,
        &["export", "kibera", "-o", out.to_str().unwrap()],
    ));
    assert!(out.exists());
    one_line_error(
        &baraza(&view, &["export", "kibera"]),
        2,
        "is a copy in the programme view, which is read-only",
    );
    one_line_error(
        &baraza(&view, &["retention", "--older-than", "1"]),
        2,
        "is a programme view, read-only",
    );
    one_line_error(
        &baraza(&view, &["new", "--no-open", "-t", "X"]),
        2,
        "is a programme view, read-only",
    );
    assert_eq!(
        fs::read(&file).unwrap(),
        bytes,
        "the copy is as the sync wrote it"
    );
    assert_eq!(Store::open(&view).unwrap().session_files().len(), 1);
}
