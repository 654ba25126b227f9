//! What Plan and Monitor share: the action form, and how an action's dates
//! and status read on the wall.

use chrono::NaiveDate;

use std::collections::HashSet;

use crate::i18n::Lang;
use crate::model::{Action, ActionStatus, Positions, ProblemId, Session};
use crate::tr;
use crate::tui::form::{Choice, Date, Field, FieldId, Form, Text};

/// Who usually leads or joins an action in community security work
/// (Saferworld's method names them); offered, never imposed.
fn usual_actors(l: Lang) -> [&'static str; 4] {
    [
        tr!(l, "action-actor-community"),
        tr!(l, "action-actor-police"),
        tr!(l, "action-actor-local-authority"),
        tr!(l, "action-actor-cso"),
    ]
}

/// Every problem, the shortlist first in its order: the problems an action
/// can belong to, in the order the room thinks of them.
pub fn problems_in_order(s: &Session) -> Vec<ProblemId> {
    let positions = Positions::of_problems(s);
    let mut ids: Vec<ProblemId> = s
        .ranking
        .shortlist
        .iter()
        .copied()
        .filter(|id| positions.get(*id).is_some())
        .collect();
    // What is in `ids` already, by a set rather than a search of `ids` for
    // every problem (5,000 problems: 12 million comparisons a key).
    let mut listed: HashSet<ProblemId> = ids.iter().copied().collect();
    for p in &s.problems {
        if listed.insert(p.id) {
            ids.push(p.id);
        }
    }
    ids
}

/// "#2 Theft at the market" for a shortlisted problem, else its title.
pub fn problem_label(s: &Session, id: ProblemId) -> String {
    match s.ranking.shortlist.iter().position(|p| *p == id) {
        Some(i) => format!("#{} {}", i + 1, s.problem_title(id)),
        None => s.problem_title(id).to_string(),
    }
}

/// The usual actors, the groups in the room, then whoever the room has
/// already named in this session; each once.
fn actor_suggestions(s: &Session, l: Lang) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let named = s.actions.iter().flat_map(|a| {
        [&a.responsible, &a.partners]
            .into_iter()
            .flat_map(|v| v.split(','))
    });
    let candidates = usual_actors(l)
        .into_iter()
        .map(|a| a.to_string())
        .chain(s.groups.iter().map(|g| g.name.clone()))
        .chain(named.map(|n| n.trim().to_string()));
    for c in candidates {
        if !c.is_empty() && !out.iter().any(|o| o.to_lowercase() == c.to_lowercase()) {
            out.push(c);
        }
    }
    out
}

/// The action form's fields, and what it edits.
pub struct ActionForm {
    /// The action being edited, or the new one: its id, status and progress
    /// notes are kept.
    pub base: Action,
    /// The problem choices, in the form's order.
    problems: Vec<ProblemId>,
    activity: FieldId<Text>,
    responsible: FieldId<Text>,
    partners: FieldId<Text>,
    start: FieldId<Date>,
    due: FieldId<Date>,
    resources: FieldId<Text>,
    indicator: FieldId<Text>,
    risks: FieldId<Text>,
    problem: FieldId<Choice>,
}

/// The form for adding or editing `action`, offering every problem (the
/// shortlist first) for it to belong to, in `l`.
pub fn form(title: &str, s: &Session, action: &Action, l: Lang) -> (Form, ActionForm) {
    let actors = actor_suggestions(s, l);
    let problems = problems_in_order(s);
    let problem = problems
        .iter()
        .position(|p| *p == action.problem)
        .unwrap_or(0);
    let mut form = Form::new(title).speaking(l);
    // What a room agrees on first, first: what, who, by when, and how it
    // will know — an action with those is three Tabs; the rest follow.
    let fields = ActionForm {
        activity: form.add(
            Field::text(tr!(l, "action-field-activity"), &action.activity)
                .help(tr!(l, "action-field-activity-help")),
        ),
        responsible: form.add(
            Field::text(tr!(l, "action-field-responsible"), &action.responsible)
                .suggestions(actors.clone()),
        ),
        due: form.add(Field::date(tr!(l, "action-field-due"), action.due)),
        indicator: form.add(
            Field::text(tr!(l, "action-field-indicator"), &action.indicator)
                .help(tr!(l, "action-field-indicator-help")),
        ),
        partners: form.add(
            Field::text(tr!(l, "action-field-with-whom"), &action.partners).suggestions(actors),
        ),
        start: form.add(Field::date(tr!(l, "action-field-start"), action.start)),
        resources: form.add(
            Field::text(tr!(l, "action-field-resources"), &action.resources)
                .private()
                .help(tr!(l, "action-field-resources-help")),
        ),
        risks: form.add(
            Field::multi_line(tr!(l, "action-field-risks"), &action.risks)
                .private()
                .help(tr!(l, "action-field-risks-help")),
        ),
        problem: form.add(Field::choice(
            tr!(l, "action-field-problem"),
            problems.iter().map(|p| problem_label(s, *p)).collect(),
            problem,
        )),
        base: action.clone(),
        problems,
    };
    (form, fields)
}

