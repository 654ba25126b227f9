//! The roll-up as a document, rendered as Markdown and HTML like a
//! session's report, in the language it is asked for: its headings, column
//! names, words and sentences come from the catalogue (`rollup-` messages,
//! and the session report's own where they are the same words); what the
//! sessions hold (titles, places, names) stays as typed, each cell in its
//! own direction. The CSV tables keep English column names (`csv.rs`).

use super::hot_spots::UNSAFE;
use super::model::{Origin, Recurring, Rollup};
use crate::i18n::Lang;
use crate::i18n::numbers::one_decimal;
use crate::report::doc::{Bar, Block, Chart, Doc, Table, Text};
use crate::tr;

fn percent(rate: Option<f64>, l: Lang) -> String {
    rate.map(|r| format!("{}%", one_decimal(r * 100.0, l)))
        .unwrap_or_else(|| "–".into())
}

/// A number of days, as a cell or a sentence says it.
fn days(n: i64, l: Lang) -> String {
    tr!(l, "rollup-days", n = n)
}

/// The columns naming the session a row comes from, and their cells.
const ORIGIN_COLUMNS: [&str; 3] = ["rollup-col-session", "report-community", "report-date"];

fn origin_cells(o: &Origin) -> [String; 3] {
    [o.session.clone(), o.location.clone(), o.date.to_string()]
}

/// A table whose column names are messages.
fn table(l: Lang, ids: &[&str]) -> Table {
    let names: Vec<&str> = ids.iter().map(|id| l.t(id)).collect();
    Table::new(&names)
}

/// The kind of actor a completion row counts (a name of
/// [`crate::report::RESPONSIBLE_TYPES`], or "All"), in `l`.
fn actor(kind: &str, l: Lang) -> String {
    let id = match kind {
        "Community" => "rollup-actor-community",
        "Police" => "rollup-actor-police",
        "Local authority" => "rollup-actor-local-authority",
        "CSO" => "rollup-actor-cso",
        "Other" => "rollup-actor-other",
        "All" => "report-all",
        // Not a kind baraza knows: as the model gave it.
        other => return other.to_string(),
    };
    l.t(id).to_string()
}

/// Which sessions: dates in a sentence are written the language's way
/// (tables keep ISO dates).
fn period(r: &Rollup, l: Lang) -> String {
    match (r.options.since, r.options.until) {
        (Some(a), Some(b)) => tr!(
            l,
            "rollup-period-between",
            since = l.date_long(a),
            until = l.date_long(b)
        ),
        (Some(a), None) => tr!(l, "rollup-period-since", since = l.date_long(a)),
        (None, Some(b)) => tr!(l, "rollup-period-until", until = l.date_long(b)),
        (None, None) => tr!(l, "rollup-period-all").into(),
    }
}

