//! Two real processes, as on a projector: the facilitator's window edits in
//! one pseudo-terminal while `baraza present` shows the room's screen in
//! another. After each of two dozen varied changes — a dot, a group, blind
//! and revealed, the timer, blank, the results, a method, a pair decided, a
//! panel switch, a new problem — the wall shows it within 0.5 s of it being
//! on disk. Killing and restarting either side recovers; a garbage file
//! written over the session by a careless copy never crashes the wall, which
//! keeps its last good view.

#![cfg(unix)]

use std::time::Duration;

use crate::common::Harness;
use crate::common::follow::{Pair, WALL, cue_path, dots_placed, summary};

/// How long the wall may take, from the change on disk to the screen
/// (issue 9). Measured from the disk, not from the key: the facilitator's
/// window saves after the key, and that is what "saved" means.
const FOLLOW: Duration = Duration::from_millis(500);

/// How long to wait for a change at all before giving up on it: generous,
/// so a loaded machine fails the 0.5 s check below, not this one.
const GIVE_UP: Duration = Duration::from_secs(10);

const SHIFT_TAB: &str = "\x1b[Z";
const LEFT: &str = "\x1b[D";

#[test]
fn the_room_s_screen_follows_the_facilitator_s_window_live() {
    let tmp = tempfile::TempDir::new().unwrap();
    let dir = tmp.path().join("sessions");
    let store = baraza::store::Store::open(&dir).unwrap();
    // Five dots a participant: every group has dots left to place (a dot
    // over the budget asks first).
    let mut s = Harness::examples().remove(1);
    s.dots_per_participant = 5;
    let session = store.create(&s).unwrap();
    let mut pair = Pair::start(env!("CARGO_BIN_EXE_baraza"), &dir, tmp.path(), &session);
    assert!(pair.audience.screen().contains("117 of 220 dots"));

    let has = |text: &'static str| move |s: &str| s.contains(text);
    let hasnt = |text: &'static str| move |s: &str| !s.contains(text);
    let dots = |n: usize| move |s: &str| dots_placed(s) == Some(n);
    type Check = Box<dyn Fn(&str) -> bool>;
    let changes: Vec<(&str, &str, Check)> = vec![
        ("a dot", "+", Box::new(dots(118))),
        ("a dot on the next problem", "j+", Box::new(dots(119))),
        (
            "the next group votes",
            "g\r",
            Box::new(has("Voting now: Men")),
        ),
        ("a dot from Men", "+", Box::new(dots(120))),
        ("a blind vote", "h", Box::new(has("Blind dot vote"))),
        ("a blind dot", "+", Box::new(has("35/55"))),
        ("revealed", "h", Box::new(dots(121))),
        ("a timer", "t\r", Box::new(has("time left"))),
        ("the timer paused", "t ", Box::new(has("paused"))),
        ("the timer stopped", "ts", Box::new(hasnt("paused"))),
        ("the wall blank", ".", Box::new(hasnt("Dot voting"))),
        ("the wall back", ".", Box::new(has("Dot voting"))),
        ("the results", "r", Box::new(has("Results by dot voting"))),
        ("back from the results", "r", Box::new(has("Voting now"))),
        ("pairwise", "M", Box::new(has("Which matters more?"))),
        (
            "a pair decided",
            LEFT,
            Box::new(has("1 of 15 pairs decided")),
        ),
        ("the next pair", " ", Box::new(has("Pair 2 of 15"))),
        ("criteria", "M", Box::new(has("Scoring on:"))),
        ("dot voting again", "M", Box::new(has("Dot voting"))),
        (
            "Identify",
            SHIFT_TAB,
            Box::new(has("Security problems named: 6")),
        ),
        (
            "a new problem",
            "aWizi wa mifugo\r\r",
            Box::new(has("Security problems named: 7")),
        ),
        ("Prepare", SHIFT_TAB, Box::new(has("Who is in the room"))),
        ("Plan", "\t\t\t", Box::new(has("Action plan"))),
        ("Monitor", "\t", Box::new(has("Following up"))),
    ];
    assert!(changes.len() >= 20);
    let mut times = Vec::new();
    let mut slow = Vec::new();
    for (what, keys, shows) in &changes {
        let took = pair
            .change(keys, shows.as_ref(), GIVE_UP)
            .unwrap_or_else(|| panic!("{what}: never on the wall:\n{}", pair.audience.screen()));
        if took > FOLLOW {
            slow.push(format!("{what}: {} ms", took.as_millis()));
        }
        times.push(took);
    }
    let (median, p95) = summary(times);
    eprintln!(
        "follow latency over {} changes: median {median:.1} ms, p95 {p95:.1} ms",
        changes.len()
    );
    assert!(slow.is_empty(), "later than 0.5 s on the wall: {slow:?}");

    // The wall is killed and opened again: it finds where the facilitator is.
    pair.restart_audience();
    pair.audience.wait_for("Following up");
    // The facilitator's window is killed and opened again: the wall follows
    // it to where it opens (the stage reached), and on from there.
    pair.restart_facilitator();
    pair.facilitator.wait_for("Rank by");
    pair.audience.wait_for("Dot voting: 121");
    let took = pair
        .change("+", &dots(122), GIVE_UP)
        .expect("a dot after the restart reaches the wall");
    assert!(took <= FOLLOW, "{} ms", took.as_millis());

    // A careless copy writes half a file over the session, then garbage:
    // the wall keeps its last good view, says so, and does not crash.
    let good = std::fs::read(&session).unwrap();
    std::fs::write(&session, &good[..good.len() / 3]).unwrap();
    pair.audience.wait_for("file unreadable");
    std::fs::write(&session, b"\x00\x1b[2J garbage \xff\xfe").unwrap();
    std::thread::sleep(Duration::from_millis(600));
    let screen = pair.audience.screen();
    assert!(screen.contains("Dot voting: 122"), "{screen}");
    assert!(screen.contains("file unreadable"), "{screen}");
    assert!(
        pair.audience.child.try_wait().unwrap().is_none(),
        "the wall crashed"
    );
    // A garbage cue file is passed over the same way.
    std::fs::write(cue_path(&session), b"(panel: Nowhere").unwrap();
    std::thread::sleep(Duration::from_millis(300));
    assert!(pair.audience.child.try_wait().unwrap().is_none());
    // The next save writes a whole file: the wall recovers.
    let took = pair
        .change(
            "+",
            &|s: &str| dots_placed(s) == Some(123) && !s.contains("unreadable"),
            GIVE_UP,
        )
        .expect("the wall recovers at the next save");
    assert!(took <= FOLLOW, "{} ms", took.as_millis());
    let _ = WALL;

    // q closes the wall; the facilitator's window goes on.
    pair.audience.send("q");
    assert!(pair.audience.wait_exit().success());
    pair.facilitator.send("\u{3}");
    assert!(pair.facilitator.wait_exit().success());
}

