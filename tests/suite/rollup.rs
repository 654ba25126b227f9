//! The programme roll-up over a generated folder of 40 sessions whose
//! recurring problems, escalations and actions are known by construction.
//!
//! The folder (session `i` of 0..40, dated 2026-01-01 + 7i days, in community
//! `i % 10`; "Kibera, Nairobi" is also written "KIBERA, nairobi" and
//! "kibera,  NAIROBI."):
//!
//! - every session raises one problem of its own (one word, category Other,
//!   1 dot);
//! - phone snatching, in four wordings and three spellings of its category,
//!   when `i % 3 == 0`: 14 sessions, all 10 communities, 5 dots (always rank
//!   1); flagged for district action in sessions 0 and 9;
//! - fights at water points, two wordings, when `i % 5 == 1`: 8 sessions in
//!   communities 1 and 6, 4 dots (rank 2 in sessions 6, 21, 36, which also
//!   have phone snatching, else 1): average rank 11/8;
//! - stall disputes in Arabic, two wordings, in sessions 2, 13, 24 (3
//!   communities), 3 dots: ranks 1, 1, 2; flagged in session 13;
//! - "Theft at the market", same category as phone snatching but a different
//!   problem, in sessions 4 and 8;
//! - phone snatching once under another category (session 5): its own group;
//! - session 20's own problem is flagged too.
//! - Even sessions have three actions: police (done when `i % 4 == 0`, else in
//!   progress, due 30 days after), community (done) and the chief (planned,
//!   due 14 days after). Session 39 carries session 38's chief action on, in
//!   progress: it is counted once.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::Instant;

use baraza::i18n::Lang;
use baraza::model::cycle::next_cycle;
use baraza::model::*;
use baraza::report::csv::CsvOptions;
use baraza::report::rollup::{self, RollupOptions, RollupTable};
use baraza::store::Store;
use chrono::{DateTime, Duration, NaiveDate};
use tempfile::TempDir;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

const COMMUNITIES: [&str; 10] = [
    "Kibera",
    "Eastleigh",
    "Mathare",
    "Korogocho",
    "Mukuru",
    "Kawangware",
    "Dandora",
    "Githurai",
    "Kayole",
    "Majengo",
];

const PHONE: [&str; 4] = [
    "Phone snatching at the matatu stage",
    "phone snatching at matatu stage",
    "PHONE SNATCHING, MATATU STAGE",
    "Phone-snatching near the matatu stage!!",
];
const CRIME: [&str; 3] = ["Crime and theft", "crime and theft", " CRIME AND THEFT "];
const WATER: [&str; 2] = ["Fights at water points", "fights at the water point"];
const STALLS: [&str; 2] = ["خلاف على الأكشاك", "الخلاف على الأكشاك"];

fn date_of(i: usize) -> NaiveDate {
    day(2026, 1, 1) + Duration::days(7 * i as i64)
}

fn id_of(i: usize) -> String {
    format!("gen{i:03}")
}

