//! The monkey test (issue 11): the whole app on `TestBackend`, fed seeded
//! random keys, pastes and resizes. After every event the session fits
//! together and the dot tallies of every ranking equal the recorded votes;
//! at the end of each round of 1,000 events, undoing everything gives back
//! the session the round started from, exactly (but for the audit log, which
//! records the undos, and the time of the last change).
//!
//! `cargo test` sends 5,000 events; the long run:
//! `BARAZA_MONKEY_KEYS=100000 cargo test --release --test suite monkey -- --ignored --nocapture`
//! (`BARAZA_MONKEY_SEED` picks another sequence).

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

use baraza::model::ranking::dot_ranking;
use baraza::model::{Session, Stage};
use baraza::tui::keymap::{Action, Show};

use crate::common::{Harness, Rng, session_with_actions};

/// Events per round; each round ends with everything undone.
const ROUND: usize = 1_000;

const PASTES: [&str; 8] = [
    "Theft at the market",
    "سرقة المواشي ليلاً\nDrunk driving 🚗\n\nघरेलु हिंसा",
    "\u{1b}]0;pwned\u{7}\u{1b}[2J\u{9b}31m",
    "a\tb\r\nc\u{2028}d\u{0}e",
    "👩‍👩‍👧🇳🇵🏽 e\u{301} ﾊﾞ",
    "2026-12-24",
    "+7",
    "x",
];

fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

/// A random key a facilitator (or a cat on the keyboard) might press.
fn random_key(rng: &mut Rng) -> KeyEvent {
    const CHARS: &[char] = &[
        'a', 'e', 'd', 'j', 'k', 'g', 'G', 'v', 's', 'n', 'm', 'r', 'o', 'p', 't', 'b', 'M', 'K',
        'J', 'u', 'y', 'i', 'c', 'f', '+', '-', '=', '[', ']', '!', '.', '/', '?', ' ', '0', '1',
        '2', '3', '4', '5', 'T', 'x', 'N', 'q', 'w', 'ß', 'я', 'ع',
    ];
    match rng.below(20) {
        0..=8 => key(KeyCode::Char(*rng.pick(CHARS))),
        9 => key(KeyCode::Enter),
        10 => key(KeyCode::Esc),
        11 => key(*rng.pick(&[KeyCode::Tab, KeyCode::BackTab])),
        12 | 13 => key(*rng.pick(&[KeyCode::Up, KeyCode::Down, KeyCode::Left, KeyCode::Right])),
        14 => key(*rng.pick(&[
            KeyCode::Home,
            KeyCode::End,
            KeyCode::PageUp,
            KeyCode::PageDown,
            KeyCode::Backspace,
            KeyCode::Delete,
        ])),
        15 => KeyEvent::new(
            KeyCode::Char(*rng.pick(&['z', 'y', 's', 'a', 'e', 'w', 'k', 'u'])),
            KeyModifiers::CONTROL,
        ),
        16 => KeyEvent::new(KeyCode::Char(*rng.pick(&['b', 'f'])), KeyModifiers::ALT),
        17 => KeyEvent::new(
            *rng.pick(&[KeyCode::Up, KeyCode::Down]),
            KeyModifiers::SHIFT,
        ),
        _ => key(KeyCode::Char('+')),
    }
}

