//! Issue 15 as a facilitator runs it, by real keys: a score card of six
//! indicators by four groups and the provider, with reasons, its gaps and
//! one gap turned into an action in Plan; a where-and-when grid of five
//! places by four times of day marked by three groups; an escalation with
//! two replies carried into the next cycle, which opens saying what is
//! still awaited. Each is drawn on the facilitator's screen and on the
//! room's (`p`) at 80×24 and 120×40, in the light and monochrome themes.
//!
//! The snapshots are text, which is the same in both themes: the test
//! checks that it is (the monochrome wall loses nothing but colour) and
//! stores it once per screen, window and size; what the themes add is
//! checked cell by cell (no colour at all in monochrome; in light, the heat
//! map's levels each in their own colour, its text readable on it).

use crate::common;

use baraza::model::ledger::{ReplyKind, Standing};
use baraza::model::room::{Focus, PanelView, RankScreen};
use baraza::model::score_card::Scorer;
use baraza::model::where_when::TimeBand;
use baraza::model::*;
use baraza::store::cue;
use baraza::tui::theme::{Theme, ThemeName, contrast, rgb};
use common::Harness;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::style::Color;

const SIZES: [(u16, u16); 2] = [(80, 24), (120, 40)];

/// The screen as a buffer, styles and all.
fn buffer(h: &mut Harness, w: u16, ht: u16) -> Buffer {
    h.render(w, ht);
    let mut terminal = Terminal::new(TestBackend::new(w, ht)).unwrap();
    terminal.draw(|f| h.app.draw(f)).unwrap();
    terminal.backend().buffer().clone()
}

fn set_theme(h: &mut Harness, name: ThemeName) {
    for _ in 0..3 {
        if h.app.theme().name == name {
            return;
        }
        h.keys("T");
    }
    assert_eq!(h.app.theme().name, name);
}

/// The screen without the status line's word on the theme just chosen
/// (blanked, so the columns stay).
fn quiet(screen: String) -> String {
    let mut out = screen;
    for said in ["theme: light", "theme: monochrome"] {
        out = out.replace(said, &" ".repeat(said.chars().count()));
    }
    out
}

/// No cell of the screen has a colour.
fn assert_no_colour(buf: &Buffer, what: &str) {
    for c in buf.content() {
        assert!(
            matches!(c.fg, Color::Reset) && matches!(c.bg, Color::Reset),
            "{what}: a colour in monochrome at «{}»",
            c.symbol()
        );
    }
}

/// Snapshots of one screen (the facilitator's, or with `p` the room's) at
/// both sizes: the same text in light and in monochrome, no colour in
/// monochrome. Returns the two texts (80×24, 120×40) for the caller's
/// assertions.
fn snapshots(h: &mut Harness, name: &str) -> [String; 2] {
    let mut out: [String; 2] = Default::default();
    for (k, (w, ht)) in SIZES.into_iter().enumerate() {
        set_theme(h, ThemeName::Light);
        let light = quiet(h.render(w, ht));
        set_theme(h, ThemeName::Mono);
        let mono = quiet(h.render(w, ht));
        assert_eq!(
            light, mono,
            "{name} {w}×{ht}: monochrome shows what light shows"
        );
        assert_no_colour(&buffer(h, w, ht), name);
        insta::assert_snapshot!(format!("{name}_{w}x{ht}"), light);
        out[k] = light;
    }
    out
}

/// Where the facilitator is, as the cue file beside the session says.
fn cue_focus(h: &mut Harness) -> Focus {
    h.app.workshop().unwrap().flush_cue();
    cue::read_cue(&h.path()).unwrap().expect("a cue file").focus
}

/// Four groups and six problems, the last about the police; in Rank.
fn forum() -> Session {
    let mut s = common::session_for_planning(Stage::Rank);
    s.title = "Kibera police score card".into();
    s
}

/// Columns of scores as the groups give them, top to bottom: Women, Men,
/// Youth, Elders, then the police post's self-score.
const SCORES: [[u8; 6]; 5] = [
    [30, 50, 20, 40, 15, 60],
    [40, 55, 45, 50, 25, 65],
    [20, 40, 35, 10, 10, 55],
    [35, 60, 30, 45, 20, 70],
    [80, 70, 75, 65, 85, 60],
];