pub fn generated(i: usize) -> Session {
    let at = DateTime::parse_from_rfc3339("2026-01-01T10:00:00+03:00").unwrap()
        + Duration::days(7 * i as i64);
    let mut s = Session::new(id_of(i), format!("Baraza {i}"), date_of(i), at);
    // Kibera is written three ways: one community.
    s.location = match i {
        10 => "KIBERA, nairobi".into(),
        20 => "kibera,  NAIROBI.".into(),
        _ => format!("{}, Nairobi", COMMUNITIES[i % 10]),
    };
    s.facilitators = vec![format!("Facilitator {i}")];
    s.groups = vec![Group {
        id: GroupId(1),
        name: "Everyone".into(),
        count: 20,
    }];
    s.stage = Stage::Monitor;
    let mut add = |title: &str, category: &str, dots: usize, escalate: bool| {
        let id = s.next_problem_id();
        s.problems.push(Problem {
            id,
            title: title.into(),
            category: category.into(),
            needs_escalation: escalate,
            ..Problem::default()
        });
        for _ in 0..dots {
            s.ranking.votes.push(Vote {
                problem: id,
                group: GroupId(1),
                at,
            });
        }
        id
    };
    add(&format!("Zq{i}x"), "Other", 1, i == 20);
    let mut phone = None;
    if i.is_multiple_of(3) {
        phone = Some(add(
            PHONE[(i / 3) % 4],
            CRIME[(i / 3) % 3],
            5,
            i == 0 || i == 9,
        ));
    }
    if i % 5 == 1 {
        add(WATER[i % 2], "Land and resources", 4, false);
    }
    if [2, 13, 24].contains(&i) {
        add(STALLS[i % 2], "Land and resources", 3, i == 13);
    }
    if i == 4 || i == 8 {
        add("Theft at the market", "Crime and theft", 2, false);
    }
    if i == 5 {
        add(PHONE[0], "Policing and justice", 5, false);
    }
    let first = s.problems[0].id;
    let problem = phone.unwrap_or(first);
    let action = |id: u32, activity: &str, responsible: &str, status, due_days: i64| Action {
        id: ActionId(id),
        problem,
        activity: activity.into(),
        responsible: responsible.into(),
        due: Some(date_of(i) + Duration::days(due_days)),
        status,
        ..Action::default()
    };
    if i.is_multiple_of(2) {
        let police = if i.is_multiple_of(4) {
            ActionStatus::Done
        } else {
            ActionStatus::InProgress
        };
        s.actions = vec![
            action(1, "Patrols at night", "Police (OCS Kilimani)", police, 30),
            action(
                2,
                "Clear the bush",
                "Mama Rehema, community mobiliser",
                ActionStatus::Done,
                10,
            ),
            action(
                3,
                "Ask the chief for lights",
                "Chief Otieno",
                ActionStatus::Planned,
                14,
            ),
        ];
    }
    if i == 39 {
        s.previous = Some(id_of(38));
        let mut carried = action(
            1,
            "Ask the chief for lights",
            "Chief Otieno",
            ActionStatus::InProgress,
            0,
        );
        carried.due = Some(date_of(38) + Duration::days(14));
        carried.inherited_from = Some(id_of(38));
        s.actions = vec![carried];
    }
    assert!(s.validate().is_empty(), "{:?}", s.validate());
    s
}

fn sessions() -> Vec<Session> {
    (0..40).map(generated).collect()
}

fn as_of() -> RollupOptions {
    RollupOptions::new(day(2026, 7, 1))
}

fn find<'a>(r: &'a rollup::Rollup, category: &str, wording: &str) -> &'a rollup::Recurring {
    r.recurring
        .iter()
        .find(|x| {
            x.category.eq_ignore_ascii_case(category) && x.wordings.iter().any(|w| w == wording)
        })
        .unwrap_or_else(|| panic!("no group for «{wording}» in {category}"))
}

