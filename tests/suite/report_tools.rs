//! The score card, the where-and-when grid and the follow-up ledger in the
//! reports (Markdown, CSV, HTML) of the example sessions, anonymised copies
//! without reasons and reply notes, and the roll-up's new tables over the
//! example sessions (with a next cycle of Kibera for the trend), through the
//! real binary too.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use crate::common::tables::{md_cells, md_table, parse_csv};
use baraza::i18n::Lang;
use baraza::model::cycle::next_cycle;
use baraza::model::score_card::Scorer;
use baraza::model::*;
use baraza::report::csv::{CsvOptions, SessionTable};
use baraza::report::rollup::{self, RollupOptions, RollupTable};
use baraza::report::{Options, csv, html, markdown};
use baraza::store::{self, Store};
use chrono::{DateTime, NaiveDate};
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
    Options::new(day(2026, 9, 1))
}

/// The rows of a CSV table as maps from column to cell.
fn records(bytes: &[u8]) -> Vec<std::collections::HashMap<String, String>> {
    let (header, rows) = parse_csv(bytes);
    rows.into_iter()
        .map(|r| header.iter().cloned().zip(r).collect())
        .collect()
}

#[test]
fn markdown_holds_the_score_card_side_by_side_with_the_gaps_marked() {
    let md = markdown::markdown(&example(KIBERA), &as_of());
    let t = md_table(&md, "| Indicator | Women |");
    assert_eq!(
        md_cells(&t[0]),
        [
            "Indicator",
            "Women",
            "Men",
            "Youth",
            "Elders",
            "Community",
            "Kibera police post",
            "Gap"
        ]
    );
    // 6 indicators and the mean, under the header and its rule.
    assert_eq!(t.len(), 2 + 6 + 1);
    assert_eq!(
        md_cells(&t[6]),
        [
            "◆ Honesty: no bribes asked",
            "45",
            "35",
            "25",
            "50",
            "39",
            "85",
            "−46"
        ]
    );
    // Not among the biggest: no mark.
    assert!(t[3].starts_with("| Respect and courtesy |"));
    assert!(
        md.contains("- Honesty: no bribes asked\n  - **Men (35)**: boda riders pay every week")
    );
    assert!(md.contains("### Actions planned on the gaps"));
    assert!(md.contains(
        "Joint youth–police forum every month (on the score-card gap «Fairness to youth»)"
    ));
    // Eastleigh scores 1–5: one decimal.
    let md = markdown::markdown(&example(EASTLEIGH), &as_of());
    let t = md_table(&md, "| Indicator | Women |");
    assert_eq!(
        md_cells(&t[2])[1..],
        ["2.0", "3.0", "2.0", "3.0", "2.5", "4.0", "−1.5"]
    );
}

#[test]
fn markdown_holds_the_grid_per_group_and_for_the_whole_room() {
    let md = markdown::markdown(&example(KIBERA), &as_of());
    let room = md_table(&md, "**Whole room, times of day**");
    assert_eq!(
        md_cells(&room[0]),
        ["Place", "morning", "afternoon", "evening", "night"]
    );
    assert_eq!(room.len(), 2 + 5);
    // Women 3 and Youth 2 on the footpath in the evening: 2.5, dark shade.
    assert_eq!(
        md_cells(&room[2]),
        ["Railway footpath", "░ 1", "░ 1", "▓ 2.5", "▓ 2.7"]
    );
    for group in ["Women", "Youth", "Elders"] {
        let t = md_table(&md, &format!("**{group}, times of day**"));
        assert_eq!(t.len(), 2 + 5, "{group}");
    }
    assert!(!md.contains("**Men, times of day**"), "Men marked nothing");
    assert!(md.contains("**Women, months of the year**"));
    assert!(md.contains("- **Kianda water kiosk, night**: 3 — «Fights at water points»"));
}

#[test]
fn markdown_holds_the_ledger_with_its_days() {
    let md = markdown::markdown(&example(KIBERA), &as_of());
    let t = md_table(&md, "| No. | Problem | Raised with |");
    assert_eq!(t.len(), 2 + 2);
    assert_eq!(
        md_cells(&t[2]),
        [
            "1",
            "Gang recruitment of boys",
            "Sub-county security committee",
            "2026-06-10",
            "replied, awaiting action",
            "2026-07-20",
            "",
            "",
            "replied, no action for 43 days"
        ]
    );
    assert!(t[3].contains("waiting 81 days for a reply"));
    assert!(md.contains("- **2026-07-01** — ○ no reply: chased at the chief's baraza\n- **2026-07-20** — ✉ reply: committee to visit Laini Saba in August"));
    // A session with none of them has none of the sections.
    let mut plain = example(KIBERA);
    plain.score_card = Default::default();
    plain.where_when = Default::default();
    plain.escalations.clear();
    for a in &mut plain.actions {
        a.card_indicator = None;
    }
    let md = markdown::markdown(&plain, &as_of());
    for heading in ["## Score card", "## Where and when", "## Follow-up"] {
        assert!(!md.contains(heading), "{heading}");
    }
}

