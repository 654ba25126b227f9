//! A workshop without traps, flow by flow, by keys alone (issue 10): a
//! whole room's tally typed as numbers (and the keys it takes counted),
//! looking apart from deciding, a run-off that stays tied and how the room
//! gets out of it, the tie at the shortlist boundary, a slip in capture, a
//! comparison of cycles with ties at the bottom, and an action dropped by a
//! stray digit.

use crate::common;

use baraza::model::cycle::next_cycle;
use baraza::model::*;
use baraza::report::{Options, markdown};
use common::{Harness, day, moment, parse_keys, session_with_groups};
use proptest::prelude::*;

/// Presses `keys` and adds how many keys they are to `count`.
fn press(h: &mut Harness, keys: &str, count: &mut usize) {
    *count += parse_keys(keys).len();
    h.keys(keys);
}

/// The 70-column bilingual title every size must show whole.
const LONG: &str = "Ukosefu wa taa za barabarani sokoni / No street lighting at the market";

/// Ten bilingual problems, as a Kenyan room names them.
const TITLES: [&str; 10] = [
    LONG,
    "Wizi wa mifugo usiku / Cattle theft at night",
    "Ajali za bodaboda / Boda-boda accidents",
    "Ulevi karibu na baa / Drunkenness near the bars",
    "Migogoro ya ardhi / Land disputes",
    "Ukosefu wa ajira kwa vijana / Youth unemployment",
    "Polisi wanachelewa / Police slow to respond",
    "Dhuluma za nyumbani / Domestic violence",
    "Madawa ya kulevya shuleni / Drugs near schools",
    "Maji machafu / Dirty water at the water point",
];

/// The fifth group, with a name longer than any column.
const POLICE: &str = "Polisi na viongozi wa mtaa / Police & officials";

/// Five groups, 48 people, 3 dots each (144 dots), ten problems, dot voting.
fn room() -> Session {
    let mut s = session_with_groups("Kibera security baraza — cycle 2");
    s.groups.push(Group {
        id: GroupId(5),
        name: POLICE.into(),
        count: 9,
    });
    for (i, t) in TITLES.iter().enumerate() {
        s.problems.push(Problem {
            id: ProblemId(i as u32 + 1),
            title: (*t).into(),
            ..Problem::default()
        });
    }
    s.stage = Stage::Rank;
    s
}

/// Each group's dots on the ten problems, in the order named: every
/// budget spent exactly (42, 33, 27, 15, 27).
const TALLY: [[usize; 10]; 5] = [
    [14, 8, 6, 0, 5, 4, 0, 3, 2, 0],
    [3, 10, 0, 7, 5, 0, 4, 2, 2, 0],
    [0, 5, 9, 3, 0, 6, 0, 4, 0, 0],
    [6, 0, 3, 0, 2, 0, 4, 0, 0, 0],
    [2, 2, 2, 2, 2, 2, 2, 2, 2, 9],
];