#[test]
fn recurring_problems_are_grouped_and_counted() {
    let r = rollup::rollup(&sessions(), &as_of());
    assert_eq!(r.sessions, 40);
    assert_eq!(
        r.communities, 10,
        "Kibera, written three ways, is one community"
    );
    assert_eq!(r.problems, 40 + 14 + 8 + 3 + 2 + 1);
    assert_eq!(r.first, Some(day(2026, 1, 1)));
    assert_eq!(r.last, Some(date_of(39)));

    let phone = find(&r, "Crime and theft", PHONE[0]);
    assert_eq!(phone.raised, 14);
    assert_eq!(phone.sessions, 14);
    assert_eq!(phone.communities, 10);
    assert_eq!(phone.average_rank, Some(1.0));
    assert_eq!(phone.escalated, 2);
    let mut wordings = phone.wordings.clone();
    wordings.sort();
    let mut expected: Vec<String> = PHONE.iter().map(|w| w.to_string()).collect();
    expected.sort();
    assert_eq!(wordings, expected, "four wordings, one problem");
    // The most frequent wording names the group: (i/3) % 4 over 14 sessions
    // gives 4, 4, 3, 3; the tie goes to the first in sort order.
    assert_eq!(phone.title, PHONE[0]);

    let water = find(&r, "Land and resources", WATER[0]);
    assert_eq!((water.raised, water.sessions, water.communities), (8, 8, 2));
    assert_eq!(water.average_rank, Some(11.0 / 8.0));
    assert_eq!(water.wordings.len(), 2);

    let stalls = find(&r, "Land and resources", STALLS[0]);
    assert_eq!((stalls.raised, stalls.communities), (3, 3));
    assert_eq!(stalls.average_rank, Some(4.0 / 3.0));
    assert_eq!(stalls.escalated, 1);
    assert_eq!(stalls.wordings.len(), 2, "Arabic wordings grouped");

    // Same category, different problem: not merged.
    let market = find(&r, "Crime and theft", "Theft at the market");
    assert_eq!((market.raised, market.communities), (2, 2));
    assert_eq!(market.wordings, ["Theft at the market"]);

    // Same title, other category: its own group, in one community.
    let other = find(&r, "Policing and justice", PHONE[0]);
    assert_eq!((other.raised, other.communities), (1, 1));

    // Recurring across communities: exactly these four, most widespread first.
    let across: Vec<&str> = r.across_communities().map(|x| x.title.as_str()).collect();
    assert_eq!(across.len(), 4, "{across:?}");
    assert_eq!(
        across,
        [PHONE[0], STALLS[0], WATER[0], "Theft at the market"],
        "by communities, then times raised"
    );
    // 40 own problems + phone under another category: raised in one place.
    assert_eq!(r.recurring.len(), 4 + 40 + 1);

    let crime = r
        .categories
        .iter()
        .find(|c| c.category == "Crime and theft")
        .unwrap();
    assert_eq!((crime.problems, crime.communities), (16, 10));
    assert_eq!(crime.escalated, 2);
}

#[test]
fn completion_rates_overdue_actions_and_escalations_are_exact() {
    let r = rollup::rollup(&sessions(), &as_of());
    let rates: Vec<(&str, usize, usize)> = r
        .completion
        .iter()
        .map(|c| (c.responsible.as_str(), c.actions, c.done))
        .collect();
    assert_eq!(
        rates,
        [
            ("Community", 20, 20),
            ("Police", 20, 10),
            ("Local authority", 20, 0),
            ("All", 60, 30),
        ]
    );
    assert_eq!(r.overall().rate(), Some(0.5));
    let chief = &r.completion[2];
    assert_eq!(
        (chief.planned, chief.in_progress),
        (19, 1),
        "the carried-on action counts once, as it stands now"
    );

    // Police in progress (i = 2, 6, 10, 14, 18 due by July) and the chief's
    // planned actions of sessions 0..=22.
    assert_eq!(r.overall().overdue, 5 + 12);
    assert_eq!(r.overdue.len(), 17);
    let first = &r.overdue[0];
    assert_eq!(first.origin.session, "Baraza 0");
    assert_eq!(first.activity, "Ask the chief for lights");
    assert_eq!(first.days, (day(2026, 7, 1) - day(2026, 1, 15)).num_days());
    assert!(r.overdue.windows(2).all(|w| w[0].days >= w[1].days));

    let escalated: Vec<(&str, &str, NaiveDate)> = r
        .escalated
        .iter()
        .map(|e| {
            (
                e.origin.session.as_str(),
                e.origin.location.as_str(),
                e.origin.date,
            )
        })
        .collect();
    assert_eq!(
        escalated,
        [
            ("Baraza 0", "Kibera, Nairobi", date_of(0)),
            ("Baraza 9", "Majengo, Nairobi", date_of(9)),
            ("Baraza 13", "Korogocho, Nairobi", date_of(13)),
            ("Baraza 20", "kibera,  NAIROBI.", date_of(20)),
        ]
    );
    assert_eq!(r.escalated[2].problem, STALLS[1]);
    assert_eq!(r.escalated[2].rank, Some(1));
}

