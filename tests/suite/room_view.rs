//! The room's screen, drawn from the example sessions at the sizes a
//! projector gets (48×14, 64×20, 80×24, 120×40, 200×60), panel by panel and
//! mode by mode. Beside every snapshot, what the wall must show — every
//! title whole, every total — and what it must never show: context notes,
//! descriptions, causes and effects, risks, resources, progress notes,
//! reasons, the audit, key hints, file paths.

use crate::common;

use std::collections::HashSet;

use baraza::i18n::Lang;
use baraza::model::ranking;
use baraza::model::room::{Cue, Focus, PanelView, RankScreen, TieStep, Timer};
use baraza::model::*;
use baraza::tui::room::{self, Mark, Room};
use baraza::tui::theme::Theme;
use common::{Harness, moment};
use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Rect};
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::Widget;
use tui_big_text::{BigText, PixelSize};

pub const SIZES: [(u16, u16); 5] = [(48, 14), (64, 20), (80, 24), (120, 40), (200, 60)];

/// The room's screen as a buffer.
pub fn draw(s: &Session, cue: &Cue, w: u16, h: u16, now: Timestamp) -> Buffer {
    draw_in(s, cue, w, h, now, Lang::En)
}

/// The room's screen as a buffer, in `lang`.
pub fn draw_in(s: &Session, cue: &Cue, w: u16, h: u16, now: Timestamp, lang: Lang) -> Buffer {
    let area = Rect::new(0, 0, w, h);
    let mut buf = Buffer::empty(area);
    let room = Room {
        session: s,
        cue,
        now,
        mark: Mark::Saved,
        lang,
    };
    room::draw(area, &mut buf, &Theme::dark(), &room);
    buf
}

/// The buffer's rows as text.
pub fn rows(buf: &Buffer) -> Vec<String> {
    let area = buf.area;
    (0..area.height)
        .map(|y| {
            (0..area.width)
                .map(|x| buf[(x, y)].symbol())
                .collect::<String>()
        })
        .collect()
}

pub fn text(buf: &Buffer) -> String {
    rows(buf)
        .iter()
        .map(|r| r.trim_end())
        .collect::<Vec<_>>()
        .join("\n")
}

/// The cells `s` takes drawn big at `size`, row by row.
fn big_pattern(s: &str, size: PixelSize) -> Vec<Vec<String>> {
    let (w, h) = match size {
        PixelSize::Full => (8, 8),
        _ => (4, 4),
    };
    let area = Rect::new(0, 0, w * s.chars().count() as u16, h);
    let mut buf = Buffer::empty(area);
    BigText::builder()
        .pixel_size(size)
        .alignment(Alignment::Left)
        .style(Style::new())
        .lines(vec![Line::from(s.to_string())])
        .build()
        .render(area, &mut buf);
    (0..h)
        .map(|y| {
            (0..area.width)
                .map(|x| buf[(x, y)].symbol().to_string())
                .collect()
        })
        .collect()
}

/// Whether `s` is drawn big somewhere in `buf`.
fn has_big(buf: &Buffer, s: &str) -> bool {
    let cells: Vec<Vec<String>> = (0..buf.area.height)
        .map(|y| {
            (0..buf.area.width)
                .map(|x| buf[(x, y)].symbol().to_string())
                .collect()
        })
        .collect();
    [PixelSize::Quadrant, PixelSize::Full]
        .into_iter()
        .any(|size| {
            let p = big_pattern(s, size);
            let (ph, pw) = (p.len(), p[0].len());
            // A pattern of blank cells only would match anywhere.
            if p.iter().flatten().all(|c| c == " ") {
                return false;
            }
            (0..cells.len().saturating_sub(ph - 1)).any(|y| {
                (0..cells[0].len().saturating_sub(pw - 1))
                    .any(|x| (0..ph).all(|dy| (0..pw).all(|dx| cells[y + dy][x + dx] == p[dy][dx])))
            })
        })
}