#[test]
fn a_whole_rooms_tally_typed_as_numbers_costs_the_digits_and_one_key_a_problem() {
    let mut h = Harness::open(&room());
    let mut keys = 0;
    let mut digits = 0;
    for (g, counts) in TALLY.iter().enumerate() {
        // The group by its number, then the walk through every problem.
        press(&mut h, &format!("g{}", g + 1), &mut keys);
        press(&mut h, "c", &mut keys);
        let heading = h.render(120, 40);
        assert!(
            heading.contains(&format!(
                "problem 1 of 10 · 0 of {}",
                h.session().groups[g].count * 3
            )),
            "{heading}"
        );
        for (p, n) in counts.iter().enumerate() {
            // The row under the cursor is the next problem in the order
            // named, whatever the totals so far.
            let screen = h.render(120, 40);
            let selected = screen
                .lines()
                .find(|l| l.trim_start_matches('"').starts_with(" ▶ "))
                .unwrap_or_default()
                .to_string();
            let words: Vec<&str> = TITLES[p].split(' ').take(3).collect();
            assert!(
                selected.contains(&words.join(" ")),
                "{p}: {selected}\n{screen}"
            );
            // Nothing on it: Enter alone goes on.
            let typed = if *n == 0 {
                String::new()
            } else {
                n.to_string()
            };
            digits += typed.len();
            press(&mut h, &format!("{typed}<Enter>"), &mut keys);
        }
        assert!(h.message().starts_with("tally done:"), "{}", h.message());
    }
    // The digits, and at most two keys per problem per group (here: one,
    // plus three per group to pick it and start its tally).
    assert!(
        keys <= digits + 2 * 10 * 5,
        "{keys} keys for {digits} digits"
    );
    assert_eq!(keys, digits + 5 * (10 + 3));

    let s = h.saved();
    assert_eq!(s.ranking.votes.len(), 144);
    for (g, counts) in TALLY.iter().enumerate() {
        for (p, n) in counts.iter().enumerate() {
            let group = GroupId(g as u32 + 1);
            assert_eq!(
                s.dots_for(ProblemId(p as u32 + 1), Some(group)),
                *n,
                "{g} {p}"
            );
        }
        let group = s.groups[g].id;
        assert_eq!(s.dots_used(group), s.dot_budget(group) as usize);
    }
    // Each dot is still its own record, and one undo takes back one typed
    // tally: the police's 9 on the last problem.
    h.keys("u");
    assert_eq!(
        h.message(),
        format!("undone: {POLICE}: 9 dots on «{}» (was 0)", TITLES[9])
    );
    assert_eq!(h.saved().ranking.votes.len(), 135);
    h.keys("<C-y>");
    assert_eq!(h.saved().ranking.votes.len(), 144);

    // A number typed on the board (no walk) sets one count, and a slip in
    // the digits is taken back with Backspace.
    h.keys("g1<Home>");
    let first = h.session().dots_for(ProblemId(3), Some(GroupId(1)));
    assert_eq!(first, 6);
    h.keys("o<Home><Down><Down>59<BS>");
    assert!(h.render(120, 40).contains("typing 5▏ Enter sets"));
    h.keys("<Enter>");
    assert_eq!(h.saved().dots_for(ProblemId(3), Some(GroupId(1))), 5);
    // Going over the budget asks first; n leaves the count as it was.
    h.keys("9<Enter>");
    let screen = h.render(120, 40);
    assert!(
        screen.contains("Women to 45 of 42 dots — 3 over budget"),
        "{screen}"
    );
    h.keys("n");
    assert_eq!(h.saved().dots_for(ProblemId(3), Some(GroupId(1))), 5);
}

#[test]
fn looking_at_a_groups_results_never_makes_it_the_group_deciding() {
    let mut s = room();
    s.problems.truncate(4);
    s.ranking.method = RankMethod::Pairwise;
    s.ranking.pair_scope = PairScope::All;
    let mut h = Harness::open(&s);
    // The men decide.
    h.keys("g2");
    assert!(h.render(120, 40).contains("Pairwise · Men deciding"));
    // Looking at the youth's results…
    h.keys("r");
    let screen = h.render(120, 40);
    assert!(
        screen.contains("Results · Pairwise · whole room"),
        "{screen}"
    );
    h.keys("g");
    assert!(
        h.render(120, 40)
            .contains("Whose ranking to look at? (changes nothing)")
    );
    h.keys("3");
    assert!(
        h.render(120, 40)
            .contains("Results · Pairwise · looking at Youth")
    );
    assert_eq!(
        h.message(),
        "Looking at: Youth's ranking (who decides is unchanged)"
    );
    // …and back: the men still decide, and their pick is recorded as theirs.
    h.keys("r");
    assert!(h.render(120, 40).contains("Pairwise · Men deciding"));
    h.keys("<Left>");
    let d = &h.saved().ranking.pairs[0];
    assert_eq!(d.group, Some(GroupId(2)));
    // Criteria: the scorer is shown where the scores are given, and it is
    // the decider, not the group looked at.
    h.keys("M");
    assert!(h.render(120, 40).contains("Criteria scoring · Men scoring"));
    h.keys("3");
    assert!(
        h.saved()
            .ranking
            .scores
            .iter()
            .all(|sc| sc.group == Some(GroupId(2)))
    );
    assert_eq!(h.saved().ranking.scores.len(), 1);
    // The whole room decides again with 0.
    h.keys("g0");
    assert!(
        h.render(120, 40)
            .contains("Criteria scoring · whole room scoring")
    );
}