/// Two linked cycles of one community, and the cycle after them: cycle 1
/// flags the footbridge muggings (ranked 2nd there) and plans one action on
/// them; cycle 2 (built by `next_cycle`) ranks them 1st and adds a problem of
/// its own; cycle 3 continues cycle 2 unchanged.
fn linked_cycles() -> Vec<Session> {
    let at = DateTime::parse_from_rfc3339("2026-02-01T10:00:00+03:00").unwrap();
    let mut a = Session::new("cyc1".into(), "Mathare cycle 1".into(), day(2026, 2, 1), at);
    a.location = "Mathare, Nairobi".into();
    a.groups = vec![Group {
        id: GroupId(1),
        name: "Everyone".into(),
        count: 20,
    }];
    a.problems = vec![
        Problem {
            id: ProblemId(1),
            title: "Muggings at the footbridge".into(),
            category: "Crime and theft".into(),
            needs_escalation: true,
            ..Problem::default()
        },
        Problem {
            id: ProblemId(2),
            title: "Drunk driving on the bypass".into(),
            category: "Road safety".into(),
            ..Problem::default()
        },
    ];
    let votes = |spec: &[(u32, usize)]| -> Vec<Vote> {
        spec.iter()
            .flat_map(|(p, n)| {
                std::iter::repeat_n(
                    Vote {
                        problem: ProblemId(*p),
                        group: GroupId(1),
                        at,
                    },
                    *n,
                )
            })
            .collect()
    };
    a.ranking.votes = votes(&[(1, 1), (2, 3)]);
    a.actions = vec![Action {
        id: ActionId(1),
        problem: ProblemId(1),
        activity: "Ask the county for lights on the footbridge".into(),
        responsible: "Chief Otieno".into(),
        due: Some(day(2026, 3, 1)),
        status: ActionStatus::Planned,
        ..Action::default()
    }];
    assert!(a.validate().is_empty(), "{:?}", a.validate());

    let mut b = next_cycle(
        &a,
        "cyc2".into(),
        "Mathare cycle 2".into(),
        day(2026, 5, 1),
        at,
    );
    let new = b.next_problem_id();
    b.problems.push(Problem {
        id: new,
        title: "Fights at the water kiosk".into(),
        category: "Land and resources".into(),
        ..Problem::default()
    });
    b.ranking.votes = votes(&[(1, 3), (2, 1), (new.0, 2)]);
    b.actions[0].status = ActionStatus::InProgress;
    assert!(b.validate().is_empty(), "{:?}", b.validate());

    let mut c = next_cycle(
        &b,
        "cyc3".into(),
        "Mathare cycle 3".into(),
        day(2026, 8, 1),
        at,
    );
    c.ranking.votes = votes(&[(1, 2), (2, 1), (new.0, 3)]);
    vec![a, b, c]
}