/// In an encrypted folder the room's screen asks for the passphrase like
/// `open`, once, before it takes the terminal over, then follows as ever.
#[test]
fn the_room_s_screen_of_an_encrypted_folder_asks_for_its_passphrase_and_follows() {
    use crate::common::term::Term;
    use baraza::store::crypt;
    const PASSPHRASE: &str = "mango tree by the well";
    let tmp = tempfile::TempDir::new().unwrap();
    let dir = tmp.path().join("sessions");
    baraza::store::Store::open(&dir).unwrap();
    crypt::set_up(
        &dir,
        &age::secrecy::SecretString::from(PASSPHRASE.to_string()),
        None,
        Some(4),
    )
    .unwrap();
    let store = baraza::store::Store::open(&dir).unwrap();
    let mut s = Harness::examples().remove(1);
    s.dots_per_participant = 5;
    let session = store.create(&s).unwrap();
    let path = session.to_string_lossy().into_owned();
    let mut facilitator = Term::start(&dir, tmp.path(), &["open", &path], 120, 40);
    facilitator.wait_for("passphrase for");
    facilitator.send_now(&format!("{PASSPHRASE}\r"));
    facilitator.wait_for("Rank by");
    let mut wall = Term::start(&dir, tmp.path(), &["present", &path], 64, 20);
    wall.wait_for("passphrase for");
    wall.send_now(&format!("{PASSPHRASE}\r"));
    wall.wait_for("117 of 220 dots");
    facilitator.send("+");
    wall.wait_for("118 of 220 dots");
    // The session on disk is sealed; the cue beside it holds no text of it.
    let cue = std::fs::read_to_string(cue_path(&session)).unwrap();
    assert!(!cue.contains("Phone snatching"), "{cue}");
    wall.send("q");
    assert!(wall.wait_exit().success());
    facilitator.send("\u{3}");
    assert!(facilitator.wait_exit().success());
}

/// The views of issue 15 on a real wall: the score card, where and when
/// and the follow-up ledger follow the facilitator's window into each view,
/// and a score typed on the card reaches the wall.
#[test]
fn the_score_card_the_map_and_the_ledger_follow_onto_the_wall() {
    let tmp = tempfile::TempDir::new().unwrap();
    let dir = tmp.path().join("sessions");
    let store = baraza::store::Store::open(&dir).unwrap();
    let s = Harness::examples().remove(1);
    assert!(!s.score_card.indicators.is_empty() && !s.escalations.is_empty());
    let session = store.create(&s).unwrap();
    let mut pair = Pair::start(env!("CARGO_BIN_EXE_baraza"), &dir, tmp.path(), &session);
    pair.audience.wait_for("Dot voting");
    let has = |text: &'static str| move |s: &str| s.contains(text);
    type Check = Box<dyn Fn(&str) -> bool>;
    let steps: Vec<(&str, &str, Check)> = vec![
        (
            "the score card",
            "S",
            Box::new(has("Score card: the community and")),
        ),
        // The first group's score on the first indicator, 2 → 5 (a 1–5 card).
        ("a score typed", "5\r", Box::new(has("Women 5, Men 3"))),
        ("back to the dots", "S", Box::new(has("Dot voting"))),
        (
            "where and when",
            "\x1b[Zw",
            Box::new(has("Where and when insecurity happens")),
        ),
        ("the months", "m", Box::new(has("months"))),
        (
            "the ledger",
            "w\t\t\tf",
            Box::new(has("Following up what was raised")),
        ),
    ];
    for (what, keys, shows) in &steps {
        pair.change(keys, shows.as_ref(), GIVE_UP)
            .unwrap_or_else(|| panic!("{what}: never on the wall:\n{}", pair.audience.screen()));
    }
    // Nothing private followed it there: no reason, no reply note.
    let saved = baraza::store::load(&session).unwrap().session;
    let wall = pair.audience.screen();
    for e in &saved.escalations {
        for r in e.replies.iter().filter(|r| r.note.len() > 8) {
            assert!(
                !wall.contains(&r.note[..8]),
                "a reply note on the wall: {wall}"
            );
        }
    }
    pair.audience.send("q");
    assert!(pair.audience.wait_exit().success());
    pair.facilitator.send("\u{3}");
    assert!(pair.facilitator.wait_exit().success());
}