/// Whether the number (or short text) `s` shows: as a word of the text,
/// or drawn big.
fn shows(buf: &Buffer, s: &str) -> bool {
    // "[4]": the score given, marked.
    let words: Vec<String> = text(buf)
        .split(|c: char| c.is_whitespace())
        .map(|w| w.trim_matches(['[', ']']).to_string())
        .collect();
    words.iter().any(|w| w == s) || has_big(buf, s)
}

/// Whether `title` shows whole: its words in order in the text (wrapped
/// over lines, beside other columns), or each of its words drawn big.
fn whole(buf: &Buffer, title: &str) -> bool {
    let screen: Vec<String> = text(buf).split_whitespace().map(String::from).collect();
    let words: Vec<&str> = title.split_whitespace().collect();
    let mut at = 0;
    let in_order = words
        .iter()
        .all(|w| match screen[at..].iter().position(|s| s.contains(w)) {
            Some(i) => {
                at += i + 1;
                true
            }
            None => false,
        });
    in_order || words.iter().all(|w| has_big(buf, w))
}

/// "4–7 of 12" on the screen, as (4, 7, 12).
fn page_label(buf: &Buffer) -> Option<(usize, usize, usize)> {
    let t = text(buf);
    t.split_whitespace()
        .collect::<Vec<_>>()
        .windows(3)
        .find_map(|w| {
            let (a, b) = w[0].split_once('–')?;
            (w[1] == "of").then_some(())?;
            Some((a.parse().ok()?, b.parse().ok()?, w[2].parse().ok()?))
        })
}

/// Everything the session holds that the wall must never show.
fn private_text(s: &Session) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    out.extend(s.context.lines().map(String::from));
    for p in &s.problems {
        out.push(p.description.clone());
        out.extend(p.causes.iter().cloned());
        out.extend(p.effects.iter().cloned());
        out.push(p.location.clone());
    }
    for a in &s.actions {
        out.push(a.risks.clone());
        out.push(a.resources.clone());
        out.push(a.indicator.clone());
        out.push(a.partners.clone());
        out.extend(a.progress.iter().map(|n| n.text.clone()));
    }
    out.extend(s.ranking.pairs.iter().map(|d| d.reason.clone()));
    // The score card's reasons and the ledger's notes (issue 15).
    out.extend(s.score_card.scores.iter().map(|sc| sc.reason.clone()));
    for e in &s.escalations {
        out.extend(e.replies.iter().map(|r| r.note.clone()));
    }
    out.extend(s.audit.iter().map(|a| a.what.clone()));
    // Short snippets could turn up in a title by chance; these are long.
    // And what the room's screen does show (a title, an activity, who
    // leads, the lessons) may repeat a cause word for word: not private.
    let mut public: Vec<&str> = vec![s.title.as_str()];
    public.extend(s.problems.iter().map(|p| p.title.as_str()));
    public.extend(s.actions.iter().map(|a| a.activity.as_str()));
    public.extend(s.actions.iter().map(|a| a.responsible.as_str()));
    // The places of the where-and-when map are named by the room for the
    // wall, though a problem's location may say the same.
    public.extend(s.where_when.places.iter().map(|p| p.name.as_str()));
    let l = &s.lessons;
    public.extend([&l.worked, &l.did_not_work, &l.lessons, &l.improvements].map(String::as_str));
    out.retain(|t| {
        t.trim().chars().count() >= 12 && !public.iter().any(|p| p.contains(t.as_str()))
    });
    out
}

/// One mode of the room's screen, and what it must show.
struct Case {
    name: &'static str,
    session: Session,
    cue: Cue,
    now: Timestamp,
    /// Titles that must show whole, all of them or the page shown.
    titles: Vec<String>,
    /// Numbers that must show (totals, head counts, dots placed).
    numbers: Vec<String>,
    /// Text that must show.
    words: Vec<&'static str>,
    /// Numbers that must not show (a blind vote's totals).
    hidden: Vec<String>,
}

fn examples() -> (Session, Session) {
    let mut e = Harness::examples();
    let eastleigh = e.remove(1);
    let kibera = e.remove(0);
    (kibera, eastleigh)
}