/// The score card as the facilitator builds it: the provider named, the
/// starter set less its last two, every score typed, two reasons.
fn score_card_workshop() -> Harness {
    let mut h = Harness::open(&forum());
    h.keys("S");
    assert!(h.message().contains("No indicators") || h.render(80, 24).contains("No indicators"));
    // o: who is scored and scores itself.
    h.keys("o").type_text("Kibera police post").keys("<Enter>");
    h.keys("I");
    assert_eq!(h.session().score_card.indicators.len(), 8);
    // The last two are not this room's: deleted, each asked first.
    h.keys("<End>dy<End>dy");
    assert_eq!(h.session().score_card.indicators.len(), 6);
    h.keys("<Home>");
    for column in SCORES {
        for v in column {
            h.keys(&format!("{v}<Enter>"));
        }
        h.keys("<Right><Home>");
    }
    // Reasons: the youth on honesty, and the police post's own.
    h.keys("<Home><Down><Down><Down><Down><Left><Left><Left><Left><Right><Right>e");
    h.type_text("Officers ask for money to write a report")
        .keys("<Enter>");
    h.keys("<Right><Right>e")
        .type_text("A no-bribes desk since June")
        .keys("<Enter>");
    h
}

#[test]
fn a_score_card_of_six_indicators_by_four_groups_and_the_provider_shows_its_gaps_and_one_becomes_an_action()
 {
    let mut h = score_card_workshop();
    let s = h.session().clone();
    let card = &s.score_card;
    assert_eq!(card.provider, "Kibera police post");
    assert_eq!(card.scores.len(), 6 * 5, "every cell scored");
    let honesty = card.indicators[4].id;
    assert_eq!(card.indicators[4].name, "Honesty: no bribes asked");
    let youth = s.groups[2].id;
    assert_eq!(
        card.score(honesty, Scorer::Group(youth))
            .map(|c| (c.value, c.reason.as_str())),
        Some((10, "Officers ask for money to write a report"))
    );
    assert_eq!(
        card.score(honesty, Scorer::Provider)
            .map(|c| c.reason.as_str()),
        Some("A no-bribes desk since June")
    );
    // The gap: the community's mean less the provider's self-score.
    assert_eq!(card.gap(honesty, &s.group_ids()), Some(17.5 - 85.0));
    // Every score went through the audit log and undoes one by one.
    assert!(s.audit.len() >= 30);

    // The cue tells every audience window which view the facilitator is on.
    let focus = cue_focus(&mut h);
    assert_eq!(focus.rank, RankScreen::ScoreCard);
    assert_eq!(focus.indicator, Some(honesty));
    let [small, big] = snapshots(&mut h, "card_facilitator");
    for screen in [&small, &big] {
        // The three biggest gaps are marked ◆: honesty, responsiveness,
        // fairness to women; visibility (a gap of +2.5) is not.
        let marked: Vec<&str> = screen.lines().filter(|l| l.contains('◆')).collect();
        assert!(marked.len() >= 3, "{screen}");
        assert!(screen.contains("−68") && screen.contains("−49"), "{screen}");
    }
    assert!(big.contains("Kibera police post"), "{big}");
    // The reasons stay on the facilitator's screen, in the cell's line.
    h.keys("p");
    let [wall_small, wall_big] = snapshots(&mut h, "card_room");
    for wall in [&wall_small, &wall_big] {
        assert!(wall.contains("Score card"), "{wall}");
        assert!(wall.contains("◆"), "{wall}");
        assert!(
            !wall.contains("no-bribes desk") && !wall.contains("money"),
            "{wall}"
        );
        assert!(!wall.contains("Enter"), "no key hints on the wall: {wall}");
    }
    // At 120×40 the indicator under the cursor is in big digits: block
    // glyphs, and its gap marked among the biggest.
    assert!(
        wall_big.contains('█') || wall_big.contains('▀'),
        "{wall_big}"
    );
    assert!(wall_big.contains("among the biggest"), "{wall_big}");
    // At 64×20 the names cannot show whole beside five columns: the card
    // is a list, each indicator whole with its scores under it, paged to
    // the facilitator's; the legend is its marks rather than a cut sentence.
    let narrow = h.render(64, 20);
    assert!(narrow.contains("5. Honesty: no bribes asked"), "{narrow}");
    assert!(
        narrow.contains("community 18 · Kibera police post 85 · gap −68 ◆"),
        "{narrow}"
    );
    assert!(!narrow.contains('…'), "{narrow}");
    assert!(
        narrow.contains("◆ biggest gaps · → action planned"),
        "{narrow}"
    );
    assert!(!narrow.contains("provi…"), "{narrow}");
    h.keys("p");

    // P on the honesty row: an action in Plan answering that gap.
    h.keys("P")
        .type_text("Bribe complaints box at the chief's office");
    h.keys("<Enter>");
    let action = h
        .session()
        .actions
        .iter()
        .find(|a| a.card_indicator == Some(honesty))
        .cloned()
        .unwrap_or_else(|| panic!("no action on the gap: {}", h.render(120, 40)));
    assert_eq!(
        action.activity,
        "Bribe complaints box at the chief's office"
    );
    assert!(
        action.indicator.contains("up from 18 (gap −68)"),
        "{}",
        action.indicator
    );
    // The card marks the row → (an action planned).
    let card_now = h.render(120, 40);
    assert!(
        card_now
            .lines()
            .any(|l| l.contains("Honesty") && l.contains('→')),
        "{card_now}"
    );
    h.keys("<F4>");
    let plan = h.render(120, 40);
    assert!(plan.contains("Bribe complaints box"), "{plan}");
}