#[test]
fn a_problem_carried_into_the_next_cycle_is_counted_once_in_the_later_session() {
    let all = linked_cycles();
    let (a, b) = (&all[0], &all[1]);
    assert_eq!(b.previous.as_deref(), Some("cyc1"));
    assert_eq!(b.problems[0].carried_from, Some(ProblemId(1)));
    let mut options = as_of();
    options.until = Some(day(2026, 6, 30));
    let r = rollup::rollup(&all, &options);
    assert_eq!(r.sessions, 2);
    assert_eq!(r.problems, 3, "two carried over, one new: not 2 + 3");
    assert_eq!((r.carried_problems, r.carried_actions), (2, 1));

    // Flagged once, from cycle 2, with its rank there.
    assert_eq!(r.escalated.len(), 1, "{:?}", r.escalated);
    assert_eq!(r.escalated[0].origin.session_id, "cyc2");
    assert_eq!(r.escalated[0].rank, Some(1));

    // Recurrence: raised once, in one session, with its latest rank.
    let muggings = find(&r, "Crime and theft", "Muggings at the footbridge");
    assert_eq!(
        (muggings.raised, muggings.sessions, muggings.communities),
        (1, 1, 1)
    );
    assert_eq!(muggings.average_rank, Some(1.0));
    assert_eq!(muggings.escalated, 1);
    let driving = find(&r, "Road safety", "Drunk driving on the bypass");
    assert_eq!((driving.raised, driving.average_rank), (1, Some(3.0)));
    let per_category: usize = r.categories.iter().map(|c| c.problems).sum();
    assert_eq!(per_category, 3);

    // The action, as actions always were: once, as it stands in cycle 2.
    assert_eq!(r.overall().actions, 1);
    assert_eq!(r.overall().in_progress, 1);

    // The report says what it did.
    let md = rollup::markdown(&r, Lang::En);
    assert!(md.contains("**Problems raised:** 3"), "{md}");
    assert!(md.contains(
        "Problems and open actions carried over into the next cycle are counted once, in the \
         later session of the period, as they stand there (rank, flag, status): 2 problems and \
         1 action of earlier cycles are not counted again."
    ));
    let flagged = md
        .split("## Problems flagged for district or national action")
        .nth(1)
        .unwrap();
    assert_eq!(flagged.matches("Muggings at the footbridge").count(), 1);
    let (_, rows) = parse_csv(&rollup::csv_table(
        &r,
        RollupTable::Escalated,
        CsvOptions::default(),
    ));
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0][0], "cyc2");

    // Cycle 1 alone counts its own problems, with its own ranks.
    options.until = Some(day(2026, 2, 28));
    let r = rollup::rollup(&all, &options);
    assert_eq!((r.problems, r.carried_problems), (a.problems.len(), 0));
    assert_eq!(r.escalated[0].origin.session_id, "cyc1");
    assert_eq!(r.escalated[0].rank, Some(2));
    assert!(!rollup::markdown(&r, Lang::En).contains("counted once"));

    // A chain of three cycles: only the latest counts.
    options.until = None;
    let r = rollup::rollup(&all, &options);
    assert_eq!(r.problems, 3);
    assert_eq!((r.carried_problems, r.carried_actions), (5, 2));
    assert_eq!(r.escalated.len(), 1);
    assert_eq!(r.escalated[0].origin.session_id, "cyc3");
    assert_eq!(r.escalated[0].rank, Some(2));
    assert_eq!(
        find(&r, "Crime and theft", "Muggings at the footbridge").average_rank,
        Some(2.0)
    );
}

#[test]
fn the_period_filters_sessions_by_date() {
    let mut options = as_of();
    options.since = Some(day(2026, 3, 1));
    options.until = Some(day(2026, 4, 30));
    let r = rollup::rollup(&sessions(), &options);
    // Days 59..=119 of the year: sessions 9 to 17.
    assert_eq!(r.sessions, 9);
    assert_eq!(r.first, Some(date_of(9)));
    assert_eq!(r.last, Some(date_of(17)));
    let phone = find(&r, "Crime and theft", PHONE[3]);
    assert_eq!(phone.raised, 3, "sessions 9, 12, 15");
    // Three spellings, once each: the first in sort order names the category.
    assert_eq!(phone.category, "CRIME AND THEFT");
    assert_eq!(r.escalated.len(), 2, "sessions 9 and 13");
    options.since = Some(day(2027, 1, 1));
    options.until = None;
    let r = rollup::rollup(&sessions(), &options);
    assert_eq!(r.sessions, 0);
    assert!(r.recurring.is_empty());
    assert_eq!(r.overall().rate(), None);
    let md = rollup::markdown(&r, Lang::En);
    assert!(md.contains("No problem was raised in more than one community."));
}

