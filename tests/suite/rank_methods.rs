//! The Rank panel's methods, driven by keys on the real app: a pairwise round
//! for two groups, a criteria scoring, the results with each group's ranks, a
//! tie at the shortlist boundary broken three ways, switching methods, undo;
//! snapshots of every view, and every screen size.

use crate::common;

use baraza::model::ranking::{self, pair_candidates, pair_order};
use baraza::model::{
    Criterion, CriterionId, GroupId, PairScope, Problem, ProblemId, RankMethod, Session, Stage,
    TieBreakHow, Vote,
};
use baraza::tui::Start;
use baraza::tui::keymap::Action;
use baraza::tui::panels::{Ctx, Panel, rank::RankPanel};
use baraza::tui::theme::Theme;
use common::{Harness, moment};
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Rect;

const TITLES: [&str; 6] = [
    "Theft at the market after dark",
    "Drunkenness near the bars",
    "سرقة الماشية في الليل",
    "Boda-boda accidents 🏍️ on the main road",
    "Domestic violence",
    "Police do not come when called",
];

/// The first `n` problems, the room on Rank, ranking by `method`.
/// Groups: 1 Women 14, 2 Men 11, 3 Youth 9, 4 Elders 5.
fn workshop(n: usize, method: RankMethod) -> Session {
    let mut s = common::session_with_groups("Kibera safety baraza");
    for (i, title) in TITLES.iter().take(n).enumerate() {
        s.problems.push(Problem {
            id: ProblemId(i as u32 + 1),
            title: title.to_string(),
            ..Problem::default()
        });
    }
    s.stage = Stage::Rank;
    s.ranking.method = method;
    s
}

fn ids(list: &[u32]) -> Vec<ProblemId> {
    list.iter().map(|&i| ProblemId(i)).collect()
}

fn dots(s: &mut Session, spec: &[(u32, u32, usize)]) {
    for &(p, g, n) in spec {
        for _ in 0..n {
            s.ranking.votes.push(Vote {
                problem: ProblemId(p),
                group: GroupId(g),
                at: moment(),
            });
        }
    }
}

/// The line of the screen holding `text`.
fn row_of<'a>(screen: &'a str, text: &str) -> &'a str {
    screen
        .lines()
        .find(|l| l.contains(text))
        .unwrap_or_else(|| panic!("no row with {text} in\n{screen}"))
}

/// The numbers on a screen row, left to right ("◆ 1 Theft … 1 5 – –").
fn numbers(row: &str) -> Vec<String> {
    row.split(|c: char| c == '"' || c.is_whitespace())
        .filter(|w| {
            !w.is_empty()
                && w.chars()
                    .all(|c| c.is_ascii_digit() || c == '½' || c == '–')
        })
        .map(String::from)
        .collect()
}

/// Decides every pair of the round with `judge` (which returns the winner,
/// or `None` for a tie), pressing ←, → or = as the pair is shown, then Space
/// for the next pair.
fn decide_round(h: &mut Harness, judge: impl Fn(u32, u32) -> Option<u32>) {
    let s = h.session().clone();
    for (a, b) in pair_order(&pair_candidates(&s)) {
        let key = match judge(a.0, b.0) {
            Some(w) if w == a.0 => "<Left>",
            Some(_) => "<Right>",
            None => "=",
        };
        h.keys(key).keys(" ");
    }
}

/// Women: the lower number matters more (1 > 2 > 3 > 4 > 5). Men: the
/// other way round, except that 1 and 2 tie.
fn women(a: u32, b: u32) -> Option<u32> {
    Some(a.min(b))
}

fn men(a: u32, b: u32) -> Option<u32> {
    if (a.min(b), a.max(b)) == (1, 2) {
        None
    } else {
        Some(a.max(b))
    }
}

// ---------------------------------------------------------------------------
// Pairwise.

