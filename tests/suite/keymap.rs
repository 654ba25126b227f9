//! The keymap is one declaration, and this proves it: on every screen and in
//! every mode (session list, each panel with each of its modes, forms and
//! questions, the help overlay, the comparison of cycles, read-only), every
//! key the hint line or the help shows goes to the action shown beside it,
//! no panel hides a key that works everywhere unless its declaration says it
//! does so on purpose, no keymap binds one key twice, every map in force is
//! in the help, and every screen's hint line offers `?`.
//!
//! "Goes to" is `App::route`, the answer the app itself dispatches on.

use crate::common;

use baraza::model::{ProblemId, RankMethod, Stage, Vote};
use baraza::store::OpenSession;
use baraza::tui::Start;
use baraza::tui::keymap::{Action, GLOBAL, Key, Keymap, Route};
use common::{Harness, moment, session_with_actions};
use ratatui::crossterm::event::KeyEvent;

/// What a state of the program must satisfy, beyond the keys in force
/// routing to what they show.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// A screen: its hint line offers `?`, and its maps are in the help.
    Screen,
    /// A field has focus or a question waits for y/n: `?` is typed or
    /// answers nothing, and the hint line says what to do instead.
    Entry,
    /// The room's screen (`p`, or the audience window): no hint line at all
    /// by design — the wall shows no key hints — but every key in force
    /// still goes where its declaration says.
    Room,
}

fn event(k: &Key) -> KeyEvent {
    KeyEvent::new(k.code, k.mods)
}

/// Every problem found in the state the harness is in.
fn check(h: &mut Harness, state: &str, kind: Kind) -> Vec<String> {
    let mut failures = Vec::new();
    let maps = h.app.keymaps();
    assert!(!maps.is_empty(), "{state}: no keymap in force");
    for map in &maps {
        failures.extend(duplicates(map).into_iter().map(|d| format!("{state}: {d}")));
    }
    for (i, map) in maps.iter().enumerate() {
        for b in map.bindings {
            for k in b.keys {
                let route = h.app.route(&event(k));
                let shown = if b.action == Action::FieldKey {
                    Route::Field
                } else {
                    Route::Binding {
                        map: map.title,
                        action: b.action,
                        edits: b.edits,
                    }
                };
                if route == shown {
                    continue;
                }
                // A more specific map in force took the key first: only
                // allowed for the same action, or as a marked override of a
                // key that works everywhere.
                let taken = maps[..i].iter().find_map(|m| m.lookup(&event(k)));
                let allowed = taken.is_some_and(|t| {
                    t.action == b.action || (t.overrides && map.title == GLOBAL.title)
                });
                if !allowed {
                    failures.push(format!(
                        "{state}: `{}` is shown as «{}» in «{}» but goes to {route:?}",
                        k.label(),
                        b.help,
                        map.title
                    ));
                }
            }
        }
    }
    if kind == Kind::Room {
        for (w, ht) in [(48, 14), (64, 20), (80, 24)] {
            let screen = h.render(w, ht);
            if screen.contains("? help") || screen.contains("q quit") {
                failures.push(format!(
                    "{state}: a key hint on the room's screen:\n{screen}"
                ));
            }
        }
    }
    if kind == Kind::Screen {
        for (w, ht) in [(64, 20), (80, 24)] {
            let screen = h.render(w, ht);
            let hints = screen.lines().last().unwrap_or_default();
            if !hints.contains("? help") {
                failures.push(format!(
                    "{state}: no `? help` on the hint line at {w}×{ht}: {hints}"
                ));
            }
        }
        let listed: Vec<&str> = h
            .app
            .help_sections()
            .iter()
            .flat_map(|(_, maps)| maps.iter().map(|m| m.title))
            .collect();
        for map in &maps {
            if !listed.contains(&map.title) {
                failures.push(format!(
                    "{state}: «{}» is in force but not in the help",
                    map.title
                ));
            }
        }
    }
    failures
}