/// Mostly a key the screen declares (so the panels' own actions, and
/// therefore changes, come often), some typing while a form is open, and
/// some pure chance.
fn next_key(h: &mut Harness, rng: &mut Rng) -> KeyEvent {
    let maps = h
        .app
        .workshop_mut()
        .map(|w| w.keymaps())
        .unwrap_or_default();
    let editing = maps.len() == 1 && maps[0].title != "Confirm";
    if editing && rng.below(10) < 6 {
        const TEXT: &[char] = &['a', 'b', ' ', 'z', 'я', 'ب', 'क', '🔥', '1', '-', 'q'];
        return key(KeyCode::Char(*rng.pick(TEXT)));
    }
    if editing && rng.below(4) == 0 {
        return key(KeyCode::Enter);
    }
    if rng.below(10) < 6 {
        // As the help lists them: "0-9" is one entry, not ten, or a screen
        // that takes digits would get a digit two keys in three and its
        // Enter almost never.
        let listed: Vec<_> = maps
            .iter()
            .flat_map(|m| m.bindings.iter().map(move |b| (m, b)))
            .filter(|(_, b)| b.show != Show::Unlisted)
            .collect();
        if !listed.is_empty() {
            let (map, b) = *rng.pick(&listed);
            let b = match b.listed_as {
                Some(_) => {
                    let siblings: Vec<_> = std::iter::once(b)
                        .chain(map.bindings.iter().filter(|o| o.show == Show::Unlisted))
                        .collect();
                    *rng.pick(&siblings)
                }
                None => b,
            };
            if !b.keys.is_empty() {
                let k = rng.pick(b.keys);
                return KeyEvent::new(k.code, k.mods);
            }
        }
    }
    random_key(rng)
}

/// Whether `k` would leave the session or write files beside it: the monkey
/// stays in the session (the undo check needs its history), so those keys
/// are never sent.
fn leaves(h: &mut Harness, k: &KeyEvent) -> bool {
    if k.code == KeyCode::Char('c') && k.modifiers.contains(KeyModifiers::CONTROL) {
        return true;
    }
    let Some(w) = h.app.workshop_mut() else {
        return true;
    };
    w.keymaps().iter().any(|m| {
        m.lookup(k).is_some_and(|b| {
            matches!(
                b.action,
                Action::Quit | Action::ForceQuit | Action::NextCycle | Action::Export
            )
        })
    })
}

/// What must hold after every event.
fn check(s: &Session, step: usize) {
    let problems = s.validate();
    assert!(problems.is_empty(), "after event {step}: {problems:?}");
    for group in std::iter::once(None).chain(s.groups.iter().map(|g| Some(g.id))) {
        for r in dot_ranking(s, group) {
            let votes = s
                .ranking
                .votes
                .iter()
                .filter(|v| v.problem == r.problem && group.is_none_or(|g| v.group == g))
                .count();
            assert_eq!(
                r.score, votes as f64,
                "after event {step}: tally of problem {} for {group:?}",
                r.problem
            );
        }
    }
}

/// The session without what undo cannot give back: the audit log (which
/// records the undos) and the time of the last change.
fn comparable(s: &Session) -> Session {
    let mut s = s.clone();
    s.audit.clear();
    s.updated = s.created;
    s
}

/// Closes whatever is open (forms, questions, help), then undoes until there
/// is nothing left to undo.
fn undo_everything(h: &mut Harness) {
    for _ in 0..50 {
        h.app.handle_event(&Event::Key(key(KeyCode::Esc)));
        // A form with typed text asks before it closes: yes, drop it.
        let asks = h.app.workshop_mut().is_some_and(|w| {
            w.keymaps().first().is_some_and(|m| {
                m.title == "Confirm" || m.bindings.iter().any(|b| b.action == Action::Yes)
            })
        });
        if asks {
            h.app.handle_event(&Event::Key(key(KeyCode::Char('y'))));
        }
    }
    for _ in 0..10_000 {
        h.app.handle_event(&Event::Key(KeyEvent::new(
            KeyCode::Char('z'),
            KeyModifiers::CONTROL,
        )));
        // In whatever language the monkey left it in (L cycles it).
        if h.message().contains(h.app.lang().t("said-nothing-to-undo")) {
            return;
        }
    }
    panic!("undo never ran out");
}

/// The score card, the where-and-when grid and the ledger have something in
/// them from the start, so the monkey's keys there change things too (an
/// empty card, grid or ledger takes most keys as "nothing here yet").
fn with_tools(start: Session) -> Session {
    use baraza::model::{Editor, ProblemId, edits};
    let mut e = Editor::new(start);
    let at = crate::common::moment();
    let card = edits::start_police_card(e.session()).expect("an empty card takes the starter set");
    e.apply(card, at).unwrap();
    for name in ["Market", "Bus stage"] {
        let place = edits::add_place(e.session(), name);
        e.apply(place, at).unwrap();
    }
    let raised = crate::common::day(2026, 11, 2);
    let up = edits::escalate(
        e.session(),
        ProblemId(1),
        "District security committee",
        raised,
    )
    .expect("problem 1 can be escalated");
    e.apply(up, at).unwrap();
    e.into_session()
}