#[test]
fn days_to_first_action_and_to_done_are_in_the_ledger() {
    let mut s = example(KIBERA);
    let e = &mut s.escalations[0];
    let at = e.replies[0].at;
    for (date, kind) in [
        (day(2026, 8, 14), ledger::ReplyKind::Action),
        (day(2026, 8, 30), ledger::ReplyKind::Done),
    ] {
        e.replies.push(ledger::Reply {
            date,
            kind,
            note: String::new(),
            at,
        });
    }
    let md = markdown::markdown(&s, &as_of());
    let t = md_table(&md, "| No. | Problem | Raised with |");
    assert_eq!(md_cells(&t[2])[4..8], ["done", "2026-07-20", "65", "81"]);
    let rows = records(&csv::table(
        &s,
        SessionTable::Escalations,
        &as_of(),
        CsvOptions::default(),
    ));
    assert_eq!(rows[0]["days_to_first_action"], "65");
    assert_eq!(rows[0]["days_to_done"], "81");
    assert_eq!(rows[1]["days_awaiting_reply"], "81");
}

use baraza::model::ledger;

#[test]
fn csv_tables_hold_every_score_mark_and_reply() {
    let s = example(KIBERA);
    let table = |t| csv::table(&s, t, &as_of(), CsvOptions::default());
    let card = records(&table(SessionTable::Card));
    assert_eq!(card.len(), 30);
    let women_respect = card
        .iter()
        .find(|r| r["indicator"] == "Fairness to women and girls" && r["who"] == "Women")
        .unwrap();
    assert_eq!(women_respect["score"], "25");
    assert_eq!(women_respect["reason"], "the desk sends women home");
    assert_eq!(women_respect["scale"], "0-100");
    assert_eq!(
        card.iter().filter(|r| r["scored_by"] == "provider").count(),
        6
    );
    let gaps = records(&table(SessionTable::Gaps));
    assert_eq!(gaps.len(), 6);
    let honesty = &gaps[4];
    assert_eq!(
        (
            honesty["community_mean"].as_str(),
            honesty["provider_score"].as_str(),
            honesty["gap_size"].as_str(),
            honesty["higher"].as_str(),
            honesty["biggest_gap"].as_str()
        ),
        ("39", "85", "46", "provider", "yes")
    );
    let grid = records(&table(SessionTable::Grid));
    assert_eq!(grid.len(), 16 + 8 + 5);
    let cell = grid
        .iter()
        .find(|r| r["place"] == "Laini Saba" && r["time"] == "night" && r["group"] == "Youth")
        .unwrap();
    assert_eq!(cell["level"], "3");
    assert_eq!(cell["problems"], "Gang recruitment of boys");
    assert!(
        grid.iter()
            .any(|r| r["clock"] == "month" && r["time"] == "Apr")
    );
    let replies = records(&table(SessionTable::Replies));
    assert_eq!(replies.len(), 2);
    assert_eq!(replies[1]["kind"], "reply");
    let actions = records(&table(SessionTable::Actions));
    assert_eq!(actions[3]["score_card_indicator"], "Fairness to youth");
    // No cell of ours starts a formula: no gap is written with a minus.
    for t in [
        SessionTable::Gaps,
        SessionTable::Card,
        SessionTable::Escalations,
    ] {
        let (_, rows) = parse_csv(&table(t));
        assert!(rows.iter().flatten().all(|c| !c.starts_with('\'')), "{t:?}");
    }
}