/// Four problems: 5, 4, then two with 3 dots at the boundary of the top 3.
fn tied() -> Session {
    let mut s = room();
    s.problems.truncate(4);
    for (p, n) in [(1, 5), (2, 4), (3, 3), (4, 3)] {
        for _ in 0..n {
            s.ranking.votes.push(Vote {
                problem: ProblemId(p),
                group: GroupId(1),
                at: moment(),
            });
        }
    }
    s
}

#[test]
fn a_run_off_that_stays_tied_says_so_and_the_decision_starts_from_it() {
    let mut h = Harness::open(&tied());
    // A run-off: one dot each from the women — still tied.
    h.keys("b1+<Down>+<Enter>");
    let message = h.message();
    assert!(
        message.starts_with("Still tied: «Ajali za bodaboda"),
        "{message}"
    );
    assert!(
        message.contains("Esc and 3: the facilitator decides"),
        "{message}"
    );
    // Said in full even at the smallest size: on the status line and under
    // the chart, wrapped.
    let screen = h.render(64, 20);
    assert!(screen.contains("(d drops the run-off)"), "{screen}");
    // The way out: the facilitator decides, starting from the run-off.
    h.keys("<Esc>3");
    let form = h.render(120, 40);
    assert!(form.contains("the run-off's order is filled in"), "{form}");
    assert!(form.contains("the run-off (2 dots) left"), "{form}");
    // Drunkenness first: ← on the first place, → on the second.
    h.keys("<Left><Tab><Right><Tab><End>");
    h.type_text("the chief can close the bars at ten");
    h.keys("<Enter>");
    let s = h.saved();
    let decided: Vec<&TieBreak> = s
        .ranking
        .tie_breaks
        .iter()
        .filter(|t| !t.order.is_empty())
        .collect();
    assert_eq!(decided.len(), 1);
    assert_eq!(decided[0].order, [ProblemId(4), ProblemId(3)]);
    let TieBreakHow::Decision { reason } = &decided[0].how else {
        panic!("{:?}", decided[0].how);
    };
    assert!(reason.starts_with("the run-off (2 dots) left"), "{reason}");
    assert!(
        reason.ends_with("the chief can close the bars at ten"),
        "{reason}"
    );
    // The run-off that decided nothing is kept (nothing recorded is lost)
    // but leaves nothing in the report: no "giving:" with nothing after it.
    assert_eq!(s.ranking.tie_breaks.len(), 2);
    let md = markdown::markdown(&s, &Options::new(day(2026, 11, 27)));
    assert!(!md.contains("run-off vote (2 dots)"), "{md}");
    for (i, line) in md.lines().enumerate() {
        if line.ends_with("giving:") {
            let next = md.lines().nth(i + 1).unwrap_or_default();
            assert!(next.trim_start().starts_with("- rank"), "{line}\n{next}");
        }
    }
    assert!(
        md.contains("facilitator decision: the run-off (2 dots) left"),
        "{md}"
    );
}

#[test]
fn a_tie_at_the_shortlist_boundary_is_asked_about_and_planning_on_it_is_flagged() {
    let mut h = Harness::open(&tied());
    h.keys("s");
    let screen = h.render(120, 40);
    assert!(screen.contains("The top 3 cuts a tie"), "{screen}");
    assert!(screen.contains("not for baraza to guess"), "{screen}");
    assert!(h.session().ranking.shortlist.is_empty());
    // Picked by hand instead: the first two and one of the tied.
    h.keys("<Esc><Home> <Down> <Down> ");
    assert_eq!(h.saved().ranking.shortlist.len(), 3);
    // On to Plan: said on arrival, and shown above the plan.
    h.keys("<Tab>");
    assert!(
        h.message()
            .starts_with("! The shortlist cuts a tie at rank 3"),
        "{}",
        h.message()
    );
    let plan = h.render(80, 24);
    assert!(
        plan.contains("! The shortlist cuts a tie at rank 3"),
        "{plan}"
    );
    // Back in Rank, every tied problem included, as one change.
    h.keys("<S-Tab>sa");
    assert_eq!(h.saved().ranking.shortlist.len(), 4);
    assert_eq!(h.saved().ranking.shortlist_size, 4);
    h.keys("<Tab>");
    assert!(!h.render(80, 24).contains("cuts a tie"));
}