/// Five places as the room names them (Kiswahili, Arabic, an emoji among
/// them), marked at the four times of day by three groups; the fourth
/// group (the elders) does not mark.
const PLACES: [&str; 5] = [
    "Soko la Toi",
    "موقف الحافلات",
    "Njia ya reli 🚆",
    "Kisima cha Laini Saba",
    "Olympic estate road",
];

/// Each group's marks, place by place, morning to night.
const MARKS: [[u8; 20]; 3] = [
    // Women: the market and the railway path at night.
    [0, 1, 2, 3, 0, 0, 1, 2, 0, 1, 3, 3, 1, 1, 2, 3, 0, 0, 1, 2],
    // Men.
    [0, 0, 1, 2, 0, 0, 1, 1, 0, 0, 2, 3, 0, 0, 1, 1, 0, 0, 0, 1],
    // Youth.
    [0, 1, 1, 3, 1, 1, 2, 3, 0, 1, 2, 3, 0, 0, 1, 2, 0, 1, 1, 3],
];

fn grid_workshop() -> Harness {
    let mut h = Harness::open(&forum());
    h.keys("<F2>w");
    for name in PLACES {
        h.keys("a").type_text(name).keys("<Enter>");
    }
    for (g, marks) in MARKS.iter().enumerate() {
        if g > 0 {
            h.keys("g");
        }
        h.keys("<Home><Left><Left><Left>");
        for m in marks {
            h.keys(&m.to_string());
        }
    }
    // The cursor on the railway path at night, for the youth.
    h.keys("<Home><Down><Down><Right><Right><Right>");
    h
}