#[test]
fn html_draws_the_grid_in_colour_with_the_number_in_each_cell() {
    let page = html::html(&example(KIBERA), &as_of());
    assert!(page.contains("<table class=\"heat\">"));
    assert!(page.contains("<figcaption dir=\"auto\">Whole room, times of day</figcaption>"));
    // Every coloured cell holds its shade and number, so it reads in print.
    assert!(page.contains("<td class=\"h h3\">▓ 2.5</td>"));
    assert!(page.contains("<td class=\"h h1\">░ 1</td>"));
    assert!(
        page.contains("<td class=\"h\"></td>"),
        "an unmarked cell is blank"
    );
    let coloured = page.matches("<td class=\"h h").count();
    let numbered = page
        .split("<td class=\"h h")
        .skip(1)
        .filter(|c| {
            c.split("</td>")
                .next()
                .unwrap()
                .chars()
                .any(|ch| ch.is_ascii_digit())
        })
        .count();
    assert_eq!(coloured, numbered);
    assert!(page.contains("<tr class=\"mark\"><td dir=\"auto\">◆ Honesty: no bribes asked</td>"));
    assert!(page.contains("Follow-up of escalations"));
    // Still nothing fetched from anywhere.
    assert!(!page.contains("://"));
}

#[test]
fn anonymised_reports_leave_out_reasons_and_reply_notes_but_keep_the_numbers() {
    let s = example(KIBERA);
    let options = as_of().anonymized();
    let md = markdown::markdown(&s, &options);
    for secret in [
        "the desk sends women home",
        "boda riders pay every week",
        "chased at the chief's baraza",
        "committee to visit Laini Saba",
    ] {
        assert!(!md.contains(secret), "{secret}");
        for t in SessionTable::ALL {
            let text =
                String::from_utf8(csv::table(&s, t, &options, CsvOptions::default())).unwrap();
            assert!(!text.contains(secret), "{secret} in {t:?}");
        }
    }
    assert!(md.contains("The reasons given for scores are left out of anonymised copies."));
    assert!(md.contains("| ◆ Honesty: no bribes asked | 45 | 35 | 25 | 50 | 39 | 85 | −46 |"));
    assert!(md.contains("- **2026-07-01** — ○ no reply\n"));
}

// --- The roll-up ----------------------------------------------------------

fn moment() -> Timestamp {
    DateTime::parse_from_rfc3339("2026-12-05T10:00:00+03:00").unwrap()
}

/// Kibera's second cycle, re-scored: the community up on most indicators,
/// the post a little humbler, the awaited escalation still open.
pub(crate) fn kibera_cycle_2() -> Session {
    let prev = example(KIBERA);
    let mut next = next_cycle(
        &prev,
        "k1b3racyc2".into(),
        "Kibera youth baraza — cycle 2".into(),
        day(2026, 12, 5),
        moment(),
    );
    for (i, ind) in next.score_card.indicators.clone().iter().enumerate() {
        for g in next.group_ids() {
            // The groups that scored before score again.
            let Some(before) = prev.score_card.value(ind.id, Scorer::Group(g)) else {
                continue;
            };
            next.score_card.scores.push(score_card::CardScore {
                indicator: ind.id,
                by: Scorer::Group(g),
                value: before + 10 * (i as u8 % 2 + 1),
                reason: String::new(),
                at: moment(),
            });
        }
        next.score_card.scores.push(score_card::CardScore {
            indicator: ind.id,
            by: Scorer::Provider,
            value: 70,
            reason: String::new(),
            at: moment(),
        });
    }
    assert!(next.validate().is_empty(), "{:?}", next.validate());
    next
}

use baraza::model::score_card;

fn rollup_options() -> RollupOptions {
    RollupOptions::new(day(2026, 12, 20))
}

