//! The pseudo-language walk (see `language.rs`) over Rank: dot voting, pairwise, criteria, results,
//! tie-break and the method strip.
//! A test locale wraps every message in markers: no visible word may be
//! outside them but the session's own.
//!
//! Each step asserts a message that only the state it means to reach shows
//! (so the walk cannot pass by staying where it was), then that nothing on
//! the whole facilitator's screen, at 80×24 and 120×40, is outside the
//! markers. The snapshots below are Rank in Kiswahili and Arabic.

use baraza::i18n::Lang;
use baraza::model::*;

use crate::common::{Harness, moment};
use crate::language::{
    KEY_NAMES, KIBERA, assert_no_stray, example, inside_box, session_words, words,
};

/// Both sizes of the walk.
const SIZES: [(u16, u16); 2] = [(80, 24), (120, 40)];

/// No word of `screen` outside the markers but the session's own (as it is
/// now: what the walk typed is its own too), key names, and the words of
/// the status line when it holds the core's wording of the change just made
/// ("the room: «…» scored 4 on Frequency"): the audit log's words, not
/// converted yet (see `language.rs`).
fn assert_marked_keys(h: &Harness, screen: &str, what: &str) {
    let core: Vec<String> = h
        .app
        .workshop()
        .and_then(|w| w.message())
        .filter(|m| !m.starts_with('⟦'))
        .map(words)
        .unwrap_or_default();
    let mut allowed: Vec<&str> = KEY_NAMES.to_vec();
    allowed.extend(core.iter().map(String::as_str));
    assert_no_stray(screen, &session_words(h.session()), &allowed, what);
}

/// Shows `what` at both sizes: `needle` on one of them (a long line is
/// whole at 120 columns), and no word outside the markers on either.
fn step(h: &mut Harness, what: &str, needle: &str) {
    let screens = SIZES.map(|(w, hgt)| h.render(w, hgt));
    assert!(
        screens.iter().any(|s| s.contains(needle)),
        "{what}: {needle:?} not shown\n{}\n{}",
        screens[0],
        screens[1]
    );
    for (screen, (w, hgt)) in screens.iter().zip(SIZES) {
        assert_marked_keys(h, screen, &format!("{what} at {w}×{hgt}"));
    }
}

/// Like [`step`], for a question or form in a box: only what is inside it
/// (the panel under it is cut by the box, and walked on its own).
fn boxed(h: &mut Harness, what: &str, needle: &str) {
    for (w, hgt) in SIZES {
        let screen = h.render(w, hgt);
        assert!(
            screen.contains(needle),
            "{what}: {needle:?} not shown\n{screen}"
        );
        assert_marked_keys(h, &inside_box(&screen), &format!("{what} at {w}×{hgt}"));
    }
}

fn pseudo(s: &Session) -> Harness {
    let mut h = Harness::open(s);
    h.app.set_lang(Lang::Pseudo);
    h.keys("<F3>");
    h
}

/// The example with a tie at the top 1: two problems with one dot each.
pub(crate) fn tied() -> Session {
    let mut tie = example(KIBERA);
    tie.ranking.votes.clear();
    tie.ranking.tie_breaks.clear();
    tie.ranking.shortlist_size = 1;
    let g = tie.groups[0].id;
    let (a, b) = (tie.problems[0].id, tie.problems[1].id);
    for p in [a, b] {
        tie.ranking.votes.push(Vote {
            group: g,
            problem: p,
            at: moment(),
        });
    }
    tie.ranking.shortlist = vec![a];
    tie
}

