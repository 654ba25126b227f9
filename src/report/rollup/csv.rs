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
    /// Score-card indicators across communities, at their latest cycle.
    Indicators,
    /// Score-card indicators per community and cycle.
    Trend,
    /// Places marked in more than one community.
    Places,
    /// The times of day and months across communities.
    Times,
    /// Escalations awaiting a reply longer than the limit.
    Awaiting,
}

impl RollupTable {
    pub const ALL: [RollupTable; 11] = [
        RollupTable::Recurring,
        RollupTable::Categories,
        RollupTable::Completion,
        RollupTable::Overdue,
        RollupTable::Escalated,
        RollupTable::Sessions,
        RollupTable::Indicators,
        RollupTable::Trend,
        RollupTable::Places,
        RollupTable::Times,
        RollupTable::Awaiting,
    ];

    pub fn name(self) -> &'static str {
        match self {
            RollupTable::Recurring => "recurring",
            RollupTable::Categories => "categories",
            RollupTable::Completion => "completion",
            RollupTable::Overdue => "overdue",
            RollupTable::Escalated => "escalated",
            RollupTable::Sessions => "sessions",
            RollupTable::Indicators => "indicators",
            RollupTable::Trend => "trend",
            RollupTable::Places => "places",
            RollupTable::Times => "times",
            RollupTable::Awaiting => "awaiting",
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
        RollupTable::Indicators => (
            h(&[
                "indicator",
                "communities",
                "community_mean",
                "provider_mean",
                "gap_size",
                "higher",
            ]),
            r.indicators
                .iter()
                .map(|x| {
                    let (size, higher) = gap_cells(x.gap);
                    vec![
                        x.indicator.clone(),
                        x.communities.to_string(),
                        points(x.community),
                        points(x.provider),
                        size,
                        higher,
                    ]
                })
                .collect(),
        ),
        RollupTable::Trend => (
            h(&[
                "indicator",
                "community",
                "provider",
                "cycle",
                "session_id",
                "session_date",
                "community_score",
                "provider_score",
                "gap_size",
                "higher",
            ]),
            r.trends
                .iter()
                .flat_map(|t| {
                    t.points.iter().enumerate().map(move |(i, p)| {
                        let (size, higher) = gap_cells(p.gap());
                        vec![
                            t.indicator.clone(),
                            t.community.clone(),
                            t.provider.clone(),
                            (i + 1).to_string(),
                            p.session_id.clone(),
                            p.date.to_string(),
                            points(p.community),
                            points(p.provider),
                            size,
                            higher,
                        ]
                    })
                })
                .collect(),
        ),
        RollupTable::Places => (
            h(&[
                "place",
                "communities",
                "highest_mark",
                "when",
                "wordings",
                "communities_list",
            ]),
            r.places
                .iter()
                .map(|p| {
                    vec![
                        p.place.clone(),
                        p.communities.len().to_string(),
                        format!("{:.1}", p.highest),
                        p.when.label().into(),
                        p.wordings.join("\n"),
                        p.communities.join("\n"),
                    ]
                })
                .collect(),
        ),
        RollupTable::Times => (
            h(&[
                "time",
                "communities_marked",
                "communities_unsafe",
                "mean_mark",
            ]),
            r.times
                .iter()
                .map(|t| {
                    vec![
                        t.band.label().into(),
                        t.marked.to_string(),
                        t.unsafe_in.to_string(),
                        t.mean.map(|m| format!("{m:.2}")).unwrap_or_default(),
                    ]
                })
                .collect(),
        ),
        RollupTable::Awaiting => (
            h(&[
                "session_id",
                "session",
                "community",
                "session_date",
                "problem",
                "raised_with",
                "raised_on",
                "days_waiting",
                "followed_up_without_reply",
            ]),
            r.awaiting
                .iter()
                .map(|a| {
                    let mut row = origin(&a.origin);
                    row.extend([
                        a.problem.clone(),
                        a.to.clone(),
                        a.raised.to_string(),
                        a.days.to_string(),
                        a.chased.to_string(),
                    ]);
                    row
                })
                .collect(),
        ),
    };
    write_rows(&header, &rows, csv)
}

/// A score on 0–100 with one decimal, or nothing.
fn points(v: Option<f64>) -> String {
    v.map(|v| format!("{:.1}", v + 0.0)).unwrap_or_default()
}

/// A gap as its size and the side that scored higher: no cell starts with
/// a minus sign, which the formula guard would quote.
fn gap_cells(gap: Option<f64>) -> (String, String) {
    match gap {
        None => (String::new(), String::new()),
        Some(g) if g < -0.05 => (points(Some(-g)), "provider".into()),
        Some(g) if g > 0.05 => (points(Some(g)), "community".into()),
        Some(_) => ("0.0".into(), "equal".into()),
    }
}