#[test]
fn a_where_and_when_grid_of_five_places_by_four_times_marked_by_three_groups_reads_as_a_heat_map() {
    let mut h = grid_workshop();
    let s = h.session().clone();
    let ww = &s.where_when;
    assert_eq!(ww.places.len(), 5);
    assert_eq!(
        ww.marks.len(),
        3 * 5 * 4,
        "every cell marked by three groups"
    );
    let rail = ww.places[2].id;
    let groups = s.group_ids();
    // The whole room: the mean of the groups that marked (not the elders).
    assert_eq!(ww.level(rail, TimeBand::Night, None, &groups), Some(3.0));
    let market_evening = ww.level(ww.places[0].id, TimeBand::Evening, None, &groups);
    assert_eq!(market_evening, Some((2.0 + 1.0 + 1.0) / 3.0));
    let focus = cue_focus(&mut h);
    assert_eq!(focus.view, PanelView::WhereWhen);
    assert_eq!(
        (focus.place, focus.band),
        (Some(rail), Some(TimeBand::Night))
    );
    assert_eq!(focus.group, Some(s.groups[2].id), "the youth mark");
    let [small, big] = snapshots(&mut h, "grid_facilitator");
    for screen in [&small, &big] {
        assert!(screen.contains("Youth"), "the group marking: {screen}");
        assert!(screen.contains("Whole room (3 groups)"), "{screen}");
        assert!(screen.contains("▓ 3"), "shade and number: {screen}");
        assert!(screen.contains("Soko la Toi"), "{screen}");
    }
    h.keys("p");
    let [wall_small, wall_big] = snapshots(&mut h, "grid_room");
    for wall in [&wall_small, &wall_big] {
        assert!(wall.contains("Where and when"), "{wall}");
        assert!(
            wall.contains("▶ Njia ya reli 🚆 at night — Youth: 3 (very unsafe)"),
            "{wall}"
        );
        assert!(wall.contains("▓ 3 very unsafe"), "the legend: {wall}");
        // Every place, wrapped in its column where it must be, never cut.
        for place in PLACES {
            for word in place.split(' ') {
                assert!(wall.contains(word), "{place} on the wall: {wall}");
            }
        }
    }
    // At 64×20, the size a room of 30 reads from the back: the group's map
    // alone at the wall's size rather than both cut; no number, time or
    // place cut (the whole room's level of the cell is said above it).
    let narrow = h.render(64, 20);
    assert!(!narrow.contains('…'), "{narrow}");
    assert!(
        narrow.contains("Youth: 3 (very unsafe)") && narrow.contains("night"),
        "{narrow}"
    );
    // The heat is in colour too in the light theme, each level its own,
    // its number readable on it; the monochrome wall has none (checked
    // by `snapshots`).
    set_theme(&mut h, ThemeName::Light);
    let buf = buffer(&mut h, 120, 40);
    let light = Theme::light();
    for (level, style) in light.heat.iter().enumerate().skip(1) {
        let bg = style.bg.expect("a heat level has a fill");
        let fg = style.fg.expect("and a text colour");
        assert!(
            buf.content().iter().any(|c| c.bg == bg),
            "level {level} drawn in its colour"
        );
        let ratio = contrast(rgb(fg).unwrap(), rgb(bg).unwrap());
        assert!(ratio >= 4.5, "level {level}: contrast {ratio:.1}");
    }
    h.keys("p");
    // Enter on a cell: the mark with the problems that happen there then.
    h.keys("<Enter>");
    let form = h.render(120, 40);
    assert!(
        form.contains("Problems") || form.contains("problems"),
        "{form}"
    );
}

fn ledger_workshop() -> Harness {
    let mut s = forum();
    s.stage = Stage::Monitor;
    s.problems[5].needs_escalation = true;
    let mut h = Harness::open(&s);
    h.keys("<F5>f");
    // a: the problem flagged for escalation comes first; raised with the
    // district security committee on 2 October.
    h.keys("a<Tab>")
        .type_text("District security committee")
        .keys("<Tab><End><BS><BS><BS><BS><BS><BS><BS><BS><BS><BS>")
        .type_text("2026-10-02")
        .keys("<Enter>");
    // n: chased on 20 October, nothing came back; a reply on 10 November.
    // The notes are the facilitator's.
    h.keys("n<S-Tab><End><BS><BS><BS><BS><BS><BS><BS><BS><BS><BS>")
        .type_text("2026-10-20")
        .keys("<Tab><Tab>")
        .type_text("Chased the chairman's office by phone")
        .keys("<Enter>");
    h.keys("n<S-Tab><End><BS><BS><BS><BS><BS><BS><BS><BS><BS><BS>")
        .type_text("2026-11-10")
        .keys("<Tab><Right><Tab>")
        .type_text("The OCS promised night patrols from December")
        .keys("<Enter>");
    h
}