#[test]
fn pseudo_language_dot_voting() {
    let s = example(KIBERA);
    let mut h = pseudo(&s);
    step(
        &mut h,
        "the dot board",
        "⟦Ranking: whole room, all groups · ⟦",
    );
    step(
        &mut h,
        "the method strip",
        Lang::Pseudo.t("rank-strip-lead-key"),
    );
    // A tally being typed, then a refused sixth digit.
    h.keys("14");
    step(&mut h, "a tally typed", "⟦typing 14▏ Enter sets⟧");
    h.keys("5678");
    step(&mut h, "too many digits", "⟦at most 5 digits⟧");
    h.keys("<Esc>");
    step(
        &mut h,
        "digits cleared",
        Lang::Pseudo.t("rank-dots-cleared"),
    );
    h.keys("<Enter>");
    step(
        &mut h,
        "nothing typed",
        Lang::Pseudo.t("rank-dots-type-first"),
    );
    h.keys("3<Down>");
    step(&mut h, "the cursor left a tally", "⟦3 not recorded");
    // Over the group's budget: asked, then refused.
    h.keys("999<Enter>");
    boxed(
        &mut h,
        "the over-budget question",
        "over budget. Record it anyway?⟧",
    );
    h.keys("n");
    step(
        &mut h,
        "not recorded",
        Lang::Pseudo.t("rank-dots-not-recorded"),
    );
    // The walk through a group's tally.
    h.keys("c");
    step(&mut h, "a tally walked", "⟦Tally of ");
    h.keys("<Esc>");
    step(&mut h, "the tally ended", "⟦tally done: ");
    // The picker, the group alone, the order, blind voting.
    h.keys("g");
    boxed(
        &mut h,
        "the voter picker",
        Lang::Pseudo.t("rank-pick-voter"),
    );
    h.keys("2");
    step(&mut h, "a voter picked", "⟦Voting: ");
    h.keys("v");
    step(&mut h, "one group alone", " only · ⟦");
    h.keys("v-");
    h.keys("o");
    step(
        &mut h,
        "in the order named",
        Lang::Pseudo.t("rank-dots-named"),
    );
    h.keys("o+");
    step(&mut h, "rows held", Lang::Pseudo.t("rank-dots-rows-held"));
    h.keys("h");
    step(&mut h, "blind voting", Lang::Pseudo.t("flag-blind-vote"));
    h.keys("h");
    // The shortlist's keys.
    h.keys("]]]]]]]]]]]]");
    step(
        &mut h,
        "the longest shortlist",
        "⟦the shortlist cannot be longer",
    );
    h.keys("[[[[[[[[[[[[[[");
    step(
        &mut h,
        "the shortest shortlist",
        Lang::Pseudo.t("rank-shortlist-shortest"),
    );
    h.keys("s");
    // A shortlist of 1 cuts the tie at the top: s asks, Esc leaves it.
    h.keys("s");
    step(&mut h, "s on a tie", "⟦The top 1 cuts a tie: ");
    h.keys("<Esc>]]s");
    step(&mut h, "s", "⟦★ Shortlist: ");
    h.keys("b");
    step(&mut h, "b with no tie", "⟦no tie at the boundary");
}

#[test]
fn pseudo_language_pairwise_and_its_matrix() {
    let mut s = example(KIBERA);
    s.ranking.method = RankMethod::Pairwise;
    let mut h = pseudo(&s);
    step(&mut h, "the pair", Lang::Pseudo.t("rank-pair-question"));
    step(&mut h, "what it compares", "⟦Comparing the shortlist: ");
    step(
        &mut h,
        "no reason yet",
        Lang::Pseudo.t("rank-pair-no-reason-key"),
    );
    // A reason before the pick, then the pick.
    h.keys("<Enter>");
    h.type_text("water first");
    step(&mut h, "a reason typed", "⟦Why:⟧");
    h.keys("<Enter>");
    step(
        &mut h,
        "a reason noted",
        Lang::Pseudo.t("rank-pair-reason-noted"),
    );
    h.keys("<Left>");
    step(&mut h, "a pick", Lang::Pseudo.t("rank-pair-more"));
    h.keys("<Left>");
    step(&mut h, "the same pick", Lang::Pseudo.t("rank-pair-already"));
    h.keys("=");
    step(&mut h, "a tie", Lang::Pseudo.t("rank-pair-equal-short"));
    h.keys("<BS>");
    h.keys("<BS>");
    step(
        &mut h,
        "nothing to clear",
        Lang::Pseudo.t("rank-pair-nothing-to-clear"),
    );
    // Every pair decided, another decider, the other rounds.
    for _ in 0..3 {
        h.keys("<Right><Space>");
    }
    step(&mut h, "every pair decided", "⟦all 3 pairs decided");
    h.keys("g");
    boxed(
        &mut h,
        "the decider picker",
        Lang::Pseudo.t("rank-pick-decider"),
    );
    h.keys("1");
    step(&mut h, "a group deciding", "⟦Deciding: ");
    step(&mut h, "the other rounds", "⟦Others on this pair: ");
    // The matrix, by the room and by the group.
    h.keys("m");
    step(&mut h, "the matrix", "⟦Pairwise matrix · ");
    h.keys("g0");
    step(
        &mut h,
        "the room's matrix",
        "⟦Each cell: the number of the problem",
    );
    h.keys("<Enter>a");
    step(&mut h, "every problem", "⟦Comparing all problems: ");
    h.keys("a");
    // A shortlist of one.
    let mut one = s.clone();
    one.ranking.shortlist.truncate(1);
    let mut h = pseudo(&one);
    step(
        &mut h,
        "a shortlist of one",
        Lang::Pseudo.t("rank-pairs-one-shortlisted"),
    );
    h.keys("m");
    step(
        &mut h,
        "its matrix",
        Lang::Pseudo.t("rank-pairs-one-shortlisted"),
    );
}

