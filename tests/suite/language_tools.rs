//! The pseudo-language walk (see `language.rs`) over the score card, where-and-when and the
//! follow-up ledger: their panels, room views and report sections.
//! A test locale wraps every message in markers: no visible word may be
//! outside them but the session's own.
//!
//! The report sections are walked with the rest of the reports in
//! `language.rs`. Here: each of the three facilitator's views at 80×24 and
//! 120×40 in every state a walk reaches (filled, empty, each form, question
//! and refusal, the status messages), their room views at 48×14 and 80×24,
//! their snapshots in Kiswahili and Arabic, and the long languages at 64×20.
//! Not walked: the read-only empty messages (a session opened read-only
//! shows them; the Harness opens for editing).

use baraza::i18n::Lang;
use baraza::model::Session;
use baraza::model::room::{Cue, Focus, PanelView, RankScreen};
use baraza::model::where_when::{Clock, TimeBand};
use baraza::model::{Stage, ledger::Escalation};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use crate::common::{Harness, day, moment, session_with_groups};
use crate::language::{KIBERA, assert_marked, assert_marked_keys, draw, example, text};
use baraza::tui::Start;

/// The screen at both sizes: every word from the catalogue (or the
/// session, or a key's name), and the state reached: `expect` shows at
/// 120×40 (80 columns may wrap it).
fn check(h: &mut Harness, s: &Session, what: &str, expect: &str) {
    for (w, ht) in [(80, 24), (120, 40)] {
        let screen = h.render(w, ht);
        assert_marked_keys(&screen, s, &format!("{what} {w}×{ht}"));
        if w == 120 {
            assert!(screen.contains(expect), "{what}: no «{expect}»\n{screen}");
        }
    }
}

/// `h` in the test language.
fn pseudo(s: &Session) -> Harness {
    let mut h = Harness::open(s);
    h.app.set_lang(Lang::Pseudo);
    h
}

#[test]
fn pseudo_language_where_and_when_in_every_state() {
    let s = example(KIBERA);
    let mut h = pseudo(&s);
    h.keys("<F2>w");
    check(&mut h, &s, "grid", "⟦Where and when ·");
    check(&mut h, &s, "grid", "⟦Whole room (");
    h.keys("m");
    check(&mut h, &s, "months", "⟦showing ⟦months⟧⟧");
    h.keys("mg");
    check(&mut h, &s, "next group", "⟦Marking:");
    h.keys("a");
    check(&mut h, &s, "place form", "⟦Add a place⟧");
    h.keys("<Enter>");
    check(&mut h, &s, "no name", "⟦Place: a place needs a name⟧");
    h.type_text(&s.where_when.places[1].name).keys("<Enter>");
    check(&mut h, &s, "name taken", "⟦Place: there is a place «");
    h.keys("<Esc>");
    check(&mut h, &s, "discard?", "⟦Discard what was typed?");
    h.keys("y<Home>i");
    check(&mut h, &s, "rename form", "⟦Place «");
    h.keys("<Esc><Enter>");
    check(&mut h, &s, "mark form", "⟦Unsafe⟧");
    h.keys("<Esc>d");
    check(&mut h, &s, "delete question", "⟦Delete the place «");
    h.keys("n");

    // A place no group has marked: the cell in words, and clearing it.
    let mut unmarked = s.clone();
    let first = unmarked.where_when.places[0].id;
    unmarked.where_when.marks.retain(|m| m.place != first);
    let mut h = pseudo(&unmarked);
    h.keys("<F2>w<Home><Del>");
    check(&mut h, &unmarked, "not marked", "not marked yet⟧");
    check(&mut h, &unmarked, "nothing to clear", "has not marked «");
    let band = h.render(120, 40);
    assert!(band.contains("⟦in the morning⟧"), "{band}");

    // No places; no groups.
    let mut empty = s.clone();
    empty.where_when = Default::default();
    let mut h = pseudo(&empty);
    h.keys("<F2>w");
    check(&mut h, &empty, "no places", "⟦No places yet — a adds one");
    h.keys("<Enter>");
    check(
        &mut h,
        &empty,
        "a key with no places",
        "(the market road, the borehole)⟧",
    );
    let alone = Session::new(
        "alone".into(),
        "No groups".into(),
        day(2026, 11, 27),
        moment(),
    );
    let mut h = pseudo(&alone);
    h.keys("<F2>wa").type_text("Market road").keys("<Enter>g");
    let alone = h.session().clone();
    check(&mut h, &alone, "no groups", "⟦No groups yet");
    check(&mut h, &alone, "no group", "— no group⟧");
}