#[test]
fn esc_in_capture_clears_the_line_and_ctrl_z_brings_it_back() {
    let mut h = Harness::open(&room());
    h.keys("<F2>a");
    h.paste("Moto sokoni / Fires at the market\nUbakaji / Rape");
    assert_eq!(h.session().problems.len(), 12);
    h.type_text("Wanyama wa porini / Wild anim");
    h.keys("<Esc>");
    assert!(
        h.message()
            .starts_with("line cleared — Ctrl+z brings «Wanyama")
    );
    // Ctrl+z gives the text back, not the pasted problems.
    h.keys("<C-z>");
    assert_eq!(h.session().problems.len(), 12);
    h.type_text("als").keys("<Enter>");
    assert_eq!(
        h.saved().problems[12].title,
        "Wanyama wa porini / Wild animals"
    );
    // Esc twice ends the capture; the next `a` still has the line.
    h.type_text("Nusu").keys("<Esc><Esc>");
    assert_eq!(h.app.keymaps()[0].title, "Identify");
    h.keys("a");
    assert!(
        h.message().contains("«Nusu» was left unfinished"),
        "{}",
        h.message()
    );
    assert!(h.render(80, 24).contains("Nusu"));
    // Ctrl+z on an empty line undoes, and Ctrl+y redoes, without leaving.
    h.keys("<C-u><C-z>");
    assert_eq!(h.session().problems.len(), 12);
    h.keys("<C-y>");
    assert_eq!(h.session().problems.len(), 13);
    assert!(h.render(80, 24).contains("Enter add, next"));
}

#[test]
fn compare_shows_movement_only_where_a_place_changed_with_ties_at_the_bottom() {
    // Cycle 1: A 4 dots, B 3, C and D none.
    let mut prev = room();
    prev.id = "cycle1".into();
    prev.problems.truncate(4);
    let vote = |p: u32| Vote {
        problem: ProblemId(p),
        group: GroupId(1),
        at: moment(),
    };
    for (p, n) in [(1, 4), (2, 3)] {
        for _ in 0..n {
            prev.ranking.votes.push(vote(p));
        }
    }
    // Cycle 2: A 2, D 5, B and C none.
    let mut next = next_cycle(
        &prev,
        "cycle2".into(),
        "cycle 2".into(),
        day(2027, 3, 1),
        moment(),
    );
    for (p, n) in [(1, 2), (4, 5)] {
        for _ in 0..n {
            next.ranking.votes.push(vote(p));
        }
    }
    let mut h = Harness::with_sessions(&[prev, next]);
    // The newest first: cycle 2.
    h.keys("<Home>c");
    let screen = h.render(120, 40);
    let row = |title: &str| {
        screen
            .lines()
            .find(|l| l.contains(title))
            .unwrap_or_else(|| panic!("{title}: {screen}"))
            .to_string()
    };
    let a = row("Ukosefu wa taa");
    assert!(a.contains(" 2 ") && a.contains("▼ down 1"), "{a}");
    // Fell from 3 dots to none: not "same" among the zeros at the bottom.
    assert!(row("Wizi wa mifugo").contains("▼ none now"), "{screen}");
    // None in either cycle: no movement, never "▲ up 1".
    let c = row("Ajali za bodaboda");
    assert!(c.contains("· none, both"), "{c}");
    assert!(!c.contains('▲'), "{c}");
    assert!(row("Ulevi").contains("▲ first votes"), "{screen}");
    // A place two problems share reads as shared.
    let mut tied_prev = room();
    tied_prev.problems.truncate(3);
    for p in [1, 2] {
        tied_prev.ranking.votes.push(vote(p));
    }
    let rows = baraza::model::cycle::compare_cycles(
        &tied_prev,
        &next_cycle(
            &tied_prev,
            "c2".into(),
            "c2".into(),
            day(2027, 1, 1),
            moment(),
        ),
        None,
    );
    assert_eq!(rows[0].before.unwrap().label(), "1=");
}