#[test]
fn pseudo_language_criteria_and_its_form() {
    let mut s = example(KIBERA);
    s.ranking.method = RankMethod::Criteria;
    let mut h = pseudo(&s);
    step(&mut h, "the grid", "⟦Criteria scoring · ");
    step(
        &mut h,
        "its headings",
        Lang::Pseudo.t("rank-criteria-col-total"),
    );
    h.keys("4");
    step(&mut h, "a score", "⟦1 of 20 cells scored⟧");
    h.keys("<Left><BS>");
    step(&mut h, "a score cleared", "⟦0 of 20 cells scored⟧");
    h.keys("<BS>");
    step(
        &mut h,
        "nothing to clear",
        "⟦⟦whole room⟧ gave no score here",
    );
    h.keys("g1");
    step(&mut h, "a group scoring", "⟦Scoring: ");
    h.keys("3g0");
    step(
        &mut h,
        "the groups' mean",
        Lang::Pseudo.t("rank-criteria-mean-note"),
    );
    // The form: adding, refused, editing.
    h.keys("a");
    boxed(
        &mut h,
        "the new criterion",
        Lang::Pseudo.t("rank-criteria-form-add"),
    );
    h.keys("<Enter>");
    boxed(
        &mut h,
        "no name",
        Lang::Pseudo.t("rank-criteria-name-empty"),
    );
    h.type_text("severity");
    h.keys("<Enter>");
    boxed(&mut h, "a name taken", "⟦Name: «severity» is already");
    h.keys("<Esc>");
    if h.render(80, 24).contains(Lang::Pseudo.t("form-discard")) {
        h.keys("y");
    }
    h.keys("<Enter>");
    boxed(&mut h, "a criterion edited", "⟦Criterion «");
    h.keys("<Esc>");
    h.keys("d");
    boxed(&mut h, "the delete question", "⟦Delete the criterion «");
    h.keys("n");
    // A fifth and a sixth criterion.
    h.keys("a");
    h.type_text("Cost");
    h.keys("<Enter>a");
    h.type_text("Time");
    h.keys("<Enter>");
    step(&mut h, "many criteria", "⟦6 criteria: scoring takes longer");
    // No criteria at all.
    let mut none = s.clone();
    none.ranking.criteria.clear();
    let mut h = pseudo(&none);
    step(&mut h, "no criteria", "⟦No criteria yet — a adds one");
    h.keys("1");
    step(
        &mut h,
        "a score with no criteria",
        Lang::Pseudo.t("rank-criteria-none-key"),
    );
}

#[test]
fn pseudo_language_results() {
    let s = example(KIBERA);
    let mut h = pseudo(&s);
    h.keys("r");
    step(&mut h, "the results", "⟦Results · ");
    step(
        &mut h,
        "each group's ranks",
        Lang::Pseudo.t("rank-results-groups-ranks"),
    );
    h.keys("g");
    boxed(&mut h, "whose ranking", Lang::Pseudo.t("rank-pick-viewed"));
    h.keys("1");
    step(&mut h, "one group's ranking", "⟦Looking at: ");
    h.keys("g0");
    step(&mut h, "the room's again", "⟦Looking at: the whole room's");
    // By a method with nothing recorded, and with a round not finished.
    h.keys("M");
    step(&mut h, "no pair decided", "⟦No pair decisions recorded yet");
    let mut some = s.clone();
    some.ranking.method = RankMethod::Pairwise;
    let (a, b) = (some.ranking.shortlist[0], some.ranking.shortlist[1]);
    some.ranking.pairs.push(PairDecision {
        pair: (a, b),
        group: Some(some.groups[0].id),
        winner: Some(a),
        reason: String::new(),
        at: moment(),
    });
    let mut h = pseudo(&some);
    h.keys("r");
    step(
        &mut h,
        "the groups' rounds",
        Lang::Pseudo.t("rank-results-so-far-groups"),
    );
    h.keys("g2");
    step(
        &mut h,
        "a group that decided nothing",
        " recorded no pair decisions — g shows",
    );
}