#[test]
fn a_pairwise_round_of_five_problems_for_two_groups() {
    let mut h = Harness::open(&workshop(5, RankMethod::Dots));
    h.keys("M");
    assert_eq!(h.saved().ranking.method, RankMethod::Pairwise);
    let screen = h.render(80, 24);
    assert!(
        screen.contains("Pairwise · whole room deciding"),
        "{screen}"
    );
    assert!(screen.contains("pair 1 of 10 · 0 decided"), "{screen}");
    assert!(screen.contains("5 problems = 10 pairs"), "{screen}");

    // Women first: the first pair gets a reason typed before the pick.
    h.keys("g<Enter>");
    assert!(h.render(80, 24).contains("Pairwise · Women deciding"));
    h.keys("<Enter>").type_text("it happens every night");
    h.keys("<Enter>");
    assert!(
        h.message().contains("records it with the pick"),
        "{}",
        h.message()
    );
    decide_round(&mut h, women);
    assert!(h.render(80, 24).contains("pair 10 of 10 · 10 decided"));
    h.keys(" ");
    assert!(h.message().starts_with("all 10 pairs decided (Women)"));

    // Then the men (Space: to their first open pair), with a reason
    // written after one pick.
    h.keys("g<Enter> ");
    decide_round(&mut h, men);
    h.keys("<Enter>");
    h.type_text("ajali kila wiki — accidents every week");
    h.keys("<Enter>");

    let saved = h.saved();
    let pairs = &saved.ranking.pairs;
    assert_eq!(pairs.len(), 20);
    for (group, judge) in [(1, women as fn(u32, u32) -> Option<u32>), (2, men)] {
        let mine: Vec<_> = pairs
            .iter()
            .filter(|d| d.group == Some(GroupId(group)))
            .collect();
        assert_eq!(mine.len(), 10, "group {group}");
        for d in mine {
            assert_eq!(
                d.winner.map(|w| w.0),
                judge(d.pair.0.0, d.pair.1.0),
                "{d:?}"
            );
            assert_eq!(d.at, moment());
        }
    }
    let (a, b) = pair_order(&pair_candidates(&saved))[0];
    let first = ranking::pair_decision(&saved, a, b, Some(GroupId(1))).unwrap();
    assert_eq!(first.reason, "it happens every night");
    let (a, b) = pair_order(&pair_candidates(&saved))[9];
    let last = ranking::pair_decision(&saved, a, b, Some(GroupId(2))).unwrap();
    assert_eq!(last.reason, "ajali kila wiki — accidents every week");
    assert!(pairs.iter().all(|d| d.group.is_some()));

    // Each group's ranking, and the room's: every group's decisions together.
    let ranks = |g: Option<u32>| -> Vec<(u32, usize)> {
        ranking::ranking(&saved, RankMethod::Pairwise, g.map(GroupId))
            .iter()
            .map(|r| (r.problem.0, r.rank))
            .collect()
    };
    assert_eq!(ranks(Some(1)), [(1, 1), (2, 2), (3, 3), (4, 4), (5, 5)]);
    assert_eq!(ranks(Some(2))[..3], [(5, 1), (4, 2), (3, 3)]);

    // The results: the room's wins as a chart (every group's decisions
    // together), each group's ranks beside it.
    h.keys("g0r");
    let screen = h.render(120, 40);
    assert!(
        screen.contains("Results · Pairwise · whole room"),
        "{screen}"
    );
    assert!(row_of(&screen, "Overall ranking").contains("Women    Men  Youth Elders"));
    let screen = h.render(80, 24);
    // Chart first, then the table: Theft has 4 wins from the women and ½
    // from the men; Domestic violence, last for the women and first for
    // the men, is where they disagree most.
    let rows = |t: &str| -> Vec<&str> { screen.lines().filter(|l| l.contains(t)).collect() };
    assert!(rows("Theft at")[0].contains("4½ wins"), "{screen}");
    assert_eq!(
        numbers(rows("Theft at")[1]),
        ["1", "1", "4", "–", "–"],
        "{screen}"
    );
    let domestic = rows("Domestic violence")[1];
    assert!(domestic.contains('◆'), "{screen}");
    assert_eq!(numbers(domestic), ["2", "5", "1", "–", "–"], "{screen}");
    assert!(!rows("Theft at")[1].contains('◆'), "{screen}");
    assert!(screen.contains("◆ groups disagree most"), "{screen}");
    // Positions 2 to 4 share rank 2 across the top 3.
    assert!(
        screen.contains("! Top 3: positions 2 to 4 are tied"),
        "{screen}"
    );
}

#[test]
fn the_matrix_shows_every_pair_as_on_flip_chart_paper() {
    let mut h = Harness::open(&workshop(5, RankMethod::Pairwise));
    h.keys("g1");
    decide_round(&mut h, |a, b| if a + b == 7 { None } else { women(a, b) });
    h.keys("m");
    let screen = h.render(80, 24);
    assert!(screen.contains("Pairwise matrix · Women"), "{screen}");
    assert!(screen.contains("10 of 10 pairs decided"), "{screen}");
    // Row 1: 1 wins against 2, 3 and 4; 2 and 5 tie (2 + 5 = 7).
    let row = |n: &str| {
        screen
            .lines()
            .find(|l| {
                l.contains('│')
                    && !l.contains("wins")
                    && l.trim_start_matches(['"', ' '])
                        .starts_with(&format!("{n} "))
            })
            .unwrap()
            .to_string()
    };
    assert_eq!(numbers(&row("1"))[..6], ["1", "1", "1", "1", "1", "4"]);
    assert!(row("2").contains('='), "{}", row("2"));
    // Wins: 1 has 4, 2 has 2½; the legend names every number.
    assert!(row("1").contains("│    4    1"), "{}", row("1"));
    assert!(row("2").contains("│   2½    2"), "{}", row("2"));
    for t in ["1 Theft at the", "2 Drunkenness", "5 Domestic violence"] {
        assert!(screen.contains(t), "{t} in\n{screen}");
    }

    // Arrows move between cells; Enter shows that pair large.
    h.keys("<Up><Up><Up><Up><Left><Left><Left><Left>");
    assert!(h.render(80, 24).contains("│    4    1   1 Theft"));
    // Row 2, column 3: 2 against 3.
    h.keys("<Right><Down><Enter>");
    let screen = h.render(80, 24);
    assert!(screen.contains("Which matters more?"), "{screen}");
    assert!(row_of(&screen, "┏ 2 ✓").contains("┌ 3 "), "{screen}");
}