#[test]
fn pseudo_language_the_score_card_in_every_state() {
    let s = example(KIBERA);
    let mut h = pseudo(&s);
    h.keys("<F3>S<Home>");
    check(&mut h, &s, "card", "⟦Score card ·");
    check(&mut h, &s, "card's count", "scored⟧");
    check(&mut h, &s, "legend", "⟦◆ biggest gaps");
    check(&mut h, &s, "table", "⟦Mean⟧");
    h.keys("6<Down>");
    check(
        &mut h,
        &s,
        "moved",
        "not recorded: the cursor moved before Enter⟧",
    );
    h.keys("1234");
    check(&mut h, &s, "a digit too many", "⟦a score has at most");
    h.keys("<Esc>");
    check(&mut h, &s, "digits cleared", "⟦digits cleared⟧");
    h.keys("999<Enter>");
    check(&mut h, &s, "out of scale", "not recorded: a score is from");
    h.keys("e");
    check(&mut h, &s, "score form", "⟦Reason⟧");
    h.keys("<Esc>a");
    check(&mut h, &s, "indicator form", "⟦Add an indicator⟧");
    h.keys("<Enter>");
    check(
        &mut h,
        &s,
        "no name",
        "⟦Indicator: an indicator needs a name⟧",
    );
    h.type_text(&s.score_card.indicators[1].name)
        .keys("<Enter>");
    check(
        &mut h,
        &s,
        "name taken",
        "⟦Indicator: there is an indicator «",
    );
    h.keys("<Esc>y<Home>i");
    check(&mut h, &s, "reword form", "⟦Indicator «");
    h.keys("<Esc>o");
    check(&mut h, &s, "settings", "⟦The score card⟧");
    h.keys("<Tab><Right><Enter>");
    check(
        &mut h,
        &s,
        "scale locked",
        "⟦Scale: it is chosen before the first score",
    );
    h.keys("<Esc>y<Home>d");
    check(&mut h, &s, "delete question", "⟦Delete the indicator «");
    h.keys("nP");
    check(&mut h, &s, "action on a gap", "⟦Action on the gap «");
    check(&mut h, &s, "its baseline", "⟦community's score on «");
    h.keys("<Esc>");

    // A card with no scores: the cell unscored, nothing to clear.
    let mut unscored = s.clone();
    unscored.score_card.scores.clear();
    let mut h = pseudo(&unscored);
    h.keys("<F3>S<Home><Del>");
    check(&mut h, &unscored, "unscored", "not scored yet⟧");
    check(&mut h, &unscored, "nothing to clear", "to clear⟧");

    // No indicators, then the starter set twice; no problems to plan for.
    let mut empty = s.clone();
    empty.score_card = Default::default();
    for a in &mut empty.actions {
        a.card_indicator = None;
    }
    let mut h = pseudo(&empty);
    h.keys("<F3>S");
    check(
        &mut h,
        &empty,
        "no indicators",
        "⟦No indicators yet — I adds the starter set",
    );
    h.keys("e");
    check(
        &mut h,
        &empty,
        "a key with no indicators",
        "a one of the room's own⟧",
    );
    h.keys("II");
    check(
        &mut h,
        &empty,
        "starter set twice",
        "⟦the card has every indicator",
    );
    let no_problems = session_with_groups("No problems");
    let mut h = pseudo(&no_problems);
    h.keys("<F3>SIP");
    check(
        &mut h,
        &no_problems,
        "no problem",
        "⟦An action belongs to a problem",
    );
}