#[test]
fn a_stray_digit_does_not_drop_an_action() {
    let mut h = Harness::open(&common::session_with_actions(Stage::Monitor));
    let before = h.session().actions.clone();
    h.keys("<Home>5");
    let screen = h.render(80, 24);
    assert!(screen.contains("Drop the action «"), "{screen}");
    h.keys("n");
    assert_eq!(h.saved().actions, before);
    assert_eq!(h.message(), "left as it was");
    h.keys("5y");
    let dropped = h
        .saved()
        .actions
        .iter()
        .filter(|a| a.status == ActionStatus::Dropped)
        .count();
    assert_eq!(dropped, 1);
    // Every other status is one key, and dropping is undone like any change.
    h.keys("u");
    assert_eq!(h.saved().actions, before);
    h.keys("2");
    assert!(!h.render(80, 24).contains("Drop the action"));
}

/// The steps a session has content in carry ✓, whatever was looked at.
#[test]
fn the_stepper_ticks_what_holds_something_and_the_list_agrees() {
    let mut h = Harness::open(&Session::new(
        "empty".into(),
        "Empty".into(),
        day(2026, 11, 27),
        moment(),
    ));
    h.keys("<Tab><Tab><Tab><Tab><Tab>");
    let screen = h.render(80, 24);
    assert!(!screen.contains('✓'), "{screen}");
    h.keys("<F1>aWomen<Tab>5<Enter><F6>");
    assert!(h.render(80, 24).contains("✓F1 Prepare"));
    h.keys("q");
    let entry = &h.app.list().entries()[0];
    assert_eq!(entry.summary.as_ref().unwrap().stage, Stage::Prepare);
}

/// The panels with the long bilingual title selected: it must be read whole
/// at every size from the smallest up.
fn planned() -> Session {
    let mut s = tied();
    s.groups[4].name = POLICE.into();
    s.ranking.shortlist = vec![ProblemId(1), ProblemId(2)];
    s.actions.push(Action {
        id: ActionId(1),
        problem: ProblemId(1),
        activity: "Taa za sola sokoni / Solar lights at the market".into(),
        responsible: "local authority".into(),
        due: Some(day(2026, 12, 20)),
        indicator: "fewer thefts after dark".into(),
        ..Action::default()
    });
    s
}

/// Whether every word of `title` is on the screen, in reading order (a cut
/// title loses its end to an ellipsis).
fn reads_whole(screen: &str, title: &str) -> bool {
    let tokens: Vec<&str> = screen
        .split(|c: char| c.is_whitespace() || "│┃┌┐└┘┏┓┗┛━─\"".contains(c))
        .filter(|t| !t.is_empty())
        .collect();
    let mut at = 0;
    for word in title.split_whitespace() {
        match tokens[at..].iter().position(|t| *t == word) {
            Some(i) => at += i + 1,
            None => return false,
        }
    }
    true
}