#[test]
fn pairs_are_revisited_changed_and_cleared() {
    let mut h = Harness::open(&workshop(4, RankMethod::Pairwise));
    let s = h.session().clone();
    let order = pair_order(&pair_candidates(&s));
    let (a, b) = order[0];
    h.keys("<Left>");
    let d = ranking::pair_decision(h.session(), a, b, None).unwrap();
    assert_eq!((d.winner, d.group), (Some(a), None));
    // The same pick again records nothing new; a reason keeps the winner.
    h.keys("<Left>");
    assert!(h.message().starts_with("already recorded"));
    h.keys("e").type_text("more people hurt").keys("<Enter>");
    let d = ranking::pair_decision(h.session(), a, b, None).unwrap();
    assert_eq!((d.winner, d.reason.as_str()), (Some(a), "more people hurt"));
    // Esc leaves the reason as it was.
    h.keys("<Enter>").type_text(" and more").keys("<Esc>");
    assert_eq!(
        ranking::pair_decision(h.session(), a, b, None)
            .unwrap()
            .reason,
        "more people hurt"
    );
    // Another winner drops the reason given for the first.
    h.keys("<Right>");
    let d = ranking::pair_decision(h.session(), a, b, None).unwrap();
    assert_eq!((d.winner, d.reason.as_str()), (Some(b), ""));
    // ] and [ move; a tie; Backspace clears.
    h.keys("]=");
    let (c, e) = order[1];
    assert_eq!(
        ranking::pair_decision(h.session(), c, e, None)
            .unwrap()
            .winner,
        None
    );
    h.keys("<BS>");
    assert!(ranking::pair_decision(h.session(), c, e, None).is_none());
    h.keys("[<PgDn><PgUp>");
    assert!(h.render(80, 24).contains("pair 1 of 6"));
    assert_eq!(h.saved().ranking.pairs.len(), 1);
    // ↓ is a tie too.
    h.keys("<Down>");
    assert_eq!(
        ranking::pair_decision(&h.saved(), a, b, None)
            .unwrap()
            .winner,
        None
    );
}

#[test]
fn every_pair_decision_undoes_and_redoes() {
    let mut h = Harness::open(&workshop(4, RankMethod::Pairwise));
    h.keys("<Left> <Right> =");
    assert_eq!(h.saved().ranking.pairs.len(), 3);
    h.keys("u");
    assert!(
        h.message().starts_with("undone: the room: «"),
        "{}",
        h.message()
    );
    assert_eq!(h.saved().ranking.pairs.len(), 2);
    h.keys("uu");
    assert!(h.saved().ranking.pairs.is_empty());
    h.keys("<C-y>");
    assert_eq!(h.saved().ranking.pairs.len(), 1);
    // A changed decision undoes to the one before.
    h.keys("<Right>u");
    let s = h.saved();
    let (a, b) = pair_order(&pair_candidates(&s))[0];
    assert_eq!(
        ranking::pair_decision(&s, a, b, None).unwrap().winner,
        Some(a)
    );
}

#[test]
fn the_round_takes_the_shortlist_or_every_problem_and_warns_when_long() {
    let mut s = workshop(6, RankMethod::Pairwise);
    s.ranking.shortlist = ids(&[1, 3, 5]);
    let mut h = Harness::open(&s);
    let screen = h.render(80, 24);
    assert!(
        screen.contains("Comparing the shortlist: 3 problems = 3 pairs · a: all problems"),
        "{screen}"
    );
    h.keys("a");
    assert_eq!(h.saved().ranking.pair_scope, PairScope::All);
    assert!(h.render(80, 24).contains("6 problems = 15 pairs"));
    // Twelve problems: 66 pairs is said plainly.
    let mut s = workshop(6, RankMethod::Pairwise);
    for i in 7..=12 {
        s.problems.push(Problem {
            id: ProblemId(i),
            title: format!("Problem {i}"),
            ..Problem::default()
        });
    }
    let mut h = Harness::open(&s);
    let screen = h.render(80, 24);
    assert!(screen.contains("! 12 problems = 66 pairs"), "{screen}");
    assert!(screen.contains("pair 1 of 66"), "{screen}");
    // A shortlist brings it back down.
    let mut s2 = s.clone();
    s2.ranking.shortlist = ids(&[1, 2]);
    s2.ranking.pair_scope = PairScope::All;
    let mut h = Harness::open(&s2);
    h.keys("a");
    assert_eq!(h.saved().ranking.pair_scope, PairScope::Shortlist);
    h.keys("a");
    assert_eq!(
        h.message(),
        "12 problems = 66 pairs — a long round for the room"
    );
}

#[test]
fn a_single_problem_has_no_pairs_and_says_why() {
    let mut h = Harness::open(&workshop(1, RankMethod::Pairwise));
    assert!(
        h.render(80, 24)
            .contains("pairwise ranking needs two or more")
    );
    h.keys("<Left>x");
    assert!(h.session().ranking.pairs.is_empty());
    assert!(
        h.render(80, 24)
            .contains("pairwise ranking needs two or more")
    );
}

// ---------------------------------------------------------------------------
// Criteria.