#[test]
fn every_format_carries_the_numbers() {
    let r = rollup::rollup(&sessions(), &as_of());
    let md = rollup::markdown(&r, Lang::En);
    assert!(md.starts_with("# Programme roll-up\n"));
    for heading in [
        "## Problems that recur across communities",
        "### By category",
        "## Action completion",
        "## Overdue actions",
        "## Problems flagged for district or national action",
    ] {
        assert!(md.lines().any(|l| l == heading), "{heading}");
    }
    let phone = find(&r, "Crime and theft", PHONE[0]);
    assert!(md.contains(&format!(
        "| {} | Crime and theft | 10 | 14 | 14 | 1 | 0 | 2 |",
        phone.title
    )));
    assert!(md.contains("60 actions; **50% done** (30 of 60); 17 overdue as of 1 July 2026."));
    assert!(md.contains("| Police | 20 | 10 | 50% |"));

    let page = rollup::html(&r, Lang::En);
    assert!(page.contains("<svg class=\"chart\""));
    assert_eq!(page.matches("<rect class=\"bar\"").count(), 4);
    for banned in ["http:", "https:", "<script", "src=", "url("] {
        assert!(!page.contains(banned), "{banned}");
    }

    let (header, rows) = parse_csv(&rollup::csv_table(
        &r,
        RollupTable::Completion,
        CsvOptions::default(),
    ));
    assert_eq!(
        header[..4],
        ["responsible", "actions", "done", "completion_rate"]
    );
    assert_eq!(rows[3][..4], ["All", "60", "30", "0.5000"]);
    let (header, rows) = parse_csv(&rollup::csv_table(
        &r,
        RollupTable::Recurring,
        CsvOptions::default(),
    ));
    assert_eq!(rows.len(), r.recurring.len());
    let wordings = header.iter().position(|h| h == "wordings").unwrap();
    let stalls = rows
        .iter()
        .find(|row| row[wordings].contains(STALLS[0]))
        .unwrap();
    assert!(stalls[wordings].contains('\n'));
    let (_, rows) = parse_csv(&rollup::csv_table(
        &r,
        RollupTable::Escalated,
        CsvOptions::default(),
    ));
    assert_eq!(rows.len(), 4);
    assert_eq!(rows[3][2], "kibera,  NAIROBI.");
}

#[test]
fn anonymized_rollup_names_no_responsible_person() {
    let mut options = as_of();
    options.anonymize = true;
    let r = rollup::rollup(&sessions(), &options);
    let md = rollup::markdown(&r, Lang::En);
    for name in ["Otieno", "Rehema", "Kilimani", "Facilitator"] {
        assert!(!md.contains(name), "{name}");
    }
    assert_eq!(r.overall().done, 30);
}

// --- The command line -----------------------------------------------------

fn parse_csv(bytes: &[u8]) -> (Vec<String>, Vec<Vec<String>>) {
    let mut reader = ::csv::ReaderBuilder::new().from_reader(bytes);
    let header = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_string)
        .collect();
    let rows = reader
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect();
    (header, rows)
}

fn folder() -> (TempDir, PathBuf) {
    let tmp = TempDir::new().unwrap();
    let dir = tmp.path().join("sessions");
    let store = Store::open(&dir).unwrap();
    for s in sessions() {
        store.create(&s).unwrap();
    }
    (tmp, dir)
}

fn baraza(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_baraza"))
        .arg("--dir")
        .arg(dir)
        .args(args)
        .stdin(Stdio::null())
        .output()
        .unwrap()
}

fn text(b: &[u8]) -> String {
    String::from_utf8(b.to_vec()).unwrap()
}