#[test]
fn the_rollup_holds_the_trend_the_places_and_the_escalations_awaited() {
    let sessions = vec![example(KIBERA), example(EASTLEIGH), kibera_cycle_2()];
    let r = rollup::rollup(&sessions, &rollup_options());
    // Kibera's responsiveness: 45 then 55 (each group +10); the post 75 then 70.
    let t = r
        .trends
        .iter()
        .find(|t| t.indicator.starts_with("Responsiveness") && t.community == "Kibera, Nairobi")
        .unwrap();
    assert_eq!(t.points.len(), 2);
    assert_eq!(t.points[0].community, Some(45.0));
    assert_eq!(t.points[1].community, Some(55.0));
    assert_eq!(t.points[1].provider, Some(70.0));
    assert_eq!(t.change(), Some(10.0));
    // Eastleigh's 1–5 card read on 0–100: its women's 2 is 25.
    let e = r
        .trends
        .iter()
        .find(|t| t.indicator.starts_with("Responsiveness") && t.community == "Eastleigh, Nairobi")
        .unwrap();
    assert_eq!(e.points[0].community, Some(37.5));
    let across = r
        .indicators
        .iter()
        .find(|x| x.indicator.starts_with("Responsiveness"))
        .unwrap();
    assert_eq!(across.communities, 2);
    assert_eq!(across.community, Some((55.0 + 37.5) / 2.0));
    // Places named alike in both communities.
    let places: Vec<&str> = r.places.iter().map(|p| p.place.as_str()).collect();
    assert_eq!(places, ["Kianda water kiosk", "Matatu stage"]);
    assert_eq!(
        r.places[1].wordings,
        ["Matatu stage", "First Avenue matatu stage"]
    );
    let night = r
        .times
        .iter()
        .find(|t| t.band == where_when::TimeBand::Night)
        .unwrap();
    assert_eq!((night.marked, night.unsafe_in), (2, 2));
    // The gender office never answered: counted once, in the later cycle.
    let waiting: Vec<(&str, &str, i64)> = r
        .awaiting
        .iter()
        .map(|a| (a.problem.as_str(), a.origin.session.as_str(), a.days))
        .collect();
    assert_eq!(
        waiting,
        [
            (
                "Domestic violence not reported",
                "Kibera youth baraza — cycle 2",
                191
            ),
            (
                "Uchafu na maji machafu (garbage and sewage)",
                "Eastleigh market security baraza",
                64
            ),
        ]
    );
    assert_eq!(r.escalations, 3);
    let mut options = rollup_options();
    options.awaiting_days = 100;
    assert_eq!(rollup::rollup(&sessions, &options).awaiting.len(), 1);

    let md = rollup::markdown(&r, Lang::En);
    assert!(md.contains("## Score cards"));
    assert!(md.contains(
        "| Responsiveness: comes when called | Kibera, Nairobi | 45 → 55 | 75 → 70 | +10 | −15 |"
    ));
    assert!(md.contains("## Places and times that recur across communities"));
    assert!(md.contains("## Escalations awaiting a reply for more than 30 days"));
    let page = rollup::html(&r, Lang::En);
    assert!(page.contains("Trend per community, cycle by cycle"));
    let table = |t| records(&rollup::csv_table(&r, t, CsvOptions::default()));
    assert_eq!(
        table(RollupTable::Trend).len(),
        r.trends.iter().map(|t| t.points.len()).sum::<usize>()
    );
    let awaiting = table(RollupTable::Awaiting);
    assert_eq!(awaiting[0]["days_waiting"], "191");
    assert_eq!(table(RollupTable::Places)[0]["communities"], "2");
    assert_eq!(table(RollupTable::Times).len(), r.times.len());
    let indicators = table(RollupTable::Indicators);
    assert!(indicators.iter().all(|r| !r["gap_size"].starts_with('-')));
}

use baraza::model::where_when;

fn baraza(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_baraza"))
        .arg("--dir")
        .arg(dir)
        .args(args)
        .stdin(Stdio::null())
        .output()
        .unwrap()
}

fn folder() -> (TempDir, PathBuf) {
    let tmp = TempDir::new().unwrap();
    let dir = tmp.path().join("sessions");
    let store = Store::open(&dir).unwrap();
    for s in [example(KIBERA), example(EASTLEIGH), kibera_cycle_2()] {
        store.create(&s).unwrap();
    }
    (tmp, dir)
}

#[test]
fn the_rollup_command_takes_the_awaiting_days() {
    let (_tmp, dir) = folder();
    let out = baraza(
        &dir,
        &["rollup", "--as-of", "2026-12-20", "--awaiting-days", "100"],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let md = String::from_utf8(out.stdout).unwrap();
    assert!(md.contains("## Escalations awaiting a reply for more than 100 days"));
    assert!(md.contains(
        "| Domestic violence not reported | County gender office | 2026-06-12 | 191 days |"
    ));
    assert!(!md.contains("| County environment office |"));
    let out = baraza(
        &dir,
        &[
            "rollup",
            "-F",
            "csv",
            "--table",
            "trend",
            "--as-of",
            "2026-12-20",
        ],
    );
    assert!(out.status.success());
    let rows = records(&out.stdout);
    assert!(
        rows.iter()
            .any(|r| r["cycle"] == "2" && r["community"] == "Kibera, Nairobi")
    );
    let bad = baraza(&dir, &["rollup", "--awaiting-days", "soon"]);
    assert_eq!(bad.status.code(), Some(2));
    let said = String::from_utf8(bad.stderr).unwrap();
    assert!(said.contains("--awaiting-days"), "{said}");
    // export of the new session tables.
    let out = baraza(
        &dir,
        &[
            "export",
            "k1b3racyc1",
            "-F",
            "csv",
            "--table",
            "grid",
            "-o",
            "-",
        ],
    );
    assert!(out.status.success());
    assert_eq!(records(&out.stdout).len(), 29);
}