#[test]
fn criteria_scoring_of_four_problems() {
    let mut h = Harness::open(&workshop(4, RankMethod::Dots));
    h.keys("MM");
    assert_eq!(h.saved().ranking.method, RankMethod::Criteria);
    let screen = h.render(80, 24);
    assert!(
        screen.contains("Criteria scoring · whole room scoring"),
        "{screen}"
    );
    assert!(screen.contains("0 of 16 cells scored"), "{screen}");
    for w in ["Frequency", "Severity", "Number of", "×1"] {
        assert!(screen.contains(w), "{w} in\n{screen}");
    }

    // Severity counts twice: edited in its column's form.
    h.keys("<Right>e<Tab><BS>2<Enter>");
    assert_eq!(h.session().ranking.criteria[1].weight, 2);
    assert!(h.render(80, 24).contains("×2"));
    h.keys("<Left>");

    // The room scores row by row: each score moves on to the next cell.
    h.keys("3452").keys("1111").keys("5533").keys("2222");
    // Women score one problem their own way; a slip is cleared.
    h.keys("g1<Home><Left><Left><Left>5555");
    h.keys("3<Left><BS>");

    let saved = h.saved();
    let scores = &saved.ranking.scores;
    let room: Vec<_> = scores.iter().filter(|s| s.group.is_none()).collect();
    assert_eq!(room.len(), 16);
    let women: Vec<_> = scores
        .iter()
        .filter(|s| s.group == Some(GroupId(1)))
        .collect();
    assert_eq!(women.len(), 4);
    assert!(
        women
            .iter()
            .all(|s| s.problem == ProblemId(1) && s.value == 5)
    );
    let value = |p: u32, c: u32| {
        scores
            .iter()
            .find(|s| {
                s.problem == ProblemId(p) && s.criterion == CriterionId(c) && s.group.is_none()
            })
            .map(|s| s.value)
    };
    assert_eq!(
        [value(1, 1), value(1, 2), value(1, 3), value(1, 4)],
        [Some(3), Some(4), Some(5), Some(2)]
    );
    assert_eq!(value(3, 2), Some(5));
    assert!(scores.iter().all(|s| s.at == moment()));

    // Weighted totals: 3+8+5+2 = 18, 1+2+1+1 = 5, 5+10+3+3 = 21, 2+4+2+2 = 10.
    let totals: Vec<(u32, f64, usize)> = ranking::ranking(&saved, RankMethod::Criteria, None)
        .iter()
        .map(|r| (r.problem.0, r.score, r.rank))
        .collect();
    assert_eq!(
        totals,
        [(3, 21.0, 1), (1, 18.0, 2), (4, 10.0, 3), (2, 5.0, 4)]
    );
    h.keys("g<Enter>");
    let screen = h.render(120, 40);
    assert!(
        screen.contains("Criteria scoring · Men scoring"),
        "{screen}"
    );
    h.keys("G<Enter>");
    let screen = h.render(120, 40);
    let theft = row_of(&screen, "Theft at the market");
    assert_eq!(numbers(theft), ["5", "5", "5", "5", "25", "1"], "{theft}");
    h.keys("G<Enter>");
    let screen = h.render(120, 40);
    let cattle = row_of(&screen, "سرقة الماشية");
    assert_eq!(numbers(cattle), ["5", "5", "3", "3", "21", "1"], "{cattle}");
    let theft = row_of(&screen, "Theft at the market");
    assert_eq!(numbers(theft), ["3", "4", "5", "2", "18", "2"], "{theft}");

    // The results chart, best first, with points.
    h.keys("r");
    let screen = h.render(80, 24);
    assert!(
        screen.contains("Results · Criteria · whole room"),
        "{screen}"
    );
    let chart: Vec<usize> = ["21 points", "18 points", "10 points", "5 points"]
        .iter()
        .map(|t| screen.find(t).unwrap_or_else(|| panic!("{t} in\n{screen}")))
        .collect();
    assert!(chart.windows(2).all(|w| w[0] < w[1]), "{screen}");
}

#[test]
fn criteria_are_added_renamed_and_deleted_with_their_scores() {
    let mut h = Harness::open(&workshop(2, RankMethod::Criteria));
    h.keys("a").type_text("Affects children").keys("<Enter>");
    let c = h.session().ranking.criteria.last().unwrap().clone();
    assert_eq!(
        c,
        Criterion {
            id: CriterionId(5),
            name: "Affects children".into(),
            weight: 1
        }
    );
    // The cursor is on the new column: a score lands there.
    h.keys("4");
    assert_eq!(h.session().ranking.scores[0].criterion, CriterionId(5));
    // A sixth is allowed, with a word of warning; a name used twice is not.
    h.keys("a").type_text("severity").keys("<Enter>");
    assert!(
        h.render(80, 24)
            .contains("«severity» is already a criterion")
    );
    h.keys("<C-u>");
    h.type_text("Near school").keys("<Tab><BS>0<Enter>");
    assert!(
        h.render(80, 24)
            .contains("Weight: type a whole number from 1 to 10")
    );
    h.keys("<BS>3<Enter>");
    assert!(h.message().starts_with("6 criteria: scoring takes longer"));
    assert_eq!(h.saved().ranking.criteria.len(), 6);

    // Deleting the one scored asks, takes its score, and undoes whole.
    h.keys("<Left>d");
    let screen = h.render(80, 24);
    assert!(
        screen.contains("Delete the criterion «Affects children»?"),
        "{screen}"
    );
    assert!(screen.contains("Its one score"), "{screen}");
    h.keys("y");
    let s = h.saved();
    assert!(s.ranking.criteria.iter().all(|c| c.id != CriterionId(5)));
    assert!(s.ranking.scores.is_empty());
    h.keys("u");
    let s = h.saved();
    assert_eq!(s.ranking.criteria.len(), 6);
    assert_eq!(s.ranking.scores.len(), 1);
    // A rename: of the column under the cursor, which took the deleted
    // one's place and kept the cursor through the undo (as on screen).
    h.keys("e<C-u>").type_text("Harms children").keys("<Enter>");
    assert_eq!(h.saved().ranking.criteria[5].name, "Harms children");
}