fn cue(panel: Stage, focus: Focus) -> Cue {
    Cue {
        panel,
        focus,
        ..Cue::default()
    }
}

fn titles(s: &Session, ids: &[ProblemId]) -> Vec<String> {
    ids.iter()
        .map(|p| s.problem_title(*p).to_string())
        .collect()
}

fn all_titles(s: &Session) -> Vec<String> {
    s.problems.iter().map(|p| p.title.clone()).collect()
}

fn case(name: &'static str, session: Session, cue: Cue) -> Case {
    Case {
        name,
        session,
        cue,
        now: moment(),
        titles: Vec::new(),
        numbers: Vec::new(),
        words: Vec::new(),
        hidden: Vec::new(),
    }
}

fn dot_totals(s: &Session) -> Vec<String> {
    ranking::ranking(s, RankMethod::Dots, None)
        .iter()
        .map(|r| (r.score as u32).to_string())
        .collect()
}

/// The bilingual title of the issue, 70 characters: whole at every size.
const BILINGUAL: &str = "Ukosefu wa taa za barabarani / No street lights on the market road";

fn cases() -> Vec<Case> {
    let (kibera, eastleigh) = examples();
    let mut out = Vec::new();

    let s = eastleigh.clone();
    let mut c = case(
        "prepare",
        s.clone(),
        cue(
            Stage::Prepare,
            Focus {
                group: Some(GroupId(2)),
                ..Focus::default()
            },
        ),
    );
    c.titles = s.groups.iter().map(|g| g.name.clone()).collect();
    c.numbers = s.groups.iter().map(|g| g.count.to_string()).collect();
    c.numbers.push(s.participants().to_string());
    out.push(c);

    // Identify, the Arabic title selected: bold text, never blank.
    let mut c = case(
        "identify",
        s.clone(),
        cue(
            Stage::Identify,
            Focus {
                problem: Some(ProblemId(6)),
                ..Focus::default()
            },
        ),
    );
    c.titles = all_titles(&s);
    c.words = vec!["على", "الأكشاك"];
    out.push(c);

    let mut bilingual = kibera.clone();
    bilingual.problems[1].title = BILINGUAL.into();
    let mut c = case(
        "identify_bilingual",
        bilingual.clone(),
        cue(
            Stage::Identify,
            Focus {
                problem: Some(bilingual.problems[1].id),
                ..Focus::default()
            },
        ),
    );
    c.titles = all_titles(&bilingual);
    out.push(c);

    let dots_focus = Focus {
        group: Some(GroupId(3)),
        problem: Some(ProblemId(2)),
        ..Focus::default()
    };
    let mut c = case("dots", s.clone(), cue(Stage::Rank, dots_focus.clone()));
    c.titles = all_titles(&s);
    c.numbers = dot_totals(&s);
    c.words = vec!["Youth", "★", "4="];
    out.push(c);

    let mut c = case(
        "dots_bilingual",
        bilingual.clone(),
        cue(Stage::Rank, Focus::default()),
    );
    c.titles = all_titles(&bilingual);
    c.numbers = dot_totals(&bilingual);
    out.push(c);

    // Nine problems, as in the issue: at 120×40 the leaders in big digits.
    let mut nine = s.clone();
    for (i, (title, dots)) in [
        ("Wizi wa mifugo / Cattle theft at night", 7),
        ("Drunk driving on Juja road 🚗", 3),
        ("Ukosefu wa taa za barabarani / No street lights", 11),
    ]
    .into_iter()
    .enumerate()
    {
        let id = ProblemId(7 + i as u32);
        nine.problems.push(Problem {
            id,
            title: title.into(),
            ..Problem::default()
        });
        for _ in 0..dots {
            nine.ranking.votes.push(Vote {
                problem: id,
                group: GroupId(5),
                at: moment(),
            });
        }
    }
    let mut c = case(
        "dots_nine",
        nine.clone(),
        cue(Stage::Rank, Focus::default()),
    );
    c.titles = all_titles(&nine);
    c.numbers = dot_totals(&nine);
    out.push(c);

    let mut c = case(
        "dots_one_group",
        s.clone(),
        cue(
            Stage::Rank,
            Focus {
                alone: true,
                ..dots_focus.clone()
            },
        ),
    );
    c.titles = all_titles(&s);
    c.words = vec!["Youth's"];
    out.push(c);

    let mut blind = s.clone();
    blind.ranking.blind = Blind::Hidden;
    let mut c = case("dots_blind", blind.clone(), cue(Stage::Rank, dots_focus));
    c.titles = all_titles(&blind);
    c.numbers = blind
        .groups
        .iter()
        .map(|g| format!("{}/{}", blind.dots_used(g.id), blind.dot_budget(g.id)))
        .collect();
    c.words = vec!["Blind"];
    // Totals no group's count shares.
    c.hidden = vec!["23".into(), "22".into(), "20".into()];
    out.push(c);

    // Pairwise on every problem, the third pair decided by the room.
    let mut pw = s.clone();
    pw.ranking.method = RankMethod::Pairwise;
    pw.ranking.pair_scope = PairScope::All;
    let pairs = ranking::pair_order(&ranking::pair_candidates(&pw));
    let (a, b) = pairs[2];
    pw.ranking.pairs.push(PairDecision {
        pair: ordered((a, b)),
        winner: Some(b),
        group: None,
        reason: "women cannot trade after dark because of it".into(),
        at: moment(),
    });
    let mut c = case(
        "pairwise",
        pw.clone(),
        cue(
            Stage::Rank,
            Focus {
                pair: Some((a, b)),
                ..Focus::default()
            },
        ),
    );
    c.titles = titles(&pw, &[a, b]);
    c.words = vec!["Pair", "3", "of", "15", "✓"];
    out.push(c);

    let mut cr = s.clone();
    cr.ranking.method = RankMethod::Criteria;
    cr.ranking.criteria[1].weight = 2;
    cr.ranking.scores.push(Score {
        problem: ProblemId(3),
        criterion: cr.ranking.criteria[1].id,
        group: None,
        value: 4,
        at: moment(),
    });
    let mut c = case(
        "criteria",
        cr.clone(),
        cue(
            Stage::Rank,
            Focus {
                problem: Some(ProblemId(3)),
                criterion: Some(cr.ranking.criteria[1].id),
                ..Focus::default()
            },
        ),
    );
    c.titles = titles(&cr, &[ProblemId(3)]);
    c.numbers = (1..=5).map(|n| n.to_string()).collect();
    c.words = vec!["Severity", "×2", "low", "high"];
    out.push(c);

    let mut c = case(
        "results",
        s.clone(),
        cue(
            Stage::Rank,
            Focus {
                rank: RankScreen::Results,
                ..Focus::default()
            },
        ),
    );
    c.titles = all_titles(&s);
    c.words = vec!["overall", "◆"];
    out.push(c);

    // A tie across the boundary of a shortlist of four (4= and 4=).
    let mut tie = s.clone();
    tie.ranking.shortlist_size = 4;
    let ranked = ranking::ranking(&tie, RankMethod::Dots, None);
    let (rank, tied) = ranking::boundary_tie(&ranked, 4).expect("a tie at the boundary");
    let mut c = case(
        "tie_break_choosing",
        tie.clone(),
        cue(
            Stage::Rank,
            Focus {
                rank: RankScreen::TieBreak,
                tie: TieStep::Choosing(2),
                ..Focus::default()
            },
        ),
    );
    c.titles = titles(&tie, &tied);
    c.words = vec!["rank", "run-off", "decision"];
    let _ = rank;
    out.push(c);

    let mut runoff = tie.clone();
    runoff.ranking.tie_breaks.push(TieBreak {
        id: TieBreakId(1),
        method: RankMethod::Dots,
        rank,
        tied: tied.clone(),
        how: TieBreakHow::Runoff {
            votes: (0..7)
                .map(|i| Vote {
                    problem: tied[usize::from(i % 3 == 0)],
                    group: GroupId(1),
                    at: moment(),
                })
                .collect(),
        },
        order: Vec::new(),
        at: moment(),
    });
    let mut c = case(
        "tie_break_runoff",
        runoff.clone(),
        cue(
            Stage::Rank,
            Focus {
                rank: RankScreen::TieBreak,
                tie: TieStep::Runoff,
                ..Focus::default()
            },
        ),
    );
    c.titles = titles(&runoff, &tied);
    c.numbers = vec!["4".into(), "3".into()];
    c.words = vec!["Run-off"];
    out.push(c);

    let k = kibera.clone();
    let first = k.ranking.shortlist[0];
    let actions: Vec<&Action> = k.actions.iter().filter(|a| a.problem == first).collect();
    let mut c = case(
        "plan",
        k.clone(),
        cue(
            Stage::Plan,
            Focus {
                problem: Some(first),
                action: actions.first().map(|a| a.id),
                ..Focus::default()
            },
        ),
    );
    c.titles = titles(&k, &[first]);
    c.titles.extend(actions.iter().map(|a| a.activity.clone()));
    c.words = vec!["who:"];
    out.push(c);

    let mut c = case("monitor", k.clone(), cue(Stage::Monitor, Focus::default()));
    c.titles = k.actions.iter().map(|a| a.activity.clone()).collect();
    c.words = vec!["planned", "done"];
    out.push(c);

    let mut c = case(
        "learn",
        k.clone(),
        cue(
            Stage::Learn,
            Focus {
                lesson: 2,
                ..Focus::default()
            },
        ),
    );
    c.titles = vec!["What worked".into(), "Lessons".into()];
    c.words = vec!["What", "worked", "Lessons"];
    out.push(c);

    let mut c = case(
        "blank",
        s.clone(),
        Cue {
            blank: true,
            ..cue(Stage::Rank, Focus::default())
        },
    );
    c.titles = vec![s.title.clone()];
    c.hidden = dot_totals(&s);
    out.push(c);

    // A timer of 10 minutes started 2:30 ago; and one run out 5 s ago.
    let started = moment() - chrono::Duration::seconds(150);
    let mut c = case(
        "timer_running",
        s.clone(),
        Cue {
            timer: Some(Timer::start(600, started).unwrap()),
            ..cue(Stage::Identify, Focus::default())
        },
    );
    c.titles = all_titles(&s);
    c.numbers = vec!["7:30".into()];
    out.push(c);

    let mut c = case(
        "timer_up",
        s.clone(),
        Cue {
            timer: Some(Timer::start(60, moment() - chrono::Duration::seconds(65)).unwrap()),
            ..cue(Stage::Prepare, Focus::default())
        },
    );
    c.numbers = vec!["+0:05".into()];
    c.words = vec!["TIME"];
    out.push(c);

    // Issue 15: the score card, where and when, the follow-up ledger, from
    // both examples (Kibera: 0–100, four groups; Eastleigh: 1–5, six).
    for (name, s) in [("card_kibera", &kibera), ("card_eastleigh", &eastleigh)] {
        let card = &s.score_card;
        let mut c = case(
            name,
            s.clone(),
            cue(
                Stage::Rank,
                Focus {
                    rank: RankScreen::ScoreCard,
                    indicator: card.indicators.first().map(|i| i.id),
                    ..Focus::default()
                },
            ),
        );
        c.titles = card.indicators.iter().map(|i| i.name.clone()).collect();
        c.words = vec!["Score card", "◆"];
        out.push(c);
    }
    for (name, s) in [
        ("where_when_kibera", &kibera),
        ("where_when_eastleigh", &eastleigh),
    ] {
        let ww = &s.where_when;
        let marking = ww.marks.first().map(|m| m.group);
        let mut c = case(
            name,
            s.clone(),
            cue(
                Stage::Identify,
                Focus {
                    view: PanelView::WhereWhen,
                    group: marking,
                    place: ww.places.first().map(|p| p.id),
                    band: Some(where_when::TimeBand::Night),
                    ..Focus::default()
                },
            ),
        );
        c.titles = ww.places.iter().map(|p| p.name.clone()).collect();
        c.words = vec!["Where and when", "very unsafe"];
        out.push(c);
    }
    for (name, s) in [("ledger_kibera", &kibera), ("ledger_eastleigh", &eastleigh)] {
        let mut c = case(
            name,
            s.clone(),
            cue(
                Stage::Monitor,
                Focus {
                    view: PanelView::Ledger,
                    escalation: s.escalations.first().map(|e| e.id),
                    ..Focus::default()
                },
            ),
        );
        c.titles = s
            .escalations
            .iter()
            .map(|e| s.problem_title(e.problem).to_string())
            .collect();
        c.words = vec!["awaited"];
        out.push(c);
    }
    out
}