#[test]
fn an_escalation_with_two_replies_is_followed_up_and_the_next_cycle_opens_saying_what_is_awaited() {
    let mut h = ledger_workshop();
    let s = h.session().clone();
    assert_eq!(s.escalations.len(), 1, "{}", h.render(120, 40));
    let e = &s.escalations[0];
    assert_eq!(
        s.problem_title(e.problem),
        "Police slow to respond to calls"
    );
    assert_eq!(e.to, "District security committee");
    assert_eq!(e.raised, common::day(2026, 10, 2));
    let kinds: Vec<(chrono::NaiveDate, ReplyKind)> =
        e.replies.iter().map(|r| (r.date, r.kind)).collect();
    assert_eq!(
        kinds,
        vec![
            (common::day(2026, 10, 20), ReplyKind::NoReply),
            (common::day(2026, 11, 10), ReplyKind::Reply),
        ]
    );
    assert_eq!(e.standing(), Standing::AwaitingAction);
    assert_eq!(e.first_reply(), Some(common::day(2026, 11, 10)));
    let focus = cue_focus(&mut h);
    assert_eq!(
        (focus.view, focus.escalation),
        (PanelView::Ledger, Some(e.id))
    );
    let [small, big] = snapshots(&mut h, "ledger_facilitator");
    for screen in [&small, &big] {
        assert!(screen.contains("1 still awaited"), "{screen}");
        assert!(screen.contains("reply · no action 17 days"), "{screen}");
    }
    assert!(
        big.contains("The OCS promised night patrols"),
        "notes on the facilitator's screen: {big}"
    );
    h.keys("p");
    let [wall_small, wall_big] = snapshots(&mut h, "ledger_room");
    for wall in [&wall_small, &wall_big] {
        assert!(wall.contains("1 still awaited"), "{wall}");
        assert!(wall.contains("Police slow to respond to calls"), "{wall}");
        assert!(
            wall.contains("to District security committee since 2 Oct 2026"),
            "{wall}"
        );
        assert!(
            wall.contains("○ no reply 20 Oct") && wall.contains("✉ reply 10 Nov"),
            "{wall}"
        );
        // The notes never reach the wall.
        assert!(
            !wall.contains("OCS") && !wall.contains("chairman"),
            "{wall}"
        );
    }
    h.keys("p");
    // Typing a reply's note over the wall: said private, not shown.
    h.keys("p");
    h.keys("n<Tab>").type_text("Name of the officer");
    let wall = h.render(80, 24);
    assert!(wall.contains("not shown on the room's screen"), "{wall}");
    assert!(!wall.contains("Name of the officer"), "{wall}");
    h.keys("<Esc>y<Esc>p");

    // The next cycle, from Learn: the escalation is carried with its
    // replies, and the new session says at once what is still awaited.
    h.keys("<F6>N<Enter>");
    let said = h.message();
    assert!(
        said.contains("Still awaited from the last cycle: «Police slow to respond to calls» (District security committee, reply · no action 17 days)"),
        "{said}"
    );
    let next = h.session().clone();
    assert_ne!(next.id, s.id);
    assert_eq!(next.escalations.len(), 1);
    assert_eq!(next.escalations[0].replies.len(), 2);
    assert_eq!(
        next.escalations[0].inherited_from.as_deref(),
        Some(s.id.as_str())
    );
    // Opened again later, it says so again.
    let path = h.path();
    h.keys("q");
    h.app.start(baraza::tui::Start::Open(path));
    assert!(
        h.message().contains("Still awaited from the last cycle"),
        "{}",
        h.message()
    );
}

/// The next cycle carries the indicators; the room scores again, and the
/// comparison of the cycles (`c` on the list, `S`) says how each moved:
/// the community's score, the provider's, the gap, one group's with `g`.
#[test]
fn the_next_cycle_scores_the_same_indicators_and_the_comparison_says_how_they_moved() {
    let mut h = score_card_workshop();
    h.keys("<F6>N<Enter>");
    let next = h.session().clone();
    assert_eq!(next.score_card.indicators.len(), 6);
    assert_eq!(next.score_card.provider, "Kibera police post");
    assert!(next.score_card.scores.is_empty(), "the room scores again");
    // Honesty: the women now give 40; the police post 70.
    h.keys("<F3>S<Home><Down><Down><Down><Down>40<Enter>");
    h.keys("<Up><Right><Right><Right><Right>70<Enter>");
    let card = &h.session().score_card;
    let honesty = card.indicators[4].id;
    assert_eq!(
        card.gap(honesty, &h.session().group_ids()),
        Some(40.0 - 70.0)
    );
    h.keys("q");
    // The list has the new cycle selected: compare it with the last.
    h.keys("cS");
    let moved = h.render(120, 40);
    assert!(moved.contains("How the score card moved"), "{moved}");
    let row = moved
        .lines()
        .find(|l| l.contains("Honesty"))
        .unwrap_or_else(|| panic!("{moved}"));
    assert!(row.contains("18 → 40"), "the community's score: {row}");
    assert!(row.contains("85 → 70"), "the provider's: {row}");
    assert!(row.contains("−68 → −30"), "the gap closing: {row}");
    // One group's: the women's own score.
    h.keys("g");
    let women = h.render(120, 40);
    let row = women.lines().find(|l| l.contains("Honesty")).unwrap();
    assert!(row.contains("15 → 40"), "{women}");
}