/// The action the form describes, built on its base (which keeps the id,
/// the status and the progress notes). `None` after showing the form what
/// is wrong: no activity, a date that is not a date, due before start.
pub fn read(f: &ActionForm, form: &mut Form, today: NaiveDate, l: Lang) -> Option<Action> {
    let activity = form.get(f.activity);
    if activity.is_empty() {
        form.fail(f.activity, tr!(l, "action-activity-empty"));
        return None;
    }
    let mut dates = [None, None];
    for (slot, field) in dates.iter_mut().zip([f.start, f.due]) {
        match form.get(field).as_of(today) {
            Ok(d) => *slot = d,
            Err(e) => {
                form.fail(field, e);
                return None;
            }
        }
    }
    let [start, due] = dates;
    if let (Some(start), Some(due)) = (start, due)
        && due < start
    {
        form.fail(
            f.due,
            tr!(
                l,
                "action-due-before-start",
                due = due.to_string(),
                start = start.to_string()
            ),
        );
        return None;
    }
    Some(Action {
        activity,
        responsible: form.get(f.responsible),
        partners: form.get(f.partners),
        start,
        due,
        resources: form.get(f.resources),
        indicator: form.get(f.indicator),
        risks: form.get(f.risks),
        problem: f
            .problems
            .get(form.get(f.problem))
            .copied()
            .unwrap_or(f.base.problem),
        ..f.base.clone()
    })
}

/// The score-card gap an action answers, in words: "«Honesty: no bribes
/// asked», gap −46"; `None` for an action not planned on a gap.
pub fn gap_text(s: &Session, action: &Action, l: Lang) -> Option<String> {
    let id = action.card_indicator?;
    let card = &s.score_card;
    let name = card.indicator_name(id);
    Some(match card.gap(id, &s.group_ids()) {
        Some(g) => tr!(
            l,
            "action-gap",
            name = name,
            gap = crate::model::score_card::signed(card.scale, g)
        ),
        None => tr!(l, "action-gap-none", name = name),
    })
}

/// A mark that shows the status without colour.
pub fn status_mark(status: ActionStatus) -> &'static str {
    match status {
        ActionStatus::Planned => "○",
        ActionStatus::InProgress => "◐",
        ActionStatus::Done => "✓",
        ActionStatus::Stalled => "‖",
        ActionStatus::Dropped => "✗",
    }
}

/// "◐ in progress".
pub fn status_text(status: ActionStatus, l: Lang) -> String {
    format!("{} {}", status_mark(status), l.t(status.msg_id()))
}

/// The marker of an action carried over from the previous cycle.
pub const INHERITED_MARK: &str = "↻";

/// How an open action's due date stands today: "overdue by 3 days", "due
/// today", "due in 5 days". `None` without a due date or once the action is
/// done or dropped.
pub fn due_note(action: &Action, today: NaiveDate, l: Lang) -> Option<String> {
    let due = action.due?;
    if !action.status.is_open() {
        return None;
    }
    let n = (due - today).num_days();
    Some(match n {
        0 => tr!(l, "action-due-today").into(),
        1 => tr!(l, "action-due-tomorrow").into(),
        n if n < 0 => tr!(l, "action-overdue-by", days = -n),
        n => tr!(l, "action-due-in", days = n),
    })
}

/// The dates of an action in one line: "2026-12-01 → 2026-12-15 · due in
/// 18 days"; empty when it has none.
pub fn dates_text(action: &Action, today: NaiveDate, l: Lang) -> String {
    let span = match (action.start, action.due) {
        (Some(s), Some(d)) => tr!(
            l,
            "action-dates-both",
            start = s.to_string(),
            due = d.to_string()
        ),
        (Some(s), None) => tr!(l, "action-dates-from", start = s.to_string()),
        (None, Some(d)) => tr!(l, "action-dates-by", due = d.to_string()),
        (None, None) => return String::new(),
    };
    match due_note(action, today, l) {
        Some(note) => tr!(l, "action-dates-note", span = span, note = note),
        None => span,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, d).unwrap()
    }

    #[test]
    fn due_notes_count_days() {
        let mut a = Action {
            due: Some(day(10)),
            ..Action::default()
        };
        assert_eq!(
            due_note(&a, day(7), Lang::En).as_deref(),
            Some("due in 3 days")
        );
        assert_eq!(
            due_note(&a, day(9), Lang::En).as_deref(),
            Some("due tomorrow")
        );
        assert_eq!(
            due_note(&a, day(10), Lang::En).as_deref(),
            Some("due today")
        );
        assert_eq!(
            due_note(&a, day(11), Lang::En).as_deref(),
            Some("overdue by 1 day")
        );
        assert_eq!(
            due_note(&a, day(20), Lang::En).as_deref(),
            Some("overdue by 10 days")
        );
        a.status = ActionStatus::Done;
        assert_eq!(due_note(&a, day(20), Lang::En), None);
        assert_eq!(dates_text(&a, day(20), Lang::En), "by 2026-12-10");
        a.start = Some(day(1));
        a.status = ActionStatus::Stalled;
        assert_eq!(
            dates_text(&a, day(12), Lang::En),
            "2026-12-01 → 2026-12-10 · overdue by 2 days"
        );
    }
}