#[test]
fn pseudo_language_every_step_of_a_tie_break() {
    let s = tied();
    let mut h = pseudo(&s);
    step(&mut h, "a cut tie", "⟦! Top 1: ");
    // s asks; Esc leaves it.
    h.keys("s");
    boxed(&mut h, "the boundary question", "⟦The top 1 cuts a tie: ");
    h.keys("<Esc>");
    step(
        &mut h,
        "left as it was",
        Lang::Pseudo.t("rank-shortlist-left"),
    );
    // The three ways.
    h.keys("b");
    step(&mut h, "the chooser", "⟦Break the tie at rank 1");
    step(
        &mut h,
        "the ways",
        Lang::Pseudo.t("rank-way-decision-detail"),
    );
    h.keys("2");
    step(&mut h, "no head-to-head", "⟦no head-to-head result: ");
    h.keys("3");
    boxed(&mut h, "the decision form", "⟦Decide the tie at rank 1⟧");
    h.keys("<Down><Right><Enter>");
    boxed(
        &mut h,
        "placed twice",
        "is placed twice: each problem once⟧",
    );
    h.keys("<Right><Down><Enter>");
    boxed(
        &mut h,
        "no reason",
        Lang::Pseudo.t("rank-decision-reason-empty"),
    );
    h.keys("<Esc>");
    if h.render(80, 24).contains(Lang::Pseudo.t("form-discard")) {
        h.keys("y");
    }
    // The run-off: empty, one dot, still tied, dropped, then confirmed.
    h.keys("1");
    step(&mut h, "the run-off", "⟦Run-off at rank 1 · ");
    step(
        &mut h,
        "no run-off dot",
        Lang::Pseudo.t("rank-runoff-empty"),
    );
    h.keys("<Enter>");
    step(
        &mut h,
        "Enter with no dot",
        Lang::Pseudo.t("rank-runoff-none-yet"),
    );
    h.keys("-");
    step(&mut h, "no dot to take back", "has no run-off dot on «");
    h.keys("+");
    step(&mut h, "one run-off dot", "⟦Enter confirms the order: ");
    h.keys("<Down>+");
    step(&mut h, "still tied", "⟦Still tied: ");
    h.keys("<Enter>");
    step(&mut h, "Enter still tied", "⟦Still tied: ");
    h.keys("g");
    boxed(
        &mut h,
        "the run-off's voter",
        Lang::Pseudo.t("rank-pick-runoff-voter"),
    );
    h.keys("1");
    step(&mut h, "a run-off voter", "⟦Run-off: ");
    h.keys("<Esc>");
    step(&mut h, "a run-off under way", "⟦under way: ");
    h.keys("3");
    boxed(
        &mut h,
        "deciding from the run-off",
        "⟦the run-off (2 dots) left ",
    );
    h.keys("<Esc>");
    if h.render(80, 24).contains(Lang::Pseudo.t("form-discard")) {
        h.keys("y");
    }
    h.keys("1d");
    boxed(&mut h, "the drop question", "⟦Drop this run-off and its ");
    h.keys("y");
    h.keys("b1+<Enter>");
    step(&mut h, "a broken tie", "⟦† tie at rank 1 broken by ");
    step(&mut h, "the footer", "⟦✓ Top 1: tie at rank 1 broken by ");
    h.keys("b");
    step(&mut h, "nothing to break", "⟦nothing to break: ");
}

