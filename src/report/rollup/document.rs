//! The roll-up as a document, rendered as Markdown and HTML like a
//! session's report.

use super::hot_spots::UNSAFE;
use super::model::{Recurring, Rollup};
use crate::report::doc::{Bar, Block, Chart, Doc, Table, Text, number};
use crate::text::{days, plural};

fn percent(rate: Option<f64>) -> String {
    rate.map(|r| format!("{}%", number(r * 100.0)))
        .unwrap_or_else(|| "–".into())
}

fn period(r: &Rollup) -> String {
    match (r.options.since, r.options.until) {
        (Some(a), Some(b)) => format!("sessions from {a} to {b}"),
        (Some(a), None) => format!("sessions from {a} on"),
        (None, Some(b)) => format!("sessions up to {b}"),
        (None, None) => "all sessions".into(),
    }
}

/// The roll-up as a document, for Markdown and HTML.
pub fn document(r: &Rollup) -> Doc {
    let mut b = Vec::new();
    if r.options.anonymize {
        b.push(Block::Note(
            "Anonymised: names of responsible people are reduced to the kind of actor.".into(),
        ));
    }
    let mut facts = vec![
        ("Period".to_string(), period(r)),
        ("Sessions".to_string(), r.sessions.to_string()),
        ("Communities".to_string(), r.communities.to_string()),
        ("Problems raised".to_string(), r.problems.to_string()),
        (
            "Overdue counted as of".to_string(),
            r.options.today.to_string(),
        ),
    ];
    if let (Some(first), Some(last)) = (r.first, r.last) {
        facts.insert(1, ("Session dates".into(), format!("{first} to {last}")));
    }
    b.push(Block::Facts(facts));
    if !r.conflicts.is_empty() {
        b.push(Block::Note(format!(
            "{} edited on more than one laptop and not resolved yet: the newest version \
             of each is counted, once (see «Edited on more than one laptop» below).",
            plural(r.conflicts.len(), "session was", "sessions were")
        )));
    }
    if r.carried_problems + r.carried_actions > 0 {
        b.push(Block::Para(Text::plain(format!(
            "Problems and open actions carried over into the next cycle are counted once, in the \
             later session of the period, as they stand there (rank, flag, status): {} and {} \
             of earlier cycles are not counted again.",
            plural(r.carried_problems, "problem", "problems"),
            plural(r.carried_actions, "action", "actions"),
        ))));
    }

    b.push(Block::Heading(
        2,
        "Problems that recur across communities".into(),
    ));
    let across: Vec<&Recurring> = r.across_communities().collect();
    if across.is_empty() {
        b.push(Block::Para(
            "No problem was raised in more than one community.".into(),
        ));
    } else {
        b.push(Block::Para(Text::plain(
            "Similar titles in the same category are counted together. Average rank is over \
             the sessions that ranked the problem (1 = the room's top priority).",
        )));
        b.push(Block::Chart(Chart {
            caption: "Communities raising each problem".into(),
            bars: across
                .iter()
                .take(20)
                .map(|x| Bar {
                    label: x.title.clone(),
                    value: x.communities as f64,
                    shown: format!("{} communities", x.communities),
                })
                .collect(),
        }));
        let mut t = Table::new(&[
            "Problem",
            "Category",
            "Communities",
            "Sessions",
            "Times raised",
            "Average rank",
            "Shortlisted",
            "Flagged for district/national",
            "Also worded as",
            "Where",
        ])
        .numeric(&[2, 3, 4, 5, 6, 7]);
        for x in &across {
            t.row(vec![
                x.title.clone(),
                x.category.clone(),
                x.communities.to_string(),
                x.sessions.to_string(),
                x.raised.to_string(),
                x.average_rank.map(number).unwrap_or_else(|| "–".into()),
                x.shortlisted.to_string(),
                x.escalated.to_string(),
                x.wordings[1..].join("\n"),
                x.places.join("\n"),
            ]);
        }
        b.push(Block::Table(t));
    }
    let single = r.recurring.len() - across.len();
    if single > 0 {
        b.push(Block::Para(
            format!(
                "{} raised in one community only {} in the CSV table «recurring».",
                plural(single, "problem", "problems"),
                if single == 1 { "is" } else { "are" }
            )
            .into(),
        ));
    }

    b.push(Block::Heading(3, "By category".into()));
    let mut t = Table::new(&[
        "Category",
        "Problems",
        "Sessions",
        "Communities",
        "Flagged for district/national",
    ])
    .numeric(&[1, 2, 3, 4]);
    for c in &r.categories {
        t.row(vec![
            c.category.clone(),
            c.problems.to_string(),
            c.sessions.to_string(),
            c.communities.to_string(),
            c.escalated.to_string(),
        ]);
    }
    b.push(Block::Table(t));

    b.push(Block::Heading(2, "Action completion".into()));
    let all = r.overall();
    b.push(Block::Para(
        Text::plain(format!("{} actions; ", all.actions))
            .then_strong(format!("{} done", percent(all.rate())))
            .then(format!(
                " ({} of {}); {} overdue as of {}.",
                all.done, all.actions, all.overdue, r.options.today
            )),
    ));
    let mut t = Table::new(&[
        "Responsible",
        "Actions",
        "Done",
        "Completion",
        "In progress",
        "Planned",
        "Stalled",
        "Dropped",
        "Overdue",
    ])
    .numeric(&[1, 2, 3, 4, 5, 6, 7, 8]);
    for c in &r.completion {
        t.row(vec![
            c.responsible.clone(),
            c.actions.to_string(),
            c.done.to_string(),
            percent(c.rate()),
            c.in_progress.to_string(),
            c.planned.to_string(),
            c.stalled.to_string(),
            c.dropped.to_string(),
            c.overdue.to_string(),
        ]);
    }
    b.push(Block::Table(t));

    b.push(Block::Heading(2, "Overdue actions".into()));
    if r.overdue.is_empty() {
        b.push(Block::Para(
            format!("No action is overdue as of {}.", r.options.today).into(),
        ));
    } else {
        let mut t = Table::new(&[
            "Activity",
            "Problem",
            "Responsible",
            "Due",
            "Overdue by",
            "Status",
            "Session",
            "Community",
            "Date",
        ]);
        for o in &r.overdue {
            t.row(vec![
                o.activity.clone(),
                o.problem.clone(),
                o.responsible.clone(),
                o.due.to_string(),
                days(o.days),
                o.status.label().into(),
                o.origin.session.clone(),
                o.origin.location.clone(),
                o.origin.date.to_string(),
            ]);
        }
        b.push(Block::Table(t));
    }

    b.push(Block::Heading(
        2,
        "Problems flagged for district or national action".into(),
    ));
    if r.escalated.is_empty() {
        b.push(Block::Para("No problem was flagged.".into()));
    } else {
        let mut t = Table::new(&[
            "Problem",
            "Category",
            "Where",
            "Rank",
            "Resolved",
            "Session",
            "Community",
            "Date",
        ])
        .numeric(&[3]);
        for e in &r.escalated {
            t.row(vec![
                e.problem.clone(),
                e.category.clone(),
                e.place.clone(),
                e.rank.map(|x| x.to_string()).unwrap_or_else(|| "–".into()),
                if e.resolved { "yes" } else { "no" }.into(),
                e.origin.session.clone(),
                e.origin.location.clone(),
                e.origin.date.to_string(),
            ]);
        }
        b.push(Block::Table(t));
    }
    score_cards(r, &mut b);
    where_and_when(r, &mut b);
    awaiting(r, &mut b);

    if !r.conflicts.is_empty() {
        b.push(Block::Heading(2, "Edited on more than one laptop".into()));
        b.push(Block::Para(Text::plain(
            "Each of these sessions was copied and then edited on two laptops or more. \
             Nothing was merged: every version is kept in the programme view, the newest is \
             counted here, and the facilitators choose the right one with the command shown.",
        )));
        let mut t = Table::new(&["Session", "Community", "Date", "Laptops", "To resolve"]);
        for c in &r.conflicts {
            t.row(vec![
                c.origin.session.clone(),
                c.origin.location.clone(),
                c.origin.date.to_string(),
                c.laptops.join(", "),
                c.resolve.clone(),
            ]);
        }
        b.push(Block::Table(t));
    }

    b.push(Block::Heading(2, "Consent in each session".into()));
    b.push(Block::Para(Text::plain(
        "What each room agreed may be recorded and shared: check it before sharing this \
         roll-up or anything taken from it.",
    )));
    if r.counted.is_empty() {
        b.push(Block::Para("No session in the period.".into()));
    } else {
        let mut t = Table::new(&["Session", "Community", "Date", "Consent"]);
        for c in &r.counted {
            t.row(vec![
                c.origin.session.clone(),
                c.origin.location.clone(),
                c.origin.date.to_string(),
                if c.consent.trim().is_empty() {
                    "(no consent note recorded)".into()
                } else {
                    c.consent.trim_end().to_string()
                },
            ]);
        }
        b.push(Block::Table(t));
    }
    Doc {
        title: "Programme roll-up".into(),
        blocks: b,
        // The roll-up is not in the catalogue yet: English.
        lang: crate::i18n::Lang::En,
    }
}