#[test]
fn a_long_bilingual_title_is_read_whole_at_every_size() {
    for (w, h_) in [(64, 20), (80, 24), (120, 40)] {
        for (panel, keys) in [
            ("identify", "<F2><Home>"),
            ("rank", "<F3><Home>"),
            ("plan", "<F4><Home>"),
            ("monitor", "<F5><Home>"),
            ("results", "<F3>r<Home>"),
        ] {
            let mut h = Harness::open(&planned());
            h.keys(keys);
            let screen = h.render(w, h_);
            assert!(reads_whole(&screen, LONG), "{panel} at {w}×{h_}:\n{screen}");
            insta::assert_snapshot!(format!("long_title_{panel}_{w}x{h_}"), screen);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Any sequence of typed tallies ends with each count as typed, and
    /// undoing them all gives back the votes exactly as they were.
    #[test]
    fn typed_tallies_set_counts_and_undo_exactly(
        steps in proptest::collection::vec((1u32..=4, 1u32..=5, 0usize..12), 1..20)
    ) {
        let s = tied();
        let mut editor = Editor::new(s.clone());
        let mut expected = std::collections::HashMap::new();
        for (p, g, n) in &steps {
            let (p, g) = (ProblemId(*p), GroupId(*g));
            if let Some(change) = edits::set_dots(editor.session(), p, g, *n, moment()) {
                editor.apply(change, moment()).unwrap();
            }
            expected.insert((p, g), *n);
        }
        for ((p, g), n) in &expected {
            prop_assert_eq!(editor.session().dots_for(*p, Some(*g)), *n);
        }
        while editor.undo(moment()).is_some() {}
        prop_assert_eq!(&editor.session().ranking.votes, &s.ranking.votes);
    }
}

#[test]
fn results_say_whose_ranking_they_show() {
    let mut h = Harness::open(&tied());
    h.keys("r");
    assert!(h.render(120, 40).contains("Overall ranking"));
    h.keys("g1");
    let screen = h.render(120, 40);
    assert!(screen.contains("Women's ranking"), "{screen}");
    assert!(!screen.contains("Overall ranking"), "{screen}");
}

#[test]
fn the_groups_that_raised_a_problem_wrap_every_tick_in_view() {
    let mut s = room();
    s.problems[0].raised_by = vec![GroupId(5)];
    let mut h = Harness::open(&s);
    // The problem form at the smallest size: to the ticks, seven fields on.
    h.keys("<F2><Home><Enter><Tab><Tab><Tab><Tab><Tab><Tab><Tab>");
    let screen = h.render(64, 20);
    for name in [
        "[ ] Women",
        "[ ] Men",
        "[ ] Youth",
        "[ ] Elders",
        "[x] Polisi na viongozi",
    ] {
        assert!(screen.contains(name), "{name}: {screen}");
    }
    assert!(screen.contains("Raised by"), "{screen}");
}

/// Reports a person can read as they are: pairs that cannot be confused
/// with a bilingual title's own " / ", Markdown without stray escapes,
/// chart labels whole, decisions said among which problems.
#[test]
fn reports_are_unambiguous_and_read_as_text() {
    let mut s = room();
    s.problems[3].title = "Polisi & viongozi / Police & officials".into();
    s.ranking.pair_scope = PairScope::All;
    s.ranking.pairs.push(PairDecision {
        pair: (ProblemId(1), ProblemId(2)),
        winner: Some(ProblemId(1)),
        group: None,
        reason: "light first".into(),
        at: moment(),
    });
    // A shortlist drawn after the pair: the decision is outside the round
    // pairwise now compares, and still counts.
    s.ranking.shortlist = vec![ProblemId(3), ProblemId(4)];
    s.ranking.pair_scope = PairScope::Shortlist;
    for p in [1, 2, 3] {
        s.ranking.votes.push(Vote {
            problem: ProblemId(p),
            group: GroupId(1),
            at: moment(),
        });
    }
    let options = Options::new(day(2026, 11, 27));
    let md = markdown::markdown(&s, &options);
    assert!(
        md.contains(&format!("«{}» vs «{}»", TITLES[0], TITLES[1])),
        "{md}"
    );
    assert!(
        md.contains("Polisi & viongozi / Police & officials"),
        "{md}"
    );
    assert!(!md.contains("\\&"), "{md}");
    assert!(md.contains("Decided among 2 problems: «"), "{md}");
    // Also recorded: the pairwise ranking counts the decision (1 win).
    let also = md
        .split("### Also recorded: pairwise ranking")
        .nth(1)
        .expect("pairwise also recorded");
    let first = also.lines().find(|l| l.starts_with("| 1 |")).unwrap();
    assert!(
        first.contains(TITLES[0]) && first.ends_with("| 1 |"),
        "{first}"
    );

    let page = baraza::report::html::html(&s, &options);
    // The 70-column title wraps onto two lines of the chart, never cut.
    assert!(
        page.contains("<tspan x=\"292\" dy=\"0\">Ukosefu wa taa za barabarani sokoni / No</tspan>"),
        "{page}"
    );
    assert!(
        page.contains("<tspan x=\"292\" dy=\"15\">street lighting at the market</tspan>"),
        "{page}"
    );
    assert!(!page.contains("No street lighting at…"), "{page}");
    // Dates never wrap in a narrow column.
    assert!(
        page.contains("<td class=\"date\" dir=\"auto\">2026-11-27"),
        "{page}"
    );
}