#[test]
fn rollup_command_skips_unreadable_files_with_a_warning_each() {
    let (tmp, dir) = folder();
    fs::write(dir.join("2026-05-05-broken.ron"), "(version: 2, title: ").unwrap();
    fs::write(dir.join("zz-not-utf8.ron"), [0xff, 0xfe, 0x00]).unwrap();
    fs::write(dir.join("notes.txt"), "not a session").unwrap();
    let out = baraza(&dir, &["rollup", "--as-of", "2026-07-01"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let err = text(&out.stderr);
    let warnings: Vec<&str> = err.lines().collect();
    assert_eq!(warnings.len(), 2, "{err}");
    assert!(warnings[0].starts_with("baraza: skipped unreadable "));
    assert!(warnings[0].contains("2026-05-05-broken.ron: 1:"), "{err}");
    assert!(
        warnings[1].contains("zz-not-utf8.ron: 1:1: not UTF-8"),
        "{err}"
    );
    let md = text(&out.stdout);
    assert!(md.contains("**Sessions:** 40"));
    assert!(md.contains("**Communities:** 10"));
    assert_eq!(
        md,
        rollup::markdown(&rollup::rollup(&sessions(), &as_of()), Lang::En),
        "the command writes what the library computes"
    );

    // The period on the command line.
    let out = baraza(
        &dir,
        &[
            "rollup",
            "--since",
            "2026-03-01",
            "--until",
            "2026-04-30",
            "--as-of",
            "2026-07-01",
        ],
    );
    assert!(out.status.success());
    assert!(text(&out.stdout).contains("**Sessions:** 9"));
    assert!(text(&out.stdout).contains("sessions from 1 March 2026 to 30 April 2026"));

    // CSV: one table to standard output, or all of them to files.
    let out = baraza(
        &dir,
        &[
            "rollup",
            "-F",
            "csv",
            "--table",
            "completion",
            "--as-of",
            "2026-07-01",
        ],
    );
    assert!(out.status.success());
    let (_, rows) = parse_csv(&out.stdout);
    assert_eq!(rows[3][..3], ["All", "60", "30"]);
    let file = tmp.path().join("rollup.csv");
    let out = baraza(&dir, &["rollup", "-F", "csv", "-o", file.to_str().unwrap()]);
    assert!(out.status.success());
    for t in RollupTable::ALL {
        let path = tmp.path().join(format!("rollup-{}.csv", t.name()));
        assert!(text(&out.stdout).contains(&path.display().to_string()));
        parse_csv(&fs::read(&path).unwrap());
    }
    let page = tmp.path().join("rollup.html");
    let out = baraza(
        &dir,
        &["rollup", "-F", "html", "-o", page.to_str().unwrap()],
    );
    assert!(out.status.success());
    assert!(fs::read_to_string(&page).unwrap().contains("<svg"));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = fs::metadata(&page).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
}

#[test]
fn rollup_mistakes_get_one_line_and_the_right_exit_code() {
    let (tmp, dir) = folder();
    let check = |o: Output, code: i32, says: &str| {
        let err = text(&o.stderr);
        assert_eq!(o.status.code(), Some(code), "{err}");
        assert!(err.contains(says), "«{says}» in {err}");
        assert!(err.lines().filter(|l| !l.trim().is_empty()).count() <= 3);
    };
    check(
        baraza(
            &dir,
            &["rollup", "--since", "2026-05-01", "--until", "2026-04-01"],
        ),
        2,
        "is after --until",
    );
    check(
        baraza(&dir, &["rollup", "-F", "csv"]),
        2,
        "choose one with --table",
    );
    check(
        baraza(&dir, &["rollup", "--table", "overdue"]),
        2,
        "for CSV only",
    );
    check(
        baraza(&dir, &["rollup", "--since", "May"]),
        2,
        "is not a date",
    );
    check(baraza(&dir, &["rollup", "-F", "pdf"]), 2, "pdf");
    let missing = tmp.path().join("nowhere");
    check(baraza(&missing, &["rollup"]), 1, "no such folder");
    assert!(!missing.exists(), "a roll-up never creates a folder");
}

#[test]
fn a_thousand_sessions_roll_up_quickly() {
    // The library alone, on sessions already read (the benchmark measures
    // reading too): well under a second even in a debug build.
    let base = sessions();
    let many: Vec<Session> = (0..1000)
        .map(|i| {
            let mut s = base[i % base.len()].clone();
            s.id = format!("many{i:04}");
            s
        })
        .collect();
    let start = Instant::now();
    let r = rollup::rollup(&many, &as_of());
    let took = start.elapsed();
    assert_eq!(r.sessions, 1000);
    assert_eq!(find(&r, "Crime and theft", PHONE[0]).raised, 14 * 25);
    assert!(took.as_secs_f64() < 5.0, "{took:?}");
}