#[test]
fn pseudo_language_the_follow_up_ledger_in_every_state() {
    let s = example(KIBERA);
    let mut h = pseudo(&s);
    h.keys("<F5>f");
    check(&mut h, &s, "ledger", "⟦Follow-up of escalations ·");
    check(&mut h, &s, "its headings", "⟦Raised with⟧");
    h.keys("n");
    check(&mut h, &s, "reply form", "⟦What came back from");
    h.keys("<S-Tab><End><BS><BS><BS><BS><BS><BS><BS><BS><BS><BS>")
        .type_text("2099-01-01")
        .keys("<Enter>");
    check(
        &mut h,
        &s,
        "a day to come",
        "the ledger records what happened⟧",
    );
    h.keys("<End><BS><BS><BS><BS><BS><BS><BS><BS><BS><BS>")
        .type_text("2000-01-01")
        .keys("<Enter>");
    check(
        &mut h,
        &s,
        "before raised",
        "is before the problem was raised",
    );
    h.keys("<Esc>y<Enter>");
    check(&mut h, &s, "escalation form", "⟦Escalation of «");
    h.keys("<Esc>a");
    check(
        &mut h,
        &s,
        "new escalation",
        "⟦Raised beyond the community⟧",
    );
    h.keys("<Enter>");
    check(
        &mut h,
        &s,
        "to nobody",
        "⟦To whom: say to whom the problem went⟧",
    );
    h.keys("<Esc>d");
    check(&mut h, &s, "delete question", "⟦Delete the escalation of «");
    h.keys("n");

    // Nothing escalated; no problems to escalate.
    let mut empty = s.clone();
    empty.escalations.clear();
    let mut h = pseudo(&empty);
    h.keys("<F5>f");
    check(
        &mut h,
        &empty,
        "nothing escalated",
        "⟦Nothing escalated yet",
    );
    let nothing = session_with_groups("No problems");
    let mut h = pseudo(&nothing);
    h.keys("<F5>fa");
    check(
        &mut h,
        &nothing,
        "no problems",
        "⟦No problems yet — name them",
    );

    // The next cycle opens saying what is still awaited.
    let mut carried = s.clone();
    for e in &mut carried.escalations {
        e.inherited_from = Some("cycle-1".into());
    }
    // (The status line speaks as the session opens: the language first.)
    let mut h = Harness::new();
    h.app.set_lang(Lang::Pseudo);
    let path = h.store().create(&carried).unwrap();
    h.app.start(Start::Open(path));
    check(
        &mut h,
        &carried,
        "still awaited",
        "⟦Still awaited from the last cycle",
    );
}

/// The room views of the three, with a name: filled (with the cursor on a
/// cell, an indicator, an escalation) and empty.
fn room_views(s: &Session) -> Vec<(String, Session, Cue)> {
    let cue = |panel, focus| Cue {
        panel,
        focus,
        ..Cue::default()
    };
    let ww = |band: TimeBand| Focus {
        view: PanelView::WhereWhen,
        group: s.groups.first().map(|g| g.id),
        place: s.where_when.places.first().map(|p| p.id),
        band: Some(band),
        ..Focus::default()
    };
    let card = Focus {
        rank: RankScreen::ScoreCard,
        indicator: s.score_card.indicators.first().map(|i| i.id),
        ..Focus::default()
    };
    let ledger = Focus {
        view: PanelView::Ledger,
        escalation: s.escalations.first().map(|e: &Escalation| e.id),
        ..Focus::default()
    };
    let mut empty = s.clone();
    empty.where_when = Default::default();
    empty.score_card = Default::default();
    empty.escalations.clear();
    for a in &mut empty.actions {
        a.card_indicator = None;
    }
    let mut out = vec![
        (
            "where when".to_string(),
            s.clone(),
            cue(Stage::Identify, ww(TimeBand::Night)),
        ),
        (
            "where when months".into(),
            s.clone(),
            cue(Stage::Identify, ww(Clock::Season.bands()[7])),
        ),
        (
            "score card".into(),
            s.clone(),
            cue(Stage::Rank, card.clone()),
        ),
        (
            "ledger".into(),
            s.clone(),
            cue(Stage::Monitor, ledger.clone()),
        ),
    ];
    out.push((
        "where when empty".into(),
        empty.clone(),
        cue(Stage::Identify, ww(TimeBand::Night)),
    ));
    out.push((
        "score card empty".into(),
        empty.clone(),
        cue(Stage::Rank, card),
    ));
    out.push(("ledger empty".into(), empty, cue(Stage::Monitor, ledger)));
    out
}