/// The roll-up as a document in `l`, for Markdown and HTML.
pub fn document(r: &Rollup, l: Lang) -> Doc {
    let number = |x: f64| one_decimal(x, l);
    let mut b = Vec::new();
    if r.options.anonymize {
        b.push(Block::Note(tr!(l, "rollup-anonymised").into()));
    }
    let mut facts = vec![
        (tr!(l, "rollup-period").to_string(), period(r, l)),
        (
            tr!(l, "rollup-sessions").to_string(),
            r.sessions.to_string(),
        ),
        (
            tr!(l, "rollup-communities").to_string(),
            r.communities.to_string(),
        ),
        (
            tr!(l, "rollup-problems-raised").to_string(),
            r.problems.to_string(),
        ),
        (
            tr!(l, "rollup-overdue-as-of").to_string(),
            l.date_long(r.options.today),
        ),
    ];
    if let (Some(first), Some(last)) = (r.first, r.last) {
        facts.insert(
            1,
            (
                tr!(l, "rollup-session-dates").into(),
                tr!(
                    l,
                    "rollup-dates-span",
                    first = l.date_long(first),
                    last = l.date_long(last)
                ),
            ),
        );
    }
    b.push(Block::Facts(facts));
    if !r.conflicts.is_empty() {
        b.push(Block::Note(tr!(
            l,
            "rollup-conflicts-note",
            n = r.conflicts.len(),
            heading = l.t("rollup-conflicts")
        )));
    }
    if r.carried_problems + r.carried_actions > 0 {
        b.push(Block::Para(Text::plain(tr!(
            l,
            "rollup-carried",
            problems = r.carried_problems,
            actions = r.carried_actions
        ))));
    }

    b.push(Block::Heading(2, tr!(l, "rollup-recurring").into()));
    let across: Vec<&Recurring> = r.across_communities().collect();
    if across.is_empty() {
        b.push(Block::Para(tr!(l, "rollup-no-recurring").into()));
    } else {
        b.push(Block::Para(Text::plain(tr!(l, "rollup-recurring-intro"))));
        b.push(Block::Chart(Chart {
            caption: tr!(l, "rollup-chart-communities").into(),
            bars: across
                .iter()
                .take(20)
                .map(|x| Bar {
                    label: x.title.clone(),
                    value: x.communities as f64,
                    shown: tr!(l, "rollup-bar-communities", n = x.communities),
                })
                .collect(),
        }));
        let mut t = table(
            l,
            &[
                "report-col-problem",
                "report-col-category",
                "rollup-communities",
                "rollup-sessions",
                "rollup-col-times-raised",
                "rollup-col-average-rank",
                "rollup-col-shortlisted",
                "rollup-col-flagged",
                "rollup-col-also-worded",
                "rollup-col-where",
            ],
        )
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
        b.push(Block::Para(tr!(l, "rollup-single", n = single).into()));
    }

    b.push(Block::Heading(3, tr!(l, "rollup-by-category").into()));
    let mut t = table(
        l,
        &[
            "report-col-category",
            "report-problems",
            "rollup-sessions",
            "rollup-communities",
            "rollup-col-flagged",
        ],
    )
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

    b.push(Block::Heading(2, tr!(l, "rollup-completion").into()));
    let all = r.overall();
    b.push(Block::Para(
        Text::plain(tr!(l, "rollup-completion-lead", actions = all.actions))
            .then_strong(tr!(
                l,
                "rollup-completion-done",
                percent = percent(all.rate(), l)
            ))
            .then(tr!(
                l,
                "rollup-completion-rest",
                done = all.done,
                actions = all.actions,
                overdue = all.overdue,
                date = l.date_long(r.options.today)
            )),
    ));
    let mut t = table(
        l,
        &[
            "report-col-responsible",
            "rollup-col-actions",
            "rollup-col-done",
            "rollup-col-completion",
            "rollup-col-in-progress",
            "rollup-col-planned",
            "rollup-col-stalled",
            "rollup-col-dropped",
            "report-col-overdue",
        ],
    )
    .numeric(&[1, 2, 3, 4, 5, 6, 7, 8]);
    for c in &r.completion {
        t.row(vec![
            actor(&c.responsible, l),
            c.actions.to_string(),
            c.done.to_string(),
            percent(c.rate(), l),
            c.in_progress.to_string(),
            c.planned.to_string(),
            c.stalled.to_string(),
            c.dropped.to_string(),
            c.overdue.to_string(),
        ]);
    }
    b.push(Block::Table(t));

    b.push(Block::Heading(2, tr!(l, "rollup-overdue").into()));
    if r.overdue.is_empty() {
        b.push(Block::Para(
            tr!(l, "rollup-no-overdue", date = l.date_long(r.options.today)).into(),
        ));
    } else {
        let mut t = table(
            l,
            &[
                &[
                    "report-col-activity",
                    "report-col-problem",
                    "report-col-responsible",
                    "report-col-due",
                    "rollup-col-overdue-by",
                    "report-col-status",
                ],
                &ORIGIN_COLUMNS[..],
            ]
            .concat(),
        );
        for o in &r.overdue {
            t.row(
                [
                    vec![
                        o.activity.clone(),
                        o.problem.clone(),
                        // Anonymised, who is responsible is the kind of actor:
                        // words of the report, not of the session.
                        if r.options.anonymize {
                            actor(&o.responsible, l)
                        } else {
                            o.responsible.clone()
                        },
                        o.due.to_string(),
                        days(o.days, l),
                        l.t(o.status.msg_id()).into(),
                    ],
                    origin_cells(&o.origin).to_vec(),
                ]
                .concat(),
            );
        }
        b.push(Block::Table(t));
    }

    b.push(Block::Heading(2, tr!(l, "rollup-escalated").into()));
    if r.escalated.is_empty() {
        b.push(Block::Para(tr!(l, "rollup-no-escalated").into()));
    } else {
        let mut t = table(
            l,
            &[
                &[
                    "report-col-problem",
                    "report-col-category",
                    "report-where",
                    "report-col-rank",
                    "rollup-col-resolved",
                ],
                &ORIGIN_COLUMNS[..],
            ]
            .concat(),
        )
        .numeric(&[3]);
        for e in &r.escalated {
            t.row(
                [
                    vec![
                        e.problem.clone(),
                        e.category.clone(),
                        e.place.clone(),
                        e.rank.map(|x| x.to_string()).unwrap_or_else(|| "–".into()),
                        l.t(if e.resolved {
                            "rollup-yes"
                        } else {
                            "rollup-no"
                        })
                        .into(),
                    ],
                    origin_cells(&e.origin).to_vec(),
                ]
                .concat(),
            );
        }
        b.push(Block::Table(t));
    }
    score_cards(r, l, &mut b);
    where_and_when(r, l, &mut b);
    awaiting(r, l, &mut b);

    if !r.conflicts.is_empty() {
        b.push(Block::Heading(2, tr!(l, "rollup-conflicts").into()));
        b.push(Block::Para(Text::plain(tr!(l, "rollup-conflicts-intro"))));
        let mut t = table(
            l,
            &[
                &ORIGIN_COLUMNS[..],
                &["rollup-col-laptops", "rollup-col-to-resolve"],
            ]
            .concat(),
        );
        for c in &r.conflicts {
            t.row(
                [
                    origin_cells(&c.origin).to_vec(),
                    vec![c.laptops.join(", "), c.resolve.clone()],
                ]
                .concat(),
            );
        }
        b.push(Block::Table(t));
    }

    b.push(Block::Heading(2, tr!(l, "rollup-consent").into()));
    b.push(Block::Para(Text::plain(tr!(l, "rollup-consent-intro"))));
    if r.counted.is_empty() {
        b.push(Block::Para(tr!(l, "rollup-no-sessions").into()));
    } else {
        let mut t = table(l, &[&ORIGIN_COLUMNS[..], &["report-consent"]].concat());
        for c in &r.counted {
            t.row(
                [
                    origin_cells(&c.origin).to_vec(),
                    vec![if c.consent.trim().is_empty() {
                        tr!(l, "rollup-no-consent").into()
                    } else {
                        c.consent.trim_end().to_string()
                    }],
                ]
                .concat(),
            );
        }
        b.push(Block::Table(t));
    }
    Doc {
        title: tr!(l, "rollup-title").into(),
        blocks: b,
        lang: l,
    }
}