/// A score on 0–100, or a dash.
fn points(v: Option<f64>) -> String {
    v.map(number).unwrap_or_else(|| "–".into())
}

/// A gap or change on 0–100 with its sign, as precise as the scores
/// beside it: "−38.5", "+5", "0".
fn signed_number(v: f64) -> String {
    let shown = number(v.abs());
    match shown.as_str() {
        "0" => shown,
        _ if v < 0.0 => format!("−{shown}"),
        _ => format!("+{shown}"),
    }
}

fn signed_points(v: Option<f64>) -> String {
    v.map(signed_number).unwrap_or_else(|| "–".into())
}

fn score_cards(r: &Rollup, b: &mut Vec<Block>) {
    if r.indicators.is_empty() {
        return;
    }
    b.push(Block::Heading(2, "Score cards".into()));
    b.push(Block::Para(Text::plain(
        "Every score is read on 0–100 (a 1–5 score: 1 = 0, 3 = 50, 5 = 100). The community's \
         score is the mean of its groups; the gap is that minus the provider's self-score \
         (negative: the provider thinks better of itself). Indicators of alike names are one.",
    )));
    let mut t = Table::new(&[
        "Indicator",
        "Communities",
        "Community (latest cycle)",
        "Provider",
        "Gap",
    ])
    .numeric(&[1, 2, 3, 4]);
    for x in &r.indicators {
        t.row(vec![
            x.indicator.clone(),
            x.communities.to_string(),
            points(x.community),
            points(x.provider),
            signed_points(x.gap),
        ]);
    }
    b.push(Block::Table(t));
    b.push(Block::Heading(
        3,
        "Trend per community, cycle by cycle".into(),
    ));
    let mut t = Table::new(&[
        "Indicator",
        "Community",
        "Community's score by cycle",
        "Provider's by cycle",
        "Change",
        "Latest gap",
    ])
    .numeric(&[4, 5]);
    let arrows = |values: Vec<Option<f64>>| -> String {
        values
            .into_iter()
            .map(|v| v.map(number).unwrap_or_else(|| "–".into()))
            .collect::<Vec<_>>()
            .join(" → ")
    };
    for x in &r.trends {
        t.row(vec![
            x.indicator.clone(),
            x.community.clone(),
            arrows(x.points.iter().map(|p| p.community).collect()),
            arrows(x.points.iter().map(|p| p.provider).collect()),
            signed_points(x.change()),
            signed_points(x.points.last().and_then(|p| p.gap())),
        ]);
    }
    b.push(Block::Table(t));
}