#[test]
fn pseudo_language_their_room_views() {
    let s = example(KIBERA);
    let expect = [
        "⟦Where and when insecurity happens ·",
        "⟦in Aug⟧",
        "⟦Score card: the community and",
        "⟦Following up what was raised:",
        "⟦No places named yet.⟧",
        "⟦No indicators agreed yet.⟧",
        "⟦Nothing raised beyond the community yet.⟧",
    ];
    for ((name, session, cue), expect) in room_views(&s).into_iter().zip(expect) {
        for (w, h) in [(48, 14), (80, 24)] {
            let screen = text(&draw(&session, &cue, w, h, Lang::Pseudo));
            assert_marked(&screen, &session, &format!("room {name} {w}×{h}"));
            if w == 80 {
                assert!(
                    screen.contains(expect),
                    "room {name}: no «{expect}»\n{screen}"
                );
            }
        }
    }
    // The wall's lines: the cell in words, the big digits' labels, the
    // standings counted.
    let views = room_views(&s);
    let wall = |i: usize, w, h| text(&draw(&views[i].1, &views[i].2, w, h, Lang::Pseudo));
    assert!(
        wall(0, 80, 24).contains("⟦at night⟧"),
        "{}",
        wall(0, 80, 24)
    );
    let band = wall(2, 120, 40);
    assert!(band.contains("⟦community (4 groups)⟧"), "{band}");
    assert!(
        wall(3, 120, 40).contains("⟦await a reply⟧"),
        "{}",
        wall(3, 120, 40)
    );
}

#[test]
fn long_languages_are_never_cut_on_their_room_views() {
    // No label cut short (…) in French and Russian, from 64×20 up; in the
    // 40% longer test language, every message whole (its closing marker
    // there) but the grids' column headings, cells a few wide that cannot
    // hold the markers too (in French and Russian they are whole).
    let s = example(KIBERA);
    for (name, session, cue) in room_views(&s) {
        for (w, h) in [(64, 20), (80, 24), (120, 40)] {
            let screen = text(&draw(&session, &cue, w, h, Lang::PseudoLong));
            let prose: String = screen
                .lines()
                .filter(|l| !l.contains('│') && !l.contains("⟦Place") && !l.contains("⟦Whole"))
                .collect();
            assert_eq!(
                prose.matches('⟦').count(),
                prose.matches('⟧').count(),
                "{name} {w}×{h}: a message cut\n{screen}"
            );
            for lang in [Lang::Fr, Lang::Ru] {
                let screen = text(&draw(&session, &cue, w, h, lang));
                // A mark the seasonal map's four-cell columns cut ("▓…"),
                // in English too, is a number, not a label: left aside.
                let labels = ["▓…", "▒…", "░…", "·…"]
                    .iter()
                    .fold(screen.clone(), |t, cut| t.replace(cut, ""));
                assert!(
                    !labels.contains('…'),
                    "{lang} {name} {w}×{h}: cut\n{screen}"
                );
            }
        }
    }
}

#[test]
fn the_card_header_keeps_its_scale_at_64_columns() {
    // Where the title and the count do not both fit, the count gives way,
    // and a long provider's name is cut before the scale is.
    let mut s = example(KIBERA);
    s.score_card.provider = "Kibera police post and the chief's office, Olympic estate".into();
    for lang in [Lang::En, Lang::Fr, Lang::Ru] {
        let mut h = Harness::open(&s);
        h.app.set_lang(lang);
        h.keys("<F3>S");
        let screen = h.render(64, 20);
        assert!(screen.contains("· 0–100"), "{lang}\n{screen}");
    }
}

#[test]
fn their_snapshots_in_kiswahili_and_arabic() {
    let s = example(KIBERA);
    for lang in [Lang::Sw, Lang::Ar] {
        let code = lang.code();
        let mut h = crate::language::reordered(&s, lang);
        for (name, keys) in [
            ("where_when", "<F2>w"),
            ("where_when_mark", "<Enter>"),
            ("score_card", "<Esc><F3>S<Home>"),
            ("score_card_form", "e"),
            ("ledger", "<Esc><F5>f"),
            ("ledger_reply", "n"),
        ] {
            h.keys(keys);
            for (w, ht) in [(80, 24), (120, 40)] {
                insta::assert_snapshot!(format!("{name}_{code}_{w}x{ht}"), h.render(w, ht));
            }
        }
        for (name, session, cue) in room_views(&s).into_iter().take(4) {
            for (w, ht) in [(80, 24), (120, 40)] {
                let (mut buf, fields) =
                    baraza::tui::bidi::fields::record(|| draw(&session, &cue, w, ht, lang));
                if lang.is_rtl() {
                    let area = Rect::new(0, 0, w, ht);
                    baraza::tui::bidi::reorder(&mut buf, area, true, &fields);
                }
                let name = name.replace(' ', "_");
                insta::assert_snapshot!(format!("room_{name}_{code}_{w}x{ht}"), text(&buf));
            }
        }
    }
}