/// Keys bound twice in one keymap.
fn duplicates(map: &Keymap) -> Vec<String> {
    let keys: Vec<&Key> = map.bindings.iter().flat_map(|b| b.keys).collect();
    keys.iter()
        .enumerate()
        .filter(|(i, k)| keys[..*i].contains(k))
        .map(|(_, k)| format!("«{}» binds `{}` twice", map.title, k.label()))
        .collect()
}

/// Presses the key the keymaps in force declare for `action`.
fn press(h: &mut Harness, action: Action) {
    let key = h
        .app
        .keymaps()
        .iter()
        .flat_map(|m| m.bindings)
        .find(|b| b.action == action)
        .map(|b| b.keys[0])
        .unwrap_or_else(|| panic!("no key for {action:?}"));
    h.app
        .handle_event(&ratatui::crossterm::event::Event::Key(event(&key)));
}

/// The workshop session: groups, problems, a shortlist, actions, and a tie
/// at the boundary of the top 3 (dots 3, 2, 1, 1).
fn workshop() -> baraza::model::Session {
    let mut s = session_with_actions(Stage::Prepare);
    for (problem, dots) in [(1, 3), (2, 2), (3, 1), (4, 1)] {
        for _ in 0..dots {
            s.ranking.votes.push(Vote {
                problem: ProblemId(problem),
                group: baraza::model::GroupId(1),
                at: moment(),
            });
        }
    }
    s.ranking.shortlist.clear();
    s
}

/// A state: how to reach it from the session opened on Prepare.
struct State {
    name: &'static str,
    keys: &'static str,
    /// Then press the key declared for this action.
    then: Option<Action>,
    kind: Kind,
}

const fn at(name: &'static str, keys: &'static str, kind: Kind) -> State {
    State {
        name,
        keys,
        then: None,
        kind,
    }
}