#[test]
fn a_place_and_an_indicator_are_renamed_added_and_refused_by_the_same_form() {
    let s = crate::language::example(crate::language::KIBERA);
    let mut h = Harness::open(&s);
    let clear = format!("<End>{}", "<BS>".repeat(40));
    let second = s.where_when.places[1].name.clone();
    // Renamed: the same place, a new name; unchanged when the name is.
    h.keys(&format!("<F2>w<Home>i{clear}"))
        .type_text("Railway path")
        .keys("<Enter>");
    assert_eq!(h.session().where_when.places[0].name, "Railway path");
    assert_eq!(
        h.session().where_when.places.len(),
        s.where_when.places.len()
    );
    let before = h.session().clone();
    h.keys("i<Enter>");
    assert_eq!(h.session(), &before);
    // Another place's name is refused, the form stays open.
    h.keys(&format!("i{clear}"))
        .type_text(&second)
        .keys("<Enter>");
    assert!(h.render(80, 24).contains("there is a place"));
    h.keys("<Esc>y");
    assert_eq!(h.session(), &before);
    // Added, last.
    h.keys("a").type_text("Borehole").keys("<Enter>");
    let places = &h.session().where_when.places;
    assert_eq!(places.last().unwrap().name, "Borehole");
    assert_eq!(places.len(), s.where_when.places.len() + 1);

    let indicator = s.score_card.indicators[1].name.clone();
    h.keys(&format!("<F3>S<Home>i{clear}"))
        .type_text("Comes when called")
        .keys("<Enter>");
    assert_eq!(
        h.session().score_card.indicators[0].name,
        "Comes when called"
    );
    h.keys("a").type_text(&indicator).keys("<Enter>");
    assert!(h.render(80, 24).contains("there is an indicator"));
    h.keys(&clear).type_text("Keeps its word").keys("<Enter>");
    let indicators = &h.session().score_card.indicators;
    assert_eq!(indicators.last().unwrap().name, "Keeps its word");
    assert_eq!(indicators.len(), s.score_card.indicators.len() + 1);
}

/// Esc leaves where-and-when and the follow-up ledger for the panel's own
/// list, as it leaves Rank's results and matrix; with a form open it closes
/// the form only, and the view stays.
#[test]
fn esc_leaves_where_and_when_and_the_ledger_but_first_closes_their_forms() {
    let mut h = grid_workshop();
    assert_eq!(cue_focus(&mut h).view, PanelView::WhereWhen);
    let grid = h.render(80, 24);
    h.keys("a");
    assert_ne!(h.render(80, 24), grid, "the place form is open");
    h.keys("<Esc>");
    assert_eq!(h.render(80, 24), grid, "the form closed, the grid stays");
    assert_eq!(cue_focus(&mut h).view, PanelView::WhereWhen);
    let title = &forum().problems[0].title;
    assert!(!h.render(120, 40).contains(title), "the grid lists places");
    h.keys("<Esc>");
    assert_eq!(cue_focus(&mut h).view, PanelView::List);
    assert!(
        h.render(120, 40).contains(title),
        "Identify's list of problems is back"
    );

    let mut h = ledger_workshop();
    assert_eq!(cue_focus(&mut h).view, PanelView::Ledger);
    h.keys("n");
    let form = h.render(80, 24);
    assert!(
        form.contains("What came back from"),
        "the reply form is open\n{form}"
    );
    h.keys("<Esc>");
    let closed = h.render(80, 24);
    assert!(
        !closed.contains("What came back from"),
        "the form closed\n{closed}"
    );
    assert_eq!(cue_focus(&mut h).view, PanelView::Ledger);
    h.keys("<Esc>");
    assert_eq!(cue_focus(&mut h).view, PanelView::List);
    assert_eq!(h.session().escalations.len(), 1, "nothing was lost");
}