#[test]
fn every_score_undoes() {
    let mut h = Harness::open(&workshop(2, RankMethod::Criteria));
    h.keys("35");
    assert_eq!(h.saved().ranking.scores.len(), 2);
    h.keys("<Left><Left>4");
    assert_eq!(h.saved().ranking.scores[0].value, 4);
    h.keys("u");
    assert_eq!(h.saved().ranking.scores[0].value, 3);
    assert!(
        h.message().starts_with("undone: the room: «Theft"),
        "{}",
        h.message()
    );
    h.keys("uu");
    assert!(h.saved().ranking.scores.is_empty());
    h.keys("<C-y><C-y>");
    assert_eq!(h.saved().ranking.scores.len(), 2);
    h.keys("<Home><Left><BS>");
    assert_eq!(h.saved().ranking.scores.len(), 1);
    h.keys("u");
    assert_eq!(h.saved().ranking.scores.len(), 2);
}

// ---------------------------------------------------------------------------
// Ties.

/// Theft 5, Drunkenness 4, then Boda-boda and the cattle theft on 3 each:
/// the top 3 cuts through positions 3 and 4.
fn tied() -> Session {
    let mut s = workshop(5, RankMethod::Dots);
    dots(
        &mut s,
        &[
            (1, 1, 5),
            (2, 2, 4),
            (3, 1, 2),
            (3, 3, 1),
            (4, 4, 3),
            (5, 2, 1),
        ],
    );
    s
}

#[test]
fn a_tie_at_the_boundary_is_broken_by_a_runoff_recorded_and_shown() {
    let mut h = Harness::open(&tied());
    let screen = h.render(80, 24);
    assert!(
        screen.contains("! Top 3: positions 3 and 4 are tied — b breaks the tie"),
        "{screen}"
    );
    h.keys("b");
    let screen = h.render(80, 24);
    assert!(
        screen.contains("Break the tie at rank 3 · Dot voting"),
        "{screen}"
    );
    assert!(
        screen.contains("2 problems share rank 3 with 3 dots each"),
        "{screen}"
    );
    assert!(
        screen.contains("▶ 1  Run-off dot vote among them"),
        "{screen}"
    );

    // The run-off: Women put 2 dots on Boda-boda, Men 1; Youth 2 on the
    // cattle theft. Each dot is saved as it is placed.
    h.keys("1");
    let screen = h.render(80, 24);
    assert!(
        screen.contains("Run-off at rank 3 · Women placing dots"),
        "{screen}"
    );
    // The tied problems, listed by title: Boda-boda first.
    h.keys("++");
    let saved = h.saved();
    assert_eq!(saved.ranking.tie_breaks.len(), 1);
    assert!(saved.ranking.tie_breaks[0].order.is_empty());
    assert_eq!(saved.ranking.votes.len(), 16, "run-off dots are not dots");
    h.keys("g<Enter>+g<Enter>");
    h.keys("<Down>+");
    // Still tied at 3–1? No: 3 and 1. Not yet: Youth's second dot.
    h.keys("+");
    assert!(h.render(80, 24).contains("Enter confirms the order"));
    h.keys("<Enter>");
    assert_eq!(h.message(), "tie at rank 3 broken by run-off vote (5 dots)");

    let saved = h.saved();
    let t = &saved.ranking.tie_breaks[0];
    assert_eq!(t.method, RankMethod::Dots);
    assert_eq!(t.rank, 3);
    assert_eq!(t.tied, ids(&[4, 3]));
    assert_eq!(t.order, ids(&[4, 3]));
    let TieBreakHow::Runoff { votes } = &t.how else {
        panic!("not a run-off: {t:?}");
    };
    let got: Vec<(u32, u32)> = votes.iter().map(|v| (v.problem.0, v.group.0)).collect();
    assert_eq!(got, [(4, 1), (4, 1), (4, 2), (3, 3), (3, 3)]);

    // Shown in the results, and the shortlist takes the broken order.
    let screen = h.render(80, 24);
    assert!(
        screen.contains("Results · Dot voting · whole room"),
        "{screen}"
    );
    assert!(
        screen.contains("† tie at rank 3 broken by run-off vote (5 dots): «Boda-boda"),
        "{screen}"
    );
    assert!(row_of(&screen, "3†").contains("Boda-boda"), "{screen}");
    assert!(row_of(&screen, "4†").contains("سرقة الماشية"), "{screen}");
    assert!(screen.contains("✓ Top 3: tie at rank 3 broken by run-off vote (5 dots)"));
    h.keys("s");
    assert_eq!(h.saved().ranking.shortlist, ids(&[1, 2, 4]));
    h.keys("b");
    assert_eq!(
        h.message(),
        "nothing to break: Top 3: tie at rank 3 broken by run-off vote (5 dots)"
    );

    // Undo: the shortlist, then the confirmation — the run-off is open again,
    // its dots kept — then dot by dot.
    h.keys("uu");
    let saved = h.saved();
    assert!(saved.ranking.shortlist.is_empty());
    assert!(saved.ranking.tie_breaks[0].order.is_empty());
    assert!(
        h.render(80, 24)
            .contains("run-off under way (5 dots): b goes on")
    );
    h.keys("b");
    assert!(h.render(80, 24).contains("Run-off at rank 3"));
    h.keys("uuuuu");
    assert!(h.saved().ranking.tie_breaks.is_empty());
    assert!(
        h.message()
            .starts_with("undone: run-off started: dot for «Boda-boda")
    );
}

