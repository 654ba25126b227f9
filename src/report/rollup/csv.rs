//! The roll-up's CSV tables, one file each, with the same formula guard as a
//! session's tables.

use super::model::{Origin, Rollup};
use crate::report::csv::{CsvOptions, write_rows};

/// The roll-up's CSV tables.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RollupTable {
    /// Every group of similar problems (recurring or not).
    Recurring,
    Categories,
    Completion,
    Overdue,
    Escalated,
    /// Every session counted, with its consent note (and, in a programme
    /// roll-up, the laptops holding versions not resolved yet).
    Sessions,
}

impl RollupTable {
    pub const ALL: [RollupTable; 6] = [
        RollupTable::Recurring,
        RollupTable::Categories,
        RollupTable::Completion,
        RollupTable::Overdue,
        RollupTable::Escalated,
        RollupTable::Sessions,
    ];

    pub fn name(self) -> &'static str {
        match self {
            RollupTable::Recurring => "recurring",
            RollupTable::Categories => "categories",
            RollupTable::Completion => "completion",
            RollupTable::Overdue => "overdue",
            RollupTable::Escalated => "escalated",
            RollupTable::Sessions => "sessions",
        }
    }

    pub fn from_name(name: &str) -> Option<RollupTable> {
        RollupTable::ALL.into_iter().find(|t| t.name() == name)
    }
}

/// One roll-up table as CSV bytes.
pub fn csv_table(r: &Rollup, which: RollupTable, csv: CsvOptions) -> Vec<u8> {
    let h = |names: &[&str]| names.iter().map(|n| n.to_string()).collect::<Vec<_>>();
    let origin = |o: &Origin| {
        vec![
            o.session_id.clone(),
            o.session.clone(),
            o.location.clone(),
            o.date.to_string(),
        ]
    };
    let (header, rows): (Vec<String>, Vec<Vec<String>>) = match which {
        RollupTable::Recurring => (
            h(&[
                "problem",
                "category",
                "communities",
                "sessions",
                "times_raised",
                "average_rank",
                "times_ranked",
                "shortlisted",
                "escalated",
                "resolved",
                "wordings",
                "communities_list",
            ]),
            r.recurring
                .iter()
                .map(|x| {
                    vec![
                        x.title.clone(),
                        x.category.clone(),
                        x.communities.to_string(),
                        x.sessions.to_string(),
                        x.raised.to_string(),
                        x.average_rank
                            .map(|a| format!("{a:.2}"))
                            .unwrap_or_default(),
                        x.ranked.to_string(),
                        x.shortlisted.to_string(),
                        x.escalated.to_string(),
                        x.resolved.to_string(),
                        x.wordings.join("\n"),
                        x.places.join("\n"),
                    ]
                })
                .collect(),
        ),
        RollupTable::Categories => (
            h(&[
                "category",
                "problems",
                "sessions",
                "communities",
                "escalated",
            ]),
            r.categories
                .iter()
                .map(|c| {
                    vec![
                        c.category.clone(),
                        c.problems.to_string(),
                        c.sessions.to_string(),
                        c.communities.to_string(),
                        c.escalated.to_string(),
                    ]
                })
                .collect(),
        ),
        RollupTable::Completion => (
            h(&[
                "responsible",
                "actions",
                "done",
                "completion_rate",
                "in_progress",
                "planned",
                "stalled",
                "dropped",
                "overdue",
            ]),
            r.completion
                .iter()
                .map(|c| {
                    vec![
                        c.responsible.clone(),
                        c.actions.to_string(),
                        c.done.to_string(),
                        c.rate().map(|x| format!("{x:.4}")).unwrap_or_default(),
                        c.in_progress.to_string(),
                        c.planned.to_string(),
                        c.stalled.to_string(),
                        c.dropped.to_string(),
                        c.overdue.to_string(),
                    ]
                })
                .collect(),
        ),
        RollupTable::Overdue => (
            h(&[
                "session_id",
                "session",
                "community",
                "session_date",
                "problem",
                "activity",
                "responsible",
                "due",
                "days_overdue",
                "status",
            ]),
            r.overdue
                .iter()
                .map(|o| {
                    let mut row = origin(&o.origin);
                    row.extend([
                        o.problem.clone(),
                        o.activity.clone(),
                        o.responsible.clone(),
                        o.due.to_string(),
                        o.days.to_string(),
                        o.status.label().into(),
                    ]);
                    row
                })
                .collect(),
        ),
        RollupTable::Escalated => (
            h(&[
                "session_id",
                "session",
                "community",
                "session_date",
                "problem",
                "category",
                "place",
                "rank",
                "resolved",
            ]),
            r.escalated
                .iter()
                .map(|e| {
                    let mut row = origin(&e.origin);
                    row.extend([
                        e.problem.clone(),
                        e.category.clone(),
                        e.place.clone(),
                        e.rank.map(|x| x.to_string()).unwrap_or_default(),
                        if e.resolved { "yes" } else { "no" }.into(),
                    ]);
                    row
                })
                .collect(),
        ),
        RollupTable::Sessions => (
            h(&[
                "session_id",
                "session",
                "community",
                "session_date",
                "consent",
                "edited_on_laptops",
            ]),
            r.counted
                .iter()
                .map(|c| {
                    let mut row = origin(&c.origin);
                    let laptops = r
                        .conflicts
                        .iter()
                        .find(|x| x.origin.session_id == c.origin.session_id)
                        .map(|x| x.laptops.join(", "))
                        .unwrap_or_default();
                    row.extend([c.consent.clone(), laptops]);
                    row
                })
                .collect(),
        ),
    };
    write_rows(&header, &rows, csv)
}