#[test]
fn every_panel_and_mode_shows_what_the_room_needs_and_nothing_private() {
    for c in cases() {
        let private = private_text(&c.session);
        let mut snapshot = String::new();
        for (w, h) in SIZES {
            let buf = draw(&c.session, &c.cue, w, h, c.now);
            let screen = text(&buf);
            let at = format!("{} at {w}×{h}:\n{screen}", c.name);
            let flat = screen.split_whitespace().collect::<Vec<_>>().join(" ");
            for p in &private {
                let p = p.split_whitespace().collect::<Vec<_>>().join(" ");
                assert!(!flat.contains(&p), "private «{p}» shows: {at}");
            }
            for hint in ["? help", "q quit", "Tab next", "Ctrl+", "Enter ", "Esc "] {
                assert!(!screen.contains(hint), "key hint «{hint}»: {at}");
            }
            for path in [".ron", "sessions/", "~/", "/tmp"] {
                assert!(!screen.contains(path), "a path: {at}");
            }
            assert!(!screen.contains('…'), "something cut: {at}");
            // Every title whole: all of them, or the page the screen says.
            let shown = c.titles.iter().filter(|t| whole(&buf, t)).count();
            match page_label(&buf) {
                Some((from, to, of)) if of == c.titles.len() => {
                    assert!(shown >= to + 1 - from, "{shown} titles whole: {at}")
                }
                _ => {
                    for t in &c.titles {
                        assert!(whole(&buf, t), "«{t}» not whole: {at}");
                    }
                }
            }
            if page_label(&buf).is_none() {
                for n in &c.numbers {
                    assert!(shows(&buf, n), "{n} missing: {at}");
                }
            }
            for word in &c.words {
                assert!(
                    screen.contains(word) || has_big(&buf, word),
                    "«{word}» missing: {at}"
                );
            }
            for n in &c.hidden {
                assert!(!shows(&buf, n), "{n} shows: {at}");
            }
            snapshot.push_str(&format!("──── {w}×{h}\n{screen}\n"));
        }
        insta::assert_snapshot!(format!("room_{}", c.name), snapshot);
    }
}