#[test]
fn a_runoff_still_tied_says_so_and_can_be_dropped() {
    let mut h = Harness::open(&tied());
    h.keys("b1+<Down>+");
    assert!(h.render(80, 24).contains("Still tied: «Boda-boda"));
    h.keys("<Enter>");
    assert!(h.message().starts_with("Still tied:"), "{}", h.message());
    // The way out is said in full, on the status line too.
    assert!(h.message().contains("Esc and 3: the facilitator decides"));
    let screen = h.render(120, 40);
    assert!(screen.contains("(d drops the run-off)"), "{screen}");
    assert!(h.saved().ranking.tie_breaks[0].order.is_empty());
    // Esc goes back to the three ways; the run-off waits, recorded.
    h.keys("<Esc>");
    assert!(
        h.render(80, 24)
            .contains("under way: run-off vote (2 dots) so far")
    );
    h.keys("1d");
    assert!(
        h.render(80, 24)
            .contains("Drop this run-off and its 2 dots?")
    );
    h.keys("y");
    assert!(h.saved().ranking.tie_breaks.is_empty());
    h.keys("u");
    assert_eq!(h.saved().ranking.tie_breaks.len(), 1);
}

#[test]
fn a_tie_is_broken_by_the_head_to_head_result() {
    let mut s = tied();
    // The room once decided the pair in pairwise ranking: the cattle theft.
    s.ranking.pairs.push(baraza::model::PairDecision {
        pair: (ProblemId(3), ProblemId(4)),
        winner: Some(ProblemId(3)),
        group: None,
        reason: "livelihoods".into(),
        at: moment(),
    });
    let mut h = Harness::open(&s);
    h.keys("b");
    let screen = h.render(120, 40);
    assert!(
        screen.contains(
            "Head-to-head pairwise result  — gives «سرقة الماشية في الليل», then «Boda-boda"
        ),
        "{screen}"
    );
    h.keys("<Down><Enter>");
    let t = &h.saved().ranking.tie_breaks[0];
    assert_eq!(
        (t.how.clone(), t.order.clone()),
        (TieBreakHow::HeadToHead, ids(&[3, 4]))
    );
    assert!(
        h.render(80, 24)
            .contains("† tie at rank 3 broken by head-to-head pairwise result")
    );
    h.keys("u");
    assert!(h.saved().ranking.tie_breaks.is_empty());
    // Without the pair there is no head-to-head result, and it says why.
    let mut h = Harness::open(&tied());
    h.keys("b2");
    assert_eq!(
        h.message(),
        "no head-to-head result: 1 pair among them undecided in pairwise ranking"
    );
    assert!(h.saved().ranking.tie_breaks.is_empty());
}

#[test]
fn a_tie_is_broken_by_a_decision_with_a_reason() {
    let mut h = Harness::open(&tied());
    h.keys("b3");
    let screen = h.render(80, 24);
    assert!(screen.contains("Decide the tie at rank 3"), "{screen}");
    // The same problem twice is refused, and so is no reason.
    h.keys("<Right><Enter>");
    assert!(
        h.render(80, 24)
            .contains("is placed twice: each problem once")
    );
    h.keys("<Left><Enter>");
    assert!(h.render(80, 24).contains("Reason: the room hears why"));
    h.type_text("the chief's office can act on it now")
        .keys("<Enter>");
    let t = &h.saved().ranking.tie_breaks[0];
    assert_eq!(t.order, ids(&[3, 4]));
    assert_eq!(
        t.how,
        TieBreakHow::Decision {
            reason: "the chief's office can act on it now".into()
        }
    );
    let screen = h.render(120, 40);
    assert!(
        screen.contains(
            "† tie at rank 3 broken by facilitator decision: the chief's office can act on it now"
        ),
        "{screen}"
    );
    h.keys("rs");
    assert_eq!(h.saved().ranking.shortlist, ids(&[1, 2, 3]));
}

#[test]
fn without_a_tie_b_says_there_is_none() {
    let mut h = Harness::open(&workshop(3, RankMethod::Dots));
    h.keys("b");
    assert_eq!(
        h.message(),
        "no tie to break: nothing recorded for dot voting yet"
    );
    let mut s = workshop(3, RankMethod::Dots);
    dots(&mut s, &[(1, 1, 3), (2, 1, 2), (3, 1, 1)]);
    let mut h = Harness::open(&s);
    h.keys("b");
    assert_eq!(h.message(), "no tie at the boundary of the top 3");
}

// ---------------------------------------------------------------------------
// Methods.