fn where_and_when(r: &Rollup, b: &mut Vec<Block>) {
    if r.times.is_empty() {
        return;
    }
    b.push(Block::Heading(
        2,
        "Places and times that recur across communities".into(),
    ));
    b.push(Block::Para(Text::plain(format!(
        "Each community as its latest grid in the period marks it; marks are the whole room's \
         (0 safe to 3 very unsafe), and a place or time is unsafe from {} up.",
        number(UNSAFE)
    ))));
    if r.places.is_empty() {
        b.push(Block::Para(
            "No place was marked in more than one community.".into(),
        ));
    } else {
        let mut t = Table::new(&[
            "Place",
            "Communities",
            "Highest mark",
            "When",
            "Also named",
            "Where",
        ])
        .numeric(&[1, 2]);
        for p in &r.places {
            t.row(vec![
                p.place.clone(),
                p.communities.len().to_string(),
                number(p.highest),
                p.when.label().into(),
                p.wordings[1..].join("\n"),
                p.communities.join("\n"),
            ]);
        }
        b.push(Block::Table(t));
    }
    let mut t = Table::new(&[
        "Time",
        "Communities marking it",
        "Unsafe somewhere in",
        "Mean mark",
    ])
    .numeric(&[1, 2, 3]);
    for x in &r.times {
        t.marked_row(
            vec![
                x.band.label().into(),
                x.marked.to_string(),
                x.unsafe_in.to_string(),
                x.mean.map(number).unwrap_or_else(|| "–".into()),
            ],
            x.unsafe_in >= 2,
        );
    }
    b.push(Block::Table(t));
}

fn awaiting(r: &Rollup, b: &mut Vec<Block>) {
    if r.escalations == 0 {
        return;
    }
    let limit = r.options.awaiting_days;
    b.push(Block::Heading(
        2,
        format!("Escalations awaiting a reply for more than {}", days(limit)),
    ));
    b.push(Block::Para(
        Text::plain(format!(
            "{} in the follow-up ledgers; as of {}, ",
            plural(r.escalations, "escalation", "escalations"),
            r.options.today
        ))
        .then_strong(format!("{} waited longer", r.awaiting.len()))
        .then(" for any reply."),
    ));
    if r.awaiting.is_empty() {
        return;
    }
    let mut t = Table::new(&[
        "Problem",
        "Raised with",
        "Raised on",
        "Waiting",
        "Followed up",
        "Session",
        "Community",
        "Date",
    ])
    .numeric(&[4]);
    for a in &r.awaiting {
        t.row(vec![
            a.problem.clone(),
            a.to.clone(),
            a.raised.to_string(),
            days(a.days),
            a.chased.to_string(),
            a.origin.session.clone(),
            a.origin.location.clone(),
            a.origin.date.to_string(),
        ]);
    }
    b.push(Block::Table(t));
}

pub fn markdown(r: &Rollup) -> String {
    crate::report::markdown::render(&document(r))
}

pub fn html(r: &Rollup) -> String {
    crate::report::html::render(&document(r))
}