#[test]
fn pseudo_language_rank_with_nothing_to_rank() {
    // A session with no groups and no problems: each method says what is
    // missing, and so do its keys.
    let s = Session::new(
        "empty".into(),
        "Empty".into(),
        moment().date_naive(),
        moment(),
    );
    let mut h = pseudo(&s);
    step(
        &mut h,
        "dots, nothing yet",
        Lang::Pseudo.t("rank-no-groups"),
    );
    h.keys("+");
    step(
        &mut h,
        "a dot, nothing yet",
        Lang::Pseudo.t("rank-no-groups"),
    );
    h.keys("M");
    step(
        &mut h,
        "pairwise, nothing yet",
        Lang::Pseudo.t("rank-no-problems"),
    );
    h.keys("g");
    step(
        &mut h,
        "no groups to pick",
        Lang::Pseudo.t("rank-no-groups-f1"),
    );
    h.keys("M");
    step(
        &mut h,
        "criteria, nothing yet",
        Lang::Pseudo.t("rank-no-problems"),
    );
    h.keys("r");
    step(
        &mut h,
        "results, nothing yet",
        Lang::Pseudo.t("rank-no-problems"),
    );
    // Groups and problems, no dot yet: s and b say what is missing.
    let mut none = example(KIBERA);
    none.ranking.votes.clear();
    let mut h = pseudo(&none);
    h.keys("s");
    step(&mut h, "s with no dot", "⟦no dots yet: ");
    h.keys("b");
    step(&mut h, "b with no dot", "⟦no tie to break: ");
}

#[test]
fn rank_snapshots_in_kiswahili_and_arabic() {
    // Every view of Rank, in Arabic as baraza shows it with right to left on.
    for lang in [Lang::Sw, Lang::Ar] {
        let code = lang.code();
        let open = |s: &Session| {
            let mut h = crate::language::reordered(s, lang);
            h.keys("<F3>");
            h
        };
        let both = |h: &mut Harness, name: &str| {
            for (w, hgt) in SIZES {
                insta::assert_snapshot!(format!("rank_{name}_{code}_{w}x{hgt}"), h.render(w, hgt));
            }
        };
        let s = example(KIBERA);
        let mut h = open(&s);
        both(&mut h, "dots");
        h.keys("r");
        both(&mut h, "results");
        let mut pairs = s.clone();
        pairs.ranking.method = RankMethod::Pairwise;
        let mut h = open(&pairs);
        h.keys("<Left>");
        both(&mut h, "pairwise");
        h.keys("m");
        both(&mut h, "matrix");
        let mut grid = s.clone();
        grid.ranking.method = RankMethod::Criteria;
        let mut h = open(&grid);
        h.keys("45");
        both(&mut h, "criteria");
        let mut h = open(&tied());
        h.keys("b");
        both(&mut h, "tie_break");
        h.keys("1+");
        both(&mut h, "runoff");
    }
}

#[test]
fn the_arabic_method_strip_reads_from_the_right_one_segment_at_a_time() {
    // Right to left on: the strip reads as it does left to right, from its
    // start: the lead (الترتيب حسب (M)) rightmost, then dot voting, pairwise
    // and criteria leftwards, each segment whole (its name, its count, the ▶
    // of the session's method at its start, the right end).
    let mut h = crate::language::reordered(&example(KIBERA), Lang::Ar);
    h.keys("<F3>");
    for (w, hgt) in SIZES {
        let screen = h.render(w, hgt);
        let strip = screen
            .lines()
            .find(|l| l.contains("(M)"))
            .unwrap_or_else(|| panic!("{screen}"));
        let at = |s: &str| strip.find(s).unwrap_or_else(|| panic!("{s} in {strip}"));
        // ﺖﻳﻮﺼﺘﻟﺍ (التصويت, dot voting), ﺝﺍﻭﺯﺄﻟﺍ (الأزواج, pairwise),
        // ﺮﻴﻳﺎﻌﻤﻟﺍ (المعايير, criteria), as shown (joined, last letter first).
        let (dots, pairs, criteria) = (at("ﺖﻳﻮﺼﺘﻟﺍ"), at("ﺝﺍﻭﺯﺄﻟﺍ"), at("ﺮﻴﻳﺎﻌﻤﻟﺍ"));
        assert!(at("(M)") > dots, "{strip}");
        assert!(dots > pairs && pairs > criteria, "{strip}");
        // The session's method (dots) with its ▶ just right of its name.
        assert!(strip.contains("ﺖﻳﻮﺼﺘﻟﺍ ▶"), "{strip}");
    }
}