#[test]
fn the_selection_stays_in_view_and_the_page_says_where_it_is() {
    let (_, mut s) = examples();
    for i in 7..=12 {
        s.problems.push(Problem {
            id: ProblemId(i),
            title: format!("{BILINGUAL} ({i})"),
            ..Problem::default()
        });
    }
    for selected in [1u32, 9, 12] {
        let c = cue(
            Stage::Identify,
            Focus {
                problem: Some(ProblemId(selected)),
                ..Focus::default()
            },
        );
        let buf = draw(&s, &c, 48, 14, moment());
        let (from, to, of) = page_label(&buf).expect("a page label at 48×14");
        assert_eq!(of, 12);
        assert!((from..=to).contains(&(selected as usize)), "{}", text(&buf));
        let title = s.problem_title(ProblemId(selected));
        assert!(whole(&buf, title), "{title}:\n{}", text(&buf));
    }
}

/// Identify's selected problem is said once: in big letters above the list
/// where they fit, else only by the list's marked row (a bold copy two rows
/// up read as a second problem on the wall, and cost the list two rows).
#[test]
fn the_selected_problem_is_said_once_big_or_marked_never_twice() {
    let (_, s) = examples();
    let once = |buf: &Buffer, title: &str| text(buf).lines().filter(|l| l.contains(title)).count();
    // The Arabic-tailed title has no big letters at any size.
    let arabic = s.problem_title(ProblemId(6)).to_string();
    let short = s.problem_title(ProblemId(1)).to_string();
    for (w, h) in [(64, 20), (80, 24), (120, 40), (200, 60)] {
        for (id, title) in [(6, &arabic), (1, &short)] {
            let c = cue(
                Stage::Identify,
                Focus {
                    problem: Some(ProblemId(id)),
                    ..Focus::default()
                },
            );
            let buf = draw(&s, &c, w, h, moment());
            assert_eq!(once(&buf, title), 1, "{w}×{h}, {title}:\n{}", text(&buf));
            let marked = text(&buf)
                .lines()
                .any(|l| l.contains('▶') && l.contains(title.as_str()));
            assert!(marked, "{w}×{h}: the list marks {title}:\n{}", text(&buf));
        }
    }
    // Where the letters fit, the short title is big above the list too.
    let c = cue(
        Stage::Identify,
        Focus {
            problem: Some(ProblemId(1)),
            ..Focus::default()
        },
    );
    let buf = draw(&s, &c, 200, 60, moment());
    assert!(has_big(&buf, "matatu"), "{}", text(&buf));
}