fn monkey(events: usize, seed: u64, draw_every: usize) {
    let mut start = session_with_actions(Stage::Learn);
    // Dots, so that votes are there to tally from the start.
    for (i, p) in [1u32, 1, 2, 3, 3, 3].into_iter().enumerate() {
        start.ranking.votes.push(baraza::model::Vote {
            problem: baraza::model::ProblemId(p),
            group: baraza::model::GroupId(i as u32 % 4 + 1),
            at: crate::common::moment(),
        });
    }
    let start = with_tools(start);
    let mut h = Harness::open(&start);
    let mut rng = Rng::new(seed);
    let mut size = (100u16, 30u16);
    let mut terminal = Terminal::new(TestBackend::new(size.0, size.1)).unwrap();
    let mut round_start = comparable(h.session());
    let mut sent = 0;
    let mut round = 0;
    let mut changes = 0;
    let mut revision_at_start = 0;
    while sent < events {
        let event = match rng.below(40) {
            0 => Event::Paste(rng.pick(&PASTES).to_string()),
            1 => {
                size = *rng.pick(&[
                    (1, 1),
                    (30, 8),
                    (63, 19),
                    (64, 20),
                    (80, 24),
                    (120, 40),
                    (300, 80),
                ]);
                Event::Resize(size.0, size.1)
            }
            _ => {
                let k = next_key(&mut h, &mut rng);
                if leaves(&mut h, &k) {
                    continue;
                }
                Event::Key(k)
            }
        };
        h.app.handle_event(&event);
        sent += 1;
        assert!(
            h.app.workshop().is_some(),
            "event {sent} ({event:?}) left the session"
        );
        if let Event::Resize(w, hh) = event {
            terminal.backend_mut().resize(w, hh);
        }
        // Every frame in the long run; in `cargo test` every third, and
        // every resize (drawing is half the cost of a debug build's run).
        if draw_every == 1 || sent % draw_every == 0 || matches!(event, Event::Resize(..)) {
            terminal.draw(|f| h.app.draw(f)).unwrap();
        }
        check(h.session(), sent);
        if sent % ROUND == 0 || sent == events {
            changes += h.app.workshop().unwrap().doc().editor().revision() - revision_at_start;
            undo_everything(&mut h);
            round += 1;
            assert_eq!(
                comparable(h.session()),
                round_start,
                "round {round}: undoing everything did not give back the start"
            );
            // The disk holds what memory holds.
            assert_eq!(comparable(&h.saved()), comparable(h.session()));
            round_start = comparable(h.session());
            revision_at_start = h.app.workshop().unwrap().doc().editor().revision();
        }
    }
    // One change in 30 events: the score card, where-and-when and ledger
    // views brought forms the monkey rarely completes (a 20,000-event run
    // makes 773–965 changes on four seeds), and one in 20 failed the long
    // run while every check held. Thousands of changes still get undone.
    assert!(
        changes > events as u64 / 30,
        "too few changes to test anything: {changes}"
    );
    eprintln!(
        "monkey: {sent} events ({changes} changes, undone) in {round} rounds, seed {seed:#x}: every check held"
    );
}

fn seed() -> u64 {
    std::env::var("BARAZA_MONKEY_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0x00ba_2a2a)
}

#[test]
fn five_thousand_random_events_keep_the_session_sound_and_undoable() {
    monkey(5_000, seed(), 3);
}

#[test]
#[ignore = "long: BARAZA_MONKEY_KEYS=100000 cargo test --release --test suite monkey -- --ignored --nocapture"]
fn a_hundred_thousand_random_events_keep_the_session_sound_and_undoable() {
    let events = std::env::var("BARAZA_MONKEY_KEYS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(100_000);
    monkey(events, seed(), 1);
}
