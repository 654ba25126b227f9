//! A folder nothing can trick (issue 11, items 2, 5, 7, 8, 9 and the store
//! side of 10): planted links are never written through, the lock follows the
//! folder it was taken in, a full disk still opens sessions, crashed saves
//! leave nothing behind, the backup of an upgraded file is always made.
//! Each test names what the program did before.

use crate::common;

use std::fs;
use std::path::{Path, PathBuf};

use baraza::model::{Change, Field};
use baraza::store::{self, OpenSession, SaveState, SessionLock, Store, StoreError};
use common::{SmallDisk, moment, session_with_groups};
use tempfile::TempDir;

fn folder() -> (TempDir, Store) {
    let dir = TempDir::new().unwrap();
    let store = Store::open(dir.path().join("sessions")).unwrap();
    (dir, store)
}

fn edit(doc: &mut OpenSession, location: &str) {
    doc.editor_mut()
        .unwrap()
        .apply(Change::Set(Field::Location(location.into())), moment())
        .unwrap();
    doc.save_if_changed(moment());
}

fn names(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

#[cfg(unix)]
fn symlink(target: &Path, link: &Path) {
    std::os::unix::fs::symlink(target, link).unwrap();
}

// Item 2. Before: the link was followed, the victim overwritten with
// "baraza (pid …)" and emptied on quit; a dangling link made a file outside.
#[cfg(unix)]
#[test]
fn a_lock_that_is_a_link_is_refused_never_written_through() {
    let (tmp, store) = folder();
    let path = store.create(&session_with_groups("Kibera")).unwrap();
    let victim = tmp.path().join("victim.txt");
    fs::write(&victim, "precious").unwrap();
    let lock = SessionLock::path_for(&path);

    symlink(&victim, &lock);
    let err = OpenSession::open(&path, "baraza (pid 1)").unwrap_err();
    assert!(err.to_string().contains("not a lock file"), "{err}");
    assert_eq!(fs::read_to_string(&victim).unwrap(), "precious");

    // A dangling link creates nothing where it points.
    fs::remove_file(&lock).unwrap();
    let outside = tmp.path().join("made-outside");
    symlink(&outside, &lock);
    assert!(OpenSession::open(&path, "baraza (pid 1)").is_err());
    assert!(!outside.exists(), "nothing created outside the folder");

    // A hard link to someone's file is not a lock either.
    fs::remove_file(&lock).unwrap();
    fs::hard_link(&victim, &lock).unwrap();
    assert!(OpenSession::open(&path, "baraza (pid 1)").is_err());
    assert_eq!(fs::read_to_string(&victim).unwrap(), "precious");

    // Read-only review still works: it takes no lock.
    assert!(OpenSession::open_read_only(&path).is_ok());
}

/// The folder at `dir` deleted and made again with a copy of the session in
/// it (a sync tool, a restored backup, `rm -r` and `cp -r`); the old one is
/// kept aside so its inode cannot be reused.
fn replace_folder(dir: &Path, file: &Path) -> PathBuf {
    let aside = dir.with_file_name("old-sessions");
    fs::rename(dir, &aside).unwrap();
    fs::create_dir(dir).unwrap();
    fs::copy(aside.join(file.file_name().unwrap()), file).unwrap();
    aside
}

// Item 5. Before: the first program kept a lock on the deleted folder's file,
// a second one got the editor, and both wrote.
#[test]
fn a_replaced_folder_is_noticed_and_its_lock_taken_again_before_anyone_else() {
    let (_tmp, store) = folder();
    let path = store.create(&session_with_groups("Kisumu")).unwrap();
    let mut first = OpenSession::open(&path, "first").unwrap();
    replace_folder(store.dir(), &path);
    // The periodic check (every 2 s in the program) takes the lock again in
    // the new folder.
    first.check_lock();
    first.flush();
    match OpenSession::open(&path, "second") {
        Err(StoreError::Locked { holder, .. }) => assert_eq!(holder, "first"),
        other => panic!("a second writer was let in: {other:?}"),
    }
    edit(&mut first, "Kondele");
    assert_eq!(first.flush(), SaveState::Saved(moment()));
    assert_eq!(store::load(&path).unwrap().session.location, "Kondele");
}

/// The medium remounted under the program (a USB stick pulled out and put
/// back, a network folder reconnected): the same files on a new device.
#[test]
fn a_remounted_medium_gets_the_lock_taken_again() {
    let Some(disk) = SmallDisk::mount(512) else {
        return;
    };
    let store = Store::open(disk.mount.join("sessions")).unwrap();
    let path = store.create(&session_with_groups("Remounted")).unwrap();
    let mut first = OpenSession::open(&path, "first").unwrap();
    let saved = TempDir::new().unwrap();
    let copy = saved.path().join("copy.ron");
    fs::copy(&path, &copy).unwrap();
    // Unmounted (lazily: the program still holds its files open), and a
    // new medium mounted in its place with the same session on it.
    let status = std::process::Command::new("umount")
        .arg("-l")
        .arg(&disk.mount)
        .status()
        .unwrap();
    assert!(status.success());
    let status = std::process::Command::new("mount")
        .args(["-t", "tmpfs", "-o", "size=512k,mode=0700", "tmpfs"])
        .arg(&disk.mount)
        .status()
        .unwrap();
    assert!(status.success());
    fs::create_dir(store.dir()).unwrap();
    fs::copy(&copy, &path).unwrap();
    first.check_lock();
    first.flush();
    assert!(matches!(
        OpenSession::open(&path, "second"),
        Err(StoreError::Locked { .. })
    ));
    edit(&mut first, "after the remount");
    assert_eq!(first.flush(), SaveState::Saved(moment()));
    assert_eq!(
        store::load(&path).unwrap().session.location,
        "after the remount"
    );
}

#[test]
fn when_another_program_took_the_replaced_folder_this_one_stops_writing() {
    let (_tmp, store) = folder();
    let path = store.create(&session_with_groups("Kisumu")).unwrap();
    let mut first = OpenSession::open(&path, "first").unwrap();
    replace_folder(store.dir(), &path);
    // Before the first program looks, a second one opens the copy.
    let mut second = OpenSession::open(&path, "second").unwrap();
    edit(&mut second, "from the second");
    second.flush();
    edit(&mut first, "from the first");
    let SaveState::Stopped(why) = first.flush() else {
        panic!("the first program still writes: {:?}", first.save_state());
    };
    // The reason is a message, worded here in English.
    let why = baraza::i18n::Lang::En.msg(&why);
    assert!(why.contains("second"), "{why}");
    assert_eq!(
        store::load(&path).unwrap().session.location,
        "from the second"
    );
    // Not even once the second program has closed: it may have written.
    drop(second);
    first.save_if_changed(moment());
    assert!(matches!(first.flush(), SaveState::Stopped(_)));
    assert_eq!(
        store::load(&path).unwrap().session.location,
        "from the second"
    );
    assert_eq!(first.session().location, "from the first", "kept in memory");
}

#[test]
fn a_deleted_lock_file_is_made_again_and_held() {
    let (_tmp, store) = folder();
    let path = store.create(&session_with_groups("Nakuru")).unwrap();
    let first = OpenSession::open(&path, "first").unwrap();
    fs::remove_file(SessionLock::path_for(&path)).unwrap();
    first.check_lock();
    first.flush();
    assert!(matches!(
        OpenSession::open(&path, "second"),
        Err(StoreError::Locked { .. })
    ));
    assert_eq!(
        fs::read_to_string(SessionLock::path_for(&path)).unwrap(),
        "first"
    );
}

#[test]
fn a_session_file_replaced_while_open_is_not_written_over() {
    let (_tmp, store) = folder();
    let path = store.create(&session_with_groups("Nyeri")).unwrap();
    let mut doc = OpenSession::open(&path, "first").unwrap();
    // Someone puts another version in place (a `git checkout`, a copy).
    let mut other = session_with_groups("Nyeri");
    other.location = "put there by hand".into();
    let elsewhere = store.dir().with_file_name("other.ron");
    store::save(&elsewhere, &other).unwrap();
    fs::rename(&elsewhere, &path).unwrap();
    edit(&mut doc, "from the program");
    assert!(matches!(doc.flush(), SaveState::Stopped(_)));
    assert_eq!(
        store::load(&path).unwrap().session.location,
        "put there by hand"
    );
}

// Item 7. Before: a full disk refused to open a session for editing (the
// lock file could not be written).
#[test]
fn a_full_disk_still_opens_for_editing_says_not_saved_and_saves_once_freed() {
    let Some(disk) = SmallDisk::mount(256) else {
        return;
    };
    let store = Store::open(disk.mount.join("sessions")).unwrap();
    let path = store.create(&session_with_groups("Full disk")).unwrap();
    let filler = disk.fill();
    assert!(
        fs::write(disk.mount.join("probe"), "x").is_err() || {
            // An empty-file probe may fit; a byte of data may not.
            fs::read(disk.mount.join("probe")).is_ok_and(|b| b.is_empty())
        }
    );
    let mut doc = OpenSession::open(&path, "baraza (pid 1) of amina").unwrap();
    assert!(!doc.is_read_only());
    edit(&mut doc, "Nakuru");
    let SaveState::Failed(why) = doc.flush() else {
        panic!("saved on a full disk? {:?}", doc.save_state());
    };
    // The reason is a message, worded here in English.
    let why = baraza::i18n::Lang::En.msg(&why);
    assert!(why.contains("the disk is full"), "{why}");
    assert_eq!(
        store::load(&path).unwrap().session.location,
        "Kibera, Nairobi",
        "the old file is intact"
    );
    // Never two writers, even without the holder's name in the lock file.
    assert!(matches!(
        OpenSession::open(&path, "second"),
        Err(StoreError::Locked { .. })
    ));
    fs::remove_file(&filler).unwrap();
    assert!(doc.save_if_changed(moment()), "a failed save is retried");
    assert_eq!(doc.flush(), SaveState::Saved(moment()));
    assert_eq!(store::load(&path).unwrap().session.location, "Nakuru");
    let temps: Vec<String> = names(store.dir())
        .into_iter()
        .filter(|n| n.starts_with(store::TEMP_PREFIX))
        .collect();
    assert!(temps.is_empty(), "{temps:?}");
}

// Item 8. Before: temp files of crashed saves stayed for 24 hours.
#[test]
fn temp_files_of_crashed_saves_are_swept_when_the_session_is_next_opened() {
    let (_tmp, store) = folder();
    let path = store.create(&session_with_groups("Kisumu")).unwrap();
    let other = store.create(&session_with_groups("Other")).unwrap();
    let name = path.file_name().unwrap().to_string_lossy().into_owned();
    let other_name = other.file_name().unwrap().to_string_lossy().into_owned();
    let crashed: Vec<String> = (0..3)
        .map(|i| format!("{}{}-{i}-{name}", store::TEMP_PREFIX, 4000 + i))
        .collect();
    for t in &crashed {
        fs::write(store.dir().join(t), "(version: 2, title: \"half").unwrap();
    }
    let not_ours = format!("{}4242-0-{other_name}", store::TEMP_PREFIX);
    let report = format!("{}4242-1-{name}.md", store::TEMP_PREFIX);
    fs::write(store.dir().join(&not_ours), "x").unwrap();
    fs::write(store.dir().join(&report), "x").unwrap();

    // Reading changes nothing.
    OpenSession::open_read_only(&path).unwrap();
    assert!(store.dir().join(&crashed[0]).exists());

    let _doc = OpenSession::open(&path, "test").unwrap();
    let left = names(store.dir());
    for t in &crashed {
        assert!(!left.contains(t), "{t} left: {left:?}");
    }
    // Another session's temp file may be a save in progress there; a
    // report's too.
    assert!(
        left.contains(&not_ours) && left.contains(&report),
        "{left:?}"
    );
}

/// A version 1 file in the folder; returns its path and bytes.
fn old_file(store: &Store) -> (PathBuf, Vec<u8>) {
    let original = fs::read("tests/suite/fixtures/v1-session.ron").unwrap();
    let path = store.dir().join("2026-03-14-mathare.ron");
    fs::write(&path, &original).unwrap();
    (path, original)
}

// Item 9. Before: an existing `<stem>.v1.ron.bak` (any file, or a link)
// meant no backup was made and the original was overwritten.
#[test]
fn the_upgrade_backup_is_never_skipped_and_never_written_through_a_link() {
    let (tmp, store) = folder();
    let (path, original) = old_file(&store);
    let taken = store.dir().join("2026-03-14-mathare.v1.ron.bak");
    fs::write(&taken, "someone else's file").unwrap();
    #[cfg(unix)]
    let victim = {
        let victim = tmp.path().join("victim");
        fs::write(&victim, "precious").unwrap();
        symlink(
            &victim,
            &store.dir().join("2026-03-14-mathare.v1-2.ron.bak"),
        );
        victim
    };
    let mut doc = OpenSession::open(&path, "test").unwrap();
    edit(&mut doc, "Mathare North");
    assert_eq!(doc.flush(), SaveState::Saved(moment()));
    assert_eq!(fs::read_to_string(&taken).unwrap(), "someone else's file");
    #[cfg(unix)]
    assert_eq!(fs::read_to_string(&victim).unwrap(), "precious");
    let backup = store.dir().join(if cfg!(unix) {
        "2026-03-14-mathare.v1-3.ron.bak"
    } else {
        "2026-03-14-mathare.v1-2.ron.bak"
    });
    assert_eq!(fs::read(&backup).unwrap(), original, "the original, whole");
    assert_eq!(
        store::load(&path).unwrap().session.location,
        "Mathare North"
    );
    // Made once: the next save does not make another.
    edit(&mut doc, "Mathare South");
    doc.flush();
    let backups = names(store.dir())
        .into_iter()
        .filter(|n| n.ends_with(".bak"))
        .count();
    assert_eq!(backups, if cfg!(unix) { 3 } else { 2 });
}

#[test]
fn a_full_disk_never_saves_an_upgrade_without_its_backup() {
    let Some(disk) = SmallDisk::mount(256) else {
        return;
    };
    let store = Store::open(disk.mount.join("sessions")).unwrap();
    let (path, original) = old_file(&store);
    let filler = disk.fill();
    let mut doc = OpenSession::open(&path, "test").unwrap();
    edit(&mut doc, "Mathare North");
    let SaveState::Failed(why) = doc.flush() else {
        panic!("{:?}", doc.save_state())
    };
    // The reason is a message, worded here in English.
    let why = baraza::i18n::Lang::En.msg(&why);
    assert!(why.contains("copy of the original"), "{why}");
    assert_eq!(fs::read(&path).unwrap(), original, "untouched");
    fs::remove_file(filler).unwrap();
    doc.save_if_changed(moment());
    assert_eq!(doc.flush(), SaveState::Saved(moment()));
    assert_eq!(
        fs::read(store.dir().join("2026-03-14-mathare.v1.ron.bak")).unwrap(),
        original
    );
}

// Item 10, in the store.
#[cfg(unix)]
#[test]
fn folders_and_links_named_like_sessions_are_listed_with_what_they_are_and_refused() {
    let (tmp, store) = folder();
    let real = store.create(&session_with_groups("Real")).unwrap();
    let dir = store.dir().join("2026-01-01-a-folder.ron");
    fs::create_dir(&dir).unwrap();
    let link = store.dir().join("2026-01-02-a-link.ron");
    let outside = tmp.path().join("outside.ron");
    store::save(&outside, &session_with_groups("Outside")).unwrap();
    symlink(&outside, &link);

    // Before: both were left out of the list without a word.
    let entries = store.list();
    assert_eq!(entries.len(), 3);
    let why = |p: &Path| {
        entries
            .iter()
            .find(|e| e.path == p)
            .map(|e| e.summary.clone().unwrap_err())
            .unwrap()
    };
    assert!(why(&dir).contains("is a folder"), "{}", why(&dir));
    assert!(why(&link).contains("is a link"), "{}", why(&link));

    // Before: `open` of the folder said "no session matches".
    assert_eq!(store.resolve("2026-01-01-a-folder.ron").unwrap(), dir);
    assert_eq!(store.resolve("a-folder").unwrap(), dir);
    let err = OpenSession::open(&dir, "test").unwrap_err().to_string();
    assert!(err.contains("is a folder, not a session file"), "{err}");
    // Before: a linked session opened, and its first save turned the link
    // into a separate file.
    let err = OpenSession::open(&link, "test").unwrap_err().to_string();
    assert!(err.contains("is a link"), "{err}");
    assert!(OpenSession::open_read_only(&link).is_err());
    assert!(fs::symlink_metadata(&link).unwrap().is_symlink());
    assert!(store::load(&link).is_err(), "never read through a link");
    // Nothing was left behind by the refusals.
    assert!(!SessionLock::path_for(&dir).exists());
    assert!(!SessionLock::path_for(&link).exists());
    assert!(OpenSession::open(&real, "test").is_ok());
}

#[test]
fn a_file_that_cannot_be_opened_leaves_no_lock_behind() {
    let (_tmp, store) = folder();
    let path = store.dir().join("2026-05-05-broken.ron");
    fs::write(&path, "(version: 2, title: ").unwrap();
    assert!(OpenSession::open(&path, "test").is_err());
    // Before: an empty `.lock` stayed next to it.
    assert!(!SessionLock::path_for(&path).exists());
    assert_eq!(names(store.dir()), ["2026-05-05-broken.ron"]);
}

#[test]
fn a_file_with_a_byte_order_mark_opens() {
    let (_tmp, store) = folder();
    let path = store.create(&session_with_groups("Notepad")).unwrap();
    let mut bytes = "\u{feff}".as_bytes().to_vec();
    bytes.extend(fs::read(&path).unwrap());
    fs::write(&path, &bytes).unwrap();
    // Before: refused at 1:1.
    let loaded = store::load(&path).unwrap();
    assert_eq!(loaded.session.title, "Notepad");
    let mut doc = OpenSession::open(&path, "test").unwrap();
    edit(&mut doc, "Saved without the mark");
    doc.flush();
    assert!(!fs::read(&path).unwrap().starts_with("\u{feff}".as_bytes()));
}

#[test]
fn deep_nesting_is_refused_in_plain_words_with_its_place() {
    let (_tmp, store) = folder();
    let path = store.dir().join("2026-05-05-deep.ron");
    let text = format!("(\n  version: 2,\n  title: {}\n)", "[".repeat(200_000));
    fs::write(&path, text).unwrap();
    let err = store::load(&path).unwrap_err().to_string();
    // Before: "…try increasing `ron::Options::recursion_limit` and using
    // `serde_stacker`…".
    assert!(
        !err.contains("serde_stacker") && !err.contains("recursion_limit"),
        "{err}"
    );
    assert!(err.contains("nested too deeply"), "{err}");
    assert!(err.contains(&format!("{}:3:", path.display())), "{err}");
}

#[test]
fn a_file_that_is_not_a_session_is_never_echoed() {
    let (_tmp, store) = folder();
    let path = store.dir().join("2026-05-05-passwords.ron");
    fs::write(&path, "hunter2:x:0:0:secret words\nmore secrets\n").unwrap();
    let err = store::load(&path).unwrap_err().to_string();
    assert!(!err.contains("hunter2") && !err.contains("secret"), "{err}");
    assert!(err.contains("not a baraza session file"), "{err}");
    assert!(err.contains(":1:1:"), "{err}");
}

#[test]
fn every_kind_of_refusal_names_the_line_and_column() {
    let (_tmp, store) = folder();
    let good = fs::read_to_string(store.create(&session_with_groups("x")).unwrap()).unwrap();
    let cases = [
        ("newer", good.replace("version: 2,", "version: 9,")),
        ("unknown", good.replace("version: 2,", "version: 0,")),
        ("not-utf8", String::new()),
        (
            "dangling",
            good.replace("votes: [],", "votes: [\n      (problem: 7, group: 1, at: \"2026-11-27T10:42:07+03:00\"),\n    ],"),
        ),
    ];
    for (name, text) in cases {
        let path = store.dir().join(format!("2026-01-01-{name}.ron"));
        if name == "not-utf8" {
            let mut bytes = good.as_bytes()[..40].to_vec();
            bytes.extend([b'\n', 0xff, 0xfe]);
            fs::write(&path, bytes).unwrap();
        } else {
            fs::write(&path, &text).unwrap();
        }
        let err = store::load(&path).unwrap_err();
        let message = err.to_string();
        let after = message
            .strip_prefix(&format!("{}:", path.display()))
            .unwrap_or_else(|| panic!("{name}: {message}"));
        let mut parts = after.splitn(3, ':');
        let line: usize = parts.next().unwrap().parse().expect(&message);
        let column: usize = parts.next().unwrap().parse().expect(&message);
        assert!(line >= 1 && column >= 1, "{message}");
        if name == "dangling" {
            let vote_line = text.lines().position(|l| l.contains("problem: 7")).unwrap() + 1;
            assert_eq!(line, vote_line, "{message}");
        }
        if name == "newer" {
            let version_line = text.lines().position(|l| l.contains("version: 9")).unwrap() + 1;
            assert_eq!(line, version_line, "{message}");
        }
    }
}