#[test]
fn switching_methods_keeps_every_input() {
    let mut h = Harness::open(&workshop(3, RankMethod::Dots));
    h.keys("+++");
    h.keys("M<Left> <Right>");
    h.keys("M55");
    let screen = h.render(120, 40);
    assert!(screen.contains("▶ Criteria: 2 scores"), "{screen}");
    assert!(screen.contains("Dot voting: 3 dots"), "{screen}");
    assert!(screen.contains("Pairwise: 2 pairs"), "{screen}");
    for method in [RankMethod::Dots, RankMethod::Pairwise, RankMethod::Criteria] {
        h.keys("M");
        let r = &h.saved().ranking;
        assert_eq!(r.method, method);
        assert_eq!((r.votes.len(), r.pairs.len(), r.scores.len()), (3, 2, 2));
    }
    h.keys("M");
    // The results follow the method; switching there stays in the results.
    h.keys("r");
    assert!(h.render(80, 24).contains("Results · Dot voting"));
    h.keys("M");
    assert!(h.render(80, 24).contains("Results · Pairwise"));
    // An undone switch shows the method before, with its keys.
    h.keys("r");
    h.keys("u");
    h.render(80, 24);
    assert_eq!(h.session().ranking.method, RankMethod::Dots);
    h.keys("+");
    assert_eq!(h.session().ranking.votes.len(), 4);
}

#[test]
fn read_only_shows_every_view_but_records_nothing() {
    let mut s = tied();
    s.ranking.method = RankMethod::Pairwise;
    let mut h = Harness::new();
    let path = h.store().create(&s).unwrap();
    h.app.start(Start::ReadOnly(path));
    h.keys("<Left>M=b");
    assert!(h.message().starts_with("read-only"), "{}", h.message());
    h.keys("g<Enter>m");
    assert!(h.render(80, 24).contains("Pairwise matrix · Women"));
    h.keys("r");
    assert!(h.render(80, 24).contains("Results · Pairwise · whole room"));
    assert_eq!(h.session(), &s);
}

#[test]
fn the_help_overlay_lists_every_views_keys() {
    let mut h = Harness::open(&workshop(3, RankMethod::Pairwise));
    // It opens at the pairwise keys; from the top, every view's follow.
    h.keys("?<Home>");
    let mut text = String::new();
    for _ in 0..30 {
        text.push_str(&h.render(120, 40));
        h.app
            .handle_event(&ratatui::crossterm::event::Event::Key(KeyEvent::new(
                KeyCode::PageDown,
                KeyModifiers::NONE,
            )));
    }
    for title in [
        "Rank: dot voting",
        "Rank: pairwise",
        "Rank: writing why",
        "Rank: pairwise matrix",
        "Rank: criteria scoring",
        "Rank: results",
        "Rank: breaking a tie",
        "Rank: run-off vote",
    ] {
        assert!(text.contains(title), "{title}");
    }
}

// ---------------------------------------------------------------------------
// Snapshots.

fn snapshot(name: &str, h: &mut Harness) {
    insta::assert_snapshot!(format!("{name}_80x24"), h.render(80, 24));
    insta::assert_snapshot!(format!("{name}_120x40"), h.render(120, 40));
}

/// Five problems; the Women's round finished, the Men's half done, one
/// reason given; the room on the Men's fifth pair.
fn pairwise_busy() -> Session {
    let mut s = workshop(5, RankMethod::Pairwise);
    let pairs = pair_order(&pair_candidates(&s));
    for (k, (a, b)) in pairs.iter().enumerate() {
        for (g, judge) in [(1u32, women as fn(u32, u32) -> Option<u32>), (2, men)] {
            if g == 2 && k >= 5 {
                continue;
            }
            s.ranking.pairs.push(baraza::model::PairDecision {
                pair: baraza::model::ordered((*a, *b)),
                winner: judge(a.0, b.0).map(ProblemId),
                group: Some(GroupId(g)),
                reason: if k == 4 && g == 2 {
                    "boda riders are our sons".into()
                } else {
                    String::new()
                },
                at: moment(),
            });
        }
    }
    s
}

#[test]
fn snapshots_of_the_pair_view() {
    let mut h = Harness::open(&pairwise_busy());
    // The Men's fifth pair: decided, with its reason.
    h.keys("g2[[[[[[");
    snapshot("pair_view", &mut h);
}

#[test]
fn snapshots_of_the_matrix() {
    let mut h = Harness::open(&pairwise_busy());
    h.keys("g<Enter>m");
    snapshot("pair_matrix", &mut h);
}

#[test]
fn snapshots_of_the_scoring_grid() {
    let mut s = workshop(4, RankMethod::Criteria);
    s.ranking.criteria[1].weight = 2;
    for (p, values) in [(1, [3, 4, 5, 2]), (2, [1, 1, 1, 1]), (3, [5, 5, 3, 3])] {
        for (c, v) in values.into_iter().enumerate() {
            s.ranking.scores.push(baraza::model::Score {
                problem: ProblemId(p),
                criterion: CriterionId(c as u32 + 1),
                group: None,
                value: v,
                at: moment(),
            });
        }
    }
    let mut h = Harness::open(&s);
    h.keys("<Down><Down><Down><Right>");
    snapshot("scoring_grid", &mut h);
}

#[test]
fn snapshots_of_the_results_with_each_groups_ranks() {
    let mut s = pairwise_busy();
    let extra = pair_order(&pair_candidates(&s));
    for (a, b) in &extra[5..] {
        s.ranking.pairs.push(baraza::model::PairDecision {
            pair: baraza::model::ordered((*a, *b)),
            winner: men(a.0, b.0).map(ProblemId),
            group: Some(GroupId(2)),
            reason: String::new(),
            at: moment(),
        });
    }
    s.ranking.shortlist = ids(&[1]);
    s.ranking.pair_scope = PairScope::All;
    let mut h = Harness::open(&s);
    h.keys("r");
    snapshot("results_by_group", &mut h);
}