/// A score on 0–100, or a dash.
fn points(v: Option<f64>, l: Lang) -> String {
    v.map(|x| one_decimal(x, l)).unwrap_or_else(|| "–".into())
}

/// A gap or change on 0–100 with its sign, as precise as the scores
/// beside it: "−38.5", "+5", "0".
fn signed_number(v: f64, l: Lang) -> String {
    let shown = one_decimal(v.abs(), l);
    match shown.as_str() {
        "0" => shown,
        _ if v < 0.0 => format!("−{shown}"),
        _ => format!("+{shown}"),
    }
}

fn signed_points(v: Option<f64>, l: Lang) -> String {
    v.map(|x| signed_number(x, l)).unwrap_or_else(|| "–".into())
}

fn score_cards(r: &Rollup, l: Lang, b: &mut Vec<Block>) {
    if r.indicators.is_empty() {
        return;
    }
    b.push(Block::Heading(2, tr!(l, "rollup-cards").into()));
    b.push(Block::Para(Text::plain(tr!(l, "rollup-cards-intro"))));
    let mut t = table(
        l,
        &[
            "rollup-col-indicator",
            "rollup-communities",
            "rollup-col-community-latest",
            "rollup-col-provider",
            "rollup-col-gap",
        ],
    )
    .numeric(&[1, 2, 3, 4]);
    for x in &r.indicators {
        t.row(vec![
            x.indicator.clone(),
            x.communities.to_string(),
            points(x.community, l),
            points(x.provider, l),
            signed_points(x.gap, l),
        ]);
    }
    b.push(Block::Table(t));
    b.push(Block::Heading(3, tr!(l, "rollup-trend").into()));
    let mut t = table(
        l,
        &[
            "rollup-col-indicator",
            "report-community",
            "rollup-col-community-by-cycle",
            "rollup-col-provider-by-cycle",
            "rollup-col-change",
            "rollup-col-latest-gap",
        ],
    )
    .numeric(&[4, 5]);
    let arrows = |values: Vec<Option<f64>>| -> String {
        values
            .into_iter()
            .map(|v| points(v, l))
            .collect::<Vec<_>>()
            .join(" → ")
    };
    for x in &r.trends {
        t.row(vec![
            x.indicator.clone(),
            x.community.clone(),
            arrows(x.points.iter().map(|p| p.community).collect()),
            arrows(x.points.iter().map(|p| p.provider).collect()),
            signed_points(x.change(), l),
            signed_points(x.points.last().and_then(|p| p.gap()), l),
        ]);
    }
    b.push(Block::Table(t));
}

