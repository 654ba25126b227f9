//! The follow-up ledger in a report: each escalation with to whom and when
//! it went, where it stands, the days from raised to the first action and
//! to done (or how long it has waited), and every reply or non-reply with
//! its date. Only a session with escalations has this section.

use chrono::NaiveDate;

use super::Options;
use super::doc::{Block, Item, Table, Text};
use crate::i18n::Lang;
use crate::model::Session;
use crate::model::ledger::{Escalation, Standing};
use crate::tr;

/// How long an escalation has waited, or took: "waiting 34 days for a
/// reply", "first action after 12 days", "done after 40 days".
pub fn waited(e: &Escalation, today: NaiveDate, l: Lang) -> String {
    match e.standing() {
        Standing::Done => tr!(
            l,
            "ledger-waited-done",
            days = e.days_to_done().unwrap_or(0)
        ),
        Standing::InAction => tr!(
            l,
            "ledger-waited-in-action",
            days = e.days_to_first_action().unwrap_or(0)
        ),
        Standing::AwaitingAction => tr!(
            l,
            "ledger-waited-awaiting-action",
            days = (today - e.first_reply().unwrap_or(e.raised)).num_days()
        ),
        Standing::AwaitingReply => tr!(
            l,
            "ledger-waited-awaiting-reply",
            days = e.awaiting_reply_days(today).unwrap_or(0)
        ),
    }
}

fn date(d: Option<NaiveDate>) -> String {
    d.map(|d| d.to_string()).unwrap_or_default()
}

pub(super) fn section(s: &Session, options: &Options, out: &mut Vec<Block>) {
    if s.escalations.is_empty() {
        return;
    }
    let today = options.today;
    let l = options.lang;
    out.push(Block::Heading(2, tr!(l, "report-ledger-heading").into()));
    let awaited = s.escalations.iter().filter(|e| e.is_open()).count();
    out.push(Block::Para(
        Text::plain(tr!(l, "report-ledger-raised", n = s.escalations.len()))
            .then_strong(tr!(l, "report-ledger-awaited", n = awaited))
            .then(tr!(l, "report-as-of-date", date = l.date_long(today))),
    ));
    let mut t = Table::new(&[
        tr!(l, "report-ledger-col-no"),
        tr!(l, "ledger-col-problem"),
        tr!(l, "ledger-col-to"),
        tr!(l, "ledger-col-raised"),
        tr!(l, "ledger-col-stands"),
        tr!(l, "report-ledger-col-first-reply"),
        tr!(l, "report-ledger-col-days-to-action"),
        tr!(l, "report-ledger-col-days-to-done"),
        tr!(l, "report-ledger-col-waiting"),
    ])
    .numeric(&[0, 6, 7]);
    for e in &s.escalations {
        let mut problem = s.problem_title(e.problem).to_string();
        if e.inherited_from.is_some() {
            problem = tr!(l, "report-ledger-inherited", problem = problem);
        }
        let waiting = match e.standing() {
            Standing::AwaitingReply | Standing::AwaitingAction => waited(e, today, l),
            _ => String::new(),
        };
        t.marked_row(
            vec![
                e.id.to_string(),
                problem,
                e.to.clone(),
                e.raised.to_string(),
                l.t(e.standing().msg_id()).into(),
                date(e.first_reply()),
                e.days_to_first_action()
                    .map(|d| d.to_string())
                    .unwrap_or_default(),
                e.days_to_done().map(|d| d.to_string()).unwrap_or_default(),
                waiting,
            ],
            e.standing() == Standing::AwaitingReply,
        );
    }
    out.push(Block::Table(t));
    for e in s.escalations.iter().filter(|e| !e.replies.is_empty()) {
        out.push(Block::Heading(
            3,
            tr!(
                l,
                "report-ledger-replies-heading",
                problem = s.problem_title(e.problem),
                to = &e.to
            ),
        ));
        let mut replies: Vec<_> = e.replies.iter().collect();
        replies.sort_by_key(|r| (r.date, r.at));
        out.push(Block::List(
            replies
                .into_iter()
                .map(|r| {
                    let text = Text::strong(r.date.to_string()).then(format!(
                        " — {} {}",
                        r.kind.mark(),
                        l.t(r.kind.msg_id())
                    ));
                    Item::new(if r.note.trim().is_empty() {
                        text
                    } else {
                        text.then(format!(": {}", r.note.trim_end()))
                    })
                })
                .collect(),
        ));
    }
}

fn header(names: &[&str]) -> Vec<String> {
    names.iter().map(|n| n.to_string()).collect()
}

/// The `escalations` CSV table: one row per escalation.
pub(super) fn csv_escalations(s: &Session, today: NaiveDate) -> (Vec<String>, Vec<Vec<String>>) {
    let number = |n: Option<i64>| n.map(|n| n.to_string()).unwrap_or_default();
    let rows = s
        .escalations
        .iter()
        .map(|e| {
            vec![
                s.id.clone(),
                e.id.to_string(),
                e.problem.to_string(),
                s.problem_title(e.problem).to_string(),
                e.to.clone(),
                e.raised.to_string(),
                e.standing().label().into(),
                e.replies.len().to_string(),
                date(e.first_reply()),
                date(e.first_action()),
                date(e.done()),
                number(e.days_to_first_action()),
                number(e.days_to_done()),
                number(e.awaiting_reply_days(today)),
                e.inherited_from.clone().unwrap_or_default(),
            ]
        })
        .collect();
    (
        header(&[
            "session",
            "escalation_id",
            "problem_id",
            "problem",
            "raised_with",
            "raised_on",
            "stands",
            "entries",
            "first_reply",
            "first_action",
            "done",
            "days_to_first_action",
            "days_to_done",
            "days_awaiting_reply",
            "inherited_from",
        ]),
        rows,
    )
}

/// The `replies` CSV table: one row per reply or non-reply.
pub(super) fn csv_replies(s: &Session) -> (Vec<String>, Vec<Vec<String>>) {
    let rows = s
        .escalations
        .iter()
        .flat_map(|e| {
            e.replies.iter().map(move |r| {
                vec![
                    s.id.clone(),
                    e.id.to_string(),
                    s.problem_title(e.problem).to_string(),
                    e.to.clone(),
                    r.date.to_string(),
                    r.kind.label().into(),
                    r.note.clone(),
                    r.at.to_rfc3339(),
                ]
            })
        })
        .collect();
    (
        header(&[
            "session",
            "escalation_id",
            "problem",
            "raised_with",
            "date",
            "kind",
            "note",
            "recorded_at",
        ]),
        rows,
    )
}