#[test]
fn snapshots_of_the_tie_break_chooser_and_runoff() {
    let mut h = Harness::open(&tied());
    h.keys("b");
    snapshot("tie_break_chooser", &mut h);
    h.keys("1++g<Enter>+");
    insta::assert_snapshot!("tie_break_runoff_80x24", h.render(80, 24));
}

// ---------------------------------------------------------------------------
// Every size.

/// Widths 1..=300 and heights 1..=100 (see `common::sizes`), plus the edges, for every
/// view of the panel (and its forms), drawn straight into buffers.
#[test]
fn every_view_draws_at_every_size_without_panicking() {
    let edges = || {
        let widths = [1, 2, 11, 12, 49, 50, 63, 64, 80, 120, 200, 300];
        let heights = [1, 2, 3, 5, 6, 9, 13, 16, 19, 20, 24, 40, 100];
        widths
            .into_iter()
            .flat_map(move |w| heights.into_iter().map(move |h| (w, h)))
    };
    let sizes: Vec<(u16, u16)> = crate::common::sizes(13, 7)
        .into_iter()
        .chain(edges())
        .collect();
    let theme = Theme::dark();
    let draw_all = |panel: &mut RankPanel, s: &Session| {
        let ctx = Ctx {
            session: s,
            now: moment(),
            today: moment().date_naive(),
            read_only: false,
            lang: baraza::i18n::Lang::En,
        };
        for &(w, ht) in &sizes {
            let area = Rect::new(0, 0, w, ht);
            let mut buf = Buffer::empty(area);
            panel.draw(area, &mut buf, &ctx, &theme);
        }
    };
    let act = |panel: &mut RankPanel, s: &Session, actions: &[Action]| {
        let ctx = Ctx {
            session: s,
            now: moment(),
            today: moment().date_naive(),
            read_only: false,
            lang: baraza::i18n::Lang::En,
        };
        for a in actions {
            panel.handle_action(*a, &ctx);
        }
    };
    let key = |panel: &mut RankPanel, s: &Session, code: KeyCode| {
        let ctx = Ctx {
            session: s,
            now: moment(),
            today: moment().date_naive(),
            read_only: false,
            lang: baraza::i18n::Lang::En,
        };
        panel.handle_key(&KeyEvent::new(code, KeyModifiers::NONE), &ctx);
    };

    // Pairwise: the pair, the reason being typed, the matrix (12 problems,
    // so it scrolls both ways).
    let s = pairwise_busy();
    let mut panel = RankPanel::default();
    act(&mut panel, &s, &[Action::NextGroup, Action::NextGroup]);
    draw_all(&mut panel, &s);
    act(&mut panel, &s, &[Action::Edit]);
    key(&mut panel, &s, KeyCode::Char('w'));
    draw_all(&mut panel, &s);
    key(&mut panel, &s, KeyCode::Esc);
    act(&mut panel, &s, &[Action::ShowMatrix]);
    draw_all(&mut panel, &s);
    let mut many = pairwise_busy();
    for i in 6..=14 {
        many.problems.push(Problem {
            id: ProblemId(i),
            title: format!("Problem number {i} with a long title that wraps"),
            ..Problem::default()
        });
    }
    many.ranking.pair_scope = PairScope::All;
    act(&mut panel, &many, &[Action::CellRight; 20]);
    act(&mut panel, &many, &[Action::Down; 20]);
    draw_all(&mut panel, &many);
    act(&mut panel, &s, &[Action::ShowResults]);
    draw_all(&mut panel, &s);

    // Criteria: the grid and the criterion form.
    let mut c = workshop(6, RankMethod::Criteria);
    c.ranking.scores.push(baraza::model::Score {
        problem: ProblemId(1),
        criterion: CriterionId(1),
        group: Some(GroupId(1)),
        value: 4,
        at: moment(),
    });
    let mut panel = RankPanel::default();
    draw_all(&mut panel, &c);
    act(&mut panel, &c, &[Action::Add]);
    draw_all(&mut panel, &c);

    // Ties: the chooser, the run-off, the decision form; dots and results.
    let t = tied();
    let mut panel = RankPanel::default();
    draw_all(&mut panel, &t);
    act(&mut panel, &t, &[Action::BreakTie]);
    draw_all(&mut panel, &t);
    act(&mut panel, &t, &[Action::Choose(0)]);
    draw_all(&mut panel, &t);
    act(&mut panel, &t, &[Action::Cancel, Action::Choose(2)]);
    draw_all(&mut panel, &t);
    key(&mut panel, &t, KeyCode::Esc);
    act(&mut panel, &t, &[Action::Cancel, Action::ShowResults]);
    draw_all(&mut panel, &t);

    // Nothing at all.
    let empty = common::session_with_groups("Empty");
    for method in RankMethod::ALL {
        let mut e = empty.clone();
        e.ranking.method = method;
        let mut panel = RankPanel::default();
        draw_all(&mut panel, &e);
        act(&mut panel, &e, &[Action::ShowResults]);
        draw_all(&mut panel, &e);
    }
}