fn where_and_when(r: &Rollup, l: Lang, b: &mut Vec<Block>) {
    if r.times.is_empty() {
        return;
    }
    b.push(Block::Heading(2, tr!(l, "rollup-places").into()));
    b.push(Block::Para(Text::plain(tr!(
        l,
        "rollup-places-intro",
        unsafe_from = one_decimal(UNSAFE, l)
    ))));
    if r.places.is_empty() {
        b.push(Block::Para(tr!(l, "rollup-no-places").into()));
    } else {
        let mut t = table(
            l,
            &[
                "rollup-col-place",
                "rollup-communities",
                "rollup-col-highest",
                "rollup-col-when",
                "rollup-col-also-named",
                "rollup-col-where",
            ],
        )
        .numeric(&[1, 2]);
        for p in &r.places {
            t.row(vec![
                p.place.clone(),
                p.communities.len().to_string(),
                one_decimal(p.highest, l),
                l.msg(&p.when.msg("ww-band")),
                p.wordings[1..].join("\n"),
                p.communities.join("\n"),
            ]);
        }
        b.push(Block::Table(t));
    }
    let mut t = table(
        l,
        &[
            "rollup-col-time",
            "rollup-col-marking",
            "rollup-col-unsafe-in",
            "rollup-col-mean",
        ],
    )
    .numeric(&[1, 2, 3]);
    for x in &r.times {
        t.marked_row(
            vec![
                l.msg(&x.band.msg("ww-band")),
                x.marked.to_string(),
                x.unsafe_in.to_string(),
                points(x.mean, l),
            ],
            x.unsafe_in >= 2,
        );
    }
    b.push(Block::Table(t));
}

fn awaiting(r: &Rollup, l: Lang, b: &mut Vec<Block>) {
    if r.escalations == 0 {
        return;
    }
    b.push(Block::Heading(
        2,
        tr!(l, "rollup-awaiting", days = r.options.awaiting_days),
    ));
    b.push(Block::Para(
        Text::plain(tr!(
            l,
            "rollup-awaiting-lead",
            n = r.escalations,
            date = l.date_long(r.options.today)
        ))
        .then_strong(tr!(l, "rollup-awaiting-longer", n = r.awaiting.len()))
        .then(tr!(l, "rollup-awaiting-rest")),
    ));
    if r.awaiting.is_empty() {
        return;
    }
    let mut t = table(
        l,
        &[
            &[
                "report-col-problem",
                "rollup-col-raised-with",
                "rollup-col-raised-on",
                "rollup-col-waiting",
                "rollup-col-followed-up",
            ],
            &ORIGIN_COLUMNS[..],
        ]
        .concat(),
    )
    .numeric(&[4]);
    for a in &r.awaiting {
        t.row(
            [
                vec![
                    a.problem.clone(),
                    a.to.clone(),
                    a.raised.to_string(),
                    days(a.days, l),
                    a.chased.to_string(),
                ],
                origin_cells(&a.origin).to_vec(),
            ]
            .concat(),
        );
    }
    b.push(Block::Table(t));
}

/// The roll-up as Markdown, in `lang`.
pub fn markdown(r: &Rollup, lang: Lang) -> String {
    crate::report::markdown::render(&document(r, lang))
}

/// The roll-up as one HTML page, in `lang` (its `lang` and `dir` say so).
pub fn html(r: &Rollup, lang: Lang) -> String {
    crate::report::html::render(&document(r, lang))
}