#[test]
fn leaders_are_marked_by_more_than_colour_and_shared_ranks_read_as_one() {
    let (_, mut s) = examples();
    // Two problems tied at the top.
    let top = ranking::ranking(&s, RankMethod::Dots, None);
    let gap = (top[0].score - top[1].score) as usize;
    for _ in 0..gap {
        s.ranking.votes.push(Vote {
            problem: top[1].problem,
            group: GroupId(1),
            at: moment(),
        });
    }
    let buf = draw(&s, &cue(Stage::Rank, Focus::default()), 80, 24, moment());
    let screen = text(&buf);
    let leaders: Vec<&str> = screen.lines().filter(|l| l.contains('★')).collect();
    // Two marked rows and the legend that says what ★ means.
    assert_eq!(leaders.len(), 3, "{screen}");
    assert!(shows(&buf, "1="), "{screen}");
    assert!(screen.contains("shared rank"), "{screen}");
    // In monochrome too: the mark is a glyph, not a colour.
    let area = buf.area;
    let mut mono = Buffer::empty(area);
    room::draw(
        area,
        &mut mono,
        &Theme::mono(),
        &Room {
            session: &s,
            cue: &cue(Stage::Rank, Focus::default()),
            now: moment(),
            mark: Mark::Saved,
            lang: Lang::En,
        },
    );
    assert_eq!(text(&mono), screen);
}

#[test]
fn tiny_and_odd_sizes_never_panic_and_say_so_when_too_small() {
    let (kibera, eastleigh) = examples();
    // Around the sizes layout changes at, where a row or a column short
    // shows; the big end only at its edges (it costs the most to draw).
    let mut all: HashSet<(u16, u16)> = common::EDGE_SIZES.into_iter().collect();
    for w in [
        1, 2, 3, 5, 8, 13, 19, 20, 21, 30, 39, 40, 47, 48, 49, 56, 63, 64, 70, 80,
    ] {
        for h in [1, 2, 3, 4, 5, 6, 9, 12, 13, 14, 15, 16, 17, 18, 19, 20, 24] {
            all.insert((w, h));
        }
    }
    for c in cases() {
        for &(w, h) in &all {
            draw(&c.session, &c.cue, w, h, c.now);
        }
    }
    let buf = draw(
        &eastleigh,
        &cue(Stage::Rank, Focus::default()),
        16,
        4,
        moment(),
    );
    assert!(text(&buf).contains("enlarge"), "{}", text(&buf));
    let _ = kibera;
}