const WORKSHOP: &[State] = &[
    at("Prepare", "", Kind::Screen),
    at("Prepare: group form, name", "a", Kind::Entry),
    at("Prepare: group form, head count", "a<Tab>", Kind::Entry),
    at("Prepare: discard?", "aX<Esc>", Kind::Entry),
    at("Prepare: details form, date", "s<Tab><Tab>", Kind::Entry),
    at("Prepare: notes", "n", Kind::Entry),
    at("Prepare: delete?", "d", Kind::Entry),
    at("Identify", "<Tab>", Kind::Screen),
    at("Identify: capture", "<Tab>a", Kind::Entry),
    at("Identify: capture, typed", "<Tab>aTheft", Kind::Entry),
    at("Identify: form, title", "<Tab><Enter>", Kind::Entry),
    at(
        "Identify: form, description",
        "<Tab><Enter><Tab>",
        Kind::Entry,
    ),
    at(
        "Identify: form, category",
        "<Tab><Enter><Tab><Tab>",
        Kind::Entry,
    ),
    at(
        "Identify: form, raised by",
        "<Tab><Enter><Tab><Tab><Tab><Tab><Tab>",
        Kind::Entry,
    ),
    at(
        "Identify: form, district",
        "<Tab><Enter><Tab><Tab><Tab><Tab><Tab><Tab><Tab><Tab>",
        Kind::Entry,
    ),
    at("Identify: merging", "<Tab>m", Kind::Screen),
    at("Identify: delete?", "<Tab>d", Kind::Entry),
    at("Rank: dot voting", "<Tab><Tab>", Kind::Screen),
    at("Rank: results", "<Tab><Tab>r", Kind::Screen),
    at("Rank: tie-break", "<Tab><Tab>b", Kind::Screen),
    at("Rank: run-off", "<Tab><Tab>b1", Kind::Screen),
    at("Rank: tie decided by hand", "<Tab><Tab>b3", Kind::Entry),
    at(
        "Rank: tie decided, reason",
        "<Tab><Tab>b3<Tab><Tab>",
        Kind::Entry,
    ),
    at("Rank: pairwise", "<Tab><Tab>M", Kind::Screen),
    at("Rank: pairwise, why", "<Tab><Tab>M<Enter>", Kind::Entry),
    State {
        name: "Rank: pairwise matrix",
        keys: "<Tab><Tab>M",
        then: Some(Action::ShowMatrix),
        kind: Kind::Screen,
    },
    at("Rank: criteria", "<Tab><Tab>MM", Kind::Screen),
    at("Rank: criterion form", "<Tab><Tab>MMa", Kind::Entry),
    at("Rank: criteria results", "<Tab><Tab>MMr", Kind::Screen),
    at("Plan", "<Tab><Tab><Tab>", Kind::Screen),
    at("Plan: every problem", "<Tab><Tab><Tab>v", Kind::Screen),
    at("Plan: action form", "<Tab><Tab><Tab>a", Kind::Entry),
    at(
        "Plan: action form, due",
        "<Tab><Tab><Tab>a<Tab><Tab><Tab><Tab>",
        Kind::Entry,
    ),
    at(
        "Plan: action form, risks",
        "<Tab><Tab><Tab>a<Tab><Tab><Tab><Tab><Tab><Tab><Tab>",
        Kind::Entry,
    ),
    at(
        "Plan: action form, problem",
        "<Tab><Tab><Tab>a<S-Tab>",
        Kind::Entry,
    ),
    at(
        "Plan: leave with a form open?",
        "<Tab><Tab><Tab>aX<C-c>",
        Kind::Entry,
    ),
    at("Monitor", "<Tab><Tab><Tab><Tab>", Kind::Screen),
    at("Monitor: note", "<Tab><Tab><Tab><Tab>n", Kind::Entry),
    at("Monitor: edit", "<Tab><Tab><Tab><Tab><Enter>", Kind::Entry),
    at("Learn", "<Tab><Tab><Tab><Tab><Tab>", Kind::Screen),
    at(
        "Learn: writing",
        "<Tab><Tab><Tab><Tab><Tab><Enter>",
        Kind::Entry,
    ),
    at("Help", "<Tab><Tab>?", Kind::Entry),
    at("Timer", "t", Kind::Entry),
    at("Timer, a duration typed", "t7:30", Kind::Entry),
    at("Timer running", "t<Enter>t", Kind::Entry),
    at("Room view: Prepare", "p", Kind::Room),
    at("Room view: Rank", "<Tab><Tab>p", Kind::Room),
    at("Room view: Rank results", "<Tab><Tab>pr", Kind::Room),
    at("Room view: pairwise", "<Tab><Tab>pM", Kind::Room),
    at("Room view: Identify capture", "<Tab>pa", Kind::Entry),
    at("Room view: timer", "pt", Kind::Entry),
    at("Room view: blank", "p.", Kind::Room),
    // Issue 15: the score card, where and when, the follow-up ledger.
    at("Rank: score card, empty", "<Tab><Tab>S", Kind::Screen),
    at("Rank: score card", "<Tab><Tab>SI", Kind::Screen),
    at(
        "Rank: score card, digits typed",
        "<Tab><Tab>SI4",
        Kind::Screen,
    ),
    at(
        "Rank: score card, reason form",
        "<Tab><Tab>SIe",
        Kind::Entry,
    ),
    at(
        "Rank: score card, indicator form",
        "<Tab><Tab>Sa",
        Kind::Entry,
    ),
    at(
        "Rank: score card, provider form",
        "<Tab><Tab>So",
        Kind::Entry,
    ),
    at(
        "Rank: score card, action on a gap",
        "<Tab><Tab>SIP",
        Kind::Entry,
    ),
    at("Rank: score card, delete?", "<Tab><Tab>SId", Kind::Entry),
    at("Identify: where and when, empty", "<Tab>w", Kind::Screen),
    at(
        "Identify: where and when",
        "<Tab>waMarket<Enter>",
        Kind::Screen,
    ),
    at(
        "Identify: where and when, months",
        "<Tab>waMarket<Enter>m",
        Kind::Screen,
    ),
    at(
        "Identify: where and when, place form",
        "<Tab>wa",
        Kind::Entry,
    ),
    at(
        "Identify: where and when, mark form",
        "<Tab>waMarket<Enter><Enter>",
        Kind::Entry,
    ),
    at(
        "Identify: where and when, delete?",
        "<Tab>waMarket<Enter>d",
        Kind::Entry,
    ),
    at(
        "Monitor: follow-up, empty",
        "<Tab><Tab><Tab><Tab>f",
        Kind::Screen,
    ),
    at(
        "Monitor: follow-up",
        "<Tab><Tab><Tab><Tab>fa<Tab>District<Enter>",
        Kind::Screen,
    ),
    at(
        "Monitor: escalation form",
        "<Tab><Tab><Tab><Tab>fa",
        Kind::Entry,
    ),
    at(
        "Monitor: reply form",
        "<Tab><Tab><Tab><Tab>fa<Tab>District<Enter>n",
        Kind::Entry,
    ),
    at("Room view: score card", "<Tab><Tab>SIp", Kind::Room),
    at(
        "Room view: where and when",
        "<Tab>waMarket<Enter>p",
        Kind::Room,
    ),
    at(
        "Room view: follow-up",
        "<Tab><Tab><Tab><Tab>fa<Tab>District<Enter>p",
        Kind::Room,
    ),
    at(
        "Room view: a score's reason typed",
        "<Tab><Tab>SIpe",
        Kind::Entry,
    ),
];