#[test]
fn the_where_and_when_legend_in_arabic_keeps_each_shade_beside_its_number() {
    // Right to left on: each item of the legend (a shade, its number, its
    // word) reads as one, the shade at its right end, just right of its
    // own number; no number moves over to the next item's shade.
    let mut h = crate::language::reordered(&example(KIBERA), Lang::Ar);
    h.keys("<F2>w");
    for (w, ht) in [(80, 24), (120, 40)] {
        let screen = h.render(w, ht);
        let legend = screen
            .lines()
            .find(|l| l.contains('░') && l.contains('·') && !l.contains("░ 1 "))
            .unwrap_or_else(|| panic!("no legend\n{screen}"));
        for (shade, number) in [('▓', '3'), ('▒', '2'), ('░', '1')] {
            assert!(
                legend.contains(&format!("{number} {shade}")),
                "{shade} beside {number}: {legend}"
            );
        }
        // The items keep their places, left to right, as the layout does.
        let at = |c: char| legend.find(c).unwrap();
        assert!(at('▓') < at('▒') && at('▒') < at('░'), "{legend}");
    }
}

#[test]
fn the_arabic_where_and_when_wall_keeps_each_heading_over_its_column() {
    // The room's grid headings (times of day, months) are columns one or two
    // spaces apart in one style: each is a field, so right to left each
    // word reads in its own cells and no two swap. The blanks between them
    // stay where the layout put them.
    let s = example(KIBERA);
    for (name, session, cue) in room_views(&s).into_iter().take(2) {
        for (w, ht) in [(80, 24), (120, 40)] {
            let area = Rect::new(0, 0, w, ht);
            let (logical, fields) =
                baraza::tui::bidi::fields::record(|| draw(&session, &cue, w, ht, Lang::Ar));
            let mut shown = logical.clone();
            baraza::tui::bidi::reorder(&mut shown, area, true, &fields);
            let place = Lang::Ar.t("ww-map-place");
            let y = (0..ht)
                .find(|&y| text_row(&logical, y).contains(place))
                .unwrap_or_else(|| panic!("{name}: no heading\n{}", text(&logical)));
            let blanks = |buf: &Buffer| -> Vec<bool> {
                (0..w).map(|x| buf[(x, y)].symbol() == " ").collect()
            };
            assert_eq!(
                blanks(&shown),
                blanks(&logical),
                "{name} {w}x{ht}: {}",
                text_row(&shown, y)
            );
            // The legend, one line of the room's words, is one field: read
            // from the right, each shade just right of its own number.
            let y = (0..ht)
                .find(|&y| text_row(&logical, y).contains("· ▒ 2 "))
                .unwrap_or_else(|| {
                    panic!(
                        "{name}: no legend
{}",
                        text(&logical)
                    )
                });
            let legend = text_row(&shown, y);
            for item in ["3 ▓", "2 ▒", "1 ░"] {
                assert!(legend.contains(item), "{name} {w}x{ht}: {legend}");
            }
        }
    }
}

/// Row `y` of `buf` as text.
fn text_row(buf: &Buffer, y: u16) -> String {
    (0..buf.area.width).map(|x| buf[(x, y)].symbol()).collect()
}

#[test]
fn an_arabic_form_keeps_its_focus_marker_and_a_choices_arrows_in_place() {
    // Right to left on, where-and-when's mark form: the focused field's ▸
    // stays in the first cell inside the border (its label, as wide as its
    // column, took it to its far end), and a choice keeps ◂ on the left and
    // ▸ on the right, pointing outwards as ← and → do, its value between.
    let mut h = crate::language::reordered(&example(KIBERA), Lang::Ar);
    h.keys("<F2>w<Enter>");
    for (w, ht) in [(80, 24), (120, 40)] {
        let screen = h.render(w, ht);
        let row = screen
            .lines()
            .find(|l| l.contains('◂'))
            .unwrap_or_else(|| panic!("no choice\n{screen}"));
        assert!(row.contains("┃▸"), "{row}");
        // The choice's own ▸ is the last on the row.
        assert!(row.rfind('◂') < row.rfind('▸'), "{row}");
        assert!(row.find('◂') > row.find("┃▸"), "{row}");
    }
}