#[test]
fn every_key_shown_goes_where_it_says_on_every_screen() {
    let s = workshop();
    let mut failures = Vec::new();
    let mut reached = 0;
    for state in WORKSHOP {
        let mut h = Harness::open(&s);
        h.keys(state.keys);
        if let Some(action) = state.then {
            press(&mut h, action);
        }
        failures.extend(check(&mut h, state.name, state.kind));
        reached += 1;
    }
    // Read-only: every panel and Rank's views.
    let mut h = Harness::new();
    let path = h.store().create(&s).unwrap();
    h.app.start(Start::ReadOnly(path));
    for (name, keys) in [
        ("read-only Prepare", ""),
        ("read-only Identify", "<Tab>"),
        ("read-only Rank", "<Tab>"),
        ("read-only Rank results", "r"),
        ("read-only Plan", "r<Tab>"),
        ("read-only Monitor", "<Tab>"),
        ("read-only Learn", "<Tab>"),
    ] {
        h.keys(keys);
        failures.extend(check(&mut h, name, Kind::Screen));
        reached += 1;
    }
    // Read-only: the views of issue 15.
    for (name, keys) in [
        ("read-only score card", "<Tab><Tab>S"),
        ("read-only where and when", "<Tab>w"),
        ("read-only follow-up", "<Tab><Tab><Tab><Tab>f"),
    ] {
        let mut h = Harness::new();
        let path = h.store().create(&s).unwrap();
        h.app.start(Start::ReadOnly(path));
        h.keys(keys);
        failures.extend(check(&mut h, name, Kind::Screen));
        reached += 1;
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert_eq!(reached, WORKSHOP.len() + 10);
}

#[test]
fn the_session_list_compare_and_their_forms_route_as_they_show() {
    let mut failures = Vec::new();
    let sessions = Harness::examples();
    let list_states = [
        ("list", "", Kind::Screen),
        ("list: filtering", "/", Kind::Entry),
        ("list: filtering, typed", "/Kib", Kind::Entry),
        ("list: filter kept", "/Kib<Enter>", Kind::Screen),
        ("list: new session", "n", Kind::Entry),
        ("list: new session, date", "n<Tab><Tab>", Kind::Entry),
        ("list: discard?", "nX<Esc>", Kind::Entry),
        ("list: next cycle", "N", Kind::Entry),
        ("list: help", "?", Kind::Entry),
        ("list: the room's screen", "p", Kind::Room),
    ];
    for (name, keys, kind) in list_states {
        let mut h = Harness::with_sessions(&sessions);
        h.keys(keys);
        failures.extend(check(&mut h, name, kind));
    }
    // An empty folder.
    failures.extend(check(&mut Harness::new(), "empty list", Kind::Screen));

    // The comparison of a session with its previous cycle, and its help.
    let mut h = Harness::with_sessions(&sessions);
    h.keys("<Down><Down>N<Enter>q<Home>c");
    assert!(h.render(80, 24).contains("How priorities moved"));
    failures.extend(check(&mut h, "compare", Kind::Screen));
    h.keys("?");
    failures.extend(check(&mut h, "compare: help", Kind::Entry));

    // A session open elsewhere: the question.
    let h0 = Harness::with_sessions(&sessions);
    let path = h0.store().list()[0].path.clone();
    let _elsewhere = OpenSession::open(&path, "another baraza").unwrap();
    let mut h = h0;
    h.keys("<Enter>");
    assert!(h.render(80, 24).contains("Open it read-only here?"));
    failures.extend(check(&mut h, "list: in use elsewhere", Kind::Entry));
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The keys that work everywhere work in every panel: `x` writes the
/// report (the pairwise matrix once took it), `?` opens the help, `q`
/// leaves; and no panel keymap binds a key twice.
#[test]
fn keys_that_work_everywhere_are_never_silently_taken() {
    let mut s = workshop();
    s.ranking.method = RankMethod::Pairwise;
    let mut h = Harness::open(&s);
    h.keys("<Tab><Tab>");
    for key in GLOBAL.bindings.iter().flat_map(|b| b.keys) {
        let route = h.app.route(&event(key));
        let global = GLOBAL.lookup(&event(key)).unwrap();
        assert_eq!(
            route.action(),
            Some(global.action),
            "pairwise: `{}` does not {}",
            key.label(),
            global.help
        );
    }
    h.keys("x");
    assert!(h.message().contains("report"), "{}", h.message());
    // Every keymap a panel can show, listed in the help, binds each key once.
    let mut all: Vec<Keymap> = h
        .app
        .help_sections()
        .into_iter()
        .flat_map(|(_, maps)| maps)
        .collect();
    all.dedup_by_key(|m| m.title);
    let twice: Vec<String> = all.iter().flat_map(duplicates).collect();
    assert!(twice.is_empty(), "{twice:?}");
    assert!(all.len() > 20, "{}", all.len());
}

/// Every list moves the same way: a keymap that moves by a row also moves
/// by a page and to either end (the run-off once ignored Home, and dots
/// landed on the wrong problems).
#[test]
fn every_list_pages_and_goes_to_either_end() {
    let mut s = workshop();
    s.ranking.method = RankMethod::Pairwise;
    let h = Harness::open(&s);
    let mut maps: Vec<Keymap> = h
        .app
        .help_sections()
        .into_iter()
        .flat_map(|(_, maps)| maps)
        .collect();
    maps.extend(baraza::tui::list::SessionList::all_keymaps());
    maps.push(baraza::tui::compare::COMPARE_KEYS);
    let mut lists = 0;
    for map in &maps {
        let has = |a: Action| map.bindings.iter().any(|b| b.action == a);
        if has(Action::Up) && has(Action::Down) {
            lists += 1;
            for a in [
                Action::PageUp,
                Action::PageDown,
                Action::First,
                Action::Last,
            ] {
                assert!(has(a), "«{}» moves by a row but has no {a:?}", map.title);
            }
        }
    }
    assert!(lists >= 12, "{lists} lists");
}
